import warnings
import sys

warnings.simplefilter("always")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("deprecated thing", DeprecationWarning)
    warnings.warn("user thing")
    warnings.warn(UserWarning("instance"))
print([(w.category.__name__, str(w.message)) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised:", e)
with warnings.catch_warnings(record=True) as caught:
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.warn("skip me")
    warnings.warn("keep me")
print([str(w.message) for w in caught])
print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "line()").strip())
sys.stderr = sys.stdout
warnings.warn_explicit("explicit", UserWarning, "mod.py", 3)


def deprecated_api():
    warnings.warn("deprecated_api is old", DeprecationWarning, stacklevel=2)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    deprecated_api()
print(caught[0].category.__name__, caught[0].lineno, caught[0].filename.endswith("main.py"))
