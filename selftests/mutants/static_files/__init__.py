"""Mutants of the static_files area (the static route: types, caching, ranges, traversal)."""


def wrap_send_file(change):
    """Patch Werkzeug's send_file, which Flask's send_file, send_from_directory and the static
    route all reach, so that ``change(kwargs)`` edits its arguments and ``change`` may return
    ``after(response)`` to edit its answer."""
    import werkzeug.utils

    send_file = werkzeug.utils.send_file

    def changed(path_or_file, environ, **kwargs):
        after = change(kwargs)
        response = send_file(path_or_file, environ, **kwargs)
        return after(response) if after else response

    # send_from_directory calls it by its module name, Flask through werkzeug.utils.
    werkzeug.utils.send_file = changed


def wrap_modified_check(change):
    """Patch the is_resource_modified that Response.make_conditional and its If-Range check call:
    ``change(environ, check, if_range)`` answers it, ``check(environ)`` being Werkzeug's own
    answer for an environ and ``if_range`` whether If-Range is what is checked."""
    import werkzeug.wrappers.response as module

    original = module.is_resource_modified

    def changed(environ, *args, **kwargs):
        def check(env):
            return original(env, *args, **kwargs)

        return change(environ, check, kwargs.get("ignore_if_range") is False)

    module.is_resource_modified = changed


def wrap_safe_join(refuse):
    """Patch the safe_join that send_from_directory calls: ``refuse(part)`` decides alone which
    untrusted parts are refused (None), instead of Werkzeug's checks."""
    import os
    import posixpath

    import werkzeug.utils

    def safe_join(directory, *untrusted):
        parts = [directory]
        for part in untrusted:
            if part and refuse(posixpath.normpath(part), part):
                return None
            parts.append(part)
        return posixpath.join(*parts) if parts[1:] else os.fspath(directory)

    werkzeug.utils.safe_join = safe_join
