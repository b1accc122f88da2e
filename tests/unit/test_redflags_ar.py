"""Red-flag detection (flows.redflags) on realistic Arabic messages.

Modern Standard Arabic, Egyptian, Gulf, Levantine and Iraqi dialects, with and
without harakat, Arabic-Indic digits, and Arabizi (Latin letters with 2/3/5/7).
Each positive names the category it must raise (others may fire too); each
negative must raise nothing.
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

MSA = [
    ("درجة حرارته ٣٨٫٥", FEV),
    ("ابني عنده حمى منذ الصباح", FEV),
    ("ارتفاع في درجة الحرارة بعد العلاج بالخلايا", FEV),
    ("الحرارة ٣٩ درجة", FEV),
    ("حُمّـى شديدة وقشعريرة", FEV),
    ("يعاني من ضيق في التنفس", BRE),
    ("لا يستطيع التنفس", BRE),
    ("فقد الوعي في الحمام", BRE),
    ("أُغمي عليها", BRE),
    ("تسارع في نبضات القلب", BRE),
    ("شفتاه زرقاوان", BRE),
    ("أصيب بنوبة تشنج", NEU),
    ("لا يستيقظ", NEU),
    ("لا يستجيب عندما نناديه", NEU),
    ("ضعف مفاجئ في يده اليسرى", NEU),
    ("نزيف من الأنف لا يتوقف", BLE),
    ("دم في البول", BLE),
    ("براز أسود", BLE),
    ("كدمات في جميع أنحاء جسمه", BLE),
    ("صداع شديد ومفاجئ", BLE),
    ("تيبس في الرقبة", OTH),
    ("ألم في الصدر", OTH),
    ("قيء متكرر", OTH),
    ("إسهال شديد", OTH),
    ("طفح جلدي جديد بعد زراعة النخاع", OTH),
    ("أفكر في الانتحار", SELF),
]

EGYPTIAN = [
    ("عنده سخونية ٣٩", FEV),
    ("ابني سخن جدا وبيترعش", FEV),
    ("مش قادر ياخد نفسه", BRE),
    ("اغمى عليه", BRE),
    ("مش بيصحى خالص", NEU),
    ("ابني مش بيتكلم ومش بيرد علينا", NEU),
    ("وقع على الارض ومش حاسس بحد", BRE),
    ("بيتشنج", NEU),
    ("مناخيره بتنزل دم ومش بتقف", BLE),
    ("بيرجّع كل حاجة", OTH),
    ("مش بيشرب خالص من امبارح", OTH),
    ("عايز اموت", SELF),
    ("ابني مش بياكل وعنده اسهال", OTH),
    ("الحفاض ناشف من الصبح", OTH),
]

GULF = [
    ("ولدي حرارته مرتفعة ٣٨.٩", FEV),
    ("ما يقدر يتنفس", BRE),
    ("طاح مغمى عليه", BRE),
    ("ما يصحى من النوم", NEU),
    ("ما صحا من النوم", NEU),
    ("ما يعرفني", NEU),
    ("يطرش دم", BLE),
    ("رقبته متيبسة", OTH),
    ("ما يشرب ماي", OTH),
    ("ابي اموت", SELF),
    ("احس اني تعبت ومابي اعيش", SELF),
    ("طلع له حبوب حمرا على جسمه", OTH),
]

LEVANTINE = [
    ("معه حرارة ٣٩ من المسا", FEV),
    ("الحرارة ما عم تنزل", FEV),
    ("مش عارف ليه عنده حرارة", FEV),
    ("ما عم يقدر يتنفس", BRE),
    ("دايخ كتير", BRE),
    ("ما عم يفيق", NEU),
    ("عم يستفرغ من الصبح", OTH),
    ("ما عم يبول من الصبح", OTH),
    ("ما عم يشرب شي", OTH),
    ("بدي موت", SELF),
]

IRAQI = [
    ("ابني بيه حرارة عالية", FEV),
    ("مو گادر يتنفس", BRE),
    ("ضاع وعيه وفقد الوعي", BRE),
    ("صار عنده تشنج", NEU),
    ("اكو دم بالادرار وبالبول", BLE),
    ("يزوع كل شي ياكله", OTH),
]

ARABIZI = [
    ("3ando 7arara 39", FEV),
    ("el 7arara 38.5 men el sob7", FEV),
    ("ibni s5oon gedan", FEV),
    ("mish 2ader yetnafas", BRE),
    ("ma b2dar atnafas", BRE),
    ("oghmi 3aleh", BRE),
    ("3ando tashanogat", NEU),
    ("mesh byes7a", NEU),
    ("dam men anfo w mesh byo2af", BLE),
    ("dam fel bol", BLE),
    ("byestafra3 kol shwaya", OTH),
    ("wa3 fel sadr", OTH),
    ("bdi mout", SELF),
    ("byet4annag", NEU),
    ("ma y2dar yetnafas", BRE),
]

# Known limits, accepted:
# - A question that names a symptom ("هل الحمى خطيرة بعد CAR-T؟", "ما هو الطفح
#   الجلدي؟") fires, as "fever" does in English: when in doubt, fire.
# - A bare reading glued to the Arabic percent sign ("٣٨٫٥٪") is read as a
#   temperature: the engine only knows "%" right after a number; with a label
#   ("نسبة البلاست ٣٨٫٥٪", "CD19 ٣٨٫٥٪") it is not.
# - "كان عنده حرارة" (he had a fever) without a date or "قبل سنة" is not
#   history, as in English and Russian; a false alarm.
NEGATIVES = [
    "ابني عمره ٣٨ شهر",
    "وزنه ٣٨ كيلو",
    "العمر 38",
    "CD19 38%",
    "نسبة البلاست ٣٨٪",
    "MRD سلبي",
    "انتكاس بعد CAR-T",
    "عادت اللوكيميا",
    "هو في هدأة (remission)",
    "مقاوم للعلاج",
    "لا يستجيب للعلاج",
    "مش بيستجيب للكيماوي",
    "زراعة نخاع العظم",
    "فحص النخاع وقياس التدفق الخلوي",
    "تحليل دم يوم الاثنين",
    "نقل دم",
    "سرطان الدم",
    "موعد ١٢.٠٣.٢٠٢٥",
    "بعد ٣٨ يوم من CAR-T",
    "ما عنده حرارة",
    "ما في حرارة",
    "لا يوجد حمى",
    "بدون حرارة",
    "الحرارة طبيعية",
    "درجة الحرارة ٣٦.٦",
    "حرارته ٣٧.٢",
    "في ٢٠٢٢ كان عنده تشنجات، الحين زين",
    "قبل سنتين صار عنده تشنج",
    "ما هي درجة الحرارة الخطيرة بعد CAR-T؟",
    "ما اقدر اتكلم الحين، بكتب بعدين",
    "الدكتور ما يرد علينا",
    "الصورة مشوشة",
    "ما عرفنا شو نعمل",
    "mafi 7arara",
    "ma 3ando 7arara",
    "ibni 3omro 38 shahr",
    "ما في حرارة ولا تشنجات",
    "حرارته راحت الحمد لله",
    "ابني ما يشرب الدوا",
    "ما تشوف الرسالة؟",
    "نفسي اعرف النتيجة",
    "هذا الكلام مش صحيح",
    "الاكل مش صحي",
    "12.03.2025",
]


def test_enough_realistic_messages() -> None:
    positives = MSA + EGYPTIAN + GULF + LEVANTINE + IRAQI + ARABIZI
    assert len(positives) >= 40
    assert len(NEGATIVES) >= 25
    assert {category for _, category in MSA} == set(Category)
    assert {category for _, category in ARABIZI} == set(Category)


@pytest.mark.parametrize(("text", "category"), MSA)
def test_modern_standard_arabic(text: str, category: Category) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(("text", "category"), EGYPTIAN + GULF + LEVANTINE + IRAQI)
def test_arabic_dialects(text: str, category: Category) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(("text", "category"), ARABIZI)
def test_arabizi(text: str, category: Category) -> None:
    assert category in categories(text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_arabic_true_negatives(text: str) -> None:
    assert detect(text) == ()
