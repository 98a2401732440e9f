"""Admin registration of the trainer reports (the "Báo cáo" menu)."""
