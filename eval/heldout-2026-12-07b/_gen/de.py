from mime import write
U = ('Lena Brückner', 'lena.brueckner@web.de')
UV = ('Stefan Aigner', 'stefan.aigner@gmx.at')
UZ = ('Corinne Meier', 'corinne.meier@bluewin.ch')
items = [
dict(id='de-01', lang='de', client='outlook', uz='Europe/Berlin', now=(2027, 12, 8, 7, 52), odate=(2027, 12, 7, 15, 21),
 user=U, ofrom=('Katharina Roth', 'katharina.roth@hallberg-medtech.de'), charset='iso-8859-1', cte='quoted-printable',
 subj='Einladung zum Vorstellungsgespräch – Qualitätsingenieur (m/w/d) Medizinprodukte'.replace('–', '-'),
 body='''Sehr geehrte Frau Brückner,

vielen Dank für Ihre Bewerbung und Ihr Interesse an der Hallberg Medizintechnik GmbH.

Wir möchten Sie gerne näher kennenlernen und laden Sie zu einem Vorstellungsgespräch per Microsoft Teams ein:

Termin: {WD:2027-12-14}, 14.12.2027
Uhrzeit: 10:00 Uhr
Dauer: ca. 60 Minuten

Gesprächspartner sind Herr Dr. Jens Wiedemann (Leiter Qualitätsmanagement) und Frau Aylin Demir (HR Business Partnerin). Eine Kalendereinladung mit dem Teams-Link erhalten Sie anbei.

Für organisatorische Rückfragen stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen

Katharina Roth
Recruiting-Assistenz
Hallberg Medizintechnik GmbH | Am Wetterkreuz 7 | 91058 Erlangen
Geschäftsführer: Dr. Ulrich Hallberg | Amtsgericht Fürth HRB 11842''',
 ics=dict(tzid='W. Europe Standard Time', start='20271214T100000', end='20271214T110000', summary='Vorstellungsgespräch Lena Brückner - Qualitätsingenieur',
          location='Microsoft Teams-Besprechung', organizer=('Katharina Roth', 'katharina.roth@hallberg-medtech.de'),
          attendees=[('Wiedemann, Jens', 'jens.wiedemann@hallberg-medtech.de'), ('Demir, Aylin', 'aylin.demir@hallberg-medtech.de')]),
 exp=dict(kind='invite', company='Hallberg Medizintechnik', alts=['Hallberg Medizintechnik GmbH', 'Hallberg'], role='Qualitätsingenieur (m/w/d) Medizinprodukte',
          start='2027-12-14T10:00', zone='Europe/Berlin', dur=60, iv=['Jens Wiedemann', 'Aylin Demir'], niv=['Katharina Roth', 'Ulrich Hallberg', 'Lena Brückner'],
          notes='iso-8859-1 QP; HR partner on the panel; coordinator and imprint name are not interviewers.')),

dict(id='de-02', lang='de', client='gmail', uz='Europe/Vienna', now=(2027, 12, 21, 9, 34), odate=(2027, 12, 20, 16, 5),
 user=UV, ofrom=('Petra Lindner', 'p.lindner@donaublick-versicherung.at'), html=True,
 subj='Ihre Bewerbung als Aktuar:in – Einladung zum Gespräch',
 note='Bitte eintragen, danke!',
 body='''Sehr geehrter Herr Aigner,

herzlichen Dank für Ihre Bewerbung. Wir freuen uns, Sie nach den Feiertagen zu einem persönlichen Gespräch in unserer Zentrale (Praterstraße 31, 1020 Wien, 6. Stock) einzuladen:

{WD:2028-01-13}, 13. Jänner, um 14.30 Uhr

Planen Sie bitte rund eineinhalb Stunden ein. Seitens der Donaublick Versicherung AG nehmen Mag. Theresa Gruber (Abteilungsleitung Aktuariat Leben), DI Florian Haas (Teamleitung Produktentwicklung) und ich teil.

Bitte beachten Sie, dass unser Büro vom 24.12. bis einschließlich 6.1. geschlossen ist. Eine kurze Terminbestätigung bis 23.12. wäre daher sehr nett.

Schöne Feiertage und freundliche Grüße
Mag. Petra Lindner
Human Resources
Donaublick Versicherung AG''',
 exp=dict(kind='invite', company='Donaublick Versicherung', alts=['Donaublick Versicherung AG', 'Donaublick'], role='Aktuar:in', start='2028-01-13T14:30', zone='Europe/Vienna', dur=90,
          iv=['Theresa Gruber', 'Florian Haas', 'Petra Lindner'], niv=['Stefan Aigner'],
          notes='Austrian "Jänner", no year; sender attends ("und ich"); titles Mag./DI stripped; office closure dates are distractors.')),

dict(id='de-03', lang='de', client='apple', uz='Europe/Berlin', now=(2028, 2, 8, 22, 10), odate=(2028, 2, 8, 18, 47),
 user=U, ofrom=('Jonas Ebert', 'jonas@kiezkraft.energy'), cte='8bit',
 subj='Re: Head of Growth bei Kiezkraft',
 note='der gründer hat direkt geantwortet 🙈',
 body='''Hey Lena,

danke für deine Nachricht und den Lebenslauf! Klingt richtig gut.

Lass uns doch Donnerstag um 16 Uhr kurz quatschen, so 30 Min. Ich ruf dich einfach an, oder wir machen Google Meet, wie du magst. Nächste Woche bin ich im Skiurlaub, deshalb wär's cool, wenn's diese Woche klappt.

Beste Grüße
Jonas

Jonas Ebert
Co-Founder & CEO
Kiezkraft Energy GmbH, Berlin''',
 exp=dict(kind='invite', company='Kiezkraft Energy', alts=['Kiezkraft', 'Kiezkraft Energy GmbH'], role='Head of Growth', start='2028-02-10T16:00', zone='Europe/Berlin', dur=30,
          iv=['Jonas Ebert'], niv=['Lena Brückner'], notes='Informal Du-mail; bare weekday "Donnerstag" from Tue 8 Feb = 10 Feb; emoji in note; 8bit body.')),

dict(id='de-04', lang='de', client='outlook', uz='Europe/Zurich', now=(2028, 2, 28, 13, 2), odate=(2028, 2, 28, 11, 40),
 user=UZ, ofrom=('Alpsee Rückversicherung via Termingo', 'noreply@termingo.example'), cte='base64', html=True,
 subj='Terminbestätigung: Interview Senior Underwriter Property',
 body='''Guten Tag Frau Meier

Ihr Termin wurde erfolgreich gebucht.

Unternehmen: Alpsee Rückversicherung AG
Stelle: Senior Underwriter Property
Datum: {WD:2028-03-06}, 6. März 2028
Zeit: 09:00–09:45 Uhr (MEZ)
Ort: Videocall (Webex), Link folgt in der Kalendereinladung
Gesprächspartner: Beat Zwahlen, Head of Property Underwriting

Sie können den Termin bis 24 Stunden vorher über Ihr Kandidatenportal verschieben.

Freundliche Grüsse
Ihr Termingo-Team im Auftrag der Alpsee Rückversicherung AG''',
 ics=dict(tzid='(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien', start='20280306T090000', end='20280306T094500', summary='Interview Senior Underwriter Property - Alpsee Rückversicherung',
          location='Webex', organizer=('Beat Zwahlen', 'beat.zwahlen@alpsee-re.ch'), attendees=[('Corinne Meier', 'corinne.meier@bluewin.ch')], mode='inline'),
 exp=dict(kind='invite', company='Alpsee Rückversicherung', alts=['Alpsee Rückversicherung AG', 'Alpsee Re'], role='Senior Underwriter Property', start='2028-03-06T09:00', zone='Europe/Zurich', dur=45,
          iv=['Beat Zwahlen'], niv=['Corinne Meier'], notes='Scheduling tool on behalf of employer; base64 body; Swiss spelling; Windows long-form German TZID.')),

dict(id='de-05', lang='de', client='attach', uz='Europe/Berlin', now=(2028, 4, 11, 18, 20), odate=(2028, 4, 11, 14, 55),
 user=('Maximilian Otte', 'max.otte@posteo.de'), ofrom=('Henrik Paulsen', 'h.paulsen@hanse-personal.example'), charset='windows-1252', cte='quoted-printable',
 aname='Zweitgespräch Nordlicht.eml',
 subj='Zweitgespräch Nordlicht Reederei – Leiter Finanzbuchhaltung',
 note='fyi, als Anhang weitergeleitet',
 body='''Hallo Herr Otte,

wie telefonisch besprochen, hier die Eckdaten für das Zweitgespräch bei meinem Mandanten, der Nordlicht Reederei GmbH:

• Datum: Fr., 21.04.2028
• Uhrzeit: 11:00 – 12:30 Uhr
• Ort: Am Sandtorkai 40, 20457 Hamburg, Empfang 3. OG
• Gesprächspartner: Frau Svenja Thießen (CFO) und Herr Malte Oldenburg (Leiter Controlling)

Ich selbst bin bei dem Termin nicht dabei, melde mich aber direkt danach bei Ihnen. Laut Frau Thießen soll die Entscheidung bis Ende KW 18 (5. Mai) fallen.

Bitte denken Sie an Ihre Zeugnisse in Kopie. Schöne Ostertage!

Viele Grüße
Henrik Paulsen
Senior Consultant | Hanse Personalberatung''',
 exp=dict(kind='invite', company='Nordlicht Reederei', alts=['Nordlicht Reederei GmbH', 'Nordlicht'], role='Leiter Finanzbuchhaltung', start='2028-04-21T11:00', zone='Europe/Berlin', dur=90,
          iv=['Svenja Thießen', 'Malte Oldenburg'], niv=['Henrik Paulsen', 'Maximilian Otte'], dd='2028-05-05',
          notes='Agency consultant writes and does not attend; company is the employer; message/rfc822; windows-1252 bullets/en dash; decision date given as KW 18 and 5 May.')),

dict(id='de-06', lang='de', client='tb', uz='Europe/Berlin', now=(2028, 5, 30, 17, 45), odate=(2028, 5, 30, 11, 12),
 user=('Dennis Kowalczyk', 'd.kowalczyk@t-online.de'), ofrom=('Marion Kett', 'sekretariat@schoellhorn-bau.de'), cte='8bit',
 subj='Ihre Bewerbung als Bauleiter Tiefbau',
 body='''Sehr geehrter Herr Kowalczyk,

Herr Schöllhorn würde gerne ein erstes telefonisches Gespräch mit Ihnen führen. Er ruft Sie am Dienstag nach Pfingsten (6.6.) um 8:30 Uhr auf Ihrer Handynummer an. Das Gespräch dauert etwa 20 Minuten.

Falls der Termin nicht passt, geben Sie mir bitte kurz Bescheid.

Freundliche Grüße
Marion Kett
Sekretariat der Geschäftsleitung

Schöllhorn Bau GmbH
Geschäftsführer: Uwe Schöllhorn''',
 exp=dict(kind='invite', company='Schöllhorn Bau', alts=['Schöllhorn Bau GmbH'], role='Bauleiter Tiefbau', start='2028-06-06T08:30', zone='Europe/Berlin', dur=20,
          iv=['Uwe Schöllhorn'], niv=['Marion Kett', 'Dennis Kowalczyk'], notes='Phone call; interviewer named as "Herr Schöllhorn" in the text and fully only in the imprint; "Dienstag nach Pfingsten (6.6.)".')),

dict(id='de-07', lang='de', client='outlook', orig_sep=True, uz='Europe/Berlin', now=(2028, 3, 10, 8, 30), odate=(2028, 3, 9, 17, 3),
 user=('Maximilian Otte', 'max.otte@posteo.de'), ofrom=('Nadine Rösch', 'n.roesch@feldmann-soehne.de'), charset='windows-1252', cte='quoted-printable',
 subj='Verschiebung Ihres Vorstellungsgesprächs',
 body='''Sehr geehrter Herr Otte,

leider muss Herr Feldmann kurzfristig zu einem Kunden nach Linz. Wir müssen daher unser für Mittwoch, 15.03., 13:00 Uhr vereinbartes Gespräch verschieben.

Neuer Termin: Donnerstag, 16.03., 15:30 Uhr – wie geplant ca. 45 Minuten, gleicher Ort („Werk 2“, Industriestraße 12, Bielefeld). Am Gespräch nehmen Herr Carsten Feldmann und ich teil.

Eine aktualisierte Kalendereinladung folgt anbei. Ich bitte das Durcheinander zu entschuldigen.

Mit freundlichen Grüßen
Nadine Rösch
Personalleitung
Feldmann & Söhne Maschinenbau GmbH''',
 ics=dict(tzid='W. Europe Standard Time', start='20280316T153000', end='20280316T161500', summary='Vorstellungsgespräch Vertriebsingenieur (Otte)', seq=1,
          location='Werk 2, Industriestraße 12, Bielefeld', organizer=('Nadine Rösch', 'n.roesch@feldmann-soehne.de'), attendees=[('Carsten Feldmann', 'c.feldmann@feldmann-soehne.de'), ('Maximilian Otte', 'max.otte@posteo.de')]),
 exp=dict(kind='reschedule', company='Feldmann & Söhne Maschinenbau', alts=['Feldmann & Söhne', 'Feldmann & Söhne Maschinenbau GmbH'], role='Vertriebsingenieur',
          start='2028-03-16T15:30', zone='Europe/Berlin', dur=45, iv=['Carsten Feldmann', 'Nadine Rösch'], niv=['Maximilian Otte'],
          notes='Reschedule with old slot in text; role only in the ICS summary; German „ “ quotes in windows-1252; SEQUENCE:1.')),

dict(id='de-08', lang='de', client='gmail', uz='Europe/Berlin', now=(2028, 6, 19, 12, 14), odate=(2028, 6, 16, 14, 30),
 user=U, ofrom=('Stadtwerke Lindenau Personalabteilung', 'bewerbung@stadtwerke-lindenau.de'),
 subj='Ihre Bewerbung: Referent:in Energiewirtschaft (Kennziffer 2028-17)',
 note='naja 😕',
 body='''Sehr geehrte Frau Brückner,

vielen Dank für das angenehme Gespräch und das Interesse an einer Tätigkeit bei den Stadtwerken Lindenau.

Nach sorgfältiger Abwägung haben wir uns für eine andere Bewerberin entschieden, deren Profil unseren Anforderungen noch etwas näher kommt. Diese Entscheidung ist uns nicht leichtgefallen.

Ihre Unterlagen werden gemäß DSGVO sechs Monate nach Abschluss des Verfahrens gelöscht.

Wir wünschen Ihnen für Ihren weiteren Berufsweg alles Gute.

Mit freundlichen Grüßen
Stadtwerke Lindenau GmbH – Personalabteilung''',
 exp=dict(kind='rejection', company='Stadtwerke Lindenau', alts=['Stadtwerke Lindenau GmbH'], role='Referent:in Energiewirtschaft', niv=['Lena Brückner'], notes='Rejection after interview.')),

dict(id='de-09', lang='de', client='apple', uz='Europe/Berlin', now=(2028, 7, 3, 20, 12), odate=(2028, 7, 3, 16, 48),
 user=('Dennis Kowalczyk', 'd.kowalczyk@t-online.de'), ofrom=('Yvonne Schäfer', 'y.schaefer@optiwerk.de'), html=True,
 subj='Vertragsangebot Senior DevOps Engineer',
 body='''Hallo Dennis,

wie gestern telefonisch angekündigt, freuen wir uns sehr, dir die Position als Senior DevOps Engineer bei der Optiwerk Software GmbH anzubieten!

Eckdaten:
- Start: 1. Oktober 2028
- Jahresgehalt: 78.500 € brutto + variable Vergütung
- 30 Urlaubstage, Homeoffice bis zu 4 Tage/Woche

Den Vertragsentwurf findest du im Anhang. Bitte gib uns bis zum 14.07. Bescheid, ob du das Angebot annimmst. Bei Fragen kannst du dich jederzeit bei mir oder bei deinem künftigen Teamlead Arne Kuhlmann melden.

Viele Grüße
Yvonne Schäfer
People & Culture, Optiwerk Software GmbH''',
 exp=dict(kind='offer', company='Optiwerk Software', alts=['Optiwerk', 'Optiwerk Software GmbH'], role='Senior DevOps Engineer', niv=['Yvonne Schäfer', 'Arne Kuhlmann', 'Dennis Kowalczyk'],
          notes='Offer; 14.07. is the candidate deadline -> decisionDate null.')),

dict(id='de-10', lang='de', client='tb', uz='Europe/Berlin', now=(2028, 5, 16, 10, 3), odate=(2028, 5, 15, 9, 2),
 user=U, ofrom=('Vogelsang Pharma Karriere', 'no-reply@karriere.vogelsang-pharma.example'), charset='iso-8859-1', cte='quoted-printable',
 subj='Eingangsbestätigung Ihrer Bewerbung – Data Scientist (m/w/d)'.replace('–', '-'),
 body='''Sehr geehrte Frau Brückner,

vielen Dank für Ihre Bewerbung als Data Scientist (m/w/d) bei der Vogelsang Pharma AG. Ihre Unterlagen sind vollständig bei uns eingegangen.

Nach einer ersten Sichtung laden wir ausgewählte Kandidatinnen und Kandidaten zu Gesprächen in KW 24 ein. Bitte sehen Sie bis dahin von Nachfragen ab.

Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht darauf.

Ihr Recruiting-Team der Vogelsang Pharma AG''',
 exp=dict(kind='not-interview', company='Vogelsang Pharma', alts=['Vogelsang Pharma AG'], role='Data Scientist (m/w/d)', niv=['Lena Brückner'],
          notes='Acknowledgement; "Gespräche in KW 24" is a bait, not an invitation.')),

dict(id='de-11', lang='de', client='gmail', uz='Europe/Berlin', now=(2028, 1, 19, 21, 40), odate=(2028, 1, 19, 10, 15),
 user=('Maximilian Otte', 'max.otte@posteo.de'), ofrom=('Mercurius Bank Recruiting', 'recruiting@mercurius-bank.example'), html=True,
 subj='Nächster Schritt: Online-Assessment Trainee Risikomanagement',
 note='kein Interview, nur der Test, aber trotzdem mal weitergeleitet',
 body='''Sehr geehrter Herr Otte,

vielen Dank für Ihre Bewerbung für unser Traineeprogramm Risikomanagement. Als nächsten Schritt bitten wir Sie, unser Online-Assessment zu absolvieren (Dauer ca. 75 Minuten, Logik- und Zahlenverständnis).

Link: https://testwerk.example/mercurius/TRM-2028
Bitte schließen Sie den Test bis zum 26.01.2028, 23:59 Uhr ab.

Nach erfolgreichem Test laden wir Sie zu unserem Auswahltag im Februar ein.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Mercurius Bank AG''',
 exp=dict(kind='not-interview', company='Mercurius Bank', alts=['Mercurius Bank AG'], role='Trainee Risikomanagement', niv=['Maximilian Otte'],
          notes='Online assessment link with deadline and duration; not an interview.')),
]
items.append(dict(id='de-12', lang='de', client='outlook', uz='Europe/Berlin', now=(2028, 3, 22, 9, 41), odate=(2028, 3, 21, 16, 5),
 user=U, ofrom=('Yasemin Öztürk', 'yasemin.oeztuerk@rheinhafen-logistik.de'), html=True,
 subj='Fachinterview Data Engineer (m/w/d) – Lena Brückner',
 body="""Wann: Montag, 27. März 2028 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
Wo: Microsoft Teams-Besprechung

Hallo Frau Brückner,

anbei die Einladung für das Fachinterview. Teilnehmen werden Dr. Sabine Krüger (Teamleitung Data Platform) und Tobias Lenz (Senior Data Engineer). Ich selbst bin nicht dabei, stehe Ihnen aber vorab gern für Fragen zur Verfügung.

Viele Grüße
Yasemin Öztürk
Talent Acquisition | Rheinhafen Logistik AG

________________________________________________________________________________
Microsoft Teams-Besprechung
Nehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil
Besprechungs-ID: 318 554 902 117
________________________________________________________________________________""",
 ics=dict(tzid='W. Europe Standard Time', start='20280327T100000', end='20280327T110000', summary='Fachinterview Data Engineer (m/w/d) – Lena Brückner',
          location='Microsoft Teams-Besprechung', organizer=('Yasemin Öztürk', 'yasemin.oeztuerk@rheinhafen-logistik.de'),
          attendees=[('Krüger, Sabine', 's.krueger@rheinhafen-logistik.de'), ('Lenz, Tobias', 't.lenz@rheinhafen-logistik.de'), ('Lena Brückner', 'lena.brueckner@web.de')], mode='inline'),
 exp=dict(kind='invite', company='Rheinhafen Logistik', alts=['Rheinhafen Logistik AG', 'Rheinhafen'], role='Data Engineer (m/w/d)', start='2028-03-27T10:00', zone='Europe/Berlin', dur=60,
          iv=['Sabine Krüger', 'Tobias Lenz'], niv=['Yasemin Öztürk', 'Lena Brückner'],
          notes='Forwarded Outlook meeting request; "Wann:" line shows (UTC+01:00) label although 27 March is the day after the EU DST change (10:00 CEST); duration from range only.')))
if __name__ == '__main__':
    write(items)
