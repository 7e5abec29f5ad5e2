<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AlsoConsider</name>
    <message>
        <location filename="../../orgeditor/ui/panels/also_consider.py" line="21"/>
        <source>Also consider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/also_consider.py" line="30"/>
        <source>Culture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/also_consider.py" line="32"/>
        <source>Each model brings its own culture: pods are collaborative, islands competitive. Pick the one that fits your values, and let leaders live it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/also_consider.py" line="37"/>
        <source>Competence roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/also_consider.py" line="39"/>
        <source>Describe how you expect the sales force to develop and the core skills it needs, and train towards it, however the structure changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/also_consider.py" line="44"/>
        <source>Enablement platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/also_consider.py" line="46"/>
        <source>Give enablement the right platform: a good seller experience, content management and deep analytics.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreadcrumbBar</name>
    <message>
        <location filename="../../orgeditor/ui/panels/breadcrumb_bar.py" line="86"/>
        <source>Whole chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/breadcrumb_bar.py" line="86"/>
        <source>Show the whole chart (Ctrl+Shift+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/breadcrumb_bar.py" line="99"/>
        <source>showing %1 of %2 positions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartStatusBar</name>
    <message>
        <location filename="../../orgeditor/ui/status_bar.py" line="52"/>
        <source>1 position</source>
        <translation>1 stilling</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/status_bar.py" line="54"/>
        <source>{n} positions</source>
        <translation>{n} stillinger</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/status_bar.py" line="57"/>
        <source>1 seller</source>
        <translation>1 selger</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/status_bar.py" line="59"/>
        <source>{n} sellers</source>
        <translation>{n} selgere</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/status_bar.py" line="62"/>
        <source>declared</source>
        <translation>angitt</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/status_bar.py" line="62"/>
        <source>inferred</source>
        <translation>utledet</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/status_bar.py" line="63"/>
        <source>Model: %1 (%2)</source>
        <translation>Modell: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/status_bar.py" line="71"/>
        <source>%1 hidden</source>
        <translation>%1 skjult</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/status_bar.py" line="74"/>
        <source>Folded branches or the focus on one branch hide %1 of the chart&apos;s positions: View ▸ Expand All, View ▸ Show Whole Chart</source>
        <translation>Sammenfoldede grener eller fokus på én gren skjuler %1 av stillingene i kartet: Vis ▸ Fold ut alle, Vis ▸ Vis hele kartet</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../orgeditor/ui/canvas/view.py" line="583"/>
        <source>Rename position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/canvas/view.py" line="612"/>
        <source>Drag a role from the palette onto the canvas to start the chart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="116"/>
        <source>Checks failed: %1</source>
        <translation>Kontrollene feilet: %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="121"/>
        <source>No findings: the chart follows the checked practices.</source>
        <translation>Ingen funn: kartet følger de kontrollerte praksisene.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="123"/>
        <source>The chart is empty. Drag roles from the palette to start.</source>
        <translation>Kartet er tomt. Dra roller fra paletten for å begynne.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="146"/>
        <source>The span and management checks look at the managers in this part of the chart: the sales organisation. Sellers, enablement and operations are counted in the whole chart. The rule setting checks.scope = &quot;all&quot; checks every manager.</source>
        <translation>Kontrollene av kontrollspenn og ledelse ser på lederne i denne delen av kartet: salgsorganisasjonen. Selgere, salgsaktivering og salgsoperasjoner telles i hele kartet. Regelinnstillingen checks.scope = &quot;all&quot; kontrollerer alle ledere.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="219"/>
        <source>None yet</source>
        <translation>Ingen ennå</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="220"/>
        <source>declared</source>
        <translation>angitt</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="222"/>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="226"/>
        <source>How the sellers are organised: declared in the chart, or inferred.</source>
        <translation>Hvordan selgerne er organisert: angitt i kartet, eller utledet.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="263"/>
        <source>1 error</source>
        <translation>1 feil</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="263"/>
        <source>%1 errors</source>
        <translation>%1 feil</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="264"/>
        <source>1 warning</source>
        <translation>1 advarsel</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="264"/>
        <source>%1 warnings</source>
        <translation>%1 advarsler</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="265"/>
        <source>1 info</source>
        <translation>1 merknad</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="265"/>
        <source>%1 info</source>
        <translation>%1 merknader</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="271"/>
        <source>Show or hide findings of this severity</source>
        <translation>Vis eller skjul funn med denne alvorlighetsgraden</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="275"/>
        <source>Select a finding to see what to change and why.</source>
        <translation>Velg et funn for å se hva du bør endre, og hvorfor.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="282"/>
        <source>%1 more</source>
        <translation>%1 til</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="284"/>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="285"/>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="286"/>
        <source>Info</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="289"/>
        <source>What to change</source>
        <translation>Hva du bør endre</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="290"/>
        <source>Practice</source>
        <translation>Praksis</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="297"/>
        <source>Concerns</source>
        <translation>Gjelder</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="301"/>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../orgeditor/ui/dialogs/compare_dialog.py" line="53"/>
        <source>Compare Scenarios</source>
        <translation>Sammenlign scenarioer</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/compare_dialog.py" line="77"/>
        <source>Side by side</source>
        <translation>Side om side</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/compare_dialog.py" line="77"/>
        <source>Proposal with changes marked</source>
        <translation>Forslaget med endringene markert</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/compare_dialog.py" line="78"/>
        <source>Export Report…</source>
        <translation>Eksporter rapport…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/compare_dialog.py" line="83"/>
        <source>&amp;Before:</source>
        <translation>&amp;Før:</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/compare_dialog.py" line="84"/>
        <source>&amp;After:</source>
        <translation>E&amp;tter:</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/compare_dialog.py" line="85"/>
        <source>&amp;Show:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/compare_dialog.py" line="101"/>
        <source>Changes</source>
        <translation>Endringer</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/compare_dialog.py" line="182"/>
        <source>Reorganisation: %1</source>
        <translation>Omorganisering: %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/compare_dialog.py" line="202"/>
        <source>No changes: the two scenarios are the same.</source>
        <translation>Ingen endringer: de to scenarioene er like.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/compare_dialog.py" line="227"/>
        <location filename="../../orgeditor/ui/dialogs/compare_dialog.py" line="254"/>
        <source>Export Report</source>
        <translation>Eksporter rapport</translation>
    </message>
</context>
<context>
    <name>ContextMenus</name>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="102"/>
        <source>Add &amp;Report</source>
        <translation>Legg til &amp;direkte rapport</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="105"/>
        <source>Change R&amp;ole</source>
        <translation>Endre &amp;rolle</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="112"/>
        <source>&amp;Paste Under This Card</source>
        <translation>&amp;Lim inn under dette kortet</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="148"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="151"/>
        <source>Add &amp;Position</source>
        <translation>Legg til &amp;stilling</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="154"/>
        <source>Insert &amp;Structure</source>
        <translation>Sett inn s&amp;truktur</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="160"/>
        <source>With the Wizard…</source>
        <translation>Med veiviseren…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="188"/>
        <source>1 Position</source>
        <translation>1 stilling</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="190"/>
        <source>%1 Positions</source>
        <translation>%1 stillinger</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="193"/>
        <source>Make Team from %1…</source>
        <translation>Lag team av %1…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="194"/>
        <source>Make Pod from %1…</source>
        <translation>Lag pod av %1…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="205"/>
        <source>Add to Team</source>
        <translation>Legg til i team</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="214"/>
        <source>Remove from %1</source>
        <translation>Fjern fra %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="215"/>
        <source>Remove from Team</source>
        <translation>Fjern fra teamet</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="222"/>
        <source>Rename Team…</source>
        <translation>Gi teamet nytt navn…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="225"/>
        <source>Team Kind</source>
        <translation>Teamtype</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="232"/>
        <source>Team Segments…</source>
        <translation>Teamets segmenter…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="235"/>
        <source>Team Declared Model</source>
        <translation>Teamets erklærte modell</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="242"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="243"/>
        <source>Dissolve %1</source>
        <translation>Oppløs %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="253"/>
        <source>Add Dotted Line from %1 to %2</source>
        <translation>Legg til stiplet linje fra %1 til %2</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="257"/>
        <source>Add Dotted Line to…</source>
        <translation>Legg til stiplet linje til…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="262"/>
        <source>Remove Dotted Line to %1</source>
        <translation>Fjern stiplet linje til %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="270"/>
        <source>Chart Declared Model</source>
        <translation>Kartets erklærte modell</translation>
    </message>
</context>
<context>
    <name>CustomFieldsEditor</name>
    <message>
        <location filename="../../orgeditor/ui/panels/custom_fields.py" line="82"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/custom_fields.py" line="82"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/custom_fields.py" line="101"/>
        <source>(several values)</source>
        <translation type="unfinished">(flere verdier)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/custom_fields.py" line="109"/>
        <source>New field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/custom_fields.py" line="112"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/custom_fields.py" line="113"/>
        <source>Add a custom field to the selected positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/custom_fields.py" line="116"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/custom_fields.py" line="117"/>
        <source>Remove the selected field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiskChangeBar</name>
    <message>
        <location filename="../../orgeditor/ui/safety/disk_change_bar.py" line="23"/>
        <source>Reload</source>
        <translation type="unfinished">Last inn på nytt</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/safety/disk_change_bar.py" line="25"/>
        <source>Open the file as it is now on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/safety/disk_change_bar.py" line="26"/>
        <source>Keep This Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/safety/disk_change_bar.py" line="29"/>
        <source>Go on with the chart shown here; saving asks before overwriting the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/safety/disk_change_bar.py" line="41"/>
        <source>%1 was changed by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/safety/disk_change_bar.py" line="43"/>
        <source>Reloading discards your unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <location filename="../../orgeditor/ui/edit_controller.py" line="146"/>
        <source>Role from title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/edit_controller.py" line="148"/>
        <source>Make %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/edit_controller.py" line="173"/>
        <source>A position cannot report to its own reports.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../orgeditor/ui/export_controller.py" line="48"/>
        <source>Select the cards to export first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/export_controller.py" line="51"/>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/export_controller.py" line="105"/>
        <source>Could not export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/export_controller.py" line="109"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/export_controller.py" line="129"/>
        <source>One page, scaled to fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/export_controller.py" line="130"/>
        <source>Split across pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/export_controller.py" line="131"/>
        <source>Fit the chart on one page, or print it readable on several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/export_controller.py" line="135"/>
        <source> Pages: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="69"/>
        <source>PNG export options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="72"/>
        <source>PDF export options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="75"/>
        <source>SVG export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="76"/>
        <source>An SVG drawing has no options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="80"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="105"/>
        <source>Image pixels per chart pixel (2× is sharp on most screens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="109"/>
        <source>Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="110"/>
        <source>Transparent background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="128"/>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="130"/>
        <source>One page, scaled to fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="132"/>
        <source>Split across pages, with page numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="141"/>
        <source>Pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="146"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="147"/>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="148"/>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="152"/>
        <source>Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="160"/>
        <source>At 100 % card names print at 9 pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="161"/>
        <source>Scale (split pages):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="79"/>
        <source>Figures failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="104"/>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="111"/>
        <source>Sellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="113"/>
        <source>No sellers in this chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="120"/>
        <source>Sellers who have a manager, divided by the number of people who directly manage at least one seller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="126"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="130"/>
        <source>Spans of control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="139"/>
        <source>Cost</source>
        <translation type="unfinished">Kostnad</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="141"/>
        <source>No cost data in this chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="143"/>
        <source>Give positions a cost (or import a salary column) to see totals here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="150"/>
        <source>By team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="158"/>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="213"/>
        <source>positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="214"/>
        <source>Positions in the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="218"/>
        <source>sellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="219"/>
        <source>Seller seats, filled or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="223"/>
        <source>open seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="224"/>
        <source>Vacant and planned positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="228"/>
        <source>layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="229"/>
        <source>Positions on the longest reporting chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="266"/>
        <source>All stages (generalists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="281"/>
        <source>Sellers per manager: &lt;b&gt;–&lt;/b&gt; (no seller has a manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="284"/>
        <source>Sellers per manager: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="290"/>
        <source>(%1 sellers, 1 manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="292"/>
        <source>(%1 sellers, %2 managers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="322"/>
        <source>%1 more roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="335"/>
        <source>Managers with exactly one direct report (span.too_narrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="336"/>
        <source>Managers with more than 10 direct reports (span.too_wide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="345"/>
        <source>Managers with %1 direct reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="353"/>
        <source>Nobody manages anyone yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="361"/>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="367"/>
        <source>Median &lt;b&gt;%1&lt;/b&gt; · range %2–%3 · %4 managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="373"/>
        <source>Widest: &lt;b&gt;%1&lt;/b&gt; (%2 direct reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="378"/>
        <source>Layers: &lt;b&gt;%1&lt;/b&gt; · top-level positions: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="398"/>
        <source>Total: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="403"/>
        <source>%1 of %2 positions has no cost and is not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="405"/>
        <source>%1 of %2 positions have no cost and are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="414"/>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="445"/>
        <source>No team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="418"/>
        <source>%1 more teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="433"/>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="445"/>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="440"/>
        <source>%1 more values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="87"/>
        <source>Open chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="96"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="134"/>
        <source>Could not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="141"/>
        <source>{n} problem(s) found while importing: see the checks panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="155"/>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="190"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="191"/>
        <source>%1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="195"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="204"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="205"/>
        <source>Save the changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="236"/>
        <source>Open in another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="238"/>
        <source>%1 is open in another window of this orgeditor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="241"/>
        <source>Open in another orgeditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="242"/>
        <source>%1 is open in another orgeditor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="245"/>
        <source>It is held by %1. If both save, one will overwrite the other&apos;s changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="249"/>
        <source>Save Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="249"/>
        <source>Open Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="255"/>
        <source>Take Over (%1 no longer has it open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="270"/>
        <source>File changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="272"/>
        <source>%1 was changed by another program since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="277"/>
        <source>Saving replaces those changes with this chart. Save it under another name?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="279"/>
        <source>Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="280"/>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../orgeditor/ui/panels/find_bar.py" line="46"/>
        <source>Find by name or title</source>
        <translation>Finn etter navn eller tittel</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/find_bar.py" line="51"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Forrige treff (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/find_bar.py" line="54"/>
        <source>Next match (Enter)</source>
        <translation>Neste treff (Enter)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/find_bar.py" line="61"/>
        <source>Close (Escape)</source>
        <translation>Lukk (Escape)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/find_bar.py" line="154"/>
        <source>No matches</source>
        <translation>Ingen treff</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/find_bar.py" line="157"/>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../orgeditor/ui/panels/findings_model.py" line="126"/>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="126"/>
        <source>Import %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="137"/>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="152"/>
        <source>Columns and first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="155"/>
        <source>Choose above each column what it feeds; unknown columns stay custom fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="167"/>
        <source>What the import finds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="176"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="309"/>
        <source>sheet “%s”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="312"/>
        <source>%s, %s-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="329"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="336"/>
        <source>What the column “%s” feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="383"/>
        <source>No duplicate ids, unknown managers or cycles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="388"/>
        <source>Row %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="398"/>
        <source>Cannot import this file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectorWidget</name>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="60"/>
        <source>(several values)</source>
        <translation>(flere verdier)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="107"/>
        <source>Select a card on the chart to edit its position.</source>
        <translation>Velg et kort i kartet for å redigere stillingen.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="133"/>
        <source>Position</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="134"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="134"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="140"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="155"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="157"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="169"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="171"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="177"/>
        <source>Annual cost; leave empty when unknown</source>
        <translation>Årlig kostnad; la feltet stå tomt når den er ukjent</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="179"/>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="180"/>
        <source>Location</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="182"/>
        <source>Custom fields</source>
        <translation>Egendefinerte felt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/panels/inspector.py" line="224"/>
        <source>&lt;b&gt;%n positions&lt;/b&gt; selected</source>
        <translation>
            <numerusform>&lt;b&gt;%n stilling&lt;/b&gt; valgt</numerusform>
            <numerusform>&lt;b&gt;%n stillinger&lt;/b&gt; valgt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="225"/>
        <source>Edits apply to all of them.</source>
        <translation>Endringene gjelder for alle.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="229"/>
        <source>Vacant</source>
        <translation>Ledig</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="240"/>
        <source>Inferred from each title</source>
        <translation>Utledet fra hver tittel</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="244"/>
        <source>Inferred from title: %1</source>
        <translation>Utledet fra tittelen: %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="246"/>
        <source>%1 — from title</source>
        <translation>%1 — fra tittelen</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="251"/>
        <source>Inferred from the titles. Pick a role to set it on all of them.</source>
        <translation>Utledet fra titlene. Velg en rolle for å sette den på alle.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="254"/>
        <source>Inferred from the title (%1). Pick a role to override it.</source>
        <translation>Utledet fra tittelen (%1). Velg en rolle for å overstyre den.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="260"/>
        <source>Chosen by hand; the title implies the same role.</source>
        <translation>Valgt for hånd; tittelen tilsier samme rolle.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="262"/>
        <source>Chosen by hand; the title implies %1.</source>
        <translation>Valgt for hånd; tittelen tilsier %1.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="271"/>
        <source>(no team)</source>
        <translation>(uten team)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="291"/>
        <source>Edit %1</source>
        <translation>Rediger %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="293"/>
        <source>Edit %1 of %2 positions</source>
        <translation>Rediger %1 for %2 stillinger</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="2"/>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="3"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="4"/>
        <source>Enablement</source>
        <translation>Salgsaktivering</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="5"/>
        <source>Operations</source>
        <translation>Salgsoperasjoner</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="6"/>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="7"/>
        <source>Assembly line</source>
        <translation>Samlebånd</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="8"/>
        <source>Island</source>
        <translation>Øy</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="9"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="10"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="11"/>
        <source>Product line</source>
        <translation>Produktlinje</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="12"/>
        <source>Customer size</source>
        <translation>Kundestørrelse</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="13"/>
        <source>Vertical</source>
        <translation>Bransje</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="14"/>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="15"/>
        <source>product line</source>
        <translation>produktlinje</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="16"/>
        <source>customer size</source>
        <translation>kundestørrelse</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="17"/>
        <source>vertical</source>
        <translation>bransje</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="18"/>
        <source>Filled</source>
        <translation>Besatt</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="19"/>
        <source>Vacant</source>
        <translation>Ledig</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="20"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="21"/>
        <source>Leadership</source>
        <translation>Ledelse</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="22"/>
        <source>Sales</source>
        <translation>Salg</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="23"/>
        <source>Sales operations</source>
        <translation>Salgsoperasjoner</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="24"/>
        <source>Sales enablement</source>
        <translation>Salgsaktivering</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="25"/>
        <source>Lead generation</source>
        <translation>Leadgenerering</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="26"/>
        <source>Closing</source>
        <translation>Avslutning</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="27"/>
        <source>Retention</source>
        <translation>Kundeoppfølging</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="28"/>
        <source>All stages</source>
        <translation>Alle faser</translation>
    </message>
</context>
<context>
    <name>LayoutStyleActions</name>
    <message>
        <location filename="../../orgeditor/ui/layout_style.py" line="27"/>
        <source>&amp;Compact</source>
        <translation>&amp;Kompakt</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/layout_style.py" line="28"/>
        <source>Stack each manager&apos;s individual contributors and wrap wide teams into rows</source>
        <translation>Stable hver leders medarbeidere uten underordnede, og bryt brede team i rader</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/layout_style.py" line="32"/>
        <source>&amp;Wide</source>
        <translation>&amp;Bred</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/layout_style.py" line="33"/>
        <source>Every manager&apos;s reports side by side in one row (the classic tree)</source>
        <translation>Hver leders underordnede side om side på én rad (det klassiske treet)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/layout_style.py" line="49"/>
        <source>&amp;Layout</source>
        <translation>&amp;Oppsett</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/layout_style.py" line="56"/>
        <source>Compact layout</source>
        <translation>Kompakt oppsett</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/layout_style.py" line="56"/>
        <source>Wide layout</source>
        <translation>Bredt oppsett</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../orgeditor/ui/main_window.py" line="106"/>
        <source>Palette</source>
        <translation>Palett</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/main_window.py" line="107"/>
        <source>Checks</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/main_window.py" line="108"/>
        <source>Inspector</source>
        <translation>Egenskaper</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/main_window.py" line="109"/>
        <source>Figures</source>
        <translation>Nøkkeltall</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/main_window.py" line="111"/>
        <source>Segmentation</source>
        <translation>Segmentering</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/main_window.py" line="120"/>
        <source>Re-layout After &amp;Edits</source>
        <translation>Nytt oppsett etter &amp;endringer</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/main_window.py" line="123"/>
        <source>Tidy the chart after structural edits; cards you placed by hand stay</source>
        <translation>Rydd i kartet etter strukturendringer; kort du har plassert for hånd, blir stående</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/main_window.py" line="289"/>
        <source>Reload</source>
        <translation>Last inn på nytt</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/main_window.py" line="290"/>
        <source>Discard your unsaved changes and reload %1?</source>
        <translation>Forkaste endringene som ikke er lagret, og laste inn %1 på nytt?</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/main_window.py" line="378"/>
        <source>Autosave failed: </source>
        <translation>Autolagring mislyktes: </translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/main_window.py" line="416"/>
        <source>Re-layout after edits</source>
        <translation>Nytt oppsett etter endringer</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/main_window.py" line="416"/>
        <source>Keep card places</source>
        <translation>Behold kortenes plass</translation>
    </message>
</context>
<context>
    <name>MoveUnderDialog</name>
    <message>
        <location filename="../../orgeditor/ui/dialogs/move_under.py" line="37"/>
        <source>Move Under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/move_under.py" line="41"/>
        <source>%1 positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/move_under.py" line="42"/>
        <source>New manager of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/move_under.py" line="45"/>
        <source>Type a name or title…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/move_under.py" line="48"/>
        <source>(No manager: top of its own tree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/move_under.py" line="57"/>
        <source>  (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/move_under.py" line="70"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameEditor</name>
    <message>
        <location filename="../../orgeditor/ui/canvas/name_editor.py" line="23"/>
        <source>Name (empty: vacant)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewSeat</name>
    <message>
        <location filename="../../orgeditor/ui/commands/new_seat.py" line="20"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaletteWidget</name>
    <message>
        <location filename="../../orgeditor/ui/panels/palette.py" line="161"/>
        <source>Filter roles and structures…</source>
        <translation>Filtrer roller og strukturer…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/palette.py" line="165"/>
        <source>Structures</source>
        <translation>Strukturer</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/palette.py" line="201"/>
        <source>Drag a role onto the chart to add a position, a structure to add a whole team.</source>
        <translation>Dra en rolle inn i kartet for å legge til en stilling, en struktur for å legge til et helt team.</translation>
    </message>
</context>
<context>
    <name>ParameterForm</name>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="61"/>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="64"/>
        <source>SDRs (lead generation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="65"/>
        <source>Account executives (closing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="66"/>
        <source>Account managers (retention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="67"/>
        <source>Customer success (retention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="68"/>
        <source>Pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="69"/>
        <source>SDRs per pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="70"/>
        <source>Account executives per pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="71"/>
        <source>Account managers per pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="72"/>
        <source>Customer success per pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="73"/>
        <source>Generalist sellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="78"/>
        <source>Sellers per stage; a sales manager per “Sellers per manager” of them, small stages sharing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="81"/>
        <source>Every pod gets its own pod lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="82"/>
        <source>Sellers who each take a customer from first call to renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="109"/>
        <source>Management and support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="116"/>
        <source>A first-line manager (sales manager, pod or team lead) per this many sellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="119"/>
        <source>Sellers per manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="120"/>
        <source>Sales operations</source>
        <translation type="unfinished">Salgsoperasjoner</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="122"/>
        <source>CRM data, forecasting and tooling, sized to the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="123"/>
        <source>Sales enablement</source>
        <translation type="unfinished">Salgsaktivering</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="125"/>
        <source>Onboarding, training and content, sized to the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="132"/>
        <source>VP of Sales Enablement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="133"/>
        <source>Chief Revenue Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="134"/>
        <source>Who sponsors enablement once the team is large enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="137"/>
        <source>Enablement sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="140"/>
        <source>Segmentation</source>
        <translation type="unfinished">Segmentering</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="144"/>
        <source>None</source>
        <translation type="unfinished">Ingen</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="149"/>
        <source>North, South</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="150"/>
        <source>One copy of the structure per value, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="155"/>
        <source>Split by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="156"/>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="159"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="163"/>
        <source>e.g. Nordlys AS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="171"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="172"/>
        <source>Titles in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../orgeditor/ui/dialogs/preferences.py" line="28"/>
        <source>Preferences</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/preferences.py" line="33"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/preferences.py" line="34"/>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/preferences.py" line="37"/>
        <source>0 turns autosave off</source>
        <translation>0 slår av autolagring</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/preferences.py" line="46"/>
        <source>Everything in the window larger, for a projector: from the next start</source>
        <translation>Alt i vinduet større, for en projektor: fra neste oppstart</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/preferences.py" line="50"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/preferences.py" line="55"/>
        <source>System follows the computer&apos;s language; a change shows from the next start</source>
        <translation>System følger språket på datamaskinen; en endring vises fra neste oppstart</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/preferences.py" line="59"/>
        <source>Charts with unsaved changes are kept in %1 and offered back after a crash.</source>
        <translation>Kart med endringer som ikke er lagret, tas vare på i %1 og tilbys igjen etter et krasj.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/preferences.py" line="65"/>
        <source>Autosave every</source>
        <translation>Autolagre hvert</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/preferences.py" line="66"/>
        <source>Interface scale (next start)</source>
        <translation>Skalering av grensesnittet (neste oppstart)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/preferences.py" line="67"/>
        <source>Language (next start)</source>
        <translation>Språk (neste oppstart)</translation>
    </message>
</context>
<context>
    <name>PresentationMode</name>
    <message>
        <location filename="../../orgeditor/ui/presentation.py" line="57"/>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Presentasjonsmodus</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/presentation.py" line="61"/>
        <source>Full screen for a room: large text, high contrast, Esc to leave</source>
        <translation>Fullskjerm for et møterom: stor tekst, høy kontrast, Esc for å gå ut</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/presentation.py" line="65"/>
        <source>Findings &amp;Strip</source>
        <translation>Funn&amp;stripe</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/presentation.py" line="68"/>
        <source>The findings in large type under the chart</source>
        <translation>Funnene i stor skrift under kartet</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/presentation.py" line="73"/>
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/presentation.py" line="193"/>
        <source>No findings: the chart follows the checked practices.</source>
        <translation>Ingen funn: kartet følger de kontrollerte praksisene.</translation>
    </message>
</context>
<context>
    <name>QuitSignals</name>
    <message>
        <location filename="../../orgeditor/ui/safety/quit_signals.py" line="199"/>
        <source>orgeditor: %1: unsaved changes to %2 kept for recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/safety/quit_signals.py" line="205"/>
        <source>orgeditor: %1: could not keep the unsaved changes to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../orgeditor/ui/dialogs/recovery_dialog.py" line="52"/>
        <source>Recover unsaved charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/recovery_dialog.py" line="57"/>
        <source>orgeditor did not close properly last time. These charts had changes that were not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/recovery_dialog.py" line="71"/>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/recovery_dialog.py" line="72"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/recovery_dialog.py" line="73"/>
        <source>Decide Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/recovery_dialog.py" line="87"/>
        <source>Recovered charts open with their changes unsaved; save them to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleReview</name>
    <message>
        <location filename="../../orgeditor/ui/commands/title_roles.py" line="27"/>
        <source>Set roles of %n position(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/role_review_controller.py" line="46"/>
        <source>Roles read from %1, none uncertain: Edit ▸ Review Roles… to check them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleReviewDialog</name>
    <message>
        <location filename="../../orgeditor/ui/dialogs/role_review.py" line="86"/>
        <source>Review Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/role_review.py" line="93"/>
        <source>%1 distinct titles; %2 uncertain, listed first. A role chosen here is given to every position with that title and remembered for titles met later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/role_review.py" line="103"/>
        <source>Filter titles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/role_review.py" line="108"/>
        <source>Title</source>
        <translation type="unfinished">Tittel</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/role_review.py" line="108"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/role_review.py" line="108"/>
        <source>Role</source>
        <translation type="unfinished">Rolle</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/role_review.py" line="108"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/role_review.py" line="153"/>
        <source>Double-click to choose another role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/role_review.py" line="163"/>
        <source>Uncertain: check this role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioActions</name>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="31"/>
        <source>Proposal</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="55"/>
        <source>&amp;New Scenario from This One</source>
        <translation>&amp;Nytt scenario fra dette</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="58"/>
        <source>A copy of the shown scenario to change: positions keep their ids</source>
        <translation>En kopi av det viste scenarioet til å endre: stillingene beholder ID-ene sine</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="60"/>
        <source>&amp;Rename Scenario…</source>
        <translation>&amp;Endre navn på scenario…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="61"/>
        <source>&amp;Delete Scenario</source>
        <translation>&amp;Slett scenario</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="62"/>
        <source>Ne&amp;xt Scenario</source>
        <translation>Neste scena&amp;rio</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="64"/>
        <source>&amp;Previous Scenario</source>
        <translation>&amp;Forrige scenario</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="67"/>
        <source>&amp;Compare Scenarios…</source>
        <translation>Sa&amp;mmenlign scenarioer…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="70"/>
        <source>Two scenarios side by side, what changed and what it does to the checks</source>
        <translation>To scenarioer side om side: hva som er endret, og hva det gjør med kontrollene</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="76"/>
        <source>&amp;Scenario</source>
        <translation>&amp;Scenarioer</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="115"/>
        <source>New Scenario</source>
        <translation>Nytt scenario</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="115"/>
        <source>Name of the new scenario:</source>
        <translation>Navn på det nye scenarioet:</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="123"/>
        <source>Rename Scenario</source>
        <translation>Endre navn på scenario</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="123"/>
        <source>New name:</source>
        <translation>Nytt navn:</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="163"/>
        <source>There is already a scenario named “%1”.</source>
        <translation>Det finnes allerede et scenario som heter «%1».</translation>
    </message>
</context>
<context>
    <name>ScenarioBar</name>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="185"/>
        <source>Scenarios</source>
        <translation>Scenarioer</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="193"/>
        <source>+ New Scenario</source>
        <translation>+ Nytt scenario</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="239"/>
        <source>&amp;New Scenario from This One</source>
        <translation>&amp;Nytt scenario fra dette</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="240"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Endre navn…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="241"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
</context>
<context>
    <name>SegmentationPanel</name>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="107"/>
        <source>Segmentation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="132"/>
        <source>A dimension is used when the sellers carry two or more of its values. A cell is one combination of values of the used dimensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="138"/>
        <source>Sellers per cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="180"/>
        <source>Click a cell to select its sellers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="184"/>
        <source>one seller in the segment: nobody to cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="188"/>
        <source>Colour cards by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="193"/>
        <source>None (role family)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="196"/>
        <source>Colour the band of each card by a segment value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="215"/>
        <source>No sellers in this chart yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="222"/>
        <source>No segmentation: the sellers carry fewer than two values of every dimension (region, product line, customer size, vertical).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="234"/>
        <source>(%1 values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="238"/>
        <source>%1 sellers in %2 occupied cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="244"/>
        <source>1 thin cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="246"/>
        <source>%1 thin cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="250"/>
        <source>Used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="254"/>
        <source>Rows: %1 (primary) · columns: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="259"/>
        <source>Columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="263"/>
        <source>One row per occupied cell; primary dimension: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="314"/>
        <source>Sellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="330"/>
        <source>Cards show their role family&apos;s colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="335"/>
        <source>Positions per %1 value, in the colours of the cards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <location filename="../../orgeditor/ui/panels/segment_legend.py" line="72"/>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segment_legend.py" line="90"/>
        <source>1 more value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segment_legend.py" line="92"/>
        <source>%1 more values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../orgeditor/ui/start_page.py" line="177"/>
        <source>Start page</source>
        <translation>Startside</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/start_page.py" line="206"/>
        <source>Start a sales organisation chart</source>
        <translation>Start et kart over salgsorganisasjonen</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/start_page.py" line="212"/>
        <source>Pick the model your sales team follows, open an example, or bring in the export from your HR system.</source>
        <translation>Velg modellen salgsteamet ditt følger, åpne et eksempel, eller hent inn eksporten fra HR-systemet ditt.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/start_page.py" line="222"/>
        <source>Back to the Chart</source>
        <translation>Tilbake til kartet</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/start_page.py" line="226"/>
        <source>Close the start page (Esc)</source>
        <translation>Lukk startsiden (Esc)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/start_page.py" line="236"/>
        <source>Start from a sales model</source>
        <translation>Start fra en salgsmodell</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/start_page.py" line="258"/>
        <source>Import from HR Export…</source>
        <translation>Importer fra HR-eksport…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/start_page.py" line="259"/>
        <source>A CSV or Excel file with one row per employee and who they report to</source>
        <translation>En CSV- eller Excel-fil med én rad per ansatt og hvem de rapporterer til</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/start_page.py" line="264"/>
        <source>Empty Chart</source>
        <translation>Tomt kart</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/start_page.py" line="265"/>
        <source>Drag roles from the palette onto the canvas</source>
        <translation>Dra roller fra paletten inn på lerretet</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/start_page.py" line="279"/>
        <source>Open an example</source>
        <translation>Åpne et eksempel</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/start_page.py" line="286"/>
        <source>Built-in example: %1</source>
        <translation>Innebygd eksempel: %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/start_page.py" line="297"/>
        <source>Recent charts</source>
        <translation>Nylig brukte kart</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/start_page.py" line="307"/>
        <source>Charts you open, import or save will be listed here.</source>
        <translation>Kart du åpner, importerer eller lagrer, vises her.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/start_page.py" line="386"/>
        <source>Creates %1 sellers in %2 positions; change anything afterwards.</source>
        <translation>Lager %1 selgere i %2 stillinger; du kan endre alt etterpå.</translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="65"/>
        <source>Make &amp;Team from Selection…</source>
        <translation>Lag &amp;team av utvalget…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="67"/>
        <source>Group the selected positions into a new team</source>
        <translation>Samle de valgte stillingene i et nytt team</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="70"/>
        <source>Make &amp;Pod from Selection…</source>
        <translation>Lag &amp;pod av utvalget…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="72"/>
        <source>Group the selected positions into a new pod</source>
        <translation>Samle de valgte stillingene i en ny pod</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="75"/>
        <source>Re&amp;name Team…</source>
        <translation>Gi teamet nytt &amp;navn…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="77"/>
        <source>Give the team a new name</source>
        <translation>Gi teamet et nytt navn</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="80"/>
        <source>Team &amp;Segments…</source>
        <translation>Teamets &amp;segmenter…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="83"/>
        <source>Region, product line, customer size and vertical of the team; members without their own values inherit them</source>
        <translation>Teamets region, produktlinje, kundestørrelse og bransje; medlemmer uten egne verdier arver dem</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="88"/>
        <source>&amp;Dissolve Team</source>
        <translation>&amp;Oppløs teamet</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="90"/>
        <source>Remove the team; its members stay where they are</source>
        <translation>Fjern teamet; medlemmene blir der de er</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="93"/>
        <source>Remove from Team</source>
        <translation>Fjern fra teamet</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="95"/>
        <source>Take the selected positions out of their teams</source>
        <translation>Ta de valgte stillingene ut av teamene sine</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="98"/>
        <source>Add Dotted &amp;Line…</source>
        <translation>Legg til stiplet &amp;linje…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="101"/>
        <source>A matrix (dotted) line: the second selected card becomes a dotted manager of the first. Or Alt+drag a card onto its dotted manager.</source>
        <translation>En matriselinje (stiplet): det andre valgte kortet blir stiplet leder for det første. Eller Alt+dra et kort til den stiplede lederen.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="106"/>
        <source>Remove Dotted Lines of Selection</source>
        <translation>Fjern stiplede linjer i utvalget</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="108"/>
        <source>Remove every dotted line to or from the selected positions</source>
        <translation>Fjern alle stiplede linjer til eller fra de valgte stillingene</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="111"/>
        <source>Team &amp;Kind</source>
        <translation>Teamt&amp;ype</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="117"/>
        <source>Team Declared &amp;Model</source>
        <translation>Teamets erklærte &amp;modell</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="123"/>
        <source>&amp;Chart Declared Model</source>
        <translation>&amp;Kartets erklærte modell</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="128"/>
        <source>The sales model this chart means to follow; the checks compare against it</source>
        <translation>Salgsmodellen kartet skal følge; kontrollene sammenligner med den</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="175"/>
        <source>&amp;Teams</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="217"/>
        <source>Add Dotted Line</source>
        <translation>Legg til stiplet linje</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="218"/>
        <source>Dotted manager of %1:</source>
        <translation>Stiplet leder for %1:</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="233"/>
        <source>Make Pod</source>
        <translation>Lag pod</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="233"/>
        <source>Make Team</source>
        <translation>Lag team</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="234"/>
        <source>Name of the new pod:</source>
        <translation>Navn på den nye poden:</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="234"/>
        <source>Name of the new team:</source>
        <translation>Navn på det nye teamet:</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="247"/>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="247"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="255"/>
        <source>Rename Team</source>
        <translation>Gi teamet nytt navn</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="255"/>
        <source>New name:</source>
        <translation>Nytt navn:</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="264"/>
        <source>Make %1 a %2</source>
        <translation>Gjør %1 til %2</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="277"/>
        <source>Set segments of %1</source>
        <translation>Sett segmentene til %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="284"/>
        <source>Declare %1 model of %2</source>
        <translation>Erklær %1-modell for %2</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="312"/>
        <source>Declare %1 model</source>
        <translation>Erklær %1-modell</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="314"/>
        <source>Clear declared model</source>
        <translation>Fjern erklært modell</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="338"/>
        <source>Add dotted line from %1 to %2</source>
        <translation>Legg til stiplet linje fra %1 til %2</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="352"/>
        <source>Remove dotted line from %1 to %2</source>
        <translation>Fjern stiplet linje fra %1 til %2</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/team_actions.py" line="399"/>
        <source>team</source>
        <translation>team</translation>
    </message>
</context>
<context>
    <name>TeamSegmentsDialog</name>
    <message>
        <location filename="../../orgeditor/ui/dialogs/team_segments.py" line="18"/>
        <source>Segments of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/team_segments.py" line="28"/>
        <source>Members keep their own values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_preview.py" line="131"/>
        <source>The checks have nothing to say about this structure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_preview.py" line="171"/>
        <source>Findings show once the structure can be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_preview.py" line="173"/>
        <source>Findings</source>
        <translation type="unfinished">Funn</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_preview.py" line="183"/>
        <source>No findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_preview.py" line="186"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_preview.py" line="186"/>
        <source>errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_preview.py" line="187"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_preview.py" line="187"/>
        <source>warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_preview.py" line="188"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_preview.py" line="188"/>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_preview.py" line="191"/>
        <source>Findings the chart would have: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateWizard</name>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_wizard.py" line="49"/>
        <source>New from Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_wizard.py" line="65"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_wizard.py" line="76"/>
        <source>Create Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_wizard.py" line="79"/>
        <source>The chosen model&apos;s default sizes, fitted to the segments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <location filename="../../orgeditor/ui/toolbar.py" line="83"/>
        <source>Undo %1</source>
        <translation>Angre %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/toolbar.py" line="85"/>
        <source>Nothing to undo</source>
        <translation>Ingenting å angre</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/toolbar.py" line="90"/>
        <source>Redo %1</source>
        <translation>Gjør om %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/toolbar.py" line="92"/>
        <source>Nothing to redo</source>
        <translation>Ingenting å gjøre om</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/toolbar.py" line="112"/>
        <source>Main</source>
        <translation>Hovedverktøylinje</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/toolbar.py" line="120"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/toolbar.py" line="121"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/toolbar.py" line="122"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/toolbar.py" line="124"/>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/toolbar.py" line="125"/>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/toolbar.py" line="127"/>
        <source>Zoom In</source>
        <translation>Zoom inn</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/toolbar.py" line="128"/>
        <source>Zoom Out</source>
        <translation>Zoom ut</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/toolbar.py" line="129"/>
        <source>Fit</source>
        <translation>Tilpass</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/toolbar.py" line="130"/>
        <source>Tidy</source>
        <translation>Rydd</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/toolbar.py" line="132"/>
        <source>Find</source>
        <translation>Finn</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="46"/>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="49"/>
        <source>Start an empty chart</source>
        <translation>Start et tomt kart</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="52"/>
        <source>New from &amp;Template…</source>
        <translation>Ny fra &amp;mal…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="55"/>
        <source>Start from an assembly line, pod or island structure</source>
        <translation>Start fra en samlebånd-, pod- eller øystruktur</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="58"/>
        <source>Insert &amp;Structure…</source>
        <translation>Sett inn s&amp;truktur…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="61"/>
        <source>Add an assembly line, pod or island under the selected card</source>
        <translation>Legg til et samlebånd, en pod eller en øy under det valgte kortet</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="66"/>
        <source>Start &amp;Page</source>
        <translation>S&amp;tartside</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="69"/>
        <source>The sales models, examples and recent charts to start from</source>
        <translation>Salgsmodellene, eksemplene og de siste kartene å starte fra</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="74"/>
        <source>&amp;Open…</source>
        <translation>&amp;Åpne…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="77"/>
        <source>Open an .orgchart or CSV file</source>
        <translation>Åpne en .orgchart- eller CSV-fil</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="80"/>
        <source>&amp;Import CSV or Excel…</source>
        <translation>&amp;Importer CSV eller Excel…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="83"/>
        <source>Import an HR export (CSV, Excel, GraphML)</source>
        <translation>Importer en HR-eksport (CSV, Excel, GraphML)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="87"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporter…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="90"/>
        <source>Export the chart as PNG, SVG, PDF, CSV or GraphML</source>
        <translation>Eksporter kartet som PNG, SVG, PDF, CSV eller GraphML</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="93"/>
        <source>Export &amp;Selection…</source>
        <translation>Eksporter &amp;utvalget…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="96"/>
        <source>Export the selected cards as PNG, SVG or PDF</source>
        <translation>Eksporter de valgte kortene som PNG, SVG eller PDF</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="99"/>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Forhåndsvisning…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="101"/>
        <source>&amp;Print…</source>
        <translation>Skri&amp;v ut…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="102"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="103"/>
        <source>Save &amp;As…</source>
        <translation>Lagre &amp;som…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="104"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="106"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="109"/>
        <source>Autosave interval</source>
        <translation>Autolagring, skalering og språk</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="112"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="114"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="118"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Klipp ut</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="121"/>
        <source>Cut the selected positions with their reports</source>
        <translation>Klipp ut de valgte stillingene med sine underordnede</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="124"/>
        <source>&amp;Copy</source>
        <translation>K&amp;opier</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="127"/>
        <source>Copy the selected positions with their reports</source>
        <translation>Kopier de valgte stillingene med sine underordnede</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="130"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="133"/>
        <source>Paste positions under the selected card</source>
        <translation>Lim inn stillinger under det valgte kortet</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="136"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="139"/>
        <source>Delete the selected positions; their reports move up</source>
        <translation>Slett de valgte stillingene; de underordnede flyttes opp</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="142"/>
        <source>Delete with &amp;Reports</source>
        <translation>Slett med &amp;underordnede</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="147"/>
        <source>Select &amp;All</source>
        <translation>&amp;Merk alt</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="150"/>
        <source>&amp;Find…</source>
        <translation>&amp;Finn…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="153"/>
        <source>Find a position by name or title</source>
        <translation>Finn en stilling etter navn eller tittel</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="156"/>
        <source>Re&amp;name</source>
        <translation>Gi nytt &amp;navn</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="159"/>
        <source>Review Ro&amp;les…</source>
        <translation>Gjennomgå roll&amp;er…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="162"/>
        <source>One row per title: check the roles read from the titles and correct them</source>
        <translation>Én rad per tittel: kontroller rollene som er lest ut av titlene, og rett dem</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="168"/>
        <source>&amp;Move Under…</source>
        <translation>Fl&amp;ytt under…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="171"/>
        <source>Choose a new manager for the selected positions by name</source>
        <translation>Velg en ny leder for de valgte stillingene etter navn</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="175"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;inn</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="180"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;ut</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="183"/>
        <source>&amp;Fit Chart</source>
        <translation>&amp;Tilpass kartet</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="186"/>
        <source>&amp;Auto Layout</source>
        <translation>&amp;Automatisk oppsett</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="189"/>
        <source>Tidy the chart; forget cards placed by hand</source>
        <translation>Rydd i kartet; glem kort som er plassert for hånd</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="193"/>
        <source>&amp;Collapse Branch</source>
        <translation>&amp;Fold sammen gren</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="196"/>
        <source>Fold away everything under the selected managers</source>
        <translation>Fold sammen alt under de valgte lederne</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="199"/>
        <source>E&amp;xpand Branch</source>
        <translation>Fold ut g&amp;ren</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="202"/>
        <source>Show the folded reports of the selected managers again</source>
        <translation>Vis de sammenfoldede underordnede til de valgte lederne igjen</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="205"/>
        <source>Expa&amp;nd All</source>
        <translation>Fold ut a&amp;lle</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="208"/>
        <source>Show every folded branch again</source>
        <translation>Vis alle sammenfoldede grener igjen</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="211"/>
        <source>Focus on &amp;Branch</source>
        <translation>Fokuser på &amp;grenen</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="214"/>
        <source>Show only the selected position and everything under it</source>
        <translation>Vis bare den valgte stillingen og alt under den</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="217"/>
        <source>Show &amp;Whole Chart</source>
        <translation>Vis &amp;hele kartet</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="220"/>
        <source>End the focus on one branch: show the whole chart</source>
        <translation>Avslutt fokuset på én gren: vis hele kartet</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="223"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="225"/>
        <source>&amp;About orgeditor</source>
        <translation>&amp;Om orgeditor</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="232"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="234"/>
        <source>Open &amp;Recent</source>
        <translation>Nylig &amp;brukte</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="235"/>
        <source>Open E&amp;xample</source>
        <translation>Åpne e&amp;ksempel</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="251"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="258"/>
        <source>Add &amp;Report</source>
        <translation>Legg til &amp;direkte rapport</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="261"/>
        <source>A new seat under the selected card (a new top position when none is selected)</source>
        <translation>En ny stilling under det valgte kortet (en ny toppstilling når ingenting er valgt)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="268"/>
        <source>Change R&amp;ole</source>
        <translation>Endre &amp;rolle</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="280"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="292"/>
        <source>&amp;Panels</source>
        <translation>Pa&amp;neler</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="296"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="38"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="44"/>
        <source>About orgeditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="46"/>
        <source>&lt;b&gt;orgeditor %1&lt;/b&gt;&lt;p&gt;An org chart editor for sales organisations: build assembly line, pod or island structures and check them live against sales-organisation best practice.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/safety/recovery.py" line="61"/>
        <source>Could not recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/safety/recovery.py" line="62"/>
        <source>%1 could not be recovered: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wizard</name>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_wizard.py" line="190"/>
        <source>Insert Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_wizard.py" line="191"/>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
