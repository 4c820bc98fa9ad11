package py

// Docstrings of builtins whose documentation carries examples (help() shows
// them, and doctest runs them as it does CPython's).
var builtinDocs = []struct {
	owner *Type // nil: a name in builtins
	name  string
	doc   string
}{
	{nil, "bin", "Return the binary representation of an integer.\n\n   >>> bin(2796202)\n   '0b1010101010101010101010'"},
	{nil, "oct", "Return the octal representation of an integer.\n\n   >>> oct(342391)\n   '0o1234567'"},
	{nil, "hex", "Return the hexadecimal representation of an integer.\n\n   >>> hex(12648430)\n   '0xc0ffee'"},
	{nil, "zip", "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n\n" +
		"   >>> list(zip('abcdefg', range(3), range(4)))\n   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]\n\n" +
		"The zip object yields n-length tuples, where n is the number of iterables\n" +
		"passed as positional arguments to zip().  The i-th element in every tuple\n" +
		"comes from the i-th iterable argument to zip().  This continues until the\n" +
		"shortest argument is exhausted.\n\n" +
		"If strict is true and one of the arguments is exhausted before the others,\n" +
		"raise a ValueError."},
	{nil, "int", "int([x]) -> integer\nint(x, base=10) -> integer\n\n" +
		"Convert a number or string to an integer, or return 0 if no arguments\n" +
		"are given.  If x is a number, return x.__int__().  For floating point\n" +
		"numbers, this truncates towards zero.\n\n" +
		"If x is not a number or if base is given, then x must be a string,\n" +
		"bytes, or bytearray instance representing an integer literal in the\n" +
		"given base.  The literal can be preceded by '+' or '-' and be surrounded\n" +
		"by whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\n" +
		"Base 0 means to interpret the base from the string as an integer literal.\n" +
		">>> int('0b100', base=0)\n4"},
	{nil, "bool", "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\n" +
		"The builtins True and False are the only two instances of the class bool.\n" +
		"The class bool is a subclass of the class int, and cannot be subclassed."},
	{IntType, "bit_length", "Number of bits necessary to represent self in binary.\n\n>>> bin(37)\n'0b100101'\n>>> (37).bit_length()\n6"},
	{IntType, "bit_count", "Number of ones in the binary representation of the absolute value of self.\n\n" +
		"Also known as the population count.\n\n>>> bin(13)\n'0b1101'\n>>> (13).bit_count()\n3"},
	{IntType, "as_integer_ratio", "Return integer ratio.\n\n" +
		"Return a pair of integers, whose ratio is exactly equal to the original int\n" +
		"and with a positive denominator.\n\n" +
		">>> (10).as_integer_ratio()\n(10, 1)\n>>> (-10).as_integer_ratio()\n(-10, 1)\n>>> (0).as_integer_ratio()\n(0, 1)"},
	{FloatType, "as_integer_ratio", "Return integer ratio.\n\n" +
		"Return a pair of integers, whose ratio is exactly equal to the original float\n" +
		"and with a positive denominator.\n\n" +
		"Raise OverflowError on infinities and a ValueError on NaNs.\n\n" +
		">>> (10.0).as_integer_ratio()\n(10, 1)\n>>> (0.0).as_integer_ratio()\n(0, 1)\n>>> (-.25).as_integer_ratio()\n(-1, 4)"},
	{FloatType, "hex", "Return a hexadecimal representation of a floating-point number.\n\n" +
		">>> (-0.1).hex()\n'-0x1.999999999999ap-4'\n>>> 3.14159.hex()\n'0x1.921f9f01b866ep+1'"},
	{FloatType, "fromhex", "Create a floating-point number from a hexadecimal string.\n\n" +
		">>> float.fromhex('0x1.ffffp10')\n2047.984375\n>>> float.fromhex('-0x1p-1074')\n-5e-324"},
	{BytesType, "hex", bytesHexDoc("bytes", "b")},
	{ByteArrayType, "hex", bytesHexDoc("bytearray", "bytearray(b")},
	{MemoryViewType, "hex", bytesHexDoc("memoryview", "memoryview(b")},
}

func bytesHexDoc(name, open string) string {
	closing := "'"
	if open != "b" {
		closing = "')"
	}
	return "Create a string of hexadecimal numbers from a " + name + " object.\n\n" +
		"  sep\n    An optional single character or byte to separate hex bytes.\n" +
		"  bytes_per_sep\n    How many bytes between separators.  Positive values count from the\n" +
		"    right, negative values count from the left.\n\nExample:\n" +
		">>> value = " + open + "'\\xb9\\x01\\xef" + closing + "\n" +
		">>> value.hex()\n'b901ef'\n>>> value.hex(':')\n'b9:01:ef'\n>>> value.hex(':', 2)\n'b9:01ef'\n>>> value.hex(':', -2)\n'b901:ef'"
}

func init() { setBuiltinDocs() }

// setBuiltinDocs gives the builtins in builtinDocs their docstrings (again
// from zz_classmethod_descr.go, once files after this one have replaced
// some of them: types_zfloat.go's float.fromhex).
func setBuiltinDocs() {
	for _, d := range builtinDocs {
		var o Object
		if d.owner == nil {
			o, _ = Builtins.Dict.GetStr(d.name)
		} else {
			o, _ = d.owner.Dict.GetStr(d.name)
		}
		setBuiltinDoc(o, d.doc)
	}
}

func setBuiltinDoc(o Object, doc string) {
	switch v := o.(type) {
	case *Type:
		v.Dict.SetStr("__doc__", Str(doc))
	case *BuiltinFunction:
		v.Doc = doc
	case *ClassMethod:
		setBuiltinDoc(v.Func, doc)
	case *StaticMethod:
		setBuiltinDoc(v.Func, doc)
	}
}
