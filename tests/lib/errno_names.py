# errno constants have the Linux values
import errno

names = ["EPERM", "ENOENT", "ESRCH", "EINTR", "EIO", "ENXIO", "E2BIG", "ENOEXEC", "EBADF", "ECHILD", "EAGAIN",
         "ENOMEM", "EACCES", "EFAULT", "ENOTBLK", "EBUSY", "EEXIST", "EXDEV", "ENODEV", "ENOTDIR", "EISDIR",
         "EINVAL", "ENFILE", "EMFILE", "ENOTTY", "ETXTBSY", "EFBIG", "ENOSPC", "ESPIPE", "EROFS", "EMLINK", "EPIPE",
         "EDOM", "ERANGE", "EDEADLK", "ENAMETOOLONG", "ENOLCK", "ENOSYS", "ENOTEMPTY", "ELOOP", "ENOMSG", "ENODATA",
         "ETIME", "EPROTO", "EBADMSG", "EOVERFLOW", "EILSEQ", "ENOTSOCK", "EMSGSIZE", "EOPNOTSUPP", "EAFNOSUPPORT",
         "EADDRINUSE", "EADDRNOTAVAIL", "ENETDOWN", "ENETUNREACH", "ECONNABORTED", "ECONNRESET", "ENOBUFS",
         "EISCONN", "ENOTCONN", "ETIMEDOUT", "ECONNREFUSED", "EHOSTUNREACH", "EALREADY", "EINPROGRESS",
         "EREMOTEIO", "ECANCELED", "EWOULDBLOCK", "EDEADLOCK", "ENOTSUP"]
for n in names:
    v = getattr(errno, n)
    print(n, v, type(v).__name__, errno.errorcode[v])
print(errno.ENOENT == 2, errno.EAGAIN == errno.EWOULDBLOCK, errno.__name__)
try:
    errno.EFOO
except AttributeError as e:
    print("AttributeError", e)
