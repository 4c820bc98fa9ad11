package py

import "fmt"

// getset_descriptor's __get__, __set__ and __delete__ (descr_check: the
// instance must be of the owner's type), so Python code can drive a
// builtin attribute or a slot through its descriptor, as
// C.__dict__['a'].__set__(obj, v) does.

func getsetCheck(d *GetSetDescriptor, o Object) {
	if !o.Type().IsSubtype(d.Owner) {
		panic(NewError(TypeErrorType, fmt.Sprintf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.Name, d.Owner.Name, typeName(o))))
	}
}

// notWritable is the error for setting or deleting a read-only
// attribute: a member's (READONLY) or a getset's without a setter.
func (d *GetSetDescriptor) notWritable() *BaseException {
	if d.member {
		return NewError(AttributeErrorType, "readonly attribute")
	}
	return NewError(AttributeErrorType, fmt.Sprintf("attribute '%s' of '%s' objects is not writable", d.Name, d.Owner.Name))
}

// markMembers makes builtin attributes of t member descriptors (struct
// members in C, as property's fget or function's __globals__).
func markMembers(t *Type, names ...string) {
	for _, n := range names {
		t.Dict.mustGet(n).(*GetSetDescriptor).member = true
	}
}

func getsetSelf(name string, args []Object) *GetSetDescriptor {
	if len(args) > 0 {
		if d, ok := args[0].(*GetSetDescriptor); ok {
			return d
		}
	}
	panic(NewError(TypeErrorType, fmt.Sprintf("descriptor '%s' for 'getset_descriptor' objects doesn't apply to this object", name)))
}

func init() {
	for _, dt := range []*Type{GetSetDescriptorType, MemberDescriptorType} {
		getsetMethods(dt)
	}
}

func getsetMethods(dt *Type) {
	method(dt, "__get__", func(args []Object, kw []string) Object {
		d := getsetSelf("__get__", args)
		a := nargs("__get__", args, kw, 1, 2)
		inst := a[0]
		if inst == None {
			if len(a) < 2 || a[1] == None {
				panic(NewError(TypeErrorType, "__get__(None, None) is invalid"))
			}
			return d
		}
		getsetCheck(d, inst)
		return d.Get(inst)
	})
	method(dt, "__set__", func(args []Object, kw []string) Object {
		d := getsetSelf("__set__", args)
		a := nargs("__set__", args, kw, 2, 2)
		getsetCheck(d, a[0])
		if d.Set == nil {
			panic(d.notWritable())
		}
		d.Set(a[0], a[1])
		return None
	})
	method(dt, "__delete__", func(args []Object, kw []string) Object {
		d := getsetSelf("__delete__", args)
		a := nargs("__delete__", args, kw, 1, 1)
		getsetCheck(d, a[0])
		if d.Set == nil {
			panic(d.notWritable())
		}
		if del, ok := typeDeleters[d.Owner][d.Name]; ok {
			del(a[0])
			return None
		}
		panic(NewError(TypeErrorType, "can't delete attribute"))
	})
	AddGetter(dt, "__name__", func(o Object) Object { return Str(o.(*GetSetDescriptor).Name) }, nil)
	AddGetter(dt, "__qualname__", func(o Object) Object {
		d := o.(*GetSetDescriptor)
		return Str(d.Owner.Qualname + "." + d.Name)
	}, nil)
	AddGetter(dt, "__objclass__", func(o Object) Object { return o.(*GetSetDescriptor).Owner }, nil)
	AddGetter(dt, "__doc__", func(o Object) Object {
		if d := o.(*GetSetDescriptor); d.Doc != "" {
			return Str(d.Doc)
		}
		return None
	}, nil)
}
