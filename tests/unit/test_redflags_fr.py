"""Red-flag detection on realistic French messages, with and without accents and
in texting spelling (dropped "ne", "jsp", no apostrophes).

Each positive names the category it must raise (others may fire too: a false
alarm is acceptable, a miss is not). Each negative must raise nothing. Every
locale's vocabulary is active, as in production.

Known misses and false alarms, accepted:
* "Pas" alone is not a negation (it is Indonesian "when" and sits inside "ne
  respire pas"), so "il a pas vomi" fires; "il n'a pas vomi", "pas de
  fièvre", "il ne vomit pas" do not.
* "Il a 38" (an age without "ans") fires: "il a 38" is how a temperature
  is reported; "il a 38 ans", "il a 38 plaquettes" do not.
* "Il tremble de peur" fires: English `trembl` is a neurological stem.
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

FRENCH = [
    # fever: readings and words
    ("Mon fils a de la fièvre, 38,5", FEV),
    ("il a 39 depuis ce matin", FEV),
    ("elle est à 39.2", FEV),
    ("fièvre 40 et frissons", FEV),
    ("il a de la température", FEV),
    ("il grelotte", FEV),
    ("il est brûlant", FEV),
    ("la fièvre ne baisse pas", FEV),
    ("une semaine après le CAR-T la fièvre est revenue", FEV),
    # breathing and circulation
    ("il a du mal à respirer", BRE),
    ("elle n'arrive pas à respirer", BRE),
    ("il respire très vite", BRE),
    ("il s'est évanoui dans la salle de bain", BRE),
    ("il a fait un malaise", BRE),
    ("elle a des vertiges", BRE),
    ("son cœur bat très vite", BRE),
    ("ses lèvres sont bleues", BRE),
    # neurological
    ("il a fait une convulsion", NEU),
    ("crise d'épilepsie", NEU),
    ("il ne se réveille pas", NEU),
    ("on n'arrive pas à le réveiller", NEU),
    ("il ne répond plus", NEU),
    ("il est confus et dit n'importe quoi", NEU),
    ("elle ne me reconnaît pas", NEU),
    ("il tremble des mains", NEU),
    ("il cherche ses mots", NEU),
    ("faiblesse dans le bras gauche", NEU),
    ("il est tout mou", NEU),
    # bleeding
    ("il saigne du nez sans arrêt", BLE),
    ("du sang dans les urines", BLE),
    ("selles noires", BLE),
    ("il vomit du sang", BLE),
    ("plein de bleus sur les jambes", BLE),
    ("petits points rouges sur les jambes", BLE),
    ("mal de tête très violent", BLE),
    # other urgent
    ("nuque raide", OTH),
    ("vision floue", OTH),
    ("douleur à la poitrine", OTH),
    ("il vomit tout", OTH),
    ("il n'arrête pas de vomir", OTH),
    ("diarrhée 8 fois", OTH),
    ("il ne boit plus rien", OTH),
    ("presque pas de pipi depuis ce matin", OTH),
    ("couche sèche", OTH),
    ("éruption après la greffe", OTH),
    # self-harm
    ("je veux mourir", SELF),
    ("je vais me suicider", SELF),
    ("j'ai envie d'en finir", SELF),
    ("il ne veut plus vivre", SELF),
]

WITHOUT_ACCENTS_AND_TEXTING = [
    ("il a de la fievre 39", FEV),
    ("fiévre depuis hier", FEV),
    ("il respire pas bien", BRE),
    ("il sest evanoui", BRE),
    ("il se reveille pas", NEU),
    ("il repond plus", NEU),
    ("il saigne du nez", BLE),
    ("il boit pas", OTH),
    ("il arrete pas de vomir", OTH),
    ("jveux mourir", SELF),
]

NEGATIVES = [
    # ages, weights, labs, dates and days
    "mon fils a 38 mois",
    "il pèse 38 kg",
    "âge 38",
    "j'ai 38 ans",
    "CD19 38%",
    "myélogramme le 12.03.2025",
    "38 jours après le CAR-T",
    "J+38 après la perfusion",
    "blastes 38%",
    "plaquettes 38",
    "il a 38 plaquettes",
    "dose 38,5 mg",
    "rendez-vous à 10h38",
    # the education pages' vocabulary
    "rechute après le CAR-T",
    "il est en rémission, MRD négative",
    "greffe de moelle osseuse",
    "cytométrie en flux la semaine prochaine",
    "prise de sang lundi",
    "transfusion hier",
    "quelle température est dangereuse après le CAR-T ?",
    # negations and history
    "pas de fièvre",
    "il n'a pas de fièvre",
    "il n'a pas eu de fièvre",
    "elle n'a plus de fièvre",
    "sans fièvre",
    "il ne vomit pas",
    "il ne vomit plus depuis hier",
    "la fièvre est passée",
    "en 2022 il a eu de la fièvre et des convulsions, maintenant ça va",
    "il y a deux ans il a eu des convulsions",
    "température 36,8",
    "la température est normale",
    "il a de la température 37.2",
    # the parent, the app, medicines, the weather
    "je suis confuse, désolée pour le retard",
    "je ne vois pas le bouton",
    "il mange et boit bien",
    "il ne répond pas au traitement",
    "il fait chaud aujourd'hui",
    "il a les yeux bleus",
    "c'est du délire ce formulaire",
    "il va bien",
]


def test_enough_realistic_messages() -> None:
    positives = FRENCH + WITHOUT_ACCENTS_AND_TEXTING
    assert len(positives) >= 40
    assert len(NEGATIVES) >= 25
    assert {category for _, category in positives} == set(Category)


@pytest.mark.parametrize(("text", "category"), FRENCH)
def test_french(text: str, category: Category) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(("text", "category"), WITHOUT_ACCENTS_AND_TEXTING)
def test_french_without_accents_and_texting(text: str, category: Category) -> None:
    assert category in categories(text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_true_negatives(text: str) -> None:
    assert detect(text) == ()
