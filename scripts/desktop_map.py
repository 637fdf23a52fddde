#!/usr/bin/env python3
"""Draw the desktop's features and the imports between them, from the code.

    python3 scripts/desktop_map.py          print the picture (Mermaid) of desktop/
    python3 scripts/desktop_map.py --check  exit 1 when docs/architecture.md's is stale

Each folder of ``streamer_desktop/desktop/`` is a feature; the modules at its top are
shared by features. An arrow ``a --> b`` says that code of ``a`` imports ``b``,
labelled with the modules it imports there. The picture sits in docs/architecture.md
between the markers below; the test suite runs ``--check``.
"""

from __future__ import annotations

import ast
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DESKTOP = ROOT / "streamer_desktop" / "desktop"
PACKAGE = "streamer_desktop.desktop"
DOC = ROOT / "docs" / "architecture.md"
BEGIN, END = "<!-- desktop map: begin -->", "<!-- desktop map: end -->"


def features() -> list[str]:
    """The feature folders of desktop/."""
    return sorted(p.name for p in DESKTOP.iterdir() if (p / "__init__.py").is_file())


def owner(module: str) -> str:
    """The feature a module of desktop/ belongs to ("shared" for the top-level ones)."""
    parts = module.split(".")
    return parts[0] if len(parts) > 1 and parts[0] in features() else "shared"


def imports() -> dict[str, set[str]]:
    """Each module of desktop/ (dotted, below ``streamer_desktop.desktop``) and the
    modules of desktop/ it imports, lazily imported ones included."""
    found: dict[str, set[str]] = {}
    for path in sorted(DESKTOP.rglob("*.py")):
        rel = path.relative_to(DESKTOP).with_suffix("")
        name = ".".join(p for p in rel.parts if p != "__init__") or "__init__"
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                module = node.module
                if module == PACKAGE or module.startswith(PACKAGE + "."):
                    base = module[len(PACKAGE) + 1:]
                    for alias in node.names:  # "from …desktop.schedule import texts"
                        child = f"{base}.{alias.name}" if base else alias.name
                        is_module = (DESKTOP / (child.replace(".", "/") + ".py")).is_file()
                        targets.add(child if is_module else base)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith(PACKAGE + "."):
                        targets.add(alias.name[len(PACKAGE) + 1:])
        found[name] = {t for t in targets if t and t != name}
    return found


def mermaid() -> str:
    """The features and their imports as a Mermaid flowchart."""
    edges: dict[tuple[str, str], set[str]] = defaultdict(set)
    for module, targets in imports().items():
        for target in targets:
            a, b = owner(module), owner(target)
            if a != b:
                edges[(a, b)].add(target.split(".", 1)[-1] if b != "shared" else target)
    lines = ["```mermaid", "flowchart LR"]
    for feature in [*features(), "shared"]:
        lines.append(f"  {feature}[{feature}/]" if feature != "shared" else
                     "  shared[shared modules]")
    for (a, b), what in sorted(edges.items()):
        label = ", ".join(sorted(what)) if b != "shared" else f"{len(what)} modules"
        lines.append(f"  {a} -->|{label}| {b}")
    lines.append("```")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    picture = mermaid()
    if "--check" not in argv:
        print(picture)
        return 0
    text = DOC.read_text(encoding="utf-8")
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < 0 or text[start + len(BEGIN):end].strip() != picture:
        print(f"{DOC.relative_to(ROOT)}: the desktop's map is stale; paste in the output of "
              "python3 scripts/desktop_map.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
