# ruff: noqa: N999  (the module is named after the locale code, pt_BR)
"""Brazilian Portuguese red-flag vocabulary, with or without accents and in chat
spelling ("ta", "pra", "naum", "hj") (syntax: see the package docstring).

Entries are normalised ("nao" for não, "coracao" for coração, "cabeca" for
cabeça). Several stems are already English or Russian and match Portuguese too
("convuls", "vomit", "tremor", "temperatur", "termometr").

Portuguese "no"/"na" mean "in the", but English "no" is a negation for every
message. Phrases are therefore written so that a "no" never sits before the
symptom they match: "dor no peito" matches "dor" followed by "no peito", so
"não tem dor no peito" is negated and "tem dor no peito" is not; and nouns that
follow a "no" of place ("no hospital teve convulsão") end the negation's reach.

"Sangue" (blood) alone never fires: "exame de sangue" and "transfusão de
sangue" are the education pages' own words.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from flows.definitions.redflag_terms import Category, LocaleTerms

_NAO = r"(?:nao|naum)"
_CANT = (
    r"(?:" + _NAO + r" (?:consegue|consigo|esta conseguindo|ta conseguindo|conseguimos)|"
    r"sem conseguir)"
)
_DEM = r"(?:o |a |os |as |do |da |dos |das |meu |minha |seu |sua )?"
# Ends a stem exactly: "kg" but not "kgb"; digits may follow.
_END = r"(?![^\W\d_])"
# Treatment words that make "o primeiro CAR-T ... teve" a reference to an earlier course.
_COURSE = (
    r"(?:car-?t|cart|transplante|tmo|recaida|recidiva|ciclo|infusao|tratamento|quimio\w*|"
    r"inducao|internacao)"
)
_PAST_VERB = r"(?:teve|tinha|fez|apresentou|deu|tava com|estava com)"

# The lists are kept compact (several entries a line) so a reviewer sees a whole
# category at once; the formatter would put one word per line.
# fmt: off
TERMS: Mapping[Category, tuple[str, ...]] = MappingProxyType(
    {
        Category.FEVER: (
            # Not "fevereiro", "febrero", "Februari" (February).
            r"febr(?!er|uar)", r"fevre" + _END, "calafri", "tremedeira",
            r"(?<!estou )(?<!to )(?<!tou )tremendo(?! (?:de|com) (?:medo|nervoso|ansiedade))",
            r"(?:ardendo|queimando) (?:em|de) febre", r"pegando fogo",
            r"(?:esta|ta|ficou|muito|bem) (?:muito |bem )?(?:quente|quentinho|quentinha)(?!\w)"
            r"(?! (?:hoje|aqui|la fora|o dia|o tempo))",
            r"(?:corpo|testa|cabeca|pele) (?:\w+ )?(?:quente|pelando|fervendo)", "pelando",
            r"(?:esta|ta) fervendo",
            _NAO + r" (?:baixa|cede|passa|abaixa|sai|diminui)(?: a)? (?:febre|temperatura)",
        ),
        Category.BREATHING_CIRCULATION: (
            _CANT + r" respirar", r"(?:dificuldade|dificil|custando|cansaco) (?:para |pra |de |em )?"
            r"respirar",
            r"respira(?:ndo|cao)? (?:\w+ )?(?:muito )?(?:rapid|ofegante|com dificuldade|mal|pesad|"
            r"acelerad|curta|estranh|gemendo|com barulho)",
            r"falta de ar", r"sem ar(?!\w)", "ofegante", r"chiado(?= n[oa] peito)", "chiando",
            "sufoc", _NAO + r" (?:esta )?respira", r"parou de respirar", r"puxando (?:o )?ar",
            "desmai", r"perdeu (?:a |os )?(?:consciencia|sentidos)", "inconscient", "desacordad",
            r"(?:ele|ela|crianca|bebe|nene) apagou",
            "tontura", "tonteira", r"(?:ficou|esta|ta|sentindo|sente|muito|meio|bem) tont[oa]s?",
            "zonz", "vertigem", r"vista (?:\w+ )?escurec",
            r"coracao (?:\w+ )?(?:acelerado|disparado|muito rapido|batendo (?:muito |bem )?"
            r"(?:rapido|forte|acelerado))",
            "palpitac", "taquicardi", r"pulso (?:muito )?(?:rapido|acelerado)",
            r"labios? (?:\w+ )?(?:roxos?|azuis|azulad|arroxead)", r"boca roxa",
            r"(?:ficou|esta|ta|ficando) (?:todo |toda )?(?:roxo|roxa|azul|azulad)",
            "arroxead", "cianose",
        ),
        Category.NEUROLOGICAL: (
            r"crise (?:convulsiva|epil)", r"ataque epil", "epilep", "epilet",
            r"(?:tremendo|tremem|treme) (?:as |os )?(?:maos|bracos|pernas)",
            r"(?:maos|bracos|pernas) (?:\w+ )?tremendo",
            # The patient, not the parent ("estou confusa") nor a report ("o laudo é confuso").
            r"(?<!estou )(?<!to )(?<!tou )(?<!fiquei )(?<!fico )(?<!e )confus[oa]s?"
            r"(?! (?:com|sobre|quanto|em relacao))",
            "desorientad", _NAO + r" (?:me |nos )?(?:reconhece|reconheceu)",
            _NAO + r" (?:esta )?(?:acorda|acordou|desperta)",
            _NAO + r" (?:consigo|conseguimos|consegue|conseguiu|conseguimos) acord",
            r"dificil (?:de )?acord",
            # "Não respondeu ao tratamento": the leukaemia, not the patient.
            _NAO + r" (?:responde|reage|interage|reagiu|respondeu)(?!\w)"
            r"(?![^.,;!?\n]{0,40}(?:tratamento|quimio|medicamento|remedio|car-?t|terapia|blina))",
            "sonolent", r"muito (?:molinho|molinha|mole|caidinh|apatic|prostrad|abatid|largad)",
            "prostrad", "molinho", "molinha", "apatic",
            r"fala (?:\w+ )?(?:enrolada|arrastada|estranha|sem sentido)", r"enrolando a lingua",
            _CANT + r" (?:falar|andar|ficar de pe|levantar|mexer)",
            r"dificuldade (?:para |pra |de )?(?:falar|andar|achar (?:as )?palavras|"
            r"encontrar (?:as )?palavras)",
            r"fraqueza (?:\w+ )?(?:no|na|em) (?:braco|perna|mao|lado|rosto)",
            r"(?:braco|perna|mao|rosto) (?:\w+ )?(?:fraco|fraca|dormente|paralisad)", "dormencia",
            r"(?:boca|rosto) (?:\w+ )?tort", r"revir(?:ou|ando|a) (?:os )?olhos", r"olhos revirad",
            "alucin", "delira", "delirio", r"falando (?:coisas )?sem sentido",
            _NAO + r" (?:fala|diz|falava) coisa com coisa", "paralisi",
            r"(?:agindo|comportando|se comportando) (?:de forma |de um jeito )?(?:estranh|esquisit)",
            _NAO + r" (?:e|esta|parece) (?:ele|ela) mesm",
        ),
        Category.BLEEDING: (
            r"sangr(?:a|ar|ou|ando|amento|ado|ada|am|ava|aram|ento)" + _END, "hemorragi",
            r"sangue(?= (?:\w+ )?n[oa]s? (?:xixi|urina|fezes|coco|vomito|fralda|saliva|boca|"
            r"catarro|nariz|escarro|pinico|vaso))",
            r"(?:urina|xixi|coco|fezes|vomito|catarro|escarro|fralda|saliva)s? (?:\w+ )?com sangue",
            r"(?:vomit\w*|tossi\w*|tosse|cusp\w*|fazendo xixi|fez xixi|fez coco|fazendo coco|"
            r"saindo|sai|saiu) (?:\w+ )?sangue",
            r"sangue (?:saindo |sai |saiu )?(?:pelo|pela|do|da) (?:nariz|boca|ouvido|gengiva|bumbum|"
            r"anus)",
            r"(?:fezes|coco|evacuac\w*)s? (?:\w+ )?(?:pret|cor de borra)",
            r"(?:urina|xixi) (?:\w+ )?(?:vermelh|rosad|cor de coca|marrom)",
            r"roxos?(?= (?:\w+ )?(?:pelo corpo|por todo|espalhad|pelas pernas|pelos bracos|"
            r"nas pernas|nos bracos|no corpo))", "roxinhos",
            r"manchas? (?:\w+ )?(?:roxas|roxa|arroxead)",
            r"(?:pontinhos|pontos|bolinhas|pintinhas) (?:\w+ )?(?:vermelh|roxo|roxa|roxos|roxas)",
            "hematoma", "equimose", "petequia",
            r"dor de cabeca (?:\w+ )?(?:muito )?(?:forte|intensa|insuportavel|terrivel|horrivel|"
            r"subita|repentina|absurda)",
            r"(?:forte|terrivel|horrivel|intensa|insuportavel|subita) dor de cabeca",
            r"cabeca (?:\w+ )?(?:explodindo|vai explodir)", "epistaxe", r"nariz (?:\w+ )?sangr",
        ),
        Category.OTHER_URGENT: (
            r"(?:pescoco|nuca) (?:\w+ )?(?:duro|rigid|travad)",
            r"rigidez (?:\w+ )?(?:pescoco|nuca)",
            _CANT + r" (?:mexer|dobrar|abaixar|virar) o pescoco",
            r"(?:visao|vista) (?:\w+ )?(?:embacad|turva|dupla|borrada|embaralhad)",
            r"(?:vendo|ve|enxergando|enxerga) (?:\w+ )?(?:dobrado|duplo|embacado|borrado|turvo)",
            _NAO + r" (?:esta )?(?:enxerga|enxergando|consegue enxergar)",
            r"perdeu a (?:visao|vista)",
            r"dor(?= (?:\w+ )?n[oa] peito)", r"dor toracica",
            r"peito (?:\w+ )?(?:doendo|doi|apertado)", r"aperto(?= n[oa] peito)",
            r"golfa", r"botando (?:tudo )?pra fora", "diarrei", "caganeira",
            r"(?:coco|fezes|evacuac\w*)s? (?:\w+ )?(?:liquid|aguad)",
            _NAO + r" (?:quer |consegue |esta |ta )?(?:beber|tomar|bebe|toma|bebendo|tomando|"
            r"engolir)(?! (?:o |os |a )?(?:remedio|medicamento|comprimido|antibiotico|banho|"
            r"vacina))",
            r"(?:recusa|recusando|rejeita) (?:\w+ )?(?:agua|liquido|leite|peito|mamadeira)",
            _NAO + r" (?:quer |consegue )?mamar",
            _NAO + r" (?:faz|fez|esta fazendo|ta fazendo) xixi", _NAO + r" (?:urina|urinou)",
            r"(?:pouco|quase nenhum|pouquinho) (?:de )?xixi", r"urin\w* (?:muito )?pouco",
            r"xixi (?:\w+ )?pouco", r"fraldas? (?:\w+ )?seca",
            r"manchas?(?= (?:\w+ )?(?:vermelh\w* )?(?:na pele|no corpo|pelo corpo))",
            r"manchas? vermelh", "erupc", "brotoeja", r"placas vermelhas", "vergoes", "urticaria",
            r"pintas vermelhas",
        ),
        Category.SELF_HARM: (
            r"(?:quero|quer|queria|vontade de) (?:\w+ )?(?:morrer|me matar|sumir)",
            r"(?:me matar|se matar|vou me matar|vai se matar)", "suicid",
            r"tirar (?:a )?(?:minha|propria|sua) (?:propria )?vida",
            r"acabar com (?:a )?(?:minha|sua) (?:propria )?vida",
            _NAO + r" (?:quero|quer) (?:mais )?viver", r"(?:me|se) machuc\w* de proposito",
            r"(?:me cortar|me corto|se cortando|me cortando)", "automutil", "autolesao",
            r"melhor (?:estar |eu estar |estaria )?mort[oa]",
            _NAO + r" aguento mais(?: viver| essa vida)?(?!\s*\w)",
        ),
    }
)

TEMPERATURE_WORDS: tuple[str, ...] = (
    r"febr(?!er|uar)", "graus", r"grau" + _END,
    # "Está com 39", "chegou a 39", "deu 38.5": a reading. Temperature words are read in
    # the text before the number: `(?=\s*$)` is "just before".
    r"(?:esta|ta|ficou|estava|tava|acordou) com(?=\s*$)",
    r"(?:chegou|subiu|foi)(?: a| pra| para| ate)(?=\s*$)", r"marc(?:ou|ando|a)(?=\s*$)",
    r"deu(?=\s*$)",
)

NEGATIONS: tuple[str, ...] = (
    "nao", "naum", "nunca", "sem", "nenhum", "nenhuma", "nem", r"nada de", r"ja nao",
    r"(?:nao|naum|n) (?:tem|teve|esta com|ta com|sente|sentiu)(?: mais)?",
)

NEGATIONS_AFTER: tuple[str, ...] = (
    r"nao(?=\s*$)", r"(?<!do )(?<!de )nada", "nenhuma", "nenhum", "normal", "ok",
    r"ja (?:passou|baixou|foi|sumiu|cedeu|normalizou)",
)

PAST_MARKERS: tuple[str, ...] = (
    r"(?:em|no ano de) (?:19|20)\d\d(?!\d)",
    r"ha (?:\d+|um|uma|dois|duas|tres|alguns|algumas|varios|varias|mais de \w+) "
    r"(?:anos?|mes(?:es)?)(?!\w)",
    r"(?:\d+|um|uma|dois|duas|tres) (?:anos?|mes(?:es)?) atras", r"ano passado",
    r"mes passado", r"semana passada", "anteriormente", "antigamente", r"no passado",
    r"historico de", r"antecedentes? de",
    r"quando (?:era|ele era|ela era|estava) (?:bebe|pequen\w*|menor|crianca)",
    r"(?:no|ao|na epoca do) diagnostico",
    r"(?:primeir|anterior|previ)\w* " + _COURSE + r"[^.!?\n]*(?<!\w)" + _PAST_VERB + r"(?!\w)",
    r"(?<!\w)" + _PAST_VERB + r"[^.!?\n]*(?:primeir|anterior|previ)\w* " + _COURSE,
    r"da (?:outra|ultima) vez",
)

CLAUSE_BREAKS: tuple[str, ...] = (
    "porem", "agora", "hoje", "hj", "atualmente", r"no momento", r"(?:nesse|neste) momento",
    r"esta (?:manha|noite)", "contudo", "entretanto", "embora",
)

NEGATION_STOPS: tuple[str, ...] = (
    "e", "se", "mas", "porque", "pq", "por", "que", "q", "acho", "sei", "certeza", "medo",
    "como", "quando", "so", "talvez", "baixa", "baixou", "passa", "cede", "cedeu", "abaixa",
    "para", "pra", "sai", "mais",
    # Places after "no" (in the): "no hospital teve convulsão" is not "no convulsion".
    "hospital", "pronto", "dia", "fim", "meio", "final", "sabado", "domingo", "quarto", "carro",
    "caminho", "banho", "berco", "colo", "posto",
)

REPEAT_MARKERS: tuple[str, ...] = (
    r"de novo", "novamente", r"(?<!da )outra vez", r"volt(?:ou|aram|ando)", "ainda",
    r"continua", r"retornou",
)

NEGATIVE_PARTICLES: tuple[str, ...] = ("nao", "naum", "sem", "nem")

MEASURE_UNITS: tuple[str, ...] = (
    "plaqueta", "leucocito",
    r"anos?" + _END, r"mes(?:es)?" + _END, "semana", r"dias?" + _END, r"horas?" + _END,
    "minuto", "vezes", "quilo", "reais", r"por ?cento", r"mil" + _END,
)

MEASURE_LABELS: tuple[str, ...] = (
    "idade", r"peso" + _END, r"pesa" + _END, "altura", "plaqueta", "leucocito", "neutrofilo",
    "linfocito", "ciclo", "numero", "nasceu", "nascid", "frequencia", "oxigenio", "pressao",
    "glicose",
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
