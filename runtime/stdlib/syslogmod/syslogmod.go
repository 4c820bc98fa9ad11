// Package syslogmod is CPython's syslog module: messages go to the local
// syslog daemon over /dev/log in the format glibc's syslog(3) writes
// ("<PRI>Mmm dd hh:mm:ss ident[pid]: message"); LOG_PERROR copies them to
// stderr, LOG_CONS to the console when the daemon is unreachable.
package syslogmod

import (
	"fmt"
	"net"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/py2goasync/py2goasync/runtime/py"
)

var consts = []struct {
	name  string
	value int64
}{{"LOG_ALERT", 1}, {"LOG_AUTH", 32}, {"LOG_AUTHPRIV", 80}, {"LOG_CONS", 2}, {"LOG_CRIT", 2}, {"LOG_CRON", 72},
	{"LOG_DAEMON", 24}, {"LOG_DEBUG", 7}, {"LOG_EMERG", 0}, {"LOG_ERR", 3}, {"LOG_INFO", 6}, {"LOG_KERN", 0},
	{"LOG_LOCAL0", 128}, {"LOG_LOCAL1", 136}, {"LOG_LOCAL2", 144}, {"LOG_LOCAL3", 152}, {"LOG_LOCAL4", 160},
	{"LOG_LOCAL5", 168}, {"LOG_LOCAL6", 176}, {"LOG_LOCAL7", 184}, {"LOG_LPR", 48}, {"LOG_MAIL", 16},
	{"LOG_NDELAY", 8}, {"LOG_NEWS", 56}, {"LOG_NOTICE", 5}, {"LOG_NOWAIT", 16}, {"LOG_ODELAY", 4},
	{"LOG_PERROR", 32}, {"LOG_PID", 1}, {"LOG_SYSLOG", 40}, {"LOG_USER", 8}, {"LOG_UUCP", 64}, {"LOG_WARNING", 4}}

var (
	mu       sync.Mutex
	ident    string
	logopt   int
	facility = 8 // LOG_USER
	mask     = 0xff
	opened   bool
	conn     net.Conn
)

func defaultIdent() string {
	argv := py.GetAttr(py.Import("sys"), "argv")
	if l, ok := argv.(*py.List); ok && len(l.Items) > 0 {
		if s, ok := l.Items[0].(py.Str); ok && s != "" {
			return filepath.Base(string(s))
		}
	}
	return ""
}

func send(pri int, msg string) {
	if pri&0x3f8 == 0 {
		pri |= facility
	}
	if mask&(1<<(pri&7)) == 0 {
		return
	}
	head := ident
	if logopt&1 != 0 { // LOG_PID
		head += fmt.Sprintf("[%d]", os.Getpid())
	}
	body := head + ": " + msg
	line := fmt.Sprintf("<%d>%s %s", pri, time.Now().Format("Jan _2 15:04:05"), body)
	if logopt&32 != 0 { // LOG_PERROR
		py.FlushStdout()
		os.Stderr.WriteString(body + "\n")
	}
	if conn == nil {
		c, err := net.Dial("unixgram", "/dev/log")
		if err != nil {
			c, err = net.Dial("unix", "/dev/log")
		}
		if err != nil {
			if logopt&2 != 0 { // LOG_CONS
				if f, err := os.OpenFile("/dev/console", os.O_WRONLY, 0); err == nil {
					f.WriteString(body + "\r\n")
					f.Close()
				}
			}
			return
		}
		conn = c
	}
	conn.Write([]byte(line))
}

func setup0() {
	py.RegisterModule("syslog", func(m *py.Module) {
		for _, c := range consts {
			m.Set(c.name, py.Int(c.value))
		}
		m.AddFunc("openlog", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("openlog", args, kw, []string{"ident", "logoption", "facility"}, 0)
			mu.Lock()
			defer mu.Unlock()
			if a[0] != nil && a[0] != py.None {
				s, ok := a[0].(py.Str)
				if !ok {
					panic(py.NewError(py.TypeErrorType, fmt.Sprintf("openlog() argument 'ident' must be str or None, not %s", a[0].Type().Name)))
				}
				ident = string(s)
			} else {
				ident = defaultIdent()
			}
			logopt, facility = 0, 8
			if a[1] != nil {
				logopt = py.Index(a[1])
			}
			if a[2] != nil {
				facility = py.Index(a[2])
			}
			opened = true
			if logopt&8 != 0 && conn == nil { // LOG_NDELAY
				conn, _ = net.Dial("unixgram", "/dev/log")
			}
			return py.None
		})
		m.AddFunc("syslog", func(args []py.Object, kw []string) py.Object {
			if len(kw) > 0 || len(args) < 1 || len(args) > 2 {
				panic(py.NewError(py.TypeErrorType, "syslog.syslog requires 1 to 2 arguments"))
			}
			pri := 6 // LOG_INFO
			msgObj := args[len(args)-1]
			if len(args) == 2 {
				pri = py.Index(args[0])
			}
			s, ok := msgObj.(py.Str)
			if !ok {
				panic(py.NewError(py.TypeErrorType, "[priority,] message string"))
			}
			mu.Lock()
			defer mu.Unlock()
			if !opened {
				ident, opened = defaultIdent(), true
			}
			send(pri, string(s))
			return py.None
		})
		m.AddFunc("closelog", func(args []py.Object, kw []string) py.Object {
			mu.Lock()
			defer mu.Unlock()
			if conn != nil {
				conn.Close()
				conn = nil
			}
			ident, opened, logopt, facility = "", false, 0, 8
			return py.None
		})
		m.AddFunc("setlogmask", func(args []py.Object, kw []string) py.Object {
			if len(args) != 1 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("setlogmask() takes exactly one argument (%d given)", len(args))))
			}
			mu.Lock()
			defer mu.Unlock()
			old := mask
			if n := py.Index(args[0]); n != 0 {
				mask = n
			}
			return py.Int(old)
		})
		m.AddFunc("LOG_MASK", func(args []py.Object, kw []string) py.Object { return py.Int(1 << py.Index(args[0])) })
		m.AddFunc("LOG_UPTO", func(args []py.Object, kw []string) py.Object { return py.Int((1 << (py.Index(args[0]) + 1)) - 1) })
	})
}
