<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AgreementsPage</name>
        <message>
            <location filename="../../ui/agreements_page.py" line="304" />
            <location filename="../../ui/agreements_page.py" line="309" />
            <source>Add agreement…</source>
            <translation>Add agreement…</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="303" />
            <source>Add the treaties and arrangements your exchanges rest on.</source>
            <translation>Add the treaties and arrangements your exchanges rest on.</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="266" />
            <location filename="../../ui/agreements_page.py" line="315" />
            <source>Agreements</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="298" />
            <source>All countries</source>
            <translation>All countries</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="299" />
            <source>All origins</source>
            <translation>All origins</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="296" />
            <source>All types</source>
            <translation>All types</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="311" />
            <source>Edit agreement</source>
            <translation>Edit agreement</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="305" />
            <source>Filter agreements: title, reference, offences…</source>
            <translation>Filter agreements: title, reference, offences…</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="292" />
            <source>In force from</source>
            <translation>In force from</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="316" />
            <source>Legal-basis finder</source>
            <translation>Legal-basis finder</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="310" />
            <source>New agreement</source>
            <translation>New agreement</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="302" />
            <source>No agreements yet.</source>
            <translation>No agreements yet.</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="287" />
            <location filename="../../ui/agreements_page.py" line="299" />
            <source>Origin</source>
            <translation>Origin</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="290" />
            <source>Parties</source>
            <translation>Parties</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="298" />
            <source>Party</source>
            <translation>Party</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="285" />
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="293" />
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="288" />
            <source>Source: {source}</source>
            <translation>Source: {source}</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="284" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="286" />
            <location filename="../../ui/agreements_page.py" line="296" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="291" />
            <source>not recorded</source>
            <translation>not recorded</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location filename="../../ui/audit_page.py" line="179" />
            <source>&amp;Export...</source>
            <translation>&amp;Export...</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="208" />
            <source>&amp;To:</source>
            <translation>&amp;To:</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="175" />
            <source>&amp;Verify</source>
            <translation>&amp;Verify</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="214" />
            <source>(local days, both included)</source>
            <translation>(local days, both included)</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="147" />
            <location filename="../../ui/audit_page.py" line="240" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="241" />
            <location filename="../../ui/audit_page.py" line="242" />
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="171" />
            <source>Audit trail</source>
            <translation>Audit trail</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="188" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="246" />
            <source>Change or clear the filters.</source>
            <translation>Change or clear the filters.</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="176" />
            <source>Check the whole chain of hashes (Alt+V)</source>
            <translation>Check the whole chain of hashes (Alt+V)</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="306" />
            <source>Checking every entry of the trail...</source>
            <translation>Checking every entry of the trail...</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="361" />
            <source>Error: the file could not be written ({reason}).</source>
            <translation>Error: the file could not be written ({reason}).</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="271" />
            <source>Error: the period ends before it starts; swap the dates.</source>
            <translation>Error: the period ends before it starts; swap the dates.</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="338" />
            <source>Error: the trail could not be checked: {message}</source>
            <translation>Error: the trail could not be checked: {message}</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="357" />
            <source>Error: {message}</source>
            <translation>Error: {message}</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="173" />
            <source>Every creation, change, consultation, disclosure and erasure, in order. Each entry carries the hash of the one before, so that an entry altered, removed or reordered is found by Verify.</source>
            <translation>Every creation, change, consultation, disclosure and erasure, in order. Each entry carries the hash of the one before, so that an entry altered, removed or reordered is found by Verify.</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="182" />
            <location filename="../../ui/audit_page.py" line="348" />
            <source>Export the audit trail</source>
            <translation>Export the audit trail</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="180" />
            <source>Export the whole trail as JSON or CSV for a supervisory authority (Alt+E)</source>
            <translation>Export the whole trail as JSON or CSV for a supervisory authority (Alt+E)</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="365" />
            <source>Exported the whole trail ({fmt}) to {path}. The export itself is recorded in the trail.</source>
            <translation>Exported the whole trail ({fmt}) to {path}. The export itself is recorded in the trail.</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="206" />
            <source>F&amp;rom:</source>
            <translation>F&amp;rom:</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="193" />
            <source>From date</source>
            <translation>From date</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="349" />
            <source>JSON, checkable on its own (*.json);;CSV for spreadsheets (*.csv)</source>
            <translation>JSON, checkable on its own (*.json);;CSV for spreadsheets (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="151" />
            <source>Justification</source>
            <translation>Justification</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="246" />
            <source>No entry matches.</source>
            <translation>No entry matches.</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="144" />
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="152" />
            <source>Recipients</source>
            <translation>Recipients</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="148" />
            <location filename="../../ui/audit_page.py" line="242" />
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="149" />
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="150" />
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="247" />
            <source>Text in the summary or reference</source>
            <translation>Text in the summary or reference</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="195" />
            <source>To date</source>
            <translation>To date</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="177" />
            <source>Verify the audit trail</source>
            <translation>Verify the audit trail</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="145" />
            <source>When (local)</source>
            <translation>When (local)</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="146" />
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="56" />
            <source>agency</source>
            <translation>agency</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="57" />
            <source>agreement</source>
            <translation>agreement</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="57" />
            <source>attachment</source>
            <translation>attachment</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="59" />
            <source>audit</source>
            <translation>audit</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="58" />
            <source>bundle</source>
            <translation>bundle</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="56" />
            <source>case</source>
            <translation>case</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="56" />
            <source>contact</source>
            <translation>contact</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="58" />
            <source>deadline</source>
            <translation>deadline</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="58" />
            <source>document</source>
            <translation>document</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="57" />
            <source>exchange</source>
            <translation>exchange</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="56" />
            <source>person</source>
            <translation>person</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="58" />
            <source>vault</source>
            <translation>vault</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="322" />
            <source>✓ Intact: {n} entries, each following the one before.</source>
            <translation>✓ Intact: {n} entries, each following the one before.</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="326" />
            <source>✗ Broken at entry {seq}: {problem}. Keep the vault as it is and tell your data protection officer.</source>
            <translation>✗ Broken at entry {seq}: {problem}. Keep the vault as it is and tell your data protection officer.</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <location filename="../../ui/charts.py" line="109" />
            <source>Bar: median days to the first answer.  Line: 90th percentile.</source>
            <translation>Bar: median days to the first answer.  Line: 90th percentile.</translation>
        </message>
        <message>
            <location filename="../../ui/charts.py" line="72" />
            <source>No answered requests in this period.</source>
            <translation>No answered requests in this period.</translation>
        </message>
        <message>
            <location filename="../../ui/charts.py" line="51" />
            <source>Response times per country</source>
            <translation>Response times per country</translation>
        </message>
        <message>
            <location filename="../../ui/charts.py" line="75" />
            <source>{label}: median {median} days, 90th percentile {p90} days ({answered} answered, {pending} pending)</source>
            <translation>{label}: median {median} days, 90th percentile {p90} days ({answered} answered, {pending} pending)</translation>
        </message>
        <message>
            <location filename="../../ui/charts.py" line="113" />
            <location filename="../../ui/charts.py" line="135" />
            <source>{median} d · p90 {p90} d</source>
            <translation>{median} d · p90 {p90} d</translation>
        </message>
    </context>
    <context>
        <name>BusyRow</name>
        <message>
            <location filename="../../ui/widgets.py" line="87" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/widgets.py" line="88" />
            <source>Cancel the work in progress</source>
            <translation>Cancel the work in progress</translation>
        </message>
        <message>
            <location filename="../../ui/widgets.py" line="89" />
            <source>Stop before anything is written (Esc)</source>
            <translation>Stop before anything is written (Esc)</translation>
        </message>
    </context>
    <context>
        <name>CaseEditor</name>
        <message>
            <location filename="../../ui/case_editor.py" line="90" />
            <source>A short description an officer recognises; no names of persons.</source>
            <translation>A short description an officer recognises; no names of persons.</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="119" />
            <source>Assigned officer</source>
            <translation>Assigned officer</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="92" />
            <source>Counterpart's reference</source>
            <translation>Counterpart's reference</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="160" />
            <source>Edit case {ref}</source>
            <translation>Edit case {ref}</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="124" />
            <source>Handling</source>
            <translation>Handling</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="117" />
            <source>Handling and legal basis</source>
            <translation>Handling and legal basis</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="48" />
            <location filename="../../ui/case_editor.py" line="121" />
            <source>Legal basis</source>
            <translation>Legal basis</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="115" />
            <source>Needed when the case is urgent.</source>
            <translation>Needed when the case is urgent.</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="81" />
            <location filename="../../ui/case_editor.py" line="146" />
            <source>New case</source>
            <translation>New case</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="51" />
            <source>No legal basis chosen</source>
            <translation>No legal basis chosen</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="109" />
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="135" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="37" />
            <location filename="../../ui/case_editor.py" line="94" />
            <source>Offence category</source>
            <translation>Offence category</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="36" />
            <source>Offence category: type a word</source>
            <translation>Offence category: type a word</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="97" />
            <source>Offence in words</source>
            <translation>Offence in words</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="95" />
            <source>One of the 32 categories of the EIO Directive, Annex D.</source>
            <translation>One of the 32 categories of the EIO Directive, Annex D.</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="114" />
            <source>Reason for urgency</source>
            <translation>Reason for urgency</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="107" />
            <source>Requested state</source>
            <translation>Requested state</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="105" />
            <source>Requesting state</source>
            <translation>Requesting state</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="126" />
            <source>Review date</source>
            <translation>Review date</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="103" />
            <source>States and urgency</source>
            <translation>States and urgency</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="101" />
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="132" />
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="129" />
            <source>Tags and notes</source>
            <translation>Tags and notes</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="87" />
            <source>The case</source>
            <translation>The case</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="122" />
            <source>The case view's legal-basis finder suggests one.</source>
            <translation>The case view's legal-basis finder suggests one.</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="89" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="112" />
            <source>Urgency</source>
            <translation>Urgency</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="109" />
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="98" />
            <source>When no category fits, or to say more.</source>
            <translation>When no category fits, or to say more.</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="127" />
            <source>When to check whether the case's data must still be kept.</source>
            <translation>When to check whether the case's data must still be kept.</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="131" />
            <source>Words separated by commas</source>
            <translation>Words separated by commas</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="81" />
            <source>this case</source>
            <translation>this case</translation>
        </message>
    </context>
    <context>
        <name>CaseView</name>
        <message>
            <location filename="../../ui/case_view.py" line="468" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="493" />
            <source>Agreement to use</source>
            <translation>Agreement to use</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="490" />
            <source>Agreements found and excluded</source>
            <translation>Agreements found and excluded</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="80" />
            <source>Archived</source>
            <translation>Archived</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="92" />
            <source>Archive…</source>
            <translation>Archive…</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="357" />
            <source>Assigned officer</source>
            <translation>Assigned officer</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="79" />
            <source>Awaiting response</source>
            <translation>Awaiting response</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="683" />
            <source>CORRECTED: superseded by a later entry</source>
            <translation>CORRECTED: superseded by a later entry</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="232" />
            <source>Case details</source>
            <translation>Case details</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="817" />
            <source>Case {ref} is now “{new}”.</source>
            <translation>Case {ref} is now “{new}”.</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="911" />
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="323" />
            <source>Change status:</source>
            <translation>Change status:</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="808" />
            <source>Change the status</source>
            <translation>Change the status</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="411" />
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="92" />
            <source>Close the case…</source>
            <translation>Close the case…</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="80" />
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="798" />
            <source>Copied {ref}; the clipboard is cleared in 30 seconds.</source>
            <translation>Copied {ref}; the clipboard is cleared in 30 seconds.</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="264" />
            <location filename="../../ui/case_view.py" line="270" />
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="266" />
            <source>Copy our reference</source>
            <translation>Copy our reference</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="265" />
            <source>Copy our reference (cleared from the clipboard after 30 s)</source>
            <translation>Copy our reference (cleared from the clipboard after 30 s)</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="272" />
            <source>Copy their reference</source>
            <translation>Copy their reference</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="271" />
            <source>Copy their reference (cleared from the clipboard after 30 s)</source>
            <translation>Copy their reference (cleared from the clipboard after 30 s)</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="423" />
            <source>Cross-check matches</source>
            <translation>Cross-check matches</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="456" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="445" />
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="451" />
            <source>Deadlines</source>
            <translation>Deadlines</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="446" />
            <source>Deadlines of the case</source>
            <translation>Deadlines of the case</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="410" />
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="464" />
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="457" />
            <source>Documents of the case</source>
            <translation>Documents of the case</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="78" />
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="282" />
            <source>Draft a formal request document for this case</source>
            <translation>Draft a formal request document for this case</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="710" />
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="445" />
            <source>Due (counterpart's time)</source>
            <translation>Due (counterpart's time)</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="445" />
            <source>Due (your time)</source>
            <translation>Due (your time)</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="280" />
            <source>Edit this case (Ctrl+E)</source>
            <translation>Edit this case (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="279" />
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="440" />
            <source>Exchanges</source>
            <translation>Exchanges</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="411" />
            <source>Exchanges, newest first</source>
            <translation>Exchanges, newest first</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="284" />
            <source>Export this case as an encrypted bundle for a colleague or partner</source>
            <translation>Export this case as an encrypted bundle for a colleague or partner</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="487" />
            <source>Find</source>
            <translation>Find</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="589" />
            <source>From {a} to {b}</source>
            <translation>From {a} to {b}</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="283" />
            <source>Hand over…</source>
            <translation>Hand over…</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="410" />
            <location filename="../../ui/case_view.py" line="456" />
            <source>Handling</source>
            <translation>Handling</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="314" />
            <source>Handling:</source>
            <translation>Handling:</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="474" />
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="468" />
            <source>History of the case</source>
            <translation>History of the case</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="151" />
            <source>It is older than a year: party lists change; ask for a newer pack.</source>
            <translation>It is older than a year: party lists change; ask for a newer pack.</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="357" />
            <source>Legal basis</source>
            <translation>Legal basis</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="973" />
            <source>Legal basis set: {name}.</source>
            <translation>Legal basis set: {name}.</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="285" />
            <location filename="../../ui/case_view.py" line="477" />
            <source>Legal-basis finder</source>
            <translation>Legal-basis finder</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="384" />
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="391" />
            <source>Link a person:</source>
            <translation>Link a person:</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="372" />
            <source>Linked persons</source>
            <translation>Linked persons</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="843" />
            <source>Linked.</source>
            <translation>Linked.</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="410" />
            <source>Links</source>
            <translation>Links</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="416" />
            <source>Log &amp;received…</source>
            <translation>Log &amp;received…</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="414" />
            <source>Log &amp;sent…</source>
            <translation>Log &amp;sent…</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="874" />
            <source>Log an exchange: case {ref}</source>
            <translation>Log an exchange: case {ref}</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="911" />
            <source>Log entries</source>
            <translation>Log entries</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="417" />
            <source>Log something received about this case (Alt+R)</source>
            <translation>Log something received about this case (Alt+R)</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="415" />
            <source>Log something sent about this case (Alt+S)</source>
            <translation>Log something sent about this case (Alt+S)</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="899" />
            <source>Logged as #{seq}, but the cross-check failed: {error}</source>
            <translation>Logged as #{seq}, but the cross-check failed: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="903" />
            <source>Logged as #{seq}.</source>
            <translation>Logged as #{seq}.</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="91" />
            <source>Mark awaiting response…</source>
            <translation>Mark awaiting response…</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="90" />
            <source>Mark request sent…</source>
            <translation>Mark request sent…</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="91" />
            <source>Mark response received…</source>
            <translation>Mark response received…</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="422" />
            <source>Match</source>
            <translation>Match</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="422" />
            <source>Matched on</source>
            <translation>Matched on</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="479" />
            <source>Measure</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="499" />
            <source>Measure:</source>
            <translation>Measure:</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="806" />
            <source>Move case {ref} from “{old}” to “{new}”?</source>
            <translation>Move case {ref} from “{old}” to “{new}”?</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="372" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="375" />
            <source>New person in this case…</source>
            <translation>New person in this case…</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="281" />
            <source>New request…</source>
            <translation>New request…</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="729" />
            <source>No deadline for this case.</source>
            <translation>No deadline for this case.</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="767" />
            <source>No document has been finalised for this case.</source>
            <translation>No document has been finalised for this case.</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="137" />
            <source>No handling code</source>
            <translation>No handling code</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="631" />
            <source>No review date</source>
            <translation>No review date</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="410" />
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="628" />
            <source>Nobody assigned</source>
            <translation>Nobody assigned</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="627" />
            <source>None chosen yet: the legal-basis finder suggests one</source>
            <translation>None chosen yet: the legal-basis finder suggests one</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="577" />
            <source>Normal urgency</source>
            <translation>Normal urgency</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="623" />
            <source>Not given</source>
            <translation>Not given</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="372" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="360" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="926" />
            <source>Nothing in the vault matches this request.</source>
            <translation>Nothing in the vault matches this request.</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="669" />
            <source>Nothing logged yet.</source>
            <translation>Nothing logged yet.</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="356" />
            <source>Offence</source>
            <translation>Offence</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="486" />
            <source>On the date</source>
            <translation>On the date</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="500" />
            <source>On:</source>
            <translation>On:</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="78" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="374" />
            <source>Open person</source>
            <translation>Open person</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="90" />
            <source>Open the case…</source>
            <translation>Open the case…</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="456" />
            <source>Our reference</source>
            <translation>Our reference</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="299" />
            <source>Ours:</source>
            <translation>Ours:</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="379" />
            <source>Person to link</source>
            <translation>Person to link</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="378" />
            <source>Person's reference, e.g. P-2026-0007</source>
            <translation>Person's reference, e.g. P-2026-0007</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="405" />
            <location filename="../../ui/case_view.py" line="911" />
            <source>Persons</source>
            <translation>Persons</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="358" />
            <source>Reason for the status</source>
            <translation>Reason for the status</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="321" />
            <source>Reason for the status change</source>
            <translation>Reason for the status change</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="320" />
            <source>Reason for the status change (needed to reopen)</source>
            <translation>Reason for the status change (needed to reopen)</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="358" />
            <source>Reason for urgency</source>
            <translation>Reason for urgency</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="372" />
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="149" />
            <source>Reference data: pack {v}, status as of {d}.</source>
            <translation>Reference data: pack {v}, status as of {d}.</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="88" />
            <source>Reopen…</source>
            <translation>Reopen…</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="78" />
            <source>Request sent</source>
            <translation>Request sent</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="79" />
            <source>Response received</source>
            <translation>Response received</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="359" />
            <source>Review date</source>
            <translation>Review date</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="372" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="381" />
            <source>Role in the case</source>
            <translation>Role in the case</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="418" />
            <source>Show older entries</source>
            <translation>Show older entries</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="287" />
            <source>Show or hide the legal-basis finder (Ctrl+B)</source>
            <translation>Show or hide the legal-basis finder (Ctrl+B)</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="445" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="445" />
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="356" />
            <source>States</source>
            <translation>States</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="274" />
            <location filename="../../ui/case_view.py" line="456" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="309" />
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="359" />
            <location filename="../../ui/case_view.py" line="368" />
            <location filename="../../ui/case_view.py" line="410" />
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="278" />
            <source>TLP label</source>
            <translation>TLP label</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="359" />
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="768" />
            <source>The documents register of the case (read-only here).</source>
            <translation>The documents register of the case (read-only here).</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="728" />
            <source>The first {n} deadlines are shown.</source>
            <translation>The first {n} deadlines are shown.</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="787" />
            <source>The latest {n} entries; the Audit section lists them all.</source>
            <translation>The latest {n} entries; the Audit section lists them all.</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="303" />
            <source>Theirs:</source>
            <translation>Theirs:</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="356" />
            <location filename="../../ui/case_view.py" line="456" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="410" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="854" />
            <source>Unlink the person</source>
            <translation>Unlink the person</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="854" />
            <source>Unlink {person} from case {ref}?</source>
            <translation>Unlink {person} from case {ref}?</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="376" />
            <source>Unlink…</source>
            <translation>Unlink…</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="276" />
            <source>Urgency</source>
            <translation>Urgency</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="496" />
            <source>Use as legal basis</source>
            <translation>Use as legal basis</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="456" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="468" />
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="420" />
            <source>What the vault already holds about the last request received</source>
            <translation>What the vault already holds about the last request received</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="410" />
            <location filename="../../ui/case_view.py" line="468" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="468" />
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="645" />
            <source>[erased]</source>
            <translation>[erased]</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="681" />
            <source>a correction</source>
            <translation>a correction</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="678" />
            <source>answers #{seq}</source>
            <translation>answers #{seq}</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="678" />
            <source>answers an entry</source>
            <translation>answers an entry</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="681" />
            <source>corrects #{seq}</source>
            <translation>corrects #{seq}</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="919" />
            <source>exact</source>
            <translation>exact</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="714" />
            <source>no time zone recorded</source>
            <translation>no time zone recorded</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="569" />
            <source>none recorded</source>
            <translation>none recorded</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="919" />
            <source>search</source>
            <translation>search</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="624" />
            <source>{a} ({ac}) requests {b} ({bc})</source>
            <translation>{a} ({ac}) requests {b} ({bc})</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="669" />
            <source>{n} entries shown</source>
            <translation>{n} entries shown</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="916" />
            <source>{title}: {n}</source>
            <translation>{title}: {n}</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="710" />
            <source>⚠ Overdue</source>
            <translation>⚠ Overdue</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="574" />
            <source>⚠ Urgent</source>
            <translation>⚠ Urgent</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="710" />
            <source>✓ Met</source>
            <translation>✓ Met</translation>
        </message>
    </context>
    <context>
        <name>CasesPage</name>
        <message>
            <location filename="../../ui/cases_page.py" line="125" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="125" />
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="127" />
            <location filename="../../ui/cases_page.py" line="129" />
            <location filename="../../ui/cases_page.py" line="136" />
            <source>Any</source>
            <translation>Any</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="135" />
            <source>Anyone</source>
            <translation>Anyone</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="98" />
            <location filename="../../ui/cases_page.py" line="103" />
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="86" />
            <source>Changed</source>
            <translation>Changed</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="103" />
            <source>Create a case (Ctrl+N)</source>
            <translation>Create a case (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="138" />
            <source>Create the first case; its reference is given for you.</source>
            <translation>Create the first case; its reference is given for you.</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="141" />
            <source>Filter: reference or title</source>
            <translation>Filter: reference or title</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="78" />
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="143" />
            <source>List of cases</source>
            <translation>List of cases</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="103" />
            <location filename="../../ui/cases_page.py" line="139" />
            <source>New case</source>
            <translation>New case</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="138" />
            <source>No cases yet.</source>
            <translation>No cases yet.</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="77" />
            <location filename="../../ui/cases_page.py" line="127" />
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="83" />
            <source>Offence</source>
            <translation>Offence</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="82" />
            <location filename="../../ui/cases_page.py" line="135" />
            <source>Officer</source>
            <translation>Officer</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="73" />
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="134" />
            <source>Requested state</source>
            <translation>Requested state</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="85" />
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="105" />
            <source>Select a case in the list, or create one with New case (Ctrl+N).</source>
            <translation>Select a case in the list, or create one with New case (Ctrl+N).</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="75" />
            <location filename="../../ui/cases_page.py" line="132" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="136" />
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="80" />
            <source>Their reference</source>
            <translation>Their reference</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="74" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="79" />
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="76" />
            <location filename="../../ui/cases_page.py" line="133" />
            <source>Urgency</source>
            <translation>Urgency</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="127" />
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="77" />
            <source>⚠ Urgent</source>
            <translation>⚠ Urgent</translation>
        </message>
    </context>
    <context>
        <name>CommandPalette</name>
        <message>
            <location filename="../../ui/palette.py" line="261" />
            <source>1 record found for this text.</source>
            <translation>1 record found for this text.</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="239" />
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="59" />
            <source>Agencies</source>
            <translation>Agencies</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="60" />
            <source>Agreements</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="59" />
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="114" />
            <source>Command palette</source>
            <translation>Command palette</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="59" />
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="60" />
            <location filename="../../ui/palette.py" line="61" />
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="60" />
            <source>Exchange log</source>
            <translation>Exchange log</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="415" />
            <source>Go to {section}</source>
            <translation>Go to {section}</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="411" />
            <source>Lock</source>
            <translation>Lock</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="265" />
            <source>No record matches this text.</source>
            <translation>No record matches this text.</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="59" />
            <source>Persons</source>
            <translation>Persons</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="129" />
            <source>Results</source>
            <translation>Results</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="125" />
            <source>Search records or commands</source>
            <translation>Search records or commands</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="447" />
            <source>Search records or run a command (Ctrl+K)</source>
            <translation>Search records or run a command (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="124" />
            <source>Search records or type a command (Up/Down, Enter, Esc)</source>
            <translation>Search records or type a command (Up/Down, Enter, Esc)</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="203" />
            <source>Searching...</source>
            <translation>Searching...</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="412" />
            <source>Settings...</source>
            <translation>Settings...</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="229" />
            <source>The search failed ({kind}).</source>
            <translation>The search failed ({kind}).</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="267" />
            <source>Type to search every record: names in any script, references, summaries.</source>
            <translation>Type to search every record: names in any script, references, summaries.</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="263" />
            <source>{n} records found for this text.</source>
            <translation>{n} records found for this text.</translation>
        </message>
    </context>
    <context>
        <name>ConflictsPanel</name>
        <message>
            <location filename="../../ui/handover.py" line="596" />
            <source>Conflicts to decide: {n}</source>
            <translation>Conflicts to decide: {n}</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="551" />
            <source>Decide</source>
            <translation>Decide</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="550" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="549" />
            <source>Import conflicts</source>
            <translation>Import conflicts</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="578" />
            <source>Keep mine</source>
            <translation>Keep mine</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="579" />
            <source>Keep my version of {what}</source>
            <translation>Keep my version of {what}</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="580" />
            <source>Keep the version in this vault; the bundle's is dismissed</source>
            <translation>Keep the version in this vault; the bundle's is dismissed</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="581" />
            <source>Keep theirs</source>
            <translation>Keep theirs</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="597" />
            <source>No import conflict is waiting for a decision.</source>
            <translation>No import conflict is waiting for a decision.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="550" />
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="584" />
            <source>Replace this vault's version with the bundle's (recorded in the audit trail)</source>
            <translation>Replace this vault's version with the bundle's (recorded in the audit trail)</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="582" />
            <source>Take the bundle's version of {what}</source>
            <translation>Take the bundle's version of {what}</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="588" />
            <source>The exchange log and erased records are never overwritten</source>
            <translation>The exchange log and erased records are never overwritten</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="599" />
            <source>The first {n} are shown; decide these to see the rest.</source>
            <translation>The first {n} are shown; decide these to see the rest.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="550" />
            <source>What</source>
            <translation>What</translation>
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message>
            <location filename="../../ui/contacts_page.py" line="397" />
            <location filename="../../ui/contacts_page.py" line="402" />
            <source>Add agency…</source>
            <translation>Add agency…</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="356" />
            <location filename="../../ui/contacts_page.py" line="363" />
            <source>Add contact…</source>
            <translation>Add contact…</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="396" />
            <source>Add the bodies your counterparts work for.</source>
            <translation>Add the bodies your counterparts work for.</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="355" />
            <source>Add your first counterpart, or import a vCard.</source>
            <translation>Add your first counterpart, or import a vCard.</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="407" />
            <source>Agencies</source>
            <translation>Agencies</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="342" />
            <location filename="../../ui/contacts_page.py" line="351" />
            <source>Agency</source>
            <translation>Agency</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="333" />
            <source>All agencies</source>
            <translation>All agencies</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="350" />
            <location filename="../../ui/contacts_page.py" line="391" />
            <source>All countries</source>
            <translation>All countries</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="392" />
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="522" />
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="501" />
            <source>Choose a country in the list's Country filter: cards without one take it.</source>
            <translation>Choose a country in the list's Country filter: cards without one take it.</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="406" />
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="318" />
            <source>Contacts and agencies</source>
            <translation>Contacts and agencies</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="468" />
            <source>Could not read {path}: {why}. Nothing was imported.</source>
            <translation>Could not read {path}: {why}. Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="549" />
            <source>Could not write {path}: {why}.</source>
            <translation>Could not write {path}: {why}.</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="344" />
            <location filename="../../ui/contacts_page.py" line="350" />
            <location filename="../../ui/contacts_page.py" line="387" />
            <location filename="../../ui/contacts_page.py" line="391" />
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="346" />
            <location filename="../../ui/contacts_page.py" line="388" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="404" />
            <source>Edit agency</source>
            <translation>Edit agency</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="365" />
            <source>Edit contact</source>
            <translation>Edit contact</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="534" />
            <source>Export contacts as a vCard file</source>
            <translation>Export contacts as a vCard file</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="373" />
            <source>Export the selected contacts, or all contacts of the list's country, as a vCard file</source>
            <translation>Export the selected contacts, or all contacts of the list's country, as a vCard file</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="371" />
            <source>Export vCard…</source>
            <translation>Export vCard…</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="398" />
            <source>Filter agencies: name, e-mail, address…</source>
            <translation>Filter agencies: name, e-mail, address…</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="359" />
            <source>Filter contacts: name, e-mail, phone, notes…</source>
            <translation>Filter contacts: name, e-mail, phone, notes…</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="497" />
            <source>Import cancelled: nothing was imported.</source>
            <translation>Import cancelled: nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="457" />
            <source>Import contacts from a vCard file</source>
            <translation>Import contacts from a vCard file</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="370" />
            <source>Import the contacts of a vCard file (.vcf)</source>
            <translation>Import the contacts of a vCard file (.vcf)</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="357" />
            <location filename="../../ui/contacts_page.py" line="369" />
            <source>Import vCard…</source>
            <translation>Import vCard…</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="509" />
            <source>Importing the contacts of {name}…</source>
            <translation>Importing the contacts of {name}…</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="386" />
            <location filename="../../ui/contacts_page.py" line="392" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="345" />
            <source>Languages</source>
            <translation>Languages</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="341" />
            <location filename="../../ui/contacts_page.py" line="385" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="403" />
            <source>New agency</source>
            <translation>New agency</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="364" />
            <source>New contact</source>
            <translation>New contact</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="395" />
            <source>No agencies yet.</source>
            <translation>No agencies yet.</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="354" />
            <source>No contacts yet.</source>
            <translation>No contacts yet.</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="546" />
            <source>Nothing was exported: {why}</source>
            <translation>Nothing was exported: {why}</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="503" />
            <source>Nothing was imported: {why}</source>
            <translation>Nothing was imported: {why}</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="343" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="487" />
            <source>Skipped:</source>
            <translation>Skipped:</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="463" />
            <source>The file is too large for a vCard file ({size:,} bytes); nothing was imported.</source>
            <translation>The file is too large for a vCard file ({size:,} bytes); nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="347" />
            <source>Time zone</source>
            <translation>Time zone</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="552" />
            <source>{n} contact(s) exported to {path}.</source>
            <translation>{n} contact(s) exported to {path}.</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="485" />
            <source>{n} contact(s) imported, {k} skipped.</source>
            <translation>{n} contact(s) imported, {k} skipped.</translation>
        </message>
    </context>
    <context>
        <name>CountryPicker</name>
        <message>
            <location filename="../../ui/pickers.py" line="303" />
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <location filename="../../ui/pickers.py" line="301" />
            <source>Country: name or code</source>
            <translation>Country: name or code</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../ui/sections.py" line="218" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="233" />
            <source>Archived</source>
            <translation>Archived</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="232" />
            <source>Awaiting response</source>
            <translation>Awaiting response</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="233" />
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="199" />
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="231" />
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="221" />
            <source>EIO</source>
            <translation>EIO</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="210" />
            <source>Key slots</source>
            <translation>Key slots</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="216" />
            <source>Latest entries of the audit trail</source>
            <translation>Latest entries of the audit trail</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="220" />
            <source>MLA request</source>
            <translation>MLA request</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="231" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="213" />
            <source>Recent activity</source>
            <translation>Recent activity</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="218" />
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="231" />
            <source>Request sent</source>
            <translation>Request sent</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="232" />
            <source>Response received</source>
            <translation>Response received</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="209" />
            <source>Schema version</source>
            <translation>Schema version</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="218" />
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="281" />
            <source>The audit trail is empty.</source>
            <translation>The audit trail is empty.</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="278" />
            <source>The last {shown} of {total} entries; the Audit section lists them all.</source>
            <translation>The last {shown} of {total} entries; the Audit section lists them all.</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="211" />
            <source>This session</source>
            <translation>This session</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="208" />
            <source>Vault</source>
            <translation>Vault</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="218" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="218" />
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="222" />
            <source>acknowledgement</source>
            <translation>acknowledgement</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="241" />
            <source>changed</source>
            <translation>changed</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="242" />
            <source>combined</source>
            <translation>combined</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="241" />
            <source>consulted</source>
            <translation>consulted</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="241" />
            <source>created</source>
            <translation>created</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="242" />
            <source>disclosed</source>
            <translation>disclosed</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="242" />
            <source>erased</source>
            <translation>erased</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="243" />
            <source>exported</source>
            <translation>exported</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="243" />
            <source>imported</source>
            <translation>imported</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="254" />
            <source>keychain ({backend}), since {date}</source>
            <translation>keychain ({backend}), since {date}</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="223" />
            <source>other</source>
            <translation>other</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="220" />
            <source>preservation request</source>
            <translation>preservation request</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="221" />
            <source>request for information</source>
            <translation>request for information</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="222" />
            <source>spontaneous information</source>
            <translation>spontaneous information</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="223" />
            <source>status inquiry</source>
            <translation>status inquiry</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="257" />
            <source>{action} {record}</source>
            <translation>{action} {record}</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="255" />
            <source>{action} {record}: {summary}</source>
            <translation>{action} {record}: {summary}</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="204" />
            <source>{d} d</source>
            <translation>{d} d</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="204" />
            <source>{d} d {h} h</source>
            <translation>{d} d {h} h</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="206" />
            <source>{h} h</source>
            <translation>{h} h</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="207" />
            <source>{m} min</source>
            <translation>{m} min</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="257" />
            <source>{type}, since {date}</source>
            <translation>{type}, since {date}</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage2</name>
        <message>
            <location filename="../../ui/dashboard_page.py" line="511" />
            <source>#{seq} {type}</source>
            <translation>#{seq} {type}</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="335" />
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="355" />
            <source>Awaiting a response</source>
            <translation>Awaiting a response</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="480" />
            <source>Awaiting a response, longest wait first</source>
            <translation>Awaiting a response, longest wait first</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="342" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="343" />
            <source>Cancel reading the dashboard</source>
            <translation>Cancel reading the dashboard</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="350" />
            <location filename="../../ui/dashboard_page.py" line="353" />
            <location filename="../../ui/dashboard_page.py" line="356" />
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="358" />
            <source>Cases by status</source>
            <translation>Cases by status</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="540" />
            <source>Days from our request to the first answer, per country, over the whole log (the Statistics figures). {n} countries shown.</source>
            <translation>Days from our request to the first answer, per country, over the whole log (the Statistics figures). {n} countries shown.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="350" />
            <location filename="../../ui/dashboard_page.py" line="353" />
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="354" />
            <source>Deadlines due soon</source>
            <translation>Deadlines due soon</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="350" />
            <location filename="../../ui/dashboard_page.py" line="353" />
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="493" />
            <source>Due in {span}</source>
            <translation>Due in {span}</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="352" />
            <source>Due soon</source>
            <translation>Due soon</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="479" />
            <source>Due soon, within 7 days ({n})</source>
            <translation>Due soon, within 7 days ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="464" />
            <source>Error: {message}</source>
            <translation>Error: {message}</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="517" />
            <source>No request is waiting for an answer.</source>
            <translation>No request is waiting for an answer.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="500" />
            <source>Nothing due in the next 7 days.</source>
            <translation>Nothing due in the next 7 days.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="500" />
            <source>Nothing overdue.</source>
            <translation>Nothing overdue.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="349" />
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="478" />
            <source>Overdue ({n})</source>
            <translation>Overdue ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="491" />
            <source>Overdue by {span}</source>
            <translation>Overdue by {span}</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="351" />
            <source>Overdue deadlines</source>
            <translation>Overdue deadlines</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="336" />
            <source>Read the figures again (F5)</source>
            <translation>Read the figures again (F5)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="434" />
            <source>Reading deadlines, requests and statistics...</source>
            <translation>Reading deadlines, requests and statistics...</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="367" />
            <location filename="../../ui/dashboard_page.py" line="368" />
            <source>Recent activity</source>
            <translation>Recent activity</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="337" />
            <source>Refresh the dashboard</source>
            <translation>Refresh the dashboard</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="356" />
            <source>Request</source>
            <translation>Request</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="357" />
            <source>Requests awaiting a response</source>
            <translation>Requests awaiting a response</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="364" />
            <source>Response times per country (requests sent)</source>
            <translation>Response times per country (requests sent)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="356" />
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="350" />
            <location filename="../../ui/dashboard_page.py" line="353" />
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="550" />
            <source>The audit trail is empty.</source>
            <translation>The audit trail is empty.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="458" />
            <source>The dashboard could not be read ({kind}). The other sections still work.</source>
            <translation>The dashboard could not be read ({kind}). The other sections still work.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="552" />
            <source>The last {n} of {total} entries; the Audit section lists them all.</source>
            <translation>The last {n} of {total} entries; the Audit section lists them all.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="356" />
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="368" />
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="331" />
            <source>What needs me today</source>
            <translation>What needs me today</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="368" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="368" />
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="472" />
            <source>{n} awaiting a response</source>
            <translation>{n} awaiting a response</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="508" />
            <source>{n} day waiting</source>
            <translation>{n} day waiting</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="509" />
            <source>{n} days waiting</source>
            <translation>{n} days waiting</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="471" />
            <source>{n} due within 7 days</source>
            <translation>{n} due within 7 days</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="470" />
            <source>{n} overdue</source>
            <translation>{n} overdue</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="530" />
            <source>{status}: {n} cases</source>
            <translation>{status}: {n} cases</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="513" />
            <source>{what} to {country}</source>
            <translation>{what} to {country}</translation>
        </message>
    </context>
    <context>
        <name>DatePicker</name>
        <message>
            <location filename="../../ui/pickers.py" line="670" />
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <location filename="../../ui/pickers.py" line="672" />
            <source>Clear the date</source>
            <translation>Clear the date</translation>
        </message>
        <message>
            <location filename="../../ui/pickers.py" line="668" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/pickers.py" line="671" />
            <source>Leave the date blank</source>
            <translation>Leave the date blank</translation>
        </message>
        <message>
            <location filename="../../ui/pickers.py" line="657" />
            <source>No date</source>
            <translation>No date</translation>
        </message>
    </context>
    <context>
        <name>DateTimeZonePicker</name>
        <message>
            <location filename="../../ui/pickers.py" line="577" />
            <source>Date and time</source>
            <translation>Date and time</translation>
        </message>
    </context>
    <context>
        <name>DelayedBusy</name>
        <message>
            <location filename="../../ui/widgets.py" line="55" />
            <source>Busy</source>
            <translation>Busy</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <location filename="../../ui/dialogs.py" line="100" />
            <source>Print</source>
            <translation>Print</translation>
        </message>
    </context>
    <context>
        <name>Directory</name>
        <message>
            <location filename="../../ui/exchanges_page.py" line="79" />
            <source>(corrected)</source>
            <translation>(corrected)</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="133" />
            <source>(not given)</source>
            <translation>(not given)</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="65" />
            <source>, status as of {d}</source>
            <translation>, status as of {d}</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="77" />
            <source>24/7 cybercrime network</source>
            <translation>24/7 cybercrime network</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="149" />
            <source>24/7 point of contact</source>
            <translation>24/7 point of contact</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="319" />
            <source>A contact: name or e-mail</source>
            <translation>A contact: name or e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="327" />
            <source>A received request is cross-checked against the vault on these.</source>
            <translation>A received request is cross-checked against the vault on these.</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="253" />
            <location filename="../../ui/agreements_page.py" line="106" />
            <source>Accepted languages</source>
            <translation>Accepted languages</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="106" />
            <source>Accuracy not in doubt</source>
            <translation>Accuracy not in doubt</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="70" />
            <source>Acknowledgement</source>
            <translation>Acknowledgement</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="65" />
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="166" />
            <source>Add file…</source>
            <translation>Add file…</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="299" />
            <source>Add parties</source>
            <translation>Add parties</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="66" />
            <source>Add the country (Enter)</source>
            <translation>Add the country (Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="141" />
            <location filename="../../ui/contacts_page.py" line="296" />
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="110" />
            <source>Adopted</source>
            <translation>Adopted</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="90" />
            <location filename="../../ui/contact_editor.py" line="124" />
            <location filename="../../ui/contact_editor.py" line="125" />
            <location filename="../../ui/contacts_page.py" line="274" />
            <source>Agency</source>
            <translation>Agency</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="219" />
            <location filename="../../ui/agreements_page.py" line="182" />
            <source>Agreement</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="157" />
            <source>Agreements that can carry the request</source>
            <translation>Agreements that can carry the request</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="158" />
            <source>Agreements that cannot, and why</source>
            <translation>Agreements that cannot, and why</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="246" />
            <location filename="../../ui/agreements_page.py" line="99" />
            <source>Article on assistance</source>
            <translation>Article on assistance</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="88" />
            <source>As the counterpart writes it, in any script.</source>
            <translation>As the counterpart writes it, in any script.</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="191" />
            <source>Attach a file</source>
            <translation>Attach a file</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="344" />
            <source>Attachments</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="250" />
            <source>Authorities, languages, channels</source>
            <translation>Authorities, languages, channels</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="137" />
            <source>Banking and financial information (accounts, transactions, monitoring)</source>
            <translation>Banking and financial information (accounts, transactions, monitoring)</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="120" />
            <source>Bilateral treaty</source>
            <translation>Bilateral treaty</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="159" />
            <source>Can be used</source>
            <translation>Can be used</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="160" />
            <source>Cannot be used</source>
            <translation>Cannot be used</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="316" />
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="316" />
            <source>Case number or title</source>
            <translation>Case number or title</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="160" />
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="251" />
            <location filename="../../ui/agreements_page.py" line="103" />
            <source>Central authorities</source>
            <translation>Central authorities</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="80" />
            <source>Central authority</source>
            <translation>Central authority</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="304" />
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="254" />
            <location filename="../../ui/agreements_page.py" line="107" />
            <location filename="../../ui/contact_editor.py" line="135" />
            <location filename="../../ui/contacts_page.py" line="293" />
            <source>Channels</source>
            <translation>Channels</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="128" />
            <source>Check the vault again for this request's names, references and identifiers (recorded in the audit trail)</source>
            <translation>Check the vault again for this request's names, references and identifiers (recorded in the audit trail)</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="128" />
            <source>Choose a kind</source>
            <translation>Choose a kind</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="132" />
            <location filename="../../ui/contacts_page.py" line="172" />
            <source>Choose a record in the list to see it here.</source>
            <translation>Choose a record in the list to see it here.</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="230" />
            <source>Choose a type</source>
            <translation>Choose a type</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="203" />
            <source>Choose the requesting and the requested state.</source>
            <translation>Choose the requesting and the requested state.</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="68" />
            <source>Chosen countries</source>
            <translation>Chosen countries</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="255" />
            <source>Clauses and notes</source>
            <translation>Clauses and notes</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="125" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="126" />
            <source>Close the cross-check result</source>
            <translation>Close the cross-check result</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="63" />
            <source>Complete list</source>
            <translation>Complete list</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="335" />
            <source>Conditions of use</source>
            <translation>Conditions of use</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="257" />
            <location filename="../../ui/agreements_page.py" line="109" />
            <source>Confidentiality</source>
            <translation>Confidentiality</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="139" />
            <source>Confiscation and asset recovery</source>
            <translation>Confiscation and asset recovery</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="85" />
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="132" />
            <source>Content data</source>
            <translation>Content data</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="141" />
            <source>Controlled deliveries</source>
            <translation>Controlled deliveries</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="364" />
            <source>Correct log entry #{seq}</source>
            <translation>Correct log entry #{seq}</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="291" />
            <source>Correction</source>
            <translation>Correction</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="317" />
            <source>Counterpart</source>
            <translation>Counterpart</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="322" />
            <source>Counterpart's country</source>
            <translation>Counterpart's country</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="321" />
            <source>Counterpart's name</source>
            <translation>Counterpart's name</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="94" />
            <location filename="../../ui/contact_editor.py" line="132" />
            <location filename="../../ui/contacts_page.py" line="277" />
            <location filename="../../ui/contacts_page.py" line="291" />
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="148" />
            <source>Court</source>
            <translation>Court</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="140" />
            <source>Covert investigations</source>
            <translation>Covert investigations</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="126" />
            <source>Criminal records</source>
            <translation>Criminal records</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="113" />
            <location filename="../../ui/exchanges_page.py" line="149" />
            <location filename="../../ui/exchanges_page.py" line="205" />
            <source>Cross-check</source>
            <translation>Cross-check</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="116" />
            <source>Cross-check matches</source>
            <translation>Cross-check matches</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="149" />
            <source>Cross-check of {ref}</source>
            <translation>Cross-check of {ref}</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="151" />
            <source>Customs</source>
            <translation>Customs</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="258" />
            <location filename="../../ui/agreements_page.py" line="110" />
            <source>Data protection</source>
            <translation>Data protection</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="153" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="238" />
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="117" />
            <source>Demo data</source>
            <translation>Demo data</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="79" />
            <source>Diplomatic channel</source>
            <translation>Diplomatic channel</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="88" />
            <source>Direct</source>
            <translation>Direct</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="299" />
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="152" />
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="99" />
            <location filename="../../ui/contact_editor.py" line="138" />
            <location filename="../../ui/contacts_page.py" line="280" />
            <location filename="../../ui/contacts_page.py" line="295" />
            <location filename="../../ui/i18n.py" line="81" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="121" />
            <source>EU instrument</source>
            <translation>EU instrument</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="118" />
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="119" />
            <source>Edit the selected record (Ctrl+E)</source>
            <translation>Edit the selected record (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="123" />
            <source>Enter or double-click opens the record</source>
            <translation>Enter or double-click opens the record</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="118" />
            <source>Entered here</source>
            <translation>Entered here</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="236" />
            <source>Error: {text}</source>
            <translation>Error: {text}</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="69" />
            <source>European Investigation Order</source>
            <translation>European Investigation Order</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="75" />
            <source>Europol SIENA</source>
            <translation>Europol SIENA</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="334" />
            <source>Evaluation (4x4)</source>
            <translation>Evaluation (4x4)</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="133" />
            <source>Expedited preservation of stored computer data</source>
            <translation>Expedited preservation of stored computer data</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="114" />
            <source>Expires</source>
            <translation>Expires</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="86" />
            <source>Fictional demo data.</source>
            <translation>Fictional demo data.</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="164" />
            <source>Files to attach</source>
            <translation>Files to attach</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="139" />
            <source>Find the legal basis</source>
            <translation>Find the legal basis</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="140" />
            <source>Find the legal basis (Ctrl+Enter)</source>
            <translation>Find the legal basis (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="312" />
            <source>For requests for information: direct or indirect access (Directive 2023/977).</source>
            <translation>For requests for information: direct or indirect access (Directive 2023/977).</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="138" />
            <source>Freezing of evidence or assets</source>
            <translation>Freezing of evidence or assets</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="213" />
            <source>Governs</source>
            <translation>Governs</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="92" />
            <source>Granted</source>
            <translation>Granted</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="333" />
            <source>Handling</source>
            <translation>Handling</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="331" />
            <source>Handling and conditions</source>
            <translation>Handling and conditions</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="128" />
            <source>Hearing by videoconference or telephone</source>
            <translation>Hearing by videoconference or telephone</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="127" />
            <source>Hearing of a witness, expert, victim, suspect or third party</source>
            <translation>Hearing of a witness, expert, victim, suspect or third party</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="134" />
            <source>How to reach it</source>
            <translation>How to reach it</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="96" />
            <source>How to reach them</source>
            <translation>How to reach them</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="76" />
            <source>INTERPOL I-24/7</source>
            <translation>INTERPOL I-24/7</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="129" />
            <source>Identification of the holder of a telephone number or IP address</source>
            <translation>Identification of the holder of a telephone number or IP address</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="328" />
            <source>Identifiers</source>
            <translation>Identifiers</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="119" />
            <source>Imported</source>
            <translation>Imported</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="112" />
            <source>In force from</source>
            <translation>In force from</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="83" />
            <source>In person</source>
            <translation>In person</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="89" />
            <source>Indirect</source>
            <translation>Indirect</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="310" />
            <source>Information access</source>
            <translation>Information access</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="222" />
            <source>Information accuracy</source>
            <translation>Information accuracy</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="125" />
            <source>Information from police or judicial databases</source>
            <translation>Information from police or judicial databases</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="124" />
            <source>Information or evidence already held by the requested authorities</source>
            <translation>Information or evidence already held by the requested authorities</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="95" />
            <source>Information provided</source>
            <translation>Information provided</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="219" />
            <source>Information: not evaluated</source>
            <translation>Information: not evaluated</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="226" />
            <source>Instrument</source>
            <translation>Instrument</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="135" />
            <source>Interception of telecommunications</source>
            <translation>Interception of telecommunications</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="228" />
            <source>It is older than a year: party lists change; ask for a newer pack.</source>
            <translation>It is older than a year: party lists change; ask for a newer pack.</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="142" />
            <source>Joint investigation team</source>
            <translation>Joint investigation team</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="256" />
            <location filename="../../ui/agreements_page.py" line="108" />
            <source>Key articles</source>
            <translation>Key articles</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="131" />
            <location filename="../../ui/contacts_page.py" line="290" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ui/contact_common.py" line="302" />
            <source>Known</source>
            <translation>Known</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="107" />
            <source>Known personally to the source but not to the officer passing it on</source>
            <translation>Known personally to the source but not to the officer passing it on</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="95" />
            <location filename="../../ui/contact_editor.py" line="133" />
            <location filename="../../ui/contacts_page.py" line="278" />
            <location filename="../../ui/contacts_page.py" line="292" />
            <source>Languages</source>
            <translation>Languages</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="323" />
            <source>Legal basis</source>
            <translation>Legal basis</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="78" />
            <source>Liaison officer network</source>
            <translation>Liaison officer network</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="340" />
            <source>Linking a response meets the request's deadlines.</source>
            <translation>Linking a response meets the request's deadlines.</translation>
        </message>
        <message>
            <location filename="../../ui/contact_common.py" line="290" />
            <source>Local time there: {day} {time} (UTC{offset})</source>
            <translation>Local time there: {day} {time} (UTC{offset})</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="355" />
            <source>Log a received exchange</source>
            <translation>Log a received exchange</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="355" />
            <source>Log a sent exchange</source>
            <translation>Log a sent exchange</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="283" />
            <source>Log an exchange</source>
            <translation>Log an exchange</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="162" />
            <source>Log entries</source>
            <translation>Log entries</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="118" />
            <source>Match</source>
            <translation>Match</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="118" />
            <source>Matched on</source>
            <translation>Matched on</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="128" />
            <source>Measure</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="148" />
            <source>Measure:</source>
            <translation>Measure:</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="245" />
            <location filename="../../ui/agreements_page.py" line="98" />
            <source>Measures covered</source>
            <translation>Measures covered</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="248" />
            <location filename="../../ui/agreements_page.py" line="101" />
            <source>Measures excluded</source>
            <translation>Measures excluded</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="247" />
            <location filename="../../ui/agreements_page.py" line="100" />
            <source>Measures listed</source>
            <translation>Measures listed</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="123" />
            <source>Memorandum of understanding</source>
            <translation>Memorandum of understanding</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="154" />
            <source>Met</source>
            <translation>Met</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="103" />
            <source>Mostly reliable in the past</source>
            <translation>Mostly reliable in the past</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="104" />
            <source>Mostly unreliable in the past</source>
            <translation>Mostly unreliable in the past</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="122" />
            <source>Multilateral convention</source>
            <translation>Multilateral convention</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="244" />
            <location filename="../../ui/agreements_page.py" line="87" />
            <source>Mutual assistance in general terms</source>
            <translation>Mutual assistance in general terms</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="65" />
            <source>Mutual legal assistance request</source>
            <translation>Mutual legal assistance request</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="87" />
            <location filename="../../ui/contact_editor.py" line="126" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="326" />
            <source>Names in it</source>
            <translation>Names in it</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="60" />
            <source>No agency</source>
            <translation>No agency</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="102" />
            <source>No doubt about authenticity and reliability</source>
            <translation>No doubt about authenticity and reliability</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="171" />
            <source>No match in the vault for the {k} name(s), reference(s) and identifier(s) checked.</source>
            <translation>No match in the vault for the {k} name(s), reference(s) and identifier(s) checked.</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="96" />
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="231" />
            <source>None: see below why each agreement cannot be used.</source>
            <translation>None: see below why each agreement cannot be used.</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="84" />
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="307" />
            <source>Not a formal request or reply</source>
            <translation>Not a formal request or reply</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="341" />
            <source>Not a response</source>
            <translation>Not a response</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="311" />
            <source>Not applicable</source>
            <translation>Not applicable</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="72" />
            <source>Not bound: {state}: {reason}</source>
            <translation>Not bound: {state}: {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="109" />
            <source>Not known personally to the source and cannot be corroborated</source>
            <translation>Not known personally to the source and cannot be corroborated</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="108" />
            <source>Not known personally to the source but corroborated by information already held</source>
            <translation>Not known personally to the source but corroborated by information already held</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="305" />
            <location filename="../../ui/exchange_log_editor.py" line="502" />
            <source>Not recorded</source>
            <translation>Not recorded</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="55" />
            <source>Not recorded: add the parties to use it in the legal-basis finder.</source>
            <translation>Not recorded: add the parties to use it in the legal-basis finder.</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="260" />
            <location filename="../../ui/agreements_page.py" line="112" />
            <location filename="../../ui/contact_editor.py" line="103" />
            <location filename="../../ui/contact_editor.py" line="143" />
            <location filename="../../ui/contacts_page.py" line="283" />
            <location filename="../../ui/contacts_page.py" line="298" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="132" />
            <source>Offence</source>
            <translation>Offence</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="149" />
            <source>Offence:</source>
            <translation>Offence:</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="249" />
            <location filename="../../ui/agreements_page.py" line="102" />
            <source>Offences covered</source>
            <translation>Offences covered</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="150" />
            <source>On the date:</source>
            <translation>On the date:</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="249" />
            <source>One a line</source>
            <translation>One a line</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="136" />
            <source>One a line, e.g. Central authority: registry</source>
            <translation>One a line, e.g. Central authority: registry</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="101" />
            <source>One a line, e.g. Europol SIENA: unit@siena</source>
            <translation>One a line, e.g. Europol SIENA: unit@siena</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="252" />
            <source>One a line: an agency's name, or CC: name</source>
            <translation>One a line: an agency's name, or CC: name</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="329" />
            <source>One a line: document numbers, phone numbers, accounts</source>
            <translation>One a line: document numbers, phone numbers, accounts</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="326" />
            <source>One name a line, in any script</source>
            <translation>One name a line, in any script</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="137" />
            <source>One number a line</source>
            <translation>One number a line</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="97" />
            <source>One number a line, e.g. +30 210 000 0000</source>
            <translation>One number a line, e.g. +30 210 000 0000</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="215" />
            <source>Only if: {text}</source>
            <translation>Only if: {text}</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="243" />
            <location filename="../../ui/agreements_page.py" line="88" />
            <source>Only the measures listed</source>
            <translation>Only the measures listed</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="320" />
            <source>Or leave empty and give the name and country below.</source>
            <translation>Or leave empty and give the name and country below.</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="91" />
            <location filename="../../ui/contacts_page.py" line="275" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="92" />
            <location filename="../../ui/contacts_page.py" line="284" />
            <location filename="../../ui/contacts_page.py" line="299" />
            <source>Origin</source>
            <translation>Origin</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="72" />
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="324" />
            <source>Our reference</source>
            <translation>Our reference</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="341" />
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="153" />
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="63" />
            <source>Partial list: other states' status not recorded</source>
            <translation>Partial list: other states' status not recorded</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="93" />
            <source>Partially granted</source>
            <translation>Partially granted</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="234" />
            <location filename="../../ui/agreement_editor.py" line="236" />
            <location filename="../../ui/agreements_page.py" line="93" />
            <source>Parties</source>
            <translation>Parties</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="161" />
            <source>Persons</source>
            <translation>Persons</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="97" />
            <location filename="../../ui/contact_editor.py" line="137" />
            <location filename="../../ui/contacts_page.py" line="279" />
            <location filename="../../ui/contacts_page.py" line="294" />
            <source>Phones</source>
            <translation>Phones</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="146" />
            <source>Police</source>
            <translation>Police</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="66" />
            <source>Preservation request</source>
            <translation>Preservation request</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="147" />
            <source>Prosecutor</source>
            <translation>Prosecutor</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="134" />
            <source>Real-time collection of traffic data</source>
            <translation>Real-time collection of traffic data</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="295" />
            <source>Reason for the correction</source>
            <translation>Reason for the correction</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="182" />
            <source>Reasons</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="74" />
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="228" />
            <location filename="../../ui/agreements_page.py" line="90" />
            <location filename="../../ui/agreements_page.py" line="182" />
            <location filename="../../ui/exchanges_page.py" line="118" />
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="116" />
            <source>Reference data</source>
            <translation>Reference data</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="81" />
            <source>Reference data from Liaison's catalogue, kept as its source has it; its parties come from the reference pack (version {v}, status as of {d}). Source: {source}</source>
            <translation>Reference data from Liaison's catalogue, kept as its source has it; its parties come from the reference pack (version {v}, status as of {d}). Source: {source}</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="226" />
            <source>Reference data: pack {v}, status as of {d}.</source>
            <translation>Reference data: pack {v}, status as of {d}.</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="94" />
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="105" />
            <source>Reliability cannot be assessed</source>
            <translation>Reliability cannot be assessed</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="70" />
            <location filename="../../ui/exchange_log_editor.py" line="167" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="337" />
            <source>Request and response</source>
            <translation>Request and response</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="67" />
            <source>Request for information (Directive 2023/977)</source>
            <translation>Request for information (Directive 2023/977)</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="152" />
            <source>Requested state</source>
            <translation>Requested state</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="147" />
            <source>Requested state:</source>
            <translation>Requested state:</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="151" />
            <source>Requesting state</source>
            <translation>Requesting state</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="146" />
            <source>Requesting state:</source>
            <translation>Requesting state:</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="296" />
            <source>Required for a correction. The corrected entry stays in the log, marked as corrected.</source>
            <translation>Required for a correction. The corrected entry stays in the log, marked as corrected.</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="259" />
            <location filename="../../ui/agreements_page.py" line="111" />
            <source>Reservations</source>
            <translation>Reservations</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="343" />
            <source>Response due</source>
            <translation>Response due</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="338" />
            <source>Response to</source>
            <translation>Response to</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="129" />
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="115" />
            <source>Review date</source>
            <translation>Review date</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="93" />
            <location filename="../../ui/contacts_page.py" line="276" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="124" />
            <source>Run the cross-check</source>
            <translation>Run the cross-check</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="255" />
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="450" />
            <source>Saving and encrypting the attachments…</source>
            <translation>Saving and encrypting the attachments…</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="366" />
            <source>Saving logs a new entry that corrects #{seq}. #{seq} stays in the log as it was, marked as corrected.</source>
            <translation>Saving logs a new entry that corrects #{seq}. #{seq} stays in the log as it was, marked as corrected.</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="241" />
            <source>Scope</source>
            <translation>Scope</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="136" />
            <source>Search and seizure</source>
            <translation>Search and seizure</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="100" />
            <location filename="../../ui/contacts_page.py" line="281" />
            <source>Secure channels</source>
            <translation>Secure channels</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="73" />
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="144" />
            <source>Service of documents</source>
            <translation>Service of documents</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="343" />
            <source>Set a date the response is due</source>
            <translation>Set a date the response is due</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="111" />
            <source>Signed</source>
            <translation>Signed</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="150" />
            <source>Single point of contact (SPOC)</source>
            <translation>Single point of contact (SPOC)</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="261" />
            <location filename="../../ui/agreements_page.py" line="113" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="221" />
            <source>Source reliability</source>
            <translation>Source reliability</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="217" />
            <source>Source: not evaluated</source>
            <translation>Source: not evaluated</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="68" />
            <source>Spontaneous information</source>
            <translation>Spontaneous information</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="71" />
            <source>Status inquiry</source>
            <translation>Status inquiry</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="130" />
            <source>Subscriber data</source>
            <translation>Subscriber data</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="313" />
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="82" />
            <source>Telephone</source>
            <translation>Telephone</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="143" />
            <source>Temporary transfer of a person in custody</source>
            <translation>Temporary transfer of a person in custody</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="154" />
            <source>The cross-check failed: {why}</source>
            <translation>The cross-check failed: {why}</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="303" />
            <source>The date and time where it happened; stored in UTC.</source>
            <translation>The date and time where it happened; stored in UTC.</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="339" />
            <source>The request it answers: #42, or words</source>
            <translation>The request it answers: #42, or words</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="237" />
            <source>The states bound by it. Leave empty when not known: the legal-basis finder never guesses.</source>
            <translation>The states bound by it. Leave empty when not known: the legal-basis finder never guesses.</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="325" />
            <source>Their reference</source>
            <translation>Their reference</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="295" />
            <source>This instrument comes from Liaison's reference catalogue and is kept as its source has it: only its parties can be added here. Source: {source}</source>
            <translation>This instrument comes from Liaison's reference catalogue and is kept as its source has it: only its parties can be added here. Source: {source}</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="289" />
            <source>This instrument comes from Liaison's reference catalogue: its parties come from the reference pack (version {v}, status as of {d}), with their sources; install a newer pack to change them (liaison reference import FILE). Source: {source}</source>
            <translation>This instrument comes from Liaison's reference catalogue: its parties come from the reference pack (version {v}, status as of {d}), with their sources; install a newer pack to change them (liaison reference import FILE). Source: {source}</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="102" />
            <location filename="../../ui/contact_editor.py" line="142" />
            <location filename="../../ui/contacts_page.py" line="282" />
            <location filename="../../ui/contacts_page.py" line="297" />
            <source>Time zone</source>
            <translation>Time zone</translation>
        </message>
        <message>
            <location filename="../../ui/contact_common.py" line="303" />
            <source>Time zone known</source>
            <translation>Time zone known</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="227" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="131" />
            <source>Traffic data</source>
            <translation>Traffic data</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="145" />
            <source>Transfer of proceedings</source>
            <translation>Transfer of proceedings</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="113" />
            <source>Transposition deadline</source>
            <translation>Transposition deadline</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="233" />
            <location filename="../../ui/agreements_page.py" line="91" />
            <location filename="../../ui/exchange_log_editor.py" line="306" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="64" />
            <source>UNVERIFIED list: not taken from a source</source>
            <translation>UNVERIFIED list: not taken from a source</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="214" />
            <source>Unverified: {text}</source>
            <translation>Unverified: {text}</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="309" />
            <source>Urgency</source>
            <translation>Urgency</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="85" />
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="298" />
            <source>What happened</source>
            <translation>What happened</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="302" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="92" />
            <source>When the body is not in the agencies list.</source>
            <translation>When the body is not in the agencies list.</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="261" />
            <source>Where these facts come from.</source>
            <translation>Where these facts come from.</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="86" />
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="315" />
            <source>With whom, about what</source>
            <translation>With whom, about what</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="158" />
            <source>agency</source>
            <translation>agency</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="159" />
            <source>agreement</source>
            <translation>agreement</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="155" />
            <source>case</source>
            <translation>case</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="157" />
            <source>contact</source>
            <translation>contact</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="90" />
            <source>direct</source>
            <translation>direct</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="228" />
            <source>e.g. ETS 185 or a treaty series number</source>
            <translation>e.g. ETS 185 or a treaty series number</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="180" />
            <source>exact</source>
            <translation>exact</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="160" />
            <source>exchange</source>
            <translation>exchange</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="68" />
            <source>from {d}</source>
            <translation>from {d}</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="97" />
            <source>granted</source>
            <translation>granted</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="91" />
            <source>indirect</source>
            <translation>indirect</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="100" />
            <source>information provided</source>
            <translation>information provided</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="101" />
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="86" />
            <source>normal</source>
            <translation>normal</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="98" />
            <source>partially granted</source>
            <translation>partially granted</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="156" />
            <source>person</source>
            <translation>person</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="99" />
            <source>refused</source>
            <translation>refused</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="180" />
            <source>search</source>
            <translation>search</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="124" />
            <source>this agency</source>
            <translation>this agency</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="219" />
            <source>this agreement</source>
            <translation>this agreement</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="85" />
            <source>this contact</source>
            <translation>this contact</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="283" />
            <source>this log entry</source>
            <translation>this log entry</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="69" />
            <source>until {d}</source>
            <translation>until {d}</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="70" />
            <source>unverified</source>
            <translation>unverified</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="87" />
            <source>urgent</source>
            <translation>urgent</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="220" />
            <source>{n} agreement(s) can carry a request for {measure} from {a} to {b} on {day}; {k} cannot.</source>
            <translation>{n} agreement(s) can carry a request for {measure} from {a} to {b} on {day}; {k} cannot.</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="167" />
            <source>{n} match(es) in the vault for this request's names, references and identifiers.</source>
            <translation>{n} match(es) in the vault for this request's names, references and identifiers.</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="117" />
            <source>{what} (Ctrl+N)</source>
            <translation>{what} (Ctrl+N)</translation>
        </message>
    </context>
    <context>
        <name>DocumentActions</name>
        <message>
            <location filename="../../ui/document_actions.py" line="143" />
            <source>ALTERED: it claims to be version {version} of case {ref}, but its content differs from the original kept in the vault.</source>
            <translation>ALTERED: it claims to be version {version} of case {ref}, but its content differs from the original kept in the vault.</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="163" />
            <source>Cannot read {name}: {reason}</source>
            <translation>Cannot read {name}: {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="122" />
            <source>Cannot write {path}: {reason}</source>
            <translation>Cannot write {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="91" />
            <source>E-mail draft</source>
            <translation>E-mail draft</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="124" />
            <source>E-mail draft saved to {path} and opened in your mail client; review it and send it from there.</source>
            <translation>E-mail draft saved to {path} and opened in your mail client; review it and send it from there.</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="125" />
            <source>E-mail draft saved to {path}; open it with your mail client to send it.</source>
            <translation>E-mail draft saved to {path}; open it with your mail client to send it.</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="96" />
            <source>E-mail drafts (*.eml)</source>
            <translation>E-mail drafts (*.eml)</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="94" />
            <location filename="../../ui/document_actions.py" line="98" />
            <source>No e-mail draft made.</source>
            <translation>No e-mail draft made.</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="113" />
            <source>Not e-mailed: the document is marked {handling} and no justification was given.</source>
            <translation>Not e-mailed: the document is marked {handling} and no justification was given.</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="147" />
            <source>Not ours: this PDF is not a document of this vault.</source>
            <translation>Not ours: this PDF is not a document of this vault.</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="75" />
            <source>Not saved.</source>
            <translation>Not saved.</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="139" />
            <source>Ours, unaltered and current: version {version} of case {ref}.</source>
            <translation>Ours, unaltered and current: version {version} of case {ref}.</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="137" />
            <source>Ours, unaltered, but superseded: version {version} of case {ref}.</source>
            <translation>Ours, unaltered, but superseded: version {version} of case {ref}.</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="73" />
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="62" />
            <source>Printed version {version} of {ref}; recorded in the audit trail.</source>
            <translation>Printed version {version} of {ref}; recorded in the audit trail.</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="57" />
            <source>Printing cancelled.</source>
            <translation>Printing cancelled.</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="108" />
            <source>Restricted document</source>
            <translation>Restricted document</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="72" />
            <source>Save the document as</source>
            <translation>Save the document as</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="95" />
            <source>Save the e-mail draft as</source>
            <translation>Save the e-mail draft as</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="80" />
            <source>Saved to {path}; recorded in the audit trail.</source>
            <translation>Saved to {path}; recorded in the audit trail.</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="91" />
            <source>Send to (e-mail addresses, separated by commas):</source>
            <translation>Send to (e-mail addresses, separated by commas):</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="109" />
            <source>This document is marked {handling}: it may not be e-mailed without the provider's permission. If you have it, say so here (written to the audit trail):</source>
            <translation>This document is marked {handling}: it may not be e-mailed without the provider's permission. If you have it, say so here (written to the audit trail):</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="159" />
            <source>{name} is larger than 200 MB: not a Liaison document.</source>
            <translation>{name} is larger than 200 MB: not a Liaison document.</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <location filename="../../ui/documents_page.py" line="111" />
            <source>&amp;E-mail…</source>
            <translation>&amp;E-mail…</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="109" />
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="110" />
            <source>&amp;Save as…</source>
            <translation>&amp;Save as…</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="112" />
            <source>&amp;Verify a PDF…</source>
            <translation>&amp;Verify a PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="231" />
            <source>All languages</source>
            <translation>All languages</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="227" />
            <source>All templates</source>
            <translation>All templates</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="228" />
            <source>All versions</source>
            <translation>All versions</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="232" />
            <source>Any TLP</source>
            <translation>Any TLP</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="94" />
            <location filename="../../ui/documents_page.py" line="199" />
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="223" />
            <source>Case reference</source>
            <translation>Case reference</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="148" />
            <source>Choose a document to see it here.</source>
            <translation>Choose a document to see it here.</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="229" />
            <source>Current</source>
            <translation>Current</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="96" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="204" />
            <source>Dated</source>
            <translation>Dated</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="136" />
            <source>Dismiss</source>
            <translation>Dismiss</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="137" />
            <source>Dismiss the verification result</source>
            <translation>Dismiss the verification result</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="200" />
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="74" />
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="76" />
            <source>Final documents kept in the register. Drop a PDF anywhere on the window to check whether it is ours.</source>
            <translation>Final documents kept in the register. Drop a PDF anywhere on the window to check whether it is ours.</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="97" />
            <location filename="../../ui/documents_page.py" line="203" />
            <source>Handling</source>
            <translation>Handling</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="231" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="198" />
            <source>Made</source>
            <translation>Made</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="225" />
            <source>Make one from a case with New request…; drafts are not kept in the register.</source>
            <translation>Make one from a case with New request…; drafts are not kept in the register.</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="360" />
            <source>No document chosen</source>
            <translation>No document chosen</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="224" />
            <source>No final documents yet.</source>
            <translation>No final documents yet.</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="444" />
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="241" />
            <source>Register of documents</source>
            <translation>Register of documents</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="98" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="202" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="230" />
            <source>Superseded</source>
            <translation>Superseded</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="232" />
            <source>TLP</source>
            <translation>TLP</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="205" />
            <location filename="../../ui/documents_page.py" line="227" />
            <source>Template</source>
            <translation>Template</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="133" />
            <source>Verification result</source>
            <translation>Verification result</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="444" />
            <source>Verify a PDF</source>
            <translation>Verify a PDF</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="95" />
            <location filename="../../ui/documents_page.py" line="201" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="387" />
            <source>Version {version} of {ref}: {pages} page(s)</source>
            <translation>Version {version} of {ref}: {pages} page(s)</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="409" />
            <source>Version {version} · {date} · {state}</source>
            <translation>Version {version} · {date} · {state}</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="100" />
            <location filename="../../ui/documents_page.py" line="228" />
            <source>Versions</source>
            <translation>Versions</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="103" />
            <source>Versions of this document</source>
            <translation>Versions of this document</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="217" />
            <location filename="../../ui/documents_page.py" line="373" />
            <location filename="../../ui/documents_page.py" line="408" />
            <source>current</source>
            <translation>current</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="376" />
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="217" />
            <location filename="../../ui/documents_page.py" line="373" />
            <location filename="../../ui/documents_page.py" line="408" />
            <source>superseded</source>
            <translation>superseded</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="374" />
            <source>{version} ({state})</source>
            <translation>{version} ({state})</translation>
        </message>
    </context>
    <context>
        <name>ExchangesPage</name>
        <message>
            <location filename="../../ui/exchanges_page.py" line="476" />
            <source> (this entry)</source>
            <translation> (this entry)</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="300" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="468" />
            <source>, met {when}</source>
            <translation>, met {when}</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="475" />
            <source>: original</source>
            <translation>: original</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="326" />
            <source>All channels</source>
            <translation>All channels</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="330" />
            <source>All countries</source>
            <translation>All countries</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="328" />
            <source>All types</source>
            <translation>All types</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="512" />
            <source>Attachments</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="323" />
            <source>Both</source>
            <translation>Both</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="305" />
            <location filename="../../ui/exchanges_page.py" line="495" />
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="332" />
            <source>Case number, e.g. LO-2026-0002</source>
            <translation>Case number, e.g. LO-2026-0002</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="303" />
            <location filename="../../ui/exchanges_page.py" line="326" />
            <location filename="../../ui/exchanges_page.py" line="489" />
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="254" />
            <location filename="../../ui/exchanges_page.py" line="417" />
            <source>Choose an entry in the log to see it here.</source>
            <translation>Choose an entry in the log to see it here.</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="505" />
            <source>Conditions of use</source>
            <translation>Conditions of use</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="515" />
            <source>Corrected by</source>
            <translation>Corrected by</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="448" />
            <source>Corrected: this entry was corrected by #{seq}; it stays in the log as it was.</source>
            <translation>Corrected: this entry was corrected by #{seq}; it stays in the log as it was.</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="516" />
            <source>Correction history</source>
            <translation>Correction history</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="513" />
            <source>Corrects</source>
            <translation>Corrects</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="234" />
            <source>Correct…</source>
            <translation>Correct…</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="304" />
            <location filename="../../ui/exchanges_page.py" line="493" />
            <source>Counterpart</source>
            <translation>Counterpart</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="494" />
            <source>Counterpart's country</source>
            <translation>Counterpart's country</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="330" />
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="301" />
            <source>Date (local)</source>
            <translation>Date (local)</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="511" />
            <source>Deadlines</source>
            <translation>Deadlines</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="302" />
            <location filename="../../ui/exchanges_page.py" line="323" />
            <location filename="../../ui/exchanges_page.py" line="486" />
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="504" />
            <source>Evaluation</source>
            <translation>Evaluation</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="223" />
            <source>Exchange log</source>
            <translation>Exchange log</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="307" />
            <location filename="../../ui/exchanges_page.py" line="502" />
            <source>Handling</source>
            <translation>Handling</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="501" />
            <source>Identifiers</source>
            <translation>Identifiers</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="492" />
            <source>Information access</source>
            <translation>Information access</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="496" />
            <source>Legal basis</source>
            <translation>Legal basis</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="607" />
            <source>Link #{seq} as a response</source>
            <translation>Link #{seq} as a response</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="236" />
            <source>Link as response to…</source>
            <translation>Link as response to…</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="606" />
            <source>Linked as the response to a request.</source>
            <translation>Linked as the response to a request.</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="245" />
            <source>List the entries that later entries corrected too, marked as corrected</source>
            <translation>List the entries that later entries corrected too, marked as corrected</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="235" />
            <source>Log a correction of the selected entry (Ctrl+Shift+E)</source>
            <translation>Log a correction of the selected entry (Ctrl+Shift+E)</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="232" />
            <location filename="../../ui/exchanges_page.py" line="321" />
            <source>Log received…</source>
            <translation>Log received…</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="230" />
            <location filename="../../ui/exchanges_page.py" line="320" />
            <source>Log sent…</source>
            <translation>Log sent…</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="233" />
            <source>Log something you received (Ctrl+Shift+N)</source>
            <translation>Log something you received (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="231" />
            <source>Log something you sent (Ctrl+N)</source>
            <translation>Log something you sent (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="318" />
            <source>Log what you send and receive: each entry keeps who, when, how and under which conditions.</source>
            <translation>Log what you send and receive: each entry keeps who, when, how and under which conditions.</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="628" />
            <source>Logged #{seq}, correcting #{old}; #{old} is kept and marked as corrected.</source>
            <translation>Logged #{seq}, correcting #{old}; #{old} is kept and marked as corrected.</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="631" />
            <source>Logged #{seq}.</source>
            <translation>Logged #{seq}.</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="500" />
            <source>Names</source>
            <translation>Names</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="401" />
            <source>Open it from its section: this version cannot show a {what} here.</source>
            <translation>Open it from its section: this version cannot show a {what} here.</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="497" />
            <source>Our reference</source>
            <translation>Our reference</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="508" />
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="514" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="237" />
            <source>Record the selected entry as the response to a request (Ctrl+Shift+R)</source>
            <translation>Record the selected entry as the response to a request (Ctrl+Shift+R)</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="308" />
            <location filename="../../ui/exchanges_page.py" line="509" />
            <source>Response due</source>
            <translation>Response due</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="506" />
            <source>Response to</source>
            <translation>Response to</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="510" />
            <source>Responses</source>
            <translation>Responses</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="250" />
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="435" />
            <source>Run the cross-check for #{seq}</source>
            <translation>Run the cross-check for #{seq}</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="540" />
            <source>Save the attachment</source>
            <translation>Save the attachment</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="547" />
            <source>Saved {name} to {path}.</source>
            <translation>Saved {name} to {path}.</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="543" />
            <source>Saving {name}…</source>
            <translation>Saving {name}…</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="244" />
            <source>Show corrected entries</source>
            <translation>Show corrected entries</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="335" />
            <source>Show the entries of one case</source>
            <translation>Show the entries of one case</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="306" />
            <location filename="../../ui/exchanges_page.py" line="499" />
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="551" />
            <source>The attachment was not saved: {why}</source>
            <translation>The attachment was not saved: {why}</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="317" />
            <source>The log is empty.</source>
            <translation>The log is empty.</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="451" />
            <source>The personal data of this entry was erased.</source>
            <translation>The personal data of this entry was erased.</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="498" />
            <source>Their reference</source>
            <translation>Their reference</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="309" />
            <location filename="../../ui/exchanges_page.py" line="328" />
            <location filename="../../ui/exchanges_page.py" line="490" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="491" />
            <source>Urgency</source>
            <translation>Urgency</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="488" />
            <source>When (UTC)</source>
            <translation>When (UTC)</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="487" />
            <source>When (local)</source>
            <translation>When (local)</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="461" />
            <source>{name} (erased)</source>
            <translation>{name} (erased)</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="463" />
            <source>{name} ({size}): save as…</source>
            <translation>{name} ({size}): save as…</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="466" />
            <source>{state}: {title}, due {due}{met}</source>
            <translation>{state}: {title}, due {due}{met}</translation>
        </message>
    </context>
    <context>
        <name>ExportBundleDialog</name>
        <message>
            <location filename="../../ui/handover.py" line="279" />
            <source>&amp;Choose file…</source>
            <translation>&amp;Choose file…</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="295" />
            <source>&amp;Export</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="227" />
            <source>&amp;Given to:</source>
            <translation>&amp;Given to:</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="252" />
            <source>&amp;Include the restricted records listed above</source>
            <translation>&amp;Include the restricted records listed above</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="261" />
            <source>&amp;Justification:</source>
            <translation>&amp;Justification:</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="193" />
            <source>&amp;Recipients' public keys (age1…)</source>
            <translation>&amp;Recipients' public keys (age1…)</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="265" />
            <source>&amp;Redact personal data</source>
            <translation>&amp;Redact personal data</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="234" />
            <source>&amp;Why:</source>
            <translation>&amp;Why:</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="194" />
            <source>A &amp;passphrase, given to the recipient by another channel</source>
            <translation>A &amp;passphrase, given to the recipient by another channel</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="215" />
            <source>Again:</source>
            <translation>Again:</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="211" />
            <source>Bundle passphrase</source>
            <translation>Bundle passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="212" />
            <source>Bundle passphrase, again</source>
            <translation>Bundle passphrase, again</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="488" />
            <source>Can be opened by: {who}.</source>
            <translation>Can be opened by: {who}.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="500" />
            <source>Cancelled: no file was written and nothing was recorded.</source>
            <translation>Cancelled: no file was written and nothing was recorded.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="470" />
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="482" />
            <source>Case {ref}: {counts}.</source>
            <translation>Case {ref}: {counts}.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="280" />
            <source>Choose where to save the bundle</source>
            <translation>Choose where to save the bundle</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="281" />
            <source>Choose where to save the bundle (Alt+C)</source>
            <translation>Choose where to save the bundle (Alt+C)</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="445" />
            <source>Choose where to save the bundle.</source>
            <translation>Choose where to save the bundle.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="299" />
            <location filename="../../ui/handover.py" line="494" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="459" />
            <source>Encrypting and writing the bundle…</source>
            <translation>Encrypting and writing the bundle…</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="296" />
            <source>Export the bundle</source>
            <translation>Export the bundle</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="422" />
            <source>Give at least one recipient's public key (age1…), or choose a passphrase.</source>
            <translation>Give at least one recipient's public key (age1…), or choose a passphrase.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="224" />
            <source>Given to, for the audit trail</source>
            <translation>Given to, for the audit trail</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="346" />
            <source>Goes in: {counts}.</source>
            <translation>Goes in: {counts}.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="168" />
            <source>Hand over case {ref}</source>
            <translation>Hand over case {ref}</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="253" />
            <source>Include restricted records</source>
            <translation>Include restricted records</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="259" />
            <source>Justification for including restricted records</source>
            <translation>Justification for including restricted records</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="350" />
            <source>Left out as restricted (TLP:RED or H2), with what depends on them: {n}</source>
            <translation>Left out as restricted (TLP:RED or H2), with what depends on them: {n}</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="485" />
            <source>Left out as restricted: {counts}.</source>
            <translation>Left out as restricted: {counts}.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="225" />
            <source>Names or agencies, separated by ; (e.g. Policía Nacional; Madrid liaison desk)</source>
            <translation>Names or agencies, separated by ; (e.g. Policía Nacional; Madrid liaison desk)</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="277" />
            <source>No file chosen yet.</source>
            <translation>No file chosen yet.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="344" />
            <source>Nothing can go in unless restricted records are included.</source>
            <translation>Nothing can go in unless restricted records are included.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="353" />
            <source>Nothing is restricted: the whole case goes in.</source>
            <translation>Nothing is restricted: the whole case goes in.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="407" />
            <source>Nothing was written: see the message above.</source>
            <translation>Nothing was written: see the message above.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="202" />
            <source>One public key per line, e.g. age1ql3z7hjy54pw3hyww5ay…</source>
            <translation>One public key per line, e.g. age1ql3z7hjy54pw3hyww5ay…</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="214" />
            <source>Passphrase:</source>
            <translation>Passphrase:</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="487" />
            <source>Personal data was redacted.</source>
            <translation>Personal data was redacted.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="201" />
            <source>Recipients' public keys, one per line</source>
            <translation>Recipients' public keys, one per line</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="248" />
            <source>Records withheld as restricted</source>
            <translation>Records withheld as restricted</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="266" />
            <source>Redact personal data</source>
            <translation>Redact personal data</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="269" />
            <source>Redacted: names, dates of birth, identifiers, free text and files are left out or blanked, and so is the audit extract. Use it for statistics or a review; a redacted bundle cannot be imported as a hand-over.</source>
            <translation>Redacted: names, dates of birth, identifiers, free text and files are left out or blanked, and so is the audit extract. Use it for statistics or a review; a redacted bundle cannot be imported as a hand-over.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="232" />
            <source>Required: every hand-over is a disclosure, and its record says why (Law Enforcement Directive Art. 25).</source>
            <translation>Required: every hand-over is a disclosure, and its record says why (Law Enforcement Directive Art. 25).</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="382" />
            <source>Save the bundle as</source>
            <translation>Save the bundle as</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="434" />
            <source>Say why the case goes to them: the reason is recorded with the disclosure.</source>
            <translation>Say why the case goes to them: the reason is recorded with the disclosure.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="439" />
            <source>Say why the restricted records are included (a justification is recorded in the audit trail).</source>
            <translation>Say why the restricted records are included (a justification is recorded in the audit trail).</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="255" />
            <source>TLP:RED and H2 mean: not to be passed on. Include them only with the originator's consent, and say why.</source>
            <translation>TLP:RED and H2 mean: not to be passed on. Include them only with the originator's consent, and say why.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="491" />
            <source>The bundle was already written when Cancel was pressed.</source>
            <translation>The bundle was already written when Cancel was pressed.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="328" />
            <source>The case itself is restricted (TLP:RED or H2, or it refers to such a record): it can be handed over only with its restricted records, with a justification.</source>
            <translation>The case itself is restricted (TLP:RED or H2, or it refers to such a record): it can be handed over only with its restricted records, with a justification.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="489" />
            <source>The disclosure is recorded in the audit trail.</source>
            <translation>The disclosure is recorded in the audit trail.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="373" />
            <source>The two passphrases differ.</source>
            <translation>The two passphrases differ.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="427" />
            <source>The two passphrases differ; type the same one twice.</source>
            <translation>The two passphrases differ; type the same one twice.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="442" />
            <source>Tick "Include the restricted records" and give a justification, or do not hand this case over.</source>
            <translation>Tick "Include the restricted records" and give a justification, or do not hand this case over.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="431" />
            <source>Type a passphrase for the bundle (twice).</source>
            <translation>Type a passphrase for the bundle (twice).</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="241" />
            <source>What goes in</source>
            <translation>What goes in</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="275" />
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="191" />
            <source>Who can open it</source>
            <translation>Who can open it</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="229" />
            <source>Why the case goes to them, for the audit trail</source>
            <translation>Why the case goes to them, for the audit trail</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="297" />
            <source>Write the encrypted bundle (Ctrl+Enter)</source>
            <translation>Write the encrypted bundle (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="178" />
            <source>Writes one encrypted file holding case {ref}: the case, its persons, exchange log, files, deadlines and documents, and what they refer to. The hand-over is recorded in the audit trail as a disclosure.</source>
            <translation>Writes one encrypted file holding case {ref}: the case, its persons, exchange log, files, deadlines and documents, and what they refer to. The hand-over is recorded in the audit trail as a disclosure.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="481" />
            <source>Wrote {path} ({size}).</source>
            <translation>Wrote {path} ({size}).</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="231" />
            <source>e.g. handover to my successor; reply to request DE-SPOC-2026/6608</source>
            <translation>e.g. handover to my successor; reply to request DE-SPOC-2026/6608</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="260" />
            <source>e.g. originator's consent by e-mail of 3 March</source>
            <translation>e.g. originator's consent by e-mail of 3 March</translation>
        </message>
    </context>
    <context>
        <name>FirstRunPage</name>
        <message>
            <location filename="../../ui/first_run.py" line="127" />
            <source>A separate vault with fictional data, to look around</source>
            <translation>A separate vault with fictional data, to look around</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="265" />
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="120" />
            <source>Create vault</source>
            <translation>Create vault</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="200" />
            <source>Creating the vault...</source>
            <translation>Creating the vault...</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="263" />
            <source>I have written it down</source>
            <translation>I have written it down</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="241" />
            <source>If you forget the passphrase, this code is the only way into the vault. Write it down now and keep it apart from this computer. It is shown only this once.</source>
            <translation>If you forget the passphrase, this code is the only way into the vault. Write it down now and keep it apart from this computer. It is shown only this once.</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="84" />
            <source>Liaison keeps your cases, contacts and exchanges in an encrypted vault on this computer. Choose a passphrase to lock it: a few unrelated words are long and easy to remember.</source>
            <translation>Liaison keeps your cases, contacts and exchanges in an encrypted vault on this computer. Choose a passphrase to lock it: a few unrelated words are long and easy to remember.</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="315" />
            <source>Liaison recovery code</source>
            <translation>Liaison recovery code</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="88" />
            <source>New passphrase</source>
            <translation>New passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="331" />
            <source>Not printed.</source>
            <translation>Not printed.</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="229" />
            <source>Open an existing vault</source>
            <translation>Open an existing vault</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="124" />
            <source>Open an existing vault...</source>
            <translation>Open an existing vault...</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="126" />
            <source>Open the demo vault</source>
            <translation>Open the demo vault</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="136" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="259" />
            <location filename="../../ui/first_run.py" line="328" />
            <source>Print the recovery code</source>
            <translation>Print the recovery code</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="258" />
            <source>Print...</source>
            <translation>Print...</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="318" />
            <source>Printed: {when}</source>
            <translation>Printed: {when}</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="249" />
            <source>Recovery code</source>
            <translation>Recovery code</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="109" />
            <source>Remember the key in the OS keychain</source>
            <translation>Remember the key in the OS keychain</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="107" />
            <source>Remember the key in {keychain}, so that Liaison opens without asking</source>
            <translation>Remember the key in {keychain}, so that Liaison opens without asking</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="139" />
            <source>Repeat it</source>
            <translation>Repeat it</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="90" />
            <source>Repeat the passphrase</source>
            <translation>Repeat the passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="329" />
            <source>Sent to the printer. Check the page before you tick the box.</source>
            <translation>Sent to the printer. Check the page before you tick the box.</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="114" />
            <source>The OS keychain is not available ({reason}): Liaison will ask for the passphrase.</source>
            <translation>The OS keychain is not available ({reason}): Liaison will ask for the passphrase.</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="252" />
            <source>The code uses the digits 0-9 and letters without I, L, O or U, so that it reads back unambiguously.</source>
            <translation>The code uses the digits 0-9 and letters without I, L, O or U, so that it reads back unambiguously.</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="301" />
            <source>The key is remembered in {keychain}.</source>
            <translation>The key is remembered in {keychain}.</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="186" />
            <source>The two passphrases differ. Type the same passphrase twice.</source>
            <translation>The two passphrases differ. Type the same passphrase twice.</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="215" />
            <source>The vault could not be created ({error}: {message}).</source>
            <translation>The vault could not be created ({error}: {message}).</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="166" />
            <source>The vault will be created at {path}</source>
            <translation>The vault will be created at {path}</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="321" />
            <source>This code unlocks the vault if the passphrase is forgotten. Keep it apart from the computer, in a locked place. Digits 0-9 and letters without I, L, O or U.</source>
            <translation>This code unlocks the vault if the passphrase is forgotten. Keep it apart from the computer, in a locked place. Digits 0-9 and letters without I, L, O or U.</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="316" />
            <source>Vault file: {name}</source>
            <translation>Vault file: {name}</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="317" />
            <source>Vault id: {id}</source>
            <translation>Vault id: {id}</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="82" />
            <source>Welcome to Liaison</source>
            <translation>Welcome to Liaison</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="239" />
            <source>Your recovery code</source>
            <translation>Your recovery code</translation>
        </message>
    </context>
    <context>
        <name>FormSection</name>
        <message>
            <location filename="../../ui/forms.py" line="232" />
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <location filename="../../ui/forms.py" line="309" />
            <location filename="../../ui/forms.py" line="311" />
            <location filename="../../ui/forms.py" line="319" />
            <source>Error: {message}</source>
            <translation>Error: {message}</translation>
        </message>
        <message>
            <location filename="../../ui/forms.py" line="207" />
            <location filename="../../ui/forms.py" line="210" />
            <location filename="../../ui/forms.py" line="327" />
            <source>Required</source>
            <translation>Required</translation>
        </message>
        <message>
            <location filename="../../ui/forms.py" line="204" />
            <source>{label}:</source>
            <translation>{label}:</translation>
        </message>
    </context>
    <context>
        <name>HandlingPicker</name>
        <message>
            <location filename="../../ui/pickers.py" line="431" />
            <source>Europol handling code</source>
            <translation>Europol handling code</translation>
        </message>
        <message>
            <location filename="../../ui/pickers.py" line="445" />
            <source>H3 restriction</source>
            <translation>H3 restriction</translation>
        </message>
        <message>
            <location filename="../../ui/pickers.py" line="444" />
            <source>H3 restriction, in the provider's words</source>
            <translation>H3 restriction, in the provider's words</translation>
        </message>
        <message>
            <location filename="../../ui/pickers.py" line="432" />
            <source>No Europol code</source>
            <translation>No Europol code</translation>
        </message>
        <message>
            <location filename="../../ui/pickers.py" line="417" />
            <source>No TLP label</source>
            <translation>No TLP label</translation>
        </message>
        <message>
            <location filename="../../ui/pickers.py" line="415" />
            <source>TLP label</source>
            <translation>TLP label</translation>
        </message>
        <message>
            <location filename="../../ui/pickers.py" line="429" />
            <source>TLP label shown</source>
            <translation>TLP label shown</translation>
        </message>
    </context>
    <context>
        <name>Handover</name>
        <message>
            <location filename="../../ui/handover.py" line="521" />
            <source>Already here</source>
            <translation>Already here</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="528" />
            <source>Changed on both sides</source>
            <translation>Changed on both sides</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="522" />
            <source>Conflict</source>
            <translation>Conflict</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="530" />
            <source>Erased here (personal data is not brought back)</source>
            <translation>Erased here (personal data is not brought back)</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="132" />
            <location filename="../../ui/handover.py" line="612" />
            <source>Exchange no. {seq}</source>
            <translation>Exchange no. {seq}</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="522" />
            <source>Matched to ours</source>
            <translation>Matched to ours</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="521" />
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="522" />
            <source>Ours is newer</source>
            <translation>Ours is newer</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="531" />
            <source>Reference already used here: renamed</source>
            <translation>Reference already used here: renamed</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="529" />
            <source>The exchange log differs (never overwritten)</source>
            <translation>The exchange log differs (never overwritten)</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="110" />
            <source>Unexpected error ({kind}); nothing was changed. The log file has the details.</source>
            <translation>Unexpected error ({kind}); nothing was changed. The log file has the details.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="521" />
            <source>Updated</source>
            <translation>Updated</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="92" />
            <source>agencies</source>
            <translation>agencies</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="92" />
            <source>agency</source>
            <translation>agency</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="93" />
            <source>agreement</source>
            <translation>agreement</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="93" />
            <source>agreements</source>
            <translation>agreements</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="94" />
            <source>attachment</source>
            <translation>attachment</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="94" />
            <source>attachments</source>
            <translation>attachments</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="95" />
            <source>audit entries</source>
            <translation>audit entries</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="95" />
            <source>audit entry</source>
            <translation>audit entry</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="91" />
            <source>case</source>
            <translation>case</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="91" />
            <source>cases</source>
            <translation>cases</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="92" />
            <source>contact</source>
            <translation>contact</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="92" />
            <source>contacts</source>
            <translation>contacts</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="94" />
            <source>deadline</source>
            <translation>deadline</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="94" />
            <source>deadlines</source>
            <translation>deadlines</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="95" />
            <source>document</source>
            <translation>document</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="95" />
            <source>documents</source>
            <translation>documents</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="93" />
            <source>exchange</source>
            <translation>exchange</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="93" />
            <source>exchanges</source>
            <translation>exchanges</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="96" />
            <source>link of a person to the case</source>
            <translation>link of a person to the case</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="96" />
            <source>links of persons to the case</source>
            <translation>links of persons to the case</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="103" />
            <source>nothing</source>
            <translation>nothing</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="91" />
            <source>person</source>
            <translation>person</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="91" />
            <source>persons</source>
            <translation>persons</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="118" />
            <source>{n:.0f} kB</source>
            <translation>{n:.0f} kB</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="116" />
            <source>{n:.1f} MB</source>
            <translation>{n:.1f} MB</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="119" />
            <source>{n} bytes</source>
            <translation>{n} bytes</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="99" />
            <source>{n} {what}</source>
            <translation>{n} {what}</translation>
        </message>
    </context>
    <context>
        <name>ImportBundleDialog</name>
        <message>
            <location filename="../../ui/handover.py" line="677" />
            <source>&amp;Choose file…</source>
            <translation>&amp;Choose file…</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="694" />
            <source>&amp;Identity:</source>
            <translation>&amp;Identity:</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="740" />
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="698" />
            <source>&amp;Open and check</source>
            <translation>&amp;Open and check</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="687" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="692" />
            <source>Another age identity (optional)</source>
            <translation>Another age identity (optional)</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="673" />
            <source>Bundle</source>
            <translation>Bundle</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="686" />
            <source>Bundle passphrase</source>
            <translation>Bundle passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="968" />
            <source>Cancelled: nothing was imported.</source>
            <translation>Cancelled: nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="939" />
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="863" />
            <source>Case {ref}, exported by {who} on {when} (UTC).</source>
            <translation>Case {ref}, exported by {who} on {when} (UTC).</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="848" />
            <source>Checked: every file and record is intact. Nothing has been written yet.</source>
            <translation>Checked: every file and record is intact. Nothing has been written yet.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="780" />
            <source>Choose a case bundle</source>
            <translation>Choose a case bundle</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="678" />
            <source>Choose the bundle file</source>
            <translation>Choose the bundle file</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="679" />
            <source>Choose the bundle file (Alt+C)</source>
            <translation>Choose the bundle file (Alt+C)</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="744" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="901" />
            <source>Conflict ({kind}): {message}</source>
            <translation>Conflict ({kind}): {message}</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="727" />
            <source>Conflicts</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="958" />
            <source>Conflicts left for you to decide below: {n}.</source>
            <translation>Conflicts left for you to decide below: {n}.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="700" />
            <source>Decrypt, check every record and show what would change; nothing is written (Alt+O)</source>
            <translation>Decrypt, check every record and show what would change; nothing is written (Alt+O)</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="806" />
            <source>Encrypted to recipients' keys: this vault's own identity opens it when it was sent to you.</source>
            <translation>Encrypted to recipients' keys: this vault's own identity opens it when it was sent to you.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="866" />
            <source>Holds: {counts}; {files} files, {size} in all.</source>
            <translation>Holds: {counts}; {files} files, {size} in all.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="665" />
            <source>Import a case bundle</source>
            <translation>Import a case bundle</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="715" />
            <source>Import plan per record type</source>
            <translation>Import plan per record type</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="741" />
            <source>Import the bundle</source>
            <translation>Import the bundle</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="953" />
            <source>Imported case {ref}: new {new} · updated {updated} · already here {same}.</source>
            <translation>Imported case {ref}: new {new} · updated {updated} · already here {same}.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="930" />
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="705" />
            <source>Inside</source>
            <translation>Inside</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="874" />
            <source>It includes restricted (TLP:RED or H2) records: handle them accordingly.</source>
            <translation>It includes restricted (TLP:RED or H2) records: handle them accordingly.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="803" />
            <source>Locked with a passphrase: type the one the sender gave you.</source>
            <translation>Locked with a passphrase: type the one the sender gave you.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="896" />
            <source>New: {new} · updated: {updated} · already here: {same} · ours newer: {ours} · matched to ours: {mapped} · conflicts: {conflicts}</source>
            <translation>New: {new} · updated: {updated} · already here: {same} · ours newer: {ours} · matched to ours: {mapped} · conflicts: {conflicts}</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="676" />
            <source>No file chosen yet.</source>
            <translation>No file chosen yet.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="693" />
            <source>Only if it was sent to another key: AGE-SECRET-KEY-1…</source>
            <translation>Only if it was sent to another key: AGE-SECRET-KEY-1…</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="699" />
            <source>Open the bundle and plan the import</source>
            <translation>Open the bundle and plan the import</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="838" />
            <source>Opening and checking the bundle…</source>
            <translation>Opening and checking the bundle…</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="716" />
            <source>Records</source>
            <translation>Records</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="876" />
            <source>Redacted: personal data was left out.</source>
            <translation>Redacted: personal data was left out.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="904" />
            <source>Renamed: {what} {old} becomes {new}, as {old} is already used here.</source>
            <translation>Renamed: {what} {old} becomes {new}, as {old} is already used here.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="856" />
            <source>The bundle was refused: {why}</source>
            <translation>The bundle was refused: {why}</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="971" />
            <source>The import was refused and nothing was written: {why}</source>
            <translation>The import was refused and nothing was written: {why}</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="871" />
            <source>The sender left out as restricted: {counts}.</source>
            <translation>The sender left out as restricted: {counts}.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="796" />
            <source>This file cannot be used: {why}</source>
            <translation>This file cannot be used: {why}</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="712" />
            <source>What the import will do</source>
            <translation>What the import will do</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="742" />
            <source>Write the plan above into this vault, in one transaction (Ctrl+Enter)</source>
            <translation>Write the plan above into this vault, in one transaction (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="800" />
            <source>{name} ({size})</source>
            <translation>{name} ({size})</translation>
        </message>
    </context>
    <context>
        <name>LanguageListPicker</name>
        <message>
            <location filename="../../ui/pickers.py" line="325" />
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../ui/pickers.py" line="328" />
            <source>Chosen languages</source>
            <translation>Chosen languages</translation>
        </message>
        <message>
            <location filename="../../ui/pickers.py" line="330" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
    </context>
    <context>
        <name>LanguagePicker</name>
        <message>
            <location filename="../../ui/pickers.py" line="313" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../ui/pickers.py" line="311" />
            <source>Language: name or code</source>
            <translation>Language: name or code</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="180" />
            <location filename="../../ui/main_window.py" line="484" />
            <source>&amp;Go</source>
            <translation>&amp;Go</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="169" />
            <location filename="../../ui/main_window.py" line="481" />
            <source>&amp;Lock</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="175" />
            <location filename="../../ui/main_window.py" line="483" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="191" />
            <location filename="../../ui/main_window.py" line="489" />
            <source>&amp;Search...</source>
            <translation>&amp;Search...</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="168" />
            <location filename="../../ui/main_window.py" line="480" />
            <source>&amp;Vault</source>
            <translation>&amp;Vault</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="605" />
            <source>Close Liaison</source>
            <translation>Close Liaison</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="151" />
            <source>Liaison - {name}</source>
            <translation>Liaison - {name}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="150" />
            <source>Liaison - {name} (demo)</source>
            <translation>Liaison - {name} (demo)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="171" />
            <location filename="../../ui/main_window.py" line="482" />
            <source>Lock the vault now (Ctrl+L)</source>
            <translation>Lock the vault now (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="63" />
            <source>Locked after {minutes} minutes without activity.</source>
            <translation>Locked after {minutes} minutes without activity.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="64" />
            <source>Locked because the screen was locked.</source>
            <translation>Locked because the screen was locked.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="65" />
            <source>Locked.</source>
            <translation>Locked.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="466" />
            <source>Locks after {minutes} min idle (at {time})</source>
            <translation>Locks after {minutes} min idle (at {time})</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="468" />
            <source>Locks after {seconds} s idle (at {time})</source>
            <translation>Locks after {seconds} s idle (at {time})</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="197" />
            <location filename="../../ui/main_window.py" line="490" />
            <source>Main toolbar</source>
            <translation>Main toolbar</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="430" />
            <source>No matches</source>
            <translation>No matches</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="264" />
            <source>Preparing the demo vault...</source>
            <translation>Preparing the demo vault...</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="209" />
            <location filename="../../ui/main_window.py" line="492" />
            <source>Search (Ctrl+K)</source>
            <translation>Search (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="396" />
            <source>Search cases, persons, contacts and documents (Ctrl+K)</source>
            <translation>Search cases, persons, contacts and documents (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="398" />
            <source>Search is not available yet: this version of Liaison has no search index.</source>
            <translation>Search is not available yet: this version of Liaison has no search index.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="208" />
            <location filename="../../ui/main_window.py" line="491" />
            <source>Search records</source>
            <translation>Search records</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="115" />
            <location filename="../../ui/main_window.py" line="493" />
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="606" />
            <source>The recovery code has not been confirmed as written down. It is not shown again (a new one can be issued later from the unlocked vault). Close anyway?</source>
            <translation>The recovery code has not been confirmed as written down. It is not shown again (a new one can be issued later from the unlocked vault). Close anyway?</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="503" />
            <source>The sections change language at the next unlock: a form has unsaved changes.</source>
            <translation>The sections change language at the next unlock: a form has unsaved changes.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="453" />
            <source>Vault: {name}</source>
            <translation>Vault: {name}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="451" />
            <source>Vault: {name} (demo, fictional data)</source>
            <translation>Vault: {name} (demo, fictional data)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="329" />
            <source>{section}: {message}</source>
            <translation>{section}: {message}</translation>
        </message>
    </context>
    <context>
        <name>MessageLine</name>
        <message>
            <location filename="../../ui/message_line.py" line="24" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../ui/message_line.py" line="28" />
            <source>Not done:</source>
            <translation>Not done:</translation>
        </message>
    </context>
    <context>
        <name>Models</name>
        <message>
            <location filename="../../ui/models.py" line="120" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../ui/models.py" line="120" />
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
    </context>
    <context>
        <name>OversightReportDialog</name>
        <message>
            <location filename="../../ui/report_dialog.py" line="82" />
            <source>&amp;From:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="84" />
            <source>&amp;To:</source>
            <translation>&amp;To:</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="139" />
            <source>Choose the first day of the period.</source>
            <translation>Choose the first day of the period.</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="141" />
            <source>Choose the last day of the period.</source>
            <translation>Choose the last day of the period.</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="190" />
            <source>Counting…</source>
            <translation>Counting…</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="98" />
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="79" />
            <source>First day of the period</source>
            <translation>First day of the period</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="88" />
            <source>Key figures</source>
            <translation>Key figures</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="81" />
            <source>Last day of the period</source>
            <translation>Last day of the period</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="99" />
            <source>Median days, received</source>
            <translation>Median days, received</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="99" />
            <source>Median days, sent</source>
            <translation>Median days, sent</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="206" />
            <source>No request in this period.</source>
            <translation>No request in this period.</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="61" />
            <source>Oversight report</source>
            <translation>Oversight report</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="76" />
            <source>Period (UTC, both days included)</source>
            <translation>Period (UTC, both days included)</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="98" />
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="97" />
            <source>Requests by country</source>
            <translation>Requests by country</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="196" />
            <source>Requests sent: {sent}   ·   received: {received}   ·   in all: {total}</source>
            <translation>Requests sent: {sent}   ·   received: {received}   ·   in all: {total}</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="202" />
            <source>Response time, requests received: median {med} days, 90th percentile {p90} days ({answered} answered, {pending} pending)</source>
            <translation>Response time, requests received: median {med} days, 90th percentile {p90} days ({answered} answered, {pending} pending)</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="200" />
            <source>Response time, requests sent: median {med} days, 90th percentile {p90} days ({answered} answered, {pending} pending)</source>
            <translation>Response time, requests sent: median {med} days, 90th percentile {p90} days ({answered} answered, {pending} pending)</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="120" />
            <source>Save &amp;CSV…</source>
            <translation>Save &amp;CSV…</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="117" />
            <source>Save &amp;PDF…</source>
            <translation>Save &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="121" />
            <location filename="../../ui/report_dialog.py" line="238" />
            <source>Save the figures as CSV</source>
            <translation>Save the figures as CSV</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="234" />
            <source>Save the oversight report</source>
            <translation>Save the oversight report</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="118" />
            <source>Save the report as PDF</source>
            <translation>Save the report as PDF</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="265" />
            <source>Saved {path} ({size} bytes). The export is recorded in the audit trail.</source>
            <translation>Saved {path} ({size} bytes). The export is recorded in the audit trail.</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="98" />
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="73" />
            <source>Statistics on the requests sent and received in a period, for a supervisory authority: by country, legal basis, type and outcome, with response times. It holds no personal data; producing it is recorded in the audit trail.</source>
            <translation>Statistics on the requests sent and received in a period, for a supervisory authority: by country, legal basis, type and outcome, with response times. It holds no personal data; producing it is recorded in the audit trail.</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="254" />
            <source>The folder {folder} does not exist.</source>
            <translation>The folder {folder} does not exist.</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="119" />
            <source>The report with tables, charts and the method (Alt+P)</source>
            <translation>The report with tables, charts and the method (Alt+P)</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="122" />
            <source>The same figures as one table, for a spreadsheet (Alt+C)</source>
            <translation>The same figures as one table, for a spreadsheet (Alt+C)</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="269" />
            <source>Writing the report…</source>
            <translation>Writing the report…</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="225" />
            <source>{n} more countries are in the report.</source>
            <translation>{n} more countries are in the report.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <location filename="../../ui/settings_dialog.py" line="503" />
            <location filename="../../ui/settings_dialog.py" line="513" />
            <source>Change passphrase</source>
            <translation>Change passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="557" />
            <source>Error: {message}</source>
            <translation>Error: {message}</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="538" />
            <source>Locking the key under the new passphrase...</source>
            <translation>Locking the key under the new passphrase...</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="504" />
            <source>New passphrase</source>
            <translation>New passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="505" />
            <source>New passphrase again</source>
            <translation>New passphrase again</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="518" />
            <source>New passphrase:</source>
            <translation>New passphrase:</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="554" />
            <source>The passphrase could not be changed.</source>
            <translation>The passphrase could not be changed.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="531" />
            <source>The two passphrases differ; type the same one twice.</source>
            <translation>The two passphrases differ; type the same one twice.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="518" />
            <source>Type it again:</source>
            <translation>Type it again:</translation>
        </message>
    </context>
    <context>
        <name>PassphraseField</name>
        <message>
            <location filename="../../ui/widgets.py" line="34" />
            <source>Hide passphrase</source>
            <translation>Hide passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/widgets.py" line="28" />
            <location filename="../../ui/widgets.py" line="34" />
            <source>Show passphrase</source>
            <translation>Show passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/widgets.py" line="29" />
            <source>Show the passphrase</source>
            <translation>Show the passphrase</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <location filename="../../ui/pdf_preview.py" line="38" />
            <source>Document preview</source>
            <translation>Document preview</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="40" />
            <source>Nothing to preview.</source>
            <translation>Nothing to preview.</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="58" />
            <source>This PDF could not be shown.</source>
            <translation>This PDF could not be shown.</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="61" />
            <source>{pages} page(s)</source>
            <translation>{pages} page(s)</translation>
        </message>
    </context>
    <context>
        <name>PersonEditor</name>
        <message>
            <location filename="../../ui/person_editor.py" line="165" />
            <source>Add a document</source>
            <translation>Add a document</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="127" />
            <source>Add a name</source>
            <translation>Add a name</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="232" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="38" />
            <source>Convicted</source>
            <translation>Convicted</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="165" />
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="236" />
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="174" />
            <source>Document number</source>
            <translation>Document number</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="170" />
            <source>Document type</source>
            <translation>Document type</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="240" />
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="263" />
            <source>Edit person {ref}</source>
            <translation>Edit person {ref}</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="165" />
            <source>Expires</source>
            <translation>Expires</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="179" />
            <source>Expiry date</source>
            <translation>Expiry date</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="228" />
            <source>Identity</source>
            <translation>Identity</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="243" />
            <source>Keeping</source>
            <translation>Keeping</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="127" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="225" />
            <source>Latin transliteration</source>
            <translation>Latin transliteration</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="233" />
            <source>Law Enforcement Directive, Art. 6.</source>
            <translation>Law Enforcement Directive, Art. 6.</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="226" />
            <source>Leave empty for an automatic suggestion (marked as automatic).</source>
            <translation>Leave empty for an automatic suggestion (marked as automatic).</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="223" />
            <source>Leave empty to show the first name.</source>
            <translation>Leave empty to show the first name.</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="127" />
            <location filename="../../ui/person_editor.py" line="132" />
            <source>Name as written</source>
            <translation>Name as written</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="222" />
            <source>Name shown in lists</source>
            <translation>Name shown in lists</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="215" />
            <location filename="../../ui/person_editor.py" line="217" />
            <source>Names</source>
            <translation>Names</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="238" />
            <source>Nationality</source>
            <translation>Nationality</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="209" />
            <location filename="../../ui/person_editor.py" line="253" />
            <source>New person</source>
            <translation>New person</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="248" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="165" />
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="39" />
            <source>Other person</source>
            <translation>Other person</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="76" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="77" />
            <source>Remove this row</source>
            <translation>Remove this row</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="245" />
            <source>Review date</source>
            <translation>Review date</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="127" />
            <location filename="../../ui/person_editor.py" line="135" />
            <source>Script</source>
            <translation>Script</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="38" />
            <source>Suspect</source>
            <translation>Suspect</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="165" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="218" />
            <source>Type each name exactly as written in its script; add the Latin form as another name when the documents give one.</source>
            <translation>Type each name exactly as written in its script; add the Latin form as another name when the documents give one.</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="38" />
            <source>Victim</source>
            <translation>Victim</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="39" />
            <source>Witness</source>
            <translation>Witness</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="235" />
            <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
            <translation>YYYY, YYYY-MM or YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="134" />
            <source>e.g. Arabic</source>
            <translation>e.g. Arabic</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="209" />
            <source>this person</source>
            <translation>this person</translation>
        </message>
    </context>
    <context>
        <name>PersonsPage</name>
        <message>
            <location filename="../../ui/persons_page.py" line="95" />
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="395" />
            <source>Add a person (Ctrl+N)</source>
            <translation>Add a person (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="418" />
            <source>Add a person, or link one from a case.</source>
            <translation>Add a person, or link one from a case.</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="414" />
            <location filename="../../ui/persons_page.py" line="415" />
            <source>Any</source>
            <translation>Any</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="62" />
            <source>Born</source>
            <translation>Born</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="195" />
            <source>Cases the person is linked to</source>
            <translation>Cases the person is linked to</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="197" />
            <source>Cases:</source>
            <translation>Cases:</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="60" />
            <location filename="../../ui/persons_page.py" line="414" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="272" />
            <source>Category: {c}</source>
            <translation>Category: {c}</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="64" />
            <source>Changed</source>
            <translation>Changed</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="140" />
            <source>Copy reference</source>
            <translation>Copy reference</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="141" />
            <source>Copy the person's reference (cleared from the clipboard after 30 s)</source>
            <translation>Copy the person's reference (cleared from the clipboard after 30 s)</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="189" />
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="190" />
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="144" />
            <source>Edit this person (Ctrl+E)</source>
            <translation>Edit this person (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="143" />
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="168" />
            <source>Erase permanently…</source>
            <translation>Erase permanently…</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="354" />
            <source>Erase person {ref}?</source>
            <translation>Erase person {ref}?</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="163" />
            <source>Erase this person</source>
            <translation>Erase this person</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="146" />
            <source>Erase this person's personal data</source>
            <translation>Erase this person's personal data</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="270" />
            <source>Erased person</source>
            <translation>Erased person</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="145" />
            <source>Erase…</source>
            <translation>Erase…</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="339" />
            <source>Erasing {ref} removes for good: {names} name(s), the Latin form, date of birth, nationality, {docs} document(s), {facts} fact(s), {assess} assessment(s), notes, the review date and the notes on its {cases} case link(s). Kept: the reference, the category and the links to cases (for statistics). The erasure is recorded in the audit trail with your justification.</source>
            <translation>Erasing {ref} removes for good: {names} name(s), the Latin form, date of birth, nationality, {docs} document(s), {facts} fact(s), {assess} assessment(s), notes, the review date and the notes on its {cases} case link(s). Kept: the reference, the category and the links to cases (for statistics). The erasure is recorded in the audit trail with your justification.</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="198" />
            <source>Facts</source>
            <translation>Facts</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="421" />
            <source>Filter: name, Latin form or reference</source>
            <translation>Filter: name, Latin form or reference</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="167" />
            <source>Justification for the erasure</source>
            <translation>Justification for the erasure</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="169" />
            <source>Keep the data</source>
            <translation>Keep the data</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="59" />
            <location filename="../../ui/persons_page.py" line="189" />
            <source>Latin form</source>
            <translation>Latin form</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="423" />
            <source>List of persons</source>
            <translation>List of persons</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="58" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="185" />
            <source>Names in every script</source>
            <translation>Names in every script</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="188" />
            <source>Names:</source>
            <translation>Names:</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="61" />
            <location filename="../../ui/persons_page.py" line="190" />
            <location filename="../../ui/persons_page.py" line="415" />
            <source>Nationality</source>
            <translation>Nationality</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="90" />
            <source>New entry</source>
            <translation>New entry</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="395" />
            <location filename="../../ui/persons_page.py" line="419" />
            <source>New person</source>
            <translation>New person</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="456" />
            <source>New person in case {ref}</source>
            <translation>New person in case {ref}</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="418" />
            <source>No persons yet.</source>
            <translation>No persons yet.</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="298" />
            <source>No review date</source>
            <translation>No review date</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="297" />
            <source>None recorded</source>
            <translation>None recorded</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="113" />
            <source>None recorded.</source>
            <translation>None recorded.</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="288" />
            <location filename="../../ui/persons_page.py" line="290" />
            <source>Not known</source>
            <translation>Not known</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="191" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="200" />
            <source>Opinions and evaluations, kept apart from facts (LED Art. 7).</source>
            <translation>Opinions and evaluations, kept apart from facts (LED Art. 7).</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="200" />
            <source>Personal assessments</source>
            <translation>Personal assessments</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="390" />
            <location filename="../../ui/persons_page.py" line="395" />
            <source>Persons</source>
            <translation>Persons</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="57" />
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="63" />
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="191" />
            <source>Review date</source>
            <translation>Review date</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="396" />
            <source>Select a person in the list.</source>
            <translation>Select a person in the list.</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="93" />
            <source>Source (who or what it comes from)</source>
            <translation>Source (who or what it comes from)</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="287" />
            <source>Suggested by Liaison from the names: not an official transliteration.</source>
            <translation>Suggested by Liaison from the names: not an official transliteration.</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="367" />
            <source>The personal data of {ref} has been erased.</source>
            <translation>The personal data of {ref} has been erased.</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="355" />
            <source>The personal data of {ref} will be erased and cannot be brought back.</source>
            <translation>The personal data of {ref} will be erased and cannot be brought back.</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="198" />
            <source>What is established, with its source.</source>
            <translation>What is established, with its source.</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="166" />
            <source>Why the data must go (at least 10 characters)</source>
            <translation>Why the data must go (at least 10 characters)</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="91" />
            <source>{box}: new entry</source>
            <translation>{box}: new entry</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="94" />
            <source>{box}: source of the new entry</source>
            <translation>{box}: source of the new entry</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="302" />
            <source>{ref} as {role}</source>
            <translation>{ref} as {role}</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="109" />
            <source>{text}
    source: {source} · {date}</source>
            <translation>{text}
    source: {source} · {date}</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="292" />
            <source>{type} {number}, {country}, expires {expires}</source>
            <translation>{type} {number}, {country}, expires {expires}</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="284" />
            <source>{t} (automatic)</source>
            <translation>{t} (automatic)</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderSection</name>
        <message>
            <location filename="../../ui/sections.py" line="132" />
            <source>In this vault: {counts}</source>
            <translation>In this vault: {counts}</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="113" />
            <source>This section's screens arrive in a later version of Liaison.</source>
            <translation>This section's screens arrive in a later version of Liaison.</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="131" />
            <source>{label}: not in this vault yet</source>
            <translation>{label}: not in this vault yet</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="130" />
            <source>{label}: {count}</source>
            <translation>{label}: {count}</translation>
        </message>
    </context>
    <context>
        <name>RecordEditor</name>
        <message>
            <location filename="../../ui/forms.py" line="413" />
            <source>Cancel (Esc)</source>
            <translation>Cancel (Esc)</translation>
        </message>
        <message>
            <location filename="../../ui/forms.py" line="588" />
            <source>Discard changes?</source>
            <translation>Discard changes?</translation>
        </message>
        <message>
            <location filename="../../ui/forms.py" line="616" />
            <source>Error: {message}</source>
            <translation>Error: {message}</translation>
        </message>
        <message>
            <location filename="../../ui/forms.py" line="384" />
            <source>Fields marked{mark} are required.</source>
            <translation>Fields marked{mark} are required.</translation>
        </message>
        <message>
            <location filename="../../ui/forms.py" line="560" />
            <source>Nothing was saved ({why}). Your changes are still in the form.</source>
            <translation>Nothing was saved ({why}). Your changes are still in the form.</translation>
        </message>
        <message>
            <location filename="../../ui/forms.py" line="411" />
            <location filename="../../ui/forms.py" line="628" />
            <source>Save ({shortcut})</source>
            <translation>Save ({shortcut})</translation>
        </message>
        <message>
            <location filename="../../ui/forms.py" line="544" />
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <location filename="../../ui/forms.py" line="519" />
            <source>This field is required; fill it in to save.</source>
            <translation>This field is required; fill it in to save.</translation>
        </message>
        <message>
            <location filename="../../ui/forms.py" line="626" />
            <source>To save, fill in: {fields}</source>
            <translation>To save, fill in: {fields}</translation>
        </message>
        <message>
            <location filename="../../ui/forms.py" line="589" />
            <source>Your changes to {record} have not been saved and will be lost.</source>
            <translation>Your changes to {record} have not been saved and will be lost.</translation>
        </message>
    </context>
    <context>
        <name>RecordListView</name>
        <message>
            <location filename="../../ui/listview.py" line="525" />
            <source>Change or clear the filter to see more.</source>
            <translation>Change or clear the filter to see more.</translation>
        </message>
        <message>
            <location filename="../../ui/listview.py" line="261" />
            <source>Clear the filter</source>
            <translation>Clear the filter</translation>
        </message>
        <message>
            <location filename="../../ui/listview.py" line="390" />
            <source>Columns</source>
            <translation>Columns</translation>
        </message>
        <message>
            <location filename="../../ui/listview.py" line="544" />
            <source>Could not load the list: {message}</source>
            <translation>Could not load the list: {message}</translation>
        </message>
        <message>
            <location filename="../../ui/listview.py" line="163" />
            <source>Filter</source>
            <translation>Filter</translation>
        </message>
        <message>
            <location filename="../../ui/listview.py" line="203" />
            <source>List error</source>
            <translation>List error</translation>
        </message>
        <message>
            <location filename="../../ui/listview.py" line="158" />
            <source>Nothing here yet.</source>
            <translation>Nothing here yet.</translation>
        </message>
        <message>
            <location filename="../../ui/listview.py" line="524" />
            <source>Nothing matches the filter.</source>
            <translation>Nothing matches the filter.</translation>
        </message>
        <message>
            <location filename="../../ui/listview.py" line="403" />
            <source>Reset columns</source>
            <translation>Reset columns</translation>
        </message>
        <message>
            <location filename="../../ui/listview.py" line="182" />
            <source>{label}:</source>
            <translation>{label}:</translation>
        </message>
    </context>
    <context>
        <name>RecoveryCodeDialog</name>
        <message>
            <location filename="../../ui/settings_dialog.py" line="588" />
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="587" />
            <source>I have written it down</source>
            <translation>I have written it down</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="577" />
            <source>New recovery code</source>
            <translation>New recovery code</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="585" />
            <source>Recovery code</source>
            <translation>Recovery code</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="578" />
            <source>Write this code down now and keep it apart from this computer. It is shown only this once; the old code no longer works.</source>
            <translation>Write this code down now and keep it apart from this computer. It is shown only this once; the old code no longer works.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../../ui/unlock.py" line="379" />
            <source>Checking the recovery code...</source>
            <translation>Checking the recovery code...</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="304" />
            <location filename="../../ui/unlock.py" line="319" />
            <source>New passphrase</source>
            <translation>New passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="298" />
            <location filename="../../ui/unlock.py" line="317" />
            <source>Recovery code</source>
            <translation>Recovery code</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="321" />
            <source>Repeat it</source>
            <translation>Repeat it</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="306" />
            <source>Repeat the new passphrase</source>
            <translation>Repeat the new passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="348" />
            <source>The two passphrases differ. Type the same new passphrase twice.</source>
            <translation>The two passphrases differ. Type the same new passphrase twice.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="293" />
            <source>Type the recovery code you wrote down when the vault was created (dashes and spaces do not matter), then choose a new passphrase.</source>
            <translation>Type the recovery code you wrote down when the vault was created (dashes and spaces do not matter), then choose a new passphrase.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="344" />
            <source>Type the recovery code.</source>
            <translation>Type the recovery code.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="326" />
            <source>Unlock and set passphrase</source>
            <translation>Unlock and set passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="289" />
            <source>Unlock with the recovery code</source>
            <translation>Unlock with the recovery code</translation>
        </message>
    </context>
    <context>
        <name>RequestWizard</name>
        <message>
            <location filename="../../ui/request_wizard.py" line="205" />
            <source>&amp;Back</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="700" />
            <source>&amp;E-mail…</source>
            <translation>&amp;E-mail…</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="207" />
            <source>&amp;Finalise</source>
            <translation>&amp;Finalise</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="335" />
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="206" />
            <source>&amp;Next</source>
            <translation>&amp;Next</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="698" />
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="699" />
            <source>&amp;Save as…</source>
            <translation>&amp;Save as…</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="337" />
            <source>&amp;Second language:</source>
            <translation>&amp;Second language:</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="268" />
            <source>&amp;Use the suggestion</source>
            <translation>&amp;Use the suggestion</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="488" />
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="521" />
            <source>(not chosen)</source>
            <translation>(not chosen)</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="271" />
            <source>1. Which request?</source>
            <translation>1. Which request?</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="339" />
            <source>2. In which language?</source>
            <translation>2. In which language?</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="397" />
            <source>3. Fill in what is missing</source>
            <translation>3. Fill in what is missing</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="716" />
            <source>4. Make it final</source>
            <translation>4. Make it final</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="322" />
            <source>Also in the &amp;receiving state's language</source>
            <translation>Also in the &amp;receiving state's language</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="602" />
            <source>Choose the request type first.</source>
            <translation>Choose the request type first.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="208" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="213" />
            <source>Close; your answers are kept (Esc)</source>
            <translation>Close; your answers are kept (Esc)</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="673" />
            <source>Draft: {pages} page(s). DRAFT is printed on every page.</source>
            <translation>Draft: {pages} page(s). DRAFT is printed on every page.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="465" />
            <source>Edit case {ref}</source>
            <translation>Edit case {ref}</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="464" />
            <source>Edit case…</source>
            <translation>Edit case…</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="178" />
            <source>Enter or double-click goes to the field</source>
            <translation>Enter or double-click goes to the field</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="177" />
            <source>Fields still missing; Enter goes to the field</source>
            <translation>Fields still missing; Enter goes to the field</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="806" />
            <source>Fill in</source>
            <translation>Fill in</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="832" />
            <source>Fill in what the list on the left names first.</source>
            <translation>Fill in what the list on the left names first.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="763" />
            <source>Final document made and kept in the register: version {version}, document id {id}.</source>
            <translation>Final document made and kept in the register: version {version}, document id {id}.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="806" />
            <source>Finalise</source>
            <translation>Finalise</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="414" />
            <source>Fixed text of this request.</source>
            <translation>Fixed text of this request.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="421" />
            <source>From case {ref}.</source>
            <translation>From case {ref}.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="407" />
            <source>From case {ref}: a change here is saved to the case.</source>
            <translation>From case {ref}: a change here is saved to the case.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="420" />
            <source>From case {ref}: fill it in the case (Edit case…).</source>
            <translation>From case {ref}: fill it in the case (Edit case…).</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="411" />
            <source>From the addressee: the requested state's authority in the directory. Record it in Contacts and agencies.</source>
            <translation>From the addressee: the requested state's authority in the directory. Record it in Contacts and agencies.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="418" />
            <source>From the case's urgency and the access to the information.</source>
            <translation>From the case's urgency and the access to the information.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="409" />
            <source>From your officer profile: a change here is saved to your profile.</source>
            <translation>From your officer profile: a change here is saved to your profile.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="806" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="321" />
            <source>Language of the document</source>
            <translation>Language of the document</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="831" />
            <source>Make the final document (Alt+F)</source>
            <translation>Make the final document (Alt+F)</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="211" />
            <source>Make the final document and keep it in the register (Alt+F or Ctrl+Enter)</source>
            <translation>Make the final document and keep it in the register (Alt+F or Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="159" />
            <location filename="../../ui/request_wizard.py" line="226" />
            <source>New request for case {ref}</source>
            <translation>New request for case {ref}</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="210" />
            <source>Next step (Alt+N)</source>
            <translation>Next step (Alt+N)</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="359" />
            <source>No second language suggested: the addressee's languages are not known, or they are yours.</source>
            <translation>No second language suggested: the addressee's languages are not known, or they are yours.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="111" />
            <source>No suggestion: the case has no legal basis and the legal-basis finder found none between these states. Choose the request type.</source>
            <translation>No suggestion: the case has no legal basis and the legal-basis finder found none between these states. Choose the request type.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="619" />
            <source>Nothing is missing: the document can be made final.</source>
            <translation>Nothing is missing: the document can be made final.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="505" />
            <source>One item per line</source>
            <translation>One item per line</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="209" />
            <source>Previous step (Alt+B)</source>
            <translation>Previous step (Alt+B)</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="324" />
            <source>Receiving state's language</source>
            <translation>Receiving state's language</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="263" />
            <location filename="../../ui/request_wizard.py" line="806" />
            <source>Request type</source>
            <translation>Request type</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="165" />
            <source>Steps</source>
            <translation>Steps</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="289" />
            <source>Suggested: {title}, because {why}.</source>
            <translation>Suggested: {title}, because {why}.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="353" />
            <source>The addressee works in {name}: suggested as the second language.</source>
            <translation>The addressee works in {name}: suggested as the second language.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="416" />
            <source>The date the document is made.</source>
            <translation>The date the document is made.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="341" />
            <source>The document is written in your language; a bilingual document gives every label in both.</source>
            <translation>The document is written in your language; a bilingual document gives every label in both.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="384" />
            <source>The draft appears here as you type.</source>
            <translation>The draft appears here as you type.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="680" />
            <source>The draft could not be drawn: {error}</source>
            <translation>The draft could not be drawn: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="712" />
            <source>The final document appears here once it is made.</source>
            <translation>The final document appears here once it is made.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="771" />
            <source>The final document, as kept in the register: {pages} page(s).</source>
            <translation>The final document, as kept in the register: {pages} page(s).</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="659" />
            <source>Updating the draft…</source>
            <translation>Updating the draft…</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="269" />
            <source>Use the suggestion</source>
            <translation>Use the suggestion</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="169" />
            <source>What is left</source>
            <translation>What is left</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="405" />
            <source>Your answer for this request.</source>
            <translation>Your answer for this request.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="399" />
            <source>Your answers are saved as you type. Values from the case or your profile are saved there.</source>
            <translation>Your answers are saved as you type. Values from the case or your profile are saved there.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="812" />
            <source>complete</source>
            <translation>complete</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="817" />
            <source>current step</source>
            <translation>current step</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="814" />
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="98" />
            <source>the case's legal basis is {title}</source>
            <translation>the case's legal basis is {title}</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="108" />
            <source>the legal-basis finder's best basis from {a} to {b} is {title}</source>
            <translation>the legal-basis finder's best basis from {a} to {b} is {title}</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="620" />
            <source>{n} field(s) missing. Choose one to go to it.</source>
            <translation>{n} field(s) missing. Choose one to go to it.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="811" />
            <source>{n} missing</source>
            <translation>{n} missing</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="736" />
            <source>{title} ({langs}) cannot be made final yet. Still missing:
{names}</source>
            <translation>{title} ({langs}) cannot be made final yet. Still missing:
{names}</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="739" />
            <source>{title} ({langs}) is complete. Finalise makes the final PDF, keeps it in the register and records it in the audit trail.</source>
            <translation>{title} ({langs}) is complete. Finalise makes the final PDF, keeps it in the register and records it in the audit trail.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="732" />
            <source>{title} ({langs}) was made final. Change an answer to make a new version.</source>
            <translation>{title} ({langs}) was made final. Change an answer to make a new version.</translation>
        </message>
    </context>
    <context>
        <name>Sections</name>
        <message>
            <location filename="../../ui/sections.py" line="159" />
            <source>Agencies</source>
            <translation>Agencies</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="54" />
            <location filename="../../ui/sections.py" line="165" />
            <source>Agreements</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="178" />
            <source>Attachments</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="57" />
            <source>Audit</source>
            <translation>Audit</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="51" />
            <location filename="../../ui/sections.py" line="147" />
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="159" />
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="53" />
            <source>Contacts and agencies</source>
            <translation>Contacts and agencies</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="50" />
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="56" />
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="145" />
            <source>Each case: its number, the requesting and requested states, the legal basis, the handling code, deadlines and everything exchanged about it.</source>
            <translation>Each case: its number, the requesting and requested states, the legal basis, the handling code, deadlines and everything exchanged about it.</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="185" />
            <source>Entries</source>
            <translation>Entries</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="55" />
            <source>Exchange log</source>
            <translation>Exchange log</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="172" />
            <source>Exchanges</source>
            <translation>Exchanges</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="177" />
            <source>Formal requests, replies and attachments, kept encrypted inside the vault.</source>
            <translation>Formal requests, replies and attachments, kept encrypted inside the vault.</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="52" />
            <location filename="../../ui/sections.py" line="153" />
            <source>Persons</source>
            <translation>Persons</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="152" />
            <source>Persons named in cases, with their names in every script and the cases they appear in.</source>
            <translation>Persons named in cases, with their names in every script and the cases they appear in.</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="183" />
            <source>The audit trail: every creation, change, consultation, disclosure and erasure, hash-chained so that any entry altered or removed is found.</source>
            <translation>The audit trail: every creation, change, consultation, disclosure and erasure, hash-chained so that any entry altered or removed is found.</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="164" />
            <source>The treaties, conventions and arrangements that give each exchange its legal basis.</source>
            <translation>The treaties, conventions and arrangements that give each exchange its legal basis.</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="170" />
            <source>What was sent and received, with whom, when, on which legal basis and under which handling conditions.</source>
            <translation>What was sent and received, with whom, when, on which legal basis and under which handling conditions.</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="158" />
            <source>Your counterparts abroad and at home, and the agencies and units they work for.</source>
            <translation>Your counterparts abroad and at home, and the agencies and units they work for.</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <location filename="../../ui/session.py" line="132" />
            <source>Created in this session</source>
            <translation>Created in this session</translation>
        </message>
        <message>
            <location filename="../../ui/session.py" line="160" />
            <source>The vault was created, but the keychain could not keep its key: {message} The vault will ask for its passphrase.</source>
            <translation>The vault was created, but the keychain could not keep its key: {message} The vault will ask for its passphrase.</translation>
        </message>
        <message>
            <location filename="../../ui/session.py" line="128" />
            <source>Unlocked with the keychain ({keychain})</source>
            <translation>Unlocked with the keychain ({keychain})</translation>
        </message>
        <message>
            <location filename="../../ui/session.py" line="133" />
            <source>Unlocked with the passphrase</source>
            <translation>Unlocked with the passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/session.py" line="130" />
            <source>Unlocked with the recovery code</source>
            <translation>Unlocked with the recovery code</translation>
        </message>
        <message>
            <location filename="../../ui/session.py" line="120" />
            <source>the OS keychain</source>
            <translation>the OS keychain</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../ui/settings_dialog.py" line="207" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="178" />
            <source>A PNG or JPEG file, printed at the top of documents.</source>
            <translation>A PNG or JPEG file, printed at the top of documents.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="455" />
            <source>A new recovery code replaces the old one, which stops working at once. Issue a new code?</source>
            <translation>A new recovery code replaces the old one, which stops working at once. Issue a new code?</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="471" />
            <source>A new recovery code was issued; the old one no longer works.</source>
            <translation>A new recovery code was issued; the old one no longer works.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="166" />
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="204" />
            <source>Applies at once to the whole window.</source>
            <translation>Applies at once to the whole window.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="162" />
            <source>Authority</source>
            <translation>Authority</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="217" />
            <source>Change passphrase...</source>
            <translation>Change passphrase...</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="110" />
            <source>Choose...</source>
            <translation>Choose...</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="111" />
            <source>Choose: {what}</source>
            <translation>Choose: {what}</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="112" />
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="113" />
            <source>Clear: {what}</source>
            <translation>Clear: {what}</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="188" />
            <source>Default document language</source>
            <translation>Default document language</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="366" />
            <source>Discard changes</source>
            <translation>Discard changes</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="186" />
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="168" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="327" />
            <location filename="../../ui/settings_dialog.py" line="350" />
            <location filename="../../ui/settings_dialog.py" line="440" />
            <location filename="../../ui/settings_dialog.py" line="483" />
            <source>Error: {message}</source>
            <translation>Error: {message}</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="209" />
            <source>From 1 to 120 minutes without keyboard or mouse.</source>
            <translation>From 1 to 120 minutes without keyboard or mouse.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="175" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="199" />
            <source>Interface and locking</source>
            <translation>Interface and locking</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="203" />
            <source>Interface language</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="460" />
            <source>Issuing a new recovery code...</source>
            <translation>Issuing a new recovery code...</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="174" />
            <location filename="../../ui/settings_dialog.py" line="176" />
            <location filename="../../ui/settings_dialog.py" line="177" />
            <source>Letterhead logo</source>
            <translation>Letterhead logo</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="208" />
            <source>Lock after inactivity</source>
            <translation>Lock after inactivity</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="181" />
            <source>Logo preview</source>
            <translation>Logo preview</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="159" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="454" />
            <source>New recovery code</source>
            <translation>New recovery code</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="219" />
            <source>New recovery code...</source>
            <translation>New recovery code...</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="294" />
            <source>No logo.</source>
            <translation>No logo.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="421" />
            <source>Not available: {reason}.</source>
            <translation>Not available: {reason}.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="157" />
            <source>Officer profile (on every document you produce)</source>
            <translation>Officer profile (on every document you produce)</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="189" />
            <location filename="../../ui/settings_dialog.py" line="190" />
            <location filename="../../ui/settings_dialog.py" line="375" />
            <location filename="../../ui/settings_dialog.py" line="381" />
            <source>Own templates folder</source>
            <translation>Own templates folder</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="167" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="173" />
            <source>Printed under your name at the end of letters and requests.</source>
            <translation>Printed under your name at the end of letters and requests.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="160" />
            <source>Rank</source>
            <translation>Rank</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="214" />
            <source>Remember the key in the OS keychain</source>
            <translation>Remember the key in the OS keychain</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="213" />
            <source>Remember the key in the OS keychain (no passphrase on this computer)</source>
            <translation>Remember the key in the OS keychain (no passphrase on this computer)</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="239" />
            <source>Save the settings (Ctrl+S)</source>
            <translation>Save the settings (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="212" />
            <source>Security (each button acts at once)</source>
            <translation>Security (each button acts at once)</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="152" />
            <location filename="../../ui/settings_dialog.py" line="153" />
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="172" />
            <source>Signature block</source>
            <translation>Signature block</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="191" />
            <source>Templates there are used beside the built-in ones, and replace those with the same id.</source>
            <translation>Templates there are used beside the built-in ones, and replace those with the same id.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="433" />
            <source>The key is now remembered in {label}.</source>
            <translation>The key is now remembered in {label}.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="425" />
            <source>The key is remembered in {label}.</source>
            <translation>The key is remembered in {label}.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="437" />
            <source>The key was removed from the keychain; the vault will ask for its passphrase.</source>
            <translation>The key was removed from the keychain; the vault will ask for its passphrase.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="450" />
            <source>The passphrase was changed.</source>
            <translation>The passphrase was changed.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="426" />
            <source>The vault asks for its passphrase when it opens.</source>
            <translation>The vault asks for its passphrase when it opens.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="264" />
            <source>The vault is locked.</source>
            <translation>The vault is locked.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="404" />
            <source>These templates cannot be used:</source>
            <translation>These templates cannot be used:</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="294" />
            <source>This file cannot be shown.</source>
            <translation>This file cannot be shown.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="161" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="366" />
            <source>Your changes to the settings are not saved. Discard them?</source>
            <translation>Your changes to the settings are not saved. Discard them?</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="407" />
            <source>{n} templates available, none with a problem.</source>
            <translation>{n} templates available, none with a problem.</translation>
        </message>
    </context>
    <context>
        <name>Strength</name>
        <message>
            <location filename="../../ui/strength.py" line="84" />
            <source>Acceptable. One or two more unrelated words make it much stronger.</source>
            <translation>Acceptable. One or two more unrelated words make it much stronger.</translation>
        </message>
        <message>
            <location filename="../../ui/strength.py" line="82" />
            <source>Easy to guess. Add more unrelated words.</source>
            <translation>Easy to guess. Add more unrelated words.</translation>
        </message>
        <message>
            <location filename="../../ui/strength.py" line="27" />
            <source>Fair</source>
            <translation>Fair</translation>
        </message>
        <message>
            <location filename="../../ui/strength.py" line="28" />
            <source>Good</source>
            <translation>Good</translation>
        </message>
        <message>
            <location filename="../../ui/strength.py" line="86" />
            <source>Hard to guess.</source>
            <translation>Hard to guess.</translation>
        </message>
        <message>
            <location filename="../../ui/strength.py" line="29" />
            <source>Strong</source>
            <translation>Strong</translation>
        </message>
        <message>
            <location filename="../../ui/strength.py" line="25" />
            <source>Too short</source>
            <translation>Too short</translation>
        </message>
        <message>
            <location filename="../../ui/strength.py" line="66" />
            <source>Use at least {count} characters ({left} more).</source>
            <translation>Use at least {count} characters ({left} more).</translation>
        </message>
        <message>
            <location filename="../../ui/strength.py" line="87" />
            <source>Very hard to guess.</source>
            <translation>Very hard to guess.</translation>
        </message>
        <message>
            <location filename="../../ui/strength.py" line="26" />
            <source>Weak</source>
            <translation>Weak</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <location filename="../../ui/widgets.py" line="123" />
            <source>Passphrase strength</source>
            <translation>Passphrase strength</translation>
        </message>
        <message>
            <location filename="../../ui/widgets.py" line="141" />
            <source>Strength (estimate): {level}. {advice}</source>
            <translation>Strength (estimate): {level}. {advice}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets.py" line="135" />
            <source>Strength: a few unrelated words make a passphrase long and easy to remember.</source>
            <translation>Strength: a few unrelated words make a passphrase long and easy to remember.</translation>
        </message>
    </context>
    <context>
        <name>TimeZonePicker</name>
        <message>
            <location filename="../../ui/pickers.py" line="551" />
            <source>Time zone</source>
            <translation>Time zone</translation>
        </message>
        <message>
            <location filename="../../ui/pickers.py" line="549" />
            <source>Time zone: city or region</source>
            <translation>Time zone: city or region</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <location filename="../../ui/unlock.py" line="210" />
            <source>Asking {keychain} for the key...</source>
            <translation>Asking {keychain} for the key...</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="233" />
            <source>Keychain problem: {message} Unlock with the passphrase instead.</source>
            <translation>Keychain problem: {message} Unlock with the passphrase instead.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="69" />
            <location filename="../../ui/unlock.py" line="70" />
            <source>Liaison is locked</source>
            <translation>Liaison is locked</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="44" />
            <source>Liaison vaults (*.liaison);;All files (*)</source>
            <translation>Liaison vaults (*.liaison);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="262" />
            <source>Open another vault</source>
            <translation>Open another vault</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="101" />
            <source>Open another vault...</source>
            <translation>Open another vault...</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="77" />
            <location filename="../../ui/unlock.py" line="79" />
            <location filename="../../ui/unlock.py" line="128" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="51" />
            <source>Something unexpected went wrong ({error}). The vault was not changed.</source>
            <translation>Something unexpected went wrong ({error}). The vault was not changed.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="160" />
            <source>This is the demo vault: fictional data only. Its passphrase is: {passphrase}</source>
            <translation>This is the demo vault: fictional data only. Its passphrase is: {passphrase}</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="195" />
            <source>Type the passphrase, then press Unlock.</source>
            <translation>Type the passphrase, then press Unlock.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="86" />
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="170" />
            <source>Unlock with the key kept in {keychain}</source>
            <translation>Unlock with the key kept in {keychain}</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="90" />
            <source>Unlock with the keychain</source>
            <translation>Unlock with the keychain</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="88" />
            <source>Unlock with the passphrase</source>
            <translation>Unlock with the passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="98" />
            <source>Unlock with the recovery code and set a new passphrase</source>
            <translation>Unlock with the recovery code and set a new passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="169" />
            <source>Unlock with {keychain}</source>
            <translation>Unlock with {keychain}</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="219" />
            <source>Unlocked with {keychain}.</source>
            <translation>Unlocked with {keychain}.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="207" />
            <source>Unlocking with {keychain}...</source>
            <translation>Unlocking with {keychain}...</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="199" />
            <source>Unlocking...</source>
            <translation>Unlocking...</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="95" />
            <source>Use the recovery code...</source>
            <translation>Use the recovery code...</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="157" />
            <source>Vault: {path}</source>
            <translation>Vault: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="205" />
            <source>the keychain</source>
            <translation>the keychain</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../../ui/workspace.py" line="67" />
            <source>&amp;Import bundle…</source>
            <translation>&amp;Import bundle…</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="68" />
            <source>&amp;Oversight report…</source>
            <translation>&amp;Oversight report…</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="66" />
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="64" />
            <source>&amp;Tools</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="60" />
            <source>Choose a case, then use Hand over… in its header.</source>
            <translation>Choose a case, then use Hand over… in its header.</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="79" />
            <source>Export bundle (hand over the open case)…</source>
            <translation>Export bundle (hand over the open case)…</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="81" />
            <source>Import bundle…</source>
            <translation>Import bundle…</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="78" />
            <source>New case</source>
            <translation>New case</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="82" />
            <source>Oversight report…</source>
            <translation>Oversight report…</translation>
        </message>
    </context>
</TS>
