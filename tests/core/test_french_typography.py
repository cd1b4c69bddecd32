"""French spacing (labels.french_spacing): the Imprimerie nationale's no-break spaces, once, never in
times or addresses."""

from __future__ import annotations

import pytest

from briefing.core.pack.assemble import french_line
from briefing.core.pack.document import Span
from briefing.core.pack.labels import french_spacing

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    ("typed", "spaced"),
    [
        ("Note: x", f"Note{NBSP}: x"),
        ("Note : x", f"Note{NBSP}: x"),  # the space typed becomes the no-break one: never two
        (f"Note{NBSP}: x", f"Note{NBSP}: x"),
        ("Quoi?", f"Quoi{NNBSP}?"),
        ("Quoi ?!", f"Quoi{NNBSP}?!"),
        ("Vraiment !", f"Vraiment{NNBSP}!"),
        ("a  ; b", f"a{NNBSP}; b"),
        (f"x{NBSP}?", f"x{NNBSP}?"),
        ("« bonjour »", f"«{NBSP}bonjour{NBSP}»"),
        ("«bonjour»", f"«{NBSP}bonjour{NBSP}»"),
        ("Au programme:", f"Au programme{NBSP}:"),
        ("Tel.: +32 2", f"Tel.{NBSP}: +32 2"),
        ("à 10:30 précises", "à 10:30 précises"),  # times
        ("a;b", "a;b"),
        ("C:\\temp", "C:\\temp"),
        ("(?)", "(?)"),
        ("?", "?"),
        (": x", ": x"),
        ("«»", "«»"),
        ("https://ex.org/a?b=1; ok", f"https://ex.org/a?b=1{NNBSP}; ok"),  # the address as typed, the mark after it
        ("voir https://ex.org: là", f"voir https://ex.org{NBSP}: là"),
        ("mail a@b.be: ok", f"mail a@b.be{NBSP}: ok"),
        ("www.x.be/q?x=1 et mailto:a@b.c?subject=x !", f"www.x.be/q?x=1 et mailto:a@b.c?subject=x{NNBSP}!"),
        ("Pas de marque ici", "Pas de marque ici"),
    ],
)
def test_french_spacing(typed, spaced):
    assert french_spacing(typed) == spaced
    assert french_spacing(spaced) == spaced  # applied twice, the same


def test_a_mark_at_the_start_of_a_span_is_spaced_from_the_span_before():
    line = [Span("Note", bold=True), Span(" : lire"), Span("« x", italic=True), Span("»")]
    assert [s.text for s in french_line(line)] == ["Note", f"{NBSP}: lire", f"«{NBSP}x", f"{NBSP}»"]
    assert french_line(line)[0].bold and french_line(line)[2].italic
    unchanged = [Span("10:30"), Span(" – 11:00")]
    assert french_line(unchanged) is unchanged
