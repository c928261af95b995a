package tone

import "syscall"

// hugePagesAdvised tells whether adviseHuge asks for huge pages.
const hugePagesAdvised = true

// adviseHuge asks Linux to back b with transparent huge pages
// (madvise MADV_HUGEPAGE; the default "madvise" mode of most systems
// gives them only to memory so advised). It is advice: when the kernel
// refuses it (huge pages off, an old kernel), b works as it is, only
// without the fewer TLB misses, so the error is of no use to the caller.
func adviseHuge(b []byte) {
	_ = syscall.Madvise(b, syscall.MADV_HUGEPAGE)
}
