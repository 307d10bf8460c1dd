"""The json_bodies area: JSON request bodies (contract /json_bodies/...)."""


def install(main):
    return {}
