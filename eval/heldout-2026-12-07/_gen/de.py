from mime import make, ics
L = 'de'; B = 'Europe/Berlin'
make(L, 1, dict(kind='invite', now='2027-05-10T18:20:00', userZone=B, company='Fahrenholz Maschinenbau GmbH', companyAlternatives=['Fahrenholz Maschinenbau', 'Fahrenholz'],
  role='Projektingenieur Automatisierung', start='2027-05-18T10:00', zone=B, durationMinutes=60,
  interviewers=['Jens Albrecht', 'Sabine Krull'], notInterviewers=['Carina Tews', 'Lukas Brenner'], decisionDate=None,
  notes='German Gmail variant (Von:/Date:/Subject:/To:), iso-8859-1 QP. HR person on the panel. Pfingstmontag closure is bait; title Dr. not part of the name.'),
  user='Lukas Brenner <lukas.brenner@gmail.com>', charset='iso-8859-1', cte='quoted-printable',
  orig={'from': 'Carina Tews <c.tews@fahrenholz-mb.de>', 'to': 'lukas.brenner@gmail.com',
        'date': 'Mo., 10. Mai 2027 um 17:02 Uhr', 'subject': 'Einladung zum Vorstellungsgespräch - Projektingenieur Automatisierung (m/w/d)'},
  body="""Sehr geehrter Herr Brenner,

vielen Dank für Ihre Bewerbung als Projektingenieur Automatisierung (m/w/d). Wir möchten Sie gerne persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Termin: Dienstag, 18. Mai 2027, 10:00 Uhr
Dauer: ca. 60 Minuten
Ort: Fahrenholz Maschinenbau GmbH, Industriestraße 12, 33611 Bielefeld, Empfang Gebäude B

Ihre Gesprächspartner sind Herr Dr. Jens Albrecht (Bereichsleiter Automatisierung) und Frau Sabine Krull (Personalreferentin).

Bitte beachten Sie, dass wir am Pfingstmontag, 17. Mai, nicht erreichbar sind. Bitte bestätigen Sie den Termin kurz per E-Mail.

Mit freundlichen Grüßen

Carina Tews
Assistenz Personal
Fahrenholz Maschinenbau GmbH
Amtsgericht Bielefeld HRB 40112 · Geschäftsführer: Klaus Fahrenholz
""")
make(L, 2, dict(kind='invite', now='2027-10-27T09:15:00', userZone=B, company='Quellwerk Stadtwerke', companyAlternatives=['Quellwerk'],
  role='Referent Energiehandel', start='2027-11-03T14:00', zone=B, durationMinutes=45,
  interviewers=['Tobias Engelhardt', 'Meike Sander'], notInterviewers=['Olga Petrenko', 'Hannah Vogel'], decisionDate=None,
  notes='Outlook (Von/Gesendet/An/Betreff) with ICS TZID "W. Europe Standard Time". EU DST ends 2027-10-31 between now (CEST) and the interview (CET): 14:00 CET = 13:00Z.'),
  user='Hannah Vogel <hannah.vogel@web.de>', style='outlook', html=True,
  cal=ics(uid='040000008200E00074C5B7101A82E008-qw-1187', start='2027-11-03T14:00', zone=B, dur=45, tz='win', tzid='W. Europe Standard Time', vtz='eu1',
          summary='Vorstellungsgespräch Referent Energiehandel – Hannah Vogel', organizer=('Olga Petrenko', 'o.petrenko@quellwerk-stadtwerke.de'),
          attendees=[('Hannah Vogel', 'hannah.vogel@web.de'), ('Tobias Engelhardt', 't.engelhardt@quellwerk-stadtwerke.de'), ('Meike Sander', 'm.sander@quellwerk-stadtwerke.de')],
          location='Quellwerk, Raum 3.14, Am Wasserturm 5, Kassel', stamp='20271027T070000Z'),
  orig={'from': 'Petrenko, Olga <o.petrenko@quellwerk-stadtwerke.de>', 'to': 'Hannah Vogel <hannah.vogel@web.de>',
        'date': 'Mittwoch, 27. Oktober 2027 08:58', 'subject': 'Ihr Vorstellungsgespräch am 03.11.'},
  body="""Sehr geehrte Frau Vogel,

wie telefonisch besprochen sende ich Ihnen anbei die Einladung für Ihr Gespräch am Mittwoch, 03.11.2027, um 14:00 Uhr (45 Minuten) bei uns im Haus, Raum 3.14.

Sie sprechen mit Herrn Tobias Engelhardt (Leiter Energiehandel) und Frau Meike Sander (Portfoliomanagement).

Freundliche Grüße
Olga Petrenko
Personalmanagement
Quellwerk Stadtwerke GmbH
""")
make(L, 3, dict(kind='invite', now='2027-06-01T08:05:00', userZone='Europe/Vienna', company='Donaublick Versicherung AG', companyAlternatives=['Donaublick Versicherung', 'Donaublick'],
  role='Aktuar/in Lebensversicherung', start='2027-06-10T09:30', zone='Europe/Vienna', durationMinutes=60,
  interviewers=['Elisabeth Hofer', 'Markus Pichler', 'Verena Gruber'], notInterviewers=['Florian Aigner'], decisionDate='2027-06-18',
  notes='Austrian titles (Mag., DI) are not part of names; the HR sender joins ("sowie ich selbst"). "9.30 Uhr", "eine Stunde". Decision promised by 18. Juni.'),
  user='Florian Aigner <florian.aigner@gmx.at>', style='apple', cte='quoted-printable',
  cal=ics(uid='DBV-HR-2027-0610-0930@donaublick.at', start='2027-06-10T09:30', zone='Europe/Vienna', dur=60, tz='iana', vtz='eu1',
          summary='Vorstellungsgespräch Aktuar/in – Florian Aigner', organizer=('Verena Gruber', 'verena.gruber@donaublick.at'),
          attendees=[('Florian Aigner', 'florian.aigner@gmx.at')], location='Praterstraße 31, 1020 Wien', stamp='20270531T144400Z'),
  calmode='attach', calcte='quoted-printable',
  orig={'from': 'Verena Gruber <verena.gruber@donaublick.at>', 'to': 'Florian Aigner <florian.aigner@gmx.at>',
        'date': '31. Mai 2027 um 16:44:12 MESZ', 'subject': 'Einladung: Aktuar/in Lebensversicherung'},
  body="""Sehr geehrter Herr Aigner,

danke für Ihr Interesse an der Position Aktuar/in Lebensversicherung. Wir laden Sie herzlich zu einem Gespräch in unsere Zentrale ein:

Donnerstag, 10. Juni 2027, 9.30 Uhr
Donaublick Versicherung AG, Praterstraße 31, 1020 Wien

Seitens Donaublick nehmen Mag. Elisabeth Hofer (Leitung Aktuariat) und DI Markus Pichler (Produktentwicklung) sowie ich selbst teil. Planen Sie bitte etwa eine Stunde ein.

Eine Rückmeldung erhalten Sie von uns bis spätestens 18. Juni.

Mit freundlichen Grüßen
Verena Gruber
Human Resources
""")
make(L, 4, dict(kind='invite', now='2027-09-01T12:40:00', userZone=B, company='Reederei Lüders', companyAlternatives=['Hanseatische Reederei Lüders', 'Lüders'],
  role='Werkstudent Controlling', start='2027-09-08T16:30', zone=B, durationMinutes=30,
  interviewers=['Jan-Ole Brandt'], notInterviewers=['Merle Johannsen'], decisionDate=None,
  notes='Forwarded as message/rfc822; sent by ATS "Talentwerk" on behalf of the employer; numeric date 08.09.2027, range 16:30–17:00.'),
  user='Merle Johannsen <merle.j@posteo.de>', style='rfc822', html=True, intro='Weiterleitung, siehe Anhang.',
  orig={'from': 'Reederei Lüders via Talentwerk <noreply@talentwerk.io>', 'to': 'merle.j@posteo.de',
        'rfcdate': 'Wed, 01 Sep 2027 11:20:31 +0200', 'subject': 'Terminbestätigung: Videointerview Werkstudent Controlling'},
  body="""Hallo Merle,

dein Termin ist bestätigt:

Videointerview – Werkstudent Controlling (m/w/d)
Mi., 08.09.2027, 16:30–17:00 Uhr (Europe/Berlin)
Gesprächspartner: Jan-Ole Brandt, Leiter Controlling

Den Link zu Microsoft Teams findest du in deinem Bewerberkonto.

Viele Grüße
Dein Recruiting-Team der Hanseatischen Reederei Lüders GmbH & Co. KG

Diese Nachricht wurde über Talentwerk versendet.
""")
make(L, 5, dict(kind='invite', now='2027-08-05T17:30:00', userZone='Europe/Zurich', company='Bachmann Pharma AG', companyAlternatives=['Bachmann Pharma', 'Bachmann'],
  role='Spezialistin Qualitätssicherung', start='2027-08-16T10:30', zone='Europe/Zurich', durationMinutes=90,
  interviewers=['Reto Meier', 'Simone Käser'], notInterviewers=['Nadine Frei', 'Aylin Demir'], decisionDate=None,
  notes='Swiss spelling (Grüsse); "um halb elf" = 10:30; "rund anderthalb Stunden" = 90; Thunderbird.'),
  user='Aylin Demir <aylin.demir@bluewin.ch>', style='tb', cte='8bit',
  orig={'from': 'Nadine Frei <nadine.frei@bachmann-pharma.ch>', 'to': 'Aylin Demir <aylin.demir@bluewin.ch>',
        'date': '05.08.2027, 16:12', 'subject': 'Ihre Bewerbung – Spezialistin Qualitätssicherung'},
  intro='zur Info',
  body="""Grüezi Frau Demir

Gerne laden wir Sie zu einem Gespräch ein. Wir erwarten Sie am Montag, 16. August, um halb elf bei uns in Basel (Hochbergerstrasse 60, Bau 4, Empfang).

Sie lernen Herrn Reto Meier (Head QA Operations) und Frau Simone Käser (Teamleiterin QA) kennen. Rechnen Sie mit rund anderthalb Stunden inklusive Betriebsrundgang.

Freundliche Grüsse
Nadine Frei
HR Business Partner
Bachmann Pharma AG
""")
make(L, 6, dict(kind='invite', now='2027-07-14T10:00:00', userZone=B, company='Grünfeld Logistik', companyAlternatives=['Grünfeld'],
  role='Teamleiter Disposition', start='2027-07-23T11:00', zone=B, durationMinutes=45,
  interviewers=['Uwe Stamer', 'Petra Kornmeyer'], notInterviewers=['Dennis Wolters'], decisionDate=None,
  notes='Agency (Personalberatung Kornmeyer) for the client Grünfeld Logistik; the agency consultant attends herself. windows-1252 8bit with „ “ quotes; date "Freitag, 23.07."'),
  user='Dennis Wolters <d.wolters@t-online.de>', style='outlook-old', charset='windows-1252', cte='8bit',
  orig={'from': 'Petra Kornmeyer <p.kornmeyer@kornmeyer-personal.de>', 'to': "'Dennis Wolters'",
        'date': 'Mittwoch, 14. Juli 2027 09:41', 'subject': 'Vorstellungstermin bei unserem Mandanten'},
  body="""Hallo Herr Wolters,

unser Mandant, die Grünfeld Logistik in Bremen, möchte Sie für die Position „Teamleiter Disposition“ kennenlernen.

Termin: Freitag, 23.07. um 11 Uhr, ca. 45 Minuten
Ort: Grünfeld Logistik, Hafenrandstraße 8, Bremen
Gesprächspartner: Herr Uwe Stamer (Niederlassungsleiter) – ich werde ebenfalls dabei sein.

Melden Sie sich bitte am Pförtner mit dem Stichwort „Kornmeyer“.

Beste Grüße
Petra Kornmeyer
Personalberatung Kornmeyer – Logistik & Supply Chain
""")
make(L, 7, dict(kind='reschedule', now='2027-10-04T11:30:00', userZone=B, company='Stadtsparkasse Ahlenfeld', companyAlternatives=['Sparkasse Ahlenfeld'],
  role='Firmenkundenberater', start='2027-10-12T15:30', zone=B, durationMinutes=None,
  interviewers=['Piotr Kowalski', 'Anke Reimers'], notInterviewers=['Bernd Lohmann', 'Jonas Keller'], decisionDate=None,
  notes='Text-only reschedule; old slot Donnerstag 7. Oktober 14 Uhr stays in the text; "gleiche Dauer wie geplant" -> duration null.'),
  user='Jonas Keller <jonas.keller@gmail.com>', cte='quoted-printable',
  orig={'from': 'Bernd Lohmann <bernd.lohmann@sparkasse-ahlenfeld.de>', 'to': 'jonas.keller@gmail.com',
        'date': 'Mo., 4. Okt. 2027 um 11:03 Uhr', 'subject': 'Terminverschiebung Ihr Gespräch Firmenkundenberater'},
  intro='Termin verschoben!',
  body="""Sehr geehrter Herr Keller,

leider müssen wir Ihr Gespräch am Donnerstag, 7. Oktober, 14 Uhr verschieben. Wir schlagen als neuen Termin Dienstag, den 12. Oktober, um 15:30 Uhr vor – gleiche Dauer wie geplant, gleicher Ort (Filiale Marktplatz, 2. OG).

Ihre Gesprächspartner bleiben Herr Piotr Kowalski und Frau Anke Reimers.

Mit freundlichen Grüßen
Bernd Lohmann
Personalabteilung
Stadtsparkasse Ahlenfeld
""")
make(L, 8, dict(kind='rejection', now='2027-06-24T19:40:00', userZone=B, company='Nordlicht Games GmbH', companyAlternatives=['Nordlicht Games', 'Nordlicht'],
  role='Game Designer', start=None, zone=None, durationMinutes=None, interviewers=[], notInterviewers=['Miriam Vogt'], decisionDate=None,
  notes='Absage; "in sechs Monaten" data deletion is bait.'),
  user='Lena Hartmann <lena.hartmann@gmail.com>', cte='base64', html=True, intro='schade :(',
  orig={'from': 'Miriam Vogt <jobs@nordlicht-games.de>', 'to': 'lena.hartmann@gmail.com',
        'date': 'Do., 24. Juni 2027 um 15:12 Uhr', 'subject': 'Ihre Bewerbung als Game Designer'},
  body="""Hallo Lena,

vielen Dank für das nette Gespräch und dein Interesse an Nordlicht Games.

Nach reiflicher Überlegung haben wir uns leider für eine andere Kandidatin entschieden. Diese Entscheidung ist uns nicht leichtgefallen.

Deine Unterlagen löschen wir gemäß DSGVO in sechs Monaten. Wir wünschen dir alles Gute!

Viele Grüße
Miriam Vogt
People & Culture, Nordlicht Games GmbH
""")
make(L, 9, dict(kind='offer', now='2027-11-05T15:00:00', userZone=B, company='Kessler & Rau Architekten', companyAlternatives=['Kessler & Rau'],
  role='Architektin', start=None, zone=None, durationMinutes=None, interviewers=[], notInterviewers=['Stefan Rau', 'Julia Neumann'], decisionDate=None,
  notes='Vertragsangebot; "bis zum 12. November Bescheid" is the candidate deadline -> null.'),
  user='Julia Neumann <julia.neumann@mailbox.org>', style='apple', cte='quoted-printable', intro='Angebot!!',
  orig={'from': 'Stefan Rau <rau@kessler-rau.de>', 'to': 'Julia Neumann <julia.neumann@mailbox.org>',
        'date': '5. November 2027 um 14:31:05 MEZ', 'subject': 'Angebot Arbeitsvertrag'},
  body="""Liebe Frau Neumann,

wir freuen uns, Ihnen die Stelle als Architektin (Leistungsphasen 5–8) in unserem Büro anzubieten. Den Vertragsentwurf mit Beginn zum 1. Januar 2028 finden Sie im Anhang.

Bitte geben Sie uns bis zum 12. November Bescheid, ob Sie das Angebot annehmen.

Herzliche Grüße
Stefan Rau
Kessler & Rau Architekten PartGmbB
""")
make(L, 10, dict(kind='not-interview', now='2027-10-08T07:30:00', userZone=B, company=None, companyAlternatives=[],
  role=None, start=None, zone=None, durationMinutes=None, interviewers=[], notInterviewers=[], decisionDate=None,
  notes='Job alert newsletter with a career fair date/time as bait.'),
  user='Hannah Vogel <hannah.vogel@web.de>', html=True, cte='quoted-printable',
  orig={'from': 'Stellenradar <alert@stellenradar.de>', 'to': 'hannah.vogel@web.de',
        'date': 'Fr., 8. Okt. 2027 um 06:00 Uhr', 'subject': '5 neue Jobs für „Energiehandel“'},
  body="""Neue Stellen für dich:

• Analyst Energiehandel – Rheinische Netzgesellschaft, Köln
• Trader Strom Kurzfrist – EnerKon AG, Leipzig

Tipp: Karrieremesse Energie & Umwelt am 14.10. ab 10 Uhr in der Messe Essen – kostenlos anmelden!

Abmelden | Einstellungen
""")
make(L, 11, dict(kind='invite', now='2027-10-15T09:00:00', userZone=B, company='Ostwind Mobility GmbH', companyAlternatives=['Ostwind Mobility', 'Ostwind'],
  role='Product Owner Ladeinfrastruktur', start='2027-10-21T14:00', zone=B, durationMinutes=45,
  interviewers=['Kathrin Mühlberg'], notInterviewers=['Selin Aydın', 'Hannah Vogel'], decisionDate=None,
  notes='Reply chain: three slots proposed (Mi 20.10. 9 Uhr, Do 21.10. 14 Uhr, Fr 22.10. 11 Uhr); the candidate picks Thursday and the recruiter confirms it at the top. Only the confirmed slot counts.'),
  user='Hannah Vogel <hannah.vogel@web.de>', style='apple', cte='quoted-printable',
  orig={'from': 'Selin Aydın <s.aydin@ostwind-mobility.de>', 'to': 'Hannah Vogel <hannah.vogel@web.de>',
        'date': '15. Oktober 2027 um 08:41:19 MESZ', 'subject': 'AW: AW: Terminvorschläge Product Owner'},
  body="""Hallo Frau Vogel,

perfekt, dann ist der Termin fix: Donnerstag, 21.10., 14:00 Uhr, 45 Min. per Teams mit Kathrin Mühlberg (Head of Product). Den Link schicke ich Ihnen separat.

Viele Grüße
Selin Aydın
Talent Acquisition | Ostwind Mobility GmbH

Am 14.10.2027 um 19:02 schrieb Hannah Vogel <hannah.vogel@web.de>:
> Hallo Frau Aydın,
> Donnerstag 14 Uhr passt mir am besten.
> Beste Grüße
> Hannah Vogel
>
> Am 14.10.2027 um 16:20 schrieb Selin Aydın <s.aydin@ostwind-mobility.de>:
>> Hallo Frau Vogel,
>> Frau Mühlberg würde Sie gerne kennenlernen. Folgende Termine wären möglich:
>> - Mi 20.10. um 9 Uhr
>> - Do 21.10. um 14 Uhr
>> - Fr 22.10. um 11 Uhr
>> Welcher passt Ihnen?
""")
