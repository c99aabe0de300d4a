// newsgraph: this file is not part of Cayley's gizmo package; it is newsgraph's own
// addition to the copy (see the notice in gizmo.go).

package gizmo

import "github.com/cayleygraph/quad/voc"

// AddNamespace makes prefix (without the colon) stand for the namespace full in
// g.IRI("prefix:name") calls of the session's queries.
func (s *Session) AddNamespace(prefix, full string) {
	s.ns.Register(voc.Namespace{Prefix: prefix + ":", Full: full})
}
