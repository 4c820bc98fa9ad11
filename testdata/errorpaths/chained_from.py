class ConfigError(Exception):
    pass

def read(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise ConfigError(f"missing {key!r}") from e

print(read("a"))
read("b")
