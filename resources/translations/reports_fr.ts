<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>Cli</name>
    <message>
        <source>Add --force to replace it.</source>
        <translation>Ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>Demo association written to {path} in {seconds:.1f} s.</source>
        <translation>Association de démonstration écrite dans {path} en {seconds:.1f} s.</translation>
    </message>
    <message>
        <source>Transactions: {count} (generated: {generated})</source>
        <translation>Opérations : {count} (générées : {generated})</translation>
    </message>
    <message>
        <source>Receipts: {attached} attached, {missing} missing</source>
        <translation>Justificatifs : {attached} joints, {missing} manquants</translation>
    </message>
    <message>
        <source>Projects: {projects}, activities: {activities}, sessions: {sessions}</source>
        <translation>Projets : {projects}, activités : {activities}, séances : {sessions}</translation>
    </message>
    <message>
        <source>Cash: {cash}   Bank: {bank}</source>
        <translation>Caisse : {cash}   Banque : {bank}</translation>
    </message>
    <message>
        <source>--size must look like 1366x768, each side from {low} to {high}.</source>
        <translation>--size doit ressembler à 1366x768, chaque côté entre {low} et {high}.</translation>
    </message>
    <message>
        <source>Unknown page “{page}”. Pages: {pages}.</source>
        <translation>Page inconnue « {page} ». Pages : {pages}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n'existe pas.</translation>
    </message>
    <message>
        <source>Screenshot written to {out}.</source>
        <translation>Capture d'écran écrite dans {out}.</translation>
    </message>
    <message>
        <source>Unknown export “{what}”. Exports: {choices}.</source>
        <translation>Export inconnu « {what} ». Exports possibles : {choices}.</translation>
    </message>
    <message>
        <source>This export needs --project CODE.</source>
        <translation>Cet export demande --project CODE.</translation>
    </message>
    <message>
        <source>--project is not used by this export; ignored.</source>
        <translation>--project ne sert pas à cet export ; ignoré.</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Écrit : {path}</translation>
    </message>
    <message>
        <source>This export takes no period: remove --from and --to.</source>
        <translation>Cet export ne prend pas de période : retirez --from et --to.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from ne doit pas être après --to.</translation>
    </message>
    <message>
        <source>This export cannot write “{suffix}” files. Formats: {formats}.</source>
        <translation>Cet export ne sait pas écrire de fichiers « {suffix} ». Formats : {formats}.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>transactions</source>
        <translation>opérations</translation>
    </message>
    <message>
        <source>splits</source>
        <translation>lignes d'écriture</translation>
    </message>
    <message>
        <source>receipts attached</source>
        <translation>justificatifs joints</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>projets</translation>
    </message>
    <message>
        <source>budget lines</source>
        <translation>lignes budgétaires</translation>
    </message>
    <message>
        <source>logframe items</source>
        <translation>éléments du cadre logique</translation>
    </message>
    <message>
        <source>indicators</source>
        <translation>indicateurs</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>activités</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>séances</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>commentaires</translation>
    </message>
    <message>
        <source>audit entries</source>
        <translation>entrées du journal des modifications</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Fichier : {path}</translation>
    </message>
    <message>
        <source>Schema version: {revision} (this AssoDesk: {head})</source>
        <translation>Version du schéma : {revision} (cet AssoDesk : {head})</translation>
    </message>
    <message>
        <source>Integrity: {result}</source>
        <translation>Intégrité : {result}</translation>
    </message>
    <message>
        <source>Broken links between records: {count}</source>
        <translation>Liens rompus entre enregistrements : {count}</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Contenu :</translation>
    </message>
    <message>
        <source>Every transaction balances.</source>
        <translation>Toutes les opérations sont équilibrées.</translation>
    </message>
    <message>
        <source>{count} transactions do not balance:</source>
        <translation>{count} opérations ne sont pas équilibrées :</translation>
    </message>
    <message>
        <source>Transactions without receipt: {count}</source>
        <translation>Opérations sans justificatif : {count}</translation>
    </message>
    <message>
        <source>Verdict: sound.</source>
        <translation>Verdict : dossier sain.</translation>
    </message>
    <message>
        <source>Verdict: NOT sound.</source>
        <translation>Verdict : dossier NON sain.</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>Montant ({currency})</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Financial year</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Exported on</source>
        <translation>Exporté le</translation>
    </message>
    <message>
        <source>This financial year is closed.</source>
        <translation>Cet exercice est clôturé.</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <source>Total cash and bank</source>
        <translation>Total caisse et banque</translation>
    </message>
    <message>
        <source>Income of the year</source>
        <translation>Recettes de l'exercice</translation>
    </message>
    <message>
        <source>Expenses of the year</source>
        <translation>Dépenses de l'exercice</translation>
    </message>
    <message>
        <source>Result of the year</source>
        <translation>Résultat de l'exercice</translation>
    </message>
    <message>
        <source>Cash and bank balances</source>
        <translation>Soldes de trésorerie</translation>
    </message>
    <message>
        <source>Transactions of the year without receipt</source>
        <translation>Opérations de l'exercice sans justificatif</translation>
    </message>
    <message>
        <source>Active projects</source>
        <translation>Projets en cours</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Budget ({currency})</source>
        <translation>Budget ({currency})</translation>
    </message>
    <message>
        <source>Spent ({currency})</source>
        <translation>Dépensé ({currency})</translation>
    </message>
    <message>
        <source>% used</source>
        <translation>% consommé</translation>
    </message>
    <message>
        <source>No active project.</source>
        <translation>Aucun projet en cours.</translation>
    </message>
    <message>
        <source>Income and expenditure</source>
        <translation>Recettes et dépenses</translation>
    </message>
    <message>
        <source>Income and expenditure {year}</source>
        <translation>Recettes et dépenses {year}</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Income ({currency})</source>
        <translation>Recettes ({currency})</translation>
    </message>
    <message>
        <source>Expenses ({currency})</source>
        <translation>Dépenses ({currency})</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Result (income − expenses)</source>
        <translation>Résultat (recettes − dépenses)</translation>
    </message>
</context>
</TS>