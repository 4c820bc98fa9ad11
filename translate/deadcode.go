package translate

import "github.com/py2goasync/py2goasync/parser"

// deadReads lists the names read in statements that block never
// translates (those after one that always jumps away), anywhere inside
// body, nested functions included. A local read only there is still a
// Python local (or cell), but Go would see it assigned and never used.
func deadReads(body []parser.StmtNode) map[string]bool {
	reads := map[string]bool{}
	var list func(stmts []parser.StmtNode)
	list = func(stmts []parser.StmtNode) {
		for i, st := range stmts {
			if terminates(stmts[i : i+1]) {
				for _, dead := range stmts[i+1:] {
					parser.Inspect(dead, func(n parser.Node) bool {
						if name, ok := n.(*parser.Name); ok {
							reads[name.Id] = true
						}
						return true
					})
				}
				return
			}
			for _, inner := range nestedBodies(st) {
				list(inner)
			}
		}
	}
	list(body)
	return reads
}

// nestedBodies are the statement lists directly inside st.
func nestedBodies(st parser.StmtNode) [][]parser.StmtNode {
	switch s := st.(type) {
	case *parser.FunctionDef:
		return [][]parser.StmtNode{s.Body}
	case *parser.AsyncFunctionDef:
		return [][]parser.StmtNode{s.Body}
	case *parser.ClassDef:
		return [][]parser.StmtNode{s.Body}
	case *parser.If:
		return [][]parser.StmtNode{s.Body, s.Orelse}
	case *parser.For:
		return [][]parser.StmtNode{s.Body, s.Orelse}
	case *parser.AsyncFor:
		return [][]parser.StmtNode{s.Body, s.Orelse}
	case *parser.While:
		return [][]parser.StmtNode{s.Body, s.Orelse}
	case *parser.With:
		return [][]parser.StmtNode{s.Body}
	case *parser.AsyncWith:
		return [][]parser.StmtNode{s.Body}
	case *parser.Try:
		out := [][]parser.StmtNode{s.Body, s.Orelse, s.Finalbody}
		for _, h := range s.Handlers {
			out = append(out, h.Body)
		}
		return out
	case *parser.TryStar:
		out := [][]parser.StmtNode{s.Body, s.Orelse, s.Finalbody}
		for _, h := range s.Handlers {
			out = append(out, h.Body)
		}
		return out
	case *parser.Match:
		var out [][]parser.StmtNode
		for _, c := range s.Cases {
			out = append(out, c.Body)
		}
		return out
	}
	return nil
}
