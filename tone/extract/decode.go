package extract

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"time"
	"unicode/utf8"
)

// Reasons a FieldError gives. They are the values of the reason label of
// tone_ingest_rejected_total (tone/exporter's Reason* constants spell the
// same strings).
const (
	ReasonMalformed    = "malformed"     // not parseable JSON, or not one JSON object
	ReasonMissingField = "missing_field" // no speaker or no text
	ReasonInvalidField = "invalid_field" // a field of the wrong form (time, scores, ...)
	ReasonUnknownField = "unknown_field" // a field that is not part of the format
	ReasonInvalidUTF8  = "invalid_utf8"  // bytes that are not UTF-8
)

// FieldError is why DecodeStatement refused a statement: the field at fault
// (empty when the statement as a whole is), the problem in words, and a
// Reason* value. Err is the underlying encoding/json error, if any.
type FieldError struct {
	Field   string
	Problem string
	Reason  string
	Err     error
}

// Error returns "field: problem", or the problem alone when no field is at
// fault.
func (e *FieldError) Error() string {
	if e.Field == "" {
		return e.Problem
	}
	return e.Field + ": " + e.Problem
}

// Unwrap returns the underlying encoding/json error, if any.
func (e *FieldError) Unwrap() error { return e.Err }

// ErrMoreValues is the Err of a FieldError for a line holding more than one
// JSON value.
var ErrMoreValues = errors.New("more than one JSON value")

// statementFields lists the members of a statement, for error messages.
const statementFields = "id, time, speaker, text, source, url, title, kind, via, scores, evidence"

// DecodeStatement reads one statement strictly: raw (surrounding white space
// allowed) must be valid UTF-8 holding exactly one JSON object with only the
// fields of Statement, a speaker and a text that are not blank. A refusal is a
// *FieldError.
func DecodeStatement(raw []byte) (Statement, error) {
	var st Statement
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return st, &FieldError{Problem: "empty statement", Reason: ReasonMalformed}
	}
	if !utf8.Valid(raw) {
		return st, &FieldError{Problem: fmt.Sprintf("invalid UTF-8 at byte %d of the line", invalidUTF8At(raw)+1),
			Reason: ReasonInvalidUTF8}
	}
	if !json.Valid(raw) {
		return st, syntaxProblem(raw)
	}
	if raw[0] != '{' {
		return st, &FieldError{Problem: "a statement must be a JSON object", Reason: ReasonMalformed}
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&st); err != nil {
		return st, decodeProblem(err)
	}
	if strings.TrimSpace(st.Speaker) == "" {
		return st, &FieldError{Field: "speaker", Problem: "missing", Reason: ReasonMissingField}
	}
	if strings.TrimSpace(st.Text) == "" {
		return st, &FieldError{Field: "text", Problem: "missing", Reason: ReasonMissingField}
	}
	return st, nil
}

// syntaxProblem explains raw, which is not valid JSON, with the column of
// the error (and says so when a first value is whole but more follow).
func syntaxProblem(raw []byte) *FieldError {
	var v any
	err := json.Unmarshal(raw, &v)
	var se *json.SyntaxError
	if !errors.As(err, &se) {
		return &FieldError{Problem: fmt.Sprintf("malformed JSON: %v", err), Reason: ReasonMalformed, Err: err}
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	var first json.RawMessage
	if dec.Decode(&first) == nil && dec.InputOffset() < int64(len(raw)) {
		return &FieldError{
			Problem: fmt.Sprintf("malformed JSON at column %d: %v on the line (%v)", se.Offset, ErrMoreValues, err),
			Reason:  ReasonMalformed, Err: fmt.Errorf("%w: %w", ErrMoreValues, err),
		}
	}
	return &FieldError{Problem: fmt.Sprintf("malformed JSON at column %d: %v", se.Offset, err), Reason: ReasonMalformed, Err: err}
}

// decodeProblem explains an error of json.Decoder.Decode into a Statement.
func decodeProblem(err error) *FieldError {
	var te *json.UnmarshalTypeError
	var pe *time.ParseError
	msg := err.Error()
	switch {
	case strings.HasPrefix(msg, "json: unknown field "):
		f := strings.Trim(strings.TrimPrefix(msg, "json: unknown field "), `"`)
		return &FieldError{Field: f, Reason: ReasonUnknownField, Err: err,
			Problem: "unknown field (a statement has " + statementFields + ")"}
	case strings.HasPrefix(msg, "scores: "):
		if errors.As(err, &te) {
			return &FieldError{Field: "scores", Reason: ReasonInvalidField, Err: err,
				Problem: fmt.Sprintf("want an object of numbers, got %s", te.Value)}
		}
		return &FieldError{Field: "scores", Reason: ReasonInvalidField, Err: err, Problem: strings.TrimPrefix(msg, "scores: ")}
	case errors.As(err, &te):
		f := te.Field
		if f == "" {
			f = "statement"
		}
		return &FieldError{Field: f, Reason: ReasonInvalidField, Err: err,
			Problem: fmt.Sprintf("want %s, got %s", jsonTypeName(te.Type), te.Value)}
	case errors.As(err, &pe), strings.Contains(msg, "Time.UnmarshalJSON"):
		return &FieldError{Field: "time", Reason: ReasonInvalidField, Err: err,
			Problem: fmt.Sprintf("not an RFC 3339 time (like 2026-11-29T12:00:00Z): %v", err)}
	}
	return &FieldError{Problem: msg, Reason: ReasonMalformed, Err: err}
}

// jsonTypeName says a Go type of a statement field as JSON.
func jsonTypeName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "string"
	case reflect.Float32, reflect.Float64, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return "number"
	case reflect.Slice, reflect.Array:
		return "array"
	case reflect.Map, reflect.Struct:
		return "object"
	}
	return t.String()
}

// invalidUTF8At returns the offset of the first byte of b that is not valid
// UTF-8, or -1.
func invalidUTF8At(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// DecodeError is a refusal by DecodeStatements: where (a 1-based Line of
// JSON Lines, or a 1-based Item of a JSON array; both 0 when the body as a
// whole is at fault) and why (a *FieldError for one statement).
type DecodeError struct {
	Line int
	Item int
	Err  error
}

// Error names the place and the problem.
func (e *DecodeError) Error() string {
	switch {
	case e.Item > 0:
		return fmt.Sprintf("statement %d: %v", e.Item, e.Err)
	case e.Line > 0:
		return fmt.Sprintf("line %d: %v", e.Line, e.Err)
	}
	return e.Err.Error()
}

// Unwrap returns the cause.
func (e *DecodeError) Unwrap() error { return e.Err }

// DecodeStatements reads statements as JSON Lines (blank lines skipped) or
// as one JSON array, each with DecodeStatement. The first refusal is
// returned as a *DecodeError; no statements are returned with it.
func DecodeStatements(data []byte) ([]Statement, error) {
	body := bytes.TrimPrefix(data, []byte("\uFEFF"))
	if trim := bytes.TrimSpace(body); len(trim) > 0 && trim[0] == '[' {
		dec := json.NewDecoder(bytes.NewReader(trim))
		if _, err := dec.Token(); err != nil {
			return nil, &DecodeError{Err: fmt.Errorf("JSON array: %w", err)}
		}
		var sts []Statement
		for dec.More() {
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				return nil, &DecodeError{Err: fmt.Errorf("JSON array: %w", err)}
			}
			st, err := DecodeStatement(raw)
			if err != nil {
				return nil, &DecodeError{Item: len(sts) + 1, Err: err}
			}
			sts = append(sts, st)
		}
		if _, err := dec.Token(); err != nil {
			return nil, &DecodeError{Err: fmt.Errorf("JSON array: %w", err)}
		}
		if dec.InputOffset() < int64(len(trim)) {
			return nil, &DecodeError{Err: errors.New("JSON array: data after the array")}
		}
		return sts, nil
	}
	var sts []Statement
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(make([]byte, 0, 64<<10), len(body)+1)
	line := 0
	for sc.Scan() {
		line++
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		st, err := DecodeStatement(sc.Bytes())
		if err != nil {
			return nil, &DecodeError{Line: line, Err: err}
		}
		sts = append(sts, st)
	}
	if err := sc.Err(); err != nil {
		return nil, &DecodeError{Err: err}
	}
	return sts, nil
}
