from django.dispatch import Signal

# Sent once per enrollment, inside the transaction that completes the course, after the enrollment
# (locked) is saved. Receivers get ``enrollment`` and write in that transaction: what they record
# commits with the completion or not at all. Work outside the database (files, messages) they hand to
# ``transaction.on_commit``. The certificates feature listens to it.
course_completed = Signal()
