# pkg_all.inner: subpackage without __all__; star import takes public names
value = 10
_private_value = 20
def helper():
    return "helper"
