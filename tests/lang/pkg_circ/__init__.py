# package pkg_circ: two modules importing each other
