"""The colours every chart and picture shares, on screen and on paper (and in the half-year
report's legend under its charts, written as HTML here)."""

BLUE, LIGHT, YELLOW, GREY, RED = "#1f5f8b", "#3a86b8", "#f2b705", "#9aa5ad", "#b3261e"
