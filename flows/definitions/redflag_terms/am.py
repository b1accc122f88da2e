"""Amharic red-flag vocabulary, in Ge'ez script and in the Latin transliterations
people type on phones without an Ethiopic keyboard (syntax: see the package
docstring).

Ge'ez is not changed by normalisation (no case, no diacritics), so entries are
written as typed. Amharic glues prepositions to the front of a noun (በትኩሳት,
የሚጥል, ከአፍንጫው), and a match must start at a word start, so nouns allow up
to two leading letters (`_P`); verb stems allow their prefixes explicitly
(ይንቀጠቀጣል, እየተንቀጠቀጠ, ያንቀጠቅጠዋል). Letters that sound alike and are
spelt either way (ሕ/ህ/ኅ, ሀ/ሐ, ዓ/አ, ሰ/ሠ) are written as classes where it
matters.

Amharic negates with the verb, after the symptom ("ትኩሳት የለውም", "ትኩሳት
አልነበረውም"), so the cancelling words are mostly `NEGATIONS_AFTER`; "ምንም"
(any, none) is the one negation before. Phrases that carry their own negative
verb ("መተንፈስ አልቻለም", "አይነቃም", "ደሙ አይቆምም") are emergencies.

"ደም" (blood) alone never fires: "የደም ምርመራ" (blood test) and "የደም ካንሰር"
(blood cancer, leukaemia) are the education pages' own words.

Latin spellings vary ("tikusat", "tkusat", "tekusat"; k/q for ቅ); character
classes cover the common ones.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from flows.definitions.redflag_terms import Category, LocaleTerms

# Up to two glued prefix letters: በ, ለ, ከ, የ, እንደ ...
_P = r"[^\W\d_]{0,2}"
# A negative verb: አልቻለም, አይችልም, አትጠጣም, አያውቀኝም ...
_NEG_VERB = r"(?:አል|አይ|አት|አላ|አያ|አታ)[^\W\d_]*ም"
# Ends a stem exactly: "kg" but not "kgb"; digits may follow.
_END = r"(?![^\W\d_])"
# "በ2022", "be 2022": a year, Gregorian or Ethiopian (2014 ዓ.ም.).
_YEAR = r"(?:19|20)\d\d(?!\d)"

# The lists are kept compact (several entries a line) so a reviewer sees a whole
# category at once; the formatter would put one word per line.
# fmt: off
TERMS: Mapping[Category, tuple[str, ...]] = MappingProxyType(
    {
        Category.FEVER: (
            _P + "ትኩሳ", _P + "ትኵሳ", _P + "ንዳ[ድዱ]", r"ብርድ ብርድ",
            r"ብርድ (?:\w+ )?(?:ይለዋል|ይላታል|ይለኛል|አለው|አላት)",
            # ይንቀጠቀጣል, መንቀጥቀጥ, እየተንቀጠቀጠ, ያንቀጠቅጠዋል (shivering, shaking).
            r"[^\W\d_]{0,3}ንቀ[ጠጥ][ቀቅ]",
            r"(?:ሰውነ[ቱቷቴ]|ገላ[ውዋ]|ግንባ[ሩሯ]) (?:\w+ )?(?:ይሞቃል|ሞቋል|ሞቅ|ግሏል|ይግላል|ያቃጥላል|"
            r"እሳት)",
            r"t[ie]?k(?:u|w|o)sa?t", r"nidad" + _END, r"b[ie]?r[ie]?d b[ie]?r[ie]?d",
            r"\w{0,4}n[kq]e?te[kq]e?t",
        ),
        Category.BREATHING_CIRCULATION: (
            _P + r"ትንፋ[ሽሹ] (?:\w+ )?(?:ያጥረ|አጠረ|ማጠር|ያጠረ|ይቆራረ|ቆመ|አጥሮ)",
            _P + r"መተንፈስ (?:\w+ )?(?:አቃተ|ያቅተ|ተቸገረ|ያስቸግረ|አልቻለ|አይችልም|ከበደ|ይከብደ|ያቅታ|"
            r"አቃታ|አትችልም)",
            r"ራ[ሱሷሴስ]ን (?:\w+ )?(?:ሳተ|ስቷል|ስታለች|ሳተች|ስቶ|ይስታል|ትስታለች)", r"ራስን መሳት",
            "ያዞረ", r"ራስ ማዞር", r"ማዞር" + _END,
            r"ል[ቡባቤ] (?:\w+ )?(?:በፍጥነት|በጣም|ቶሎ ቶሎ) (?:ይመታ|ይደልቅ|ትመታ)",
            r"(?:የ)?ልብ ምት\w* (?:\w+ )?(?:ፈጣን|ጨምሯል|ፈጥኗል)",
            r"ከንፈ[ርሩሯሮ]\w* (?:\w+ )?(?:ሰማያዊ|ጠቆረ|ጠቁሯ|ወይን ጠጅ)",
            r"metenf[ae]s (?:\w+ )?(?:a[kq]at|ya[kq]t|alchal|ayichil|aychil|techeg|keb|yasc?heg)",
            r"t[ie]?nfash (?:\w+ )?(?:yat|atere|mater|yater|tere)",
            r"ras(?:un|wan|uan|en|in) (?:\w+ )?(?:sat|s[iy]?twal|sto|yistal)",
            r"yazor(?:ew|egn|at)", r"mazor" + _END, r"lib(?:u|wa|e) (?:\w+ )?(?:befit|be fit)",
            r"kenfer(?:u|wa|ochu) (?:\w+ )?(?:semayaw|tekor|tekur|tequr)",
        ),
        Category.NEUROLOGICAL: (
            _P + "ሚጥ[ልለ]", r"[^\W\d_]{0,3}ንዘፈዘ", r"[^\W\d_]{0,3}ንዘፍዘፍ",
            r"(?:አይ|አት)ነቃም", r"መንቃት (?:\w+ )?(?:አልቻለ|አይችልም|አትችልም)",
            r"(?:መቀስቀስ|ልንቀሰቅ\w*) (?:\w+ )?(?:አልቻል|አይቻልም)", r"(?:አይ|አት)ቀሰቀስም",
            r"ምላሽ (?:\w+ )?(?:አይሰጥም|አልሰጠም|አትሰጥም|የለውም|የላትም)",
            r"ግራ (?:\w+ )?(?:ተጋብቷል|ተጋብታለች|ተጋብቶ)", r"(?:አያ|አታ)ውቀ(?:ኝ|ን)ም",
            "ይቀባዥ", "ቅዠ",
            r"(?:እጁ|እጇ|እግሩ|እግሯ|እጆቹ|እጆቿ)\w* (?:\w+ )?(?:ይንቀጠቀ|ደከመ|አይንቀሳቀስም|ደነዘዘ)",
            r"ሽባ" + _END, r"ደነዘዘ",
            r"(?:መናገር|ማውራት) (?:\w+ )?(?:አይችልም|አልቻለም|አትችልም|ተቸገረ|ያቅተ)",
            r"መራመድ (?:\w+ )?(?:አይችልም|አልቻለም|አትችልም)", r"አ[ፉፏ] (?:\w+ )?(?:ተጣመመ|ተጣሟል)",
            "ዝልፍልፍ", r"(?:በጣም )?ያንቀላፋ",
            r"(?:ye)?mit[ie]l" + _END, r"\w{0,3}nzefez", r"ay(?:i)?ne[kq]am",
            r"(?:mekseqes|mekesekes|linkesekes|linqeseqes)\w* (?:\w+ )?alchal",
            r"milash (?:\w+ )?(?:ay(?:i)?set|alset)", r"gra (?:\w+ )?tegab",
            r"ayaw[kq]e(?:gn|ny|n)", "yikebajir",
            r"menager (?:\w+ )?(?:ayichil|alchal|techeg)", r"meramed (?:\w+ )?(?:ayichil|alchal)",
            r"shiba" + _END,
        ),
        Category.BLEEDING: (
            r"ደም (?:\w+ )?(?:ይፈሳ|መፍሰስ|እየፈሰሰ|ፈሰሰ|አይቆምም|አልቆመም|ይወጣ|ወጣ|እየወጣ)",
            r"(?:የ)?ደም መፍሰስ", _P + "ነስር",
            _P + r"አፍንጫ\w* (?:\w+ )?ደም", _P + r"(?:ሽን[ትቱቷ]|ሰገራ|ትውከ[ትቱ]|ምራ[ቅቁ]|አክታ)\w* (?:\w+ )?ደም",
            r"ደም (?:\w+ )?(?:ያለው|የቀላቀለ|የተቀላቀለ) (?:ሽን[ትቱ]|ሰገራ|ትውከ[ትቱ])",
            r"ሰገራ\w* (?:\w+ )?ጥቁር", r"ጥቁር ሰገራ",
            r"ደም (?:\w+ )?(?:አስመለሰ|ያስመልሰ|ተፋ|ይተፋ|አስታወከ|ያስታውከ)", r"ሰ[ምን]በ[ርሩ]",
            r"ቀይ (?:\w+ )?(?:ነጠብጣ|ነጥብ)",
            r"(?:ከባድ|ኃይለኛ|ሃይለኛ|ድንገተኛ|የማይቋቋም) (?:የ)?ራስ ምታት",
            r"ራስ ምታ\w* (?:\w+ )?(?:ከባድ|በጣም|ኃይለኛ|ሃይለኛ)",
            r"dem (?:\w+ )?(?:yifes|mefses|eyefese|ayikom|ayqom|ayikom|yiwet|eyewet)",
            r"nesir" + _END, r"(?:shint|segera)\w* (?:\w+ )?dem" + _END,
            r"dem (?:\w+ )?(?:shint|segera)", r"segera\w* (?:\w+ )?tikur", r"tikur segera",
            r"dem (?:\w+ )?(?:asmeles|yasmels|tefa)", r"se[mn]ber" + _END,
            r"(?:kebad|hayle?gna) ras ?mitat", r"ras ?mitat (?:\w+ )?(?:kebad|betam|hayle)",
        ),
        Category.OTHER_URGENT: (
            r"አንገ[ቱቷቴት]\w* (?:\w+ )?(?:ደርቋል|ደረቀ|አይታጠፍም|ተገተረ|ግትር|አይዞርም)",
            r"ብዥ (?:\w+ )?(?:ይላል|ይለዋል|ይላታል|አለ|ብሏል)",
            r"ማየት (?:\w+ )?(?:አልቻለም|አይችልም|አቃተው|ተቸገረ|አትችልም)",
            r"ሁለት ሁለት (?:\w+ )?(?:ያያል|ይታየዋል|ታያለች)",
            _P + r"ደረ[ትቱቷቴ]\w* (?:\w+ )?(?:[ሕህኅ]መም|ያመ|ይወጋ|ይቆረጥ|ያቃጥ)",
            r"[^\W\d_]{0,3}ስታ[ወው][ክከ]", _P + "ትውከ[ትቱ]",
            r"(?:ያ|አ|ማ|እያ|ሲያ)ስመ(?:ል|ለ)[ሰስ]", _P + "ተቅማ[ጥጡ]",
            r"(?:ምንም|ውሃ|ፈሳሽ|ወተት|ጡት) (?:\w+ )?(?:አይጠጣም|አልጠጣም|አትጠጣም|አልጠጣችም|አይጠባም|"
            r"አትጠባም)",
            r"መጠጣት (?:\w+ )?(?:አልቻለ|አይችልም|አቁሟል|እምቢ)",
            r"(?:አይ|አት|አል)ሸና(?:ች)?ም",
            r"ሽን[ትቱቷ]\w* (?:\w+ )?(?:ቀንሷል|ቀነሰ|የለም|አይወጣም|በጣም ትንሽ)", _P + "ሽፍታ",
            r"anget\w* (?:\w+ )?(?:der[kq]|ayitatef|getir)", r"bizh (?:\w+ )?yil",
            r"mayet (?:\w+ )?(?:alchal|ayichil)", r"hulet hulet (?:yay|yitay)",
            r"(?:ye)?deret\w* (?:\w+ )?(?:h[ie]?mem|yamew|yamat)",
            r"(?:ma|ya|a|eya)stawe?k", r"t[ie]?wket", r"(?:ya|a|ma|eya)smel(?:e)?s",
            r"te[kq]i?mat",
            r"(?:minim|wuha|wiha|fesash) (?:\w+ )?ay(?:i)?tetam",
            r"metetat (?:\w+ )?(?:alchal|ayichil)", r"ay(?:i)?shenam", "alshenam",
            r"shint\w* (?:\w+ )?[kq]ens", r"sh(?:i|e)?fta",
        ),
        Category.SELF_HARM: (
            r"ራ[ሴሱሷስ]ን (?:\w+ )?(?:ማጥፋት|ላጠፋ|አጠፋ|ልገድል|መግደል|መጉዳት|ልጎዳ|ይገድላ|ያጠፋ|ልታጠፋ|"
            r"ሊያጠፋ)",
            r"መሞት (?:\w+ )?(?:እፈልጋለሁ|ይፈልጋል|ትፈልጋለች|ፈልጌ|ፈልጓል|አስባለሁ|ያስባል)",
            r"መኖር (?:\w+ )?(?:አልፈልግም|አይፈልግም|አትፈልግም|ሰልችቶ|አስጠላ|ደከመ)",
            r"[ሕህ]ይወ[ቴቱቷ]ን (?:\w+ )?(?:ማጥፋት|ላጠፋ|ልጨርስ|ላቋርጥ)",
            r"ras(?:en|un|wan|in) (?:\w+ )?(?:matfat|latefa|latfa|megdel|megudat|ligodat)",
            r"memot (?:\w+ )?(?:efeli?g|yifeli?g|tifeli?g|asb)",
            r"menor (?:\w+ )?(?:alfeli?g|ayifeli?g|atfeli?g|selch)",
            r"hiy?wete?n (?:\w+ )?(?:matfat|latefa)",
        ),
    }
)

TEMPERATURE_WORDS: tuple[str, ...] = (
    _P + "ሙቀ", _P + "ትኩሳ", "ዲግሪ", "ቴርሞሜትር", "ቴምፕ",
    r"mu[kq]e?t", r"t[ie]?k(?:u|w|o)sa?t", "digiri", "dgri", "degri",
)

NEGATIONS: tuple[str, ...] = ("ምንም", "ያለምንም", "minim")

NEGATIONS_AFTER: tuple[str, ...] = (
    "የለውም", "የላትም", "የለም", "የለበትም", "የለባትም", "አልነበረም", "አልነበረውም", "አልነበራትም",
    "አልነበረበትም", "አልነበረባትም", "አይደለም", "ጠፍቷል", "ጠፋ", "ቆሟል", "ቀንሷል",
    r"yelew(?:i)?m", "yelem", r"yelat(?:i)?m", r"alnebere(?:w)?m", "aydelem", r"tefitwal",
)

PAST_MARKERS: tuple[str, ...] = (
    r"በ ?" + _YEAR, r"be ?" + _YEAR,
    r"(?:\d+|አንድ|ሁለት|ሶስት|ሦስት) (?:[ዓአ]መት|ወር) በፊት", r"(?:[ዓአ]መት|ወር) በፊት",
    r"ባለፈው (?:[ዓአ]መት|ወር|ሳምንት)", "ድሮ", r"ቀደም ሲል", r"ከዚህ በፊት", "በልጅነ",
    r"(?:ከ|የ)?መጀመሪያ\w*[^.!?\n።]*ነበ[ረር]",
    r"(?:amet|wer) befit", "balefew", r"diro" + _END, r"kedem sil", r"kezih befit",
    r"mejemeriya\w*[^.!?\n]*neber",
)

CLAUSE_BREAKS: tuple[str, ...] = (
    "ግን", "አሁን", "ዛሬ", r"ነገር ግን", "gin", "ahun", "zare",
    # Ge'ez full stop, comma, semicolon, question mark (and "::" typed for ።) are not
    # punctuation to the engine: a clause starts right after one (before a space).
    r"(?<=[።፣፤፧])", r"(?<=::)",
)

NEGATION_STOPS: tuple[str, ...] = (
    "እና", "ወይም", "ከሆነ", "ምናልባት", "እንደሆነ", "አላውቅም", "ስለ", "እፈራለሁ",
    "ena", "weyim", "kehone", "minalbat", r"alawk(?:i)?m",
)

REPEAT_MARKERS: tuple[str, ...] = (
    "እንደገና", "ደግሞ", "አሁንም", r"ተመል[ሶሰ]", "አገረሸ",
    "endegena", "ahunim", "degmo", r"temel(?:so|ese)",
)

NEGATIVE_PARTICLES: tuple[str, ...] = (_NEG_VERB,)

MEASURE_UNITS: tuple[str, ...] = (
    "[ዓአ]መ", "ወር", "ሳምንት", "ቀን", "ሰዓት", "ደቂቃ", "ኪሎ", "ብር", "ጊዜ", "ግራም", "በመቶ",
    # "በ38ኛው ቀን" (on the 38th day): the ordinal suffix.
    "ኛ",
    r"amet", r"wer" + _END, "samint", r"ken" + _END, "seat", r"birr?" + _END,
)

MEASURE_LABELS: tuple[str, ...] = (
    "[ዕእ]ድሜ", "ክብደት", "ቁመት", "ፕሌትሌት", "ቁጥር", "መጠን", r"(?:የ)?ተወለደ",
    "edme", "idme", "kibdet", "kumet",
)

# fmt: on

LOCALE: LocaleTerms = LocaleTerms(
    terms=TERMS,
    temperature_words=TEMPERATURE_WORDS,
    negations=NEGATIONS,
    past_markers=PAST_MARKERS,
    negations_after=NEGATIONS_AFTER,
    clause_breaks=CLAUSE_BREAKS,
    negation_stops=NEGATION_STOPS,
    repeat_markers=REPEAT_MARKERS,
    negative_particles=NEGATIVE_PARTICLES,
    measure_units=MEASURE_UNITS,
    measure_labels=MEASURE_LABELS,
)
