"""Triage: the four situations, coordinator flags and notes (flows.triage, flows.flags)."""

from __future__ import annotations

import datetime
from types import MappingProxyType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.triage import FLAG_LABELS, SITUATION_LABELS, Flag, FlagHit, Situation, Triage, triage

TODAY = datetime.date(2025, 6, 15)
ABSENT = object()  # an override that removes the field

S = Situation
UNIFORM, UNCLEAR = S.NO_PRIOR_CART_UNIFORM_CD19, S.UNCLEAR
S1, S2 = S.CD19_NEGATIVE_RELAPSE_AFTER_CD19_CART, S.HIGH_RISK_NO_PRIOR_CART
S3, S4 = S.HETEROGENEOUS_CD19, S.RELAPSE_AFTER_CD19_CART_CD19_PRESENT
RF, DUAL, OUT = Flag.REPEAT_FLOW_REPORT, Flag.DUAL_TARGET_UNLIKELY_TO_FIT, Flag.OUTSIDE_PATHWAY
HSCT, FIT, OTHER = Flag.TRANSPLANT_TIMING, Flag.FITNESS, Flag.OTHER

# A clean case: B-ALL, no prior CAR-T, uniform CD19, fresh flow report, no flags, no notes.
BASE: dict[str, object] = {
    "patient_age_years": 9,
    "diagnosis": "b_all",
    "ph_status": "ph_negative",
    "genetics_other": ["none_known"],
    "disease_status": "first_relapse",
    "cns_status": "cns1",
    "extramedullary": ["none"],
    "cd19_status": "positive",
    "cd22_status": "positive",
    "flow_date": "2025-06",
    "prior_lines": 2,
    "prior_blinatumomab": "no",
    "prior_inotuzumab": "no",
    "prior_car_t": "no",
    "prior_hsct": "none",
    "performance": "normal",
    "active_infection": "none",
    "where_now": "home",
}


def cart(**fields: object) -> dict[str, object]:
    """One prior CD19 CAR-T, relapsed CD19-negative/CD22-positive, unless overridden."""
    item: dict[str, object] = {
        "target": "cd19",
        "product": "trial",
        "infusion_date": "2024-10",
        "best_response": "mrd_negative_cr",
        "relapse_date": "2025-03",
        "relapse_cd19": "negative",
        "relapse_cd22": "positive",
        "lineage_switch": "no",
    }
    item.update(fields)
    return {k: v for k, v in item.items() if v is not ABSENT}


def case(**overrides: object) -> MappingProxyType[str, object]:
    """BASE with overrides (ABSENT removes a field); `car_t` implies prior_car_t yes.

    Read-only, so a triage that mutated its input would raise.
    """
    answers = {**BASE, **overrides}
    if "car_t" in overrides and "prior_car_t" not in overrides:
        answers["prior_car_t"] = "yes"
    return MappingProxyType({k: v for k, v in answers.items() if v is not ABSENT})


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        pytest.param({}, (UNIFORM,), id="uniform-cd19-no-prior-cart"),
        pytest.param({"diagnosis": "b_lymphoblastic_lymphoma"}, (UNIFORM,), id="uniform-lbl"),
        pytest.param({"car_t": [cart()], "cd19_status": "negative"}, (S1,), id="s1"),
        pytest.param({"cd19_status": "dim"}, (S2, S3), id="s2-and-s3-cd19-dim"),
        pytest.param({"ph_status": "ph_like"}, (S2,), id="s2-ph-like"),
        pytest.param({"diagnosis": "mpal"}, (S2,), id="s2-mpal"),
        pytest.param({"cd19_status": "partial"}, (S3,), id="s3-partial"),
        pytest.param(
            {"car_t": [cart(target="cd22")], "cd19_status": "dim"},
            (S3,),
            id="s3-dim-after-cd22-cart",
        ),
        pytest.param({"car_t": [cart(relapse_cd19="positive")]}, (S4,), id="s4-relapse-positive"),
        pytest.param({"car_t": [cart(relapse_cd19="dim")]}, (S4,), id="s4-relapse-dim"),
        pytest.param(
            {"car_t": [cart(relapse_cd19="dim")], "cd19_status": "dim"}, (S3, S4), id="s3-s4"
        ),
        pytest.param(
            {"car_t": [cart(), cart(relapse_cd19="positive")]}, (S1, S4), id="s1-s4-two-carts"
        ),
        pytest.param({"car_t": [cart()], "cd19_status": "partial"}, (S1, S3), id="s1-s3"),
        pytest.param(
            {"car_t": [cart(relapse_cd19="positive")], "ph_status": "ph_like"},
            (S4,),
            id="ph-like-after-cart-not-s2",
        ),
        pytest.param(
            {"car_t": [cart()], "prior_car_t": "no", "cd19_status": "dim"},
            (S1, S3),
            id="entries-beat-prior-no",
        ),
        pytest.param(
            {"car_t": [cart(target="cd19_cd22")]}, (UNCLEAR,), id="dual-target-cart-not-s1"
        ),
        pytest.param({"car_t": [cart(target="cd22")]}, (UNCLEAR,), id="cd22-cart"),
        pytest.param({"car_t": [cart(target="other")]}, (UNCLEAR,), id="other-target-cart"),
        pytest.param({"car_t": [cart(target="unknown")]}, (UNCLEAR,), id="unknown-target-cart"),
        pytest.param(
            {"car_t": [cart(relapse_cd19="unknown")]}, (UNCLEAR,), id="relapse-cd19-unknown"
        ),
        pytest.param({"car_t": [cart(relapse_cd19=ABSENT)]}, (UNCLEAR,), id="relapse-cd19-missing"),
        pytest.param({"prior_car_t": "yes"}, (UNCLEAR,), id="prior-cart-without-details"),
        pytest.param({"prior_car_t": "unknown"}, (UNCLEAR,), id="prior-cart-unknown"),
        pytest.param({"prior_car_t": ABSENT}, (UNCLEAR,), id="prior-cart-missing"),
        pytest.param({"cd19_status": "unknown"}, (UNCLEAR,), id="cd19-unknown"),
        pytest.param({"cd19_status": ABSENT}, (UNCLEAR,), id="cd19-missing"),
        pytest.param({"cd19_status": "negative"}, (UNCLEAR,), id="cd19-negative-no-prior-cart"),
        pytest.param({"diagnosis": "unknown"}, (UNCLEAR,), id="diagnosis-unknown"),
        pytest.param({"diagnosis": "other"}, (UNCLEAR,), id="diagnosis-other"),
        pytest.param({"diagnosis": "t_all"}, (UNCLEAR,), id="t-all-not-uniform"),
        pytest.param({"ph_status": "unknown"}, (UNIFORM,), id="ph-unknown-stays-uniform"),
    ],
)
def test_situations(overrides, expected):
    assert triage(case(**overrides), TODAY).situations == expected


NOTE_S1_CD22 = "Situation 1 applies only if CD22 is present"
NOTE_DUAL_CART = (
    "A prior CAR-T was already dual-target CD19+CD22: situations 1 and 4 "
    "count CD19-only products, so review this history by hand"
)
NOTE_TARGET = "Target of a prior CAR-T unknown: situations 1 and 4 may apply"
NOTE_RELAPSE_CD19 = "CD19 at relapse after a prior CD19 CAR-T unknown"
NOTE_NO_DETAILS = "Prior CAR-T reported without details"
NOTE_CART_UNKNOWN = "Unknown whether the patient had CAR-T before"
NOTE_CD19 = "Current CD19 status unknown"
NOTE_DIAGNOSIS = "Diagnosis not confirmed as B-cell ALL or lymphoma"
NOTE_PH = "Ph status unknown: situation 2 would apply if Ph-like"
NOTE_6_MONTHS = "Allogeneic transplant may be under 6 months ago: some protocols need 6 months"


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        pytest.param({}, (), id="clean-case-no-notes"),
        pytest.param({"car_t": [cart()]}, (), id="s1-cd22-positive"),
        pytest.param({"car_t": [cart()], "cd22_status": "dim"}, (), id="s1-cd22-dim-present"),
        pytest.param(
            {"car_t": [cart()], "cd22_status": "partial"}, (), id="s1-cd22-partial-present"
        ),
        pytest.param(
            {"car_t": [cart()], "cd22_status": "negative"}, (NOTE_S1_CD22,), id="s1-cd22-negative"
        ),
        pytest.param(
            {"car_t": [cart()], "cd22_status": "not_tested"},
            (NOTE_S1_CD22,),
            id="s1-cd22-not-tested",
        ),
        pytest.param(
            {"car_t": [cart()], "cd22_status": "unknown"}, (NOTE_S1_CD22,), id="s1-cd22-unknown"
        ),
        pytest.param(
            {"car_t": [cart()], "cd22_status": ABSENT}, (NOTE_S1_CD22,), id="s1-cd22-missing"
        ),
        pytest.param(
            {"car_t": [cart(target="cd19_cd22")]}, (NOTE_DUAL_CART,), id="prior-dual-target-cart"
        ),
        pytest.param({"car_t": [cart(target="unknown")]}, (NOTE_TARGET,), id="cart-target-unknown"),
        pytest.param({"car_t": [cart(target=ABSENT)]}, (NOTE_TARGET,), id="cart-target-missing"),
        pytest.param(
            {"car_t": [cart(relapse_cd19="unknown")]},
            (NOTE_RELAPSE_CD19,),
            id="relapse-cd19-unknown",
        ),
        pytest.param({"prior_car_t": "yes"}, (NOTE_NO_DETAILS,), id="prior-cart-no-details"),
        pytest.param({"prior_car_t": "unknown"}, (NOTE_CART_UNKNOWN,), id="prior-cart-unknown"),
        pytest.param({"cd19_status": "unknown"}, (NOTE_CD19,), id="cd19-unknown"),
        pytest.param({"diagnosis": "other"}, (NOTE_DIAGNOSIS,), id="diagnosis-other"),
        pytest.param({"diagnosis": ABSENT}, (NOTE_DIAGNOSIS,), id="diagnosis-missing"),
        pytest.param({"ph_status": "unknown"}, (NOTE_PH,), id="ph-unknown-no-prior-cart"),
        pytest.param(
            {"ph_status": "unknown", "cd19_status": "dim"}, (), id="ph-unknown-but-s2-already"
        ),
        pytest.param({"ph_status": "unknown", "car_t": [cart()]}, (), id="ph-unknown-after-cart"),
    ],
)
def test_notes(overrides, expected):
    assert triage(case(**overrides), TODAY).notes == expected


ALLO = {"prior_hsct": "allogeneic", "hsct_date": "2024-01", "gvhd_active": "none"}


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        pytest.param({}, (), id="clean-case-no-flags"),
        # Repeat flow report needed
        pytest.param(
            {"cd22_status": "not_tested"},
            ((RF, "CD22 not tested or unknown"),),
            id="rf-cd22-not-tested",
        ),
        pytest.param(
            {"cd22_status": "unknown"}, ((RF, "CD22 not tested or unknown"),), id="rf-cd22-unknown"
        ),
        pytest.param(
            {"cd22_status": ABSENT}, ((RF, "CD22 not tested or unknown"),), id="rf-cd22-missing"
        ),
        pytest.param(
            {"flow_date": ABSENT}, ((RF, "Flow cytometry date unknown"),), id="rf-flow-date-missing"
        ),
        pytest.param(
            {"flow_date": None}, ((RF, "Flow cytometry date unknown"),), id="rf-flow-date-none"
        ),
        pytest.param(
            {"flow_date": "June 2025"},
            ((RF, "Flow cytometry date unknown"),),
            id="rf-flow-date-malformed",
        ),
        pytest.param(
            {"flow_date": "2025-13"}, ((RF, "Flow cytometry date unknown"),), id="rf-flow-month-13"
        ),
        pytest.param(
            {"flow_date": "2025-04"},
            ((RF, "Flow cytometry older than about 8 weeks"),),
            id="rf-flow-old",
        ),
        pytest.param(
            {"prior_blinatumomab": "yes", "blinatumomab_last_date": "2025-06"},
            ((RF, "Flow cytometry not after the last blinatumomab"),),
            id="rf-blina-same-month",
        ),
        pytest.param(
            {"prior_blinatumomab": "yes", "blinatumomab_last_date": "2025-05"},
            (),
            id="rf-blina-month-before-ok",
        ),
        pytest.param(
            {"prior_blinatumomab": "yes"},
            ((RF, "Last blinatumomab date unknown"),),
            id="rf-blina-undated",
        ),
        pytest.param(
            {"prior_inotuzumab": "yes", "inotuzumab_last_date": "2025-06"},
            ((RF, "Flow cytometry not after the last inotuzumab"),),
            id="rf-ino-same-month",
        ),
        pytest.param(
            {"prior_inotuzumab": "yes", "inotuzumab_last_date": "2025-05"},
            (),
            id="rf-ino-month-before-ok",
        ),
        pytest.param(
            {"prior_inotuzumab": "yes"},
            ((RF, "Last inotuzumab date unknown"),),
            id="rf-ino-undated",
        ),
        pytest.param(
            {"car_t": [cart(infusion_date="2025-06")]},
            ((RF, "Flow cytometry not after the last CAR-T infusion"),),
            id="rf-cart-same-month",
        ),
        pytest.param({"car_t": [cart(infusion_date="2025-05")]}, (), id="rf-cart-month-before-ok"),
        pytest.param(
            {"car_t": [cart(), cart(infusion_date=ABSENT)]},
            ((RF, "CAR-T infusion date unknown"),),
            id="rf-cart-undated",
        ),
        pytest.param(
            {"prior_car_t": "yes"}, ((RF, "CAR-T infusion date unknown"),), id="rf-cart-no-details"
        ),
        # Dual-target protocol unlikely to fit
        pytest.param(
            {"cd19_status": "negative", "cd22_status": "dim"},
            ((DUAL, "CD19 negative with CD22 dim"),),
            id="dual-cd19-neg-cd22-dim",
        ),
        pytest.param(
            {"cd19_status": "negative", "cd22_status": "negative"},
            ((DUAL, "CD19 negative with CD22 negative"),),
            id="dual-cd19-neg-cd22-neg",
        ),
        pytest.param(
            {"cd19_status": "negative", "cd22_status": "partial"},
            (),
            id="dual-cd22-partial-no-flag",
        ),
        pytest.param(
            {"cd19_status": "dim", "cd22_status": "negative"}, (), id="dual-cd19-dim-no-flag"
        ),
        # Outside this pathway
        pytest.param({"diagnosis": "t_all"}, ((OUT, "T-ALL"),), id="out-t-all"),
        pytest.param({"diagnosis": "burkitt"}, ((OUT, "Burkitt"),), id="out-burkitt"),
        pytest.param(
            {"car_t": [cart(lineage_switch="yes")]},
            ((OUT, "Lineage switch after CAR-T"),),
            id="out-lineage-switch",
        ),
        pytest.param(
            {"car_t": [cart(lineage_switch="unknown")]}, (), id="out-lineage-unknown-no-flag"
        ),
        # Transplant timing
        pytest.param(
            {**ALLO, "hsct_date": ABSENT},
            ((HSCT, "Transplant date unknown"),),
            id="hsct-date-unknown",
        ),
        pytest.param(
            {**ALLO, "hsct_date": "2025-03"},
            ((HSCT, "Allogeneic transplant under about 100 days ago"),),
            id="hsct-under-100-days",
        ),
        pytest.param(
            {"prior_hsct": "autologous", "hsct_date": "2025-05"}, (), id="hsct-autologous-no-flag"
        ),
        pytest.param(
            {**ALLO, "gvhd_active": "acute"}, ((HSCT, "Active acute GVHD"),), id="hsct-gvhd-acute"
        ),
        pytest.param(
            {**ALLO, "gvhd_active": "chronic"},
            ((HSCT, "Active chronic GVHD"),),
            id="hsct-gvhd-chronic",
        ),
        pytest.param({**ALLO, "gvhd_active": "unknown"}, (), id="hsct-gvhd-unknown-no-flag"),
        pytest.param(
            {**ALLO, "immunosuppression_now": "yes"},
            ((HSCT, "Still on immunosuppression"),),
            id="hsct-immunosuppression",
        ),
        # Fitness
        pytest.param(
            {"performance": "half_day_in_bed"},
            ((FIT, "In bed about half of the day"),),
            id="fit-half-day-in-bed",
        ),
        pytest.param(
            {"performance": "mostly_in_bed"}, ((FIT, "Mostly in bed"),), id="fit-mostly-in-bed"
        ),
        pytest.param({"performance": "tires_easily"}, (), id="fit-tires-easily-no-flag"),
        pytest.param(
            {"active_infection": "uncontrolled"},
            ((FIT, "Uncontrolled infection"),),
            id="fit-infection",
        ),
        pytest.param({"active_infection": "controlled"}, (), id="fit-controlled-infection-no-flag"),
        pytest.param({"cns_status": "cns3"}, ((FIT, "CNS3 disease"),), id="fit-cns3"),
        pytest.param({"cns_status": "cns2"}, (), id="fit-cns2-no-flag"),
        pytest.param({"where_now": "icu"}, ((FIT, "In intensive care"),), id="fit-icu"),
        # Other
        pytest.param(
            {"ph_status": "ph_positive", "tki_lines": 1},
            ((OTHER, "Ph-positive with fewer than 2 TKIs"),),
            id="other-ph-one-tki",
        ),
        pytest.param(
            {"ph_status": "ph_positive", "tki_lines": 0},
            ((OTHER, "Ph-positive with fewer than 2 TKIs"),),
            id="other-ph-no-tki",
        ),
        pytest.param(
            {"ph_status": "ph_positive"},
            ((OTHER, "Ph-positive, number of TKIs unknown"),),
            id="other-ph-tki-missing",
        ),
        pytest.param(
            {"ph_status": "ph_positive", "tki_lines": "2"},
            ((OTHER, "Ph-positive, number of TKIs unknown"),),
            id="other-ph-tki-not-int",
        ),
        pytest.param({"ph_status": "ph_positive", "tki_lines": 2}, (), id="other-ph-two-tkis-ok"),
        pytest.param(
            {"car_t": [cart(best_response="no_response")]},
            ((OTHER, "No response to a prior CAR-T"),),
            id="other-cart-no-response",
        ),
    ],
)
def test_flags(overrides, expected):
    assert triage(case(**overrides), TODAY).flags == tuple(FlagHit(f, r) for f, r in expected)


@pytest.mark.parametrize(
    ("today", "flagged"),
    [
        pytest.param(datetime.date(2025, 5, 27), False, id="flow-56-days-after-month-start"),
        pytest.param(datetime.date(2025, 5, 28), True, id="flow-57-days-after-month-start"),
    ],
)
def test_flow_age_boundary(today, flagged):
    hit = FlagHit(RF, "Flow cytometry older than about 8 weeks")
    assert (hit in triage(case(flow_date="2025-04"), today).flags) is flagged


@pytest.mark.parametrize(
    ("hsct_date", "today", "flagged", "notes"),
    [
        pytest.param("2025-01", datetime.date(2025, 5, 10), True, (), id="99-days-after-month-end"),
        pytest.param(
            "2025-01",
            datetime.date(2025, 5, 11),
            False,
            (NOTE_6_MONTHS,),
            id="100-days-after-month-end",
        ),
        pytest.param("2024-02", datetime.date(2024, 6, 7), True, (), id="leap-feb-99-days"),
        pytest.param(
            "2024-02", datetime.date(2024, 6, 8), False, (NOTE_6_MONTHS,), id="leap-feb-100-days"
        ),
        pytest.param(
            "2025-01", datetime.date(2025, 8, 1), False, (NOTE_6_MONTHS,), id="182-days-note"
        ),
        pytest.param("2025-01", datetime.date(2025, 8, 2), False, (), id="183-days-no-note"),
        pytest.param("2025-07", datetime.date(2025, 6, 15), True, (), id="future-month-flags"),
    ],
)
def test_transplant_boundary(hsct_date, today, flagged, notes):
    result = triage(case(**{**ALLO, "hsct_date": hsct_date}), today)
    hit = FlagHit(HSCT, "Allogeneic transplant under about 100 days ago")
    assert (hit in result.flags) is flagged
    assert result.notes == notes


def test_combination_s1_with_repeat_flow_and_transplant_timing():
    answers = case(
        car_t=[cart(infusion_date="2025-05")],
        cd19_status="negative",
        cd22_status="unknown",
        flow_date="2025-05",
        prior_hsct="allogeneic",
        hsct_date="2025-04",
        gvhd_active="acute",
        immunosuppression_now="yes",
        performance="mostly_in_bed",
    )
    assert triage(answers, TODAY) == Triage(
        situations=(S1,),
        flags=(
            FlagHit(RF, "CD22 not tested or unknown"),
            FlagHit(RF, "Flow cytometry not after the last CAR-T infusion"),
            FlagHit(HSCT, "Allogeneic transplant under about 100 days ago"),
            FlagHit(HSCT, "Active acute GVHD"),
            FlagHit(HSCT, "Still on immunosuppression"),
            FlagHit(FIT, "Mostly in bed"),
        ),
        notes=(NOTE_S1_CD22,),
    )


def test_combination_repeated_reasons_are_listed_once():
    answers = case(car_t=[cart(best_response="no_response"), cart(best_response="no_response")])
    assert triage(answers, TODAY).flags == (FlagHit(OTHER, "No response to a prior CAR-T"),)


UNKNOWN_EVERYWHERE = {
    "diagnosis": "unknown",
    "ph_status": "unknown",
    "disease_status": "unknown",
    "cns_status": "unknown",
    "extramedullary": ["unknown"],
    "cd19_status": "unknown",
    "cd22_status": "unknown",
    "flow_date": None,
    "prior_blinatumomab": "unknown",
    "prior_inotuzumab": "unknown",
    "prior_car_t": "unknown",
    "prior_hsct": "none",
    "performance": "normal",
    "active_infection": "unknown",
    "where_now": "home",
}
UNCLEAR_EMPTY = Triage(
    situations=(UNCLEAR,),
    flags=(FlagHit(RF, "CD22 not tested or unknown"), FlagHit(RF, "Flow cytometry date unknown")),
    notes=(NOTE_CART_UNKNOWN, NOTE_CD19, NOTE_DIAGNOSIS),
)


@pytest.mark.parametrize(
    "answers",
    [
        pytest.param(UNKNOWN_EVERYWHERE, id="unknown-everywhere"),
        pytest.param({}, id="empty-answers"),
        pytest.param({k: None for k in UNKNOWN_EVERYWHERE}, id="all-none"),
    ],
)
def test_unknowns_never_drop_a_case(answers):
    assert triage(answers, TODAY) == UNCLEAR_EMPTY


@pytest.mark.parametrize(
    ("car_t", "tki_lines"),
    [
        pytest.param("yes", True, id="car-t-not-a-list"),
        pytest.param([None, "x"], None, id="car-t-entries-not-mappings"),
        pytest.param([{"target": 19, "infusion_date": 2024}], 1.5, id="wrong-types-inside"),
    ],
)
def test_malformed_shapes_read_as_unknown(car_t, tki_lines):
    answers = case(car_t=car_t, ph_status="ph_positive", tki_lines=tki_lines)
    result = triage(answers, TODAY)
    assert result.situations == (UNCLEAR,)
    assert FlagHit(OTHER, "Ph-positive, number of TKIs unknown") in result.flags
    assert FlagHit(RF, "CAR-T infusion date unknown") in result.flags


def test_every_member_has_a_label():
    assert set(SITUATION_LABELS) == set(Situation)
    assert set(FLAG_LABELS) == set(Flag)
    assert all(SITUATION_LABELS.values()) and all(FLAG_LABELS.values())


def _maybe(*codes):
    return st.sampled_from([ABSENT, None, *codes])


MONTHS = _maybe("2023-11", "2024-02", "2025-03", "2025-06", "2025-12", "bad")
CART_ITEM = st.fixed_dictionaries(
    {
        "target": _maybe("cd19", "cd22", "cd19_cd22", "other", "unknown"),
        "infusion_date": MONTHS,
        "best_response": _maybe("mrd_negative_cr", "mrd_positive_cr", "no_response", "unknown"),
        "relapse_cd19": _maybe("positive", "dim", "negative", "unknown"),
        "relapse_cd22": _maybe("positive", "dim", "negative", "unknown"),
        "lineage_switch": _maybe("yes", "no", "unknown"),
    }
)
ANSWERS = st.fixed_dictionaries(
    {
        "diagnosis": _maybe(
            "b_all", "b_lymphoblastic_lymphoma", "mpal", "t_all", "burkitt", "other", "unknown"
        ),
        "ph_status": _maybe("ph_positive", "ph_like", "ph_negative", "unknown"),
        "cns_status": _maybe("cns1", "cns2", "cns3", "unknown"),
        "cd19_status": _maybe("positive", "dim", "partial", "negative", "unknown"),
        "cd22_status": _maybe("positive", "dim", "partial", "negative", "not_tested", "unknown"),
        "flow_date": MONTHS,
        "prior_blinatumomab": _maybe("yes", "no", "unknown"),
        "blinatumomab_last_date": MONTHS,
        "prior_inotuzumab": _maybe("yes", "no", "unknown"),
        "inotuzumab_last_date": MONTHS,
        "prior_car_t": _maybe("yes", "no", "unknown"),
        "car_t": st.one_of(st.just(ABSENT), st.lists(CART_ITEM, max_size=3)),
        "prior_hsct": _maybe("none", "allogeneic", "autologous"),
        "hsct_date": MONTHS,
        "gvhd_active": _maybe("none", "acute", "chronic", "unknown"),
        "immunosuppression_now": _maybe("yes", "no", "unknown"),
        "tki_lines": st.one_of(st.just(ABSENT), st.none(), st.integers(0, 6)),
        "performance": _maybe("normal", "tires_easily", "half_day_in_bed", "mostly_in_bed"),
        "active_infection": _maybe("none", "controlled", "uncontrolled", "unknown"),
        "where_now": _maybe("home", "hospital_ward", "icu"),
    }
)


def _drop_absent(answers):
    cleaned = {k: v for k, v in answers.items() if v is not ABSENT}
    if isinstance(cleaned.get("car_t"), list):
        cleaned["car_t"] = [
            {k: v for k, v in i.items() if v is not ABSENT} for i in cleaned["car_t"]
        ]
    return cleaned


@settings(max_examples=400, deadline=None)
@given(raw=ANSWERS, today=st.dates(datetime.date(2023, 1, 1), datetime.date(2027, 12, 31)))
def test_property_never_raises_and_otherwise_outcomes_stand_alone(raw, today):
    answers = _drop_absent(raw)
    result = triage(answers, today)
    order = list(Situation)
    assert result.situations
    assert list(result.situations) == sorted(set(result.situations), key=order.index)
    if UNIFORM in result.situations or UNCLEAR in result.situations:
        assert len(result.situations) == 1
    if result.situations == (UNIFORM,):  # unknowns never land in "usual first choice"
        assert answers.get("prior_car_t") == "no" and not answers.get("car_t")
        assert answers.get("cd19_status") == "positive"
    flags = list(Flag)
    assert [h.flag for h in result.flags] == sorted((h.flag for h in result.flags), key=flags.index)
    assert len(set(result.flags)) == len(result.flags)
    assert all(isinstance(h.reason, str) and h.reason for h in result.flags)
    assert all(isinstance(n, str) and n for n in result.notes)
