"""Red-flag detection on realistic Brazilian Portuguese messages, with and without
accents and in chat spelling ("tá", "pra", "naum", "hj").

Each positive names the category it must raise (others may fire too: a false
alarm is acceptable, a miss is not). Each negative must raise nothing. Every
locale's vocabulary is active, as in production.

Known misses and false alarms, accepted:
* English "no" is a negation for every message and Portuguese "no" means "in
  the". Phrases are written around it ("dor no peito" matches "dor"), and
  common places after "no" end its reach ("no hospital teve convulsão" fires),
  but an unlisted place does not: "no colégio teve febre" loses "febre" (a
  reading such as "39" still fires).
* "Qual temperatura é perigosa depois do CAR-T?" fires: the Russian stem
  `temperatur` reads "temperatura" alone as a fever.
* "Febre? Nada" fires: the question mark ends the clause before "nada".
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

PORTUGUESE = [
    # fever: readings and words
    ("Meu filho está com febre de 38,5", FEV),
    ("ele está com 39", FEV),
    ("febre 39 e calafrios", FEV),
    ("ela está ardendo em febre", FEV),
    ("tremedeira e febre", FEV),
    ("a febre não baixa", FEV),
    ("chegou a 39.4 de madrugada", FEV),
    ("depois do CAR-T voltou a febre", FEV),
    ("está com temperatura alta", FEV),
    # breathing and circulation
    ("ele não consegue respirar", BRE),
    ("falta de ar", BRE),
    ("respirando muito rápido e com dificuldade", BRE),
    ("desmaiou no banheiro", BRE),
    ("tá com muita tontura", BRE),
    ("coração disparado", BRE),
    ("lábios roxos", BRE),
    # neurological
    ("teve uma convulsão", NEU),
    ("está convulsionando", NEU),
    ("não acorda", NEU),
    ("não responde, está muito molinho", NEU),
    ("ela está confusa, falando coisas sem sentido", NEU),
    ("não me reconhece", NEU),
    ("fala enrolada", NEU),
    ("fraqueza no braço direito", NEU),
    ("no hospital teve convulsão", NEU),
    ("prostrado", NEU),
    # bleeding
    ("nariz sangrando sem parar", BLE),
    ("sangue no xixi", BLE),
    ("cocô preto", BLE),
    ("vomitando sangue", BLE),
    ("roxos pelo corpo todo", BLE),
    ("pontinhos vermelhos nas pernas", BLE),
    ("dor de cabeça muito forte", BLE),
    # other urgent
    ("pescoço duro", OTH),
    ("visão embaçada", OTH),
    ("dor no peito", OTH),
    ("vomitando tudo", OTH),
    ("diarreia 10 vezes", OTH),
    ("não quer beber nada", OTH),
    ("quase não faz xixi", OTH),
    ("fralda seca desde manhã", OTH),
    ("manchas vermelhas na pele depois do transplante", OTH),
    # self-harm
    ("quero morrer", SELF),
    ("vou me matar", SELF),
    ("penso em suicídio", SELF),
    ("não quero mais viver", SELF),
]

CHAT_SPELLING = [
    ("ta com febre 39 hj", FEV),
    ("tá queimando de febre", FEV),
    ("naum consegue respirar", BRE),
    ("ele apagou do nada", BRE),
    ("ta convulsionando!!!", NEU),
    ("naum acorda", NEU),
    ("sangrando mto pelo nariz", BLE),
    ("vomitou 6x hj", OTH),
    ("n para de vomitar", OTH),
    ("nao aguento mais", SELF),
]

NEGATIVES = [
    # ages, weights, labs, dates and days
    "meu filho tem 38 meses",
    "ele pesa 38 kg",
    "idade 38",
    "tenho 38 anos",
    "CD19 38%",
    "mielograma em 12.03.2025",
    "38 dias depois do CAR-T",
    "D+38 do CAR-T",
    "dia 38 do tratamento",
    "blastos 38%",
    "plaquetas 38",
    "dose 38,5 mg",
    "consulta às 10:38",
    "o hospital fica a 38 km",
    # the education pages' vocabulary
    "recaída depois do CAR-T",
    "está em remissão, MRD negativa",
    "transplante de medula óssea",
    "citometria de fluxo na semana que vem",
    "exame de sangue na segunda",
    "transfusão de sangue",
    # negations and history
    "não tem febre",
    "sem febre",
    "não teve febre",
    "não tem mais febre",
    "a febre já passou",
    "não vomitou, não tem diarreia",
    "ele não tem dor no peito",
    "nenhum sangramento",
    "em 2022 teve febre e convulsão, agora está bem",
    "há dois anos teve convulsões",
    "temperatura 36,8",
    "a temperatura está normal",
    # the parent, the app, medicines and the treatment
    "estou confusa com os resultados",
    "estou tremendo de nervoso",
    "não consigo ver o botão",
    "come e bebe bem",
    "não toma o remédio",
    "não responde ao tratamento",
    "está tudo bem, obrigada",
    "no domingo ele ficou bem",
]


def test_enough_realistic_messages() -> None:
    positives = PORTUGUESE + CHAT_SPELLING
    assert len(positives) >= 40
    assert len(NEGATIVES) >= 25
    assert {category for _, category in positives} == set(Category)


@pytest.mark.parametrize(("text", "category"), PORTUGUESE)
def test_portuguese(text: str, category: Category) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(("text", "category"), CHAT_SPELLING)
def test_portuguese_chat_spelling(text: str, category: Category) -> None:
    assert category in categories(text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_true_negatives(text: str) -> None:
    assert detect(text) == ()


def test_no_of_place_does_not_cancel_a_symptom() -> None:
    assert NEU in categories("no hospital teve convulsão")
    assert OTH in categories("tem dor no peito")
