"""pyqtgraph plots: the data with the fitted line, the loss curve, the residuals."""
