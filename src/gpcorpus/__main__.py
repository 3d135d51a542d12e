"""``python -m gpcorpus``: the same as the ``gpcorpus`` command."""
from gpcorpus.cli import run

if __name__ == "__main__":
    run()
