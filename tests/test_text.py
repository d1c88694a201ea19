import unicodedata

import pytest

from core.text import clean, fold, name_sort_key, name_sort_text


@pytest.mark.parametrize("raw, folded", [
    ("Đức", "duc"), ("Đinh", "dinh"), ("Nguyễn  Thị   Hương ", "nguyen thi huong"), ("DŨNG", "dung"),
    (unicodedata.normalize("NFD", "Sơn Hạ"), "son ha"),
])
def test_fold(raw, folded):
    assert fold(raw) == folded


def test_clean_drops_control_characters_a_pasted_list_carries():
    assert clean("Lê Văn Ctr\x01l\x7f") == "Lê Văn Ctrl" and clean("Nguyễn\tVăn\x0bAn\x1f") == "Nguyễn Văn An"


def test_clean_normalises_to_nfc_and_collapses_spaces():
    decomposed = unicodedata.normalize("NFD", "  Trần   Văn  Đức ")
    assert clean(decomposed) == "Trần Văn Đức" and unicodedata.is_normalized("NFC", clean(decomposed))


def test_names_sort_by_given_name_then_middle_then_family_in_vietnamese_order():
    names = ["Trần Văn Đức", "Nguyễn Thị An", "Lê Văn Dũng", "Bùi Văn Dung", "Hà Văn Đạt", "Võ Thị Ăn", "Lê Thị Ân",
             "Phạm Văn An"]
    expected = ["Nguyễn Thị An", "Phạm Văn An", "Võ Thị Ăn", "Lê Thị Ân", "Bùi Văn Dung", "Lê Văn Dũng", "Hà Văn Đạt",
                "Trần Văn Đức"]
    assert sorted(names, key=name_sort_key) == expected
    assert sorted(names, key=name_sort_text) == expected


def test_tone_marks_sort_second():
    assert sorted(["Sơn Hạ", "Sơn Hà", "Sơn Ha", "Sơn Hả"], key=name_sort_key) == ["Sơn Ha", "Sơn Hà", "Sơn Hả", "Sơn Hạ"]


def test_whole_numbers_from_spreadsheet_cells_read_as_typed():
    assert clean(2030.0) == "2030" and clean(912345678.0) == "912345678" and clean(1.5) == "1.5"



def test_sort_text_written_a_character_at_a_time_is_the_long_way_s():
    """name_sort_text's quick way (a table per character, for words of precomposed letters) writes each word as the
    long way does (its letters' and tones' keys), for words never seen before, decomposed or not."""
    import random
    import unicodedata
    from core.text import _sort_chars, _word_sort_text, word_key
    rng = random.Random(3)
    letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ" + "áàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ0123-.ßİ"
    for _ in range(3000):
        word = "".join(rng.choice(letters) for _ in range(rng.randrange(1, 7)))
        for form in ("NFC", "NFD"):
            text = unicodedata.normalize(form, word)
            assert _word_sort_text(text) == _sort_chars(*word_key(text)), text
    assert name_sort_text("Nguyễn Văn 12345") == name_sort_text(unicodedata.normalize("NFD", "Nguyễn Văn 12345"))
