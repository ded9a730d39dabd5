from mime import build_all, ics

U1 = ('Sanne Vermeulen', 'sanne.vermeulen@gmail.com')
U2 = ('Daan Kuipers', 'daan.kuipers@ziggo.nl')
U3 = ('Jolien Maes', 'jolien.maes@telenet.be')
U4 = ('Youssef El Amrani', 'y.elamrani@outlook.com')
U5 = ('Eline Wouters', 'eline.wouters@proximus.be')

items = [
dict(id='nl-01', kind='invite', now='2030-01-15T08:30:00+01:00', userZone='Europe/Amsterdam', user=U1,
 subj='Fwd: Uitnodiging sollicitatiegesprek Projectleider Infra', cs='iso-8859-1', cte='quoted-printable',
 body="""Graag toevoegen, dank!

---------- Doorgestuurd bericht ---------
Van: Femke Jansen <f.jansen@dijkstrabouwgroep.nl>
Date: ma 14 jan. 2030 om 16:12
Subject: Uitnodiging sollicitatiegesprek Projectleider Infra
To: <sanne.vermeulen@gmail.com>


Beste Sanne,

Bedankt voor je sollicitatie op de functie Projectleider Infra bij Dijkstra Bouwgroep B.V. Graag nodigen we je uit voor een eerste gesprek op donderdag 24 januari om 14.00 uur op ons kantoor aan de Havenweg 8 in Zwolle.

Je spreekt met ir. Marloes de Vries (manager Infra) en Bas Hoekstra (senior projectleider). Het gesprek duurt ongeveer een uur.

Wil je even laten weten of dit schikt?

Met vriendelijke groet,
Femke Jansen
Recruiter | Dijkstra Bouwgroep B.V.
""",
 exp=dict(company='Dijkstra Bouwgroep B.V.', alt=['Dijkstra Bouwgroep', 'Dijkstra'], role='Projectleider Infra', start='2030-01-24T14:00',
  zone='Europe/Amsterdam', dur=60, iv=['Marloes de Vries', 'Bas Hoekstra'], niv=['Femke Jansen', 'Sanne Vermeulen'],
  notes='"14.00 uur"; ir. title; recruiter only schedules; iso-8859-1')),

dict(id='nl-02', kind='invite', now='2030-04-15T13:00:00+02:00', userZone='Europe/Amsterdam', user=U2,
 subj='Doorst: Uitnodiging gesprek Teamleider Wijkverpleging', cs='windows-1252', cte='quoted-printable', xmailer='Microsoft Outlook 16.0',
 body="""

Van: Sanne Mulder <s.mulder@zorggroeplindehof.nl>
Verzonden: maandag 15 april 2030 11:20
Aan: Daan Kuipers <daan.kuipers@ziggo.nl>
Onderwerp: Uitnodiging gesprek Teamleider Wijkverpleging

Beste heer Kuipers,

Hartelijk dank voor uw sollicitatie. Namens de selectiecommissie nodig ik u uit voor een gesprek voor de functie Teamleider Wijkverpleging bij Zorggroep Lindehof, op dinsdag 23 april (na Pasen) om 10.30 uur.

De commissie bestaat uit:
• Ingrid Bakker, regiomanager
• Ruud van Leeuwen, lid cliëntenraad

Houdt u rekening met anderhalf uur, inclusief een korte casus. De agenda-uitnodiging zit in de bijlage.

Met vriendelijke groet,
Sanne Mulder
Secretariaat P&O – Zorggroep Lindehof
""",
 ics=ics('W. Europe Standard Time', '20300423T103000', '20300423T120000', 'Gesprek D. Kuipers – Teamleider Wijkverpleging',
         ('Sanne Mulder', 's.mulder@zorggroeplindehof.nl'), [('Daan Kuipers', 'daan.kuipers@ziggo.nl'), ('Ingrid Bakker', 'i.bakker@zorggroeplindehof.nl'), ('Ruud van Leeuwen', 'r.vanleeuwen@zorggroeplindehof.nl')],
         'Zorggroep Lindehof, Deventer', uid='nl02'),
 exp=dict(company='Zorggroep Lindehof', alt=['Lindehof'], role='Teamleider Wijkverpleging', start='2030-04-23T10:30', zone='Europe/Amsterdam',
  dur=90, iv=['Ingrid Bakker', 'Ruud van Leeuwen'], niv=['Sanne Mulder', 'Daan Kuipers'],
  notes='"na Pasen"; "anderhalf uur"; bullets in windows-1252; Windows TZID')),

dict(id='nl-03', kind='invite', now='2030-05-28T17:00:00+02:00', userZone='Europe/Brussels', user=U3,
 subj='Fwd: Sollicitatiegesprek Onderhoudstechnicus', cs='utf-8', cte='8bit', xmailer='Apple Mail (2.3774.400.31)',
 body="""Volgende week maandag!



Begin doorgestuurd bericht:

Van: Koen Peeters <koen.peeters@technicskempen.be>
Onderwerp: Sollicitatiegesprek Onderhoudstechnicus
Datum: 28 mei 2030 om 14:21:40 CEST
Aan: Jolien Maes <jolien.maes@telenet.be>

Dag Jolien,

Bedankt voor uw kandidatuur als onderhoudstechnicus bij Technics Kempen NV. Graag nodig ik u uit voor een gesprek op maandag 3 juni om 9u30 in ons bedrijf in Geel (Kleinhoefstraat 12).

Samen met Els Janssens van HR zal ik het gesprek voeren. Reken op ongeveer een uur.

Opgelet: donderdag (O.L.H.-Hemelvaart) en vrijdag zijn we gesloten, dus bevestig liefst vóór woensdagavond.

Met vriendelijke groeten,
Koen Peeters
Productieverantwoordelijke
Technics Kempen NV
""",
 exp=dict(company='Technics Kempen NV', alt=['Technics Kempen'], role='onderhoudstechnicus', start='2030-06-03T09:30', zone='Europe/Brussels',
  dur=60, iv=['Koen Peeters', 'Els Janssens'], niv=['Jolien Maes'],
  notes='Flemish "9u30", "kandidatuur"; sender attends; Ascension closure bait')),

dict(id='nl-04', kind='invite', now='2030-03-07T20:00:00+01:00', userZone='Europe/Amsterdam', user=U4,
 subj='Fwd: Je videogesprek bij Fietsfabriek Van Dam', cs='utf-8', cte='quoted-printable', xmailer='Mozilla Thunderbird',
 body="""Zie bijlage.
Youssef
""",
 attach=dict(**{'from': ('Fietsfabriek Van Dam via Werfly', 'noreply@werfly.nl')}, date='2030-03-07T16:40:00+01:00',
  subject='Je videogesprek bij Fietsfabriek Van Dam', cte='base64', html=True,
  body="""Hoi Youssef,

Leuk dat je hebt gesolliciteerd als Junior Marketeer bij Fietsfabriek Van Dam B.V.! Na carnaval is iedereen weer op kantoor, dus we plannen je graag in:

Wanneer: woensdag 13 maart, 15:00–15:45 (CET)
Met wie: Lotte van Dam, Head of Marketing
Waar: Google Meet (link volgt in je agenda)

Tot dan!
Team Fietsfabriek Van Dam

Verzonden via Werfly
"""),
 exp=dict(company='Fietsfabriek Van Dam B.V.', alt=['Fietsfabriek Van Dam', 'Van Dam'], role='Junior Marketeer', start='2030-03-13T15:00',
  zone='Europe/Amsterdam', dur=45, iv=['Lotte van Dam'], niv=['Youssef El Amrani'],
  notes='forward as attachment via ATS ("via Werfly"); carnival mention; interviewer shares the company name')),

dict(id='nl-05', kind='invite', now='2030-02-04T12:15:00+01:00', userZone='Europe/Amsterdam', user=U2,
 subj='Fwd: Telefonisch gesprek Gemeente Rijnstede', cs='utf-8', cte='quoted-printable',
 body="""Vrijdag telefoontje met de gemeente

---------- Doorgestuurd bericht ---------
Van: Tim Smits <tim.smits@vakwerkuitzend.nl>
Date: ma 4 feb. 2030 om 10:48
Subject: Telefonisch gesprek Gemeente Rijnstede
To: Daan Kuipers <daan.kuipers@ziggo.nl>


Hoi Daan,

Goed nieuws! De Gemeente Rijnstede wil graag een telefonisch kennismakingsgesprek met je voor de vacature Beleidsmedewerker Duurzaamheid.

Anouk Visser (teammanager) belt je vrijdag 8 februari om half drie. Ze trekt er een half uur voor uit. Ik ben zelf niet bij het gesprek, maar bel je daarna even voor een terugkoppeling.

Succes!
Tim Smits
Intercedent | Vakwerk Uitzend
""",
 exp=dict(company='Gemeente Rijnstede', alt=['Rijnstede'], role='Beleidsmedewerker Duurzaamheid', start='2030-02-08T14:30', zone='Europe/Amsterdam',
  dur=30, iv=['Anouk Visser'], niv=['Tim Smits', 'Daan Kuipers'], notes='"om half drie" = 14:30; agency consultant absent; "een half uur"')),

dict(id='nl-06', kind='invite', now='2030-03-29T16:00:00+01:00', userZone='Europe/Amsterdam', user=U4,
 subj='Doorst: Uitnodiging: gesprek Data Engineer – Polder Data', cs='utf-8', cte='quoted-printable', xmailer='Microsoft Outlook 16.0',
 body="""Let op zomertijd

-----Oorspronkelijk bericht-----
Van: Talent Team Polder Data <talent@polderdata.nl>
Verzonden: vrijdag 29 maart 2030 14:02
Aan: Youssef El Amrani <y.elamrani@outlook.com>
Onderwerp: Uitnodiging: gesprek Data Engineer – Polder Data

Hoi Youssef,

We plannen je tweede gesprek voor de rol van Data Engineer bij Polder Data B.V. op woensdag 3 april om 11.00 uur Nederlandse tijd, online via Teams. Aanschuiven doen Jeroen Bos (CTO) en Priya Ramdin (lead data platform).

De uitnodiging staat in de bijlage.

Groet,
Talent Team Polder Data
""",
 ics=ics(None, '20300403T090000', '20300403T100000', 'Gesprek Youssef El Amrani – Data Engineer', ('Talent Team Polder Data', 'talent@polderdata.nl'),
         [('Youssef El Amrani', 'y.elamrani@outlook.com'), ('Jeroen Bos', 'jeroen@polderdata.nl'), ('Priya Ramdin', 'priya@polderdata.nl')], 'Microsoft Teams', utc=True, uid='nl06'),
 exp=dict(company='Polder Data B.V.', alt=['Polder Data'], role='Data Engineer', start='2030-04-03T11:00', zone='Europe/Amsterdam', dur=60,
  iv=['Jeroen Bos', 'Priya Ramdin'], niv=['Youssef El Amrani'], notes='ICS in UTC 09:00Z across EU DST change; duration only from DTEND')),

dict(id='nl-07', kind='invite', now='2030-04-29T09:00:00+02:00', userZone='Europe/Brussels', user=U5,
 subj='Doorst: Uitnodiging selectiegesprek Nautisch planner', cs='windows-1252', cte='8bit', xmailer='Microsoft Outlook 16.0',
 body="""Ter info – selectiegesprek volgende week.

Van: Pieter Wouters <pieter.wouters@havenscheldenoord.be>
Verzonden: vrijdag 26 april 2030 15:33
Aan: Eline Wouters <eline.wouters@proximus.be>
Onderwerp: Uitnodiging selectiegesprek Nautisch planner

Beste mevrouw Wouters,

(Geen familie, beloofd!) Wij nodigen u graag uit voor een selectiegesprek voor de functie Nautisch planner bij Havenbedrijf Schelde-Noord op dinsdag 7 mei om 13u, in het Havenhuis, Zeelandweg 4, Antwerpen.

De jury bestaat uit dhr. Wim Claes (havenkapitein), mevr. Sarah De Smet (diensthoofd planning) en mezelf. Reken op ongeveer anderhalf uur, inclusief een korte planningsoefening.

Op woensdag 1 mei zijn onze kantoren gesloten.

Met vriendelijke groeten,
Pieter Wouters
HR-adviseur – Havenbedrijf Schelde-Noord
""",
 exp=dict(company='Havenbedrijf Schelde-Noord', alt=['Schelde-Noord'], role='Nautisch planner', start='2030-05-07T13:00', zone='Europe/Brussels',
  dur=90, iv=['Wim Claes', 'Sarah De Smet', 'Pieter Wouters'], niv=['Eline Wouters'],
  notes='Flemish "13u"; sender shares surname with user and attends ("mezelf"); dhr./mevr. titles; May Day bait; windows-1252 8bit')),

dict(id='nl-08', kind='invite', now='2030-06-12T10:00:00+02:00', userZone='Europe/Amsterdam', user=U1,
 subj='Fwd: Gesprek apothekersassistent', cs='utf-8', cte='base64', html=True,
 body="""

---------- Doorgestuurd bericht ---------
Van: Hanneke Smit <hanneke@apotheekdelinde.nl>
Date: di 11 jun. 2030 om 18:47
Subject: Gesprek apothekersassistent
To: Sanne Vermeulen <sanne.vermeulen@gmail.com>


Hallo Sanne,

Fijn dat je wilt komen praten over de functie van Apothekersassistent. Zoals telefonisch afgesproken: aanstaande maandag (17 juni) om 16.15 uur, na sluitingstijd van de balie.

Adres: Apotheek De Linde, Lindelaan 3, Utrecht. Je kunt aanbellen bij de achteringang.

Groetjes,
drs. Hanneke Smit
Apotheker
""",
 exp=dict(company='Apotheek De Linde', alt=['De Linde'], role='Apothekersassistent', start='2030-06-17T16:15', zone='Europe/Amsterdam', dur=None,
  iv=['Hanneke Smit'], niv=['Sanne Vermeulen'], notes='"16.15 uur"; drs. title; no duration; sender is the interviewer')),

dict(id='nl-09', kind='reschedule', now='2030-02-15T17:10:00+01:00', userZone='Europe/Amsterdam', user=U1,
 subj='Fwd: Re: Gesprek dinsdag', cs='utf-8', cte='quoted-printable',
 body="""verzet

---------- Doorgestuurd bericht ---------
Van: Mark de Boer <mark@reisbureauzonnig.nl>
Date: vr 15 feb. 2030 om 15:02
Subject: Re: Gesprek dinsdag
To: Sanne Vermeulen <sanne.vermeulen@gmail.com>


Hoi Sanne,

Sorry, dinsdag gaat bij mij niet meer lukken (last-minute beurs). Kunnen we het verzetten naar donderdag 21 februari, 15.00 uur? Verder blijft alles hetzelfde, ongeveer drie kwartier.

Groet,
Mark

Op ma 11 feb. 2030 om 09:14 schreef Mark de Boer <mark@reisbureauzonnig.nl>:
> Hoi Sanne, zullen we afspreken op dinsdag 19 februari om 10.00 uur voor de functie Reisadviseur bij Reisbureau Zonnig?
> Mark de Boer, vestigingsmanager
""",
 exp=dict(company='Reisbureau Zonnig', alt=['Zonnig'], role='Reisadviseur', start='2030-02-21T15:00', zone='Europe/Amsterdam', dur=45,
  iv=['Mark de Boer'], niv=['Sanne Vermeulen'], notes='text-only reschedule; "drie kwartier" = 45; old slot in quote')),

dict(id='nl-10', kind='reschedule', now='2030-03-08T11:45:00+01:00', userZone='Europe/Amsterdam', user=U2,
 subj='Doorst: Gewijzigd: Gesprek Docent Bedrijfskunde', cs='utf-8', cte='quoted-printable', xmailer='Microsoft Outlook 16.0', ics_mode='attach',
 body="""Nieuwe datum.

Van: Monique Pauwels <m.pauwels@hszeelandwest.nl>
Verzonden: vrijdag 8 maart 2030 10:20
Aan: Daan Kuipers <daan.kuipers@ziggo.nl>
CC: Yvonne Kramer <y.kramer@hszeelandwest.nl>
Onderwerp: Gewijzigd: Gesprek Docent Bedrijfskunde

Beste Daan,

Helaas moeten we het gesprek van dinsdag 12 maart om 13.00 uur verplaatsen. De nieuwe afspraak is dinsdag 19 maart om 9.30 uur, duur 60 minuten, locatie ongewijzigd (Edisonweg 4, Vlissingen, kamer B2.07).

De commissie bestaat uit Dr. Yvonne Kramer (opleidingsmanager) en Thijs Verbeek (docent). De bijgewerkte uitnodiging vind je in de bijlage.

Vriendelijke groet,
Monique Pauwels
Managementassistent – Hogeschool Zeeland-West
""",
 ics=ics('(UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen', '20300319T093000', '20300319T103000', 'Gesprek Daan Kuipers – Docent Bedrijfskunde',
         ('Monique Pauwels', 'm.pauwels@hszeelandwest.nl'), [('Daan Kuipers', 'daan.kuipers@ziggo.nl'), ('Yvonne Kramer', 'y.kramer@hszeelandwest.nl'), ('Thijs Verbeek', 't.verbeek@hszeelandwest.nl')],
         'Edisonweg 4, Vlissingen, B2.07', seq=1, uid='nl10'),
 exp=dict(company='Hogeschool Zeeland-West', alt=['HZ West'], role='Docent Bedrijfskunde', start='2030-03-19T09:30', zone='Europe/Amsterdam', dur=60,
  iv=['Yvonne Kramer', 'Thijs Verbeek'], niv=['Monique Pauwels', 'Daan Kuipers'], notes='Dutch Windows display-name TZID; SEQUENCE 1; old slot in text')),

dict(id='nl-11', kind='rejection', now='2030-03-27T18:30:00+01:00', userZone='Europe/Amsterdam', user=U4,
 subj='Fwd: Terugkoppeling sollicitatie Planner Warehouse', cs='iso-8859-1', cte='quoted-printable',
 body="""helaas

---------- Doorgestuurd bericht ---------
Van: Logistiek Centrum Moerdijk <hr@lcmoerdijk.nl>
Date: wo 27 mrt. 2030 om 16:05
Subject: Terugkoppeling sollicitatie Planner Warehouse
To: <y.elamrani@outlook.com>


Beste Youssef,

Dank je wel voor je tijd en het prettige gesprek van vorige week. We hebben besloten om het sollicitatietraject voor de functie Planner Warehouse met een andere kandidaat voort te zetten.

Met je toestemming bewaren we je gegevens een jaar in onze talentpool.

Veel succes verder!
HR Logistiek Centrum Moerdijk
""",
 exp=dict(company='Logistiek Centrum Moerdijk', alt=['LC Moerdijk'], role='Planner Warehouse', start=None, zone=None, dur=None, iv=[],
  niv=['Youssef El Amrani'], notes='indirect rejection ("met een andere kandidaat voort te zetten")')),

dict(id='nl-12', kind='offer', now='2030-06-14T15:00:00+02:00', userZone='Europe/Brussels', user=U5,
 subj='Doorst: Aanbod – Schadebeheerder', cs='utf-8', cte='base64', xmailer='Microsoft Outlook 16.0',
 body="""Aanbod binnen!! 🥂

Van: An Verhaegen <an.verhaegen@kempenland-verzekeringen.be>
Verzonden: vrijdag 14 juni 2030 11:02
Aan: Eline Wouters <eline.wouters@proximus.be>
Onderwerp: Aanbod – Schadebeheerder

Beste Eline,

Met plezier bieden wij u de functie van Schadebeheerder aan bij Verzekeringen Kempenland NV, met een bruto maandloon van 3.450 € en maaltijdcheques, startdatum 1 september.

Graag uw antwoord uiterlijk op vrijdag 21 juni.

Met vriendelijke groeten,
An Verhaegen
HR Business Partner
""",
 exp=dict(company='Verzekeringen Kempenland NV', alt=['Kempenland Verzekeringen', 'Kempenland'], role='Schadebeheerder', start=None, zone=None, dur=None,
  iv=[], niv=['An Verhaegen', 'Eline Wouters'], notes='Belgian offer; answer-by date is the candidate deadline')),

dict(id='nl-13', kind='not-interview', now='2030-03-11T07:40:00+01:00', userZone='Europe/Amsterdam', user=U2,
 subj='Fwd: Open dag Ziekenhuis Amstelveld – zaterdag 16 maart', cs='utf-8', cte='quoted-printable', html=True,
 body="""misschien leuk om heen te gaan

---------- Doorgestuurd bericht ---------
Van: Werken bij Ziekenhuis Amstelveld <werkenbij@amstelveld.nl>
Date: zo 10 mrt. 2030 om 09:00
Subject: Open dag Ziekenhuis Amstelveld – zaterdag 16 maart
To: <daan.kuipers@ziggo.nl>


Beste Daan,

Kom kennismaken met onze afdelingen tijdens de open dag op zaterdag 16 maart van 10.00 tot 14.00 uur. Om 11.30 uur geeft onze manager zorg een presentatie over werken in de wijk.

Aanmelden is niet nodig.

Hartelijke groet,
Team Werken bij Ziekenhuis Amstelveld
""",
 exp=dict(company='Ziekenhuis Amstelveld', alt=['Amstelveld'], role=None, start=None, zone=None, dur=None, iv=[], niv=['Daan Kuipers'],
  notes='open day with times as bait')),

dict(id='nl-14', kind='not-interview', now='2030-01-21T21:00:00+01:00', userZone='Europe/Amsterdam', user=U4,
 subj='Fwd: Bedankt voor je sollicitatie bij Bakkerij Verhoeven', cs='windows-1252', cte='quoted-printable',
 body="""gesolliciteerd!

---------- Doorgestuurd bericht ---------
Van: Bakkerij Verhoeven <vacatures@bakkerijverhoeven.nl>
Date: ma 21 jan. 2030 om 19:31
Subject: Bedankt voor je sollicitatie bij Bakkerij Verhoeven
To: <y.elamrani@outlook.com>


Hoi Youssef,

Bedankt voor je sollicitatie als Filiaalmanager! We hebben je cv en motivatie goed ontvangen.

We streven ernaar om je zo snel mogelijk te laten weten of we je uitnodigen voor een gesprek – meestal lukt dat binnen een paar weken.

Hartelijke groet,
Team Bakkerij Verhoeven
""",
 exp=dict(company='Bakkerij Verhoeven', alt=['Verhoeven'], role='Filiaalmanager', start=None, zone=None, dur=None, iv=[], niv=['Youssef El Amrani'],
  notes='acknowledgement; vague timing')),
]

build_all(items, 'nl')
