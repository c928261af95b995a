package tone

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"math/bits"
	"unsafe"
)

// The model file format. Version 2, which MarshalBinary writes, holds the
// model as Score uses it, so that loading it builds nothing: the arrays are
// read in place (from the embedded bytes for DefaultModel). Its header is
// varints (encoding/binary), its arrays little-endian, each starting at a
// multiple of 8 bytes from the start of the file:
//
//	"TTNB" version(=2) flags prior scale shift (float64 bits, uvarint)
//	len(meta) meta (JSON)
//	n len(keys) log2(table size), then zero bytes up to a multiple of 8
//	keys: the n features sorted by bytes, concatenated
//	off: n+1 uint32, feature i is keys[off[i]:off[i+1]]
//	w: n float32, the weights (multiples of 1/weightUnit)
//	table: the open-addressing index of the features (Model.table)
//	filter: filterBits/64 uint64 (Model.filter)
//	CRC-32 (IEEE) of everything before it, 4 bytes little-endian.
//
// Each array is followed by zero bytes up to a multiple of 8. The index
// depends on wordHash: a change of the hash needs the model regenerated.
//
// Version 1 (still read) is front-coded, weights zigzag varints in units of
// 1/weightUnit, and its index is built at load:
//
//	"TTNB" version(=1) flags prior scale shift (float64 bits, uvarint)
//	len(meta) meta (JSON)
//	n, then n features sorted by bytes, front-coded:
//	  shared-prefix-length suffix-length suffix weight
//	CRC-32 (IEEE) of everything before it, 4 bytes little-endian.
const (
	modelMagic   = "TTNB"
	modelVersion = 2
	weightUnit   = 1024
	// maxModelFeatures bounds what a file may declare, against corrupt
	// lengths.
	maxModelFeatures = 1 << 24
)

// MarshalBinary encodes the model in the versioned file format that
// ParseModel and LoadModel read. The output depends only on the model, so
// training on the same data gives the same bytes.
func (m *Model) MarshalBinary() ([]byte, error) {
	n := len(m.w)
	if n >= maxModelFeatures || len(m.keys) > math.MaxUint32 {
		return nil, fmt.Errorf("marshal model: %d features, %d bytes of keys: too large", n, len(m.keys))
	}
	table, filter := m.table, m.filter
	if len(table) == 0 {
		table, filter, _ = buildIndex(m.keys, m.off)
	}
	var b []byte
	b = append(b, modelMagic...)
	b = binary.AppendUvarint(b, modelVersion)
	b = binary.AppendUvarint(b, m.flags)
	for _, f := range []float64{m.prior, m.scale, m.shift} {
		b = binary.AppendUvarint(b, math.Float64bits(f))
	}
	b = binary.AppendUvarint(b, uint64(len(m.meta)))
	b = append(b, m.meta...)
	b = binary.AppendUvarint(b, uint64(n))
	b = binary.AppendUvarint(b, uint64(len(m.keys)))
	b = binary.AppendUvarint(b, uint64(bits.Len(uint(len(table)))-1))
	pad := func() {
		for len(b)%8 != 0 {
			b = append(b, 0)
		}
	}
	pad()
	b = append(b, m.keys...)
	pad()
	for _, o := range m.off {
		b = binary.LittleEndian.AppendUint32(b, o)
	}
	pad()
	for _, w := range m.w {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(w))
	}
	pad()
	for _, e := range table {
		b = binary.LittleEndian.AppendUint32(b, e)
	}
	pad()
	for _, f := range filter {
		b = binary.LittleEndian.AppendUint64(b, f)
	}
	return binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(b)), nil
}

// ParseModel decodes a model file as written by MarshalBinary (or an
// older version of it). Errors wrap ErrBadModel. A version 2 model shares
// data's memory on little-endian machines: data must not change afterwards.
func ParseModel(data []byte) (*Model, error) { return parseModel(data, true) }

// parseModel is ParseModel; without check, it skips the checksum and the
// checks of a version 2 file's arrays, for the embedded model, which the
// tests check (TestEmbeddedModelChecks): they cost a millisecond of
// start-up.
func parseModel(data []byte, check bool) (*Model, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrBadModel, fmt.Sprintf(format, args...))
	}
	if len(data) < len(modelMagic)+4 || string(data[:len(modelMagic)]) != modelMagic {
		return nil, bad("not a tonetrack Naive Bayes model (no %q header)", modelMagic)
	}
	body := data[:len(data)-4]
	if check && crc32.ChecksumIEEE(body) != binary.LittleEndian.Uint32(data[len(data)-4:]) {
		return nil, bad("checksum mismatch (file truncated or corrupt)")
	}
	d := decoder{b: body, pos: len(modelMagic)}
	v := d.uvarint()
	if d.err == nil && v != 1 && v != modelVersion {
		return nil, bad("version %d; this build reads versions 1 and %d", v, modelVersion)
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
	if v == 1 {
		if err := m.decodeV1(&d, int(n)); err != nil {
			return nil, bad("%v", err)
		}
	} else if err := m.decodeV2(&d, int(n), check); err != nil {
		return nil, bad("%v", err)
	}
	for j, p := range [2]string{"!", "?"} {
		if i, ok := m.lookup([]byte(p)); ok {
			m.punct[j] = i + 1
		}
	}
	return m, nil
}

// decodeV1 reads the n front-coded features of a version 1 file and builds
// their index.
func (m *Model) decodeV1(d *decoder, n int) error {
	body := d.b
	keys := make([]byte, 0, 8*n)
	m.off = make([]uint32, 1, n+1)
	m.w = make([]float32, n)
	prev := 0 // start of the previous key in keys
	for i := range n {
		p, s := d.uvarint(), d.uvarint()
		suffix := d.bytes(s)
		wq := d.varint()
		if d.err != nil {
			return fmt.Errorf("feature %d: %w", i, d.err)
		}
		plen := uint64(len(keys) - prev)
		if p > plen {
			return fmt.Errorf("feature %d: shared prefix %d longer than the previous feature", i, p)
		}
		// Keys must be strictly increasing: past the shared prefix, the
		// new key has a greater byte than the old one, or the old one
		// ended there.
		if s == 0 || (i > 0 && p < plen && suffix[0] <= keys[prev+int(p)]) {
			return fmt.Errorf("feature %d out of order or repeated", i)
		}
		start := len(keys)
		keys = append(keys, keys[prev:prev+int(p)]...)
		keys = append(keys, suffix...)
		prev = start
		m.off = append(m.off, uint32(len(keys)))
		m.w[i] = float32(float64(wq) / weightUnit)
	}
	if d.pos != len(body) {
		return fmt.Errorf("%d bytes after the last feature", len(body)-d.pos)
	}
	m.keys = string(keys)
	m.table, m.filter, m.idxMask = buildIndex(m.keys, m.off)
	m.mask = uint64(len(m.table) - 1)
	return nil
}

// decodeV2 reads the arrays of a version 2 file, in place where it can,
// and with check checks what look-ups rely on: offsets within the keys,
// table entries naming features, an empty slot to end every probe.
func (m *Model) decodeV2(d *decoder, n int, check bool) error {
	nkeys, lsize := d.uvarint(), d.uvarint()
	if d.err != nil {
		return fmt.Errorf("header: %w", d.err)
	}
	if nkeys > uint64(len(d.b)) || lsize > 31 || 1<<lsize != tableSize(n) {
		return fmt.Errorf("bad sizes: %d bytes of keys, table of 2^%d for %d features", nkeys, lsize, n)
	}
	size := 1 << lsize
	section := func(what string, length int) ([]byte, error) {
		if d.pos = (d.pos + 7) &^ 7; d.pos > len(d.b) {
			return nil, fmt.Errorf("%s: past the end", what)
		}
		b := d.bytes(uint64(length))
		if d.err != nil {
			return nil, fmt.Errorf("%s: %w", what, d.err)
		}
		return b, nil
	}
	keys, err := section("keys", int(nkeys))
	if err != nil {
		return err
	}
	off, err := section("offsets", 4*(n+1))
	if err != nil {
		return err
	}
	w, err := section("weights", 4*n)
	if err != nil {
		return err
	}
	table, err := section("table", 4*size)
	if err != nil {
		return err
	}
	filter, err := section("filter", filterBits/8)
	if err != nil {
		return err
	}
	if d.pos != len(d.b) {
		return fmt.Errorf("%d bytes after the filter", len(d.b)-d.pos)
	}
	m.keys = unsafe.String(unsafe.SliceData(keys), len(keys))
	m.off = viewArray[uint32](off)
	m.w = viewArray[float32](w)
	m.table = viewArray[uint32](table)
	m.filter = viewArray[uint64](filter)
	m.mask = uint64(size - 1)
	m.idxMask = idxMaskFor(n)
	if !check {
		return nil
	}
	if m.off[0] != 0 || m.off[n] != uint32(len(keys)) {
		return fmt.Errorf("offsets do not span the %d bytes of keys", len(keys))
	}
	for i := range n {
		if m.off[i] >= m.off[i+1] {
			return fmt.Errorf("feature %d is empty or out of place", i)
		}
	}
	used := 0
	for _, e := range m.table {
		if e == 0 {
			continue
		}
		if i := e & m.idxMask; i == 0 || i > uint32(n) {
			return fmt.Errorf("index table names feature %d of %d", i, n)
		}
		used++
	}
	if used != n {
		return fmt.Errorf("index table holds %d features, not %d", used, n)
	}
	return nil
}

// littleEndian reports whether the machine stores integers as the model
// file does, so that its arrays can be read in place.
var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// viewArray returns b as a slice of T: b itself when the machine is
// little-endian and b is aligned for T, else a decoded copy.
func viewArray[T uint32 | uint64 | float32](b []byte) []T {
	var zero T
	sz := int(unsafe.Sizeof(zero))
	n := len(b) / sz
	if n == 0 {
		return []T{}
	}
	if littleEndian && uintptr(unsafe.Pointer(unsafe.SliceData(b)))%uintptr(sz) == 0 {
		return unsafe.Slice((*T)(unsafe.Pointer(unsafe.SliceData(b))), n)
	}
	out := make([]T, n)
	for i := range out {
		switch p := any(&out[i]).(type) {
		case *uint32:
			*p = binary.LittleEndian.Uint32(b[4*i:])
		case *float32:
			*p = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
		case *uint64:
			*p = binary.LittleEndian.Uint64(b[8*i:])
		}
	}
	return out
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
