"""The limits area: size limits and bad input (contract /limits/...)."""


def install(main):
    return {}
