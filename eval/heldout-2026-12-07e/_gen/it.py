from lib import write_all, write_replies
U = ('Giulia Romano', 'giulia.romano87@libero.it')
UT = ('Marco Bernasconi', 'marco.bernasconi@bluewin.ch')
items = []
def F(**k): k.setdefault('lang', 'it'); items.append(k)

F(id='it-01', kind='invite', client='outlook', olsep='orig', user=U, now='2029-09-19T09:10:00+02:00', userZone='Europe/Rome',
  charset='iso-8859-1', cte='qp', prefix='I:',
  orig={'from': ('Francesca Neri', 'f.neri@ferrettimeccanica.it'), 'date': '2029-09-18T17:35:00+02:00',
  'subject': 'Convocazione colloquio - Ingegnere di processo',
  'body': '''Gentile Dott.ssa Romano,

a seguito della Sua candidatura per la posizione di Ingegnere di processo, siamo lieti di invitarLa a un colloquio conoscitivo che si terrà giovedì 27 settembre alle ore 10:00 presso la nostra sede:

Ferretti Meccanica S.p.A.
Via Emilia Est, 1450 - 41126 Modena

Il colloquio sarà condotto dall'Ing. Luca Benassi (Responsabile Produzione) e dalla Dott.ssa Chiara Galli (HR Manager) e avrà una durata di circa un'ora.

La preghiamo di confermare la Sua presenza rispondendo a questa e-mail.

Cordiali saluti,

Francesca Neri
Ufficio Personale
Ferretti Meccanica S.p.A.'''},
  exp=dict(company='Ferretti Meccanica S.p.A.', companyAlternatives=['Ferretti Meccanica', 'Ferretti'], role='Ingegnere di processo', start='2029-09-27T10:00',
           zone='Europe/Rome', durationMinutes=60, interviewers=['Luca Benassi', 'Chiara Galli'], notInterviewers=['Francesca Neri'],
           notes='Ing./Dott.ssa titles; formal Lei; sender only schedules; iso-8859-1.'))

F(id='it-02', kind='invite', client='gmail', user=U, now='2029-10-03T13:05:00+02:00', userZone='Europe/Rome',
  note='colloquio lanificio, segna pls',
  orig={'from': ('Davide Conti', 'davide.conti@selectahr.it'), 'date': '2029-10-03T12:20:00+02:00', 'subject': 'Lanificio Valsesia - colloquio Export Manager',
  'body': '''Ciao Giulia,

come anticipato al telefono, il cliente Lanificio Valsesia S.r.l. vorrebbe conoscerti per la posizione di Export Manager.

Ci vediamo in videocall martedì 9 ottobre alle 15 con Roberto Ferraris, l'Amministratore Delegato. Sarò presente anch'io per la presentazione iniziale. Ti giro il link Teams domani.

A presto,
Davide Conti
Senior Consultant | Selecta HR'''},
  exp=dict(company='Lanificio Valsesia S.r.l.', companyAlternatives=['Lanificio Valsesia'], role='Export Manager', start='2029-10-09T15:00', zone='Europe/Rome',
           durationMinutes=None, interviewers=['Roberto Ferraris', 'Davide Conti'], notInterviewers=[],
           notes='"alle 15"; agency consultant attends; duration unknown.'))

F(id='it-03', kind='invite', client='apple', user=UT, now='2029-11-05T18:15:00+01:00', userZone='Europe/Zurich', cte='8bit',
  orig={'from': ('Nicola Fontana', 'nicola.fontana@bancaceresio.ch'), 'date': '2029-11-05T16:48:00+01:00', 'subject': 'Colloquio Compliance Officer',
  'body': '''Egregio Signor Bernasconi,

La ringraziamo per l'interesse dimostrato verso la nostra banca. Saremmo lieti di incontrarLa lunedì 12 novembre alle 14.30 presso la nostra sede di Lugano (Via Nassa 21, 3° piano) per un colloquio relativo alla posizione di Compliance Officer.

Al colloquio saremo presenti io e la Sig.ra Paola Rezzonico, Head of Compliance. Preveda circa un'ora.

Distinti saluti
Nicola Fontana
HR Business Partner
Banca Ceresio SA'''},
  exp=dict(company='Banca Ceresio SA', companyAlternatives=['Banca Ceresio'], role='Compliance Officer', start='2029-11-12T14:30', zone='Europe/Zurich',
           durationMinutes=60, interviewers=['Nicola Fontana', 'Paola Rezzonico'], notInterviewers=[],
           notes='Ticino; "14.30"; Sig.ra title; sender attends.'))

F(id='it-04', kind='invite', client='outlook', user=U, now='2029-10-24T11:30:00+02:00', userZone='Europe/Rome', html=True, prefix='I:',
  ics=dict(mode='windisp', tzid='(UTC+01:00) Amsterdam, Berlino, Berna, Roma, Stoccolma, Vienna', vtz=('+0100', '+0200', 'EU'), zone='Europe/Rome',
           start='2029-10-31T11:00', dur=45, summary='Colloquio tecnico Frontend Developer', organizer=('Sara Colombo', 'sara.colombo@telvia.it'),
           attendees=[('Alessandro Greco', 'alessandro.greco@telvia.it'), ('Martina Esposito', 'martina.esposito@telvia.it')],
           location='Riunione di Microsoft Teams', place='alt'),
  orig={'from': ('Sara Colombo', 'sara.colombo@telvia.it'), 'date': '2029-10-24T10:52:00+02:00', 'subject': 'Colloquio tecnico Frontend Developer',
  'body': '''Ciao Giulia,

ti confermo il colloquio tecnico per la posizione di Frontend Developer in Telvia Digital S.r.l.:

mercoledì 31 ottobre dalle 11:00 alle 11:45, su Teams
con Alessandro Greco (Tech Lead) e Martina Esposito (Senior Developer)

Ti ho inviato l'invito da calendario. Un po' di live coding in React, niente di terribile!

Buona giornata,
Sara Colombo
Talent Acquisition'''},
  exp=dict(company='Telvia Digital S.r.l.', companyAlternatives=['Telvia Digital', 'Telvia'], role='Frontend Developer', start='2029-10-31T11:00', zone='Europe/Rome',
           durationMinutes=45, interviewers=['Alessandro Greco', 'Martina Esposito'], notInterviewers=['Sara Colombo'],
           notes='Italian Windows display-name TZID; after EU DST change.'))

F(id='it-05', kind='invite', client='attach', user=U, now='2029-11-16T08:20:00+01:00', userZone='Europe/Rome', html=True, cte='base64', prefix='I:',
  note='ti giro la mail in allegato', attname='Invito colloquio.eml',
  orig={'from': ('Gruppo Alimentare Dolcevalle', 'noreply@inrecruiting.com'), 'date': '2029-11-15T17:25:00+01:00',
  'subject': 'Invito a colloquio telefonico - Addetto/a Controllo Qualità',
  'body': '''Gentile Giulia Romano,

grazie per aver inviato la tua candidatura per la posizione Addetto/a Controllo Qualità presso Gruppo Alimentare Dolcevalle.

Ti invitiamo a un breve colloquio telefonico:

Data: venerdì 23 novembre 2029
Ora: 9:30
Durata: 20 minuti
Referente: Elena Marchetti, Selezione del Personale

Verrai contattata al numero indicato nel tuo profilo.

Cordiali saluti
Ufficio Risorse Umane
Gruppo Alimentare Dolcevalle'''},
  exp=dict(company='Gruppo Alimentare Dolcevalle', companyAlternatives=['Dolcevalle'], role='Addetto/a Controllo Qualità', start='2029-11-23T09:30',
           zone='Europe/Rome', durationMinutes=20, interviewers=['Elena Marchetti'], notInterviewers=[], notes='ATS mail forwarded as attachment; phone call.'))

F(id='it-06', kind='invite', client='tb', user=U, now='2029-11-26T19:40:00+01:00', userZone='Europe/Rome',
  ics=dict(mode='iana', tzid='Europe/Rome', vtz=('+0100', '+0200', 'EU'), zone='Europe/Rome', start='2029-12-03T17:00', dur=45,
           summary='Colloquio praticantato - G. Romano', organizer=('Giorgio Moretti', 'g.moretti@studiomoretti.it'),
           location='Studio Legale Moretti & Associati, Corso Vittorio Emanuele II 118, Torino', place='mixed'),
  orig={'from': ('Giorgio Moretti', 'g.moretti@studiomoretti.it'), 'date': '2029-11-26T18:02:00+01:00', 'subject': 'Colloquio praticantato',
  'body': '''Gentile Dott.ssa Romano,

ho letto con interesse il Suo curriculum. Le propongo un colloquio per la posizione di praticante avvocato lunedì 3 dicembre alle 17, presso lo Studio (Corso Vittorio Emanuele II 118, Torino). Tre quarti d'ora dovrebbero bastare.

In allegato l'invito per il calendario.

Cordiali saluti
Avv. Giorgio Moretti
Studio Legale Moretti & Associati'''},
  exp=dict(company='Studio Legale Moretti & Associati', companyAlternatives=['Moretti & Associati'], role='praticante avvocato',
           start='2029-12-03T17:00', zone='Europe/Rome', durationMinutes=45, interviewers=['Giorgio Moretti'], notInterviewers=[],
           notes='Avv. title; "alle 17"; "tre quarti d\'ora".'))

F(id='it-07', kind='invite', client='gmail', user=U, now='2029-08-02T18:30:00+02:00', userZone='Europe/Rome', cte='8bit',
  note='domani!',
  orig={'from': ('Federica Russo', 'federica@libreriailgabbiano.it'), 'date': '2029-08-02T18:04:00+02:00', 'subject': 'Re: Candidatura',
  'body': '''Perfetto, allora ci vediamo domani alle 11 in negozio, chiedi di me alla cassa. Facciamo due chiacchiere con calma, mezz'oretta.

Federica
Libreria Il Gabbiano – Bologna

Il giorno gio 2 ago 2029 alle ore 12:15 Giulia Romano <giulia.romano87@libero.it> ha scritto:
> Buongiorno Federica, domani mattina o lunedì pomeriggio per me vanno bene entrambi.
> Giulia'''},
  exp=dict(company='Libreria Il Gabbiano', companyAlternatives=['Il Gabbiano'], role=None, start='2029-08-03T11:00', zone='Europe/Rome', durationMinutes=30,
           interviewers=['Federica Russo'], notInterviewers=[], notes='"domani alle 11" from mail date; "mezz\'oretta".'))

F(id='it-08', kind='invite', client='outlook', olsep='orig', user=U, now='2029-12-21T10:05:00+01:00', userZone='Europe/Rome',
  charset='windows-1252', cte='8bit', prefix='I:',
  orig={'from': ('Segreteria Fondazione Santa Chiara', 'selezione@fondazionesantachiara.org'), 'date': '2029-12-20T16:30:00+01:00',
  'subject': 'Convocazione colloquio – Educatore professionale',
  'body': '''Gentile candidata,

in riferimento all’avviso di selezione per “Educatore professionale” (contratto a tempo determinato, 12 mesi), La informiamo che il colloquio è fissato per lunedì 7 gennaio 2030 alle ore 9:00, presso la sede di Via dei Mille 14, Firenze.

La commissione sarà composta dal Dott. Marco Villa (Direttore) e dalla Dott.ssa Anna Ricci (Coordinatrice dei servizi). Il colloquio avrà una durata di circa 30 minuti.

Si ricorda di portare un documento d’identità. Rimborso spese di viaggio non previsto (quota di iscrizione di 10 € non dovuta).

Buone feste,
Segreteria
Fondazione Santa Chiara Onlus'''},
  exp=dict(company='Fondazione Santa Chiara Onlus', companyAlternatives=['Fondazione Santa Chiara'], role='Educatore professionale', start='2030-01-07T09:00',
           zone='Europe/Rome', durationMinutes=30, interviewers=['Marco Villa', 'Anna Ricci'], notInterviewers=[],
           notes='After the holidays; Dott./Dott.ssa titles; cp1252 8bit with curly quotes and €.'))

F(id='it-09', kind='reschedule', client='gmail', user=U, now='2029-10-10T15:20:00+02:00', userZone='Europe/Rome',
  orig={'from': ('Laura Sala', 'l.sala@officinebrambilla.it'), 'date': '2029-10-10T14:55:00+02:00', 'subject': 'R: Colloquio Tecnico commerciale',
  'body': '''Buongiorno Giulia,

Le chiedo se è possibile anticipare il colloquio da martedì 16 a lunedì 15 alle 9:30: il sig. Brambilla martedì sarà in fiera a Milano. Resta tutto invariato per il resto.

Grazie e buona giornata,
Laura Sala

-----Messaggio originale-----
Da: Laura Sala
Inviato: venerdì 5 ottobre 2029 11:40
A: Giulia Romano
Oggetto: Colloquio Tecnico commerciale

Buongiorno Giulia, Le confermo il colloquio per la posizione di Tecnico commerciale presso Officine Brambilla S.r.l. martedì 16 ottobre alle 14:00 con Paolo Brambilla, titolare. Durata prevista un'ora.'''},
  exp=dict(company='Officine Brambilla S.r.l.', companyAlternatives=['Officine Brambilla'], role='Tecnico commerciale', start='2029-10-15T09:30', zone='Europe/Rome',
           durationMinutes=60, interviewers=['Paolo Brambilla'], notInterviewers=['Laura Sala'],
           notes='Text-only move brought forward: Tuesday 16 -> Monday 15 at 9:30.'))

F(id='it-10', kind='reschedule', client='apple', user=UT, now='2029-11-16T07:45:00+01:00', userZone='Europe/Zurich', html=True,
  ics=dict(mode='utc', zone='Europe/Rome', start='2029-11-27T15:00', dur=60, seq=1, summary='Colloquio Attuario - nuova data',
           organizer=('Stefano Rinaldi', 'stefano.rinaldi@laguna-assicurazioni.it'), location='Zoom', place='mixed'),
  orig={'from': ('Stefano Rinaldi', 'stefano.rinaldi@laguna-assicurazioni.it'), 'date': '2029-11-15T19:10:00+01:00', 'subject': 'Spostamento colloquio',
  'body': '''Buonasera Marco,

purtroppo devo spostare il nostro colloquio di giovedì 22 novembre. Ti propongo martedì 27 novembre alle 15:00 (ora italiana), sempre su Zoom, per un'ora. Ti ho mandato l'invito aggiornato.

Un saluto,
Stefano Rinaldi
Responsabile Attuariato
Assicurazioni Laguna S.p.A.'''},
  exp=dict(company='Assicurazioni Laguna S.p.A.', companyAlternatives=['Assicurazioni Laguna', 'Laguna'], role='Attuario', start='2029-11-27T15:00',
           zone='Europe/Rome', durationMinutes=60, interviewers=['Stefano Rinaldi'], notInterviewers=[],
           notes='User in Ticino (same offset); "ora italiana"; ICS UTC; role only in ICS summary.'))

F(id='it-11', kind='rejection', client='gmail', user=U, now='2029-10-29T21:00:00+01:00', userZone='Europe/Rome',
  orig={'from': ('Moda Brera Recruiting', 'recruiting@modabrera.it'), 'date': '2029-10-29T17:40:00+01:00', 'subject': 'Esito selezione Visual Merchandiser',
  'body': '''Gentile Giulia,

la ringraziamo per il tempo dedicato al colloquio per la posizione di Visual Merchandiser.

Dopo un'attenta valutazione abbiamo deciso di proseguire con altri profili, più in linea con le esigenze attuali. Conserveremo il Suo CV per eventuali future opportunità.

Cordiali saluti
Team Recruiting Moda Brera S.r.l.'''},
  exp=dict(company='Moda Brera S.r.l.', companyAlternatives=['Moda Brera'], role='Visual Merchandiser', notes='Rejection.'))

F(id='it-12', kind='offer', client='outlook', user=U, now='2029-11-30T12:10:00+01:00', userZone='Europe/Rome', prefix='I:',
  orig={'from': ('Valentina De Luca', 'v.deluca@energeticaadriatica.it'), 'date': '2029-11-30T11:22:00+01:00', 'subject': 'Proposta di assunzione',
  'body': '''Gentile Giulia,

siamo felici di comunicarLe che Energetica Adriatica S.p.A. intende offrirLe la posizione di Data Analyst con contratto a tempo indeterminato (CCNL Energia e Petrolio, RAL 38.000 €, smart working 2 giorni a settimana).

In allegato trova la lettera di proposta. Le chiediamo di farci sapere entro venerdì 7 dicembre.

Cordiali saluti
Valentina De Luca
HR Specialist'''},
  exp=dict(company='Energetica Adriatica S.p.A.', companyAlternatives=['Energetica Adriatica'], role='Data Analyst', notInterviewers=['Valentina De Luca'],
           notes='Offer; "entro venerdì 7 dicembre" is the candidate deadline.'))

F(id='it-13', kind='not-interview', client='gmail', user=U, now='2029-10-08T09:30:00+02:00', userZone='Europe/Rome', html=True,
  orig={'from': ('Gruppo Ferroviario Tirreno', 'careers@gftirreno.it'), 'date': '2029-10-07T10:00:00+02:00', 'subject': 'Ti aspettiamo al nostro Career Day!',
  'body': '''Ciao Giulia,

visto il tuo interesse per le nostre posizioni in ambito ingegneristico, ti invitiamo al Career Day di giovedì 18 ottobre, dalle 10 alle 17, presso la Stazione Leopolda di Firenze.

Potrai incontrare i nostri manager e sostenere brevi colloqui conoscitivi di 15 minuti.

Registrati qui: https://gftirreno.it/careerday

A presto!
Talent Acquisition – Gruppo Ferroviario Tirreno'''},
  exp=dict(company='Gruppo Ferroviario Tirreno', role=None, notes='Career day invitation with date and times as bait.'))

F(id='it-14', kind='not-interview', client='tb', user=U, now='2029-07-12T20:45:00+02:00', userZone='Europe/Rome',
  orig={'from': ('Torrefazione Aurora', 'lavoraconnoi@caffeaurora.it'), 'date': '2029-07-12T20:40:00+02:00', 'subject': 'Abbiamo ricevuto la tua candidatura',
  'body': '''Ciao Giulia!

Grazie per esserti candidata come Barista nel nostro nuovo locale di Piazza Maggiore. Il locale apre sabato 1 settembre e stiamo facendo i colloqui dalle 9 alle 13 nelle prossime settimane.

Se il tuo profilo è in linea ti contatteremo per fissare un colloquio.

A presto,
Il team di Torrefazione Aurora'''},
  exp=dict(company='Torrefazione Aurora', role='Barista', notes='Acknowledgement; opening date and interview hours as bait.'))

write_all(items)

Z = 'Europe/Zurich'
R = [
 ('2029-09-27T13:00:00', 'Ferretti Meccanica S.p.A.', 'thank-you', "mandata mail di ringraziamento all'ing. benassi", 'thanked', None, None, None),
 ('2029-10-09T17:10:00', 'Lanificio Valsesia S.r.l.', 'thank-you', 'fatto, ho ringraziato sia ferraris che davide', 'thanked', None, None, None),
 ('2029-11-12T18:00:00', 'Banca Ceresio SA', 'thank-you', 'ringraziamento inviato ✔', 'thanked', None, None, None, None, Z),
 ('2029-10-08T10:00:00', 'Ferretti Meccanica S.p.A.', 'follow-up-1', 'ho scritto a francesca per sapere novità', 'followed-up', None, None, None),
 ('2029-10-23T12:00:00', 'Lanificio Valsesia S.r.l.', 'follow-up-2', 'chiamato davide, dice che sente il cliente', 'followed-up', None, None, None),
 ('2029-11-14T09:30:00', 'Telvia Digital S.r.l.', 'follow-up-1', 'sollecito mandato stamattina', 'followed-up', None, None, None),
 ('2029-09-28T09:00:00', 'Ferretti Meccanica S.p.A.', 'thank-you', 'mi fanno sapere entro venerdì prossimo', 'decision-date', '2029-10-05', None, None, 'next:fri'),
 ('2029-10-10T08:30:00', 'Lanificio Valsesia S.r.l.', 'follow-up-1', 'davide dice che il cliente decide a fine mese', 'decision-date', '2029-10-31', None, None, 'eom'),
 ('2029-11-13T11:00:00', 'Banca Ceresio SA', 'follow-up-1', 'risposta entro il 23 novembre', 'decision-date', '2029-11-23', None, None, None, Z),
 ('2029-11-01T17:45:00', 'Telvia Digital S.r.l.', 'thank-you', 'sara mi ha detto che decidono lunedì', 'decision-date', '2029-11-05', None, None, 'wd:mon'),
 ('2029-11-24T10:00:00', 'Gruppo Alimentare Dolcevalle', 'follow-up-1', 'prima del 10 dicembre non decidono niente', 'decision-date', '2029-12-10', None, None),
 ('2029-12-04T10:00:00', 'Studio Legale Moretti & Associati', 'thank-you', "l'avvocato mi fa sapere tra una settimana", 'decision-date', '2029-12-11', None, None, '+7'),
 ('2029-11-28T16:00:00', 'Assicurazioni Laguna S.p.A.', 'thank-you', 'esito a metà dicembre', 'decision-date', '2029-12-15', None, None, 'mid:12', Z),
 ('2029-10-04T15:00:00', 'Ferretti Meccanica S.p.A.', 'follow-up-1', 'francesca ha risposto, stanno ancora facendo colloqui', 'heard-back', None, None, None),
 ('2029-11-20T13:00:00', 'Telvia Digital S.r.l.', 'follow-up-1', "mi ha richiamato sara, nessuna novità ma sono ancora in corsa", 'heard-back', None, None, None),
 ('2029-10-02T19:30:00', 'Ferretti Meccanica S.p.A.', 'follow-up-1', "secondo colloquio mercoledì alle 11 col direttore di stabilimento", 'next-round', '2029-10-03', '11:00', None, 'wd:wed'),
 ('2029-10-16T18:00:00', 'Lanificio Valsesia S.r.l.', 'follow-up-1', 'mi vogliono in azienda a biella il 24 alle 10', 'next-round', '2029-10-24', '10:00', None),
 ('2029-11-06T08:00:00', 'Telvia Digital S.r.l.', 'follow-up-1', 'ultimo step con il CTO giovedì prossimo alle 16', 'next-round', '2029-11-08', '16:00', None, 'wd:thu'),
 ('2029-11-15T12:30:00', 'Banca Ceresio SA', 'follow-up-1', 'secondo giro il 21/11 ore 9.30', 'next-round', '2029-11-21', '09:30', None, None, Z),
 ('2029-11-09T19:00:00', 'Telvia Digital S.r.l.', 'follow-up-2', 'MI HANNO PRESO!!! 🎉', 'offer', None, None, 'offer'),
 ('2029-11-30T12:15:00', 'Energetica Adriatica S.p.A.', 'confirmation', 'è arrivata la proposta, accetto', 'offer', None, None, 'offer'),
 ('2029-10-29T21:05:00', 'Moda Brera S.r.l.', 'confirmation', 'scartata 😞', 'rejected', None, None, 'rejected'),
 ('2029-10-19T14:00:00', 'Ferretti Meccanica S.p.A.', 'follow-up-2', 'niente, hanno scelto un altro candidato', 'rejected', None, None, 'rejected'),
 ('2029-12-05T18:30:00', 'Banca Ceresio SA', 'follow-up-1', 'la banca mi ha detto di no', 'rejected', None, None, 'rejected', None, Z),
 ('2029-12-01T09:00:00', 'Fondazione Santa Chiara Onlus', 'confirmation', 'mi ritiro dalla selezione della fondazione, ho accettato energetica', 'withdrawn', None, None, 'withdrawn'),
 ('2029-10-12T20:00:00', 'Officine Brambilla S.r.l.', 'prep', 'ho disdetto il colloquio, non mi interessa più', 'withdrawn', None, None, 'withdrawn'),
 ('2029-10-05T08:00:00', 'Ferretti Meccanica S.p.A.', 'follow-up-1', 'ricordamelo lunedì', 'snooze', '2029-10-08', None, None, 'wd:mon'),
 ('2029-12-21T18:00:00', 'Assicurazioni Laguna S.p.A.', 'follow-up-2', "dopo l'epifania", 'snooze', None, None, None, None, Z),
 ('2029-11-20T22:00:00', 'Gruppo Alimentare Dolcevalle', 'prep', 'domani', 'snooze', '2029-11-21', None, None, 'tomorrow'),
 ('2029-10-15T09:00:00', 'Lanificio Valsesia S.r.l.', 'follow-up-1', 'risentiamoci fra 5 giorni', 'snooze', '2029-10-20', None, None, '+5'),
 ('2029-10-19T14:05:00', 'Ferretti Meccanica S.p.A.', 'confirmation', 'annulla, ho sbagliato', 'undo', None, None, None),
 ('2029-11-02T11:00:00', 'Ferretti Meccanica S.p.A.', 'digest', 'ferretti mi ha ricontattata, puoi riaprirla?', 'reopen', None, None, None),
 ('2029-09-19T09:20:00', 'Ferretti Meccanica S.p.A.', 'confirmation', 'guarda che è alle 10:30 non alle 10', 'correct', None, '10:30', None),
 ('2029-11-05T18:30:00', 'Banca Ceresio SA', 'confirmation', "l'azienda si chiama Banca Ceresio SA Lugano, e il colloquio è martedì 13", 'correct', '2029-11-13', None, None, None, Z),
 ('2029-10-22T08:00:00', None, 'digest', 'a che punto sono le mie candidature?', 'status', None, None, None),
 ('2029-12-03T21:00:00', None, 'digest', 'mandami un file excel con tutto', 'export', None, None, None),
 ('2029-07-13T09:00:00', None, 'confirmation', 'come funziona? cosa posso scriverti', 'help', None, None, None),
 ('2029-07-13T09:05:00', 'Torrefazione Aurora', 'confirmation', 'cancella quella della torrefazione', 'forget', None, None, None),
 ('2029-09-27T12:00:00', 'Ferretti Meccanica S.p.A.', 'thank-you', 'è andata benino dai', 'none', None, None, None),
 ('2029-10-08T22:00:00', 'Lanificio Valsesia S.r.l.', 'prep', 'giacca o basta una camicia?', 'none', None, None, None),
 ('2029-11-18T11:00:00', 'Telvia Digital S.r.l.', 'follow-up-1', 'una mia amica ha avuto una proposta da telvia, io ancora niente', 'none', None, None, None),
 ('2029-11-25T20:00:00', 'Gruppo Alimentare Dolcevalle', 'follow-up-1', 'se mi scartano pazienza, torno a fare la supplente', 'none', None, None, None),
 ('2029-12-10T09:00:00', 'Studio Legale Moretti & Associati', 'follow-up-1', 'ancora nessun rifiuto, speriamo', 'none', None, None, None),
 ('2029-12-02T12:00:00', 'Energetica Adriatica S.p.A.', 'confirmation', 'il mio capo mi ha fatto una controfferta per restare...', 'none', None, None, None),
 ('2029-11-29T18:00:00', 'Assicurazioni Laguna S.p.A.', 'follow-up-1', "mi hanno rifiutato l'appartamento a lugano, che giornata", 'none', None, None, None, None, Z),
 ('2029-12-03T18:10:00', 'Studio Legale Moretti & Associati', 'thank-you', "l'avvocato mi ha offerto un caffè alla fine, simpatico", 'none', None, None, None),
 ('2029-11-19T10:00:00', 'Lanificio Valsesia S.r.l.', 'move-on', 'no aspetta ancora', 'none', None, None, None),
 ('2029-09-26T23:00:00', 'Ferretti Meccanica S.p.A.', 'prep', 'ok grazie', 'none', None, None, None),
 ('2029-11-27T09:00:00', 'Gruppo Alimentare Dolcevalle', 'digest', 'ma è normale che ci mettano così tanto?', 'none', None, None, None),
 ('2029-10-26T20:00:00', 'Lanificio Valsesia S.r.l.', 'digest', 'assunta!! scherzo, ancora zero notizie', 'none', None, None, None),
]
write_replies('it', 'Europe/Rome', R)
