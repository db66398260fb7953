"""PySide6 6.12.0 on Python 3.11 crashes (none_dealloc) after thousands of calls to Qt
methods returning None; pyproject pins <6.12 there. This pins that the installed build
survives 50,000 such calls."""
from __future__ import annotations

import subprocess
import sys


def test_fifty_thousand_void_calls_do_not_crash():
    code = (
        "import os; os.environ.setdefault('QT_QPA_PLATFORM','offscreen')\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "app = QApplication([])\n"
        "label = QLabel()\n"
        "for i in range(50_000):\n"
        "    label.setText(str(i))\n"
        "print(label.text())\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "49999"
