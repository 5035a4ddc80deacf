"""A file the user chose is written whole or not at all."""

from pathlib import Path

from desktop.services.files import whole_file


def test_two_desks_saving_one_file_at_once_each_write_their_own_part(tmp_path: Path) -> None:
    target = tmp_path / "日报.pdf"

    def first(part: Path) -> None:
        part.write_bytes(b"A" * 10)
        whole_file.written(target, lambda other: other.write_bytes(b"B"))  # another desk saves meanwhile
        with part.open("ab") as rest:
            rest.write(b"A" * 10)

    whole_file.written(target, first)
    assert target.read_bytes() == b"A" * 20  # the last one whole, not a mixture
    assert [path.name for path in tmp_path.iterdir()] == ["日报.pdf"]
