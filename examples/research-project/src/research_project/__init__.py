"""Tiny helpers the scripts share."""

import attrs


@attrs.frozen
class Run:
    name: str
    seed: int


def describe(run: Run) -> str:
    return f"{run.name} (seed {run.seed})"
