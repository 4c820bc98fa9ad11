s = 'héllo wörld 🎉'
ñ = 1
x = ñ + f'{ñ}é{ñ}'
