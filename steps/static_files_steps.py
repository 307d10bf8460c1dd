"""Steps only the static_files scenarios use; the shared vocabulary is in http_steps.py and cookie_steps.py."""
