from lib import ics
items = [
dict(id='it-01', kind='invite', style='outlook', prefix='I: ', now='2031-03-11T08:50:00+01:00', userZone='Europe/Rome',
 user=('Federica Colombo', 'federica.colombo@libero.it'), note='',
 orig_from=('Laura Bianchi', 'l.bianchi@valsecchi-mobili.it'), orig_date='2031-03-10T17:20:00+01:00',
 subject='Convocazione colloquio – Impiegato/a Ufficio Acquisti',
 charset='utf-8', cte='quoted-printable',
 body="""Gentile Federica,

La ringraziamo per la candidatura alla posizione di Impiegato/a Ufficio Acquisti presso Mobilificio Valsecchi S.r.l.

Siamo lieti di invitarLa a un colloquio conoscitivo martedì 18 marzo alle 15, presso la nostra sede di Lissone (Via Matteotti 112).

Il colloquio, della durata di circa un'ora, sarà condotto dalla sottoscritta e dall'Ing. Marco Colombo, Responsabile Acquisti.

La preghiamo di confermare la Sua presenza rispondendo a questa e-mail.

Cordiali saluti,

Dott.ssa Laura Bianchi
HR Manager
Mobilificio Valsecchi S.r.l.
""",
 exp=dict(company='Mobilificio Valsecchi S.r.l.', alt=['Mobilificio Valsecchi', 'Valsecchi'], role='Impiegato/a Ufficio Acquisti', start='2031-03-18T15:00', zone='Europe/Rome', dur=60,
  iv=['Laura Bianchi', 'Marco Colombo'], niv=['Federica Colombo'],
  notes='"alle 15"; Dott.ssa/Ing. titles; "la sottoscritta" = sender joins; interviewer shares surname with candidate.')),

dict(id='it-02', kind='invite', style='gmail', prefix='Fwd: ', now='2031-04-08T21:00:00+02:00', userZone='Europe/Rome',
 user=('Antonio Esposito', 'antonio.esposito77@gmail.com'), note='dopo Pasqua',
 orig_from=('Giuseppe Santoro', 'giuseppe@oleificiosantoro.it'), orig_date='2031-04-08T12:30:00+02:00',
 subject='Colloquio Responsabile Qualità',
 charset='iso-8859-1', cte='quoted-printable',
 body="""Buongiorno Antonio,

ho letto con interesse il Suo curriculum per la posizione di Responsabile Qualità.

Le propongo di vederci dopo Pasqua, mercoledì 16 aprile alle ore 10:30, qui in frantoio (Contrada San Lorenzo 5, Bitonto). Il colloquio lo farò io personalmente, poi Le farò vedere la linea di imbottigliamento.

Mi faccia sapere se Le va bene.

Cordiali saluti,
Giuseppe Santoro
Titolare - Oleificio Santoro
""",
 exp=dict(company='Oleificio Santoro', alt=['Santoro'], role='Responsabile Qualità', start='2031-04-16T10:30', zone='Europe/Rome', dur=None,
  iv=['Giuseppe Santoro'], niv=['Antonio Esposito'],
  notes='Owner writes himself; after Easter; "alle ore 10:30"; latin-1 QP.')),

dict(id='it-03', kind='invite', style='outlook', prefix='I: ', now='2031-04-22T09:15:00+02:00', userZone='Europe/Rome',
 user=('Chiara Lombardi', 'chiara.lombardi@outlook.it'), note='',
 orig_from=('Silvia Conti', 'silvia.conti@bpcolli.it'), orig_date='2031-04-18T16:00:00+02:00',
 subject='Invito: colloquio Analista Crediti',
 charset='utf-8', cte='base64', html=True,
 ics=ics('040000008200E00074C5B7101A82E00800000000BPC20310428', 'Colloquio Chiara Lombardi – Analista Crediti', '20310428T140000', '20310428T150000', tzid='W. Europe Standard Time',
   organizer=('Silvia Conti', 'silvia.conti@bpcolli.it'), attendees=[('Francesca Ricci', 'francesca.ricci@bpcolli.it'), ('Alessandro Greco', 'alessandro.greco@bpcolli.it'), ('Chiara Lombardi', 'chiara.lombardi@outlook.it')],
   location='Banca Popolare dei Colli – Sede centrale, Piazza Garibaldi 3, Asti', stamp='20310418T140000Z'),
 body="""Gentile Chiara,

a seguito della selezione dei curricula, La invitiamo a un colloquio per la posizione di Analista Crediti.

Data: lunedì 28 aprile 2031 (dopo il ponte del 25 aprile)
Orario: dalle 14:00 alle 15:00
Luogo: Sede centrale, Piazza Garibaldi 3, Asti

Incontrerà:
• Francesca Ricci – Responsabile Area Crediti
• Alessandro Greco – Risk Manager

Entro venerdì 9 maggio Le comunicheremo l'esito.

Cordiali saluti,
Silvia Conti
Ufficio Risorse Umane
Banca Popolare dei Colli
""",
 exp=dict(company='Banca Popolare dei Colli', alt=['BP dei Colli', 'Popolare dei Colli'], role='Analista Crediti', start='2031-04-28T14:00', zone='Europe/Rome', dur=60,
  iv=['Francesca Ricci', 'Alessandro Greco'], niv=['Silvia Conti', 'Chiara Lombardi'],
  notes='Outlook HTML+ICS W. Europe Standard Time; HR coordinator only schedules; 25 aprile bridge; decision by 9 May.')),

dict(id='it-04', kind='invite', style='attach', prefix='I: ', now='2031-05-29T18:45:00+02:00', userZone='Europe/Rome',
 user=('Davide Rinaldi', 'davide.rinaldi@tiscali.it'), note='ti giro la mail in allegato',
 orig_from=('Lanificio Ortensia tramite SelezionaPro', 'noreply@selezionapro.it'), orig_date='2031-05-29T11:10:00+02:00',
 subject='Conferma colloquio – Product Manager – Lanificio Ortensia S.p.A.',
 charset='utf-8', cte='quoted-printable', html=True,
 body="""Ciao Davide,

il tuo colloquio è confermato.

Posizione: Product Manager
Azienda: Lanificio Ortensia S.p.A.
Quando: giovedì 5 giugno, ore 9:30-10:15
Dove: videochiamata Microsoft Teams (riceverai il link il giorno prima)
Con: Paolo Marchetti, Direttore Marketing

Ti ricordiamo che lunedì 2 giugno gli uffici saranno chiusi per la Festa della Repubblica.

Per spostare il colloquio usa la tua area personale.

SelezionaPro per Lanificio Ortensia S.p.A.
""",
 exp=dict(company='Lanificio Ortensia S.p.A.', alt=['Lanificio Ortensia'], role='Product Manager', start='2031-06-05T09:30', zone='Europe/Rome', dur=45,
  iv=['Paolo Marchetti'], niv=['Davide Rinaldi'],
  notes='Forward as attachment; ATS sender; "ore 9:30-10:15"; Festa della Repubblica bait.')),

dict(id='it-05', kind='invite', style='apple', prefix='Fwd: ', now='2031-02-06T19:20:00+01:00', userZone='Europe/Zurich',
 user=('Luca Bernasconi', 'luca.bernasconi@bluewin.ch'), note='',
 orig_from=('Chiara Ferri', 'chiara.ferri@ponte-hr.ch'), orig_date='2031-02-06T15:05:00+01:00',
 subject='Colloquio Farmaceutica Ceresio SA – Chimico analitico',
 charset='utf-8', cte='8bit',
 body="""Buongiorno Luca,

come anticipato al telefono, Farmaceutica Ceresio SA La incontrerà per la posizione di Chimico analitico:

venerdì 14 febbraio alle 11, presso lo stabilimento di Mendrisio (Via Penate 9).

Il colloquio sarà tenuto dal dott. Matteo Rossi, Responsabile Controllo Qualità; sarò presente anch'io per Ponte Risorse Umane.

Cordiali saluti,
Chiara Ferri
Consulente Senior
Ponte Risorse Umane SA – Lugano
""",
 exp=dict(company='Farmaceutica Ceresio SA', alt=['Farmaceutica Ceresio', 'Ceresio'], role='Chimico analitico', start='2031-02-14T11:00', zone='Europe/Zurich', dur=None,
  iv=['Matteo Rossi', 'Chiara Ferri'], niv=['Luca Bernasconi'],
  notes='Ticino (Europe/Zurich); agency consultant attends; company is the client; "alle 11".')),

dict(id='it-06', kind='invite', style='thunderbird', prefix='Fwd: ', now='2031-03-13T13:40:00+01:00', userZone='Europe/Rome',
 user=('Marta Gallo', 'marta.gallo@fastwebnet.it'), note='',
 orig_from=('Giorgia Ferro', 'giorgia.ferro@muranoblu.it'), orig_date='2031-03-13T10:25:00+01:00',
 subject='Colloquio Export Manager – Vetreria Murano Blu',
 charset='utf-8', cte='quoted-printable',
 ics=ics('muranoblu-export-20310320', 'Colloquio Export Manager – Marta Gallo', '20310320T160000Z', '20310320T163000Z',
   organizer=('Giorgia Ferro', 'giorgia.ferro@muranoblu.it'), attendees=[('Marta Gallo', 'marta.gallo@fastwebnet.it')], location='Google Meet', prodid='-//Google Inc//Google Calendar 70.9054//EN', stamp='20310313T092500Z'),
 body="""Gentile Marta,

grazie per la disponibilità. Le confermo il colloquio per la posizione di Export Manager giovedì 20 marzo ore 17:00 (ora italiana), su Google Meet. Durerà mezz'ora circa e lo condurrò io.

Se si collega dall'estero, tenga presente che negli Stati Uniti l'ora legale è già in vigore.

Un cordiale saluto,
Giorgia Ferro
Sales Director
Vetreria Murano Blu
""",
 exp=dict(company='Vetreria Murano Blu', alt=['Murano Blu'], role='Export Manager', start='2031-03-20T17:00', zone='Europe/Rome', dur=30,
  iv=['Giorgia Ferro'], niv=['Marta Gallo'],
  notes='ICS in UTC (16:00Z = 17:00 CET); "mezz\'ora circa"; US DST remark as a trap.')),

dict(id='it-07', kind='invite', style='outlook_old', prefix='I: ', now='2031-01-21T15:30:00+01:00', userZone='Europe/Rome',
 user=('Salvatore Russo', 'salvo.russo@alice.it'), note='fissato!',
 orig_from=('Nino Gambino', 'nino@pasticceriagambino.it'), orig_date='2031-01-21T14:55:00+01:00',
 subject='R: Candidatura Pasticcere',
 charset='windows-1252', cte='8bit',
 body="""Ciao Salvatore,

perfetto, allora ci vediamo venerdì alle 9 e mezza in laboratorio (Via Etnea 300, Catania). Porta la giacca da lavoro che ti faccio fare una prova pratica, conta un paio d’ore.

Nino Gambino
Pasticceria Gambino – dal 1962

-----Messaggio originale-----
Da: Salvatore Russo [mailto:salvo.russo@alice.it]
Inviato: martedì 21 gennaio 2031 11:40
A: Nino Gambino
Oggetto: R: Candidatura Pasticcere

Buongiorno, giovedì lavoro fino alle 14, venerdì mattina sono libero.
Salvatore

-----Messaggio originale-----
Da: Nino Gambino
Inviato: lunedì 20 gennaio 2031 18:02
A: Salvatore Russo
Oggetto: Candidatura Pasticcere

Ciao Salvatore, ho visto il tuo curriculum per il posto di Pasticcere. Passi da noi giovedì o venerdì mattina?
""",
 exp=dict(company='Pasticceria Gambino', alt=['Gambino'], role='Pasticcere', start='2031-01-24T09:30', zone='Europe/Rome', dur=120,
  iv=['Nino Gambino'], niv=['Salvatore Russo'],
  notes='Thread; "venerdì alle 9 e mezza" relative to Tue 21 Jan; "un paio d\'ore" = 120 (approximate); cp1252 8bit.')),

dict(id='it-08', kind='invite', style='gmail', prefix='Fwd: ', now='2031-05-28T08:10:00+02:00', userZone='Europe/Rome',
 user=('Giulia Ferrara', 'giulia.ferrara@gmail.com'), note='',
 orig_from=('Roberto Galli', 'roberto.galli@assidolomiti.it'), orig_date='2031-05-27T17:48:00+02:00',
 subject='Colloquio telefonico – Consulente Assicurativo',
 charset='utf-8', cte='quoted-printable',
 body="""Buonasera Giulia,

Le scrivo per fissare un colloquio telefonico di una ventina di minuti per la posizione di Consulente Assicurativo presso Assicurazioni Dolomiti.

Visto il ponte del 2 giugno, Le propongo mercoledì 4 giugno alle 18. La chiamerò io al numero indicato nel CV.

Cordialità,
Roberto Galli
Agente Generale
Assicurazioni Dolomiti – Agenzia di Trento
""",
 exp=dict(company='Assicurazioni Dolomiti', alt=['Dolomiti'], role='Consulente Assicurativo', start='2031-06-04T18:00', zone='Europe/Rome', dur=20,
  iv=['Roberto Galli'], niv=['Giulia Ferrara'],
  notes='Phone; "una ventina di minuti"; "alle 18"; Festa della Repubblica bridge mentioned.')),

dict(id='it-09', kind='reschedule', style='outlook', prefix='I: ', now='2031-03-04T12:40:00+01:00', userZone='Europe/Rome',
 user=('Fabio Marino', 'fabio.marino@outlook.it'), note='spostato',
 orig_from=('Stefano De Luca', 's.deluca@cantiereadriatico.it'), orig_date='2031-03-04T10:22:00+01:00',
 subject='Spostamento colloquio – Disegnatore CAD',
 charset='utf-8', cte='quoted-printable',
 body="""Gentile Fabio,

purtroppo devo spostare il nostro colloquio di giovedì 6 marzo (ore 11). Le propongo lunedì 10 marzo alle 14:30, sempre presso il cantiere di Ancona, stessa durata (un'ora circa).

Mi scuso per il cambio.

Stefano De Luca
Responsabile Ufficio Tecnico
Cantiere Navale Adriatico
""",
 exp=dict(company='Cantiere Navale Adriatico', alt=['Cantiere Adriatico'], role='Disegnatore CAD', start='2031-03-10T14:30', zone='Europe/Rome', dur=60,
  iv=['Stefano De Luca'], niv=['Fabio Marino'],
  notes='Reschedule from Thu 6 March 11:00 to Mon 10 March 14:30.')),

dict(id='it-10', kind='reschedule', style='apple', prefix='Fwd: ', now='2031-05-05T11:12:00+02:00', userZone='Europe/Rome',
 user=('Sara Fontana', 'sara.fontana@icloud.com'), note='cambiato a giovedì',
 orig_from=('Elena Moretti', 'elena.moretti@edizionilagunari.it'), orig_date='2031-05-05T10:40:00+02:00',
 subject='Re: Colloquio Redattore',
 charset='utf-8', cte='quoted-printable',
 body="""Cara Sara,

mi è capitato un imprevisto mercoledì mattina. Possiamo spostarlo a giovedì alle 15? Stesso indirizzo.

Un saluto,
Elena

Il giorno 30 apr 2031, alle ore 16:05, Elena Moretti <elena.moretti@edizionilagunari.it> ha scritto:

> Gentile Sara,
> La invito a un colloquio per la posizione di Redattore presso Edizioni Lagunari mercoledì 7 maggio alle 11, nella nostra sede di Venezia (Fondamenta delle Zattere 1402). Durata prevista: 45 minuti, con me e con il direttore editoriale Carlo Zanetti.
> Elena Moretti
> Caporedattrice
""",
 exp=dict(company='Edizioni Lagunari', alt=['Lagunari'], role='Redattore', start='2031-05-08T15:00', zone='Europe/Rome', dur=45,
  iv=['Elena Moretti', 'Carlo Zanetti'], niv=['Sara Fontana'],
  notes='Text-only move "giovedì alle 15" from Mon 5 May; panel and duration from the quoted invite.')),

dict(id='it-11', kind='rejection', style='gmail', prefix='Fwd: ', now='2031-02-14T17:55:00+01:00', userZone='Europe/Rome',
 user=('Matteo Villa', 'matteo.villa@gmail.com'), note='niente da fare',
 orig_from=('Caseificio Alpino', 'hr@caseificioalpino.it'), orig_date='2031-02-14T15:30:00+01:00',
 subject='Esito selezione – Addetto Produzione',
 charset='utf-8', cte='quoted-printable',
 body="""Gentile Matteo,

La ringraziamo per aver partecipato al colloquio del 7 febbraio per la posizione di Addetto Produzione presso Caseificio Alpino.

Ci dispiace comunicarLe che abbiamo deciso di proseguire con altri candidati. Conserveremo il Suo CV per eventuali future opportunità.

Ci farebbe piacere vederLa alla nostra giornata "Caseificio aperto" di domenica 16 marzo dalle 10.

Cordiali saluti,
Ufficio Personale
Caseificio Alpino
""",
 exp=dict(company='Caseificio Alpino', alt=[], role='Addetto Produzione', start=None, zone=None, dur=None,
  iv=[], niv=['Matteo Villa'],
  notes='Rejection; past interview and an open day as bait.')),

dict(id='it-12', kind='offer', style='outlook', prefix='I: ', now='2031-06-10T19:05:00+02:00', userZone='Europe/Rome',
 user=('Alessia Romano', 'alessia.romano@outlook.it'), note='proposta arrivata!!!',
 orig_from=('Valentina Bruno', 'v.bruno@sirenatrasporti.it'), orig_date='2031-06-10T16:22:00+02:00',
 subject='Proposta di assunzione – Responsabile Logistica',
 charset='windows-1252', cte='quoted-printable', html=True,
 body="""Gentile Alessia,

a seguito dei colloqui svolti, siamo lieti di proporLe l’assunzione nel ruolo di Responsabile Logistica presso Gruppo Sirena Trasporti.

• Contratto a tempo indeterminato, CCNL Logistica, livello Quadro
• RAL: 52.000 €
• Data di inizio: 1° settembre 2031

Le chiediamo un riscontro entro il 20 giugno.

Cordiali saluti,
Valentina Bruno
HR Director – Gruppo Sirena Trasporti
""",
 exp=dict(company='Gruppo Sirena Trasporti', alt=['Sirena Trasporti'], role='Responsabile Logistica', start=None, zone=None, dur=None,
  iv=[], niv=['Valentina Bruno', 'Alessia Romano'],
  notes='Offer; "riscontro entro il 20 giugno" is the candidate\'s deadline; cp1252 bullets and €.')),

dict(id='it-13', kind='not-interview', style='outlook', prefix='I: ', now='2031-03-05T10:30:00+01:00', userZone='Europe/Rome',
 user=('Lorenzo Ricci', 'lorenzo.ricci@polimi-alumni.it'), note='ci vado?',
 orig_from=('Meccanica Brembana S.p.A.', 'recruiting@meccanicabrembana.it'), orig_date='2031-03-04T09:00:00+01:00',
 subject='Career Day: incontra Meccanica Brembana il 13 marzo',
 charset='utf-8', cte='quoted-printable', html=True,
 body="""Ciao Lorenzo,

Meccanica Brembana S.p.A. sarà presente al Career Day di Ingegneria giovedì 13 marzo, dalle ore 10 alle 17, stand 24.

Alle 11:30 il nostro Plant Manager, Ing. Davide Locatelli, terrà un intervento su "Automazione e lean manufacturing". Porta il tuo CV: faremo brevi colloqui conoscitivi direttamente allo stand, senza appuntamento.

Ti aspettiamo!
Team Talent Acquisition
Meccanica Brembana S.p.A.
""",
 exp=dict(company='Meccanica Brembana S.p.A.', alt=['Meccanica Brembana'], role=None, start=None, zone=None, dur=None,
  iv=[], niv=['Davide Locatelli', 'Lorenzo Ricci'],
  notes='Career-day invitation with walk-in "colloqui" but no appointment; not an interview.')),

dict(id='it-14', kind='not-interview', style='gmail', prefix='Fwd: ', now='2031-01-27T08:05:00+01:00', userZone='Europe/Rome',
 user=('Elisa Greco', 'elisa.greco@gmail.com'), note='devo prenotare',
 orig_from=('Ospedale San Rocco – Selezione', 'selezione@ospedalesanrocco.it'), orig_date='2031-01-24T17:00:00+01:00',
 subject='Prenotazione colloquio – Tecnico di Radiologia',
 charset='utf-8', cte='quoted-printable',
 body="""Gentile Elisa,

la Sua candidatura per la posizione di Tecnico di Radiologia è stata ammessa alla fase di colloquio.

La invitiamo a prenotare il Suo colloquio tramite il portale, scegliendo una fascia oraria disponibile tra lunedì 3 e venerdì 7 febbraio (ore 9-13 e 14-16):

https://lavoraconnoi.ospedalesanrocco.it/prenota

Il portale resterà aperto fino a giovedì 30 gennaio alle ore 12.

Distinti saluti,
Ufficio Selezione
Ospedale San Rocco
""",
 exp=dict(company='Ospedale San Rocco', alt=['San Rocco'], role='Tecnico di Radiologia', start=None, zone=None, dur=None,
  iv=[], niv=['Elisa Greco'],
  notes='Booking link with ranges; no slot chosen.')),
]
