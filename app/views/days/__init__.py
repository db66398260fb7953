"""The daily operations viewer: day strip, schematic map, legend, day list and chart."""
