"""``python -m pipecat_rt_best.cli`` runs the command line."""

import sys

from pipecat_rt_best.cli import main

sys.exit(main())
