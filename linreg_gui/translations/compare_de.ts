<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Compare</name>
    <message>
        <source>{method} failed: {error}</source>
        <translation>{method} ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>scikit-learn is not installed here (pip install scikit-learn).</source>
        <translation>scikit-learn ist hier nicht installiert (pip install scikit-learn).</translation>
    </message>
    <message>
        <source>scikit-learn agrees to only {digits} digits here: its SVD-based solver also treats nearly dependent columns as dependent.</source>
        <translation>scikit-learn stimmt hier nur auf {digits} Stellen überein: sein SVD-basiertes Verfahren behandelt auch fast abhängige Spalten als abhängig.</translation>
    </message>
    <message numerus="yes">
        <source>%n iterations</source>
        <translation>
            <numerusform>%n Iteration</numerusform>
            <numerusform>%n Iterationen</numerusform>
        </translation>
    </message>
    <message>
        <source>It diverged after {steps}: the learning rate {rate} is too large for this data, so each step overshoots further.</source>
        <translation>Nach {steps} divergiert: Die Lernrate {rate} ist für diese Daten zu groß, daher schießt jeder Schritt weiter über das Ziel hinaus.</translation>
    </message>
    <message>
        <source>The run is not finished: these are its coefficients after {steps}, a relative distance of {gap} from least squares.</source>
        <translation>Der Lauf ist nicht beendet: Das sind seine Koeffizienten nach {steps}, mit einem relativen Abstand von {gap} zu den kleinsten Quadraten.</translation>
    </message>
    <message>
        <source>It stopped after {steps}, within its tolerance {tol} of least squares (relative distance {gap}): an iterative method stops when it is close enough, so it shares only the digits the tolerance asks for. A smaller tolerance buys more.</source>
        <translation>Nach {steps} angehalten, innerhalb seiner Toleranz {tol} zu den kleinsten Quadraten (relativer Abstand {gap}): Ein iteratives Verfahren hört auf, sobald es nahe genug ist, und teilt daher nur so viele Stellen, wie die Toleranz verlangt. Eine kleinere Toleranz bringt mehr.</translation>
    </message>
    <message>
        <source>It reached its limit of {steps} still {gap} away from least squares, outside its tolerance {tol}: more iterations or a larger learning rate would bring it closer.</source>
        <translation>Das Limit von {steps} ist erreicht, noch {gap} von den kleinsten Quadraten entfernt und außerhalb der Toleranz {tol}: Mehr Iterationen oder eine größere Lernrate brächten es näher heran.</translation>
    </message>
    <message>
        <source>It stopped after {steps}, a relative distance of {gap} from least squares.</source>
        <translation>Nach {steps} angehalten, mit einem relativen Abstand von {gap} zu den kleinsten Quadraten.</translation>
    </message>
    <message>
        <source>Each step uses a mini-batch of {batch} rows, so the steps are noisy: with a constant learning rate it keeps wandering around the optimum instead of settling on it.</source>
        <translation>Jeder Schritt verwendet einen Mini-Batch von {batch} Zeilen, daher sind die Schritte verrauscht: Mit konstanter Lernrate wandert es weiter um das Optimum herum, statt sich dort einzupendeln.</translation>
    </message>
    <message>
        <source>Without feature scaling the loss is a long narrow valley (κ = {kappa}): even at the fastest learning rate plain gradient descent needs about {needed} steps for this tolerance. Standardise x and it needs far fewer.</source>
        <translation>Ohne Merkmalsskalierung ist der Verlust ein langes, schmales Tal (κ = {kappa}): Selbst mit der schnellsten Lernrate braucht einfacher Gradientenabstieg für diese Toleranz etwa {needed} Schritte. Standardisieren Sie x, dann sind es weit weniger.</translation>
    </message>
    <message>
        <source>The loss&apos;s valley has κ = {kappa}: at the fastest learning rate plain gradient descent needs about {needed} steps for this tolerance.</source>
        <translation>Das Tal des Verlusts hat κ = {kappa}: Mit der schnellsten Lernrate braucht einfacher Gradientenabstieg für diese Toleranz etwa {needed} Schritte.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>QR (the app)</source>
        <translation>QR (die App)</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation>Gradientenabstieg</translation>
    </message>
    <message>
        <source>Compare Solvers</source>
        <translation>Verfahren vergleichen</translation>
    </message>
    <message>
        <source>The same least-squares problem, solved by each method. &lt;b&gt;Digits&lt;/b&gt; counts the significant digits each shares with the QR solver (15 = identical; NIST&apos;s certified values side with QR).&lt;br&gt;Condition number of the design [1, X]: &lt;b&gt;{cond}&lt;/b&gt;. The normal equation inv(XᵀX) squares it: above about 1e8 it starts losing every digit float64 holds.</source>
        <translation>Dasselbe Problem der kleinsten Quadrate, mit jedem Verfahren gelöst. &lt;b&gt;Stellen&lt;/b&gt; zählt die signifikanten Stellen, die jedes mit dem QR-Verfahren gemeinsam hat (15 = identisch; die zertifizierten Werte des NIST geben QR recht).&lt;br&gt;Konditionszahl des Designs [1, X]: &lt;b&gt;{cond}&lt;/b&gt;. Die Normalgleichung inv(XᵀX) quadriert sie: Ab etwa 1e8 verliert sie alle Stellen, die float64 fasst.</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>Als Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Solvers compared</source>
        <translation>Verglichene Verfahren</translation>
    </message>
    <message>
        <source>Each method&apos;s coefficients and the digits it shares with the accurate answer</source>
        <translation>Die Koeffizienten jedes Verfahrens und die Stellen, die es mit der genauen Lösung gemeinsam hat</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Stellen</translation>
    </message>
</context>
</TS>
