# Modules CPython imports before the script's directory joins sys.path
# (os, stat, time, _collections_abc, ...) are never the program's own files
# of those names, while other names are.
import os
import stat
import time

import helper

print(stat.S_ISDIR(os.stat(".").st_mode), hasattr(stat, "MINE"))
print(isinstance(time.monotonic(), float), hasattr(time, "MINE"))
print(isinstance(os.environ, __import__("_collections_abc").Mapping))
print(helper.NAME)
