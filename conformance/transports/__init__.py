"""Transports: how a requests.Session reaches the app (in-process WSGI, or a live server)."""
