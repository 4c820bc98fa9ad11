package resolve

import (
	"embed"
	"sync"

	"github.com/py2goasync/py2goasync/internal/srchash"
)

// sources is the resolver's own code: a build cached with one resolver must
// not be reused by a tool that would resolve the program's imports
// differently.
//
//go:embed *.go
var sources embed.FS

// SourceHash identifies the resolver's code.
var SourceHash = sync.OnceValue(func() string { return srchash.Of(sources) })
