"""French red-flag vocabulary, with or without accents and in texting spelling
(syntax: see the package docstring).

Entries are normalised: no accents, apostrophes dropped ("narrive pas a
respirer" for n'arrive pas à respirer, "sest evanoui", "manque dair",
"aujourdhui"), "œ" kept or written "oe" ("c(?:oe|œ)ur"). Several stems are
already English and match French too ("convuls", "trembl", "tachycard",
"hallucinat", "diarrh", "petechi", "purpur", "confusion").

"Pas" alone is not a negation: it is "when" in Indonesian ("pas tidur
kejang") and it sits inside phrases that are emergencies ("ne respire pas",
"ne se réveille pas"). Only "pas de", "pas eu", "n'a pas", "n'est pas"...
before a symptom, and a final "pas"/"plus" after it ("il ne vomit pas"),
cancel it. "Il a de la température" is a fever in French unless a normal
reading follows.

"Sang" (blood) alone never fires: "prise de sang" and "transfusion" are the
education pages' own words.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from flows.definitions.redflag_terms import Category, LocaleTerms

# "Can't": n'arrive pas à, ne peut pas, ne parvient plus à ...
_CANT = r"(?:narrive|arrive|narrivons|arrivons|peut|peux|parvient|parviens) (?:pas|plus) (?:a )?"
_WHO = r"(?:le |la |les |l|son |sa |ses |du |de la )?"
# Ends a stem exactly: "kg" but not "kgb"; digits may follow.
_END = r"(?![^\W\d_])"
# "Il a de la température", unless a reading follows ("... 37.2").
_UNLESS_READING = r"(?![^.!?\n]{0,20}(?<![\d.])[34]\d(?:\.\d+)?(?!\d))"
# Treatment words that make "après la première greffe ... il avait" an earlier course.
_COURSE = (
    r"(?:car-?t|cart|greffe|rechute|cure|cycle|perfusion|traitement|chimio\w*|induction|"
    r"hospitalisation)"
)
_PAST_VERB = r"(?:avait|a eu|a fait|avais|a presente|a fait une|etait)"
# "Ne répond pas au traitement": the leukaemia, not the patient.
_NOT_DRUG = r"(?![^.,;!?\n]{0,40}(?:traitement|chimio|medicament|car-?t|therapie))"

# The lists are kept compact (several entries a line) so a reviewer sees a whole
# category at once; the formatter would put one word per line.
# fmt: off
TERMS: Mapping[Category, tuple[str, ...]] = MappingProxyType(
    {
        Category.FEVER: (
            "fievr", "fivre", "fiavre", "frisson", "grelott",
            r"(?:a|fait|fais|avoir|faire|avait) (?:de la |dla |d)temperature" + _UNLESS_READING,
            r"(?:front|peau|corps|il est|elle est|bebe est|tout|toute) (?:\w+ )?"
            r"(?:tres |super |tout |toute )?(?:brulant|bouillant|chaud)e?s?(?!\w)",
            r"(?:fievre|temperature) (?:\w+ )?(?:ne )?(?:baisse|descend|passe|tombe|part|cede) "
            r"(?:pas|plus)",
            r"(?:narrive|arrive|narrivons|arrivons) (?:pas|plus) a (?:faire )?baisser (?:la )?"
            r"(?:fievre|temperature)",
        ),
        Category.BREATHING_CIRCULATION: (
            _CANT + r"respirer", r"(?:du |de )?mal a respirer", r"difficultes? (?:a|pour) respirer",
            r"respire (?:\w+ )?(?:tres |trop )?(?:vite|mal|fort|difficilement|bizarrement|"
            r"avec difficulte|par a-coups)",
            r"(?:ne )?respire (?:pas|plus)(?! de)", "essouffl", r"souffle court",
            r"(?:manque|manquer|manquait) dair", r"etouff",
            r"respiration (?:\w+ )?(?:sifflante|rapide|difficile|bruyante)", "sifflement",
            r"evanoui", r"(?:fait|faire|fais|eu) un malaise", r"perdu connaissance",
            r"perte de connaissance", "inconscient", "vertige", "etourdi",
            r"(?:la )?tete (?:qui |lui |me )?tourne",
            r"c(?:oe|œ)ur (?:\w+ )?(?:bat (?:\w+ )?(?:tres |trop |super )?(?:vite|fort)|semballe|"
            r"qui bat vite)",
            "palpitation", r"pouls (?:\w+ )?(?:tres |trop )?(?:rapide|vite)",
            r"levres (?:\w+ )?(?:bleu|violet|violace|grise)",
            r"(?:il|elle|bebe|levres) (?:est |devient |est devenue? |sont )(?:tout |toute )?"
            r"(?:bleu|violet)(?:e|s)?(?!\w)",
            "bleuatre", "violace",
        ),
        Category.NEUROLOGICAL: (
            r"crise (?:d ?epilepsie|convulsive|epileptique)", "epilep",
            r"(?<!je suis )(?<!suis )(?<!un peu )(?<!me sens )confuse?s?"
            r"(?! (?:par|sur|avec|de|concernant|pour))(?!\w)",
            "desorient",
            r"ne (?:se )?reveille (?:pas|plus)", r"(?:se )?reveille (?:pas|plus)",
            _CANT + r"(?:le |la )?reveiller", r"difficile a reveiller",
            r"(?:ne )?(?:repond|reagit) (?:pas|plus)" + _NOT_DRUG,
            "somnolent", r"tres endormi", r"(?:tout|toute|tres) (?:mou|molle)(?!\w)", "amorphe",
            "apathique", r"(?:ne )?(?:me |nous )?reconnait (?:pas|plus)",
            r"(?<!cest du )(?<!du )delir", "hallucin",
            r"yeux (?:\w+ )?(?:revulse|roulent|tournent|partent)",
            r"(?:parle|dit|raconte) (?:\w+ )?(?:bizarre|nimporte quoi|incoherent|des choses bizarres)",
            r"ne trouve (?:pas|plus) ses mots", r"cherche ses mots",
            r"(?:bouche|visage) (?:\w+ )?(?:tordu|de travers|paralys|tombe)",
            r"faiblesse (?:\w+ )?(?:dans|du|de la|au|a la) " + _WHO
            + r"(?:bras|jambe|cote|main|visage)",
            r"(?:bras|jambe|main) (?:\w+ )?(?:faible|paralys|engourdi)",
            _CANT + r"(?:marcher|bouger|se lever|parler|tenir debout)",
            r"ne (?:peut|peux) (?:plus|pas) (?:marcher|bouger|se lever|parler|tenir debout)",
            "paralys", "engourdi", r"(?:agit|comporte) (?:\w+ )?(?:bizarrement|etrangement)",
            r"(?:nest|est) (?:pas|plus) (?:lui|elle)-?meme", r"ne parle plus",
        ),
        Category.BLEEDING: (
            "saign", "hemorragi", r"(?:narrete|arrete|cesse) (?:pas|plus) de saigner",
            r"sang dans " + _WHO + r"(?:urine|pipi|selles|caca|vomi|couche|crachat|salive|bouche)",
            r"(?:urines?|pipi|selles|caca|vomi\w*|crachats?) (?:\w+ )?(?:avec du |plein de |pleine de |"
            r"de |du )sang",
            r"(?:vomit|vomi|crache|tousse|pisse|urine) (?:\w+ )?(?:du )?sang",
            r"(?:du )?sang (?:qui coule |coule )?(?:du|de la|par le|par la|de l) ?"
            r"(?:nez|bouche|oreille|gencive)",
            r"selles (?:\w+ )?noires", r"caca (?:\w+ )?noir", r"(?:urines?|pipi) (?:\w+ )?"
            r"(?:rouge|rose|couleur coca)",
            r"(?:des|plein de|beaucoup de|de) bleus(?! yeux)(?!\w)", r"bleus (?:partout|sur)",
            "hematome", "ecchymose", r"(?:petits )?points (?:\w+ )?(?:rouges|violets)",
            r"(?:taches|tache) (?:\w+ )?(?:rouges|violettes|violacees)",
            r"(?:mal (?:a la |de )tete|maux de tete|migraine) (?:\w+ )?(?:tres )?(?:violent|intense|"
            r"terrible|insupportable|horrible|brutal|atroce)",
            r"(?:violent|terrible|horrible|enorme|gros|atroce|brutal|intense)s? "
            r"(?:mal|maux) (?:a la |de )tete",
            r"cephalee (?:\w+ )?(?:brutale|violente|intense)",
        ),
        Category.OTHER_URGENT: (
            r"(?:cou|nuque) (?:\w+ )?(?:raide|bloque|rigide)", r"raideur (?:\w+ )?(?:cou|nuque)",
            r"(?:vision|vue) (?:\w+ )?(?:floue|trouble|double|brouillee|baisse)",
            r"voit (?:\w+ )?(?:flou|double|trouble)",
            r"ne voit (?:plus|pas)(?! (?:le bouton|la photo|le message|les messages|le fichier))",
            r"douleurs? (?:\w+ )?(?:a la |dans la |de )poitrine", r"douleur thoracique",
            r"mal (?:a la|dans la) poitrine", r"(?:oppression|serrement) (?:\w+ )?poitrine",
            "vomi", r"(?:narrete|arrete|cesse) (?:pas|plus) de vomir", r"(?:il |elle )rend tout", r"(?:garde|garder) rien",
            r"(?:selles|caca) (?:\w+ )?liquide",
            r"(?:ne )?(?:boit|bois|veut boire|peut boire|arrive a boire) (?:plus|pas|rien)"
            r"(?! (?:ses medicaments|son medicament|le sirop))",
            r"refuse (?:de boire|le biberon|le sein|leau|les liquides|de teter)",
            r"(?:ne )?(?:fait|urine) (?:\w+ )?(?:pas|plus|peu) (?:de )?pipi",
            r"(?:pas|plus|peu|presque pas) (?:fait )?(?:de )?pipi", r"urine (?:tres |trop )?peu",
            r"couches? (?:\w+ )?seche",
            r"(?:boutons|plaques|taches|rougeurs) (?:\w+ )?(?:rouges|partout)", "eruption",
            "urticaire",
        ),
        Category.SELF_HARM: (
            r"(?:veux|jveux|veut|voulais|voudrais|envie de) (?:\w+ )?mourir",
            r"(?:me|se|te) (?:tuer|suicider)", r"(?:d)?en finir(?: avec (?:la vie|ma vie|tout|moi))?"
            r"(?!\s*\w)",
            r"(?:ne )?(?:veux|veut) plus vivre", r"mettre fin a (?:mes|ses) jours",
            r"(?:me|se) faire du mal", r"(?:me|se) (?:scarifi|mutil)", "automutil",
            r"mieux (?:vaut )?(?:etre )?mort", r"(?:envie|pensees?) de (?:mourir|disparaitre)",
            r"plus envie de vivre", r"plus la force de vivre",
        ),
    }
)

TEMPERATURE_WORDS: tuple[str, ...] = (
    "fievr", "thermometre",
    # "Il a 39", "elle est à 39.2", "monté à 40": a reading, not an age ("38 ans" is a unit).
    # Temperature words are read in the text before the number: `(?=\s*$)` is "just before".
    r"(?:il|elle|bebe|le petit|la petite|mon fils|ma fille) (?:a|est a|fait|monte a|etait a)"
    r"(?=\s*$)",
    r"monte a(?=\s*$)",
)

NEGATIONS: tuple[str, ...] = (
    r"pas (?:de|d|du|eu|eu de|fait|fait de)", "sans", "aucun", "aucune", "jamais",
    r"(?<!en )plus (?:de|d)", r"(?:nest|na|nont|nai|nas|navait|navons|ne fait|ne fais) "
    r"(?:pas|plus|jamais)(?: de| d| eu| eu de)?",
    r"(?:est|etait|suis) pas",
)

NEGATIONS_AFTER: tuple[str, ...] = (
    r"pas(?=\s*$| du tout| depuis| aujourdhui| ce | cette| de la journee| non plus)",
    r"plus(?=\s*$| du tout| depuis| aujourdhui)", r"non(?=\s*$)", r"normale?s?",
    r"(?:est |a )?(?:passe|tombe|partie?|disparue?)", "aucune", "jamais",
)

PAST_MARKERS: tuple[str, ...] = (
    r"en (?:19|20)\d\d(?!\d)",
    r"il y a (?:\d+|un|une|deux|trois|quelques|plusieurs) (?:ans?|mois)(?!\w)",
    r"lan (?:dernier|passe)", r"lannee (?:derniere|passee)", r"le mois dernier",
    r"la semaine derniere", "auparavant", "autrefois", r"par le passe", r"dans le passe",
    r"antecedents? de", r"quand (?:il|elle) etait (?:bebe|petit|petite|plus jeune)",
    r"au (?:moment du )?diagnostic",
    r"(?:premier|premiere|precedent|precedente)s? " + _COURSE + r"[^.!?\n]*(?<!\w)" + _PAST_VERB
    + r"(?!\w)",
    r"(?<!\w)" + _PAST_VERB + r"[^.!?\n]*(?:premier|premiere|precedent|precedente)s? " + _COURSE,
    r"la derniere fois",
)

CLAUSE_BREAKS: tuple[str, ...] = (
    "maintenant", "aujourdhui", "actuellement", r"ce (?:matin|soir)",
    r"cette (?:nuit|apres-midi|apres midi)", r"en ce moment", r"par contre", "cependant",
    "pourtant", "toutefois",
)

NEGATION_STOPS: tuple[str, ...] = (
    "et", "si", "mais", "parce", "car", "que", "qu", "peut-etre", "crois", "sais", "sur", "sure",
    "peur", "comment", "quand", "pourquoi", "seulement", "juste", "baisse", "passe", "arrete",
    "cesse", "ou",
)

REPEAT_MARKERS: tuple[str, ...] = (
    "encore", r"de nouveau", r"a nouveau", r"revenue?", r"recommenc", "toujours", r"reprise?",
)

NEGATIVE_PARTICLES: tuple[str, ...] = ("pas", "plus", "jamais", "sans", "rien", "peu")

MEASURE_UNITS: tuple[str, ...] = (
    "plaquette", "globule",
    r"ans?" + _END, "mois", "semaine", r"jours?" + _END, r"heures?" + _END, "minute", "fois",
    "euro", r"pour ?cent", "mille",
)

MEASURE_LABELS: tuple[str, ...] = (
    "poids", r"pese" + _END, "taille", "plaquette", "leucocyte", "neutrophile", "lymphocyte",
    "numero", r"ne (?:le|en)", "pouls", "frequence", "tension", "glycemie", r"j" + _END,
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
