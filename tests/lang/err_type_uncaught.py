# uncaught: TypeError concatenating str and int
label = "count: "
n = 3
print(label + str(n))
print(label + n)
