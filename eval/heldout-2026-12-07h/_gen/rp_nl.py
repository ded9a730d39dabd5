SRC = r"""
2031-03-11T16:00:00|-|Tulpenveld Logistiek B.V.|thank-you|thanked|-|-|-|-|-|bedankmailtje naar sanne gestuurd
2031-04-23T13:00:00|Europe/Brussels|Schelde Engineering NV|thank-you|thanked|-|-|-|-|-|heb els en jan een bedankingsmail gestuurd
2031-02-06T17:00:00|-|Fietsfabriek Oranje B.V.|thank-you|thanked|-|-|-|-|-|gedaan, daan bedankt via linkedin 👍
2031-05-26T10:00:00|-|Gemeente Waterdam|follow-up-1|followed-up|-|-|-|-|-|heb lotte gemaild om te vragen hoe het ervoor staat
2031-04-07T09:00:00|-|Havenbedrijf Noordkade|follow-up-1|followed-up|-|-|-|-|-|Bas van het bureau gebeld, hij gaat het navragen
2031-05-13T11:00:00|-|Kaasmakerij De Graaf|follow-up-2|followed-up|-|-|-|-|T|nog een keer nagebeld bij fleur, nog steeds niks
2031-03-11T17:00:00|-|Tulpenveld Logistiek B.V.|thank-you|decision-date|2031-03-13|-|-|wd:thu|-|ze laten donderdag weten of ik door ben
2031-04-23T14:00:00|Europe/Brussels|Schelde Engineering NV|thank-you|decision-date|2031-05-02|-|-|eonw|-|ze beslissen tegen het einde van volgende week
2031-05-12T13:00:00|-|Gemeente Waterdam|thank-you|decision-date|2031-05-23|-|-|abs|T|nog geen besluit, de commissie beslist pas op de 23e
2031-02-06T18:00:00|-|Fietsfabriek Oranje B.V.|thank-you|decision-date|2031-02-11|-|-|+5|T|nog geen uitslag; over 5 dagen hoor ik het, zei daan
2031-03-28T12:00:00|-|Havenbedrijf Noordkade|thank-you|decision-date|2031-04-15|-|-|mid:4|-|marieke zei dat ik half april uitsluitsel krijg
2031-04-29T15:00:00|-|Kaasmakerij De Graaf|thank-you|decision-date|2031-05-31|-|-|eom:5|T|nog niks besloten, ze hakken de knoop pas eind mei door
2031-06-12T12:30:00|-|Studio Polder|thank-you|decision-date|2031-06-16|-|-|wd:mon|-|joost laat maandag weten of het wat wordt
2031-03-03T10:00:00|-|Dijkstra Accountants|follow-up-1|heard-back|-|-|-|-|T|erik belde terug, ze twijfelen nog, geen datum
2031-02-03T09:00:00|Europe/Brussels|Brouwerij De Klok|follow-up-1|heard-back|-|-|-|-|T|lies heeft gemaild, nog niks beslist maar ze houdt me op de hoogte
2031-03-11T18:00:00|-|Tulpenveld Logistiek B.V.|thank-you|next-round|2031-03-14|14:30|-|wd:fri|-|tweede gesprek! vrijdag om half 3
2031-05-21T17:00:00|-|Zorggroep Lindehof|thank-you|next-round|2031-05-27|07:30|-|abs|-|meeloopdienst op dinsdag 27 mei om 7.30 uur
2031-02-19T12:00:00|-|Dijkstra Accountants|thank-you|next-round|2031-03-04|11:00|-|abs|-|tweede ronde met de andere partner, 4 maart 11 uur
2031-01-23T16:00:00|Europe/Brussels|Brouwerij De Klok|thank-you|next-round|2031-01-27|09:00|-|wd:mon|-|ik mag terugkomen voor een proefdag, maandag om 9u
2031-04-04T10:00:00|-|Havenbedrijf Noordkade|digest|offer|-|-|offer|-|-|AANGENOMEN bij noordkade!!!
2031-06-17T09:00:00|-|Studio Polder|follow-up-1|offer|-|-|offer|-|-|ik heb een aanbod gekregen van studio polder 🥳
2031-03-18T19:00:00|-|Tulpenveld Logistiek B.V.|follow-up-1|rejected|-|-|rejected|-|-|afgewezen helaas
2031-02-14T12:00:00|-|Fietsfabriek Oranje B.V.|follow-up-1|rejected|-|-|rejected|-|-|ze hebben voor iemand anders gekozen
2031-05-16T20:00:00|-|Kaasmakerij De Graaf|digest|rejected|-|-|rejected|-|-|de graaf heeft me afgewezen
2031-05-20T08:00:00|-|Zorggroep Lindehof|prep|withdrawn|-|-|withdrawn|-|-|ik trek me terug, heb al een andere baan
2031-02-18T10:00:00|-|Dijkstra Accountants|prep|withdrawn|-|-|withdrawn|-|-|heb erik laten weten dat ik afzie van de functie
2031-04-25T09:00:00|-|Gemeente Waterdam|prep|snooze|2031-05-05|-|-|abs|-|herinner me na de meivakantie, maandag 5 mei
2031-03-21T13:00:00|-|Havenbedrijf Noordkade|prep|snooze|2031-03-25|-|-|wd:tue|-|stuur me dinsdag nog een reminder
2031-06-13T09:00:00|-|Studio Polder|follow-up-1|snooze|2031-06-20|-|-|+7|-|over een week nog eens vragen
2031-02-24T09:00:00|Europe/Brussels|Brouwerij De Klok|follow-up-1|snooze|-|-|-|-|T|later, nog niks gehoord
2031-05-16T20:03:00|-|Kaasmakerij De Graaf|digest|undo|-|-|-|-|-|oeps, maak dat ongedaan, verkeerd bedrijf
2031-04-03T11:00:00|-|Waddenzee Verzekeringen|move-on|reopen|-|-|-|-|T|kun je waddenzee weer openzetten? ze hebben toch nog een plek
2031-03-05T08:00:00|-|Tulpenveld Logistiek B.V.|confirmation|correct|-|14:30|-|-|-|het is om 14.30 uur, niet 14.00
2031-04-16T08:00:00|Europe/Brussels|Schelde Engineering NV|confirmation|correct|2031-04-24|-|-|abs|-|het gesprek is op donderdag 24 april, niet woensdag
2031-03-09T20:00:00|-|-|digest|status|-|-|-|-|-|hoe staat alles ervoor?
2031-05-30T11:00:00|-|-|digest|export|-|-|-|-|-|kun je een excelletje maken van al mijn sollicitaties
2031-01-31T18:00:00|-|-|confirmation|help|-|-|-|-|-|wat kan ik allemaal tegen je zeggen
2031-03-27T13:00:00|-|Bouwbedrijf Van Leeuwen|confirmation|forget|-|-|-|-|-|gooi deze maar weg, is geen sollicitatie
2031-03-10T21:00:00|-|Tulpenveld Logistiek B.V.|prep|none|-|-|-|-|-|moet ik een pak aan of is dat overdreven
2031-04-30T10:00:00|Europe/Brussels|Schelde Engineering NV|digest|none|-|-|-|-|T|mijn broer is aangenomen bij schelde engineering, grappig he
2031-05-12T18:00:00|-|Duinwater Techniek B.V.|digest|none|-|-|-|-|T|mijn huidige baas doet een tegenbod, pff
2031-05-19T10:00:00|-|Gemeente Waterdam|follow-up-1|none|-|-|-|-|T|nog geen afwijzing dus nog kans
2031-06-12T14:00:00|-|Studio Polder|thank-you|none|-|-|-|-|T|als ze me aannemen trakteer ik
2031-04-11T16:00:00|-|-|digest|none|-|-|-|-|T|huurhuis in utrecht afgewezen, alweer
2031-04-30T10:30:00|-|Kaasmakerij De Graaf|thank-you|none|-|-|-|-|T|wim vroeg of ik een keer koffie kom drinken, wat moet ik daarmee?
2031-02-06T16:30:00|-|Fietsfabriek Oranje B.V.|thank-you|none|-|-|-|-|-|doe ik vanavond
2031-03-29T12:00:00|-|Havenbedrijf Noordkade|thank-you|none|-|-|-|-|T|ze hebben me meteen aangenomen haha nee grapje, niks gehoord
2031-02-13T11:00:00|-|Dijkstra Accountants|confirmation|none|-|-|-|-|-|top, dank je
2031-03-27T09:00:00|-|Waddenzee Verzekeringen|digest|none|-|-|-|-|T|waddenzee heeft mijn collega ook afgewezen
2031-05-14T09:00:00|-|Zorggroep Lindehof|confirmation|none|-|-|-|-|T|moet ik zelf bellen of belt zij mij?
"""
