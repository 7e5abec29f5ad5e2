"""draw.io's CSV format: `##` comments, `#` configuration, manager given by name."""

from __future__ import annotations

from orgeditor.io import preview_csv, read_chart, read_csv
from orgeditor.io.drawio import split_preamble


def test_drawio_example_file(data_dir) -> None:
    chart, problems = read_chart(data_dir / "drawio_orgchart_example.txt")
    assert problems == []
    assert len(chart) == 4
    assert chart.roots() == ["emi"]
    tessa = chart.position("emi")
    assert (tessa.name, tessa.title, tessa.location) == ("Tessa Miller", "CFO", "Office 1")
    assert chart.reports_of("emi") == ["emo", "rdo", "tva"]
    assert [chart.position(p).name for p in chart.reports_of("emi")] == [
        "Edward Morrison",
        "Alison Donovan",
        "Evan Valet",
    ]
    assert chart.position("tva").title == "HR Director"  # draw.io's `position` is the title
    alison = chart.position("rdo")
    assert alison.custom == {
        "email": "me@example.com",
        "fill": "default",
        "stroke": "#82b366",
        "refs": "emo,tva",
        "url": "https://www.draw.io",
        "image": "https://cdn3.iconfinder.com/data/icons/user-avatars-1/512/users-2-128.png",
    }
    assert "manager" not in alison.custom  # consumed as the reporting line


def test_drawio_configuration_is_parsed(data_dir) -> None:
    config = preview_csv(data_dir / "drawio_orgchart_example.txt").config
    assert config.value("namespace") == "csvimport-"
    assert config.value("ignore") == "id,image,fill,stroke,refs,manager"
    assert config.value("identity") is None  # '-' means not set
    assert config.value("left") is None  # blank
    assert config.value("layout") == "auto"
    assert config.entries["label"].startswith("%name%<br>")
    assert config.comment_lines > 50
    first, second = config.connects
    # the first connect continues on the next '#' line after a trailing backslash
    assert (first.source, first.target, first.invert) == ("manager", "name", True)
    assert first.raw["label"] == "manages"
    assert first.raw["style"] == "curved=1;endArrow=blockThin;endFill=1;fontSize=11;"
    assert (second.source, second.target, second.invert) == ("refs", "id", False)
    assert config.manager_connect() is first


def test_split_preamble_rules() -> None:
    lines = [
        "## comment: not config\n",
        "#\n",
        '# connect: {"from": "boss", \\\n',
        '#   "to": "email", "invert": true}\n',
        "# padding: -12\n",
        "\n",
        "name,email,boss\n",
        "# not config once the table started\n",
    ]
    config, start = split_preamble(lines)
    assert start == 6
    assert config.entries == {"padding": "-12"}
    assert config.comment_lines == 1
    (connect,) = config.connects
    assert (connect.source, connect.target, connect.invert) == ("boss", "email", True)


def test_header_starting_with_hash_is_not_configuration() -> None:
    config, start = split_preamble(["#,name,title\n", "1,A,B\n"])
    assert start == 0 and config.is_empty


def test_connect_to_another_column_resolves_managers_by_it(write_file) -> None:
    # the `boss` column is not a known header: the inverted connect makes it the manager column
    path = write_file(
        "org.txt",
        '# connect: {"from": "boss", "to": "email", "invert": true}\n'
        "name,email,boss\n"
        "Ada,ada@x.no,\n"
        "Bo,bo@x.no,ada@x.no\n"
        "Cy,cy@x.no,bo@x.no\n",
    )
    chart, problems = read_csv(path)
    assert problems == []
    assert chart.manager_of("cy") == "bo" and chart.manager_of("bo") == "ada"
    assert chart.position("bo").custom == {"email": "bo@x.no"}


def test_identity_configuration_names_the_id_column(write_file) -> None:
    path = write_file(
        "org.txt",
        "# identity: key\n"
        '# connect: {"from": "chief", "to": "key", "invert": true}\n'
        "key,name,chief\nk1,Ada,\nk2,Bo,k1\n",
    )
    chart, _ = read_csv(path)
    assert list(chart.position_ids()) == ["k1", "k2"]
    assert chart.manager_of("k2") == "k1"


def test_unknown_manager_name_in_drawio_file(write_file) -> None:
    path = write_file(
        "org.txt",
        '# connect: {"from": "manager", "to": "name", "invert": true}\n'
        "name,position,manager\nAda,CEO,\nBo,AE,Nobody Known\n",
    )
    chart, problems = read_csv(path)
    assert len(chart) == 2
    (problem,) = problems
    assert problem.kind == "unknown_manager" and problem.row == 4
    assert problem.message.startswith("org.txt, row 4: the manager 'Nobody Known' of Bo")
