"""The README's map of the code lists every module, and nothing that is gone."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def readme_modules() -> set[str]:
    """Paths of the modules in the README's tree, from its indentation."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## How the code is laid out", 1)[1]
    tree = section.split("```", 2)[1]
    stack: list[tuple[int, str]] = []
    found: set[str] = set()
    for line in tree.splitlines():
        match = re.match(r"( *)(\S+)", line)
        if not match or not match.group(2).strip():
            continue
        depth, name = len(match.group(1)), match.group(2)
        while stack and stack[-1][0] >= depth:
            stack.pop()
        path = "/".join([p for _, p in stack] + [name.rstrip("/")])
        if name.endswith("/"):
            stack.append((depth, name.rstrip("/")))
        elif name.endswith(".py"):
            found.add(path)
    return found


def code_modules() -> set[str]:
    return {
        str(p.relative_to(ROOT))
        for p in (ROOT / "linreg_gui").rglob("*.py")
        if p.name != "__init__.py" or p.parent.name in ("linreg_gui", "io")
    }


def test_the_readme_lists_every_module_and_no_other() -> None:
    listed, present = readme_modules(), code_modules()
    assert not present - listed, f"missing from the README: {sorted(present - listed)}"
    assert not listed - present, f"in the README but gone: {sorted(listed - present)}"
