package py

import (
	"encoding/binary"
	"strconv"
)

// float.__getformat__(typestr): how the machine stores a C double or
// float. test.support reads it when it is imported (requires_IEEE_754).
func init() {
	FloatType.Dict.SetStr("__getformat__", &ClassMethod{Func: NewBuiltin("__getformat__", func(args []Object, kw []string) Object {
		if len(kw) > 0 {
			panic(NewError(TypeErrorType, "float.__getformat__() takes no keyword arguments"))
		}
		if len(args) != 2 {
			panic(NewError(TypeErrorType, "float.__getformat__() takes exactly one argument ("+strconv.Itoa(len(args)-1)+" given)"))
		}
		s, ok := args[1].(Str)
		if !ok {
			panic(NewError(TypeErrorType, "__getformat__() argument must be str, not "+args[1].Type().Name))
		}
		if s != "double" && s != "float" {
			panic(NewError(ValueErrorType, "__getformat__() argument 1 must be 'double' or 'float'"))
		}
		if binary.NativeEndian.Uint16([]byte{1, 0}) == 1 {
			return Str("IEEE, little-endian")
		}
		return Str("IEEE, big-endian")
	})})
}
