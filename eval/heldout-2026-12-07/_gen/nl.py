from mime import make, ics
L = 'nl'; A = 'Europe/Amsterdam'; BR = 'Europe/Brussels'
make(L, 1, dict(kind='invite', now='2027-04-20T15:10:00', userZone=A, company='Eemland Wonen', companyAlternatives=['Woningcorporatie Eemland Wonen'],
  role='Beleidsadviseur Huurzaken', start='2027-04-28T14:00', zone=A, durationMinutes=60,
  interviewers=['Femke de Wit', 'Sander Bos'], notInterviewers=['Anouk Jansen', 'Rick Verbeek'], decisionDate=None,
  notes='Dutch Gmail "Doorgestuurd bericht"; "14.00 uur"; Koningsdag closure (27 april) is bait.'),
  user='Rick Verbeek <rick.verbeek@gmail.com>', cte='quoted-printable',
  orig={'from': 'Anouk Jansen <secretariaat@eemlandwonen.nl>', 'to': 'rick.verbeek@gmail.com',
        'date': 'di 20 apr 2027 om 14:47', 'subject': 'Uitnodiging sollicitatiegesprek Beleidsadviseur Huurzaken'},
  body="""Beste Rick,

Bedankt voor je sollicitatie. We nodigen je graag uit voor een eerste gesprek op woensdag 28 april om 14.00 uur op ons kantoor aan de Stationsplein 21 in Amersfoort. Het gesprek duurt een uur.

Je spreekt met Femke de Wit (manager Wonen) en Sander Bos (beleidsadviseur).

Let op: dinsdag 27 april (Koningsdag) zijn wij gesloten, dus bevestig graag vóór maandag.

Met vriendelijke groet,
Anouk Jansen
Secretariaat HRM – Eemland Wonen
""")
make(L, 2, dict(kind='invite', now='2027-10-26T09:00:00', userZone=A, company='Hoogland Energie B.V.', companyAlternatives=['Hoogland Energie', 'Hoogland'],
  role='Data Engineer', start='2027-11-04T10:00', zone=A, durationMinutes=60,
  interviewers=['Bram Visser', 'Yasmina El Amrani'], notInterviewers=['Lotte Mulder', 'Daan Kok'], decisionDate=None,
  notes='Dutch Outlook with IANA Europe/Amsterdam ICS; EU DST ends 2027-10-31 between now and the interview.'),
  user='Daan Kok <daan.kok@outlook.com>', style='outlook', html=True,
  cal=ics(uid='hoogland-wervings-2291', start='2027-11-04T10:00', zone=A, dur=60, tz='iana', vtz='eu1',
          summary='Gesprek Data Engineer – Daan Kok', organizer=('Lotte Mulder', 'l.mulder@hooglandenergie.nl'),
          attendees=[('Daan Kok', 'daan.kok@outlook.com'), ('Bram Visser', 'b.visser@hooglandenergie.nl'), ('Yasmina El Amrani', 'y.elamrani@hooglandenergie.nl')],
          location='Hoogland Energie, Europalaan 100, Utrecht', stamp='20271026T063000Z'),
  orig={'from': 'Lotte Mulder <l.mulder@hooglandenergie.nl>', 'to': 'Daan Kok <daan.kok@outlook.com>',
        'date': 'dinsdag 26 oktober 2027 08:31', 'subject': 'Uitnodiging: gesprek Data Engineer'},
  body="""Hoi Daan,

Hierbij de uitnodiging voor het gesprek op donderdag 4 november 2027 van 10:00 tot 11:00 op ons kantoor in Utrecht. Je spreekt met Bram Visser (teamlead Data) en Yasmina El Amrani (senior data engineer).

Groet,
Lotte Mulder
Recruiter | Hoogland Energie B.V.
""")
make(L, 3, dict(kind='invite', now='2027-07-05T11:00:00', userZone=BR, company='Scheldeport Services NV', companyAlternatives=['Scheldeport Services', 'Scheldeport'],
  role='Planner Containerterminal', start='2027-07-12T15:00', zone=BR, durationMinutes=90,
  interviewers=['Els Peeters', 'Wouter Claes'], notInterviewers=['Lies Van den Broeck', 'Jana Willems'], decisionDate=None,
  notes='Belgium; "15u"; "anderhalf uur"; ICS TZID in Windows long form "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"; mevrouw/de heer are not part of names.'),
  user='Jana Willems <jana.willems@telenet.be>', style='apple', html=True,
  cal=ics(uid='scheldeport-hr-0712', start='2027-07-12T15:00', zone=BR, dur=90, tz='win', tzid='(UTC+01:00) Brussels, Copenhagen, Madrid, Paris', vtz='eu1',
          summary='Sollicitatiegesprek Planner Containerterminal', organizer=('Lies Van den Broeck', 'hr@scheldeport.be'),
          attendees=[('Jana Willems', 'jana.willems@telenet.be')], location='Scheldeport, Noorderlaan 410, Antwerpen', stamp='20270705T081500Z'),
  calmode='attach', calcte='base64',
  orig={'from': 'Lies Van den Broeck <hr@scheldeport.be>', 'to': 'Jana Willems <jana.willems@telenet.be>',
        'date': '5 juli 2027 om 10:41:33 CEST', 'subject': 'Uitnodiging gesprek – Planner Containerterminal'},
  body="""Dag Jana,

Graag nodigen wij u uit voor een gesprek op maandag 12 juli om 15u op onze zetel, Noorderlaan 410 te Antwerpen. Het gesprek neemt anderhalf uur in beslag (inclusief rondleiding op de terminal).

U wordt ontvangen door mevrouw Els Peeters (operationeel directeur) en de heer Wouter Claes (hoofdplanner).

Met vriendelijke groeten,
Lies Van den Broeck
HR – Scheldeport Services NV
""")
make(L, 4, dict(kind='invite', now='2027-09-10T20:00:00', userZone=A, company='Zorggroep Waterland', companyAlternatives=['Waterland'],
  role='Verpleegkundige Acute Zorg', start='2027-09-17T09:00', zone=A, durationMinutes=30,
  interviewers=['Ilse Smit'], notInterviewers=['Noor de Graaf'], decisionDate=None,
  notes='Forwarded as message/rfc822; ATS "Werkflow" on behalf of the employer; "vr 17-09-2027 09:00 - 09:30".'),
  user='Noor de Graaf <noor.degraaf@ziggo.nl>', style='rfc822', cte='quoted-printable', intro='zie bijlage',
  orig={'from': 'Zorggroep Waterland via Werkflow <noreply@werkflow.nl>', 'to': 'noor.degraaf@ziggo.nl',
        'rfcdate': 'Fri, 10 Sep 2027 16:02:18 +0200', 'subject': 'Bevestiging videogesprek Verpleegkundige Acute Zorg'},
  body="""Beste Noor,

Je videogesprek is ingepland.

Vacature: Verpleegkundige Acute Zorg
Wanneer: vr 17-09-2027 09:00 - 09:30
Met: Ilse Smit, teamleider SEH
Link: https://meet.werkflow.nl/zw/77k2p

Tot dan!
Zorggroep Waterland
--
Verzonden via Werkflow
""")
make(L, 5, dict(kind='invite', now='2027-11-10T12:30:00', userZone=BR, company='Brouwerij De Drie Linden', companyAlternatives=['De Drie Linden'],
  role='Kwaliteitsverantwoordelijke', start='2027-11-18T09:30', zone=BR, durationMinutes=45,
  interviewers=['Koen Maes'], notInterviewers=['Sofie Wouters', 'Pieter Jacobs'], decisionDate='2027-11-26',
  notes='Belgian agency (Vlaams Interim Partners) for the client; "om half tien" = 09:30; "ongeveer drie kwartier"; Armistice closure (11 november) is bait; decision by vrijdag 26 november. windows-1252 8bit.'),
  user='Pieter Jacobs <pieter.jacobs@skynet.be>', style='tb', charset='windows-1252', cte='8bit',
  orig={'from': 'Sofie Wouters <sofie.wouters@vlaamsinterim.be>', 'to': 'Pieter Jacobs <pieter.jacobs@skynet.be>',
        'date': '10/11/2027 11:58', 'subject': 'Gesprek bij onze klant – Kwaliteitsverantwoordelijke'},
  body="""Dag Pieter,

Goed nieuws: Brouwerij De Drie Linden wil je graag ontmoeten voor de functie van Kwaliteitsverantwoordelijke. Het gesprek gaat door op donderdag 18 november om half tien in de brouwerij (Lindenstraat 3, Mechelen) en duurt ongeveer drie kwartier. Je spreekt met Koen Maes, productieverantwoordelijke. Ik ben er zelf niet bij.

De klant laat ten laatste op vrijdag 26 november weten hoe het verder gaat. Morgen (11 november) zijn we gesloten, dus vragen mogen vandaag nog of vrijdag.

Groetjes,
Sofie Wouters
Consultant – Vlaams Interim Partners
""")
make(L, 6, dict(kind='invite', now='2027-04-29T18:00:00', userZone=A, company='Studio Grachtwerk', companyAlternatives=['Grachtwerk'],
  role='Frontend developer', start='2027-05-07T11:00', zone=A, durationMinutes=60,
  interviewers=['Joost van Dam', 'Mirjam'], notInterviewers=['Sem Hendriks'], decisionDate=None,
  notes='Informal; company only in the signature; "vrijdag 7 mei (de dag na Hemelvaart)"; "een uurtje"; second interviewer first name only. Outlook old separator.'),
  user='Sem Hendriks <sem.hendriks@hotmail.com>', style='outlook-old', cte='quoted-printable', intro='tweede ronde!',
  orig={'from': 'Joost van Dam <joost@grachtwerk.nl>', 'to': 'Sem Hendriks', 'date': 'donderdag 29 april 2027 17:22',
        'subject': 'RE: vervolg'},
  body="""Hoi Sem,

Leuk dat je door wilt! Zullen we de tweede ronde doen op vrijdag 7 mei (de dag na Hemelvaart) om 11.00 uur bij ons op kantoor? Dan schuift Mirjam ook aan, zij leidt het designteam. Reken op een uurtje.

Groet,
Joost

Joost van Dam | Tech lead | Studio Grachtwerk | Keizersgracht 312, Amsterdam
""")
make(L, 7, dict(kind='reschedule', now='2027-09-03T14:00:00', userZone=A, company='Waterschap Rijn en Polder', companyAlternatives=['Rijn en Polder'],
  role='Adviseur Waterkeringen', start='2027-09-13T10:00', zone=A, durationMinutes=45,
  interviewers=['Gerrit Hoekstra'], notInterviewers=['Naima Bakker', 'Rick Verbeek'], decisionDate=None,
  notes='Text-only reschedule; old slot donderdag 9 september 13.30 uur in the text; "de duur blijft 45 minuten".'),
  user='Rick Verbeek <rick.verbeek@gmail.com>', cte='quoted-printable',
  orig={'from': 'Naima Bakker <n.bakker@rijnenpolder.nl>', 'to': 'rick.verbeek@gmail.com',
        'date': 'vr 3 sep 2027 om 13:36', 'subject': 'Wijziging gesprek Adviseur Waterkeringen'},
  body="""Beste Rick,

Helaas moeten we je gesprek van donderdag 9 september om 13.30 uur verzetten. Het nieuwe tijdstip is maandag 13 september om 10.00 uur. De duur blijft 45 minuten en je spreekt nog steeds met Gerrit Hoekstra.

Excuses voor het ongemak.

Met vriendelijke groet,
Naima Bakker
P&O Waterschap Rijn en Polder
""")
make(L, 8, dict(kind='rejection', now='2027-06-29T19:30:00', userZone=BR, company='Bakkerij Vandewalle NV', companyAlternatives=['Bakkerij Vandewalle', 'Vandewalle'],
  role='Productieleider', start=None, zone=None, durationMinutes=None, interviewers=[], notInterviewers=['Hilde Desmet'], decisionDate=None,
  notes='Afwijzing (Belgium).'),
  user='Jana Willems <jana.willems@telenet.be>', cte='base64', html=True, intro='jammer',
  orig={'from': 'Hilde Desmet <jobs@vandewalle.be>', 'to': 'jana.willems@telenet.be',
        'date': 'di 29 jun 2027 om 17:20', 'subject': 'Uw kandidatuur Productieleider'},
  body="""Beste Jana,

Bedankt voor uw kandidatuur en het gesprek. Na zorgvuldige afweging hebben wij besloten om niet verder te gaan met uw kandidatuur voor de functie van Productieleider.

Wij wensen u veel succes verder.

Hilde Desmet
HR Bakkerij Vandewalle NV
""")
make(L, 9, dict(kind='offer', now='2027-10-01T16:40:00', userZone=A, company='Duinzicht Hotels', companyAlternatives=['Duinzicht'],
  role='Front Office Manager', start=None, zone=None, durationMinutes=None, interviewers=[], notInterviewers=['Marieke Prins', 'Sem Hendriks'], decisionDate=None,
  notes='Aanbod; "uiterlijk 8 oktober je reactie" is the candidate deadline -> null.'),
  user='Sem Hendriks <sem.hendriks@hotmail.com>', style='apple', cte='quoted-printable', intro='!!!',
  orig={'from': 'Marieke Prins <m.prins@duinzicht.nl>', 'to': 'Sem Hendriks <sem.hendriks@hotmail.com>',
        'date': '1 oktober 2027 om 16:05:12 CEST', 'subject': 'Aanbod Front Office Manager'},
  body="""Beste Sem,

Wat leuk je te laten weten dat we je graag willen aannemen als Front Office Manager bij Duinzicht Hotels in Noordwijk! In de bijlage vind je ons aanbod (startdatum 1 november).

Ontvang graag uiterlijk 8 oktober je reactie.

Hartelijke groet,
Marieke Prins
Manager HR
""")
make(L, 10, dict(kind='not-interview', now='2027-11-15T08:10:00', userZone=A, company=None, companyAlternatives=[],
  role=None, start=None, zone=None, durationMinutes=None, interviewers=[], notInterviewers=[], decisionDate=None,
  notes='Newsletter with a job fair date/time as bait.'),
  user='Daan Kok <daan.kok@outlook.com>', html=True,
  orig={'from': 'Werkzoeker Weekly <nieuws@werkzoeker.nl>', 'to': 'daan.kok@outlook.com',
        'date': 'ma 15 nov 2027 om 07:00', 'subject': 'Deze week: banenmarkt Utrecht + 12 nieuwe vacatures'},
  body="""Werkzoeker Weekly

Banenmarkt Utrecht – zaterdag 20 november, 10.00–16.00 uur, Jaarbeurs Hal 4. Gratis entree.

Nieuwe vacatures voor jou:
- Data Analist, Provincie Gelderland (Arnhem)
- BI Developer, Transportbedrijf Noordhoek (Zwolle)

Afmelden
""")
