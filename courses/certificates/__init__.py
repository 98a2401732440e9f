"""Certificates: issued when a course is completed, verified in public, managed in the admin.

- ``receivers``: listens to ``courses.signals.course_completed`` and issues the certificate;
- ``services``: issue, render, re-issue (name correction) and revoke;
- ``pdf``: draws the A4 page with its QR code;
- ``views``: public verification (HTML and JSON) and the owner's download, rate-limited by ``ratelimit``;
- ``admin``: the Wagtail admin's list, filters, audit trail and ZIP download.

The models are ``courses.models.certificates`` (with the other models, so migrations stay put).
"""
