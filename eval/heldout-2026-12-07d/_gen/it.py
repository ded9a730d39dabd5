from lib import *

ROM, LUG = 'Europe/Rome', 'Europe/Zurich'

F = []
F.append(dict(id='it-01', kind='invite', now='2029-01-10 12:40', uz=ROM, client='outlook', cs='windows-1252', cte='quoted-printable',
 user=('Matteo Ferraro', 'matteo.ferraro@libero.it'), **{'from': ('Giulia Conti', 'g.conti@ferricolombo.it')}, odate='2029-01-10 10:15',
 subj='Convocazione colloquio – Responsabile Amministrativo', note='Da inserire, grazie.',
 body='''Gentile Dott. Ferraro,

in riferimento alla Sua candidatura per la posizione di Responsabile Amministrativo, siamo lieti di invitarLa a un colloquio conoscitivo giovedì 18 gennaio alle ore 14.30 presso la nostra sede di Via Tortona 27, Milano.

Il colloquio, della durata di circa un’ora, sarà condotto dal Dott. Massimo Ferri (Direttore Finanziario) e dalla Dott.ssa Chiara Rinaldi (HR Manager).

La preghiamo di confermare la Sua presenza.

Cordiali saluti,
Giulia Conti
Segreteria del Personale – Ferri & Colombo S.p.A.''',
 exp=dict(company='Ferri & Colombo S.p.A.', alts=['Ferri & Colombo'], role='Responsabile Amministrativo', start='2029-01-18T14:30', zone=ROM, dur=60,
          iv=['Massimo Ferri', 'Chiara Rinaldi'], niv=['Giulia Conti', 'Matteo Ferraro'], notes='Outlook I:; "ore 14.30"; Dott./Dott.ssa titles; interviewer surname inside company name.')))

F.append(dict(id='it-02', kind='invite', now='2029-02-05 09:05', uz=ROM, client='gmail',
 user=('Sara Lombardi', 'sara.lombardi@gmail.com'), **{'from': ('Valentina Marino', 'v.marino@tiberinaenergia.it')}, odate='2029-02-02 17:30',
 subj='Colloquio Ingegnere di Processo', note='',
 body='''Buongiorno Sara,

grazie per la candidatura alla posizione di Ingegnere di Processo presso Tiberina Servizi Energetici S.r.l.

Ti proponiamo un colloquio martedì 13 febbraio alle 10 in videochiamata su Teams. Parlerai con l'Ing. Stefano Greco, responsabile di impianto; sarò presente anch'io. Calcola circa 45 minuti.

Un saluto,
Valentina Marino
Talent Acquisition''',
 exp=dict(company='Tiberina Servizi Energetici S.r.l.', alts=['Tiberina Servizi Energetici', 'Tiberina'], role='Ingegnere di Processo', start='2029-02-13T10:00', zone=ROM, dur=45,
          iv=['Stefano Greco', 'Valentina Marino'], niv=['Sara Lombardi'], notes='"alle 10"; sender joins ("sarò presente anch\'io"); Ing. title.')))

F.append(dict(id='it-03', kind='invite', now='2029-03-02 18:15', uz=ROM, client='apple', html=False, cte='8bit',
 user=('Alessandro Rossi', 'ale.rossi@icloud.com'), **{'from': ('Andrea Gallo', 'andrea.gallo@piemontetalent.it')}, odate='2029-03-02 16:40',
 subj='Colloquio Officine Meccaniche Sabaude', note='Inviato da iPhone',
 body='''Ciao Alessandro,

ti confermo il colloquio con il nostro cliente Officine Meccaniche Sabaude S.p.A. per la posizione di Buyer Senior:

lunedì 12 marzo alle 15
Corso Francia 310, Torino (chiedi alla portineria dell'ingresso B)
incontrerai Roberto Bianchi, Direttore Acquisti

Io non ci sarò, ma sentiamoci subito dopo per un feedback.

A presto,
Andrea Gallo
Senior Consultant – Piemonte Talent S.r.l.''',
 exp=dict(company='Officine Meccaniche Sabaude S.p.A.', alts=['Officine Meccaniche Sabaude'], role='Buyer Senior', start='2029-03-12T15:00', zone=ROM, dur=None,
          iv=['Roberto Bianchi'], niv=['Andrea Gallo', 'Alessandro Rossi'], notes='Agency; consultant absent; "alle 15".')))

F.append(dict(id='it-04', kind='invite', now='2029-03-20 14:30', uz=ROM, client='outlook', cal_inline=True,
 user=('Giorgia Fabbri', 'giorgia.fabbri@outlook.it'), **{'from': ('Elisa Barbieri', 'elisa.barbieri@emiliafoodtech.it')}, odate='2029-03-20 12:10',
 subj='Invito: colloquio Quality Assurance Specialist', note='Settimana prossima',
 body='''Gentile Giorgia,

ti inoltro l'invito per il colloquio relativo alla posizione di Quality Assurance Specialist.

Data: mercoledì 28 marzo 2029
Orario: dalle 11:00 alle 12:00
Luogo: Emilia Food Tech S.r.l., Via dell'Industria 18, Bologna

Incontrerai Francesca Ricci (Quality Manager) e Lorenzo Moretti (Plant Manager).

Cordiali saluti,
Elisa Barbieri
Ufficio Risorse Umane''',
 ics=ics('Colloquio QA Specialist - Giorgia Fabbri', '2029-03-28 11:00', '2029-03-28 12:00', 'W. Europe Standard Time',
         ('Elisa Barbieri', 'elisa.barbieri@emiliafoodtech.it'), [('Francesca Ricci', 'f.ricci@emiliafoodtech.it'), ('Lorenzo Moretti', 'l.moretti@emiliafoodtech.it')],
         "Via dell'Industria 18, Bologna", uid='040000008200E00074C5B7101A82E00800000000IT04'),
 exp=dict(company='Emilia Food Tech S.r.l.', alts=['Emilia Food Tech'], role='Quality Assurance Specialist', start='2029-03-28T11:00', zone=ROM, dur=60,
          iv=['Francesca Ricci', 'Lorenzo Moretti'], niv=['Elisa Barbieri', 'Giorgia Fabbri'], notes='Windows TZID; crosses EU DST (Mar 25).')))

F.append(dict(id='it-05', kind='invite', now='2029-04-11 19:50', uz=ROM, client='thunderbird', attach=True, ocs='iso-8859-1', octe='base64', cte='quoted-printable',
 user=('Ciro De Luca', 'ciro.deluca@tiscali.it'), **{'from': ('Gennaro Esposito', 'g.esposito@cantieripartenope.it')}, odate='2029-04-11 12:00',
 subj='Colloquio tecnico - Progettista Navale', note='Ciao,\n\nti giro in allegato la mail dei Cantieri.\n\nCiro',
 body='''Gentile Ing. De Luca,

La ringraziamo per l'interesse verso la posizione di Progettista Navale presso Cantieri Navali Partenope S.p.A.

La invitiamo a un colloquio tecnico venerdì 20 aprile alle ore 9:30 presso il nostro ufficio tecnico (Molo Carmine, Napoli). Il colloquio sarà condotto da me e dall'Ing. Luca Romano, responsabile scafo.

Vi daremo un riscontro entro il 4 maggio.

Distinti saluti,
Ing. Gennaro Esposito
Direttore Tecnico''',
 exp=dict(company='Cantieri Navali Partenope S.p.A.', alts=['Cantieri Navali Partenope'], role='Progettista Navale', start='2029-04-20T09:30', zone=ROM, dur=None,
          iv=['Gennaro Esposito', 'Luca Romano'], niv=['Ciro De Luca'], dd='2029-05-04', notes='Forward as attachment; inner ISO-8859-1 base64; sender conducts; decision date.')))

F.append(dict(id='it-06', kind='invite', now='2029-05-07 10:20', uz=ROM, client='gmail',
 user=('Elena Marchi', 'elena.marchi.dev@gmail.com'), **{'from': ('Lumina Fintech tramite Selezionami', 'noreply@selezionami.it')}, odate='2029-05-07 10:11',
 subj='Colloquio confermato con Lumina Fintech S.p.A.', note='',
 body='''Ciao Elena,

il tuo colloquio è confermato.

Posizione: Backend Developer (Go)
Azienda: Lumina Fintech S.p.A.
Quando: martedì 15 maggio, 16:00–16:45 (ora italiana)
Con: Davide Fontana, Engineering Lead
Dove: Google Meet

Per spostare l'appuntamento usa il link nella tua area candidato.

Selezionami – per conto di Lumina Fintech S.p.A.''',
 ics=ics('Colloquio Lumina Fintech S.p.A.', '2029-05-15 16:00', '2029-05-15 16:45', None, ('Selezionami', 'noreply@selezionami.it'),
         [('Davide Fontana', 'davide.fontana@luminafintech.it')], 'Google Meet', utc_zone=ROM, uid='sel-40155'),
 exp=dict(company='Lumina Fintech S.p.A.', alts=['Lumina Fintech', 'Lumina'], role='Backend Developer (Go)', start='2029-05-15T16:00', zone=ROM, dur=45,
          iv=['Davide Fontana'], niv=['Elena Marchi'], notes='ATS (Selezionami) not the company; ICS in UTC.')))

F.append(dict(id='it-07', kind='invite', now='2029-06-18 20:10', uz=LUG, client='apple', html=False,
 user=('Luca Bernasconi', 'luca.bernasconi@bluewin.ch'), **{'from': ('Paola Bernasconi', 'p.bernasconi@bancaceresio.ch')}, odate='2029-06-18 17:05',
 subj='Incontro domani', note='',
 body='''Buonasera signor Bernasconi (nessuna parentela, credo!),

ho letto il Suo dossier per il posto di Assistente di direzione. Le andrebbe bene incontrarci domani, martedì, alle 11 nei nostri uffici di Riva Caccia 1, Lugano?

Cordiali saluti
Paola Bernasconi
Responsabile Risorse Umane
Banca del Ceresio SA''',
 exp=dict(company='Banca del Ceresio SA', alts=['Banca del Ceresio'], role='Assistente di direzione', start='2029-06-19T11:00', zone=LUG, dur=None,
          iv=['Paola Bernasconi'], niv=['Luca Bernasconi'], notes='Swiss Italian; "domani, martedì, alle 11" relative to the original; interviewer and user share a surname.')))

F.append(dict(id='it-08', kind='invite', now='2029-05-30 11:45', uz=ROM, client='outlook', variant='original',
 user=('Martina Gentile', 'martina.gentile@outlook.it'), **{'from': ('Silvia Neri', 'segreteria@studiobellini.it')}, odate='2029-05-29 18:00',
 subj='R: Colloquio Praticante Commercialista', note='',
 body='''Gentile Martina,

confermiamo quindi mercoledì 6 giugno alle 10:00 presso lo Studio, in Via de' Tornabuoni 14, Firenze. La riceveranno il Dott. Marco Bellini e la Dott.ssa Sara Galli. Il colloquio durerà mezz'ora.

Cordiali saluti,
Silvia Neri
Segreteria – Studio Associato Bellini

-----Messaggio originale-----
Da: Martina Gentile <martina.gentile@outlook.it>
Inviato: martedì 29 maggio 2029 13:20
A: Silvia Neri <segreteria@studiobellini.it>
Oggetto: R: Colloquio Praticante Commercialista

Buongiorno, lunedì purtroppo ho un esame. Mercoledì andrebbe benissimo.

-----Messaggio originale-----
Da: Silvia Neri
Inviato: lunedì 28 maggio 2029 09:30
Oggetto: Colloquio Praticante Commercialista

Le proponiamo lunedì 4 giugno alle 15 oppure mercoledì 6 giugno alle 10.''',
 exp=dict(company='Studio Associato Bellini', alts=[], role='Praticante Commercialista', start='2029-06-06T10:00', zone=ROM, dur=30,
          iv=['Marco Bellini', 'Sara Galli'], niv=['Silvia Neri', 'Martina Gentile'], notes='Thread; second option chosen; "mezz\'ora".')))

F.append(dict(id='it-09', kind='reschedule', now='2029-02-19 13:10', uz=ROM, client='gmail',
 user=('Chiara Sala', 'chiara.sala@gmail.com'), **{'from': ('Federica Villa', 'federica@ateliervilla-brera.it')}, odate='2029-02-19 12:30',
 subj='Spostamento colloquio', note='spostato!',
 body='''Ciao Chiara,

purtroppo devo spostare il nostro colloquio per la posizione di Junior Interior Designer: invece di giovedì 22 febbraio alle 11, riusciresti lunedì 26 febbraio alle 15? Sempre in studio, Atelier Brera Design, via Solferino 9.

Scusa il cambio!
Federica Villa
Founder''',
 exp=dict(company='Atelier Brera Design', alts=['Atelier Brera'], role='Junior Interior Designer', start='2029-02-26T15:00', zone=ROM, dur=None,
          iv=['Federica Villa'], niv=['Chiara Sala'], notes='Text-only reschedule by the interviewer; old slot present.')))

F.append(dict(id='it-10', kind='reschedule', now='2029-04-12 16:30', uz=ROM, client='outlook', cal_inline=True, cs='iso-8859-1', cte='quoted-printable', hcs='iso-8859-1',
 user=('Simone Galli', 'simone.galli@fastwebnet.it'), **{'from': ('Alessia Costa', 'alessia.costa@subalpina-assicurazioni.it')}, odate='2029-04-12 15:05',
 subj='Aggiornamento: colloquio Attuario Junior', note='',
 body='''Gentile Simone,

a causa di un impegno sopraggiunto del Dott. Giorgio Marchetti, il colloquio previsto per martedì 17 aprile ore 14 è spostato a mercoledì 18 aprile ore 9, sempre in Via Roma 101, Torino. La durata resta di un'ora.

Cordiali saluti,
Alessia Costa
HR - Subalpina Assicurazioni S.p.A.''',
 ics=ics('Colloquio Attuario Junior (aggiornato)', '2029-04-18 09:00', '2029-04-18 10:00', '(UTC+01:00) Amsterdam, Berlino, Berna, Roma, Stoccolma, Vienna',
         ('Alessia Costa', 'alessia.costa@subalpina-assicurazioni.it'), [('Giorgio Marchetti', 'g.marchetti@subalpina-assicurazioni.it')], 'Via Roma 101, Torino', uid='sub-0418'),
 exp=dict(company='Subalpina Assicurazioni S.p.A.', alts=['Subalpina Assicurazioni', 'Subalpina'], role='Attuario Junior', start='2029-04-18T09:00', zone=ROM, dur=60,
          iv=['Giorgio Marchetti'], niv=['Alessia Costa', 'Simone Galli'], notes='Windows display-name TZID in Italian; "ore 9"; ISO-8859-1.')))

F.append(dict(id='it-11', kind='rejection', now='2029-03-06 21:00', uz=ROM, client='thunderbird', cs='iso-8859-1', cte='quoted-printable',
 user=('Matteo Ferraro', 'matteo.ferraro@libero.it'), **{'from': ('Edizioni Gattopardo', 'selezione@edizionigattopardo.it')}, odate='2029-03-06 15:30',
 subj='Esito selezione Redattore', note='Niente da fare.',
 body='''Gentile Matteo,

La ringraziamo per il tempo dedicatoci durante il colloquio del 27 febbraio per la posizione di Redattore.

Dopo un'attenta valutazione, abbiamo deciso di proseguire con un altro profilo. Conserveremo il Suo curriculum per eventuali future opportunità.

Cordiali saluti,
Ufficio Personale - Edizioni Gattopardo''',
 exp=dict(company='Edizioni Gattopardo', alts=['Gattopardo'], role='Redattore', niv=['Matteo Ferraro'], notes='Rejection; ISO-8859-1 QP.')))

F.append(dict(id='it-12', kind='offer', now='2029-06-01 12:20', uz=ROM, client='gmail',
 user=('Sara Lombardi', 'sara.lombardi@gmail.com'), **{'from': ('Thomas Pichler', 't.pichler@dolomitioutdoor.it')}, odate='2029-06-01 09:40',
 subj='Proposta di assunzione – E-commerce Manager', note='🥳🥳🥳',
 body='''Ciao Sara,

siamo felici di proporti il ruolo di E-commerce Manager in Dolomiti Outdoor S.r.l.

RAL: 48.000 € su 14 mensilità, buoni pasto, 2 giorni di smart working a settimana, sede a Bolzano. Inizio previsto: 2 luglio.

Ti chiediamo un riscontro entro venerdì 8 giugno.

A presto,
Thomas Pichler
Head of People''',
 exp=dict(company='Dolomiti Outdoor S.r.l.', alts=['Dolomiti Outdoor'], role='E-commerce Manager', niv=['Thomas Pichler', 'Sara Lombardi'], notes='Offer; candidate deadline → decisionDate null.')))

F.append(dict(id='it-13', kind='not-interview', now='2029-03-08 08:40', uz=ROM, client='apple', html=False,
 user=('Ciro De Luca', 'ciro.deluca@tiscali.it'), **{'from': ('Gruppo Vesuvio Logistica', 'careers@vesuviologistica.it')}, odate='2029-03-07 11:00',
 subj='Open Day Gruppo Vesuvio Logistica', note='ci vado?',
 body='''Ciao Ciro,

grazie per esserti candidato con noi! Ti invitiamo al nostro Open Day sabato 17 marzo dalle 10 alle 13 presso l'hub di Nola: visita al magazzino automatizzato, incontro con il team e presentazione delle posizioni aperte.

Non è un colloquio di selezione. Registrati entro il 14 marzo.

Il team HR di Gruppo Vesuvio Logistica''',
 exp=dict(company='Gruppo Vesuvio Logistica', alts=['Vesuvio Logistica'], role=None, notes='Open day with date and time; explicitly not an interview.')))

F.append(dict(id='it-14', kind='not-interview', now='2029-05-21 09:30', uz=ROM, client='outlook',
 user=('Giorgia Fabbri', 'giorgia.fabbri@outlook.it'), **{'from': ('Farmacie Comunali Riunite', 'selezione@fcr-farmacie.it')}, odate='2029-05-20 19:00',
 subj='Conferma ricezione candidatura – Farmacista collaboratore', note='',
 body='''Gentile candidata,

confermiamo la ricezione della Sua candidatura per la posizione di Farmacista collaboratore.

Per completare la procedura La invitiamo a svolgere il test attitudinale online, disponibile fino alle 23:59 di domenica 27 maggio. Il test dura circa 25 minuti.

Farmacie Comunali Riunite – Ufficio Selezione''',
 exp=dict(company='Farmacie Comunali Riunite', alts=[], role='Farmacista collaboratore', notes='Acknowledgement with an online test deadline as bait.')))

FC, TS, OMS, EF = 'Ferri & Colombo S.p.A.', 'Tiberina Servizi Energetici S.r.l.', 'Officine Meccaniche Sabaude S.p.A.', 'Emilia Food Tech S.r.l.'
CN, LF, SB, AB = 'Cantieri Navali Partenope S.p.A.', 'Lumina Fintech S.p.A.', 'Studio Associato Bellini', 'Atelier Brera Design'
R = [
 ('2029-01-18T19:10:00', ROM, FC, 'thank-you', 'mandata mail di ringraziamento alla dott.ssa rinaldi', 'thanked', None, None, None),
 ('2029-02-13T12:30:00', ROM, TS, 'thank-you', 'fatto, ho ringraziato valentina e l’ing. greco 🙏', 'thanked', None, None, None),
 ('2029-03-29T08:20:00', ROM, EF, 'thank-you', 'ieri sera ho mandato i ringraziamenti', 'thanked', None, None, None),
 ('2029-02-01T10:00:00', ROM, FC, 'follow-up-1', 'ho scritto a giulia per sapere a che punto sono', 'followed-up', None, None, None),
 ('2029-04-12T17:15:00', ROM, EF, 'follow-up-1', 'sollecito inviato', 'followed-up', None, None, None),
 ('2029-05-29T09:45:00', ROM, LF, 'follow-up-2', 'ho chiamato in azienda, mi richiamano loro', 'followed-up', None, None, None),
 ('2029-01-22T13:30:00', ROM, FC, 'follow-up-1', 'mi hanno detto che decidono entro venerdì prossimo', 'decision-date', 'wd:fri', None, None),
 ('2029-02-19T18:00:00', ROM, TS, 'follow-up-1', 'non hanno ancora deciso, valentina dice entro fine mese', 'decision-date', 'eom:2', None, None, 'T'),
 ('2029-03-16T11:10:00', ROM, OMS, 'follow-up-1', 'ancora nessun no 😅 andrea dice che decidono il 26', 'decision-date', 'md:03-26', None, None, 'T'),
 ('2029-04-23T09:00:00', ROM, CN, 'prep', 'nessuna decisione prima del 4 maggio, mi hanno ribadito', 'decision-date', '2029-05-04', None, None, 'T'),
 ('2029-05-16T20:30:00', ROM, LF, 'thank-you', 'è andata bene, risposta tra una settimana', 'decision-date', '+7', None, None),
 ('2029-06-07T10:40:00', ROM, SB, 'thank-you', 'ringraziato. il dott bellini mi fa sapere a metà giugno', 'decision-date', 'mid:6', None, None),
 ('2029-03-01T15:00:00', ROM, AB, 'follow-up-1', 'federica mi dà una risposta la settimana prossima giovedì', 'decision-date', 'nw:thu', None, None),
 ('2029-03-21T12:00:00', ROM, OMS, 'follow-up-2', 'andrea mi ha risposto: il cliente sta ancora valutando', 'heard-back', None, None, None, 'T'),
 ('2029-04-27T16:30:00', ROM, 'Subalpina Assicurazioni S.p.A.', 'follow-up-1', 'la subalpina si è fatta sentire, niente di deciso ma sono ancora in corsa', 'heard-back', None, None, None, 'T'),
 ('2029-01-24T18:00:00', ROM, FC, 'digest', 'secondo colloquio il 31 gennaio alle 9 e mezza', 'next-round', '2029-01-31', '09:30', None),
 ('2029-02-21T13:40:00', ROM, TS, 'follow-up-1', 'mi hanno richiamata! venerdì alle 15 con il direttore', 'next-round', 'wd:fri', '15:00', None),
 ('2029-04-02T10:20:00', ROM, EF, 'digest', 'secondo step in stabilimento il 5/4 alle 14', 'next-round', 'md:04-05', '14:00', None),
 ('2029-05-15T19:00:00', ROM, LF, 'thank-you', 'live coding dopodomani alle 10', 'next-round', '+2', '10:00', None),
 ('2029-03-27T21:30:00', ROM, OMS, 'follow-up-2', 'PRESO!!! mi hanno fatto la proposta 🎉', 'offer', None, None, 'offer'),
 ('2029-05-04T12:00:00', ROM, CN, 'follow-up-1', 'i cantieri mi hanno offerto il posto', 'offer', None, None, 'offer'),
 ('2029-02-08T08:50:00', ROM, FC, 'follow-up-2', 'scartato da ferri & colombo', 'rejected', None, None, 'rejected'),
 ('2029-04-18T17:00:00', ROM, EF, 'follow-up-2', 'mi hanno detto di no purtroppo', 'rejected', None, None, 'rejected'),
 ('2029-06-04T10:30:00', ROM, LF, 'move-on', 'sì è andata male, arrivato il no la settimana scorsa', 'rejected', None, None, 'rejected'),
 ('2029-03-09T20:00:00', ROM, AB, 'follow-up-2', 'ho ritirato la candidatura, lo studio è troppo lontano', 'withdrawn', None, None, 'withdrawn'),
 ('2029-04-16T09:10:00', ROM, 'Subalpina Assicurazioni S.p.A.', 'confirmation', 'ho comunicato ad alessia che mi ritiro dalla selezione', 'withdrawn', None, None, 'withdrawn'),
 ('2029-01-26T08:00:00', ROM, FC, 'follow-up-1', 'ricordamelo lunedì', 'snooze', 'wd:mon', None, None),
 ('2029-03-09T19:30:00', ROM, OMS, 'follow-up-1', 'riparliamone tra una settimana', 'snooze', '+7', None, None),
 ('2029-05-30T12:00:00', ROM, LF, 'follow-up-2', 'ancora nulla da loro, chiedimelo più avanti', 'snooze', None, None, None, 'T'),
 ('2029-04-20T18:00:00', ROM, EF, 'follow-up-1', 'rimandiamo al 2 maggio dai', 'snooze', 'md:05-02', None, None),
 ('2029-06-04T10:32:00', ROM, LF, 'move-on', 'annulla l’ultima cosa, ho sbagliato', 'undo', None, None, None),
 ('2029-02-12T12:45:00', ROM, FC, 'digest', 'riapri ferri & colombo, mi hanno ricontattato', 'reopen', None, None, None, 'T'),
 ('2029-01-11T08:15:00', ROM, FC, 'confirmation', 'è alle 14.30 non alle 15', 'correct', None, '14:30', None),
 ('2029-03-03T09:00:00', ROM, OMS, 'confirmation', 'l’azienda è officine meccaniche sabaude, piemonte talent è l’agenzia', 'correct', None, None, None),
 ('2029-04-06T10:00:00', ROM, None, 'digest', 'a che punto sono le mie candidature?', 'status', None, None, None),
 ('2029-06-14T21:00:00', ROM, None, 'digest', 'mandami tutto in un file excel', 'export', None, None, None),
 ('2029-01-12T12:00:00', ROM, None, 'digest', 'come funziona? cosa posso scriverti', 'help', None, None, None),
 ('2029-03-09T08:00:00', ROM, 'Gruppo Vesuvio Logistica', 'confirmation', 'cancella vesuvio logistica, è solo un open day', 'forget', None, None, None),
 ('2029-01-19T09:00:00', ROM, FC, 'prep', 'grazie mille', 'none', None, None, None),
 ('2029-02-15T12:00:00', ROM, TS, 'follow-up-1', 'una mia amica è stata scartata da tiberina, spero non tocchi a me', 'none', None, None, None, 'T'),
 ('2029-03-25T22:00:00', ROM, OMS, 'follow-up-1', 'e se mi dicono di no?', 'none', None, None, None, 'T'),
 ('2029-04-25T11:00:00', ROM, CN, 'digest', 'il mio capo mi ha fatto una controproposta per restare', 'none', None, None, None, 'T'),
 ('2029-05-12T09:00:00', ROM, LF, 'prep', 'mi hanno rifiutato il mutuo, settimana top', 'none', None, None, None, 'T'),
 ('2029-06-19T15:00:00', LUG, 'Banca del Ceresio SA', 'prep', 'la signora bernasconi mi ha offerto un caffè, molto gentile', 'none', None, None, None, 'T'),
 ('2029-04-19T21:00:00', ROM, CN, 'prep', 'non mi ritiro eh, sono solo in ansia', 'none', None, None, None, 'T'),
 ('2029-06-05T18:00:00', ROM, SB, 'prep', 'che domande fanno di solito a un praticante?', 'none', None, None, None, 'T'),
 ('2029-05-08T20:00:00', ROM, LF, 'prep', 'ok', 'none', None, None, None),
 ('2029-04-19T09:00:00', ROM, CN, 'prep', 'se mi offrono il posto accetto al volo', 'none', None, None, None, 'T'),
 ('2029-02-27T13:00:00', ROM, AB, 'follow-up-1', 'assunta!! scherzo, ancora niente', 'none', None, None, None, 'T'),
 ('2029-06-04T18:00:00', ROM, 'Dolomiti Outdoor S.r.l.', 'digest', 'non ho ancora risposto alla proposta, ci sto pensando', 'none', None, None, None, 'T'),
]

if __name__ == '__main__':
    write_lang('it', F, R, datecalc)
