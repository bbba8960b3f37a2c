<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AccessPage</name>
    <message>
        <source>Toegang intrekken</source>
        <translation>Withdraw access</translation>
    </message>
    <message>
        <source>Alle rollen en projecten van %1 intrekken? Daarna kan deze login de database niet meer openen.</source>
        <translation>Withdraw all roles and projects of %1? That login can then no longer open the database.</translation>
    </message>
    <message>
        <source>&amp;Intrekken</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>Toegang</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Wie wat mag op deze server. De database houdt iedere login aan zijn rol, ook buiten deze app. Een login maakt de databasebeheerder aan; hier geeft u hem een rol, en een projectleider zijn projecten (codes, met komma&apos;s).</source>
        <translation>Who may do what on this server. The database holds every login to its role, outside this app too. The database administrator creates a login; here you give it a role, and a project leader their projects (codes, separated by commas).</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Projecten</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Logins en hun rollen</source>
        <translation>Logins and their roles</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Rol:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Projecten:</source>
        <translation>&amp;Projects:</translation>
    </message>
    <message>
        <source>alleen voor een projectleider, bv. SGIA-2024-05</source>
        <translation>only for a project leader, e.g. SGIA-2024-05</translation>
    </message>
    <message>
        <source>Toegang &amp;geven</source>
        <translation>&amp;Give access</translation>
    </message>
    <message>
        <source>Rol &amp;intrekken</source>
        <translation>&amp;Withdraw role</translation>
    </message>
    <message>
        <source>&amp;Alles intrekken</source>
        <translation>Withdraw &amp;all</translation>
    </message>
</context>
<context>
    <name>AdoptionDialog</name>
    <message>
        <source>Verspreiding</source>
        <translation>Scaling</translation>
    </message>
    <message>
        <source>— geen —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>&amp;Bibliotheek:</source>
        <translation>&amp;Library:</translation>
    </message>
    <message>
        <source>Bibliotheek</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>&amp;Gemeente:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>&amp;Sinds:</source>
        <translation>&amp;Since:</translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>&amp;Vorm:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>Vorm</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>&amp;Financiering:</source>
        <translation>F&amp;unding:</translation>
    </message>
    <message>
        <source>Financiering</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>&amp;Notitie:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Banners</name>
    <message>
        <source>Slot &amp;overnemen…</source>
        <translation>&amp;Take over lock…</translation>
    </message>
    <message>
        <source>Slot overnemen</source>
        <translation>Take over lock</translation>
    </message>
    <message>
        <source>Alleen-lezen: %1 heeft dit bestand open op %2 (sinds %3). Wijzigingen zijn uitgeschakeld.</source>
        <translation>Read-only: %1 has this file open on %2 (since %3). Editing is switched off.</translation>
    </message>
    <message>
        <source>Dat programma draait niet meer; u kunt het slot overnemen.</source>
        <translation>That program no longer runs; you can take over the lock.</translation>
    </message>
    <message>
        <source>Alleen-lezen: u hebt geen schrijfrechten op dit bestand. Wijzigingen zijn uitgeschakeld.</source>
        <translation>Read-only: you have no permission to write this file. Editing is switched off.</translation>
    </message>
    <message>
        <source>Demonstratiegegevens: dit is een voorbeeldportfolio met verzonnen personen en bedragen, niet het echte portfolio. Maak via Bestand → Nieuw een eigen bestand.</source>
        <translation>Demo data: this is a sample portfolio with made-up people and amounts, not the real portfolio. Use File → New to make your own file.</translation>
    </message>
    <message>
        <source>Het staat zoals het was op {0}; daarop wordt het ook beoordeeld.</source>
        <translation>It shows the portfolio as it stood on {0}, and is judged on that day.</translation>
    </message>
    <message>
        <source>Het andere programma heeft het bestand gesloten. U kunt het nu bewerken.</source>
        <translation>The other program closed the file. You can edit it now.</translation>
    </message>
    <message>
        <source>Nu &amp;bewerken</source>
        <translation>&amp;Edit now</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Uitgave (realisatie)</source>
        <translation>Expense (actual)</translation>
    </message>
    <message>
        <source>Verplichting (opdracht, contract)</source>
        <translation>Commitment (order, contract)</translation>
    </message>
    <message>
        <source>Boeking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Bedrag (€):</source>
        <translation>&amp;Amount (€):</translation>
    </message>
    <message>
        <source>1.234,56</source>
        <translation>1.234,56</translation>
    </message>
    <message>
        <source>Bedrag (€)</source>
        <translation>Amount (€)</translation>
    </message>
    <message>
        <source>&amp;Notitie:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>BudgetDialogs</name>
    <message>
        <source>Dit lijkt een tikfout:
%1

Toch opslaan?</source>
        <translation>This looks like a typo:
%1

Save it anyway?</translation>
    </message>
    <message>
        <source>Klopt dit?</source>
        <translation>Is this right?</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <source>— kies een partner —</source>
        <translation>— choose a partner —</translation>
    </message>
    <message>
        <source>Het uurtarief ligt vast sinds het project is toegekend.</source>
        <translation>The hourly rate is fixed since the project was granted.</translation>
    </message>
    <message>
        <source>Begrotingsregel</source>
        <translation>Budget line</translation>
    </message>
    <message>
        <source>&amp;Jaar:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>&amp;Kostensoort:</source>
        <translation>&amp;Cost category:</translation>
    </message>
    <message>
        <source>Kostensoort</source>
        <translation>Cost category</translation>
    </message>
    <message>
        <source>&amp;Omschrijving:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Financieringsbron:</source>
        <translation>&amp;Funding source:</translation>
    </message>
    <message>
        <source>Financieringsbron</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>&amp;Cofinancier:</source>
        <translation>Co-&amp;funder:</translation>
    </message>
    <message>
        <source>Cofinancier</source>
        <translation>Co-funder</translation>
    </message>
    <message>
        <source>In &amp;natura:</source>
        <translation>In &amp;kind:</translation>
    </message>
    <message>
        <source>In natura</source>
        <translation>In kind</translation>
    </message>
    <message>
        <source>Soort bedrag:</source>
        <translation>Kind of amount:</translation>
    </message>
    <message>
        <source>&amp;Bedrag</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <source>Bedrag invullen</source>
        <translation>Enter an amount</translation>
    </message>
    <message>
        <source>&amp;Uren × uurtarief</source>
        <translation>&amp;Hours × hourly rate</translation>
    </message>
    <message>
        <source>Uren en uurtarief invullen</source>
        <translation>Enter hours and hourly rate</translation>
    </message>
    <message>
        <source>Be&amp;drag (€):</source>
        <translation>A&amp;mount (€):</translation>
    </message>
    <message>
        <source>1.234,56</source>
        <translation>1.234,56</translation>
    </message>
    <message>
        <source>Bedrag (€)</source>
        <translation>Amount (€)</translation>
    </message>
    <message>
        <source>U&amp;ren:</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <source>12,5</source>
        <translation>12,5</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Uur&amp;tarief (€):</source>
        <translation>Hourly &amp;rate (€):</translation>
    </message>
    <message>
        <source>62,50</source>
        <translation>62,50</translation>
    </message>
    <message>
        <source>Uurtarief (€)</source>
        <translation>Hourly rate (€)</translation>
    </message>
    <message>
        <source>Begroot:</source>
        <translation>Planned:</translation>
    </message>
    <message>
        <source>Begroot bedrag</source>
        <translation>Planned amount</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <source>%1 u × %2</source>
        <translation>%1 h × %2</translation>
    </message>
    <message>
        <source>(tarief vast)</source>
        <translation>(rate fixed)</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Uitgave</source>
        <translation>Expense</translation>
    </message>
    <message>
        <source>Verplichting</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Begrotingsregel toevoegen</source>
        <translation>Add budget line</translation>
    </message>
    <message>
        <source>Begrotingsregel wijzigen</source>
        <translation>Change budget line</translation>
    </message>
    <message>
        <source>Op deze regel is %1 geboekt. De regel met al zijn boekingen verwijderen? U kunt dit ongedaan maken.</source>
        <translation>%1 is booked on this line. Delete the line with all its bookings? You can undo this.</translation>
    </message>
    <message>
        <source>Begrotingsregel verwijderen</source>
        <translation>Delete budget line</translation>
    </message>
    <message>
        <source>Uitgave boeken</source>
        <translation>Book expense</translation>
    </message>
    <message>
        <source>Verplichting boeken</source>
        <translation>Book commitment</translation>
    </message>
    <message>
        <source>Boeking verwijderen</source>
        <translation>Delete booking</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Kostensoort</source>
        <translation>Cost category</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Financieringsbron</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>In natura</source>
        <translation>In kind</translation>
    </message>
    <message>
        <source>Bedrag / uren × tarief</source>
        <translation>Amount / hours × rate</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Begrotingsregels</source>
        <translation>Budget lines</translation>
    </message>
    <message>
        <source>Boekingen op de gekozen regel</source>
        <translation>Bookings on the chosen line</translation>
    </message>
    <message>
        <source>Totalen per kostensoort</source>
        <translation>Totals by cost category</translation>
    </message>
    <message>
        <source>Totalen per financieringsbron</source>
        <translation>Totals by funding source</translation>
    </message>
    <message>
        <source>Verplichtingen en uitgaven op de gekozen regel</source>
        <translation>Commitments and expenses on the chosen line</translation>
    </message>
    <message>
        <source>Totalen</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>Regel &amp;toevoegen…</source>
        <translation>&amp;Add line…</translation>
    </message>
    <message>
        <source>Regel &amp;bewerken…</source>
        <translation>&amp;Edit line…</translation>
    </message>
    <message>
        <source>Regel &amp;verwijderen</source>
        <translation>&amp;Delete line</translation>
    </message>
    <message>
        <source>&amp;Boeken…</source>
        <translation>&amp;Book…</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Opslaan als PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <source>Grafiek</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>%1 opslaan als PNG</source>
        <translation>Save %1 as PNG</translation>
    </message>
    <message>
        <source>Grafiek opslaan</source>
        <translation>Save chart</translation>
    </message>
</context>
<context>
    <name>ContributionPage</name>
    <message>
        <source>{0} van de {1} opgaven en thema&apos;s krijgen een bijdrage van een project. Zonder project: {2}.</source>
        <translation>{0} of the {1} challenges and themes get a contribution from a project. Without a project: {2}.</translation>
    </message>
    <message>
        <source>{0} project(en)</source>
        <translation>{0} project(s)</translation>
    </message>
    <message>
        <source>geen project: een gat</source>
        <translation>no project: a gap</translation>
    </message>
    <message>
        <source>Geen indicator bij de outcomes: de bijdrage is niet te zien.</source>
        <translation>No indicator on the outcomes: the contribution cannot be seen.</translation>
    </message>
    <message>
        <source>Bijdrage aan opgaven en thema&apos;s</source>
        <translation>Contribution to challenges and themes</translation>
    </message>
    <message>
        <source>Opgave, thema of project</source>
        <translation>Challenge, theme or project</translation>
    </message>
    <message>
        <source>Projecten / fase</source>
        <translation>Projects / phase</translation>
    </message>
    <message>
        <source>SGIA toegekend</source>
        <translation>SGIA granted</translation>
    </message>
    <message>
        <source>Gehaald</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Op koers</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>Achter</source>
        <translation>Behind</translation>
    </message>
    <message>
        <source>Geen data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Bijdrage per opgave en thema</source>
        <translation>Contribution per challenge and theme</translation>
    </message>
    <message>
        <source>Een project draagt bij aan het thema waar het impact-element van zijn veranderketen naar wijst. De laatste vier kolommen tellen de indicatoren van de outcomes: gehaald, op koers, achter op schema en nog zonder meting.</source>
        <translation>A project contributes to the theme its Theory of Change&apos;s impact element points at. The last four columns count the outcomes&apos; indicators: met, on track, behind schedule and not yet measured.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Er ging iets mis in FieldLab Desk. Uw opgeslagen werk is veilig: elke wijziging wordt direct bewaard. Stuur het verslag hieronder naar de beheerder, dan kunnen we het oplossen.</source>
        <translation>Something went wrong in FieldLab Desk. Your saved work is safe: every change is saved at once. Send the report below to your administrator so that we can fix it.</translation>
    </message>
    <message>
        <source>Foutverslag</source>
        <translation>Error report</translation>
    </message>
    <message>
        <source>Verslag &amp;kopiëren</source>
        <translation>&amp;Copy report</translation>
    </message>
    <message>
        <source>Verslag kopiëren</source>
        <translation>Copy report</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>wat als</source>
        <translation>what if</translation>
    </message>
    <message>
        <source>jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>mrt</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>dec</source>
        <translation>Dec</translation>
    </message>
    <message>
        <source>SGIA %1: norm, toegekend, verplicht, besteed</source>
        <translation>SGIA %1: norm, granted, committed, spent</translation>
    </message>
    <message>
        <source>Cijfers worden berekend…</source>
        <translation>Calculating figures…</translation>
    </message>
    <message>
        <source>Besteed (cumulatief)</source>
        <translation>Spent (cumulative)</translation>
    </message>
    <message>
        <source>Besteding over %1</source>
        <translation>Spending through %1</translation>
    </message>
    <message>
        <source>Indicatoren die achterlopen (%1)</source>
        <translation>Indicators behind schedule (%1)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Jaar:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Wat als: pijplijn toegekend</source>
        <translation>&amp;What if: pipeline granted</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Nu / doel</source>
        <translation>Now / target</translation>
    </message>
    <message>
        <source>Indicatoren die achterlopen</source>
        <translation>Indicators behind schedule</translation>
    </message>
    <message>
        <source>Projecten per fase</source>
        <translation>Projects by phase</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>%1: kalender</source>
        <translation>%1: calendar</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Project:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>&amp;Besluit:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>&amp;Toegekend bedrag (€):</source>
        <translation>&amp;Granted amount (€):</translation>
    </message>
    <message>
        <source>35.000</source>
        <translation>35.000</translation>
    </message>
    <message>
        <source>Toegekend bedrag (€)</source>
        <translation>Granted amount (€)</translation>
    </message>
    <message>
        <source>&amp;Voorwaarden:</source>
        <translation>&amp;Conditions:</translation>
    </message>
    <message>
        <source>Voorwaarden</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>T&amp;oelichting:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Besluit van de vergadering van %1</source>
        <translation>Decision of the meeting of %1</translation>
    </message>
    <message>
        <source>Toegekend in %1</source>
        <translation>Granted in %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&amp;Toegekend bedrag, totaal (€):</source>
        <translation>&amp;Granted amount, total (€):</translation>
    </message>
    <message>
        <source>&amp;Toegekend bedrag voor %1 (€):</source>
        <translation>&amp;Granted amount for %1 (€):</translation>
    </message>
    <message>
        <source>%1: %2 van %3 toegekend</source>
        <translation>%1: %2 of %3 granted</translation>
    </message>
    <message>
        <source>%1: afgewezen</source>
        <translation>%1: rejected</translation>
    </message>
    <message>
        <source>; project gaat naar %1</source>
        <translation>; the project moves to %1</translation>
    </message>
    <message>
        <source>Vastleggen?</source>
        <translation>Record it?</translation>
    </message>
</context>
<context>
    <name>EffectTab</name>
    <message>
        <source> ({0} van {1})</source>
        <translation> ({0} of {1})</translation>
    </message>
    <message>
        <source>gemeten</source>
        <translation>measured</translation>
    </message>
    <message>
        <source>nulmeting</source>
        <translation>baseline</translation>
    </message>
    <message>
        <source>streefwaarde</source>
        <translation>target</translation>
    </message>
    <message>
        <source>verwacht pad</source>
        <translation>expected path</translation>
    </message>
    <message>
        <source>Indicator toevoegen</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <source>Indicator wijzigen</source>
        <translation>Change indicator</translation>
    </message>
    <message>
        <source>Indicator verwijderen</source>
        <translation>Delete indicator</translation>
    </message>
    <message>
        <source>Meting toevoegen</source>
        <translation>Add measurement</translation>
    </message>
    <message>
        <source>Meting wijzigen</source>
        <translation>Change measurement</translation>
    </message>
    <message>
        <source>Meting verwijderen</source>
        <translation>Delete measurement</translation>
    </message>
    <message>
        <source>&amp;Indicatoren:</source>
        <translation>&amp;Indicators:</translation>
    </message>
    <message>
        <source>Metingen van de gekozen indicator:</source>
        <translation>Measurements of the chosen indicator:</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Nulmeting</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Streefwaarde</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Soort waarde</source>
        <translation>Kind of value</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Steekproef</source>
        <translation>Sample</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Verdeling</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>Indicatoren</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Metingen</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <source>Indicator &amp;toevoegen…</source>
        <translation>Add indica&amp;tor…</translation>
    </message>
    <message>
        <source>Indicator bewerken…</source>
        <translation>Edit indicator…</translation>
    </message>
    <message>
        <source>Meting t&amp;oevoegen…</source>
        <translation>Add measurement…</translation>
    </message>
    <message>
        <source>Meting bewerken…</source>
        <translation>Edit measurement…</translation>
    </message>
    <message>
        <source>Hal&amp;fjaar:</source>
        <translation>Hal&amp;f year:</translation>
    </message>
    <message>
        <source>Halfjaarrapportage (PDF)…</source>
        <translation>Half-year report (PDF)…</translation>
    </message>
    <message>
        <source>Halfjaarrapportage van dit project als PDF</source>
        <translation>Half-year report of this project as PDF</translation>
    </message>
</context>
<context>
    <name>ElementDialog</name>
    <message>
        <source>(nog geen)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Een begrotingsregel hoort bij één activiteit: aanvinken verplaatst hem naar deze. Zo toont de keten wat elke activiteit en elke route kost.</source>
        <translation>A budget line belongs to one activity: ticking it moves it to this one. So the chain shows what each activity and each pathway costs.</translation>
    </message>
    <message>
        <source> (nu bij: {0})</source>
        <translation> (now with: {0})</translation>
    </message>
    <message>
        <source>Element van de veranderketen</source>
        <translation>Element of the Theory of Change</translation>
    </message>
    <message>
        <source>&amp;Niveau:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>&amp;Tekst:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>&amp;Draagt bij aan:</source>
        <translation>&amp;Contributes to:</translation>
    </message>
    <message>
        <source>Draagt bij aan opgave of thema</source>
        <translation>Contributes to challenge or theme</translation>
    </message>
    <message>
        <source>&amp;Begrotingsregels:</source>
        <translation>&amp;Budget lines:</translation>
    </message>
    <message>
        <source>Begrotingsregels van deze activiteit</source>
        <translation>Budget lines of this activity</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Projectplan van {0}</source>
        <translation>Project plan of {0}</translation>
    </message>
    <message>
        <source>Stuurgroeppakket van een jaar</source>
        <translation>Steering-group pack of a year</translation>
    </message>
    <message>
        <source>Bedragen en datums worden echte getallen en datums; totalen zijn formules die met filters meetellen. &apos;Alleen waarden&apos; zet de totalen vast, voor het archief.</source>
        <translation>Amounts and dates become real numbers and dates; totals are formulas that respect filters. &apos;Values only&apos; fixes the totals, for the archive.</translation>
    </message>
    <message>
        <source>Exporteren naar Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Exporteren…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Projectplan als PDF</source>
        <translation>Project plan as PDF</translation>
    </message>
    <message>
        <source>&amp;Wat:</source>
        <translation>&amp;What:</translation>
    </message>
    <message>
        <source>Wat exporteren</source>
        <translation>What to export</translation>
    </message>
    <message>
        <source>&amp;Jaar:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Jaar van het stuurgroeppakket</source>
        <translation>Year of the steering-group pack</translation>
    </message>
    <message>
        <source>Blad &amp;per project:</source>
        <translation>Sheet &amp;per project:</translation>
    </message>
    <message>
        <source>Een blad per project</source>
        <translation>A sheet per project</translation>
    </message>
    <message>
        <source>Alleen &amp;waarden:</source>
        <translation>&amp;Values only:</translation>
    </message>
    <message>
        <source>Totalen als waarden, voor het archief</source>
        <translation>Totals as values, for the archive</translation>
    </message>
</context>
<context>
    <name>FieldlabForm</name>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Schaal:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <source>Schaal</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>&amp;Penvoerder:</source>
        <translation>&amp;Lead partner:</translation>
    </message>
    <message>
        <source>Penvoerder</source>
        <translation>Lead partner</translation>
    </message>
    <message>
        <source>&amp;Resultaatopdracht:</source>
        <translation>&amp;Result mandate:</translation>
    </message>
    <message>
        <source>Resultaatopdracht</source>
        <translation>Result mandate</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>&amp;Einde:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <source>Einde</source>
        <translation>End</translation>
    </message>
    <message>
        <source>&amp;Doel:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>&amp;Beschrijving:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>Partners:</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Projecten in dit fieldlab:</source>
        <translation>Projects in this fieldlab:</translation>
    </message>
    <message>
        <source>Projecten in dit fieldlab</source>
        <translation>Projects in this fieldlab</translation>
    </message>
</context>
<context>
    <name>FieldlabsPage</name>
    <message>
        <source>— geen —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>Partner t&amp;oevoegen</source>
        <translation>&amp;Add partner</translation>
    </message>
    <message>
        <source>Partner verwij&amp;deren</source>
        <translation>Re&amp;move partner</translation>
    </message>
    <message>
        <source>Organisatie om als partner toe te voegen</source>
        <translation>Organisation to add as a partner</translation>
    </message>
    <message>
        <source>Partners van het fieldlab</source>
        <translation>Partners of the fieldlab</translation>
    </message>
    <message>
        <source>Partner toevoegen</source>
        <translation>Add partner</translation>
    </message>
    <message>
        <source>Partner verwijderen</source>
        <translation>Remove partner</translation>
    </message>
    <message>
        <source>Nieuw fieldlab</source>
        <translation>New fieldlab</translation>
    </message>
    <message>
        <source>&amp;Nieuw fieldlab</source>
        <translation>&amp;New fieldlab</translation>
    </message>
    <message>
        <source>Ver&amp;wijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Zoek een fieldlab</source>
        <translation>Find a fieldlab</translation>
    </message>
    <message>
        <source>Fieldlabs</source>
        <translation>Fieldlabs</translation>
    </message>
    <message>
        <source>Kies links een fieldlab, of maak een nieuw.</source>
        <translation>Choose a fieldlab on the left, or make a new one.</translation>
    </message>
    <message>
        <source>Fieldlab toevoegen</source>
        <translation>Add fieldlab</translation>
    </message>
    <message>
        <source>Fieldlab wijzigen</source>
        <translation>Change fieldlab</translation>
    </message>
    <message>
        <source>Fieldlab verwijderen</source>
        <translation>Delete fieldlab</translation>
    </message>
    <message>
        <source>Fieldlab &apos;%1&apos; verwijderen? De projecten blijven bestaan, zonder fieldlab. U kunt dit ongedaan maken.</source>
        <translation>Delete fieldlab &apos;%1&apos;? Its projects stay, without a fieldlab. You can undo this.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Databaseserver openen</source>
        <translation>Open database server</translation>
    </message>
    <message>
        <source>Adres van de database, bijvoorbeeld postgresql+psycopg://naam@server/fieldlab (het wachtwoord komt uit ~/.pgpass of PGPASSWORD):</source>
        <translation>Address of the database, for example postgresql+psycopg://name@server/fieldlab (the password comes from ~/.pgpass or PGPASSWORD):</translation>
    </message>
    <message>
        <source>Portfolio openen</source>
        <translation>Open portfolio</translation>
    </message>
    <message>
        <source>Nieuw portfolio</source>
        <translation>New portfolio</translation>
    </message>
    <message>
        <source>Kopie opslaan als</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <source>Kopie opgeslagen: %1</source>
        <translation>Copy saved: %1</translation>
    </message>
    <message>
        <source>Reservekopie gemaakt: %1</source>
        <translation>Backup made: %1</translation>
    </message>
    <message>
        <source>Het slot is van %1 op %2. Neem het alleen over als dat programma echt niet meer draait: anders kunnen wijzigingen verloren gaan. Slot overnemen?</source>
        <translation>The lock belongs to %1 on %2. Only take it over if that program really no longer runs: otherwise changes may be lost. Take over the lock?</translation>
    </message>
    <message>
        <source>Slot overnemen</source>
        <translation>Take over lock</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>— geen —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Rol van %1</source>
        <translation>Role of %1</translation>
    </message>
    <message>
        <source>%1 wijzigen</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>Gelijktijdige wijziging</source>
        <translation>Simultaneous change</translation>
    </message>
    <message>
        <source>Iemand anders heeft %1 intussen gewijzigd.</source>
        <translation>Someone else changed %1 in the meantime.</translation>
    </message>
    <message>
        <source>Uw waarde: %1
Hun waarde: %2</source>
        <translation>Your value: %1
Their value: %2</translation>
    </message>
    <message>
        <source>&amp;Mijn waarde bewaren</source>
        <translation>&amp;Keep mine</translation>
    </message>
    <message>
        <source>&amp;Hun waarde overnemen</source>
        <translation>&amp;Take theirs</translation>
    </message>
    <message>
        <source>Thema&apos;s wijzigen</source>
        <translation>Change themes</translation>
    </message>
    <message>
        <source>Doelgroepen wijzigen</source>
        <translation>Change target groups</translation>
    </message>
    <message>
        <source>Gemeenten wijzigen</source>
        <translation>Change municipalities</translation>
    </message>
    <message>
        <source>Organisaties wijzigen</source>
        <translation>Change organisations</translation>
    </message>
    <message>
        <source>Fase wijzigen naar %1</source>
        <translation>Change phase to %1</translation>
    </message>
    <message>
        <source>Nieuw fieldlab</source>
        <translation>New fieldlab</translation>
    </message>
    <message>
        <source>Naam van het nieuwe fieldlab:</source>
        <translation>Name of the new fieldlab:</translation>
    </message>
    <message>
        <source>Fieldlab toevoegen</source>
        <translation>Add fieldlab</translation>
    </message>
    <message>
        <source>Nieuw fieldlab…</source>
        <translation>New fieldlab…</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Projecten, begrotingen tegen de SGIA-norm, veranderketens en effectmeting voor innovatie in de bibliotheeksector.</source>
        <translation>Projects, budgets against the SGIA norm, Theories of Change and effect measurement for innovation in the library sector.</translation>
    </message>
    <message>
        <source>Schemaversie van het programma</source>
        <translation>The program&apos;s schema version</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>schema</translation>
    </message>
    <message>
        <source>Meegeleverde bibliotheken en hun licenties:</source>
        <translation>Bundled libraries and their licences:</translation>
    </message>
    <message>
        <source>Handleiding</source>
        <translation>Manual</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>(verwijderd)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Fasegeschiedenis</source>
        <translation>Phase history</translation>
    </message>
    <message>
        <source>Wijzigingen (nieuwste eerst)</source>
        <translation>Changes (newest first)</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Naar</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Oud</source>
        <translation>Old</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Wijzigingen</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Lijkt op een bestaande boeking (kies hieronder):</source>
        <translation>Look like an existing booking (choose below):</translation>
    </message>
    <message>
        <source>Opmerkingen:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Geen.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Waarschuwingen (controleer ze):</source>
        <translation>Warnings (check them):</translation>
    </message>
    <message>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Er wordt niets geïmporteerd zolang het bestand problemen heeft: verbeter de genoemde cellen en probeer opnieuw.</source>
        <translation>Nothing is imported while the file has problems: correct the cells named and try again.</translation>
    </message>
    <message>
        <source>Er is niets te importeren: het bestand komt overeen met wat er al is.</source>
        <translation>There is nothing to import: the file matches what is there already.</translation>
    </message>
    <message>
        <source>Alles wordt in één keer geïmporteerd (project {0}); Ctrl+Z maakt het ongedaan.</source>
        <translation>Everything is imported in one go (project {0}); Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <source>{0} rij(en) lijken op een boeking die er al is (zelfde regel en datum). Kies of ze als nieuwe boeking worden toegevoegd of die boeking bijwerken.</source>
        <translation>{0} row(s) look like a booking that is there already (same line and date). Choose whether they are added as new bookings or update that booking.</translation>
    </message>
    <message>
        <source>Sommige regels lijken niet te kloppen (zie de waarschuwingen). Vink &apos;Toch importeren&apos; aan om ze toch te importeren; Ctrl+Z maakt het ongedaan.</source>
        <translation>Some rows look wrong (see the warnings). Tick &apos;Import anyway&apos; to import them all the same; Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <source>Importeren uit Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <source>Het bestand wordt gelezen…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Vergelijken met het portfolio…</source>
        <translation>Comparing with the portfolio…</translation>
    </message>
    <message>
        <source>Rijen gelezen: {0} van {1}</source>
        <translation>Rows read: {0} of {1}</translation>
    </message>
    <message>
        <source>Importsjabloon opslaan</source>
        <translation>Save import template</translation>
    </message>
    <message>
        <source>&amp;Wijzigingen:</source>
        <translation>&amp;Changes:</translation>
    </message>
    <message>
        <source>Wat de import verandert</source>
        <translation>What the import changes</translation>
    </message>
    <message>
        <source>&amp;Problemen:</source>
        <translation>&amp;Problems:</translation>
    </message>
    <message>
        <source>Wat er mis is in het bestand</source>
        <translation>What is wrong in the file</translation>
    </message>
    <message>
        <source>Rijen die op een bestaande boeking lijken</source>
        <translation>Rows that look like an existing booking</translation>
    </message>
    <message>
        <source>Die boeking &amp;bijwerken (een correctie)</source>
        <translation>&amp;Update that booking (a correction)</translation>
    </message>
    <message>
        <source>Als nieuwe boeking toe&amp;voegen</source>
        <translation>A&amp;dd as a new booking</translation>
    </message>
    <message>
        <source>&amp;Toch importeren, ondanks de waarschuwingen</source>
        <translation>Import &amp;anyway, despite the warnings</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>(eigen indicator, niet uit de bibliotheek)</source>
        <translation>(own indicator, not from the library)</translation>
    </message>
    <message>
        <source>(nog niet gekoppeld)</source>
        <translation>(not linked yet)</translation>
    </message>
    <message>
        <source>per &amp;gemeente</source>
        <translation>per &amp;municipality</translation>
    </message>
    <message>
        <source>per d&amp;oelgroep</source>
        <translation>per ta&amp;rget group</translation>
    </message>
    <message>
        <source>Uitsplitsen:</source>
        <translation>Split:</translation>
    </message>
    <message>
        <source>Metingen in delen per gemeente of doelgroep, die samen de meting zijn</source>
        <translation>Measurements in parts per municipality or target group, which together are the measurement</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>&amp;Bibliotheek:</source>
        <translation>&amp;Library:</translation>
    </message>
    <message>
        <source>Indicator uit de bibliotheek</source>
        <translation>Indicator from the library</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Naam van de indicator</source>
        <translation>Name of the indicator</translation>
    </message>
    <message>
        <source>&amp;Meet:</source>
        <translation>&amp;Measures:</translation>
    </message>
    <message>
        <source>Output of outcome die de indicator meet</source>
        <translation>Output or outcome the indicator measures</translation>
    </message>
    <message>
        <source>&amp;Eenheid:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Eenheid</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Een eenheid &amp;telt:</source>
        <translation>One unit &amp;counts:</translation>
    </message>
    <message>
        <source>Wat een eenheid telt</source>
        <translation>What one unit counts</translation>
    </message>
    <message>
        <source>&amp;Hele getallen:</source>
        <translation>&amp;Whole numbers:</translation>
    </message>
    <message>
        <source>Telt hele dingen: alleen hele getallen</source>
        <translation>Counts whole things: whole numbers only</translation>
    </message>
    <message>
        <source>&amp;Richting:</source>
        <translation>&amp;Direction:</translation>
    </message>
    <message>
        <source>Richting</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>&amp;Doel is:</source>
        <translation>&amp;Target is:</translation>
    </message>
    <message>
        <source>Doel vergeleken als</source>
        <translation>Target compared as</translation>
    </message>
    <message>
        <source>Soort &amp;waarde:</source>
        <translation>&amp;Kind of value:</translation>
    </message>
    <message>
        <source>Soort waarde</source>
        <translation>Kind of value</translation>
    </message>
    <message>
        <source>N&amp;ulmeting:</source>
        <translation>&amp;Baseline:</translation>
    </message>
    <message>
        <source>Waarde van de nulmeting</source>
        <translation>Baseline value</translation>
    </message>
    <message>
        <source>Nulmeting &amp;op:</source>
        <translation>Baseline &amp;on:</translation>
    </message>
    <message>
        <source>Datum van de nulmeting</source>
        <translation>Baseline date</translation>
    </message>
    <message>
        <source>Nulmeting &amp;methode:</source>
        <translation>Baseline &amp;method:</translation>
    </message>
    <message>
        <source>Methode van de nulmeting</source>
        <translation>Baseline method</translation>
    </message>
    <message>
        <source>Nulmeting &amp;steekproef:</source>
        <translation>Baseline &amp;sample:</translation>
    </message>
    <message>
        <source>Steekproef van de nulmeting</source>
        <translation>Baseline sample size</translation>
    </message>
    <message>
        <source>Achteraf &amp;gereconstrueerd:</source>
        <translation>&amp;Reconstructed afterwards:</translation>
    </message>
    <message>
        <source>Nulmeting achteraf gereconstrueerd</source>
        <translation>Baseline reconstructed afterwards</translation>
    </message>
    <message>
        <source>Stree&amp;fwaarde:</source>
        <translation>Tar&amp;get:</translation>
    </message>
    <message>
        <source>Streefwaarde</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Streef&amp;datum:</source>
        <translation>Target d&amp;ate:</translation>
    </message>
    <message>
        <source>Streefdatum</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Meet&amp;methode:</source>
        <translation>Measuring meth&amp;od:</translation>
    </message>
    <message>
        <source>Meetmethode</source>
        <translation>Measuring method</translation>
    </message>
    <message>
        <source>&amp;Bron:</source>
        <translation>Sou&amp;rce:</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>&amp;Frequentie:</source>
        <translation>&amp;Frequency:</translation>
    </message>
    <message>
        <source>Frequentie</source>
        <translation>Frequency</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>Alle jaren</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Alle opgaven en thema&apos;s</source>
        <translation>All challenges and themes</translation>
    </message>
    <message>
        <source>Alle fieldlabs</source>
        <translation>All fieldlabs</translation>
    </message>
    <message>
        <source>Elke status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Halfjaar vaststellen</source>
        <translation>Close half year</translation>
    </message>
    <message>
        <source>%1 vaststellen? Metingen, voortgang en besluiten van die periode veranderen daarna niet meer, tot u de periode heropent met een reden.</source>
        <translation>Close %1? The measurements, progress and decisions of that period will no longer change, until you reopen the period with a reason.</translation>
    </message>
    <message>
        <source>&amp;Vaststellen</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>%1 vaststellen</source>
        <translation>Close %1</translation>
    </message>
    <message>
        <source>Halfjaar heropenen</source>
        <translation>Reopen half year</translation>
    </message>
    <message>
        <source>Waarom wordt %1 heropend? De reden komt op de volgende rapportage.</source>
        <translation>Why is %1 reopened? The reason goes onto the next report.</translation>
    </message>
    <message>
        <source>%1 heropenen</source>
        <translation>Reopen %1</translation>
    </message>
    <message>
        <source>telt niet op (momentopname)</source>
        <translation>does not add up (snapshot)</translation>
    </message>
    <message>
        <source>niet uitgesplitst %1</source>
        <translation>not split %1</translation>
    </message>
    <message>
        <source>{0} van {1} gemeten</source>
        <translation>{0} of {1} measured</translation>
    </message>
    <message>
        <source>Indicatoren van het portfolio</source>
        <translation>Indicators of the portfolio</translation>
    </message>
    <message>
        <source>&amp;Jaar:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Opgave:</source>
        <translation>&amp;Challenge:</translation>
    </message>
    <message>
        <source>&amp;Fieldlab:</source>
        <translation>&amp;Fieldlab:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Nulmeting</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Streefwaarde</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Soort waarde</source>
        <translation>Kind of value</translation>
    </message>
    <message>
        <source>Bibliotheekindicator</source>
        <translation>Library indicator</translation>
    </message>
    <message>
        <source>Telt</source>
        <translation>Counts</translation>
    </message>
    <message>
        <source>Gemeten</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Samen</source>
        <translation>Together</translation>
    </message>
    <message>
        <source>Per gemeente</source>
        <translation>Per municipality</translation>
    </message>
    <message>
        <source>Totalen van gelijke indicatoren</source>
        <translation>Totals of like indicators</translation>
    </message>
    <message>
        <source>Totalen tellen alleen gelijke indicatoren op: dezelfde indicator uit de bibliotheek, met dezelfde eenheid, die hetzelfde telt (deelnemers zijn geen bibliotheken) en dezelfde soort waarde. Per periode en cumulatief tellen op; een momentopname (een score, een percentage) niet. Eigen indicatoren buiten de bibliotheek staan wel in de lijst, niet in de totalen.</source>
        <translation>Totals add up like indicators only: the same indicator from the library, with the same unit, counting the same thing (participants are not libraries) and the same kind of value. Per-period and cumulative values add up; a snapshot (a score, a percentage) does not. Own indicators outside the library are in the list, not in the totals.</translation>
    </message>
    <message>
        <source>Hal&amp;fjaar:</source>
        <translation>Hal&amp;f year:</translation>
    </message>
    <message>
        <source>In&amp;deling:</source>
        <translation>&amp;Grouping:</translation>
    </message>
    <message>
        <source>per project</source>
        <translation>by project</translation>
    </message>
    <message>
        <source>per opgave</source>
        <translation>by challenge (opgave)</translation>
    </message>
    <message>
        <source>per programmalijn</source>
        <translation>by programme line</translation>
    </message>
    <message>
        <source>Aa&amp;n:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Alleen o&amp;verzicht</source>
        <translation>O&amp;verview only</translation>
    </message>
    <message>
        <source>Omslag, overzicht, geld en besluiten, zonder de pagina&apos;s per project: voor een groot portfolio</source>
        <translation>Cover, overview, money and decisions, without the pages per project: for a large portfolio</translation>
    </message>
    <message>
        <source>bijv. Stuurgroep Drentse Innovatieagenda</source>
        <translation>e.g. Stuurgroep Drentse Innovatieagenda</translation>
    </message>
    <message>
        <source>Aan wie de rapportage gericht is</source>
        <translation>Whom the report is addressed to</translation>
    </message>
    <message>
        <source>Halfjaarrapportage (&amp;PDF)…</source>
        <translation>Half-year report (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Halfjaar &amp;vaststellen…</source>
        <translation>&amp;Close half year…</translation>
    </message>
    <message>
        <source>De cijfers van het gekozen halfjaar worden definitief</source>
        <translation>The figures of the chosen half year become final</translation>
    </message>
    <message>
        <source>&amp;Heropenen…</source>
        <translation>&amp;Reopen…</translation>
    </message>
    <message>
        <source>Om een fout te herstellen, met een reden</source>
        <translation>To fix a mistake, with a reason</translation>
    </message>
    <message>
        <source>Halfjaarrapportage van het portfolio als PDF</source>
        <translation>Half-year report of the portfolio as PDF</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>bijvoorbeeld: tussenmeting laat minder bereik zien</source>
        <translation>for example: interim measurement shows less reach</translation>
    </message>
    <message>
        <source>Verbinding en aanname</source>
        <translation>Link and assumption</translation>
    </message>
    <message>
        <source>&amp;Van:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Van element</source>
        <translation>From element</translation>
    </message>
    <message>
        <source>&amp;Naar:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Naar element</source>
        <translation>To element</translation>
    </message>
    <message>
        <source>&amp;Onderbouwing:</source>
        <translation>&amp;Rationale:</translation>
    </message>
    <message>
        <source>Onderbouwing: waarom leidt het een tot het ander</source>
        <translation>Rationale: why one leads to the other</translation>
    </message>
    <message>
        <source>&amp;Aanname:</source>
        <translation>&amp;Assumption:</translation>
    </message>
    <message>
        <source>Aanname: wat moet waar zijn</source>
        <translation>Assumption: what must be true</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Status van de aanname</source>
        <translation>Status of the assumption</translation>
    </message>
    <message>
        <source>B&amp;ewijs:</source>
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <source>Waar de status op rust</source>
        <translation>What the status rests on</translation>
    </message>
    <message>
        <source>&amp;Waarom gewijzigd:</source>
        <translation>&amp;Why changed:</translation>
    </message>
    <message>
        <source>Waarom de status is gewijzigd</source>
        <translation>Why the status changed</translation>
    </message>
    <message>
        <source>&amp;Geschiedenis:</source>
        <translation>&amp;History:</translation>
    </message>
    <message>
        <source>Geschiedenis van de aanname</source>
        <translation>History of the assumption</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Geen bestand geopend</source>
        <translation>No file open</translation>
    </message>
    <message>
        <source>Alleen-lezen</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>Wijzigingen worden direct bewaard</source>
        <translation>Changes are saved at once</translation>
    </message>
    <message>
        <source>Over FieldLab Desk</source>
        <translation>About FieldLab Desk</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Opnie&amp;uw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Portfolio wordt geopend…</source>
        <translation>Opening the portfolio…</translation>
    </message>
    <message>
        <source>Uw naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>%1 als %2</source>
        <translation>%1 as %2</translation>
    </message>
    <message>
        <source>Uw naam, zoals de historie laat zien wie wat heeft gewijzigd:</source>
        <translation>Your name, as the history shows who changed what:</translation>
    </message>
    <message>
        <source>Navigatie</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&lt;h2&gt;FieldLab Desk&lt;/h2&gt;&lt;p&gt;Er is geen portfolio geopend.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;FieldLab Desk&lt;/h2&gt;&lt;p&gt;No portfolio is open.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Nieuw portfolio…</source>
        <translation>&amp;New portfolio…</translation>
    </message>
    <message>
        <source>&amp;Databaseserver openen…</source>
        <translation>Open &amp;database server…</translation>
    </message>
    <message>
        <source>Kopie op&amp;slaan als…</source>
        <translation>&amp;Save a copy as…</translation>
    </message>
    <message>
        <source>&amp;Reservekopie maken</source>
        <translation>Make &amp;backup now</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Exporteren naar Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <source>&amp;Importeren uit Excel…</source>
        <translation>&amp;Import from Excel…</translation>
    </message>
    <message>
        <source>Importsja&amp;bloon opslaan…</source>
        <translation>Save import &amp;template…</translation>
    </message>
    <message>
        <source>Projectplan afdrukken / &amp;PDF…</source>
        <translation>&amp;Print project plan / PDF…</translation>
    </message>
    <message>
        <source>&amp;Zoeken in projecten</source>
        <translation>&amp;Find projects</translation>
    </message>
    <message>
        <source>Nieuw &amp;project</source>
        <translation>New &amp;project</translation>
    </message>
    <message>
        <source>&amp;Over FieldLab Desk</source>
        <translation>&amp;About FieldLab Desk</translation>
    </message>
    <message>
        <source>&amp;Handleiding</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <source>Uw &amp;naam…</source>
        <translation>Your &amp;name…</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Recent geopend</source>
        <translation>Open &amp;recent</translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <source>Meting: {0}</source>
        <translation>Measurement: {0}</translation>
    </message>
    <message>
        <source>&amp;Verdeling (optioneel; de delen tellen op tot de waarde)</source>
        <translation>&amp;Split (optional; the parts add up to the value)</translation>
    </message>
    <message>
        <source>Deel</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Doelgroep</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Samen: %1 van %2</source>
        <translation>Together: %1 of %2</translation>
    </message>
    <message>
        <source>Meting</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Datum van de meting</source>
        <translation>Date of the measurement</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Soort meting</source>
        <translation>Kind of measurement</translation>
    </message>
    <message>
        <source>&amp;Waarde:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Als &amp;breuk:</source>
        <translation>As a &amp;fraction:</translation>
    </message>
    <message>
        <source>Percentage uit aantal van totaal</source>
        <translation>Percentage from count of total</translation>
    </message>
    <message>
        <source>&amp;Aantal:</source>
        <translation>&amp;Count:</translation>
    </message>
    <message>
        <source>Aantal (teller)</source>
        <translation>Count (numerator)</translation>
    </message>
    <message>
        <source>&amp;Van totaal:</source>
        <translation>&amp;Of total:</translation>
    </message>
    <message>
        <source>Totaal (noemer)</source>
        <translation>Total (denominator)</translation>
    </message>
    <message>
        <source>Steek&amp;proef:</source>
        <translation>Sam&amp;ple:</translation>
    </message>
    <message>
        <source>Steekproef</source>
        <translation>Sample</translation>
    </message>
    <message>
        <source>&amp;Notitie:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Vergadering</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>&amp;Omschrijving:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>Mijlpaal</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>&amp;Mijlpaal:</source>
        <translation>&amp;Milestone:</translation>
    </message>
    <message>
        <source>&amp;Gepland op:</source>
        <translation>&amp;Planned for:</translation>
    </message>
    <message>
        <source>Gepland op</source>
        <translation>Planned for</translation>
    </message>
    <message>
        <source>&amp;Behaald:</source>
        <translation>&amp;Reached:</translation>
    </message>
    <message>
        <source>Behaald</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Behaald &amp;op:</source>
        <translation>Reached &amp;on:</translation>
    </message>
    <message>
        <source>Behaald op</source>
        <translation>Reached on</translation>
    </message>
    <message>
        <source>&amp;Notitie:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>MilestonesTab</name>
    <message>
        <source>nog niet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Mijlpaal toevoegen</source>
        <translation>Add milestone</translation>
    </message>
    <message>
        <source>Mijlpaal wijzigen</source>
        <translation>Change milestone</translation>
    </message>
    <message>
        <source>Mijlpaal verwijderen</source>
        <translation>Delete milestone</translation>
    </message>
    <message>
        <source>Mijlpaal</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Gepland</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Behaald</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Mijlpalen</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Bewerken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Mijlpaal bewerken</source>
        <translation>Edit milestone</translation>
    </message>
</context>
<context>
    <name>NewPortfolioDialog</name>
    <message>
        <source>Nieuw portfolio</source>
        <translation>New portfolio</translation>
    </message>
    <message>
        <source>Een nieuw, leeg portfolio. De landelijke opgaven, stelseluitdagingen, programmalijnen, doelgroepen en de indicatorbibliotheek staan er al in; de regio voegt haar eigen agenda, gemeenten en organisaties toe. Voor welke organisatie is het?</source>
        <translation>A new, empty portfolio. The national challenges, system challenges, programme lines, target groups and the indicator library are in it already; the region adds its own agenda, municipalities and organisations. Which organisation is it for?</translation>
    </message>
    <message>
        <source>&amp;Bestand:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;Regio:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Regio</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>&amp;Naam van het portfolio:</source>
        <translation>&amp;Name of the portfolio:</translation>
    </message>
    <message>
        <source>Innovatieagenda 2026</source>
        <translation>Innovation agenda 2026</translation>
    </message>
    <message>
        <source>Naam van het portfolio</source>
        <translation>Name of the portfolio</translation>
    </message>
    <message>
        <source>&amp;Organisatie:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Soort organisatie:</source>
        <translation>&amp;Kind of organisation:</translation>
    </message>
    <message>
        <source>Soort organisatie</source>
        <translation>Kind of organisation</translation>
    </message>
    <message>
        <source>agenda: {0}</source>
        <translation>agenda: {0}</translation>
    </message>
    <message>
        <source>{0} gemeenten</source>
        <translation>{0} municipalities</translation>
    </message>
    <message>
        <source>{0} organisaties</source>
        <translation>{0} organisations</translation>
    </message>
    <message>
        <source>alleen de landelijke indeling</source>
        <translation>the national classification only</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <source>Nieuwe organisatie</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>&amp;Nieuwe organisatie</source>
        <translation>&amp;New organisation</translation>
    </message>
    <message>
        <source>Ver&amp;wijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Zoek een organisatie</source>
        <translation>Find an organisation</translation>
    </message>
    <message>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Kies links een organisatie, of maak een nieuwe.</source>
        <translation>Choose an organisation on the left, or make a new one.</translation>
    </message>
    <message>
        <source>Organisatie toevoegen</source>
        <translation>Add organisation</translation>
    </message>
    <message>
        <source>Organisatie wijzigen</source>
        <translation>Change organisation</translation>
    </message>
    <message>
        <source>Organisatie verwijderen</source>
        <translation>Delete organisation</translation>
    </message>
    <message>
        <source>Organisatie &apos;%1&apos; verwijderen? Ze verdwijnt ook uit de projecten waaraan ze deelneemt. U kunt dit ongedaan maken.</source>
        <translation>Delete organisation &apos;%1&apos;? It is also removed from the projects it takes part in. You can undo this.</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Korte naam:</source>
        <translation>S&amp;hort name:</translation>
    </message>
    <message>
        <source>Korte naam</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>&amp;Plaats:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>N&amp;otitie:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Neemt deel aan:</source>
        <translation>Takes part in:</translation>
    </message>
    <message>
        <source>Projecten van deze organisatie</source>
        <translation>Projects of this organisation</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>&amp;Organisaties</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <source>&amp;Personen</source>
        <translation>&amp;People</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>— geen —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>Nieuwe persoon</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>&amp;Nieuwe persoon</source>
        <translation>&amp;New person</translation>
    </message>
    <message>
        <source>Ver&amp;wijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Zoek een persoon</source>
        <translation>Find a person</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Kies links een persoon, of maak een nieuwe.</source>
        <translation>Choose a person on the left, or make a new one.</translation>
    </message>
    <message>
        <source>Persoon toevoegen</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Persoon wijzigen</source>
        <translation>Change person</translation>
    </message>
    <message>
        <source>Persoon verwijderen</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <source>Persoon &apos;%1&apos; verwijderen? Projecten die deze persoon als projectleider hebben, houden geen projectleider over. U kunt dit ongedaan maken.</source>
        <translation>Delete person &apos;%1&apos;? Projects led by this person are left without a project leader. You can undo this.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;Organisatie:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Rol:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Projectleider van:</source>
        <translation>Project leader of:</translation>
    </message>
    <message>
        <source>Projecten van deze persoon</source>
        <translation>Projects of this person</translation>
    </message>
</context>
<context>
    <name>PhaseChangeDialog</name>
    <message>
        <source>Fase wijzigen</source>
        <translation>Change phase</translation>
    </message>
    <message>
        <source>&amp;Nieuwe fase:</source>
        <translation>&amp;New phase:</translation>
    </message>
    <message>
        <source>Nieuwe fase</source>
        <translation>New phase</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Toelichting:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PhaseDialog</name>
    <message>
        <source>Huidige fase: %1</source>
        <translation>Current phase: %1</translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <source>Geëxporteerd: {0}</source>
        <translation>Exported: {0}</translation>
    </message>
    <message>
        <source>Open eerst een project.</source>
        <translation>Open a project first.</translation>
    </message>
    <message>
        <source>Nieuw project</source>
        <translation>New project</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>← &amp;Terug naar de lijst</source>
        <translation>← &amp;Back to the list</translation>
    </message>
    <message>
        <source>Terug naar de projectenlijst</source>
        <translation>Back to the project list</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;Algemeen</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Begroting</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>&amp;Veranderketen</source>
        <translation>Theory of &amp;Change</translation>
    </message>
    <message>
        <source>&amp;Effectmeting</source>
        <translation>&amp;Effect measurement</translation>
    </message>
    <message>
        <source>&amp;Mijlpalen</source>
        <translation>&amp;Milestones</translation>
    </message>
    <message>
        <source>V&amp;oortgang</source>
        <translation>Pr&amp;ogress</translation>
    </message>
    <message>
        <source>Ver&amp;zoeken</source>
        <translation>Re&amp;quests</translation>
    </message>
    <message>
        <source>Ver&amp;spreiding</source>
        <translation>&amp;Scaling</translation>
    </message>
    <message>
        <source>&amp;Historie</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Onderdelen van het project</source>
        <translation>Parts of the project</translation>
    </message>
</context>
<context>
    <name>ProjectGeneral</name>
    <message>
        <source>&amp;Projectcode:</source>
        <translation>&amp;Project code:</translation>
    </message>
    <message>
        <source>SGIA-2026-01</source>
        <translation>SGIA-2026-01</translation>
    </message>
    <message>
        <source>Projectcode</source>
        <translation>Project code</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Fase:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Fase &amp;wijzigen…</source>
        <translation>Change &amp;phase…</translation>
    </message>
    <message>
        <source>Fase wijzigen</source>
        <translation>Change phase</translation>
    </message>
    <message>
        <source>&amp;Fieldlab:</source>
        <translation>&amp;Fieldlab:</translation>
    </message>
    <message>
        <source>Fieldlab</source>
        <translation>Fieldlab</translation>
    </message>
    <message>
        <source>&amp;Primaire opgave/thema:</source>
        <translation>&amp;Primary challenge/theme:</translation>
    </message>
    <message>
        <source>Primaire opgave/thema</source>
        <translation>Primary challenge/theme</translation>
    </message>
    <message>
        <source>Pe&amp;nvoerder:</source>
        <translation>Lead part&amp;ner:</translation>
    </message>
    <message>
        <source>Penvoerder</source>
        <translation>Lead partner</translation>
    </message>
    <message>
        <source>Project&amp;leider:</source>
        <translation>Project &amp;leader:</translation>
    </message>
    <message>
        <source>Projectleider</source>
        <translation>Project leader</translation>
    </message>
    <message>
        <source>&amp;Startdatum:</source>
        <translation>&amp;Start date:</translation>
    </message>
    <message>
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>&amp;Einddatum:</source>
        <translation>&amp;End date:</translation>
    </message>
    <message>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>&amp;RAG-status:</source>
        <translation>&amp;RAG status:</translation>
    </message>
    <message>
        <source>RAG-status</source>
        <translation>RAG status</translation>
    </message>
    <message>
        <source>Toelichting RA&amp;G:</source>
        <translation>RA&amp;G explanation:</translation>
    </message>
    <message>
        <source>Waarom oranje of rood: wat speelt er, en wat gebeurt eraan</source>
        <translation>Why amber or red: what is going on, and what is being done about it</translation>
    </message>
    <message>
        <source>Toelichting bij de RAG-status</source>
        <translation>Explanation of the RAG status</translation>
    </message>
    <message>
        <source>Samen&amp;vatting:</source>
        <translation>Su&amp;mmary:</translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Behoefte / &amp;urgente vraag:</source>
        <translation>Need / &amp;urgent question:</translation>
    </message>
    <message>
        <source>Behoefte / urgente vraag</source>
        <translation>Need / urgent question</translation>
    </message>
    <message>
        <source>&amp;Doel:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Opschaling en &amp;borging:</source>
        <translation>Scaling and em&amp;bedding:</translation>
    </message>
    <message>
        <source>Opschaling en borging</source>
        <translation>Scaling and embedding</translation>
    </message>
    <message>
        <source>Resul&amp;taat:</source>
        <translation>Resul&amp;t:</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Verdere thema&apos;s en opgaven</source>
        <translation>Further themes and challenges</translation>
    </message>
    <message>
        <source>Verdere thema&apos;s</source>
        <translation>Further themes</translation>
    </message>
    <message>
        <source>Doelgroepen</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>Gemeenten</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Deelnemende organisaties en rol</source>
        <translation>Participating organisations and role</translation>
    </message>
    <message>
        <source>Deelnemende organisaties</source>
        <translation>Participating organisations</translation>
    </message>
    <message>
        <source>Organisatie om toe te voegen</source>
        <translation>Organisation to add</translation>
    </message>
    <message>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Organisatie toevoegen</source>
        <translation>Add organisation</translation>
    </message>
    <message>
        <source>Ver&amp;wijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Organisatie verwijderen</source>
        <translation>Delete organisation</translation>
    </message>
</context>
<context>
    <name>ProjectListView</name>
    <message>
        <source>Alle jaren</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Alle fasen</source>
        <translation>All phases</translation>
    </message>
    <message>
        <source>Alle thema&apos;s</source>
        <translation>All themes</translation>
    </message>
    <message>
        <source>Alle fieldlabs</source>
        <translation>All fieldlabs</translation>
    </message>
    <message>
        <source>Alle organisaties</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <source>Projecten worden geladen…</source>
        <translation>Loading projects…</translation>
    </message>
    <message numerus="yes">
        <source>%n project(en)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoek op code, titel of samenvatting (Ctrl+F)</source>
        <translation>Search code, title or summary (Ctrl+F)</translation>
    </message>
    <message>
        <source>Zoeken in projecten</source>
        <translation>Search projects</translation>
    </message>
    <message>
        <source>Filter op jaar</source>
        <translation>Filter by year</translation>
    </message>
    <message>
        <source>Filter op fase</source>
        <translation>Filter by phase</translation>
    </message>
    <message>
        <source>Filter op opgave of thema</source>
        <translation>Filter by challenge or theme</translation>
    </message>
    <message>
        <source>Filter op fieldlab</source>
        <translation>Filter by fieldlab</translation>
    </message>
    <message>
        <source>Filter op organisatie</source>
        <translation>Filter by organisation</translation>
    </message>
    <message>
        <source>Filters &amp;wissen</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <source>Filters wissen</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>&amp;Nieuw project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <source>Dit portfolio is nog leeg. Eerste stappen: leg een fieldlab en de organisaties vast die meedoen, maak een project aan, of importeer een projectplan uit Excel.</source>
        <translation>This portfolio is still empty. First steps: record a fieldlab and the organisations taking part, create a project, or import a project plan from Excel.</translation>
    </message>
    <message>
        <source>Fieldlab &amp;aanmaken</source>
        <translation>Create a fiel&amp;dlab</translation>
    </message>
    <message>
        <source>&amp;Organisatie toevoegen</source>
        <translation>Add an &amp;organisation</translation>
    </message>
    <message>
        <source>Project aan&amp;maken</source>
        <translation>Create a &amp;project</translation>
    </message>
    <message>
        <source>Plan &amp;importeren…</source>
        <translation>&amp;Import a plan…</translation>
    </message>
    <message>
        <source>Nieuw project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>Projecten</source>
        <translation>Projects</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Fieldlab</source>
        <translation>Fieldlab</translation>
    </message>
    <message>
        <source>Penvoerder</source>
        <translation>Lead partner</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Primaire opgave</source>
        <translation>Primary challenge</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Einde</source>
        <translation>End</translation>
    </message>
    <message>
        <source>SGIA-bedrag</source>
        <translation>SGIA amount</translation>
    </message>
    <message>
        <source>Ketenscore</source>
        <translation>Chain score</translation>
    </message>
    <message>
        <source>Kwaliteit van de veranderketen (0–100), zie het tabblad Veranderketen</source>
        <translation>Quality of the Theory of Change (0–100), see the Theory of Change tab</translation>
    </message>
</context>
<context>
    <name>ReferencePage</name>
    <message>
        <source>vervallen</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>aangeboden</source>
        <translation>offered</translation>
    </message>
    <message>
        <source>kleine letters, cijfers, streepjes</source>
        <translation>lower case, digits, hyphens</translation>
    </message>
    <message>
        <source>Ve&amp;rvallen</source>
        <translation>Ret&amp;ire</translation>
    </message>
    <message>
        <source>Weer &amp;in gebruik</source>
        <translation>Re&amp;instate</translation>
    </message>
    <message>
        <source>Referentiegegeven toevoegen</source>
        <translation>Add reference item</translation>
    </message>
    <message>
        <source>Referentiegegeven hernoemen</source>
        <translation>Rename reference item</translation>
    </message>
    <message>
        <source>Weer in gebruik</source>
        <translation>Reinstate</translation>
    </message>
    <message>
        <source>Vervallen</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Regionale agenda benoemen</source>
        <translation>Name the regional agenda</translation>
    </message>
    <message>
        <source>Maatschappelijke opgaven</source>
        <translation>Societal challenges</translation>
    </message>
    <message>
        <source>Stelseluitdagingen</source>
        <translation>System challenges</translation>
    </message>
    <message>
        <source>Programmalijnen</source>
        <translation>Programme lines</translation>
    </message>
    <message>
        <source>Regionale agenda</source>
        <translation>Regional agenda</translation>
    </message>
    <message>
        <source>Doelgroepen</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>Gemeenten</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Indicatorbibliotheek</source>
        <translation>Indicator library</translation>
    </message>
    <message>
        <source>Soorten organisaties</source>
        <translation>Kinds of organisation</translation>
    </message>
    <message>
        <source>Kostensoorten</source>
        <translation>Cost categories</translation>
    </message>
    <message>
        <source>Referentiegegevens</source>
        <translation>Reference data</translation>
    </message>
    <message>
        <source>De indelingen van dit portfolio. Een item dat in gebruik is vervalt in plaats van te verdwijnen: het blijft staan waar het gebruikt wordt en wordt niet meer aangeboden. Elke wijziging is ongedaan te maken (Ctrl+Z).</source>
        <translation>This portfolio&apos;s classifications. An item in use is retired instead of deleted: it stays where it is used and is no longer offered. Every change can be undone (Ctrl+Z).</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Naam regionale &amp;agenda:</source>
        <translation>Regional agenda &amp;title:</translation>
    </message>
    <message>
        <source>bijv. Drentse Sociale Agenda 2020-2023</source>
        <translation>e.g. Drentse Sociale Agenda 2020-2023</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Nederlandse naam:</source>
        <translation>&amp;Dutch name:</translation>
    </message>
    <message>
        <source>&amp;Engelse naam:</source>
        <translation>English na&amp;me:</translation>
    </message>
    <message>
        <source>hoofdletters, cijfers, streepjes</source>
        <translation>capitals, digits, hyphens</translation>
    </message>
    <message>
        <source>Toe&amp;voegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Hernoe&amp;men</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <source>In gebruik</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Referentiegegevens van de gekozen soort</source>
        <translation>Reference data of the chosen kind</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Halfjaarrapportage opslaan</source>
        <translation>Save half-year report</translation>
    </message>
    <message>
        <source>Halfjaarrapportage {0} maken…</source>
        <translation>Making half-year report {0}…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Geschreven: {0} ({1} p.)</source>
        <translation>Written: {0} ({1} p.)</translation>
    </message>
    <message>
        <source>Halfjaarrapportage</source>
        <translation>Half-year report</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
</context>
<context>
    <name>RequestDecisionDialog</name>
    <message>
        <source>Verzoek toekennen</source>
        <translation>Grant request</translation>
    </message>
    <message>
        <source>Verzoek afwijzen</source>
        <translation>Reject request</translation>
    </message>
    <message>
        <source>Reden: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Toegekend verschuift de einddatum van het project.</source>
        <translation>Granted, it moves the project&apos;s end date.</translation>
    </message>
    <message>
        <source>Toegekend gaat het bedrag van het toegekende geld van het eerste jaar naar het volgende; het onbestede geld op regels met een bedrag gaat mee.</source>
        <translation>Granted, the amount moves from the first year&apos;s granted money to the next year&apos;s; the unspent money on lines with an amount goes along.</translation>
    </message>
    <message>
        <source>Toegekend gaan de SGIA-regels van de ene kostensoort omlaag en die van de andere omhoog.</source>
        <translation>Granted, the SGIA lines of one cost category go down and those of the other go up.</translation>
    </message>
    <message>
        <source>Toegekend wordt de wijziging vastgelegd; aan geld en data verandert niets.</source>
        <translation>Granted, the change is recorded; no money or date changes.</translation>
    </message>
    <message>
        <source>Besluit van de vergadering van %1.</source>
        <translation>Decision of the meeting of %1.</translation>
    </message>
    <message>
        <source>Afgewezen in de vergadering van %1.</source>
        <translation>Rejected at the meeting of %1.</translation>
    </message>
    <message>
        <source>&amp;Toelichting:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Toe&amp;kennen</source>
        <translation>&amp;Grant</translation>
    </message>
    <message>
        <source>&amp;Afwijzen</source>
        <translation>&amp;Reject</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Wijzigingsverzoek</source>
        <translation>Change request</translation>
    </message>
    <message>
        <source>&amp;Van jaar:</source>
        <translation>&amp;From year:</translation>
    </message>
    <message>
        <source>&amp;Jaar:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Soort verzoek:</source>
        <translation>&amp;Kind of request:</translation>
    </message>
    <message>
        <source>Soort verzoek</source>
        <translation>Kind of request</translation>
    </message>
    <message>
        <source>&amp;Ingediend op:</source>
        <translation>&amp;Submitted on:</translation>
    </message>
    <message>
        <source>Ingediend op</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <source>&amp;Gevraagd door:</source>
        <translation>Asked &amp;by:</translation>
    </message>
    <message>
        <source>Gevraagd door</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <source>Nieuwe &amp;einddatum:</source>
        <translation>New &amp;end date:</translation>
    </message>
    <message>
        <source>Nieuwe einddatum</source>
        <translation>New end date</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>&amp;Bedrag (€):</source>
        <translation>&amp;Amount (€):</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>&amp;Van kostensoort:</source>
        <translation>From &amp;cost category:</translation>
    </message>
    <message>
        <source>Van kostensoort</source>
        <translation>From cost category</translation>
    </message>
    <message>
        <source>&amp;Naar kostensoort:</source>
        <translation>&amp;To cost category:</translation>
    </message>
    <message>
        <source>Naar kostensoort</source>
        <translation>To cost category</translation>
    </message>
    <message>
        <source>Gevraagde &amp;wijziging:</source>
        <translation>Change &amp;asked for:</translation>
    </message>
    <message>
        <source>Gevraagde wijziging</source>
        <translation>Change asked for</translation>
    </message>
    <message>
        <source>&amp;Reden:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>Loopt tot %1</source>
        <translation>Runs until %1</translation>
    </message>
    <message>
        <source>Wijzigingsverzoek %1</source>
        <translation>Change request %1</translation>
    </message>
    <message>
        <source>Verzoek intrekken</source>
        <translation>Withdraw request</translation>
    </message>
    <message>
        <source>Een lopend project vraagt de stuurgroep om een wijziging: een latere einddatum, onbesteed geld naar het volgende jaar (overheveling), geld naar een andere kostensoort, of een andere scope. Het verzoek komt op de agenda van de volgende vergadering; toegekend verandert het het project (ongedaan te maken met Ctrl+Z).</source>
        <translation>A running project asks the steering group for a change: a later end date, unspent money carried to the next year, money moved to another cost category, or another scope. The request goes on the agenda of the next meeting; granted, it changes the project (Ctrl+Z undoes it).</translation>
    </message>
    <message>
        <source>Ingediend</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Wijzigingsverzoeken</source>
        <translation>Change requests</translation>
    </message>
    <message>
        <source>&amp;Nieuw verzoek…</source>
        <translation>&amp;New request…</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Verzoek &amp;intrekken</source>
        <translation>&amp;Withdraw request</translation>
    </message>
</context>
<context>
    <name>ScalingPage</name>
    <message>
        <source>Nog geen innovatie is door een andere bibliotheek of gemeente overgenomen; leg dat vast op het tabblad Verspreiding van het project.</source>
        <translation>No innovation has been taken over by another library or municipality yet; record it on the project&apos;s Scaling tab.</translation>
    </message>
    <message>
        <source>structureel in de kern</source>
        <translation>structurally in the core</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Verspreiding van innovaties</source>
        <translation>Scaling of innovations</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Innovatie (project)</source>
        <translation>Innovation (project)</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Bibliotheken</source>
        <translation>Libraries</translation>
    </message>
    <message>
        <source>Gemeenten</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Structureel gefinancierd</source>
        <translation>Structurally funded</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Innovaties en hun verspreiding</source>
        <translation>Innovations and how far they spread</translation>
    </message>
    <message>
        <source>Per gemeente: ● structureel, ◐ pilot, ✗ gestopt (het verst gekomen per innovatie).</source>
        <translation>Per municipality: ● structural, ◐ pilot, ✗ stopped (the furthest each innovation got there).</translation>
    </message>
    <message>
        <source>Innovaties per gemeente</source>
        <translation>Innovations per municipality</translation>
    </message>
</context>
<context>
    <name>ScalingTab</name>
    <message>
        <source>structureel in de kern</source>
        <translation>structurally in the core</translation>
    </message>
    <message>
        <source>Nog geen bibliotheek of gemeente heeft deze innovatie overgenomen. Voeg er een toe met Insert.</source>
        <translation>No library or municipality has taken this innovation over yet. Add one with Insert.</translation>
    </message>
    <message>
        <source>Verspreiding toevoegen</source>
        <translation>Add adoption</translation>
    </message>
    <message>
        <source>Verspreiding wijzigen</source>
        <translation>Change adoption</translation>
    </message>
    <message>
        <source>Verspreiding verwijderen</source>
        <translation>Delete adoption</translation>
    </message>
    <message>
        <source>Bibliotheek</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Vorm</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Financiering</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Bibliotheken en gemeenten die de innovatie overnamen</source>
        <translation>Libraries and municipalities that took the innovation over</translation>
    </message>
    <message>
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>&amp;Bewerken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Ver&amp;wijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>SteeringPage</name>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Cijfers vastgelegd op %1</source>
        <translation>Figures frozen on %1</translation>
    </message>
    <message numerus="yes">
        <source>%n verzoek(en) op de agenda van de volgende vergadering, %1.</source>
        <translation>
            <numerusform>%n request on the agenda of the next meeting, %1.</numerusform>
            <numerusform>%n requests on the agenda of the next meeting, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verzoek(en) wachten op een besluit; er is geen vergadering gepland (Nieuwe vergadering…).</source>
        <translation>
            <numerusform>%n request waits for a decision; no meeting is planned (New meeting…).</numerusform>
            <numerusform>%n requests wait for a decision; no meeting is planned (New meeting…).</numerusform>
        </translation>
    </message>
    <message>
        <source>Verzoek %1 toekennen</source>
        <translation>Grant request %1</translation>
    </message>
    <message>
        <source>Verzoek %1 afwijzen</source>
        <translation>Reject request %1</translation>
    </message>
    <message>
        <source>Nog geen vastgelegde cijfers: leg bij een vergadering de cijfers vast om later te zien wat er veranderde.</source>
        <translation>No frozen figures yet: freeze the figures at a meeting to see later what changed.</translation>
    </message>
    <message numerus="yes">
        <source>%n wijziging(en) sinds de vergadering van %1</source>
        <translation>
            <numerusform>%n change since the meeting of %1</numerusform>
            <numerusform>%n changes since the meeting of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nieuw project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>Project verwijderd</source>
        <translation>Project removed</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>SGIA-begroting</source>
        <translation>SGIA budget</translation>
    </message>
    <message>
        <source>Veranderketen</source>
        <translation>Theory of Change</translation>
    </message>
    <message>
        <source>Streefwaarde</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Norm</source>
        <translation>Norm</translation>
    </message>
    <message>
        <source>Vergadering toevoegen</source>
        <translation>Add meeting</translation>
    </message>
    <message>
        <source>Besluit %1: %2</source>
        <translation>Decision %1: %2</translation>
    </message>
    <message>
        <source>Cijfers vastleggen</source>
        <translation>Freeze figures</translation>
    </message>
    <message>
        <source>De cijfers van deze vergadering zijn al vastgelegd op %1. Vervangen door de cijfers van nu?</source>
        <translation>The figures of this meeting were already frozen on %1. Replace them with the figures of now?</translation>
    </message>
    <message>
        <source>&amp;Vervangen</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>&amp;Houden</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <source>Stuurgroep</source>
        <translation>Steering group</translation>
    </message>
    <message>
        <source>Vergaderingen</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>&amp;Nieuwe vergadering…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <source>&amp;Besluit toevoegen…</source>
        <translation>Add &amp;decision…</translation>
    </message>
    <message>
        <source>&amp;Cijfers vastleggen</source>
        <translation>&amp;Freeze figures</translation>
    </message>
    <message>
        <source>Bevriest de cijfers zoals ze op deze vergadering zijn gepresenteerd.</source>
        <translation>Freezes the figures as they were presented at this meeting.</translation>
    </message>
    <message>
        <source>Besluiten van de gekozen vergadering</source>
        <translation>Decisions of the chosen meeting</translation>
    </message>
    <message>
        <source>Wijzigingen sinds de laatste vergadering met vastgelegde cijfers</source>
        <translation>Changes since the last meeting with frozen figures</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Voorwaarden / toelichting</source>
        <translation>Conditions / note</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Wijzigingsverzoeken</source>
        <translation>Change requests</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verzoek toe&amp;kennen…</source>
        <translation>&amp;Grant request…</translation>
    </message>
    <message>
        <source>Verzoek &amp;afwijzen…</source>
        <translation>&amp;Reject request…</translation>
    </message>
    <message>
        <source>Besluiten</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Wijzigingen sinds de laatste vergadering</source>
        <translation>Changes since the last meeting</translation>
    </message>
</context>
<context>
    <name>StoryTab</name>
    <message>
        <source>Vervolg volgens {0}: {1}</source>
        <translation>Next steps according to {0}: {1}</translation>
    </message>
    <message>
        <source>Voor {0} is geen vervolg vastgelegd.</source>
        <translation>No next steps were recorded for {0}.</translation>
    </message>
    <message>
        <source>Voortgang {0} wijzigen</source>
        <translation>Change progress {0}</translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Resultaten:</source>
        <translation>&amp;Results:</translation>
    </message>
    <message>
        <source>Bev&amp;indingen:</source>
        <translation>F&amp;indings:</translation>
    </message>
    <message>
        <source>Vervol&amp;g:</source>
        <translation>&amp;Next steps:</translation>
    </message>
    <message>
        <source>&amp;Kennisdeling:</source>
        <translation>&amp;Knowledge shared:</translation>
    </message>
    <message>
        <source>Wat is bereikt, met aantallen en data (&quot;352 deelnemers&quot;)</source>
        <translation>What was achieved, with counts and dates (&quot;352 participants&quot;)</translation>
    </message>
    <message>
        <source>Wat ging goed en wat minder; ook wat niet werkte (&quot;geen behoefte&quot;)</source>
        <translation>What went well and less well; also what did not work (&quot;no demand&quot;)</translation>
    </message>
    <message>
        <source>Wat er nu volgt, en wanneer</source>
        <translation>What comes next, and when</translation>
    </message>
    <message>
        <source>Wat is gedeeld, met wie</source>
        <translation>What was shared, with whom</translation>
    </message>
    <message>
        <source>Halfjaar van de voortgang</source>
        <translation>Half year of the progress</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>De elementen en verbindingen komen bij de keten die er al is, met hun aannames (onbevestigd). Pas ze daarna aan op uw project.</source>
        <translation>The elements and links are added to the chain that is already there, with their assumptions (unconfirmed). Then adapt them to your project.</translation>
    </message>
    <message>
        <source>Keten uit een sjabloon</source>
        <translation>Chain from a template</translation>
    </message>
    <message>
        <source>&amp;Sjabloon:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>Sjabloon</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>&amp;Inhoud:</source>
        <translation>&amp;Contents:</translation>
    </message>
    <message>
        <source>Inhoud van het sjabloon</source>
        <translation>Contents of the template</translation>
    </message>
</context>
<context>
    <name>ToCTab</name>
    <message>
        <source>geen begroting gekoppeld</source>
        <translation>no budget attached</translation>
    </message>
    <message>
        <source>route: {0}</source>
        <translation>pathway: {0}</translation>
    </message>
    <message>
        <source>{0} indicator(en)</source>
        <translation>{0} indicator(s)</translation>
    </message>
    <message>
        <source>→ nog geen opgave</source>
        <translation>→ no challenge yet</translation>
    </message>
    <message>
        <source>Kwaliteit: {0}/100</source>
        <translation>Quality: {0}/100</translation>
    </message>
    <message>
        <source>Kwaliteit: {0}/100, {1} bevinding(en) (zie Kolommen)</source>
        <translation>Quality: {0}/100, {1} finding(s) (see Columns)</translation>
    </message>
    <message>
        <source>De keten is nog leeg: voeg input, activiteiten, outputs, outcomes en een impact toe, of begin met een sjabloon (Sjabloon…).</source>
        <translation>The chain is still empty: add inputs, activities, outputs, outcomes and an impact, or start from a template (Template…).</translation>
    </message>
    <message>
        <source>Geen bevindingen: de keten is compleet.</source>
        <translation>No findings: the chain is complete.</translation>
    </message>
    <message>
        <source>Kosten per route: een outcome kost wat de activiteiten kosten die ernaartoe leiden (hun gekoppelde begrotingsregels, alle jaren). Leidt een activiteit naar meer outcomes van hetzelfde niveau, dan wordt ze gelijk verdeeld. Gekoppeld: {0} van {1} begroting.</source>
        <translation>Cost per pathway: an outcome costs what the activities that lead to it cost (their attached budget lines, all years). An activity that leads to several outcomes of the same level is split evenly. Attached: {0} of {1} budget.</translation>
    </message>
    <message>
        <source>Element toevoegen</source>
        <translation>Add element</translation>
    </message>
    <message>
        <source>Element wijzigen</source>
        <translation>Change element</translation>
    </message>
    <message>
        <source>Element verwijderen</source>
        <translation>Delete element</translation>
    </message>
    <message>
        <source>Element verplaatsen</source>
        <translation>Move element</translation>
    </message>
    <message>
        <source>Verbinding toevoegen</source>
        <translation>Add link</translation>
    </message>
    <message>
        <source>Verbinding wijzigen</source>
        <translation>Change link</translation>
    </message>
    <message>
        <source>Verbinding verwijderen</source>
        <translation>Delete link</translation>
    </message>
    <message>
        <source>Keten uit sjabloon</source>
        <translation>Chain from template</translation>
    </message>
    <message>
        <source>Diagram exporteren</source>
        <translation>Export diagram</translation>
    </message>
    <message>
        <source>PNG-afbeelding (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>SVG-tekening (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>&amp;Element toevoegen…</source>
        <translation>Add &amp;element…</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Bewerken…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Ve&amp;rwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Alt+Pijl omhoog</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Alt+Pijl omlaag</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Verbi&amp;nding toevoegen…</source>
        <translation>Add li&amp;nk…</translation>
    </message>
    <message>
        <source>&amp;Sjabloon…</source>
        <translation>Te&amp;mplate…</translation>
    </message>
    <message>
        <source>Kolommen</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>&amp;Diagram</source>
        <translation>&amp;Diagram</translation>
    </message>
    <message>
        <source>In&amp;zoomen</source>
        <translation>&amp;Zoom in</translation>
    </message>
    <message>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <source>&amp;Uitzoomen</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>&amp;Passend</source>
        <translation>&amp;Fit</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Als P&amp;NG…</source>
        <translation>As P&amp;NG…</translation>
    </message>
    <message>
        <source>Als S&amp;VG…</source>
        <translation>As S&amp;VG…</translation>
    </message>
    <message>
        <source>Diagram van de veranderketen</source>
        <translation>Diagram of the Theory of Change</translation>
    </message>
    <message>
        <source>Verbindingen en aann&amp;ames:</source>
        <translation>Links and assumptions:</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Naar</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Onderbouwing</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <source>Aanname</source>
        <translation>Assumption</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Verbindingen</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Voldoet</source>
        <translation>Passes</translation>
    </message>
    <message>
        <source>Punten</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Onderdelen van de score</source>
        <translation>Parts of the score</translation>
    </message>
    <message>
        <source>Be&amp;vindingen (Enter gaat erheen):</source>
        <translation>Findings (Enter goes there):</translation>
    </message>
    <message>
        <source>Bevindingen</source>
        <translation>Findings</translation>
    </message>
</context>
<context>
    <name>YearPlanPage</name>
    <message>
        <source>(aangehouden)</source>
        <translation>(deferred)</translation>
    </message>
    <message>
        <source>De SGIA-regels vragen meer dan toegekend is.</source>
        <translation>The SGIA lines ask for more than was granted.</translation>
    </message>
    <message>
        <source>Overgeheveld
uit %1</source>
        <translation>Carried in
from %1</translation>
    </message>
    <message>
        <source>Overgeheveld
naar %1</source>
        <translation>Carried to
%1</translation>
    </message>
    <message>
        <source>Norm %1 wijzigen</source>
        <translation>Change norm %1</translation>
    </message>
    <message>
        <source>Jaarplanning SGIA</source>
        <translation>SGIA year plan</translation>
    </message>
    <message>
        <source>&amp;Jaar:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Norm (€):</source>
        <translation>&amp;Norm (€):</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Norm van dit jaar</source>
        <translation>This year&apos;s norm</translation>
    </message>
    <message>
        <source>&amp;Wat als: voorstellen in de pijplijn toegekend</source>
        <translation>&amp;What if: proposals in the pipeline granted</translation>
    </message>
    <message>
        <source>Projecten met SGIA-geld in dit jaar</source>
        <translation>Projects with SGIA money this year</translation>
    </message>
    <message>
        <source>Voorstellen in de pijplijn</source>
        <translation>Proposals in the pipeline</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Andere jaren</source>
        <translation>Other years</translation>
    </message>
    <message>
        <source>Gevraagd</source>
        <translation>Requested</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Het stuurgroeppakket bevat alleen de projecten die de lijst nu toont: {0}.</source>
        <translation>The steering-group pack holds only the projects the list shows now: {0}.</translation>
    </message>
</context>
</TS>
