"""Spanish red-flag vocabulary, with or without accents, Latin American and Spain
usage (syntax: see the package docstring).

Entries are normalised ("vomito" for vómito, "nino" for niño, "convulsion" for
convulsión). Stems cover the endings and common misspellings ("fiebr" finds
fiebre and fiebres, "fibre", "calentur"); several words are already English or
Russian stems that match Spanish too ("convuls", "vomit", "diarea" after
doubled letters are squeezed, "temperatur").

"Sangre" (blood) alone never fires: "análisis de sangre" and "transfusión de
sangre" are the education pages' own words; it fires in phrases ("sangre en la
orina", "vomita sangre"). "Tiene temperatura" means fever in Spanish and is
caught by the Russian stem `temperatur` (which also makes "¿qué temperatura es
fiebre?" fire: a false alarm we accept).

English "no" is a negation for every message, so Spanish phrases that carry
their own "no" ("no puede respirar", "no despierta") are emergencies, and "no
tiene fiebre" is not. "No para de vomitar" is: "para" ends the negation's
reach.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from flows.definitions.redflag_terms import Category, LocaleTerms

# "Can't / it is hard to": no puede, no puedo, le cuesta, ...
_CANT = (
    r"(?:no (?:puede|puedo|podia|pudo|logra|consigue|es capaz de)|le cuesta|me cuesta|"
    r"dificultad (?:para|al)|sin poder)"
)
_WHO = r"(?:la |el |las |los |su |sus |mi |del? )?"
# Ends a stem exactly: "kg" but not "kgb"; digits may follow.
_END = r"(?![^\W\d_])"
# Treatment words that make "el primer CAR-T ... tuvo" a reference to an earlier course.
_COURSE = (
    r"(?:car-?t|cart|trasplante|recaida|ciclo|curso|infusion|tratamiento|quimio\w*|induccion|"
    r"ingreso)"
)
_PAST_VERB = r"(?:tuvo|tenia|hizo|presento|le dio|le dieron|habia tenido)"

# The lists are kept compact (several entries a line) so a reviewer sees a whole
# category at once; the formatter would put one word per line.
# fmt: off
TERMS: Mapping[Category, tuple[str, ...]] = MappingProxyType(
    {
        Category.FEVER: (
            "fiebr", "fibre", r"fiebe" + _END, "fievre", "calentur", "febril", "afiebrad",
            "escalofri", "escalosfri", "tiritand", r"tirita(?!\w)",
            r"(?<!estoy )(?<!estamos )(?<!toy )temblando(?! (?:de|del|por) (?:miedo|nervios|susto|"
            r"angustia|frio de la sala))",
            r"(?:esta|lo siento|la siento|sigue) (?:muy |todo |toda )?(?:ardiendo|hirviendo|"
            r"caliente|calenturient)",
            r"volando (?:en|de) fiebre", r"(?:muy|super|bien) calient(?:e|ito|ita)",
            r"(?:la |su )?frente (?:\w+ )?caliente", r"cuerpo (?:\w+ )?caliente",
            r"(?:tiene|le dio|con|le subio la) (?:calentura|temperatura alta)",
            r"destemplad",
            # "Fiebre de 38 y medio": English "y" (years) would make the number a unit.
            r"(?:3[89]|4[0-2])(?: grados)? y (?:medio|pico|algo|\d(?: decimas?)?)"
            r"(?! ?(?:anos|meses|kg|kilos|dias|semanas|horas|cm|%))",
            r"no (?:le )?(?:baja|cede|se (?:le )?quita|se (?:le )?va) (?:la )?(?:fiebre|temperatura|"
            r"calentura)",
        ),
        Category.BREATHING_CIRCULATION: (
            _CANT + r" (?:respirar|respira)", r"no respira", r"dejo de respirar",
            r"respira (?:\w+ )?(?:muy |bien )?(?:rapido|mal|con dificultad|agitad|fuerte|raro|"
            r"entrecortad|con ruido)",
            r"respiracion (?:\w+ )?(?:agitada|rapida|dificil|entrecortada|con ruido)",
            r"falta (?:de |el )?aire", r"le falta (?:el )?aire", r"sin aire", r"se (?:esta )?ahog",
            r"ahogandose", r"ahogo(?!\w)", "asfixi", "jadea", "silbid", "sibilanc",
            r"le silba el pecho", r"se (?:nos )?(?:esta )?(?:ponga|pone|puso) (?:azul|morad)",
            "desmay", "desmall", r"perdio (?:el |la )?(?:conocimiento|conciencia|sentido)",
            r"(?:esta|quedo) inconsciente", "inconscient", r"se (?:nos )?(?:cayo|desplomo) (?:\w+ )?"
            r"(?:desmayad|inconscient|sin sentido)",
            r"marea(?:d|o|da|do|ndo)", r"mareo", "vertig",
            r"corazon (?:\w+ )?(?:acelerado|muy rapido|late (?:muy |super )?rapido|a mil|"
            r"palpita|se le sale|desbocado)",
            "palpitacion", "taquicardi", r"pulso (?:muy )?(?:rapido|acelerado)",
            r"labios (?:\w+ )?(?:azul|morad|grises|moraditos|amoratados)", r"(?:esta|se puso) azul",
            "amoratad", "cianosis", "cianotic",
        ),
        Category.NEUROLOGICAL: (
            r"convulsi", "convulci", r"ataque (?:epileptico|de epilepsia|convulsivo)",
            r"crisis (?:convulsiva|epileptica)", "epilep",
            r"(?:le )?(?:tiemblan|tiembla) (?:las |los )?(?:manos|brazos|piernas|pies)",
            r"temblor(?:es)? (?:nuevos?|en (?:las |los )?(?:manos|brazos|piernas))",
            r"(?<!estoy )(?<!estamos )(?<!toy )confundid[oa]s?(?! (?:con|por|sobre|acerca))",
            r"(?<!mi )confusion(?! (?:con|sobre|acerca|de (?:fechas|resultados)))", "desorientad",
            r"no (?:me |nos |la |lo )?reconoce",
            r"no (?:se )?(?:despierta|despertaba|despierte)",
            r"(?:no (?:puedo|podemos|logro|logramos)|cuesta|dificil) despertar",
            # "No responde al tratamiento": the leukaemia, not the patient.
            r"no (?:responde|reacciona|contesta)(?!\w)"
            r"(?![^.,;!?\n]{0,40}(?:tratamiento|quimio|medicamento|medicina|car-?t|terapia|blina))",
            r"(?:muy |demasiado |super )?somnolient", r"muy (?:dormid|adormilad|decaid|apagad)",
            r"aletargad", "letargic", r"(?:esta|muy|todo) (?:flojit|blandit)", "desvanec",
            r"no habla (?:bien|normal|claro)", r"habla (?:\w+ )?(?:raro|incoherente|arrastrando)",
            r"arrastra (?:las )?palabras", r"no (?:encuentra|le salen) (?:las )?palabras",
            r"(?:le cuesta|no puede|no logra) (?:hablar|caminar|pararse|ponerse de pie|levantar|"
            r"mover)",
            r"debilidad (?:\w+ )?(?:en|del|de la) " + _WHO + r"(?:brazo|pierna|mano|lado|cara)",
            r"(?:brazo|pierna|mano|cara) (?:\w+ )?(?:debil|dormid[oa]|paralizad)",
            r"(?:boca|cara) (?:\w+ )?(?:torcida|chueca|caida)", r"se le (?:cae|cayo|tuerce) la boca",
            r"(?:puso|pone|voltea|volteo) (?:los )?ojos (?:en blanco|para arriba)",
            r"ojos en blanco", "alucin", "deliri", r"dice cosas (?:sin sentido|raras|incoherentes)",
            r"(?:actua|se comporta) (?:muy )?(?:raro|extran)", "paralisis", "entumid",
            r"(?:no (?:esta|anda) (?:como )?(?:el|ella) mism[oa])",
        ),
        Category.BLEEDING: (
            r"sangr(?:a|o|an|ar|ando|ado|ada|ados|adas|amiento|aba)" + _END, "hemorragi",
            r"sangre " + r"(?:\w+ )?en " + _WHO + r"(?:orina|pipi|pis|heces|caca|popo|deposicion|"
            r"vomito|panal|saliva|boca|flema|esputo|moco|nariz)",
            r"(?:orina|pipi|pis|caca|popo|heces|deposicion|deposiciones|vomito|flema|moco)s? "
            r"(?:\w+ )?con sangre",
            r"(?:vomit\w*|escup\w*|tos\w*|orin\w*|hace pipi|hace caca|echa|echando|bota|botando) "
            r"(?:\w+ )?sangre", r"sangre (?:por|de) " + _WHO + r"(?:nariz|boca|oido|encias|cola)",
            r"(?:heces|caca|popo|deposicion\w*|excremento)s? (?:\w+ )?negr",
            r"(?:orina|pipi) (?:\w+ )?(?:roja|rojo|rosad|color coca)",
            r"moreton", r"morete", r"moretes", r"cardenales", "hematoma", "equimosis", "petequi",
            r"(?:puntitos|puntos|manchitas|manchas|pintitas|bolitas) (?:\w+ )?(?:rojos|rojas|"
            r"morad)",
            r"(?:dolor de cabeza|jaqueca|cefalea) (?:\w+ )?(?:muy )?(?:fuerte|intens|terrible|"
            r"insoportable|horrible|brutal|subit|repentin)",
            r"(?:fuerte|terrible|horrible|intenso|insoportable|brutal|subito|repentino) "
            r"(?:dolor de cabeza|cefalea)",
            r"(?:la )?cabeza (?:le |me )?(?:va a )?explot", "epistaxis",
        ),
        Category.OTHER_URGENT: (
            r"cuello (?:\w+ )?(?:rigido|tieso|duro)", r"rigidez (?:\w+ )?(?:cuello|nuca)",
            r"nuca (?:\w+ )?rigida", r"no (?:puede|puedo) (?:mover|doblar|bajar|girar) el cuello",
            r"vision (?:\w+ )?(?:borrosa|doble|nublada)", r"ve (?:\w+ )?(?:borroso|doble|nublado)",
            r"no (?:ve|puede ver)(?!\w)(?! (?:el boton|la foto|los mensajes|el mensaje|la imagen))"
            r"(?! bien la| bien el)",
            r"perdi\w* (?:la )?vista",
            r"dolor (?:\w+ )?(?:en el|de|del) pecho", r"dolor toracico",
            r"(?:le|me) duele (?:mucho )?el pecho", r"(?:presion|opresion) en el pecho",
            r"devuelve todo", r"devolviendo", r"arroja todo", "trasboc", "gomit",
            r"no (?:retiene|aguanta) nada", "diarre", "cagalera",
            r"(?:evacuaciones|deposiciones|heces|popo|caca)s? (?:\w+ )?(?:liquid|aguad)",
            r"no (?:quiere |puede )?(?:tomar|beber|toma|bebe)"
            r"(?! (?:medicamento|pastilla|medicina|jarabe|el medicamento|la medicina|la pastilla))"
            r"(?! nada de (?:medicamento|medicina))",
            r"no ha (?:tomado|bebido) (?:nada|agua|liquidos)",
            r"rechaza (?:\w+ )?(?:agua|liquidos|leche|pecho|biberon|tetero|mamila)",
            r"no (?:ha )?(?:orina|orinado|hace pipi|hecho pipi|mea|meado)",
            r"orina (?:muy )?poco", r"casi no orina", r"poca orina", r"panal(?:es)? sec",
            "salpullid", "sarpullid", "erupcion", "ronchas", r"manchas rojas en (?:la )?piel",
            "eritema", r"brote en (?:la )?piel",
        ),
        Category.SELF_HARM: (
            r"(?:quiero|quiere|queria|quisiera|ganas de) (?:\w+ )?(?:morir|morirme|matarme|"
            r"desaparecer|no despertar)",
            r"(?:matarme|matarse|me voy a matar|se va a matar|me quiero matar)",
            r"suicid", r"quitarme la vida", r"quitarse la vida",
            r"acabar con (?:mi|su) vida", r"terminar con (?:todo|mi vida)",
            r"no (?:quiero|quiere) (?:seguir )?vivi", r"no (?:vale la pena|tiene sentido) vivir",
            r"(?:hacerme|hacerse|me hago|se hace) dano", r"(?:cortarme|me corto|me he cortado) (?:los brazos|las venas|las munecas|la piel)",
            r"autolesion", r"mejor (?:estar |estaria )?muert", r"ya no (?:aguanto|puedo) mas(?: con esto| con esta vida)?(?!\s*\w)",
        ),
    }
)

TEMPERATURE_WORDS: tuple[str, ...] = (
    "fiebr", "calentur", r"grado" + _END, "grados", "termometro", "febril",
    # "Tiene 39", "marcó 38.5", "le subió a 39": a reading, not an age ("38 años" is a unit).
    # Temperature words are read in the text before the number: `(?=\s*$)` is "just before".
    r"(?:tiene|tenia|marca|marco|llego a|subio a|sube a|esta en|anda en|anda con|esta con|"
    r"amanecio con)(?=\s*$)",
)

NEGATIONS: tuple[str, ...] = (
    "sin", "nunca", "jamas", "ningun", "ninguna", "ninguno", r"nada de", r"ya no", r"no hay",
    "tampoco", r"no (?:tiene|tuvo|hay|presenta|ha tenido) mas",
)

NEGATIONS_AFTER: tuple[str, ...] = (
    r"no(?=\s*$)", r"(?<!la )(?<!de )(?<!do )nada", "ninguna", "ninguno", r"normal(?:es)?",
    r"ya (?:se )?(?:fue|quito|paso|bajo|cedio|desaparecio|normalizo)",
)

PAST_MARKERS: tuple[str, ...] = (
    r"en (?:el )?(?:ano )?(?:19|20)\d\d(?!\d)",
    r"hace (?:\d+|un|una|dos|tres|cuatro|unos|unas|varios|varias|mas de (?:un|una|\d+)) "
    r"(?:anos?|mes(?:es)?)(?!\w)",
    r"(?:el )?ano pasado", r"(?:el )?mes pasado", r"la semana pasada", "anteriormente",
    r"antes (?:del? (?:car-?t|trasplante|tratamiento|diagnostico)|tenia|tuvo|habia)",
    r"en el pasado", r"antecedentes? de", r"historia de",
    r"(?:de|cuando era) (?:bebe|pequen\w*|chiquit\w*|nin[oa])(?!\w)",
    r"cuando (?:el|ella) era (?:bebe|pequen\w*|chiquit\w*)", r"(?:al|en el) diagnostico",
    r"(?:primer|primera|anterior|previo|previa)s? " + _COURSE + r"[^.!?\n]*(?<!\w)" + _PAST_VERB
    + r"(?!\w)",
    r"(?<!\w)" + _PAST_VERB + r"[^.!?\n]*(?:primer|primera|anterior|previo|previa)s? " + _COURSE,
    r"la (?:vez|ultima vez) (?:pasada|anterior)",
)

CLAUSE_BREAKS: tuple[str, ...] = (
    "pero", "ahora", "hoy", r"sin embargo", "actualmente", r"esta (?:manana|tarde|noche)",
    r"en este momento", "ahorita", "aunque",
)

NEGATION_STOPS: tuple[str, ...] = (
    "y", "e", "si", "porque", "por", "que", "quizas", "quiza", r"tal vez", "creo", "se", "sabe",
    "seguro", "miedo", "preocupa", "como", "cuando", "donde", "solo", "nomas", "baja", "bajado",
    "quita", "cede", "para", "deja", "dejo", "mas",
)

REPEAT_MARKERS: tuple[str, ...] = (
    r"(?<!la )otra vez", r"de nuevo", "nuevamente", r"volvi(?:o|eron|endo)",
    r"regres(?:o|aron)", "todavia", r"aun(?!\w)", r"sigue", r"siguen",
)

NEGATIVE_PARTICLES: tuple[str, ...] = ("no", "sin", "ni", "nada")

MEASURE_UNITS: tuple[str, ...] = (
    "plaqueta", "leucocito",
    r"anos?" + _END, r"mes(?:es)?" + _END, "semana", r"dias?" + _END, r"horas?" + _END,
    "minuto", "veces", "libra", r"por ?ciento", r"pesos?" + _END, "euro", "dolar",
    r"mil" + _END, r"anitos",
)

MEASURE_LABELS: tuple[str, ...] = (
    "edad", r"peso" + _END, r"pesa" + _END, "talla", "estatura", "altura", "plaqueta",
    "leucocito", "neutrofilo", "linfocito", "habitacion", "dosis", "ciclo", "numero", "nacio",
    "nacid", "frecuencia", "oxigeno", "presion", "tension", "glucosa",
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
