package translate

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"strings"
	"sync"
)

// sources is the translator's own code: its hash keys the caches of
// translated modules, so that they are reused across builds of the tool
// (and test binaries) that translate the same way.
//
//go:embed *.go
var sources embed.FS

var (
	sourceHashOnce sync.Once
	sourceHash     string
)

// SourceHash identifies the translator's code.
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
