"""Reads behind the trainer reports: aggregate queries only, a fixed number per screen.

Who sees which learners is decided in one place, ``courses.scope.learner_scope_filter``; every
report, export and dashboard figure goes through it (``base.selected_enrollments_q``).
One module per report; modules import each other's public names only.
"""
