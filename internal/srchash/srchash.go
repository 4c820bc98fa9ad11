// Package srchash hashes a package's embedded Go sources (tests left out),
// so that caches of what that code produces are keyed by the code itself.
package srchash

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"strings"
)

// Of returns a short hash of the .go files in sources, in path order.
func Of(sources embed.FS) string {
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
	return hex.EncodeToString(h.Sum(nil))[:16]
}
