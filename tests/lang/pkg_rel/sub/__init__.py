# pkg_rel.sub: subpackage
