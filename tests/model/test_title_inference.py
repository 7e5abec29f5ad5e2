"""How a title is read: words, abbreviations, Norwegian compounds, head word and function,
vetoes, combined titles, the reason shown to people, and the vocabulary file itself."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from orgeditor.model import catalogue
from orgeditor.model.title_inference import TitleReader
from orgeditor.model.title_words import title_words


def role_of(title: str) -> str:
    return catalogue().infer(title).role


# ----- the palette's own words ------------------------------------------------------------------


def test_every_role_label_infers_its_role():
    """A title typed as the palette names a role ('SDR / BDR (lead generation)') is that role."""
    cat = catalogue()
    wrong = {
        (role.key, label): cat.infer(label).role
        for role in cat.roles.values()
        for label in (role.label_en, role.label_nb)
        if cat.infer(label).role != role.key
    }
    assert wrong == {}


# ----- reading words ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "read_as"),
    [
        ("Sr. Acct Exec", "senior account executive"),
        ("Bus. Dev. Rep.", "business development representative"),
        ("SVP, Sales", "senior vice president, sales"),
        ("Adm. dir.", "chief executive officer"),
        ("Salgs- og markedssjef", "sales and marketing manager"),
        ("Regionsalgssjef Vest", "regional sales manager vest"),
        ("Leder salgsoperasjoner", "head of sales operations"),
        ("Gründer", "founder"),
    ],
)
def test_abbreviations_and_norwegian_read_as_english_words(title, read_as):
    assert TitleReader(title_words()).read(title).read_as == read_as


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("regionsalgssjef", ("region", "salg", "sjef")),  # a linking "s" between parts
        ("kundesuksessansvarlig", ("kundesuksess", "ansvarlig")),  # the fewest parts
        ("bilselger", ("bil", "selger")),  # an unknown part before a known head
        ("salgssupport", ("salg", "support")),  # an English part
        ("sykepleier", None),  # a nurse, not a "sykepl-eier"
        ("resepsjonist", None),
    ],
)
def test_norwegian_compounds_split_into_known_parts(word, parts):
    assert TitleReader(title_words()).split_compound(word) == parts


# ----- head word and function -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Customer Success Manager", "csm"),  # is one
        ("Manager, Customer Success", "sales_manager"),  # manages them
        ("Customer Success Team Lead", "sales_manager"),
        ("Territory Manager", "generalist"),  # a field seller with a territory
        ("Renewal Sales Representative", "am"),  # the kind of selling names the role
        ("Selger nysalg", "ae"),
        ("Salgsleder nysalg", "sales_manager"),  # a leader stays a leader
        ("Kundeansvarlig regnskapsfører", "other"),  # the head word is the accountant
        ("Inside Sales Development Rep", "sdr"),  # the longest phrase wins
        ("Sales Closer", "ae"),
        ("Sales", "other"),  # a department, not a job
        ("Sales Operations", "sales_ops"),  # a job without a head word
    ],
)
def test_the_head_word_says_the_kind_and_its_modifiers_the_function(title, role):
    assert role_of(title) == role


@pytest.mark.parametrize(
    "title",
    [
        "HR Training Manager",
        "Training Manager",
        "Training Coordinator",
        "Corporate Trainer",
        "Learning & Development Manager",
        "Onboarding Specialist",
        "People Enablement Manager",
        "Opplæringsansvarlig",
        "Personal Trainer",
    ],
)
def test_trainers_outside_sales_are_not_enablement_staff(title):
    """One HR trainer counted as enablement would switch the enablement warnings off."""
    assert catalogue().role(role_of(title)).family != "enablement"


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Sales Training Manager", "enablement_program_manager"),
        ("Training Manager, Sales", "enablement_program_manager"),
        ("Opplæringsansvarlig salg", "enablement_program_manager"),
        ("Sales Coach", "enablement_specialist"),
    ],
)
def test_sales_training_is_enablement(title, role):
    assert role_of(title) == role


@pytest.mark.parametrize(
    "title",
    [
        "Pre-Sales Consultant",
        "Loan Closer",
        "Accounts Receivable Specialist",
        "Product Owner",
        "Executive Assistant to the CEO",
        "Assistant to the Sales Director",
        "Customer Service Manager",
        "Kundeservicesjef",
        "HR Business Partner, Sales",
    ],
)
def test_titles_of_another_function_are_other(title):
    assert role_of(title) == "other"


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Sales and Marketing Manager", "sales_manager"),
        ("Head of Sales & Business Development", "sales_leader"),
        ("Direktør salg og marked", "sales_leader"),
        ("CEO & Founder", "executive"),
        ("Team Lead of Customer Success", "sales_manager"),
        ("Sales leader (VP / Head of Sales)", "sales_leader"),  # the higher of the readings
        ("Direktør for salgsaktivering (CEO-nivå)", "chief_enablement_officer"),
    ],
)
def test_combined_titles(title, role):
    assert role_of(title) == role


# ----- what people are shown --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "reason", "pattern"),
    [
        (
            "Sales Manager",
            'head word "manager" with "sales" → Sales manager / team lead',
            "sales manager",
        ),
        (
            "Account Executive",
            'matched "account executive" → Account Executive (closing)',
            "account executive",
        ),
        ("Pre-Sales Consultant", '"pre sales" names another function → Other', "pre sales"),
        ("Gardener", "no sales words → Other", None),
        ("", "no title → Other", None),
        (
            "Salgssjef",
            'read as "sales manager": head word "manager" with "sales" → Sales manager / team lead',
            "sales manager",
        ),
    ],
)
def test_the_reason_says_why_in_words(title, reason, pattern):
    inference = catalogue().infer(title)
    assert inference.reason == reason
    assert inference.pattern == pattern


def test_spellings_of_one_title_share_one_reading():
    cat = catalogue()
    assert cat.infer("Sales Mgr.") is cat.infer("sales mgr")
    assert cat.infer("SDR / BDR") is not cat.infer("SDR BDR")  # the "/" is read


# ----- the vocabulary file ----------------------------------------------------------------------


def test_the_vocabulary_names_only_known_roles_and_functions():
    words = title_words()
    roles = set(catalogue().roles)
    for function, table in words.decide.items():
        assert "default" in table, function
        assert set(table.values()) <= roles, function
    assert set(words.rank) == roles
    functions = {c.value for c in words.cues.values() if c.kind == "function"}
    functions |= {c.function for c in words.cues.values() if c.function}
    # "training" is read as enablement or as another function before a table is looked up
    assert functions - {"training"} <= set(words.decide) - {"none"}
    assert words.sales_functions <= set(words.decide)
    assert set(words.combined_order) >= functions


# ----- any text at all --------------------------------------------------------------------------


@given(st.text(max_size=80))
def test_any_text_reads_as_a_known_role_with_a_reason(text):
    cat = catalogue()
    inference = cat.infer(text)
    assert inference.role in cat.roles
    assert inference.reason.endswith(cat.roles[inference.role].label_en)
