package re

import "bytes"

// The backtracking machine. Every choice point and every change of
// state (a group mark, a repeat counter) is recorded on an explicit stack,
// so that matching never recurses on the Go stack: failing pops the stack,
// undoing changes until it reaches a choice point to resume at. Repeats
// follow CPython's sre (REPEAT/MAX_UNTIL/MIN_UNTIL): an iteration that
// starts where the previous one started ends the loop, and captures of
// the last iteration stay.

type frameKind uint8

const (
	fChoice    frameKind = iota // resume at pc, pos
	fMark                       // undo: marks[a] = b (a >= 0), lastindex and lastmark from c
	fRep                        // undo: reps[a] = {b, c}
	fRepOneG                    // greedy single-item loop: start pos, count a, min b
	fRepOneL                    // lazy single-item loop: pos, count a, max b
	fAtomic                     // barrier of an atomic group
	fAssert                     // barrier of a positive assertion (pos to return to)
	fAssertNot                  // barrier of a negative one: resume at pc, pos when its body fails
	fChoiceRep                  // undo reps[a] = {b, c}, then resume at pc, pos
	fSnap                       // undo: marks, lastindex, lastmark from snap[a:] (possessive loop c)
	fNop                        // a discarded fSnap (drops snap[a:])
)

type frame struct {
	kind    frameKind
	pc      int32
	pos     int
	a, b, c int
}

type repCtx struct{ count, last int }

type char interface{ ~byte | ~rune }

type machine[C char] struct {
	prog      *program
	in        []C
	end       int
	marks     []int
	lastindex int
	lastmark  int // sre's lastmark: marks above it count as unset
	reps      []repCtx
	st        fstack
	snap      []int // mark snapshots of possessive iterations

	matchAll    bool
	mustAdvance bool
	start       int // where the current attempt started
	matchEnd    int
}

func newMachine[C char](p *program, in []C, end int) *machine[C] {
	return &machine[C]{prog: p, in: in, end: end, marks: make([]int, 2*p.ngroups), reps: make([]repCtx, p.nrep)}
}

func (m *machine[C]) reset() {
	for i := range m.marks {
		m.marks[i] = -1
	}
	m.lastindex = -1
	m.lastmark = -1
	m.snap = m.snap[:0]
	m.st.n = 0
}

// char is the character at i, or 0 past the string (sre reads the
// terminating NUL there when a match starts beyond endpos).
func (m *machine[C]) char(i int) rune {
	if i < len(m.in) {
		return rune(m.in[i])
	}
	return 0
}

// at is sre's SRE(at).
func (m *machine[C]) at(in *inst, pos int) bool {
	switch in.at {
	case atBeginning, atBeginningString:
		return pos == 0
	case atBeginningLine:
		return pos == 0 || m.char(pos-1) == '\n'
	case atEnd:
		return m.end-pos == 1 && m.char(pos) == '\n' || pos == m.end
	case atEndLine:
		return pos == m.end || m.char(pos) == '\n'
	case atEndString:
		return pos == m.end
	case atBoundary, atNonBoundary:
		if m.end == 0 {
			return false
		}
		that := pos > 0 && isWord(in.mode, m.char(pos-1))
		this := pos < m.end && isWord(in.mode, m.char(pos))
		return (this != that) == (in.at == atBoundary)
	}
	return false
}

func foldRune(f foldKind, r rune) rune {
	switch f {
	case foldUni:
		return uniLower(r)
	case foldASCII, foldLocale:
		return asciiLower(r)
	}
	return r
}

func packLast(lastindex, lastmark int) int { return (lastindex+1)<<32 | (lastmark + 1) }

func (m *machine[C]) restoreLast(c int) {
	m.lastindex = c>>32 - 1
	m.lastmark = c&0xffffffff - 1
}

// setMark is sre's MARK. Failing never restores a mark by itself: sre
// saves and restores marks only at its MARK_PUSH points (snapshots, see
// pushSnap); the undo record restores lastindex and lastmark, which sre
// restores at every point it resumes from.
func (m *machine[C]) setMark(slot, pos int) {
	li := m.lastindex
	if slot&1 == 1 {
		li = slot/2 + 1
	}
	if li != m.lastindex || slot > m.lastmark {
		// (nothing to undo when neither changes)
		m.st.push(frame{kind: fMark, c: packLast(m.lastindex, m.lastmark)})
	}
	m.lastindex = li
	if slot > m.lastmark {
		for j := m.lastmark + 1; j < slot; j++ {
			m.marks[j] = -1
		}
		m.lastmark = slot
	}
	m.marks[slot] = pos
}

// pushSnap saves the marks (sre's MARK_PUSH) just above a choice point:
// backtracking to the choice restores them first. sre does so at a branch,
// a single-character loop and a negative assertion inside a repeat, before
// an extra iteration of a greedy or possessive loop, and before the tail of
// a lazy loop inside another repeat. id names the possessive loop (-1
// otherwise).
func (m *machine[C]) pushSnap(id int) {
	if len(m.marks) == 0 {
		return
	}
	a := len(m.snap)
	m.snap = append(m.snap, m.marks...)
	m.snap = append(m.snap, m.lastindex, m.lastmark)
	m.st.push(frame{kind: fSnap, a: a, c: id})
}

func (m *machine[C]) restoreSnap(a int) {
	n := len(m.marks)
	copy(m.marks, m.snap[a:a+n])
	m.lastindex, m.lastmark = m.snap[a+n], m.snap[a+n+1]
	m.snap = m.snap[:a]
}

// dropSnap discards the snapshot of the iteration of loop id that has just
// succeeded (sre's MARK_POP_DISCARD).
func (m *machine[C]) dropSnap(id int) {
	for i := m.st.n - 1; i >= 0; i-- {
		f := m.st.at(i)
		if f.kind == fSnap && f.c == id {
			f.kind = fNop
			return
		}
		if f.kind == fChoiceRep && f.a == id {
			return
		}
	}
}

// group is the span of group g (1-based) as sre reads it.
func (m *machine[C]) group(g int) (int, int, bool) {
	j := 2 * (g - 1)
	if j+1 > m.lastmark {
		return 0, 0, false
	}
	s, e := m.marks[j], m.marks[j+1]
	return s, e, s >= 0 && e >= 0
}

func (m *machine[C]) setRep(id, count, last int) {
	r := &m.reps[id]
	m.st.push(frame{kind: fRep, a: id, b: r.count, c: r.last})
	r.count, r.last = count, last
}

// count is how many times (up to max) the item matches from pos.
func (m *machine[C]) count(it *item, pos, max int) int {
	lim := m.end - pos
	if max < lim {
		lim = max
	}
	if lim <= 0 {
		return 0
	}
	in := m.in[pos : pos+lim]
	switch it.kind {
	case itAnyAll:
		return lim
	case itAny:
		if b, ok := any(in).([]byte); ok {
			if i := bytes.IndexByte(b, '\n'); i >= 0 {
				return i
			}
			return lim
		}
		for i, c := range in {
			if c == '\n' {
				return i
			}
		}
		return lim
	case itLit:
		for i, c := range in {
			if rune(c) != it.c {
				return i
			}
		}
		return lim
	case itSet:
		cs := it.set
		for i, c := range in {
			r := rune(c)
			if r < 256 {
				if cs.bits[r>>6]&(1<<(uint(r)&63)) == 0 {
					return i
				}
			} else if !cs.slow(r) {
				return i
			}
		}
		return lim
	}
	for i, c := range in {
		if !it.match(rune(c)) {
			return i
		}
	}
	return lim
}

// barrier is the index of the innermost barrier frame.
func (m *machine[C]) barrier() int {
	for i := m.st.n - 1; i >= 0; i-- {
		switch (*m.st.at(i)).kind {
		case fAtomic, fAssert, fAssertNot:
			return i
		}
	}
	return -1
}

// cut drops the choice points from the barrier at bi up, and the barrier;
// the undo records stay.
func (m *machine[C]) cut(bi int) {
	w := bi
	for i := bi + 1; i < m.st.n; i++ {
		switch (*m.st.at(i)).kind {
		case fMark, fRep, fNop:
			*m.st.at(w) = *m.st.at(i)
			w++
		case fSnap:
			// the choice it guards is gone: sre discards the saved marks
			*m.st.at(w) = *m.st.at(i)
			(*m.st.at(w)).kind = fNop
			w++
		case fChoiceRep:
			*m.st.at(w) = *m.st.at(i)
			(*m.st.at(w)).kind = fRep
			w++
		}
	}
	m.st.n = w
}

// backtrack pops to the next choice point; false when there is none.
func (m *machine[C]) backtrack(pc *int, pos *int) bool {
	for m.st.n > 0 {
		top := m.st.n - 1
		f := m.st.at(top)
		switch f.kind {
		case fChoice:
			*pc, *pos = int(f.pc), f.pos
			m.st.n = top
			return true
		case fMark:
			m.restoreLast(f.c)
		case fRep:
			m.reps[f.a] = repCtx{f.b, f.c}
		case fChoiceRep:
			m.reps[f.a] = repCtx{f.b, f.c}
			*pc, *pos = int(f.pc), f.pos
			m.st.n = top
			return true
		case fSnap:
			m.restoreSnap(f.a)
		case fNop:
			m.snap = m.snap[:f.a]
		case fRepOneG:
			f.a--
			if c, ok := m.prog.nextLit(int(f.pc)); ok {
				for f.a >= f.b && (f.pos+f.a >= m.end || rune(m.in[f.pos+f.a]) != c) {
					f.a--
				}
			}
			if f.a < f.b {
				break
			}
			*pc, *pos = int(f.pc), f.pos+f.a
			if m.prog.insts[f.pc-1].snap {
				m.pushSnap(-1)
			}
			return true
		case fRepOneL:
			if f.a >= f.b || f.pos >= m.end || !m.prog.insts[f.pc-1].it.match(rune(m.in[f.pos])) {
				break
			}
			f.a++
			f.pos++
			*pc, *pos = int(f.pc), f.pos
			if m.prog.insts[f.pc-1].snap {
				m.pushSnap(-1)
			}
			return true
		case fAtomic, fAssert:
		case fAssertNot:
			*pc, *pos = int(f.pc), f.pos
			m.st.n = top
			return true
		}
		m.st.n = top
	}
	return false
}

// run tries to match at pos; on success m.marks and m.matchEnd hold the
// result.
func (m *machine[C]) run(pos int) bool {
	m.reset()
	m.start = pos
	insts := m.prog.insts
	pc := 0
	for {
		in := &insts[pc]
		ok := true
		switch in.op {
		case opChar:
			if pos < m.end && in.it.match(rune(m.in[pos])) {
				pos++
				pc++
			} else {
				ok = false
			}
		case opString:
			s := in.str
			if pos+len(s) > m.end {
				ok = false
				break
			}
			for i, c := range s {
				if rune(m.in[pos+i]) != c {
					ok = false
					break
				}
			}
			if ok {
				pos += len(s)
				pc++
			}
		case opAt:
			if m.at(in, pos) {
				pc++
			} else {
				ok = false
			}
		case opSplit:
			m.st.push(frame{kind: fChoice, pc: int32(in.y), pos: pos})
			if in.snap {
				m.pushSnap(-1)
			}
			pc = in.x
		case opJmp:
			pc = in.x
		case opMark:
			m.setMark(in.n, pos)
			pc++
		case opRepeatOne:
			if pos+in.min > m.end {
				ok = false
				break
			}
			switch in.rk {
			case repGreedy, repPossessive:
				n := m.count(in.it, pos, in.max)
				if n < in.min {
					ok = false
					break
				}
				if in.rk == repGreedy && (n > in.min || in.snap) {
					next := &insts[pc+1]
					if next.op == opMatch && !m.matchAll && !m.mustAdvance {
						// nothing after the loop can fail
					} else {
						if c, lit := m.prog.nextLit(pc + 1); lit {
							for n >= in.min && (pos+n >= m.end || rune(m.in[pos+n]) != c) {
								n--
							}
							if n < in.min {
								ok = false
								break
							}
						}
						m.st.push(frame{kind: fRepOneG, pc: int32(pc + 1), pos: pos, a: n, b: in.min})
						if in.snap {
							m.pushSnap(-1)
						}
					}
				}
				pos += n
				pc++
			case repLazy:
				n := 0
				if in.min > 0 {
					n = m.count(in.it, pos, in.min)
					if n < in.min {
						ok = false
						break
					}
				}
				pos += n
				if n < in.max || in.snap {
					m.st.push(frame{kind: fRepOneL, pc: int32(pc + 1), pos: pos, a: n, b: in.max})
					if in.snap {
						m.pushSnap(-1)
					}
				}
				pc++
			}
		case opRepeat:
			m.setRep(in.n, -1, -1)
			pc = in.x
		case opUntil:
			r := m.reps[in.n]
			count := r.count + 1
			if count < in.min {
				m.setRep(in.n, count, r.last)
				pc = in.x
				break
			}
			if in.rk == repLazy {
				m.st.push(frame{kind: fChoice, pc: int32(pc + 1), pos: pos})
				if in.snap {
					m.pushSnap(-1)
				}
				pc += 2
				break
			}
			if in.poss && r.count >= in.min {
				m.dropSnap(in.n)
			}
			if (count < in.max || in.max == maxRepeat) && pos != r.last {
				// One frame is both the choice (the tail, if this
				// iteration fails) and the undo of the counter.
				m.st.push(frame{kind: fChoiceRep, pc: int32(pc + 2), pos: pos, a: in.n, b: r.count, c: r.last})
				m.reps[in.n] = repCtx{count, pos}
				id := -1
				if in.poss {
					id = in.n
				}
				m.pushSnap(id)
				pc = in.x
				break
			}
			pc += 2
		case opUntilMore:
			r := m.reps[in.n]
			count := r.count + 1
			if count >= in.max && in.max != maxRepeat || pos == r.last {
				ok = false
				break
			}
			m.setRep(in.n, count, pos)
			pc = in.x
		case opAtomic:
			m.st.push(frame{kind: fAtomic})
			pc++
		case opCut:
			m.cut(m.barrier())
			pc++
		case opAssert:
			p := pos
			if in.n >= 0 {
				if pos < in.n {
					if in.neg {
						pc = in.x
					} else {
						ok = false
					}
					break
				}
				p = pos - in.n
			}
			if in.neg {
				m.st.push(frame{kind: fAssertNot, pc: int32(in.x), pos: pos})
				if in.snap {
					m.pushSnap(-1)
				}
			} else {
				m.st.push(frame{kind: fAssert, pos: pos})
			}
			pos = p
			pc++
		case opAssertEnd:
			bi := m.barrier()
			if (*m.st.at(bi)).kind == fAssert {
				pos = (*m.st.at(bi)).pos
				m.cut(bi)
				pc++
				break
			}
			// A negative assertion's body matched: undo down to its
			// barrier and fail.
			for m.st.n > bi+1 {
				f := (*m.st.at(m.st.n - 1))
				switch f.kind {
				case fMark:
					m.restoreLast(f.c)
				case fRep, fChoiceRep:
					m.reps[f.a] = repCtx{f.b, f.c}
				case fSnap, fNop:
					// sre discards these saved marks (MARK_POP_DISCARD)
					m.snap = m.snap[:f.a]
				}
				m.st.n = m.st.n - 1
			}
			m.st.n = bi
			ok = false
		case opGroupRef:
			s, e, set := m.group(in.n)
			if !set || e < s {
				ok = false
				break
			}
			for i := 0; i < e-s; i++ {
				if pos+i >= m.end {
					ok = false
					break
				}
				a, b := rune(m.in[s+i]), rune(m.in[pos+i])
				if a != b && (in.fold == foldNone || foldRune(in.fold, a) != foldRune(in.fold, b)) {
					ok = false
					break
				}
			}
			if ok {
				pos += e - s
				pc++
			}
		case opGroupExists:
			if in.n <= m.prog.ngroups {
				if s, e, set := m.group(in.n); set && e >= s {
					pc++
					break
				}
			}
			pc = in.x
		case opMatch:
			if m.matchAll && pos != m.end || m.mustAdvance && pos == m.start {
				ok = false
				break
			}
			m.matchEnd = pos
			for j := m.lastmark + 1; j < len(m.marks); j++ {
				m.marks[j] = -1
			}
			return true
		case opFail:
			ok = false
		}
		if !ok && !m.backtrack(&pc, &pos) {
			return false
		}
	}
}

// search tries start positions from pos to the end; it returns the start
// of the match or -1.
func (m *machine[C]) search(pos int) int {
	p := m.prog
	if p.anchor {
		if m.run(pos) {
			return pos
		}
		return -1
	}
	if pre := p.prefix; len(pre) > 0 {
		if b, ok := any(m.in).([]byte); ok {
			if p.prefixB == nil {
				return -1
			}
			for s := pos; s+len(pre) <= m.end; {
				i := bytes.Index(b[s:m.end], p.prefixB)
				if i < 0 {
					return -1
				}
				s += i
				if m.run(s) {
					return s
				}
				m.mustAdvance = false
				s++
			}
			return -1
		}
		c0 := pre[0]
		for s := pos; s+len(pre) <= m.end; s++ {
			if rune(m.in[s]) != c0 {
				continue
			}
			if m.run(s) {
				return s
			}
			m.mustAdvance = false
		}
		return -1
	}
	if it := p.first; it != nil || p.info != nil {
		info := p.info
		for s := pos; s < m.end; s++ {
			if it != nil && !it.match(rune(m.in[s])) || info != nil && !info.match(rune(m.in[s])) {
				continue
			}
			if m.run(s) {
				return s
			}
			m.mustAdvance = false
		}
		return -1
	}
	if fs := p.firsts; fs != nil {
		for s := pos; s < m.end; s++ {
			c := rune(m.in[s])
			hit := false
			for _, it := range fs {
				if it.match(c) {
					hit = true
					break
				}
			}
			if hit && m.run(s) {
				return s
			}
			m.mustAdvance = false
		}
		return -1
	}
	for s := pos; s <= m.end; s++ {
		if m.run(s) {
			return s
		}
		m.mustAdvance = false
	}
	return -1
}

// nextLit is the exact literal the instruction at pc starts with, if any.
func (p *program) nextLit(pc int) (rune, bool) {
	in := &p.insts[pc]
	switch {
	case in.op == opChar && in.it.kind == itLit:
		return in.it.c, true
	case in.op == opString:
		return in.str[0], true
	}
	return 0, false
}
