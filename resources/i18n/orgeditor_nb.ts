<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="138"/>
        <source>Qt and its Python bindings PySide6 are used under the GNU Lesser General Public License version 3 (LGPL-3.0), whose text follows; it adds permissions to the GNU General Public License version 3, also included. Their sources are at https://code.qt.io.

The standalone build keeps Qt as separate shared libraries, so you may replace them with your own builds of the same Qt version: on Linux they are in _internal/PySide6/Qt/lib (the Qt plugins in _internal/PySide6/Qt/plugins), on Windows in _internal/PySide6, on macOS in orgeditor.app/Contents/Frameworks/PySide6/Qt/lib. Put the compatible libraries with the same file names in their place and start orgeditor again.</source>
        <translation>Qt og Python-bindingene PySide6 brukes under GNU Lesser General Public License versjon 3 (LGPL-3.0), som følger nedenfor; den gir tillegg til GNU General Public License versjon 3, som også er med. Kildekoden finnes på https://code.qt.io.

Den frittstående utgaven har Qt som egne delte biblioteker, så du kan bytte dem ut med dine egne bygg av samme Qt-versjon: på Linux ligger de i _internal/PySide6/Qt/lib (Qt-tilleggene i _internal/PySide6/Qt/plugins), på Windows i _internal/PySide6, på macOS i orgeditor.app/Contents/Frameworks/PySide6/Qt/lib. Legg de kompatible bibliotekene med de samme filnavnene på plassen deres og start orgeditor på nytt.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="152"/>
        <source>orgeditor itself.</source>
        <translation>Selve orgeditor.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="160"/>
        <source>The graph of positions and reporting lines.</source>
        <translation>Grafen over stillinger og rapporteringslinjer.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="164"/>
        <source>Reading and writing Excel files.</source>
        <translation>Lesing og skriving av Excel-filer.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="168"/>
        <source>Used by openpyxl to write Excel files.</source>
        <translation>Brukes av openpyxl til å skrive Excel-filer.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="172"/>
        <source>Safe reading of XML files (Excel, GraphML).</source>
        <translation>Sikker lesing av XML-filer (Excel, GraphML).</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="176"/>
        <source>The Python runtime, which the standalone build carries with parts of its standard library; the licence text lists the libraries Python itself includes.</source>
        <translation>Python-kjøremiljøet, som den frittstående utgaven har med seg sammen med deler av standardbiblioteket; lisensteksten nevner bibliotekene Python selv inneholder.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="184"/>
        <source>Only in the standalone build: its start-up program (the bootloader), which the bootloader exception lets any program carry.</source>
        <translation>Bare i den frittstående utgaven: oppstartsprogrammet (bootloaderen), som unntaket for bootloaderen lar ethvert program ha med seg.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="227"/>
        <source>About orgeditor</source>
        <translation>Om orgeditor</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="230"/>
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="231"/>
        <source>Licences</source>
        <translation>Lisenser</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="267"/>
        <source>Qt %1, Python %2</source>
        <translation>Qt %1, Python %2</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="273"/>
        <source>Standalone build %1, with Qt %2 and Python %3</source>
        <translation>Frittstående utgave %1, med Qt %2 og Python %3</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="282"/>
        <source>&lt;p&gt;An org chart editor for sales organisations: build assembly line, pod or island structures and check them live against sales-organisation best practice.&lt;/p&gt;&lt;p&gt;Copyright © 2026 orgeditor contributors. orgeditor is free software under the MIT licence.&lt;/p&gt;&lt;p&gt;It runs on Qt (through PySide6) under the LGPL-3.0, and on networkx, openpyxl and defusedxml; the Licences tab names them all and holds their licence texts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Et verktøy for organisasjonskart for salgsorganisasjoner: bygg strukturer med samlebånd, pod eller øy og sjekk dem løpende mot beste praksis for salgsorganisasjoner.&lt;/p&gt;&lt;p&gt;Copyright © 2026 orgeditor-bidragsyterne. orgeditor er fri programvare under MIT-lisensen.&lt;/p&gt;&lt;p&gt;Programmet bygger på Qt (gjennom PySide6) under LGPL-3.0, og på networkx, openpyxl og defusedxml; fanen Lisenser viser alle sammen med lisenstekstene.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="302"/>
        <source>orgeditor includes these libraries. Select one to read its licence.</source>
        <translation>orgeditor inneholder disse bibliotekene. Velg ett for å lese lisensen.</translation>
    </message>
</context>
<context>
    <name>AlsoConsider</name>
    <message>
        <location filename="../../orgeditor/ui/panels/also_consider.py" line="21"/>
        <source>Also consider</source>
        <translation>Vurder også</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/also_consider.py" line="30"/>
        <source>Culture</source>
        <translation>Kultur</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/also_consider.py" line="32"/>
        <source>Each model brings its own culture: pods are collaborative, islands competitive. Pick the one that fits your values, and let leaders live it.</source>
        <translation>Hver modell har sin egen kultur: poder er samarbeidsorienterte, øyer konkurranseorienterte. Velg den som passer verdiene deres, og la lederne leve den.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/also_consider.py" line="37"/>
        <source>Competence roadmap</source>
        <translation>Kompetanseplan</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/also_consider.py" line="39"/>
        <source>Describe how you expect the sales force to develop and the core skills it needs, and train towards it, however the structure changes.</source>
        <translation>Beskriv hvordan dere venter at salgsstyrken skal utvikle seg og hvilke kjerneferdigheter den trenger, og tren mot det, uansett hvordan strukturen endres.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/also_consider.py" line="44"/>
        <source>Enablement platform</source>
        <translation>Plattform for salgsaktivering</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/also_consider.py" line="46"/>
        <source>Give enablement the right platform: a good seller experience, content management and deep analytics.</source>
        <translation>Gi salgsaktiveringen riktig plattform: en god selgeropplevelse, innholdsstyring og grundig analyse.</translation>
    </message>
</context>
<context>
    <name>AutosaveStore</name>
    <message>
        <location filename="../../orgeditor/ui/safety/autosave_store.py" line="164"/>
        <source>cannot create the autosave folder: %1</source>
        <translation>kan ikke opprette mappen for autolagring: %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/safety/autosave_store.py" line="225"/>
        <source>Untitled</source>
        <translation>Uten navn</translation>
    </message>
</context>
<context>
    <name>BreadcrumbBar</name>
    <message>
        <location filename="../../orgeditor/ui/panels/breadcrumb_bar.py" line="133"/>
        <source>Whole chart</source>
        <translation>Hele kartet</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/breadcrumb_bar.py" line="133"/>
        <source>Show the whole chart (Ctrl+Shift+W)</source>
        <translation>Vis hele kartet (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/breadcrumb_bar.py" line="146"/>
        <source>showing %1 of %2 positions</source>
        <translation>viser %1 av %2 stillinger</translation>
    </message>
</context>
<context>
    <name>CanvasToolTips</name>
    <message>
        <location filename="../../orgeditor/ui/canvas/tooltips.py" line="44"/>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/canvas/tooltips.py" line="45"/>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/canvas/tooltips.py" line="46"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/canvas/tooltips.py" line="83"/>
        <source>and %1 more</source>
        <translation>og %1 til</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/canvas/tooltips.py" line="96"/>
        <source>(no title)</source>
        <translation>(ingen tittel)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/canvas/tooltips.py" line="106"/>
        <source>Planned seat</source>
        <translation>Planlagt stilling</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/canvas/tooltips.py" line="108"/>
        <source>Vacant seat</source>
        <translation>Ledig stilling</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/canvas/tooltips.py" line="114"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/canvas/tooltips.py" line="117"/>
        <source>Chosen by hand</source>
        <translation>Valgt manuelt</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/canvas/tooltips.py" line="121"/>
        <source>Inferred from title: %1</source>
        <translation>Utledet fra tittelen: %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/canvas/tooltips.py" line="126"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/canvas/tooltips.py" line="136"/>
        <source>(from the team)</source>
        <translation>(fra teamet)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/canvas/tooltips.py" line="141"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/canvas/tooltips.py" line="155"/>
        <source>1 finding</source>
        <translation>1 funn</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/canvas/tooltips.py" line="157"/>
        <source>%1 findings</source>
        <translation>%1 funn</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/canvas/tooltips.py" line="162"/>
        <source>(%1 in the folded branch)</source>
        <translation>(%1 i den sammenfoldede grenen)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/canvas/tooltips.py" line="170"/>
        <source>In the folded branch:</source>
        <translation>I den sammenfoldede grenen:</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/canvas/tooltips.py" line="180"/>
        <source>1 position folded away: click to show it</source>
        <translation>1 stilling er foldet sammen: klikk for å vise den</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/canvas/tooltips.py" line="182"/>
        <source>%1 positions folded away: click to show them</source>
        <translation>%1 stillinger er foldet sammen: klikk for å vise dem</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/canvas/tooltips.py" line="187"/>
        <source>Click to fold this branch away</source>
        <translation>Klikk for å folde sammen denne grenen</translation>
    </message>
</context>
<context>
    <name>CardDragInteraction</name>
    <message>
        <location filename="../../orgeditor/ui/canvas/interactions/card_drag.py" line="222"/>
        <source>Already reports to %1.</source>
        <translation>Rapporterer allerede til %1.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/canvas/interactions/card_drag.py" line="233"/>
        <source>%1 cannot report to itself.</source>
        <translation>%1 kan ikke rapportere til seg selv.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/canvas/interactions/card_drag.py" line="237"/>
        <source>%1 cannot report to %2: %2 already reports to %1.</source>
        <translation>%1 kan ikke rapportere til %2: %2 rapporterer allerede til %1.</translation>
    </message>
</context>
<context>
    <name>CardItem</name>
    <message>
        <location filename="../../orgeditor/drawing/card_layout.py" line="156"/>
        <source>(no title)</source>
        <translation>(ingen tittel)</translation>
    </message>
</context>
<context>
    <name>ChangeMarks</name>
    <message>
        <location filename="../../orgeditor/drawing/change_marks.py" line="19"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../../orgeditor/drawing/change_marks.py" line="20"/>
        <source>Removed</source>
        <translation>Fjernet</translation>
    </message>
    <message>
        <location filename="../../orgeditor/drawing/change_marks.py" line="21"/>
        <source>Moved</source>
        <translation>Flyttet</translation>
    </message>
    <message>
        <location filename="../../orgeditor/drawing/change_marks.py" line="22"/>
        <source>Changed</source>
        <translation>Endret</translation>
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
        <location filename="../../orgeditor/ui/canvas/view.py" line="569"/>
        <source>Rename position</source>
        <translation>Gi stillingen nytt navn</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/canvas/view.py" line="598"/>
        <source>Drag a role from the palette onto the canvas to start the chart.</source>
        <translation>Dra en rolle fra paletten til lerretet for å begynne på kartet.</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="125"/>
        <source>Checks failed: %1</source>
        <translation>Kontrollene feilet: %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="130"/>
        <source>No findings: the chart follows the checked practices.</source>
        <translation>Ingen funn: kartet følger de kontrollerte praksisene.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="132"/>
        <source>The chart is empty. Drag roles from the palette to start.</source>
        <translation>Kartet er tomt. Dra roller fra paletten for å begynne.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="155"/>
        <source>The span and management checks look at the managers in this part of the chart: the sales organisation. Sellers, enablement and operations are counted in the whole chart. The rule setting checks.scope = &quot;all&quot; checks every manager.</source>
        <translation>Kontrollene av kontrollspenn og ledelse ser på lederne i denne delen av kartet: salgsorganisasjonen. Selgere, salgsaktivering og salgsoperasjoner telles i hele kartet. Regelinnstillingen checks.scope = &quot;all&quot; kontrollerer alle ledere.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="180"/>
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="188"/>
        <source>Finding details</source>
        <translation>Detaljer om funnet</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="246"/>
        <source>None yet</source>
        <translation>Ingen ennå</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="250"/>
        <source>declared</source>
        <translation>angitt</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="252"/>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="256"/>
        <source>How the sellers are organised: declared in the chart, or inferred.</source>
        <translation>Hvordan selgerne er organisert: angitt i kartet, eller utledet.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="293"/>
        <source>1 error</source>
        <translation>1 feil</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="293"/>
        <source>%1 errors</source>
        <translation>%1 feil</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="294"/>
        <source>1 warning</source>
        <translation>1 advarsel</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="294"/>
        <source>%1 warnings</source>
        <translation>%1 advarsler</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="295"/>
        <source>1 info</source>
        <translation>1 merknad</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="295"/>
        <source>%1 info</source>
        <translation>%1 merknader</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="301"/>
        <source>Show or hide findings of this severity</source>
        <translation>Vis eller skjul funn med denne alvorlighetsgraden</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="305"/>
        <source>Select a finding to see what to change and why.</source>
        <translation>Velg et funn for å se hva du bør endre, og hvorfor.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="312"/>
        <source>%1 more</source>
        <translation>%1 til</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="314"/>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="315"/>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="316"/>
        <source>Info</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="319"/>
        <source>What to change</source>
        <translation>Hva du bør endre</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="320"/>
        <source>Practice</source>
        <translation>Praksis</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="327"/>
        <source>Concerns</source>
        <translation>Gjelder</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="331"/>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="360"/>
        <source>Checking the whole chart, %n position(s)</source>
        <translation>
            <numerusform>Sjekker hele kartet, %n stilling</numerusform>
            <numerusform>Sjekker hele kartet, %n stillinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="364"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n til</numerusform>
            <numerusform>%n til</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="367"/>
        <source>%1 and %2</source>
        <translation>%1 og %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="371"/>
        <source>Checking the sales units under %1, %n position(s)</source>
        <translation>
            <numerusform>Sjekker salgsenhetene under %1, %n stilling</numerusform>
            <numerusform>Sjekker salgsenhetene under %1, %n stillinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="373"/>
        <source>Checking the sales unit under %1, %n position(s)</source>
        <translation>
            <numerusform>Sjekker salgsenheten under %1, %n stilling</numerusform>
            <numerusform>Sjekker salgsenheten under %1, %n stillinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="377"/>
        <source>Checking the sales teams under %1, %n position(s)</source>
        <translation>
            <numerusform>Sjekker salgsteamene under %1, %n stilling</numerusform>
            <numerusform>Sjekker salgsteamene under %1, %n stillinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="379"/>
        <source>Checking the sales team under %1, %n position(s)</source>
        <translation>
            <numerusform>Sjekker salgsteamet under %1, %n stilling</numerusform>
            <numerusform>Sjekker salgsteamet under %1, %n stillinger</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../orgeditor/ui/dialogs/compare_dialog.py" line="56"/>
        <source>Compare Scenarios</source>
        <translation>Sammenlign scenarioer</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/compare_dialog.py" line="80"/>
        <source>Side by side</source>
        <translation>Side om side</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/compare_dialog.py" line="80"/>
        <source>Proposal with changes marked</source>
        <translation>Forslaget med endringene markert</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/compare_dialog.py" line="81"/>
        <source>Export Report…</source>
        <translation>Eksporter rapport…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/compare_dialog.py" line="86"/>
        <source>&amp;Before:</source>
        <translation>&amp;Før:</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/compare_dialog.py" line="87"/>
        <source>&amp;After:</source>
        <translation>E&amp;tter:</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/compare_dialog.py" line="88"/>
        <source>&amp;Show:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/compare_dialog.py" line="102"/>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/compare_dialog.py" line="106"/>
        <source>Changes</source>
        <translation>Endringer</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/compare_dialog.py" line="190"/>
        <source>Reorganisation: %1</source>
        <translation>Omorganisering: %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/compare_dialog.py" line="211"/>
        <source>No changes: the two scenarios are the same.</source>
        <translation>Ingen endringer: de to scenarioene er like.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/compare_dialog.py" line="236"/>
        <source>%1-comparison.html</source>
        <translation>%1-sammenligning.html</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/compare_dialog.py" line="239"/>
        <location filename="../../orgeditor/ui/dialogs/compare_dialog.py" line="269"/>
        <source>Export Report</source>
        <translation>Eksporter rapport</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/compare_dialog.py" line="241"/>
        <source>HTML report (*.html);;PDF with both charts (*.pdf)</source>
        <translation>HTML-rapport (*.html);;PDF med begge kartene (*.pdf)</translation>
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
    <message numerus="yes">
        <location filename="../../orgeditor/ui/context_menus.py" line="188"/>
        <source>Make Team from %n Position(s)…</source>
        <translation>
            <numerusform>Lag team av %n stilling…</numerusform>
            <numerusform>Lag team av %n stillinger…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/context_menus.py" line="189"/>
        <source>Make Pod from %n Position(s)…</source>
        <translation>
            <numerusform>Lag pod av %n stilling…</numerusform>
            <numerusform>Lag pod av %n stillinger…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="200"/>
        <source>Add to Team</source>
        <translation>Legg til i team</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="209"/>
        <source>Remove from %1</source>
        <translation>Fjern fra %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="210"/>
        <source>Remove from Team</source>
        <translation>Fjern fra teamet</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="217"/>
        <source>Rename Team…</source>
        <translation>Gi teamet nytt navn…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="220"/>
        <source>Team Kind</source>
        <translation>Teamtype</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="227"/>
        <source>Team Segments…</source>
        <translation>Teamets segmenter…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="230"/>
        <source>Team Declared Model</source>
        <translation>Teamets erklærte modell</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="237"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="238"/>
        <source>Dissolve %1</source>
        <translation>Oppløs %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="248"/>
        <source>Add Dotted Line from %1 to %2</source>
        <translation>Legg til stiplet linje fra %1 til %2</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="252"/>
        <source>Add Dotted Line to…</source>
        <translation>Legg til stiplet linje til…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="257"/>
        <source>Remove Dotted Line to %1</source>
        <translation>Fjern stiplet linje til %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/context_menus.py" line="265"/>
        <source>Chart Declared Model</source>
        <translation>Kartets erklærte modell</translation>
    </message>
</context>
<context>
    <name>CountedTexts</name>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/commands/counted.py" line="18"/>
        <source>Insert structure (%n position(s))</source>
        <translation>
            <numerusform>Sett inn struktur (%n stilling)</numerusform>
            <numerusform>Sett inn struktur (%n stillinger)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/commands/counted.py" line="19"/>
        <source>Insert %1 structure (%n position(s))</source>
        <translation>
            <numerusform>Sett inn %1-struktur (%n stilling)</numerusform>
            <numerusform>Sett inn %1-struktur (%n stillinger)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/commands/counted.py" line="22"/>
        <source>Set roles of %n position(s)</source>
        <translation>
            <numerusform>Angi rolle for %n stilling</numerusform>
            <numerusform>Angi roller for %n stillinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/commands/counted.py" line="26"/>
        <source>Make pod from %n position(s)</source>
        <translation>
            <numerusform>Lag pod av %n stilling</numerusform>
            <numerusform>Lag pod av %n stillinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/commands/counted.py" line="27"/>
        <source>Make team from %n position(s)</source>
        <translation>
            <numerusform>Lag team av %n stilling</numerusform>
            <numerusform>Lag team av %n stillinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/commands/counted.py" line="30"/>
        <source>Remove %n position(s) from team</source>
        <translation>
            <numerusform>Fjern %n stilling fra team</numerusform>
            <numerusform>Fjern %n stillinger fra team</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/commands/counted.py" line="33"/>
        <source>Add %n position(s) to %1</source>
        <translation>
            <numerusform>Legg til %n stilling i %1</numerusform>
            <numerusform>Legg til %n stillinger i %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../orgeditor/ui/safety/crash_handler.py" line="109"/>
        <source>orgeditor ran into an unexpected error: %1</source>
        <translation>orgeditor støtte på en uventet feil: %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/safety/crash_handler.py" line="113"/>
        <source>Your unsaved changes to %1 are saved for recovery: if orgeditor closes now, the next start offers them.</source>
        <translation>Endringene i %1 som ikke var lagret, er tatt vare på for gjenoppretting: lukkes orgeditor nå, tilbys de igjen ved neste oppstart.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/safety/crash_handler.py" line="121"/>
        <source>Could not save a recovery copy of %1.</source>
        <translation>Kunne ikke lagre en gjenopprettingskopi av %1.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/safety/crash_handler.py" line="126"/>
        <source>There were no unsaved changes.</source>
        <translation>Det var ingen ulagrede endringer.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/safety/crash_handler.py" line="129"/>
        <source>Save your work under a new name, then restart orgeditor to be safe.</source>
        <translation>Lagre arbeidet under et nytt navn, og start deretter orgeditor på nytt for sikkerhets skyld.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/safety/crash_handler.py" line="136"/>
        <source>The details are in %1.</source>
        <translation>Detaljene står i %1.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/safety/crash_handler.py" line="171"/>
        <source>orgeditor: unexpected error</source>
        <translation>orgeditor: uventet feil</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/safety/crash_handler.py" line="177"/>
        <source>Continue</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/safety/crash_handler.py" line="180"/>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/safety/crash_handler.py" line="202"/>
        <source>a chart</source>
        <translation>et kart</translation>
    </message>
</context>
<context>
    <name>CustomFieldsEditor</name>
    <message>
        <location filename="../../orgeditor/ui/panels/custom_fields.py" line="83"/>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/custom_fields.py" line="83"/>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/custom_fields.py" line="102"/>
        <source>(several values)</source>
        <translation>(flere verdier)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/custom_fields.py" line="110"/>
        <source>New field name</source>
        <translation>Navn på nytt felt</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/custom_fields.py" line="113"/>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/custom_fields.py" line="114"/>
        <source>Add a custom field to the selected positions</source>
        <translation>Legg til et egendefinert felt på de valgte stillingene</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/custom_fields.py" line="117"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/custom_fields.py" line="118"/>
        <source>Remove the selected field</source>
        <translation>Fjern det valgte feltet</translation>
    </message>
</context>
<context>
    <name>DiskChangeBar</name>
    <message>
        <location filename="../../orgeditor/ui/safety/disk_change_bar.py" line="23"/>
        <source>Reload</source>
        <translation>Last inn på nytt</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/safety/disk_change_bar.py" line="25"/>
        <source>Open the file as it is now on disk</source>
        <translation>Åpne filen slik den er på disken nå</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/safety/disk_change_bar.py" line="26"/>
        <source>Keep This Version</source>
        <translation>Behold denne versjonen</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/safety/disk_change_bar.py" line="29"/>
        <source>Go on with the chart shown here; saving asks before overwriting the file</source>
        <translation>Fortsett med kartet som vises her; lagring spør før filen overskrives</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/safety/disk_change_bar.py" line="41"/>
        <source>%1 was changed by another program.</source>
        <translation>%1 ble endret av et annet program.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/safety/disk_change_bar.py" line="43"/>
        <source>Reloading discards your unsaved changes.</source>
        <translation>Å laste inn på nytt forkaster endringene dine som ikke er lagret.</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../orgeditor/ui/document.py" line="60"/>
        <source>Untitled</source>
        <translation>Uten tittel</translation>
    </message>
</context>
<context>
    <name>DottedCommands</name>
    <message>
        <location filename="../../orgeditor/ui/commands/dotted.py" line="19"/>
        <source>Add dotted line</source>
        <translation>Legg til stiplet linje</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/commands/dotted.py" line="47"/>
        <source>Remove dotted line</source>
        <translation>Fjern stiplet linje</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/commands/dotted.py" line="49"/>
        <source>Remove %1 dotted lines</source>
        <translation>Fjern %1 stiplede linjer</translation>
    </message>
</context>
<context>
    <name>DottedLineInteraction</name>
    <message>
        <location filename="../../orgeditor/ui/canvas/interactions/dotted_line.py" line="69"/>
        <source>Add dotted line from %1 to %2</source>
        <translation>Legg til stiplet linje fra %1 til %2</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <location filename="../../orgeditor/ui/edit_controller.py" line="54"/>
        <source>Vacant</source>
        <translation>Ledig</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/edit_controller.py" line="69"/>
        <source>Cut</source>
        <translation>Klipp ut</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/edit_controller.py" line="150"/>
        <source>Role from title</source>
        <translation>Rolle fra tittelen</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/edit_controller.py" line="152"/>
        <source>Make %1</source>
        <translation>Gjør til %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/edit_controller.py" line="177"/>
        <source>A position cannot report to its own reports.</source>
        <translation>En stilling kan ikke rapportere til sine egne underordnede.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../orgeditor/ui/export_controller.py" line="25"/>
        <source>PNG image</source>
        <translation>PNG-bilde</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/export_controller.py" line="26"/>
        <source>SVG drawing</source>
        <translation>SVG-tegning</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/export_controller.py" line="27"/>
        <source>PDF document</source>
        <translation>PDF-dokument</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/export_controller.py" line="28"/>
        <source>CSV for Excel</source>
        <translation>CSV for Excel</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/export_controller.py" line="29"/>
        <source>Excel workbook</source>
        <translation>Excel-arbeidsbok</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/export_controller.py" line="30"/>
        <source>GraphML for yEd or Gephi</source>
        <translation>GraphML for yEd eller Gephi</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/export_controller.py" line="48"/>
        <source>%1: could not write: %2</source>
        <translation>%1: kunne ikke skrive: %2</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/export_controller.py" line="65"/>
        <source>Select the cards to export first</source>
        <translation>Velg først kortene som skal eksporteres</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/export_controller.py" line="68"/>
        <source>Export chart</source>
        <translation>Eksporter kartet</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/export_controller.py" line="118"/>
        <source>%1: a selection exports as PNG, SVG or PDF</source>
        <translation>%1: et utvalg kan bare eksporteres som PNG, SVG eller PDF</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/export_controller.py" line="124"/>
        <source>Could not export</source>
        <translation>Kunne ikke eksportere</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/export_controller.py" line="128"/>
        <source>Exported %1</source>
        <translation>Eksporterte %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/export_controller.py" line="148"/>
        <source>One page, scaled to fit</source>
        <translation>Én side, skalert til å passe</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/export_controller.py" line="149"/>
        <source>Split across pages</source>
        <translation>Fordelt på flere sider</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/export_controller.py" line="150"/>
        <source>Fit the chart on one page, or print it readable on several</source>
        <translation>Få plass til kartet på én side, eller skriv det ut lesbart på flere</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/export_controller.py" line="151"/>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/export_controller.py" line="155"/>
        <source> Pages: </source>
        <translation> Sider: </translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="69"/>
        <source>PNG export options</source>
        <translation>Alternativer for PNG-eksport</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="72"/>
        <source>PDF export options</source>
        <translation>Alternativer for PDF-eksport</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="75"/>
        <source>SVG export</source>
        <translation>SVG-eksport</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="76"/>
        <source>An SVG drawing has no options.</source>
        <translation>En SVG-tegning har ingen alternativer.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="80"/>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="105"/>
        <source>Image pixels per chart pixel (2× is sharp on most screens)</source>
        <translation>Bildepiksler per kartpiksel (2× er skarpt på de fleste skjermer)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="109"/>
        <source>Scale:</source>
        <translation>Skala:</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="111"/>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="112"/>
        <source>Transparent background</source>
        <translation>Gjennomsiktig bakgrunn</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="130"/>
        <source>Paper:</source>
        <translation>Papir:</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="132"/>
        <source>One page, scaled to fit</source>
        <translation>Én side, skalert til å passe</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="134"/>
        <source>Split across pages, with page numbers</source>
        <translation>Fordelt på flere sider, med sidetall</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="143"/>
        <source>Pages:</source>
        <translation>Sider:</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="148"/>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="149"/>
        <source>Portrait</source>
        <translation>Stående</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="150"/>
        <source>Landscape</source>
        <translation>Liggende</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="154"/>
        <source>Orientation:</source>
        <translation>Retning:</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="162"/>
        <source>At 100 % card names print at 9 pt</source>
        <translation>Ved 100 % skrives navnene på kortene ut i 9 pt</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/export_options.py" line="163"/>
        <source>Scale (split pages):</source>
        <translation>Skala (flere sider):</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="87"/>
        <source>Figures failed: %1</source>
        <translation>Tallene kunne ikke beregnes: %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="120"/>
        <source>Headcount</source>
        <translation>Antall ansatte</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="127"/>
        <source>Sellers</source>
        <translation>Selgere</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="129"/>
        <source>No sellers in this chart.</source>
        <translation>Ingen selgere i dette kartet.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="136"/>
        <source>Sellers who have a manager, divided by the number of people who directly manage at least one seller.</source>
        <translation>Selgere som har en leder, delt på antall personer som er direkte leder for minst én selger.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="142"/>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="146"/>
        <source>Spans of control</source>
        <translation>Kontrollspenn</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="155"/>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="157"/>
        <source>No cost data in this chart</source>
        <translation>Ingen kostnadsdata i dette kartet</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="159"/>
        <source>Give positions a cost (or import a salary column) to see totals here.</source>
        <translation>Gi stillingene en kostnad (eller importer en lønnskolonne) for å se summer her.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="166"/>
        <source>By team</source>
        <translation>Per team</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="174"/>
        <source>By %1</source>
        <translation>Per %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="229"/>
        <source>positions</source>
        <translation>stillinger</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="230"/>
        <source>Positions in the chart</source>
        <translation>Stillinger i kartet</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="234"/>
        <source>sellers</source>
        <translation>selgere</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="235"/>
        <source>Seller seats, filled or not</source>
        <translation>Selgerstillinger, besatt eller ikke</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="239"/>
        <source>open seats</source>
        <translation>åpne stillinger</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="240"/>
        <source>Vacant and planned positions</source>
        <translation>Ledige og planlagte stillinger</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="244"/>
        <source>layers</source>
        <translation>nivåer</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="245"/>
        <source>Positions on the longest reporting chain</source>
        <translation>Stillinger i den lengste rapporteringslinjen</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="282"/>
        <source>All stages (generalists)</source>
        <translation>Alle faser (generalister)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="292"/>
        <source>%1: %2 of %3 sellers</source>
        <translation>%1: %2 av %3 selgere</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="300"/>
        <source>Sellers per manager: &lt;b&gt;–&lt;/b&gt; (no seller has a manager)</source>
        <translation>Selgere per leder: &lt;b&gt;–&lt;/b&gt; (ingen selger har leder)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="303"/>
        <source>Sellers per manager: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Selgere per leder: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="309"/>
        <source>(%1 sellers, 1 manager)</source>
        <translation>(%1 selgere, 1 leder)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="311"/>
        <source>(%1 sellers, %2 managers)</source>
        <translation>(%1 selgere, %2 ledere)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="341"/>
        <source>%n more role(s)</source>
        <translation>
            <numerusform>%n rolle til</numerusform>
            <numerusform>%n roller til</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="438"/>
        <source>%n more team(s)</source>
        <translation>
            <numerusform>%n team til</numerusform>
            <numerusform>%n team til</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="461"/>
        <source>%n more value(s)</source>
        <translation>
            <numerusform>%n verdi til</numerusform>
            <numerusform>%n verdier til</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="478"/>
        <source>%1: %2 (%3 of the total)</source>
        <translation>%1: %2 (%3 av totalen)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="354"/>
        <source>Managers with exactly one direct report (span.too_narrow)</source>
        <translation>Ledere med nøyaktig én direkte underordnet (span.too_narrow)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="355"/>
        <source>Managers with more than 10 direct reports (span.too_wide)</source>
        <translation>Ledere med mer enn 10 direkte underordnede (span.too_wide)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="364"/>
        <source>Managers with %1 direct reports</source>
        <translation>Ledere med %1 direkte underordnede</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="372"/>
        <source>Nobody manages anyone yet.</source>
        <translation>Ingen leder noen ennå.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="380"/>
        <source>%1 and %2 more</source>
        <translation>%1 og %2 til</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="386"/>
        <source>Median &lt;b&gt;%1&lt;/b&gt; · range %2–%3 · %4 managers</source>
        <translation>Median &lt;b&gt;%1&lt;/b&gt; · spenn %2–%3 · %4 ledere</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="392"/>
        <source>Widest: &lt;b&gt;%1&lt;/b&gt; (%2 direct reports)</source>
        <translation>Bredest: &lt;b&gt;%1&lt;/b&gt; (%2 direkte underordnede)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="397"/>
        <source>Layers: &lt;b&gt;%1&lt;/b&gt; · top-level positions: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Nivåer: &lt;b&gt;%1&lt;/b&gt; · toppstillinger: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="417"/>
        <source>Total: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Totalt: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="422"/>
        <source>%1 of %2 positions has no cost and is not counted.</source>
        <translation>%1 av %2 stillinger har ingen kostnad og er ikke regnet med.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="424"/>
        <source>%1 of %2 positions have no cost and are not counted.</source>
        <translation>%1 av %2 stillinger har ingen kostnad og er ikke regnet med.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="433"/>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="469"/>
        <source>No team</source>
        <translation>Uten team</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="454"/>
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="469"/>
        <source>unassigned</source>
        <translation>ikke tildelt</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="110"/>
        <source>Open chart</source>
        <translation>Åpne kart</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="119"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="157"/>
        <source>Could not open</source>
        <translation>Kunne ikke åpne</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="24"/>
        <source>HR exports</source>
        <translation>HR-eksporter</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="27"/>
        <source>orgeditor charts</source>
        <translation>orgeditor-kart</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="29"/>
        <source>Charts</source>
        <translation>Kart</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/file_controller.py" line="165"/>
        <source>%n problem(s) found while importing: see the checks panel</source>
        <translation>
            <numerusform>%n problem funnet under importen: se panelet Kontroller</numerusform>
            <numerusform>%n problemer funnet under importen: se panelet Kontroller</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="178"/>
        <source>Save chart</source>
        <translation>Lagre kartet</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="213"/>
        <source>Could not save</source>
        <translation>Kunne ikke lagre</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="214"/>
        <source>%1 was not saved: %2</source>
        <translation>%1 ble ikke lagret: %2</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="218"/>
        <source>Saved %1</source>
        <translation>Lagret %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="227"/>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="228"/>
        <source>Save the changes to %1?</source>
        <translation>Vil du lagre endringene i %1?</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="259"/>
        <source>Open in another window</source>
        <translation>Åpen i et annet vindu</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="261"/>
        <source>%1 is open in another window of this orgeditor.</source>
        <translation>%1 er åpen i et annet vindu i denne orgeditor.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="264"/>
        <source>Open in another orgeditor</source>
        <translation>Åpen i en annen orgeditor</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="265"/>
        <source>%1 is open in another orgeditor.</source>
        <translation>%1 er åpen i en annen orgeditor.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="268"/>
        <source>It is held by %1. If both save, one will overwrite the other&apos;s changes.</source>
        <translation>Den holdes av %1. Hvis begge lagrer, vil den ene overskrive den andres endringer.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="272"/>
        <source>Save Anyway</source>
        <translation>Lagre likevel</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="272"/>
        <source>Open Anyway</source>
        <translation>Åpne likevel</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="278"/>
        <source>Take Over (%1 no longer has it open)</source>
        <translation>Ta over (%1 har den ikke lenger åpen)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="293"/>
        <source>File changed on disk</source>
        <translation>Filen er endret på disken</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="295"/>
        <source>%1 was changed by another program since you opened it.</source>
        <translation>%1 er endret av et annet program siden du åpnet den.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="300"/>
        <source>Saving replaces those changes with this chart. Save it under another name?</source>
        <translation>Lagring erstatter de endringene med dette kartet. Vil du lagre det under et annet navn?</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="302"/>
        <source>Overwrite</source>
        <translation>Overskriv</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/file_controller.py" line="303"/>
        <source>Save As…</source>
        <translation>Lagre som…</translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <location filename="../../orgeditor/ui/safety/file_lock.py" line="35"/>
        <source>a program orgeditor cannot identify (its lock file is unreadable)</source>
        <translation>et program orgeditor ikke kan identifisere (låsefilen kan ikke leses)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/safety/file_lock.py" line="38"/>
        <source>another program</source>
        <translation>et annet program</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/safety/file_lock.py" line="39"/>
        <source>%1 (process %2 on %3)</source>
        <translation>%1 (prosess %2 på %3)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../orgeditor/ui/panels/find_bar.py" line="46"/>
        <location filename="../../orgeditor/ui/panels/find_bar.py" line="48"/>
        <source>Find by name or title</source>
        <translation>Finn etter navn eller tittel</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/find_bar.py" line="52"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Forrige treff (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/find_bar.py" line="55"/>
        <source>Next match (Enter)</source>
        <translation>Neste treff (Enter)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/find_bar.py" line="62"/>
        <source>Close (Escape)</source>
        <translation>Lukk (Escape)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/find_bar.py" line="156"/>
        <source>No matches</source>
        <translation>Ingen treff</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/find_bar.py" line="159"/>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../orgeditor/ui/panels/findings_model.py" line="112"/>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/findings_model.py" line="112"/>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/findings_model.py" line="112"/>
        <source>Info</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/findings_model.py" line="132"/>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="68"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="69"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="70"/>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="71"/>
        <source>Last name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="72"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="73"/>
        <source>Manager (reports to)</source>
        <translation>Leder (rapporterer til)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="74"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="75"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="76"/>
        <source>Team kind</source>
        <translation>Teamtype</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="78"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="79"/>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="80"/>
        <source>Location</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="81"/>
        <source>Team ID</source>
        <translation>Team-ID</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="82"/>
        <source>Dotted-line managers</source>
        <translation>Stiplede ledere</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="84"/>
        <source>Keep as custom field</source>
        <translation>Behold som egendefinert felt</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="85"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="93"/>
        <source>comma</source>
        <translation>komma</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="94"/>
        <source>semicolon</source>
        <translation>semikolon</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="95"/>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="96"/>
        <source>pipe</source>
        <translation>loddrett strek</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="97"/>
        <source>colon</source>
        <translation>kolon</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="100"/>
        <source>Duplicate id</source>
        <translation>Duplisert ID</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="101"/>
        <source>Unknown manager</source>
        <translation>Ukjent leder</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="102"/>
        <source>Cycle</source>
        <translation>Syklus</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="103"/>
        <source>Extra manager</source>
        <translation>Ekstra leder</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="148"/>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="159"/>
        <source>Sheet:</source>
        <translation>Ark:</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="174"/>
        <source>Columns and first rows</source>
        <translation>Kolonner og første rader</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="177"/>
        <source>Choose above each column what it feeds; unknown columns stay custom fields.</source>
        <translation>Velg over hver kolonne hvilket felt den fyller; ukjente kolonner blir egendefinerte felt.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="190"/>
        <source>What the import finds</source>
        <translation>Hva importen finner</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="200"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="331"/>
        <source>sheet “%1”</source>
        <translation>arket «%1»</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="339"/>
        <source>%1, %2-separated</source>
        <translation>%1, skilt med %2</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="342"/>
        <source>%1: %2, %3 · %4 · %5</source>
        <translation>%1: %2, %3 · %4 · %5</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="344"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rad</numerusform>
            <numerusform>%n rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="345"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n kolonne</numerusform>
            <numerusform>%n kolonner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="347"/>
        <source>first %n row(s) shown</source>
        <translation>
            <numerusform>viser %n rad</numerusform>
            <numerusform>viser de første %n radene</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="370"/>
        <source>What the column “%1” feeds</source>
        <translation>Hva kolonnen «%1» fyller</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="415"/>
        <source>%1, %2 · %3</source>
        <translation>%1, %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="416"/>
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n stilling</numerusform>
            <numerusform>%n stillinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="417"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problemer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="418"/>
        <source>%n top position(s)</source>
        <translation>
            <numerusform>%n toppstilling</numerusform>
            <numerusform>%n toppstillinger</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="431"/>
        <source>Row %1</source>
        <translation>Rad %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="363"/>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="425"/>
        <source>No duplicate ids, unknown managers or cycles.</source>
        <translation>Ingen dupliserte ID-er, ukjente ledere eller sykluser.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="446"/>
        <source>Cannot import this file</source>
        <translation>Kan ikke importere denne filen</translation>
    </message>
</context>
<context>
    <name>InspectorWidget</name>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="61"/>
        <source>(several values)</source>
        <translation>(flere verdier)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="115"/>
        <source>Select a card on the chart to edit its position.</source>
        <translation>Velg et kort i kartet for å redigere stillingen.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="141"/>
        <source>Position</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="142"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="142"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="148"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="163"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="165"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="177"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="179"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="185"/>
        <source>Annual cost; leave empty when unknown</source>
        <translation>Årlig kostnad; la feltet stå tomt når den er ukjent</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="187"/>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="188"/>
        <source>Location</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="190"/>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="193"/>
        <source>Custom fields</source>
        <translation>Egendefinerte felt</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="194"/>
        <source>New field name</source>
        <translation>Navn på nytt felt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/panels/inspector.py" line="235"/>
        <source>&lt;b&gt;%n positions&lt;/b&gt; selected</source>
        <translation>
            <numerusform>&lt;b&gt;%n stilling&lt;/b&gt; valgt</numerusform>
            <numerusform>&lt;b&gt;%n stillinger&lt;/b&gt; valgt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="236"/>
        <source>Edits apply to all of them.</source>
        <translation>Endringene gjelder for alle.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="241"/>
        <source>Vacant</source>
        <translation>Ledig</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="253"/>
        <source>Inferred from each title</source>
        <translation>Utledet fra hver tittel</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="257"/>
        <source>Inferred from title: %1</source>
        <translation>Utledet fra tittelen: %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="259"/>
        <source>%1 — from title</source>
        <translation>%1 — fra tittelen</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="264"/>
        <source>Inferred from the titles. Pick a role to set it on all of them.</source>
        <translation>Utledet fra titlene. Velg en rolle for å sette den på alle.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="267"/>
        <source>Inferred from the title (%1). Pick a role to override it.</source>
        <translation>Utledet fra tittelen (%1). Velg en rolle for å overstyre den.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="273"/>
        <source>Chosen by hand; the title implies the same role.</source>
        <translation>Valgt for hånd; tittelen tilsier samme rolle.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="275"/>
        <source>Chosen by hand; the title implies %1.</source>
        <translation>Valgt for hånd; tittelen tilsier %1.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="284"/>
        <source>(no team)</source>
        <translation>(uten team)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="304"/>
        <source>Edit %1</source>
        <translation>Rediger %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/inspector.py" line="306"/>
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
        <source>Executive</source>
        <translation>Toppleder</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="22"/>
        <source>Chief Revenue Officer</source>
        <translation>Inntektsdirektør (CRO)</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="23"/>
        <source>Sales leader (VP / Head of Sales)</source>
        <translation>Salgsdirektør</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="24"/>
        <source>Sales manager / team lead</source>
        <translation>Salgssjef / salgsleder</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="25"/>
        <source>SDR / BDR (lead generation)</source>
        <translation>SDR / BDR (leadgenerering)</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="26"/>
        <source>Account Executive (closing)</source>
        <translation>Account Executive (avslutning)</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="27"/>
        <source>Customer Success Manager</source>
        <translation>Kundesuksessansvarlig</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="28"/>
        <source>Account Manager (retention)</source>
        <translation>Kundeansvarlig</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="29"/>
        <source>Sales representative (generalist)</source>
        <translation>Selger (generalist)</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="31"/>
        <source>Chief Enablement Officer</source>
        <translation>Direktør for salgsaktivering (CEO-nivå)</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="32"/>
        <source>VP of Sales Enablement</source>
        <translation>Visepresident salgsaktivering</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="33"/>
        <source>Director of Sales Enablement</source>
        <translation>Direktør for salgsaktivering</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="34"/>
        <source>Sales Enablement Program Manager</source>
        <translation>Programleder salgsaktivering</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="35"/>
        <source>Sales Enablement Specialist</source>
        <translation>Spesialist salgsaktivering</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="36"/>
        <source>Marketing</source>
        <translation>Markedsføring</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="37"/>
        <source>Leadership</source>
        <translation>Ledelse</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="38"/>
        <source>Sales</source>
        <translation>Salg</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="30"/>
        <source>Sales operations</source>
        <translation>Salgsoperasjoner</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="39"/>
        <source>Sales enablement</source>
        <translation>Salgsaktivering</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="40"/>
        <source>Lead generation</source>
        <translation>Leadgenerering</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="41"/>
        <source>Closing</source>
        <translation>Avslutning</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="42"/>
        <source>Retention</source>
        <translation>Kundeoppfølging</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="43"/>
        <source>All stages</source>
        <translation>Alle faser</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/labels.py" line="81"/>
        <source>As-is</source>
        <translation>Nåsituasjon</translation>
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
        <location filename="../../orgeditor/ui/main_window.py" line="76"/>
        <source>Chart</source>
        <translation>Organisasjonskart</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/main_window.py" line="110"/>
        <source>Palette</source>
        <translation>Palett</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/main_window.py" line="111"/>
        <source>Checks</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/main_window.py" line="112"/>
        <source>Inspector</source>
        <translation>Egenskaper</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/main_window.py" line="113"/>
        <source>Figures</source>
        <translation>Nøkkeltall</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/main_window.py" line="115"/>
        <source>Segmentation</source>
        <translation>Segmentering</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/main_window.py" line="124"/>
        <source>Re-layout After &amp;Edits</source>
        <translation>Nytt oppsett etter &amp;endringer</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/main_window.py" line="127"/>
        <source>Tidy the chart after structural edits; cards you placed by hand stay</source>
        <translation>Rydd i kartet etter strukturendringer; kort du har plassert for hånd, blir stående</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/main_window.py" line="321"/>
        <source>Reload</source>
        <translation>Last inn på nytt</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/main_window.py" line="322"/>
        <source>Discard your unsaved changes and reload %1?</source>
        <translation>Forkaste endringene som ikke er lagret, og laste inn %1 på nytt?</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/main_window.py" line="414"/>
        <source>Autosave failed: </source>
        <translation>Autolagring mislyktes: </translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/main_window.py" line="452"/>
        <source>Re-layout after edits</source>
        <translation>Nytt oppsett etter endringer</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/main_window.py" line="452"/>
        <source>Keep card places</source>
        <translation>Behold kortenes plass</translation>
    </message>
</context>
<context>
    <name>MoveUnderDialog</name>
    <message>
        <location filename="../../orgeditor/ui/dialogs/move_under.py" line="37"/>
        <source>Move Under</source>
        <translation>Flytt under</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/dialogs/move_under.py" line="41"/>
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n stilling</numerusform>
            <numerusform>%n stillinger</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/move_under.py" line="42"/>
        <source>New manager of %1:</source>
        <translation>Ny leder for %1:</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/move_under.py" line="45"/>
        <source>Type a name or title…</source>
        <translation>Skriv et navn eller en tittel…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/move_under.py" line="49"/>
        <source>(No manager: top of its own tree)</source>
        <translation>(Ingen leder: øverst i sitt eget tre)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/move_under.py" line="58"/>
        <source>  (current)</source>
        <translation>  (nåværende)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/move_under.py" line="67"/>
        <source>Possible managers</source>
        <translation>Mulige ledere</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/move_under.py" line="72"/>
        <source>Move</source>
        <translation>Flytt</translation>
    </message>
</context>
<context>
    <name>NameEditor</name>
    <message>
        <location filename="../../orgeditor/ui/canvas/name_editor.py" line="41"/>
        <source>Name (empty: vacant)</source>
        <translation>Navn (tomt: ledig)</translation>
    </message>
</context>
<context>
    <name>NewSeat</name>
    <message>
        <location filename="../../orgeditor/ui/commands/new_seat.py" line="23"/>
        <source>Add %1</source>
        <translation>Legg til %1</translation>
    </message>
</context>
<context>
    <name>PaletteDropInteraction</name>
    <message>
        <location filename="../../orgeditor/ui/canvas/interactions/palette_drop.py" line="69"/>
        <source>Unknown role: %1</source>
        <translation>Ukjent rolle: %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/canvas/interactions/palette_drop.py" line="77"/>
        <source>Unknown structure: %1</source>
        <translation>Ukjent struktur: %1</translation>
    </message>
</context>
<context>
    <name>PaletteWidget</name>
    <message>
        <location filename="../../orgeditor/ui/panels/palette.py" line="164"/>
        <source>Filter roles and structures…</source>
        <translation>Filtrer roller og strukturer…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/palette.py" line="166"/>
        <source>Filter roles and structures</source>
        <translation>Filtrer roller og strukturer</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/palette.py" line="169"/>
        <location filename="../../orgeditor/ui/panels/palette.py" line="187"/>
        <source>Structures</source>
        <translation>Strukturer</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/palette.py" line="182"/>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/palette.py" line="207"/>
        <source>Drag a role onto the chart to add a position, a structure to add a whole team.</source>
        <translation>Dra en rolle inn i kartet for å legge til en stilling, en struktur for å legge til et helt team.</translation>
    </message>
</context>
<context>
    <name>ParameterForm</name>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="62"/>
        <source>Seats</source>
        <translation>Stillinger</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="65"/>
        <source>SDRs (lead generation)</source>
        <translation>SDR-er (leadgenerering)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="66"/>
        <source>Account executives (closing)</source>
        <translation>Account executives (avslutning)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="67"/>
        <source>Account managers (retention)</source>
        <translation>Kundeansvarlige (kundeoppfølging)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="68"/>
        <source>Customer success (retention)</source>
        <translation>Kundesuksess (kundeoppfølging)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="69"/>
        <source>Pods</source>
        <translation>Poder</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="70"/>
        <source>SDRs per pod</source>
        <translation>SDR-er per pod</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="71"/>
        <source>Account executives per pod</source>
        <translation>Account executives per pod</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="72"/>
        <source>Account managers per pod</source>
        <translation>Kundeansvarlige per pod</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="73"/>
        <source>Customer success per pod</source>
        <translation>Kundesuksess per pod</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="74"/>
        <source>Generalist sellers</source>
        <translation>Generalistselgere</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="79"/>
        <source>Sellers per stage; a sales manager per “Sellers per manager” of them, small stages sharing one.</source>
        <translation>Selgere per fase; én salgssjef per «Selgere per leder» av dem, små faser deler én.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="82"/>
        <source>Every pod gets its own pod lead.</source>
        <translation>Hver pod får sin egen podleder.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="83"/>
        <source>Sellers who each take a customer from first call to renewal.</source>
        <translation>Selgere som hver tar en kunde fra første samtale til fornyelse.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="110"/>
        <source>Management and support</source>
        <translation>Ledelse og støtte</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="117"/>
        <source>A first-line manager (sales manager, pod or team lead) per this many sellers</source>
        <translation>Én førstelinjeleder (salgssjef, podleder eller teamleder) per så mange selgere</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="120"/>
        <source>Sellers per manager</source>
        <translation>Selgere per leder</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="121"/>
        <source>Sales operations</source>
        <translation>Salgsoperasjoner</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="123"/>
        <source>CRM data, forecasting and tooling, sized to the team</source>
        <translation>CRM-data, prognoser og verktøy, dimensjonert etter teamet</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="124"/>
        <source>Sales enablement</source>
        <translation>Salgsaktivering</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="126"/>
        <source>Onboarding, training and content, sized to the team</source>
        <translation>Introduksjon, opplæring og innhold, dimensjonert etter teamet</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="133"/>
        <source>VP of Sales Enablement</source>
        <translation>Visepresident salgsaktivering</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="134"/>
        <source>Chief Revenue Officer</source>
        <translation>Inntektsdirektør (CRO)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="135"/>
        <source>Who sponsors enablement once the team is large enough</source>
        <translation>Hvem som eier salgsaktiveringen når teamet er stort nok</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="138"/>
        <source>Enablement sponsor</source>
        <translation>Eier av salgsaktivering</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="141"/>
        <source>Segmentation</source>
        <translation>Segmentering</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="145"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="150"/>
        <source>North, South</source>
        <translation>Nord, Sør</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="151"/>
        <source>One copy of the structure per value, separated by commas</source>
        <translation>Én kopi av strukturen per verdi, skilt med komma</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="156"/>
        <source>Split by</source>
        <translation>Del etter</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="157"/>
        <source>Values</source>
        <translation>Verdier</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="160"/>
        <source>Chart</source>
        <translation>Kart</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="164"/>
        <source>e.g. Nordlys AS</source>
        <translation>f.eks. Nordlys AS</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="174"/>
        <source>Company</source>
        <translation>Selskap</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_form.py" line="175"/>
        <source>Titles in</source>
        <translation>Titler på</translation>
    </message>
</context>
<context>
    <name>PositionCommands</name>
    <message>
        <location filename="../../orgeditor/ui/commands/positions.py" line="23"/>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/commands/positions.py" line="24"/>
        <source>title</source>
        <translation>tittel</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/commands/positions.py" line="25"/>
        <source>role</source>
        <translation>rolle</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/commands/positions.py" line="26"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/commands/positions.py" line="27"/>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/commands/positions.py" line="28"/>
        <source>product line</source>
        <translation>produktlinje</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/commands/positions.py" line="29"/>
        <source>customer size</source>
        <translation>kundestørrelse</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/commands/positions.py" line="30"/>
        <source>vertical</source>
        <translation>bransje</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/commands/positions.py" line="31"/>
        <source>cost</source>
        <translation>kostnad</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/commands/positions.py" line="32"/>
        <source>location</source>
        <translation>sted</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/commands/positions.py" line="33"/>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/commands/positions.py" line="34"/>
        <source>custom fields</source>
        <translation>egendefinerte felt</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/commands/positions.py" line="35"/>
        <source>place</source>
        <translation>plassering</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/commands/positions.py" line="48"/>
        <source>Add position</source>
        <translation>Legg til stilling</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/commands/positions.py" line="107"/>
        <source>Report to %1</source>
        <translation>Rapporter til %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/commands/positions.py" line="110"/>
        <source>Remove manager</source>
        <translation>Fjern leder</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/commands/positions.py" line="160"/>
        <source>Move card</source>
        <translation>Flytt kort</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/commands/positions.py" line="162"/>
        <source>Move %1 cards</source>
        <translation>Flytt %1 kort</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/commands/positions.py" line="201"/>
        <source>Edit %1</source>
        <translation>Endre %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/commands/positions.py" line="206"/>
        <source>Delete position with reports</source>
        <translation>Slett stilling med underordnede</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/commands/positions.py" line="208"/>
        <source>Delete position</source>
        <translation>Slett stilling</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/commands/positions.py" line="210"/>
        <source>Delete %1 positions with reports</source>
        <translation>Slett %1 stillinger med underordnede</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/commands/positions.py" line="212"/>
        <source>Delete %1 positions</source>
        <translation>Slett %1 stillinger</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../orgeditor/ui/dialogs/preferences.py" line="30"/>
        <source>Preferences</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/preferences.py" line="35"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/preferences.py" line="36"/>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/preferences.py" line="39"/>
        <source>0 turns autosave off</source>
        <translation>0 slår av autolagring</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/preferences.py" line="48"/>
        <source>Everything in the window larger, for a projector: from the next start</source>
        <translation>Alt i vinduet større, for en projektor: fra neste oppstart</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/preferences.py" line="52"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/preferences.py" line="57"/>
        <source>System follows the computer&apos;s language; a change shows from the next start</source>
        <translation>System følger språket på datamaskinen; en endring vises fra neste oppstart</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/preferences.py" line="64"/>
        <source>Light or dark; System follows the computer&apos;s setting</source>
        <translation>Lyst eller mørkt; System følger innstillingen på datamaskinen</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/preferences.py" line="67"/>
        <source>Charts with unsaved changes are kept in %1 and offered back after a crash.</source>
        <translation>Kart med endringer som ikke er lagret, tas vare på i %1 og tilbys igjen etter et krasj.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/preferences.py" line="73"/>
        <source>Autosave every</source>
        <translation>Autolagre hvert</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/preferences.py" line="74"/>
        <source>Interface scale (next start)</source>
        <translation>Skalering av grensesnittet (neste oppstart)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/preferences.py" line="75"/>
        <source>Language (next start)</source>
        <translation>Språk (neste oppstart)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/preferences.py" line="76"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
</context>
<context>
    <name>PresentationMode</name>
    <message>
        <location filename="../../orgeditor/ui/presentation.py" line="59"/>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Presentasjonsmodus</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/presentation.py" line="63"/>
        <source>Full screen for a room: large text, high contrast, Esc to leave</source>
        <translation>Fullskjerm for et møterom: stor tekst, høy kontrast, Esc for å gå ut</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/presentation.py" line="67"/>
        <source>Findings &amp;Strip</source>
        <translation>Funn&amp;stripe</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/presentation.py" line="70"/>
        <source>The findings in large type under the chart</source>
        <translation>Funnene i stor skrift under kartet</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/presentation.py" line="75"/>
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/presentation.py" line="194"/>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/presentation.py" line="194"/>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/presentation.py" line="194"/>
        <source>Info</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/presentation.py" line="203"/>
        <source>No findings: the chart follows the checked practices.</source>
        <translation>Ingen funn: kartet følger de kontrollerte praksisene.</translation>
    </message>
</context>
<context>
    <name>QuitSignals</name>
    <message>
        <location filename="../../orgeditor/ui/safety/quit_signals.py" line="199"/>
        <source>orgeditor: %1: unsaved changes to %2 kept for recovery</source>
        <translation>orgeditor: %1: ulagrede endringer i %2 er tatt vare på for gjenoppretting</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/safety/quit_signals.py" line="205"/>
        <source>orgeditor: %1: could not keep the unsaved changes to %2</source>
        <translation>orgeditor: %1: kunne ikke ta vare på de ulagrede endringene i %2</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../orgeditor/ui/safety/recovery.py" line="62"/>
        <source>Could not recover</source>
        <translation>Kunne ikke gjenopprette</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/safety/recovery.py" line="63"/>
        <source>%1 could not be recovered: %2</source>
        <translation>%1 kunne ikke gjenopprettes: %2</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../orgeditor/ui/dialogs/recovery_dialog.py" line="24"/>
        <source>Jan</source>
        <translation>jan.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/recovery_dialog.py" line="25"/>
        <source>Feb</source>
        <translation>feb.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/recovery_dialog.py" line="26"/>
        <source>Mar</source>
        <translation>mar.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/recovery_dialog.py" line="27"/>
        <source>Apr</source>
        <translation>apr.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/recovery_dialog.py" line="28"/>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/recovery_dialog.py" line="29"/>
        <source>Jun</source>
        <translation>jun.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/recovery_dialog.py" line="30"/>
        <source>Jul</source>
        <translation>jul.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/recovery_dialog.py" line="31"/>
        <source>Aug</source>
        <translation>aug.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/recovery_dialog.py" line="32"/>
        <source>Sep</source>
        <translation>sep.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/recovery_dialog.py" line="33"/>
        <source>Oct</source>
        <translation>okt.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/recovery_dialog.py" line="34"/>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/recovery_dialog.py" line="35"/>
        <source>Dec</source>
        <translation>des.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/recovery_dialog.py" line="46"/>
        <source>today at %1</source>
        <translation>i dag kl. %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/recovery_dialog.py" line="48"/>
        <source>yesterday at %1</source>
        <translation>i går kl. %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/recovery_dialog.py" line="49"/>
        <source>%1 %2 %3 at %4</source>
        <comment>day month year</comment>
        <translation>%1. %2 %3 kl. %4</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/recovery_dialog.py" line="67"/>
        <source>Recover unsaved charts</source>
        <translation>Gjenopprett ulagrede kart</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/recovery_dialog.py" line="72"/>
        <source>orgeditor did not close properly last time. These charts had changes that were not saved:</source>
        <translation>orgeditor ble ikke avsluttet riktig forrige gang. Disse kartene hadde endringer som ikke var lagret:</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/recovery_dialog.py" line="80"/>
        <source>Unsaved charts</source>
        <translation>Ulagrede kart</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/recovery_dialog.py" line="87"/>
        <source>Recover</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/recovery_dialog.py" line="88"/>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/recovery_dialog.py" line="89"/>
        <source>Decide Later</source>
        <translation>Bestem senere</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/recovery_dialog.py" line="103"/>
        <source>Recovered charts open with their changes unsaved; save them to keep them.</source>
        <translation>Gjenopprettede kart åpnes med endringene ulagret; lagre dem for å beholde dem.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/recovery_dialog.py" line="112"/>
        <source>not saved to a file yet</source>
        <translation>ikke lagret til fil ennå</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/dialogs/recovery_dialog.py" line="115"/>
        <source>%1 — autosaved %2, %n position(s)</source>
        <translation>
            <numerusform>%1 — autolagret %2, %n stilling</numerusform>
            <numerusform>%1 — autolagret %2, %n stillinger</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleDelegate</name>
    <message>
        <location filename="../../orgeditor/ui/dialogs/role_review.py" line="69"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>RoleInfo</name>
    <message>
        <location filename="../../orgeditor/ui/panels/role_info.py" line="31"/>
        <source>Any title not recognised as a sales role</source>
        <translation>Alle titler som ikke gjenkjennes som en salgsrolle</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/role_info.py" line="67"/>
        <source>Typical titles</source>
        <translation>Typiske titler</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/role_info.py" line="68"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
</context>
<context>
    <name>RoleMenus</name>
    <message>
        <location filename="../../orgeditor/ui/role_menus.py" line="35"/>
        <source>From the Title</source>
        <translation>Fra tittelen</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/role_menus.py" line="37"/>
        <source>Let the title decide the role, as on import</source>
        <translation>La tittelen bestemme rollen, som ved import</translation>
    </message>
</context>
<context>
    <name>RoleNotes</name>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="44"/>
        <source>Leads the company: chooses the sales model (assembly line, pod or island) and invests in the structure and the support functions that make it work.</source>
        <translation>Leder selskapet: velger salgsmodellen (samlebånd, pod eller øy) og investerer i strukturen og støttefunksjonene som får den til å virke.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="45"/>
        <source>Owns all revenue: sales, sales operations and often the other go-to-market teams. The article names the CRO as a possible executive sponsor of sales enablement.</source>
        <translation>Eier alle inntektene: salg, salgsoperasjoner og ofte de andre markedsrettede teamene. Artikkelen nevner CRO som en mulig toppledersponsor for salgsaktivering.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="46"/>
        <source>Leads the sales organisation and decides how it is built: an assembly line, pods or islands, segmented by region, product line, customer size or vertical.</source>
        <translation>Leder salgsorganisasjonen og bestemmer hvordan den bygges opp: som samlebånd, poder eller øyer, segmentert etter region, produktlinje, kundestørrelse eller bransje.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="47"/>
        <source>First-line manager of sellers: leads a stage team in an assembly line, a pod as its pod lead, or a group of generalists on an island. The checks warn above %1 direct reports.</source>
        <translation>Førstelinjeleder for selgere: leder et faseteam i et samlebånd, en pod som podleder, eller en gruppe generalister på en øy. Sjekkene advarer ved mer enn %1 direkte underordnede.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="48"/>
        <source>Lead generation: finds and qualifies prospects and books meetings for the account executives. The first stage of an assembly line; in a pod, the seat that fills the pipeline.</source>
        <translation>Leadgenerering: finner og kvalifiserer potensielle kunder og booker møter for account executives. Første fase i et samlebånd; i en pod stillingen som fyller salgstrakten.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="49"/>
        <source>Closing: takes the meetings the SDRs booked, runs the deal and signs the customer, then hands over to account management. The middle stage of an assembly line; a seat in every pod.</source>
        <translation>Avslutning: tar møtene SDR-ene har booket, driver salget og signerer kunden, og overleverer så til kundeoppfølgingen. Midtre fase i et samlebånd; en stilling i hver pod.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="50"/>
        <source>Retention: looks after the customer once signed (renewals, growth). The last stage of an assembly line, the “farmer” of hunter-farmer; in a pod, the retention seat.</source>
        <translation>Kundeoppfølging: tar vare på kunden etter signering (fornyelser, vekst). Siste fase i et samlebånd, «bonden» i jeger–bonde-modellen; i en pod stillingen for kundeoppfølging.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="51"/>
        <source>Retention: onboards the customer and makes them successful, so they stay. Shares the last stage of an assembly line with the account managers; in a pod, the retention seat.</source>
        <translation>Kundeoppfølging: får kunden i gang og gjør den vellykket, slik at den blir værende. Deler siste fase i et samlebånd med kundeansvarlige; i en pod stillingen for kundeoppfølging.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="52"/>
        <source>The island model: one seller owns a customer from prospecting to onboarding, doing every stage alone. Simple and high output per head, but hard to scale: the checks warn above %1 sellers on an island.</source>
        <translation>Øymodellen: én selger eier kunden fra prospektering til oppstart og gjør alle fasene alene. Enkelt og høy produksjon per hode, men vanskelig å skalere: sjekkene advarer ved mer enn %1 selgere på en øy.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="53"/>
        <source>Sales operations: runs the day-to-day of the sales organisation (administration, CRM data, forecasting, tools) so that sellers can sell. The checks expect one from %1 sellers.</source>
        <translation>Salgsoperasjoner: driver salgsorganisasjonens hverdag (administrasjon, CRM-data, prognoser, verktøy) slik at selgerne kan selge. Sjekkene venter én fra %1 selgere.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="54"/>
        <source>Leads sales enablement: the executive sponsor the article says enablement needs to win its investment and start programmes.</source>
        <translation>Leder salgsaktiveringen: toppledersponsoren artikkelen sier salgsaktivering trenger for å vinne investeringene og sette i gang programmer.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="55"/>
        <source>Heads sales enablement; in smaller companies doubles as its executive sponsor. The checks look for a sponsor from %1 sellers.</source>
        <translation>Leder salgsaktiveringen; i mindre selskaper også toppledersponsoren. Sjekkene ser etter en sponsor fra %1 selgere.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="56"/>
        <source>Runs sales enablement day to day and is the bridge between sales and marketing (product marketing and field sales).</source>
        <translation>Driver salgsaktiveringen fra dag til dag og er bindeleddet mellom salg og markedsføring (produktmarkedsføring og feltsalg).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="57"/>
        <source>Builds and runs the enablement programmes; where the budget allows, one is dedicated to onboarding and training. The checks suggest one from %1 sellers.</source>
        <translation>Bygger og driver programmene for salgsaktivering; der budsjettet tillater det, er én viet til onboarding og opplæring. Sjekkene foreslår én fra %1 selgere.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="58"/>
        <source>Trains and equips the sellers: sales plays, content and the enablement platform. The checks expect enablement from %1 sellers, and at least one enabler per %2 sellers.</source>
        <translation>Lærer opp og utruster selgerne: salgsspill, innhold og plattformen for salgsaktivering. Sjekkene venter salgsaktivering fra %1 selgere, og minst én aktivator per %2 selgere.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="59"/>
        <source>Marketing: not a seller. Works with enablement on content and with the SDRs on leads.</source>
        <translation>Markedsføring: ikke selger. Samarbeider med salgsaktivering om innhold og med SDR-ene om leads.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_labels.py" line="60"/>
        <source>Any other job: counted in headcount and cost, not as a seller, enablement or sales operations.</source>
        <translation>Alle andre jobber: telles med i antall ansatte og kostnad, ikke som selger, salgsaktivering eller salgsoperasjoner.</translation>
    </message>
</context>
<context>
    <name>RoleReviewController</name>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/role_review_controller.py" line="47"/>
        <source>Roles read from %n title(s), none uncertain: Edit ▸ Review Roles… to check them</source>
        <translation>
            <numerusform>Roller lest ut fra %n tittel, ingen usikre: Rediger ▸ Gjennomgå roller… for å kontrollere dem</numerusform>
            <numerusform>Roller lest ut fra %n titler, ingen usikre: Rediger ▸ Gjennomgå roller… for å kontrollere dem</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleReviewDialog</name>
    <message>
        <location filename="../../orgeditor/ui/dialogs/role_review.py" line="96"/>
        <source>Review Roles</source>
        <translation>Gjennomgå roller</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/dialogs/role_review.py" line="103"/>
        <source>%n distinct title(s); %1 uncertain, listed first. A role chosen here is given to every position with that title and remembered for titles met later.</source>
        <translation>
            <numerusform>%n tittel; %1 usikre, vist først. En rolle du velger her, gis til alle stillinger med den tittelen og huskes for titler som dukker opp senere.</numerusform>
            <numerusform>%n ulike titler; %1 usikre, vist først. En rolle du velger her, gis til alle stillinger med den tittelen og huskes for titler som dukker opp senere.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/role_review.py" line="113"/>
        <source>Filter titles…</source>
        <translation>Filtrer titler…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/role_review.py" line="115"/>
        <source>Filter titles</source>
        <translation>Filtrer titler</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/role_review.py" line="119"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/role_review.py" line="119"/>
        <source>Count</source>
        <translation>Antall</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/role_review.py" line="119"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/role_review.py" line="119"/>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/role_review.py" line="132"/>
        <source>Titles and their roles</source>
        <translation>Titler og rollene deres</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/role_review.py" line="165"/>
        <source>Double-click to choose another role</source>
        <translation>Dobbeltklikk for å velge en annen rolle</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/role_review.py" line="176"/>
        <source>Uncertain: check this role</source>
        <translation>Usikker: kontroller denne rollen</translation>
    </message>
</context>
<context>
    <name>ScenarioActions</name>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="142"/>
        <source>Proposal</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="54"/>
        <source>&amp;New Scenario from This One</source>
        <translation>&amp;Nytt scenario fra dette</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="57"/>
        <source>A copy of the shown scenario to change: positions keep their ids</source>
        <translation>En kopi av det viste scenarioet til å endre: stillingene beholder ID-ene sine</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="59"/>
        <source>&amp;Rename Scenario…</source>
        <translation>&amp;Endre navn på scenario…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="60"/>
        <source>&amp;Delete Scenario</source>
        <translation>&amp;Slett scenario</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="61"/>
        <source>Ne&amp;xt Scenario</source>
        <translation>Neste scena&amp;rio</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="63"/>
        <source>&amp;Previous Scenario</source>
        <translation>&amp;Forrige scenario</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="66"/>
        <source>&amp;Compare Scenarios…</source>
        <translation>Sa&amp;mmenlign scenarioer…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="69"/>
        <source>Two scenarios side by side, what changed and what it does to the checks</source>
        <translation>To scenarioer side om side: hva som er endret, og hva det gjør med kontrollene</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="75"/>
        <source>&amp;Scenario</source>
        <translation>&amp;Scenarioer</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="114"/>
        <source>New Scenario</source>
        <translation>Nytt scenario</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="114"/>
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
        <location filename="../../orgeditor/ui/scenario_actions.py" line="139"/>
        <source>Proposal %1</source>
        <translation>Forslag %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="159"/>
        <source>A scenario name has at most %1 characters.</source>
        <translation>Et scenarionavn kan ha høyst %1 tegn.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="162"/>
        <source>A scenario needs a name.</source>
        <translation>Et scenario må ha et navn.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="169"/>
        <source>There is already a scenario named “%1”.</source>
        <translation>Det finnes allerede et scenario som heter «%1».</translation>
    </message>
</context>
<context>
    <name>ScenarioBar</name>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="191"/>
        <source>Scenarios</source>
        <translation>Scenarioer</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="199"/>
        <source>+ New Scenario</source>
        <translation>+ Nytt scenario</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="246"/>
        <source>&amp;New Scenario from This One</source>
        <translation>&amp;Nytt scenario fra dette</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="247"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Endre navn…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/scenario_actions.py" line="248"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
</context>
<context>
    <name>ScenarioCommands</name>
    <message>
        <location filename="../../orgeditor/ui/commands/scenarios.py" line="26"/>
        <source>New Scenario</source>
        <translation>Nytt scenario</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/commands/scenarios.py" line="44"/>
        <source>Rename Scenario</source>
        <translation>Endre navn på scenario</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/commands/scenarios.py" line="60"/>
        <source>Delete Scenario</source>
        <translation>Slett scenario</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/commands/scenarios.py" line="78"/>
        <source>Show Scenario</source>
        <translation>Vis scenario</translation>
    </message>
</context>
<context>
    <name>SegmentationModel</name>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_model.py" line="59"/>
        <source>unassigned</source>
        <translation>ikke tildelt</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_model.py" line="267"/>
        <source>No sellers</source>
        <translation>Ingen selgere</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_model.py" line="271"/>
        <source>and %1 more</source>
        <translation>og %1 til</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_model.py" line="276"/>
        <source>1 seller: nobody to cover</source>
        <translation>1 selger: ingen til å dekke opp</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_model.py" line="278"/>
        <source>1 seller</source>
        <translation>1 selger</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_model.py" line="280"/>
        <source>%1 sellers</source>
        <translation>%1 selgere</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_model.py" line="292"/>
        <source>vacant</source>
        <translation>ledig</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_model.py" line="309"/>
        <location filename="../../orgeditor/ui/panels/segmentation_model.py" line="323"/>
        <source>Sellers</source>
        <translation>Selgere</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_model.py" line="321"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_model.py" line="328"/>
        <source>All sellers</source>
        <translation>Alle selgere</translation>
    </message>
</context>
<context>
    <name>SegmentationPanel</name>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="108"/>
        <source>Segmentation failed: %1</source>
        <translation>Segmenteringen kunne ikke beregnes: %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="133"/>
        <source>A dimension is used when the sellers carry two or more of its values. A cell is one combination of values of the used dimensions.</source>
        <translation>En dimensjon er i bruk når selgerne har to eller flere av verdiene dens. En celle er én kombinasjon av verdier i dimensjonene som er i bruk.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="139"/>
        <source>Sellers per cell</source>
        <translation>Selgere per celle</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="217"/>
        <source>Click a cell to select its sellers.</source>
        <translation>Klikk på en celle for å velge selgerne i den.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="221"/>
        <source>one seller in the segment: nobody to cover</source>
        <translation>én selger i segmentet: ingen til å dekke opp</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="180"/>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="188"/>
        <source>Colour cards by</source>
        <translation>Farg kortene etter</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="189"/>
        <source>None (role family)</source>
        <translation>Ingen (rollefamilie)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="192"/>
        <source>Colour the band of each card by a segment value</source>
        <translation>Farg stripen på hvert kort etter en segmentverdi</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="234"/>
        <source>No sellers in this chart yet.</source>
        <translation>Ingen selgere i dette kartet ennå.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="241"/>
        <source>No segmentation: the sellers carry fewer than two values of every dimension (region, product line, customer size, vertical).</source>
        <translation>Ingen segmentering: selgerne har færre enn to verdier i hver dimensjon (region, produktlinje, kundestørrelse, bransje).</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="253"/>
        <source>(%1 values)</source>
        <translation>(%1 verdier)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="257"/>
        <source>%1 sellers in %2 occupied cells</source>
        <translation>%1 selgere i %2 besatte celler</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="263"/>
        <source>1 thin cell</source>
        <translation>1 tynn celle</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="265"/>
        <source>%1 thin cells</source>
        <translation>%1 tynne celler</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="270"/>
        <source>Used:</source>
        <translation>I bruk:</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="274"/>
        <source>Rows: %1 (primary) · columns: %2</source>
        <translation>Rader: %1 (primær) · kolonner: %2</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="279"/>
        <source>Columns: %1</source>
        <translation>Kolonner: %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="283"/>
        <source>One row per occupied cell; primary dimension: %1</source>
        <translation>Én rad per besatt celle; primær dimensjon: %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="334"/>
        <source>Sellers</source>
        <translation>Selgere</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="350"/>
        <source>Cards show their role family&apos;s colour.</source>
        <translation>Kortene viser fargen til rollefamilien sin.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segmentation_panel.py" line="355"/>
        <source>Positions per %1 value, in the colours of the cards.</source>
        <translation>Stillinger per verdi av %1, i kortenes farger.</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <location filename="../../orgeditor/ui/panels/segment_legend.py" line="72"/>
        <source>no value</source>
        <translation>ingen verdi</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segment_legend.py" line="90"/>
        <source>1 more value</source>
        <translation>1 verdi til</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/panels/segment_legend.py" line="92"/>
        <source>%1 more values</source>
        <translation>%1 verdier til</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="37"/>
        <source>New, open, save</source>
        <translation>Ny, åpne, lagre</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="38"/>
        <source>Save as</source>
        <translation>Lagre som</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="39"/>
        <source>New chart from a template</source>
        <translation>Nytt kart fra en mal</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="40"/>
        <source>Insert a structure (assembly line, pod, island)</source>
        <translation>Sett inn en struktur (samlebånd, pod, øy)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="42"/>
        <source>Export, print</source>
        <translation>Eksporter, skriv ut</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="43"/>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="44"/>
        <source>Ctrl+Shift+Z or Ctrl+Y</source>
        <translation>Ctrl+Shift+Z eller Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="45"/>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="47"/>
        <source>Cut, copy, paste positions with their reports</source>
        <translation>Klipp ut, kopier, lim inn stillinger med underordnede</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="49"/>
        <source>Delete the selected positions (their reports move up)</source>
        <translation>Slett de valgte stillingene (underordnede flyttes opp)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="51"/>
        <source>Delete the selected positions with their reports</source>
        <translation>Slett de valgte stillingene med underordnede</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="52"/>
        <source>Rename the selected position</source>
        <translation>Gi den valgte stillingen nytt navn</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="53"/>
        <source>Find by name or title</source>
        <translation>Finn etter navn eller tittel</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="54"/>
        <source>Arrow keys</source>
        <translation>Piltaster</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="55"/>
        <source>Go to manager (Up), first report (Down), siblings (Left/Right)</source>
        <translation>Gå til leder (opp), første underordnede (ned), side om side (venstre/høyre)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="57"/>
        <source>Select all</source>
        <translation>Merk alt</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="59"/>
        <source>Zoom in, zoom out, fit the chart</source>
        <translation>Zoom inn, zoom ut, tilpass kartet</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="60"/>
        <source>Auto layout</source>
        <translation>Automatisk oppsett</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="61"/>
        <source>Collapse, expand the selected branch (or click the marker under a card)</source>
        <translation>Fold sammen, fold ut den valgte grenen (eller klikk på merket under et kort)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="64"/>
        <source>Expand all folded branches</source>
        <translation>Fold ut alle sammenfoldede grener</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="66"/>
        <source>Focus on the selected branch, show the whole chart</source>
        <translation>Fokuser på den valgte grenen, vis hele kartet</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="68"/>
        <source>Mouse wheel</source>
        <translation>Musehjul</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="69"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="70"/>
        <source>Middle button drag, or Space + drag</source>
        <translation>Dra med midtknappen, eller mellomrom + dra</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="71"/>
        <source>Pan</source>
        <translation>Panorer</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="72"/>
        <source>Drag on empty canvas</source>
        <translation>Dra på tomt lerret</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="73"/>
        <source>Select several cards</source>
        <translation>Merk flere kort</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="74"/>
        <source>Drag a card onto another</source>
        <translation>Dra et kort over et annet</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="75"/>
        <source>Make it (and its team) report there</source>
        <translation>La det (og teamet) rapportere dit</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="76"/>
        <source>Move the selected positions under…</source>
        <translation>Flytt de valgte stillingene under …</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="77"/>
        <source>New scenario from the one shown</source>
        <translation>Nytt scenario fra det som vises</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="79"/>
        <source>Previous, next scenario</source>
        <translation>Forrige, neste scenario</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="81"/>
        <source>Compare scenarios</source>
        <translation>Sammenlign scenarioer</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="82"/>
        <source>Presentation mode (Esc leaves; Left, Right: previous, next scenario)</source>
        <translation>Presentasjonsmodus (Esc avslutter; venstre, høyre: forrige, neste scenario)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="85"/>
        <source>Findings strip in presentation mode</source>
        <translation>Stripe med funn i presentasjonsmodus</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="86"/>
        <source>These keyboard shortcuts</source>
        <translation>Disse hurtigtastene</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/help.py" line="109"/>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../orgeditor/ui/start_page.py" line="213"/>
        <location filename="../../orgeditor/ui/start_page.py" line="223"/>
        <source>Start page</source>
        <translation>Startside</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/start_page.py" line="244"/>
        <source>Start a sales organisation chart</source>
        <translation>Start et kart over salgsorganisasjonen</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/start_page.py" line="250"/>
        <source>Pick the model your sales team follows, open an example, or bring in the export from your HR system.</source>
        <translation>Velg modellen salgsteamet ditt følger, åpne et eksempel, eller hent inn eksporten fra HR-systemet ditt.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/start_page.py" line="260"/>
        <source>Back to the Chart</source>
        <translation>Tilbake til kartet</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/start_page.py" line="264"/>
        <source>Close the start page (Esc)</source>
        <translation>Lukk startsiden (Esc)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/start_page.py" line="274"/>
        <source>Start from a sales model</source>
        <translation>Start fra en salgsmodell</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/start_page.py" line="296"/>
        <source>Import from HR Export…</source>
        <translation>Importer fra HR-eksport…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/start_page.py" line="297"/>
        <source>A CSV or Excel file with one row per employee and who they report to</source>
        <translation>En CSV- eller Excel-fil med én rad per ansatt og hvem de rapporterer til</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/start_page.py" line="302"/>
        <source>Empty Chart</source>
        <translation>Tomt kart</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/start_page.py" line="303"/>
        <source>Drag roles from the palette onto the canvas</source>
        <translation>Dra roller fra paletten inn på lerretet</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/start_page.py" line="317"/>
        <source>Open an example</source>
        <translation>Åpne et eksempel</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/start_page.py" line="324"/>
        <source>Built-in example: %1</source>
        <translation>Innebygd eksempel: %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/start_page.py" line="335"/>
        <source>Recent charts</source>
        <translation>Nylig brukte kart</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/start_page.py" line="345"/>
        <source>Charts you open, import or save will be listed here.</source>
        <translation>Kart du åpner, importerer eller lagrer, vises her.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/start_page.py" line="431"/>
        <source>Creates %1 sellers in %2 positions; change anything afterwards.</source>
        <translation>Lager %1 selgere i %2 stillinger; du kan endre alt etterpå.</translation>
    </message>
</context>
<context>
    <name>StructureCommands</name>
    <message>
        <location filename="../../orgeditor/ui/commands/structure.py" line="24"/>
        <source>Paste position</source>
        <translation>Lim inn stilling</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/commands/structure.py" line="26"/>
        <source>Paste %1 positions</source>
        <translation>Lim inn %1 stillinger</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/commands/structure.py" line="48"/>
        <source>Auto layout</source>
        <translation>Automatisk oppsett</translation>
    </message>
</context>
<context>
    <name>StructureInfo</name>
    <message>
        <location filename="../../orgeditor/ui/dialogs/structure_info.py" line="29"/>
        <source>Specialists per stage: SDRs find leads, AEs close, account managers keep the customer, with handoffs in between.</source>
        <translation>Spesialister per fase: SDR-er finner leads, AE-er lukker salget, kundeansvarlige tar vare på kunden, med overleveringer imellom.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/structure_info.py" line="34"/>
        <source>Small cross-functional teams (SDR, AE, AM) that own their customers end to end.</source>
        <translation>Små tverrfaglige team (SDR, AE, AM) som eier kundene sine fra start til slutt.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/structure_info.py" line="38"/>
        <source>Generalists who do everything, from the first call to the renewal.</source>
        <translation>Generalister som gjør alt, fra første samtale til fornyelsen.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/structure_info.py" line="53"/>
        <source>Drag onto a card: the structure reports to it; onto empty canvas: a new tree.</source>
        <translation>Dra til et kort: strukturen rapporterer til det; til tomt lerret: et nytt tre.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/structure_info.py" line="57"/>
        <source>Double-click to choose its size first.</source>
        <translation>Dobbeltklikk for å velge størrelsen først.</translation>
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
    <name>TeamCommands</name>
    <message>
        <location filename="../../orgeditor/ui/commands/teams.py" line="20"/>
        <location filename="../../orgeditor/ui/commands/teams.py" line="90"/>
        <source>Rename team</source>
        <translation>Gi teamet nytt navn</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/commands/teams.py" line="21"/>
        <source>Set team kind</source>
        <translation>Angi teamtype</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/commands/teams.py" line="22"/>
        <source>Set team declared model</source>
        <translation>Angi teamets erklærte modell</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/commands/teams.py" line="103"/>
        <source>Dissolve %1</source>
        <translation>Oppløs %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/commands/teams.py" line="104"/>
        <location filename="../../orgeditor/ui/commands/teams.py" line="137"/>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/commands/teams.py" line="176"/>
        <source>Set team segments</source>
        <translation>Angi teamets segmenter</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/commands/teams.py" line="177"/>
        <source>Edit team</source>
        <translation>Endre team</translation>
    </message>
</context>
<context>
    <name>TeamDragInteraction</name>
    <message>
        <location filename="../../orgeditor/ui/canvas/interactions/team_drag.py" line="91"/>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/canvas/interactions/team_drag.py" line="94"/>
        <source>Move %1</source>
        <translation>Flytt %1</translation>
    </message>
</context>
<context>
    <name>TeamSegmentsDialog</name>
    <message>
        <location filename="../../orgeditor/ui/dialogs/team_segments.py" line="18"/>
        <source>Segments of %1</source>
        <translation>Segmentene til %1</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/team_segments.py" line="28"/>
        <source>Members keep their own values</source>
        <translation>Medlemmene beholder egne verdier</translation>
    </message>
</context>
<context>
    <name>TemplateErrors</name>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_errors.py" line="14"/>
        <source>Segment by %1: give one or more values, separated by commas.</source>
        <translation>Del etter %1: oppgi én eller flere verdier, skilt med komma.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_errors.py" line="17"/>
        <source>Segment by %1: “%2” is given twice.</source>
        <translation>Del etter %1: «%2» er oppgitt to ganger.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_errors.py" line="18"/>
        <source>Segment by %1: at most %2 values.</source>
        <translation>Del etter %1: høyst %2 verdier.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_errors.py" line="19"/>
        <source>A pod model needs 1 or more pods.</source>
        <translation>En pod-modell trenger minst 1 pod.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_errors.py" line="20"/>
        <source>A pod needs 1 or more sellers.</source>
        <translation>En pod trenger minst 1 selger.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_errors.py" line="21"/>
        <source>A pod of %1 sellers has more than one pod lead can manage (%2 sellers per manager): make smaller pods or raise the sellers per manager.</source>
        <translation>En pod med %1 selgere har flere enn én podleder kan lede (%2 selgere per leder): lag mindre poder eller øk antall selgere per leder.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_errors.py" line="26"/>
        <source>The %1 template needs 1 or more sellers.</source>
        <translation>Malen for %1 trenger minst 1 selger.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_errors.py" line="27"/>
        <source>%1 sellers: a template makes at most %2.</source>
        <translation>%1 selgere: en mal lager høyst %2.</translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_preview.py" line="142"/>
        <source>The checks have nothing to say about this structure.</source>
        <translation>Kontrollene har ingen merknader til denne strukturen.</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_preview.py" line="182"/>
        <source>Findings show once the structure can be built.</source>
        <translation>Funn vises når strukturen kan bygges.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/dialogs/template_preview.py" line="212"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n feil</numerusform>
            <numerusform>%n feil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/dialogs/template_preview.py" line="213"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advarsel</numerusform>
            <numerusform>%n advarsler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/dialogs/template_preview.py" line="214"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n merknad</numerusform>
            <numerusform>%n merknader</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_preview.py" line="140"/>
        <location filename="../../orgeditor/ui/dialogs/template_preview.py" line="184"/>
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_preview.py" line="209"/>
        <source>No findings</source>
        <translation>Ingen funn</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_preview.py" line="217"/>
        <source>Findings the chart would have: %1</source>
        <translation>Funn kartet ville fått: %1</translation>
    </message>
</context>
<context>
    <name>TemplateWizard</name>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_wizard.py" line="51"/>
        <source>New from Template</source>
        <translation>Ny fra mal</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_wizard.py" line="67"/>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_wizard.py" line="78"/>
        <source>Create Chart</source>
        <translation>Lag kart</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_wizard.py" line="81"/>
        <source>The chosen model&apos;s default sizes, fitted to the segments</source>
        <translation>Standardstørrelsene for den valgte modellen, tilpasset segmentene</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_wizard.py" line="193"/>
        <source>Insert Structure</source>
        <translation>Sett inn struktur</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/dialogs/template_wizard.py" line="194"/>
        <source>Insert</source>
        <translation>Sett inn</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../orgeditor/ui/theme.py" line="45"/>
        <source>System</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/theme.py" line="46"/>
        <source>Light</source>
        <translation>Lyst</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/theme.py" line="47"/>
        <source>Dark</source>
        <translation>Mørkt</translation>
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
        <location filename="../../orgeditor/ui/actions.py" line="47"/>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="50"/>
        <source>Start an empty chart</source>
        <translation>Start et tomt kart</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="53"/>
        <source>New from &amp;Template…</source>
        <translation>Ny fra &amp;mal…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="56"/>
        <source>Start from an assembly line, pod or island structure</source>
        <translation>Start fra en samlebånd-, pod- eller øystruktur</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="59"/>
        <source>Insert &amp;Structure…</source>
        <translation>Sett inn s&amp;truktur…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="62"/>
        <source>Add an assembly line, pod or island under the selected card</source>
        <translation>Legg til et samlebånd, en pod eller en øy under det valgte kortet</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="67"/>
        <source>Start &amp;Page</source>
        <translation>S&amp;tartside</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="70"/>
        <source>The sales models, examples and recent charts to start from</source>
        <translation>Salgsmodellene, eksemplene og de siste kartene å starte fra</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="75"/>
        <source>&amp;Open…</source>
        <translation>&amp;Åpne…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="78"/>
        <source>Open an .orgchart or CSV file</source>
        <translation>Åpne en .orgchart- eller CSV-fil</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="81"/>
        <source>&amp;Import CSV or Excel…</source>
        <translation>&amp;Importer CSV eller Excel…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="84"/>
        <source>Import an HR export (CSV, Excel, GraphML)</source>
        <translation>Importer en HR-eksport (CSV, Excel, GraphML)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="88"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporter…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="91"/>
        <source>Export the chart as PNG, SVG, PDF, CSV or GraphML</source>
        <translation>Eksporter kartet som PNG, SVG, PDF, CSV eller GraphML</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="94"/>
        <source>Export &amp;Selection…</source>
        <translation>Eksporter &amp;utvalget…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="97"/>
        <source>Export the selected cards as PNG, SVG or PDF</source>
        <translation>Eksporter de valgte kortene som PNG, SVG eller PDF</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="100"/>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Forhåndsvisning…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="102"/>
        <source>&amp;Print…</source>
        <translation>Skri&amp;v ut…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="103"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="104"/>
        <source>Save &amp;As…</source>
        <translation>Lagre &amp;som…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="105"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="107"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="110"/>
        <source>Autosave, interface scale, language and theme</source>
        <translation>Autolagring, skalering av grensesnittet, språk og tema</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="113"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="115"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="119"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Klipp ut</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="122"/>
        <source>Cut the selected positions with their reports</source>
        <translation>Klipp ut de valgte stillingene med sine underordnede</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="125"/>
        <source>&amp;Copy</source>
        <translation>K&amp;opier</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="128"/>
        <source>Copy the selected positions with their reports</source>
        <translation>Kopier de valgte stillingene med sine underordnede</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="131"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="134"/>
        <source>Paste positions under the selected card</source>
        <translation>Lim inn stillinger under det valgte kortet</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="137"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="140"/>
        <source>Delete the selected positions; their reports move up</source>
        <translation>Slett de valgte stillingene; de underordnede flyttes opp</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="143"/>
        <source>Delete with &amp;Reports</source>
        <translation>Slett med &amp;underordnede</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="148"/>
        <source>Select &amp;All</source>
        <translation>&amp;Merk alt</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="151"/>
        <source>&amp;Find…</source>
        <translation>&amp;Finn…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="154"/>
        <source>Find a position by name or title</source>
        <translation>Finn en stilling etter navn eller tittel</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="157"/>
        <source>Re&amp;name</source>
        <translation>Gi nytt &amp;navn</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="160"/>
        <source>Review Ro&amp;les…</source>
        <translation>Gjennomgå roll&amp;er…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="163"/>
        <source>One row per title: check the roles read from the titles and correct them</source>
        <translation>Én rad per tittel: kontroller rollene som er lest ut av titlene, og rett dem</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="169"/>
        <source>&amp;Move Under…</source>
        <translation>Fl&amp;ytt under…</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="172"/>
        <source>Choose a new manager for the selected positions by name</source>
        <translation>Velg en ny leder for de valgte stillingene etter navn</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="176"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;inn</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="181"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;ut</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="184"/>
        <source>&amp;Fit Chart</source>
        <translation>&amp;Tilpass kartet</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="187"/>
        <source>&amp;Auto Layout</source>
        <translation>&amp;Automatisk oppsett</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="190"/>
        <source>Tidy the chart; forget cards placed by hand</source>
        <translation>Rydd i kartet; glem kort som er plassert for hånd</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="194"/>
        <source>&amp;Collapse Branch</source>
        <translation>&amp;Fold sammen gren</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="197"/>
        <source>Fold away everything under the selected managers</source>
        <translation>Fold sammen alt under de valgte lederne</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="200"/>
        <source>E&amp;xpand Branch</source>
        <translation>Fold ut g&amp;ren</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="203"/>
        <source>Show the folded reports of the selected managers again</source>
        <translation>Vis de sammenfoldede underordnede til de valgte lederne igjen</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="206"/>
        <source>Expa&amp;nd All</source>
        <translation>Fold ut a&amp;lle</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="209"/>
        <source>Show every folded branch again</source>
        <translation>Vis alle sammenfoldede grener igjen</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="212"/>
        <source>Focus on &amp;Branch</source>
        <translation>Fokuser på &amp;grenen</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="215"/>
        <source>Show only the selected position and everything under it</source>
        <translation>Vis bare den valgte stillingen og alt under den</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="218"/>
        <source>Show &amp;Whole Chart</source>
        <translation>Vis &amp;hele kartet</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="221"/>
        <source>End the focus on one branch: show the whole chart</source>
        <translation>Avslutt fokuset på én gren: vis hele kartet</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="224"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="226"/>
        <source>&amp;About orgeditor</source>
        <translation>&amp;Om orgeditor</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="233"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="235"/>
        <source>Open &amp;Recent</source>
        <translation>Nylig &amp;brukte</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="236"/>
        <source>Open E&amp;xample</source>
        <translation>Åpne e&amp;ksempel</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="252"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="259"/>
        <source>Add &amp;Report</source>
        <translation>Legg til &amp;direkte rapport</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="262"/>
        <source>A new seat under the selected card (a new top position when none is selected)</source>
        <translation>En ny stilling under det valgte kortet (en ny toppstilling når ingenting er valgt)</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="269"/>
        <source>Change R&amp;ole</source>
        <translation>Endre &amp;rolle</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="281"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="293"/>
        <source>T&amp;heme</source>
        <translation>Te&amp;ma</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="296"/>
        <source>Light or dark, or as the computer is set</source>
        <translation>Lyst eller mørkt, eller som datamaskinen er innstilt</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="309"/>
        <source>&amp;Panels</source>
        <translation>Pa&amp;neler</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/actions.py" line="313"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
</context>
</TS>
