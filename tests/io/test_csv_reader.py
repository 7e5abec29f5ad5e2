"""CSV import: columns, encodings, delimiters, vacancies, roles, teams, costs, custom fields."""

from __future__ import annotations

import codecs

import pytest

from orgeditor.io import CUSTOM, ChartFileError, preview_csv, read_csv


def test_ids_managers_and_fields(import_text) -> None:
    chart, problems = import_text(
        "Employee ID,Full Name,Job Title,Reports To,Territory,Product,Segment,Industry,Location\n"
        "1,Ada Boss,VP Sales,,Nordics,Platform,Enterprise,Banking,Oslo\n"
        "2,Bo Seller,Account Executive,1,Vest,Payments,SMB,Retail,Bergen\n"
        "3,Cy Seller,Account Manager,1,Øst,Platform,Mid-market,Retail,Oslo\n"
        "4,Di Rep,SDR,2,Vest,,,,\n"
    )
    assert problems == []
    assert list(chart.position_ids()) == ["1", "2", "4", "3"]  # managers first (pre-order)
    assert chart.roots() == ["1"]
    assert chart.reports_of("1") == ["2", "3"]  # file order is report order
    assert chart.manager_of("4") == "2"
    bo = chart.position("2")
    assert (bo.name, bo.title, bo.role, bo.status) == (
        "Bo Seller",
        "Account Executive",
        "ae",
        "filled",
    )
    assert (bo.region, bo.product_line, bo.customer_size, bo.vertical, bo.location) == (
        "Vest",
        "Payments",
        "SMB",
        "Retail",
        "Bergen",
    )
    assert bo.explicit_role is None and bo.custom == {}
    assert chart.position("4").role == "sdr"
    assert chart.import_problems == []


def test_first_and_last_name(import_text) -> None:
    chart, _ = import_text("id,First Name,Last Name,title\n1,Kari,Nordmann,CEO\n2,Ola,,Selger\n")
    assert chart.position("1").name == "Kari Nordmann"
    assert chart.position("2").name == "Ola"
    assert "First Name" not in chart.position("1").custom


def test_no_id_column_derives_ids_from_names_and_resolves_managers_by_name(import_text) -> None:
    chart, problems = import_text(
        "name,title,manager\n"
        "Tessa Miller,CEO,\n"
        "Ola Nordmann,Sales Manager,Tessa Miller\n"
        "Ola Nordmann,Selger,tessa miller\n"  # same name again; manager matched ignoring case
        ",Account Executive,Tessa Miller\n"
    )
    assert problems == []
    assert list(chart.position_ids()) == [
        "tessa-miller",
        "ola-nordmann",
        "ola-nordmann-2",
        "account-executive",
    ]
    assert chart.reports_of("tessa-miller") == [
        "ola-nordmann",
        "ola-nordmann-2",
        "account-executive",
    ]


def test_manager_given_by_name_in_an_id_file(import_text, named) -> None:
    chart, problems = import_text(
        "id,name,title,manager\n10,Ada Boss,CEO,\n11,Bo Seller,Seller,Ada Boss\n12,Cy,Seller,11\n"
    )
    assert problems == []
    assert chart.manager_of(named(chart, "Bo Seller")) == "10"
    assert chart.manager_of("12") == "11"


def test_manager_id_written_as_a_float_by_excel(import_text) -> None:
    chart, problems = import_text("id,name,manager_id\n1,A,\n2,B,1.0\n")
    assert problems == []
    assert chart.manager_of("2") == "1"


def test_utf8_bom(import_text) -> None:
    chart, _ = import_text("\ufeffid,name,title\n1,Åse Bø,Selger\n")
    assert list(chart.position_ids()) == ["1"]  # the BOM did not hide the id column
    assert chart.position("1").name == "Åse Bø"


def test_cp1252_file(import_text) -> None:
    chart, _ = import_text(
        "id;name;title;location\n1;Bjørn Ødegård;Salgssjef;Tromsø\n2;Zoë Ærø;Selger;Bodø\n",
        encoding="cp1252",
    )
    assert chart.position("1").name == "Bjørn Ødegård"
    assert chart.position("1").location == "Tromsø"
    assert chart.position("2").name == "Zoë Ærø"
    assert chart.position("1").role == "sales_manager"


def test_utf16_tab_file_as_excel_unicode_text(write_file) -> None:
    text = "id\tname\ttitle\n1\tBjørn Ødegård\tSelger\n"
    path = write_file("export.txt", "x")
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    chart, _ = read_csv(path)
    assert chart.position("1").name == "Bjørn Ødegård"


def test_semicolon_file_with_norwegian_numbers(import_text) -> None:
    chart, _ = import_text(
        "Ansattnummer;Navn;Stilling;Leder;Lønn\n"
        '1;"Nordmann, Kari";Daglig leder;;"1 250 000,50"\n'
        "2;Ola Hansen;Selger;1;kr 650 000\n"
    )
    kari = chart.position("1")
    assert kari.name == "Nordmann, Kari"
    assert kari.cost == 1250000.5
    assert chart.position("2").cost == 650000
    assert chart.manager_of("2") == "1"


def test_tab_file_with_commas_in_values(import_text) -> None:
    chart, _ = import_text(
        "id\tname\ttitle\tmanager_id\n1\tSmith, John\tVP, Sales\t\n2\tDoe, Jane\tAE\t1\n",
        name="staff.tsv",
    )
    assert chart.position("1").title == "VP, Sales"
    assert chart.manager_of("2") == "1"


def test_comma_file_with_quoted_commas_and_semicolons(import_text) -> None:
    chart, _ = import_text(
        'id,name,title,territories\n1,"Fuller, Andrew","Vice President, Sales",a;b;c\n'
        "2,Nancy,Sales Representative,d;e\n"
    )
    assert chart.position("1").title == "Vice President, Sales"
    assert chart.position("1").custom == {"territories": "a;b;c"}


def test_excel_sep_line(import_text) -> None:
    chart, _ = import_text("sep=;\nid;name;title\n1;A, B;CEO\n")
    assert chart.position("1").name == "A, B"


def test_quoted_newlines_and_blank_lines_keep_row_numbers(import_text) -> None:
    chart, problems = import_text(
        'id,name,notes,manager_id\n1,A,"two\nlines",\n\n2,B,,1\n3,C,,99\n'
    )
    assert chart.position("1").custom == {"notes": "two\nlines"}
    assert [p.row for p in problems] == [6]
    assert problems[0].message.startswith("staff.csv, row 6: ")


def test_windows_line_ends(import_text) -> None:
    chart, _ = import_text("id,name\r\n1,A\r\n2,B\r\n")
    assert [p.name for p in chart.positions()] == ["A", "B"]


def test_vacant_and_planned_rows(import_text) -> None:
    chart, _ = import_text(
        "id,name,title,status,manager_id\n"
        "1,Ada,Sales Manager,,\n"
        "2,,Account Executive,,1\n"
        "3,,SDR,planned,1\n"
        "4,Bo,AE,filled,1\n"
        "5,,AE,TBH,1\n"
        "6,,AE,Ledig,1\n"
        "7,Cy,AE,open,1\n"
        "8,Di,AE,on leave,1\n"
    )
    status = {pid: chart.position(pid).status for pid in chart.position_ids()}
    assert status == {
        "1": "filled",
        "2": "vacant",
        "3": "planned",
        "4": "filled",
        "5": "vacant",
        "6": "vacant",
        "7": "vacant",
        "8": "filled",
    }
    assert chart.position("8").custom == {"status": "on leave"}  # unknown status kept as text
    assert chart.position("2").is_vacant


def test_role_column_keys_labels_and_unknown_text(import_text) -> None:
    chart, _ = import_text(
        "id,name,title,Role\n"
        "1,A,Consultant,ae\n"
        "2,B,Consultant,Kundeansvarlig\n"
        "3,C,Account Executive,Wizard\n"
        "4,D,Account Executive,\n"
    )
    assert chart.position("1").explicit_role == "ae"
    assert chart.position("2").explicit_role == "am"
    third = chart.position("3")
    assert third.explicit_role is None
    assert third.role == "ae"  # falls back to the title
    assert third.custom == {"Role": "Wizard"}
    assert chart.position("4").explicit_role is None


def test_team_column_creates_teams(import_text) -> None:
    chart, _ = import_text(
        "id,name,title,team,team kind\n"
        "1,A,SDR,Pod North,pod\n"
        "2,B,AE,pod north,\n"
        "3,C,AM,Pod North,\n"
        "4,D,Sales Ops Analyst,Revenue Ops,ops\n"
        "5,E,AE,Hunters,tribe\n"
        "6,F,AE,,\n"
    )
    teams = {t.id: (t.name, t.kind) for t in chart.teams()}
    assert teams == {
        "pod-north": ("Pod North", "pod"),
        "revenue-ops": ("Revenue Ops", "operations"),
        "hunters": ("Hunters", "other"),
    }
    assert chart.team_members("pod-north") == ["1", "2", "3"]
    assert chart.position("6").team is None
    assert chart.position("5").custom == {"team kind": "tribe"}


def test_cost_parsing_and_unreadable_cost_kept_as_text(import_text) -> None:
    chart, problems = import_text(
        'id,name,Salary\n1,A,85 000\n2,B,"85,000"\n3,C,85000.50\n4,D,"85 000,50"\n5,E,kr 85 000\n'
        "6,F,negotiable\n7,G,\n"
    )
    assert problems == []
    costs = [chart.position(str(i)).cost for i in range(1, 8)]
    assert costs == [85000, 85000, 85000.5, 85000.5, 85000, None, None]
    assert chart.position("6").custom == {"Salary": "negotiable"}
    assert chart.position("7").custom == {}


def test_custom_fields_keep_the_original_header(import_text) -> None:
    chart, _ = import_text("ID,Name,Department,E-mail,Hire Date\n1,A,Sales,a@x.no,\n")
    assert chart.position("1").custom == {"Department": "Sales", "E-mail": "a@x.no"}


def test_ragged_rows(import_text) -> None:
    chart, problems = import_text("id,name,title,manager_id\n1,A,CEO\n2,B,AE,1,extra,more\n3\n")
    assert problems == []
    assert chart.position("1").title == "CEO"
    assert chart.manager_of("2") == "1"
    assert chart.position("2").custom == {}  # extra values are dropped
    assert chart.position("3").name == "" and chart.position("3").status == "vacant"


def test_single_name_column_is_a_list_of_people(import_text) -> None:
    chart, _ = import_text("Name\nAda\nBo\n")
    assert [p.name for p in chart.positions()] == ["Ada", "Bo"]
    assert chart.roots() == ["ada", "bo"]


def test_title_only_file_is_a_plan_of_vacant_seats(import_text) -> None:
    chart, _ = import_text("title,reports to\nHead of Sales,\nAccount Executive,Head of Sales\n")
    assert all(p.status == "vacant" for p in chart.positions())
    assert len(chart) == 2
    # without names, a title identifies the manager
    assert chart.roots() == ["head-of-sales"]
    assert chart.reports_of("head-of-sales") == ["account-executive"]


def test_header_only_file_is_an_empty_chart(import_text) -> None:
    chart, problems = import_text("id,name,title\n")
    assert len(chart) == 0 and problems == []


def test_mapping_override_by_header(import_text, write_file) -> None:
    path = write_file("x.csv", "id,name,Boss Code,Dept\n1,A,,Sales\n2,B,1,Sales\n")
    chart, _ = read_csv(path)
    assert chart.manager_of("2") is None and chart.position("2").custom["Boss Code"] == "1"
    chart, _ = read_csv(path, {"Boss Code": "manager_id", "Dept": "team"})
    assert chart.manager_of("2") == "1"
    assert [t.name for t in chart.teams()] == ["Sales"]
    chart, _ = read_csv(path, {"Dept": "ignore"})
    assert chart.position("1").custom == {}


def test_preview_and_mapping_round_trip(write_file) -> None:
    path = write_file("x.csv", "Staff No,Name,Jobb\n1,A,Selger\n2,B,Selger\n3,C,Sjef\n")
    preview = preview_csv(path, max_rows=2)
    assert preview.headers == ("Staff No", "Name", "Jobb")
    assert preview.mapping.assignments == (CUSTOM, "name", CUSTOM)
    assert preview.rows == [["1", "A", "Selger"], ["2", "B", "Selger"]]
    assert (preview.row_count, preview.delimiter, preview.encoding) == (3, ",", "utf-8")
    mapping = preview.mapping.with_assignment("Staff No", "id").with_assignment("Jobb", "title")
    chart, _ = read_csv(path, mapping)
    assert list(chart.position_ids()) == ["1", "2", "3"]
    assert chart.position("3").title == "Sjef"


def test_mapping_made_for_other_columns_is_refused(write_file) -> None:
    first = preview_csv(write_file("a.csv", "id,name\n1,A\n")).mapping
    with pytest.raises(ChartFileError, match="different set of columns"):
        read_csv(write_file("b.csv", "id,name,title\n1,A,B\n"), first)


def test_chart_is_built_quietly(import_text) -> None:
    chart, problems = import_text("id,name,manager_id\n1,A,\n2,B,1\n")
    assert chart.revision == 0
    assert chart.import_problems == problems == []


def test_many_rows_in_shuffled_order(import_text) -> None:
    # reports listed before their managers: the reader orders them before building
    rows = [f"{i},P{i},{i // 2 if i > 1 else ''}" for i in range(500, 0, -1)]
    lines = ["id,name,manager_id", *rows]
    chart, problems = import_text("\n".join(lines) + "\n")
    assert problems == []
    assert chart.roots() == ["1"]
    assert chart.reports_of("2") == ["5", "4"]  # file order among siblings
    assert chart.depth("500") == 8
