/*
 * The bytecode interpreter loop (see vm.h and bc.h).
 *
 * Invariants:
 *  - f->ip points at the instruction being executed, so an exception that
 *    unwinds into this frame (via nlr) can find its handler and line.
 *  - vm.frame is f while f runs; it is restored to f->back on every exit.
 *  - Between instructions the stack holds exactly what the compiler's depth
 *    accounting says; a handler cuts it to the table's depth and pushes the
 *    exception.
 */
#include "vm.h"

#include <string.h>

#include "map.h"
#include "mem.h"
#include "obj_fun.h"
#include "obj_gen.h"
#include "obj_slice.h"
#include "obj_type.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_dict.h"
#include "obj_range.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_set.h"
#include "port.h"
#include "runtime.h"

size_t vm_frame_size(const code_t *code)
{
    return sizeof(frame_t) + (code->n_slots + code->stack_size) * sizeof(obj_t);
}

static uintptr_t read_uint(const uint8_t **ipp)
{
    const uint8_t *ip = *ipp;
    uintptr_t v = *ip & 0x7f;
    unsigned shift = 7;
    while (*ip++ & 0x80) {
        v |= (uintptr_t)(*ip & 0x7f) << shift;
        shift += 7;
    }
    *ipp = ip;
    return v;
}

static intptr_t read_sint(const uint8_t **ipp)
{
    uintptr_t u = read_uint(ipp);
    return (u & 1) ? (intptr_t)~(u >> 1) : (intptr_t)(u >> 1);
}

static uint32_t read_jump(const uint8_t *ip)
{
    return (uint32_t)ip[0] | ((uint32_t)ip[1] << 8) | ((uint32_t)ip[2] << 16);
}

uint32_t code_line_for_offset(const code_t *code, uint32_t offset)
{
    uint32_t line = code->first_line, off = 0;
    const uint8_t *p = code->lines, *end = p + code->lines_len;
    while (p < end) {
        uintptr_t d_off = read_uint(&p);
        uintptr_t d_line = read_uint(&p);
        if (off + d_off > offset)
            break;
        off += (uint32_t)d_off;
        line = (d_line & 1) ? line - (uint32_t)(d_line >> 1) : line + (uint32_t)(d_line >> 1);
    }
    return line;
}

uint32_t vm_frame_line(const frame_t *f)
{
    return code_line_for_offset(f->code, (uint32_t)(f->ip - f->code->bytecode));
}

static const exc_entry_t *find_handler(const code_t *code, uint32_t offset)
{
    for (size_t i = 0; i < code->n_exc; i++) {
        const exc_entry_t *e = &code->exc_table[i];
        if (offset >= e->start && offset < e->end)
            return e;
    }
    return NULL;
}

static _Noreturn void raise_unbound_local(const frame_t *f, size_t slot)
{
    qstr name = f->code->slot_names[slot];
    if (slot >= (size_t)(f->code->n_slots - f->code->n_free))
        raise_fmt(&type_NameError, "cannot access free variable '%q' where it is not associated with a value in enclosing scope", name);
    raise_fmt(&type_UnboundLocalError, "cannot access local variable '%q' where it is not associated with a value", name);
}

static obj_t load_name_op(frame_t *f, qstr name)
{
    if (f->locals && f->locals != f->globals) {
        map_elem_t *e = map_lookup_qstr(&f->locals->map, name);
        if (e)
            return e->value;
    }
    return load_global(f->globals, name);
}

static void store_in(obj_dict_t *d, qstr name, obj_t v)
{
    map_store_qstr(&d->map, name, v);
}

static void delete_in(obj_dict_t *d, qstr name)
{
    if (!map_lookup(&d->map, obj_new_qstr(name), MAP_REMOVE))
        raise_fmt(&type_NameError, "name '%q' is not defined", name);
}

/* f(**m): m must be a mapping and may not repeat a keyword. */
static void merge_kwargs(obj_t d, obj_t m)
{
    obj_t keys = load_attr_maybe(m, Q_keys);
    if (keys == OBJ_NULL)
        raise_fmt(&type_TypeError, "argument after ** must be a mapping, not %s", obj_type_name(m));
    obj_t it = getiter(call0(keys), NULL), k;
    while ((k = iternext(it)) != OBJ_STOP_ITERATION) {
        if (!obj_is_str(k))
            raise_msg(&type_TypeError, "keywords must be strings");
        if (dict_lookup(d, k) != OBJ_NULL)
            raise_fmt(&type_TypeError, "got multiple values for keyword argument '%S'", k);
        dict_store(d, k, obj_subscr(m, k, OBJ_SENTINEL));
    }
}

static obj_t make_function(frame_t *f, unsigned flags, obj_t **spp)
{
    obj_t *sp = *spp;
    obj_t code = *sp--;
    obj_t closure = (flags & 4) ? *sp-- : OBJ_NULL;
    obj_t annotations = (flags & 8) ? *sp-- : OBJ_NULL;
    obj_t kwdefaults = (flags & 2) ? *sp-- : OBJ_NULL;
    obj_t defaults = (flags & 1) ? *sp-- : OBJ_NULL;
    *spp = sp;
    obj_t fun = fun_new(code, defaults, kwdefaults, closure, f->globals);
    if (annotations)
        store_attr(fun, Q___annotations__, annotations);
    return fun;
}

static obj_t format_value(obj_t v, unsigned flags, obj_t spec)
{
    switch (flags & 3) {
    case 1:
        v = obj_repr(v);
        break;
    case 2:
        v = obj_str(v);
        break;
    case 3:
        v = obj_ascii(v);
        break;
    }
    if (spec == OBJ_NULL && obj_is_str(v))
        return v;
    return format_obj(v, spec ? spec : obj_new_qstr(Q_empty));
}

static obj_t build_string(size_t n, obj_t *items)
{
    vstr_t v;
    vstr_init(&v, 16);
    for (size_t i = 0; i < n; i++) {
        size_t len;
        const char *s = str_get_data(items[i], &len);
        vstr_add_strn(&v, s, len);
    }
    return vstr_to_str(&v);
}

static void with_enter(obj_t mgr, obj_t *sp, bool is_async)
{
    obj_t dest[2];
    qstr enter = is_async ? Q___aenter__ : Q___enter__;
    qstr exit = is_async ? Q___aexit__ : Q___exit__;
    load_method_maybe(mgr, enter, dest);
    if (dest[0] == OBJ_NULL)
        raise_fmt(&type_TypeError, is_async ? "'%T' object does not support the asynchronous context manager protocol"
                                            : "'%T' object does not support the context manager protocol", mgr);
    obj_t exit_dest[2];
    load_method_maybe(mgr, exit, exit_dest);
    if (exit_dest[0] == OBJ_NULL)
        raise_fmt(&type_TypeError, is_async ? "'%T' object does not support the asynchronous context manager protocol (missed __aexit__ method)"
                                            : "'%T' object does not support the context manager protocol (missed __exit__ method)", mgr);
    sp[0] = exit_dest[1] ? bound_method_new(exit_dest[0], exit_dest[1]) : exit_dest[0];
    sp[1] = call_method(0, 0, dest);
}

static obj_t call_exit(obj_t exit, obj_t exc)
{
    obj_t args[3] = {OBJ_NONE, OBJ_NONE, OBJ_NONE};
    if (exc) {
        args[0] = (obj_t)obj_get_type(exc);
        args[1] = exc;
        args[2] = exception_get_traceback(exc);
    }
    return call(exit, 3, 0, args);
}

/* One step of "yield from": send v to the delegate; returns true with the
 * value to yield in *out, or false with the delegate's return value. */
static bool yield_from_step(obj_t recv, obj_t v, obj_t throw_exc, obj_t *out)
{
    obj_t r;
    if (throw_exc)
        r = gen_throw_into(recv, throw_exc);
    else
        r = gen_send_into(recv, v);
    if (r != OBJ_STOP_ITERATION) {
        *out = r;
        return true;
    }
    *out = gen_take_return_value(recv);
    return false;
}

#define PUSH(v) (*++sp = (v))
#define POP() (*sp--)
#define TOP() (*sp)
#define SET_TOP(v) (*sp = (v))

obj_t vm_run(frame_t *f, obj_t send_arg, obj_t throw_exc, vm_status_t *status)
{
    obj_t volatile send = send_arg; /* reset in the handler path below */
    const code_t *code = f->code;
    const uint8_t *bc = code->bytecode;
    obj_t *stack = f->slots + code->n_slots;
    obj_t *volatile sp_saved;
    nlr_buf_t nlr;
    volatile bool skip_tb = false;
    obj_t volatile pending_throw = throw_exc;

    f->back = vm.frame;
    vm.frame = f;
    if (f->started) {
        sp_saved = f->sp;
    } else {
        sp_saved = stack - 1;
        f->ip = bc;
        f->started = true;
        send = OBJ_NULL;
    }

resume:
    if (nlr_push(&nlr) == 0) {
        const uint8_t *ip = f->ip;
        obj_t *sp = sp_saved;
        obj_t *slots = f->slots;
        if (pending_throw) {
            obj_t t = pending_throw;
            pending_throw = OBJ_NULL;
            if (*ip != BC_YIELD_FROM)
                raise_obj(t);
            obj_t out;
            if (yield_from_step(sp[0], OBJ_NULL, t, &out)) {
                f->sp = sp;
                nlr_pop();
                vm.frame = f->back;
                *status = VM_YIELD;
                return out;
            }
            SET_TOP(out);
            ip++;
        }
        if (send != OBJ_NULL) {
            *++sp = send;
            send = OBJ_NULL;
        }

        for (;;) {
            f->ip = ip;
            bc_op_t op = (bc_op_t)*ip++;
            switch (op) {
            case BC_NOP:
                break;
            case BC_POP_TOP:
                sp--;
                break;
            case BC_ROT_TWO: {
                obj_t t = sp[0];
                sp[0] = sp[-1];
                sp[-1] = t;
                break;
            }
            case BC_ROT_THREE: {
                obj_t t = sp[0];
                sp[0] = sp[-1];
                sp[-1] = sp[-2];
                sp[-2] = t;
                break;
            }
            case BC_DUP_TOP:
                sp[1] = sp[0];
                sp++;
                break;
            case BC_DUP_TOP_TWO:
                sp[1] = sp[-1];
                sp[2] = sp[0];
                sp += 2;
                break;
            case BC_LOAD_CONST:
                PUSH(code->consts[read_uint(&ip)]);
                break;
            case BC_LOAD_NONE:
                PUSH(OBJ_NONE);
                break;
            case BC_LOAD_TRUE:
                PUSH(OBJ_TRUE);
                break;
            case BC_LOAD_FALSE:
                PUSH(OBJ_FALSE);
                break;
            case BC_LOAD_SMALL_INT:
                PUSH(obj_new_small_int(read_sint(&ip)));
                break;
            case BC_LOAD_FAST: {
                uintptr_t i = read_uint(&ip);
                obj_t v = slots[i];
                if (v == OBJ_NULL)
                    raise_unbound_local(f, i);
                PUSH(v);
                break;
            }
            case BC_STORE_FAST:
                slots[read_uint(&ip)] = POP();
                break;
            case BC_DELETE_FAST: {
                uintptr_t i = read_uint(&ip);
                if (slots[i] == OBJ_NULL)
                    raise_unbound_local(f, i);
                slots[i] = OBJ_NULL;
                break;
            }
            case BC_LOAD_DEREF:
            case BC_LOAD_CLASSDEREF: {
                uintptr_t i = read_uint(&ip);
                obj_cell_t *cell = slots[i];
                if (op == BC_LOAD_CLASSDEREF && f->locals) {
                    map_elem_t *e = map_lookup_qstr(&f->locals->map, code->slot_names[i]);
                    if (e) {
                        PUSH(e->value);
                        break;
                    }
                }
                if (cell->value == OBJ_NULL)
                    raise_unbound_local(f, i);
                PUSH(cell->value);
                break;
            }
            case BC_STORE_DEREF:
                ((obj_cell_t *)slots[read_uint(&ip)])->value = POP();
                break;
            case BC_DELETE_DEREF: {
                uintptr_t i = read_uint(&ip);
                obj_cell_t *cell = slots[i];
                if (cell->value == OBJ_NULL)
                    raise_unbound_local(f, i);
                cell->value = OBJ_NULL;
                break;
            }
            case BC_LOAD_CLOSURE:
                PUSH(slots[read_uint(&ip)]);
                break;
            case BC_LOAD_GLOBAL:
                PUSH(load_global(f->globals, (qstr)read_uint(&ip)));
                break;
            case BC_STORE_GLOBAL:
                store_in(f->globals, (qstr)read_uint(&ip), POP());
                break;
            case BC_DELETE_GLOBAL:
                delete_in(f->globals, (qstr)read_uint(&ip));
                break;
            case BC_LOAD_NAME:
                PUSH(load_name_op(f, (qstr)read_uint(&ip)));
                break;
            case BC_STORE_NAME:
                store_in(f->locals ? f->locals : f->globals, (qstr)read_uint(&ip), POP());
                break;
            case BC_DELETE_NAME:
                delete_in(f->locals ? f->locals : f->globals, (qstr)read_uint(&ip));
                break;
            case BC_LOAD_ATTR:
                SET_TOP(load_attr(TOP(), (qstr)read_uint(&ip)));
                break;
            case BC_STORE_ATTR: {
                qstr q = (qstr)read_uint(&ip);
                store_attr(sp[0], q, sp[-1]);
                sp -= 2;
                break;
            }
            case BC_DELETE_ATTR:
                store_attr(POP(), (qstr)read_uint(&ip), OBJ_NULL);
                break;
            case BC_LOAD_METHOD: {
                qstr q = (qstr)read_uint(&ip);
                load_method(sp[0], q, sp);
                sp++;
                break;
            }
            case BC_LOAD_SUBSCR: {
                obj_t idx = POP();
                SET_TOP(obj_subscr(TOP(), idx, OBJ_SENTINEL));
                break;
            }
            case BC_STORE_SUBSCR:
                obj_subscr(sp[-1], sp[0], sp[-2]);
                sp -= 3;
                break;
            case BC_DELETE_SUBSCR:
                obj_subscr(sp[-1], sp[0], OBJ_NULL);
                sp -= 2;
                break;
            case BC_BUILD_SLICE: {
                uintptr_t n = read_uint(&ip);
                obj_t step = n == 3 ? POP() : OBJ_NONE;
                obj_t stop = POP();
                SET_TOP(obj_new_slice(TOP(), stop, step));
                break;
            }
            case BC_BUILD_TUPLE: {
                uintptr_t n = read_uint(&ip);
                sp -= n;
                obj_t t = obj_new_tuple(n, sp + 1);
                *++sp = t;
                break;
            }
            case BC_BUILD_LIST: {
                uintptr_t n = read_uint(&ip);
                sp -= n;
                obj_t t = obj_new_list(n, sp + 1);
                *++sp = t;
                break;
            }
            case BC_BUILD_SET: {
                uintptr_t n = read_uint(&ip);
                sp -= n;
                obj_t t = obj_new_set(n, sp + 1);
                *++sp = t;
                break;
            }
            case BC_BUILD_MAP: {
                uintptr_t n = read_uint(&ip);
                obj_t d = obj_new_dict(n);
                sp -= 2 * n;
                for (uintptr_t i = 0; i < n; i++)
                    dict_store(d, sp[1 + 2 * i], sp[2 + 2 * i]);
                *++sp = d;
                break;
            }
            case BC_BUILD_STRING: {
                uintptr_t n = read_uint(&ip);
                sp -= n;
                obj_t t = build_string(n, sp + 1);
                *++sp = t;
                break;
            }
            case BC_LIST_APPEND: {
                uintptr_t n = read_uint(&ip);
                obj_t v = POP();
                list_append(sp[1 - (intptr_t)n], v);
                break;
            }
            case BC_SET_ADD: {
                uintptr_t n = read_uint(&ip);
                obj_t v = POP();
                set_add(sp[1 - (intptr_t)n], v);
                break;
            }
            case BC_MAP_ADD: {
                uintptr_t n = read_uint(&ip);
                obj_t v = POP();
                obj_t k = POP();
                dict_store(sp[1 - (intptr_t)n], k, v);
                break;
            }
            case BC_LIST_EXTEND: {
                uintptr_t n = read_uint(&ip);
                obj_t v = POP();
                if (obj_get_type(v)->getiter == NULL && obj_get_type(v)->subscr == NULL)
                    raise_fmt(&type_TypeError, "Value after * must be an iterable, not %s", obj_type_name(v));
                list_extend(sp[1 - (intptr_t)n], v);
                break;
            }
            case BC_SET_UPDATE: {
                uintptr_t n = read_uint(&ip);
                obj_t v = POP();
                set_update(sp[1 - (intptr_t)n], v);
                break;
            }
            case BC_DICT_UPDATE: {
                uintptr_t n = read_uint(&ip);
                obj_t v = POP();
                dict_merge(sp[1 - (intptr_t)n], v);
                break;
            }
            case BC_DICT_MERGE: {
                uintptr_t n = read_uint(&ip);
                obj_t v = POP();
                merge_kwargs(sp[1 - (intptr_t)n], v);
                break;
            }
            case BC_LIST_TO_TUPLE: {
                obj_list_t *l = TOP();
                SET_TOP(obj_new_tuple(l->len, l->items));
                break;
            }
            case BC_UNPACK_SEQUENCE: {
                uintptr_t n = read_uint(&ip);
                obj_t seq = POP();
                obj_t *items = sp + 1;
                unpack_sequence(seq, n, items);
                /* first item on top */
                for (uintptr_t i = 0; i < n / 2; i++) {
                    obj_t t = items[i];
                    items[i] = items[n - 1 - i];
                    items[n - 1 - i] = t;
                }
                sp += n;
                break;
            }
            case BC_UNPACK_EX: {
                uintptr_t arg = read_uint(&ip);
                size_t before = arg & 0xff, after = arg >> 8, n = before + 1 + after;
                obj_t seq = POP();
                obj_t *items = sp + 1;
                unpack_ex(seq, before, after, items);
                for (size_t i = 0; i < n / 2; i++) {
                    obj_t t = items[i];
                    items[i] = items[n - 1 - i];
                    items[n - 1 - i] = t;
                }
                sp += n;
                break;
            }
            case BC_UNARY_OP: {
                unary_op_t u = (unary_op_t)read_uint(&ip);
                obj_t v = TOP();
                if (u == UOP_NOT)
                    SET_TOP(obj_new_bool(!obj_is_true(v)));
                else if (u == UOP_NEG && obj_is_small_int(v) && obj_small_int_value(v) != SMALL_INT_MIN)
                    SET_TOP(obj_new_small_int(-obj_small_int_value(v)));
                else
                    SET_TOP(unary_op(u, v));
                break;
            }
            case BC_BINARY_OP: {
                binary_op_t bop = (binary_op_t)read_uint(&ip);
                obj_t rhs = POP(), lhs = TOP();
                if (obj_is_small_int(lhs) && obj_is_small_int(rhs)) {
                    intptr_t a = obj_small_int_value(lhs), b = obj_small_int_value(rhs), r;
                    switch (bop) {
                    case BOP_ADD:
                    case BOP_INPLACE_ADD:
                        r = a + b; /* cannot overflow intptr: small ints are 1 bit short */
                        if (small_int_fits(r)) {
                            SET_TOP(obj_new_small_int(r));
                            goto next;
                        }
                        break;
                    case BOP_SUB:
                    case BOP_INPLACE_SUB:
                        r = a - b;
                        if (small_int_fits(r)) {
                            SET_TOP(obj_new_small_int(r));
                            goto next;
                        }
                        break;
                    default:
                        break;
                    }
                }
                SET_TOP(binary_op(bop, lhs, rhs));
            next:
                break;
            }
            case BC_COMPARE_OP: {
                binary_op_t bop = (binary_op_t)read_uint(&ip);
                obj_t rhs = POP(), lhs = TOP();
                if (obj_is_small_int(lhs) && obj_is_small_int(rhs)) {
                    intptr_t a = obj_small_int_value(lhs), b = obj_small_int_value(rhs);
                    bool r;
                    switch (bop) {
                    case BOP_LT: r = a < b; break;
                    case BOP_GT: r = a > b; break;
                    case BOP_LE: r = a <= b; break;
                    case BOP_GE: r = a >= b; break;
                    case BOP_EQ: case BOP_IS: r = a == b; break;
                    case BOP_NE: case BOP_IS_NOT: r = a != b; break;
                    default: goto slow_cmp;
                    }
                    SET_TOP(obj_new_bool(r));
                    break;
                }
            slow_cmp:
                SET_TOP(compare_op(bop, lhs, rhs));
                break;
            }
            case BC_FORMAT_VALUE: {
                uintptr_t flags = read_uint(&ip);
                obj_t spec = (flags & 4) ? POP() : OBJ_NULL;
                SET_TOP(format_value(TOP(), (unsigned)flags, spec));
                break;
            }
            case BC_JUMP: {
                const uint8_t *target = bc + read_jump(ip);
                if (target < ip && port_interrupt_pending)
                    runtime_check_interrupt();
                ip = target;
                break;
            }
            case BC_POP_JUMP_IF_FALSE: {
                obj_t v = POP();
                if (v == OBJ_FALSE || (v != OBJ_TRUE && !obj_is_true(v)))
                    ip = bc + read_jump(ip);
                else
                    ip += 3;
                break;
            }
            case BC_POP_JUMP_IF_TRUE: {
                obj_t v = POP();
                if (v == OBJ_TRUE || (v != OBJ_FALSE && obj_is_true(v)))
                    ip = bc + read_jump(ip);
                else
                    ip += 3;
                break;
            }
            case BC_JUMP_IF_FALSE_OR_POP:
                if (!obj_is_true(TOP()))
                    ip = bc + read_jump(ip);
                else
                    ip += 3, sp--;
                break;
            case BC_JUMP_IF_TRUE_OR_POP:
                if (obj_is_true(TOP()))
                    ip = bc + read_jump(ip);
                else
                    ip += 3, sp--;
                break;
            case BC_GET_ITER:
                SET_TOP(getiter(TOP(), NULL));
                break;
            case BC_FOR_ITER: {
                obj_t it = TOP();
                obj_t v;
                if (obj_is_type(it, &type_range_iter)) {
                    obj_range_iter_t *r = it;
                    if (r->remaining) {
                        r->remaining--;
                        v = obj_new_int(r->cur);
                        r->cur += r->step;
                    } else {
                        v = OBJ_STOP_ITERATION;
                    }
                } else {
                    v = iternext(it);
                }
                if (v == OBJ_STOP_ITERATION) {
                    sp--;
                    ip = bc + read_jump(ip);
                } else {
                    PUSH(v);
                    ip += 3;
                }
                if (port_interrupt_pending)
                    runtime_check_interrupt();
                break;
            }
            case BC_CALL_FUNCTION: {
                uintptr_t arg = read_uint(&ip);
                size_t n_args = arg & 0xff, n_kw = arg >> 8;
                sp -= n_args + 2 * n_kw;
                SET_TOP(call(TOP(), n_args, n_kw, sp + 1));
                break;
            }
            case BC_CALL_METHOD: {
                uintptr_t arg = read_uint(&ip);
                size_t n_args = arg & 0xff, n_kw = arg >> 8;
                sp -= n_args + 2 * n_kw + 1;
                SET_TOP(call_method(n_args, n_kw, sp));
                break;
            }
            case BC_CALL_FUNCTION_EX: {
                uintptr_t has_kw = read_uint(&ip);
                obj_t kw = has_kw ? POP() : OBJ_NULL;
                obj_t args = POP();
                SET_TOP(call_ex(TOP(), args, kw));
                break;
            }
            case BC_MAKE_FUNCTION: {
                unsigned flags = (unsigned)read_uint(&ip);
                obj_t fn = make_function(f, flags, &sp);
                PUSH(fn);
                break;
            }
            case BC_RETURN_VALUE: {
                obj_t v = POP();
                nlr_pop();
                vm.frame = f->back;
                f->ip = ip - 1;
                *status = VM_RETURN;
                return v;
            }
            case BC_RAISE_VARARGS: {
                uintptr_t n = read_uint(&ip);
                if (n == 0) {
                    if (vm.cur_exc == OBJ_NULL)
                        raise_msg(&type_RuntimeError, "No active exception to reraise");
                    skip_tb = true;
                    nlr_jump(vm.cur_exc);
                }
                obj_t cause = OBJ_NULL;
                if (n == 2)
                    cause = POP();
                obj_t exc = exception_make(POP());
                if (n == 2)
                    exception_set_cause(exc, cause);
                raise_obj(exc);
            }
            case BC_RERAISE: {
                obj_t exc = POP();
                skip_tb = true;
                nlr_jump(exc);
            }
            case BC_PUSH_EXC_INFO: {
                obj_t exc = TOP();
                SET_TOP(vm.cur_exc ? vm.cur_exc : OBJ_NONE);
                PUSH(exc);
                vm.cur_exc = exc;
                break;
            }
            case BC_POP_EXCEPT: {
                obj_t prev = POP();
                vm.cur_exc = prev == OBJ_NONE ? OBJ_NULL : prev;
                break;
            }
            case BC_POP_EXCEPT_AND_RERAISE: {
                obj_t exc = POP();
                obj_t prev = POP();
                vm.cur_exc = prev == OBJ_NONE ? OBJ_NULL : prev;
                skip_tb = true;
                nlr_jump(exc);
            }
            case BC_CHECK_EXC_MATCH: {
                obj_t type = POP();
                {
                    obj_t t = obj_new_bool(exception_matches(TOP(), type));
                    PUSH(t);
                }
                break;
            }
            case BC_WITH_ENTER:
            case BC_ASYNC_WITH_ENTER: {
                obj_t mgr = POP();
                with_enter(mgr, sp + 1, op == BC_ASYNC_WITH_ENTER);
                sp += 2;
                break;
            }
            case BC_WITH_EXIT:
                call_exit(POP(), OBJ_NULL);
                break;
            case BC_ASYNC_WITH_EXIT:
                {
                    obj_t t = call_exit(TOP(), OBJ_NULL);
                    PUSH(t);
                }
                break;
            case BC_WITH_EXCEPT_START:
            case BC_ASYNC_WITH_EXCEPT_START: {
                /* exit, prev, exc */
                obj_t r = call_exit(sp[-2], sp[0]);
                PUSH(r);
                break;
            }
            case BC_LOAD_BUILD_CLASS:
                PUSH(builtin_build_class_obj());
                break;
            case BC_IMPORT_NAME: {
                qstr name = (qstr)read_uint(&ip);
                obj_t fromlist = POP();
                obj_t level = TOP();
                SET_TOP(import_name(name, fromlist, (int)obj_small_int_value(level), f->globals));
                break;
            }
            case BC_IMPORT_FROM: {
                qstr name = (qstr)read_uint(&ip);
                obj_t v = import_from(TOP(), name);
                PUSH(v);
                break;
            }
            case BC_IMPORT_STAR:
                import_all(POP(), f->locals ? f->locals : f->globals);
                break;
            case BC_YIELD_VALUE: {
                obj_t v = POP();
                /* an async generator's own yields are told apart from the
                   yields of the awaits inside it */
                if (code->flags & CODE_ASYNC_GENERATOR)
                    v = async_gen_wrap(v);
                f->sp = sp;
                f->ip = ip;
                nlr_pop();
                vm.frame = f->back;
                *status = VM_YIELD;
                return v;
            }
            case BC_YIELD_FROM: {
                obj_t v = POP();
                obj_t out;
                if (yield_from_step(TOP(), v, OBJ_NULL, &out)) {
                    /* resume here: the sent value is pushed and we re-run */
                    f->sp = sp;
                    f->ip = ip - 1;
                    nlr_pop();
                    vm.frame = f->back;
                    *status = VM_YIELD;
                    return out;
                }
                SET_TOP(out);
                break;
            }
            case BC_GET_AWAITABLE:
                SET_TOP(gen_get_awaitable(TOP()));
                break;
            case BC_GET_AITER:
                SET_TOP(gen_get_aiter(TOP()));
                break;
            case BC_GET_ANEXT:
                {
                    obj_t t = gen_get_anext(TOP());
                    PUSH(t);
                }
                break;
            case BC_END_ASYNC_FOR: {
                obj_t exc = POP();
                if (!exception_is(exc, &type_StopAsyncIteration)) {
                    skip_tb = true;
                    nlr_jump(exc);
                }
                sp--; /* the async iterator */
                break;
            }
            case BC_LOAD_ASSERTION_ERROR:
                PUSH((obj_t)&type_AssertionError);
                break;
            case BC_PRINT_EXPR: {
                obj_t v = POP();
                if (v != OBJ_NONE) {
                    obj_print(&print_stdout, v, PRINT_REPR);
                    print_str(&print_stdout, "\n");
                    store_in(vm.builtins, Q__, v);
                }
                break;
            }
            default:
                raise_msg(&type_SystemError, "bad opcode");
            }
        }
    } else {
        /* An exception unwound into this frame. */
        obj_t exc = nlr.value;
        if (!skip_tb && exc != vm.memory_error)
            exception_add_traceback(exc, code->filename, vm_frame_line(f), code->name);
        skip_tb = false;
        const exc_entry_t *h = find_handler(code, (uint32_t)(f->ip - bc));
        /* the host is ending the program: no handler may keep it going */
        if (h == NULL || port_interrupt_pending == PORT_INTERRUPT_STOP) {
            vm.frame = f->back;
            nlr_jump(exc);
        }
        obj_t *sp = stack + h->depth - 1;
        *++sp = exc;
        sp_saved = sp;
        f->ip = bc + h->handler;
        send = OBJ_NULL;
        goto resume;
    }
}
