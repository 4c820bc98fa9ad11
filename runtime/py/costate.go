package py

import "unsafe"

// Hand-written state machines (asyncio.sleep, Queue.get, Lock.acquire, ...)
// keep their state next to the coroutine, in one allocation: a kind
// pairs a Code with a body receiving its state S by pointer, and New makes
// a coroutine of that kind (a CoroutineOf[S]) with a single allocation.
//
//	var sleepKind = py.NewSMKind(sleepCode, func(co *py.CoFrame, s *sleepState) py.Object { ... })
//	c, s := sleepKind.New()
//	s.delay = delay

// CoroutineOf is a compiled coroutine carrying the state S of its body.
type CoroutineOf[S any] struct {
	Coroutine
	State S
}

// NewSMKind makes a kind of state-machine coroutine whose body receives
// its state; make kinds once (in package variables), not per coroutine.
func NewSMKind[S any](code *Code, body func(co *CoFrame, s *S) Object) *CoroutineKind[S] {
	code.noteBody(body)
	return NewCoroutineKind[S](code, func(co *CoFrame) Object { return body(co, CoroutineState[S](co)) })
}

// coroutine is the Coroutine whose frame co is (every CoFrame is the frame
// field of a Coroutine).
func (co *CoFrame) coroutine() *Coroutine {
	return (*Coroutine)(unsafe.Add(unsafe.Pointer(co), -int(unsafe.Offsetof(Coroutine{}.frame))))
}

// The translator's compiled functions that capture nothing read their frame
// with CoroutineState or GeneratorState (inlined pointer arithmetic) rather
// than through a kind's wrapper: a generator is resumed at every next(), and
// a wrapper call there costs more than the allocations it saves.

// CoroutineKind makes coroutines of one compiled function whose frame is S.
type CoroutineKind[S any] struct {
	code *Code
	body func(co *CoFrame) Object
}

// NewCoroutineKind makes a kind whose body finds its frame with
// CoroutineState.
func NewCoroutineKind[S any](code *Code, body func(co *CoFrame) Object) *CoroutineKind[S] {
	code.noteBody(body)
	return &CoroutineKind[S]{code: code, body: body}
}

// New makes a coroutine of kind k and its frame in one allocation.
func (k *CoroutineKind[S]) New() (*Coroutine, *S) {
	c := &CoroutineOf[S]{}
	c.Code, c.sm = k.code, k.body
	trackUnawaited(&c.Coroutine)
	return &c.Coroutine, &c.State
}

// CoroutineState is the frame of the coroutine co is the frame of, made by a
// CoroutineKind[S].
func CoroutineState[S any](co *CoFrame) *S {
	return &(*CoroutineOf[S])(unsafe.Pointer(co.coroutine())).State
}

// GeneratorOf is a compiled generator carrying its frame S.
type GeneratorOf[S any] struct {
	Generator
	State S
}

// GeneratorKind makes generators of one compiled function whose frame is S.
//
// A generator a for loop owned (OwnedGenOf) is handed back by the loop's
// release once finished, and the next New reuses its memory: a generator
// called in a loop (`for p in permutations(rest)`, `for v in gen(3)`)
// then allocates nothing. Only kinds whose frames no closure can capture
// (NewReusedGeneratorKind) do this, so nothing but the generator object
// reaches the frame, and the loop held the only reference to that.
type GeneratorKind[S any] struct {
	code     *Code
	body     func(co *CoFrame) Object
	recycles bool
	nfree    int
	free     [4]*GeneratorOf[S]
}

// NewGeneratorKind makes a kind whose body finds its frame with
// GeneratorState.
func NewGeneratorKind[S any](code *Code, body func(co *CoFrame) Object) *GeneratorKind[S] {
	code.noteBody(body)
	return &GeneratorKind[S]{code: code, body: body}
}

// NewReusedGeneratorKind is NewGeneratorKind for a function whose body
// makes no functions, classes or generator expressions (which could keep
// reaching a frame after its generator is done): its finished generators
// are reused, unless it has cell variables all the same.
func NewReusedGeneratorKind[S any](code *Code, body func(co *CoFrame) Object) *GeneratorKind[S] {
	k := NewGeneratorKind[S](code, body)
	if len(code.CellVars) == 0 && code.genKind == nil {
		code.genKind, k.recycles = k, true
	}
	return k
}

// New makes a generator of kind k and its frame in one allocation (or
// none, reusing a finished one).
func (k *GeneratorKind[S]) New() (*Generator, *S) {
	var g *GeneratorOf[S]
	if k.nfree > 0 {
		g = k.reuse()
	} else {
		g = &GeneratorOf[S]{}
	}
	g.c.Code, g.c.sm = k.code, k.body
	g.c.plainGen = k.code.Flags&CodeCatches == 0
	if k.recycles {
		g.c.recycle = recycleMade
	}
	madeGenerator(&g.Generator)
	return &g.Generator, &g.State
}

// reuse takes the generator last handed back (already zeroed).
func (k *GeneratorKind[S]) reuse() *GeneratorOf[S] {
	k.nfree--
	g := k.free[k.nfree]
	k.free[k.nfree] = nil
	return g
}

// genRecycler is a GeneratorKind that takes finished generators back.
type genRecycler interface{ recycle(g *Generator) }

// recycle takes back g, a finished generator of kind k that nothing else
// holds: it is zeroed at once (its frame's references dropped, as a
// finished generator's frame is cleared) and kept for New, a few at most.
func (k *GeneratorKind[S]) recycle(g *Generator) {
	if k.nfree == len(k.free) {
		return
	}
	gs := (*GeneratorOf[S])(unsafe.Pointer(g))
	*gs = GeneratorOf[S]{}
	k.free[k.nfree] = gs
	k.nfree++
}

// recycleState is a generator's standing for reuse by its kind.
type recycleState uint8

const (
	recycleNot recycleState = iota
	// recycleMade: made by a kind that reuses its generators.
	recycleMade
	// recycleOwned: also owned by a for loop whose call made it
	// (OwnedGenOf); the loop's release drops the last reference.
	recycleOwned
)

// GeneratorState is the frame of the generator co is the frame of, made by
// a GeneratorKind[S].
func GeneratorState[S any](co *CoFrame) *S {
	g := (*GeneratorOf[S])(unsafe.Add(unsafe.Pointer(co.coroutine()), -int(unsafe.Offsetof(Generator{}.c))))
	return &g.State
}
