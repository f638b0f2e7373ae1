<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AgreementsPage</name>
        <message>
            <location filename="../../ui/agreements_page.py" line="304" />
            <location filename="../../ui/agreements_page.py" line="309" />
            <source>Add agreement…</source>
            <translation>Ajouter un accord…</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="303" />
            <source>Add the treaties and arrangements your exchanges rest on.</source>
            <translation>Ajoutez les traités et arrangements sur lesquels reposent vos échanges.</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="266" />
            <location filename="../../ui/agreements_page.py" line="315" />
            <source>Agreements</source>
            <translation>Accords</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="298" />
            <source>All countries</source>
            <translation>Tous</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="299" />
            <source>All origins</source>
            <translation>Toutes</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="296" />
            <source>All types</source>
            <translation>Tous</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="311" />
            <source>Edit agreement</source>
            <translation>Modifier l'accord</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="305" />
            <source>Filter agreements: title, reference, offences…</source>
            <translation>Filtrer les accords : intitulé, référence, infractions…</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="292" />
            <source>In force from</source>
            <translation>En vigueur depuis</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="316" />
            <source>Legal-basis finder</source>
            <translation>Recherche de la base juridique</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="310" />
            <source>New agreement</source>
            <translation>Nouvel accord</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="302" />
            <source>No agreements yet.</source>
            <translation>Aucun accord pour l'instant.</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="287" />
            <location filename="../../ui/agreements_page.py" line="299" />
            <source>Origin</source>
            <translation>Origine</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="290" />
            <source>Parties</source>
            <translation>Parties</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="298" />
            <source>Party</source>
            <translation>Partie</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="285" />
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="293" />
            <source>Review</source>
            <translation>Réexamen</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="288" />
            <source>Source: {source}</source>
            <translation>Source : {source}</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="284" />
            <source>Title</source>
            <translation>Intitulé</translation>
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
            <translation>non enregistré</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location filename="../../ui/audit_page.py" line="179" />
            <source>&amp;Export...</source>
            <translation>&amp;Exporter...</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="208" />
            <source>&amp;To:</source>
            <translation>&amp;Au :</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="175" />
            <source>&amp;Verify</source>
            <translation>&amp;Vérifier</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="214" />
            <source>(local days, both included)</source>
            <translation>(jours en heure locale, bornes incluses)</translation>
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
            <translation>Tous</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="171" />
            <source>Audit trail</source>
            <translation>Journal d'audit</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="188" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="246" />
            <source>Change or clear the filters.</source>
            <translation>Modifiez ou effacez les filtres.</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="176" />
            <source>Check the whole chain of hashes (Alt+V)</source>
            <translation>Vérifier toute la chaîne d'empreintes (Alt+V)</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="306" />
            <source>Checking every entry of the trail...</source>
            <translation>Vérification de chaque entrée du journal...</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="361" />
            <source>Error: the file could not be written ({reason}).</source>
            <translation>Erreur : le fichier n'a pas pu être écrit ({reason}).</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="271" />
            <source>Error: the period ends before it starts; swap the dates.</source>
            <translation>Erreur : la période se termine avant de commencer ; inversez les dates.</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="338" />
            <source>Error: the trail could not be checked: {message}</source>
            <translation>Erreur : le journal n'a pas pu être vérifié : {message}</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="357" />
            <source>Error: {message}</source>
            <translation>Erreur : {message}</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="173" />
            <source>Every creation, change, consultation, disclosure and erasure, in order. Each entry carries the hash of the one before, so that an entry altered, removed or reordered is found by Verify.</source>
            <translation>Chaque création, modification, consultation, communication et effacement, dans l'ordre. Chaque entrée porte l'empreinte de la précédente, de sorte qu'une entrée modifiée, supprimée ou déplacée est détectée par Vérifier.</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="182" />
            <location filename="../../ui/audit_page.py" line="348" />
            <source>Export the audit trail</source>
            <translation>Exporter le journal d'audit</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="180" />
            <source>Export the whole trail as JSON or CSV for a supervisory authority (Alt+E)</source>
            <translation>Exporter tout le journal en JSON ou en CSV pour une autorité de contrôle (Alt+E)</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="365" />
            <source>Exported the whole trail ({fmt}) to {path}. The export itself is recorded in the trail.</source>
            <translation>Journal entier exporté ({fmt}) vers {path}. L'exportation elle-même est consignée dans le journal.</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="206" />
            <source>F&amp;rom:</source>
            <translation>D&amp;u :</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="193" />
            <source>From date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="349" />
            <source>JSON, checkable on its own (*.json);;CSV for spreadsheets (*.csv)</source>
            <translation>JSON, vérifiable isolément (*.json);;CSV pour tableur (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="151" />
            <source>Justification</source>
            <translation>Justification</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="246" />
            <source>No entry matches.</source>
            <translation>Aucune entrée ne correspond.</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="144" />
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="152" />
            <source>Recipients</source>
            <translation>Destinataires</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="148" />
            <location filename="../../ui/audit_page.py" line="242" />
            <source>Record</source>
            <translation>Fiche</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="149" />
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="150" />
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="247" />
            <source>Text in the summary or reference</source>
            <translation>Texte du résumé ou de la référence</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="195" />
            <source>To date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="177" />
            <source>Verify the audit trail</source>
            <translation>Vérifier le journal d'audit</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="145" />
            <source>When (local)</source>
            <translation>Date (heure locale)</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="146" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="56" />
            <source>agency</source>
            <translation>organisme</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="57" />
            <source>agreement</source>
            <translation>accord</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="57" />
            <source>attachment</source>
            <translation>pièce jointe</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="59" />
            <source>audit</source>
            <translation>audit</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="58" />
            <source>bundle</source>
            <translation>paquet</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="56" />
            <source>case</source>
            <translation>dossier</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="56" />
            <source>contact</source>
            <translation>contact</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="58" />
            <source>deadline</source>
            <translation>échéance</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="58" />
            <source>document</source>
            <translation>document</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="57" />
            <source>exchange</source>
            <translation>échange</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="56" />
            <source>person</source>
            <translation>personne</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="58" />
            <source>vault</source>
            <translation>coffre</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="322" />
            <source>✓ Intact: {n} entries, each following the one before.</source>
            <translation>✓ Intact : {n} entrées, chacune à la suite de la précédente.</translation>
        </message>
        <message>
            <location filename="../../ui/audit_page.py" line="326" />
            <source>✗ Broken at entry {seq}: {problem}. Keep the vault as it is and tell your data protection officer.</source>
            <translation>✗ Rompu à l'entrée {seq} : {problem}. Laissez le coffre en l'état et prévenez votre délégué à la protection des données.</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <location filename="../../ui/charts.py" line="109" />
            <source>Bar: median days to the first answer.  Line: 90th percentile.</source>
            <translation>Barre : nombre médian de jours jusqu'à la première réponse.  Ligne : 90e centile.</translation>
        </message>
        <message>
            <location filename="../../ui/charts.py" line="72" />
            <source>No answered requests in this period.</source>
            <translation>Aucune demande ayant reçu une réponse sur cette période.</translation>
        </message>
        <message>
            <location filename="../../ui/charts.py" line="51" />
            <source>Response times per country</source>
            <translation>Délais de réponse par pays</translation>
        </message>
        <message>
            <location filename="../../ui/charts.py" line="75" />
            <source>{label}: median {median} days, 90th percentile {p90} days ({answered} answered, {pending} pending)</source>
            <translation>{label} : médiane {median} jours, 90e centile {p90} jours ({answered} traitées, {pending} en attente)</translation>
        </message>
        <message>
            <location filename="../../ui/charts.py" line="113" />
            <location filename="../../ui/charts.py" line="135" />
            <source>{median} d · p90 {p90} d</source>
            <translation>{median} j · p90 {p90} j</translation>
        </message>
    </context>
    <context>
        <name>BusyRow</name>
        <message>
            <location filename="../../ui/widgets.py" line="87" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../ui/widgets.py" line="88" />
            <source>Cancel the work in progress</source>
            <translation>Annuler le travail en cours</translation>
        </message>
        <message>
            <location filename="../../ui/widgets.py" line="89" />
            <source>Stop before anything is written (Esc)</source>
            <translation>Arrêter avant toute écriture (Échap)</translation>
        </message>
    </context>
    <context>
        <name>CaseEditor</name>
        <message>
            <location filename="../../ui/case_editor.py" line="90" />
            <source>A short description an officer recognises; no names of persons.</source>
            <translation>Une description courte qu'un agent reconnaît ; aucun nom de personne.</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="119" />
            <source>Assigned officer</source>
            <translation>Agent chargé</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="92" />
            <source>Counterpart's reference</source>
            <translation>Réf. de l'homologue</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="160" />
            <source>Edit case {ref}</source>
            <translation>Modifier le dossier {ref}</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="124" />
            <source>Handling</source>
            <translation>Code de traitement</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="117" />
            <source>Handling and legal basis</source>
            <translation>Code de traitement et base juridique</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="48" />
            <location filename="../../ui/case_editor.py" line="121" />
            <source>Legal basis</source>
            <translation>Base juridique</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="115" />
            <source>Needed when the case is urgent.</source>
            <translation>Obligatoire lorsque le dossier est urgent.</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="81" />
            <location filename="../../ui/case_editor.py" line="146" />
            <source>New case</source>
            <translation>Nouveau dossier</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="51" />
            <source>No legal basis chosen</source>
            <translation>Aucune base juridique choisie</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="109" />
            <source>Normal</source>
            <translation>Normale</translation>
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
            <translation>Catégorie d'infraction</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="36" />
            <source>Offence category: type a word</source>
            <translation>Catégorie : saisissez un mot</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="97" />
            <source>Offence in words</source>
            <translation>Infraction (texte libre)</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="95" />
            <source>One of the 32 categories of the EIO Directive, Annex D.</source>
            <translation>L'une des 32 catégories de la directive DEE, annexe D.</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="114" />
            <source>Reason for urgency</source>
            <translation>Motif de l'urgence</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="107" />
            <source>Requested state</source>
            <translation>État requis</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="105" />
            <source>Requesting state</source>
            <translation>État requérant</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="126" />
            <source>Review date</source>
            <translation>Date de réexamen</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="103" />
            <source>States and urgency</source>
            <translation>États et urgence</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="101" />
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="132" />
            <source>Tags</source>
            <translation>Mots-clés</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="129" />
            <source>Tags and notes</source>
            <translation>Mots-clés et notes</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="87" />
            <source>The case</source>
            <translation>Le dossier</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="122" />
            <source>The case view's legal-basis finder suggests one.</source>
            <translation>La recherche de base juridique de la vue du dossier en suggère une.</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="89" />
            <source>Title</source>
            <translation>Intitulé</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="112" />
            <source>Urgency</source>
            <translation>Urgence</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="109" />
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="98" />
            <source>When no category fits, or to say more.</source>
            <translation>Lorsqu'aucune catégorie ne convient, ou pour préciser.</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="127" />
            <source>When to check whether the case's data must still be kept.</source>
            <translation>Date à laquelle vérifier si les données du dossier doivent encore être conservées.</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="131" />
            <source>Words separated by commas</source>
            <translation>Mots séparés par des virgules</translation>
        </message>
        <message>
            <location filename="../../ui/case_editor.py" line="81" />
            <source>this case</source>
            <translation>ce dossier</translation>
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
            <translation>Accord à utiliser</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="490" />
            <source>Agreements found and excluded</source>
            <translation>Accords trouvés et écartés</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="80" />
            <source>Archived</source>
            <translation>Archivé</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="92" />
            <source>Archive…</source>
            <translation>Archiver…</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="357" />
            <source>Assigned officer</source>
            <translation>Agent chargé du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="79" />
            <source>Awaiting response</source>
            <translation>En attente de réponse</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="683" />
            <source>CORRECTED: superseded by a later entry</source>
            <translation>RECTIFIÉE : remplacée par une entrée ultérieure</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="232" />
            <source>Case details</source>
            <translation>Détails du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="817" />
            <source>Case {ref} is now “{new}”.</source>
            <translation>Le dossier {ref} est maintenant « {new} ».</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="911" />
            <source>Cases</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="323" />
            <source>Change status:</source>
            <translation>Changer le statut :</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="808" />
            <source>Change the status</source>
            <translation>Changer le statut</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="411" />
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="92" />
            <source>Close the case…</source>
            <translation>Clore le dossier…</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="80" />
            <source>Closed</source>
            <translation>Clos</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="798" />
            <source>Copied {ref}; the clipboard is cleared in 30 seconds.</source>
            <translation>{ref} copié ; le presse-papiers sera vidé dans 30 secondes.</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="264" />
            <location filename="../../ui/case_view.py" line="270" />
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="266" />
            <source>Copy our reference</source>
            <translation>Copier notre référence</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="265" />
            <source>Copy our reference (cleared from the clipboard after 30 s)</source>
            <translation>Copier notre référence (effacée du presse-papiers après 30 s)</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="272" />
            <source>Copy their reference</source>
            <translation>Copier leur référence</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="271" />
            <source>Copy their reference (cleared from the clipboard after 30 s)</source>
            <translation>Copier leur référence (effacée du presse-papiers après 30 s)</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="423" />
            <source>Cross-check matches</source>
            <translation>Correspondances du recoupement</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="456" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="445" />
            <source>Deadline</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="451" />
            <source>Deadlines</source>
            <translation>Échéances</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="446" />
            <source>Deadlines of the case</source>
            <translation>Échéances du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="410" />
            <source>Direction</source>
            <translation>Sens</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="464" />
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="457" />
            <source>Documents of the case</source>
            <translation>Documents du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="78" />
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="282" />
            <source>Draft a formal request document for this case</source>
            <translation>Rédiger un document de demande formelle pour ce dossier</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="710" />
            <source>Due</source>
            <translation>Date limite</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="445" />
            <source>Due (counterpart's time)</source>
            <translation>Échéance (heure de l'homologue)</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="445" />
            <source>Due (your time)</source>
            <translation>Échéance (votre heure)</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="280" />
            <source>Edit this case (Ctrl+E)</source>
            <translation>Modifier ce dossier (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="279" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="440" />
            <source>Exchanges</source>
            <translation>Échanges</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="411" />
            <source>Exchanges, newest first</source>
            <translation>Échanges, les plus récents en premier</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="284" />
            <source>Export this case as an encrypted bundle for a colleague or partner</source>
            <translation>Exporter ce dossier sous forme de paquet chiffré pour un collègue ou un partenaire</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="487" />
            <source>Find</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="589" />
            <source>From {a} to {b}</source>
            <translation>De {a} à {b}</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="283" />
            <source>Hand over…</source>
            <translation>Transmettre…</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="410" />
            <location filename="../../ui/case_view.py" line="456" />
            <source>Handling</source>
            <translation>Code de traitement</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="314" />
            <source>Handling:</source>
            <translation>Code de traitement :</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="474" />
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="468" />
            <source>History of the case</source>
            <translation>Historique du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="151" />
            <source>It is older than a year: party lists change; ask for a newer pack.</source>
            <translation>Elles datent de plus d'un an : les listes des parties changent ; demandez un paquet plus récent.</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="357" />
            <source>Legal basis</source>
            <translation>Base juridique</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="973" />
            <source>Legal basis set: {name}.</source>
            <translation>Base juridique retenue : {name}.</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="285" />
            <location filename="../../ui/case_view.py" line="477" />
            <source>Legal-basis finder</source>
            <translation>Recherche de la base juridique</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="384" />
            <source>Link</source>
            <translation>Lier</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="391" />
            <source>Link a person:</source>
            <translation>Lier une personne :</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="372" />
            <source>Linked persons</source>
            <translation>Personnes liées</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="843" />
            <source>Linked.</source>
            <translation>Liée.</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="410" />
            <source>Links</source>
            <translation>Liens</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="416" />
            <source>Log &amp;received…</source>
            <translation>Consigner une &amp;réception…</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="414" />
            <source>Log &amp;sent…</source>
            <translation>Con&amp;signer un envoi…</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="874" />
            <source>Log an exchange: case {ref}</source>
            <translation>Consigner un échange : dossier {ref}</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="911" />
            <source>Log entries</source>
            <translation>Entrées du journal</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="417" />
            <source>Log something received about this case (Alt+R)</source>
            <translation>Consigner une réception concernant ce dossier (Alt+R)</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="415" />
            <source>Log something sent about this case (Alt+S)</source>
            <translation>Consigner un envoi concernant ce dossier (Alt+S)</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="899" />
            <source>Logged as #{seq}, but the cross-check failed: {error}</source>
            <translation>Consigné sous le n° {seq}, mais le recoupement a échoué : {error}</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="903" />
            <source>Logged as #{seq}.</source>
            <translation>Consigné sous le n° {seq}.</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="91" />
            <source>Mark awaiting response…</source>
            <translation>Marquer en attente de réponse…</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="90" />
            <source>Mark request sent…</source>
            <translation>Marquer la demande comme envoyée…</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="91" />
            <source>Mark response received…</source>
            <translation>Marquer la réponse comme reçue…</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="422" />
            <source>Match</source>
            <translation>Correspondance</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="422" />
            <source>Matched on</source>
            <translation>Correspondance sur</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="479" />
            <source>Measure</source>
            <translation>Mesure</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="499" />
            <source>Measure:</source>
            <translation>Mesure :</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="806" />
            <source>Move case {ref} from “{old}” to “{new}”?</source>
            <translation>Faire passer le dossier {ref} de « {old} » à « {new} » ?</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="372" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="375" />
            <source>New person in this case…</source>
            <translation>Nouvelle personne dans ce dossier…</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="281" />
            <source>New request…</source>
            <translation>Nouvelle demande…</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="729" />
            <source>No deadline for this case.</source>
            <translation>Aucune échéance pour ce dossier.</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="767" />
            <source>No document has been finalised for this case.</source>
            <translation>Aucun document n'a été finalisé pour ce dossier.</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="137" />
            <source>No handling code</source>
            <translation>Aucun code de traitement</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="631" />
            <source>No review date</source>
            <translation>Aucune date de réexamen</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="410" />
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="628" />
            <source>Nobody assigned</source>
            <translation>Personne n'est affecté</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="627" />
            <source>None chosen yet: the legal-basis finder suggests one</source>
            <translation>Aucune choisie pour l'instant : la recherche de base juridique en suggère une</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="577" />
            <source>Normal urgency</source>
            <translation>Urgence normale</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="623" />
            <source>Not given</source>
            <translation>Non indiqué</translation>
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
            <translation>Rien dans le coffre ne correspond à cette demande.</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="669" />
            <source>Nothing logged yet.</source>
            <translation>Rien de consigné pour l'instant.</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="356" />
            <source>Offence</source>
            <translation>Infraction</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="486" />
            <source>On the date</source>
            <translation>À la date</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="500" />
            <source>On:</source>
            <translation>Le :</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="78" />
            <source>Open</source>
            <translation>Ouvert</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="374" />
            <source>Open person</source>
            <translation>Ouvrir la personne</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="90" />
            <source>Open the case…</source>
            <translation>Ouvrir le dossier…</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="456" />
            <source>Our reference</source>
            <translation>Notre référence</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="299" />
            <source>Ours:</source>
            <translation>Chez nous :</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="379" />
            <source>Person to link</source>
            <translation>Personne à lier</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="378" />
            <source>Person's reference, e.g. P-2026-0007</source>
            <translation>Référence de la personne, p. ex. P-2026-0007</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="405" />
            <location filename="../../ui/case_view.py" line="911" />
            <source>Persons</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="358" />
            <source>Reason for the status</source>
            <translation>Motif du statut</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="321" />
            <source>Reason for the status change</source>
            <translation>Motif du changement de statut</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="320" />
            <source>Reason for the status change (needed to reopen)</source>
            <translation>Motif du changement de statut (obligatoire pour rouvrir)</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="358" />
            <source>Reason for urgency</source>
            <translation>Motif de l'urgence</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="372" />
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="149" />
            <source>Reference data: pack {v}, status as of {d}.</source>
            <translation>Données de référence : paquet {v}, état au {d}.</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="88" />
            <source>Reopen…</source>
            <translation>Rouvrir…</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="78" />
            <source>Request sent</source>
            <translation>Demande envoyée</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="79" />
            <source>Response received</source>
            <translation>Réponse reçue</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="359" />
            <source>Review date</source>
            <translation>Date de réexamen</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="372" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="381" />
            <source>Role in the case</source>
            <translation>Rôle dans le dossier</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="418" />
            <source>Show older entries</source>
            <translation>Afficher les entrées plus anciennes</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="287" />
            <source>Show or hide the legal-basis finder (Ctrl+B)</source>
            <translation>Afficher ou masquer la recherche de base juridique (Ctrl+B)</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="445" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="445" />
            <source>State</source>
            <translation>Situation</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="356" />
            <source>States</source>
            <translation>États</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="274" />
            <location filename="../../ui/case_view.py" line="456" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="309" />
            <source>Status:</source>
            <translation>Statut :</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="359" />
            <location filename="../../ui/case_view.py" line="368" />
            <location filename="../../ui/case_view.py" line="410" />
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="278" />
            <source>TLP label</source>
            <translation>Marquage TLP</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="359" />
            <source>Tags</source>
            <translation>Mots-clés</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="768" />
            <source>The documents register of the case (read-only here).</source>
            <translation>Le registre des documents du dossier (en lecture seule ici).</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="728" />
            <source>The first {n} deadlines are shown.</source>
            <translation>Les {n} premières échéances sont affichées.</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="787" />
            <source>The latest {n} entries; the Audit section lists them all.</source>
            <translation>Les {n} dernières entrées ; la section Audit les liste toutes.</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="303" />
            <source>Theirs:</source>
            <translation>Chez eux :</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="356" />
            <location filename="../../ui/case_view.py" line="456" />
            <source>Title</source>
            <translation>Intitulé</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="410" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="854" />
            <source>Unlink the person</source>
            <translation>Délier la personne</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="854" />
            <source>Unlink {person} from case {ref}?</source>
            <translation>Délier {person} du dossier {ref} ?</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="376" />
            <source>Unlink…</source>
            <translation>Délier…</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="276" />
            <source>Urgency</source>
            <translation>Urgence</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="496" />
            <source>Use as legal basis</source>
            <translation>Retenir comme base juridique</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="456" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="468" />
            <source>What</source>
            <translation>Objet</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="420" />
            <source>What the vault already holds about the last request received</source>
            <translation>Ce que le coffre contient déjà sur la dernière demande reçue</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="410" />
            <location filename="../../ui/case_view.py" line="468" />
            <source>When</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="468" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="645" />
            <source>[erased]</source>
            <translation>[effacé]</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="681" />
            <source>a correction</source>
            <translation>une rectification</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="678" />
            <source>answers #{seq}</source>
            <translation>répond au n° {seq}</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="678" />
            <source>answers an entry</source>
            <translation>répond à une entrée</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="681" />
            <source>corrects #{seq}</source>
            <translation>rectifie le n° {seq}</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="919" />
            <source>exact</source>
            <translation>exacte</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="714" />
            <source>no time zone recorded</source>
            <translation>aucun fuseau horaire enregistré</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="569" />
            <source>none recorded</source>
            <translation>rien d'enregistré</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="919" />
            <source>search</source>
            <translation>recherche</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="624" />
            <source>{a} ({ac}) requests {b} ({bc})</source>
            <translation>{a} ({ac}) adresse une demande à {b} ({bc})</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="669" />
            <source>{n} entries shown</source>
            <translation>{n} entrées affichées</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="916" />
            <source>{title}: {n}</source>
            <translation>{title} : {n}</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="710" />
            <source>⚠ Overdue</source>
            <translation>⚠ En retard</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="574" />
            <source>⚠ Urgent</source>
            <translation>⚠ Urgent</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="710" />
            <source>✓ Met</source>
            <translation>✓ Respectée</translation>
        </message>
    </context>
    <context>
        <name>CasesPage</name>
        <message>
            <location filename="../../ui/cases_page.py" line="125" />
            <source>Active</source>
            <translation>En cours</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="125" />
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="127" />
            <location filename="../../ui/cases_page.py" line="129" />
            <location filename="../../ui/cases_page.py" line="136" />
            <source>Any</source>
            <translation>Tous</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="135" />
            <source>Anyone</source>
            <translation>Tous</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="98" />
            <location filename="../../ui/cases_page.py" line="103" />
            <source>Cases</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="86" />
            <source>Changed</source>
            <translation>Modifié</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="103" />
            <source>Create a case (Ctrl+N)</source>
            <translation>Créer un dossier (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="138" />
            <source>Create the first case; its reference is given for you.</source>
            <translation>Créez le premier dossier ; sa référence est attribuée automatiquement.</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="141" />
            <source>Filter: reference or title</source>
            <translation>Référence ou intitulé</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="78" />
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="143" />
            <source>List of cases</source>
            <translation>Liste des dossiers</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="103" />
            <location filename="../../ui/cases_page.py" line="139" />
            <source>New case</source>
            <translation>Nouveau dossier</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="138" />
            <source>No cases yet.</source>
            <translation>Aucun dossier pour l'instant.</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="77" />
            <location filename="../../ui/cases_page.py" line="127" />
            <source>Normal</source>
            <translation>Normale</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="83" />
            <source>Offence</source>
            <translation>Infraction</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="82" />
            <location filename="../../ui/cases_page.py" line="135" />
            <source>Officer</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="73" />
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="134" />
            <source>Requested state</source>
            <translation>État requis</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="85" />
            <source>Review</source>
            <translation>Réexamen</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="105" />
            <source>Select a case in the list, or create one with New case (Ctrl+N).</source>
            <translation>Sélectionnez un dossier dans la liste, ou créez-en un avec Nouveau dossier (Ctrl+N).</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="75" />
            <location filename="../../ui/cases_page.py" line="132" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="136" />
            <source>Tag</source>
            <translation>Mot-clé</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="80" />
            <source>Their reference</source>
            <translation>Leur référence</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="74" />
            <source>Title</source>
            <translation>Intitulé</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="79" />
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <location filename="../../ui/cases_page.py" line="76" />
            <location filename="../../ui/cases_page.py" line="133" />
            <source>Urgency</source>
            <translation>Urgence</translation>
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
            <translation>1 fiche trouvée pour ce texte.</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="239" />
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="59" />
            <source>Agencies</source>
            <translation>Organismes</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="60" />
            <source>Agreements</source>
            <translation>Accords</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="59" />
            <source>Cases</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="114" />
            <source>Command palette</source>
            <translation>Palette de commandes</translation>
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
            <translation>Journal des échanges</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="415" />
            <source>Go to {section}</source>
            <translation>Aller à {section}</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="411" />
            <source>Lock</source>
            <translation>Verrouiller</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="265" />
            <source>No record matches this text.</source>
            <translation>Aucune fiche ne correspond à ce texte.</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="59" />
            <source>Persons</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="129" />
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="125" />
            <source>Search records or commands</source>
            <translation>Rechercher des fiches ou des commandes</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="447" />
            <source>Search records or run a command (Ctrl+K)</source>
            <translation>Rechercher des fiches ou lancer une commande (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="124" />
            <source>Search records or type a command (Up/Down, Enter, Esc)</source>
            <translation>Rechercher des fiches ou saisir une commande (Haut/Bas, Entrée, Échap)</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="203" />
            <source>Searching...</source>
            <translation>Recherche...</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="412" />
            <source>Settings...</source>
            <translation>Paramètres...</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="229" />
            <source>The search failed ({kind}).</source>
            <translation>La recherche a échoué ({kind}).</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="267" />
            <source>Type to search every record: names in any script, references, summaries.</source>
            <translation>Saisissez du texte pour rechercher dans toutes les fiches : noms dans toutes les écritures, références, résumés.</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="263" />
            <source>{n} records found for this text.</source>
            <translation>{n} fiches trouvées pour ce texte.</translation>
        </message>
    </context>
    <context>
        <name>ConflictsPanel</name>
        <message>
            <location filename="../../ui/handover.py" line="596" />
            <source>Conflicts to decide: {n}</source>
            <translation>Conflits à trancher : {n}</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="551" />
            <source>Decide</source>
            <translation>Trancher</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="550" />
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="549" />
            <source>Import conflicts</source>
            <translation>Conflits d'importation</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="578" />
            <source>Keep mine</source>
            <translation>Garder la mienne</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="579" />
            <source>Keep my version of {what}</source>
            <translation>Garder ma version de {what}</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="580" />
            <source>Keep the version in this vault; the bundle's is dismissed</source>
            <translation>Garder la version de ce coffre ; celle du paquet est écartée</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="581" />
            <source>Keep theirs</source>
            <translation>Prendre la leur</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="597" />
            <source>No import conflict is waiting for a decision.</source>
            <translation>Aucun conflit d'importation n'attend de décision.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="550" />
            <source>Record</source>
            <translation>Fiche</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="584" />
            <source>Replace this vault's version with the bundle's (recorded in the audit trail)</source>
            <translation>Remplacer la version de ce coffre par celle du paquet (consigné dans le journal d'audit)</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="582" />
            <source>Take the bundle's version of {what}</source>
            <translation>Prendre la version du paquet pour {what}</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="588" />
            <source>The exchange log and erased records are never overwritten</source>
            <translation>Le journal des échanges et les fiches effacées ne sont jamais écrasés</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="599" />
            <source>The first {n} are shown; decide these to see the rest.</source>
            <translation>Les {n} premiers sont affichés ; tranchez-les pour voir les suivants.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="550" />
            <source>What</source>
            <translation>Objet</translation>
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message>
            <location filename="../../ui/contacts_page.py" line="397" />
            <location filename="../../ui/contacts_page.py" line="402" />
            <source>Add agency…</source>
            <translation>Ajouter un organisme…</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="356" />
            <location filename="../../ui/contacts_page.py" line="363" />
            <source>Add contact…</source>
            <translation>Ajouter un contact…</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="396" />
            <source>Add the bodies your counterparts work for.</source>
            <translation>Ajoutez les organismes pour lesquels travaillent vos homologues.</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="355" />
            <source>Add your first counterpart, or import a vCard.</source>
            <translation>Ajoutez votre premier homologue, ou importez une vCard.</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="407" />
            <source>Agencies</source>
            <translation>Organismes</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="342" />
            <location filename="../../ui/contacts_page.py" line="351" />
            <source>Agency</source>
            <translation>Organisme</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="333" />
            <source>All agencies</source>
            <translation>Tous</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="350" />
            <location filename="../../ui/contacts_page.py" line="391" />
            <source>All countries</source>
            <translation>Tous</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="392" />
            <source>All kinds</source>
            <translation>Toutes</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="522" />
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="501" />
            <source>Choose a country in the list's Country filter: cards without one take it.</source>
            <translation>Choisissez un pays dans le filtre Pays de la liste : les fiches qui n'en ont pas le reçoivent.</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="406" />
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="318" />
            <source>Contacts and agencies</source>
            <translation>Contacts et organismes</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="468" />
            <source>Could not read {path}: {why}. Nothing was imported.</source>
            <translation>Impossible de lire {path} : {why}. Rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="549" />
            <source>Could not write {path}: {why}.</source>
            <translation>Impossible d'écrire {path} : {why}.</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="344" />
            <location filename="../../ui/contacts_page.py" line="350" />
            <location filename="../../ui/contacts_page.py" line="387" />
            <location filename="../../ui/contacts_page.py" line="391" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="346" />
            <location filename="../../ui/contacts_page.py" line="388" />
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="404" />
            <source>Edit agency</source>
            <translation>Modifier l'organisme</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="365" />
            <source>Edit contact</source>
            <translation>Modifier le contact</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="534" />
            <source>Export contacts as a vCard file</source>
            <translation>Exporter les contacts dans un fichier vCard</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="373" />
            <source>Export the selected contacts, or all contacts of the list's country, as a vCard file</source>
            <translation>Exporter les contacts sélectionnés, ou tous les contacts du pays de la liste, dans un fichier vCard</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="371" />
            <source>Export vCard…</source>
            <translation>Exporter en vCard…</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="398" />
            <source>Filter agencies: name, e-mail, address…</source>
            <translation>Filtrer les organismes : nom, courriel, adresse…</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="359" />
            <source>Filter contacts: name, e-mail, phone, notes…</source>
            <translation>Filtrer les contacts : nom, courriel, téléphone, notes…</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="497" />
            <source>Import cancelled: nothing was imported.</source>
            <translation>Import annulé : rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="457" />
            <source>Import contacts from a vCard file</source>
            <translation>Importer des contacts depuis un fichier vCard</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="370" />
            <source>Import the contacts of a vCard file (.vcf)</source>
            <translation>Importer les contacts d'un fichier vCard (.vcf)</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="357" />
            <location filename="../../ui/contacts_page.py" line="369" />
            <source>Import vCard…</source>
            <translation>Importer une vCard…</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="509" />
            <source>Importing the contacts of {name}…</source>
            <translation>Import des contacts de {name}…</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="386" />
            <location filename="../../ui/contacts_page.py" line="392" />
            <source>Kind</source>
            <translation>Nature</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="345" />
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="341" />
            <location filename="../../ui/contacts_page.py" line="385" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="403" />
            <source>New agency</source>
            <translation>Nouvel organisme</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="364" />
            <source>New contact</source>
            <translation>Nouveau contact</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="395" />
            <source>No agencies yet.</source>
            <translation>Aucun organisme pour l'instant.</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="354" />
            <source>No contacts yet.</source>
            <translation>Aucun contact pour l'instant.</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="546" />
            <source>Nothing was exported: {why}</source>
            <translation>Rien n'a été exporté : {why}</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="503" />
            <source>Nothing was imported: {why}</source>
            <translation>Rien n'a été importé : {why}</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="343" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="487" />
            <source>Skipped:</source>
            <translation>Ignorés :</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="463" />
            <source>The file is too large for a vCard file ({size:,} bytes); nothing was imported.</source>
            <translation>Le fichier est trop volumineux pour un fichier vCard ({size:,} octets) ; rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="347" />
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="552" />
            <source>{n} contact(s) exported to {path}.</source>
            <translation>{n} contact(s) exporté(s) vers {path}.</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="485" />
            <source>{n} contact(s) imported, {k} skipped.</source>
            <translation>{n} contact(s) importé(s), {k} ignoré(s).</translation>
        </message>
    </context>
    <context>
        <name>CountryPicker</name>
        <message>
            <location filename="../../ui/pickers.py" line="303" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../ui/pickers.py" line="301" />
            <source>Country: name or code</source>
            <translation>Pays : nom ou code</translation>
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
            <translation>Archivé</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="232" />
            <source>Awaiting response</source>
            <translation>En attente de réponse</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="233" />
            <source>Closed</source>
            <translation>Clos</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="199" />
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="231" />
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="221" />
            <source>EIO</source>
            <translation>DEE</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="210" />
            <source>Key slots</source>
            <translation>Emplacements de clé</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="216" />
            <source>Latest entries of the audit trail</source>
            <translation>Dernières entrées du journal d'audit</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="220" />
            <source>MLA request</source>
            <translation>Demande d'entraide judiciaire</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="231" />
            <source>Open</source>
            <translation>Ouvert</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="213" />
            <source>Recent activity</source>
            <translation>Activité récente</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="218" />
            <source>Record</source>
            <translation>Fiche</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="231" />
            <source>Request sent</source>
            <translation>Demande envoyée</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="232" />
            <source>Response received</source>
            <translation>Réponse reçue</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="209" />
            <source>Schema version</source>
            <translation>Version du schéma</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="218" />
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="281" />
            <source>The audit trail is empty.</source>
            <translation>Le journal d'audit est vide.</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="278" />
            <source>The last {shown} of {total} entries; the Audit section lists them all.</source>
            <translation>Les {shown} dernières entrées sur {total} ; la section Audit les liste toutes.</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="211" />
            <source>This session</source>
            <translation>Cette session</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="208" />
            <source>Vault</source>
            <translation>Coffre</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="218" />
            <source>When</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="218" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="222" />
            <source>acknowledgement</source>
            <translation>accusé de réception</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="241" />
            <source>changed</source>
            <translation>modifié</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="242" />
            <source>combined</source>
            <translation>fusionné</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="241" />
            <source>consulted</source>
            <translation>consulté</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="241" />
            <source>created</source>
            <translation>créé</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="242" />
            <source>disclosed</source>
            <translation>communiqué</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="242" />
            <source>erased</source>
            <translation>effacé</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="243" />
            <source>exported</source>
            <translation>exporté</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="243" />
            <source>imported</source>
            <translation>importé</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="254" />
            <source>keychain ({backend}), since {date}</source>
            <translation>trousseau ({backend}), depuis le {date}</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="223" />
            <source>other</source>
            <translation>autre</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="220" />
            <source>preservation request</source>
            <translation>demande de conservation</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="221" />
            <source>request for information</source>
            <translation>demande d'informations</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="222" />
            <source>spontaneous information</source>
            <translation>information spontanée</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="223" />
            <source>status inquiry</source>
            <translation>demande de suivi</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="257" />
            <source>{action} {record}</source>
            <translation>{action} {record}</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="255" />
            <source>{action} {record}: {summary}</source>
            <translation>{action} {record} : {summary}</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="204" />
            <source>{d} d</source>
            <translation>{d} j</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="204" />
            <source>{d} d {h} h</source>
            <translation>{d} j {h} h</translation>
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
            <translation>{type}, depuis le {date}</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage2</name>
        <message>
            <location filename="../../ui/dashboard_page.py" line="511" />
            <source>#{seq} {type}</source>
            <translation>N° {seq} {type}</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="335" />
            <source>&amp;Refresh</source>
            <translation>&amp;Actualiser</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="355" />
            <source>Awaiting a response</source>
            <translation>En attente de réponse</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="480" />
            <source>Awaiting a response, longest wait first</source>
            <translation>En attente de réponse, attente la plus longue en premier</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="342" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="343" />
            <source>Cancel reading the dashboard</source>
            <translation>Annuler la lecture du tableau de bord</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="350" />
            <location filename="../../ui/dashboard_page.py" line="353" />
            <location filename="../../ui/dashboard_page.py" line="356" />
            <source>Case</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="358" />
            <source>Cases by status</source>
            <translation>Dossiers par statut</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="540" />
            <source>Days from our request to the first answer, per country, over the whole log (the Statistics figures). {n} countries shown.</source>
            <translation>Jours entre notre demande et la première réponse, par pays, sur l'ensemble du journal (chiffres des statistiques). {n} pays affichés.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="350" />
            <location filename="../../ui/dashboard_page.py" line="353" />
            <source>Deadline</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="354" />
            <source>Deadlines due soon</source>
            <translation>Échéances proches</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="350" />
            <location filename="../../ui/dashboard_page.py" line="353" />
            <source>Due</source>
            <translation>Date limite</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="493" />
            <source>Due in {span}</source>
            <translation>Échéance dans {span}</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="352" />
            <source>Due soon</source>
            <translation>Échéance proche</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="479" />
            <source>Due soon, within 7 days ({n})</source>
            <translation>Échéance dans les 7 jours ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="464" />
            <source>Error: {message}</source>
            <translation>Erreur : {message}</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="517" />
            <source>No request is waiting for an answer.</source>
            <translation>Aucune demande n'attend de réponse.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="500" />
            <source>Nothing due in the next 7 days.</source>
            <translation>Aucune échéance dans les 7 prochains jours.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="500" />
            <source>Nothing overdue.</source>
            <translation>Aucun retard.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="349" />
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="478" />
            <source>Overdue ({n})</source>
            <translation>En retard ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="491" />
            <source>Overdue by {span}</source>
            <translation>En retard de {span}</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="351" />
            <source>Overdue deadlines</source>
            <translation>Échéances dépassées</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="336" />
            <source>Read the figures again (F5)</source>
            <translation>Relire les chiffres (F5)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="434" />
            <source>Reading deadlines, requests and statistics...</source>
            <translation>Lecture des échéances, des demandes et des statistiques...</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="367" />
            <location filename="../../ui/dashboard_page.py" line="368" />
            <source>Recent activity</source>
            <translation>Activité récente</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="337" />
            <source>Refresh the dashboard</source>
            <translation>Actualiser le tableau de bord</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="356" />
            <source>Request</source>
            <translation>Demande</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="357" />
            <source>Requests awaiting a response</source>
            <translation>Demandes en attente de réponse</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="364" />
            <source>Response times per country (requests sent)</source>
            <translation>Délais de réponse par pays (demandes envoyées)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="356" />
            <source>Sent</source>
            <translation>Envoi</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="350" />
            <location filename="../../ui/dashboard_page.py" line="353" />
            <source>State</source>
            <translation>Situation</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="550" />
            <source>The audit trail is empty.</source>
            <translation>Le journal d'audit est vide.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="458" />
            <source>The dashboard could not be read ({kind}). The other sections still work.</source>
            <translation>Le tableau de bord n'a pas pu être lu ({kind}). Les autres sections fonctionnent toujours.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="552" />
            <source>The last {n} of {total} entries; the Audit section lists them all.</source>
            <translation>Les {n} dernières entrées sur {total} ; la section Audit les liste toutes.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="356" />
            <source>Waiting</source>
            <translation>En attente</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="368" />
            <source>What</source>
            <translation>Objet</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="331" />
            <source>What needs me today</source>
            <translation>À traiter aujourd'hui</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="368" />
            <source>When</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="368" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="472" />
            <source>{n} awaiting a response</source>
            <translation>{n} en attente de réponse</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="508" />
            <source>{n} day waiting</source>
            <translation>{n} jour d'attente</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="509" />
            <source>{n} days waiting</source>
            <translation>{n} jours d'attente</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="471" />
            <source>{n} due within 7 days</source>
            <translation>{n} à échéance dans les 7 jours</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="470" />
            <source>{n} overdue</source>
            <translation>{n} en retard</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="530" />
            <source>{status}: {n} cases</source>
            <translation>{status} : {n} dossiers</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard_page.py" line="513" />
            <source>{what} to {country}</source>
            <translation>{what} vers {country}</translation>
        </message>
    </context>
    <context>
        <name>DatePicker</name>
        <message>
            <location filename="../../ui/pickers.py" line="670" />
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <location filename="../../ui/pickers.py" line="672" />
            <source>Clear the date</source>
            <translation>Effacer la date</translation>
        </message>
        <message>
            <location filename="../../ui/pickers.py" line="668" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/pickers.py" line="671" />
            <source>Leave the date blank</source>
            <translation>Laisser la date vide</translation>
        </message>
        <message>
            <location filename="../../ui/pickers.py" line="657" />
            <source>No date</source>
            <translation>Aucune date</translation>
        </message>
    </context>
    <context>
        <name>DateTimeZonePicker</name>
        <message>
            <location filename="../../ui/pickers.py" line="577" />
            <source>Date and time</source>
            <translation>Date et heure</translation>
        </message>
    </context>
    <context>
        <name>DelayedBusy</name>
        <message>
            <location filename="../../ui/widgets.py" line="55" />
            <source>Busy</source>
            <translation>Occupé</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <location filename="../../ui/dialogs.py" line="100" />
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
    </context>
    <context>
        <name>Directory</name>
        <message>
            <location filename="../../ui/exchanges_page.py" line="79" />
            <source>(corrected)</source>
            <translation>(rectifiée)</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="133" />
            <source>(not given)</source>
            <translation>(non indiquée)</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="65" />
            <source>, status as of {d}</source>
            <translation>, état au {d}</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="77" />
            <source>24/7 cybercrime network</source>
            <translation>Réseau 24/7 cybercriminalité</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="149" />
            <source>24/7 point of contact</source>
            <translation>Point de contact 24/7</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="319" />
            <source>A contact: name or e-mail</source>
            <translation>Un contact : nom ou courriel</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="327" />
            <source>A received request is cross-checked against the vault on these.</source>
            <translation>Une demande reçue est recoupée avec le coffre sur ces éléments.</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="253" />
            <location filename="../../ui/agreements_page.py" line="106" />
            <source>Accepted languages</source>
            <translation>Langues acceptées</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="106" />
            <source>Accuracy not in doubt</source>
            <translation>Information dont l'exactitude ne fait aucun doute</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="70" />
            <source>Acknowledgement</source>
            <translation>Accusé de réception</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="65" />
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="166" />
            <source>Add file…</source>
            <translation>Ajouter un fichier…</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="299" />
            <source>Add parties</source>
            <translation>Ajouter les parties</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="66" />
            <source>Add the country (Enter)</source>
            <translation>Ajouter le pays (Entrée)</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="141" />
            <location filename="../../ui/contacts_page.py" line="296" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="110" />
            <source>Adopted</source>
            <translation>Adopté le</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="90" />
            <location filename="../../ui/contact_editor.py" line="124" />
            <location filename="../../ui/contact_editor.py" line="125" />
            <location filename="../../ui/contacts_page.py" line="274" />
            <source>Agency</source>
            <translation>Organisme</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="219" />
            <location filename="../../ui/agreements_page.py" line="182" />
            <source>Agreement</source>
            <translation>Accord</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="157" />
            <source>Agreements that can carry the request</source>
            <translation>Accords pouvant fonder la demande</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="158" />
            <source>Agreements that cannot, and why</source>
            <translation>Accords ne le pouvant pas, et pourquoi</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="246" />
            <location filename="../../ui/agreements_page.py" line="99" />
            <source>Article on assistance</source>
            <translation>Article relatif à l'entraide</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="88" />
            <source>As the counterpart writes it, in any script.</source>
            <translation>Tel que l'homologue l'écrit, dans n'importe quelle écriture.</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="191" />
            <source>Attach a file</source>
            <translation>Joindre un fichier</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="344" />
            <source>Attachments</source>
            <translation>Pièces jointes</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="250" />
            <source>Authorities, languages, channels</source>
            <translation>Autorités, langues, canaux</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="137" />
            <source>Banking and financial information (accounts, transactions, monitoring)</source>
            <translation>Informations bancaires et financières (comptes, opérations, suivi)</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="120" />
            <source>Bilateral treaty</source>
            <translation>Traité bilatéral</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="159" />
            <source>Can be used</source>
            <translation>Utilisables</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="160" />
            <source>Cannot be used</source>
            <translation>Non utilisables</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="316" />
            <source>Case</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="316" />
            <source>Case number or title</source>
            <translation>Numéro ou intitulé du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="160" />
            <source>Cases</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="251" />
            <location filename="../../ui/agreements_page.py" line="103" />
            <source>Central authorities</source>
            <translation>Autorités centrales</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="80" />
            <source>Central authority</source>
            <translation>Autorité centrale</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="304" />
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="254" />
            <location filename="../../ui/agreements_page.py" line="107" />
            <location filename="../../ui/contact_editor.py" line="135" />
            <location filename="../../ui/contacts_page.py" line="293" />
            <source>Channels</source>
            <translation>Canaux</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="128" />
            <source>Check the vault again for this request's names, references and identifiers (recorded in the audit trail)</source>
            <translation>Vérifier à nouveau dans le coffre les noms, références et identifiants de cette demande (consigné dans le journal d'audit)</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="128" />
            <source>Choose a kind</source>
            <translation>Choisir une nature</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="132" />
            <location filename="../../ui/contacts_page.py" line="172" />
            <source>Choose a record in the list to see it here.</source>
            <translation>Choisissez une fiche dans la liste pour l'afficher ici.</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="230" />
            <source>Choose a type</source>
            <translation>Choisir un type</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="203" />
            <source>Choose the requesting and the requested state.</source>
            <translation>Choisissez l'État requérant et l'État requis.</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="68" />
            <source>Chosen countries</source>
            <translation>Pays choisis</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="255" />
            <source>Clauses and notes</source>
            <translation>Clauses et notes</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="125" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="126" />
            <source>Close the cross-check result</source>
            <translation>Fermer le résultat du recoupement</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="63" />
            <source>Complete list</source>
            <translation>Liste complète</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="335" />
            <source>Conditions of use</source>
            <translation>Conditions d'utilisation</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="257" />
            <location filename="../../ui/agreements_page.py" line="109" />
            <source>Confidentiality</source>
            <translation>Confidentialité</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="139" />
            <source>Confiscation and asset recovery</source>
            <translation>Confiscation et recouvrement d'avoirs</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="85" />
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="132" />
            <source>Content data</source>
            <translation>Données relatives au contenu</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="141" />
            <source>Controlled deliveries</source>
            <translation>Livraisons surveillées</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="364" />
            <source>Correct log entry #{seq}</source>
            <translation>Rectifier l'entrée n° {seq} du journal</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="291" />
            <source>Correction</source>
            <translation>Rectification</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="317" />
            <source>Counterpart</source>
            <translation>Homologue</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="322" />
            <source>Counterpart's country</source>
            <translation>Pays de l'homologue</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="321" />
            <source>Counterpart's name</source>
            <translation>Nom de l'homologue</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="94" />
            <location filename="../../ui/contact_editor.py" line="132" />
            <location filename="../../ui/contacts_page.py" line="277" />
            <location filename="../../ui/contacts_page.py" line="291" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="148" />
            <source>Court</source>
            <translation>Juridiction</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="140" />
            <source>Covert investigations</source>
            <translation>Enquêtes discrètes</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="126" />
            <source>Criminal records</source>
            <translation>Casier judiciaire</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="113" />
            <location filename="../../ui/exchanges_page.py" line="149" />
            <location filename="../../ui/exchanges_page.py" line="205" />
            <source>Cross-check</source>
            <translation>Recoupement</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="116" />
            <source>Cross-check matches</source>
            <translation>Correspondances du recoupement</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="149" />
            <source>Cross-check of {ref}</source>
            <translation>Recoupement de {ref}</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="151" />
            <source>Customs</source>
            <translation>Douane</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="258" />
            <location filename="../../ui/agreements_page.py" line="110" />
            <source>Data protection</source>
            <translation>Protection des données</translation>
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
            <translation>Données de démonstration</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="79" />
            <source>Diplomatic channel</source>
            <translation>Voie diplomatique</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="88" />
            <source>Direct</source>
            <translation>Direct</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="299" />
            <source>Direction</source>
            <translation>Sens</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="152" />
            <source>Due</source>
            <translation>À venir</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="99" />
            <location filename="../../ui/contact_editor.py" line="138" />
            <location filename="../../ui/contacts_page.py" line="280" />
            <location filename="../../ui/contacts_page.py" line="295" />
            <location filename="../../ui/i18n.py" line="81" />
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="121" />
            <source>EU instrument</source>
            <translation>Instrument de l'UE</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="118" />
            <source>Edit</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="119" />
            <source>Edit the selected record (Ctrl+E)</source>
            <translation>Modifier la fiche sélectionnée (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="123" />
            <source>Enter or double-click opens the record</source>
            <translation>Entrée ou double-clic pour ouvrir la fiche</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="118" />
            <source>Entered here</source>
            <translation>Saisi ici</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="236" />
            <source>Error: {text}</source>
            <translation>Erreur : {text}</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="69" />
            <source>European Investigation Order</source>
            <translation>Décision d'enquête européenne</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="75" />
            <source>Europol SIENA</source>
            <translation>Europol SIENA</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="334" />
            <source>Evaluation (4x4)</source>
            <translation>Évaluation (4x4)</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="133" />
            <source>Expedited preservation of stored computer data</source>
            <translation>Conservation rapide de données informatiques stockées</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="114" />
            <source>Expires</source>
            <translation>Expire le</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="86" />
            <source>Fictional demo data.</source>
            <translation>Données de démonstration fictives.</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="164" />
            <source>Files to attach</source>
            <translation>Fichiers à joindre</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="139" />
            <source>Find the legal basis</source>
            <translation>Rechercher la base juridique</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="140" />
            <source>Find the legal basis (Ctrl+Enter)</source>
            <translation>Rechercher la base juridique (Ctrl+Entrée)</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="312" />
            <source>For requests for information: direct or indirect access (Directive 2023/977).</source>
            <translation>Pour les demandes d'informations : accès direct ou indirect (directive 2023/977).</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="138" />
            <source>Freezing of evidence or assets</source>
            <translation>Gel d'éléments de preuve ou d'avoirs</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="213" />
            <source>Governs</source>
            <translation>Applicable</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="92" />
            <source>Granted</source>
            <translation>Accordée</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="333" />
            <source>Handling</source>
            <translation>Code de traitement</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="331" />
            <source>Handling and conditions</source>
            <translation>Code de traitement et conditions</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="128" />
            <source>Hearing by videoconference or telephone</source>
            <translation>Audition par vidéoconférence ou par téléphone</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="127" />
            <source>Hearing of a witness, expert, victim, suspect or third party</source>
            <translation>Audition d'un témoin, d'un expert, d'une victime, d'un suspect ou d'un tiers</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="134" />
            <source>How to reach it</source>
            <translation>Comment le joindre</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="96" />
            <source>How to reach them</source>
            <translation>Comment les joindre</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="76" />
            <source>INTERPOL I-24/7</source>
            <translation>INTERPOL I-24/7</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="129" />
            <source>Identification of the holder of a telephone number or IP address</source>
            <translation>Identification du titulaire d'un numéro de téléphone ou d'une adresse IP</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="328" />
            <source>Identifiers</source>
            <translation>Identifiants</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="119" />
            <source>Imported</source>
            <translation>Importé</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="112" />
            <source>In force from</source>
            <translation>En vigueur depuis</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="83" />
            <source>In person</source>
            <translation>En personne</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="89" />
            <source>Indirect</source>
            <translation>Indirect</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="310" />
            <source>Information access</source>
            <translation>Accès à l'information</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="222" />
            <source>Information accuracy</source>
            <translation>Exactitude de l'information</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="125" />
            <source>Information from police or judicial databases</source>
            <translation>Informations issues de bases de données policières ou judiciaires</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="124" />
            <source>Information or evidence already held by the requested authorities</source>
            <translation>Informations ou éléments de preuve déjà détenus par les autorités requises</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="95" />
            <source>Information provided</source>
            <translation>Informations fournies</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="219" />
            <source>Information: not evaluated</source>
            <translation>Information : non évaluée</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="226" />
            <source>Instrument</source>
            <translation>Instrument</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="135" />
            <source>Interception of telecommunications</source>
            <translation>Interception de télécommunications</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="228" />
            <source>It is older than a year: party lists change; ask for a newer pack.</source>
            <translation>Elles datent de plus d'un an : les listes des parties changent ; demandez un paquet plus récent.</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="142" />
            <source>Joint investigation team</source>
            <translation>Équipe commune d'enquête</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="256" />
            <location filename="../../ui/agreements_page.py" line="108" />
            <source>Key articles</source>
            <translation>Articles principaux</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="131" />
            <location filename="../../ui/contacts_page.py" line="290" />
            <source>Kind</source>
            <translation>Nature</translation>
        </message>
        <message>
            <location filename="../../ui/contact_common.py" line="302" />
            <source>Known</source>
            <translation>Connu</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="107" />
            <source>Known personally to the source but not to the officer passing it on</source>
            <translation>Information connue personnellement de la source, mais pas de l'agent qui la transmet</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="95" />
            <location filename="../../ui/contact_editor.py" line="133" />
            <location filename="../../ui/contacts_page.py" line="278" />
            <location filename="../../ui/contacts_page.py" line="292" />
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="323" />
            <source>Legal basis</source>
            <translation>Base juridique</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="78" />
            <source>Liaison officer network</source>
            <translation>Réseau des officiers de liaison</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="340" />
            <source>Linking a response meets the request's deadlines.</source>
            <translation>Lier une réponse satisfait aux échéances de la demande.</translation>
        </message>
        <message>
            <location filename="../../ui/contact_common.py" line="290" />
            <source>Local time there: {day} {time} (UTC{offset})</source>
            <translation>Heure locale sur place : {day} {time} (UTC{offset})</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="355" />
            <source>Log a received exchange</source>
            <translation>Consigner un échange reçu</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="355" />
            <source>Log a sent exchange</source>
            <translation>Consigner un échange envoyé</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="283" />
            <source>Log an exchange</source>
            <translation>Consigner un échange</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="162" />
            <source>Log entries</source>
            <translation>Entrées du journal</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="118" />
            <source>Match</source>
            <translation>Correspondance</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="118" />
            <source>Matched on</source>
            <translation>Correspondance sur</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="128" />
            <source>Measure</source>
            <translation>Mesure</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="148" />
            <source>Measure:</source>
            <translation>Mesure :</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="245" />
            <location filename="../../ui/agreements_page.py" line="98" />
            <source>Measures covered</source>
            <translation>Mesures couvertes</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="248" />
            <location filename="../../ui/agreements_page.py" line="101" />
            <source>Measures excluded</source>
            <translation>Mesures exclues</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="247" />
            <location filename="../../ui/agreements_page.py" line="100" />
            <source>Measures listed</source>
            <translation>Mesures énumérées</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="123" />
            <source>Memorandum of understanding</source>
            <translation>Protocole d'accord</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="154" />
            <source>Met</source>
            <translation>Respectée</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="103" />
            <source>Mostly reliable in the past</source>
            <translation>Source le plus souvent fiable par le passé</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="104" />
            <source>Mostly unreliable in the past</source>
            <translation>Source le plus souvent peu fiable par le passé</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="122" />
            <source>Multilateral convention</source>
            <translation>Convention multilatérale</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="244" />
            <location filename="../../ui/agreements_page.py" line="87" />
            <source>Mutual assistance in general terms</source>
            <translation>Entraide en termes généraux</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="65" />
            <source>Mutual legal assistance request</source>
            <translation>Demande d'entraide judiciaire</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="87" />
            <location filename="../../ui/contact_editor.py" line="126" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="326" />
            <source>Names in it</source>
            <translation>Noms mentionnés</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="60" />
            <source>No agency</source>
            <translation>Aucun organisme</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="102" />
            <source>No doubt about authenticity and reliability</source>
            <translation>Aucun doute sur l'authenticité et la fiabilité</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="171" />
            <source>No match in the vault for the {k} name(s), reference(s) and identifier(s) checked.</source>
            <translation>Aucune correspondance dans le coffre pour les {k} nom(s), référence(s) et identifiant(s) vérifiés.</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="96" />
            <source>None</source>
            <translation>Aucune suite</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="231" />
            <source>None: see below why each agreement cannot be used.</source>
            <translation>Aucun : voir ci-dessous pourquoi chaque accord ne peut pas être utilisé.</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="84" />
            <source>Normal</source>
            <translation>Normale</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="307" />
            <source>Not a formal request or reply</source>
            <translation>Ni demande formelle ni réponse</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="341" />
            <source>Not a response</source>
            <translation>Pas une réponse</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="311" />
            <source>Not applicable</source>
            <translation>Sans objet</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="72" />
            <source>Not bound: {state}: {reason}</source>
            <translation>Non lié : {state} : {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="109" />
            <source>Not known personally to the source and cannot be corroborated</source>
            <translation>Information non connue personnellement de la source et ne pouvant être corroborée</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="108" />
            <source>Not known personally to the source but corroborated by information already held</source>
            <translation>Information non connue personnellement de la source, mais corroborée par des informations déjà détenues</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="305" />
            <location filename="../../ui/exchange_log_editor.py" line="502" />
            <source>Not recorded</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="55" />
            <source>Not recorded: add the parties to use it in the legal-basis finder.</source>
            <translation>Non enregistrées : ajoutez les parties pour l'utiliser dans la recherche de base juridique.</translation>
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
            <translation>Infraction</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="149" />
            <source>Offence:</source>
            <translation>Infraction :</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="249" />
            <location filename="../../ui/agreements_page.py" line="102" />
            <source>Offences covered</source>
            <translation>Infractions couvertes</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="150" />
            <source>On the date:</source>
            <translation>À la date :</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="249" />
            <source>One a line</source>
            <translation>Un par ligne</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="136" />
            <source>One a line, e.g. Central authority: registry</source>
            <translation>Un par ligne, p. ex. Autorité centrale : greffe</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="101" />
            <source>One a line, e.g. Europol SIENA: unit@siena</source>
            <translation>Un par ligne, p. ex. Europol SIENA : unit@siena</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="252" />
            <source>One a line: an agency's name, or CC: name</source>
            <translation>Un par ligne : le nom d'un organisme, ou CC : nom</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="329" />
            <source>One a line: document numbers, phone numbers, accounts</source>
            <translation>Un par ligne : numéros de pièces, numéros de téléphone, comptes</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="326" />
            <source>One name a line, in any script</source>
            <translation>Un nom par ligne, dans n'importe quelle écriture</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="137" />
            <source>One number a line</source>
            <translation>Un numéro par ligne</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="97" />
            <source>One number a line, e.g. +30 210 000 0000</source>
            <translation>Un numéro par ligne, p. ex. +30 210 000 0000</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="215" />
            <source>Only if: {text}</source>
            <translation>Seulement si : {text}</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="243" />
            <location filename="../../ui/agreements_page.py" line="88" />
            <source>Only the measures listed</source>
            <translation>Uniquement les mesures énumérées</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="320" />
            <source>Or leave empty and give the name and country below.</source>
            <translation>Ou laissez vide et indiquez le nom et le pays ci-dessous.</translation>
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
            <translation>Origine</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="72" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="324" />
            <source>Our reference</source>
            <translation>Notre référence</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="341" />
            <source>Outcome</source>
            <translation>Suite donnée</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="153" />
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="63" />
            <source>Partial list: other states' status not recorded</source>
            <translation>Liste partielle : la situation des autres États n'est pas enregistrée</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="93" />
            <source>Partially granted</source>
            <translation>Partiellement accordée</translation>
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
            <translation>Personnes</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="97" />
            <location filename="../../ui/contact_editor.py" line="137" />
            <location filename="../../ui/contacts_page.py" line="279" />
            <location filename="../../ui/contacts_page.py" line="294" />
            <source>Phones</source>
            <translation>Téléphones</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="146" />
            <source>Police</source>
            <translation>Police</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="66" />
            <source>Preservation request</source>
            <translation>Demande de conservation</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="147" />
            <source>Prosecutor</source>
            <translation>Parquet</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="134" />
            <source>Real-time collection of traffic data</source>
            <translation>Collecte en temps réel des données relatives au trafic</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="295" />
            <source>Reason for the correction</source>
            <translation>Motif de la rectification</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="182" />
            <source>Reasons</source>
            <translation>Motifs</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="74" />
            <source>Received</source>
            <translation>Reçu</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="228" />
            <location filename="../../ui/agreements_page.py" line="90" />
            <location filename="../../ui/agreements_page.py" line="182" />
            <location filename="../../ui/exchanges_page.py" line="118" />
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="116" />
            <source>Reference data</source>
            <translation>Données de référence</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="81" />
            <source>Reference data from Liaison's catalogue, kept as its source has it; its parties come from the reference pack (version {v}, status as of {d}). Source: {source}</source>
            <translation>Données de référence du catalogue de Liaison, conservées telles que leur source les donne ; ses parties proviennent du paquet de référence (version {v}, état au {d}). Source : {source}</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="226" />
            <source>Reference data: pack {v}, status as of {d}.</source>
            <translation>Données de référence : paquet {v}, état au {d}.</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="94" />
            <source>Refused</source>
            <translation>Refusée</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="105" />
            <source>Reliability cannot be assessed</source>
            <translation>La fiabilité ne peut pas être évaluée</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="70" />
            <location filename="../../ui/exchange_log_editor.py" line="167" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="337" />
            <source>Request and response</source>
            <translation>Demande et réponse</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="67" />
            <source>Request for information (Directive 2023/977)</source>
            <translation>Demande d'informations (directive 2023/977)</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="152" />
            <source>Requested state</source>
            <translation>État requis</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="147" />
            <source>Requested state:</source>
            <translation>État requis :</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="151" />
            <source>Requesting state</source>
            <translation>État requérant</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="146" />
            <source>Requesting state:</source>
            <translation>État requérant :</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="296" />
            <source>Required for a correction. The corrected entry stays in the log, marked as corrected.</source>
            <translation>Obligatoire pour une rectification. L'entrée rectifiée reste au journal, signalée comme rectifiée.</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="259" />
            <location filename="../../ui/agreements_page.py" line="111" />
            <source>Reservations</source>
            <translation>Réserves</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="343" />
            <source>Response due</source>
            <translation>Réponse attendue le</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="338" />
            <source>Response to</source>
            <translation>Réponse à</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="129" />
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="115" />
            <source>Review date</source>
            <translation>Date de réexamen</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="93" />
            <location filename="../../ui/contacts_page.py" line="276" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="124" />
            <source>Run the cross-check</source>
            <translation>Lancer le recoupement</translation>
        </message>
        <message>
            <location filename="../../ui/contacts_page.py" line="255" />
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="450" />
            <source>Saving and encrypting the attachments…</source>
            <translation>Enregistrement et chiffrement des pièces jointes…</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="366" />
            <source>Saving logs a new entry that corrects #{seq}. #{seq} stays in the log as it was, marked as corrected.</source>
            <translation>L'enregistrement consigne une nouvelle entrée qui rectifie le n° {seq}. Le n° {seq} reste au journal tel qu'il était, signalé comme rectifié.</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="241" />
            <source>Scope</source>
            <translation>Champ d'application</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="136" />
            <source>Search and seizure</source>
            <translation>Perquisition et saisie</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="100" />
            <location filename="../../ui/contacts_page.py" line="281" />
            <source>Secure channels</source>
            <translation>Canaux sécurisés</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="73" />
            <source>Sent</source>
            <translation>Envoyé</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="144" />
            <source>Service of documents</source>
            <translation>Remise d'actes de procédure</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="343" />
            <source>Set a date the response is due</source>
            <translation>Fixer une date de réponse attendue</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="111" />
            <source>Signed</source>
            <translation>Signé le</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="150" />
            <source>Single point of contact (SPOC)</source>
            <translation>Point de contact unique (SPOC)</translation>
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
            <translation>Fiabilité de la source</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="217" />
            <source>Source: not evaluated</source>
            <translation>Source : non évaluée</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="68" />
            <source>Spontaneous information</source>
            <translation>Information spontanée</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="71" />
            <source>Status inquiry</source>
            <translation>Demande de suivi</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="130" />
            <source>Subscriber data</source>
            <translation>Données relatives aux abonnés</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="313" />
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="82" />
            <source>Telephone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="143" />
            <source>Temporary transfer of a person in custody</source>
            <translation>Transfèrement temporaire d'une personne détenue</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="154" />
            <source>The cross-check failed: {why}</source>
            <translation>Le recoupement a échoué : {why}</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="303" />
            <source>The date and time where it happened; stored in UTC.</source>
            <translation>La date et l'heure du lieu de l'échange ; enregistrées en UTC.</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="339" />
            <source>The request it answers: #42, or words</source>
            <translation>La demande à laquelle elle répond : n° 42, ou des mots</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="237" />
            <source>The states bound by it. Leave empty when not known: the legal-basis finder never guesses.</source>
            <translation>Les États liés par l'instrument. Laissez vide si vous ne les connaissez pas : la recherche de base juridique ne devine jamais.</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="325" />
            <source>Their reference</source>
            <translation>Leur référence</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="295" />
            <source>This instrument comes from Liaison's reference catalogue and is kept as its source has it: only its parties can be added here. Source: {source}</source>
            <translation>Cet instrument provient du catalogue de référence de Liaison et est conservé tel que sa source le donne : seules ses parties peuvent être ajoutées ici. Source : {source}</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="289" />
            <source>This instrument comes from Liaison's reference catalogue: its parties come from the reference pack (version {v}, status as of {d}), with their sources; install a newer pack to change them (liaison reference import FILE). Source: {source}</source>
            <translation>Cet instrument provient du catalogue de référence de Liaison : ses parties proviennent du paquet de référence (version {v}, état au {d}), avec leurs sources ; installez un paquet plus récent pour les changer (liaison reference import FICHIER). Source : {source}</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="102" />
            <location filename="../../ui/contact_editor.py" line="142" />
            <location filename="../../ui/contacts_page.py" line="282" />
            <location filename="../../ui/contacts_page.py" line="297" />
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <location filename="../../ui/contact_common.py" line="303" />
            <source>Time zone known</source>
            <translation>Fuseau horaire connu</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="227" />
            <source>Title</source>
            <translation>Intitulé</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="131" />
            <source>Traffic data</source>
            <translation>Données relatives au trafic</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="145" />
            <source>Transfer of proceedings</source>
            <translation>Transmission des procédures répressives</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="113" />
            <source>Transposition deadline</source>
            <translation>Date limite de transposition</translation>
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
            <translation>Liste NON VÉRIFIÉE : non tirée d'une source</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="214" />
            <source>Unverified: {text}</source>
            <translation>Non vérifié : {text}</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="309" />
            <source>Urgency</source>
            <translation>Urgence</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="85" />
            <source>Urgent</source>
            <translation>Urgente</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="298" />
            <source>What happened</source>
            <translation>Ce qui s'est passé</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="302" />
            <source>When</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="92" />
            <source>When the body is not in the agencies list.</source>
            <translation>Lorsque l'organisme ne figure pas dans la liste des organismes.</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="261" />
            <source>Where these facts come from.</source>
            <translation>L'origine de ces faits.</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="86" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="315" />
            <source>With whom, about what</source>
            <translation>Avec qui, à quel sujet</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="158" />
            <source>agency</source>
            <translation>organisme</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="159" />
            <source>agreement</source>
            <translation>accord</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="155" />
            <source>case</source>
            <translation>dossier</translation>
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
            <translation>p. ex. STE 185 ou un numéro de recueil des traités</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="180" />
            <source>exact</source>
            <translation>exacte</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="160" />
            <source>exchange</source>
            <translation>échange</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="68" />
            <source>from {d}</source>
            <translation>depuis le {d}</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="97" />
            <source>granted</source>
            <translation>accordée</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="91" />
            <source>indirect</source>
            <translation>indirect</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="100" />
            <source>information provided</source>
            <translation>informations fournies</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="101" />
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="86" />
            <source>normal</source>
            <translation>normale</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="98" />
            <source>partially granted</source>
            <translation>partiellement accordée</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="156" />
            <source>person</source>
            <translation>personne</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="99" />
            <source>refused</source>
            <translation>refusée</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="180" />
            <source>search</source>
            <translation>recherche</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="124" />
            <source>this agency</source>
            <translation>cet organisme</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.py" line="219" />
            <source>this agreement</source>
            <translation>cet accord</translation>
        </message>
        <message>
            <location filename="../../ui/contact_editor.py" line="85" />
            <source>this contact</source>
            <translation>ce contact</translation>
        </message>
        <message>
            <location filename="../../ui/exchange_log_editor.py" line="283" />
            <source>this log entry</source>
            <translation>cette entrée du journal</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="69" />
            <source>until {d}</source>
            <translation>jusqu'au {d}</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="70" />
            <source>unverified</source>
            <translation>non vérifié</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="87" />
            <source>urgent</source>
            <translation>urgente</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="220" />
            <source>{n} agreement(s) can carry a request for {measure} from {a} to {b} on {day}; {k} cannot.</source>
            <translation>{n} accord(s) peuvent fonder une demande de {measure} de {a} vers {b} au {day} ; {k} ne le peuvent pas.</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="167" />
            <source>{n} match(es) in the vault for this request's names, references and identifiers.</source>
            <translation>{n} correspondance(s) dans le coffre pour les noms, références et identifiants de cette demande.</translation>
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
            <translation>ALTÉRÉ : il se présente comme la version {version} du dossier {ref}, mais son contenu diffère de l'original conservé dans le coffre.</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="163" />
            <source>Cannot read {name}: {reason}</source>
            <translation>Impossible de lire {name} : {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="122" />
            <source>Cannot write {path}: {reason}</source>
            <translation>Impossible d'écrire {path} : {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="91" />
            <source>E-mail draft</source>
            <translation>Brouillon de courriel</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="124" />
            <source>E-mail draft saved to {path} and opened in your mail client; review it and send it from there.</source>
            <translation>Brouillon de courriel enregistré dans {path} et ouvert dans votre messagerie ; relisez-le et envoyez-le depuis celle-ci.</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="125" />
            <source>E-mail draft saved to {path}; open it with your mail client to send it.</source>
            <translation>Brouillon de courriel enregistré dans {path} ; ouvrez-le avec votre messagerie pour l'envoyer.</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="96" />
            <source>E-mail drafts (*.eml)</source>
            <translation>Brouillons de courriel (*.eml)</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="94" />
            <location filename="../../ui/document_actions.py" line="98" />
            <source>No e-mail draft made.</source>
            <translation>Aucun brouillon de courriel établi.</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="113" />
            <source>Not e-mailed: the document is marked {handling} and no justification was given.</source>
            <translation>Non envoyé par courriel : le document porte le marquage {handling} et aucune justification n'a été donnée.</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="147" />
            <source>Not ours: this PDF is not a document of this vault.</source>
            <translation>Pas de ce coffre : ce PDF n'est pas un document de ce coffre.</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="75" />
            <source>Not saved.</source>
            <translation>Non enregistré.</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="139" />
            <source>Ours, unaltered and current: version {version} of case {ref}.</source>
            <translation>De ce coffre, inaltéré et à jour : version {version} du dossier {ref}.</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="137" />
            <source>Ours, unaltered, but superseded: version {version} of case {ref}.</source>
            <translation>De ce coffre, inaltéré, mais remplacé : version {version} du dossier {ref}.</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="73" />
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="62" />
            <source>Printed version {version} of {ref}; recorded in the audit trail.</source>
            <translation>Version {version} de {ref} imprimée ; consigné dans le journal d'audit.</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="57" />
            <source>Printing cancelled.</source>
            <translation>Impression annulée.</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="108" />
            <source>Restricted document</source>
            <translation>Document à diffusion restreinte</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="72" />
            <source>Save the document as</source>
            <translation>Enregistrer le document sous</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="95" />
            <source>Save the e-mail draft as</source>
            <translation>Enregistrer le brouillon de courriel sous</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="80" />
            <source>Saved to {path}; recorded in the audit trail.</source>
            <translation>Enregistré dans {path} ; consigné dans le journal d'audit.</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="91" />
            <source>Send to (e-mail addresses, separated by commas):</source>
            <translation>Envoyer à (adresses électroniques, séparées par des virgules) :</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="109" />
            <source>This document is marked {handling}: it may not be e-mailed without the provider's permission. If you have it, say so here (written to the audit trail):</source>
            <translation>Ce document porte le marquage {handling} : il ne peut pas être envoyé par courriel sans l'autorisation de l'émetteur. Si vous l'avez, indiquez-le ici (consigné dans le journal d'audit) :</translation>
        </message>
        <message>
            <location filename="../../ui/document_actions.py" line="159" />
            <source>{name} is larger than 200 MB: not a Liaison document.</source>
            <translation>{name} dépasse 200 Mo : ce n'est pas un document Liaison.</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <location filename="../../ui/documents_page.py" line="111" />
            <source>&amp;E-mail…</source>
            <translation>Cou&amp;rriel…</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="109" />
            <source>&amp;Print…</source>
            <translation>Im&amp;primer…</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="110" />
            <source>&amp;Save as…</source>
            <translation>&amp;Enregistrer sous…</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="112" />
            <source>&amp;Verify a PDF…</source>
            <translation>&amp;Vérifier un PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="231" />
            <source>All languages</source>
            <translation>Toutes les langues</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="227" />
            <source>All templates</source>
            <translation>Tous les modèles</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="228" />
            <source>All versions</source>
            <translation>Toutes les versions</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="232" />
            <source>Any TLP</source>
            <translation>Tout TLP</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="94" />
            <location filename="../../ui/documents_page.py" line="199" />
            <source>Case</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="223" />
            <source>Case reference</source>
            <translation>Référence du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="148" />
            <source>Choose a document to see it here.</source>
            <translation>Choisissez un document pour l'afficher ici.</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="229" />
            <source>Current</source>
            <translation>En vigueur</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="96" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="204" />
            <source>Dated</source>
            <translation>Daté du</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="136" />
            <source>Dismiss</source>
            <translation>Masquer</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="137" />
            <source>Dismiss the verification result</source>
            <translation>Masquer le résultat de la vérification</translation>
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
            <translation>Documents définitifs conservés au registre. Déposez un PDF n'importe où sur la fenêtre pour vérifier s'il provient de ce coffre.</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="97" />
            <location filename="../../ui/documents_page.py" line="203" />
            <source>Handling</source>
            <translation>Code de traitement</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="231" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="198" />
            <source>Made</source>
            <translation>Établi le</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="225" />
            <source>Make one from a case with New request…; drafts are not kept in the register.</source>
            <translation>Établissez-en un depuis un dossier avec Nouvelle demande… ; les projets ne sont pas conservés au registre.</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="360" />
            <source>No document chosen</source>
            <translation>Aucun document choisi</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="224" />
            <source>No final documents yet.</source>
            <translation>Aucun document définitif pour l'instant.</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="444" />
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="241" />
            <source>Register of documents</source>
            <translation>Registre des documents</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="98" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="202" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="230" />
            <source>Superseded</source>
            <translation>Remplacées</translation>
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
            <translation>Modèle</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="133" />
            <source>Verification result</source>
            <translation>Résultat de la vérification</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="444" />
            <source>Verify a PDF</source>
            <translation>Vérifier un PDF</translation>
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
            <translation>Version {version} de {ref} : {pages} page(s)</translation>
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
            <translation>Versions de ce document</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="217" />
            <location filename="../../ui/documents_page.py" line="373" />
            <location filename="../../ui/documents_page.py" line="408" />
            <source>current</source>
            <translation>en vigueur</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="376" />
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <location filename="../../ui/documents_page.py" line="217" />
            <location filename="../../ui/documents_page.py" line="373" />
            <location filename="../../ui/documents_page.py" line="408" />
            <source>superseded</source>
            <translation>remplacé</translation>
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
            <translation> (cette entrée)</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="300" />
            <source>#</source>
            <translation>N°</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="468" />
            <source>, met {when}</source>
            <translation>, respectée le {when}</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="475" />
            <source>: original</source>
            <translation> : original</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="326" />
            <source>All channels</source>
            <translation>Tous</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="330" />
            <source>All countries</source>
            <translation>Tous</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="328" />
            <source>All types</source>
            <translation>Tous</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="512" />
            <source>Attachments</source>
            <translation>Pièces jointes</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="323" />
            <source>Both</source>
            <translation>Les deux</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="305" />
            <location filename="../../ui/exchanges_page.py" line="495" />
            <source>Case</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="332" />
            <source>Case number, e.g. LO-2026-0002</source>
            <translation>Numéro de dossier, p. ex. LO-2026-0002</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="303" />
            <location filename="../../ui/exchanges_page.py" line="326" />
            <location filename="../../ui/exchanges_page.py" line="489" />
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="254" />
            <location filename="../../ui/exchanges_page.py" line="417" />
            <source>Choose an entry in the log to see it here.</source>
            <translation>Choisissez une entrée du journal pour l'afficher ici.</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="505" />
            <source>Conditions of use</source>
            <translation>Conditions d'utilisation</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="515" />
            <source>Corrected by</source>
            <translation>Rectifiée par</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="448" />
            <source>Corrected: this entry was corrected by #{seq}; it stays in the log as it was.</source>
            <translation>Rectifiée : cette entrée a été rectifiée par le n° {seq} ; elle reste au journal telle qu'elle était.</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="516" />
            <source>Correction history</source>
            <translation>Historique des rectifications</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="513" />
            <source>Corrects</source>
            <translation>Rectifie</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="234" />
            <source>Correct…</source>
            <translation>Rectifier…</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="304" />
            <location filename="../../ui/exchanges_page.py" line="493" />
            <source>Counterpart</source>
            <translation>Homologue</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="494" />
            <source>Counterpart's country</source>
            <translation>Pays de l'homologue</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="330" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="301" />
            <source>Date (local)</source>
            <translation>Date (heure locale)</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="511" />
            <source>Deadlines</source>
            <translation>Échéances</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="302" />
            <location filename="../../ui/exchanges_page.py" line="323" />
            <location filename="../../ui/exchanges_page.py" line="486" />
            <source>Direction</source>
            <translation>Sens</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="504" />
            <source>Evaluation</source>
            <translation>Évaluation</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="223" />
            <source>Exchange log</source>
            <translation>Journal des échanges</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="307" />
            <location filename="../../ui/exchanges_page.py" line="502" />
            <source>Handling</source>
            <translation>Code de traitement</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="501" />
            <source>Identifiers</source>
            <translation>Identifiants</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="492" />
            <source>Information access</source>
            <translation>Accès à l'information</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="496" />
            <source>Legal basis</source>
            <translation>Base juridique</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="607" />
            <source>Link #{seq} as a response</source>
            <translation>Lier le n° {seq} comme réponse</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="236" />
            <source>Link as response to…</source>
            <translation>Lier comme réponse à…</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="606" />
            <source>Linked as the response to a request.</source>
            <translation>Liée comme réponse à une demande.</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="245" />
            <source>List the entries that later entries corrected too, marked as corrected</source>
            <translation>Afficher aussi les entrées rectifiées par des entrées ultérieures, signalées comme rectifiées</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="235" />
            <source>Log a correction of the selected entry (Ctrl+Shift+E)</source>
            <translation>Consigner une rectification de l'entrée sélectionnée (Ctrl+Maj+E)</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="232" />
            <location filename="../../ui/exchanges_page.py" line="321" />
            <source>Log received…</source>
            <translation>Consigner une réception…</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="230" />
            <location filename="../../ui/exchanges_page.py" line="320" />
            <source>Log sent…</source>
            <translation>Consigner un envoi…</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="233" />
            <source>Log something you received (Ctrl+Shift+N)</source>
            <translation>Consigner une réception (Ctrl+Maj+N)</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="231" />
            <source>Log something you sent (Ctrl+N)</source>
            <translation>Consigner un envoi (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="318" />
            <source>Log what you send and receive: each entry keeps who, when, how and under which conditions.</source>
            <translation>Consignez ce que vous envoyez et recevez : chaque entrée conserve qui, quand, comment et à quelles conditions.</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="628" />
            <source>Logged #{seq}, correcting #{old}; #{old} is kept and marked as corrected.</source>
            <translation>N° {seq} consigné, rectifiant le n° {old} ; le n° {old} est conservé et signalé comme rectifié.</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="631" />
            <source>Logged #{seq}.</source>
            <translation>N° {seq} consigné.</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="500" />
            <source>Names</source>
            <translation>Noms</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="401" />
            <source>Open it from its section: this version cannot show a {what} here.</source>
            <translation>Ouvrez-le depuis sa section : cette version ne peut pas afficher ici ce type de fiche ({what}).</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="497" />
            <source>Our reference</source>
            <translation>Notre référence</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="508" />
            <source>Outcome</source>
            <translation>Suite donnée</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="514" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="237" />
            <source>Record the selected entry as the response to a request (Ctrl+Shift+R)</source>
            <translation>Enregistrer l'entrée sélectionnée comme réponse à une demande (Ctrl+Maj+R)</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="308" />
            <location filename="../../ui/exchanges_page.py" line="509" />
            <source>Response due</source>
            <translation>Réponse attendue le</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="506" />
            <source>Response to</source>
            <translation>Réponse à</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="510" />
            <source>Responses</source>
            <translation>Réponses</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="250" />
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="435" />
            <source>Run the cross-check for #{seq}</source>
            <translation>Lancer le recoupement pour le n° {seq}</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="540" />
            <source>Save the attachment</source>
            <translation>Enregistrer la pièce jointe</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="547" />
            <source>Saved {name} to {path}.</source>
            <translation>{name} enregistré dans {path}.</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="543" />
            <source>Saving {name}…</source>
            <translation>Enregistrement de {name}…</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="244" />
            <source>Show corrected entries</source>
            <translation>Afficher les entrées rectifiées</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="335" />
            <source>Show the entries of one case</source>
            <translation>Afficher les entrées d'un dossier</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="306" />
            <location filename="../../ui/exchanges_page.py" line="499" />
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="551" />
            <source>The attachment was not saved: {why}</source>
            <translation>La pièce jointe n'a pas été enregistrée : {why}</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="317" />
            <source>The log is empty.</source>
            <translation>Le journal est vide.</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="451" />
            <source>The personal data of this entry was erased.</source>
            <translation>Les données personnelles de cette entrée ont été effacées.</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="498" />
            <source>Their reference</source>
            <translation>Leur référence</translation>
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
            <translation>Urgence</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="488" />
            <source>When (UTC)</source>
            <translation>Date (UTC)</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="487" />
            <source>When (local)</source>
            <translation>Date (heure locale)</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="461" />
            <source>{name} (erased)</source>
            <translation>{name} (effacé)</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="463" />
            <source>{name} ({size}): save as…</source>
            <translation>{name} ({size}) : enregistrer sous…</translation>
        </message>
        <message>
            <location filename="../../ui/exchanges_page.py" line="466" />
            <source>{state}: {title}, due {due}{met}</source>
            <translation>{state} : {title}, échéance {due}{met}</translation>
        </message>
    </context>
    <context>
        <name>ExportBundleDialog</name>
        <message>
            <location filename="../../ui/handover.py" line="279" />
            <source>&amp;Choose file…</source>
            <translation>&amp;Choisir le fichier…</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="295" />
            <source>&amp;Export</source>
            <translation>&amp;Exporter</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="227" />
            <source>&amp;Given to:</source>
            <translation>&amp;Remis à :</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="252" />
            <source>&amp;Include the restricted records listed above</source>
            <translation>&amp;Inclure les éléments à diffusion restreinte énumérés ci-dessus</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="261" />
            <source>&amp;Justification:</source>
            <translation>&amp;Justification :</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="193" />
            <source>&amp;Recipients' public keys (age1…)</source>
            <translation>Clés publiques des &amp;destinataires (age1…)</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="265" />
            <source>&amp;Redact personal data</source>
            <translation>Ca&amp;viarder les données personnelles</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="234" />
            <source>&amp;Why:</source>
            <translation>&amp;Motif :</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="194" />
            <source>A &amp;passphrase, given to the recipient by another channel</source>
            <translation>Une &amp;phrase de passe, transmise au destinataire par un autre canal</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="215" />
            <source>Again:</source>
            <translation>Confirmation :</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="211" />
            <source>Bundle passphrase</source>
            <translation>Phrase de passe du paquet</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="212" />
            <source>Bundle passphrase, again</source>
            <translation>Phrase de passe du paquet, confirmation</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="488" />
            <source>Can be opened by: {who}.</source>
            <translation>Peut être ouvert par : {who}.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="500" />
            <source>Cancelled: no file was written and nothing was recorded.</source>
            <translation>Annulé : aucun fichier n'a été écrit et rien n'a été enregistré.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="470" />
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="482" />
            <source>Case {ref}: {counts}.</source>
            <translation>Dossier {ref} : {counts}.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="280" />
            <source>Choose where to save the bundle</source>
            <translation>Choisir où enregistrer le paquet</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="281" />
            <source>Choose where to save the bundle (Alt+C)</source>
            <translation>Choisir où enregistrer le paquet (Alt+C)</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="445" />
            <source>Choose where to save the bundle.</source>
            <translation>Choisissez où enregistrer le paquet.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="299" />
            <location filename="../../ui/handover.py" line="494" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="459" />
            <source>Encrypting and writing the bundle…</source>
            <translation>Chiffrement et écriture du paquet…</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="296" />
            <source>Export the bundle</source>
            <translation>Exporter le paquet</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="422" />
            <source>Give at least one recipient's public key (age1…), or choose a passphrase.</source>
            <translation>Indiquez au moins une clé publique de destinataire (age1…), ou choisissez une phrase de passe.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="224" />
            <source>Given to, for the audit trail</source>
            <translation>Remis à, pour le journal d'audit</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="346" />
            <source>Goes in: {counts}.</source>
            <translation>Contenu : {counts}.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="168" />
            <source>Hand over case {ref}</source>
            <translation>Transmettre le dossier {ref}</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="253" />
            <source>Include restricted records</source>
            <translation>Inclure les éléments à diffusion restreinte</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="259" />
            <source>Justification for including restricted records</source>
            <translation>Justification de l'inclusion des éléments à diffusion restreinte</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="350" />
            <source>Left out as restricted (TLP:RED or H2), with what depends on them: {n}</source>
            <translation>Écartés car à diffusion restreinte (TLP:RED ou H2), avec ce qui en dépend : {n}</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="485" />
            <source>Left out as restricted: {counts}.</source>
            <translation>Écartés car à diffusion restreinte : {counts}.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="225" />
            <source>Names or agencies, separated by ; (e.g. Policía Nacional; Madrid liaison desk)</source>
            <translation>Noms ou organismes, séparés par ; (p. ex. Policía Nacional; Madrid liaison desk)</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="277" />
            <source>No file chosen yet.</source>
            <translation>Aucun fichier choisi pour l'instant.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="344" />
            <source>Nothing can go in unless restricted records are included.</source>
            <translation>Rien ne peut être inclus sans les éléments à diffusion restreinte.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="353" />
            <source>Nothing is restricted: the whole case goes in.</source>
            <translation>Aucun élément à diffusion restreinte : tout le dossier est inclus.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="407" />
            <source>Nothing was written: see the message above.</source>
            <translation>Rien n'a été écrit : voir le message ci-dessus.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="202" />
            <source>One public key per line, e.g. age1ql3z7hjy54pw3hyww5ay…</source>
            <translation>Une clé publique par ligne, p. ex. age1ql3z7hjy54pw3hyww5ay…</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="214" />
            <source>Passphrase:</source>
            <translation>Phrase de passe :</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="487" />
            <source>Personal data was redacted.</source>
            <translation>Les données personnelles ont été caviardées.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="201" />
            <source>Recipients' public keys, one per line</source>
            <translation>Clés publiques des destinataires, une par ligne</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="248" />
            <source>Records withheld as restricted</source>
            <translation>Fiches retenues car à diffusion restreinte</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="266" />
            <source>Redact personal data</source>
            <translation>Caviarder les données personnelles</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="269" />
            <source>Redacted: names, dates of birth, identifiers, free text and files are left out or blanked, and so is the audit extract. Use it for statistics or a review; a redacted bundle cannot be imported as a hand-over.</source>
            <translation>Caviardé : les noms, dates de naissance, identifiants, textes libres et fichiers sont omis ou masqués, de même que l'extrait du journal d'audit. À utiliser pour des statistiques ou un contrôle ; un paquet caviardé ne peut pas être importé comme transmission.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="232" />
            <source>Required: every hand-over is a disclosure, and its record says why (Law Enforcement Directive Art. 25).</source>
            <translation>Obligatoire : toute remise est une communication, et son enregistrement en indique le motif (directive « police-justice », art. 25).</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="382" />
            <source>Save the bundle as</source>
            <translation>Enregistrer le paquet sous</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="434" />
            <source>Say why the case goes to them: the reason is recorded with the disclosure.</source>
            <translation>Indiquez pourquoi le dossier leur est remis : le motif est enregistré avec la communication.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="439" />
            <source>Say why the restricted records are included (a justification is recorded in the audit trail).</source>
            <translation>Indiquez pourquoi les éléments à diffusion restreinte sont inclus (une justification est consignée dans le journal d'audit).</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="255" />
            <source>TLP:RED and H2 mean: not to be passed on. Include them only with the originator's consent, and say why.</source>
            <translation>TLP:RED et H2 signifient : à ne pas transmettre. Ne les incluez qu'avec l'accord de l'émetteur, et indiquez pourquoi.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="491" />
            <source>The bundle was already written when Cancel was pressed.</source>
            <translation>Le paquet était déjà écrit lorsque vous avez appuyé sur Annuler.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="328" />
            <source>The case itself is restricted (TLP:RED or H2, or it refers to such a record): it can be handed over only with its restricted records, with a justification.</source>
            <translation>Le dossier lui-même est à diffusion restreinte (TLP:RED ou H2, ou il renvoie à un tel élément) : il ne peut être transmis qu'avec ses éléments à diffusion restreinte, avec une justification.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="489" />
            <source>The disclosure is recorded in the audit trail.</source>
            <translation>La communication est consignée dans le journal d'audit.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="373" />
            <source>The two passphrases differ.</source>
            <translation>Les deux phrases de passe diffèrent.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="427" />
            <source>The two passphrases differ; type the same one twice.</source>
            <translation>Les deux phrases de passe diffèrent ; saisissez deux fois la même.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="442" />
            <source>Tick "Include the restricted records" and give a justification, or do not hand this case over.</source>
            <translation>Cochez « Inclure les éléments à diffusion restreinte » et donnez une justification, ou ne transmettez pas ce dossier.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="431" />
            <source>Type a passphrase for the bundle (twice).</source>
            <translation>Saisissez une phrase de passe pour le paquet (deux fois).</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="241" />
            <source>What goes in</source>
            <translation>Contenu transmis</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="275" />
            <source>Where</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="191" />
            <source>Who can open it</source>
            <translation>Qui peut l'ouvrir</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="229" />
            <source>Why the case goes to them, for the audit trail</source>
            <translation>Motif de la remise, pour le journal d'audit</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="297" />
            <source>Write the encrypted bundle (Ctrl+Enter)</source>
            <translation>Écrire le paquet chiffré (Ctrl+Entrée)</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="178" />
            <source>Writes one encrypted file holding case {ref}: the case, its persons, exchange log, files, deadlines and documents, and what they refer to. The hand-over is recorded in the audit trail as a disclosure.</source>
            <translation>Écrit un fichier chiffré contenant le dossier {ref} : le dossier, ses personnes, son journal des échanges, ses fichiers, ses échéances et ses documents, ainsi que ce à quoi ils renvoient. La transmission est consignée dans le journal d'audit comme une communication.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="481" />
            <source>Wrote {path} ({size}).</source>
            <translation>{path} écrit ({size}).</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="231" />
            <source>e.g. handover to my successor; reply to request DE-SPOC-2026/6608</source>
            <translation>p. ex. passation à mon successeur ; réponse à la demande DE-SPOC-2026/6608</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="260" />
            <source>e.g. originator's consent by e-mail of 3 March</source>
            <translation>p. ex. accord de l'émetteur par courriel du 3 mars</translation>
        </message>
    </context>
    <context>
        <name>FirstRunPage</name>
        <message>
            <location filename="../../ui/first_run.py" line="127" />
            <source>A separate vault with fictional data, to look around</source>
            <translation>Un coffre distinct avec des données fictives, pour découvrir l'application</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="265" />
            <source>Continue</source>
            <translation>Continuer</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="120" />
            <source>Create vault</source>
            <translation>Créer le coffre</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="200" />
            <source>Creating the vault...</source>
            <translation>Création du coffre...</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="263" />
            <source>I have written it down</source>
            <translation>Je l'ai noté</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="241" />
            <source>If you forget the passphrase, this code is the only way into the vault. Write it down now and keep it apart from this computer. It is shown only this once.</source>
            <translation>Si vous oubliez la phrase de passe, ce code est le seul moyen d'accéder au coffre. Notez-le maintenant et conservez-le à l'écart de cet ordinateur. Il n'est affiché qu'une seule fois.</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="84" />
            <source>Liaison keeps your cases, contacts and exchanges in an encrypted vault on this computer. Choose a passphrase to lock it: a few unrelated words are long and easy to remember.</source>
            <translation>Liaison conserve vos dossiers, contacts et échanges dans un coffre chiffré sur cet ordinateur. Choisissez une phrase de passe pour le verrouiller : quelques mots sans rapport entre eux sont longs et faciles à retenir.</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="315" />
            <source>Liaison recovery code</source>
            <translation>Code de récupération Liaison</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="88" />
            <source>New passphrase</source>
            <translation>Nouvelle phrase de passe</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="331" />
            <source>Not printed.</source>
            <translation>Non imprimé.</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="229" />
            <source>Open an existing vault</source>
            <translation>Ouvrir un coffre existant</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="124" />
            <source>Open an existing vault...</source>
            <translation>Ouvrir un coffre existant...</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="126" />
            <source>Open the demo vault</source>
            <translation>Ouvrir le coffre de démonstration</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="136" />
            <source>Passphrase</source>
            <translation>Phrase de passe</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="259" />
            <location filename="../../ui/first_run.py" line="328" />
            <source>Print the recovery code</source>
            <translation>Imprimer le code de récupération</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="258" />
            <source>Print...</source>
            <translation>Imprimer...</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="318" />
            <source>Printed: {when}</source>
            <translation>Imprimé le : {when}</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="249" />
            <source>Recovery code</source>
            <translation>Code de récupération</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="109" />
            <source>Remember the key in the OS keychain</source>
            <translation>Mémoriser la clé dans le trousseau du système</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="107" />
            <source>Remember the key in {keychain}, so that Liaison opens without asking</source>
            <translation>Mémoriser la clé dans {keychain}, pour que Liaison s'ouvre sans la demander</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="139" />
            <source>Repeat it</source>
            <translation>Confirmation</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="90" />
            <source>Repeat the passphrase</source>
            <translation>Confirmez la phrase de passe</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="329" />
            <source>Sent to the printer. Check the page before you tick the box.</source>
            <translation>Envoyé à l'imprimante. Vérifiez la page avant de cocher la case.</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="114" />
            <source>The OS keychain is not available ({reason}): Liaison will ask for the passphrase.</source>
            <translation>Le trousseau du système n'est pas disponible ({reason}) : Liaison demandera la phrase de passe.</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="252" />
            <source>The code uses the digits 0-9 and letters without I, L, O or U, so that it reads back unambiguously.</source>
            <translation>Le code utilise les chiffres 0-9 et les lettres sauf I, L, O et U, pour se relire sans ambiguïté.</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="301" />
            <source>The key is remembered in {keychain}.</source>
            <translation>La clé est mémorisée dans {keychain}.</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="186" />
            <source>The two passphrases differ. Type the same passphrase twice.</source>
            <translation>Les deux phrases de passe diffèrent. Saisissez deux fois la même phrase de passe.</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="215" />
            <source>The vault could not be created ({error}: {message}).</source>
            <translation>Le coffre n'a pas pu être créé ({error} : {message}).</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="166" />
            <source>The vault will be created at {path}</source>
            <translation>Le coffre sera créé ici : {path}</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="321" />
            <source>This code unlocks the vault if the passphrase is forgotten. Keep it apart from the computer, in a locked place. Digits 0-9 and letters without I, L, O or U.</source>
            <translation>Ce code déverrouille le coffre si la phrase de passe est oubliée. Conservez-le à l'écart de l'ordinateur, dans un lieu fermé à clé. Chiffres 0-9 et lettres sauf I, L, O et U.</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="316" />
            <source>Vault file: {name}</source>
            <translation>Fichier du coffre : {name}</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="317" />
            <source>Vault id: {id}</source>
            <translation>Identifiant du coffre : {id}</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="82" />
            <source>Welcome to Liaison</source>
            <translation>Bienvenue dans Liaison</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="239" />
            <source>Your recovery code</source>
            <translation>Votre code de récupération</translation>
        </message>
    </context>
    <context>
        <name>FormSection</name>
        <message>
            <location filename="../../ui/forms.py" line="232" />
            <source>Error</source>
            <translation>Erreur</translation>
        </message>
        <message>
            <location filename="../../ui/forms.py" line="309" />
            <location filename="../../ui/forms.py" line="311" />
            <location filename="../../ui/forms.py" line="319" />
            <source>Error: {message}</source>
            <translation>Erreur : {message}</translation>
        </message>
        <message>
            <location filename="../../ui/forms.py" line="207" />
            <location filename="../../ui/forms.py" line="210" />
            <location filename="../../ui/forms.py" line="327" />
            <source>Required</source>
            <translation>Obligatoire</translation>
        </message>
        <message>
            <location filename="../../ui/forms.py" line="204" />
            <source>{label}:</source>
            <translation>{label} :</translation>
        </message>
    </context>
    <context>
        <name>HandlingPicker</name>
        <message>
            <location filename="../../ui/pickers.py" line="431" />
            <source>Europol handling code</source>
            <translation>Code de traitement Europol</translation>
        </message>
        <message>
            <location filename="../../ui/pickers.py" line="445" />
            <source>H3 restriction</source>
            <translation>Restriction H3</translation>
        </message>
        <message>
            <location filename="../../ui/pickers.py" line="444" />
            <source>H3 restriction, in the provider's words</source>
            <translation>Restriction H3, dans les termes de l'émetteur</translation>
        </message>
        <message>
            <location filename="../../ui/pickers.py" line="432" />
            <source>No Europol code</source>
            <translation>Aucun code Europol</translation>
        </message>
        <message>
            <location filename="../../ui/pickers.py" line="417" />
            <source>No TLP label</source>
            <translation>Aucun marquage TLP</translation>
        </message>
        <message>
            <location filename="../../ui/pickers.py" line="415" />
            <source>TLP label</source>
            <translation>Marquage TLP</translation>
        </message>
        <message>
            <location filename="../../ui/pickers.py" line="429" />
            <source>TLP label shown</source>
            <translation>Marquage TLP affiché</translation>
        </message>
    </context>
    <context>
        <name>Handover</name>
        <message>
            <location filename="../../ui/handover.py" line="521" />
            <source>Already here</source>
            <translation>Déjà présent</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="528" />
            <source>Changed on both sides</source>
            <translation>Modifié des deux côtés</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="522" />
            <source>Conflict</source>
            <translation>Conflit</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="530" />
            <source>Erased here (personal data is not brought back)</source>
            <translation>Effacé ici (les données personnelles ne sont pas restaurées)</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="132" />
            <location filename="../../ui/handover.py" line="612" />
            <source>Exchange no. {seq}</source>
            <translation>Échange n° {seq}</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="522" />
            <source>Matched to ours</source>
            <translation>Rapproché des nôtres</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="521" />
            <source>New</source>
            <translation>Nouveau</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="522" />
            <source>Ours is newer</source>
            <translation>Plus récent chez nous</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="531" />
            <source>Reference already used here: renamed</source>
            <translation>Référence déjà utilisée ici : renommée</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="529" />
            <source>The exchange log differs (never overwritten)</source>
            <translation>Le journal des échanges diffère (jamais écrasé)</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="110" />
            <source>Unexpected error ({kind}); nothing was changed. The log file has the details.</source>
            <translation>Erreur inattendue ({kind}) ; rien n'a été modifié. Le fichier journal contient les détails.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="521" />
            <source>Updated</source>
            <translation>Mis à jour</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="92" />
            <source>agencies</source>
            <translation>organismes</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="92" />
            <source>agency</source>
            <translation>organisme</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="93" />
            <source>agreement</source>
            <translation>accord</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="93" />
            <source>agreements</source>
            <translation>accords</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="94" />
            <source>attachment</source>
            <translation>pièce jointe</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="94" />
            <source>attachments</source>
            <translation>pièces jointes</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="95" />
            <source>audit entries</source>
            <translation>entrées du journal d'audit</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="95" />
            <source>audit entry</source>
            <translation>entrée du journal d'audit</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="91" />
            <source>case</source>
            <translation>dossier</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="91" />
            <source>cases</source>
            <translation>dossiers</translation>
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
            <translation>échéance</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="94" />
            <source>deadlines</source>
            <translation>échéances</translation>
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
            <translation>échange</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="93" />
            <source>exchanges</source>
            <translation>échanges</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="96" />
            <source>link of a person to the case</source>
            <translation>lien d'une personne avec le dossier</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="96" />
            <source>links of persons to the case</source>
            <translation>liens de personnes avec le dossier</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="103" />
            <source>nothing</source>
            <translation>rien</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="91" />
            <source>person</source>
            <translation>personne</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="91" />
            <source>persons</source>
            <translation>personnes</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="118" />
            <source>{n:.0f} kB</source>
            <translation>{n:.0f} ko</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="116" />
            <source>{n:.1f} MB</source>
            <translation>{n:.1f} Mo</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="119" />
            <source>{n} bytes</source>
            <translation>{n} octets</translation>
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
            <translation>&amp;Choisir le fichier…</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="694" />
            <source>&amp;Identity:</source>
            <translation>&amp;Identité :</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="740" />
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="698" />
            <source>&amp;Open and check</source>
            <translation>&amp;Ouvrir et vérifier</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="687" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Phrase de passe :</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="692" />
            <source>Another age identity (optional)</source>
            <translation>Une autre identité age (facultatif)</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="673" />
            <source>Bundle</source>
            <translation>Paquet</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="686" />
            <source>Bundle passphrase</source>
            <translation>Phrase de passe du paquet</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="968" />
            <source>Cancelled: nothing was imported.</source>
            <translation>Annulé : rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="939" />
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="863" />
            <source>Case {ref}, exported by {who} on {when} (UTC).</source>
            <translation>Dossier {ref}, exporté par {who} le {when} (UTC).</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="848" />
            <source>Checked: every file and record is intact. Nothing has been written yet.</source>
            <translation>Vérifié : chaque fichier et chaque fiche sont intacts. Rien n'a encore été écrit.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="780" />
            <source>Choose a case bundle</source>
            <translation>Choisir un paquet de dossier</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="678" />
            <source>Choose the bundle file</source>
            <translation>Choisir le fichier du paquet</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="679" />
            <source>Choose the bundle file (Alt+C)</source>
            <translation>Choisir le fichier du paquet (Alt+C)</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="744" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="901" />
            <source>Conflict ({kind}): {message}</source>
            <translation>Conflit ({kind}) : {message}</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="727" />
            <source>Conflicts</source>
            <translation>Conflits</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="958" />
            <source>Conflicts left for you to decide below: {n}.</source>
            <translation>Conflits qu'il vous reste à trancher ci-dessous : {n}.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="700" />
            <source>Decrypt, check every record and show what would change; nothing is written (Alt+O)</source>
            <translation>Déchiffrer, vérifier chaque fiche et montrer ce qui changerait ; rien n'est écrit (Alt+O)</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="806" />
            <source>Encrypted to recipients' keys: this vault's own identity opens it when it was sent to you.</source>
            <translation>Chiffré pour les clés des destinataires : l'identité propre de ce coffre l'ouvre s'il vous a été adressé.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="866" />
            <source>Holds: {counts}; {files} files, {size} in all.</source>
            <translation>Contenu : {counts} ; {files} fichiers, {size} au total.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="665" />
            <source>Import a case bundle</source>
            <translation>Importer un paquet de dossier</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="715" />
            <source>Import plan per record type</source>
            <translation>Plan d'importation par type de fiche</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="741" />
            <source>Import the bundle</source>
            <translation>Importer le paquet</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="953" />
            <source>Imported case {ref}: new {new} · updated {updated} · already here {same}.</source>
            <translation>Dossier {ref} importé : nouveaux {new} · mis à jour {updated} · déjà présents {same}.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="930" />
            <source>Importing…</source>
            <translation>Importation…</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="705" />
            <source>Inside</source>
            <translation>Contenu</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="874" />
            <source>It includes restricted (TLP:RED or H2) records: handle them accordingly.</source>
            <translation>Il contient des éléments à diffusion restreinte (TLP:RED ou H2) : traitez-les en conséquence.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="803" />
            <source>Locked with a passphrase: type the one the sender gave you.</source>
            <translation>Verrouillé par une phrase de passe : saisissez celle que l'expéditeur vous a communiquée.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="896" />
            <source>New: {new} · updated: {updated} · already here: {same} · ours newer: {ours} · matched to ours: {mapped} · conflicts: {conflicts}</source>
            <translation>Nouveaux : {new} · mis à jour : {updated} · déjà présents : {same} · plus récents chez nous : {ours} · rapprochés des nôtres : {mapped} · conflits : {conflicts}</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="676" />
            <source>No file chosen yet.</source>
            <translation>Aucun fichier choisi pour l'instant.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="693" />
            <source>Only if it was sent to another key: AGE-SECRET-KEY-1…</source>
            <translation>Seulement s'il a été adressé à une autre clé : AGE-SECRET-KEY-1…</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="699" />
            <source>Open the bundle and plan the import</source>
            <translation>Ouvrir le paquet et préparer l'importation</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="838" />
            <source>Opening and checking the bundle…</source>
            <translation>Ouverture et vérification du paquet…</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="716" />
            <source>Records</source>
            <translation>Fiches</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="876" />
            <source>Redacted: personal data was left out.</source>
            <translation>Caviardé : les données personnelles ont été omises.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="904" />
            <source>Renamed: {what} {old} becomes {new}, as {old} is already used here.</source>
            <translation>Renommé : {what} {old} devient {new}, car {old} est déjà utilisé ici.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="856" />
            <source>The bundle was refused: {why}</source>
            <translation>Le paquet a été refusé : {why}</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="971" />
            <source>The import was refused and nothing was written: {why}</source>
            <translation>L'importation a été refusée et rien n'a été écrit : {why}</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="871" />
            <source>The sender left out as restricted: {counts}.</source>
            <translation>L'expéditeur a écarté car à diffusion restreinte : {counts}.</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="796" />
            <source>This file cannot be used: {why}</source>
            <translation>Ce fichier ne peut pas être utilisé : {why}</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="712" />
            <source>What the import will do</source>
            <translation>Ce que fera l'importation</translation>
        </message>
        <message>
            <location filename="../../ui/handover.py" line="742" />
            <source>Write the plan above into this vault, in one transaction (Ctrl+Enter)</source>
            <translation>Écrire le plan ci-dessus dans ce coffre, en une seule transaction (Ctrl+Entrée)</translation>
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
            <translation>Ajouter</translation>
        </message>
        <message>
            <location filename="../../ui/pickers.py" line="328" />
            <source>Chosen languages</source>
            <translation>Langues choisies</translation>
        </message>
        <message>
            <location filename="../../ui/pickers.py" line="330" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
    </context>
    <context>
        <name>LanguagePicker</name>
        <message>
            <location filename="../../ui/pickers.py" line="313" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../ui/pickers.py" line="311" />
            <source>Language: name or code</source>
            <translation>Langue : nom ou code</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="180" />
            <location filename="../../ui/main_window.py" line="484" />
            <source>&amp;Go</source>
            <translation>A&amp;ller à</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="169" />
            <location filename="../../ui/main_window.py" line="481" />
            <source>&amp;Lock</source>
            <translation>&amp;Verrouiller</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="175" />
            <location filename="../../ui/main_window.py" line="483" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="191" />
            <location filename="../../ui/main_window.py" line="489" />
            <source>&amp;Search...</source>
            <translation>&amp;Rechercher...</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="168" />
            <location filename="../../ui/main_window.py" line="480" />
            <source>&amp;Vault</source>
            <translation>&amp;Coffre</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="605" />
            <source>Close Liaison</source>
            <translation>Fermer Liaison</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="151" />
            <source>Liaison - {name}</source>
            <translation>Liaison - {name}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="150" />
            <source>Liaison - {name} (demo)</source>
            <translation>Liaison - {name} (démonstration)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="171" />
            <location filename="../../ui/main_window.py" line="482" />
            <source>Lock the vault now (Ctrl+L)</source>
            <translation>Verrouiller le coffre maintenant (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="63" />
            <source>Locked after {minutes} minutes without activity.</source>
            <translation>Verrouillé après {minutes} minutes d'inactivité.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="64" />
            <source>Locked because the screen was locked.</source>
            <translation>Verrouillé parce que l'écran a été verrouillé.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="65" />
            <source>Locked.</source>
            <translation>Verrouillé.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="466" />
            <source>Locks after {minutes} min idle (at {time})</source>
            <translation>Verrouillage après {minutes} min d'inactivité (à {time})</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="468" />
            <source>Locks after {seconds} s idle (at {time})</source>
            <translation>Verrouillage après {seconds} s d'inactivité (à {time})</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="197" />
            <location filename="../../ui/main_window.py" line="490" />
            <source>Main toolbar</source>
            <translation>Barre d'outils principale</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="430" />
            <source>No matches</source>
            <translation>Aucun résultat</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="264" />
            <source>Preparing the demo vault...</source>
            <translation>Préparation du coffre de démonstration...</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="209" />
            <location filename="../../ui/main_window.py" line="492" />
            <source>Search (Ctrl+K)</source>
            <translation>Rechercher (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="396" />
            <source>Search cases, persons, contacts and documents (Ctrl+K)</source>
            <translation>Rechercher dans les dossiers, personnes, contacts et documents (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="398" />
            <source>Search is not available yet: this version of Liaison has no search index.</source>
            <translation>La recherche n'est pas encore disponible : cette version de Liaison n'a pas d'index de recherche.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="208" />
            <location filename="../../ui/main_window.py" line="491" />
            <source>Search records</source>
            <translation>Rechercher des fiches</translation>
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
            <translation>Le code de récupération n'a pas été confirmé comme noté. Il ne sera plus affiché (un nouveau code pourra être émis plus tard depuis le coffre déverrouillé). Fermer quand même ?</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="503" />
            <source>The sections change language at the next unlock: a form has unsaved changes.</source>
            <translation>Les sections changeront de langue au prochain déverrouillage : un formulaire contient des modifications non enregistrées.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="453" />
            <source>Vault: {name}</source>
            <translation>Coffre : {name}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="451" />
            <source>Vault: {name} (demo, fictional data)</source>
            <translation>Coffre : {name} (démonstration, données fictives)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="329" />
            <source>{section}: {message}</source>
            <translation>{section} : {message}</translation>
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
            <translation>Non effectué :</translation>
        </message>
    </context>
    <context>
        <name>Models</name>
        <message>
            <location filename="../../ui/models.py" line="120" />
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <location filename="../../ui/models.py" line="120" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
    </context>
    <context>
        <name>OversightReportDialog</name>
        <message>
            <location filename="../../ui/report_dialog.py" line="82" />
            <source>&amp;From:</source>
            <translation>&amp;Du :</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="84" />
            <source>&amp;To:</source>
            <translation>&amp;Au :</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="139" />
            <source>Choose the first day of the period.</source>
            <translation>Choisissez le premier jour de la période.</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="141" />
            <source>Choose the last day of the period.</source>
            <translation>Choisissez le dernier jour de la période.</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="190" />
            <source>Counting…</source>
            <translation>Décompte…</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="98" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="79" />
            <source>First day of the period</source>
            <translation>Premier jour de la période</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="88" />
            <source>Key figures</source>
            <translation>Chiffres clés</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="81" />
            <source>Last day of the period</source>
            <translation>Dernier jour de la période</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="99" />
            <source>Median days, received</source>
            <translation>Jours (médiane), reçues</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="99" />
            <source>Median days, sent</source>
            <translation>Jours (médiane), envoyées</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="206" />
            <source>No request in this period.</source>
            <translation>Aucune demande sur cette période.</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="61" />
            <source>Oversight report</source>
            <translation>Rapport de contrôle</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="76" />
            <source>Period (UTC, both days included)</source>
            <translation>Période (UTC, premier et dernier jours inclus)</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="98" />
            <source>Received</source>
            <translation>Reçues</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="97" />
            <source>Requests by country</source>
            <translation>Demandes par pays</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="196" />
            <source>Requests sent: {sent}   ·   received: {received}   ·   in all: {total}</source>
            <translation>Demandes envoyées : {sent}   ·   reçues : {received}   ·   au total : {total}</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="202" />
            <source>Response time, requests received: median {med} days, 90th percentile {p90} days ({answered} answered, {pending} pending)</source>
            <translation>Délai de réponse, demandes reçues : médiane {med} jours, 90e centile {p90} jours ({answered} traitées, {pending} en attente)</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="200" />
            <source>Response time, requests sent: median {med} days, 90th percentile {p90} days ({answered} answered, {pending} pending)</source>
            <translation>Délai de réponse, demandes envoyées : médiane {med} jours, 90e centile {p90} jours ({answered} traitées, {pending} en attente)</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="120" />
            <source>Save &amp;CSV…</source>
            <translation>Enregistrer en &amp;CSV…</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="117" />
            <source>Save &amp;PDF…</source>
            <translation>Enregistrer en &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="121" />
            <location filename="../../ui/report_dialog.py" line="238" />
            <source>Save the figures as CSV</source>
            <translation>Enregistrer les chiffres en CSV</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="234" />
            <source>Save the oversight report</source>
            <translation>Enregistrer le rapport de contrôle</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="118" />
            <source>Save the report as PDF</source>
            <translation>Enregistrer le rapport en PDF</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="265" />
            <source>Saved {path} ({size} bytes). The export is recorded in the audit trail.</source>
            <translation>{path} enregistré ({size} octets). L'exportation est consignée dans le journal d'audit.</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="98" />
            <source>Sent</source>
            <translation>Envoyées</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="73" />
            <source>Statistics on the requests sent and received in a period, for a supervisory authority: by country, legal basis, type and outcome, with response times. It holds no personal data; producing it is recorded in the audit trail.</source>
            <translation>Statistiques des demandes envoyées et reçues sur une période, pour une autorité de contrôle : par pays, base juridique, type et suite donnée, avec les délais de réponse. Il ne contient aucune donnée personnelle ; son établissement est consigné dans le journal d'audit.</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="254" />
            <source>The folder {folder} does not exist.</source>
            <translation>Le dossier {folder} n'existe pas.</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="119" />
            <source>The report with tables, charts and the method (Alt+P)</source>
            <translation>Le rapport avec tableaux, graphiques et méthode (Alt+P)</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="122" />
            <source>The same figures as one table, for a spreadsheet (Alt+C)</source>
            <translation>Les mêmes chiffres en un seul tableau, pour un tableur (Alt+C)</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="269" />
            <source>Writing the report…</source>
            <translation>Rédaction du rapport…</translation>
        </message>
        <message>
            <location filename="../../ui/report_dialog.py" line="225" />
            <source>{n} more countries are in the report.</source>
            <translation>{n} autres pays figurent dans le rapport.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <location filename="../../ui/settings_dialog.py" line="503" />
            <location filename="../../ui/settings_dialog.py" line="513" />
            <source>Change passphrase</source>
            <translation>Changer la phrase de passe</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="557" />
            <source>Error: {message}</source>
            <translation>Erreur : {message}</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="538" />
            <source>Locking the key under the new passphrase...</source>
            <translation>Protection de la clé par la nouvelle phrase de passe...</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="504" />
            <source>New passphrase</source>
            <translation>Nouvelle phrase de passe</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="505" />
            <source>New passphrase again</source>
            <translation>Nouvelle phrase de passe, confirmation</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="518" />
            <source>New passphrase:</source>
            <translation>Nouvelle phrase de passe :</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="554" />
            <source>The passphrase could not be changed.</source>
            <translation>La phrase de passe n'a pas pu être changée.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="531" />
            <source>The two passphrases differ; type the same one twice.</source>
            <translation>Les deux phrases de passe diffèrent ; saisissez deux fois la même.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="518" />
            <source>Type it again:</source>
            <translation>Confirmez-la :</translation>
        </message>
    </context>
    <context>
        <name>PassphraseField</name>
        <message>
            <location filename="../../ui/widgets.py" line="34" />
            <source>Hide passphrase</source>
            <translation>Masquer la phrase de passe</translation>
        </message>
        <message>
            <location filename="../../ui/widgets.py" line="28" />
            <location filename="../../ui/widgets.py" line="34" />
            <source>Show passphrase</source>
            <translation>Afficher la phrase de passe</translation>
        </message>
        <message>
            <location filename="../../ui/widgets.py" line="29" />
            <source>Show the passphrase</source>
            <translation>Afficher la phrase de passe</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <location filename="../../ui/pdf_preview.py" line="38" />
            <source>Document preview</source>
            <translation>Aperçu du document</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="40" />
            <source>Nothing to preview.</source>
            <translation>Rien à prévisualiser.</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="58" />
            <source>This PDF could not be shown.</source>
            <translation>Ce PDF n'a pas pu être affiché.</translation>
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
            <translation>Ajouter une pièce d'identité</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="127" />
            <source>Add a name</source>
            <translation>Ajouter un nom</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="232" />
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="38" />
            <source>Convicted</source>
            <translation>Condamné(e)</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="165" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="236" />
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="174" />
            <source>Document number</source>
            <translation>Numéro de la pièce</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="170" />
            <source>Document type</source>
            <translation>Type de pièce</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="240" />
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="263" />
            <source>Edit person {ref}</source>
            <translation>Modifier la personne {ref}</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="165" />
            <source>Expires</source>
            <translation>Expire le</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="179" />
            <source>Expiry date</source>
            <translation>Date d'expiration</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="228" />
            <source>Identity</source>
            <translation>Identité</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="243" />
            <source>Keeping</source>
            <translation>Conservation</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="127" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="225" />
            <source>Latin transliteration</source>
            <translation>Translittération latine</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="233" />
            <source>Law Enforcement Directive, Art. 6.</source>
            <translation>Directive « police-justice », art. 6.</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="226" />
            <source>Leave empty for an automatic suggestion (marked as automatic).</source>
            <translation>Laissez vide pour une suggestion automatique (signalée comme automatique).</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="223" />
            <source>Leave empty to show the first name.</source>
            <translation>Laissez vide pour afficher le premier nom.</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="127" />
            <location filename="../../ui/person_editor.py" line="132" />
            <source>Name as written</source>
            <translation>Nom tel qu'écrit</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="222" />
            <source>Name shown in lists</source>
            <translation>Nom affiché dans les listes</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="215" />
            <location filename="../../ui/person_editor.py" line="217" />
            <source>Names</source>
            <translation>Noms</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="238" />
            <source>Nationality</source>
            <translation>Nationalité</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="209" />
            <location filename="../../ui/person_editor.py" line="253" />
            <source>New person</source>
            <translation>Nouvelle personne</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="248" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="165" />
            <source>Number</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="39" />
            <source>Other person</source>
            <translation>Autre personne</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="76" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="77" />
            <source>Remove this row</source>
            <translation>Retirer cette ligne</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="245" />
            <source>Review date</source>
            <translation>Date de réexamen</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="127" />
            <location filename="../../ui/person_editor.py" line="135" />
            <source>Script</source>
            <translation>Écriture</translation>
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
            <translation>Saisissez chaque nom exactement tel qu'il est écrit dans son écriture ; ajoutez la forme latine comme autre nom lorsque les documents en donnent une.</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="38" />
            <source>Victim</source>
            <translation>Victime</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="39" />
            <source>Witness</source>
            <translation>Témoin</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="235" />
            <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
            <translation>AAAA, AAAA-MM ou AAAA-MM-JJ</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="134" />
            <source>e.g. Arabic</source>
            <translation>p. ex. arabe</translation>
        </message>
        <message>
            <location filename="../../ui/person_editor.py" line="209" />
            <source>this person</source>
            <translation>cette personne</translation>
        </message>
    </context>
    <context>
        <name>PersonsPage</name>
        <message>
            <location filename="../../ui/persons_page.py" line="95" />
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="395" />
            <source>Add a person (Ctrl+N)</source>
            <translation>Ajouter une personne (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="418" />
            <source>Add a person, or link one from a case.</source>
            <translation>Ajoutez une personne, ou liez-en une depuis un dossier.</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="414" />
            <location filename="../../ui/persons_page.py" line="415" />
            <source>Any</source>
            <translation>Toutes</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="62" />
            <source>Born</source>
            <translation>Né(e) le</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="195" />
            <source>Cases the person is linked to</source>
            <translation>Dossiers auxquels la personne est liée</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="197" />
            <source>Cases:</source>
            <translation>Dossiers :</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="60" />
            <location filename="../../ui/persons_page.py" line="414" />
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="272" />
            <source>Category: {c}</source>
            <translation>Catégorie : {c}</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="64" />
            <source>Changed</source>
            <translation>Modifié</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="140" />
            <source>Copy reference</source>
            <translation>Copier la référence</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="141" />
            <source>Copy the person's reference (cleared from the clipboard after 30 s)</source>
            <translation>Copier la référence de la personne (effacée du presse-papiers après 30 s)</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="189" />
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="190" />
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="144" />
            <source>Edit this person (Ctrl+E)</source>
            <translation>Modifier cette personne (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="143" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="168" />
            <source>Erase permanently…</source>
            <translation>Effacer définitivement…</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="354" />
            <source>Erase person {ref}?</source>
            <translation>Effacer la personne {ref} ?</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="163" />
            <source>Erase this person</source>
            <translation>Effacer cette personne</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="146" />
            <source>Erase this person's personal data</source>
            <translation>Effacer les données personnelles de cette personne</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="270" />
            <source>Erased person</source>
            <translation>Personne effacée</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="145" />
            <source>Erase…</source>
            <translation>Effacer…</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="339" />
            <source>Erasing {ref} removes for good: {names} name(s), the Latin form, date of birth, nationality, {docs} document(s), {facts} fact(s), {assess} assessment(s), notes, the review date and the notes on its {cases} case link(s). Kept: the reference, the category and the links to cases (for statistics). The erasure is recorded in the audit trail with your justification.</source>
            <translation>L'effacement de {ref} supprime définitivement : {names} nom(s), la forme latine, la date de naissance, la nationalité, {docs} pièce(s) d'identité, {facts} fait(s), {assess} appréciation(s), les notes, la date de réexamen et les notes de ses {cases} lien(s) avec des dossiers. Sont conservés : la référence, la catégorie et les liens avec les dossiers (pour les statistiques). L'effacement est consigné dans le journal d'audit avec votre justification.</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="198" />
            <source>Facts</source>
            <translation>Faits</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="421" />
            <source>Filter: name, Latin form or reference</source>
            <translation>Filtre : nom, forme latine ou référence</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="167" />
            <source>Justification for the erasure</source>
            <translation>Justification de l'effacement</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="169" />
            <source>Keep the data</source>
            <translation>Conserver les données</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="59" />
            <location filename="../../ui/persons_page.py" line="189" />
            <source>Latin form</source>
            <translation>Forme latine</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="423" />
            <source>List of persons</source>
            <translation>Liste des personnes</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="58" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="185" />
            <source>Names in every script</source>
            <translation>Noms dans toutes les écritures</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="188" />
            <source>Names:</source>
            <translation>Noms :</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="61" />
            <location filename="../../ui/persons_page.py" line="190" />
            <location filename="../../ui/persons_page.py" line="415" />
            <source>Nationality</source>
            <translation>Nationalité</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="90" />
            <source>New entry</source>
            <translation>Nouvelle entrée</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="395" />
            <location filename="../../ui/persons_page.py" line="419" />
            <source>New person</source>
            <translation>Nouvelle personne</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="456" />
            <source>New person in case {ref}</source>
            <translation>Nouvelle personne dans le dossier {ref}</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="418" />
            <source>No persons yet.</source>
            <translation>Aucune personne pour l'instant.</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="298" />
            <source>No review date</source>
            <translation>Aucune date de réexamen</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="297" />
            <source>None recorded</source>
            <translation>Rien d'enregistré</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="113" />
            <source>None recorded.</source>
            <translation>Rien d'enregistré.</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="288" />
            <location filename="../../ui/persons_page.py" line="290" />
            <source>Not known</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="191" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="200" />
            <source>Opinions and evaluations, kept apart from facts (LED Art. 7).</source>
            <translation>Opinions et appréciations, tenues à l'écart des faits (directive police-justice, art. 7).</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="200" />
            <source>Personal assessments</source>
            <translation>Appréciations personnelles</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="390" />
            <location filename="../../ui/persons_page.py" line="395" />
            <source>Persons</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="57" />
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="63" />
            <source>Review</source>
            <translation>Réexamen</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="191" />
            <source>Review date</source>
            <translation>Date de réexamen</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="396" />
            <source>Select a person in the list.</source>
            <translation>Sélectionnez une personne dans la liste.</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="93" />
            <source>Source (who or what it comes from)</source>
            <translation>Source (de qui ou de quoi cela provient)</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="287" />
            <source>Suggested by Liaison from the names: not an official transliteration.</source>
            <translation>Suggéré par Liaison à partir des noms : ce n'est pas une translittération officielle.</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="367" />
            <source>The personal data of {ref} has been erased.</source>
            <translation>Les données personnelles de {ref} ont été effacées.</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="355" />
            <source>The personal data of {ref} will be erased and cannot be brought back.</source>
            <translation>Les données personnelles de {ref} seront effacées et ne pourront pas être restaurées.</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="198" />
            <source>What is established, with its source.</source>
            <translation>Ce qui est établi, avec sa source.</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="166" />
            <source>Why the data must go (at least 10 characters)</source>
            <translation>Pourquoi les données doivent être effacées (au moins 10 caractères)</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="91" />
            <source>{box}: new entry</source>
            <translation>{box} : nouvelle entrée</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="94" />
            <source>{box}: source of the new entry</source>
            <translation>{box} : source de la nouvelle entrée</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="302" />
            <source>{ref} as {role}</source>
            <translation>{ref} en tant que {role}</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="109" />
            <source>{text}
    source: {source} · {date}</source>
            <translation>{text}
    source : {source} · {date}</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="292" />
            <source>{type} {number}, {country}, expires {expires}</source>
            <translation>{type} {number}, {country}, expire le {expires}</translation>
        </message>
        <message>
            <location filename="../../ui/persons_page.py" line="284" />
            <source>{t} (automatic)</source>
            <translation>{t} (automatique)</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderSection</name>
        <message>
            <location filename="../../ui/sections.py" line="132" />
            <source>In this vault: {counts}</source>
            <translation>Dans ce coffre : {counts}</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="113" />
            <source>This section's screens arrive in a later version of Liaison.</source>
            <translation>Les écrans de cette section arriveront dans une prochaine version de Liaison.</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="131" />
            <source>{label}: not in this vault yet</source>
            <translation>{label} : pas encore dans ce coffre</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="130" />
            <source>{label}: {count}</source>
            <translation>{label} : {count}</translation>
        </message>
    </context>
    <context>
        <name>RecordEditor</name>
        <message>
            <location filename="../../ui/forms.py" line="413" />
            <source>Cancel (Esc)</source>
            <translation>Annuler (Échap)</translation>
        </message>
        <message>
            <location filename="../../ui/forms.py" line="588" />
            <source>Discard changes?</source>
            <translation>Abandonner les modifications ?</translation>
        </message>
        <message>
            <location filename="../../ui/forms.py" line="616" />
            <source>Error: {message}</source>
            <translation>Erreur : {message}</translation>
        </message>
        <message>
            <location filename="../../ui/forms.py" line="384" />
            <source>Fields marked{mark} are required.</source>
            <translation>Les champs marqués{mark} sont obligatoires.</translation>
        </message>
        <message>
            <location filename="../../ui/forms.py" line="560" />
            <source>Nothing was saved ({why}). Your changes are still in the form.</source>
            <translation>Rien n'a été enregistré ({why}). Vos modifications sont toujours dans le formulaire.</translation>
        </message>
        <message>
            <location filename="../../ui/forms.py" line="411" />
            <location filename="../../ui/forms.py" line="628" />
            <source>Save ({shortcut})</source>
            <translation>Enregistrer ({shortcut})</translation>
        </message>
        <message>
            <location filename="../../ui/forms.py" line="544" />
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <location filename="../../ui/forms.py" line="519" />
            <source>This field is required; fill it in to save.</source>
            <translation>Ce champ est obligatoire ; remplissez-le pour enregistrer.</translation>
        </message>
        <message>
            <location filename="../../ui/forms.py" line="626" />
            <source>To save, fill in: {fields}</source>
            <translation>Pour enregistrer, remplissez : {fields}</translation>
        </message>
        <message>
            <location filename="../../ui/forms.py" line="589" />
            <source>Your changes to {record} have not been saved and will be lost.</source>
            <translation>Vos modifications de {record} n'ont pas été enregistrées et seront perdues.</translation>
        </message>
    </context>
    <context>
        <name>RecordListView</name>
        <message>
            <location filename="../../ui/listview.py" line="525" />
            <source>Change or clear the filter to see more.</source>
            <translation>Modifiez ou effacez le filtre pour en voir davantage.</translation>
        </message>
        <message>
            <location filename="../../ui/listview.py" line="261" />
            <source>Clear the filter</source>
            <translation>Effacer le filtre</translation>
        </message>
        <message>
            <location filename="../../ui/listview.py" line="390" />
            <source>Columns</source>
            <translation>Colonnes</translation>
        </message>
        <message>
            <location filename="../../ui/listview.py" line="544" />
            <source>Could not load the list: {message}</source>
            <translation>Impossible de charger la liste : {message}</translation>
        </message>
        <message>
            <location filename="../../ui/listview.py" line="163" />
            <source>Filter</source>
            <translation>Filtrer</translation>
        </message>
        <message>
            <location filename="../../ui/listview.py" line="203" />
            <source>List error</source>
            <translation>Erreur de liste</translation>
        </message>
        <message>
            <location filename="../../ui/listview.py" line="158" />
            <source>Nothing here yet.</source>
            <translation>Rien pour l'instant.</translation>
        </message>
        <message>
            <location filename="../../ui/listview.py" line="524" />
            <source>Nothing matches the filter.</source>
            <translation>Aucun résultat pour ce filtre.</translation>
        </message>
        <message>
            <location filename="../../ui/listview.py" line="403" />
            <source>Reset columns</source>
            <translation>Rétablir les colonnes</translation>
        </message>
        <message>
            <location filename="../../ui/listview.py" line="182" />
            <source>{label}:</source>
            <translation>{label} :</translation>
        </message>
    </context>
    <context>
        <name>RecoveryCodeDialog</name>
        <message>
            <location filename="../../ui/settings_dialog.py" line="588" />
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="587" />
            <source>I have written it down</source>
            <translation>Je l'ai noté</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="577" />
            <source>New recovery code</source>
            <translation>Nouveau code de récupération</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="585" />
            <source>Recovery code</source>
            <translation>Code de récupération</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="578" />
            <source>Write this code down now and keep it apart from this computer. It is shown only this once; the old code no longer works.</source>
            <translation>Notez ce code maintenant et conservez-le à l'écart de cet ordinateur. Il n'est affiché qu'une seule fois ; l'ancien code ne fonctionne plus.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../../ui/unlock.py" line="379" />
            <source>Checking the recovery code...</source>
            <translation>Vérification du code de récupération...</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="304" />
            <location filename="../../ui/unlock.py" line="319" />
            <source>New passphrase</source>
            <translation>Nouvelle phrase de passe</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="298" />
            <location filename="../../ui/unlock.py" line="317" />
            <source>Recovery code</source>
            <translation>Code de récupération</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="321" />
            <source>Repeat it</source>
            <translation>Confirmation</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="306" />
            <source>Repeat the new passphrase</source>
            <translation>Confirmez la nouvelle phrase de passe</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="348" />
            <source>The two passphrases differ. Type the same new passphrase twice.</source>
            <translation>Les deux phrases de passe diffèrent. Saisissez deux fois la même nouvelle phrase de passe.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="293" />
            <source>Type the recovery code you wrote down when the vault was created (dashes and spaces do not matter), then choose a new passphrase.</source>
            <translation>Saisissez le code de récupération noté lors de la création du coffre (les tirets et les espaces sont sans importance), puis choisissez une nouvelle phrase de passe.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="344" />
            <source>Type the recovery code.</source>
            <translation>Saisissez le code de récupération.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="326" />
            <source>Unlock and set passphrase</source>
            <translation>Déverrouiller et définir la phrase de passe</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="289" />
            <source>Unlock with the recovery code</source>
            <translation>Déverrouiller avec le code de récupération</translation>
        </message>
    </context>
    <context>
        <name>RequestWizard</name>
        <message>
            <location filename="../../ui/request_wizard.py" line="205" />
            <source>&amp;Back</source>
            <translation>Pré&amp;cédent</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="700" />
            <source>&amp;E-mail…</source>
            <translation>Cou&amp;rriel…</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="207" />
            <source>&amp;Finalise</source>
            <translation>&amp;Finaliser</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="335" />
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="206" />
            <source>&amp;Next</source>
            <translation>&amp;Suivant</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="698" />
            <source>&amp;Print…</source>
            <translation>Im&amp;primer…</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="699" />
            <source>&amp;Save as…</source>
            <translation>&amp;Enregistrer sous…</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="337" />
            <source>&amp;Second language:</source>
            <translation>&amp;Deuxième langue :</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="268" />
            <source>&amp;Use the suggestion</source>
            <translation>&amp;Utiliser la suggestion</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="488" />
            <source>(none)</source>
            <translation>(aucune)</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="521" />
            <source>(not chosen)</source>
            <translation>(non choisie)</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="271" />
            <source>1. Which request?</source>
            <translation>1. Quelle demande ?</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="339" />
            <source>2. In which language?</source>
            <translation>2. Dans quelle langue ?</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="397" />
            <source>3. Fill in what is missing</source>
            <translation>3. Compléter ce qui manque</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="716" />
            <source>4. Make it final</source>
            <translation>4. Finaliser</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="322" />
            <source>Also in the &amp;receiving state's language</source>
            <translation>Également dans la langue de l'État desti&amp;nataire</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="602" />
            <source>Choose the request type first.</source>
            <translation>Choisissez d'abord le type de demande.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="208" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="213" />
            <source>Close; your answers are kept (Esc)</source>
            <translation>Fermer ; vos réponses sont conservées (Échap)</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="673" />
            <source>Draft: {pages} page(s). DRAFT is printed on every page.</source>
            <translation>Projet : {pages} page(s). La mention PROJET figure sur chaque page.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="465" />
            <source>Edit case {ref}</source>
            <translation>Modifier le dossier {ref}</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="464" />
            <source>Edit case…</source>
            <translation>Modifier le dossier…</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="178" />
            <source>Enter or double-click goes to the field</source>
            <translation>Entrée ou double-clic pour aller au champ</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="177" />
            <source>Fields still missing; Enter goes to the field</source>
            <translation>Champs encore manquants ; Entrée pour aller au champ</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="806" />
            <source>Fill in</source>
            <translation>À compléter</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="832" />
            <source>Fill in what the list on the left names first.</source>
            <translation>Complétez d'abord ce qu'indique la liste de gauche.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="763" />
            <source>Final document made and kept in the register: version {version}, document id {id}.</source>
            <translation>Document définitif établi et conservé au registre : version {version}, identifiant du document {id}.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="806" />
            <source>Finalise</source>
            <translation>Finaliser</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="414" />
            <source>Fixed text of this request.</source>
            <translation>Texte fixe de cette demande.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="421" />
            <source>From case {ref}.</source>
            <translation>Issu du dossier {ref}.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="407" />
            <source>From case {ref}: a change here is saved to the case.</source>
            <translation>Issu du dossier {ref} : une modification ici est enregistrée dans le dossier.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="420" />
            <source>From case {ref}: fill it in the case (Edit case…).</source>
            <translation>Issu du dossier {ref} : complétez-le dans le dossier (Modifier le dossier…).</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="411" />
            <source>From the addressee: the requested state's authority in the directory. Record it in Contacts and agencies.</source>
            <translation>Issu du destinataire : l'autorité de l'État requis dans l'annuaire. Enregistrez-la dans Contacts et organismes.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="418" />
            <source>From the case's urgency and the access to the information.</source>
            <translation>D'après l'urgence du dossier et l'accès à l'information.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="409" />
            <source>From your officer profile: a change here is saved to your profile.</source>
            <translation>Issu de votre profil d'agent : une modification ici est enregistrée dans votre profil.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="806" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="321" />
            <source>Language of the document</source>
            <translation>Langue du document</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="831" />
            <source>Make the final document (Alt+F)</source>
            <translation>Établir le document définitif (Alt+F)</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="211" />
            <source>Make the final document and keep it in the register (Alt+F or Ctrl+Enter)</source>
            <translation>Établir le document définitif et le conserver au registre (Alt+F ou Ctrl+Entrée)</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="159" />
            <location filename="../../ui/request_wizard.py" line="226" />
            <source>New request for case {ref}</source>
            <translation>Nouvelle demande pour le dossier {ref}</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="210" />
            <source>Next step (Alt+N)</source>
            <translation>Étape suivante (Alt+S)</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="359" />
            <source>No second language suggested: the addressee's languages are not known, or they are yours.</source>
            <translation>Aucune deuxième langue suggérée : les langues du destinataire ne sont pas connues, ou ce sont les vôtres.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="111" />
            <source>No suggestion: the case has no legal basis and the legal-basis finder found none between these states. Choose the request type.</source>
            <translation>Aucune suggestion : le dossier n'a pas de base juridique et la recherche de base juridique n'en a trouvé aucune entre ces États. Choisissez le type de demande.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="619" />
            <source>Nothing is missing: the document can be made final.</source>
            <translation>Rien ne manque : le document peut être finalisé.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="505" />
            <source>One item per line</source>
            <translation>Un élément par ligne</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="209" />
            <source>Previous step (Alt+B)</source>
            <translation>Étape précédente (Alt+C)</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="324" />
            <source>Receiving state's language</source>
            <translation>Langue de l'État destinataire</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="263" />
            <location filename="../../ui/request_wizard.py" line="806" />
            <source>Request type</source>
            <translation>Type de demande</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="165" />
            <source>Steps</source>
            <translation>Étapes</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="289" />
            <source>Suggested: {title}, because {why}.</source>
            <translation>Suggestion : {title}, car {why}.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="353" />
            <source>The addressee works in {name}: suggested as the second language.</source>
            <translation>Le destinataire travaille en {name} : suggéré comme deuxième langue.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="416" />
            <source>The date the document is made.</source>
            <translation>La date d'établissement du document.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="341" />
            <source>The document is written in your language; a bilingual document gives every label in both.</source>
            <translation>Le document est rédigé dans votre langue ; un document bilingue donne chaque libellé dans les deux langues.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="384" />
            <source>The draft appears here as you type.</source>
            <translation>Le projet s'affiche ici au fil de la saisie.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="680" />
            <source>The draft could not be drawn: {error}</source>
            <translation>Le projet n'a pas pu être produit : {error}</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="712" />
            <source>The final document appears here once it is made.</source>
            <translation>Le document définitif s'affiche ici une fois établi.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="771" />
            <source>The final document, as kept in the register: {pages} page(s).</source>
            <translation>Le document définitif, tel que conservé au registre : {pages} page(s).</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="659" />
            <source>Updating the draft…</source>
            <translation>Mise à jour du projet…</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="269" />
            <source>Use the suggestion</source>
            <translation>Utiliser la suggestion</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="169" />
            <source>What is left</source>
            <translation>Ce qui reste</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="405" />
            <source>Your answer for this request.</source>
            <translation>Votre réponse pour cette demande.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="399" />
            <source>Your answers are saved as you type. Values from the case or your profile are saved there.</source>
            <translation>Vos réponses sont enregistrées au fil de la saisie. Les valeurs issues du dossier ou de votre profil y sont enregistrées.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="812" />
            <source>complete</source>
            <translation>complet</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="817" />
            <source>current step</source>
            <translation>étape en cours</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="814" />
            <source>done</source>
            <translation>terminé</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="98" />
            <source>the case's legal basis is {title}</source>
            <translation>la base juridique du dossier est {title}</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="108" />
            <source>the legal-basis finder's best basis from {a} to {b} is {title}</source>
            <translation>la meilleure base juridique trouvée de {a} vers {b} est {title}</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="620" />
            <source>{n} field(s) missing. Choose one to go to it.</source>
            <translation>{n} champ(s) manquant(s). Choisissez-en un pour y aller.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="811" />
            <source>{n} missing</source>
            <translation>{n} manquant(s)</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="736" />
            <source>{title} ({langs}) cannot be made final yet. Still missing:
{names}</source>
            <translation>{title} ({langs}) ne peut pas encore être finalisé. Il manque encore :
{names}</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="739" />
            <source>{title} ({langs}) is complete. Finalise makes the final PDF, keeps it in the register and records it in the audit trail.</source>
            <translation>{title} ({langs}) est complet. Finaliser produit le PDF définitif, le conserve au registre et le consigne dans le journal d'audit.</translation>
        </message>
        <message>
            <location filename="../../ui/request_wizard.py" line="732" />
            <source>{title} ({langs}) was made final. Change an answer to make a new version.</source>
            <translation>{title} ({langs}) a été finalisé. Modifiez une réponse pour établir une nouvelle version.</translation>
        </message>
    </context>
    <context>
        <name>Sections</name>
        <message>
            <location filename="../../ui/sections.py" line="159" />
            <source>Agencies</source>
            <translation>Organismes</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="54" />
            <location filename="../../ui/sections.py" line="165" />
            <source>Agreements</source>
            <translation>Accords</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="178" />
            <source>Attachments</source>
            <translation>Pièces jointes</translation>
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
            <translation>Dossiers</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="159" />
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="53" />
            <source>Contacts and agencies</source>
            <translation>Contacts et organismes</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="50" />
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="56" />
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="145" />
            <source>Each case: its number, the requesting and requested states, the legal basis, the handling code, deadlines and everything exchanged about it.</source>
            <translation>Chaque dossier : son numéro, l'État requérant et l'État requis, la base juridique, le code de traitement, les échéances et tout ce qui a été échangé à son sujet.</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="185" />
            <source>Entries</source>
            <translation>Entrées</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="55" />
            <source>Exchange log</source>
            <translation>Journal des échanges</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="172" />
            <source>Exchanges</source>
            <translation>Échanges</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="177" />
            <source>Formal requests, replies and attachments, kept encrypted inside the vault.</source>
            <translation>Demandes formelles, réponses et pièces jointes, conservées chiffrées dans le coffre.</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="52" />
            <location filename="../../ui/sections.py" line="153" />
            <source>Persons</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="152" />
            <source>Persons named in cases, with their names in every script and the cases they appear in.</source>
            <translation>Les personnes citées dans les dossiers, avec leurs noms dans toutes les écritures et les dossiers où elles apparaissent.</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="183" />
            <source>The audit trail: every creation, change, consultation, disclosure and erasure, hash-chained so that any entry altered or removed is found.</source>
            <translation>Le journal d'audit : chaque création, modification, consultation, communication et effacement, chaîné par empreintes de sorte que toute entrée modifiée ou supprimée soit détectée.</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="164" />
            <source>The treaties, conventions and arrangements that give each exchange its legal basis.</source>
            <translation>Les traités, conventions et arrangements qui donnent à chaque échange sa base juridique.</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="170" />
            <source>What was sent and received, with whom, when, on which legal basis and under which handling conditions.</source>
            <translation>Ce qui a été envoyé et reçu, avec qui, quand, sur quelle base juridique et à quelles conditions de traitement.</translation>
        </message>
        <message>
            <location filename="../../ui/sections.py" line="158" />
            <source>Your counterparts abroad and at home, and the agencies and units they work for.</source>
            <translation>Vos homologues à l'étranger et dans votre pays, et les organismes et unités pour lesquels ils travaillent.</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <location filename="../../ui/session.py" line="132" />
            <source>Created in this session</source>
            <translation>Créé au cours de cette session</translation>
        </message>
        <message>
            <location filename="../../ui/session.py" line="160" />
            <source>The vault was created, but the keychain could not keep its key: {message} The vault will ask for its passphrase.</source>
            <translation>Le coffre a été créé, mais le trousseau n'a pas pu conserver sa clé : {message} Le coffre demandera sa phrase de passe.</translation>
        </message>
        <message>
            <location filename="../../ui/session.py" line="128" />
            <source>Unlocked with the keychain ({keychain})</source>
            <translation>Déverrouillé avec le trousseau ({keychain})</translation>
        </message>
        <message>
            <location filename="../../ui/session.py" line="133" />
            <source>Unlocked with the passphrase</source>
            <translation>Déverrouillé avec la phrase de passe</translation>
        </message>
        <message>
            <location filename="../../ui/session.py" line="130" />
            <source>Unlocked with the recovery code</source>
            <translation>Déverrouillé avec le code de récupération</translation>
        </message>
        <message>
            <location filename="../../ui/session.py" line="120" />
            <source>the OS keychain</source>
            <translation>le trousseau du système</translation>
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
            <translation>Un fichier PNG ou JPEG, imprimé en tête des documents.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="455" />
            <source>A new recovery code replaces the old one, which stops working at once. Issue a new code?</source>
            <translation>Un nouveau code de récupération remplace l'ancien, qui cesse aussitôt de fonctionner. Émettre un nouveau code ?</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="471" />
            <source>A new recovery code was issued; the old one no longer works.</source>
            <translation>Un nouveau code de récupération a été émis ; l'ancien ne fonctionne plus.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="166" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="204" />
            <source>Applies at once to the whole window.</source>
            <translation>S'applique immédiatement à toute la fenêtre.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="162" />
            <source>Authority</source>
            <translation>Autorité</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="217" />
            <source>Change passphrase...</source>
            <translation>Changer la phrase de passe...</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="110" />
            <source>Choose...</source>
            <translation>Choisir...</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="111" />
            <source>Choose: {what}</source>
            <translation>Choisir : {what}</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="112" />
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="113" />
            <source>Clear: {what}</source>
            <translation>Effacer : {what}</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="188" />
            <source>Default document language</source>
            <translation>Langue des documents par défaut</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="366" />
            <source>Discard changes</source>
            <translation>Abandonner les modifications</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="186" />
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="168" />
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="327" />
            <location filename="../../ui/settings_dialog.py" line="350" />
            <location filename="../../ui/settings_dialog.py" line="440" />
            <location filename="../../ui/settings_dialog.py" line="483" />
            <source>Error: {message}</source>
            <translation>Erreur : {message}</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="209" />
            <source>From 1 to 120 minutes without keyboard or mouse.</source>
            <translation>De 1 à 120 minutes sans clavier ni souris.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="175" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="199" />
            <source>Interface and locking</source>
            <translation>Interface et verrouillage</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="203" />
            <source>Interface language</source>
            <translation>Langue de l'interface</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="460" />
            <source>Issuing a new recovery code...</source>
            <translation>Émission d'un nouveau code de récupération...</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="174" />
            <location filename="../../ui/settings_dialog.py" line="176" />
            <location filename="../../ui/settings_dialog.py" line="177" />
            <source>Letterhead logo</source>
            <translation>Logo de l'en-tête</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="208" />
            <source>Lock after inactivity</source>
            <translation>Verrouiller après inactivité</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="181" />
            <source>Logo preview</source>
            <translation>Aperçu du logo</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="159" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="454" />
            <source>New recovery code</source>
            <translation>Nouveau code de récupération</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="219" />
            <source>New recovery code...</source>
            <translation>Nouveau code de récupération...</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="294" />
            <source>No logo.</source>
            <translation>Aucun logo.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="421" />
            <source>Not available: {reason}.</source>
            <translation>Indisponible : {reason}.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="157" />
            <source>Officer profile (on every document you produce)</source>
            <translation>Profil de l'agent (sur chaque document que vous produisez)</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="189" />
            <location filename="../../ui/settings_dialog.py" line="190" />
            <location filename="../../ui/settings_dialog.py" line="375" />
            <location filename="../../ui/settings_dialog.py" line="381" />
            <source>Own templates folder</source>
            <translation>Dossier de modèles personnels</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="167" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="173" />
            <source>Printed under your name at the end of letters and requests.</source>
            <translation>Imprimé sous votre nom à la fin des courriers et des demandes.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="160" />
            <source>Rank</source>
            <translation>Grade</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="214" />
            <source>Remember the key in the OS keychain</source>
            <translation>Mémoriser la clé dans le trousseau du système</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="213" />
            <source>Remember the key in the OS keychain (no passphrase on this computer)</source>
            <translation>Mémoriser la clé dans le trousseau du système (pas de phrase de passe sur cet ordinateur)</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="239" />
            <source>Save the settings (Ctrl+S)</source>
            <translation>Enregistrer les paramètres (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="212" />
            <source>Security (each button acts at once)</source>
            <translation>Sécurité (chaque bouton agit immédiatement)</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="152" />
            <location filename="../../ui/settings_dialog.py" line="153" />
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="172" />
            <source>Signature block</source>
            <translation>Bloc de signature</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="191" />
            <source>Templates there are used beside the built-in ones, and replace those with the same id.</source>
            <translation>Les modèles qui s'y trouvent sont utilisés en plus des modèles intégrés, et remplacent ceux qui portent le même identifiant.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="433" />
            <source>The key is now remembered in {label}.</source>
            <translation>La clé est désormais mémorisée dans {label}.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="425" />
            <source>The key is remembered in {label}.</source>
            <translation>La clé est mémorisée dans {label}.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="437" />
            <source>The key was removed from the keychain; the vault will ask for its passphrase.</source>
            <translation>La clé a été retirée du trousseau ; le coffre demandera sa phrase de passe.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="450" />
            <source>The passphrase was changed.</source>
            <translation>La phrase de passe a été changée.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="426" />
            <source>The vault asks for its passphrase when it opens.</source>
            <translation>Le coffre demande sa phrase de passe à l'ouverture.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="264" />
            <source>The vault is locked.</source>
            <translation>Le coffre est verrouillé.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="404" />
            <source>These templates cannot be used:</source>
            <translation>Ces modèles ne peuvent pas être utilisés :</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="294" />
            <source>This file cannot be shown.</source>
            <translation>Ce fichier ne peut pas être affiché.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="161" />
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="366" />
            <source>Your changes to the settings are not saved. Discard them?</source>
            <translation>Vos modifications des paramètres ne sont pas enregistrées. Les abandonner ?</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="407" />
            <source>{n} templates available, none with a problem.</source>
            <translation>{n} modèles disponibles, aucun ne pose problème.</translation>
        </message>
    </context>
    <context>
        <name>Strength</name>
        <message>
            <location filename="../../ui/strength.py" line="84" />
            <source>Acceptable. One or two more unrelated words make it much stronger.</source>
            <translation>Acceptable. Un ou deux mots sans rapport de plus la rendent beaucoup plus robuste.</translation>
        </message>
        <message>
            <location filename="../../ui/strength.py" line="82" />
            <source>Easy to guess. Add more unrelated words.</source>
            <translation>Facile à deviner. Ajoutez d'autres mots sans rapport entre eux.</translation>
        </message>
        <message>
            <location filename="../../ui/strength.py" line="27" />
            <source>Fair</source>
            <translation>Moyenne</translation>
        </message>
        <message>
            <location filename="../../ui/strength.py" line="28" />
            <source>Good</source>
            <translation>Bonne</translation>
        </message>
        <message>
            <location filename="../../ui/strength.py" line="86" />
            <source>Hard to guess.</source>
            <translation>Difficile à deviner.</translation>
        </message>
        <message>
            <location filename="../../ui/strength.py" line="29" />
            <source>Strong</source>
            <translation>Forte</translation>
        </message>
        <message>
            <location filename="../../ui/strength.py" line="25" />
            <source>Too short</source>
            <translation>Trop courte</translation>
        </message>
        <message>
            <location filename="../../ui/strength.py" line="66" />
            <source>Use at least {count} characters ({left} more).</source>
            <translation>Utilisez au moins {count} caractères (encore {left}).</translation>
        </message>
        <message>
            <location filename="../../ui/strength.py" line="87" />
            <source>Very hard to guess.</source>
            <translation>Très difficile à deviner.</translation>
        </message>
        <message>
            <location filename="../../ui/strength.py" line="26" />
            <source>Weak</source>
            <translation>Faible</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <location filename="../../ui/widgets.py" line="123" />
            <source>Passphrase strength</source>
            <translation>Robustesse de la phrase de passe</translation>
        </message>
        <message>
            <location filename="../../ui/widgets.py" line="141" />
            <source>Strength (estimate): {level}. {advice}</source>
            <translation>Robustesse (estimation) : {level}. {advice}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets.py" line="135" />
            <source>Strength: a few unrelated words make a passphrase long and easy to remember.</source>
            <translation>Robustesse : quelques mots sans rapport entre eux font une phrase de passe longue et facile à retenir.</translation>
        </message>
    </context>
    <context>
        <name>TimeZonePicker</name>
        <message>
            <location filename="../../ui/pickers.py" line="551" />
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <location filename="../../ui/pickers.py" line="549" />
            <source>Time zone: city or region</source>
            <translation>Fuseau horaire : ville ou région</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <location filename="../../ui/unlock.py" line="210" />
            <source>Asking {keychain} for the key...</source>
            <translation>Demande de la clé à {keychain}...</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="233" />
            <source>Keychain problem: {message} Unlock with the passphrase instead.</source>
            <translation>Problème de trousseau : {message} Déverrouillez plutôt avec la phrase de passe.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="69" />
            <location filename="../../ui/unlock.py" line="70" />
            <source>Liaison is locked</source>
            <translation>Liaison est verrouillé</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="44" />
            <source>Liaison vaults (*.liaison);;All files (*)</source>
            <translation>Coffres Liaison (*.liaison);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="262" />
            <source>Open another vault</source>
            <translation>Ouvrir un autre coffre</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="101" />
            <source>Open another vault...</source>
            <translation>Ouvrir un autre coffre...</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="77" />
            <location filename="../../ui/unlock.py" line="79" />
            <location filename="../../ui/unlock.py" line="128" />
            <source>Passphrase</source>
            <translation>Phrase de passe</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="51" />
            <source>Something unexpected went wrong ({error}). The vault was not changed.</source>
            <translation>Un problème inattendu est survenu ({error}). Le coffre n'a pas été modifié.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="160" />
            <source>This is the demo vault: fictional data only. Its passphrase is: {passphrase}</source>
            <translation>Ceci est le coffre de démonstration : données fictives uniquement. Sa phrase de passe est : {passphrase}</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="195" />
            <source>Type the passphrase, then press Unlock.</source>
            <translation>Saisissez la phrase de passe, puis appuyez sur Déverrouiller.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="86" />
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="170" />
            <source>Unlock with the key kept in {keychain}</source>
            <translation>Déverrouiller avec la clé conservée dans {keychain}</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="90" />
            <source>Unlock with the keychain</source>
            <translation>Déverrouiller avec le trousseau</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="88" />
            <source>Unlock with the passphrase</source>
            <translation>Déverrouiller avec la phrase de passe</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="98" />
            <source>Unlock with the recovery code and set a new passphrase</source>
            <translation>Déverrouiller avec le code de récupération et définir une nouvelle phrase de passe</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="169" />
            <source>Unlock with {keychain}</source>
            <translation>Déverrouiller avec {keychain}</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="219" />
            <source>Unlocked with {keychain}.</source>
            <translation>Déverrouillé avec {keychain}.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="207" />
            <source>Unlocking with {keychain}...</source>
            <translation>Déverrouillage avec {keychain}...</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="199" />
            <source>Unlocking...</source>
            <translation>Déverrouillage...</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="95" />
            <source>Use the recovery code...</source>
            <translation>Utiliser le code de récupération...</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="157" />
            <source>Vault: {path}</source>
            <translation>Coffre : {path}</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="205" />
            <source>the keychain</source>
            <translation>le trousseau</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../../ui/workspace.py" line="67" />
            <source>&amp;Import bundle…</source>
            <translation>&amp;Importer un paquet…</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="68" />
            <source>&amp;Oversight report…</source>
            <translation>&amp;Rapport de contrôle…</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="66" />
            <source>&amp;Settings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="64" />
            <source>&amp;Tools</source>
            <translation>&amp;Outils</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="60" />
            <source>Choose a case, then use Hand over… in its header.</source>
            <translation>Choisissez un dossier, puis utilisez Transmettre… dans son en-tête.</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="79" />
            <source>Export bundle (hand over the open case)…</source>
            <translation>Exporter un paquet (transmettre le dossier ouvert)…</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="81" />
            <source>Import bundle…</source>
            <translation>Importer un paquet…</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="78" />
            <source>New case</source>
            <translation>Nouveau dossier</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="82" />
            <source>Oversight report…</source>
            <translation>Rapport de contrôle…</translation>
        </message>
    </context>
</TS>
