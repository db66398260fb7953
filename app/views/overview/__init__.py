"""The home page: what the app is and what the loaded data holds."""
