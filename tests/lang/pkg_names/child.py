# pkg_names.child: prints its __name__ on import, only once
print("child imported, __name__ =", __name__)
if __name__ == "__main__":
    print("never as main")
