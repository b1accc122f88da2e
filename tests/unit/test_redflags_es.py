"""Red-flag detection on realistic Spanish messages, with and without accents,
Latin American and Spain usage and common misspellings.

Each positive names the category it must raise (others may fire too: a false
alarm is acceptable, a miss is not). Each negative must raise nothing. Every
locale's vocabulary is active, as in production.

Known misses and false alarms, accepted:
* "¿Qué temperatura es peligrosa después del CAR-T?" fires: the Russian stem
  `temperatur` reads "temperatura" alone as a fever (right for "tiene
  temperatura", wrong for a question about it).
* "Mi esposo tiene 39" (an age without "años") fires: "tiene 39" is how a
  reading is reported.
* "No tiene apetito ni fiebre" fires ("ni" is not a negation: it is Malay for
  "this", "budak ni demam"); "no quiere comer fiebre alta" without a comma
  loses "fiebre" (two-word reach of "no"; a reading such as "39" still fires).
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

SPANISH = [
    # fever: readings and words
    ("Mi hijo tiene fiebre de 38.5", FEV),
    ("tiene 39 de fiebre desde anoche", FEV),
    ("fiebre de 38 y medio", FEV),
    ("le subió a 39", FEV),
    ("temperatura 39", FEV),
    ("tiene calentura", FEV),
    ("está ardiendo en fiebre", FEV),
    ("escalofríos y temblores", FEV),
    ("tiene temperatura desde ayer", FEV),
    ("no le baja la fiebre", FEV),
    ("a los 10 días del CAR-T volvió la fiebre", FEV),
    # breathing and circulation
    ("no puede respirar", BRE),
    ("le cuesta respirar", BRE),
    ("respira muy rápido", BRE),
    ("se desmayó en el baño", BRE),
    ("está muy mareado", BRE),
    ("el corazón le late muy rápido", BRE),
    ("tiene los labios morados", BRE),
    # neurological
    ("convulsionó 5 minutos", NEU),
    ("está teniendo una convulsión", NEU),
    ("no se despierta", NEU),
    ("no responde", NEU),
    ("está confundido y dice cosas sin sentido", NEU),
    ("no me reconoce", NEU),
    ("le tiemblan las manos", NEU),
    ("arrastra las palabras", NEU),
    ("debilidad en el brazo izquierdo", NEU),
    ("puso los ojos en blanco", NEU),
    # bleeding
    ("le sangra la nariz y no para", BLE),
    ("sangre en la orina", BLE),
    ("hace popó con sangre", BLE),
    ("heces negras", BLE),
    ("vomita sangre", BLE),
    ("moretones por todo el cuerpo", BLE),
    ("puntitos rojos en las piernas", BLE),
    ("dolor de cabeza muy fuerte", BLE),
    # other urgent
    ("cuello rígido", OTH),
    ("visión borrosa", OTH),
    ("dolor en el pecho", OTH),
    ("vomita todo lo que come", OTH),
    ("diarrea 8 veces", OTH),
    ("no quiere tomar nada", OTH),
    ("casi no orina", OTH),
    ("pañal seco desde la mañana", OTH),
    ("le salió un sarpullido después del trasplante", OTH),
    # self-harm
    ("quiero morirme", SELF),
    ("me quiero matar", SELF),
    ("pienso en el suicidio", SELF),
    ("no quiero vivir más", SELF),
]

WITHOUT_ACCENTS_AND_MISSPELT = [
    ("mi nino tiene fiebre 39", FEV),
    ("tiene fibre alta", FEV),
    ("escalosfrios", FEV),
    ("no puede respirar bien", BRE),
    ("se desmallo", BRE),
    ("convulciono", NEU),
    ("le sangra la encia", BLE),
    ("esta vomitando mucho", OTH),
    ("diarrea y no toma liquidos", OTH),
    ("suicidarme", SELF),
]

NEGATIVES = [
    # ages, weights, labs, dates and days
    "mi esposo tiene 38 años",
    "mi hijo tiene 38 meses",
    "pesa 38 kilos",
    "edad 38",
    "CD19 38%",
    "punción el 12.03.2025",
    "38 días después del CAR-T",
    "blastos 38%",
    "plaquetas 38",
    "dosis 38.5 mg",
    "habitación 38",
    "cita a las 10:38",
    "tiene 38 y medio años",
    # the education pages' vocabulary
    "recaída después del CAR-T",
    "está en remisión, MRD negativa",
    "trasplante de médula ósea",
    "citometría de flujo la semana que viene",
    "análisis de sangre el lunes",
    "transfusión de sangre",
    # negations and history
    "no tiene fiebre",
    "sin fiebre",
    "no ha tenido fiebre",
    "ya no tiene más fiebre",
    "la fiebre ya bajó",
    "no vomita, no tiene diarrea",
    "no hay sangrado ni moretones",
    "en 2022 tuvo fiebre y convulsiones, ahora está bien",
    "hace dos años tuvo convulsiones",
    "temperatura 36.8",
    "la temperatura está normal",
    # the parent, the app, medicines and the treatment
    "estoy confundido con los resultados",
    "estoy temblando de miedo",
    "no veo el botón",
    "come y bebe bien",
    "no toma el medicamento",
    "no responde al tratamiento",
    "ya no puedo más con este formulario",
]


def test_enough_realistic_messages() -> None:
    positives = SPANISH + WITHOUT_ACCENTS_AND_MISSPELT
    assert len(positives) >= 40
    assert len(NEGATIVES) >= 25
    assert {category for _, category in positives} == set(Category)


@pytest.mark.parametrize(("text", "category"), SPANISH)
def test_spanish(text: str, category: Category) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(("text", "category"), WITHOUT_ACCENTS_AND_MISSPELT)
def test_spanish_without_accents_and_misspelt(text: str, category: Category) -> None:
    assert category in categories(text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_true_negatives(text: str) -> None:
    assert detect(text) == ()


def test_no_para_de_is_not_a_negation() -> None:
    assert OTH in categories("no para de vomitar")
    assert BLE in categories("no deja de sangrar")
