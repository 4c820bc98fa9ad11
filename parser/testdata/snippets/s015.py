try:
  pass
except* ValueError:
  pass
except* (TypeError, KeyError) as e:
  pass
else:
  pass
finally:
  pass
