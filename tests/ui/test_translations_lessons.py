"""The model's messages and the lessons in the window's language."""

from __future__ import annotations

from pathlib import Path

import pytest

from linreg_gui.model.errors import LoadError
from linreg_gui.model.io import load_table
from linreg_gui.model.steps import iterations_text
from linreg_gui.ui import i18n


@pytest.fixture
def german(qapp):  # type: ignore[no-untyped-def]
    language = i18n.Language("de")
    language.install(qapp)
    yield language
    language.uninstall(qapp)


def test_a_model_error_is_german(german, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert german.translators, "the .qm file did not load"
    empty = tmp_path / "leer.csv"
    empty.write_bytes(b"")
    with pytest.raises(LoadError) as caught:
        load_table(empty)
    assert str(caught.value) == "leer.csv: die Datei ist leer"
    assert iterations_text(12345) == "12.345 Iterationen"
