from rcommon import mk
REPLIES, R = mk()
ROM, ZRH = 'Europe/Rome', 'Europe/Zurich'
LS, TC, CP, MA, FP, VS, LD, AP, PS, LC = ('Lombarda Servizi Finanziari S.p.A.', 'Tevere Comunicazione', 'Ceresio Private Bank SA', 'Mole Automotive S.p.A.',
    'Felsinea Packaging S.p.A.', 'Vesuvio Shipping S.r.l.', 'Lagunare Digital S.r.l.', 'Arno Pelletterie S.r.l.', 'Puglia Solare S.r.l.', 'Lanterna Cantieri Navali S.p.A.')
# thanked
R('2030-09-12T17:45', ROM, LS, 'thank-you', 'mandata la mail di ringraziamento a bianchi e ferri', 'thanked')
R('2030-08-20T11:30', ROM, TC, 'thank-you', 'fatto, ho ringraziato valentina su whatsapp e per mail', 'thanked')
R('2030-11-13T14:00', ROM, MA, 'thank-you', 'ringraziamenti inviati ad alessandro e sara 👍', 'thanked')
# followed-up
R('2030-10-21T10:00', ZRH, CP, 'follow-up-1', 'ho scritto a chiara bernasconi per sapere a che punto sono', 'followed-up')
R('2030-11-05T15:00', ROM, FP, 'follow-up-1', "sentito matteo al telefono, sollecita lui l'azienda", 'followed-up')
R('2030-11-20T12:00', ROM, PS, 'follow-up-2', 'secondo sollecito mandato a nicola. se mi scartano almeno lo so', 'followed-up', T=True)
# decision-date
R('2030-09-13T09:00', ROM, LS, 'thank-you', 'mi fanno sapere venerdì prossimo', 'decision-date', '2030-09-20', chk='wd:fri')
R('2030-08-21T18:00', ROM, TC, 'thank-you', 'decidono entro fine mese, dice luca', 'decision-date', '2030-08-31', chk='eom')
R('2030-10-08T12:00', ZRH, CP, 'thank-you', 'risposta tra 10 giorni secondo il signor rezzonico', 'decision-date', '2030-10-18', chk='+10')
R('2030-10-28T17:00', ROM, FP, 'thank-you', 'matteo dice che prima del 7 novembre non decidono niente', 'decision-date', '2030-11-07', chk='abs', T=True)
R('2030-12-12T13:00', ROM, VS, 'thank-you', 'gennaro mi dà una risposta a metà dicembre, prima di natale', 'decision-date', '2030-12-15', chk='mid:12')
R('2030-12-10T10:00', ROM, LD, 'thank-you', 'federico dice che mi rispondono entro la fine della settimana prossima', 'decision-date', '2030-12-20', chk='eonw')
R('2030-11-05T19:00', ROM, PS, 'thank-you', 'né sì né no per ora, decidono giovedì', 'decision-date', '2030-11-07', chk='wd:thu', T=True)
# heard-back
R('2030-08-05T11:00', ROM, AP, 'follow-up-1', 'mi ha chiamato bartolini per chiedermi le referenze, nessuna offerta per ora', 'heard-back', T=True)
R('2030-12-19T16:00', ROM, LC, 'thank-you', 'silvia mi ha scritto, ancora nessuna decisione', 'heard-back', T=True)
# next-round
R('2030-09-16T13:00', ROM, LS, 'thank-you', "secondo colloquio giovedì alle 10 con l'AD!", 'next-round', '2030-09-19', '10:00', chk='wd:thu')
R('2030-10-09T18:30', ZRH, CP, 'thank-you', 'mi rivogliono il 16 ottobre alle 14', 'next-round', '2030-10-16', '14:00', chk='abs')
R('2030-11-14T09:00', ROM, MA, 'thank-you', 'prova tecnica in sede martedì prossimo alle 9 e mezza', 'next-round', '2030-11-19', '09:30', chk='wd:tue')
R('2030-12-18T12:00', ROM, LC, 'thank-you', 'ultimo colloquio lunedì 23 alle 11, poi tutti in ferie', 'next-round', '2030-12-23', '11:00', chk='abs')
# offer
R('2030-10-30T19:00', ROM, FP, 'follow-up-1', "MI HANNO PRESO 🎉 felsinea mi ha fatto l'offerta", 'offer')
R('2030-12-16T11:00', ROM, LD, 'follow-up-1', 'proposta arrivata da lagunare, accetto', 'offer')
# rejected
R('2030-09-20T18:30', ROM, LS, 'follow-up-1', 'niente, mi hanno scartato in lombarda', 'rejected')
R('2030-11-25T12:00', ROM, MA, 'follow-up-1', 'mole automotive ha scelto un altro candidato', 'rejected')
R('2030-12-13T20:00', ROM, VS, 'follow-up-1', 'è arrivato il no da vesuvio shipping', 'rejected')
# withdrawn
R('2030-11-02T10:00', ROM, PS, 'prep', 'ho ritirato la candidatura da puglia solare, ho già avvisato nicola', 'withdrawn')
R('2030-07-31T21:00', ROM, AP, 'prep', "non vado più da arno pelletterie, ho accettato un'altra offerta", 'withdrawn')
# snooze
R('2030-08-27T09:00', ROM, TC, 'follow-up-1', 'ricordamelo domani', 'snooze', '2030-08-28', chk='tmrw')
R('2030-10-16T12:00', ZRH, CP, 'follow-up-1', 'scrivimi lunedì', 'snooze', '2030-10-21', chk='wd:mon')
R('2030-08-09T10:00', ROM, AP, 'follow-up-1', 'dopo ferragosto ne riparliamo', 'snooze')
R('2030-12-17T08:30', ROM, LD, 'follow-up-1', 'ancora nessuna offerta, richiedimelo tra 2 giorni', 'snooze', '2030-12-19', chk='+2', T=True)
# undo / reopen / correct
R('2030-10-30T19:05', ROM, FP, 'digest', "annulla l'ultima cosa, ho sbagliato", 'undo')
R('2030-09-25T10:00', ROM, 'Scaligera Vini S.r.l.', 'digest', 'riapri scaligera vini, mi hanno ricontattata', 'reopen', T=True)
R('2030-09-03T09:10', ROM, LS, 'confirmation', 'errore: è alle 15, non alle 14.30', 'correct', None, '15:00')
R('2030-11-29T17:00', ROM, LD, 'confirmation', 'il colloquio è martedì 10, non lunedì 9', 'correct', '2030-12-10', chk='abs')
# commands
R('2030-10-10T12:30', ROM, None, 'digest', 'fammi vedere tutte le candidature', 'status')
R('2030-11-30T18:00', ROM, None, 'digest', 'mandami un excel con tutto', 'export')
R('2030-07-16T20:00', ROM, None, 'digest', 'aiuto, cosa posso scriverti?', 'help')
R('2030-11-08T09:00', ROM, 'Alpina Impianti S.p.A.', 'confirmation', 'cancella alpina impianti, è solo un career day', 'forget')
# none
R('2030-10-25T08:00', ROM, FP, 'prep', 'pronta, giacca stirata 💪', 'none')
R('2030-10-06T21:00', ZRH, CP, 'prep', 'devo portare il CV stampato secondo te?', 'none', T=True)
R('2030-12-05T19:00', ROM, MA, 'digest', "un mio amico ha ricevuto un'offerta da mole automotive", 'none', T=True)
R('2030-08-22T10:00', ROM, TC, 'thank-you', 'se mi offrono il posto devo trasferirmi a roma', 'none', T=True)
R('2030-12-20T09:00', ROM, LC, 'follow-up-1', 'ancora nessun rifiuto, speriamo', 'none', T=True)
R('2030-09-28T17:00', ROM, None, 'digest', 'mi hanno rifiutato il mutuo 🙄', 'none', T=True)
R('2030-12-12T12:00', ROM, VS, 'thank-you', 'gennaro mi ha offerto un caffè alla fine, simpaticissimo', 'none', T=True)
R('2030-11-15T20:00', ROM, MA, 'follow-up-1', 'la mia azienda mi ha fatto una controfferta per restare', 'none', T=True)
R('2030-12-08T22:00', ROM, LD, 'prep', 'ho paura che mi scartino subito', 'none', T=True)
R('2030-08-06T14:00', ROM, TC, 'confirmation', 'perfetto grazie', 'none')
R('2030-07-17T09:00', ROM, 'Navigli Design Studio', 'digest', 'entro quando devo rispondere a navigli?', 'none', T=True)
R('2030-11-04T07:30', ROM, PS, 'prep', 'ci siamo. se va male pazienza, speriamo che il treno sia puntuale', 'none', T=True)
