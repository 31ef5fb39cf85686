"""An arrival told with its day in a sentence that goes on to the meeting with a day of its own.

``Ông Shin tới Hà Nội hôm 30/8 và ngày 1/9 đã đến chào Chủ tịch nước``, ``Đến Việt Nam hôm qua (19/10),
ông … sẽ hội kiến Thủ tướng vào hôm nay (20/10)``, ``arrived in Seoul on Monday and met the President on
Tuesday``: the report is about the meeting, so the arrival's day is used after the meeting's (it is
marked ``aside``, as an announcement's day is). An arrival report with one day (``Chiều 5/9, Chủ tịch
nước đến Seoul, …``) is not touched: no later day in its sentence, or no meeting word after the arrival.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

# an arrival verb and its place (a capitalised name, 'thủ đô', 'TP'), then at most 45 characters with no
# stop before the day
ARRIVAL_BEFORE_RE = re.compile(
    r"(?:(?<!\w)(?i:đến|tới|sang|đặt chân (?:đến|tới|lên)|có mặt (?:tại|ở))\s+(?:[A-ZĐ]\w*|thủ đô|TP)"
    r"|(?<!\w)(?i:arrived|arrives|landed) (?:in|at)\s+[A-Z])[^.;:]{0,45}$"
)
ARRIVAL_CHARS = 60  # how far before the day the arrival verb may stand


def arrival_days_aside(
    text: str, mentions: list, around: Callable[[int], tuple[int, int]], meeting: re.Pattern
) -> list:
    """``mentions`` (:class:`vnkr.ingest.dateforms.Mention`, in text order) with the day of each
    arrival that a later single day of the same sentence follows, a meeting word standing after the
    arrival's day, marked ``aside``; ``around(pos)`` gives the sentence's ``(start, end)``."""
    out = list(mentions)
    for i, m in enumerate(out):
        s, e = around(m.start)
        end = m.start + len(m.phrase)
        later = any(o.start < e and not o.span for o in out[i + 1 :])
        if (
            later
            and ARRIVAL_BEFORE_RE.search(text, max(s, m.start - ARRIVAL_CHARS), m.start)
            and meeting.search(text, end, e)
        ):
            out[i] = replace(m, aside=True)
    return out
