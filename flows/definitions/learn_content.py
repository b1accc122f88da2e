"""Educational content: dual-target CD19+CD22 CAR-T for relapsed B-ALL.

Plain data only. Every user-visible string is a msgid wrapped in `N_(...)` as a
single literal (adjacent literals inside one call are joined by Python and by
Babel's extractor), so `pybabel extract -k N_` picks it up.

Source of truth: the project fact sheet (`content/facts.md`). Every figure keeps
the qualifier it has there ("about", "roughly", "in the largest series", n=...).
Texts are Telegram HTML: only <b> and <i>; a literal &, < or > must be escaped.

Rules for editors (enforced by tests/unit/test_learn_content.py):
- no medical advice, no statement that someone is or is not eligible, and no
  figure presented as a promise;
- every number must be in the test's allow-list (taken from the fact sheet);
- never put "{" or "}" in a text, and never let "%" read as a printf
  placeholder (e.g. "40% of"), or Babel flags the msgid as python-format.
"""

from __future__ import annotations

from dataclasses import dataclass

from flows.text import N_

__all__ = ["DISCLAIMER", "FAQ", "GLOSSARY", "PAGES", "Page", "Term"]


@dataclass(frozen=True)
class Page:
    """One screen of reading. `title` is a button label; `body` holds one idea."""

    id: str
    title: str
    body: str


@dataclass(frozen=True)
class Term:
    """A glossary entry, shown as a Telegram alert (explanation <= 190 chars)."""

    id: str
    term: str
    explanation: str


PAGES: tuple[Page, ...] = (
    Page(
        id="antigen_escape",
        title=N_("Why CD19 can be lost"),
        body=N_(
            "<b>How leukaemia can hide from CD19 CAR-T</b>\n"
            "\n"
            "CD19 CAR-T cells look for one marker on leukaemia cells: CD19. This treatment "
            "brings many people into remission. But the leukaemia often comes back.\n"
            "\n"
            "One of the most common ways it comes back is called <i>antigen escape</i>. "
            "The leukaemia loses or hides CD19. This can happen in different ways:\n"
            "• the CD19 gene is lost or changed;\n"
            "• the cell makes a different form of CD19 that the CAR-T cells cannot see;\n"
            "• the leukaemia changes type, from B-cell to myeloid (a <i>lineage switch</i>);\n"
            "• a few cells that already had very little CD19 survive and grow.\n"
            "\n"
            "Each way ends the same: CD19 CAR-T cells can no longer see the leukaemia. "
            "If it comes back without CD19, a product aimed only at CD19 has nothing "
            "left to attack."
        ),
    ),
    Page(
        id="why_cd22",
        title=N_("Why CD22 is added"),
        body=N_(
            "<b>Why CD22 is the second target</b>\n"
            "\n"
            "CD22 is another marker on B-ALL cells. It does not depend on CD19. "
            "In most cases, CD22 is still there on leukaemia cells that have little "
            "or no CD19.\n"
            "\n"
            "In studies, CAR-T aimed only at CD22 has shown it can act against relapsed "
            "or hard-to-treat ALL. This includes people whose leukaemia cells had little "
            "or no CD19.\n"
            "\n"
            "A dual-target product looks for <b>both</b> CD19 and CD22. The idea: if the "
            "leukaemia hides one marker, the CAR-T cells can still find the other.\n"
            "\n"
            "This does not stop every relapse. The pages with the numbers explain more."
        ),
    ),
    Page(
        id="cd22_test",
        title=N_("Testing CD22 again now"),
        body=N_(
            "<b>Why CD22 must be tested again</b>\n"
            "\n"
            "No one can assume that CD22 is there. It has to be checked with a lab test "
            "called <b>flow cytometry</b>.\n"
            "\n"
            "The test uses a bone-marrow sample (or another sample that has leukaemia in "
            "it). The sample must be taken:\n"
            "• <b>after</b> the relapse, and\n"
            "• <b>after</b> any treatment aimed at CD19 or CD22, such as blinatumomab, "
            "inotuzumab or CAR-T.\n"
            "\n"
            "Trials usually want a result from within about the last 2 months. Markers "
            "can change after treatment, so an older result may be out of date.\n"
            "\n"
            "CD22 can also be there at a low level (<i>low-density CD22</i>). This may "
            "make a product that targets CD22 work less well. It is part of the "
            "specialist's eligibility review."
        ),
    ),
    Page(
        id="numbers_escape",
        title=N_("Numbers: CD19 loss"),
        body=N_(
            "<b>How often CD19 is lost</b>\n"
            "\n"
            "These figures come from published studies. They describe groups of "
            "patients. They are not a promise about any one person.\n"
            "\n"
            "• After CAR-T aimed only at CD19, the leukaemia can come back without CD19. "
            "In published series, among patients who first respond, roughly 10-40% later "
            "relapse this way.\n"
            "• This kind of relapse is also a large share of all relapses after CD19 "
            "CAR-T.\n"
            "\n"
            "When the leukaemia comes back without CD19, a CD19-only product has nothing "
            "left to target. This is the main problem that dual-target CAR-T is designed "
            "to tackle."
        ),
    ),
    Page(
        id="numbers_dual_results",
        title=N_("Dual-target: remission"),
        body=N_(
            "<b>Results with CD19+CD22 CAR-T</b>\n"
            "\n"
            "These figures come from published, early-phase studies. Most were done at a "
            "single centre, did not compare groups chosen at random, and came mostly from "
            "academic centres in China. They are not a promise for any one patient.\n"
            "\n"
            "• <b>Complete remission</b>: about 90-93%, when studies are pooled.\n"
            "• <b>Complete remission with no MRD found</b>: in Chinese series, from about "
            "85% (n=47, tandem design) to 99% (n=225, two products given together, "
            "patients aged 20 or under). A US tandem series reached 60%.\n"
            "• <b>At one year</b>: about half of patients were progression-free (the "
            "leukaemia had not come back or grown), in pooled data."
        ),
    ),
    Page(
        id="numbers_dual_relapse",
        title=N_("Dual-target: relapses"),
        body=N_(
            "<b>Relapse after CD19+CD22 CAR-T</b>\n"
            "\n"
            "These figures also come from published studies. They are not a promise for "
            "any one patient.\n"
            "\n"
            "• Losing both CD19 and CD22 seems uncommon. In the largest series, it "
            "happened in 1 of 43 relapses.\n"
            "• But relapses still happen. In that series, 16 of 43 relapses came back "
            "without CD19 but still with CD22.\n"
            "• Most relapses keep their markers. They are linked to the CAR-T cells not "
            "lasting in the body.\n"
            "\n"
            "<b>What this means:</b> the main benefit is <b>fewer</b> relapses from marker "
            "loss. It is not a higher first response. Many patients go on to a stem-cell "
            "transplant. Long-term results are still being collected."
        ),
    ),
    Page(
        id="designs_same_cell",
        title=N_("Designs: both on one cell"),
        body=N_(
            "<b>Ways to build it: both targets on one cell</b>\n"
            "\n"
            "There are four main designs. In these three, each CAR-T cell carries both "
            "targets. The fourth design, and one more approach, are on the next page.\n"
            "\n"
            "• <b>Tandem CAR</b>: one receptor holds a CD19 part and a CD22 part. It is "
            "one product and simpler to make. The cell attacks if either marker is there. "
            "But the link between the two parts may make each grip less strongly.\n"
            "• <b>Bicistronic CAR</b>: one gene package makes two separate receptors, "
            "CD19 and CD22, on the same cell. Each keeps its full grip. But the package is "
            "bigger, and each receptor may be made in smaller amounts.\n"
            "• <b>Co-transduction</b>: the cell is given two separate CAR genes (with two "
            "carriers, or by gene editing). Both receptors sit on one cell. It is harder "
            "to make and mostly still being studied."
        ),
    ),
    Page(
        id="designs_two_products",
        title=N_("Designs: two products"),
        body=N_(
            "<b>Ways to build it: two separate products</b>\n"
            "\n"
            "• <b>Two products mixed (co-administration)</b>: CD19 CAR-T and CD22 CAR-T "
            "are made separately. They are given together or one after the other. Each can "
            "be made as well as possible, and the balance between them can be changed. But "
            "it needs two manufacturing runs, and one group of cells may outgrow the "
            "other.\n"
            "• <b>Sequential infusion</b>: CD19 CAR-T is given first, then CD22 CAR-T "
            "some weeks later. This is used especially in China.\n"
            "\n"
            "<b>Which design is best?</b> No design has been shown to be the best. Tandem "
            "and bicistronic CARs can be weaker against leukaemia cells that carry only "
            "one of the two markers."
        ),
    ),
    Page(
        id="when_considered",
        title=N_("When it is considered"),
        body=N_(
            "<b>Four situations where it is considered</b>\n"
            "\n"
            "• <b>CD19-negative relapse after CD19 CAR-T.</b> This is the main reason. A "
            "CD22 or dual-target product is then the only CAR-T option left.\n"
            "• <b>High-risk ALL</b> where escape is judged more likely: dim CD19, Ph-like "
            "ALL, or mixed-phenotype acute leukaemia. Some centres use dual-target as the "
            "first CAR-T, but only in clinical trials. These trials generally require relapsed, "
            "refractory or MRD-positive disease.\n"
            "• <b>Uneven CD19</b> on flow cytometry: some leukaemia cells have CD19, "
            "others only a little.\n"
            "• <b>Relapse after CD19 CAR-T with CD19 still there.</b> The first CAR-T cells "
            "may be worn out. A new product with a second target gives a fresh attack.\n"
            "\n"
            "People whose leukaemia did not respond at all to an earlier CAR-T have done "
            "less well. A specialist weighs this, and the whole history."
        ),
    ),
    Page(
        id="single_vs_dual",
        title=N_("CD19 alone vs CD19+CD22"),
        body=N_(
            "<b>CD19 CAR-T alone</b>\n"
            "• Approved products: tisagenlecleucel; relmacabtagene in China; "
            "brexucabtagene for adults with ALL.\n"
            "• 5+ years of follow-up.\n"
            "• Simpler and faster to make, at more sites.\n"
            "• Usually the first choice when there was no earlier CAR-T and CD19 is even "
            "across the leukaemia cells.\n"
            "\n"
            "<b>CD19+CD22 dual-target CAR-T</b>\n"
            "• Designed to cut relapses where a marker is lost.\n"
            "• After a CD19-negative relapse, the only choice that keeps CD19 covered and "
            "adds CD22.\n"
            "• Mainly available in clinical trials and academic protocols in China.\n"
            "• Still investigational: not approved in the USA or Europe."
        ),
    ),
    Page(
        id="about_service",
        title=N_("What we do and do not do"),
        body=N_(
            "<b>How we can help</b>\n"
            "• Gather and organise records: reports, scans, pathology, flow cytometry and "
            "treatment history.\n"
            "• Review the case.\n"
            "• Talk to hospitals or trial teams about screening.\n"
            "• Help with appointments, translation, travel and hospital admission.\n"
            "• Look for other options if this one does not fit.\n"
            "\n"
            "<b>What we do not do</b>\n"
            "• We do not give medical advice.\n"
            "• We do not guarantee access, eligibility or any outcome.\n"
            "• We do not decide eligibility. A qualified haematologist at an experienced "
            "centre does that."
        ),
    ),
)


FAQ: tuple[Page, ...] = (
    Page(
        id="faq_after_cd19",
        title=N_("Is dual-target CAR-T possible after CD19 CAR-T?"),
        body=N_(
            "Having had CD19 CAR-T before does not rule anyone out. In fact, it is one of "
            "the main reasons to consider dual-target CAR-T.\n"
            "\n"
            "A key question is whether the leukaemia carries CD22 <b>now</b>. This has to "
            "be confirmed with flow cytometry on a current bone-marrow sample.\n"
            "\n"
            "We cannot tell you whether this treatment fits your child. Only a qualified "
            "haematologist at an experienced centre can decide that."
        ),
    ),
    Page(
        id="faq_where",
        title=N_("Where is it available?"),
        body=N_(
            "Mainly through clinical-trial protocols at academic hospitals in China. "
            "Examples are Ruijin Hospital (Shanghai Jiao Tong University) and Peking "
            "University People's Hospital.\n"
            "\n"
            "It is not approved in the USA or Europe."
        ),
    ),
    Page(
        id="faq_results",
        title=N_("What are the results?"),
        body=N_(
            "In published early-phase studies, mostly from China, the pooled rate of "
            "complete remission is about 90-93%. About half of patients were "
            "progression-free at one year.\n"
            "\n"
            "The main advantage is <b>fewer relapses from marker loss</b>. It is not a "
            "higher first response. Relapses still happen, and long-term data are still "
            "being collected.\n"
            "\n"
            "These figures describe groups of patients in studies. They are not a promise "
            "for any one patient. The pages with the numbers give more detail."
        ),
    ),
    Page(
        id="faq_approved",
        title=N_("Is it approved?"),
        body=N_(
            "Not in the USA or Europe. Dual-target CD19+CD22 CAR-T is still "
            "investigational. It is mainly available in clinical trials and academic "
            "protocols in China.\n"
            "\n"
            "Some CAR-T products aimed only at CD19 are approved: tisagenlecleucel; "
            "relmacabtagene in China; brexucabtagene for adults with ALL."
        ),
    ),
    Page(
        id="faq_cd22_test",
        title=N_("Which test do I need and how recent must it be?"),
        body=N_(
            "A CD22 check by <b>flow cytometry</b>, on a bone-marrow aspirate (or another "
            "sample that has leukaemia in it).\n"
            "\n"
            "The sample must be taken <b>after</b> the relapse, and <b>after</b> any "
            "treatment aimed at CD19 or CD22, such as blinatumomab, inotuzumab or CAR-T. "
            "Trials typically want it from within about the last 2 months.\n"
            "\n"
            "Not sure if your test is recent enough? Send what you have. The coordinator "
            "will look at the dates with you."
        ),
    ),
    Page(
        id="faq_prior_treatment",
        title=N_("Does a past transplant or blinatumomab/inotuzumab matter?"),
        body=N_(
            "The whole treatment history matters. The specialist looks at all of it.\n"
            "\n"
            "<b>Blinatumomab, inotuzumab and earlier CAR-T</b> are treatments aimed at "
            "CD19 or CD22. The CD22 test must use a sample taken <b>after</b> them. So "
            "their dates help show which test result can be used.\n"
            "\n"
            "<b>A past stem-cell transplant</b> is part of the history too. How it affects "
            "the options for one person is for the specialist to judge. We cannot give "
            "rules about it here.\n"
            "\n"
            "Please list every past treatment, with dates, when you send records."
        ),
    ),
    Page(
        id="faq_relapse_after_dual",
        title=N_("Can the leukaemia come back after dual-target CAR-T?"),
        body=N_(
            "Yes, it can. Relapses still happen.\n"
            "\n"
            "In the largest series, losing both CD19 and CD22 was uncommon: "
            "1 of 43 relapses. But 16 of 43 relapses came back without CD19 while still "
            "carrying CD22. Most relapses keep their markers and are linked to the CAR-T "
            "cells not lasting.\n"
            "\n"
            "Many patients go on to a stem-cell transplant. Long-term data are still being "
            "collected. These figures come from published studies and are not a promise "
            "for any one patient."
        ),
    ),
    Page(
        id="faq_after_submit",
        title=N_("What happens after I submit?"),
        body=N_(
            "A coordinator reviews your case. They may ask you for more reports, for "
            "example a recent flow cytometry result.\n"
            "\n"
            "Only with your permission, they talk to hospitals or trial teams about "
            "screening. They can also help with appointments, translation, travel and "
            "admission. If this treatment does not fit, they look for other options.\n"
            "\n"
            "Sending your case does not guarantee access, eligibility or any outcome. "
            "Eligibility is decided by a qualified haematologist at an experienced centre."
        ),
    ),
    Page(
        id="faq_service",
        title=N_("What does the service do and not do?"),
        body=N_(
            "<b>We do:</b> help you gather and organise records, review the case, and talk "
            "to hospitals or trial teams about screening. We help with appointments, "
            "translation, travel and admission. If this option does not fit, we look for "
            "others.\n"
            "\n"
            "<b>We do not</b> give medical advice. We do not guarantee access, eligibility "
            "or any outcome. Eligibility is decided by a qualified haematologist at an "
            "experienced centre, not by us."
        ),
    ),
)


GLOSSARY: tuple[Term, ...] = (
    Term(
        id="car_t",
        term=N_("CAR-T"),
        explanation=N_(
            "A treatment using immune cells called T cells. They are changed in a lab so "
            "they can find a marker on leukaemia cells, such as CD19 or CD22, and attack "
            "those cells."
        ),
    ),
    Term(
        id="antigen",
        term=N_("Antigen"),
        explanation=N_(
            "A marker on the surface of a cell. CAR-T cells use a marker like this to "
            "find the cells they should attack. CD19 and CD22 are antigens."
        ),
    ),
    Term(
        id="cd19",
        term=N_("CD19"),
        explanation=N_(
            "A marker found on B-ALL cells. It is the target of the approved CAR-T "
            "products for ALL. The leukaemia can lose or hide it."
        ),
    ),
    Term(
        id="cd22",
        term=N_("CD22"),
        explanation=N_(
            "Another marker on B-ALL cells. It does not depend on CD19, so in most cases "
            "it is still there when CD19 is low or lost. It must be tested, not assumed."
        ),
    ),
    Term(
        id="antigen_escape",
        term=N_("Antigen escape"),
        explanation=N_(
            "When the leukaemia loses or hides the marker that CAR-T cells look for. The "
            "CAR-T cells can then no longer see it."
        ),
    ),
    Term(
        id="b_all",
        term=N_("B-ALL"),
        explanation=N_(
            "B-cell acute lymphoblastic leukaemia. A blood cancer of young B-cells, a "
            "type of white blood cell."
        ),
    ),
    Term(
        id="relapse",
        term=N_("Relapse"),
        explanation=N_("When the leukaemia comes back after a time in remission."),
    ),
    Term(
        id="refractory",
        term=N_("Refractory"),
        explanation=N_("Leukaemia that does not respond to treatment."),
    ),
    Term(
        id="remission",
        term=N_("Remission / CR"),
        explanation=N_(
            "Complete remission (CR): standard tests no longer find the leukaemia. It "
            "does not mean the leukaemia cannot come back."
        ),
    ),
    Term(
        id="mrd",
        term=N_("MRD"),
        explanation=N_(
            "Minimal (or measurable) residual disease: tiny amounts of leukaemia, found "
            "only with very sensitive tests. MRD-negative means the test found none."
        ),
    ),
    Term(
        id="flow_cytometry",
        term=N_("Flow cytometry"),
        explanation=N_(
            "A lab test that checks many single cells for markers such as CD19 and "
            "CD22. It shows whether a marker is there and how much of it."
        ),
    ),
    Term(
        id="bone_marrow_aspirate",
        term=N_("Bone-marrow aspirate"),
        explanation=N_(
            "A small sample of liquid bone marrow, taken with a needle. It is used for "
            "tests such as flow cytometry."
        ),
    ),
    Term(
        id="hsct",
        term=N_("HSCT (stem-cell transplant)"),
        explanation=N_(
            "Haematopoietic stem-cell transplant. The patient is given new blood-forming "
            "stem cells, often from a donor. Many patients have one after dual-target "
            "CAR-T."
        ),
    ),
    Term(
        id="crs",
        term=N_("CRS"),
        explanation=N_(
            "Cytokine release syndrome. A known side effect of CAR-T that the treating "
            "team watches for."
        ),
    ),
    Term(
        id="icans",
        term=N_("ICANS"),
        explanation=N_(
            "Immune effector cell-associated neurotoxicity syndrome. A known side effect "
            "of CAR-T that the treating team watches for."
        ),
    ),
    Term(
        id="blinatumomab",
        term=N_("Blinatumomab"),
        explanation=N_(
            "A leukaemia medicine. It is one of the treatments aimed at CD19 or CD22, so "
            "the CD22 test must use a sample taken after it."
        ),
    ),
    Term(
        id="inotuzumab",
        term=N_("Inotuzumab"),
        explanation=N_(
            "A leukaemia medicine. It is one of the treatments aimed at CD19 or CD22, so "
            "the CD22 test must use a sample taken after it."
        ),
    ),
    Term(
        id="lineage_switch",
        term=N_("Lineage switch"),
        explanation=N_(
            "When the leukaemia changes type, from B-cell to myeloid. It is one way the "
            "leukaemia can lose CD19."
        ),
    ),
    Term(
        id="low_density_cd22",
        term=N_("Low-density CD22"),
        explanation=N_(
            "CD22 is there, but only a little of it on each cell. This may make a "
            "product that targets CD22 work less well."
        ),
    ),
    Term(
        id="tandem_car",
        term=N_("Tandem CAR"),
        explanation=N_(
            "A design where one receptor on the CAR-T cell holds both a CD19 part and a CD22 part."
        ),
    ),
    Term(
        id="bicistronic_car",
        term=N_("Bicistronic CAR"),
        explanation=N_(
            "A design where one gene package makes two separate receptors, one for CD19 "
            "and one for CD22, on the same cell."
        ),
    ),
    Term(
        id="co_administration",
        term=N_("Co-administration"),
        explanation=N_(
            "CD19 CAR-T and CD22 CAR-T are made as two separate products and given "
            "together or one after the other."
        ),
    ),
    Term(
        id="progression_free",
        term=N_("Progression-free"),
        explanation=N_("In a study, the leukaemia has not come back or grown during that time."),
    ),
    Term(
        id="clinical_trial",
        term=N_("Clinical trial"),
        explanation=N_(
            "A research study that tests a treatment in people under a strict plan (a "
            "protocol). Each trial has its own entry rules, checked by the trial team."
        ),
    ),
)


DISCLAIMER: str = N_(
    "<i>This is information only, not medical advice. The service does not guarantee "
    "access to treatment, eligibility or any clinical outcome. Eligibility for CAR-T "
    "must be assessed by a qualified haematologist at an experienced centre.</i>"
)
