"""客服台: the customer-service and sales desk of one branch office."""

__version__ = "0.1.0"
