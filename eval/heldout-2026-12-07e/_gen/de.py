from lib import write_all, write_replies
U = ('Lena Brandt', 'lena.brandt@web.de')
UA = ('Florian Eder', 'florian.eder@gmx.at')
UC = ('Simone Gerber', 'simone.gerber@bluewin.ch')
items = []
def F(**k): k.setdefault('lang', 'de'); items.append(k)

F(id='de-01', kind='invite', client='outlook', olsep='orig', user=U, now='2029-09-10T09:12:00+02:00', userZone='Europe/Berlin',
  charset='iso-8859-1', cte='qp', prefix='WG:',
  orig={'from': ('Jana Wolff', 'j.wolff@hagedorn-maschinenbau.de'), 'date': '2029-09-07T15:33:00+02:00',
  'subject': 'Einladung zum Vorstellungsgespräch - Projektingenieur Automatisierung (m/w/d)',
  'body': '''Sehr geehrte Frau Brandt,

vielen Dank für Ihre Bewerbung und Ihr Interesse an der Hagedorn Maschinenbau GmbH.

Gerne möchten wir Sie persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch für die Position Projektingenieur Automatisierung (m/w/d) ein:

Termin: Dienstag, den 18.09.2029 um 10:00 Uhr
Ort: Hagedorn Maschinenbau GmbH, Industriestraße 12, 33609 Bielefeld, Empfang Gebäude A
Dauer: ca. 60 Minuten

Ihre Gesprächspartner sind Herr Dipl.-Ing. Uwe Kessler (Leiter Konstruktion) und Frau Sabine Roth (Personalabteilung).

Bitte bestätigen Sie uns den Termin kurz per E-Mail. Fahrtkosten werden Ihnen nach Reisekostenrichtlinie erstattet.

Mit freundlichen Grüßen

Jana Wolff
Personalreferentin
Hagedorn Maschinenbau GmbH'''},
  exp=dict(company='Hagedorn Maschinenbau GmbH', companyAlternatives=['Hagedorn Maschinenbau', 'Hagedorn'], role='Projektingenieur Automatisierung (m/w/d)',
           start='2029-09-18T10:00', zone='Europe/Berlin', durationMinutes=60, interviewers=['Uwe Kessler', 'Sabine Roth'], notInterviewers=['Jana Wolff'],
           notes='Dipl.-Ing. title; HR person on panel counts; sender schedules only; iso-8859-1.'))

F(id='de-02', kind='invite', client='gmail', user=U, now='2029-09-28T17:40:00+02:00', userZone='Europe/Berlin', html=True,
  note='Termin für Brenner, bitte eintragen',
  orig={'from': ('Markus Lenz', 'm.lenz@peak-personalberatung.de'), 'date': '2029-09-28T16:05:00+02:00',
  'subject': 'Brenner Medizintechnik – Ihr Interview am Donnerstag',
  'body': '''Hallo Frau Brandt,

wie eben telefonisch besprochen, hier noch einmal die Eckdaten zum Gespräch mit unserem Mandanten:

Unternehmen: Brenner Medizintechnik AG
Position: Regulatory Affairs Manager
Wann: Donnerstag, 4. Oktober, 14:30 Uhr (ca. 45 Min.)
Wie: MS Teams, den Link schicke ich Ihnen morgen
Mit: Dr. Katrin Albers, Head of Regulatory Affairs

Ich bin beim Gespräch ebenfalls dabei und moderiere kurz den Einstieg.

Viele Grüße
Markus Lenz
Senior Consultant Life Sciences
Peak Personalberatung GmbH | Frankfurt am Main'''},
  exp=dict(company='Brenner Medizintechnik AG', companyAlternatives=['Brenner Medizintechnik', 'Brenner'], role='Regulatory Affairs Manager',
           start='2029-10-04T14:30', zone='Europe/Berlin', durationMinutes=45, interviewers=['Katrin Albers', 'Markus Lenz'], notInterviewers=[],
           notes='Agency consultant attends, so he is an interviewer; employer is the client not the agency.'))

F(id='de-03', kind='invite', client='apple', user=UA, now='2029-11-06T07:55:00+01:00', userZone='Europe/Vienna', cte='8bit',
  orig={'from': ('Christina Huber', 'christina.huber@alpenblick-versicherung.at'), 'date': '2029-11-05T16:20:00+01:00',
  'subject': 'Ihr Gesprächstermin bei der Alpenblick Versicherung',
  'body': '''Sehr geehrter Herr Eder,

danke für das nette Telefonat heute. Wie vereinbart darf ich Sie am Mittwoch, 14. November um halb drei zu uns in die Zentrale einladen (Praterstraße 31, 1020 Wien, 6. Stock).

Beim Gespräch zur Stelle als Aktuar (m/w/d) sind neben mir auch unser Bereichsleiter Mathematik, Herr Stefan Gruber, dabei. Wir haben circa eineinhalb Stunden eingeplant.

Mit freundlichen Grüßen
Mag. Christina Huber
Recruiting & Employer Branding
Alpenblick Versicherung AG'''},
  exp=dict(company='Alpenblick Versicherung AG', companyAlternatives=['Alpenblick Versicherung', 'Alpenblick'], role='Aktuar (m/w/d)',
           start='2029-11-14T14:30', zone='Europe/Vienna', durationMinutes=90, interviewers=['Christina Huber', 'Stefan Gruber'], notInterviewers=[],
           notes='"um halb drei" = 14:30; Austrian; Mag. title; "eineinhalb Stunden".'))

F(id='de-04', kind='invite', client='tb', user=UC, now='2029-11-26T12:10:00+01:00', userZone='Europe/Zurich',
  ics=dict(mode='iana', tzid='Europe/Zurich', vtz=('+0100', '+0200', 'EU'), zone='Europe/Zurich', start='2029-12-03T09:00', dur=75,
           summary='Interview Simone Gerber – Data Scientist', organizer=('Corinne Meier', 'corinne.meier@seetalpharma.ch'),
           location='Seetal Pharma AG, Hochbergerstrasse 60, Basel', place='mixed', prodid='-//Google Inc//Google Calendar 70.9054//EN'),
  orig={'from': ('Corinne Meier', 'corinne.meier@seetalpharma.ch'), 'date': '2029-11-26T11:47:00+01:00',
  'subject': 'Einladung Vorstellungsgespräch Data Scientist 80–100%',
  'body': '''Grüezi Frau Gerber

Vielen Dank für Ihre Bewerbung. Gerne laden wir Sie zu einem ersten Gespräch ein:

Datum: Montag, 3. Dezember 2029
Zeit: 09.00–10.15 Uhr
Ort: Hochbergerstrasse 60, 4057 Basel, Bau 12, Empfang

Sie treffen Reto Brunner (Head Data & Analytics) und Nadine Keller (Senior Data Scientist). Bitte bringen Sie einen amtlichen Ausweis mit.

Die Kalendereinladung finden Sie im Anhang.

Freundliche Grüsse
Corinne Meier
HR Business Partner
Seetal Pharma AG'''},
  exp=dict(company='Seetal Pharma AG', companyAlternatives=['Seetal Pharma', 'Seetal'], role='Data Scientist 80–100%', start='2029-12-03T09:00',
           zone='Europe/Zurich', durationMinutes=75, interviewers=['Reto Brunner', 'Nadine Keller'], notInterviewers=['Corinne Meier'],
           notes='Swiss spelling and 09.00–10.15 range; ICS with IANA TZID.'))

F(id='de-05', kind='invite', client='attach', user=U, now='2029-07-20T18:00:00+02:00', userZone='Europe/Berlin', cte='base64', prefix='WG:',
  note='Hi, anbei die Einladung als Anhang.\n\nLG Lena', attname='Einladung Telefoninterview.eml',
  orig={'from': ('Fuchs & Partner Steuerberatung', 'noreply@fuchs-partner.jobs.personio.de'), 'date': '2029-07-20T14:12:00+02:00',
  'subject': 'Einladung zum Telefoninterview – Steuerfachangestellte (m/w/d)',
  'body': '''Hallo Lena Brandt,

vielen Dank für Ihre Bewerbung als Steuerfachangestellte (m/w/d) bei Fuchs & Partner Steuerberatung.

Wir möchten Sie gerne zu einem Telefoninterview einladen:

Datum: Freitag, 27.07.2029
Uhrzeit: 11:15 Uhr
Dauer: 30 Minuten
Gesprächspartnerin: Petra Fuchs, Partnerin

Wir rufen Sie unter der in Ihrer Bewerbung angegebenen Nummer an.

Beste Grüße
Ihr Team von Fuchs & Partner Steuerberatung

Diese E-Mail wurde über Personio versendet.'''},
  exp=dict(company='Fuchs & Partner Steuerberatung', companyAlternatives=['Fuchs & Partner'], role='Steuerfachangestellte (m/w/d)', start='2029-07-27T11:15',
           zone='Europe/Berlin', durationMinutes=30, interviewers=['Petra Fuchs'], notInterviewers=[],
           notes='Personio ATS, forwarded as attachment, base64.'))

F(id='de-06', kind='invite', client='outlook', user=U, now='2029-10-25T11:00:00+02:00', userZone='Europe/Berlin', html=True, prefix='WG:',
  ics=dict(mode='win', tzid='W. Europe Standard Time', vtz=('+0100', '+0200', 'EU'), zone='Europe/Berlin', start='2029-10-31T15:00', dur=60,
           summary='Kennenlernen Werkstudent Data Engineering', organizer=('Tobias Lange', 'tobias.lange@nordlicht-energie.de'),
           attendees=[('Merve Yıldız', 'merve.yildiz@nordlicht-energie.de')], location='Microsoft Teams-Besprechung', place='alt'),
  orig={'from': ('Tobias Lange', 'tobias.lange@nordlicht-energie.de'), 'date': '2029-10-25T10:41:00+02:00',
  'subject': 'Kennenlernen Werkstudent Data Engineering',
  'body': '''Hi Lena,

danke für deine Bewerbung! Lass uns gern nächste Woche per Teams sprechen – Mittwoch, 31.10., 15–16 Uhr. Mit dabei ist Merve Yıldız aus meinem Team.

Einladung kommt per Kalender.

Viele Grüße
Tobias

Tobias Lange
Teamlead Data Platform
Nordlicht Energie GmbH | Hamburg'''},
  exp=dict(company='Nordlicht Energie GmbH', companyAlternatives=['Nordlicht Energie', 'Nordlicht'], role='Werkstudent Data Engineering', start='2029-10-31T15:00',
           zone='Europe/Berlin', durationMinutes=60, interviewers=['Tobias Lange', 'Merve Yıldız'], notInterviewers=[],
           notes='Windows TZID W. Europe Standard Time; meeting after the EU DST change; duz-form.'))

F(id='de-07', kind='invite', client='gmail', user=U, now='2029-08-14T19:30:00+02:00', userZone='Europe/Berlin', cte='8bit',
  note='morgen früh!',
  orig={'from': ('Jonas Becker', 'jonas@wildbohne-kaffee.de'), 'date': '2029-08-14T18:58:00+02:00', 'subject': 'Re: Bewerbung Marketing',
  'body': '''Hi Lena,

super, dann wie besprochen morgen um 9 bei uns in der Rösterei (Oranienstr. 164, Hinterhof). Bring gern Arbeitsproben mit, Laptop haben wir da.

Bis morgen
Jonas

Kaffeerösterei Wildbohne – Jonas Becker, Inhaber

Am Mo., 13. Aug. 2029 um 21:04 Uhr schrieb Lena Brandt <lena.brandt@web.de>:
> Hallo Jonas, ich hätte Mittwoch oder Freitag vormittags Zeit. Viele Grüße, Lena'''},
  exp=dict(company='Kaffeerösterei Wildbohne', companyAlternatives=['Wildbohne'], role=None, start='2029-08-15T09:00', zone='Europe/Berlin',
           durationMinutes=None, interviewers=['Jonas Becker'], notInterviewers=[],
           notes='"morgen um 9" relative to the mail date; role only vaguely named in subject.'))

F(id='de-08', kind='invite', client='outlook', olsep='orig', user=U, now='2029-12-19T16:20:00+01:00', userZone='Europe/Berlin',
  charset='windows-1252', cte='8bit', prefix='WG:',
  orig={'from': ('Anja Pohl', 'anja.pohl@stadtwerke-gruenfeld.de'), 'date': '2029-12-19T14:02:00+01:00',
  'subject': 'Ihre Bewerbung als Sachbearbeiter Netzanschluss (m/w/d) – Einladung',
  'body': '''Sehr geehrte Frau Brandt,

wir freuen uns, Sie zu einem Vorstellungsgespräch einladen zu dürfen. Aufgrund der Feiertage findet das Gespräch erst im neuen Jahr statt:

Donnerstag, 03.01.2030, 10 Uhr
Stadtwerke Grünfeld, Am Wasserturm 2, Raum 1.14

Am Gespräch nehmen Herr Rainer Voss (Abteilungsleiter Netze) und Frau Elke Sommer (Personalrat) teil. Planen Sie bitte etwa eine Stunde ein.

Das Stichwort für die Pforte lautet „Bewerbung Netze“. Parkplätze sind ausgeschildert (Tagesticket 3 € an der Pforte).

Wir wünschen Ihnen schöne Feiertage!

Mit freundlichen Grüßen
i. A. Anja Pohl
Personalservice
Stadtwerke Grünfeld'''},
  exp=dict(company='Stadtwerke Grünfeld', role='Sachbearbeiter Netzanschluss (m/w/d)', start='2030-01-03T10:00', zone='Europe/Berlin', durationMinutes=60,
           interviewers=['Rainer Voss', 'Elke Sommer'], notInterviewers=['Anja Pohl'],
           notes='Crosses the holidays into 2030; "10 Uhr"; cp1252 8bit with „“ and €.'))

F(id='de-09', kind='reschedule', client='gmail', user=U, now='2029-09-06T10:00:00+02:00', userZone='Europe/Berlin',
  note='Verschoben auf Mittwoch',
  orig={'from': ('Laura Engel', 'laura.engel@helix-software.de'), 'date': '2029-09-06T09:31:00+02:00', 'subject': 'AW: Interview Backend Developer',
  'body': '''Hallo Frau Brandt,

leider ist Felix am Dienstag kurzfristig auf einem Kundentermin. Können wir das Gespräch auf Mittwoch verschieben, gleiche Uhrzeit? Der Teams-Link bleibt gleich.

Viele Grüße
Laura Engel
Talent Acquisition | Helix Software GmbH

-----Ursprüngliche Nachricht-----
Von: Laura Engel
Gesendet: Montag, 3. September 2029 11:15
An: Lena Brandt
Betreff: Interview Backend Developer

Hallo Frau Brandt,
gerne bestätige ich Ihnen das Interview für die Stelle Backend Developer am Dienstag, 11.09., 13:00 Uhr (45 Min.) mit Felix Nowak, Engineering Manager.'''},
  exp=dict(company='Helix Software GmbH', companyAlternatives=['Helix Software', 'Helix'], role='Backend Developer', start='2029-09-12T13:00', zone='Europe/Berlin',
           durationMinutes=45, interviewers=['Felix Nowak'], notInterviewers=['Laura Engel'],
           notes='Text-only reschedule: "Mittwoch, gleiche Uhrzeit" derives from the quoted Tuesday 11.09. 13:00.'))

F(id='de-10', kind='reschedule', client='apple', user=U, now='2029-11-16T08:45:00+01:00', userZone='Europe/Berlin', html=True,
  ics=dict(mode='iana', tzid='Europe/Berlin', vtz=('+0100', '+0200', 'EU'), zone='Europe/Berlin', start='2029-11-26T08:30', dur=90, seq=2,
           summary='Vorstellungsgespräch Lena Brandt (verschoben)', organizer=('Holger Schmitt', 'h.schmitt@rheinwerk-bau.de'),
           location='Rheinwerk Bau AG, Rheinallee 88, Düsseldorf', place='mixed'),
  orig={'from': ('Holger Schmitt', 'h.schmitt@rheinwerk-bau.de'), 'date': '2029-11-15T17:50:00+01:00',
  'subject': 'Terminverschiebung: Vorstellungsgespräch Bauleiterin Hochbau',
  'body': '''Sehr geehrte Frau Brandt,

leider muss ich unseren Termin am Donnerstag, 22.11. um 10:00 Uhr absagen, da ich auf der Baustelle in Neuss gebraucht werde.

Neuer Vorschlag: Montag, 26.11., 8:30 Uhr, wieder bei uns in der Rheinallee. Wir haben eineinhalb Stunden eingeplant, inklusive Rundgang.

Ich habe Ihnen eine aktualisierte Kalendereinladung geschickt.

Mit freundlichen Grüßen
Holger Schmitt
Niederlassungsleiter
Rheinwerk Bau AG'''},
  exp=dict(company='Rheinwerk Bau AG', companyAlternatives=['Rheinwerk Bau', 'Rheinwerk'], role='Bauleiterin Hochbau', start='2029-11-26T08:30', zone='Europe/Berlin',
           durationMinutes=90, interviewers=['Holger Schmitt'], notInterviewers=[],
           notes='Old slot 22.11. 10:00 in text; new slot in ICS with SEQUENCE 2.'))

F(id='de-11', kind='rejection', client='outlook', user=UA, now='2029-10-16T20:05:00+02:00', userZone='Europe/Vienna', charset='iso-8859-1', cte='qp', prefix='WG:',
  orig={'from': ('Lindgrün Immobilien GmbH', 'karriere@lindgruen-immobilien.at'), 'date': '2029-10-16T15:30:00+02:00',
  'subject': 'Ihre Bewerbung als Property Manager',
  'body': '''Sehr geehrter Herr Eder,

herzlichen Dank für Ihr Interesse und das angenehme Gespräch am 9. Oktober.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Kandidatin entschieden haben. Diese Entscheidung ist uns nicht leichtgefallen.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Lindgrün Immobilien GmbH
Personalabteilung'''},
  exp=dict(company='Lindgrün Immobilien GmbH', companyAlternatives=['Lindgrün Immobilien', 'Lindgrün'], role='Property Manager',
           notes='Plain rejection; Austrian user; past interview date.'))

F(id='de-12', kind='offer', client='gmail', user=U, now='2029-12-03T13:15:00+01:00', userZone='Europe/Berlin', note='JAAAA 🎉',
  orig={'from': ('Svenja Hartmann', 'svenja.hartmann@optiq-vision.de'), 'date': '2029-12-03T12:02:00+01:00', 'subject': 'Unser Angebot für dich',
  'body': '''Liebe Lena,

nach den tollen Gesprächen mit dir freuen wir uns sehr, dir die Stelle als UX Researcher bei der Optiq Vision GmbH anbieten zu können!

Den Vertragsentwurf (62.000 € brutto p. a., 30 Urlaubstage, Start 01.02.2030) findest du im Anhang. Gib uns bitte bis zum 10.12. Bescheid, ob du das Angebot annimmst – bei Fragen ruf mich gern an.

Herzliche Grüße
Svenja Hartmann
People & Culture
Optiq Vision GmbH'''},
  exp=dict(company='Optiq Vision GmbH', companyAlternatives=['Optiq Vision', 'Optiq'], role='UX Researcher', notInterviewers=['Svenja Hartmann'],
           notes='Offer; "bis zum 10.12." is the candidate deadline, so decisionDate null.'))

F(id='de-13', kind='not-interview', client='tb', user=U, now='2029-09-01T10:22:00+02:00', userZone='Europe/Berlin',
  orig={'from': ('Vossberg Klinikum', 'bewerbung@vossberg-klinikum.de'), 'date': '2029-08-31T22:14:00+02:00',
  'subject': 'Eingangsbestätigung Ihrer Bewerbung – Kennziffer 2029-114',
  'body': '''Sehr geehrte Frau Brandt,

vielen Dank für Ihre Bewerbung als Medizinische Dokumentarin (Kennziffer 2029-114). Ihre Unterlagen sind bei uns eingegangen und werden derzeit geprüft. Wir melden uns so bald wie möglich bei Ihnen.

Übrigens: Am Samstag, 22.09., öffnen wir von 10 bis 14 Uhr unsere Türen zum Tag der offenen Tür – schauen Sie gern vorbei!

Dies ist eine automatisch generierte Nachricht.

Ihr Personalservice
Vossberg Klinikum'''},
  exp=dict(company='Vossberg Klinikum', role='Medizinische Dokumentarin', notes='Eingangsbestätigung; open-day date and time as bait; vague reply promise.'))

F(id='de-14', kind='not-interview', client='gmail', user=U, now='2029-10-08T08:05:00+02:00', userZone='Europe/Berlin', html=True,
  orig={'from': ('Hanse Direktbank AG Recruiting', 'recruiting@hanse-direktbank.de'), 'date': '2029-10-05T17:45:00+02:00',
  'subject': 'Nächster Schritt: Buchen Sie Ihren Termin für das Online-Assessment',
  'body': '''Guten Tag Frau Brandt,

wir freuen uns, Sie zum nächsten Schritt im Auswahlverfahren für die Position Trainee Risikomanagement einladen zu können.

Bitte wählen Sie über den folgenden Link einen Termin für unser Online-Assessment. Verfügbar sind Termine vom 15. bis 19. Oktober, jeweils um 9:00 oder 13:30 Uhr (Dauer ca. 3 Stunden).

Termin buchen: https://hanse-direktbank.recruitee.com/booking/4471

Bitte buchen Sie bis spätestens Freitag, 12.10.

Freundliche Grüße
Ihr Recruiting-Team der Hanse Direktbank AG'''},
  exp=dict(company='Hanse Direktbank AG', companyAlternatives=['Hanse Direktbank'], role='Trainee Risikomanagement', durationMinutes=180,
           notes='Please-book-a-slot with date range and two times; no actual slot.'))

write_all(items)

R = [
 ('2029-09-18T12:30:00', 'Hagedorn Maschinenbau GmbH', 'thank-you', 'hab mich bei frau roth bedankt per mail', 'thanked', None, None, None),
 ('2029-10-04T16:10:00', 'Brenner Medizintechnik AG', 'thank-you', 'Dankesmail ist raus 👍', 'thanked', None, None, None),
 ('2029-11-14T17:45:00', 'Alpenblick Versicherung AG', 'thank-you', 'hab mich gestern abend noch bedankt, eh klar', 'thanked', None, None, None, None, 'Europe/Vienna'),
 ('2029-09-25T09:40:00', 'Hagedorn Maschinenbau GmbH', 'follow-up-1', 'hab nachgehakt', 'followed-up', None, None, None),
 ('2029-10-15T13:05:00', 'Brenner Medizintechnik AG', 'follow-up-2', 'markus von der agentur angerufen, er fragt beim kunden nach', 'followed-up', None, None, None),
 ('2029-12-12T18:00:00', 'Seetal Pharma AG', 'follow-up-1', 'Habe Frau Meier heute nochmal geschrieben', 'followed-up', None, None, None, None, 'Europe/Zurich'),
 ('2029-09-19T08:15:00', 'Hagedorn Maschinenbau GmbH', 'thank-you', 'die wollen sich bis ende nächster woche melden', 'decision-date', '2029-09-28', None, None, 'eonw'),
 ('2029-10-05T11:00:00', 'Brenner Medizintechnik AG', 'follow-up-1', 'Entscheidung fällt erst am 19.10.', 'decision-date', '2029-10-19', None, None),
 ('2029-11-15T09:30:00', 'Alpenblick Versicherung AG', 'follow-up-1', 'rückmeldung kommt bis freitag hat der gruber gsagt', 'decision-date', '2029-11-16', None, None, 'wd:fri', 'Europe/Vienna'),
 ('2029-12-04T19:20:00', 'Seetal Pharma AG', 'follow-up-1', 'vor weihnachten entscheiden die nichts mehr, erst am 8. januar', 'decision-date', '2030-01-08', None, None, None, 'Europe/Zurich'),
 ('2029-11-01T14:00:00', 'Nordlicht Energie GmbH', 'thank-you', 'tobias meldet sich in 2 wochen', 'decision-date', '2029-11-15', None, None, '+14'),
 ('2029-11-27T10:10:00', 'Rheinwerk Bau AG', 'follow-up-1', 'Herr Schmitt sagt Mitte Dezember wissen sie mehr', 'decision-date', '2029-12-15', None, None, 'mid:12'),
 ('2029-09-13T16:30:00', 'Helix Software GmbH', 'thank-you', 'laura meinte entscheidung am montag', 'decision-date', '2029-09-17', None, None, 'wd:mon'),
 ('2029-09-27T12:00:00', 'Helix Software GmbH', 'follow-up-1', 'laura hat sich gemeldet, die sind noch in gesprächen', 'heard-back', None, None, None),
 ('2029-12-10T17:17:00', 'Seetal Pharma AG', 'follow-up-1', 'HR hat sich gemeldet, noch keine absage, noch keine zusage. warten halt', 'heard-back', None, None, None, None, 'Europe/Zurich'),
 ('2029-09-20T10:30:00', 'Hagedorn Maschinenbau GmbH', 'follow-up-1', 'zweites gespräch am 2.10. um 14 uhr mit dem GF', 'next-round', '2029-10-02', '14:00', None),
 ('2029-10-08T18:00:00', 'Brenner Medizintechnik AG', 'follow-up-1', 'Die wollen mich vor Ort sehen!! Donnerstag halb 11', 'next-round', '2029-10-11', '10:30', None, 'wd:thu'),
 ('2029-11-02T09:00:00', 'Nordlicht Energie GmbH', 'follow-up-1', 'fachinterview nächsten dienstag 16 uhr', 'next-round', '2029-11-06', '16:00', None, 'wd:tue'),
 ('2029-08-16T20:20:00', 'Kaffeerösterei Wildbohne', 'thank-you', 'probearbeiten am samstag ab 8 😅', 'next-round', '2029-08-18', '08:00', None, 'wd:sat'),
 ('2029-10-22T15:45:00', 'Brenner Medizintechnik AG', 'follow-up-2', 'ZUSAGE!!! ich hab den job', 'offer', None, None, 'offer'),
 ('2029-12-03T13:20:00', 'Optiq Vision GmbH', 'confirmation', 'vertragsangebot bekommen, 62k', 'offer', None, None, 'offer'),
 ('2029-10-16T20:10:00', 'Lindgrün Immobilien GmbH', 'confirmation', 'absage. schade', 'rejected', None, None, 'rejected', None, 'Europe/Vienna'),
 ('2029-10-01T12:40:00', 'Hagedorn Maschinenbau GmbH', 'follow-up-2', 'Die haben sich gegen mich entschieden, war wohl zu wenig SPS-Erfahrung', 'rejected', None, None, 'rejected'),
 ('2029-11-30T07:50:00', 'Rheinwerk Bau AG', 'follow-up-1', 'rheinwerk hat abgesagt per telefon', 'rejected', None, None, 'rejected'),
 ('2029-08-20T21:00:00', 'Kaffeerösterei Wildbohne', 'follow-up-1', 'hab abgesagt, 12€ die stunde ist echt zu wenig', 'withdrawn', None, None, 'withdrawn'),
 ('2029-12-05T08:30:00', 'Stadtwerke Grünfeld', 'confirmation', 'ich zieh meine bewerbung bei den stadtwerken zurück, hab ja jetzt optiq', 'withdrawn', None, None, 'withdrawn'),
 ('2029-09-26T07:30:00', 'Helix Software GmbH', 'follow-up-1', 'erinner mich morgen nochmal', 'snooze', '2029-09-27', None, None, 'tomorrow'),
 ('2029-12-20T22:00:00', 'Seetal Pharma AG', 'follow-up-2', 'nach neujahr bitte, jetzt ist eh keiner da', 'snooze', None, None, None, None, 'Europe/Zurich'),
 ('2029-10-12T11:11:00', 'Nordlicht Energie GmbH', 'prep', 'später', 'snooze', None, None, None),
 ('2029-11-21T19:00:00', 'Rheinwerk Bau AG', 'follow-up-1', 'frag mich am 3.12. nochmal', 'snooze', '2029-12-03', None, None),
 ('2029-10-01T12:45:00', 'Hagedorn Maschinenbau GmbH', 'confirmation', 'moment, mach das rückgängig – falsche firma', 'undo', None, None, None),
 ('2029-10-10T09:00:00', 'Hagedorn Maschinenbau GmbH', 'digest', 'hagedorn hat doch nochmal angerufen, bitte wieder aufmachen', 'reopen', None, None, None),
 ('2029-09-10T09:20:00', 'Hagedorn Maschinenbau GmbH', 'confirmation', 'ist nicht um 10 sondern 10:30, hat sie nochmal korrigiert', 'correct', None, '10:30', None),
 ('2029-10-25T11:30:00', 'Nordlicht Energie GmbH', 'confirmation', 'die stelle heißt eigentlich Werkstudent Data Platform', 'correct', None, None, None),
 ('2029-11-05T08:00:00', None, 'digest', 'zeig mal alle bewerbungen', 'status', None, None, None),
 ('2029-12-14T20:30:00', None, 'digest', 'kannst du mir ne excel liste schicken?', 'export', None, None, None),
 ('2029-07-21T09:00:00', None, 'confirmation', 'hilfe, was kann ich dir alles schreiben?', 'help', None, None, None),
 ('2029-09-02T10:00:00', 'Vossberg Klinikum', 'confirmation', 'das vom klinikum bitte komplett löschen', 'forget', None, None, None),
 ('2029-09-18T11:45:00', 'Hagedorn Maschinenbau GmbH', 'thank-you', 'lief ganz ok, kessler war etwas streng', 'none', None, None, None),
 ('2029-10-09T21:00:00', 'Brenner Medizintechnik AG', 'prep', 'was zieh ich da an? business casual?', 'none', None, None, None),
 ('2029-11-20T13:13:00', 'Alpenblick Versicherung AG', 'follow-up-1', 'Meine Kollegin hat bei Alpenblick ne Absage bekommen, hoffentlich nicht schlechtes Zeichen', 'none', None, None, None, None, 'Europe/Vienna'),
 ('2029-12-06T18:40:00', 'Seetal Pharma AG', 'follow-up-1', 'falls die absagen bewerb ich mich bei roche', 'none', None, None, None, None, 'Europe/Zurich'),
 ('2029-11-08T08:10:00', 'Nordlicht Energie GmbH', 'follow-up-1', 'noch keine absage, also gutes zeichen oder?', 'none', None, None, None),
 ('2029-12-04T12:00:00', 'Optiq Vision GmbH', 'confirmation', 'mein chef hat mir ein gegenangebot gemacht, +8%. hmm', 'none', None, None, None),
 ('2029-11-29T17:30:00', 'Rheinwerk Bau AG', 'follow-up-1', 'Kredit für die Wohnung abgelehnt, heute ist nicht mein Tag', 'none', None, None, None),
 ('2029-12-20T09:00:00', 'Stadtwerke Grünfeld', 'prep', 'danke, frohe weihnachten!', 'none', None, None, None),
 ('2029-09-11T07:20:00', 'Helix Software GmbH', 'prep', 'ok passt', 'none', None, None, None),
 ('2029-10-30T14:00:00', 'Nordlicht Energie GmbH', 'prep', 'merve hat mir nen kaffee angeboten fürs nächste mal haha', 'none', None, None, None),
 ('2029-11-23T10:00:00', 'Alpenblick Versicherung AG', 'move-on', 'nein, noch nicht schließen', 'none', None, None, None, None, 'Europe/Vienna'),
 ('2029-10-18T23:00:00', 'Brenner Medizintechnik AG', 'digest', 'hab ich eigentlich die zusage? spaß, noch nix gehört', 'none', None, None, None),
]
write_replies('de', 'Europe/Berlin', R)
