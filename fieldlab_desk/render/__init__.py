"""Drawing with Qt and matplotlib that needs no window: a PDF paged from HTML, an SVG turned
into PNG, an indicator's chart as an image. The app and the command line both draw through
here (``fieldlab_desk.outputs``), so a command never loads the window's modules."""
