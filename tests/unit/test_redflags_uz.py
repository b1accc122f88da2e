"""Red-flag detection (flows.redflags) on realistic Uzbek messages.

Latin script (with oʻ/gʻ typed as ʻ, ', or not at all), Cyrillic script, and
both mixed with Russian. Each positive names the category it must raise (others
may fire too); each negative must raise nothing.
"""

from __future__ import annotations

import pytest

from flows.redflags import Category, detect
from tests.unit.redflag_support import categories

FEV = Category.FEVER
BRE = Category.BREATHING_CIRCULATION
NEU = Category.NEUROLOGICAL
BLE = Category.BLEEDING
OTH = Category.OTHER_URGENT
SELF = Category.SELF_HARM

UZBEK_LATIN = [
    ("Bolamning isitmasi 38,5", FEV),
    ("isitma 39 ertalabdan beri", FEV),
    ("qizimda isitma bor, tushmayapti", FEV),
    ("harorati 38.7", FEV),
    ("xarorati ko'tarildi", FEV),
    ("tana harorati 39,2 daraja", FEV),
    ("bolamda 39", FEV),
    ("qaltirayapti, badani juda issiq", FEV),
    ("CAR-T dan keyin 5 kun o'tdi, isitmalayapti", FEV),
    ("o'g'limning isitmasi yana chiqdi", FEV),
    ("nafas ololmayapti", BRE),
    ("nafas olishi qiyin", BRE),
    ("nafasi qisyapti", BRE),
    ("bolam nafas olishga qiynalyapti", BRE),
    ("bolam hushsiz yotibdi", BRE),
    ("hushidan ketdi", BRE),
    ("boshi aylanyapti, rangi oqarib ketdi", BRE),
    ("yuragi juda tez urayapti", BRE),
    ("lablari ko'karib ketdi", BRE),
    ("tutqanoq tutdi", NEU),
    ("bolamning tutqanog'i tutdi", NEU),
    ("talvasa boshlandi", NEU),
    ("uyg'onmayapti", NEU),
    ("uygʻota olmayapmiz", NEU),
    ("hech narsaga javob bermayapti", NEU),
    ("alahlayapti", NEU),
    ("meni tanimayapti", NEU),
    ("qo'llari titrayapti", NEU),
    ("gapira olmayapti", NEU),
    ("qizim juda holsiz, uyg'otsam ham uyg'onmayapti", NEU),
    ("burnidan qon ketyapti, to'xtamayapti", BLE),
    ("siydigida qon bor", BLE),
    ("siydigi qizil", BLE),
    ("qora najas", BLE),
    ("qon qusdi", BLE),
    ("butun tanasida ko'karishlar paydo bo'ldi", BLE),
    ("oyoqlarida mayda qizil nuqtalar", BLE),
    ("boshi qattiq og'riyapti", BLE),
    ("bo'yni qotib qoldi", OTH),
    ("ko'zlari xiralashdi", OTH),
    ("ko'kragi og'riyapti", OTH),
    ("qusyapti, 5 marta qusdi", OTH),
    ("ichi ketyapti kun bo'yi", OTH),
    ("suv ichmayapti", OTH),
    ("siydigi juda kam", OTH),
    ("siymayapti ertalabdan beri", OTH),
    ("transplantatsiyadan keyin toshma chiqdi", OTH),
    ("yashagim kelmayapti", SELF),
    ("o'zimni o'ldirmoqchiman", SELF),
    ("o'lgim kelyapti", SELF),
    ("jonimga qasd qilmoqchiman", SELF),
    # The official spelling with U+02BB, which `normalise` keeps.
    ("oʻgʻlimning isitmasi bor", FEV),
    ("koʻkragi ogʻriyapti", OTH),
]

UZBEK_CYRILLIC = [
    ("Боламнинг иситмаси 38,6", FEV),
    ("ҳарорати кўтарилди", FEV),
    ("харорати 39", FEV),
    ("қалтираяпти", FEV),
    ("нафас ололмаяпти", BRE),
    ("ҳушидан кетди", BRE),
    ("боши айланяпти", BRE),
    ("тутқаноқ тутди", NEU),
    ("уйғонмаяпти", NEU),
    ("жавоб бермаяпти", NEU),
    ("бурнидан қон кетяпти", BLE),
    ("сийдигида қон", BLE),
    ("бўйни қотиб қолди", OTH),
    ("қусяпти", OTH),
    ("ичи кетяпти", OTH),
    ("сув ичмаяпти", OTH),
    ("тошма тошди", OTH),
    ("яшагим келмаяпти", SELF),
    ("ўзимни ўлдирмоқчиман", SELF),
]

UZBEK_MIXED = [
    ("bolada temperatura 39, qaltirayapti", FEV),
    ("qizimda jar bor", FEV),
    ("u nego sudorogi boshlandi", NEU),
    ("CAR-T dan keyin isitma 38.4", FEV),
    ("бола температураси 38,9", FEV),
    ("nafas ololmayapti, kuchi yo'q", BRE),
    ("rvota 4 marta, suv ichmayapti", OTH),
    ("krov iz nosa, qon to'xtamayapti", BLE),
    ("2022 yilda tutqanoq bo'lgan, hozir yana tutqanoq", NEU),
]

# Known limits, accepted:
# - "na isitma, na tutqanoq" (neither ... nor) is not read as a negation: a
#   negation is only looked for before a term, and "na" alone would cancel
#   Russian "na" ("zhaluetsya na bol"); a false alarm.
# - "isitmasi bor edi" (had a fever) without a date or "... yil oldin" is not
#   history, as in English and Russian; a false alarm.
NEGATIVES = [
    "o'g'lim 38 oylik",
    "qizim 7 yoshda, vazni 38 kg",
    "yoshi 38",
    "CD19 38%",
    "blastlar 38%",
    "MRD manfiy",
    "MRD topilmagan",
    "remissiya",
    "retsidiv CAR-T dan keyin",
    "leykoz qaytdi",
    "davolashga javob bermaydigan leykoz",
    "davolashga javob bermayapti",
    "suyak iligi namunasi va oqimli sitometriya",
    "ildiz hujayra transplantatsiyasi",
    "qon tahlili dushanba kuni",
    "qon topshirdik",
    "12.03.2025 da MRT",
    "CAR-T dan keyin 38 kun o'tdi",
    "38 kundan keyin nazorat",
    "isitma yo'q",
    "isitmasi yo'q, yaxshi",
    "isitmasiz",
    "harorati 36,6",
    "isitmasi 37.2",
    "harorati normal",
    "2022 yilda isitma bo'lgan, hozir yaxshi",
    "tutqanoq bo'lmadi",
    "ikki yil oldin tutqanoq bo'lgan",
    "qon saratoni haqida ma'lumot",
    "гемоглобин 101",
    "иситма йўқ",
    "иситмаси йўқ",
    "ҳарорати 36,7",
    "ёши 38 да",
    "вазни 38 кг",
    "2021 йилда тутқаноқ бўлган",
    "даволашга жавоб бермайди",
    "қон таҳлили",
    "tana harorati qancha bo'lishi kerak?",
    "CAR-T hujayralari leykozni endi koʻrmaydi",
    "hozir gapira olmayman, keyin yozaman",
    "qon quyish kerakmi?",
    # Russian that the Uzbek Cyrillic stems must leave alone.
    "сдать кровь в лабораторию к 9 утра",
    "титрование дозы",
]


def test_enough_realistic_messages() -> None:
    assert len(UZBEK_LATIN) + len(UZBEK_CYRILLIC) + len(UZBEK_MIXED) >= 40
    assert len(NEGATIVES) >= 25
    covered = {category for _, category in UZBEK_LATIN + UZBEK_CYRILLIC}
    assert covered == set(Category)


@pytest.mark.parametrize(("text", "category"), UZBEK_LATIN)
def test_uzbek_latin(text: str, category: Category) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(("text", "category"), UZBEK_CYRILLIC)
def test_uzbek_cyrillic(text: str, category: Category) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(("text", "category"), UZBEK_MIXED)
def test_uzbek_mixed_with_russian(text: str, category: Category) -> None:
    assert category in categories(text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_uzbek_true_negatives(text: str) -> None:
    assert detect(text) == ()
