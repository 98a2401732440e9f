"""Running the site on more than one machine: background tasks, shared storage, health, start-up checks.

- ``mail.TaskEmailBackend``: every email is handed to the task ``tasks.deliver_email``; the worker
  sends it with ``EMAIL_DELIVERY_BACKEND`` (SMTP in production), so no request waits on SMTP.
- ``retries``: a failed task is enqueued again (``TASK_MAX_ATTEMPTS``, growing delay); tasks must
  therefore be safe to run twice. ``admin``: the failed-task listing for staff.
- ``management/commands/run.py``: ``manage.py run`` (``make run``) starts the web server and the
  task worker together, as production does.
"""
