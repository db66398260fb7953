"""The force-comparison page: state, wording, layout and the chart."""
