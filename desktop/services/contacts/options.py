"""The fixed choices of a contact record: kinds, purposes, urgent categories and the scored ratings of the
visit report form (走访客户报告单, `001 第1篇 附件1`)."""

KINDS: dict[str, str] = {"visit": "外出拜访", "reception": "来访接待", "phone": "电话"}

# `001 第13篇 2.1` (客户保养 split into its three aims), with the service visits of the office
PURPOSES: list[str] = [
    "市场调查", "了解竞争对手", "客户保养-联络感情", "客户保养-推动业务量", "客户保养-结清货款", "开发新客户",
    "新产品推广", "售后服务", "投诉回访", "其他",
]

# 巡访紧急报告, `001 第8篇 第十一条`
URGENT_CATEGORIES: list[str] = [
    "同行销售政策重大变化", "同行新产品上市", "同行销售或服务新动向", "本公司产品重大缺陷或问题", "其他紧急事项",
]

# each scale's choices left to right with their scores, exactly as printed on the form
QUALITY: dict[str, int] = {"非常优良": 100, "优良": 90, "良好": 85, "一般": 80, "合格": 70, "不合格": 60}
SERVICE: dict[str, int] = {"非常优良": 100, "优良": 90, "良好": 85, "一般": 80, "不好": 30, "恶劣": 0}
AWARENESS: dict[str, int] = {
    "非常驰名": 100, "驰名": 90, "知名度高": 85, "知名度较高": 80, "知名": 70, "知道": 60, "不知道": 50,
}
RATING_SCALES: dict[str, dict[str, int]] = {
    "quality_rating": QUALITY, "service_rating": SERVICE, "awareness_rating": AWARENESS,
}
RATING_TITLES: dict[str, str] = {
    "quality_rating": "产品质量", "service_rating": "服务态度", "awareness_rating": "产品知名度",
}


def score(field: str, choice: str | None) -> int | None:
    """The score of a rating choice (None when not rated); the one place a score comes from."""
    if not choice:
        return None
    return RATING_SCALES[field][choice]


def kind_label(kind: str) -> str:
    return KINDS.get(kind, kind)
