"""The database file and other files: backups and their schedule, restore, Excel workbooks."""
