package libm

import (
	"fmt"
	"math"
	"math/rand"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// The oracle: one python3 process reads "name x [y]" lines (float.hex)
// and answers with float.hex(math.name(x[, y])), or the exception name.
const oracleScript = `
import sys, math
for line in sys.stdin:
    p = line.split()
    f = getattr(math, p[0])
    a = [float.fromhex(s) for s in p[1:]]
    try:
        r = f(*a)
        sys.stdout.write(float.hex(r) + "\n")
    except (ValueError, OverflowError) as e:
        sys.stdout.write(type(e).__name__ + "\n")
`

type fn struct {
	name  string
	arity int
	ours  func(x, y float64) float64
	gos   func(x, y float64) float64
	gen   func(r *rand.Rand) []float64
}

func one(f func(float64) float64) func(x, y float64) float64 {
	return func(x, _ float64) float64 { return f(x) }
}

// anyFloat is a random finite double of any magnitude and sign.
func anyFloat(r *rand.Rand) float64 {
	for {
		f := math.Float64frombits(r.Uint64())
		if !math.IsNaN(f) && !math.IsInf(f, 0) {
			return f
		}
	}
}

func uni(r *rand.Rand, lo, hi float64) float64 { return lo + (hi-lo)*r.Float64() }

func logUni(r *rand.Rand, lo, hi int) float64 {
	return math.Ldexp(1+r.Float64(), lo+r.Intn(hi-lo))
}

var edges = []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 2, 10, 0.1, math.Inf(1), math.Inf(-1), math.NaN(),
	5e-324, -5e-324, 2.2250738585072014e-308, math.MaxFloat64, -math.MaxFloat64, 1e-300, 1e300,
	math.Pi, math.Pi / 2, math.Pi / 4, math.E, 1 - 0x1p-53, 1 + 0x1p-52, 3, 0.25, 100, 1e22, 709.78, -745.1, 710, -746}

func gen1(parts ...func(r *rand.Rand) float64) func(r *rand.Rand) []float64 {
	return func(r *rand.Rand) []float64 {
		return []float64{parts[r.Intn(len(parts))](r)}
	}
}

func functions() []fn {
	any1 := func(r *rand.Rand) float64 { return anyFloat(r) }
	near1 := func(r *rand.Rand) float64 { return 1 + uni(r, -1, 1)*math.Ldexp(1, -r.Intn(50)) }
	pos := func(r *rand.Rand) float64 { return math.Abs(anyFloat(r)) }
	small := func(r *rand.Rand) float64 { return uni(r, -4, 4) }
	trigMid := func(r *rand.Rand) float64 { return uni(r, -1e6, 1e6) }
	trigHuge := func(r *rand.Rand) float64 { return logUni(r, 20, 1023) * float64(1-2*r.Intn(2)) }
	unit := func(r *rand.Rand) float64 { return uni(r, -1, 1) }
	nearUnit := func(r *rand.Rand) float64 {
		return (1 - r.Float64()*math.Ldexp(1, -r.Intn(52))) * float64(1-2*r.Intn(2))
	}
	tiny := func(r *rand.Rand) float64 { return logUni(r, -1074, -20) * float64(1-2*r.Intn(2)) }
	return []fn{
		{name: "exp", arity: 1, ours: one(Exp), gos: one(math.Exp), gen: gen1(func(r *rand.Rand) float64 { return uni(r, -746, 710) }, small, tiny)},
		{name: "exp2", arity: 1, ours: one(Exp2), gos: one(math.Exp2), gen: gen1(func(r *rand.Rand) float64 { return uni(r, -1076, 1025) }, small, tiny)},
		{name: "expm1", arity: 1, ours: one(math.Expm1), gos: one(math.Expm1), gen: gen1(func(r *rand.Rand) float64 { return uni(r, -40, 710) }, small, tiny)},
		{name: "log", arity: 1, ours: one(Log), gos: one(math.Log), gen: gen1(pos, near1, small)},
		{name: "log2", arity: 1, ours: one(Log2), gos: one(math.Log2), gen: gen1(pos, near1)},
		{name: "log10", arity: 1, ours: one(Log10), gos: one(math.Log10), gen: gen1(pos, near1, func(r *rand.Rand) float64 { return math.Pow(10, float64(r.Intn(600)-300)) })},
		{name: "log1p", arity: 1, ours: one(math.Log1p), gos: one(math.Log1p), gen: gen1(pos, small, tiny)},
		{name: "sqrt", arity: 1, ours: one(math.Sqrt), gos: one(math.Sqrt), gen: gen1(pos)},
		{name: "cbrt", arity: 1, ours: one(math.Cbrt), gos: one(math.Cbrt), gen: gen1(any1, small)},
		{name: "sin", arity: 1, ours: one(Sin), gos: one(math.Sin), gen: gen1(small, trigMid, trigHuge, tiny)},
		{name: "cos", arity: 1, ours: one(Cos), gos: one(math.Cos), gen: gen1(small, trigMid, trigHuge, tiny)},
		{name: "tan", arity: 1, ours: one(Tan), gos: one(math.Tan), gen: gen1(small, trigMid, trigHuge, tiny)},
		{name: "asin", arity: 1, ours: one(Asin), gos: one(math.Asin), gen: gen1(unit, nearUnit, tiny)},
		{name: "acos", arity: 1, ours: one(Acos), gos: one(math.Acos), gen: gen1(unit, nearUnit, tiny)},
		{name: "atan", arity: 1, ours: one(Atan), gos: one(math.Atan), gen: gen1(any1, small, tiny)},
		{name: "sinh", arity: 1, ours: one(Sinh), gos: one(math.Sinh), gen: gen1(small, func(r *rand.Rand) float64 { return uni(r, -720, 720) }, tiny)},
		{name: "cosh", arity: 1, ours: one(Cosh), gos: one(math.Cosh), gen: gen1(small, func(r *rand.Rand) float64 { return uni(r, -720, 720) }, tiny)},
		{name: "tanh", arity: 1, ours: one(Tanh), gos: one(math.Tanh), gen: gen1(small, func(r *rand.Rand) float64 { return uni(r, -30, 30) }, tiny)},
		{name: "asinh", arity: 1, ours: one(Asinh), gos: one(math.Asinh), gen: gen1(any1, small, tiny)},
		{name: "acosh", arity: 1, ours: one(Acosh), gos: one(math.Acosh), gen: gen1(pos, func(r *rand.Rand) float64 { return 1 + math.Abs(small(r)) })},
		{name: "atanh", arity: 1, ours: one(Atanh), gos: one(math.Atanh), gen: gen1(unit, nearUnit, tiny)},
		// Not yet matched (reported): erf/erfc are fdlibm over libm.Exp, glibc
		// evaluates the polynomials differently; CPython's gamma and
		// lgamma are its own Lanczos code (still Go's).
		{name: "erf", arity: 1, ours: one(Erf), gos: one(math.Erf), gen: gen1(small, tiny)},
		{name: "erfc", arity: 1, ours: one(Erfc), gos: one(math.Erfc), gen: gen1(small, func(r *rand.Rand) float64 { return uni(r, -6, 27) })},
		{name: "gamma", arity: 1, ours: one(math.Gamma), gos: one(math.Gamma), gen: gen1(small, func(r *rand.Rand) float64 { return uni(r, -170, 171) })},
		{name: "lgamma", arity: 1, ours: one(func(x float64) float64 { v, _ := math.Lgamma(x); return v }), gos: one(func(x float64) float64 { v, _ := math.Lgamma(x); return v }), gen: gen1(small, func(r *rand.Rand) float64 { return uni(r, -170, 1e5) })},
		{name: "atan2", arity: 2, ours: Atan2, gos: math.Atan2, gen: func(r *rand.Rand) []float64 {
			if r.Intn(2) == 0 {
				return []float64{small(r), small(r)}
			}
			return []float64{anyFloat(r), anyFloat(r)}
		}},
		{name: "hypot", arity: 2, ours: Hypot, gos: math.Hypot, gen: func(r *rand.Rand) []float64 {
			if r.Intn(2) == 0 {
				return []float64{small(r), small(r)}
			}
			return []float64{anyFloat(r), anyFloat(r)}
		}},
		{name: "pow", arity: 2, ours: Pow, gos: math.Pow, gen: func(r *rand.Rand) []float64 {
			switch r.Intn(8) {
			case 0:
				return []float64{uni(r, 0, 10), uni(r, -50, 50)}
			case 1:
				return []float64{near1(r), uni(r, -1e6, 1e6)}
			case 2:
				return []float64{-uni(r, 0, 10), float64(r.Intn(80) - 40)}
			case 3: // exact and half-way integer powers
				return []float64{float64(r.Intn(1 << 27)), float64(2 + r.Intn(4))}
			case 4:
				return []float64{pos(r), []float64{0.5, -0.5, 1.5, -1.5, 1.0 / 3, -1, 3}[r.Intn(7)]}
			case 5:
				return []float64{[]float64{10, 2, 0.1, 3, 7}[r.Intn(5)], float64(r.Intn(700) - 350)}
			case 6:
				return []float64{uni(r, 0, 3), uni(r, -3, 3)}
			}
			return []float64{pos(r), uni(r, -2, 2)}
		}},
	}
}

func hexOf(f float64) string { return strconv.FormatFloat(f, 'x', -1, 64) }

type mismatch struct{ in, want, got string }

// agree compares a Go result with python's answer.
func agree(ans string, got float64) bool {
	switch ans {
	case "ValueError": // a domain error or a pole
		return math.IsNaN(got) || math.IsInf(got, 0)
	case "OverflowError":
		return math.IsInf(got, 0)
	}
	want, err := strconv.ParseFloat(ans, 64)
	if err != nil {
		return false
	}
	if math.IsNaN(want) {
		return math.IsNaN(got)
	}
	return math.Float64bits(want) == math.Float64bits(got)
}

var stillGo = map[string]bool{"cbrt": true, "erf": true, "erfc": true, "gamma": true, "lgamma": true}

func TestLibmOracle(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	n := 4000
	if testing.Short() {
		n = 500
	}
	r := rand.New(rand.NewSource(11))
	fns := functions()
	type input struct {
		f    int
		args []float64
	}
	var inputs []input
	var sb strings.Builder
	for i, f := range fns {
		var cases [][]float64
		for _, e := range edges {
			if f.arity == 1 {
				cases = append(cases, []float64{e})
			} else {
				for _, e2 := range edges {
					cases = append(cases, []float64{e, e2})
				}
			}
		}
		for j := 0; j < n; j++ {
			cases = append(cases, f.gen(r))
		}
		if f.name == "pow" {
			cases = append(cases, []float64{2, 0.5}, []float64{10, -2}, []float64{0x7ffffff, 2}, []float64{0x7ffffff, 3},
				[]float64{-2, 3}, []float64{-8, 1.0 / 3}, []float64{1.0000001, 1e10})
		}
		for _, c := range cases {
			inputs = append(inputs, input{i, c})
			sb.WriteString(f.name)
			for _, a := range c {
				sb.WriteString(" " + hexOf(a))
			}
			sb.WriteString("\n")
		}
	}
	cmd := exec.Command(py, "-c", oracleScript)
	cmd.Stdin = strings.NewReader(sb.String())
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	answers := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(answers) != len(inputs) {
		t.Fatalf("python answered %d of %d", len(answers), len(inputs))
	}
	total := make([]int, len(fns))
	badOurs := make([]int, len(fns))
	badGo := make([]int, len(fns))
	examples := map[int][]mismatch{}
	for k, in := range inputs {
		f := fns[in.f]
		x, y := in.args[0], 0.0
		if f.arity == 2 {
			y = in.args[1]
		}
		total[in.f]++
		if got := f.gos(x, y); !agree(answers[k], got) {
			badGo[in.f]++
		}
		if got := f.ours(x, y); !agree(answers[k], got) {
			badOurs[in.f]++
			if len(examples[in.f]) < 12 {
				examples[in.f] = append(examples[in.f], mismatch{fmt.Sprint(in.args), answers[k], hexOf(got)})
			}
		}
	}
	var report []string
	for i, f := range fns {
		report = append(report, fmt.Sprintf("%-6s n=%5d  go math: %5d (%5.2f%%)  libm: %4d (%5.3f%%)", f.name, total[i],
			badGo[i], 100*float64(badGo[i])/float64(total[i]), badOurs[i], 100*float64(badOurs[i])/float64(total[i])))
	}
	sort.Strings(report)
	t.Log("mismatches against python3 (bit for bit):\n" + strings.Join(report, "\n"))
	// glibc's exp, log, pow, sin, ... are within 0.52 ulp, not correctly
	// rounded: close to half-way it rounds the other way now and then,
	// and libm (correctly rounded) cannot follow without its algorithm.
	// Those residual cases are logged; a function drifting above 0.3%
	// (a real bug, not a half-way case) fails. cbrt is still Go's.
	for i, f := range fns {
		for _, m := range examples[i] {
			t.Logf("%s%s: python %s, libm %s", f.name, m.in, m.want, m.got)
		}
		if !stillGo[f.name] && float64(badOurs[i]) > 0.003*float64(total[i]) {
			t.Errorf("%s: %d of %d results differ from python3", f.name, badOurs[i], total[i])
		}
	}
}
