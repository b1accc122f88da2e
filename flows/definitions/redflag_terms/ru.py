"""Russian red-flag vocabulary, in Cyrillic and typed in Latin letters (syntax: see
the package docstring).

Entries are normalised: `й` is written `и` and `ё` is written `е` ("черныи стул",
"трясет"). Stems cover the endings ("судорог" finds судороги, судорогами), plus
a few frequent typos ("судараг"). The Latin spellings follow how people really
transliterate, so fragments such as `(?:zh|j)` allow the common variants.
Uzbek and Kazakh messages that borrow Russian words ("bolada temperatura 39",
"температурасы 39") are caught by these stems too.

"Не" is deliberately not a negation: "не сбивается температура" and "не
прекращаются судороги" are emergencies. Only unambiguous forms ("нет", "без",
"не было") cancel a term.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from flows.definitions.redflag_terms import Category, LocaleTerms

# Common Latin spellings of Russian letters.
_ZH = r"(?:zh|j)"
_H = r"(?:kh|h|x)"
_Y = r"[yi]"
_YA = r"(?:ya|ia|ja)"
_TS = r"(?:ts|tc|c)"
# Ends a stem exactly: "кг" but not "кгб"; digits may follow.
_END = r"(?![^\W\d_])"
# "Температура" alone means fever in Russian, but not when a reading follows
# ("температура 36.6"): then the number decides. "Температура 3 дня" still fires.
_UNLESS_READING = r"(?![^.!?\n]{0,20}(?<![\d.])[34]\d(?:\.\d+)?(?!\d))"
# "Не реагирует на химию" is about the leukaemia, not the patient.
_NOT_DRUG = r"(?!\w* на (?:лечени|терапи|хими|препарат|блин|car|кар|гормон|антибиот))"
# Treatment words that make "после первой ..." a reference to an earlier course.
_COURSE = (
    r"(?:кар|car|cart|трансплант|пересад|рецидив|курс|блок|инфузи|терапи|лечени|хими|"
    r"госпитализ)"
)

# The lists are kept compact (several entries a line) so a reviewer sees a whole
# category at once; the formatter would put one word per line.
# fmt: off
TERMS: Mapping[Category, tuple[str, ...]] = MappingProxyType(
    {
        Category.FEVER: (
            r"температур" + _UNLESS_READING,
            # Not English "temperature", which alone is not a complaint.
            r"temperatur(?!e)" + _UNLESS_READING,
            r"жар(?:а|у|ом|е|ы)?(?!\w)", r"zhar(?:a|u|om|e)?(?!\w)",
            "лихорад", "озноб", "зноб", r"трясет(?! от (?:страха|нервов|волнения))", "трясло",
            "фебрил",
            r"(?:его|ее|меня|ребенка|всего|всю) (?:колотит|морозит|трясет)"
            r"(?! от (?:страха|нервов))",
            r"(?:весь|вся|очень|сильно) горяч", r"горит (?:весь|вся)",
            r"(?:ребенок|сын|дочь|дочка|малыш|он|она|весь|вся) горит",
            "не сбива", r"(?:температур\w*|жар) не (?:снижа|спада|пада|опуска)",
            r"не (?:снижа|спада|пада|опуска)\w* (?:температур|жар)",
            r"не (?:могу|можем|получается|удается) сбить", r"жаропонижающ\w* не помога",
            "oznob", "znobit", "li" + _H + "orad", "tr" + _YA + r"s(?!e(?!t))", r"ne sbiva",
            r"(?:ves|vsya|vsia|ochen) gor" + _YA + "ch",
        ),
        Category.BREATHING_CIRCULATION: (
            r"не (?:мож\w*|могу|смог\w*) (?:нормально )?(?:дыш|вдохнуть)",
            r"(?:тяжело|трудно|сложно|плохо|тяжко) (?:ему |еи )?дыш",
            r"дыш\w* (?:тяжело|трудно|часто|с трудом|хрипло|плохо)", "задыха", "задохн",
            "одышк", r"не дышит", r"перестал\w* дышать", r"не хвата\w* воздуха",
            r"нехватк\w* воздуха", "удушь", "хрип",
            r"(?:тяжел|затрудн|част|шумн)\w* дыхани",
            r"дыхание (?:тяжел|затрудн|част|шумн|хрипл)",
            r"потерял\w* сознани", r"теря\w* сознани", r"без сознани", r"потеря сознани",
            "обморок", "обморочн", r"отключил(?:ся|ась)", "головокруж",
            r"голова (?:\w+ )?кружит", r"кружит\w* голова",
            r"сердце (?:\w+ )?(?:колотит|бьется (?:очень )?быстро|выпрыгива|скачет)",
            "сердцебиени", "тахикард", r"(?:частыи|быстрыи) пульс",
            r"пульс (?:очень )?(?:частыи|быстрыи)",
            r"(?:синие|синеют|посинели|фиолетовые|серые) губы",
            r"губы (?:\w+ )?(?:синие|синеют|посинели|фиолетов|серые)", "посинел", "синеет",
            "цианоз", "синюшн",
            r"ne mo\w* (?:normalno )?d" + _Y + "sh",
            r"(?:t" + _YA + _ZH + r"elo|trudno|slo" + _ZH + r"no|plo" + _H + r"o) d" + _Y + "sh",
            r"zad" + _Y + _H + "a", "odysh", r"ne d" + _Y + "shit",
            r"ne " + _H + r"vata\w* vozdu", r"poter" + _YA + r"\w* soznan", r"bez soznan",
            "obmorok", r"golova kru" + _ZH + "it", r"kru" + _ZH + r"it\w* golova",
            "golovokru" + _ZH, r"serd" + _TS + r"e (?:\w+ )?(?:kolot|b\w* b" + _Y + "stro)",
            "ta" + _H + "ikard", r"(?:sinie|sineyut|posineli) gub",
            r"gub" + _Y + r" (?:\w+ )?(?:sinie|posineli)", "posinel",
        ),
        Category.NEUROLOGICAL: (
            r"суд[оа]р[оа]?г", "судорож", "конвульс", "эпилепт",
            "эпиприступ", r"приступ\w* (?:судорог|эпилеп)", "дергает", "дергается",
            "подергива", "тремор", r"дрож(?:ат|ь|ит|ью)(?!\w)",
            r"(?:руки|ноги) (?:\w+ )?(?:дрожат|трясутся)", r"трясутся (?:руки|ноги)",
            "бредит", r"в бреду", "заговарива", "галлюцин", r"закатил\w* глаза",
            r"глаза закатил", r"(?:странно|неадекватно) себя вед",
            r"вед\w* себя (?:странно|неадекватно)",
            r"не понима\w* где (?:он|она|находится)", r"нес\w* (?:чушь|бред|ерунду)",
            r"говорит (?:бессмыслиц|непонятн|ерунду|странно)",
            r"не узна\w* (?:меня|маму|папу|нас|родных|близких|никого)", "спутан",
            r"путает\w* (?:слова|речь)", "путается", r"не мож\w* (?:подобрать|наити) слов",
            r"не мож\w* (?:говорить|разговаривать|писать|написать|встать|ходить|пошевелить)",
            r"перестал\w* (?:говорить|ходить|разговаривать)", "невнятн", r"нарушени\w* речи",
            r"речь (?:нарушена|невнятн|спутан|странн)", r"заплета\w* язык", r"язык заплета",
            r"не (?:просыпается|проснется|просыпаеться)",
            r"не (?:могу|можем|получается|смогли|могли) (?:его |ее )?разбудить",
            r"(?:трудно|тяжело|сложно) (?:его |ее )?разбудить", r"не добуд", r"не будится",
            "сонлив", r"очень вял", r"вял(?:ыи|ая|ии|ость|ои)(?!\w)", "обмяк", "заторможен",
            r"не реагиру" + _NOT_DRUG, r"не играет(?! рол)", r"перестал\w* играть",
            r"(?:сильн|резк|внезапн|нов)\w* слабост",
            r"слабост\w* в (?:руке|ноге|руках|ногах|одн)",
            r"(?:рука|нога|руки|ноги) (?:\w+ )?(?:ослаб|слаб)",
            r"слаб\w* (?:рука|нога|одна сторона|с однои стороны)", "онемел", "онемени",
            "перекосил", "перекошен", r"не чувству\w* (?:рук|ног)",
            r"sud[oa]r[oa]?g", "sudorozh", "konvuls", "epilept", "tremor",
            "dro" + _ZH, "bredit", "sputan", r"ne uzna\w* (?:menya|mamu|papu|nas)",
            r"ne pros" + _Y + "pa",
            r"ne (?:mogu|mo" + _ZH + r"em) (?:ego |ee )?razbudit", r"v(?:ya|ja)l(?:y|i|a|o)",
            "zatormo", r"ne reagir(?!\w* na (?:lechen|terap|h?himi|khimi|preparat))",
            r"slabost\w* v (?:ruk|nog)", r"(?:silna|rezka)\w* slabost",
            r"ne mo\w* (?:govorit|" + _H + r"odit|vstat)",
            "nevn" + _YA + "tn", "onemel",
        ),
        Category.BLEEDING: (
            "кровотеч", "кровит", "кровоточ", "кровят", "кровью", "кровав", "кровоизлияни",
            r"кровь (?:\w+ )?(?:в|на) (?:моче|кале|стуле|рвоте|слюне|мокроте|трусах|"
            r"подгузнике|подушке|горшке)",
            r"кровь (?:\w+ )?из (?:носа|рта|уха|ушеи|десен|десны|раны|катетера|попы|заднего)",
            r"(?:идет|течет|пошла|льется|хлещет) кровь",
            r"в (?:моче|кале|стуле|рвоте|слюне|мокроте|подгузнике) (?:\w+ )?кровь",
            r"кровь (?:идет|течет|пошла|льется)",
            r"не останавлива\w* кровь", r"кровь не останавлива",
            r"моча (?:\w+ )?(?:красн|розов|бурая)", r"(?:красная|розовая|бурая) моча",
            r"черн\w* (?:стул|кал|понос|какашк)", r"(?:стул|кал|какашк\w*) (?:\w+ )?черн",
            "дегтеобраз",
            "мелена", r"синяк(?!\w* под глаз)", "гематом", "петехи",
            r"(?:красн|мелк|багров|фиолетов)\w* (?:\w+ )?(?:точк|точечк|пятнышк)",
            r"точечн\w* (?:сыпь|кровоизлияни)",
            r"(?:сильн|резк|невыносим|ужасн|страшн)\w* головн\w* бол",
            r"голова (?:очень )?(?:сильно|невыносимо|ужасно|резко) болит",
            r"(?:сильно|невыносимо|ужасно|резко) болит голова", r"раскалыва\w* голова",
            "krovotech", "krovit", "krovotoch", r"krov(?:yu|ju|iu)(?!\w)",
            r"krov (?:v|na) (?:moche|kale|stule|rvote)", r"krov iz (?:nosa|rta|ush|desen)",
            r"(?:idet|techet|poshla) krov", r"krov (?:idet|techet|poshla|ne ostanavliv)",
            r"chern\w* (?:stul|kal|ponos)", "sin" + _YA + "k", "petehi", "petekhi",
            r"(?:silnaya|silnaja|silnai|rezkaya) golovn\w* bol",
            r"golova (?:ochen )?(?:silno|rezko) bolit", r"(?:silno|rezko) bolit golova",
        ),
        Category.OTHER_URGENT: (
            r"шея не (?:гнется|сгиба|поворачива)",
            r"не (?:может|могу) (?:наклонить|повернуть) (?:голову|шею)",
            "ригидн", r"затылочн\w* мышц",
            r"(?:плохо|почти не|ничего не) видит", r"перестал\w* видеть", "двоит",
            r"пелена (?:перед|в) глаз",
            r"(?:упало|ухудшилось|пропало|потерял\w*|нарушилось|падает|изменилось) зрени",
            r"зрение (?:упало|ухудшилось|пропало|падает|изменилось)",
            r"в глазах (?:двоится|темнеет|плывет)",
            r"бол\w* в груди", r"(?:болит|давит|жжет|колет|сжимает) (?:в )?груд", r"грудь болит",
            "рвот", r"рвет(?!\w)", "вырвал", "рвало", "блюет", "блевал", "понос", "диаре",
            r"жидк\w* стул", r"стул (?:\w+ )?жидк",
            r"не (?:пьет|может пить|хочет пить|пил)(?!\w)(?! таблет| лекарств| препарат)",
            r"ничего не пьет", r"отказыва\w* (?:от )?(?:пить|питья|воды|жидкост)",
            r"не (?:писает|писал|пописал|мочится|мочился)", r"мало (?:мочи|писает|писал)",
            r"(?:почти|совсем) не писа", r"сух\w* подгузник", r"моча (?:очень )?темн",
            r"темная моча", r"сып(?:ь|и|ью)(?!\w)", "высыпан", r"пятна на (?:коже|теле)",
            r"(?:красные|новые) пятна", r"покрыл\w* (?:сыпью|пятнами)",
            r"she" + _YA + r" ne gn", r"(?:plo" + _H + r"o|perestal\w*) vid", "dvoit",
            r"bol\w* v grudi", r"bolit grud", "rvot", r"rvet(?!\w)", "v" + _Y + "rval", "ponos",
            "diare", r"ne (?:pyot|pyet|pjet|piet|pet|mo" + _ZH + r"et pit)(?!\w)",
            r"ne pis(?:aet|al|ayet)", r"malo mochi", r"syp(?:i|yu|ju)?(?!\w)",
        ),
        Category.SELF_HARM: (
            r"не (?:хочу|хочется|хочет|хотим) (?:больше |уже )?жить",
            r"жить (?:больше |уже )?не (?:хочу|хочется|хочет)",
            r"(?:хочу|хочется|хочет) (?:умереть|сдохнуть|помереть)",
            r"лучше (?:бы )?(?:я |мне )?(?:умер|умерла|умереть|сдохнуть)",
            r"поконч\w* с соб", r"поконч\w* (?:с )?жизн", r"(?:убить|убью|убил\w*) себя",
            "суицид", "самоубииств", r"св\w* сч\w* с жизн", r"наложить на себя руки",
            r"руки на себя", r"(?:причинить|причиняю|причиняет) себе (?:вред|боль)",
            r"навредить себе", r"(?:режу|резать|порезать|порезал\w*) себя",
            r"(?:нет|не вижу) смысла (?:жить|в жизни)", r"незачем жить", r"устал\w* жить",
            r"не могу (?:больше )?так жить", r"нет сил жить",
            r"ne " + _H + r"o(?:chu|chetsya|chet) (?:bolshe )?" + _ZH + "it",
            _H + r"o(?:chu|chetsya) umeret", r"pokonch\w* s sob", r"ubit seb" + _YA,
            r"ub(?:yu|ju) seb" + _YA, "sui" + _TS + "id", "samoubi",
        ),
    }
)

TEMPERATURE_WORDS: tuple[str, ...] = (
    "температур", "темп", r"т(?![^\W\d_]|-)", "жар", "градус", r"град" + _END, "термометр",
    "лихорад", "temperatur", "gradus", r"grad" + _END, "zhar", "termometr",
    # "У сына 39" is how a temperature is usually reported; an age would be "ему 39".
    r"у (?:него|нее|сына|дочки|дочи|дочери|ребенка|малыша|малышки|мужа|жены|меня)(?!\w)",
    r"u (?:nego|nee|syna|dochki|docheri|rebenka|malysha)(?!\w)",
)

NEGATIONS: tuple[str, ...] = (
    "нет", "нету", "без", r"не было", r"не бывает", r"не бывало", "ни", r"не отмеча\w*",
    r"не наблюда\w*", r"отсутству\w*", r"нормальн\w*", r"не поднима\w*", r"не повыша\w*",
    r"больше не", "никаких",
    "net", "netu", "bez", r"ne b" + _Y + "lo", r"normaln\w*", r"nikaki" + _H,
)

NEGATIONS_AFTER: tuple[str, ...] = (
    "нет", "нету", r"не было", r"не поднима\w*", r"не повыша\w*", r"в норме",
    r"нормальн\w*", r"больше нет",
    "net", r"ne b" + _Y + "lo", r"v norme", r"normaln\w*",
)

PAST_MARKERS: tuple[str, ...] = (
    r"в (?:19|20)\d\d(?!\d)", r"(?:19|20)\d\d (?:г|год)", r"лет назад", r"год(?:а)? назад",
    r"месяц\w* назад", r"в прошлом", r"прошл\w* (?:год|раз|лет|месяц|недел)", "раньше", "ранее",
    r"когда-то", r"в детстве", r"в анамнезе", r"при диагностике",
    r"когда (?:был|была) (?:маленьк|младше)",
    # "после первой CAR-T были судороги": only with a past verb ("был", "была", ...).
    r"(?:перв|прошл|предыдущ)\w* " + _COURSE + r"[^.!?\n]*(?<!\w)был",
    r"(?<!\w)был\w*[^.!?\n]*(?:перв|прошл|предыдущ)\w* " + _COURSE,
    r"v (?:19|20)\d\d(?!\d)", r"let nazad", r"god(?:a)? nazad", r"ran(?:she|ee)",
    r"v proshlom",
    r"perv\w* (?:car|cart|kar|transplant|peresad|recidiv|kurs|blok)[^.!?\n]*b" + _Y + "l",
    r"b" + _Y + r"l\w*[^.!?\n]*perv\w* (?:car|cart|kar|transplant|peresad|recidiv|kurs|blok)",
)

CLAUSE_BREAKS: tuple[str, ...] = (
    "но", "сеичас", "теперь", "сегодня", "однако", "зато", r"на данныи момент",
    "seichas", "sejchas", "sechas", "teper", "segodn" + _YA,
)

NEGATION_STOPS: tuple[str, ...] = (
    "и", "а", "но", "если", "может", "вроде", "кажется", "потому", "только", "просто",
    "что", "как", "когда", "почему", "боюсь", "думаю", "знаю",
    "i", "a", "esli", "mozhet", "tolko", "prosto", "chto",
)

REPEAT_MARKERS: tuple[str, ...] = (
    "опять", "снова", r"еще раз", "повторно", r"вернул\w*", r"до сих пор", r"все еще",
    r"op(?:ya|ja|ia)t", "snova", r"vernul\w*",
)

NEGATIVE_PARTICLES: tuple[str, ...] = ("не", "ни", "нет", "без", "ne", "ni", "net", "bez")

MEASURE_UNITS: tuple[str, ...] = (
    r"кг" + _END, "кило", r"г" + _END, "грам", r"мг" + _END, r"мл" + _END, r"см" + _END,
    r"мм" + _END, r"лет" + _END, "год", "месяц", r"мес" + _END, "недел", r"нед" + _END,
    r"дн(?:я|еи|ь|и)" + _END, r"день" + _END, r"сут(?:ки|ок)", r"час(?:а|ов)?" + _END,
    r"мин" + _END, "процент", r"раз" + _END, "руб", "клеток",
    r"let" + _END, r"god(?:a|ik)?" + _END, "mes" + _YA + _TS, "nedel", r"dn(?:ya|ei|ey|ej)",
)

MEASURE_LABELS: tuple[str, ...] = (
    "возраст", r"вес" + _END, "весит", "весом", r"рост" + _END, "бласт", "леикоц",
    "тромбоц", "неитроф", "гемоглобин", "срб", "ферритин", "лдг", r"алт" + _END,
    r"аст" + _END, "креатинин", "пульс", "чсс", "давлен", "сатурац", "палат", "кабинет",
    "рожд", "родил", "доз", "курс", "блок", "цикл", "номер", "уровен", "анализ",
    r"день" + _END, r"д" + _END,
    "vozrast", r"ves" + _END, r"rost" + _END, "leikoc", "leykoc", "trombo", "puls",
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
