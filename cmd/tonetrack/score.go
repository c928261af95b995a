package main

import (
	"context"
	"errors"
)

// runScore is not built yet; its issue replaces this file.
func runScore(ctx context.Context, e *env, args []string) error {
	return errors.New("score: not implemented yet")
}
