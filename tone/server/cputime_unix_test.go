//go:build unix

package server

import "syscall"

// cpuTime is the CPU time (user and system) the process has used, in
// nanoseconds, so that benchmarks can report CPU per operation, which a
// busy shared machine does not inflate the way it does wall time.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
