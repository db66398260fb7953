"""PyInstaller entry point: the same as ``python -m app``."""
from app.cli import main

raise SystemExit(main())
