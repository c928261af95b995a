package extract

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestDecodeStatement(t *testing.T) {
	st, err := DecodeStatement([]byte(` {"id":"x1","speaker":"Anna Berg","text":"We agree.","time":"2026-11-29T12:00:00Z","source":"wire","kind":"direct"}` + "\r\n"))
	if err != nil {
		t.Fatalf("DecodeStatement(good) = %v", err)
	}
	want := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	if st.ID != "x1" || st.Speaker != "Anna Berg" || st.Text != "We agree." || !st.Time.Equal(want) || st.Source != "wire" || st.Kind != "direct" {
		t.Errorf("DecodeStatement(good) = %+v", st)
	}
}

func TestDecodeStatementErrors(t *testing.T) {
	for _, tc := range []struct {
		name, raw                string
		field, reason, problem   string
		wrapsJSON, wrapsMoreVals bool
	}{
		{"empty", "  \t", "", ReasonMalformed, "empty statement", false, false},
		{"invalid UTF-8", "{\"speaker\":\"A\",\"text\":\"bad \xff\"}", "", ReasonInvalidUTF8, "invalid UTF-8 at byte 28 of the line", false, false},
		{"syntax", `{"speaker":"A","text":"x",}`, "", ReasonMalformed, "malformed JSON at column 27: invalid character '}'", true, false},
		{"two values", `{"speaker":"A","text":"x"} {"speaker":"B","text":"y"}`, "", ReasonMalformed, "malformed JSON at column 28: more than one JSON value", true, true},
		{"trailing junk", `{"speaker":"A","text":"x"} x`, "", ReasonMalformed, "malformed JSON at column 28: more than one JSON value", true, true},
		{"not an object", `"just a string"`, "", ReasonMalformed, "a statement must be a JSON object", false, false},
		{"array", `[{"speaker":"A","text":"x"}]`, "", ReasonMalformed, "a statement must be a JSON object", false, false},
		{"unknown field", `{"speaker":"A","text":"x","mood":"angry"}`, "mood", ReasonUnknownField, "unknown field (a statement has id, time,", true, false},
		{"wrong type", `{"speaker":7,"text":"x"}`, "speaker", ReasonInvalidField, "want string, got number", true, false},
		{"bad time", `{"speaker":"A","text":"x","time":"yesterday"}`, "time", ReasonInvalidField, "not an RFC 3339 time", true, false},
		{"bad scores", `{"speaker":"A","text":"x","scores":{"valence":"high"}}`, "scores", ReasonInvalidField, "want an object of numbers, got string", true, false},
		{"bad evidence", `{"speaker":"A","text":"x","evidence":[3]}`, "evidence", ReasonInvalidField, "want object, got array", true, false},
		{"no speaker", `{"text":"x"}`, "speaker", ReasonMissingField, "missing", false, false},
		{"blank speaker", `{"speaker":"  ","text":"x"}`, "speaker", ReasonMissingField, "missing", false, false},
		{"no text", `{"speaker":"A","text":" \n "}`, "text", ReasonMissingField, "missing", false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeStatement([]byte(tc.raw))
			var fe *FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("DecodeStatement(%q) = %v; want a *FieldError", tc.raw, err)
			}
			if fe.Field != tc.field || fe.Reason != tc.reason || !strings.HasPrefix(fe.Problem, tc.problem) {
				t.Errorf("DecodeStatement(%q) = %+v; want field %q, reason %q, problem starting %q", tc.raw, fe, tc.field, tc.reason, tc.problem)
			}
			if (fe.Err != nil) != tc.wrapsJSON {
				t.Errorf("DecodeStatement(%q).Err = %v; want an encoding/json error: %v", tc.raw, fe.Err, tc.wrapsJSON)
			}
			if errors.Is(err, ErrMoreValues) != tc.wrapsMoreVals {
				t.Errorf("errors.Is(%v, ErrMoreValues) = %v; want %v", err, !tc.wrapsMoreVals, tc.wrapsMoreVals)
			}
			wantMsg := tc.problem
			if tc.field != "" {
				wantMsg = tc.field + ": " + tc.problem
			}
			if !strings.HasPrefix(err.Error(), wantMsg) {
				t.Errorf("error %q; want it to start %q", err, wantMsg)
			}
		})
	}
}

func TestDecodeStatements(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		speakers   []string
	}{
		{"JSON Lines", "{\"speaker\":\"A\",\"text\":\"x\"}\n\n  \n{\"speaker\":\"B\",\"text\":\"y\"}\n", []string{"A", "B"}},
		{"CRLF and BOM", "\uFEFF{\"speaker\":\"A\",\"text\":\"x\"}\r\n{\"speaker\":\"B\",\"text\":\"y\"}\r\n", []string{"A", "B"}},
		{"array", " [ {\"speaker\":\"A\",\"text\":\"x\"},\n {\"speaker\":\"B\",\"text\":\"y\"} ] \n", []string{"A", "B"}},
		{"empty array", "[]", nil},
		{"empty", " \n", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sts, err := DecodeStatements([]byte(tc.body))
			if err != nil {
				t.Fatalf("DecodeStatements = %v", err)
			}
			var got []string
			for _, st := range sts {
				got = append(got, st.Speaker)
			}
			if strings.Join(got, ",") != strings.Join(tc.speakers, ",") {
				t.Errorf("speakers %q; want %q", got, tc.speakers)
			}
		})
	}
}

func TestDecodeStatementsErrors(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		line, item int
		reason     string // of the *FieldError; empty when the body as a whole is at fault
		msg        string
	}{
		{"bad line", "{\"speaker\":\"A\",\"text\":\"x\"}\n\n{oops}\n", 3, 0, ReasonMalformed, "line 3: malformed JSON at column 2"},
		{"leading blank lines count", "\n\n{\"speaker\":\"A\"}\n", 3, 0, ReasonMissingField, "line 3: text: missing"},
		{"unknown field on a line", `{"speaker":"A","text":"x","txt":"y"}`, 1, 0, ReasonUnknownField, "line 1: txt: unknown field"},
		{"invalid UTF-8 on a line", "{\"speaker\":\"A\",\"text\":\"x\"}\n{\"speaker\":\"\xfe\",\"text\":\"x\"}", 2, 0, ReasonInvalidUTF8, "line 2: invalid UTF-8 at byte 13"},
		{"array item missing text", `[{"speaker":"A","text":"x"},{"speaker":"B"}]`, 0, 2, ReasonMissingField, "statement 2: text: missing"},
		{"array item unknown field", `[{"speaker":"A","text":"x","mood":1}]`, 0, 1, ReasonUnknownField, "statement 1: mood: unknown field"},
		{"array item not an object", `[{"speaker":"A","text":"x"}, 3]`, 0, 2, ReasonMalformed, "statement 2: a statement must be a JSON object"},
		{"array item invalid UTF-8", "[{\"speaker\":\"A\",\"text\":\"\xff\"}]", 0, 1, ReasonInvalidUTF8, "statement 1: invalid UTF-8"},
		{"unclosed array", `[{"speaker":"A","text":"x"}`, 0, 0, "", "JSON array: "},
		{"data after the array", `[{"speaker":"A","text":"x"}] [1]`, 0, 0, "", "JSON array: data after the array"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sts, err := DecodeStatements([]byte(tc.body))
			var de *DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("DecodeStatements(%q) = %v; want a *DecodeError", tc.body, err)
			}
			if sts != nil {
				t.Errorf("DecodeStatements(%q) returned %d statements with its error; want none", tc.body, len(sts))
			}
			if de.Line != tc.line || de.Item != tc.item {
				t.Errorf("DecodeStatements(%q): line %d, item %d; want %d, %d", tc.body, de.Line, de.Item, tc.line, tc.item)
			}
			var fe *FieldError
			if got := errors.As(err, &fe); got != (tc.reason != "") || (got && fe.Reason != tc.reason) {
				t.Errorf("DecodeStatements(%q) = %v; want a *FieldError with reason %q", tc.body, err, tc.reason)
			}
			if !strings.HasPrefix(err.Error(), tc.msg) {
				t.Errorf("error %q; want it to start %q", err, tc.msg)
			}
		})
	}
}
