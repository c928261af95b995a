//go:build !linux

package tone

// hugePagesAdvised tells whether adviseHuge asks for huge pages: only on
// Linux.
const hugePagesAdvised = false

// adviseHuge does nothing outside Linux.
func adviseHuge([]byte) {}
