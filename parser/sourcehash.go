package parser

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"strings"
	"sync"
)

// sources is the parser's own code, hashed into the keys of the caches of
// translated modules (see translate.SourceHash).
//
//go:embed *.go
var sources embed.FS

var (
	sourceHashOnce sync.Once
	sourceHash     string
)

// SourceHash identifies the parser's code.
func SourceHash() string {
	sourceHashOnce.Do(func() {
		h := sha256.New()
		fs.WalkDir(sources, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || strings.HasSuffix(p, "_test.go") {
				return err
			}
			data, err := sources.ReadFile(p)
			if err != nil {
				return err
			}
			h.Write([]byte(p + "\x00"))
			h.Write(data)
			return nil
		})
		sourceHash = hex.EncodeToString(h.Sum(nil))[:16]
	})
	return sourceHash
}
