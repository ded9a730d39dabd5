from lib import *

BER, VIE, ZRH = 'Europe/Berlin', 'Europe/Vienna', 'Europe/Zurich'

F = []
F.append(dict(id='de-01', kind='invite', now='2029-01-08 14:20', uz=BER, client='outlook', variant='original', cs='windows-1252', cte='quoted-printable',
 user=('Stefan Köhler', 'stefan.koehler@web.de'), **{'from': ('Melanie Vogt', 'm.vogt@lindwurm-logistik.de')}, odate='2029-01-08 11:47', html=False,
 subj='Einladung zum Vorstellungsgespräch – Teamleiter Disposition (m/w/d)', note='Zur Info, bitte eintragen.\n\nGruß Stefan',
 body='''Sehr geehrter Herr Köhler,

vielen Dank für Ihre Bewerbung als Teamleiter Disposition (m/w/d) bei der Lindwurm Logistik GmbH.

Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Termin: Dienstag, den 16.01.2029 um 10:00 Uhr
Ort: Lindwurm Logistik GmbH, Hafenstraße 12, 28217 Bremen, Empfang Verwaltung
Dauer: ca. 60 Minuten

Gesprächspartner sind Herr Dipl.-Ing. Jürgen Hoffmann (Leiter Operations) und Frau Sabine Krüger (Personalleitung).

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen

i. A. Melanie Vogt
Assistenz der Personalleitung
Lindwurm Logistik GmbH''',
 exp=dict(company='Lindwurm Logistik GmbH', alts=['Lindwurm Logistik', 'Lindwurm'], role='Teamleiter Disposition (m/w/d)', start='2029-01-16T10:00', zone=BER, dur=60,
          iv=['Jürgen Hoffmann', 'Sabine Krüger'], niv=['Melanie Vogt', 'Stefan Köhler'], notes='Outlook "Ursprüngliche Nachricht", ISO-8859-1 QP; Dipl.-Ing. title; assistant only schedules.')))

F.append(dict(id='de-02', kind='invite', now='2029-02-22 09:10', uz=VIE, client='gmail', user=('Katharina Huber', 'kathi.huber@gmail.com'),
 **{'from': ('Elisabeth Gruber', 'e.gruber@alpenblick-versicherung.at')}, odate='2029-02-21 16:55',
 subj='Ihr Gespräch bei der Alpenblick Versicherung', note='',
 body='''Sehr geehrte Frau Huber,

herzlichen Dank für Ihr Interesse an der Position Aktuar (w/m/d) in unserer Abteilung Leben.

Wir würden Sie gerne am Donnerstag, 1. März, um halb drei zu einem ersten Gespräch in unsere Zentrale in der Wiedner Hauptstraße 40, 1040 Wien, einladen. Seitens Alpenblick nehmen Dr. Thomas Wallner (Chefaktuar) und ich teil; wir planen rund eine Stunde ein.

Ich freue mich auf Ihre Rückmeldung.

Freundliche Grüße aus Wien

Mag. Elisabeth Gruber
Human Resources
Alpenblick Versicherung AG''',
 exp=dict(company='Alpenblick Versicherung AG', alts=['Alpenblick Versicherung', 'Alpenblick'], role='Aktuar (w/m/d)', start='2029-03-01T14:30', zone=VIE, dur=60,
          iv=['Thomas Wallner', 'Elisabeth Gruber'], niv=['Katharina Huber'], notes='Austrian; "um halb drei" = 14:30; sender joins ("und ich"); Mag./Dr. titles; "rund eine Stunde".')))

F.append(dict(id='de-03', kind='invite', now='2029-03-20 07:35', uz=ZRH, client='apple', html=False, cte='8bit',
 user=('Lukas Ammann', 'lukas.ammann@bluewin.ch'), **{'from': ('Reto Meier', 'reto.meier@helvetic-talents.ch')}, odate='2029-03-19 17:12',
 subj='Bergmann Pharma – Interview bestätigt', note='Von meinem iPhone gesendet',
 body='''Grüezi Herr Ammann

Wie telefonisch besprochen bestätige ich Ihnen gerne das Interview bei der Bergmann Pharma AG für die Stelle als Senior Regulatory Affairs Manager:

Mittwoch, 28. März 2029, 14.00 Uhr
Bergmann Pharma AG, Hochbergerstrasse 60, 4057 Basel

Sie treffen Dr. Claudia Frei (Head Regulatory Affairs). Ich werde ebenfalls dabei sein und Sie vorab am Empfang abholen. Planen Sie bitte rund 90 Minuten ein.

Freundliche Grüsse

Reto Meier
Senior Consultant Life Sciences
Helvetic Talents AG, Zürich''',
 exp=dict(company='Bergmann Pharma AG', alts=['Bergmann Pharma', 'Bergmann'], role='Senior Regulatory Affairs Manager', start='2029-03-28T14:00', zone=ZRH, dur=90,
          iv=['Claudia Frei', 'Reto Meier'], niv=['Lukas Ammann'], notes='Swiss agency; consultant attends; "14.00 Uhr"; crosses EU DST (Mar 25); Basel site but Zurich zone identical.')))

F.append(dict(id='de-04', kind='invite', now='2029-04-05 16:00', uz=BER, client='outlook', cal_inline=True,
 user=('Miriam Schäfer', 'miriam.schaefer@outlook.de'), **{'from': ('Jana Schulz', 'jana.schulz@sonnenfeld-energie.de')}, odate='2029-04-05 14:30',
 subj='Einladung: Interview Projektingenieur Photovoltaik', note='Hier die Einladung für nächste Woche.',
 body='''Hallo Frau Schäfer,

anbei die Einladung zu Ihrem Interview für die Stelle Projektingenieur Photovoltaik.

Wann: Donnerstag, 12. April 2029, 09:30–10:30 Uhr
Wo: Microsoft Teams

Ihre Gesprächspartner: Katrin Böhm (Teamleitung Projektierung) und Matthias Lehmann (Technischer Leiter).

Viele Grüße
Jana Schulz
HR Business Partner | Sonnenfeld Energie GmbH''',
 ics=ics('Interview Projektingenieur Photovoltaik – Miriam Schäfer', '2029-04-12 09:30', '2029-04-12 10:30', 'W. Europe Standard Time',
         ('Jana Schulz', 'jana.schulz@sonnenfeld-energie.de'), [('Katrin Böhm', 'k.boehm@sonnenfeld-energie.de'), ('Matthias Lehmann', 'm.lehmann@sonnenfeld-energie.de')],
         'Microsoft Teams-Besprechung', uid='040000008200E00074C5B7101A82E00800000000D0DE04'),
 exp=dict(company='Sonnenfeld Energie GmbH', alts=['Sonnenfeld Energie', 'Sonnenfeld'], role='Projektingenieur Photovoltaik', start='2029-04-12T09:30', zone=BER, dur=60,
          iv=['Katrin Böhm', 'Matthias Lehmann'], niv=['Jana Schulz', 'Miriam Schäfer'], notes='Inline text/calendar, Windows TZID "W. Europe Standard Time".')))

F.append(dict(id='de-05', kind='invite', now='2029-04-30 20:15', uz=BER, client='thunderbird', attach=True, ocs='windows-1252', octe='8bit', cte='quoted-printable',
 user=('Jonas Wagner', 'jonas.wagner@posteo.de'), **{'from': ('Frank Weber', 'frank.weber@rheinauer-stadtwerke.de')}, odate='2029-04-30 10:04',
 subj='Telefoninterview – Referent Controlling', note='Hallo,\n\nim Anhang die Mail der Stadtwerke. Bitte den Termin übernehmen.\n\nJonas',
 body='''Sehr geehrter Herr Wagner,

vielen Dank für Ihre Bewerbung als Referent Controlling (m/w/d).

Gerne würde ich Sie in einem kurzen Telefoninterview näher kennenlernen. Ich rufe Sie am Montag, 7. Mai, um 11 Uhr unter der angegebenen Mobilnummer an. Das Gespräch dauert etwa 30 Minuten.

Eine Rückmeldung, ob wir Sie zu einem persönlichen Gespräch einladen, erhalten Sie bis spätestens 18. Mai.

Mit freundlichen Grüßen
Frank Weber
Leiter Finanzen & Controlling
Rheinauer Stadtwerke GmbH – „Energie für die Region“''',
 exp=dict(company='Rheinauer Stadtwerke GmbH', alts=['Rheinauer Stadtwerke', 'Stadtwerke'], role='Referent Controlling (m/w/d)', start='2029-05-07T11:00', zone=BER, dur=30,
          iv=['Frank Weber'], niv=['Jonas Wagner'], dd='2029-05-18', notes='Forwarded as attachment; inner windows-1252 8bit with „ “ quotes; sender phones himself; decision date.')))

F.append(dict(id='de-06', kind='invite', now='2029-03-19 12:40', uz=BER, client='gmail', user=('Elena Wolf', 'elena.wolf92@gmail.com'),
 **{'from': ('Nordlicht Software über TalentFlow', 'noreply@talentflow.io')}, odate='2029-03-19 12:31',
 subj='Terminbestätigung: Interview bei Nordlicht Software GmbH', note='',
 body='''Hallo Elena,

dein Termin ist bestätigt!

Position: Frontend-Entwickler (React) (m/w/d)
Unternehmen: Nordlicht Software GmbH
Datum: Dienstag, 27.03.2029
Uhrzeit: 13:00 – 13:45 Uhr (Europe/Berlin)
Ort: Google Meet – https://meet.google.com/nlx-qwer-tzu

Deine Interviewer: Paul Schneider, Aylin Demir

Du kannst den Termin bis 24 Stunden vorher über deinen Bewerberlink verschieben.

Dieses E-Mail wurde automatisch von TalentFlow im Auftrag von Nordlicht Software GmbH versendet.''',
 ics=ics('Interview Nordlicht Software GmbH', '2029-03-27 13:00', '2029-03-27 13:45', None, ('TalentFlow', 'noreply@talentflow.io'),
         [('Paul Schneider', 'paul.schneider@nordlicht.dev'), ('Aylin Demir', 'aylin.demir@nordlicht.dev')], 'Google Meet', utc_zone=BER, uid='tf-20290327-88'),
 exp=dict(company='Nordlicht Software GmbH', alts=['Nordlicht Software', 'Nordlicht'], role='Frontend-Entwickler (React) (m/w/d)', start='2029-03-27T13:00', zone=BER, dur=45,
          iv=['Paul Schneider', 'Aylin Demir'], niv=['Elena Wolf'], notes='ATS (TalentFlow) is not the company; ICS in UTC (11:00Z after EU DST); crosses Mar 25.')))

F.append(dict(id='de-07', kind='invite', now='2029-06-04 18:02', uz=BER, client='apple', html=False,
 user=('Deniz Yilmaz', 'deniz.yilmaz@icloud.com'), **{'from': ('Tobias Lang', 'tobias@brotzeit-gastro.de')}, odate='2029-06-04 17:30',
 subj='Re: Bewerbung Betriebsleiter', note='Morgen schon! 😅',
 body='''Hi Deniz,

danke für deine Bewerbung als Betriebsleiter für unser Lokal in Kreuzberg. Passt es dir morgen (Dienstag) um 15 Uhr? Komm einfach in die Oranienstraße 180 vorbei, wir quatschen in Ruhe bei einem Kaffee.

Beste Grüße
Tobias Lang
Geschäftsführer
Brotzeit Gastro GmbH''',
 exp=dict(company='Brotzeit Gastro GmbH', alts=['Brotzeit Gastro', 'Brotzeit'], role='Betriebsleiter', start='2029-06-05T15:00', zone=BER, dur=None,
          iv=['Tobias Lang'], niv=['Deniz Yilmaz'], notes='"morgen (Dienstag) um 15 Uhr" relative to the original mail; informal du.')))

F.append(dict(id='de-08', kind='invite', now='2029-06-11 08:20', uz=VIE, client='outlook',
 user=('Florian Steiner', 'florian.steiner@gmx.at'), **{'from': ('Verena Hofer', 'verena.hofer@murtal-praezision.at')}, odate='2029-06-08 13:15',
 subj='AW: Zweites Gespräch – Qualitätsmanager', note='Zweite Runde fixiert!',
 body='''Lieber Herr Steiner,

perfekt, dann halten wir das zweite Gespräch am 21.06. um 9 Uhr bei uns im Werk in Zeltweg fest. Herr Ing. Markus Pichler (Werksleitung) und ich freuen uns auf Sie. Bitte rechnen Sie mit etwa zwei Stunden inkl. Werksführung.

Liebe Grüße
Verena Hofer
Personalentwicklung
Murtal Präzisionstechnik GmbH

Von: Florian Steiner <florian.steiner@gmx.at>
Gesendet: Freitag, 8. Juni 2029 10:02
An: Verena Hofer <verena.hofer@murtal-praezision.at>
Betreff: AW: Zweites Gespräch – Qualitätsmanager

Sehr geehrte Frau Hofer, der Donnerstag würde mir sehr gut passen. Lg Florian Steiner

Von: Verena Hofer
Gesendet: Donnerstag, 7. Juni 2029 15:40
Betreff: Zweites Gespräch – Qualitätsmanager

Wir könnten Ihnen Mittwoch, 20.06. um 13 Uhr oder Donnerstag, 21.06. um 9 Uhr anbieten.''',
 exp=dict(company='Murtal Präzisionstechnik GmbH', alts=['Murtal Präzisionstechnik', 'Murtal'], role='Qualitätsmanager', start='2029-06-21T09:00', zone=VIE, dur=120,
          iv=['Markus Pichler', 'Verena Hofer'], niv=['Florian Steiner'], notes='Thread with two offered slots; Donnerstag chosen; "21.06." without weekday in final mail; Ing. title.')))

F.append(dict(id='de-09', kind='reschedule', now='2029-02-12 07:50', uz=BER, client='gmail',
 user=('Lea Hartmann', 'lea.hartmann@gmail.com'), **{'from': ('Anna Petersen', 'a.petersen@hanse-consult.de')}, odate='2029-02-11 19:05',
 subj='Verschiebung Ihres Termins', note='Termin verschoben ↓',
 body='''Liebe Frau Hartmann,

leider ist Herr Brandt kurzfristig erkrankt. Könnten wir Ihr Gespräch für die Stelle als Junior Berater von Mittwoch, 14.02. um 10 Uhr auf Freitag, 16.02. um 13:30 Uhr verschieben? Der Ablauf bleibt gleich, Nils Brandt führt das Gespräch per Videocall.

Vielen Dank für Ihr Verständnis!
Anna Petersen
Office Management
Hanse Logistik Consult GmbH''',
 exp=dict(company='Hanse Logistik Consult GmbH', alts=['Hanse Logistik Consult'], role='Junior Berater', start='2029-02-16T13:30', zone=BER, dur=None,
          iv=['Nils Brandt'], niv=['Anna Petersen', 'Lea Hartmann'], notes='Text-only reschedule with old slot; interviewer named as "Herr Brandt" then full name.')))

F.append(dict(id='de-10', kind='reschedule', now='2029-04-06 11:25', uz=ZRH, client='outlook', cal_inline=True, hcs='iso-8859-1', cs='iso-8859-1', cte='quoted-printable',
 user=('Nina Baumgartner', 'nina.baumgartner@sunrise.ch'), **{'from': ('Sandra Brunner', 'sandra.brunner@limmat-privatbank.ch')}, odate='2029-04-06 10:12',
 subj='Verschoben: Gespräch Kundenberater Private Banking', note='',
 body='''Sehr geehrte Frau Baumgartner

Aufgrund einer Terminkollision verschieben wir Ihr Gespräch mit Herrn Beat Keller (Teamleiter Private Banking) von Dienstag, 10. April, 16.00 Uhr auf Mittwoch, 11. April, 08.30 Uhr. Ort und Dauer (1 Stunde) bleiben unverändert: Bahnhofstrasse 44, Zürich.

Freundliche Grüsse
Sandra Brunner
HR Services, Limmat Privatbank AG''',
 ics=ics('Verschoben: Gespräch Kundenberater Private Banking', '2029-04-11 08:30', '2029-04-11 09:30', '(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien',
         ('Sandra Brunner', 'sandra.brunner@limmat-privatbank.ch'), [('Beat Keller', 'beat.keller@limmat-privatbank.ch'), ('Nina Baumgartner', 'nina.baumgartner@sunrise.ch')],
         'Bahnhofstrasse 44, Zürich', uid='lpb-0411-kb'),
 exp=dict(company='Limmat Privatbank AG', alts=['Limmat Privatbank', 'Limmat'], role='Kundenberater Private Banking', start='2029-04-11T08:30', zone=ZRH, dur=60,
          iv=['Beat Keller'], niv=['Sandra Brunner', 'Nina Baumgartner'], notes='ICS TZID is a Windows display name; Swiss "08.30 Uhr"; no user note.')))

F.append(dict(id='de-11', kind='rejection', now='2029-02-28 21:30', uz=BER, client='thunderbird', cs='iso-8859-1', cte='base64',
 user=('Jonas Wagner', 'jonas.wagner@posteo.de'), **{'from': ('Elbtal Medien Recruiting', 'jobs@elbtal-medien.de')}, odate='2029-02-28 15:00',
 subj='Ihre Bewerbung als Redakteur Online', note='Leider Absage.',
 body='''Sehr geehrter Herr Wagner,

vielen Dank für das angenehme Gespräch am 20. Februar und Ihr Interesse an der Stelle als Redakteur Online.

Nach reiflicher Überlegung haben wir uns für eine andere Kandidatin entschieden. Diese Entscheidung ist uns nicht leichtgefallen.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Carolin Sommer
Personal, Elbtal Medien GmbH''',
 exp=dict(company='Elbtal Medien GmbH', alts=['Elbtal Medien'], role='Redakteur Online', niv=['Carolin Sommer', 'Jonas Wagner'], notes='Absage; base64 ISO-8859-1.')))

F.append(dict(id='de-12', kind='offer', now='2029-06-05 12:10', uz=VIE, client='gmail',
 user=('Katharina Huber', 'kathi.huber@gmail.com'), **{'from': ('Martin Eder', 'martin.eder@donauwerk.at')}, odate='2029-06-05 09:45',
 subj='Vertragsangebot Embedded Software Engineer', note='Jaaaa!',
 body='''Liebe Frau Huber,

wir freuen uns sehr, Ihnen die Position als Embedded Software Engineer bei der Donauwerk Engineering GmbH anbieten zu können.

Eckdaten: Bruttojahresgehalt 68.000 € (14 Gehälter), Eintritt 1. August 2029, Dienstort Linz, 2 Tage Homeoffice pro Woche.

Den Dienstvertrag finden Sie im Anhang. Wir bitten um Ihre Rückmeldung bis 15. Juni.

Herzliche Grüße
Martin Eder
Leitung Personal, Donauwerk Engineering GmbH''',
 exp=dict(company='Donauwerk Engineering GmbH', alts=['Donauwerk Engineering', 'Donauwerk'], role='Embedded Software Engineer', niv=['Martin Eder', 'Katharina Huber'],
          notes='Offer; "Rückmeldung bis 15. Juni" is the candidate deadline → decisionDate null.')))

F.append(dict(id='de-13', kind='not-interview', now='2029-01-22 08:05', uz=BER, client='outlook', cs='windows-1252', cte='quoted-printable',
 user=('Stefan Köhler', 'stefan.koehler@web.de'), **{'from': ('Grünwald Bau AG', 'karriere@gruenwald-bau.de')}, odate='2029-01-19 23:14',
 subj='Eingangsbestätigung Ihrer Bewerbung – Bauleiter Hochbau', note='',
 body='''Sehr geehrter Herr Köhler,

vielen Dank für Ihre Bewerbung als Bauleiter Hochbau (m/w/d), die am 19.01.2029 um 23:12 Uhr bei uns eingegangen ist.

Wir prüfen Ihre Unterlagen sorgfältig und melden uns innerhalb von 14 Tagen bei Ihnen. Bei Fragen erreichen Sie unser Recruiting-Team Mo–Fr von 9 bis 17 Uhr unter 089 555 2040.

Ihr Recruiting-Team der Grünwald Bau AG''',
 exp=dict(company='Grünwald Bau AG', alts=['Grünwald Bau', 'Grünwald'], role='Bauleiter Hochbau (m/w/d)', notes='Application acknowledgement; timestamps and office hours as bait.')))

F.append(dict(id='de-14', kind='not-interview', now='2029-04-09 19:45', uz=BER, client='apple', html=False, cte='quoted-printable',
 user=('Miriam Schäfer', 'miriam.schaefer@outlook.de'), **{'from': ('Vahrenholt Chemie Talent Team', 'talent@vahrenholt-chemie.de')}, odate='2029-04-09 10:00',
 subj='Einladung: Digitaler Infoabend für Ingenieur:innen', note='Evtl. interessant?',
 body='''Liebe Miriam,

Sie haben sich kürzlich für unseren Talentpool registriert. Wir laden Sie herzlich zu unserem digitalen Infoabend ein:

Donnerstag, 19. April, 18:30–20:00 Uhr, per Zoom
Programm: Einblicke in unsere Werke, Q&A mit Ingenieur:innen, Karrierewege

Anmeldung bis 17. April unter vahrenholt-chemie.de/infoabend

Herzliche Grüße
Ihr Talent Team der Vahrenholt Chemie AG''',
 exp=dict(company='Vahrenholt Chemie AG', alts=['Vahrenholt Chemie', 'Vahrenholt'], role=None, notes='Webinar/info evening invitation, not an interview.')))

LD, LV, LZ = 'Lindwurm Logistik GmbH', 'Alpenblick Versicherung AG', 'Bergmann Pharma AG'
SE, RS, NS = 'Sonnenfeld Energie GmbH', 'Rheinauer Stadtwerke GmbH', 'Nordlicht Software GmbH'
R = [
 ('2029-01-16T19:30:00', BER, LD, 'thank-you', 'hab mich heute abend noch bei frau krüger bedankt', 'thanked', None, None, None),
 ('2029-03-01T17:05:00', VIE, LV, 'thank-you', 'Dankesmail ist raus 👍', 'thanked', None, None, None),
 ('2029-03-29T08:12:00', ZRH, LZ, 'thank-you', 'Hab Reto gestern noch ne kurze Danke-Mail geschickt, er leitet sie weiter', 'thanked', None, None, None),
 ('2029-04-23T10:40:00', BER, SE, 'follow-up-1', 'hab nachgehakt bei jana schulz', 'followed-up', None, None, None),
 ('2029-05-22T13:15:00', BER, RS, 'follow-up-1', 'grad bei herrn weber angerufen, war nicht da, hab auf band gesprochen', 'followed-up', None, None, None),
 ('2029-04-10T09:00:00', BER, NS, 'follow-up-2', 'nochmal ne mail geschrieben ob es was neues gibt', 'followed-up', None, None, None),
 ('2029-01-18T12:30:00', BER, LD, 'follow-up-1', 'entscheidung fällt nächste woche freitag sagt frau krüger', 'decision-date', 'nw:fri', None, None),
 ('2029-03-05T16:20:00', VIE, LV, 'follow-up-1', 'Sie melden sich bis Mitte März', 'decision-date', 'mid:3', None, None),
 ('2029-03-30T11:00:00', ZRH, LZ, 'follow-up-1', 'noch keine absage 😅 reto meint entscheid erst am 10. april', 'decision-date', 'md:04-10', None, None, 'T'),
 ('2029-04-13T18:45:00', BER, SE, 'prep', 'lief gut! rückmeldung gibts in 2 wochen, also bis zum 27.', 'decision-date', 'md:04-27', None, None),
 ('2029-05-08T08:30:00', BER, RS, 'digest', 'Weber sagt vor Ende des Monats wird nix entschieden', 'decision-date', 'eom:5', None, None, 'T'),
 ('2029-03-28T14:50:00', BER, NS, 'thank-you', 'danke gesendet. entschieden ist noch nix, soll am montag kommen', 'decision-date', 'wd:mon', None, None, 'T'),
 ('2029-06-22T09:15:00', VIE, 'Murtal Präzisionstechnik GmbH', 'thank-you', 'frau hofer hat gesagt sie melden sich bis donnerstag', 'decision-date', 'wd:thu', None, None),
 ('2029-02-20T10:05:00', BER, 'Hanse Logistik Consult GmbH', 'follow-up-1', 'hanse hat sich gemeldet, sind noch in gesprächen mit anderen', 'heard-back', None, None, None, 'T'),
 ('2029-04-17T15:30:00', ZRH, 'Limmat Privatbank AG', 'follow-up-1', 'Frau Brunner hat angerufen, wollte nur wissen ob ich noch interessiert bin', 'heard-back', None, None, None, 'T'),
 ('2029-01-19T13:10:00', BER, LD, 'digest', 'zweites gespräch am 25.1. um 14 uhr', 'next-round', 'md:01-25', '14:00', None),
 ('2029-03-08T20:00:00', VIE, LV, 'follow-up-1', 'Zweite Runde!! Mittwoch um halb 10 mit dem Vorstand', 'next-round', 'wd:wed', '09:30', None),
 ('2029-05-08T11:45:00', BER, RS, 'thank-you', 'persönliches gespräch übermorgen 9 uhr vor ort', 'next-round', '+2', '09:00', None),
 ('2029-03-29T17:30:00', BER, NS, 'follow-up-1', 'Tech-Interview mit Aylin am 4.4. um 10:00', 'next-round', 'md:04-04', '10:00', None),
 ('2029-04-02T19:20:00', ZRH, LZ, 'follow-up-2', 'ICH HAB DIE ZUSAGE 🥳', 'offer', None, None, 'offer'),
 ('2029-06-25T12:00:00', VIE, 'Murtal Präzisionstechnik GmbH', 'digest', 'murtal hat mir ein angebot gemacht, vertrag kommt per post', 'offer', None, None, 'offer'),
 ('2029-02-01T09:40:00', BER, LD, 'follow-up-2', 'absage von lindwurm gekommen', 'rejected', None, None, 'rejected'),
 ('2029-04-25T18:10:00', BER, SE, 'follow-up-2', 'Die haben sich leider für jemand anderen entschieden', 'rejected', None, None, 'rejected'),
 ('2029-04-24T07:55:00', ZRH, 'Limmat Privatbank AG', 'move-on', 'ja hat nicht geklappt, absage kam gestern', 'rejected', None, None, 'rejected'),
 ('2029-04-14T21:00:00', BER, NS, 'follow-up-1', 'hab meine bewerbung bei nordlicht zurückgezogen', 'withdrawn', None, None, 'withdrawn'),
 ('2029-02-13T08:20:00', BER, 'Hanse Logistik Consult GmbH', 'confirmation', 'sag bitte ab bzw ich hab abgesagt, will da nicht mehr hin', 'withdrawn', None, None, 'withdrawn'),
 ('2029-01-24T07:30:00', BER, LD, 'follow-up-1', 'erinner mich morgen nochmal', 'snooze', '+1', None, None),
 ('2029-03-12T10:00:00', VIE, LV, 'follow-up-2', 'bitte erst nach ostern wieder, so 3. april', 'snooze', '2029-04-03', None, None),
 ('2029-05-23T16:40:00', BER, RS, 'follow-up-2', 'noch keine zusage, frag nächste woche nochmal', 'snooze', None, None, None, 'T'),
 ('2029-06-26T09:30:00', VIE, 'Murtal Präzisionstechnik GmbH', 'digest', 'frag mich freitag nochmal', 'snooze', 'wd:fri', None, None),
 ('2029-04-25T18:12:00', BER, SE, 'follow-up-2', 'ups rückgängig, falsche firma', 'undo', None, None, None),
 ('2029-05-02T12:00:00', BER, SE, 'digest', 'sonnenfeld bitte wieder aufmachen, die haben doch nochmal angerufen', 'reopen', None, None, None, 'T'),
 ('2029-01-09T08:00:00', BER, LD, 'confirmation', 'das gespräch ist um 10:30 nicht um 10', 'correct', None, '10:30', None),
 ('2029-03-20T08:15:00', ZRH, LZ, 'confirmation', 'Firma heisst Bergmann Pharma, nicht Helvetic Talents, das ist nur die Agentur', 'correct', None, None, None),
 ('2029-02-05T07:00:00', BER, None, 'digest', 'übersicht bitte', 'status', None, None, None),
 ('2029-05-30T22:10:00', VIE, None, 'digest', 'kannst du mir alles als excel schicken?', 'export', None, None, None),
 ('2029-01-10T18:00:00', ZRH, None, 'digest', 'was kann ich dir alles schreiben?', 'help', None, None, None),
 ('2029-04-10T20:30:00', BER, 'Vahrenholt Chemie AG', 'confirmation', 'das ist nur n infoabend, bitte löschen', 'forget', None, None, None),
 ('2029-01-17T12:00:00', BER, LD, 'prep', 'danke dir', 'none', None, None, None),
 ('2029-03-02T19:45:00', VIE, LV, 'follow-up-1', 'meine kollegin hat heute die absage von alpenblick bekommen. hoffentlich nicht auch ich', 'none', None, None, None, 'T'),
 ('2029-04-03T10:30:00', ZRH, LZ, 'digest', 'mein chef hat mir ein gegenangebot gemacht, mehr lohn wenn ich bleibe', 'none', None, None, None, 'T'),
 ('2029-05-15T14:00:00', BER, RS, 'follow-up-1', 'und wenn die absagen?', 'none', None, None, None, 'T'),
 ('2029-04-11T09:00:00', BER, SE, 'prep', 'Kredit für die Wohnung wurde abgelehnt, läuft ja super diese Woche', 'none', None, None, None, 'T'),
 ('2029-06-05T14:30:00', BER, 'Brotzeit Gastro GmbH', 'prep', 'tobias hat mir nen kaffee angeboten lol, war ganz locker', 'none', None, None, None, 'T'),
 ('2029-02-22T08:50:00', BER, 'Hanse Logistik Consult GmbH', 'follow-up-1', 'immer noch keine absage, also noch hoffnung?', 'none', None, None, None, 'T'),
 ('2029-03-27T22:00:00', BER, NS, 'prep', 'ich zieh das durch, kein rückzieher', 'none', None, None, None, 'T'),
 ('2029-06-12T07:15:00', VIE, 'Murtal Präzisionstechnik GmbH', 'prep', 'Was zieh ich da an, Anzug oder eher casual?', 'none', None, None, None, 'T'),
 ('2029-05-09T17:00:00', BER, RS, 'prep', 'klar', 'none', None, None, None),
 ('2029-04-18T11:11:00', ZRH, 'Limmat Privatbank AG', 'follow-up-1', 'falls die zusagen nehm ich sofort an', 'none', None, None, None, 'T'),
 ('2029-02-02T09:30:00', BER, LD, 'move-on', 'hab die stelle bekommen... in meinen träumen 🙄 nee nix neues', 'none', None, None, None, 'T'),
]

if __name__ == '__main__':
    write_lang('de', F, R, datecalc)
