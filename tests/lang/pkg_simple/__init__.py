# package pkg_simple: plain package with a submodule and a package-level value
VERSION = "1.0"
def hello():
    return "hello from pkg_simple"
