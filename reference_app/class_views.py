"""The class_views area: View and MethodView dispatch (contract /class_views/...)."""


def install(main):
    return {}
