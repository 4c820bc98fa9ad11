try:
    open("/nonexistent/file")
except OSError:
    raise LookupError("not found") from None
