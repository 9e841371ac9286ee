"""Threads that run model code off the GUI thread and stream immutable snapshots.

Only ``PySide6.QtCore`` is used here: no widgets, no plots.
"""
