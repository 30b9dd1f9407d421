# exceptions: custom hierarchies; handler order matters; catching base catches derived
class NetError(Exception):
    pass
class TimeoutErr(NetError):
    pass
class DNSError(NetError):
    def __init__(self, host):
        super().__init__("cannot resolve " + host)
        self.host = host
class FatalDNS(DNSError):
    pass
def raise_it(kind):
    if kind == "timeout":
        raise TimeoutErr("timed out after 5s")
    if kind == "dns":
        raise DNSError("example.org")
    if kind == "fatal":
        raise FatalDNS("bad.host")
    if kind == "other":
        raise ValueError("not a net error")
for kind in ["timeout", "dns", "fatal", "other"]:
    try:
        raise_it(kind)
    except FatalDNS as e:
        print("fatal handler", e.host)
    except DNSError as e:
        print("dns handler", e, e.host)
    except NetError as e:
        print("net handler", type(e).__name__, e)
    except Exception as e:
        print("generic handler", type(e).__name__, e)
try:
    raise_it("fatal")
except (TimeoutErr, DNSError) as e:
    print("tuple caught", type(e).__name__, isinstance(e, NetError))
try:
    try:
        raise_it("timeout")
    except DNSError:
        print("not here")
except NetError as e:
    print("outer caught", e)
print([c.__name__ for c in FatalDNS.__mro__])
print(issubclass(FatalDNS, (ValueError, NetError)), issubclass(NetError, DNSError))
