package tone

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"math"
	"strings"
)

// The model file format, version 1. All integers are varints
// (encoding/binary), weights zigzag varints in units of 1/weightUnit:
//
//	"TTNB" version(=1) flags prior scale shift (float64 bits, uvarint)
//	len(meta) meta (JSON)
//	n, then n features sorted by bytes, front-coded:
//	  shared-prefix-length suffix-length suffix weight
//	CRC-32 (IEEE) of everything before it, 4 bytes little-endian.
const (
	modelMagic   = "TTNB"
	modelVersion = 1
	weightUnit   = 1024
	// maxModelFeatures bounds what a file may declare, against corrupt
	// lengths.
	maxModelFeatures = 1 << 24
)

// MarshalBinary encodes the model in the versioned file format that
// ParseModel and LoadModel read. The output depends only on the model, so
// training on the same data gives the same bytes.
func (m *Model) MarshalBinary() ([]byte, error) {
	var b []byte
	b = append(b, modelMagic...)
	b = binary.AppendUvarint(b, modelVersion)
	b = binary.AppendUvarint(b, m.flags)
	for _, f := range []float64{m.prior, m.scale, m.shift} {
		b = binary.AppendUvarint(b, math.Float64bits(f))
	}
	b = binary.AppendUvarint(b, uint64(len(m.meta)))
	b = append(b, m.meta...)
	n := len(m.w)
	b = binary.AppendUvarint(b, uint64(n))
	prev := ""
	for i := range n {
		k := m.keys[m.off[i]:m.off[i+1]]
		p := commonPrefix(prev, k)
		b = binary.AppendUvarint(b, uint64(p))
		b = binary.AppendUvarint(b, uint64(len(k)-p))
		b = append(b, k[p:]...)
		b = binary.AppendVarint(b, int64(math.Round(float64(m.w[i])*weightUnit)))
		prev = k
	}
	return binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(b)), nil
}

func commonPrefix(a, b string) int {
	n := min(len(a), len(b))
	for i := range n {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}

// ParseModel decodes a model file as written by MarshalBinary. Errors wrap
// ErrBadModel.
func ParseModel(data []byte) (*Model, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrBadModel, fmt.Sprintf(format, args...))
	}
	if len(data) < len(modelMagic)+4 || string(data[:len(modelMagic)]) != modelMagic {
		return nil, bad("not a tonetrack Naive Bayes model (no %q header)", modelMagic)
	}
	body := data[:len(data)-4]
	if got, want := crc32.ChecksumIEEE(body), binary.LittleEndian.Uint32(data[len(data)-4:]); got != want {
		return nil, bad("checksum mismatch (file truncated or corrupt)")
	}
	r := bytes.NewReader(body[len(modelMagic):])
	uv := func(what string) (uint64, error) {
		v, err := binary.ReadUvarint(r)
		if err != nil {
			return 0, bad("reading %s: %v", what, err)
		}
		return v, nil
	}
	v, err := uv("version")
	if err != nil {
		return nil, err
	}
	if v != modelVersion {
		return nil, bad("version %d; this build reads version %d", v, modelVersion)
	}
	m := &Model{}
	if m.flags, err = uv("flags"); err != nil {
		return nil, err
	}
	if m.flags&^featKnown != 0 {
		return nil, bad("unknown feature flags %#x", m.flags&^featKnown)
	}
	for _, p := range []struct {
		name string
		f    *float64
	}{{"prior", &m.prior}, {"scale", &m.scale}, {"shift", &m.shift}} {
		bits, err := uv(p.name)
		if err != nil {
			return nil, err
		}
		*p.f = math.Float64frombits(bits)
		if math.IsNaN(*p.f) || math.IsInf(*p.f, 0) {
			return nil, bad("%s is %v", p.name, *p.f)
		}
	}
	ml, err := uv("meta length")
	if err != nil {
		return nil, err
	}
	if ml > uint64(r.Len()) {
		return nil, bad("meta length %d past the end", ml)
	}
	meta := make([]byte, ml)
	r.Read(meta) //nolint:errcheck // length checked above
	m.meta = string(meta)
	n, err := uv("feature count")
	if err != nil {
		return nil, err
	}
	if n > maxModelFeatures || n > uint64(r.Len()) {
		return nil, bad("feature count %d too large", n)
	}
	var keys strings.Builder
	keys.Grow(r.Len())
	m.off = make([]uint32, 1, n+1)
	m.w = make([]float32, 0, n)
	prev := make([]byte, 0, 64)
	for i := range n {
		p, err := uv("feature prefix")
		if err != nil {
			return nil, err
		}
		s, err := uv("feature length")
		if err != nil {
			return nil, err
		}
		if p > uint64(len(prev)) || s > uint64(r.Len()) {
			return nil, bad("feature %d: lengths %d+%d out of range", i, p, s)
		}
		// Keys must be strictly increasing: past the shared prefix, the new
		// key has a byte greater than the old one's, or the old one ended.
		old := -1
		if p < uint64(len(prev)) {
			old = int(prev[p])
		}
		cur := append(prev[:p], make([]byte, s)...)
		r.Read(cur[p:]) //nolint:errcheck // length checked above
		if s == 0 || (i > 0 && int(cur[p]) <= old) {
			return nil, bad("feature %d %q out of order or repeated", i, cur)
		}
		wq, err := binary.ReadVarint(r)
		if err != nil {
			return nil, bad("feature %d weight: %v", i, err)
		}
		keys.Write(cur)
		m.off = append(m.off, uint32(keys.Len()))
		m.w = append(m.w, float32(float64(wq)/weightUnit))
		prev = cur
	}
	if r.Len() != 0 {
		return nil, bad("%d bytes after the last feature", r.Len())
	}
	m.keys = keys.String()
	m.buildIndex()
	return m, nil
}

// sealForTest appends the checksum to a file body (tests build bad files
// whose checksum is right).
func (*Model) sealForTest(body []byte) []byte {
	return binary.LittleEndian.AppendUint32(body, crc32.ChecksumIEEE(body))
}
