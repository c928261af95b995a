package main

import (
	"context"
	"errors"
)

// runExtract is not built yet; its issue replaces this file.
func runExtract(ctx context.Context, e *env, args []string) error {
	return errors.New("extract: not implemented yet")
}
