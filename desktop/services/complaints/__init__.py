"""Complaint processing: the workflow and its numbering, lists, statistics and working-day deadlines."""
