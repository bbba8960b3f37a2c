"""`python -m fieldlab_desk` runs the same entry point as the `fieldlab-desk` command."""

import sys

from fieldlab_desk.launcher import main

sys.exit(main())
