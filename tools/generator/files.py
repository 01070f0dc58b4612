"""File writing shared by the generator and the importers."""
from __future__ import annotations

import os
import pathlib
import tempfile


def write_atomically(path: pathlib.Path, text: str) -> None:
    """Temporary name in the same folder, fsync, rename (STYLE: atomic outputs): a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        pathlib.Path(temporary).unlink(missing_ok=True)
        raise
