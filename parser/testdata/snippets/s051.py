if x:
    pass
  # dedented comment
    pass
