# uncaught: AttributeError for a missing attribute on a user class instance
class Sensor:
    def __init__(self):
        self.temperature = 21.5
s = Sensor()
print(s.temperature)
print(s.zzz)
