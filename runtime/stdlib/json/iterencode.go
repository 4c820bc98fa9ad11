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
	"slices"
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

// chunker computes the chunks of an encoding. All their text is written
// to b, one chunk after the other, and the chunks are cut from it at the
// end (strs over b's bytes, which are never written again): str.join of
// them all in order is b itself, not a copy (py.NoteJoinText).
type chunker struct {
	chunkOpts
	outBuf
	// ends are where the chunks end in b.
	ends []int
	// pairs holds the items of the dicts being written, a stack: a
	// dict's own slice of it is reused by the next dict.
	pairs    []py.Object
	depth    int
	maxDepth int
	// nl is '\n' + indent*level, by level.
	nl    []string
	order keyOrder
}

// cut ends the chunk being written.
func (c *chunker) cut() { c.ends = append(c.ends, len(c.b)) }

// text writes the chunk s.
func (c *chunker) text(s string) {
	c.b = append(c.b, s...)
	c.ends = append(c.ends, len(c.b))
}

// writeNewlineIndent writes '\n' + indent*level into the chunk being
// written.
func (c *chunker) writeNewlineIndent(level int) {
	if level < len(c.nl) {
		c.b = append(c.b, c.nl[level]...)
		return
	}
	c.newLevel(level)
}

// newLevel makes c.nl up to level and writes its level's text.
func (c *chunker) newLevel(level int) {
	for len(c.nl) <= level {
		c.nl = append(c.nl, "\n"+strings.Repeat(c.indent, len(c.nl)))
	}
	c.b = append(c.b, c.nl[level]...)
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
		c.text("[]")
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
		c.cut()
		if !c.container(v, level) {
			return false
		}
	}
	if c.hasIndent {
		level--
		c.writeNewlineIndent(level)
		c.cut()
	}
	c.text("]")
	c.depth--
	return true
}

func (c *chunker) dict(d *py.Dict, level int) bool {
	if d.Len() == 0 {
		c.text("{}")
		return true
	}
	if c.depth++; c.depth > c.maxDepth {
		return false
	}
	c.text("{")
	if c.hasIndent {
		level++
		c.writeNewlineIndent(level)
		c.cut()
	}
	// The items go on the pairs stack (nested dicts push theirs after).
	base := len(c.pairs)
	d.Items(func(k, v py.Object) bool { c.pairs = append(c.pairs, k, v); return true })
	kv := c.pairs[base:]
	if c.sortKeys && !c.order.sort(kv) {
		return false
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
			c.b = append(c.b, c.itemSep...)
			if c.hasIndent {
				c.writeNewlineIndent(level)
			}
			c.cut()
		}
		first = false
		writeBasestring(&c.outBuf, key, c.ascii)
		c.cut()
		c.text(c.keySep)
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
		c.writeNewlineIndent(level)
		c.cut()
	}
	c.text("}")
	c.depth--
	clear(kv)
	c.pairs = c.pairs[:base]
	return true
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

// spareEnds is the room for chunk ends the last encoding left (taken by
// an encoding while it runs, so two at once do not share it): they are
// only needed until the chunks are cut, and growing them anew for every
// document made a quarter of the garbage of json.dumps with indent.
var spareEnds atomic.Pointer[endsRoom]

type endsRoom struct{ ends []int }

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
	er := spareEnds.Swap(nil)
	if er == nil {
		er = new(endsRoom)
	}
	if want := max(64, int(chunksHint.Load())); cap(er.ends) < want {
		er.ends = make([]int, 0, want)
	}
	c.ends = er.ends[:0]
	defer func() {
		// The ends are done with once the chunks are cut (or the Python
		// path is taken): the next encoding writes its own in the room.
		if cap(c.ends) <= maxChunksHint {
			er.ends = c.ends[:0]
			spareEnds.Store(er)
		}
	}()
	if !c.chunks(s.o, int(lv)) {
		return false
	}
	chunksHint.Store(int32(min(len(c.ends), maxChunksHint)))
	textHint.Store(int32(min(len(c.b), maxTextHint)))
	// The chunks, cut from the finished text: their headers in one
	// allocation.
	text := unsafe.String(unsafe.SliceData(c.b), len(c.b))
	hdrs := make([]py.Str, len(c.ends))
	out := make([]py.Object, len(c.ends))
	at := 0
	for i, end := range c.ends {
		hdrs[i] = py.Str(text[at:end])
		out[i] = strAt(&hdrs[i])
		at = end
	}
	if len(text) <= maxTextHint {
		// (A larger text is not kept alive for a join that may not come.)
		py.NoteJoinText(text)
	}
	s.out = out
	s.opts, s.o, s.level = chunkOpts{}, nil, nil
	return true
}

// keyOrder sorts dicts' items by their keys, all exact strs:
// sorted(dct.items()) compares the tuples by their keys alone, a dict's
// keys being distinct. The order found for a dict is kept (one a size,
// the last one sorted): a document repeats the dicts of a shape, whose
// keys are the same strs in the same order, and checking that the keys
// are those is cheaper than sorting them again.
type keyOrder struct {
	shapes [16]keyShape
	tmp    []py.Object
}

// keyShape is a dict's keys in their order and the order sorted (perm[i]
// is the index of the i-th smallest key).
type keyShape struct {
	keys []string
	perm []int32
}

// sort sorts kv, key, value pairs laid out flat; false when a key is not
// an exact str.
func (o *keyOrder) sort(kv []py.Object) bool {
	n := len(kv) / 2
	sh := &o.shapes[n%len(o.shapes)]
	same := len(sh.keys) == n
	for i := 0; i < n; i++ {
		k, ok := kv[2*i].(py.Str)
		if !ok {
			return false
		}
		// The same str object (same bytes) or an equal one.
		if same {
			ks := sh.keys[i]
			same = len(ks) == len(k) && (unsafe.StringData(ks) == unsafe.StringData(string(k)) || ks == string(k))
		}
	}
	if !same {
		keys := sh.keys[:0]
		for i := 0; i < n; i++ {
			keys = append(keys, string(kv[2*i].(py.Str)))
		}
		perm := sh.perm[:0]
		for i := range n {
			perm = append(perm, int32(i))
		}
		slices.SortFunc(perm, func(a, b int32) int { return strings.Compare(keys[a], keys[b]) })
		sh.keys, sh.perm = keys, perm
	}
	o.tmp = append(o.tmp[:0], kv...)
	for i, j := range sh.perm {
		kv[2*i], kv[2*i+1] = o.tmp[2*j], o.tmp[2*j+1]
	}
	clear(o.tmp)
	return true
}
