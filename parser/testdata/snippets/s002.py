print(*a, sep='')
a[1:2:3]
a[:, None]
a[...]
a[()]
a[1,]
