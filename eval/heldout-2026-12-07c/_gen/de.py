from mime import write
J = 'Jonas Weidinger <jonas.weidinger@gmx.example>'
LH = 'Lena Hofbauer <lena.hofbauer@aon.example>'
NK = 'Nadja Kälin <nadja.kaelin@bluewin.example>'
F = []

ORIG01 = '''Sehr geehrter Herr Weidinger,

vielen Dank für Ihre Bewerbung als Serviceleiter (m/w/d) Kältetechnik und Ihr Interesse an unserem Unternehmen.

Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Termin: Dienstag, 12.09.2028, 10:00 Uhr
Ort: Brenninger Haustechnik GmbH, Kufsteiner Str. 88, 83022 Rosenheim (Empfang, 1. OG)
Dauer: ca. 60 Minuten

Ihre Gesprächspartner sind Herr Dipl.-Ing. Markus Held (Bereichsleiter Service) sowie Frau Petra Lindl (Personalabteilung).

Bitte bestätigen Sie uns den Termin kurz per E-Mail. Eine Rückmeldung zum Ergebnis erhalten Sie bis spätestens 22.09.

Mit freundlichen Grüßen

Sabine Kögl
Personalabteilung
Brenninger Haustechnik GmbH
Tel. 08031 5550-214'''

F.append(dict(id='de-01', uz='Europe/Berlin', now='2028-09-04T08:15', user=J, style='outlook', cs='iso-8859-1', cte='qp', ago=1000,
 frm='Kögl, Sabine <s.koegl@brenninger-haustechnik.example>', subj='Einladung zum Vorstellungsgespräch', body=ORIG01,
 exp=dict(kind='invite', company='Brenninger Haustechnik GmbH', alts=['Brenninger Haustechnik', 'Brenninger'], role='Serviceleiter (m/w/d) Kältetechnik',
  start='2028-09-12T10:00', zone='Europe/Berlin', dur=60, iv=['Markus Held', 'Petra Lindl'], niv=['Sabine Kögl', 'Weidinger'], dd='2028-09-22',
  notes='ISO-8859-1 QP, Outlook German block; title Dipl.-Ing. not part of name; HR person on panel, sender only schedules; "bis spätestens 22.09." without year.')))

F.append(dict(id='de-02', uz='Europe/Berlin', now='2028-10-26T19:02', user=J, style='gmail', html=True, cte='b64',
 frm='Jana Roth <jana.roth@kranich-mobility.example>', subj='Kranich Mobility | Technisches Interview Senior Backend Developer (Kotlin)',
 body='''Hallo Jonas,

danke für das angenehme Erstgespräch! Wie besprochen geht es weiter mit dem technischen Interview.

Wann: Donnerstag, 2. November, 14:00 Uhr (deutsche Zeit)
Wo: Google Meet – der Link steht in der Kalendereinladung
Wer: Aylin Demir (Engineering Lead) und Florian Bachmaier (Tech Lead Payments)
Dauer: eine Stunde

Inhaltlich geht es um System-Design und ein bisschen Pair-Programming, Vorbereitung ist nicht nötig.

Viele Grüße
Jana

Jana Roth
Talent Acquisition | Kranich Mobility GmbH
Schlesische Str. 27, 10997 Berlin''',
 ics=dict(start='2028-11-02T14:00', zone='Europe/Berlin', dur=60, utc=True, summary='Tech-Interview Jonas Weidinger',
  organizer=('Jana Roth', 'jana.roth@kranich-mobility.example'), attendees=[('Aylin Demir', 'aylin.demir@kranich-mobility.example'), ('Florian Bachmaier', 'florian.bachmaier@kranich-mobility.example'), ('Jonas Weidinger', 'jonas.weidinger@gmx.example')],
  location='Google Meet', prodid='-//Google Inc//Google Calendar 70.9054//EN'),
 exp=dict(kind='invite', company='Kranich Mobility GmbH', alts=['Kranich Mobility'], role='Senior Backend Developer (Kotlin)', start='2028-11-02T14:00', zone='Europe/Berlin', dur=60,
  iv=['Aylin Demir', 'Florian Bachmaier'], niv=['Jana Roth', 'Jonas Weidinger'],
  notes='German Gmail mixed labels; ICS in UTC (13:00Z) for a date after the EU DST change while now is still CEST; German time only in text.')))

F.append(dict(id='de-03', uz='Europe/Vienna', now='2028-09-29T13:40', user=LH, style='apple', cte='8bit',
 note='Endlich eine Einladung 🙂',
 frm='Mag. Thomas Gruber <t.gruber@pfeifer-gruber.example>', subj='Ihre Bewerbung – Gesprächstermin',
 body='''Sehr geehrte Frau Hofbauer,

danke für Ihre Unterlagen, die uns sehr gut gefallen haben. Wir würden Sie gerne zu einem persönlichen Gespräch in unsere Kanzlei einladen, und zwar am Donnerstag, 5. Oktober, um halb zehn.

Seitens der Kanzlei nehmen Frau Mag. Elisabeth Pfeifer und ich teil. Planen Sie bitte etwa eine Dreiviertelstunde ein.

Adresse: Pfeifer & Gruber Steuerberatung OG, Wiedner Hauptstraße 41/3, 1040 Wien (U1 Taubstummengasse).

Sollte der Termin nicht passen, rufen Sie mich gerne an.

Freundliche Grüße
Thomas Gruber

Mag. Thomas Gruber
Steuerberater | Partner
Pfeifer & Gruber Steuerberatung OG''',
 exp=dict(kind='invite', company='Pfeifer & Gruber Steuerberatung OG', alts=['Pfeifer & Gruber', 'Pfeifer & Gruber Steuerberatung'], role=None,
  start='2028-10-05T09:30', zone='Europe/Vienna', dur=45, iv=['Elisabeth Pfeifer', 'Thomas Gruber'], niv=['Hofbauer'],
  notes='Austrian: "um halb zehn" = 09:30, "Dreiviertelstunde" = 45; sender joins ("und ich"); Mag. titles; no role stated (only "Ihre Bewerbung").')))

F.append(dict(id='de-04', uz='Europe/Zurich', now='2028-10-11T17:05', user=NK, style='outlook', cte='qp',
 frm='Reto Baumann <reto.baumann@alpwerk-personal.example>', subj='Helvalor: Einladung zum Gespräch',
 body='''Grüezi Frau Kälin

Ich freue mich, Ihnen mitzuteilen, dass unsere Kundin, die Helvalor Versicherungen AG, Sie gerne kennenlernen möchte.

Position: Data Scientist (80–100%)
Datum: Mittwoch, 18.10.2028
Zeit: 15.30 Uhr
Ort: Helvalor, Thurgauerstrasse 101, 8050 Zürich-Oerlikon
Dauer: ca. 1,5 Std.

Sie treffen Frau Dr. Nadine Wyss (Head Analytics) und Herrn Lukas Brunner (Senior Data Scientist). Ich selbst bin nicht dabei, melde mich aber am Donnerstag für ein kurzes Debriefing.

Helvalor hat zugesagt, den Entscheid bis Freitag, 27. Oktober mitzuteilen.

Freundliche Grüsse
Reto Baumann
Senior Consultant Finance & Insurance
Alpwerk Personal AG, Zürich''',
 exp=dict(kind='invite', company='Helvalor Versicherungen AG', alts=['Helvalor', 'Helvalor Versicherungen'], role='Data Scientist (80–100%)',
  start='2028-10-18T15:30', zone='Europe/Zurich', dur=90, iv=['Nadine Wyss', 'Lukas Brunner'], niv=['Reto Baumann', 'Kälin'], dd='2028-10-27',
  notes='Swiss agency writing for client; "15.30 Uhr", "ca. 1,5 Std."; consultant explicitly not present; Swiss spelling (Grüsse).')))

F.append(dict(id='de-05', uz='Europe/Berlin', now='2028-08-15T20:10', user=J, style='attach', note='Termin Lindemann, als Anhang',
 frm='Terminfix <noreply@terminfix.example>', subj='Terminbestätigung: Interview Lindemann Pharma', html=True, cte='qp',
 body='''Guten Tag Jonas Weidinger,

Ihr Termin wurde gebucht.

Unternehmen: Lindemann Pharma GmbH
Stelle: Regulatory Affairs Manager (m/w/d)
Datum: Montag, 21. August 2028
Uhrzeit: 09:00 – 09:45 Uhr (MESZ)
Format: Videocall (Microsoft Teams)
Gesprächspartnerin: Dr. Corinna Vahle, Head of Regulatory Affairs

Termin verschieben oder absagen: über den Link in Ihrer Bewerberübersicht.

Diese E-Mail wurde automatisch von Terminfix im Auftrag der Lindemann Pharma GmbH versendet.''',
 ics=dict(start='2028-08-21T09:00', zone='Europe/Berlin', dur=45, tzid='Europe/Berlin', tzkind='EU', summary='Interview Lindemann Pharma – Regulatory Affairs Manager',
  organizer=('Lindemann Pharma Recruiting', 'recruiting@lindemann-pharma.example'), attendees=[('Corinna Vahle', 'c.vahle@lindemann-pharma.example')],
  location='Microsoft Teams', prodid='-//Terminfix//DE'),
 exp=dict(kind='invite', company='Lindemann Pharma GmbH', alts=['Lindemann Pharma'], role='Regulatory Affairs Manager (m/w/d)', start='2028-08-21T09:00', zone='Europe/Berlin', dur=45,
  iv=['Corinna Vahle'], niv=['Jonas Weidinger'], notes='message/rfc822 from a booking tool; IANA TZID; title Dr.')))

F.append(dict(id='de-06', uz='Europe/Berlin', now='2028-10-18T11:20', user=J, style='gmail', cte='8bit',
 frm='Mia Schuster <mia@flinkwerk.example>', subj='Kennenlernen nächste Woche?',
 body='''Hi Jonas,

danke für dein Portfolio, hat uns echt gefallen! Hast du Lust auf ein Kennenlernen? Nächsten Dienstag (24.10.) um 16 Uhr bei uns im Büro, Karl-Heine-Str. 12 in Plagwitz.

Mit dabei sind Ole Brandt (Gründer) und ich. Dauert so ne Stunde, danach zeigen wir dir noch die Werkstatt.

Sag kurz Bescheid, ob's passt!

Liebe Grüße
Mia

--
Mia Schuster | Office & People
Flinkwerk GmbH · Leipzig''',
 exp=dict(kind='invite', company='Flinkwerk GmbH', alts=['Flinkwerk'], role=None, start='2028-10-24T16:00', zone='Europe/Berlin', dur=60,
  iv=['Ole Brandt', 'Mia Schuster'], niv=['Jonas'],
  notes='Informal du-mail; "Nächsten Dienstag (24.10.)"; sender joins ("und ich"); role not named (portfolio suggests design).')))

F.append(dict(id='de-07', uz='Europe/Berlin', now='2028-10-30T09:00', user=J, style='tbird', cs='windows-1252', cte='qp',
 frm='Volksbank Mittelrhein eG – Recruiting <karriere@vb-mittelrhein.example>', subj='Einladung zum Auswahlgespräch – Firmenkundenbetreuer (m/w/d)',
 body='''Sehr geehrter Herr Weidinger,

wir freuen uns, Sie zu einem Auswahlgespräch für die Position „Firmenkundenbetreuer (m/w/d)“ einzuladen.

Termin: Freitag, den 10. November 2028, von 13:00 bis 14:30 Uhr
Ort: Volksbank Mittelrhein eG, Löhrstraße 30, 56068 Koblenz

Gesprächsteilnehmer:
• Herr Bernd Kaltenbach, Bereichsleiter Firmenkunden
• Frau Simone Erbach, Personalreferentin

Unsere Entscheidung teilen wir Ihnen innerhalb von zwei Wochen nach dem Gespräch mit.

Reisekosten erstatten wir Ihnen gerne gemäß unserer Reisekostenrichtlinie.

Mit freundlichen Grüßen
i. A. Katrin Faust
Personalmarketing & Recruiting''',
 exp=dict(kind='invite', company='Volksbank Mittelrhein eG', alts=['Volksbank Mittelrhein'], role='Firmenkundenbetreuer (m/w/d)', start='2028-11-10T13:00', zone='Europe/Berlin', dur=90,
  iv=['Bernd Kaltenbach', 'Simone Erbach'], niv=['Katrin Faust', 'Weidinger'],
  notes='windows-1252 QP with „ “ and bullets; duration from range; "innerhalb von zwei Wochen nach dem Gespräch" is vague -> decisionDate null (2028-11-24 defensible).')))

F.append(dict(id='de-08', uz='Europe/Vienna', now='2028-11-22T10:30', user=LH, style='outlook-orig', html=True, cte='qp',
 frm='Moser Verena <verena.moser@aurelion-energie.example>', subj='Videointerview Projektcontroller:in – Aurelion Energie',
 body='''Liebe Frau Hofbauer,

wie telefonisch besprochen sende ich Ihnen die Einladung zum Videointerview für die Position Projektcontroller:in.

Dienstag, 28. November 2028, 11:00 – 11:45 Uhr
MS Teams (Link in der Einladung)

Am Gespräch nehmen DI Stefan Hörmann (Leitung Controlling) und Mag.a Julia Brandstätter (Controlling Großprojekte) teil.

Wir melden uns bis spätestens Freitag, 1. Dezember, bei Ihnen.

Beste Grüße aus Linz
Verena Moser
HR Business Partner
Aurelion Energie GmbH''',
 ics=dict(start='2028-11-28T11:00', zone='Europe/Vienna', dur=45, tzid='(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien', tzkind='EU', inline=True,
  summary='Videointerview Lena Hofbauer', organizer=('Moser Verena', 'verena.moser@aurelion-energie.example'),
  attendees=[('Hörmann Stefan', 'stefan.hoermann@aurelion-energie.example'), ('Brandstätter Julia', 'julia.brandstaetter@aurelion-energie.example')], location='Microsoft Teams-Besprechung'),
 exp=dict(kind='invite', company='Aurelion Energie GmbH', alts=['Aurelion Energie', 'Aurelion'], role='Projektcontroller:in', start='2028-11-28T11:00', zone='Europe/Vienna', dur=45,
  iv=['Stefan Hörmann', 'Julia Brandstätter'], niv=['Verena Moser', 'Hofbauer'], dd='2028-12-01',
  notes='Windows long-form TZID; Austrian titles DI and Mag.a; Outlook "Nachname Vorname" display names in ICS.')))

F.append(dict(id='de-09', uz='Europe/Berlin', now='2028-09-08T14:00', user=J, style='outlook', cs='iso-8859-1', cte='qp', ago=40,
 frm='Kögl, Sabine <s.koegl@brenninger-haustechnik.example>', subj='AW: Einladung zum Vorstellungsgespräch',
 body='''Sehr geehrter Herr Weidinger,

leider müssen wir den Termin am Dienstag, 12.09., verschieben, da Herr Held kurzfristig zu einem Kunden muss. Wir würden Ihnen als Ersatz Donnerstag, 14.09.2028, um 13:30 Uhr anbieten. Alles andere bleibt wie besprochen.

Bitte entschuldigen Sie die Umstände.

Mit freundlichen Grüßen
Sabine Kögl

-----Ursprüngliche Nachricht-----
Von: Kögl, Sabine
Gesendet: Montag, 4. September 2028 07:58
An: Jonas Weidinger
Betreff: Einladung zum Vorstellungsgespräch

''' + ORIG01,
 exp=dict(kind='reschedule', company='Brenninger Haustechnik GmbH', alts=['Brenninger Haustechnik', 'Brenninger'], role='Serviceleiter (m/w/d) Kältetechnik',
  start='2028-09-14T13:30', zone='Europe/Berlin', dur=60, iv=['Markus Held', 'Petra Lindl'], niv=['Sabine Kögl', 'Weidinger'], dd=None,
  notes='Reschedule on top of the quoted original (which has the old slot, 60 min and "bis 22.09."). "Alles andere bleibt" -> duration 60 recoverable. decisionDate null because the promised date may be stale; 2028-09-22 defensible.')))

F.append(dict(id='de-10', uz='Europe/Berlin', now='2028-10-23T08:05', user=J, style='gmail', cte='qp', note='verschoben',
 frm='Mia Schuster <mia@flinkwerk.example>', subj='Re: Kennenlernen nächste Woche?',
 body='''Hey Jonas,

blöde Nachricht: Ole hat sich übers Wochenende was eingefangen. Können wir morgen auf Donnerstag (26.10.) um 10 Uhr schieben? Gleicher Ort, Ole Brandt und ich sind dann beide wieder fit 😅

LG Mia
Flinkwerk GmbH''',
 exp=dict(kind='reschedule', company='Flinkwerk GmbH', alts=['Flinkwerk'], role=None, start='2028-10-26T10:00', zone='Europe/Berlin', dur=None,
  iv=['Ole Brandt', 'Mia'], niv=['Jonas'],
  notes='Reschedule; "morgen" refers to the original Tuesday slot (old slot implied); no duration in this mail -> null.')))

F.append(dict(id='de-11', uz='Europe/Zurich', now='2028-11-06T12:15', user=NK, style='apple', cte='qp', note='leider...',
 frm='Reto Baumann <reto.baumann@alpwerk-personal.example>', subj='Rückmeldung Helvalor',
 body='''Grüezi Frau Kälin

Leider muss ich Ihnen mitteilen, dass sich die Helvalor Versicherungen AG für eine andere Kandidatin entschieden hat. Das Feedback war sehr positiv – am Ende gab die längere Erfahrung im Versicherungsumfeld den Ausschlag.

Ich behalte Ihr Dossier gerne für weitere Mandate im Auge und melde mich, sobald etwas Passendes reinkommt.

Freundliche Grüsse
Reto Baumann
Alpwerk Personal AG''',
 exp=dict(kind='rejection', company='Helvalor Versicherungen AG', alts=['Helvalor'], role=None, niv=['Reto Baumann', 'Kälin'],
  notes='Rejection relayed by agency; the agency keeps the dossier (no new role).')))

F.append(dict(id='de-12', uz='Europe/Berlin', now='2028-08-31T16:45', user=J, style='outlook', html=True, cte='qp',
 frm='Corinna Vahle <c.vahle@lindemann-pharma.example>', subj='Ihr Vertragsangebot – Regulatory Affairs Manager (m/w/d)',
 body='''Lieber Herr Weidinger,

es hat mich sehr gefreut, Sie kennenzulernen. Ich freue mich, Ihnen die Position als Regulatory Affairs Manager (m/w/d) bei der Lindemann Pharma GmbH anbieten zu dürfen.

Den Vertragsentwurf finden Sie im Anhang. Wir würden uns über Ihre Rückmeldung bis zum 15. September freuen. Als Eintrittsdatum schlagen wir den 1. Januar 2029 vor.

Herzliche Grüße
Dr. Corinna Vahle
Head of Regulatory Affairs''',
 exp=dict(kind='offer', company='Lindemann Pharma GmbH', alts=['Lindemann Pharma'], role='Regulatory Affairs Manager (m/w/d)', niv=['Corinna Vahle', 'Weidinger'],
  notes='Offer; "Rückmeldung bis zum 15. September" is the candidate deadline -> decisionDate null.')))

F.append(dict(id='de-13', uz='Europe/Berlin', now='2028-09-20T07:35', user=J, style='gmail', html=True, cte='qp',
 frm='Volksbank Mittelrhein eG – Recruiting <karriere@vb-mittelrhein.example>', subj='Eingangsbestätigung Ihrer Bewerbung',
 body='''Sehr geehrter Herr Weidinger,

vielen Dank für Ihre Bewerbung als Firmenkundenbetreuer (m/w/d). Ihre Unterlagen sind bei uns eingegangen. Die Prüfung kann bis zu drei Wochen dauern – wir bitten um etwas Geduld.

Übrigens: Lernen Sie uns vorab kennen – am Samstag, 7. Oktober, sind wir von 10 bis 16 Uhr auf dem Koblenzer Karrieretag (Stand 14).

Mit freundlichen Grüßen
Ihr Recruiting-Team
Volksbank Mittelrhein eG''',
 exp=dict(kind='not-interview', company='Volksbank Mittelrhein eG', alts=['Volksbank Mittelrhein'], role='Firmenkundenbetreuer (m/w/d)', niv=['Weidinger'],
  notes='Acknowledgement baited with a job-fair date and time range.')))

F.append(dict(id='de-14', uz='Europe/Vienna', now='2028-11-13T06:55', user=LH, style='gmail', html=True, cte='b64', note='brauch ich das?',
 frm='Jobradar Österreich <newsletter@jobradar.example>', subj='Ihre Jobs der Woche + Gratis-Webinar 💼',
 body='''Guten Morgen Lena,

diese Woche neu für Ihre Suche „Controlling Wien“:

• Senior Controller (w/m/d) – Donauwerk AG – Wien 22
• Controlling Specialist – Parkline Immobilien GmbH – Wien 3
• Junior Finanzanalyst:in – Kessler & Vogl – Wien 1

Gratis-Webinar „Gehalt verhandeln“: Dienstag, 21.11., 18:00–19:00 Uhr. Jetzt Platz sichern!

Abmelden | Einstellungen''',
 exp=dict(kind='not-interview', company=None, role=None, notes='Job newsletter with webinar date/time bait; emoji in subject (RFC 2047).')))

write('de', F)
