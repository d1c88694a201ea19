"""D05-TS and D03-TS as .xlsx (core.documents.registration_lists gives the rows): the form's title, the header
with its column numbers, the rows grouped as the agency's software groups them (I. Tăng, I.1 …, Cộng tăng,
II. Giảm, Cộng giảm, TỔNG CỘNG), CCCD as text, amounts as numbers. Always Vietnamese. The look and the print
setup are core.workbooks.write's."""
from __future__ import annotations

from pathlib import Path

from core.documents.registration_lists import TITLES, RegistrationList
from core.workbooks import write as xl

MONEY = "#,##0"
# the 1-based columns of cells() that hold đồng, and where the totals go
MONEY_COLUMNS = {"d05-ts": {8, 11, 12, 14}, "d03-ts": {12, 14}}
TOTALS_AT = {"d05-ts": {11: "amount_due", 12: "person_pays", 14: "state_support"},
             "d03-ts": {12: "amount_due", 14: "state_support"}}
# (header, column number in the form, width); D05-TS, DOMAIN.md
D05 = [("STT", "A", 6), ("Họ và tên", "B", 22), ("Mã số BHXH", "C", 11), ("Số CCCD/ĐDCN/hộ chiếu", "1", 20),
       ("Địa chỉ", "2", 22), ("Ngày biên lai", "3", 9), ("Số biên lai", "4", 8),
       ("Mức thu nhập tháng đóng BHXH", "5", 13), ("Số tháng đóng", "6", 7), ("Từ tháng/năm", "7", 12),
       ("Số tiền phải đóng theo quy định", "8", 14), ("Người tham gia đóng", "9", 14),
       ("NSNN hỗ trợ: tỷ lệ (%)", "10", 8), ("NSNN hỗ trợ: số tiền", "11", 13),
       ("NSĐP hỗ trợ thêm: tỷ lệ (%)", "12", 8), ("NSĐP hỗ trợ thêm: số tiền", "13", 10),
       ("Hỗ trợ khác: tỷ lệ (%)", "14", 8), ("Hỗ trợ khác: số tiền", "15", 10), ("Mã số nhân viên thu", "16", 11),
       ("Ghi chú", "17", 10)]
D03 = [("STT", "A", 6), ("Họ và tên", "B", 22), ("Mã số BHXH", "C", 11), ("Số CCCD/ĐDCN", "1", 20),
       ("Ngày sinh", "2", 11), ("Giới tính", "3", 7), ("Địa chỉ", "4", 26), ("Nơi đăng ký KCB ban đầu", "5", 14),
       ("Ngày biên lai", "6", 10), ("Số biên lai", "7", 9), ("Người thứ", "8", 7), ("Số tiền", "9", 12),
       ("NSNN hỗ trợ: tỷ lệ (%)", "10", 8), ("NSNN hỗ trợ: số tiền", "11", 11), ("Từ tháng", "12", 11),
       ("Số tháng đóng", "13", 7), ("Mã nhân viên thu", "14", 11), ("Ghi chú", "15", 16)]


def columns(form: str) -> list[tuple[str, str, int]]:
    return D05 if form == "d05-ts" else D03


def cells(form: str, n: int, r: dict) -> list:
    """One person's row, in the form's columns (None: blank)."""
    address = r["address"] or ", ".join(x for x in (r["village"], r["commune"]) if x)
    rate = float(r["support_rate"]) if r["support_rate"] is not None else None
    if form == "d05-ts":
        return [n, r["full_name"], None, r["citizen_id"], address, None, None, r["monthly_income"],
                r["payment_months"], r["start"], r["amount_due"], r["person_pays"], rate, r["state_support"],
                None, None, None, None, r["collector_code"] or None, None]
    birth = r["birth_date"] and "/".join(reversed(r["birth_date"].split("-"))) or r["birth_year"]
    gender = {"M": "Nam", "F": "Nữ"}.get(r["gender"] or "")
    return [n, r["full_name"], None, r["citizen_id"], birth, gender, address, None, None, None, r.get("member"),
            r["amount_due"], rate or None, r["state_support"] or None, r["start"], r["payment_months"],
            r["collector_code"] or None, None]


def write(reg: RegistrationList, office: dict, path) -> Path:
    cols = columns(reg.form)
    book = xl.new_workbook()
    sheet = xl.add_sheet(book, reg.form.upper())
    xl.set_widths(sheet, [w for _h, _n, w in cols])
    header_at = 7
    xl.print_setup(sheet, landscape=True, title_rows=f"{header_at}:{header_at + 1}", freeze=f"C{header_at + 2}")
    xl.title_row(sheet, (office.get("parent_name") or "").upper())
    xl.title_row(sheet, (office.get("name") or "").upper())
    xl.title_row(sheet, f"{TITLES[reg.form]} (Mẫu {reg.form.upper()})", "title")
    xl.title_row(sheet, "; ".join(x for x in (reg.scope, f"Tổ chức dịch vụ thu: {reg.agency}" if reg.agency else "")
                                  if x))
    xl.notice_row(sheet, "vi")
    sheet.append([])
    xl.header_row(sheet, [h for h, _n, _w in cols])
    sheet.row_dimensions[header_at].height = 64  # wrapped headers: spreadsheet programs keep a set height only
    xl.header_row(sheet, [n for _h, n, _w in cols])
    money = MONEY_COLUMNS[reg.form]
    width = len(cols)
    _group_row(sheet, "I", "Tăng", width)
    _group_row(sheet, "I.1", "Người tham gia", width)
    for n, r in enumerate(reg.rows, start=1):
        values = cells(reg.form, n, r)
        sheet.append([xl.styled(sheet, v, border=True, text=i == 4,
                                number_format=MONEY if i in money and isinstance(v, int) else None)
                      for i, v in enumerate(values, start=1)])
    totals = _totals(reg)
    _total_row(sheet, "Cộng tăng", totals, reg.form, width)
    _group_row(sheet, "II", "Giảm", width)
    _total_row(sheet, "Cộng giảm", {}, reg.form, width)
    _total_row(sheet, "TỔNG CỘNG", totals, reg.form, width)
    return xl.save(book, Path(path))


def _totals(reg: RegistrationList) -> dict:
    return {"amount_due": reg.total("amount_due"), "person_pays": reg.total("person_pays"),
            "state_support": reg.total("state_support")}


def _group_row(sheet, number: str, name: str, width: int) -> None:
    sheet.append([xl.styled(sheet, number, font=xl.BOLD_FONT, border=True),
                  xl.styled(sheet, name, font=xl.BOLD_FONT, border=True)] +
                 [xl.styled(sheet, None, border=True) for _ in range(width - 2)])


def _total_row(sheet, name: str, totals: dict, form: str, width: int) -> None:
    at = TOTALS_AT[form]
    row = [xl.styled(sheet, None, border=True), xl.styled(sheet, name, font=xl.BOLD_FONT, border=True)]
    for i in range(3, width + 1):
        value = totals.get(at[i]) if i in at else None
        row.append(xl.styled(sheet, value if value is not None else (0 if i in at else None), font=xl.BOLD_FONT,
                             border=True, number_format=MONEY if i in at else None))
    sheet.append(row)
