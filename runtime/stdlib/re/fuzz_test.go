package re_test

import (
	"fmt"
	"math/rand"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// genPattern builds a random pattern over a small alphabet, using every
// construct of the syntax; some are invalid on purpose (then the errors
// are compared).
type patGen struct {
	r      *rand.Rand
	groups int // groups opened so far
	closed []int
	depth  int
}

func (g *patGen) atom() string {
	r := g.r
	switch k := r.Intn(24); {
	case k < 6:
		return []string{"a", "b", "A", "B", "1", " ", "é", "ß", "k", "s"}[r.Intn(10)]
	case k == 6:
		return "."
	case k == 7:
		return []string{"[ab]", "[^a]", "[a-c]", "[^ab\\n]", "[\\w ]", "[A-Z]"}[r.Intn(6)]
	case k == 8:
		return []string{`\w`, `\W`, `\d`, `\s`, `\S`, `\D`}[r.Intn(6)]
	case k == 9:
		return []string{`\b`, `\B`, `^`, `$`, `\A`, `\Z`}[r.Intn(6)]
	case k == 10 && len(g.closed) > 0:
		n := g.closed[r.Intn(len(g.closed))]
		if r.Intn(2) == 0 {
			return `\` + strconv.Itoa(n)
		}
		return fmt.Sprintf("(?P=g%d)", n)
	case k == 11 && len(g.closed) > 0:
		n := g.closed[r.Intn(len(g.closed))]
		if r.Intn(2) == 0 {
			return fmt.Sprintf("(?(%d)%s|%s)", n, g.seq(2), g.seq(2))
		}
		return fmt.Sprintf("(?(%d)%s)", n, g.seq(2))
	case k >= 12 && g.depth < 3:
		g.depth++
		defer func() { g.depth-- }()
		switch r.Intn(9) {
		case 0, 1:
			g.groups++
			n := g.groups
			s := "(" + g.alt() + ")"
			g.closed = append(g.closed, n)
			return s
		case 2:
			g.groups++
			n := g.groups
			s := fmt.Sprintf("(?P<g%d>%s)", n, g.alt())
			g.closed = append(g.closed, n)
			return s
		case 3:
			return "(?:" + g.alt() + ")"
		case 4:
			return []string{"(?=", "(?!"}[r.Intn(2)] + g.alt() + ")"
		case 5:
			return []string{"(?<=", "(?<!"}[r.Intn(2)] + []string{"a", "ab", "a|b", "[ab]", `\w`, "(a)", "a|bc"}[r.Intn(7)] + ")"
		case 6:
			return "(?>" + g.alt() + ")"
		case 7:
			return "(?" + []string{"i", "s", "m", "x", "a", "-i", "i-s"}[r.Intn(7)] + ":" + g.alt() + ")"
		default:
			return "(?:" + g.alt() + ")"
		}
	}
	return "a"
}

func (g *patGen) piece() string {
	a := g.atom()
	if g.r.Intn(3) == 0 {
		q := []string{"*", "+", "?", "{2}", "{1,2}", "{,2}", "{2,}"}[g.r.Intn(7)]
		q += []string{"", "", "?", "+"}[g.r.Intn(4)]
		a += q
	}
	return a
}

func (g *patGen) seq(n int) string {
	var b strings.Builder
	for i := 0; i < 1+g.r.Intn(n); i++ {
		b.WriteString(g.piece())
	}
	return b.String()
}

func (g *patGen) alt() string {
	s := g.seq(3)
	for g.r.Intn(4) == 0 {
		if g.r.Intn(4) == 0 {
			s += "|"
		} else {
			s += "|" + g.seq(3)
		}
	}
	return s
}

func TestFuzzOracle(t *testing.T) {
	py.EnterMain()
	seed := int64(1)
	n := 1000
	if v := os.Getenv("RE_FUZZ_SEED"); v != "" {
		seed, _ = strconv.ParseInt(v, 10, 64)
	}
	if v := os.Getenv("RE_FUZZ_N"); v != "" {
		n, _ = strconv.Atoi(v)
	}
	r := rand.New(rand.NewSource(seed))
	var es []E
	for i := 0; i < n; i++ {
		g := &patGen{r: r}
		pat := g.alt()
		if r.Intn(4) == 0 {
			pat = "(?" + []string{"i", "m", "s", "x", "a", "im", "i", "ia"}[r.Intn(8)] + ")" + pat
		}
		var sb strings.Builder
		for j := 0; j < r.Intn(12); j++ {
			sb.WriteString([]string{"a", "b", "A", "B", "1", " ", "\n", "É", "ẞ", "\u212a", "ſ", "K"}[r.Intn(12)])
		}
		subj := sb.String()
		switch r.Intn(4) {
		case 0:
			if latin1OK(pat) && latin1OK(subj) {
				bp, bs := B(latin1(pat)), B(latin1(subj))
				es = append(es, T(D(Re("search", bp, bs)), Re("findall", bp, bs), Re("split", bp, bs)))
				continue
			}
			fallthrough
		case 1:
			c := Re("compile", S(pat), []E{F("I"), F("M"), F("S"), F("A"), Op(F("I"), "|", F("A"))}[r.Intn(5)])
			p0, p1 := r.Intn(len(subj)+2)-1, r.Intn(len(subj)+3)-1
			tmpl := `\g<0>`
			if g.groups > 0 {
				tmpl = fmt.Sprintf(`[\%d]`, 1+r.Intn(g.groups))
			}
			es = append(es, T(D(M(c, "search", S(subj), I(p0), I(p1))), D(M(c, "match", S(subj), I(p0), I(p1))),
				M(c, "findall", S(subj), I(p0), I(p1)), M(c, "sub", S(tmpl), S(subj)), M(c, "split", S(subj))))
		default:
			es = append(es, T(D(Re("search", S(pat), S(subj))), Re("findall", S(pat), S(subj)),
				Re("sub", S(pat), S("<\\g<0>>"), S(subj)), D(Re("fullmatch", S(pat), S(subj)))))
		}
	}
	for i := 0; i < len(es); i += 200 {
		runCases(t, es[i:min(i+200, len(es))])
	}
}
