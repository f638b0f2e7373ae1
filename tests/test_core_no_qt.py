"""The core never imports Qt: every module of liaison imports with PySide6 blocked."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import liaison


def test_every_core_module_imports_with_qt_blocked():
    modules = sorted(m.name for m in pkgutil.walk_packages(liaison.__path__, "liaison."))
    assert len(modules) > 10
    script = (
        "import sys, importlib\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6', 'ui'):\n"
        "            raise ImportError(f'blocked: {name}')\n"
        "sys.meta_path.insert(0, Block())\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m)\n"
        "print('ok', len(sys.modules))\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          cwd=Path(liaison.__file__).parent.parent)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("ok")
