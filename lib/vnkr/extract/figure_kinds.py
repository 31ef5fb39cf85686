"""The kind of a money figure in a report (target, actual, request, projection) from the words before
it and the stance of its clause: the decision :func:`vnkr.extract.amounts.read_targets` makes for
every amount (see its module docstring for the categories)."""

from __future__ import annotations

import re

from . import lexicon
from .switches import rule_on


def _last(rx: re.Pattern, text: str, a: int, b: int) -> re.Match | None:
    found = list(rx.finditer(text, a, b))
    return found[-1] if found else None


def figure_kind(
    window: str, stance: str | None, lang: str, prev_kind: str | None, after: str = "", following: str = ""
) -> str:
    if (
        stance in ("description", None)
        and rule_on("established_goal_described")
        and _names_goal(window, after, lang)
    ):
        return "target"  # 'stressed the resolve to meet the US$100 billion target the leaders set'
    if stance == "request" and rule_on("request_not_target"):
        # "đề nghị …, hướng tới mục tiêu nâng kim ngạch lên 100 tỷ USD": the goal named as such is
        # one both sides already hold; only the figure a side asks for is a request
        named = lexicon.cue("established_goal", lang).search(window)
        if named and rule_on("established_goal_in_request"):
            return "target"
        joined = lexicon.cue("connector", lang).fullmatch(_without_lead_deadline(window.strip(" ,;"), lang))
        if prev_kind == "target" and joined and rule_on("connector_inherits"):
            # '… mục tiêu 100 tỷ USD vào năm 2023 và 150 tỷ USD …': the goal named before both
            return "target"
        # 'Đáp lại, Tổng Bí thư cam kết … để đạt được mục tiêu này': the other side takes the figure up
        taken_up = lexicon.cue("goal_taken_up", lang).search(following)
        return "target" if taken_up and rule_on("goal_taken_up") else "request"
    if lexicon.cue("forecast", lang).search(window) and rule_on("forecast_not_target"):
        return "projection"  # 'he reckoned it would reach 100 billion USD in 2020': a forecast
    if rule_on("last_year_actual") and lexicon.cue("relative_last_year", lang).match(after.lstrip(" ,")):
        return (
            "actual"  # '… which customs put at $34 billion last year': last year's figure, whatever the verb
        )
    if rule_on("goal_after") and lexicon.cue("goal_after", lang).search(
        SENTENCE_END_RE.split(following, 1)[0]
    ):
        return "target"  # '… US$150 billion in 2030 under the goal set by Viet Nam and Korea'
    goal = _last(lexicon.cue("goal", lang), window, 0, len(window))
    actual = _last(lexicon.cue("actual", lang), window, 0, len(window))
    if goal and rule_on("company_goal") and lexicon.cue("company", lang).search(window, 0, goal.start()):
        return "projection"  # 'Samsung Vietnam is aiming at 57 billion USD in exports': a firm's aim, not the countries'
    if stance == "description" and goal and _shared_duty(window[: goal.start()], lang):
        return "target"  # 'stressed that both sides must work to reach US$100 billion'
    if stance == "description" and goal and _both_aim(window[: goal.start()], lang):
        return "target"  # '… là nhà đầu tư lớn và hai nước đang hướng tới 100 tỷ USD': both sides' own aim

    if actual and (goal is None or actual.start() > goal.start()) and rule_on("past_figure_word"):
        return "actual"
    if goal and stance != "description":
        return "target"
    between = _without_lead_deadline(window.strip(" ,;"), lang)
    joined = lexicon.cue("connector", lang).fullmatch(between) or (
        between == "" and "," in window and rule_on("comma_list_inherits")
    )
    # "100 tỷ USD năm 2023 và 150 tỷ USD …", "… năm 2025, 150 tỷ USD …": the first figure's kind carries
    if prev_kind and joined and rule_on("connector_inherits"):
        return prev_kind
    if stance in ("commitment", "pledge") and rule_on("agreement_makes_target"):
        return "target"
    return "actual"


SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)")
LEAD_YEAR_RE = re.compile(
    r"(?:(?:by|in|before|until|for|vào|đến|tới|trước|trong)\s+)?(?:(?:the end of|late|cuối|hết)\s+)?"
    r"(?:năm\s+)?(?:19|20)\d{2}\s*",
    re.IGNORECASE,
)


def _without_lead_deadline(window: str, lang: str) -> str:
    """The words between two amounts without the first amount's deadline (``$100 billion next year and
    $150 billion``, ``100 tỷ USD vào năm 2023 và 150 tỷ USD``), so that the connector is seen (rule
    ``connector_after_deadline``)."""
    if not rule_on("connector_after_deadline"):
        return window
    if rule_on("aside_between_goals"):  # '… in 2025, when the free trade agreement turns ten, and to …'
        opener = lexicon.cue("aside_opener", lang).pattern  # a clause of time set off by commas
        window = re.sub(rf"^(?:{opener})[^,;.]{{0,80}},\s*", "", window.strip(" ,;"), flags=re.IGNORECASE)
    if rule_on("vague_deadline_between_goals"):
        # '$100 billion in two-way trade soon and then $150 billion', '100 tỷ USD trong thời gian tới
        # và 150 tỷ USD': the first figure's metric and an open deadline hide the connector too
        metric = lexicon.cue("metric_two_way_trade", lang).pattern
        soon = lexicon.cue("vague_deadline", lang).pattern
        lead = rf"^(?:(?:in|of|về|trong)\s+)?(?:(?:{metric})\s*)+"
        window = re.sub(lead, "", window.strip(" ,;"), flags=re.IGNORECASE)
        window = re.sub(rf"^(?:{soon})\s*,?\s*", "", window.strip(" ,;"), flags=re.IGNORECASE)
    # 'ngay trong năm nay', 'vào năm tới', 'by next year': a preposition before the relative year
    window = re.sub(
        r"^(?:ngay\s+)?(?:trong|vào|đến|tới|in|by)?\s*(?=năm nay|năm tới|năm sau|next year|this year)",
        "",
        window.strip(),
        flags=re.IGNORECASE,
    )
    for rx in (
        lexicon.cue("relative_next_year", lang),
        lexicon.cue("relative_this_year", lang),
        LEAD_YEAR_RE,
    ):
        m = rx.match(window)
        if m:
            return window[m.end() :].strip(" ,;")
    return window


def _shared_duty(before_goal: str, lang: str) -> bool:
    """Both sides named with a duty word before the goal word (``both sides must work to reach``,
    ``hai bên cần nỗ lực đạt``): a goal they hold, even inside a statement (rule ``shared_duty_goal``)."""
    duty = _last(lexicon.cue("duty", lang), before_goal, 0, len(before_goal))
    return (
        rule_on("shared_duty_goal")
        and duty is not None
        and lexicon.cue("both_sides_goal", lang).search(before_goal, 0, duty.start()) is not None
    )


def _both_aim(before_goal: str, lang: str) -> bool:
    """Both sides named as the subject of the goal word, at most three words before it (``hai nước đang
    hướng tới``, ``Vietnam and the RoK are working to bring``): a goal they hold, even inside a statement
    (rule ``both_sides_aim``)."""
    both = _last(lexicon.cue("both_sides_goal", lang), before_goal, 0, len(before_goal))
    return (
        rule_on("both_sides_aim")
        and both is not None
        and re.fullmatch(r"(?:\s+[^\W\d][\w'’-]*){0,3}\s*", before_goal[both.end() :]) is not None
    )


def _names_goal(window: str, after: str, lang: str) -> bool:
    """The amount is named as a goal right beside it: ``mục tiêu 150 tỷ USD``, ``the US$100 billion
    trade target``, ``mục tiêu kim ngạch thương mại hai chiều 150 tỷ USD`` (at most six words between, no
    punctuation)."""
    rx = lexicon.cue("established_goal", lang).pattern
    shared = lexicon.cue("shared_goal", lang).pattern
    return bool(
        re.search(rf"(?:{rx})(?:\s+[^\W\d]\w*){{0,6}}\s*$", window, re.IGNORECASE)
        or re.match(rf"\s*(?:[^\W\d][\w'’-]*\s+){{0,2}}(?:{rx})(?!\w)", after, re.IGNORECASE)
        # 'mục tiêu chung đưa kim ngạch thương mại song phương lên 100 tỷ USD': a goal called shared
        or (
            rule_on("shared_goal")
            and re.search(
                rf"(?:{shared})(?:\s+[^\W\d][\w'’-]*){{0,12}}\s*(?:US)?\$?\s*$", window, re.IGNORECASE
            )
            is not None
        )
    )
