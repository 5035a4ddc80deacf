"""The areas of the office's work, each with its main tab: where a line of 今日 opens and whose title carries a
count. Kept apart from `today` so that the main window names its tabs without importing every area's rules."""

CONTACTS, CUSTOMERS, COMPLAINTS, STAFFING, FILES = "contacts", "customers", "complaints", "staffing", "files"
AREAS = (CONTACTS, CUSTOMERS, COMPLAINTS, STAFFING)  # the main tabs whose titles carry a count
