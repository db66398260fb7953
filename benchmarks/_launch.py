"""Shared by the start-up benchmarks: time a process until it prints marker lines."""
from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def time_to_marks(cmd: list[str], marks: tuple[str, ...], env: dict[str, str] | None = None,
                  timeout: float = 120.0) -> dict[str, float]:
    """Wall time from launch until each marker word starts a line on stdout."""
    if env is None:
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT, env=env)
    seen: dict[str, float] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        word = line.split(" ", 1)[0].strip()
        if word in marks and word not in seen:
            seen[word] = time.perf_counter() - start
        if len(seen) == len(marks) or time.perf_counter() - start > timeout:
            break
    proc.kill()
    proc.wait()
    missing = [m for m in marks if m not in seen]
    if missing:
        raise RuntimeError(f"{cmd} never printed {missing}")
    return seen
