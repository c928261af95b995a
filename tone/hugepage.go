package tone

import "unsafe"

// hugePage is the size of a transparent huge page (x86-64 and arm64 with
// 4 KiB base pages); basePage that of a base page.
const (
	hugePage = 2 << 20
	basePage = 4 << 10
)

// hugeSlice returns a zeroed slice of n elements for a large table that
// Score reads at random (the word table, the Naive Bayes hash index, the
// heads). Where the system backs memory with huge pages on request
// (adviseHuge), a table of hugePage bytes or more starts at a huge page
// boundary (or within an element after it) and its pages are advised to
// be huge: a random look-up then needs one TLB entry per 2 MiB instead of
// per 4 KiB, where each miss is a page walk (two nested ones in a virtual
// machine) on top of the cache miss. The slice's array is about hugePage
// bytes longer than n elements; the part outside the slice is never
// written.
func hugeSlice[T any](n int) []T {
	var z T
	sz := int(unsafe.Sizeof(z))
	if !hugePagesAdvised || sz == 0 || sz > basePage || n*sz < hugePage {
		return make([]T, n)
	}
	all := make([]T, n+(hugePage+2*basePage)/sz+2)
	mem := unsafe.Slice((*byte)(unsafe.Pointer(&all[0])), len(all)*sz)
	p := uintptr(unsafe.Pointer(&mem[0]))
	start := int((p+hugePage-1)&^(hugePage-1) - p) // the first huge page boundary, from p
	off := (start + sz - 1) / sz
	end := (off+n)*sz + int((p+uintptr((off+n)*sz)+basePage-1)&^(basePage-1)-(p+uintptr((off+n)*sz)))
	adviseHuge(mem[start:end])
	return all[off : off+n : off+n]
}
