package main

import (
	"context"
	"errors"
)

// runFit is not built yet; its issue replaces this file.
func runFit(ctx context.Context, e *env, args []string) error {
	return errors.New("fit: not implemented yet")
}
