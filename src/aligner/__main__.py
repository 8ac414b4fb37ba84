"""``python -m aligner``: the same as the ``aligner`` command."""

import sys

from .cli import main

sys.exit(main())
