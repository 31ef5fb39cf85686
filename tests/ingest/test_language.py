"""Language detection: the share of Vietnamese-only letters."""

from vnkr.ingest.language import detect_language


def test_vietnamese_text_is_vi():
    assert detect_language("Hai bên nhất trí thúc đẩy hợp tác quốc phòng và an ninh.") == "vi"


def test_english_text_naming_vietnamese_leaders_is_en():
    assert (
        detect_language("General Secretary Tô Lâm and President Lee Jae-myung held talks in Seoul on Monday.")
        == "en"
    )


def test_text_without_letters_is_en():
    assert detect_language("2025 - 150") == "en"
