package py

// Loops over a dict's items, keys or values (translate/items_loop.go). A
// for statement `for k, v in x.items():` (or `for k in x.keys():`, `for v
// in x.values():`) steps a DictLoop on the Go stack: when x is an exact
// dict (no subclass can override items(), and a dict has no instance
// attributes to shadow it) the entries go straight into the targets, with
// no view, no iterator and no tuple per item. Anything else makes the call
// and iterates its result, the loop unpacking each item itself.
//
// The steps check the dict as CPython's dict iterators do (dictIterState).

// Dict loop kinds, as DictIter's.
const (
	DictKeys   = 0
	DictValues = 1
	DictItems  = 2
)

// dictIterState is where a dict iteration stands, with CPython's checks: a
// dict whose size differs from the size it had when the iteration started
// raises "dictionary changed size during iteration" (and keeps raising);
// one that yields more entries than it had (keys deleted and others added,
// the size kept) raises "dictionary keys changed during iteration" and
// ends the iteration. An iteration that ended stays ended.
type dictIterState struct {
	d    *Dict // nil once ended
	i    int   // the next entry to look at
	used int32 // d's size when the iteration started; -1 once it changed
	left int32 // how many entries are still expected
}

func (s *dictIterState) start(d *Dict) {
	s.d, s.used, s.left = d, d.live, d.live
	d.flags |= dictIterated
}

// step is the next entry, or nil at the end.
func (s *dictIterState) step() *dictEntry {
	d := s.d
	if d == nil {
		return nil
	}
	if d.live != s.used {
		s.used = -1
		panic(NewError(RuntimeErrorType, "dictionary changed size during iteration"))
	}
	for i := s.i; i < len(d.entries); i++ {
		if e := &d.entries[i]; e.key != nil {
			if s.left == 0 {
				s.d = nil
				panic(NewError(RuntimeErrorType, "dictionary keys changed during iteration"))
			}
			s.i, s.left = i+1, s.left-1
			return e
		}
	}
	s.d = nil
	return nil
}

// lengthHint is what __length_hint__ says: the entries left, 0 once the
// dict changed size or the iteration ended.
func (s *dictIterState) lengthHint() int {
	if s.d == nil || s.d.live != s.used {
		return 0
	}
	return int(s.left)
}

// DictLoop is the state of such a loop.
type DictLoop struct {
	// it is the iterator of the call's result when x was not an exact
	// dict (nil: the loop steps the dict itself); Own is the generator the
	// loop owns then (ownedIter), for ReleaseIter.
	it   Object
	Own  Object
	s    dictIterState
	kind uint8
	// K and V are the step's key and value (the value alone for values()).
	K, V Object
}

// Start starts the loop over x's entries of the kind if x is an exact
// dict; false means the loop must call the method and iterate its result
// (Generic).
func (l *DictLoop) Start(x Object, kind uint8) bool {
	d, ok := x.(*Dict)
	if !ok || d.sub != nil {
		return false
	}
	l.s.start(d)
	l.kind = kind
	return true
}

// Generic starts the loop over o, the method call's result; mark is the
// generator mark taken before x was evaluated.
func (l *DictLoop) Generic(mark uint64, o Object) {
	l.it = GetIter(o)
	l.Own = ownedIter(l.it, mark)
}

// Next steps the loop. ok is false at the end. A nil item means the step
// is in K and V; otherwise item is the iterator's, for the target to
// unpack.
func (l *DictLoop) Next() (item Object, ok bool) {
	if l.it != nil {
		return Next(l.it)
	}
	Checkpoint()
	e := l.s.step()
	if e == nil {
		return nil, false
	}
	if l.kind == DictValues {
		l.V = e.value
	} else {
		l.K, l.V = e.key, e.value
	}
	return nil, true
}
