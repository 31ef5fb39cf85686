"""Report language: titles, axis labels and table headers in English (``en``) or Vietnamese (``vi``).

Quotes from the articles are never translated: they stay in the original Vietnamese. A key missing
from a language falls back to English and is listed by :func:`missing_keys` (tested), so a new label
cannot silently appear untranslated.

>>> t("event_date", "vi")
'Ngày sự kiện'
>>> header(["event_date", "unknown_column"], "vi")
['Ngày sự kiện', 'unknown_column']
"""
from __future__ import annotations

from typing import Iterable

LANGS = ("en", "vi")

_LABELS: dict[str, dict[str, str]] = {
    # columns
    "doc_id": {"en": "Document", "vi": "Tài liệu"},
    "file": {"en": "File", "vi": "Tệp"},
    "outlet": {"en": "Outlet", "vi": "Cơ quan báo chí"},
    "title": {"en": "Title", "vi": "Tiêu đề"},
    "event_id": {"en": "Event", "vi": "Sự kiện"},
    "event_date": {"en": "Event date", "vi": "Ngày sự kiện"},
    "date_precision": {"en": "Date precision", "vi": "Độ chính xác ngày"},
    "date_source": {"en": "How the date was found", "vi": "Cách xác định ngày"},
    "n_chars_raw": {"en": "Characters (raw)", "vi": "Số ký tự (gốc)"},
    "n_chars_clean": {"en": "Characters (clean)", "vi": "Số ký tự (đã làm sạch)"},
    "duplicate_of": {"en": "Duplicate of", "vi": "Trùng với"},
    "kind": {"en": "Kind", "vi": "Loại"},
    "title_en": {"en": "Event", "vi": "Sự kiện (tiếng Anh)"},
    "title_vi": {"en": "Event (Vietnamese)", "vi": "Sự kiện"},
    "vn_leader": {"en": "Vietnamese side", "vi": "Phía Việt Nam"},
    "vn_role": {"en": "Role", "vi": "Chức vụ"},
    "kr_leader": {"en": "Korean side", "vi": "Phía Hàn Quốc"},
    "kr_role": {"en": "Role (Korea)", "vi": "Chức vụ (Hàn Quốc)"},
    "location": {"en": "Location", "vi": "Địa điểm"},
    "relationship_level": {"en": "Relationship level", "vi": "Khuôn khổ quan hệ"},
    "doc_ids": {"en": "Source documents", "vi": "Tài liệu nguồn"},
    "source_note": {"en": "Source note", "vi": "Ghi chú nguồn"},
    "source_url": {"en": "Source URL", "vi": "Nguồn (URL)"},
    "theme": {"en": "Theme", "vi": "Chủ đề"},
    "themes": {"en": "Themes", "vi": "Chủ đề"},
    "quote": {"en": "Quote (original Vietnamese)", "vi": "Trích dẫn nguyên văn"},
    "gloss_en": {"en": "Gloss (English)", "vi": "Diễn giải (tiếng Anh)"},
    "status": {"en": "Status", "vi": "Trạng thái"},
    "change": {"en": "Compared with earlier meetings", "vi": "So với các cuộc gặp trước"},
    "n_commitments": {"en": "Commitments", "vi": "Số cam kết"},
    "rule": {"en": "Rule", "vi": "Quy tắc"},
    "reason": {"en": "Reason", "vi": "Lý do"},
    "reason_code": {"en": "Reason (code)", "vi": "Lý do (mã)"},
    "line": {"en": "Line", "vi": "Dòng"},
    "line_start": {"en": "From line", "vi": "Từ dòng"},
    "line_end": {"en": "To line", "vi": "Đến dòng"},
    "severity": {"en": "Severity", "vi": "Mức độ"},
    "text": {"en": "Text", "vi": "Văn bản"},
    "n_blocks": {"en": "Blocks removed", "vi": "Số khối bị loại"},
    "n_chars": {"en": "Characters removed", "vi": "Số ký tự bị loại"},
    "value_busd": {"en": "Target (USD bn)", "vi": "Mục tiêu (tỷ USD)"},
    "deadline_year": {"en": "Deadline", "vi": "Thời hạn"},
    "latest_year": {"en": "Latest year", "vi": "Năm gần nhất"},
    "latest_value_busd": {"en": "Latest actual (USD bn)", "vi": "Thực tế gần nhất (tỷ USD)"},
    "reporter": {"en": "Reporter", "vi": "Nguồn số liệu"},
    "gap_busd": {"en": "Gap (USD bn)", "vi": "Khoảng cách (tỷ USD)"},
    "gap_pct": {"en": "Gap (%)", "vi": "Khoảng cách (%)"},
    "required_cagr": {"en": "Required growth (%/yr)", "vi": "Tăng trưởng cần đạt (%/năm)"},
    "historical_cagr": {"en": "Historical growth (%/yr)", "vi": "Tăng trưởng lịch sử (%/năm)"},
    "year": {"en": "Year", "vi": "Năm"},
    "period": {"en": "Period", "vi": "Kỳ"},
    "source_org": {"en": "Source", "vi": "Nguồn"},
    "vn_exports_busd": {"en": "VN exports to KR (USD bn)", "vi": "VN xuất khẩu sang HQ (tỷ USD)"},
    "vn_imports_busd": {"en": "VN imports from KR (USD bn)", "vi": "VN nhập khẩu từ HQ (tỷ USD)"},
    "total_busd": {"en": "Two-way trade (USD bn)", "vi": "Kim ngạch hai chiều (tỷ USD)"},
    "balance_busd": {"en": "VN balance (USD bn)", "vi": "Cán cân của VN (tỷ USD)"},
    "export_import_ratio": {"en": "Exports / imports", "vi": "Xuất khẩu / nhập khẩu"},
    "parties": {"en": "Parties", "vi": "Các bên"},
    "metric": {"en": "Metric", "vi": "Chỉ tiêu"},
    "unit": {"en": "Unit", "vi": "Đơn vị"},
    "label": {"en": "Label", "vi": "Nhãn"},
    "precision": {"en": "Precision", "vi": "Độ chính xác"},
    "recall": {"en": "Recall", "vi": "Độ bao phủ"},
    "f1": {"en": "F1", "vi": "F1"},
    "new_themes": {"en": "New themes", "vi": "Chủ đề mới"},
    "level": {"en": "Level", "vi": "Cấp độ"},
    "tp": {"en": "True positives", "vi": "Đúng"},
    "fp": {"en": "False positives", "vi": "Thừa"},
    "fn": {"en": "False negatives", "vi": "Thiếu"},
    # statuses
    "met": {"en": "met", "vi": "đạt"},
    "missed": {"en": "missed", "vi": "không đạt"},
    "on_track": {"en": "on track", "vi": "đúng hướng"},
    "off_track": {"en": "off track", "vi": "chậm so với yêu cầu"},
    "no_data": {"en": "no data", "vi": "không có số liệu"},
    "open": {"en": "open (no deadline)", "vi": "chưa có thời hạn"},
    # figure text
    "fig_timeline_title": {
        "en": "From diplomatic ties (1992) to a comprehensive strategic partnership (2022): {n} meetings in the corpus",
        "vi": "Từ thiết lập quan hệ ngoại giao (1992) đến Đối tác chiến lược toàn diện (2022): {n} cuộc gặp trong kho dữ liệu",
    },
    # codes shown in tables
    "phone_call": {"en": "phone call", "vi": "điện đàm"},
    "foreign_ministers_talks": {"en": "foreign ministers' talks", "vi": "hội đàm Bộ trưởng Ngoại giao"},
    "state_visit": {"en": "state visit", "vi": "thăm cấp Nhà nước"},
    "official_visit": {"en": "official visit", "vi": "thăm chính thức"},
    "strategic_cooperative_partnership": {"en": "strategic cooperative partnership", "vi": "Đối tác hợp tác chiến lược"},
    "comprehensive_strategic_partnership": {"en": "comprehensive strategic partnership", "vi": "Đối tác chiến lược toàn diện"},
    "commitment": {"en": "commitment", "vi": "cam kết"},
    "agreement_signed": {"en": "agreement signed", "vi": "văn kiện ký kết"},
    "request": {"en": "request", "vi": "đề nghị"},
    "fig_timeline_full": {"en": "{start}–{end}: milestones and meetings", "vi": "{start}–{end}: dấu mốc và cuộc gặp"},
    "fig_timeline_zoom": {"en": "Zoom: the meetings of the corpus", "vi": "Phóng to: các cuộc gặp trong kho dữ liệu"},
    "milestone": {"en": "milestone", "vi": "dấu mốc"},
    "meeting": {"en": "meeting", "vi": "cuộc gặp"},
    "axis_year": {"en": "Year", "vi": "Năm"},
    "axis_date": {"en": "Date", "vi": "Ngày"},
    "axis_theme": {"en": "Theme", "vi": "Chủ đề"},
    "axis_meeting": {"en": "Meeting", "vi": "Cuộc gặp"},
    "axis_trade_busd": {"en": "Two-way goods trade (USD bn)", "vi": "Kim ngạch hàng hóa hai chiều (tỷ USD)"},
    "axis_balance_busd": {"en": "Vietnam's balance with Korea (USD bn)", "vi": "Cán cân thương mại của Việt Nam với Hàn Quốc (tỷ USD)"},
    "axis_count": {"en": "Number of commitments", "vi": "Số cam kết"},
    "actual": {"en": "actual", "vi": "thực tế"},
    "bn": {"en": "bn", "vi": "tỷ USD"},
    "target": {"en": "target", "vi": "mục tiêu"},
    "required_path": {"en": "path required to reach", "vi": "lộ trình cần thiết để đạt"},
    "source": {"en": "Source", "vi": "Nguồn"},
    "sources": {"en": "Sources", "vi": "Nguồn"},
    "parameters": {"en": "Parameters of this run", "vi": "Tham số của lần chạy này"},
    "none": {"en": "none", "vi": "không có"},
    "no_rows": {"en": "(no rows)", "vi": "(không có dòng nào)"},
}


# Why a trade goal has its status, one sentence per ``reason_code`` of :func:`vnkr.goal_status`;
# the fields are that function's numbers (``who`` = the reporter, ``at_pace`` = when the target is
# reached at the historical growth), filled by :func:`vnkr.report.findings.goal_reason`.
_REASONS: dict[str, dict[str, str]] = {
    "no_data_for_deadline_year": {
        "en": "no {who} figure for {deadline_year} (deadline year); not substituted from the other reporter "
              "or another year",
        "vi": "không có số liệu {who} cho năm {deadline_year} (năm hạn chót); không lấy thay từ bên báo cáo "
              "kia hay từ năm khác"},
    "met": {
        "en": "{who} {deadline_year} (deadline year): {latest_value_busd:g} bn, reached the {value_busd:g} bn target",
        "vi": "số liệu {who} năm {deadline_year} (năm hạn chót): {latest_value_busd:g} tỷ USD, đạt mục tiêu "
              "{value_busd:g} tỷ USD"},
    "missed_short_by": {
        "en": "{who} {deadline_year} (deadline year): {latest_value_busd:g} bn, short by {gap_busd:.2f} bn "
              "({gap_pct:.1%}) of the {value_busd:g} bn target",
        "vi": "số liệu {who} năm {deadline_year} (năm hạn chót): {latest_value_busd:g} tỷ USD, còn thiếu "
              "{gap_busd:.2f} tỷ USD ({gap_pct:.1%}) so với mục tiêu {value_busd:g} tỷ USD"},
    "no_data": {
        "en": "no {who} figure up to {as_of_year}",
        "vi": "không có số liệu {who} đến năm {as_of_year}"},
    "open_reached": {
        "en": "no deadline; {who} {latest_year}: {latest_value_busd:g} bn, already reached",
        "vi": "không có hạn chót; số liệu {who} năm {latest_year}: {latest_value_busd:g} tỷ USD, đã đạt"},
    "open_gap": {
        "en": "no deadline; {who} {latest_year}: {latest_value_busd:g} bn, {gap_busd:.2f} bn short",
        "vi": "không có hạn chót; số liệu {who} năm {latest_year}: {latest_value_busd:g} tỷ USD, còn thiếu "
              "{gap_busd:.2f} tỷ USD"},
    "met_before_deadline": {
        "en": "{who} {latest_year}: {latest_value_busd:g} bn, reached before the {deadline_year} deadline",
        "vi": "số liệu {who} năm {latest_year}: {latest_value_busd:g} tỷ USD, đạt trước hạn {deadline_year}"},
    "no_history": {
        "en": "needs {required_cagr:.1%}/yr from {latest_value_busd:g} bn ({latest_year}); no earlier {who} "
              "figure within {history_years} years to compare with",
        "vi": "cần tăng {required_cagr:.1%}/năm từ {latest_value_busd:g} tỷ USD ({latest_year}); không có số "
              "liệu {who} sớm hơn trong vòng {history_years} năm để so sánh"},
    "on_track": {
        "en": "needs {required_cagr:.1%}/yr from {latest_value_busd:g} bn ({latest_year}) to {value_busd:g} bn "
              "by {deadline_year}; {who} grew {historical_cagr:.1%}/yr over {historical_span} (at that pace: "
              "{at_pace})",
        "vi": "cần tăng {required_cagr:.1%}/năm từ {latest_value_busd:g} tỷ USD ({latest_year}) lên "
              "{value_busd:g} tỷ USD vào năm {deadline_year}; số liệu {who} tăng {historical_cagr:.1%}/năm "
              "giai đoạn {historical_span} (với tốc độ đó: {at_pace})"},
}
_REASONS["off_track"] = _REASONS["on_track"]
_LABELS.update({
    "review": {"en": "Review", "vi": "Duyệt"},
    "draft": {"en": "✎ machine draft, not yet reviewed", "vi": "✎ bản nháp máy, chưa duyệt"},
    "checked": {"en": "reviewed", "vi": "đã duyệt"},
    "unreviewed_note": {"en": "{n} commitment row(s) are machine drafts not yet reviewed by a person (marked ✎).",
                        "vi": "{n} dòng cam kết là bản nháp máy, chưa được người duyệt (đánh dấu ✎)."},
    "this_reporter": {"en": "this reporter's", "vi": "của bên báo cáo này"},
    "never_reached": {"en": "never reached", "vi": "không bao giờ đạt"},
    "reached_in": {"en": "reached in {year}", "vi": "đạt vào năm {year}"},
})


# The comparison of meetings (issue 14): statuses, levels, genres, changes and the sentences built
# from them. Templates take named fields filled by vnkr.report.commitments / findings.
_LABELS.update({
    "first_reported": {"en": "first reported", "vi": "lần đầu được nêu"},
    "reported_again": {"en": "reported again", "vi": "được nêu lại"},
    "not_reported": {"en": "not in this meeting's sources", "vi": "không có trong nguồn của cuộc gặp này"},
    "no_longer_reported": {"en": "no longer reported", "vi": "không còn được nêu"},
    "new_instrument": {"en": "new instrument", "vi": "văn kiện/mục tiêu mới"},
    "new_theme": {"en": "new theme", "vi": "chủ đề mới"},
    "same_theme_again": {"en": "same theme again", "vi": "chủ đề đã có"},
    "summit": {"en": "summit and head of state", "vi": "cấp cao và nguyên thủ"},
    "head_of_government": {"en": "head of government", "vi": "người đứng đầu Chính phủ"},
    "ministerial": {"en": "ministerial", "vi": "cấp bộ trưởng"},
    "parliamentary": {"en": "parliamentary", "vi": "kênh Quốc hội"},
    "party": {"en": "party", "vi": "kênh Đảng"},
    "full_statement": {"en": "full statement", "vi": "toàn văn tuyên bố"},
    "news_report": {"en": "news report", "vi": "bài tường thuật"},
    "excerpt": {"en": "excerpt", "vi": "trích đoạn"},
    "more_balanced": {"en": "more balanced (both measures agree)", "vi": "cân bằng hơn (cả hai thước đo đều cho thấy)"},
    "less_balanced": {"en": "less balanced (both measures agree)", "vi": "kém cân bằng hơn (cả hai thước đo đều cho thấy)"},
    "mixed": {"en": "mixed: the ratio and the deficit disagree", "vi": "trái chiều: tỷ lệ và mức thâm hụt không cùng hướng"},
    "unchanged": {"en": "unchanged", "vi": "không đổi"},
    "joint_committee": {"en": "joint committee", "vi": "Ủy ban hỗn hợp"},
    "party_talks": {"en": "party talks", "vi": "hội đàm kênh Đảng"},
    "parliamentary_talks": {"en": "parliamentary talks", "vi": "hội đàm kênh Quốc hội"},
    "summit_talks": {"en": "summit talks", "vi": "hội đàm cấp cao"},
    "video_call": {"en": "video call", "vi": "hội đàm trực tuyến"},
    "working_visit": {"en": "working visit", "vi": "thăm làm việc"},
    "meeting_title": {"en": "Meeting", "vi": "Cuộc gặp"},
    "n_sources": {"en": "Sources", "vi": "Số nguồn"},
    "n_words": {"en": "Words", "vi": "Số từ"},
    "genre": {"en": "Most complete source", "vi": "Nguồn đầy đủ nhất"},
    "genres": {"en": "Genres", "vi": "Thể loại"},
    "first_reported_themes": {"en": "Themes first reported", "vi": "Chủ đề lần đầu được nêu"},
    "n_reported_again": {"en": "Themes reported again", "vi": "Số chủ đề được nêu lại"},
    "no_longer_reported_themes": {"en": "No longer reported", "vi": "Không còn được nêu"},
    "n_meetings": {"en": "Meetings", "vi": "Số cuộc gặp"},
    "n_meetings_reporting": {"en": "Meetings reporting it", "vi": "Số cuộc gặp có nêu"},
    "value": {"en": "Value", "vi": "Giá trị"},
    "commitments_title": {"en": "Commitments compared, {span}: {n} meetings",
                          "vi": "So sánh cam kết, {span}: {n} cuộc gặp"},
    "commitments_headline": {
        "en": "{lead}. First reported in {last_year}: {first}. No longer reported "
              "(absent from the last {absent_meetings} meetings of the same level): {gone}",
        "vi": "{lead}. Lần đầu được nêu năm {last_year}: {first}. Không còn được "
              "nêu (vắng trong {absent_meetings} cuộc gặp cùng cấp gần nhất): {gone}"},
    "at_all_meetings": {"en": "At all {n} meetings: {themes}", "vi": "Có ở cả {n} cuộc gặp: {themes}"},
    "most_often_reported": {"en": "Most often reported: {themes}", "vi": "Được nêu nhiều nhất: {themes}"},
    "coverage_short": {"en": "{n} src · {words} w · {genre}", "vi": "{n} nguồn · {words} từ · {genre}"},
    "status_legend": {
        "en": "first reported: the first meeting whose sources commit to the theme; reported again: reported "
              "at an earlier meeting too; not in this meeting's sources: no commitment on it in this meeting's "
              "articles (it may still have been discussed); no longer reported: reported earlier, absent from "
              "every source of the last {absent_meetings} meetings of the same level.",
        "vi": "lần đầu được nêu: cuộc gặp đầu tiên có cam kết về chủ đề trong nguồn; được nêu lại: đã có ở một "
              "cuộc gặp trước; không có trong nguồn của cuộc gặp này: các bài viết về cuộc gặp không có cam kết "
              "về chủ đề (có thể vẫn được bàn); không còn được nêu: đã có trước đây, vắng trong mọi nguồn của "
              "{absent_meetings} cuộc gặp cùng cấp gần nhất."},
    "change_legend": {
        "en": "new instrument: a signed document, or a USD target no earlier meeting stated; new theme: at least "
              "one theme no earlier meeting reported; same theme again: every theme was reported before (the "
              "theme comes again, not necessarily the commitment).",
        "vi": "văn kiện/mục tiêu mới: văn kiện được ký, hoặc mục tiêu (USD) chưa cuộc gặp nào trước đó nêu; chủ "
              "đề mới: ít nhất một chủ đề chưa cuộc gặp nào trước đó nêu; chủ đề đã có: mọi chủ đề đều đã được "
              "nêu trước đây (chủ đề lặp lại, chưa chắc là cam kết)."},
    "counts_headline": {"en": "{theme} carries the most commitments: {n} over {span}",
                        "vi": "{theme} có nhiều cam kết nhất: {n} trong giai đoạn {span}"},
    "coverage_caption": {
        "en": "{n} meetings: {sources} sources, {words} words; {excerpts} covered only by an excerpt. An absence "
              "at a meeting covered by a short excerpt says little.",
        "vi": "{n} cuộc gặp: {sources} nguồn, {words} từ; {excerpts} cuộc gặp chỉ có một trích đoạn. Việc một "
              "chủ đề vắng mặt ở cuộc gặp chỉ có trích đoạn ngắn không nói lên nhiều điều."},
    "balance_headline": {
        "en": "Vietnam's deficit with Korea: USD {deficit_first_busd:,.1f} bn ({first_year}) → {deficit_last_busd:,.1f} bn "
              "({last_year}); exports/imports {ratio_first:.2f} → {ratio_last:.2f}: {verdict} ({reporter} data)",
        "vi": "Thâm hụt của Việt Nam với Hàn Quốc: {deficit_first_busd:,.1f} tỷ USD ({first_year}) → "
              "{deficit_last_busd:,.1f} tỷ USD ({last_year}); xuất/nhập {ratio_first:.2f} → {ratio_last:.2f}: "
              "{verdict} (số liệu {reporter})"},
    "target_history_title": {"en": "Targets as each meeting stated them —", "vi": "Mục tiêu theo từng cuộc gặp —"},
    "target_value": {"en": "USD {value} bn", "vi": "{value} tỷ USD"},
    "no_deadline": {"en": "no deadline ('soon')", "vi": "không có hạn ('sớm')"},
    "axis_deadline_year": {"en": "Deadline stated (year)", "vi": "Thời hạn được nêu (năm)"},
    "axis_meeting_date": {"en": "Meeting that stated the target", "vi": "Cuộc gặp nêu mục tiêu"},
    "external_source": {"en": "outside the corpus (URL)", "vi": "ngoài kho dữ liệu (URL)"},
    "corpus_source": {"en": "from the articles", "vi": "từ các bài báo"},
    "requests_left_out": {"en": "One-sided requests left out (not targets): {n}",
                          "vi": "Các đề nghị một phía không tính là mục tiêu: {n}"},
    "fig_timeline_many": {"en": "{n} meetings, one row per level (every meeting is listed in the table below)",
                          "vi": "{n} cuộc gặp, mỗi hàng một cấp (danh sách đầy đủ ở bảng dưới)"},
    "matrix_by_year": {"en": "{n} meetings: one column per year (meetings reporting the theme / meetings)",
                       "vi": "{n} cuộc gặp: mỗi cột một năm (số cuộc gặp có nêu chủ đề / số cuộc gặp)"},
    "n_meetings_short": {"en": "{n} mtgs", "vi": "{n} cuộc"},
})

def reason_text(code: str, lang: str = "en") -> str:
    """The sentence template for a goal's ``reason_code`` in ``lang`` (fields in braces).

    >>> reason_text("no_data", "vi")
    'không có số liệu {who} đến năm {as_of_year}'
    """
    if lang not in LANGS:
        raise ValueError(f"lang={lang!r}: expected one of {LANGS}")
    return _REASONS[code][lang]


def t(key: str, lang: str = "en") -> str:
    """The label for ``key`` in ``lang`` (``en`` or ``vi``); unknown keys are returned unchanged."""
    if lang not in LANGS:
        raise ValueError(f"lang={lang!r}: expected one of {LANGS}")
    entry = _LABELS.get(key)
    if entry is None:
        return key
    return entry.get(lang) or entry["en"]


def header(columns: Iterable[str], lang: str = "en") -> list[str]:
    """Translate column names for display."""
    return [t(str(c), lang) for c in columns]


def missing_keys(lang: str) -> list[str]:
    """Keys without a label (or goal-reason sentence) in ``lang``."""
    return sorted(k for table in (_LABELS, _REASONS) for k, v in table.items() if not v.get(lang))
