package parser

import "sync"

// slab hands out nodes carved from chunks, so that the most frequent node
// kinds cost one allocation per chunk instead of one per node. The whole
// tree lives and dies together, so a chunk kept alive by one node wastes
// little.
type slab[T any] struct{ buf []T }

func (s *slab[T]) alloc() *T {
	if len(s.buf) == 0 {
		n := 2 * cap(s.buf)
		if n < 16 {
			n = 16
		} else if n > 512 {
			n = 512
		}
		s.buf = make([]T, n)
	}
	p := &s.buf[0]
	s.buf = s.buf[1:]
	return p
}

// allocs groups the parser's slabs.
type allocs struct {
	names  slab[Name]
	attrs  slab[Attribute]
	consts slab[Constant]
	calls  slab[Call]
	exprs  slab[Expr]
	kws    slab[Keyword]
	binops slab[BinOp]
	args   slab[Arg]
	assign slab[Assign]

	lit []byte // scratch for decoding string literals

	// Scratch stacks for building lists of exactly the right length.
	exprStack []ExprNode
	stmtStack []StmtNode
}

// exprList copies the expressions pushed since mark into a new slice and
// pops them.
func (a *allocs) exprList(mark int) []ExprNode {
	l := make([]ExprNode, len(a.exprStack)-mark)
	copy(l, a.exprStack[mark:])
	clear(a.exprStack[mark:])
	a.exprStack = a.exprStack[:mark]
	return l
}

func (a *allocs) stmtList(mark int) []StmtNode {
	if len(a.stmtStack) == mark {
		return nil
	}
	l := make([]StmtNode, len(a.stmtStack)-mark)
	copy(l, a.stmtStack[mark:])
	clear(a.stmtStack[mark:])
	a.stmtStack = a.stmtStack[:mark]
	return l
}

// scratch is the memory a parse needs only while it runs: tokens, the line
// table, the identifier intern table, scratch stacks and the unused rest of
// the node slabs. ParseFile takes one from scratchPool and gives it back, so
// parsing many files allocates little besides the tree itself.
type scratch struct {
	toks       []token
	lineStarts []int32
	names      [internSize]string
	a          allocs
}

// internSize is the number of slots of the identifier cache (a power of 2).
const internSize = 1024

var scratchPool = sync.Pool{New: func() any {
	return new(scratch)
}}

func (sc *scratch) release(p *parser) {
	if cap(p.toks) <= 1<<20 {
		sc.toks = p.toks[:0]
	} else {
		sc.toks = nil
	}
	if cap(sc.lineStarts) > 1<<18 {
		sc.lineStarts = nil
	}
	// Interned strings stay for the next file: strings are immutable.
	clear(sc.a.exprStack)
	clear(sc.a.stmtStack)
	sc.a.exprStack, sc.a.stmtStack = sc.a.exprStack[:0], sc.a.stmtStack[:0]
	scratchPool.Put(sc)
}
