"""Red-flag detection on realistic Indonesian messages: standard, chat spelling
("gak", "bgt", "kejang2") and Malay-influenced ("pengsan", "sawan", "tak nak").

Each positive names the category it must raise (others may fire too: a false
alarm is acceptable, a miss is not). Each negative must raise nothing. Every
locale's vocabulary is active, as in production.

Known misses and false alarms, accepted:
* "Tidak" cancels a symptom up to two words later, so "tidak enak badan demam"
  loses "demam" (a reading such as "39" after "demam"/"suhu" still fires);
  "bisa", "mau", "karena", "dan" end that reach ("tidak bisa tidur karena demam").
* "Saya bingung" and "saya pusing mikirin biaya" (the parent) do not fire; a
  parent who is the patient and writes only "saya bingung" is missed.
* "Panas" fires with a body word or "tinggi/terus/banget" ("badannya panas",
  "panas tinggi"), so "hari ini panas sekali" (the weather) is a false alarm
  unless it names "cuaca"/"udara".
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

INDONESIAN = [
    # fever: readings and words
    ("Anak saya demam 39", FEV),
    ("demam tinggi 39,5 derajat", FEV),
    ("anaknya panas 38.7", FEV),
    ("suhu badannya 39", FEV),
    ("demam saat ini 39", FEV),
    ("pas diukur 38,5", FEV),
    ("suhu tubuh naik sampai 40", FEV),
    ("panas dingin dari semalam", FEV),
    ("badannya panas banget", FEV),
    ("anak menggigil terus", FEV),
    ("meriang", FEV),
    ("panasnya tidak turun-turun", FEV),
    ("setelah CAR-T hari ke-5 demam lagi", FEV),
    # breathing and circulation
    ("anak saya sesak napas", BRE),
    ("susah bernafas", BRE),
    ("napasnya cepat sekali", BRE),
    ("dia pingsan di kamar mandi", BRE),
    ("anak pusing banget dan pucat", BRE),
    ("jantungnya berdebar kencang", BRE),
    ("bibirnya biru", BRE),
    # neurological
    ("anak saya kejang", NEU),
    ("kejang pas malam", NEU),
    ("anaknya bingung, tidak mengenali saya", NEU),
    ("susah dibangunkan", NEU),
    ("tidak ada respon", NEU),
    ("tangannya gemetar terus", NEU),
    ("bicaranya pelo", NEU),
    ("mulutnya mencong", NEU),
    ("lemas sekali gak mau bangun", NEU),
    # bleeding
    ("mimisan tidak berhenti", BLE),
    ("ada darah di air kencing", BLE),
    ("muntah darah", BLE),
    ("biru-biru di kaki", BLE),
    ("bintik merah kecil di kaki", BLE),
    ("sakit kepala hebat", BLE),
    ("gusinya berdarah terus", BLE),
    # other urgent
    ("kaku kuduk", OTH),
    ("pandangan kabur", OTH),
    ("nyeri dada", OTH),
    ("muntah terus dari pagi", OTH),
    ("mencret 8 kali", OTH),
    ("jarang pipis", OTH),
    ("popoknya kering dari pagi", OTH),
    ("muncul ruam setelah transplantasi", OTH),
    # self-harm
    ("saya ingin mati", SELF),
    ("saya mau bunuh diri", SELF),
    ("saya tidak ingin hidup lagi", SELF),
]

INFORMAL_AND_MALAY = [
    ("anak sy demam 39 gmn ini", FEV),
    ("budak ni demam panas", FEV),
    ("gak bisa napas", BRE),
    ("anak saya pengsan", BRE),
    ("kejang2 10 menit", NEU),
    ("sawan", NEU),
    ("gak bangun2 dari tadi", NEU),
    ("pup hitam", BLE),
    ("anak gak mau minum seharian", OTH),
    ("tak nak minum langsung", OTH),
    ("cirit-birit", OTH),
    ("pengen mati aja", SELF),
]

NEGATIVES = [
    # ages, weights, labs, dates and days
    "anak saya umur 38 bulan",
    "berat badan 38 kg",
    "usia 38 tahun",
    "CD19 38%",
    "tanggal 12.03.2025 BMP",
    "38 hari setelah CAR-T",
    "hari ke-38 setelah infus",
    "trombosit 38",
    "sel blas 38%",
    "kamar 38",
    "jam 10.38 kontrol",
    "biaya transplantasi 38 juta",
    "tinggi badan 138 cm",
    # the education pages' vocabulary
    "anak saya kambuh setelah CAR-T",
    "sudah remisi, MRD negatif",
    "transplantasi sumsum tulang bulan depan",
    "hasil flow cytometry keluar besok",
    "cek darah besok",
    "transfusi darah kemarin",
    "kanker darah",
    "berapa suhu yang berbahaya setelah CAR-T?",
    # negations and history
    "tidak demam",
    "gak demam kok",
    "anak saya tidak ada demam",
    "demamnya sudah turun",
    "tidak muntah, tidak diare",
    "anak saya tidak kejang",
    "tahun 2022 pernah kejang, sekarang sehat",
    "dulu pernah demam tinggi waktu kemo pertama, sekarang baik",
    "suhu 37,5",
    "suhu normal",
    # the parent, the phone, the weather
    "saya bingung dengan hasil lab",
    "saya pusing mikirin biaya",
    "HP saya mau mati",
    "saya tidak sadar ada pesan",
    "ada step selanjutnya?",
    "cuaca panas sekali di sini",
    "dia sudah minum obat",
    "anak saya tidak mau minum obat",
    "anak saya sehat, makan dan minum baik",
]


def test_enough_realistic_messages() -> None:
    positives = INDONESIAN + INFORMAL_AND_MALAY
    assert len(positives) >= 40
    assert len(NEGATIVES) >= 25
    assert {category for _, category in positives} == set(Category)


@pytest.mark.parametrize(("text", "category"), INDONESIAN)
def test_indonesian(text: str, category: Category) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(("text", "category"), INFORMAL_AND_MALAY)
def test_informal_and_malay_spellings(text: str, category: Category) -> None:
    assert category in categories(text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_true_negatives(text: str) -> None:
    assert detect(text) == ()


def test_pas_is_when_not_the_french_negation() -> None:
    assert NEU in categories("kejang pas tidur")
    assert FEV in categories("demam pas malam")
