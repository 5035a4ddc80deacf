"""Printed forms and reports (ReportLab, A4, the bundled CJK font embedded)."""
