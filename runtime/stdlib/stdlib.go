// Package stdlib links every module the runtime implements into a program:
// generated code imports it once, and each module registers itself with
// py.RegisterModule from its package's init.
package stdlib

import (
	_ "github.com/py2goasync/py2goasync/runtime/asyncio"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/base64"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/bisect"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/collections"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/contextlib"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/contextvars"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/copy"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/dataclasses"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/enum"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/functools"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/hashlib"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/heapq"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/inspect"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/io"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/itertools"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/json"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/logging"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/math"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/operator"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/os"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/queue"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/random"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/re"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/signal"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/socket"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/string"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/sys"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/threading"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/time"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/traceback"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/typing"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/urllib"
)
