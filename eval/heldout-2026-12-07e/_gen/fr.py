from lib import write_all, write_replies
U = ('Camille Moreau', 'camille.moreau@orange.fr')
UB = ('Julien Lambert', 'julien.lambert@skynet.be')
UQ = ('Émilie Tremblay', 'emilie.tremblay@videotron.ca')
items = []
def F(**k): k.setdefault('lang', 'fr'); items.append(k)

F(id='fr-01', kind='invite', client='outlook', olsep='orig', user=U, now='2029-10-01T09:30:00+02:00', userZone='Europe/Paris',
  charset='iso-8859-1', cte='qp', prefix='TR :',
  orig={'from': ('Sophie Martin', 'sophie.martin@groupe-vernay.fr'), 'date': '2029-09-28T17:02:00+02:00',
  'subject': 'Convocation entretien - Contrôleur de gestion H/F',
  'body': '''Madame,

Suite à l'étude de votre candidature au poste de Contrôleur de gestion H/F, nous avons le plaisir de vous convier à un entretien le mardi 9 octobre à 14h30 dans nos locaux :

Groupe Vernay
12, rue de la Gare
69009 Lyon

Vous serez reçue par Mme Claire Dubois, Directrice administrative et financière, et M. Antoine Lefèvre, Responsable des ressources humaines. L'entretien durera environ 1h.

Merci de bien vouloir nous confirmer votre présence par retour de mail.

Cordialement,

Sophie Martin
Assistante RH
Groupe Vernay'''},
  exp=dict(company='Groupe Vernay', companyAlternatives=['Vernay'], role='Contrôleur de gestion H/F', start='2029-10-09T14:30', zone='Europe/Paris',
           durationMinutes=60, interviewers=['Claire Dubois', 'Antoine Lefèvre'], notInterviewers=['Sophie Martin'],
           notes='Mme/M. titles; "14h30"; assistant only schedules; iso-8859-1.'))

F(id='fr-02', kind='invite', client='gmail', user=U, now='2029-10-12T12:20:00+02:00', userZone='Europe/Paris',
  note='entretien Lumen la semaine pro',
  orig={'from': ('Nicolas Girard', 'n.girard@talentis-conseil.fr'), 'date': '2029-10-12T11:48:00+02:00',
  'subject': 'Atelier Lumen - entretien Chef de projet digital',
  'body': '''Bonjour Camille,

Bonne nouvelle : Atelier Lumen souhaite vous rencontrer pour le poste de Chef de projet digital !

📅 Jeudi 18 octobre à 11h
⏱ 45 min
💻 En visio (Google Meet, le lien vous sera envoyé par leur équipe)

Vous échangerez avec Laure Benoît, directrice de clientèle. Je ne serai pas présent mais je vous appelle juste après pour faire le point.

Belle journée,
Nicolas Girard
Consultant Senior – Digital & Marketing
Talentis Conseil'''},
  exp=dict(company='Atelier Lumen', companyAlternatives=['Lumen'], role='Chef de projet digital', start='2029-10-18T11:00', zone='Europe/Paris', durationMinutes=45,
           interviewers=['Laure Benoît'], notInterviewers=['Nicolas Girard'],
           notes='Agency consultant absent; emoji bullets; "11h".'))

F(id='fr-03', kind='invite', client='apple', user=UQ, now='2029-10-31T16:40:00-04:00', userZone='America/Toronto', cte='8bit',
  orig={'from': ('Geneviève Roy', 'genevieve.roy@cooperativeboreale.ca'), 'date': '2029-10-31T15:12:00-04:00',
  'subject': 'Entrevue – Analyste en cybersécurité',
  'body': '''Bonjour Émilie,

Merci pour ton intérêt envers la Coopérative Boréale! Comme convenu au téléphone, voici les détails de ton entrevue pour le poste d'analyste en cybersécurité :

Date : le mercredi 7 novembre
Heure : 13 h 30 (heure de l'Est)
Durée : 60 minutes
Lieu : Teams (lien à venir)

Tu rencontreras Marc-André Gagnon, chef d'équipe Sécurité des TI, et moi-même.

Au plaisir,

Geneviève Roy
Conseillère en acquisition de talents
Coopérative Boréale'''},
  exp=dict(company='Coopérative Boréale', companyAlternatives=['Boréale'], role="analyste en cybersécurité", start='2029-11-07T13:30', zone='America/Toronto',
           durationMinutes=60, interviewers=['Marc-André Gagnon', 'Geneviève Roy'], notInterviewers=[],
           notes='Québec: "entrevue", "13 h 30", "heure de l\'Est"; after the Nov 4 DST change; sender attends.'))

F(id='fr-04', kind='invite', client='tb', user=UB, now='2029-12-03T10:05:00+01:00', userZone='Europe/Brussels',
  ics=dict(mode='windisp', tzid='(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris', vtz=('+0100', '+0200', 'EU'), zone='Europe/Brussels',
           start='2029-12-10T09:15', dur=60, summary='Entretien Julien Lambert', organizer=('Aurélie Dumont', 'aurelie.dumont@dewolf-distribution.be'),
           location='Dewolf Distribution, Chaussée de Haecht 1201, Evere', place='mixed'),
  orig={'from': ('Aurélie Dumont', 'aurelie.dumont@dewolf-distribution.be'), 'date': '2029-12-03T09:40:00+01:00',
  'subject': 'Entretien responsable logistique',
  'body': '''Bonjour Monsieur Lambert,

Nous vous confirmons votre entretien pour le poste de responsable logistique le lundi 10/12 à 9h15 dans nos bureaux d'Evere (chaussée de Haecht 1201). Vous serez reçu par Pieter Claes, notre directeur des opérations, et moi-même.

Vous trouverez l'invitation en pièce jointe.

Bien à vous,

Aurélie Dumont
HR Officer
Dewolf Distribution SA'''},
  exp=dict(company='Dewolf Distribution SA', companyAlternatives=['Dewolf Distribution', 'Dewolf'], role='responsable logistique', start='2029-12-10T09:15',
           zone='Europe/Brussels', durationMinutes=60, interviewers=['Pieter Claes', 'Aurélie Dumont'], notInterviewers=[],
           notes='Belgian "10/12" = 10 December; duration only in ICS DTEND; Windows display-name TZID in French.'))

F(id='fr-05', kind='invite', client='attach', user=U, now='2029-11-09T19:02:00+01:00', userZone='Europe/Paris', html=True, cte='base64', prefix='Fwd:',
  note='Je te le transfère en pièce jointe', attname='Invitation à un entretien.eml',
  orig={'from': ('Mistralys', 'no-reply@teamtailor.com'), 'date': '2029-11-09T18:30:00+01:00',
  'subject': 'Votre entretien avec Mistralys est confirmé',
  'body': '''Bonjour Camille,

Votre entretien pour le poste de Data Analyst est confirmé.

Vendredi 16 novembre 2029
10:00 – 10:45 (heure de Paris)
Avec : Hugo Marchand

Lien de la visioconférence : https://meet.teamtailor.com/mistralys/7dk2

Besoin de changer de créneau ? Utilisez ce lien : https://app.teamtailor.com/r/xk29

À bientôt,
L'équipe Mistralys'''},
  exp=dict(company='Mistralys', role='Data Analyst', start='2029-11-16T10:00', zone='Europe/Paris', durationMinutes=45, interviewers=['Hugo Marchand'],
           notInterviewers=[], notes='Teamtailor ATS; forwarded as attachment; base64.'))

F(id='fr-06', kind='invite', client='outlook', user=U, now='2029-10-18T15:30:00+02:00', userZone='Europe/Paris', html=True, prefix='TR:',
  ics=dict(mode='win', tzid='Romance Standard Time', vtz=('+0100', '+0200', 'EU'), zone='Europe/Paris', start='2029-10-25T16:00', dur=60,
           summary='Entretien - Juriste conformité', organizer=('Léa Fontaine', 'lea.fontaine@halvard.fr'),
           attendees=[('Isabelle Carré', 'isabelle.carre@halvard.fr'), ('Thomas Nguyen', 'thomas.nguyen@halvard.fr')],
           location='Halvard, 8 avenue Hoche, Paris 8e - salle Monceau', place='alt'),
  orig={'from': ('Léa Fontaine', 'lea.fontaine@halvard.fr'), 'date': '2029-10-18T14:55:00+02:00', 'subject': 'Entretien - Juriste conformité',
  'body': '''Bonjour Madame Moreau,

Je vous confirme votre entretien pour le poste de Juriste conformité au sein de Banque Halvard France le jeudi 25 octobre 2029 de 16h00 à 17h00.

Vous rencontrerez Me Isabelle Carré, Directrice juridique, ainsi que Thomas Nguyen, Compliance Officer.

Adresse : 8 avenue Hoche, 75008 Paris. Merci de vous présenter à l'accueil 10 minutes avant avec une pièce d'identité.

Bien cordialement,
Léa Fontaine
Chargée de recrutement'''},
  exp=dict(company='Banque Halvard France', companyAlternatives=['Banque Halvard', 'Halvard'], role='Juriste conformité', start='2029-10-25T16:00',
           zone='Europe/Paris', durationMinutes=60, interviewers=['Isabelle Carré', 'Thomas Nguyen'], notInterviewers=['Léa Fontaine'],
           notes='"Me" (Maître) title; Windows TZID Romance Standard Time; ICS inside multipart/alternative.'))

F(id='fr-07', kind='invite', client='gmail', user=U, now='2029-07-30T18:00:00+02:00', userZone='Europe/Paris', cte='8bit',
  orig={'from': ('Paul Rivière', 'paul@jardins-suzanne.fr'), 'date': '2029-07-30T17:41:00+02:00', 'subject': 'Re: Candidature spontanée',
  'body': '''Top, on part donc sur demain 10h au bureau (42 rue Oberkampf, 2e étage, sonnez chez "Suzanne"). On prendra un café, ça durera une demi-heure max.

Paul
Les Jardins de Suzanne

Le lun. 30 juil. 2029 à 15:12, Camille Moreau <camille.moreau@orange.fr> a écrit :
> Bonjour Paul,
> Merci pour votre retour ! Je suis disponible demain matin ou jeudi après-midi.
> Camille'''},
  exp=dict(company='Les Jardins de Suzanne', companyAlternatives=['Jardins de Suzanne'], role=None, start='2029-07-31T10:00', zone='Europe/Paris',
           durationMinutes=30, interviewers=['Paul Rivière'], notInterviewers=[],
           notes='"demain 10h" from the mail date; spontaneous application, no role; "une demi-heure max".'))

F(id='fr-08', kind='invite', client='outlook', olsep='orig', user=U, now='2029-12-18T11:25:00+01:00', userZone='Europe/Paris',
  charset='windows-1252', cte='8bit', prefix='TR :',
  orig={'from': ('Service des ressources humaines', 'recrutement@agglo-valriant.fr'), 'date': '2029-12-17T16:48:00+01:00',
  'subject': 'Convocation – jury de recrutement',
  'body': '''Madame,

Nous avons le plaisir de vous informer que votre candidature au poste de « Chargé(e) de mission mobilités » a été retenue.

Vous êtes convoquée à un entretien avec le jury le lundi 7 janvier 2030 à 10 heures, à l’Hôtel communautaire (salle du Conseil, 1er étage).

Le jury sera composé de :
– Mme Nathalie Perrin, Vice-présidente déléguée aux mobilités
– M. Karim Bensaïd, Directeur général adjoint
– Mme Odile Marchal, Responsable du service RH

L’entretien durera 30 minutes (10 minutes de présentation, 20 minutes d’échange). Nous vous souhaitons de bonnes fêtes de fin d’année.

Le Service des ressources humaines
Communauté d’agglomération du Val-Riant'''},
  exp=dict(company='Communauté d’agglomération du Val-Riant', companyAlternatives=['Val-Riant', 'agglomération du Val-Riant'],
           role='Chargé(e) de mission mobilités', start='2030-01-07T10:00', zone='Europe/Paris', durationMinutes=30,
           interviewers=['Nathalie Perrin', 'Karim Bensaïd', 'Odile Marchal'], notInterviewers=[],
           notes='Public-sector jury after the holidays; cp1252 with guillemets and typographic apostrophes.'))

F(id='fr-09', kind='reschedule', client='gmail', user=UQ, now='2029-09-14T08:50:00-04:00', userZone='America/Toronto',
  note='changement!',
  orig={'from': ('Karine Lavoie', 'karine.lavoie@arpent.ca'), 'date': '2029-09-13T17:22:00-04:00', 'subject': 'RE: Entrevue lundi',
  'body': '''Salut Émilie,

Petit changement : Simon doit être à Québec lundi, on doit donc déplacer l'entrevue de lundi 14 h à mardi 10 h. Même lien Zoom. Désolée pour le dérangement!

Karine

De : Karine Lavoie
Envoyé : 10 septembre 2029 11:04
À : Émilie Tremblay
Objet : Entrevue lundi

Bonjour Émilie, je te confirme ton entrevue pour le poste de développeuse full stack chez Logiciels Arpent inc. le lundi 17 septembre à 14 h avec Simon Bélanger, CTO. Prévois 45 minutes.'''},
  exp=dict(company='Logiciels Arpent inc.', companyAlternatives=['Logiciels Arpent', 'Arpent'], role='développeuse full stack', start='2029-09-18T10:00',
           zone='America/Toronto', durationMinutes=45, interviewers=['Simon Bélanger'], notInterviewers=['Karine Lavoie'],
           notes='Text-only move from Monday 14 h to Tuesday 10 h; details in quoted original.'))

F(id='fr-10', kind='reschedule', client='apple', user=U, now='2029-10-29T08:10:00+01:00', userZone='Europe/Paris', html=True,
  ics=dict(mode='utc', zone='Europe/Paris', start='2029-11-06T15:00', dur=45, seq=1, summary='Entretien Acheteur junior (reporté)',
           organizer=('Jérôme Vidal', 'j.vidal@maison-perrichon.fr'), location='Visio', place='mixed'),
  orig={'from': ('Jérôme Vidal', 'j.vidal@maison-perrichon.fr'), 'date': '2029-10-28T19:30:00+01:00', 'subject': 'Report de notre entretien',
  'body': '''Bonsoir Camille,

Je suis contraint de reporter notre entretien prévu vendredi 2 novembre à 9h30 (pont de la Toussaint, l'équipe est absente).

Je vous propose le mardi 6 novembre à 15h, toujours en visio, pour 45 minutes. L'invitation mise à jour est jointe.

Bien à vous,
Jérôme Vidal
Responsable achats – Maison Perrichon'''},
  exp=dict(company='Maison Perrichon', role='Acheteur junior', start='2029-11-06T15:00', zone='Europe/Paris', durationMinutes=45,
           interviewers=['Jérôme Vidal'], notInterviewers=[], notes='ICS in UTC only; old slot 2 November in text; just after EU DST change.'))

F(id='fr-11', kind='rejection', client='outlook', user=UB, now='2029-11-13T18:40:00+01:00', userZone='Europe/Brussels', charset='iso-8859-1', cte='qp',
  prefix='TR:',
  orig={'from': ('Cabinet Aubert & Fils', 'rh@aubert-avocats.be'), 'date': '2029-11-13T16:05:00+01:00', 'subject': 'Votre candidature - Assistant juridique',
  'body': '''Monsieur,

Nous vous remercions de l'intérêt que vous portez à notre cabinet ainsi que du temps consacré à notre entretien du 6 novembre.

Nous sommes toutefois au regret de vous informer que nous ne donnerons pas suite à votre candidature pour le poste d'Assistant juridique.

Nous conservons votre CV et ne manquerons pas de revenir vers vous si une opportunité se présente.

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

Cabinet Aubert & Fils'''},
  exp=dict(company='Cabinet Aubert & Fils', companyAlternatives=['Aubert & Fils'], role='Assistant juridique', notes='Formal Belgian rejection.'))

F(id='fr-12', kind='offer', client='gmail', user=UQ, now='2029-12-05T14:00:00-05:00', userZone='America/Toronto', note='ENFIN 😭',
  orig={'from': ('Maxime Côté', 'maxime.cote@laurentide.ca'), 'date': '2029-12-05T13:31:00-05:00',
  'subject': "Offre d'emploi – Conseillère principale, expérience client",
  'body': '''Bonjour Émilie,

À la suite de nos rencontres, c'est avec grand plaisir que nous t'offrons le poste de conseillère principale, expérience client chez Assurances Laurentide.

Salaire annuel : 78 500 $
Entrée en fonction : 6 janvier 2030
Vacances : 4 semaines

La lettre d'offre officielle est jointe. Merci de nous faire part de ta décision d'ici le 14 décembre.

Joyeuses Fêtes!

Maxime Côté
Partenaire d'affaires RH
Assurances Laurentide'''},
  exp=dict(company='Assurances Laurentide', companyAlternatives=['Laurentide'], role='conseillère principale, expérience client', notInterviewers=['Maxime Côté'],
           notes='Offer; "d\'ici le 14 décembre" is candidate deadline, decisionDate null.'))

F(id='fr-13', kind='not-interview', client='tb', user=U, now='2029-09-17T07:45:00+02:00', userZone='Europe/Paris', html=True,
  orig={'from': ('Cetelia Recrutement', 'recrutement@cetelia.fr'), 'date': '2029-09-16T10:00:00+02:00',
  'subject': 'Job Dating Cetelia – jeudi 27 septembre',
  'body': '''Bonjour Camille,

Vous avez postulé chez Cetelia il y a quelques mois : nous organisons un Job Dating le jeudi 27 septembre de 14h à 18h dans notre agence de Lille (rue Faidherbe).

Au programme : entretiens flash de 10 minutes avec nos managers, sans rendez-vous. Pensez à apporter votre CV !

Inscription conseillée : https://cetelia.fr/jobdating

À très vite,
L'équipe Recrutement Cetelia'''},
  exp=dict(company='Cetelia', role=None, notes='Job dating event with date, hours and 10-minute flash interviews as bait.'))

F(id='fr-14', kind='not-interview', client='gmail', user=UB, now='2029-08-22T13:10:00+02:00', userZone='Europe/Brussels',
  orig={'from': ('Hôpital Saint-Aubin', 'noreply@hopital-saintaubin.be'), 'date': '2029-08-22T13:02:00+02:00', 'subject': 'Accusé de réception de votre candidature',
  'body': '''Cher candidat,

Nous accusons bonne réception de votre candidature pour le poste d'Infirmier en soins intensifs (réf. SI-0822).

Celle-ci sera examinée dans les meilleurs délais. Les entretiens de sélection se dérouleront à partir du lundi 10 septembre ; seules les personnes retenues seront contactées.

Ceci est un message automatique, merci de ne pas y répondre.

Service Recrutement
Hôpital Saint-Aubin'''},
  exp=dict(company='Hôpital Saint-Aubin', role="Infirmier en soins intensifs", notes='Acknowledgement with bait date for interviews of others.'))

write_all(items)

R = [
 ('2029-10-09T17:20:00', 'Groupe Vernay', 'thank-you', "mail de remerciement envoyé à mme dubois", 'thanked', None, None, None),
 ('2029-10-18T12:10:00', 'Atelier Lumen', 'thank-you', "c fait, j'ai remercié laure", 'thanked', None, None, None),
 ('2029-11-07T16:00:00', 'Coopérative Boréale', 'thank-you', "jai envoyé un ti mot de remerciement à marc-andré", 'thanked', None, None, None, None, 'America/Toronto'),
 ('2029-10-17T10:30:00', 'Groupe Vernay', 'follow-up-1', 'relancé par mail ce matin', 'followed-up', None, None, None),
 ('2029-11-23T09:15:00', 'Mistralys', 'follow-up-1', "j'ai appelé, hugo était en réunion, je lui ai laissé un message", 'followed-up', None, None, None),
 ('2029-12-19T11:00:00', 'Dewolf Distribution SA', 'follow-up-2', 'deuxième relance faite', 'followed-up', None, None, None, None, 'Europe/Brussels'),
 ('2029-10-10T08:40:00', 'Groupe Vernay', 'thank-you', 'ils donnent leur réponse vendredi', 'decision-date', '2029-10-12', None, None, 'wd:fri'),
 ('2029-10-19T18:05:00', 'Atelier Lumen', 'follow-up-1', "nicolas dit qu'ils tranchent fin de semaine prochaine", 'decision-date', '2029-10-26', None, None, 'eonw'),
 ('2029-11-08T12:00:00', 'Coopérative Boréale', 'follow-up-1', 'réponse au plus tard le 21', 'decision-date', '2029-11-21', None, None, None, 'America/Toronto'),
 ('2029-11-17T10:00:00', 'Mistralys', 'thank-you', 'décision dans 10 jours', 'decision-date', '2029-11-27', None, None, '+10'),
 ('2029-10-26T09:00:00', 'Banque Halvard France', 'thank-you', 'pas de décision avant le 15 novembre, ils voient encore 3 candidats', 'decision-date', '2029-11-15', None, None),
 ('2029-12-11T14:30:00', 'Dewolf Distribution SA', 'follow-up-1', "aurélie m'a dit fin du mois", 'decision-date', '2029-12-31', None, None, 'eom', 'Europe/Brussels'),
 ('2029-11-07T09:00:00', 'Maison Perrichon', 'prep', 'au fait ils décident lundi prochain', 'decision-date', '2029-11-12', None, None, 'wd:mon'),
 ('2029-10-24T13:40:00', 'Groupe Vernay', 'follow-up-1', 'la RH a répondu, toujours en cours de process', 'heard-back', None, None, None),
 ('2029-09-25T19:00:00', 'Logiciels Arpent inc.', 'follow-up-1', "karine m'a écrit, rien de décidé encore", 'heard-back', None, None, None, None, 'America/Toronto'),
 ('2029-10-11T16:00:00', 'Groupe Vernay', 'follow-up-1', '2e entretien mardi 16 à 9h avec le DG', 'next-round', '2029-10-16', '09:00', None),
 ('2029-10-23T11:30:00', 'Atelier Lumen', 'follow-up-1', 'ils veulent me revoir jeudi 14h sur place!!', 'next-round', '2029-10-25', '14:00', None, 'wd:thu'),
 ('2029-11-12T20:00:00', 'Coopérative Boréale', 'follow-up-1', 'deuxième entrevue mercredi prochain à 10 h', 'next-round', '2029-11-14', '10:00', None, 'wd:wed', 'America/Toronto'),
 ('2029-11-20T08:00:00', 'Mistralys', 'follow-up-1', 'cas pratique le 28/11 à 14h30', 'next-round', '2029-11-28', '14:30', None),
 ('2029-10-30T17:00:00', 'Banque Halvard France', 'follow-up-1', "j'ai eu l'offre !!!! 🥂", 'offer', None, None, 'offer'),
 ('2029-12-05T14:05:00', 'Assurances Laurentide', 'confirmation', "ils m'ont fait une offre, je signe la semaine prochaine", 'offer', None, None, 'offer', None, 'America/Toronto'),
 ('2029-11-13T18:45:00', 'Cabinet Aubert & Fils', 'confirmation', "refus. tant pis", 'rejected', None, None, 'rejected', None, 'Europe/Brussels'),
 ('2029-11-02T12:15:00', 'Atelier Lumen', 'follow-up-2', "c'est non pour lumen, ils ont pris quelqu'un en interne", 'rejected', None, None, 'rejected'),
 ('2029-12-01T10:00:00', 'Mistralys', 'follow-up-1', 'réponse négative reçue hier', 'rejected', None, None, 'rejected'),
 ('2029-10-22T21:00:00', 'Maison Perrichon', 'confirmation', "j'ai annulé, je retire ma candidature chez perrichon", 'withdrawn', None, None, 'withdrawn'),
 ('2029-12-20T09:40:00', 'Communauté d’agglomération du Val-Riant', 'prep', "je me désiste pour le jury du 7, j'ai accepté ailleurs", 'withdrawn', None, None, 'withdrawn'),
 ('2029-10-16T07:30:00', 'Groupe Vernay', 'follow-up-1', 'rappelle-moi demain stp', 'snooze', '2029-10-17', None, None, 'tomorrow'),
 ('2029-12-21T17:00:00', 'Dewolf Distribution SA', 'follow-up-2', 'on verra après les fêtes', 'snooze', None, None, None, None, 'Europe/Brussels'),
 ('2029-11-26T12:00:00', 'Mistralys', 'follow-up-1', 'relance-moi jeudi', 'snooze', '2029-11-29', None, None, 'wd:thu'),
 ('2029-10-29T08:30:00', 'Banque Halvard France', 'follow-up-1', 'pas maintenant, dans 5 jours', 'snooze', '2029-11-03', None, None, '+5'),
 ('2029-11-02T12:20:00', 'Atelier Lumen', 'confirmation', 'annule ce que je viens de dire', 'undo', None, None, None),
 ('2029-11-14T08:00:00', 'Atelier Lumen', 'digest', "lumen m'a recontacté, le candidat a pas validé sa période d'essai, tu peux rouvrir ?", 'reopen', None, None, None),
 ('2029-10-01T09:40:00', 'Groupe Vernay', 'confirmation', "c'est le mercredi 10 en fait, pas le mardi", 'correct', '2029-10-10', None, None),
 ('2029-11-09T19:10:00', 'Mistralys', 'confirmation', "le poste c'est Data Analyst Senior", 'correct', None, None, None),
 ('2029-11-19T07:50:00', None, 'digest', 'où j’en suis avec mes candidatures ?', 'status', None, None, None),
 ('2029-12-02T21:00:00', None, 'digest', 'tu peux m’envoyer un tableau excel de tout', 'export', None, None, None),
 ('2029-08-01T09:00:00', None, 'confirmation', 'aide', 'help', None, None, None),
 ('2029-08-23T08:00:00', 'Hôpital Saint-Aubin', 'confirmation', "supprime l'hôpital c'était juste l'accusé de réception", 'forget', None, None, None, None, 'Europe/Brussels'),
 ('2029-10-09T17:00:00', 'Groupe Vernay', 'thank-you', "c'était long mais ça s'est bien passé je crois", 'none', None, None, None),
 ('2029-10-17T22:00:00', 'Atelier Lumen', 'prep', 'je mets quoi comme tenue pour une visio ?', 'none', None, None, None),
 ('2029-11-10T11:00:00', 'Coopérative Boréale', 'follow-up-1', "ma chum a eu une offre chez boréale, moi toujours rien", 'none', None, None, None, None, 'America/Toronto'),
 ('2029-11-21T18:00:00', 'Mistralys', 'follow-up-1', "s'ils me refusent je reprends mes études", 'none', None, None, None),
 ('2029-10-27T10:00:00', 'Banque Halvard France', 'follow-up-1', 'toujours pas de refus, on garde espoir', 'none', None, None, None),
 ('2029-11-05T19:30:00', 'Banque Halvard France', 'confirmation', "mon boss me fait une contre-proposition pour que je reste…", 'none', None, None, None),
 ('2029-12-13T12:00:00', 'Dewolf Distribution SA', 'follow-up-1', 'mon prêt immo a été refusé, rien à voir mais bon', 'none', None, None, None, None, 'Europe/Brussels'),
 ('2029-11-06T14:50:00', 'Maison Perrichon', 'prep', "jérôme m'a proposé un café après l'entretien 😄", 'none', None, None, None),
 ('2029-12-08T10:00:00', 'Mistralys', 'move-on', 'non attends encore un peu', 'none', None, None, None),
 ('2029-10-31T20:00:00', 'Maison Perrichon', 'prep', 'ok merci', 'none', None, None, None),
 ('2029-11-15T09:00:00', 'Coopérative Boréale', 'digest', "c'est normal que ça prenne autant de temps?", 'none', None, None, None, None, 'America/Toronto'),
 ('2029-10-20T15:00:00', 'Groupe Vernay', 'digest', "j'ai eu le poste 😂 non je rigole, aucune nouvelle", 'none', None, None, None),
]
write_replies('fr', 'Europe/Paris', R)
