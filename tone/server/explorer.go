package server

import (
	"bytes"
	"cmp"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"math"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/tonetrack/tonetrack/tone"
	"github.com/tonetrack/tonetrack/tone/extract"
	"github.com/tonetrack/tonetrack/tone/store"
	"github.com/tonetrack/tonetrack/tone/track"
)

//go:embed explorer.html
var pageFS embed.FS

// Explorer limits.
const (
	// sparkRows is how many statements of the range, newest first, the
	// sparklines are drawn from.
	sparkRows = store.MaxLimit
	// sparkBins is how many points a sparkline has at most.
	sparkBins = 48
	// pageSpeakers is how many speakers the page lists (most active in
	// the range first).
	pageSpeakers = 60
	// pageStatements is how many statements a page lists.
	pageStatements = 50
	// listSpeakers is how many speaker names the filter suggests (the
	// most active); any other name may be typed.
	listSpeakers = 1000
)

// Sparkline geometry, in SVG user units.
const (
	sparkW = 120.0
	sparkH = 28.0
)

// dimRange is the scale of each tracked dimension's sparkline, so that
// lines compare across speakers.
var dimRange = map[string][2]float64{
	tone.DimValence:     {-1, 1},
	tone.DimHostility:   {0, 1},
	tone.DimCooperation: {0, 1},
	tone.DimIntensity:   {0, 1},
	tone.DimGoldstein:   {-10, 10},
}

type pageRenderer struct {
	t *template.Template
}

func newPageRenderer() (*pageRenderer, error) {
	t, err := template.New("explorer.html").Funcs(template.FuncMap{
		"fmtScore": func(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) },
	}).ParseFS(pageFS, "explorer.html")
	if err != nil {
		return nil, fmt.Errorf("server: explorer template: %w", err)
	}
	return &pageRenderer{t: t}, nil
}

// pageData is what explorer.html renders.
type pageData struct {
	Filter     filterForm
	Speakers   []string // the most active speakers (up to listSpeakers), for the filter's suggestions
	Dimensions []string
	Error      string
	RangeFrom  string
	RangeTo    string
	Rows       []speakerRow
	MoreRows   int // speakers in the range not listed
	Statements []statementRow
	NextURL    string
	Truncated  bool // sparklines drawn from the newest sparkRows statements only
	PerSpeaker bool // each sparkline spans its speaker's own statements
	APIURL     string
}

type filterForm struct {
	Speaker, Dimension, From, To, Min, Max string
}

type speakerRow struct {
	Name     string
	Link     string
	Count    int64 // all time
	InRange  int
	Last     string
	Sparks   []spark
	Latest   []scoreCell
	Shift    []scoreCell
	HasShift bool
}

type spark struct {
	Dim      string
	Selected bool
	Line     string // polyline points
	Dots     []dot
	Zero     float64 // y of the zero line
	HasZero  bool
	Title    string
}

type dot struct{ X, Y float64 }

type scoreCell struct {
	Dim      string
	Value    float64
	Selected bool
	Class    string
}

type statementRow struct {
	ID          string
	Speaker     string
	SpeakerLink string
	Time        string
	TimeISO     string
	Text        []segment
	Scores      []scoreCell
	Kind        string
	Via         string
	Title       string
	URL         string
	Source      string
}

// segment is a piece of a statement's text, marked when it is evidence.
type segment struct {
	Text  string
	Mark  bool
	Class string
	Title string
}

func (s *Server) explorer(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	f := filterForm{
		Speaker: v.Get("speaker"), Dimension: v.Get("dimension"),
		From: v.Get("from"), To: v.Get("to"), Min: v.Get("min"), Max: v.Get("max"),
	}
	data := pageData{Filter: f, Dimensions: tone.Tracked}
	states := s.opts.Tracker.Snapshot()
	data.Speakers = suggestions(states)
	status := http.StatusOK
	q, err := parseQuery(explorerValues(v), s.opts.Clock())
	if err == nil && f.Dimension != "" && !slices.Contains(tone.Tracked, f.Dimension) && f.Dimension != tone.DimBayes {
		err = &queryError{"dimension", fmt.Sprintf("%q is not one of %s", f.Dimension, strings.Join(tone.Tracked, ", "))}
	}
	if err == nil {
		err = s.fillPage(r, &data, q, states)
	}
	if err != nil {
		var qe *queryError
		if !errors.As(err, &qe) && !errors.Is(err, store.ErrBadQuery) {
			s.fail(w, r, err)
			return
		}
		data.Error = err.Error()
		status = http.StatusBadRequest
	}
	var buf bytes.Buffer
	if err := s.page.t.Execute(&buf, data); err != nil {
		s.fail(w, r, fmt.Errorf("render explorer: %w", err))
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// suggestions returns the names of the listSpeakers most active speakers,
// sorted by name.
func suggestions(states []track.SpeakerState) []string {
	top := slices.Clone(states)
	if len(top) > listSpeakers {
		slices.SortFunc(top, func(a, b track.SpeakerState) int { return cmp.Compare(b.Count, a.Count) })
		top = top[:listSpeakers]
	}
	names := make([]string, len(top))
	for i, st := range top {
		names[i] = st.Speaker
	}
	slices.Sort(names)
	return names
}

// explorerValues keeps the parameters parseQuery reads; the page's own
// (an empty form field) are dropped.
func explorerValues(v url.Values) url.Values {
	out := url.Values{}
	for k, vs := range v {
		if len(vs) == 0 || vs[0] == "" {
			continue
		}
		if k == "dimension" && v.Get("min") == "" && v.Get("max") == "" {
			continue // a dimension alone only chooses what the page shows
		}
		out[k] = vs
	}
	return out
}

// fillPage queries the store for the page's speakers and statements.
func (s *Server) fillPage(r *http.Request, data *pageData, q store.Query, states []track.SpeakerState) error {
	ctx := r.Context()
	f := data.Filter
	// Statements listed: the filter as given, a page at a time.
	lq := q
	lq.Limit = pageStatements
	sts, next, err := s.opts.Store.List(ctx, lq)
	if err != nil {
		return err
	}
	for _, st := range sts {
		data.Statements = append(data.Statements, s.statementRow(st, f))
	}
	if next != "" {
		nv := filterValues(f)
		nv.Set("cursor", next)
		data.NextURL = "/?" + nv.Encode()
	}
	api := filterValues(f)
	if f.Min == "" && f.Max == "" {
		api.Del("dimension")
	}
	data.APIURL = "/api/v1/statements?" + api.Encode()

	// Sparklines: the newest sparkRows statements of the range, without
	// the score bounds, binned over the range.
	sq := q
	sq.Dimension, sq.Min, sq.Max, sq.Cursor = "", nil, nil, ""
	sq.Limit = sparkRows
	rows, more, err := s.opts.Store.List(ctx, sq)
	if err != nil {
		return err
	}
	data.Truncated = more != ""
	// With no range given each speaker's sparkline spans their own
	// statements (the range may cover years of old news); with one, all
	// share it so that they line up.
	perSpeaker := q.From.IsZero() && q.To.IsZero()
	lo, hi := q.From, q.To
	if lo.IsZero() || hi.IsZero() {
		first, last := span(rows)
		if lo.IsZero() {
			lo = first
		}
		if hi.IsZero() {
			hi = last.Add(time.Second)
		}
	}
	if !lo.Before(hi) {
		lo = hi.Add(-time.Hour)
	}
	data.RangeFrom, data.RangeTo, data.PerSpeaker = fmtTime(lo), fmtTime(hi), perSpeaker

	byName := make(map[string]*track.SpeakerState, len(states))
	for i := range states {
		byName[states[i].Speaker] = &states[i]
	}
	groups := make(map[string][]extract.Statement)
	for _, st := range rows {
		groups[st.Speaker] = append(groups[st.Speaker], st)
	}
	bins := make(map[string]*speakerBins, len(groups))
	for name, sts := range groups {
		b := &speakerBins{}
		blo, bhi := lo, hi
		if perSpeaker {
			first, last := span(sts)
			blo, bhi = first, last.Add(time.Second)
		}
		for _, st := range sts {
			b.add(st, blo, bhi)
		}
		bins[name] = b
	}
	names := make([]string, 0, len(bins))
	for n := range bins {
		names = append(names, n)
	}
	slices.SortFunc(names, func(a, b string) int {
		if c := cmp.Compare(bins[b].n, bins[a].n); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	if len(names) > pageSpeakers {
		data.MoreRows = len(names) - pageSpeakers
		names = names[:pageSpeakers]
	}
	for _, n := range names {
		data.Rows = append(data.Rows, speakerRowOf(n, bins[n], byName[n], f))
	}
	return nil
}

// span returns the earliest and latest time of sts.
func span(sts []extract.Statement) (first, last time.Time) {
	for _, st := range sts {
		if first.IsZero() || st.Time.Before(first) {
			first = st.Time
		}
		if st.Time.After(last) {
			last = st.Time
		}
	}
	return first, last
}

// speakerBins accumulates a speaker's statements into sparkBins bins.
type speakerBins struct {
	n   int
	cnt [sparkBins]int
	sum [sparkBins][5]float64
}

func (b *speakerBins) add(st extract.Statement, lo, hi time.Time) {
	b.n++
	span := hi.Sub(lo)
	i := int(float64(st.Time.Sub(lo)) / float64(span) * sparkBins)
	i = min(max(i, 0), sparkBins-1)
	b.cnt[i]++
	for d, dim := range tone.Tracked {
		v, _ := st.Scores.Get(dim)
		b.sum[i][d] += v
	}
}

func speakerRowOf(name string, b *speakerBins, st *track.SpeakerState, f filterForm) speakerRow {
	v := filterValues(f)
	v.Set("speaker", name)
	v.Del("cursor")
	row := speakerRow{Name: name, Link: "/?" + v.Encode(), InRange: b.n}
	if st != nil {
		row.Count = st.Count
		row.Last = fmtTime(st.Last)
		for _, dim := range tone.Tracked {
			val, _ := st.LastScores.Get(dim)
			row.Latest = append(row.Latest, scoreCell{Dim: dim, Value: val, Selected: dim == f.Dimension, Class: scoreClass(dim, val)})
			if sh, ok := st.Shift[dim]; ok {
				row.HasShift = true
				row.Shift = append(row.Shift, scoreCell{Dim: dim, Value: sh, Selected: dim == f.Dimension, Class: shiftClass(sh)})
			}
		}
	}
	for d, dim := range tone.Tracked {
		row.Sparks = append(row.Sparks, sparkOf(dim, d, b, f.Dimension == dim))
	}
	return row
}

// sparkOf draws dimension d of b on its fixed scale.
func sparkOf(dim string, d int, b *speakerBins, selected bool) spark {
	rg := dimRange[dim]
	y := func(v float64) float64 {
		v = min(max(v, rg[0]), rg[1])
		return round1(sparkH - 2 - (v-rg[0])/(rg[1]-rg[0])*(sparkH-4))
	}
	sp := spark{Dim: dim, Selected: selected}
	if rg[0] < 0 {
		sp.HasZero, sp.Zero = true, y(0)
	}
	var pts []string
	var vals []float64
	for i := range sparkBins {
		if b.cnt[i] == 0 {
			continue
		}
		mean := b.sum[i][d] / float64(b.cnt[i])
		vals = append(vals, mean)
		x := round1(2 + (float64(i)+0.5)/sparkBins*(sparkW-4))
		pts = append(pts, fmt.Sprintf("%g,%g", x, y(mean)))
		sp.Dots = append(sp.Dots, dot{x, y(mean)})
	}
	sp.Line = strings.Join(pts, " ")
	if len(vals) > 0 {
		lo, hi := slices.Min(vals), slices.Max(vals)
		sp.Title = fmt.Sprintf("%s: %d points, %.2f to %.2f, last %.2f", dim, len(vals), lo, hi, vals[len(vals)-1])
	} else {
		sp.Title = dim + ": no data"
	}
	return sp
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }

func (s *Server) statementRow(st extract.Statement, f filterForm) statementRow {
	v := filterValues(f)
	v.Set("speaker", st.Speaker)
	v.Del("cursor")
	row := statementRow{
		ID: st.ID, Speaker: st.Speaker, SpeakerLink: "/?" + v.Encode(),
		Time: fmtTime(st.Time), TimeISO: st.Time.Format(time.RFC3339),
		Text: highlight(st.Text, st.Evidence, f.Dimension),
		Kind: st.Kind, Via: st.Via, Title: st.Title, Source: st.Source,
	}
	if u, err := url.Parse(st.URL); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
		row.URL = st.URL
	}
	for _, dim := range tone.Tracked {
		val, _ := st.Scores.Get(dim)
		row.Scores = append(row.Scores, scoreCell{Dim: dim, Value: val, Selected: dim == f.Dimension, Class: scoreClass(dim, val)})
	}
	return row
}

// filterValues is the query string of the page's filter.
func filterValues(f filterForm) url.Values {
	v := url.Values{}
	for _, kv := range [][2]string{{"speaker", f.Speaker}, {"dimension", f.Dimension}, {"from", f.From}, {"to", f.To}, {"min", f.Min}, {"max", f.Max}} {
		if kv[1] != "" {
			v.Set(kv[0], kv[1])
		}
	}
	return v
}

func fmtTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02 15:04 UTC")
}

// scoreClass says whether a score reads as conciliatory ("pos"), hostile
// ("neg") or neither, for colour.
func scoreClass(dim string, v float64) string {
	switch dim {
	case tone.DimValence:
		return signClass(v, 0.05)
	case tone.DimGoldstein:
		return signClass(v, 0.5)
	case tone.DimHostility:
		if v >= 0.3 {
			return "neg"
		}
	case tone.DimCooperation:
		if v >= 0.3 {
			return "pos"
		}
	}
	return ""
}

func signClass(v, band float64) string {
	switch {
	case v > band:
		return "pos"
	case v < -band:
		return "neg"
	}
	return ""
}

func shiftClass(v float64) string {
	if math.Abs(v) >= 2 {
		return "alert"
	}
	return ""
}

// highlight splits text into segments, marking the evidence terms of every
// tracked dimension (or only of dim, when set) where they occur as whole
// words.
func highlight(text string, ev tone.Evidence, dim string) []segment {
	type mark struct {
		start, end int
		notes      []string
		tone       float64
	}
	var marks []mark
	lower := strings.ToLower(text)
	sameLen := len(lower) == len(text)
	for d, terms := range ev.All() { // sorted by dimension
		if (dim != "" && d != dim) || (dim != tone.DimBayes && d == tone.DimBayes) {
			// Naive Bayes evidence weighs every word a little; marking
			// it all would hide the lexicon terms that matter.
			continue
		}
		for _, term := range terms {
			t := strings.TrimSpace(term.Term)
			if t == "" {
				continue
			}
			hay, needle := text, t
			if sameLen && len(strings.ToLower(t)) == len(t) {
				hay, needle = lower, strings.ToLower(t)
			}
			for from := 0; from < len(hay); {
				i := strings.Index(hay[from:], needle)
				if i < 0 {
					break
				}
				start, end := from+i, from+i+len(needle)
				from = end
				if !wordEdge(text, start, end) {
					continue
				}
				note := fmt.Sprintf("%s %+.2f", d, term.Weight)
				tn := toneOf(d, term.Weight)
				merged := false
				for k := range marks {
					if marks[k].start == start && marks[k].end == end {
						marks[k].notes = append(marks[k].notes, note)
						marks[k].tone += tn
						merged = true
						break
					}
				}
				if !merged {
					marks = append(marks, mark{start, end, []string{note}, tn})
				}
			}
		}
	}
	// Longest first wins where marks overlap.
	slices.SortFunc(marks, func(a, b mark) int {
		if c := cmp.Compare(b.end-b.start, a.end-a.start); c != 0 {
			return c
		}
		return cmp.Compare(a.start, b.start)
	})
	var kept []mark
	for _, m := range marks {
		if !slices.ContainsFunc(kept, func(k mark) bool { return m.start < k.end && k.start < m.end }) {
			kept = append(kept, m)
		}
	}
	slices.SortFunc(kept, func(a, b mark) int { return cmp.Compare(a.start, b.start) })
	var segs []segment
	at := 0
	for _, m := range kept {
		if m.start > at {
			segs = append(segs, segment{Text: text[at:m.start]})
		}
		segs = append(segs, segment{Text: text[m.start:m.end], Mark: true, Class: signClass(m.tone, 0), Title: strings.Join(m.notes, ", ")})
		at = m.end
	}
	if at < len(text) {
		segs = append(segs, segment{Text: text[at:]})
	}
	return segs
}

// toneOf turns a term's weight on dim into conciliatory (+) or hostile (-).
func toneOf(dim string, w float64) float64 {
	switch dim {
	case tone.DimHostility:
		return -w
	case tone.DimIntensity:
		return 0
	case tone.DimGoldstein:
		return w / 10
	case tone.DimBayes:
		return w / 4
	}
	return w
}

// wordEdge reports whether text[start:end] stands as whole words.
func wordEdge(text string, start, end int) bool {
	if start > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:start])
		if isWord(r) {
			return false
		}
	}
	if end < len(text) {
		r, _ := utf8.DecodeRuneInString(text[end:])
		if isWord(r) {
			return false
		}
	}
	return true
}

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
