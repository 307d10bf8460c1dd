"""The commands that write pages: ``spec`` (the spec as a page) and ``matrix`` (several runs'
results side by side). ``run --report`` writes a run's page (supervised_run.py)."""

from __future__ import annotations

import sys

from .option_values import writable_file


def add_page_commands(commands) -> None:
    spec = commands.add_parser("spec", help="write the spec as one self-contained HTML page",
                               description="Write the spec (every feature, scenario and catalogue entry) as one "
                                           "self-contained HTML page.")
    spec.add_argument("-o", "--output", metavar="PATH", type=writable_file, required=True, help="the page to write")
    matrix = commands.add_parser("matrix", help="write several runs' results side by side as an HTML page",
                                 description="Write the results files of several runs (implementations or "
                                             "versions) side by side, area by area, as one HTML page.")
    matrix.add_argument("results", metavar="RESULTS.jsonl", nargs="+", help="results files of flask-conformance run")
    matrix.add_argument("-o", "--output", metavar="PATH", type=writable_file, required=True, help="the page to write")


def run_page_command(args) -> int:
    try:
        if args.command == "spec":
            from .pages.spec import write_spec

            write_spec(args.output)
        else:
            from .pages.matrix import write_matrix

            write_matrix(args.output, args.results)
    except (OSError, ValueError) as exc:
        print(f"flask-conformance: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {args.output}")
    return 0
