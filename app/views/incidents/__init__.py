"""The incident table page: table, search, facets, year range, histogram, details, export."""
