from mime import write
GF = 'Giulia Fontana <giulia.fontana@libero.example>'
MB = 'Marco Bellini <marco.bellini@tiscali.example>'
CG = 'Chiara Ghezzi <chiara.ghezzi@bluewin.example>'
F = []

F.append(dict(id='it-01', uz='Europe/Rome', now='2028-09-04T09:50', user=GF, style='outlook', cs='windows-1252', cte='qp', ago=45,
 frm='Federica Marchi <f.marchi@officinegalvani.example>', subj='Convocazione colloquio – Ingegnere di processo',
 body='''Gentile Dott.ssa Fontana,

La ringraziamo per l’interesse mostrato verso la posizione di Ingegnere di processo presso Officine Galvani S.p.A.

Siamo lieti di invitarLa a un colloquio che si terrà martedì 12 settembre alle ore 10:30 presso la nostra sede di Via della Fisica 18, Bologna. Durata prevista: circa un’ora.

Incontrerà l’Ing. Stefano Rinaldi (Direttore di Stabilimento) e la Dott.ssa Paola Gentile (HR Manager).

Le daremo un riscontro entro venerdì 22 settembre.

La preghiamo di confermare la Sua presenza rispondendo a questa e-mail.

Cordiali saluti,
Federica Marchi
Ufficio Risorse Umane
Officine Galvani S.p.A.''',
 exp=dict(kind='invite', company='Officine Galvani S.p.A.', alts=['Officine Galvani'], role='Ingegnere di processo', start='2028-09-12T10:30', zone='Europe/Rome', dur=60,
  iv=['Stefano Rinaldi', 'Paola Gentile'], niv=['Federica Marchi', 'Fontana'], dd='2028-09-22',
  notes='windows-1252 QP with typographic apostrophes; Ing./Dott.ssa titles; HR manager on the panel; sender schedules.')))

F.append(dict(id='it-02', uz='Europe/Rome', now='2028-10-27T11:35', user=GF, style='gmail', html=True, cte='b64',
 frm='Martina Riva <martina.riva@sferapay.example>', subj='Sfera Pay – colloquio Product Designer Senior',
 body='''Ciao Giulia,

grazie ancora per la chiacchierata di ieri! Ti confermo il secondo colloquio:

lunedì 30 ottobre, ore 15:00 (ora italiana)
durata: 45 minuti
su Google Meet (link nell'invito)
con Davide Colombo (Head of Design) ed Elisa Ferri (Product Manager)

Ti chiederemo di presentare un progetto del tuo portfolio (10-15 minuti).

A presto,
Martina Riva
Talent Acquisition – Sfera Pay S.r.l.''',
 ics=dict(start='2028-10-30T15:00', zone='Europe/Rome', dur=45, utc=True, summary='Colloquio Giulia Fontana – Product Designer Senior',
  organizer=('Martina Riva', 'martina.riva@sferapay.example'), attendees=[('Davide Colombo', 'davide.colombo@sferapay.example'), ('Elisa Ferri', 'elisa.ferri@sferapay.example'), ('Giulia Fontana', 'giulia.fontana@libero.example')],
  location='Google Meet', prodid='-//Google Inc//Google Calendar 70.9054//EN'),
 exp=dict(kind='invite', company='Sfera Pay S.r.l.', alts=['Sfera Pay'], role='Product Designer Senior', start='2028-10-30T15:00', zone='Europe/Rome', dur=45,
  iv=['Davide Colombo', 'Elisa Ferri'], niv=['Martina Riva', 'Giulia'],
  notes='ICS in UTC (14:00Z) for a date after the EU DST change while now is CEST; "ora italiana" in text; "10-15 minuti" presentation is a bait.')))

F.append(dict(id='it-03', uz='Europe/Zurich', now='2028-09-29T14:20', user=CG, style='apple', cte='8bit', note='Banca Ceresio, colloquio giovedì',
 frm='Laura Pedrazzini <laura.pedrazzini@bancaceresio.example>', subj='Candidatura Compliance Officer – invito a colloquio',
 body='''Gentile Signora Ghezzi,

facendo seguito alla Sua candidatura per la posizione di Compliance Officer, abbiamo il piacere di invitarLa a un colloquio presso la nostra sede di Lugano (Via Nassa 7) giovedì 5 ottobre alle 14.00.

Al colloquio parteciperanno il signor Mattia Bernasconi, Head of Compliance, e la sottoscritta. Durata: 1 ora e un quarto.

Le comunicheremo l'esito entro il 13 ottobre.

Cordiali saluti
Laura Pedrazzini
Risorse Umane
Banca Ceresio SA''',
 exp=dict(kind='invite', company='Banca Ceresio SA', alts=['Banca Ceresio'], role='Compliance Officer', start='2028-10-05T14:00', zone='Europe/Zurich', dur=75,
  iv=['Mattia Bernasconi', 'Laura Pedrazzini'], niv=['Ghezzi'], dd='2028-10-13',
  notes='Swiss Italian (Ticino); "la sottoscritta" = sender joins; "1 ora e un quarto" = 75; "14.00".')))

F.append(dict(id='it-04', uz='Europe/Rome', now='2028-08-16T18:40', user=MB, style='attach', note='ti giro l\'invito in allegato',
 frm='Prenotalo <noreply@prenotalo.example>', subj='Colloquio confermato – Lanificio Bertoni S.p.A.', cte='qp',
 body='''Gentile Marco Bellini,

il Suo colloquio è confermato.

Azienda: Lanificio Bertoni S.p.A.
Posizione: Responsabile Acquisti
Data: lunedì 21 agosto 2028
Orario: 11:00 – 12:00
Luogo: Via Cernaia 9, Biella
Con: Carlo Bertoni, Amministratore Delegato

Messaggio inviato automaticamente da Prenotalo per conto di Lanificio Bertoni S.p.A.''',
 ics=dict(start='2028-08-21T11:00', zone='Europe/Rome', dur=60, tzid='Europe/Rome', tzkind='EU', summary='Colloquio Lanificio Bertoni – Responsabile Acquisti',
  organizer=('Lanificio Bertoni HR', 'hr@lanificiobertoni.example'), attendees=[('Carlo Bertoni', 'carlo.bertoni@lanificiobertoni.example'), ('Marco Bellini', 'marco.bellini@tiscali.example')],
  location='Via Cernaia 9, Biella', prodid='-//Prenotalo//IT'),
 exp=dict(kind='invite', company='Lanificio Bertoni S.p.A.', alts=['Lanificio Bertoni'], role='Responsabile Acquisti', start='2028-08-21T11:00', zone='Europe/Rome', dur=60,
  iv=['Carlo Bertoni'], niv=['Marco Bellini'], notes='message/rfc822 from a booking tool; interviewer shares the company name.')))

F.append(dict(id='it-05', uz='Europe/Rome', now='2028-10-12T19:10', user=MB, style='tbird', cs='iso-8859-1', cte='8bit',
 frm='Alberto Sala <a.sala@selectarisorse.example>', subj='Export Manager DACH - colloquio con Cantine Roero',
 body='''Buonasera Marco,

come anticipato al telefono, Le confermo il colloquio per la posizione di Export Manager DACH presso il nostro cliente Cantine Roero Vini S.r.l.

Ci vediamo mercoledì 18/10 alle 17.30 direttamente in cantina (Strada Castelletto 4, Canale d'Alba). Saremo presenti io e il titolare, Giorgio Roero. Conti un'oretta; parte del colloquio sarà in tedesco.

Cordialmente,
Alberto Sala
Senior Consultant - Selecta Risorse''',
 exp=dict(kind='invite', company='Cantine Roero Vini S.r.l.', alts=['Cantine Roero', 'Cantine Roero Vini'], role='Export Manager DACH', start='2028-10-18T17:30', zone='Europe/Rome', dur=60,
  iv=['Alberto Sala', 'Giorgio Roero'], niv=['Marco'],
  notes='Agency consultant attends with the client ("Saremo presenti io e il titolare"); "un\'oretta" read as 60; ISO-8859-1 8bit; "18/10".')))

F.append(dict(id='it-06', uz='Europe/Rome', now='2028-11-07T10:15', user=MB, style='outlook-orig', html=True, cte='qp',
 frm='Neri Valentina <valentina.neri@assicurazionitevere.example>', subj='Colloquio Attuario Junior – 16/11',
 body='''Gentile Dott. Bellini,

con la presente Le confermiamo il colloquio per la posizione di Attuario Junior, che si svolgerà giovedì 16/11/2028 dalle 9:30 alle 11:00 presso la sede di Piazza Cavour 19, Roma.

La commissione sarà composta da:
- Dott. Luca Ferraro, Chief Actuary
- Dott.ssa Simona Orlando, Risk Management
- Giorgia Santoro, Risorse Umane

Vi daremo un riscontro entro il 30 novembre.

Distinti saluti,
Valentina Neri
Segreteria HR – Assicurazioni Tevere S.p.A.''',
 ics=dict(start='2028-11-16T09:30', zone='Europe/Rome', dur=90, tzid='W. Europe Standard Time', tzkind='EU', inline=True, b64=True,
  summary='Colloquio Marco Bellini – Attuario Junior', organizer=('Neri Valentina', 'valentina.neri@assicurazionitevere.example'),
  attendees=[('Ferraro Luca', 'luca.ferraro@assicurazionitevere.example'), ('Orlando Simona', 'simona.orlando@assicurazionitevere.example'), ('Santoro Giorgia', 'giorgia.santoro@assicurazionitevere.example')], location='Sede Piazza Cavour – sala 3'),
 exp=dict(kind='invite', company='Assicurazioni Tevere S.p.A.', alts=['Assicurazioni Tevere'], role='Attuario Junior', start='2028-11-16T09:30', zone='Europe/Rome', dur=90,
  iv=['Luca Ferraro', 'Simona Orlando', 'Giorgia Santoro'], niv=['Valentina Neri', 'Bellini'], dd='2028-11-30',
  notes='Panel list incl. HR; numeric date 16/11/2028; range 9:30-11:00; Windows TZID base64 inline ICS; "Vi daremo" (plural) still a promise.')))

F.append(dict(id='it-07', uz='Europe/Rome', now='2028-09-06T22:05', user=MB, style='gmail', cte='8bit', note='startup di torino',
 frm='Irene Bassi <irene@nuvolari-mobility.example>', subj='call conoscitiva?',
 body='''Ciao Marco!

Ho visto la tua candidatura per Backend Developer Go, ci piacerebbe conoscerti. Ti va una call lunedì 11 settembre alle 18? Mezz'ora al massimo con Andrea Gallo, il nostro CTO (io purtroppo sono in viaggio).

Ti mando il link Zoom lunedì mattina.

Un abbraccio,
Irene
co-founder, Nuvolari Mobility – Torino''',
 exp=dict(kind='invite', company='Nuvolari Mobility', role='Backend Developer Go', start='2028-09-11T18:00', zone='Europe/Rome', dur=30,
  iv=['Andrea Gallo'], niv=['Irene Bassi', 'Marco'], notes='Informal; sender explicitly does not join; "Mezz\'ora al massimo".')))

F.append(dict(id='it-08', uz='Europe/Rome', now='2028-11-17T12:30', user=GF, style='gmail', html=True, cte='qp',
 frm='Anna Caruso <personale@cantieripartenope.example>', subj='Invito a colloquio – Progettista meccanico',
 body='''Gentile Giulia Fontana,

a seguito della Sua candidatura, siamo lieti di invitarLa a un colloquio tecnico venerdì 24 novembre alle ore 9.00 presso i Cantieri Navali Partenope, Via Marina 41, Napoli.

Il colloquio avrà una durata di circa 90 minuti e sarà condotto dall'Ing. Salvatore Esposito e dall'Ing. Rosaria De Luca dell'Ufficio Tecnico.

Si prega di presentarsi con un documento d'identità.

Cordiali saluti
Anna Caruso
Ufficio Personale''',
 exp=dict(kind='invite', company='Cantieri Navali Partenope', role='Progettista meccanico', start='2028-11-24T09:00', zone='Europe/Rome', dur=90,
  iv=['Salvatore Esposito', 'Rosaria De Luca'], niv=['Anna Caruso', 'Giulia Fontana'], notes='"ore 9.00"; Ing. titles; generic personnel mailbox signed by a person.')))

F.append(dict(id='it-09', uz='Europe/Rome', now='2028-09-08T15:20', user=GF, style='outlook', cs='windows-1252', cte='qp', note='spostato',
 frm='Federica Marchi <f.marchi@officinegalvani.example>', subj='R: Convocazione colloquio – Ingegnere di processo',
 body='''Gentile Dott.ssa Fontana,

a causa di un imprevisto dell’Ing. Rinaldi, siamo costretti a spostare il colloquio di martedì 12/9 ore 10:30. Le proponiamo mercoledì 13/9 alle ore 15:00, stessa sede e stessa durata.

Ci scusiamo per il disagio.

Cordiali saluti,
Federica Marchi
Officine Galvani S.p.A.''',
 exp=dict(kind='reschedule', company='Officine Galvani S.p.A.', alts=['Officine Galvani'], role='Ingegnere di processo', start='2028-09-13T15:00', zone='Europe/Rome', dur=None,
  iv=['Rinaldi'], niv=['Federica Marchi', 'Fontana'],
  notes='Reschedule; "stessa durata" without a number -> null (60 from it-01 defensible); only the surname of one panelist.')))

F.append(dict(id='it-10', uz='Europe/Zurich', now='2028-10-03T08:55', user=CG, style='gmail', cte='qp',
 frm='Laura Pedrazzini <laura.pedrazzini@bancaceresio.example>', subj='Spostamento colloquio Banca Ceresio',
 body='''Gentile Signora Ghezzi,

purtroppo il signor Bernasconi sarà assente giovedì. Le propongo di spostare il colloquio a venerdì 6 ottobre alle 8.30 (1 ora e un quarto, come previsto), sempre in Via Nassa.

Mi scuso per il cambiamento e resto in attesa di una Sua conferma.

Cordiali saluti
Laura Pedrazzini
Banca Ceresio SA''',
 exp=dict(kind='reschedule', company='Banca Ceresio SA', alts=['Banca Ceresio'], role=None, start='2028-10-06T08:30', zone='Europe/Zurich', dur=75,
  iv=['Bernasconi'], niv=['Laura Pedrazzini', 'Ghezzi'],
  notes='Reschedule; old slot only "giovedì"; duration restated; Mattia Bernasconi (full name from it-03) also correct. This mail does not say Laura joins (she did in it-03), so listing her as interviewer is defensible.')))

F.append(dict(id='it-11', uz='Europe/Rome', now='2028-11-13T17:45', user=GF, style='gmail', cte='qp', note='niente da fare',
 frm='Martina Riva <martina.riva@sferapay.example>', subj='Aggiornamento sulla tua candidatura',
 body='''Ciao Giulia,

grazie per il tempo che hai dedicato al processo di selezione per Product Designer Senior. Dopo un'attenta valutazione abbiamo deciso di proseguire con un altro profilo, più vicino alle esigenze attuali del team.

Ti auguriamo il meglio per il tuo percorso!

Martina Riva
Sfera Pay S.r.l.''',
 exp=dict(kind='rejection', company='Sfera Pay S.r.l.', alts=['Sfera Pay'], role='Product Designer Senior', niv=['Martina Riva', 'Giulia'], notes='Rejection.')))

F.append(dict(id='it-12', uz='Europe/Rome', now='2028-09-01T13:20', user=MB, style='outlook', html=True, cte='qp', note='!!!',
 frm='Carlo Bertoni <carlo.bertoni@lanificiobertoni.example>', subj='Proposta di assunzione',
 body='''Gentile Marco,

a seguito del nostro incontro sono lieto di proporLe l'assunzione in Lanificio Bertoni S.p.A. come Responsabile Acquisti, con contratto a tempo indeterminato e RAL di 58.000 euro.

La preghiamo di farci sapere entro il 15 settembre. L'inizio è previsto per il 2 novembre.

Cordiali saluti,
Carlo Bertoni
Amministratore Delegato''',
 exp=dict(kind='offer', company='Lanificio Bertoni S.p.A.', alts=['Lanificio Bertoni'], role='Responsabile Acquisti', niv=['Carlo Bertoni', 'Marco'],
  notes='Offer; "entro il 15 settembre" is the candidate deadline -> null.')))

F.append(dict(id='it-13', uz='Europe/Rome', now='2028-10-16T07:40', user=GF, style='apple', html=True, cte='qp',
 frm='LavoroSubito <avvisi@lavorosubito.example>', subj='Nuove offerte per te: "ingegnere di processo"',
 body='''Ciao Giulia,

ecco le nuove offerte in linea con la tua ricerca:

Ingegnere di Processo – Ceramiche Sassuolo Group – Sassuolo (MO)
Process Engineer – Farmaceutica Adriatica – Pescara
Tecnologo di Processo – Acciaierie del Lambro – Lecco

Segnati la data: Career Day Ingegneria, mercoledì 25 ottobre dalle 9.30, Politecnico di Milano.

Disiscriviti''',
 exp=dict(kind='not-interview', company=None, role=None, notes='Job alert with career-day bait.')))

F.append(dict(id='it-14', uz='Europe/Rome', now='2028-10-16T12:10', user=MB, style='gmail', html=True, cte='qp',
 frm='Assicurazioni Tevere – Lavora con noi <careers@assicurazionitevere.example>', subj='Conferma ricezione candidatura – Attuario Junior',
 body='''Gentile Marco Bellini,

confermiamo la ricezione della Sua candidatura per la posizione di Attuario Junior.

Le candidature saranno valutate entro fine mese; i colloqui individuali si terranno indicativamente nella settimana del 13 novembre. I candidati selezionati saranno contattati dal nostro ufficio.

Cordiali saluti,
Risorse Umane – Assicurazioni Tevere S.p.A.''',
 exp=dict(kind='not-interview', company='Assicurazioni Tevere S.p.A.', alts=['Assicurazioni Tevere'], role='Attuario Junior', niv=['Marco Bellini'],
  notes='Acknowledgement baited with the indicative week of a later interview round (no slot for this user).')))

write('it', F)
