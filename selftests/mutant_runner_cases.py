"""App factories that break the run that loads them, for the mutant runner's own self-tests.

Each stands in for a mutant whose patch goes wrong: one hangs, one ends its process, one
crashes the interpreter. They live outside selftests/mutants/, so no mutant count sees them.
"""

import ctypes
import os
import time


def hang():
    time.sleep(3600)


def exit_early():
    os._exit(3)


def segfault():
    ctypes.string_at(0)  # reads address 0: SIGSEGV
