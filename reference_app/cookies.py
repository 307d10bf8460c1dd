"""The cookies area: set_cookie, delete_cookie and request.cookies (contract /cookies/...)."""


def install(main):
    return {}
