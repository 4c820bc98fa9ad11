package py

// WithAnnotations sets a new function's __annotations__ (the def
// statement's parameter and return annotations, evaluated in order, or
// their source text under `from __future__ import annotations`).
func WithAnnotations(f *Function, names []string, values []Object) *Function {
	d := NewDict()
	for i, n := range names {
		d.SetStr(n, values[i])
	}
	f.more().annotations = d
	return f
}
