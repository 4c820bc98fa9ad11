package py

// CPython's "Did you mean" suggestions (Python/suggestions.c), which
// PyErr_Display appends to the last line of an AttributeError's traceback:
// the attribute of dir(obj) nearest to the missing name by a Levenshtein
// distance where a case change costs half of any other edit.

const (
	suggestMaxItems  = 750
	suggestMaxString = 40
	suggestMoveCost  = 2
	suggestCaseCost  = 1
)

func suggestSubstitutionCost(a, b byte) int {
	if a&31 != b&31 {
		return suggestMoveCost
	}
	if a == b {
		return 0
	}
	if 'A' <= a && a <= 'Z' {
		a += 'a' - 'A'
	}
	if 'A' <= b && b <= 'Z' {
		b += 'a' - 'A'
	}
	if a == b {
		return suggestCaseCost
	}
	return suggestMoveCost
}

func levenshtein(a, b string, maxCost int) int {
	if a == b {
		return 0
	}
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * suggestMoveCost
	}
	if len(a) > suggestMaxString || len(b) > suggestMaxString {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*suggestMoveCost > maxCost {
		return maxCost + 1
	}
	var buffer [suggestMaxString]int
	tmp := suggestMoveCost
	for i := 0; i < len(a); i++ {
		buffer[i] = tmp
		tmp += suggestMoveCost
	}
	result := 0
	for bi := 0; bi < len(b); bi++ {
		code := b[bi]
		distance := bi * suggestMoveCost
		result = distance
		minimum := int(^uint(0) >> 1)
		for i := 0; i < len(a); i++ {
			substitute := distance + suggestSubstitutionCost(code, a[i])
			distance = buffer[i]
			insertDelete := min(result, distance) + suggestMoveCost
			result = min(insertDelete, substitute)
			buffer[i] = result
			if result < minimum {
				minimum = result
			}
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}

// calculateSuggestion is the candidate nearest to name, or "".
func calculateSuggestion(candidates []Object, name string) string {
	if len(candidates) >= suggestMaxItems {
		return ""
	}
	best, bestDist := "", int(^uint(0)>>1)
	for _, c := range candidates {
		s, ok := UnwrapValue(c).(Str)
		if !ok {
			continue
		}
		item := string(s)
		if item == name {
			continue
		}
		maxDist := (len(name) + len(item) + 3) * suggestMoveCost / 6
		maxDist = min(maxDist, bestDist-1)
		d := levenshtein(name, item, maxDist)
		if d > maxDist {
			continue
		}
		if best == "" || d < bestDist {
			best, bestDist = item, d
		}
	}
	return best
}

// suggestionSuffix is ". Did you mean: 'x'?" for an AttributeError whose
// name and obj are known and a near attribute exists ("" otherwise, or if
// computing it fails).
func suggestionSuffix(e *BaseException) (out string) {
	if e.cls.IsSubtype(NameErrorType) {
		return nameErrorSuggestion(e)
	}
	if !e.cls.IsSubtype(AttributeErrorType) {
		return ""
	}
	name, ok1 := e.Dict.GetStr("name")
	obj, ok2 := e.Dict.GetStr("obj")
	if !ok1 || !ok2 || name == None || obj == None {
		return ""
	}
	n, ok := UnwrapValue(name).(Str)
	if !ok {
		return ""
	}
	if Catch(func() {
		dir := Call(LoadBuiltin("dir"), obj)
		l, ok := dir.(*List)
		if !ok {
			return
		}
		if s := calculateSuggestion(l.Items, string(n)); s != "" {
			out = ". Did you mean: '" + s + "'?"
		}
	}) != nil {
		return ""
	}
	return out
}

// nameErrorSuggestion is offer_suggestions_for_name_error: a near name among
// the globals, then the builtins, of the frame the NameError was raised in
// (the innermost of its traceback). The frame's own variables are not
// searched: a traceback's frames here are snapshots without them.
func nameErrorSuggestion(e *BaseException) (out string) {
	name, ok := e.Dict.GetStr("name")
	if !ok {
		return ""
	}
	n, isStr := name.(Str)
	tb, isTB := tracebackOf(e).(*tracebackObject)
	if !isStr || !isTB {
		return ""
	}
	for {
		next, ok := tb.next.(*tracebackObject)
		if !ok {
			break
		}
		tb = next
	}
	if Catch(func() {
		for _, ns := range []Object{GetAttr(tb.frame, "f_globals"), Builtins.Dict} {
			d, ok := ns.(*Dict)
			if !ok {
				continue
			}
			if s := calculateSuggestion(d.Keys(), string(n)); s != "" {
				out = ". Did you mean: '" + s + "'?"
				return
			}
		}
	}) != nil {
		return ""
	}
	return out
}
