SRC = r"""
2031-03-18T18:00:00|-|Mobilificio Valsecchi S.r.l.|thank-you|thanked|-|-|-|-|-|mail di ringraziamento inviata alla dott.ssa bianchi
2031-04-16T15:00:00|-|Oleificio Santoro|thank-you|thanked|-|-|-|-|-|ho scritto a giuseppe per ringraziarlo, fatto
2031-06-05T11:00:00|-|Lanificio Ortensia S.p.A.|thank-you|thanked|-|-|-|-|-|ringraziato marchetti su linkedin ✌️
2031-05-12T10:00:00|-|Banca Popolare dei Colli|follow-up-1|followed-up|-|-|-|-|-|ho sollecitato silvia conti per email
2031-02-25T09:00:00|Europe/Zurich|Farmaceutica Ceresio SA|follow-up-1|followed-up|-|-|-|-|-|Ho chiamato Chiara dell'agenzia per chiedere novità
2031-04-07T10:00:00|-|Vetreria Murano Blu|follow-up-2|followed-up|-|-|-|-|T|secondo sollecito mandato, ancora silenzio
2031-03-18T17:00:00|-|Mobilificio Valsecchi S.r.l.|thank-you|decision-date|2031-03-20|-|-|wd:thu|-|mi fanno sapere giovedì
2031-04-16T13:00:00|-|Oleificio Santoro|thank-you|decision-date|2031-04-25|-|-|eonw|-|mi ha detto che decide entro la fine della settimana prossima
2031-04-28T16:00:00|-|Banca Popolare dei Colli|thank-you|decision-date|2031-05-09|-|-|abs|T|niente decisione prima del 9 maggio, l'hanno ribadito
2031-03-10T15:30:00|-|Cantiere Navale Adriatico|thank-you|decision-date|2031-03-20|-|-|+10|T|nessuna risposta ancora, stefano dice che tra 10 giorni mi fanno sapere
2031-02-14T13:00:00|Europe/Zurich|Farmaceutica Ceresio SA|thank-you|decision-date|2031-03-15|-|-|mid:3|-|il dott. rossi ha detto che decidono a metà marzo
2031-05-08T17:00:00|-|Edizioni Lagunari|thank-you|decision-date|2031-05-31|-|-|eom|T|ancora niente, elena mi farà sapere entro fine mese
2031-06-04T18:30:00|-|Assicurazioni Dolomiti|thank-you|decision-date|2031-06-09|-|-|wd:mon|-|galli mi richiama lunedì per dirmi com'è andata
2031-03-25T12:00:00|-|Vetreria Murano Blu|follow-up-1|heard-back|-|-|-|-|T|giorgia mi ha risposto, stanno ancora valutando, nessuna data
2031-02-03T10:00:00|-|Pasticceria Gambino|follow-up-1|heard-back|-|-|-|-|T|nino mi ha richiamato ma niente di deciso
2031-03-18T19:00:00|-|Mobilificio Valsecchi S.r.l.|thank-you|next-round|2031-03-21|09:00|-|wd:fri|-|secondo colloquio col titolare venerdì alle 9
2031-04-28T18:00:00|-|Banca Popolare dei Colli|thank-you|next-round|2031-05-06|11:00|-|abs|-|mi hanno richiamato per il secondo colloquio, 6 maggio alle 11
2031-01-24T13:00:00|-|Pasticceria Gambino|thank-you|next-round|2031-01-28|05:00|-|wd:tue|-|prova superata, mi rivuole martedì alle 5 del mattino per un turno di prova
2031-03-20T17:45:00|-|Vetreria Murano Blu|thank-you|next-round|2031-04-02|14:30|-|abs|-|colloquio finale in vetreria a murano il 2 aprile ore 14:30
2031-04-30T19:00:00|-|Oleificio Santoro|follow-up-1|offer|-|-|offer|-|-|mi hanno preso!!! 🫒
2031-06-12T10:00:00|-|Lanificio Ortensia S.p.A.|digest|offer|-|-|offer|-|-|ho ricevuto la proposta dal lanificio
2031-03-28T18:00:00|-|Mobilificio Valsecchi S.r.l.|follow-up-1|rejected|-|-|rejected|-|-|mi hanno scartato, peccato
2031-05-20T12:00:00|-|Edizioni Lagunari|digest|rejected|-|-|rejected|-|-|lagunari mi ha detto di no
2031-02-28T09:00:00|Europe/Zurich|Farmaceutica Ceresio SA|follow-up-1|rejected|-|-|rejected|-|-|hanno scelto un altro candidato
2031-06-03T09:00:00|-|Assicurazioni Dolomiti|prep|withdrawn|-|-|withdrawn|-|-|annullo il colloquio, non mi interessa più fare l'agente
2031-03-09T20:00:00|-|Cantiere Navale Adriatico|prep|withdrawn|-|-|withdrawn|-|-|ho ritirato la candidatura, il cantiere è troppo lontano
2031-04-23T09:00:00|-|Banca Popolare dei Colli|prep|snooze|2031-04-28|-|-|wd:mon|-|ricordamelo dopo il ponte, lunedì mattina
2031-05-15T10:00:00|-|Edizioni Lagunari|follow-up-1|snooze|2031-05-19|-|-|+4|-|ricordamelo tra 4 giorni
2031-06-06T09:00:00|-|Lanificio Ortensia S.p.A.|follow-up-1|snooze|2031-06-11|-|-|wd:wed|-|riscrivimi mercoledì
2031-02-10T09:00:00|-|Pasticceria Gambino|follow-up-1|snooze|-|-|-|-|T|non adesso, ancora nessuna notizia
2031-05-20T12:02:00|-|Edizioni Lagunari|digest|undo|-|-|-|-|-|annulla l'ultima modifica, ho sbagliato
2031-02-20T11:00:00|-|Caseificio Alpino|move-on|reopen|-|-|-|-|T|riapri caseificio alpino, mi hanno richiamato per un'altra posizione
2031-03-11T09:00:00|-|Mobilificio Valsecchi S.r.l.|confirmation|correct|-|15:30|-|-|-|l'orario è sbagliato, è alle 15:30
2031-03-04T13:00:00|-|Cantiere Navale Adriatico|confirmation|correct|-|-|-|-|-|il ruolo è Disegnatore CAD 3D, correggi
2031-04-13T20:00:00|-|-|digest|status|-|-|-|-|-|a che punto sono le mie candidature?
2031-06-18T10:00:00|-|-|digest|export|-|-|-|-|-|mi mandi un excel con tutto?
2031-01-22T09:00:00|-|-|confirmation|help|-|-|-|-|-|come funziona? cosa posso scriverti
2031-03-05T11:00:00|-|Meccanica Brembana S.p.A.|confirmation|forget|-|-|-|-|-|cancella questa, è solo un evento
2031-03-17T22:00:00|-|Mobilificio Valsecchi S.r.l.|prep|none|-|-|-|-|-|cosa mi metto domani? giacca e cravatta?
2031-05-05T10:00:00|-|Banca Popolare dei Colli|digest|none|-|-|-|-|T|hanno assunto il mio ex collega alla popolare dei colli, che invidia
2031-06-11T18:00:00|-|Gruppo Sirena Trasporti|digest|none|-|-|-|-|T|la mia azienda attuale mi ha fatto una controproposta, non so
2031-03-31T10:00:00|-|Vetreria Murano Blu|follow-up-1|none|-|-|-|-|T|ancora nessun rifiuto quindi spero
2031-06-04T19:00:00|-|Assicurazioni Dolomiti|thank-you|none|-|-|-|-|T|se mi prendono offro la cena a tutti
2031-04-15T13:00:00|-|-|digest|none|-|-|-|-|T|la banca mi ha rifiutato il mutuo, giornata top
2031-01-25T09:00:00|-|Pasticceria Gambino|thank-you|none|-|-|-|-|T|nino alla fine mi ha offerto un cannolo e un caffè 😂 buon segno?
2031-04-16T14:00:00|-|Oleificio Santoro|thank-you|none|-|-|-|-|-|lo faccio stasera
2031-05-09T09:00:00|-|Edizioni Lagunari|thank-you|none|-|-|-|-|T|mi hanno assunto!! scherzo, niente ancora
2031-01-28T10:00:00|-|Ospedale San Rocco|confirmation|none|-|-|-|-|-|ok grazie
2031-02-15T10:00:00|-|Caseificio Alpino|digest|none|-|-|-|-|T|il caseificio ha scartato anche mio cugino
2031-05-29T20:00:00|-|Lanificio Ortensia S.p.A.|confirmation|none|-|-|-|-|T|devo preparare una presentazione o no?
"""
