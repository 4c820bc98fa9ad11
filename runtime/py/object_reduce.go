package py

// object.__reduce__ is made in reduce_ex.go's init with __reduce_ex__,
// which compares classes' __reduce__ with it.
