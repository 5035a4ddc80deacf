"""The 换班登记 tab: the swap register, the new-swap form, team leaders' approvals, the month roster and leave."""
