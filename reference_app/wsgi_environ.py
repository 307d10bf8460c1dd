"""The wsgi_environ area: the WSGI environ and CGI variables (contract /wsgi_environ/...)."""


def install(main):
    return {}
