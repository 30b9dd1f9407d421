# uncaught: chained exception (raise from); the last stderr line is the outer exception
def load(key):
    try:
        return {}[key]
    except KeyError as e:
        raise RuntimeError("could not load " + key) from e
print("loading")
load("cfg")
