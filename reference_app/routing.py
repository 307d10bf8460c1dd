"""The routing area: rules, converters and query strings (contract /routing/...)."""


def install(main):
    return {}
