"""Widgets and plots: presentation and user intent only, no maths."""
