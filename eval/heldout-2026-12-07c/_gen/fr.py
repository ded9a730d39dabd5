from mime import write
C = 'Camille Roussel <camille.roussel@orange.example>'
JL = 'Julien Lemaire <julien.lemaire@skynet.example>'
ET = 'Émilie Tremblay <emilie.tremblay@videotron.example>'
F = []

F.append(dict(id='fr-01', uz='Europe/Paris', now='2028-08-28T10:12', user=C, style='outlook', cs='windows-1252', cte='qp', ago=70,
 frm='Noémie Sarrazin <n.sarrazin@maison-verel.example>', subj='Convocation à un entretien – Chef de projet CRM (H/F)',
 body='''Bonjour Madame Roussel,

Suite à l’étude de votre candidature au poste de « Chef de projet CRM (H/F) », nous avons le plaisir de vous convier à un entretien le mardi 5 septembre à 14h30, dans nos locaux du 12 rue de Turenne, 75004 Paris.

Vous rencontrerez Mme Hélène Castaing, Directrice Marketing Client, et M. Bastien Ory, Responsable CRM. L’entretien durera environ 1 heure.

Nous reviendrons vers vous au plus tard le vendredi 15 septembre.

Merci de bien vouloir me confirmer votre présence par retour de mail.

Bien cordialement,

Noémie Sarrazin
Chargée de recrutement
Maison Vérel – Maroquinerie depuis 1921''',
 exp=dict(kind='invite', company='Maison Vérel', role='Chef de projet CRM (H/F)', start='2028-09-05T14:30', zone='Europe/Paris', dur=60,
  iv=['Hélène Castaing', 'Bastien Ory'], niv=['Noémie Sarrazin', 'Roussel'], dd='2028-09-15',
  notes='windows-1252 QP with « » and apostrophes; Mme/M. titles; "14h30".')))

F.append(dict(id='fr-02', uz='Europe/Paris', now='2028-10-27T16:00', user=C, style='gmail', html=True, cte='qp',
 frm='Léa Fournier <lea.fournier@altenza.example>', subj='Altenza – entretien Consultant SAP FI/CO',
 body='''Bonjour Camille,

Comme convenu par téléphone, je vous confirme votre entretien pour le poste de Consultant SAP FI/CO :

📅 mardi 31 octobre à 10h00
📍 Altenza, 45 quai Rambaud, 69002 Lyon (ou en visio si vous préférez, dites-le-moi)
⏱ 1h15

Vous échangerez avec Karim Benali (Manager SAP) et Sophie Marchetti (Directrice d'agence).

Une invitation Outlook suit.

Belle fin de semaine,
Léa Fournier
Chargée RH – Altenza Lyon''',
 ics=dict(start='2028-10-31T10:00', zone='Europe/Paris', dur=75, tzid='Romance Standard Time', tzkind='EU',
  summary='Entretien Camille Roussel – Consultant SAP FI/CO', organizer=('Léa Fournier', 'lea.fournier@altenza.example'),
  attendees=[('Karim Benali', 'karim.benali@altenza.example'), ('Sophie Marchetti', 'sophie.marchetti@altenza.example')], location='Altenza Lyon – salle Saône'),
 exp=dict(kind='invite', company='Altenza', role='Consultant SAP FI/CO', start='2028-10-31T10:00', zone='Europe/Paris', dur=75,
  iv=['Karim Benali', 'Sophie Marchetti'], niv=['Léa Fournier', 'Camille'],
  notes='Crosses EU DST change (now CEST, interview CET); Windows TZID "Romance Standard Time"; emoji bullets; "1h15".')))

F.append(dict(id='fr-03', uz='Europe/Brussels', now='2028-09-08T11:45', user=JL, style='apple', cte='8bit', note='Clairval, entretien jeudi',
 frm='Anne-Sophie Dumont <as.dumont@clairval.example>', subj='Votre candidature – Gestionnaire sinistres',
 body='''Bonjour Monsieur Lemaire,

Nous vous remercions pour votre candidature au poste de Gestionnaire sinistres et avons le plaisir de vous inviter à un entretien le jeudi 14/09 à 9h30 à notre siège (avenue Louise 231, 1050 Ixelles).

Vous serez reçu par M. Geoffrey Van Damme, chef du service sinistres auto ; je serai également présente. L'entretien durera trois quarts d'heure.

Nous vous communiquerons notre décision pour le 22 septembre.

Bien à vous,

Anne-Sophie Dumont
HR Officer
Clairval Assurances SA''',
 exp=dict(kind='invite', company='Clairval Assurances SA', alts=['Clairval Assurances', 'Clairval'], role='Gestionnaire sinistres', start='2028-09-14T09:30', zone='Europe/Brussels', dur=45,
  iv=['Geoffrey Van Damme', 'Anne-Sophie Dumont'], niv=['Lemaire'], dd='2028-09-22',
  notes='Belgian: "14/09", "Bien à vous", "trois quarts d\'heure"; sender joins ("je serai également présente").')))

F.append(dict(id='fr-04', uz='America/Toronto', now='2028-11-02T13:20', user=ET, style='gmail', html=True, cte='qp',
 frm='Isabelle Côté <icote@groupebellerive.example>', subj='Entrevue – Analyste d\'affaires principal(e)',
 body='''Bonjour Émilie,

Merci pour votre intérêt envers le Groupe Bellerive! Nous aimerions vous rencontrer en entrevue pour le poste d'analyste d'affaires principal(e).

Date : mercredi 8 novembre
Heure : 13 h 30 (heure de l'Est)
Durée : environ 45 minutes
Lieu : Teams (le lien est dans l'invitation)

Vous rencontrerez Mathieu Gagnon, directeur des TI, et moi-même.

Au plaisir,
Isabelle Côté
Conseillère principale, ressources humaines
Groupe Bellerive | Québec''',
 ics=dict(start='2028-11-08T13:30', zone='America/Toronto', dur=45, utc=True, summary='Entrevue – Émilie Tremblay', organizer=('Isabelle Côté', 'icote@groupebellerive.example'),
  attendees=[('Mathieu Gagnon', 'mgagnon@groupebellerive.example'), ('Émilie Tremblay', 'emilie.tremblay@videotron.example')], location='Microsoft Teams', b64=True),
 exp=dict(kind='invite', company='Groupe Bellerive', alts=['Bellerive'], role="analyste d'affaires principal(e)", start='2028-11-08T13:30', zone='America/Toronto', dur=45,
  iv=['Mathieu Gagnon', 'Isabelle Côté'], niv=['Émilie'],
  notes='Québec: "entrevue", "13 h 30 (heure de l\'Est)"; ICS in UTC (18:30Z) after the North-American DST change while now is EDT; sender joins ("moi-même"). Role casing differs between subject and body.')))

F.append(dict(id='fr-05', uz='Europe/Paris', now='2028-09-15T18:30', user=C, style='attach', note='pour info (en pièce jointe)',
 frm='Agendix <ne-pas-repondre@agendix.example>', subj='Confirmation de rendez-vous – Clinique des Tilleuls', cte='b64',
 body='''Bonjour Camille Roussel,

Votre rendez-vous est confirmé.

Établissement : Clinique des Tilleuls, Nantes
Poste : Infirmier(ère) coordinateur(trice)
Date : jeudi 21 septembre 2028
Horaire : 11:00 – 11:30
Avec : Dr Mathilde Kervella (directrice des soins) et Yann Le Goff (cadre de santé)

Pour annuler ou modifier : utilisez le lien de votre espace candidat.

Ce message est envoyé automatiquement par Agendix pour le compte de la Clinique des Tilleuls.''',
 ics=dict(start='2028-09-21T11:00', zone='Europe/Paris', dur=30, tzid='Europe/Paris', tzkind='EU', summary='Entretien – Clinique des Tilleuls',
  organizer=('Clinique des Tilleuls – Recrutement', 'recrutement@clinique-tilleuls.example'), attendees=[('Mathilde Kervella', 'm.kervella@clinique-tilleuls.example'), ('Yann Le Goff', 'y.legoff@clinique-tilleuls.example')],
  location='Clinique des Tilleuls, bâtiment B', prodid='-//Agendix//FR'),
 exp=dict(kind='invite', company='Clinique des Tilleuls', role='Infirmier(ère) coordinateur(trice)', start='2028-09-21T11:00', zone='Europe/Paris', dur=30,
  iv=['Mathilde Kervella', 'Yann Le Goff'], niv=['Camille Roussel'], notes='message/rfc822 from a booking tool; "Dr" title; base64 body.')))

F.append(dict(id='fr-06', uz='Europe/Paris', now='2028-10-10T21:05', user=C, style='tbird', cs='iso-8859-1', cte='8bit',
 frm='Vincent Orsel <v.orsel@orsel-conseil.example>', subj='Poste de Responsable maintenance - Papeteries du Vercors',
 body='''Bonsoir Camille,

Je suis consultant au sein du cabinet Orsel Conseil et j'accompagne les Papeteries du Vercors (Isère, 180 salariés) dans le recrutement de leur Responsable maintenance.

Votre profil a retenu mon attention. Je vous propose un premier échange téléphonique avec moi-même le lundi 16 octobre à 18h, pour 30 minutes environ. Je vous appellerai au numéro indiqué sur votre CV.

Si ce premier échange est concluant, je vous présenterai ensuite au directeur de site.

Bien cordialement,
Vincent Orsel
Orsel Conseil - Recrutement industrie
Grenoble''',
 exp=dict(kind='invite', company='Papeteries du Vercors', role='Responsable maintenance', start='2028-10-16T18:00', zone='Europe/Paris', dur=30,
  iv=['Vincent Orsel'], niv=['Camille'],
  notes='Agency consultant runs the phone screen himself -> he is the interviewer; company = client employer; ISO-8859-1 8bit.')))

F.append(dict(id='fr-07', uz='Europe/Paris', now='2028-11-07T09:40', user=C, style='outlook-orig', html=True, cte='qp',
 frm='Haddad Inès <ines.haddad@lafitte-associes.example>', subj='Entretien – Analyste conformité KYC – 13/11',
 body='''Bonjour Camille,

Je vous confirme votre entretien pour le poste d'Analyste conformité KYC le 13/11/2028 de 9h00 à 10h30, au 8 rue de la Chaussée-d'Antin, 75009 Paris.

Vous échangerez avec notre Head of Compliance, Raphaël Azoulay, ainsi qu'avec Claire Desmarais de l'équipe RH. Une étude de cas vous sera remise sur place.

Une réponse vous sera apportée d'ici le 24 novembre.

Cordialement,
Inès Haddad
Assistante recrutement
Banque Lafitte & Associés''',
 ics=dict(start='2028-11-13T09:00', zone='Europe/Paris', dur=90, tzid='Romance Standard Time', tzkind='EU', inline=True, b64=True,
  summary='Entretien C. Roussel – Analyste conformité KYC', organizer=('Haddad Inès', 'ines.haddad@lafitte-associes.example'),
  attendees=[('Azoulay Raphaël', 'raphael.azoulay@lafitte-associes.example'), ('Desmarais Claire', 'claire.desmarais@lafitte-associes.example')], location='Chaussée-d\'Antin – 4e étage'),
 exp=dict(kind='invite', company='Banque Lafitte & Associés', alts=['Lafitte & Associés', 'Banque Lafitte'], role='Analyste conformité KYC', start='2028-11-13T09:00', zone='Europe/Paris', dur=90,
  iv=['Raphaël Azoulay', 'Claire Desmarais'], niv=['Inès Haddad', 'Camille'], dd='2028-11-24',
  notes='Numeric French date 13/11/2028; HR person on panel; base64 inline ICS with Windows TZID; "Nom Prénom" in Outlook.')))

F.append(dict(id='fr-08', uz='Europe/Paris', now='2028-08-10T15:50', user=C, style='gmail', cte='8bit', note='startup, très informel lol',
 frm='Margaux Pelletier <margaux@ondine-robotics.example>', subj='Call avec Thomas ?',
 body='''Salut Camille,

Merci pour ta candidature pour le poste de Product Owner, on a adoré ta lettre ! Est-ce que tu serais dispo pour un call visio avec Thomas Ribeiro (notre CTO) mercredi prochain (le 16) à 11h ? Ça dure 45 min max.

Je ne serai pas là (vacances 🌞) mais Thomas te racontera tout.

Bises,
Margaux
CEO @ Ondine Robotics''',
 exp=dict(kind='invite', company='Ondine Robotics', role='Product Owner', start='2028-08-16T11:00', zone='Europe/Paris', dur=45,
  iv=['Thomas Ribeiro'], niv=['Margaux Pelletier', 'Camille'],
  notes='Informal tutoiement; sender explicitly does not join; "45 min max".')))

F.append(dict(id='fr-09', uz='Europe/Paris', now='2028-10-30T08:30', user=C, style='gmail', html=True, cte='qp', note='décalé à jeudi',
 frm='Léa Fournier <lea.fournier@altenza.example>', subj='Re: Altenza – entretien Consultant SAP FI/CO',
 body='''Bonjour Camille,

Karim a un empêchement demain matin (mardi 31). Pouvons-nous décaler votre entretien au jeudi 2 novembre à 15h ? Même format (1h15), avec Karim Benali et Sophie Marchetti.

Merci de votre compréhension et désolée pour ce changement.

Léa Fournier
Altenza Lyon''',
 ics=dict(start='2028-11-02T15:00', zone='Europe/Paris', dur=75, tzid='Romance Standard Time', tzkind='EU', seq=1,
  summary='Entretien Camille Roussel – Consultant SAP FI/CO', organizer=('Léa Fournier', 'lea.fournier@altenza.example'),
  attendees=[('Karim Benali', 'karim.benali@altenza.example'), ('Sophie Marchetti', 'sophie.marchetti@altenza.example')], location='Altenza Lyon – salle Saône'),
 exp=dict(kind='reschedule', company='Altenza', role='Consultant SAP FI/CO', start='2028-11-02T15:00', zone='Europe/Paris', dur=75,
  iv=['Karim Benali', 'Sophie Marchetti'], niv=['Léa Fournier', 'Camille'], notes='Reschedule with SEQUENCE:1; old slot in text.')))

F.append(dict(id='fr-10', uz='Europe/Paris', now='2028-08-31T17:20', user=C, style='outlook', cs='windows-1252', cte='qp',
 frm='Noémie Sarrazin <n.sarrazin@maison-verel.example>', subj='RE: Convocation à un entretien – Chef de projet CRM (H/F)',
 body='''Bonjour Madame Roussel,

Mme Castaing étant retenue en déplacement mardi, nous sommes contraints de reporter votre entretien initialement prévu le mardi 5 septembre à 14h30.

Nous vous proposons le jeudi 7 septembre à 11h, au même endroit. Pourriez-vous me confirmer que ce créneau vous convient ?

Avec toutes nos excuses,

Noémie Sarrazin
Maison Vérel''',
 exp=dict(kind='reschedule', company='Maison Vérel', role='Chef de projet CRM (H/F)', start='2028-09-07T11:00', zone='Europe/Paris', dur=None,
  iv=['Castaing'], niv=['Noémie Sarrazin', 'Roussel'],
  notes='Reschedule, no duration; the panel is only hinted ("Mme Castaing"); full name Hélène Castaing from fr-01 also correct; empty list defensible.')))

F.append(dict(id='fr-11', uz='Europe/Brussels', now='2028-09-25T14:05', user=JL, style='gmail', cte='qp', note='bon ben non',
 frm='Anne-Sophie Dumont <as.dumont@clairval.example>', subj='Suite de votre candidature',
 body='''Bonjour Monsieur Lemaire,

Nous vous remercions pour le temps consacré à notre entretien du 14 septembre.

Après mûre réflexion, nous sommes au regret de vous informer que nous ne donnerons pas une suite favorable à votre candidature pour le poste de Gestionnaire sinistres. Nous avons retenu un profil disposant d'une expérience plus longue en assurance IARD.

Nous vous souhaitons plein succès dans vos recherches.

Bien à vous,
Anne-Sophie Dumont
Clairval Assurances SA''',
 exp=dict(kind='rejection', company='Clairval Assurances SA', alts=['Clairval Assurances', 'Clairval'], role='Gestionnaire sinistres', niv=['Anne-Sophie Dumont', 'Lemaire'], notes='Plain rejection.')))

F.append(dict(id='fr-12', uz='America/Toronto', now='2028-11-17T15:30', user=ET, style='outlook', html=True, cte='qp', note='OMG 😭😭',
 frm='Isabelle Côté <icote@groupebellerive.example>', subj='Offre d\'emploi – Groupe Bellerive',
 body='''Bonjour Émilie,

C'est avec grand plaisir que nous vous offrons le poste d'analyste d'affaires principale au sein du Groupe Bellerive, à un salaire annuel de 98 000 $, avec entrée en fonction le 8 janvier 2029.

Vous trouverez la lettre d'offre en pièce jointe. Nous aimerions avoir votre réponse d'ici le vendredi 24 novembre.

Au plaisir de vous compter parmi nous!

Isabelle Côté
Conseillère principale, ressources humaines''',
 exp=dict(kind='offer', company='Groupe Bellerive', alts=['Bellerive'], role="analyste d'affaires principale", niv=['Isabelle Côté', 'Émilie'],
  notes='Offer (Québec); answer deadline is the candidate\'s -> decisionDate null.')))

F.append(dict(id='fr-13', uz='Europe/Paris', now='2028-10-03T07:15', user=C, style='apple', html=True, cte='qp',
 frm='Horizon Cadres <lettre@horizoncadres.example>', subj='Les offres de la semaine & notre webinaire CV',
 body='''Bonjour Camille,

Voici les nouvelles offres qui correspondent à vos critères « Marketing CRM – Île-de-France » :

- Responsable CRM – Fromageries Delacour – Paris 8e
- CRM Manager – Lumina Beauté – Levallois
- Chargé(e) de fidélisation – Grand Optique – Saint-Denis

Webinaire gratuit : « Réussir son entretien en visio », jeudi 12 octobre à 12h30. Inscrivez-vous !

Se désabonner''',
 exp=dict(kind='not-interview', company=None, role=None, notes='Job newsletter baited with a webinar about interviews (date/time).')))

F.append(dict(id='fr-14', uz='Europe/Paris', now='2028-10-18T12:25', user=C, style='gmail', html=True, cte='qp',
 frm='Banque Lafitte & Associés – Recrutement <recrutement@lafitte-associes.example>', subj='Accusé de réception de votre candidature',
 body='''Bonjour Camille Roussel,

Nous accusons bonne réception de votre candidature au poste d'Analyste conformité KYC (réf. CONF-2028-114) et vous en remercions.

Notre équipe l'étudie avec attention ; si votre profil est retenu, nous vous contacterons pour convenir d'un premier entretien.

Envie de nous rencontrer ? Rejoignez notre afterwork recrutement le jeudi 26 octobre à 19h, 8 rue de la Chaussée-d'Antin.

L'équipe Recrutement
Banque Lafitte & Associés''',
 exp=dict(kind='not-interview', company='Banque Lafitte & Associés', alts=['Banque Lafitte', 'Lafitte & Associés'], role='Analyste conformité KYC', niv=['Camille Roussel'],
  notes='Acknowledgement baited with an afterwork event date/time and the word "entretien". (Chronologically before fr-07 in a real inbox; the sets are independent items.)')))

write('fr', F)
