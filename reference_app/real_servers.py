"""The real_servers area: behaviors of real WSGI servers over a socket (contract /real_servers/...)."""


def install(main):
    return {}
