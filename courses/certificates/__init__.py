"""Certificates: issued when a course is completed, verified in public, managed in the admin.

- ``receivers``: listens to ``courses.signals.course_completed`` and issues the certificate;
- ``services``: issue, render, re-issue (name correction) and revoke; a PDF drawn for another address
  of the site (``pdf_base_url``) is drawn again on download (``certificate_pdf_current``);
- ``pdf``: draws the A4 page with its QR code;
- ``views``: public verification (HTML and JSON) and the owner's download, rate-limited by ``ratelimit``;
- ``admin``: the Wagtail admin's list, filters, audit trail and the course ZIP's form;
- ``downloads``: the course ZIP, built by the worker as a prepared download (``elearn.downloads``).

The models are ``courses.models.certificates`` (with the other models, so migrations stay put).
"""
