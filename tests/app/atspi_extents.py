#!/usr/bin/python3
"""Prints the screen extents "x y width height" of the accessible node named
exactly argv[1], as a screen reader sees it through AT-SPI. Polls for up to
argv[2] seconds (the application registers after its window appears); on a
timeout prints the names it saw to stderr and exits 1.

Run with Debian's /usr/bin/python3 (python3-pyatspi), inside the D-Bus session
whose a11y bus the application uses. Called by tests/app/real_window.rs.
"""
import sys
import time

import pyatspi


def find(node, name, seen, depth=0):
    try:
        if node.name == name:
            return node
        if node.name:
            seen.add(node.name)
        count = node.childCount
    except Exception:  # a node that went away while walking
        return None
    for i in range(count):
        found = find(node.getChildAtIndex(i), name, seen, depth + 1)
        if found is not None:
            return found
    return None


def main():
    name, timeout = sys.argv[1], float(sys.argv[2])
    deadline = time.monotonic() + timeout
    seen = set()
    while True:
        seen.clear()
        node = find(pyatspi.Registry.getDesktop(0), name, seen)
        if node is not None:
            e = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            if e.width > 0 and e.height > 0:
                print(e.x, e.y, e.width, e.height)
                return 0
        if time.monotonic() > deadline:
            print(f"no node named {name!r}; saw: {sorted(seen)!r}", file=sys.stderr)
            return 1
        time.sleep(0.2)


sys.exit(main())
