// Package parser turns Python 3.11 source into an AST shaped like CPython's
// ast module: the same node kinds, fields and positions, so a tree can be
// diffed against `python3 -c 'import ast; ...'` on any file.
package parser

import "math/big"

//go:generate python3 gen_ast.py

// Node is any AST node.
type Node interface {
	// NodeType is the node's class name in CPython's ast module ("FunctionDef").
	NodeType() string
}

// Pos is a node's source range as CPython reports it: lines count from 1,
// columns are UTF-8 byte offsets from the start of the line, counting from 0.
type Pos struct {
	Lineno, ColOffset, EndLineno, EndColOffset int
}

// Position returns the node's range; every positioned node embeds Pos.
func (p *Pos) Position() *Pos { return p }

// Positioned is implemented by every node that carries a source range.
type Positioned interface {
	Position() *Pos
}

// Value is the value of a Constant or MatchSingleton. Its dynamic type is one of:
// NoneValue, EllipsisValue, bool, int64 (ints that fit), *big.Int (the rest),
// float64, complex128 (imaginary literals), string (str), Bytes.
type Value any

// NoneValue is the constant None.
type NoneValue struct{}

// EllipsisValue is the constant `...`.
type EllipsisValue struct{}

// Bytes is a bytes literal's value.
type Bytes []byte

var _ = big.NewInt // *big.Int is a documented Value kind.

// BoolOperator is ast.boolop.
type BoolOperator uint8

const (
	And BoolOperator = iota + 1
	Or
)

// Operator is ast.operator, the binary operators.
type Operator uint8

const (
	Add Operator = iota + 1
	Sub
	Mult
	MatMult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

// UnaryOperator is ast.unaryop.
type UnaryOperator uint8

const (
	Invert UnaryOperator = iota + 1
	Not
	UAdd
	USub
)

// CmpOperator is ast.cmpop.
type CmpOperator uint8

const (
	Eq CmpOperator = iota + 1
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

// ExprContext is ast.expr_context.
type ExprContext uint8

const (
	Load ExprContext = iota + 1
	Store
	Del
)

var boolOpNames = [...]string{And: "And", Or: "Or"}
var operatorNames = [...]string{Add: "Add", Sub: "Sub", Mult: "Mult", MatMult: "MatMult", Div: "Div",
	Mod: "Mod", Pow: "Pow", LShift: "LShift", RShift: "RShift", BitOr: "BitOr", BitXor: "BitXor",
	BitAnd: "BitAnd", FloorDiv: "FloorDiv"}
var unaryOpNames = [...]string{Invert: "Invert", Not: "Not", UAdd: "UAdd", USub: "USub"}
var cmpOpNames = [...]string{Eq: "Eq", NotEq: "NotEq", Lt: "Lt", LtE: "LtE", Gt: "Gt", GtE: "GtE",
	Is: "Is", IsNot: "IsNot", In: "In", NotIn: "NotIn"}
var ctxNames = [...]string{Load: "Load", Store: "Store", Del: "Del"}

func (o BoolOperator) String() string  { return boolOpNames[o] }
func (o Operator) String() string      { return operatorNames[o] }
func (o UnaryOperator) String() string { return unaryOpNames[o] }
func (o CmpOperator) String() string   { return cmpOpNames[o] }
func (c ExprContext) String() string   { return ctxNames[c] }

// ASTClass is one class of CPython's _ast module (ast_classes.go), as
// runtime/pyeval builds it for the ast module.
type ASTClass struct {
	Name, Base string
	// Fields is _fields (nil: inherited); Attributes is the class's own
	// _attributes.
	Fields, Attributes []string
	// NoneDefaults are the optional fields and attributes whose class
	// attribute is None.
	NoneDefaults []string
	Doc          string
	// New makes an empty node of a concrete class.
	New func() Node
	// Value is the operator or expression context an instance stands for.
	Value any
}

// All lists a signature's parameters in order: positional-only, the
// others, *args, keyword-only, **kwargs.
func (a *Arguments) All() []*Arg {
	var l []*Arg
	l = append(l, a.Posonlyargs...)
	l = append(l, a.Args...)
	if a.Vararg != nil {
		l = append(l, a.Vararg)
	}
	l = append(l, a.Kwonlyargs...)
	if a.Kwarg != nil {
		l = append(l, a.Kwarg)
	}
	return l
}
