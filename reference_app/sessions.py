"""The sessions area of the contract (placeholder: no routes yet)."""


def install(main):
    return {}
