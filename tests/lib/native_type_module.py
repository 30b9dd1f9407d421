# Native classes carry the name of the module that provides them.
import array
import collections
import re
import struct

print(collections.deque, collections.OrderedDict, array.array)
print(collections.deque.__module__, array.array.__module__)
print(type(re.compile("a")), struct.error)
print(list, int.__module__, type(len).__name__)
