/*
 * Generic object operations: printing, truth, equality, hashing, numeric
 * conversion, subscripting, and operator dispatch with Python's rules for
 * reflected operands and NotImplemented.
 */
#include "obj.h"

#include <string.h>

#include "map.h"
#include "mem.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"

const obj_t obj_no_args[1] = {OBJ_NULL};

const char *obj_type_name(obj_t o)
{
    return qstr_str(obj_get_type(o)->name);
}

bool obj_is_subclass(const type_t *t, const type_t *base)
{
    if (t == base || base == &type_object)
        return true;
    if (t->mro) {
        obj_tuple_t *mro = t->mro;
        for (size_t i = 0; i < mro->len; i++) {
            const type_t *m = mro->items[i];
            if (m == base)
                return true;
            if (!(m->flags & TYPE_FLAG_USER))
                for (const type_t *p = m->parent; p; p = p->parent)
                    if (p == base)
                        return true;
        }
        return false;
    }
    for (const type_t *p = t->parent; p; p = p->parent)
        if (p == base)
            return true;
    return false;
}

bool obj_isinstance(obj_t o, const type_t *t)
{
    return obj_is_subclass(obj_get_type(o), t);
}

bool obj_is_int(obj_t o)
{
    if (obj_is_small_int(o))
        return true;
    const type_t *t = obj_get_type(o);
    return t == &type_int || t == &type_bool;
}

bool obj_is_str(obj_t o)
{
    return obj_is_qstr(o) || obj_is_type(o, &type_str);
}

bool obj_is_callable(obj_t o)
{
    const type_t *t = obj_get_type(o);
    if (t->flags & TYPE_FLAG_USER)
        return type_lookup(t, Q___call__) != OBJ_NULL;
    return t->call != NULL;
}

obj_t obj_getiter_self(obj_t self, iter_buf_t *buf)
{
    (void)buf;
    return self;
}

/* ---- printing ---- */

void obj_print(const print_t *p, obj_t o, print_kind_t kind)
{
    runtime_check_stack();
    const type_t *t = obj_get_type(o);
    if (t->print) {
        t->print(p, o, kind);
        return;
    }
    print_fmt(p, "<%s object at 0x%x>", qstr_str(t->name), (unsigned)(uintptr_t)o);
}

static obj_t print_to_str(obj_t o, print_kind_t kind)
{
    vstr_t v;
    vstr_init(&v, 16);
    print_t p;
    vstr_print_init(&p, &v);
    obj_print(&p, o, kind);
    return vstr_to_str(&v);
}

obj_t obj_repr(obj_t o)
{
    return print_to_str(o, PRINT_REPR);
}

obj_t obj_str(obj_t o)
{
    if (obj_is_str(o))
        return o;
    return print_to_str(o, PRINT_STR);
}

obj_t obj_ascii(obj_t o)
{
    obj_t r = obj_repr(o);
    size_t len;
    const char *s = str_get_data(r, &len);
    vstr_t v;
    vstr_init(&v, len);
    const char *end = s + len;
    while (s < end) {
        uint32_t cp;
        s = utf8_next(s, &cp);
        if (cp < 0x80) {
            vstr_add_char(&v, (char)cp);
        } else {
            static const char hex[] = "0123456789abcdef";
            char buf[10];
            int n = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
            buf[0] = '\\';
            buf[1] = n == 2 ? 'x' : n == 4 ? 'u' : 'U';
            for (int i = 0; i < n; i++)
                buf[2 + i] = hex[(cp >> (4 * (n - 1 - i))) & 15];
            vstr_add_strn(&v, buf, (size_t)n + 2);
        }
    }
    return vstr_to_str(&v);
}

/* ---- truth, equality, hashing ---- */

bool obj_is_true(obj_t o)
{
    if (o == OBJ_FALSE || o == OBJ_NONE)
        return false;
    if (o == OBJ_TRUE)
        return true;
    if (obj_is_small_int(o))
        return obj_small_int_value(o) != 0;
    const type_t *t = obj_get_type(o);
    if (t->unary_op) {
        obj_t r = t->unary_op(UOP_BOOL, o);
        if (r != OBJ_NULL)
            return r == OBJ_TRUE;
    }
    if (t->flags & TYPE_FLAG_USER)
        return true;
    obj_t len = obj_len_maybe(o);
    if (len != OBJ_NULL)
        return obj_small_int_value(len) != 0;
    return true;
}

bool obj_equal(obj_t a, obj_t b)
{
    if (a == b) {
        /* nan != nan, but the same float object is equal to itself in
           containers; Python compares identity first there too */
        if (obj_is_type(a, &type_float)) {
            double d = ((obj_float_t *)a)->value;
            return d == d;
        }
        return true;
    }
    if (obj_is_small_int(a) && obj_is_small_int(b))
        return false;
    if (obj_is_qstr(a) && obj_is_qstr(b))
        return false;
    return obj_is_true(compare_op(BOP_EQ, a, b));
}

uintptr_t obj_hash(obj_t o)
{
    if (obj_is_small_int(o))
        return (uintptr_t)int_hash(o);
    if (obj_is_qstr(o))
        return qstr_hash(obj_qstr_value(o));
    const type_t *t = obj_get_type(o);
    /* strings hash to the raw qstr hash whatever their form, so a heap str
       and the qstr with the same text meet in dicts on 32-bit targets too */
    if (t == &type_str || t == &type_bytes)
        return str_hash(o);
    if (t->flags & TYPE_FLAG_USER) {
        /* object's default __hash__ does not count: a subclass of a built-in
           type hashes (or refuses to) like its native part */
        obj_t h = type_lookup_special(t, Q___hash__);
        if (h == OBJ_NULL && type_lookup(t, Q___hash__) == OBJ_NONE)
            h = OBJ_NONE;
        if (h == OBJ_NONE)
            raise_fmt(&type_TypeError, "unhashable type: '%s'", obj_type_name(o));
        if (h != OBJ_NULL) {
            obj_t r = call1(h, o);
            if (!obj_is_int(r))
                raise_msg(&type_TypeError, "__hash__ method should return an integer");
            return (uintptr_t)int_hash(r);
        }
        obj_instance_t *inst = o;
        if (inst->native)
            return obj_hash(inst->native);
        return (uintptr_t)o >> 4;
    }
    /* a type with a unary_op slot answers UOP_HASH itself; OBJ_NULL there
       means unhashable. Types without the slot hash by identity. */
    if (t->unary_op) {
        obj_t h = t->unary_op(UOP_HASH, o);
        if (h == OBJ_NULL)
            raise_fmt(&type_TypeError, "unhashable type: '%s'", obj_type_name(o));
        if (obj_is_small_int(h))
            return (uintptr_t)obj_small_int_value(h);
        return (uintptr_t)int_hash(h);
    }
    return (uintptr_t)o >> 4;
}

/* ---- numbers ---- */

bool obj_get_int_maybe(obj_t o, intptr_t *out)
{
    if (obj_is_small_int(o)) {
        *out = obj_small_int_value(o);
        return true;
    }
    if (o == OBJ_TRUE || o == OBJ_FALSE) {
        *out = o == OBJ_TRUE;
        return true;
    }
    if (obj_is_type(o, &type_int)) {
        intmax_t v;
        if (mpz_as_intmax(&((obj_int_t *)o)->mpz, &v) == 0 && v >= INTPTR_MIN && v <= INTPTR_MAX) {
            *out = (intptr_t)v;
            return true;
        }
        return false;
    }
    /* instances of user subclasses of int use their native int */
    if (obj_is_ptr(o) && (obj_get_type(o)->flags & TYPE_FLAG_USER)) {
        obj_t n = obj_native(o, &type_int);
        if (n != o)
            return obj_get_int_maybe(n, out);
    }
    return false;
}

intptr_t obj_get_int(obj_t o)
{
    intptr_t v;
    if (obj_get_int_maybe(o, &v))
        return v;
    if (obj_is_int(o))
        raise_msg(&type_OverflowError, "Python int too large to convert to C ssize_t");
    const type_t *t = obj_get_type(o);
    if (t->flags & TYPE_FLAG_USER) {
        obj_t idx = type_lookup(t, Q___index__);
        if (idx)
            return obj_get_int(call1(idx, o));
    }
    raise_fmt(&type_TypeError, "'%s' object cannot be interpreted as an integer", obj_type_name(o));
}

double obj_get_float(obj_t o)
{
    if (obj_is_small_int(o))
        return (double)obj_small_int_value(o);
    if (obj_is_type(o, &type_float))
        return ((obj_float_t *)o)->value;
    if (obj_is_int(o))
        return int_to_double(o);
    const type_t *t = obj_get_type(o);
    if (t->flags & TYPE_FLAG_USER) {
        obj_t f = type_lookup_special(t, Q___float__);
        if (f)
            return obj_get_float(call1(f, o));
        obj_instance_t *inst = o;
        if (inst->native)
            return obj_get_float(inst->native);
        f = type_lookup(t, Q___index__);
        if (f)
            return obj_get_float(call1(f, o));
    }
    raise_fmt(&type_TypeError, "must be real number, not %s", obj_type_name(o));
}

/* ---- containers ---- */

obj_t obj_len_maybe(obj_t o)
{
    if (obj_is_qstr(o))
        return obj_new_small_int((intptr_t)qstr_charlen(obj_qstr_value(o)));
    const type_t *t = obj_get_type(o);
    if (t->unary_op)
        return t->unary_op(UOP_LEN, o);
    return OBJ_NULL;
}

size_t obj_len(obj_t o)
{
    obj_t len = obj_len_maybe(o);
    if (len == OBJ_NULL)
        raise_fmt(&type_TypeError, "object of type '%s' has no len()", obj_type_name(o));
    return (size_t)obj_get_int(len);
}

obj_t obj_subscr(obj_t o, obj_t index, obj_t value)
{
    const type_t *t = obj_get_type(o);
    if (t->subscr) {
        obj_t r = t->subscr(o, index, value);
        if (r != OBJ_NULL)
            return r;
    }
    if (value == OBJ_SENTINEL) {
        if (o == (obj_t)&type_type || (obj_is_type(o, &type_type) && !(((type_t *)o)->flags & TYPE_FLAG_USER)))
            return o; /* list[int] and friends: typing generics are accepted */
        if (obj_is_type(o, &type_type)) {
            obj_t cg = type_lookup(o, Q___class_getitem__);
            if (cg) {
                obj_t dest[2];
                attr_bind(o, o, cg, dest);
                return dest[1] ? call2(dest[0], dest[1], index) : call1(dest[0], index);
            }
        }
        raise_fmt(&type_TypeError, "'%s' object is not subscriptable", obj_type_name(o));
    }
    if (value == OBJ_NULL)
        raise_fmt(&type_TypeError, "'%s' object doesn't support item deletion", obj_type_name(o));
    raise_fmt(&type_TypeError, "'%s' object does not support item assignment", obj_type_name(o));
}

size_t obj_get_index(const type_t *type, size_t len, obj_t index, bool is_slice)
{
    intptr_t i;
    if (!obj_get_int_maybe(index, &i)) {
        if (obj_is_int(index))
            raise_fmt(&type_IndexError, "cannot fit 'int' into an index-sized integer");
        const type_t *it = obj_get_type(index);
        if ((it->flags & TYPE_FLAG_USER) && type_lookup(it, Q___index__))
            i = obj_get_int(index);
        else
            raise_fmt(&type_TypeError, "%q indices must be integers or slices, not %s", type->name, obj_type_name(index));
    }
    if (i < 0)
        i += (intptr_t)len;
    if (is_slice) {
        if (i < 0)
            i = 0;
        if ((size_t)i > len)
            i = (intptr_t)len;
        return (size_t)i;
    }
    if (i < 0 || (size_t)i >= len)
        raise_fmt(&type_IndexError, "%q index out of range", type->name);
    return (size_t)i;
}

/* ---- operators ---- */

static const char *const binop_symbol[] = {
    [BOP_LT] = "<", [BOP_GT] = ">", [BOP_EQ] = "==", [BOP_NE] = "!=", [BOP_LE] = "<=", [BOP_GE] = ">=",
    [BOP_OR] = "|", [BOP_XOR] = "^", [BOP_AND] = "&", [BOP_LSHIFT] = "<<", [BOP_RSHIFT] = ">>",
    [BOP_ADD] = "+", [BOP_SUB] = "-", [BOP_MUL] = "*", [BOP_MATMUL] = "@", [BOP_FLOORDIV] = "//",
    [BOP_TRUEDIV] = "/", [BOP_MOD] = "%", [BOP_POW] = "** or pow()",
    [BOP_INPLACE_OR] = "|=", [BOP_INPLACE_XOR] = "^=", [BOP_INPLACE_AND] = "&=",
    [BOP_INPLACE_LSHIFT] = "<<=", [BOP_INPLACE_RSHIFT] = ">>=", [BOP_INPLACE_ADD] = "+=",
    [BOP_INPLACE_SUB] = "-=", [BOP_INPLACE_MUL] = "*=", [BOP_INPLACE_MATMUL] = "@=",
    [BOP_INPLACE_FLOORDIV] = "//=", [BOP_INPLACE_TRUEDIV] = "/=", [BOP_INPLACE_MOD] = "%=",
    [BOP_INPLACE_POW] = "**=",
};

static binary_op_t swapped_compare(binary_op_t op)
{
    switch (op) {
    case BOP_LT: return BOP_GT;
    case BOP_GT: return BOP_LT;
    case BOP_LE: return BOP_GE;
    case BOP_GE: return BOP_LE;
    default: return op;
    }
}

obj_t unary_op(unary_op_t op, obj_t o)
{
    const type_t *t = obj_get_type(o);
    if (op == UOP_NOT)
        return obj_new_bool(!obj_is_true(o));
    if (t->unary_op) {
        obj_t r = t->unary_op(op, o);
        if (r != OBJ_NULL)
            return r;
    }
    static const char *const names[] = {[UOP_POS] = "unary +", [UOP_NEG] = "unary -", [UOP_INVERT] = "unary ~",
                                        [UOP_ABS] = "abs()"};
    if (op == UOP_POS || op == UOP_NEG || op == UOP_INVERT)
        raise_fmt(&type_TypeError, "bad operand type for %s: '%s'", names[op], obj_type_name(o));
    if (op == UOP_ABS)
        raise_fmt(&type_TypeError, "bad operand type for abs(): '%s'", obj_type_name(o));
    if (op == UOP_HASH)
        return obj_new_int((intptr_t)obj_hash(o));
    if (op == UOP_LEN)
        raise_fmt(&type_TypeError, "object of type '%s' has no len()", obj_type_name(o));
    raise_fmt(&type_TypeError, "unsupported operand type for unary operation: '%s'", obj_type_name(o));
}

static obj_t try_binary(const type_t *t, binary_op_t op, obj_t lhs, obj_t rhs)
{
    if (t->binary_op == NULL)
        return OBJ_NULL;
    obj_t r = t->binary_op(op, lhs, rhs);
    return r == OBJ_NOTIMPLEMENTED ? OBJ_NULL : r;
}

obj_t binary_op(binary_op_t op, obj_t lhs, obj_t rhs)
{
    const type_t *lt = obj_get_type(lhs), *rt = obj_get_type(rhs);
    obj_t r;
    bool inplace = op >= BOP_INPLACE_OR && op <= BOP_INPLACE_POW;
    binary_op_t plain = inplace ? (binary_op_t)(op - BOP_INPLACE_OFFSET) : op;
    if (inplace) {
        r = try_binary(lt, op, lhs, rhs);
        if (r != OBJ_NULL)
            return r;
    }
    /* a subclass on the right that overrides the reflected method goes first */
    bool right_first = rt != lt && (rt->flags & TYPE_FLAG_USER) && obj_is_subclass(rt, lt);
    if (right_first) {
        r = try_binary(rt, (binary_op_t)(plain + BOP_REVERSE_OFFSET), rhs, lhs);
        if (r != OBJ_NULL)
            return r;
    }
    r = try_binary(lt, plain, lhs, rhs);
    if (r != OBJ_NULL)
        return r;
    if (!right_first && (rt != lt || (rt->flags & TYPE_FLAG_USER))) {
        r = try_binary(rt, (binary_op_t)(plain + BOP_REVERSE_OFFSET), rhs, lhs);
        if (r != OBJ_NULL)
            return r;
    }
    if (plain == BOP_POW)
        raise_fmt(&type_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", binop_symbol[op],
                  obj_type_name(lhs), obj_type_name(rhs));
    if ((plain == BOP_MUL || plain == BOP_ADD) && obj_is_str(lhs) && !obj_is_str(rhs) && plain == BOP_ADD)
        raise_fmt(&type_TypeError, "can only concatenate str (not \"%s\") to str", obj_type_name(rhs));
    if (plain == BOP_ADD && obj_is_type(lhs, &type_list) && !inplace)
        raise_fmt(&type_TypeError, "can only concatenate list (not \"%s\") to list", obj_type_name(rhs));
    if (plain == BOP_ADD && obj_is_type(lhs, &type_tuple))
        raise_fmt(&type_TypeError, "can only concatenate tuple (not \"%s\") to tuple", obj_type_name(rhs));
    if (plain == BOP_MUL && (obj_get_type(lhs)->getiter || obj_get_type(rhs)->getiter) &&
        (obj_is_type(lhs, &type_float) || obj_is_type(rhs, &type_float) || obj_is_str(rhs) ||
         obj_is_type(rhs, &type_list) || obj_is_type(rhs, &type_tuple)))
        raise_fmt(&type_TypeError, "can't multiply sequence by non-int of type '%s'",
                  obj_type_name(obj_get_type(lhs)->getiter && !obj_is_type(lhs, &type_dict) ? rhs : lhs));
    raise_fmt(&type_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", binop_symbol[op],
              obj_type_name(lhs), obj_type_name(rhs));
}

bool obj_contains(obj_t container, obj_t item)
{
    const type_t *t = obj_get_type(container);
    obj_t r = try_binary(t, BOP_IN, container, item);
    if (r != OBJ_NULL)
        return obj_is_true(r);
    if (t->getiter == NULL && t->subscr == NULL)
        raise_fmt(&type_TypeError, "argument of type '%s' is not iterable", obj_type_name(container));
    obj_t it = getiter(container, NULL);
    obj_t v;
    while ((v = iternext(it)) != OBJ_STOP_ITERATION)
        if (v == item || obj_equal(v, item))
            return true;
    return false;
}

obj_t compare_op(binary_op_t op, obj_t lhs, obj_t rhs)
{
    switch (op) {
    case BOP_IS:
        return obj_new_bool(lhs == rhs);
    case BOP_IS_NOT:
        return obj_new_bool(lhs != rhs);
    case BOP_IN:
        return obj_new_bool(obj_contains(rhs, lhs));
    case BOP_NOT_IN:
        return obj_new_bool(!obj_contains(rhs, lhs));
    case BOP_EXC_MATCH:
        return obj_new_bool(exception_matches(lhs, rhs));
    default:
        break;
    }
    runtime_check_stack();
    const type_t *lt = obj_get_type(lhs), *rt = obj_get_type(rhs);
    binary_op_t sw = swapped_compare(op);
    obj_t r;
    bool right_first = rt != lt && (rt->flags & TYPE_FLAG_USER) && obj_is_subclass(rt, lt);
    if (right_first) {
        r = try_binary(rt, sw, rhs, lhs);
        if (r != OBJ_NULL)
            return r;
    }
    r = try_binary(lt, op, lhs, rhs);
    if (r != OBJ_NULL)
        return r;
    if (!right_first) {
        r = try_binary(rt, sw, rhs, lhs);
        if (r != OBJ_NULL)
            return r;
    }
    if (op == BOP_EQ)
        return obj_new_bool(lhs == rhs);
    if (op == BOP_NE)
        return obj_new_bool(lhs != rhs);
    raise_fmt(&type_TypeError, "'%s' not supported between instances of '%s' and '%s'", binop_symbol[op],
              obj_type_name(lhs), obj_type_name(rhs));
}
