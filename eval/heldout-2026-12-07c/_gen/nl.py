from mime import write
DV = 'Daan Verhoeven <daan.verhoeven@ziggo.example>'
LP = 'Lotte Peeters <lotte.peeters@telenet.example>'
SG = 'Sanne de Groot <sannedegroot@kpn.example>'
F = []

F.append(dict(id='nl-01', uz='Europe/Amsterdam', now='2028-09-04T13:05', user=DV, style='outlook', cte='qp', ago=200,
 frm='Femke Dijkstra <f.dijkstra@hooglandinstallatie.example>', subj='Uitnodiging sollicitatiegesprek Projectleider Elektrotechniek',
 body='''Beste Daan,

Bedankt voor je sollicitatie op de functie Projectleider Elektrotechniek. Graag nodigen we je uit voor een eerste gesprek op dinsdag 12 september om 14.00 uur op ons kantoor aan de Nijverheidsweg 40 in Utrecht.

Je spreekt met Erik van der Linden (manager projecten) en Marloes Bakker (HR-adviseur). Het gesprek duurt ongeveer een uur.

Uiterlijk vrijdag 22 september laten we je weten of je door bent naar de tweede ronde.

Wil je de afspraak even bevestigen?

Met vriendelijke groet,

Femke Dijkstra
Recruiter | Hoogland Installatietechniek B.V.''',
 exp=dict(kind='invite', company='Hoogland Installatietechniek B.V.', alts=['Hoogland Installatietechniek', 'Hoogland'], role='Projectleider Elektrotechniek', start='2028-09-12T14:00', zone='Europe/Amsterdam', dur=60,
  iv=['Erik van der Linden', 'Marloes Bakker'], niv=['Femke Dijkstra', 'Daan'], dd='2028-09-22',
  notes='Dutch Outlook block; "14.00 uur"; HR adviser on panel; sender only schedules.')))

F.append(dict(id='nl-02', uz='Europe/Amsterdam', now='2028-10-27T15:40', user=DV, style='gmail', html=True, cte='qp',
 frm='Yara El Amrani <yara@ploegwerk.example>', subj='Ploegwerk | Technisch gesprek Medior Frontend Developer',
 body='''Hoi Daan,

Leuk dat je door bent! Hierbij de uitnodiging voor het technische gesprek:

Woensdag 1 november, 10.30 – 11.15 uur
Ploegwerk Software, Strijp-S, Torenallee 20, Eindhoven
Met Joris Verbeek (Tech Lead) en Anouk Smeets (Senior Frontend Developer)

Neem gerust je laptop mee; we kijken samen naar een stukje code.

Groetjes,
Yara El Amrani
Talent Acquisition – Ploegwerk Software''',
 ics=dict(start='2028-11-01T10:30', zone='Europe/Amsterdam', dur=45, tzid='W. Europe Standard Time', tzkind='EU',
  summary='Technisch gesprek Daan Verhoeven', organizer=('Yara El Amrani', 'yara@ploegwerk.example'),
  attendees=[('Joris Verbeek', 'joris@ploegwerk.example'), ('Anouk Smeets', 'anouk@ploegwerk.example')], location='Ploegwerk – Torenallee 20'),
 exp=dict(kind='invite', company='Ploegwerk Software', alts=['Ploegwerk'], role='Medior Frontend Developer', start='2028-11-01T10:30', zone='Europe/Amsterdam', dur=45,
  iv=['Joris Verbeek', 'Anouk Smeets'], niv=['Yara El Amrani', 'Daan'],
  notes='Crosses the EU DST change (now CEST, interview CET); Windows TZID; duration from range.')))

F.append(dict(id='nl-03', uz='Europe/Brussels', now='2028-09-29T10:50', user=LP, style='apple', cte='8bit', note='Vandewalle! eindelijk',
 frm='Griet Vermeulen <griet.vermeulen@vandewalle-bouw.example>', subj='Uitnodiging gesprek Werfleider',
 body='''Dag Lotte,

Bedankt voor je kandidatuur voor de functie van Werfleider. We nodigen je graag uit voor een gesprek op donderdag 5 oktober om 9u30 op onze hoofdzetel (Kortrijksesteenweg 1120, 8530 Harelbeke).

Je hebt een gesprek met Pieter Claes (diensthoofd uitvoering) en mezelf. Reken op een anderhalf uur, want we bezoeken ook even een werf in de buurt. Gelieve stevige schoenen mee te brengen.

Je krijgt ten laatste op 13 oktober een antwoord.

Met vriendelijke groeten,
Griet Vermeulen
HR Business Partner
Vandewalle Bouwgroep NV''',
 exp=dict(kind='invite', company='Vandewalle Bouwgroep NV', alts=['Vandewalle Bouwgroep', 'Vandewalle'], role='Werfleider', start='2028-10-05T09:30', zone='Europe/Brussels', dur=90,
  iv=['Pieter Claes', 'Griet Vermeulen'], niv=['Lotte'], dd='2028-10-13',
  notes='Flemish ("kandidatuur", "9u30", "gelieve", "mezelf" = sender joins); "een anderhalf uur" = 90.')))

F.append(dict(id='nl-04', uz='Europe/Amsterdam', now='2028-08-15T19:35', user=SG, style='attach', note='als bijlage doorgestuurd',
 frm='Agendeer <noreply@agendeer.example>', subj='Bevestiging: sollicitatiegesprek Waterschap Lingedal', html=True, cte='b64',
 body='''Beste Sanne de Groot,

Je afspraak is bevestigd.

Organisatie: Waterschap Lingedal
Functie: Beleidsadviseur Klimaatadaptatie
Datum: maandag 21 augustus 2028
Tijd: 13:00 - 14:00
Locatie: Waterschapshuis, Stationsweg 5, Tiel

Commissie:
Hanneke Mulder (teamleider Water & Ruimte)
Bas Kuipers (senior adviseur)
Ilse Vos (P&O)

Deze e-mail is automatisch verstuurd door Agendeer namens Waterschap Lingedal.''',
 ics=dict(start='2028-08-21T13:00', zone='Europe/Amsterdam', dur=60, tzid='Europe/Amsterdam', tzkind='EU', summary='Sollicitatiegesprek Waterschap Lingedal',
  organizer=('Waterschap Lingedal P&O', 'po@lingedal.example'), attendees=[('Hanneke Mulder', 'h.mulder@lingedal.example'), ('Bas Kuipers', 'b.kuipers@lingedal.example'), ('Ilse Vos', 'i.vos@lingedal.example')],
  location='Waterschapshuis Tiel', prodid='-//Agendeer//NL'),
 exp=dict(kind='invite', company='Waterschap Lingedal', role='Beleidsadviseur Klimaatadaptatie', start='2028-08-21T13:00', zone='Europe/Amsterdam', dur=60,
  iv=['Hanneke Mulder', 'Bas Kuipers', 'Ilse Vos'], niv=['Sanne de Groot'], notes='message/rfc822 from a booking tool; committee of three incl. P&O.')))

F.append(dict(id='nl-05', uz='Europe/Amsterdam', now='2028-10-12T16:30', user=SG, style='tbird', cs='iso-8859-1', cte='qp',
 frm='Ruben Bergman <ruben@bergmanws.example>', subj='Gesprek bij Zuivelcoöperatie Noordkaap',
 body='''Hallo Sanne,

Goed nieuws: Zuivelcoöperatie Noordkaap wil graag kennismaken voor de functie Kwaliteitsmanager.

Wanneer: woensdag 18/10 om 15.00 uur
Waar: Noordkaap, Zuiderkade 3, Leeuwarden
Met: Gerrit Hofstra (directeur) en Tjitske Zijlstra (hoofd QA)
Duur: ongeveer 60 minuten

Ik ben er zelf ook bij en kom je om kwart voor drie ophalen bij de receptie.

Groet,
Ruben Bergman
Bergman Werving & Selectie''',
 exp=dict(kind='invite', company='Zuivelcoöperatie Noordkaap', alts=['Noordkaap'], role='Kwaliteitsmanager', start='2028-10-18T15:00', zone='Europe/Amsterdam', dur=60,
  iv=['Gerrit Hofstra', 'Tjitske Zijlstra', 'Ruben Bergman'], niv=['Sanne'],
  notes='Agency for client; consultant attends ("Ik ben er zelf ook bij"); the "kwart voor drie" pickup time is a bait; ISO-8859-1.')))

F.append(dict(id='nl-06', uz='Europe/Amsterdam', now='2028-11-03T11:10', user=SG, style='outlook-orig', html=True, cte='qp',
 frm='Sandra Hendriks <s.hendriks@bkadvocaten.example>', subj='Uitnodiging gesprek – Advocaat-medewerker Arbeidsrecht',
 body='''Geachte mevrouw De Groot,

Naar aanleiding van uw sollicitatie nodigen wij u graag uit voor een gesprek op donderdag 9 november om 16.00 uur (Nederlandse tijd) via Microsoft Teams. Het gesprek duurt 45 minuten.

Het gesprek wordt gevoerd door mr. Willemijn Kooistra en mr. Thijs Brouwer, beiden partner binnen de sectie Arbeidsrecht.

Wij streven ernaar uiterlijk 17 november een besluit te nemen.

Met vriendelijke groet,
Sandra Hendriks
Office manager
Brouwer & Kooistra Advocaten''',
 ics=dict(start='2028-11-09T16:00', zone='Europe/Amsterdam', dur=45, utc=True, inline=True, b64=True, summary='Gesprek S. de Groot – Advocaat-medewerker',
  organizer=('Sandra Hendriks', 's.hendriks@bkadvocaten.example'), attendees=[('Willemijn Kooistra', 'w.kooistra@bkadvocaten.example'), ('Thijs Brouwer', 't.brouwer@bkadvocaten.example')], location='Microsoft Teams'),
 exp=dict(kind='invite', company='Brouwer & Kooistra Advocaten', alts=['Brouwer & Kooistra'], role='Advocaat-medewerker Arbeidsrecht', start='2028-11-09T16:00', zone='Europe/Amsterdam', dur=45,
  iv=['Willemijn Kooistra', 'Thijs Brouwer'], niv=['Sandra Hendriks', 'De Groot'], dd='2028-11-17',
  notes='ICS in UTC (15:00Z), zone only in text; "mr." title; formal "u".')))

F.append(dict(id='nl-07', uz='Europe/Amsterdam', now='2028-08-02T12:25', user=DV, style='gmail', cte='8bit', note='koffie met tulpvision 😎',
 frm='Jesse Kramer <jesse@tulpvision.example>', subj='koffie?',
 body='''Hey Daan!

Dank voor je berichtje over de Product Analyst rol. Zin om een keer koffie te komen drinken? Volgende week dinsdag (8/8) om kwart over drie bij ons op kantoor aan de Keizersgracht. Noor Bouzid (Head of Product) is erbij en ik schuif ook aan. Half uurtje, niks formeels.

Tot dan!
Jesse
Founder @ Tulpvision''',
 exp=dict(kind='invite', company='Tulpvision', role='Product Analyst', start='2028-08-08T15:15', zone='Europe/Amsterdam', dur=30,
  iv=['Noor Bouzid', 'Jesse Kramer'], niv=['Daan'], notes='Informal; "kwart over drie" = 15:15; "8/8"; "half uurtje"; sender joins.')))

F.append(dict(id='nl-08', uz='Europe/Brussels', now='2028-11-22T09:05', user=LP, style='gmail', html=True, cte='qp',
 frm='Scheldeport Logistics HR <jobs@scheldeport.example>', subj='Uw sollicitatie: Customer Service Medewerker FR/NL',
 body='''Beste Lotte,

Wij nodigen u uit voor een gesprek voor de functie Customer Service Medewerker FR/NL op maandag 27/11 om 13u op ons kantoor (Noorderlaan 147, 2030 Antwerpen). Het gesprek verloopt deels in het Frans.

U wordt ontvangen door Dirk Wouters, teamleader customer service.
Duur: 30 min.

Met vriendelijke groeten,
Hilde Maes
HR – Scheldeport Logistics NV''',
 exp=dict(kind='invite', company='Scheldeport Logistics NV', alts=['Scheldeport Logistics', 'Scheldeport'], role='Customer Service Medewerker FR/NL', start='2028-11-27T13:00', zone='Europe/Brussels', dur=30,
  iv=['Dirk Wouters'], niv=['Hilde Maes', 'Lotte'], notes='Flemish "13u", "27/11"; generic HR sender, signed by coordinator.')))

F.append(dict(id='nl-09', uz='Europe/Amsterdam', now='2028-09-08T10:15', user=DV, style='outlook', cte='qp', note='verzet',
 frm='Femke Dijkstra <f.dijkstra@hooglandinstallatie.example>', subj='RE: Uitnodiging sollicitatiegesprek Projectleider Elektrotechniek',
 body='''Hoi Daan,

Erik moet dinsdag onverwacht naar een project in Zwolle. Zou je het gesprek van dinsdag 12 september 14.00 uur kunnen verzetten naar donderdag 14 september om 9.00 uur? Het gesprek duurt nog steeds ongeveer een uur, met Erik van der Linden en Marloes Bakker.

Excuses voor het gedoe!

Groet,
Femke
Hoogland Installatietechniek B.V.''',
 exp=dict(kind='reschedule', company='Hoogland Installatietechniek B.V.', alts=['Hoogland Installatietechniek', 'Hoogland'], role='Projectleider Elektrotechniek', start='2028-09-14T09:00', zone='Europe/Amsterdam', dur=60,
  iv=['Erik van der Linden', 'Marloes Bakker'], niv=['Femke Dijkstra', 'Daan'], notes='Reschedule; old slot in text.')))

F.append(dict(id='nl-10', uz='Europe/Amsterdam', now='2028-10-31T08:45', user=DV, style='gmail', html=True, cte='qp',
 frm='Yara El Amrani <yara@ploegwerk.example>', subj='Gewijzigd: Technisch gesprek Medior Frontend Developer',
 body='''Hoi Daan,

Anouk is helaas ziek, dus we verzetten het gesprek van morgen naar vrijdag 3 november, 11.00 – 11.45 uur. Joris Verbeek en Anouk Smeets zijn er dan allebei weer bij (fingers crossed). Je krijgt een nieuwe uitnodiging.

Groetjes,
Yara
Ploegwerk Software''',
 ics=dict(start='2028-11-03T11:00', zone='Europe/Amsterdam', dur=45, tzid='W. Europe Standard Time', tzkind='EU', seq=1,
  summary='Technisch gesprek Daan Verhoeven', organizer=('Yara El Amrani', 'yara@ploegwerk.example'),
  attendees=[('Joris Verbeek', 'joris@ploegwerk.example'), ('Anouk Smeets', 'anouk@ploegwerk.example')], location='Ploegwerk – Torenallee 20'),
 exp=dict(kind='reschedule', company='Ploegwerk Software', alts=['Ploegwerk'], role='Medior Frontend Developer', start='2028-11-03T11:00', zone='Europe/Amsterdam', dur=45,
  iv=['Joris Verbeek', 'Anouk Smeets'], niv=['Yara El Amrani', 'Daan'], notes='Reschedule with SEQUENCE:1; old slot only as "morgen".')))

F.append(dict(id='nl-11', uz='Europe/Amsterdam', now='2028-09-04T15:30', user=SG, style='gmail', cte='qp', note='helaas',
 frm='Ilse Vos <i.vos@lingedal.example>', subj='Uitslag sollicitatieprocedure Beleidsadviseur Klimaatadaptatie',
 body='''Beste Sanne,

Hartelijk dank voor het gesprek van 21 augustus. De commissie heeft alle kandidaten zorgvuldig vergeleken. Helaas moeten wij je mededelen dat wij je niet hebben geselecteerd voor de vervolgronde.

Wij danken je voor je interesse in Waterschap Lingedal en wensen je veel succes.

Met vriendelijke groet,
Ilse Vos
P&O-adviseur''',
 exp=dict(kind='rejection', company='Waterschap Lingedal', role='Beleidsadviseur Klimaatadaptatie', niv=['Ilse Vos', 'Sanne'], notes='Rejection after first round.')))

F.append(dict(id='nl-12', uz='Europe/Brussels', now='2028-10-24T17:55', user=LP, style='outlook', html=True, cte='qp',
 frm='Griet Vermeulen <griet.vermeulen@vandewalle-bouw.example>', subj='Aanbod Werfleider – Vandewalle Bouwgroep',
 body='''Dag Lotte,

Met veel plezier bieden we je de functie van Werfleider aan binnen Vandewalle Bouwgroep NV. In bijlage vind je ons voorstel (verloning, bedrijfswagen, maaltijdcheques en hospitalisatieverzekering).

Graag ontvangen we je antwoord tegen vrijdag 3 november. Als startdatum stellen we 8 januari 2029 voor.

Met vriendelijke groeten,
Griet Vermeulen''',
 exp=dict(kind='offer', company='Vandewalle Bouwgroep NV', alts=['Vandewalle Bouwgroep', 'Vandewalle'], role='Werfleider', niv=['Griet Vermeulen', 'Lotte'],
  notes='Flemish offer; "antwoord tegen 3 november" is the candidate deadline -> null.')))

F.append(dict(id='nl-13', uz='Europe/Amsterdam', now='2028-11-13T07:20', user=DV, style='apple', html=True, cte='qp',
 frm='Vacaturewijzer <alerts@vacaturewijzer.example>', subj='8 nieuwe vacatures voor "frontend developer"',
 body='''Hoi Daan,

Nieuwe vacatures in jouw zoekopdracht "frontend developer – Noord-Brabant":

Frontend Developer – Brabantse Energie Coöperatie – Den Bosch
Medior React Developer – Kruidvat Digital Lab – Tilburg
Frontend Engineer – Lumo Health – Eindhoven

Gratis webinar "Salaris onderhandelen in tech": donderdag 16 november, 19.30 uur.

Afmelden''',
 exp=dict(kind='not-interview', company=None, role=None, notes='Job alert with webinar date/time.')))

F.append(dict(id='nl-14', uz='Europe/Amsterdam', now='2028-10-05T13:45', user=SG, style='gmail', html=True, cte='qp',
 frm='Brouwer & Kooistra Advocaten <werkenbij@bkadvocaten.example>', subj='Ontvangstbevestiging sollicitatie',
 body='''Beste Sanne de Groot,

Hartelijk dank voor uw sollicitatie naar de functie Advocaat-medewerker Arbeidsrecht. Wij hebben uw brief en cv in goede orde ontvangen. De sluitingsdatum is 20 oktober; daarna nemen wij binnen twee weken contact met u op.

Maak alvast kennis met ons kantoor tijdens de open kantoordag op zaterdag 14 oktober van 11.00 tot 15.00 uur.

Met vriendelijke groet,
Team Werken bij Brouwer & Kooistra''',
 exp=dict(kind='not-interview', company='Brouwer & Kooistra Advocaten', alts=['Brouwer & Kooistra'], role='Advocaat-medewerker Arbeidsrecht', niv=['Sanne de Groot'],
  notes='Acknowledgement with closing date and open-day bait.')))

write('nl', F)
