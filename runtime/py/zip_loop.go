package py

// Loops over enumerate and zip (translate/zip_loop.go). A for statement
// whose iterable is enumerate(x), zip(x, y, ...) or enumerate(zip(x, ...))
// of the builtins, and whose target unpacks the items into as many targets
// (`for i, (x, y) in enumerate(zip(a, b))`), steps a ZipLoop on the Go
// stack: the enumerate and zip objects and the tuples of each step are
// never made, since only the loop could see them. The iterables are
// iterated as zip and enumerate would (iter() of each, in order, when the
// loop starts; next() of each in order at every step, stopping at the
// first exhausted one; lists and tuples stepped in place as their
// iterators step). When a name no longer holds the builtin, the call is
// made and its iterator stepped, the loop unpacking each item itself.

var enumerateFn, zipFn Object

// maxZipLoop is the most iterables a ZipLoop zips.
const maxZipLoop = 4

// ZipLoop is the state of such a loop.
type ZipLoop struct {
	// it is the iterator of the call's result when a name was rebound
	// (nil: the loop steps the iterables itself); Own is the generator
	// the loop owns then (ownedIter), for ReleaseIter.
	it  Object
	Own Object
	// seqs step list and tuple iterables in place; its holds the
	// iterators of the others.
	seqs  [maxZipLoop]SeqIter
	its   [maxZipLoop]Object
	n     int
	enum  bool
	count int64
	// V are the values of the step: the index first, for enumerate.
	V [maxZipLoop + 1]Object
}

// Enumerate starts `for i, x in enumerate(x)`; enum is what the name
// enumerate held, mark the generator mark taken before the iterable was
// evaluated.
func (z *ZipLoop) Enumerate(mark uint64, enum, x Object) {
	if enum != enumerateFn {
		z.generic(mark, Call1(enum, x))
		return
	}
	z.enum = true
	z.start(x)
}

// Zip starts `for x, y in zip(x, y)`.
func (z *ZipLoop) Zip(mark uint64, zip Object, xs ...Object) {
	if zip != zipFn {
		z.generic(mark, CallKw(zip, append([]Object(nil), xs...), nil))
		return
	}
	z.start(xs...)
}

// EnumerateZip starts `for i, (x, y) in enumerate(zip(x, y))`.
func (z *ZipLoop) EnumerateZip(mark uint64, enum, zip Object, xs ...Object) {
	if enum != enumerateFn || zip != zipFn {
		z.generic(mark, Call1(enum, CallKw(zip, append([]Object(nil), xs...), nil)))
		return
	}
	z.enum = true
	z.start(xs...)
}

func (z *ZipLoop) generic(mark uint64, o Object) {
	z.it = GetIter(o)
	z.Own = ownedIter(z.it, mark)
}

// start takes the iterators of xs, in order, as zip does.
func (z *ZipLoop) start(xs ...Object) {
	z.n = len(xs)
	for k, x := range xs {
		z.its[k] = ForSeq(x, &z.seqs[k])
	}
}

// Next steps the loop. ok is false at the end. A nil item means the
// values are in V; otherwise (a rebound name) item is the iterator's, for
// the target to unpack.
func (z *ZipLoop) Next() (item Object, ok bool) {
	if z.it != nil {
		return Next(z.it)
	}
	if z.n == 0 {
		return nil, false // exhausted
	}
	Checkpoint()
	off := 0
	if z.enum {
		off = 1
	}
	for k := 0; k < z.n; k++ {
		var v Object
		if it := z.its[k]; it != nil {
			v, ok = Next(it)
		} else {
			v, ok = z.seqs[k].Next()
		}
		if !ok {
			z.n = 0
			return nil, false
		}
		z.V[off+k] = v
	}
	if z.enum {
		z.V[0] = MakeInt(z.count)
		z.count++
	}
	return nil, true
}
