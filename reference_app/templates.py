"""The templates area: Jinja templates: inheritance, control flow, filters, autoescape (contract /templates/...)."""


def install(main):
    return {}
