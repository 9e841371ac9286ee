<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Compare</name>
    <message>
        <source>it ended with exit status {status}</source>
        <translation>er endete mit dem Status {status}</translation>
    </message>
    <message>
        <source>scikit-learn&apos;s process gave no answer ({why}).</source>
        <translation>Der Prozess von scikit-learn gab keine Antwort ({why}).</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>it has no numeric column, and a regression needs two (an x and a y).</source>
        <translation>sie hat keine Zahlenspalte, und eine Regression braucht zwei (ein x und ein y).</translation>
    </message>
    <message>
        <source>it has only one numeric column, and a regression needs two (an x and a y).</source>
        <translation>sie hat nur eine Zahlenspalte, und eine Regression braucht zwei (ein x und ein y).</translation>
    </message>
    <message>
        <source>Not numbers: {reasons}.</source>
        <translation>Keine Zahlen: {reasons}.</translation>
    </message>
    <message>
        <source>generated data</source>
        <translation>erzeugte Daten</translation>
    </message>
    <message>
        <source>Could not open {what} Your data is unchanged.</source>
        <translation>Öffnen fehlgeschlagen: {what} Ihre Daten sind unverändert.</translation>
    </message>
    <message>
        <source>Could not open {what}</source>
        <translation>Öffnen fehlgeschlagen: {what}</translation>
    </message>
    <message>
        <source>Loading cancelled; your data is unchanged.</source>
        <translation>Laden abgebrochen; Ihre Daten sind unverändert.</translation>
    </message>
    <message>
        <source>Could not save {what}: {reason}</source>
        <translation>Speichern fehlgeschlagen ({what}): {reason}</translation>
    </message>
    <message>
        <source>Could not compare the solvers: {reason}</source>
        <translation>Die Löser konnten nicht verglichen werden: {reason}</translation>
    </message>
    <message>
        <source>The sweep failed: {reason}</source>
        <translation>Der Durchlauf ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Saved the training log ({rows} rows, every {every}) to {path}.</source>
        <translation>Trainingsprotokoll ({rows} Zeilen, alle {every}) in {path} gespeichert.</translation>
    </message>
    <message>
        <source>the training log</source>
        <translation>das Trainingsprotokoll</translation>
    </message>
    <message>
        <source>A starting point needs finite numbers.</source>
        <translation>Ein Startpunkt braucht endliche Zahlen.</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <source>row {row} does not exist; there are {count} rows</source>
        <translation>Zeile {row} gibt es nicht; es gibt {count} Zeilen</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} ist keine Zahl</translation>
    </message>
    <message>
        <source>a cell must hold a finite number, or be empty (NaN) when the value is missing</source>
        <translation>eine Zelle muss eine endliche Zahl enthalten oder leer sein (NaN), wenn der Wert fehlt</translation>
    </message>
    <message>
        <source>a cell must hold a finite number</source>
        <translation>eine Zelle muss eine endliche Zahl enthalten</translation>
    </message>
    <message>
        <source>it holds no values</source>
        <translation>sie enthält keine Werte</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>Zeile {row}</translation>
    </message>
    <message>
        <source>there is no column {column}; the columns are {names}</source>
        <translation>es gibt keine Spalte {column}; die Spalten sind {names}</translation>
    </message>
    <message>
        <source>column {column} does not hold numbers: {reason}</source>
        <translation>Spalte {column} enthält keine Zahlen: {reason}</translation>
    </message>
    <message>
        <source>{place} holds {value}, which is not a number</source>
        <translation>{place} enthält {value}, und das ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>Design</name>
    <message>
        <source>Choose at least one x column.</source>
        <translation>Wählen Sie mindestens eine x-Spalte.</translation>
    </message>
    <message>
        <source>An x column is chosen twice.</source>
        <translation>Eine x-Spalte ist doppelt gewählt.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be both x and y.</source>
        <translation>&apos;{name}&apos; kann nicht zugleich x und y sein.</translation>
    </message>
    <message>
        <source>The polynomial degree must be between 1 and {most}, not {degree}.</source>
        <translation>Der Polynomgrad muss zwischen 1 und {most} liegen, nicht {degree}.</translation>
    </message>
    <message>
        <source>A polynomial (degree above 1) needs exactly one x column; {count} are chosen.</source>
        <translation>Ein Polynom (Grad über 1) braucht genau eine x-Spalte; gewählt sind {count}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be both a weight and a variable.</source>
        <translation>&apos;{name}&apos; kann nicht zugleich Gewicht und Variable sein.</translation>
    </message>
    <message>
        <source>x spans only [{low}, {high}]: so narrow a range for its size that the coefficients of raw powers of x exceed float64&apos;s range. Subtract a constant from x (or lower the degree).</source>
        <translation>x reicht nur von {low} bis {high}: ein für seine Größe so schmaler Bereich, dass die Koeffizienten der unveränderten Potenzen von x den Bereich von float64 überschreiten. Ziehen Sie von x eine Konstante ab (oder verringern Sie den Grad).</translation>
    </message>
    <message>
        <source>The selected columns hold a value beyond float64&apos;s range.</source>
        <translation>Die gewählten Spalten enthalten einen Wert außerhalb des Bereichs von float64.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; leaves float64&apos;s range here (|x| reaches {reach}, so {name} would be about 1e{size}). Methods that take raw powers of x as they are cannot use it; least squares (ols), ridge and lasso scale x first. Or change the units of x.</source>
        <translation>&apos;{name}&apos; verlässt hier den Bereich von float64 (|x| erreicht {reach}, also wäre {name} etwa 1e{size}). Verfahren, die die Potenzen von x unverändert verwenden, können es nicht nutzen; kleinste Quadrate (ols), Ridge und Lasso skalieren x vorher. Oder ändern Sie die Einheiten von x.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has no spread (every value is the same), so it cannot be standardised.</source>
        <translation>&apos;{name}&apos; hat keine Streuung (alle Werte sind gleich) und lässt sich daher nicht standardisieren.</translation>
    </message>
    <message>
        <source>x column &apos;{name}&apos; is constant (every value is {value}): a line through points that all share one x has no defined slope. Choose another x column.</source>
        <translation>Die x-Spalte &apos;{name}&apos; ist konstant (jeder Wert ist {value}): Eine Gerade durch Punkte mit demselben x hat keine bestimmte Steigung. Wählen Sie eine andere x-Spalte.</translation>
    </message>
    <message>
        <source>There is no numeric column named &apos;{name}&apos;.</source>
        <translation>Es gibt keine Zahlenspalte namens &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>The selected columns hold an infinite value.</source>
        <translation>Die gewählten Spalten enthalten einen unendlichen Wert.</translation>
    </message>
    <message>
        <source>Weight column &apos;{name}&apos; is negative in data row {row}; weights must be zero or positive.</source>
        <translation>Die Gewichtsspalte &apos;{name}&apos; ist in Datenzeile {row} negativ; Gewichte müssen null oder positiv sein.</translation>
    </message>
    <message>
        <source>Every weight in &apos;{name}&apos; is zero.</source>
        <translation>Alle Gewichte in &apos;{name}&apos; sind null.</translation>
    </message>
    <message>
        <source>The model has {params} parameters but only {rows} usable rows ({dropped} dropped for missing values); it needs at least {params}.</source>
        <translation>Das Modell hat {params} Parameter, aber nur {rows} brauchbare Zeilen ({dropped} wegen fehlender Werte weggelassen); es braucht mindestens {params}.</translation>
    </message>
    <message>
        <source>The model has {params} parameters but only {rows} usable rows; it needs at least {params}.</source>
        <translation>Das Modell hat {params} Parameter, aber nur {rows} brauchbare Zeilen; es braucht mindestens {params}.</translation>
    </message>
    <message>
        <source>Every x value is zero: a line through the origin has no slope.</source>
        <translation>Alle x-Werte sind null: Eine Gerade durch den Ursprung hat keine Steigung.</translation>
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
        <translation>mittleres Residuum {mean}   ·   Xᵀr = ({values}), {percent} % von Xᵀy</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>Spalte {column}</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos;</source>
        <translation>Spalte &apos;{column}&apos;</translation>
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
        <translation>Gerade aus dem Lehrbuch: y = 4 + 3x + Rauschen</translation>
    </message>
    <message>
        <source>The textbook&apos;s 100 points; least squares gives b0 = 4.215, b1 = 2.770 (the true line is 4 + 3x).</source>
        <translation>Die 100 Punkte aus dem Lehrbuch; kleinste Quadrate ergeben b0 = 4,215 und b1 = 2,770 (die wahre Gerade ist 4 + 3x).</translation>
    </message>
    <message>
        <source>Noisy line: y = 3.5x + 10 + noise</source>
        <translation>Verrauschte Gerade: y = 3,5x + 10 + Rauschen</translation>
    </message>
    <message>
        <source>400 points with a large spread (SD 25) around a clear trend: R² is modest, yet the slope is well determined.</source>
        <translation>400 Punkte mit großer Streuung (SD 25) um einen klaren Trend: R² ist bescheiden, die Steigung aber gut bestimmt.</translation>
    </message>
    <message>
        <source>Noisy quadratic: y = 0.5x² + x + 2 + noise</source>
        <translation>Verrauschte Parabel: y = 0,5x² + x + 2 + Rauschen</translation>
    </message>
    <message>
        <source>A curve: degree 2 fits it; degree 1 underfits and degree 10 chases the noise.</source>
        <translation>Eine Kurve: Grad 2 passt; Grad 1 ist zu einfach und Grad 10 jagt dem Rauschen nach.</translation>
    </message>
    <message>
        <source>Diabetes: progression vs BMI</source>
        <translation>Diabetes: Verlauf gegen BMI</translation>
    </message>
    <message>
        <source>442 patients: disease progression a year on against body-mass index; nine more baseline measures for multiple regression.</source>
        <translation>442 Patienten: Fortschreiten der Krankheit nach einem Jahr gegen den Body-Mass-Index; neun weitere Ausgangswerte für die multiple Regression.</translation>
    </message>
    <message>
        <source>Anscombe&apos;s quartet I</source>
        <translation>Anscombe-Quartett I</translation>
    </message>
    <message>
        <source>Same means, variances, correlation and fitted line as the other three sets: a plain linear relation with scatter.</source>
        <translation>Gleiche Mittelwerte, Varianzen, Korrelation und Ausgleichsgerade wie die anderen drei Datensätze: ein einfacher linearer Zusammenhang mit Streuung.</translation>
    </message>
    <message>
        <source>Anscombe&apos;s quartet II</source>
        <translation>Anscombe-Quartett II</translation>
    </message>
    <message>
        <source>Same means, variances, correlation and fitted line as the other three sets: a smooth curve, which a line misdescribes.</source>
        <translation>Gleiche Mittelwerte, Varianzen, Korrelation und Ausgleichsgerade wie die anderen drei Datensätze: eine glatte Kurve, die eine Gerade falsch beschreibt.</translation>
    </message>
    <message>
        <source>Anscombe&apos;s quartet III</source>
        <translation>Anscombe-Quartett III</translation>
    </message>
    <message>
        <source>Same means, variances, correlation and fitted line as the other three sets: a perfect line but for one outlier that tilts the fit.</source>
        <translation>Gleiche Mittelwerte, Varianzen, Korrelation und Ausgleichsgerade wie die anderen drei Datensätze: eine perfekte Gerade bis auf einen Ausreißer, der die Anpassung kippt.</translation>
    </message>
    <message>
        <source>Anscombe&apos;s quartet IV</source>
        <translation>Anscombe-Quartett IV</translation>
    </message>
    <message>
        <source>Same means, variances, correlation and fitted line as the other three sets: one far point alone decides the slope.</source>
        <translation>Gleiche Mittelwerte, Varianzen, Korrelation und Ausgleichsgerade wie die anderen drei Datensätze: ein einziger weit entfernter Punkt bestimmt die Steigung.</translation>
    </message>
    <message>
        <source>Longley: US employment 1947-1962</source>
        <translation>Longley: Beschäftigung in den USA 1947–1962</translation>
    </message>
    <message>
        <source>Employment against six economic series that move together: a classic test of accuracy under collinearity.</source>
        <translation>Beschäftigung gegen sechs Wirtschaftsreihen, die sich gemeinsam bewegen: ein klassischer Genauigkeitstest bei Kollinearität.</translation>
    </message>
    <message>
        <source>Norris: ozone monitor calibration</source>
        <translation>Norris: Kalibrierung eines Ozonmessgeräts</translation>
    </message>
    <message>
        <source>36 monitor readings against reference values: an almost perfect line with certified coefficients.</source>
        <translation>36 Messwerte gegen Referenzwerte: eine fast perfekte Gerade mit zertifizierten Koeffizienten.</translation>
    </message>
    <message>
        <source>Filip: degree-10 polynomial</source>
        <translation>Filip: Polynom vom Grad 10</translation>
    </message>
    <message>
        <source>82 points and a degree-10 fit so ill-conditioned that the normal equation loses every digit; compare the methods.</source>
        <translation>82 Punkte und eine Anpassung vom Grad 10, so schlecht konditioniert, dass die Normalgleichung jede Stelle verliert; vergleichen Sie die Verfahren.</translation>
    </message>
    <message>
        <source>The number of points must be a whole number, not {n}.</source>
        <translation>Die Anzahl der Punkte muss eine ganze Zahl sein, nicht {n}.</translation>
    </message>
    <message>
        <source>The number of points must be between {least} and {most}, not {n}.</source>
        <translation>Die Anzahl der Punkte muss zwischen {least} und {most} liegen, nicht {n}.</translation>
    </message>
    <message>
        <source>The slope must be a finite number, not {value}.</source>
        <translation>Die Steigung muss eine endliche Zahl sein, nicht {value}.</translation>
    </message>
    <message>
        <source>The intercept must be a finite number, not {value}.</source>
        <translation>Der Achsenabschnitt muss eine endliche Zahl sein, nicht {value}.</translation>
    </message>
    <message>
        <source>The noise must be a finite number, not {value}.</source>
        <translation>Das Rauschen muss eine endliche Zahl sein, nicht {value}.</translation>
    </message>
    <message>
        <source>The lowest x must be a finite number, not {value}.</source>
        <translation>Das kleinste x muss eine endliche Zahl sein, nicht {value}.</translation>
    </message>
    <message>
        <source>The highest x must be a finite number, not {value}.</source>
        <translation>Das größte x muss eine endliche Zahl sein, nicht {value}.</translation>
    </message>
    <message>
        <source>The noise standard deviation must be 0 or more, not {value}.</source>
        <translation>Die Standardabweichung des Rauschens muss 0 oder mehr sein, nicht {value}.</translation>
    </message>
    <message>
        <source>The x range must run from low to high; got {low} to {high}.</source>
        <translation>Der x-Bereich muss von klein nach groß gehen; erhalten: {low} bis {high}.</translation>
    </message>
    <message>
        <source>The seed must be a whole number ≥ 0 or None, not {seed}.</source>
        <translation>Der Startwert (Seed) muss eine ganze Zahl ≥ 0 oder None sein, nicht {seed}.</translation>
    </message>
    <message>
        <source>The generator must be one of {names}, not {name}.</source>
        <translation>Der Generator muss einer von {names} sein, nicht {name}.</translation>
    </message>
</context>
<context>
    <name>Fitting</name>
    <message>
        <source>Least squares (QR)</source>
        <translation>Kleinste Quadrate (QR)</translation>
    </message>
    <message>
        <source>Normal equation, inv(XᵀX)</source>
        <translation>Normalgleichung, inv(XᵀX)</translation>
    </message>
    <message>
        <source>Ridge (L2 penalty)</source>
        <translation>Ridge (L2-Strafterm)</translation>
    </message>
    <message>
        <source>Lasso (L1 penalty)</source>
        <translation>Lasso (L1-Strafterm)</translation>
    </message>
    <message>
        <source>Batch gradient descent</source>
        <translation>Batch-Gradientenabstieg</translation>
    </message>
    <message>
        <source>Mini-batch SGD</source>
        <translation>Mini-Batch-SGD</translation>
    </message>
    <message>
        <source>Gradient descent with momentum</source>
        <translation>Gradientenabstieg mit Momentum</translation>
    </message>
    <message>
        <source>Unknown method &apos;{method}&apos;; choose one of {methods}.</source>
        <translation>Unbekanntes Verfahren &apos;{method}&apos;; wählen Sie eines von {methods}.</translation>
    </message>
    <message>
        <source>The test fraction must be in [0, 1), not {value}.</source>
        <translation>Der Testanteil muss in [0, 1) liegen, nicht {value}.</translation>
    </message>
    <message>
        <source>Stop on &apos;gap&apos;, &apos;gradient&apos; or &apos;loss&apos;.</source>
        <translation>Stopp nach &apos;gap&apos;, &apos;gradient&apos; oder &apos;loss&apos;.</translation>
    </message>
    <message>
        <source>The random seed must be a whole number from 0 to {most}, not {seed}.</source>
        <translation>Der Zufallsstartwert muss eine ganze Zahl von 0 bis {most} sein, nicht {seed}.</translation>
    </message>
    <message>
        <source>&apos;{method}&apos; is not an iterative method.</source>
        <translation>&apos;{method}&apos; ist kein iteratives Verfahren.</translation>
    </message>
    <message>
        <source>A test fraction of {fraction} leaves {train} training rows of {rows}; the model needs at least {params}.</source>
        <translation>Ein Testanteil von {fraction} lässt {train} von {rows} Zeilen für das Training übrig; das Modell braucht mindestens {params}.</translation>
    </message>
    <message>
        <source>In the training rows x column &apos;{name}&apos; is constant; choose another split seed or a smaller test fraction.</source>
        <translation>In den Trainingszeilen ist die x-Spalte &apos;{name}&apos; konstant; wählen Sie einen anderen Startwert für die Aufteilung oder einen kleineren Testanteil.</translation>
    </message>
    <message>
        <source>{data} has no numeric column left to use as x.</source>
        <translation>{data} hat keine Zahlenspalte mehr, die als x dienen kann.</translation>
    </message>
    <message>
        <source>{data} has no numeric column left to use as y.</source>
        <translation>{data} hat keine Zahlenspalte mehr, die als y dienen kann.</translation>
    </message>
    <message>
        <source>Column &apos;{name}&apos; is not numeric: {reason}.</source>
        <translation>Die Spalte &apos;{name}&apos; ist nicht numerisch: {reason}.</translation>
    </message>
    <message>
        <source>{data} has no column named &apos;{name}&apos;. Numeric columns: {names}.</source>
        <translation>{data} hat keine Spalte namens &apos;{name}&apos;. Zahlenspalten: {names}.</translation>
    </message>
    <message>
        <source>A fitted curve needs a model with exactly one x column.</source>
        <translation>Eine angepasste Kurve braucht ein Modell mit genau einer x-Spalte.</translation>
    </message>
</context>
<context>
    <name>GradientDescent</name>
    <message>
        <source>The starting point needs {count} finite coefficients (got {given}).</source>
        <translation>Der Startpunkt braucht {count} endliche Koeffizienten (erhalten: {given}).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Gradient descent diverged after iteration {iteration}: the loss went from {start} at the start to {end}, and the next step overflowed.</source>
        <translation>Der Gradientenabstieg ist nach Iteration {iteration} divergiert: Der Verlust ging von {start} am Anfang auf {end}, und der nächste Schritt lief über.</translation>
    </message>
    <message>
        <source>Gradient descent diverged after iteration {iteration}: the loss went from {start} at iteration {changed}, where η became {rate}, to {end}, and the next step overflowed.</source>
        <translation>Der Gradientenabstieg ist nach Iteration {iteration} divergiert: Der Verlust ging von {start} bei Iteration {changed}, wo η auf {rate} gesetzt wurde, auf {end}, und der nächste Schritt lief über.</translation>
    </message>
    <message>
        <source>Gradient descent diverged at iteration {iteration}: the loss grew from {start} at the start to {end}.</source>
        <translation>Der Gradientenabstieg ist bei Iteration {iteration} divergiert: Der Verlust wuchs von {start} am Anfang auf {end}.</translation>
    </message>
    <message>
        <source>Gradient descent diverged at iteration {iteration}: the loss grew from {start} at iteration {changed}, where η became {rate}, to {end}.</source>
        <translation>Der Gradientenabstieg ist bei Iteration {iteration} divergiert: Der Verlust wuchs von {start} bei Iteration {changed}, wo η auf {rate} gesetzt wurde, auf {end}.</translation>
    </message>
    <message>
        <source>The learning rate {rate} is above the largest stable rate for momentum batch descent on this data, {limit} (= (1+μ)/λmax of XᵀX/N). Use a learning rate below {limit}, or standardise the features.</source>
        <translation>Die Lernrate {rate} liegt über der größten stabilen Rate für Batch-Abstieg mit Momentum auf diesen Daten, {limit} (= (1+μ)/λmax von XᵀX/N). Nehmen Sie eine Lernrate unter {limit} oder standardisieren Sie die Merkmale.</translation>
    </message>
    <message>
        <source>The learning rate {rate} is near the largest stable rate for momentum batch descent on this data, {limit} (= (1+μ)/λmax of XᵀX/N). Use a learning rate below {limit}, or standardise the features.</source>
        <translation>Die Lernrate {rate} liegt nahe an der größten stabilen Rate für Batch-Abstieg mit Momentum auf diesen Daten, {limit} (= (1+μ)/λmax von XᵀX/N). Nehmen Sie eine Lernrate unter {limit} oder standardisieren Sie die Merkmale.</translation>
    </message>
    <message>
        <source>The learning rate {rate} is above the largest stable rate for batch descent on this data, {limit} (= 1/λmax of XᵀX/N). Use a learning rate below {limit}, or standardise the features.</source>
        <translation>Die Lernrate {rate} liegt über der größten stabilen Rate für Batch-Abstieg auf diesen Daten, {limit} (= 1/λmax von XᵀX/N). Nehmen Sie eine Lernrate unter {limit} oder standardisieren Sie die Merkmale.</translation>
    </message>
    <message>
        <source>The learning rate {rate} is near the largest stable rate for batch descent on this data, {limit} (= 1/λmax of XᵀX/N). Use a learning rate below {limit}, or standardise the features.</source>
        <translation>Die Lernrate {rate} liegt nahe an der größten stabilen Rate für Batch-Abstieg auf diesen Daten, {limit} (= 1/λmax von XᵀX/N). Nehmen Sie eine Lernrate unter {limit} oder standardisieren Sie die Merkmale.</translation>
    </message>
    <message>
        <source>Use a smaller learning rate, or standardise the features.</source>
        <translation>Nehmen Sie eine kleinere Lernrate oder standardisieren Sie die Merkmale.</translation>
    </message>
    <message>
        <source>The gradient rule stopped the run after {done}, but it is still {gap}, outside the tolerance {tol}: a small gradient does not mean a small error where the loss is nearly flat. Stop on the gap to the optimum, or standardise the features.</source>
        <translation>Die Gradientenregel hat den Lauf nach {done} gestoppt, er ist aber noch {gap}, außerhalb der Toleranz {tol}: Ein kleiner Gradient bedeutet keinen kleinen Fehler, wo der Verlust fast flach ist. Stoppen Sie nach dem Abstand zum Optimum oder standardisieren Sie die Merkmale.</translation>
    </message>
    <message>
        <source>The loss-change rule stopped the run after {done}, but it is still {gap}, outside the tolerance {tol}: small steps change the loss little even far from the minimum. Stop on the gap to the optimum, or standardise the features.</source>
        <translation>Die Verluständerungsregel hat den Lauf nach {done} gestoppt, er ist aber noch {gap}, außerhalb der Toleranz {tol}: Kleine Schritte ändern den Verlust wenig, selbst weit weg vom Minimum. Stoppen Sie nach dem Abstand zum Optimum oder standardisieren Sie die Merkmale.</translation>
    </message>
    <message>
        <source>Stopped at the iteration limit after {done}, {gap}, outside the tolerance {tol}.</source>
        <translation>Am Iterationslimit nach {done} gestoppt, {gap}, außerhalb der Toleranz {tol}.</translation>
    </message>
    <message>
        <source>Mini-batch steps keep jumping around the optimum, at a distance that shrinks with the learning rate: use a smaller rate or larger batches.</source>
        <translation>Mini-Batch-Schritte springen weiter um das Optimum herum, in einem Abstand, der mit der Lernrate schrumpft: Nehmen Sie eine kleinere Rate oder größere Batches.</translation>
    </message>
    <message>
        <source>The learning rate {rate} is far below the stable limit {limit}: a larger one converges faster.</source>
        <translation>Die Lernrate {rate} liegt weit unter der Stabilitätsgrenze {limit}: Eine größere konvergiert schneller.</translation>
    </message>
    <message>
        <source>Allow more iterations, or standardise the features.</source>
        <translation>Erlauben Sie mehr Iterationen oder standardisieren Sie die Merkmale.</translation>
    </message>
    <message>
        <source>Unknown gradient method &apos;{method}&apos;.</source>
        <translation>Unbekanntes Gradientenverfahren &apos;{method}&apos;.</translation>
    </message>
    <message>
        <source>Max iterations must be 0 or more.</source>
        <translation>Die maximale Anzahl an Iterationen muss 0 oder mehr sein.</translation>
    </message>
    <message>
        <source>The tolerance must be a number ≥ 0, not {value}.</source>
        <translation>Die Toleranz muss eine Zahl ≥ 0 sein, nicht {value}.</translation>
    </message>
    <message>
        <source>Stop on {rules}, not {value}.</source>
        <translation>Stopp nach {rules}, nicht {value}.</translation>
    </message>
    <message>
        <source>Momentum must be in [0, 1), not {value}.</source>
        <translation>Das Momentum muss in [0, 1) liegen, nicht {value}.</translation>
    </message>
    <message>
        <source>The batch size must be at least 1, not {value}.</source>
        <translation>Die Batch-Größe muss mindestens 1 sein, nicht {value}.</translation>
    </message>
    <message>
        <source>The {name} must be a positive number, not {value}.</source>
        <translation>Der Wert „{name}“ muss eine positive Zahl sein, nicht {value}.</translation>
    </message>
</context>
<context>
    <name>Influence</name>
    <message>
        <source>leverage h = {leverage} · studentized r = {studentized} · Cook&apos;s D = {cook}</source>
        <translation>Hebelwert h = {leverage} · studentisiertes r = {studentized} · Cook-Distanz D = {cook}</translation>
    </message>
</context>
<context>
    <name>Landscape</name>
    <message>
        <source>A term has no spread (every value is the same), so there is no standardised landscape.</source>
        <translation>Ein Term hat keine Streuung (alle Werte sind gleich), daher gibt es keine standardisierte Landschaft.</translation>
    </message>
    <message>
        <source>Choose two different coefficients of {count} ({i} and {j} given).</source>
        <translation>Wählen Sie zwei verschiedene der {count} Koeffizienten ({i} und {j} angegeben).</translation>
    </message>
    <message>
        <source>The penalty is &apos;ridge&apos; or &apos;lasso&apos;, not {kind}.</source>
        <translation>Der Strafterm ist &apos;ridge&apos; oder &apos;lasso&apos;, nicht {kind}.</translation>
    </message>
    <message>
        <source>Every α must be a number ≥ 0.</source>
        <translation>Jedes α muss eine Zahl ≥ 0 sein.</translation>
    </message>
</context>
<context>
    <name>LeastSquares</name>
    <message>
        <source>a term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>a weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>the penalty</source>
        <translation>Strafterm</translation>
    </message>
    <message>
        <source>The least-squares solver was given {what} that is not a finite number (beyond float64&apos;s range, or missing).</source>
        <translation>Das Kleinste-Quadrate-Verfahren hat als {what} einen Wert erhalten, der keine endliche Zahl ist (außerhalb des Bereichs von float64 oder fehlend).</translation>
    </message>
</context>
<context>
    <name>Loading</name>
    <message>
        <source>the file has a header row but no data rows</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Datenzeilen</translation>
    </message>
    <message>
        <source>it holds no numbers</source>
        <translation>sie enthält keine Zahlen</translation>
    </message>
    <message>
        <source>no column holds numbers (column {column}: {reason})</source>
        <translation>keine Spalte enthält Zahlen (Spalte {column}: {reason})</translation>
    </message>
    <message>
        <source>no column holds numbers</source>
        <translation>keine Spalte enthält Zahlen</translation>
    </message>
    <message>
        <source>columns without a name in the file were called {names}</source>
        <translation>Spalten ohne Namen in der Datei wurden {names} genannt</translation>
    </message>
    <message>
        <source>these columns hold no values: {names}</source>
        <translation>diese Spalten enthalten keine Werte: {names}</translation>
    </message>
    <message>
        <source>{cell} as a missing value</source>
        <translation>{cell} als fehlender Wert</translation>
    </message>
    <message>
        <source>{cell} without its currency sign</source>
        <translation>{cell} ohne Währungszeichen</translation>
    </message>
    <message>
        <source>{cell} as a number in per cent</source>
        <translation>{cell} als Zahl in Prozent</translation>
    </message>
    <message>
        <source>{cell} without its thousands separators</source>
        <translation>{cell} ohne Tausendertrennzeichen</translation>
    </message>
    <message>
        <source>column {column} was read as typed: {done}; check the numbers in the table</source>
        <translation>Spalte {column} wurde so gelesen, wie sie getippt wurde: {done}; prüfen Sie die Zahlen in der Tabelle</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>Zeile {row}</translation>
    </message>
    <message>
        <source>data row {row}</source>
        <translation>Datenzeile {row}</translation>
    </message>
    <message>
        <source>{cell} is not a finite number; regression needs finite values (leave the cell empty if the value is missing)</source>
        <translation>{cell} ist keine endliche Zahl; eine Regression braucht endliche Werte (lassen Sie die Zelle leer, wenn der Wert fehlt)</translation>
    </message>
    <message>
        <source>there is no such file in {folder}</source>
        <translation>diese Datei gibt es in {folder} nicht</translation>
    </message>
    <message>
        <source>the file cannot be opened ({reason})</source>
        <translation>die Datei lässt sich nicht öffnen ({reason})</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>das ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>das ist keine normale Datei</translation>
    </message>
    <message>
        <source>you do not have permission to read this file</source>
        <translation>Sie haben keine Berechtigung, diese Datei zu lesen</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>die Datei lässt sich nicht lesen ({reason})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>a quoted value is never closed (a &quot; without its partner)</source>
        <translation>ein Wert in Anführungszeichen wird nie geschlossen (ein &quot; ohne Gegenstück)</translation>
    </message>
    <message>
        <source>the file cannot be read as a table ({reason})</source>
        <translation>die Datei lässt sich nicht als Tabelle lesen ({reason})</translation>
    </message>
    <message>
        <source>{file} holds text, not a spreadsheet; it was read as a delimited text table</source>
        <translation>{file} enthält Text, keine Tabellenkalkulation; sie wurde als Texttabelle mit Trennzeichen gelesen</translation>
    </message>
    <message>
        <source>the file was deleted or moved while it was being read; load it again once it is complete</source>
        <translation>die Datei wurde während des Lesens gelöscht oder verschoben; laden Sie sie erneut, sobald sie vollständig ist</translation>
    </message>
    <message>
        <source>the file was replaced by another file while it was being read; load it again once it is complete</source>
        <translation>die Datei wurde während des Lesens durch eine andere ersetzt; laden Sie sie erneut, sobald sie vollständig ist</translation>
    </message>
    <message>
        <source>the file changed size ({before} → {after} bytes) while it was being read; load it again once it is complete</source>
        <translation>die Datei hat während des Lesens ihre Größe geändert ({before} → {after} Bytes); laden Sie sie erneut, sobald sie vollständig ist</translation>
    </message>
    <message>
        <source>the file was rewritten while it was being read; load it again once it is complete</source>
        <translation>die Datei wurde während des Lesens neu geschrieben; laden Sie sie erneut, sobald sie vollständig ist</translation>
    </message>
    <message>
        <source>this is not a text file from byte {offset} on (it holds NUL bytes there); is it a table cut short or joined to other data?</source>
        <translation>ab Byte {offset} ist das keine Textdatei (dort stehen NUL-Bytes); ist es eine abgeschnittene Tabelle oder mit anderen Daten verbunden?</translation>
    </message>
    <message>
        <source>the file&apos;s text cannot be decoded</source>
        <translation>der Text der Datei lässt sich nicht dekodieren</translation>
    </message>
    <message>
        <source>loading was cancelled</source>
        <translation>das Laden wurde abgebrochen</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>ein GIF-Bild</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <source>a gzip-compressed file</source>
        <translation>eine gzip-komprimierte Datei</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>ein Programm</translation>
    </message>
    <message>
        <source>this is {what}, not a table of numbers</source>
        <translation>das ist {what}, keine Zahlentabelle</translation>
    </message>
    <message>
        <source>this is not a text file (it holds NUL bytes); is it really a table?</source>
        <translation>das ist keine Textdatei (sie enthält NUL-Bytes); ist es wirklich eine Tabelle?</translation>
    </message>
    <message>
        <source>this is not a text file (it holds control characters); is it really a table?</source>
        <translation>das ist keine Textdatei (sie enthält Steuerzeichen); ist es wirklich eine Tabelle?</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text, so it was read as Latin-1 (ISO 8859-1); check that accented letters look right</source>
        <translation>die Datei ist kein gültiger UTF-8-Text und wurde daher als Latin-1 (ISO 8859-1) gelesen; prüfen Sie, ob Umlaute und Akzente richtig aussehen</translation>
    </message>
    <message>
        <source>the file holds only blank lines, no data</source>
        <translation>die Datei enthält nur Leerzeilen, keine Daten</translation>
    </message>
    <message>
        <source>the first line is megabytes long; this does not look like a table</source>
        <translation>die erste Zeile ist Megabytes lang; das sieht nicht nach einer Tabelle aus</translation>
    </message>
    <message>
        <source>decimal commas found (for example {cell} on line {line}); they were read as decimal points</source>
        <translation>Dezimalkommas gefunden (zum Beispiel {cell} in Zeile {line}); sie wurden als Dezimaltrennzeichen gelesen</translation>
    </message>
    <message>
        <source>the file holds only delimiters and blank lines, no data</source>
        <translation>die Datei enthält nur Trennzeichen und Leerzeilen, keine Daten</translation>
    </message>
    <message>
        <source>the header has {names} names but this row only {values} values; in a file separated by spaces, column names must not contain spaces</source>
        <translation>die Kopfzeile hat {names} Namen, diese Zeile aber nur {values} Werte; in einer durch Leerzeichen getrennten Datei dürfen Spaltennamen keine Leerzeichen enthalten</translation>
    </message>
    <message>
        <source>duplicate column names were renamed: {names}</source>
        <translation>doppelte Spaltennamen wurden umbenannt: {names}</translation>
    </message>
    <message>
        <source>{old} to {new}</source>
        <translation>{old} in {new}</translation>
    </message>
    <message>
        <source>this line has {seen} values, but the header names {expected} columns; is there a stray delimiter, or a quote missing?</source>
        <translation>diese Zeile hat {seen} Werte, die Kopfzeile nennt aber {expected} Spalten; gibt es ein überzähliges Trennzeichen oder fehlt ein Anführungszeichen?</translation>
    </message>
    <message>
        <source>this line has {seen} values, but the first row has {expected} values; is there a stray delimiter, or a quote missing?</source>
        <translation>diese Zeile hat {seen} Werte, die erste Zeile aber {expected}; gibt es ein überzähliges Trennzeichen oder fehlt ein Anführungszeichen?</translation>
    </message>
    <message>
        <source>this is a zip archive or an Office document, not a text table; if it is a spreadsheet, give it its real extension (.xlsx, .ods or .xls)</source>
        <translation>das ist ein Zip-Archiv oder ein Office-Dokument, keine Texttabelle; wenn es eine Tabellenkalkulation ist, geben Sie ihr die richtige Endung (.xlsx, .ods oder .xls)</translation>
    </message>
    <message>
        <source>{file} is a spreadsheet despite its name; its first sheet was read</source>
        <translation>{file} ist trotz des Namens eine Tabellenkalkulation; ihr erstes Blatt wurde gelesen</translation>
    </message>
    <message>
        <source>the file cannot be read as a spreadsheet ({reason}); it may be damaged</source>
        <translation>die Datei lässt sich nicht als Tabellenkalkulation lesen ({reason}); sie ist vielleicht beschädigt</translation>
    </message>
    <message>
        <source>the file cannot be read as a spreadsheet; it may be damaged</source>
        <translation>die Datei lässt sich nicht als Tabellenkalkulation lesen; sie ist vielleicht beschädigt</translation>
    </message>
    <message>
        <source>only the first sheet, {sheet}, was read; the file has {count} sheets</source>
        <translation>nur das erste Blatt, {sheet}, wurde gelesen; die Datei hat {count} Blätter</translation>
    </message>
    <message>
        <source>the first sheet is empty</source>
        <translation>das erste Blatt ist leer</translation>
    </message>
    <message>
        <source>a NIST StRD header without &apos;Data (lines … to …)&apos;</source>
        <translation>ein NIST-StRD-Kopf ohne &apos;Data (lines … to …)&apos;</translation>
    </message>
    <message>
        <source>line {line} should name the columns (&apos;Data:  y  x&apos;)</source>
        <translation>Zeile {line} sollte die Spalten nennen (&apos;Data:  y  x&apos;)</translation>
    </message>
    <message>
        <source>line {line} has {values} values; the header names {names} columns</source>
        <translation>Zeile {line} hat {values} Werte; der Kopf nennt {names} Spalten</translation>
    </message>
    <message>
        <source>line {line} holds something that is not a number: {text}</source>
        <translation>Zeile {line} enthält etwas, das keine Zahl ist: {text}</translation>
    </message>
    <message>
        <source>the header promises lines {first} to {last}, the file ends at line {end}</source>
        <translation>der Kopf verspricht die Zeilen {first} bis {last}, die Datei endet aber in Zeile {end}</translation>
    </message>
</context>
<context>
    <name>MyLine</name>
    <message>
        <source>Easy: a clear line with even noise</source>
        <translation>Leicht: eine klare Gerade mit gleichmäßigem Rauschen</translation>
    </message>
    <message>
        <source>Outliers: a few points far off the line</source>
        <translation>Ausreißer: ein paar Punkte weit weg von der Geraden</translation>
    </message>
    <message>
        <source>Skewed x: most points bunched at low x</source>
        <translation>Schiefes x: die meisten Punkte drängen sich bei kleinem x</translation>
    </message>
    <message>
        <source>Unequal noise: the spread grows with x</source>
        <translation>Ungleiches Rauschen: die Streuung wächst mit x</translation>
    </message>
    <message>
        <source>Hard: outliers, skewed x and unequal noise</source>
        <translation>Schwer: Ausreißer, schiefes x und ungleiches Rauschen</translation>
    </message>
    <message>
        <source>My Line needs exactly one x column.</source>
        <translation>Meine Gerade braucht genau eine x-Spalte.</translation>
    </message>
    <message>
        <source>My Line draws a straight line: set the polynomial degree to 1.</source>
        <translation>Meine Gerade zeichnet eine Gerade: Setzen Sie den Polynomgrad auf 1.</translation>
    </message>
    <message>
        <source>My Line needs a model with an intercept.</source>
        <translation>Meine Gerade braucht ein Modell mit Achsenabschnitt.</translation>
    </message>
    <message>
        <source>My Line needs at least one row to fit.</source>
        <translation>Meine Gerade braucht mindestens eine Zeile zum Anpassen.</translation>
    </message>
    <message>
        <source>Perfect</source>
        <translation>Perfekt</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Ausgezeichnet</translation>
    </message>
    <message>
        <source>Great</source>
        <translation>Sehr gut</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Knapp daneben</translation>
    </message>
    <message>
        <source>Keep trying</source>
        <translation>Weiter versuchen</translation>
    </message>
</context>
<context>
    <name>PlotData</name>
    <message>
        <source>missing value in a selected column</source>
        <translation>fehlender Wert in einer gewählten Spalte</translation>
    </message>
    <message>
        <source>left out of the fit by you (right-click to put back)</source>
        <translation>von Ihnen aus der Anpassung herausgenommen (Rechtsklick zum Zurücknehmen)</translation>
    </message>
    <message>
        <source>in the test set (not used for fitting)</source>
        <translation>in den Testdaten (nicht für die Anpassung verwendet)</translation>
    </message>
    <message>
        <source>ŷ = polynomial, degree {degree}</source>
        <translation>ŷ = Polynom vom Grad {degree}</translation>
    </message>
    <message>
        <source>ŷ = b0 + {count} terms</source>
        <translation>ŷ = b0 + {count} Terme</translation>
    </message>
    <message>
        <source>ŷ = {count} terms</source>
        <translation>ŷ = {count} Terme</translation>
    </message>
    <message>
        <source>{count} rows used</source>
        <translation>{count} Zeilen verwendet</translation>
    </message>
    <message>
        <source>{count} dropped (missing values)</source>
        <translation>{count} weggelassen (fehlende Werte)</translation>
    </message>
    <message>
        <source>{count} left out by you</source>
        <translation>{count} von Ihnen herausgenommen</translation>
    </message>
    <message>
        <source>{count} for testing</source>
        <translation>{count} zum Testen</translation>
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
        <translation>Test-R² {r2}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>iteration {iteration}</source>
        <translation>Iteration {iteration}</translation>
    </message>
    <message>
        <source>loss {loss}</source>
        <translation>Verlust {loss}</translation>
    </message>
    <message>
        <source>Diverged at iteration {iteration}.</source>
        <translation>Bei Iteration {iteration} divergiert.</translation>
    </message>
    <message>
        <source>Converged after {done}: {gap}.</source>
        <translation>Nach {done} konvergiert: {gap}.</translation>
    </message>
    <message>
        <source>Converged after {done}.</source>
        <translation>Nach {done} konvergiert.</translation>
    </message>
    <message>
        <source>Stopped after {done} without converging: {gap}.</source>
        <translation>Nach {done} ohne Konvergenz gestoppt: {gap}.</translation>
    </message>
    <message>
        <source>Stopped after {done} without converging.</source>
        <translation>Nach {done} ohne Konvergenz gestoppt.</translation>
    </message>
    <message>
        <source>Why it stopped: {reason}.</source>
        <translation>Warum gestoppt: {reason}.</translation>
    </message>
    <message>
        <source>{state} at iteration {iteration}</source>
        <translation>{state} bei Iteration {iteration}</translation>
    </message>
    <message>
        <source>… {count} lines skipped at this speed</source>
        <translation>… {count} Zeilen bei diesem Tempo übersprungen</translation>
    </message>
    <message>
        <source>iteration {iteration}: loss {loss}</source>
        <translation>Iteration {iteration}: Verlust {loss}</translation>
    </message>
    <message>
        <source>iteration {iteration}: loss {loss}, test loss {test_loss}</source>
        <translation>Iteration {iteration}: Verlust {loss}; Testverlust {test_loss}</translation>
    </message>
</context>
<context>
    <name>Quadratic</name>
    <message>
        <source>Gradient descent cannot work here in float64: the terms reach {largest}, so XᵀX/N, the curvature it steps on, overflows. Tick &apos;Standardise features&apos; (--scale), or change the units.</source>
        <translation>Gradientenabstieg kann hier in float64 nicht funktionieren: Die Terme erreichen {largest}, daher läuft XᵀX/N, die Krümmung, auf der er Schritte macht, über. Setzen Sie das Häkchen bei „Merkmale standardisieren“ (--scale) oder ändern Sie die Einheiten.</translation>
    </message>
    <message>
        <source>Gradient descent cannot work here in float64: y reaches {largest}, so the loss it minimises (the mean of squared errors) is beyond float64&apos;s range. Change y&apos;s units (divide it by a power of ten), or use Least squares.</source>
        <translation>Gradientenabstieg kann hier in float64 nicht funktionieren: y erreicht {largest}, daher liegt der Verlust, den er minimiert (der Mittelwert der quadrierten Fehler), außerhalb des Bereichs von float64. Ändern Sie die Einheiten von y (teilen Sie es durch eine Zehnerpotenz) oder nehmen Sie kleinste Quadrate.</translation>
    </message>
    <message>
        <source>Gradient descent cannot score the test rows in float64: their terms reach {largest}, beyond float64&apos;s range. Change the units, or choose another test set (its fraction or seed).</source>
        <translation>Gradientenabstieg kann die Testdaten in float64 nicht bewerten: Ihre Terme erreichen {largest}, außerhalb des Bereichs von float64. Ändern Sie die Einheiten oder wählen Sie andere Testdaten (ihren Anteil oder Startwert).</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Choose a y column.</source>
        <translation>Wählen Sie eine y-Spalte.</translation>
    </message>
    <message>
        <source>There is no data to edit.</source>
        <translation>Es gibt keine Daten zum Bearbeiten.</translation>
    </message>
    <message>
        <source>There is no data to add to.</source>
        <translation>Es gibt keine Daten, zu denen etwas hinzugefügt werden kann.</translation>
    </message>
    <message>
        <source>There is no data.</source>
        <translation>Es gibt keine Daten.</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>there is no such file</source>
        <translation>diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>the file cannot be opened ({reason})</source>
        <translation>die Datei lässt sich nicht öffnen ({reason})</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>das ist keine normale Datei</translation>
    </message>
    <message>
        <source>the file is {size} MB; a session file may be at most {most} MB</source>
        <translation>die Datei ist {size} MB groß; eine Sitzungsdatei darf höchstens {most} MB groß sein</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>die Datei lässt sich nicht lesen ({reason})</translation>
    </message>
    <message>
        <source>the file is larger than {most} MB, the most a session file may be</source>
        <translation>die Datei ist größer als {most} MB, das Höchstmaß für eine Sitzungsdatei</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>this is not a linreg session file (it is not UTF-8 text)</source>
        <translation>das ist keine linreg-Sitzungsdatei (kein UTF-8-Text)</translation>
    </message>
    <message>
        <source>this is not a linreg session file (it is not JSON)</source>
        <translation>das ist keine linreg-Sitzungsdatei (kein JSON)</translation>
    </message>
    <message>
        <source>the file is damaged: it is not valid JSON ({reason} at line {line}, column {column})</source>
        <translation>die Datei ist beschädigt: kein gültiges JSON ({reason} in Zeile {line}, Spalte {column})</translation>
    </message>
    <message>
        <source>the file is damaged: it is nested too deeply</source>
        <translation>die Datei ist beschädigt: sie ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>this is not a linreg session file (not a JSON object)</source>
        <translation>das ist keine linreg-Sitzungsdatei (kein JSON-Objekt)</translation>
    </message>
    <message>
        <source>this is not a linreg session file (its &quot;format&quot; is not &quot;{format}&quot;)</source>
        <translation>das ist keine linreg-Sitzungsdatei (ihr &quot;format&quot; ist nicht &quot;{format}&quot;)</translation>
    </message>
    <message>
        <source>this session was saved by a newer linreg-gui (session format version {version}; this one reads version {supported}). Update linreg-gui to open it</source>
        <translation>diese Sitzung wurde mit einem neueren linreg-gui gespeichert (Sitzungsformat Version {version}; dieses liest Version {supported}). Aktualisieren Sie linreg-gui, um sie zu öffnen</translation>
    </message>
</context>
<context>
    <name>Solvers</name>
    <message>
        <source>The design has rank {rank} of {terms}: {names} is a linear combination of the other terms, so its coefficient cannot be estimated (shown as NA). The rest is fitted without it.</source>
        <translation>Die Designmatrix hat Rang {rank} von {terms}: {names} ist eine Linearkombination der anderen Terme, daher lässt sich sein Koeffizient nicht schätzen (als NA angezeigt). Der Rest wird ohne ihn angepasst.</translation>
    </message>
    <message>
        <source>The terms are nearly collinear (condition number {cond} after centring and scaling); coefficients may carry few correct digits.</source>
        <translation>Die Terme sind fast kollinear (Konditionszahl {cond} nach Zentrieren und Skalieren); die Koeffizienten haben vielleicht nur wenige richtige Stellen.</translation>
    </message>
    <message>
        <source>The coefficient of &apos;{name}&apos; is about 1e{size}, beyond float64&apos;s range (about 1.8e308), so it cannot be written down. Change the units of x or y (divide x by 1e100, say).</source>
        <translation>Der Koeffizient von &apos;{name}&apos; ist etwa 1e{size}, außerhalb des Bereichs von float64 (etwa 1,8e308), und lässt sich daher nicht aufschreiben. Ändern Sie die Einheiten von x oder y (teilen Sie x zum Beispiel durch 1e100).</translation>
    </message>
    <message>
        <source>The coefficient of &apos;{name}&apos; is about 1e{size}, below float64&apos;s normal range, so it is shown as {shown}; the fit&apos;s residuals and metrics use its exact value.</source>
        <translation>Der Koeffizient von &apos;{name}&apos; ist etwa 1e{size}, unterhalb des normalen Bereichs von float64, und wird daher als {shown} angezeigt; Residuen und Kennzahlen der Anpassung verwenden seinen genauen Wert.</translation>
    </message>
    <message>
        <source>XᵀX cannot be formed in float64</source>
        <translation>XᵀX lässt sich in float64 nicht bilden</translation>
    </message>
    <message>
        <source>Xᵀy cannot be formed in float64 here: it overflows. Least squares (ols) scales the columns first.</source>
        <translation>Xᵀy lässt sich hier in float64 nicht bilden: es läuft über. Kleinste Quadrate (ols) skaliert die Spalten vorher.</translation>
    </message>
    <message>
        <source>XᵀX is exactly singular, so inv(XᵀX) does not exist: some terms are linear combinations of others. Use OLS, which reports which ones.</source>
        <translation>XᵀX ist exakt singulär, daher existiert inv(XᵀX) nicht: Einige Terme sind Linearkombinationen anderer. Nehmen Sie OLS, das sagt, welche.</translation>
    </message>
    <message>
        <source>inv(XᵀX) produced non-finite numbers.</source>
        <translation>inv(XᵀX) hat nicht endliche Zahlen geliefert.</translation>
    </message>
    <message>
        <source>XᵀX has condition number {cond} ([1, X]&apos;s {cond_x}, squared). Float64&apos;s worst-case bound (cond × ε = {bound}) guarantees no correct digit; measured against the QR solution, these coefficients keep {kept}.</source>
        <translation>XᵀX hat die Konditionszahl {cond} (die {cond_x} von [1, X], quadriert). Die Worst-Case-Schranke von float64 (cond × ε = {bound}) garantiert keine einzige richtige Stelle; gemessen an der QR-Lösung behalten diese Koeffizienten {kept}.</translation>
    </message>
    <message>
        <source>XᵀX has condition number {cond} ([1, X]&apos;s {cond_x}, squared). Float64&apos;s worst-case bound (cond × ε = {bound}) guarantees only about {digits} correct digits; measured against the QR solution, these coefficients keep {kept}.</source>
        <translation>XᵀX hat die Konditionszahl {cond} (die {cond_x} von [1, X], quadriert). Die Worst-Case-Schranke von float64 (cond × ε = {bound}) garantiert nur etwa {digits} richtige Stellen; gemessen an der QR-Lösung behalten diese Koeffizienten {kept}.</translation>
    </message>
    <message>
        <source>{what} here: the sum of squares of &apos;{name}&apos; would be about 1e{size}, above float64&apos;s largest number (1.8e308). Least squares (ols) scales the columns first.</source>
        <translation>{what} hier: Die Quadratsumme von &apos;{name}&apos; wäre etwa 1e{size}, über der größten Zahl von float64 (1,8e308). Kleinste Quadrate (ols) skaliert die Spalten vorher.</translation>
    </message>
    <message>
        <source>{what} here: the sum of squares of &apos;{name}&apos; would be about 1e{size}, below float64&apos;s smallest normal number (2.2e-308). Least squares (ols) scales the columns first.</source>
        <translation>{what} hier: Die Quadratsumme von &apos;{name}&apos; wäre etwa 1e{size}, unter der kleinsten normalen Zahl von float64 (2,2e-308). Kleinste Quadrate (ols) skaliert die Spalten vorher.</translation>
    </message>
    <message>
        <source>np.linalg.lstsq failed on this design ({reason}). Least squares (ols) scales the columns first.</source>
        <translation>np.linalg.lstsq ist an dieser Designmatrix gescheitert ({reason}). Kleinste Quadrate (ols) skaliert die Spalten vorher.</translation>
    </message>
    <message>
        <source>np.linalg.lstsq treated the design as rank {rank} of {terms} (its cut-off dropped the smallest singular value) and returned a different, minimum-norm answer without an error.</source>
        <translation>np.linalg.lstsq hat die Designmatrix als Rang {rank} von {terms} behandelt (seine Schwelle hat den kleinsten Singulärwert verworfen) und ohne Fehlermeldung eine andere Lösung mit minimaler Norm geliefert.</translation>
    </message>
    <message>
        <source>np.polyfit fits a polynomial in one x with an intercept; choose one x column and keep the intercept on.</source>
        <translation>np.polyfit passt ein Polynom in einem x mit Achsenabschnitt an; wählen Sie eine x-Spalte und lassen Sie den Achsenabschnitt eingeschaltet.</translation>
    </message>
    <message>
        <source>np.polyfit cannot scale the powers of x</source>
        <translation>np.polyfit kann die Potenzen von x nicht skalieren</translation>
    </message>
    <message>
        <source>np.polyfit failed on this data ({reason}): it squares each power of x to scale it, which leaves float64&apos;s range here. Least squares (ols) scales x first.</source>
        <translation>np.polyfit ist an diesen Daten gescheitert ({reason}): Es quadriert jede Potenz von x, um sie zu skalieren, und verlässt dabei hier den Bereich von float64. Kleinste Quadrate (ols) skaliert x vorher.</translation>
    </message>
    <message>
        <source>np.polyfit returned non-finite coefficients: it squares each power of x to scale it, which leaves float64&apos;s range here. Least squares (ols) scales x first.</source>
        <translation>np.polyfit hat nicht endliche Koeffizienten geliefert: Es quadriert jede Potenz von x, um sie zu skalieren, und verlässt dabei hier den Bereich von float64. Kleinste Quadrate (ols) skaliert x vorher.</translation>
    </message>
    <message>
        <source>np.polyfit warned: {warning}</source>
        <translation>np.polyfit hat gewarnt: {warning}</translation>
    </message>
    <message>
        <source>Terms {names} are collinear; their coefficients are 0.</source>
        <translation>Die Terme {names} sind kollinear; ihre Koeffizienten sind 0.</translation>
    </message>
    <message>
        <source>Coordinate descent did not converge: it stopped at its limit of {sweeps} sweeps with the last sweep still moving a coefficient by {change} of the largest (the tolerance is {tol}); standardising the features usually fixes this.</source>
        <translation>Der Koordinatenabstieg hat nicht konvergiert: Er stoppte an seinem Limit von {sweeps} Durchläufen, und der letzte Durchlauf bewegte einen Koeffizienten noch um {change} des größten (die Toleranz ist {tol}); Standardisieren der Merkmale behebt das meist.</translation>
    </message>
    <message>
        <source>A term has no spread, so the lasso cannot weigh it.</source>
        <translation>Ein Term hat keine Streuung, daher kann Lasso ihn nicht gewichten.</translation>
    </message>
    <message>
        <source>{name} must be a number ≥ 0, not {value}.</source>
        <translation>{name} muss eine Zahl ≥ 0 sein, nicht {value}.</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Essentially perfect fit: inference is not meaningful (the residuals are at the level of rounding error, so t, p and F would measure only that noise; they are shown as NA).</source>
        <translation>Praktisch perfekte Anpassung: Inferenz ist nicht aussagekräftig (die Residuen liegen auf dem Niveau des Rundungsfehlers, t, p und F würden also nur dieses Rauschen messen; sie werden als NA angezeigt).</translation>
    </message>
    <message>
        <source>y is constant (every value is {value}): R², the t tests and the F test are undefined (0/0), so no significance can be claimed.</source>
        <translation>y ist konstant (jeder Wert ist {value}): R², die t-Tests und der F-Test sind nicht definiert (0/0), es lässt sich also keine Signifikanz behaupten.</translation>
    </message>
    <message>
        <source>The MSE (about 1e{size}) is beyond float64&apos;s range, so it shows as Inf; read the RMSE, {rmse}, instead.</source>
        <translation>Der MSE (etwa 1e{size}) liegt außerhalb des Bereichs von float64 und wird daher als Inf angezeigt; lesen Sie stattdessen den RMSE, {rmse}.</translation>
    </message>
    <message>
        <source>The MSE (about 1e{size}) is below float64&apos;s normal numbers, so it keeps only a few digits; read the RMSE, {rmse}, instead.</source>
        <translation>Der MSE (etwa 1e{size}) liegt unter den normalen Zahlen von float64 und behält daher nur wenige Stellen; lesen Sie stattdessen den RMSE, {rmse}.</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>within the tolerance of the least-squares answer</source>
        <translation>innerhalb der Toleranz um die Kleinste-Quadrate-Lösung</translation>
    </message>
    <message>
        <source>gradient below the tolerance</source>
        <translation>Gradient unter der Toleranz</translation>
    </message>
    <message>
        <source>loss change below the tolerance</source>
        <translation>Verluständerung unter der Toleranz</translation>
    </message>
    <message>
        <source>iteration limit</source>
        <translation>Iterationslimit</translation>
    </message>
    <message>
        <source>the loss blew up</source>
        <translation>der Verlust ist explodiert</translation>
    </message>
    <message>
        <source>stopped by the user</source>
        <translation>vom Benutzer gestoppt</translation>
    </message>
    <message>
        <source>loss {loss} above the least-squares loss</source>
        <translation>mit einem Verlust {loss} über dem der kleinsten Quadrate</translation>
    </message>
    <message>
        <source>{gap} from least squares</source>
        <translation>{gap} von kleinsten Quadraten entfernt</translation>
    </message>
    <message>
        <source>{gap} from the least-squares answer (loss {loss} above its minimum)</source>
        <translation>{gap} von der Kleinste-Quadrate-Lösung entfernt (Verlust {loss} über seinem Minimum)</translation>
    </message>
    <message>
        <source>1 iteration</source>
        <translation>1 Iteration</translation>
    </message>
    <message>
        <source>{count} iterations</source>
        <translation>{count} Iterationen</translation>
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
        <translation>Iteration {iteration} (standardisierte Einheiten): {partials} (Mini-Batch dieses Schritts); η = {eta}</translation>
    </message>
    <message>
        <source>Iteration {iteration} (standardised units): {partials}; η = {eta}</source>
        <translation>Iteration {iteration} (standardisierte Einheiten): {partials}; η = {eta}</translation>
    </message>
    <message>
        <source>Iteration {iteration}: {partials} (this step&apos;s mini-batch); η = {eta}</source>
        <translation>Iteration {iteration}: {partials} (Mini-Batch dieses Schritts); η = {eta}</translation>
    </message>
    <message>
        <source>Iteration {iteration}: {partials}; η = {eta}</source>
        <translation>Iteration {iteration}: {partials}; η = {eta}</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>The run could not start.</source>
        <translation>Der Lauf konnte nicht starten.</translation>
    </message>
    <message>
        <source>The run failed unexpectedly.</source>
        <translation>Der Lauf ist unerwartet fehlgeschlagen.</translation>
    </message>
</context>
</TS>
