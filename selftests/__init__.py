"""Self-tests of the suite: mutants, step matching, feature lint, harness units."""
