"""What every page shares: the DataFrame table model, wording of codes, palette, display, icons."""
