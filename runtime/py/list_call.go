package py

// Calls of list methods by name. The translator emits o.append(a),
// o.pop(), o.pop(i) and o.insert(i, v) with arguments that cannot run
// code as these: an exact list's method is always list's own (a builtin
// type's attributes cannot be rebound and a list has no instance dict),
// so its body runs in place, without the site's cache tests and the
// method entry's indirect call. Anything else (a list subclass, a deque,
// an instance of a class of the program) takes the site's general call,
// CallMethodICN, with the same name and cache: same results, same errors.

// directMoveLoop is the most items CallPop1 and CallInsert move by a loop
// of stores; longer moves go to listPop and listInsert, whose copy would
// make these spill their registers around its call.
const directMoveLoop = 8

// CallAppend is o.append(a).
func CallAppend(o Object, name string, c *AttrCache, a Object) Object {
	if l, ok := o.(*List); ok && l.sub == nil {
		l.Items = append(l.Items, a)
		return None
	}
	return CallMethodIC1(o, name, c, a)
}

// CallPop0 is o.pop().
func CallPop0(o Object, name string, c *AttrCache) Object {
	if l, ok := o.(*List); ok && l.sub == nil {
		if n := len(l.Items) - 1; n >= 0 {
			v := l.Items[n]
			l.Items[n] = nil
			l.Items = l.Items[:n]
			return v
		}
		return listPop(l, nil) // its IndexError
	}
	return CallMethodIC0(o, name, c)
}

// CallPop1 is o.pop(i). An exact int index in range is popped here (one
// call, not two); the rest is listPop's.
func CallPop1(o Object, name string, c *AttrCache, i Object) Object {
	l, ok := o.(*List)
	if !ok || l.sub != nil {
		return CallMethodIC1(o, name, c, i)
	}
	k, ok := i.(Int)
	n := len(l.Items)
	if k < 0 {
		k += Int(n)
	}
	if !ok || k < 0 || int(k) >= n || n-int(k)-1 > directMoveLoop {
		return listPop(l, i)
	}
	items := l.Items
	v := items[k]
	for j := int(k) + 1; j < n; j++ {
		items[j-1] = items[j]
	}
	items[n-1] = nil
	l.Items = items[:n-1]
	return v
}

// CallInsert is o.insert(i, v). An exact int index is handled here, the
// rest by listInsert.
func CallInsert(o Object, name string, c *AttrCache, i, v Object) Object {
	l, ok := o.(*List)
	if !ok || l.sub != nil {
		return CallMethodIC2(o, name, c, i, v)
	}
	k, ok := i.(Int)
	if !ok {
		return listInsert(l, i, v)
	}
	n := len(l.Items)
	at := InsertIndex(int(k), n)
	if n-at > directMoveLoop {
		return listInsert(l, i, v)
	}
	items := append(l.Items, nil)
	for j := n; j > at; j-- {
		items[j] = items[j-1]
	}
	items[at] = v
	l.Items = items
	return None
}

// CallRemove is o.remove(a).
func CallRemove(o Object, name string, c *AttrCache, a Object) Object {
	if l, ok := o.(*List); ok && l.sub == nil {
		return listRemove(l, a)
	}
	return CallMethodIC1(o, name, c, a)
}

// ListMeth1 is the method of o.name(a) for an argument that may run code:
// ListMethod1 looks it up before the argument runs (as LOAD_METHOD does),
// an exact list's in place.
type ListMeth1 struct {
	l *List
	m Meth1
}

// ListMethod1 is the lookup of o.name for ListMeth1's calls.
func ListMethod1(o Object, name string, c *AttrCache) ListMeth1 {
	if l, ok := o.(*List); ok && l.sub == nil {
		return ListMeth1{l: l}
	}
	return ListMeth1{m: LoadMethod1(MethodHit1(o, name, c))}
}

// Append is the call of o.append(a) ListMethod1 looked up.
func (s ListMeth1) Append(a Object) Object {
	if s.l != nil {
		s.l.Items = append(s.l.Items, a)
		return None
	}
	return s.m.Call(a)
}
