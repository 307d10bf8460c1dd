"""The responses area: view return values, jsonify and redirect() (contract /responses/...)."""


def install(main):
    return {}
