from lib import ics
items = [
dict(id='nl-01', kind='invite', style='outlook', prefix='FW: ', now='2031-03-04T08:22:00+01:00', userZone='Europe/Amsterdam',
 user=('Mark Janssen', 'mark.janssen@ziggo.nl'), note='',
 orig_from=('Sanne de Vries', 'sanne.devries@tulpenveld.nl'), orig_date='2031-03-03T16:15:00+01:00',
 subject='Uitnodiging sollicitatiegesprek Planner Transport',
 charset='utf-8', cte='quoted-printable',
 body="""Beste Mark,

Bedankt voor je sollicitatie op de functie Planner Transport bij Tulpenveld Logistiek B.V. We nodigen je graag uit voor een eerste gesprek.

Datum: dinsdag 11 maart
Tijd: 14.00 uur
Locatie: Tulpenveld Logistiek, Industrieweg 42, 2153 PH Nieuw-Vennep
Duur: een uur

Het gesprek voer je met Pieter Bakker (teamleider planning) en mij.

Wil je even laten weten of dit schikt?

Met vriendelijke groet,

Sanne de Vries
HR-adviseur
Tulpenveld Logistiek B.V.
""",
 exp=dict(company='Tulpenveld Logistiek B.V.', alt=['Tulpenveld Logistiek', 'Tulpenveld'], role='Planner Transport', start='2031-03-11T14:00', zone='Europe/Amsterdam', dur=60,
  iv=['Pieter Bakker', 'Sanne de Vries'], niv=['Mark Janssen'],
  notes='"14.00 uur" with a dot; sender joins ("en mij"); tussenvoegsel "de Vries".')),

dict(id='nl-02', kind='invite', style='gmail', prefix='Fwd: ', now='2031-04-15T19:40:00+02:00', userZone='Europe/Brussels',
 user=('Jens Vermeulen', 'jens.vermeulen@gmail.com'), note='na de paasvakantie!',
 orig_from=('Els Wouters', 'els.wouters@schelde-engineering.be'), orig_date='2031-04-15T10:02:00+02:00',
 subject='Uitnodiging gesprek Projectingenieur',
 charset='iso-8859-1', cte='quoted-printable',
 body="""Dag Jens,

Bedankt voor uw kandidatuur voor de functie van Projectingenieur bij Schelde Engineering NV.

Graag nodigen wij u uit voor een gesprek op woensdag 23 april om 9u30, dus meteen na de paasvakantie, op ons kantoor in Antwerpen (Kattendijkdok-Westkaai 12).

U spreekt met ir. Jan Claes (afdelingshoofd) en met mezelf. Reken op ongeveer anderhalf uur, inclusief een korte technische case.

Met vriendelijke groeten,

Els Wouters
HR Business Partner
Schelde Engineering NV
""",
 exp=dict(company='Schelde Engineering NV', alt=['Schelde Engineering'], role='Projectingenieur', start='2031-04-23T09:30', zone='Europe/Brussels', dur=90,
  iv=['Jan Claes', 'Els Wouters'], niv=['Jens Vermeulen'],
  notes='Flemish "9u30", "kandidatuur", "ir." title; "anderhalf uur"; after the Easter holidays; latin-1 QP.')),

dict(id='nl-03', kind='invite', style='outlook', prefix='FW: ', now='2031-04-24T14:05:00+02:00', userZone='Europe/Amsterdam',
 user=('Femke Bos', 'femke.bos@outlook.com'), note='Na de meivakantie dus',
 orig_from=('Lotte Visser', 'l.visser@waterdam.nl'), orig_date='2031-04-24T11:32:00+02:00',
 subject='Uitnodiging: sollicitatiegesprek Beleidsmedewerker Duurzaamheid',
 charset='utf-8', cte='quoted-printable', html=True,
 ics=ics('040000008200E00074C5B7101A82E00800000000GW20310512', 'Sollicitatiegesprek Femke Bos – Beleidsmedewerker Duurzaamheid', '20310512T100000', '20310512T113000', tzid='W. Europe Standard Time',
   organizer=('Lotte Visser', 'l.visser@waterdam.nl'), attendees=[('Karin Jansen', 'k.jansen@waterdam.nl'), ('Ahmed El Amrani', 'a.elamrani@waterdam.nl'), ('Femke Bos', 'femke.bos@outlook.com')],
   location='Gemeentehuis Waterdam, Stadsplein 1, kamer 3.14', stamp='20310424T093200Z'),
 body="""Beste Femke,

Namens de selectiecommissie nodig ik je uit voor een sollicitatiegesprek voor de functie Beleidsmedewerker Duurzaamheid bij de Gemeente Waterdam.

Wanneer: maandag 12 mei, van 10.00 tot 11.30 uur (na de meivakantie)
Waar: Gemeentehuis, Stadsplein 1, kamer 3.14

De commissie bestaat uit:
- mr. Karin Jansen, afdelingsmanager Ruimte
- Ahmed El Amrani, senior beleidsadviseur Energie

Uiterlijk vrijdag 23 mei hoor je van ons of je door bent naar de tweede ronde.

Met vriendelijke groet,
Lotte Visser
Secretaris selectiecommissie
Gemeente Waterdam
""",
 exp=dict(company='Gemeente Waterdam', alt=['Waterdam'], role='Beleidsmedewerker Duurzaamheid', start='2031-05-12T10:00', zone='Europe/Amsterdam', dur=90,
  iv=['Karin Jansen', 'Ahmed El Amrani'], niv=['Lotte Visser', 'Femke Bos'], dd='2031-05-23',
  notes='Municipality; "mr." title; committee secretary schedules only; ICS W. Europe Standard Time; decision by 23 May; meivakantie.')),

dict(id='nl-04', kind='invite', style='attach', prefix='Doorst: ', now='2031-01-31T17:18:00+01:00', userZone='Europe/Amsterdam',
 user=('Ruben de Boer', 'ruben.deboer@kpnmail.nl'), note='Bijlage: bevestiging gesprek',
 orig_from=('Fietsfabriek Oranje via Recruitee', 'no-reply@recruitee.com'), orig_date='2031-01-31T13:40:00+01:00',
 subject='Je gesprek is ingepland – Medior Backend Developer bij Fietsfabriek Oranje',
 charset='utf-8', cte='quoted-printable', html=True,
 body="""Hoi Ruben,

Top, je gesprek is ingepland!

Vacature: Medior Backend Developer
Bedrijf: Fietsfabriek Oranje B.V.
Wanneer: donderdag 6 februari, 15:30 - 16:15 (CET)
Waar: online via Google Meet (link in je agenda-uitnodiging)
Met: Daan Mulder, Engineering Lead

Kun je toch niet? Verzet je gesprek dan via de link in je kandidatenportaal.

Groetjes,
Team Fietsfabriek Oranje
Verzonden via Recruitee
""",
 exp=dict(company='Fietsfabriek Oranje B.V.', alt=['Fietsfabriek Oranje'], role='Medior Backend Developer', start='2031-02-06T15:30', zone='Europe/Amsterdam', dur=45,
  iv=['Daan Mulder'], niv=['Ruben de Boer'],
  notes='Forward as attachment (Outlook NL "Doorst:"); ATS sender; time range gives 45 min.')),

dict(id='nl-05', kind='invite', style='apple', prefix='Fwd: ', now='2031-03-21T12:30:00+01:00', userZone='Europe/Amsterdam',
 user=('Lisa van der Berg', 'lisavdberg@icloud.com'), note='',
 orig_from=('Bas Hendriks', 'bas.hendriks@vonkrecruitment.nl'), orig_date='2031-03-21T09:55:00+01:00',
 subject='Gesprek Havenbedrijf Noordkade – Controller',
 charset='utf-8', cte='8bit',
 body="""Hoi Lisa,

Goed nieuws! Havenbedrijf Noordkade wil graag met je in gesprek over de functie van Controller.

Het gesprek is vrijdag 28 maart om half 11 op hun kantoor aan de Noordkade 5 in Rotterdam. Je spreekt met Marieke van Dijk, manager Finance & Control. Ik ben er zelf niet bij, maar bel me gerust na afloop.

Succes alvast!

Groet,
Bas Hendriks
Recruitment Consultant Finance
Vonk Recruitment
06 - 12 34 56 78
""",
 exp=dict(company='Havenbedrijf Noordkade', alt=['Noordkade'], role='Controller', start='2031-03-28T10:30', zone='Europe/Amsterdam', dur=None,
  iv=['Marieke van Dijk'], niv=['Bas Hendriks', 'Lisa van der Berg'],
  notes='"half 11" = 10:30 (Dutch half-hour convention); agency consultant absent; agency is not the company.')),

dict(id='nl-06', kind='invite', style='thunderbird', prefix='Fwd: ', now='2031-04-22T21:15:00+02:00', userZone='Europe/Amsterdam',
 user=('Tim Kuipers', 'tim.kuipers@xs4all.nl'), note='na Koningsdag',
 orig_from=('Fleur Smit', 'fleur@kaasmakerijdegraaf.nl'), orig_date='2031-04-22T16:48:00+02:00',
 subject='Kennismaking Kwaliteitsmedewerker',
 charset='utf-8', cte='quoted-printable',
 ics=ics('degraaf-kwal-20310429', 'Kennismaking Tim Kuipers', '20310429T111500Z', '20310429T121500Z',
   organizer=('Fleur Smit', 'fleur@kaasmakerijdegraaf.nl'), attendees=[('Wim de Graaf', 'wim@kaasmakerijdegraaf.nl'), ('Tim Kuipers', 'tim.kuipers@xs4all.nl')], location='Kaasmakerij De Graaf, Woerden', prodid='-//Google Inc//Google Calendar 70.9054//EN', stamp='20310422T144800Z'),
 body="""Hallo Tim,

Leuk dat je hebt gereageerd op onze vacature voor Kwaliteitsmedewerker! Wim de Graaf (eigenaar) en ik maken graag kennis met je.

Zullen we het na Koningsdag doen? Dinsdag 29 april om 13.15 uur bij ons op de kaasmakerij in Woerden. We trekken er een uur voor uit, inclusief rondleiding.

Ik heb alvast een agenda-uitnodiging gestuurd.

Groetjes,
Fleur Smit
Kaasmakerij De Graaf
""",
 exp=dict(company='Kaasmakerij De Graaf', alt=['De Graaf'], role='Kwaliteitsmedewerker', start='2031-04-29T13:15', zone='Europe/Amsterdam', dur=60,
  iv=['Wim de Graaf', 'Fleur Smit'], niv=['Tim Kuipers'],
  notes='ICS in UTC (11:15Z = 13:15 CEST); Koningsdag (moved to Sat 26 Apr) mentioned; sender joins.')),

dict(id='nl-07', kind='invite', style='outlook_old', prefix='FW: ', now='2031-06-10T16:04:00+02:00', userZone='Europe/Amsterdam',
 user=('Noor Hassan', 'noor.hassan@hotmail.nl'), note='donderdag dus!',
 orig_from=('Joost Verbeek', 'joost@studiopolder.nl'), orig_date='2031-06-10T15:37:00+02:00',
 subject='RE: Sollicitatie Junior UX Designer',
 charset='windows-1252', cte='8bit',
 body="""Hoi Noor,

Prima, dan zie ik je donderdag om 11 uur bij ons in de studio (Oudegracht 210, Utrecht). Trek er zo’n drie kwartier voor uit; neem je laptop mee met je portfolio.

Groet,
Joost Verbeek
Creative Director – Studio Polder

-----Oorspronkelijk bericht-----
Van: Noor Hassan [mailto:noor.hassan@hotmail.nl]
Verzonden: dinsdag 10 juni 2031 14:02
Aan: Joost Verbeek
Onderwerp: RE: Sollicitatie Junior UX Designer

Hoi Joost, donderdagochtend kan ik prima, woensdag helaas niet.
Groetjes, Noor

-----Oorspronkelijk bericht-----
Van: Joost Verbeek
Verzonden: maandag 9 juni 2031 10:20
Aan: Noor Hassan
Onderwerp: Sollicitatie Junior UX Designer

Hoi Noor, we vonden je portfolio erg sterk voor de rol van Junior UX Designer. Heb je woensdag of donderdag tijd om langs te komen?
""",
 exp=dict(company='Studio Polder', alt=['Polder'], role='Junior UX Designer', start='2031-06-12T11:00', zone='Europe/Amsterdam', dur=45,
  iv=['Joost Verbeek'], niv=['Noor Hassan'],
  notes='Thread; "donderdag om 11 uur" relative to Tue 10 June; the first mail was sent on Whit Monday; "drie kwartier" = 45; cp1252 8bit.')),

dict(id='nl-08', kind='invite', style='gmail', prefix='Fwd: ', now='2031-05-14T07:58:00+02:00', userZone='Europe/Amsterdam',
 user=('Anouk Meijer', 'anouk.meijer@gmail.com'), note='',
 orig_from=('Ingrid Peters', 'i.peters@zorggroeplindehof.nl'), orig_date='2031-05-13T17:20:00+02:00',
 subject='Telefonisch gesprek vacature Verpleegkundige',
 charset='utf-8', cte='quoted-printable',
 body="""Beste Anouk,

Dank voor je sollicitatie als Verpleegkundige bij Zorggroep Lindehof.

Ik bel je graag op woensdag 21 mei om 16:00 (dus nog vóór Hemelvaart) voor een telefonisch kennismakingsgesprek van ongeveer 30 minuten. Ik bel naar 06-48 22 19 03.

Past dit niet? Laat het me weten, dan zoeken we een ander moment.

Hartelijke groet,
Ingrid Peters
Teamleider Verpleging, locatie Lindehof
""",
 exp=dict(company='Zorggroep Lindehof', alt=['Lindehof'], role='Verpleegkundige', start='2031-05-21T16:00', zone='Europe/Amsterdam', dur=30,
  iv=['Ingrid Peters'], niv=['Anouk Meijer'],
  notes='Phone interview; Hemelvaart (22 May) mention; 24h "16:00".')),

dict(id='nl-09', kind='reschedule', style='outlook', prefix='FW: ', now='2031-02-13T10:12:00+01:00', userZone='Europe/Amsterdam',
 user=('Sven Willems', 'sven.willems@live.nl'), note='Verzet',
 orig_from=('Erik Dijkstra', 'erik@dijkstra-accountants.nl'), orig_date='2031-02-13T09:05:00+01:00',
 subject='Verplaatsen gesprek Assistent Accountant',
 charset='utf-8', cte='quoted-printable',
 body="""Beste Sven,

Helaas moet ik ons gesprek van maandag 17 februari (13.30 uur) verplaatsen. Zou woensdag 19 februari om 10.00 uur ook lukken? Locatie en duur blijven hetzelfde: ons kantoor in Zwolle, ongeveer een uur.

Excuses voor het ongemak.

Met vriendelijke groet,
Erik Dijkstra
Partner – Dijkstra Accountants
""",
 exp=dict(company='Dijkstra Accountants', alt=['Dijkstra'], role='Assistent Accountant', start='2031-02-19T10:00', zone='Europe/Amsterdam', dur=60,
  iv=['Erik Dijkstra'], niv=['Sven Willems'],
  notes='Reschedule from 17 to 19 February; "10.00 uur".')),

dict(id='nl-10', kind='reschedule', style='gmail', prefix='Fwd: ', now='2031-01-20T11:45:00+01:00', userZone='Europe/Brussels',
 user=('Wout Peeters', 'wout.peeters@telenet.be'), note='verzet naar donderdag',
 orig_from=('Lies Maes', 'lies.maes@brouwerijdeklok.be'), orig_date='2031-01-20T10:58:00+01:00',
 subject='Re: Gesprek Commercieel Medewerker',
 charset='utf-8', cte='quoted-printable',
 body="""Dag Wout,

Sorry, morgen zit ik de hele dag op een beurs in Gent. Kunnen we het verzetten naar donderdag om 14u? Zelfde plaats.

Groetjes
Lies

Op wo 15 jan 2031 om 16:40 schreef Lies Maes <lies.maes@brouwerijdeklok.be>:
> Dag Wout,
> Bedankt voor je kandidatuur als Commercieel Medewerker bij Brouwerij De Klok. Kan je langskomen op dinsdag 21/01 om 10u in de brouwerij (Kerkstraat 8, Mechelen)? Reken op een uurtje.
> Lies Maes
> Sales Manager
""",
 exp=dict(company='Brouwerij De Klok', alt=['De Klok'], role='Commercieel Medewerker', start='2031-01-23T14:00', zone='Europe/Brussels', dur=60,
  iv=['Lies Maes'], niv=['Wout Peeters'],
  notes='Flemish text-only move "donderdag om 14u" from Mon 20 Jan; original "dinsdag 21/01 om 10u" quoted; "een uurtje".')),

dict(id='nl-11', kind='rejection', style='outlook', prefix='FW: ', now='2031-03-26T17:05:00+01:00', userZone='Europe/Amsterdam',
 user=('Daan Smeets', 'daan.smeets@outlook.com'), note='helaas',
 orig_from=('Waddenzee Verzekeringen', 'werkenbij@waddenzee-verzekeringen.nl'), orig_date='2031-03-26T14:00:00+01:00',
 subject='Terugkoppeling sollicitatie Schadebehandelaar',
 charset='utf-8', cte='quoted-printable',
 body="""Beste Daan,

Hartelijk dank voor je tijd tijdens het gesprek van 19 maart over de functie Schadebehandelaar.

Helaas moeten we je laten weten dat we niet met je verder gaan in de procedure. We hebben gekozen voor een kandidaat met meer ervaring in letselschade.

Op 10 april om 19.30 uur houden we een online meet-up voor starters; je bent van harte welkom.

Met vriendelijke groet,
Yvonne Kramer
Recruiter, Waddenzee Verzekeringen
""",
 exp=dict(company='Waddenzee Verzekeringen', alt=['Waddenzee'], role='Schadebehandelaar', start=None, zone=None, dur=None,
  iv=[], niv=['Yvonne Kramer', 'Daan Smeets'],
  notes='Rejection with past interview date and a meet-up time as bait.')),

dict(id='nl-12', kind='offer', style='apple', prefix='Fwd: ', now='2031-05-09T20:10:00+02:00', userZone='Europe/Amsterdam',
 user=('Kevin Mulder', 'kevin.mulder@icloud.com'), note='aanbod binnen 💪',
 orig_from=('Marloes Visser', 'marloes.visser@duinwater.nl'), orig_date='2031-05-09T15:40:00+02:00',
 subject='Arbeidsvoorwaardenvoorstel Servicemonteur',
 charset='utf-8', cte='base64',
 body="""Beste Kevin,

Wat leuk dat we je een aanbod mogen doen voor de functie van Servicemonteur bij Duinwater Techniek B.V.!

- Startdatum: 1 juni 2031 (of na de Pinksteren, in overleg)
- Salaris: € 3.250 bruto per maand, schaal 6
- Bus van de zaak, 27 vakantiedagen

Wil je ons uiterlijk vrijdag 16 mei laten weten of je akkoord gaat?

Met vriendelijke groet,
Marloes Visser
HR-adviseur Duinwater Techniek B.V.
""",
 exp=dict(company='Duinwater Techniek B.V.', alt=['Duinwater Techniek', 'Duinwater'], role='Servicemonteur', start=None, zone=None, dur=None,
  iv=[], niv=['Marloes Visser', 'Kevin Mulder'],
  notes='Offer; "uiterlijk vrijdag 16 mei" is the candidate\'s deadline; Pentecost mention.')),

dict(id='nl-13', kind='not-interview', style='gmail', prefix='Fwd: ', now='2031-02-28T09:40:00+01:00', userZone='Europe/Amsterdam',
 user=('Iris Hoekstra', 'iris.hoekstra@gmail.com'), note='ontvangen',
 orig_from=('Hogeschool Amstelland', 'werkenbij@hsamstelland.nl'), orig_date='2031-02-27T22:14:00+01:00',
 subject='Ontvangstbevestiging sollicitatie Docent Economie',
 charset='utf-8', cte='quoted-printable',
 body="""Beste Iris,

Hartelijk dank voor je sollicitatie op de vacature Docent Economie (0,8 fte) bij Hogeschool Amstelland. We hebben je gegevens in goede orde ontvangen.

De selectiegesprekken vinden plaats in week 12. Uiterlijk 7 maart hoor je of je bent uitgenodigd.

Met vriendelijke groet,
Team Werving & Selectie
Hogeschool Amstelland

Dit is een automatisch gegenereerd bericht.
""",
 exp=dict(company='Hogeschool Amstelland', alt=['Amstelland'], role='Docent Economie', start=None, zone=None, dur=None,
  iv=[], niv=['Iris Hoekstra'],
  notes='Acknowledgement; "week 12" and 7 March as bait.')),

dict(id='nl-14', kind='not-interview', style='outlook', prefix='FW: ', now='2031-03-27T12:12:00+01:00', userZone='Europe/Amsterdam',
 user=('Bram Koster', 'bram.koster@outlook.com'), note='misschien leuk?',
 orig_from=('Bouwbedrijf Van Leeuwen', 'werken@vanleeuwenbouw.nl'), orig_date='2031-03-26T08:30:00+01:00',
 subject='Open dag zaterdag 5 april – kom kijken op de bouw!',
 charset='utf-8', cte='quoted-printable', html=True,
 body="""Hoi Bram,

Je hebt je gegevens achtergelaten op onze site, dus we denken dat je dit leuk vindt:

OPEN DAG Bouwbedrijf Van Leeuwen
Zaterdag 5 april, 10:00 - 15:00 uur
Bouwplaats 't Veld, Amersfoort

Om 11.00 en 13.30 uur geeft uitvoerder Henk Boerma een rondleiding. Meld je aan via vanleeuwenbouw.nl/opendag.

Tot dan!
Bouwbedrijf Van Leeuwen
""",
 exp=dict(company='Bouwbedrijf Van Leeuwen', alt=['Van Leeuwen'], role=None, start=None, zone=None, dur=None,
  iv=[], niv=['Henk Boerma', 'Bram Koster'],
  notes='Open-day invitation with times and a named guide; not an interview.')),
]
