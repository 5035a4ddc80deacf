"""The bench's growth table: the same measurement on each size side by side, however its text names the data."""

from bench.table import side_by_side
from bench.timing import Row


def test_rows_are_matched_across_sizes_by_what_they_measure() -> None:
    results = {
        "small": [Row("lists", "scroll, per page (5 pages, 1,000 rows)", [0.010]),
                  Row("search", "name part 「宁秀」, per keystroke", [0.002, 0.004], percentile=True),
                  Row("files", "only on small", [1.0])],
        "large": [Row("lists", "scroll, per page (500 pages, 100,000 rows)", [0.020]),
                  Row("search", "name part 「王芳」, per keystroke", [0.003, 0.008], percentile=True)],
    }
    lines = side_by_side(results).splitlines()
    assert lines[0] == "| area | measurement | small | large | large ÷ small |"
    assert lines[2] == "| lists | scroll, per page (500 pages, 100,000 rows) | 10.0 ms | 20.0 ms | 2.0× |"
    assert lines[3] == "| search | name part 「王芳」, per keystroke | 4.0 ms | 8.0 ms | 2.0× |"  # p95 where judged so
    assert len(lines) == 4  # a row one size lacks is left out
