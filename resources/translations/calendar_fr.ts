<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CalendarPage</name>
    <message>
        <source>Deadlines to meet</source>
        <translation>Échéances à respecter</translation>
    </message>
    <message>
        <source>No deadline to meet</source>
        <translation>Aucune échéance à venir</translation>
    </message>
    <message>
        <source>Report due dates, instalments and milestones of the project appear here.</source>
        <translation>Les dates de remise des rapports, les tranches attendues et les jalons du projet apparaissent ici.</translation>
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
        <translation>Aucun projet pour l&apos;instant</translation>
    </message>
    <message>
        <source>Create a project to plan its activities.</source>
        <translation>Créez un projet pour planifier ses activités.</translation>
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
        <translation>Tous les participants, y compris ceux dont le sexe n&apos;a pas été noté</translation>
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
</TS>
