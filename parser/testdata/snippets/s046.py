with a as (b, c): pass
with a as [b, *c]: pass
for (a, b) in c: pass
for [a, *b] in c: pass
