# import: module state is shared; from-import copies bindings; attribute assignment on modules
import pkg_state.config as config
import pkg_state.user as user
print(user.read())
config.bump()
config.bump()
print(user.read())
user.set_mode("fast")
print(config.settings, user.read())
config.settings = {"mode": "replaced"}
print(user.settings, user.read())
config.new_attr = "added later"
from pkg_state.config import new_attr
print(new_attr)
import pkg_state
print(pkg_state.config is config, pkg_state.user is user)
del config.new_attr
print(hasattr(config, "new_attr"))
try:
    from pkg_state.config import new_attr as again
except ImportError as e:
    print("ImportError", type(e).__name__)
