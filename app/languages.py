"""The languages the app speaks, in one place with no imports: the window (before pandas loads)
and the Qt-free model both read it."""

#: English first: the data's reference language, and every text's fallback.
LANGUAGES = ("en", "fi", "sv")
