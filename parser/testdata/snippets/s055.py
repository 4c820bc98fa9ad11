a if b else(c)
not(a)
[a for(b)in(c)]
