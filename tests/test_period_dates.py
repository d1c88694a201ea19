"""The dates a period's column header states (core.period_dates), as the targets import reads them."""
import datetime as dt

import pytest

from core.period_dates import span

D = dt.date
AFTER_Q3 = D(2025, 10, 1)          # the day after a baseline '… đến hết 30/9/2025'


@pytest.mark.parametrize("header, follows, expected", [
    ("Số người phải phát triển Quý IV/2025", None, (D(2025, 10, 1), D(2025, 12, 31))),
    ("Số người phải phát triển quý 4 năm 2025", None, (D(2025, 10, 1), D(2025, 12, 31))),
    ("Số người phải phát triển Quý IV", AFTER_Q3, (D(2025, 10, 1), D(2025, 12, 31))),     # year: what it follows
    ("Chỉ tiêu giao năm 2026 Quý I", None, (D(2026, 1, 1), D(2026, 3, 31))),            # year: the group title
    ("Số người phải phát triển Tháng 12/2025", None, (D(2025, 12, 1), D(2025, 12, 31))),
    ("phải phát triển tháng 2 năm 2024", None, (D(2024, 2, 1), D(2024, 2, 29))),
    ("Số người phải phát triển năm 2026", None, (D(2026, 1, 1), D(2026, 12, 31))),
    ("Chỉ tiêu giao cả năm 2026", None, (D(2026, 1, 1), D(2026, 12, 31))),
    ("Phải phát triển 6 tháng đầu năm 2026", None, (D(2026, 1, 1), D(2026, 6, 30))),
    ("Phải phát triển 6 tháng cuối năm 2026", None, (D(2026, 7, 1), D(2026, 12, 31))),
    ("Sáu tháng đầu năm 2026", None, (D(2026, 1, 1), D(2026, 6, 30))),
    ("Phải phát triển từ 01/10 đến 31/12/2025", None, (D(2025, 10, 1), D(2025, 12, 31))),
    ("Từ ngày 01/10/2025 đến ngày 31/12/2025", None, (D(2025, 10, 1), D(2025, 12, 31))),
    ("Đợt 1 (01/10–30/11/2025)", None, (D(2025, 10, 1), D(2025, 11, 30))),
    ("“Tháng cao điểm” (01–31/5/2023)", None, (D(2023, 5, 1), D(2023, 5, 31))),
    ("từ 01/12 đến 28/02/2026", None, (D(2025, 12, 1), D(2026, 2, 28))),                 # across the new year
    ("Tháng 6 - 12/2023", None, (D(2023, 6, 1), D(2023, 12, 31))),
    ("tháng 10 đến tháng 12 năm 2025", None, (D(2025, 10, 1), D(2025, 12, 31))),
    ("Phải phát triển đến hết 31/12/2025", AFTER_Q3, (D(2025, 10, 1), D(2025, 12, 31))),  # the start: the day after
    ("Phải phát triển đến hết tháng 12/2025", AFTER_Q3, (D(2025, 10, 1), D(2025, 12, 31))),
    ("PHẢI PHÁT TRIỂN ĐẾN HẾT NĂM 2025", AFTER_Q3, (D(2025, 10, 1), D(2025, 12, 31))),
])
def test_headers_that_state_their_dates(header, follows, expected):
    assert span(header, follows=follows) == expected


@pytest.mark.parametrize("header, follows", [
    ("Số người phải phát triển Trong “Tháng cao điểm”", D(2023, 4, 1)),   # seed 000: the header says no dates
    ("Số người phải phát triển Các tháng còn lại", D(2023, 6, 1)),
    ("Phải phát triển trong “Tháng cao điểm” năm 2023", None),             # not the whole year
    ("“ĐỢT 1”", AFTER_Q3),
    ("Số người phải phát triển Quý IV", None),                            # no year anywhere
    ("Phải phát triển đến hết 31/12/2025", None),                        # an end, and nothing to start from
    ("Phải phát triển từ 01/10/2025", AFTER_Q3),                          # a start only
    ("từ 31/02/2025 đến 31/03/2025", None),                              # no such day
    ("Tháng 13/2025", None),
])
def test_headers_without_a_whole_span_give_none(header, follows):
    start, end = span(header, follows=follows)
    assert not (start and end)


def test_a_month_without_a_year_takes_the_first_one_ending_after_the_reference():
    assert span("Tháng 10", reference=D(2025, 10, 13)) == (D(2025, 10, 1), D(2025, 10, 31))
    assert span("Quý I", reference=D(2025, 12, 20)) == (D(2026, 1, 1), D(2026, 3, 31))   # a plan issued in December
    assert span("Phải phát triển đến hết 31/12/2025", follows=D(2026, 1, 1)) == (None, D(2025, 12, 31))


# --- a group title joined to its column's own title: the most specific span, the group's only for the year ------
@pytest.mark.parametrize("header, follows, expected", [
    ("Số người phải phát triển Quý IV/2025 Tháng 10", None, (D(2025, 10, 1), D(2025, 10, 31))),
    ("Số người phải phát triển từ 01/10 đến 31/12/2025 Tháng 11", None, (D(2025, 11, 1), D(2025, 11, 30))),
    ("Số người phải phát triển đến hết 31/12/2025 Tháng 12", AFTER_Q3, (D(2025, 12, 1), D(2025, 12, 31))),
    ("Số người phải phát triển đến hết 31/12/2025 Tháng 10", AFTER_Q3, (D(2025, 10, 1), D(2025, 10, 31))),
    ("Chỉ tiêu năm 2025 (từ 01/10 đến 31/12/2025)", None, (D(2025, 10, 1), D(2025, 12, 31))),
])
def test_the_most_specific_span_a_header_states(header, follows, expected):
    assert span(header, follows=follows) == expected


def test_context_gives_only_the_year():
    group = "Số người phải phát triển Quý IV/2025"
    assert span("Tháng 11", context=group) == (D(2025, 11, 1), D(2025, 11, 30))
    assert span("Tháng 12", context="Số người phải phát triển đến hết 31/12/2025") == (D(2025, 12, 1),
                                                                                        D(2025, 12, 31))
    assert span("Tháng cao điểm", context=group, follows=AFTER_Q3) == (None, None)   # the group's dates are not its own
    assert span("Tháng 1/2026", context=group) == (D(2026, 1, 1), D(2026, 1, 31))    # its own year first


# --- month, quarter and period numbers are no days -------------------------------------------------------------
@pytest.mark.parametrize("header, expected", [
    ("Từ tháng 10 đến 31/12/2025", (D(2025, 10, 1), D(2025, 12, 31))),
    ("Tháng 10 - 31/12/2025", (D(2025, 10, 1), D(2025, 12, 31))),
    ("Đợt 1 - 01/10 đến 30/11/2025", (D(2025, 10, 1), D(2025, 11, 30))),
    ("Đợt 1 - 15/10/2025 đến 15/11/2025", (D(2025, 10, 15), D(2025, 11, 15))),
    ("Đợt 2 - 01/11 đến 30/11/2025", (D(2025, 11, 1), D(2025, 11, 30))),
    ("Kỳ 2 - 01/11 đến 30/11/2025", (D(2025, 11, 1), D(2025, 11, 30))),
    ("Giai đoạn 2 - 01/11 đến 30/11/2025", (D(2025, 11, 1), D(2025, 11, 30))),
    ("Tuần 1 - 15/10 đến 15/11/2025", (D(2025, 10, 15), D(2025, 11, 15))),
    ("Quý 4 - 31/12/2025", (D(2025, 10, 1), D(2025, 12, 31))),
])
def test_numbers_of_months_quarters_and_periods_are_not_days(header, expected):
    assert span(header) == expected


# --- ranges and lists of months, quarters and years ------------------------------------------------------------
@pytest.mark.parametrize("header, follows, expected", [
    ("tháng 10/2025 - tháng 3/2026", None, (D(2025, 10, 1), D(2026, 3, 31))),
    ("Tháng 11/2025 đến 3/2026", None, (D(2025, 11, 1), D(2026, 3, 31))),
    ("Tháng 12/2025 đến tháng 2/2026", None, (D(2025, 12, 1), D(2026, 2, 28))),
    ("Tháng 12 đến tháng 2/2026", None, (D(2025, 12, 1), D(2026, 2, 28))),
    ("Tháng 10, 11/2025", None, (D(2025, 10, 1), D(2025, 11, 30))),
    ("Tháng 10 và tháng 11/2025", None, (D(2025, 10, 1), D(2025, 11, 30))),
    ("Tháng 11, 12 và 1/2026", None, (D(2025, 11, 1), D(2026, 1, 31))),
    ("Quý I và Quý II/2026", None, (D(2026, 1, 1), D(2026, 6, 30))),
    ("Quý I, II năm 2026", None, (D(2026, 1, 1), D(2026, 6, 30))),
    ("Tháng 12/2025 và Quý I/2026", None, (D(2025, 12, 1), D(2026, 3, 31))),
    ("Năm 2025-2026", None, (D(2025, 1, 1), D(2026, 12, 31))),
    ("Đến hết tháng 12", AFTER_Q3, (D(2025, 10, 1), D(2025, 12, 31))),
    ("Phải phát triển đến hết Quý IV", AFTER_Q3, (D(2025, 10, 1), D(2025, 12, 31))),
    ("6 tháng cuối năm", AFTER_Q3, (D(2025, 7, 1), D(2025, 12, 31))),
    ("Từ tháng 10 đến hết tháng 12/2025", None, (D(2025, 10, 1), D(2025, 12, 31))),
])
def test_ranges_and_lists(header, follows, expected):
    assert span(header, follows=follows) == expected


@pytest.mark.parametrize("header", [
    "Quý I và Quý III/2026",            # a gap: not only the first, not only the last
    "Tháng 10 và tháng 12/2025",
    "Năm 2025 và 2027",
    "Quý IV/2025 Tháng 1/2026",         # spans that do not fit together
    "Tháng 10, 13/2025",                # no month 13
])
def test_lists_with_gaps_and_spans_that_disagree_give_none(header):
    assert span(header, follows=AFTER_Q3) == (None, None)


def test_a_month_after_tu_is_a_start_only():
    assert span("Từ tháng 10/2025", follows=AFTER_Q3) == (D(2025, 10, 1), None)


def test_a_part_of_the_year_without_its_year_falls_back_like_a_quarter():
    assert span("6 tháng đầu năm", reference=D(2025, 12, 20)) == (D(2026, 1, 1), D(2026, 6, 30))
    assert span("6 tháng cuối năm") == (None, None)
