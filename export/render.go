package export

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strings"
)

// ErrNoGraphviz is returned when a picture is asked for and Graphviz's dot program is not
// installed.
var ErrNoGraphviz = errors.New("drawing a picture needs Graphviz's dot program, which is not installed: " +
	"install the Debian/Ubuntu package graphviz (apt-get install graphviz), or brew install graphviz on macOS")

// Render draws the graph as a picture by piping the DOT output into Graphviz's dot
// program. Graphviz holds the whole graph in memory to lay it out: pictures are for
// small graphs (use the projection's --around, --types and --min-weight options).
type Render struct {
	// Format is a Graphviz output format: png, svg, pdf ...
	Format string
	// Layout is the Graphviz layout engine: dot, neato, fdp, sfdp, circo, twopi. Empty
	// means neato, which suits networks better than dot's layers.
	Layout string
	// Program is the path of the dot program; empty means "dot" on $PATH.
	Program string
}

// SetLayout chooses the Graphviz layout engine.
func (r *Render) SetLayout(engine string) { r.Layout = engine }

// Write draws g and writes the picture to w.
func (r *Render) Write(ctx context.Context, w io.Writer, g Graph) error {
	prog := r.Program
	if prog == "" {
		prog = "dot"
	}
	path, err := exec.LookPath(prog)
	if err != nil {
		return fmt.Errorf("%s: %w", r.Format, ErrNoGraphviz)
	}
	layout := r.Layout
	if layout == "" {
		layout = "neato"
	}
	for _, c := range layout {
		if !(c >= 'a' && c <= 'z') {
			return fmt.Errorf("%s: bad layout engine %q", r.Format, layout)
		}
	}
	cmd := exec.CommandContext(ctx, path, "-T"+r.Format, "-K"+layout)
	var stderr bytes.Buffer
	cmd.Stdout = w
	cmd.Stderr = &stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return fmt.Errorf("%s: %w", r.Format, err)
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("%s: start %s: %w", r.Format, path, err)
	}
	werr := DOT{}.Write(ctx, stdin, g)
	if cerr := stdin.Close(); werr == nil {
		werr = cerr
	}
	if err := cmd.Wait(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		return fmt.Errorf("%s: graphviz %s -T%s: %w: %s", r.Format, path, r.Format, err, msg)
	}
	if werr != nil {
		return fmt.Errorf("%s: %w", r.Format, werr)
	}
	return nil
}
