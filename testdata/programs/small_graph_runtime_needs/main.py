# What the runtime's Go code takes from library modules still works when
# the program's graph is small (import os no longer brings collections,
# typing, traceback, ...): warnings issued by the core go through _warnings
# and show their source line without linecache; GenericAlias needs no
# types module; asyncio.format_helpers.extract_stack brings traceback.
import os
import asyncio
import itertools

print(bool(NotImplemented))
print(asyncio.Future[int], itertools.chain[str])


def where():
    return asyncio.format_helpers.extract_stack(limit=1)


print([(f.name, f.line) for f in where()])
