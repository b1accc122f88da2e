"""Words explained (shown one at a time), and the disclaimer."""

from __future__ import annotations

from flows.definitions.learn_content.models import Term
from flows.text import N_

__all__ = ["DISCLAIMER", "GLOSSARY"]

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
