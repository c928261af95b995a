package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"sort"
	"strings"
)

// env is what a subcommand may touch of the process: its streams and logger.
// Tests build one over buffers.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	log            *slog.Logger
}

// errPartial means a command went on past bad input, reported each problem on
// stderr, and must exit with status 1.
var errPartial = errors.New("some input could not be processed")

type command struct {
	summary string
	run     func(ctx context.Context, e *env, args []string) error
}

// commands is the table of subcommands; each lives in its own file.
var commands = map[string]command{
	"score":    {"score texts (JSON Lines or plain lines) on every dimension", runScore},
	"train":    {"train the Naive Bayes sentiment model from labelled JSON Lines", runTrain},
	"eval":     {"measure scores against human-labelled JSON Lines", runEval},
	"fit":      {"fit the rhetoric scorer's weights on labelled dev data", runFit},
	"extract":  {"turn articles into attributed, scored statements", runExtract},
	"serve":    {"run the HTTP API, store and /metrics", runServe},
	"ingest":   {"load statements or articles into a store or a running server", runIngest},
	"backfill": {"write stored history as OpenMetrics for promtool tsdb", runBackfill},
	"publish":  {"send statements or articles into a NATS JetStream stream", runPublish},
}

// Run runs the subcommand named by args[0].
func Run(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(e.stderr)
		if len(args) == 0 {
			return flag.ErrHelp
		}
		return nil
	}
	c, ok := commands[args[0]]
	if !ok {
		usage(e.stderr)
		return fmt.Errorf("unknown command %q", args[0])
	}
	return c.run(ctx, e, args[1:])
}

func usage(w io.Writer) {
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("usage: tonetrack COMMAND [flags] [args]\n\ncommands:\n")
	for _, n := range names {
		fmt.Fprintf(&b, "  %-9s %s\n", n, commands[n].summary)
	}
	b.WriteString("\nRun 'tonetrack COMMAND -h' for a command's flags.\n")
	io.WriteString(w, b.String())
}
