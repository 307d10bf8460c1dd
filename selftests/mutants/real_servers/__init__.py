"""Mutants of the real_servers area (what reaches the app through a real server).

Their scenarios are @live_only: each mutant names in ``SERVER`` the live server on which its
KILLS fail (``flask-conformance run --app <mutant> --transport live --server SERVER``); the
patch is applied in the server's process, which loads the mutant's create_app().
"""
