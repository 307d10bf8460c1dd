"""The errors area: abort, error handlers and the 500 answer (contract /errors/...)."""


def install(main):
    return {}
