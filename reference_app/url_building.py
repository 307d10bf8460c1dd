"""The url_building area: add_url_rule, endpoints and url_for (contract /url_building/...)."""


def install(main):
    return {}
