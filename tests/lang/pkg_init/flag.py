# pkg_init.flag: controls whether the package import fails
fail = True
