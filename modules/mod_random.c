/*
 * The random module: xoshiro128** (Blackman and Vigna), a small fast
 * generator with 128 bits of state, seeded through splitmix64.
 *
 * The sequences differ from CPython's Mersenne Twister; what carries over
 * is the API, the argument checks and error messages, and determinism:
 * the same seed gives the same sequence. The state is one per
 * interpreter, seeded from port_urandom when the module is first imported
 * (re-imports do not reseed).
 */
#include <math.h>
#include <string.h>

#include "map.h"
#include "mem.h"
#include "mod_util.h"
#include "mpz.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "port.h"
#include "runtime.h"

static uint32_t state[4];
static bool seeded;

static uint32_t rotl(uint32_t x, int k)
{
    return (x << k) | (x >> (32 - k));
}

static uint32_t next32(void)
{
    uint32_t r = rotl(state[1] * 5, 7) * 9;
    uint32_t t = state[1] << 9;
    state[2] ^= state[0];
    state[3] ^= state[1];
    state[1] ^= state[2];
    state[0] ^= state[3];
    state[2] ^= t;
    state[3] = rotl(state[3], 11);
    return r;
}

/* splitmix64's output function: a bijective mixer of 64 bits. */
static uint64_t mix64(uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

/* Seed from bytes: every byte affects every state word. A tag keeps
 * seeds of different kinds (int 0 vs b"") apart. */
static void seed_bytes(const uint8_t *p, size_t n, uint64_t tag)
{
    const uint64_t golden = 0x9e3779b97f4a7c15u;
    uint64_t h = mix64(tag * golden ^ (uint64_t)n);
    for (size_t i = 0; i < n; i += 8) {
        uint64_t w = 0;
        for (size_t j = 0; j < 8 && i + j < n; j++)
            w |= (uint64_t)p[i + j] << (8 * j);
        h = mix64(h + golden + w);
    }
    for (int i = 0; i < 4; i += 2) {
        h += golden;
        uint64_t z = mix64(h);
        state[i] = (uint32_t)z;
        state[i + 1] = (uint32_t)(z >> 32);
    }
    if ((state[0] | state[1] | state[2] | state[3]) == 0)
        state[0] = 1; /* the all-zero state is a fixed point */
    seeded = true;
}

static void seed_from_os(void)
{
    uint8_t buf[16];
    if (port_urandom(buf, sizeof(buf)) != 0) {
        uint64_t t = port_ticks_ns();
        uint32_t s = port_random_seed();
        memcpy(buf, &t, 8);
        memcpy(buf + 8, &s, 4);
        memset(buf + 12, 0, 4);
    }
    seed_bytes(buf, sizeof(buf), 3);
}

static void seed_int(obj_t i)
{
    mpz_t z;
    int_to_mpz(i, &z);
    mpz_abs(&z, &z);
    size_t n = (mpz_bit_length(&z) + 7) / 8;
    uint8_t local[32];
    uint8_t *buf = n <= sizeof(local) ? local : mem_alloc_noscan(n);
    mpz_to_bytes(&z, buf, n, false, false);
    mpz_free(&z);
    seed_bytes(buf, n, 1);
}

static obj_t random_seed(size_t n, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {
        {Q_a, 0, OBJ_NONE},
        {Q_version, 0, OBJ_NULL},
    };
    obj_t v[2];
    arg_parse("seed", n, args, kw, 2, spec, v);
    obj_t a = v[0];
    obj_t i = int_unwrap(a);
    double d;
    if (a == OBJ_NONE) {
        seed_from_os();
    } else if (i != OBJ_NULL) {
        seed_int(i);
    } else if (float_unwrap(a, &d)) {
        seed_int(obj_new_int((intptr_t)obj_hash(a)));
    } else if (str_check(a) || bytes_check(a) || bytearray_check(a)) {
        buffer_info_t bi;
        size_t len;
        const char *s;
        if (str_check(a)) {
            s = str_get_data(str_unwrap(a), &len);
        } else {
            mod_util_get_buffer(a, &bi);
            s = bi.buf;
            len = bi.len;
        }
        seed_bytes((const uint8_t *)s, len, 2);
    } else {
        raise_msg(&type_TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    }
    return OBJ_NONE;
}
static BUILTIN_FUN_KW(random_seed_obj, Q_seed, 0, random_seed);

static double next_double(void)
{
    uint32_t a = next32() >> 5, b = next32() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

static obj_t random_random(void)
{
    return obj_new_float(next_double());
}
static BUILTIN_FUN_0(random_random_obj, Q_random, random_random);

/* k random bits as an int (k >= 0). */
static obj_t random_bits(size_t k)
{
    if (k <= 32)
        return obj_new_int_from_uint(k ? next32() >> (32 - k) : 0);
    size_t words = (k + 31) / 32;
    uint8_t *buf = mem_alloc_noscan(words * 4);
    for (size_t w = 0; w < words; w++) {
        uint32_t r = next32();
        if (w == words - 1 && k % 32)
            r >>= 32 - k % 32;
        for (int j = 0; j < 4; j++)
            buf[w * 4 + j] = (uint8_t)(r >> (8 * j));
    }
    mpz_t z;
    mpz_init(&z);
    mpz_from_bytes(&z, buf, words * 4, false, false);
    obj_t r = int_from_mpz(&z);
    mpz_free(&z);
    return r;
}

static obj_t random_getrandbits(obj_t ko)
{
    intptr_t k = obj_get_int(mod_util_index(ko));
    if (k < 0)
        raise_msg(&type_ValueError, "number of bits must be non-negative");
    return random_bits((size_t)k);
}
static BUILTIN_FUN_1(random_getrandbits_obj, Q_getrandbits, random_getrandbits);

/* A uniform int in [0, n) for an int n > 0, by rejection of
 * bit_length(n)-bit candidates (fewer than two tries on average). */
static obj_t randbelow(obj_t n)
{
    intptr_t small;
    if (obj_get_int_maybe(n, &small) && small > 0 && (uintptr_t)small <= 0x80000000u) {
        uint32_t m = (uint32_t)small, bits = 0;
        while (bits < 32 && ((uint32_t)1 << bits) < m)
            bits++;
        uint32_t r;
        do
            r = bits ? next32() >> (32 - bits) : 0;
        while (r >= m);
        return obj_new_int((intptr_t)r);
    }
    mpz_t z;
    int_to_mpz(n, &z);
    size_t bits = mpz_bit_length(&z);
    mpz_free(&z);
    for (;;) {
        obj_t r = random_bits(bits);
        if (obj_is_true(compare_op(BOP_LT, r, n)))
            return r;
    }
}

static bool int_is_pos(obj_t i)
{
    return obj_is_true(compare_op(BOP_GT, i, obj_new_small_int(0)));
}

/* randrange argument: an int, or (3.11) anything int() accepts whose int
 * equals it, else ValueError "non-integer <what> for randrange()". */
static obj_t range_arg(obj_t o, const char *what)
{
    obj_t i = int_unwrap(o);
    if (i != OBJ_NULL)
        return i;
    const type_t *t = obj_get_type(o);
    if ((t->flags & TYPE_FLAG_USER) && type_lookup(t, Q___index__))
        return mod_util_index(o);
    i = call1((obj_t)&type_int, o);
    if (!obj_equal(i, o))
        raise_fmt(&type_ValueError, "non-integer %s for randrange()", what);
    return i;
}

static obj_t randrange(obj_t start, obj_t stop, obj_t step)
{
    obj_t istart = range_arg(start, "arg 1");
    if (stop == OBJ_NULL || stop == OBJ_NONE) {
        if (step != OBJ_NULL && step != obj_new_small_int(1))
            raise_msg(&type_TypeError, "Missing a non-None stop argument");
        if (int_is_pos(istart))
            return randbelow(istart);
        raise_msg(&type_ValueError, "empty range for randrange()");
    }
    obj_t istop = range_arg(stop, "stop");
    obj_t width = binary_op(BOP_SUB, istop, istart);
    obj_t istep = step ? range_arg(step, "step") : obj_new_small_int(1);
    if (istep == obj_new_small_int(1)) {
        if (int_is_pos(width))
            return binary_op(BOP_ADD, istart, randbelow(width));
        raise_fmt(&type_ValueError, "empty range for randrange() (%S, %S, %S)", istart, istop, width);
    }
    obj_t n;
    if (int_is_pos(istep))
        n = binary_op(BOP_ADD, width, binary_op(BOP_SUB, istep, obj_new_small_int(1)));
    else if (obj_is_true(istep))
        n = binary_op(BOP_ADD, width, binary_op(BOP_ADD, istep, obj_new_small_int(1)));
    else
        raise_msg(&type_ValueError, "zero step for randrange()");
    n = binary_op(BOP_FLOORDIV, n, istep);
    if (!int_is_pos(n))
        raise_msg(&type_ValueError, "empty range for randrange()");
    return binary_op(BOP_ADD, istart, binary_op(BOP_MUL, istep, randbelow(n)));
}

static obj_t random_randrange(size_t n, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {
        {Q_start, ARG_REQUIRED, OBJ_NULL},
        {Q_stop, 0, OBJ_NULL},
        {Q_step, 0, OBJ_NULL},
    };
    obj_t v[3];
    arg_parse("randrange", n, args, kw, 3, spec, v);
    return randrange(v[0], v[1], v[2]);
}
static BUILTIN_FUN_KW(random_randrange_obj, Q_randrange, 0, random_randrange);

static obj_t random_randint(obj_t a, obj_t b)
{
    return randrange(a, binary_op(BOP_ADD, b, obj_new_small_int(1)), OBJ_NULL);
}
static BUILTIN_FUN_2(random_randint_obj, Q_randint, random_randint);

static obj_t random_uniform(obj_t a, obj_t b)
{
    obj_t diff = binary_op(BOP_SUB, b, a);
    return binary_op(BOP_ADD, a, binary_op(BOP_MUL, diff, obj_new_float(next_double())));
}
static BUILTIN_FUN_2(random_uniform_obj, Q_uniform, random_uniform);

static obj_t random_choice(obj_t seq)
{
    size_t len = obj_len(seq);
    if (len == 0)
        raise_msg(&type_IndexError, "Cannot choose from an empty sequence");
    return obj_subscr(seq, randbelow(obj_new_int((intptr_t)len)), OBJ_SENTINEL);
}
static BUILTIN_FUN_1(random_choice_obj, Q_choice, random_choice);

static size_t below(size_t n)
{
    return (size_t)obj_small_int_value(randbelow(obj_new_int((intptr_t)n)));
}

/* Fisher-Yates from the end, as random.shuffle. */
static obj_t random_shuffle(obj_t x)
{
    size_t len = obj_len(x);
    for (size_t i = len; i-- > 1;) {
        size_t j = below(i + 1);
        obj_t oi = obj_new_int((intptr_t)i), oj = obj_new_int((intptr_t)j);
        obj_t a = obj_subscr(x, oj, OBJ_SENTINEL), b = obj_subscr(x, oi, OBJ_SENTINEL);
        obj_subscr(x, oi, a);
        obj_subscr(x, oj, b);
    }
    return OBJ_NONE;
}
static BUILTIN_FUN_1(random_shuffle_obj, Q_shuffle, random_shuffle);

/* sample(population, k): k distinct positions by a partial shuffle of a
 * copy, so the population is never modified. */
static obj_t random_sample(size_t n, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {
        {Q_population, ARG_REQUIRED, OBJ_NULL},
        {Q_k, ARG_REQUIRED, OBJ_NULL},
    };
    obj_t v[2];
    arg_parse("sample", n, args, kw, 2, spec, v);
    const type_t *t = obj_get_type(v[0]);
    if (t == &type_set || t == &type_frozenset || t == &type_dict || t->subscr == NULL)
        raise_msg(&type_TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).");
    obj_t pool = obj_list_from_iter(v[0]);
    size_t len;
    obj_t *items;
    obj_list_get(pool, &len, &items);
    intptr_t k = obj_get_int(mod_util_index(v[1]));
    if (k < 0 || (size_t)k > len)
        raise_msg(&type_ValueError, "Sample larger than population or is negative");
    for (size_t i = 0; i < (size_t)k; i++) {
        size_t j = i + below(len - i);
        obj_t tmp = items[i];
        items[i] = items[j];
        items[j] = tmp;
    }
    return obj_new_list((size_t)k, items);
}
static BUILTIN_FUN_KW(random_sample_obj, Q_sample, 0, random_sample);

/* choices(population, weights=None, *, cum_weights=None, k=1): picks
 * with replacement, by bisecting the cumulative weights. */
static obj_t random_choices(size_t n, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {
        {Q_population, ARG_REQUIRED, OBJ_NULL},
        {Q_weights, 0, OBJ_NONE},
        {Q_cum_weights, ARG_KW_ONLY, OBJ_NONE},
        {Q_k, ARG_KW_ONLY, OBJ_NULL},
    };
    obj_t v[4];
    arg_parse("choices", n, args, kw, 4, spec, v);
    obj_t pop = v[0];
    size_t len = obj_len(pop);
    intptr_t k = v[3] ? obj_get_int(mod_util_index(v[3])) : 1;
    obj_t out = obj_new_list(0, NULL);
    if (v[1] == OBJ_NONE && v[2] == OBJ_NONE) {
        for (intptr_t i = 0; i < k; i++) {
            intptr_t j = (intptr_t)(next_double() * (double)len);
            list_append(out, obj_subscr(pop, obj_new_int(j), OBJ_SENTINEL));
        }
        return out;
    }
    if (v[1] != OBJ_NONE && v[2] != OBJ_NONE)
        raise_msg(&type_TypeError, "Cannot specify both weights and cumulative weights");
    obj_t w = obj_list_from_iter(v[1] != OBJ_NONE ? v[1] : v[2]);
    size_t nw;
    obj_t *wi;
    obj_list_get(w, &nw, &wi);
    if (nw != len)
        raise_msg(&type_ValueError, "The number of weights does not match the population");
    double *cum = mem_alloc_noscan((nw ? nw : 1) * sizeof(double));
    double acc = 0.0;
    for (size_t i = 0; i < nw; i++) {
        double x = mod_util_get_float(wi[i]);
        cum[i] = v[1] != OBJ_NONE ? (acc += x) : x;
    }
    double total = nw ? cum[nw - 1] : 0.0;
    if (!(total > 0.0)) {
        if (nw == 0)
            raise_msg(&type_IndexError, "list index out of range");
        raise_msg(&type_ValueError, "Total of weights must be greater than zero");
    }
    if (isinf(total))
        raise_msg(&type_ValueError, "Total of weights must be finite");
    for (intptr_t i = 0; i < k; i++) {
        double x = next_double() * total;
        size_t lo = 0, hi = len - 1;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (x < cum[mid])
                hi = mid;
            else
                lo = mid + 1;
        }
        list_append(out, obj_subscr(pop, obj_new_int((intptr_t)lo), OBJ_SENTINEL));
    }
    return out;
}
static BUILTIN_FUN_KW(random_choices_obj, Q_choices, 0, random_choices);

static obj_t random_init(obj_t mod)
{
    if (!seeded)
        seed_from_os();
    map_lookup(&module_globals(mod)->map, obj_new_qstr(Q___init__), MAP_REMOVE);
    return OBJ_NONE;
}
static BUILTIN_FUN_1(random_init_obj, Q___init__, random_init);

static const map_elem_t random_globals_table[] = {
    {ROM_QSTR(Q___name__), ROM_QSTR(Q_random)},
    {ROM_QSTR(Q___init__), ROM_PTR(&random_init_obj)},
    {ROM_QSTR(Q_seed), ROM_PTR(&random_seed_obj)},
    {ROM_QSTR(Q_random), ROM_PTR(&random_random_obj)},
    {ROM_QSTR(Q_getrandbits), ROM_PTR(&random_getrandbits_obj)},
    {ROM_QSTR(Q_randrange), ROM_PTR(&random_randrange_obj)},
    {ROM_QSTR(Q_randint), ROM_PTR(&random_randint_obj)},
    {ROM_QSTR(Q_uniform), ROM_PTR(&random_uniform_obj)},
    {ROM_QSTR(Q_choice), ROM_PTR(&random_choice_obj)},
    {ROM_QSTR(Q_shuffle), ROM_PTR(&random_shuffle_obj)},
    {ROM_QSTR(Q_sample), ROM_PTR(&random_sample_obj)},
    {ROM_QSTR(Q_choices), ROM_PTR(&random_choices_obj)},
};
static DICT_ROM(random_globals, random_globals_table);
const obj_module_t random_module = {{&type_module}, &random_globals};
MODULE_REGISTER(Q_random, random_module);
