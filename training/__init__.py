"""Required training (giao khóa học bắt buộc) and the notifications that bring learners back.

A feature app on top of the learning core (``courses`` models, services, selectors) and
``elearn.accounts``; it uses the reports' base view and scope rule (``courses.reports``) so its
reports behave like the others. ``courses`` never imports it: its pages show its panels through
the ``learner_panels_*`` Wagtail hooks (``elearn/accounts/templatetags/learner_panels.py``).

Parts:
  models.py        Assignment (course, deadline; organisation / unit / audience criteria and listed
                   people), Notification (one row per learner, kind, subject, period: unique),
                   NotificationPreference (the optional kinds a learner stopped)
  selectors.py     required_courses (a learner's, by deadline), assignment_members,
                   assignment_figures, assignment_outcomes, assignment_learners
  services.py      notifications_record / notification_deliver (email, or SMS for phone-only
                   accounts), the notices and reminders, preferences
  receivers.py     enrolment → confirmation; certificate → link to its verification page;
                   profile saved → the assignments that now reach the learner
  tasks.py         deliver_notification, notify_assignment_members (django-tasks)
  admin.py, forms.py, scope.py   the "Required courses" admin, limited to a manager's organisation
  reports.py       three ReportView subclasses (per assignment, per organisation, per learner)
  views.py         /me/notifications/, its preferences, one-click unsubscribe (signed token)
  management/commands/send_reminders.py   the scheduled job (idempotent, resumable)
  roles.py         the "Quản lý cơ quan" group; demo.py   demo assignments and notifications

Choices:
  - Membership is resolved when read (``Assignment.members_q``): who joins an organisation later
    is assigned at once; the profile receiver only tells them.
  - Assigned learners are not enrolled automatically: the dashboard and course page show
    "Bắt buộc — hạn dd/mm/yyyy" with an enrol button, so enrolment stays the learner's act and
    "assigned but not started" is visible in the reports.
  - Required-training notices (assigned, deadline in 7 days, the day before) cannot be stopped;
    every other kind can, from the profile or the link every message carries.

Public API for other features (e.g. the evaluation board):

  ``training.selectors.assignment_outcomes(*, organisations=None, as_of=None, viewer=None)``
      → ``{organisation_id: Outcomes}`` with ``assigned``, ``on_time``, ``late``, ``overdue``,
      ``pending`` (and ``completed``): (learner, assignment) pairs of each organisation's members,
      as of a day (assignments made later left out, later completions not counted), limited to
      what ``viewer`` may see in reports when given. Aggregated in SQL from grouped counts
      (assignments reaching the same people counted together): two queries.
  ``training.selectors.assignment_figures(*, assignments, viewer=None, as_of=None)``
      → ``{assignment_id: Outcomes}``.
"""
