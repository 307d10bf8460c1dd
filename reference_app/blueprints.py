"""The blueprints area: blueprint prefixes, nesting and registration (contract /blueprints/...)."""


def install(main):
    return {}
