<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a CSV, TSV, Excel or OpenDocument file</source>
        <translation>Eine CSV-, TSV-, Excel- oder OpenDocument-Datei öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Session…</source>
        <translation>&amp;Sitzung öffnen…</translation>
    </message>
    <message>
        <source>Open a .linreg session: its data, settings, view and last run</source>
        <translation>Eine .linreg-Sitzung öffnen: Daten, Einstellungen, Ansicht und letzter Lauf</translation>
    </message>
    <message>
        <source>Save Session…</source>
        <translation>Sitzung spei&amp;chern…</translation>
    </message>
    <message>
        <source>Save the data, edits, settings, view and last run as a .linreg file</source>
        <translation>Daten, Änderungen, Einstellungen, Ansicht und letzten Lauf als .linreg-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Generate Data…</source>
        <translation>Daten erzeu&amp;gen…</translation>
    </message>
    <message>
        <source>Make a noisy straight line to fit</source>
        <translation>Eine verrauschte Gerade zum Anpassen erzeugen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Run gradient descent, or pause it</source>
        <translation>Gradientenabstieg starten oder pausieren</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>Schri&amp;tt</translation>
    </message>
    <message>
        <source>Take one gradient-descent step</source>
        <translation>Einen Schritt des Gradientenabstiegs ausführen</translation>
    </message>
    <message>
        <source>Export Training &amp;Log (CSV)…</source>
        <translation>&amp;Trainingsprotokoll exportieren (CSV)…</translation>
    </message>
    <message>
        <source>Save iteration, loss, test loss and every coefficient at every k iterations of the run (View ▸ History Lines sets k) and its last</source>
        <translation>Iteration, Verlust, Testverlust und alle Koeffizienten alle k Iterationen des Laufs (Ansicht ▸ Verlaufslinien legt k fest) und am Ende speichern</translation>
    </message>
    <message>
        <source>Export Lab Re&amp;cord…</source>
        <translation>&amp;Laborprotokoll exportieren…</translation>
    </message>
    <message>
        <source>Save the session, training log, residuals, coefficients, every plot (PNG and SVG), the results and a Python script in one folder or zip</source>
        <translation>Sitzung, Trainingsprotokoll, Residuen, Koeffizienten, alle Diagramme (PNG und SVG), die Ergebnisse und ein Python-Skript in einem Ordner oder ZIP speichern</translation>
    </message>
    <message>
        <source>Step &amp;Back</source>
        <translation>Schritt zu&amp;rück</translation>
    </message>
    <message>
        <source>Go back one iteration: every view shows it (the run pauses)</source>
        <translation>Eine Iteration zurück: alle Ansichten zeigen sie (der Lauf pausiert)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>St&amp;oppen</translation>
    </message>
    <message>
        <source>Stop the run where it is</source>
        <translation>Den Lauf an dieser Stelle stoppen</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the starting line (w = 0, b = 0)</source>
        <translation>Zurück zur Startgeraden (w = 0, b = 0)</translation>
    </message>
    <message>
        <source>&amp;Compare Solvers…</source>
        <translation>Löser &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Least squares by QR, inv(XᵀX), lstsq and polyfit side by side</source>
        <translation>Kleinste Quadrate mit QR, inv(XᵀX), lstsq und polyfit nebeneinander</translation>
    </message>
    <message>
        <source>S&amp;weep Learning Rates…</source>
        <translation>&amp;Lernraten durchprobieren…</translation>
    </message>
    <message>
        <source>Run the method at 30 learning rates and plot the steps each needs</source>
        <translation>Das Verfahren mit 30 Lernraten ausführen und die jeweils nötigen Schritte zeichnen</translation>
    </message>
    <message>
        <source>&amp;Export Python Code…</source>
        <translation>&amp;Python-Code exportieren…</translation>
    </message>
    <message>
        <source>Save a script that refits these rows with NumPy and asks scikit-learn</source>
        <translation>Ein Skript speichern, das diese Zeilen mit NumPy neu anpasst und mit scikit-learn vergleicht</translation>
    </message>
    <message>
        <source>Copy &amp;Results</source>
        <translation>E&amp;rgebnisse kopieren</translation>
    </message>
    <message>
        <source>Copy the coefficient table and metrics (paste into a spreadsheet)</source>
        <translation>Koeffiziententabelle und Kennzahlen kopieren (zum Einfügen in eine Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>&amp;Save Plot…</source>
        <translation>&amp;Diagramm speichern…</translation>
    </message>
    <message>
        <source>Save the shown plot as PNG or SVG</source>
        <translation>Das angezeigte Diagramm als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>Copy &amp;Plot</source>
        <translation>Diagramm &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the shown plot as an image</source>
        <translation>Das angezeigte Diagramm als Bild kopieren</translation>
    </message>
    <message>
        <source>Copy Plot &amp;Data</source>
        <translation>Di&amp;agrammdaten kopieren</translation>
    </message>
    <message>
        <source>Copy the shown plot&apos;s series as tab-separated numbers (series, x, y)</source>
        <translation>Die Reihen des angezeigten Diagramms als tabulatorgetrennte Zahlen kopieren (Reihe, x, y)</translation>
    </message>
    <message>
        <source>Show &amp;Least-Squares Line</source>
        <translation>&amp;Kleinste-Quadrate-Gerade anzeigen</translation>
    </message>
    <message>
        <source>Show the closed-form answer as a dashed line</source>
        <translation>Die exakte Lösung als gestrichelte Linie zeigen</translation>
    </message>
    <message>
        <source>&amp;My Line</source>
        <translation>&amp;Meine Gerade</translation>
    </message>
    <message>
        <source>Set a line by hand, see its squared residuals, guess the best line</source>
        <translation>Eine Gerade von Hand legen, ihre quadrierten Residuen sehen, die beste Gerade erraten</translation>
    </message>
    <message>
        <source>Confidence and &amp;Prediction Bands</source>
        <translation>Konfidenz- und &amp;Vorhersagebänder</translation>
    </message>
    <message>
        <source>Shade the 95 % band for the mean and for new observations around the least-squares line</source>
        <translation>Das 95-%-Band für den Mittelwert und für neue Beobachtungen um die Kleinste-Quadrate-Gerade schattieren</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change to the data: a point moved or added, a cell edited, rows left out</source>
        <translation>Die letzte Änderung an den Daten rückgängig machen: verschobener oder hinzugefügter Punkt, bearbeitete Zelle, ausgelassene Zeilen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Die zuletzt rückgängig gemachte Änderung wiederholen</translation>
    </message>
    <message>
        <source>&amp;Logarithmic Loss Axis</source>
        <translation>&amp;Logarithmische Verlustachse</translation>
    </message>
    <message>
        <source>Log scale for the loss</source>
        <translation>Logarithmische Skala für den Verlust</translation>
    </message>
    <message>
        <source>&amp;Focus on Plots</source>
        <translation>Nur &amp;Diagramme</translation>
    </message>
    <message>
        <source>Hide the side panels to give the plots the room; again to bring them back</source>
        <translation>Die Seitenleisten ausblenden, damit die Diagramme Platz haben; erneut, um sie zurückzuholen</translation>
    </message>
    <message>
        <source>Presentation &amp;Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Full screen, large type, thick lines, high contrast and the iteration, loss and equation in a banner: for a projector</source>
        <translation>Vollbild, große Schrift, dicke Linien, hoher Kontrast und Iteration, Verlust und Gleichung in einem Banner: für den Beamer</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Larger text, lines and dots in every pane, plots included</source>
        <translation>Größere Schrift, Linien und Punkte in allen Bereichen, Diagramme eingeschlossen</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Verklei&amp;nern</translation>
    </message>
    <message>
        <source>Smaller text, lines and dots in every pane</source>
        <translation>Kleinere Schrift, Linien und Punkte in allen Bereichen</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Back to 100 % (150 % in presentation mode)</source>
        <translation>Zurück auf 100 % (150 % im Präsentationsmodus)</translation>
    </message>
    <message>
        <source>L&amp;essons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>Guided lessons: predict, run, then see why (progress is kept)</source>
        <translation>Geführte Lektionen: vorhersagen, starten, dann verstehen, warum (der Fortschritt bleibt erhalten)</translation>
    </message>
    <message>
        <source>&amp;Quick Guide</source>
        <translation>&amp;Kurzanleitung</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every command that has a key, and what it does</source>
        <translation>Alle Befehle mit Tastenkürzel und was sie tun</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>&amp;About linreg-gui</source>
        <translation>Ü&amp;ber linreg-gui</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
</context>
<context>
    <name>ColumnPicker</name>
    <message>
        <source>&amp;Response (y)</source>
        <translation>&amp;Zielgröße (y)</translation>
    </message>
    <message>
        <source>Choose a column</source>
        <translation>Spalte wählen</translation>
    </message>
    <message>
        <source>The column the model predicts.</source>
        <translation>Die Spalte, die das Modell vorhersagt.</translation>
    </message>
    <message>
        <source>&amp;Predictors (x)</source>
        <translation>&amp;Prädiktoren (x)</translation>
    </message>
    <message>
        <source>Tick the columns the model uses to predict y.</source>
        <translation>Die Spalten ankreuzen, mit denen das Modell y vorhersagt.</translation>
    </message>
    <message>
        <source>Predict &apos;{name}&apos;.</source>
        <translation>„{name}“ vorhersagen.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not numeric: {detail}.</source>
        <translation>„{name}“ ist nicht numerisch: {detail}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is the response (y); a column cannot also predict itself.</source>
        <translation>„{name}“ ist die Zielgröße (y); eine Spalte kann sich nicht selbst vorhersagen.</translation>
    </message>
    <message>
        <source>Use &apos;{name}&apos; to predict y.</source>
        <translation>„{name}“ zur Vorhersage von y verwenden.</translation>
    </message>
    <message>
        <source>Open a data set to choose its columns.</source>
        <translation>Öffnen Sie einen Datensatz, um seine Spalten zu wählen.</translation>
    </message>
    <message>
        <source>A model needs at least two numeric columns: one y and one x.</source>
        <translation>Ein Modell braucht mindestens zwei numerische Spalten: ein y und ein x.</translation>
    </message>
    <message>
        <source>Choose the column to predict.</source>
        <translation>Wählen Sie die vorherzusagende Spalte.</translation>
    </message>
    <message>
        <source>Tick at least one predictor.</source>
        <translation>Kreuzen Sie mindestens einen Prädiktor an.</translation>
    </message>
    <message>
        <source>{name}  (text)</source>
        <translation>{name}  (Text)</translation>
    </message>
</context>
<context>
    <name>DataOpener</name>
    <message>
        <source>1 iteration</source>
        <translation>1 Iteration</translation>
    </message>
    <message>
        <source>{count} iterations</source>
        <translation>{count} Iterationen</translation>
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
        <source>{example}: opened with its settings ({settings}).</source>
        <translation>{example}: mit seinen Einstellungen geöffnet ({settings}).</translation>
    </message>
    <message>
        <source>{why} Showing the example “{example}” instead.</source>
        <translation>{why} Stattdessen wird das Beispiel „{example}“ gezeigt.</translation>
    </message>
    <message>
        <source>Learning rate set to {after} for this example: {before} is above its stable limit and the run would explode. Raise it again to watch that happen.</source>
        <translation>Lernrate für dieses Beispiel auf {after} gesetzt: {before} liegt über der Stabilitätsgrenze, und der Lauf würde explodieren. Erhöhen Sie sie wieder, um das zu beobachten.</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>Data table</source>
        <translation>Datentabelle</translation>
    </message>
    <message>
        <source>The rows of the data: edit a cell to change a value; Ctrl+E leaves the selected rows out of the fit</source>
        <translation>Die Zeilen der Daten: eine Zelle bearbeiten, um einen Wert zu ändern; Strg+E lässt die ausgewählten Zeilen bei der Anpassung weg</translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <source>predictor (x)</source>
        <translation>Prädiktor (x)</translation>
    </message>
    <message>
        <source>response (y)</source>
        <translation>Zielgröße (y)</translation>
    </message>
    <message>
        <source>case weights</source>
        <translation>Fallgewichte</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>ist keine Zahl</translation>
    </message>
    <message>
        <source>is infinite; only finite numbers can be fitted</source>
        <translation>ist unendlich; nur endliche Zahlen lassen sich anpassen</translation>
    </message>
    <message>
        <source>Left out of the fit: &apos;{name}&apos; is missing.</source>
        <translation>Bei der Anpassung weggelassen: „{name}“ fehlt.</translation>
    </message>
    <message>
        <source>Left out of the fit: {names} are missing.</source>
        <translation>Bei der Anpassung weggelassen: {names} fehlen.</translation>
    </message>
    <message>
        <source>Left out of the fit.</source>
        <translation>Bei der Anpassung weggelassen.</translation>
    </message>
    <message>
        <source>it holds text</source>
        <translation>sie enthält Text</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not numeric ({reason}), so it cannot be fitted.</source>
        <translation>„{name}“ ist nicht numerisch ({reason}) und kann daher nicht angepasst werden.</translation>
    </message>
    <message>
        <source>Missing value in &apos;{name}&apos;, row {row}.</source>
        <translation>Fehlender Wert in „{name}“, Zeile {row}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not numeric: {reason}.</source>
        <translation>„{name}“ ist nicht numerisch: {reason}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: numeric, used as the {role}.</source>
        <translation>„{name}“: numerisch, verwendet als {role}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: numeric, not used in the model.</source>
        <translation>„{name}“: numerisch, nicht im Modell verwendet.</translation>
    </message>
    <message>
        <source>Column &apos;{name}&apos; is not numeric, so its cells cannot be edited here.</source>
        <translation>Die Spalte „{name}“ ist nicht numerisch; ihre Zellen lassen sich hier nicht bearbeiten.</translation>
    </message>
    <message>
        <source>Row {row}, column &apos;{name}&apos;: &apos;{text}&apos; {reason}. Type a number such as 3.14 (or 3,14), or leave the cell empty for a missing value.</source>
        <translation>Zeile {row}, Spalte „{name}“: „{text}“ {reason}. Geben Sie eine Zahl wie 3,14 (oder 3.14) ein, oder lassen Sie die Zelle für einen fehlenden Wert leer.</translation>
    </message>
    <message>
        <source>Leave Selected Rows Out of the Fit</source>
        <translation>Ausgewählte Zeilen bei der Anpassung weglassen</translation>
    </message>
    <message>
        <source>Fit without these rows, e.g. an outlier: watch the line move</source>
        <translation>Ohne diese Zeilen anpassen, z. B. einen Ausreißer: sehen Sie zu, wie sich die Gerade bewegt</translation>
    </message>
    <message>
        <source>Put Selected Rows Back</source>
        <translation>Ausgewählte Zeilen wieder aufnehmen</translation>
    </message>
    <message>
        <source>Put All Rows Back</source>
        <translation>Alle Zeilen wieder aufnehmen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <source>Drop to open
{name}</source>
        <translation>Zum Öffnen loslassen
{name}</translation>
    </message>
</context>
<context>
    <name>FitView</name>
    <message>
        <source>{method} reaches its answer in one step, so there is no loss curve to watch.
Choose a gradient-descent method to see the loss fall step by step.</source>
        <translation>{method} kommt in einem Schritt zur Lösung, daher gibt es keine Verlustkurve.
Wählen Sie ein Gradientenabstiegsverfahren, um den Verlust Schritt für Schritt sinken zu sehen.</translation>
    </message>
    <message>
        <source>iteration {n} · loss {loss}</source>
        <translation>Iteration {n} · Verlust {loss}</translation>
    </message>
    <message>
        <source>Every {k} (hover a line)</source>
        <translation>Alle {k} (Maus über eine Linie)</translation>
    </message>
    <message>
        <source>History (hover a line)</source>
        <translation>Verlauf (Maus über eine Linie)</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Watch a line learn</source>
        <translation>Einer Geraden beim Lernen zusehen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data.&lt;/b&gt; An example is loaded. Open your own CSV, TSV, Excel or OpenDocument file with &lt;i&gt;File ▸ Open&lt;/i&gt; (Ctrl+O), or drag it onto the window. Pick the response &lt;i&gt;y&lt;/i&gt; and one or more predictors &lt;i&gt;x&lt;/i&gt; on the left.</source>
        <translation>&lt;b&gt;Daten.&lt;/b&gt; Ein Beispiel ist geladen. Öffnen Sie Ihre eigene CSV-, TSV-, Excel- oder OpenDocument-Datei mit &lt;i&gt;Datei ▸ Öffnen&lt;/i&gt; (Strg+O) oder ziehen Sie sie auf das Fenster. Wählen Sie links die Zielgröße &lt;i&gt;y&lt;/i&gt; und einen oder mehrere Prädiktoren &lt;i&gt;x&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run.&lt;/b&gt; Press &lt;i&gt;Run&lt;/i&gt; (F5). Gradient descent starts from the flat line ŷ = 0·x + 0 and takes steps w ← w − η·∂L/∂w down the mean squared error L = (1/N)·Σ(y − ŷ)². The loss curve on the right falls as the line settles on the dashed least-squares answer. &lt;i&gt;Step&lt;/i&gt; (F10) takes one step at a time; &lt;i&gt;Stop&lt;/i&gt; (Esc) ends the run; &lt;i&gt;Reset&lt;/i&gt; (Ctrl+R) starts over.</source>
        <translation>&lt;b&gt;Starten.&lt;/b&gt; Drücken Sie &lt;i&gt;Starten&lt;/i&gt; (F5). Der Gradientenabstieg beginnt bei der waagerechten Geraden ŷ = 0·x + 0 und geht in Schritten w ← w − η·∂L/∂w den mittleren quadratischen Fehler L = (1/N)·Σ(y − ŷ)² hinab. Die Verlustkurve rechts fällt, während sich die Gerade auf die gestrichelte Kleinste-Quadrate-Lösung legt. &lt;i&gt;Schritt&lt;/i&gt; (F10) geht einen Schritt nach dem anderen; &lt;i&gt;Stoppen&lt;/i&gt; (Esc) beendet den Lauf; &lt;i&gt;Zurücksetzen&lt;/i&gt; (Strg+R) fängt von vorn an.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Learning rate.&lt;/b&gt; The solver panel shows the largest stable learning rate for your data. Go above it and the run explodes (it stops and tells you why); go far below and it crawls. &lt;i&gt;Standardise features&lt;/i&gt; fixes the crawl.</source>
        <translation>&lt;b&gt;Lernrate.&lt;/b&gt; Der Bereich &lt;i&gt;Löser&lt;/i&gt; zeigt die größte stabile Lernrate für Ihre Daten. Darüber explodiert der Lauf (er stoppt und sagt, warum); weit darunter kriecht er. &lt;i&gt;Merkmale standardisieren&lt;/i&gt; hilft gegen das Kriechen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Beyond a line.&lt;/b&gt; Raise the polynomial degree, add predictors, try ridge and lasso, hold back a test set, and read R² in the results.</source>
        <translation>&lt;b&gt;Mehr als eine Gerade.&lt;/b&gt; Erhöhen Sie den Polynomgrad, nehmen Sie Prädiktoren hinzu, probieren Sie Ridge und Lasso, halten Sie Testdaten zurück und lesen Sie R² in den Ergebnissen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Outliers.&lt;/b&gt; Click a point to leave it out of the fit (it turns hollow) and watch the least-squares line move; click it again to put it back. The &lt;i&gt;Residuals&lt;/i&gt; tab rings points more than two standard deviations off the line; click one there to leave it out too. Try the odd point in &lt;i&gt;Anscombe III&lt;/i&gt;.</source>
        <translation>&lt;b&gt;Ausreißer.&lt;/b&gt; Klicken Sie auf einen Punkt, um ihn bei der Anpassung wegzulassen (er wird hohl), und sehen Sie, wie sich die Kleinste-Quadrate-Gerade bewegt; ein weiterer Klick nimmt ihn wieder auf. Der Reiter &lt;i&gt;Residuen&lt;/i&gt; umkreist Punkte, die mehr als zwei Standardabweichungen von der Geraden entfernt liegen; ein Klick dort lässt sie ebenfalls weg. Probieren Sie den Ausreißer in &lt;i&gt;Anscombe III&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why the solver matters.&lt;/b&gt; &lt;i&gt;Run ▸ Compare Solvers&lt;/i&gt; fits the data with QR, inv(XᵀX), lstsq and polyfit. Try it on the NIST Filip example.</source>
        <translation>&lt;b&gt;Warum der Löser zählt.&lt;/b&gt; &lt;i&gt;Ausführen ▸ Löser vergleichen&lt;/i&gt; passt die Daten mit QR, inv(XᵀX), lstsq und polyfit an. Probieren Sie es am NIST-Beispiel Filip aus.</translation>
    </message>
    <message>
        <source>Nothing here needs a network connection.</source>
        <translation>Nichts davon braucht eine Netzwerkverbindung.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>About linreg-gui</source>
        <translation>Über linreg-gui</translation>
    </message>
    <message>
        <source>Watch linear regression learn: least squares, gradient descent, ridge and lasso, with every number checked against certified values.</source>
        <translation>Lineare Regression beim Lernen zusehen: kleinste Quadrate, Gradientenabstieg, Ridge und Lasso, jede Zahl an zertifizierten Werten geprüft.</translation>
    </message>
    <message>
        <source>Free software under the BSD 3-Clause licence. Works offline.</source>
        <translation>Freie Software unter der BSD-3-Clause-Lizenz. Funktioniert offline.</translation>
    </message>
    <message>
        <source>Quick guide</source>
        <translation>Kurzanleitung</translation>
    </message>
</context>
<context>
    <name>LogSpinBox</name>
    <message>
        <source>it must be above 0</source>
        <translation>muss größer als 0 sein</translation>
    </message>
    <message>
        <source>it cannot be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>the largest allowed is {limit}</source>
        <translation>höchstens {limit}</translation>
    </message>
    <message>
        <source>the smallest allowed is {limit}</source>
        <translation>mindestens {limit}</translation>
    </message>
    <message>
        <source>{value} is not possible here ({why}): using {used}.</source>
        <translation>{value} ist hier nicht möglich ({why}): {used} wird verwendet.</translation>
    </message>
    <message>
        <source>it must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Converged</source>
        <translation>Konvergiert</translation>
    </message>
    <message>
        <source>Stopped at max iterations</source>
        <translation>Bei max. Iterationen gestoppt</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Vorzeitig gestoppt</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation>Divergiert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>konvergiert</translation>
    </message>
    <message>
        <source>stopped at max iterations</source>
        <translation>bei max. Iterationen gestoppt</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>vorzeitig gestoppt</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergiert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>Linear Regression</source>
        <translation>Lineare Regression</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Solver</source>
        <translation>Löser</translation>
    </message>
    <message>
        <source>Every k iterations (View ▸ History) a run logs its loss here, as the tutorials print it.</source>
        <translation>Alle k Iterationen (Ansicht ▸ Verlaufslinien) schreibt ein Lauf hier seinen Verlust auf, so wie ihn die Tutorials ausgeben.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Training log</source>
        <translation>Trainingsprotokoll</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Vorbereitung…</translation>
    </message>
    <message>
        <source>Put all rows back</source>
        <translation>Alle Zeilen wieder aufnehmen</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>Daten öffnen</translation>
    </message>
    <message>
        <source>Data files ({patterns});;All files (*)</source>
        <translation>Datendateien ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Load data and choose columns first.</source>
        <translation>Laden Sie zuerst Daten und wählen Sie die Spalten.</translation>
    </message>
    <message>
        <source>Comparing the solvers…</source>
        <translation>Löser werden verglichen…</translation>
    </message>
    <message>
        <source>Choose a gradient method to sweep its η.</source>
        <translation>Wählen Sie ein Gradientenverfahren, um dessen η durchzuprobieren.</translation>
    </message>
    <message>
        <source>The fit is being updated; export again once it is shown.</source>
        <translation>Die Anpassung wird aktualisiert; exportieren Sie erneut, sobald sie angezeigt wird.</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>{name} wird gespeichert…</translation>
    </message>
    <message>
        <source>the code</source>
        <translation>den Code</translation>
    </message>
    <message>
        <source>Export training log</source>
        <translation>Trainingsprotokoll exportieren</translation>
    </message>
    <message>
        <source>Run gradient descent first: no run to log.</source>
        <translation>Starten Sie zuerst den Gradientenabstieg: Es gibt keinen Lauf zum Protokollieren.</translation>
    </message>
    <message>
        <source>the plot</source>
        <translation>das Diagramm</translation>
    </message>
    <message>
        <source>Plot copied to the clipboard</source>
        <translation>Diagramm in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Plot data copied: 1 row of series, x, y (tab-separated)</source>
        <translation>Diagrammdaten kopiert: 1 Zeile mit Reihe, x, y (tabulatorgetrennt)</translation>
    </message>
    <message>
        <source>Plot data copied: {rows} rows of series, x, y (tab-separated)</source>
        <translation>Diagrammdaten kopiert: {rows} Zeilen mit Reihe, x, y (tabulatorgetrennt)</translation>
    </message>
    <message>
        <source>Iteration {n}</source>
        <translation>Iteration {n}</translation>
    </message>
    <message>
        <source>Loss {loss}</source>
        <translation>Verlust {loss}</translation>
    </message>
    <message>
        <source>MSE {mse}</source>
        <translation>MSE {mse}</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The window will be in {name} the next time linreg-gui starts.</source>
        <translation>Beim nächsten Start von linreg-gui erscheint das Fenster in dieser Sprache: {name}.</translation>
    </message>
    <message>
        <source>Zoom {percent}</source>
        <translation>Zoom {percent}</translation>
    </message>
    <message>
        <source>My Line</source>
        <translation>Meine Gerade</translation>
    </message>
    <message>
        <source>Load data and choose the columns first.</source>
        <translation>Laden Sie zuerst Daten und wählen Sie die Spalten.</translation>
    </message>
    <message>
        <source>Set a line by hand, see its squared residuals (Ctrl+M)</source>
        <translation>Eine Gerade von Hand legen und ihre quadrierten Residuen sehen (Strg+M)</translation>
    </message>
    <message>
        <source>My Line is off: {reason}</source>
        <translation>Meine Gerade ist aus: {reason}</translation>
    </message>
    <message>
        <source>History lines</source>
        <translation>Verlaufslinien</translation>
    </message>
    <message>
        <source>Draw and log the line every k iterations, k =</source>
        <translation>Gerade alle k Iterationen zeichnen und protokollieren, k =</translation>
    </message>
    <message>
        <source>Row {row} left out of the fit: click its hollow point on the Fit tab to put it back.</source>
        <translation>Zeile {row} bei der Anpassung weggelassen: Klicken Sie im Reiter Anpassung auf ihren hohlen Punkt, um sie wieder aufzunehmen.</translation>
    </message>
    <message>
        <source>Row {row} is back in the fit.</source>
        <translation>Zeile {row} ist wieder in der Anpassung.</translation>
    </message>
    <message>
        <source>Polynomial degree needs exactly one x column</source>
        <translation>Der Polynomgrad braucht genau eine x-Spalte</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>{name} — Linear Regression</source>
        <translation>{name} — Lineare Regression</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} Zeilen</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Nicht bereit</translation>
    </message>
    <message>
        <source>{method} · press Run (F5)</source>
        <translation>{method} · Starten drücken (F5)</translation>
    </message>
    <message>
        <source>{method}: press Run (F5) or Step (F10)</source>
        <translation>{method}: Starten (F5) oder Schritt (F10) drücken</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>{name} wird geladen…</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;History Lines</source>
        <translation>Verl&amp;aufslinien</translation>
    </message>
    <message>
        <source>Every k Iterations…</source>
        <translation>Alle k Iterationen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Every {k} Iterations (Change…)</source>
        <translation>Alle {k} Iterationen (ändern…)</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Every 1 iteration</source>
        <translation>Jede Iteration</translation>
    </message>
    <message>
        <source>Every {k} iterations</source>
        <translation>Alle {k} Iterationen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>B&amp;eispiele</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Open a bundled example data set</source>
        <translation>Einen mitgelieferten Beispieldatensatz öffnen</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Dismiss this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>&lt;b&gt;linreg-gui hit an unexpected error.&lt;/b&gt;&lt;br&gt;Your data and settings are still open; you can keep working.&lt;br&gt;The details were written to &lt;code&gt;{path}&lt;/code&gt;.</source>
        <translation>&lt;b&gt;In linreg-gui ist ein unerwarteter Fehler aufgetreten.&lt;/b&gt;&lt;br&gt;Ihre Daten und Einstellungen sind noch geöffnet; Sie können weiterarbeiten.&lt;br&gt;Die Details stehen in &lt;code&gt;{path}&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
</context>
<context>
    <name>PlotArea</name>
    <message>
        <source>Fit</source>
        <translation>Anpassung</translation>
    </message>
    <message>
        <source>Residuals</source>
        <translation>Residuen</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landschaft</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Residuals vs fitted, normal Q-Q, residuals vs leverage with Cook&apos;s distance, and a histogram of the residuals</source>
        <translation>Residuen gegen angepasste Werte, Normal-Q-Q-Plot, Residuen gegen Hebelwerte mit Cook-Distanz und ein Histogramm der Residuen</translation>
    </message>
    <message>
        <source>The data, the current line and the least-squares answer</source>
        <translation>Die Daten, die aktuelle Gerade und die Kleinste-Quadrate-Lösung</translation>
    </message>
    <message>
        <source>Residuals y − ŷ against fitted values: look for curves and outliers</source>
        <translation>Residuen y − ŷ gegen angepasste Werte: auf Krümmungen und Ausreißer achten</translation>
    </message>
    <message>
        <source>The loss over two coefficients, with the path gradient descent takes</source>
        <translation>Der Verlust über zwei Koeffizienten, mit dem Weg des Gradientenabstiegs</translation>
    </message>
    <message>
        <source>Preparing the plot…</source>
        <translation>Diagramm wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Equation</source>
        <translation>Gleichung</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the coefficients and metrics with every digit: tab-separated for spreadsheets, and as a table for documents.</source>
        <translation>Koeffizienten und Kennzahlen mit allen Stellen kopieren: tabulatorgetrennt für Tabellenkalkulationen und als Tabelle für Dokumente.</translation>
    </message>
    <message>
        <source>Coefficients</source>
        <translation>Koeffizienten</translation>
    </message>
    <message>
        <source>Each coefficient&apos;s estimate, and with least squares its standard error, t value, p value and 95 % interval</source>
        <translation>Schätzwert jedes Koeffizienten und bei kleinsten Quadraten sein Standardfehler, t-Wert, p-Wert und 95-%-Intervall</translation>
    </message>
    <message>
        <source>Goodness of fit</source>
        <translation>Anpassungsgüte</translation>
    </message>
    <message>
        <source>R², adjusted R², MSE, RMSE, MAE and the rows used</source>
        <translation>R², korrigiertes R², MSE, RMSE, MAE und die verwendeten Zeilen</translation>
    </message>
    <message>
        <source>No fit yet. The coefficients, R² and errors appear here as soon as the line starts to move.</source>
        <translation>Noch keine Anpassung. Koeffizienten, R² und Fehler erscheinen hier, sobald sich die Gerade bewegt.</translation>
    </message>
    <message>
        <source>Standard errors, t, p and confidence intervals come from least-squares theory; this method does not provide them.</source>
        <translation>Standardfehler, t, p und Konfidenzintervalle stammen aus der Theorie der kleinsten Quadrate; dieses Verfahren liefert sie nicht.</translation>
    </message>
    <message>
        <source>Gradient descent paused at iteration {n}</source>
        <translation>Gradientenabstieg bei Iteration {n} pausiert</translation>
    </message>
    <message>
        <source>Gradient descent running: iteration {n}</source>
        <translation>Gradientenabstieg läuft: Iteration {n}</translation>
    </message>
    <message>
        <source>Estimates so far.  Standard errors and p-values need a finished least-squares fit; MAE is worked out when the run stops.</source>
        <translation>Bisherige Schätzwerte.  Standardfehler und p-Werte brauchen eine fertige Kleinste-Quadrate-Anpassung; der MAE wird berechnet, wenn der Lauf endet.</translation>
    </message>
    <message>
        <source>1 row with a missing value left out.</source>
        <translation>1 Zeile mit fehlendem Wert weggelassen.</translation>
    </message>
    <message>
        <source>{count} rows with a missing value left out.</source>
        <translation>{count} Zeilen mit fehlendem Wert weggelassen.</translation>
    </message>
</context>
<context>
    <name>ResultsTables</name>
    <message>
        <source>Signif. codes:  *** p &lt; 0.001   ** p &lt; 0.01   * p &lt; 0.05   . p &lt; 0.1</source>
        <translation>Signifikanzcodes:  *** p &lt; 0,001   ** p &lt; 0,01   * p &lt; 0,05   . p &lt; 0,1</translation>
    </message>
    <message>
        <source>p-value: if this coefficient were really 0, the chance of an estimate at least this far from 0.  Small p (say below 0.05) is evidence that the term helps predict y.  It is not the chance that the coefficient is 0, and it says nothing about how large the effect is.</source>
        <translation>p-Wert: Wäre dieser Koeffizient wirklich 0, die Wahrscheinlichkeit für einen Schätzwert, der mindestens so weit von 0 entfernt liegt.  Ein kleines p (etwa unter 0,05) spricht dafür, dass der Term hilft, y vorherzusagen.  Es ist nicht die Wahrscheinlichkeit, dass der Koeffizient 0 ist, und sagt nichts darüber, wie groß der Effekt ist.</translation>
    </message>
    <message>
        <source>95% confidence interval: a range of plausible values for the coefficient.  Built this way from many samples, 95% of such intervals would contain the true value.  An interval that excludes 0 goes with p &lt; 0.05.</source>
        <translation>95-%-Konfidenzintervall: ein Bereich plausibler Werte für den Koeffizienten.  Aus vielen Stichproben so gebildet, enthielten 95 % solcher Intervalle den wahren Wert.  Ein Intervall ohne die 0 geht mit p &lt; 0,05 einher.</translation>
    </message>
    <message>
        <source>R²: share of the variance of y the model explains: 1 = perfect, 0 = no better than predicting the mean, negative = worse than the mean.</source>
        <translation>R² (Bestimmtheitsmaß): Anteil der Varianz von y, den das Modell erklärt: 1 = perfekt, 0 = nicht besser als der Mittelwert, negativ = schlechter als der Mittelwert.</translation>
    </message>
    <message>
        <source>R² without an intercept is uncentred (1 − SSres/Σy², as R reports it): it compares the model with predicting 0, not the mean, so it is not comparable with the R² of a model that has an intercept.</source>
        <translation>R² ohne Achsenabschnitt ist unzentriert (1 − SSres/Σy², wie R es ausgibt): Es vergleicht das Modell mit der Vorhersage 0, nicht mit dem Mittelwert, und ist daher nicht mit dem R² eines Modells mit Achsenabschnitt vergleichbar.</translation>
    </message>
    <message>
        <source>Adjusted R²: R² with a penalty for each coefficient.  Adding any term never lowers R², but adjusted R² rises only if the term improves the fit more than chance would, so use it to compare models with different numbers of terms.</source>
        <translation>Korrigiertes R²: R² mit einem Abzug für jeden Koeffizienten.  Ein zusätzlicher Term senkt R² nie, das korrigierte R² steigt aber nur, wenn der Term die Anpassung stärker verbessert als der Zufall; es eignet sich daher zum Vergleich von Modellen mit unterschiedlich vielen Termen.</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>The model&apos;s terms; (Intercept) is the constant b0.</source>
        <translation>Die Terme des Modells; (Intercept) ist die Konstante b0, der Achsenabschnitt.</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzwert</translation>
    </message>
    <message>
        <source>The fitted coefficient: how much the prediction changes when this x grows by 1 and the other x stay fixed.  For (Intercept): the prediction when every x is 0.</source>
        <translation>Der angepasste Koeffizient: wie stark sich die Vorhersage ändert, wenn dieses x um 1 wächst und die anderen x gleich bleiben.  Für (Intercept): die Vorhersage, wenn alle x gleich 0 sind.</translation>
    </message>
    <message>
        <source>Std. Error</source>
        <translation>Std.-Fehler</translation>
    </message>
    <message>
        <source>Standard error: how much the estimate would vary from sample to sample.  Least squares computes it from the residuals; other methods leave it blank.</source>
        <translation>Standardfehler: wie stark der Schätzwert von Stichprobe zu Stichprobe schwanken würde.  Die Methode der kleinsten Quadrate berechnet ihn aus den Residuen; andere Verfahren lassen ihn leer.</translation>
    </message>
    <message>
        <source>t value = estimate ÷ standard error: how many standard errors the estimate lies from 0.</source>
        <translation>t-Wert = Schätzwert ÷ Standardfehler: wie viele Standardfehler der Schätzwert von 0 entfernt liegt.</translation>
    </message>
    <message>
        <source>95% CI low</source>
        <translation>95-%-KI unten</translation>
    </message>
    <message>
        <source>95% CI high</source>
        <translation>95-%-KI oben</translation>
    </message>
    <message>
        <source>Adjusted R²</source>
        <translation>Korrigiertes R²</translation>
    </message>
    <message>
        <source>Mean squared error: the average of (y − ŷ)², in the units of y squared.  It is the loss gradient descent minimises.</source>
        <translation>Mittlerer quadratischer Fehler: der Mittelwert von (y − ŷ)², in den Einheiten von y zum Quadrat.  Das ist der Verlust, den der Gradientenabstieg minimiert.</translation>
    </message>
    <message>
        <source>Root mean squared error: √MSE, a typical size of a prediction error in the units of y.</source>
        <translation>Wurzel des mittleren quadratischen Fehlers: √MSE, eine typische Größe eines Vorhersagefehlers in den Einheiten von y.</translation>
    </message>
    <message>
        <source>Mean absolute error: the average |y − ŷ|.  Large errors count less than in RMSE, so it is less swayed by outliers.</source>
        <translation>Mittlerer absoluter Fehler: der Mittelwert von |y − ŷ|.  Große Fehler zählen weniger als beim RMSE, daher reagiert er weniger auf Ausreißer.</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>How many rows these numbers are computed on.</source>
        <translation>Auf wie vielen Zeilen diese Zahlen beruhen.</translation>
    </message>
    <message>
        <source>NA: this term is aliased (a combination of the other terms), so the data cannot tell its coefficient apart from theirs.</source>
        <translation>NA: Dieser Term ist redundant (eine Kombination der anderen Terme), daher können die Daten seinen Koeffizienten nicht von deren unterscheiden.</translation>
    </message>
    <message>
        <source>{metric} (uncentred)</source>
        <translation>{metric} (unzentriert)</translation>
    </message>
    <message>
        <source>Rows held out of the fit: how well the model predicts new data.</source>
        <translation>Von der Anpassung zurückgehaltene Zeilen: wie gut das Modell neue Daten vorhersagt.</translation>
    </message>
    <message>
        <source>Rows the model was fitted on.</source>
        <translation>Zeilen, an die das Modell angepasst wurde.</translation>
    </message>
    <message>
        <source>Computed on all rows used in the fit.</source>
        <translation>Berechnet mit allen Zeilen der Anpassung.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Move between controls</source>
        <translation>Zwischen Bedienelementen wechseln</translation>
    </message>
    <message>
        <source>Data table: leave the selected rows out of the fit</source>
        <translation>Datentabelle: ausgewählte Zeilen bei der Anpassung weglassen</translation>
    </message>
    <message>
        <source>Data table: copy the selected cells</source>
        <translation>Datentabelle: ausgewählte Zellen kopieren</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Each row: a command, its keys and what it does</source>
        <translation>Jede Zeile: ein Befehl, seine Tasten und was er tut</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Every command is also in the menus: Alt and the underlined letter opens a menu from the keyboard.</source>
        <translation>Jeder Befehl steht auch in den Menüs: Alt und der unterstrichene Buchstabe öffnen ein Menü über die Tastatur.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>SolverPanel</name>
    <message>
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>How the coefficients are found.
Closed-form methods solve the least-squares problem in one step;
iterative methods start from zero and walk downhill, one step at a time, which you can watch.</source>
        <translation>Wie die Koeffizienten bestimmt werden.
Geschlossene Verfahren lösen das Kleinste-Quadrate-Problem in einem Schritt;
iterative Verfahren beginnen bei null und gehen Schritt für Schritt bergab – zum Zusehen.</translation>
    </message>
    <message>
        <source>α, the penalty strength. 0 would be plain least squares;
larger values pull the weights toward zero (bias up, variance down).
Arrows step 1, 2, 5 × 10ᵏ; type any value, e.g. 0.3 or 1e-3.</source>
        <translation>α, die Regularisierungsstärke. 0 wären einfach kleinste Quadrate;
größere Werte ziehen die Gewichte gegen null (mehr Bias, weniger Varianz).
Die Pfeile gehen in Stufen 1, 2, 5 × 10ᵏ; jeder Wert lässt sich eintippen, z. B. 0,3 oder 1e-3.</translation>
    </message>
    <message>
        <source>Penalty α</source>
        <translation>Strafterm α</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation>Gradientenabstieg</translation>
    </message>
    <message>
        <source>Learning rate η</source>
        <translation>Lernrate η</translation>
    </message>
    <message>
        <source>The run stops after this many steps even if it has not converged.</source>
        <translation>Der Lauf stoppt nach so vielen Schritten, auch wenn er nicht konvergiert ist.</translation>
    </message>
    <message>
        <source>Max iterations</source>
        <translation>Max. Iterationen</translation>
    </message>
    <message>
        <source>0 (off)</source>
        <translation>0 (aus)</translation>
    </message>
    <message>
        <source>The run has converged when the chosen quantity stays below this
value for a few steps in a row. Smaller is more precise and slower.
0 never stops early: exactly Max iterations steps are taken.</source>
        <translation>Der Lauf ist konvergiert, wenn die gewählte Größe einige Schritte lang
unter diesem Wert bleibt. Kleiner ist genauer und langsamer.
0 stoppt nie vorzeitig: Es werden genau Max. Iterationen Schritte ausgeführt.</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Toleranz</translation>
    </message>
    <message>
        <source>gap to best fit &lt; tol</source>
        <translation>Abstand &lt; tol</translation>
    </message>
    <message>
        <source>gradient ‖∇L‖ &lt; tol</source>
        <translation>Gradient ‖∇L‖ &lt; tol</translation>
    </message>
    <message>
        <source>loss change &lt; tol</source>
        <translation>Verluständerung &lt; tol</translation>
    </message>
    <message>
        <source>gap to best fit: stop once every coefficient and the loss are within tol (relative) of the
least-squares answer, which the app knows: this is what &apos;converged&apos; means.
gradient: the textbook rule, stop when the slope of the loss is nearly flat.
loss change: stop when the loss hardly changes from one step to the next.
Whatever stops a run, the results say how far it is from least squares.</source>
        <translation>Abstand (zum Optimum): stoppen, sobald alle Koeffizienten und der Verlust (relativ) innerhalb von tol
an der Kleinste-Quadrate-Lösung liegen, die die App kennt: Das bedeutet „konvergiert“.
Gradient: die Lehrbuchregel, stoppen, wenn die Steigung des Verlusts fast flach ist.
Verluständerung: stoppen, wenn sich der Verlust von Schritt zu Schritt kaum noch ändert.
Was auch immer einen Lauf stoppt, die Ergebnisse zeigen, wie weit er von den kleinsten Quadraten entfernt ist.</translation>
    </message>
    <message>
        <source>Stop when</source>
        <translation>Stoppen bei</translation>
    </message>
    <message>
        <source>Rows per gradient estimate. Small batches give cheap, noisy steps;
&apos;all rows&apos; is full-batch descent. Each pass over the data reshuffles the rows (with the seed).</source>
        <translation>Zeilen pro Gradientenschätzung. Kleine Batches geben billige, verrauschte Schritte;
„alle Zeilen“ ist Full-Batch-Abstieg. Jeder Durchgang durch die Daten mischt die Zeilen neu (mit dem Seed).</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>μ, the share of the last step carried into the next (0 = plain gradient descent).
0.9 is usual; close to 1 the line overshoots and oscillates before settling.</source>
        <translation>μ, der Anteil des letzten Schritts, der in den nächsten eingeht (0 = einfacher Gradientenabstieg).
Üblich ist 0,9; nahe 1 schießt die Gerade über das Ziel hinaus und schwingt, bevor sie sich einpendelt.</translation>
    </message>
    <message>
        <source>Momentum μ</source>
        <translation>Momentum μ</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>Fit an intercept b</source>
        <translation>Achsenabschnitt b anpassen</translation>
    </message>
    <message>
        <source>Standardise features</source>
        <translation>Merkmale standardisieren</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Share of the rows held back as a test set. The model never sees them while fitting,
so their error shows how well it predicts new data (overfitting shows as a gap).</source>
        <translation>Anteil der Zeilen, die als Testdaten zurückgehalten werden. Das Modell sieht sie beim Anpassen nie,
daher zeigt ihr Fehler, wie gut es neue Daten vorhersagt (Überanpassung zeigt sich als Lücke).</translation>
    </message>
    <message>
        <source>Test set</source>
        <translation>Testdaten</translation>
    </message>
    <message>
        <source>Seeds the random train/test split and the mini-batch order.
The same seed repeats a run exactly; another seed shows how much luck matters.</source>
        <translation>Startwert für die zufällige Aufteilung in Trainings- und Testdaten und die Reihenfolge der Mini-Batches.
Derselbe Seed wiederholt einen Lauf genau; ein anderer zeigt, wie viel Zufall im Spiel ist.</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Zufalls-Seed</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Gradient-descent steps shown per second. Slow speeds let you follow single steps;
&apos;max&apos; runs as fast as the computer can. Takes effect at once, also during a run.</source>
        <translation>Pro Sekunde angezeigte Schritte des Gradientenabstiegs. Langsam lassen sich einzelne Schritte verfolgen;
„max.“ läuft so schnell, wie der Rechner kann. Wirkt sofort, auch während eines Laufs.</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>np.polyfit always fits an intercept.</source>
        <translation>np.polyfit passt immer einen Achsenabschnitt an.</translation>
    </message>
    <message>
        <source>Least squares gives the same fitted line in any units,
so standardising changes nothing for this method.</source>
        <translation>Kleinste Quadrate liefern in allen Einheiten dieselbe angepasste Gerade,
daher ändert Standardisieren bei diesem Verfahren nichts.</translation>
    </message>
    <message>
        <source>no fixed limit for Adam</source>
        <translation>keine feste Grenze für Adam</translation>
    </message>
    <message>
        <source>any rate is stable here</source>
        <translation>hier ist jede Lernrate stabil</translation>
    </message>
    <message>
        <source>stable below ≈{limit}</source>
        <translation>stabil unter ≈{limit}</translation>
    </message>
    <message>
        <source>stable below {limit}</source>
        <translation>stabil unter {limit}</translation>
    </message>
    <message>
        <source>⚠ above the stable limit {limit}: this run will explode · &lt;a href=&quot;safe&quot;&gt;use {rate}&lt;/a&gt;</source>
        <translation>⚠ über der Stabilitätsgrenze {limit}: dieser Lauf wird explodieren · &lt;a href=&quot;safe&quot;&gt;{rate} verwenden&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The largest learning rate for which full-batch descent converges on this data (1/λmax of XᵀX/N, times 1+μ with momentum).
For mini-batches it is a guide, not a guarantee.</source>
        <translation>Die größte Lernrate, bei der der Full-Batch-Abstieg auf diesen Daten konvergiert (1/λmax von XᵀX/N, mal 1+μ mit Momentum).
Für Mini-Batches ist sie ein Richtwert, keine Garantie.</translation>
    </message>
    <message>
        <source>Closed form</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Iterative</source>
        <translation>Iterativ</translation>
    </message>
    <message>
        <source>all rows</source>
        <translation>alle Zeilen</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max.</translation>
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
        <translation>Minimiert Σ(y − ŷ)² in einem Schritt über eine QR-Zerlegung von X: genau, selbst wenn Spalten fast kollinear sind.</translation>
    </message>
    <message>
        <source>θ = (XᵀX)⁻¹Xᵀy, the lecture-notes formula. Forming XᵀX squares the condition number, so ill-conditioned data lose digits.</source>
        <translation>θ = (XᵀX)⁻¹Xᵀy, die Formel aus dem Skript. XᵀX quadriert die Konditionszahl, daher verlieren schlecht konditionierte Daten Stellen.</translation>
    </message>
    <message>
        <source>NumPy&apos;s SVD solver: np.linalg.lstsq(X, y). Tiny singular values count as zero, which hides a nearly singular X.</source>
        <translation>Der SVD-Löser von NumPy: np.linalg.lstsq(X, y). Winzige Singulärwerte zählen als null, was ein fast singuläres X verdeckt.</translation>
    </message>
    <message>
        <source>np.polyfit(x, y, degree): least squares for a polynomial in one x, always with an intercept.</source>
        <translation>np.polyfit(x, y, Grad): kleinste Quadrate für ein Polynom in einem x, immer mit Achsenabschnitt.</translation>
    </message>
    <message>
        <source>Minimises Σ(y − ŷ)² + α·Σw²: a larger α shrinks the weights toward 0. The intercept is not penalised.</source>
        <translation>Minimiert Σ(y − ŷ)² + α·Σw²: ein größeres α zieht die Gewichte gegen 0. Der Achsenabschnitt wird nicht bestraft.</translation>
    </message>
    <message>
        <source>Minimises Σ(y − ŷ)²/2N + α·Σ|w|: a large enough α sets weights exactly to 0, so it selects features.</source>
        <translation>Minimiert Σ(y − ŷ)²/2N + α·Σ|w|: ein genügend großes α setzt Gewichte exakt auf 0 und wählt so Merkmale aus.</translation>
    </message>
    <message>
        <source>w ← w − η·∂L/∂w with the full-data gradient ∂L/∂w = −2/N·Σx(y − ŷ); b takes the same step with −2/N·Σ(y − ŷ).</source>
        <translation>w ← w − η·∂L/∂w mit dem Gradienten über alle Daten ∂L/∂w = −2/N·Σx(y − ŷ); b macht denselben Schritt mit −2/N·Σ(y − ŷ).</translation>
    </message>
    <message>
        <source>The same step w ← w − η·∂L/∂w, but each gradient comes from a random mini-batch of rows: cheaper, noisier steps.</source>
        <translation>Derselbe Schritt w ← w − η·∂L/∂w, aber jeder Gradient stammt aus einem zufälligen Mini-Batch von Zeilen: billigere, verrauschtere Schritte.</translation>
    </message>
    <message>
        <source>v ← μ·v − η·∇L, then w ← w + v: the velocity builds up along steady directions and damps the zig-zag.</source>
        <translation>v ← μ·v − η·∇L, dann w ← w + v: Die Geschwindigkeit baut sich in gleichbleibenden Richtungen auf und dämpft das Zickzack.</translation>
    </message>
    <message>
        <source>Divides each step by a running RMS of the gradient (β₁ = 0.9, β₂ = 0.999), so steps are about η whatever the data&apos;s scale.</source>
        <translation>Teilt jeden Schritt durch ein gleitendes RMS des Gradienten (β₁ = 0,9, β₂ = 0,999), sodass die Schritte unabhängig von der Skala der Daten etwa η groß sind.</translation>
    </message>
    <message>
        <source>The learning rate η: each step moves the coefficients by η times the gradient.
Too small and the line crawls; too large and each step overshoots until the run explodes.
Changing it during a run takes effect from the next step.</source>
        <translation>Die Lernrate η: Jeder Schritt bewegt die Koeffizienten um η mal den Gradienten.
Zu klein, und die Gerade kriecht; zu groß, und jeder Schritt schießt über das Ziel hinaus, bis der Lauf explodiert.
Eine Änderung während eines Laufs wirkt ab dem nächsten Schritt.</translation>
    </message>
    <message>
        <source>Above the stable limit ({limit}): this run will explode.
Each step overshoots the minimum by more than the last, so the loss grows without bound.
Choose a value below {limit}.</source>
        <translation>Über der Stabilitätsgrenze ({limit}): Dieser Lauf wird explodieren.
Jeder Schritt schießt weiter über das Minimum hinaus als der vorige, daher wächst der Verlust unbegrenzt.
Wählen Sie einen Wert unter {limit}.</translation>
    </message>
    <message>
        <source>Polynomial degree: 1 fits a line, 2 a parabola (b + w₁x + w₂x²), and so on.
High degrees follow the training points ever closer and predict new ones worse (overfitting).
Needs a single x column.</source>
        <translation>Polynomgrad: 1 passt eine Gerade an, 2 eine Parabel (b + w₁x + w₂x²) und so weiter.
Hohe Grade folgen den Trainingspunkten immer enger und sagen neue schlechter vorher (Überanpassung).
Braucht genau eine x-Spalte.</translation>
    </message>
    <message>
        <source>Include the constant b in ŷ = b + w·x.
Without it the line is forced through the origin (0, 0).</source>
        <translation>Die Konstante b in ŷ = b + w·x aufnehmen.
Ohne sie muss die Gerade durch den Ursprung (0, 0) gehen.</translation>
    </message>
    <message>
        <source>Rescale each feature to mean 0 and standard deviation 1 before fitting.
Gradient descent then converges much faster, and a penalty treats every feature alike.
Coefficients are still reported in your data&apos;s units.</source>
        <translation>Jedes Merkmal vor dem Anpassen auf Mittelwert 0 und Standardabweichung 1 umskalieren.
Der Gradientenabstieg konvergiert dann viel schneller, und ein Strafterm behandelt alle Merkmale gleich.
Die Koeffizienten werden weiterhin in den Einheiten Ihrer Daten angegeben.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Loading… %p%</source>
        <translation>Wird geladen… %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop loading; the current data stays</source>
        <translation>Laden abbrechen; die aktuellen Daten bleiben</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Timeline: iteration shown</source>
        <translation>Zeitleiste: angezeigte Iteration</translation>
    </message>
    <message>
        <source>Drag to any iteration of the run so far: every view shows it (Shift+F10 steps back, F10 forward)</source>
        <translation>Zu einer beliebigen Iteration des bisherigen Laufs ziehen: alle Ansichten zeigen sie (Umschalt+F10 einen Schritt zurück, F10 vor)</translation>
    </message>
    <message>
        <source>Iteration shown</source>
        <translation>Angezeigte Iteration</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>Noch kein Lauf</translation>
    </message>
    <message>
        <source>The update that made this iteration</source>
        <translation>Die Aktualisierung, die zu dieser Iteration führte</translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>no run yet</source>
        <translation>noch kein Lauf</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>of {last}</source>
        <translation>von {last}</translation>
    </message>
    <message>
        <source>Pause (F5) or Step (F10) to see the arithmetic of a step.</source>
        <translation>Pausieren (F5) oder Schritt (F10) zeigt die Rechnung eines Schritts.</translation>
    </message>
    <message>
        <source>Iteration 0: the starting point (no step made it).</source>
        <translation>Iteration 0: der Startpunkt (kein Schritt führte hierher).</translation>
    </message>
</context>
</TS>
