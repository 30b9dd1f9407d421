# package pkg_state: shared mutable module state seen by all importers
