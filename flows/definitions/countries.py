"""Countries families write from: ISO 3166 alpha-2 codes, English names
(msgids) and the spellings people type, as data.

The first `BUTTONS` are offered as buttons; any country here can be typed by
its code, its English name or a common local spelling.
"""

from __future__ import annotations

import unicodedata

from flows.definitions.country_names import LOCAL_NAMES
from flows.text import N_

__all__ = ["BUTTONS", "COUNTRIES", "parse_country"]

# code: (English name msgid, typed spellings in other languages)
COUNTRIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "RU": (N_("Russia"), ("россия", "рф", "rossiya", "russian federation")),
    "UZ": (N_("Uzbekistan"), ("узбекистан", "o'zbekiston", "ozbekiston", "uzbekiston")),
    "KZ": (N_("Kazakhstan"), ("казахстан", "қазақстан", "qazaqstan", "kazakstan")),
    "KG": (N_("Kyrgyzstan"), ("кыргызстан", "киргизия", "kyrgyzstan")),
    "TJ": (N_("Tajikistan"), ("таджикистан", "tojikiston")),
    "AZ": (N_("Azerbaijan"), ("азербайджан", "azərbaycan", "azerbaycan")),
    "UA": (N_("Ukraine"), ("украина", "україна", "ukraina")),
    "BY": (N_("Belarus"), ("беларусь", "белоруссия")),
    "GE": (N_("Georgia"), ("грузия", "sakartvelo")),
    "AM": (N_("Armenia"), ("армения", "hayastan")),
    "MN": (N_("Mongolia"), ("монголия", "монгол")),
    "SA": (N_("Saudi Arabia"), ("السعودية", "المملكة العربية السعودية", "ksa", "saudi")),
    "AE": (N_("United Arab Emirates"), ("الإمارات", "الامارات", "uae", "emirates")),
    "QA": (N_("Qatar"), ("قطر",)),
    "KW": (N_("Kuwait"), ("الكويت",)),
    "EG": (N_("Egypt"), ("مصر", "misr")),
    "IQ": (N_("Iraq"), ("العراق",)),
    "JO": (N_("Jordan"), ("الأردن", "الاردن")),
    "LB": (N_("Lebanon"), ("لبنان",)),
    "SY": (N_("Syria"), ("سوريا",)),
    "YE": (N_("Yemen"), ("اليمن",)),
    "LY": (N_("Libya"), ("ليبيا",)),
    "DZ": (N_("Algeria"), ("الجزائر", "algerie")),
    "MA": (N_("Morocco"), ("المغرب", "maroc")),
    "TN": (N_("Tunisia"), ("تونس", "tunisie")),
    "IR": (N_("Iran"), ("ایران", "iran")),
    "AF": (N_("Afghanistan"), ("افغانستان",)),
    "PK": (N_("Pakistan"), ("پاکستان",)),
    "TR": (N_("Turkey"), ("türkiye", "turkiye", "турция")),
    "VN": (N_("Vietnam"), ("việt nam", "viet nam")),
    "ID": (N_("Indonesia"), ()),
    "MY": (N_("Malaysia"), ()),
    "PH": (N_("Philippines"), ("pilipinas",)),
    "TH": (N_("Thailand"), ()),
    "CN": (N_("China"), ("中国", "китай")),
    "IN": (N_("India"), ("bharat",)),
    "ET": (N_("Ethiopia"), ("ኢትዮጵያ",)),
    "NG": (N_("Nigeria"), ()),
    "KE": (N_("Kenya"), ()),
    "BR": (N_("Brazil"), ("brasil",)),
    "MX": (N_("Mexico"), ("méxico",)),
    "AR": (N_("Argentina"), ()),
    "CO": (N_("Colombia"), ()),
    "PE": (N_("Peru"), ("perú",)),
    "CL": (N_("Chile"), ()),
    "ES": (N_("Spain"), ("españa",)),
    "PT": (N_("Portugal"), ()),
    "FR": (N_("France"), ()),
    "DE": (N_("Germany"), ("deutschland", "германия")),
    "IT": (N_("Italy"), ("italia",)),
    "GB": (N_("United Kingdom"), ("uk", "great britain", "england", "britain")),
    "US": (N_("United States"), ("usa", "united states of america", "america", "сша")),
    "CA": (N_("Canada"), ()),
    "IL": (N_("Israel"), ("израиль",)),
}

BUTTONS = ("RU", "UZ", "KZ", "SA", "AE", "EG", "IQ", "IR", "VN", "ID", "BR", "FR", "ET", "US")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.replace("'", "").replace("’", "").split())


_INDEX: dict[str, str] = {}
for _code, (_name, _aliases) in COUNTRIES.items():
    for _spelling in (_code, _name, *_aliases, *LOCAL_NAMES.get(_code, ())):
        _INDEX[_fold(_spelling)] = _code


def parse_country(text: str) -> str | None:
    """The ISO code of a typed country (code, English or local name), or None."""
    return _INDEX.get(_fold(text).strip(" ."))
