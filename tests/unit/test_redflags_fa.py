"""Red-flag detection (flows.redflags) on realistic Persian messages.

Persian script as typed on phones (ی/ک, with and without the zero-width
non-joiner, Persian digits, "۳۸/۵" for 38.5) and Persian in Latin letters
("Finglish"). Each positive names the category it must raise (others may fire
too); each negative must raise nothing.
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

PERSIAN = [
    ("بچه‌م تب داره", FEV),
    ("تبش ۳۸/۵ است", FEV),
    ("دمای بدنش ۳۹٫۲ درجه", FEV),
    ("از صبح تب و لرز داره", FEV),
    ("پسرم می‌لرزه و بدنش خیلی داغه", FEV),
    ("۳۹ درجه تب داره", FEV),
    ("تبش پایین نمیاد", FEV),
    ("دمای بدنش ۳۸/۲", FEV),
    ("هنوز تب داره", FEV),
    ("نفس نمی‌کشه", BRE),
    ("نمی‌تونه نفس بکشه", BRE),
    ("تنگی نفس داره", BRE),
    ("غش کرد", BRE),
    ("دخترم از هوش رفت", BRE),
    ("بیهوش شده", BRE),
    ("سرگیجه شدید داره", BRE),
    ("قلبش خیلی تند می‌زنه", BRE),
    ("لب‌هاش کبود شده", BRE),
    ("تشنج کرد", NEU),
    ("تب نداره ولی تشنج کرد", NEU),
    ("بیدار نمی‌شه", NEU),
    ("به هیچی واکنش نشون نمیده", NEU),
    ("هذیان میگه", NEU),
    ("منو نمی‌شناسه", NEU),
    ("نمی‌تونه حرف بزنه", NEU),
    ("ضعف ناگهانی دست چپ", NEU),
    ("خون دماغ شده بند نمیاد", BLE),
    ("خونش بند نمیاد", BLE),
    ("خونریزی از لثه", BLE),
    ("تو ادرارش خون هست", BLE),
    ("مدفوعش سیاهه", BLE),
    ("مدفوعش خونیه", BLE),
    ("کبودی‌های زیاد روی بدنش", BLE),
    ("نقطه‌های قرمز ریز روی پاهاش", BLE),
    ("سردرد شدید و ناگهانی", BLE),
    ("گردنش خشک شده", OTH),
    ("تاری دید داره", OTH),
    ("درد قفسه سینه", OTH),
    ("مدام استفراغ می‌کنه", OTH),
    ("همه چیز رو بالا میاره", OTH),
    ("اسهال شدید", OTH),
    ("از دیروز آب نمی‌خوره", OTH),
    ("ادرارش خیلی کم شده", OTH),
    ("پوشکش از صبح خشکه", OTH),
    ("چشماش سیاهی میره", OTH),
    ("بعد از پیوند بدنش جوش زده", OTH),
    ("می‌خوام بمیرم", SELF),
    ("به خودکشی فکر می‌کنم", SELF),
    ("دیگه نمی‌خوام زنده باشم", SELF),
]

FINGLISH = [
    ("tab dare 39", FEV),
    ("pesaram tab dare", FEV),
    ("tabesh 38.6", FEV),
    ("tab o larz dare", FEV),
    ("nafas nemikeshe", BRE),
    ("tangi nafas dare", BRE),
    ("ghash kard", BRE),
    ("sargije dare", BRE),
    ("tashanoj kard", NEU),
    ("bidar nemishe", NEU),
    ("khoonrizi az damagh", BLE),
    ("khoon too edrar", BLE),
    ("estefragh mikone", OTH),
    ("ab nemikhore", OTH),
    ("mikham bemiram", SELF),
    ("be khodkoshi fekr mikonam", SELF),
    ("hanooz tab dare", FEV),
    ("man nemidonam chera tab dare", FEV),
    ("tab nadasht vali tashanoj kard", NEU),
    ("hararat 38.4", FEV),
]

# Known limits, accepted:
# - "نه تب داره نه لرز" (neither fever nor chills) fires: a negation is only
#   looked for before a term, and "نه" alone is also "nine" ("نه ماهه"); a false
#   alarm. "تب نداره" / "بدون تب" / "هیچ تبی نداره" do not fire.
# - "۳۸/۵" (38.5 with the Persian slash) is found by fa.py's own fever terms,
#   because the engine reads "/" as a date separator; the rule is a "fa:" term,
#   not "temperature:*". A bare "۳۸٫۵٪" is read as a temperature, because the
#   engine only knows "%" right after a number.
# - "تب داشت ولی الان خوبه" (had a fever, now fine) without a date or "... پیش"
#   is not history, as in English and Russian; a false alarm.
NEGATIVES = [
    "پسرم ۳۸ ماهشه",
    "وزنش ۳۸ کیلو",
    "سنش ۳۸ ساله",
    "وزنش ۳۸/۵ کیلو",
    "CD19 38%",
    "درصد بلاست ۳۸",
    "MRD منفی",
    "عود بعد از CAR-T",
    "لوسمی برگشت",
    "بهبودی کامل (remission)",
    "مقاوم به درمان",
    "به درمان جواب نمیده",
    "پیوند مغز استخوان",
    "آزمایش مغز استخوان و فلوسایتومتری",
    "آزمایش خون دوشنبه",
    "آزمایش ادرار و خون",
    "تیم خون‌شناسی معالج",
    "سرطان خون",
    "نوبت ۱۴۰۳/۰۵/۱۲",
    "۳۸ روز بعد از CAR-T",
    "تب نداره",
    "تبش قطع شد",
    "بدون تب",
    "دماش ۳۶/۶",
    "تبش ۳۷.۲",
    "سال ۱۴۰۱ تشنج داشت، الان خوبه",
    "دو سال پیش تشنج کرده بود",
    "دکتر جواب نمیده",
    "tab nadare",
    "vaznesh 38 kilo",
    "sale 2022 tashanoj dasht, alan khobe",
    "هیچ تبی نداره",
    "تبش اومد پایین",
    "دکترش جواب نمیده",
    "اعتماد به نفس",
    "پارسال تب داشت",
    "بعد از CAR-T اول تشنج داشت، الان خوبه",
    "ضربان قلبش ۱۲۰",
    "12.03.2025",
    "I opened a new tab 40 minutes ago",
]


def test_enough_realistic_messages() -> None:
    assert len(PERSIAN) + len(FINGLISH) >= 40
    assert len(NEGATIVES) >= 25
    assert {category for _, category in PERSIAN} == set(Category)
    assert {category for _, category in FINGLISH} == set(Category)


@pytest.mark.parametrize(("text", "category"), PERSIAN)
def test_persian(text: str, category: Category) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(("text", "category"), FINGLISH)
def test_finglish(text: str, category: Category) -> None:
    assert category in categories(text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_persian_true_negatives(text: str) -> None:
    assert detect(text) == ()
