//go:build unix

package graph_test

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time (user and system) the process has used: the benchmarks
// report it per operation beside the wall time, which other processes on a busy machine
// stretch.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
