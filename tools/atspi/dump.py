import pyatspi, sys
desktop = pyatspi.Registry.getDesktop(0)
app = next(a for a in desktop if a and a.name and "python" in a.name.lower() or (a and "teilhabe" in (a.name or "").lower()))
out = []
def walk(node, ctx):
    try:
        role = node.getRoleName(); name = node.name or ""
        states = node.getState()
    except Exception:
        return
    if not states.contains(pyatspi.STATE_SHOWING):
        return
    labels = []
    for rel in node.getRelationSet():
        if rel.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            labels += [rel.getTarget(i).name for i in range(rel.getNTargets())]
    here = ctx + ([name] if name and role in ("panel", "filler", "scroll pane", "page tab", "frame", "section", "grouping") else [])
    if states.contains(pyatspi.STATE_FOCUSABLE) and role not in ("panel", "scroll pane", "filler"):
        out.append(f"{' > '.join(ctx[-2:])} | {'/'.join(labels)} | {role}: {name!r}")
    for child in node:
        walk(child, here)
walk(app, [])
print("\n".join(out))
