"""Over a range of parameters: structurally sane charts of the asked-for model, spans in bounds,
and support functions that never draw an enablement.* or operations.* finding."""

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.template_checks import assert_sane, max_span, rules_fired

from orgeditor.analysis import counts, infer_model
from orgeditor.model import SEGMENT_DIMENSIONS
from orgeditor.templates import TemplateParams, build_chart

VALUES = st.lists(
    st.text(st.characters(categories=("L", "N", "Zs", "Pd")), min_size=1, max_size=8).filter(
        str.strip
    ),
    min_size=1,
    max_size=6,
    unique_by=lambda v: v.strip().casefold(),
)
SEGMENTS = st.none() | st.tuples(st.sampled_from(SEGMENT_DIMENSIONS), VALUES.map(tuple))
COMMON = st.fixed_dictionaries(
    {
        "sellers_per_manager": st.integers(2, 10),
        "include_sales_ops": st.booleans(),
        "include_enablement": st.booleans(),
        "enablement_sponsor": st.sampled_from(("vp_enablement", "cro")),
        "segment": SEGMENTS,
        "language": st.sampled_from(("en", "nb")),
    }
)


@st.composite
def assembly_lines(draw):
    stages = draw(st.lists(st.integers(1, 40), min_size=3, max_size=3))
    empty = draw(st.sampled_from((None, 0, 1, 2)))  # at most one stage left out
    if empty is not None:
        stages[empty] = 0
    sdr, ae, retention = stages
    csm = draw(st.integers(0, retention))
    return TemplateParams("assembly_line", sdr=sdr, ae=ae, am=retention - csm, csm=csm)


@st.composite
def pods(draw):
    sdr, ae, am, csm = (draw(st.integers(0, most)) for most in (2, 3, 3, 2))  # 10 at most
    if [sdr, ae, am + csm].count(0) > 1:  # a pod covers two stages at least
        sdr, ae = max(sdr, 1), max(ae, 1)
    return TemplateParams(
        "pod", pods=draw(st.integers(1, 12)), pod_sdr=sdr, pod_ae=ae, pod_am=am, pod_csm=csm
    )


ISLANDS = st.builds(lambda n: TemplateParams("island", generalists=n), st.integers(1, 60))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(base=st.one_of(assembly_lines(), pods(), ISLANDS), common=COMMON)
def test_any_template_is_sane(base, common):
    params = replace(base, **common)
    if params.model == "pod":
        params = replace(
            params, sellers_per_manager=max(params.sellers_per_manager, params.pod_size)
        )
    chart = build_chart(params)
    assert_sane(chart)
    assert max_span(chart) <= 10
    assert counts(chart).sellers == params.sellers
    assert infer_model(chart).model == params.model
    fired = rules_fired(chart)
    assert not {r for r in fired if r.startswith("structure.")}
    assert "span.too_wide" not in fired
    if params.include_enablement:
        assert not {r for r in fired if r.startswith("enablement.")}
    if params.include_sales_ops:
        assert "operations.missing" not in fired
    if params.segment:
        dimension, values = params.segment
        seller_values = {
            chart.effective_segment(pid, dimension)
            for pid in chart.position_ids()
            if chart.position(pid).role in ("sdr", "ae", "am", "csm", "generalist")
        }
        assert seller_values == {v.strip() for v in values}
