ITEMS = []
def I(**kw): ITEMS.append(kw)

I(id='it-01', kind='invite', now='2030-09-03 08:55', uz='Europe/Rome',
  frm='Chiara Lombardi <chiara.lombardi@libero.it>', subj='I: Convocazione colloquio – Controller di Gestione', cs='windows-1252', cte='qp',
  body='''Da segnare, grazie.

Da: Francesca Galli <f.galli@lombardaservizi.it>
Inviato: lunedì 2 settembre 2030 17:18
A: Chiara Lombardi <chiara.lombardi@libero.it>
Oggetto: Convocazione colloquio – Controller di Gestione

Gentile Dott.ssa Lombardi,

in seguito alla Sua candidatura per la posizione di Controller di Gestione, siamo lieti di invitarLa a un colloquio conoscitivo:

• giovedì 12 settembre alle ore 14.30
• presso la nostra sede di Via Meravigli 7, Milano (3° piano)
• durata prevista: circa un’ora

Incontrerà il Dott. Marco Bianchi, Direttore Amministrazione e Finanza, e la Dott.ssa Giulia Ferri dell’ufficio Risorse Umane.

La preghiamo di confermare la Sua presenza rispondendo a questa e-mail.

Cordiali saluti,
Francesca Galli
Segreteria di Direzione
Lombarda Servizi Finanziari S.p.A.
''',
  company='Lombarda Servizi Finanziari S.p.A.', alts=['Lombarda Servizi Finanziari', 'Lombarda Servizi'], role='Controller di Gestione', start='2030-09-12T14:30', zone='Europe/Rome', dur=60,
  iv=['Marco Bianchi', 'Giulia Ferri'], niv=['Francesca Galli', 'Chiara Lombardi'], dd=None,
  notes='Outlook IT (Da/Inviato/A/Oggetto), windows-1252 QP with ’ • ° and en dash; "alle ore 14.30"; Dott./Dott.ssa stripped; secretary only schedules.')

I(id='it-02', kind='invite', now='2030-08-06 13:40', uz='Europe/Rome',
  frm='Simone Greco <simone.greco@gmail.com>', subj='Fwd: Colloquio Tevere Comunicazione', cs='utf-8', cte='qp', html=True,
  body='''dopo Ferragosto 🏖️

---------- Forwarded message ---------
Da: Valentina Conti <valentina.conti@teverecomunicazione.it>
Date: mar 6 ago 2030 alle ore 12:05
Subject: Colloquio Tevere Comunicazione
To: Simone Greco <simone.greco@gmail.com>


Ciao Simone,

grazie per la candidatura come Social Media Manager! Io e Luca Marino, il nostro direttore creativo, vorremmo conoscerti.

Visto che l'agenzia chiude per Ferragosto, ti proponiamo martedì 20 agosto alle 10, in videochiamata su Google Meet. Basta mezz'ora.

A presto,
Valentina Conti
HR & Office Manager
Tevere Comunicazione S.r.l. – Roma
''',
  company='Tevere Comunicazione', alts=['Tevere Comunicazione S.r.l.', 'Tevere'], role='Social Media Manager', start='2030-08-20T10:00', zone='Europe/Rome', dur=30,
  iv=['Valentina Conti', 'Luca Marino'], niv=['Simone Greco'], dd=None,
  notes='Gmail IT forward; after Ferragosto closure; "alle 10"; "mezz\'ora" = 30; sender joins ("Io e ...").')

I(id='it-03', kind='invite', now='2030-09-30 18:25', uz='Europe/Zurich',
  frm='Marco Pedrazzini <marco.pedrazzini@bluewin.ch>', subj='Fwd: Colloquio Ceresio Private Bank', cs='utf-8', cte='8bit',
  body='''Inizio messaggio inoltrato:

Da: Chiara Bernasconi <chiara.bernasconi@ceresiobank.ch>
Oggetto: Colloquio Ceresio Private Bank
Data: 30 settembre 2030 16:12:55 CEST
A: Marco Pedrazzini <marco.pedrazzini@bluewin.ch>

Egregio signor Pedrazzini,

La ringraziamo per l'interesse dimostrato per la posizione di Relationship Manager. Saremmo lieti di incontrarLa lunedì 7 ottobre alle 9:30 presso la nostra sede di Riva Caccia 1, Lugano.

Il colloquio durerà 45 minuti; saranno presenti il signor Paolo Rezzonico, responsabile Private Banking, e la sottoscritta.

Distinti saluti

Chiara Bernasconi
Human Resources
Ceresio Private Bank SA
''',
  company='Ceresio Private Bank SA', alts=['Ceresio Private Bank', 'Ceresio'], role='Relationship Manager', start='2030-10-07T09:30', zone='Europe/Zurich', dur=45,
  iv=['Paolo Rezzonico', 'Chiara Bernasconi'], niv=['Marco Pedrazzini'], dd=None,
  notes='Swiss Italian (Ticino), Apple Mail IT forward with no user note; "la sottoscritta" = sender joins.')

ICS_IT04 = '''BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VTIMEZONE
TZID:(UTC+01:00) Amsterdam, Berlino, Berna, Roma, Stoccolma, Vienna
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Elena Moretti:mailto:elena.moretti@moleautomotive.it
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Alessandro Ricci:mailto:alessandro.ricci@moleautomotive.it
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Sara Colombo:mailto:sara.colombo@moleautomotive.it
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Andrea Ferrara:mailto:andrea.ferrara@outlook.it
SUMMARY;LANGUAGE=it-IT:Colloquio tecnico - Ingegnere Software Embedded
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlino, Berna, Roma, Stoccolma, Vienna":20301113T110000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlino, Berna, Roma, Stoccolma, Vienna":20301113T120000
UID:040000008200E00074C5B7101A82E008000000002930A1B2
LOCATION;LANGUAGE=it-IT:Torino - Corso Francia 110, sala Mole
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
'''
I(id='it-04', kind='invite', now='2030-11-05 09:50', uz='Europe/Rome',
  frm='Andrea Ferrara <andrea.ferrara@outlook.it>', subj='I: Colloquio tecnico - Ingegnere Software Embedded', cs='utf-8', cte='qp', html=True,
  ics=ICS_IT04, ics_mode='alt',
  body='''Invito qui sotto.

________________________________
Da: Elena Moretti <elena.moretti@moleautomotive.it>
Inviato: martedì 5 novembre 2030 09:14
A: Andrea Ferrara <andrea.ferrara@outlook.it>
Cc: Alessandro Ricci <alessandro.ricci@moleautomotive.it>; Sara Colombo <sara.colombo@moleautomotive.it>
Oggetto: Colloquio tecnico - Ingegnere Software Embedded

Buongiorno Andrea,

le confermo il colloquio tecnico per la posizione di Ingegnere Software Embedded in Mole Automotive S.p.A.:

mercoledì 13 novembre 2030 dalle 11:00 alle 12:00, Corso Francia 110, Torino (sala Mole).

Parteciperanno Alessandro Ricci (Head of Embedded) e Sara Colombo (Senior Engineer). Io mi occupo solo dell'organizzazione.

Cordiali saluti,
Elena Moretti
Talent Acquisition
''',
  company='Mole Automotive S.p.A.', alts=['Mole Automotive'], role='Ingegnere Software Embedded', start='2030-11-13T11:00', zone='Europe/Rome', dur=60,
  iv=['Alessandro Ricci', 'Sara Colombo'], niv=['Elena Moretti', 'Andrea Ferrara'], dd=None,
  notes='Outlook IT with inline text/calendar, Windows display-name TZID "(UTC+01:00) Amsterdam, Berlino, Berna, Roma, Stoccolma, Vienna"; "dalle 11:00 alle 12:00"; coordinator not attending.')

I(id='it-05', kind='invite', now='2030-10-17 12:30', uz='Europe/Rome',
  frm='Giorgia Santoro <giorgia.santoro@gmail.com>', subj='Fwd: Colloquio Felsinea Packaging', cs='utf-8', cte='qp',
  body='Ti giro la mail della società di selezione come allegato.\n',
  attach=dict(frm='Matteo Fabbri <matteo.fabbri@emiliatalent.it>', to='Giorgia Santoro <giorgia.santoro@gmail.com>',
    date='Wed, 16 Oct 2030 18:40:33 +0200', subj='Colloquio Felsinea Packaging', cs='iso-8859-1', cte='qp', fname='Colloquio Felsinea Packaging.eml',
    body='''Buonasera Giorgia,

come anticipato al telefono, Felsinea Packaging S.p.A. desidera incontrarti per la posizione di Responsabile Produzione.

Appuntamento: venerdì 25 ottobre alle 15, presso lo stabilimento di Casalecchio di Reno.
Durata: un'ora e mezza circa, visita allo stabilimento inclusa.
Presenti: l'Ing. Roberto Gatti, Direttore di Stabilimento, e il sottoscritto, che ti accompagnerà per tutto l'incontro.

L'azienda darà un riscontro entro il 31 ottobre.

Un caro saluto,
Matteo Fabbri
Senior Consultant - Emilia Talent S.r.l.
'''),
  company='Felsinea Packaging S.p.A.', alts=['Felsinea Packaging', 'Felsinea'], role='Responsabile Produzione', start='2030-10-25T15:00', zone='Europe/Rome', dur=90,
  iv=['Roberto Gatti', 'Matteo Fabbri'], niv=['Giorgia Santoro'], dd='2030-10-31',
  notes='Forwarded as message/rfc822 from an agency (Emilia Talent) whose consultant attends ("il sottoscritto") -> interviewer; "alle 15"; "un\'ora e mezza" = 90; Ing. stripped; decision date.')

I(id='it-06', kind='invite', now='2030-12-11 18:00', uz='Europe/Rome',
  frm='Ciro Russo <ciro.russo@alice.it>', subj='Fwd: Colloquio telefonico domani', cs='iso-8859-1', cte='8bit',
  body='''prima di Natale speriamo bene

-------- Messaggio Inoltrato --------
Oggetto: 	Colloquio telefonico domani
Data: 	Wed, 11 Dec 2030 17:32:08 +0100
Mittente: 	Gennaro Esposito <g.esposito@vesuvioshipping.it>
A: 	ciro.russo@alice.it



Gentile Ciro,

come d'accordo La chiamo domani alle 11 e mezza per un primo colloquio telefonico per il ruolo di Operatore Customer Care. Ci vorrà una ventina di minuti.

Cordialità,
Gennaro Esposito
Responsabile Operations
Vesuvio Shipping S.r.l. - Napoli
''',
  company='Vesuvio Shipping S.r.l.', alts=['Vesuvio Shipping', 'Vesuvio'], role='Operatore Customer Care', start='2030-12-12T11:30', zone='Europe/Rome', dur=20,
  iv=['Gennaro Esposito'], niv=['Ciro Russo'], dd=None,
  notes='Thunderbird IT forward ("Mittente"), iso-8859-1 8bit; "domani alle 11 e mezza"; "una ventina di minuti" = 20; run-up to Christmas.')

ICS_IT07 = '''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Altamira//inRecruiting//IT
METHOD:REQUEST
BEGIN:VEVENT
UID:inrec-colloquio-66231@altamirahrm.com
DTSTAMP:20301129T150000Z
DTSTART:20301209T150000Z
DTEND:20301209T154500Z
SUMMARY:Colloquio Backend Developer (Python) - Lagunare Digital
LOCATION:Microsoft Teams
ORGANIZER;CN=Lagunare Digital Recruiting:mailto:noreply@inrecruiting.com
ATTENDEE;CN=Federico Zanon:mailto:federico.zanon@lagunaredigital.it
END:VEVENT
END:VCALENDAR
'''
I(id='it-07', kind='invite', now='2030-11-29 16:30', uz='Europe/Rome',
  frm='Elisa Marchetti <elisa.marchetti@gmail.com>', subj='Fwd: Conferma colloquio – Backend Developer (Python)', cs='utf-8', cte='b64', html=True,
  ics=ICS_IT07, ics_mode='att',
  body='''

---------- Forwarded message ---------
Da: Lagunare Digital Recruiting <noreply@inrecruiting.com>
Date: ven 29 nov 2030 alle ore 16:00
Subject: Conferma colloquio – Backend Developer (Python)
To: <elisa.marchetti@gmail.com>


Gentile Elisa,

ti confermiamo il colloquio per la posizione Backend Developer (Python) presso Lagunare Digital S.r.l.

Data: Lunedì 9 dicembre 2030
Orario: 16:00 - 16:45 (ora italiana)
Modalità: Microsoft Teams
Con: Federico Zanon, CTO

In allegato trovi l'invito da aggiungere al calendario.

Il team Recruiting di Lagunare Digital
Messaggio inviato tramite inRecruiting
''',
  company='Lagunare Digital S.r.l.', alts=['Lagunare Digital', 'Lagunare'], role='Backend Developer (Python)', start='2030-12-09T16:00', zone='Europe/Rome', dur=45,
  iv=['Federico Zanon'], niv=['Elisa Marchetti'], dd=None,
  notes='ATS (inRecruiting) sender; base64; .ics in UTC (15:00Z = 16:00 ora italiana); no user note.')

I(id='it-08', kind='invite', now='2030-07-29 17:45', uz='Europe/Rome',
  frm='Tommaso Bruno <tommaso.bruno@tiscali.it>', subj='I: R: Colloquio Responsabile Ufficio Acquisti', cs='utf-8', cte='qp',
  body='''Fissato per giovedì.

-----Messaggio originale-----
Da: Martina Rossi <m.rossi@arnopelletterie.it>
Inviato: lunedì 29 luglio 2030 16:20
A: Tommaso Bruno <tommaso.bruno@tiscali.it>
Oggetto: R: Colloquio Responsabile Ufficio Acquisti

Gentile Tommaso,

perfetto, allora ci vediamo giovedì alle 15 in sede, via dei Conciatori 14, Firenze. La incontrerà direttamente il titolare, Lorenzo Bartolini; io non sarò presente perché in ferie.

Daremo una risposta prima della pausa estiva, entro venerdì 9 agosto.

Cordiali saluti,
Martina Rossi
Ufficio Personale – Arno Pelletterie S.r.l.

-----Messaggio originale-----
Da: Tommaso Bruno <tommaso.bruno@tiscali.it>
Inviato: domenica 28 luglio 2030 22:03
A: Martina Rossi <m.rossi@arnopelletterie.it>
Oggetto: R: Colloquio Responsabile Ufficio Acquisti

Buonasera,

mercoledì alle 9 purtroppo non riesco; giovedì pomeriggio sarebbe perfetto.

Saluti,
Tommaso Bruno
''',
  company='Arno Pelletterie S.r.l.', alts=['Arno Pelletterie'], role='Responsabile Ufficio Acquisti', start='2030-08-01T15:00', zone='Europe/Rome', dur=None,
  iv=['Lorenzo Bartolini'], niv=['Martina Rossi', 'Tommaso Bruno'], dd='2030-08-09',
  notes='Outlook IT thread ("I: R:"); "giovedì alle 15" -> 1 Aug; quoted Wednesday 9 is bait; sender on holiday, not attending; decision before the summer break.')

I(id='it-09', kind='reschedule', now='2030-10-28 11:10', uz='Europe/Rome',
  frm='Serena Caputo <serena.caputo@virgilio.it>', subj='Fwd: Spostamento colloquio', cs='utf-8', cte='8bit',
  body='''spostato a lunedì prossimo

---------- Forwarded message ---------
Da: Nicola De Santis <n.desantis@pugliasolare.it>
Date: lun 28 ott 2030 alle ore 10:47
Subject: Spostamento colloquio
To: Serena Caputo <serena.caputo@virgilio.it>


Buongiorno Serena,

purtroppo mercoledì sarò in cantiere a Lecce. Possiamo spostare il colloquio per Tecnico fotovoltaico da mercoledì alle 10 a lunedì 4 novembre alle 12? Venerdì è Ognissanti e siamo chiusi. Ci vediamo sempre in ufficio, sarò io a farti il colloquio.

Grazie e scusa il cambio,
Nicola De Santis
Puglia Solare S.r.l. – Bari
''',
  company='Puglia Solare S.r.l.', alts=['Puglia Solare'], role='Tecnico fotovoltaico', start='2030-11-04T12:00', zone='Europe/Rome', dur=None,
  iv=['Nicola De Santis'], niv=['Serena Caputo'], dd=None,
  notes='Text-only reschedule from Wed 30 Oct 10:00 to Mon 4 Nov 12:00; Friday All Saints (Ognissanti) closure is a bait.')

ICS_IT10 = '''BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:AAMkADlanterna-77341
SEQUENCE:1
DTSTAMP:20301210T091000Z
DTSTART:20301217T160000Z
DTEND:20301217T170000Z
SUMMARY:AGGIORNATO: Colloquio Project Engineer
LOCATION:Genova - Calata Gadda, palazzina uffici
ORGANIZER;CN=Silvia Repetto:mailto:silvia.repetto@lanternacantieri.it
ATTENDEE;CN=Davide Parodi:mailto:davide.parodi@lanternacantieri.it
ATTENDEE;CN=Fabio Olivieri:mailto:fabio.olivieri@gmail.com
END:VEVENT
END:VCALENDAR
'''
I(id='it-10', kind='reschedule', now='2030-12-10 10:35', uz='Europe/Rome',
  frm='Fabio Olivieri <fabio.olivieri@gmail.com>', subj='Fwd: AGGIORNATO: Colloquio Project Engineer', cs='utf-8', cte='qp', html=True,
  ics=ICS_IT10, ics_mode='att', icte='7bit',
  body='''anticipato, prima delle feste

---------- Forwarded message ---------
Da: Silvia Repetto <silvia.repetto@lanternacantieri.it>
Date: mar 10 dic 2030 alle ore 10:10
Subject: AGGIORNATO: Colloquio Project Engineer
To: Fabio Olivieri <fabio.olivieri@gmail.com>


Buongiorno Fabio,

l'Ing. Davide Parodi parte per le ferie natalizie prima del previsto, quindi il colloquio per il ruolo di Project Engineer previsto per giovedì 19 dicembre alle 9:30 è anticipato a martedì 17 dicembre alle ore 17:00, stessa sede, durata un'ora. In allegato l'invito aggiornato.

Cordiali saluti,
Silvia Repetto
Risorse Umane – Lanterna Cantieri Navali S.p.A.
''',
  company='Lanterna Cantieri Navali S.p.A.', alts=['Lanterna Cantieri Navali', 'Lanterna Cantieri'], role='Project Engineer', start='2030-12-17T17:00', zone='Europe/Rome', dur=60,
  iv=['Davide Parodi'], niv=['Silvia Repetto', 'Fabio Olivieri'], dd=None,
  notes='Reschedule moved EARLIER (19 Dec 9:30 -> 17 Dec 17:00); .ics attachment in UTC (16:00Z); Ing. stripped.')

I(id='it-11', kind='rejection', now='2030-09-18 21:20', uz='Europe/Rome',
  frm='Federica Costa <federica.costa@gmail.com>', subj='Fwd: Esito selezione Export Manager', cs='utf-8', cte='qp', html=True,
  body='''niente da fare

---------- Forwarded message ---------
Da: Scaligera Vini <selezione@scaligeravini.it>
Date: mer 18 set 2030 alle ore 19:02
Subject: Esito selezione Export Manager
To: Federica Costa <federica.costa@gmail.com>


Gentile Federica,

la ringraziamo per il tempo dedicato al colloquio del 10 settembre con Giovanni Zanetti.

Ci dispiace comunicarle che abbiamo deciso di proseguire con un altro profilo per la posizione di Export Manager. Conserveremo il suo curriculum per eventuali future opportunità, ad esempio dopo la vendemmia.

Cordiali saluti,
Ufficio Risorse Umane
Scaligera Vini S.r.l.
''',
  company='Scaligera Vini S.r.l.', alts=['Scaligera Vini', 'Scaligera'], role='Export Manager', start=None, zone=None, dur=None,
  iv=[], niv=['Giovanni Zanetti', 'Federica Costa'], dd=None,
  notes='Rejection ("proseguire con un altro profilo"); past interview date and "dopo la vendemmia" are baits.')

I(id='it-12', kind='offer', now='2030-07-15 19:30', uz='Europe/Rome',
  frm='Davide Longo <davide.longo@icloud.com>', subj='Fwd: Proposta di assunzione – UX/UI Designer', cs='utf-8', cte='qp',
  body='''CE L'HO FATTA 🎉

Inizio messaggio inoltrato:

Da: Laura Villa <laura@naviglidesign.it>
Oggetto: Proposta di assunzione – UX/UI Designer
Data: 15 luglio 2030 18:05:44 CEST
A: Davide Longo <davide.longo@icloud.com>

Ciao Davide,

è con grande piacere che ti offriamo la posizione di UX/UI Designer presso Navigli Design Studio, con contratto a tempo indeterminato, RAL 38.000 € e inizio il 2 settembre, dopo la pausa estiva.

Ti chiediamo di comunicarci la tua decisione entro lunedì 22 luglio.

Un abbraccio,
Laura Villa
Founder, Navigli Design Studio
''',
  company='Navigli Design Studio', alts=['Navigli Design'], role='UX/UI Designer', start=None, zone=None, dur=None,
  iv=[], niv=['Laura Villa', 'Davide Longo'], dd=None,
  notes='Offer via Apple Mail; "entro lunedì 22 luglio" is the candidate deadline (decisionDate null); start date after summer break is bait.')

I(id='it-13', kind='not-interview', now='2030-11-08 08:20', uz='Europe/Rome',
  frm='Luca Pellegrini <luca.pellegrini@outlook.it>', subj='I: Career Day Alpina Impianti – 21 novembre', cs='windows-1252', cte='qp', html=True,
  body='''ci vado?

________________________________
Da: Alpina Impianti S.p.A. <careers@alpinaimpianti.it>
Inviato: giovedì 7 novembre 2030 12:00
A: luca.pellegrini@outlook.it
Oggetto: Career Day Alpina Impianti – 21 novembre

Ciao Luca,

visto che ti sei candidato da noi, ti invitiamo al nostro Career Day:

giovedì 21 novembre, dalle 9:30 alle 13:00
Sede di Trento, via Brennero 260

Alle 10 l’Amministratore Delegato Stefano Pedrotti presenterà i piani di assunzione 2031, poi potrai parlare con i responsabili di reparto. Iscrizione gratuita entro il 18 novembre.

A presto!
Team Talent Acquisition
''',
  company='Alpina Impianti S.p.A.', alts=['Alpina Impianti'], role=None, start=None, zone=None, dur=None,
  iv=[], niv=['Stefano Pedrotti', 'Luca Pellegrini'], dd=None,
  notes='Career-day invitation with date, time range, talk time and registration deadline as baits; windows-1252 ’ and en dash.')

I(id='it-14', kind='not-interview', now='2030-10-02 07:45', uz='Europe/Rome',
  frm='Roberta Fontana <roberta.fontana@libero.it>', subj='Fwd: Conferma ricezione candidatura – Store Manager', cs='utf-8', cte='qp',
  body='''solo per tenerne traccia

---------- Forwarded message ---------
Da: Supermercati Tirreno <lavoraconnoi@supermercatitirreno.it>
Date: mar 1 ott 2030 alle ore 20:14
Subject: Conferma ricezione candidatura – Store Manager
To: <roberta.fontana@libero.it>


Gentile candidata,

abbiamo ricevuto la tua candidatura per la posizione di Store Manager (punto vendita di Livorno).

Le selezioni si terranno a partire dal 14 ottobre. Verrai contattata solo in caso di esito positivo della prima valutazione del CV.

Grazie per aver scelto Supermercati Tirreno S.p.A.

Messaggio generato automaticamente, si prega di non rispondere.
''',
  company='Supermercati Tirreno S.p.A.', alts=['Supermercati Tirreno'], role='Store Manager', start=None, zone=None, dur=None,
  iv=[], niv=['Roberta Fontana'], dd=None,
  notes='Automatic application acknowledgement with a selection start date as bait; no decision promise.')
