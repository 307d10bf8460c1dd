"""The static_files area: the static route: types, caching, ranges, traversal (contract /static_files/...)."""


def install(main):
    return {}
