<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DataPlot</name>
    <message>
        <source>{name} (random {shown} of {total})</source>
        <translation>{name} (zufällig {shown} von {total})</translation>
    </message>
    <message>
        <source>Drag to pan, scroll to zoom, right-click for more.</source>
        <translation>Ziehen zum Verschieben, Mausrad zum Zoomen, Rechtsklick für mehr.</translation>
    </message>
    <message>
        <source>Click a point to leave it out of the fit (it turns hollow); click it again to put it back.</source>
        <translation>Klicken Sie auf einen Punkt, um ihn aus der Anpassung auszulassen (er wird hohl); ein weiterer Klick nimmt ihn wieder auf.</translation>
    </message>
    <message>
        <source>History (hover a line)</source>
        <translation>Verlauf (Maus über eine Linie)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Least squares</source>
        <translation>Kleinste Quadrate</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Actual {name}</source>
        <translation>{name} (beobachtet)</translation>
    </message>
    <message>
        <source>Predicted {name}</source>
        <translation>{name} (vorhergesagt)</translation>
    </message>
    <message>
        <source>Left out of fit</source>
        <translation>Nicht in der Anpassung</translation>
    </message>
    <message>
        <source>Perfect prediction (ŷ = y)</source>
        <translation>Perfekte Vorhersage (ŷ = y)</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPlot</name>
    <message>
        <source>Residuals vs fitted</source>
        <translation>Residuen vs. ŷ</translation>
    </message>
    <message>
        <source>Fitted value ŷ</source>
        <translation>ŷ (angepasst)</translation>
    </message>
    <message>
        <source>Residual y − ŷ</source>
        <translation>Residuum y − ŷ</translation>
    </message>
    <message>
        <source>Normal Q-Q</source>
        <translation>Normal-Q-Q-Plot</translation>
    </message>
    <message>
        <source>Normal quantile</source>
        <translation>Normalquantil</translation>
    </message>
    <message>
        <source>Std. residual</source>
        <translation>Std.-Residuum</translation>
    </message>
    <message>
        <source>Leverage · Cook&apos;s D</source>
        <translation>Hebelwert · Cook-D</translation>
    </message>
    <message>
        <source>Leverage h</source>
        <translation>Hebelwert h</translation>
    </message>
    <message>
        <source>Residuals</source>
        <translation>Residuen</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>At the least-squares answer the normal equations XᵀX θ = Xᵀy hold: the residuals r = y − ŷ satisfy Xᵀr = 0, so with an intercept their mean is 0.  During a gradient-descent run both shrink towards 0.</source>
        <translation>In der Lösung der kleinsten Quadrate gelten die Normalgleichungen XᵀX θ = Xᵀy: Die Residuen r = y − ŷ erfüllen Xᵀr = 0, mit Achsenabschnitt ist ihr Mittelwert also 0.  Während eines Gradientenabstiegs schrumpfen beide gegen 0.</translation>
    </message>
    <message>
        <source>&amp;Predict at x =</source>
        <translation>&amp;Vorhersage bei x =</translation>
    </message>
    <message>
        <source>Predict at x</source>
        <translation>Vorhersage bei x</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>ŷ at this x with the 95 % interval for the mean and for a new observation (least squares, one x column)</source>
        <translation>ŷ bei diesem x mit dem 95-%-Intervall für den Mittelwert und für eine neue Beobachtung (kleinste Quadrate, eine x-Spalte)</translation>
    </message>
    <message>
        <source>Click a point to select its row in every view</source>
        <translation>Klicken Sie auf einen Punkt, um seine Zeile in allen Ansichten auszuwählen</translation>
    </message>
    <message>
        <source>{drawn} of {total} rows drawn</source>
        <translation>{drawn} von {total} Zeilen gezeichnet</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>„{text}“ ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsView</name>
    <message>
        <source>Prediction needs least squares on one x column.</source>
        <translation>Die Vorhersage braucht kleinste Quadrate mit einer x-Spalte.</translation>
    </message>
    <message>
        <source>At x = {x}: ŷ = {y};  95 % interval for the mean [{mean_low}, {mean_high}];  for a new observation [{new_low}, {new_high}]</source>
        <translation>Bei x = {x}: ŷ = {y};  95-%-Intervall für den Mittelwert [{mean_low}; {mean_high}];  für eine neue Beobachtung [{new_low}; {new_high}]</translation>
    </message>
    <message>
        <source>At x = {x}: ŷ = {y} (no residual df)</source>
        <translation>Bei x = {x}: ŷ = {y} (keine Freiheitsgrade der Residuen)</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Save plot</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <source>Could not save the plot: {error}</source>
        <translation>Das Diagramm konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Saved the plot to {path}.</source>
        <translation>Diagramm gespeichert unter {path}.</translation>
    </message>
    <message>
        <source>Export Python code</source>
        <translation>Python-Code exportieren</translation>
    </message>
    <message>
        <source>Python (*.py)</source>
        <translation>Python (*.py)</translation>
    </message>
    <message>
        <source>Saved {script} and {data}. Run it with &apos;python {script}&apos; to refit with NumPy and ask scikit-learn.</source>
        <translation>{script} und {data} gespeichert. Starten Sie es mit „python {script}“, um mit NumPy neu anzupassen und scikit-learn zu befragen.</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <source>np.random.seed, as the tutorials</source>
        <translation>np.random.seed, wie die Tutorials</translation>
    </message>
    <message>
        <source>Generate data</source>
        <translation>Daten erzeugen</translation>
    </message>
    <message>
        <source>How many points, {low} to {high}. More points pin the line down better.</source>
        <translation>Wie viele Punkte, {low} bis {high}. Mehr Punkte legen die Gerade genauer fest.</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>&amp;Punkte:</translation>
    </message>
    <message>
        <source>The true slope w: how much y rises when x rises by 1.</source>
        <translation>Die wahre Steigung w: um wie viel y steigt, wenn x um 1 steigt.</translation>
    </message>
    <message>
        <source>&amp;Slope w:</source>
        <translation>&amp;Steigung w:</translation>
    </message>
    <message>
        <source>The true intercept b: the line&apos;s height at x = 0.</source>
        <translation>Der wahre Achsenabschnitt b: die Höhe der Geraden bei x = 0.</translation>
    </message>
    <message>
        <source>&amp;Intercept b:</source>
        <translation>&amp;Achsenabschnitt b:</translation>
    </message>
    <message>
        <source>Standard deviation of the Gaussian noise added to each y.
0 puts every point on the line; larger values scatter them.</source>
        <translation>Standardabweichung des gaußschen Rauschens, das zu jedem y addiert wird.
0 legt alle Punkte auf die Gerade; größere Werte streuen sie.</translation>
    </message>
    <message>
        <source>&amp;Noise SD:</source>
        <translation>&amp;Rauschen (Std.-Abw.):</translation>
    </message>
    <message>
        <source>Smallest x (x is drawn uniformly).</source>
        <translation>Kleinstes x (x ist gleichverteilt).</translation>
    </message>
    <message>
        <source>Largest x (x is drawn uniformly).</source>
        <translation>Größtes x (x ist gleichverteilt).</translation>
    </message>
    <message>
        <source>Smallest x</source>
        <translation>Kleinstes x</translation>
    </message>
    <message>
        <source>Largest x</source>
        <translation>Größtes x</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;x from:</source>
        <translation>&amp;x von:</translation>
    </message>
    <message>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <source>The same seed gives the same points every time, so a class can share them.
Step below 0 for &apos;random&apos;: new points on every generation.</source>
        <translation>Derselbe Startwert ergibt jedes Mal dieselben Punkte, so kann eine Klasse sie teilen.
Unter 0 für „zufällig“: bei jedem Erzeugen neue Punkte.</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>Start&amp;wert (Seed):</translation>
    </message>
    <message>
        <source>np.random.seed draws the numbers the tutorials print (seed 42 gives their {b} and {w});
np.random.default_rng is NumPy&apos;s newer generator: other points from the same law.</source>
        <translation>np.random.seed erzeugt die Zahlen, die die Tutorials ausgeben (Startwert 42 ergibt deren {b} und {w});
np.random.default_rng ist NumPys neuerer Generator: andere Punkte aus derselben Verteilung.</translation>
    </message>
    <message>
        <source>&amp;Random numbers:</source>
        <translation>&amp;Zufallszahlen:</translation>
    </message>
    <message>
        <source>The recipe the points follow.</source>
        <translation>Das Rezept, nach dem die Punkte entstehen.</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>y = {slope}·x {sign} {intercept} + N(0, {noise}²),   {n} points</source>
        <translation>y = {slope}·x {sign} {intercept} + N(0, {noise}²),   {n} Punkte</translation>
    </message>
    <message>
        <source>The smallest x must be below the largest x.</source>
        <translation>Das kleinste x muss kleiner als das größte x sein.</translation>
    </message>
</context>
<context>
    <name>Influence</name>
    <message>
        <source>Edit row {row}, {column}</source>
        <translation>Zeile {row}, {column} bearbeiten</translation>
    </message>
    <message>
        <source>Move point of row {row}</source>
        <translation>Punkt der Zeile {row} verschieben</translation>
    </message>
    <message>
        <source>Change the rows left out</source>
        <translation>Ausgelassene Zeilen ändern</translation>
    </message>
    <message numerus="yes">
        <source>Leave out %n row(s)</source>
        <translation>
            <numerusform>%n Zeile auslassen</numerusform>
            <numerusform>%n Zeilen auslassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put back %n row(s)</source>
        <translation>
            <numerusform>%n Zeile wieder aufnehmen</numerusform>
            <numerusform>%n Zeilen wieder aufnehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add point (row {row})</source>
        <translation>Punkt hinzufügen (Zeile {row})</translation>
    </message>
    <message>
        <source>Load data first.</source>
        <translation>Laden Sie zuerst Daten.</translation>
    </message>
    <message>
        <source>Dragging points needs exactly one x column.</source>
        <translation>Zum Ziehen von Punkten braucht es genau eine x-Spalte.</translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation>Zeile {row}</translation>
    </message>
    <message>
        <source>: not in the fit, the line stays</source>
        <translation>: nicht in der Anpassung, die Gerade bleibt</translation>
    </message>
    <message>
        <source>Put Row {row} Back in the Fit</source>
        <translation>Zeile {row} wieder in die Anpassung aufnehmen</translation>
    </message>
    <message>
        <source>Delete Point (Leave Row {row} Out)</source>
        <translation>Punkt löschen (Zeile {row} auslassen)</translation>
    </message>
    <message>
        <source>The row stays in the table and the point on the plot, hollow; Ctrl+Z or this menu puts it back</source>
        <translation>Die Zeile bleibt in der Tabelle und der Punkt im Diagramm, hohl; Strg+Z oder dieses Menü nimmt ihn wieder auf</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Rückgängig: {action}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Wiederholen: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Row {row} moved to ({x}, {y}); Ctrl+Z moves it back.</source>
        <translation>Zeile {row} nach ({x}; {y}) verschoben; Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>Least squares · dragging row {row}</source>
        <translation>Kleinste Quadrate · Zeile {row} wird gezogen</translation>
    </message>
    <message>
        <source>Point added at ({x}, {y}); Ctrl+Z takes it away.</source>
        <translation>Punkt bei ({x}; {y}) hinzugefügt; Strg+Z entfernt ihn.</translation>
    </message>
</context>
<context>
    <name>LabRecord</name>
    <message>
        <source>Load data and wait for the fit to be shown, then export again.</source>
        <translation>Laden Sie Daten, warten Sie, bis die Anpassung angezeigt wird, und exportieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Run gradient descent to the end first (or stop it): a lab record holds a fit.</source>
        <translation>Lassen Sie den Gradientenabstieg zuerst zu Ende laufen (oder stoppen Sie ihn): Ein Laborprotokoll enthält eine Anpassung.</translation>
    </message>
    <message>
        <source>Export lab record</source>
        <translation>Laborprotokoll exportieren</translation>
    </message>
    <message>
        <source>Folder (*);;Zip archive (*.zip)</source>
        <translation>Ordner (*);;ZIP-Archiv (*.zip)</translation>
    </message>
    <message numerus="yes">
        <source>Saved the lab record (%n files) to {path}.</source>
        <translation>
            <numerusform>Laborprotokoll (%n Datei) gespeichert unter {path}.</numerusform>
            <numerusform>Laborprotokoll (%n Dateien) gespeichert unter {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the lab record to {name}…</source>
        <translation>Laborprotokoll wird unter {name} gespeichert…</translation>
    </message>
    <message>
        <source>the lab record</source>
        <translation>das Laborprotokoll</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>the {plot} plot was not drawn: it is worked out when its tab is first opened (open it, then export the record again)</source>
        <translation>das Diagramm „{plot}“ wurde nicht gezeichnet: Es wird berechnet, wenn sein Tab zum ersten Mal geöffnet wird (öffnen Sie ihn und exportieren Sie das Protokoll erneut)</translation>
    </message>
    <message>
        <source>the {plot} plot could not be drawn: {error}</source>
        <translation>das Diagramm „{plot}“ konnte nicht gezeichnet werden: {error}</translation>
    </message>
    <message>
        <source>could not write {name}</source>
        <translation>{name} konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>LandscapePanel</name>
    <message>
        <source>α (ridge, log scale)</source>
        <translation>α (Ridge, log. Skala)</translation>
    </message>
    <message>
        <source>α (lasso, log scale)</source>
        <translation>α (Lasso, log. Skala)</translation>
    </message>
    <message>
        <source>coefficient (standardised terms)</source>
        <translation>Koeffizient (standardisierte Terme)</translation>
    </message>
    <message>
        <source>coefficient (the data&apos;s units)</source>
        <translation>Koeffizient (Einheiten der Daten)</translation>
    </message>
    <message>
        <source>Side by side: raw and standardised</source>
        <translation>Roh und standardisiert</translation>
    </message>
    <message>
        <source>The same run on the landscape in the data&apos;s units and in standardised terms: elongated against round contours, the stable rate and the condition number of each</source>
        <translation>Derselbe Lauf auf der Landschaft in den Einheiten der Daten und in standardisierten Termen: langgezogene gegen runde Höhenlinien, jeweils mit stabiler Lernrate und Konditionszahl</translation>
    </message>
</context>
<context>
    <name>LandscapePlot</name>
    <message>
        <source>The training loss over two coefficients: darker is lower. Click to start the next run there; the arrow is the way the next step goes (−∇L).</source>
        <translation>Der Trainingsverlust über zwei Koeffizienten: dunkler ist niedriger. Klicken Sie, um den nächsten Lauf dort zu starten; der Pfeil zeigt, wohin der nächste Schritt geht (−∇L).</translation>
    </message>
    <message>
        <source>Landscape x-axis coefficient</source>
        <translation>Koeffizient der x-Achse der Landschaft</translation>
    </message>
    <message>
        <source>Landscape y-axis coefficient</source>
        <translation>Koeffizient der y-Achse der Landschaft</translation>
    </message>
    <message>
        <source>Standardised coordinates</source>
        <translation>Standardisiert</translation>
    </message>
    <message>
        <source>Draw the landscape over the coefficients of the standardised terms (what gradient descent steps in with &apos;Standardise features&apos;): round contours instead of long thin valleys.</source>
        <translation>Zeichnet die Landschaft über den Koeffizienten der standardisierten Terme (in denen der Gradientenabstieg mit „Merkmale standardisieren“ rechnet): runde Höhenlinien statt langer, schmaler Täler.</translation>
    </message>
    <message>
        <source>Loss under the cursor</source>
        <translation>Verlust unter dem Mauszeiger</translation>
    </message>
    <message>
        <source>The landscape needs a model with at least two coefficients.</source>
        <translation>Die Landschaft braucht ein Modell mit mindestens zwei Koeffizienten.</translation>
    </message>
    <message>
        <source>{name} (standardised)</source>
        <translation>{name} (standardisiert)</translation>
    </message>
    <message>
        <source>In standardised terms: stable learning rates η &lt; 1/λmax = {stable}; fastest η = 1/(λmin+λmax) = {fastest}; condition number κ = {kappa}; at the fastest rate {steps} shrink the error 10⁶×</source>
        <translation>In standardisierten Termen: stabile Lernraten η &lt; 1/λmax = {stable}; schnellste η = 1/(λmin+λmax) = {fastest}; Konditionszahl κ = {kappa}; mit der schnellsten Rate verkleinern {steps} den Fehler 10⁶-fach</translation>
    </message>
    <message>
        <source>In the data&apos;s units: stable learning rates η &lt; 1/λmax = {stable}; fastest η = 1/(λmin+λmax) = {fastest}; condition number κ = {kappa}; at the fastest rate {steps} shrink the error 10⁶×</source>
        <translation>In den Einheiten der Daten: stabile Lernraten η &lt; 1/λmax = {stable}; schnellste η = 1/(λmin+λmax) = {fastest}; Konditionszahl κ = {kappa}; mit der schnellsten Rate verkleinern {steps} den Fehler 10⁶-fach</translation>
    </message>
    <message>
        <source> (long thin valleys: tick Standardise features)</source>
        <translation> (lange, schmale Täler: „Merkmale standardisieren“ ankreuzen)</translation>
    </message>
    <message>
        <source>. Square: start · star: least squares · arrow: −∇L.</source>
        <translation>. Quadrat: Start · Stern: kleinste Quadrate · Pfeil: −∇L.</translation>
    </message>
    <message>
        <source>{x_name} = {x}, {y_name} = {y}: loss {loss} (click to start the next run here)</source>
        <translation>{x_name} = {x}; {y_name} = {y}: Verlust {loss} (klicken, um den nächsten Lauf hier zu starten)</translation>
    </message>
    <message>
        <source>no number of steps can</source>
        <translation>keine Anzahl von Schritten kann</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 Schritt</translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <source>Working out the landscape…</source>
        <translation>Landschaft wird berechnet…</translation>
    </message>
    <message>
        <source>No landscape for this model: {reason}</source>
        <translation>Keine Landschaft für dieses Modell: {reason}</translation>
    </message>
</context>
<context>
    <name>LessonsPanel</name>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>The guided lesson to work through</source>
        <translation>Die geführte Lektion, die bearbeitet wird</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open a lesson file (.md) from disk: to try one you have written</source>
        <translation>Eine Lektionsdatei (.md) vom Datenträger öffnen: um eine selbst geschriebene auszuprobieren</translation>
    </message>
    <message>
        <source>Start This Lesson</source>
        <translation>Lektion starten</translation>
    </message>
    <message>
        <source>Open the lesson&apos;s data and settings</source>
        <translation>Öffnet die Daten und Einstellungen der Lektion</translation>
    </message>
    <message>
        <source>1 · Predict</source>
        <translation>1 · Vorhersagen</translation>
    </message>
    <message>
        <source>Your prediction</source>
        <translation>Ihre Vorhersage</translation>
    </message>
    <message>
        <source>your prediction (a number)</source>
        <translation>Ihre Vorhersage (eine Zahl)</translation>
    </message>
    <message>
        <source>Your prediction (a number)</source>
        <translation>Ihre Vorhersage (eine Zahl)</translation>
    </message>
    <message>
        <source>Lock In My Prediction</source>
        <translation>Vorhersage festlegen</translation>
    </message>
    <message>
        <source>Then run it and see</source>
        <translation>Dann starten und nachsehen</translation>
    </message>
    <message>
        <source>2 · Run</source>
        <translation>2 · Starten</translation>
    </message>
    <message>
        <source>Show the Answer</source>
        <translation>Antwort zeigen</translation>
    </message>
    <message>
        <source>3 · Explain</source>
        <translation>3 · Erklären</translation>
    </message>
    <message>
        <source>Next Lesson</source>
        <translation>Nächste Lektion</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>{done} von {total} erledigt</translation>
    </message>
    <message>
        <source>Data: {title}.</source>
        <translation>Daten: {title}.</translation>
    </message>
    <message>
        <source>Start Again</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(auswählen)</translation>
    </message>
    <message>
        <source>Working out the numbers on the data…</source>
        <translation>Die Zahlen werden aus den Daten berechnet…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Right.&lt;/b&gt; You said {given}; the answer is {answer}.</source>
        <translation>&lt;b&gt;Richtig.&lt;/b&gt; Sie sagten {given}; die Antwort ist {answer}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not this time.&lt;/b&gt; You said {given}; the answer is {answer}.</source>
        <translation>&lt;b&gt;Diesmal nicht.&lt;/b&gt; Sie sagten {given}; die Antwort ist {answer}.</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>A lesson could not be read: {problems}</source>
        <translation>Eine Lektion konnte nicht gelesen werden: {problems}</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Lektion öffnen</translation>
    </message>
    <message>
        <source>Lessons (*.md);;All files (*)</source>
        <translation>Lektionen (*.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Opening {title}…</source>
        <translation>{title} wird geöffnet…</translation>
    </message>
    <message>
        <source>η {rate}</source>
        <translation>η {rate}</translation>
    </message>
    <message>
        <source>standardised features</source>
        <translation>standardisierte Merkmale</translation>
    </message>
    <message>
        <source>degree {degree}</source>
        <translation>Grad {degree}</translation>
    </message>
    <message>
        <source>test fraction {fraction}</source>
        <translation>Testanteil {fraction}</translation>
    </message>
    <message>
        <source>Set up: {data}; {settings}.</source>
        <translation>Eingerichtet: {data}; {settings}.</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>Iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Minimum {loss}</source>
        <translation>Minimum {loss}</translation>
    </message>
</context>
<context>
    <name>MyLine</name>
    <message>
        <source>Drag to move your line through this point</source>
        <translation>Ziehen, um Ihre Gerade durch diesen Punkt zu legen</translation>
    </message>
    <message>
        <source>Load data first.</source>
        <translation>Laden Sie zuerst Daten.</translation>
    </message>
    <message>
        <source>My Line needs exactly one x column.</source>
        <translation>Meine Gerade braucht genau eine x-Spalte.</translation>
    </message>
    <message>
        <source>My line</source>
        <translation>Meine Gerade</translation>
    </message>
    <message>
        <source>My line (residuals of {count} random points)</source>
        <translation>Meine Gerade (Residuen von {count} zufälligen Punkten)</translation>
    </message>
    <message>
        <source>Squares ({count} random): r² × {factor} px²</source>
        <translation>Quadrate ({count} zufällige): r² × {factor} px²</translation>
    </message>
    <message>
        <source>Squares: r² × {factor} px²</source>
        <translation>Quadrate: r² × {factor} px²</translation>
    </message>
    <message>
        <source>Least squares</source>
        <translation>Kleinste Quadrate</translation>
    </message>
</context>
<context>
    <name>MyLinePanel</name>
    <message>
        <source>Sum of squared residuals of your line (bar) and of the least-squares line (black mark). The full bar is a flat line at the mean of y.</source>
        <translation>Summe der quadrierten Residuen Ihrer Geraden (Balken) und der Ausgleichsgeraden nach kleinsten Quadraten (schwarze Marke). Der volle Balken ist eine waagrechte Gerade auf Höhe des Mittelwerts von y.</translation>
    </message>
    <message>
        <source>Drag the round handles or the line itself. Try to make the sum of squared residuals as small as you can.</source>
        <translation>Ziehen Sie die runden Griffe oder die Gerade selbst. Versuchen Sie, die Summe der quadrierten Residuen so klein wie möglich zu machen.</translation>
    </message>
    <message>
        <source>Sum of squared residuals</source>
        <translation>Summe der quadrierten Residuen</translation>
    </message>
    <message>
        <source>Your line  ŷ = b + w·x</source>
        <translation>Ihre Gerade  ŷ = b + w·x</translation>
    </message>
    <message>
        <source>The slope w: type any number, e.g. {a} or -3e4</source>
        <translation>Die Steigung w: beliebige Zahl eingeben, z. B. {a} oder -3e4</translation>
    </message>
    <message>
        <source>Tilts the line about the middle of the data: fine steps near flat, and steep slopes at the ends</source>
        <translation>Kippt die Gerade um die Mitte der Daten: feine Schritte nahe der Waagrechten, steile Steigungen an den Enden</translation>
    </message>
    <message>
        <source>The intercept b (ŷ at x = 0)</source>
        <translation>Der Achsenabschnitt b (ŷ bei x = 0)</translation>
    </message>
    <message>
        <source>Shifts the line up or down; the slope stays</source>
        <translation>Verschiebt die Gerade nach oben oder unten; die Steigung bleibt</translation>
    </message>
    <message>
        <source>Slope w</source>
        <translation>Steigung w</translation>
    </message>
    <message>
        <source>Intercept b</source>
        <translation>Achsenabschnitt b</translation>
    </message>
    <message>
        <source>Start Again</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>A flat line at the mean of y</source>
        <translation>Eine waagrechte Gerade auf Höhe des Mittelwerts von y</translation>
    </message>
    <message>
        <source>Show squares</source>
        <translation>Quadrate zeigen</translation>
    </message>
    <message>
        <source>Each residual as a square on screen: its side is the residual in y-pixels, so its area is r² times a fixed factor (in the legend). Least squares makes their total area smallest.</source>
        <translation>Jedes Residuum als Quadrat auf dem Bildschirm: Seine Seite ist das Residuum in y-Pixeln, seine Fläche also r² mal ein fester Faktor (in der Legende). Die kleinsten Quadrate machen ihre Gesamtfläche am kleinsten.</translation>
    </message>
    <message>
        <source>Reveal Best Fit</source>
        <translation>Beste Anpassung zeigen</translation>
    </message>
    <message>
        <source>Show the least-squares line (dashed) and, with squares on, its squares</source>
        <translation>Zeigt die Gerade der kleinsten Quadrate (gestrichelt) und, bei eingeschalteten Quadraten, ihre Quadrate</translation>
    </message>
    <message>
        <source>Start Gradient Descent from My Line</source>
        <translation>Gradientenabstieg ab meiner Geraden</translation>
    </message>
    <message>
        <source>Run gradient descent starting from your slope and intercept (batch gradient descent if a closed-form method is chosen)</source>
        <translation>Startet den Gradientenabstieg bei Ihrer Steigung und Ihrem Achsenabschnitt (Batch-Gradientenabstieg, wenn ein geschlossenes Verfahren gewählt ist)</translation>
    </message>
    <message>
        <source>Guess the line</source>
        <translation>Gerade erraten</translation>
    </message>
    <message>
        <source>This data</source>
        <translation>Diese Daten</translation>
    </message>
    <message>
        <source>A round on the data shown, or on new points (replacing the data)</source>
        <translation>Eine Runde mit den angezeigten Daten oder mit neuen Punkten (ersetzen die Daten)</translation>
    </message>
    <message>
        <source>New Round</source>
        <translation>Neue Runde</translation>
    </message>
    <message>
        <source>Hide the answer and the sum of squares; place your line, then score it</source>
        <translation>Blendet die Antwort und die Quadratsumme aus; Gerade platzieren, dann bewerten</translation>
    </message>
    <message>
        <source>Score My Line</source>
        <translation>Gerade bewerten</translation>
    </message>
    <message>
        <source>Score: how far your sum of squares is above the least possible (0 % is perfect).</source>
        <translation>Bewertung: wie weit Ihre Quadratsumme über der kleinstmöglichen liegt (0 % ist perfekt).</translation>
    </message>
    <message>
        <source>Hidden until you score your line</source>
        <translation>Verborgen, bis Sie Ihre Gerade bewerten</translation>
    </message>
    <message>
        <source>Your SSR {ssr} · best {best}
{gap} above the least possible</source>
        <translation>Ihre SQR {ssr} · beste {best}
{gap} über der kleinstmöglichen</translation>
    </message>
    <message>
        <source>Each side is the residual measured on screen (1 y unit = {pixels} px at this zoom), so each area is r² × {area} px², whatever the x scale.</source>
        <translation>Jede Seite ist das auf dem Bildschirm gemessene Residuum (1 y-Einheit = {pixels} px bei diesem Zoom), jede Fläche also r² × {area} px², unabhängig von der x-Skala.</translation>
    </message>
    <message>
        <source>Place your line, then Score My Line</source>
        <translation>Gerade platzieren, dann „Gerade bewerten“</translation>
    </message>
    <message>
        <source>Round {round}. Scores so far: {scores}. Best: {best}.</source>
        <translation>Runde {round}. Bisherige Ergebnisse: {scores}. Bestes: {best}.</translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <source>the plot has no size to draw (is it laid out?)</source>
        <translation>das Diagramm hat keine Größe zum Zeichnen (ist es im Fenster angeordnet?)</translation>
    </message>
    <message>
        <source>could not write {path}</source>
        <translation>{path} konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>no suffix</source>
        <translation>ohne Endung</translation>
    </message>
    <message>
        <source>cannot save a plot as {suffix}: use .png or .svg</source>
        <translation>ein Diagramm kann nicht als {suffix} gespeichert werden: verwenden Sie .png oder .svg</translation>
    </message>
</context>
<context>
    <name>ResidualPlot</name>
    <message>
        <source>Fitted value ŷ</source>
        <translation>Angepasster Wert ŷ</translation>
    </message>
    <message>
        <source>Residual y − ŷ</source>
        <translation>Residuum y − ŷ</translation>
    </message>
    <message>
        <source>Possible outlier</source>
        <translation>Möglicher Ausreißer</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Residuum</translation>
    </message>
    <message>
        <source>Click a point to leave its row out of the fit; put it back from the Fit tab or the table.</source>
        <translation>Klicken Sie auf einen Punkt, um seine Zeile aus der Anpassung auszulassen; im Tab „Anpassung“ oder in der Tabelle nehmen Sie sie wieder auf.</translation>
    </message>
    <message>
        <source>Left out of fit</source>
        <translation>Nicht in der Anpassung</translation>
    </message>
</context>
<context>
    <name>SessionIO</name>
    <message>
        <source>Linear regression sessions (*{suffix});;All files (*)</source>
        <translation>Sitzungen der linearen Regression (*{suffix});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Load data first: there is no session to save.</source>
        <translation>Laden Sie zuerst Daten: Es gibt keine Sitzung zum Speichern.</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>Saved the session to {path}.</source>
        <translation>Sitzung gespeichert unter {path}.</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>{name} wird gespeichert…</translation>
    </message>
    <message>
        <source>the session</source>
        <translation>die Sitzung</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>The data are locked: cells cannot be edited.</source>
        <translation>Die Daten sind gesperrt: Zellen können nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(auswählen)</translation>
    </message>
    <message>
        <source>your prediction</source>
        <translation>Ihre Vorhersage</translation>
    </message>
    <message>
        <source>Show the Answers</source>
        <translation>Antworten zeigen</translation>
    </message>
    <message>
        <source>Answer first, then run, then look</source>
        <translation>Erst antworten, dann starten, dann nachsehen</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Richtig.</translation>
    </message>
    <message>
        <source>The answer: {answer}.</source>
        <translation>Die Antwort: {answer}.</translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message>
        <source>λ: eigenvalues of XᵀX/N. The loss&apos;s Hessian is 2XᵀX/N, so these are the textbook 2/λmax and 2/(λmin+λmax) of the Hessian.</source>
        <translation>λ: Eigenwerte von XᵀX/N. Die Hesse-Matrix des Verlusts ist 2XᵀX/N, dies sind also die 2/λmax und 2/(λmin+λmax) der Hesse-Matrix aus dem Lehrbuch.</translation>
    </message>
    <message>
        <source>converged in 1 step</source>
        <translation>in 1 Schritt konvergiert</translation>
    </message>
    <message>
        <source>diverged at step {step}</source>
        <translation>in Schritt {step} divergiert</translation>
    </message>
    <message numerus="yes">
        <source>converged in %n steps</source>
        <translation>
            <numerusform>in %n Schritt konvergiert</numerusform>
            <numerusform>in %n Schritten konvergiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not within the tolerance after the cap of %n steps</source>
        <translation>
            <numerusform>nach der Obergrenze von %n Schritt nicht innerhalb der Toleranz</numerusform>
            <numerusform>nach der Obergrenze von %n Schritten nicht innerhalb der Toleranz</numerusform>
        </translation>
    </message>
    <message>
        <source>Learning-rate sweep</source>
        <translation>Lernraten-Durchlauf</translation>
    </message>
    <message>
        <source>%v of %m learning rates</source>
        <translation>%v von %m Lernraten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sweep Again</source>
        <translation>Erneut durchlaufen</translation>
    </message>
    <message>
        <source>Sweep once more with the solver&apos;s settings now</source>
        <translation>Noch einmal mit den aktuellen Löser-Einstellungen durchlaufen</translation>
    </message>
    <message>
        <source>learning rate η (log scale)</source>
        <translation>Lernrate η (log. Skala)</translation>
    </message>
    <message>
        <source>steps to the tolerance (log scale)</source>
        <translation>Schritte bis zur Toleranz (log. Skala)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{method}&lt;/b&gt; from the same start at 30 learning rates, each run until it is within the tolerance of least squares. Running off the window&apos;s thread: the window stays usable.</source>
        <translation>&lt;b&gt;{method}&lt;/b&gt; vom selben Start mit 30 Lernraten, jeder Lauf, bis er innerhalb der Toleranz der kleinsten Quadrate liegt. Die Berechnung läuft im Hintergrund: Das Fenster bleibt bedienbar.</translation>
    </message>
    <message>
        <source>Sweep cancelled. Press Sweep Again to run it once more.</source>
        <translation>Durchlauf abgebrochen. Klicken Sie auf „Erneut durchlaufen“, um ihn noch einmal zu starten.</translation>
    </message>
    <message>
        <source>reached the tolerance</source>
        <translation>Toleranz erreicht</translation>
    </message>
    <message>
        <source>stopped at the cap</source>
        <translation>an der Obergrenze gestoppt</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergiert</translation>
    </message>
    <message>
        <source>fewest steps</source>
        <translation>wenigste Schritte</translation>
    </message>
    <message numerus="yes">
        <source>cap: %n steps</source>
        <translation>
            <numerusform>Obergrenze: %n Schritt</numerusform>
            <numerusform>Obergrenze: %n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>fastest 1/(λmin+λmax)</source>
        <translation>schnellste 1/(λmin+λmax)</translation>
    </message>
    <message>
        <source>plain descent&apos;s fastest 1/(λmin+λmax)</source>
        <translation>schnellste des einfachen Abstiegs 1/(λmin+λmax)</translation>
    </message>
    <message>
        <source>your η = {rate}</source>
        <translation>Ihre η = {rate}</translation>
    </message>
    <message>
        <source>The data or the model changed during the sweep, so its result is not shown. Press Sweep Again.</source>
        <translation>Daten oder Modell haben sich während des Durchlaufs geändert, daher wird sein Ergebnis nicht gezeigt. Klicken Sie auf „Erneut durchlaufen“.</translation>
    </message>
    <message>
        <source>η = {rate} is now set in the solver panel ({outcome} here). Press Run (F5) to watch that run.</source>
        <translation>η = {rate} ist jetzt im Löser eingestellt ({outcome} hier). Drücken Sie Starten (F5), um diesen Lauf anzusehen.</translation>
    </message>
    <message>
        <source>η = {rate}: {outcome}
click to use this η</source>
        <translation>η = {rate}: {outcome}
klicken, um diese η zu verwenden</translation>
    </message>
    <message>
        <source>&lt;b&gt;{method}&lt;/b&gt; at {count} learning rates from {low} to {high}: the steps each run needs to get within {tol} of least squares (stopping at your maximum of {cap} iterations). &lt;b&gt;Click a point&lt;/b&gt; to use its η.</source>
        <translation>&lt;b&gt;{method}&lt;/b&gt; mit {count} Lernraten von {low} bis {high}: die Schritte, die jeder Lauf braucht, um bis auf {tol} an die kleinsten Quadrate heranzukommen (Abbruch bei Ihrem Maximum von {cap} Iterationen). &lt;b&gt;Klicken Sie auf einen Punkt&lt;/b&gt;, um seine η zu verwenden.</translation>
    </message>
    <message>
        <source>Fewest steps: {count} at η = {rate}.</source>
        <translation>Wenigste Schritte: {count} bei η = {rate}.</translation>
    </message>
    <message>
        <source>No rate reached the tolerance within the cap: raise Max iterations, or tick Standardise features.</source>
        <translation>Keine Rate erreichte die Toleranz innerhalb der Obergrenze: Erhöhen Sie „Max. Iterationen“ oder kreuzen Sie „Merkmale standardisieren“ an.</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} diverged, from η = {rate} up.</source>
        <translation>
            <numerusform>%n von {total} divergierte, ab η = {rate}.</numerusform>
            <numerusform>%n von {total} divergierten, ab η = {rate}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adam has no fixed stable limit: its steps are about η each.</source>
        <translation>Adam hat keine feste Stabilitätsgrenze: Jeder seiner Schritte ist etwa η groß.</translation>
    </message>
    <message>
        <source>With mini-batches the stable limit is a guide.</source>
        <translation>Mit Mini-Batches ist die Stabilitätsgrenze ein Richtwert.</translation>
    </message>
    <message>
        <source>stable limit (1+μ)/λmax</source>
        <translation>Stabilitätsgrenze (1+μ)/λmax</translation>
    </message>
    <message>
        <source>stable limit 1/λmax</source>
        <translation>Stabilitätsgrenze 1/λmax</translation>
    </message>
</context>
</TS>
