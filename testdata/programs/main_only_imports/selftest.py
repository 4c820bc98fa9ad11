def _selftest():
    import json
    return json.dumps({"ok": True})


if __name__ == "__main__":
    import zipfile  # never imported: this module is not __main__
    print(_selftest())
