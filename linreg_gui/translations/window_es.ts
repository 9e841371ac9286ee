<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a CSV, TSV, Excel or OpenDocument file</source>
        <translation>Abre un archivo CSV, TSV, Excel u OpenDocument</translation>
    </message>
    <message>
        <source>Open &amp;Session…</source>
        <translation>Abr&amp;ir sesión…</translation>
    </message>
    <message>
        <source>Open a .linreg session: its data, settings, view and last run</source>
        <translation>Abre una sesión .linreg: sus datos, ajustes, vista y última ejecución</translation>
    </message>
    <message>
        <source>Save Session…</source>
        <translation>G&amp;uardar sesión…</translation>
    </message>
    <message>
        <source>Save the data, edits, settings, view and last run as a .linreg file</source>
        <translation>Guarda los datos, los cambios, los ajustes, la vista y la última ejecución en un archivo .linreg</translation>
    </message>
    <message>
        <source>&amp;Generate Data…</source>
        <translation>&amp;Generar datos…</translation>
    </message>
    <message>
        <source>Make a noisy straight line to fit</source>
        <translation>Crea una recta con ruido para ajustarla</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>Run gradient descent, or pause it</source>
        <translation>Ejecuta el descenso de gradiente o lo pausa</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>P&amp;aso</translation>
    </message>
    <message>
        <source>Take one gradient-descent step</source>
        <translation>Da un paso de descenso de gradiente</translation>
    </message>
    <message>
        <source>Export Training &amp;Log (CSV)…</source>
        <translation>E&amp;xportar registro de entrenamiento (CSV)…</translation>
    </message>
    <message>
        <source>Save iteration, loss, test loss and every coefficient at every k iterations of the run (View ▸ History Lines sets k) and its last</source>
        <translation>Guarda la iteración, la pérdida, la pérdida de prueba y cada coeficiente cada k iteraciones de la ejecución (Ver ▸ Líneas de historial fija k) y en la última</translation>
    </message>
    <message>
        <source>Export Lab Re&amp;cord…</source>
        <translation>Exp&amp;ortar cuaderno de prácticas…</translation>
    </message>
    <message>
        <source>Save the session, training log, residuals, coefficients, every plot (PNG and SVG), the results and a Python script in one folder or zip</source>
        <translation>Guarda la sesión, el registro de entrenamiento, los residuos, los coeficientes, todos los gráficos (PNG y SVG), los resultados y un script de Python en una carpeta o un zip</translation>
    </message>
    <message>
        <source>Step &amp;Back</source>
        <translation>Paso a&amp;trás</translation>
    </message>
    <message>
        <source>Go back one iteration: every view shows it (the run pauses)</source>
        <translation>Retrocede una iteración: todas las vistas la muestran (la ejecución se pausa)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop the run where it is</source>
        <translation>Detiene la ejecución donde está</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>Re&amp;iniciar</translation>
    </message>
    <message>
        <source>Back to the starting line (w = 0, b = 0)</source>
        <translation>Vuelve a la recta inicial (w = 0, b = 0)</translation>
    </message>
    <message>
        <source>&amp;Compare Solvers…</source>
        <translation>&amp;Comparar métodos de resolución…</translation>
    </message>
    <message>
        <source>Least squares by QR, inv(XᵀX), lstsq and polyfit side by side</source>
        <translation>Mínimos cuadrados por QR, inv(XᵀX), lstsq y polyfit, uno al lado de otro</translation>
    </message>
    <message>
        <source>S&amp;weep Learning Rates…</source>
        <translation>&amp;Barrido de tasas de aprendizaje…</translation>
    </message>
    <message>
        <source>Run the method at 30 learning rates and plot the steps each needs</source>
        <translation>Ejecuta el método con 30 tasas de aprendizaje y representa los pasos que necesita cada una</translation>
    </message>
    <message>
        <source>&amp;Export Python Code…</source>
        <translation>Exportar código &amp;Python…</translation>
    </message>
    <message>
        <source>Save a script that refits these rows with NumPy and asks scikit-learn</source>
        <translation>Guarda un script que vuelve a ajustar estas filas con NumPy y lo contrasta con scikit-learn</translation>
    </message>
    <message>
        <source>Copy &amp;Results</source>
        <translation>Copiar resul&amp;tados</translation>
    </message>
    <message>
        <source>Copy the coefficient table and metrics (paste into a spreadsheet)</source>
        <translation>Copia la tabla de coeficientes y las métricas (para pegar en una hoja de cálculo)</translation>
    </message>
    <message>
        <source>&amp;Save Plot…</source>
        <translation>Guardar grá&amp;fico…</translation>
    </message>
    <message>
        <source>Save the shown plot as PNG or SVG</source>
        <translation>Guarda el gráfico mostrado como PNG o SVG</translation>
    </message>
    <message>
        <source>Copy &amp;Plot</source>
        <translation>&amp;Copiar gráfico</translation>
    </message>
    <message>
        <source>Copy the shown plot as an image</source>
        <translation>Copia el gráfico mostrado como imagen</translation>
    </message>
    <message>
        <source>Copy Plot &amp;Data</source>
        <translation>Copiar &amp;datos del gráfico</translation>
    </message>
    <message>
        <source>Copy the shown plot&apos;s series as tab-separated numbers (series, x, y)</source>
        <translation>Copia las series del gráfico mostrado como números separados por tabuladores (serie, x, y)</translation>
    </message>
    <message>
        <source>Show &amp;Least-Squares Line</source>
        <translation>Mostrar recta de &amp;mínimos cuadrados</translation>
    </message>
    <message>
        <source>Show the closed-form answer as a dashed line</source>
        <translation>Muestra la solución exacta como línea discontinua</translation>
    </message>
    <message>
        <source>&amp;My Line</source>
        <translation>Mi &amp;recta</translation>
    </message>
    <message>
        <source>Set a line by hand, see its squared residuals, guess the best line</source>
        <translation>Coloca una recta a mano, mira sus residuos al cuadrado y adivina la mejor recta</translation>
    </message>
    <message>
        <source>Confidence and &amp;Prediction Bands</source>
        <translation>&amp;Bandas de confianza y de predicción</translation>
    </message>
    <message>
        <source>Shade the 95 % band for the mean and for new observations around the least-squares line</source>
        <translation>Sombrea la banda del 95 % para la media y para nuevas observaciones alrededor de la recta de mínimos cuadrados</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change to the data: a point moved or added, a cell edited, rows left out</source>
        <translation>Deshace el último cambio en los datos: un punto movido o añadido, una celda editada, filas excluidas</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Rehace el último cambio deshecho</translation>
    </message>
    <message>
        <source>&amp;Logarithmic Loss Axis</source>
        <translation>Eje de pérdida &amp;logarítmico</translation>
    </message>
    <message>
        <source>Log scale for the loss</source>
        <translation>Escala logarítmica para la pérdida</translation>
    </message>
    <message>
        <source>&amp;Focus on Plots</source>
        <translation>Solo los &amp;gráficos</translation>
    </message>
    <message>
        <source>Hide the side panels to give the plots the room; again to bring them back</source>
        <translation>Oculta los paneles laterales para dejar sitio a los gráficos; otra vez para recuperarlos</translation>
    </message>
    <message>
        <source>Presentation &amp;Mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <source>Full screen, large type, thick lines, high contrast and the iteration, loss and equation in a banner: for a projector</source>
        <translation>Pantalla completa, letra grande, líneas gruesas, alto contraste y la iteración, la pérdida y la ecuación en una franja: para el proyector</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Larger text, lines and dots in every pane, plots included</source>
        <translation>Texto, líneas y puntos más grandes en todos los paneles, gráficos incluidos</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Re&amp;ducir</translation>
    </message>
    <message>
        <source>Smaller text, lines and dots in every pane</source>
        <translation>Texto, líneas y puntos más pequeños en todos los paneles</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>Back to 100 % (150 % in presentation mode)</source>
        <translation>Vuelve al 100 % (150 % en modo presentación)</translation>
    </message>
    <message>
        <source>L&amp;essons</source>
        <translation>&amp;Lecciones</translation>
    </message>
    <message>
        <source>Guided lessons: predict, run, then see why (progress is kept)</source>
        <translation>Lecciones guiadas: predice, ejecuta y comprende el porqué (se guarda el progreso)</translation>
    </message>
    <message>
        <source>&amp;Quick Guide</source>
        <translation>Guía &amp;rápida</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Every command that has a key, and what it does</source>
        <translation>Todos los comandos con tecla y lo que hacen</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Abrir &amp;carpeta de registros</translation>
    </message>
    <message>
        <source>&amp;About linreg-gui</source>
        <translation>Acerca &amp;de linreg-gui</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
</context>
<context>
    <name>ColumnPicker</name>
    <message>
        <source>&amp;Response (y)</source>
        <translation>&amp;Respuesta (y)</translation>
    </message>
    <message>
        <source>Choose a column</source>
        <translation>Elige una columna</translation>
    </message>
    <message>
        <source>The column the model predicts.</source>
        <translation>La columna que predice el modelo.</translation>
    </message>
    <message>
        <source>&amp;Predictors (x)</source>
        <translation>&amp;Predictores (x)</translation>
    </message>
    <message>
        <source>Tick the columns the model uses to predict y.</source>
        <translation>Marca las columnas que usa el modelo para predecir y.</translation>
    </message>
    <message>
        <source>Predict &apos;{name}&apos;.</source>
        <translation>Predecir «{name}».</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not numeric: {detail}.</source>
        <translation>«{name}» no es numérica: {detail}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is the response (y); a column cannot also predict itself.</source>
        <translation>«{name}» es la respuesta (y); una columna no puede predecirse a sí misma.</translation>
    </message>
    <message>
        <source>Use &apos;{name}&apos; to predict y.</source>
        <translation>Usar «{name}» para predecir y.</translation>
    </message>
    <message>
        <source>Open a data set to choose its columns.</source>
        <translation>Abre un conjunto de datos para elegir sus columnas.</translation>
    </message>
    <message>
        <source>A model needs at least two numeric columns: one y and one x.</source>
        <translation>Un modelo necesita al menos dos columnas numéricas: una y y una x.</translation>
    </message>
    <message>
        <source>Choose the column to predict.</source>
        <translation>Elige la columna que quieres predecir.</translation>
    </message>
    <message>
        <source>Tick at least one predictor.</source>
        <translation>Marca al menos un predictor.</translation>
    </message>
    <message>
        <source>{name}  (text)</source>
        <translation>{name}  (texto)</translation>
    </message>
</context>
<context>
    <name>DataOpener</name>
    <message>
        <source>1 iteration</source>
        <translation>1 iteración</translation>
    </message>
    <message>
        <source>{count} iterations</source>
        <translation>{count} iteraciones</translation>
    </message>
    <message>
        <source>standardised features</source>
        <translation>variables estandarizadas</translation>
    </message>
    <message>
        <source>degree {degree}</source>
        <translation>grado {degree}</translation>
    </message>
    <message>
        <source>{example}: opened with its settings ({settings}).</source>
        <translation>{example}: abierto con sus ajustes ({settings}).</translation>
    </message>
    <message>
        <source>{why} Showing the example “{example}” instead.</source>
        <translation>{why} Se muestra en su lugar el ejemplo «{example}».</translation>
    </message>
    <message>
        <source>Learning rate set to {after} for this example: {before} is above its stable limit and the run would explode. Raise it again to watch that happen.</source>
        <translation>Tasa de aprendizaje fijada en {after} para este ejemplo: {before} supera su límite estable y la ejecución explotaría. Súbela de nuevo para verlo.</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>Data table</source>
        <translation>Tabla de datos</translation>
    </message>
    <message>
        <source>The rows of the data: edit a cell to change a value; Ctrl+E leaves the selected rows out of the fit</source>
        <translation>Las filas de los datos: edita una celda para cambiar un valor; Ctrl+E excluye del ajuste las filas seleccionadas</translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <source>predictor (x)</source>
        <translation>predictor (x)</translation>
    </message>
    <message>
        <source>response (y)</source>
        <translation>respuesta (y)</translation>
    </message>
    <message>
        <source>case weights</source>
        <translation>pesos de los casos</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <source>is infinite; only finite numbers can be fitted</source>
        <translation>es infinito; solo se pueden ajustar números finitos</translation>
    </message>
    <message>
        <source>Left out of the fit: &apos;{name}&apos; is missing.</source>
        <translation>Excluida del ajuste: falta «{name}».</translation>
    </message>
    <message>
        <source>Left out of the fit: {names} are missing.</source>
        <translation>Excluida del ajuste: faltan {names}.</translation>
    </message>
    <message>
        <source>Left out of the fit.</source>
        <translation>Excluida del ajuste.</translation>
    </message>
    <message>
        <source>it holds text</source>
        <translation>contiene texto</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not numeric ({reason}), so it cannot be fitted.</source>
        <translation>«{name}» no es numérica ({reason}), así que no se puede ajustar.</translation>
    </message>
    <message>
        <source>Missing value in &apos;{name}&apos;, row {row}.</source>
        <translation>Falta el valor de «{name}» en la fila {row}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not numeric: {reason}.</source>
        <translation>«{name}» no es numérica: {reason}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: numeric, used as the {role}.</source>
        <translation>«{name}»: numérica, usada como {role}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: numeric, not used in the model.</source>
        <translation>«{name}»: numérica, no se usa en el modelo.</translation>
    </message>
    <message>
        <source>Column &apos;{name}&apos; is not numeric, so its cells cannot be edited here.</source>
        <translation>La columna «{name}» no es numérica, así que sus celdas no se pueden editar aquí.</translation>
    </message>
    <message>
        <source>Row {row}, column &apos;{name}&apos;: &apos;{text}&apos; {reason}. Type a number such as 3.14 (or 3,14), or leave the cell empty for a missing value.</source>
        <translation>Fila {row}, columna «{name}»: «{text}» {reason}. Escribe un número como 3,14 (o 3.14), o deja la celda vacía para un valor que falta.</translation>
    </message>
    <message>
        <source>Leave Selected Rows Out of the Fit</source>
        <translation>Excluir del ajuste las filas seleccionadas</translation>
    </message>
    <message>
        <source>Fit without these rows, e.g. an outlier: watch the line move</source>
        <translation>Ajusta sin estas filas, p. ej. un valor atípico: mira cómo se mueve la recta</translation>
    </message>
    <message>
        <source>Put Selected Rows Back</source>
        <translation>Recuperar las filas seleccionadas</translation>
    </message>
    <message>
        <source>Put All Rows Back</source>
        <translation>Recuperar todas las filas</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <source>Drop to open
{name}</source>
        <translation>Suelta para abrir
{name}</translation>
    </message>
</context>
<context>
    <name>FitView</name>
    <message>
        <source>{method} reaches its answer in one step, so there is no loss curve to watch.
Choose a gradient-descent method to see the loss fall step by step.</source>
        <translation>{method} llega a su solución en un solo paso, así que no hay curva de pérdida que observar.
Elige un método de descenso de gradiente para ver cómo baja la pérdida paso a paso.</translation>
    </message>
    <message>
        <source>iteration {n} · loss {loss}</source>
        <translation>iteración {n} · pérdida {loss}</translation>
    </message>
    <message>
        <source>Every {k} (hover a line)</source>
        <translation>Cada {k} (pasa el ratón por una línea)</translation>
    </message>
    <message>
        <source>History (hover a line)</source>
        <translation>Historial (pasa el ratón por una línea)</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Watch a line learn</source>
        <translation>Mira cómo aprende una recta</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data.&lt;/b&gt; An example is loaded. Open your own CSV, TSV, Excel or OpenDocument file with &lt;i&gt;File ▸ Open&lt;/i&gt; (Ctrl+O), or drag it onto the window. Pick the response &lt;i&gt;y&lt;/i&gt; and one or more predictors &lt;i&gt;x&lt;/i&gt; on the left.</source>
        <translation>&lt;b&gt;Datos.&lt;/b&gt; Hay un ejemplo cargado. Abre tu propio archivo CSV, TSV, Excel u OpenDocument con &lt;i&gt;Archivo ▸ Abrir&lt;/i&gt; (Ctrl+O) o arrástralo a la ventana. Elige la respuesta &lt;i&gt;y&lt;/i&gt; y uno o más predictores &lt;i&gt;x&lt;/i&gt; a la izquierda.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run.&lt;/b&gt; Press &lt;i&gt;Run&lt;/i&gt; (F5). Gradient descent starts from the flat line ŷ = 0·x + 0 and takes steps w ← w − η·∂L/∂w down the mean squared error L = (1/N)·Σ(y − ŷ)². The loss curve on the right falls as the line settles on the dashed least-squares answer. &lt;i&gt;Step&lt;/i&gt; (F10) takes one step at a time; &lt;i&gt;Stop&lt;/i&gt; (Esc) ends the run; &lt;i&gt;Reset&lt;/i&gt; (Ctrl+R) starts over.</source>
        <translation>&lt;b&gt;Ejecutar.&lt;/b&gt; Pulsa &lt;i&gt;Ejecutar&lt;/i&gt; (F5). El descenso de gradiente parte de la recta horizontal ŷ = 0·x + 0 y da pasos w ← w − η·∂L/∂w cuesta abajo por el error cuadrático medio L = (1/N)·Σ(y − ŷ)². La curva de pérdida de la derecha baja mientras la recta se asienta sobre la solución de mínimos cuadrados, discontinua. &lt;i&gt;Paso&lt;/i&gt; (F10) avanza de paso en paso; &lt;i&gt;Detener&lt;/i&gt; (Esc) termina la ejecución; &lt;i&gt;Reiniciar&lt;/i&gt; (Ctrl+R) vuelve a empezar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Learning rate.&lt;/b&gt; The solver panel shows the largest stable learning rate for your data. Go above it and the run explodes (it stops and tells you why); go far below and it crawls. &lt;i&gt;Standardise features&lt;/i&gt; fixes the crawl.</source>
        <translation>&lt;b&gt;Tasa de aprendizaje.&lt;/b&gt; El panel &lt;i&gt;Resolución&lt;/i&gt; muestra la mayor tasa de aprendizaje estable para tus datos. Si la superas, la ejecución explota (se detiene y te dice por qué); si te quedas muy por debajo, avanza a paso de tortuga. &lt;i&gt;Estandarizar variables&lt;/i&gt; lo arregla.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Beyond a line.&lt;/b&gt; Raise the polynomial degree, add predictors, try ridge and lasso, hold back a test set, and read R² in the results.</source>
        <translation>&lt;b&gt;Más allá de una recta.&lt;/b&gt; Sube el grado del polinomio, añade predictores, prueba ridge y lasso, reserva un conjunto de prueba y lee R² en los resultados.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Outliers.&lt;/b&gt; Click a point to leave it out of the fit (it turns hollow) and watch the least-squares line move; click it again to put it back. The &lt;i&gt;Residuals&lt;/i&gt; tab rings points more than two standard deviations off the line; click one there to leave it out too. Try the odd point in &lt;i&gt;Anscombe III&lt;/i&gt;.</source>
        <translation>&lt;b&gt;Valores atípicos.&lt;/b&gt; Haz clic en un punto para excluirlo del ajuste (queda hueco) y mira cómo se mueve la recta de mínimos cuadrados; vuelve a hacer clic para recuperarlo. La pestaña &lt;i&gt;Residuos&lt;/i&gt; rodea con un círculo los puntos a más de dos desviaciones típicas de la recta; haz clic en uno allí para excluirlo también. Prueba con el punto raro de &lt;i&gt;Anscombe III&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why the solver matters.&lt;/b&gt; &lt;i&gt;Run ▸ Compare Solvers&lt;/i&gt; fits the data with QR, inv(XᵀX), lstsq and polyfit. Try it on the NIST Filip example.</source>
        <translation>&lt;b&gt;Por qué importa el método.&lt;/b&gt; &lt;i&gt;Ejecutar ▸ Comparar métodos de resolución&lt;/i&gt; ajusta los datos con QR, inv(XᵀX), lstsq y polyfit. Pruébalo con el ejemplo Filip del NIST.</translation>
    </message>
    <message>
        <source>Nothing here needs a network connection.</source>
        <translation>Nada de esto necesita conexión a internet.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>About linreg-gui</source>
        <translation>Acerca de linreg-gui</translation>
    </message>
    <message>
        <source>Watch linear regression learn: least squares, gradient descent, ridge and lasso, with every number checked against certified values.</source>
        <translation>Mira cómo aprende la regresión lineal: mínimos cuadrados, descenso de gradiente, ridge y lasso, con cada número comprobado frente a valores certificados.</translation>
    </message>
    <message>
        <source>Free software under the BSD 3-Clause licence. Works offline.</source>
        <translation>Software libre con licencia BSD de 3 cláusulas. Funciona sin conexión.</translation>
    </message>
    <message>
        <source>Quick guide</source>
        <translation>Guía rápida</translation>
    </message>
</context>
<context>
    <name>LogSpinBox</name>
    <message>
        <source>it must be above 0</source>
        <translation>debe ser mayor que 0</translation>
    </message>
    <message>
        <source>it cannot be negative</source>
        <translation>no puede ser negativo</translation>
    </message>
    <message>
        <source>the largest allowed is {limit}</source>
        <translation>el máximo es {limit}</translation>
    </message>
    <message>
        <source>the smallest allowed is {limit}</source>
        <translation>el mínimo es {limit}</translation>
    </message>
    <message>
        <source>{value} is not possible here ({why}): using {used}.</source>
        <translation>{value} no es posible aquí ({why}): se usa {used}.</translation>
    </message>
    <message>
        <source>it must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Converged</source>
        <translation>Convergió</translation>
    </message>
    <message>
        <source>Stopped at max iterations</source>
        <translation>Detenido en el máximo de iteraciones</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Detenido antes de tiempo</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation>Divergió</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>convergió</translation>
    </message>
    <message>
        <source>stopped at max iterations</source>
        <translation>detenido en el máximo de iteraciones</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>detenido antes de tiempo</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergió</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marcha</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>Linear Regression</source>
        <translation>Regresión lineal</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Solver</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Every k iterations (View ▸ History) a run logs its loss here, as the tutorials print it.</source>
        <translation>Cada k iteraciones (Ver ▸ Líneas de historial) la ejecución anota aquí su pérdida, tal como la imprimen los tutoriales.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Training log</source>
        <translation>Registro de entrenamiento</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>Put all rows back</source>
        <translation>Recuperar todas las filas</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>Abrir datos</translation>
    </message>
    <message>
        <source>Data files ({patterns});;All files (*)</source>
        <translation>Archivos de datos ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Load data and choose columns first.</source>
        <translation>Primero carga datos y elige las columnas.</translation>
    </message>
    <message>
        <source>Comparing the solvers…</source>
        <translation>Comparando los métodos de resolución…</translation>
    </message>
    <message>
        <source>Choose a gradient method to sweep its η.</source>
        <translation>Elige un método de gradiente para hacer un barrido de su η.</translation>
    </message>
    <message>
        <source>The fit is being updated; export again once it is shown.</source>
        <translation>El ajuste se está actualizando; vuelve a exportar cuando se muestre.</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Guardando {name}…</translation>
    </message>
    <message>
        <source>the code</source>
        <translation>el código</translation>
    </message>
    <message>
        <source>Export training log</source>
        <translation>Exportar registro de entrenamiento</translation>
    </message>
    <message>
        <source>Run gradient descent first: no run to log.</source>
        <translation>Primero ejecuta el descenso de gradiente: no hay ninguna ejecución que registrar.</translation>
    </message>
    <message>
        <source>the plot</source>
        <translation>el gráfico</translation>
    </message>
    <message>
        <source>Plot copied to the clipboard</source>
        <translation>Gráfico copiado al portapapeles</translation>
    </message>
    <message>
        <source>Plot data copied: 1 row of series, x, y (tab-separated)</source>
        <translation>Datos del gráfico copiados: 1 fila de serie, x, y (separadas por tabuladores)</translation>
    </message>
    <message>
        <source>Plot data copied: {rows} rows of series, x, y (tab-separated)</source>
        <translation>Datos del gráfico copiados: {rows} filas de serie, x, y (separadas por tabuladores)</translation>
    </message>
    <message>
        <source>Iteration {n}</source>
        <translation>Iteración {n}</translation>
    </message>
    <message>
        <source>Loss {loss}</source>
        <translation>Pérdida {loss}</translation>
    </message>
    <message>
        <source>MSE {mse}</source>
        <translation>MSE {mse}</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>el idioma del sistema</translation>
    </message>
    <message>
        <source>The window will be in {name} the next time linreg-gui starts.</source>
        <translation>La próxima vez que se inicie linreg-gui, la ventana estará en este idioma: {name}.</translation>
    </message>
    <message>
        <source>Zoom {percent}</source>
        <translation>Zoom {percent}</translation>
    </message>
    <message>
        <source>My Line</source>
        <translation>Mi recta</translation>
    </message>
    <message>
        <source>Load data and choose the columns first.</source>
        <translation>Primero carga datos y elige las columnas.</translation>
    </message>
    <message>
        <source>Set a line by hand, see its squared residuals (Ctrl+M)</source>
        <translation>Coloca una recta a mano y mira sus residuos al cuadrado (Ctrl+M)</translation>
    </message>
    <message>
        <source>My Line is off: {reason}</source>
        <translation>Mi recta está desactivada: {reason}</translation>
    </message>
    <message>
        <source>History lines</source>
        <translation>Líneas de historial</translation>
    </message>
    <message>
        <source>Draw and log the line every k iterations, k =</source>
        <translation>Dibujar y anotar la recta cada k iteraciones, k =</translation>
    </message>
    <message>
        <source>Row {row} left out of the fit: click its hollow point on the Fit tab to put it back.</source>
        <translation>Fila {row} excluida del ajuste: haz clic en su punto hueco en la pestaña Ajuste para recuperarla.</translation>
    </message>
    <message>
        <source>Row {row} is back in the fit.</source>
        <translation>La fila {row} vuelve a estar en el ajuste.</translation>
    </message>
    <message>
        <source>Polynomial degree needs exactly one x column</source>
        <translation>El grado del polinomio necesita exactamente una columna x</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>{name} — Linear Regression</source>
        <translation>{name} — Regresión lineal</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} filas</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>No está listo</translation>
    </message>
    <message>
        <source>{method} · press Run (F5)</source>
        <translation>{method} · pulsa Ejecutar (F5)</translation>
    </message>
    <message>
        <source>{method}: press Run (F5) or Step (F10)</source>
        <translation>{method}: pulsa Ejecutar (F5) o Paso (F10)</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>Cargando {name}…</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;History Lines</source>
        <translation>Líneas de &amp;historial</translation>
    </message>
    <message>
        <source>Every k Iterations…</source>
        <translation>Cada k iteraciones…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Every {k} Iterations (Change…)</source>
        <translation>Cada {k} iteraciones (cambiar…)</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivadas</translation>
    </message>
    <message>
        <source>Every 1 iteration</source>
        <translation>En cada iteración</translation>
    </message>
    <message>
        <source>Every {k} iterations</source>
        <translation>Cada {k} iteraciones</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>&amp;Ejemplos</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barra principal</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Open a bundled example data set</source>
        <translation>Abre uno de los conjuntos de datos de ejemplo incluidos</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Dismiss this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <source>&lt;b&gt;linreg-gui hit an unexpected error.&lt;/b&gt;&lt;br&gt;Your data and settings are still open; you can keep working.&lt;br&gt;The details were written to &lt;code&gt;{path}&lt;/code&gt;.</source>
        <translation>&lt;b&gt;linreg-gui ha encontrado un error inesperado.&lt;/b&gt;&lt;br&gt;Tus datos y ajustes siguen abiertos; puedes seguir trabajando.&lt;br&gt;Los detalles se han guardado en &lt;code&gt;{path}&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Mostrar detalles</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ocultar detalles</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
</context>
<context>
    <name>PlotArea</name>
    <message>
        <source>Fit</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Residuals</source>
        <translation>Residuos</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paisaje</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Residuals vs fitted, normal Q-Q, residuals vs leverage with Cook&apos;s distance, and a histogram of the residuals</source>
        <translation>Residuos frente a valores ajustados, gráfico Q-Q normal, residuos frente a apalancamiento con la distancia de Cook y un histograma de los residuos</translation>
    </message>
    <message>
        <source>The data, the current line and the least-squares answer</source>
        <translation>Los datos, la recta actual y la solución de mínimos cuadrados</translation>
    </message>
    <message>
        <source>Residuals y − ŷ against fitted values: look for curves and outliers</source>
        <translation>Residuos y − ŷ frente a valores ajustados: busca curvas y valores atípicos</translation>
    </message>
    <message>
        <source>The loss over two coefficients, with the path gradient descent takes</source>
        <translation>La pérdida sobre dos coeficientes, con el camino que sigue el descenso de gradiente</translation>
    </message>
    <message>
        <source>Preparing the plot…</source>
        <translation>Preparando el gráfico…</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Iteration</source>
        <translation>Iteración</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Equation</source>
        <translation>Ecuación</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the coefficients and metrics with every digit: tab-separated for spreadsheets, and as a table for documents.</source>
        <translation>Copia los coeficientes y las métricas con todas sus cifras: separados por tabuladores para hojas de cálculo y como tabla para documentos.</translation>
    </message>
    <message>
        <source>Coefficients</source>
        <translation>Coeficientes</translation>
    </message>
    <message>
        <source>Each coefficient&apos;s estimate, and with least squares its standard error, t value, p value and 95 % interval</source>
        <translation>La estimación de cada coeficiente y, con mínimos cuadrados, su error estándar, valor t, valor p e intervalo del 95 %</translation>
    </message>
    <message>
        <source>Goodness of fit</source>
        <translation>Bondad del ajuste</translation>
    </message>
    <message>
        <source>R², adjusted R², MSE, RMSE, MAE and the rows used</source>
        <translation>R², R² ajustado, MSE, RMSE, MAE y las filas usadas</translation>
    </message>
    <message>
        <source>No fit yet. The coefficients, R² and errors appear here as soon as the line starts to move.</source>
        <translation>Aún no hay ajuste. Los coeficientes, R² y los errores aparecen aquí en cuanto la recta empieza a moverse.</translation>
    </message>
    <message>
        <source>Standard errors, t, p and confidence intervals come from least-squares theory; this method does not provide them.</source>
        <translation>Los errores estándar, t, p y los intervalos de confianza vienen de la teoría de mínimos cuadrados; este método no los da.</translation>
    </message>
    <message>
        <source>Gradient descent paused at iteration {n}</source>
        <translation>Descenso de gradiente en pausa en la iteración {n}</translation>
    </message>
    <message>
        <source>Gradient descent running: iteration {n}</source>
        <translation>Descenso de gradiente en marcha: iteración {n}</translation>
    </message>
    <message>
        <source>Estimates so far.  Standard errors and p-values need a finished least-squares fit; MAE is worked out when the run stops.</source>
        <translation>Estimaciones hasta ahora.  Los errores estándar y los valores p necesitan un ajuste de mínimos cuadrados terminado; el MAE se calcula cuando se detiene la ejecución.</translation>
    </message>
    <message>
        <source>1 row with a missing value left out.</source>
        <translation>1 fila con un valor que falta excluida.</translation>
    </message>
    <message>
        <source>{count} rows with a missing value left out.</source>
        <translation>{count} filas con un valor que falta excluidas.</translation>
    </message>
</context>
<context>
    <name>ResultsTables</name>
    <message>
        <source>Signif. codes:  *** p &lt; 0.001   ** p &lt; 0.01   * p &lt; 0.05   . p &lt; 0.1</source>
        <translation>Códigos de signif.:  *** p &lt; 0,001   ** p &lt; 0,01   * p &lt; 0,05   . p &lt; 0,1</translation>
    </message>
    <message>
        <source>p-value: if this coefficient were really 0, the chance of an estimate at least this far from 0.  Small p (say below 0.05) is evidence that the term helps predict y.  It is not the chance that the coefficient is 0, and it says nothing about how large the effect is.</source>
        <translation>Valor p: si este coeficiente fuera realmente 0, la probabilidad de obtener una estimación al menos así de lejos de 0.  Un p pequeño (por ejemplo, menor que 0,05) indica que el término ayuda a predecir y.  No es la probabilidad de que el coeficiente sea 0, y no dice nada de lo grande que es el efecto.</translation>
    </message>
    <message>
        <source>95% confidence interval: a range of plausible values for the coefficient.  Built this way from many samples, 95% of such intervals would contain the true value.  An interval that excludes 0 goes with p &lt; 0.05.</source>
        <translation>Intervalo de confianza del 95 %: un rango de valores plausibles para el coeficiente.  Construidos así a partir de muchas muestras, el 95 % de estos intervalos contendría el valor verdadero.  Un intervalo que no incluye el 0 va con p &lt; 0,05.</translation>
    </message>
    <message>
        <source>R²: share of the variance of y the model explains: 1 = perfect, 0 = no better than predicting the mean, negative = worse than the mean.</source>
        <translation>R² (coeficiente de determinación): proporción de la varianza de y que explica el modelo: 1 = perfecto, 0 = no mejor que predecir la media, negativo = peor que la media.</translation>
    </message>
    <message>
        <source>R² without an intercept is uncentred (1 − SSres/Σy², as R reports it): it compares the model with predicting 0, not the mean, so it is not comparable with the R² of a model that has an intercept.</source>
        <translation>R² sin ordenada en el origen es no centrado (1 − SSres/Σy², como lo da R): compara el modelo con predecir 0, no la media, así que no es comparable con el R² de un modelo con ordenada en el origen.</translation>
    </message>
    <message>
        <source>Adjusted R²: R² with a penalty for each coefficient.  Adding any term never lowers R², but adjusted R² rises only if the term improves the fit more than chance would, so use it to compare models with different numbers of terms.</source>
        <translation>R² ajustado: R² con una penalización por cada coeficiente.  Añadir un término nunca baja R², pero el R² ajustado solo sube si el término mejora el ajuste más de lo que lo haría el azar; úsalo para comparar modelos con distinto número de términos.</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Término</translation>
    </message>
    <message>
        <source>The model&apos;s terms; (Intercept) is the constant b0.</source>
        <translation>Los términos del modelo; (Intercept) es la constante b0, la ordenada en el origen.</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimación</translation>
    </message>
    <message>
        <source>The fitted coefficient: how much the prediction changes when this x grows by 1 and the other x stay fixed.  For (Intercept): the prediction when every x is 0.</source>
        <translation>El coeficiente ajustado: cuánto cambia la predicción cuando esta x aumenta en 1 y las demás x no cambian.  Para (Intercept): la predicción cuando todas las x son 0.</translation>
    </message>
    <message>
        <source>Std. Error</source>
        <translation>Error est.</translation>
    </message>
    <message>
        <source>Standard error: how much the estimate would vary from sample to sample.  Least squares computes it from the residuals; other methods leave it blank.</source>
        <translation>Error estándar: cuánto variaría la estimación de una muestra a otra.  Mínimos cuadrados lo calcula a partir de los residuos; otros métodos lo dejan en blanco.</translation>
    </message>
    <message>
        <source>t value = estimate ÷ standard error: how many standard errors the estimate lies from 0.</source>
        <translation>Valor t = estimación ÷ error estándar: a cuántos errores estándar está la estimación de 0.</translation>
    </message>
    <message>
        <source>95% CI low</source>
        <translation>IC 95 % inf.</translation>
    </message>
    <message>
        <source>95% CI high</source>
        <translation>IC 95 % sup.</translation>
    </message>
    <message>
        <source>Adjusted R²</source>
        <translation>R² ajustado</translation>
    </message>
    <message>
        <source>Mean squared error: the average of (y − ŷ)², in the units of y squared.  It is the loss gradient descent minimises.</source>
        <translation>Error cuadrático medio: la media de (y − ŷ)², en unidades de y al cuadrado.  Es la pérdida que minimiza el descenso de gradiente.</translation>
    </message>
    <message>
        <source>Root mean squared error: √MSE, a typical size of a prediction error in the units of y.</source>
        <translation>Raíz del error cuadrático medio: √MSE, el tamaño típico de un error de predicción en las unidades de y.</translation>
    </message>
    <message>
        <source>Mean absolute error: the average |y − ŷ|.  Large errors count less than in RMSE, so it is less swayed by outliers.</source>
        <translation>Error absoluto medio: la media de |y − ŷ|.  Los errores grandes cuentan menos que en el RMSE, así que le afectan menos los valores atípicos.</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>How many rows these numbers are computed on.</source>
        <translation>Cuántas filas se usan para calcular estos números.</translation>
    </message>
    <message>
        <source>NA: this term is aliased (a combination of the other terms), so the data cannot tell its coefficient apart from theirs.</source>
        <translation>NA: este término es redundante (una combinación de los demás términos), así que los datos no pueden distinguir su coeficiente de los suyos.</translation>
    </message>
    <message>
        <source>{metric} (uncentred)</source>
        <translation>{metric} (no centrado)</translation>
    </message>
    <message>
        <source>Rows held out of the fit: how well the model predicts new data.</source>
        <translation>Filas apartadas del ajuste: lo bien que predice el modelo datos nuevos.</translation>
    </message>
    <message>
        <source>Rows the model was fitted on.</source>
        <translation>Filas con las que se ajustó el modelo.</translation>
    </message>
    <message>
        <source>Computed on all rows used in the fit.</source>
        <translation>Calculado con todas las filas usadas en el ajuste.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Move between controls</source>
        <translation>Moverse entre los controles</translation>
    </message>
    <message>
        <source>Data table: leave the selected rows out of the fit</source>
        <translation>Tabla de datos: excluir del ajuste las filas seleccionadas</translation>
    </message>
    <message>
        <source>Data table: copy the selected cells</source>
        <translation>Tabla de datos: copiar las celdas seleccionadas</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Each row: a command, its keys and what it does</source>
        <translation>Cada fila: un comando, sus teclas y lo que hace</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Every command is also in the menus: Alt and the underlined letter opens a menu from the keyboard.</source>
        <translation>Todos los comandos están también en los menús: Alt y la letra subrayada abren un menú desde el teclado.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>SolverPanel</name>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>How the coefficients are found.
Closed-form methods solve the least-squares problem in one step;
iterative methods start from zero and walk downhill, one step at a time, which you can watch.</source>
        <translation>Cómo se obtienen los coeficientes.
Los métodos exactos resuelven el problema de mínimos cuadrados en un solo paso;
los iterativos parten de cero y bajan cuesta abajo paso a paso, y puedes verlo.</translation>
    </message>
    <message>
        <source>α, the penalty strength. 0 would be plain least squares;
larger values pull the weights toward zero (bias up, variance down).
Arrows step 1, 2, 5 × 10ᵏ; type any value, e.g. 0.3 or 1e-3.</source>
        <translation>α, la intensidad de regularización. 0 serían mínimos cuadrados sin más;
valores mayores llevan los pesos hacia cero (más sesgo, menos varianza).
Las flechas avanzan en 1, 2, 5 × 10ᵏ; escribe cualquier valor, p. ej. 0,3 o 1e-3.</translation>
    </message>
    <message>
        <source>Penalty α</source>
        <translation>Penalización α</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation>Descenso de gradiente</translation>
    </message>
    <message>
        <source>Learning rate η</source>
        <translation>Tasa de aprendizaje η</translation>
    </message>
    <message>
        <source>The run stops after this many steps even if it has not converged.</source>
        <translation>La ejecución se detiene tras este número de pasos aunque no haya convergido.</translation>
    </message>
    <message>
        <source>Max iterations</source>
        <translation>Máx. iteraciones</translation>
    </message>
    <message>
        <source>0 (off)</source>
        <translation>0 (desactivada)</translation>
    </message>
    <message>
        <source>The run has converged when the chosen quantity stays below this
value for a few steps in a row. Smaller is more precise and slower.
0 never stops early: exactly Max iterations steps are taken.</source>
        <translation>La ejecución ha convergido cuando la magnitud elegida se mantiene por debajo de este
valor durante varios pasos seguidos. Cuanto menor, más preciso y más lento.
Con 0 nunca se detiene antes: da exactamente Máx. iteraciones pasos.</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerancia</translation>
    </message>
    <message>
        <source>gap to best fit &lt; tol</source>
        <translation>distancia &lt; tol</translation>
    </message>
    <message>
        <source>gradient ‖∇L‖ &lt; tol</source>
        <translation>gradiente ‖∇L‖ &lt; tol</translation>
    </message>
    <message>
        <source>loss change &lt; tol</source>
        <translation>Δ pérdida &lt; tol</translation>
    </message>
    <message>
        <source>gap to best fit: stop once every coefficient and the loss are within tol (relative) of the
least-squares answer, which the app knows: this is what &apos;converged&apos; means.
gradient: the textbook rule, stop when the slope of the loss is nearly flat.
loss change: stop when the loss hardly changes from one step to the next.
Whatever stops a run, the results say how far it is from least squares.</source>
        <translation>distancia (al óptimo): para cuando todos los coeficientes y la pérdida están a menos de tol (relativa) de la
solución de mínimos cuadrados, que la aplicación conoce: eso es lo que significa «convergió».
gradiente: la regla de los libros, para cuando la pendiente de la pérdida es casi plana.
Δ pérdida: para cuando la pérdida apenas cambia de un paso al siguiente.
Pare lo que pare la ejecución, los resultados dicen lo lejos que queda de mínimos cuadrados.</translation>
    </message>
    <message>
        <source>Stop when</source>
        <translation>Parar cuando</translation>
    </message>
    <message>
        <source>Rows per gradient estimate. Small batches give cheap, noisy steps;
&apos;all rows&apos; is full-batch descent. Each pass over the data reshuffles the rows (with the seed).</source>
        <translation>Filas por estimación del gradiente. Los lotes pequeños dan pasos baratos y con ruido;
«todas» es el descenso con el lote completo. Cada pasada por los datos vuelve a barajar las filas (con la semilla).</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>μ, the share of the last step carried into the next (0 = plain gradient descent).
0.9 is usual; close to 1 the line overshoots and oscillates before settling.</source>
        <translation>μ, la parte del último paso que pasa al siguiente (0 = descenso de gradiente simple).
Lo habitual es 0,9; cerca de 1 la recta se pasa y oscila antes de asentarse.</translation>
    </message>
    <message>
        <source>Momentum μ</source>
        <translation>Momento μ</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Fit an intercept b</source>
        <translation>Ajustar ordenada en el origen b</translation>
    </message>
    <message>
        <source>Standardise features</source>
        <translation>Estandarizar variables</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Share of the rows held back as a test set. The model never sees them while fitting,
so their error shows how well it predicts new data (overfitting shows as a gap).</source>
        <translation>Parte de las filas reservada como conjunto de prueba. El modelo no las ve al ajustar,
así que su error muestra lo bien que predice datos nuevos (el sobreajuste se ve como una diferencia).</translation>
    </message>
    <message>
        <source>Test set</source>
        <translation>Conjunto de prueba</translation>
    </message>
    <message>
        <source>Seeds the random train/test split and the mini-batch order.
The same seed repeats a run exactly; another seed shows how much luck matters.</source>
        <translation>Semilla de la división aleatoria entrenamiento/prueba y del orden de los minilotes.
La misma semilla repite exactamente una ejecución; otra semilla muestra cuánto influye el azar.</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Animación</translation>
    </message>
    <message>
        <source>Gradient-descent steps shown per second. Slow speeds let you follow single steps;
&apos;max&apos; runs as fast as the computer can. Takes effect at once, also during a run.</source>
        <translation>Pasos de descenso de gradiente mostrados por segundo. A poca velocidad puedes seguir cada paso;
«máx.» va tan rápido como pueda el ordenador. Se aplica al momento, también durante una ejecución.</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>np.polyfit always fits an intercept.</source>
        <translation>np.polyfit siempre ajusta una ordenada en el origen.</translation>
    </message>
    <message>
        <source>Least squares gives the same fitted line in any units,
so standardising changes nothing for this method.</source>
        <translation>Mínimos cuadrados da la misma recta ajustada en cualquier unidad,
así que estandarizar no cambia nada con este método.</translation>
    </message>
    <message>
        <source>no fixed limit for Adam</source>
        <translation>sin límite fijo para Adam</translation>
    </message>
    <message>
        <source>any rate is stable here</source>
        <translation>cualquier tasa es estable aquí</translation>
    </message>
    <message>
        <source>stable below ≈{limit}</source>
        <translation>estable por debajo de ≈{limit}</translation>
    </message>
    <message>
        <source>stable below {limit}</source>
        <translation>estable por debajo de {limit}</translation>
    </message>
    <message>
        <source>⚠ above the stable limit {limit}: this run will explode · &lt;a href=&quot;safe&quot;&gt;use {rate}&lt;/a&gt;</source>
        <translation>⚠ por encima del límite estable {limit}: esta ejecución explotará · &lt;a href=&quot;safe&quot;&gt;usar {rate}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The largest learning rate for which full-batch descent converges on this data (1/λmax of XᵀX/N, times 1+μ with momentum).
For mini-batches it is a guide, not a guarantee.</source>
        <translation>La mayor tasa de aprendizaje con la que el descenso con lote completo converge en estos datos (1/λmax de XᵀX/N, por 1+μ con momento).
Con minilotes es una orientación, no una garantía.</translation>
    </message>
    <message>
        <source>Closed form</source>
        <translation>Exactos</translation>
    </message>
    <message>
        <source>Iterative</source>
        <translation>Iterativos</translation>
    </message>
    <message>
        <source>all rows</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>max</source>
        <translation>máx.</translation>
    </message>
    <message>
        <source>{speed} /s</source>
        <translation>{speed} /s</translation>
    </message>
</context>
<context>
    <name>SolverTexts</name>
    <message>
        <source>Minimises Σ(y − ŷ)² in one step by a QR factorisation of X: accurate even when columns are nearly collinear.</source>
        <translation>Minimiza Σ(y − ŷ)² en un solo paso mediante una factorización QR de X: preciso incluso con columnas casi colineales.</translation>
    </message>
    <message>
        <source>θ = (XᵀX)⁻¹Xᵀy, the lecture-notes formula. Forming XᵀX squares the condition number, so ill-conditioned data lose digits.</source>
        <translation>θ = (XᵀX)⁻¹Xᵀy, la fórmula de los apuntes. Formar XᵀX eleva al cuadrado el número de condición, así que los datos mal condicionados pierden cifras.</translation>
    </message>
    <message>
        <source>NumPy&apos;s SVD solver: np.linalg.lstsq(X, y). Tiny singular values count as zero, which hides a nearly singular X.</source>
        <translation>El solver SVD de NumPy: np.linalg.lstsq(X, y). Los valores singulares diminutos cuentan como cero, lo que oculta una X casi singular.</translation>
    </message>
    <message>
        <source>np.polyfit(x, y, degree): least squares for a polynomial in one x, always with an intercept.</source>
        <translation>np.polyfit(x, y, grado): mínimos cuadrados para un polinomio en una sola x, siempre con ordenada en el origen.</translation>
    </message>
    <message>
        <source>Minimises Σ(y − ŷ)² + α·Σw²: a larger α shrinks the weights toward 0. The intercept is not penalised.</source>
        <translation>Minimiza Σ(y − ŷ)² + α·Σw²: un α mayor encoge los pesos hacia 0. La ordenada en el origen no se penaliza.</translation>
    </message>
    <message>
        <source>Minimises Σ(y − ŷ)²/2N + α·Σ|w|: a large enough α sets weights exactly to 0, so it selects features.</source>
        <translation>Minimiza Σ(y − ŷ)²/2N + α·Σ|w|: un α suficientemente grande deja pesos exactamente en 0, así que selecciona variables.</translation>
    </message>
    <message>
        <source>w ← w − η·∂L/∂w with the full-data gradient ∂L/∂w = −2/N·Σx(y − ŷ); b takes the same step with −2/N·Σ(y − ŷ).</source>
        <translation>w ← w − η·∂L/∂w con el gradiente de todos los datos ∂L/∂w = −2/N·Σx(y − ŷ); b da el mismo paso con −2/N·Σ(y − ŷ).</translation>
    </message>
    <message>
        <source>The same step w ← w − η·∂L/∂w, but each gradient comes from a random mini-batch of rows: cheaper, noisier steps.</source>
        <translation>El mismo paso w ← w − η·∂L/∂w, pero cada gradiente sale de un minilote aleatorio de filas: pasos más baratos y con más ruido.</translation>
    </message>
    <message>
        <source>v ← μ·v − η·∇L, then w ← w + v: the velocity builds up along steady directions and damps the zig-zag.</source>
        <translation>v ← μ·v − η·∇L, luego w ← w + v: la velocidad crece en las direcciones constantes y amortigua el zigzag.</translation>
    </message>
    <message>
        <source>Divides each step by a running RMS of the gradient (β₁ = 0.9, β₂ = 0.999), so steps are about η whatever the data&apos;s scale.</source>
        <translation>Divide cada paso por una media cuadrática móvil del gradiente (β₁ = 0,9, β₂ = 0,999), así que los pasos miden aproximadamente η sea cual sea la escala de los datos.</translation>
    </message>
    <message>
        <source>The learning rate η: each step moves the coefficients by η times the gradient.
Too small and the line crawls; too large and each step overshoots until the run explodes.
Changing it during a run takes effect from the next step.</source>
        <translation>La tasa de aprendizaje η: cada paso mueve los coeficientes η veces el gradiente.
Si es muy pequeña, la recta avanza a paso de tortuga; si es muy grande, cada paso se pasa hasta que la ejecución explota.
Si la cambias durante una ejecución, se aplica desde el paso siguiente.</translation>
    </message>
    <message>
        <source>Above the stable limit ({limit}): this run will explode.
Each step overshoots the minimum by more than the last, so the loss grows without bound.
Choose a value below {limit}.</source>
        <translation>Por encima del límite estable ({limit}): esta ejecución explotará.
Cada paso se pasa del mínimo más que el anterior, así que la pérdida crece sin límite.
Elige un valor por debajo de {limit}.</translation>
    </message>
    <message>
        <source>Polynomial degree: 1 fits a line, 2 a parabola (b + w₁x + w₂x²), and so on.
High degrees follow the training points ever closer and predict new ones worse (overfitting).
Needs a single x column.</source>
        <translation>Grado del polinomio: 1 ajusta una recta, 2 una parábola (b + w₁x + w₂x²), y así sucesivamente.
Los grados altos siguen cada vez más de cerca los puntos de entrenamiento y predicen peor los nuevos (sobreajuste).
Necesita una sola columna x.</translation>
    </message>
    <message>
        <source>Include the constant b in ŷ = b + w·x.
Without it the line is forced through the origin (0, 0).</source>
        <translation>Incluye la constante b en ŷ = b + w·x.
Sin ella, la recta pasa obligatoriamente por el origen (0, 0).</translation>
    </message>
    <message>
        <source>Rescale each feature to mean 0 and standard deviation 1 before fitting.
Gradient descent then converges much faster, and a penalty treats every feature alike.
Coefficients are still reported in your data&apos;s units.</source>
        <translation>Reescala cada variable a media 0 y desviación típica 1 antes de ajustar.
Así el descenso de gradiente converge mucho más rápido y la penalización trata igual a todas las variables.
Los coeficientes se siguen dando en las unidades de tus datos.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Loading… %p%</source>
        <translation>Cargando… %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop loading; the current data stays</source>
        <translation>Deja de cargar; los datos actuales se mantienen</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Timeline: iteration shown</source>
        <translation>Línea de tiempo: iteración mostrada</translation>
    </message>
    <message>
        <source>Drag to any iteration of the run so far: every view shows it (Shift+F10 steps back, F10 forward)</source>
        <translation>Arrastra hasta cualquier iteración de la ejecución: todas las vistas la muestran (Mayús+F10 retrocede un paso, F10 avanza)</translation>
    </message>
    <message>
        <source>Iteration shown</source>
        <translation>Iteración mostrada</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>Aún sin ejecutar</translation>
    </message>
    <message>
        <source>The update that made this iteration</source>
        <translation>La actualización que produjo esta iteración</translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>Iteración</translation>
    </message>
    <message>
        <source>no run yet</source>
        <translation>aún sin ejecutar</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en directo</translation>
    </message>
    <message>
        <source>of {last}</source>
        <translation>de {last}</translation>
    </message>
    <message>
        <source>Pause (F5) or Step (F10) to see the arithmetic of a step.</source>
        <translation>Pausar (F5) o Paso (F10) muestra la cuenta de un paso.</translation>
    </message>
    <message>
        <source>Iteration 0: the starting point (no step made it).</source>
        <translation>Iteración 0: el punto de partida (ningún paso llevó hasta aquí).</translation>
    </message>
</context>
</TS>
