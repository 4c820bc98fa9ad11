package re

import "sync"

// fstack is the backtrack stack: fixed-size chunks, so that growing it
// never copies what it holds and popping never frees. Chunks an idle
// stack gives up go to a shared pool (which the GC empties when they stay
// unused), so that matching a long subject again does not start from fresh
// memory.
type fstack struct {
	chunks [][]frame
	n      int
}

const (
	chunkShift = 10
	chunkSize  = 1 << chunkShift
	chunkMask  = chunkSize - 1
	keepChunks = 16 // an idle stack keeps this many
)

var chunkPool sync.Pool // of *[chunkSize]frame

func (s *fstack) push(f frame) {
	c := s.n >> chunkShift
	if c == len(s.chunks) {
		if p, ok := chunkPool.Get().(*[chunkSize]frame); ok {
			s.chunks = append(s.chunks, p[:])
		} else {
			s.chunks = append(s.chunks, make([]frame, chunkSize))
		}
	}
	s.chunks[c][s.n&chunkMask] = f
	s.n++
}

func (s *fstack) at(i int) *frame { return &s.chunks[i>>chunkShift][i&chunkMask] }

// trim empties an idle stack, giving all but a few chunks to the pool.
func (s *fstack) trim() {
	s.n = 0
	if len(s.chunks) > keepChunks {
		for _, c := range s.chunks[keepChunks:] {
			chunkPool.Put((*[chunkSize]frame)(c))
		}
		clear(s.chunks[keepChunks:])
		s.chunks = s.chunks[:keepChunks]
	}
}
