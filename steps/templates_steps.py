"""Steps only the templates scenarios use; the shared vocabulary is in http_steps.py and cookie_steps.py."""
