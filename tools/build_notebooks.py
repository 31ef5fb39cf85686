"""Regenerate the source notebooks in notebooks/ from this script (the single place their cells are
written). Run `python tools/build_notebooks.py`, then `python tools/store_checked_outputs.py` to
store the outputs of the cells nbval checks. Notebooks stay thin: every cell calls vnkr.
"""
from __future__ import annotations

from pathlib import Path

import nbformat as nbf

NB_DIR = Path(__file__).resolve().parents[1] / "notebooks"
META = {
    "kernelspec": {"name": "python3", "language": "python", "display_name": "Python 3 (ipykernel)"},
    "language_info": {"name": "python"},
}


def md(text: str):
    return nbf.v4.new_markdown_cell(text.strip())


def code(text: str, tags: list[str] | None = None):
    cell = nbf.v4.new_code_cell(text.strip())
    if tags:
        cell.metadata["tags"] = tags
    return cell


def params(text: str):
    return code(text, ["parameters"])


def write(name: str, cells: list) -> None:
    nb = nbf.v4.new_notebook()
    nb.metadata.update(META)
    nb.cells = cells
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"{name[:2]}-{i:02d}"  # stable ids: clean diffs
    nbf.write(nb, NB_DIR / f"{name}.ipynb")


SETUP = """
import vnkr
from vnkr.report import display, findings, plots

plots.setup_notebook()
"""

write("00_corpus", [
    md("""
# The corpus: what was read, how each article was dated and cleaned

The audit trail behind every other report: the raw articles, the event date of each (and how it was
found), what the cleaner removed and why, which reports describe the same meeting, and what was rejected.
"""),
    params("""
lang = "en"  # "en" or "vi": headers and labels; quotes stay in Vietnamese
"""),
    code(SETUP + """
corpus, problems = vnkr.load_corpus(strict=False)
display.show_parameters({"lang": lang}, lang)
"""),
    md("## Which documents are in the corpus, and when did each event happen? / Kho dữ liệu gồm những tài liệu nào?"),
    code("""
display.show_table(findings.corpus_overview(corpus), lang, caption=findings.corpus_caption(corpus, lang))
"""),
    md("The key result, checked by nbval on every test run: one row per document with its event date."),
    code("""
# NBVAL_CHECK_OUTPUT
print(findings.corpus_overview(corpus)[["doc_id", "event_id", "date_precision", "duplicate_of"]].to_string(index=False))
"""),
    md("## How was each date found? / Ngày của mỗi bài được xác định thế nào?"),
    code("""
display.show_table(findings.dating_table(corpus), lang)
"""),
    md("## What did cleaning remove, and why? / Phần nào đã bị loại bỏ và vì sao?"),
    code("""
log = vnkr.cleaning_log()
display.show_table(findings.cleaning_summary(log), lang)
"""),
    code("""
display.show_table(findings.cleaning_log_view(log), lang)
"""),
    md("## Which reports describe the same meeting? / Những bài nào đưa tin cùng một sự kiện?"),
    code("""
display.show_table(findings.duplicates(corpus), lang)
"""),
    md("## Which inputs were rejected, and why? / Đầu vào nào bị từ chối và vì sao?"),
    code("""
display.show_table(problems, lang)
"""),
])

write("01_timeline", [
    md("""
# Timeline: three decades of Vietnam–South Korea ties and the meetings of 2021–2025

Milestones of the relationship since 1992 and the high-level meetings reported in the corpus, on one
time axis, with the leaders, the relationship level in force and the source of every event.
"""),
    params("""
lang = "en"         # "en" or "vi"
start_year = 1992   # first year on the axis
end_year = 2025     # last year on the axis
"""),
    code(SETUP + """
timeline = vnkr.load_timeline()
events = vnkr.load_events()
display.show_parameters({"lang": lang, "start_year": start_year, "end_year": end_year}, lang)
"""),
    md("## When did the meetings happen, against the milestones of the relationship? / Các cuộc gặp diễn ra khi nào?"),
    code("""
fig = plots.timeline(timeline, lang, start_year, end_year, sources=findings.timeline_sources(timeline));
"""),
    md("## Who met whom, where, and under which relationship level? / Ai gặp ai, ở đâu, trong khuôn khổ quan hệ nào?"),
    code("""
display.show_table(findings.events_table(events, lang, start_year, end_year), lang)
"""),
    md("Checked by nbval: the meetings and the relationship level that held on each date."),
    code("""
# NBVAL_CHECK_OUTPUT
print(events[["event_id", "kind", "relationship_level"]].to_string(index=False))
"""),
    md("## Which milestones frame them, and where is each stated? / Các dấu mốc và nguồn"),
    code("""
display.show_table(findings.milestones_table(timeline, lang, start_year, end_year), lang)
"""),
])

write("02_commitments", [
    md("""
# Commitments compared, 2021–2025: what each meeting agreed, what is new, what persisted, what was dropped

Each commitment is a record with the exact Vietnamese quote, its source article and theme codes
(Comparative Agendas Project style); the comparison across meetings is read off those records.
"""),
    params("""
lang = "en"          # "en" or "vi"
start_year = 2021    # first meeting year compared
end_year = 2025      # last meeting year compared
themes = None        # every theme when None, else a list of theme codes from data/themes.csv
"""),
    code(SETUP + """
comparison = vnkr.compare_commitments(themes=themes, start_year=start_year, end_year=end_year)
commitments = findings.commitments_in_range(vnkr.load_commitments(), start_year, end_year, themes)
theme_labels = findings.theme_labels(vnkr.load_themes(), lang)
events = vnkr.load_events()
event_labels, event_titles = findings.event_labels(events, lang), findings.event_titles(events, lang)
display.show_parameters({"lang": lang, "start_year": start_year, "end_year": end_year, "themes": themes}, lang)
"""),
    md("## Which areas did each meeting commit to, and how did that change? / Mỗi cuộc gặp cam kết những lĩnh vực nào?"),
    code("""
fig = plots.commitment_matrix(comparison, theme_labels, event_labels, lang,
                              title=findings.commitments_headline(comparison, theme_labels, lang),
                              sources=findings.commitment_sources(commitments));
"""),
    md("Checked by nbval: the status of every theme at every meeting (new / continued / dropped / absent)."),
    code("""
# NBVAL_CHECK_OUTPUT
print(vnkr.comparison_matrix(comparison).to_string())
"""),
    md("## What is new at each meeting? / Điểm mới của mỗi cuộc gặp"),
    code("""
display.show_table(findings.new_by_event(comparison, theme_labels, event_titles), lang)
"""),
    md("## What exactly did each meeting commit to? / Nội dung cam kết của từng cuộc gặp (trích dẫn nguyên văn)"),
    code("""
for event_id, rows in commitments.groupby("event_id", sort=False):
    display.display(display.show_text(event_titles.get(event_id, event_id), "h3"))
    display.display(display.show_table(findings.commitment_rows(rows, lang), lang))
"""),
    md("## Which agreements were signed? / Các văn kiện đã ký"),
    code("""
display.show_table(findings.agreements_table(vnkr.load_agreements(), start_year, end_year), lang)
"""),
    md("## How many commitments per theme, meeting by meeting? / Số cam kết theo chủ đề qua các cuộc gặp"),
    code("""
fig = plots.theme_counts(comparison, theme_labels, event_labels, lang,
                         title=findings.counts_headline(comparison, theme_labels, lang),
                         sources=findings.commitment_sources(commitments));
"""),
    md("## How well does the automatic extractor agree with the curated record? / Độ chính xác của bộ trích xuất tự động"),
    code("""
display.show_table(findings.evaluation_table(vnkr.evaluate_extraction()), lang, float_format="{:.2f}")
"""),
])

write("03_trade_goal", [
    md("""
# Trade goals against actual trade: USD 100 bn, then 150 bn by 2030

The two-way trade targets stated at the meetings, read from the articles, against both sides' official
trade statistics: the gap, the growth each target requires, whether a deadline was missed, and whether
trade is getting more balanced.
"""),
    params("""
lang = "en"              # "en" or "vi"
reporter = "KR"          # whose statistics measure the gap: "KR" (Korea) or "VN" (Vietnam); never mixed
start_year = 2013        # first year shown
end_year = 2030          # last year shown (targets run to 2030)
include_external = False # also show target restatements outside the corpus (2023, 2024) with their URLs
"""),
    code(SETUP + """
trade = vnkr.load_trade()
series = findings.annual_both(trade, start_year, end_year)
goals = vnkr.trade_goal_table(reporter=reporter, include_external=include_external)
display.show_parameters({"lang": lang, "reporter": reporter, "start_year": start_year,
                         "end_year": end_year, "include_external": include_external}, lang)
"""),
    md("## How does actual trade compare with the stated targets? / Kim ngạch thực tế so với mục tiêu"),
    code("""
fig = plots.trade_vs_targets(series, goals, lang, title=findings.trade_headline(goals, lang),
                             sources=findings.trade_sources(trade, goals), highlight=reporter);
"""),
    md("## How far is each target, and what growth does it need? / Khoảng cách tới mục tiêu và tốc độ tăng trưởng cần thiết"),
    code("""
display.show_table(findings.goal_table_view(goals, lang), lang, float_format="{:,.1f}")
"""),
    md("Checked by nbval: status and gap of every stated target at the default parameters."),
    code("""
# NBVAL_CHECK_OUTPUT
print(findings.goal_table_view(goals)[["event_id", "value_busd", "deadline_year", "latest_year", "status"]].to_string(index=False))
"""),
    md("## Is trade becoming more balanced? / Thương mại có cân bằng hơn không?"),
    code("""
balance = findings.balance_both(trade, start_year, end_year)
fig = plots.trade_balance(balance, lang, title=findings.balance_headline(trade, reporter, lang),
                          sources=findings.trade_sources(trade));
"""),
    code("""
display.show_table(balance, lang, float_format="{:,.2f}")
"""),
    md("## Where does every figure come from? / Nguồn của từng số liệu"),
    code("""
display.show_table(findings.trade_sources_table(trade, start_year, end_year), lang)
"""),
])
print("notebooks written to", NB_DIR)
