package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tonetrack/tonetrack/tone/store"
)

// aliasArticle is an article whose one statement is attributed to a name
// that testdata/extract/aliases.yaml maps to "Comrade Director Kim".
const aliasArticle = "Talks stall\nKim Jong Un said the enemy would be destroyed.\n"

// TestServeAliases posts an article to a serve started with --aliases: the
// statement is stored under the alias file's canonical name.
func TestServeAliases(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	aliases, err := filepath.Abs(filepath.Join("testdata", "extract", "aliases.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	c := startServe(t, filepath.Join(t.TempDir(), "a.db"), "--aliases", aliases)
	resp, err := http.Post(c.base+"/api/v1/articles", "text/plain", strings.NewReader(aliasArticle))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("POST /api/v1/articles = %s: %s", resp.Status, body)
	}
	var res struct {
		Statements []struct{ Speaker string } `json:"statements"`
		Added      int                        `json:"added"`
	}
	if err := json.Unmarshal(body, &res); err != nil {
		t.Fatalf("decode %s: %v", body, err)
	}
	if res.Added != 1 || len(res.Statements) != 1 || res.Statements[0].Speaker != "Comrade Director Kim" {
		t.Fatalf("POST /api/v1/articles with --aliases = %s; want one statement by Comrade Director Kim", body)
	}
	if got := httpGet(t, c.base+"/api/v1/speakers"); !strings.Contains(got, `"Comrade Director Kim"`) || strings.Contains(got, `"Kim Jong Un"`) {
		t.Errorf("/api/v1/speakers = %.300s; want Comrade Director Kim and no Kim Jong Un", got)
	}
}

// TestServeBadAliases checks that a bad alias file stops serve with an error
// naming the file and the line, before the store is created.
func TestServeBadAliases(t *testing.T) {
	db := filepath.Join(t.TempDir(), "never.db")
	_, _, err := runCmd(t, "", "serve", "--listen", "127.0.0.1:0", "--db", db, "--aliases", "testdata/extract/bad-aliases.yaml")
	if err == nil || !strings.Contains(err.Error(), "bad-aliases.yaml") || !strings.Contains(err.Error(), "line 3") {
		t.Errorf("serve --aliases bad-aliases.yaml = %v; want an error naming the file and line 3", err)
	}
	if _, statErr := os.Stat(db); !errors.Is(statErr, os.ErrNotExist) {
		t.Errorf("store %s exists after a bad alias file (stat: %v)", db, statErr)
	}
}

// TestIngestAliases ingests the same article into two stores, with and
// without --aliases: only the first files it under the canonical name.
func TestIngestAliases(t *testing.T) {
	dir := t.TempDir()
	article := filepath.Join(dir, "kim.txt")
	if err := os.WriteFile(article, []byte(aliasArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	speakers := func(args ...string) []string {
		t.Helper()
		db := filepath.Join(dir, fmt.Sprintf("%d.db", len(args)))
		_, errs, err := runCmd(t, "", append(append([]string{"ingest", "--db", db, "--progress", "never"}, args...), article)...)
		if err != nil {
			t.Fatalf("ingest %v: %v\n%s", args, err, errs)
		}
		st, err := store.Open(t.Context(), db)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		sts, _, err := st.List(t.Context(), store.Query{})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, s := range sts {
			out = append(out, s.Speaker)
		}
		return out
	}
	with := speakers("--aliases", filepath.Join("testdata", "extract", "aliases.yaml"))
	without := speakers()
	if len(with) != 1 || with[0] != "Comrade Director Kim" {
		t.Errorf("ingest --aliases stored speakers %q; want [Comrade Director Kim]", with)
	}
	if len(without) != 1 || without[0] == "Comrade Director Kim" {
		t.Errorf("ingest without --aliases stored speakers %q; want one statement under another name", without)
	}
	// The server extracts articles itself: aliases given to ingest --server
	// would be ignored, so they are refused.
	_, _, err := runCmd(t, "", "ingest", "--server", "http://127.0.0.1:1", "--aliases", "x.yaml", article)
	if err == nil || !strings.Contains(err.Error(), "--aliases with --server") {
		t.Errorf("ingest --server --aliases = %v; want it refused", err)
	}
}
