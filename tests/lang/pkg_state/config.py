# pkg_state.config: module-level state that other modules mutate
settings = {"mode": "default"}
counter = 0
def bump():
    global counter
    counter += 1
    return counter
