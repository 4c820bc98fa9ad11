// Package runtime embeds the Go source of the Python runtime (py, asyncio,
// stdlib, ...) so the py2goasync binary can write it next to every program
// it translates: generated programs build offline with only the Go
// toolchain. The runtime packages themselves live in the subdirectories.
package runtime

import "embed"

// Source holds the runtime's Go packages (the driver skips tests when it
// copies the tree) and the tool's own Python modules under python/, which
// are translated like the host's standard library ("all:" because their
// names start with _, which a directory pattern leaves out).
//
//go:embed asyncio py pyeval stdlib all:python
var Source embed.FS
