package main

import (
	"context"
	"errors"
)

// runEval is not built yet; its issue replaces this file.
func runEval(ctx context.Context, e *env, args []string) error {
	return errors.New("eval: not implemented yet")
}
