"""客服台: the customer-service and sales desk of one branch office."""

from desktop import server_driver

__version__ = "0.1.0"

server_driver.import_peewee()  # before any module of ours imports peewee: no PostgreSQL driver for a local file
