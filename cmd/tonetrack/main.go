// Command tonetrack tracks the tone of public rhetoric: it extracts
// attributed statements from articles, scores them, follows each speaker over
// time and exports the scores as Prometheus metrics.
//
// Run "tonetrack help" for the subcommands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	e := &env{
		stdin:  os.Stdin,
		stdout: os.Stdout,
		stderr: os.Stderr,
		log:    slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: logLevel()})),
	}
	err := Run(ctx, e, os.Args[1:])
	stop()
	switch {
	case err == nil:
	case errors.Is(err, flag.ErrHelp):
		os.Exit(2)
	case errors.Is(err, errPartial):
		// The command already reported each failure on stderr.
		os.Exit(1)
	default:
		fmt.Fprintf(os.Stderr, "tonetrack: %v\n", err)
		os.Exit(1)
	}
}

func logLevel() slog.Level {
	var l slog.Level
	if v := os.Getenv("TONETRACK_LOG_LEVEL"); v != "" {
		if err := l.UnmarshalText([]byte(v)); err != nil {
			fmt.Fprintf(os.Stderr, "tonetrack: TONETRACK_LOG_LEVEL: %v\n", err)
		}
	}
	return l
}
