<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BankImport</name>
    <message>
        <source>Import of {name}</source>
        <translation>Import de {name}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Amount (+ in, − out)</source>
        <translation>Montant (+ entrée, − sortie)</translation>
    </message>
    <message>
        <source>Debit (money out)</source>
        <translation>Débit (sortie)</translation>
    </message>
    <message>
        <source>Credit (money in)</source>
        <translation>Crédit (entrée)</translation>
    </message>
    <message>
        <source>Details (added to the label)</source>
        <translation>Détails (ajoutés au libellé)</translation>
    </message>
    <message>
        <source>Value date</source>
        <translation>Date de valeur</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Which column holds what?</source>
        <translation>Quelle colonne contient quoi ?</translation>
    </message>
    <message>
        <source>AssoDesk guessed the columns; correct them if needed. The choice is remembered for this bank.</source>
        <translation>AssoDesk a reconnu les colonnes ; corrigez-les si besoin. Le choix est retenu pour cette banque.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Line of the column names</source>
        <translation>Ligne des noms de colonnes</translation>
    </message>
    <message>
        <source>Dates written as</source>
        <translation>Dates écrites</translation>
    </message>
    <message>
        <source>Amounts written as</source>
        <translation>Montants écrits</translation>
    </message>
    <message>
        <source>{rows} rows read: {new} new, {duplicates} already there, {errors} errors.</source>
        <translation>{rows} lignes lues : {new} nouvelle(s), {duplicates} déjà présente(s), {errors} erreur(s).</translation>
    </message>
    <message>
        <source>Correct the columns or the statement: nothing is imported while a line is in error.</source>
        <translation>Corrigez les colonnes ou le relevé : rien n’est importé tant qu’une ligne est en erreur.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Already in the books</source>
        <translation>Déjà dans les comptes</translation>
    </message>
    <message>
        <source>Repeated in the statement</source>
        <translation>En double dans le relevé</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Nothing in the history: check this category.</source>
        <translation>Rien dans l’historique : vérifiez cette catégorie.</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Vérifiez avant d’importer</translation>
    </message>
    <message>
        <source>Categories come from what you booked before; orange ones are only a guess. Double-click a category to change it.</source>
        <translation>Les catégories viennent de vos saisies précédentes ; celles en orange sont une simple proposition. Double-cliquez sur une catégorie pour la changer.</translation>
    </message>
    <message>
        <source>{new} transactions to import into {account}, net total {total}. {duplicates} rows already in the books are skipped.</source>
        <translation>{new} opération(s) à importer dans {account}, total net {total}. {duplicates} ligne(s) déjà dans les comptes ignorée(s).</translation>
    </message>
    <message>
        <source>Balance and total lines set aside: {count}.</source>
        <translation>Lignes de solde et de total mises de côté : {count}.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Rien n’a été importé : {reason}</translation>
    </message>
    <message>
        <source>Import a bank statement</source>
        <translation>Importer un relevé bancaire</translation>
    </message>
    <message>
        <source>Export the statement from your bank&apos;s website as CSV or Excel, then choose it here. Nothing is written before the last step.</source>
        <translation>Téléchargez le relevé depuis le site de votre banque en CSV ou Excel, puis choisissez-le ici. Rien n’est enregistré avant la dernière étape.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>e.g. Banque Populaire</source>
        <translation>ex. Banque Populaire</translation>
    </message>
    <message>
        <source>Statement file:</source>
        <translation>Fichier du relevé :</translation>
    </message>
    <message>
        <source>Into the account:</source>
        <translation>Dans le compte :</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>Banque :</translation>
    </message>
    <message>
        <source>The columns of a statement are remembered under the bank&apos;s name.</source>
        <translation>Les colonnes d’un relevé sont retenues sous le nom de la banque.</translation>
    </message>
    <message>
        <source>Bank statement</source>
        <translation>Relevé bancaire</translation>
    </message>
    <message>
        <source>Bank statements (*.csv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>Relevés bancaires (*.csv *.txt *.xlsx *.xlsm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Statement imported</source>
        <translation>Relevé importé</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Columns remembered for {bank}.</source>
        <translation>Colonnes retenues pour {bank}.</translation>
    </message>
    <message>
        <source>Columns guessed from their names: check them.</source>
        <translation>Colonnes reconnues d’après leurs noms : vérifiez-les.</translation>
    </message>
    <message>
        <source>Importing the statement…</source>
        <translation>Import du relevé…</translation>
    </message>
    <message>
        <source>{count} transactions were added to {account}; {duplicates} rows already in the books were skipped. Edit ▸ Undo removes them all.</source>
        <translation>{count} opération(s) ajoutée(s) dans {account} ; {duplicates} ligne(s) déjà dans les comptes ignorée(s). Édition ▸ Annuler les retire toutes.</translation>
    </message>
    <message>
        <source>Open the file in AssoDesk and use “Import a statement…” once to say which column is which; the choice is remembered for this bank.</source>
        <translation>Ouvrez le dossier dans AssoDesk et utilisez une fois « Importer un relevé… » pour indiquer quelle colonne contient quoi ; le choix est retenu pour cette banque.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>already in the books</source>
        <translation>déjà dans les comptes</translation>
    </message>
    <message>
        <source>repeated in the statement</source>
        <translation>en double dans le relevé</translation>
    </message>
    <message>
        <source>from history</source>
        <translation>d’après l’historique</translation>
    </message>
    <message>
        <source>from the label</source>
        <translation>d’après le libellé</translation>
    </message>
    <message>
        <source>by default, to check</source>
        <translation>par défaut, à vérifier</translation>
    </message>
    <message>
        <source>Line {line}: {message}</source>
        <translation>Ligne {line} : {message}</translation>
    </message>
    <message>
        <source>remembered for {bank}</source>
        <translation>retenues pour {bank}</translation>
    </message>
    <message>
        <source>guessed from the columns&apos; names</source>
        <translation>reconnues d’après leurs noms</translation>
    </message>
    <message>
        <source>chosen by hand</source>
        <translation>choisies à la main</translation>
    </message>
    <message>
        <source>Statement: {name} ({kind})</source>
        <translation>Relevé : {name} ({kind})</translation>
    </message>
    <message>
        <source>Account: {account}; columns {mapping}</source>
        <translation>Compte : {account} ; colonnes {mapping}</translation>
    </message>
    <message>
        <source>Rows read: {count}</source>
        <translation>Lignes lues : {count}</translation>
    </message>
    <message>
        <source>Total of the {count} new rows: {total}</source>
        <translation>Total des {count} nouvelles lignes : {total}</translation>
    </message>
    <message>
        <source>Duplicates skipped: {count}</source>
        <translation>Doublons ignorés : {count}</translation>
    </message>
    <message>
        <source>Balance and total lines set aside: {lines}</source>
        <translation>Lignes de solde et de total mises de côté : {lines}</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>Attention : {message}</translation>
    </message>
    <message>
        <source>Errors: {count}</source>
        <translation>Erreurs : {count}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Imported: {count} transactions into {account}.</source>
        <translation>Importé : {count} opérations dans {account}.</translation>
    </message>
    <message>
        <source>Trial run: nothing was written.</source>
        <translation>Essai : rien n’a été enregistré.</translation>
    </message>
</context>
</TS>
