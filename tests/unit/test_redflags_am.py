"""Red-flag detection on realistic Amharic messages, in Ge'ez script and in the
Latin transliterations typed on phones without an Ethiopic keyboard.

Each positive names the category it must raise (others may fire too: a false
alarm is acceptable, a miss is not). Each negative must raise nothing. Every
locale's vocabulary is active, as in production.

Known misses and false alarms, accepted (the engine cannot express them):
* The engine knows only ASCII punctuation; the data makes a clause start right
  after Ge'ez "።", "፣", "፤", "፧" (and "::") when a space follows. Glued to the
  next word ("ነበረበት።ትኩሳት አለው"), a past marker before it ("በ2022") still
  reaches the next sentence, and "ትኩሳት" is read as history.
* A unit glued to the number is not seen: "በ38ኛው ቀን" (on the 38th day)
  right after "CAR-T" fires, because English reads the "T" of "CAR-T" as a
  temperature word ("t 38"); "ከCAR-T በኋላ 38 ቀን" does not.
* Ethiopic numerals (፴፰) are not read as numbers; families type 0-9.
* Latin transliteration varies a great deal; the common spellings are covered,
  rarer ones ("tkuesat", "nekesew alchalnm") are missed.
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

AMHARIC = [
    # fever: readings and words
    ("ልጄ ትኩሳት አለው 39", FEV),
    ("ትኩሳቱ 38.5 ነው", FEV),
    ("ሙቀቱ 39 ደርሷል", FEV),
    ("ከCAR-T በኋላ ትኩሳት ጀመረው", FEV),
    ("በትኩሳት እየተሰቃየ ነው", FEV),
    ("ብርድ ብርድ ይለዋል", FEV),
    ("ይንቀጠቀጣል", FEV),
    ("ሙቀቱ 39 ዲግሪ ነው", FEV),
    # breathing and circulation
    ("መተንፈስ አቃተው", BRE),
    ("ትንፋሽ ያጥረዋል", BRE),
    ("ትንፋሹ ያጥረዋል", BRE),
    ("ራሱን ሳተ", BRE),
    ("ያዞረዋል", BRE),
    ("ከንፈሩ ሰማያዊ ሆኗል", BRE),
    ("ልቡ በጣም በፍጥነት ይመታል", BRE),
    # neurological
    ("የሚጥል በሽታ ያዘው", NEU),
    ("አይነቃም", NEU),
    ("ምላሽ አይሰጥም", NEU),
    ("አያውቀኝም", NEU),
    ("ግራ ተጋብቷል", NEU),
    ("መናገር አይችልም", NEU),
    # bleeding
    ("ከአፍንጫው ደም እየፈሰሰ ነው አይቆምም", BLE),
    ("በሽንቱ ውስጥ ደም አለ", BLE),
    ("ሰገራው ጥቁር ነው", BLE),
    ("ደም አስመለሰ", BLE),
    ("ከባድ ራስ ምታት", BLE),
    ("ነስር አይቆምም", BLE),
    # other urgent
    ("አንገቱ ደርቋል", OTH),
    ("የደረት ሕመም አለው", OTH),
    ("ደረቱን ያመዋል", OTH),
    ("ያስታውከዋል", OTH),
    ("ተቅማጡ አልቆመም", OTH),
    ("ምንም አይጠጣም", OTH),
    ("አይሸናም", OTH),
    ("ከንቅለ ተከላ በኋላ ሽፍታ", OTH),
    ("ዓይኑ ብዥ ይላል", OTH),
    # self-harm
    ("ራሴን ማጥፋት እፈልጋለሁ", SELF),
    ("መሞት እፈልጋለሁ", SELF),
    ("መኖር አልፈልግም", SELF),
]

AMHARIC_LATIN = [
    ("lije tikusat alew 39", FEV),
    ("tkusat", FEV),
    ("birid birid yilewal", FEV),
    ("yinketeketal", FEV),
    ("metenfes akatew", BRE),
    ("rasun sate", BRE),
    ("yemitil", NEU),
    ("ayinekam", NEU),
    ("dem eyefese new", BLE),
    ("nesir", BLE),
    ("tikur segera", BLE),
    ("kebad ras mitat", BLE),
    ("yastawkewal", OTH),
    ("tekmat", OTH),
    ("minim ayitetam", OTH),
    ("ayishenam", OTH),
    ("shifta", OTH),
    ("rasen matfat efeligalehu", SELF),
    ("memot efeligalehu", SELF),
]

NEGATIVES = [
    # ages, weights, labs, dates and days
    "ልጄ 38 ወር ነው",
    "ክብደቱ 38 ኪሎ ነው",
    "እድሜው 38",
    "CD19 38%",
    "በ12.03.2025 የአጥንት መቅኒ ምርመራ",
    "ከCAR-T በኋላ 38 ቀን",
    "ብላስቶች 38%",
    "ፕሌትሌት 38",
    "edme 38",
    # the education pages' vocabulary
    "ሉኪሚያው ተመልሶ መጣ",
    "ሬሚሽን ላይ ነው፣ MRD አልተገኘም",
    "የአጥንት መቅኒ ንቅለ ተከላ",
    "ፍሎው ሳይቶሜትሪ",
    "የደም ምርመራ ሰኞ",
    "የደም ካንሰር",
    "ደም ተሰጠው",
    # negations and history
    "ትኩሳት የለውም",
    "ትኩሳት የለም",
    "ምንም ትኩሳት የለም",
    "tikusat yelewm",
    "በ2022 የሚጥል ነበረበት፣ አሁን ደህና ነው",
    "be 2022 yemitil neberebet, ahun dehna new",
    "ከመጀመሪያው CAR-T በኋላ የሚጥል ነበረበት፣ አሁን ደህና ነው",
    "ሙቀቱ 36.8 ነው",
    # everyday messages
    "ምንም ችግር የለም",
    "ልጄ ደህና ነው፣ ይበላል ይጠጣል",
    "ስለ CAR-T ጥያቄ አለኝ",
]


def test_enough_realistic_messages() -> None:
    positives = AMHARIC + AMHARIC_LATIN
    assert len(positives) >= 40
    assert len(NEGATIVES) >= 25
    assert {category for _, category in positives} == set(Category)


@pytest.mark.parametrize(("text", "category"), AMHARIC)
def test_amharic(text: str, category: Category) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(("text", "category"), AMHARIC_LATIN)
def test_amharic_in_latin_letters(text: str, category: Category) -> None:
    assert category in categories(text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_true_negatives(text: str) -> None:
    assert detect(text) == ()


def test_geez_full_stop_ends_a_clause() -> None:
    # "In 2022 he had a seizure. He has a fever (39)": history does not reach past ።.
    assert FEV in categories("በ2022 የሚጥል ነበረበት። ትኩሳት አለው")
    assert FEV in categories("በ2022 የሚጥል ነበረበት:: ትኩሳቱ 39 ነው")
    assert OTH in categories("ትኩሳት የለውም። ያስታውከዋል")
