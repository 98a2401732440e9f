"""Production start-up checks (``manage.py check --deploy``)."""
