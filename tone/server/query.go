package server

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/tonetrack/tonetrack/tone/extract"
	"github.com/tonetrack/tonetrack/tone/store"
	"github.com/tonetrack/tonetrack/tone/track"
)

// listResponse is the answer to GET /api/v1/statements.
type listResponse struct {
	// Statements are newest first.
	Statements []extract.Statement `json:"statements"`
	// Next is the cursor of the following page; empty on the last.
	Next string `json:"next,omitempty"`
	// NextURL is the path and query of the following page.
	NextURL string `json:"next_url,omitempty"`
}

// queryError is a bad query parameter.
type queryError struct {
	param, problem string
}

func (e *queryError) Error() string { return fmt.Sprintf("query parameter %s: %s", e.param, e.problem) }

// parseQuery reads the statement filters of a query string.
func parseQuery(v url.Values, now time.Time) (store.Query, error) {
	var q store.Query
	for k := range v {
		switch k {
		case "speaker", "from", "to", "dimension", "min", "max", "limit", "cursor":
		default:
			return q, &queryError{k, "unknown (use speaker, from, to, dimension, min, max, limit, cursor)"}
		}
	}
	q.Speaker = strings.TrimSpace(v.Get("speaker"))
	q.Dimension = v.Get("dimension")
	q.Cursor = v.Get("cursor")
	var err error
	if q.From, err = parseTime(v.Get("from"), now); err != nil {
		return q, &queryError{"from", err.Error()}
	}
	if q.To, err = parseTime(v.Get("to"), now); err != nil {
		return q, &queryError{"to", err.Error()}
	}
	if !q.From.IsZero() && !q.To.IsZero() && !q.From.Before(q.To) {
		return q, &queryError{"from", fmt.Sprintf("%s is not before to (%s)", q.From.Format(time.RFC3339), q.To.Format(time.RFC3339))}
	}
	for _, b := range []struct {
		name string
		dst  **float64
	}{{"min", &q.Min}, {"max", &q.Max}} {
		s := v.Get(b.name)
		if s == "" {
			continue
		}
		f, err := strconv.ParseFloat(s, 64)
		if err != nil || f != f {
			return q, &queryError{b.name, fmt.Sprintf("%q is not a number", s)}
		}
		*b.dst = &f
	}
	if s := v.Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			return q, &queryError{"limit", fmt.Sprintf("%q is not a positive whole number", s)}
		}
		q.Limit = min(n, store.MaxLimit)
	}
	return q, nil
}

// parseTime reads a time in one of the forms the package doc lists; ""
// gives the zero time.
func parseTime(s string, now time.Time) (time.Time, error) {
	s = strings.TrimSpace(s)
	switch {
	case s == "":
		return time.Time{}, nil
	case s == "now":
		return now, nil
	case strings.HasPrefix(s, "now-"), strings.HasPrefix(s, "now+"):
		d, err := parseDuration(s[4:])
		if err != nil {
			return time.Time{}, fmt.Errorf("%q: %w", s, err)
		}
		if s[3] == '-' {
			d = -d
		}
		return now.Add(d), nil
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		if n >= 1e11 || n <= -1e11 {
			return time.UnixMilli(n).UTC(), nil
		}
		return time.Unix(n, 0).UTC(), nil
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil && f == f {
		return time.Unix(0, int64(f*1e9)).UTC(), nil
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a time (RFC 3339, YYYY-MM-DD, Unix seconds or milliseconds, now-24h)", s)
}

// parseDuration reads Go durations plus Grafana's d (days) and w (weeks).
func parseDuration(s string) (time.Duration, error) {
	for _, u := range []struct {
		suffix string
		d      time.Duration
	}{{"d", 24 * time.Hour}, {"w", 7 * 24 * time.Hour}} {
		if n, ok := strings.CutSuffix(s, u.suffix); ok {
			f, err := strconv.ParseFloat(n, 64)
			if err != nil || f < 0 {
				return 0, fmt.Errorf("%q is not a duration", s)
			}
			return time.Duration(f * float64(u.d)), nil
		}
	}
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 {
		return 0, fmt.Errorf("%q is not a duration (like 30m, 24h, 7d)", s)
	}
	return d, nil
}

func (s *Server) badQuery(w http.ResponseWriter, err error) {
	var qe *queryError
	e := apiError{Error: err.Error()}
	if errors.As(err, &qe) {
		e.Field = qe.param
	}
	s.writeJSON(w, http.StatusBadRequest, e)
}

func (s *Server) listStatements(w http.ResponseWriter, r *http.Request) {
	q, err := parseQuery(r.URL.Query(), s.opts.Clock())
	if err != nil {
		s.badQuery(w, err)
		return
	}
	sts, next, err := s.opts.Store.List(r.Context(), q)
	if err != nil {
		if errors.Is(err, store.ErrBadQuery) {
			s.badQuery(w, err)
			return
		}
		s.fail(w, r, err)
		return
	}
	res := listResponse{Statements: sts, Next: next}
	if res.Statements == nil {
		res.Statements = []extract.Statement{}
	}
	if next != "" {
		v := r.URL.Query()
		v.Set("cursor", next)
		res.NextURL = r.URL.Path + "?" + v.Encode()
	}
	s.writeJSON(w, http.StatusOK, res)
}

func (s *Server) getStatement(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	st, err := s.opts.Store.Get(r.Context(), id)
	if err != nil {
		if errors.Is(err, store.ErrNotFound) {
			s.writeJSON(w, http.StatusNotFound, apiError{Error: fmt.Sprintf("statement %q not found", id)})
			return
		}
		s.fail(w, r, err)
		return
	}
	s.writeJSON(w, http.StatusOK, st)
}

// speakersResponse is the answer to GET /api/v1/speakers.
type speakersResponse struct {
	// Speakers are sorted by name.
	Speakers []track.SpeakerState `json:"speakers"`
	// Hourly is, when one speaker is asked for, their hourly means over
	// the last 7 days (hours without statements left out), oldest first.
	Hourly []track.Point `json:"hourly,omitempty"`
}

func (s *Server) speakers(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	for k := range v {
		if k != "speaker" {
			s.badQuery(w, &queryError{k, "unknown (use speaker)"})
			return
		}
	}
	var out []track.SpeakerState
	var hourly []track.Point
	if name := strings.TrimSpace(v.Get("speaker")); name != "" {
		st, ok := s.opts.Tracker.Speaker(name)
		if !ok {
			s.writeJSON(w, http.StatusNotFound, apiError{Error: fmt.Sprintf("speaker %q not found", name), Field: "speaker"})
			return
		}
		out = []track.SpeakerState{st}
		hourly = s.opts.Tracker.Hourly(name)
	} else {
		out = s.opts.Tracker.Snapshot()
	}
	if out == nil {
		out = []track.SpeakerState{}
	}
	s.writeJSON(w, http.StatusOK, speakersResponse{Speakers: out, Hourly: hourly})
}
