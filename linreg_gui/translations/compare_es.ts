<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Compare</name>
    <message>
        <source>{method} failed: {error}</source>
        <translation>{method} falló: {error}</translation>
    </message>
    <message>
        <source>scikit-learn is not installed here (pip install scikit-learn).</source>
        <translation>scikit-learn no está instalado aquí (pip install scikit-learn).</translation>
    </message>
    <message>
        <source>scikit-learn agrees to only {digits} digits here: its SVD-based solver also treats nearly dependent columns as dependent.</source>
        <translation>Aquí scikit-learn coincide solo en {digits} cifras: su método basado en la SVD también trata como dependientes las columnas casi dependientes.</translation>
    </message>
    <message numerus="yes">
        <source>%n iterations</source>
        <translation>
            <numerusform>%n iteración</numerusform>
            <numerusform>%n iteraciones</numerusform>
        </translation>
    </message>
    <message>
        <source>It diverged after {steps}: the learning rate {rate} is too large for this data, so each step overshoots further.</source>
        <translation>Divergió tras {steps}: la tasa de aprendizaje {rate} es demasiado grande para estos datos, así que cada paso se pasa más de largo.</translation>
    </message>
    <message>
        <source>The run is not finished: these are its coefficients after {steps}, a relative distance of {gap} from least squares.</source>
        <translation>La ejecución no ha terminado: estos son sus coeficientes tras {steps}, a una distancia relativa de {gap} de los mínimos cuadrados.</translation>
    </message>
    <message>
        <source>It stopped after {steps}, within its tolerance {tol} of least squares (relative distance {gap}): an iterative method stops when it is close enough, so it shares only the digits the tolerance asks for. A smaller tolerance buys more.</source>
        <translation>Se detuvo tras {steps}, dentro de su tolerancia {tol} respecto a los mínimos cuadrados (distancia relativa {gap}): un método iterativo se detiene cuando está lo bastante cerca, así que solo comparte las cifras que pide la tolerancia. Con una tolerancia menor se obtienen más.</translation>
    </message>
    <message>
        <source>It reached its limit of {steps} still {gap} away from least squares, outside its tolerance {tol}: more iterations or a larger learning rate would bring it closer.</source>
        <translation>Llegó a su límite de {steps} todavía a {gap} de los mínimos cuadrados, fuera de su tolerancia {tol}: más iteraciones o una tasa de aprendizaje mayor lo acercarían.</translation>
    </message>
    <message>
        <source>It stopped after {steps}, a relative distance of {gap} from least squares.</source>
        <translation>Se detuvo tras {steps}, a una distancia relativa de {gap} de los mínimos cuadrados.</translation>
    </message>
    <message>
        <source>Each step uses a mini-batch of {batch} rows, so the steps are noisy: with a constant learning rate it keeps wandering around the optimum instead of settling on it.</source>
        <translation>Cada paso usa un minilote de {batch} filas, así que los pasos tienen ruido: con una tasa de aprendizaje constante sigue rondando el óptimo en lugar de asentarse en él.</translation>
    </message>
    <message>
        <source>Without feature scaling the loss is a long narrow valley (κ = {kappa}): even at the fastest learning rate plain gradient descent needs about {needed} steps for this tolerance. Standardise x and it needs far fewer.</source>
        <translation>Sin escalado de variables, la pérdida es un valle largo y estrecho (κ = {kappa}): incluso con la tasa de aprendizaje más rápida, el descenso de gradiente simple necesita unos {needed} pasos para esta tolerancia. Estandariza x y necesitará muchos menos.</translation>
    </message>
    <message>
        <source>The loss&apos;s valley has κ = {kappa}: at the fastest learning rate plain gradient descent needs about {needed} steps for this tolerance.</source>
        <translation>El valle de la pérdida tiene κ = {kappa}: con la tasa de aprendizaje más rápida, el descenso de gradiente simple necesita unos {needed} pasos para esta tolerancia.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>QR (the app)</source>
        <translation>QR (la aplicación)</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation>Descenso de gradiente</translation>
    </message>
    <message>
        <source>Compare Solvers</source>
        <translation>Comparar métodos</translation>
    </message>
    <message>
        <source>The same least-squares problem, solved by each method. &lt;b&gt;Digits&lt;/b&gt; counts the significant digits each shares with the QR solver (15 = identical; NIST&apos;s certified values side with QR).&lt;br&gt;Condition number of the design [1, X]: &lt;b&gt;{cond}&lt;/b&gt;. The normal equation inv(XᵀX) squares it: above about 1e8 it starts losing every digit float64 holds.</source>
        <translation>El mismo problema de mínimos cuadrados, resuelto con cada método. &lt;b&gt;Cifras&lt;/b&gt; cuenta las cifras significativas que cada uno comparte con el método QR (15 = idénticos; los valores certificados del NIST dan la razón a QR).&lt;br&gt;Número de condición del diseño [1, X]: &lt;b&gt;{cond}&lt;/b&gt;. La ecuación normal inv(XᵀX) lo eleva al cuadrado: por encima de 1e8, más o menos, empieza a perder todas las cifras que guarda un float64.</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>&amp;Copiar como texto</translation>
    </message>
    <message>
        <source>Solvers compared</source>
        <translation>Métodos comparados</translation>
    </message>
    <message>
        <source>Each method&apos;s coefficients and the digits it shares with the accurate answer</source>
        <translation>Los coeficientes de cada método y las cifras que comparte con la respuesta exacta</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Cifras</translation>
    </message>
</context>
</TS>
