import pytest

from core import i18n
from core.errors import UserError
from core.phones import MOBILE_PREFIXES, OLD_TO_NEW, PhoneResult, is_valid_mobile, normalize_phone, parse_phone

IN_USE = ["032", "033", "034", "035", "036", "037", "038", "039", "052", "055", "056", "058", "059", "070",
          "076", "077", "078", "079", "081", "082", "083", "084", "085", "086", "087", "088", "089",
          "090", "091", "092", "093", "094", "096", "097", "098", "099"]


def test_prefix_table_is_exactly_the_domain_list():
    assert MOBILE_PREFIXES == set(IN_USE)


@pytest.mark.parametrize("prefix", IN_USE)
def test_every_prefix_in_use_is_accepted(prefix):
    assert normalize_phone(prefix + "1234567") == (prefix + "1234567", None)


@pytest.mark.parametrize("prefix", ["095", "031", "050", "071", "080", "010", "011"])
def test_prefixes_not_in_use_are_refused(prefix):
    result = parse_phone(prefix + "1234567")
    assert result.phone == "" and prefix in result.problem


@pytest.mark.parametrize("old, new", [
    ("0162", "032"), ("0169", "039"), ("0123", "083"), ("0124", "084"), ("0125", "085"), ("0127", "081"),
    ("0129", "082"), ("0120", "070"), ("0121", "079"), ("0122", "077"), ("0126", "076"), ("0128", "078"),
    ("0186", "056"), ("0188", "058"), ("0199", "059")])
def test_old_eleven_digit_numbers_are_converted_with_a_warning(old, new):
    phone, warning = normalize_phone(old + "2345678")
    assert phone == new + "2345678"
    assert warning and old + "2345678" in warning and phone in warning


def test_conversion_table_targets_are_prefixes_in_use():
    assert len(OLD_TO_NEW) == 21
    assert all(new in MOBILE_PREFIXES for new in OLD_TO_NEW.values())


def test_unknown_old_prefix_is_a_problem():
    result = parse_phone("01302345678")
    assert result.phone == "" and "0130" in result.problem


@pytest.mark.parametrize("raw", ["091234567", "09123456789", "0912", "091234567890", "123"])
def test_bad_lengths_are_refused_naming_the_field(raw):
    with pytest.raises(UserError) as exc:
        normalize_phone(raw, field="phone", label="Điện thoại")
    assert exc.value.field == "phone"
    assert exc.value.message.startswith("Điện thoại:")


def test_excel_number_that_lost_its_zero_is_restored_with_a_warning():
    assert normalize_phone(912345678)[0] == "0912345678"
    assert normalize_phone(912345678.0)[0] == "0912345678"
    phone, warning = normalize_phone("1662345678")  # old number, zero lost too
    assert phone == "0362345678" and warning


def test_separators_and_country_code_are_accepted():
    assert normalize_phone(" 0912.345.678 ")[0] == "0912345678"
    assert normalize_phone("0912-345-678")[0] == "0912345678"
    assert normalize_phone("+84 912 345 678")[0] == "0912345678"
    assert normalize_phone("84912345678")[0] == "0912345678"


def test_letters_are_refused():
    assert "không phải số" in parse_phone("09123abc78").problem


def test_empty_is_valid_and_empty():
    assert normalize_phone("") == ("", None)
    assert normalize_phone(None) == ("", None)


def test_landlines_only_where_allowed():
    assert parse_phone("02553822123").problem
    assert normalize_phone("0255 3822 123", allow_landline=True) == ("02553822123", None)


def test_messages_follow_the_language():
    i18n.set_language("en")
    assert "digits" in parse_phone("0912").problem
    assert "converted" in normalize_phone("01662345678")[1]


def test_is_valid_mobile():
    assert is_valid_mobile("0912345678") and not is_valid_mobile("0952345678") and not is_valid_mobile("912345678")


def test_a_typed_text_mark_before_the_number_is_ignored():
    from core.phones import parse_phone
    assert parse_phone("'0905123456").phone == "0905123456"


@pytest.mark.parametrize("cell, others", [
    ("0905123456 / 0912345678", "0912345678"),
    ("0905.123.456; 0912 345 678", "0912 345 678"),
    ("0905123456 - 0912345678", "0912345678"),
    ("0905123456 hoặc 0912345678", "0912345678"),
    ("0905123456,0912345678,0987654321", "0912345678, 0987654321"),
])
def test_a_cell_with_several_numbers_gives_the_first_and_keeps_the_rest(cell, others):
    result = parse_phone(cell)
    assert (result.phone, result.others, result.problem) == ("0905123456", others, None)
    assert others in result.warning
    with pytest.raises(UserError):  # a form's field holds one number
        normalize_phone(cell)


def test_one_number_with_its_own_separators_is_one_number():
    for cell in ("0905-123-456", "0905 123 456", "0905.123.456", "0905123456/"):
        assert parse_phone(cell) == PhoneResult(phone="0905123456")
    assert parse_phone("abc / 0905123456").problem and parse_phone("/").problem
