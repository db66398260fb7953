"""The main window and what belongs to it: menus, session, loading, deep links, shortcuts."""
