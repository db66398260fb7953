"""Qt views over the shared Dataset. Each watches the AppState; none calls another."""
