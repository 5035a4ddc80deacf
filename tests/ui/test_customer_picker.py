"""The customer picker (widgets/customer_picker.py) says what a too-short search needs."""

from desktop.ui.widgets.customer_picker import CustomerPicker


def test_a_customer_search_too_short_says_what_it_needs(qtbot, office_data):
    picker = CustomerPicker(office_data["clerk1"])
    qtbot.addWidget(picker)
    picker.show()
    qtbot.keyClicks(picker, "13")
    assert "电话至少输入 3 位数字" in picker.toolTip()
    qtbot.keyClicks(picker, "8")
    assert picker.toolTip() == ""
