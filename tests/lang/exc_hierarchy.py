# exceptions: built-in exception hierarchy relationships via issubclass
pairs = [
    (Exception, BaseException), (KeyboardInterrupt, BaseException), (KeyboardInterrupt, Exception),
    (SystemExit, BaseException), (SystemExit, Exception), (GeneratorExit, Exception), (GeneratorExit, BaseException),
    (StopIteration, Exception), (StopAsyncIteration, Exception), (ArithmeticError, Exception),
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (ArithmeticError, BaseException),
    (AssertionError, Exception), (AttributeError, Exception), (BufferError, Exception), (EOFError, Exception),
    (ImportError, Exception), (ModuleNotFoundError, ImportError), (LookupError, Exception),
    (IndexError, LookupError), (KeyError, LookupError), (MemoryError, Exception), (NameError, Exception),
    (UnboundLocalError, NameError), (OSError, Exception), (RuntimeError, Exception),
    (NotImplementedError, RuntimeError), (RecursionError, RuntimeError), (SyntaxError, Exception),
    (IndentationError, SyntaxError), (TabError, IndentationError), (SystemError, Exception),
    (TypeError, Exception), (ValueError, Exception), (UnicodeError, ValueError),
    (UnicodeDecodeError, UnicodeError), (UnicodeEncodeError, UnicodeError), (KeyError, IndexError),
    (ValueError, TypeError), (IndexError, KeyError), (TimeoutError, OSError), (FileNotFoundError, OSError),
    (ConnectionError, OSError), (BrokenPipeError, ConnectionError), (IOError, OSError), (EnvironmentError, OSError),
    (PermissionError, OSError), (FileExistsError, OSError), (InterruptedError, OSError), (ReferenceError, Exception),
]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
print(IOError is OSError, EnvironmentError is OSError)
print([k.__name__ for k in ZeroDivisionError.__mro__])
print([k.__name__ for k in KeyError.__mro__])
print([k.__name__ for k in ModuleNotFoundError.__mro__])
print([k.__name__ for k in KeyboardInterrupt.__mro__])
print([k.__name__ for k in RecursionError.__mro__])
