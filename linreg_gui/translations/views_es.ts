<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>DataPlot</name>
    <message>
        <source>{name} (random {shown} of {total})</source>
        <translation>{name} ({shown} al azar de {total})</translation>
    </message>
    <message>
        <source>Drag to pan, scroll to zoom, right-click for more.</source>
        <translation>Arrastra para desplazar, usa la rueda para ampliar, clic derecho para más opciones.</translation>
    </message>
    <message>
        <source>Click a point to leave it out of the fit (it turns hollow); click it again to put it back.</source>
        <translation>Haz clic en un punto para excluirlo del ajuste (queda hueco); otro clic lo vuelve a incluir.</translation>
    </message>
    <message>
        <source>History (hover a line)</source>
        <translation>Historial (pase el ratón por una recta)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Least squares</source>
        <translation>Mínimos cuadrados</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Actual {name}</source>
        <translation>{name} real</translation>
    </message>
    <message>
        <source>Predicted {name}</source>
        <translation>{name} predicho</translation>
    </message>
    <message>
        <source>Left out of fit</source>
        <translation>Excluidos del ajuste</translation>
    </message>
    <message>
        <source>Perfect prediction (ŷ = y)</source>
        <translation>Predicción perfecta (ŷ = y)</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPlot</name>
    <message>
        <source>Residuals vs fitted</source>
        <translation>Residuos vs. ŷ</translation>
    </message>
    <message>
        <source>Fitted value ŷ</source>
        <translation>ŷ (ajustado)</translation>
    </message>
    <message>
        <source>Residual y − ŷ</source>
        <translation>Residuo y − ŷ</translation>
    </message>
    <message>
        <source>Normal Q-Q</source>
        <translation>Q-Q normal</translation>
    </message>
    <message>
        <source>Normal quantile</source>
        <translation>Cuantil normal</translation>
    </message>
    <message>
        <source>Std. residual</source>
        <translation>Residuo est.</translation>
    </message>
    <message>
        <source>Leverage · Cook&apos;s D</source>
        <translation>Apalanc. · D de Cook</translation>
    </message>
    <message>
        <source>Leverage h</source>
        <translation>Apalanc. h</translation>
    </message>
    <message>
        <source>Residuals</source>
        <translation>Residuos</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>At the least-squares answer the normal equations XᵀX θ = Xᵀy hold: the residuals r = y − ŷ satisfy Xᵀr = 0, so with an intercept their mean is 0.  During a gradient-descent run both shrink towards 0.</source>
        <translation>En la solución de mínimos cuadrados se cumplen las ecuaciones normales XᵀX θ = Xᵀy: los residuos r = y − ŷ cumplen Xᵀr = 0, así que, con ordenada en el origen, su media es 0.  Durante el descenso de gradiente ambos tienden a 0.</translation>
    </message>
    <message>
        <source>&amp;Predict at x =</source>
        <translation>&amp;Predecir en x =</translation>
    </message>
    <message>
        <source>Predict at x</source>
        <translation>Predecir en x</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>ŷ at this x with the 95 % interval for the mean and for a new observation (least squares, one x column)</source>
        <translation>ŷ en esta x con el intervalo del 95 % para la media y para una nueva observación (mínimos cuadrados, una columna x)</translation>
    </message>
    <message>
        <source>Click a point to select its row in every view</source>
        <translation>Haz clic en un punto para seleccionar su fila en todas las vistas</translation>
    </message>
    <message>
        <source>{drawn} of {total} rows drawn</source>
        <translation>{drawn} de {total} filas dibujadas</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>«{text}» no es un número.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsView</name>
    <message>
        <source>Prediction needs least squares on one x column.</source>
        <translation>La predicción necesita mínimos cuadrados con una sola columna x.</translation>
    </message>
    <message>
        <source>At x = {x}: ŷ = {y};  95 % interval for the mean [{mean_low}, {mean_high}];  for a new observation [{new_low}, {new_high}]</source>
        <translation>En x = {x}: ŷ = {y};  intervalo del 95 % para la media [{mean_low}; {mean_high}];  para una nueva observación [{new_low}; {new_high}]</translation>
    </message>
    <message>
        <source>At x = {x}: ŷ = {y} (no residual df)</source>
        <translation>En x = {x}: ŷ = {y} (sin grados de libertad residuales)</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Save plot</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG (*.svg)</source>
        <translation>Imagen PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <source>Could not save the plot: {error}</source>
        <translation>No se pudo guardar el gráfico: {error}</translation>
    </message>
    <message>
        <source>Saved the plot to {path}.</source>
        <translation>Gráfico guardado en {path}.</translation>
    </message>
    <message>
        <source>Export Python code</source>
        <translation>Exportar código Python</translation>
    </message>
    <message>
        <source>Python (*.py)</source>
        <translation>Python (*.py)</translation>
    </message>
    <message>
        <source>Saved {script} and {data}. Run it with &apos;python {script}&apos; to refit with NumPy and ask scikit-learn.</source>
        <translation>Guardados {script} y {data}. Ejecútalo con «python {script}» para repetir el ajuste con NumPy y consultar a scikit-learn.</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <source>np.random.seed, as the tutorials</source>
        <translation>np.random.seed, como los tutoriales</translation>
    </message>
    <message>
        <source>Generate data</source>
        <translation>Generar datos</translation>
    </message>
    <message>
        <source>How many points, {low} to {high}. More points pin the line down better.</source>
        <translation>Cuántos puntos, de {low} a {high}. Con más puntos la recta queda mejor determinada.</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>&amp;Puntos:</translation>
    </message>
    <message>
        <source>The true slope w: how much y rises when x rises by 1.</source>
        <translation>La pendiente real w: cuánto sube y cuando x sube 1.</translation>
    </message>
    <message>
        <source>&amp;Slope w:</source>
        <translation>Pe&amp;ndiente w:</translation>
    </message>
    <message>
        <source>The true intercept b: the line&apos;s height at x = 0.</source>
        <translation>La ordenada en el origen real b: la altura de la recta en x = 0.</translation>
    </message>
    <message>
        <source>&amp;Intercept b:</source>
        <translation>&amp;Ordenada en el origen b:</translation>
    </message>
    <message>
        <source>Standard deviation of the Gaussian noise added to each y.
0 puts every point on the line; larger values scatter them.</source>
        <translation>Desviación típica del ruido gaussiano que se suma a cada y.
Con 0 todos los puntos caen sobre la recta; valores mayores los dispersan.</translation>
    </message>
    <message>
        <source>&amp;Noise SD:</source>
        <translation>&amp;Ruido (desv. típica):</translation>
    </message>
    <message>
        <source>Smallest x (x is drawn uniformly).</source>
        <translation>x mínima (x se extrae de forma uniforme).</translation>
    </message>
    <message>
        <source>Largest x (x is drawn uniformly).</source>
        <translation>x máxima (x se extrae de forma uniforme).</translation>
    </message>
    <message>
        <source>Smallest x</source>
        <translation>x mínima</translation>
    </message>
    <message>
        <source>Largest x</source>
        <translation>x máxima</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;x from:</source>
        <translation>&amp;x de:</translation>
    </message>
    <message>
        <source>random</source>
        <translation>aleatoria</translation>
    </message>
    <message>
        <source>The same seed gives the same points every time, so a class can share them.
Step below 0 for &apos;random&apos;: new points on every generation.</source>
        <translation>La misma semilla da siempre los mismos puntos, así que toda la clase puede compartirlos.
Baja de 0 para «aleatoria»: puntos nuevos en cada generación.</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>&amp;Semilla:</translation>
    </message>
    <message>
        <source>np.random.seed draws the numbers the tutorials print (seed 42 gives their {b} and {w});
np.random.default_rng is NumPy&apos;s newer generator: other points from the same law.</source>
        <translation>np.random.seed genera los números que imprimen los tutoriales (con la semilla 42 salen sus {b} y {w});
np.random.default_rng es el generador más reciente de NumPy: otros puntos de la misma distribución.</translation>
    </message>
    <message>
        <source>&amp;Random numbers:</source>
        <translation>Números &amp;aleatorios:</translation>
    </message>
    <message>
        <source>The recipe the points follow.</source>
        <translation>La receta que siguen los puntos.</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <source>y = {slope}·x {sign} {intercept} + N(0, {noise}²),   {n} points</source>
        <translation>y = {slope}·x {sign} {intercept} + N(0, {noise}²),   {n} puntos</translation>
    </message>
    <message>
        <source>The smallest x must be below the largest x.</source>
        <translation>La x mínima debe ser menor que la x máxima.</translation>
    </message>
</context>
<context>
    <name>Influence</name>
    <message>
        <source>Edit row {row}, {column}</source>
        <translation>Editar fila {row}, {column}</translation>
    </message>
    <message>
        <source>Move point of row {row}</source>
        <translation>Mover el punto de la fila {row}</translation>
    </message>
    <message>
        <source>Change the rows left out</source>
        <translation>Cambiar las filas excluidas</translation>
    </message>
    <message numerus="yes">
        <source>Leave out %n row(s)</source>
        <translation>
            <numerusform>Excluir %n fila</numerusform>
            <numerusform>Excluir %n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put back %n row(s)</source>
        <translation>
            <numerusform>Reincorporar %n fila</numerusform>
            <numerusform>Reincorporar %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Add point (row {row})</source>
        <translation>Añadir punto (fila {row})</translation>
    </message>
    <message>
        <source>Load data first.</source>
        <translation>Carga primero unos datos.</translation>
    </message>
    <message>
        <source>Dragging points needs exactly one x column.</source>
        <translation>Para arrastrar puntos hace falta exactamente una columna x.</translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation>Fila {row}</translation>
    </message>
    <message>
        <source>: not in the fit, the line stays</source>
        <translation>: fuera del ajuste, la recta no cambia</translation>
    </message>
    <message>
        <source>Put Row {row} Back in the Fit</source>
        <translation>Reincorporar la fila {row} al ajuste</translation>
    </message>
    <message>
        <source>Delete Point (Leave Row {row} Out)</source>
        <translation>Eliminar punto (excluir la fila {row})</translation>
    </message>
    <message>
        <source>The row stays in the table and the point on the plot, hollow; Ctrl+Z or this menu puts it back</source>
        <translation>La fila sigue en la tabla y el punto en el gráfico, hueco; Ctrl+Z o este menú lo reincorporan</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Deshacer {action}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rehacer {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Row {row} moved to ({x}, {y}); Ctrl+Z moves it back.</source>
        <translation>Fila {row} movida a ({x}; {y}); Ctrl+Z la devuelve.</translation>
    </message>
    <message>
        <source>Least squares · dragging row {row}</source>
        <translation>Mínimos cuadrados · arrastrando la fila {row}</translation>
    </message>
    <message>
        <source>Point added at ({x}, {y}); Ctrl+Z takes it away.</source>
        <translation>Punto añadido en ({x}; {y}); Ctrl+Z lo quita.</translation>
    </message>
</context>
<context>
    <name>LabRecord</name>
    <message>
        <source>Load data and wait for the fit to be shown, then export again.</source>
        <translation>Carga datos, espera a que se muestre el ajuste y vuelve a exportar.</translation>
    </message>
    <message>
        <source>Run gradient descent to the end first (or stop it): a lab record holds a fit.</source>
        <translation>Ejecuta primero el descenso de gradiente hasta el final (o detenlo): un cuaderno de prácticas contiene un ajuste.</translation>
    </message>
    <message>
        <source>Export lab record</source>
        <translation>Exportar cuaderno de prácticas</translation>
    </message>
    <message>
        <source>Folder (*);;Zip archive (*.zip)</source>
        <translation>Carpeta (*);;Archivo zip (*.zip)</translation>
    </message>
    <message numerus="yes">
        <source>Saved the lab record (%n files) to {path}.</source>
        <translation>
            <numerusform>Cuaderno de prácticas (%n archivo) guardado en {path}.</numerusform>
            <numerusform>Cuaderno de prácticas (%n archivos) guardado en {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the lab record to {name}…</source>
        <translation>Guardando el cuaderno de prácticas en {name}…</translation>
    </message>
    <message>
        <source>the lab record</source>
        <translation>el cuaderno de prácticas</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>the {plot} plot was not drawn: it is worked out when its tab is first opened (open it, then export the record again)</source>
        <translation>el gráfico {plot} no se dibujó: se calcula la primera vez que se abre su pestaña (ábrela y vuelve a exportar el cuaderno)</translation>
    </message>
    <message>
        <source>the {plot} plot could not be drawn: {error}</source>
        <translation>no se pudo dibujar el gráfico {plot}: {error}</translation>
    </message>
    <message>
        <source>could not write {name}</source>
        <translation>no se pudo escribir {name}</translation>
    </message>
</context>
<context>
    <name>LandscapePanel</name>
    <message>
        <source>α (ridge, log scale)</source>
        <translation>α (ridge, escala logarítmica)</translation>
    </message>
    <message>
        <source>α (lasso, log scale)</source>
        <translation>α (lasso, escala logarítmica)</translation>
    </message>
    <message>
        <source>coefficient (standardised terms)</source>
        <translation>coeficiente (términos estandarizados)</translation>
    </message>
    <message>
        <source>coefficient (the data&apos;s units)</source>
        <translation>coeficiente (unidades de los datos)</translation>
    </message>
    <message>
        <source>Side by side: raw and standardised</source>
        <translation>Original y estandarizado</translation>
    </message>
    <message>
        <source>The same run on the landscape in the data&apos;s units and in standardised terms: elongated against round contours, the stable rate and the condition number of each</source>
        <translation>La misma ejecución sobre el paisaje en las unidades de los datos y en términos estandarizados: contornos alargados frente a redondos, con la tasa estable y el número de condición de cada uno</translation>
    </message>
</context>
<context>
    <name>LandscapePlot</name>
    <message>
        <source>The training loss over two coefficients: darker is lower. Click to start the next run there; the arrow is the way the next step goes (−∇L).</source>
        <translation>La pérdida de entrenamiento sobre dos coeficientes: más oscuro es más bajo. Haz clic para empezar ahí la próxima ejecución; la flecha indica hacia dónde va el siguiente paso (−∇L).</translation>
    </message>
    <message>
        <source>Landscape x-axis coefficient</source>
        <translation>Coeficiente del eje x del paisaje</translation>
    </message>
    <message>
        <source>Landscape y-axis coefficient</source>
        <translation>Coeficiente del eje y del paisaje</translation>
    </message>
    <message>
        <source>Standardised coordinates</source>
        <translation>Estandarizado</translation>
    </message>
    <message>
        <source>Draw the landscape over the coefficients of the standardised terms (what gradient descent steps in with &apos;Standardise features&apos;): round contours instead of long thin valleys.</source>
        <translation>Dibuja el paisaje sobre los coeficientes de los términos estandarizados (en los que avanza el descenso de gradiente con «Estandarizar variables»): contornos redondos en lugar de valles largos y estrechos.</translation>
    </message>
    <message>
        <source>Loss under the cursor</source>
        <translation>Pérdida bajo el cursor</translation>
    </message>
    <message>
        <source>The landscape needs a model with at least two coefficients.</source>
        <translation>El paisaje necesita un modelo con al menos dos coeficientes.</translation>
    </message>
    <message>
        <source>{name} (standardised)</source>
        <translation>{name} (estandarizado)</translation>
    </message>
    <message>
        <source>In standardised terms: stable learning rates η &lt; 1/λmax = {stable}; fastest η = 1/(λmin+λmax) = {fastest}; condition number κ = {kappa}; at the fastest rate {steps} shrink the error 10⁶×</source>
        <translation>En términos estandarizados: tasas de aprendizaje estables η &lt; 1/λmax = {stable}; η más rápida = 1/(λmin+λmax) = {fastest}; número de condición κ = {kappa}; con la tasa más rápida, {steps} reducen el error 10⁶×</translation>
    </message>
    <message>
        <source>In the data&apos;s units: stable learning rates η &lt; 1/λmax = {stable}; fastest η = 1/(λmin+λmax) = {fastest}; condition number κ = {kappa}; at the fastest rate {steps} shrink the error 10⁶×</source>
        <translation>En las unidades de los datos: tasas de aprendizaje estables η &lt; 1/λmax = {stable}; η más rápida = 1/(λmin+λmax) = {fastest}; número de condición κ = {kappa}; con la tasa más rápida, {steps} reducen el error 10⁶×</translation>
    </message>
    <message>
        <source> (long thin valleys: tick Standardise features)</source>
        <translation> (valles largos y estrechos: marca «Estandarizar variables»)</translation>
    </message>
    <message>
        <source>. Square: start · star: least squares · arrow: −∇L.</source>
        <translation>. Cuadrado: inicio · estrella: mínimos cuadrados · flecha: −∇L.</translation>
    </message>
    <message>
        <source>{x_name} = {x}, {y_name} = {y}: loss {loss} (click to start the next run here)</source>
        <translation>{x_name} = {x}; {y_name} = {y}: pérdida {loss} (haz clic para empezar aquí la próxima ejecución)</translation>
    </message>
    <message>
        <source>no number of steps can</source>
        <translation>ningún número de pasos logra</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 paso</translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <source>Working out the landscape…</source>
        <translation>Calculando el paisaje…</translation>
    </message>
    <message>
        <source>No landscape for this model: {reason}</source>
        <translation>No hay paisaje para este modelo: {reason}</translation>
    </message>
</context>
<context>
    <name>LessonsPanel</name>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>The guided lesson to work through</source>
        <translation>La lección guiada que se va a trabajar</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Open a lesson file (.md) from disk: to try one you have written</source>
        <translation>Abrir un archivo de lección (.md) del disco: para probar una que hayas escrito</translation>
    </message>
    <message>
        <source>Start This Lesson</source>
        <translation>Empezar esta lección</translation>
    </message>
    <message>
        <source>Open the lesson&apos;s data and settings</source>
        <translation>Abre los datos y la configuración de la lección</translation>
    </message>
    <message>
        <source>1 · Predict</source>
        <translation>1 · Predecir</translation>
    </message>
    <message>
        <source>Your prediction</source>
        <translation>Tu predicción</translation>
    </message>
    <message>
        <source>your prediction (a number)</source>
        <translation>tu predicción (un número)</translation>
    </message>
    <message>
        <source>Your prediction (a number)</source>
        <translation>Tu predicción (un número)</translation>
    </message>
    <message>
        <source>Lock In My Prediction</source>
        <translation>Fijar mi predicción</translation>
    </message>
    <message>
        <source>Then run it and see</source>
        <translation>Después ejecútalo y compruébalo</translation>
    </message>
    <message>
        <source>2 · Run</source>
        <translation>2 · Ejecutar</translation>
    </message>
    <message>
        <source>Show the Answer</source>
        <translation>Mostrar la respuesta</translation>
    </message>
    <message>
        <source>3 · Explain</source>
        <translation>3 · Explicar</translation>
    </message>
    <message>
        <source>Next Lesson</source>
        <translation>Siguiente lección</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>{done} de {total} hechas</translation>
    </message>
    <message>
        <source>Data: {title}.</source>
        <translation>Datos: {title}.</translation>
    </message>
    <message>
        <source>Start Again</source>
        <translation>Volver a empezar</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(elige)</translation>
    </message>
    <message>
        <source>Working out the numbers on the data…</source>
        <translation>Calculando los números con los datos…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Right.&lt;/b&gt; You said {given}; the answer is {answer}.</source>
        <translation>&lt;b&gt;Correcto.&lt;/b&gt; Dijiste {given}; la respuesta es {answer}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not this time.&lt;/b&gt; You said {given}; the answer is {answer}.</source>
        <translation>&lt;b&gt;Esta vez no.&lt;/b&gt; Dijiste {given}; la respuesta es {answer}.</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>A lesson could not be read: {problems}</source>
        <translation>No se pudo leer una lección: {problems}</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Abrir lección</translation>
    </message>
    <message>
        <source>Lessons (*.md);;All files (*)</source>
        <translation>Lecciones (*.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Opening {title}…</source>
        <translation>Abriendo {title}…</translation>
    </message>
    <message>
        <source>η {rate}</source>
        <translation>η {rate}</translation>
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
        <source>test fraction {fraction}</source>
        <translation>fracción de prueba {fraction}</translation>
    </message>
    <message>
        <source>Set up: {data}; {settings}.</source>
        <translation>Preparado: {data}; {settings}.</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>Iteration</source>
        <translation>Iteración</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Minimum {loss}</source>
        <translation>Mínimo {loss}</translation>
    </message>
</context>
<context>
    <name>MyLine</name>
    <message>
        <source>Drag to move your line through this point</source>
        <translation>Arrastra para que tu recta pase por este punto</translation>
    </message>
    <message>
        <source>Load data first.</source>
        <translation>Carga primero unos datos.</translation>
    </message>
    <message>
        <source>My Line needs exactly one x column.</source>
        <translation>Mi recta necesita exactamente una columna x.</translation>
    </message>
    <message>
        <source>My line</source>
        <translation>Mi recta</translation>
    </message>
    <message>
        <source>My line (residuals of {count} random points)</source>
        <translation>Mi recta (residuos de {count} puntos al azar)</translation>
    </message>
    <message>
        <source>Squares ({count} random): r² × {factor} px²</source>
        <translation>Cuadrados ({count} al azar): r² × {factor} px²</translation>
    </message>
    <message>
        <source>Squares: r² × {factor} px²</source>
        <translation>Cuadrados: r² × {factor} px²</translation>
    </message>
    <message>
        <source>Least squares</source>
        <translation>Mínimos cuadrados</translation>
    </message>
</context>
<context>
    <name>MyLinePanel</name>
    <message>
        <source>Sum of squared residuals of your line (bar) and of the least-squares line (black mark). The full bar is a flat line at the mean of y.</source>
        <translation>Suma de los residuos al cuadrado de tu recta (barra) y de la recta de mínimos cuadrados (marca negra). La barra completa es una recta horizontal en la media de y.</translation>
    </message>
    <message>
        <source>Drag the round handles or the line itself. Try to make the sum of squared residuals as small as you can.</source>
        <translation>Arrastra los tiradores redondos o la propia recta. Intenta que la suma de los residuos al cuadrado sea lo más pequeña posible.</translation>
    </message>
    <message>
        <source>Sum of squared residuals</source>
        <translation>Suma de residuos al cuadrado</translation>
    </message>
    <message>
        <source>Your line  ŷ = b + w·x</source>
        <translation>Tu recta  ŷ = b + w·x</translation>
    </message>
    <message>
        <source>The slope w: type any number, e.g. {a} or -3e4</source>
        <translation>La pendiente w: escribe cualquier número, p. ej. {a} o -3e4</translation>
    </message>
    <message>
        <source>Tilts the line about the middle of the data: fine steps near flat, and steep slopes at the ends</source>
        <translation>Inclina la recta alrededor del centro de los datos: pasos finos cerca de la horizontal y pendientes pronunciadas en los extremos</translation>
    </message>
    <message>
        <source>The intercept b (ŷ at x = 0)</source>
        <translation>La ordenada en el origen b (ŷ en x = 0)</translation>
    </message>
    <message>
        <source>Shifts the line up or down; the slope stays</source>
        <translation>Desplaza la recta arriba o abajo; la pendiente se mantiene</translation>
    </message>
    <message>
        <source>Slope w</source>
        <translation>Pendiente w</translation>
    </message>
    <message>
        <source>Intercept b</source>
        <translation>Ordenada en el origen b</translation>
    </message>
    <message>
        <source>Start Again</source>
        <translation>Volver a empezar</translation>
    </message>
    <message>
        <source>A flat line at the mean of y</source>
        <translation>Una recta horizontal en la media de y</translation>
    </message>
    <message>
        <source>Show squares</source>
        <translation>Mostrar cuadrados</translation>
    </message>
    <message>
        <source>Each residual as a square on screen: its side is the residual in y-pixels, so its area is r² times a fixed factor (in the legend). Least squares makes their total area smallest.</source>
        <translation>Cada residuo como un cuadrado en pantalla: su lado es el residuo en píxeles de y, así que su área es r² por un factor fijo (en la leyenda). Los mínimos cuadrados hacen mínima su área total.</translation>
    </message>
    <message>
        <source>Reveal Best Fit</source>
        <translation>Mostrar el mejor ajuste</translation>
    </message>
    <message>
        <source>Show the least-squares line (dashed) and, with squares on, its squares</source>
        <translation>Muestra la recta de mínimos cuadrados (discontinua) y, con los cuadrados activados, sus cuadrados</translation>
    </message>
    <message>
        <source>Start Gradient Descent from My Line</source>
        <translation>Descenso de gradiente desde mi recta</translation>
    </message>
    <message>
        <source>Run gradient descent starting from your slope and intercept (batch gradient descent if a closed-form method is chosen)</source>
        <translation>Ejecuta el descenso de gradiente desde tu pendiente y tu ordenada en el origen (descenso de gradiente por lotes si está elegido un método de forma cerrada)</translation>
    </message>
    <message>
        <source>Guess the line</source>
        <translation>Adivine la recta</translation>
    </message>
    <message>
        <source>This data</source>
        <translation>Estos datos</translation>
    </message>
    <message>
        <source>A round on the data shown, or on new points (replacing the data)</source>
        <translation>Una ronda con los datos mostrados o con puntos nuevos (que sustituyen a los datos)</translation>
    </message>
    <message>
        <source>New Round</source>
        <translation>Nueva ronda</translation>
    </message>
    <message>
        <source>Hide the answer and the sum of squares; place your line, then score it</source>
        <translation>Oculta la respuesta y la suma de cuadrados; coloca tu recta y luego puntúala</translation>
    </message>
    <message>
        <source>Score My Line</source>
        <translation>Puntuar mi recta</translation>
    </message>
    <message>
        <source>Score: how far your sum of squares is above the least possible (0 % is perfect).</source>
        <translation>Puntuación: cuánto supera tu suma de cuadrados a la mínima posible (0 % es perfecto).</translation>
    </message>
    <message>
        <source>Hidden until you score your line</source>
        <translation>Oculto hasta que puntúes tu recta</translation>
    </message>
    <message>
        <source>Your SSR {ssr} · best {best}
{gap} above the least possible</source>
        <translation>Tu SCR {ssr} · mejor {best}
{gap} por encima de la mínima posible</translation>
    </message>
    <message>
        <source>Each side is the residual measured on screen (1 y unit = {pixels} px at this zoom), so each area is r² × {area} px², whatever the x scale.</source>
        <translation>Cada lado es el residuo medido en pantalla (1 unidad de y = {pixels} px con este zoom), así que cada área es r² × {area} px², sea cual sea la escala de x.</translation>
    </message>
    <message>
        <source>Place your line, then Score My Line</source>
        <translation>Coloca tu recta y pulsa Puntuar mi recta</translation>
    </message>
    <message>
        <source>Round {round}. Scores so far: {scores}. Best: {best}.</source>
        <translation>Ronda {round}. Puntuaciones hasta ahora: {scores}. Mejor: {best}.</translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <source>the plot has no size to draw (is it laid out?)</source>
        <translation>el gráfico no tiene tamaño para dibujarse (¿está colocado en la ventana?)</translation>
    </message>
    <message>
        <source>could not write {path}</source>
        <translation>no se pudo escribir {path}</translation>
    </message>
    <message>
        <source>no suffix</source>
        <translation>sin extensión</translation>
    </message>
    <message>
        <source>cannot save a plot as {suffix}: use .png or .svg</source>
        <translation>no se puede guardar un gráfico como {suffix}: usa .png o .svg</translation>
    </message>
</context>
<context>
    <name>ResidualPlot</name>
    <message>
        <source>Fitted value ŷ</source>
        <translation>Valor ajustado ŷ</translation>
    </message>
    <message>
        <source>Residual y − ŷ</source>
        <translation>Residuo y − ŷ</translation>
    </message>
    <message>
        <source>Possible outlier</source>
        <translation>Posible valor atípico</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Residuo</translation>
    </message>
    <message>
        <source>Click a point to leave its row out of the fit; put it back from the Fit tab or the table.</source>
        <translation>Haz clic en un punto para excluir su fila del ajuste; vuelve a incluirla desde la pestaña Ajuste o la tabla.</translation>
    </message>
    <message>
        <source>Left out of fit</source>
        <translation>Excluidos del ajuste</translation>
    </message>
</context>
<context>
    <name>SessionIO</name>
    <message>
        <source>Linear regression sessions (*{suffix});;All files (*)</source>
        <translation>Sesiones de regresión lineal (*{suffix});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Abrir sesión</translation>
    </message>
    <message>
        <source>Load data first: there is no session to save.</source>
        <translation>Carga primero unos datos: no hay ninguna sesión que guardar.</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Guardar sesión</translation>
    </message>
    <message>
        <source>Saved the session to {path}.</source>
        <translation>Sesión guardada en {path}.</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Guardando {name}…</translation>
    </message>
    <message>
        <source>the session</source>
        <translation>la sesión</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Reto</translation>
    </message>
    <message>
        <source>The data are locked: cells cannot be edited.</source>
        <translation>Los datos están bloqueados: las celdas no se pueden editar.</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(elige)</translation>
    </message>
    <message>
        <source>your prediction</source>
        <translation>tu predicción</translation>
    </message>
    <message>
        <source>Show the Answers</source>
        <translation>Mostrar las respuestas</translation>
    </message>
    <message>
        <source>Answer first, then run, then look</source>
        <translation>Primero responde, luego ejecuta y después mira</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Correcto.</translation>
    </message>
    <message>
        <source>The answer: {answer}.</source>
        <translation>La respuesta: {answer}.</translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message>
        <source>λ: eigenvalues of XᵀX/N. The loss&apos;s Hessian is 2XᵀX/N, so these are the textbook 2/λmax and 2/(λmin+λmax) of the Hessian.</source>
        <translation>λ: valores propios de XᵀX/N. La hessiana de la pérdida es 2XᵀX/N, así que estos son los 2/λmax y 2/(λmin+λmax) de la hessiana de los libros de texto.</translation>
    </message>
    <message>
        <source>converged in 1 step</source>
        <translation>convergió en 1 paso</translation>
    </message>
    <message>
        <source>diverged at step {step}</source>
        <translation>divergió en el paso {step}</translation>
    </message>
    <message numerus="yes">
        <source>converged in %n steps</source>
        <translation>
            <numerusform>convergió en %n paso</numerusform>
            <numerusform>convergió en %n pasos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not within the tolerance after the cap of %n steps</source>
        <translation>
            <numerusform>fuera de la tolerancia tras el límite de %n paso</numerusform>
            <numerusform>fuera de la tolerancia tras el límite de %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Learning-rate sweep</source>
        <translation>Barrido de tasas de aprendizaje</translation>
    </message>
    <message>
        <source>%v of %m learning rates</source>
        <translation>%v de %m tasas de aprendizaje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sweep Again</source>
        <translation>Repetir el barrido</translation>
    </message>
    <message>
        <source>Sweep once more with the solver&apos;s settings now</source>
        <translation>Repite el barrido con la configuración de resolución actual</translation>
    </message>
    <message>
        <source>learning rate η (log scale)</source>
        <translation>tasa de aprendizaje η (escala logarítmica)</translation>
    </message>
    <message>
        <source>steps to the tolerance (log scale)</source>
        <translation>pasos hasta la tolerancia (escala logarítmica)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{method}&lt;/b&gt; from the same start at 30 learning rates, each run until it is within the tolerance of least squares. Running off the window&apos;s thread: the window stays usable.</source>
        <translation>&lt;b&gt;{method}&lt;/b&gt; desde el mismo inicio con 30 tasas de aprendizaje; cada ejecución sigue hasta quedar dentro de la tolerancia de los mínimos cuadrados. Se calcula en segundo plano: la ventana sigue disponible.</translation>
    </message>
    <message>
        <source>Sweep cancelled. Press Sweep Again to run it once more.</source>
        <translation>Barrido cancelado. Pulsa Repetir el barrido para ejecutarlo otra vez.</translation>
    </message>
    <message>
        <source>reached the tolerance</source>
        <translation>alcanzó la tolerancia</translation>
    </message>
    <message>
        <source>stopped at the cap</source>
        <translation>se detuvo en el límite</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergió</translation>
    </message>
    <message>
        <source>fewest steps</source>
        <translation>menos pasos</translation>
    </message>
    <message numerus="yes">
        <source>cap: %n steps</source>
        <translation>
            <numerusform>límite: %n paso</numerusform>
            <numerusform>límite: %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>fastest 1/(λmin+λmax)</source>
        <translation>más rápida 1/(λmin+λmax)</translation>
    </message>
    <message>
        <source>plain descent&apos;s fastest 1/(λmin+λmax)</source>
        <translation>más rápida del descenso simple 1/(λmin+λmax)</translation>
    </message>
    <message>
        <source>your η = {rate}</source>
        <translation>tu η = {rate}</translation>
    </message>
    <message>
        <source>The data or the model changed during the sweep, so its result is not shown. Press Sweep Again.</source>
        <translation>Los datos o el modelo cambiaron durante el barrido, así que no se muestra su resultado. Pulsa Repetir el barrido.</translation>
    </message>
    <message>
        <source>η = {rate} is now set in the solver panel ({outcome} here). Press Run (F5) to watch that run.</source>
        <translation>η = {rate} ya está puesta en el panel de resolución ({outcome} aquí). Pulsa Ejecutar (F5) para ver esa ejecución.</translation>
    </message>
    <message>
        <source>η = {rate}: {outcome}
click to use this η</source>
        <translation>η = {rate}: {outcome}
haz clic para usar esta η</translation>
    </message>
    <message>
        <source>&lt;b&gt;{method}&lt;/b&gt; at {count} learning rates from {low} to {high}: the steps each run needs to get within {tol} of least squares (stopping at your maximum of {cap} iterations). &lt;b&gt;Click a point&lt;/b&gt; to use its η.</source>
        <translation>&lt;b&gt;{method}&lt;/b&gt; con {count} tasas de aprendizaje de {low} a {high}: los pasos que necesita cada ejecución para quedar a menos de {tol} de los mínimos cuadrados (se detiene en tu máximo de {cap} iteraciones). &lt;b&gt;Haz clic en un punto&lt;/b&gt; para usar su η.</translation>
    </message>
    <message>
        <source>Fewest steps: {count} at η = {rate}.</source>
        <translation>Menos pasos: {count} con η = {rate}.</translation>
    </message>
    <message>
        <source>No rate reached the tolerance within the cap: raise Max iterations, or tick Standardise features.</source>
        <translation>Ninguna tasa alcanzó la tolerancia dentro del límite: aumenta «Máx. iteraciones» o marca «Estandarizar variables».</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} diverged, from η = {rate} up.</source>
        <translation>
            <numerusform>%n de {total} divergió, a partir de η = {rate}.</numerusform>
            <numerusform>%n de {total} divergieron, a partir de η = {rate}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adam has no fixed stable limit: its steps are about η each.</source>
        <translation>Adam no tiene un límite estable fijo: cada uno de sus pasos mide aproximadamente η.</translation>
    </message>
    <message>
        <source>With mini-batches the stable limit is a guide.</source>
        <translation>Con minilotes, el límite estable es orientativo.</translation>
    </message>
    <message>
        <source>stable limit (1+μ)/λmax</source>
        <translation>límite estable (1+μ)/λmax</translation>
    </message>
    <message>
        <source>stable limit 1/λmax</source>
        <translation>límite estable 1/λmax</translation>
    </message>
</context>
</TS>
