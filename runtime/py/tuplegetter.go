package py

import "fmt"

// TupleGetter is _collections._tuplegetter, the descriptor each field of a
// namedtuple class is (collections/__init__.py: class_namespace[name] =
// _tuplegetter(index, doc)): a data descriptor that reads item Index of a
// tuple. It is a Go type, not a class, so that p.x binds without a method
// call and the attribute inline caches read the item in place
// (attrTupleItem). runtime/stdlib/collections makes its type and methods.
type TupleGetter struct {
	Index int
	// Doc is __doc__ (nil: deleted, which reads as None).
	Doc Object
}

// TupleGetterType is _collections._tuplegetter (set by collections' setup,
// before any TupleGetter is made).
var TupleGetterType *Type

func (g *TupleGetter) Type() *Type { return TupleGetterType }

// Get is tuplegetter_descr_get for an object: the item of a tuple (of a
// tuple subclass, as a namedtuple is); None gives the descriptor itself.
func (g *TupleGetter) Get(o Object) Object {
	tu, ok := o.(*Tuple)
	if !ok {
		if _, none := o.(NoneType); none {
			return g
		}
		panic(NewError(TypeErrorType, fmt.Sprintf("descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object", g.Index, o.Type().Name)))
	}
	if uint(g.Index) >= uint(len(tu.Items)) {
		panic(NewError(IndexErrorType, "tuple index out of range"))
	}
	return tu.Items[g.Index]
}

// DescrGet binds the descriptor: read through the class (inst nil), it is
// itself.
func (g *TupleGetter) DescrGet(inst Object, owner *Type) Object {
	if inst == nil {
		return g
	}
	return g.Get(inst)
}

// SetError is tuplegetter_descr_set's error: a field cannot be assigned
// (v non-nil) or deleted (v nil).
func (g *TupleGetter) SetError(v Object) *BaseException {
	if v == nil {
		return NewError(AttributeErrorType, "can't delete attribute")
	}
	return NewError(AttributeErrorType, "can't set attribute")
}
