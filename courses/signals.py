from django.dispatch import Signal

# Sent once per enrollment, after the transaction that completed the course commits.
# Receivers get ``enrollment``. The certificates feature listens to it.
course_completed = Signal()
