"""The `intake` flow: every question the coordinators need, in one place.

Fields, codes and conditions follow shared/content/intake-fields.md. Each
question is in plain words; the stored value is the clinical code. Read top
to bottom, this file is the questionnaire.
"""

from __future__ import annotations

from flows.conditions import Equals, Given, Not
from flows.definitions.countries import BUTTONS, COUNTRIES, parse_country
from flows.steps import (
    Choice,
    DateStep,
    FileStep,
    NumberStep,
    Option,
    Repeat,
    Section,
    Step,
    TextStep,
)
from flows.text import N_

__all__ = ["SECTIONS", "STEPS"]

SECTIONS = (
    Section("contact", N_("About you")),
    Section("patient", N_("The patient")),
    Section("disease", N_("The leukaemia now")),
    Section("markers", N_("CD19/CD22 tests")),
    Section("treatment", N_("Treatments so far")),
    Section("cart", N_("Earlier CAR-T")),
    Section("transplant", N_("Transplant")),
    Section("condition", N_("How the patient is now")),
)

YES, NO, UNKNOWN = (
    Option("yes", N_("Yes")),
    Option("no", N_("No")),
    Option("unknown", N_("I don't know")),
)
YES_NO_UNKNOWN = (YES, NO, UNKNOWN)

RELAPSED = Equals(
    "disease_status", "first_relapse", "second_or_later_relapse", "relapse_after_transplant"
)
ANTIGEN = (
    Option("positive", N_("Positive (present)")),
    Option("dim", N_("Dim (weak)")),
    Option("negative", N_("Negative (absent)")),
)


def _contact() -> tuple[Step, ...]:
    s = "contact"
    return (
        Choice(
            id="contact_role",
            section=s,
            label=N_("You are"),
            prompt=N_("Who is writing to us?"),
            options=(
                Option("patient", N_("I am the patient")),
                Option("parent_guardian", N_("A parent or guardian")),
                Option("relative", N_("Another relative or friend")),
                Option("physician", N_("The patient's doctor")),
                Option("other", N_("Someone else")),
            ),
        ),
        Choice(
            id="country_residence",
            section=s,
            label=N_("Country where the patient lives"),
            prompt=N_("In which country does the patient live now?"),
            options=(
                *(Option(c, COUNTRIES[c][0]) for c in BUTTONS),
                Option("other", N_("Another country")),
            ),
            parse_typed=parse_country,
            typed_hint=N_("Not in the list? Type the country's name."),
        ),
        TextStep(
            id="contact_name",
            section=s,
            label=N_("Your name"),
            max_length=200,
            prompt=N_("What is your name? (So the coordinator knows how to address you.)"),
        ),
        Choice(
            id="preferred_contact",
            section=s,
            label=N_("Best way to reach you"),
            skip=True,
            prompt=N_("Apart from this chat, how else can we reach you?"),
            options=(
                Option("telegram", N_("Only here in Telegram")),
                Option("phone", N_("Phone / WhatsApp")),
                Option("email", N_("E-mail")),
            ),
        ),
        TextStep(
            id="contact_value",
            section=s,
            label=N_("Phone or e-mail"),
            max_length=200,
            skip=True,
            when=Equals("preferred_contact", "phone", "email"),
            prompt=N_("Please type the phone number (with country code) or e-mail address."),
        ),
    )


def _patient() -> tuple[Step, ...]:
    s = "patient"
    return (
        NumberStep(
            id="patient_age_years",
            section=s,
            label=N_("Age (years)"),
            minimum=0,
            maximum=90,
            prompt=N_("How old is the patient, in years? (For a baby under 1, type 0.)"),
        ),
        NumberStep(
            id="weight_kg",
            section=s,
            label=N_("Weight (kg)"),
            minimum=1,
            maximum=250,
            integer=False,
            skip=True,
            unknown=True,
            prompt=N_("What does the patient weigh, in kilograms?"),
        ),
        Choice(
            id="diagnosis",
            section=s,
            label=N_("Diagnosis"),
            unknown=True,
            prompt=N_("What is the diagnosis, as written in the medical reports?"),
            options=(
                Option("b_all", N_("B-cell acute lymphoblastic leukaemia (B-ALL)")),
                Option("b_lymphoblastic_lymphoma", N_("B-lymphoblastic lymphoma")),
                Option("mpal", N_("Mixed-phenotype acute leukaemia (MPAL)")),
                Option("t_all", N_("T-cell ALL (T-ALL)")),
                Option("burkitt", N_("Burkitt leukaemia or lymphoma")),
                Option("other", N_("Something else")),
            ),
        ),
        DateStep(
            id="diagnosis_date",
            section=s,
            label=N_("First diagnosed"),
            unknown=True,
            prompt=N_("When was the leukaemia first diagnosed?"),
        ),
        Choice(
            id="ph_status",
            section=s,
            label=N_("Philadelphia chromosome"),
            unknown=True,
            prompt=N_("Do the genetic tests mention the Philadelphia chromosome (BCR-ABL1)?"),
            options=(
                Option("ph_positive", N_("Ph-positive (BCR-ABL1 found)")),
                Option("ph_like", N_("Ph-like")),
                Option("ph_negative", N_("Ph-negative (not found)")),
            ),
        ),
        NumberStep(
            id="tki_lines",
            section=s,
            label=N_("TKI medicines tried"),
            minimum=0,
            maximum=10,
            unknown=True,
            when=Equals("ph_status", "ph_positive"),
            prompt=N_(
                "How many different TKI medicines (such as imatinib, dasatinib, ponatinib) has the patient taken?"
            ),
        ),
        Choice(
            id="genetics_other",
            section=s,
            label=N_("Other genetic findings"),
            multi=True,
            skip=True,
            exclusive=("none_known",),
            prompt=N_("Do the reports mention any of these genetic changes?"),
            options=(
                Option("kmt2a", N_("KMT2A (MLL) rearrangement")),
                Option("tp53", N_("TP53 change")),
                Option("other", N_("Another change")),
                Option("none_known", N_("None that I know of")),
            ),
        ),
    )


def _disease() -> tuple[Step, ...]:
    s = "disease"
    return (
        Choice(
            id="disease_status",
            section=s,
            label=N_("Disease now"),
            unknown=True,
            prompt=N_("Where is the leukaemia now?"),
            options=(
                Option("primary_refractory", N_("It never went into remission")),
                Option("first_relapse", N_("It came back for the first time")),
                Option("second_or_later_relapse", N_("It came back twice or more")),
                Option("relapse_after_transplant", N_("It came back after a stem-cell transplant")),
                Option("mrd_positive", N_("In remission, but MRD is still found")),
                Option("remission_mrd_negative", N_("In remission, MRD negative")),
            ),
        ),
        DateStep(
            id="last_relapse_date",
            section=s,
            label=N_("Last relapse"),
            unknown=True,
            when=RELAPSED,
            prompt=N_("When did the leukaemia last come back?"),
        ),
        Choice(
            id="cns_status",
            section=s,
            label=N_("Spinal fluid (CNS)"),
            unknown=True,
            prompt=N_("Was leukaemia found in the spinal fluid (CNS status)?"),
            options=(
                Option("cns1", N_("No, none found (CNS1)")),
                Option("cns2", N_("A few cells found (CNS2)")),
                Option("cns3", N_("Yes, clearly found (CNS3)")),
            ),
        ),
        Choice(
            id="extramedullary",
            section=s,
            label=N_("Outside the bone marrow"),
            multi=True,
            exclusive=("none", "unknown"),
            prompt=N_("Has leukaemia been found outside the bone marrow and blood?"),
            options=(
                Option("none", N_("No")),
                Option("cns", N_("Brain or spinal fluid")),
                Option("testis", N_("Testicle")),
                Option("other", N_("Somewhere else")),
                Option("unknown", N_("I don't know")),
            ),
        ),
        NumberStep(
            id="marrow_blasts_pct",
            section=s,
            label=N_("Blasts in bone marrow (%)"),
            minimum=0,
            maximum=100,
            integer=False,
            unknown=True,
            skip=True,
            prompt=N_(
                "If the latest bone-marrow report gives the percentage of blasts, type it (for example 12.5)."
            ),
        ),
        TextStep(
            id="mrd_value",
            section=s,
            label=N_("Latest MRD result"),
            max_length=200,
            unknown=True,
            skip=True,
            prompt=N_("If you have the latest MRD result, type it as written (for example 0.01%)."),
        ),
    )


def _markers() -> tuple[Step, ...]:
    s = "markers"
    return (
        Choice(
            id="cd19_status",
            section=s,
            label=N_("CD19"),
            unknown=True,
            prompt=N_(
                "<b>CD19</b> is the marker that CD19 CAR-T looks for. What does the latest flow cytometry report say about CD19 on the leukaemia cells?"
            ),
            options=(
                *ANTIGEN[:2],
                Option("partial", N_("Partial (on some cells only)")),
                ANTIGEN[2],
            ),
        ),
        Choice(
            id="cd22_status",
            section=s,
            label=N_("CD22"),
            unknown=True,
            prompt=N_(
                "<b>CD22</b> is the second marker a dual-target CAR-T looks for. What does the latest report say about CD22?"
            ),
            options=(
                *ANTIGEN[:2],
                Option("partial", N_("Partial (on some cells only)")),
                ANTIGEN[2],
                Option("not_tested", N_("It was not tested")),
            ),
        ),
        DateStep(
            id="flow_date",
            section=s,
            label=N_("Latest flow cytometry"),
            unknown=True,
            prompt=N_("When was the sample for this latest flow cytometry test taken?"),
        ),
        Choice(
            id="flow_sample",
            section=s,
            label=N_("Sample tested"),
            unknown=True,
            prompt=N_("What was tested?"),
            options=(
                Option("bone_marrow", N_("Bone marrow")),
                Option("blood", N_("Blood")),
                Option("csf", N_("Spinal fluid")),
                Option("tissue", N_("A tissue sample (biopsy)")),
            ),
        ),
        FileStep(
            id="flow_report",
            section=s,
            label=N_("Flow cytometry report"),
            prompt=N_(
                "Please send the flow cytometry report (a photo of each page is fine). It matters most for the review."
            ),
        ),
        NumberStep(
            id="cd19_pct",
            section=s,
            label=N_("CD19 (% of blasts)"),
            minimum=0,
            maximum=100,
            integer=False,
            skip=True,
            prompt=N_(
                "If the report gives a percentage of blasts that are CD19-positive, type it. Otherwise tap Skip."
            ),
        ),
        NumberStep(
            id="cd22_pct",
            section=s,
            label=N_("CD22 (% of blasts)"),
            minimum=0,
            maximum=100,
            integer=False,
            skip=True,
            prompt=N_(
                "If the report gives a percentage of blasts that are CD22-positive, type it. Otherwise tap Skip."
            ),
        ),
        NumberStep(
            id="cd22_sites_per_cell",
            section=s,
            label=N_("CD22 sites per cell"),
            minimum=0,
            maximum=1_000_000,
            skip=True,
            prompt=N_(
                "If the report gives the number of CD22 sites (molecules) per cell, type it. Otherwise tap Skip."
            ),
        ),
    )


def _treatment() -> tuple[Step, ...]:
    s = "treatment"
    return (
        NumberStep(
            id="prior_lines",
            section=s,
            label=N_("Lines of treatment"),
            minimum=0,
            maximum=20,
            unknown=True,
            skip=True,
            prompt=N_("How many different treatment courses (lines) has the patient had so far?"),
        ),
        TextStep(
            id="current_therapy",
            section=s,
            label=N_("Treatment now"),
            skip=True,
            prompt=N_("What treatment is the patient getting now, if any?"),
        ),
        Choice(
            id="prior_blinatumomab",
            section=s,
            label=N_("Blinatumomab"),
            options=YES_NO_UNKNOWN,
            prompt=N_("Has the patient ever had <b>blinatumomab</b> (Blincyto)?"),
        ),
        DateStep(
            id="blinatumomab_last_date",
            section=s,
            label=N_("Last blinatumomab"),
            unknown=True,
            when=Equals("prior_blinatumomab", "yes"),
            prompt=N_("When was the last dose of blinatumomab?"),
        ),
        Choice(
            id="prior_inotuzumab",
            section=s,
            label=N_("Inotuzumab"),
            options=YES_NO_UNKNOWN,
            prompt=N_("Has the patient ever had <b>inotuzumab</b> (Besponsa)?"),
        ),
        DateStep(
            id="inotuzumab_last_date",
            section=s,
            label=N_("Last inotuzumab"),
            unknown=True,
            when=Equals("prior_inotuzumab", "yes"),
            prompt=N_("When was the last dose of inotuzumab?"),
        ),
    )


def _car_t_item() -> tuple[Step, ...]:
    s = "cart"
    relapsed = Equals("relapsed", "yes")
    return (
        Choice(
            id="target",
            section=s,
            label=N_("Target"),
            unknown=True,
            prompt=N_("Which marker did this CAR-T target?"),
            options=(
                Option("cd19", N_("CD19")),
                Option("cd22", N_("CD22")),
                Option("cd19_cd22", N_("Both CD19 and CD22")),
                Option("other", N_("Something else")),
            ),
        ),
        TextStep(
            id="product",
            section=s,
            label=N_("Product"),
            max_length=200,
            unknown=True,
            prompt=N_(
                "What was the product called (for example Kymriah), or was it a clinical trial? Type what you know."
            ),
        ),
        DateStep(
            id="infusion_date",
            section=s,
            label=N_("Infusion"),
            unknown=True,
            prompt=N_("When were the CAR-T cells given (infused)?"),
        ),
        Choice(
            id="best_response",
            section=s,
            label=N_("Best response"),
            unknown=True,
            prompt=N_("What was the best result after this CAR-T?"),
            options=(
                Option("mrd_negative_cr", N_("Remission, MRD negative")),
                Option("mrd_positive_cr", N_("Remission, but MRD still found")),
                Option("no_response", N_("It did not work (no remission)")),
            ),
        ),
        Choice(
            id="relapsed",
            section=s,
            label=N_("Came back after it"),
            options=YES_NO_UNKNOWN,
            prompt=N_("Did the leukaemia come back after this CAR-T?"),
        ),
        DateStep(
            id="relapse_date",
            section=s,
            label=N_("Came back"),
            unknown=True,
            when=relapsed,
            prompt=N_("When did it come back?"),
        ),
        Choice(
            id="relapse_cd19",
            section=s,
            label=N_("CD19 when it came back"),
            unknown=True,
            when=relapsed,
            prompt=N_("When it came back, what did the tests say about <b>CD19</b>?"),
            options=ANTIGEN,
        ),
        Choice(
            id="relapse_cd22",
            section=s,
            label=N_("CD22 when it came back"),
            unknown=True,
            when=relapsed,
            prompt=N_("And about <b>CD22</b>?"),
            options=ANTIGEN,
        ),
        Choice(
            id="lineage_switch",
            section=s,
            label=N_("Lineage switch"),
            options=YES_NO_UNKNOWN,
            when=relapsed,
            prompt=N_(
                "Did the doctors say the leukaemia changed type (a «lineage switch», for example to myeloid leukaemia)?"
            ),
        ),
        Choice(
            id="worst_crs_icans",
            section=s,
            label=N_("Worst CRS/ICANS grade"),
            unknown=True,
            prompt=N_(
                "After this CAR-T, did the reports give a grade for CRS or ICANS (side effects)? Pick the highest."
            ),
            options=(
                Option("none", N_("None")),
                Option("grade_1_2", N_("Grade 1 or 2")),
                Option("grade_3_4", N_("Grade 3 or 4")),
            ),
        ),
    )


def _car_t() -> tuple[Step, ...]:
    s = "cart"
    return (
        Choice(
            id="prior_car_t",
            section=s,
            label=N_("Earlier CAR-T"),
            options=YES_NO_UNKNOWN,
            prompt=N_("Has the patient already had CAR-T cell therapy?"),
        ),
        Repeat(
            id="car_t",
            section=s,
            label=N_("Another CAR-T"),
            when=Equals("prior_car_t", "yes"),
            item_title=N_("CAR-T #{n}"),
            steps=_car_t_item(),
            prompt=N_("Did the patient have another CAR-T after this one?"),
        ),
    )


def _transplant() -> tuple[Step, ...]:
    s = "transplant"
    allo = Equals("prior_hsct", "allogeneic")
    return (
        Choice(
            id="prior_hsct",
            section=s,
            label=N_("Stem-cell transplant"),
            prompt=N_("Has the patient had a stem-cell (bone-marrow) transplant?"),
            options=(
                Option("none", N_("No")),
                Option("allogeneic", N_("Yes, from a donor (allogeneic)")),
                Option("autologous", N_("Yes, with their own cells (autologous)")),
            ),
        ),
        DateStep(
            id="hsct_date",
            section=s,
            label=N_("Transplant date"),
            unknown=True,
            when=Not(Equals("prior_hsct", "none")),
            prompt=N_("When was the transplant?"),
        ),
        Choice(
            id="gvhd_active",
            section=s,
            label=N_("GVHD now"),
            unknown=True,
            when=allo,
            prompt=N_("Does the patient have graft-versus-host disease (GVHD) now?"),
            options=(
                Option("none", N_("No")),
                Option("acute", N_("Yes, acute GVHD")),
                Option("chronic", N_("Yes, chronic GVHD")),
            ),
        ),
        Choice(
            id="immunosuppression_now",
            section=s,
            label=N_("Immunosuppressants now"),
            when=allo,
            options=YES_NO_UNKNOWN,
            prompt=N_(
                "Is the patient taking medicines that suppress the immune system now (for example ciclosporin, tacrolimus, steroids for GVHD)?"
            ),
        ),
    )


def _condition() -> tuple[Step, ...]:
    s = "condition"
    return (
        Choice(
            id="performance",
            section=s,
            label=N_("Daily activity"),
            prompt=N_("Which sentence fits the patient best these days?"),
            options=(
                Option("normal", N_("Plays or works normally")),
                Option("tires_easily", N_("Up and about, but tires easily")),
                Option("half_day_in_bed", N_("In bed about half of the day")),
                Option("mostly_in_bed", N_("In bed most of the day")),
            ),
        ),
        Choice(
            id="active_infection",
            section=s,
            label=N_("Infection now"),
            unknown=True,
            prompt=N_("Does the patient have an infection now?"),
            options=(
                Option("none", N_("No")),
                Option("controlled", N_("Yes, and it is under control")),
                Option("uncontrolled", N_("Yes, and it is not under control yet")),
            ),
        ),
        Choice(
            id="where_now",
            section=s,
            label=N_("Where the patient is"),
            prompt=N_("Where is the patient now?"),
            options=(
                Option("home", N_("At home")),
                Option("hospital_ward", N_("In hospital, on a ward")),
                Option("icu", N_("In intensive care (ICU)")),
            ),
        ),
        TextStep(
            id="treating_physician",
            section=s,
            label=N_("Treating doctor"),
            max_length=300,
            skip=True,
            prompt=N_(
                "Who is the treating doctor, and at which hospital? This helps us a lot to get the right reports."
            ),
        ),
        Choice(
            id="physician_supports_referral",
            section=s,
            label=N_("Doctor supports referral"),
            options=YES_NO_UNKNOWN,
            when=Given("treating_physician"),
            prompt=N_("Does this doctor know about and support looking for CAR-T abroad?"),
        ),
        FileStep(
            id="documents",
            section=s,
            label=N_("Other documents"),
            multiple=True,
            prompt=N_(
                "Please send other documents you have: discharge summaries, bone-marrow reports, genetic tests, scans. Send them one by one, then tap Done."
            ),
        ),
        TextStep(
            id="free_text_notes",
            section=s,
            label=N_("Your notes"),
            skip=True,
            prompt=N_("Is there anything else the team should know? Write it in your own words."),
        ),
    )


STEPS: tuple[Step, ...] = (
    *_contact(), *_patient(), *_disease(), *_markers(), *_treatment(), *_car_t(), *_transplant(), *_condition(),
)  # fmt: skip
