package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/tonetrack/tonetrack/tone/exporter"
	"github.com/tonetrack/tonetrack/tone/extract"
	"github.com/tonetrack/tonetrack/tone/pipeline"
)

// statementTypes are the Content-Types POST /api/v1/statements reads.
// application/x-www-form-urlencoded is there because it is what curl --data
// sends when no type is given; the body is read as JSON all the same.
var statementTypes = map[string]bool{
	"":                                  true,
	"application/json":                  true,
	"application/x-ndjson":              true,
	"application/jsonl":                 true,
	"application/json-lines":            true,
	"application/jsonlines":             true,
	"application/x-jsonlines":           true,
	"text/plain":                        true,
	"application/x-www-form-urlencoded": true,
}

// articleFields are the members of a JSON article.
var articleFields = map[string]bool{"text": true, "title": true, "url": true, "published": true, "source": true}

// item is one statement of a request body and where it was.
type item struct {
	st   extract.Statement
	line int // 1-based line of the body where it starts
}

func (s *Server) postStatements(w http.ResponseWriter, r *http.Request) {
	if _, bad := mediaType(r, statementTypes); bad != nil {
		s.reject(w, bad)
		return
	}
	data, bad := s.readBody(w, r)
	if bad != nil {
		s.reject(w, bad)
		return
	}
	items, array, bad := parseStatements(data, s.opts.MaxStatementBytes)
	if bad != nil {
		s.reject(w, bad)
		return
	}
	sts := make([]extract.Statement, len(items))
	for i, it := range items {
		sts[i] = it.st
	}
	res, err := s.opts.Pipeline.Add(r.Context(), sts)
	if err != nil {
		var ie *pipeline.InvalidError
		if errors.As(err, &ie) && ie.Index >= 0 && ie.Index < len(items) {
			s.reject(w, itemError(array, ie.Index+1, items[ie.Index].line, ie.Field, invalidReason(ie), ie.Problem))
			return
		}
		s.fail(w, r, err)
		return
	}
	s.writeJSON(w, http.StatusOK, res)
}

// invalidReason maps a pipeline rejection to a reason label.
func invalidReason(ie *pipeline.InvalidError) string {
	switch {
	case ie.Problem == "missing":
		return exporter.ReasonMissingField
	case strings.Contains(ie.Problem, "UTF-8"):
		return exporter.ReasonInvalidUTF8
	case strings.Contains(ie.Problem, "the limit is"):
		return exporter.ReasonTooLarge
	}
	return exporter.ReasonInvalidField
}

// mediaType checks the request's Content-Type against allowed.
func mediaType(r *http.Request, allowed map[string]bool) (string, *badInput) {
	ct := r.Header.Get("Content-Type")
	if ct == "" {
		return "", nil
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return "", &badInput{apiError: apiError{Error: fmt.Sprintf("Content-Type %q: %v", ct, err), Reason: exporter.ReasonMediaType},
			status: http.StatusUnsupportedMediaType}
	}
	if !allowed[mt] {
		return "", &badInput{apiError: apiError{
			Error:  fmt.Sprintf("Content-Type %s is not read here (send JSON or JSON Lines)", mt),
			Reason: exporter.ReasonMediaType,
		}, status: http.StatusUnsupportedMediaType}
	}
	return mt, nil
}

// parseStatements reads a JSON array or JSON Lines of statements. array
// tells which it was. Nothing is returned unless every statement is good.
func parseStatements(data []byte, maxItem int) (items []item, array bool, bad *badInput) {
	body := bytes.TrimPrefix(data, []byte("\uFEFF"))
	off := len(data) - len(body)
	trimmed := bytes.TrimLeft(body, " \t\r\n")
	if len(trimmed) == 0 {
		return nil, false, &badInput{apiError: apiError{Error: "request body holds no statements", Reason: exporter.ReasonMissingField}}
	}
	if trimmed[0] == '[' {
		items, bad = parseArray(data, off, maxItem)
		return items, true, bad
	}
	items, bad = parseLines(data, off, maxItem)
	return items, false, bad
}

func parseArray(data []byte, off, maxItem int) ([]item, *badInput) {
	if i := invalidUTF8(data); i >= 0 {
		line, col := lineCol(data, i)
		return nil, &badInput{apiError: apiError{
			Error:  fmt.Sprintf("line %d, column %d: invalid UTF-8", line, col),
			Reason: exporter.ReasonInvalidUTF8, Line: line,
		}}
	}
	dec := json.NewDecoder(bytes.NewReader(data[off:]))
	if _, err := dec.Token(); err != nil {
		return nil, syntaxError(data, off, err, 0)
	}
	var items []item
	for dec.More() {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, syntaxError(data, off, err, len(items)+1)
		}
		start := off + int(dec.InputOffset()) - len(raw)
		line, _ := lineCol(data, start)
		n := len(items) + 1
		if len(raw) > maxItem {
			return nil, itemError(true, n, line, "", exporter.ReasonTooLarge,
				fmt.Sprintf("statement is %d bytes, the limit is %d", len(raw), maxItem))
		}
		st, bad := decodeStatement(raw, true, n, line)
		if bad != nil {
			return nil, bad
		}
		items = append(items, item{st: st, line: line})
	}
	if _, err := dec.Token(); err != nil {
		return nil, syntaxError(data, off, err, 0)
	}
	end := off + int(dec.InputOffset())
	if _, err := dec.Token(); err == nil {
		for end < len(data) && strings.IndexByte(" \t\r\n", data[end]) >= 0 {
			end++
		}
		line, col := lineCol(data, end)
		return nil, &badInput{apiError: apiError{
			Error:  fmt.Sprintf("line %d, column %d: data after the JSON array", line, col),
			Reason: exporter.ReasonMalformed, Line: line,
		}}
	} else if !errors.Is(err, io.EOF) {
		return nil, syntaxError(data, off, err, 0)
	}
	if len(items) == 0 {
		return nil, &badInput{apiError: apiError{Error: "the JSON array holds no statements", Reason: exporter.ReasonMissingField}}
	}
	return items, nil
}

func parseLines(data []byte, off, maxItem int) ([]item, *badInput) {
	var items []item
	line := 0
	rest := data
	for len(rest) > 0 {
		var ln []byte
		ln, rest, _ = bytes.Cut(rest, []byte("\n"))
		line++
		if line == 1 {
			ln = ln[off:]
		}
		ln = bytes.TrimSpace(ln)
		if len(ln) == 0 {
			continue
		}
		n := len(items) + 1
		if i := invalidUTF8(ln); i >= 0 {
			return nil, itemError(false, n, line, "", exporter.ReasonInvalidUTF8,
				fmt.Sprintf("invalid UTF-8 at byte %d of the line", i+1))
		}
		if len(ln) > maxItem {
			return nil, itemError(false, n, line, "", exporter.ReasonTooLarge,
				fmt.Sprintf("statement is %d bytes, the limit is %d", len(ln), maxItem))
		}
		st, bad := decodeStatement(ln, false, n, line)
		if bad != nil {
			return nil, bad
		}
		items = append(items, item{st: st, line: line})
	}
	if len(items) == 0 {
		return nil, &badInput{apiError: apiError{Error: "request body holds no statements", Reason: exporter.ReasonMissingField}}
	}
	return items, nil
}

// decodeStatement reads one statement strictly with extract.DecodeStatement
// and turns a refusal into the rejection of statement n at line.
func decodeStatement(raw []byte, array bool, n, line int) (extract.Statement, *badInput) {
	st, err := extract.DecodeStatement(raw)
	if err != nil {
		var fe *extract.FieldError
		if errors.As(err, &fe) {
			return st, itemError(array, n, line, fe.Field, fe.Reason, fe.Problem)
		}
		return st, itemError(array, n, line, "", exporter.ReasonMalformed, err.Error())
	}
	return st, nil
}

// itemError is the rejection of statement n, starting at line.
func itemError(array bool, n, line int, field, reason, problem string) *badInput {
	where := fmt.Sprintf("line %d", line)
	e := apiError{Reason: reason, Line: line, Item: n, Field: field}
	if array {
		where = fmt.Sprintf("item %d (line %d)", n, line)
	}
	if field != "" {
		e.Error = fmt.Sprintf("%s: %s: %s", where, field, problem)
	} else {
		e.Error = fmt.Sprintf("%s: %s", where, problem)
	}
	return &badInput{apiError: e}
}

// syntaxError explains a JSON syntax error of the array body at its line.
func syntaxError(data []byte, off int, err error, n int) *badInput {
	// The decoder's offsets are relative to its buffer; Unmarshal over the
	// whole body gives the place of the first error.
	var v any
	pos := len(data)
	var se *json.SyntaxError
	if uerr := json.Unmarshal(data[off:], &v); errors.As(uerr, &se) {
		pos = off + int(se.Offset) - 1
		err = uerr
	}
	line, col := lineCol(data, pos)
	msg := err.Error()
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		msg = "unexpected end of the JSON array"
	}
	e := apiError{Error: fmt.Sprintf("line %d, column %d: malformed JSON: %s", line, col, msg), Reason: exporter.ReasonMalformed, Line: line, Item: n}
	return &badInput{apiError: e}
}

// lineCol returns the 1-based line and column (in bytes) of offset i.
func lineCol(data []byte, i int) (line, col int) {
	i = min(max(i, 0), len(data))
	line = 1 + bytes.Count(data[:i], []byte("\n"))
	col = i - bytes.LastIndexByte(data[:i], '\n')
	return line, col
}

// invalidUTF8 returns the offset of the first byte of b that is not valid
// UTF-8, or -1.
func invalidUTF8(b []byte) int {
	if utf8.Valid(b) {
		return -1
	}
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// articleResponse is the answer to POST /api/v1/articles.
type articleResponse struct {
	pipeline.Result
	// Article describes what was read (without its text).
	Article articleMeta `json:"article"`
}

type articleMeta struct {
	Title     string    `json:"title,omitempty"`
	URL       string    `json:"url,omitempty"`
	Published time.Time `json:"published,omitzero"`
	Source    string    `json:"source,omitempty"`
	Bytes     int       `json:"bytes"`
}

var articleTypes = map[string]bool{
	"": true, "application/json": true, "text/html": true, "application/xhtml+xml": true,
	"text/plain": true, "text/markdown": true, "application/x-www-form-urlencoded": true,
}

func (s *Server) postArticle(w http.ResponseWriter, r *http.Request) {
	mt, bad := mediaType(r, articleTypes)
	if bad != nil {
		s.reject(w, bad)
		return
	}
	ct := r.Header.Get("Content-Type")
	if mt == "application/x-www-form-urlencoded" {
		ct = "" // curl's default: sniff the form
	}
	data, bad := s.readBody(w, r)
	if bad != nil {
		s.reject(w, bad)
		return
	}
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\uFEFF")), " \t\r\n")
	isHTML := mt == "text/html" || mt == "application/xhtml+xml" || (ct == "" && len(trimmed) > 0 && trimmed[0] == '<')
	isJSON := mt == "application/json" || (ct == "" && len(trimmed) > 0 && trimmed[0] == '{')
	if !isHTML {
		// HTML may declare another charset; readability decodes it.
		if i := invalidUTF8(data); i >= 0 {
			line, col := lineCol(data, i)
			s.reject(w, &badInput{apiError: apiError{
				Error: fmt.Sprintf("line %d, column %d: invalid UTF-8", line, col), Reason: exporter.ReasonInvalidUTF8, Line: line,
			}})
			return
		}
	}
	if isJSON {
		if bad := checkArticleFields(data); bad != nil {
			s.reject(w, bad)
			return
		}
	}
	a, err := extract.ParseArticle(data, ct)
	if err != nil {
		reason := exporter.ReasonMalformed
		switch msg := err.Error(); {
		case errors.Is(err, extract.ErrEmpty), strings.Contains(msg, "missing field"):
			reason = exporter.ReasonMissingField
		case strings.Contains(msg, `field "`):
			reason = exporter.ReasonInvalidField
		case strings.Contains(msg, "UTF-8"):
			reason = exporter.ReasonInvalidUTF8
		}
		s.reject(w, &badInput{apiError: apiError{Error: fmt.Sprintf("article: %v", err), Reason: reason}})
		return
	}
	res, err := s.opts.Pipeline.AddArticle(r.Context(), a)
	if err != nil {
		var ie *pipeline.InvalidError
		if errors.As(err, &ie) {
			s.reject(w, &badInput{apiError: apiError{
				Error:  fmt.Sprintf("article: extracted statement %d: %s: %s", ie.Index+1, ie.Field, ie.Problem),
				Reason: invalidReason(ie), Item: ie.Index + 1, Field: ie.Field,
			}})
			return
		}
		s.fail(w, r, err)
		return
	}
	if res.Statements == nil {
		res.Statements = []extract.Statement{}
	}
	s.writeJSON(w, http.StatusOK, articleResponse{Result: res, Article: articleMeta{
		Title: a.Title, URL: a.URL, Published: a.Published, Source: a.Source, Bytes: len(a.Text),
	}})
}

// checkArticleFields rejects a JSON article with members ParseArticle does
// not read, so that a typo ("published_at") is not silently dropped.
func checkArticleFields(data []byte) *badInput {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(data, &m); err != nil {
		return nil // ParseArticle explains syntax errors with their line
	}
	for k := range m {
		if !articleFields[k] {
			return &badInput{apiError: apiError{
				Error:  fmt.Sprintf("article: field %q: unknown field (an article has text, title, url, published, source)", k),
				Reason: exporter.ReasonUnknownField, Field: k,
			}}
		}
	}
	return nil
}
