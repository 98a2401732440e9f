"""Targets (chỉ tiêu) and trainer scopes."""
