from lib import ics
items = [
dict(id='fr-01', kind='invite', style='outlook', prefix='TR : ', now='2031-03-10T08:37:00+01:00', userZone='Europe/Paris',
 user=('Élodie Marchal', 'elodie.marchal@orange.fr'), note='Peux-tu l’ajouter ? Merci',
 orig_from=('Julie Martin', 'julie.martin@maison-verlaine.fr'), orig_date='2031-03-07T17:12:00+01:00',
 subject='Convocation à un entretien – Chargé(e) de communication',
 charset='utf-8', cte='quoted-printable',
 body="""Bonjour Madame Marchal,

Suite à l’examen de votre candidature au poste de Chargé(e) de communication, nous avons le plaisir de vous convier à un entretien le mardi 18 mars à 14h30 dans nos locaux : Maison Verlaine SAS, 27 rue du Faubourg Saint-Antoine, 75011 Paris (interphone « Verlaine », 3e étage).

Vous serez reçue par Mme Claire Dubois, DRH, et M. Antoine Lefèvre, directeur de la communication. L’entretien durera environ 45 minutes.

Merci de bien vouloir confirmer votre présence par retour de mail.

Bien cordialement,

Julie Martin
Assistante RH
Maison Verlaine SAS
01 43 55 20 18
""",
 exp=dict(company='Maison Verlaine SAS', alt=['Maison Verlaine'], role='Chargé(e) de communication', start='2031-03-18T14:30', zone='Europe/Paris', dur=45,
  iv=['Claire Dubois', 'Antoine Lefèvre'], niv=['Julie Martin', 'Élodie Marchal'],
  notes='"14h30"; Mme/M. titles; assistant schedules only; Outlook FR header labels with space before colon.')),

dict(id='fr-02', kind='invite', style='gmail', prefix='Fwd: ', now='2031-01-30T19:22:00-05:00', userZone='America/Toronto',
 user=('Gabriel Lavoie', 'gabriel.lavoie@videotron.ca'), note='Entrevue jeudi prochain, peux-tu me le rappeler?',
 orig_from=('Marie-Ève Gagnon', 'megagnon@cooperativeboreale.qc.ca'), orig_date='2031-01-30T14:08:00-05:00',
 subject='Entrevue - Analyste financier(ère)',
 charset='iso-8859-1', cte='quoted-printable',
 body="""Bonjour Gabriel,

Merci pour ta candidature au poste d'Analyste financier(ère) à la Coopérative Boréale. Nous aimerions te rencontrer en entrevue le jeudi 6 février à 13 h 30 (heure de l'Est), à nos bureaux du 1250, boulevard René-Lévesque Ouest, Montréal.

L'entrevue durera une heure. Tu rencontreras Jean-François Roy, directeur des finances, ainsi que moi-même.

Merci de me confirmer ta disponibilité.

Au plaisir,

Marie-Ève Gagnon
Conseillère principale, acquisition de talents
Coopérative Boréale
514 555-0182
""",
 exp=dict(company='Coopérative Boréale', alt=['Cooperative Boreale', 'La Coopérative Boréale'], role="Analyste financier(ère)", start='2031-02-06T13:30', zone='America/Toronto', dur=60,
  iv=['Jean-François Roy', 'Marie-Ève Gagnon'], niv=['Gabriel Lavoie'],
  notes='Québec French ("entrevue", "13 h 30", tutoiement, "ainsi que moi-même"); Montréal = America/Toronto zone; latin-1 QP.')),

dict(id='fr-03', kind='invite', style='outlook', prefix='TR : ', now='2031-04-08T10:18:00+02:00', userZone='Europe/Brussels',
 user=('Nicolas Dumont', 'nicolas.dumont@skynet.be'), note='',
 orig_from=('Sophie Lambert', 'sophie.lambert@lambiek-fils.be'), orig_date='2031-04-07T16:02:00+02:00',
 subject='Invitation : entretien Responsable logistique – Brasserie Lambiek & Fils',
 charset='utf-8', cte='quoted-printable', html=True,
 ics=ics('040000008200E00074C5B7101A82E00800000000B1E2C3D4', 'Entretien Nicolas Dumont – Responsable logistique', '20310423T100000', '20310423T110000',
   tzid='(UTC+01:00) Brussels, Copenhagen, Madrid, Paris', vtz_key='Romance Standard Time',
   organizer=('Sophie Lambert', 'sophie.lambert@lambiek-fils.be'), attendees=[('Luc Peeters', 'luc.peeters@lambiek-fils.be'), ('Nicolas Dumont', 'nicolas.dumont@skynet.be')],
   location='Brasserie Lambiek & Fils, Chaussée de Mons 410, 1070 Anderlecht', stamp='20310407T140200Z'),
 body="""Bonjour Monsieur Dumont,

Nous vous remercions pour votre candidature au poste de Responsable logistique.

Nous vous proposons un entretien le mercredi 23 avril à 10h00, donc juste après les vacances de Pâques, à la brasserie (Chaussée de Mons 410, 1070 Anderlecht). Vous rencontrerez Luc Peeters, directeur des opérations, et moi-même. Comptez une heure.

Nous reviendrons vers tous les candidats au plus tard le 30 avril.

Vous trouverez l’invitation Outlook en pièce jointe.

Bien à vous,

Sophie Lambert
Ressources humaines
Brasserie Lambiek & Fils SA
""",
 exp=dict(company='Brasserie Lambiek & Fils SA', alt=['Brasserie Lambiek & Fils', 'Lambiek & Fils', 'Brasserie Lambiek'], role='Responsable logistique', start='2031-04-23T10:00', zone='Europe/Brussels', dur=60,
  iv=['Luc Peeters', 'Sophie Lambert'], niv=['Nicolas Dumont'], dd='2031-04-30',
  notes='Belgian; ICS TZID is the Windows display name "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"; decision promised by 30 April; sender joins.')),

dict(id='fr-04', kind='invite', style='attach', prefix='TR: ', now='2031-05-19T09:05:00+02:00', userZone='Europe/Paris',
 user=('Hugo Bernard', 'hugo.bernard@free.fr'), note='En pièce jointe, le mail de confirmation',
 orig_from=('Atelier Ferrand via RecrutPlus', 'notifications@recrutplus.fr'), orig_date='2031-05-16T18:41:00+02:00',
 subject='Votre entretien est confirmé – Développeur Full Stack chez Atelier Ferrand',
 charset='utf-8', cte='base64', html=True,
 body="""Bonjour Hugo,

Votre entretien est confirmé !

Poste : Développeur Full Stack
Entreprise : Atelier Ferrand
Date : lundi 26 mai 2031, après le pont de l’Ascension
Heure : 9h00 – 9h30 (heure de Paris)
Format : visioconférence Google Meet
Avec : Thomas Girard, Lead Developer

Pour modifier ou annuler votre créneau, rendez-vous dans votre espace candidat.

L’équipe RecrutPlus, pour Atelier Ferrand
""",
 exp=dict(company='Atelier Ferrand', alt=[], role='Développeur Full Stack', start='2031-05-26T09:00', zone='Europe/Paris', dur=30,
  iv=['Thomas Girard'], niv=['Hugo Bernard'],
  notes='Forward as attachment; ATS sender (RecrutPlus is not the company); Ascension is 22 May, so 26 May is the Monday after the bridge ("après le pont de l’Ascension").')),

dict(id='fr-05', kind='invite', style='apple', prefix='Fwd: ', now='2031-02-07T13:10:00+01:00', userZone='Europe/Paris',
 user=('Mathilde Roux', 'mathilde.roux@icloud.com'), note='Entretien cabinet → client final',
 orig_from=('Aurélie Fontaine', 'a.fontaine@delorme-conseil.fr'), orig_date='2031-02-07T11:26:00+01:00',
 subject='Entretien Groupe Hélios Santé – Contrôleur de gestion',
 charset='utf-8', cte='8bit',
 body="""Bonjour Mathilde,

Comme convenu par téléphone, je vous confirme votre entretien avec notre client, le Groupe Hélios Santé, pour le poste de Contrôleur de gestion :

➜ vendredi 14 février à 11h
➜ au siège, 8 allée des Tilleuls, 69003 Lyon
➜ avec M. Philippe Roussel, Directeur administratif et financier

Je serai présente également pour faire les présentations et je resterai pendant l’entretien.

N’hésitez pas à m’appeler d’ici là si vous avez des questions.

Belle journée,
Aurélie Fontaine
Consultante senior Finance
Cabinet Delorme Conseil
""",
 exp=dict(company='Groupe Hélios Santé', alt=['Hélios Santé', 'Groupe Helios Sante'], role='Contrôleur de gestion', start='2031-02-14T11:00', zone='Europe/Paris', dur=None,
  iv=['Philippe Roussel', 'Aurélie Fontaine'], niv=['Mathilde Roux'],
  notes='Recruitment agency; the consultant attends, so she is an interviewer; company is the client, not the agency.')),

dict(id='fr-06', kind='invite', style='thunderbird', prefix='Fwd: ', now='2031-03-31T20:40:00+02:00', userZone='Europe/Zurich',
 user=('Yannick Favre', 'yannick.favre@gmx.ch'), note='',
 orig_from=('Nathalie Rochat', 'nathalie.rochat@vauclair.ch'), orig_date='2031-03-31T15:33:00+02:00',
 subject='Entretien visio – Technicien(ne) SAV',
 charset='utf-8', cte='quoted-printable',
 ics=ics('vauclair-sav-20310407-1615', 'Entretien Technicien(ne) SAV – Yannick Favre', '20310407T141500Z', '20310407T150000Z',
   organizer=('Nathalie Rochat', 'nathalie.rochat@vauclair.ch'), attendees=[('Yannick Favre', 'yannick.favre@gmx.ch')], location='Microsoft Teams', prodid='-//Google Inc//Google Calendar 70.9054//EN', stamp='20310331T133300Z'),
 body="""Bonjour Monsieur Favre,

Je vous remercie pour votre dossier. Je vous propose un premier entretien en visioconférence (Teams) le lundi 7 avril 2031 à 16h15, heure de Genève. L'échange durera environ trois quarts d'heure.

Je mènerai cet entretien moi-même ; si la suite est positive, un second tour aura lieu à l'atelier du Sentier.

Vous trouverez ci-joint l'invitation.

Meilleures salutations,

Nathalie Rochat
Responsable du service après-vente
Horlogerie Vauclair SA
""",
 exp=dict(company='Horlogerie Vauclair SA', alt=['Horlogerie Vauclair', 'Vauclair'], role='Technicien(ne) SAV', start='2031-04-07T16:15', zone='Europe/Zurich', dur=45,
  iv=['Nathalie Rochat'], niv=['Yannick Favre'],
  notes='Swiss French; ICS in UTC (14:15Z = 16:15 CEST, a week after the EU switch); "trois quarts d\'heure" = 45 min.')),

dict(id='fr-07', kind='invite', style='outlook_old', prefix='TR : ', now='2031-06-02T11:48:00+02:00', userZone='Europe/Paris',
 user=('Inès Haddad', 'ines.haddad@laposte.net'), note='C’est calé !',
 orig_from=('Hélène Marchand', 'helene@librairie-papyrus.fr'), orig_date='2031-06-02T10:30:00+02:00',
 subject='RE: Candidature libraire',
 charset='windows-1252', cte='8bit',
 body="""Bonjour Inès,

Parfait, c’est noté pour jeudi 10h alors. Je vous recevrai moi-même à la librairie, prévoyez une petite heure.

À jeudi !
Hélène Marchand
Librairie Papyrus – 12 rue des Carmes, Orléans

-----Message d'origine-----
De : Inès Haddad [mailto:ines.haddad@laposte.net]
Envoyé : lundi 2 juin 2031 09:12
À : Hélène Marchand
Objet : RE: Candidature libraire

Bonjour Madame Marchand,
Merci beaucoup ! Mardi je ne suis pas disponible, mais jeudi matin me conviendrait très bien.
Inès

-----Message d'origine-----
De : Hélène Marchand
Envoyé : vendredi 30 mai 2031 17:55
À : Inès Haddad
Objet : Candidature libraire

Bonjour Inès,
Votre candidature pour le poste de Libraire a retenu mon attention. Pourriez-vous passer nous voir mardi ou jeudi de la semaine prochaine ?
Hélène Marchand
""",
 exp=dict(company='Librairie Papyrus', alt=['Papyrus'], role='Libraire', start='2031-06-05T10:00', zone='Europe/Paris', dur=60,
  iv=['Hélène Marchand'], niv=['Inès Haddad'],
  notes='Thread; "jeudi 10h" relative to the 2 June mail; "une petite heure" ~ 60; cp1252 8bit; sent on Whit Monday.')),

dict(id='fr-08', kind='invite', style='gmail', prefix='Fwd: ', now='2031-02-26T07:30:00+01:00', userZone='Europe/Paris',
 user=('Sarah Benoît', 'sarah.benoit.ide@gmail.com'), note='',
 orig_from=('Cliniques du Val – Recrutement', 'recrutement@cliniquesduval.fr'), orig_date='2031-02-25T16:16:00+01:00',
 subject='Entretien téléphonique – Infirmier(ère) de bloc opératoire',
 charset='utf-8', cte='quoted-printable',
 body="""Madame,

Votre candidature au poste d'Infirmier(ère) de bloc opératoire a retenu notre attention.

Le Dr Karim Benali, chef du bloc, vous appellera pour un entretien téléphonique de 20 minutes le mardi 4 mars à 17h45. Merci de vous assurer d'être joignable au 06 12 34 56 78.

En cas d'empêchement, merci de contacter Mme Corinne Vidal au secrétariat (04 78 55 12 00).

Cordialement,
Service recrutement
Cliniques du Val
""",
 exp=dict(company='Cliniques du Val', alt=[], role="Infirmier(ère) de bloc opératoire", start='2031-03-04T17:45', zone='Europe/Paris', dur=20,
  iv=['Karim Benali'], niv=['Corinne Vidal', 'Sarah Benoît'],
  notes='Phone interview; "Dr" title; the secretary is only mentioned; sender is a department.')),

dict(id='fr-09', kind='reschedule', style='outlook', prefix='TR : ', now='2031-03-07T12:02:00+01:00', userZone='Europe/Paris',
 user=('Maxime Petit', 'maxime.petit@outlook.fr'), note='Changement de date',
 orig_from=('Bruno Caron', 'b.caron@sorel-ingenierie.fr'), orig_date='2031-03-07T09:47:00+01:00',
 subject='Report de votre entretien – Ingénieur méthodes',
 charset='utf-8', cte='quoted-printable',
 body="""Bonjour Monsieur Petit,

En raison d'un déplacement imprévu, je suis contraint de décaler notre entretien du mercredi 12 mars à 9h30. Je vous propose le lundi 17 mars à 15h, au même endroit (site de Grenoble, bâtiment B). La durée reste d'une heure et demie, visite de l'atelier comprise.

Avec toutes mes excuses pour ce contretemps,

Bruno Caron
Responsable industrialisation
Sorel Ingénierie
""",
 exp=dict(company='Sorel Ingénierie', alt=['Sorel Ingenierie', 'Sorel'], role='Ingénieur méthodes', start='2031-03-17T15:00', zone='Europe/Paris', dur=90,
  iv=['Bruno Caron'], niv=['Maxime Petit'],
  notes='Reschedule: old "mercredi 12 mars à 9h30" and new "lundi 17 mars à 15h"; duration in words.')),

dict(id='fr-10', kind='reschedule', style='apple', prefix='Fwd: ', now='2031-05-16T15:20:00-04:00', userZone='America/Toronto',
 user=('Olivier Côté', 'olivier.cote@hotmail.com'), note='Déplacé à mercredi',
 orig_from=('Camille Bouchard', 'camille@studiofjord.ca'), orig_date='2031-05-16T14:41:00-04:00',
 subject='Re: Entrevue Artiste 3D',
 charset='utf-8', cte='quoted-printable',
 body="""Salut Olivier,

Oups, je viens de réaliser que lundi c'est la Journée nationale des patriotes, le studio est fermé! Est-ce qu'on pourrait plutôt faire ça mercredi à 10 h? Désolée du changement.

Camille

Le 14 mai 2031 à 11:02, Camille Bouchard <camille@studiofjord.ca> a écrit :

> Salut Olivier,
> On aimerait te rencontrer pour le poste d'Artiste 3D chez Studio Fjord. Est-ce que lundi 19 mai à 14 h te conviendrait? Ce serait au studio (5445, avenue de Gaspé, local 300), environ 1 h avec moi et notre directeur artistique, Mathieu Pelletier.
> Camille Bouchard
> Directrice de production, Studio Fjord
""",
 exp=dict(company='Studio Fjord', alt=['Fjord'], role='Artiste 3D', start='2031-05-21T10:00', zone='America/Toronto', dur=60,
  iv=['Camille Bouchard', 'Mathieu Pelletier'], niv=['Olivier Côté'],
  notes='Québec; text-only move to "mercredi à 10 h" computed from Fri 16 May; holiday (Journée nationale des patriotes) is the reason; panel from the quoted mail.')),

dict(id='fr-11', kind='rejection', style='outlook', prefix='TR : ', now='2031-05-05T18:22:00+02:00', userZone='Europe/Brussels',
 user=('Amélie Jacobs', 'amelie.jacobs@telenet.be'), note='Tant pis…',
 orig_from=('Banque Ardennaise – Talent Acquisition', 'jobs@banqueardennaise.be'), orig_date='2031-05-05T15:05:00+02:00',
 subject='Votre candidature – Conseiller clientèle (réf. BA-0417)',
 charset='utf-8', cte='base64',
 body="""Madame Jacobs,

Nous vous remercions de l’intérêt que vous portez à la Banque Ardennaise et du temps que vous nous avez consacré lors de l’entretien du 28 avril.

Nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature pour le poste de Conseiller clientèle. Votre profil reste cependant dans notre base de données.

Nous organisons une soirée d’information sur nos métiers le jeudi 12 juin à 18h30 à Namur, à laquelle vous êtes la bienvenue.

Nous vous prions d’agréer, Madame, nos salutations distinguées.

Véronique Lemaire
Talent Acquisition
""",
 exp=dict(company='Banque Ardennaise', alt=[], role='Conseiller clientèle', start=None, zone=None, dur=None,
  iv=[], niv=['Véronique Lemaire', 'Amélie Jacobs'],
  notes='Rejection with past interview date and an information evening as bait.')),

dict(id='fr-12', kind='offer', style='gmail', prefix='Fwd: ', now='2031-05-07T21:30:00+02:00', userZone='Europe/Paris',
 user=('Lucas Moreau', 'lucas.moreau@gmail.com'), note='OUIIII',
 orig_from=('Anne-Sophie Garnier', 'as.garnier@labo-sainte-odile.fr'), orig_date='2031-05-07T17:45:00+02:00',
 subject='Promesse d’embauche – Technicien de laboratoire',
 charset='utf-8', cte='quoted-printable', html=True,
 body="""Bonjour Lucas,

Suite à nos échanges, j’ai le plaisir de vous proposer le poste de Technicien de laboratoire en CDI au sein des Laboratoires Sainte-Odile, à compter du 2 juin 2031 (ou au 3 juin si vous préférez éviter le lundi de Pentecôte, qui est chômé chez nous).

Rémunération : 2 450 € bruts mensuels sur 13 mois.

Vous trouverez la promesse d’embauche en pièce jointe. Merci de nous faire part de votre réponse avant le 16 mai.

Très cordialement,
Anne-Sophie Garnier
Responsable RH
Laboratoires Sainte-Odile
""",
 exp=dict(company='Laboratoires Sainte-Odile', alt=['Sainte-Odile', 'Laboratoire Sainte-Odile'], role='Technicien de laboratoire', start=None, zone=None, dur=None,
  iv=[], niv=['Anne-Sophie Garnier', 'Lucas Moreau'],
  notes='Offer; answer deadline 16 mai is the candidate\'s; start date and Pentecost Monday as bait.')),

dict(id='fr-13', kind='not-interview', style='outlook', prefix='TR : ', now='2031-03-12T10:05:00+01:00', userZone='Europe/Paris',
 user=('Théo Lambert', 'theo.lambert31@outlook.fr'), note='à garder en tête ?',
 orig_from=('Aéroports de Garonne', 'carrieres@aeroports-garonne.fr'), orig_date='2031-03-11T14:00:00+01:00',
 subject='Journée portes ouvertes recrutement – samedi 22 mars',
 charset='utf-8', cte='quoted-printable', html=True,
 body="""Bonjour Théo,

Vous nous avez laissé votre CV lors du salon de l’alternance : merci !

Aéroports de Garonne ouvre ses portes aux candidats le samedi 22 mars, de 9h à 17h, terminal 2, hall C. Au programme : présentation des métiers de la sûreté et de l’assistance aéroportuaire, visites des pistes à 10h30 et 14h, et job dating avec nos managers.

Inscription gratuite mais obligatoire avant le 19 mars.

À très bientôt,
L’équipe Recrutement
Aéroports de Garonne
""",
 exp=dict(company='Aéroports de Garonne', alt=['Aeroports de Garonne'], role=None, start=None, zone=None, dur=None,
  iv=[], niv=['Théo Lambert'],
  notes='Open day / job dating invitation with dates and times; not an interview.')),

dict(id='fr-14', kind='not-interview', style='gmail', prefix='Fwd: ', now='2031-01-14T18:40:00+01:00', userZone='Europe/Paris',
 user=('Kevin Lefort', 'kevin.lefort@gmail.com'), note='faut que je réserve un créneau',
 orig_from=('Transports Meunier', 'rh@transports-meunier.fr'), orig_date='2031-01-14T09:30:00+01:00',
 subject='Réservez votre créneau d’entretien – Chauffeur poids lourd',
 charset='utf-8', cte='quoted-printable',
 body="""Bonjour Kevin,

Merci pour votre candidature au poste de Chauffeur poids lourd (CE) chez Transports Meunier.

Nous serions ravis d’échanger avec vous. Merci de réserver vous-même un créneau d’entretien de 30 minutes via le lien ci-dessous. Des créneaux sont ouverts du lundi 20 au vendredi 24 janvier, de 8h à 12h.

👉 https://rdv.transports-meunier.fr/entretien-ce

Sans réservation de votre part d’ici le 17 janvier, nous considérerons que vous n’êtes plus intéressé.

Cordialement,
Service RH – Transports Meunier
""",
 exp=dict(company='Transports Meunier', alt=['Meunier'], role='Chauffeur poids lourd', start=None, zone=None, dur=None,
  iv=[], niv=['Kevin Lefort'],
  notes='"Book your slot" mail with a range of days and hours but no slot.')),
]
