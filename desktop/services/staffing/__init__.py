"""The department's people and shifts: staff and teams, the roster, leave, shift swaps and their rules."""
