# uncaught: SyntaxError from exec of invalid source propagates to top level
print("before exec")
exec("x = 1")
print(x)
exec("x = = 2")
