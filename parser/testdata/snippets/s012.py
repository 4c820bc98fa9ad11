if x:
  pass
# comment
else:
  pass
