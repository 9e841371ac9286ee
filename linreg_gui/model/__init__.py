"""The GUI-independent model layer: NumPy, pandas and the standard library only.

Everything a student could do from a notebook lives here: loading data, building
the design matrix, the solvers, metrics and statistics.  Nothing here imports Qt
(``tests/test_layers.py`` checks it).
"""
