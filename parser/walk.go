package parser

// Inspect traverses the tree rooted at n in source order: it calls f(n);
// if that returns true it inspects each child of n, then calls f(nil).
// Children are visited in the order of the node's fields, as ast.walk's
// iter_child_nodes does.
func Inspect(n Node, f func(Node) bool) {
	if n == nil || !f(n) {
		return
	}
	eachChild(n, func(c Node) { Inspect(c, f) })
	f(nil)
}

func stmts(l []StmtNode, f func(Node)) {
	for _, s := range l {
		f(s)
	}
}

func exprs(l []ExprNode, f func(Node)) {
	for _, e := range l {
		if e != nil {
			f(e)
		}
	}
}

func pats(l []PatternNode, f func(Node)) {
	for _, e := range l {
		f(e)
	}
}

// eachChild calls f for every non-nil direct child of n.
func eachChild(n Node, f func(Node)) {
	switch n := n.(type) {
	case *Module:
		stmts(n.Body, f)
	case *Interactive:
		stmts(n.Body, f)
	case *Expression:
		f(n.Body)
	case *FunctionDef:
		f(n.Args)
		stmts(n.Body, f)
		exprs(n.DecoratorList, f)
		if n.Returns != nil {
			f(n.Returns)
		}
	case *AsyncFunctionDef:
		f(n.Args)
		stmts(n.Body, f)
		exprs(n.DecoratorList, f)
		if n.Returns != nil {
			f(n.Returns)
		}
	case *ClassDef:
		exprs(n.Bases, f)
		for _, k := range n.Keywords {
			f(k)
		}
		stmts(n.Body, f)
		exprs(n.DecoratorList, f)
	case *Return:
		if n.Value != nil {
			f(n.Value)
		}
	case *Delete:
		exprs(n.Targets, f)
	case *Assign:
		exprs(n.Targets, f)
		f(n.Value)
	case *AugAssign:
		f(n.Target)
		f(n.Value)
	case *AnnAssign:
		f(n.Target)
		f(n.Annotation)
		if n.Value != nil {
			f(n.Value)
		}
	case *For:
		f(n.Target)
		f(n.Iter)
		stmts(n.Body, f)
		stmts(n.Orelse, f)
	case *AsyncFor:
		f(n.Target)
		f(n.Iter)
		stmts(n.Body, f)
		stmts(n.Orelse, f)
	case *While:
		f(n.Test)
		stmts(n.Body, f)
		stmts(n.Orelse, f)
	case *If:
		f(n.Test)
		stmts(n.Body, f)
		stmts(n.Orelse, f)
	case *With:
		for _, it := range n.Items {
			f(it)
		}
		stmts(n.Body, f)
	case *AsyncWith:
		for _, it := range n.Items {
			f(it)
		}
		stmts(n.Body, f)
	case *Match:
		f(n.Subject)
		for _, c := range n.Cases {
			f(c)
		}
	case *Raise:
		if n.Exc != nil {
			f(n.Exc)
		}
		if n.Cause != nil {
			f(n.Cause)
		}
	case *Try:
		stmts(n.Body, f)
		for _, h := range n.Handlers {
			f(h)
		}
		stmts(n.Orelse, f)
		stmts(n.Finalbody, f)
	case *TryStar:
		stmts(n.Body, f)
		for _, h := range n.Handlers {
			f(h)
		}
		stmts(n.Orelse, f)
		stmts(n.Finalbody, f)
	case *Assert:
		f(n.Test)
		if n.Msg != nil {
			f(n.Msg)
		}
	case *Import:
		for _, a := range n.Names {
			f(a)
		}
	case *ImportFrom:
		for _, a := range n.Names {
			f(a)
		}
	case *Expr:
		f(n.Value)
	case *BoolOp:
		exprs(n.Values, f)
	case *NamedExpr:
		f(n.Target)
		f(n.Value)
	case *BinOp:
		f(n.Left)
		f(n.Right)
	case *UnaryOp:
		f(n.Operand)
	case *Lambda:
		f(n.Args)
		f(n.Body)
	case *IfExp:
		f(n.Test)
		f(n.Body)
		f(n.Orelse)
	case *Dict:
		for i, k := range n.Keys {
			if k != nil {
				f(k)
			}
			f(n.Values[i])
		}
	case *Set:
		exprs(n.Elts, f)
	case *ListComp:
		f(n.Elt)
		for _, g := range n.Generators {
			f(g)
		}
	case *SetComp:
		f(n.Elt)
		for _, g := range n.Generators {
			f(g)
		}
	case *DictComp:
		f(n.Key)
		f(n.Value)
		for _, g := range n.Generators {
			f(g)
		}
	case *GeneratorExp:
		f(n.Elt)
		for _, g := range n.Generators {
			f(g)
		}
	case *Await:
		f(n.Value)
	case *Yield:
		if n.Value != nil {
			f(n.Value)
		}
	case *YieldFrom:
		f(n.Value)
	case *Compare:
		f(n.Left)
		exprs(n.Comparators, f)
	case *Call:
		f(n.Func)
		exprs(n.Args, f)
		for _, k := range n.Keywords {
			f(k)
		}
	case *FormattedValue:
		f(n.Value)
		if n.FormatSpec != nil {
			f(n.FormatSpec)
		}
	case *JoinedStr:
		exprs(n.Values, f)
	case *Attribute:
		f(n.Value)
	case *Subscript:
		f(n.Value)
		f(n.Slice)
	case *Starred:
		f(n.Value)
	case *List:
		exprs(n.Elts, f)
	case *Tuple:
		exprs(n.Elts, f)
	case *Slice:
		if n.Lower != nil {
			f(n.Lower)
		}
		if n.Upper != nil {
			f(n.Upper)
		}
		if n.Step != nil {
			f(n.Step)
		}
	case *MatchValue:
		f(n.Value)
	case *MatchSequence:
		pats(n.Patterns, f)
	case *MatchMapping:
		exprs(n.Keys, f)
		pats(n.Patterns, f)
	case *MatchClass:
		f(n.Cls)
		pats(n.Patterns, f)
		pats(n.KwdPatterns, f)
	case *MatchAs:
		if n.Pattern != nil {
			f(n.Pattern)
		}
	case *MatchOr:
		pats(n.Patterns, f)
	case *Comprehension:
		f(n.Target)
		f(n.Iter)
		exprs(n.Ifs, f)
	case *ExceptHandler:
		if n.Type != nil {
			f(n.Type)
		}
		stmts(n.Body, f)
	case *Arguments:
		for _, a := range n.Posonlyargs {
			f(a)
		}
		for _, a := range n.Args {
			f(a)
		}
		if n.Vararg != nil {
			f(n.Vararg)
		}
		for _, a := range n.Kwonlyargs {
			f(a)
		}
		exprs(n.KwDefaults, f)
		if n.Kwarg != nil {
			f(n.Kwarg)
		}
		exprs(n.Defaults, f)
	case *Arg:
		if n.Annotation != nil {
			f(n.Annotation)
		}
	case *Keyword:
		f(n.Value)
	case *WithItem:
		f(n.ContextExpr)
		if n.OptionalVars != nil {
			f(n.OptionalVars)
		}
	case *MatchCase:
		f(n.Pattern)
		if n.Guard != nil {
			f(n.Guard)
		}
		stmts(n.Body, f)
	}
}
