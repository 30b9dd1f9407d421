# Helper module for collections_namedtuple_basic.py (not a test).
from collections import namedtuple

Remote = namedtuple('Remote', 'a b')
