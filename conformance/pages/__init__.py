"""The pages people read: the spec (spec.py), a run's report (report.py) and the matrix of
implementations (matrix.py), each one self-contained HTML file."""
