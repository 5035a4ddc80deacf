"""Customers registered the way the register's tests need them."""

import datetime
from typing import Any

from desktop.models import Customer, Staff
from desktop.services.customers import registration
from desktop.services.customers.registration import CustomerForm

NOW = datetime.datetime(2026, 3, 10, 10, 0)


def register(actor: Staff, name: str = "张三", phone: str = "13812345678", now: datetime.datetime = NOW,
             **values: Any) -> Customer:
    return registration.register(actor, CustomerForm(name=name, phone=phone, **values), now=now)
