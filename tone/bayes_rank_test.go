package tone

import "testing"

// TestSortNetworks checks rankKeys' sorting networks on every input of
// zeros and ones: by the 0-1 principle, a comparator network that sorts
// those sorts every input.
func TestSortNetworks(t *testing.T) {
	for bits := range 1 << 8 {
		var b [8]uint64
		for i := range b {
			b[i] = uint64(bits >> i & 1)
		}
		sortDesc8(&b)
		for i := 1; i < len(b); i++ {
			if b[i-1] < b[i] {
				t.Fatalf("sortDesc8 of %08b: %v", bits, b)
			}
		}
	}
	for bits := range 1 << 16 {
		var b [16]uint64
		for i := range b {
			b[i] = uint64(bits >> i & 1)
		}
		sortDesc16(&b)
		for i := 1; i < len(b); i++ {
			if b[i-1] < b[i] {
				t.Fatalf("sortDesc16 of %016b: %v", bits, b)
			}
		}
	}
}
