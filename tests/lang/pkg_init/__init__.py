# package pkg_init: raises during import on purpose when flag module says so
from . import flag
if flag.fail:
    raise ImportError("pkg_init refuses")
