# package pkg_names: records __name__ of itself and submodules
print("pkg_names init, __name__ =", __name__)
