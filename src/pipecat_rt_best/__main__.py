"""``python -m pipecat_rt_best`` runs the command line (as ``pipecat-rt-best``)."""

import sys

from pipecat_rt_best.cli import main

sys.exit(main())
