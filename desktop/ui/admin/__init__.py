"""The 设置 dialog and its pages: staff, teams, shifts, roster, calendar, audit log, interface."""
