"""What a regulation's rule says when it fails, shared by the swap and the leave rules."""

import dataclasses
import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from desktop.services import text
from desktop.services.errors import RuleError, ShortDay, Text, as_text, lines, msg


@dataclass(frozen=True)
class RuleFailure:
    """`message` is the Chinese the rule says, `text` the same to be translated on screen."""

    rule: str
    message: str
    field: str | None = None
    text: Text = dataclasses.field(init=False, compare=False)

    def __init__(self, rule: str, message: str | Text, field: str | None = None) -> None:
        object.__setattr__(self, "rule", rule)
        object.__setattr__(self, "text", as_text(message))
        object.__setattr__(self, "message", str(self.text))
        object.__setattr__(self, "field", field)


class RulesFailed(RuleError):
    """A request that breaks one or more rules: every failing rule's message, one per line."""

    def __init__(self, failures: list[RuleFailure]) -> None:
        super().__init__(lines(f.text for f in failures), failures[0].field)
        self.failures = failures


def day_text(day: datetime.date) -> ShortDay:
    """A day of a rule's message: 11月18日, or as the interface writes a day without its year."""
    return ShortDay(day)


NUMERALS = "一二三四五六七八九十"


def clauses(said: Iterable[tuple[int | None, str | Text]]) -> Text:
    """The clauses rules enforce, numbered as the regulation numbers them: 二、…，…；三、… (each clause's words
    translated on screen)."""
    texts: dict[int, list[str | Text]] = {}
    for number, words in sorted((pair for pair in said if pair[0]), key=lambda pair: pair[0]):
        texts.setdefault(number, []).append(words)
    return lines([msg("{numeral}、{words}", numeral=NUMERALS[number - 1], number=number, words=lines(words, "，"))
                  for number, words in texts.items()], "；")


def reason_fits(draft: Any, now: datetime.datetime) -> str | None:
    """The request's reason fits its cell of the printed form (a rule of each register)."""
    return text.limited(text.clean(draft.reason, multiline=True), text.REASON_LIMIT)


def failures(rules: Iterable[Any], draft: Any, now: datetime.datetime) -> list[RuleFailure]:
    """Each of `rules` (with key, field and check) that `draft` breaks, in order."""
    return [RuleFailure(rule.key, message, rule.field) for rule in rules if (message := rule.check(draft, now))]
