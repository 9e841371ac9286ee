<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Compare</name>
    <message>
        <source>it ended with exit status {status}</source>
        <translation>terminó con el estado {status}</translation>
    </message>
    <message>
        <source>scikit-learn&apos;s process gave no answer ({why}).</source>
        <translation>El proceso de scikit-learn no dio respuesta ({why}).</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>it has no numeric column, and a regression needs two (an x and a y).</source>
        <translation>no tiene ninguna columna numérica, y una regresión necesita dos (una x y una y).</translation>
    </message>
    <message>
        <source>it has only one numeric column, and a regression needs two (an x and a y).</source>
        <translation>solo tiene una columna numérica, y una regresión necesita dos (una x y una y).</translation>
    </message>
    <message>
        <source>Not numbers: {reasons}.</source>
        <translation>No son números: {reasons}.</translation>
    </message>
    <message>
        <source>generated data</source>
        <translation>datos generados</translation>
    </message>
    <message>
        <source>Could not open {what} Your data is unchanged.</source>
        <translation>No se pudo abrir {what} Tus datos no han cambiado.</translation>
    </message>
    <message>
        <source>Could not open {what}</source>
        <translation>No se pudo abrir {what}</translation>
    </message>
    <message>
        <source>Loading cancelled; your data is unchanged.</source>
        <translation>Carga cancelada; tus datos no han cambiado.</translation>
    </message>
    <message>
        <source>Could not save {what}: {reason}</source>
        <translation>No se pudo guardar {what}: {reason}</translation>
    </message>
    <message>
        <source>Could not compare the solvers: {reason}</source>
        <translation>No se pudieron comparar los métodos de resolución: {reason}</translation>
    </message>
    <message>
        <source>The sweep failed: {reason}</source>
        <translation>El barrido falló: {reason}</translation>
    </message>
    <message>
        <source>Saved the training log ({rows} rows, every {every}) to {path}.</source>
        <translation>Registro de entrenamiento guardado ({rows} filas, cada {every}) en {path}.</translation>
    </message>
    <message>
        <source>the training log</source>
        <translation>el registro de entrenamiento</translation>
    </message>
    <message>
        <source>A starting point needs finite numbers.</source>
        <translation>Un punto de partida necesita números finitos.</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <source>row {row} does not exist; there are {count} rows</source>
        <translation>la fila {row} no existe; hay {count} filas</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} no es un número</translation>
    </message>
    <message>
        <source>a cell must hold a finite number, or be empty (NaN) when the value is missing</source>
        <translation>una celda debe contener un número finito, o estar vacía (NaN) si falta el valor</translation>
    </message>
    <message>
        <source>a cell must hold a finite number</source>
        <translation>una celda debe contener un número finito</translation>
    </message>
    <message>
        <source>it holds no values</source>
        <translation>no contiene valores</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>fila {row}</translation>
    </message>
    <message>
        <source>there is no column {column}; the columns are {names}</source>
        <translation>no hay ninguna columna {column}; las columnas son {names}</translation>
    </message>
    <message>
        <source>column {column} does not hold numbers: {reason}</source>
        <translation>la columna {column} no contiene números: {reason}</translation>
    </message>
    <message>
        <source>{place} holds {value}, which is not a number</source>
        <translation>{place} contiene {value}, que no es un número</translation>
    </message>
</context>
<context>
    <name>Design</name>
    <message>
        <source>Choose at least one x column.</source>
        <translation>Elige al menos una columna x.</translation>
    </message>
    <message>
        <source>An x column is chosen twice.</source>
        <translation>Una columna x está elegida dos veces.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be both x and y.</source>
        <translation>&apos;{name}&apos; no puede ser a la vez x e y.</translation>
    </message>
    <message>
        <source>The polynomial degree must be between 1 and {most}, not {degree}.</source>
        <translation>El grado del polinomio debe estar entre 1 y {most}, no {degree}.</translation>
    </message>
    <message>
        <source>A polynomial (degree above 1) needs exactly one x column; {count} are chosen.</source>
        <translation>Un polinomio (grado mayor que 1) necesita exactamente una columna x; hay {count} elegidas.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be both a weight and a variable.</source>
        <translation>&apos;{name}&apos; no puede ser a la vez un peso y una variable.</translation>
    </message>
    <message>
        <source>x spans only [{low}, {high}]: so narrow a range for its size that the coefficients of raw powers of x exceed float64&apos;s range. Subtract a constant from x (or lower the degree).</source>
        <translation>x solo abarca [{low}, {high}]: un intervalo tan estrecho para su tamaño que los coeficientes de las potencias sin transformar de x superan el rango de float64. Resta una constante a x (o baja el grado).</translation>
    </message>
    <message>
        <source>The selected columns hold a value beyond float64&apos;s range.</source>
        <translation>Las columnas elegidas contienen un valor fuera del rango de float64.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; leaves float64&apos;s range here (|x| reaches {reach}, so {name} would be about 1e{size}). Methods that take raw powers of x as they are cannot use it; least squares (ols), ridge and lasso scale x first. Or change the units of x.</source>
        <translation>&apos;{name}&apos; se sale aquí del rango de float64 (|x| llega a {reach}, así que {name} valdría unos 1e{size}). Los métodos que usan las potencias de x tal cual no pueden utilizarlo; mínimos cuadrados (ols), ridge y lasso escalan x antes. O cambia las unidades de x.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has no spread (every value is the same), so it cannot be standardised.</source>
        <translation>&apos;{name}&apos; no tiene dispersión (todos los valores son iguales), así que no se puede estandarizar.</translation>
    </message>
    <message>
        <source>x column &apos;{name}&apos; is constant (every value is {value}): a line through points that all share one x has no defined slope. Choose another x column.</source>
        <translation>la columna x &apos;{name}&apos; es constante (todos los valores son {value}): una recta por puntos que comparten la misma x no tiene una pendiente definida. Elige otra columna x.</translation>
    </message>
    <message>
        <source>There is no numeric column named &apos;{name}&apos;.</source>
        <translation>No hay ninguna columna numérica llamada &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>The selected columns hold an infinite value.</source>
        <translation>Las columnas elegidas contienen un valor infinito.</translation>
    </message>
    <message>
        <source>Weight column &apos;{name}&apos; is negative in data row {row}; weights must be zero or positive.</source>
        <translation>La columna de pesos &apos;{name}&apos; es negativa en la fila de datos {row}; los pesos deben ser cero o positivos.</translation>
    </message>
    <message>
        <source>Every weight in &apos;{name}&apos; is zero.</source>
        <translation>Todos los pesos de &apos;{name}&apos; son cero.</translation>
    </message>
    <message>
        <source>The model has {params} parameters but only {rows} usable rows ({dropped} dropped for missing values); it needs at least {params}.</source>
        <translation>El modelo tiene {params} parámetros pero solo {rows} filas utilizables ({dropped} descartadas por valores que faltan); necesita al menos {params}.</translation>
    </message>
    <message>
        <source>The model has {params} parameters but only {rows} usable rows; it needs at least {params}.</source>
        <translation>El modelo tiene {params} parámetros pero solo {rows} filas utilizables; necesita al menos {params}.</translation>
    </message>
    <message>
        <source>Every x value is zero: a line through the origin has no slope.</source>
        <translation>Todos los valores de x son cero: una recta que pasa por el origen no tiene pendiente.</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>, </source>
        <translation>; </translation>
    </message>
    <message>
        <source>mean residual {mean}   ·   Xᵀr = ({values}), {percent} % of Xᵀy</source>
        <translation>residuo medio {mean}   ·   Xᵀr = ({values}), {percent} % de Xᵀy</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>line {line}</source>
        <translation>línea {line}</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>columna {column}</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos;</source>
        <translation>columna &apos;{column}&apos;</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where}: {message}</translation>
    </message>
</context>
<context>
    <name>Examples</name>
    <message>
        <source>Textbook line: y = 4 + 3x + noise</source>
        <translation>Recta del libro: y = 4 + 3x + ruido</translation>
    </message>
    <message>
        <source>The textbook&apos;s 100 points; least squares gives b0 = 4.215, b1 = 2.770 (the true line is 4 + 3x).</source>
        <translation>Los 100 puntos del libro; mínimos cuadrados da b0 = 4,215 y b1 = 2,770 (la recta verdadera es 4 + 3x).</translation>
    </message>
    <message>
        <source>Noisy line: y = 3.5x + 10 + noise</source>
        <translation>Recta con ruido: y = 3,5x + 10 + ruido</translation>
    </message>
    <message>
        <source>400 points with a large spread (SD 25) around a clear trend: R² is modest, yet the slope is well determined.</source>
        <translation>400 puntos muy dispersos (DE 25) alrededor de una tendencia clara: R² es modesto, pero la pendiente está bien determinada.</translation>
    </message>
    <message>
        <source>Noisy quadratic: y = 0.5x² + x + 2 + noise</source>
        <translation>Parábola con ruido: y = 0,5x² + x + 2 + ruido</translation>
    </message>
    <message>
        <source>A curve: degree 2 fits it; degree 1 underfits and degree 10 chases the noise.</source>
        <translation>Una curva: el grado 2 la ajusta; el grado 1 se queda corto y el grado 10 persigue el ruido.</translation>
    </message>
    <message>
        <source>Diabetes: progression vs BMI</source>
        <translation>Diabetes: progresión frente a IMC</translation>
    </message>
    <message>
        <source>442 patients: disease progression a year on against body-mass index; nine more baseline measures for multiple regression.</source>
        <translation>442 pacientes: progresión de la enfermedad al cabo de un año frente al índice de masa corporal; nueve medidas iniciales más para la regresión múltiple.</translation>
    </message>
    <message>
        <source>Anscombe&apos;s quartet I</source>
        <translation>Cuarteto de Anscombe I</translation>
    </message>
    <message>
        <source>Same means, variances, correlation and fitted line as the other three sets: a plain linear relation with scatter.</source>
        <translation>Mismas medias, varianzas, correlación y recta ajustada que los otros tres conjuntos: una relación lineal sencilla con dispersión.</translation>
    </message>
    <message>
        <source>Anscombe&apos;s quartet II</source>
        <translation>Cuarteto de Anscombe II</translation>
    </message>
    <message>
        <source>Same means, variances, correlation and fitted line as the other three sets: a smooth curve, which a line misdescribes.</source>
        <translation>Mismas medias, varianzas, correlación y recta ajustada que los otros tres conjuntos: una curva suave, que una recta describe mal.</translation>
    </message>
    <message>
        <source>Anscombe&apos;s quartet III</source>
        <translation>Cuarteto de Anscombe III</translation>
    </message>
    <message>
        <source>Same means, variances, correlation and fitted line as the other three sets: a perfect line but for one outlier that tilts the fit.</source>
        <translation>Mismas medias, varianzas, correlación y recta ajustada que los otros tres conjuntos: una recta perfecta salvo un valor atípico que inclina el ajuste.</translation>
    </message>
    <message>
        <source>Anscombe&apos;s quartet IV</source>
        <translation>Cuarteto de Anscombe IV</translation>
    </message>
    <message>
        <source>Same means, variances, correlation and fitted line as the other three sets: one far point alone decides the slope.</source>
        <translation>Mismas medias, varianzas, correlación y recta ajustada que los otros tres conjuntos: un único punto lejano decide la pendiente.</translation>
    </message>
    <message>
        <source>Longley: US employment 1947-1962</source>
        <translation>Longley: empleo en EE. UU. 1947-1962</translation>
    </message>
    <message>
        <source>Employment against six economic series that move together: a classic test of accuracy under collinearity.</source>
        <translation>Empleo frente a seis series económicas que se mueven juntas: una prueba clásica de precisión con colinealidad.</translation>
    </message>
    <message>
        <source>Norris: ozone monitor calibration</source>
        <translation>Norris: calibración de un monitor de ozono</translation>
    </message>
    <message>
        <source>36 monitor readings against reference values: an almost perfect line with certified coefficients.</source>
        <translation>36 lecturas del monitor frente a valores de referencia: una recta casi perfecta con coeficientes certificados.</translation>
    </message>
    <message>
        <source>Filip: degree-10 polynomial</source>
        <translation>Filip: polinomio de grado 10</translation>
    </message>
    <message>
        <source>82 points and a degree-10 fit so ill-conditioned that the normal equation loses every digit; compare the methods.</source>
        <translation>82 puntos y un ajuste de grado 10 tan mal condicionado que la ecuación normal pierde todas las cifras; compara los métodos.</translation>
    </message>
    <message>
        <source>The number of points must be a whole number, not {n}.</source>
        <translation>El número de puntos debe ser un número entero, no {n}.</translation>
    </message>
    <message>
        <source>The number of points must be between {least} and {most}, not {n}.</source>
        <translation>El número de puntos debe estar entre {least} y {most}, no {n}.</translation>
    </message>
    <message>
        <source>The slope must be a finite number, not {value}.</source>
        <translation>La pendiente debe ser un número finito, no {value}.</translation>
    </message>
    <message>
        <source>The intercept must be a finite number, not {value}.</source>
        <translation>La ordenada en el origen debe ser un número finito, no {value}.</translation>
    </message>
    <message>
        <source>The noise must be a finite number, not {value}.</source>
        <translation>El ruido debe ser un número finito, no {value}.</translation>
    </message>
    <message>
        <source>The lowest x must be a finite number, not {value}.</source>
        <translation>La x mínima debe ser un número finito, no {value}.</translation>
    </message>
    <message>
        <source>The highest x must be a finite number, not {value}.</source>
        <translation>La x máxima debe ser un número finito, no {value}.</translation>
    </message>
    <message>
        <source>The noise standard deviation must be 0 or more, not {value}.</source>
        <translation>La desviación típica del ruido debe ser 0 o más, no {value}.</translation>
    </message>
    <message>
        <source>The x range must run from low to high; got {low} to {high}.</source>
        <translation>El intervalo de x debe ir de menor a mayor; se recibió de {low} a {high}.</translation>
    </message>
    <message>
        <source>The seed must be a whole number ≥ 0 or None, not {seed}.</source>
        <translation>La semilla debe ser un número entero ≥ 0 o None, no {seed}.</translation>
    </message>
    <message>
        <source>The generator must be one of {names}, not {name}.</source>
        <translation>El generador debe ser uno de {names}, no {name}.</translation>
    </message>
</context>
<context>
    <name>Fitting</name>
    <message>
        <source>Least squares (QR)</source>
        <translation>Mínimos cuadrados (QR)</translation>
    </message>
    <message>
        <source>Normal equation, inv(XᵀX)</source>
        <translation>Ecuación normal, inv(XᵀX)</translation>
    </message>
    <message>
        <source>Ridge (L2 penalty)</source>
        <translation>Ridge (penalización L2)</translation>
    </message>
    <message>
        <source>Lasso (L1 penalty)</source>
        <translation>Lasso (penalización L1)</translation>
    </message>
    <message>
        <source>Batch gradient descent</source>
        <translation>Descenso de gradiente por lotes</translation>
    </message>
    <message>
        <source>Mini-batch SGD</source>
        <translation>SGD por minilotes</translation>
    </message>
    <message>
        <source>Gradient descent with momentum</source>
        <translation>Descenso de gradiente con momento</translation>
    </message>
    <message>
        <source>Unknown method &apos;{method}&apos;; choose one of {methods}.</source>
        <translation>Método desconocido &apos;{method}&apos;; elige uno de {methods}.</translation>
    </message>
    <message>
        <source>The test fraction must be in [0, 1), not {value}.</source>
        <translation>La fracción de prueba debe estar en [0, 1), no {value}.</translation>
    </message>
    <message>
        <source>Stop on &apos;gap&apos;, &apos;gradient&apos; or &apos;loss&apos;.</source>
        <translation>Detener según &apos;gap&apos;, &apos;gradient&apos; o &apos;loss&apos;.</translation>
    </message>
    <message>
        <source>The random seed must be a whole number from 0 to {most}, not {seed}.</source>
        <translation>La semilla aleatoria debe ser un número entero de 0 a {most}, no {seed}.</translation>
    </message>
    <message>
        <source>&apos;{method}&apos; is not an iterative method.</source>
        <translation>&apos;{method}&apos; no es un método iterativo.</translation>
    </message>
    <message>
        <source>A test fraction of {fraction} leaves {train} training rows of {rows}; the model needs at least {params}.</source>
        <translation>Una fracción de prueba de {fraction} deja {train} filas de entrenamiento de {rows}; el modelo necesita al menos {params}.</translation>
    </message>
    <message>
        <source>In the training rows x column &apos;{name}&apos; is constant; choose another split seed or a smaller test fraction.</source>
        <translation>En las filas de entrenamiento la columna x &apos;{name}&apos; es constante; elige otra semilla de división o una fracción de prueba menor.</translation>
    </message>
    <message>
        <source>{data} has no numeric column left to use as x.</source>
        <translation>A {data} no le queda ninguna columna numérica para usar como x.</translation>
    </message>
    <message>
        <source>{data} has no numeric column left to use as y.</source>
        <translation>A {data} no le queda ninguna columna numérica para usar como y.</translation>
    </message>
    <message>
        <source>Column &apos;{name}&apos; is not numeric: {reason}.</source>
        <translation>La columna &apos;{name}&apos; no es numérica: {reason}.</translation>
    </message>
    <message>
        <source>{data} has no column named &apos;{name}&apos;. Numeric columns: {names}.</source>
        <translation>{data} no tiene ninguna columna llamada &apos;{name}&apos;. Columnas numéricas: {names}.</translation>
    </message>
    <message>
        <source>A fitted curve needs a model with exactly one x column.</source>
        <translation>Una curva ajustada necesita un modelo con exactamente una columna x.</translation>
    </message>
</context>
<context>
    <name>GradientDescent</name>
    <message>
        <source>The starting point needs {count} finite coefficients (got {given}).</source>
        <translation>El punto de partida necesita {count} coeficientes finitos (se recibió {given}).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Gradient descent diverged after iteration {iteration}: the loss went from {start} at the start to {end}, and the next step overflowed.</source>
        <translation>El descenso de gradiente divergió tras la iteración {iteration}: la pérdida pasó de {start} al principio a {end}, y el siguiente paso se desbordó.</translation>
    </message>
    <message>
        <source>Gradient descent diverged after iteration {iteration}: the loss went from {start} at iteration {changed}, where η became {rate}, to {end}, and the next step overflowed.</source>
        <translation>El descenso de gradiente divergió tras la iteración {iteration}: la pérdida pasó de {start} en la iteración {changed}, donde η pasó a ser {rate}, a {end}, y el siguiente paso se desbordó.</translation>
    </message>
    <message>
        <source>Gradient descent diverged at iteration {iteration}: the loss grew from {start} at the start to {end}.</source>
        <translation>El descenso de gradiente divergió en la iteración {iteration}: la pérdida creció de {start} al principio a {end}.</translation>
    </message>
    <message>
        <source>Gradient descent diverged at iteration {iteration}: the loss grew from {start} at iteration {changed}, where η became {rate}, to {end}.</source>
        <translation>El descenso de gradiente divergió en la iteración {iteration}: la pérdida creció de {start} en la iteración {changed}, donde η pasó a ser {rate}, a {end}.</translation>
    </message>
    <message>
        <source>The learning rate {rate} is above the largest stable rate for momentum batch descent on this data, {limit} (= (1+μ)/λmax of XᵀX/N). Use a learning rate below {limit}, or standardise the features.</source>
        <translation>La tasa de aprendizaje {rate} está por encima de la mayor tasa estable del descenso por lotes con momento para estos datos, {limit} (= (1+μ)/λmax de XᵀX/N). Usa una tasa de aprendizaje menor que {limit}, o estandariza las variables.</translation>
    </message>
    <message>
        <source>The learning rate {rate} is near the largest stable rate for momentum batch descent on this data, {limit} (= (1+μ)/λmax of XᵀX/N). Use a learning rate below {limit}, or standardise the features.</source>
        <translation>La tasa de aprendizaje {rate} está cerca de la mayor tasa estable del descenso por lotes con momento para estos datos, {limit} (= (1+μ)/λmax de XᵀX/N). Usa una tasa de aprendizaje menor que {limit}, o estandariza las variables.</translation>
    </message>
    <message>
        <source>The learning rate {rate} is above the largest stable rate for batch descent on this data, {limit} (= 1/λmax of XᵀX/N). Use a learning rate below {limit}, or standardise the features.</source>
        <translation>La tasa de aprendizaje {rate} está por encima de la mayor tasa estable del descenso por lotes para estos datos, {limit} (= 1/λmax de XᵀX/N). Usa una tasa de aprendizaje menor que {limit}, o estandariza las variables.</translation>
    </message>
    <message>
        <source>The learning rate {rate} is near the largest stable rate for batch descent on this data, {limit} (= 1/λmax of XᵀX/N). Use a learning rate below {limit}, or standardise the features.</source>
        <translation>La tasa de aprendizaje {rate} está cerca de la mayor tasa estable del descenso por lotes para estos datos, {limit} (= 1/λmax de XᵀX/N). Usa una tasa de aprendizaje menor que {limit}, o estandariza las variables.</translation>
    </message>
    <message>
        <source>Use a smaller learning rate, or standardise the features.</source>
        <translation>Usa una tasa de aprendizaje menor, o estandariza las variables.</translation>
    </message>
    <message>
        <source>The gradient rule stopped the run after {done}, but it is still {gap}, outside the tolerance {tol}: a small gradient does not mean a small error where the loss is nearly flat. Stop on the gap to the optimum, or standardise the features.</source>
        <translation>La regla del gradiente detuvo la ejecución tras {done}, pero sigue {gap}, fuera de la tolerancia {tol}: un gradiente pequeño no significa un error pequeño donde la pérdida es casi plana. Detén según la distancia al óptimo, o estandariza las variables.</translation>
    </message>
    <message>
        <source>The loss-change rule stopped the run after {done}, but it is still {gap}, outside the tolerance {tol}: small steps change the loss little even far from the minimum. Stop on the gap to the optimum, or standardise the features.</source>
        <translation>La regla del cambio de pérdida detuvo la ejecución tras {done}, pero sigue {gap}, fuera de la tolerancia {tol}: los pasos pequeños apenas cambian la pérdida incluso lejos del mínimo. Detén según la distancia al óptimo, o estandariza las variables.</translation>
    </message>
    <message>
        <source>Stopped at the iteration limit after {done}, {gap}, outside the tolerance {tol}.</source>
        <translation>Detenido en el límite de iteraciones tras {done}, {gap}, fuera de la tolerancia {tol}.</translation>
    </message>
    <message>
        <source>Mini-batch steps keep jumping around the optimum, at a distance that shrinks with the learning rate: use a smaller rate or larger batches.</source>
        <translation>Los pasos por minilotes siguen saltando alrededor del óptimo, a una distancia que se reduce con la tasa de aprendizaje: usa una tasa menor o lotes más grandes.</translation>
    </message>
    <message>
        <source>The learning rate {rate} is far below the stable limit {limit}: a larger one converges faster.</source>
        <translation>La tasa de aprendizaje {rate} está muy por debajo del límite estable {limit}: una mayor converge más rápido.</translation>
    </message>
    <message>
        <source>Allow more iterations, or standardise the features.</source>
        <translation>Permite más iteraciones, o estandariza las variables.</translation>
    </message>
    <message>
        <source>Unknown gradient method &apos;{method}&apos;.</source>
        <translation>Método de gradiente desconocido &apos;{method}&apos;.</translation>
    </message>
    <message>
        <source>Max iterations must be 0 or more.</source>
        <translation>El máximo de iteraciones debe ser 0 o más.</translation>
    </message>
    <message>
        <source>The tolerance must be a number ≥ 0, not {value}.</source>
        <translation>La tolerancia debe ser un número ≥ 0, no {value}.</translation>
    </message>
    <message>
        <source>Stop on {rules}, not {value}.</source>
        <translation>Detener según {rules}, no {value}.</translation>
    </message>
    <message>
        <source>Momentum must be in [0, 1), not {value}.</source>
        <translation>El momento debe estar en [0, 1), no {value}.</translation>
    </message>
    <message>
        <source>The batch size must be at least 1, not {value}.</source>
        <translation>El tamaño de lote debe ser al menos 1, no {value}.</translation>
    </message>
    <message>
        <source>The {name} must be a positive number, not {value}.</source>
        <translation>El valor de «{name}» debe ser un número positivo, no {value}.</translation>
    </message>
</context>
<context>
    <name>Influence</name>
    <message>
        <source>leverage h = {leverage} · studentized r = {studentized} · Cook&apos;s D = {cook}</source>
        <translation>apalancamiento h = {leverage} · r estudentizado = {studentized} · D de Cook = {cook}</translation>
    </message>
</context>
<context>
    <name>Landscape</name>
    <message>
        <source>A term has no spread (every value is the same), so there is no standardised landscape.</source>
        <translation>Un término no tiene dispersión (todos los valores son iguales), así que no hay paisaje estandarizado.</translation>
    </message>
    <message>
        <source>Choose two different coefficients of {count} ({i} and {j} given).</source>
        <translation>Elige dos coeficientes distintos de {count} (se dieron {i} y {j}).</translation>
    </message>
    <message>
        <source>The penalty is &apos;ridge&apos; or &apos;lasso&apos;, not {kind}.</source>
        <translation>La penalización es &apos;ridge&apos; o &apos;lasso&apos;, no {kind}.</translation>
    </message>
    <message>
        <source>Every α must be a number ≥ 0.</source>
        <translation>Todo α debe ser un número ≥ 0.</translation>
    </message>
</context>
<context>
    <name>LeastSquares</name>
    <message>
        <source>a term</source>
        <translation>un término</translation>
    </message>
    <message>
        <source>a weight</source>
        <translation>un peso</translation>
    </message>
    <message>
        <source>the penalty</source>
        <translation>la penalización</translation>
    </message>
    <message>
        <source>The least-squares solver was given {what} that is not a finite number (beyond float64&apos;s range, or missing).</source>
        <translation>El método de mínimos cuadrados recibió en {what} un valor que no es un número finito (fuera del rango de float64, o ausente).</translation>
    </message>
</context>
<context>
    <name>Loading</name>
    <message>
        <source>the file has a header row but no data rows</source>
        <translation>el archivo tiene una fila de encabezado pero ninguna fila de datos</translation>
    </message>
    <message>
        <source>it holds no numbers</source>
        <translation>no contiene números</translation>
    </message>
    <message>
        <source>no column holds numbers (column {column}: {reason})</source>
        <translation>ninguna columna contiene números (columna {column}: {reason})</translation>
    </message>
    <message>
        <source>no column holds numbers</source>
        <translation>ninguna columna contiene números</translation>
    </message>
    <message>
        <source>columns without a name in the file were called {names}</source>
        <translation>las columnas sin nombre en el archivo se llamaron {names}</translation>
    </message>
    <message>
        <source>these columns hold no values: {names}</source>
        <translation>estas columnas no contienen valores: {names}</translation>
    </message>
    <message>
        <source>{cell} as a missing value</source>
        <translation>{cell} como valor que falta</translation>
    </message>
    <message>
        <source>{cell} without its currency sign</source>
        <translation>{cell} sin su símbolo de moneda</translation>
    </message>
    <message>
        <source>{cell} as a number in per cent</source>
        <translation>{cell} como número en tanto por ciento</translation>
    </message>
    <message>
        <source>{cell} without its thousands separators</source>
        <translation>{cell} sin sus separadores de miles</translation>
    </message>
    <message>
        <source>column {column} was read as typed: {done}; check the numbers in the table</source>
        <translation>la columna {column} se leyó tal como se escribió: {done}; comprueba los números de la tabla</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>línea {line}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>fila {row}</translation>
    </message>
    <message>
        <source>data row {row}</source>
        <translation>fila de datos {row}</translation>
    </message>
    <message>
        <source>{cell} is not a finite number; regression needs finite values (leave the cell empty if the value is missing)</source>
        <translation>{cell} no es un número finito; la regresión necesita valores finitos (deja la celda vacía si falta el valor)</translation>
    </message>
    <message>
        <source>there is no such file in {folder}</source>
        <translation>no existe ese archivo en {folder}</translation>
    </message>
    <message>
        <source>the file cannot be opened ({reason})</source>
        <translation>no se puede abrir el archivo ({reason})</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>you do not have permission to read this file</source>
        <translation>no tienes permiso para leer este archivo</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>no se puede leer el archivo ({reason})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>a quoted value is never closed (a &quot; without its partner)</source>
        <translation>un valor entre comillas nunca se cierra (unas &quot; sin su pareja)</translation>
    </message>
    <message>
        <source>the file cannot be read as a table ({reason})</source>
        <translation>no se puede leer el archivo como tabla ({reason})</translation>
    </message>
    <message>
        <source>{file} holds text, not a spreadsheet; it was read as a delimited text table</source>
        <translation>{file} contiene texto, no una hoja de cálculo; se leyó como tabla de texto con separadores</translation>
    </message>
    <message>
        <source>the file was deleted or moved while it was being read; load it again once it is complete</source>
        <translation>el archivo se borró o se movió mientras se leía; vuelve a cargarlo cuando esté completo</translation>
    </message>
    <message>
        <source>the file was replaced by another file while it was being read; load it again once it is complete</source>
        <translation>el archivo se sustituyó por otro mientras se leía; vuelve a cargarlo cuando esté completo</translation>
    </message>
    <message>
        <source>the file changed size ({before} → {after} bytes) while it was being read; load it again once it is complete</source>
        <translation>el archivo cambió de tamaño ({before} → {after} bytes) mientras se leía; vuelve a cargarlo cuando esté completo</translation>
    </message>
    <message>
        <source>the file was rewritten while it was being read; load it again once it is complete</source>
        <translation>el archivo se reescribió mientras se leía; vuelve a cargarlo cuando esté completo</translation>
    </message>
    <message>
        <source>this is not a text file from byte {offset} on (it holds NUL bytes there); is it a table cut short or joined to other data?</source>
        <translation>a partir del byte {offset} no es un archivo de texto (contiene bytes NUL); ¿es una tabla cortada o unida a otros datos?</translation>
    </message>
    <message>
        <source>the file&apos;s text cannot be decoded</source>
        <translation>no se puede descodificar el texto del archivo</translation>
    </message>
    <message>
        <source>loading was cancelled</source>
        <translation>se canceló la carga</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>una imagen PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>una imagen JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>una imagen GIF</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <source>a gzip-compressed file</source>
        <translation>un archivo comprimido con gzip</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>un programa</translation>
    </message>
    <message>
        <source>this is {what}, not a table of numbers</source>
        <translation>es {what}, no una tabla de números</translation>
    </message>
    <message>
        <source>this is not a text file (it holds NUL bytes); is it really a table?</source>
        <translation>no es un archivo de texto (contiene bytes NUL); ¿de verdad es una tabla?</translation>
    </message>
    <message>
        <source>this is not a text file (it holds control characters); is it really a table?</source>
        <translation>no es un archivo de texto (contiene caracteres de control); ¿de verdad es una tabla?</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text, so it was read as Latin-1 (ISO 8859-1); check that accented letters look right</source>
        <translation>el archivo no es texto UTF-8 válido, así que se leyó como Latin-1 (ISO 8859-1); comprueba que las letras con tilde se ven bien</translation>
    </message>
    <message>
        <source>the file holds only blank lines, no data</source>
        <translation>el archivo solo contiene líneas en blanco, ningún dato</translation>
    </message>
    <message>
        <source>the first line is megabytes long; this does not look like a table</source>
        <translation>la primera línea ocupa megabytes; esto no parece una tabla</translation>
    </message>
    <message>
        <source>decimal commas found (for example {cell} on line {line}); they were read as decimal points</source>
        <translation>se encontraron comas decimales (por ejemplo {cell} en la línea {line}); se leyeron como separador decimal</translation>
    </message>
    <message>
        <source>the file holds only delimiters and blank lines, no data</source>
        <translation>el archivo solo contiene separadores y líneas en blanco, ningún dato</translation>
    </message>
    <message>
        <source>the header has {names} names but this row only {values} values; in a file separated by spaces, column names must not contain spaces</source>
        <translation>el encabezado tiene {names} nombres pero esta fila solo {values} valores; en un archivo separado por espacios, los nombres de columna no pueden contener espacios</translation>
    </message>
    <message>
        <source>duplicate column names were renamed: {names}</source>
        <translation>se renombraron nombres de columna repetidos: {names}</translation>
    </message>
    <message>
        <source>{old} to {new}</source>
        <translation>{old} a {new}</translation>
    </message>
    <message>
        <source>this line has {seen} values, but the header names {expected} columns; is there a stray delimiter, or a quote missing?</source>
        <translation>esta línea tiene {seen} valores, pero el encabezado nombra {expected} columnas; ¿hay un separador de más o falta una comilla?</translation>
    </message>
    <message>
        <source>this line has {seen} values, but the first row has {expected} values; is there a stray delimiter, or a quote missing?</source>
        <translation>esta línea tiene {seen} valores, pero la primera fila tiene {expected}; ¿hay un separador de más o falta una comilla?</translation>
    </message>
    <message>
        <source>this is a zip archive or an Office document, not a text table; if it is a spreadsheet, give it its real extension (.xlsx, .ods or .xls)</source>
        <translation>es un archivo zip o un documento de Office, no una tabla de texto; si es una hoja de cálculo, ponle su extensión real (.xlsx, .ods o .xls)</translation>
    </message>
    <message>
        <source>{file} is a spreadsheet despite its name; its first sheet was read</source>
        <translation>{file} es una hoja de cálculo a pesar de su nombre; se leyó su primera hoja</translation>
    </message>
    <message>
        <source>the file cannot be read as a spreadsheet ({reason}); it may be damaged</source>
        <translation>no se puede leer el archivo como hoja de cálculo ({reason}); puede estar dañado</translation>
    </message>
    <message>
        <source>the file cannot be read as a spreadsheet; it may be damaged</source>
        <translation>no se puede leer el archivo como hoja de cálculo; puede estar dañado</translation>
    </message>
    <message>
        <source>only the first sheet, {sheet}, was read; the file has {count} sheets</source>
        <translation>solo se leyó la primera hoja, {sheet}; el archivo tiene {count} hojas</translation>
    </message>
    <message>
        <source>the first sheet is empty</source>
        <translation>la primera hoja está vacía</translation>
    </message>
    <message>
        <source>a NIST StRD header without &apos;Data (lines … to …)&apos;</source>
        <translation>un encabezado NIST StRD sin &apos;Data (lines … to …)&apos;</translation>
    </message>
    <message>
        <source>line {line} should name the columns (&apos;Data:  y  x&apos;)</source>
        <translation>la línea {line} debería nombrar las columnas (&apos;Data:  y  x&apos;)</translation>
    </message>
    <message>
        <source>line {line} has {values} values; the header names {names} columns</source>
        <translation>la línea {line} tiene {values} valores; el encabezado nombra {names} columnas</translation>
    </message>
    <message>
        <source>line {line} holds something that is not a number: {text}</source>
        <translation>la línea {line} contiene algo que no es un número: {text}</translation>
    </message>
    <message>
        <source>the header promises lines {first} to {last}, the file ends at line {end}</source>
        <translation>el encabezado promete las líneas {first} a {last}, pero el archivo acaba en la línea {end}</translation>
    </message>
</context>
<context>
    <name>MyLine</name>
    <message>
        <source>Easy: a clear line with even noise</source>
        <translation>Fácil: una recta clara con ruido uniforme</translation>
    </message>
    <message>
        <source>Outliers: a few points far off the line</source>
        <translation>Valores atípicos: unos pocos puntos lejos de la recta</translation>
    </message>
    <message>
        <source>Skewed x: most points bunched at low x</source>
        <translation>x sesgada: la mayoría de los puntos amontonados en x bajas</translation>
    </message>
    <message>
        <source>Unequal noise: the spread grows with x</source>
        <translation>Ruido desigual: la dispersión crece con x</translation>
    </message>
    <message>
        <source>Hard: outliers, skewed x and unequal noise</source>
        <translation>Difícil: valores atípicos, x sesgada y ruido desigual</translation>
    </message>
    <message>
        <source>My Line needs exactly one x column.</source>
        <translation>Mi recta necesita exactamente una columna x.</translation>
    </message>
    <message>
        <source>My Line draws a straight line: set the polynomial degree to 1.</source>
        <translation>Mi recta dibuja una línea recta: pon el grado del polinomio en 1.</translation>
    </message>
    <message>
        <source>My Line needs a model with an intercept.</source>
        <translation>Mi recta necesita un modelo con ordenada en el origen.</translation>
    </message>
    <message>
        <source>My Line needs at least one row to fit.</source>
        <translation>Mi recta necesita al menos una fila que ajustar.</translation>
    </message>
    <message>
        <source>Perfect</source>
        <translation>Perfecto</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Excelente</translation>
    </message>
    <message>
        <source>Great</source>
        <translation>Muy bien</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Keep trying</source>
        <translation>Sigue intentándolo</translation>
    </message>
</context>
<context>
    <name>PlotData</name>
    <message>
        <source>missing value in a selected column</source>
        <translation>falta un valor en una columna elegida</translation>
    </message>
    <message>
        <source>left out of the fit by you (right-click to put back)</source>
        <translation>lo has dejado fuera del ajuste (clic derecho para volver a incluirlo)</translation>
    </message>
    <message>
        <source>in the test set (not used for fitting)</source>
        <translation>en el conjunto de prueba (no se usa para ajustar)</translation>
    </message>
    <message>
        <source>ŷ = polynomial, degree {degree}</source>
        <translation>ŷ = polinomio de grado {degree}</translation>
    </message>
    <message>
        <source>ŷ = b0 + {count} terms</source>
        <translation>ŷ = b0 + {count} términos</translation>
    </message>
    <message>
        <source>ŷ = {count} terms</source>
        <translation>ŷ = {count} términos</translation>
    </message>
    <message>
        <source>{count} rows used</source>
        <translation>{count} filas usadas</translation>
    </message>
    <message>
        <source>{count} dropped (missing values)</source>
        <translation>{count} descartadas (valores que faltan)</translation>
    </message>
    <message>
        <source>{count} left out by you</source>
        <translation>{count} dejadas fuera por ti</translation>
    </message>
    <message>
        <source>{count} for testing</source>
        <translation>{count} para prueba</translation>
    </message>
    <message>
        <source>R² {r2}</source>
        <translation>R² {r2}</translation>
    </message>
    <message>
        <source>MSE {mse}</source>
        <translation>MSE {mse}</translation>
    </message>
    <message>
        <source>test R² {r2}</source>
        <translation>R² de prueba {r2}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>iteration {iteration}</source>
        <translation>iteración {iteration}</translation>
    </message>
    <message>
        <source>loss {loss}</source>
        <translation>pérdida {loss}</translation>
    </message>
    <message>
        <source>Diverged at iteration {iteration}.</source>
        <translation>Divergió en la iteración {iteration}.</translation>
    </message>
    <message>
        <source>Converged after {done}: {gap}.</source>
        <translation>Convergió tras {done}: {gap}.</translation>
    </message>
    <message>
        <source>Converged after {done}.</source>
        <translation>Convergió tras {done}.</translation>
    </message>
    <message>
        <source>Stopped after {done} without converging: {gap}.</source>
        <translation>Se detuvo tras {done} sin converger: {gap}.</translation>
    </message>
    <message>
        <source>Stopped after {done} without converging.</source>
        <translation>Se detuvo tras {done} sin converger.</translation>
    </message>
    <message>
        <source>Why it stopped: {reason}.</source>
        <translation>Por qué se detuvo: {reason}.</translation>
    </message>
    <message>
        <source>{state} at iteration {iteration}</source>
        <translation>{state} en la iteración {iteration}</translation>
    </message>
    <message>
        <source>… {count} lines skipped at this speed</source>
        <translation>… {count} líneas omitidas a esta velocidad</translation>
    </message>
    <message>
        <source>iteration {iteration}: loss {loss}</source>
        <translation>iteración {iteration}: pérdida {loss}</translation>
    </message>
    <message>
        <source>iteration {iteration}: loss {loss}, test loss {test_loss}</source>
        <translation>iteración {iteration}: pérdida {loss}; pérdida de prueba {test_loss}</translation>
    </message>
</context>
<context>
    <name>Quadratic</name>
    <message>
        <source>Gradient descent cannot work here in float64: the terms reach {largest}, so XᵀX/N, the curvature it steps on, overflows. Tick &apos;Standardise features&apos; (--scale), or change the units.</source>
        <translation>El descenso de gradiente no puede funcionar aquí en float64: los términos llegan a {largest}, así que XᵀX/N, la curvatura sobre la que avanza, se desborda. Marca «Estandarizar variables» (--scale) o cambia las unidades.</translation>
    </message>
    <message>
        <source>Gradient descent cannot work here in float64: y reaches {largest}, so the loss it minimises (the mean of squared errors) is beyond float64&apos;s range. Change y&apos;s units (divide it by a power of ten), or use Least squares.</source>
        <translation>El descenso de gradiente no puede funcionar aquí en float64: y llega a {largest}, así que la pérdida que minimiza (la media de los errores al cuadrado) está fuera del rango de float64. Cambia las unidades de y (divídela por una potencia de diez) o usa mínimos cuadrados.</translation>
    </message>
    <message>
        <source>Gradient descent cannot score the test rows in float64: their terms reach {largest}, beyond float64&apos;s range. Change the units, or choose another test set (its fraction or seed).</source>
        <translation>El descenso de gradiente no puede evaluar las filas de prueba en float64: sus términos llegan a {largest}, fuera del rango de float64. Cambia las unidades o elige otro conjunto de prueba (su fracción o su semilla).</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Choose a y column.</source>
        <translation>Elige una columna y.</translation>
    </message>
    <message>
        <source>There is no data to edit.</source>
        <translation>No hay datos que editar.</translation>
    </message>
    <message>
        <source>There is no data to add to.</source>
        <translation>No hay datos a los que añadir.</translation>
    </message>
    <message>
        <source>There is no data.</source>
        <translation>No hay datos.</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>there is no such file</source>
        <translation>no existe ese archivo</translation>
    </message>
    <message>
        <source>the file cannot be opened ({reason})</source>
        <translation>no se puede abrir el archivo ({reason})</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>the file is {size} MB; a session file may be at most {most} MB</source>
        <translation>el archivo ocupa {size} MB; un archivo de sesión puede ocupar como máximo {most} MB</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>no se puede leer el archivo ({reason})</translation>
    </message>
    <message>
        <source>the file is larger than {most} MB, the most a session file may be</source>
        <translation>el archivo ocupa más de {most} MB, el máximo para un archivo de sesión</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>this is not a linreg session file (it is not UTF-8 text)</source>
        <translation>no es un archivo de sesión de linreg (no es texto UTF-8)</translation>
    </message>
    <message>
        <source>this is not a linreg session file (it is not JSON)</source>
        <translation>no es un archivo de sesión de linreg (no es JSON)</translation>
    </message>
    <message>
        <source>the file is damaged: it is not valid JSON ({reason} at line {line}, column {column})</source>
        <translation>el archivo está dañado: no es JSON válido ({reason} en la línea {line}, columna {column})</translation>
    </message>
    <message>
        <source>the file is damaged: it is nested too deeply</source>
        <translation>el archivo está dañado: tiene demasiados niveles de anidamiento</translation>
    </message>
    <message>
        <source>this is not a linreg session file (not a JSON object)</source>
        <translation>no es un archivo de sesión de linreg (no es un objeto JSON)</translation>
    </message>
    <message>
        <source>this is not a linreg session file (its &quot;format&quot; is not &quot;{format}&quot;)</source>
        <translation>no es un archivo de sesión de linreg (su &quot;format&quot; no es &quot;{format}&quot;)</translation>
    </message>
    <message>
        <source>this session was saved by a newer linreg-gui (session format version {version}; this one reads version {supported}). Update linreg-gui to open it</source>
        <translation>esta sesión se guardó con un linreg-gui más reciente (formato de sesión versión {version}; este lee la versión {supported}). Actualiza linreg-gui para abrirla</translation>
    </message>
</context>
<context>
    <name>Solvers</name>
    <message>
        <source>The design has rank {rank} of {terms}: {names} is a linear combination of the other terms, so its coefficient cannot be estimated (shown as NA). The rest is fitted without it.</source>
        <translation>La matriz de diseño tiene rango {rank} de {terms}: {names} es combinación lineal de los otros términos, así que su coeficiente no se puede estimar (se muestra como NA). El resto se ajusta sin él.</translation>
    </message>
    <message>
        <source>The terms are nearly collinear (condition number {cond} after centring and scaling); coefficients may carry few correct digits.</source>
        <translation>Los términos son casi colineales (número de condición {cond} tras centrar y escalar); los coeficientes pueden tener pocas cifras correctas.</translation>
    </message>
    <message>
        <source>The coefficient of &apos;{name}&apos; is about 1e{size}, beyond float64&apos;s range (about 1.8e308), so it cannot be written down. Change the units of x or y (divide x by 1e100, say).</source>
        <translation>El coeficiente de &apos;{name}&apos; vale unos 1e{size}, fuera del rango de float64 (unos 1,8e308), así que no se puede escribir. Cambia las unidades de x o de y (divide x entre 1e100, por ejemplo).</translation>
    </message>
    <message>
        <source>The coefficient of &apos;{name}&apos; is about 1e{size}, below float64&apos;s normal range, so it is shown as {shown}; the fit&apos;s residuals and metrics use its exact value.</source>
        <translation>El coeficiente de &apos;{name}&apos; vale unos 1e{size}, por debajo del rango normal de float64, así que se muestra como {shown}; los residuos y las métricas del ajuste usan su valor exacto.</translation>
    </message>
    <message>
        <source>XᵀX cannot be formed in float64</source>
        <translation>XᵀX no se puede formar en float64</translation>
    </message>
    <message>
        <source>Xᵀy cannot be formed in float64 here: it overflows. Least squares (ols) scales the columns first.</source>
        <translation>Xᵀy no se puede formar aquí en float64: se desborda. Mínimos cuadrados (ols) escala antes las columnas.</translation>
    </message>
    <message>
        <source>XᵀX is exactly singular, so inv(XᵀX) does not exist: some terms are linear combinations of others. Use OLS, which reports which ones.</source>
        <translation>XᵀX es exactamente singular, así que inv(XᵀX) no existe: algunos términos son combinaciones lineales de otros. Usa OLS, que indica cuáles.</translation>
    </message>
    <message>
        <source>inv(XᵀX) produced non-finite numbers.</source>
        <translation>inv(XᵀX) produjo números no finitos.</translation>
    </message>
    <message>
        <source>XᵀX has condition number {cond} ([1, X]&apos;s {cond_x}, squared). Float64&apos;s worst-case bound (cond × ε = {bound}) guarantees no correct digit; measured against the QR solution, these coefficients keep {kept}.</source>
        <translation>XᵀX tiene número de condición {cond} (el {cond_x} de [1, X], al cuadrado). La cota del peor caso de float64 (cond × ε = {bound}) no garantiza ninguna cifra correcta; comparados con la solución QR, estos coeficientes conservan {kept}.</translation>
    </message>
    <message>
        <source>XᵀX has condition number {cond} ([1, X]&apos;s {cond_x}, squared). Float64&apos;s worst-case bound (cond × ε = {bound}) guarantees only about {digits} correct digits; measured against the QR solution, these coefficients keep {kept}.</source>
        <translation>XᵀX tiene número de condición {cond} (el {cond_x} de [1, X], al cuadrado). La cota del peor caso de float64 (cond × ε = {bound}) solo garantiza unas {digits} cifras correctas; comparados con la solución QR, estos coeficientes conservan {kept}.</translation>
    </message>
    <message>
        <source>{what} here: the sum of squares of &apos;{name}&apos; would be about 1e{size}, above float64&apos;s largest number (1.8e308). Least squares (ols) scales the columns first.</source>
        <translation>{what} aquí: la suma de cuadrados de &apos;{name}&apos; valdría unos 1e{size}, por encima del mayor número de float64 (1,8e308). Mínimos cuadrados (ols) escala antes las columnas.</translation>
    </message>
    <message>
        <source>{what} here: the sum of squares of &apos;{name}&apos; would be about 1e{size}, below float64&apos;s smallest normal number (2.2e-308). Least squares (ols) scales the columns first.</source>
        <translation>{what} aquí: la suma de cuadrados de &apos;{name}&apos; valdría unos 1e{size}, por debajo del menor número normal de float64 (2,2e-308). Mínimos cuadrados (ols) escala antes las columnas.</translation>
    </message>
    <message>
        <source>np.linalg.lstsq failed on this design ({reason}). Least squares (ols) scales the columns first.</source>
        <translation>np.linalg.lstsq falló con esta matriz de diseño ({reason}). Mínimos cuadrados (ols) escala antes las columnas.</translation>
    </message>
    <message>
        <source>np.linalg.lstsq treated the design as rank {rank} of {terms} (its cut-off dropped the smallest singular value) and returned a different, minimum-norm answer without an error.</source>
        <translation>np.linalg.lstsq trató la matriz de diseño como de rango {rank} de {terms} (su umbral descartó el menor valor singular) y devolvió otra respuesta, de norma mínima, sin dar error.</translation>
    </message>
    <message>
        <source>np.polyfit fits a polynomial in one x with an intercept; choose one x column and keep the intercept on.</source>
        <translation>np.polyfit ajusta un polinomio en una sola x con ordenada en el origen; elige una columna x y deja activada la ordenada en el origen.</translation>
    </message>
    <message>
        <source>np.polyfit cannot scale the powers of x</source>
        <translation>np.polyfit no puede escalar las potencias de x</translation>
    </message>
    <message>
        <source>np.polyfit failed on this data ({reason}): it squares each power of x to scale it, which leaves float64&apos;s range here. Least squares (ols) scales x first.</source>
        <translation>np.polyfit falló con estos datos ({reason}): eleva al cuadrado cada potencia de x para escalarla, lo que aquí se sale del rango de float64. Mínimos cuadrados (ols) escala x antes.</translation>
    </message>
    <message>
        <source>np.polyfit returned non-finite coefficients: it squares each power of x to scale it, which leaves float64&apos;s range here. Least squares (ols) scales x first.</source>
        <translation>np.polyfit devolvió coeficientes no finitos: eleva al cuadrado cada potencia de x para escalarla, lo que aquí se sale del rango de float64. Mínimos cuadrados (ols) escala x antes.</translation>
    </message>
    <message>
        <source>np.polyfit warned: {warning}</source>
        <translation>np.polyfit avisó: {warning}</translation>
    </message>
    <message>
        <source>Terms {names} are collinear; their coefficients are 0.</source>
        <translation>Los términos {names} son colineales; sus coeficientes son 0.</translation>
    </message>
    <message>
        <source>Coordinate descent did not converge: it stopped at its limit of {sweeps} sweeps with the last sweep still moving a coefficient by {change} of the largest (the tolerance is {tol}); standardising the features usually fixes this.</source>
        <translation>El descenso por coordenadas no convergió: se detuvo en su límite de {sweeps} pasadas y la última aún movía un coeficiente en {change} del mayor (la tolerancia es {tol}); estandarizar las variables suele resolverlo.</translation>
    </message>
    <message>
        <source>A term has no spread, so the lasso cannot weigh it.</source>
        <translation>Un término no tiene dispersión, así que lasso no puede ponderarlo.</translation>
    </message>
    <message>
        <source>{name} must be a number ≥ 0, not {value}.</source>
        <translation>{name} debe ser un número ≥ 0, no {value}.</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Essentially perfect fit: inference is not meaningful (the residuals are at the level of rounding error, so t, p and F would measure only that noise; they are shown as NA).</source>
        <translation>Ajuste prácticamente perfecto: la inferencia no tiene sentido (los residuos están al nivel del error de redondeo, así que t, p y F solo medirían ese ruido; se muestran como NA).</translation>
    </message>
    <message>
        <source>y is constant (every value is {value}): R², the t tests and the F test are undefined (0/0), so no significance can be claimed.</source>
        <translation>y es constante (todos los valores son {value}): R², las pruebas t y la prueba F no están definidos (0/0), así que no se puede afirmar ninguna significación.</translation>
    </message>
    <message>
        <source>The MSE (about 1e{size}) is beyond float64&apos;s range, so it shows as Inf; read the RMSE, {rmse}, instead.</source>
        <translation>El MSE (unos 1e{size}) está fuera del rango de float64, así que se muestra como Inf; lee en su lugar el RMSE, {rmse}.</translation>
    </message>
    <message>
        <source>The MSE (about 1e{size}) is below float64&apos;s normal numbers, so it keeps only a few digits; read the RMSE, {rmse}, instead.</source>
        <translation>El MSE (unos 1e{size}) está por debajo de los números normales de float64, así que conserva pocas cifras; lee en su lugar el RMSE, {rmse}.</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>within the tolerance of the least-squares answer</source>
        <translation>dentro de la tolerancia de la solución de mínimos cuadrados</translation>
    </message>
    <message>
        <source>gradient below the tolerance</source>
        <translation>gradiente por debajo de la tolerancia</translation>
    </message>
    <message>
        <source>loss change below the tolerance</source>
        <translation>cambio de pérdida por debajo de la tolerancia</translation>
    </message>
    <message>
        <source>iteration limit</source>
        <translation>límite de iteraciones</translation>
    </message>
    <message>
        <source>the loss blew up</source>
        <translation>la pérdida se disparó</translation>
    </message>
    <message>
        <source>stopped by the user</source>
        <translation>detenido por el usuario</translation>
    </message>
    <message>
        <source>loss {loss} above the least-squares loss</source>
        <translation>con una pérdida {loss} por encima de la de mínimos cuadrados</translation>
    </message>
    <message>
        <source>{gap} from least squares</source>
        <translation>a {gap} de mínimos cuadrados</translation>
    </message>
    <message>
        <source>{gap} from the least-squares answer (loss {loss} above its minimum)</source>
        <translation>a {gap} de la solución de mínimos cuadrados (pérdida {loss} por encima de su mínimo)</translation>
    </message>
    <message>
        <source>1 iteration</source>
        <translation>1 iteración</translation>
    </message>
    <message>
        <source>{count} iterations</source>
        <translation>{count} iteraciones</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>, </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Iteration {iteration} (standardised units): {partials} (this step&apos;s mini-batch); η = {eta}</source>
        <translation>Iteración {iteration} (unidades estandarizadas): {partials} (minilote de este paso); η = {eta}</translation>
    </message>
    <message>
        <source>Iteration {iteration} (standardised units): {partials}; η = {eta}</source>
        <translation>Iteración {iteration} (unidades estandarizadas): {partials}; η = {eta}</translation>
    </message>
    <message>
        <source>Iteration {iteration}: {partials} (this step&apos;s mini-batch); η = {eta}</source>
        <translation>Iteración {iteration}: {partials} (minilote de este paso); η = {eta}</translation>
    </message>
    <message>
        <source>Iteration {iteration}: {partials}; η = {eta}</source>
        <translation>Iteración {iteration}: {partials}; η = {eta}</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>The run could not start.</source>
        <translation>La ejecución no pudo empezar.</translation>
    </message>
    <message>
        <source>The run failed unexpectedly.</source>
        <translation>La ejecución falló de forma inesperada.</translation>
    </message>
</context>
</TS>
