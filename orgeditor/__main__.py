import sys

from orgeditor.cli import main

sys.exit(main())
