"""Allow ``python -m thirdcountry``."""

from thirdcountry.cli import main

main()
