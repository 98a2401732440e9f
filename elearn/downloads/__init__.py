"""Prepared downloads: files too big to build inside a request (a course's certificate ZIP, a large
report export), built by the task worker and kept private to the staff member who asked.

- ``kinds``: the registry of what can be prepared. Features register a builder from their
  ``AppConfig.ready`` (``courses.certificates.downloads``, ``courses.reports.downloads``); this app
  imports nothing from them. A builder runs with the owner's permissions *when the file is built*.
- ``services``: ask for a download (``prepared_download_request``), try a failed one again, delete
  expired ones (``manage.py delete_expired_downloads``, daily; docs/deployment.md).
- ``tasks.prepared_download_build``: builds the file into the "private" storage; safe to run twice.
- ``views``: the "being prepared" page and the owner's list (admin), and the file itself, served to
  its owner only (404 for anyone else), from the storage API.
"""
