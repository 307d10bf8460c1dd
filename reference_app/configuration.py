"""The configuration area: app.config: defaults and loading (contract /configuration/...)."""


def install(main):
    return {}
