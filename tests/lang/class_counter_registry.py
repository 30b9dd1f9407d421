# classes: class-level registries and counters shared across instances and subclasses
class Plugin:
    registry = {}
    created = 0
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__.lower()] = cls
    def __init__(self):
        type(self).created += 1
        Plugin.created += 0
class Alpha(Plugin):
    def run(self):
        return "alpha running"
class Beta(Plugin, name="b"):
    def run(self):
        return "beta running"
print(sorted(Plugin.registry))
for key in sorted(Plugin.registry):
    print(key, Plugin.registry[key]().run())
Alpha(); Alpha()
print(Alpha.created, Beta.created, Plugin.created)
class Shared:
    instances = []
    def __init__(self, tag):
        self.tag = tag
        self.instances.append(tag)
Shared("x"); Shared("y")
print(Shared.instances)
class Sub(Shared):
    pass
Sub("z")
print(Shared.instances, Sub.instances is Shared.instances)
class Own(Shared):
    instances = []
Own("w")
print(Shared.instances, Own.instances)
