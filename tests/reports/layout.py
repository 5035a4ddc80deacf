"""Where printed text lands on a PDF page, to measure the boxes of a form as a ruler would."""

import io

from pypdf import PdfReader
from reportlab.lib.units import mm


def text_heights(pdf: bytes) -> list[list[tuple[str, float]]]:
    """Each page's pieces of text with their baseline's height above the page's foot, in mm."""
    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        found: list[tuple[str, float]] = []

        def visit(text: str, cm: list[float], tm: list[float], *_: object,
                  found: list[tuple[str, float]] = found) -> None:
            if text.strip():
                found.append((text.strip(), (cm[5] + tm[5]) / mm))

        page.extract_text(visitor_text=visit)
        pages.append(found)
    return pages


def box_spans(pdf: bytes, labels: list[str], page: int = 0) -> dict[str, float]:
    """For labels printed one under the other, the distance in mm from each label to the next: with the labels
    centred in their boxes, half the two boxes' heights together."""
    heights = {text: y for text, y in text_heights(pdf)[page] if text in labels}
    missing = [label for label in labels if label not in heights]
    assert not missing, missing
    return {above: heights[above] - heights[below] for above, below in zip(labels, labels[1:], strict=False)}
