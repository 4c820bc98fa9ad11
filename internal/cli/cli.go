// Package cli implements the py2goasync command line.
package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/py2goasync/py2goasync/internal/driver"
	"github.com/py2goasync/py2goasync/parser"
)

// Version is the tool's version, printed by `py2goasync version`.
var Version = "0.1.0-dev"

// exitError carries an exit status through cobra.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// Main runs the CLI with args and returns the process exit status.
func Main(args []string, stdout, stderr io.Writer) int {
	root := newRootCmd(stdout, stderr)
	root.SetArgs(args)
	err := root.Execute()
	var ee exitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.code
	}
	fmt.Fprintln(stderr, "py2goasync: "+err.Error())
	return 1
}

// report prints a pipeline error the way users should see it: syntax
// errors and unsupported constructs one per line with file:line:col.
func report(stderr io.Writer, err error) error {
	var syn parser.ErrorList
	if errors.As(err, &syn) {
		for _, e := range syn {
			fmt.Fprintln(stderr, e.Error())
		}
		return exitError{1}
	}
	var se *parser.SyntaxError
	if errors.As(err, &se) {
		fmt.Fprintln(stderr, se.Error())
		return exitError{1}
	}
	fmt.Fprintln(stderr, err.Error())
	return exitError{1}
}

type translateOptions struct {
	outDir string
}

func newRootCmd(stdout, stderr io.Writer) *cobra.Command {
	opts := &translateOptions{}
	root := &cobra.Command{
		Use:   "py2goasync FILE.py",
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
cache, so the runtime is compiled once.`,
		Args:          cobra.ExactArgs(1),
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runTranslate(opts, args[0], stdout, stderr)
		},
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.Flags().StringVarP(&opts.outDir, "output", "o", "", "write a self-contained Go module to this directory")
	root.AddCommand(newBuildCmd(stderr), newRunCmd(stderr), newASTCmd(stdout, stderr), newVersionCmd(stdout))
	return root
}

func runTranslate(opts *translateOptions, file string, stdout, stderr io.Writer) error {
	goSrc, err := driver.Translate(file)
	if err != nil {
		return report(stderr, err)
	}
	if opts.outDir == "" {
		_, err := stdout.Write(goSrc)
		return err
	}
	if err := driver.Emit(opts.outDir, goSrc); err != nil {
		return report(stderr, err)
	}
	return nil
}

func newBuildCmd(stderr io.Writer) *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "build FILE.py",
		Short: "Compile a Python program into an executable",
		Long: `build translates FILE.py and compiles it with the Go toolchain. The executable
is written to -o, or to the file's name without .py in the current directory.`,
		Args:          cobra.ExactArgs(1),
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			bin, err := driver.Build(args[0])
			if err != nil {
				return report(stderr, err)
			}
			if out == "" {
				out = driver.DefaultBinaryName(args[0])
			}
			if err := driver.CopyFile(bin, out); err != nil {
				return report(stderr, err)
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "path of the executable to write")
	return cmd
}

func newRunCmd(stderr io.Writer) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "run FILE.py [ARGS...]",
		Short: "Compile and run a Python program",
		Long: `run translates and compiles FILE.py (reusing the cached build when the program
is unchanged), then runs it with ARGS. Standard input, output, error and the
exit status are the program's own.`,
		Args:               cobra.MinimumNArgs(1),
		DisableFlagParsing: true,
		SilenceUsage:       true,
		SilenceErrors:      true,
		RunE: func(cmd *cobra.Command, args []string) error {
			if args[0] == "-h" || args[0] == "--help" {
				return cmd.Help()
			}
			bin, err := driver.Build(args[0])
			if err != nil {
				return report(stderr, err)
			}
			argv := append([]string{args[0]}, args[1:]...)
			// Replace this process: signals, stdio and the exit status
			// belong to the program.
			err = syscall.Exec(bin, argv, os.Environ())
			return report(stderr, fmt.Errorf("cannot run %s: %v", filepath.Base(bin), err))
		},
	}
	return cmd
}

func newASTCmd(stdout, stderr io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:           "ast FILE.py",
		Short:         "Print the syntax tree as Python's ast.dump(..., include_attributes=True, indent=1)",
		Args:          cobra.ExactArgs(1),
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			src, err := os.ReadFile(args[0])
			if err != nil {
				return report(stderr, fmt.Errorf("cannot read %s: %v", args[0], errors.Unwrap(err)))
			}
			out, err := parser.DumpFile(args[0], src)
			if err != nil {
				return report(stderr, err)
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
		Args:  cobra.NoArgs,
		Run: func(cmd *cobra.Command, args []string) {
			fmt.Fprintf(stdout, "py2goasync %s\n", Version)
		},
	}
}
