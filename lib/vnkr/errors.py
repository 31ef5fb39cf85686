"""Problems found in input data, reported with file, line/row and reason."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one input: ``file``, ``line`` (1-based, or None), ``reason``.

    >>> str(Problem("data/raw/x.txt", None, "empty file"))
    'data/raw/x.txt: empty file'
    """

    file: str
    line: int | None
    reason: str
    severity: str = "error"  # 'error' (row/document rejected) or 'warning' (kept, flagged)

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        return f"{where}: {self.reason}"

    def as_dict(self) -> dict:
        return asdict(self)


class DataError(ValueError):
    """Raised when input data is invalid; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem] | Problem | str):
        if isinstance(problems, (Problem, str)):
            problems = [problems]
        self.problems = [p if isinstance(p, Problem) else Problem("?", None, p) for p in problems]
        super().__init__("\n".join(str(p) for p in self.problems))
