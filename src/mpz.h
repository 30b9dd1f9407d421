/*
 * Arbitrary-precision integers for the interpreter's int type.
 *
 * Representation (the invariant every function keeps on its results):
 *  - sign-magnitude; dig[0..len) holds the magnitude, least significant
 *    digit first, in base 2**MPZ_DIG_BITS;
 *  - len == 0 means zero, and then neg is false (there is no -0);
 *  - dig[len-1] != 0 (no leading zero digits);
 *  - alloc is the capacity of dig in digits; dig may be NULL when alloc == 0.
 *
 * Digit arrays come from mem_alloc_noscan(). mem_alloc never returns NULL but
 * may raise MemoryError by a non-local exit; functions here hold nothing but
 * heap memory across allocations, so such an exit leaks nothing the
 * collector cannot reclaim.
 *
 * Every function whose result is an mpz_t allows the destination to be the
 * same object as any source. Semantics follow Python 3 int where they differ
 * from C (floor division, infinite two's complement bitwise operations).
 *
 * Errors are the negative codes below; 0 means success. Unless stated
 * otherwise the destination is left unchanged on error.
 */
#ifndef CP_MPZ_H
#define CP_MPZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Digit width. 32-bit digits with 64-bit products suit both Cortex-M3
 * (UMULL) and 64-bit hosts; 16 is supported for cores without a 32x32->64
 * multiply. */
#ifndef MPZ_DIG_BITS
#define MPZ_DIG_BITS 32
/* Called now and then during long multiplications and divisions when not
 * NULL, so the interpreter can check for Ctrl-C (it may longjmp out; every
 * temporary is heap memory the collector reclaims). */
extern void (*mpz_poll)(void);

#endif

#if MPZ_DIG_BITS == 32
typedef uint32_t mpz_dig_t;
typedef uint64_t mpz_ddig_t;
#elif MPZ_DIG_BITS == 16
typedef uint16_t mpz_dig_t;
typedef uint32_t mpz_ddig_t;
#else
#error "MPZ_DIG_BITS must be 16 or 32"
#endif

/* Hash modulus: the Mersenne prime CPython uses for the platform's word
 * size, 2**61-1 with 64-bit pointers and 2**31-1 with 32-bit pointers. */
#ifndef MPZ_HASH_BITS
#if UINTPTR_MAX > 0xFFFFFFFFu
#define MPZ_HASH_BITS 61
#else
#define MPZ_HASH_BITS 31
#endif
#endif
#define MPZ_HASH_MODULUS (((uint64_t)1 << MPZ_HASH_BITS) - 1)

/* Error codes (negative; the first three equal -EINVAL, -EDOM, -ERANGE on
 * Linux). */
#define MPZ_EINVAL (-22) /* bad digit, bad base, forbidden negative argument */
#define MPZ_EZERODIV (-33) /* division or modulus by zero */
#define MPZ_ERANGE (-34) /* value does not fit the requested type/size */
#define MPZ_ENOINV (-35) /* powmod: base not invertible for the modulus */

typedef struct mpz {
    size_t alloc, len;
    bool neg;
    mpz_dig_t *dig;
} mpz_t;

/* ---- lifetime and conversion from C values ---- */

/* z = 0 without allocating. */
void mpz_init(mpz_t *z);
void mpz_init_from_int(mpz_t *z, intmax_t v);
void mpz_init_from_uint(mpz_t *z, uintmax_t v);
/* Release the digits (mem_free) and leave z == 0, reusable. */
void mpz_free(mpz_t *z);

void mpz_set(mpz_t *dest, const mpz_t *src);
void mpz_set_int(mpz_t *z, intmax_t v);
void mpz_set_uint(mpz_t *z, uintmax_t v);

/* ---- queries ---- */

static inline bool mpz_is_zero(const mpz_t *z) { return z->len == 0; }
static inline bool mpz_is_neg(const mpz_t *z) { return z->neg; }
static inline bool mpz_is_odd(const mpz_t *z)
{
    return z->len != 0 && (z->dig[0] & 1) != 0;
}
/* -1, 0 or 1 as a <, ==, > b. */
int mpz_cmp(const mpz_t *a, const mpz_t *b);
int mpz_cmp_int(const mpz_t *a, intmax_t b);
/* Number of bits of |z| (0 for 0), like int.bit_length(). */
size_t mpz_bit_length(const mpz_t *z);

/* Store z in *out. MPZ_ERANGE if it does not fit (*out unchanged); for
 * mpz_as_uintmax that includes every negative z. */
int mpz_as_intmax(const mpz_t *z, intmax_t *out);
int mpz_as_uintmax(const mpz_t *z, uintmax_t *out);

/* ---- arithmetic ---- */

void mpz_neg(mpz_t *dest, const mpz_t *a);
void mpz_abs(mpz_t *dest, const mpz_t *a);
void mpz_add(mpz_t *dest, const mpz_t *a, const mpz_t *b);
void mpz_sub(mpz_t *dest, const mpz_t *a, const mpz_t *b);
void mpz_mul(mpz_t *dest, const mpz_t *a, const mpz_t *b);

/* Floor division as Python's divmod(a, b): q = floor(a / b), r = a - q*b,
 * so r has the sign of b. Either q or r may be NULL; when both are given
 * they must be different objects (each may alias a or b).
 * MPZ_EZERODIV if b == 0 (q and r unchanged). */
int mpz_divmod(mpz_t *q, mpz_t *r, const mpz_t *a, const mpz_t *b);

/* dest = base ** exp. MPZ_EINVAL if exp < 0 (the caller computes a float);
 * MPZ_ERANGE if the result could not be represented in addressable memory
 * (|base| > 1 and a huge exp). */
int mpz_pow(mpz_t *dest, const mpz_t *base, const mpz_t *exp);

/* dest = pow(base, exp, mod) with Python 3.8+ semantics: the result is in
 * [0, mod) for mod > 0 and in (mod, 0] for mod < 0; a negative exp uses the
 * modular inverse of base. MPZ_EZERODIV if mod == 0 ("pow() 3rd argument
 * cannot be 0"); MPZ_ENOINV if exp < 0 and base has no inverse ("base is not
 * invertible for the given modulus"). */
int mpz_powmod(mpz_t *dest, const mpz_t *base, const mpz_t *exp,
               const mpz_t *mod);

/* dest = gcd(a, b) >= 0, gcd(0, 0) == 0. */
void mpz_gcd(mpz_t *dest, const mpz_t *a, const mpz_t *b);
/* dest = floor(sqrt(a)) like math.isqrt. MPZ_EINVAL if a < 0. */
int mpz_isqrt(mpz_t *dest, const mpz_t *a);

/* ---- bitwise (Python semantics: negatives behave as infinite two's
 * complement) ---- */

void mpz_and(mpz_t *dest, const mpz_t *a, const mpz_t *b);
void mpz_or(mpz_t *dest, const mpz_t *a, const mpz_t *b);
void mpz_xor(mpz_t *dest, const mpz_t *a, const mpz_t *b);
/* dest = ~a == -a - 1. */
void mpz_invert(mpz_t *dest, const mpz_t *a);
/* dest = a << n. MPZ_ERANGE if the result's bit length would not fit a
 * size_t (dest unchanged; the caller raises OverflowError). Sizes below that
 * but beyond the heap end in mem_alloc's MemoryError. */
int mpz_lshift(mpz_t *dest, const mpz_t *a, size_t n);
/* dest = a >> n, rounding toward -infinity (so -1 >> n == -1). Any n. */
void mpz_rshift(mpz_t *dest, const mpz_t *a, size_t n);

/* ---- text ---- */

/* Parse digits only (no sign, prefix, underscore or space) in base 2..36,
 * letters in either case. MPZ_EINVAL for an empty string, a bad base or a
 * character that is not a digit of the base. */
int mpz_from_str(mpz_t *z, const char *s, size_t len, unsigned base);
/* Upper bound of the bytes mpz_to_str writes for z in base, including a '-'
 * and the terminating NUL. */
size_t mpz_str_len_bound(const mpz_t *z, unsigned base);
/* Write z in base 2..36 ('-' for negatives, no prefix) NUL-terminated into
 * buf, storing the length without the NUL in *len_out (may be NULL).
 * MPZ_EINVAL for a bad base; MPZ_ERANGE if buflen is too small (buffers of
 * mpz_str_len_bound() bytes never are). Runs in O(n^2) digit operations. */
int mpz_to_str(const mpz_t *z, unsigned base, bool upper, char *buf,
               size_t buflen, size_t *len_out);

/* ---- floats ---- */

/* Nearest double (round half to even). MPZ_ERANGE if the rounded value
 * reaches 2**1024, storing +-HUGE_VAL ("int too large to convert to
 * float"). */
int mpz_to_double(const mpz_t *z, double *out);
/* z = trunc(d). MPZ_EINVAL for NaN, MPZ_ERANGE for an infinity (z
 * unchanged). */
int mpz_from_double(mpz_t *z, double d);

/* ---- hashing and bytes ---- */

/* CPython's hash(int): sign(z) * (|z| mod MPZ_HASH_MODULUS), with -1 mapped
 * to -2. */
intptr_t mpz_hash(const mpz_t *z);

/* int.to_bytes(len, 'big'/'little', signed=is_signed) into buf[0..len).
 * MPZ_ERANGE if z does not fit ("int too big to convert"), including a
 * negative z with !is_signed (the caller checks the sign first if it wants
 * "can't convert negative int to unsigned"). buf is unchanged on error. */
int mpz_to_bytes(const mpz_t *z, uint8_t *buf, size_t len, bool big_endian,
                 bool is_signed);
/* int.from_bytes(buf[0..len), 'big'/'little', signed=is_signed). */
void mpz_from_bytes(mpz_t *z, const uint8_t *buf, size_t len,
                    bool big_endian, bool is_signed);

#endif
