from mime import build_all, ics

U1 = ('Jonas Weber', 'jonas.weber@gmx.de')
U2 = ('Lena Hofbauer', 'lena.hofbauer@aon.at')
U3 = ('Matthias Steiner', 'm.steiner@bluewin.ch')
U4 = ('Katharina Wölfel', 'k.woelfel@web.de')
U5 = ('Deniz Yıldız', 'deniz.yildiz@t-online.de')

items = [
dict(id='de-01', kind='invite', now='2030-03-04T08:15:00+01:00', userZone='Europe/Berlin', user=U1,
 subj='Fwd: Einladung zum Vorstellungsgespräch – Disponent (m/w/d) Nahverkehr', cs='iso-8859-1', cte='quoted-printable',
 body="""Bitte eintragen, danke!

---------- Weitergeleitete Nachricht ---------
Von: Sabine Kröger <s.kroeger@brenner-logistik.de>
Date: Fr., 1. März 2030 um 14:22 Uhr
Subject: Einladung zum Vorstellungsgespräch - Disponent (m/w/d) Nahverkehr
To: Jonas Weber <jonas.weber@gmx.de>


Sehr geehrter Herr Weber,

vielen Dank für Ihre Bewerbung und Ihr Interesse an der Brenner Logistik GmbH. Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch für die Position Disponent (m/w/d) Nahverkehr ein:

Termin: Dienstag, den 12.03.2030 um 10:00 Uhr
Ort: Brenner Logistik GmbH, Industriestraße 14, 50829 Köln, Empfang Gebäude B
Dauer: ca. eine Stunde

Ihre Gesprächspartner sind Herr Dipl.-Ing. Frank Albers (Niederlassungsleiter) und ich, Sabine Kröger (Personalreferentin).

Bitte beachten Sie, dass wir am Rosenmontag (04.03.) und Veilchendienstag nur eingeschränkt erreichbar sind. Eine kurze Bestätigung bis Freitag, 08.03., genügt uns.

Mit freundlichen Grüßen

Sabine Kröger
Personalreferentin
Brenner Logistik GmbH
""",
 exp=dict(company='Brenner Logistik GmbH', alt=['Brenner Logistik'], role='Disponent (m/w/d) Nahverkehr', start='2030-03-12T10:00',
  zone='Europe/Berlin', dur=60, iv=['Frank Albers', 'Sabine Kröger'], niv=['Jonas Weber'],
  notes='sender is on the panel ("und ich"); Dipl.-Ing. title; carnival dates and confirm-by date as bait; iso-8859-1 QP')),

dict(id='de-02', kind='invite', now='2030-04-15T11:20:00+02:00', userZone='Europe/Vienna', user=U2,
 subj='WG: Einladung Vorstellungsgespräch Junior Aktuar:in', cs='windows-1252', cte='quoted-printable', xmailer='Microsoft Outlook 16.0',
 body="""

Von: Karin Wallner <karin.wallner@alpenhof-versicherung.at>
Gesendet: Montag, 15. April 2030 09:41
An: Lena Hofbauer <lena.hofbauer@aon.at>
Betreff: Einladung Vorstellungsgespräch Junior Aktuar:in

Sehr geehrte Frau Hofbauer,

herzlichen Dank für Ihre Bewerbung als Junior Aktuar:in bei der Alpenhof Versicherung AG. Wir freuen uns, Sie nach Ostern zu einem persönlichen Gespräch einladen zu dürfen:

Donnerstag, 25. April 2030, 14:30 Uhr
Alpenhof Versicherung AG, Schottenring 9, 1010 Wien, 4. Stock

Sie werden Frau Mag. Theresa Huber (Leiterin Aktuariat) und Herrn Dr. Lukas Pichler (Chief Risk Officer) kennenlernen. Bitte planen Sie ca. eineinhalb Stunden ein – inklusive einer kurzen Fallstudie.

Ich habe Ihnen eine Terminanfrage mitgeschickt. Bei Fragen stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen
Karin Wallner
Assistenz Human Resources
Alpenhof Versicherung AG
""",
 ics=ics('W. Europe Standard Time', '20300425T143000', '20300425T160000', 'Vorstellungsgespräch Lena Hofbauer – Junior Aktuar:in',
         ('Karin Wallner', 'karin.wallner@alpenhof-versicherung.at'), [('Lena Hofbauer', 'lena.hofbauer@aon.at'), ('Theresa Huber', 'theresa.huber@alpenhof-versicherung.at'), ('Lukas Pichler', 'lukas.pichler@alpenhof-versicherung.at')],
         'Schottenring 9, 1010 Wien, 4. Stock', uid='de02'),
 exp=dict(company='Alpenhof Versicherung AG', alt=['Alpenhof Versicherung', 'Alpenhof'], role='Junior Aktuar:in', start='2030-04-25T14:30',
  zone='Europe/Vienna', dur=90, iv=['Theresa Huber', 'Lukas Pichler'], niv=['Karin Wallner', 'Lena Hofbauer'],
  notes='Austrian; Mag. and Dr. titles; "nach Ostern"; Windows TZID W. Europe Standard Time; eineinhalb Stunden = 90; windows-1252')),

dict(id='de-03', kind='invite', now='2030-01-10T18:40:00+01:00', userZone='Europe/Zurich', user=U3,
 subj='WG: Ihre Bewerbung als Qualitätsingenieur/in', cs='utf-8', cte='8bit', xmailer='Apple Mail (2.3774.300.61)',
 body="""Zur Info – Termin nächste Woche.

Gruss Matthias

Anfang der weitergeleiteten Nachricht:

Von: Corinne Meier <corinne.meier@rheintal-medtech.ch>
Betreff: Ihre Bewerbung als Qualitätsingenieur/in
Datum: 10. Januar 2030 um 16:05:37 MEZ
An: Matthias Steiner <m.steiner@bluewin.ch>

Grüezi Herr Steiner

Besten Dank für Ihre Bewerbung. Gerne laden wir Sie zu einem ersten Gespräch für die Stelle als Qualitätsingenieur/in bei der Rheintal Medtech AG ein.

Würde es Ihnen am Mittwoch, 16. Januar, um halb drei passen? Das Gespräch findet bei uns in Buchs SG statt und dauert rund 60 Minuten. Seitens Rheintal Medtech werden Reto Baumgartner (Leiter Qualitätsmanagement) und ich dabei sein.

Freundliche Grüsse

Corinne Meier
HR Business Partner
Rheintal Medtech AG
Werdenbergstrasse 12, 9470 Buchs SG
""",
 exp=dict(company='Rheintal Medtech AG', alt=['Rheintal Medtech'], role='Qualitätsingenieur/in', start='2030-01-16T14:30',
  zone='Europe/Zurich', dur=60, iv=['Reto Baumgartner', 'Corinne Meier'], niv=['Matthias Steiner'],
  notes='Swiss spelling (Gruss, no ß); "um halb drei" = 14:30; sender attends ("und ich"); 8bit utf-8; Apple Mail German forward header')),

dict(id='de-04', kind='invite', now='2030-05-29T21:10:00+02:00', userZone='Europe/Berlin', user=U4,
 subj='Fwd: Ihr Interview bei Wellenreiter Energie', cs='utf-8', cte='quoted-printable', xmailer='Mozilla Thunderbird',
 body="""Hallo, hier die Einladung als Anhang. Liebe Grüße, Katharina
""",
 attach=dict(**{'from': ('Wellenreiter Energie GmbH über Teamtakt', 'noreply@mail.teamtakt.de')}, date='2030-05-29T17:48:00+02:00',
  subject='Ihr Interview bei Wellenreiter Energie', cte='base64', html=True,
  body="""Hallo Katharina,

vielen Dank für deine Bewerbung als Werkstudent (m/w/d) Data Analytics! Wir freuen uns, dich kennenzulernen.

Dein Videointerview:
Montag, 3. Juni 2030, 09:00–09:45 Uhr (MESZ)
Mit: Jana Oswald, Teamlead Data & BI
Link: https://meet.teamtakt.de/wellenreiter/8f3k-22

Wegen Christi Himmelfahrt ist unser Büro am Donnerstag und Freitag geschlossen – falls du den Termin verschieben musst, nutze bitte den Link in deinem Bewerberportal.

Viele Grüße
Dein Recruiting-Team der Wellenreiter Energie GmbH

Diese E-Mail wurde über Teamtakt versendet.
"""),
 exp=dict(company='Wellenreiter Energie GmbH', alt=['Wellenreiter Energie', 'Wellenreiter'], role='Werkstudent (m/w/d) Data Analytics',
  start='2030-06-03T09:00', zone='Europe/Berlin', dur=45, iv=['Jana Oswald'], niv=['Katharina Wölfel'],
  notes='forward as attachment; ATS display name "über Teamtakt"; informal du; Ascension closure bait; MESZ; range gives 45 min')),

dict(id='de-05', kind='invite', now='2030-02-12T19:30:00+01:00', userZone='Europe/Berlin', user=U5,
 subj='WG: Telefoninterview Maschinenbau Hollerith', cs='iso-8859-1', cte='8bit',
 body="""Telefoninterview am Freitag!

-------- Weitergeleitete Nachricht --------
Betreff: 	Telefoninterview Maschinenbau Hollerith
Datum: 	Tue, 12 Feb 2030 16:12:09 +0100
Von: 	Melanie Brandt <m.brandt@rheinwerk-personal.de>
An: 	Deniz Yildiz <deniz.yildiz@t-online.de>



Hallo Herr Yildiz,

wie telefonisch besprochen, hat sich die Maschinenbau Hollerith KG Ihre Unterlagen angesehen und möchte gerne ein erstes Telefoninterview mit Ihnen für die Position Vertriebsingenieur Süd führen.

Herr Thomas Keil, der Vertriebsleiter, ruft Sie am Freitag, 15.2., um 11 Uhr auf Ihrem Handy an. Planen Sie etwa 30 Minuten ein.

Ich selbst bin bei dem Telefonat nicht dabei, melde mich aber danach bei Ihnen, um Feedback einzuholen.

Viele Grüße
Melanie Brandt
Senior Consultant
Rheinwerk Personal GmbH | Düsseldorf
""",
 exp=dict(company='Maschinenbau Hollerith KG', alt=['Maschinenbau Hollerith', 'Hollerith'], role='Vertriebsingenieur Süd',
  start='2030-02-15T11:00', zone='Europe/Berlin', dur=30, iv=['Thomas Keil'], niv=['Melanie Brandt', 'Deniz Yildiz'],
  notes='agency consultant explicitly absent; "15.2., um 11 Uhr"; Thunderbird German forward; iso-8859-1 8bit; name spelled without ı in the mail')),

dict(id='de-06', kind='invite', now='2030-03-28T09:00:00+01:00', userZone='Europe/Berlin', user=U1,
 subj='Fwd: Einladung: Interview Senior Frontend Developer (React) – Nordlicht Software', cs='utf-8', cte='quoted-printable', html=True,
 body="""

---------- Weitergeleitete Nachricht ---------
Von: Recruiting Nordlicht <jobs@nordlicht-software.de>
Date: Mi., 27. März 2030 um 17:30 Uhr
Subject: Einladung: Interview Senior Frontend Developer (React) – Nordlicht Software
To: <jonas.weber@gmx.de>


Hallo Jonas,

danke für deine Bewerbung als Senior Frontend Developer (React) bei der Nordlicht Software AG!

Wir würden dich gern am Dienstag, 2. April, um 10 Uhr deutscher Zeit per Google Meet kennenlernen. Achtung: am Wochenende wird auf Sommerzeit umgestellt.

Dabei sind Felix Brandstätter (CTO) und Aylin Demir (Frontend Lead). Die Einladung findest du im Anhang.

Bis bald
dein Nordlicht-Recruiting
""",
 ics=ics(None, '20300402T080000', '20300402T090000', 'Interview Jonas Weber / Nordlicht Software', ('Recruiting Nordlicht', 'jobs@nordlicht-software.de'),
         [('Jonas Weber', 'jonas.weber@gmx.de'), ('Felix Brandstätter', 'felix.b@nordlicht-software.de'), ('Aylin Demir', 'aylin.demir@nordlicht-software.de')],
         'Google Meet', utc=True, uid='de06', prodid='-//Google Inc//Google Calendar 70.9054//EN'),
 exp=dict(company='Nordlicht Software AG', alt=['Nordlicht Software', 'Nordlicht'], role='Senior Frontend Developer (React)',
  start='2030-04-02T10:00', zone='Europe/Berlin', dur=60, iv=['Felix Brandstätter', 'Aylin Demir'], niv=['Jonas Weber'],
  notes='ICS in UTC (08:00Z) across the EU DST change; duration only from DTEND')),

dict(id='de-07', kind='invite', now='2030-04-26T07:45:00+02:00', userZone='Europe/Berlin', user=U4,
 subj='WG: Vorstellungsgespräch Sachbearbeiter/in Kundenservice', cs='windows-1252', cte='8bit', xmailer='Microsoft Outlook 16.0',
 body="""Bitte merken! K.

-----Ursprüngliche Nachricht-----
Von: Haas, Nicole <n.haas@stadtwerke-gruenhain.de>
Gesendet: Donnerstag, 25. April 2030 15:10
An: 'Katharina Wölfel' <k.woelfel@web.de>
Betreff: Vorstellungsgespräch Sachbearbeiter/in Kundenservice

Sehr geehrte Frau Wölfel,

wir beziehen uns auf Ihre Bewerbung als Sachbearbeiter/in Kundenservice und laden Sie herzlich zu einem Vorstellungsgespräch am Dienstag, 7. Mai 2030, um 13:15 Uhr ein. Das Gespräch endet voraussichtlich gegen 14:00 Uhr.

Ort: Stadtwerke Grünhain, Verwaltungsgebäude, Am Wasserturm 3, Raum 2.14

Der Auswahlkommission gehören an:
– Frau Dr. Ulrike Sommer, Werkleitung
– Herr Jörg Pfeiffer, Personalrat
– Frau Nicole Haas, Personalabteilung (Unterzeichnerin)

Bitte bestätigen Sie den Termin bis zum 30. April – am 1. Mai (Feiertag) ist unser Haus geschlossen. Reisekosten können leider nicht erstattet werden.

Mit freundlichen Grüßen
Im Auftrag
Nicole Haas
Stadtwerke Grünhain – Personalabteilung
""",
 exp=dict(company='Stadtwerke Grünhain', alt=[], role='Sachbearbeiter/in Kundenservice', start='2030-05-07T13:15', zone='Europe/Berlin',
  dur=45, iv=['Ulrike Sommer', 'Jörg Pfeiffer', 'Nicole Haas'], niv=['Katharina Wölfel'],
  notes='public-sector panel list incl. the signer; "Haas, Nicole" surname-first Outlook header; end "gegen 14:00" gives 45; May Day bait')),

dict(id='de-08', kind='invite', now='2030-06-11T12:00:00+02:00', userZone='Europe/Vienna', user=U2,
 subj='Fwd: Kennenlernen Front Office Manager', cs='utf-8', cte='base64', html=True,
 body="""fürs Protokoll :)

---------- Weitergeleitete Nachricht ---------
Von: Eva Leitner <eva.leitner@donaublick-hotels.at>
Date: Di., 11. Juni 2030 um 10:03 Uhr
Subject: Kennenlernen Front Office Manager
To: Lena Hofbauer <lena.hofbauer@aon.at>


Liebe Frau Hofbauer,

ich hoffe, Sie hatten ein schönes Pfingstwochenende! Wie vereinbart bestätige ich Ihnen gerne unser Kennenlernen für die Stelle Front Office Manager:

Termin: Di, 18.6., 15 Uhr
Ort: Hotel Donaublick Linz, Untere Donaulände 22, 4020 Linz (bitte an der Rezeption nach mir fragen)

Neben mir wird auch unser Direktor Michael Gruber am Gespräch teilnehmen.

Herzliche Grüße aus Linz
Mag.a Eva Leitner
HR Managerin
Donaublick Hotels GmbH
""",
 exp=dict(company='Donaublick Hotels GmbH', alt=['Donaublick Hotels', 'Hotel Donaublick', 'Donaublick'], role='Front Office Manager',
  start='2030-06-18T15:00', zone='Europe/Vienna', dur=None, iv=['Eva Leitner', 'Michael Gruber'], niv=['Lena Hofbauer'],
  notes='Austrian "Mag.a" title; no duration; "Di, 18.6., 15 Uhr"; Whitsun mention; sender attends')),

dict(id='de-09', kind='reschedule', now='2030-01-21T08:30:00+01:00', userZone='Europe/Berlin', user=U5,
 subj='WG: AW: Termin Mittwoch', cs='utf-8', cte='quoted-printable',
 body="""Verschoben auf Donnerstag.

-----Original-Nachricht-----
Von: Georg Lindemann <g.lindemann@kaufhaus-lindemann.de>
An: Deniz Yıldız <deniz.yildiz@t-online.de>
Datum: Sonntag, 20. Januar 2030 21:14
Betreff: AW: Termin Mittwoch

Lieber Herr Yıldız,

leider muss ich unseren Termin am Mittwoch um 10 absagen, da ich kurzfristig zu einer Messe muss. Können wir stattdessen auf Donnerstag, 15 Uhr, verschieben? Gleicher Ort, gleiche Dauer (ca. 45 Min.).

Beste Grüße
Georg Lindemann

> Sehr geehrter Herr Lindemann,
> vielen Dank für die Einladung zum Gespräch für die Abteilungsleitung Textil am Mittwoch, 23.01., um 10:00 Uhr im Kaufhaus Lindemann. Ich bestätige den Termin gern.
> Mit freundlichen Grüßen
> Deniz Yıldız
""",
 exp=dict(company='Kaufhaus Lindemann', alt=[], role='Abteilungsleitung Textil', start='2030-01-24T15:00', zone='Europe/Berlin', dur=45,
  iv=['Georg Lindemann'], niv=['Deniz Yıldız'], notes='text-only reschedule to a bare weekday ("Donnerstag, 15 Uhr"); old slot only in the quoted reply of the user; T-Online style header')),

dict(id='de-10', kind='reschedule', now='2030-03-11T10:05:00+01:00', userZone='Europe/Zurich', user=U3,
 subj='WG: Terminverschiebung: Gespräch Leiter/in Finanzen', cs='utf-8', cte='quoted-printable', xmailer='Microsoft Outlook 16.0', ics_mode='attach',
 body="""Neuer Termin, bitte anpassen.

Von: Sandra Kälin <sandra.kaelin@engelstal-bergbahnen.ch>
Gesendet: Montag, 11. März 2030 08:47
An: Matthias Steiner <m.steiner@bluewin.ch>
Cc: Urs Fankhauser <urs.fankhauser@engelstal-bergbahnen.ch>
Betreff: Terminverschiebung: Gespräch Leiter/in Finanzen

Guten Tag Herr Steiner

Aufgrund einer Verwaltungsratssitzung müssen wir das Gespräch vom Donnerstag, 14.03.2030, 09:00 Uhr leider verschieben. Neuer Termin: Donnerstag, 21.03.2030, 16:00 Uhr, Dauer 75 Minuten, am Hauptsitz in Engelberg.

Sie sprechen mit Urs Fankhauser (CEO) und Marianne Zürcher (Präsidentin des Verwaltungsrats). Die aktualisierte Einladung finden Sie im Anhang.

Freundliche Grüsse
Sandra Kälin
Direktionsassistentin
Bergbahnen Engelstal AG
""",
 ics=ics('(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien', '20300321T160000', '20300321T171500', 'Gespräch M. Steiner – Leiter/in Finanzen (verschoben)',
         ('Sandra Kälin', 'sandra.kaelin@engelstal-bergbahnen.ch'), [('Matthias Steiner', 'm.steiner@bluewin.ch'), ('Urs Fankhauser', 'urs.fankhauser@engelstal-bergbahnen.ch'), ('Marianne Zürcher', 'm.zuercher@engelstal-bergbahnen.ch')],
         'Hauptsitz Engelberg', seq=1, uid='de10'),
 exp=dict(company='Bergbahnen Engelstal AG', alt=['Bergbahnen Engelstal', 'Engelstal'], role='Leiter/in Finanzen', start='2030-03-21T16:00',
  zone='Europe/Zurich', dur=75, iv=['Urs Fankhauser', 'Marianne Zürcher'], niv=['Sandra Kälin', 'Matthias Steiner'],
  notes='Windows display-name TZID; SEQUENCE 1; old slot in text; CEO in Cc is an interviewer, assistant is not')),

dict(id='de-11', kind='rejection', now='2030-02-20T22:05:00+01:00', userZone='Europe/Berlin', user=U4,
 subj='WG: Ihre Bewerbung als Teamleiter Lager (m/w/d)', cs='iso-8859-1', cte='quoted-printable',
 body="""Schade. Absage.

---------- Weitergeleitete Nachricht ---------
Von: Feinkost Weidner GmbH <bewerbung@feinkost-weidner.de>
Date: Mi., 20. Feb. 2030 um 16:40 Uhr
Subject: Ihre Bewerbung als Teamleiter Lager (m/w/d)
To: <k.woelfel@web.de>


Sehr geehrte Frau Wölfel,

nochmals vielen Dank für das angenehme Gespräch in der vergangenen Woche. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.

Ihre Unterlagen werden wir gemäß DSGVO nach sechs Monaten löschen, sofern Sie nicht der Aufnahme in unseren Talentpool zustimmen.

Wir wünschen Ihnen für Ihren weiteren Berufsweg alles Gute.

Mit freundlichen Grüßen
Feinkost Weidner GmbH
Personalabteilung
""",
 exp=dict(company='Feinkost Weidner GmbH', alt=['Feinkost Weidner'], role='Teamleiter Lager (m/w/d)', start=None, zone=None, dur=None,
  iv=[], niv=['Katharina Wölfel'], notes='rejection with data-retention bait')),

dict(id='de-12', kind='offer', now='2030-04-08T20:00:00+02:00', userZone='Europe/Berlin', user=U1,
 subj='WG: Vertragsangebot – Consultant Hafenlogistik', cs='utf-8', cte='base64',
 body="""Angebot ist da!!! 🎉

-----Ursprüngliche Nachricht-----
Von: Birte Jensen <b.jensen@hanse-maritim.de>
Gesendet: Montag, 8. April 2030 17:12
An: Jonas Weber <jonas.weber@gmx.de>
Betreff: Vertragsangebot – Consultant Hafenlogistik

Lieber Herr Weber,

nach den sehr guten Gesprächen freuen wir uns, Ihnen die Position als Consultant Hafenlogistik bei der Hanse Maritim Consulting GmbH anbieten zu können. Den Vertragsentwurf mit einem Jahresgehalt von 64.000 € und Startdatum 1. Juli 2030 finden Sie im Anhang.

Bitte geben Sie uns bis zum 15. April Bescheid, ob Sie das Angebot annehmen.

Herzliche Grüße aus Hamburg
Birte Jensen
Head of People
""",
 exp=dict(company='Hanse Maritim Consulting GmbH', alt=['Hanse Maritim Consulting', 'Hanse Maritim'], role='Consultant Hafenlogistik',
  start=None, zone=None, dur=None, iv=[], niv=['Birte Jensen', 'Jonas Weber'], notes='offer; answer-by date is the candidate deadline, decisionDate null')),

dict(id='de-13', kind='not-interview', now='2030-03-06T13:25:00+01:00', userZone='Europe/Berlin', user=U5,
 subj='Fwd: Terminbuchung für Ihr Vorstellungsgespräch – Sehwerk', cs='utf-8', cte='quoted-printable', html=True,
 body="""muss noch einen Slot buchen, erinnere mich bitte

---------- Weitergeleitete Nachricht ---------
Von: Optikhaus Sehwerk <karriere@sehwerk-optik.de>
Date: Mi., 6. März 2030 um 09:00 Uhr
Subject: Terminbuchung für Ihr Vorstellungsgespräch – Sehwerk
To: <deniz.yildiz@t-online.de>


Guten Tag Herr Yıldız,

vielen Dank für Ihre Bewerbung als Augenoptiker/in (m/w/d) in unserer Filiale Bochum.

Bitte wählen Sie über den folgenden Link einen passenden Termin für ein 30-minütiges Gespräch zwischen dem 11. und 15. März aus (jeweils 9–17 Uhr):
https://termine.sehwerk-optik.de/buchen/aug-bo-114

Freie Termine werden nach dem Prinzip „wer zuerst kommt“ vergeben.

Ihr Team der Optikhaus Sehwerk GmbH
""",
 exp=dict(company='Optikhaus Sehwerk GmbH', alt=['Optikhaus Sehwerk', 'Sehwerk'], role='Augenoptiker/in (m/w/d)', start=None, zone=None, dur=None,
  iv=[], niv=['Deniz Yıldız'], notes='"please book a slot" with a date range and hours but no slot chosen')),

dict(id='de-14', kind='not-interview', now='2030-04-18T08:10:00+02:00', userZone='Europe/Berlin', user=U4,
 subj='WG: Einladung zum Tag der offenen Baustelle bei Vossberg Bau', cs='windows-1252', cte='quoted-printable',
 body="""Vielleicht gehe ich da hin, kein Vorstellungsgespräch.

-----Ursprüngliche Nachricht-----
Von: Vossberg Bau AG – Karriere <karriere@vossberg-bau.de>
Gesendet: Mittwoch, 17. April 2030 11:00
An: k.woelfel@web.de
Betreff: Einladung zum Tag der offenen Baustelle bei Vossberg Bau

Liebe Interessentin, lieber Interessent,

nach Ostern öffnen wir wieder unsere Tore: Am Samstag, 27. April 2030, von 10 bis 15 Uhr laden wir zum „Tag der offenen Baustelle“ in Leipzig ein. Lernen Sie unsere Bauleiter:innen kennen und informieren Sie sich über Ausbildung, duales Studium und Direkteinstieg.

Um 11:30 Uhr stellt unsere Personalleiterin Anja Ruppert die Einstiegsmöglichkeiten vor.

Eine Anmeldung ist nicht erforderlich.

Ihr Karriereteam der Vossberg Bau AG
""",
 exp=dict(company='Vossberg Bau AG', alt=['Vossberg Bau', 'Vossberg'], role=None, start=None, zone=None, dur=None, iv=[],
  niv=['Anja Ruppert', 'Katharina Wölfel'], notes='open day with date, hours and a talk time as bait; after-Easter mention')),
]

build_all(items, 'de')
