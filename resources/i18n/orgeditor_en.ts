<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChecksPanel</name>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="360"/>
        <source>Checking the whole chart, %n position(s)</source>
        <translation>
            <numerusform>Checking the whole chart, %n position</numerusform>
            <numerusform>Checking the whole chart, %n positions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="364"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="371"/>
        <source>Checking the sales units under %1, %n position(s)</source>
        <translation>
            <numerusform>Checking the sales units under %1, %n position</numerusform>
            <numerusform>Checking the sales units under %1, %n positions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="373"/>
        <source>Checking the sales unit under %1, %n position(s)</source>
        <translation>
            <numerusform>Checking the sales unit under %1, %n position</numerusform>
            <numerusform>Checking the sales unit under %1, %n positions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="377"/>
        <source>Checking the sales teams under %1, %n position(s)</source>
        <translation>
            <numerusform>Checking the sales teams under %1, %n position</numerusform>
            <numerusform>Checking the sales teams under %1, %n positions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/panels/checks_panel.py" line="379"/>
        <source>Checking the sales team under %1, %n position(s)</source>
        <translation>
            <numerusform>Checking the sales team under %1, %n position</numerusform>
            <numerusform>Checking the sales team under %1, %n positions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContextMenus</name>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/context_menus.py" line="188"/>
        <source>Make Team from %n Position(s)…</source>
        <translation>
            <numerusform>Make Team from %n Position…</numerusform>
            <numerusform>Make Team from %n Positions…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/context_menus.py" line="189"/>
        <source>Make Pod from %n Position(s)…</source>
        <translation>
            <numerusform>Make Pod from %n Position…</numerusform>
            <numerusform>Make Pod from %n Positions…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountedTexts</name>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/commands/counted.py" line="18"/>
        <source>Insert structure (%n position(s))</source>
        <translation>
            <numerusform>Insert structure (%n position)</numerusform>
            <numerusform>Insert structure (%n positions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/commands/counted.py" line="19"/>
        <source>Insert %1 structure (%n position(s))</source>
        <translation>
            <numerusform>Insert %1 structure (%n position)</numerusform>
            <numerusform>Insert %1 structure (%n positions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/commands/counted.py" line="22"/>
        <source>Set roles of %n position(s)</source>
        <translation>
            <numerusform>Set roles of %n position</numerusform>
            <numerusform>Set roles of %n positions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/commands/counted.py" line="26"/>
        <source>Make pod from %n position(s)</source>
        <translation>
            <numerusform>Make pod from %n position</numerusform>
            <numerusform>Make pod from %n positions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/commands/counted.py" line="27"/>
        <source>Make team from %n position(s)</source>
        <translation>
            <numerusform>Make team from %n position</numerusform>
            <numerusform>Make team from %n positions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/commands/counted.py" line="30"/>
        <source>Remove %n position(s) from team</source>
        <translation>
            <numerusform>Remove %n position from team</numerusform>
            <numerusform>Remove %n positions from team</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/commands/counted.py" line="33"/>
        <source>Add %n position(s) to %1</source>
        <translation>
            <numerusform>Add %n position to %1</numerusform>
            <numerusform>Add %n positions to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="341"/>
        <source>%n more role(s)</source>
        <translation>
            <numerusform>%n more role</numerusform>
            <numerusform>%n more roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="438"/>
        <source>%n more team(s)</source>
        <translation>
            <numerusform>%n more team</numerusform>
            <numerusform>%n more teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/panels/figures_panel.py" line="461"/>
        <source>%n more value(s)</source>
        <translation>
            <numerusform>%n more value</numerusform>
            <numerusform>%n more values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/file_controller.py" line="165"/>
        <source>%n problem(s) found while importing: see the checks panel</source>
        <translation>
            <numerusform>%n problem found while importing: see the checks panel</numerusform>
            <numerusform>%n problems found while importing: see the checks panel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="344"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="345"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="347"/>
        <source>first %n row(s) shown</source>
        <translation>
            <numerusform>first %n row shown</numerusform>
            <numerusform>first %n rows shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="416"/>
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n position</numerusform>
            <numerusform>%n positions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="417"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/dialogs/import_dialog.py" line="418"/>
        <source>%n top position(s)</source>
        <translation>
            <numerusform>%n top position</numerusform>
            <numerusform>%n top positions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectorWidget</name>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/panels/inspector.py" line="235"/>
        <source>&lt;b&gt;%n positions&lt;/b&gt; selected</source>
        <translation>
            <numerusform>&lt;b&gt;%n positions&lt;/b&gt; selected</numerusform>
            <numerusform>&lt;b&gt;%n positions&lt;/b&gt; selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveUnderDialog</name>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/dialogs/move_under.py" line="41"/>
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n position</numerusform>
            <numerusform>%n positions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/dialogs/recovery_dialog.py" line="115"/>
        <source>%1 — autosaved %2, %n position(s)</source>
        <translation>
            <numerusform>%1 — autosaved %2, %n position</numerusform>
            <numerusform>%1 — autosaved %2, %n positions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleReviewController</name>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/role_review_controller.py" line="47"/>
        <source>Roles read from %n title(s), none uncertain: Edit ▸ Review Roles… to check them</source>
        <translation>
            <numerusform>Roles read from %n title, none uncertain: Edit ▸ Review Roles… to check them</numerusform>
            <numerusform>Roles read from %n titles, none uncertain: Edit ▸ Review Roles… to check them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleReviewDialog</name>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/dialogs/role_review.py" line="103"/>
        <source>%n distinct title(s); %1 uncertain, listed first. A role chosen here is given to every position with that title and remembered for titles met later.</source>
        <translation>
            <numerusform>%n distinct title; %1 uncertain, listed first. A role chosen here is given to every position with that title and remembered for titles met later.</numerusform>
            <numerusform>%n distinct titles; %1 uncertain, listed first. A role chosen here is given to every position with that title and remembered for titles met later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/dialogs/template_preview.py" line="212"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/dialogs/template_preview.py" line="213"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/dialogs/template_preview.py" line="214"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
</TS>
