package schema

import "testing"

func TestEventKinds(t *testing.T) {
	tests := []struct {
		kind       EventKind
		class      string
		iri        string
		multiParty bool
	}{
		{EventSummit, ClassMeet, NS + "Summit", true},
		{EventTalks, ClassMeet, NS + "Talks", true},
		{EventCall, ClassCall, NS + "Call", true},
		{EventSigning, ClassAgreement, NS + "Signing", true},
		{EventPoisoning, ClassAttack, NS + "Poisoning", false},
		{EventFiring, ClassDeparture, NS + "Firing", false},
		{EventBan, ClassMeasure, NS + "Ban", false},
		{EventShooting, ClassAttack, NS + "Shooting", false},
		{EventRally, ClassProtest, NS + "Rally", false},
		{EventDetention, ClassArrest, NS + "Detention", false},
		{EventArrestWarrant, "arrest warrant", NS + "ArrestWarrant", false},
		{EventHearing, ClassCourt, NS + "Hearing", false},
		{EventTyphoon, ClassStorm, NS + "Typhoon", false},
		{EventDeath, "death", NS + "Death", false},
		{EventClinicalTrial, "clinical trial", NS + "ClinicalTrial", false},
		{EventMurder, ClassDeath, NS + "Murder", false},
		{EventOuster, ClassDeparture, NS + "Ouster", false},
		{EventEmergency, "emergency declaration", NS + "EmergencyDeclaration", false},
		{EventDebate, "debate", NS + "Debate", false},
		{EventRuling, "ruling", NS + "Ruling", true},
		{EventPardon, "pardon", NS + "Pardon", false},
		{EventShutdown, "shutdown", NS + "Shutdown", false},
		{EventSearch, "search", NS + "Search", false},
		{EventVote, "vote", NS + "Vote", false},
		{EventLawsuit, "lawsuit", NS + "Lawsuit", false},
		{EventImpeachmentInquiry, "impeachment inquiry", NS + "ImpeachmentInquiry", false},
	}
	for _, tt := range tests {
		t.Run(string(tt.kind), func(t *testing.T) {
			if got := tt.kind.Class(); got != tt.class {
				t.Errorf("Class() got %q, want %q", got, tt.class)
			}
			if got := tt.kind.IRI(); got != tt.iri {
				t.Errorf("IRI() got %q, want %q", got, tt.iri)
			}
			if got := tt.kind.MultiParty(); got != tt.multiParty {
				t.Errorf("MultiParty() got %v, want %v", got, tt.multiParty)
			}
			if got, ok := ParseEventKind(" " + string(tt.kind) + " "); !ok || got != tt.kind {
				t.Errorf("ParseEventKind got %q %v, want %q", got, ok, tt.kind)
			}
		})
	}
	seen := map[EventKind]bool{}
	for _, k := range EventKinds {
		if seen[k] {
			t.Errorf("EventKinds lists %q twice", k)
		}
		seen[k] = true
		if k.Class() == "" {
			t.Errorf("%q has no class", k)
		}
	}
	for _, k := range []EventKind{EventHurricane, EventEarthquake, EventOutbreak, EventCrash} {
		if !k.Disaster() {
			t.Errorf("%q is no disaster, want one", k)
		}
	}
	if EventTrial.Disaster() || EventAttack.Disaster() {
		t.Error("a trial or an attack got Disaster() true, want false")
	}
	for k, want := range map[EventKind]EventKind{EventStabbing: EventAttack, EventKilling: EventAttack, EventShooting: EventShooting, EventMurder: EventMurder} {
		if got := k.Reported(); got != want {
			t.Errorf("%q.Reported() got %q, want %q", k, got, want)
		}
	}
	if _, ok := ParseEventKind("picnic"); ok {
		t.Error("ParseEventKind(picnic) got ok, want not found")
	}
}

func TestParseRelationKind(t *testing.T) {
	for _, k := range RelationKinds {
		if got, ok := ParseRelationKind(string(k)); !ok || got != k {
			t.Errorf("ParseRelationKind(%q) got %q %v, want %q", k, got, ok, k)
		}
	}
	if got, _ := ParseRelationKind("MEMBEROF"); got != IsMember {
		t.Errorf("ParseRelationKind(MEMBEROF) got %q, want %q", got, IsMember)
	}
	if Controls.IRI() != NS+"controls" || IsMember.IRI() != MemberOf {
		t.Errorf("IRIs got %q %q", Controls.IRI(), IsMember.IRI())
	}
}
