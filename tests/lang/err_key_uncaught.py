# uncaught: KeyError for a missing dict key; last stderr line shows the repr of the key
d = {"present": 1}
print(d["present"])
print(d["missing"])
