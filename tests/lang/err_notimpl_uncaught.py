# uncaught: bare NotImplementedError class raised with no message
class Base:
    def run(self):
        raise NotImplementedError
print("base created")
Base().run()
