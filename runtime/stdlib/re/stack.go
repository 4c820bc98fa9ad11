package re

// fstack is the backtrack stack: fixed-size chunks, so that growing it
// never copies what it holds and popping never frees.
type fstack struct {
	chunks [][]frame
	n      int
}

const (
	chunkShift = 10
	chunkSize  = 1 << chunkShift
	chunkMask  = chunkSize - 1
)

func (s *fstack) push(f frame) {
	c := s.n >> chunkShift
	if c == len(s.chunks) {
		s.chunks = append(s.chunks, make([]frame, chunkSize))
	}
	s.chunks[c][s.n&chunkMask] = f
	s.n++
}

func (s *fstack) at(i int) *frame { return &s.chunks[i>>chunkShift][i&chunkMask] }

// trim drops all but a few chunks of an idle stack.
func (s *fstack) trim() {
	s.n = 0
	if len(s.chunks) > 64 {
		s.chunks = s.chunks[:64:64]
	}
}
