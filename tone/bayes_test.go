package tone

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
	"testing/fstest"
)

func TestDefaultModel(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	if m.Len() < 10000 {
		t.Errorf("DefaultModel has %d features; want a real model", m.Len())
	}
	var meta TrainReport
	if err := json.Unmarshal([]byte(m.Meta()), &meta); err != nil {
		t.Fatalf("Meta() = %q: %v", m.Meta(), err)
	}
	if meta.Docs == 0 || meta.Features != m.Len() {
		t.Errorf("Meta() = %+v; want docs and features = %d", meta, m.Len())
	}
	if len(defaultModelData) > 5<<20 {
		t.Errorf("embedded model is %d bytes; the limit is 5 MB", len(defaultModelData))
	}
}

func TestDefaultModelDirection(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text     string
		positive bool
	}{
		{"A wonderful, moving film with brilliant performances. I loved every minute.", true},
		{"An excellent and beautiful story, highly recommended.", true},
		{"The worst movie I have ever seen: boring, stupid and a waste of time.", false},
		{"Terrible acting, awful script, I hated it.", false},
		{"It was not good at all.", false},
	}
	for _, tt := range tests {
		p, ev := m.Predict(Tokenize(tt.text))
		if (p > 0.5) != tt.positive {
			t.Errorf("Predict(%q) = %.3f; want %s 0.5 (evidence %v)", tt.text, p, map[bool]string{true: ">", false: "<"}[tt.positive], ev)
		}
		if len(ev) == 0 {
			t.Errorf("Predict(%q): no evidence", tt.text)
		}
	}
}

// checkPredict checks the invariants of a prediction.
func checkPredict(tb testing.TB, m *Model, text string) {
	tb.Helper()
	toks := Tokenize(text)
	p, ev := m.Predict(toks)
	if math.IsNaN(p) || p < 0 || p > 1 {
		tb.Fatalf("Predict(%q) = %v; want a probability", text, p)
	}
	if q := m.Prob(toks); q != p {
		tb.Fatalf("Prob(%q) = %v; Predict gave %v", text, q, p)
	}
	if len(ev) > MaxEvidence {
		tb.Fatalf("Predict(%q): %d terms; want at most %d", text, len(ev), MaxEvidence)
	}
	for i, term := range ev {
		if term.Term == "" || math.IsNaN(term.Weight) {
			tb.Fatalf("Predict(%q): bad term %d %+v", text, i, term)
		}
		if i > 0 && math.Abs(term.Weight) > math.Abs(ev[i-1].Weight) {
			tb.Fatalf("Predict(%q): terms not strongest first: %v", text, ev)
		}
	}
}

func TestPredictEvidenceSums(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	// With fewer terms than MaxEvidence, the weights add up to the
	// calibrated log-odds less the prior term.
	for _, text := range []string{
		"Great acting, dull plot.",
		"We reject this unacceptable provocation.",
		"The talks were constructive and we welcome the agreement.",
	} {
		p, ev := m.Predict(Tokenize(text))
		if len(ev) >= MaxEvidence {
			t.Fatalf("Predict(%q): %d terms; pick a shorter text", text, len(ev))
		}
		sum := m.scale * m.prior
		for _, term := range ev {
			sum += term.Weight
		}
		if logit := math.Log(p / (1 - p)); math.Abs(logit-sum) > 1e-4*float64(len(ev)+1) {
			t.Errorf("Predict(%q): log-odds %.5f, prior and evidence add to %.5f (%v)", text, logit, sum, ev)
		}
		checkPredict(t, m, text)
	}
}

func TestPredictEmpty(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"", "   ", "... !!! ???"[:3], "xqzzyv blorptang"} {
		p, ev := m.Predict(Tokenize(text))
		if want := sigmoid(m.scale * m.prior); math.Abs(p-want) > 1e-12 {
			t.Errorf("Predict(%q) = %v; want the prior %v", text, p, want)
		}
		if len(ev) != 0 {
			t.Errorf("Predict(%q): evidence %v; want none", text, ev)
		}
	}
}

func TestPredictCountsFeatureOnce(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	once, _ := m.Predict(Tokenize("excellent"))
	thrice, ev := m.Predict(Tokenize("excellent excellent excellent"))
	if once != thrice {
		t.Errorf("repeating a word changed P from %v to %v", once, thrice)
	}
	for _, term := range ev {
		if term.Term == "excellent excellent" {
			continue // the bigram is a feature of its own
		}
		if term.Term != "excellent" {
			t.Errorf("unexpected term %+v", term)
		}
	}
}

// synthetic returns n labelled documents built from two small vocabularies,
// alternating positive and negative.
func synthetic(n int) (texts []string, labels []bool) {
	pos := []string{"good", "great", "fine", "lovely", "superb"}
	neg := []string{"bad", "awful", "poor", "dreadful", "dire"}
	shared := []string{"the", "talks", "were", "film", "today"}
	for i := range n {
		words := []string{shared[i%5], shared[(i+2)%5]}
		v := pos
		if i%2 == 1 {
			v = neg
		}
		words = append(words, v[i%5], v[(i/2)%5])
		if i%7 == 0 {
			words = append(words, "not", v[(i+1)%5])
		}
		texts = append(texts, strings.Join(words, " ")+".")
		labels = append(labels, i%2 == 0)
	}
	return texts, labels
}

func trainSynthetic(tb testing.TB, opts TrainOptions) (*Model, TrainReport) {
	tb.Helper()
	tr, err := NewTrainer(opts)
	if err != nil {
		tb.Fatal(err)
	}
	texts, labels := synthetic(400)
	for i := range texts {
		tr.Add(texts[i], labels[i])
	}
	m, rep, err := tr.Model()
	if err != nil {
		tb.Fatal(err)
	}
	return m, rep
}

func TestTrainer(t *testing.T) {
	m, rep := trainSynthetic(t, TrainOptions{})
	if rep.Docs != 400 || rep.Positive != 200 || rep.HeldOut != 40 {
		t.Errorf("report %+v; want 400 docs, 200 positive, 40 held out", rep)
	}
	if rep.HeldAccuracy < 0.95 {
		t.Errorf("held-out accuracy %v on separable data; want >= 0.95", rep.HeldAccuracy)
	}
	for _, tt := range []struct {
		text string
		pos  bool
	}{{"a great and lovely day", true}, {"an awful, dreadful day", false}} {
		if p := m.Prob(Tokenize(tt.text)); (p > 0.5) != tt.pos {
			t.Errorf("Prob(%q) = %v; want positive=%v", tt.text, p, tt.pos)
		}
	}
	// Negation marking: "not great" is a feature of its own.
	if _, ok := m.lookup([]byte("not_great")); !ok {
		if _, ok := m.lookup([]byte("not_good")); !ok {
			t.Error("no negated feature in the model")
		}
	}
	if _, ok := m.lookup([]byte("great day")); ok {
		t.Error("feature seen in no training document")
	}
}

func TestTrainerReproducible(t *testing.T) {
	a, _ := trainSynthetic(t, TrainOptions{})
	b, _ := trainSynthetic(t, TrainOptions{})
	ab, err := a.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	bb, err := b.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(ab, bb) {
		t.Fatal("two trainings on the same data gave different files")
	}
	// A loaded model is the trained one.
	c, err := ParseModel(ab)
	if err != nil {
		t.Fatal(err)
	}
	cb, _ := c.MarshalBinary()
	if !bytes.Equal(ab, cb) {
		t.Fatal("MarshalBinary(ParseModel(data)) != data")
	}
}

func TestTrainOptions(t *testing.T) {
	all, _ := trainSynthetic(t, TrainOptions{MinDocs: 1, MaxFeatures: -1})
	uni, _ := trainSynthetic(t, TrainOptions{MinDocs: 1, MaxFeatures: -1, NoBigrams: true, NoNegation: true})
	if _, ok := uni.lookup([]byte("the talks")); ok {
		t.Error("NoBigrams model has a bigram")
	}
	if _, ok := all.lookup([]byte("were good")); !ok {
		t.Error("default model lacks the bigram \"were good\"")
	}
	small, rep := trainSynthetic(t, TrainOptions{MaxFeatures: 5})
	if small.Len() != 5 || rep.Features != 5 {
		t.Errorf("MaxFeatures 5: %d features", small.Len())
	}
	raw, rep := trainSynthetic(t, TrainOptions{Holdout: -1})
	if rep.HeldOut != 0 || raw.scale != 1 || raw.shift != 0 {
		t.Errorf("Holdout -1: held out %d, scale %v, shift %v; want no calibration", rep.HeldOut, raw.scale, raw.shift)
	}
	for _, o := range []TrainOptions{{Alpha: -1}, {Alpha: math.NaN()}, {MinDocs: -2}} {
		if _, err := NewTrainer(o); err == nil {
			t.Errorf("NewTrainer(%+v): no error", o)
		}
	}
	tr, _ := NewTrainer(TrainOptions{})
	tr.Add("only good things", true)
	if _, _, err := tr.Model(); err == nil {
		t.Error("Model() with one class: no error")
	}
}

func TestLoadModel(t *testing.T) {
	m, _ := trainSynthetic(t, TrainOptions{})
	data, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{"m.ttnb": {Data: data}, "bad.ttnb": {Data: []byte("TTNB junk junk")}}
	got, err := LoadModel(fsys, "m.ttnb")
	if err != nil {
		t.Fatal(err)
	}
	text := "a great film today"
	if a, b := got.Prob(Tokenize(text)), m.Prob(Tokenize(text)); a != b {
		t.Errorf("loaded model gives %v; trained one %v", a, b)
	}
	if _, err := LoadModel(fsys, "missing.ttnb"); err == nil {
		t.Error("LoadModel(missing): no error")
	}
	_, err = LoadModel(fsys, "bad.ttnb")
	if !errors.Is(err, ErrBadModel) || !strings.Contains(err.Error(), "bad.ttnb") {
		t.Errorf("LoadModel(bad) = %v; want ErrBadModel naming the file", err)
	}
}

func TestParseModelErrors(t *testing.T) {
	m, _ := trainSynthetic(t, TrainOptions{})
	good, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	v1 := marshalV1(m)
	offAt, tableAt := v2Sections(t, good, m)
	// reseal recomputes the checksum after a change, to reach the checks
	// behind it.
	reseal := func(b []byte) []byte {
		body := bytes.Clone(b[:len(b)-4])
		return (&Model{}).sealForTest(body)
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "no \"TTNB\" header"},
		{"other file", []byte("PK\x03\x04 a zip file"), "no \"TTNB\" header"},
		{"truncated", good[:len(good)/2], "checksum mismatch"},
		{"flipped byte", func() []byte { b := bytes.Clone(good); b[len(b)/2] ^= 0x40; return b }(), "checksum mismatch"},
		{"future version", reseal(append([]byte("TTNB\x03"), good[5:]...)), "version 3"},
		{"unknown flags", reseal(append([]byte("TTNB\x01\x7f"), good[6:]...)), "unknown feature flags"},
		{"trailing bytes", reseal(append(bytes.Clone(good[:len(good)-4]), 0, 0, 0, 0, 0)), "bytes after the filter"},
		{"v1 trailing bytes", reseal(append(bytes.Clone(v1[:len(v1)-4]), 0, 0, 0, 0, 0)), "after the last feature"},
		{"table names no feature", reseal(setUint32(good, tableAt, 0xffffffff)), "index table names feature"},
		{"table entry lost", reseal(clearTable(good, tableAt, m.Len())), "index table holds"},
		{"offset past the keys", reseal(setUint32(good, offAt+4, 1<<30)), "out of place"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseModel(tt.data)
			if err == nil || !errors.Is(err, ErrBadModel) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ParseModel = %v; want ErrBadModel with %q", err, tt.want)
			}
		})
	}
}

func FuzzParseModel(f *testing.F) {
	m, _ := trainSynthetic(f, TrainOptions{MaxFeatures: 20})
	good, err := m.MarshalBinary()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add(good[:40])
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ParseModel(data)
		if err != nil {
			if !errors.Is(err, ErrBadModel) {
				t.Fatalf("ParseModel error %v does not wrap ErrBadModel", err)
			}
			return
		}
		// Also accept files with a corrected checksum: what parses must work.
		checkPredict(t, m, "the talks were good")
		_ = fmt.Sprint(m.Len())
	})
}

// FuzzParseModelSealed is FuzzParseModel with the checksum recomputed, so
// that the fuzzer reaches the checks of the arrays behind it: a model that
// parses must predict without panicking.
func FuzzParseModelSealed(f *testing.F) {
	m, _ := trainSynthetic(f, TrainOptions{MaxFeatures: 20})
	good, err := m.MarshalBinary()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good[:len(good)-4])
	f.Add(marshalV1(m)[:len(marshalV1(m))-4])
	f.Fuzz(func(t *testing.T, body []byte) {
		m, err := ParseModel((&Model{}).sealForTest(bytes.Clone(body)))
		if err != nil {
			if !errors.Is(err, ErrBadModel) {
				t.Fatalf("ParseModel error %v does not wrap ErrBadModel", err)
			}
			return
		}
		checkPredict(t, m, "the talks were good, not bad!")
	})
}

// TestDefaultModelMatchesDefaults catches an embedded model left stale after
// a change of the training defaults: regenerate it with go generate.
func TestDefaultModelMatchesDefaults(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	var meta TrainReport
	if err := json.Unmarshal([]byte(m.Meta()), &meta); err != nil {
		t.Fatal(err)
	}
	o, err := TrainOptions{}.withDefaults()
	if err != nil {
		t.Fatal(err)
	}
	want := TrainReport{Alpha: o.Alpha, MinDocs: o.MinDocs, MaxFeatures: o.MaxFeatures, Bigrams: true, Negation: true, Punct: true}
	got := TrainReport{Alpha: meta.Alpha, MinDocs: meta.MinDocs, MaxFeatures: meta.MaxFeatures, Bigrams: meta.Bigrams, Negation: meta.Negation, Punct: meta.Punct}
	if got != want {
		t.Errorf("embedded model trained with %+v; defaults are %+v (run go generate -run 'tonetrack train' ./tone/)", got, want)
	}
	if meta.Source != "imdb_train.jsonl.gz" || meta.HeldOut == 0 {
		t.Errorf("embedded model source %q, %d held out; want imdb_train.jsonl.gz, calibrated", meta.Source, meta.HeldOut)
	}
}

func FuzzPredict(f *testing.F) {
	m, err := DefaultModel()
	if err != nil {
		f.Fatal(err)
	}
	for _, c := range readGolden[[]string](f, sentencesGolden) {
		f.Add(c.Input)
	}
	f.Add("not not NOT n't never!!! ?? don’t won't")
	f.Fuzz(func(t *testing.T, text string) {
		checkPredict(t, m, text)
	})
}

// marshalV1 encodes m in version 1 of the model file format.
func marshalV1(m *Model) []byte {
	var b []byte
	b = append(b, modelMagic...)
	b = binary.AppendUvarint(b, 1)
	b = binary.AppendUvarint(b, m.flags)
	for _, f := range []float64{m.prior, m.scale, m.shift} {
		b = binary.AppendUvarint(b, math.Float64bits(f))
	}
	b = binary.AppendUvarint(b, uint64(len(m.meta)))
	b = append(b, m.meta...)
	b = binary.AppendUvarint(b, uint64(m.Len()))
	prev := ""
	for i := range m.Len() {
		k := m.keys[m.off[i]:m.off[i+1]]
		p := 0
		for p < min(len(prev), len(k)) && prev[p] == k[p] {
			p++
		}
		b = binary.AppendUvarint(b, uint64(p))
		b = binary.AppendUvarint(b, uint64(len(k)-p))
		b = append(b, k[p:]...)
		b = binary.AppendVarint(b, int64(math.Round(float64(m.w[i])*weightUnit)))
		prev = k
	}
	return m.sealForTest(b)
}

// v2Sections returns where the offsets and the table of m start in its
// version 2 file data.
func v2Sections(tb testing.TB, data []byte, m *Model) (offAt, tableAt int) {
	tb.Helper()
	align := func(n int) int { return (n + 7) &^ 7 }
	keysAt := len(data) - 4 - filterBits/8 - align(4*len(m.table)) - align(4*m.Len()) - align(4*(m.Len()+1)) - align(len(m.keys))
	offAt = keysAt + align(len(m.keys))
	tableAt = offAt + align(4*(m.Len()+1)) + align(4*m.Len())
	if keysAt <= 0 || string(data[keysAt:keysAt+len(m.keys)]) != m.keys {
		tb.Fatalf("v2Sections: keys not at %d", keysAt)
	}
	return offAt, tableAt
}

// setUint32 returns a copy of data with v at i.
func setUint32(data []byte, i int, v uint32) []byte {
	b := bytes.Clone(data)
	binary.LittleEndian.PutUint32(b[i:], v)
	return b
}

// clearTable returns a copy of data with the first used entry of the table
// of n features at tableAt cleared.
func clearTable(data []byte, tableAt, n int) []byte {
	b := bytes.Clone(data)
	for i := tableAt; i < tableAt+4*tableSize(n); i += 4 {
		if binary.LittleEndian.Uint32(b[i:]) != 0 {
			binary.LittleEndian.PutUint32(b[i:], 0)
			break
		}
	}
	return b
}

// TestParseModelV1 checks that a version 1 file, whose index is built at
// load, gives the model its version 2 file holds.
func TestParseModelV1(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	old, err := ParseModel(marshalV1(m))
	if err != nil {
		t.Fatal(err)
	}
	a, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	b, err := old.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Error("a version 1 file re-encodes differently from the version 2 one")
	}
	for _, s := range Sentences(benchText(t)) {
		p1, ev1 := m.Predict(Tokenize(s.Text))
		p2, ev2 := old.Predict(Tokenize(s.Text))
		if p1 != p2 || fmt.Sprint(ev1) != fmt.Sprint(ev2) {
			t.Errorf("Predict(%q) = %v %v from version 2, %v %v from version 1", s.Text, p1, ev1, p2, ev2)
		}
	}
}

// TestEmbeddedModelChecks runs the checks DefaultModel skips on the
// embedded model file.
func TestEmbeddedModelChecks(t *testing.T) {
	if _, err := ParseModel(defaultModelData); err != nil {
		t.Fatalf("embedded model: %v", err)
	}
}

// TestDecodeV2PastTheEnd checks that a version 2 body ending within the
// padding before an array is an error, not a slice out of range.
func TestDecodeV2PastTheEnd(t *testing.T) {
	// Two zero bytes after position 8: no keys, a table of 2^0 entries for
	// no features; the keys would start at 16, past the end.
	d := decoder{b: make([]byte, 10), pos: 8}
	var m Model
	if err := m.decodeV2(&d, 0, true); err == nil || !strings.Contains(err.Error(), "keys: past the end") {
		t.Errorf("decodeV2 = %v; want keys: past the end", err)
	}
}

// TestRankKeys: the counting ranking of short key lists agrees with the
// insertion ranking, with zeros, ties at the cut and more keys than kept.
func TestRankKeys(t *testing.T) {
	rng := uint64(1)
	next := func() uint64 {
		rng ^= rng << 13
		rng ^= rng >> 7
		rng ^= rng << 17
		return rng
	}
	for n := 0; n <= rankShort; n++ {
		for trial := 0; trial < 50; trial++ {
			keys := make([]uint64, n)
			for j := range keys {
				// few magnitudes, so that places decide many orders
				q := next() % 5
				if trial%3 == 0 {
					q = next() % (1 << 32)
				}
				keys[j] = q<<32 | uint64(^uint32(j))
				if q == 0 {
					keys[j] = 0
				}
			}
			var got, want [MaxEvidence]uint64
			gn := rankKeys(&got, keys)
			wn := rankKeysLong(&want, keys)
			if gn != wn || got != want {
				t.Fatalf("keys %x: rankKeys %d %x, insertion %d %x", keys, gn, got, wn, want)
			}
		}
	}
}
