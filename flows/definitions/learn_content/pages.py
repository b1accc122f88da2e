"""The education pages, in reading order (one idea per page, under 900 characters)."""

from __future__ import annotations

from flows.definitions.learn_content.models import Page
from flows.text import N_

__all__ = ["PAGES"]

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
