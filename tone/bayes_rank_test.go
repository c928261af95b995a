package tone

import "testing"

// TestSortNetworks checks rankKeys' sorting networks on every input of
// zeros and ones: by the 0-1 principle, a comparator network that sorts
// those sorts every input.
func TestSortNetworks(t *testing.T) {
	check := func(name string, n int, sort func([]uint64)) {
		for bits := range 1 << n {
			b := make([]uint64, n)
			for i := range b {
				b[i] = uint64(bits >> i & 1)
			}
			sort(b)
			for i := 1; i < n; i++ {
				if b[i-1] < b[i] {
					t.Fatalf("%s of %0*b: %v", name, n, bits, b)
				}
			}
		}
	}
	check("sortDesc8", 8, func(b []uint64) { sortDesc8((*[8]uint64)(b)) })
	check("sortDesc16", 16, func(b []uint64) { sortDesc16((*[16]uint64)(b)) })
}
