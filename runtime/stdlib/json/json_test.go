package json_test

import (
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/json"
)

func TestJSONOracle(t *testing.T) {
	py.EnterMain()
	dumps := func(o py.Object, kw ...interface{}) func() py.Object {
		return func() py.Object {
			args := []py.Object{o}
			var names []string
			for i := 0; i < len(kw); i += 2 {
				names = append(names, kw[i].(string))
				args = append(args, kw[i+1].(py.Object))
			}
			return py.CallKw(oracle.Attr("json", "dumps"), args, names)
		}
	}
	loads := func(s string) func() py.Object {
		return func() py.Object { return oracle.Call("json", "loads", py.Str(s)) }
	}
	doc := py.DictFromPairs(py.Str("b"), py.NewList(py.Int(1), py.Float(2.5), py.None, py.True),
		py.Str("a"), py.Str("é\n\"x\""), py.Int(3), py.DictFromPairs(), py.Str("e"), py.NewList())
	cases := []oracle.Case{
		{Py: `json.dumps(DOC)`, Go: dumps(doc)},
		{Py: `json.dumps(DOC, indent=2)`, Go: dumps(doc, "indent", py.Int(2))},
		{Py: `json.dumps(DOC, ensure_ascii=False, separators=(",", ":"))`, Go: dumps(doc, "ensure_ascii", py.False, "separators", py.NewTuple(py.Str(","), py.Str(":")))},
		{Py: `json.dumps({"z": 1, "a": [1, 2]}, sort_keys=True, indent="\t")`, Go: dumps(py.DictFromPairs(py.Str("z"), py.Int(1), py.Str("a"), py.NewList(py.Int(1), py.Int(2))), "sort_keys", py.True, "indent", py.Str("\t"))},
		{Py: `json.dumps(float("nan"))`, Go: dumps(py.Float(0).Type().Dict.Type())},
		{Py: `json.dumps([1e20, 0.1, -0.0, 10**30, "😀"])`, Go: dumps(py.NewList(py.Float(1e20), py.Float(0.1), py.Neg(py.Float(0)), py.Pow(py.Int(10), py.Int(30)), py.Str("😀")))},
		{Py: `json.dumps({1: 2, None: 3, True: 4})`, Go: dumps(py.DictFromPairs(py.Int(1), py.Int(2), py.None, py.Int(3), py.True, py.Int(4)))},
		{Py: `json.dumps(object)`, Go: dumps(py.ObjectType)},
		{Py: `json.loads('{"a": [1, 2.5, -3e2, true, false, null], "b": "\\u00e9\\ud83d\\ude00", "c": {}}')`, Go: loads(`{"a": [1, 2.5, -3e2, true, false, null], "b": "\u00e9\ud83d\ude00", "c": {}}`)},
		{Py: `json.loads("")`, Go: loads("")},
		{Py: `json.loads('{"a" 1}')`, Go: loads(`{"a" 1}`)},
		{Py: `json.loads('[1, 2,]')`, Go: loads(`[1, 2,]`)},
		{Py: `json.loads('{"a": 1} x')`, Go: loads(`{"a": 1} x`)},
		{Py: `json.loads('\n  [1,\n   tru]')`, Go: loads("\n  [1,\n   tru]")},
		{Py: `json.loads('{"a": 1,}')`, Go: loads(`{"a": 1,}`)},
		{Py: `json.loads('"abc')`, Go: loads(`"abc`)},
		{Py: `json.loads('123456789012345678901234567890')`, Go: loads(`123456789012345678901234567890`)},
	}
	cases[4] = oracle.Case{Py: `json.dumps([float("nan"), float("inf")])`, Go: dumps(py.NewList(py.ToFloat(py.Str("nan")), py.ToFloat(py.Str("inf"))))}
	setup := `import json
DOC = {"b": [1, 2.5, None, True], "a": "é\n\"x\"", 3: {}, "e": []}`
	oracle.Run(t, setup, cases)
}
