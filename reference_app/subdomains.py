"""The subdomains area: SERVER_NAME, subdomains and trusted hosts (contract /subdomains/...)."""


def install(main):
    return {}
