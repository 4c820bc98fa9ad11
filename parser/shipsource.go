package parser

import "embed"

// Shipped is the parser's source as the runtime's evaluator (runtime/pyeval:
// eval, exec, compile) needs it in every emitted module that links it: the
// driver writes these files beside the runtime's, leaving out this file and
// sourcehash.go (the tool's cache key, which the runtime has no use for).
//
//go:embed *.go unicode_names.gz
var Shipped embed.FS

// NotShipped names the files of Shipped the runtime does not need.
var NotShipped = map[string]bool{"shipsource.go": true, "sourcehash.go": true}
