"""Uzbek red-flag vocabulary, Latin and Cyrillic script (syntax: see the package docstring).

Families write modern Latin Uzbek (the bot's own texts), the older Cyrillic, and
both mixed with Russian ("bolada temperatura 39", "qizimda sudorogi"); the
Russian words are found by `ru.py`, this file adds the Uzbek ones.

Spellings seen on phones: the letters oʻ and gʻ come as "oʻ" (U+02BB, kept by
`normalise`), "o'" / "o`" / "o‘" (dropped to "o") or plain "o"/"u"; q is often
typed k, x is typed h or kh; in Cyrillic, қ ғ ҳ are often typed к г х and ў is
folded to у by `normalise`. The fragments below allow those variants.

Uzbek negates inside the verb ("uygʻonmayapti", "ichmayapti") and puts "yoʻq"
(none) after the noun ("isitmasi yoʻq"), so the negations are mostly
`NEGATIONS_AFTER`; a verb that carries its own "-ma-" is a `NEGATIVE_PARTICLES`
word, so "kuchi yoʻq" after "nafas ololmayapti" does not cancel it.
"Davolashga javob bermaydi" (refractory, education vocabulary) is not "not
responding".
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from flows.definitions.redflag_terms import Category, LocaleTerms

# Latin spellings of one Uzbek letter.
_O = r"(?:oʻ?|u)"  # oʻ / o' / o / u
_G = r"(?:gʻ?|gh)"  # gʻ / g' / g / gh
_Q = r"[qk]"
_X = r"(?:x|h|kh)"
# Cyrillic letters that are often typed without their descender.
_CQ = r"[қк]"
_CG = r"[ғг]"
_CH = r"[ҳх]"
# Ends a stem exactly: "oy" (month) but not "oyoq"; digits may follow.
_END = r"(?![^\W\d_])"
# "Isitmasi 37.2" is a reading, not a complaint: then the number decides.
_UNLESS_READING = r"(?![^.!?\n]{0,20}(?<![\d.])[34]\d(?:\.\d+)?(?!\d))"
# "Davolashga javob bermayapti": the leukaemia, not the patient.
_NOT_DRUG = (
    r"(?<!davolashga )(?<!davoga )(?<!dorilarga )(?<!doriga )(?<!terapiyaga )"
    r"(?<!kimyoterapiyaga )(?<!ximiyaga )(?<!ximiyaterapiyaga )"
)
_NOT_DRUG_CYR = (
    r"(?<!даволашга )(?<!давога )(?<!дориларга )(?<!дорига )(?<!терапияга )"
    r"(?<!киметерапияга )(?<!химияга )"
)
# Treatment words that make "birinchi CAR-T dan keyin ..." an earlier course.
_COURSE = r"(?:car|cart|kar|kurs|blok|transplant|kimyo|ximiya|терапия|курс|блок|киме|химия)"

# The lists are kept compact (several entries a line) so a reviewer sees a whole
# category at once; the formatter would put one word per line.
# fmt: off
TERMS: Mapping[Category, tuple[str, ...]] = MappingProxyType(
    {
        Category.FEVER: (
            # isitma = fever; "isitmasiz" = without fever.
            r"isitm(?!asiz)" + _UNLESS_READING, r"isitim" + _UNLESS_READING,
            r"иситм(?!асиз)" + _UNLESS_READING,
            # harorat = temperature: a complaint only with "bor", "koʻtarildi", "baland" ...
            _X + r"arorat\w* (?:\w+ )?(?:bor(?!\w)|k" + _O + r"tar|baland|yuqori|chiq|oshd|"
            r"oshyap|tushma|pasayma)" + _UNLESS_READING,
            _CH + r"арорат\w* (?:\w+ )?(?:бор(?!\w)|к[уо]тар|баланд|ю[қк]ори|чи[қк]|ошд|ошяп|"
            r"тушма|пасаима)" + _UNLESS_READING,
            # shivering, chills
            _Q + "altira", _Q + "altiro", r"titra(?:yap|b|sh|di|moq|y)", r"titro" + _Q, "junjik", r"et (?:\w+ )?junjik",
            _CQ + "алтира", _CQ + "алтиро", r"титра(?:яп|б|ш|ди|мо[қк]|и)", r"титро[қк]", "жунжик",
            # hot to the touch
            r"(?:badan|tana|peshona|boshi)\w* (?:juda |qattiq |kuchli )?(?:issi" + _Q
            + r"|qaynoq|kuy)",
            r"isib ket", r"исиб кет",
            # "jar" is Russian жар in Uzbek Latin letters ("qizimda jar bor").
            r"jar(?:i|im)? (?:\w+ )?(?:bor(?!\w)|chiq|k" + _O + r"tar|tushma)",
            r"(?:бадан|тана|пешона|боши)\w* (?:жуда |[қк]аттиқ )?(?:исси[қк]|[қк]аино[қк])",
        ),
        Category.BREATHING_CIRCULATION: (
            r"nafas (?:ol\w* )?(?:olol|ola ol|olma)(?!\w*ga)\w*",
            r"nafas ol\w* (?:juda |ancha )?(?:qiyin|o" + _G + r"ir|muammo|yomon)",
            r"nafas\w* (?:\w+ )?(?:qis|tiqil|yetishma|yetma|b" + _O + _G + r"il|t" + _O
            + r"xta)",
            r"(?:tez|qiyin|o" + _G + r"ir) (?:tez )?nafas ol", r"nafas ol\w* (?:\w+ )?qiyna",
            r"qiynal\w* (?:\w+ )?nafas", r"nafas\w* (?:juda )?tez",
            _X + "ansira", r"b" + _O + _G + r"il(?:yap|ib|di|moq|a)", _X + "irilla",
            # fainting, unconscious
            _X + r"ush(?:i|idan|ini|dan) (?:\w+ )?(?:ket|y" + _O + r"q" + _O + r"t)",
            r"be" + _X + "ush", _X + "ushsiz", _X + r"ushiga kelma",
            _O + r"zini (?:\w+ )?y" + _O + r"q" + _O + "tdi",
            # dizziness
            r"boshi?m? (?:\w+ )?aylan", r"bosh aylan",
            # heart racing
            r"yura[gk]\w* (?:\w+ )?(?:juda |qattiq )?(?:tez|qattiq|tartibsiz) (?:\w+ )?(?:ur|tep)",
            r"yurak urishi (?:juda )?tez", "ta" + _X + "ikard",
            # blue lips / face
            r"(?:lab|yuz|bet|tirnoq)\w* (?:\w+ )?k" + _O + r"k(?:ar|(?!\w))",
            # Cyrillic
            r"нафас (?:ол\w* )?(?:олол|ола ол|олма)(?!\w*га)\w*",
            r"нафас ол\w* (?:жуда |анча )?(?:[қк]и+н|о[ғг]ир|муаммо|емон)",
            r"нафас ол\w* (?:\w+ )?[қк]и+нал", r"нафас\w* (?:\w+ )?(?:[қк]ис|ти[қк]ил|етишма|етма|бу[ғг]ил|тухта)",
            _CH + "ансира", r"бу[ғг]ил(?:яп|иб|ди|мо[қк]|а)", _CH + "ирилла",
            _CH + r"уш(?:и|идан|ини|дан) (?:\w+ )?(?:кет|иу[қк]от|ю[қк]от|е[қк]от)",
            r"бе" + _CH + "уш", _CH + "ушсиз",
            r"боши?м? (?:\w+ )?аилан", r"бош аилан",
            r"юра[гк]\w* (?:\w+ )?(?:жуда |[қк]аттиқ )?(?:тез|[қк]аттиқ) (?:\w+ )?(?:ур|теп)",
            r"(?:лаб|юз|бет)\w* (?:\w+ )?кук(?:ар|(?!\w))",
        ),
        Category.NEUROLOGICAL: (
            # seizure, convulsions
            "tut" + _Q + "ano(?:[qk]|" + _G + ")", "talvasa", r"tirish(?!qoq)", r"tortish(?:ib|yap|di)",
            "тут" + _CQ + "ано[қкғг]", "талваса", r"тириш(?![қк]о[қк])",
            r"k" + _O + r"z\w* (?:\w+ )?(?:tepaga|yuqoriga|orqaga|ola) (?:\w+ )?(?:ket|qara|"
            r"o?ʻ?t|qol)",
            # not waking, not responding (not "davolashga javob bermaydi")
            r"uy" + _G + r"onma\w*", r"uy" + _G + r"ot(?:a |ib )?(?:olma|bo?ʻ?lma)\w*",
            r"уи[ғг]онма\w*", r"уи[ғг]от(?:а |иб )?(?:олма|булма)\w*",
            _NOT_DRUG + r"javob berma(?:yapti|ydi|di|y qoldi)(?!\w)", _NOT_DRUG_CYR + r"жавоб берма(?:япти|иди|ди|и [қк]олди)(?!\w)",
            r"reak[ts]\w* (?:\w+ )?(?:berma|yo?ʻ?q)",
            # lethargic, floppy, very sleepy
            r"(?:juda|haddan tashqari|" + _G + r"alati) (?:\w+ )?(?:holsiz|lanj|uyquchan)",
            r"b" + _O + r"shashib qol", r"(?:жуда|[ғг]алати) (?:\w+ )?(?:[ҳх]олсиз|ланж|уи[қк]учан)",
            # confusion, delirium
            r"ala[hx]la", r"ala[hx]sira", r"gap\w* (?:\w+ )?(?:tushunarsiz|chalkash|" + _G
            + r"alati)",
            r"(?:meni|bizni|onasini|otasini|hech kimni|onasi|dadasini|oyisini)\w* tanima",
            _O + r"zini (?:\w+ )?" + _G + r"alati tut",
            r"алахла", r"алахсира", r"гап\w* (?:\w+ )?(?:тушунарсиз|чалкаш)",
            r"(?:мени|бизни|онасини|отасини|ҳеч кимни|хеч кимни)\w* танима",
            # tremor, weakness, speech
            r"(?:q" + _O + r"l|oyo[qg])\w* (?:\w+ )?(?:titra|qaltira)",
            r"(?:q" + _O + r"l|oyo[qg]|yuz|bir tomon)\w* (?:\w+ )?(?:kuchsiz|zaif|uvish|"
            r"ishlamay|harakatlanma|qimirlama)",
            r"(?:t" + _O + r"satdan|kuchli|keskin) (?:\w+ )?(?:holsizl|kuchsizl|zaifl)",
            r"(?:yur|tur|gapir)(?:a )?olma(?:yapti|ydi|di|y qol)\w*",
            r"gapirmay qol", r"s" + _O + r"z\w* (?:\w+ )?top(?:a )?olma", r"tili? (?:\w+ )?aylanma",
            r"yuzi? (?:\w+ )?" + _Q + "iyshay",
            r"(?:[қк]ул|ое[қкг])\w* (?:\w+ )?(?:титра|[қк]алтира)",
            r"(?:[қк]ул|ое[қкг]|юз|бир томон)\w* (?:\w+ )?(?:кучсиз|заиф|увиш|ишламаи|[ҳх]аракатланма)",
            r"(?:юр|тур|гапир)(?:а )?олма(?:япти|иди|ди|и [қк]ол)\w*", r"гапирмаи [қк]ол",
            r"сузи? (?:\w+ )?топ(?:а )?олма", r"тили? (?:\w+ )?аиланма", r"юзи? (?:\w+ )?[қк]иишаи",
        ),
        Category.BLEEDING: (
            # qon = blood: never alone ("qon tahlili" is a blood test, "qon saratoni" leukaemia).
            _Q + r"on (?:\w+ )?(?:ket|oq(?:ya|a|ib|di)|kel(?:ya|ay|di|ib)|to?ʻ?xtama|aralash)",
            _Q + r"ona(?:yap|di|sh|b)", _Q + r"onli (?:siydik|najas|qusuq|ich|axlat|balg|so?ʻ?lak|"
            r"tupu|peshob)",
            r"(?:siydi|peshob|najas|axlat|qusu|bal" + _G + r"am|so?ʻ?la|tagli|pampers)\w* "
            r"(?:\w+ )?" + _Q + r"on(?!\w| tahlil| topshir)",
            r"(?:burn|o" + _G + r"z|qulo|milk|tish)\w*dan (?:\w+ )?" + _Q + r"on(?!\w| tahlil)",
            _Q + r"on qus", _Q + r"onli qus", r"siydi\w* (?:\w+ )?(?:qizil|pushti)",
            r"сииди\w* (?:\w+ )?(?:[қк]изил|пушти)",
            _Q + r"ora (?:rangli )?(?:najas|axlat|kal)", r"(?:najas|axlat|kal)\w* (?:\w+ )?" + _Q
            + "ora",
            # bruises, tiny red spots
            r"k" + _O + r"kar(?:ish|gan|ib|di)", r"k" + _O + r"k do" + _G,
            r"(?:qizil|mayda|binafsha) (?:\w+ )?(?:nuqta|do" + _G + r"|toshma)", r"pete[xhk]i",
            "gematom",
            # sudden severe headache
            r"boshi?m? (?:\w+ )?(?:qattiq|juda|kuchli|chidab b" + _O + r"lmas) (?:\w+ )?o"
            + _G + "ri",
            r"(?:qattiq|kuchli|t" + _O + r"satdan|dahshatli) bosh o" + _G + "ri",
            # Cyrillic
            _CQ + r"он (?:\w+ )?(?:кет|о[қк](?:я|а|иб|ди)|кел(?:я|аи|ди|иб)|тухтама|аралаш)",
            _CQ + r"она(?:яп|ди|ш|б)", _CQ + r"онли (?:сиидик|нажас|[қк]усу[қк]|ич|ахлат|пешоб)",
            r"(?:сииди|пешоб|нажас|ахлат|[қк]усу|бал[ғг]ам|сула|тагли|памперс)\w* (?:\w+ )?"
            + _CQ + r"он(?!\w| та[ҳх]лил)",
            r"(?:бурн|о[ғг]з|[қк]уло|милк|тиш)\w*дан (?:\w+ )?" + _CQ + r"он(?!\w| та[ҳх]лил)",
            _CQ + r"он [қк]ус", _CQ + r"ора (?:рангли )?(?:нажас|ахлат|кал)",
            r"(?:нажас|ахлат)\w* (?:\w+ )?[қк]ора", r"кукар(?:иш|ган|иб|ди)", r"кук до[ғг]",
            r"(?:[қк]изил|маида) (?:\w+ )?(?:ну[қк]та|до[ғг]|тошма)", "гематом",
            r"боши?м? (?:\w+ )?(?:[қк]аттиқ|[қк]аттик|жуда|кучли) (?:\w+ )?о[ғг]ри",
        ),
        Category.OTHER_URGENT: (
            # stiff neck
            r"b" + _O + r"yn\w* (?:\w+ )?(?:" + _Q + r"ot|egilma|bukilma|burilma)",
            r"буин\w* (?:\w+ )?(?:[қк]от|эгилма|букилма|бурилма)",
            # vision
            r"k" + _O + r"z\w* (?:\w+ )?(?:xira|hira|tinib|ikkita|qorong|k" + _O + r"rma)",
            # "koʻrmaydi" alone is also "the CAR-T cells no longer see the leukaemia".
            r"ikki(?:ta)? k" + _O + r"rin", r"k" + _O + r"rmay qol", r"yaxshi k" + _O + "rma",
            r"k" + _O + r"rish\w* (?:\w+ )?(?:yomonlash|pasay|xiralash|buzil)",
            r"куз\w* (?:\w+ )?(?:хира|тиниб|иккита|курма)", r"икки(?:та)? курин",
            r"курмаи [қк]ол", r"яхши курма", r"куриш\w* (?:\w+ )?(?:емонлаш|пасаи|хиралаш)",
            # chest pain
            r"k" + _O + r"kra[kg]\w* (?:\w+ )?(?:o" + _G + r"ri|sanch|siqil)",
            r"кукра[кг]\w* (?:\w+ )?(?:о[ғг]ри|санч|си[қк]ил)",
            # vomiting, diarrhoea
            _Q + r"us(?:ish|yap|di|ay|moq|ib|uq|gan)", r"qayt qil",
            r"ichi? (?:\w+ )?ket(?:ish|yap|di|ay|moq|gan)",
            _CQ + r"ус(?:иш|яп|ди|аи|мо[қк]|иб|у[қк]|ган)", r"[қк]аит [қк]ил",
            r"ичи? (?:\w+ )?кет(?:иш|яп|ди|аи|мо[қк]|ган)",
            # not drinking, very little urine
            r"(?:suv|narsa|suyuqlik|sut|k" + _O + r"krak)\w* (?:\w+ )?ichma(?:yap|ydi|di|y)\w*",
            r"(?<!dori )(?<!dorini )(?<!dorilarni )ichma(?:yapti|ydi|di|y qol)\w*",
            r"(?:suv|suyuqlik) ichishdan bosh tort",
            r"siydi\w* (?:juda )?(?:kam|oz|chiqma|kelma)", r"siyma(?:yap|ydi|di|y)\w*",
            r"peshob\w* (?:\w+ )?(?:kam|chiqma|qilma)", r"(?:pampers|taglig)\w* (?:\w+ )?quruq",
            r"kam siy",
            r"(?:сув|нарса|суюқлик|суюклик|сут)\w* (?:\w+ )?ичма(?:яп|иди|ди|и)\w*",
            r"(?<!дори )(?<!дорини )ичма(?:япти|иди|ди|и [қк]ол)\w*",
            r"сииди\w* (?:жуда )?(?:кам|оз|чи[қк]ма|келма)", r"сиима(?:яп|иди|ди|и)\w*",
            r"(?:памперс|таглиг)\w* (?:\w+ )?[қк]уру[қк]",
            # rash
            "toshma", "тошма", r"qizil do" + _G, r"[қк]изил до[ғг]",
        ),
        Category.SELF_HARM: (
            _O + r"zi(?:mni|ni|ga|mga) (?:\w+ )?" + _O + "ldir",
            r"jon\w*ga qasd", _O + r"z joni", _O + r"lgi(?:m|si|miz) kel(?!ma)",
            _O + r"lishni (?:\w+ )?(?:xohla|hohla|istay)",
            r"yashagi(?:m|si) kelma", r"yashashni (?:\w+ )?(?:xohlama|hohlama|istama)",
            "suitsid", _O + r"zi(?:mga|ga) (?:\w+ )?zarar", _O + r"zini os",
            r"узи(?:мни|ни|га|мга) (?:\w+ )?улдир", r"жон\w*га [қк]асд", r"уз жони",
            r"улги(?:м|си) кел(?!ма)", r"яшаги(?:м|си) келма", r"яшашни (?:\w+ )?(?:[ҳх]о[ҳх]лама|истама)",
            r"узи(?:мга|га) (?:\w+ )?зарар", "суицид",
        ),
    }
)

TEMPERATURE_WORDS: tuple[str, ...] = (
    "isitm", _X + "arorat", "daraja", "иситм", _CH + "арорат", "даража",
    # "Bolamda 39" (my child has 39) is how a reading is usually given.
    r"(?:bola|qiz|o" + _G + r"l|" + _O + _G + r"l|farzand|chaqaloq|men|u)\w*da(?!\w)",
    r"(?:бола|[қк]из|у[ғг]л|фарзанд|ча[қк]ало[қк]|мен)\w*да(?!\w)",
)

NEGATIONS: tuple[str, ...] = (
    r"hech qanday", r"hech bir", r"ҳеч [қк]андаи", r"хеч [қк]андаи",
)

NEGATIONS_AFTER: tuple[str, ...] = (
    r"y" + _O + "q", "yok", r"b" + _O + r"lmadi", r"b" + _O + r"lmagan", "kuzatilmadi", "emas",
    r"me?yorida", r"(?<!tushma)tushdi", _O + r"tib ketdi", "normal",
    r"и[уо][қк]", r"булмади", r"булмаган", r"кузатилмади", "эмас", r"меъ?ерида", "тушди",
)

PAST_MARKERS: tuple[str, ...] = (
    r"(?:19|20)\d\d[- ]?(?:yil|y\.|иил|и\.)", r"(?:yil|oy|hafta)\w* (?:oldin|avval|ilgari)",
    _O + r"tgan (?:yil|oy|hafta|safar)", "ilgari", r"bir paytlar", "bolaligida",
    r"tashxis q" + _O + "yilganda",
    r"(?:birinchi|avvalgi|oldingi) " + _COURSE + r"[^.!?\n]*(?<!\w)(?:b" + _O
    + r"lgan|edi)(?!\w)",
    r"(?:иил|ои|[ҳх]афта)\w* (?:олдин|аввал|илгари)", r"утган (?:иил|ои|[ҳх]афта)",
    "илгари", "болалигида", r"ташхис [қк]уиилганда",
    r"(?:биринчи|аввалги|олдинги) " + _COURSE + r"[^.!?\n]*(?<!\w)(?:булган|эди)(?!\w)",
)

CLAUSE_BREAKS: tuple[str, ...] = (
    "lekin", "ammo", "biroq", "hozir", "hozirda", "endi", "bugun",
    "лекин", "аммо", "бироқ", "бирок", "ҳозир", "хозир", "энди", "бугун",
)

NEGATION_STOPS: tuple[str, ...] = (
    "va", "agar", "balki", "faqat", "chunki", r"q" + _O + r"rqaman", "bilmayman", "nega",
    "ва", "агар", "балки", "фа[қк]ат", "чунки", r"[қк]ур[қк]аман", "билмаиман",
)

REPEAT_MARKERS: tuple[str, ...] = (
    "yana", r"qayta", "takror", r"hali ham", "haliyam", "hamon",
    "яна", r"[қк]аита", "такрор", r"[ҳх]али [ҳх]ам", r"[ҳх]алиям",
)

NEGATIVE_PARTICLES: tuple[str, ...] = (
    # A verb with its own "-ma-": "ololmayapti", "uygʻonmadi", "ichmaydi".
    r"\w+ma(?:yapti|yapdi|ydi|di|gan|y qol)\w*", r"\w*olma\w*", r"y" + _O + "q",
    r"\w+ма(?:япти|иди|ди|ган|и [қк]ол)\w*", r"\w*олма\w*", r"и[уо][қк]",
)

MEASURE_UNITS: tuple[str, ...] = (
    "yosh", r"yil" + _END, r"oy" + _END, r"kun" + _END, "hafta", "soat", "daqiqa", "foiz",
    "marta", r"s" + _O + r"m" + _END, r"ta" + _END,
    r"еш" + _END, "ешда", r"иил" + _END, r"ои" + _END, r"кун" + _END, _CH + "афта", "соат",
    "да[қк]и[қк]а", "фоиз", "марта", r"сум" + _END, r"та" + _END,
)

MEASURE_LABELS: tuple[str, ...] = (
    "yoshi", "vazn", r"o" + _G + r"irlig", r"b" + _O + r"yi" + _END, "leykot", "leykos",
    "trombot", "gemoglobin", "palata", "xona", "doza", "kurs", "tahlil", r"kun" + _END,
    r"kuni" + _END, "raqam",
    r"еши" + _END, "вазн", r"о[ғг]ирлиг", r"буи" + _END, "палата", "хона", "доза",
    r"та[ҳх]лил", r"кун" + _END, r"куни" + _END, "ра[қк]ам",
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
