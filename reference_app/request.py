"""The request area: the request object and file uploads (contract /request/...)."""


def install(main):
    return {}
