"""Load a table of numbers from a text file or a spreadsheet into a `Dataset`.

Students bring files from everywhere: a CSV saved by a German Excel (semicolons and
decimal commas), a lab logger's space-separated ``.dat`` file, a teacher's ``.xlsx``.
`load_table` turns any of them into one immutable `Dataset` whose numeric columns
are float64 with NaN for a missing value, or raises `LoadError` with a message that
names the file and, where it applies, the physical line and the column, so that the
student can find the cell and fix it.  It never drops rows: choosing the rows a fit
uses happens later, where the choice can be shown.

Line numbers in messages are physical, 1-based lines of the file, counting the
header and blank lines (a byte-order mark changes nothing).  pandas counts rows
instead, so whenever a message needs a line the file is scanned again with the `csv`
module; that is fast enough because it stops at the row the message is about.

One job a module:

``load``         `load_table`: spreadsheet or text, and the steps in order
``files``        open the file, read its first block, or say why not
``sniff``        encoding, delimiter, decimal comma, header, where the data start
``records``      split text into records as pandas does, counting physical lines
``reader``       parse the data with pandas: whole, in parallel, or block by block
``options``      `ReadOptions`: threads and sizes for the reader
``progress``     the progress and cancel callbacks
``columns``      join the parsed parts into columns and check them into a Dataset
``lines``        the physical line and fields of a row, for messages
``spreadsheet``  the first sheet of .xlsx/.xls/.ods, through calamine
"""

from __future__ import annotations

from linreg_gui.model.io.load import SUPPORTED_SUFFIXES, load_table
from linreg_gui.model.io.options import ReadOptions
from linreg_gui.model.io.progress import CancelCallback, ProgressCallback
from linreg_gui.model.io.reader import wait_for_abandoned_reads

__all__ = [
    "SUPPORTED_SUFFIXES",
    "CancelCallback",
    "ProgressCallback",
    "ReadOptions",
    "load_table",
    "wait_for_abandoned_reads",
]
