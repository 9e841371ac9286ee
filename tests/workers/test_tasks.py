"""Background tasks: the system's name for each thread says where it came from."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from linreg_gui.workers.tasks import TaskThread, task_name

_OWN_NAME = Path("/proc/thread-self/comm")


def _system_name() -> str:
    return _OWN_NAME.read_text().strip()


class _Owner:
    def open_file(self) -> object:
        def task(progress: object, cancelled: object) -> str:
            return _system_name()

        return task

    def refresh(self) -> object:
        return lambda progress, cancelled: _system_name()


def test_a_task_is_named_after_the_function_it_was_written_in() -> None:
    owner = _Owner()
    assert task_name(owner.open_file()) == "open_file"
    assert task_name(owner.refresh()) == "refresh"
    assert task_name(len) == "len"


@pytest.mark.skipif(not _OWN_NAME.exists(), reason="needs Linux's /proc")
def test_a_task_thread_carries_its_task_s_name(qtbot: QtBot) -> None:
    """Profilers and ``top -H`` show the thread as "open_file", not as one of
    many "TaskThread"s."""
    thread = TaskThread(_Owner().open_file())  # type: ignore[arg-type]
    assert thread.objectName() == "open_file"
    results: list[object] = []
    thread.succeeded.connect(lambda result, _tag: results.append(result))
    with qtbot.waitSignal(thread.finished, timeout=5_000):
        thread.start()
    assert results == ["open_file"]
