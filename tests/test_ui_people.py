"""The people page offscreen: the lazy model (fetchMore in batches, QAbstractItemModelTester), search and filters
narrowing the table through core, the person form validating as you type, and the import wizard end to end on
a messy workbook (title rows, two-row merged header) with dry run, import and undo."""
from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from core.changes import Changes  # noqa: E402
from ui.people_model import BATCH, COL_ID, COL_NAME, PeopleModel, mask_id  # noqa: E402
from ui_support import FakeMain  # noqa: E402


# --- the lazy model against the ids/rows contract ---------------------------------------------------------
class StubPeople:
    """ids()/rows() as core offers them, counting row reads so the test can see the model never loads all."""
    STATUSES = {"prospect": ("Tiềm năng", "Prospect")}

    def __init__(self, n):
        self.n = n
        self.rows_read = 0

    def ids(self, filters, order, descending=False):
        ids = list(range(1, self.n + 1))
        if filters.get("search"):
            ids = [i for i in ids if str(i).endswith(filters["search"])]
        return ids[::-1] if descending else ids

    def rows(self, ids):
        self.rows_read += len(ids)
        return [{"id": i, "full_name": f"Người {i}", "birth_year": 1980 + i % 30, "gender": "M",
                 "citizen_id": f"0510800{i:05d}", "phone": "", "village_name": "Thôn 1", "commune_name": "Xã Sơn Hà",
                 "status": "prospect", "target_group": ""} for i in ids]


class StubWs:
    def __init__(self, n):
        self.people = StubPeople(n)


def test_lazy_model_fetches_in_batches_and_passes_the_model_tester(qtmodeltester):
    ws = StubWs(3 * BATCH + 17)
    model = PeopleModel(ws)
    model.set_query({})
    assert model.total() == 3 * BATCH + 17
    assert model.rowCount() == BATCH and model.canFetchMore()
    counts = []
    while model.canFetchMore():
        model.fetchMore()
        counts.append(model.rowCount())
    assert counts[-1] == 3 * BATCH + 17
    assert counts == sorted(counts) and len(counts) >= 2
    model.fetchMore()   # nothing left: returns early, nothing inserted
    assert model.rowCount() == 3 * BATCH + 17
    assert model.data(model.index(model.rowCount() - 1, COL_NAME)) == f"Người {3 * BATCH + 17}"
    model.set_query({})   # back to one batch; the tester fetches the rest itself and checks every insert
    assert model.rowCount() == BATCH
    qtmodeltester.check(model)


def test_lazy_model_reads_rows_in_blocks_and_masks_ids(qapp):
    ws = StubWs(5000)
    model = PeopleModel(ws)
    model.set_query({})
    assert model.data(model.index(0, COL_NAME)) == "Người 1"
    first = ws.people.rows_read
    assert 1 < first < 1000        # one block read, not the whole list
    for r in range(50):
        model.data(model.index(r, COL_NAME))
    assert ws.people.rows_read == first  # cached
    assert model.data(model.index(0, COL_ID)) == mask_id("051080000001") == "•••• •••• 0001"
    model.set_reveal_ids(True)
    assert model.data(model.index(0, COL_ID)) == "051080000001"
    model.invalidate()                  # O(1): next read goes back to core
    model.data(model.index(0, COL_NAME))
    assert ws.people.rows_read > first


def test_lazy_model_reset_on_new_query(qtmodeltester):
    ws = StubWs(2000)
    model = PeopleModel(ws)
    model.set_query({})
    model.set_query({"search": "7"})
    assert model.total() == 200 and model.rowCount() == 200 and not model.canFetchMore()
    qtmodeltester.check(model)


# --- the page, the form and the import wizard over the real core ------------------------------------------
needs_core = pytest.mark.skipif(__import__("importlib").util.find_spec("core.people") is None,
                                reason="core.people not there yet")

NAMES = [("Nguyễn Văn Đức", 1978, "M"), ("Đinh Thị Hương", 1985, "F"), ("Phạm Minh Dũng", 1990, "M"),
         ("Trần Thị Ánh Nguyệt", 1969, "F"), ("Lê Văn Đình", 1975, "M"), ("Đinh Văn An", 1981, "M"),
         ("Hồ Thị Bé", 1992, "F"), ("Võ Đức Thắng", 1988, "M")]


@pytest.fixture
def registry(office):
    """The Sơn Hà office with two villages and 8 people in two communes."""
    ws = office
    communes = ws.units.communes()
    sh, sk = communes[0]["id"], communes[4]["id"]
    village, _ = ws.units.add_village(sh, "Thôn Gò Da")
    for n, (name, year, gender) in enumerate(NAMES):
        values = {"full_name": name, "birth_year": str(year), "gender": gender,
                  "commune_id": sh if n % 2 == 0 else sk, "phone": f"09123456{n:02d}"}
        if n % 2 == 0:
            values["village_id"] = village
        if n == 0:
            values["citizen_id"] = "051078001234"   # Quảng Ngãi, male born 1978
        ws.people.add(values)
    return ws


@pytest.fixture
def page(qtbot, registry):
    from ui.pages.people import PeoplePage
    main = FakeMain(registry)
    qtbot.addWidget(main)
    p = PeoplePage(main)
    main.pages.append(p)
    p.resize(1280, 700)
    p.show()
    return p


def names_in(page) -> list[str]:
    m = page.model
    return [m.data(m.index(r, COL_NAME)) for r in range(m.rowCount())]


@needs_core
def test_page_lists_sorted_and_search_narrows(qtbot, page):
    assert page.model.total() == len(NAMES)
    assert names_in(page)[0] == "Đinh Văn An"            # given name first: An, Bé, Dũng, Đình, Đức, ...
    assert page.count_label.text() == "8 người"
    qtbot.keyClicks(page.search, "duc")                  # no tone marks, đ = d
    qtbot.waitUntil(lambda: page.model.total() < len(NAMES), timeout=2000)
    assert set(names_in(page)) == {"Nguyễn Văn Đức", "Võ Đức Thắng"}
    page.search.clear()
    page.run_query()
    page.commune.setCurrentIndex(page.commune.findData(page.ws.units.communes()[4]["id"]))
    assert page.model.total() == 4
    assert page.village.isEnabled() is False or page.village.count() >= 1
    page.grab().save("/tmp/people-page.png")


@needs_core
def test_ids_are_masked_until_revealed(page):
    m = page.model
    row = names_in(page).index("Nguyễn Văn Đức")
    assert m.data(m.index(row, COL_ID)) == "•••• •••• 1234"
    page.reveal.setChecked(True)
    assert m.data(m.index(row, COL_ID)) == "051078001234"


@needs_core
def test_person_form_validates_as_you_type_and_adds(qtbot, page, messages):
    from ui.person_dialog import PersonDialog
    dialog = PersonDialog(page.main, parent=page)
    qtbot.addWidget(dialog)
    name = dialog.edits["full_name"]
    name.setText("Bùi Thị Lan")      # Vietnamese comes from an input method, not key by key: as the IME does
    name.textEdited.emit(name.text())
    qtbot.keyClicks(dialog.edits["citizen_id"], "12345")
    assert dialog.slots["citizen_id"].error.text()          # a short ID says so under the field
    dialog.edits["citizen_id"].clear()
    qtbot.keyClicks(dialog.edits["phone"], "01662345678")  # an old 11-digit number: converted, with a warning
    assert not dialog.slots["phone"].error.text()
    assert "0362345678" in dialog.slots["phone"].warning.text()
    dialog.commune.setCurrentIndex(1)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert page.model.total() == len(NAMES) + 1
    assert "Bùi Thị Lan" in names_in(page)


def messy_workbook(path):
    """A list as offices send it: title rows, a two-row merged header, lost leading zeros, an old phone, an
    empty row, a bad ID and a footer."""
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "DS"
    ws["A1"] = "UBND XÃ SƠN HÀ"
    ws["A2"] = "DANH SÁCH KHÁCH HÀNG TIỀM NĂNG THAM GIA BHXH TỰ NGUYỆN"
    ws.append([])
    ws.append(["STT", "Họ và tên", "Năm sinh", None, "Số CCCD/ĐDCN", "Số ĐT", "Địa chỉ", None])
    ws.append([None, None, "Nam", "Nữ", None, None, "Thôn/xóm", "Xã"])
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:B5")
    ws.merge_cells("C4:D4")
    ws.merge_cells("E4:E5")
    ws.merge_cells("F4:F5")
    ws.merge_cells("G4:H4")
    ws.append([1, "Nguyễn  Văn Tèo ", 1980, None, 51080001234, 912345678, "Thôn Gò Da", "Sơn Hà"])
    ws.append([2, "Lê Thị Mận", None, 1991, "051191005678", "01662345678", "Thôn Gò Da", "Sơn Hà"])
    ws.append([])
    ws.append([3, "Phan Văn Bưởi", 1975, None, "12345", "0987654321", "Thôn Mới", "Sơn Hà"])
    ws.append([None, "Tổng cộng: 3 người"])
    ws.append([None, "Người lập biểu"])
    wb.save(path)
    return path


@needs_core
def test_import_wizard_dry_run_import_and_undo(qtbot, page, tmp_path, messages):
    from ui.people_import_wizard import ImportWizard
    path = messy_workbook(tmp_path / "danh-sach.xlsx")
    wizard = ImportWizard(page.main, parent=page, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.file_page.isComplete(), wizard.file_page.error.text()
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    mapped = set(wizard.mapping_page.mapping())            # field -> column
    assert {"full_name", "citizen_id", "phone"} <= mapped
    wizard.mapping_page.grab().save("/tmp/import-mapping.png")
    wizard.next()
    assert wizard.currentPage() is wizard.dry_run_page
    dry = wizard.dry_run_page.result
    assert dry is not None
    assert (dry.created, dry.rejected) == (2, 1)
    assert page.model.total() == len(NAMES)              # a dry run writes nothing
    wizard.next()
    result = wizard.result_page.result
    assert result.created == 2 and result.rejected == 1
    assert wizard.result_page.open_errors.isEnabled()
    wizard.result_page.grab().save("/tmp/import-result.png")
    page.refresh(Changes.of("people"))
    assert page.model.total() == len(NAMES) + 2
    assert "Nguyễn Văn Tèo" in names_in(page)
    wizard.result_page._undo_this()
    wizard.accept()
    assert page.model.total() == len(NAMES)


@needs_core
def test_invite_dialog_from_selection_search_and_filter(qtbot, page, messages):
    from ui.invite_dialog import InviteDialog
    ws = page.ws
    sh = ws.units.communes()[0]["id"]
    conf, _ = ws.conferences.add("customer", sh, "2026-03-05", time="08:00")
    chosen = [page.model.person_id(0), page.model.person_id(1)]
    dialog = InviteDialog(page.main, person_ids=chosen, conference_id=conf, parent=page)
    qtbot.addWidget(dialog)
    assert dialog.conference_id() == conf
    dialog.selection_button.click()
    invited = ws.invitations.list(conf)
    assert sorted(r["person_id"] for r in invited) == sorted(chosen)
    assert dialog.invited.rowCount() == 2
    assert len(dialog.invited.item(0, 2).text()) == 7          # the code is shown
    combo = dialog.invited.cellWidget(0, 3)
    combo.setCurrentIndex(combo.findData("handed_village_head"))
    assert ws.invitations.list(conf)[0]["delivery_status"] == "handed_village_head"

    dialog.search.setText("duc")                                 # from a search, select all
    dialog.run_search()
    assert dialog.results.rowCount() == 2
    dialog.select_all.click()
    dialog.invite_checked.click()
    assert len(ws.invitations.list(conf)) == 2 + len(set(dialog.checked_ids()) - set(chosen))

    dialog.f_commune.setCurrentIndex(dialog.f_commune.findData(sh))   # from a filtered list
    assert "4 người" in dialog.filter_count.text()
    dialog.invite_filtered.click()
    assert {r["person_id"] for r in ws.invitations.list(conf)} >= set(ws.people.ids({"commune_id": sh}))
    dialog.reject()
    assert page.main.applied and page.main.applied[-1].invitations


def test_an_invitation_is_withdrawn_from_the_invited_tab(qtbot, page, messages, monkeypatch):
    from ui.invite_dialog import InviteDialog
    from ui.qt import QMessageBox
    ws = page.ws
    conf, _ = ws.conferences.add("customer", ws.units.communes()[0]["id"], "2026-03-05", time="08:00")
    chosen = [page.model.person_id(0), page.model.person_id(1)]
    dialog = InviteDialog(page.main, person_ids=chosen, conference_id=conf, parent=page)
    qtbot.addWidget(dialog)
    dialog.selection_button.click()
    assert dialog.invited.rowCount() == 2 and not dialog.withdraw_button.isEnabled()
    dialog.invited.selectRow(0)
    assert dialog.withdraw_button.isEnabled()
    name = dialog.invited.item(0, 0).text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.withdraw_button.click()
    assert dialog.invited.rowCount() == 1 and dialog.invited.item(0, 0).text() != name
    assert [r["full_name"] for r in ws.invitations.list(conf)] == [dialog.invited.item(0, 0).text()]
    dialog.reject()
    assert page.main.applied[-1].invitations


@needs_core
def test_duplicates_are_reviewed_and_merged_by_the_clerk(qtbot, page, messages):
    from ui.duplicates_dialog import DuplicatesDialog
    ws = page.ws
    first = ws.people.get(page.model.person_id(names_in(page).index("Nguyễn Văn Đức")))
    ws.people.add({"full_name": "nguyễn văn  đức", "birth_year": "1978", "commune_id": first["commune_id"],
                   "village_id": first["village_id"], "phone": "0987000111"})
    before = ws.people.count({})
    dialog = DuplicatesDialog(page.main, parent=page)
    qtbot.addWidget(dialog)
    assert dialog.groups.count() == 1 and dialog.people.rowCount() == 2
    assert ws.people.count({}) == before                       # listed, never merged on its own
    keep_row = next(r for r in range(2) if dialog.people.item(r, 0).data(0x0100) == first["id"])
    dialog.people.selectRow(keep_row)
    dialog.merge()
    assert messages and messages[-1][0] == "question"
    assert ws.people.count({}) == before - 1
    kept = ws.people.get(first["id"])
    assert kept["citizen_id"] == "051078001234" and kept["phone"] == first["phone"]
    assert dialog.groups.count() == 0
    dialog.reject()
    assert page.model.total() == before - 1                      # the page was refreshed through apply()


@needs_core
def test_people_told_apart_with_not_the_same_leave_the_list_and_can_be_put_back(qtbot, registry, messages):
    """“Không trùng” for the two people selected, then for the whole group; the last one taken back."""
    from ui.duplicates_dialog import DuplicatesDialog
    from ui.qt import QItemSelectionModel, Qt
    ws = registry
    main = FakeMain(ws)
    qtbot.addWidget(main)
    first = ws.people.search("nguyen van duc")[0]
    for phone in ("0987000111", "0987000222"):
        ws.people.add({"full_name": "Nguyễn Văn Đức", "birth_year": "1978", "commune_id": first["commune_id"],
                       "village_id": first["village_id"], "phone": phone})
    dialog = DuplicatesDialog(main)
    qtbot.addWidget(dialog)
    assert dialog.groups.count() == 1 and dialog.people.rowCount() == 3
    assert dialog.merge_button.isEnabled() and dialog.distinct_button.isEnabled()
    assert not dialog.undo_button.isEnabled()
    dialog.people.selectRow(0)
    dialog.people.selectionModel().select(dialog.people.model().index(1, 0), QItemSelectionModel.SelectionFlag.Select
                                          | QItemSelectionModel.SelectionFlag.Rows)
    two = dialog.selected_ids()
    assert len(two) == 2 and dialog.merge_button.isEnabled(), "the two selected merge into the current row"
    assert dialog.keep_id() == two[0] and dialog.merge_button.text() == f"Gộp những người đã chọn vào mã {two[0]}"
    qtbot.mouseClick(dialog.distinct_button, Qt.MouseButton.LeftButton)
    assert messages[-1][0] == "question"
    assert [r["other_id"] for r in ws.people.not_duplicates(two[0])] == [two[1]]
    assert dialog.groups.count() == 1 and dialog.people.rowCount() == 3, "the third may still be either of them"
    qtbot.mouseClick(dialog.distinct_button, Qt.MouseButton.LeftButton)   # one selected: the whole group
    assert dialog.groups.count() == 0 and ws.people.possible_duplicates() == []
    assert dialog.summary.text() == "Không thấy người nào có thể bị trùng."
    assert dialog.undo_button.isEnabled() and not dialog.distinct_button.isEnabled()
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)      # only what the last click recorded
    assert dialog.groups.count() == 1 and dialog.people.rowCount() == 3
    assert [r["other_id"] for r in ws.people.not_duplicates(two[0])] == [two[1]]
    assert not dialog.undo_button.isEnabled()
    dialog.reject()
    assert main.applied and main.applied[-1].people


def _alike_dialog(qtbot, ws, n=3):
    """n alike people (a possible duplicate group) and the duplicates dialog over a FakeMain: (main, dialog, ids)."""
    from ui.duplicates_dialog import DuplicatesDialog
    first = ws.people.search("nguyen van duc")[0]
    for i in range(n - 1):
        ws.people.add({"full_name": "Nguyễn Văn Đức", "birth_year": "1978", "commune_id": first["commune_id"],
                       "village_id": first["village_id"], "phone": f"098700011{i}"})
    main = FakeMain(ws)
    qtbot.addWidget(main)
    dialog = DuplicatesDialog(main)
    qtbot.addWidget(dialog)
    ids = [p["id"] for p in ws.people.possible_duplicates()[0]]
    return main, dialog, ids


def _select(dialog, *ids, current=None):
    """Select these people of the group shown; the current row (whom a merge keeps) is `current`, else the last."""
    from ui.qt import QItemSelectionModel
    rows = {dialog.people.item(r, 0).data(0x0100): r for r in range(dialog.people.rowCount())}
    model, flags = dialog.people.selectionModel(), QItemSelectionModel.SelectionFlag
    model.clearSelection()
    for i in ids:
        model.select(dialog.people.model().index(rows[i], 0), flags.Select | flags.Rows)
    current = ids[-1] if current is None else current
    model.setCurrentIndex(dialog.people.model().index(rows[current], 0), flags.NoUpdate)


@needs_core
def test_a_group_with_a_pair_told_apart_merges_only_who_may_be_the_person_kept(qtbot, registry, messages):
    """[a, b, c] with a ≠ b recorded: c alone kept merges nobody (it may be either) and says why; a kept merges
    c and leaves b out, saying so in the question."""
    ws = registry
    main, dialog, (a, b, c) = _alike_dialog(qtbot, ws)
    ws.people.mark_not_duplicates([a, b])
    dialog.load()
    assert dialog.people.rowCount() == 3, "c may be either"
    assert [dialog.people.item(r, 1).text() for r in range(3)] == [str(a), str(b), str(c)], "the ids are shown"
    _select(dialog, c)
    assert dialog.keep_id() == c and dialog.merge_button.text() == "Gộp các bản ghi khác vào người đã chọn"
    dialog.merge()
    kind, _title, text = messages[-1]
    assert kind == "information" and f"Không có ai để gộp vào Nguyễn Văn Đức (mã {c})" in text
    assert f"(mã {a}): đã được ghi là khác người mã {b} (“Không trùng”)" in text
    assert f"(mã {b}): đã được ghi là khác người mã {a} (“Không trùng”)" in text
    assert ws.people.count({}) == len(NAMES) + 2 and not dialog.changes.any()
    _select(dialog, a)
    dialog.merge()
    kind, _title, text = messages[-1]
    assert kind == "question" and f"Giữ lại Nguyễn Văn Đức (mã {a}) và gộp 1 bản ghi khác vào đó?" in text
    assert "Không gộp 1 người sau vì có thể là người khác:" in text
    assert f"(mã {b}): đã được ghi là khác người mã {a} (“Không trùng”)" in text
    assert ws.get("people", c)["merged_into_id"] == a and not ws.get("people", b)["deleted"]
    assert dialog.groups.count() == 0 and ws.people.possible_duplicates() == []
    dialog.reject()
    assert main.applied and main.applied[-1].people


@needs_core
def test_two_or_more_selected_merge_only_those_into_the_current_row(qtbot, registry, messages):
    ws = registry
    main, dialog, (a, b, c) = _alike_dialog(qtbot, ws)
    ws.people.mark_not_duplicates([a, b])
    dialog.load()
    _select(dialog, a, b, current=a)                    # told apart: refused in the dialog, nothing merged
    assert dialog.keep_id() == a and dialog.merge_button.isEnabled()
    dialog.merge()
    kind, _title, text = messages[-1]
    assert kind == "warning" and f"Không gộp được những người đã chọn vào Nguyễn Văn Đức (mã {a}):" in text
    assert f"(mã {b}): đã được ghi là khác người mã {a} (“Không trùng”)" in text
    assert ws.people.count({}) == len(NAMES) + 2
    _select(dialog, a, b, c, current=b)
    from ui.qt import QItemSelectionModel
    model = dialog.people.selectionModel()
    model.select(dialog.people.model().index(1, 0), QItemSelectionModel.SelectionFlag.Deselect
                 | QItemSelectionModel.SelectionFlag.Rows)   # the current row unselected (ctrl+click): whom to keep?
    assert dialog.keep_id() is None and not dialog.merge_button.isEnabled()
    _select(dialog, a, c, current=c)                    # the clerk says c is a
    assert dialog.merge_button.text() == f"Gộp những người đã chọn vào mã {c}"
    dialog.merge()
    kind, _title, text = messages[-1]
    assert kind == "question" and f"Giữ lại Nguyễn Văn Đức (mã {c}) và gộp 1 bản ghi khác vào đó?" in text
    assert "Không gộp" not in text
    assert ws.get("people", a)["merged_into_id"] == c and not ws.get("people", b)["deleted"]
    assert [r["other_id"] for r in ws.people.not_duplicates(c)] == [b], "a is not b, a is c: c is not b"
    assert dialog.groups.count() == 0


@needs_core
def test_a_merge_ends_the_undo_of_the_last_not_the_same(qtbot, registry, messages):
    """Mark [z, y], mark [x, y], merge x into z: the merge deleted the second record (z is not y already), so
    "Hoàn tác" is no longer offered rather than refused."""
    ws = registry
    main, dialog, (x, y, z) = _alike_dialog(qtbot, ws)
    for pair in ([z, y], [x, y]):
        _select(dialog, *pair)
        dialog.mark_distinct()
    assert dialog.undo_button.isEnabled() and dialog.last_marked
    assert [[p["id"] for p in g] for g in ws.people.possible_duplicates()] == [[x, z]]
    _select(dialog, z)
    dialog.merge()
    assert ws.get("people", x)["merged_into_id"] == z
    assert dialog.last_marked == [] and not dialog.undo_button.isEnabled()
    dialog.undo_distinct()                              # nothing to take back: no refusal
    assert not [m for m in messages if m[0] == "warning"]
    assert [r["other_id"] for r in ws.people.not_duplicates(z)] == [y]


@needs_core
def test_a_refused_merge_merges_nobody_and_keeps_the_clerks_selection(qtbot, registry, messages, monkeypatch):
    """merge_many is one transaction: after a refusal (here core's check against a plan read before the answer
    “Không trùng” was given elsewhere) nothing changed, nothing is reported changed, the selection stays."""
    from core.duplicates import MergePlan
    ws = registry
    main, dialog, (a, b, c) = _alike_dialog(qtbot, ws)
    ws.people.mark_not_duplicates([a, b])
    monkeypatch.setattr(ws.people, "merge_plan", lambda keep, others: MergePlan([i for i in others if i != keep], {}))
    dialog.load()
    _select(dialog, c)
    logged = ws.query("SELECT count(*) n FROM audit_log")[0]["n"]
    dialog.merge()
    kind, title, text = messages[-1]
    assert (kind, title) == ("warning", "Không gộp được")
    assert text == (f"Không gộp được: Nguyễn Văn Đức (mã {c}) và Nguyễn Văn Đức (mã {b}) đã được ghi là hai người "
                    "khác nhau (“Không trùng”).")
    assert ws.people.count({}) == len(NAMES) + 2 and ws.query("SELECT count(*) n FROM audit_log")[0]["n"] == logged
    assert [r["other_id"] for r in ws.people.not_duplicates(a)] == [b], "the carry-over was rolled back too"
    assert dialog.selected_ids() == [c] and dialog.people.rowCount() == 3
    assert not dialog.changes.any()
    dialog.reject()
    assert main.applied == [], "nothing to refresh"


@needs_core
def test_handover_export_runs_as_an_operation(qtbot, page, tmp_path, monkeypatch, messages):
    from ui import file_dialogs
    out = tmp_path / "ban-giao.xlsx"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: str(out))
    page.export_handover()
    assert out.exists()
    assert messages[-1][0] == "information" and str(out) in messages[-1][2]


needs_demo = pytest.mark.skipif(__import__("importlib").util.find_spec("core.demo") is None, reason="no demo yet")


@needs_core
@needs_demo
def test_page_on_the_demo_office_queries_on_the_db_worker(qtbot, demo, demo_path):
    """As in the app: the ordered ids come from the DB worker's connection; only the newest answer shows."""
    from ui.operations import DbWorker
    from ui.pages.people import PeoplePage
    main = FakeMain(demo)
    main.worker = DbWorker(demo_path)
    qtbot.addWidget(main)
    try:
        page = PeoplePage(main)
        page.resize(1280, 700)
        page.show()
        total = demo.people.count({})
        assert total > 0
        qtbot.waitUntil(lambda: page.model.total() == total, timeout=5000)
        page.search.setText("thi")
        page.search.setText("nguyen thi")                     # two queries in flight: the last one wins
        page.run_query()
        expected = len(demo.people.ids({"search": "nguyen thi"}))
        qtbot.waitUntil(lambda: page.model.total() == expected, timeout=5000)
        assert all("Thị" in n for n in names_in(page)[:50])
        page.search.setText("")
        page.run_query()
        qtbot.waitUntil(lambda: page.model.total() == total, timeout=5000)
        page.grab().save("/tmp/people-demo.png")
    finally:
        main.worker.shutdown()


@needs_core
def test_import_wizard_says_why_a_file_cannot_be_read(qtbot, page, tmp_path):
    from ui.people_import_wizard import ImportWizard
    bad = tmp_path / "khong-phai.xlsx"
    bad.write_text("đây không phải bảng tính", encoding="utf-8")
    wizard = ImportWizard(page.main, parent=page, path=str(bad))
    qtbot.addWidget(wizard)
    assert not wizard.file_page.isComplete()
    assert wizard.file_page.error.text()                      # one clear sentence
    assert page.ws.people.count({}) == len(NAMES)



@needs_core
def test_import_wizard_takes_a_pasted_path_names_each_note_and_says_where_the_errors_are(qtbot, page, tmp_path,
                                                                                        messages, monkeypatch):
    from ui.people_import_wizard import ImportWizard
    from ui.qt import QDesktopServices, QMessageBox, QWizard
    path = messy_workbook(tmp_path / "danh-sach.xlsx")
    wizard = ImportWizard(page.main, parent=page)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.file_page.path.isReadOnly()
    wizard.file_page.path.setText(f'"{path}"')               # as Windows' "Copy as path" gives it
    wizard.file_page.path.editingFinished.emit()
    assert wizard.file_page.isComplete(), wizard.file_page.error.text()
    wizard.next()
    wizard.next()
    details = wizard.dry_run_page.details
    kinds = {details.item(r, 1).text() for r in range(details.rowCount())}
    assert "Lưu ý" not in kinds and kinds <= {"Từ chối", "Cảnh báo", "Trùng trong tệp"}
    assert "Có cảnh báo:" in wizard.dry_run_page.counts.text()
    wizard.next()
    text = wizard.result_page.counts.text()
    assert "Đã thêm mới: 2 người" in text and "Đã nhập" not in text and "loi.xlsx" in text
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible(), "only Xong once it is written"
    told = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)   # no program opens .xlsx here
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    wizard.result_page.open_errors.click()
    assert told and str(tmp_path) in told[0]
    wizard.accept()


@needs_core
def test_import_wizard_asks_about_villages_not_there_and_offers_the_closest(qtbot, page, tmp_path, messages):
    import openpyxl
    from ui.people_import_wizard import ImportWizard
    ws = page.ws
    commune = ws.units.communes()[0]
    go_da, _ = ws.units.add_village(commune["id"], "Thôn Nước Bung")
    book = openpyxl.Workbook()
    for row in (["Họ và tên", "Năm sinh", "Thôn", "Xã"], ["Lê Văn Một", 1980, "Thon Nuoc Bun", commune["name"]],
                ["Lê Văn Hai", 1981, "Thôn Không Có", commune["name"]]):
        book.active.append(row)
    book.save(tmp_path / "thon.xlsx")
    wizard = ImportWizard(page.main, parent=page, path=str(tmp_path / "thon.xlsx"))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    table = wizard.dry_run_page.villages
    assert table.isVisible() and table.rowCount() == 2
    rows = {table.item(r, 1).text(): table.cellWidget(r, 3) for r in range(2)}
    assert rows["Thon Nuoc Bun"].currentData() == go_da, "the closest existing village is offered first"
    assert rows["Thôn Không Có"].currentData() is None            # nothing alike: a new village, unless told
    wizard.dry_run_page.grab().save("/tmp/import-villages.png")
    wizard.next()
    people = {p["full_name"]: p for p in ws.people.rows(ws.people.ids({"search": "le van"}))}
    assert people["Lê Văn Một"]["village_id"] == go_da
    assert people["Lê Văn Hai"]["village"] == "Thôn Không Có"
    wizard.accept()


def test_invite_dialog_invites_an_imported_list(qtbot, page, messages, tmp_path):
    """'Danh sách đã nhập' narrows the filtered list to the people an import created."""
    import openpyxl
    from ui.invite_dialog import InviteDialog
    ws = page.ws
    book = openpyxl.Workbook()
    book.active.append(["Họ và tên", "Năm sinh", "Xã"])
    book.active.append(["Lê Văn Mới", 1980, ws.units.communes()[0]["name"]])
    book.save(tmp_path / "list.xlsx")
    job = ws.people.import_file(tmp_path / "list.xlsx").job_id
    conf, _ = ws.conferences.add("customer", ws.units.communes()[0]["id"], "2026-03-05", time="08:00")
    dialog = InviteDialog(page.main, conference_id=conf, parent=page)
    qtbot.addWidget(dialog)
    dialog.f_job.setCurrentIndex(dialog.f_job.findData(job))
    assert dialog.list_filters() == {"import_job_id": job} and dialog.invite_filtered.isEnabled()
    dialog.invite_filtered.click()
    assert [r["full_name"] for r in ws.invitations.list(conf)] == ["Lê Văn Mới"]
