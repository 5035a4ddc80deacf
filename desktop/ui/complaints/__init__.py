"""The 投诉处理 tab: the tracking list, one complaint's detail and history, the forms of each step."""
