<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>New activity</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>— Outside the logframe —</source>
        <translation>— Hors cadre logique —</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Début prévu</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Début réel</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Fin réelle</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Lignes budgétaires</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Fed with</source>
        <translation>Alimenté par</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>New activity “%1”</source>
        <translation>Nouvelle activité « %1 »</translation>
    </message>
    <message>
        <source>Change activity “%1”</source>
        <translation>Modifier l'activité « %1 »</translation>
    </message>
</context>
<context>
    <name>AttendanceGrid</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Moins de 18 ans</translation>
    </message>
    <message>
        <source>18–35</source>
        <translation>18–35 ans</translation>
    </message>
    <message>
        <source>36–59</source>
        <translation>36–59 ans</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 ans et plus</translation>
    </message>
    <message>
        <source>Age not stated</source>
        <translation>Âge non précisé</translation>
    </message>
    <message>
        <source>Women reached</source>
        <translation>Femmes touchées</translation>
    </message>
    <message>
        <source>Men reached</source>
        <translation>Hommes touchés</translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>Tous les participants</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Nombre de séances</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>Outside the logframe</source>
        <translation>Hors cadre logique</translation>
    </message>
    <message>
        <source>Ramadan</source>
        <translation>Ramadan</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>▭ planned</source>
        <translation>▭ prévu</translation>
    </message>
    <message>
        <source>▬ actual</source>
        <translation>▬ réalisé</translation>
    </message>
    <message>
        <source>◆ deadline</source>
        <translation>◆ échéance</translation>
    </message>
    <message>
        <source>▮ public holiday</source>
        <translation>▮ jour férié</translation>
    </message>
    <message>
        <source>│ today</source>
        <translation>│ aujourd'hui</translation>
    </message>
    <message>
        <source>Chronogramme</source>
        <translation>Chronogramme</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
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
        <source>Shaded: planned months; ● months it took place.</source>
        <translation>Cases colorées : mois prévus ; ● mois de réalisation.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Chronogramme, PDF A4 (*.pdf)</source>
        <translation>Chronogramme, PDF A4 (*.pdf)</translation>
    </message>
    <message>
        <source>Chronogramme, PDF A3 (*.pdf)</source>
        <translation>Chronogramme, PDF A3 (*.pdf)</translation>
    </message>
    <message>
        <source>Chronogramme, image (*.png)</source>
        <translation>Chronogramme, image (*.png)</translation>
    </message>
    <message>
        <source>Chronogramme, Excel (*.xlsx)</source>
        <translation>Chronogramme, Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Calendar for phones and computers (*.ics)</source>
        <translation>Agenda pour téléphones et ordinateurs (*.ics)</translation>
    </message>
    <message>
        <source>Export the chronogramme</source>
        <translation>Exporter le chronogramme</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
</context>
<context>
    <name>CalendarLists</name>
    <message>
        <source>Deadlines to meet</source>
        <translation>Échéances à respecter</translation>
    </message>
    <message>
        <source>No deadline to meet</source>
        <translation>Aucune échéance à respecter</translation>
    </message>
    <message>
        <source>Report due dates, instalments and milestones of the project appear here.</source>
        <translation>Les dates de remise des rapports, les tranches et les jalons du projet apparaissent ici.</translation>
    </message>
    <message>
        <source>No activity planned for this project</source>
        <translation>Aucune activité prévue pour ce projet</translation>
    </message>
    <message>
        <source>Activities of the logframe, with their sessions, are listed here.</source>
        <translation>Les activités du cadre logique, avec leurs séances, sont listées ici.</translation>
    </message>
    <message>
        <source>No project yet</source>
        <translation>Aucun projet pour l'instant</translation>
    </message>
    <message>
        <source>Create a project to plan its activities.</source>
        <translation>Créez un projet pour planifier ses activités.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Reached: %1 women, %2 men (%3 people, %4 sessions)</source>
        <translation>Touchés : %1 femmes, %2 hommes (%3 personnes, %4 séances)</translation>
    </message>
    <message>
        <source>People on a participant list are counted once, however many sessions they came to.</source>
        <translation>Les personnes inscrites sur une liste de participants sont comptées une seule fois, quel que soit le nombre de séances suivies.</translation>
    </message>
    <message>
        <source>No project yet</source>
        <translation>Aucun projet pour l'instant</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>Nouvelle échéance</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Chronogramme</source>
        <translation>Chronogramme</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl + wheel)</source>
        <translation>Agrandir (Ctrl + molette)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl + wheel)</source>
        <translation>Réduire (Ctrl + molette)</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>réalisé</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>jour férié</translation>
    </message>
    <message>
        <source>Ramadan</source>
        <translation>Ramadan</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd'hui</translation>
    </message>
    <message>
        <source>Create a project to plan its activities.</source>
        <translation>Créez un projet pour planifier ses activités.</translation>
    </message>
    <message>
        <source>Move an activity</source>
        <translation>Déplacer une activité</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Écrit : %1</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>New deadline</source>
        <translation>Nouvelle échéance</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Respectée</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deadline “%1”</source>
        <translation>Échéance « %1 »</translation>
    </message>
    <message>
        <source>Delete a deadline</source>
        <translation>Supprimer une échéance</translation>
    </message>
</context>
<context>
    <name>GanttView</name>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>Prévu : %1</translation>
    </message>
    <message>
        <source>Actual: %1</source>
        <translation>Réalisé : %1</translation>
    </message>
    <message>
        <source>Outside the project period</source>
        <translation>En dehors de la période du projet</translation>
    </message>
    <message>
        <source>Ramadan</source>
        <translation>Ramadan</translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message>
        <source>Ramadan</source>
        <translation>Ramadan</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Planned dates</source>
        <translation>Dates prévues</translation>
    </message>
    <message>
        <source>Actual dates</source>
        <translation>Dates réelles</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>All participants, including those whose sex was not recorded</source>
        <translation>Tous les participants, y compris ceux dont le sexe n'a pas été noté</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Respectée</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>To come</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>ParticipantList</name>
    <message>
        <source>Initials</source>
        <translation>Initiales</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Tranche d'âge</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Add someone already listed…</source>
        <translation>Ajouter une personne déjà inscrite…</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Initials only (e.g. A.K.): never a full name.</source>
        <translation>Initiales seulement (ex. A.K.) : jamais de nom complet.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur·rice</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Keep a list of participants (counted once across sessions)</source>
        <translation>Tenir une liste des participants (comptés une seule fois d'une séance à l'autre)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Séance du %1</translation>
    </message>
    <message>
        <source>Delete a session</source>
        <translation>Supprimer une séance</translation>
    </message>
</context>
</TS>