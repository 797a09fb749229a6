"""``python -m crossref`` runs the command line."""

import sys

from crossref.cli import main

sys.exit(main())
