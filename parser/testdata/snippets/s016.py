match p:
    case {**rest}: pass
    case Point(x=0) | Point(y=0): pass
    case [*_]: pass
    case -1 | 1+2j | -1-2j: pass
    case 'a' 'b': pass
    case a.b.c: pass
    case (1 | 2) as x: pass
    case [1, [2, *r], (3,), ()]: pass
    case {'k': v, 1: w, a.b: _}: pass
    case C(): pass
    case C(a, b, c=d,): pass
    case None | True | False: pass
    case _ if x > 1: pass
    case x: pass
