"""The one exception a rule raises when it refuses, with a Chinese message and the field it concerns."""


class RuleError(Exception):
    """A refusal the user can act on: `message` is shown next to `field` (or in a dialog when field is None)."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class Cancelled(RuleError):
    """The person pressed 取消 while slow work ran; whatever it was making is left unmade."""


class PermissionDenied(RuleError):
    """The logged-in person's role does not allow the action."""


class ValidationErrors(RuleError):
    """Several fields are wrong at once: `errors` maps field name to message."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("；".join(errors.values()), next(iter(errors), None))
        self.errors = errors
