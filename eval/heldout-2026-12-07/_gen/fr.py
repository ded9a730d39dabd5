from mime import make, ics
L = 'fr'; P = 'Europe/Paris'
make(L, 1, dict(kind='invite', now='2027-07-06T12:15:00', userZone=P, company='Mutuelle Arverne', companyAlternatives=['Arverne'],
  role='Chargée de relation adhérents', start='2027-07-13T14:30', zone=P, durationMinutes=45,
  interviewers=['Nathalie Roux', 'Karim Belkacem'], notInterviewers=['Sophie Garnier', 'Inès Fabre'], decisionDate=None,
  notes='French Gmail "Message transféré"; 14h30; HR person on the panel; 14 juillet closure is bait. Mme/M. not part of names.'),
  user='Inès Fabre <ines.fabre@gmail.com>', cte='quoted-printable',
  orig={'from': 'Sophie Garnier <recrutement@mutuelle-arverne.fr>', 'to': 'ines.fabre@gmail.com',
        'date': 'mar. 6 juil. 2027 à 11:48', 'subject': 'Convocation à un entretien – Chargée de relation adhérents'},
  body="""Madame,

Suite à votre candidature au poste de Chargée de relation adhérents, nous avons le plaisir de vous convier à un entretien le mardi 13 juillet à 14h30, dans nos locaux du 8 boulevard Desaix à Clermont-Ferrand. L'entretien durera environ 45 minutes.

Vous serez reçue par Mme Nathalie Roux, responsable du service adhérents, et M. Karim Belkacem, chargé RH.

Nos bureaux seront fermés le mercredi 14 juillet ; merci de nous confirmer votre présence d'ici lundi.

Bien cordialement,

Sophie Garnier
Assistante recrutement – Mutuelle Arverne
""")
make(L, 2, dict(kind='invite', now='2027-10-28T16:40:00', userZone=P, company='Aubrac Ingénierie', companyAlternatives=['Aubrac'],
  role='Ingénieur méthodes', start='2027-11-04T10:00', zone=P, durationMinutes=90,
  interviewers=['Hervé Lambert', 'Camille Nguyen'], notInterviewers=['Isabelle Morel', 'Thibault Marchand'], decisionDate=None,
  notes='French Outlook with ICS TZID "Romance Standard Time"; 10 h – 11 h 30 = 90 min; EU DST ends 2027-10-31 between now and the interview.'),
  user='Thibault Marchand <t.marchand@outlook.fr>', style='outlook', html=True,
  cal=ics(uid='040000008200E00074C5B7101A82E008-aub-3321', start='2027-11-04T10:00', zone=P, dur=90, tz='win', tzid='Romance Standard Time', vtz='eu1',
          summary='Entretien Ingénieur méthodes - T. Marchand', organizer=('Isabelle Morel', 'i.morel@aubrac-ingenierie.fr'),
          attendees=[('Thibault Marchand', 't.marchand@outlook.fr'), ('Hervé Lambert', 'h.lambert@aubrac-ingenierie.fr'), ('Camille Nguyen', 'c.nguyen@aubrac-ingenierie.fr')],
          location='Aubrac Ingénierie, 14 rue des Forges, Rodez', stamp='20271028T142000Z'),
  orig={'from': 'Isabelle Morel <i.morel@aubrac-ingenierie.fr>', 'to': 'Thibault Marchand <t.marchand@outlook.fr>',
        'date': 'jeudi 28 octobre 2027 16:21', 'subject': 'Entretien Ingénieur méthodes – jeudi 4 novembre'},
  body="""Bonjour Monsieur Marchand,

Je vous confirme votre entretien pour le poste d'Ingénieur méthodes :

Jeudi 4 novembre 2027, 10 h – 11 h 30
14 rue des Forges, 12000 Rodez

Vous rencontrerez Hervé Lambert, directeur industriel, et Camille Nguyen, responsable méthodes. Une invitation Outlook est jointe.

Cordialement,
Isabelle Morel
Ressources humaines
Aubrac Ingénierie
""")
make(L, 3, dict(kind='invite', now='2027-11-04T09:00:00', userZone='America/Toronto', company='Groupe Boréal Médias', companyAlternatives=['Boréal Médias', 'Boréal'],
  role='Rédactrice en chef adjointe', start='2027-11-10T13:30', zone='America/Toronto', durationMinutes=60,
  interviewers=['Marie-Ève Tremblay', 'Jean-François Côté'], notInterviewers=['Chloé Gagnon', 'Audrey Bélanger'], decisionDate='2027-11-19',
  notes='Québec; "13 h 30 (heure de Montréal)"; ICS in UTC; North-American DST ends 2027-11-07 between now and the interview (13:30 EST = 18:30Z). Decision promised by 19 novembre.'),
  user='Audrey Bélanger <audrey.belanger@videotron.ca>', style='apple', html=True,
  cal=ics(uid='boreal-rh-20271110-0930@borealmedias.ca', start='2027-11-10T13:30', zone='America/Toronto', dur=60, tz='utc',
          summary='Entrevue – Rédactrice en chef adjointe', organizer=('Chloé Gagnon', 'cgagnon@borealmedias.ca'),
          attendees=[('Audrey Bélanger', 'audrey.belanger@videotron.ca')], location='1600 boul. René-Lévesque O., Montréal', stamp='20271104T123000Z'),
  calmode='alt', calcte='base64',
  orig={'from': 'Chloé Gagnon <cgagnon@borealmedias.ca>', 'to': 'Audrey Bélanger <audrey.belanger@videotron.ca>',
        'date': '4 novembre 2027 à 08:37:51 UTC−4', 'subject': 'Entrevue – Rédactrice en chef adjointe'},
  body="""Bonjour Audrey,

Merci pour votre intérêt envers Groupe Boréal Médias. Nous aimerions vous rencontrer en entrevue le mercredi 10 novembre à 13 h 30 (heure de Montréal), à nos bureaux du boulevard René-Lévesque. Prévoyez une heure.

Vous rencontrerez Marie-Ève Tremblay, directrice de l'information, et Jean-François Côté, rédacteur en chef.

Nous communiquerons notre décision au plus tard le 19 novembre.

Au plaisir,
Chloé Gagnon
Conseillère en acquisition de talents
""")
make(L, 4, dict(kind='invite', now='2027-05-28T21:00:00', userZone=P, company='Datacime', companyAlternatives=[],
  role='Data Scientist', start='2027-06-07T09:30', zone=P, durationMinutes=45,
  interviewers=['Aurélien Masson'], notInterviewers=['Hugo Lefèvre'], decisionDate=None,
  notes='Scheduling tool "Planifix" on behalf of the employer; "de 9h30 à 10h15".'),
  user='Hugo Lefèvre <hugo.lefevre@free.fr>', style='tb', cte='quoted-printable',
  orig={'from': 'Datacime via Planifix <ne-pas-repondre@planifix.fr>', 'to': 'hugo.lefevre@free.fr',
        'date': '28/05/2027 20:14', 'subject': 'Rendez-vous confirmé : Entretien Data Scientist'},
  body="""Bonjour Hugo,

Votre rendez-vous est confirmé.

Entreprise : Datacime
Poste : Data Scientist
Avec : Aurélien Masson (Lead Data)
Quand : lundi 7 juin 2027 de 9h30 à 10h15 (heure de Paris)
Où : Google Meet – le lien vous sera envoyé la veille

Pour annuler ou déplacer : https://planifix.fr/rdv/9XK2-44
--
Planifix – la prise de rendez-vous simplifiée
""")
make(L, 5, dict(kind='invite', now='2027-09-09T18:10:00', userZone=P, company='Laboratoires Pyrène', companyAlternatives=['Pyrène'],
  role='Responsable affaires réglementaires', start='2027-09-17T11:00', zone=P, durationMinutes=75,
  interviewers=['Pascale Vidal'], notInterviewers=['Élodie Perrin', 'Romain Guerin'], decisionDate=None,
  notes='Forwarded as message/rfc822; agency consultant (Cabinet Altamira) will not attend; "11 heures", "une heure et quart". Title Dr not part of the name.'),
  user='Romain Guerin <romain.guerin@orange.fr>', style='rfc822', cte='quoted-printable', intro='Voir le mail joint.',
  orig={'from': 'Élodie Perrin <e.perrin@altamira-rh.fr>', 'to': 'Romain Guerin <romain.guerin@orange.fr>',
        'rfcdate': 'Thu, 09 Sep 2027 17:52:40 +0200', 'subject': 'Laboratoires Pyrène : votre rendez-vous du 17/09'},
  body="""Bonjour Romain,

Bonne nouvelle : notre client, les Laboratoires Pyrène, souhaite vous rencontrer pour le poste de Responsable affaires réglementaires.

Le rendez-vous est fixé au vendredi 17 septembre à 11 heures sur leur site de Toulouse (avenue de Larrieu). Comptez une heure et quart. Vous serez reçu par le Dr Pascale Vidal, directrice scientifique. Je ne serai pas présente, mais appelez-moi juste après !

Bien à vous,
Élodie Perrin
Consultante senior – Cabinet Altamira RH
""")
make(L, 6, dict(kind='invite', now='2027-09-16T20:05:00', userZone=P, company='Kerlouan Robotique', companyAlternatives=['Kerlouan'],
  role=None, start='2027-09-23T10:00', zone=P, durationMinutes=60,
  interviewers=['Yann Le Goff', 'Maëlle'], notInterviewers=['Léa Moreau'], decisionDate=None,
  notes='Informal; company named only in the signature; "même heure que la dernière fois, 10h"; second interviewer first name only; role not named (null). windows-1252 QP.'),
  user='Léa Moreau <lea.moreau@laposte.net>', style='tb', charset='windows-1252', cte='quoted-printable', intro='2e entretien calé',
  orig={'from': 'Yann Le Goff <yann.legoff@kerlouan-robotique.bzh>', 'to': 'Léa Moreau <lea.moreau@laposte.net>',
        'date': '16/09/2027 19:32', 'subject': 'Re: suite de nos échanges'},
  body="""Salut Léa,

Comme convenu, on se cale l’entretien technique jeudi 23 septembre, même heure que la dernière fois (10h), à l’atelier de Brest. Ce sera avec moi et Maëlle de l’équipe vision. Ça dure une heure, prévois un PC si tu veux nous montrer ton code.

À jeudi !
Yann

--
Yann Le Goff
CTO – Kerlouan Robotique
""")
make(L, 7, dict(kind='reschedule', now='2027-05-03T10:00:00', userZone=P, company='Groupe Hôtelier Lumière', companyAlternatives=['Hôtels Lumière'],
  role='Revenue Manager', start='2027-05-07T09:00', zone=P, durationMinutes=None,
  interviewers=['Laurent Chevalier'], notInterviewers=['Agnès Perrot', 'Manon Dupuis'], decisionDate=None,
  notes='Text-only reschedule; old slot mardi 4 mai 15h in the text; new slot vendredi 7 mai 9h (day after Ascension, 2027-05-06); "même durée" -> null.'),
  user='Manon Dupuis <manon.dupuis@outlook.fr>', style='outlook-old', cte='quoted-printable',
  orig={'from': 'Agnès Perrot <a.perrot@hotels-lumiere.fr>', 'to': 'Manon Dupuis', 'date': 'lundi 3 mai 2027 09:37',
        'subject': 'Report de votre entretien – Revenue Manager'},
  body="""Bonjour Madame Dupuis,

M. Chevalier étant retenu à Lyon, nous devons reporter votre entretien prévu le mardi 4 mai à 15h.

Nous vous proposons le vendredi 7 mai à 9h (lendemain de l'Ascension), même lieu, même durée. Votre interlocuteur reste Laurent Chevalier, directeur commercial.

Avec nos excuses,
Agnès Perrot
Service RH – Groupe Hôtelier Lumière
""")
make(L, 8, dict(kind='rejection', now='2027-04-21T18:30:00', userZone=P, company='Studio Mirabelle', companyAlternatives=['Mirabelle'],
  role='Motion designer', start=None, zone=None, durationMinutes=None, interviewers=[], notInterviewers=['Julie Caron'], decisionDate=None,
  notes='Refus; CV kept 2 years (bait).'),
  user='Léa Moreau <lea.moreau@laposte.net>', cte='base64', html=True, intro='bon ben voilà',
  orig={'from': 'Julie Caron <jobs@studiomirabelle.fr>', 'to': 'lea.moreau@laposte.net',
        'date': 'mer. 21 avr. 2027 à 17:55', 'subject': 'Votre candidature – Motion designer'},
  body="""Bonjour Léa,

Merci d'avoir pris le temps d'échanger avec nous. Après réflexion, nous avons choisi de ne pas donner suite à votre candidature pour le poste de Motion designer.

Avec votre accord, nous conserverons votre CV pendant deux ans pour de futures opportunités.

Belle continuation,
Julie Caron
Studio Mirabelle
""")
make(L, 9, dict(kind='offer', now='2027-08-11T11:20:00', userZone=P, company='Biscuiterie Ker Avel', companyAlternatives=['Ker Avel'],
  role='Responsable qualité', start=None, zone=None, durationMinutes=None, interviewers=[], notInterviewers=['Gwenaël Le Bihan', 'Inès Fabre'], decisionDate=None,
  notes="Promesse d'embauche; réponse souhaitée avant le 20 août is the candidate's deadline -> null."),
  user='Inès Fabre <ines.fabre@gmail.com>', style='apple', cte='quoted-printable', intro='YES',
  orig={'from': 'Gwenaël Le Bihan <g.lebihan@keravel.bzh>', 'to': 'Inès Fabre <ines.fabre@gmail.com>',
        'date': '11 août 2027 à 10:58:40 UTC+2', 'subject': "Promesse d'embauche – Responsable qualité"},
  body="""Chère Inès,

J'ai le plaisir de vous adresser ci-joint notre promesse d'embauche pour le poste de Responsable qualité, en CDI, à compter du 4 octobre 2027.

Nous souhaiterions recevoir votre réponse avant le 20 août (nos bureaux sont fermés le 15 août).

Bien cordialement,
Gwenaël Le Bihan
Directeur général, Biscuiterie Ker Avel
""")
make(L, 10, dict(kind='not-interview', now='2027-06-08T08:45:00', userZone=P, company='Loire Habitat Métropole', companyAlternatives=['Loire Habitat'],
  role="Chargé d'opérations", start=None, zone=None, durationMinutes=None, interviewers=[], notInterviewers=[], decisionDate=None,
  notes='Accusé de réception; the jury date (30 juin) for shortlisted candidates is bait, no interview is booked.'),
  user='Thibault Marchand <t.marchand@outlook.fr>', style='outlook', cte='base64',
  orig={'from': 'Loire Habitat Métropole <recrutement@loirehabitat.fr>', 'to': 'Thibault Marchand',
        'date': 'mardi 8 juin 2027 08:30', 'subject': 'Accusé de réception de votre candidature'},
  body="""Monsieur,

Nous accusons bonne réception de votre candidature au poste de Chargé d'opérations (réf. LHM-27-104).

Les candidats retenus seront convoqués à un jury prévu le 30 juin à partir de 9 heures. Sans réponse de notre part d'ici le 25 juin, vous pourrez considérer que votre candidature n'a pas été retenue.

Service Ressources humaines
Loire Habitat Métropole
""")
