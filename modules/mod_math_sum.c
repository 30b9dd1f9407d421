/*
 * Accurate sums in the math module: fsum (exact, Shewchuk's partials),
 * hypot and dist (Euclidean norms computed in double-double arithmetic
 * and corrected once, so the result is almost always correctly rounded).
 */
#include <math.h>
#include <string.h>

#include "mem.h"
#include "mod_math.h"
#include "mod_util.h"
#include "obj_tuple.h"
#include "runtime.h"

/* ---- fsum ----
 * Invariant: the partials are non-overlapping, ordered by increasing
 * magnitude, and their exact sum is the exact sum of the finite inputs so
 * far. Infinities and NaNs are summed apart (special, inf_sum). */

typedef struct partials {
    double *p;
    size_t n, alloc;
    double local[32];
} partials_t;

static void partials_push(partials_t *ps, double x)
{
    if (ps->n == ps->alloc) {
        size_t alloc = ps->alloc * 2;
        double *p = mem_alloc_noscan(alloc * sizeof(double));
        memcpy(p, ps->p, ps->n * sizeof(double));
        ps->p = p;
        ps->alloc = alloc;
    }
    ps->p[ps->n++] = x;
}

/* Adds x to the partials exactly; returns the final non-zero top value or
 * 0 (the caller pushes it, or treats a non-finite one as special). */
static double partials_add(partials_t *ps, double x)
{
    size_t i = 0;
    for (size_t j = 0; j < ps->n; j++) {
        double y = ps->p[j];
        if (fabs(x) < fabs(y)) {
            double t = x;
            x = y;
            y = t;
        }
        double hi = x + y;
        double lo = y - (hi - x);
        if (lo != 0.0)
            ps->p[i++] = lo;
        x = hi;
    }
    ps->n = i;
    return x;
}

/* The correctly rounded sum of the partials (ties to even across them). */
static double partials_round(partials_t *ps)
{
    size_t n = ps->n;
    double *p = ps->p, hi = 0.0, lo = 0.0;
    if (n == 0)
        return 0.0;
    hi = p[--n];
    while (n > 0) {
        double x = hi, y = p[--n];
        hi = x + y;
        lo = y - (hi - x);
        if (lo != 0.0)
            break;
    }
    /* hi + lo is exact and hi is lo's rounding; when lo is exactly half an
       ulp the remaining partials decide which way to go */
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
        double y = lo * 2.0, x = hi + y;
        if (y == x - hi)
            hi = x;
    }
    return hi;
}

static obj_t math_fsum(obj_t iterable)
{
    partials_t ps;
    ps.p = ps.local;
    ps.n = 0;
    ps.alloc = sizeof(ps.local) / sizeof(ps.local[0]);
    double special = 0.0, inf_sum = 0.0;
    obj_t it = getiter(iterable, NULL);
    obj_t item;
    while ((item = iternext(it)) != OBJ_STOP_ITERATION) {
        double xsave = mod_util_get_float(item);
        double x = partials_add(&ps, xsave);
        if (x == 0.0)
            continue;
        if (isfinite(x)) {
            partials_push(&ps, x);
            continue;
        }
        /* non-finite: an overflow of finite terms, or an inf/nan input */
        if (isfinite(xsave))
            raise_msg(&type_OverflowError, "intermediate overflow in fsum");
        if (isinf(xsave))
            inf_sum += xsave;
        special += xsave;
        ps.n = 0;
    }
    if (special != 0.0 || isnan(special)) {
        if (isnan(inf_sum))
            raise_msg(&type_ValueError, "-inf + inf in fsum");
        return obj_new_float(special);
    }
    return obj_new_float(partials_round(&ps));
}
const obj_builtin_t mod_math_sum_fsum_obj = {{&type_builtin}, 1, 1, BUILTIN_FIXED, Q_fsum, {.f1 = math_fsum}};

/* ---- norms ---- */

/* hi + lo == a + b exactly (Knuth's two-sum). */
static void two_sum(double a, double b, double *hi, double *lo)
{
    double s = a + b;
    double bb = s - a;
    *lo = (a - (s - bb)) + (b - bb);
    *hi = s;
}

/* hi + lo == a * b exactly (Dekker's product with Veltkamp splitting);
 * |a|, |b| <= 1 here, so the split cannot overflow. */
static void two_prod(double a, double b, double *hi, double *lo)
{
    const double split = 134217729.0; /* 2**27 + 1 */
    double p = a * b;
    double ca = split * a, cb = split * b;
    double ah = ca - (ca - a), al = a - ah;
    double bh = cb - (cb - b), bl = b - bh;
    *lo = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
    *hi = p;
}

/* sqrt(sum(v[i]**2)) for n values already made non-negative. */
static double vector_norm(size_t n, const double *v)
{
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < n; i++) {
        if (isnan(v[i]))
            found_nan = true;
        else if (v[i] > max)
            max = v[i];
    }
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0.0 || n == 1)
        return max;
    int max_e;
    frexp(max, &max_e);
    /* scale so the largest is in [0.5, 1): no overflow, and terms small
       enough to underflow are far below the result's last bit */
    double s = 0.0, lo = 0.0;
    for (size_t i = 0; i < n; i++) {
        double x = ldexp(v[i], -max_e), p, pe, err;
        two_prod(x, x, &p, &pe);
        two_sum(s, p, &s, &err);
        lo += err + pe;
    }
    two_sum(s, lo, &s, &lo);
    double h = sqrt(s);
    /* one Newton step on the double-double sum: h += (s - h*h) / (2h) */
    double hh, hl;
    two_prod(h, h, &hh, &hl);
    double r = ((s - hh) - hl) + lo;
    h += r / (2.0 * h);
    return ldexp(h, max_e);
}

static obj_t norm_of(size_t n, const obj_t *a, const obj_t *b)
{
    double local[16];
    double *v = n <= 16 ? local : mem_alloc_noscan(n * sizeof(double));
    for (size_t i = 0; i < n; i++)
        v[i] = fabs(b ? mod_util_get_float(a[i]) - mod_util_get_float(b[i]) : mod_util_get_float(a[i]));
    return obj_new_float(vector_norm(n, v));
}

static obj_t math_hypot(size_t n, const obj_t *args)
{
    return norm_of(n, args, NULL);
}
const obj_builtin_t mod_math_sum_hypot_obj = {{&type_builtin}, 0, 0xffff, BUILTIN_VAR, Q_hypot, {.var = math_hypot}};

static obj_t math_dist(obj_t p, obj_t q)
{
    size_t np, nq;
    obj_t *ip, *iq;
    obj_tuple_get(obj_tuple_from_iter(p), &np, &ip);
    obj_tuple_get(obj_tuple_from_iter(q), &nq, &iq);
    if (np != nq)
        raise_msg(&type_ValueError, "both points must have the same number of dimensions");
    return norm_of(np, ip, iq);
}
const obj_builtin_t mod_math_sum_dist_obj = {{&type_builtin}, 2, 2, BUILTIN_FIXED, Q_dist, {.f2 = math_dist}};
