package cli

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/py2goasync/py2goasync/internal/driver"
)

// programFlags choose the program and where its library comes from; the
// translating commands share them.
type programFlags struct {
	module string // -m: run a module or package as python3 -m does
	python string // --python: the host interpreter
	noHost bool   // --no-host: the runtime's own modules only
	strict bool   // --strict: warnings are errors
	// Go's build flags, passed to go build.
	race, trimpath         bool
	ldflags, tags, gcflags string
}

// goBuildFlags are the Go build flags build and run accept, spelt as go
// spells them (one dash); Main rewrites them to pflag's two dashes.
var goBuildFlags = []string{"race", "trimpath", "ldflags", "tags", "gcflags"}

// goFlags are the flags for go build.
func (pf *programFlags) goFlags() []string {
	var out []string
	if pf.race {
		out = append(out, "-race")
	}
	if pf.trimpath {
		out = append(out, "-trimpath")
	}
	if pf.ldflags != "" {
		out = append(out, "-ldflags="+pf.ldflags)
	}
	if pf.tags != "" {
		out = append(out, "-tags="+pf.tags)
	}
	if pf.gcflags != "" {
		out = append(out, "-gcflags="+pf.gcflags)
	}
	return out
}

// registerGo adds Go's build flags (build and run).
func (pf *programFlags) registerGo(fs *pflag.FlagSet) {
	fs.BoolVar(&pf.race, "race", false, "build with Go's race detector (needs cgo and a C compiler)")
	fs.BoolVar(&pf.trimpath, "trimpath", false, "go build -trimpath")
	fs.StringVar(&pf.ldflags, "ldflags", "", "go build -ldflags")
	fs.StringVar(&pf.tags, "tags", "", "go build -tags")
	fs.StringVar(&pf.gcflags, "gcflags", "", "go build -gcflags")
}

// goStyleFlags rewrites Go's one-dash spelling of its build flags
// (-race, -ldflags=...) into pflag's (--race, --ldflags=...). run parses its
// own flags (what follows its file belongs to the program).
func goStyleFlags(args []string) []string {
	if len(args) > 0 && args[0] == "run" {
		return args
	}
	out := append([]string(nil), args...)
	for i, a := range out {
		name, _, _ := strings.Cut(strings.TrimPrefix(a, "-"), "=")
		for _, f := range goBuildFlags {
			if name == f && strings.HasPrefix(a, "-") && !strings.HasPrefix(a, "--") {
				out[i] = "-" + a
			}
		}
	}
	return out
}

func (pf *programFlags) register(fs *pflag.FlagSet) {
	fs.StringVarP(&pf.module, "module", "m", "", "run a module or package's __main__ (as python3 -m), with sys.path[0] the current directory")
	fs.StringVar(&pf.python, "python", "", "the host Python whose standard library and site-packages are translated (default: $PY2GOASYNC_PYTHON, python3.11, python3)")
	fs.BoolVar(&pf.noHost, "no-host", false, "use no host Python: only the runtime's own modules can be imported")
	fs.BoolVar(&pf.strict, "strict", false, "treat warnings (unresolved imports, untranslatable library modules) as errors")
}

// config is the driver's configuration for a program given by file (or
// by -m).
func (pf *programFlags) config(file string, stderr io.Writer) driver.Config {
	return driver.Config{Script: file, Module: pf.module, Python: pf.python, NoHost: pf.noHost, Strict: pf.strict, Stderr: stderr, GoFlags: pf.goFlags()}
}

// programArg checks the command line of a command that takes a program:
// one file or directory, or none with -m.
func programArg(pf *programFlags, rest bool) cobra.PositionalArgs {
	files := fileArg(rest)
	return func(cmd *cobra.Command, args []string) error {
		if pf.module != "" {
			if len(args) > 0 && !rest {
				return usageError{cmd: cmd, msg: fmt.Sprintf("%s: -m takes the place of the file, got %q too", cmd.Name(), args[0])}
			}
			return nil
		}
		return files(cmd, args)
	}
}

// checkProgram checks that the program's file (or directory) exists before
// the pipeline starts.
func checkProgram(cmd *cobra.Command, pf *programFlags, file string) error {
	if pf.module != "" {
		return nil
	}
	if st, err := os.Stat(file); err == nil && st.IsDir() {
		return nil
	}
	return readable(cmd, file)
}

// parseRunFlags parses the flags run takes before the file: its own
// arguments after the file go to the program untouched.
func parseRunFlags(cmd *cobra.Command, pf *programFlags, args []string) ([]string, error) {
	for len(args) > 0 && strings.HasPrefix(args[0], "-") {
		a := args[0]
		name, value, hasValue := strings.Cut(a, "=")
		takeValue := func() (string, error) {
			if hasValue {
				args = args[1:]
				return value, nil
			}
			if len(args) < 2 {
				return "", usageError{cmd: cmd, msg: "run: flag needs an argument: " + name}
			}
			v := args[1]
			args = args[2:]
			return v, nil
		}
		var err error
		switch name {
		case "-m", "--module":
			if pf.module, err = takeValue(); err != nil {
				return nil, err
			}
			// Everything after -m NAME belongs to the program.
			return args, nil
		case "--python":
			if pf.python, err = takeValue(); err != nil {
				return nil, err
			}
		case "--no-host":
			pf.noHost = true
			args = args[1:]
		case "--race", "-race":
			pf.race = true
			args = args[1:]
		case "--trimpath", "-trimpath":
			pf.trimpath = true
			args = args[1:]
		case "--ldflags", "-ldflags":
			if pf.ldflags, err = takeValue(); err != nil {
				return nil, err
			}
		case "--tags", "-tags":
			if pf.tags, err = takeValue(); err != nil {
				return nil, err
			}
		case "--gcflags", "-gcflags":
			if pf.gcflags, err = takeValue(); err != nil {
				return nil, err
			}
		case "--strict":
			pf.strict = true
			args = args[1:]
		case "--":
			return args[1:], nil
		default:
			return nil, usageError{cmd: cmd, msg: "run: unknown flag " + a + " (flags for the program go after the file)"}
		}
	}
	return args, nil
}

func newDepsCmd(stdout, stderr io.Writer) *cobra.Command {
	pf := &programFlags{}
	cmd := &cobra.Command{
		Use:   "deps [flags] FILE.py",
		Short: "Print the program's module graph and where each module comes from",
		Long: `deps resolves every import of the program as the build does and prints each
module with where it comes from (program, host stdlib, site-packages,
runtime, C extension, missing) and the modules it imports.`,
		Args:          programArg(pf, false),
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			file := ""
			if len(args) > 0 {
				file = args[0]
			}
			if err := checkProgram(cmd, pf, file); err != nil {
				return err
			}
			if err := driver.Deps(pf.config(file, stderr), stdout); err != nil {
				return report(stderr, err, file)
			}
			return nil
		},
	}
	pf.register(cmd.Flags())
	return cmd
}
