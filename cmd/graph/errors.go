package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

// Exit codes. Every failure maps to one of them here and nowhere else.
const (
	exitOK       = 0
	exitFailure  = 1 // the command could not do its work (store unreachable, bad config ...)
	exitUsage    = 2 // the command line is wrong
	exitPartial  = 3 // the command ran, but some inputs failed (named on stderr)
	exitNotFound = 4 // a name or id given on the command line matches nothing
	exitCanceled = 130
)

// usageError is a mistake on the command line.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usageErrorf(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// partialError reports that some inputs failed while the others were processed.
type partialError struct {
	Failed, Total int
	What          string // "articles"
}

func (e *partialError) Error() string {
	return fmt.Sprintf("%d of %d %s failed (see the messages above)", e.Failed, e.Total, e.What)
}

// notFoundError reports names that match nothing, with close matches when there are some.
type notFoundError struct {
	What, Name string
	Suggest    []string
}

func (e *notFoundError) Error() string {
	msg := fmt.Sprintf("no %s matches %q", e.What, e.Name)
	if len(e.Suggest) > 0 {
		msg += "; did you mean " + strings.Join(quoteAll(e.Suggest), ", ") + "?"
	}
	return msg
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = fmt.Sprintf("%q", s)
	}
	return out
}

// exitCode maps an error to the process exit code.
func exitCode(err error) int {
	if err == nil {
		return exitOK
	}
	var (
		usage    *usageError
		partial  *partialError
		notFound *notFoundError
	)
	switch {
	case errors.As(err, &usage):
		return exitUsage
	case errors.As(err, &partial):
		return exitPartial
	case errors.As(err, &notFound):
		return exitNotFound
	case errors.Is(err, context.Canceled):
		return exitCanceled
	case isCobraUsage(err):
		return exitUsage
	}
	return exitFailure
}

// isCobraUsage recognises cobra's own argument errors, which it returns as plain errors.
func isCobraUsage(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "accepts ", "requires at least", "requires at most", "unknown flag", "unknown shorthand flag", "invalid argument"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}
