package tone

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
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
	d := decoder{b: body, pos: len(modelMagic)}
	v := d.uvarint()
	if d.err == nil && v != modelVersion {
		return nil, bad("version %d; this build reads version %d", v, modelVersion)
	}
	m := &Model{}
	m.flags = d.uvarint()
	if d.err == nil && m.flags&^featKnown != 0 {
		return nil, bad("unknown feature flags %#x", m.flags&^featKnown)
	}
	for _, p := range []struct {
		name string
		f    *float64
	}{{"prior", &m.prior}, {"scale", &m.scale}, {"shift", &m.shift}} {
		*p.f = math.Float64frombits(d.uvarint())
		if d.err == nil && (math.IsNaN(*p.f) || math.IsInf(*p.f, 0)) {
			return nil, bad("%s is %v", p.name, *p.f)
		}
	}
	m.meta = string(d.bytes(d.uvarint()))
	n := d.uvarint()
	if d.err != nil {
		return nil, bad("header: %v", d.err)
	}
	if n > maxModelFeatures || n > uint64(len(body)-d.pos) {
		return nil, bad("feature count %d too large", n)
	}
	keys := make([]byte, 0, 8*n)
	m.off = make([]uint32, 1, n+1)
	m.w = make([]float32, n)
	prev := 0 // start of the previous key in keys
	for i := range n {
		p, s := d.uvarint(), d.uvarint()
		suffix := d.bytes(s)
		wq := d.varint()
		if d.err != nil {
			return nil, bad("feature %d: %v", i, d.err)
		}
		plen := uint64(len(keys) - prev)
		if p > plen {
			return nil, bad("feature %d: shared prefix %d longer than the previous feature", i, p)
		}
		// Keys must be strictly increasing: past the shared prefix, the
		// new key has a greater byte than the old one, or the old one
		// ended there.
		if s == 0 || (i > 0 && p < plen && suffix[0] <= keys[prev+int(p)]) {
			return nil, bad("feature %d out of order or repeated", i)
		}
		start := len(keys)
		keys = append(keys, keys[prev:prev+int(p)]...)
		keys = append(keys, suffix...)
		prev = start
		m.off = append(m.off, uint32(len(keys)))
		m.w[i] = float32(float64(wq) / weightUnit)
	}
	if d.pos != len(body) {
		return nil, bad("%d bytes after the last feature", len(body)-d.pos)
	}
	m.keys = string(keys)
	m.buildIndex()
	return m, nil
}

// decoder reads varints from a byte slice, remembering the first error.
type decoder struct {
	b   []byte
	pos int
	err error
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b[d.pos:])
	if n <= 0 {
		d.err = errors.New("bad or truncated number")
		return 0
	}
	d.pos += n
	return v
}

func (d *decoder) varint() int64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.b[d.pos:])
	if n <= 0 {
		d.err = errors.New("bad or truncated number")
		return 0
	}
	d.pos += n
	return v
}

func (d *decoder) bytes(n uint64) []byte {
	if d.err != nil {
		return nil
	}
	if n > uint64(len(d.b)-d.pos) {
		d.err = fmt.Errorf("length %d past the end", n)
		return nil
	}
	b := d.b[d.pos : d.pos+int(n)]
	d.pos += int(n)
	return b
}

// sealForTest appends the checksum to a file body (tests build bad files
// whose checksum is right).
func (*Model) sealForTest(body []byte) []byte {
	return binary.LittleEndian.AppendUint32(body, crc32.ChecksumIEEE(body))
}
