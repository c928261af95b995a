package main

import (
	"context"
	"errors"
)

// runTrain is not built yet; its issue replaces this file.
func runTrain(ctx context.Context, e *env, args []string) error {
	return errors.New("train: not implemented yet")
}
