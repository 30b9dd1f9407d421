# pkg_state.user: imports config both as a module and by from-import
from pkg_state import config
from pkg_state.config import counter as counter_copy, settings
def set_mode(m):
    settings["mode"] = m
def read():
    return config.counter, counter_copy, config.settings["mode"]
