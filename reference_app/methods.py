"""The methods area: automatic HEAD and OPTIONS, 405 and method names (contract /methods/...)."""


def install(main):
    return {}
