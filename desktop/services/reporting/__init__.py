"""The supervisor's daily, weekly and monthly reports (`000 客服部班长责任制 4`, `000 客服部主任工作职责 6`):
figures gathered from each area's services, laid out once for the screen, the PDF and the Excel workbook."""
