# The ast module over the runtime's _ast: parse, dump, walk, transform,
# compile a tree back to code, literal_eval and unparse.
import ast
import _ast

src = """
def area(w, h=2):
    '''rectangle'''
    return w * h

total = sum(area(i) for i in range(4)) + 1
print(f"total={total!r:>6}")
"""
tree = ast.parse(src, "<src>")
print(ast.dump(tree, indent=1, include_attributes=True))
print(ast.unparse(tree))
print(tree.body[0].body[0].value.value)
print([type(n).__name__ for n in ast.walk(tree)][:12])
print(ast.get_source_segment(src, tree.body[1].value))


class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []

    def visit_Name(self, node):
        self.seen.append((node.id, type(node.ctx).__name__, node.lineno, node.col_offset))
        self.generic_visit(node)


v = Names()
v.visit(tree)
print(v.seen)


class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


tree2 = ast.fix_missing_locations(Double().visit(ast.parse(src)))
ns = {}
exec(compile(tree2, "<doubled>", "exec"), ns)
print(ns["area"](5))

expr = ast.Expression(body=ast.BinOp(left=ast.Constant(6), op=ast.Mult(), right=ast.Constant(7)))
print(eval(compile(ast.fix_missing_locations(expr), "<e>", "eval")))

print(ast.literal_eval("{'a': [1, 2.5, -3j, (True, None)], 'b': b'x', 'c': {1, 2}}"))
for bad in ["__import__('os')", "1 +", "[1, 2"]:
    try:
        ast.literal_eval(bad)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, str(e).split(": <")[0])

print(ast.dump(ast.parse("x: int = 1; del y[0]; a, *b = c", mode="exec")))
print(ast.dump(ast.parse("lambda *a, k=1, **kw: (yield)", mode="eval").body.args))
print(ast.dump(ast.parse("match p:\n case [1, *r] | {'k': v} if v: pass\n")))
print(ast.dump(ast.parse("async def f():\n async with a as b: await c\n")))
print(_ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.Name._fields, ast.Name.__match_args__)
print(ast.Constant.kind, ast.expr.end_lineno, ast.arguments.vararg)
print(isinstance(ast.parse("1").body[0], ast.stmt), issubclass(ast.BinOp, ast.AST))
try:
    ast.Name(1, 2, 3)
except TypeError as e:
    print(e)
try:
    compile(ast.Module(body=[ast.Expr(value=ast.Name(id="x", ctx=ast.Load()))], type_ignores=[]), "<m>", "exec")
except TypeError as e:
    print("TypeError:", e)
try:
    ast.parse("def f(:\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset)
# ast.parse does not run the compiler's checks.
print(ast.dump(ast.parse("return 1")))
