/*
 * The time module, CircuitPython's API: monotonic clocks, sleep, wall-clock
 * time() as an int, and struct_time conversions.
 *
 * There is no time zone database on the port (only port_time(), seconds
 * since the epoch in UTC), so localtime() is gmtime() and mktime() is its
 * inverse, as on CircuitPython boards. localtime() marks tm_isdst -1
 * (unknown) like CircuitPython; gmtime() gives 0 like CPython.
 */
#include <math.h>

#include "attrtuple.h"
#include "errno_codes.h"
#include "obj_int.h"
#include "obj_tuple.h"
#include "port.h"
#include "runtime.h"

/* ---- struct_time ---- */

static const qstr struct_time_fields[9] = {
    Q_tm_year, Q_tm_mon, Q_tm_mday, Q_tm_hour, Q_tm_min, Q_tm_sec, Q_tm_wday, Q_tm_yday, Q_tm_isdst,
};
static const attrtuple_desc_t struct_time_desc = {9, struct_time_fields, "time.struct_time"};

/* time.struct_time(seq): CPython takes 9 to 11 items and keeps 9 in the
   tuple (the extra two are tm_zone and tm_gmtoff). */
static obj_t struct_time_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    arg_check_num(n_args, n_kw, 1, 1, false);
    obj_t seq = obj_tuple_from_iter(args[0]);
    size_t len;
    obj_t *items;
    obj_tuple_get(seq, &len, &items);
    if (len < 9)
        raise_fmt(&type_TypeError, "time.struct_time() takes an at least 9-sequence (%u-sequence given)",
                  (unsigned)len);
    if (len > 11)
        raise_fmt(&type_TypeError, "time.struct_time() takes an at most 11-sequence (%u-sequence given)",
                  (unsigned)len);
    return attrtuple_new(type, items);
}

static ATTRTUPLE_TYPE(type_struct_time, Q_struct_time, &struct_time_desc, struct_time_make_new);

/* ---- calendar arithmetic (proleptic Gregorian, days since 1970-01-01) ---- */

static long long floor_div(long long a, long long b)
{
    long long q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        q--;
    return q;
}

/* Days from 1970-01-01 to y-m-d (m 1..12, d may be any value): counts whole
   400-year eras (146097 days each) from a year that starts in March, so the
   leap day is the last day of its year. */
static long long days_from_civil(long long y, int m, long long d)
{
    y -= m <= 2;
    long long era = floor_div(y, 400);
    long long yoe = y - era * 400;                     /* 0..399 */
    int mp = m > 2 ? m - 3 : m + 9;                    /* March = 0 */
    long long doy = (153 * mp + 2) / 5 + d - 1;
    long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;                /* 719468: 0000-03-01 to 1970-01-01 */
}

static void civil_from_days(long long z, long long *y, int *m, int *d)
{
    z += 719468;
    long long era = floor_div(z, 146097);
    long long doe = z - era * 146097;                          /* 0..146096 */
    long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);   /* 0..365 */
    int mp = (int)((5 * doy + 2) / 153);
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = yoe + era * 400 + (*m <= 2);
}

/* Limits keep every intermediate within 64 bits and years within int. */
#define SECS_LIMIT 9007199254740992.0 /* 2**53 */

static long long get_seconds(obj_t secs)
{
    double d;
    if (secs == OBJ_NONE)
        d = port_time();
    else
        d = obj_get_float(secs);
    if (isnan(d))
        raise_msg(&type_ValueError, "Invalid value NaN (not a number)");
    d = floor(d);
    if (!(d > -SECS_LIMIT && d < SECS_LIMIT))
        raise_msg(&type_OverflowError, "timestamp out of range for platform time_t");
    return (long long)d;
}

static obj_t make_struct_time(long long t, int isdst)
{
    long long days = floor_div(t, 86400);
    long long rem = t - days * 86400;
    long long y;
    int m, d;
    civil_from_days(days, &y, &m, &d);
    long long yday = days - days_from_civil(y, 1, 1) + 1;
    long long wday = floor_div(days + 3, 7); /* 1970-01-01 was a Thursday (3) */
    wday = days + 3 - wday * 7;
    obj_t items[9] = {
        obj_new_int_from_ll(y),
        obj_new_small_int(m),
        obj_new_small_int(d),
        obj_new_small_int((intptr_t)(rem / 3600)),
        obj_new_small_int((intptr_t)(rem / 60 % 60)),
        obj_new_small_int((intptr_t)(rem % 60)),
        obj_new_small_int((intptr_t)wday),
        obj_new_small_int((intptr_t)yday),
        obj_new_small_int(isdst),
    };
    return attrtuple_new(&type_struct_time, items);
}

/* ---- functions ---- */

static obj_t time_monotonic(void)
{
    return obj_new_float((double)port_ticks_ns() / 1e9);
}
static BUILTIN_FUN_0(time_monotonic_obj, Q_monotonic, time_monotonic);

static obj_t time_monotonic_ns(void)
{
    return obj_new_int_from_ll((long long)port_ticks_ns());
}
static BUILTIN_FUN_0(time_monotonic_ns_obj, Q_monotonic_ns, time_monotonic_ns);

/* Slices bound how long a pending Ctrl-C can go unnoticed on ports whose
   sleep is not woken by the interrupt. */
#define SLEEP_SLICE_NS 50000000ull

static obj_t time_sleep(obj_t seconds)
{
    double s = obj_get_float(seconds);
    if (isnan(s))
        raise_msg(&type_ValueError, "Invalid value NaN (not a number)");
    if (s < 0)
        raise_msg(&type_ValueError, "seconds must be >= 0");
    if (s > 1e10)
        raise_msg(&type_OverflowError, "sleep length is too large");
    uint64_t total = (uint64_t)(s * 1e9 + 0.5);
    uint64_t start = port_ticks_ns();
    for (;;) {
        runtime_check_interrupt();
        uint64_t done = port_ticks_ns() - start;
        if (done >= total)
            break;
        uint64_t left = total - done;
        int r = port_sleep_ns(left < SLEEP_SLICE_NS ? left : SLEEP_SLICE_NS);
        if (r == -ERRNO_EINTR)
            runtime_check_interrupt();
        else if (r < 0)
            raise_oserror(-r);
    }
    return OBJ_NONE;
}
static BUILTIN_FUN_1(time_sleep_obj, Q_sleep, time_sleep);

static obj_t time_time(void)
{
    return obj_new_int_from_ll((long long)floor(port_time()));
}
static BUILTIN_FUN_0(time_time_obj, Q_time, time_time);

static obj_t time_time_ns(void)
{
    return obj_new_int_from_ll((long long)(port_time() * 1e9));
}
static BUILTIN_FUN_0(time_time_ns_obj, Q_time_ns, time_time_ns);

static obj_t time_localtime(size_t n, const obj_t *args)
{
    return make_struct_time(get_seconds(n ? args[0] : OBJ_NONE), -1);
}
static BUILTIN_FUN_VAR(time_localtime_obj, Q_localtime, 0, 1, time_localtime);

static obj_t time_gmtime(size_t n, const obj_t *args)
{
    return make_struct_time(get_seconds(n ? args[0] : OBJ_NONE), 0);
}
static BUILTIN_FUN_VAR(time_gmtime_obj, Q_gmtime, 0, 1, time_gmtime);

/* Field i of a time tuple as a C integer within +-2**40 (keeps the sums
   below exact and lets out-of-range fields normalise like C's mktime). */
static long long tuple_field(obj_t *items, size_t i)
{
    obj_t v = items[i];
    if (!obj_is_int(v))
        raise_fmt(&type_TypeError, "'%T' object cannot be interpreted as an integer", v);
    double d = int_to_double(int_unwrap(v));
    if (d > 1099511627776.0 || d < -1099511627776.0)
        raise_msg(&type_OverflowError, "mktime argument out of range");
    return (long long)d;
}

static obj_t time_mktime(obj_t t)
{
    if (!obj_isinstance(t, &type_tuple))
        raise_msg(&type_TypeError, "Tuple or struct_time argument required");
    size_t len;
    obj_t *items;
    if (obj_is_type(t, &type_struct_time)) {
        obj_tuple_t *st = t;
        len = st->len;
        items = st->items;
    } else {
        obj_tuple_get(t, &len, &items);
    }
    if (len != 9)
        raise_msg(&type_TypeError, "mktime(): illegal time tuple argument");
    long long f[6];
    for (size_t i = 0; i < 6; i++)
        f[i] = tuple_field(items, i);
    long long y = f[0] + floor_div(f[1] - 1, 12);
    int m = (int)(f[1] - 1 - floor_div(f[1] - 1, 12) * 12) + 1;
    if (y > 100000000 || y < -100000000)
        raise_msg(&type_OverflowError, "mktime argument out of range");
    long long days = days_from_civil(y, m, 1) + f[2] - 1;
    long long secs = days * 86400 + f[3] * 3600 + f[4] * 60 + f[5];
    return obj_new_int_from_ll(secs);
}
static BUILTIN_FUN_1(time_mktime_obj, Q_mktime, time_mktime);

static const map_elem_t time_globals_table[] = {
    {ROM_QSTR(Q___name__), ROM_QSTR(Q_time)},
    {ROM_QSTR(Q_monotonic), ROM_PTR(&time_monotonic_obj)},
    {ROM_QSTR(Q_monotonic_ns), ROM_PTR(&time_monotonic_ns_obj)},
    {ROM_QSTR(Q_sleep), ROM_PTR(&time_sleep_obj)},
    {ROM_QSTR(Q_time), ROM_PTR(&time_time_obj)},
    {ROM_QSTR(Q_time_ns), ROM_PTR(&time_time_ns_obj)},
    {ROM_QSTR(Q_localtime), ROM_PTR(&time_localtime_obj)},
    {ROM_QSTR(Q_gmtime), ROM_PTR(&time_gmtime_obj)},
    {ROM_QSTR(Q_mktime), ROM_PTR(&time_mktime_obj)},
    {ROM_QSTR(Q_struct_time), ROM_PTR(&type_struct_time)},
};
static DICT_ROM(time_globals, time_globals_table);
const obj_module_t time_module = {{&type_module}, &time_globals};
MODULE_REGISTER(Q_time, time_module);
