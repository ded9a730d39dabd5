ITEMS = []
def I(**kw): ITEMS.append(kw)

I(id='de-01', kind='invite', now='2030-10-14 08:15', uz='Europe/Berlin',
  frm='Felix Neumann <felix.neumann@web.de>', subj='WG: Einladung zum Vorstellungsgespräch', cs='iso-8859-1', cte='qp',
  body='''Bitte eintragen, danke!

-----Ursprüngliche Nachricht-----
Von: Katharina Lenz <k.lenz@hanseatische-waermetechnik.de>
Gesendet: Freitag, 11. Oktober 2030 16:02
An: Felix Neumann <felix.neumann@web.de>
Betreff: Einladung zum Vorstellungsgespräch

Sehr geehrter Herr Neumann,

vielen Dank für Ihre Bewerbung als Projektingenieur (m/w/d) Versorgungstechnik und Ihr Interesse an der Hanseatische Wärmetechnik GmbH.

Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Termin: Dienstag, 22.10.2030, 10:00 Uhr
Ort: Niederlassung Hamburg, Billstraße 118, 20539 Hamburg
Dauer: ca. eine Stunde

Ihre Gesprächspartner sind Herr Dipl.-Ing. Jörg Westphal (Bereichsleiter TGA) und Frau Anja Brückner (Personalabteilung).

Bitte bestätigen Sie den Termin kurz per E-Mail. Sollte er Ihnen nicht passen, schlagen Sie gern zwei Alternativen in der Woche ab dem 28.10. vor.

Mit freundlichen Grüßen
i. A. Katharina Lenz
Assistenz der Geschäftsführung

Hanseatische Wärmetechnik GmbH
Billstraße 118 · 20539 Hamburg
''',
  company='Hanseatische Wärmetechnik GmbH', alts=['Hanseatische Wärmetechnik'], role='Projektingenieur (m/w/d) Versorgungstechnik', start='2030-10-22T10:00', zone='Europe/Berlin', dur=60,
  iv=['Jörg Westphal', 'Anja Brückner'], niv=['Katharina Lenz', 'Felix Neumann'], dd=None,
  notes='Outlook DE "-----Ursprüngliche Nachricht-----", iso-8859-1 QP; numeric date 22.10.2030; titles "Herr Dipl.-Ing." stripped; "i. A." sender only schedules; alternative week after DST change is bait.')

I(id='de-02', kind='invite', now='2030-09-26 19:00', uz='Europe/Vienna',
  frm='Lena Huber <lena.huber@gmx.at>', subj='Fwd: Ihr Gespräch bei Donauwerk Software', cs='utf-8', cte='qp', html=True,
  body='''

---------- Weitergeleitete Nachricht ---------
Von: Barbara Pichler <barbara.pichler@donauwerk.at>
Date: Do., 26. Sept. 2030 um 17:34 Uhr
Subject: Ihr Gespräch bei Donauwerk Software
To: Lena Huber <lena.huber@gmx.at>


Liebe Frau Huber,

danke für das nette Telefonat heute! Wie besprochen würden Stefan Gruber (Teamlead Web) und ich Sie gerne nächste Woche zum Gespräch für die Stelle als Frontend-Entwickler:in einladen.

Wir treffen uns am Donnerstag, 3. Oktober, um halb drei via Microsoft Teams, die Einladung kommt separat. Rechnen Sie mit rund 45 Minuten.

Bei Fragen erreichen Sie mich jederzeit unter +43 1 2345 678-12.

Liebe Grüße aus dem 3. Bezirk
Mag. Barbara Pichler
People & Culture
Donauwerk Software GmbH
''',
  company='Donauwerk Software GmbH', alts=['Donauwerk Software', 'Donauwerk'], role='Frontend-Entwickler:in', start='2030-10-03T14:30', zone='Europe/Vienna', dur=45,
  iv=['Barbara Pichler', 'Stefan Gruber'], niv=['Lena Huber'], dd=None,
  notes='Gmail DE forward, Austria; "um halb drei" = 14:30; sender (Mag. stripped) joins ("Stefan Gruber ... und ich"); 3 October is not a holiday in Austria.')

I(id='de-03', kind='invite', now='2030-08-07 12:30', uz='Europe/Zurich',
  frm='Nina Keller <nina.keller@bluewin.ch>', subj='Fwd: Einladung Vorstellungsgespräch Limmat Treuhand AG', cs='utf-8', cte='8bit',
  body='''Endlich nach den Sommerferien 🙂

Anfang der weitergeleiteten Nachricht:

Von: Sandra Meier <sandra.meier@limmat-treuhand.ch>
Betreff: Einladung Vorstellungsgespräch Limmat Treuhand AG
Datum: 7. August 2030 um 11:18:42 MESZ
An: Nina Keller <nina.keller@bluewin.ch>

Grüezi Frau Keller

Besten Dank für Ihre Bewerbung als Sachbearbeiterin Lohnbuchhaltung 80–100 %. Gerne laden wir Sie nach den Sommerferien zu einem ersten Gespräch ein.

Datum: Montag, 19. August 2030
Zeit: 09.00 Uhr
Ort: Limmat Treuhand AG, Seefeldstrasse 45, 8008 Zürich (3. Stock, bitte beim Empfang melden)
Dauer: ca. 60 Minuten

Am Gespräch nehmen Herr Reto Brunner, Leiter Finanzen, und ich teil.

Freundliche Grüsse

Sandra Meier
HR-Fachfrau
Limmat Treuhand AG
''',
  company='Limmat Treuhand AG', alts=['Limmat Treuhand'], role='Sachbearbeiterin Lohnbuchhaltung 80–100 %', start='2030-08-19T09:00', zone='Europe/Zurich', dur=60,
  iv=['Reto Brunner', 'Sandra Meier'], niv=['Nina Keller'], dd=None,
  notes='Apple Mail DE forward, Swiss German (Grüezi, ss instead of ß, "09.00 Uhr"); emoji in user note; sender HR joins ("und ich"); after the summer holidays.')

ICS_DE04 = '''BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Lea Hofmann:mailto:lea.hofmann@rheinhafen-logistik.de
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Markus Engel:mailto:markus.engel@rheinhafen-logistik.de
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Petra Schulte:mailto:petra.schulte@rheinhafen-logistik.de
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Jonas Krüger:mailto:jonas.krueger@t-online.de
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Teamleiter Disposition - Jonas Krüger
DTSTART;TZID=W. Europe Standard Time:20301029T150000
DTEND;TZID=W. Europe Standard Time:20301029T163000
UID:040000008200E00074C5B7101A82E0080000000070D1C2B9
LOCATION;LANGUAGE=de-DE:Duisburg, Hafenstraße 3, Raum 2.14
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
'''
I(id='de-04', kind='invite', now='2030-10-24 21:45', uz='Europe/Berlin',
  frm='Jonas Krüger <jonas.krueger@t-online.de>', subj='WG: Vorstellungsgespräch Teamleiter Disposition', cs='utf-8', cte='b64', html=True,
  ics=ICS_DE04, ics_mode='alt',
  body='''Achtung, Zeitumstellung am Wochenende!

Von: Lea Hofmann <lea.hofmann@rheinhafen-logistik.de>
Gesendet: Donnerstag, 24. Oktober 2030 14:27
An: Jonas Krüger <jonas.krueger@t-online.de>
Cc: Markus Engel <markus.engel@rheinhafen-logistik.de>; Petra Schulte <petra.schulte@rheinhafen-logistik.de>
Betreff: Vorstellungsgespräch Teamleiter Disposition

Hallo Herr Krüger,

anbei die Termineinladung für Ihr Vorstellungsgespräch als Teamleiter Disposition bei der Rheinhafen Logistik AG.

Dienstag, 29. Oktober, 15 Uhr, Duisburg, Hafenstraße 3, Raum 2.14. Bitte planen Sie 1,5 Stunden ein.

Sie sprechen mit Dr. Markus Engel (Leitung Operations) und Petra Schulte (HR Business Partnerin). Ich organisiere nur den Termin und bin selbst nicht dabei.

Viele Grüße
Lea Hofmann
Recruiting-Koordination
Rheinhafen Logistik AG
''',
  company='Rheinhafen Logistik AG', alts=['Rheinhafen Logistik'], role='Teamleiter Disposition', start='2030-10-29T15:00', zone='Europe/Berlin', dur=90,
  iv=['Markus Engel', 'Petra Schulte'], niv=['Lea Hofmann', 'Jonas Krüger'], dd=None,
  notes='Outlook DE (no separator line), base64 body; inline text/calendar with Windows TZID "W. Europe Standard Time"; slot after the EU DST change (CET) while now is CEST; "15 Uhr"; "1,5 Stunden" = 90; Dr. stripped.')

I(id='de-05', kind='invite', now='2030-09-02 09:10', uz='Europe/Berlin',
  frm='Sophie Wagner <sophie.wagner@posteo.de>', subj='WG: Interviewtermin Isarwerk Medizintechnik', cs='utf-8', cte='qp',
  body='Hallo,\n\nanbei die Mail von Herrn Kern als Anhang.\n\nGruß\nSophie\n',
  attach=dict(frm='Tobias Kern <t.kern@brandner-personal.de>', to='Sophie Wagner <sophie.wagner@posteo.de>',
    date='Fri, 30 Aug 2030 17:22:10 +0200', subj='Interviewtermin Isarwerk Medizintechnik', cs='windows-1252', cte='qp', fname='Interviewtermin Isarwerk Medizintechnik.eml',
    body='''Liebe Frau Wagner,

wie telefonisch angekündigt: Die Isarwerk Medizintechnik GmbH möchte Sie für die Position „Regulatory Affairs Manager (m/w/d)“ kennenlernen.

• Termin: Mittwoch, 11. September, 14:00 Uhr
• Ort: Isarwerk, Am Moosfeld 12, 81829 München
• Dauer: etwa zwei Stunden inkl. Werksführung
• Gesprächspartnerin: Dr. Claudia Hertel, Head of Regulatory

Ich werde das Gespräch von unserer Seite begleiten und bin ab 13:45 Uhr vor Ort.

Isarwerk möchte bis Freitag, 20.09., eine Entscheidung treffen.

Beste Grüße
Tobias Kern
Senior Consultant Life Sciences
Brandner Personalberatung GmbH
'''),
  company='Isarwerk Medizintechnik GmbH', alts=['Isarwerk Medizintechnik', 'Isarwerk'], role='Regulatory Affairs Manager (m/w/d)', start='2030-09-11T14:00', zone='Europe/Berlin', dur=120,
  iv=['Claudia Hertel', 'Tobias Kern'], niv=['Sophie Wagner'], dd='2030-09-20',
  notes='Forwarded as message/rfc822; agency (Brandner Personalberatung) consultant attends -> interviewer; windows-1252 bullets and „“; 13:45 arrival bait; decision date 20.09. without year.')

I(id='de-06', kind='invite', now='2030-11-04 17:20', uz='Europe/Berlin',
  frm='Ayşe Demir <ayse.demir@gmx.de>', subj='Fwd: Telefoninterview morgen', cs='utf-8', cte='8bit',
  body='''kurzfristig, aber gut :)

-------- Weitergeleitete Nachricht --------
Betreff: 	Telefoninterview morgen
Datum: 	Mon, 4 Nov 2030 16:48:55 +0100
Von: 	Kerem Yilmaz <kerem.yilmaz@domblick-versicherung.de>
An: 	Ayşe Demir <ayse.demir@gmx.de>



Hallo Frau Demir,

wie eben am Telefon besprochen, rufe ich Sie morgen um 15 Uhr auf Ihrem Handy an – für ein erstes Telefoninterview zur Stelle „Kundenberater Innendienst“. Planen Sie ca. 30 Minuten ein.

Viele Grüße
Kerem Yilmaz
Recruiting
Domblick Versicherung AG · Köln
''',
  company='Domblick Versicherung', alts=['Domblick Versicherung AG', 'Domblick'], role='Kundenberater Innendienst', start='2030-11-05T15:00', zone='Europe/Berlin', dur=30,
  iv=['Kerem Yilmaz'], niv=['Ayşe Demir'], dd=None,
  notes='Thunderbird DE forward, utf-8 8bit body with ş, en dash and „“, RFC 2047 display name; "morgen um 15 Uhr" relative to now; recruiter calls himself.')

ICS_DE07 = '''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Recruiting//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-interview-551902@personio.de
DTSTAMP:20301129T121500Z
DTSTART;TZID=Europe/Berlin:20301205T113000
DTEND;TZID=Europe/Berlin:20301205T121500
SUMMARY:Interview Werkstudent Data Science (m/w/d) - Nordlicht Energie GmbH
LOCATION:https://meet.google.com/kqx-hzpa-vbn
ORGANIZER;CN=Nordlicht Energie GmbH:mailto:jobs@nordlicht-energie.de
ATTENDEE;CN=Jana Albers:mailto:jana.albers@nordlicht-energie.de
ATTENDEE;CN=Mehmet Acar:mailto:mehmet.acar@nordlicht-energie.de
END:VEVENT
END:VCALENDAR
'''
I(id='de-07', kind='invite', now='2030-11-29 14:00', uz='Europe/Berlin',
  frm='Paul Schröder <paul.schroeder@gmail.com>', subj='Fwd: Einladung zum Interview – Werkstudent Data Science (m/w/d)', cs='utf-8', cte='qp', html=True,
  ics=ICS_DE07, ics_mode='att',
  body='''

---------- Weitergeleitete Nachricht ---------
Von: Nordlicht Energie GmbH <noreply@nordlicht-energie.jobs.personio.de>
Date: Fr., 29. Nov. 2030 um 13:15 Uhr
Subject: Einladung zum Interview – Werkstudent Data Science (m/w/d)
To: <paul.schroeder@gmail.com>


Hallo Paul,

wir freuen uns, dich zu einem Video-Interview für die Position Werkstudent Data Science (m/w/d) einzuladen!

📅 Do., 05.12.2030, 11:30–12:15 Uhr (MEZ)
📍 Google Meet: https://meet.google.com/kqx-hzpa-vbn

Mit dabei sind Jana Albers (Teamlead Analytics) und Mehmet Acar (Data Engineer).

Den Termin kannst du über den Link in der Kalendereinladung bestätigen oder verschieben.

Viele Grüße
Dein Recruiting-Team der Nordlicht Energie GmbH

Diese E-Mail wurde über Personio versendet.
''',
  company='Nordlicht Energie GmbH', alts=['Nordlicht Energie', 'Nordlicht'], role='Werkstudent Data Science (m/w/d)', start='2030-12-05T11:30', zone='Europe/Berlin', dur=45,
  iv=['Jana Albers', 'Mehmet Acar'], niv=['Paul Schröder'], dd=None,
  notes='ATS (Personio) sender with company display name; Gmail DE forward; emoji; time range 11:30–12:15 = 45; .ics attachment with IANA TZID.')

I(id='de-08', kind='invite', now='2030-12-03 10:30', uz='Europe/Vienna',
  frm='Martin Hofer <martin.hofer@aon.at>', subj='WG: Bewerbung Bauleiter Hochbau – Terminvorschlag', cs='utf-8', cte='qp',
  body='''Termin fixiert, siehe unten.

-----Ursprüngliche Nachricht-----
Von: Eva Lechner <e.lechner@murtal-bau.at>
Gesendet: Dienstag, 3. Dezember 2030 09:58
An: Martin Hofer <martin.hofer@aon.at>
Betreff: AW: Bewerbung Bauleiter Hochbau – Terminvorschlag

Sehr geehrter Herr Hofer,

perfekt, dann fixieren wir Dienstag, den 10. Dezember, um 9 Uhr bei uns im Büro in Graz (Lastenstraße 21). Ing. Wolfgang Steiner (Technischer Leiter) und ich freuen uns auf das Gespräch.

Wir möchten die Stelle noch vor den Feiertagen besetzen und melden uns bis spätestens 20. Dezember bei Ihnen; Dienstbeginn wäre im Jänner.

Mit freundlichen Grüßen
Mag. Eva Lechner
Personalentwicklung, Murtal Bau GmbH

-----Ursprüngliche Nachricht-----
Von: Martin Hofer <martin.hofer@aon.at>
Gesendet: Montag, 2. Dezember 2030 19:40
An: Eva Lechner <e.lechner@murtal-bau.at>
Betreff: AW: Bewerbung Bauleiter Hochbau – Terminvorschlag

Sehr geehrte Frau Mag. Lechner,

danke für die Einladung. Der Dienstag würde mir besser passen als Montag, 9.12., 14 Uhr.

Beste Grüße
Martin Hofer
''',
  company='Murtal Bau GmbH', alts=['Murtal Bau'], role='Bauleiter Hochbau', start='2030-12-10T09:00', zone='Europe/Vienna', dur=None,
  iv=['Wolfgang Steiner', 'Eva Lechner'], niv=['Martin Hofer'], dd='2030-12-20',
  notes='Outlook AT thread; earlier proposed Monday 9.12. 14 Uhr is bait; titles Ing./Mag. stripped; sender joins; decision promised "bis spätestens 20. Dezember"; no duration; "Jänner".')

I(id='de-09', kind='reschedule', now='2030-09-27 09:40', uz='Europe/Berlin',
  frm='Robert Klein <robert.klein@mailbox.org>', subj='WG: Unser Termin am 3. Oktober', cs='utf-8', cte='8bit',
  body='''Neuer Termin!

-----Ursprüngliche Nachricht-----
Von: Nicole Franke <nicole.franke@spreeglas.de>
Gesendet: Freitag, 27. September 2030 08:51
An: Robert Klein <robert.klein@mailbox.org>
Betreff: Unser Termin am 3. Oktober

Hallo Herr Klein,

peinlich: Beim Vereinbaren unseres Gesprächs für die Stelle als Einkäufer (m/w/d) habe ich übersehen, dass Donnerstag, der 3. Oktober, der Tag der Deutschen Einheit ist. Können wir stattdessen auf Freitag, den 4. Oktober, ausweichen – gleiche Uhrzeit, also 10:30 Uhr? Ort bleibt unser Büro am Spreeufer.

Wenn ich nichts Gegenteiliges höre, gehe ich davon aus, dass es passt.

Viele Grüße
Nicole Franke
Leiterin Einkauf, Spreeglas GmbH
''',
  company='Spreeglas GmbH', alts=['Spreeglas'], role='Einkäufer (m/w/d)', start='2030-10-04T10:30', zone='Europe/Berlin', dur=None,
  iv=['Nicole Franke'], niv=['Robert Klein'], dd=None,
  notes='Text-only reschedule off a public holiday (Tag der Deutschen Einheit); new slot given as "gleiche Uhrzeit, also 10:30 Uhr"; sender is the interviewer.')

ICS_DE10 = '''BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VTIMEZONE
TZID:(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Corinne Frei:mailto:corinne.frei@rheinknie-pharma.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Lukas Widmer:mailto:lukas.widmer@rheinknie-pharma.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Priska Vogt:mailto:priska.vogt@rheinknie-pharma.ch
SUMMARY;LANGUAGE=de-CH:Verschoben: Interview Data Steward
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20301107T133000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20301107T143000
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4
SEQUENCE:2
LOCATION;LANGUAGE=de-CH:Basel, Grenzacherstrasse 60, Bau 4
END:VEVENT
END:VCALENDAR
'''
I(id='de-10', kind='reschedule', now='2030-10-31 16:10', uz='Europe/Zurich',
  frm='Jan Baumann <jan.baumann@sunrise.ch>', subj='WG: Verschoben: Interview Data Steward', cs='iso-8859-1', cte='qp', html=True,
  ics=ICS_DE10, ics_mode='att', icte='qp',
  body='''Verschoben auf Donnerstag.

________________________________
Von: Corinne Frei <corinne.frei@rheinknie-pharma.ch>
Gesendet: Donnerstag, 31. Oktober 2030 15:02
An: Jan Baumann <jan.baumann@sunrise.ch>
Betreff: Verschoben: Interview Data Steward

Guten Tag Herr Baumann

Leider ist Herr Lukas Widmer am Mittwoch, 6. November, 10.00 Uhr verhindert. Wir haben Ihr Interview für die Stelle Data Steward deshalb auf Donnerstag, 7. November, 13.30 bis 14.30 Uhr verschoben. Frau Priska Vogt (Data Governance Lead) ist ebenfalls dabei.

Die aktualisierte Einladung finden Sie im Anhang.

Freundliche Grüsse
Corinne Frei
HR Services, Rheinknie Pharma AG
''',
  company='Rheinknie Pharma AG', alts=['Rheinknie Pharma', 'Rheinknie'], role='Data Steward', start='2030-11-07T13:30', zone='Europe/Zurich', dur=60,
  iv=['Lukas Widmer', 'Priska Vogt'], niv=['Corinne Frei', 'Jan Baumann'], dd=None,
  notes='Swiss reschedule, iso-8859-1 QP; .ics attachment with Windows display-name TZID "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien" (maps to a CET zone; text context says Zurich); old slot Mi 6.11. 10.00 in text.')

I(id='de-11', kind='rejection', now='2030-07-30 20:15', uz='Europe/Berlin',
  frm='Miriam Schulz <miriam.schulz@outlook.de>', subj='WG: Ihre Bewerbung als UX Researcher', cs='utf-8', cte='qp', html=True,
  body='''Schade. Kannst du die schließen?

________________________________
Von: Elbstrom Digital GmbH <karriere@elbstrom-digital.de>
Gesendet: Dienstag, 30. Juli 2030 17:05
An: Miriam Schulz <miriam.schulz@outlook.de>
Betreff: Ihre Bewerbung als UX Researcher

Sehr geehrte Frau Schulz,

vielen Dank für das angenehme Gespräch am 23. Juli mit Herrn Lars Petersen und Ihr Interesse an der Elbstrom Digital GmbH.

Nach sorgfältiger Abwägung müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Kandidatin entschieden haben, deren Profil noch etwas besser zu unseren aktuellen Anforderungen passt.

Mit Ihrem Einverständnis bewahren wir Ihre Unterlagen sechs Monate auf. Nach den Sommerferien schreiben wir weitere Stellen im Bereich Research aus – schauen Sie gern wieder vorbei.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Elbstrom Digital GmbH
''',
  company='Elbstrom Digital GmbH', alts=['Elbstrom Digital', 'Elbstrom'], role='UX Researcher', start=None, zone=None, dur=None,
  iv=[], niv=['Lars Petersen', 'Miriam Schulz'], dd=None,
  notes='Polite rejection; past interview date and "nach den Sommerferien" are baits.')

I(id='de-12', kind='offer', now='2030-11-06 07:55', uz='Europe/Berlin',
  frm='Daniel Vogel <daniel.vogel@gmail.com>', subj='Fwd: Vertragsangebot Softwarearchitekt AUTOSAR', cs='utf-8', cte='b64',
  body='''🎉🎉🎉

---------- Weitergeleitete Nachricht ---------
Von: Sabine Roth <sabine.roth@neckarblick-automotive.de>
Date: Di., 5. Nov. 2030 um 18:21 Uhr
Subject: Vertragsangebot Softwarearchitekt AUTOSAR
To: Daniel Vogel <daniel.vogel@gmail.com>


Lieber Herr Vogel,

ich freue mich sehr, Ihnen im Namen der Neckarblick Automotive GmbH die Position als Softwarearchitekt AUTOSAR anbieten zu dürfen. Den Arbeitsvertrag finden Sie im Anhang: Jahresbruttogehalt 92.000 €, 30 Urlaubstage, Start zum 01.01.2031.

Bitte senden Sie uns den unterschriebenen Vertrag bis zum 15.11.2030 zurück. Für Rückfragen stehe ich Ihnen gern telefonisch zur Verfügung.

Herzliche Grüße
Sabine Roth
Leiterin Personal
Neckarblick Automotive GmbH, Stuttgart
''',
  company='Neckarblick Automotive GmbH', alts=['Neckarblick Automotive', 'Neckarblick'], role='Softwarearchitekt AUTOSAR', start=None, zone=None, dur=None,
  iv=[], niv=['Sabine Roth', 'Daniel Vogel'], dd=None,
  notes='Offer; return-by date 15.11.2030 is the candidate deadline (decisionDate null); start date 01.01.2031 is bait; base64 body.')

I(id='de-13', kind='not-interview', now='2030-09-10 22:05', uz='Europe/Berlin',
  frm='Lukas Brandt <lukas.brandt@web.de>', subj='WG: Eingangsbestätigung Ihrer Bewerbung – Technischer Zeichner (m/w/d)', cs='windows-1252', cte='qp',
  body='''zur Info

-----Ursprüngliche Nachricht-----
Von: Kieler Werft Service GmbH <bewerbung@kieler-werft-service.de>
Gesendet: Dienstag, 10. September 2030 18:30
An: lukas.brandt@web.de
Betreff: Eingangsbestätigung Ihrer Bewerbung – Technischer Zeichner (m/w/d)

Sehr geehrter Herr Brandt,

vielen Dank für Ihre Bewerbung als Technischer Zeichner (m/w/d), die am 10.09.2030 um 18:29 Uhr bei uns eingegangen ist.

Die Bewerbungsfrist endet am 30.09.2030. Anschließend sichten wir alle Unterlagen; die Auswahlgespräche finden voraussichtlich in der 42. Kalenderwoche statt. Wir melden uns bei Ihnen, sobald wir Ihre Unterlagen geprüft haben.

Dies ist eine automatisch erzeugte Nachricht.

Mit freundlichen Grüßen
Personalabteilung
Kieler Werft Service GmbH
''',
  company='Kieler Werft Service GmbH', alts=['Kieler Werft Service', 'Kieler Werft'], role='Technischer Zeichner (m/w/d)', start=None, zone=None, dur=None,
  iv=[], niv=['Lukas Brandt'], dd=None,
  notes='Automatic application acknowledgement baited with receipt time, deadline and "42. Kalenderwoche"; vague "sobald" -> no decision date.')

I(id='de-14', kind='not-interview', now='2030-11-05 12:10', uz='Europe/Berlin',
  frm='Hannah Weber <hannah.weber@icloud.com>', subj='Fwd: Einladung: Tag der offenen Tür am 16. November', cs='utf-8', cte='qp', html=True,
  body='''Sollen wir da hin?

Anfang der weitergeleiteten Nachricht:

Von: Bodensee Solar AG <karriere@bodensee-solar.de>
Betreff: Einladung: Tag der offenen Tür am 16. November
Datum: 5. November 2030 um 10:00:00 MEZ
An: hannah.weber@icloud.com

Liebe Bewerberin, lieber Bewerber,

Sie haben sich in den letzten zwölf Monaten bei der Bodensee Solar AG beworben. Deshalb laden wir Sie herzlich zu unserem Tag der offenen Tür ein:

Samstag, 16. November 2030, 10–15 Uhr
Werk Konstanz, Line-Eid-Straße 7

Um 11 Uhr führt unser Vorstand Dr. Thomas Eberle durch die Fertigung, um 13:30 Uhr gibt es einen Bewerbungsmappen-Check. Eine Anmeldung ist nicht nötig.

Sonnige Grüße
Ihr Team Employer Branding
''',
  company='Bodensee Solar AG', alts=['Bodensee Solar'], role=None, start=None, zone=None, dur=None,
  iv=[], niv=['Thomas Eberle', 'Hannah Weber'], dd=None,
  notes='Open-day invitation with date, time range and agenda times as bait; no interview.')
