"""The visit report form's ratings score exactly as printed on 走访客户报告单."""

import pytest

from desktop.services.contacts.options import AWARENESS, QUALITY, RATING_SCALES, SERVICE, score


def test_each_scale_has_the_form_choices_and_scores_left_to_right() -> None:
    assert list(QUALITY.items()) == [("非常优良", 100), ("优良", 90), ("良好", 85), ("一般", 80), ("合格", 70),
                                     ("不合格", 60)]
    assert list(SERVICE.items()) == [("非常优良", 100), ("优良", 90), ("良好", 85), ("一般", 80), ("不好", 30),
                                     ("恶劣", 0)]
    assert list(AWARENESS.items()) == [("非常驰名", 100), ("驰名", 90), ("知名度高", 85), ("知名度较高", 80),
                                       ("知名", 70), ("知道", 60), ("不知道", 50)]


@pytest.mark.parametrize(("field", "choice", "expected"), [
    ("quality_rating", "合格", 70), ("quality_rating", "不合格", 60), ("service_rating", "不好", 30),
    ("service_rating", "恶劣", 0), ("awareness_rating", "不知道", 50), ("awareness_rating", "知名度较高", 80),
])
def test_score_of_a_choice(field: str, choice: str, expected: int) -> None:
    assert score(field, choice) == expected


def test_no_choice_has_no_score_and_an_unknown_choice_is_an_error() -> None:
    assert score("service_rating", None) is None
    assert score("quality_rating", "") is None
    with pytest.raises(KeyError):
        score("service_rating", "合格")
    assert set(RATING_SCALES) == {"quality_rating", "service_rating", "awareness_rating"}
