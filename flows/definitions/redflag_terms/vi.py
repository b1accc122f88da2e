"""Vietnamese red-flag vocabulary, typed with or without diacritics (syntax: see the
package docstring).

Entries are normalised, so they are the toneless spelling people type when they
skip diacritics ("sot" for sốt, "co giat" for co giật, "kho tho" for khó thở,
"chay mau" for chảy máu; `đ` is written `d`). Because the toneless spelling
merges words, phrases are preferred to single syllables: "mau" is máu (blood),
màu (colour) and mau (quick); "tu tu" is tự tử (suicide) but also từ từ
(slowly), so it is only matched after "muốn", "định", "nghĩ đến"...

Two things English and Spanish bring into every message:
* "no" is a negation there, but Vietnamese "nó" (he, she; parents say it of
  their child) folds to "no": "nó bị sốt" is an emergency. Every Vietnamese
  term may therefore start with "nó" and up to two words ("nó bị", "nó đang"),
  so the match itself holds the "no" and is not read as negated.
* "ngày" (day) and "năm" (year) are not labels or units here, because "sốt 3
  ngày nay, 39 độ" and "39 độ nằm li bì" must still read 39 as a temperature.

"Không" before a symptom cancels it ("không sốt"), but phrases that carry their
own "không" ("không thở được", "sốt không hạ") are emergencies.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from flows.definitions.redflag_terms import Category, LocaleTerms

# "Không" and its typed short forms.
_NOT_WORDS = r"khong|ko|k|khg|hong|hok|hem|chang"
_NOT = rf"(?:{_NOT_WORDS})"
# Optional "nó" (he/she) and up to two of "bị", "đang", "lại", "vẫn", "có"...
_NO = r"(?:no (?:(?:bi|dang|lai|van|co|cu|hay|moi|da|vua|con|cung|rat|hoi) ){0,2})?"
# Ends a stem exactly: "kg" but not "kgb"; digits may follow.
_END = r"(?![^\W\d_])"
# "Độ" (degree) after a reading: "39 độ", "39 độ 5", "39 độ C"; not Portuguese
# "dia 38 do tratamento".
_DO = (
    r"do(?=\s*(?:$|[^\w\s]|\d|[cf](?!\w)|(?:roi|ma|hon|nhung|luon|ruoi|va|kem|nua|a|ha|nhe|"
    r"vay|thi|sang|toi|chieu|trua|dem|khong|ko|k|co|lien|suot|tu|cao|la|roi)(?!\w)))"
)
# Treatment words that make "đợt ... trước" a reference to an earlier course.
_COURSE = r"(?:car-?t|cart|ghep|truyen|hoa tri|dieu tri|tai phat)"


def _whole(*terms: str) -> tuple[str, ...]:
    # Each syllable is a word: "lu du" must not find "lưu dưới".
    return tuple(rf"(?:{term})(?!\w)" for term in terms)


def _vi(*terms: str) -> tuple[str, ...]:
    return tuple(_NO + term for term in _whole(*terms))


# The lists are kept compact (several entries a line) so a reviewer sees a whole
# category at once; the formatter would put one word per line.
# fmt: off
TERMS: Mapping[Category, tuple[str, ...]] = MappingProxyType(
    {
        Category.FEVER: _vi(
            # Not "bỏ sót" (overlook), "thiếu sót" (shortcoming), "sống sót" (survive),
            # "sốt ruột" (anxious), nor "(thuốc) hạ sốt" (antipyretic, fever brought down).
            r"(?<!bo )(?<!thieu )(?<!ha )(?<!het )(?<!song )sot(?! ?ruot)",
            r"on (?:lanh|ret)", r"ret run", r"lanh run",
            r"run (?:ray|cam cap|lay bay|bac bac|cap)",
            r"(?:nguoi|than nguoi|tran|co the|tran be|nguoi be|nguoi con|trong nguoi) "
            r"(?:\w+ )?nong(?! ?ruot| tinh| long)(?!\w)",
            r"nong (?:ran|hap|ham hap|bung|hoi|sot)",
            r"(?:than )?nhiet(?: do)? (?:\w+ )?(?:cao|tang|len)(?!\w)",
            # "Sốt không hạ", "không hạ sốt được", "chưa cắt sốt": the fever stays.
            _NOT + r" (?:ha|giam|het|bot|cat|dut|xuong)(?: duoc| dc)? sot",
            r"chua (?:ha|giam|het|bot|cat|dut|xuong)(?: duoc)? sot",
            r"sot (?:\w+ )?(?:" + _NOT_WORDS + r"|chua) (?:ha|giam|het|bot|dut|cat|xuong)",
            r"(?:3[89]|4[0-2])(?:\.\d{1,2})?do(?:\d|c)?(?!\w)",
        ),
        Category.BREATHING_CIRCULATION: _vi(
            r"kho tho", r"tho (?:\w+ )?kho(?! khan)(?!\w)", r"kho khe",
            _NOT + r" (?:the )?tho (?:duoc|dc|noi)", r"tho (?:\w+ )?" + _NOT + r" (?:duoc|dc|noi)",
            _NOT + r" the tho", r"ngung tho", r"tat tho",
            r"tho (?:gap|doc|nhanh|manh|rit|hon hen|hoi hot|yeu|ngat quang|khe khe)",
            r"hut hoi", r"ngop tho", r"ngot ngat", r"thieu (?:oxy|khi|duong khi)",
            # "Ngất" (faint) and "ngạt" (suffocate), not "ngạt mũi" (stuffy nose),
            # "nghiêm ngặt" (strict) nor "ngắt kết nối" (disconnect).
            r"(?<!nghiem )ngat(?! (?:mui|huong|ngheo|ket|loi|quang|dien|mach))",
            r"(?:bi|lan|ngat) xiu", r"xiu (?:di|mat|xuong)",
            r"bat tinh", r"mat y thuc", r"hon me",
            r"(?:chong|choang) (?:mat|vang)", r"hoa mat", r"xay xam",
            r"tim (?:\w+ )?dap (?:\w+ )?(?:nhanh|manh|thinh thich|loan|lien hoi)",
            r"danh trong nguc", r"nhip tim (?:\w+ )?(?:nhanh|cao|loan)",
            r"moi (?:bi |hoi |da |chuyen )?tim(?!\w)(?! (?:thay|hieu|kiem|ra|duoc|cach|bac|"
            r"benh|thong|noi|cho|nguoi|viec|lai|ve|toi|den|tin|gi|so))",
            r"tim tai", r"tai tim", r"moi (?:\w+ )?tai nhot",
        ),
        Category.NEUROLOGICAL: _vi(
            r"co giat", r"giat (?:kinh|co|tay chan|lien tuc)", r"len con (?:co giat|dong kinh|giat)",
            r"dong kinh", r"kinh phong",
            r"(?:mat )?tron (?:nguoc|mat|trang)",
            _NOT + r" (?:con )?(?:nhan ra|nhan biet|biet) "
            r"(?:me|bo|ba|ai|nguoi than|minh|nguoi nha|gia dinh)",
            r"lu lan", r"lu du", r"lo mo", r"lo do", r"me man", r"me sang",
            r"noi (?:sang|lam nham|linh tinh|nham|khong ra loi)", r"ao giac",
            r"(?:ngu )?li bi", r"ngu (?:nhieu|li bi|mai|suot) (?:\w+ )?(?:bat thuong|khong day)",
            r"(?:goi|lay|danh thuc|danh|keu) (?:\w+ )?(?:" + _NOT_WORDS + r"|chang) (?:day|tinh)",
            r"(?:kho|" + _NOT_WORDS + r") (?:the )?(?:danh thuc|goi day)",
            r"(?:khong|ko|k) (?:chiu )?(?:tinh day|tinh lai)(?!\w)",
            _NOT + r" (?:con )?(?:phan ung|phan xa|tuong tac|phan hoi|giao tiep)"
            r"(?![^.,;!?\n]{0,40}(?:thuoc|dieu tri|hoa tri|hoa chat|car-?t|lieu phap))",
            r"(?:run|rung) (?:tay|chan)", r"(?:tay|chan) (?:\w+ )?run(?!\w)",
            r"yeu (?:nua nguoi|mot ben|tay|chan|liet)", r"(?<!nhiet )(?<!manh )liet(?! ke)",
            r"meo (?:mieng|mat|mom)",
            r"noi (?:\w+ )?(?:ngong|lap|kho|khong ro|khong ra tieng|ngong)(?!\w)",
            r"(?:khong|ko|k) (?:the )?(?:noi|di|dung day|cu dong|nhac tay) (?:duoc|dc)",
            r"(?:kho|khong|ko|k) (?:tim|nghi ra) (?:tu|chu)(?!\w)",
            r"mem (?:oat|nhun|nhu bun)", r"hanh dong (?:la|ky la|bat thuong)",
            r"(?:te|mat cam giac) (?:nua|mot ben|tay|chan)",
        ),
        Category.BLEEDING: _vi(
            r"chay mau", r"xuat huyet", r"mau cam",
            r"(?:non|oi|ho|khac|tieu|dai|di ngoai|di cau|ia|di tieu|di phan|oc) "
            r"(?:ra |co |lan )?mau(?!\w)",
            r"(?:nuoc tieu|phan|cho|dom|nuoc bot|ta|bim|chat non) (?:\w+ )?(?:co|lan|dinh) mau",
            r"mau (?:\w+ )?trong (?:nuoc tieu|phan|cho|dom|chat non)",
            r"tieu (?:ra )?mau",
            r"(?:phan|di ngoai|di cau) (?:\w+ )?(?:mau )?(?:den|hac|nhu ba ca phe)(?!\w)",
            r"nuoc tieu (?:\w+ )?(?:mau )?(?:do|hong|nau do|nhu nuoc tra)(?!\w)",
            r"mau (?:\w+ )?(?:" + _NOT_WORDS + r"|chua) (?:cam|ngung|dung|het)",
            _NOT + r" cam (?:duoc )?mau",
            r"bam tim", r"vet bam", r"bam (?:den|xanh)", r"tu mau",
            # "Nốt đỏ" (red spots), not English "(do) not do".
            r"(?:cham|dom) (?:\w+ )?(?:do|tim|xuat huyet)",
            r"(?:noi|nhung|cac|mot so|vai|nhieu|co) not (?:\w+ )?(?:do|tim|xuat huyet)",
            r"not (?:do|tim|xuat huyet) (?:li ti|nho|khap|tren|o|lan)",
            r"(?:dau|nhuc) dau (?:\w+ )?(?:du doi|kinh khung|nhu bua bo|khung khiep|rat nang|"
            r"chiu khong noi|khong chiu noi|nhu bua)",
        ),
        Category.OTHER_URGENT: _vi(
            # "Cứng cổ" (stiff neck), not "cũng có" (also has) nor "(điều trị) củng cố"
            # (consolidation): only before a pause or "và", "quá", "lắm"...
            r"(?<!tri )(?<!doan )(?<!dot )(?<!do )cung co(?=\s*(?:$|[^\w\s]|(?:va|qua|lam|lai|gay|"
            r"nua|roi|kem|khong|ko|k|het)(?!\w)))",
            r"co (?:bi|rat|hoi) cung", r"gay cung co",
            _NOT + r" (?:cui|quay|xoay) (?:duoc )?(?:co|dau)(?!\w)",
            r"(?:mat|nhin|thi luc) (?:\w+ )?(?:mo|mo di|nhoe|nhoa|khong ro)(?!\w)",
            r"nhin (?:\w+ )?(?:doi|thay hai|thay 2|hai hinh)(?!\w)",
            _NOT + r" nhin (?:thay|ro|duoc)", r"(?:mat|giam) thi luc",
            r"dau nguc", r"tuc nguc", r"nguc (?:\w+ )?(?:dau|tuc|nhoi|that)", r"(?:nhoi|that) nguc",
            r"non (?:mua|oi|ra|nhieu|lien|lien tuc|hoai|suot|het|moi|\d|trong|ca)(?!\w)",
            r"(?:bi|hay|cu|van|dang|be|con|chau|em) non(?!-)", r"oi mua",
            r"oi (?:ra|nhieu|lien|hoai|suot|het|\d)(?!\w)", r"(?:bi|hay|cu|van|dang) oi(?!\w)",
            r"tieu chay", r"phan long", r"di (?:ngoai|cau|ia|phan) (?:\w+ )?(?:long|toe|nuoc|"
            r"nhieu lan|lien tuc|\d+ lan)",
            _NOT + r" (?:chiu |the |muon )?(?:an )?uong(?! thuoc)(?!\w)",
            r"uong (?:\w+ )?" + _NOT + r" (?:duoc|vao)", r"bo (?:uong|bu|an uong)",
            _NOT + r" (?:chiu )?bu(?!\w)",
            r"(?:it|khong|ko|k|hong) (?:di )?tieu(?! chay| duong| hoa)(?!\w)",
            r"tieu (?:\w+ )?it(?!\w)", r"bi tieu",
            r"(?:nuoc tieu|tieu tien) (?:\w+ )?(?:it|giam)(?!\w)", r"(?:ta|bim) (?:\w+ )?kho(?!\w)",
            # "Nổi ban" (rash), not "nơi bạn" (where you): "tại nơi bạn ở".
            r"phat ban", r"(?<!tai )(?<!o )(?<!den )(?<!toi )(?<!tu )(?<!ve )noi "
            r"(?:ban|man|me day|mun do|not do|cham do)(?! (?:dang|dieu tri|song|o|sinh|lam|hoc|can|"
            r"muon|chon|gui|chua))",
            r"man (?:do|ngua)",
            r"me day",
        ),
        Category.SELF_HARM: _whole(
            r"(?:muon|dinh|nghi (?:den|toi|ve|chuyen)|y dinh|y nghi|toan|co y|thu|tinh) "
            r"(?:\w+ )?tu (?:tu|sat)(?!\w)",
            r"tu sat", r"muon (?:\w+ )?chet(?!\w)",
            r"(?:khong|ko|k|chang) (?:con )?(?:muon|thiet) song", r"chan song",
            r"ket lieu (?:\w+ )?(?:doi|ban than|cuoc song|minh)",
            r"(?:lam|gay) (?:hai|dau) (?:chinh )?ban than", r"tu lam hai", r"tu hai ban than",
            r"tu (?:cat|rach) (?:tay|co tay)", r"chet (?:di )?cho (?:xong|roi|khoe)",
            r"khong (?:con )?ly do (?:de )?song", r"song (?:khong|chang) bang chet",
        ),
    }
)

TEMPERATURE_WORDS: tuple[str, ...] = (
    r"sot(?!\w)", "nhiet", _DO, r"cap nhiet",
)

NEGATIONS: tuple[str, ...] = (
    "khong", "ko", "k", "khg", "hok", "hem", "chang",
    # "Hông" (no, southern) but not "họng" (throat): "viêm họng sốt".
    r"(?<!viem )(?<!dau )(?<!ho )(?<!rat )hong",
    "chua", "het", r"da het", r"khong con",
)

NEGATIONS_AFTER: tuple[str, ...] = (
    r"da (?:ha|giam|het|khoi|cat|lui|bot|dut)", r"(?:ha|giam|het|khoi|cat|lui|dut) (?:roi|het)",
    r"khong co", r"khong con",
)

PAST_MARKERS: tuple[str, ...] = (
    r"nam (?:19|20)\d\d(?!\d)", r"(?:\d+|mot|hai|ba|vai|may) (?:nam|thang) (?:ve )?truoc",
    r"nam (?:ngoai|truoc|roi)(?!\w)", r"thang truoc", r"tuan truoc", r"truoc (?:day|kia)",
    r"hoi (?:truoc|nho|be|xua)(?!\w)", r"(?:da )?tung (?:bi|co)", r"lan truoc", r"ngay xua",
    r"luc (?:moi )?(?:chan doan|phat hien)",
    r"(?:dot|lan) " + _COURSE + r" (?:dau|truoc|thu nhat|dau tien)",
    r"(?:dot|lan) (?:truoc|dau tien)",
)

CLAUSE_BREAKS: tuple[str, ...] = (
    r"bay gio", r"hien (?:tai|gio|nay)", r"hom nay", r"sang nay", r"toi nay", r"dem nay",
    r"chieu nay", r"gio thi", r"tuy nhien", r"nhung ma",
    # "Nhưng" (but) is also "những" (plural marker): only before a subject or "now".
    r"nhung(?= (?:gio|bay gio|hien|hom nay|sang nay|toi nay|dem nay|lai|van|con|be|chau|no|"
    r"em|chong|vo)(?!\w))",
)

NEGATION_STOPS: tuple[str, ...] = (
    "va", "neu", "chac", "biet", "hieu", "sao", "vi", "hay", "hoac", "roi", "nen", "thi",
    "lo", "so", "nghi", "ma", "duoc", "dc", "an", "ngu", "choi", "non",
)

REPEAT_MARKERS: tuple[str, ...] = (
    r"(?:bi|sot|co giat|non|chay mau|len con) lai(?!\w)", r"lai (?:bi|sot|len|co giat|non|chay)",
    r"van (?:con|bi|sot)", r"tai (?:lai|dien)", r"tro lai", r"tiep tuc", r"lan nua",
)

NEGATIVE_PARTICLES: tuple[str, ...] = ("khong", "ko", "k", "khg", "chua", "chang")

MEASURE_UNITS: tuple[str, ...] = (
    r"tuoi", r"can" + _END, r"thang" + _END, r"tuan" + _END,
    r"ngay(?! thu| hom| nay| mai)" + _END, r"phut", r"dong" + _END, r"nghin", r"ngan" + _END,
    r"trieu", r"k" + _END, r"phan tram", r"te bao",
)

MEASURE_LABELS: tuple[str, ...] = (
    r"tuoi", r"can nang", r"nang" + _END, r"chieu cao", r"ngay thu", r"tieu cau", r"bach cau",
    r"hong cau", r"huyet sac to", r"sinh nam", r"sinh ngay", r"mach" + _END, r"nhip tim",
    r"huyet ap", r"lieu" + _END, r"ma so",
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
