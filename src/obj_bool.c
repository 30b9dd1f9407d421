/*
 * bool: the two objects True and False, a subclass of int whose values
 * are 1 and 0. Arithmetic is int's (int_binary_op and int_unary_op accept
 * bools); only &, | and ^ between two bools give a bool, and repr differs.
 */
#include "obj_int_impl.h"
#include "runtime.h"

const obj_bool_t obj_true_ = {{&type_bool}, true};
const obj_bool_t obj_false_ = {{&type_bool}, false};

static obj_t bool_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    if (n_kw)
        raise_msg(&type_TypeError, "bool() takes no keyword arguments");
    if (n_args > 1)
        raise_fmt(&type_TypeError, "bool expected at most 1 argument, got %zu", n_args);
    return obj_new_bool(n_args == 1 && obj_is_true(args[0]));
}

static void bool_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    print_str(p, ((obj_bool_t *)o)->value ? "True" : "False");
}

static obj_t bool_unary_op(unary_op_t op, obj_t o)
{
    if (op == UOP_BOOL)
        return o;
    return int_unary_op(op, o);
}

static obj_t bool_binary_op(binary_op_t op, obj_t lhs, obj_t rhs)
{
    binary_op_t plain = op;
    if (op >= BOP_REVERSE_OR)
        plain = (binary_op_t)(op - BOP_REVERSE_OFFSET);
    else if (op >= BOP_INPLACE_OR)
        plain = (binary_op_t)(op - BOP_INPLACE_OFFSET);
    if ((plain == BOP_AND || plain == BOP_OR || plain == BOP_XOR) && obj_is_type(lhs, &type_bool) &&
        obj_is_type(rhs, &type_bool)) {
        bool a = ((obj_bool_t *)lhs)->value, b = ((obj_bool_t *)rhs)->value;
        return obj_new_bool(plain == BOP_AND ? (a & b) : plain == BOP_OR ? (a | b) : (a ^ b));
    }
    return int_binary_op(op, lhs, rhs);
}

const type_t type_bool = {
    .base = {&type_type},
    .name = Q_bool,
    .make_new = bool_make_new,
    .print = bool_print,
    .unary_op = bool_unary_op,
    .binary_op = bool_binary_op,
    .attr = int_attr,
    .parent = &type_int,
};
