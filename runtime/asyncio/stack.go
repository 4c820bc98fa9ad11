package asyncio

import (
	"fmt"
	"os"
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// Task.get_stack() and print_stack(): frame objects for the suspended
// coroutine (one frame, as CPython returns) or the traceback of the
// exception the task ended with.

type frameObj struct {
	file string
	line int
	name string
}

type codeObj struct {
	file, name string
}

var (
	frameType *py.Type
	codeType  *py.Type
)

func (*frameObj) Type() *py.Type { return frameType }
func (*codeObj) Type() *py.Type  { return codeType }

func (f *frameObj) String() string {
	return fmt.Sprintf("<frame at %p, file %s, line %d, code %s>", f, py.Repr(py.Str(f.file)), f.line, f.name)
}

func (c *codeObj) String() string {
	return fmt.Sprintf("<code object %s at %p, file %s>", c.name, c, py.Repr(py.Str(c.file)))
}

func setupStack() {
	frameType.SetNoNew()
	codeType.SetNoNew()
	reprMethod(frameType)
	reprMethod(codeType)
	getter(frameType, "f_lineno", func(o py.Object) py.Object { return py.Int(o.(*frameObj).line) })
	getter(frameType, "f_code", func(o py.Object) py.Object {
		f := o.(*frameObj)
		return &codeObj{file: f.file, name: f.name}
	})
	getter(frameType, "f_globals", func(o py.Object) py.Object { return py.NewDict() })
	getter(codeType, "co_name", func(o py.Object) py.Object { return py.Str(o.(*codeObj).name) })
	getter(codeType, "co_filename", func(o py.Object) py.Object { return py.Str(o.(*codeObj).file) })

	def(TaskType, "get_stack", func(a []py.Object, kw []string) py.Object {
		_, kwv := parseKwOnly("get_stack", a[1:], kw, 0, 0, []string{"limit"})
		frames := selfTask(a[0]).stack(limitArg(kwv[0]))
		l := py.NewList()
		for _, f := range frames {
			l.Items = append(l.Items, f)
		}
		return l
	})
	def(TaskType, "print_stack", func(a []py.Object, kw []string) py.Object {
		_, kwv := parseKwOnly("print_stack", a[1:], kw, 0, 0, []string{"limit", "file"})
		t := selfTask(a[0])
		frames := t.stack(limitArg(kwv[0]))
		var b strings.Builder
		switch {
		case len(frames) == 0:
			fmt.Fprintf(&b, "No stack for %s\n", t.String())
		case t.exc() != nil:
			fmt.Fprintf(&b, "Traceback for %s (most recent call last):\n", t.String())
		default:
			fmt.Fprintf(&b, "Stack for %s (most recent call last):\n", t.String())
		}
		for _, f := range frames {
			fmt.Fprintf(&b, "  File \"%s\", line %d, in %s\n", f.file, f.line, f.name)
			if src := sourceLine(f.file, f.line); src != "" {
				fmt.Fprintf(&b, "    %s\n", src)
			}
		}
		if t.exc() != nil && len(frames) > 0 {
			b.WriteString(py.FormatExceptionOnly(t.exc()) + "\n")
		}
		if isNone(kwv[1]) {
			py.FlushStdout()
			os.Stderr.WriteString(b.String())
		} else {
			py.CallMethod(kwv[1], "write", py.Str(b.String()))
		}
		return py.None
	})
}

func limitArg(o py.Object) int {
	if isNone(o) {
		return -1
	}
	return py.Index(o)
}

func sourceLine(file string, line int) string {
	lines := py.SourceLines(file)
	if line < 1 || line > len(lines) {
		return ""
	}
	return strings.TrimSpace(lines[line-1])
}

func (t *Task) stack(limit int) []*frameObj {
	var frames []*frameObj
	if c, ok := t.coro.(*py.Coroutine); ok && t.state == statePending && c.Started() && !c.Done() {
		line := c.Code.Line
		if c.Running() {
			// The task asks for its own stack: not probed, its def line.
		} else if l, ok := t.suspendedLine(c); ok {
			line = l
		}
		frames = append(frames, &frameObj{file: py.DisplayFile(c.Code.File), line: line, name: c.Code.Name})
	} else if t.exc() != nil {
		for _, e := range t.exc().TracebackEntries() {
			frames = append(frames, &frameObj{file: e.File, line: e.Line, name: e.Func})
		}
		if limit >= 0 && len(frames) > limit {
			frames = frames[:limit]
		}
		return frames
	}
	if limit >= 0 && len(frames) > limit {
		frames = frames[len(frames)-limit:]
	}
	return frames
}
