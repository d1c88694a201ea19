"""Invitations (Decree 30, Mẫu 1.7) for a conference's invitees, one or two to an A4 sheet, each with its QR code.

Each invitation is its own one-page document (no page number). What every invitation of a batch shares (the
agencies, the national title, the date, the type name, the signer blocks, 'Nơi nhận') is drawn once as a PDF
form and placed on each page; only the invitee's lines, the QR code and its code are drawn per page. So a batch
of 1.000 is one pass of text layout plus 1.000 QR codes.

The body comes from a template the office may edit (setting 'invitation_template'; save_template, and sample()
draws it as the clerk types, registering nothing), one paragraph a line, with placeholders in braces
(PLACEHOLDERS); the invitee's name is set in bold. Documents are always Vietnamese.

A conference with a co-issuer (its own, else its plan's: core.co_issuer) is issued jointly: the co-issuer hosts and
comes first, the office second, so both agencies stand top left, the number carries both symbols
('Số: 05/GM-UBND-BHXH'), {co_quan} names both and each signs in its own block.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from core import co_issuer, formatting, labels, parse
from core.changes import Changes
from core.conferences import commune_label
from core.documents import files, fonts, layout, qr, register
from core.documents.layout import FULL, HALF, PAGE_HEIGHT, PAGE_WIDTH, Frame, Issuer, Scale
from core.errors import UserError
from core.i18n import DOCUMENTS, N_, _, ngettext
from core.invitations import _check_symbol
from core.text import clean
from core.progress import NO_PROGRESS, Progress
from storage.records import now

TEMPLATE_SETTING = "invitation_template"
DEFAULT_TEMPLATE = """{co_quan} trân trọng kính mời: Ông/Bà {ho_ten}, {dia_chi}.
Tới dự: {hoi_nghi}.
Chủ trì: {chu_tri}.
Thời gian: {thoi_gian}.
Địa điểm: {dia_diem}.
Khi đến dự, xin Ông/Bà mang theo giấy mời này (mã {ma}) và căn cước công dân./."""
# placeholder -> what it stands for (shown to the clerk who edits the template: placeholder_meaning())
PLACEHOLDERS = {
    "co_quan": N_("cơ quan mời"), "ho_ten": N_("họ và tên người được mời"),
    "dia_chi": N_("thôn/tổ, xã của người được mời"), "ma": N_("mã giấy mời (in cùng mã QR)"),
    "hoi_nghi": N_("tên hội nghị"), "chu_tri": N_("người chủ trì"), "thoi_gian": N_("giờ và ngày hội nghị"),
    "dia_diem": N_("địa điểm"), "ke_hoach": N_("số kế hoạch"), "xa": N_("xã tổ chức"),
}
SAMPLE_NAME = "Nguyễn Văn An"  # the invitee of a preview when the conference has none yet
SAMPLE_CODE = "XEMTHU"          # + its check symbol: a code of the right shape that no invitation has
PERSONAL = {"ho_ten", "dia_chi", "ma"}  # differ per invitee; the rest is the same for the whole batch
WEEKDAYS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
INDENT = 10 * mm  # a paragraph's first line (Decree 30: 1-1,27 cm)


@dataclass
class Batch:
    """Everything an invitation batch needs, gathered and checked before anything is drawn."""
    conference: dict
    issuers: list[Issuer]
    number: int | None
    issued_on: dt.date
    place: str
    invitees: list[dict]              # id, full_name, village, commune, code
    template: str = DEFAULT_TEMPLATE
    recipients: list[str] = field(default_factory=lambda: ["- Như trên;", "- Lưu: VT."])
    reprint: bool = False             # the conference is held or past: printed again, with a warning
    warnings: list[str] = field(default_factory=list)


@dataclass
class Sample:
    """A template drawn as its first invitation would print (sample()): from which conference (None: a made-up
    one, the office having none) and for whom (made_up: a sample invitee, the conference having none)."""
    path: str
    conference: dict | None
    invitee: str
    made_up: bool
    number: str


@dataclass
class Printed:
    path: str
    invitations: int
    pages: int
    number: str
    warnings: list[str]


def check_template(template: str) -> None:
    """Refuse a placeholder that does not exist, naming it and where the template is edited."""
    unknown = [name for name in _PLACEHOLDER.findall(template) if name not in PLACEHOLDERS]
    if unknown:
        raise UserError(_("Mẫu giấy mời có chỗ điền “{{{name}}}” không có (sửa mẫu ở Cài đặt → Mẫu giấy mời). "
                          "Các chỗ điền: {names}.", name=unknown[0],
                          names=", ".join("{" + n + "}" for n in PLACEHOLDERS)), field="template")


def placeholder_meaning(name: str) -> str:
    """What a placeholder stands for, in the language of the moment (for the template editor)."""
    return _(PLACEHOLDERS[name])


def clean_template(template: str) -> str:
    """The template as it is kept: each line cleaned (core.text.clean: the first line of a paragraph is indented
    when it prints), blank lines around it gone; refused when empty, with an unknown placeholder (check_template)
    or a brace outside a placeholder."""
    text = "\n".join(clean(line) for line in (template or "").splitlines()).strip("\n")
    if not text:
        raise UserError(_("Mẫu giấy mời không được để trống (bấm “Khôi phục mẫu mặc định” để lấy lại mẫu có sẵn)."),
                        field="template")
    check_template(text)
    stray = next((ch for ch in _PLACEHOLDER.sub("", text) if ch in "{}"), None)
    if stray:
        raise UserError(_("Mẫu giấy mời có dấu “{brace}” lẻ: mỗi chỗ điền nằm trong một cặp ngoặc nhọn, ví dụ "
                          "{{ho_ten}}.", brace=stray), field="template")
    return text


def office_template(ws) -> str:
    """The office's invitation template (the default until the clerk saves one)."""
    return ws.setting(TEMPLATE_SETTING) or DEFAULT_TEMPLATE


def save_template(ws, template: str) -> Changes:
    """Keep the template (clean_template's rules: a refusal saves nothing), audited."""
    text = clean_template(template)
    with ws.transaction():
        ws.set_setting(TEMPLATE_SETTING, text)
    return Changes()  # no page shows the template but the one that saved it


def conference_time(conference: dict) -> str:
    """'14 giờ 00, thứ Ba, ngày 30/12/2025'."""
    day = formatting.as_date(conference["date"])
    hours, _sep, minutes = (conference.get("time") or "").partition(":")
    when = f"{int(hours)} giờ {minutes or '00'}, " if hours.isdigit() else ""
    return f"{when}{WEEKDAYS[day.weekday()]}, ngày {day:%d/%m/%Y}"


def office_issuer(office: dict, symbol: str) -> Issuer:
    return Issuer(name=office["name"], parent=office.get("parent_name", ""), symbol=symbol,
                  signer_authority=office.get("signer_authority", ""), signer_title=office.get("signer_title", ""),
                  signer_name=office.get("signer_name", ""))


def issuers(ws, conference: dict) -> list[Issuer]:
    """Who issues the conference's invitations: the office alone, or its co-issuer first (it hosts) and the
    office second."""
    own = office_issuer(ws.office or {}, ws.setting("document_symbol") or "BHXH")
    plan = ws.plans.get(conference["plan_id"]) if conference.get("plan_id") else None
    joint = co_issuer.effective(conference, plan)
    return [Issuer(**joint), own] if joint else [own]


def gather(ws, conference_id: int, person_ids=None, number: int | None = None,
           today: dt.date | None = None) -> Batch:
    """The batch for a conference (all its invitees, or these people), checked: every missing piece is named
    with the place to fix it, before anything is drawn or numbered."""
    conference = ws.conferences.get(conference_id)
    if conference is None:
        raise UserError(_("Không có hội nghị số {id}.", id=conference_id), field="conference_id")
    office = ws.office or {}
    template = office_template(ws)
    check_template(template)
    problems = []
    if not (conference.get("venue") or "").strip():
        problems.append(_("hội nghị chưa có địa điểm (sửa hội nghị ở trang Hội nghị)"))
    if not (office.get("signer_name") or "").strip():
        problems.append(_("chưa có người ký (Địa bàn → Hồ sơ đơn vị → Người ký văn bản mặc định)"))
    invitees = ws.invitations.list(conference_id)
    if person_ids:
        wanted = set(person_ids)
        invitees = [i for i in invitees if i["person_id"] in wanted]
    if not invitees:
        problems.append(_("chưa có ai được mời (mời ở trang Hội nghị hoặc Người tham gia)") if not person_ids
                        else _("những người đã chọn chưa được mời dự hội nghị này"))
    if problems:
        raise UserError(_("Chưa in được giấy mời cho hội nghị số {id}: {problems}.", id=conference_id,
                          problems="; ".join(problems)), field="conference_id")
    today = today or dt.date.today()
    earlier = register.for_conference(ws, conference_id)
    batch = Batch(conference=conference, issuers=issuers(ws, conference),
                  number=earlier["number"] if earlier and number is None else number,
                  issued_on=parse.stored_date(earlier["issued_on"]) if earlier and number is None else today,
                  place=office.get("place_name", ""), invitees=invitees, template=template)
    if conference["status"] == "held" or conference["date"] < today.isoformat():
        batch.reprint = True
        batch.warnings.append(_("Hội nghị ngày {date} đã qua hoặc đã tổ chức: đây là bản in lại.",
                                date=formatting.date(conference["date"])))
    return batch


def values(batch: Batch) -> dict:
    """The template's values shared by the whole batch."""
    c = batch.conference
    kind = labels.conference_kind(c["kind"], c.get("kind_name", ""), DOCUMENTS) if c.get("kind") else ""
    meeting = c.get("title") or f"{kind} tại {c.get('commune_name') or ''}".strip()
    agencies = " và ".join(i.name for i in batch.issuers)
    return {"co_quan": agencies, "hoi_nghi": meeting, "chu_tri": c.get("host") or "", "thoi_gian": conference_time(c),
            "dia_diem": c.get("venue") or "", "ke_hoach": c.get("plan_number") or "", "xa": c.get("commune_name") or ""}


def personal(invitee: dict) -> dict:
    where = ", ".join(x for x in (invitee.get("village"), invitee.get("commune")) if x)
    return {"ho_ten": invitee["full_name"], "dia_chi": where, "ma": invitee["code"]}


def runs(line: str, shared: dict, person: dict) -> list[layout.Run]:
    """A template line as runs of text: the invitee's name bold, the rest regular."""
    out: list[layout.Run] = []
    pos = 0
    for m in _PLACEHOLDER.finditer(line):
        if m.start() > pos:
            out.append((line[pos:m.start()], fonts.REGULAR))
        name = m.group(1)
        value = person.get(name, shared.get(name, ""))
        out.append((str(value), fonts.BOLD if name == "ho_ten" else fonts.REGULAR))
        pos = m.end()
    if pos < len(line):
        out.append((line[pos:], fonts.REGULAR))
    return out


def summary(batch: Batch) -> str:
    return "V/v tham dự hội nghị"


def signers(batch: Batch) -> str:
    """Who signs, for the register: 'Đinh Văn Lâm, Bạch Thị Yến Thoa' when two agencies sign."""
    return ", ".join(i.signer_name for i in batch.issuers if i.signer_name)


def render(batch: Batch, path, per_page: int = 1, progress: Progress = NO_PROGRESS) -> int:
    """Draw the batch into path (PDF); returns the number of pages. progress hears of every 25 invitations
    (and raises Cancelled when the clerk cancels)."""
    if per_page not in (1, 2):
        raise UserError(_("Mỗi trang in 1 hoặc 2 giấy mời."), field="per_page")
    fonts.register()
    scale = FULL if per_page == 1 else HALF
    half = PAGE_HEIGHT / 2
    frames = [layout.page_frame()] if per_page == 1 else \
        [layout.page_frame(0, half, 10 * mm), layout.page_frame(half, half, 10 * mm)]
    c = Canvas(str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT), pageCompression=1, initialFontName=fonts.REGULAR,
               initialFontSize=scale.body)
    c.setTitle(f"Giấy mời – {values(batch)['hoi_nghi']}")
    c.setAuthor(" – ".join(i.name for i in batch.issuers))
    shared = values(batch)
    number = layout.number_line(batch.number, "GM", [i.symbol for i in batch.issuers])
    dated = formatting.long_date(batch.issued_on, batch.place)
    frame0 = frames[0]
    body_top = _static_form(c, "top", frame0, batch, number, dated, scale)
    lines = [line for line in batch.template.splitlines() if line.strip()]
    wrapped_once: dict = {}
    bodies = [_body(frame0, body_top, lines, wrapped_once, shared, personal(invitee), scale)
              for invitee in batch.invitees]
    lowest = min(end for _paragraphs, end in bodies)  # the signers follow the longest body of the batch
    if lowest - scale.gap < frame0.y + _bottom_height(batch, scale):
        raise UserError(_("Nội dung giấy mời dài quá một trang{half}: rút gọn mẫu giấy mời (Cài đặt → Mẫu giấy "
                          "mời) hoặc in mỗi trang một giấy mời.", half=_(" (nửa trang A4)") if per_page == 2 else ""),
                        field="template")
    _signers_form(c, "bottom", frame0, batch, lowest - scale.gap, scale)
    c.beginForm("shared")  # what every page carries, placed once a page
    c.doForm("top")
    c.doForm("bottom")
    c.endForm()
    pages = 0
    forms: set[str] = set()
    # a line of the invitee's own paragraphs that comes out the same on many pages (the agency's words before the
    # name, the sentence around the code) is drawn once, as a form
    repeated = Counter(line for paragraphs, _end in bodies for line in _own_lines(paragraphs, frame0.x, scale))
    line_forms: dict[tuple, str] = {}
    for n, (invitee, (paragraphs, _end)) in enumerate(zip(batch.invitees, bodies)):
        if n % 25 == 0:
            progress.report(n, len(batch.invitees), _("Đang in giấy mời…"))
        slot = n % per_page
        if slot == 0:
            if n:
                c.showPage()
            pages += 1
            if per_page == 2:
                _cut_line(c)
        c.saveState()
        c.translate(0, frames[slot].y - frame0.y)  # forms are drawn for the first slot; the second is moved down
        c.doForm("shared")
        statics = tuple(form for _y, _w, _r, form in paragraphs if form)
        form = "s" + str(hash(statics))  # the paragraphs the same on every page laid out alike: one PDF form
        if form not in forms:
            forms.add(form)
            c.beginForm(form)
            for y, wrapped, room, key in paragraphs:
                if key:
                    layout.draw_lines(c, wrapped, frame0.x, y, scale.body, scale.leading, room, "justify", INDENT)
            c.endForm()
        c.doForm(form)
        code = invitee["code"]
        qr_left, qr_bottom = frame0.right - scale.qr, body_top + scale.body - scale.qr
        qr.draw(c, code, qr_left, qr_bottom, scale.qr)
        c.setFont(fonts.BOLD, scale.recipients)
        c.drawCentredString(qr_left + scale.qr / 2, qr_bottom - scale.recipients, code)
        for line in _own_lines(paragraphs, frame0.x, scale):
            x, y, room, align, runs = line
            if repeated[line] == 1:
                layout.draw_line(c, runs, x, y, scale.body, room, align)
                continue
            if line not in line_forms:
                line_forms[line] = name = f"l{len(line_forms)}"
                c.beginForm(name)
                layout.draw_line(c, runs, x, y, scale.body, room, align)
                c.endForm()
            c.doForm(line_forms[line])
        c.restoreState()
    c.showPage()
    c.save()
    return pages


def _static_form(c, name: str, frame: Frame, batch: Batch, number: str, dated: str, s: Scale) -> float:
    c.beginForm(name)
    y = layout.header(c, frame, batch.issuers, number, dated, s)
    y = layout.title(c, frame, "GIẤY MỜI", summary(batch), y, s)
    c.endForm()
    return y


def _signers_form(c, name: str, frame: Frame, batch: Batch, top: float, s: Scale) -> None:
    """Signer blocks on the right (a joint document: one per agency, side by side) and 'Nơi nhận' on the left,
    from top down."""
    c.beginForm(name)
    if len(batch.issuers) == 1:
        layout.signer_block(c, frame.x + frame.width * 0.5, frame.width * 0.5, top, batch.issuers[0], s)
        layout.recipients(c, frame.x, top, frame.width * 0.45, batch.recipients, s)
    else:
        column = frame.width / 2
        lowest = top
        lines = max(len(i.signer_lines()) for i in batch.issuers)  # the names side by side, on one line
        for k, issuer in enumerate(reversed(batch.issuers)):  # the lead agency signs on the right
            lowest = min(lowest, layout.signer_block(c, frame.x + column * k, column, top, issuer, s, lines))
        layout.recipients(c, frame.x, lowest - s.gap, frame.width * 0.45, batch.recipients, s)
    c.endForm()


def _bottom_height(batch: Batch, s: Scale) -> float:
    """The room the signer blocks take (with 'Nơi nhận' under them when two agencies sign side by side)."""
    lines = max(len(i.signer_lines()) for i in batch.issuers)
    signers = max(layout.signer_height(i, s, lines) for i in batch.issuers)
    if len(batch.issuers) == 1:
        return signers
    return signers + s.gap + s.recipients_head * s.leading + len(batch.recipients) * s.recipients * 1.15


def _body(frame: Frame, top: float, lines: list[str], cache: dict, shared: dict, person: dict,
          s: Scale) -> tuple[list, float]:
    """The template's paragraphs laid out for one invitee, clear of the QR code at the top right:
    ([(baseline, lines, width of line k, key), …], the baseline after the last). A paragraph without the
    invitee's details is wrapped once per height it stands at (cache, under key); key is None for the others."""
    narrow_until = top + s.body - s.qr - s.recipients * 1.5  # lines above this stay clear of the code and its text
    paragraphs = []
    y = top
    for i, line in enumerate(lines):
        def room(k, y0=y):
            return frame.width - (s.qr + 3 * mm if y0 - k * s.body * s.leading > narrow_until else 0)

        def wrapped_at(r=room, line=line):
            return layout.wrap(runs(line, shared, person), s.body, lambda k: r(k) - (INDENT if k == 0 else 0))
        key = None if set(_PLACEHOLDER.findall(line)) & PERSONAL else f"p{i}@{y:.1f}"
        if key is None:
            wrapped = wrapped_at()
        elif key in cache:
            wrapped = cache[key]
        else:
            wrapped = cache[key] = wrapped_at()
        paragraphs.append((y, wrapped, room, key))
        y -= len(wrapped) * s.body * s.leading + s.gap
    return paragraphs, y


def _own_lines(paragraphs: list, x: float, s: Scale):
    """The lines of the invitee's own paragraphs placed as layout.draw_lines places them (the first indented,
    justified but the last): (x, baseline, room, align, runs)."""
    for y, wrapped, room, key in paragraphs:
        if key:
            continue
        for i, runs in enumerate(wrapped):
            indent = INDENT if i == 0 else 0
            yield (x + indent, y - i * s.body * s.leading, room(i) - indent,
                   "justify" if i < len(wrapped) - 1 else "left", tuple(runs))


def _cut_line(c) -> None:
    c.saveState()
    c.setDash(3, 3)
    c.setLineWidth(0.4)
    c.line(8 * mm, PAGE_HEIGHT / 2, PAGE_WIDTH - 8 * mm, PAGE_HEIGHT / 2)
    c.restoreState()


def preview(ws, conference_id: int, path, per_page: int = 1, person_ids=None, number: int | None = None,
            progress: Progress = NO_PROGRESS) -> Printed:
    """The batch as it would print, into path, registering and marking nothing (the number shown is the one
    printing would give)."""
    batch = gather(ws, conference_id, person_ids, number)
    if batch.number is None:
        batch.number = register.next_number(ws, "GM", batch.issued_on.year)
    with files.written(path) as drawing:
        pages = render(batch, drawing, per_page, progress)
    return Printed(str(path), len(batch.invitees), pages,
                   layout.number_line(batch.number, "GM", [i.symbol for i in batch.issuers]), batch.warnings)


def sample(ws, template: str, path, today: dt.date | None = None) -> Sample:
    """The template (as the clerk is editing it: clean_template's rules) drawn into path as the first invitation
    of the next conference that has invitees (else the latest that has; else a sample invitee at the next
    conference, or the latest; else a made-up conference), one to an A4 sheet; registers and marks nothing, and
    needs none of what printing needs (venue, signer). Refused when the body does not fit the page."""
    text = clean_template(template)
    today = today or dt.date.today()
    conference = _sample_conference(ws, today)
    invitees = ws.invitations.list(conference["id"])[:1] if conference.get("id") else []
    made_up = not invitees
    if made_up:
        village = ws.units.villages(conference["commune_id"])[:1] if conference.get("commune_id") else []
        invitees = [{"full_name": SAMPLE_NAME, "village": village[0]["name"] if village else "",
                     "commune": conference.get("commune_name") or "",
                     "code": SAMPLE_CODE + _check_symbol(SAMPLE_CODE)}]
    earlier = register.for_conference(ws, conference["id"]) if conference.get("id") else None
    issued_on = parse.stored_date(earlier["issued_on"]) if earlier else today
    batch = Batch(conference=conference, issuers=issuers(ws, conference),
                  number=earlier["number"] if earlier else register.next_number(ws, "GM", issued_on.year),
                  issued_on=issued_on, place=(ws.office or {}).get("place_name", ""), invitees=invitees, template=text)
    with files.written(path) as drawing:
        render(batch, drawing, 1)
    return Sample(str(path), conference if conference.get("id") else None, invitees[0]["full_name"], made_up,
                  layout.number_line(batch.number, "GM", [i.symbol for i in batch.issuers]))


def _sample_conference(ws, today: dt.date) -> dict:
    """The conference a template preview is drawn from (see sample); a made-up one when the office has none."""
    rows = ws.query(
        "SELECT c.id, c.date, (SELECT count(*) FROM invitations i JOIN people p ON p.id = i.person_id"
        " WHERE i.conference_id = c.id AND i.deleted = 0 AND p.deleted = 0) AS invited"
        " FROM conferences c WHERE c.deleted = 0 AND c.status != 'cancelled'"
        " ORDER BY c.date, coalesce(c.time, ''), c.id")
    day = today.isoformat()
    for candidates in ([r for r in rows if r["invited"] and r["date"] >= day],
                       [r for r in reversed(rows) if r["invited"]],
                       [r for r in rows if r["date"] >= day], list(reversed(rows))):
        if candidates:
            return ws.conferences.get(candidates[0]["id"])
    communes = ws.units.communes()
    commune = communes[0] if communes else {"id": None, "name": ""}
    return {"id": None, "kind": "customer", "kind_name": "", "title": "", "commune_id": commune["id"],
            "commune_name": commune["name"], "date": (today + dt.timedelta(days=7)).isoformat(), "time": "08:00",
            "venue": f"Hội trường UBND {commune_label(commune['name'])}".strip(), "host": "", "plan_id": None,
            "plan_number": "", "status": "planned", "co_issuer": ""}


def print_batch(ws, conference_id: int, path, per_page: int = 1, person_ids=None, number: int | None = None,
                today: dt.date | None = None, progress: Progress = NO_PROGRESS) -> Printed:
    """Check, number (a first print registers a GM number; a reprint keeps it), draw to path, then mark the
    invitations printed, in one transaction: a failed drawing registers and marks nothing."""
    batch = gather(ws, conference_id, person_ids, number, today)
    first = register.for_conference(ws, conference_id) is None or number is not None
    with ws.transaction(), files.written(path) as drawing:
        if first:
            doc = register.issue(ws, "GM", batch.issued_on, summary(batch), signers(batch), batch.number,
                                 conference_id)
            batch.number = doc["number"]
        pages = render(batch, drawing, per_page, progress)
        stamp = now()
        for invitee in batch.invitees:
            ws.update("invitations", invitee["id"], {"printed_at": stamp})
    return Printed(str(path), len(batch.invitees), pages,
                   layout.number_line(batch.number, "GM", [i.symbol for i in batch.issuers]), batch.warnings)


def describe(printed: Printed) -> str:
    return ngettext("Đã in {n} giấy mời ({pages} trang, {number}) ra {path}.",
                    "Đã in {n} giấy mời ({pages} trang, {number}) ra {path}.", printed.invitations,
                    pages=printed.pages, number=printed.number, path=printed.path)
