import sys

from teilhabe_desktop.cli import main

sys.exit(main())
