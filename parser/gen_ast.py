#!/usr/bin/env python3
"""Generates ast_nodes.go: Go node types mirroring CPython 3.11's ast module.

The ASDL below is CPython 3.11's Parser/Python.asdl, written out by hand (the
interpreter does not ship the .asdl file); main() cross-checks every node's
field list against the running interpreter's ast module so a typo cannot slip
through. Run `go generate ./parser` after editing.
"""
import ast
import subprocess
import sys

ASDL = """
mod: Module(stmt* body, type_ignore* type_ignores)
   | Interactive(stmt* body)
   | Expression(expr body)
   | FunctionType(expr* argtypes, expr returns)

stmt: FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
    | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
    | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)
    | Return(expr? value)
    | Delete(expr* targets)
    | Assign(expr* targets, expr value, string? type_comment)
    | AugAssign(expr target, operator op, expr value)
    | AnnAssign(expr target, expr annotation, expr? value, int simple)
    | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
    | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
    | While(expr test, stmt* body, stmt* orelse)
    | If(expr test, stmt* body, stmt* orelse)
    | With(withitem* items, stmt* body, string? type_comment)
    | AsyncWith(withitem* items, stmt* body, string? type_comment)
    | Match(expr subject, match_case* cases)
    | Raise(expr? exc, expr? cause)
    | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
    | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
    | Assert(expr test, expr? msg)
    | Import(alias* names)
    | ImportFrom(identifier? module, alias* names, int? level)
    | Global(identifier* names)
    | Nonlocal(identifier* names)
    | Expr(expr value)
    | Pass | Break | Continue

expr: BoolOp(boolop op, expr* values)
    | NamedExpr(expr target, expr value)
    | BinOp(expr left, operator op, expr right)
    | UnaryOp(unaryop op, expr operand)
    | Lambda(arguments args, expr body)
    | IfExp(expr test, expr body, expr orelse)
    | Dict(expr?* keys, expr* values)
    | Set(expr* elts)
    | ListComp(expr elt, comprehension* generators)
    | SetComp(expr elt, comprehension* generators)
    | DictComp(expr key, expr value, comprehension* generators)
    | GeneratorExp(expr elt, comprehension* generators)
    | Await(expr value)
    | Yield(expr? value)
    | YieldFrom(expr value)
    | Compare(expr left, cmpop* ops, expr* comparators)
    | Call(expr func, expr* args, keyword* keywords)
    | FormattedValue(expr value, int conversion, expr? format_spec)
    | JoinedStr(expr* values)
    | Constant(constant value, string? kind)
    | Attribute(expr value, identifier attr, expr_context ctx)
    | Subscript(expr value, expr slice, expr_context ctx)
    | Starred(expr value, expr_context ctx)
    | Name(identifier id, expr_context ctx)
    | List(expr* elts, expr_context ctx)
    | Tuple(expr* elts, expr_context ctx)
    | Slice(expr? lower, expr? upper, expr? step)

pattern: MatchValue(expr value)
       | MatchSingleton(constant value)
       | MatchSequence(pattern* patterns)
       | MatchMapping(expr* keys, pattern* patterns, identifier? rest)
       | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)
       | MatchStar(identifier? name)
       | MatchAs(pattern? pattern, identifier? name)
       | MatchOr(pattern* patterns)

comprehension = (expr target, expr iter, expr* ifs, int is_async)
excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body) +pos
arguments = (arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr?* kw_defaults, arg? kwarg, expr* defaults)
arg = (identifier arg, expr? annotation, string? type_comment) +pos
keyword = (identifier? arg, expr value) +pos
alias = (identifier name, identifier? asname) +pos
withitem = (expr context_expr, expr? optional_vars)
match_case = (pattern pattern, expr? guard, stmt* body)
type_ignore = TypeIgnore(int lineno, string tag)
"""

# Sum types whose constructors carry positions, and the Go interface each maps to.
SUMS = {"mod": "ModNode", "stmt": "StmtNode", "expr": "ExprNode", "pattern": "PatternNode"}
# Product types (and single-constructor sums) become plain structs.
PRODUCT_NAMES = {
    "comprehension": "Comprehension", "excepthandler": "ExceptHandler", "arguments": "Arguments",
    "arg": "Arg", "keyword": "Keyword", "alias": "Alias", "withitem": "WithItem",
    "match_case": "MatchCase", "type_ignore": "TypeIgnore",
}
ENUMS = {"boolop": "BoolOperator", "operator": "Operator", "unaryop": "UnaryOperator",
         "cmpop": "CmpOperator", "expr_context": "ExprContext"}


def camel(name):
    return "".join(p[:1].upper() + p[1:] for p in name.split("_"))


def go_type(asdl_type, opt, seq):
    base = {
        "identifier": "string", "string": "string", "int": "int", "constant": "Value",
        "expr": "ExprNode", "stmt": "StmtNode", "pattern": "PatternNode",
        "boolop": "BoolOperator", "operator": "Operator", "unaryop": "UnaryOperator",
        "cmpop": "CmpOperator", "expr_context": "ExprContext",
    }.get(asdl_type)
    if base is None:
        base = "*" + PRODUCT_NAMES[asdl_type]
    return "[]" + base if seq else base


def parse_fields(text):
    fields = []
    if not text.strip():
        return fields
    for part in text.split(","):
        typ, name = part.split()
        opt = seq = False
        if typ.endswith("?*"):
            typ, opt, seq = typ[:-2], True, True
        elif typ.endswith("*"):
            typ, seq = typ[:-1], True
        elif typ.endswith("?"):
            typ, opt = typ[:-1], True
        fields.append((name, typ, opt, seq))
    return fields


def parse_asdl():
    sums, products = {}, {}
    chunks, cur = [], ""
    for line in ASDL.strip().splitlines():
        if not line.strip():
            continue
        if line[0] not in " |":
            if cur:
                chunks.append(cur)
            cur = line
        else:
            cur += " " + line.strip()
    chunks.append(cur)
    for chunk in chunks:
        if "=" in chunk.split("(")[0]:
            name, rest = chunk.split("=", 1)
            rest = rest.strip()
            pos = rest.endswith("+pos")
            rest = rest.removesuffix("+pos").strip()
            if rest.startswith("("):
                products[name.strip()] = (PRODUCT_NAMES[name.strip()], parse_fields(rest[1:-1]), pos)
            else:
                cname, ftext = rest.split("(", 1)
                products[name.strip()] = (cname.strip(), parse_fields(ftext[:-1]), pos)
        else:
            name, rest = chunk.split(":", 1)
            ctors = []
            for ctor in rest.split("|"):
                ctor = ctor.strip()
                if "(" in ctor:
                    cname, ftext = ctor.split("(", 1)
                    ctors.append((cname.strip(), parse_fields(ftext[:-1])))
                else:
                    ctors.append((ctor, []))
            sums[name.strip()] = ctors
    return sums, products


def check_against_interpreter(sums, products):
    for ctors in sums.values():
        for cname, fields in ctors:
            want = getattr(ast, cname)._fields
            got = tuple(f[0] for f in fields)
            assert want == got, (cname, want, got)
    for asdl_name, (cname, fields, _) in products.items():
        cls = getattr(ast, cname if cname in dir(ast) else asdl_name)
        assert cls._fields == tuple(f[0] for f in fields), (cname, cls._fields)


def emit(sums, products):
    out = []
    w = out.append
    w("// Code generated by gen_ast.py from CPython 3.11's ASDL; DO NOT EDIT.\n")
    w("package parser\n")
    for asdl_name, iface in SUMS.items():
        ctors = sums[asdl_name]
        marker = asdl_name + "Node"
        w(f"// {iface} is implemented by the {asdl_name} node kinds of CPython's ast module.")
        w(f"type {iface} interface {{\n\tNode\n\t{marker}()\n}}\n")
        for cname, fields in ctors:
            w(f"// {cname} is ast.{cname}.")
            w(f"type {cname} struct {{")
            if asdl_name != "mod":
                w("\tPos")
            for fname, ftype, opt, seq in fields:
                comment = ""
                if opt and not seq and ftype in ("identifier", "string"):
                    comment = ' // "" means None'
                elif opt and not seq:
                    comment = " // nil means None"
                elif opt and seq:
                    comment = " // nil elements mean None"
                w(f"\t{camel(fname)} {go_type(ftype, opt, seq)}{comment}")
            w("}\n")
            w(f"func (*{cname}) {marker}() {{}}\n")
            w(f"// NodeType returns the name of the node kind in CPython's ast module.")
            w(f'func (*{cname}) NodeType() string {{ return "{cname}" }}\n')
    for asdl_name, (cname, fields, pos) in products.items():
        w(f"// {cname} is ast.{cname if cname in dir(ast) else asdl_name}.")
        w(f"type {cname} struct {{")
        if pos:
            w("\tPos")
        for fname, ftype, opt, seq in fields:
            comment = ""
            if opt and not seq and ftype in ("identifier", "string"):
                comment = ' // "" means None'
            elif opt and not seq:
                comment = " // nil means None"
            elif opt and seq:
                comment = " // nil elements mean None"
            w(f"\t{camel(fname)} {go_type(ftype, opt, seq)}{comment}")
        w("}\n")
        pyname = cname if cname in dir(ast) else asdl_name
        w(f'// NodeType returns the name of the node kind in CPython\'s ast module.')
        w(f'func (*{cname}) NodeType() string {{ return "{pyname}" }}\n')
    return "\n".join(out)


def emit_classes(sums, products):
    """ast_classes.go: the classes of the interpreter's _ast module, in the
    order _ast defines them, with what runtime/pyeval needs to build them."""
    import _ast
    go_struct = {}
    for ctors in sums.values():
        for cname, _ in ctors:
            go_struct[cname] = cname
    for asdl_name, (cname, _, _) in products.items():
        go_struct[cname if cname in dir(ast) else asdl_name] = cname
    enum_type = {py: go for py, go in ENUMS.items()}
    out = []
    w = out.append
    w("// Code generated by gen_ast.py from CPython 3.11's _ast module; DO NOT EDIT.\n")
    w("package parser\n")
    w("// ASTClasses are the classes of CPython's _ast module, bases first.")
    w("var ASTClasses = []ASTClass{")
    for name, cls in vars(_ast).items():
        if not isinstance(cls, type) or not issubclass(cls, _ast.AST):
            continue
        base = cls.__bases__[0].__name__
        own = cls.__dict__
        fields = ", ".join(f'"{f}"' for f in cls._fields) if "_fields" in own else ""
        attrs = ", ".join(f'"{a}"' for a in own.get("_attributes", ()))
        nones = ", ".join(f'"{k}"' for k, v in own.items() if v is None and not k.startswith("__"))
        doc = (cls.__doc__ or "").replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        parts = [f'Name: "{name}"', f'Base: "{base}"']
        if fields:
            parts.append(f"Fields: []string{{{fields}}}")
        if attrs:
            parts.append(f"Attributes: []string{{{attrs}}}")
        if nones:
            parts.append(f"NoneDefaults: []string{{{nones}}}")
        parts.append(f'Doc: "{doc}"')
        if name in go_struct:
            parts.append(f"New: func() Node {{ return &{go_struct[name]}{{}} }}")
        elif base in enum_type:
            parts.append(f"Value: {name}")
        w("\t{" + ", ".join(parts) + "},")
    w("}")
    return "\n".join(out) + "\n"


def main():
    sums, products = parse_asdl()
    check_against_interpreter(sums, products)
    src = emit(sums, products)
    with open("ast_nodes.go", "w") as f:
        f.write(src)
    with open("ast_classes.go", "w") as f:
        f.write(emit_classes(sums, products))
    subprocess.run(["gofmt", "-w", "ast_nodes.go", "ast_classes.go"], check=True)


if __name__ == "__main__":
    sys.exit(main())
