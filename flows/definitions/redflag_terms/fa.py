"""Persian red-flag vocabulary, in Persian script and in Latin letters ("Finglish")
(syntax: see the package docstring).

Entries are normalised: ی and ک are written ي and ك, آ is written ا, and the
zero-width non-joiner is gone, so "نمی‌تونه" and "نمی تونه" are "نميتونه" and
"نمي تونه" (`_MI` allows both). Persian writes 38.5 as "۳۸/۵" or "۳۸٫۵": the
engine reads the second; the slash form is caught by its own fever terms here.
Arabic words shared with Persian (تشنج، اسهال، صرع) are in `ar.py`.

Persian negates inside the verb ("نفس نمی‌کشه", "آب نمی‌خوره") and puts "نداره"
after the noun ("تب نداره"), so the negations are mostly `NEGATIONS_AFTER`; a
verb with "نمی"/"ن" is a `NEGATIVE_PARTICLES` word. "نه" (no) is not a
negation: it is also "nine" ("نه ماهه"). "خون" (blood) never fires alone
(آزمایش خون، سرطان خون = leukaemia); "به درمان جواب نمی‌ده" (refractory) is
not "not responding"; "عود" (relapse) is education vocabulary.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from flows.definitions.redflag_terms import Category, LocaleTerms

# The present-tense prefix مي / نمي, written joined or with a space.
_MI = r"(?:مي ?)?"
_NEMI = r"نمي ?"
_NEMI_LAT = r"nemi ?"
# "تب ۳۷.۲" is a reading, not a complaint: then the number decides.
_UNLESS_READING = r"(?![^.!?\n]{0,20}(?<![\d.])[34]\d(?:\.\d+)?(?!\d))"
# 38/5 = 38.5 in Persian: a fever reading unless it is a weight, a size or a share.
_SLASH_READING = (
    r"(?<!وزن )(?<!وزنش )(?<!سن )(?<!سنش )(?<!قد )(?<!قدش )(?<!vazn )(?<!vazne )"
    r"(?:3[89]|4[0-2])/\d(?![\d/])(?!\s*(?:كيلو|گرم|سانت|درصد|ميلي|سال|ماه|روز|kg|kilo|%|%))"
)
# Treatments that make "بعد از اولين CAR-T ... داشت" an earlier course.
_COURSE = r"(?:car-?t?|cart|كار ?تي|پيوند|شيمي ?درماني|شيمي|دوره|عود)"
_COURSE_LAT = r"(?:car-?t?|cart|peyvand|shimi|doreh?)"
_PAST_VERB = r"(?<!\w)(?:داشت|بود|شد|كرد)(?!\w)"
_PAST_VERB_LAT = r"(?<!\w)(?:dasht|bud|bod|shod|kard)(?!\w)"
_END = r"(?![^\W\d_])"

# The lists are kept compact (several entries a line) so a reviewer sees a whole
# category at once; the formatter would put one word per line.
# fmt: off
TERMS: Mapping[Category, tuple[str, ...]] = MappingProxyType(
    {
        Category.FEVER: (
            r"تب(?:ش|م|ي|ه|شون|دار|و)?(?!\w)" + _UNLESS_READING, r"تب ?و ?لرز",
            r"\w{0,3}لرز", r"(?:بدن|تن|پيشوني|پيشاني|سر|صورت|خودش|بچه|پسرم|دخترم)\w* (?:\w+ )?"
            r"(?:خيلي |شديد )?داغ", r"داغ (?:كرده|كرد|شده)",
            r"دما\w* (?:\w+ )?(?:بالا|زياد|رفته بالا|پايين نمي)" + _UNLESS_READING,
            r"حرارت\w* (?:\w+ )?(?:بالا|زياد|داره|دارد)" + _UNLESS_READING,
            r"(?:تب|دما|درجه|حرارت)\w*(?:\W+\w+){0,2}?\W+(?:3[89]|4[0-2])/\d(?!\d)", _SLASH_READING,
            # Finglish
            r"tab(?:esh|sh|am|e|i)?(?:\W+\w+)?\W+(?:dar(?:e|eh|ad|im|an|i)?|kard\w*|bala\w*|gereft\w*|"
            r"shadid|mikon\w*|nemiad|payin nemi\w*|ghat nemi\w*|o larz|va larz|hast|dasht\w*|kone)"
            r"(?!\w)" + _UNLESS_READING,
            r"tab-?dar", r"(?:mi ?)?larz", r"(?:badan|pishoni|pishuni|sar|tan|surat|soorat)\w* (?:\w+ )?"
            r"(?:kheili |khaili )?dagh(?!\w)", r"dagh (?:kard|karde|shode)",
            r"dama\w* (?:\w+ )?(?:bala|ziad|ziyad)" + _UNLESS_READING,
            r"(?:tab|dama|daraje)\w*(?:\W+\w+){0,2}?\W+(?:3[89]|4[0-2])/\d(?!\d)",
        ),
        Category.BREATHING_CIRCULATION: (
            r"نفس\w* (?:\w+ )?(?:" + _NEMI + r"كش|نكش|بند|تنگ|سخت|تند|گير|قطع|بالا نمي|كم مي)",
            r"(?:سخت|به سختي|بسختي|تند تند|با صدا|با خس ?خس) (?:\w+ )?" + _MI + "نفس",
            r"تنگي\w* (?:\w+ )?نفس", r"نفس ?تنگي", _NEMI + r"(?:تونه|تواند|تونست|شه)\w* (?:\w+ )?نفس",
            r"خس ?خس", r"خرخر",
            r"(?:لب|ناخن|صورت|رنگ)\w* (?:\w+ )?(?:كبود|بنفش|ابي شده|سياه شده)",
            # fainting, unconscious
            r"غش (?:\w+ )?(?:كرد|كرده|" + _MI + r"كن|رفت|رفته)", r"بي ?هوش", r"از هوش (?:رفت|رفته)",
            r"از حال (?:رفت|رفته|" + _MI + r"ره)", r"هوش\w* (?:\w+ )?(?:از دست|" + _NEMI + r"اد|نيومد)",
            r"هوشيار(?:ي)? (?:\w+ )?(?:نيست|نداره|كم)",
            # dizziness
            r"سر ?گيج", r"سر\w* (?:\w+ )?گيج (?:" + _MI + r"ره|ميرفت|رفت)",
            # heart racing
            r"تپش ?(?:ي )?قلب", r"قلب\w* (?:\w+ )?(?:خيلي )?(?:تند|تيز|محكم|سريع) (?:\w+ )?(?:"
            + _MI + r"زن|" + _MI + r"تپ|زد)", r"ضربان\w* (?:\w+ )?(?:بالا|تند|زياد|سريع)",
            # Finglish
            r"nafas\w* (?:\w+ )?(?:" + _NEMI_LAT + r"kesh|nakesh|band|tang|sakht|tond|gir|ghat)",
            r"(?:sakht|besakhti|be sakhti|tond tond) (?:\w+ )?(?:mi ?)?nafas", r"tangi\w* (?:\w+ )?nafas",
            r"nafas ?tangi", _NEMI_LAT + r"(?:tune|tone|tunest|tonest)\w* (?:\w+ )?nafas", r"khes ?khes",
            r"(?:lab|nakhon|nakhun|surat|sorat)\w* (?:\w+ )?kab(?:o|u|ou)d",
            r"ghash (?:\w+ )?(?:kard|karde|mikon\w*|raft)", r"bi-? ?h[ou]sh", r"az (?:hal|hosh) raft",
            r"sar ?gij", r"sar ?gich", r"saresh gij", r"tapesh(?:e)? (?:\w+ )?ghalb",
            r"ghalb\w* (?:\w+ )?(?:kheili )?(?:tond|tiz|sari)", r"zaraban\w* (?:\w+ )?(?:bala|tond)",
        ),
        Category.NEUROLOGICAL: (
            r"تشنج", r"حمله ?(?:ي )?صرع",
            r"بيدار (?:\w+ )?(?:" + _NEMI + r"ش|نشد|نشده)",
            r"(?:" + _NEMI + r"تونيم|نتونستيم|سخت|به سختي|بسختي) (?:\w+ )?بيدار",
            r"به هوش (?:\w+ )?(?:" + _NEMI + r"اد|نيومد|نيامد|" + _NEMI + r"ايد)",
            # not responding (not "به درمان جواب نميده")
            r"(?<!درمان )(?<!درماني )(?<!دارو )(?<!داروها )واكنش\w* (?:\w+ )?(?:\w+ )?(?:" + _NEMI
            + r"د|ندار|نشون " + _NEMI + r"د|نشان " + _NEMI + r"د)",
            r"(?<!درمان )(?<!درماني )(?<!دارو )(?<!دكتر )(?<!دكترش )(?<!پزشك )(?<!پزشكش )(?<!كسي )"
            r"(?<!تلفن )(?<!گوشي )(?<!ايميل )(?<!پيام )(?<!بيمارستان )جواب " + _NEMI + r"(?:ده|دهد|داد)(?!\w)",
            # confusion, delirium, speech
            r"هذيان", r"هذيون", r"(?:چرت|پرت) و پلا", r"گيج و منگ", r"منگ(?:ه|شده)?(?!\w)",
            r"(?:منو|من رو|من را|مارو|ما رو|مامانشو|مادرشو|باباشو|پدرشو|كسي رو|هيچكس رو|هيچكسو)\w* "
            r"(?:\w+ )?" + _NEMI + "شناس",
            r"حرف\w* (?:\w+ )?(?:نامفهوم|قاطي|عجيب|نامربوط)", r"زبون\w* (?:\w+ )?(?:" + _MI
            + r"گير|سنگين|بند)",
            _NEMI + r"(?:تونه|تواند|تونست) (?:\w+ )?(?:حرف بزن|راه بر|بايست|وايس|دست\w* (?:\w+ )?تكون|"
            r"تكون بخور|بلند ش)",
            # weakness, numbness, drooping face, lethargy
            r"ضعف (?:\w+ )?(?:شديد|ناگهاني|يهويي|يكدفعه|يك ?دفعه|دست|پا|يك طرف|يه طرف|سمت)",
            r"(?:دست|پا|يه طرف|يك طرف|نصف)\w* (?:\w+ )?(?:بي ?حس|فلج|ضعيف شد|تكون " + _NEMI
            + r"|حركت " + _NEMI + ")",
            r"بي ?حسي", r"(?:صورت|دهن|دهان)\w* (?:\w+ )?كج",
            r"(?:خيلي|شديد|كاملا|اصلا|بشدت) (?:\w+ )?بي ?حال", r"خواب ?الود", r"شل (?:شده|و ول)",
            r"چشم\w* (?:\w+ )?(?:برگشت|رفت بالا|رفته بالا|خيره)",
            r"لرزش (?:\w+ )?(?:دست|پا|بدن)", r"(?:دست|پا)\w* (?:\w+ )?\w{0,2}لرز",
            # Finglish
            r"bidar (?:\w+ )?(?:" + _NEMI_LAT + r"sh|nashod)", r"be h[ou]sh (?:\w+ )?" + _NEMI_LAT + "ad",
            r"(?:nemitunim|natunestim|sakht) (?:\w+ )?bidar",
            r"(?<!darman )vakonesh (?:\w+ )?(?:" + _NEMI_LAT + r"d|nadar|nesh[ou]n " + _NEMI_LAT + ")",
            r"(?<!darman )(?<!doktor )(?<!kasi )javab " + _NEMI_LAT + r"de(?!\w)", r"hazy[ao]n",
            r"gij o mang", r"(?:mano|maro|man ro|ma ro)\w* (?:\w+ )?" + _NEMI_LAT + r"sh(?:e)?nas",
            r"harf\w* (?:\w+ )?(?:namafh[ou]m|ghati)",
            _NEMI_LAT + r"tune (?:\w+ )?(?:harf bezan|rah ber|vays|rah beravad)",
            r"zaf (?:\w+ )?(?:shadid|naghahani|yehoyi)", r"(?:kheili|khaili) (?:\w+ )?bi ?hal",
            r"cheshm\w* (?:\w+ )?bargasht", r"larzesh (?:\w+ )?(?:dast|pa)",
        ),
        Category.BLEEDING: (
            r"خون ?ريزي",
            r"خون(?:ش|م|شون)? (?:\w+ )?(?:(?:" + _MI + r"اد|اومد|اومده|" + _MI + r"ره|رفت|ريخت)(?!\w)|بند " + _NEMI
            + r"|قطع " + _NEMI + r"|بند نيومد)", r"خون ?دماغ",
            r"خون(?:ش|م|شون)? (?:\w+ )?(?:از|تو|توي|در) (?:\w+ )?(?:دماغ|بيني|دهن|دهان|لثه|گوش|ادرار|مدفوع|"
            r"استفراغ|پوشك|كهنه|جيش|دستشويي|مقعد|زخم|كاتتر)",
            r"(?<!ازمايش )(?<!تست )(?<!ازمايشات )(?:دماغ|بيني|دهن|دهان|لثه|گوش|ادرار|مدفوع|استفراغ|"
            r"پوشك|جيش|دستشويي|پي ?پي|كاكا)\w* (?:(?!و )\w+ ){0,2}خون(?:ي|يه|ه)?(?!\w)",
            r"خون (?:\w+ )?بالا (?:اورد|" + _MI + r"اره|اورده|" + _MI + r"اورد)",
            r"(?:مدفوع|دستشويي|پي ?پي|كاكا|اجابت مزاج)\w* (?:\w+ )?(?:سياه|قيري)", r"سياه (?:\w+ )?مدفوع",
            r"كبودي", r"كبود (?:شده|" + _MI + r"شه)",
            r"(?:لكه|نقطه|خال|دونه)\w* (?:\w+ )?(?:\w+ )?(?:قرمز|بنفش|كبود|ريز)", r"پتشي",
            r"سر ?درد\w* (?:\w+ )?(?:شديد|وحشتناك|ناگهاني|خيلي بد|غير قابل|طاقت ?فرسا|بد)",
            r"سر\w* (?:\w+ )?(?:خيلي|شديد|بدجور|وحشتناك) درد",
            # Finglish
            r"kh(?:o|u)n ?rizi", r"kh(?:o|u)n (?:\w+ )?(?:mi ?ad|omad|omade|mi ?re|raft|band nemi|"
            r"ghat nemi)", r"kh(?:o|u)n ?damagh",
            r"kh(?:o|u)n (?:\w+ )?(?:az|to|tu|toye|tuye|dar) (?:\w+ )?(?:damagh|bini|dahan|lase|gosh|"
            r"edrar|madfo|estefragh|poshak|jish)",
            r"(?<!azmayesh )(?:edrar|madfo|jish|estefragh)\w* (?:(?!va )\w+ ){0,2}kh(?:o|u)ni?(?!\w)",
            r"kh(?:o|u)n bala (?:avord|miare|miyare)",
            r"(?:madfo|dastshoi|dastshui|pipi|kaka)\w* (?:\w+ )?s[iy]a?h", r"kab(?:o|u|ou)di",
            r"(?:lake|noghte)\w* (?:\w+ )?(?:\w+ )?(?:ghermez|banafsh|riz)",
            r"sar ?dard\w* (?:\w+ )?(?:shadid|vahshatnak|naghahani|kheili bad)",
        ),
        Category.OTHER_URGENT: (
            r"گردن\w* (?:\w+ )?(?:خشك|سفت|تكون " + _NEMI + r"|خم " + _NEMI + r"|" + _NEMI + "چرخ)",
            r"(?:سفتي|خشكي) (?:\w+ )?گردن",
            r"تاري (?:\w+ )?ديد", r"ديد\w* (?:\w+ )?تار", r"دو ?بيني", r"دو تا (?:\w+ )?" + _MI + "بين",
            r"تار (?:\w+ )?" + _MI + "بين", r"چشم\w* (?:\w+ )?(?:تار|سياهي " + _MI + r"ره|" + _NEMI
            + "بين)", _NEMI + r"بين(?:ه|د)(?! (?:\w+ )?(?:دكمه|پيام|فايل|عكس))",
            r"(?:درد|فشار|تنگي|سنگيني) (?:\w+ )?(?:قفسه ?(?:ي )?)?سينه", r"سينه\w* (?:\w+ )?(?:درد|تير "
            + _MI + ")", r"قفسه ?(?:ي )?سينه\w* (?:\w+ )?درد",
            r"استفراغ", r"بالا (?:" + _MI + r"اره|" + _MI + r"ياره|" + _MI + r"اورد|اورد|اورده|اوردن)",
            r"قي (?:كرد|" + _MI + r"كن)", r"عق (?:" + _MI + r"زن|زد)", r"اسهال",
            r"(?:اب|شير|مايعات|هيچي|چيزي|اب ?ميوه)\w* (?:\w+ )?(?:" + _NEMI + r"خور|" + _NEMI
            + r"نوش|نخورده|ننوشيده)",
            r"(?:ادرار|جيش|دستشويي|شاش)\w* (?:\w+ )?(?:كم|نكرده|" + _NEMI + r"كن|" + _NEMI
            + r"ره|نرفته|خيلي كم)",
            r"(?:پوشك|كهنه)\w* (?:\w+ ){0,2}خشك",
            r"بثورات", r"(?:جوش|دونه|لكه|كهير)\w* (?:\w+ )?(?:زده|زد|در ?اومده|پيدا شده)", r"راش(?!\w)",
            r"كهير", r"قرمزي (?:\w+ )?پوست", r"(?:پوست|بدن)\w* (?:\w+ )?(?:دونه ?دونه|قرمز شده|جوش زده)",
            # Finglish
            r"gardan\w* (?:\w+ )?(?:khoshk|seft|sift)", r"tari ?(?:e |ye )?did", r"did\w* (?:\w+ )?tar(?!\w)",
            r"do ?bini", r"(?:dard|feshar)\w* (?:\w+ )?(?:ghafase ?(?:ye |e )?)?sine",
            r"sine\w* (?:\w+ )?dard", r"bala ?(?:miare|miyare|avord|avorde)",
            r"(?:ab|shir|hichi|chizi)\w* (?:\w+ )?" + _NEMI_LAT + "khor",
            r"(?:edrar|jish|dastshoi)\w* (?:\w+ )?(?:kam|" + _NEMI_LAT + r"kone|nakarde)",
            r"(?:poshak|pushak)\w* (?:\w+ )?khoshk", r"jo?sh zade", r"d[ou]ne zade", r"kahir", r"bos[ou]rat",
        ),
        Category.SELF_HARM: (
            r"خود ?كشي", r"خود(?:م|ش)? ?(?:و|رو|را)? (?:\w+ )?(?:بكشم|بكشه|بكشد|" + _MI + r"كشم|"
            + _MI + r"كشه)",
            r"(?:" + _MI + r"خوام|" + _MI + r"خواد|دلم " + _MI + r"خواد|كاش|ارزو دارم) (?:\w+ )?(?:بميرم|"
            r"بميره|بميرد|مرده باشم|نباشم)",
            r"(?:" + _NEMI + r"خوام|" + _NEMI + r"خواد|دلم " + _NEMI + r"خواد|" + _NEMI + r"خواهم) "
            r"(?:\w+ )?(?:زنده|زندگي)",
            r"به خودم (?:\w+ )?(?:اسيب|صدمه)", r"ارزوي مرگ", r"تمومش كنم", r"به زندگي\w* (?:\w+ )?پايان",
            r"رگ\w* (?:\w+ )?بزنم",
            # Finglish
            r"khod ?(?:koshi|kushi)", r"khod(?:am|esh)?(?:o| ro)? (?:\w+ )?(?:bekosham|mikosham|bokosham|"
            r"bekoshe)", r"(?:mi ?kham|mi ?khad|dolam mi ?khad|kash) (?:\w+ )?(?:bemiram|bemire)",
            r"(?:nemi ?kham|nemi ?khad) (?:\w+ )?(?:zende|zendegi)",
        ),
    }
)

TEMPERATURE_WORDS: tuple[str, ...] = (
    r"تب(?:ش|م|ي|ه)?" + _END, "دما", "درجه", "حرارت", "تب ?سنج",
    r"tab(?:esh|sh|am|e)?" + _END, "dama", "daraj", "hararat",
)

NEGATIONS: tuple[str, ...] = (
    "بدون", "هيچ", "عدم", "bedon", "bedun", "bedune", "hich",
)

NEGATIONS_AFTER: tuple[str, ...] = (
    "ندارد", "نداره", "نداشت", "نداشته", "نيست", "نبود", "نبوده",
    r"(?<!فرق )(?<!فرقي )(?<!كم )(?<!قطع )نكرده?", r"قطع (?:شد|شده)", r"رفع (?:شد|شده)",
    r"(?<!غير )طبيعي\w*(?!\W+نيست)", r"نرمال\w*(?!\W+نيست)", r"اومد(?:ه)? پايين", r"پايين اومد(?:ه)?",
    "nadare", "nadareh", "nadarad", "nadasht", "nist", "nabod", "nabud", r"ghat shod\w*",
    r"normal\w*(?!\W+nist)",
)

PAST_MARKERS: tuple[str, ...] = (
    r"(?:سال|در|تو|توي) (?:\w+ )?(?:13|14|19|20)\d\d(?!\d)", "پارسال", "قبلا",
    r"(?:سال|ماه|هفته)\w* (?:پيش|قبل|گذشته)", r"دفعه (?:قبل|پيش)", r"بار قبل",
    r"(?:زمان|موقع|هنگام) تشخيص", "بچگي", r"وقتي (?:\w+ )?(?:كوچيك|كوچك|بچه|نوزاد) بود",
    r"(?:اولين|قبلي|اول|پيشين)\w* (?:\w+ )?" + _COURSE + r"[^.!?\n]*" + _PAST_VERB,
    _COURSE + r"[^.!?\n]{0,12}(?:اول|قبلي)[^.!?\n]*" + _PAST_VERB,
    r"(?:sale|sal|dar|to|tu) (?:19|20|13|14)\d\d(?!\d)", "parsal", "ghablan",
    r"(?:sal|mah|hafte)\w* (?:pish|ghabl)", r"dafe(?:ye)? (?:ghabl|pish)",
    r"(?:avalin|aval|ghabli) (?:\w+ )?" + _COURSE_LAT + r"[^.!?\n]*" + _PAST_VERB_LAT,
    _COURSE_LAT + r"[^.!?\n]{0,12}(?:aval|ghabli)[^.!?\n]*" + _PAST_VERB_LAT,
)

CLAUSE_BREAKS: tuple[str, ...] = (
    "ولي", "اما", "الان", "امروز", "امشب", "حالا",
    "vali", "ama", "alan", "emruz", "emroz", "emshab", "hala",
)

NEGATION_STOPS: tuple[str, ...] = (
    "و", "يا", "اگه", "اگر", "شايد", "فقط", "چون", _MI + "ترسم", _NEMI + "دونم", "چرا", "چي",
    "چطور", "va", "ya", "age", "agar", "shayad", "faghat", "chon", "chera", r"nemi ?donam",
)

REPEAT_MARKERS: tuple[str, ...] = (
    "دوباره", r"باز ?هم", "بازم", "هنوز", "مجددا", r"برگشت\w*",
    "dobare", r"baz ?ham", "bazam", r"han[ou]z",
)

NEGATIVE_PARTICLES: tuple[str, ...] = (
    r"نمي\w*", r"ن(?:دار|داشت|خورد|كرد|شد|رفت|كش|نوش)\w*",
    r"nemi\w*", r"na(?:dar|dasht|kard|khord|raft|kesh|shod)\w*",
)

MEASURE_UNITS: tuple[str, ...] = (
    "سال", "ماه", "روز", "هفته", "ساعت", "دقيقه", "كيلو", r"گرم" + _END, "ميلي", "سانت",
    r"سي ?سي", "درصد", "%", r"بار" + _END, r"تا" + _END, "تومان", "تومن", "ريال", "دلار", "عدد",
    r"sal" + _END, "saleh", "sale", r"mah" + _END, "maheh", r"r[ou]z" + _END, "hafte", "saat",
    "daghighe", "geram", "darsad", r"bar" + _END, "toman",
)

MEASURE_LABELS: tuple[str, ...] = (
    r"سن" + _END, "سنش", "وزن", r"قد" + _END, "قدش", "بلاست", "پلاكت", "گلبول", "هموگلوبين",
    "نوتروفيل", "نبض", "ضربان", "فشار", "اكسيژن", "اشباع", "اتاق", "تخت", "بخش", "روز", "دوز",
    "دوره", "شماره", "سطح", "تعداد", "ازمايش", "درصد",
    r"sen" + _END, "vazn", r"ghad" + _END, "pelakt", "zaraban", "feshar", "otagh", "takht",
    "shomare", "tedad",
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
