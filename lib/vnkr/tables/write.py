"""Writing curated tables and raw files: atomically, and without touching the bytes already there.

Every write goes to a temporary file in the same folder, is flushed to disk, then replaces the target
with :func:`os.replace` (atomic on POSIX and Windows), so an interrupted command leaves either the old
file or the new one, never half of either. Appending a row keeps every existing byte as it was.

>>> import tempfile
>>> with tempfile.TemporaryDirectory() as d:
...     p = Path(d, "t.csv"); write_atomic(p, b"a,b\\n1,2")
...     _ = append_csv_rows(p, [{"a": "x, y", "b": ""}]); print(p.read_text())
a,b
1,2
"x, y",
<BLANKLINE>
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path

from ..errors import DataError, Problem


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and ``os.replace``."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def csv_header(path: str | Path) -> list[str]:
    """The header row of a CSV file (UTF-8, BOM tolerated)."""
    text = Path(path).read_bytes().decode("utf-8-sig")
    return next(csv.reader(io.StringIO(text, newline="")), [])


def csv_text(header: list[str], rows: list[dict]) -> str:
    """Rows as CSV text in ``header`` order (missing fields blank; ``\\n`` line endings)."""
    buf = io.StringIO(newline="")
    writer = csv.DictWriter(buf, fieldnames=header, lineterminator="\n", extrasaction="raise")
    writer.writerows({k: ("" if v is None else v) for k, v in r.items()} for r in rows)
    return buf.getvalue()


def append_csv_rows(path: str | Path, rows: list[dict]) -> bytes:
    """Append ``rows`` (dicts keyed by the file's header) to a CSV file, atomically; the existing bytes
    stay as they were (a missing final newline is added). Returns the new bytes."""
    path = Path(path)
    old = path.read_bytes()
    header = csv_header(path)
    unknown = sorted({k for r in rows for k in r} - set(header))
    if unknown:
        raise DataError(Problem(str(path), 1, f"no column(s) {', '.join(unknown)} in the header"))
    sep = b"" if not old or old.endswith(b"\n") else b"\n"
    new = old + sep + csv_text(header, rows).encode("utf-8")
    write_atomic(path, new)
    return new


def csv_records(path: str | Path) -> tuple[list[str], str, list[tuple[dict, str]]]:
    """A CSV file as ``(header, header text, [(record as dict, its exact text)])``, so a rewrite can keep
    the bytes of every record it does not change (quoting and all). Blank lines are dropped."""
    text = Path(path).read_bytes().decode("utf-8-sig")
    lines = text.splitlines(keepends=True)
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, [])
    start, out = reader.line_num, []
    for fields in reader:
        end = reader.line_num
        raw = "".join(lines[start:end])
        start = end
        if any(f.strip() for f in fields):
            out.append((dict(zip(header, fields)), raw if raw.endswith("\n") else raw + "\n"))
    return header, "".join(lines[:1]), out


def rewrite_records(path: str | Path, header_text: str, header: list[str], records: list) -> None:
    """Write a CSV file of ``records``, atomically: a ``str`` is a record's exact text (kept as it was),
    a ``dict`` a record to serialise in ``header`` order."""
    parts = [header_text if header_text.endswith("\n") else header_text + "\n"]
    parts += [r if isinstance(r, str) else csv_text(header, [r]) for r in records]
    write_atomic(path, "".join(parts).encode("utf-8"))


class Transaction:
    """Files changed together: each file's bytes are saved before its first write, and if the block
    raises, every file is put back as it was (a file that did not exist is removed).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = Path(d, "a.txt"); _ = p.write_bytes(b"old")
    ...     try:
    ...         with Transaction() as tx:
    ...             tx.write(p, b"new"); raise RuntimeError("interrupted")
    ...     except RuntimeError:
    ...         pass
    ...     print(p.read_bytes())
    b'old'
    """

    def __init__(self) -> None:
        self.saved: dict[Path, bytes | None] = {}

    def touch(self, path: str | Path) -> Path:
        """Record ``path``'s current bytes before it is changed (once)."""
        path = Path(path)
        if path not in self.saved:
            self.saved[path] = path.read_bytes() if path.exists() else None
        return path

    def write(self, path: str | Path, data: bytes) -> None:
        write_atomic(self.touch(path), data)

    def append_rows(self, path: str | Path, rows: list[dict]) -> None:
        append_csv_rows(self.touch(path), rows)

    def rewrite(self, path: str | Path, header_text: str, header: list[str], records: list) -> None:
        rewrite_records(self.touch(path), header_text, header, records)

    def delete(self, path: str | Path) -> None:
        self.touch(path).unlink(missing_ok=True)

    def __enter__(self) -> Transaction:
        return self

    def __exit__(self, kind, value, tb) -> bool:
        if kind is not None:
            for path, data in reversed(list(self.saved.items())):
                if data is None:
                    path.unlink(missing_ok=True)
                else:
                    write_atomic(path, data)
        return False
