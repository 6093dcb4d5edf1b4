"""Print what a screen reader finds in the running app: one line per control.

Runs under the system Python with pyatspi (python3-pyatspi), not in .venv.
Each line: the two nearest named containers, the labelled-by names, the role
and the accessible name — what Orca reads when focus lands there.
"""

import pyatspi

CONTAINERS = ("panel", "filler", "scroll pane", "page tab", "frame", "section", "grouping")
NOT_CONTROLS = ("panel", "scroll pane", "filler")


def is_app(node) -> bool:
    name = (node.name or "").lower() if node else ""
    return "python" in name or "teilhabe" in name


def labelled_by(node) -> list[str]:
    labels = []
    for rel in node.getRelationSet():
        if rel.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            labels += [rel.getTarget(i).name for i in range(rel.getNTargets())]
    return labels


def walk(node, context: list[str], out: list[str]) -> None:
    try:
        role = node.getRoleName()
        name = node.name or ""
        states = node.getState()
    except Exception:  # a node that vanished while walking
        return
    if not states.contains(pyatspi.STATE_SHOWING):
        return
    here = context + ([name] if name and role in CONTAINERS else [])
    if states.contains(pyatspi.STATE_FOCUSABLE) and role not in NOT_CONTROLS:
        labels = "/".join(labelled_by(node))
        out.append(f"{' > '.join(context[-2:])} | {labels} | {role}: {name!r}")
    for child in node:
        walk(child, here, out)


def main() -> None:
    desktop = pyatspi.Registry.getDesktop(0)
    app = next(node for node in desktop if is_app(node))
    out: list[str] = []
    walk(app, [], out)
    print("\n".join(out))


if __name__ == "__main__":
    main()
