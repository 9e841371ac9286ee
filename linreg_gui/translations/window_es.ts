<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a CSV, TSV, Excel or OpenDocument file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a .linreg session: its data, settings, view and last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the data, edits, settings, view and last run as a .linreg file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a noisy straight line to fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run gradient descent, or pause it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take one gradient-descent step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Training &amp;Log (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save iteration, loss, test loss and every coefficient at every k iterations of the run (View ▸ History Lines sets k) and its last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Lab Re&amp;cord…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the session, training log, residuals, coefficients, every plot (PNG and SVG), the results and a Python script in one folder or zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back one iteration: every view shows it (the run pauses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run where it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the starting line (w = 0, b = 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare Solvers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least squares by QR, inv(XᵀX), lstsq and polyfit side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;weep Learning Rates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the method at 30 learning rates and plot the steps each needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Python Code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a script that refits these rows with NumPy and asks scikit-learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the coefficient table and metrics (paste into a spreadsheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Plot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the shown plot as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the shown plot as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Plot &amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the shown plot&apos;s series as tab-separated numbers (series, x, y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Least-Squares Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the closed-form answer as a dashed line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a line by hand, see its squared residuals, guess the best line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence and &amp;Prediction Bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shade the 95 % band for the mean and for new observations around the least-squares line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change to the data: a point moved or added, a cell edited, rows left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logarithmic Loss Axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log scale for the loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Focus on Plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the side panels to give the plots the room; again to bring them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation &amp;Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, large type, thick lines, high contrast and the iteration, loss and equation in a banner: for a projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text, lines and dots in every pane, plots included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text, lines and dots in every pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to 100 % (150 % in presentation mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;essons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided lessons: predict, run, then see why (progress is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command that has a key, and what it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About linreg-gui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnPicker</name>
    <message>
        <source>&amp;Response (y)</source>
        <extracomment>Rows the x list shows before it scrolls.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column the model predicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Predictors (x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the columns the model uses to predict y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not numeric: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is the response (y); a column cannot also predict itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &apos;{name}&apos; to predict y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a data set to choose its columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model needs at least two numeric columns: one y and one x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column to predict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one predictor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}  (text)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataOpener</name>
    <message>
        <source>1 iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standardised features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degree {degree}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{example}: opened with its settings ({settings}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why} Showing the example “{example}” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate set to {after} for this example: {before} is above its stable limit and the run would explode. Raise it again to watch that happen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>Data table</source>
        <extracomment>The pickers take at most this share of the dock&apos;s height.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows of the data: edit a cell to change a value; Ctrl+E leaves the selected rows out of the fit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <source>predictor (x)</source>
        <extracomment>Role key → (header suffix, tooltip wording, tint as RGB). The tints are translucent so they read on light and dark palettes alike.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response (y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a number</source>
        <extracomment>Words that mean &quot;missing&quot; when typed into a cell (besides an empty cell). Rows read when choosing column widths: enough to be representative, few enough that a million-row data set opens at once. Columns sized beyond the right edge of the view (the rest wait their turn). A column is never sized wider than this (pixels)... ... so no cell text longer than this needs measuring. Text cells show at most this many characters (a 100 MB cell stays usable).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is infinite; only finite numbers can be fitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out of the fit: &apos;{name}&apos; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out of the fit: {names} are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out of the fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not numeric ({reason}), so it cannot be fitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing value in &apos;{name}&apos;, row {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not numeric: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: numeric, used as the {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: numeric, not used in the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &apos;{name}&apos; is not numeric, so its cells cannot be edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}, column &apos;{name}&apos;: &apos;{text}&apos; {reason}. Type a number such as 3.14 (or 3,14), or leave the cell empty for a missing value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave Selected Rows Out of the Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit without these rows, e.g. an outlier: watch the line move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put Selected Rows Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put All Rows Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <source>Drop to open
{name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FitView</name>
    <message>
        <source>{method} reaches its answer in one step, so there is no loss curve to watch.
Choose a gradient-descent method to see the loss fall step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iteration {n} · loss {loss}</source>
        <extracomment>Data-set row of each point in the scatter (clicks leave rows out). Where runs begin (the controller&apos;s start point), None: all 0. The design&apos;s rows whose residuals are drawn (a sample at large N, so a redraw costs the same at 10⁷ rows as at 2·10⁵).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every {k} (hover a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (hover a line)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Watch a line learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Data.&lt;/b&gt; An example is loaded. Open your own CSV, TSV, Excel or OpenDocument file with &lt;i&gt;File ▸ Open&lt;/i&gt; (Ctrl+O), or drag it onto the window. Pick the response &lt;i&gt;y&lt;/i&gt; and one or more predictors &lt;i&gt;x&lt;/i&gt; on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Run.&lt;/b&gt; Press &lt;i&gt;Run&lt;/i&gt; (F5). Gradient descent starts from the flat line ŷ = 0·x + 0 and takes steps w ← w − η·∂L/∂w down the mean squared error L = (1/N)·Σ(y − ŷ)². The loss curve on the right falls as the line settles on the dashed least-squares answer. &lt;i&gt;Step&lt;/i&gt; (F10) takes one step at a time; &lt;i&gt;Stop&lt;/i&gt; (Esc) ends the run; &lt;i&gt;Reset&lt;/i&gt; (Ctrl+R) starts over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Learning rate.&lt;/b&gt; The solver panel shows the largest stable learning rate for your data. Go above it and the run explodes (it stops and tells you why); go far below and it crawls. &lt;i&gt;Standardise features&lt;/i&gt; fixes the crawl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Beyond a line.&lt;/b&gt; Raise the polynomial degree, add predictors, try ridge and lasso, hold back a test set, and read R² in the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Outliers.&lt;/b&gt; Click a point to leave it out of the fit (it turns hollow) and watch the least-squares line move; click it again to put it back. The &lt;i&gt;Residuals&lt;/i&gt; tab rings points more than two standard deviations off the line; click one there to leave it out too. Try the odd point in &lt;i&gt;Anscombe III&lt;/i&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Why the solver matters.&lt;/b&gt; &lt;i&gt;Run ▸ Compare Solvers&lt;/i&gt; fits the data with QR, inv(XᵀX), lstsq and polyfit. Try it on the NIST Filip example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here needs a network connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>About linreg-gui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch linear regression learn: least squares, gradient descent, ridge and lasso, with every number checked against certified values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the BSD 3-Clause licence. Works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogSpinBox</name>
    <message>
        <source>it must be above 0</source>
        <extracomment>Relative slack when deciding that a value already sits on a ladder rung. Colour of the warning outline (a value the user should reconsider). What a number may look like while it is being typed (&quot;&quot;, &quot;1e&quot;, &quot;-&quot;, &quot;2.&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the largest allowed is {limit}</source>
        <extracomment>What a number may look like while it is being typed (signs, digits, separators, an exponent, a decimal part).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the smallest allowed is {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not possible here ({why}): using {used}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ready</source>
        <extracomment>The status bar&apos;s word for each run state (translated where shown).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at max iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converged</source>
        <extracomment>How a run ended, in the results&apos; title (&quot;Batch gradient descent · converged&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped at max iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear Regression</source>
        <extracomment>The most of a narrow window&apos;s width each side panel takes, and its least. The largest history interval k that can be chosen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every k iterations (View ▸ History) a run logs its loss here, as the tutorials print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put all rows back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data files ({patterns});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load data and choose columns first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the solvers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a gradient method to sweep its η.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fit is being updated; export again once it is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export training log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run gradient descent first: no run to log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot data copied: 1 row of series, x, y (tab-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot data copied: {rows} rows of series, x, y (tab-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSE {mse}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window will be in {name} the next time linreg-gui starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom {percent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load data and choose the columns first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a line by hand, see its squared residuals (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Line is off: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw and log the line every k iterations, k =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} left out of the fit: click its hollow point on the Fit tab to put it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} is back in the fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polynomial degree needs exactly one x column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — Linear Regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{method} · press Run (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{method}: press Run (F5) or Step (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <extracomment>History-line intervals offered in View ▸ History.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every k Iterations…</source>
        <extracomment>Any other k, typed in (the tutorial&apos;s 1000, or 2500…).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every {k} Iterations (Change…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 1 iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every {k} iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a bundled example data set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;linreg-gui hit an unexpected error.&lt;/b&gt;&lt;br&gt;Your data and settings are still open; you can keep working.&lt;br&gt;The details were written to &lt;code&gt;{path}&lt;/code&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlotArea</name>
    <message>
        <source>Fit</source>
        <extracomment>Tab index of the landscape. Tab index of the diagnostics. How extra width is shared between the data plot and the loss plot.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residuals vs fitted, normal Q-Q, residuals vs leverage with Cook&apos;s distance, and a histogram of the residuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data, the current line and the least-squares answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residuals y − ŷ against fitted values: look for curves and outliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss over two coefficients, with the path gradient descent takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the plot…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Iteration</source>
        <extracomment>The zoom steps Ctrl+= and Ctrl+- walk through. The banner&apos;s numbers refresh this often while it shows (ms). (iteration, loss, equation) as the banner shows them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the coefficients and metrics with every digit: tab-separated for spreadsheets, and as a table for documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coefficients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each coefficient&apos;s estimate, and with least squares its standard error, t value, p value and 95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodness of fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R², adjusted R², MSE, RMSE, MAE and the rows used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fit yet. The coefficients, R² and errors appear here as soon as the line starts to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard errors, t, p and confidence intervals come from least-squares theory; this method does not provide them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient descent paused at iteration {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient descent running: iteration {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimates so far.  Standard errors and p-values need a finished least-squares fit; MAE is worked out when the run stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row with a missing value left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows with a missing value left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsTables</name>
    <message>
        <source>Signif. codes:  *** p &lt; 0.001   ** p &lt; 0.01   * p &lt; 0.05   . p &lt; 0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p-value: if this coefficient were really 0, the chance of an estimate at least this far from 0.  Small p (say below 0.05) is evidence that the term helps predict y.  It is not the chance that the coefficient is 0, and it says nothing about how large the effect is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% confidence interval: a range of plausible values for the coefficient.  Built this way from many samples, 95% of such intervals would contain the true value.  An interval that excludes 0 goes with p &lt; 0.05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R²: share of the variance of y the model explains: 1 = perfect, 0 = no better than predicting the mean, negative = worse than the mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R² without an intercept is uncentred (1 − SSres/Σy², as R reports it): it compares the model with predicting 0, not the mean, so it is not comparable with the R² of a model that has an intercept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusted R²: R² with a penalty for each coefficient.  Adding any term never lowers R², but adjusted R² rises only if the term improves the fit more than chance would, so use it to compare models with different numbers of terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <extracomment>(header, key, tooltip) of the coefficient table; key None is the term name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s terms; (Intercept) is the constant b0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fitted coefficient: how much the prediction changes when this x grows by 1 and the other x stay fixed.  For (Intercept): the prediction when every x is 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Std. Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard error: how much the estimate would vary from sample to sample.  Least squares computes it from the residuals; other methods leave it blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t value = estimate ÷ standard error: how many standard errors the estimate lies from 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% CI low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% CI high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusted R²</source>
        <extracomment>(label, key, tooltip) of the metric rows.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean squared error: the average of (y − ŷ)², in the units of y squared.  It is the loss gradient descent minimises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root mean squared error: √MSE, a typical size of a prediction error in the units of y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean absolute error: the average |y − ŷ|.  Large errors count less than in RMSE, so it is less swayed by outliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many rows these numbers are computed on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NA: this term is aliased (a combination of the other terms), so the data cannot tell its coefficient apart from theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{metric} (uncentred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows held out of the fit: how well the model predicts new data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows the model was fitted on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed on all rows used in the fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <extracomment>The metric table&apos;s column headers (kept in English in copied tables).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Move between controls</source>
        <extracomment>Keys that work without a menu command, listed after the table&apos;s.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data table: leave the selected rows out of the fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data table: copy the selected cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row: a command, its keys and what it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command is also in the menus: Alt and the underlined letter opens a menu from the keyboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SolverPanel</name>
    <message>
        <source>Method</source>
        <extracomment>Animation speeds offered, slowest first; ``None`` is &quot;max&quot;. Batch size an SGD run falls back to (as the model does for ``None``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the coefficients are found.
Closed-form methods solve the least-squares problem in one step;
iterative methods start from zero and walk downhill, one step at a time, which you can watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α, the penalty strength. 0 would be plain least squares;
larger values pull the weights toward zero (bias up, variance down).
Arrows step 1, 2, 5 × 10ᵏ; type any value, e.g. 0.3 or 1e-3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate η</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run stops after this many steps even if it has not converged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run has converged when the chosen quantity stays below this
value for a few steps in a row. Smaller is more precise and slower.
0 never stops early: exactly Max iterations steps are taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap to best fit &lt; tol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient ‖∇L‖ &lt; tol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss change &lt; tol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap to best fit: stop once every coefficient and the loss are within tol (relative) of the
least-squares answer, which the app knows: this is what &apos;converged&apos; means.
gradient: the textbook rule, stop when the slope of the loss is nearly flat.
loss change: stop when the loss hardly changes from one step to the next.
Whatever stops a run, the results say how far it is from least squares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per gradient estimate. Small batches give cheap, noisy steps;
&apos;all rows&apos; is full-batch descent. Each pass over the data reshuffles the rows (with the seed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>μ, the share of the last step carried into the next (0 = plain gradient descent).
0.9 is usual; close to 1 the line overshoots and oscillates before settling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum μ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit an intercept b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standardise features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the rows held back as a test set. The model never sees them while fitting,
so their error shows how well it predicts new data (overfitting shows as a gap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeds the random train/test split and the mini-batch order.
The same seed repeats a run exactly; another seed shows how much luck matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient-descent steps shown per second. Slow speeds let you follow single steps;
&apos;max&apos; runs as fast as the computer can. Takes effect at once, also during a run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>np.polyfit always fits an intercept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least squares gives the same fitted line in any units,
so standardising changes nothing for this method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fixed limit for Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any rate is stable here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stable below ≈{limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stable below {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ above the stable limit {limit}: this run will explode · &lt;a href=&quot;safe&quot;&gt;use {rate}&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest learning rate for which full-batch descent converges on this data (1/λmax of XᵀX/N, times 1+μ with momentum).
For mini-batches it is a guide, not a guarantee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iterative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speed} /s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SolverTexts</name>
    <message>
        <source>Minimises Σ(y − ŷ)² in one step by a QR factorisation of X: accurate even when columns are nearly collinear.</source>
        <extracomment>One line per method that says what it computes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>θ = (XᵀX)⁻¹Xᵀy, the lecture-notes formula. Forming XᵀX squares the condition number, so ill-conditioned data lose digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumPy&apos;s SVD solver: np.linalg.lstsq(X, y). Tiny singular values count as zero, which hides a nearly singular X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>np.polyfit(x, y, degree): least squares for a polynomial in one x, always with an intercept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimises Σ(y − ŷ)² + α·Σw²: a larger α shrinks the weights toward 0. The intercept is not penalised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimises Σ(y − ŷ)²/2N + α·Σ|w|: a large enough α sets weights exactly to 0, so it selects features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w ← w − η·∂L/∂w with the full-data gradient ∂L/∂w = −2/N·Σx(y − ŷ); b takes the same step with −2/N·Σ(y − ŷ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same step w ← w − η·∂L/∂w, but each gradient comes from a random mini-batch of rows: cheaper, noisier steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v ← μ·v − η·∇L, then w ← w + v: the velocity builds up along steady directions and damps the zig-zag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divides each step by a running RMS of the gradient (β₁ = 0.9, β₂ = 0.999), so steps are about η whatever the data&apos;s scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rate η: each step moves the coefficients by η times the gradient.
Too small and the line crawls; too large and each step overshoots until the run explodes.
Changing it during a run takes effect from the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the stable limit ({limit}): this run will explode.
Each step overshoots the minimum by more than the last, so the loss grows without bound.
Choose a value below {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polynomial degree: 1 fits a line, 2 a parabola (b + w₁x + w₂x²), and so on.
High degrees follow the training points ever closer and predict new ones worse (overfitting).
Needs a single x column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the constant b in ŷ = b + w·x.
Without it the line is forced through the origin (0, 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescale each feature to mean 0 and standard deviation 1 before fitting.
Gradient descent then converges much faster, and a penalty treats every feature alike.
Coefficients are still reported in your data&apos;s units.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading; the current data stays</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Timeline: iteration shown</source>
        <extracomment>Slider positions at most (a run of 10⁷ iterations maps several to one). History lines drawn at most when a run pauses or ends (every m·k beyond).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to any iteration of the run so far: every view shows it (Shift+F10 steps back, F10 forward)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update that made this iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration 0: the starting point (no step made it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
