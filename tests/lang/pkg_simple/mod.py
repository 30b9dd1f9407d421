# pkg_simple.mod: a plain module with a function, a class and a counter of executions
executions = 0
executions += 1
def double(x):
    return 2 * x
class Thing:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Thing(%r)" % (self.v,)
_private = "underscore"
public_name = "public"
