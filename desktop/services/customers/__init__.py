"""The customer register: registration and its rules, lists and search, the confidential archive, Excel import."""
