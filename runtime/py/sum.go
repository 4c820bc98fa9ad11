package py

// summer is sum()'s running total (the builtin's and a fed generator
// expression's): kept unboxed while it is an exact int (sumInt) or float
// (sumFloat), as CPython's sum keeps a C long or double, so adding an item
// allocates nothing; acc holds it otherwise.
type summer struct {
	mode uint8
	isum int64
	fsum float64
	acc  Object
}

// Modes of a summer.
const (
	sumBoxed uint8 = iota
	sumInt
	sumFloat
)

// start sets the total to x.
func (s *summer) start(x Object) {
	s.acc, s.mode = x, sumBoxed
	s.unbox()
}

func (s *summer) unbox() {
	switch v := s.acc.(type) {
	case Int:
		s.mode, s.isum = sumInt, int64(v)
	case Float:
		s.mode, s.fsum = sumFloat, float64(v)
	}
}

// addInt adds v to an unboxed int total; false (the total as it was)
// when the result would not fit 64 bits.
func (s *summer) addInt(v int64) bool {
	r := s.isum + v
	if (r >= s.isum) != (v >= 0) {
		return false
	}
	s.isum = r
	return true
}

// add adds x. An exact int or bool added to an int total without
// overflow, or an exact float to a float total, is what Add would compute
// (a float total is the same sequence of double additions); anything else
// boxes the total and goes through Add.
func (s *summer) add(x Object) {
	switch s.mode {
	case sumInt:
		var b int64
		switch v := x.(type) {
		case Int:
			b = int64(v)
		case Bool:
			if v {
				b = 1
			}
		default:
			goto boxed
		}
		if s.addInt(b) {
			return
		}
	case sumFloat:
		if v, ok := x.(Float); ok {
			s.fsum += float64(v)
			return
		}
	}
boxed:
	s.acc = Add(s.total(), x)
	s.mode = sumBoxed
	s.unbox()
}

// total is the total as an object.
func (s *summer) total() Object {
	switch s.mode {
	case sumInt:
		return MakeInt(s.isum)
	case sumFloat:
		return BoxFloat(s.fsum)
	}
	return s.acc
}

// result is sum()'s answer: start itself when nothing was added.
func (s *summer) result(added bool, start Object) Object {
	if !added {
		return start
	}
	return s.total()
}
