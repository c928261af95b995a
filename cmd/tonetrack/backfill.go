package main

import (
	"context"
	"errors"
)

// runBackfill is not built yet; its issue replaces this file.
func runBackfill(ctx context.Context, e *env, args []string) error {
	return errors.New("backfill: not implemented yet")
}
