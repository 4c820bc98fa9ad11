package driver

import (
	"os"
	"path/filepath"
	"testing"
)

// TestGoResolverSuffices: programs link statically (CGO_ENABLED=0) only
// when the host's hosts line names sources Go's resolver implements.
func TestGoResolverSuffices(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		conf string
		want bool
	}{
		{"hosts: files dns\n", true},
		{"passwd: files systemd\nhosts:          files dns\nnetworks: files\n", true},
		{"hosts: files [NOTFOUND=return] dns # comment mdns\n", true},
		{"# hosts: files mdns4_minimal\n", true},
		{"passwd: files\n", true},
		{"hosts: files mdns4_minimal [NOTFOUND=return] dns\n", false},
		{"hosts: files myhostname dns\n", false},
		{"hosts: resolve [!UNAVAIL=return] files dns\n", false},
		{"hosts: files sss dns\n", false},
	} {
		f := filepath.Join(dir, "nsswitch.conf")
		if err := os.WriteFile(f, []byte(c.conf), 0o644); err != nil {
			t.Fatal(err)
		}
		if got := goResolverSuffices(f); got != c.want {
			t.Errorf("goResolverSuffices(%q) = %v, want %v", c.conf, got, c.want)
		}
	}
	if !goResolverSuffices(filepath.Join(dir, "missing")) {
		t.Error("a missing nsswitch.conf means files dns")
	}
}

func TestGoEnvCgo(t *testing.T) {
	hasCgo0 := func(env []string) bool {
		for _, e := range env {
			if e == "CGO_ENABLED=0" {
				return true
			}
		}
		return false
	}
	t.Setenv("GOFLAGS", "")
	t.Setenv("CGO_ENABLED", "")
	os.Unsetenv("CGO_ENABLED")
	static := goResolverSuffices("/etc/nsswitch.conf")
	if got := hasCgo0(goEnv(nil)); got != static {
		t.Errorf("goEnv(nil) CGO_ENABLED=0: %v, want %v", got, static)
	}
	for _, flags := range [][]string{{"-race"}, {"--race"}, {"-msan"}, {"-asan"}, {"-tags=x", "-race"}} {
		if hasCgo0(goEnv(flags)) {
			t.Errorf("goEnv(%q) disables cgo", flags)
		}
	}
	t.Setenv("GOFLAGS", "-race")
	if hasCgo0(goEnv(nil)) {
		t.Error("GOFLAGS=-race: cgo disabled")
	}
	t.Setenv("GOFLAGS", "")
	t.Setenv("CGO_ENABLED", "1")
	if hasCgo0(goEnv(nil)) {
		t.Error("the user's CGO_ENABLED=1 overridden")
	}
}

func TestGoExperiment(t *testing.T) {
	for _, c := range []struct {
		user   string
		recent bool
		want   string
		ok     bool
	}{
		{"", true, "sizespecializedmalloc", true},
		{"arenas", true, "arenas,sizespecializedmalloc", true},
		{"nosizespecializedmalloc", true, "", false},
		{"sizespecializedmalloc,arenas", true, "", false},
		{"", false, "", false},
	} {
		if got, ok := withExperiment(c.user, c.recent); got != c.want || ok != c.ok {
			t.Errorf("withExperiment(%q, %v) = %q, %v; want %q, %v", c.user, c.recent, got, ok, c.want, c.ok)
		}
	}
	for v, want := range map[string]bool{"go1.26.8": true, "go1.26rc1": true, "go1.27": true, "go2.0": true,
		"go1.25.3": false, "go1.24": false, "devel go1.27-abcdef": true, "go": true} {
		if got := versionAtLeast(v, 1, 26); got != want {
			t.Errorf("versionAtLeast(%q, 1, 26) = %v, want %v", v, got, want)
		}
	}
}
