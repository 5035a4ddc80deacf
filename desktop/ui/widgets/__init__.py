"""Shared widgets: lazy list model, forms with field errors, messages, export."""
