# Board-game search: connect-four on a small board, negamax with alpha-beta
# pruning, a transposition table keyed by the board tuple and move ordering
# from the centre out. Usage: boardgame.py [DEPTH]
import sys

W, H = 6, 5
ORDER = sorted(range(W), key=lambda c: abs(2 * c - (W - 1)))
LINES = []
for r in range(H):
    for c in range(W):
        for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
            cells = [(r + k * dr, c + k * dc) for k in range(4)]
            if all(0 <= rr < H and 0 <= cc < W for rr, cc in cells):
                LINES.append([rr * W + cc for rr, cc in cells])


class Board:
    def __init__(self):
        self.cells = [0] * (W * H)
        self.heights = [0] * W
        self.moves = 0

    def play(self, col, who):
        idx = self.heights[col] * W + col
        self.cells[idx] = who
        self.heights[col] += 1
        self.moves += 1
        return idx

    def undo(self, col):
        self.heights[col] -= 1
        self.cells[self.heights[col] * W + col] = 0
        self.moves -= 1

    def wins_at(self, idx, who):
        cells = self.cells
        for line in LINES:
            if idx in line and cells[line[0]] == who and cells[line[1]] == who \
                    and cells[line[2]] == who and cells[line[3]] == who:
                return True
        return False

    def score(self, who):
        cells = self.cells
        s = 0
        for line in LINES:
            mine = theirs = 0
            for i in line:
                v = cells[i]
                if v == who:
                    mine += 1
                elif v:
                    theirs += 1
            if theirs == 0:
                s += mine * mine
            elif mine == 0:
                s -= theirs * theirs
        return s


class Search:
    def __init__(self):
        self.nodes = 0
        self.table = {}

    def negamax(self, board, who, depth, alpha, beta):
        self.nodes += 1
        key = (tuple(board.cells), who, depth)
        hit = self.table.get(key)
        if hit is not None:
            return hit
        if depth == 0 or board.moves == W * H:
            return board.score(who)
        best = -10 ** 6
        for col in ORDER:
            if board.heights[col] == H:
                continue
            idx = board.play(col, who)
            if board.wins_at(idx, who):
                val = 10000 + depth
            else:
                val = -self.negamax(board, 3 - who, depth - 1, -beta, -alpha)
            board.undo(col)
            if val > best:
                best = val
            if best > alpha:
                alpha = best
            if alpha >= beta:
                break
        self.table[key] = best
        return best

    def best_move(self, board, who, depth):
        best, best_col = None, None
        for col in ORDER:
            if board.heights[col] == H:
                continue
            idx = board.play(col, who)
            if board.wins_at(idx, who):
                val = 10 ** 5
            else:
                val = -self.negamax(board, 3 - who, depth - 1, -10 ** 7, 10 ** 7)
            board.undo(col)
            if best is None or val > best:
                best, best_col = val, col
        return best_col, best


def game(depth):
    board = Board()
    who = 1
    history = []
    nodes = 0
    while board.moves < W * H:
        s = Search()
        col, val = s.best_move(board, who, depth)
        nodes += s.nodes
        idx = board.play(col, who)
        history.append(col)
        if board.wins_at(idx, who):
            break
        who = 3 - who
    return "".join(map(str, history)), nodes


depth = int(sys.argv[1]) if len(sys.argv) > 1 else 5
moves, nodes = game(depth)
print(f"boardgame depth={depth} moves={moves} nodes={nodes}")
