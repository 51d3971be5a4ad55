"""Edit distance for fuzzy terms (`word~`, `word~2`): which words the ranker expands a term to, and
which words of an article the highlights mark. Both must agree, so both call these."""

from __future__ import annotations


def within_edits(a: str, b: str, maxdist: int) -> bool:
    """Levenshtein distance of a and b is at most maxdist."""
    return within_one(a, b) if maxdist == 1 else within_distance(a, b, maxdist)


def within_one(a: str, b: str, _maxdist: int = 1) -> bool:
    """Levenshtein distance of a and b is at most 1 (the common case, without a table)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if la > lb:
        a, b, la, lb = b, a, lb, la
    i = 0
    while i < la and a[i] == b[i]:
        i += 1
    if la == lb:
        return a[i + 1 :] == b[i + 1 :]
    return lb - la == 1 and a[i:] == b[i + 1 :]


def within_distance(a: str, b: str, maxdist: int) -> bool:
    """Levenshtein distance of a and b is at most maxdist (row-by-row, stops when a row exceeds it)."""
    if abs(len(a) - len(b)) > maxdist:
        return False
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > maxdist:
            return False
        previous = current
    return previous[-1] <= maxdist
