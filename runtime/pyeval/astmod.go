package pyeval

import (
	"fmt"
	"math/big"
	"reflect"
	"strings"
	"unicode"

	"github.com/py2goasync/py2goasync/parser"
	"github.com/py2goasync/py2goasync/runtime/py"
)

// The _ast module: CPython's AST classes (parser.ASTClasses, generated from
// the interpreter's _ast), compile(..., PyCF_ONLY_AST) turning the
// project's parser's tree into instances of them, and compile() of such a
// tree turning it back for the evaluator. The host's ast.py builds on it
// (ast.parse, literal_eval, unparse, NodeVisitor, ...).

// Flags of compile() that concern the AST (CPython's PyCF_* values).
const (
	cfOnlyAST             = 0x400
	cfTypeComments        = 0x1000
	cfAllowTopLevelAwait  = 0x2000
	cfOptimizedASTFlagSet = cfOnlyAST | cfTypeComments | cfAllowTopLevelAwait
)

var (
	astClasses = map[string]*py.Type{}
	// astSpecs are the classes by name; astGoTypes maps a Go node type
	// to its class.
	astSpecs   = map[string]*parser.ASTClass{}
	astGoTypes = map[reflect.Type]*py.Type{}
	// astSingletons are the shared instances of the operator and
	// expression-context classes the parser produces (as CPython's).
	astSingletons = map[any]py.Object{}
	astBase       *py.Type
)

func init() {
	py.RegisterModule("_ast", initAST)
}

func initAST(m *py.Module) {
	buildASTClasses()
	for i := range parser.ASTClasses {
		c := &parser.ASTClasses[i]
		m.Set(c.Name, astClasses[c.Name])
	}
	m.Set("PyCF_ONLY_AST", py.Int(cfOnlyAST))
	m.Set("PyCF_TYPE_COMMENTS", py.Int(cfTypeComments))
	m.Set("PyCF_ALLOW_TOP_LEVEL_AWAIT", py.Int(cfAllowTopLevelAwait))
}

func buildASTClasses() {
	if astBase != nil {
		return
	}
	for i := range parser.ASTClasses {
		c := &parser.ASTClasses[i]
		astSpecs[c.Name] = c
		ns := py.NewDict()
		ns.SetStr("__module__", py.Str("ast"))
		if c.Doc != "" {
			ns.SetStr("__doc__", py.Str(c.Doc))
		}
		fields := make([]py.Object, len(c.Fields))
		for j, f := range c.Fields {
			fields[j] = py.Str(f)
		}
		ns.SetStr("_fields", py.NewTuple(fields...))
		ns.SetStr("__match_args__", py.NewTuple(fields...))
		if c.Attributes != nil || c.Name == "AST" {
			attrs := make([]py.Object, len(c.Attributes))
			for j, a := range c.Attributes {
				attrs[j] = py.Str(a)
			}
			ns.SetStr("_attributes", py.NewTuple(attrs...))
		}
		for _, n := range c.NoneDefaults {
			ns.SetStr(n, py.None)
		}
		var bases []py.Object
		if c.Name == "AST" {
			ns.SetStr("__init__", py.NewMethod("__init__", astInit))
			ns.SetStr("__reduce__", py.NewMethod("__reduce__", astReduce))
		} else {
			bases = []py.Object{astClasses[c.Base]}
		}
		cls := py.NewClass(c.Name, c.Name, "ast", bases, ns)
		astClasses[c.Name] = cls
		if c.Name == "AST" {
			astBase = cls
		}
		if c.New != nil {
			astGoTypes[reflect.TypeOf(c.New())] = cls
		}
		if c.Value != nil {
			astSingletons[c.Value] = py.Call(cls)
		}
	}
}

// astInit is AST.__init__: positional arguments fill _fields in order,
// keywords set any attribute.
func astInit(args []py.Object, kw []string) py.Object {
	self := args[0]
	npos := len(args) - 1 - len(kw)
	if npos > 0 {
		fields := py.GetAttr(self.Type(), "_fields")
		names := iterItems(fields)
		if npos > len(names) {
			s := "s"
			if len(names) == 1 {
				s = ""
			}
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s constructor takes at most %d positional argument%s", self.Type().Name, len(names), s)))
		}
		for i := 0; i < npos; i++ {
			py.SetAttr(self, py.StrOf(names[i]), args[1+i])
		}
	}
	for i, k := range kw {
		py.SetAttr(self, k, args[1+npos+i])
	}
	return py.None
}

// astReduce is AST.__reduce__: (type(self), (), self.__dict__).
func astReduce(args []py.Object, kw []string) py.Object {
	self := args[0]
	var state py.Object = py.None
	if d := py.LookupAttr(self, "__dict__"); d != nil {
		state = d
	}
	return py.NewTuple(self.Type(), py.NewTuple(), state)
}

func iterItems(o py.Object) []py.Object {
	it := py.GetIter(o)
	var out []py.Object
	for {
		v, ok := py.Next(it)
		if !ok {
			return out
		}
		out = append(out, v)
	}
}

// astFieldName is the Python name of a node struct's field.
func astFieldName(goName string) string {
	var b strings.Builder
	for i, r := range goName {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte('_')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

var (
	posType   = reflect.TypeOf(parser.Pos{})
	valueType = reflect.TypeOf((*parser.Value)(nil)).Elem()
)

// astToPy converts the parser's tree to instances of the _ast classes.
func astToPy(n parser.Node) py.Object {
	buildASTClasses()
	return astValueToPy(reflect.ValueOf(n), "")
}

func astValueToPy(v reflect.Value, asdlType string) py.Object {
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return py.None
		}
		if v.Type() == valueType {
			return constant(v.Interface())
		}
		return astValueToPy(v.Elem(), asdlType)
	case reflect.Pointer:
		if v.IsNil() {
			return py.None
		}
		cls := astGoTypes[v.Type()]
		if cls == nil {
			panic(py.NewError(py.SystemErrorType, "no _ast class for "+v.Type().String()))
		}
		obj := py.Call(cls)
		st := v.Elem()
		t := st.Type()
		spec := astSpecs[cls.Name]
		for i := 0; i < t.NumField(); i++ {
			f := st.Field(i)
			if f.Type() == posType {
				p := f.Addr().Interface().(*parser.Pos)
				py.SetAttr(obj, "lineno", py.Int(p.Lineno))
				py.SetAttr(obj, "col_offset", py.Int(p.ColOffset))
				py.SetAttr(obj, "end_lineno", py.Int(p.EndLineno))
				py.SetAttr(obj, "end_col_offset", py.Int(p.EndColOffset))
				continue
			}
			name := astFieldName(t.Field(i).Name)
			var val py.Object
			if f.Kind() == reflect.String {
				if f.Len() == 0 && isNoneDefault(spec, name) {
					val = py.None
				} else {
					val = py.Str(f.String())
				}
			} else if f.Kind() == reflect.Slice && f.Type() != reflect.TypeOf(parser.Bytes(nil)) {
				items := make([]py.Object, f.Len())
				for j := range items {
					items[j] = astValueToPy(f.Index(j), "")
				}
				val = py.NewList(items...)
			} else {
				val = astValueToPy(f, "")
			}
			py.SetAttr(obj, name, val)
		}
		return obj
	case reflect.Int:
		return py.Int(v.Int())
	case reflect.Uint8:
		if s, ok := astSingletons[v.Interface()]; ok {
			return s
		}
	case reflect.String:
		return py.Str(v.String())
	case reflect.Slice:
		if b, ok := v.Interface().(parser.Bytes); ok {
			return py.Bytes(string(b))
		}
	}
	panic(py.NewError(py.SystemErrorType, "cannot convert "+v.Type().String()+" to an AST object"))
}

// isNoneDefault reports whether a string field of a class is optional
// (an empty Go string stands for None).
func isNoneDefault(spec *parser.ASTClass, field string) bool {
	for s := spec; s != nil; s = astSpecs[s.Base] {
		for _, n := range s.NoneDefaults {
			if n == field {
				return true
			}
		}
	}
	return false
}

// astFromPy converts an AST object back to the parser's tree, checking it
// as CPython's obj2ast does (the errors are its TypeErrors and
// ValueErrors).
func astFromPy(o py.Object, want reflect.Type, owner, field string) reflect.Value {
	switch want.Kind() {
	case reflect.Interface:
		if want == valueType {
			return reflect.ValueOf(constValue(o))
		}
		if o == py.None {
			return reflect.Zero(want)
		}
		// A tree can reach itself (node.operand = node).
		py.EnterRecursiveCall(" while traversing '" + asdlKind(want) + "' node")
		defer py.LeaveRecursiveCall()
		v := astNodeFromPy(o, owner, field)
		if !v.Type().Implements(want) {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("expected some sort of %s, but got %s", asdlKind(want), py.Repr(o))))
		}
		r := reflect.New(want).Elem()
		r.Set(v)
		return r
	case reflect.Pointer:
		if o == py.None {
			return reflect.Zero(want)
		}
		py.EnterRecursiveCall(" while traversing '" + asdlKind(want) + "' node")
		defer py.LeaveRecursiveCall()
		v := astNodeFromPy(o, owner, field)
		if v.Type() != want {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("expected some sort of %s, but got %s", asdlKind(want), py.Repr(o))))
		}
		return v
	case reflect.String:
		if o == py.None {
			return reflect.ValueOf("").Convert(want)
		}
		s, ok := o.(py.Str)
		if !ok {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("AST %s must be of type str", field)))
		}
		return reflect.ValueOf(string(s)).Convert(want)
	case reflect.Int:
		if _, ok := o.(py.Int); !ok {
			if _, ok := o.(py.Bool); !ok {
				panic(py.NewError(py.ValueErrorType, fmt.Sprintf("invalid integer value: %s", py.Repr(o))))
			}
		}
		return reflect.ValueOf(py.Index(o))
	case reflect.Uint8:
		for val, s := range astSingletons {
			if reflect.TypeOf(val) == want && py.IsInstance(o, s.Type()) {
				return reflect.ValueOf(val)
			}
		}
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("expected some sort of %s, but got %s", asdlKind(want), py.Repr(o))))
	case reflect.Slice:
		if want == reflect.TypeOf(parser.Bytes(nil)) {
			break
		}
		if _, ok := o.(*py.List); !ok {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s field \"%s\" must be a list, not a %s", owner, field, o.Type().Name)))
		}
		items := iterItems(o)
		s := reflect.MakeSlice(want, len(items), len(items))
		for i, it := range items {
			s.Index(i).Set(astFromPy(it, want.Elem(), owner, field))
		}
		return s
	}
	panic(py.NewError(py.SystemErrorType, "cannot convert an AST object to "+want.String()))
}

// astNodeFromPy converts one node object.
func astNodeFromPy(o py.Object, owner, field string) reflect.Value {
	for t := o.Type(); t != nil; {
		if spec := astSpecs[t.Name]; spec != nil && astClasses[t.Name] == t && spec.New != nil {
			return astFillNode(o, spec)
		}
		if len(t.Bases) == 0 {
			break
		}
		t = t.Bases[0]
	}
	panic(py.NewError(py.TypeErrorType, fmt.Sprintf("expected some sort of %s, but got %s", field, py.Repr(o))))
}

func astFillNode(o py.Object, spec *parser.ASTClass) reflect.Value {
	n := spec.New()
	v := reflect.ValueOf(n)
	st := v.Elem()
	t := st.Type()
	for i := 0; i < t.NumField(); i++ {
		f := st.Field(i)
		if f.Type() == posType {
			p := f.Addr().Interface().(*parser.Pos)
			p.Lineno = astIntAttr(o, spec, "lineno", true)
			p.ColOffset = astIntAttr(o, spec, "col_offset", true)
			p.EndLineno = astIntAttr(o, spec, "end_lineno", false)
			p.EndColOffset = astIntAttr(o, spec, "end_col_offset", false)
			if p.EndLineno == 0 {
				p.EndLineno = p.Lineno
				p.EndColOffset = p.ColOffset
			}
			continue
		}
		name := astFieldName(t.Field(i).Name)
		val := py.LookupAttr(o, name)
		if val == nil {
			if f.Kind() == reflect.Slice {
				// A missing list field is an empty list.
				continue
			}
			if !isNoneDefault(spec, name) {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("required field \"%s\" missing from %s", name, spec.Name)))
			}
			continue
		}
		if val == py.None && !isNoneDefault(spec, name) && f.Kind() != reflect.Slice && f.Type() != valueType {
			panic(py.NewError(py.ValueErrorType, fmt.Sprintf("field '%s' is required for %s", name, spec.Name)))
		}
		f.Set(astFromPy(val, f.Type(), spec.Name, name))
	}
	return v
}

func astIntAttr(o py.Object, spec *parser.ASTClass, name string, required bool) int {
	v := py.LookupAttr(o, name)
	if v == nil || v == py.None {
		if required {
			kind := spec.Base
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("required field \"%s\" missing from %s", name, kind)))
		}
		return 0
	}
	return py.Index(v)
}

// asdlKind names the ASDL type a Go type stands for, for error messages.
func asdlKind(t reflect.Type) string {
	switch t {
	case reflect.TypeOf((*parser.ExprNode)(nil)).Elem():
		return "expr"
	case reflect.TypeOf((*parser.StmtNode)(nil)).Elem():
		return "stmt"
	case reflect.TypeOf((*parser.PatternNode)(nil)).Elem():
		return "pattern"
	case reflect.TypeOf((*parser.ModNode)(nil)).Elem():
		return "mod"
	case reflect.TypeOf(parser.BoolOperator(0)):
		return "boolop"
	case reflect.TypeOf(parser.Operator(0)):
		return "operator"
	case reflect.TypeOf(parser.UnaryOperator(0)):
		return "unaryop"
	case reflect.TypeOf(parser.CmpOperator(0)):
		return "cmpop"
	case reflect.TypeOf(parser.ExprContext(0)):
		return "expr_context"
	}
	if t.Kind() == reflect.Pointer {
		if c := astGoTypes[t]; c != nil {
			return c.Name
		}
	}
	return t.String()
}

// constValue is a Constant's value as the parser holds it.
func constValue(o py.Object) parser.Value {
	switch v := o.(type) {
	case py.NoneType:
		return parser.NoneValue{}
	case py.EllipsisType:
		return parser.EllipsisValue{}
	case py.Bool:
		return bool(v)
	case py.Int:
		return int64(v)
	case py.Float:
		return float64(v)
	case py.Complex:
		return complex128(v)
	case py.Str:
		return string(v)
	case py.Bytes:
		return parser.Bytes(v)
	case *py.Tuple:
		// A tuple or frozenset constant (the optimizer's folding) has no
		// parser form.
	}
	if b, ok := py.BigOf(o); ok {
		return new(big.Int).Set(b)
	}
	panic(py.NewError(py.TypeErrorType, fmt.Sprintf("got an invalid type in Constant: %s", o.Type().Name)))
}
