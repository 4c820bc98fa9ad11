f'{a}{b}' 'c' f'{d}'
f'' ''
'a' 'b' 'c'
u'a' 'b'
