"""Text drawn in figures is literal: a '$' from the data never switches matplotlib into math mode,
and every figure carries alt text stating its finding and the data files behind it."""

from __future__ import annotations

import io

import matplotlib.pyplot as plt
import pandas as pd
from vnkr.report import plots

LABEL = "US$5 bn and US$10 bn"


def _drawn_width(text: str, parse_math: bool) -> float:
    fig, ax = plt.subplots()
    artist = ax.text(0, 0, text)
    artist.set_parse_math(parse_math)
    fig.canvas.draw()
    width = artist.get_window_extent().width
    plt.close(fig)
    return width


def test_a_dollar_label_is_drawn_literally_in_every_chart():
    comparison = pd.DataFrame(
        {
            "theme": ["trade"],
            "event_id": ["2021-06-23"],
            "event_date": [pd.Timestamp("2021-06-23")],
            "n_commitments": [2],
            "status": ["new"],
        }
    )
    fig = plots.commitment_matrix(
        comparison, {"trade": LABEL}, {"2021-06-23": LABEL}, "en", title=LABEL, sources=[LABEL]
    )
    texts = [t for t in fig.findobj(plt.Text) if LABEL in t.get_text()]
    assert len(texts) >= 3 and all(not t.get_parse_math() for t in texts)
    fig.savefig(io.BytesIO(), format="png")  # math mode would fail or mangle; literal text renders
    plt.close(fig)


def test_literal_text_keeps_every_character_that_math_mode_would_eat():
    # math mode drops the '$' and the spaces between them ("US*5bnandUS*10 bn"): literal is wider
    assert _drawn_width(LABEL, parse_math=False) > _drawn_width(LABEL, parse_math=True)


def test_a_figure_states_its_finding_as_alt_text_and_names_its_data():
    comparison = pd.DataFrame(
        {
            "theme": ["trade"],
            "event_id": ["e1"],
            "event_date": [pd.Timestamp("2021-06-23")],
            "n_commitments": [1],
            "status": ["new"],
        }
    )
    fig = plots.commitment_matrix(comparison, {}, {}, "en", title="Trade is new in 2021 <b>")
    data, meta = plots.png_with_alt(fig)
    assert meta["alt"] == "Trade is new in 2021 <b>" and meta["vnkr_csv"] == [
        "comparison.csv",
        "commitments.csv",
    ]
    assert isinstance(data, str) and data  # base64 PNG, as IPython sends it
    plt.close(fig)
