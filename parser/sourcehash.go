package parser

import (
	"embed"
	"sync"

	"github.com/py2goasync/py2goasync/internal/srchash"
)

// sources is the parser's own code: its hash keys the caches of translated
// modules, so they are reused by every build of the tool (and test binary)
// that translates the same way.
//
//go:embed *.go
var sources embed.FS

// SourceHash identifies the parser's code.
var SourceHash = sync.OnceValue(func() string { return srchash.Of(sources) })
