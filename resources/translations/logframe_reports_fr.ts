<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>LogframeImport</name>
    <message>
        <source>Statements: {level}</source>
        <translation>Énoncés : {level}</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <source>Level names</source>
        <translation>Noms des niveaux</translation>
    </message>
    <message>
        <source>Codes (OS1, R1.2…)</source>
        <translation>Codes (OS1, R1.2…)</translation>
    </message>
    <message>
        <source>Intervention logic (any level)</source>
        <translation>Logique d&apos;intervention (tous niveaux)</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Sources of verification</source>
        <translation>Sources de vérification</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Hypothèses</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Valeur actuelle</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Moyens</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Ignore this row</source>
        <translation>Ignorer cette ligne</translation>
    </message>
    <message>
        <source>Row {row}: a level is missing above this item; an empty item was added, to fill in.</source>
        <translation>Ligne {row} : il manque un niveau au-dessus de cet élément ; un élément vide a été ajouté, à compléter.</translation>
    </message>
    <message>
        <source>Row {row}: level not recognised; the item was put at the level of the one above.</source>
        <translation>Ligne {row} : niveau non reconnu ; l&apos;élément a été placé au niveau de celui du dessus.</translation>
    </message>
    <message>
        <source>Row {row}: a second overall objective; its text was added to the first one.</source>
        <translation>Ligne {row} : un second objectif global ; son texte a été ajouté au premier.</translation>
    </message>
    <message>
        <source>Row {row}: not as many sources as indicators; each indicator got all of them.</source>
        <translation>Ligne {row} : pas autant de sources que d&apos;indicateurs ; chaque indicateur les reçoit toutes.</translation>
    </message>
    <message>
        <source>Row {row}: several indicators in one cell; the figure went to the first one.</source>
        <translation>Ligne {row} : plusieurs indicateurs dans une cellule ; la valeur va au premier.</translation>
    </message>
    <message>
        <source>Row {row}: “{detail}” is not a number; left empty.</source>
        <translation>Ligne {row} : « {detail} » n&apos;est pas un nombre ; laissé vide.</translation>
    </message>
    <message>
        <source>Row {row}: the current value “{detail}” has no date; it is not recorded.</source>
        <translation>Ligne {row} : la valeur actuelle « {detail} » n&apos;a pas de date ; elle n&apos;est pas enregistrée.</translation>
    </message>
    <message>
        <source>Row {row}: indicators without a statement; an empty item was added, to fill in.</source>
        <translation>Ligne {row} : des indicateurs sans énoncé ; un élément vide a été ajouté, à compléter.</translation>
    </message>
    <message>
        <source>Row {row}: check it.</source>
        <translation>Ligne {row} : à vérifier.</translation>
    </message>
    <message>
        <source>Columns and levels</source>
        <translation>Colonnes et niveaux</translation>
    </message>
    <message>
        <source>Check what each column holds and, if needed, the level of some rows. The tree on the right shows what will be imported.</source>
        <translation>Vérifiez le contenu de chaque colonne et, si besoin, le niveau de certaines lignes. L&apos;arbre à droite montre ce qui sera importé.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Ce qui sera importé</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>Ligne d&apos;en-tête :</translation>
    </message>
    <message>
        <source>(to fill in)</source>
        <translation>(à compléter)</translation>
    </message>
    <message>
        <source>{nodes} items and {indicators} indicators will be imported.</source>
        <translation>{nodes} éléments et {indicators} indicateurs seront importés.</translation>
    </message>
    <message>
        <source>Import a logframe</source>
        <translation>Importer un cadre logique</translation>
    </message>
    <message>
        <source>Choose an Excel file (.xlsx) holding a logframe matrix: intervention logic, indicators, sources of verification, assumptions. Nothing is written before the last step.</source>
        <translation>Choisissez un fichier Excel (.xlsx) contenant une matrice de cadre logique : logique d&apos;intervention, indicateurs, sources de vérification, hypothèses. Rien n&apos;est enregistré avant la dernière étape.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projet :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Feuille :</translation>
    </message>
    <message>
        <source>Level names:</source>
        <translation>Noms des niveaux :</translation>
    </message>
    <message>
        <source>Logframe</source>
        <translation>Cadre logique</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
        <translation>Classeurs Excel (*.xlsx *.xlsm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Logframe imported</source>
        <translation>Cadre logique importé</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>{nodes} items and {indicators} indicators were imported from the sheet “{sheet}”. Check them in the logframe editor: codes were renumbered from the positions.</source>
        <translation>{nodes} éléments et {indicators} indicateurs ont été importés de la feuille « {sheet} ». Vérifiez-les dans l&apos;éditeur du cadre logique : les codes ont été renumérotés d&apos;après les positions.</translation>
    </message>
</context>
<context>
    <name>LogframeReports</name>
    <message>
        <source>Intervention logic</source>
        <translation>Logique d&apos;intervention</translation>
    </message>
    <message>
        <source>Objectively verifiable indicators</source>
        <translation>Indicateurs objectivement vérifiables</translation>
    </message>
    <message>
        <source>Sources and means of verification</source>
        <translation>Sources et moyens de vérification</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Hypothèses</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Moyens</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <source>Results chain</source>
        <translation>Chaîne des résultats</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Baseline (year)</source>
        <translation>Valeur de référence (année)</translation>
    </message>
    <message>
        <source>Current value (date)</source>
        <translation>Valeur actuelle (date)</translation>
    </message>
    <message>
        <source>Target (year)</source>
        <translation>Cible (année)</translation>
    </message>
    <message>
        <source>Preconditions</source>
        <translation>Conditions préalables</translation>
    </message>
    <message>
        <source>Logframe (EU 2016 layout)</source>
        <translation>Cadre logique (présentation UE 2016)</translation>
    </message>
    <message>
        <source>Logframe (EU 2004 layout)</source>
        <translation>Cadre logique (présentation UE 2004)</translation>
    </message>
    <message>
        <source>Ahead</source>
        <translation>En avance</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Dans les temps</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Pas de données</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>women</source>
        <translation>femmes</translation>
    </message>
    <message>
        <source>men</source>
        <translation>hommes</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>Baseline: {value}</source>
        <translation>Référence : {value}</translation>
    </message>
    <message>
        <source>Target: {value}</source>
        <translation>Cible : {value}</translation>
    </message>
    <message>
        <source>Target by sex: {split}</source>
        <translation>Cible par sexe : {split}</translation>
    </message>
    <message>
        <source>Means: {text}</source>
        <translation>Moyens : {text}</translation>
    </message>
    <message>
        <source>Costs: {text}</source>
        <translation>Coûts : {text}</translation>
    </message>
    <message>
        <source>Indicator tracking</source>
        <translation>Suivi des indicateurs</translation>
    </message>
    <message>
        <source>{organisation} · indicator tracking on {date}</source>
        <translation>{organisation} · suivi des indicateurs au {date}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Valeur actuelle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Sources of verification</source>
        <translation>Sources de vérification</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>T{quarter} {year}</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>{level}: {statement}</source>
        <translation>{level} : {statement}</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>under 18</source>
        <translation>moins de 18 ans</translation>
    </message>
    <message>
        <source>18 to 35</source>
        <translation>18 à 35 ans</translation>
    </message>
    <message>
        <source>36 to 59</source>
        <translation>36 à 59 ans</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 ans et plus</translation>
    </message>
    <message>
        <source>age not specified</source>
        <translation>âge non précisé</translation>
    </message>
    <message>
        <source>all ages</source>
        <translation>tous âges</translation>
    </message>
    <message>
        <source>Values recorded</source>
        <translation>Valeurs saisies</translation>
    </message>
    <message>
        <source>End of period</source>
        <translation>Fin de période</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Logframe</source>
        <translation>Cadre logique</translation>
    </message>
</context>
</TS>
