package main

import (
	"context"
	"errors"
)

// runIngest is not built yet; its issue replaces this file.
func runIngest(ctx context.Context, e *env, args []string) error {
	return errors.New("ingest: not implemented yet")
}
