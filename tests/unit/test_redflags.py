"""Red-flag detection (flows.redflags) on realistic messages, per language.

Each positive names the category it must raise (others may fire too: a false
alarm is acceptable, a miss is not). Each negative must raise nothing.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.definitions.redflag_terms import LOCALE_TERMS, LocaleTerms
from flows.redflags import Category, RedFlag, detect, normalise
from tests.unit.redflag_support import categories

FEV = Category.FEVER
BRE = Category.BREATHING_CIRCULATION
NEU = Category.NEUROLOGICAL
BLE = Category.BLEEDING
OTH = Category.OTHER_URGENT
SELF = Category.SELF_HARM

ENGLISH = [
    ("he has a fever of 38.4", FEV),
    ("temp 39.1 since this morning", FEV),
    ("Temperature is 38,6", FEV),
    ("She's burning up, 39.5", FEV),
    ("fever again tonight", FEV),
    ("my daughter is shivering and feels hot", FEV),
    ("he has chills", FEV),
    ("38.4", FEV),
    ("102F and shaking", FEV),
    ("temp 101.3 F", FEV),
    ("thermometer says 38.9", FEV),
    ("feverish since lunch", FEV),
    ("he is running a temp", FEV),
    ("t=38.2", FEV),
    ("39c", FEV),
    ("Her temp spiked to 40", FEV),
    ("rigors after the infusion", FEV),
    ("feeeever 39!!!", FEV),
    ("fevr 38.6 what do we do", FEV),
    ("he's very hot to the touch", FEV),
    ("Hi, CAR-T was 9 days ago. Since this morning his temperature is 38.7", FEV),
    ("he can't breathe properly", BRE),
    ("cant breath", BRE),
    ("She is struggling to breathe", BRE),
    ("short of breath when walking", BRE),
    ("breathing very fast and noisy", BRE),
    ("he passed out in the bathroom", BRE),
    ("she fainted at school", BRE),
    ("very dizzy and pale", BRE),
    ("his heart is racing", BRE),
    ("his lips are blue", BRE),
    ("lips turning blue!!", BRE),
    ("wheezing a lot tonight", BRE),
    ("he has no energy and can't breathe", BRE),
    ("he seems confused and is not making sense", NEU),
    ("we can't wake him up", NEU),
    ("he won't wake up properly", NEU),
    ("she had a seizure 10 minutes ago", NEU),
    ("siezure", NEU),
    ("he is having a fit", NEU),
    ("new tremor in his hands", NEU),
    ("trouble finding words since yesterday", NEU),
    ("slurred speech", NEU),
    ("my baby is floppy and not responding", NEU),
    ("very sleepy and hard to wake", NEU),
    ("weakness in his left arm", NEU),
    ("he doesn't recognise me", NEU),
    ("convulsions", NEU),
    ("nosebleed won't stop", BLE),
    ("blood in urine", BLE),
    ("there is blood in his poo", BLE),
    ("black stool this morning", BLE),
    ("bruises everywhere, spreading", BLE),
    ("tiny red spots on his legs", BLE),
    ("bleeding gums", BLE),
    ("vomiting blood", BLE),
    ("sudden severe headache", BLE),
    ("worst headache of her life", BLE),
    ("stiff neck and headache", OTH),
    ("blurred vision", OTH),
    ("double vision since morning", OTH),
    ("chest pain", OTH),
    ("keeps vomiting", OTH),
    ("diarrhoea 8 times today", OTH),
    ("she hasn't drunk anything all day", OTH),
    ("very little urine today", OTH),
    ("no wet nappies since yesterday", OTH),
    ("new rash after transplant", OTH),
    ("throwing up everything", OTH),
    ("I want to die", SELF),
    ("sometimes I think about suicide", SELF),
    ("I want to kill myself", SELF),
    ("I don't want to live anymore", SELF),
    ("thinking about self-harm", SELF),
    ("he said he wishes he was dead", SELF),
    ("temp 100.4F", FEV),
    ("no fever but he is shivering", FEV),
    ("the fever came back tonight 38.9", FEV),
    ("we gave paracetamol and the temperature is still 38.2", FEV),
    ("he had a seizure last night", NEU),
    ("He's been vomiting since last night and can't keep anything down", OTH),
    ("no bleeding but bruises on legs", BLE),
    ("He's burning hot and won't stop crying", FEV),
    ("his eyes are rolling back", NEU),
    ("He is acting strange and doesn't know where he is", NEU),
    ("his poo is black", BLE),
    ("he can't move his arm", NEU),
    ("I feel like ending it", SELF),
    ("I can't go on like this", SELF),
]

RUSSIAN = [
    ("температура 38,5", FEV),
    ("Температура 39 с утра", FEV),
    ("темп 38.7", FEV),
    ("у сына жар", FEV),
    ("жар 39.2", FEV),
    ("температурит второй день", FEV),
    ("у него температура", FEV),
    ("температура поднялась до 38.9", FEV),
    ("t 38,3", FEV),
    ("38,7 уже третий час", FEV),
    ("озноб и трясёт", FEV),
    ("знобит сильно", FEV),
    ("его колотит", FEV),
    ("весь горячий", FEV),
    ("температура не сбивается", FEV),
    ("не можем сбить температуру", FEV),
    ("Т 39,4 после инфузии", FEV),
    ("температура 40!!!", FEV),
    ("градусник показывает 38.6", FEV),
    ("лихорадка", FEV),
    ("температура опять 38", FEV),
    ("Температура 38,5°С", FEV),
    ("температура уже 3 дня", FEV),
    ("не может дышать", BRE),
    ("тяжело дышит", BRE),
    ("задыхается", BRE),
    ("одышка даже в покое", BRE),
    ("потерял сознание", BRE),
    ("потеряла сознание в ванной", BRE),
    ("упал в обморок", BRE),
    ("кружится голова очень сильно", BRE),
    ("сердце колотится", BRE),
    ("губы синие", BRE),
    ("посинел", BRE),
    ("не хватает воздуха", BRE),
    ("судороги", NEU),
    ("у ребёнка были судороги 10 минут назад", NEU),
    ("начались судороги", NEU),
    ("судорогами свело", NEU),
    ("сударги", NEU),
    ("он бредит", NEU),
    ("не узнаёт меня", NEU),
    ("не можем разбудить", NEU),
    ("не просыпается", NEU),
    ("очень вялый, ни на что не реагирует", NEU),
    ("дрожат руки, раньше такого не было", NEU),
    ("путает слова", NEU),
    ("речь невнятная", NEU),
    ("слабость в руке", NEU),
    ("кровь из носа не останавливается", BLE),
    ("кровь в моче", BLE),
    ("черный стул", BLE),
    ("чёрный кал", BLE),
    ("синяки по всему телу", BLE),
    ("мелкие красные точки на ногах", BLE),
    ("рвота с кровью", BLE),
    ("кровотечение из десен", BLE),
    ("сильная головная боль", BLE),
    ("голова сильно болит, резко началось", BLE),
    ("шея не гнётся", OTH),
    ("двоится в глазах", OTH),
    ("боль в груди", OTH),
    ("рвота 5 раз", OTH),
    ("понос весь день", OTH),
    ("не пьёт с утра", OTH),
    ("почти не писает", OTH),
    ("сыпь после трансплантации", OTH),
    ("новая сыпь на животе", OTH),
    ("не хочу жить", SELF),
    ("хочу умереть", SELF),
    ("думаю о самоубийстве", SELF),
    ("покончить с собой", SELF),
    ("жить не хочется", SELF),
    ("мне кажется он не дышит", BRE),
    ("Он никак не просыпается", NEU),
    ("не проходят судороги", NEU),
    ("сильная слабость, не может встать", NEU),
    ("температуры нет, но сыпь на ногах", OTH),
    ("у него с утра 38.3 и болит голова", FEV),
    ("вчера была температура 39, сегодня 36.8", FEV),
    ("ребёнок горит", FEV),
    ("у сына 39", FEV),
    ("у дочки 38 и 5", FEV),
    ("не сбивается уже 2 дня", FEV),
    ("закатил глаза", NEU),
    ("в моче кровь", BLE),
    ("какашки черные", BLE),
    ("синяки на ногах", BLE),
]

RUSSIAN_LATIN = [
    ("temperatura 39", FEV),
    ("temperatura 38,5 s utra", FEV),
    ("u syna zhar", FEV),
    ("zhar 39", FEV),
    ("temperaturit vtoroi den", FEV),
    ("u nego temperatura", FEV),
    ("temp 38.8", FEV),
    ("temperatura podnyalas do 39.4", FEV),
    ("oznob", FEV),
    ("znobit vsyu noch", FEV),
    ("ego tryaset", FEV),
    ("ves goryachiy", FEV),
    ("temperatura ne sbivaetsya", FEV),
    ("likhoradka", FEV),
    ("lihoradit", FEV),
    ("38,9 gradusov", FEV),
    ("temperatura opyat 38", FEV),
    ("ne mozhet dyshat", BRE),
    ("ne dyshit", BRE),
    ("tyazhelo dyshit", BRE),
    ("zadyhaetsya", BRE),
    ("zadykhaetsya", BRE),
    ("odyshka", BRE),
    ("poteryal soznanie", BRE),
    ("poterjala soznanie", BRE),
    ("obmorok", BRE),
    ("golova kruzhitsya", BRE),
    ("serdce kolotitsya", BRE),
    ("guby sinie", BRE),
    ("posinel", BRE),
    ("ne hvataet vozduha", BRE),
    ("sudorogi", NEU),
    ("u nego sudorogi", NEU),
    ("sudorogami svelo", NEU),
    ("sudaragi", NEU),
    ("bredit", NEU),
    ("ne uznaet mamu", NEU),
    ("ne prosypaetsya", NEU),
    ("ne mozhem razbudit", NEU),
    ("vyalyi i ne reagiruet", NEU),
    ("tremor ruk", NEU),
    ("drozhat ruki", NEU),
    ("slabost v ruke", NEU),
    ("zatormozhennyi", NEU),
    ("ne mozhet govorit", NEU),
    ("krov iz nosa ne ostanavlivaetsya", BLE),
    ("krov v moche", BLE),
    ("krov v kale", BLE),
    ("chernyi stul", BLE),
    ("sinyaki po vsemu telu", BLE),
    ("petehii na nogah", BLE),
    ("rvota s krovyu", BLE),
    ("krovotechenie", BLE),
    ("silnaya golovnaya bol", BLE),
    ("bol v grudi", OTH),
    ("rvota ves den", OTH),
    ("rvet kazhdyi chas", OTH),
    ("ponos", OTH),
    ("ne pyot nichego", OTH),
    ("ne pisaet s utra", OTH),
    ("malo mochi", OTH),
    ("dvoitsya v glazah", OTH),
    ("syp posle transplantacii", OTH),
    ("sheya ne gnetsya", OTH),
    ("ne hochu zhit", SELF),
    ("ne khochu zhit", SELF),
    ("hochu umeret", SELF),
    ("pokonchit s soboi", SELF),
    ("suicid", SELF),
    ("u nas temperatura 38 i 5", FEV),
    ("net sil, ne dyshit", BRE),
    ("posle CAR-T opyat temperatura", FEV),
    ("posle pervoi CAR-T u nego sudorogi", NEU),
    ("Temperatura 39.2 s vechera, daem paracetamol", FEV),
    ("rebenok ne pyot uzhe sutki", OTH),
    ("u nego 39", FEV),
    ("ne reagiruet", NEU),
]

MIXED = [
    ("у сына fever 39", FEV),
    ("temperatura 39, he is shivering", FEV),
    ("после CAR-T температура 38.5", FEV),
    ("сын has seizures", NEU),
    ("ребенок can't breathe", BRE),
    ("fever и озноб", FEV),
    ("у него судороги after CAR-T", NEU),
    ("температура 102F", FEV),
    ("blood в моче, krov v moche", BLE),
    # Uzbek and Kazakh with Russian words
    ("bolada temperatura 39", FEV),
    ("bolamning temperaturasi 38.5", FEV),
    ("qizimda temperatura bor", FEV),
    ("bolada sudorogi boshlandi", NEU),
    ("баламның температурасы 38,7", FEV),
    ("қызымда жар бар", FEV),
    ("температурасы көтерілді", FEV),
    ("bolada rvota", OTH),
    ("o'g'limda isitma, temperatura 39", FEV),
]

NEGATIVES = [
    # English
    "my son is 38 months old",
    "he weighs 38 kg",
    "age 38",
    "I am 38 years old",
    "CD19 38%",
    "CD19 was 38.5% on the last flow",
    "38 days after CAR-T",
    "day +38 after infusion",
    "101 days after transplant",
    "born 1938",
    "scan on 12.03.2025",
    "his relapse was in March",
    "he is in remission",
    "MRD negative",
    "MRD positive 0.01%",
    "CD19 negative relapse, CD22 positive",
    "what is CRS?",
    "what does ICANS mean",
    "blinatumomab before transplant",
    "bone marrow aspirate and flow cytometry next week",
    "blasts 38%",
    "no fever now",
    "No fever, no chills",
    "he has no fever and no chills",
    "fever: none",
    "in 2022 he had fever and seizures",
    "after the first CAR-T he had seizures, now fine",
    "temperature 36.6",
    "temp 37.2",
    "37.2",
    "his temperature is normal",
    "blood test on Monday",
    "blood results came back fine",
    "I'm confused about the MRD results",
    "sorry the photo is blurry",
    "what happens after CAR-T?",
    "he was diagnosed in 2019",
    "platelets 38",
    "WBC 40.1",
    "Hb 101.5",
    "room 38, ward 4",
    "appointment at 10:38",
    "dose 38.5 mg",
    "weight 38.5",
    "the trial costs 40.5 euros",
    "thank you, that makes sense",
    "call me on +7 903 123 38 45",
    "she is fine, eating and drinking well",
    "what temperature is dangerous after CAR-T?",
    "it's very hot in here",
    "we are shaking with fear",
    "Last week he had a fever but it is gone now",
    "temp 100.2F",
    "He feels a bit weak after chemo",
    "I can't see the button to upload",
    "I can't talk now, will write later",
    "The treatment is killing me financially",
    "There is no bleeding, no bruising",
    "no seizures since 2022",
    "He had CRS grade 2 and ICANS grade 1 after the first CAR-T, now fine.",
    "Hello! My son, 7 years old, relapsed after CD19 CAR-T in 2023. CD19 negative now.",
    "My daughter weighs 38.2 kg and is 128 cm tall",
    "flow on 10.11.2024: CD19 dim 38.7%",
    "he is not responding to chemo",
    "he isn't responding well to the treatment",
    "the system doesn't recognise my file",
    "we can't move to another country",
    "I can't go on holiday",
    "I'm tired of being sick",
    "is he a fit for the trial",
    "no urine test needed",
    # Russian
    "нет температуры",
    "без температуры",
    "температуры нет",
    "температура 36,6",
    "температура 37,2",
    "температура нормальная",
    "не было судорог",
    "судорог не было",
    "ему 38 лет",
    "вес 38 кг",
    "сыну 3 года, рост 98 см",
    "бласты 38%",
    "рецидив после CAR-T",
    "ремиссия",
    "МРБ отрицательная",
    "сдали кровь на анализ",
    "анализ крови в понедельник",
    "в 2022 году были судороги, сейчас всё хорошо",
    "раньше была температура, сейчас нет",
    "трансплантация костного мозга",
    "что такое CRS?",
    "проточная цитометрия",
    "на 38 день после инфузии",
    "д+38",
    "родился в 1988",
    "12.03.2025 МРТ",
    "переливание крови",
    "пьёт и ест нормально",
    "Ни температуры, ни судорог нет",
    "температура 37.9",
    "Температура 37.5, небольшая слабость",
    "общая слабость после химии",
    "меня трясёт от страха",
    "температура была 39 в 2021 году",
    "после CAR-T у нас было ICANS, сейчас всё хорошо",
    "анализ крови: лейкоциты 2.1, тромбоциты 38",
    "не реагирует на химию",
    "это не играет роли",
    "синяки под глазами",
    "МРБ не снижается",
    "это какой-то бред",
    "у него 38 дней после CAR-T",
    # Russian in Latin letters
    "net temperatury",
    "bez temperatury",
    "temperatura 36.6",
    "temperatura normalnaya",
    "sudorog ne bylo",
    "emu 38 let",
    "ves 38 kg",
    "analiz krovi",
    "v 2022 godu byli sudorogi, seichas vse horosho",
    "remissiya",
    "temperatura normalnaya 36,7",
    "temperatura byla 39 v 2022",
    "ranshe byli sudorogi, seichas net",
    "sudorog net",
    "ne reagiruet na himiyu",
    "posle pervoi CAR-T byli sudorogi, seichas vse horosho",
    # mixed
    "MRD negative, temperatura 36.7",
    "my son is 38 months old, temperature 36.6",
]


def test_enough_realistic_messages_per_language() -> None:
    assert len(ENGLISH) >= 60
    assert len(RUSSIAN) >= 60
    assert len(RUSSIAN_LATIN) >= 60
    assert len(NEGATIVES) >= 40


@pytest.mark.parametrize(("text", "category"), ENGLISH)
def test_english(text: str, category: Category) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(("text", "category"), RUSSIAN)
def test_russian(text: str, category: Category) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(("text", "category"), RUSSIAN_LATIN)
def test_russian_in_latin_letters(text: str, category: Category) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(("text", "category"), MIXED)
def test_mixed_languages(text: str, category: Category) -> None:
    assert category in categories(text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_true_negatives(text: str) -> None:
    assert detect(text) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Температура 38,5°С!!!", "температура 38.5°с!!!"),
        ("FEEEEVER", "fever"),
        ("حُمّـى", "حمي"),
        ("٣٨٫٥", "38.5"),
        ("۳۹", "39"),
        ("can’t  breathe", "cant breathe"),
        ("ёжик", "ежик"),
        ("39℃", "39°c"),
        ("38º", "38°"),
        ("Sốt cao", "sot cao"),
        ("  a \t b \n c ", "a b \n c"),
        ("12.03.2025", "12.03.2025"),
    ],
)
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("temp 39.7", "temperature:celsius"),
        ("103 F", "temperature:fahrenheit"),
        ("38.4", "temperature:reading"),
        ("судороги", "ru:суд[оа]р[оа]?г"),
        ("seizure", "en:seiz"),
    ],
)
def test_rule_names_our_pattern_not_the_users_text(text: str, rule: str) -> None:
    assert [flag.rule for flag in detect(text)] == [rule]


def test_each_category_once_per_rule_in_order_of_appearance() -> None:
    flags = detect("fever fever, then a seizure and fever")
    assert flags == (RedFlag(FEV, "en:fever(?!eiro)"), RedFlag(NEU, "en:seiz"))


def test_self_harm_is_never_cancelled() -> None:
    assert SELF in categories("not suicidal, but in 2022 he tried to kill himself")


def test_history_returns_with_a_repeat_marker() -> None:
    assert NEU in categories("in 2022 he had seizures and now again")
    assert NEU in categories("опять как в 2022 судороги")


def _entries(locale: LocaleTerms) -> list[str]:
    lists = [
        locale.temperature_words,
        locale.negations,
        locale.past_markers,
        locale.negations_after,
        locale.clause_breaks,
        locale.negation_stops,
        locale.repeat_markers,
        locale.negative_particles,
        locale.measure_units,
        locale.measure_labels,
        *locale.terms.values(),
    ]
    return [entry for entries in lists for entry in entries]


@pytest.mark.parametrize("code", sorted(LOCALE_TERMS))
def test_locale_data_is_normalised_and_safe(code: str) -> None:
    locale = LOCALE_TERMS[code]
    assert set(locale.terms) == set(Category), "every locale covers every category"
    assert locale.temperature_words and locale.negations and locale.past_markers
    for entry in _entries(locale):
        # Regex escapes (\W) and counts ({0,20}) are syntax, not text.
        text = re.sub(r"\\[A-Za-z]|\{\d*,?\d*\}", "", entry)
        assert normalise(text) == text, f"{code}: write {text!r} as {normalise(text)!r}"
        # A capturing group would hide which rule fired.
        assert re.compile(entry).groups == 0, f"{code}: use (?:...) in {entry!r}"


def test_long_messages_stay_fast() -> None:
    # Telegram's limit is 4096 characters; nested quantifiers must not blow up.
    text = ("no no no temperature temp 3 8 . , " * 200)[:4096]
    assert isinstance(detect(text), tuple)
    assert detect("a" * 4096 + " fever") == (RedFlag(FEV, "en:fever(?!eiro)"),)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_detect_never_raises(text: str) -> None:
    flags = detect(text)
    assert isinstance(flags, tuple)
    assert all(isinstance(flag, RedFlag) for flag in flags)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["fever", "38.5", "no", "нет", "in 2022", "температура", "39", ",", "kg", "°", " "]
        ),
        max_size=12,
    )
)
def test_detect_never_raises_on_vocabulary_soup(words: list[str]) -> None:
    assert isinstance(detect(" ".join(words)), tuple)


@pytest.mark.parametrize(
    "text",
    ["o médico diz que está bem", "ele dizia que melhorou", "consulta em fevereiro", "rendez-vous en février",
     "um controle rigoroso", "Triase di IGD sudah selesai", "CD19 ٣٨٫٥٪ في التقرير"],
)  # fmt: skip
def test_words_of_other_languages_do_not_fire(text):
    # One language's stem must not catch another's everyday word.
    assert detect(text) == ()
