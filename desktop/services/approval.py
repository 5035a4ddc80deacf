"""Four eyes (四眼原则) for every approval: whoever proposes a matter does not approve it, and a proposer who holds the
authority himself is approved one level up — a 班长's own leave, swap or handling plan by the 主任.

Examples, with `role` the role that approves the matter otherwise:

    approving_role(张三 客服专员, "team_leader")   == "team_leader"
    approving_role(李班长 班长, "team_leader")      == "supervisor"
    approving_role(周主任 主任, "supervisor")       == "supervisor"   (another 主任, or the 管理员)
"""

from desktop.models import Staff
from desktop.services import auth
from desktop.services.errors import Text, msg

TOP = "supervisor"  # the highest level that approves the office's business: a 主任's own goes to another 主任


def level_above(role: str) -> str:
    rank = min(auth.RANK[role] + 1, auth.RANK[TOP])
    return next(name for name, level in auth.RANK.items() if level == rank)


def approving_role(proposer: Staff, role: str) -> str:
    """The lowest role that may approve what `proposer` put forward, where `role` approves it otherwise."""
    return level_above(proposer.role) if auth.has_role(proposer, role) else role


def may_approve(approver: Staff, proposer: Staff, role: str) -> bool:
    return approver.id != proposer.id and auth.has_role(approver, approving_role(proposer, role))


def who_approves(proposer: Staff, role: str) -> Text:
    """Who approves what `proposer` put forward, for messages: 班长或以上, 主任或以上, 另一位主任."""
    needed = approving_role(proposer, role)
    if auth.has_role(proposer, needed):
        return msg("另一位{role}", role=auth.ROLES[needed])
    return msg("{role}或以上", role=auth.ROLES[needed])
