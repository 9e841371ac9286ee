"""The quick guide shown by Help ▸ Quick Guide."""

GUIDE_HTML = """
<h3>Watch a line learn</h3>
<ol>
<li><b>Data.</b> An example is loaded. Open your own CSV, TSV, Excel or
OpenDocument file with <i>File ▸ Open</i> (Ctrl+O), or drag it onto the window.
Pick the response <i>y</i> and one or more predictors <i>x</i> on the left.</li>
<li><b>Run.</b> Press <i>Run</i> (F5). Gradient descent starts from the flat line
ŷ = 0·x + 0 and takes steps w ← w − η·∂L/∂w down the mean squared error
L = (1/N)·Σ(y − ŷ)². The loss curve on the right falls as the line settles on the
dashed least-squares answer. <i>Step</i> (F10) takes one step at a time;
<i>Stop</i> (Esc) ends the run; <i>Reset</i> (Ctrl+R) starts over.</li>
<li><b>Learning rate.</b> The solver panel shows the largest stable learning rate
for your data. Go above it and the run explodes (it stops and tells you why);
go far below and it crawls. <i>Standardise features</i> fixes the crawl.</li>
<li><b>Beyond a line.</b> Raise the polynomial degree, add predictors, try ridge
and lasso, hold back a test set, and read R² in the results.</li>
<li><b>Outliers.</b> Click a point to leave it out of the fit (it turns hollow)
and watch the least-squares line move; click it again to put it back. The
<i>Residuals</i> tab rings points more than two standard deviations off the line;
click one there to leave it out too. Try the odd point in <i>Anscombe III</i>.</li>
<li><b>Why the solver matters.</b> <i>Run ▸ Compare Solvers</i> fits the data with
QR, inv(XᵀX), lstsq and polyfit. Try it on the NIST Filip example.</li>
</ol>
<p>Nothing here needs a network connection.</p>
"""
