"""The contact log: visits, calls and walk-ins, follow-ups, visit points, the walk-in rotation, urgent reports."""
