// Package cli implements the py2goasync command line.
//
// Conventions, as the go command has them:
//
//   - exit status 0 on success; 1 when the program cannot be translated or
//     built (diagnostics, I/O errors) — a program run by `run` exits with its
//     own status; 2 for a usage error (a missing argument, an unknown flag
//     or command), which prints the command's usage line to stderr;
//   - diagnostics are `FILE:LINE:COL: message`, one a line, FILE as typed;
//     every other error is one line starting `py2goasync: `;
//   - `py2goasync --version` and `py2goasync version` print one line:
//     `py2goasync version VERSION GOVERSION GOOS/GOARCH`.
package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/py2goasync/py2goasync/internal/driver"
	"github.com/py2goasync/py2goasync/parser"
	"github.com/py2goasync/py2goasync/translate"
)

// Version is the tool's version (set at link time with
// -ldflags=-X=github.com/py2goasync/py2goasync/internal/cli.Version=...).
var Version = "0.1.0-dev"

// Exit statuses.
const (
	exitFailure = 1 // diagnostics, I/O and build errors
	exitUsage   = 2 // bad command line
)

// versionLine is what --version and `version` print, in `go version`'s shape.
func versionLine() string {
	return fmt.Sprintf("py2goasync version %s %s %s/%s", Version, runtime.Version(), runtime.GOOS, runtime.GOARCH)
}

// exitError carries an exit status through cobra once the message (if any)
// has been printed.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// usageError is a bad command line: Main prints the message, the command's
// usage line and a pointer to its help, and exits with status 2.
type usageError struct {
	cmd *cobra.Command
	msg string
	// full prints the whole help instead of the usage line (no arguments
	// at all, as `go` does).
	full bool
}

func (e usageError) Error() string { return e.msg }

// Main runs the CLI with args and returns the process exit status.
func Main(args []string, stdout, stderr io.Writer) int {
	root := newRootCmd(stdout, stderr)
	root.SetArgs(goStyleFlags(args))
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError{cmd: c, msg: err.Error()}
	})
	err := root.Execute()
	var ee exitError
	var ue usageError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.code
	case errors.As(err, &ue):
		if ue.full {
			ue.cmd.SetOut(stderr)
			ue.cmd.Help()
			return exitUsage
		}
		if ue.msg != "" {
			fmt.Fprintf(stderr, "py2goasync: %s\n", ue.msg)
		}
		fmt.Fprintf(stderr, "usage: %s\nRun '%s --help' for details.\n", strings.TrimSuffix(ue.cmd.UseLine(), " [flags]"), ue.cmd.CommandPath())
		return exitUsage
	}
	fmt.Fprintln(stderr, "py2goasync: "+err.Error())
	return exitFailure
}

// fileArg checks the command line of a command taking one Python file
// (and, with rest, any arguments after it).
func fileArg(rest bool) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		switch {
		case len(args) == 0 && !cmd.HasParent():
			return usageError{cmd: cmd, full: true}
		case len(args) == 0:
			return usageError{cmd: cmd, msg: cmd.Name() + ": no Python file given"}
		case len(args) > 1 && !rest && !cmd.HasParent():
			if looksLikeCommand(args[0]) {
				return unknownCommand(cmd, args[0])
			}
			return usageError{cmd: cmd, msg: fmt.Sprintf("one Python file expected, got %d arguments (to pass arguments to a program: py2goasync run %s ARGS...)", len(args), args[0])}
		case len(args) > 1 && !rest:
			return usageError{cmd: cmd, msg: fmt.Sprintf("%s: one Python file expected, got %d arguments", cmd.Name(), len(args))}
		}
		return nil
	}
}

// looksLikeCommand reports whether arg, given where a file is expected, is
// more likely a misspelt command: no .py suffix, no path, and no such file.
func looksLikeCommand(arg string) bool {
	if strings.HasSuffix(arg, ".py") || strings.ContainsRune(arg, '/') || strings.ContainsRune(arg, filepath.Separator) {
		return false
	}
	_, err := os.Stat(arg)
	return err != nil
}

func unknownCommand(root *cobra.Command, name string) error {
	msg := fmt.Sprintf("unknown command %q", name)
	if s := root.SuggestionsFor(name); len(s) > 0 {
		msg += fmt.Sprintf(" (did you mean %q?)", s[0])
	}
	return usageError{cmd: root, msg: msg}
}

// readable checks that file can be read before the pipeline starts, so that
// a missing file gives Go's one-line error (`open nope.py: no such file or
// directory`), or, for a word that is no file at all, "unknown command".
func readable(cmd *cobra.Command, file string) error {
	_, err := os.ReadFile(file)
	if err == nil {
		return nil
	}
	if !cmd.HasParent() && errors.Is(err, os.ErrNotExist) && looksLikeCommand(file) {
		return unknownCommand(cmd, file)
	}
	return err
}

// report prints a pipeline error the way users should see it: syntax
// errors and unsupported constructs one per line with file:line:col, the
// main file named as the user typed it (typed; the pipeline may have made
// it absolute or relative), other files relative to the current directory
// when under it; anything else is returned for Main to print.
func report(stderr io.Writer, err error, typed string) error {
	abs, _ := filepath.Abs(typed)
	wd, _ := os.Getwd()
	name := func(f string) string {
		if a, err := filepath.Abs(f); err == nil && a == abs {
			return typed
		}
		// Other files (imported modules): relative to the current
		// directory when under it, as go shows them.
		if filepath.IsAbs(f) && wd != "" {
			if r, err := filepath.Rel(wd, f); err == nil && r != ".." && !strings.HasPrefix(r, ".."+string(filepath.Separator)) {
				return r
			}
		}
		return f
	}
	var syn parser.ErrorList
	var se *parser.SyntaxError
	var uns translate.UnsupportedError
	switch {
	case errors.Is(err, driver.ErrReported):
		// The driver printed the diagnostics itself.
	case errors.As(err, &syn):
		for _, e := range syn {
			c := *e
			c.Filename = name(c.Filename)
			fmt.Fprintln(stderr, c.Error())
		}
	case errors.As(err, &se):
		c := *se
		c.Filename = name(c.Filename)
		fmt.Fprintln(stderr, c.Error())
	case errors.As(err, &uns):
		for _, u := range uns {
			u.File = name(u.File)
			fmt.Fprintln(stderr, u.String())
		}
	default:
		return err
	}
	return exitError{exitFailure}
}

type translateOptions struct {
	outDir string
	programFlags
}

func newRootCmd(stdout, stderr io.Writer) *cobra.Command {
	opts := &translateOptions{}
	root := &cobra.Command{
		Use:   "py2goasync [-o DIR] FILE.py",
		Short: "Translate a Python 3.11 asyncio program into Go",
		Long: `py2goasync translates a Python 3.11 asyncio program into a Go program that
behaves the same way (same output, same tracebacks, same order of events)
and runs on a runtime bundled with the tool.

  py2goasync main.py            print the generated Go to stdout
  py2goasync main.py -o DIR     write a Go module to DIR (cd DIR && go build)
  py2goasync run main.py ARGS   compile and run the program
  py2goasync build main.py      compile it into an executable (./main)
  py2goasync ast main.py        print the syntax tree like Python's ast.dump

Only the Go toolchain is needed; builds work offline and reuse Go's build
cache, so the runtime is compiled once.

Exit status: 0 on success; 1 when the program cannot be translated or built
(errors are printed as FILE:LINE:COL: message, or py2goasync: message);
2 for a bad command line. 'run' exits with the program's own status.`,
		Version:       versionLine(),
		Args:          programArg(&opts.programFlags, false),
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			file := ""
			if len(args) > 0 {
				file = args[0]
			}
			if err := checkProgram(cmd, &opts.programFlags, file); err != nil {
				return err
			}
			return runTranslate(opts, file, stdout, stderr)
		},
	}
	root.SetVersionTemplate("{{.Version}}\n")
	root.SuggestionsMinimumDistance = 2
	root.CompletionOptions.HiddenDefaultCmd = true
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.Flags().StringVarP(&opts.outDir, "output", "o", "", "write a self-contained Go module to this directory")
	opts.programFlags.register(root.Flags())
	root.AddCommand(newBuildCmd(stderr), newRunCmd(stderr), newASTCmd(stdout, stderr), newVersionCmd(stdout), newDepsCmd(stdout, stderr))
	return root
}

func runTranslate(opts *translateOptions, file string, stdout, stderr io.Writer) error {
	cfg := opts.config(file, stderr)
	if opts.outDir != "" {
		if err := driver.EmitProgram(cfg, opts.outDir); err != nil {
			return report(stderr, err, file)
		}
		return nil
	}
	goSrc, err := driver.TranslateMain(cfg)
	if err != nil {
		return report(stderr, err, file)
	}
	_, err = stdout.Write(goSrc)
	return err
}

func newBuildCmd(stderr io.Writer) *cobra.Command {
	var out string
	pf := &programFlags{}
	cmd := &cobra.Command{
		Use:   "build [-o output] FILE.py",
		Short: "Compile a Python program into an executable",
		Long: `build translates FILE.py and compiles it with the Go toolchain. The executable
is written to the file's name without .py in the current directory, or to
-o output, as 'go build -o' does: when output is an existing directory or
ends in a slash, the executable is written inside it; missing directories
are created.`,
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
			name := file
			if pf.module != "" {
				name = pf.module
			}
			dst := outputPath(out, name)
			if err := driver.CheckInstall(pf.config(file, stderr), dst); err != nil {
				return err
			}
			bin, err := driver.BuildProgram(pf.config(file, stderr))
			if err != nil {
				return report(stderr, err, file)
			}
			return driver.Install(pf.config(file, stderr), bin, dst)
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "write the executable to this file or directory")
	pf.register(cmd.Flags())
	pf.registerGo(cmd.Flags())
	return cmd
}

// outputPath is where build writes the executable for -o out, as go build
// -o decides it: inside out when out is an existing directory or ends in a
// path separator, else out itself; without -o, the program's name in the
// current directory.
func outputPath(out, file string) string {
	name := driver.DefaultBinaryName(file)
	if out == "" {
		return name
	}
	if strings.HasSuffix(out, "/") || strings.HasSuffix(out, string(filepath.Separator)) {
		return filepath.Join(out, name)
	}
	if fi, err := os.Stat(out); err == nil && fi.IsDir() {
		return filepath.Join(out, name)
	}
	return out
}

// argv0Env passes the script's path as the user typed it to a program that
// `run` starts; the runtime makes it sys.argv[0] and removes it from the
// environment before the program runs.
const argv0Env = "PY2GOASYNC_ARGV0"

func newRunCmd(stderr io.Writer) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "run FILE.py [ARGS...]",
		Short: "Compile and run a Python program",
		Long: `run translates and compiles FILE.py (reusing the cached build when the program
is unchanged), then runs it with ARGS, as 'python3 FILE.py ARGS' would.
Standard input, output, error and the exit status are the program's own.`,
		Args:               fileArg(true),
		DisableFlagParsing: true,
		SilenceUsage:       true,
		SilenceErrors:      true,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
				return cmd.Help()
			}
			pf := &programFlags{}
			args, err := parseRunFlags(cmd, pf, args)
			if err != nil {
				return err
			}
			file := ""
			if pf.module == "" {
				if len(args) == 0 {
					return usageError{cmd: cmd, msg: "run: no Python file given"}
				}
				file, args = args[0], args[1:]
			}
			if err := checkProgram(cmd, pf, file); err != nil {
				return err
			}
			bin, err := driver.BuildProgram(pf.config(file, stderr))
			if err != nil {
				return report(stderr, err, file)
			}
			if pf.module != "" {
				// python3 -m names the module's file in argv[0].
				file = bin
				if p := driver.MainFile(pf.config(file, stderr)); p != "" {
					file = p
				}
			}
			// sys.argv is the file as typed and the arguments, as under
			// CPython: argv[0] is the typed path, and argv0Env tells the
			// runtime so (a built program run directly names itself
			// after its script). Replace this process: signals, stdio
			// and the exit status belong to the program.
			argv := append([]string{file}, args...)
			env := append(os.Environ(), argv0Env+"="+file)
			err = syscall.Exec(bin, argv, env)
			return fmt.Errorf("cannot run %s: %v", bin, err)
		},
	}
	return cmd
}

func newASTCmd(stdout, stderr io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:           "ast FILE.py",
		Short:         "Print the syntax tree as Python's ast.dump(..., include_attributes=True, indent=1)",
		Args:          fileArg(false),
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			src, err := os.ReadFile(args[0])
			if err != nil {
				return err
			}
			out, err := parser.DumpFile(args[0], src)
			if err != nil {
				return report(stderr, err, args[0])
			}
			fmt.Fprintln(stdout, out)
			return nil
		},
	}
}

func newVersionCmd(stdout io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usageError{cmd: cmd, msg: "version: no arguments expected"}
			}
			return nil
		},
		Run: func(cmd *cobra.Command, args []string) {
			fmt.Fprintln(stdout, versionLine())
		},
	}
}
