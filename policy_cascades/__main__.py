"""`python -m policy_cascades` runs the command line, as the `policy-cascades` script does."""

from policy_cascades.cli import main

main()
