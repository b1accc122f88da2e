"""Kazakh red-flag vocabulary, Cyrillic and Latin script (syntax: see the package docstring).

Families write Kazakh Cyrillic, often without the Kazakh letters (қ ғ ң ө ү ұ і ә
typed as к г н о у у и а), the new Latin alphabet (ä ö ü ğ ş ı, folded by
`normalise`), informal Latin ("kyzuy", "qyzuy", "zhauap") and a lot of Russian
("температурасы 39", "баламда судорога"); the Russian words are found by
`ru.py`, this file adds the Kazakh ones.

Kazakh negates inside the verb ("оянбайды", "су ішпейді") and puts "жоқ" (none)
after the noun ("қызуы жоқ"), so the negations are mostly `NEGATIONS_AFTER`;
a verb with its own negative suffix is a `NEGATIVE_PARTICLES` word. "Емге
жауап бермейді" (refractory, education vocabulary) is not "not responding";
"қан" (blood) never fires alone ("қан анализі", "қан ісігі").
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from flows.definitions.redflag_terms import Category, LocaleTerms

# Kazakh letters and what they are typed as without a Kazakh keyboard.
_Q = r"[қк]"
_G = r"[ғг]"
_NG = r"[ңн]"
_OE = r"[өо]"
_UE = r"[үу]"
_U = r"[ұу]"
_I = r"[іи]"
_AE = r"[әа]"
# Latin spellings.
_LQ = r"[qk]"
_LY = r"[yi]"
_LZH = r"(?:zh|j)"
_END = r"(?![^\W\d_])"
# "Қызуы 36.6" is a reading, not a complaint: then the number decides.
_UNLESS_READING = r"(?![^.!?\n]{0,20}(?<![\d.])[34]\d(?:\.\d+)?(?!\d))"
# "Емге жауап бермейді": the leukaemia, not the patient.
_NOT_DRUG = (
    r"(?<!емге )(?<!емдеуге )(?<!терапияға )(?<!терапияга )(?<!химияға )(?<!химияга )"
    r"(?<!дәріге )(?<!дариге )(?<!еміне )(?<!емине )(?<!терапиясына )"
)
_COURSE = r"(?:car|cart|кар|курс|блок|трансплант|химия|ем)"

# The lists are kept compact (several entries a line) so a reviewer sees a whole
# category at once; the formatter would put one word per line.
# fmt: off
TERMS: Mapping[Category, tuple[str, ...]] = MappingProxyType(
    {
        Category.FEVER: (
            # қызу / ыстық = fever, heat ("қызуы бар", "ыстығы көтерілді").
            _Q + r"ызу(?!\w*сыз)" + _UNLESS_READING, r"ыст[ығ]" + _G + r"(?:ы|ым|ың)(?!\w)"
            + _UNLESS_READING, "безгег", "безгек",
            r"(?:денес|ма[ңн]даи|бас|өз|оз)\w* (?:\w+ )?(?:қатты |катты |өте |оте )?ыст[ығ][қкғг]",
            _Q + "алтыра", _Q + "алшыл", r"д" + _I + r"р" + _I + "лде", "то" + _NG + r"(?:ып|ад)", r"тоңу(?!\w)",
            # Latin
            _LQ + _LY + r"zu(?!\w*s[yi]z)" + _UNLESS_READING,
            r"[yi]st[yi](?:g|gh|q|k)(?:y|i|ym|im)(?!\w)" + _UNLESS_READING,
            _LQ + "altyra", _LQ + "altira", _LQ + "alshyl", r"d[iy]r[iy]lde",
        ),
        Category.BREATHING_CIRCULATION: (
            r"тыныс\w* (?:\w+ )?(?:ала алма|алалма|алмаи|" + _Q + r"иын|тарыл|жетпе|жи" + _I
            + r"|то" + _Q + r"та|" + _Q + r"ысыл|б" + _I + r"тел)\w*",
            r"дем\w* (?:\w+ )?(?:ала алма|алалма|жетпе|тарыл|" + _Q + r"ысыл|то" + _Q
            + r"та)\w*",
            r"ент" + _I + "г", r"т" + _U + r"ншы[ғқгк]", r"дем" + _I + "кп", _Q + "ырылд",
            # fainting, unconscious
            r"ес" + _I + r"нен (?:\w+ )?тан", r"ес" + _I + r"н (?:\w+ )?жо" + _G + "алт",
            r"тал(?:ып|ды) (?:\w+ )?" + _Q + "ал", r"тал[ыи][қк]с", r"ес" + _I + r"нен аиыр",
            r"ессіз", r"ессиз",
            # dizziness
            r"бас(?:ы|ым|ы" + _NG + r")? (?:\w+ )?аинал", r"бас аинал",
            # heart racing
            r"ж" + _UE + r"ре[гк]\w* (?:\w+ )?(?:жи" + _I + r"|жылдам|" + _Q + r"атты|тез|л"
            + _UE + r"п" + _I + r"л|д" + _UE + r"рс" + _I + r"л)",
            # blue lips / face
            r"(?:ерн|ер" + _I + r"н|бет|ауз|тырна" + _Q + r")\w* (?:\w+ )?(?:к" + _OE + r"гер|к" + _OE + r"к(?!\w))",
            # Latin
            r"tyn[yi]s\w* (?:\w+ )?(?:ala alma|alalma|almai|almay|" + _LQ + r"iyn|qiin|kiin|taryl|"
            + _LZH + r"etpe)\w*",
            r"dem\w* (?:\w+ )?(?:ala alma|alalma|" + _LZH + r"etpe)\w*", r"ent[iy]g", r"tunsh[yi][qk]",
            r"es[iy]nen (?:\w+ )?tan", r"tal(?:yp|ip|dy) (?:\w+ )?" + _LQ + "al",
            r"bas(?:y|i|ym)? (?:\w+ )?a[iy]nal",
            _LZH + r"[uy]re(?:g|k)\w* (?:\w+ )?(?:" + _LZH + r"i[iy]|" + _LZH + r"yldam|"
            + _LQ + r"atty|tez)",
            r"(?:ern|er[iy]n)\w* (?:\w+ )?kog",
        ),
        Category.NEUROLOGICAL: (
            # seizure, convulsions
            _Q + _U + r"рыс(?!\w*тыр)", r"талма(?:сы|лы|(?!\w))", "эпилепс",
            r"(?:" + _Q + r"ол|ая" + _Q + r"|аяғ|аяг|дене)\w*(?:\W+\w+)? тартыл",
            r"к" + _OE + r"з" + _I + r"\w* (?:\w+ )?(?:аударыл|а" + _Q + r"и|алаи|т" + _OE + _NG
            + r"к" + _I + "р)",
            # not waking, not responding
            r"оян(?:ба|а алма)\w*", r"оят(?:а )?алма\w*", r"оят(?:са|сак|сақ)\w* (?:\w+ )?оянба\w*",
            # Not the participles "бермеген", "бермейтін" ("лейкозы емге жауап бермеген адамдар").
            _NOT_DRUG + r"жауап бермеи(?:д" + _I + r"| жатыр| " + _Q + r"алды| отыр)(?!\w)",
            # lethargic, very sleepy
            r"(?:" + _Q + r"атты|кенеттен|к" + _UE + r"рт|кенет|өте|оте) (?:\w+ )?" + _AE + "лс"
            + _I + "з",
            r"(?:" + _Q + r"атты|тым|өте|оте) (?:\w+ )?" + _U + r"и" + _Q + "ышыл", r"сел[қк]ос",
            # confusion, delirium, speech
            r"сандыра[қк]", r"ес" + _I + r" (?:\w+ )?шатас", "шатасып",
            r"с" + _OE + r"з" + _I + r" (?:\w+ )?т" + _UE + r"с" + _I + r"н" + _I + r"кс" + _I
            + "з",
            r"(?:мен" + _I + r"|б" + _I + r"зд" + _I + r"|анасын|әкесін|акесин|ешк" + _I + r"мд"
            + _I + r"|мамасын|папасын)\w* тан(?:ымаи|ыи алмаи)\w*",
            r"т" + _I + r"л" + _I + r" (?:\w+ )?(?:баилан|к" + _UE + "рмел)",
            r"с" + _OE + r"з таба алмаи\w*", r"с" + _OE + r"(?:илемеи|илеи алмаи)(?:д" + _I
            + r"| жатыр| " + _Q + r"алды)",
            # tremor, weakness
            r"(?:" + _Q + r"ол|ая" + _Q + r"|аяғ|аяг)\w* (?:\w+ )?д" + _I + r"р" + _I + "л",
            r"(?:" + _Q + r"ол|ая" + _Q + r"|аяғ|аяг|б" + _I + r"р жа" + _G + r"|бет)\w* (?:\w+ )?(?:"
            + _AE + r"лс" + _I + r"з|" + _U + r"иы|жансыз|" + _Q + r"озғалмаи|" + _Q
            + r"озгалмаи|" + _Q + r"имылдамаи)",
            r"(?:ж" + _UE + r"ре|т" + _U + r"ра) алмаи(?:ды| жатыр| " + _Q + r"алды)", _Q + "исаи",
            # Latin
            _LQ + r"[uy]r[yi]s(?!\w*t[yi]r)", r"talma(?:sy|ly|(?!\w))",
            r"o(?:y|i|j)anba\w*", r"o(?:y|i|j)ana alma\w*",
            r"(?<!emge )(?<!emine )" + _LZH + r"a[uw]ap bermei(?:di| jatyr| zhatyr)(?!\w)", r"sand[yi]ra[qk]", r"tan[yi]ma[iy]\w*",
        ),
        Category.BLEEDING: (
            _Q + r"ан (?:\w+ )?(?:кет|а" + _G + r"ып|а" + _G + r"ад|а" + _G + r"у|то" + _Q
            + r"тама|шы" + _Q + r"ып|шы" + _G + r"ып|аралас)",
            r"(?:з" + _AE + r"р|несеп|н" + _AE + r"ж" + _I + r"с|д" + _AE + r"рет|" + _Q + _U
            + r"сы" + _Q + r"|т" + _UE + r"к" + _I + r"р" + _I + r"к|" + _Q + r"а" + _Q + r"ыры"
            + _Q + r"|памперс|ж" + _OE + r"ргек)\w* (?:\w+ )?" + _Q + r"ан(?!\w| талда| анализ)",
            _Q + r"анды (?:з" + _AE + r"р|н" + _AE + r"ж" + _I + r"с|" + _Q + _U + r"сы" + _Q
            + r"|д" + _AE + r"рет|" + _Q + r"а" + _Q + r"ырык)",
            _Q + r"ан " + _Q + _U + r"с(?:ты|ып|у|а)",
            r"з" + _AE + r"р(?:" + _I + r"|ы|де|д" + _I + r")? (?:\w+ )?(?:" + _Q + r"ызыл|" + _Q + r"ызғылт|"
            r"қызгылт|" + _Q + r"о" + _NG + r"ыр)",
            r"(?:м" + _U + r"рн|ауз|" + _Q + _U + r"ла" + _Q + r"|" + _Q + r"ызыл ие)\w* (?:\w+ )?"
            + _Q + r"ан(?!\w| талда| анализ)",
            # black stool
            _Q + r"ара (?:\w+ )?(?:н" + _AE + r"ж" + _I + r"с|д" + _AE + "рет)",
            r"(?:н" + _AE + r"ж" + _I + r"с|д" + _AE + r"рет)\w* (?:\w+ )?" + _Q + "ара",
            # bruises, tiny spots
            r"к" + _OE + r"гер(?:ген|іп|ип|у|улер|гендер)",
            r"(?:" + _Q + r"ызыл|к" + _OE + r"к|" + _U + r"са" + _Q + r"|к" + _I + r"шкентаи|маида)"
            r"\w* (?:\w+ )?(?:да" + _Q + r"|н" + _UE + r"кте|б" + _OE + r"ртпе)",
            # sudden severe headache
            r"бас(?:ы|ым)? (?:\w+ )?(?:" + _Q + r"атты|шыдатпаи|өте|оте|к" + _UE + r"рт) (?:\w+ )?ауыр",
            r"(?:" + _Q + r"атты|к" + _UE + r"рт|шыдатпаитын|кенеттен) бас ауру",
            # Latin
            _LQ + r"an (?:\w+ )?(?:ket|agyp|ag[yi]p|to[qk]tama|shy[qg]yp|aralas)",
            r"(?:zar|nesep|na[zj]is|najis|[qk]usy[qk])\w* (?:\w+ )?" + _LQ + r"an(?!\w| talda| analiz)",
            r"murn\w* (?:\w+ )?" + _LQ + r"an(?!\w)", _LQ + r"ara (?:na[zj]is|najis|dar[ei]t)",
            r"koger(?:gen|ip|u)",
            r"bas(?:y|i)? (?:\w+ )?(?:" + _LQ + r"atty|shydatpai) (?:\w+ )?au[yi]r",
        ),
        Category.OTHER_URGENT: (
            # stiff neck
            r"моин\w* (?:\w+ )?(?:" + _Q + r"атып|" + _Q + r"атты|и" + _I + r"лмеи|б" + _U
            + r"рылмаи|" + _Q + r"озғалмаи|" + _Q + r"озгалмаи)",
            # vision
            r"к" + _OE + r"з" + _I + r"\w* (?:\w+ )?(?:б" + _U + r"лы" + _NG + _G + r"ыр|к" + _OE
            + r"рмеи|нашар к" + _OE + r"р|" + _Q + r"араи)",
            r"ек" + _I + r" (?:\w+ )?к" + _OE + r"р" + _I + "н", r"к" + _OE + r"рмеи (?:" + _Q
            + r"ал|жатыр)", r"нашар к" + _OE + "р",
            # chest pain
            r"кеуде\w* (?:\w+ )?(?:ауыр|сыз|" + _Q + r"ыс)",
            # vomiting, diarrhoea
            # "кусты" is Russian (bushes): the plain-к spelling needs an unambiguous ending.
            r"(?:қ" + _U + r"|кұ)с(?:у(?!\w)|ып|ты(?!\w)|тыр|а бер|" + _Q + "ы|ы" + _Q + ")",
            r"кус(?:у(?!\w)|ып|а бер|қы|ық)",
            _I + r"ш" + _I + r"? (?:\w+ )?(?:" + _OE + r"т(?:" + _I + r"п|у|т" + _I + r"|кен|е бер)|кет)",
            # not drinking, very little urine
            r"(?:с[уү]|с" + _UE + r"т|еш" + _NG + _AE + r"рсе|еш" + _Q + r"аншама|сусын)\w* (?:\w+ )?"
            + _I + r"шпе(?:и|ді|ди)\w*",
            r"(?<!дәрі )(?<!дари )(?<!дәріні )(?<!дарини )" + _I + r"шпе(?:и|д" + _I + r")\w*",
            r"з" + _AE + r"р(?:" + _I + r"|ы|де|д" + _I + r"|" + _I + r"н)? (?:\w+ )?(?:аз(?!\w)|шы" + _Q + r"паи|келмеи)",
            r"к" + _I + r"ш" + _I + r" д" + _AE + r"рет\w* (?:\w+ )?(?:бармаи|шы" + _Q
            + r"паи|аз(?!\w))",
            r"(?:ж" + _OE + r"рге|памперс)\w* (?:\w+ )?" + _Q + _U + r"р" + _G + r"а" + _Q,
            # rash
            r"б" + _OE + r"ртпе", r"б" + _OE + r"рт" + _I + r"п", "бөрт" + _I + "к",
            # Latin
            r"mo[iy]n\w* (?:\w+ )?(?:" + _LQ + r"atyp|" + _LQ + r"atty)",
            r"keude\w* (?:\w+ )?au[yi]r", r"[qk]us(?:u(?!\w)|yp|ty(?!\w)|yq)",
            r"[iy]sh[iy]? (?:\w+ )?ot(?:ip|yp|u|ti)", r"su (?:\w+ )?[iy]shpe\w*",
            r"zar[iy]? (?:\w+ )?(?:az|shy[qk]pai)", r"bortpe", r"bort[iy]p",
        ),
        Category.SELF_HARM: (
            _OE + r"лг" + _I + r"м кел(?!ме)", _OE + r"л" + _I + r"п кетк" + _I + r"м кел(?!ме)",
            _OE + r"м" + _I + r"р с" + _UE + r"рг" + _I + r"(?:м|с" + _I + r") келме",
            r"(?:т" + _I + r"р" + _I + r" бол" + _G + r"ым) келме",
            _OE + r"з" + _I + r"(?:мд" + _I + r"|н|н-" + _OE + r"з" + _I + r") (?:\w+ )?" + _OE
            + r"лт" + _I + "р",
            _OE + r"з" + _I + r"(?:не|ме) (?:\w+ )?" + _Q + r"ол сал", _OE + r"з" + _I + r"(?:ме|не) зиян",
            r"asyl[yi]p " + _OE + "л", r"ас[ыи]л[ыи]п " + _OE + "л",
            r"olgim kel(?!me)", r"omir s[uy]rgi(?:m|si) kelme", r"ozi(?:mdi|n) (?:\w+ )?oltir",
            r"ozi(?:ne|me) (?:\w+ )?[qk]ol sal",
        ),
    }
)

TEMPERATURE_WORDS: tuple[str, ...] = (
    _Q + "ызу", r"ыст[ығ]", r"д" + _AE + "реже", _LQ + _LY + "zu", r"[yi]st[yi]", "dare[zj]e",
    # "Баламда 39" (my child has 39) is how a reading is usually given.
    r"(?:бала|" + _Q + r"ыз|" + _U + r"л|с" + _AE + r"би|н" + _AE + r"ресте|мен)\w*(?:да|де)(?!\w)",
    r"(?:bala|[qk][yi]z|ul|sabi|men)\w*(?:da|de)(?!\w)",
)

NEGATIONS: tuple[str, ...] = (
    r"еш" + _Q + r"андаи", r"esh[qk]anda[iy]",
)

NEGATIONS_AFTER: tuple[str, ...] = (
    r"жо" + _Q, r"болмады", r"бол" + _G + r"ан жо" + _Q, r"баи" + _Q + r"алмады",
    _Q + r"алыпты", r"т" + _UE + r"ст" + _I, r"басылды", "емес",
    r"(?:zh|j)o[qk]", r"bolmady", _LQ + "alypty", "emes",
)

PAST_MARKERS: tuple[str, ...] = (
    r"(?:19|20)\d\d[- ]?(?:ж\.|жыл|j\.|jyl|zhyl)", r"(?:жыл|аи|апта)\w* б" + _U + "рын",
    _OE + r"ткен (?:жыл|аи|апта|жолы)", "былтыр", r"б" + _U + r"рыныра" + _Q, "баяғыда", "баягыда",
    r"бала кез" + _I + "нде", r"диагноз " + _Q + r"оиыл" + _G + "анда",
    r"(?:б" + _I + r"р" + _I + r"нш" + _I + r"|ал" + _G + r"аш" + _Q + r"ы|алды" + _NG
    + r"ғы|алдынгы) " + _COURSE + r"[^.!?\n]*(?<!\w)бол" + _G + r"ан(?!\w)",
    r"(?:jyl|zhyl|ai|ay)\w* buryn", r"otken (?:jyl|zhyl)", "byltyr",
)

CLAUSE_BREAKS: tuple[str, ...] = (
    r"б" + _I + r"ра" + _Q, "алаида", _Q + "аз" + _I + "р", "енд" + _I, r"б" + _UE + r"г" + _I
    + "н", "biraq", "birak", "qazir", "kazir", "endi", "bugin",
)

NEGATION_STOPS: tuple[str, ...] = (
    r"ж" + _AE + "не", "егер", r"м" + _UE + r"мк" + _I + "н", "тек", "себеб" + _I,
    _Q + r"ор" + _Q + "амын", r"б" + _I + r"лмеим" + _I + "н", "неге",
    "zhane", "jane", "eger", "mumkin",
)

REPEAT_MARKERS: tuple[str, ...] = (
    r"та" + _G + "ы", _Q + "аитадан", _Q + "аита", _AE + r"л" + _I + r"(?: де)?(?!\w)",
    r"ta(?:g|gh)y", r"[qk]a[iy]tadan", r"al[iy] de",
)

NEGATIVE_PARTICLES: tuple[str, ...] = (
    # A verb with its own negative suffix: "оянбайды", "ішпейді", "ала алмай".
    r"\w+(?:ма|ме|ба|бе|па|пе)(?:и|ды|ді|ди|ған|ген|ган)\w*", r"жо" + _Q,
    r"\w+(?:ma|me|ba|be|pa|pe)(?:i|y|dy|di)", r"(?:zh|j)o[qk]",
)

MEASURE_UNITS: tuple[str, ...] = (
    r"жас" + _END, "жаста", r"жыл" + _END, r"аи" + _END, r"к" + _UE + r"н" + _END, "апта",
    r"са" + _G + "ат", r"па" + _I + "ыз", r"рет" + _END, r"те" + _NG + "ге", r"дана",
    r"(?:zh|j)as" + _END, r"(?:zh|j)asta", r"(?:zh|j)yl" + _END, r"kun" + _END, "apta",
    r"sagat", r"ret" + _END,
)

MEASURE_LABELS: tuple[str, ...] = (
    "жасы", r"салма" + _G, r"бои" + _END, r"боиы", r"б" + _OE + "лме", r"к" + _UE + r"н" + _END,
    r"талда", r"де" + _NG + "ге", r"н" + _OE + "м" + _I + "р",
    r"(?:zh|j)asy", "salmag",
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
