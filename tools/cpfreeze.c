/*
 * cpfreeze: the frozen-module compiler (see cpfreeze.h).
 *
 * Usage: cpfreeze OUTPUT ROOT FILE...
 *
 * Each FILE (a path under ROOT) is a frozen module: ROOT/asyncio/core.py
 * is "asyncio.core", an __init__.py makes its directory a package. Each
 * is compiled as the interpreter compiles a file it imports, with
 * "<frozen NAME>" as the file name tracebacks show. OUTPUT is written only
 * when every module compiled and froze; it is a header for src/frozen.c.
 *
 * Names in bytecode are qstr numbers, so compiling must not intern any
 * text the static pool lacks (makeqstrdefs.py collects them with
 * frozen_scan.py): a run-time qstr would have a number that means nothing
 * in the binary. cpfreeze stops with an error naming the text instead.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cpfreeze.h"
#include "frozen.h"
#include "nlr.h"
#include "obj_fun.h"
#include "parser.h"
#include "qstr.h"
#include "runtime.h"

#define HEAP_BYTES ((size_t)64 << 20)

static const char *const qstr_names[] = {
    NULL,
#define QDEF(id, hash, len, str) #id,
#include "genhdr/qstrdefs.h"
#undef QDEF
};

const char *frz_qstr_name(unsigned q)
{
    return q > 0 && q < QSTR_STATIC_COUNT ? qstr_names[q] : NULL;
}

/* src/frozen.c is left out (it holds the output): no module is frozen
 * while cpfreeze runs. */
const frozen_module_t *frozen_find(const char *name, size_t len)
{
    (void)name;
    (void)len;
    return NULL;
}

const frozen_module_t *frozen_get(size_t i)
{
    (void)i;
    return NULL;
}

void frz_error(frz_t *f, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "cpfreeze: %s: ", f->path);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    f->failed = true;
}

static char *read_file(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return NULL;
    size_t n = 0, alloc = 4096;
    char *buf = malloc(alloc);
    size_t got;
    while (buf && (got = fread(buf + n, 1, alloc - n, fp)) > 0) {
        n += got;
        if (n == alloc)
            buf = realloc(buf, alloc *= 2);
    }
    if (ferror(fp)) {
        free(buf);
        buf = NULL;
    }
    fclose(fp);
    *len = n;
    return buf;
}

/* The dotted module name of path under root, and whether it is a package
 * (ROOT/a/__init__.py is package "a"); NULL if path is not ROOT/...py. */
static char *module_name(const char *root, const char *path, bool *is_pkg)
{
    size_t rl = strlen(root), pl = strlen(path);
    while (rl && root[rl - 1] == '/')
        rl--;
    if (pl <= rl + 4 || strncmp(path, root, rl) != 0 || path[rl] != '/' || strcmp(path + pl - 3, ".py") != 0)
        return NULL;
    size_t nl = pl - rl - 4;
    char *name = malloc(nl + 1);
    memcpy(name, path + rl + 1, nl);
    name[nl] = '\0';
    for (char *p = name; *p; p++)
        if (*p == '/')
            *p = '.';
    *is_pkg = nl >= 8 && strcmp(name + nl - 8, "__init__") == 0 && (nl == 8 || name[nl - 9] == '.');
    if (*is_pkg)
        name[nl > 8 ? nl - 9 : 0] = '\0';
    return name;
}

/* Compiles src as module file; returns its code object, or NULL with the
 * exception printed. Kept out of line so that no local of a caller is
 * live across nlr_push's setjmp. */
FRZ_NOINLINE static const code_t *compile_text(const char *src, size_t len, qstr file)
{
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        obj_t fun = compile_source(src, len, file, PARSE_FILE, false);
        nlr_pop();
        return ((const obj_fun_t *)fun)->code;
    }
    exception_print(&print_stderr, nlr.value);
    return NULL;
}

/* Compiles one module; returns its code object or NULL (error printed). */
static const code_t *compile_module(frz_t *f, const char *name)
{
    char fname[512];
    snprintf(fname, sizeof fname, "<frozen %s>", name);
    qstr file = qstr_find_strn(fname, strlen(fname));
    if (file == QSTR_NULL || file >= QSTR_STATIC_COUNT) {
        frz_error(f, "qstr '%s' is not static (is the file listed for makeqstrdefs.py?)", fname);
        return NULL;
    }
    size_t len;
    char *src = read_file(f->path, &len);
    if (!src) {
        frz_error(f, "cannot read the file");
        return NULL;
    }
    size_t before = qstr_count();
    const code_t *code = compile_text(src, len, file);
    free(src);
    if (!code)
        frz_error(f, "does not compile (the error is above)");
    /* run-time qstrs are numbered from the static count on, in order */
    for (size_t q = before; q < qstr_count(); q++)
        frz_error(f, "compiling it interns '%s', which is not in the static qstr pool "
                     "(tools/frozen_scan.py should have collected it)", qstr_str((qstr)q));
    return f->failed ? NULL : code;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: cpfreeze OUTPUT ROOT FILE...\n");
        return 2;
    }
    const char *out_path = argv[1], *root = argv[2];
    size_t n = (size_t)argc - 3;
    char **files = argv + 3;
    qsort(files, n, sizeof(char *), cmp_str);
    cpfreeze_port_init(HEAP_BYTES);

    char tmp_path[4096];
    snprintf(tmp_path, sizeof tmp_path, "%s.tmp", out_path);
    frz_t f = {fopen(tmp_path, "w"), "", 0, calloc(QSTR_STATIC_COUNT, 1), 0, false};
    if (!f.out) {
        fprintf(stderr, "cpfreeze: cannot write %s\n", tmp_path);
        return 1;
    }
    frz_emit_prologue(&f);
    unsigned *ids = calloc(n, sizeof(unsigned));
    bool *pkg = calloc(n, sizeof(bool));
    char **names = calloc(n, sizeof(char *));
    for (size_t i = 0; i < n && !f.failed; i++) {
        f.path = files[i];
        names[i] = module_name(root, files[i], &pkg[i]);
        if (!names[i]) {
            frz_error(&f, "not a .py file under %s", root);
            break;
        }
        const code_t *code = compile_module(&f, names[i]);
        if (code)
            ids[i] = frz_emit_code(&f, code);
    }
    if (!f.failed) {
        frz_emit_qstr_checks(&f);
        fprintf(f.out, "\nstatic const frozen_module_t frozen_modules[] = {\n");
        for (size_t i = 0; i < n; i++)
            fprintf(f.out, "    {\"%s\", %s, &frz_code%u},\n", names[i], pkg[i] ? "true" : "false", ids[i]);
        fprintf(f.out, "    {NULL, false, NULL},\n};\n");
    }
    if (fclose(f.out) != 0 && !f.failed) {
        f.path = tmp_path;
        frz_error(&f, "write error");
    }
    if (!f.failed && rename(tmp_path, out_path) != 0) {
        fprintf(stderr, "cpfreeze: cannot rename %s to %s\n", tmp_path, out_path);
        f.failed = true;
    }
    if (f.failed)
        remove(tmp_path);
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    free(pkg);
    free(ids);
    free(f.qstr_used);
    return f.failed ? 1 : 0;
}
