"""Update the translation sources and compile them: ``python3 dev.py translations``.

1. ``pyside6-lupdate`` collects every ``translate(...)``, ``tr(...)`` and
   ``QT_TRANSLATE_NOOP(...)`` text of a group of modules into
   ``linreg_gui/translations/<group>_<lang>.ts``, keeping what is translated
   already.  Groups keep the files small enough to review and let translators
   share the work; a text in two groups is translated in each.
2. ``pyside6-lrelease`` compiles all of a language's ``.ts`` files into the one
   ``linreg_gui/assets/translations/linreg_gui_<lang>.qm`` the app loads.

``--check`` changes nothing: it fails when a source text has no translation or a
``.qm`` is not the compilation of its ``.ts`` files (the test suite runs it).

Adding a language: add its code to ``LANGUAGES`` in ``linreg_gui/ui/i18n.py``,
run this script (it makes the empty ``.ts`` files), translate them with Qt
Linguist (``pyside6-linguist``) or any editor, and run it again.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "linreg_gui"
SOURCES = PACKAGE / "translations"
COMPILED = PACKAGE / "assets" / "translations"
TRANSLATED = ("es", "de")

#: Group name -> the modules (globs relative to linreg_gui/) whose texts it holds.
GROUPS: dict[str, tuple[str, ...]] = {
    "window": (
        "ui/main_window.py",
        "ui/menus.py",
        "ui/actions.py",
        "ui/status_bar.py",
        "ui/messages.py",
        "ui/crash_report.py",
        "ui/data_opener.py",
        "ui/data_panel.py",
        "ui/data_table.py",
        "ui/column_picker.py",
        "ui/drop_overlay.py",
        "ui/solver_panel.py",
        "ui/solver_texts.py",
        "ui/log_spin_box.py",
        "ui/whole_number_box.py",
        "ui/results_panel.py",
        "ui/results_tables.py",
        "ui/run_view.py",
        "ui/fit_view.py",
        "ui/plot_area.py",
        "ui/layout.py",
        "ui/window_state.py",
        "ui/timeline.py",
        "ui/presentation.py",
        "ui/shortcuts_dialog.py",
        "ui/help_menu.py",
        "ui/guide.py",
        "ui/theme.py",
        "ui/i18n.py",
    ),
    "views": (
        "ui/diagnostics_view.py",
        "ui/exports.py",
        "ui/generate_dialog.py",
        "ui/influence.py",
        "ui/lab_record.py",
        "ui/landscape_view.py",
        "ui/lessons_panel.py",
        "ui/my_line.py",
        "ui/my_line_panel.py",
        "ui/session_io.py",
        "ui/sweep_dialog.py",
        "ui/plots/*.py",
    ),
    #: Compare Solvers, kept apart while its gradient-descent column is built.
    "compare": (
        "ui/compare_dialog.py",
        "model/compare.py",
    ),
    "model": (
        "model/*.py",
        "model/io/*.py",
        "workers/*.py",
        "controller.py",
    ),
}


def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(
        name, path=str(Path(sys.executable).parent)
    )
    if not found:
        sys.exit(f"translations: {name} not found (it comes with PySide6)")
    return found


def group_files(group: str) -> list[Path]:
    """The group's modules; a module named by an earlier group belongs to that one."""
    taken: set[Path] = set()
    for name, patterns in GROUPS.items():
        files = [f for p in patterns for f in sorted(PACKAGE.glob(p)) if f not in taken]
        if name == group:
            return files
        taken.update(files)
    raise KeyError(group)


def ts_path(group: str, lang: str, folder: Path = SOURCES) -> Path:
    return folder / f"{group}_{lang}.ts"


def qm_path(lang: str, folder: Path = COMPILED) -> Path:
    return folder / f"linreg_gui_{lang}.qm"


def update(folder: Path = SOURCES, groups: list[str] | None = None) -> None:
    """Collect the source texts into the groups' .ts files (all groups by default)."""
    folder.mkdir(parents=True, exist_ok=True)
    for group in groups or list(GROUPS):
        files = [str(f) for f in group_files(group)]
        targets = [str(ts_path(group, lang, folder)) for lang in TRANSLATED]
        saved = {target: plural_translations(Path(target)) for target in targets}
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                *files,
                "-ts",
                *targets,
            ],
            check=True,
        )
        for target in targets:
            mark_plurals(Path(target), saved[target])
            drop_code_comments(Path(target))


MESSAGE = re.compile(
    r"<message( numerus=\"yes\")?>(?:(?!</message>).)*?</message>", re.DOTALL
)
PLAIN_TRANSLATION = re.compile(
    r"<translation( type=\"unfinished\")?>((?:(?!</translation>).)*)</translation>",
    re.DOTALL,
)
PLURAL_FORMS = 2  # Spanish and German: one, other


SavedPlurals = dict[str, str]


def plural_translations(ts: Path) -> SavedPlurals:
    """The ``<translation>`` element of each plural message, by its source text
    (as it stands in the file)."""
    if not ts.exists():
        return {}
    saved: SavedPlurals = {}
    text = ts.read_text(encoding="utf-8")
    for block in re.findall(
        r'<message numerus="yes">.*?</message>', text, flags=re.DOTALL
    ):
        source = re.search(r"<source>(.*?)</source>", block, re.DOTALL)
        translation = re.search(r"<translation.*?</translation>", block, re.DOTALL)
        if source and translation:
            saved[source.group(1)] = translation.group(0)
    return saved


def mark_plurals(ts: Path, saved: SavedPlurals) -> None:
    """Make every text with ``%n`` a plural message (one form per plural form).

    pyside6-lupdate's Python parser recognises ``translate(ctx, "%n rows", None,
    count)`` but does not mark it plural, and turns a plural message it finds
    back into a plain one, dropping all forms but the first: ``saved`` holds
    each plural message's forms from before it ran, put back here.
    """

    def plural(match: re.Match[str]) -> str:
        block = match.group(0)
        source = re.search(r"<source>(.*?)</source>", block, re.DOTALL)
        if source is None or "%n" not in source.group(1):
            return block
        if source.group(1) in saved:
            block = block.replace("<message>", '<message numerus="yes">', 1)
            return re.sub(
                r"<translation.*?</translation>",
                lambda _: saved[source.group(1)],
                block,
                count=1,
                flags=re.DOTALL,
            )

        def forms(found: re.Match[str]) -> str:
            unfinished, text = found.group(1) or "", found.group(2)
            items = "".join(
                f"\n            <numerusform>{text}</numerusform>"
                for _ in range(PLURAL_FORMS)
            )
            return f"<translation{unfinished}>{items}\n        </translation>"

        if 'numerus="yes"' in block:
            return block
        block = block.replace("<message>", '<message numerus="yes">', 1)
        return PLAIN_TRANSLATION.sub(forms, block, count=1)

    text = ts.read_text(encoding="utf-8")
    marked = MESSAGE.sub(plural, text)
    if marked != text:
        ts.write_text(marked, encoding="utf-8")


def source_texts(path: Path) -> set[tuple[str, str]]:
    """Every (context, text) a ``translate``/``QT_TRANSLATE_NOOP`` call in ``path``
    names with literals, found by Python's own parser."""
    import ast

    found: set[tuple[str, str]] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or len(node.args) < 2:
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in ("translate", "QT_TRANSLATE_NOOP"):
            continue
        context, text = node.args[0], node.args[1]
        literal = isinstance(context, ast.Constant) and isinstance(text, ast.Constant)
        if literal and isinstance(context.value, str) and isinstance(text.value, str):
            found.add((context.value, text.value))
    return found


def ts_texts(ts: Path) -> set[tuple[str, str]]:
    import html
    import xml.etree.ElementTree as ET

    root = ET.parse(ts).getroot()
    return {
        (html.unescape(ctx.findtext("name") or ""), msg.findtext("source") or "")
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def missed_by_lupdate(group: str, ts: Path) -> list[tuple[str, str]]:
    """Texts in the code that lupdate did not collect.

    Its Python parser misses a call whose plural count is not a plain name
    (``translate(c, "%n rows", None, len(rows))``: write ``count = len(rows)``
    first, then pass ``count``) and a call inside an f-string or a lambda's
    default; the window would show such a text in English.
    """
    collected = ts_texts(ts)
    wanted = set().union(*(source_texts(f) for f in group_files(group)))
    return sorted(wanted - collected)


def drop_code_comments(ts: Path) -> None:
    """Remove the ``<extracomment>`` lupdate copies from ``#:`` comments near a
    call: they describe the code, not the text, and any edit of one made the
    files out of date."""
    text = ts.read_text(encoding="utf-8")
    stripped = re.sub(
        r"\n *<extracomment>.*?</extracomment>", "", text, flags=re.DOTALL
    )
    if stripped != text:
        ts.write_text(stripped, encoding="utf-8")


def release(sources: Path = SOURCES, target: Path = COMPILED) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for lang in TRANSLATED:
        inputs = [
            str(ts_path(group, lang, sources))
            for group in GROUPS
            if ts_path(group, lang, sources).exists()
        ]
        subprocess.run(
            [
                tool("pyside6-lrelease"),
                "-silent",
                *inputs,
                "-qm",
                str(qm_path(lang, target)),
            ],
            check=True,
        )


UNFINISHED = re.compile(r'<translation type="unfinished"')


def problems() -> list[str]:
    """What --check fails on: untranslated or stale texts, out-of-date .qm files."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        for lang in TRANSLATED:
            for group in GROUPS:
                shipped = ts_path(group, lang)
                if shipped.exists():
                    shutil.copy(shipped, ts_path(group, lang, scratch))
        update(scratch)
        for lang in TRANSLATED:
            for group in GROUPS:
                scratch_ts = ts_path(group, lang, scratch)
                if lang == TRANSLATED[0]:
                    found += [
                        f"{group}: pyside6-lupdate does not collect {context!r} "
                        f"{source[:50]!r}: see missed_by_lupdate()"
                        for context, source in missed_by_lupdate(group, scratch_ts)
                    ]
                text = ts_path(group, lang, scratch).read_text(encoding="utf-8")
                missing = len(UNFINISHED.findall(text))
                if missing:
                    found.append(
                        f"{group}_{lang}.ts: {missing} texts without a translation"
                    )
                shipped = ts_path(group, lang)
                if not shipped.exists() or shipped.read_text(encoding="utf-8") != text:
                    found.append(
                        f"{group}_{lang}.ts is not up to date with the sources"
                    )
        release(SOURCES, scratch)
        for lang in TRANSLATED:
            compiled = qm_path(lang)
            if (
                not compiled.exists()
                or compiled.read_bytes() != qm_path(lang, scratch).read_bytes()
            ):
                found.append(
                    f"{compiled.name} is not compiled from the current .ts files"
                )
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; report")
    parser.add_argument(
        "--group",
        action="append",
        choices=list(GROUPS),
        help="update only this group's .ts files (may be repeated); all are compiled",
    )
    args = parser.parse_args(argv)
    if args.check:
        found = problems()
        for line in found:
            print(f"translations: {line}", file=sys.stderr)
        return 1 if found else 0
    update(groups=args.group)
    release()
    for lang in TRANSLATED:
        print(f"translations: {qm_path(lang).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
