"""PyInstaller hook override for pygments (replaces the stock one for this build).

superqt imports pygments at package import (its code highlighter), but the app never
highlights code. The stock hook collects every lexer, formatter and style (~600 modules);
this one collects only what the imports reach, so pygments stays importable and small.
"""
hiddenimports = []
