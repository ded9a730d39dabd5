from lib import ics
items = [
dict(id='de-01', kind='invite', style='outlook', prefix='WG: ', now='2031-03-04T07:41:00+01:00', userZone='Europe/Vienna',
 user=('Lukas Novak', 'lukas.novak@gmx.at'), note='Bitte eintragen, danke',
 orig_from=('Petra Hofbauer', 'p.hofbauer@lindwurm-logistik.at'), orig_date='2031-03-03T15:22:00+01:00',
 subject='Einladung zum Vorstellungsgespräch - Sachbearbeiter/in Zollabwicklung',
 charset='iso-8859-1', cte='quoted-printable',
 body="""Sehr geehrter Herr Novak,

vielen Dank für Ihre Bewerbung als Sachbearbeiter/in Zollabwicklung bei der Lindwurm Logistik GmbH.

Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Termin: Dienstag, 11. März 2031, 10:00 Uhr
Ort: Lindwurm Logistik GmbH, Hafenstraße 12, 9020 Klagenfurt, 2. Stock
Dauer: ca. 45 Minuten

Das Gespräch führen DI Stefan Gruber (Teamleitung Zoll) und ich.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen

Mag. Petra Hofbauer
Human Resources
Lindwurm Logistik GmbH
Tel. +43 463 55 120-14
""",
 exp=dict(company='Lindwurm Logistik GmbH', alt=['Lindwurm Logistik', 'Lindwurm'], role='Sachbearbeiter/in Zollabwicklung', start='2031-03-11T10:00', zone='Europe/Vienna', dur=45,
  iv=['Stefan Gruber', 'Petra Hofbauer'], niv=['Lukas Novak'],
  notes='Austrian titles (Mag., DI) not part of names; sender joins ("und ich"); latin-1 QP.')),

dict(id='de-02', kind='invite', style='gmail', prefix='Fwd: ', now='2031-04-08T20:15:00+02:00', userZone='Europe/Berlin',
 user=('Tobias Reinhardt', 'tobi.reinhardt@gmail.com'), note='',
 orig_from=('Jana Vogt', 'jana.vogt@brenner-haustechnik.de'), orig_date='2031-04-08T11:03:00+02:00',
 subject='Ihr Vorstellungsgespräch bei Brenner & Söhne',
 charset='utf-8', cte='quoted-printable',
 body="""Hallo Herr Reinhardt,

wie eben telefonisch besprochen bestätige ich Ihnen gerne den Termin für das Vorstellungsgespräch als Projektleiter TGA (m/w/d):

Direkt nach Ostern, am Dienstag, den 15.04., um halb drei bei uns in der Zentrale (Landsberger Str. 88, 80339 München).

Sie sprechen mit unserem Geschäftsführer Herrn Klaus Brenner und mit Frau Dipl.-Ing. Miriam Schulte, Leitung Planung.

Ich selbst bin in der Woche leider im Urlaub, melden Sie sich bei Rückfragen daher bitte direkt bei Frau Schulte.

Frohe Ostern schon mal und viele Grüße
Jana Vogt
Assistenz der Geschäftsführung
Brenner & Söhne Haustechnik GmbH
""",
 exp=dict(company='Brenner & Söhne Haustechnik GmbH', alt=['Brenner & Söhne', 'Brenner & Söhne Haustechnik'], role='Projektleiter TGA (m/w/d)', start='2031-04-15T14:30', zone='Europe/Berlin', dur=None,
  iv=['Klaus Brenner', 'Miriam Schulte'], niv=['Jana Vogt', 'Tobias Reinhardt'],
  notes='"um halb drei" = 14:30; numeric date without year; after Easter; assistant only schedules; Dipl.-Ing. title.')),

dict(id='de-03', kind='invite', style='outlook', prefix='WG: ', now='2031-05-13T12:09:00+02:00', userZone='Europe/Zurich',
 user=('Andrea Keller', 'andrea.keller@bluewin.ch'), note='Zur Info – Termin vor Auffahrt',
 orig_from=('Nicole Frei', 'nicole.frei@alpenfirn.ch'), orig_date='2031-05-12T16:47:00+02:00',
 subject='Einladung: Interview Business Analyst Schadenmanagement',
 charset='utf-8', cte='quoted-printable', html=True,
 ics=ics('040000008200E00074C5B7101A82E0080000000070A1F3C2', 'Interview Andrea Keller – Business Analyst Schadenmanagement', '20310521T140000', '20310521T150000', tzid='W. Europe Standard Time',
   organizer=('Nicole Frei', 'nicole.frei@alpenfirn.ch'), attendees=[('Reto Baumann', 'reto.baumann@alpenfirn.ch'), ('Corinne Meier', 'corinne.meier@alpenfirn.ch'), ('Andrea Keller', 'andrea.keller@bluewin.ch')],
   location='Alpenfirn Versicherungen AG, Sitzungszimmer Tödi, Bahnhofstrasse 40, 8001 Zürich', stamp='20310512T144700Z'),
 body="""Grüezi Frau Keller

Besten Dank für Ihr Interesse an der Stelle als Business Analyst Schadenmanagement. Gerne laden wir Sie zu einem ersten Gespräch ein:

Datum: Mittwoch, 21. Mai 2031 (also noch vor Auffahrt)
Zeit: 14.00–15.00 Uhr
Ort: Alpenfirn Versicherungen AG, Bahnhofstrasse 40, 8001 Zürich, Sitzungszimmer «Tödi»

Gesprächspartner:
Reto Baumann, Leiter Schadenprozesse
Corinne Meier, HR Business Partnerin

Die Einladung erhalten Sie zusätzlich als Kalendereintrag. Bitte melden Sie sich am Empfang im Erdgeschoss.

Freundliche Grüsse

Nicole Frei
HR Services
Alpenfirn Versicherungen AG
""",
 exp=dict(company='Alpenfirn Versicherungen AG', alt=['Alpenfirn Versicherungen', 'Alpenfirn'], role='Business Analyst Schadenmanagement', start='2031-05-21T14:00', zone='Europe/Zurich', dur=60,
  iv=['Reto Baumann', 'Corinne Meier'], niv=['Nicole Frei', 'Andrea Keller'],
  notes='Swiss German (ss, Grüezi, 14.00 Uhr); Outlook HTML + ICS with TZID W. Europe Standard Time; Auffahrt bait.')),

dict(id='de-04', kind='invite', style='attach', prefix='WG: ', now='2031-01-28T18:30:00+01:00', userZone='Europe/Berlin',
 user=('Melanie Brandt', 'melanie.brandt@web.de'), note='Anbei die Einladung als Anhang.',
 orig_from=('Seeblick Software GmbH über TalentFlow', 'noreply@talentflow-mail.de'), orig_date='2031-01-28T10:14:00+01:00',
 subject='Terminbestätigung: Video-Interview Frontend-Entwickler (m/w/d) React',
 charset='utf-8', cte='quoted-printable', html=True,
 body="""Hallo Melanie,

vielen Dank, dass du dir einen Termin ausgesucht hast! Hier die Details zu deinem Interview:

Position: Frontend-Entwickler (m/w/d) React
Unternehmen: Seeblick Software GmbH
Datum: Montag, 03.02.2031
Uhrzeit: 09:30 – 10:15 Uhr (MEZ)
Format: Videocall über Microsoft Teams (Link folgt am Vortag)

Deine Gesprächspartner:innen:
Lena Hartmann – CTO
Timo Schäfer – Senior Frontend Engineer

Falls etwas dazwischenkommt, kannst du den Termin bis 24 Stunden vorher über dein Kandidatenprofil verschieben.

Viele Grüße
dein Recruiting-Team der Seeblick Software GmbH

--
Versendet mit TalentFlow – Bewerbermanagement
""",
 exp=dict(company='Seeblick Software GmbH', alt=['Seeblick Software', 'Seeblick'], role='Frontend-Entwickler (m/w/d) React', start='2031-02-03T09:30', zone='Europe/Berlin', dur=45,
  iv=['Lena Hartmann', 'Timo Schäfer'], niv=['Melanie Brandt'],
  notes='Forwarded as message/rfc822 from an ATS (TalentFlow must not be the company); time range gives duration; RFC 2047 display name.')),

dict(id='de-05', kind='invite', style='thunderbird', prefix='WG: ', now='2031-03-03T09:02:00+01:00', userZone='Europe/Berlin',
 user=('Felix Wagner', 'felix.wagner@posteo.de'), note='Rosenmontag und ich krieg ne Einladung :) bitte speichern',
 orig_from=('Markus Ritter', 'm.ritter@kessler-personal.de'), orig_date='2031-02-28T17:55:00+01:00',
 subject='Telefoninterview Nordlicht Energie AG – Controller (m/w/d)',
 charset='utf-8', cte='8bit',
 body="""Hallo Herr Wagner,

gute Nachrichten: Die Nordlicht Energie AG möchte Sie gerne in einem ersten Telefoninterview kennenlernen.

Wann: kommenden Freitag, 7. März, 15 Uhr
Dauer: ca. 30 Minuten
Wer: Frau Dr. Anja Lorenz, Leiterin Konzerncontrolling – sie ruft Sie auf Ihrer Mobilnummer an.

Ich selbst bin bei dem Gespräch nicht dabei, rufe Sie aber gerne am Montag davor noch kurz zur Vorbereitung an.

Beste Grüße aus Düsseldorf
Markus Ritter
Senior Consultant Finance
Kessler Personalberatung GmbH
""",
 exp=dict(company='Nordlicht Energie AG', alt=['Nordlicht Energie', 'Nordlicht'], role='Controller (m/w/d)', start='2031-03-07T15:00', zone='Europe/Berlin', dur=30,
  iv=['Anja Lorenz'], niv=['Markus Ritter', 'Felix Wagner'],
  notes='Agency (Kessler Personalberatung) is not the company; consultant absent; "15 Uhr"; phone; Rosenmontag in the user note.')),

dict(id='de-06', kind='invite', style='apple', prefix='Fwd: ', now='2031-05-06T21:12:00+02:00', userZone='Europe/Berlin',
 user=('Aylin Yıldız', 'aylin.yildiz@t-online.de'), note='',
 orig_from=('Sandra Wolf', 'sandra.wolf@pfefferkorn-baeckereien.de'), orig_date='2031-05-06T14:36:00+02:00',
 subject='AW: Bewerbung Filialleitung Hannover-List',
 charset='utf-8', cte='quoted-printable',
 body="""Liebe Frau Yıldız,

super, dann halten wir Mittwoch, den 14.05. um 11 Uhr fest. Das Gespräch findet in unserer Filiale in der Lister Meile 51 statt, mit unserem Bezirksleiter Herrn Uwe Krämer und mir. Planen Sie bitte ca. 1 Stunde ein.

Wir führen bis Mitte Mai noch einige Gespräche und geben Ihnen bis zum 23. Mai Bescheid.

Herzliche Grüße
Sandra Wolf
Personalreferentin
Pfefferkorn Bäckereien GmbH & Co. KG

-----Ursprüngliche Nachricht-----
Von: Aylin Yıldız <aylin.yildiz@t-online.de>
Gesendet: Dienstag, 6. Mai 2031 10:02
An: Sandra Wolf
Betreff: Re: Bewerbung Filialleitung Hannover-List

Liebe Frau Wolf,
danke für die Rückmeldung! Dienstag kann ich leider nicht, Mittwoch wäre perfekt.
Viele Grüße
Aylin Yıldız

> Am 05.05.2031 um 16:20 schrieb Sandra Wolf:
> Liebe Frau Yıldız, wir würden Sie gerne kennenlernen. Hätten Sie am Dienstag, 13.05., um 9 Uhr oder am Mittwoch, 14.05., um 11 Uhr Zeit?
""",
 exp=dict(company='Pfefferkorn Bäckereien GmbH & Co. KG', alt=['Pfefferkorn Bäckereien', 'Pfefferkorn'], role='Filialleitung', start='2031-05-14T11:00', zone='Europe/Berlin', dur=60,
  iv=['Uwe Krämer', 'Sandra Wolf'], niv=['Aylin Yıldız'], dd='2031-05-23',
  notes='Thread with two proposed slots, the confirmed one on top; decision promised by 23 May; "Mitte Mai" is bait; Turkish dotless ı in names.')),

dict(id='de-07', kind='invite', style='gmail', prefix='Fwd: ', now='2031-03-11T19:48:00+01:00', userZone='Europe/Berlin',
 user=('Julia Hoffmann', 'julia.hoffmann.ffm@gmail.com'), note='US-Firma, Zeitangabe passt so (deutsche Zeit)',
 orig_from=('Heather Collins', 'hcollins@cascadebiotech.com'), orig_date='2031-03-11T09:20:00-04:00',
 subject='Interview Einladung – Clinical Data Manager (DACH)',
 charset='windows-1252', cte='base64', html=True,
 ics=ics('cb-2031-0319-hc-jh', 'Cascade Biotech – Clinical Data Manager (DACH) – Julia Hoffmann', '20310319T150000Z', '20310319T160000Z',
   organizer=('Heather Collins', 'hcollins@cascadebiotech.com'), attendees=[('Julia Hoffmann', 'julia.hoffmann.ffm@gmail.com')], location='Zoom', prodid='-//Google Inc//Google Calendar 70.9054//EN', stamp='20310311T132000Z'),
 body="""Liebe Frau Hoffmann,

vielen Dank für Ihre Bewerbung bei Cascade Biotech Inc. Ich würde mich freuen, Sie in einem einstündigen Video-Interview für die Position „Clinical Data Manager (DACH)“ kennenzulernen.

Termin: Mittwoch, 19. März 2031, 16:00 Uhr deutscher Zeit (11:00 Uhr New Yorker Zeit – bei uns gilt bereits die Sommerzeit, daher nur 5 Stunden Unterschied).

Das Gespräch führe ich selbst, auf Deutsch und Englisch. Den Zoom-Link finden Sie in der Kalendereinladung.

Beste Grüße
Heather Collins
Director, Clinical Operations Europe
Cascade Biotech Inc. – Boston / Frankfurt
""",
 exp=dict(company='Cascade Biotech Inc.', alt=['Cascade Biotech', 'Cascade Biotech Inc'], role='Clinical Data Manager (DACH)', start='2031-03-19T16:00', zone='Europe/Berlin', dur=60,
  iv=['Heather Collins'], niv=['Julia Hoffmann'],
  notes='US sender writes German; ICS in UTC (15:00Z = 16:00 CET); 5-hour gap week; German typographic quotes in cp1252 base64.')),

dict(id='de-08', kind='invite', style='outlook_old', prefix='WG: ', now='2031-06-04T16:27:00+02:00', userZone='Europe/Berlin',
 user=('Dominik Huber', 'dominik.huber93@web.de'), note='',
 orig_from=('Julia Kaiser', 'j.kaiser@stadtwerke-lindenau.de'), orig_date='2031-06-04T13:10:00+02:00',
 subject='Einladung Vorstellungsgespräch Elektroniker für Betriebstechnik',
 charset='windows-1252', cte='quoted-printable',
 body="""Sehr geehrter Herr Huber,

vielen Dank für Ihre Bewerbung. Wir laden Sie herzlich zu einem Vorstellungsgespräch ein – und zwar am Freitag nach Fronleichnam, 13.06.2031, um 8:30 Uhr.

Bitte kommen Sie zur Pforte unseres Betriebshofs, Am Gaswerk 3. Das Gespräch führen Herr Bernd Aigner (Meister Netzbetrieb) und ich; es dauert ca. 60 Min. Im Anschluss gibt es einen kurzen Rundgang durch die Werkstatt.

Bitte bringen Sie Ihre Zeugnisse im Original mit.

Mit freundlichen Grüßen
i. A. Julia Kaiser
Personalabteilung
Stadtwerke Lindenau GmbH
""",
 exp=dict(company='Stadtwerke Lindenau GmbH', alt=['Stadtwerke Lindenau'], role='Elektroniker für Betriebstechnik', start='2031-06-13T08:30', zone='Europe/Berlin', dur=60,
  iv=['Bernd Aigner', 'Julia Kaiser'], niv=['Dominik Huber'],
  notes='Bridge day after Fronleichnam; "i. A." before the name; cp1252 QP; "Outlook -----Ursprüngliche Nachricht-----" style.')),

dict(id='de-09', kind='reschedule', style='outlook', prefix='WG: ', now='2031-02-18T08:55:00+01:00', userZone='Europe/Berlin',
 user=('Sophie Lang', 'sophie.lang@outlook.de'), note='Termin hat sich geändert!',
 orig_from=('Nora Albrecht', 'n.albrecht@rheinperle-medien.de'), orig_date='2031-02-17T18:40:00+01:00',
 subject='Terminverschiebung – Ihr Gespräch zum Volontariat',
 charset='utf-8', cte='quoted-printable',
 body="""Liebe Frau Lang,

leider muss ich unser Gespräch am Donnerstag, 20.02., um 10 Uhr verschieben – mitten in der Karnevalswoche fehlt mir die halbe Redaktion.

Neuer Termin: Dienstag, 25.02.2031, 13:00 Uhr, wieder bei uns im Medienhaus am Rheinufer 7 in Köln. Wir planen eine Stunde ein.

Ich hoffe, das passt Ihnen. Ansonsten geben Sie mir kurz Bescheid.

Herzliche Grüße
Nora Albrecht
Chefredakteurin
Rheinperle Medien GmbH
""",
 exp=dict(company='Rheinperle Medien GmbH', alt=['Rheinperle Medien', 'Rheinperle'], role=None, start='2031-02-25T13:00', zone='Europe/Berlin', dur=60,
  iv=['Nora Albrecht'], niv=['Sophie Lang'],
  notes='Reschedule from Thursday to the next Tuesday (Carnival week); role only implied ("Volontariat") so null.')),

dict(id='de-10', kind='reschedule', style='gmail', prefix='Fwd: ', now='2031-04-07T12:31:00+02:00', userZone='Europe/Vienna',
 user=('Martin Novak', 'martin.novak@aon.at'), note='passt, bitte ändern',
 orig_from=('Elisabeth Steiner', 'e.steiner@donauwelle-reisen.at'), orig_date='2031-04-07T09:14:00+02:00',
 subject='Re: Vorstellungsgespräch Reiseverkehrskaufmann/-frau',
 charset='utf-8', cte='quoted-printable',
 body="""Lieber Herr Novak,

mir ist für Mittwoch leider ein Kundentermin dazwischengekommen. Ginge statt dessen Donnerstag um 15 Uhr? Wenn ich nichts Gegenteiliges höre, trage ich es so ein.

Liebe Grüße
Elisabeth Steiner

Am Mi., 2. Apr. 2031 um 11:05 Uhr schrieb Elisabeth Steiner <e.steiner@donauwelle-reisen.at>:
> Lieber Herr Novak,
>
> danke für Ihre Bewerbung als Reiseverkehrskaufmann/-frau bei Donauwelle Reisen GmbH. Ich würde Sie gerne am Mittwoch, 9. April, um 10 Uhr in unserem Büro in der Praterstraße 22, 1020 Wien, kennenlernen (ca. eine halbe Stunde).
>
> Liebe Grüße
> Elisabeth Steiner
> Filialleitung
""",
 exp=dict(company='Donauwelle Reisen GmbH', alt=['Donauwelle Reisen', 'Donauwelle'], role='Reiseverkehrskaufmann/-frau', start='2031-04-10T15:00', zone='Europe/Vienna', dur=30,
  iv=['Elisabeth Steiner'], niv=['Martin Novak'],
  notes='Text-only move "Donnerstag um 15 Uhr" relative to the new mail (Mon 7 Apr); original Mittwoch 9 April quoted; duration from the quoted invite.')),

dict(id='de-11', kind='rejection', style='outlook', prefix='WG: ', now='2031-01-23T17:44:00+01:00', userZone='Europe/Berlin',
 user=('Jan Petersen', 'jan.petersen@freenet.de'), note='Schade. Kannst du abschließen.',
 orig_from=('Möwenwerft Kiel GmbH - Personal', 'bewerbung@moewenwerft.de'), orig_date='2031-01-23T11:20:00+01:00',
 subject='Ihre Bewerbung als Konstrukteur Schiffbau',
 charset='iso-8859-1', cte='quoted-printable',
 body="""Sehr geehrter Herr Petersen,

vielen Dank für das angenehme Gespräch am 16. Januar und Ihr Interesse an der Möwenwerft Kiel GmbH.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Kandidatin entschieden haben. Diese Entscheidung ist uns nicht leichtgefallen.

Gerne würden wir Ihre Unterlagen für zukünftige Vakanzen in unserem Talentpool speichern. Unser nächster Karrieretag findet am 14. März von 10 bis 16 Uhr statt.

Wir wünschen Ihnen für Ihren weiteren Berufsweg alles Gute.

Mit freundlichen Grüßen
Kerstin Jahnke
Personalreferentin
""",
 exp=dict(company='Möwenwerft Kiel GmbH', alt=['Möwenwerft Kiel', 'Möwenwerft'], role='Konstrukteur Schiffbau', start=None, zone=None, dur=None,
  iv=[], niv=['Kerstin Jahnke', 'Jan Petersen'],
  notes='Rejection; past interview date and a Karrieretag date as bait.')),

dict(id='de-12', kind='offer', style='apple', prefix='Fwd: ', now='2031-04-23T08:03:00+02:00', userZone='Europe/Berlin',
 user=('Katharina Berger', 'kathi.berger@icloud.com'), note='🎉🎉 Zusage!!',
 orig_from=('Florian Weiß', 'florian.weiss@gruenfeld-pharma.de'), orig_date='2031-04-22T16:50:00+02:00',
 subject='Vertragsangebot – Pharmareferent (m/w/d) Region Süd',
 charset='utf-8', cte='base64',
 body="""Liebe Frau Berger,

wir freuen uns sehr, Ihnen nach den guten Gesprächen die Position als Pharmareferent (m/w/d) in der Region Süd anbieten zu können!

Im Anhang finden Sie Ihren Arbeitsvertrag: Einstieg zum 1. Juli 2031, Jahresbruttogehalt 62.000 € zzgl. Firmenwagen und Bonus.

Bitte geben Sie uns bis zum 30.04. Bescheid, ob Sie das Angebot annehmen. Für Fragen stehe ich Ihnen jederzeit zur Verfügung.

Herzliche Grüße
Florian Weiß
Head of Sales Süd
Grünfeld Pharma GmbH
""",
 exp=dict(company='Grünfeld Pharma GmbH', alt=['Grünfeld Pharma', 'Grünfeld'], role='Pharmareferent (m/w/d)', start=None, zone=None, dur=None,
  iv=[], niv=['Florian Weiß', 'Katharina Berger'],
  notes='Offer; answer deadline 30.04. belongs to the candidate (no decisionDate); € and start date as bait.')),

dict(id='de-13', kind='not-interview', style='gmail', prefix='Fwd: ', now='2031-02-10T22:17:00+01:00', userZone='Europe/Berlin',
 user=('Nils Krause', 'nils.krause@gmail.com'), note='hab mich beworben',
 orig_from=('Isartal Versicherung AG', 'karriere@isartal-versicherung.de'), orig_date='2031-02-10T22:05:00+01:00',
 subject='Eingangsbestätigung Ihrer Bewerbung – Kundenberater Innendienst (m/w/d)',
 charset='utf-8', cte='quoted-printable',
 body="""Sehr geehrter Herr Krause,

vielen Dank für Ihre Bewerbung als Kundenberater Innendienst (m/w/d) und Ihr Interesse an der Isartal Versicherung AG.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns in der Regel innerhalb von drei Wochen bei Ihnen. Die Auswahlgespräche finden voraussichtlich in der KW 10 statt.

Bitte haben Sie Verständnis dafür, dass wir Rückfragen zum Stand erst nach dem 3. März beantworten können.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Isartal Versicherung AG

Diese E-Mail wurde automatisch erstellt.
""",
 exp=dict(company='Isartal Versicherung AG', alt=['Isartal Versicherung', 'Isartal'], role='Kundenberater Innendienst (m/w/d)', start=None, zone=None, dur=None,
  iv=[], niv=['Nils Krause'],
  notes='Application acknowledgement; "KW 10" and 3. März as bait; vague reply window so no decisionDate.')),

dict(id='de-14', kind='not-interview', style='outlook', prefix='WG: ', now='2031-02-19T13:25:00+01:00', userZone='Europe/Berlin',
 user=('Lea Zimmermann', 'lea.zimmermann@outlook.de'), note='Soll ich da hin?',
 orig_from=('Vektorwerk Automation GmbH', 'events@vektorwerk.de'), orig_date='2031-02-19T10:00:00+01:00',
 subject='Einladung: Digitaler Karriereabend am 27. Februar',
 charset='utf-8', cte='quoted-printable', html=True,
 body="""Hallo Lea,

du hast dich kürzlich für unsere Talent Community angemeldet – danke dafür!

Wir laden dich herzlich zu unserem digitalen Karriereabend ein:
Donnerstag, 27. Februar 2031, 18:00–19:30 Uhr, live auf Teams.

Unser Ausbildungsleiter Thomas Brandl und Azubis aus drei Jahrgängen erzählen, wie der Einstieg bei der Vektorwerk Automation GmbH aussieht. Im Anschluss kannst du in Breakout-Räumen Fragen stellen.

Jetzt kostenlos anmelden: https://vektorwerk.de/karriereabend

Bis bald!
Dein Employer-Branding-Team
""",
 exp=dict(company='Vektorwerk Automation GmbH', alt=['Vektorwerk Automation', 'Vektorwerk'], role=None, start=None, zone=None, dur=None,
  iv=[], niv=['Thomas Brandl', 'Lea Zimmermann'],
  notes='Career evening webinar with date, time and a named speaker; not an interview.')),
]
