"""English red-flag vocabulary (syntax: see the package docstring).

Phrases are chosen so the education pages' own words (relapse, remission, CD19,
CAR-T, CRS, ICANS, MRD, blasts, transplant, "blood test") never match, and so
that everyday phrases families use about the bot itself ("I'm confused about
the results", "the photo is blurry", "I can't see the button") do not read as
symptoms.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from flows.definitions.redflag_terms import Category, LocaleTerms

# A possessive slot shared by several phrases ("pain in his chest").
_WHO = r"(?:his |her |my |the |their |our |your )?"
# Ends a stem exactly: "kg" but not "kgb"; digits may follow ("t39").
_END = r"(?![^\W\d_])"
# Treatment words that make "after the first ..." a reference to an earlier course.
_COURSE = (
    r"(?:car[- ]?t|cart|transplant|relapse|round|course|line|infusion|treatment|chemo|"
    r"induction|admission|diagnosis)"
)
_PAST_VERB = r"(?:had|was|were|got|developed|did)"
# "Not responding to the chemo": the leukaemia, not the patient.
_NOT_DRUG = (
    r"(?!\w* (?:well |at all )?to (?:the |his |her )?(?:treatment|therapy|chemo|drug|medic|blina|"
    r"ino|car|cart|steroid|antibiotic))"
)

# The lists are kept compact (several entries a line) so a reviewer sees a whole
# category at once; the formatter would put one word per line.
# fmt: off
TERMS: Mapping[Category, tuple[str, ...]] = MappingProxyType(
    {
        Category.FEVER: (
            r"fever(?!eiro)", r"fevr(?!ier)", "feaver", "fevor", "febrile", "pyrexi", "hyperthermi",
            r"chills(?!\w)", r"chilly(?!\w)", r"(?:the|having|has|had|with) chill",
            "shiver",
            # "I was shaking when I read the report" is the parent's fear, not chills.
            r"(?<!i was )(?<!i am )(?<!im )(?<!we are )(?<!were )shaking"
            r"(?! with (?:fear|anger|worry|nerves))", r"shakes(?!\w)", r"rigor(?!os)", "teeth chatter",
            "burning up",
            r"hot to (?:the )?touch", r"burning hot", r"feels? hot(?!\w)",
            r"(?:he|she|hes|shes|they|baby|skin|forehead|body|head)(?: is| feels| felt| was)? "
            r"(?:very |so |really |too )?hot(?!\w)",
            r"(?:has|have|had|got|running|run|with|spiking|spiked) (?:a |high )+temp",
            r"high temp", r"temp\w* (?:is |went |keeps )?(?:high|up|rising|spik|climb)",
        ),
        Category.BREATHING_CIRCULATION: (
            r"(?:cant|cannot|can not|unable to|hard to|difficult to|struggl\w* to) breath",
            r"(?:trouble|difficulty|difficulties|problems?|struggling|labou?red) breath",
            r"short(?:ness)? of breath", r"out of breath", "breathless", "gasping",
            r"(?:not|isnt|stopped) breath", r"(?:not|isnt) able to breath",
            r"breathing (?:is )?(?:very |really |so )?"
            r"(?:fast|rapid|heavy|heavily|hard|labou?red|noisy|weird|strange|shallow|bad)",
            r"(?:fast|rapid|heavy|noisy) breathing", "wheez", "choking",
            r"pass(?:ed|ing|es)? out", "fainted", "fainting", r"faint(?!\w)", "collaps",
            r"black(?:ed)? out", "unconscious", r"not conscious", r"lost consciousness",
            r"dizzy(?!\w)", "dizziness", r"dizy(?!\w)", r"light[- ]?headed", "vertigo",
            r"heart (?:is )?(?:racing|pounding)", r"racing heart", r"pounding heart", "palpitat",
            r"heart\w* (?:is |are )?(?:beating )?(?:very |really |so )?(?:fast|rapid)",
            r"(?:fast|rapid) (?:heart|pulse)", "tachycard", r"blue lips",
            r"lips (?:are |look |looks |turning |turned |went |going )?(?:blue|purple|grey|gray)",
            r"(?:turning|turned|going|went) (?:blue|grey|gray)", "bluish", "cyano",
        ),
        Category.NEUROLOGICAL: (
            r"(?<!i am )(?<!im )(?<!we are )(?<!were )(?<!i was )confused"
            r"(?! about| by| with| as to| over| on | why| what| how| if)",
            r"(?<!some )confusion(?! about| over| with| around| on | as to)",
            r"not making sense", r"(?:talking|speaking|saying) nonsense",
            r"(?:he|she|hes|shes|they) (?:is )?(?:doesnt|dont|isnt|not) mak\w* sense",
            r"(?:doesnt|didnt|does not|not|cant) recogni[sz]\w* "
            r"(?:me|us|his|her|mum|mom|dad|anyone|people|family)",
            r"(?:cant|cannot|wont|not|hard to|difficult to|unable to|doesnt|didnt) wak",
            # "Not responding to chemo" is about the leukaemia, not an emergency.
            r"(?:unresponsive|(?:not|isnt|wont|doesnt|didnt) (?:respond|react|interact))"
            + _NOT_DRUG,
            r"(?:very|too|extremely|unusually|so) sleepy", "drowsy", "floppy", "lethargic",
            r"not (?:himself|herself|themselves)", r"not acting like",
            "seiz", "siez", "sezur", "seisur", "seazur", "ceasur", "convuls", "twitching",
            "jerking", r"eyes? (?:are |were |keep )?(?:rolled|rolling)", "disorient", "hallucinat",
            r"(?:acting|behaving) (?:very |really |so )?(?:strange|weird|odd|funny|oddly)",
            r"(?:doesnt|didnt|does not) know where (?:he|she|they) (?:is|are)",
            r"(?:a|having|had|has|have|another|several|more) fits?(?!\w)(?! for| to| with)",
            r"(?:is|was|started|starting|keeps?|been) fitting(?!\w)",
            "tremor", "trembl", r"shaky hands", r"hands? (?:are )?shak",
            r"weakness (?:in|on|of) " + _WHO + r"(?:arm|leg|hand|foot|face|one side|left|right)",
            r"(?:sudden|new|severe|extreme) weakness", r"weak on one side",
            r"one side (?:is )?weak", r"(?:arm|leg|hand|face) (?:is |feels |went )?weak",
            r"(?:cant|cannot|unable to|not able to) (?:walk|stand|lift)",
            r"(?:cant|cannot|unable to|not able to) move (?:his |her |an? |the |one |my )?"
            r"(?:arm|leg|hand|foot|side|face|finger)",
            r"(?:face|mouth|smile) (?:is )?droop", "drooping", r"numb(?:ness)?(?!\w)", "slurr",
            r"(?:trouble|problems?|difficulty|struggl\w*) (?:finding|to find|with) words",
            r"word[- ]?finding", r"mix(?:ing|es)? up (?:his |her )?words",
            r"(?:he|she|they|hes|shes) (?:cant|cannot|can not|is unable to|isnt able to) "
            r"(?:speak|talk|write)",
            r"(?:cant|cannot) (?:speak|talk) (?:properly|clearly|normally)",
            r"stopped (?:talking|speaking)",
        ),
        Category.BLEEDING: (
            "bleed", r"bled(?!\w)", r"nose ?bleed", "haemorrhag", "hemorrhag",
            r"blood in " + _WHO + r"(?:urine|pee|wee|stool|poo|vomit|sick|napp|diaper|spit|"
            r"saliva|mucus|phlegm|toilet|mouth|eye)",
            r"blood (?:from|out of) " + _WHO + r"(?:nose|mouth|ear|gum|bottom|line|picc|port|"
            r"catheter|wound)",
            r"blood (?:is )?(?:coming|pouring|dripping|everywhere|all over)",
            r"blood on " + _WHO + r"(?:pillow|sheet|tissue|toilet|pad)",
            r"(?:vomit\w*|throw\w* up|threw up|cough\w*(?: up)?|peeing|weeing|pooing|pooping|"
            r"spitting|spits?) (?:up )?blood",
            r"bloody (?:stool|poo|urine|pee|vomit|nose|diarrh|mucus)",
            r"(?:black|tarry|maroon) (?:stool|poo(?:p|s)?(?!\w)|faeces|feces|bowel)",
            r"(?:stool|poo|poop|faeces|feces)s? (?:is |are |was |were |look |looks )?black",
            "tarry", "melena", "melaena",
            r"(?:red|pink|cola)(?:[- ]colou?red)? (?:urine|pee|wee)",
            "bruis", "petechi", r"(?:tiny|small|red|purple|pinpoint|dark) (?:red )?(?:spots|dots)",
            "purpur",
            r"(?:severe|sudden|bad|terrible|awful|worst|strong|splitting|intense|extreme)"
            r" (?:\w+ )?headache",
            r"headache (?:is )?(?:so |very )?(?:severe|unbearable|terrible|awful|extreme)",
        ),
        Category.OTHER_URGENT: (
            r"stiff neck", r"neck (?:is )?(?:stiff|hurts to bend)",
            r"(?:cant|cannot|unable to) (?:bend|move) " + _WHO + "neck",
            r"blur\w* vision", r"vision (?:is |went |gone )?blur",
            r"(?:sees|seeing|everything looks|everything is|eyes are) (?:\w+ )?blur",
            r"double vision", r"seeing double", r"(?:he|she|they) (?:cant|cannot|can not) see",
            r"(?:cant|cannot) see (?:properly|well|clearly)",
            r"(?:vision|eyesight|sight) (?:is )?(?:changed|changing|loss|lost|gone|worse|problem)",
            r"lost (?:his |her )?(?:vision|sight)",
            r"chest (?:pain|hurts|is hurting|tight|pressure)", r"pain in " + _WHO + "chest",
            "vomit", r"throw\w* up", r"threw up", "puking", r"(?<!of )being sick",
            "diarrh", "diarea", "diorrh", "diahr", r"(?:loose|watery|runny) (?:stool|poo)",
            r"(?:cant|cannot|wont|not|isnt|refus\w* to|unable to) (?:drink|keep \w+ down)",
            r"not (?:eating (?:or|and) )?drinking", r"refus\w* (?:drinks|fluids|water)",
            r"(?:hasnt|didnt) (?:drunk|drink|had anything to drink)",
            r"(?:very )?little (?:urine|pee|wee)",
            r"(?:not|hasnt|barely|hardly|isnt) (?:peeing|peed|weeing|weed|urinat|passing urine)",
            r"no (?:urine|pee|wee)(?!\w)(?! (?:test|sample|result))",
            r"no wet (?:nappies|nappy|diapers?)",
            r"dry (?:nappies|nappy|diapers?)", r"dark urine", "rash",
        ),
        Category.SELF_HARM: (
            r"(?:want|wants|wanted) to (?:die|be dead|end it)", r"wanna (?:die|be dead)",
            r"wish\w* (?:i|he|she|they) (?:was|were) dead", r"wish i could die",
            r"kill(?:ing)? (?:my|him|her|them)sel", r"kms(?!\w)",
            r"end (?:my|his|her) (?:own )?life", r"end(?:ing)? it(?: all)?(?!\w)",
            r"take (?:my|his|her) (?:own )?life", "suicid", "sucid",
            r"self[- ]?harm", r"(?:hurt|hurting|cut|cutting|harm|harming) (?:my|him|her)sel",
            r"no reason to live", r"nothing to live for",
            r"(?:dont|do not) want to (?:live|be alive|be here)",
            r"better off dead", r"better off without me",
            r"(?:cant|cannot) go on(?: like this| anymore| any more| living)?(?!\s*\w)",
            r"give up on life", r"no point (?:in |of )?living",
        ),
    }
)

TEMPERATURE_WORDS: tuple[str, ...] = (
    "temp", r"t(?![^\W\d_]|-)", "fever", "febrile", "thermometer", "degree",
    r"deg" + _END, "celsius", "centigrade", "fahrenheit", "spiked", "spiking",
)

NEGATIONS: tuple[str, ...] = (
    "no", "not", "never", "without", "denies", "nor", "neither", r"free of", r"no longer",
    r"no signs? of", r"no more",
    r"(?:doesnt|dont|didnt|hasnt|havent|hadnt|wont|does not|do not|did not|has not|have not|"
    r"never) (?:have|had|has|got|get)(?: a| any)?",
    "isnt", "wasnt", "arent", "werent", "hasnt", "havent",
)

NEGATIONS_AFTER: tuple[str, ...] = ("none", "gone", r"is gone", r"has gone", r"is normal")

PAST_MARKERS: tuple[str, ...] = (
    r"in (?:19|20)\d\d(?!\d)", r"back in",
    r"(?:\d+|a|one|two|three|few|several|many) (?:years?|months?) ago", r"years ago",
    r"last year", r"last month", r"last week", "previously", r"in the past", r"history of",
    r"used to",
    r"as a (?:baby|toddler|child|kid)",
    r"when (?:he|she|i) was (?:little|small|a baby|younger|diagnosed)",
    # "after the first CAR-T he had seizures": only with a past verb, because
    # "after the first CAR-T he has a fever" is now.
    r"(?:first|previous|earlier) " + _COURSE + r"\b[^.!?\n]*\b" + _PAST_VERB + r"\b",
    _PAST_VERB + r"\b[^.!?\n]*\b(?:first|previous|earlier) " + _COURSE,
    r"at diagnosis", r"last time",
)

CLAUSE_BREAKS: tuple[str, ...] = (
    "but", "now", "today", "tonight", "currently", "however", "although", "though",
    r"this (?:morning|evening|afternoon)", r"at the moment", r"at present",
)

NEGATION_STOPS: tuple[str, ...] = (
    "and", "if", "sure", "whether", "maybe", "because", "so", "then", "just", "only",
    "think", "know", "worried", "scared", "afraid", "what", "why", "how", "when", "idea",
)

REPEAT_MARKERS: tuple[str, ...] = (
    "again", "another", "still", "recur", r"(?:came|come|coming) back", "returned",
    r"once more",
)

NEGATIVE_PARTICLES: tuple[str, ...] = (
    "no", "not", "cant", "cannot", r"can not", "wont", "unable", "doesnt", "didnt", "dont",
    "isnt", "hasnt", "without", "barely", "hardly", r"refus\w*",
)

MEASURE_UNITS: tuple[str, ...] = (
    r"kg" + _END, "kilo", r"lbs?" + _END, "pound", r"g" + _END, "gram", r"mg" + _END,
    r"ml" + _END, r"cm" + _END, r"mm" + _END, "year", r"yrs?" + _END, r"y\.?o" + _END,
    r"y" + _END, "month", r"mo" + _END, "week", r"wks?" + _END, "day", r"d" + _END, "hour",
    r"hrs?" + _END, r"min" + _END, "percent", r"pct" + _END, "bpm", "beats", "mmhg", "mmol",
    "umol", r"x ?10", r"k/ul", r"/ul", r"cells?" + _END, "times", "usd", "eur",
)

MEASURE_LABELS: tuple[str, ...] = (
    "age", "aged", "weigh", "height", "bmi", r"cd\d*", "mrd", "blast", "wbc", "anc", "plt",
    "platelet", r"hb" + _END, "hgb", "haemoglobin", "hemoglobin", "crp", "ferritin",
    r"il\W?6", "ldh", r"alt" + _END, r"ast" + _END, "creatinin", "count", "level", "score",
    "pulse", r"heart rate", r"hr" + _END, "sat", "spo2", "oxygen", r"o2" + _END, r"bp" + _END,
    "born", "room", "ward", "bed", "page", "dose", "visit", "cycle", "number", "day",
    r"d" + _END, "week", "month", "year", "size", "patient", "code",
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
