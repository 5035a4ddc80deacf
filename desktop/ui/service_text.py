"""The services' Chinese names that the widgets show as labels (roles, contact kinds, ratings …), marked here for
lupdate so they can be translated; a service name without a translation is shown as it is."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "services"

MARKED = (
    # auth.ROLES
    QT_TRANSLATE_NOOP("services", "客服专员/业务员"),
    QT_TRANSLATE_NOOP("services", "班长"),
    QT_TRANSLATE_NOOP("services", "主任"),
    QT_TRANSLATE_NOOP("services", "管理员"),
    # contact_options.KINDS
    QT_TRANSLATE_NOOP("services", "外出拜访"),
    QT_TRANSLATE_NOOP("services", "来访接待"),
    QT_TRANSLATE_NOOP("services", "电话"),
    # contact_options.RATING_TITLES
    QT_TRANSLATE_NOOP("services", "产品质量"),
    QT_TRANSLATE_NOOP("services", "服务态度"),
    QT_TRANSLATE_NOOP("services", "产品知名度"),
    # contacts.CONTENT_TITLES, and the promise field the contact form adds
    QT_TRANSLATE_NOOP("services", "客户意见、建议、希望"),
    QT_TRANSLATE_NOOP("services", "市场行情、竞争对手动向、他司销售政策"),
    QT_TRANSLATE_NOOP("services", "活动效果"),
    QT_TRANSLATE_NOOP("services", "主要处理事项的经过及结果"),
    QT_TRANSLATE_NOOP("services", "其他报告事项"),
    QT_TRANSLATE_NOOP("services", "答应客户的事项"),
    # follow_ups.BUCKETS
    QT_TRANSLATE_NOOP("services", "已逾期"),
    QT_TRANSLATE_NOOP("services", "今日到期"),
    QT_TRANSLATE_NOOP("services", "未来7天"),
    # rotation.STATUSES
    QT_TRANSLATE_NOOP("services", "在岗"),
    QT_TRANSLATE_NOOP("services", "不在"),
    QT_TRANSLATE_NOOP("services", "接待中"),
    # roster_cells.LEAVE_MARK and REST
    QT_TRANSLATE_NOOP("services", "假"),
    QT_TRANSLATE_NOOP("services", "休息"),
    # login_log.OUTCOME_TEXT
    QT_TRANSLATE_NOOP("services", "登录成功"),
    QT_TRANSLATE_NOOP("services", "密码错误"),
    QT_TRANSLATE_NOOP("services", "无此登录名"),
    QT_TRANSLATE_NOOP("services", "账号已停用"),
    QT_TRANSLATE_NOOP("services", "错误次数过多，须等待"),
    # fairness.COLUMNS
    QT_TRANSLATE_NOOP("services", "班次"),
    QT_TRANSLATE_NOOP("services", "夜班"),
    QT_TRANSLATE_NOOP("services", "周末班"),
    QT_TRANSLATE_NOOP("services", "节假日班"),
    QT_TRANSLATE_NOOP("services", "调休日班"),
    QT_TRANSLATE_NOOP("services", "换班"),
    QT_TRANSLATE_NOOP("services", "顶班"),
    QT_TRANSLATE_NOOP("services", "请假天数"),
    # wording.CATEGORIES
    QT_TRANSLATE_NOOP("services", "答复客户"),
    QT_TRANSLATE_NOOP("services", "不成立答复"),
    QT_TRANSLATE_NOOP("services", "回访话术"),
    QT_TRANSLATE_NOOP("services", "拜访报告用语"),
    # customers.timeline.KINDS
    QT_TRANSLATE_NOOP("services", "拜访记录"),
    QT_TRANSLATE_NOOP("services", "跟进"),
    QT_TRANSLATE_NOOP("services", "投诉"),
    QT_TRANSLATE_NOOP("services", "归属"),
    QT_TRANSLATE_NOOP("services", "等级"),
    QT_TRANSLATE_NOOP("services", "重点客户"),
    QT_TRANSLATE_NOOP("services", "员工介绍"),
    QT_TRANSLATE_NOOP("services", "借阅"),
    # customers.handover.KINDS
    QT_TRANSLATE_NOOP("services", "在职继承"),
    QT_TRANSLATE_NOOP("services", "离职继承"),
)


def translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)
