package tone

// The sorting networks of rankKeys, written out (Batcher's odd-even merge
// sort: the comparators of the standard construction, in order).
// TestSortNetworks checks them on every input of zeros and ones, which by
// the 0-1 principle proves that they sort every input.

// sortDesc8 sorts b, greatest first, with Batcher's odd-even merge
// sorting network (19 compare-exchanges, each a min and a max: no
// branch).
func sortDesc8(b *[8]uint64) {
	a0, a1, a2, a3, a4, a5, a6, a7 := b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]
	a0, a1 = max(a0, a1), min(a0, a1)
	a2, a3 = max(a2, a3), min(a2, a3)
	a4, a5 = max(a4, a5), min(a4, a5)
	a6, a7 = max(a6, a7), min(a6, a7)
	a0, a2 = max(a0, a2), min(a0, a2)
	a1, a3 = max(a1, a3), min(a1, a3)
	a4, a6 = max(a4, a6), min(a4, a6)
	a5, a7 = max(a5, a7), min(a5, a7)
	a1, a2 = max(a1, a2), min(a1, a2)
	a5, a6 = max(a5, a6), min(a5, a6)
	a0, a4 = max(a0, a4), min(a0, a4)
	a1, a5 = max(a1, a5), min(a1, a5)
	a2, a6 = max(a2, a6), min(a2, a6)
	a3, a7 = max(a3, a7), min(a3, a7)
	a2, a4 = max(a2, a4), min(a2, a4)
	a3, a5 = max(a3, a5), min(a3, a5)
	a1, a2 = max(a1, a2), min(a1, a2)
	a3, a4 = max(a3, a4), min(a3, a4)
	a5, a6 = max(a5, a6), min(a5, a6)
	*b = [8]uint64{a0, a1, a2, a3, a4, a5, a6, a7}
}

// sortDesc16 sorts b, greatest first, with Batcher's odd-even merge
// sorting network (63 compare-exchanges, each a min and a max: no
// branch).
func sortDesc16(b *[16]uint64) {
	a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15 := b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]
	a0, a1 = max(a0, a1), min(a0, a1)
	a2, a3 = max(a2, a3), min(a2, a3)
	a4, a5 = max(a4, a5), min(a4, a5)
	a6, a7 = max(a6, a7), min(a6, a7)
	a8, a9 = max(a8, a9), min(a8, a9)
	a10, a11 = max(a10, a11), min(a10, a11)
	a12, a13 = max(a12, a13), min(a12, a13)
	a14, a15 = max(a14, a15), min(a14, a15)
	a0, a2 = max(a0, a2), min(a0, a2)
	a1, a3 = max(a1, a3), min(a1, a3)
	a4, a6 = max(a4, a6), min(a4, a6)
	a5, a7 = max(a5, a7), min(a5, a7)
	a8, a10 = max(a8, a10), min(a8, a10)
	a9, a11 = max(a9, a11), min(a9, a11)
	a12, a14 = max(a12, a14), min(a12, a14)
	a13, a15 = max(a13, a15), min(a13, a15)
	a1, a2 = max(a1, a2), min(a1, a2)
	a5, a6 = max(a5, a6), min(a5, a6)
	a9, a10 = max(a9, a10), min(a9, a10)
	a13, a14 = max(a13, a14), min(a13, a14)
	a0, a4 = max(a0, a4), min(a0, a4)
	a1, a5 = max(a1, a5), min(a1, a5)
	a2, a6 = max(a2, a6), min(a2, a6)
	a3, a7 = max(a3, a7), min(a3, a7)
	a8, a12 = max(a8, a12), min(a8, a12)
	a9, a13 = max(a9, a13), min(a9, a13)
	a10, a14 = max(a10, a14), min(a10, a14)
	a11, a15 = max(a11, a15), min(a11, a15)
	a2, a4 = max(a2, a4), min(a2, a4)
	a3, a5 = max(a3, a5), min(a3, a5)
	a10, a12 = max(a10, a12), min(a10, a12)
	a11, a13 = max(a11, a13), min(a11, a13)
	a1, a2 = max(a1, a2), min(a1, a2)
	a3, a4 = max(a3, a4), min(a3, a4)
	a5, a6 = max(a5, a6), min(a5, a6)
	a9, a10 = max(a9, a10), min(a9, a10)
	a11, a12 = max(a11, a12), min(a11, a12)
	a13, a14 = max(a13, a14), min(a13, a14)
	a0, a8 = max(a0, a8), min(a0, a8)
	a1, a9 = max(a1, a9), min(a1, a9)
	a2, a10 = max(a2, a10), min(a2, a10)
	a3, a11 = max(a3, a11), min(a3, a11)
	a4, a12 = max(a4, a12), min(a4, a12)
	a5, a13 = max(a5, a13), min(a5, a13)
	a6, a14 = max(a6, a14), min(a6, a14)
	a7, a15 = max(a7, a15), min(a7, a15)
	a4, a8 = max(a4, a8), min(a4, a8)
	a5, a9 = max(a5, a9), min(a5, a9)
	a6, a10 = max(a6, a10), min(a6, a10)
	a7, a11 = max(a7, a11), min(a7, a11)
	a2, a4 = max(a2, a4), min(a2, a4)
	a3, a5 = max(a3, a5), min(a3, a5)
	a6, a8 = max(a6, a8), min(a6, a8)
	a7, a9 = max(a7, a9), min(a7, a9)
	a10, a12 = max(a10, a12), min(a10, a12)
	a11, a13 = max(a11, a13), min(a11, a13)
	a1, a2 = max(a1, a2), min(a1, a2)
	a3, a4 = max(a3, a4), min(a3, a4)
	a5, a6 = max(a5, a6), min(a5, a6)
	a7, a8 = max(a7, a8), min(a7, a8)
	a9, a10 = max(a9, a10), min(a9, a10)
	a11, a12 = max(a11, a12), min(a11, a12)
	a13, a14 = max(a13, a14), min(a13, a14)
	*b = [16]uint64{a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15}
}
