"""The 拜访记录 tab: the contact log, its entry form, follow-ups, the reception rotation, visit points."""
