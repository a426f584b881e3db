<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AttachmentBox</name>
    <message>
        <source>Add a receipt…</source>
        <translation>Ajouter un justificatif…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Voir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Drop images or PDF files here</source>
        <translation>Déposez ici des images ou des fichiers PDF</translation>
    </message>
    <message>
        <source>Add a receipt</source>
        <translation>Ajouter un justificatif</translation>
    </message>
    <message>
        <source>Images and PDF (*.jpg *.jpeg *.png *.pdf *.gif *.bmp *.webp)</source>
        <translation>Images et PDF (*.jpg *.jpeg *.png *.pdf *.gif *.bmp *.webp)</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save and new (Ctrl+Enter)</source>
        <translation>Enregistrer et continuer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Change a transaction</source>
        <translation>Modifier une opération</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Aucun projet</translation>
    </message>
    <message>
        <source>Split over several categories or budget lines</source>
        <translation>Répartir sur plusieurs catégories ou lignes budgétaires</translation>
    </message>
    <message>
        <source>No receipt can exist (bank fees…)</source>
        <translation>Pas de justificatif possible (frais bancaires…)</translation>
    </message>
    <message>
        <source>No budget line</source>
        <translation>Aucune ligne budgétaire</translation>
    </message>
    <message>
        <source>No activity</source>
        <translation>Aucune activité</translation>
    </message>
    <message>
        <source>(not now)</source>
        <translation>(pas maintenant)</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>Payé depuis</translation>
    </message>
    <message>
        <source>Received into</source>
        <translation>Reçu sur</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Money returned into</source>
        <translation>Argent rendu sur</translation>
    </message>
    <message>
        <source>Repaid from</source>
        <translation>Remboursé depuis</translation>
    </message>
    <message>
        <source>Amount spent (receipts)</source>
        <translation>Montant dépensé (justifié)</translation>
    </message>
    <message>
        <source>Amount advanced</source>
        <translation>Montant avancé</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Reçu de</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>Payé à</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Money returned</source>
        <translation>Argent rendu</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>N° de pièce</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Ligne budgétaire</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Justificatifs</translation>
    </message>
    <message>
        <source>This expense is outside the eligible period of %1 (%2): the donor may refuse it.</source>
        <translation>Cette dépense est hors de la période éligible de %1 (%2)&#xa0;: le bailleur peut la refuser.</translation>
    </message>
</context>
<context>
    <name>LedgerExport</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>N° de pièce</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Ligne budgétaire</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>Montant ({currency})</translation>
    </message>
    <message>
        <source>Balance ({currency})</source>
        <translation>Solde ({currency})</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>Total des recettes</translation>
    </message>
    <message>
        <source>Total expenses</source>
        <translation>Total des dépenses</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Solde net</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Journal</translation>
    </message>
</context>
<context>
    <name>LedgerExportAction</name>
    <message>
        <source>ledger</source>
        <translation>journal</translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <translation>Exporter le journal</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file for Excel (*.csv)</source>
        <translation>Fichier CSV pour Excel (*.csv)</translation>
    </message>
    <message>
        <source>Ledger exported: %1</source>
        <translation>Journal exporté : %1</translation>
    </message>
    <message>
        <source>The ledger was not exported: %1</source>
        <translation>Le journal n&apos;a pas été exporté : %1</translation>
    </message>
    <message>
        <source>Exporting the ledger…</source>
        <translation>Export du journal…</translation>
    </message>
</context>
<context>
    <name>LedgerFilterBar</name>
    <message>
        <source>Search a label, a payee, a receipt number…</source>
        <translation>Rechercher un libellé, un tiers, un n° de pièce…</translation>
    </message>
    <message>
        <source>Without receipt</source>
        <translation>Sans justificatif</translation>
    </message>
    <message>
        <source>Only the transactions whose receipt is missing</source>
        <translation>Seulement les opérations dont la pièce justificative manque</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <source>All budget lines</source>
        <translation>Toutes les lignes budgétaires</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Toutes les activités</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>Toutes les périodes</translation>
    </message>
    <message>
        <source>Financial year %1</source>
        <translation>Exercice %1</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Dates…</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
</context>
<context>
    <name>LedgerRowActions</name>
    <message>
        <source>Change a transaction</source>
        <translation>Modifier une opération</translation>
    </message>
    <message>
        <source>Reconciled transaction</source>
        <translation>Opération rapprochée</translation>
    </message>
    <message>
        <source>This transaction was reconciled with a bank statement. Changing it cancels its reconciliation. Change it anyway?</source>
        <translation>Cette opération a été rapprochée d&apos;un relevé bancaire. La modifier annule son rapprochement. La modifier quand même ?</translation>
    </message>
    <message>
        <source>Delete a transaction</source>
        <translation>Supprimer une opération</translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo it from the Edit menu.</source>
        <translation>Supprimer « %1 » ? Vous pourrez l&apos;annuler depuis le menu Édition.</translation>
    </message>
    <message>
        <source>This transaction was reconciled with a bank statement. Deleting it cancels its reconciliation. Delete it anyway?</source>
        <translation>Cette opération a été rapprochée d&apos;un relevé bancaire. La supprimer annule son rapprochement. La supprimer quand même ?</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Re-assign to a project…</source>
        <translation>Réaffecter à un projet…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>View the receipts</source>
        <translation>Voir les justificatifs</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Historique des modifications</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>non requis</translation>
    </message>
    <message>
        <source>The receipt of this transaction is missing</source>
        <translation>La pièce justificative de cette opération manque</translation>
    </message>
    <message>
        <source>Marked as needing no receipt (bank fees…)</source>
        <translation>Marquée comme sans pièce nécessaire (frais bancaires…)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>N° de pièce</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Balance of the account after this line</source>
        <translation>Solde du compte après cette opération</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Justificatif</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Re-assign to a project</source>
        <translation>Réaffecter à un projet</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) selected.</source>
        <translation>
            <numerusform>%n opération sélectionnée.</numerusform>
            <numerusform>%n opérations sélectionnées.</numerusform>
        </translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Aucun projet</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Ligne budgétaire</translation>
    </message>
    <message>
        <source>No budget line</source>
        <translation>Aucune ligne budgétaire</translation>
    </message>
</context>
<context>
    <name>ReceiptViewer</name>
    <message>
        <source>“%1” was opened with your computer&apos;s PDF reader.</source>
        <translation>« %1 » a été ouvert avec le lecteur PDF de votre ordinateur.</translation>
    </message>
</context>
<context>
    <name>SplitEditor</name>
    <message>
        <source>Add a line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>Retirer la ligne</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Aucun projet</translation>
    </message>
    <message>
        <source>No budget line</source>
        <translation>Aucune ligne budgétaire</translation>
    </message>
    <message>
        <source>Fully split</source>
        <translation>Entièrement réparti</translation>
    </message>
    <message>
        <source>Left to split: %1</source>
        <translation>Reste à répartir : %1</translation>
    </message>
    <message>
        <source>Split too much by %1</source>
        <translation>Réparti en trop de %1</translation>
    </message>
</context>
<context>
    <name>Treasury</name>
    <message>
        <source>Record “%1”</source>
        <translation>Saisie « %1 »</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>Modification « %1 »</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Suppression « %1 »</translation>
    </message>
    <message>
        <source>Re-assign %n transaction(s)</source>
        <translation>Réaffectation de %n opération(s)</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Dépense</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Recette</translation>
    </message>
    <message>
        <source>Internal transfer</source>
        <translation>Virement interne</translation>
    </message>
    <message>
        <source>Advance to a member</source>
        <translation>Avance à un membre</translation>
    </message>
    <message>
        <source>Advance settlement</source>
        <translation>Régularisation d&apos;avance</translation>
    </message>
    <message>
        <source>Member reimbursement</source>
        <translation>Remboursement d&apos;un membre</translation>
    </message>
    <message>
        <source>Cash count…</source>
        <translation>Comptage de caisse…</translation>
    </message>
    <message>
        <source>Bank reconciliation…</source>
        <translation>Rapprochement bancaire…</translation>
    </message>
    <message>
        <source>Import a bank statement…</source>
        <translation>Importer un relevé bancaire…</translation>
    </message>
    <message>
        <source>Close the financial year…</source>
        <translation>Clôturer l&apos;exercice…</translation>
    </message>
    <message>
        <source>Export the receipts (ZIP)…</source>
        <translation>Exporter les justificatifs (ZIP)…</translation>
    </message>
    <message>
        <source>Change history…</source>
        <translation>Historique des modifications…</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Ligne budgétaire</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>TreasuryPage</name>
    <message>
        <source>held by a member</source>
        <translation>détenu par un membre</translation>
    </message>
    <message>
        <source>Money kept on a member&apos;s personal account: flagged in reports.</source>
        <translation>Argent gardé sur le compte personnel d&apos;un membre : signalé dans les rapports.</translation>
    </message>
    <message>
        <source>Computing the totals…</source>
        <translation>Calcul des totaux…</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) · In %1 · Out %2 · Net %3</source>
        <translation>
            <numerusform>%n opération · Entrées %1 · Sorties %2 · Solde %3</numerusform>
            <numerusform>%n opérations · Entrées %1 · Sorties %2 · Solde %3</numerusform>
        </translation>
    </message>
    <message>
        <source>No transaction matches these filters</source>
        <translation>Aucune opération ne correspond à ces filtres</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>The transactions filtered below, to Excel or CSV</source>
        <translation>Les opérations filtrées ci-dessous, vers Excel ou CSV</translation>
    </message>
    <message>
        <source>Change the period or the account, or clear the search.</source>
        <translation>Changez la période ou le compte, ou effacez la recherche.</translation>
    </message>
    <message>
        <source>No transaction yet</source>
        <translation>Aucune opération pour l&apos;instant</translation>
    </message>
    <message>
        <source>Expenses and income recorded by the treasurer will be listed here.</source>
        <translation>Les dépenses et recettes saisies par le trésorier apparaîtront ici.</translation>
    </message>
    <message>
        <source>Recorded under number %1.</source>
        <translation>Enregistré sous le numéro %1.</translation>
    </message>
</context>
</TS>
