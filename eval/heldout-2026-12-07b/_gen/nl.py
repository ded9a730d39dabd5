from mime import write
U = ('Femke Jansen', 'femke.jansen@ziggo.nl')
UB = ('Pieter Claes', 'pieter.claes@telenet.be')
items = [
dict(id='nl-01', lang='nl', client='outlook', uz='Europe/Amsterdam', now=(2027, 12, 9, 8, 12), odate=(2027, 12, 8, 16, 2),
 user=U, ofrom=('Ilse Kuiper', 'i.kuiper@rijnvliet.nl'), html=True,
 subj='Uitnodiging sollicitatiegesprek Adviseur Asset Management',
 body='''Beste Femke,

Namens de selectiecommissie nodig ik je graag uit voor een eerste gesprek voor de functie Adviseur Asset Management bij Waterschap Rijnvliet.

Datum: {wd:2027-12-16} 16 december
Tijd: 14.00 uur
Duur: een uur
Locatie: Hoofdkantoor, Kanaalweg 4, Utrecht (meld je bij de receptie)

De commissie bestaat uit Marloes Hoekstra (teamleider Assets), Bram Verhoeven (senior adviseur) en ondergetekende.

Wil je laten weten of dit je schikt?

Met vriendelijke groet,
Ilse Kuiper
HR-adviseur
Waterschap Rijnvliet''',
 ics=dict(tzid='Europe/Amsterdam', prodid='-//Google Inc//Google Calendar 70.9054//EN', start='20271216T140000', end='20271216T150000', summary='Sollicitatiegesprek F. Jansen - Adviseur Asset Management',
          location='Kanaalweg 4, Utrecht', organizer=('Ilse Kuiper', 'i.kuiper@rijnvliet.nl'),
          attendees=[('Marloes Hoekstra', 'm.hoekstra@rijnvliet.nl'), ('Bram Verhoeven', 'b.verhoeven@rijnvliet.nl')]),
 exp=dict(kind='invite', company='Waterschap Rijnvliet', alts=['Rijnvliet'], role='Adviseur Asset Management', start='2027-12-16T14:00', zone='Europe/Amsterdam', dur=60,
          iv=['Marloes Hoekstra', 'Bram Verhoeven', 'Ilse Kuiper'], niv=['Femke Jansen'], notes='HR sender is on the committee ("ondergetekende"); "14.00 uur".')),

dict(id='nl-02', lang='nl', client='apple', uz='Europe/Amsterdam', now=(2028, 1, 17, 20, 30), odate=(2028, 1, 17, 16, 44),
 user=U, ofrom=('Daan Mulder', 'daan@vonkfietsen.nl'), cte='8bit',
 subj='Re: Operations Manager',
 note='telt dit als gesprek? zet maar in de agenda',
 body='''Hoi Femke,

Leuk dat je gereageerd hebt! Je cv ziet er sterk uit.

Zullen we vrijdag om half tien even bellen over de functie? Kwartiertje, gewoon kennismaken. Ik bel je op het nummer uit je cv.

Groet,
Daan
Vonk Fietsen | oprichter''',
 exp=dict(kind='invite', company='Vonk Fietsen', alts=['Vonk'], role='Operations Manager', start='2028-01-21T09:30', zone='Europe/Amsterdam', dur=15,
          iv=['Daan Mulder'], niv=['Femke Jansen'], notes='Informal; "vrijdag" from Mon 17 Jan = 21 Jan; "half tien" = 09:30; "kwartiertje" = 15 min.')),

dict(id='nl-03', lang='nl', client='gmail', uz='Europe/Amsterdam', now=(2028, 2, 2, 12, 5), odate=(2028, 2, 2, 11, 40),
 user=U, ofrom=('Roosterlink namens Gemeente Zuiderhaven', 'noreply@roosterlink.example'), cte='base64', html=True,
 subj='Bevestiging: sollicitatiegesprek Gemeente Zuiderhaven',
 body='''Beste Femke Jansen,

Uw gesprek is ingepland.

Organisatie: Gemeente Zuiderhaven
Vacature: Beleidsadviseur Mobiliteit (schaal 11)
Wanneer: {wd:2028-02-09} 9 februari 2028, 13:00 - 13:45
Waar: Stadskantoor, Havenplein 1, kamer 4.12
Gesprekspartners: Yusuf Demir (afdelingshoofd) en Karin Smits (beleidsadviseur)

Verhinderd? Gebruik de link in deze e-mail om uw afspraak te wijzigen.

Deze e-mail is verstuurd door Roosterlink namens Gemeente Zuiderhaven.''',
 ics=dict(tzid=None, start='20280209T120000', end='20280209T124500', summary='Sollicitatiegesprek Gemeente Zuiderhaven', prodid='-//Roosterlink//NL',
          organizer=('Gemeente Zuiderhaven', 'werving@zuiderhaven.example'), attendees=[('Femke Jansen', 'femke.jansen@ziggo.nl')], mode='inline'),
 exp=dict(kind='invite', company='Gemeente Zuiderhaven', alts=['Zuiderhaven'], role='Beleidsadviseur Mobiliteit', start='2028-02-09T13:00', zone='Europe/Amsterdam', dur=45,
          iv=['Yusuf Demir', 'Karin Smits'], niv=['Femke Jansen'], notes='Scheduling tool for employer; ICS UTC 12:00Z; base64.')),

dict(id='nl-04', lang='nl', client='attach', uz='Europe/Brussels', now=(2028, 3, 3, 18, 50), odate=(2028, 3, 3, 11, 15),
 user=UB, ofrom=('Jef Wouters', 'jef@brouwerijvansteenwegen.be'), charset='iso-8859-1', cte='quoted-printable', aname='Uitnodiging gesprek.eml',
 subj='Uitnodiging gesprek Kwaliteitsverantwoordelijke',
 note='als bijlage doorgestuurd',
 body='''Beste Pieter,

Bedankt voor uw kandidatuur. Uw sollicitatiegesprek gaat door op maandag 13 maart om 15u in onze brouwerij te Mechelen (Leuvensesteenweg 88).

U spreekt met Griet Van den Broeck, productieverantwoordelijke, en met mij. Reken op ongeveer anderhalf uur, inclusief een rondleiding.

Wij laten u uiterlijk vrijdag 24 maart iets weten.

Met vriendelijke groeten,
Jef Wouters
Zaakvoerder
Brouwerij Van Steenwegen bv''',
 exp=dict(kind='invite', company='Brouwerij Van Steenwegen', alts=['Van Steenwegen'], role='Kwaliteitsverantwoordelijke', start='2028-03-13T15:00', zone='Europe/Brussels', dur=90,
          iv=['Griet Van den Broeck', 'Jef Wouters'], niv=['Pieter Claes'], dd='2028-03-24',
          notes='Flemish ("gaat door", "15u", "kandidatuur"); message/rfc822; sender attends; decision by Fri 24 March.')),

dict(id='nl-05', lang='nl', client='gmail', uz='Europe/Amsterdam', now=(2028, 4, 4, 9, 33), odate=(2028, 4, 3, 17, 10),
 user=U, ofrom=('Joost van Dijk', 'joost@brightwork-werving.example'), charset='windows-1252', cte='quoted-printable',
 subj='Gesprek bij Noordkade – Teamleider Planning',
 note='via het bureau',
 body='''Hoi Femke,

Goed nieuws: mijn opdrachtgever Havenbedrijf Noordkade wil graag met je kennismaken voor de rol van Teamleider Planning.

Het gesprek is op dinsdag 11 april van 10.00 tot 11.30 uur op hun kantoor aan de Noordkade 17 in Rotterdam. Je spreekt met Erik Bakker (Operations Director) en Nienke de Boer (HR).

Ik ben er zelf niet bij, maar bel je graag even vooraf om je voor te bereiden. Succes alvast – het wordt een „open“ gesprek, geen assessment.

Groet,
Joost van Dijk
Brightwork Werving & Selectie''',
 exp=dict(kind='invite', company='Havenbedrijf Noordkade', alts=['Noordkade'], role='Teamleider Planning', start='2028-04-11T10:00', zone='Europe/Amsterdam', dur=90,
          iv=['Erik Bakker', 'Nienke de Boer'], niv=['Joost van Dijk', 'Femke Jansen'], notes='Agency; company = client; range 10.00-11.30; windows-1252.')),

dict(id='nl-06', lang='nl', client='tb', uz='Europe/Amsterdam', now=(2028, 5, 22, 14, 12), odate=(2028, 5, 22, 10, 1),
 user=U, ofrom=('Secretariaat Raad van Bestuur', 'secretariaat@zorggroepdelinde.nl'), cte='8bit',
 subj='Uitnodiging tweede gesprek Regiomanager',
 body='''Geachte mevrouw Jansen,

Graag nodigen wij u uit voor een tweede gesprek voor de functie van Regiomanager bij Stichting Zorggroep De Linde.

Het gesprek vindt plaats op woensdag 31 mei om 11:15 uur via Microsoft Teams en duurt 45 minuten. U spreekt met mevrouw Anouk Visser, lid Raad van Bestuur, en de heer Ruben Sedney, voorzitter van de cliëntenraad.

Let op: op Tweede Pinksterdag (5 juni) is ons kantoor gesloten.

Met vriendelijke groet,
namens de Raad van Bestuur,
Wendy Scholten
Secretariaat''',
 exp=dict(kind='invite', company='Zorggroep De Linde', alts=['Stichting Zorggroep De Linde', 'De Linde'], role='Regiomanager', start='2028-05-31T11:15', zone='Europe/Amsterdam', dur=45,
          iv=['Anouk Visser', 'Ruben Sedney'], niv=['Wendy Scholten', 'Femke Jansen'], notes='Second round; formal u-form; secretary does not attend; Pinksteren distractor.')),

dict(id='nl-07', lang='nl', client='outlook', orig_sep=True, uz='Europe/Amsterdam', now=(2028, 4, 21, 16, 40), odate=(2028, 4, 21, 15, 2),
 user=U, ofrom=('Sophie Lammers', 's.lammers@dijkstra-installatie.nl'),
 subj='Verplaatsing gesprek Projectleider E-installaties',
 body='''Beste Femke,

Oeps, we hadden ons gesprek van een uur op donderdag 27 april gepland, maar dat is Koningsdag. Helaas moeten we het daarom verplaatsen.

Nieuwe afspraak: vrijdag 28 april om 9.30 uur, zelfde plek (Industrieweg 22, Zwolle). Henk Dijkstra en ik zijn er allebei bij.

Ik heb de agenda-uitnodiging aangepast.

Groeten,
Sophie Lammers
HR & Office
Dijkstra Installatietechniek''',
 ics=dict(tzid='(UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen', start='20280428T093000', end='20280428T103000', summary='Gesprek Femke Jansen (Projectleider E)', seq=1,
          location='Industrieweg 22, Zwolle', organizer=('Sophie Lammers', 's.lammers@dijkstra-installatie.nl'), attendees=[('Henk Dijkstra', 'h.dijkstra@dijkstra-installatie.nl'), ('Femke Jansen', 'femke.jansen@ziggo.nl')]),
 exp=dict(kind='reschedule', company='Dijkstra Installatietechniek', alts=['Dijkstra'], role='Projectleider E-installaties', start='2028-04-28T09:30', zone='Europe/Amsterdam', dur=60,
          iv=['Henk Dijkstra', 'Sophie Lammers'], niv=['Femke Jansen'], notes='Moved off Koningsdag; old slot in text; Dutch Windows long TZID; SEQUENCE:1.')),

dict(id='nl-08', lang='nl', client='gmail', uz='Europe/Amsterdam', now=(2028, 6, 13, 19, 2), odate=(2028, 6, 13, 14, 20),
 user=U, ofrom=('Coöperatie Zuidvrucht - Recruitment', 'werken@zuidvrucht.nl'),
 subj='Terugkoppeling sollicitatie Inkoper AGF',
 note='jammer',
 body='''Beste Femke,

Hartelijk dank voor je sollicitatie en de prettige gesprekken die we met je hebben gevoerd.

Helaas moeten we je laten weten dat we hebben gekozen voor een andere kandidaat, met meer ervaring in de inkoop van zachtfruit. Het was een nek-aan-nekrace.

We wensen je veel succes met je verdere zoektocht.

Met vriendelijke groet,
Team Recruitment
Coöperatie Zuidvrucht''',
 exp=dict(kind='rejection', company='Coöperatie Zuidvrucht', alts=['Zuidvrucht'], role='Inkoper AGF', niv=['Femke Jansen'], notes='Rejection.')),

dict(id='nl-09', lang='nl', client='apple', uz='Europe/Brussels', now=(2028, 6, 27, 21, 15), odate=(2028, 6, 27, 17, 0),
 user=UB, ofrom=('Lotte Peeters', 'lotte.peeters@lumenza.be'), html=True,
 subj='Aanbod – Senior Data Engineer',
 body='''Dag Pieter,

Na de fijne gesprekken met het team zijn we blij je de functie van Senior Data Engineer bij Lumenza aan te bieden.

- Start: 1 september 2028
- Brutomaandloon: € 5.350, plus maaltijdcheques en hospitalisatieverzekering
- Bedrijfswagen of mobiliteitsbudget

Het contract zit in bijlage. We ontvangen graag uiterlijk 7 juli je reactie.

Hartelijke groet,
Lotte Peeters
Talent Lead, Lumenza''',
 exp=dict(kind='offer', company='Lumenza', role='Senior Data Engineer', niv=['Lotte Peeters', 'Pieter Claes'], notes='Offer; 7 July candidate deadline.')),

dict(id='nl-10', lang='nl', client='outlook', uz='Europe/Amsterdam', now=(2028, 5, 8, 8, 55), odate=(2028, 5, 5, 12, 0),
 user=U, ofrom=('Hogeschool Amstelland', 'vacatures@hs-amstelland.example'), html=True,
 subj='Ontvangstbevestiging sollicitatie Docent Informatica',
 body='''Beste Femke,

Bedankt voor je sollicitatie naar de functie Docent Informatica (0,8 fte) bij Hogeschool Amstelland.

De selectiecommissie beoordeelt alle brieven na het sluiten van de vacature. De selectiegesprekken vinden plaats in week 25. Je hoort uiterlijk twee weken na de sluitingsdatum of je wordt uitgenodigd.

Met vriendelijke groet,
Dienst HRM, Hogeschool Amstelland''',
 exp=dict(kind='not-interview', company='Hogeschool Amstelland', role='Docent Informatica', niv=['Femke Jansen'], notes='Acknowledgement; "week 25" interviews are bait.')),

dict(id='nl-11', lang='nl', client='gmail', uz='Europe/Amsterdam', now=(2028, 6, 15, 7, 45), odate=(2028, 6, 15, 6, 0),
 user=U, ofrom=('Vacaturebank Direct', 'alerts@vacaturebankdirect.example'), html=True,
 subj='8 nieuwe vacatures voor "operations manager"',
 body='''Hoi Femke,

Er zijn 8 nieuwe vacatures die passen bij je zoekopdracht "operations manager" in Amsterdam e.o.

- Operations Manager – Groenland Catering (Amsterdam)
- Manager Operations – Kade Logistiek (Schiphol)

Gratis online workshop: "Je LinkedIn-profiel in 30 minuten op orde"
{wd:2028-06-20} 20 juni, 19.30 uur, met loopbaancoach Merel Bosman

Je ontvangt deze mail omdat je een zoekopdracht hebt opgeslagen.''',
 exp=dict(kind='not-interview', company=None, role=None, niv=['Merel Bosman', 'Femke Jansen'], notes='Job alert; workshop time bait.')),
]
items.append(dict(id='nl-12', lang='nl', client='gmail', uz='Europe/Amsterdam', now=(2028, 3, 7, 20, 14), odate=(2028, 3, 7, 16, 58),
 user=U, ofrom=('Wouter Hendriks', 'w.hendriks@tulpenzonen.nl'),
 subj='Re: Sollicitatie assistent-accountant',
 note='deze is bevestigd',
 body="""Top, dan zien we je vrijdag om 10.00 uur bij ons op kantoor (Stationsplein 3, Amersfoort).

Groet,
Wouter

Op di 7 mrt 2028 om 14:21 schreef Femke Jansen <femke.jansen@ziggo.nl>:
> Hoi Wouter, vrijdag komt mij het beste uit.
>
> Op ma 6 mrt 2028 om 11:03 schreef Wouter Hendriks <w.hendriks@tulpenzonen.nl>:
>> Beste Femke,
>>
>> Bedankt voor je sollicitatie als assistent-accountant bij Tulp & Zonen Accountants. Zou donderdag 9 maart om 14.00 uur of vrijdag 10 maart om 10.00 uur je schikken? We trekken er een uur voor uit. Je spreekt met mij en met onze partner Ingrid Veldkamp.
>>
>> Met vriendelijke groet,
>> Wouter Hendriks
>> Teamleider Samenstelpraktijk""",
 exp=dict(kind='invite', company='Tulp & Zonen Accountants', alts=['Tulp & Zonen'], role='Assistent-accountant', start='2028-03-10T10:00', zone='Europe/Amsterdam', dur=60,
          iv=['Wouter Hendriks', 'Ingrid Veldkamp'], niv=['Femke Jansen'],
          notes='Reply chain: two slots proposed, Friday 10 March 10.00 chosen and confirmed; duration and panel only in the quoted original.')))
if __name__ == '__main__':
    write(items)
