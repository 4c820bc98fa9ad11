// Package runtime embeds the Go source of the Python runtime (py, asyncio,
// stdlib, ...) so the py2goasync binary can write it next to every program
// it translates: generated programs build offline with only the Go
// toolchain. The runtime packages themselves live in the subdirectories.
package runtime

import "embed"

// Source holds every file under runtime/ (the driver skips tests and this
// file when it copies the tree).
//
//go:embed *
var Source embed.FS
