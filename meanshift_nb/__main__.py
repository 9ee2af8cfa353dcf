"""`python -m meanshift_nb`: the `meanshift_nb` command (see nbs/90_cli.ipynb).

Written by hand: nbdev appends to a module that no notebook names in `#| default_exp`, so this file has no notebook of its own."""
import sys
from meanshift_nb.cli import main

if __name__ == '__main__': sys.exit(main())
