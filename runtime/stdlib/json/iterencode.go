package json

// A Go path for json.encoder's pure-Python encoder: CPython 3.11 runs
// _make_iterencode's generators (not the C encoder) whenever indent is set,
// and json.dumps(..., indent=...) spends its time resuming them. The
// function the host module defines stays in place; calls of it go through
// a wrapper (py.Function.WrapImpl) which, for a one-shot encoding (what
// JSONEncoder.encode asks for) with the module's own arguments, returns a
// Go _iterencode. Its generator yields exactly the chunks the Python
// generators would, computed at its first resumption from a document made
// only of exact dicts, lists, tuples, strs, ints, floats, bools and None:
// nothing on that path can run Python code, so computing the chunks ahead
// is not observable. Anything else (a subclass, an object for default(),
// a circular or very deep document, a non-str key under sort_keys, ...)
// found before the first chunk is handed out makes the generator delegate
// to the Python _iterencode, from scratch, as if the Go path had not been
// tried. JSONEncoder.encode's list(chunks) takes them all at once
// (CodeDrains, py.Generator.DrainTo) instead of a resumption a chunk.

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"unsafe"

	"github.com/py2goasync/py2goasync/runtime/py"
)

func init() {
	py.AfterImport("json.encoder", func(m *py.Module) {
		v, ok := m.Dict.GetStr("_make_iterencode")
		if !ok {
			return
		}
		f, ok := v.(*py.Function)
		if !ok || len(f.Code.Params) != 20 || len(f.Defaults) != 10 {
			return
		}
		if !defaultsAreBuiltins(f.Defaults) {
			return
		}
		defaults := append([]py.Object(nil), f.Defaults...)
		file, line := f.Code.File, f.Code.Line
		fnCode := &py.Code{Name: "_iterencode", Qualname: "_make_iterencode.<locals>._iterencode",
			Module: "json.encoder", File: file, Line: line, NumPos: 2,
			Params: []string{"o", "_current_indent_level"}, Flags: py.CodeGenerator}
		genCode := &py.Code{Name: "_iterencode", Qualname: "_make_iterencode.<locals>._iterencode",
			Module: "json.encoder", File: file, Line: line, NumPos: 2,
			Params: []string{"o", "_current_indent_level"}, Flags: py.CodeGenerator | py.CodeDrains,
			AwaitLines: []int32{0, int32(line), int32(line)}}
		f.WrapImpl(func(impl func([]py.Object) py.Object) func([]py.Object) py.Object {
			return func(args []py.Object) py.Object {
				r := impl(args)
				opts, ok := chunkOptions(args, defaults)
				if !ok {
					return r
				}
				return py.NewFunction2(fnCode, nil, func(o, level py.Object) py.Object {
					return newChunkGen(genCode, opts, r, o, level)
				})
			}
		})
	})
}

// defaultsAreBuiltins reports whether _make_iterencode's defaults are the
// builtins its def names (ValueError, dict, float, id, int, isinstance,
// list, str, tuple, int.__repr__), as the module's def made them.
func defaultsAreBuiltins(d []py.Object) bool {
	types := []struct {
		i int
		t *py.Type
	}{{0, py.ValueErrorType}, {1, py.DictType}, {2, py.FloatType}, {4, py.IntType}, {6, py.ListType}, {7, py.StrType}, {8, py.TupleType}}
	for _, c := range types {
		if t, ok := d[c.i].(*py.Type); !ok || t != c.t {
			return false
		}
	}
	for i, name := range map[int]string{3: "id", 5: "isinstance"} {
		if f, ok := d[i].(*py.BuiltinFunction); !ok || f.Name != name || f.Module != "builtins" {
			return false
		}
	}
	return d[9] != nil
}

// chunkOpts are _make_iterencode's arguments as the Go path reads them.
type chunkOpts struct {
	indent          string
	hasIndent       bool
	keySep, itemSep string
	sortKeys        bool
	ascii           bool
	floatstr        py.Object
}

// chunkOptions reads the arguments of a _make_iterencode call; ok is false
// unless the call is one the Go path reproduces: a one-shot encoding with
// a markers dict that is empty (or None), the _json string encoder,
// JSONEncoder.iterencode's own floatstr, an int or str indent (or None),
// str separators, plain flags, and the default builtins.
func chunkOptions(a, defaults []py.Object) (o chunkOpts, ok bool) {
	if len(a) != 20 {
		return o, false
	}
	for i, d := range defaults {
		if a[10+i] != d {
			return o, false
		}
	}
	if b, isBool := a[9].(py.Bool); !isBool || !bool(b) {
		return o, false
	}
	switch m := a[0].(type) {
	case py.NoneType:
	case *py.Dict:
		if m.Type() != py.DictType || m.Len() != 0 {
			return o, false
		}
	default:
		return o, false
	}
	enc, isFn := a[2].(*py.BuiltinFunction)
	if !isFn || enc.Module != "_json" {
		return o, false
	}
	switch enc.Name {
	case "encode_basestring":
	case "encode_basestring_ascii":
		o.ascii = true
	default:
		return o, false
	}
	switch ind := a[3].(type) {
	case py.NoneType:
	case py.Str:
		o.indent, o.hasIndent = string(ind), true
	case py.Int:
		if ind > 1<<16 {
			return o, false
		}
		o.indent, o.hasIndent = strings.Repeat(" ", max(int(ind), 0)), true
	case py.Bool:
		o.hasIndent = true
		if ind {
			o.indent = " "
		}
	default:
		return o, false
	}
	if !genuineFloatstr(a[4]) {
		return o, false
	}
	o.floatstr = a[4]
	ks, ok1 := a[5].(py.Str)
	is, ok2 := a[6].(py.Str)
	if !ok1 || !ok2 {
		return o, false
	}
	o.keySep, o.itemSep = string(ks), string(is)
	var ok3, ok4 bool
	o.sortKeys, ok3 = plainFlag(a[7])
	if _, ok4 = plainFlag(a[8]); !ok3 || !ok4 {
		return o, false
	}
	return o, true
}

// plainFlag is the truth of a bool, int or None, whose truth test runs no
// Python code.
func plainFlag(v py.Object) (bool, bool) {
	switch x := v.(type) {
	case py.Bool:
		return bool(x), true
	case py.Int:
		return x != 0, true
	case py.NoneType:
		return false, true
	}
	return false, false
}

// genuineFloatstr reports whether f is the floatstr JSONEncoder.iterencode
// defines, with its own defaults (allow_nan, float.__repr__, inf, -inf):
// for a finite float it returns float.__repr__(o).
func genuineFloatstr(v py.Object) bool {
	f, ok := v.(*py.Function)
	if !ok || f.Code.Module != "json.encoder" || f.Code.Qualname != "JSONEncoder.iterencode.<locals>.floatstr" || len(f.Defaults) != 4 {
		return false
	}
	if _, ok := plainFlag(f.Defaults[0]); !ok {
		return false
	}
	inf, ok1 := f.Defaults[2].(py.Float)
	ninf, ok2 := f.Defaults[3].(py.Float)
	return ok1 && ok2 && math.IsInf(float64(inf), 1) && math.IsInf(float64(ninf), -1) && isFloatRepr(f.Defaults[1])
}

// isFloatRepr reports whether v is float.__repr__.
func isFloatRepr(v py.Object) bool {
	r := py.GetAttr(py.FloatType, "__repr__")
	return v == r || py.Eq(v, r)
}

// chunker computes the chunks of an encoding. Text is written to b and
// cut into a chunk (a str over b's bytes, which are never written again);
// the chunks that are the same every time (a bracket, a separator, the
// indentation of a level) are made once an encoding.
type chunker struct {
	chunkOpts
	outBuf
	mark int // where the chunk being written starts in b
	out  []py.Object
	// pairs holds the items of the dicts being written, a stack: a
	// dict's own slice of it is reused by the next dict.
	pairs    []py.Object
	depth    int
	maxDepth int
	// nl, sepNl and openNl are '\n' + indent*level, item separator +
	// that and '[' + that, by level; nil until needed.
	nl, sepNl, openNl      []py.Object
	lbrace, rbrace, rbrack py.Object
	keySepObj              py.Object
}

// cut ends the chunk being written.
func (c *chunker) cut() {
	s := c.b[c.mark:]
	c.out = append(c.out, py.Str(unsafe.String(unsafe.SliceData(s), len(s))))
	c.mark = len(c.b)
}

// put adds a chunk made beforehand.
func (c *chunker) put(o py.Object) { c.out = append(c.out, o) }

// levelChunk is the chunk (*tab)[level], made by prefix + '\n' + indent*level.
func (c *chunker) levelChunk(tab *[]py.Object, level int, prefix string) py.Object {
	for len(*tab) <= level {
		*tab = append(*tab, nil)
	}
	if o := (*tab)[level]; o != nil {
		return o
	}
	o := py.Str(prefix + "\n" + strings.Repeat(c.indent, level))
	(*tab)[level] = o
	return o
}

// writeNewlineIndent writes '\n' + indent*level into the chunk being
// written.
func (c *chunker) writeNewlineIndent(level int) {
	c.b = append(c.b, '\n')
	for i := 0; i < level; i++ {
		c.b = append(c.b, c.indent...)
	}
}

// scalar writes the text of a str, None, bool, int or float value; ok is
// false for anything else.
func (c *chunker) scalar(v py.Object) bool {
	switch x := v.(type) {
	case py.Str:
		writeBasestring(&c.outBuf, string(x), c.ascii)
	case py.NoneType:
		c.b = append(c.b, "null"...)
	case py.Bool:
		if x {
			c.b = append(c.b, "true"...)
		} else {
			c.b = append(c.b, "false"...)
		}
	case py.Int:
		c.b = strconv.AppendInt(c.b, int64(x), 10)
	case *py.BigInt:
		c.b = append(c.b, py.Repr(x)...)
	case py.Float:
		c.b = append(c.b, c.float(x)...)
	default:
		return false
	}
	return true
}

// float is _floatstr(f): float.__repr__ of a finite float; the others go
// to floatstr itself (NaN, Infinity, or its ValueError).
func (c *chunker) float(f py.Float) string {
	if math.IsInf(float64(f), 0) || math.IsNaN(float64(f)) {
		return py.StrOf(py.Call1(c.floatstr, f))
	}
	return py.FloatRepr(float64(f))
}

// container encodes an exact list, tuple or dict (_iterencode_list,
// _iterencode_dict); ok is false when o is none of them or the document
// leaves the Go path.
func (c *chunker) container(o py.Object, level int) bool {
	switch x := o.(type) {
	case *py.List:
		if x.Type() == py.ListType {
			return c.list(x.Items, level)
		}
	case *py.Tuple:
		if x.Type() == py.TupleType {
			return c.list(x.Items, level)
		}
	case *py.Dict:
		if x.Type() == py.DictType {
			return c.dict(x, level)
		}
	}
	return false
}

func (c *chunker) list(items []py.Object, level int) bool {
	if len(items) == 0 {
		c.put(py.Str("[]"))
		return true
	}
	if c.depth++; c.depth > c.maxDepth {
		return false
	}
	if c.hasIndent {
		level++
	}
	for i, v := range items {
		// buf + value, or buf alone before a container's chunks.
		if i == 0 {
			c.b = append(c.b, '[')
		} else {
			c.b = append(c.b, c.itemSep...)
		}
		if c.hasIndent {
			c.writeNewlineIndent(level)
		}
		if c.scalar(v) {
			c.cut()
			continue
		}
		// The prefix alone: the same chunk for every container item
		// of this level.
		c.b = c.b[:c.mark]
		switch {
		case i == 0 && c.hasIndent:
			c.put(c.levelChunk(&c.openNl, level, "["))
		case i == 0:
			c.put(py.Str("["))
		case c.hasIndent:
			c.put(c.levelChunk(&c.sepNl, level, c.itemSep))
		default:
			c.put(c.keyOrSep(&c.sepNl, c.itemSep))
		}
		if !c.container(v, level) {
			return false
		}
	}
	if c.hasIndent {
		level--
		c.put(c.levelChunk(&c.nl, level, ""))
	}
	if c.rbrack == nil {
		c.rbrack = py.Str("]")
	}
	c.put(c.rbrack)
	c.depth--
	return true
}

// keyOrSep is the item separator's chunk without indentation (kept in
// (*tab)[0]).
func (c *chunker) keyOrSep(tab *[]py.Object, s string) py.Object {
	if len(*tab) == 0 {
		*tab = append(*tab, py.Str(s))
	}
	return (*tab)[0]
}

func (c *chunker) dict(d *py.Dict, level int) bool {
	if d.Len() == 0 {
		c.put(py.Str("{}"))
		return true
	}
	if c.depth++; c.depth > c.maxDepth {
		return false
	}
	if c.lbrace == nil {
		c.lbrace, c.rbrace, c.keySepObj = py.Str("{"), py.Str("}"), py.Str(c.keySep)
	}
	c.put(c.lbrace)
	var sep py.Object
	if c.hasIndent {
		level++
		c.put(c.levelChunk(&c.nl, level, ""))
		sep = c.levelChunk(&c.sepNl, level, c.itemSep)
	} else {
		sep = c.keyOrSep(&c.sepNl, c.itemSep)
	}
	// The items go on the pairs stack (nested dicts push theirs after).
	base := len(c.pairs)
	d.Items(func(k, v py.Object) bool { c.pairs = append(c.pairs, k, v); return true })
	kv := c.pairs[base:]
	if c.sortKeys {
		// sorted(dct.items()): with distinct str keys the tuples
		// compare by their keys alone.
		for i := 0; i < len(kv); i += 2 {
			if _, ok := kv[i].(py.Str); !ok {
				return false
			}
		}
		sort.Sort(kvByKey(kv))
	}
	first := true
	for i := 0; i < len(kv); i += 2 {
		var key string
		switch k := kv[i].(type) {
		case py.Str:
			key = string(k)
		case py.Float:
			key = c.float(k)
		case py.Bool:
			key = "false"
			if k {
				key = "true"
			}
		case py.NoneType:
			key = "null"
		case py.Int:
			key = strconv.Itoa(int(k))
		case *py.BigInt:
			key = py.Repr(k)
		default:
			return false
		}
		if !first {
			c.put(sep)
		}
		first = false
		writeBasestring(&c.outBuf, key, c.ascii)
		c.cut()
		c.put(c.keySepObj)
		v := kv[i+1]
		if c.scalar(v) {
			c.cut()
			continue
		}
		if !c.container(v, level) {
			return false
		}
	}
	if c.hasIndent {
		level--
		c.put(c.levelChunk(&c.nl, level, ""))
	}
	c.put(c.rbrace)
	c.depth--
	c.pairs = c.pairs[:base]
	return true
}

// kvByKey sorts key, value pairs laid out flat by their str keys.
type kvByKey []py.Object

func (s kvByKey) Len() int { return len(s) / 2 }
func (s kvByKey) Less(i, j int) bool {
	return string(s[2*i].(py.Str)) < string(s[2*j].(py.Str))
}
func (s kvByKey) Swap(i, j int) {
	s[2*i], s[2*j] = s[2*j], s[2*i]
	s[2*i+1], s[2*j+1] = s[2*j+1], s[2*i+1]
}

// chunks computes the chunks of _iterencode(o, level); ok is false when
// the document leaves the Go path.
func (c *chunker) chunks(o py.Object, level int) bool {
	if c.scalar(o) {
		c.cut()
		return true
	}
	return c.container(o, level)
}

// chunkGen is the state of a Go _iterencode generator.
type chunkGen struct {
	opts     chunkOpts
	pyFn     py.Object // the Python _iterencode
	o, level py.Object
	out      []py.Object
	i        int
	// state is 0 before compute ran, then chunksReady or chunksPython.
	state uint8
}

const (
	chunksReady = 1 + iota
	chunksPython
)

// ready computes the chunks once; false sends the generator to the
// Python one.
func (s *chunkGen) ready() bool {
	if s.state == 0 {
		s.state = chunksPython
		if s.compute() {
			s.state = chunksReady
		}
	}
	return s.state == chunksReady
}

func newChunkGen(code *py.Code, opts chunkOpts, pyFn, o, level py.Object) py.Object {
	s := &chunkGen{opts: opts, pyFn: pyFn, o: o, level: level}
	return py.NewGeneratorSM(code, s.step)
}

// step is the generator's body: the chunks computed at the first
// resumption handed out one a resumption, or the Python generator's.
func (s *chunkGen) step(co *py.CoFrame) py.Object {
	switch co.PC {
	case py.DrainPC:
		// list(generator): the rest at once.
		if !s.ready() {
			return nil
		}
		rest := s.out[s.i:]
		s.out, s.i = nil, 0
		return py.NewList(rest...)
	case 0:
		if !s.ready() {
			g := py.Call2(s.pyFn, s.o, s.level)
			s.opts, s.o, s.level = chunkOpts{}, nil, nil
			co.YieldFrom(2, g)
			goto delegate
		}
	case 1:
		co.Received()
	case 2:
		goto delegate
	}
	if s.i < len(s.out) {
		v := s.out[s.i]
		s.out[s.i] = nil
		s.i++
		return co.Suspend(1, v)
	}
	s.out = nil
	return py.None
delegate:
	if co.Step() {
		return py.CoSuspend
	}
	return py.None
}

// chunksHint and textHint are how many chunks and bytes of text the last
// encoding made: programs encode documents of a kind over and over, and
// growing the chunk list and the text by doubling made more garbage than
// the chunks themselves (json.dumps with indent in a loop: 57 of 107 MB
// allocated were the list's). The chunks are strs over the text, so it is
// not reused.
var chunksHint, textHint atomic.Int32

// The hints' bounds: 4 MiB of chunk list, 4 MiB of text.
const (
	maxChunksHint = 1 << 18
	maxTextHint   = 4 << 20
)

// compute runs the Go path; false sends the generator to the Python one.
func (s *chunkGen) compute() bool {
	lv, ok := s.level.(py.Int)
	if !ok || lv < 0 || lv > 1<<16 {
		return false
	}
	// The Python generators take about a frame a level of nesting: a
	// document deep enough to come near the recursion limit goes there,
	// to meet it as CPython does.
	room := py.RecursionLimit() - py.RecursionDepth()
	c := &chunker{chunkOpts: s.opts, maxDepth: (room - 50) / 2}
	if c.maxDepth < 1 {
		return false
	}
	c.b = make([]byte, 0, max(4096, int(textHint.Load())))
	c.out = make([]py.Object, 0, max(64, int(chunksHint.Load())))
	if !c.chunks(s.o, int(lv)) {
		return false
	}
	chunksHint.Store(int32(min(len(c.out), maxChunksHint)))
	textHint.Store(int32(min(len(c.b), maxTextHint)))
	s.out = c.out
	s.opts, s.o, s.level = chunkOpts{}, nil, nil
	return true
}
