package parser

import (
	"os"
	"path/filepath"
	"testing"
)

func benchFiles(b *testing.B) [][]byte {
	files, _ := filepath.Glob("../../shared/corpus/seed/*.py")
	if len(files) == 0 {
		files, _ = filepath.Glob("/work/shared/corpus/seed/*.py")
	}
	if dir := os.Getenv("PARSER_BENCH_DIR"); dir != "" {
		files = nil
		filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err == nil && d.IsDir() && d.Name() == "site-packages" {
				return filepath.SkipDir
			}
			if err == nil && !d.IsDir() && filepath.Ext(p) == ".py" {
				files = append(files, p)
			}
			return nil
		})
	}
	if len(files) == 0 {
		b.Skip("no Python files")
	}
	var srcs [][]byte
	for _, f := range files {
		if s, err := os.ReadFile(f); err == nil {
			srcs = append(srcs, s)
		}
	}
	return srcs
}

// BenchmarkParse parses the seed corpus (or every .py file under
// $PARSER_BENCH_DIR) once per iteration; MB/s is source bytes parsed.
func BenchmarkParse(b *testing.B) {
	srcs := benchFiles(b)
	n := 0
	for _, s := range srcs {
		n += len(s)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range srcs {
			ParseFile("bench.py", s)
		}
	}
}
