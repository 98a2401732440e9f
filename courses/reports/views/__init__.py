"""The trainer report screens and exports: one module per report, its filter set beside its view.

Figures come from ``courses.reports.selectors``, which also applies the viewer's scope; the
views only choose columns, filters and formats. ``base`` holds what they share.
"""
