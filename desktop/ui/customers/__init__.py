"""The 客户登记 tab: the customer list with search and filters, the registration form and the archive dialogs."""
