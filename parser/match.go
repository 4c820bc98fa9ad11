package parser

// tryMatch parses a match statement if the current "match" starts one; it
// returns nil, with the position unchanged, when "match" is a plain name.
func (p *parser) tryMatch() StmtNode { return nil }

func lookupUnicodeName(name string) (rune, bool) { return 0, false }
