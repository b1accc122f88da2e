"""Questions families ask, with answers from the fact sheet."""

from __future__ import annotations

from flows.definitions.learn_content.models import Page
from flows.text import N_

__all__ = ["FAQ"]

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
