"""Red-flag detection on realistic Vietnamese messages, with and without diacritics.

Each positive names the category it must raise (others may fire too: a false
alarm is acceptable, a miss is not). Each negative must raise nothing. Every
locale's vocabulary is active, as in production.

Known misses, accepted (the toneless spelling cannot tell them apart):
* "tu tu" alone is both tự tử (suicide) and từ từ (slowly, very common); only
  "muốn/định/nghĩ đến tự tử" and "tự sát" fire.
* A bare "nôn" (also "non", young) or "ói" (also "ơi", the vocative) does not
  fire; "bé nôn", "nôn nhiều", "ói liên tục" do.
* "Không" cancels a symptom up to two words later (unless "ăn", "ngủ", "được",
  "và"... come between), so "bé không khóc sốt cao" loses "sốt"; a reading
  such as "39 độ" in the same message still fires.
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

VIETNAMESE = [
    # fever: readings and words
    ("Bé sốt 39 độ từ sáng", FEV),
    ("be sot 38.5", FEV),
    ("Con sốt 39,5 độ C", FEV),
    ("nhiệt độ 38.7", FEV),
    ("bé bị sốt 39 độ 5", FEV),
    ("be 39do", FEV),
    ("con bi sot cao", FEV),
    ("nó bị sốt suốt đêm", FEV),
    ("bé ớn lạnh, run cầm cập", FEV),
    ("người bé nóng ran", FEV),
    ("sốt không hạ dù đã uống thuốc", FEV),
    ("uống hạ sốt mà không hạ sốt được", FEV),
    ("sau CAR-T 5 ngày bé sốt lại", FEV),
    ("bé viêm họng sốt cao", FEV),
    ("sốt 3 ngày nay, 39 độ", FEV),
    # breathing and circulation
    ("bé khó thở", BRE),
    ("con thở gấp, môi tím tái", BRE),
    ("ko thở được", BRE),
    ("nó ngất xỉu trong nhà tắm", BRE),
    ("bé bị chóng mặt nhiều", BRE),
    ("tim đập nhanh quá", BRE),
    ("bé hôn mê", BRE),
    # neurological
    ("bé co giật 5 phút", NEU),
    ("nó co giật", NEU),
    ("gọi không dậy", NEU),
    ("không đánh thức được", NEU),
    ("bé li bì, không phản ứng", NEU),
    ("không nhận ra mẹ", NEU),
    ("bé lơ mơ, nói lảm nhảm", NEU),
    ("tay run, yếu nửa người", NEU),
    ("nói khó, méo miệng", NEU),
    ("mắt trợn ngược", NEU),
    ("khó tìm từ", NEU),
    # bleeding
    ("chảy máu cam không cầm được", BLE),
    ("bé đi ngoài ra máu", BLE),
    ("nước tiểu có máu", BLE),
    ("phân đen", BLE),
    ("nôn ra máu", BLE),
    ("bầm tím khắp người", BLE),
    ("nổi chấm đỏ li ti ở chân", BLE),
    ("đau đầu dữ dội", BLE),
    ("bé chảy máu chân răng", BLE),
    # other urgent
    ("cứng cổ", OTH),
    ("nhìn mờ, nhìn đôi", OTH),
    ("đau ngực", OTH),
    ("nôn liên tục", OTH),
    ("ói nhiều", OTH),
    ("tiêu chảy 10 lần", OTH),
    ("bé không chịu uống nước cả ngày", OTH),
    ("bé bỏ bú", OTH),
    ("ít đi tiểu", OTH),
    ("tã khô cả ngày", OTH),
    ("nổi ban sau ghép tủy", OTH),
    ("bé nổi mẩn đỏ sau ghép", OTH),
    # self-harm
    ("em muốn chết", SELF),
    ("tôi muốn tự tử", SELF),
    ("mình nghĩ đến chuyện tự tử", SELF),
    ("không muốn sống nữa", SELF),
    ("tự làm hại bản thân", SELF),
]

VIETNAMESE_NO_DIACRITICS = [
    ("be bi sot 39 do", FEV),
    ("sot cao 40 do", FEV),
    ("no bi sot tu toi qua", FEV),
    ("chua ha sot duoc", FEV),
    ("be kho tho lam", BRE),
    ("k tho dc", BRE),
    ("be ngat xiu", BRE),
    ("be bi co giat", NEU),
    ("goi khong day", NEU),
    ("chay mau cam", BLE),
    ("di ngoai ra mau", BLE),
    ("dau nguc", OTH),
    ("non nhieu, tieu chay", OTH),
    ("ko chiu uong nuoc", OTH),
    ("khong muon song nua", SELF),
    ("muon tu tu", SELF),
]

NEGATIVES = [
    # ages, weights, labs, dates and days
    "bé 38 tháng tuổi",
    "con nặng 38 kg",
    "mẹ 38 tuổi",
    "CD19 38%",
    "ngày 12.03.2025 chọc tủy",
    "38 ngày sau CAR-T",
    "tiểu cầu 38",
    "tế bào blast 38%",
    "bé 3 tuổi, nặng 14 kg",
    "phòng 38",
    "nhập viện ngày 12/3",
    # the education pages' vocabulary
    "bé bị tái phát sau CAR-T",
    "bé đã lui bệnh, MRD âm tính",
    "ghép tủy xương tháng sau",
    "xét nghiệm đếm tế bào dòng chảy",
    "con đã tiêm CD19 CAR-T năm 2023, tái phát CD19 âm tính",
    "xét nghiệm máu thứ hai",
    "truyền máu hôm qua",
    # negations and history
    "bé không sốt",
    "ko sot",
    "nó không sốt",
    "không còn sốt nữa",
    "hết sốt rồi",
    "sốt đã hạ",
    "bé không chảy máu, không bầm tím",
    "bé không nôn",
    "năm 2022 bé bị co giật, giờ khỏe rồi",
    "nhiệt độ 37.5",
    "nhiệt độ bình thường",
    # everyday words that share a toneless spelling
    "em sốt ruột quá",
    "xin lỗi em bỏ sót tin nhắn",
    "cho em hỏi thuốc hạ sốt nào dùng được",
    "bé viêm họng nhẹ",
    "em từ từ đọc tài liệu",
    "mình mới tìm hiểu về CAR-T",
    "điện thoại em hết pin",
    "em không hiểu kết quả",
    "bé ăn uống bình thường",
    "đi ngoài bình thường",
    "em muốn hỏi về thử nghiệm lâm sàng",
]


def test_enough_realistic_messages() -> None:
    positives = VIETNAMESE + VIETNAMESE_NO_DIACRITICS
    assert len(positives) >= 40
    assert len(NEGATIVES) >= 25
    assert {category for _, category in positives} == set(Category)


@pytest.mark.parametrize(("text", "category"), VIETNAMESE)
def test_vietnamese(text: str, category: Category) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(("text", "category"), VIETNAMESE_NO_DIACRITICS)
def test_vietnamese_without_diacritics(text: str, category: Category) -> None:
    assert category in categories(text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_true_negatives(text: str) -> None:
    assert detect(text) == ()


def test_history_returns_with_a_repeat_marker() -> None:
    assert NEU in categories("bé lại bị co giật như năm 2022")
