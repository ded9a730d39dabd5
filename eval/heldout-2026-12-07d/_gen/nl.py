from lib import *

AMS, BRU = 'Europe/Amsterdam', 'Europe/Brussels'

F = []
F.append(dict(id='nl-01', kind='invite', now='2029-01-09 10:25', uz=AMS, client='outlook', cs='windows-1252', cte='quoted-printable',
 user=('Bas Dekker', 'bas.dekker@ziggo.nl'), **{'from': ('Sanne Visser', 's.visser@vandijk-installatie.nl')}, odate='2029-01-08 16:50',
 subj='Uitnodiging sollicitatiegesprek – Projectleider Werkvoorbereiding', note='Ter info.',
 body='''Beste Bas,

Bedankt voor je sollicitatie op de functie Projectleider Werkvoorbereiding bij Van Dijk Installatietechniek B.V.

Graag nodigen we je uit voor een eerste gesprek op dinsdag 16 januari om 10.00 uur op ons kantoor aan de Industrieweg 44 in Zwolle. Het gesprek duurt circa een uur.

Je spreekt met ing. Henk de Vries (manager Projecten) en Mirjam Bakker (HR-adviseur).

Wil je de afspraak even bevestigen?

Met vriendelijke groet,
Sanne Visser
Office manager''',
 exp=dict(company='Van Dijk Installatietechniek B.V.', alts=['Van Dijk Installatietechniek', 'Van Dijk'], role='Projectleider Werkvoorbereiding', start='2029-01-16T10:00', zone=AMS, dur=60,
          iv=['Henk de Vries', 'Mirjam Bakker'], niv=['Sanne Visser', 'Bas Dekker'], notes='Outlook Doorst:; "10.00 uur"; ing. title; HR adviser on the panel.')))

F.append(dict(id='nl-02', kind='invite', now='2029-01-31 08:10', uz=BRU, client='gmail',
 user=('Lien Vermeersch', 'lien.vermeersch@telenet.be'), **{'from': ('Els Maes', 'els.maes@aquaflow.be')}, odate='2029-01-30 15:35',
 subj='Uitnodiging gesprek Procesingenieur', note='',
 body='''Dag Lien,

Dank je voor je kandidatuur als Procesingenieur bij Aquaflow Vlaanderen NV. We zouden je graag uitnodigen voor een gesprek op woensdag 7 februari om 9u30 op onze site in Gent (Port Arthurlaan 12).

Je wordt ontvangen door Pieter Claes, hoofd Productie, samen met mij. Reken op ongeveer anderhalf uur, inclusief een rondleiding.

Met vriendelijke groeten,
Els Maes
HR Business Partner – Aquaflow Vlaanderen NV''',
 exp=dict(company='Aquaflow Vlaanderen NV', alts=['Aquaflow Vlaanderen', 'Aquaflow'], role='Procesingenieur', start='2029-02-07T09:30', zone=BRU, dur=90,
          iv=['Pieter Claes', 'Els Maes'], niv=['Lien Vermeersch'], notes='Flemish "9u30", "kandidatuur"; sender joins ("samen met mij"); "anderhalf uur".')))

F.append(dict(id='nl-03', kind='invite', now='2029-03-06 18:40', uz=AMS, client='apple', html=False, cte='8bit',
 user=('Femke Willems', 'femke.willems@icloud.com'), **{'from': ('Mark Jansen', 'mark.jansen@brightstone-recruitment.nl')}, odate='2029-03-06 17:05',
 subj='Gesprek Delta Havendiensten bevestigd', note='Verstuurd vanaf mijn iPhone',
 body='''Hoi Femke,

Goed nieuws: Delta Havendiensten B.V. wil je graag spreken voor de rol van Hoofd Nautische Dienst.

Wanneer: donderdag 15 maart om half drie
Waar: Havenkade 3, Vlissingen
Met: Joost Verhoeven (directeur Operations)

Ik ben er zelf niet bij, maar bel me na afloop even!

Groet,
Mark Jansen
Senior Recruiter – Brightstone Recruitment''',
 exp=dict(company='Delta Havendiensten B.V.', alts=['Delta Havendiensten'], role='Hoofd Nautische Dienst', start='2029-03-15T14:30', zone=AMS, dur=None,
          iv=['Joost Verhoeven'], niv=['Mark Jansen', 'Femke Willems'], notes='Agency; "om half drie" = 14:30; consultant absent.')))

F.append(dict(id='nl-04', kind='invite', now='2029-03-21 15:15', uz=AMS, client='outlook', cal_inline=True,
 user=('Ilse Koster', 'ilse.koster@outlook.com'), **{'from': ('Lotte Mulder', 'l.mulder@zorggroep-eemland.nl')}, odate='2029-03-21 13:40',
 subj='Uitnodiging: gesprek Teamleider Wijkverpleging', note='Volgende week dinsdag',
 body='''Beste Ilse,

Hierbij de uitnodiging voor je gesprek voor de functie Teamleider Wijkverpleging.

Datum: dinsdag 27 maart 2029
Tijd: 13:00 – 14:00 uur
Locatie: Stichting Zorggroep Eemland, Stationsplein 9, Amersfoort

Gesprekspartners: Marieke Smit (regiomanager) en Jeroen van den Berg (lid cliëntenraad).

Hartelijke groet,
Lotte Mulder
Recruiter''',
 ics=ics('Gesprek Teamleider Wijkverpleging - Ilse Koster', '2029-03-27 13:00', '2029-03-27 14:00', 'W. Europe Standard Time',
         ('Lotte Mulder', 'l.mulder@zorggroep-eemland.nl'), [('Marieke Smit', 'm.smit@zorggroep-eemland.nl'), ('Jeroen van den Berg', 'j.vandenberg@zorggroep-eemland.nl')],
         'Stationsplein 9, Amersfoort', uid='040000008200E00074C5B7101A82E00800000000NL04'),
 exp=dict(company='Stichting Zorggroep Eemland', alts=['Zorggroep Eemland'], role='Teamleider Wijkverpleging', start='2029-03-27T13:00', zone=AMS, dur=60,
          iv=['Marieke Smit', 'Jeroen van den Berg'], niv=['Lotte Mulder', 'Ilse Koster'], notes='Windows TZID; crosses EU DST (Mar 25); client council member on panel.')))

F.append(dict(id='nl-05', kind='invite', now='2029-04-02 20:05', uz=AMS, client='thunderbird', attach=True, ocs='iso-8859-1', octe='quoted-printable', cte='8bit',
 user=('Thijs van Leeuwen', 'thijs@vanleeuwen.nl'), **{'from': ('Ruud Hendriks', 'ruud.hendriks@kasteelhoeve.nl')}, odate='2029-04-02 11:20',
 subj='Kennismaking Scrum Master', note='Hoi,\n\nzie bijlage, kun je deze toevoegen?\n\nThijs',
 body='''Hallo Thijs,

Leuk dat je gereageerd hebt op onze vacature voor Scrum Master bij Kasteelhoeve Software B.V.!

Zullen we maandag 9 april om 11:00 afspreken op ons kantoor in Utrecht (Oudegracht 201)? Ik voer het gesprek samen met Fleur de Jong, onze product owner. We trekken er een uur voor uit.

We laten je uiterlijk vrijdag 20 april weten of we verder gaan.

Groetjes,
Ruud Hendriks
Engineering Manager''',
 exp=dict(company='Kasteelhoeve Software B.V.', alts=['Kasteelhoeve Software', 'Kasteelhoeve'], role='Scrum Master', start='2029-04-09T11:00', zone=AMS, dur=60,
          iv=['Ruud Hendriks', 'Fleur de Jong'], niv=['Thijs van Leeuwen'], dd='2029-04-20', notes='Forward as attachment; inner ISO-8859-1 QP; sender interviews; decision date promised.')))

F.append(dict(id='nl-06', kind='invite', now='2029-05-01 09:00', uz=AMS, client='gmail',
 user=('Noor Hassan', 'noor.hassan@gmail.com'), **{'from': ('Fietsfabriek Noord via Werkplek', 'noreply@werkplek.io')}, odate='2029-04-30 22:14',
 subj='Je gesprek bij Fietsfabriek Noord B.V. staat gepland', note='',
 body='''Hoi Noor,

Je gesprek is ingepland!

Functie: Data Engineer
Bedrijf: Fietsfabriek Noord B.V.
Wanneer: woensdag 9 mei, 14:00–14:45 (Nederlandse tijd)
Met: Daan Peters, Lead Data
Waar: Microsoft Teams

Verzetten kan tot 24 uur van tevoren via je kandidaatportaal.

Werkplek – gestuurd namens Fietsfabriek Noord B.V.''',
 ics=ics('Gesprek Fietsfabriek Noord B.V.', '2029-05-09 14:00', '2029-05-09 14:45', None, ('Werkplek', 'noreply@werkplek.io'),
         [('Daan Peters', 'daan.peters@fietsfabrieknoord.nl')], 'Microsoft Teams', utc_zone=AMS, uid='wp-33018'),
 exp=dict(company='Fietsfabriek Noord B.V.', alts=['Fietsfabriek Noord'], role='Data Engineer', start='2029-05-09T14:00', zone=AMS, dur=45,
          iv=['Daan Peters'], niv=['Noor Hassan'], notes='ATS (Werkplek) not the company; ICS in UTC.')))

F.append(dict(id='nl-07', kind='invite', now='2029-06-13 19:00', uz=AMS, client='apple', html=False,
 user=('Kevin Bos', 'kevin.bos@icloud.com'), **{'from': ('Erik Bosman', 'erik.bosman@havenkraan.nl')}, odate='2029-06-13 16:25',
 subj='Telefonisch gesprek', note='morgen al!',
 body='''Hoi Kevin,

Dank voor je cv voor de functie Monteur Elektrotechniek. Ik bel je graag morgen (donderdag) om 16.30 uur even voor een kort telefonisch gesprek van een kwartiertje.

Groeten,
Erik Bosman
Teamleider Service – Havenkraan Rotterdam B.V.''',
 exp=dict(company='Havenkraan Rotterdam B.V.', alts=['Havenkraan Rotterdam', 'Havenkraan'], role='Monteur Elektrotechniek', start='2029-06-14T16:30', zone=AMS, dur=15,
          iv=['Erik Bosman'], niv=['Kevin Bos'], notes='"morgen (donderdag) om 16.30 uur" relative to the original; "een kwartiertje" = 15; interviewer surname contains user surname.')))

F.append(dict(id='nl-08', kind='invite', now='2029-06-08 09:50', uz=BRU, client='outlook', variant='original',
 user=('Jana De Smet', 'jana.desmet@outlook.be'), **{'from': ('Tom Wouters', 'tom.wouters@goossens-peeters.be')}, odate='2029-06-07 17:30',
 subj='RE: Sollicitatie Paralegal', note='',
 body='''Dag Jana,

Prima, dan noteren we dinsdag 19 juni om 10u op ons kantoor aan de Frankrijklei 88 in Antwerpen. Mr. Karen Goossens en Bart Peeters, vennoten, zullen je ontvangen.

Vriendelijke groeten,
Tom Wouters
Office & HR – Goossens & Peeters Advocaten

-----Oorspronkelijk bericht-----
Van: Jana De Smet <jana.desmet@outlook.be>
Verzonden: donderdag 7 juni 2029 12:10
Aan: Tom Wouters <tom.wouters@goossens-peeters.be>
Onderwerp: RE: Sollicitatie Paralegal

Dag Tom, maandag lukt mij helaas niet, dinsdag wel.

-----Oorspronkelijk bericht-----
Van: Tom Wouters
Verzonden: woensdag 6 juni 2029 15:02
Onderwerp: Sollicitatie Paralegal

Past maandag 18 juni om 14u of dinsdag 19 juni om 10u?''',
 exp=dict(company='Goossens & Peeters Advocaten', alts=['Goossens & Peeters'], role='Paralegal', start='2029-06-19T10:00', zone=BRU, dur=None,
          iv=['Karen Goossens', 'Bart Peeters'], niv=['Tom Wouters', 'Jana De Smet'], notes='Flemish thread; "Mr." (meester) title; coordinator does not attend; partner names also in company name.')))

F.append(dict(id='nl-09', kind='reschedule', now='2029-02-19 12:30', uz=AMS, client='gmail',
 user=('Sophie Meijer', 'sophie.meijer@gmail.com'), **{'from': ('Willem Kok', 'willem@hetanker-koffie.nl')}, odate='2029-02-19 11:02',
 subj='Ons gesprek verzetten?', note='verzet',
 body='''Hoi Sophie,

Vervelend, maar ik moet ons gesprek over de functie Marketing Manager verzetten. Kunnen we in plaats van donderdag 22 februari 15.00 uur uitwijken naar maandag 26 februari 9.30 uur? Zelfde plek, in de branderij aan de Veemkade.

Groet,
Willem Kok
Eigenaar – Koffiebranderij Het Anker''',
 exp=dict(company='Koffiebranderij Het Anker', alts=['Het Anker'], role='Marketing Manager', start='2029-02-26T09:30', zone=AMS, dur=None,
          iv=['Willem Kok'], niv=['Sophie Meijer'], notes='Text-only reschedule by the interviewer; "9.30 uur".')))

F.append(dict(id='nl-10', kind='reschedule', now='2029-04-06 14:10', uz=BRU, client='outlook', cal_inline=True, cs='iso-8859-1', cte='quoted-printable',
 user=('Ruben Janssens', 'ruben.janssens@telenet.be'), **{'from': ('An Vermeulen', 'an.vermeulen@azsintjozef.be')}, odate='2029-04-06 11:45',
 subj='Gewijzigd: gesprek Verpleegkundige Spoed', note='',
 body='''Beste Ruben,

Door een wijziging in de planning verplaatsen we je gesprek met hoofdverpleegkundige Hilde Wouters van donderdag 12 april om 14u naar vrijdag 13 april om 9u. Het gesprek duurt 45 minuten en vindt plaats op de spoedafdeling van AZ Sint-Jozef Leuven.

Met vriendelijke groeten,
An Vermeulen
Dienst HR''',
 ics=ics('Gewijzigd: gesprek Verpleegkundige Spoed', '2029-04-13 09:00', '2029-04-13 09:45', '(UTC+01:00) Brussel, Kopenhagen, Madrid, Parijs',
         ('An Vermeulen', 'an.vermeulen@azsintjozef.be'), [('Hilde Wouters', 'hilde.wouters@azsintjozef.be')], 'Spoedafdeling', uid='azsj-0413'),
 exp=dict(company='AZ Sint-Jozef Leuven', alts=['AZ Sint-Jozef'], role='Verpleegkundige Spoed', start='2029-04-13T09:00', zone=BRU, dur=45,
          iv=['Hilde Wouters'], niv=['An Vermeulen', 'Ruben Janssens'], notes='Windows display-name TZID in Dutch; "9u"; role only in subject.')))

F.append(dict(id='nl-11', kind='rejection', now='2029-03-01 17:50', uz=AMS, client='thunderbird', cs='iso-8859-1', cte='base64',
 user=('Bas Dekker', 'bas.dekker@ziggo.nl'), **{'from': ('Uitgeverij Zilverberk', 'vacatures@zilverberk.nl')}, odate='2029-03-01 14:00',
 subj='Je sollicitatie als Eindredacteur', note='Helaas',
 body='''Beste Bas,

Hartelijk dank voor je tijd tijdens het gesprek van 21 februari en je interesse in de functie van Eindredacteur.

Na zorgvuldige afweging hebben we besloten om met een andere kandidaat verder te gaan. We wensen je veel succes met je verdere zoektocht.

Met vriendelijke groet,
Ingrid Lammers
Uitgeverij Zilverberk''',
 exp=dict(company='Uitgeverij Zilverberk', alts=['Zilverberk'], role='Eindredacteur', niv=['Ingrid Lammers', 'Bas Dekker'], notes='Rejection; base64 ISO-8859-1.')))

F.append(dict(id='nl-12', kind='offer', now='2029-06-06 11:30', uz=BRU, client='gmail',
 user=('Lien Vermeersch', 'lien.vermeersch@telenet.be'), **{'from': ('Koen Mertens', 'koen.mertens@logistiekkempen.be')}, odate='2029-06-06 09:05',
 subj='Aanbod Supply Chain Analist', note='Yesss 🙌',
 body='''Dag Lien,

Met plezier bieden we je de functie van Supply Chain Analist aan bij Logistiek Kempen NV in Geel.

Bruto maandloon € 3.900, maaltijdcheques, ecocheques, hospitalisatieverzekering en een bedrijfswagen. Startdatum in overleg, bij voorkeur 1 september.

Graag ontvangen we je antwoord tegen 15 juni.

Vriendelijke groeten,
Koen Mertens
HR Manager''',
 exp=dict(company='Logistiek Kempen NV', alts=['Logistiek Kempen'], role='Supply Chain Analist', niv=['Koen Mertens', 'Lien Vermeersch'],
          notes='Flemish offer; "antwoord tegen 15 juni" is the candidate deadline → null.')))

F.append(dict(id='nl-13', kind='not-interview', now='2029-01-17 08:30', uz=AMS, client='apple', html=False,
 user=('Sophie Meijer', 'sophie.meijer@gmail.com'), **{'from': ('Bakkerij Van der Meulen', 'werken@vandermeulenbakkerij.nl')}, odate='2029-01-16 12:00',
 subj='Bedankt voor je sollicitatie!', note='',
 body='''Hoi Sophie,

Bedankt voor je sollicitatie als Winkelmanager bij Bakkerij Van der Meulen. We hebben je gegevens goed ontvangen en nemen binnen twee weken contact met je op.

Alvast nieuwsgierig? Kom naar onze inloopavond op dinsdag 23 januari van 19:00 tot 21:00 uur in de bakkerij in Haarlem. Aanmelden is niet nodig.

Hartelijke groet,
Team Van der Meulen''',
 exp=dict(company='Bakkerij Van der Meulen', alts=['Van der Meulen'], role='Winkelmanager', notes='Acknowledgement with a walk-in evening (date/time) as bait.')))

F.append(dict(id='nl-14', kind='not-interview', now='2029-05-29 13:15', uz=AMS, client='outlook',
 user=('Noor Hassan', 'noor.hassan@gmail.com'), **{'from': ('Polderstroom Recruitment', 'recruitment@polderstroom.nl')}, odate='2029-05-29 10:00',
 subj='Plan je gesprek in – Klantadviseur', note='nog inplannen',
 body='''Beste Noor,

Je bent door naar de volgende ronde voor de functie Klantadviseur bij Energiebedrijf Polderstroom!

Kies via de link hieronder zelf een moment voor je videogesprek. Er zijn tijdsloten beschikbaar van maandag 4 tot en met vrijdag 8 juni, tussen 9.00 en 17.00 uur. Een gesprek duurt 30 minuten.

https://polderstroom.werkplek.io/inplannen

Met vriendelijke groet,
Recruitmentteam Polderstroom''',
 exp=dict(company='Energiebedrijf Polderstroom', alts=['Polderstroom'], role='Klantadviseur', notes='Self-scheduling link with date range; no slot chosen.')))

VD, AQ, DH, ZE = 'Van Dijk Installatietechniek B.V.', 'Aquaflow Vlaanderen NV', 'Delta Havendiensten B.V.', 'Stichting Zorggroep Eemland'
KS, FN, GP, HA = 'Kasteelhoeve Software B.V.', 'Fietsfabriek Noord B.V.', 'Goossens & Peeters Advocaten', 'Koffiebranderij Het Anker'
R = [
 ('2029-01-16T18:30:00', AMS, VD, 'thank-you', 'bedankmailtje naar henk en mirjam gestuurd', 'thanked', None, None, None),
 ('2029-02-07T15:10:00', BRU, AQ, 'thank-you', 'Heb Els net bedankt via mail 👍', 'thanked', None, None, None),
 ('2029-03-28T09:00:00', AMS, ZE, 'thank-you', 'gister nog een bedankje gestuurd naar marieke', 'thanked', None, None, None),
 ('2029-01-30T11:20:00', AMS, VD, 'follow-up-1', 'heb sanne gemaild voor een update', 'followed-up', None, None, None),
 ('2029-04-12T16:00:00', AMS, ZE, 'follow-up-1', 'net lotte gebeld, ze zou het navragen', 'followed-up', None, None, None),
 ('2029-05-24T10:45:00', AMS, FN, 'follow-up-2', 'tweede follow-up verstuurd naar daan', 'followed-up', None, None, None),
 ('2029-01-19T13:00:00', AMS, VD, 'follow-up-1', 'ze beslissen volgende week woensdag', 'decision-date', 'nw:wed', None, None),
 ('2029-02-12T09:40:00', BRU, AQ, 'follow-up-1', 'els zegt dat ik tegen eind februari iets hoor', 'decision-date', 'eom:2', None, None),
 ('2029-03-19T17:30:00', AMS, DH, 'follow-up-1', 'nog geen afwijzing haha, mark zegt dat ze pas op de 29e beslissen', 'decision-date', 'md:03-29', None, None, 'T'),
 ('2029-04-10T19:00:00', AMS, KS, 'thank-you', 'ging goed! uitslag over 3 dagen', 'decision-date', '+3', None, None),
 ('2029-05-14T12:15:00', AMS, FN, 'follow-up-1', 'nog niks besloten, ze laten het half juni weten', 'decision-date', 'mid:6', None, None, 'T'),
 ('2029-06-20T08:50:00', BRU, GP, 'thank-you', 'bedankt gestuurd, en tom zegt dat ze vrijdag beslissen', 'decision-date', 'wd:fri', None, None),
 ('2029-02-27T14:00:00', AMS, HA, 'prep', 'nog geen besluit, willem laat het 5 maart weten', 'decision-date', 'md:03-05', None, None, 'T'),
 ('2029-04-17T10:10:00', AMS, ZE, 'follow-up-1', 'lotte belde terug, ze zijn nog met andere kandidaten bezig', 'heard-back', None, None, None, 'T'),
 ('2029-04-25T15:30:00', BRU, 'AZ Sint-Jozef Leuven', 'follow-up-1', 'AZ heeft gereageerd, nog geen nieuws maar ik zit nog in de procedure', 'heard-back', None, None, None, 'T'),
 ('2029-01-22T17:00:00', AMS, VD, 'digest', 'tweede gesprek op 1 februari om half 11', 'next-round', '2029-02-01', '10:30', None),
 ('2029-02-13T20:20:00', BRU, AQ, 'follow-up-1', 'tweede ronde maandag om 14u met de plantmanager', 'next-round', 'wd:mon', '14:00', None),
 ('2029-03-16T12:00:00', AMS, DH, 'digest', 'ze willen me donderdag 22/3 om 9 uur terugzien', 'next-round', 'md:03-22', '09:00', None),
 ('2029-05-09T18:40:00', AMS, FN, 'thank-you', 'technische case overmorgen om 10u', 'next-round', '+2', '10:00', None),
 ('2029-04-04T21:00:00', AMS, DH, 'follow-up-2', 'IK HEB DE BAAN!! 🥳', 'offer', None, None, 'offer'),
 ('2029-04-19T13:30:00', AMS, KS, 'follow-up-1', 'kasteelhoeve heeft me een aanbod gedaan', 'offer', None, None, 'offer'),
 ('2029-02-15T08:45:00', AMS, VD, 'follow-up-2', 'afgewezen door van dijk', 'rejected', None, None, 'rejected'),
 ('2029-03-02T11:00:00', BRU, AQ, 'follow-up-2', 'ze hebben voor iemand anders gekozen jammer genoeg', 'rejected', None, None, 'rejected'),
 ('2029-06-01T09:30:00', AMS, FN, 'move-on', 'klopt, vorige week de afwijzing gekregen', 'rejected', None, None, 'rejected'),
 ('2029-04-16T20:10:00', AMS, ZE, 'follow-up-1', 'ik trek me terug bij de zorggroep, te ver reizen', 'withdrawn', None, None, 'withdrawn'),
 ('2029-06-02T10:00:00', AMS, 'Energiebedrijf Polderstroom', 'confirmation', 'heb polderstroom laten weten dat ik stop met de procedure', 'withdrawn', None, None, 'withdrawn'),
 ('2029-01-25T07:50:00', AMS, VD, 'follow-up-1', 'herinner me morgen', 'snooze', '+1', None, None),
 ('2029-03-09T19:00:00', BRU, AQ, 'follow-up-2', 'vraag het me maandag nog eens', 'snooze', 'wd:mon', None, None),
 ('2029-05-28T12:20:00', AMS, FN, 'follow-up-1', 'nog niks gehoord, later nog eens vragen aub', 'snooze', None, None, None, 'T'),
 ('2029-06-22T09:15:00', BRU, GP, 'follow-up-1', 'laat maar tot 28 juni', 'snooze', 'md:06-28', None, None),
 ('2029-06-01T09:32:00', AMS, FN, 'move-on', 'oeps terugdraaien, verkeerde', 'undo', None, None, None),
 ('2029-02-20T12:40:00', AMS, VD, 'digest', 'van dijk graag weer openzetten, ze hebben me toch teruggebeld', 'reopen', None, None, None, 'T'),
 ('2029-01-10T07:45:00', AMS, VD, 'confirmation', 'het is 10 uur niet 11', 'correct', None, '10:00', None),
 ('2029-03-07T08:30:00', AMS, DH, 'confirmation', 'bedrijf is delta havendiensten, brightstone is het bureau', 'correct', None, None, None),
 ('2029-04-05T09:00:00', AMS, None, 'digest', 'wat loopt er allemaal nog?', 'status', None, None, None),
 ('2029-06-12T21:00:00', BRU, None, 'digest', 'stuur me een overzicht in excel', 'export', None, None, None),
 ('2029-01-12T12:00:00', BRU, None, 'digest', 'wat kan ik je allemaal vragen?', 'help', None, None, None),
 ('2029-01-18T08:10:00', AMS, 'Bakkerij Van der Meulen', 'confirmation', 'verwijder die bakkerij maar, was maar een bevestiging', 'forget', None, None, None),
 ('2029-01-17T09:00:00', AMS, VD, 'prep', 'top bedankt', 'none', None, None, None),
 ('2029-02-09T12:00:00', BRU, AQ, 'follow-up-1', 'mijn collega is afgewezen bij aquaflow, hopelijk ik niet', 'none', None, None, None, 'T'),
 ('2029-03-22T22:00:00', AMS, DH, 'follow-up-1', 'en als ze nee zeggen?', 'none', None, None, None, 'T'),
 ('2029-04-15T11:00:00', AMS, KS, 'digest', 'mijn huidige werkgever doet een tegenbod, lastig', 'none', None, None, None, 'T'),
 ('2029-03-29T18:00:00', AMS, ZE, 'prep', 'hypotheek afgewezen, wat een week', 'none', None, None, None, 'T'),
 ('2029-06-14T17:00:00', AMS, 'Havenkraan Rotterdam B.V.', 'prep', 'erik bood aan om volgende week een bakkie te doen op de werf', 'none', None, None, None, 'T'),
 ('2029-02-06T21:30:00', BRU, AQ, 'prep', 'ik trek me niet terug hoor, gewoon zenuwachtig', 'none', None, None, None, 'T'),
 ('2029-06-18T19:00:00', BRU, GP, 'prep', 'wat trek ik aan naar een advocatenkantoor?', 'none', None, None, None, 'T'),
 ('2029-05-08T20:00:00', AMS, FN, 'prep', 'oké', 'none', None, None, None),
 ('2029-04-08T16:00:00', AMS, KS, 'prep', 'als ze me een aanbod doen zeg ik meteen ja', 'none', None, None, None, 'T'),
 ('2029-02-28T13:00:00', AMS, HA, 'follow-up-1', 'aangenomen!! grapje, nog niks', 'none', None, None, None, 'T'),
 ('2029-06-08T12:00:00', BRU, 'Logistiek Kempen NV', 'digest', 'nog niet gereageerd op het aanbod, even nadenken', 'none', None, None, None, 'T'),
]

if __name__ == '__main__':
    write_lang('nl', F, R, datecalc)
