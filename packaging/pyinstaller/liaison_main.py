"""The frozen application's entry point (PyInstaller): the same launcher as the `liaison` command.

The Windows and macOS windowed executables start without a console: there the launcher's GUI entry is used, which
shows what it would print (--version, a usage error) in a message box."""

import sys

from ui.launcher import desktop_main, main

if __name__ == "__main__":
    windowed = sys.platform in ("win32", "darwin") and "liaison-cli" not in sys.argv[0].lower()
    sys.exit(desktop_main() if windowed else main())
