SRC = r"""
2031-03-11T13:00:00|Europe/Vienna|Lindwurm Logistik GmbH|thank-you|thanked|-|-|-|-|-|hab mich bei frau hofbauer schon bedankt 👍
2031-04-15T18:30:00|-|Brenner & Söhne Haustechnik GmbH|thank-you|thanked|-|-|-|-|-|Dankesmail an Herrn Brenner und Frau Schulte ist raus
2031-02-03T12:10:00|-|Seeblick Software GmbH|thank-you|thanked|-|-|-|-|-|jo hab lena direkt nach dem call auf linkedin geschrieben und mich bedankt
2031-03-19T09:00:00|-|Nordlicht Energie AG|follow-up-1|followed-up|-|-|-|-|-|hab grad beim herrn ritter angerufen und nachgehakt
2031-05-28T10:00:00|Europe/Zurich|Alpenfirn Versicherungen AG|follow-up-1|followed-up|-|-|-|-|-|Nachfass-Mail an Frau Meier geschickt
2031-04-01T17:00:00|-|Cascade Biotech Inc.|follow-up-2|followed-up|-|-|-|-|-|hab nochmal nachgefragt, diesmal auf englisch 🙈
2031-03-11T14:00:00|Europe/Vienna|Lindwurm Logistik GmbH|thank-you|decision-date|2031-03-14|-|-|wd:fri|-|sie melden sich bis freitag
2031-04-15T17:45:00|-|Brenner & Söhne Haustechnik GmbH|thank-you|decision-date|2031-04-25|-|-|eonw|-|Herr Brenner meinte, bis Ende nächster Woche wissen sie Bescheid
2031-05-21T16:00:00|Europe/Zurich|Alpenfirn Versicherungen AG|thank-you|decision-date|2031-06-03|-|-|abs|T|vor pfingsten entscheiden die nix mehr, frühestens am 3. juni
2031-02-03T15:00:00|-|Seeblick Software GmbH|thank-you|decision-date|2031-02-17|-|-|+14|T|noch keine Entscheidung, Timo sagt in 14 Tagen gibts Feedback
2031-05-14T13:00:00|-|Pfefferkorn Bäckereien GmbH & Co. KG|thank-you|decision-date|2031-05-23|-|-|abs|-|Frau Wolf hat nochmal gesagt spätestens am 23. wissen sie's
2031-06-13T11:00:00|-|Stadtwerke Lindenau GmbH|thank-you|decision-date|2031-06-20|-|-|abs|T|Frau Kaiser: Entscheidung erst am 20. Juni, vorher wird das nix
2031-03-20T10:00:00|-|Cascade Biotech Inc.|thank-you|decision-date|2031-04-15|-|-|mid:4|T|heather hat sich gemeldet, noch keine entscheidung. sie melden sich mitte april
2031-03-25T12:00:00|Europe/Vienna|Lindwurm Logistik GmbH|follow-up-1|heard-back|-|-|-|-|T|frau hofbauer hat angerufen, sind noch in gesprächen, nix neues
2031-03-10T09:30:00|-|Rheinperle Medien GmbH|follow-up-1|heard-back|-|-|-|-|T|Die Redaktion hat sich gemeldet, aber nur dass es nach Karneval noch etwas dauert
2031-03-07T16:30:00|-|Nordlicht Energie AG|thank-you|next-round|2031-03-20|10:30|-|abs|-|zweite runde!! vor ort in hamburg am donnerstag 20.3. um 10:30
2031-02-25T15:00:00|-|Rheinperle Medien GmbH|thank-you|next-round|2031-03-05|09:00|-|abs|-|Probetag ist am Mittwoch, 5.3., ab 9 Uhr
2031-04-10T16:20:00|Europe/Vienna|Donauwelle Reisen GmbH|thank-you|next-round|2031-04-15|09:30|-|wd:tue|-|nächste runde mit dem chef, dienstag um halb 10
2031-05-14T18:00:00|-|Pfefferkorn Bäckereien GmbH & Co. KG|thank-you|next-round|2031-05-27|14:00|-|abs|-|Zweitgespräch mit der Regionalleitung am 27.5. um 14 uhr
2031-03-21T09:00:00|-|Cascade Biotech Inc.|follow-up-1|offer|-|-|offer|-|-|ZUSAGE von cascade!!! 🥳
2031-06-16T12:00:00|-|Stadtwerke Lindenau GmbH|follow-up-1|offer|-|-|offer|-|-|Hab den Vertrag angeboten bekommen, fange im August an
2031-02-17T19:00:00|-|Seeblick Software GmbH|follow-up-1|rejected|-|-|rejected|-|-|absage bekommen. schade
2031-05-30T08:40:00|Europe/Zurich|Alpenfirn Versicherungen AG|follow-up-1|rejected|-|-|rejected|-|-|Die haben sich für jemand internen entschieden, also leider nein
2031-04-22T20:00:00|Europe/Vienna|Donauwelle Reisen GmbH|digest|rejected|-|-|rejected|-|-|donauwelle hat mir abgesagt
2031-04-14T08:00:00|-|Brenner & Söhne Haustechnik GmbH|prep|withdrawn|-|-|withdrawn|-|-|ich sag das gespräch ab, hab mich umentschieden
2031-03-05T13:00:00|-|Isartal Versicherung AG|digest|withdrawn|-|-|withdrawn|-|-|hab meine bewerbung bei isartal zurückgezogen
2031-03-28T08:00:00|-|Nordlicht Energie AG|follow-up-1|snooze|-|-|-|-|T|noch nix gehört, erinner mich nächste woche nochmal
2031-04-09T07:30:00|-|Brenner & Söhne Haustechnik GmbH|prep|snooze|2031-04-14|-|-|abs|-|erinner mich am ostermontag abend dran
2031-06-04T17:00:00|-|Stadtwerke Lindenau GmbH|prep|snooze|2031-06-07|-|-|+3|-|erinnere mich in 3 tagen
2031-05-23T10:00:00|-|Pfefferkorn Bäckereien GmbH & Co. KG|follow-up-1|snooze|2031-06-03|-|-|abs|-|schieb das auf den dienstag nach pfingsten
2031-04-22T20:05:00|Europe/Vienna|Donauwelle Reisen GmbH|digest|undo|-|-|-|-|-|ups, rückgängig bitte, war die falsche firma
2031-06-02T10:00:00|-|Seeblick Software GmbH|move-on|reopen|-|-|-|-|T|seeblick hat sich doch nochmal gemeldet, bitte wieder aufmachen
2031-03-04T08:00:00|Europe/Vienna|Lindwurm Logistik GmbH|confirmation|correct|-|10:30|-|-|-|stimmt nicht ganz, ist um 10:30 nicht um 10
2031-05-06T21:30:00|-|Pfefferkorn Bäckereien GmbH & Co. KG|confirmation|correct|-|-|-|-|-|Die Stelle heißt Filialleitung Hannover-List, nicht nur Filialleitung
2031-02-16T20:00:00|-|-|digest|status|-|-|-|-|-|was ist gerade alles offen bei mir?
2031-05-18T11:00:00|-|-|digest|export|-|-|-|-|-|kannst du mir ne excel liste mit allen bewerbungen schicken
2031-01-28T19:00:00|-|-|confirmation|help|-|-|-|-|-|Was kann ich dir eigentlich alles schreiben?
2031-02-20T09:00:00|-|Vektorwerk Automation GmbH|confirmation|forget|-|-|-|-|-|das ist keine bewerbung, bitte löschen
2031-03-06T20:00:00|-|Nordlicht Energie AG|prep|none|-|-|-|-|-|was soll ich die am ende fragen? 🤔
2031-05-15T09:00:00|Europe/Zurich|Alpenfirn Versicherungen AG|prep|none|-|-|-|-|T|Meine Kollegin hat von Alpenfirn eine Zusage bekommen, aber für ne andere Stelle
2031-04-24T13:00:00|-|Grünfeld Pharma GmbH|digest|none|-|-|-|-|T|mein aktueller chef will mich halten und bietet 5k mehr 😅
2031-03-10T10:00:00|-|Rheinperle Medien GmbH|follow-up-1|none|-|-|-|-|T|immer noch keine absage, die hoffnung lebt
2031-03-12T22:00:00|-|Cascade Biotech Inc.|prep|none|-|-|-|-|T|falls die mir absagen, bewerb ich mich halt in london
2031-04-02T18:00:00|-|-|digest|none|-|-|-|-|T|die wohnung in der südstadt hat mir abgesagt, nervig
2031-06-14T09:00:00|-|Stadtwerke Lindenau GmbH|thank-you|none|-|-|-|-|T|Herr Aigner hat gefragt ob ich mal auf nen Kaffee vorbeikomm, was heißt das?
2031-02-04T08:30:00|-|Seeblick Software GmbH|thank-you|none|-|-|-|-|-|mach ich heute abend
2031-05-15T17:00:00|-|Pfefferkorn Bäckereien GmbH & Co. KG|thank-you|none|-|-|-|-|T|haben die mich jetzt genommen oder nicht, was meinst du
2031-03-31T19:00:00|-|Nordlicht Energie AG|follow-up-1|none|-|-|-|-|T|klar, die haben mir natürlich sofort ne Zusage geschickt… nicht. Null Reaktion
2031-01-29T07:45:00|-|Seeblick Software GmbH|confirmation|none|-|-|-|-|-|passt so, danke!
2031-01-24T12:00:00|-|Möwenwerft Kiel GmbH|digest|none|-|-|-|-|T|Möwenwerft hat meinem Kumpel auch abgesagt lol
"""
