package graph_test

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"newsgraph/graph"
	"newsgraph/graph/storetest"
)

// postgresDSN returns the DSN of the test server from GRAPH_TEST_POSTGRES_DSN. Without
// it, or when the server does not answer, the test is skipped, except under CI=true,
// where it fails.
func postgresDSN(t testing.TB) string {
	t.Helper()
	ci := os.Getenv("CI") == "true"
	dsn := os.Getenv("GRAPH_TEST_POSTGRES_DSN")
	if dsn == "" {
		if ci {
			t.Fatal("CI=true and GRAPH_TEST_POSTGRES_DSN is not set: the PostgreSQL tests must run in CI")
		}
		t.Skip("GRAPH_TEST_POSTGRES_DSN is not set")
	}
	db, err := sql.Open("postgres", dsn)
	if err == nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		err = db.PingContext(ctx)
		cancel()
		db.Close()
	}
	if err != nil {
		if ci {
			t.Fatalf("CI=true and PostgreSQL at GRAPH_TEST_POSTGRES_DSN is unreachable: %v", err)
		}
		t.Skipf("PostgreSQL at GRAPH_TEST_POSTGRES_DSN is unreachable: %v", err)
	}
	return dsn
}

var databases atomic.Int64

// freshDatabase creates an empty database on the server of dsn, dropped when the test
// ends, and returns its DSN.
func freshDatabase(t testing.TB, dsn string) string {
	t.Helper()
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	name := fmt.Sprintf("newsgraph_test_%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e6, databases.Add(1))
	if _, err := db.Exec("CREATE DATABASE " + name); err != nil {
		db.Close()
		t.Fatalf("create test database: %v", err)
	}
	t.Cleanup(func() {
		defer db.Close()
		if _, err := db.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
			t.Errorf("drop test database %s: %v", name, err)
		}
	})
	return withDatabase(t, dsn, name)
}

// withDatabase returns dsn with its database replaced by name; dsn is a URL
// ("postgres://user@host/db?...") or key=value pairs ("host=... dbname=...").
func withDatabase(t testing.TB, dsn, name string) string {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		u, err := url.Parse(dsn)
		if err != nil {
			t.Fatalf("GRAPH_TEST_POSTGRES_DSN: %v", err)
		}
		u.Path = "/" + name
		return u.String()
	}
	var kept []string
	for _, f := range strings.Fields(dsn) {
		if !strings.HasPrefix(f, "dbname=") {
			kept = append(kept, f)
		}
	}
	return strings.Join(append(kept, "dbname="+name), " ")
}

func openPostgres(t testing.TB) *graph.Store {
	dsn := freshDatabase(t, postgresDSN(t))
	s, err := graph.Open(context.Background(), graph.Config{Backend: "postgres", DSN: dsn})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestPostgres(t *testing.T) {
	postgresDSN(t)
	storetest.Run(t, storetest.Options{
		Open:        openPostgres,
		InjectFault: graph.InjectFault,
		LabelSize:   graph.LabelSize,
	})
}

// Cayley's PostgreSQL schema has no index on the label; Open adds one.
func TestPostgresLabelIndex(t *testing.T) {
	dsn := freshDatabase(t, postgresDSN(t))
	s, err := graph.Open(context.Background(), graph.Config{Backend: "postgres", DSN: dsn})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var def string
	err = db.QueryRow(`SELECT indexdef FROM pg_indexes WHERE tablename = 'quads' AND indexname = 'newsgraph_label_index'`).Scan(&def)
	if err != nil || !strings.Contains(def, "(label_hash)") {
		t.Errorf("label index: got %q, %v; want an index on quads (label_hash)", def, err)
	}
}

func TestPostgresUnreachable(t *testing.T) {
	_, err := graph.Open(context.Background(), graph.Config{Backend: "postgres",
		DSN: "postgres://postgres:secret@127.0.0.1:1/none?sslmode=disable&connect_timeout=2"})
	if err == nil {
		t.Fatal("opened a store on a closed port")
	}
	if !strings.Contains(err.Error(), "127.0.0.1:1") || strings.Contains(err.Error(), "secret") {
		t.Errorf("got %q, want the server named and the password hidden", err)
	}
}
