# warn_explicit(module_globals=...) reads the line from the loader's source as
# C does: the str split by str.splitlines itself (a subclass's override is
# not called), PyList_GetItem's IndexError, TypeError for a non-str.
import warnings, sys

class BadSource(str):
    def splitlines(self):
        return 42

class L:
    def __init__(self, src): self.src = src
    def get_source(self, name): return self.src

warnings.filterwarnings('default', category=UserWarning)
warnings.warn_explicit('foo', UserWarning, 'bar', 1, module_globals={'__loader__': L(BadSource('spam')), '__name__': 'foobar'})
for src, line in ((BadSource('a\nb'), 2), ('x\ny', 5), ('x', 0), (None, 1), (7, 1)):
    try:
        warnings.warn_explicit('w%s' % line, UserWarning, 'bar', line, module_globals={'__loader__': L(src), '__name__': 'foobar'})
        print('ok', line)
    except Exception as e:
        print(type(e).__name__, e)
