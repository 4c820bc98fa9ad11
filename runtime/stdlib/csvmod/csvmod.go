// Package csvmod is CPython's _csv module (under the pure-Python csv):
// Dialect with its validation, reader (CPython's parser state machine:
// quoting, escapes, doubled quotes, skipinitialspace, strict mode,
// QUOTE_NONNUMERIC, the field size limit), writer (CPython's quoting and
// escaping rules) and the dialect registry.
package csvmod

import (
	"fmt"
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
)

const (
	quoteMinimal = iota
	quoteAll
	quoteNonnumeric
	quoteNone
)

// ErrorType is _csv.Error.
var ErrorType *py.Type

func fail(format string, a ...any) { panic(py.NewError(ErrorType, fmt.Sprintf(format, a...))) }

func typeError(format string, a ...any) {
	panic(py.NewError(py.TypeErrorType, fmt.Sprintf(format, a...)))
}

// noChar marks an unset escapechar/quotechar.
const noChar = rune(-1)

// Dialect is a _csv.Dialect.
type Dialect struct {
	cls              *py.Type
	delimiter        rune
	quotechar        rune
	escapechar       rune
	lineterminator   string
	quoting          int
	doublequote      bool
	skipinitialspace bool
	strict           bool
}

var (
	DialectType *py.Type
	ReaderType  *py.Type
	WriterType  *py.Type
)

func (d *Dialect) Type() *py.Type { return d.cls }

var (
	registry   *py.Dict
	fieldLimit = 128 * 1024
)

var dialectAttrs = []string{"delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict"}

func charAttr(name string, o py.Object, def rune, allowNone bool) rune {
	if o == nil {
		return def
	}
	if o == py.None {
		if allowNone {
			return noChar
		}
		typeError("\"%s\" must be string, not NoneType", name)
	}
	s, ok := o.(py.Str)
	if !ok {
		if allowNone {
			typeError("\"%s\" must be string or None, not %s", name, o.Type().Name)
		}
		typeError("\"%s\" must be string, not %s", name, o.Type().Name)
	}
	rs := []rune(string(s))
	if len(rs) != 1 {
		typeError("\"%s\" must be a 1-character string", name)
	}
	return rs[0]
}

// newDialect is _csv.Dialect(dialect=None, **kwargs).
func newDialect(cls *py.Type, base py.Object, kwnames []string, kwvals []py.Object) *Dialect {
	if s, ok := base.(py.Str); ok {
		base = getDialect(s)
	}
	if d, ok := base.(*Dialect); ok && len(kwnames) == 0 && cls == DialectType {
		return d
	}
	vals := map[string]py.Object{}
	if base != nil && base != py.None {
		for _, a := range dialectAttrs {
			if v := py.LookupAttr(base, a); v != nil {
				vals[a] = v
			}
		}
	}
	given := map[string]bool{}
	for i, k := range kwnames {
		found := false
		for _, a := range dialectAttrs {
			if a == k {
				found = true
			}
		}
		if !found {
			typeError("'%s' is an invalid keyword argument for this function", k)
		}
		vals[k] = kwvals[i]
		given[k] = true
	}
	d := &Dialect{cls: cls}
	d.delimiter = charAttr("delimiter", vals["delimiter"], ',', false)
	d.doublequote = vals["doublequote"] == nil || py.Truth(vals["doublequote"])
	d.escapechar = charAttr("escapechar", vals["escapechar"], noChar, true)
	d.lineterminator = "\r\n"
	if v := vals["lineterminator"]; v != nil {
		s, ok := v.(py.Str)
		if !ok {
			typeError("\"lineterminator\" must be a string")
		}
		d.lineterminator = string(s)
	}
	d.quotechar = charAttr("quotechar", vals["quotechar"], '"', true)
	d.quoting = quoteMinimal
	if v := vals["quoting"]; v != nil {
		if _, ok := v.(py.Int); !ok {
			if _, ok := v.(py.Bool); !ok {
				typeError("\"quoting\" must be an integer")
			}
		}
		q := py.Index(v)
		if q < quoteMinimal || q > quoteNone {
			typeError("bad \"quoting\" value")
		}
		d.quoting = q
	} else if vals["quotechar"] == py.None {
		d.quoting = quoteNone
	}
	d.skipinitialspace = vals["skipinitialspace"] != nil && py.Truth(vals["skipinitialspace"])
	d.strict = vals["strict"] != nil && py.Truth(vals["strict"])
	if d.quotechar == noChar && d.quoting != quoteNone {
		typeError("quotechar must be set if quoting enabled")
	}
	if d.lineterminator == "" && false {
		typeError("lineterminator must be set")
	}
	return d
}

func getDialect(name py.Object) py.Object {
	if _, ok := name.(py.Str); !ok {
		typeError("dialect name must be a string")
	}
	if v, ok := registry.GetStr(string(name.(py.Str))); ok {
		return v
	}
	fail("unknown dialect")
	return nil
}

func splitKw(args []py.Object, kw []string) ([]py.Object, []string, []py.Object) {
	n := len(args) - len(kw)
	return args[:n], kw, args[n:]
}

// --- reader ---

type state int

const (
	startRecord state = iota
	startField
	escapedChar
	inField
	inQuotedField
	escapeInQuotedField
	quoteInQuotedField
	eatCRNL
	afterEscapedCRNL
)

const eol = rune(-2)

// Reader is a _csv.reader.
type Reader struct {
	it      py.Object
	d       *Dialect
	fields  []py.Object
	field   []rune
	st      state
	numeric bool
	lineNum int
}

func (*Reader) Type() *py.Type { return ReaderType }

func (r *Reader) addChar(c rune) {
	if len(r.field) >= fieldLimit {
		fail("field larger than field limit (%d)", fieldLimit)
	}
	r.field = append(r.field, c)
}

func (r *Reader) saveField() {
	s := py.Str(string(r.field))
	r.field = r.field[:0]
	if r.numeric {
		r.numeric = false
		r.fields = append(r.fields, py.Call(py.FloatType, s))
		return
	}
	r.fields = append(r.fields, s)
}

func (r *Reader) process(c rune) {
	d := r.d
	switch r.st {
	case startRecord:
		if c == eol {
			return
		}
		if c == '\n' || c == '\r' {
			r.st = eatCRNL
			return
		}
		r.st = startField
		fallthrough
	case startField:
		switch {
		case c == '\n' || c == '\r' || c == eol:
			r.saveField()
			if c == eol {
				r.st = startRecord
			} else {
				r.st = eatCRNL
			}
		case c == d.quotechar && d.quoting != quoteNone:
			r.st = inQuotedField
		case c == d.escapechar:
			r.st = escapedChar
		case c == ' ' && d.skipinitialspace:
		case c == d.delimiter:
			r.saveField()
		default:
			if d.quoting == quoteNonnumeric {
				r.numeric = true
			}
			r.addChar(c)
			r.st = inField
		}
	case escapedChar:
		if c == '\n' || c == '\r' {
			r.addChar(c)
			r.st = afterEscapedCRNL
			return
		}
		if c == eol {
			c = '\n'
		}
		r.addChar(c)
		r.st = inField
	case afterEscapedCRNL:
		if c == eol {
			return
		}
		r.st = inField
		r.inField(c)
	case inField:
		r.inField(c)
	case inQuotedField:
		switch {
		case c == eol:
		case c == d.escapechar:
			r.st = escapeInQuotedField
		case c == d.quotechar && d.quoting != quoteNone:
			if d.doublequote {
				r.st = quoteInQuotedField
			} else {
				r.st = inField
			}
		default:
			r.addChar(c)
		}
	case escapeInQuotedField:
		if c == eol {
			c = '\n'
		}
		r.addChar(c)
		r.st = inQuotedField
	case quoteInQuotedField:
		switch {
		case d.quoting != quoteNone && c == d.quotechar:
			r.addChar(c)
			r.st = inQuotedField
		case c == d.delimiter:
			r.saveField()
			r.st = startField
		case c == '\n' || c == '\r' || c == eol:
			r.saveField()
			if c == eol {
				r.st = startRecord
			} else {
				r.st = eatCRNL
			}
		case !d.strict:
			r.addChar(c)
			r.st = inField
		default:
			fail("'%c' expected after '%c'", d.delimiter, d.quotechar)
		}
	case eatCRNL:
		switch {
		case c == '\n' || c == '\r':
		case c == eol:
			r.st = startRecord
		default:
			fail("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?")
		}
	}
}

func (r *Reader) inField(c rune) {
	d := r.d
	switch {
	case c == '\n' || c == '\r' || c == eol:
		r.saveField()
		if c == eol {
			r.st = startRecord
		} else {
			r.st = eatCRNL
		}
	case c == d.escapechar:
		r.st = escapedChar
	case c == d.delimiter:
		r.saveField()
		r.st = startField
	default:
		r.addChar(c)
	}
}

// Next is reader.__next__.
func (r *Reader) Next() (py.Object, bool) {
	r.fields, r.field, r.st, r.numeric = nil, r.field[:0], startRecord, false
	for {
		line, ok := py.Next(r.it)
		if !ok {
			if len(r.field) != 0 || r.st == inQuotedField {
				if r.d.strict {
					fail("unexpected end of data")
				}
				r.saveField()
				break
			}
			return nil, false
		}
		s, isStr := line.(py.Str)
		if !isStr {
			fail("iterator should return strings, not %s (the file should be opened in text mode)", line.Type().Name)
		}
		r.lineNum++
		for _, c := range string(s) {
			r.process(c)
		}
		r.process(eol)
		if r.st == startRecord {
			break
		}
	}
	fields := r.fields
	r.fields = nil
	if fields == nil {
		fields = []py.Object{}
	}
	return py.NewList(fields...), true
}

// --- writer ---

// Writer is a _csv.writer.
type Writer struct {
	write py.Object
	d     *Dialect
}

func (*Writer) Type() *py.Type { return WriterType }

func (w *Writer) needsQuote(c rune) bool {
	d := w.d
	return c == d.delimiter || (d.escapechar != noChar && c == d.escapechar) || (d.quotechar != noChar && c == d.quotechar) ||
		strings.ContainsRune(d.lineterminator, c)
}

// appendField adds one field to rec, quoting and escaping as CPython's
// join_append does.
func (w *Writer) appendField(rec *strings.Builder, first bool, field string, quoted bool) {
	d := w.d
	// First pass: does the field need quotes?
	for _, c := range field {
		if w.needsQuote(c) && d.quoting != quoteNone {
			wantEscape := (c == d.quotechar && !d.doublequote) || (d.escapechar != noChar && c == d.escapechar && c != d.quotechar)
			if !wantEscape {
				quoted = true
			}
		}
	}
	if !first {
		rec.WriteRune(d.delimiter)
	}
	if quoted {
		rec.WriteRune(d.quotechar)
	}
	for _, c := range field {
		if w.needsQuote(c) {
			wantEscape := false
			if d.quoting == quoteNone {
				wantEscape = true
			} else {
				if c == d.quotechar {
					if d.doublequote {
						rec.WriteRune(d.quotechar)
					} else {
						wantEscape = true
					}
				} else if d.escapechar != noChar && c == d.escapechar {
					wantEscape = true
				}
			}
			if wantEscape {
				if d.escapechar == noChar {
					fail("need to escape, but no escapechar set")
				}
				rec.WriteRune(d.escapechar)
			}
		}
		rec.WriteRune(c)
	}
	if quoted {
		rec.WriteRune(d.quotechar)
	}
}

func isNumber(o py.Object) bool {
	switch o.(type) {
	case py.Int, py.Bool, py.Float, *py.BigInt:
		return true
	}
	return py.LookupSpecial(o, "__index__") != nil || py.LookupSpecial(o, "__float__") != nil || py.LookupSpecial(o, "__int__") != nil
}

func (w *Writer) writerow(row py.Object) py.Object {
	var items []py.Object
	func() {
		defer func() {
			if x := recover(); x != nil {
				e := py.Recovered(x)
				if py.ExceptionMatches(e, py.TypeErrorType) {
					fail("iterable expected, not %s", row.Type().Name)
				}
				panic(e)
			}
		}()
		py.GetIter(row)
	}()
	items = py.AppendStar(nil, row)
	var rec strings.Builder
	for i, f := range items {
		quoted := false
		switch w.d.quoting {
		case quoteNonnumeric:
			quoted = !isNumber(f)
		case quoteAll:
			quoted = true
		}
		var s string
		switch v := f.(type) {
		case py.NoneType:
			s = ""
		case py.Str:
			s = string(v)
		default:
			s = py.StrOf(f)
		}
		w.appendField(&rec, i == 0, s, quoted)
	}
	if len(items) > 0 && rec.Len() == 0 {
		if w.d.quoting == quoteNone {
			fail("single empty field record must be quoted")
		}
		rec.WriteRune(w.d.quotechar)
		rec.WriteRune(w.d.quotechar)
	}
	rec.WriteString(w.d.lineterminator)
	return py.Call(w.write, py.Str(rec.String()))
}

// --- module ---

func dialectArg(args []py.Object, kw []string, start int) *Dialect {
	pos, names, vals := splitKw(args, kw)
	var base py.Object
	if len(pos) > start {
		base = pos[start]
	}
	var kn []string
	var kv []py.Object
	for i, n := range names {
		if n == "dialect" {
			base = vals[i]
			continue
		}
		kn = append(kn, n)
		kv = append(kv, vals[i])
	}
	if base == nil {
		base = py.Str("excel")
		if _, ok := registry.GetStr("excel"); !ok {
			base = nil
		}
	}
	return newDialect(DialectType, base, kn, kv)
}

func setup0() {
	DialectType.Dict.SetStr("__doc__", py.Str("CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n"))
	DialectType.Dict.SetStr("__new__", &py.StaticMethod{Func: py.NewBuiltin("__new__", func(args []py.Object, kw []string) py.Object {
		cls := args[0].(*py.Type)
		pos, names, vals := splitKw(args[1:], kw)
		if len(pos) > 1 {
			typeError("Dialect() takes at most 1 positional argument (%d given)", len(pos))
		}
		var base py.Object
		if len(pos) == 1 {
			base = pos[0]
		}
		var kn []string
		var kv []py.Object
		for i, n := range names {
			if n == "dialect" {
				base = vals[i]
				continue
			}
			kn = append(kn, n)
			kv = append(kv, vals[i])
		}
		return newDialect(cls, base, kn, kv)
	})})
	py.SetSubclassable(DialectType)
	dg := func(name string, f func(d *Dialect) py.Object) {
		py.AddGetter(DialectType, name, func(o py.Object) py.Object { return f(o.(*Dialect)) }, nil)
	}
	char := func(c rune) py.Object {
		if c == noChar {
			return py.None
		}
		return py.Str(string(c))
	}
	dg("delimiter", func(d *Dialect) py.Object { return char(d.delimiter) })
	dg("quotechar", func(d *Dialect) py.Object { return char(d.quotechar) })
	dg("escapechar", func(d *Dialect) py.Object { return char(d.escapechar) })
	dg("lineterminator", func(d *Dialect) py.Object { return py.Str(d.lineterminator) })
	dg("quoting", func(d *Dialect) py.Object { return py.Int(d.quoting) })
	dg("doublequote", func(d *Dialect) py.Object { return py.NewBool(d.doublequote) })
	dg("skipinitialspace", func(d *Dialect) py.Object { return py.NewBool(d.skipinitialspace) })
	dg("strict", func(d *Dialect) py.Object { return py.NewBool(d.strict) })

	ReaderType.SetNoNew()
	WriterType.SetNoNew()
	py.AddMethod(ReaderType, "__iter__", func(args []py.Object, kw []string) py.Object { return args[0] })
	py.AddMethod(ReaderType, "__next__", func(args []py.Object, kw []string) py.Object {
		v, ok := args[0].(*Reader).Next()
		if !ok {
			panic(py.NewException(py.StopIterationType))
		}
		return v
	})
	py.AddGetter(ReaderType, "dialect", func(o py.Object) py.Object { return o.(*Reader).d }, nil)
	py.AddGetter(ReaderType, "line_num", func(o py.Object) py.Object { return py.Int(o.(*Reader).lineNum) }, nil)
	py.AddGetter(WriterType, "dialect", func(o py.Object) py.Object { return o.(*Writer).d }, nil)
	py.AddMethod(WriterType, "writerow", func(args []py.Object, kw []string) py.Object {
		if len(args) != 2 {
			typeError("writerow() takes exactly one argument (%d given)", len(args)-1)
		}
		return args[0].(*Writer).writerow(args[1])
	})
	py.AddMethod(WriterType, "writerows", func(args []py.Object, kw []string) py.Object {
		if len(args) != 2 {
			typeError("writerows() takes exactly one argument (%d given)", len(args)-1)
		}
		w := args[0].(*Writer)
		it := py.GetIter(args[1])
		for {
			row, ok := py.Next(it)
			if !ok {
				return py.None
			}
			w.writerow(row)
		}
	})

	py.RegisterModule("_csv", func(m *py.Module) {
		m.Set("__doc__", py.Str(moduleDoc))
		m.Set("__version__", py.Str("1.0"))
		m.Set("QUOTE_MINIMAL", py.Int(quoteMinimal))
		m.Set("QUOTE_ALL", py.Int(quoteAll))
		m.Set("QUOTE_NONNUMERIC", py.Int(quoteNonnumeric))
		m.Set("QUOTE_NONE", py.Int(quoteNone))
		m.Set("Error", ErrorType)
		m.Set("Dialect", DialectType)
		m.Set("Reader", ReaderType)
		m.Set("Writer", WriterType)
		m.Set("_dialects", registry)
		m.AddFunc("reader", func(args []py.Object, kw []string) py.Object {
			if len(args)-len(kw) < 1 {
				typeError("expected at least 1 argument, got 0")
			}
			it := py.GetIter(args[0])
			return &Reader{it: it, d: dialectArg(args, kw, 1)}
		})
		m.AddFunc("writer", func(args []py.Object, kw []string) py.Object {
			if len(args)-len(kw) < 1 {
				typeError("expected at least 1 argument, got 0")
			}
			write := py.LookupAttr(args[0], "write")
			if write == nil || !py.Truth(py.Call(py.LoadBuiltin("callable"), write)) {
				typeError("argument 1 must have a \"write\" method")
			}
			return &Writer{write: write, d: dialectArg(args, kw, 1)}
		})
		m.AddFunc("register_dialect", func(args []py.Object, kw []string) py.Object {
			pos, names, vals := splitKw(args, kw)
			if len(pos) < 1 || len(pos) > 2 {
				typeError("register_dialect() expected at most 2 arguments, got %d", len(pos))
			}
			if _, ok := pos[0].(py.Str); !ok {
				typeError("dialect name must be a string")
			}
			var base py.Object
			if len(pos) == 2 {
				base = pos[1]
			}
			registry.Set(pos[0], newDialect(DialectType, base, names, vals))
			return py.None
		})
		m.AddFunc("unregister_dialect", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("unregister_dialect", args, kw, []string{"name"}, 1)
			if !py.Contains(registry, a[0]) {
				fail("unknown dialect")
			}
			py.DelItem(registry, a[0])
			return py.None
		})
		m.AddFunc("get_dialect", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("get_dialect", args, kw, []string{"name"}, 1)
			return getDialect(a[0])
		})
		m.AddFunc("list_dialects", func(args []py.Object, kw []string) py.Object {
			return py.NewList(registry.Keys()...)
		})
		m.AddFunc("field_size_limit", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("field_size_limit", args, kw, []string{"new_limit"}, 0)
			old := fieldLimit
			if a[0] != nil {
				if _, ok := a[0].(py.Int); !ok {
					typeError("limit must be an integer")
				}
				fieldLimit = py.Index(a[0])
			}
			return py.Int(old)
		})
	})
}

const moduleDoc = "CSV parsing and writing.\n\nThis module provides classes that assist in the reading and writing\nof Comma Separated Value (CSV) files, and implements the interface\ndescribed by PEP 305.  Although many CSV files are simple to parse,\nthe format is not formally defined by a stable specification and\nis subtle enough that parsing lines of a CSV file with something\nlike line.split(\",\") is bound to fail.  The module supports three\nbasic APIs: reading, writing, and registration of dialects.\n\n\nDIALECT REGISTRATION:\n\nReaders and writers support a dialect argument, which is a convenient\nhandle on a group of settings.  When the dialect argument is a string,\nit identifies one of the dialects previously registered with the module.\nIf it is a class or instance, the attributes of the argument are used as\nthe settings for the reader or writer:\n\n    class excel:\n        delimiter = ','\n        quotechar = '\"'\n        escapechar = None\n        doublequote = True\n        skipinitialspace = False\n        lineterminator = '\\r\\n'\n        quoting = QUOTE_MINIMAL\n\nSETTINGS:\n\n    * quotechar - specifies a one-character string to use as the\n        quoting character.  It defaults to '\"'.\n    * delimiter - specifies a one-character string to use as the\n        field separator.  It defaults to ','.\n    * skipinitialspace - specifies how to interpret spaces which\n        immediately follow a delimiter.  It defaults to False, which\n        means that spaces immediately following a delimiter is part\n        of the following field.\n    * lineterminator -  specifies the character sequence which should\n        terminate rows.\n    * quoting - controls when quotes should be generated by the writer.\n        It can take on any of the following module constants:\n\n        csv.QUOTE_MINIMAL means only when required, for example, when a\n            field contains either the quotechar or the delimiter\n        csv.QUOTE_ALL means that quotes are always placed around fields.\n        csv.QUOTE_NONNUMERIC means that quotes are always placed around\n            fields which do not parse as integers or floating point\n            numbers.\n        csv.QUOTE_NONE means that quotes are never placed around fields.\n    * escapechar - specifies a one-character string used to escape\n        the delimiter when quoting is set to QUOTE_NONE.\n    * doublequote - controls the handling of quotes inside fields.  When\n        True, two consecutive quotes are interpreted as one during read,\n        and when writing, each quote character embedded in the data is\n        written as two quotes\n"

// initVars sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars() {
	ErrorType = py.NewClass("Error", "Error", "_csv", []py.Object{py.ExceptionType}, py.NewDict())
	DialectType = py.NewNativeType("Dialect", "_csv", nil, nil)
	ReaderType = py.NewNativeType("reader", "_csv", nil, nil)
	WriterType = py.NewNativeType("writer", "_csv", nil, nil)
	registry = py.NewDict()
}
