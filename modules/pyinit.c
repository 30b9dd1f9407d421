/* Running a module's Python-source part at import (see pyinit.h). */
#include "pyinit.h"

#include <string.h>

#include "map.h"
#include "parser.h"
#include "runtime.h"

void pyinit_exec(obj_t mod, const char *src, qstr filename)
{
    obj_dict_t *g = module_globals(mod);
    map_lookup(&g->map, obj_new_qstr(Q___init__), MAP_REMOVE);
    obj_t fun = compile_source(src, strlen(src), filename, PARSE_FILE, false);
    exec_code(fun, g, g);
}
