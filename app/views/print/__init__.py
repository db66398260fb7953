"""Print drawing: A4 pages drawn with a QPainter (text, tables, the map and the charts as
vector shapes), shared by the one-page report (File ▸ Save report as PDF…) and the tour
handout (File ▸ Save tour as PDF…). Nothing here grabs a widget: no bitmaps, no UI chrome."""
