from rcommon import mk
REPLIES, R = mk()
AMS, BRU = 'Europe/Amsterdam', 'Europe/Brussels'
VD, SP, MA, AZ, KP, NE, FZ, PM, HW, DB = ('Van Dijk Installatietechniek B.V.', 'Scheldeport Logistics NV', 'Maasbouw Aannemers B.V.', 'Amstel Zorgverzekeraar',
    'Kempen Photonics B.V.', 'Noorderzon Energie', 'Fietsfabriek Zwolle', 'Advocatenkantoor Peeters & Maes', 'Hofstad Woningcorporatie', 'Dijlevallei Biotech')
# thanked
R('2030-10-15T16:30', AMS, VD, 'thank-you', 'bedankmailtje naar peter en marloes gestuurd', 'thanked')
R('2030-09-12T12:00', BRU, SP, 'thank-you', 'lotte bedankt via mail, check ✔️', 'thanked')
R('2030-12-03T13:15', AMS, FZ, 'thank-you', 'heb daan een bedankje gestuurd op linkedin', 'thanked')
# followed-up
R('2030-11-12T10:00', AMS, AZ, 'follow-up-1', 'iris gemaild om te vragen hoe het ervoor staat', 'followed-up')
R('2030-12-02T09:30', AMS, KP, 'follow-up-1', 'ruben gebeld, hij gaat navragen bij kempen', 'followed-up')
R('2030-11-25T14:00', BRU, DB, 'follow-up-2', 'nog eens gemaild naar hanne. als het nee is hoor ik het liever gewoon', 'followed-up', T=True)
# decision-date
R('2030-10-16T09:00', AMS, VD, 'thank-you', 'ze laten vrijdag weten of ik door ben', 'decision-date', '2030-10-18', chk='wd:fri')
R('2030-09-13T17:00', BRU, SP, 'thank-you', 'lotte zegt: beslissing tegen eind volgende week', 'decision-date', '2030-09-20', chk='eonw')
R('2030-08-27T10:30', AMS, MA, 'thank-you', 'henk belt me over 10 dagen terug met een besluit', 'decision-date', '2030-09-06', chk='+10')
R('2030-11-23T11:00', AMS, KP, 'thank-you', 'kempen heeft het uitgesteld, pas op 6 december een besluit', 'decision-date', '2030-12-06', chk='abs', T=True)
R('2030-10-31T08:45', AMS, AZ, 'thank-you', 'uitslag half november volgens iris', 'decision-date', '2030-11-15', chk='mid:11')
R('2030-12-12T18:00', BRU, PM, 'thank-you', 'meester maes beslist maandag', 'decision-date', '2030-12-16', chk='wd:mon')
R('2030-12-07T10:00', AMS, HW, 'thank-you', 'nog geen ja of nee, ze beslissen eind van de maand', 'decision-date', '2030-12-31', chk='eom', T=True)
# heard-back
R('2030-07-18T15:00', AMS, NE, 'follow-up-1', 'gerrit belde om referenties op te vragen, nog geen aanbod', 'heard-back', T=True)
R('2030-11-08T13:00', BRU, DB, 'thank-you', 'hanne heeft gemaild, nog niks beslist, ze praten nog met andere kandidaten', 'heard-back', T=True)
# next-round
R('2030-10-17T12:00', AMS, VD, 'thank-you', 'tweede gesprek! woensdag om 10 uur met de directeur', 'next-round', '2030-10-23', '10:00', chk='wd:wed')
R('2030-09-16T08:30', BRU, SP, 'thank-you', 'ze willen me terugzien op 24 september om 13u30', 'next-round', '2030-09-24', '13:30', chk='abs')
R('2030-08-28T19:00', AMS, MA, 'thank-you', "nog een rondje op de bouwplaats, volgende week dinsdag om half 8 's ochtends", 'next-round', '2030-09-03', '07:30', chk='nwd:tue')
R('2030-12-04T17:00', AMS, FZ, 'thank-you', 'case-presentatie maandag 9 december om 14:00', 'next-round', '2030-12-09', '14:00', chk='abs')
# offer
R('2030-11-29T16:00', AMS, KP, 'follow-up-1', 'AANBOD BINNEN van kempen photonics!!! 🥳', 'offer')
R('2030-09-20T18:00', BRU, SP, 'follow-up-1', 'scheldeport heeft me de job aangeboden, ik zeg ja', 'offer')
# rejected
R('2030-10-21T12:30', AMS, VD, 'follow-up-1', 'afgewezen door van dijk. jammer', 'rejected')
R('2030-11-16T09:00', BRU, DB, 'follow-up-1', 'dijlevallei heeft voor iemand anders gekozen', 'rejected')
R('2030-12-16T19:00', BRU, PM, 'follow-up-1', 'het is een nee geworden bij peeters & maes', 'rejected')
# withdrawn
R('2030-12-05T21:30', AMS, HW, 'prep', 'ik trek me terug bij hofstad, heb yvonne al gemaild', 'withdrawn')
R('2030-10-28T08:00', AMS, AZ, 'prep', 'ik ga niet meer naar amstel zorg, heb elders getekend', 'withdrawn')
# snooze
R('2030-10-22T09:00', AMS, VD, 'follow-up-1', 'herinner me morgen nog even', 'snooze', '2030-10-23', chk='tmrw')
R('2030-09-18T12:00', BRU, SP, 'follow-up-1', 'stuur me donderdag nog een seintje', 'snooze', '2030-09-19', chk='wd:thu')
R('2030-08-09T08:00', AMS, MA, 'prep', 'na de bouwvak pas, nu even niet', 'snooze')
R('2030-12-09T10:00', AMS, FZ, 'follow-up-1', 'nog geen aanbod, vraag het over 4 dagen nog eens', 'snooze', '2030-12-13', chk='+4', T=True)
# undo / reopen / correct
R('2030-11-29T16:05', AMS, KP, 'digest', 'oeps, maak dat laatste ongedaan', 'undo')
R('2030-09-10T10:00', AMS, 'Zuidas Consultancy', 'digest', 'kun je zuidas weer openzetten? ze hebben toch weer contact gezocht', 'reopen', T=True)
R('2030-10-07T09:00', AMS, VD, 'confirmation', 'klopt niet, het is om 14.30 uur', 'correct', None, '14:30')
R('2030-11-26T12:00', AMS, FZ, 'confirmation', 'de functie heet Online Marketeer, niet e-commerce', 'correct')
# commands
R('2030-10-02T20:00', AMS, None, 'digest', 'overzicht van al mijn sollicitaties graag', 'status')
R('2030-11-30T10:00', BRU, None, 'digest', 'kan je alles in een excelletje zetten en doorsturen?', 'export')
R('2030-07-16T21:00', AMS, None, 'digest', 'wat kan ik allemaal tegen je zeggen?', 'help')
R('2030-10-28T13:00', AMS, 'Rijnmond Ziekenhuis', 'confirmation', 'rijnmond is gewoon een open dag, mag weg', 'forget')
# none
R('2030-11-22T08:00', AMS, KP, 'prep', 'zin in! pak gestreken 👔', 'none')
R('2030-12-10T20:00', BRU, PM, 'prep', 'moet ik mijn diploma meenemen denk je?', 'none', T=True)
R('2030-10-31T19:00', AMS, AZ, 'follow-up-1', 'mijn zus heeft een aanbod gekregen bij amstel zorg haha', 'none', T=True)
R('2030-08-27T08:00', AMS, MA, 'thank-you', 'als ze me aannemen moet ik wel verhuizen', 'none', T=True)
R('2030-12-10T12:00', AMS, HW, 'follow-up-1', 'nog steeds geen afwijzing, dus wie weet', 'none', T=True)
R('2030-09-30T18:00', BRU, None, 'digest', 'ons bod op het huis in gent is afgewezen 😩', 'none', T=True)
R('2030-11-05T15:00', BRU, DB, 'thank-you', 'jef bood me koffie aan en liet het lab zien, leuk', 'none', T=True)
R('2030-07-22T19:30', AMS, NE, 'follow-up-1', 'mijn huidige werkgever doet een tegenbod, lastig', 'none', T=True)
R('2030-12-02T22:00', AMS, FZ, 'prep', 'bang dat ze me te junior vinden', 'none', T=True)
R('2030-07-15T16:30', AMS, NE, 'confirmation', 'top, dank je', 'none')
R('2030-12-05T08:00', AMS, 'De Groene Bakkerij B.V.', 'digest', 'tot wanneer had ik om te reageren op dat aanbod?', 'none', T=True)
R('2030-12-06T13:00', AMS, HW, 'prep', 'nog een beetje brak van pakjesavond, hopelijk wijzen ze me niet meteen af', 'none', T=True)
