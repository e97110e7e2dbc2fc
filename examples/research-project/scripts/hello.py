"""Run from the project root: `.venv/bin/python scripts/hello.py`."""

import os
import sys

from tqdm import tqdm

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "src"))
from research_project import Run, describe  # noqa: E402

run = Run(name=os.environ.get("EXPERIMENT_NAME", "local"), seed=int(os.environ.get("SEED", "0")))
for _ in tqdm(range(3), desc=describe(run)):
    pass
