"""Every text the app colours is readable on its background, in light and in dark:
WCAG contrast of at least 4.5:1 for text and 3:1 for a card's coloured edge."""

from __future__ import annotations

import pytest

from streamer_desktop.desktop.palette import AVATARS, SCHEMES, Scheme, Tone, contrast

TEXT = 4.5
EDGE = 3.0


def _pairs(scheme: Scheme) -> list[tuple[str, str, str, float]]:
    c = SCHEMES[scheme]
    pairs = [
        ("window text", c.window_text, c.window, TEXT),
        ("text", c.text, c.base, TEXT),
        ("muted text on the base", c.muted_text, c.base, TEXT),
        ("muted text on the window", c.muted_text, c.window, TEXT),
        ("selected card", c.highlighted_text, c.highlight, TEXT),
        ("button text", c.text, c.button, TEXT),
        ("my bubble", c.text, c.bubble_mine, TEXT),
        ("the time in my bubble", c.muted_text, c.bubble_mine, TEXT),
        ("the customer's bubble", c.text, c.bubble_theirs, TEXT),
        ("the time in the customer's bubble", c.muted_text, c.bubble_theirs, TEXT),
    ]
    for tone in Tone:
        pairs.append((f"{tone.value} text on the window", c.tone_text[tone], c.window, TEXT))
        pairs.append((f"{tone.value} text on the base", c.tone_text[tone], c.base, TEXT))
        text, background = c.banner[tone]
        pairs.append((f"{tone.value} banner", text, background, TEXT))
    for kind, (text, background) in c.chip.items():
        pairs.append((f"the {kind} chip", text, background, TEXT))
    for background in AVATARS:
        pairs.append(("initials", "#ffffff", background, TEXT))
    for phase, colour in c.phase.items():
        pairs.append((f"{phase} stream line", colour, c.base, TEXT))
        pairs.append((f"{phase} edge", colour, c.base, EDGE))
    return pairs


@pytest.mark.parametrize("scheme", list(Scheme), ids=lambda s: s.value)
def test_every_coloured_text_is_readable(scheme: Scheme) -> None:
    poor = [f"{name}: {fg} on {bg} is {contrast(fg, bg):.2f}:1 (needs {need}:1)"
            for name, fg, bg, need in _pairs(scheme) if contrast(fg, bg) < need]
    assert not poor, "\n".join(poor)


def test_the_contrast_formula() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
