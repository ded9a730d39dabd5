from mime import make, ics
L = 'it'; R = 'Europe/Rome'
make(L, 1, dict(kind='invite', now='2027-05-26T17:40:00', userZone=R, company='Pastificio Valtrebbia', companyAlternatives=['Valtrebbia'],
  role='Responsabile Acquisti', start='2027-06-03T10:30', zone=R, durationMinutes=60,
  interviewers=['Chiara Bellini', 'Matteo Galli'], notInterviewers=['Federica Conti', 'Davide Russo'], decisionDate=None,
  notes='Gmail; "ore 10:30", "circa un\'ora"; Festa della Repubblica (2 giugno) closure is bait; Dott./Dott.ssa are titles; HR on the panel.'),
  user='Davide Russo <davide.russo87@gmail.com>', cte='quoted-printable',
  orig={'from': 'Federica Conti <selezione@valtrebbia.it>', 'to': 'davide.russo87@gmail.com',
        'date': 'mer 26 mag 2027 alle ore 17:12', 'subject': 'Convocazione colloquio - Responsabile Acquisti'},
  body="""Gentile Davide,

a seguito della Sua candidatura per la posizione di Responsabile Acquisti, siamo lieti di invitarLa a un colloquio conoscitivo giovedì 3 giugno alle ore 10:30 presso la nostra sede di Bobbio (PC), via Emilia 12. Il colloquio durerà circa un'ora.

Incontrerà la Dott.ssa Chiara Bellini, Direttore Operations, e il Dott. Matteo Galli dell'ufficio HR.

Le ricordiamo che mercoledì 2 giugno i nostri uffici resteranno chiusi.

Cordiali saluti,
Federica Conti
Ufficio Personale – Pastificio Valtrebbia
""")
make(L, 2, dict(kind='invite', now='2027-10-27T11:20:00', userZone=R, company='Vitrea Software S.r.l.', companyAlternatives=['Vitrea Software', 'Vitrea'],
  role='Sviluppatore Backend Java', start='2027-11-02T15:00', zone=R, durationMinutes=45,
  interviewers=['Alessandro Rinaldi', 'Giorgia Ferri'], notInterviewers=['Valentina Greco', 'Simone Marino'], decisionDate=None,
  notes='Italian Outlook; ICS in UTC (14:00Z) while the text says 15:00 ora italiana; EU DST ends 2027-10-31 between now and the interview.'),
  user='Simone Marino <simone.marino@outlook.it>', style='outlook', html=True,
  cal=ics(uid='vitrea-colloqui-7731', start='2027-11-02T15:00', zone=R, dur=45, tz='utc',
          summary='Colloquio tecnico – Sviluppatore Backend Java', organizer=('Valentina Greco', 'hr@vitreasoftware.it'),
          attendees=[('Simone Marino', 'simone.marino@outlook.it')], location='Google Meet', stamp='20271027T090000Z'),
  calmode='attach', calcte='8bit',
  orig={'from': 'Valentina Greco <hr@vitreasoftware.it>', 'to': 'Simone Marino <simone.marino@outlook.it>',
        'date': 'mercoledì 27 ottobre 2027 10:58', 'subject': 'Colloquio tecnico – Sviluppatore Backend Java'},
  body="""Ciao Simone,

ti confermo il colloquio tecnico per martedì 2 novembre 2027, dalle 15:00 alle 15:45 (ora italiana), su Google Meet. Parlerai con Alessandro Rinaldi (CTO) e Giorgia Ferri (Senior Backend Engineer).

In allegato l'invito per il calendario.

A presto,
Valentina Greco
People & Culture – Vitrea Software S.r.l.
""")
make(L, 3, dict(kind='invite', now='2027-09-02T13:00:00', userZone=R, company='Assicurazioni Dolomiti', companyAlternatives=['Dolomiti'],
  role='Attuario Junior', start='2027-09-13T09:00', zone=R, durationMinutes=90,
  interviewers=['Stefano Zanella', 'Martina Pedrotti'], notInterviewers=['Laura Fontana', 'Andrea Colombo'], decisionDate='2027-09-24',
  notes='IANA Europe/Rome ICS inline (base64) in the alternative; "ore 9", "1 ora e mezza"; decision by venerdì 24 settembre.'),
  user='Andrea Colombo <andrea.colombo@icloud.com>', style='apple', html=True,
  cal=ics(uid='dolomiti-sel-2027-113', start='2027-09-13T09:00', zone=R, dur=90, tz='iana', vtz='eu1',
          summary='Colloquio Attuario Junior', organizer=('Laura Fontana', 'selezione@assidolomiti.it'),
          attendees=[('Andrea Colombo', 'andrea.colombo@icloud.com')], location='Via Belenzani 20, Trento', stamp='20270902T103000Z'),
  calmode='alt', calcte='base64',
  orig={'from': 'Laura Fontana <selezione@assidolomiti.it>', 'to': 'Andrea Colombo <andrea.colombo@icloud.com>',
        'date': '2 settembre 2027 12:41:07 CEST', 'subject': 'Invito a colloquio – Attuario Junior'},
  body="""Gentile Andrea,

La invitiamo a un colloquio per la posizione di Attuario Junior lunedì 13 settembre, ore 9, presso la nostra sede di Trento (via Belenzani 20). Preveda 1 ora e mezza, incluso un breve test.

Saranno presenti Stefano Zanella, Responsabile Attuariato, e Martina Pedrotti, Senior Actuary.

Vi comunicheremo l'esito entro venerdì 24 settembre.

Cordiali saluti,
Laura Fontana
Selezione del Personale – Assicurazioni Dolomiti
""")
make(L, 4, dict(kind='invite', now='2027-07-08T10:00:00', userZone=R, company='Cantiere Navale Ligure', companyAlternatives=[],
  role='Disegnatore Tecnico 3D', start='2027-07-16T14:00', zone=R, durationMinutes=45,
  interviewers=['Paolo Ferrando', 'Roberta Costa'], notInterviewers=['Marco Gallo'], decisionDate=None,
  notes='Forwarded as message/rfc822; agency (Orizzonti Lavoro) for the client; consultant attends ("sarò presente anch\'io"); "venerdì 16/7 ore 14"; Ing. is a title.'),
  user='Marco Gallo <marco.gallo@libero.it>', style='rfc822', cte='quoted-printable', intro='inoltro',
  orig={'from': 'Roberta Costa <r.costa@orizzontilavoro.it>', 'to': 'Marco Gallo <marco.gallo@libero.it>',
        'rfcdate': 'Wed, 07 Jul 2027 18:30:12 +0200', 'subject': 'Colloquio presso il nostro cliente'},
  body="""Buongiorno Marco,

Le confermo il colloquio presso il nostro cliente Cantiere Navale Ligure per la posizione di Disegnatore Tecnico 3D: venerdì 16/7 ore 14, via dei Pescatori 3, La Spezia. Durata prevista 45 minuti.

La incontrerà l'Ing. Paolo Ferrando, responsabile ufficio tecnico; sarò presente anch'io.

Cordiali saluti,
Roberta Costa
Consulente Senior – Orizzonti Lavoro S.p.A.
""")
make(L, 5, dict(kind='invite', now='2027-09-29T09:00:00', userZone='Europe/Zurich', company='Banca Popolare del Ceresio', companyAlternatives=['Banca del Ceresio'],
  role='Consulente Clientela Privata', start='2027-10-06T16:00', zone='Europe/Zurich', durationMinutes=60,
  interviewers=['Luca Bernasconi'], notInterviewers=['Sara Pedrazzini', 'Elisa Moretti'], decisionDate=None,
  notes='Ticino (Europe/Zurich); "alle 16", "un\'ora"; Thunderbird IT, iso-8859-1 QP.'),
  user='Elisa Moretti <elisa.moretti@bluewin.ch>', style='tb', charset='iso-8859-1', cte='quoted-printable',
  orig={'from': 'Sara Pedrazzini <risorse.umane@bpceresio.ch>', 'to': 'Elisa Moretti <elisa.moretti@bluewin.ch>',
        'date': '29.09.2027 08:37', 'subject': 'Colloquio Consulente Clientela Privata'},
  body="""Gentile Signora Moretti,

con piacere La invitiamo a un colloquio mercoledì 6 ottobre alle 16 presso la nostra sede di Lugano, Riva Caccia 1. Il colloquio durerà un'ora e sarà condotto dal signor Luca Bernasconi, responsabile Private Banking.

Distinti saluti
Sara Pedrazzini
Risorse Umane
Banca Popolare del Ceresio SA
""")
make(L, 6, dict(kind='invite', now='2027-08-09T21:00:00', userZone=R, company='Sabina Olio Lab', companyAlternatives=[],
  role='Social media manager', start='2027-08-17T11:30', zone=R, durationMinutes=None,
  interviewers=['Marco Serra', 'Elena'], notInterviewers=['Giulia Ricci'], decisionDate=None,
  notes='Informal; company only in the signature; "dopo Ferragosto, martedì 17 agosto alle 11 e mezza"; duration not stated; second interviewer first name only. windows-1252 QP, Outlook old separator.'),
  user='Giulia Ricci <giulia.ricci@alice.it>', style='outlook-old', charset='windows-1252', cte='quoted-printable', intro='fissato!',
  orig={'from': 'Marco Serra <marco@sabinaoliolab.it>', 'to': 'Giulia Ricci', 'date': 'lunedì 9 agosto 2027 20:14',
        'subject': 'R: candidatura social media manager'},
  body="""Ciao Giulia,

grazie per il portfolio, ci è piaciuto molto! Ci vediamo dopo Ferragosto, martedì 17 agosto alle 11 e mezza al frantoio? Ci sarò io ed Elena, che segue l’e-commerce.

Un saluto,
Marco

Marco Serra – fondatore
Sabina Olio Lab · Fara in Sabina (RI)
""")
make(L, 7, dict(kind='reschedule', now='2027-11-16T12:00:00', userZone=R, company='Gruppo Alimentare Tirreno', companyAlternatives=['Tirreno'],
  role='Controller di Stabilimento', start='2027-11-24T14:30', zone=R, durationMinutes=None,
  interviewers=['Giovanni Marchetti'], notInterviewers=['Alessia Bruno', 'Davide Russo'], decisionDate=None,
  notes='Text-only reschedule; old slot lunedì 22 novembre 10:00 in the text; "stessa durata" -> null.'),
  user='Davide Russo <davide.russo87@gmail.com>', cte='quoted-printable', intro='spostato',
  orig={'from': 'Alessia Bruno <hr@gruppotirreno.it>', 'to': 'davide.russo87@gmail.com',
        'date': 'mar 16 nov 2027 alle ore 11:41', 'subject': 'Spostamento colloquio'},
  body="""Gentile Davide,

per un impegno sopraggiunto del Dott. Marchetti dobbiamo spostare il colloquio di lunedì 22 novembre alle 10:00. Le proponiamo mercoledì 24 novembre alle 14:30, stessa sede e stessa durata, sempre con il Dott. Giovanni Marchetti.

Cordiali saluti,
Alessia Bruno
HR Gruppo Alimentare Tirreno
""")
make(L, 8, dict(kind='rejection', now='2027-05-12T19:10:00', userZone=R, company='Editoriale Lombarda', companyAlternatives=[],
  role='Redattore web', start=None, zone=None, durationMinutes=None, interviewers=[], notInterviewers=['Paola Riva'], decisionDate=None,
  notes='Esito negativo.'),
  user='Giulia Ricci <giulia.ricci@alice.it>', cte='base64', html=True, intro='niente da fare',
  orig={'from': 'Paola Riva <lavoraconnoi@editorialelombarda.it>', 'to': 'giulia.ricci@alice.it',
        'date': 'mer 12 mag 2027 alle ore 18:02', 'subject': 'Esito selezione Redattore web'},
  body="""Gentile Giulia,

La ringraziamo per aver partecipato alla selezione per Redattore web. Purtroppo abbiamo deciso di proseguire con un altro candidato.

Conserveremo il Suo CV per eventuali future opportunità.

Cordiali saluti,
Paola Riva
Editoriale Lombarda
""")
make(L, 9, dict(kind='offer', now='2027-04-22T15:30:00', userZone=R, company='Meccanica Brembana S.p.A.', companyAlternatives=['Meccanica Brembana'],
  role='Responsabile di Produzione', start=None, zone=None, durationMinutes=None, interviewers=[], notInterviewers=['Roberto Locatelli', 'Andrea Colombo'], decisionDate=None,
  notes='Proposta di assunzione; "entro il 30 aprile" is the candidate deadline -> null.'),
  user='Andrea Colombo <andrea.colombo@icloud.com>', style='apple', cte='quoted-printable', intro='🎉',
  orig={'from': 'Roberto Locatelli <r.locatelli@meccanicabrembana.it>', 'to': 'Andrea Colombo <andrea.colombo@icloud.com>',
        'date': '22 aprile 2027 15:02:44 CEST', 'subject': 'Proposta di assunzione'},
  body="""Gentile Andrea,

siamo lieti di proporLe l'assunzione a tempo indeterminato come Responsabile di Produzione presso Meccanica Brembana S.p.A., con decorrenza 1° giugno 2027. Trova in allegato la lettera con le condizioni economiche.

Le chiediamo di restituircela firmata entro il 30 aprile.

Cordialmente,
Roberto Locatelli
Direttore Risorse Umane
""")
make(L, 10, dict(kind='not-interview', now='2027-10-04T09:30:00', userZone=R, company='Fondazione Arte Viva', companyAlternatives=['Arte Viva'],
  role='Addetto/a biglietteria', start=None, zone=None, durationMinutes=None, interviewers=[], notInterviewers=[], decisionDate=None,
  notes='Application acknowledgement; "colloqui nella settimana del 18 ottobre" for shortlisted candidates is bait.'),
  user='Simone Marino <simone.marino@outlook.it>', style='outlook', cte='base64',
  orig={'from': 'Fondazione Arte Viva <candidature@arteviva.org>', 'to': 'Simone Marino', 'date': 'lunedì 4 ottobre 2027 09:01',
        'subject': 'Candidatura ricevuta – Addetto/a biglietteria'},
  body="""Gentile candidato,

abbiamo ricevuto la Sua candidatura per la posizione di Addetto/a biglietteria. I candidati selezionati saranno contattati per un colloquio nella settimana del 18 ottobre.

Grazie per l'interesse,
Fondazione Arte Viva – Ufficio Personale
""")
