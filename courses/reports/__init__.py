"""Trainer reports: completion, learners, units and organisations, targets, and the admin home's summary.

- ``views/``: one module per report (its filter set beside its view) and ``base`` (permission, exports);
- ``selectors/``: the figures, one module per report, ``scope`` deciding who sees whom;
- ``admin``: the report routes, the "Reports" menu items and the admin home panel;
- ``targets_admin``: the admin screens for targets and trainer scopes;
- ``downloads``: exports above ``EXPORT_INLINE_MAX_ROWS`` rows, built by the worker (``elearn.downloads``)
  with the owner's permission and scope when built.

Adding a report: a view module, a selector module and a row in ``admin.REPORTS``.
"""
