"""Indonesian red-flag vocabulary, with informal chat spellings and Malay forms
(syntax: see the package docstring).

Families write "gak/ga/nggak/tdk" for "tidak", "bgt" for "banget", repeat a
word with "2" ("kejang2", "biru2") and mix in Malay ("pengsan", "sawan", "tak
nak minum", "cirit-birit", "kebas"). Stems cover the affixes where the root
comes first ("demam" finds demamnya, "muntah" finds muntah-muntah); prefixed
forms are listed ("menggigil", "berdarah", "dibangunkan").

Words that also describe the parent are held to a context: "saya bingung"
(I am confused about the results) and "HP saya mau mati" (my phone is dying)
do not fire, "anaknya bingung" and "saya ingin mati" do. "Darah" (blood) alone
never fires: "cek darah", "transfusi darah" and "kanker darah" (leukaemia) are
the education pages' own words.

"Pas" is "when" here ("pas tidur kejang"), which is why the French negation
"pas" is only read before "de"/"eu"/"fait".
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from flows.definitions.redflag_terms import Category, LocaleTerms

# "Tidak" and its chat forms (Malay "tak" is listed where it is unambiguous).
_NOT_WORDS = r"tidak|tdk|gak|ga|gk|nggak|ngga|enggak|engga|ndak|nda|kagak|tak"
_NOT = rf"(?:{_NOT_WORDS})"
# "Can't": tidak bisa, gak bisa, tak boleh (Malay), ...; "hard to": susah, sulit.
_CANT = rf"(?:{_NOT_WORDS}) (?:bisa|bs|boleh|mampu|sanggup)"
_HARD = rf"(?:susah|sulit|sukar|kesulitan|payah|{_CANT})"
_BREATH = r"(?:ber)?n[ae][pf]as"
# Ends a stem exactly: "kg" but not "kgb"; digits may follow.
_END = r"(?![^\W\d_])"
# Treatment words that make "CAR-T pertama ... sempat" a reference to an earlier course.
_COURSE = r"(?:car-?t|cart|transplantasi|transplan|kemo\w*|siklus|induksi|terapi|pengobatan|infus)"
# The parent speaking about themself: "saya bingung", "aku gemetar baca hasilnya".
_NOT_ME_BUT_SAYA = r"(?<!aku )(?<!kami )(?<!sy )(?<!aq )(?<!gw )(?<!gue )(?<!kita )"
_NOT_ME = r"(?<!saya )" + _NOT_ME_BUT_SAYA

# The lists are kept compact (several entries a line) so a reviewer sees a whole
# category at once; the formatter would put one word per line.
# fmt: off
TERMS: Mapping[Category, tuple[str, ...]] = MappingProxyType(
    {
        Category.FEVER: (
            "demam", "demem", r"deman" + _END, "dmam", "febris", "meriang",
            # Squeezed: "menggigil" and "mengigil" both read "mengigil".
            "mengigil", r"gigil(?:an)?(?!\w)", r"kedinginan (?:dan|sama|tapi) panas",
            # Not the weather: "cuaca panas sekali".
            r"(?<!cuaca )(?<!cuacanya )(?<!udara )(?<!udaranya )panas (?:tinggi|dingin|badan|lagi|"
            r"terus|naik|banget|bgt|sekali|skali|sejak|dari|\d)",
            r"(?:badan|tubuh|dahi|kening|kepala|leher)\w* (?:\w+ )?(?:anget|hangat|panas)(?!\w)",
            r"suhu\w* (?:\w+ )?(?:tinggi|naik|panas)(?!\w)",
            r"(?:anak|dia|adik|adek|bayi|baby|si kecil|kakak|suami|istri|ibu|bapak|budak|"
            r"cucu)\w* (?:\w+ )?panas(?! (?:hati|cuaca|matahari))(?!\w)",
            r"panas\w* (?:\w+ )?(?:" + _NOT_WORDS + r"|belum|blm) (?:turun|reda|hilang)",
        ),
        Category.BREATHING_CIRCULATION: (
            "sesak", "sesek",
            _HARD + r" (?:untuk )?" + _BREATH,
            _BREATH + r"\w* (?:\w+ )?(?:cepat|cepet|berat|pendek|tersengal|sesak|bunyi|ngik|"
            r"megap|satu-satu|tidak teratur|berhenti|tersendat)",
            r"(?:" + _NOT_WORDS + r"|berhenti) " + _BREATH, "ngos-?ngosan", "tersengal",
            r"megap-?megap", r"mengi(?!\w)", r"ngik(?:-?ngik)?(?!\w)",
            "pingsan", "pengsan", "pitam",
            _NOT_ME + r"(?:" + _NOT_WORDS + r") sadar(?:kan diri)?"
            r"(?! (?:bahwa|kalau|kalo|klo|kl|jika|diri|dgn|dengan))(?!\w)",
            r"hilang kesadaran", r"kehilangan kesadaran", r"penurunan kesadaran",
            r"pusing(?! (?:dengan|dgn|sama|soal|mikir|memikirkan|baca|liat|lihat|masalah|biaya|"
            r"ngurus|urus|cari|pilih|mau|harus|apa|gimana|bagaimana))",
            r"pening(?! (?:dengan|sama|fikir|pikir))", r"k(?:e)?liyengan", "berkunang", "oleng",
            r"jantung\w* (?:\w+ )?(?:berdebar|berdetak (?:\w+ )?(?:cepat|kencang)|cepat|kencang|"
            r"dag dig dug|deg-?degan)",
            r"dada\w* (?:\w+ )?berdebar", "palpitasi", "takikardi",
            r"bibir\w* (?:\w+ )?(?:biru|kebiruan|membiru|ungu|keunguan|kehitaman)",
            "membiru", "kebiruan", "sianosis",
        ),
        Category.NEUROLOGICAL: (
            "kejang", "sawan", "kelojotan", "epilepsi", r"ayan" + _END,
            r"(?:kena|sempat|terkena|lagi|mau|jadi|sampai|sampe) step(?!\w)",
            r"kedutan (?:terus|di (?:wajah|muka|tangan|kaki)|seluruh)",
            r"mata\w* (?:\w+ )?(?:mendelik|melotot ke atas|ke atas terus|terbalik)", "mendelik",
            # Not the parent: "saya bingung dengan hasil lab".
            r"(?:anak|dia|adik|adek|bayi|si kecil|pasien|suami|istri|bapak|ibu|kakak|"
            r"cucu)\w* (?:\w+ )?(?:bingung|linglung)",
            r"(?<!(?<!anak )saya )" + _NOT_ME_BUT_SAYA + r"(?<!masih )(?<!jadi )(?<!agak )bingung"
            r"(?! (?:dengan|dgn|sama|soal|mau|harus|cara|kenapa|knp|apa|gimana|bagaimana|baca|"
            r"memahami|memilih|pilih|milih|nih|deh|tentang|ttg|mengenai|membaca|ngisi|mengisi|"
            r"hasil|jawab|menjawab))",
            "linglung", "ngelantur", r"(?:me)?ngigau", "meracau", r"(?:ber)?halusinasi",
            _NOT + r" (?:mengenali|kenal|mengenal|ngenalin|ngenalin) (?:saya|aku|ibunya|ayahnya|"
            r"mamanya|papanya|orang|kami|siapa|kita|ibu|ayah|mama|papa|bundanya|keluarga)",
            _HARD + r" (?:di)?bangun(?:kan|in)",
            _NOT + r" bangun(?:-?bangun|2)(?!\w)", r"(?:susah|sulit) bangun",
            _NOT + r" (?:ada )?(?:respon|respons|merespon|merespons|bereaksi|menanggapi|nyaut|"
            r"menyahut|menjawab|interaksi|berinteraksi)"
            r"(?![^.,;!?\n]{0,40}(?:obat|kemo|terapi|pengobatan|perawatan|car-?t))",
            r"(?:lemas|lemes|lemah) (?:sekali|banget|bgt|skali|sangat|tak berdaya|tidak berdaya|"
            r"gak berdaya)",
            r"(?:sangat|sgt|amat) (?:lemas|lemes|mengantuk|ngantuk)", "lunglai", "terkulai",
            r"(?:lemah|lemas) (?:sebelah|separuh|satu sisi)",
            r"(?:tangan|kaki|lengan)\w* (?:\w+ )?(?:lemah|lumpuh|tidak bisa (?:di)?gerak|"
            r"gak bisa (?:di)?gerak|mati rasa|kebas)",
            "lumpuh", r"mati rasa", r"kebas" + _END,
            r"(?:mulut|wajah|muka|bibir)\w* (?:\w+ )?(?:mencong|miring|perot|turun sebelah)",
            "mencong",
            r"(?:bicara|ngomong|omongan|cakap)\w* (?:\w+ )?(?:pelo|tidak jelas|gak jelas|ga jelas|"
            r"ngawur|kacau|aneh|ngelantur|cadel tiba)",
            _HARD + r" (?:bicara|berbicara|ngomong|bercakap|jalan|"
            r"berjalan|berdiri|mencari kata|menemukan kata|menggerakkan)",
            r"(?:tangan|kaki)\w* (?:\w+ )?(?:gemetar|gemeter|bergetar)",
            _NOT_ME + r"gemetar(?:an)?(?! (?:karena|krn|karna) (?:takut|cemas|khawatir))",
            r"kesadaran\w* (?:\w+ )?(?:turun|menurun|hilang)",
            r"(?:ngantuk|mengantuk) (?:terus|berat|sekali|banget|bgt)",
            r"(?:perilaku|tingkah|kelakuan)\w* (?:\w+ )?aneh",
        ),
        Category.BLEEDING: (
            r"p[ae]r?darahan", "pendarahan", "berdarah", "mimisan", r"keluar darah",
            r"darah (?:\w+ )?(?:keluar|mengucur|terus|tidak berhenti|gak berhenti|ga berhenti|"
            r"tdk berhenti|tak berhenti|nggak berhenti)",
            r"darah (?:\w+ )?(?:di|dalam|dlm|pada) (?:urin|air kencing|kencing|pipis|feses|tinja|"
            r"bab|pup|kotoran|muntah|popok|pampers|ludah|dahak|gusi|hidung|mulut)",
            r"(?:kencing|pipis|bak|bab|pup|berak|eek|muntah|batuk|ludah|meludah)\w* "
            r"(?:\w+ )?(?:ber)?darah",
            r"(?:urin|air kencing|kencing|pipis)\w* (?:\w+ )?(?:merah|coklat tua|seperti teh|"
            r"spt teh)",
            r"(?:feses|tinja|bab|pup|kotoran|berak|eek)\w* (?:\w+ )?hitam", "melena",
            "memar", "lebam", r"biru(?:-?biru|2)",
            r"(?:bintik|bintil|titik|ruam)(?:-?bintik|2)?\w* (?:\w+ )?(?:merah|ungu|keunguan)",
            r"petek(?:i|ie|ia)", "peteki",
            r"sakit kepala (?:\w+ )?(?:hebat|parah|berat|sekali|banget|bgt|luar biasa|"
            r"tak tertahan|tidak tertahan|sangat|mendadak)",
            r"(?:sangat|amat) sakit kepala",
            r"kepala\w* (?:\w+ )?(?:sakit|nyeri|pusing) (?:sekali|banget|bgt|hebat|parah|"
            r"luar biasa)",
            r"pusing (?:hebat|berat|banget|bgt|sekali|parah)",
        ),
        Category.OTHER_URGENT: (
            r"kaku kuduk", r"leher\w* (?:\w+ )?kaku",
            r"(?:" + _NOT_WORDS + r"|susah|sulit) (?:bisa )?(?:menunduk|nunduk|menekuk leher|"
            r"gerakkan leher)",
            r"(?:penglihatan|pandangan|mata)\w* (?:\w+ )?(?:kabur|buram|burem|berbayang|ganda|"
            r"dobel|double|gelap|rabun tiba)",
            r"(?:melihat|lihat|liat)\w* (?:\w+ )?(?:dobel|double|ganda|berbayang)",
            _CANT + r" (?:melihat|lihat|liat)(?! (?:tombol|pesan|file|gambar|foto|hasil|link))",
            r"(?:nyeri|sakit|sesak) dada",
            r"dada\w* (?:\w+ )?(?:sakit|nyeri|sesak|tertekan|berat|terasa ditekan|seperti ditindih)",
            "muntah", "mencret", "diare", "cirit", r"(?:bab|berak|pup|eek)\w* (?:\w+ )?(?:cair|"
            r"encer|terus|air|\d+ ?(?:x|kali))",
            r"buang air (?:besar )?(?:\w+ )?(?:terus|cair|encer)",
            _NOT + r" (?:mau |bisa |nak |boleh |ingin |pernah )?minum"
            r"(?! (?:obat|ubat|vitamin|suplemen|jamu))",
            r"(?:menolak|nolak|susah|sulit|ogah) minum(?! (?:obat|ubat|vitamin|suplemen|jamu))",
            _NOT + r" (?:mau |bisa )?(?:menyusu|nyusu|netek|nenen|mimik)",
            r"(?:jarang|sedikit|" + _NOT_WORDS + r"|belum|blm) (?:sekali )?(?:kencing|pipis|bak|"
            r"buang air kecil)",
            r"(?:kencing|pipis|bak|air kencing)\w* (?:\w+ )?(?:sedikit|jarang|berkurang|"
            r"tidak keluar|gak keluar|ga keluar)",
            r"(?:popok|pampers)\w* (?:\w+ )?kering",
            "ruam", "biduran", r"bentol-?bentol",
            r"(?:kulit|badan)\w* (?:\w+ )?(?:kemerahan|merah-?merah|bintik-?bintik)",
        ),
        Category.SELF_HARM: (
            r"bunuh diri",
            r"(?<!hp )(?<!hp saya )(?<!hp aku )(?<!hpku )(?<!baterai )(?<!batre )(?<!baterei )(?:ingin|mau|pengen|pengin|pingin|"
            r"kepingin|nak|rasanya ingin|rasanya mau) (?:\w+ )?mati"
            r"(?! (?:rasa|lampu|listrik|kutu|baterai|batre))(?!\w)",
            r"mengakhiri (?:hidup|nyawa)", r"akhiri hidup",
            _NOT + r" (?:mau|ingin|pengen|sanggup|kuat|nak) (?:\w+ )?hidup(?: lagi)?(?!\w)",
            r"(?:menyakiti|melukai|nyakitin|lukai|sakiti|sakitin) diri",
            r"(?:lebih baik|mending|lebih baik saya|lebih baik aku) mati", r"(?:capek|lelah) hidup",
            r"(?:potong|iris|sayat) (?:urat )?nadi", r"gantung diri", r"minum racun",
        ),
    }
)

TEMPERATURE_WORDS: tuple[str, ...] = (
    "suhu", "demam", "panas", "derajat", "drajat", "celcius", "termometer", "diukur",
    r"ukur" + _END, "meriang",
    # "Demam saat ini 39": "saat" (when) squeezes to "sat", the English label for oxygen
    # saturation; as a temperature word at the same place it keeps the reading a fever.
    r"saat(?= (?:ini|diukur|dicek|di ?cek|di ?ukur|diperiksa|periksa|cek|ukur|malam|pagi|siang|"
    r"sore|tidur|bangun))",
    # "Naik ke 39", "sampai 40": read in the text before the number, so `\s*$` is "just before".
    r"naik(?=(?: ke| sampai| sampe| jadi)?\s*$)", r"(?:sampai|sampe|mencapai|nyampe)(?=\s*$)",
)

NEGATIONS: tuple[str, ...] = (
    "tidak", "tdk", "gak", "ga", "gk", "nggak", "ngga", "enggak", "engga", "ndak", "nda",
    "kagak", "bukan", "belum", "blm", "tanpa", "tiada", "takde", r"bebas",
    # Malay "tak" only in phrases: alone it is also Russian-in-Latin "tak" (so),
    # "tak silno bolit".
    r"tak (?:ada|pernah|lagi|ade)",
)

NEGATIONS_AFTER: tuple[str, ...] = (
    r"(?:sudah|udah|sdh|dah|telah) (?:turun|reda|hilang|normal|sembuh|tidak ada|gak ada|"
    r"ga ada|berhenti|negatif)",
    r"(?:tidak|tak|gak|ga|nggak|tdk) ada", "negatif", "normal", r"hilang(?! timbul)", "reda",
)

PAST_MARKERS: tuple[str, ...] = (
    r"(?:tahun|thn|th|pada|di) (?:19|20)\d\d(?!\d)",
    r"(?:\d+|se|satu|dua|tiga|beberapa|bbrp) (?:tahun|thn|bulan|bln) (?:yang |yg )?lalu",
    r"(?:tahun|thn|bulan|bln|minggu|mgg) (?:yang |yg )?lalu", r"(?:tahun|bulan) lepas",
    r"(?:dulu|dahulu) (?:pernah|sempat|waktu|sewaktu|pas|saat|ketika)",
    r"(?:waktu|sewaktu|zaman|jaman) (?:dulu|kecil|bayi|balita|diagnosa|diagnosis)", "dahulu",
    "sebelumnya", r"sebelum ni(?!\w)", "riwayat", "pernah",
    r"(?:pas|saat|ketika) (?:kecil|bayi|diagnosa|diagnosis)",
    _COURSE + r" (?:yang |yg )?(?:pertama|sebelumnya|dulu|lalu)[^.!?\n]*(?<!\w)sempat(?!\w)",
    r"sempat[^.!?\n]*" + _COURSE + r" (?:yang |yg )?(?:pertama|sebelumnya|dulu)",
)

CLAUSE_BREAKS: tuple[str, ...] = (
    "tapi", "tp", "tetapi", "namun", "sekarang", "skrg", "skrng", "skr", "kini",
    r"(?:hari|hr) (?:ini|ni)", r"(?:malam|pagi|siang|sore) (?:ini|ni)", r"saat ini", "tadi",
    "barusan",
)

NEGATION_STOPS: tuple[str, ...] = (
    "dan", "dn", "kalau", "kalo", "klo", "kl", "jika", "apakah", "apa", "mungkin", "karena",
    "krn", "karna", "cuma", "cuman", "hanya", "tahu", "tau", "takut", "khawatir", "kuatir",
    "cemas", "kenapa", "knp", "bagaimana", "gimana", "gmn", "kapan", "yakin", "pikir", "kira",
    "atau", "ato", "serta", "lalu", "kemudian", "terus", "bisa", "mau",
)

REPEAT_MARKERS: tuple[str, ...] = (
    r"lagi(?!\w)", "kambuh", "masih", r"kembali", r"muncul lagi", r"berulang",
)

NEGATIVE_PARTICLES: tuple[str, ...] = (
    "tidak", "tdk", "gak", "ga", "gk", "nggak", "ngga", "enggak", "tak", "belum", "blm",
    "susah", "sulit",
)

MEASURE_UNITS: tuple[str, ...] = (
    "tahun", r"thn" + _END, r"th" + _END, "bulan", r"bln" + _END, "minggu", r"mgg" + _END,
    "hari", r"jam" + _END, "menit", r"kali" + _END, "persen", "ribu", r"rb" + _END, "juta",
    r"jt" + _END, r"x" + _END,
)

MEASURE_LABELS: tuple[str, ...] = (
    "umur", "usia", "berat", r"bb" + _END, r"tb" + _END, r"tinggi badan", "leukosit",
    "neutrofil", "kamar", "nomor", "dosis", "siklus", "lahir", "nadi", "tensi", r"hari ke",
    r"gula darah",
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
