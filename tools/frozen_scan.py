"""The texts our compiler interns (as qstrs) when it compiles the frozen
modules, found with python3's ast. Used by makeqstrdefs.py so that every
one of them is in the static pool: tools/cpfreeze fails when compiling a
frozen module would create a run-time qstr, so a text missed here is a
build error, never a silent heap allocation.

What src/compile*.c and src/scope.c intern (qstr_from_strn):
  - every name: variables, attributes, parameters, keyword arguments,
    def and class names, global/nonlocal names, except-as names, import
    names (the dotted whole, each part, the alias);
  - inside a class body (and the functions in it), private names __x
    mangled to _Class__x as well;
  - the __qualname__ of every code unit not directly in the module
    (C.m, f.<locals>.g, f.<locals>.<lambda>, f.<locals>.<listcomp>).
String constants are interned only when the text already is a qstr
(str_new looks up, never adds); identifier-like ones are added here too,
as CPython interns them, so getattr(o, "name") and friends need no heap.
Also added: each module's dotted name, its packages' names and its
filename "<frozen NAME>" (see frozen.h), which the import machinery uses.
"""
import ast
import os

COMPREHENSION_NAMES = {
    ast.ListComp: "<listcomp>",
    ast.SetComp: "<setcomp>",
    ast.DictComp: "<dictcomp>",
    ast.GeneratorExp: "<genexpr>",
}


def module_name(root, path):
    """frozen/asyncio/core.py -> ("asyncio.core", False); __init__ makes a package."""
    parts = os.path.relpath(path, root)[:-3].split(os.sep)
    is_pkg = parts[-1] == "__init__"
    if is_pkg:
        parts = parts[:-1]
    return ".".join(parts), is_pkg


def mangle(cls, name):
    """scope_mangle() in src/scope.c."""
    if cls is None or not name.startswith("__") or name.endswith("__") or "." in name:
        return name
    stripped = cls.lstrip("_")
    return "_" + stripped + name if stripped else name


class Scanner(ast.NodeVisitor):
    def __init__(self):
        self.texts = set()
        # (qualname, is_class) of the enclosing code units; [] = module
        self.units = []
        self.cls = None

    def name(self, text):
        if text is None:
            return
        self.texts.add(text)
        self.texts.add(mangle(self.cls, text))

    def dotted(self, text):
        self.texts.add(text)
        for part in text.split("."):
            self.name(part)

    def unit(self, name, body, is_class=False):
        """Visit body as the code unit name (make_qualname in compile.c)."""
        if self.units:
            parent, parent_is_class = self.units[-1]
            qualname = parent + ("." if parent_is_class else ".<locals>.") + name
        else:
            qualname = name
        self.texts.add(qualname)
        self.units.append((qualname, is_class))
        for node in body:
            self.visit(node)
        self.units.pop()

    # -- nodes whose parts belong to different units --------------------
    def visit_arguments_outside(self, args):
        """Defaults and annotations are evaluated in the enclosing unit."""
        for d in args.defaults + [d for d in args.kw_defaults if d is not None]:
            self.visit(d)
        for a in args.posonlyargs + args.args + args.kwonlyargs + [args.vararg, args.kwarg]:
            if a is not None:
                self.name(a.arg)
                if a.annotation is not None:
                    self.visit(a.annotation)

    def visit_FunctionDef(self, node):
        for d in node.decorator_list:
            self.visit(d)
        self.visit_arguments_outside(node.args)
        if node.returns is not None:
            self.visit(node.returns)
        self.name(node.name)
        self.unit(node.name, node.body)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Lambda(self, node):
        self.visit_arguments_outside(node.args)
        self.unit("<lambda>", [node.body])

    def visit_ClassDef(self, node):
        for n in node.decorator_list + node.bases + node.keywords:
            self.visit(n)
        self.name(node.name)
        outer = self.cls
        self.cls = node.name
        self.unit(node.name, node.body, is_class=True)
        self.cls = outer

    def visit_comprehension_unit(self, node):
        gens = node.generators
        self.visit(gens[0].iter)  # evaluated outside, passed in as .0
        inner = [gens[0].target] + gens[0].ifs
        for g in gens[1:]:
            inner += [g.target, g.iter] + g.ifs
        inner += [node.key, node.value] if isinstance(node, ast.DictComp) else [node.elt]
        self.unit(COMPREHENSION_NAMES[type(node)], inner)

    visit_ListComp = visit_SetComp = visit_DictComp = visit_GeneratorExp = visit_comprehension_unit

    # -- names ------------------------------------------------------------
    def visit_Name(self, node):
        self.name(node.id)

    def visit_Attribute(self, node):
        self.name(node.attr)
        self.generic_visit(node)

    def visit_keyword(self, node):
        self.name(node.arg)
        self.generic_visit(node)

    def visit_alias(self, node):
        self.dotted(node.name)
        self.name(node.asname)

    def visit_ImportFrom(self, node):
        self.dotted(node.module or "")
        self.generic_visit(node)

    def visit_Global(self, node):
        for n in node.names:
            self.name(n)

    visit_Nonlocal = visit_Global

    def visit_ExceptHandler(self, node):
        self.name(node.name)
        self.generic_visit(node)

    def visit_Constant(self, node):
        if isinstance(node.value, str) and node.value.isidentifier():
            self.texts.add(node.value)

    def generic_visit(self, node):
        # match statements: capture names, **rest and keyword patterns
        for field in ("name", "rest"):
            v = getattr(node, field, None)
            if isinstance(v, str) and type(node).__name__.startswith("Match"):
                self.name(v)
        for attr in getattr(node, "kwd_attrs", None) or []:
            self.name(attr)
        super().generic_visit(node)


def texts(root, paths):
    """The UTF-8 texts the frozen modules in paths (under root) need."""
    out = set()
    for path in paths:
        modname, _ = module_name(root, path)
        with open(path, "rb") as f:
            tree = ast.parse(f.read(), filename=path)
        s = Scanner()
        s.visit(tree)
        out |= s.texts
        out.add("<frozen %s>" % modname)
        parts = modname.split(".")
        for i in range(1, len(parts) + 1):
            out.add(".".join(parts[:i]))
    return {t.encode("utf-8") for t in out}
