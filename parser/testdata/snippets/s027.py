'\N{EM DASH}\u00e9\U0001F600\x41\101\n\t\\\''
b'\x00\xff\n'
'\d \q'
