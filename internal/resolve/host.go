// Package resolve finds the modules a Python program imports, as CPython
// would find them: the script's directory, PYTHONPATH, then the host
// interpreter's standard library and site-packages, with the runtime's Go
// modules standing where CPython's built-in and extension modules stand.
package resolve

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Host describes the CPython installation whose pure-Python library the
// program may import.
type Host struct {
	Executable string   // the interpreter that was asked
	Version    string   // "3.11.7"
	Stdlib     string   // its pure-Python standard library directory
	Path       []string // its sys.path after the script directory
	// DynLoad holds the extension-module directories (lib-dynload).
	DynLoad []string
	// Builtin are the modules compiled into the interpreter
	// (sys.builtin_module_names): they are found before sys.path.
	Builtin []string
	// ExtSuffixes are the file suffixes of extension modules.
	ExtSuffixes []string
	// Preloaded are the top-level modules in sys.modules when a program
	// starts (os, stat, codecs, _collections_abc, ...): the interpreter
	// imported them before the script's directory joined sys.path, so a
	// program's own file of such a name never stands for them.
	Preloaded []string
}

// hostQuery prints, as JSON, what FindHost needs to know. -E keeps the
// user's PYTHONPATH out of the host's own path (it is added separately).
// sys.modules is read before the query imports anything itself.
const hostQuery = `import sys
pre = [n for n in sys.modules if "." not in n and n != "__main__"]
import sysconfig, json, importlib.machinery as m
p = sysconfig.get_paths()
print(json.dumps({"Version": "%d.%d.%d" % sys.version_info[:3], "Stdlib": p["stdlib"],
  "Path": [x for x in sys.path[1:] if x], "Builtin": list(sys.builtin_module_names),
  "ExtSuffixes": m.EXTENSION_SUFFIXES, "Preloaded": sorted(pre),
  "DynLoad": [x for x in sys.path if x.endswith("lib-dynload")]}))`

// hostCacheVersion names the cached answers' format (answers cached by an
// older hostQuery lack fields).
const hostCacheVersion = "2"

// ErrNoHost is returned when no Python interpreter can be found.
var ErrNoHost = errors.New("no host Python found")

// FindHost locates the host interpreter: explicit (a --python flag), else
// $PY2GOASYNC_PYTHON, else python3.11, else python3. cacheDir, when not
// empty, keeps the answer between runs (asking Python costs tens of
// milliseconds). warn receives a warning when the version is not 3.11.
func FindHost(explicit, cacheDir string, warn func(string)) (*Host, error) {
	candidates := []string{explicit}
	if explicit == "" {
		candidates = []string{os.Getenv("PY2GOASYNC_PYTHON"), "python3.11", "python3"}
	}
	for _, c := range candidates {
		if c == "" {
			continue
		}
		exe, err := exec.LookPath(c)
		if err != nil {
			if explicit != "" || c == os.Getenv("PY2GOASYNC_PYTHON") {
				return nil, fmt.Errorf("host Python %s: %v", c, errors.Unwrap(err))
			}
			continue
		}
		h, err := queryHost(exe, cacheDir)
		if err != nil {
			if explicit != "" {
				return nil, err
			}
			continue
		}
		if !strings.HasPrefix(h.Version, "3.11.") && warn != nil {
			warn(fmt.Sprintf("host Python %s is version %s, not 3.11: its standard library may not match the runtime", exe, h.Version))
		}
		return h, nil
	}
	return nil, ErrNoHost
}

func queryHost(exe, cacheDir string) (*Host, error) {
	var cacheFile string
	if cacheDir != "" {
		if st, err := os.Stat(exe); err == nil {
			// pyenv shims select the interpreter by these variables.
			key := fmt.Sprintf("%s\x00%d\x00%d\x00%s\x00%s", exe, st.Size(), st.ModTime().UnixNano(), os.Getenv("PYENV_VERSION"), os.Getenv("PYENV_ROOT"))
			sum := sha256.Sum256([]byte(key))
			cacheFile = filepath.Join(cacheDir, "host"+hostCacheVersion+"-"+hex.EncodeToString(sum[:8])+".json")
			if data, err := os.ReadFile(cacheFile); err == nil {
				var h Host
				if json.Unmarshal(data, &h) == nil && h.Stdlib != "" {
					if _, err := os.Stat(h.Stdlib); err == nil {
						return &h, nil
					}
				}
			}
		}
	}
	out, err := exec.Command(exe, "-E", "-c", hostQuery).Output()
	if err != nil {
		return nil, fmt.Errorf("host Python %s: %v", exe, err)
	}
	var h Host
	if err := json.Unmarshal(out, &h); err != nil {
		return nil, fmt.Errorf("host Python %s: unexpected answer: %v", exe, err)
	}
	h.Executable = exe
	if cacheFile != "" {
		if data, err := json.Marshal(&h); err == nil {
			os.MkdirAll(cacheDir, 0o755)
			tmp := cacheFile + ".tmp" + fmt.Sprint(os.Getpid())
			if os.WriteFile(tmp, data, 0o644) == nil {
				os.Rename(tmp, cacheFile)
			}
		}
	}
	return &h, nil
}
