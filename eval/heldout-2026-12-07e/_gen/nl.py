from lib import write_all, write_replies
U = ('Sanne de Vries', 'sanne.devries@ziggo.nl')
UB = ('Pieter Janssens', 'pieter.janssens@telenet.be')
items = []
def F(**k): k.setdefault('lang', 'nl'); items.append(k)

F(id='nl-01', kind='invite', client='outlook', olsep='orig', user=U, now='2029-09-12T08:40:00+02:00', userZone='Europe/Amsterdam',
  charset='iso-8859-1', cte='qp', prefix='Doorst:',
  orig={'from': ('Ilse Visser', 'i.visser@vdmeer-installatie.nl'), 'date': '2029-09-11T16:25:00+02:00',
  'subject': 'Uitnodiging sollicitatiegesprek Werkvoorbereider E-installaties',
  'body': '''Beste Sanne,

Bedankt voor je sollicitatie. We nodigen je graag uit voor een kennismakingsgesprek voor de functie Werkvoorbereider E-installaties.

Datum: donderdag 20 september
Tijd: 13.30 uur
Locatie: Van der Meer Installatietechniek B.V., Industrieweg 41, Zwolle

Je spreekt met Kees Bakker (bedrijfsleider) en Fatima El Amrani (HR). Het gesprek duurt ongeveer een uur.

Wil je even laten weten of dit schikt?

Met vriendelijke groet,

Ilse Visser
Office manager
Van der Meer Installatietechniek B.V.'''},
  exp=dict(company='Van der Meer Installatietechniek B.V.', companyAlternatives=['Van der Meer Installatietechniek', 'Van der Meer'],
           role='Werkvoorbereider E-installaties', start='2029-09-20T13:30', zone='Europe/Amsterdam', durationMinutes=60,
           interviewers=['Kees Bakker', 'Fatima El Amrani'], notInterviewers=['Ilse Visser'], notes='"13.30 uur" with a dot; office manager only schedules.'))

F(id='nl-02', kind='invite', client='gmail', user=U, now='2029-10-02T17:15:00+02:00', userZone='Europe/Amsterdam', html=True,
  note='kun je deze inplannen?',
  orig={'from': ('Bas Hendriks', 'bas.hendriks@tempowerk.nl'), 'date': '2029-10-02T15:48:00+02:00', 'subject': 'Gesprek Zorggroep De Linde - maandag',
  'body': '''Hoi Sanne,

Leuk nieuws: Zorggroep De Linde wil graag met je in gesprek over de functie Teamleider Facilitair!

Maandag 8 oktober, 10:00 uur
Locatie De Linde, Lindelaan 2 in Amersfoort (melden bij de receptie)
Gesprek van 45 minuten met Marloes de Jong (manager Bedrijfsvoering) en Erik Smit (teamleider Techniek)

Ik ben er zelf niet bij, maar bel je na afloop even. Succes!

Groet,
Bas Hendriks
Intercedent | Tempo-Werk Detachering'''},
  exp=dict(company='Zorggroep De Linde', companyAlternatives=['De Linde'], role='Teamleider Facilitair', start='2029-10-08T10:00', zone='Europe/Amsterdam',
           durationMinutes=45, interviewers=['Marloes de Jong', 'Erik Smit'], notInterviewers=['Bas Hendriks'], notes='Agency intercedent absent.'))

F(id='nl-03', kind='invite', client='apple', user=UB, now='2029-10-16T12:30:00+02:00', userZone='Europe/Brussels', cte='8bit',
  orig={'from': ('Wim De Smet', 'wim.desmet@vandewalle-logistics.be'), 'date': '2029-10-16T11:05:00+02:00', 'subject': 'Gesprek transportplanner',
  'body': '''Dag Pieter,

Bedankt voor je kandidatuur als transportplanner. We willen je graag leren kennen op dinsdag 23/10 om 9u30 in ons kantoor in Gent (Skaldenstraat 7, 9042 Gent).

Je hebt een gesprek met Lotte Peeters, operations manager, en ikzelf. Reken op ongeveer een uur.

Met vriendelijke groeten,
Wim De Smet
HR-verantwoordelijke
Vandewalle Logistics NV'''},
  exp=dict(company='Vandewalle Logistics NV', companyAlternatives=['Vandewalle Logistics', 'Vandewalle'], role='transportplanner', start='2029-10-23T09:30',
           zone='Europe/Brussels', durationMinutes=60, interviewers=['Lotte Peeters', 'Wim De Smet'], notInterviewers=[],
           notes='Flemish "23/10 om 9u30"; "kandidatuur"; sender attends.'))

F(id='nl-04', kind='invite', client='outlook', user=U, now='2029-10-31T10:20:00+01:00', userZone='Europe/Amsterdam', html=True, prefix='FW:',
  ics=dict(mode='windisp', tzid='(UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen', vtz=('+0100', '+0200', 'EU'), zone='Europe/Amsterdam',
           start='2029-11-07T14:00', dur=60, summary='Sollicitatiegesprek Data Engineer - Sanne de Vries', organizer=('Mark Bos', 'mark.bos@noordzeedata.nl'),
           attendees=[('Jeroen Mulder', 'jeroen.mulder@noordzeedata.nl'), ('Anouk Dekker', 'anouk.dekker@noordzeedata.nl')],
           location='Microsoft Teams-vergadering', place='alt'),
  orig={'from': ('Mark Bos', 'mark.bos@noordzeedata.nl'), 'date': '2029-10-31T09:55:00+01:00', 'subject': 'Sollicitatiegesprek Data Engineer',
  'body': '''Hoi Sanne,

Hierbij de uitnodiging voor het eerste gesprek voor de rol Data Engineer bij Noordzee Data B.V.

Woensdag 7 november 2029 van 14:00 tot 15:00 via Teams
Met: Jeroen Mulder (Lead Data Engineer) en Anouk Dekker (Product Manager)

Ik heb de uitnodiging via Outlook verstuurd.

Groeten,
Mark Bos
Corporate Recruiter'''},
  exp=dict(company='Noordzee Data B.V.', companyAlternatives=['Noordzee Data'], role='Data Engineer', start='2029-11-07T14:00', zone='Europe/Amsterdam',
           durationMinutes=60, interviewers=['Jeroen Mulder', 'Anouk Dekker'], notInterviewers=['Mark Bos'],
           notes='Dutch Windows display-name TZID; ICS inside alternative.'))

F(id='nl-05', kind='invite', client='attach', user=U, now='2029-11-23T20:10:00+01:00', userZone='Europe/Amsterdam', html=True, cte='base64', prefix='Fwd:',
  note='als bijlage doorgestuurd', attname='Gesprek ingepland.eml',
  orig={'from': ('Fietsfabriek Oranje', 'notifications@recruitee.com'), 'date': '2029-11-23T19:40:00+01:00',
  'subject': 'Je gesprek bij Fietsfabriek Oranje is ingepland',
  'body': '''Hoi Sanne,

Je videogesprek voor de functie Customer Success Manager is ingepland.

Wanneer: vrijdag 30 november 2029, 11:00 - 11:30 (Europe/Amsterdam)
Met: Yara Koster
Waar: Google Meet - https://meet.google.com/hfd-kqzu-pra

Kun je toch niet? Verzet je gesprek via je kandidatenportaal.

Groetjes,
Team Fietsfabriek Oranje'''},
  exp=dict(company='Fietsfabriek Oranje', role='Customer Success Manager', start='2029-11-30T11:00', zone='Europe/Amsterdam', durationMinutes=30,
           interviewers=['Yara Koster'], notInterviewers=[], notes='Recruitee ATS; attached message; base64.'))

F(id='nl-06', kind='invite', client='tb', user=U, now='2029-10-22T21:00:00+02:00', userZone='Europe/Amsterdam',
  ics=dict(mode='iana', tzid='Europe/Amsterdam', vtz=('+0100', '+0200', 'EU'), zone='Europe/Amsterdam', start='2029-10-29T10:30', dur=60,
           summary='Gesprek Projectcoördinator Educatie', organizer=('Hanneke Jansen', 'h.jansen@kunstenhuisutrecht.nl'), location='Kunstenhuis Utrecht',
           place='mixed', prodid='-//Apple Inc.//macOS 16.0//EN'),
  orig={'from': ('Hanneke Jansen', 'h.jansen@kunstenhuisutrecht.nl'), 'date': '2029-10-22T17:30:00+02:00', 'subject': 'Uitnodiging gesprek',
  'body': '''Beste Sanne,

Wat leuk dat je hebt gereageerd op de vacature Projectcoördinator Educatie. Ruud van Dijk (artistiek leider) en ik willen je graag spreken op maandag 29 oktober om half elf, bij ons in het Kunstenhuis aan de Oudegracht. We trekken er een uur voor uit.

Hartelijke groet,
Hanneke Jansen
Hoofd Educatie
Kunstenhuis Utrecht'''},
  exp=dict(company='Kunstenhuis Utrecht', companyAlternatives=['Kunstenhuis'], role='Projectcoördinator Educatie', start='2029-10-29T10:30',
           zone='Europe/Amsterdam', durationMinutes=60, interviewers=['Hanneke Jansen', 'Ruud van Dijk'], notInterviewers=[],
           notes='"om half elf" = 10:30; day after EU DST change; sender attends.'))

F(id='nl-07', kind='invite', client='gmail', user=U, now='2029-07-18T20:00:00+02:00', userZone='Europe/Amsterdam',
  orig={'from': ('Thijs van Leeuwen', 'thijs@bloeiwerk.nl'), 'date': '2029-07-18T19:37:00+02:00', 'subject': 'Re: Open sollicitatie',
  'body': '''Top, dan zie ik je morgen om 4 uur bij ons op kantoor (Czaar Peterstraat 213, bel bij "Bloeiwerk"). Neem gerust je laptop mee.

Thijs

Op wo 18 jul 2029 om 14:02 schreef Sanne de Vries <sanne.devries@ziggo.nl>:
> Hoi Thijs, morgenmiddag kan ik prima, vrijdag ook. Groet, Sanne'''},
  exp=dict(company='Bloeiwerk', role=None, start='2029-07-19T16:00', zone='Europe/Amsterdam', durationMinutes=None, interviewers=['Thijs van Leeuwen'],
           notInterviewers=[], notes='"morgen om 4 uur" = 16:00 next day; open application.'))

F(id='nl-08', kind='invite', client='outlook', olsep='orig', user=UB, now='2029-12-20T14:35:00+01:00', userZone='Europe/Brussels',
  charset='windows-1252', cte='8bit', prefix='Doorst:',
  orig={'from': ('Els Wouters', 'els.wouters@zorgnetkempen.be'), 'date': '2029-12-20T11:10:00+01:00',
  'subject': 'Uitnodiging selectiegesprek – hoofdverpleegkundige',
  'body': '''Beste Pieter,

Met plezier nodigen we je uit voor een selectiegesprek voor de functie van hoofdverpleegkundige op de afdeling geriatrie.

Gezien de feestdagen plannen we het gesprek na de kerstvakantie: maandag 7 januari 2030 om 14u, campus Sint-Jozef, lokaal A.204.

De selectiecommissie bestaat uit dr. An Claes (diensthoofd geriatrie), Koen Maes (zorgmanager) en mezelf. Het gesprek duurt ongeveer 45 minuten.

Je verplaatsingskosten (€ 0,43/km) worden vergoed.

Prettige feestdagen!

Els Wouters
Stafmedewerker HR
Zorgnet Kempen vzw'''},
  exp=dict(company='Zorgnet Kempen vzw', companyAlternatives=['Zorgnet Kempen'], role='hoofdverpleegkundige', start='2030-01-07T14:00', zone='Europe/Brussels',
           durationMinutes=45, interviewers=['An Claes', 'Koen Maes', 'Els Wouters'], notInterviewers=[],
           notes='Flemish "14u"; crosses Christmas into 2030; cp1252 with €.'))

F(id='nl-09', kind='reschedule', client='gmail', user=U, now='2029-10-01T11:30:00+02:00', userZone='Europe/Amsterdam',
  note='verzet naar donderdag',
  orig={'from': ('Petra Kuipers', 'p.kuipers@hooglandaccountants.nl'), 'date': '2029-10-01T10:58:00+02:00', 'subject': 'RE: Gesprek woensdag',
  'body': '''Hoi Sanne,

Zou je het gesprek van woensdag kunnen verzetten naar donderdag 11.00 uur? Robin zit woensdag onverwacht bij een klant. Locatie blijft hetzelfde.

Groet,
Petra

Van: Petra Kuipers
Verzonden: dinsdag 25 september 2029 09:12
Aan: Sanne de Vries
Onderwerp: Gesprek woensdag

Hoi Sanne, hierbij bevestig ik je gesprek voor Junior Accountant bij Hoogland Accountants op woensdag 3 oktober om 14.00 uur met Robin de Graaf, partner. Duur: 45 minuten.'''},
  exp=dict(company='Hoogland Accountants', role='Junior Accountant', start='2029-10-04T11:00', zone='Europe/Amsterdam', durationMinutes=45,
           interviewers=['Robin de Graaf'], notInterviewers=['Petra Kuipers'], notes='Text-only move from Wednesday 3 Oct to "donderdag 11.00 uur".'))

F(id='nl-10', kind='reschedule', client='outlook', user=U, now='2029-10-30T16:00:00+01:00', userZone='Europe/Amsterdam', html=True, prefix='FW:',
  ics=dict(mode='win', tzid='W. Europe Standard Time', vtz=('+0100', '+0200', 'EU'), zone='Europe/Amsterdam', start='2029-11-05T16:00', dur=60, seq=1,
           summary='Verplaatst: gesprek Operations Analyst', organizer=('Maarten Smits', 'maarten.smits@deltaport-shipping.nl'),
           location='Deltaport Shipping, Wilhelminakade 91, Rotterdam', place='mixed'),
  orig={'from': ('Maarten Smits', 'maarten.smits@deltaport-shipping.nl'), 'date': '2029-10-30T15:12:00+01:00', 'subject': 'Verplaatst: gesprek Operations Analyst',
  'body': '''Beste Sanne,

Helaas moet ik ons gesprek van donderdag 1 november verplaatsen. Nieuw voorstel: maandag 5 november om 16:00 uur, zelfde plek (Wilhelminakade 91, 14e verdieping). Ik heb de agenda-uitnodiging aangepast.

Met vriendelijke groet,
Maarten Smits
Manager Operations
Deltaport Shipping B.V.'''},
  exp=dict(company='Deltaport Shipping B.V.', companyAlternatives=['Deltaport Shipping', 'Deltaport'], role='Operations Analyst', start='2029-11-05T16:00',
           zone='Europe/Amsterdam', durationMinutes=60, interviewers=['Maarten Smits'], notInterviewers=[],
           notes='Windows TZID W. Europe Standard Time; duration only from DTEND.'))

F(id='nl-11', kind='rejection', client='gmail', user=U, now='2029-11-14T09:10:00+01:00', userZone='Europe/Amsterdam',
  orig={'from': ('Groenvast Vastgoed', 'recruitment@groenvast.nl'), 'date': '2029-11-13T17:02:00+01:00', 'subject': 'Terugkoppeling sollicitatie Assetmanager',
  'body': '''Beste Sanne,

Hartelijk dank voor je sollicitatie en het prettige gesprek van vorige week.

Helaas moeten we je laten weten dat we een andere kandidaat hebben gekozen voor de functie Assetmanager. Het verschil was klein.

We wensen je veel succes met je verdere zoektocht.

Met vriendelijke groet,
Groenvast Vastgoed'''},
  exp=dict(company='Groenvast Vastgoed', companyAlternatives=['Groenvast'], role='Assetmanager', notes='Rejection.'))

F(id='nl-12', kind='offer', client='apple', user=UB, now='2029-12-06T18:20:00+01:00', userZone='Europe/Brussels',
  orig={'from': ('Leen Verhoeven', 'leen.verhoeven@dekroon.be'), 'date': '2029-12-06T16:44:00+01:00', 'subject': 'Ons aanbod',
  'body': '''Dag Pieter,

Na de gesprekken zijn we ervan overtuigd: we bieden je graag de functie van Marketing Manager aan bij Brouwerij De Kroon NV!

In bijlage vind je ons voorstel (bruto maandloon, bedrijfswagen, maaltijdcheques, hospitalisatieverzekering). Laat je ons iets weten vóór 14 december?

Warme groeten,
Leen Verhoeven
HR Business Partner'''},
  exp=dict(company='Brouwerij De Kroon NV', companyAlternatives=['Brouwerij De Kroon', 'De Kroon'], role='Marketing Manager', notInterviewers=['Leen Verhoeven'],
           notes='Belgian offer; "vóór 14 december" is the candidate deadline.'))

F(id='nl-13', kind='not-interview', client='outlook', user=U, now='2029-09-25T07:50:00+02:00', userZone='Europe/Amsterdam', prefix='FW:',
  orig={'from': ('Hogeschool Amstelland', 'werkenbij@hs-amstelland.nl'), 'date': '2029-09-24T23:10:00+02:00', 'subject': 'Ontvangstbevestiging sollicitatie',
  'body': '''Beste mevrouw De Vries,

Hartelijk dank voor uw sollicitatie op de vacature Docent Informatica (0,8 fte). Wij hebben uw gegevens in goede orde ontvangen.

De selectiegesprekken vinden plaats op 15 en 16 oktober. Uiterlijk 5 oktober hoort u of u daarvoor wordt uitgenodigd.

Met vriendelijke groet,
Team Werving & Selectie
Hogeschool Amstelland'''},
  exp=dict(company='Hogeschool Amstelland', role='Docent Informatica', decisionDate='2029-10-05',
           notes='Acknowledgement with interview days as bait; the employer promises to answer by 5 October.'))

F(id='nl-14', kind='not-interview', client='gmail', user=U, now='2029-11-05T12:00:00+01:00', userZone='Europe/Amsterdam', html=True,
  orig={'from': ('Kroonenberg Groep', 'traineeship@kroonenberg.nl'), 'date': '2029-11-05T10:30:00+01:00', 'subject': 'Plan je gesprek in – Trainee Finance',
  'body': '''Hoi Sanne,

Goed nieuws: je bent door naar de volgende ronde van het Trainee Finance programma!

Plan via onderstaande link zelf een videogesprek van 30 minuten in. Er zijn tijdsloten beschikbaar van maandag 12 t/m vrijdag 16 november tussen 9:00 en 17:00.

Plan je gesprek: https://calendly.com/kroonenberg-trainees/finance

Tot snel!
Recruitmentteam Kroonenberg Groep'''},
  exp=dict(company='Kroonenberg Groep', companyAlternatives=['Kroonenberg'], role='Trainee Finance', durationMinutes=30, notes='Self-scheduling link, no slot yet.'))

write_all(items)

B = 'Europe/Brussels'
R = [
 ('2029-09-20T16:00:00', 'Van der Meer Installatietechniek B.V.', 'thank-you', 'bedankmailtje gestuurd naar kees', 'thanked', None, None, None),
 ('2029-10-08T13:00:00', 'Zorggroep De Linde', 'thank-you', 'heb marloes en erik bedankt 👍', 'thanked', None, None, None),
 ('2029-10-23T14:10:00', 'Vandewalle Logistics NV', 'thank-you', 'mail gestuurd om te bedanken', 'thanked', None, None, None, None, B),
 ('2029-10-01T09:00:00', 'Van der Meer Installatietechniek B.V.', 'follow-up-1', 'ilse gemaild', 'followed-up', None, None, None),
 ('2029-10-17T12:30:00', 'Zorggroep De Linde', 'follow-up-2', 'bas gebeld, hij gaat erachteraan', 'followed-up', None, None, None),
 ('2029-11-15T10:00:00', 'Noordzee Data B.V.', 'follow-up-1', 'heb mark een berichtje gestuurd op linkedin', 'followed-up', None, None, None),
 ('2029-09-21T10:00:00', 'Van der Meer Installatietechniek B.V.', 'thank-you', 'ze laten voor vrijdag 28 sept iets weten', 'decision-date', '2029-09-28', None, None),
 ('2029-10-09T08:30:00', 'Zorggroep De Linde', 'follow-up-1', 'bas zegt eind volgende week uitsluitsel', 'decision-date', '2029-10-19', None, None, 'eonw'),
 ('2029-10-24T17:00:00', 'Vandewalle Logistics NV', 'follow-up-1', 'beslissing tegen 5/11 zei lotte', 'decision-date', '2029-11-05', None, None, None, B),
 ('2029-11-08T09:15:00', 'Noordzee Data B.V.', 'thank-you', 'ze beslissen woensdag', 'decision-date', '2029-11-14', None, None, 'wd:wed'),
 ('2029-10-30T11:00:00', 'Kunstenhuis Utrecht', 'thank-you', 'over twee weken hoor ik het', 'decision-date', '2029-11-13', None, None, '+14'),
 ('2029-12-03T12:00:00', 'Fietsfabriek Oranje', 'follow-up-1', 'voor het eind van de maand een besluit', 'decision-date', '2029-12-31', None, None, 'eom'),
 ('2029-11-06T16:00:00', 'Deltaport Shipping B.V.', 'thank-you', 'geen beslissing voor half november, ze spreken nog 2 mensen', 'decision-date', '2029-11-15', None, None, 'mid:11'),
 ('2029-09-27T11:00:00', 'Van der Meer Installatietechniek B.V.', 'follow-up-1', 'ilse heeft gereageerd, ze zijn nog niet rond', 'heard-back', None, None, None),
 ('2029-11-20T13:30:00', 'Noordzee Data B.V.', 'follow-up-1', 'mark belde, nog geen nieuws maar ik zit er nog in', 'heard-back', None, None, None),
 ('2029-09-24T19:00:00', 'Van der Meer Installatietechniek B.V.', 'follow-up-1', 'tweede gesprek dinsdag 2 okt 10 uur', 'next-round', '2029-10-02', '10:00', None),
 ('2029-10-12T18:45:00', 'Zorggroep De Linde', 'follow-up-1', 'ze willen me nog een keer zien, vrijdag om 3', 'next-round', '2029-10-19', '15:00', None, 'next:fri'),
 ('2029-11-09T08:00:00', 'Noordzee Data B.V.', 'follow-up-1', 'technische case volgende week dinsdag half 2', 'next-round', '2029-11-13', '13:30', None, 'nw:tue'),
 ('2029-10-25T16:00:00', 'Vandewalle Logistics NV', 'follow-up-1', 'tweede ronde op 30/10 om 10u', 'next-round', '2029-10-30', '10:00', None, None, B),
 ('2029-10-26T17:00:00', 'Zorggroep De Linde', 'follow-up-2', 'IK HEB DE BAAN 🎉', 'offer', None, None, 'offer'),
 ('2029-12-06T18:30:00', 'Brouwerij De Kroon NV', 'confirmation', 'aanbod binnen! nu nog onderhandelen over de wagen', 'offer', None, None, 'offer', None, B),
 ('2029-11-14T09:15:00', 'Groenvast Vastgoed', 'confirmation', 'afgewezen helaas', 'rejected', None, None, 'rejected'),
 ('2029-10-10T12:00:00', 'Van der Meer Installatietechniek B.V.', 'follow-up-2', 'ze hebben voor iemand anders gekozen', 'rejected', None, None, 'rejected'),
 ('2029-12-07T21:00:00', 'Fietsfabriek Oranje', 'follow-up-1', 'yara belde, het wordt hem niet', 'rejected', None, None, 'rejected'),
 ('2029-11-28T08:00:00', 'Fietsfabriek Oranje', 'prep', 'ik heb me teruggetrokken bij de fietsfabriek', 'withdrawn', None, None, 'withdrawn'),
 ('2029-12-10T10:00:00', 'Zorgnet Kempen vzw', 'confirmation', 'ik trek mijn kandidatuur in, ik ga voor de kroon', 'withdrawn', None, None, 'withdrawn', None, B),
 ('2029-09-28T08:00:00', 'Van der Meer Installatietechniek B.V.', 'follow-up-1', 'herinner me maandag nog eens', 'snooze', '2029-10-01', None, None, 'wd:mon'),
 ('2029-12-21T16:00:00', 'Fietsfabriek Oranje', 'follow-up-1', 'na de kerst pas', 'snooze', None, None, None),
 ('2029-11-13T20:00:00', 'Noordzee Data B.V.', 'prep', 'morgen', 'snooze', '2029-11-14', None, None, 'tomorrow'),
 ('2029-11-01T09:00:00', 'Kunstenhuis Utrecht', 'follow-up-1', 'vraag het me over 6 dagen nog eens', 'snooze', '2029-11-07', None, None, '+6'),
 ('2029-10-10T12:05:00', 'Van der Meer Installatietechniek B.V.', 'confirmation', 'oeps, maak dat ongedaan', 'undo', None, None, None),
 ('2029-10-29T10:00:00', 'Van der Meer Installatietechniek B.V.', 'digest', 'van der meer belde terug, de andere kandidaat haakte af. zet maar weer open', 'reopen', None, None, None),
 ('2029-09-12T08:50:00', 'Van der Meer Installatietechniek B.V.', 'confirmation', 'het is 14.30 niet 13.30', 'correct', None, '14:30', None),
 ('2029-10-16T12:45:00', 'Vandewalle Logistics NV', 'confirmation', 'het is woensdag 24/10, niet dinsdag', 'correct', '2029-10-24', None, None, None, B),
 ('2029-11-04T19:00:00', None, 'digest', 'overzicht van al mijn sollicitaties pls', 'status', None, None, None),
 ('2029-12-12T20:00:00', None, 'digest', 'kan ik alles als csv krijgen', 'export', None, None, None),
 ('2029-07-19T08:00:00', None, 'confirmation', 'help? hoe werkt dit', 'help', None, None, None),
 ('2029-09-26T08:00:00', 'Hogeschool Amstelland', 'confirmation', 'die van de hogeschool mag weg', 'forget', None, None, None),
 ('2029-09-20T15:00:00', 'Van der Meer Installatietechniek B.V.', 'thank-you', 'ging best goed denk ik', 'none', None, None, None),
 ('2029-10-07T21:30:00', 'Zorggroep De Linde', 'prep', 'moet ik een pak aan of is dat overdreven?', 'none', None, None, None),
 ('2029-11-18T11:00:00', 'Noordzee Data B.V.', 'follow-up-1', 'mijn studiegenoot heeft een aanbod van noordzee data gekregen, ik nog niks', 'none', None, None, None),
 ('2029-11-12T22:00:00', 'Kunstenhuis Utrecht', 'follow-up-1', 'als ze me afwijzen ga ik gewoon freelancen', 'none', None, None, None),
 ('2029-12-05T09:00:00', 'Fietsfabriek Oranje', 'follow-up-1', 'nog geen afwijzing binnen, dus wie weet', 'none', None, None, None),
 ('2029-11-21T18:00:00', 'Deltaport Shipping B.V.', 'follow-up-1', 'mijn huidige werkgever doet een tegenbod, pff', 'none', None, None, None),
 ('2029-11-26T12:00:00', 'Noordzee Data B.V.', 'follow-up-1', 'hypotheek afgewezen, kut dag. verder niks van noordzee', 'none', None, None, None),
 ('2029-10-29T12:00:00', 'Kunstenhuis Utrecht', 'thank-you', 'ruud bood me koffie aan na afloop, was gezellig', 'none', None, None, None),
 ('2029-12-14T10:00:00', 'Deltaport Shipping B.V.', 'move-on', 'nee laat maar open staan', 'none', None, None, None),
 ('2029-10-21T23:00:00', 'Vandewalle Logistics NV', 'prep', 'oké merci', 'none', None, None, None, None, B),
 ('2029-11-22T09:00:00', 'Noordzee Data B.V.', 'digest', 'duurt het altijd zo lang?', 'none', None, None, None),
 ('2029-11-01T20:00:00', 'Kunstenhuis Utrecht', 'digest', 'ik ben aangenomen!! grapje, nog niks gehoord', 'none', None, None, None),
]
write_replies('nl', 'Europe/Amsterdam', R)
