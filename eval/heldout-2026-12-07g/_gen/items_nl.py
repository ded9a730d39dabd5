ITEMS = []
def I(**kw): ITEMS.append(kw)

I(id='nl-01', kind='invite', now='2030-10-07 08:40', uz='Europe/Amsterdam',
  frm='Thijs Vermeer <thijs.vermeer@ziggo.nl>', subj='FW: Uitnodiging sollicitatiegesprek – Werkvoorbereider Elektrotechniek', cs='windows-1252', cte='qp',
  body='''Graag toevoegen.

Van: Sanne Jansen <s.jansen@vandijk-installatie.nl>
Verzonden: vrijdag 4 oktober 2030 15:36
Aan: Thijs Vermeer <thijs.vermeer@ziggo.nl>
Onderwerp: Uitnodiging sollicitatiegesprek – Werkvoorbereider Elektrotechniek

Beste Thijs,

Bedankt voor je sollicitatie op de functie Werkvoorbereider Elektrotechniek. We nodigen je graag uit voor een eerste gesprek:

• Datum: dinsdag 15 oktober
• Tijd: 14.00 uur
• Locatie: Van Dijk Installatietechniek B.V., Kanaalweg 80, Utrecht
• Duur: 1 uur

Je spreekt met ing. Peter de Vries (manager projecten) en Marloes Bakker (HR-adviseur). Ik plan alleen de afspraak in.

Met vriendelijke groet,

Sanne Jansen
Secretaresse directie
Van Dijk Installatietechniek B.V.
''',
  company='Van Dijk Installatietechniek B.V.', alts=['Van Dijk Installatietechniek', 'Van Dijk'], role='Werkvoorbereider Elektrotechniek', start='2030-10-15T14:00', zone='Europe/Amsterdam', dur=60,
  iv=['Peter de Vries', 'Marloes Bakker'], niv=['Sanne Jansen', 'Thijs Vermeer'], dd=None,
  notes='Outlook NL block (Van/Verzonden/Aan/Onderwerp), windows-1252 QP with bullets and en dash; "14.00 uur"; "ing." stripped; tussenvoegsel "de".')

I(id='nl-02', kind='invite', now='2030-09-05 12:15', uz='Europe/Brussels',
  frm='Jana De Smet <jana.desmet@telenet.be>', subj='Fwd: Sollicitatie Customer Service Medewerker', cs='utf-8', cte='qp', html=True,
  body='''Joepie, een gesprek!

---------- Doorgestuurd bericht ---------
Van: Lotte Claes <lotte.claes@scheldeport.be>
Date: do 5 sep 2030 om 11:02
Subject: Sollicitatie Customer Service Medewerker
To: Jana De Smet <jana.desmet@telenet.be>


Dag Jana,

Bedankt voor je kandidatuur voor de job van Customer Service Medewerker bij Scheldeport Logistics NV. We willen je graag beter leren kennen.

Past donderdag 12 september om 9u30 voor jou? Het gesprek gaat door op ons kantoor in de haven van Gent en duurt een uurtje. Wim Verhoeven, teamleader customer service, en ikzelf zullen aanwezig zijn.

Vriendelijke groeten,
Lotte Claes
HR Business Partner
Scheldeport Logistics NV
''',
  company='Scheldeport Logistics NV', alts=['Scheldeport Logistics', 'Scheldeport'], role='Customer Service Medewerker', start='2030-09-12T09:30', zone='Europe/Brussels', dur=60,
  iv=['Lotte Claes', 'Wim Verhoeven'], niv=['Jana De Smet'], dd=None,
  notes='Flemish (kandidatuur, "9u30", "gaat door"); Gmail NL header block; "een uurtje" = 60; sender joins ("ikzelf").')

I(id='nl-03', kind='invite', now='2030-08-08 10:50', uz='Europe/Amsterdam',
  frm='Sven Kuipers <sven.kuipers@icloud.com>', subj='Fwd: Kennismaking Maasbouw', cs='utf-8', cte='8bit',
  body='''Na de bouwvak dus 👷

Begin doorgestuurd bericht:

Van: Henk Visser <h.visser@maasbouw.nl>
Onderwerp: Kennismaking Maasbouw
Datum: 8 augustus 2030 om 09:47:31 CEST
Aan: Sven Kuipers <sven.kuipers@icloud.com>

Hoi Sven,

Leuk dat je gereageerd hebt op de vacature Projectleider Utiliteitsbouw. Wij zitten tot en met 23 augustus in de bouwvak, dus zullen we daarna kennismaken?

Voorstel: maandag 26 augustus om half drie op ons kantoor aan de Waalhaven. Ellen Smit (P&O) schuift ook aan. Reken op ongeveer anderhalf uur, inclusief rondje over de bouwplaats.

Groet,
Henk Visser
Directeur Maasbouw Aannemers B.V.
''',
  company='Maasbouw Aannemers B.V.', alts=['Maasbouw Aannemers', 'Maasbouw'], role='Projectleider Utiliteitsbouw', start='2030-08-26T14:30', zone='Europe/Amsterdam', dur=90,
  iv=['Henk Visser', 'Ellen Smit'], niv=['Sven Kuipers'], dd=None,
  notes='Apple Mail NL forward; "na de bouwvak"; "om half drie" = 14:30; "anderhalf uur" = 90; sender joins, HR "schuift ook aan".')

ICS_NL04 = '''BEGIN:VCALENDAR
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
ORGANIZER;CN=Iris de Graaf:mailto:iris.degraaf@amstelzorg.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Joost Mulder:mailto:joost.mulder@amstelzorg.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Fatima El Amrani:mailto:fatima.elamrani@amstelzorg.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Koen Dekker:mailto:koen.dekker@kpnmail.nl
SUMMARY;LANGUAGE=nl-NL:Sollicitatiegesprek Senior Data Engineer
DTSTART;TZID=W. Europe Standard Time:20301030T100000
DTEND;TZID=W. Europe Standard Time:20301030T110000
UID:040000008200E00074C5B7101A82E00800000000182930A1
LOCATION;LANGUAGE=nl-NL:Microsoft Teams-vergadering
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
'''
I(id='nl-04', kind='invite', now='2030-10-21 09:05', uz='Europe/Amsterdam',
  frm='Koen Dekker <koen.dekker@kpnmail.nl>', subj='FW: Sollicitatiegesprek Senior Data Engineer', cs='utf-8', cte='b64', html=True,
  ics=ICS_NL04, ics_mode='alt',
  body='''Na de herfstvakantie, let op wintertijd.

-----Oorspronkelijk bericht-----
Van: Iris de Graaf <iris.degraaf@amstelzorg.nl>
Verzonden: maandag 21 oktober 2030 08:31
Aan: Koen Dekker <koen.dekker@kpnmail.nl>
CC: Joost Mulder <joost.mulder@amstelzorg.nl>; Fatima El Amrani <fatima.elamrani@amstelzorg.nl>
Onderwerp: Sollicitatiegesprek Senior Data Engineer

Beste Koen,

Hierbij de uitnodiging voor je gesprek voor de functie Senior Data Engineer bij Amstel Zorgverzekeraar, na de herfstvakantie:

woensdag 30 oktober 2030, 10:00 - 11:00 uur, via Microsoft Teams

Je gesprekspartners zijn Joost Mulder (Lead Data Platform) en Fatima El Amrani (Product Owner). Ik ben zelf niet bij het gesprek.

Hartelijke groet,
Iris de Graaf
Recruiter, Amstel Zorgverzekeraar
''',
  company='Amstel Zorgverzekeraar', alts=['Amstel Zorg'], role='Senior Data Engineer', start='2030-10-30T10:00', zone='Europe/Amsterdam', dur=60,
  iv=['Joost Mulder', 'Fatima El Amrani'], niv=['Iris de Graaf', 'Koen Dekker'], dd=None,
  notes='Outlook NL "-----Oorspronkelijk bericht-----", base64; inline text/calendar with Windows TZID "W. Europe Standard Time"; after herfstvakantie and the EU DST change.')

I(id='nl-05', kind='invite', now='2030-11-14 13:00', uz='Europe/Amsterdam',
  frm='Eva Hoekstra <eva.hoekstra@gmail.com>', subj='Fwd: Gesprek Kempen Photonics', cs='utf-8', cte='qp',
  body='Mail van het bureau als bijlage.\n',
  attach=dict(frm='Ruben Hendriks <ruben@brainportwerving.nl>', to='Eva Hoekstra <eva.hoekstra@gmail.com>',
    date='Wed, 13 Nov 2030 16:44:19 +0100', subj='Gesprek Kempen Photonics', cs='iso-8859-1', cte='qp', fname='Gesprek Kempen Photonics.eml', html=True,
    body='''Hoi Eva,

Goed nieuws: Kempen Photonics B.V. wil je uitnodigen voor een gesprek voor de functie Optical Engineer.

Wanneer: vrijdag 22 november, 13:30 uur
Waar: High Tech Campus 12, Eindhoven
Duur: twee uur, inclusief rondleiding door het lab
Met: dr. ir. Anouk Willems (R&D-manager) en Bas van Leeuwen (HR)

Ik ben er zelf niet bij, maar bel me gerust na afloop. Kempen Photonics neemt uiterlijk 29 november een besluit.

Succes!
Ruben Hendriks
Brainport Werving & Selectie
'''),
  company='Kempen Photonics B.V.', alts=['Kempen Photonics', 'Kempen'], role='Optical Engineer', start='2030-11-22T13:30', zone='Europe/Amsterdam', dur=120,
  iv=['Anouk Willems', 'Bas van Leeuwen'], niv=['Ruben Hendriks', 'Eva Hoekstra'], dd='2030-11-29',
  notes='Forwarded as message/rfc822 (inner multipart/alternative, iso-8859-1); agency (Brainport Werving & Selectie) not attending; "dr. ir." stripped; "twee uur" = 120; decision date.')

I(id='nl-06', kind='invite', now='2030-07-15 16:00', uz='Europe/Amsterdam',
  frm='Femke Postma <femke.postma@hotmail.nl>', subj='Fwd: Telefonisch gesprek morgen', cs='iso-8859-1', cte='8bit',
  body='''Morgen al!

-------- Doorgestuurd bericht --------
Onderwerp: 	Telefonisch gesprek morgen
Datum: 	Mon, 15 Jul 2030 15:21:40 +0200
Van: 	Gerrit Bos <g.bos@noorderzon-energie.nl>
Aan: 	femke.postma@hotmail.nl



Hallo Femke,

Zoals net telefonisch besproken bel ik je morgen om kwart over tien voor een kort kennismakingsgesprek over de vacature Klantenservice Teamleider. Een kwartiertje is genoeg.

Groeten uit Groningen,
Gerrit Bos
Manager Klantcontact, Noorderzon Energie
''',
  company='Noorderzon Energie', alts=['Noorderzon'], role='Klantenservice Teamleider', start='2030-07-16T10:15', zone='Europe/Amsterdam', dur=15,
  iv=['Gerrit Bos'], niv=['Femke Postma'], dd=None,
  notes='Thunderbird NL forward, iso-8859-1 8bit (plain ASCII text); "morgen om kwart over tien" = next day 10:15; "een kwartiertje" = 15.')

ICS_NL07 = '''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Homerun//Interview scheduler//NL
METHOD:REQUEST
BEGIN:VEVENT
UID:homerun-iv-20301203-4471@homerun.co
DTSTAMP:20301126T101000Z
DTSTART;TZID=Europe/Amsterdam:20301203T110000
DTEND;TZID=Europe/Amsterdam:20301203T114500
SUMMARY:Gesprek E-commerce Marketeer - Fietsfabriek Zwolle
LOCATION:Google Meet
ORGANIZER;CN=Fietsfabriek Zwolle:mailto:jobs@fietsfabriek-zwolle.homerun.co
ATTENDEE;CN=Daan Kok:mailto:daan@fietsfabriekzwolle.nl
END:VEVENT
END:VCALENDAR
'''
I(id='nl-07', kind='invite', now='2030-11-26 11:20', uz='Europe/Amsterdam',
  frm='Lisa Meijer <lisa.meijer@gmail.com>', subj='Fwd: Je gesprek bij Fietsfabriek Zwolle staat gepland', cs='utf-8', cte='qp', html=True,
  ics=ICS_NL07, ics_mode='att',
  body='''

---------- Doorgestuurd bericht ---------
Van: Fietsfabriek Zwolle <jobs@fietsfabriek-zwolle.homerun.co>
Date: di 26 nov 2030 om 11:10
Subject: Je gesprek bij Fietsfabriek Zwolle staat gepland
To: <lisa.meijer@gmail.com>


Hoi Lisa,

Top! Je gesprek voor E-commerce Marketeer staat gepland:

🗓 di 3 december 2030, 11:00–11:45 (CET)
💻 Google Meet
🙋 Met Daan Kok, Head of Growth

Lukt het toch niet? Verzet je gesprek via de link in de agenda-uitnodiging.

Groetjes,
Team Fietsfabriek Zwolle
Verzonden via Homerun
''',
  company='Fietsfabriek Zwolle', alts=['Fietsfabriek'], role='E-commerce Marketeer', start='2030-12-03T11:00', zone='Europe/Amsterdam', dur=45,
  iv=['Daan Kok'], niv=['Lisa Meijer'], dd=None,
  notes='ATS (Homerun) sender with company display name; Gmail NL forward with empty note; emoji bullets; .ics attachment with IANA TZID.')

I(id='nl-08', kind='invite', now='2030-12-09 17:30', uz='Europe/Brussels',
  frm='Nele Janssens <nele.janssens@outlook.be>', subj='FW: RE: Kandidatuur paralegal', cs='utf-8', cte='qp',
  body='''Vastgelegd voor woensdag.

-----Oorspronkelijk bericht-----
Van: Evi Wouters <evi.wouters@peeters-maes.be>
Verzonden: maandag 9 december 2030 16:05
Aan: Nele Janssens <nele.janssens@outlook.be>
Onderwerp: RE: Kandidatuur paralegal

Dag Nele,

Afgesproken: woensdag om 16u op ons kantoor aan de Meir. Meester Kristof Maes, partner, zal het gesprek voeren; ik regel enkel de agenda.

We laten iets weten vóór de kerstvakantie, uiterlijk vrijdag 20 december.

Met vriendelijke groeten,
Evi Wouters
Office manager – Advocatenkantoor Peeters & Maes

-----Oorspronkelijk bericht-----
Van: Nele Janssens <nele.janssens@outlook.be>
Verzonden: zondag 8 december 2030 21:17
Aan: Evi Wouters <evi.wouters@peeters-maes.be>
Onderwerp: RE: Kandidatuur paralegal

Dag mevrouw Wouters,

Dinsdag om 10u lukt helaas niet, woensdagnamiddag wel. Zou dat kunnen?

Groeten,
Nele
''',
  company='Advocatenkantoor Peeters & Maes', alts=['Peeters & Maes', 'Peeters en Maes'], role='paralegal', start='2030-12-11T16:00', zone='Europe/Brussels', dur=None,
  iv=['Kristof Maes'], niv=['Evi Wouters', 'Nele Janssens'], dd='2030-12-20',
  notes='Flemish Outlook thread; "woensdag om 16u" -> 11 Dec; quoted Tuesday 10u is bait; "Meester" (lawyer title) stripped; office manager only schedules; decision before Christmas holidays.')

I(id='nl-09', kind='reschedule', now='2030-12-02 09:15', uz='Europe/Amsterdam',
  frm='Bram de Wit <bram.dewit@xs4all.nl>', subj='Fwd: Gesprek donderdag verzetten?', cs='utf-8', cte='8bit',
  body='''Verschoven naar vrijdag

---------- Doorgestuurd bericht ---------
Van: Yvonne van der Berg <y.vanderberg@hofstadwonen.nl>
Date: ma 2 dec 2030 om 08:52
Subject: Gesprek donderdag verzetten?
To: Bram de Wit <bram.dewit@xs4all.nl>


Goedemorgen Bram,

Ik kwam er net achter dat donderdag pakjesavond is en de helft van het team vrij heeft. Kunnen we ons gesprek voor de functie Wijkconsulent van donderdag 10.00 uur verzetten naar vrijdag 14.00 uur? Zelfde locatie, en je spreekt nog steeds met mij.

Hartelijke groet,
Yvonne van der Berg
Teamleider Wonen, Hofstad Woningcorporatie
''',
  company='Hofstad Woningcorporatie', alts=['Hofstad Wonen', 'Hofstad'], role='Wijkconsulent', start='2030-12-06T14:00', zone='Europe/Amsterdam', dur=None,
  iv=['Yvonne van der Berg'], niv=['Bram de Wit'], dd=None,
  notes='Text-only reschedule around Sinterklaas (pakjesavond 5 Dec): Thursday 10.00 -> Friday 6 Dec 14.00.')

ICS_NL10 = '''BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20301105T123000Z
DTEND:20301105T133000Z
DTSTAMP:20301024T081500Z
ORGANIZER;CN=Hanne Jacobs:mailto:hanne.jacobs@dijlevallei-biotech.be
UID:7hq2m0kd8s3p@google.com
ATTENDEE;CN=Jef Vermeulen;ROLE=REQ-PARTICIPANT:mailto:jef.vermeulen@dijlevallei-biotech.be
ATTENDEE;CN=Wout Goossens;ROLE=REQ-PARTICIPANT:mailto:wout.goossens@gmail.com
SEQUENCE:2
SUMMARY:Gesprek labo-analist (verplaatst)
LOCATION:Leuven - Gaston Geenslaan 1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
'''
I(id='nl-10', kind='reschedule', now='2030-10-24 10:40', uz='Europe/Brussels',
  frm='Wout Goossens <wout.goossens@gmail.com>', subj='Fwd: Bijgewerkte uitnodiging: Gesprek labo-analist (verplaatst)', cs='utf-8', cte='qp', html=True,
  ics=ICS_NL10, ics_mode='alt',
  body='''na de herfstvakantie nu

---------- Doorgestuurd bericht ---------
Van: Hanne Jacobs <hanne.jacobs@dijlevallei-biotech.be>
Date: do 24 okt 2030 om 10:15
Subject: Bijgewerkte uitnodiging: Gesprek labo-analist (verplaatst)
To: <wout.goossens@gmail.com>


Dag Wout,

Omdat Jef Vermeulen de week van de herfstvakantie afwezig is, verplaatsen we je gesprek voor de functie Labo-analist van maandag 28 oktober om 9u naar dinsdag 5 november om 13u30. Het gesprek duurt een uur.

Vriendelijke groet,
Hanne Jacobs
HR – Dijlevallei Biotech
''',
  company='Dijlevallei Biotech', alts=['Dijlevallei'], role='Labo-analist', start='2030-11-05T13:30', zone='Europe/Brussels', dur=60,
  iv=['Jef Vermeulen'], niv=['Hanne Jacobs', 'Wout Goossens'], dd=None,
  notes='Flemish reschedule across herfstvakantie and the EU DST change; inline calendar in UTC (12:30Z = 13u30 CET); old slot 28 Oct 9u in text; duration "een uur".')

I(id='nl-11', kind='rejection', now='2030-08-28 18:45', uz='Europe/Amsterdam',
  frm='Rutger Smits <rutger.smits@gmail.com>', subj='Fwd: Terugkoppeling sollicitatie Junior Consultant', cs='utf-8', cte='qp', html=True,
  body='''jammer, afsluiten maar

---------- Doorgestuurd bericht ---------
Van: Zuidas Consultancy <recruitment@zuidasconsultancy.nl>
Date: wo 28 aug 2030 om 17:30
Subject: Terugkoppeling sollicitatie Junior Consultant
To: Rutger Smits <rutger.smits@gmail.com>


Beste Rutger,

Dank voor je tijd tijdens het gesprek van afgelopen dinsdag met Merel Vos. Helaas hebben we besloten om niet verder te gaan met jouw sollicitatie voor de functie Junior Consultant.

Je bent van harte welkom om over zes maanden opnieuw te solliciteren; in februari start ons nieuwe traineeship.

Met vriendelijke groet,
Team Recruitment, Zuidas Consultancy B.V.
''',
  company='Zuidas Consultancy', alts=['Zuidas Consultancy B.V.', 'Zuidas'], role='Junior Consultant', start=None, zone=None, dur=None,
  iv=[], niv=['Merel Vos', 'Rutger Smits'], dd=None,
  notes='Rejection ("niet verder te gaan"); past interview and "over zes maanden"/February are baits.')

I(id='nl-12', kind='offer', now='2030-12-04 20:10', uz='Europe/Amsterdam',
  frm='Anouk Bosman <anouk.bosman@live.nl>', subj='FW: Contractvoorstel Operationeel Manager', cs='windows-1252', cte='qp',
  body='''Vroeg Sinterklaascadeau!!

Van: Mark van Dam <mark.vandam@degroenebakkerij.nl>
Verzonden: woensdag 4 december 2030 17:12
Aan: Anouk Bosman <anouk.bosman@live.nl>
Onderwerp: Contractvoorstel Operationeel Manager

Beste Anouk,

Wat fijn dat we je na de gesprekken een aanbod mogen doen: we bieden je de functie Operationeel Manager bij De Groene Bakkerij B.V. aan, per 1 februari 2031, € 5.200 bruto per maand op basis van 40 uur.

Het contractvoorstel zit in de bijlage. Graag ontvangen we je reactie vóór 13 december.

Hartelijke groet,
Mark van Dam
Algemeen directeur
''',
  company='De Groene Bakkerij B.V.', alts=['De Groene Bakkerij', 'Groene Bakkerij'], role='Operationeel Manager', start=None, zone=None, dur=None,
  iv=[], niv=['Mark van Dam', 'Anouk Bosman'], dd=None,
  notes='Offer, windows-1252 with € and ó; reply-by date is the candidate deadline (decisionDate null); start date bait; Sinterklaas.')

I(id='nl-13', kind='not-interview', now='2030-10-28 12:30', uz='Europe/Amsterdam',
  frm='Ilse van Leeuwen <ilse.vanleeuwen@hotmail.com>', subj='FW: Open dag Rijnmond Ziekenhuis – zaterdag 9 november', cs='utf-8', cte='qp', html=True,
  body='''Misschien interessant?

________________________________
Van: Rijnmond Ziekenhuis Werken bij <werkenbij@rijnmondziekenhuis.nl>
Verzonden: maandag 28 oktober 2030 10:00
Aan: ilse.vanleeuwen@hotmail.com
Onderwerp: Open dag Rijnmond Ziekenhuis – zaterdag 9 november

Beste Ilse,

Je hebt je aangemeld voor onze vacature-alert. Daarom nodigen we je uit voor onze open dag:

zaterdag 9 november, 10:00–14:00 uur, hoofdingang Maasboulevard

Om 11.00 uur geeft bestuurder Hans Kramer een presentatie, daarna kun je in gesprek met teams van de IC, SEH en OK. Aanmelden is niet nodig.

Tot dan!
Team Werken bij Rijnmond Ziekenhuis
''',
  company='Rijnmond Ziekenhuis', alts=['Rijnmond'], role=None, start=None, zone=None, dur=None,
  iv=[], niv=['Hans Kramer', 'Ilse van Leeuwen'], dd=None,
  notes='Open-day invitation from a job-alert subscription with date, time range and a presentation time as bait ("in gesprek" is not an interview).')

I(id='nl-14', kind='not-interview', now='2030-11-12 19:40', uz='Europe/Brussels',
  frm='Dries Lemmens <dries.lemmens@telenet.be>', subj='Fwd: Plan je gesprek in – Productieplanner', cs='utf-8', cte='qp',
  body='''moet nog een moment kiezen, herinner me eraan

---------- Doorgestuurd bericht ---------
Van: Limburgse Kabelfabriek <jobs@limburgsekabel.be>
Date: di 12 nov 2030 om 16:00
Subject: Plan je gesprek in – Productieplanner
To: <dries.lemmens@telenet.be>


Dag Dries,

Je kandidatuur voor Productieplanner is weerhouden voor een eerste gesprek. Kies zelf een moment dat je past tussen maandag 18 en vrijdag 22 november, telkens tussen 8u30 en 16u, via deze link:

https://limburgsekabel.be/planning/productieplanner

Een gesprek duurt 45 minuten. Gelieve ten laatste op vrijdag 15 november te boeken.

Met vriendelijke groeten,
HR Limburgse Kabelfabriek NV
''',
  company='Limburgse Kabelfabriek', alts=['Limburgse Kabelfabriek NV'], role='Productieplanner', start=None, zone=None, dur=None,
  iv=[], niv=['Dries Lemmens'], dd=None,
  notes='Flemish self-scheduling request: range of days and hours, duration and booking deadline, but no slot -> not-interview.')
