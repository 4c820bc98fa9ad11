// Package json is Python's json module (dumps/loads/dump/load) with
// CPython's output format and error messages.
package json

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// DecodeErrorType is json.JSONDecodeError.
var DecodeErrorType = py.NewType("JSONDecodeError", "json.decoder", py.ValueErrorType)

type encoder struct {
	indent       string
	hasIndent    bool
	itemSep      string
	keySep       string
	sortKeys     bool
	ensureASCII  bool
	allowNaN     bool
	skipKeys     bool
	defaultFn    py.Object
	markers      map[py.Object]bool
	b            outBuf
	currentDepth int
}

func (e *encoder) floatStr(f float64) string {
	switch {
	case math.IsNaN(f):
		e.checkNaN(f)
		return "NaN"
	case math.IsInf(f, 1):
		e.checkNaN(f)
		return "Infinity"
	case math.IsInf(f, -1):
		e.checkNaN(f)
		return "-Infinity"
	}
	return py.FloatRepr(f)
}

func (e *encoder) checkNaN(f float64) {
	if !e.allowNaN {
		panic(py.NewError(py.ValueErrorType, "Out of range float values are not JSON compliant"))
	}
}

func (e *encoder) newline() {
	if e.hasIndent {
		e.b.ch('\n')
		e.b.str(strings.Repeat(e.indent, e.currentDepth))
	}
}

// enter takes a recursion level for a container (or default's result) as
// CPython's encoder does; json.dumps with an indent runs CPython's Python
// encoder, whose frames report it differently.
func (e *encoder) enter() {
	if e.hasIndent {
		py.EnterRecursiveCall(" while calling a Python object")
	} else {
		py.EnterRecursiveCall(" while encoding a JSON object")
	}
}

func (e *encoder) encode(o py.Object) {
	switch v := o.(type) {
	case py.NoneType:
		e.b.str("null")
		return
	case py.Bool:
		if v {
			e.b.str("true")
		} else {
			e.b.str("false")
		}
		return
	case py.Int, *py.BigInt:
		e.b.str(py.Repr(v))
		return
	case py.Float:
		e.b.str(e.floatStr(float64(v)))
		return
	case py.Str:
		writeBasestring(&e.b, string(v), e.ensureASCII)
		return
	case *py.List, *py.Tuple:
		if e.markers[o] {
			panic(py.NewError(py.ValueErrorType, "Circular reference detected"))
		}
		e.markers[o] = true
		defer delete(e.markers, o)
		e.enter()
		defer py.LeaveRecursiveCall()
		items := py.AppendStar(nil, o)
		if len(items) == 0 {
			e.b.str("[]")
			return
		}
		e.b.ch('[')
		e.currentDepth++
		e.newline()
		for i, it := range items {
			if i > 0 {
				e.b.str(e.itemSep)
				e.newline()
			}
			e.encode(it)
		}
		e.currentDepth--
		e.newline()
		e.b.ch(']')
		return
	case *py.Dict:
		if e.markers[o] {
			panic(py.NewError(py.ValueErrorType, "Circular reference detected"))
		}
		e.markers[o] = true
		defer delete(e.markers, o)
		e.enter()
		defer py.LeaveRecursiveCall()
		if v.Len() == 0 {
			e.b.str("{}")
			return
		}
		keys := v.Keys()
		if e.sortKeys {
			py.SortObjects(keys, nil, false)
		}
		e.b.ch('{')
		e.currentDepth++
		e.newline()
		first := true
		for _, k := range keys {
			val, _ := v.Get(k)
			var ks string
			switch kk := k.(type) {
			case py.Str:
				ks = string(kk)
			case py.Float:
				ks = e.floatStr(float64(kk))
			case py.Bool:
				ks = map[bool]string{true: "true", false: "false"}[bool(kk)]
			case py.NoneType:
				ks = "null"
			case py.Int, *py.BigInt:
				ks = py.Repr(kk)
			default:
				if e.skipKeys {
					continue
				}
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("keys must be str, int, float, bool or None, not %s", k.Type().Name)))
			}
			if !first {
				e.b.str(e.itemSep)
				e.newline()
			}
			first = false
			writeBasestring(&e.b, ks, e.ensureASCII)
			e.b.str(e.keySep)
			e.encode(val)
		}
		e.currentDepth--
		e.newline()
		e.b.ch('}')
		return
	}
	if e.defaultFn != nil && e.defaultFn != py.None {
		if e.markers[o] {
			panic(py.NewError(py.ValueErrorType, "Circular reference detected"))
		}
		e.markers[o] = true
		defer delete(e.markers, o)
		e.enter()
		defer py.LeaveRecursiveCall()
		e.encode(py.Call(e.defaultFn, o))
		return
	}
	panic(py.NewError(py.TypeErrorType, fmt.Sprintf("Object of type %s is not JSON serializable", o.Type().Name)))
}

// Dumps is json.dumps with its keyword options.
func Dumps(obj py.Object, opts map[string]py.Object) string {
	defer py.RestoreDepth(py.SaveDepth())
	e := &encoder{itemSep: ", ", keySep: ": ", ensureASCII: true, allowNaN: true, markers: map[py.Object]bool{}}
	if v, ok := opts["indent"]; ok && v != py.None {
		e.hasIndent = true
		if s, ok := v.(py.Str); ok {
			e.indent = string(s)
		} else {
			e.indent = strings.Repeat(" ", py.Index(v))
		}
		e.itemSep = ","
	}
	if v, ok := opts["separators"]; ok && v != py.None {
		seps := py.AppendStar(nil, v)
		e.itemSep, e.keySep = py.StrOf(seps[0]), py.StrOf(seps[1])
	}
	if v, ok := opts["sort_keys"]; ok {
		e.sortKeys = py.Truth(v)
	}
	if v, ok := opts["ensure_ascii"]; ok {
		e.ensureASCII = py.Truth(v)
	}
	if v, ok := opts["allow_nan"]; ok {
		e.allowNaN = py.Truth(v)
	}
	if v, ok := opts["skipkeys"]; ok {
		e.skipKeys = py.Truth(v)
	}
	if v, ok := opts["default"]; ok {
		e.defaultFn = v
	}
	// CPython's json.dumps, JSONEncoder.encode and iterencode are Python
	// frames, and the call of its C encoder counts one more; with an
	// indent its Python encoder runs instead.
	if e.hasIndent {
		py.EnterFrames(3)
	} else {
		py.EnterFrames(4)
	}
	e.encode(obj)
	return string(e.b.b)
}

type decoder struct {
	s   string
	pos int // byte offset
	// objectHook and objectPairsHook are optional.
	objectHook, pairsHook, parseFloat, parseInt py.Object
}

func (d *decoder) fail(msg string, pos int) {
	line := strings.Count(d.s[:pos], "\n") + 1
	col := pos - strings.LastIndex(d.s[:pos], "\n")
	cpos := utf8.RuneCountInString(d.s[:pos])
	if line == 1 {
		col = cpos + 1
	} else {
		col = utf8.RuneCountInString(d.s[strings.LastIndex(d.s[:pos], "\n")+1:pos]) + 1
	}
	e := py.NewException(DecodeErrorType, py.Str(fmt.Sprintf("%s: line %d column %d (char %d)", msg, line, col, cpos)))
	e.Dict.SetStr("msg", py.Str(msg))
	e.Dict.SetStr("doc", py.Str(d.s))
	e.Dict.SetStr("pos", py.Int(cpos))
	e.Dict.SetStr("lineno", py.Int(line))
	e.Dict.SetStr("colno", py.Int(col))
	panic(e)
}

func (d *decoder) ws() {
	for d.pos < len(d.s) && strings.IndexByte(" \t\n\r", d.s[d.pos]) >= 0 {
		d.pos++
	}
}

func (d *decoder) value() py.Object {
	d.ws()
	if d.pos >= len(d.s) {
		d.fail("Expecting value", d.pos)
	}
	c := d.s[d.pos]
	switch {
	case c == '"':
		return py.Str(d.str())
	case c == '{':
		return d.object()
	case c == '[':
		return d.array()
	case strings.HasPrefix(d.s[d.pos:], "null"):
		d.pos += 4
		return py.None
	case strings.HasPrefix(d.s[d.pos:], "true"):
		d.pos += 4
		return py.True
	case strings.HasPrefix(d.s[d.pos:], "false"):
		d.pos += 5
		return py.False
	case strings.HasPrefix(d.s[d.pos:], "NaN"):
		d.pos += 3
		return py.Float(math.NaN())
	case strings.HasPrefix(d.s[d.pos:], "Infinity"):
		d.pos += 8
		return py.Float(math.Inf(1))
	case strings.HasPrefix(d.s[d.pos:], "-Infinity"):
		d.pos += 9
		return py.Float(math.Inf(-1))
	case c == '-' || (c >= '0' && c <= '9'):
		return d.number()
	}
	d.fail("Expecting value", d.pos)
	return nil
}

func (d *decoder) number() py.Object {
	start := d.pos
	if d.s[d.pos] == '-' {
		d.pos++
	}
	if d.pos >= len(d.s) || d.s[d.pos] < '0' || d.s[d.pos] > '9' {
		d.fail("Expecting value", start)
	}
	if d.s[d.pos] == '0' {
		d.pos++
	} else {
		for d.pos < len(d.s) && d.s[d.pos] >= '0' && d.s[d.pos] <= '9' {
			d.pos++
		}
	}
	isFloat := false
	if d.pos+1 < len(d.s) && d.s[d.pos] == '.' && d.s[d.pos+1] >= '0' && d.s[d.pos+1] <= '9' {
		isFloat = true
		d.pos++
		for d.pos < len(d.s) && d.s[d.pos] >= '0' && d.s[d.pos] <= '9' {
			d.pos++
		}
	}
	if d.pos < len(d.s) && (d.s[d.pos] == 'e' || d.s[d.pos] == 'E') {
		p := d.pos + 1
		if p < len(d.s) && (d.s[p] == '+' || d.s[p] == '-') {
			p++
		}
		if p < len(d.s) && d.s[p] >= '0' && d.s[p] <= '9' {
			isFloat = true
			for p < len(d.s) && d.s[p] >= '0' && d.s[p] <= '9' {
				p++
			}
			d.pos = p
		}
	}
	text := d.s[start:d.pos]
	if isFloat {
		if d.parseFloat != nil {
			return py.Call(d.parseFloat, py.Str(text))
		}
		f, _ := strconv.ParseFloat(text, 64)
		return py.Float(f)
	}
	if d.parseInt != nil {
		return py.Call(d.parseInt, py.Str(text))
	}
	if n, err := strconv.ParseInt(text, 10, 64); err == nil {
		return py.Int(n)
	}
	b, _ := new(big.Int).SetString(text, 10)
	return py.NewBigInt(b)
}

func (d *decoder) str() string {
	start := d.pos
	d.pos++
	var b strings.Builder
	for {
		if d.pos >= len(d.s) {
			d.fail("Unterminated string starting at", start)
		}
		c := d.s[d.pos]
		switch {
		case c == '"':
			d.pos++
			return b.String()
		case c == '\\':
			if d.pos+1 >= len(d.s) {
				d.fail("Unterminated string starting at", start)
			}
			esc := d.s[d.pos+1]
			switch esc {
			case '"', '\\', '/':
				b.WriteByte(esc)
			case 'b':
				b.WriteByte('\b')
			case 'f':
				b.WriteByte('\f')
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			case 't':
				b.WriteByte('\t')
			case 'u':
				r := d.hex4(d.pos + 2)
				d.pos += 4
				if utf16.IsSurrogate(r) && d.pos+7 < len(d.s) && d.s[d.pos+2] == '\\' && d.s[d.pos+3] == 'u' {
					r2 := d.hex4(d.pos + 4)
					if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
						r = dec
						d.pos += 6
					}
				}
				b.WriteRune(r)
			default:
				d.fail("Invalid \\escape", d.pos)
			}
			d.pos += 2
		case c < 0x20:
			d.fail("Invalid control character at", d.pos)
		default:
			b.WriteByte(c)
			d.pos++
		}
	}
}

func (d *decoder) hex4(p int) rune {
	if p+4 > len(d.s) {
		d.fail("Invalid \\uXXXX escape", p-1)
	}
	v, err := strconv.ParseUint(d.s[p:p+4], 16, 32)
	if err != nil {
		d.fail("Invalid \\uXXXX escape", p-1)
	}
	return rune(v)
}

func (d *decoder) object() py.Object {
	py.EnterRecursiveCall(" while decoding a JSON object from a unicode string")
	defer py.LeaveRecursiveCall()
	d.pos++
	var pairs []py.Object
	dict := py.NewDict()
	d.ws()
	if d.pos < len(d.s) && d.s[d.pos] == '}' {
		d.pos++
		return d.finishObject(dict, pairs)
	}
	for {
		d.ws()
		if d.pos >= len(d.s) || d.s[d.pos] != '"' {
			d.fail("Expecting property name enclosed in double quotes", d.pos)
		}
		k := d.str()
		d.ws()
		if d.pos >= len(d.s) || d.s[d.pos] != ':' {
			d.fail("Expecting ':' delimiter", d.pos)
		}
		d.pos++
		v := d.value()
		dict.SetStr(k, v)
		pairs = append(pairs, py.NewTuple(py.Str(k), v))
		d.ws()
		if d.pos < len(d.s) && d.s[d.pos] == '}' {
			d.pos++
			return d.finishObject(dict, pairs)
		}
		if d.pos >= len(d.s) || d.s[d.pos] != ',' {
			d.fail("Expecting ',' delimiter", d.pos)
		}
		d.pos++
	}
}

func (d *decoder) finishObject(dict *py.Dict, pairs []py.Object) py.Object {
	if d.pairsHook != nil {
		return py.Call(d.pairsHook, py.NewList(pairs...))
	}
	if d.objectHook != nil {
		return py.Call(d.objectHook, dict)
	}
	return dict
}

func (d *decoder) array() py.Object {
	py.EnterRecursiveCall(" while decoding a JSON array from a unicode string")
	defer py.LeaveRecursiveCall()
	d.pos++
	var items []py.Object
	d.ws()
	if d.pos < len(d.s) && d.s[d.pos] == ']' {
		d.pos++
		return py.NewList()
	}
	for {
		items = append(items, d.value())
		d.ws()
		if d.pos < len(d.s) && d.s[d.pos] == ']' {
			d.pos++
			return py.NewList(items...)
		}
		if d.pos >= len(d.s) || d.s[d.pos] != ',' {
			d.fail("Expecting ',' delimiter", d.pos)
		}
		d.pos++
	}
}

// Loads is json.loads.
func Loads(s string, opts map[string]py.Object) py.Object {
	// json.loads, JSONDecoder.decode and raw_decode, and the call of the
	// C scanner, as in CPython.
	defer py.RestoreDepth(py.EnterFrames(4))
	d := &decoder{s: s}
	d.objectHook = nonNone(opts["object_hook"])
	d.pairsHook = nonNone(opts["object_pairs_hook"])
	d.parseFloat = nonNone(opts["parse_float"])
	d.parseInt = nonNone(opts["parse_int"])
	if strings.HasPrefix(s, "\ufeff") {
		d.fail("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0)
	}
	v := d.value()
	d.ws()
	if d.pos != len(d.s) {
		d.fail("Extra data", d.pos)
	}
	return v
}

func nonNone(o py.Object) py.Object {
	if o == nil || o == py.None {
		return nil
	}
	return o
}

func kwOpts(args []py.Object, kw []string, npos int) map[string]py.Object {
	opts := map[string]py.Object{}
	for i, k := range kw {
		opts[k] = args[npos+i]
	}
	return opts
}

func init() {
	py.RegisterFallbackModule("json", func(m *py.Module) {
		m.Set("JSONDecodeError", DecodeErrorType)
		m.AddFunc("dumps", func(args []py.Object, kw []string) py.Object {
			npos := len(args) - len(kw)
			if npos != 1 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("dumps() takes 1 positional argument but %d were given", npos)))
			}
			return py.Str(Dumps(args[0], kwOpts(args, kw, npos)))
		})
		m.AddFunc("dump", func(args []py.Object, kw []string) py.Object {
			npos := len(args) - len(kw)
			if npos != 2 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("dump() takes 2 positional arguments but %d were given", npos)))
			}
			py.CallMethod(args[1], "write", py.Str(Dumps(args[0], kwOpts(args, kw, npos))))
			return py.None
		})
		m.AddFunc("loads", func(args []py.Object, kw []string) py.Object {
			npos := len(args) - len(kw)
			if npos != 1 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("loads() takes 1 positional argument but %d were given", npos)))
			}
			var s string
			switch v := args[0].(type) {
			case py.Str:
				s = string(v)
			case py.Bytes:
				s = string(v)
			case *py.ByteArray:
				s = string(v.B)
			default:
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("the JSON object must be str, bytes or bytearray, not %s", args[0].Type().Name)))
			}
			return Loads(s, kwOpts(args, kw, npos))
		})
		m.AddFunc("load", func(args []py.Object, kw []string) py.Object {
			npos := len(args) - len(kw)
			return Loads(py.StrOf(py.CallMethod(args[0], "read")), kwOpts(args, kw, npos))
		})
	})
}
