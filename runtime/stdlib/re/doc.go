// How the re module is built (notes for whoever touches it next).
//
// Pipeline: pattern → parse (parse.go) → tree → compile (compile.go) →
// program → machine (exec.go). Nothing is borrowed from Go's regexp: RE2
// cannot do backreferences, look-around or CPython's leftmost-first
// backtracking order.
//
//   - parse.go follows Lib/re/_parser.py: the tokenizer (a backslash and
//     its character are one token, positions count code points, bytes are
//     decoded as latin-1), the tree shapes (common-prefix factoring of
//     branches, branches of single characters turned into sets, single
//     literal sets turned into literals), the widths used by look-behind
//     and the error messages and positions, so re.error agrees.
//   - compile.go chooses sre's single-character tests: under IGNORECASE a
//     literal becomes LITERAL / LITERAL_UNI_IGNORE / IN_UNI_IGNORE with
//     _casefix's extra cases, and a set is built as _optimize_charset
//     builds it (lowered members, RANGE_UNI_IGNORE beyond the BMP, plain IN
//     when nothing is cased). Every set precomputes its answer for the
//     first 256 code points. It also finds what search can skip on: a
//     literal prefix (bytes.Index on byte subjects), a first-character
//     test, and CPython's INFO charset (compiled with the global flags,
//     which is observable with scoped type flags).
//   - exec.go is a backtracking machine with an explicit stack (stack.go:
//     fixed-size chunks, so growing never copies). Every choice point and
//     every state change (group marks, repeat counters, mark snapshots) is
//     pushed; failing pops, undoing changes, until a choice point. Atomic
//     groups and assertions push a barrier and "cut" the choice points
//     above it while keeping the undo records. Repeats follow sre:
//     single-character items loop in place (REPEAT_ONE / MIN_REPEAT_ONE),
//     others use REPEAT + MAX_UNTIL/MIN_UNTIL with sre's rule that an
//     iteration starting where the previous one started ends the loop;
//     possessive repeats match each iteration atomically
//     (POSSESSIVE_REPEAT). Group marks follow sre's lastmark model,
//     including its quirk that, where sre has no repeat context (inside a
//     possessive repeat), a failed branch keeps the marks it set.
//   - The machine is generic over the character type: bytes and ASCII-only
//     str subjects run on their bytes without copying, other str subjects
//     on a []rune. Machines are pooled per program.
//
// Testing is differential: every case is an expression rendered both as
// Python (evaluated by python3) and as Go calls on this runtime
// (dsl_test.go), covering the engine, the API, CPython's test_re cases,
// the host's Lib/test/re_tests.py table and random patterns (fuzz_test.go;
// RE_FUZZ_SEED and RE_FUZZ_N run more). testdata/bench.py and
// bench_test.go measure the same workloads under both.
package re
