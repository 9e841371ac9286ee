<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Controller</name>
    <message>
        <source>it has no numeric column, and a regression needs two (an x and a y).</source>
        <extracomment>How long closing waits for a background task that cannot stop mid-block. Threads that outlived shutdown (should never happen); kept referenced so Python never destroys a running QThread, which would abort the process.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has only one numeric column, and a regression needs two (an x and a y).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not numbers: {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated data</source>
        <extracomment>Start a run once the analysis being made is ready (Run pressed early, or settings changed while a run was going). Where the next run begins (user&apos;s units, intercept first); None: 0. Log the loss and keep the line every this many iterations (0: off).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open {what} Your data is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled; your data is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {what}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compare the solvers: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sweep failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the training log ({rows} rows, every {every}) to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the training log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A starting point needs finite numbers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <source>row {row} does not exist; there are {count} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell must hold a finite number, or be empty (NaN) when the value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell must hold a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no column {column}; the columns are {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {column} does not hold numbers: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place} holds {value}, which is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Design</name>
    <message>
        <source>Choose at least one x column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An x column is chosen twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be both x and y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The polynomial degree must be between 1 and {most}, not {degree}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A polynomial (degree above 1) needs exactly one x column; {count} are chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be both a weight and a variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x spans only [{low}, {high}]: so narrow a range for its size that the coefficients of raw powers of x exceed float64&apos;s range. Subtract a constant from x (or lower the degree).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected columns hold a value beyond float64&apos;s range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; leaves float64&apos;s range here (|x| reaches {reach}, so {name} would be about 1e{size}). Methods that take raw powers of x as they are cannot use it; least squares (ols), ridge and lasso scale x first. Or change the units of x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has no spread (every value is the same), so it cannot be standardised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x column &apos;{name}&apos; is constant (every value is {value}): a line through points that all share one x has no defined slope. Choose another x column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no numeric column named &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected columns hold an infinite value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight column &apos;{name}&apos; is negative in data row {row}; weights must be zero or positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every weight in &apos;{name}&apos; is zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model has {params} parameters but only {rows} usable rows ({dropped} dropped for missing values); it needs at least {params}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model has {params} parameters but only {rows} usable rows; it needs at least {params}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every x value is zero: a line through the origin has no slope.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>, </source>
        <extracomment>Cook&apos;s distance contours drawn on residuals vs leverage. Most bars in the residual histogram.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean residual {mean}   ·   Xᵀr = ({values}), {percent} % of Xᵀy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;{column}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Examples</name>
    <message>
        <source>Textbook line: y = 4 + 3x + noise</source>
        <extracomment>Bounds of :func:`generate_linear`&apos;s ``n`` (the dialog uses them too). Accuracy lessons open with the closed-form answer (Compare Solvers is next). x far from 0: descent on standardised features converges in a few hundred steps instead of crawling (coefficients are still shown in the data&apos;s units). Every example, in menu order. The first is what a new user sees.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The textbook&apos;s 100 points; least squares gives b0 = 4.215, b1 = 2.770 (the true line is 4 + 3x).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noisy line: y = 3.5x + 10 + noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>400 points with a large spread (SD 25) around a clear trend: R² is modest, yet the slope is well determined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noisy quadratic: y = 0.5x² + x + 2 + noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A curve: degree 2 fits it; degree 1 underfits and degree 10 chases the noise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diabetes: progression vs BMI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>442 patients: disease progression a year on against body-mass index; nine more baseline measures for multiple regression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anscombe&apos;s quartet I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same means, variances, correlation and fitted line as the other three sets: a plain linear relation with scatter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anscombe&apos;s quartet II</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same means, variances, correlation and fitted line as the other three sets: a smooth curve, which a line misdescribes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anscombe&apos;s quartet III</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same means, variances, correlation and fitted line as the other three sets: a perfect line but for one outlier that tilts the fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anscombe&apos;s quartet IV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same means, variances, correlation and fitted line as the other three sets: one far point alone decides the slope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longley: US employment 1947-1962</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment against six economic series that move together: a classic test of accuracy under collinearity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norris: ozone monitor calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>36 monitor readings against reference values: an almost perfect line with certified coefficients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filip: degree-10 polynomial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>82 points and a degree-10 fit so ill-conditioned that the normal equation loses every digit; compare the methods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of points must be a whole number, not {n}.</source>
        <extracomment>The example shown on first launch: the textbook&apos;s own numbers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of points must be between {least} and {most}, not {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slope must be a finite number, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intercept must be a finite number, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The noise must be a finite number, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest x must be a finite number, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest x must be a finite number, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The noise standard deviation must be 0 or more, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The x range must run from low to high; got {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed must be a whole number ≥ 0 or None, not {seed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generator must be one of {names}, not {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fitting</name>
    <message>
        <source>Least squares (QR)</source>
        <extracomment>Every method, in the order menus list them, with its title. English, as the command line prints them; the window shows `method_title`.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal equation, inv(XᵀX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ridge (L2 penalty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasso (L1 penalty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch gradient descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini-batch SGD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient descent with momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown method &apos;{method}&apos;; choose one of {methods}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test fraction must be in [0, 1), not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop on &apos;gap&apos;, &apos;gradient&apos; or &apos;loss&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random seed must be a whole number from 0 to {most}, not {seed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{method}&apos; is not an iterative method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test fraction of {fraction} leaves {train} training rows of {rows}; the model needs at least {params}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the training rows x column &apos;{name}&apos; is constant; choose another split seed or a smaller test fraction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{data} has no numeric column left to use as x.</source>
        <extracomment>Gradient runs: within the tolerance of the optimum (see README, Accuracy). Gradient runs: why the run ended (a :class:`StopReason` value). Gradient runs: the final step&apos;s relative gap to the least-squares optimum. The fit as its solver holds it: metrics and predictions come from here.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{data} has no numeric column left to use as y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &apos;{name}&apos; is not numeric: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{data} has no column named &apos;{name}&apos;. Numeric columns: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fitted curve needs a model with exactly one x column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradientDescent</name>
    <message>
        <source>The starting point needs {count} finite coefficients (got {given}).</source>
        <extracomment>Steps per block when ``fit`` runs without anyone watching. (first update, η) each time the rate changed: what a replay follows. Why the run ended (None while it goes on). Set when a block passed to :meth:`advance` ended in a blow-up. The optimum the gaps are measured to, in the user&apos;s units. The current step&apos;s gap to the optimum. (iteration, loss) where the learning rate last changed: what a blow-up is measured from. Whether each step sees a mini-batch (and so hovers around θ*). Whether blocks come from :meth:`Quadratic.descent_path`.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown gradient method &apos;{method}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max iterations must be 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tolerance must be a number ≥ 0, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop on {rules}, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum must be in [0, 1), not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch size must be at least 1, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {name} must be a positive number, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Influence</name>
    <message>
        <source>leverage h = {leverage} · studentized r = {studentized} · Cook&apos;s D = {cook}</source>
        <extracomment>hᵢᵢ: how far the row&apos;s x pulls the line, 1/n … 1. Internally studentized residual (R&apos;s ``rstandard``). Externally studentized residual (R&apos;s ``rstudent``): σ̂ without the row.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Landscape</name>
    <message>
        <source>A term has no spread (every value is the same), so there is no standardised landscape.</source>
        <extracomment>Whether the least-squares coefficients are unique.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different coefficients of {count} ({i} and {j} given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The penalty is &apos;ridge&apos; or &apos;lasso&apos;, not {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every α must be a number ≥ 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeastSquares</name>
    <message>
        <source>a term</source>
        <extracomment>Columns are scaled to unit length; one whose component orthogonal to the columns before it is shorter than this counts as dependent (R uses 1e-7).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The least-squares solver was given {what} that is not a finite number (beyond float64&apos;s range, or missing).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Loading</name>
    <message>
        <source>the file has a header row but no data rows</source>
        <extracomment>Physical line (or sheet row) and fields of each requested 0-based data row. How text became numbers (:func:`read_as_typed`): (what, an example cell). Longest cell pandas is asked to read as a number (1e308 with every digit written out is 309 characters). Longest cell tried as a typed number (&quot;$1,234,567,890.25&quot; is 17 characters). Cells whose length is looked at before any other work (prose shows early). Cells people type for &quot;no value&quot; (compared in lower case).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column holds numbers (column {column}: {reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column holds numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns without a name in the file were called {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these columns hold no values: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cell} as a missing value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cell} without its currency sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cell} as a number in per cent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cell} without its thousands separators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {column} was read as typed: {done}; check the numbers in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cell} is not a finite number; regression needs finite values (leave the cell empty if the value is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such file in {folder}</source>
        <extracomment>The first block read to guess the format (the sniffer reads more if needed).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be opened ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you do not have permission to read this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <extracomment>How often the loading thread looks at the parallel workers&apos; progress. How often the loader looks at Cancel and moves the bar during a whole-file read.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted value is never closed (a &quot; without its partner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read as a table ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} holds text, not a spreadsheet; it was read as a delimited text table</source>
        <extracomment>File name endings the open dialog offers. Any other file is tried as text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was deleted or moved while it was being read; load it again once it is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was replaced by another file while it was being read; load it again once it is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file changed size ({before} → {after} bytes) while it was being read; load it again once it is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was rewritten while it was being read; load it again once it is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a text file from byte {offset} on (it holds NUL bytes there); is it a table cut short or joined to other data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s text cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gzip-compressed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is {what}, not a table of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a text file (it holds NUL bytes); is it really a table?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a text file (it holds control characters); is it really a table?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text, so it was read as Latin-1 (ISO 8859-1); check that accented letters look right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds only blank lines, no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line is megabytes long; this does not look like a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decimal commas found (for example {cell} on line {line}); they were read as decimal points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds only delimiters and blank lines, no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has {names} names but this row only {values} values; in a file separated by spaces, column names must not contain spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate column names were renamed: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{old} to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this line has {seen} values, but the header names {expected} columns; is there a stray delimiter, or a quote missing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this line has {seen} values, but the first row has {expected} values; is there a stray delimiter, or a quote missing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a zip archive or an Office document, not a text table; if it is a spreadsheet, give it its real extension (.xlsx, .ods or .xls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a spreadsheet despite its name; its first sheet was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read as a spreadsheet ({reason}); it may be damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read as a spreadsheet; it may be damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the first sheet, {sheet}, was read; the file has {count} sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first sheet is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a NIST StRD header without &apos;Data (lines … to …)&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line} should name the columns (&apos;Data:  y  x&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line} has {values} values; the header names {names} columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line} holds something that is not a number: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header promises lines {first} to {last}, the file ends at line {end}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyLine</name>
    <message>
        <source>Easy: a clear line with even noise</source>
        <extracomment>Difficulty of a guess-the-line round → what its data show. English; the window shows `difficulty_text`.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outliers: a few points far off the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skewed x: most points bunched at low x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unequal noise: the spread grows with x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard: outliers, skewed x and unequal noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Line needs exactly one x column.</source>
        <extracomment>Points in a generated round.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Line draws a straight line: set the polynomial degree to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Line needs a model with an intercept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Line needs at least one row to fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perfect</source>
        <extracomment>The least-squares line (intercept, slope). A best SSR below this is a perfect fit: what is left is the rounding of the coefficients to float64 (about eps²·Σwy²). Upper bounds of the gap (percent) for each grade, best first.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Great</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep trying</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlotData</name>
    <message>
        <source>missing value in a selected column</source>
        <extracomment>Points drawn in the predicted-vs-actual view at most (chosen once per data set). Points drawn in the scatter and the residual plot at most: a random sample beyond (drawing 10⁷ dots took 0.35 s a frame, and looks the same). Longer models are summarised in the plot&apos;s label (the results table has all). A residual this many standard deviations from zero is ringed as an outlier.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out of the fit by you (right-click to put back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the test set (not used for fitting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ŷ = polynomial, degree {degree}</source>
        <extracomment>How many points there are, drawn or not (more than drawn: a sample).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ŷ = b0 + {count} terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ŷ = {count} terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} dropped (missing values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} left out by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} for testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R² {r2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSE {mse}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test R² {r2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iteration {iteration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diverged at iteration {iteration}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converged after {done}: {gap}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converged after {done}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after {done} without converging: {gap}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after {done} without converging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it stopped: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} at iteration {iteration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… {count} lines skipped at this speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iteration {iteration}: loss {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iteration {iteration}: loss {loss}, test loss {test_loss}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quadratic</name>
    <message>
        <source>Gradient descent cannot work here in float64: the terms reach {largest}, so XᵀX/N, the curvature it steps on, overflows. Tick &apos;Standardise features&apos; (--scale), or change the units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient descent cannot work here in float64: y reaches {largest}, so the loss it minimises (the mean of squared errors) is beyond float64&apos;s range. Change y&apos;s units (divide it by a power of ten), or use Least squares.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Choose a y column.</source>
        <extracomment>What a new user sees: the textbook&apos;s batch gradient descent, η = 0.1, slow enough to watch. It stops once within the tolerance of the least-squares answer (&quot;converged&quot; means exactly that); the textbook&apos;s gradient and loss rules are one click away in the solver panel. Animation speed in steps per second (``None``: as fast as the machine goes).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no data to edit.</source>
        <extracomment>Row numbers (0-based) the user left out of the fit.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no data to add to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>there is no such file</source>
        <extracomment>The value of the top-level ``&quot;format&quot;`` key. The newest schema this version writes and reads; older ones are read too. The file name ending (and the desktop&apos;s MIME glob). Larger files are refused before they are read: 10⁶ rows of a few columns take about 100 MB, and json holds a file several times over in memory. The plots a session can bring to the front.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be opened ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is {size} MB; a session file may be at most {most} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than {most} MB, the most a session file may be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a linreg session file (it is not UTF-8 text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a linreg session file (it is not JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged: it is not valid JSON ({reason} at line {line}, column {column})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged: it is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a linreg session file (not a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a linreg session file (its &quot;format&quot; is not &quot;{format}&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this session was saved by a newer linreg-gui (session format version {version}; this one reads version {supported}). Update linreg-gui to open it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Solvers</name>
    <message>
        <source>The design has rank {rank} of {terms}: {names} is a linear combination of the other terms, so its coefficient cannot be estimated (shown as NA). The rest is fitted without it.</source>
        <extracomment>The fit as the solver holds it (None: only ``coef_`` in user units exists).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terms are nearly collinear (condition number {cond} after centring and scaling); coefficients may carry few correct digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coefficient of &apos;{name}&apos; is about 1e{size}, beyond float64&apos;s range (about 1.8e308), so it cannot be written down. Change the units of x or y (divide x by 1e100, say).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coefficient of &apos;{name}&apos; is about 1e{size}, below float64&apos;s normal range, so it is shown as {shown}; the fit&apos;s residuals and metrics use its exact value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XᵀX cannot be formed in float64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xᵀy cannot be formed in float64 here: it overflows. Least squares (ols) scales the columns first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XᵀX is exactly singular, so inv(XᵀX) does not exist: some terms are linear combinations of others. Use OLS, which reports which ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inv(XᵀX) produced non-finite numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XᵀX has condition number {cond} ([1, X]&apos;s {cond_x}, squared). Float64&apos;s worst-case bound (cond × ε = {bound}) guarantees no correct digit; measured against the QR solution, these coefficients keep {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XᵀX has condition number {cond} ([1, X]&apos;s {cond_x}, squared). Float64&apos;s worst-case bound (cond × ε = {bound}) guarantees only about {digits} correct digits; measured against the QR solution, these coefficients keep {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} here: the sum of squares of &apos;{name}&apos; would be about 1e{size}, above float64&apos;s largest number (1.8e308). Least squares (ols) scales the columns first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} here: the sum of squares of &apos;{name}&apos; would be about 1e{size}, below float64&apos;s smallest normal number (2.2e-308). Least squares (ols) scales the columns first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>np.linalg.lstsq failed on this design ({reason}). Least squares (ols) scales the columns first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>np.linalg.lstsq treated the design as rank {rank} of {terms} (its cut-off dropped the smallest singular value) and returned a different, minimum-norm answer without an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>np.polyfit fits a polynomial in one x with an intercept; choose one x column and keep the intercept on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>np.polyfit cannot scale the powers of x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>np.polyfit failed on this data ({reason}): it squares each power of x to scale it, which leaves float64&apos;s range here. Least squares (ols) scales x first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>np.polyfit returned non-finite coefficients: it squares each power of x to scale it, which leaves float64&apos;s range here. Least squares (ols) scales x first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>np.polyfit warned: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms {names} are collinear; their coefficients are 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinate descent did not converge: it stopped at its limit of {sweeps} sweeps with the last sweep still moving a coefficient by {change} of the largest (the tolerance is {tol}); standardising the features usually fixes this.</source>
        <extracomment>Ridge rows are √penalty: this keeps them, and their squares in the QR, finite.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A term has no spread, so the lasso cannot weigh it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be a number ≥ 0, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Essentially perfect fit: inference is not meaningful (the residuals are at the level of rounding error, so t, p and F would measure only that noise; they are shown as NA).</source>
        <extracomment>R&apos;s ``summary.lm`` calls a fit &quot;essentially perfect&quot; when the residual variance is below this fraction of ``mean(ŷ)² + var(ŷ)``: the residuals are then rounding error, and t, p and F measure nothing but that.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y is constant (every value is {value}): R², the t tests and the F test are undefined (0/0), so no significance can be claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MSE (about 1e{size}) is beyond float64&apos;s range, so it shows as Inf; read the RMSE, {rmse}, instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MSE (about 1e{size}) is below float64&apos;s normal numbers, so it keeps only a few digits; read the RMSE, {rmse}, instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>within the tolerance of the least-squares answer</source>
        <extracomment>What ends a run early: its gap to the optimum (the default), or one of the textbook rules, which only see the gradient or the loss. The least loss counts as zero (the points lie on the model) below this fraction of the starting loss; the loss gap is then taken against L(0). A loss this many times the starting loss means the run has blown up. ... and so does a loss above the start that rose this many steps in a row. Stopping criteria must hold this many consecutive steps (momentum and mini-batches can pass a flat point without having converged).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient below the tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss change below the tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iteration limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loss blew up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss {loss} above the least-squares loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{gap} from least squares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{gap} from the least-squares answer (loss {loss} above its minimum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} iterations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>, </source>
        <extracomment>Checkpoints a timeline keeps at most (besides the first and the latest). Steps between kept checkpoints (at least).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration {iteration} (standardised units): {partials} (this step&apos;s mini-batch); η = {eta}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration {iteration} (standardised units): {partials}; η = {eta}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration {iteration}: {partials} (this step&apos;s mini-batch); η = {eta}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration {iteration}: {partials}; η = {eta}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>The run could not start.</source>
        <extracomment>Log lines a snapshot carries at most (the newest); the rest are counted. A block of steps gives the landscape&apos;s path every step up to this many, and beyond it pairs of consecutive steps at about this many places. Emitted once with a formatted traceback if the model raised something unexpected (a bug); the run also ends with a FAILED snapshot. Emitted instead of any snapshot when the run cannot be set up (the model&apos;s message: e.g. an invalid setting).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run failed unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
