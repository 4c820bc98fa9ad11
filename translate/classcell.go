package translate

// classNeedsCell reports whether a class body's functions use the
// __class__ cell (a __class__ reference or a zero-argument super()), so
// that the class statement puts __classcell__ in the namespace, as
// CPython's compiler does. The functions of a class nested in them use
// that class's cell, not this one.
func classNeedsCell(cls *scope) bool {
	var walk func(s *scope) bool
	walk = func(s *scope) bool {
		if s.kind != classScope && s.used["__class__"] && !s.params["__class__"] {
			return true
		}
		for _, c := range s.children {
			if c.kind == classScope {
				// A nested class body reading __class__ itself sees ours;
				// its functions see its own.
				if c.used["__class__"] {
					return true
				}
				continue
			}
			if walk(c) {
				return true
			}
		}
		return false
	}
	for _, c := range cls.children {
		if c.kind != classScope && walk(c) {
			return true
		}
	}
	return false
}

// classCellOwner is the class whose __class__ cell a scope sees: the
// class body holding the nearest enclosing function (nil for none).
func classCellOwner(s *scope) *scope {
	for c := s; c != nil; c = c.parent {
		if c.kind != classScope && c.parent != nil && c.parent.kind == classScope {
			return c.parent
		}
	}
	return nil
}

// classCellFree reports whether a function scope s has __class__ among
// its free variables: s or a function nested in it uses the cell of a
// class outside s.
func classCellFree(s *scope) bool {
	if s.kind == classScope {
		return false
	}
	owner := classCellOwner(s)
	if owner == nil || owner.classCellVar == "" {
		return false
	}
	var walk func(d *scope) bool
	walk = func(d *scope) bool {
		if d.kind != classScope && d.used["__class__"] && !d.params["__class__"] && classCellOwner(d) == owner {
			return true
		}
		for _, c := range d.children {
			if walk(c) {
				return true
			}
		}
		return false
	}
	return walk(s)
}
