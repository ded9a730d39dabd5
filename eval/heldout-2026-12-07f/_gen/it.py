from mime import build_all, ics

U1 = ('Francesca Lombardi', 'francesca.lombardi@libero.it')
U2 = ('Matteo Esposito', 'matteo.esposito91@gmail.com')
U3 = ('Luca Rossetti', 'luca.rossetti@bluewin.ch')
U4 = ('Giorgia Marchetti', 'giorgia.marchetti@outlook.it')
U5 = ('Alessio De Santis', 'alessio.desantis@tiscali.it')

items = [
dict(id='it-01', kind='invite', now='2030-01-15T09:00:00+01:00', userZone='Europe/Rome', user=U1,
 subj='Fwd: Convocazione colloquio – Responsabile Acquisti', cs='iso-8859-1', cte='quoted-printable',
 body="""Da segnare, grazie

---------- Forwarded message ---------
Da: Giulia Ferri <g.ferri@officinebaroni.it>
Date: lun 14 gen 2030 alle ore 16:12
Subject: Convocazione colloquio - Responsabile Acquisti
To: <francesca.lombardi@libero.it>


Gentile dott.ssa Lombardi,

in riferimento alla Sua candidatura per la posizione di Responsabile Acquisti, siamo lieti di invitarLa a un colloquio conoscitivo martedì 22 gennaio alle ore 10:30 presso la nostra sede di Via dell'Industria 27, Brescia.

Il colloquio sarà condotto dall'Ing. Stefano Baroni, Direttore Operativo, e dalla Dott.ssa Chiara Rinaldi, HR Manager. Durata prevista: un'ora circa.

La preghiamo di confermare la Sua presenza.

Cordiali saluti,
Giulia Ferri
Ufficio Personale
Officine Meccaniche Baroni S.p.A.
""",
 exp=dict(company='Officine Meccaniche Baroni S.p.A.', alt=['Officine Meccaniche Baroni', 'Officine Baroni'], role='Responsabile Acquisti',
  start='2030-01-22T10:30', zone='Europe/Rome', dur=60, iv=['Stefano Baroni', 'Chiara Rinaldi'], niv=['Giulia Ferri', 'Francesca Lombardi'],
  notes='Ing./Dott.ssa titles; interviewer shares company name; iso-8859-1')),

dict(id='it-02', kind='invite', now='2030-04-23T12:00:00+02:00', userZone='Europe/Rome', user=U2,
 subj='I: Colloquio Analista Antiriciclaggio – Banca Popolare del Lario', cs='windows-1252', cte='quoted-printable', xmailer='Microsoft Outlook 16.0',
 body="""

Da: Elena Sala <elena.sala@bplario.it>
Inviato: martedì 23 aprile 2030 10:05
A: Matteo Esposito <matteo.esposito91@gmail.com>
Oggetto: Colloquio Analista Antiriciclaggio – Banca Popolare del Lario

Gentile Matteo,

spero abbia trascorso una buona Pasqua. Le confermo il colloquio per la posizione di Analista Antiriciclaggio per giovedì 2 maggio alle 15, subito dopo il ponte del 1° maggio, presso la nostra sede di Como, Piazza Cavour 5.

Incontrerà il Dott. Marco Colombo, responsabile Compliance, e Federica Galli, senior analyst. Il colloquio durerà circa 45 minuti.

In allegato trova l’invito.

Cordiali saluti,
Elena Sala
Selezione del Personale – Banca Popolare del Lario
""",
 ics=ics('W. Europe Standard Time', '20300502T150000', '20300502T154500', 'Colloquio M. Esposito – Analista Antiriciclaggio',
         ('Elena Sala', 'elena.sala@bplario.it'), [('Matteo Esposito', 'matteo.esposito91@gmail.com'), ('Marco Colombo', 'marco.colombo@bplario.it'), ('Federica Galli', 'federica.galli@bplario.it')],
         'Piazza Cavour 5, Como', uid='it02'),
 exp=dict(company='Banca Popolare del Lario', alt=['BP Lario'], role='Analista Antiriciclaggio', start='2030-05-02T15:00', zone='Europe/Rome', dur=45,
  iv=['Marco Colombo', 'Federica Galli'], niv=['Elena Sala', 'Matteo Esposito'], notes='"alle 15"; May Day bridge; Dott. title; Windows TZID; windows-1252')),

dict(id='it-03', kind='invite', now='2030-03-06T18:00:00+01:00', userZone='Europe/Zurich', user=U3,
 subj='I: Colloquio Specialista Affari Regolatori', cs='utf-8', cte='8bit', xmailer='Apple Mail (2.3774.400.31)',
 body="""Colloquio a Lugano la settimana prossima.



Inizio messaggio inoltrato:

Da: Fabio Bernasconi <fabio.bernasconi@ceresiopharma.ch>
Oggetto: Colloquio Specialista Affari Regolatori
Data: 6 marzo 2030 15:12:44 CET
A: Luca Rossetti <luca.rossetti@bluewin.ch>

Egregio signor Rossetti,

la ringraziamo per la candidatura. Abbiamo il piacere di invitarla a un colloquio per la posizione di Specialista Affari Regolatori mercoledì 13 marzo alle 9.30 presso la nostra sede di Lugano (Via Cantonale 18, Manno).

Sarò presente insieme a Sara Cattaneo, Head of Quality. Preveda circa un’ora e mezza.

Cordiali saluti

Fabio Bernasconi
Responsabile Risorse Umane
Farmaceutica Ceresio SA
""",
 exp=dict(company='Farmaceutica Ceresio SA', alt=['Farmaceutica Ceresio', 'Ceresio'], role='Specialista Affari Regolatori', start='2030-03-13T09:30',
  zone='Europe/Zurich', dur=90, iv=['Fabio Bernasconi', 'Sara Cattaneo'], niv=['Luca Rossetti'],
  notes='Ticino (Europe/Zurich); "alle 9.30"; sender attends; "un\'ora e mezza"; 8bit utf-8')),

dict(id='it-04', kind='invite', now='2030-04-08T19:20:00+02:00', userZone='Europe/Rome', user=U4,
 subj='Fwd: Il tuo colloquio con Vetreria Murano Lux', cs='utf-8', cte='quoted-printable', xmailer='Mozilla Thunderbird',
 body="""Ti giro l'invito in allegato.
Giorgia
""",
 attach=dict(**{'from': ('Vetreria Murano Lux tramite Selezionami', 'notifiche@selezionami.it')}, date='2030-04-08T17:02:00+02:00',
  subject='Il tuo colloquio con Vetreria Murano Lux', cte='base64', html=True,
  body="""Ciao Giorgia,

il tuo colloquio per la posizione di Addetto/a Vendite Estero presso Vetreria Murano Lux S.r.l. è stato fissato.

Quando: venerdì 12 aprile, ore 11:00–11:30
Dove: videochiamata (il link arriverà il giorno prima)
Con: Alessandra Zanon, Export Manager

Ti ricordiamo che prima di Pasqua gli uffici chiudono giovedì 18 aprile alle 13.

In bocca al lupo!
Il team Selezionami per Vetreria Murano Lux
"""),
 exp=dict(company='Vetreria Murano Lux S.r.l.', alt=['Vetreria Murano Lux', 'Murano Lux'], role='Addetto/a Vendite Estero', start='2030-04-12T11:00',
  zone='Europe/Rome', dur=30, iv=['Alessandra Zanon'], niv=['Giorgia Marchetti'], notes='forward as attachment via ATS ("tramite Selezionami"); Easter closure bait')),

dict(id='it-05', kind='invite', now='2030-02-12T17:45:00+01:00', userZone='Europe/Rome', user=U5,
 subj='Fwd: Colloquio telefonico Caseificio Valpadana', cs='utf-8', cte='quoted-printable',
 body="""lunedì telefonata

---------- Forwarded message ---------
Da: Davide Greco <davide.greco@lavoropiu.it>
Date: mar 12 feb 2030 alle ore 15:30
Subject: Colloquio telefonico Caseificio Valpadana
To: Alessio De Santis <alessio.desantis@tiscali.it>


Ciao Alessio,

come anticipato, il Caseificio Valpadana S.p.A. vorrebbe sentirti per la posizione di Tecnologo Alimentare. Ti chiamerà Roberta Fontana, responsabile qualità, lunedì prossimo, 18 febbraio, alle 14:30. Sarà una chiacchierata di una ventina di minuti.

Io non partecipo, ma sentiamoci dopo per un feedback.

Un saluto,
Davide Greco
Consulente – Lavoro Più Agenzia per il Lavoro
""",
 exp=dict(company='Caseificio Valpadana S.p.A.', alt=['Caseificio Valpadana', 'Valpadana'], role='Tecnologo Alimentare', start='2030-02-18T14:30',
  zone='Europe/Rome', dur=20, iv=['Roberta Fontana'], niv=['Davide Greco', 'Alessio De Santis'], notes='agency consultant absent; "una ventina di minuti" ~20')),

dict(id='it-06', kind='invite', now='2030-03-28T10:00:00+01:00', userZone='Europe/Rome', user=U2,
 subj='I: Invito: colloquio DevOps Engineer – Nuvola Tech', cs='utf-8', cte='quoted-printable', xmailer='Microsoft Outlook 16.0',
 body="""occhio all'ora legale

-----Messaggio originale-----
Da: Martina De Luca <martina.deluca@nuvolatech.it>
Inviato: mercoledì 27 marzo 2030 18:40
A: Matteo Esposito <matteo.esposito91@gmail.com>
Oggetto: Invito: colloquio DevOps Engineer – Nuvola Tech

Ciao Matteo,

ti confermo il colloquio tecnico per il ruolo di DevOps Engineer in Nuvola Tech S.r.l. giovedì 4 aprile alle 17 ora italiana, su Google Meet. Ci saremo io e Lorenzo Pellegrini (CTO).

Trovi l'invito in allegato.

A presto,
Martina De Luca
Engineering Manager
""",
 ics=ics(None, '20300404T150000', '20300404T160000', 'Colloquio Matteo Esposito – DevOps Engineer', ('Martina De Luca', 'martina.deluca@nuvolatech.it'),
         [('Matteo Esposito', 'matteo.esposito91@gmail.com'), ('Lorenzo Pellegrini', 'lorenzo@nuvolatech.it')], 'Google Meet', utc=True, uid='it06'),
 exp=dict(company='Nuvola Tech S.r.l.', alt=['Nuvola Tech'], role='DevOps Engineer', start='2030-04-04T17:00', zone='Europe/Rome', dur=60,
  iv=['Martina De Luca', 'Lorenzo Pellegrini'], niv=['Matteo Esposito'], notes='ICS in UTC 15:00Z after EU DST; "alle 17 ora italiana"; sender attends')),

dict(id='it-07', kind='invite', now='2030-05-31T13:00:00+02:00', userZone='Europe/Rome', user=U1,
 subj='I: Colloquio praticantato – Studio Bianchi Moretti', cs='windows-1252', cte='8bit', xmailer='Microsoft Outlook 16.0',
 body="""Da inserire – colloquio dopo il 2 giugno.

Da: Segreteria Studio Bianchi Moretti <segreteria@bianchimoretti.legal>
Inviato: venerdì 31 maggio 2030 11:40
A: Francesca Lombardi <francesca.lombardi@libero.it>
Oggetto: Colloquio praticantato – Studio Bianchi Moretti

Gentile dott.ssa Lombardi,

a seguito della Sua candidatura per la posizione di Praticante Avvocato, Le comunichiamo che l’Avv. Giorgio Bianchi e l’Avv. Laura Moretti La riceveranno venerdì 7 giugno alle tre del pomeriggio presso lo Studio, Corso Vittorio Emanuele II 112, Torino.

Lo Studio resterà chiuso lunedì 3 giugno per il ponte della Festa della Repubblica.

Distinti saluti,
La Segreteria
Studio Legale Associato Bianchi Moretti
""",
 exp=dict(company='Studio Legale Associato Bianchi Moretti', alt=['Studio Bianchi Moretti', 'Bianchi Moretti'], role='Praticante Avvocato',
  start='2030-06-07T15:00', zone='Europe/Rome', dur=None, iv=['Giorgio Bianchi', 'Laura Moretti'], niv=['Francesca Lombardi'],
  notes='"alle tre del pomeriggio"; Avv. titles; partner surnames in company name; Festa della Repubblica bridge bait; windows-1252 8bit')),

dict(id='it-08', kind='invite', now='2030-05-16T08:30:00+02:00', userZone='Europe/Rome', user=U4,
 subj='Fwd: Convocazione colloquio – Clinica Villa Serena', cs='utf-8', cte='base64', html=True,
 ics=ics('Europe/Rome', '20300523T094500', '20300523T102500', 'Colloquio Giorgia Marchetti – Infermiere/a di Sala Operatoria', ('Risorse Umane Villa Serena', 'hr@clinicavillaserena.it'), [('Giorgia Marchetti', 'giorgia.marchetti@outlook.it'), ('Paolo Ricci', 'p.ricci@clinicavillaserena.it'), ('Anna Marino', 'a.marino@clinicavillaserena.it')], 'Via Flaminia 280, Roma', uid='it08', prodid='-//Google Inc//Google Calendar 70.9054//EN'),
 body="""

---------- Forwarded message ---------
Da: Risorse Umane Villa Serena <hr@clinicavillaserena.it>
Date: mer 15 mag 2030 alle ore 14:20
Subject: Convocazione colloquio – Clinica Villa Serena
To: <giorgia.marchetti@outlook.it>


Gentile Giorgia Marchetti,

La invitiamo a un colloquio per la posizione di Infermiere/a di Sala Operatoria giovedì 23 maggio, h 9:45, presso la Clinica Villa Serena, Via Flaminia 280, Roma (palazzina B, 2° piano).

Sarà ricevuta dal Dott. Paolo Ricci, Direttore Sanitario, e dalla coordinatrice infermieristica Anna Marino. Durata indicativa: 40 minuti.

Cordiali saluti,
Ufficio Risorse Umane
Clinica Villa Serena
""",
 exp=dict(company='Clinica Villa Serena', alt=['Villa Serena'], role='Infermiere/a di Sala Operatoria', start='2030-05-23T09:45', zone='Europe/Rome', dur=40,
  iv=['Paolo Ricci', 'Anna Marino'], niv=['Giorgia Marchetti'], notes='"h 9:45"; Dott. title; base64 html')),

dict(id='it-09', kind='reschedule', now='2030-03-09T10:30:00+01:00', userZone='Europe/Rome', user=U5,
 subj='Fwd: Re: Colloquio martedì', cs='utf-8', cte='quoted-printable',
 body="""spostato

---------- Forwarded message ---------
Da: Vincenzo Russo <vincenzo@pasticceriarusso.it>
Date: ven 8 mar 2030 alle ore 20:15
Subject: Re: Colloquio martedì
To: Alessio De Santis <alessio.desantis@tiscali.it>


Caro Alessio,

martedì mi arriva un carico di farina e non riesco a liberarmi. Possiamo spostarlo a giovedì 14 alle 15? Sempre in laboratorio, mezz'oretta.

Un saluto,
Vincenzo

Il giorno lun 4 mar 2030 alle ore 11:02 Vincenzo Russo <vincenzo@pasticceriarusso.it> ha scritto:
> Ciao Alessio, ti aspetto martedì 12 marzo alle 10 per il colloquio come Responsabile di Laboratorio alla Pasticceria Fratelli Russo, Via Toledo 210, Napoli.
> Vincenzo Russo
""",
 exp=dict(company='Pasticceria Fratelli Russo', alt=['Fratelli Russo', 'Pasticceria Russo'], role='Responsabile di Laboratorio', start='2030-03-14T15:00',
  zone='Europe/Rome', dur=30, iv=['Vincenzo Russo'], niv=['Alessio De Santis'], notes='text-only reschedule; "mezz\'oretta" ~30; old slot in quote')),

dict(id='it-10', kind='reschedule', now='2030-06-13T16:00:00+02:00', userZone='Europe/Rome', user=U2,
 subj='I: Aggiornato: Colloquio Ingegnere Ferroviario', cs='utf-8', cte='quoted-printable', xmailer='Microsoft Outlook 16.0', ics_mode='attach',
 body="""Nuova data

Da: Silvia Costa <silvia.costa@trasportialpini.it>
Inviato: giovedì 13 giugno 2030 14:12
A: Matteo Esposito <matteo.esposito91@gmail.com>
Cc: Andrea Gallo <andrea.gallo@trasportialpini.it>
Oggetto: Aggiornato: Colloquio Ingegnere Ferroviario

Gentile Matteo,

per un impegno sopraggiunto dell’Ing. Gallo, il colloquio per la posizione di Ingegnere Ferroviario previsto lunedì 17 giugno alle ore 11 è spostato a mercoledì 19 giugno alle ore 14:00. Durata: 1 ora. Sede invariata (Trento, Via Brennero 52).

Trova in allegato l’invito aggiornato.

Cordiali saluti,
Silvia Costa
Segreteria HR – Trasporti Alpini Integrati S.p.A.
""",
 ics=ics('(UTC+01:00) Amsterdam, Berlino, Berna, Roma, Stoccolma, Vienna', '20300619T140000', '20300619T150000', 'Colloquio M. Esposito – Ingegnere Ferroviario',
         ('Silvia Costa', 'silvia.costa@trasportialpini.it'), [('Matteo Esposito', 'matteo.esposito91@gmail.com'), ('Andrea Gallo', 'andrea.gallo@trasportialpini.it')],
         'Via Brennero 52, Trento', seq=1, uid='it10'),
 exp=dict(company='Trasporti Alpini Integrati S.p.A.', alt=['Trasporti Alpini Integrati', 'Trasporti Alpini'], role='Ingegnere Ferroviario',
  start='2030-06-19T14:00', zone='Europe/Rome', dur=60, iv=['Andrea Gallo'], niv=['Silvia Costa', 'Matteo Esposito'],
  notes='interviewer named only as "Ing. Gallo" in text, full name in Cc and ICS; Italian Windows display-name TZID; old slot in text')),

dict(id='it-11', kind='rejection', now='2030-02-22T21:10:00+01:00', userZone='Europe/Rome', user=U4,
 subj='Fwd: Esito selezione Visual Merchandiser', cs='iso-8859-1', cte='8bit',
 body="""niente da fare :(

---------- Forwarded message ---------
Da: Moda Sartoriale Conti <lavoraconnoi@modaconti.it>
Date: ven 22 feb 2030 alle ore 17:45
Subject: Esito selezione Visual Merchandiser
To: <giorgia.marchetti@outlook.it>


Gentile Giorgia,

ti ringraziamo per aver partecipato alla selezione per la posizione di Visual Merchandiser presso Moda Sartoriale Conti S.r.l.

Dopo un'attenta valutazione, ti comunichiamo che abbiamo scelto di proseguire con un altro profilo. Conserveremo il tuo curriculum per eventuali future opportunità.

Un caro saluto,
Team HR Moda Sartoriale Conti
""",
 exp=dict(company='Moda Sartoriale Conti S.r.l.', alt=['Moda Sartoriale Conti', 'Moda Conti'], role='Visual Merchandiser', start=None, zone=None, dur=None,
  iv=[], niv=['Giorgia Marchetti'], notes='rejection; iso-8859-1 8bit')),

dict(id='it-12', kind='offer', now='2030-02-28T18:00:00+01:00', userZone='Europe/Rome', user=U5,
 subj='Fwd: Proposta di assunzione – Supply Chain Analyst', cs='utf-8', cte='base64',
 body="""ce l'ho fatta!!! 🍾

---------- Forwarded message ---------
Da: Cristina Ferrara <c.ferrara@logisticadriatica.it>
Date: gio 28 feb 2030 alle ore 15:20
Subject: Proposta di assunzione – Supply Chain Analyst
To: Alessio De Santis <alessio.desantis@tiscali.it>


Ciao Alessio,

siamo felici di proporti l'assunzione come Supply Chain Analyst in Logistica Adriatica S.p.A., con contratto a tempo indeterminato, RAL 38.000 € e inizio il 2 aprile (dopo Pasquetta!).

Ti chiediamo di farci sapere entro il 7 marzo se accetti.

Un caro saluto,
Cristina Ferrara
HR Director
""",
 exp=dict(company='Logistica Adriatica S.p.A.', alt=['Logistica Adriatica'], role='Supply Chain Analyst', start=None, zone=None, dur=None,
  iv=[], niv=['Cristina Ferrara', 'Alessio De Santis'], notes='offer; candidate deadline not a decision date')),

dict(id='it-13', kind='not-interview', now='2030-03-14T09:10:00+01:00', userZone='Europe/Rome', user=U1,
 subj='Fwd: Career Day virtuale Energia Verde Italia', cs='utf-8', cte='quoted-printable', html=True,
 body="""non è un colloquio, però magari ci vado

---------- Forwarded message ---------
Da: Energia Verde Italia – Talent <talent@energiaverde.it>
Date: mer 13 mar 2030 alle ore 12:00
Subject: Career Day virtuale Energia Verde Italia
To: <francesca.lombardi@libero.it>


Ciao Francesca,

mercoledì 20 marzo dalle 14 alle 17 ti aspettiamo al nostro Career Day virtuale! Potrai fare colloqui conoscitivi di 15 minuti con i nostri recruiter e scoprire le posizioni aperte in Energia Verde Italia S.p.A.

Iscriviti qui: https://energiaverde.it/careerday

Il team Talent Acquisition
""",
 exp=dict(company='Energia Verde Italia S.p.A.', alt=['Energia Verde Italia', 'Energia Verde'], role=None, start=None, zone=None, dur=None,
  iv=[], niv=['Francesca Lombardi'], notes='virtual career day with "colloqui" of 15 minutes as bait')),

dict(id='it-14', kind='not-interview', now='2030-06-03T20:30:00+02:00', userZone='Europe/Rome', user=U5,
 subj='Fwd: Abbiamo ricevuto la tua candidatura', cs='windows-1252', cte='quoted-printable',
 body="""candidatura fatta

---------- Forwarded message ---------
Da: Supermercati Stella <candidature@supermercatistella.it>
Date: lun 3 giu 2030 alle ore 18:04
Subject: Abbiamo ricevuto la tua candidatura
To: <alessio.desantis@tiscali.it>


Ciao Alessio,

grazie per la tua candidatura come Capo Reparto Ortofrutta per il punto vendita di Caserta.

Il nostro team la valuterà nelle prossime settimane: se il tuo profilo sarà in linea, ti contatteremo per fissare un colloquio.

A presto,
Supermercati Stella – Selezione
""",
 exp=dict(company='Supermercati Stella', alt=['Stella'], role='Capo Reparto Ortofrutta', start=None, zone=None, dur=None, iv=[],
  niv=['Alessio De Santis'], notes='acknowledgement; vague timing')),
]

build_all(items, 'it')
