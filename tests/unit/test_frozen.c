/* Unit tests for frozen.c and the data tools/cpfreeze wrote for it: every
 * frozen module equals its source in frozen/ compiled now by the normal
 * compiler (the bc_dump listings of the two, which show every field,
 * table and constant, recursively, are identical), and the frozen data
 * is what a board can keep in flash: nothing on the heap, no hash left
 * for str_hash to store, no name that is not a static qstr. */
#include "frozen.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpfreeze.h"
#include "gc.h"
#include "obj_fun.h"
#include "obj_str.h"
#include "parser.h"
#include "runtime.h"

#ifndef FROZEN_DIR
#error "build with -DFROZEN_DIR='\"<source tree>/frozen\"'"
#endif

static void setup(void)
{
    cpfreeze_port_init((size_t)64 << 20);
}

/* The source file of a frozen module: a.b -> a/b.py, package a -> a/__init__.py. */
static char *read_source(const frozen_module_t *fm, size_t *len)
{
    char path[512];
    int n = snprintf(path, sizeof path, "%s/%s%s", FROZEN_DIR, fm->name, fm->is_package ? "/__init__.py" : ".py");
    ck_assert(n > 0 && (size_t)n < sizeof path);
    for (char *p = path + strlen(FROZEN_DIR) + 1; *p; p++)
        if (*p == '.' && strcmp(p, ".py") != 0)
            *p = '/';
    FILE *fp = fopen(path, "rb");
    ck_assert_msg(fp != NULL, "cannot open %s", path);
    char *buf = malloc(1 << 20);
    *len = fread(buf, 1, 1 << 20, fp);
    ck_assert(*len < (1 << 20));
    fclose(fp);
    return buf;
}

static char *dump(const code_t *code)
{
    vstr_t v;
    print_t p;
    vstr_init(&v, 4096);
    vstr_print_init(&p, &v);
    bc_dump(&p, code);
    vstr_add_char(&v, '\0');
    return v.buf;
}

/* Fails at the first line where the two listings differ, showing it. */
static void assert_same_listing(const char *name, const char *want, const char *got)
{
    size_t line = 1, start = 0, i = 0;
    while (want[i] && want[i] == got[i]) {
        if (want[i] == '\n') {
            line++;
            start = i + 1;
        }
        i++;
    }
    if (want[i] == got[i])
        return;
    const char *w = want + start, *g = got + start;
    int wl = (int)strcspn(w, "\n"), gl = (int)strcspn(g, "\n");
    ck_abort_msg("%s: listing line %zu differs:\n  source: %.*s\n  frozen: %.*s", name, line, wl, w, gl, g);
}

START_TEST(test_frozen_equals_source)
{
    const frozen_module_t *fm;
    size_t n = 0;
    for (size_t i = 0; (fm = frozen_get(i)) != NULL; i++, n++) {
        size_t len;
        char *src = read_source(fm, &len);
        size_t qstrs = qstr_count();
        obj_t fun = compile_source(src, len, fm->code->filename, PARSE_FILE, false);
        /* the static pool has every name: compiling interned nothing */
        ck_assert_uint_eq(qstr_count(), qstrs);
        char *want = dump(((obj_fun_t *)fun)->code);
        char *got = dump(fm->code);
        assert_same_listing(fm->name, want, got);
        free(src);
    }
    ck_assert_uint_ge(n, 6); /* asyncio and its five submodules */
}
END_TEST

/* Walks a frozen code object: every pointer outside the heap, every str
 * with its hash, every name static. */
static void check_const(obj_t o);

static void check_code(const code_t *c)
{
    ck_assert(!gc_is_heap_ptr(c) && !gc_is_heap_ptr(c->bytecode) && !gc_is_heap_ptr(c->consts));
    ck_assert(!gc_is_heap_ptr(c->lines) && !gc_is_heap_ptr(c->slot_names) && !gc_is_heap_ptr(c->exc_table));
    ck_assert(c->name < QSTR_STATIC_COUNT && c->qualname < QSTR_STATIC_COUNT && c->filename < QSTR_STATIC_COUNT);
    for (size_t i = 0; i < c->n_slots; i++)
        ck_assert(c->slot_names[i] < QSTR_STATIC_COUNT);
    for (size_t i = 0; i < c->n_consts; i++)
        check_const(c->consts[i]);
    check_const(c->doc);
}

static void check_const(obj_t o)
{
    if (obj_is_qstr(o)) {
        ck_assert(obj_qstr_value(o) < QSTR_STATIC_COUNT);
        return;
    }
    if (!obj_is_ptr(o))
        return;
    ck_assert(!gc_is_heap_ptr(o));
    if (obj_is_type(o, &type_str) || obj_is_type(o, &type_bytes)) {
        const obj_str_t *s = o;
        ck_assert(s->hash != 0 && s->hash == qstr_compute_hash(s->data, s->len));
    } else if (obj_is_type(o, &type_tuple)) {
        const obj_tuple_t *t = o;
        for (size_t i = 0; i < t->len; i++)
            check_const(t->items[i]);
    } else if (obj_is_type(o, &type_code)) {
        check_code(o);
    }
}

START_TEST(test_frozen_is_const_data)
{
    const frozen_module_t *fm;
    for (size_t i = 0; (fm = frozen_get(i)) != NULL; i++)
        check_code(fm->code);
}
END_TEST

START_TEST(test_find)
{
    const frozen_module_t *fm = frozen_find("asyncio.core", 12);
    ck_assert(fm != NULL && !fm->is_package);
    ck_assert_str_eq(qstr_str(fm->code->filename), "<frozen asyncio.core>");
    fm = frozen_find("asyncio", 7);
    ck_assert(fm != NULL && fm->is_package);
    ck_assert_str_eq(qstr_str(fm->code->filename), "<frozen asyncio>");
    ck_assert(frozen_find("asyncio.cor", 11) == NULL);
    ck_assert(frozen_find("asyncio.core.x", 14) == NULL);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("frozen");
    TCase *tc = tcase_create("frozen");
    tcase_set_timeout(tc, 60);
    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_add_test(tc, test_frozen_equals_source);
    tcase_add_test(tc, test_frozen_is_const_data);
    tcase_add_test(tc, test_find);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
