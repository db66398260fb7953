"""Research pages: sources, the index of people/units/places, and the one-page report."""
