package main

import (
	"context"
	"errors"
)

// runServe is not built yet; its issue replaces this file.
func runServe(ctx context.Context, e *env, args []string) error {
	return errors.New("serve: not implemented yet")
}
