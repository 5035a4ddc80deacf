"""The office's rules as plain Python: no Qt here, so every rule can be tested and scripted without a screen."""
