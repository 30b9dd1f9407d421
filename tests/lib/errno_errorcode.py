# errno.errorcode maps numbers to names, and OSError carries errno values
import errno

print(type(errno.errorcode).__name__, errno.errorcode[2], errno.errorcode[errno.EEXIST], 2 in errno.errorcode)
for num in (1, 2, 11, 13, 17, 22, 35, 95, 110):
    name = errno.errorcode[num]
    print(num, name, getattr(errno, name) == num)
print(all(getattr(errno, name) == num for num, name in errno.errorcode.items() if num in (1, 2, 5, 9, 12)))
print(9999 in errno.errorcode, errno.errorcode.get(9999))
try:
    raise OSError(errno.ENOENT, "No such file or directory")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], type(e).__name__)
e = OSError(errno.EACCES, "Permission denied")
print(type(e).__name__, e.errno, errno.errorcode[e.errno])
e = OSError(errno.EEXIST, "exists")
print(type(e).__name__, isinstance(e, FileExistsError))
