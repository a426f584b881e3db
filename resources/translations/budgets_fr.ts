<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>ActualView</name>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Used / period elapsed</source>
        <translation>Consommé / période écoulée</translation>
    </message>
    <message>
        <source>Outside the grant period</source>
        <translation>Hors période de la subvention</translation>
    </message>
    <message>
        <source>Spending by heading</source>
        <translation>Dépenses par rubrique</translation>
    </message>
    <message>
        <source>Monthly spending against the plan</source>
        <translation>Dépenses mensuelles et prévision</translation>
    </message>
    <message>
        <source>By heading</source>
        <translation>Par rubrique</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Spent in the month</source>
        <translation>Dépensé dans le mois</translation>
    </message>
    <message>
        <source>Plan, cumulated</source>
        <translation>Prévision cumulée</translation>
    </message>
    <message>
        <source>Actual, cumulated</source>
        <translation>Réalisé cumulé</translation>
    </message>
    <message>
        <source>Transactions of the selected line</source>
        <translation>Opérations de la ligne choisie</translation>
    </message>
    <message>
        <source>By funder</source>
        <translation>Par bailleur</translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>This version is submitted or signed: it cannot be changed. Make a new version (amendment) to change it.</source>
        <translation>Cette version est soumise ou signée : elle ne peut plus être modifiée. Créez une nouvelle version (avenant) pour la changer.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Every rule of the grant is respected.</source>
        <translation>Toutes les règles de la subvention sont respectées.</translation>
    </message>
    <message>
        <source>Change line %1</source>
        <translation>Modifier la ligne %1</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nouvelle ligne</translation>
    </message>
    <message>
        <source>Add a budget line</source>
        <translation>Ajouter une ligne budgétaire</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <source>In kind</source>
        <translation>En nature</translation>
    </message>
</context>
<context>
    <name>BudgetReports</name>
    <message>
        <source>Budget vs actual — {code}</source>
        <translation>Budget et réalisé — {code}</translation>
    </message>
    <message>
        <source>Grant period {start} to {end} · situation on {today} · amounts in {currency}</source>
        <translation>Période de la subvention du {start} au {end} · situation au {today} · montants en {currency}</translation>
    </message>
    <message>
        <source>Period elapsed: {elapsed} · budget used: {used}</source>
        <translation>Période écoulée : {elapsed} · budget consommé : {used}</translation>
    </message>
    <message>
        <source>Budget vs actual</source>
        <translation>Budget et réalisé</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Heading / line</source>
        <translation>Rubrique / ligne</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Variance %</source>
        <translation>Écart %</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Consommé</translation>
    </message>
    <message>
        <source>Actual ({currency})</source>
        <translation>Réalisé ({currency})</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Tagged to the project, no budget line</source>
        <translation>Affecté au projet, sans ligne budgétaire</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>By funder</source>
        <translation>Par bailleur</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Plan, cumulated</source>
        <translation>Prévision cumulée</translation>
    </message>
    <message>
        <source>Actual, cumulated</source>
        <translation>Réalisé cumulé</translation>
    </message>
    <message>
        <source>Donor: {donor} · reference {reference} · {start} to {end}</source>
        <translation>Bailleur : {donor} · référence {reference} · du {start} au {end}</translation>
    </message>
    <message>
        <source>Version {version} · {status} · amounts in {currency}</source>
        <translation>Version {version} · {status} · montants en {currency}</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coût unitaire</translation>
    </message>
    <message>
        <source>Total (all years)</source>
        <translation>Total (toutes années)</translation>
    </message>
    <message>
        <source>Year {n}</source>
        <translation>Année {n}</translation>
    </message>
    <message>
        <source>Total of the budget</source>
        <translation>Total du budget</translation>
    </message>
    <message>
        <source>Rules of the grant not respected</source>
        <translation>Règles de la subvention non respectées</translation>
    </message>
    <message>
        <source>Co-funding</source>
        <translation>Cofinancement</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>En nature</translation>
    </message>
    <message>
        <source>Share of the budget</source>
        <translation>Part du budget</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Avenant</translation>
    </message>
    <message>
        <source>* in kind</source>
        <translation>* en nature</translation>
    </message>
</context>
<context>
    <name>BudgetsPage</name>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Operating budgets</source>
        <translation>Budgets de fonctionnement</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Budget vs actual</source>
        <translation>Budget et réalisé</translation>
    </message>
    <message>
        <source>New grant…</source>
        <translation>Nouvelle subvention…</translation>
    </message>
    <message>
        <source>Grant details…</source>
        <translation>Fiche de la subvention…</translation>
    </message>
    <message>
        <source>New budget</source>
        <translation>Nouveau budget</translation>
    </message>
    <message>
        <source>EU layout (Budget de l'action)</source>
        <translation>Format UE (Budget de l'action)</translation>
    </message>
    <message>
        <source>Free layout</source>
        <translation>Format libre</translation>
    </message>
    <message>
        <source>No project yet</source>
        <translation>Aucun projet pour l'instant</translation>
    </message>
    <message>
        <source>Projects and their budgets will be listed here.</source>
        <translation>Les projets et leurs budgets apparaîtront ici.</translation>
    </message>
    <message>
        <source>No budget for this project</source>
        <translation>Pas encore de budget pour ce projet</translation>
    </message>
    <message>
        <source>Select a project above, or make its budget with “New budget”.</source>
        <translation>Choisissez un projet ci-dessus, ou créez son budget avec « Nouveau budget ».</translation>
    </message>
    <message>
        <source>No operating budget yet</source>
        <translation>Aucun budget de fonctionnement pour l'instant</translation>
    </message>
    <message>
        <source>The association's yearly budgets, by category, will be listed here.</source>
        <translation>Les budgets annuels de l'association, par catégorie, apparaîtront ici.</translation>
    </message>
    <message>
        <source>%1 — version %2 · %3 · total %4</source>
        <translation>%1 — version %2 · %3 · total %4</translation>
    </message>
</context>
<context>
    <name>BuilderToolbar</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Add sub-line</source>
        <translation>Ajouter une sous-ligne</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>EU layout (lines 1-13)</source>
        <translation>Format UE (lignes 1 à 13)</translation>
    </message>
    <message>
        <source>Estimate from last year's actual</source>
        <translation>Estimer à partir du réalisé de l'an dernier</translation>
    </message>
    <message>
        <source>Co-funder column</source>
        <translation>Colonne de cofinanceur</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>En nature</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <source>Compare versions…</source>
        <translation>Comparer les versions…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Exporter en XLSX…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>Number of years</source>
        <translation>Nombre d'années</translation>
    </message>
    <message>
        <source>Delete line %1</source>
        <translation>Supprimer la ligne %1</translation>
    </message>
    <message>
        <source>Move line %1</source>
        <translation>Déplacer la ligne %1</translation>
    </message>
    <message>
        <source>EU layout</source>
        <translation>Format UE</translation>
    </message>
    <message>
        <source>Estimate from last year</source>
        <translation>Estimer à partir de l'an dernier</translation>
    </message>
    <message>
        <source>Export the budget</source>
        <translation>Exporter le budget</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare two versions</source>
        <translation>Comparer deux versions</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Some headings move by more than %1: the donor must sign an amendment.</source>
        <translation>Des rubriques bougent de plus de %1 : le bailleur doit signer un avenant.</translation>
    </message>
    <message>
        <source>Every heading stays within the %1 flexibility.</source>
        <translation>Toutes les rubriques restent dans la flexibilité de %1.</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <source>Fixed rate</source>
        <translation>Taux fixe</translation>
    </message>
    <message>
        <source>Rate of each transfer received</source>
        <translation>Taux de chaque virement reçu</translation>
    </message>
    <message>
        <source>Table of monthly rates</source>
        <translation>Table de taux mensuels</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Subvention</translation>
    </message>
    <message>
        <source>New grant</source>
        <translation>Nouvelle subvention</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
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
        <source>Eligible from</source>
        <translation>Dépenses éligibles à partir du</translation>
    </message>
    <message>
        <source>Eligible until</source>
        <translation>Dépenses éligibles jusqu'au</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Rate policy</source>
        <translation>Règle de change</translation>
    </message>
    <message>
        <source>Fixed rate (MAD per unit)</source>
        <translation>Taux fixe (MAD pour 1 unité)</translation>
    </message>
    <message>
        <source>Donor share (%)</source>
        <translation>Part du bailleur (%)</translation>
    </message>
    <message>
        <source>Indirect costs cap (%)</source>
        <translation>Plafond des coûts indirects (%)</translation>
    </message>
    <message>
        <source>Contingency cap (%)</source>
        <translation>Plafond des imprévus (%)</translation>
    </message>
    <message>
        <source>Transfer flexibility (%)</source>
        <translation>Flexibilité entre rubriques (%)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Instalments and rates</source>
        <translation>Tranches et taux</translation>
    </message>
    <message>
        <source>Change the grant</source>
        <translation>Modifier la subvention</translation>
    </message>
</context>
<context>
    <name>InstalmentsPanel</name>
    <message>
        <source>Instalments</source>
        <translation>Tranches</translation>
    </message>
    <message>
        <source>Not received yet</source>
        <translation>Pas encore reçue</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Monthly rates (MAD per unit)</source>
        <translation>Taux mensuels (MAD pour 1 unité)</translation>
    </message>
    <message>
        <source>Set the rate</source>
        <translation>Enregistrer le taux</translation>
    </message>
    <message>
        <source>No monthly rate yet.</source>
        <translation>Aucun taux mensuel pour l'instant.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coût unitaire</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Année %1</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Planned income</source>
        <translation>Recettes prévues</translation>
    </message>
    <message>
        <source>Planned expenses</source>
        <translation>Dépenses prévues</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Overspent</source>
        <translation>Dépassement</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Dans les temps</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Variance %</source>
        <translation>Écart %</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Consommé</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Pièce</translation>
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
        <source>Heading</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Écart %</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Prévue le</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
</context>
</TS>