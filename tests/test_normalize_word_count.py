"""normalize.word_count counts words in every script (issue 8: Russian or Korean
articles were rejected as "too short" when only Latin words and CJK ideographs counted)."""

from hypothesis import given
from hypothesis import strategies as st

from pipelines.normalize import word_count

# Letters of scripts that put spaces between words (no combining marks: a word is letters).
SPACED = {
    "latin": "abcdefghijklmnopqrstuvwxyzÀÉÎÕÜßçñ",
    "cyrillic": "абвгдежзийклмнопрстуфхцчшщыэюяЖЩ",
    "greek": "αβγδεζηθικλμνξοπρστυφχψωΣΩ",
    "arabic": "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
    "hebrew": "אבגדהוזחטיכלמנסעפצקרשת",
    "hangul": "가나다라마바사아자차카타파하한국어세계",
    "armenian": "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ",
    "digits": "0123456789",
}
# Scripts written without spaces: every character is one word.
UNSPACED = {
    "cjk": "中文字符证券日报市场经济发展",
    "thai": "กขคงจฉชซญดตถทนบปผพฟมยรลวสหอฮ",
    "kana": "あいうえおかきくけこアイウエオカキクケコ",
}
SEPARATORS = st.sampled_from([" ", "  ", ", ", ". ", "\n", " — ", "; ", "! "])


def words_of(alphabet):
    return st.text(alphabet=alphabet, min_size=1, max_size=12)


@given(st.sampled_from(sorted(SPACED)).flatmap(
    lambda script: st.lists(words_of(SPACED[script]), min_size=1, max_size=40)), st.data())
def test_spaced_scripts_count_one_per_word(words, data):
    text = words[0]
    for word in words[1:]:
        text += data.draw(SEPARATORS) + word
    assert word_count(text) == len(words)


@given(st.sampled_from(sorted(UNSPACED)).flatmap(lambda script: words_of(UNSPACED[script] * 1)))
def test_unspaced_scripts_count_one_per_character(text):
    assert word_count(text) == len(text)


@given(st.lists(st.sampled_from(sorted(SPACED)), min_size=2, max_size=6), st.data())
def test_mixed_scripts_add_up(scripts, data):
    words = [data.draw(words_of(SPACED[s])) for s in scripts]
    cjk = data.draw(words_of(UNSPACED["cjk"]))
    text = " ".join(words) + "。" + cjk
    assert word_count(text) == len(words) + len(cjk)


def test_an_article_in_any_script_is_not_too_short():
    russian = " ".join(["Банк", "России", "сохранил", "ключевую", "ставку"] * 8)
    korean = " ".join(["한국은행이", "기준금리를", "동결했다"] * 12)
    assert word_count(russian) == 40 and word_count(korean) == 36


def test_punctuation_and_symbols_are_not_words():
    assert word_count("— … ・ ! ? ( ) « »") == 0
