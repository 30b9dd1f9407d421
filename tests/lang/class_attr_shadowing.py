# classes: instance attributes shadow class attributes; methods shadowed by data; class attr updates
class Config:
    level = 1
    tags = ("base",)
    def describe(self):
        return "method"
c1, c2 = Config(), Config()
c1.level = 5
print(c1.level, c2.level, Config.level)
Config.level = 10
print(c1.level, c2.level)
del c1.level
print(c1.level)
c2.describe = "now a string"
print(c2.describe, c1.describe())
c2.tags += ("extra",)
print(c2.tags, Config.tags, c1.tags)
class Sub(Config):
    level = 99
print(Sub().level, Sub.tags, Sub().describe())
Config.new_class_attr = "added"
print(Sub.new_class_attr, c1.new_class_attr)
Sub.level = 100
print(Config.level, Sub.level)
del Sub.level
print(Sub.level)
try:
    del Sub.level
except AttributeError:
    print("AttributeError: Sub has no own level")
