from mime import build_all, ics

U1 = ('Camille Lefort', 'camille.lefort@orange.fr')
U2 = ('Émilie Gauthier', 'emilie.gauthier@videotron.ca')
U3 = ('Nicolas Dupuis', 'nico.dupuis@skynet.be')
U4 = ('Léa Monnier', 'lea.monnier@bluewin.ch')
U5 = ('Yanis Haddad', 'yanis.haddad@free.fr')

items = [
dict(id='fr-01', kind='invite', now='2030-01-09T08:05:00+01:00', userZone='Europe/Paris', user=U1,
 subj='Fwd: Convocation à un entretien – Chargé(e) de communication interne', cs='iso-8859-1', cte='quoted-printable',
 body="""À ajouter stp

---------- Forwarded message ---------
De : Julie Perrin <j.perrin@groupe-vauclair.fr>
Date: mar. 8 janv. 2030 à 17:12
Subject: Convocation à un entretien - Chargé(e) de communication interne
To: <camille.lefort@orange.fr>


Madame,

Suite à votre candidature au poste de Chargé(e) de communication interne, nous avons le plaisir de vous convier à un entretien le jeudi 17 janvier à 14h30, dans nos locaux du 12 rue Lafayette, 69003 Lyon.

Vous serez reçue par Mme Hélène Marchal, directrice de la communication, et M. Karim Benali, responsable des ressources humaines. L'entretien durera environ 45 minutes.

Merci de bien vouloir nous confirmer votre présence par retour de mail.

Bien cordialement,

Julie Perrin
Assistante RH - Groupe Vauclair
""",
 exp=dict(company='Groupe Vauclair', alt=['Vauclair'], role='Chargé(e) de communication interne', start='2030-01-17T14:30',
  zone='Europe/Paris', dur=45, iv=['Hélène Marchal', 'Karim Benali'], niv=['Julie Perrin', 'Camille Lefort'],
  notes='"14h30"; Mme/M. titles; assistant only schedules; iso-8859-1')),

dict(id='fr-02', kind='invite', now='2030-04-12T15:10:00+02:00', userZone='Europe/Paris', user=U5,
 subj='TR: Entretien – Actuaire senior', cs='windows-1252', cte='quoted-printable', xmailer='Microsoft Outlook 16.0',
 body="""

De : Sandrine Roux <sandrine.roux@amrhone.fr>
Envoyé : vendredi 12 avril 2030 11:26
À : Yanis Haddad <yanis.haddad@free.fr>
Objet : Entretien – Actuaire senior

Bonjour Monsieur Haddad,

Comme convenu par téléphone, je vous confirme votre entretien pour le poste d’Actuaire senior aux Assurances Mutuelles du Rhône le mardi 23 avril à 9h30, juste après le week-end de Pâques.

Vous rencontrerez Claire Dufresne, directrice technique, et Olivier Mercier, responsable du pôle actuariat. Prévoyez 1h30 : l’entretien comprend une étude de cas.

Vous trouverez ci-joint l’invitation. N’hésitez pas à me contacter pour toute question.

Bien à vous,
Sandrine Roux
Chargée de recrutement
Assurances Mutuelles du Rhône – 4 quai Claude Bernard, 69007 Lyon
""",
 ics=ics('Romance Standard Time', '20300423T093000', '20300423T110000', 'Entretien Y. Haddad – Actuaire senior',
         ('Sandrine Roux', 'sandrine.roux@amrhone.fr'), [('Yanis Haddad', 'yanis.haddad@free.fr'), ('Claire Dufresne', 'c.dufresne@amrhone.fr'), ('Olivier Mercier', 'o.mercier@amrhone.fr')],
         '4 quai Claude Bernard, 69007 Lyon', uid='fr02'),
 exp=dict(company='Assurances Mutuelles du Rhône', alt=['AM Rhône'], role='Actuaire senior', start='2030-04-23T09:30',
  zone='Europe/Paris', dur=90, iv=['Claire Dufresne', 'Olivier Mercier'], niv=['Sandrine Roux', 'Yanis Haddad'],
  notes='Windows TZID Romance Standard Time; "1h30"; after Easter Monday; windows-1252 apostrophes')),

dict(id='fr-03', kind='invite', now='2030-02-28T17:45:00-05:00', userZone='America/Toronto', user=U2,
 subj='Fwd: Entrevue – Analyste en cybersécurité', cs='utf-8', cte='8bit', xmailer='Apple Mail (2.3774.400.31)',
 body="""Entrevue la semaine prochaine!



Début du message réexpédié :

De: Marie-Ève Tremblay <me.tremblay@boreale-energie.qc.ca>
Objet: Entrevue – Analyste en cybersécurité
Date: 28 février 2030 à 14:03:22 UTC−5
À: Émilie Gauthier <emilie.gauthier@videotron.ca>

Bonjour Émilie,

Merci pour ton intérêt envers le poste d’analyste en cybersécurité chez Boréale Énergie. Nous aimerions te rencontrer en entrevue le mercredi 6 mars à 13 h 30 (heure de Montréal), à nos bureaux du 1250, boulevard René-Lévesque Ouest.

Je serai présente avec Jean-François Gagnon, chef de la sécurité de l’information. Prévois environ 1 heure.

Au plaisir,

Marie-Ève Tremblay
Conseillère en acquisition de talents
Boréale Énergie
""",
 exp=dict(company='Boréale Énergie', alt=['Boreale Energie'], role='analyste en cybersécurité', start='2030-03-06T13:30',
  zone='America/Toronto', dur=60, iv=['Marie-Ève Tremblay', 'Jean-François Gagnon'], niv=['Émilie Gauthier'],
  notes='Québec "entrevue", "13 h 30", "heure de Montréal" (America/Toronto is the IANA zone for Montréal); sender attends; tutoiement; before DST')),

dict(id='fr-04', kind='invite', now='2030-03-19T12:30:00+01:00', userZone='Europe/Brussels', user=U3,
 subj='TR: Invitation entretien Responsable qualité – Brasserie Delvaux', cs='utf-8', cte='quoted-printable', xmailer='Microsoft Outlook 16.0',
 body="""Je te transfère l'invitation en pièce jointe.
Nico
""",
 attach=dict(**{'from': ('Sophie Lambert', 'sophie.lambert@talentis.be')}, date='2030-03-19T10:14:00+01:00',
  subject='Invitation entretien Responsable qualité – Brasserie Delvaux', cs='windows-1252', cte='quoted-printable',
  body="""Bonjour Nicolas,

Bonne nouvelle : la Brasserie Delvaux SA souhaite vous rencontrer pour le poste de Responsable qualité !

Quand : le lundi 25/03 à 9h30
Où : Brasserie Delvaux, chaussée de Louvain 412, 1030 Schaerbeek
Avec : Pierre Delvaux (administrateur délégué) et Nathalie Peeters (directrice de production)

Comptez environ une heure. Je serai également présente au début de l’entretien pour faire les présentations.

N’hésitez pas à m’appeler au 02 555 41 90.

Bien à vous,
Sophie Lambert
Consultante senior – Talentis Belgique
""", fname='Invitation entretien Responsable qualité.eml'),
 exp=dict(company='Brasserie Delvaux SA', alt=['Brasserie Delvaux', 'Delvaux'], role='Responsable qualité', start='2030-03-25T09:30',
  zone='Europe/Brussels', dur=60, iv=['Pierre Delvaux', 'Nathalie Peeters', 'Sophie Lambert'], niv=['Nicolas Dupuis'],
  notes='Belgian; agency consultant attends; numeric date 25/03; forwarded as attachment with windows-1252 inner body; person shares company name')),

dict(id='fr-05', kind='invite', now='2030-06-05T18:00:00+02:00', userZone='Europe/Zurich', user=U4,
 subj='Fwd: Entretien Ingénieur·e produit mouvement', cs='utf-8', cte='quoted-printable', xmailer='Mozilla Thunderbird',
 body="""Pour info.

-------- Message transféré --------
Sujet : 	Entretien Ingénieur·e produit mouvement
Date : 	Wed, 5 Jun 2030 15:31:02 +0200
De : 	Céline Rochat <celine.rochat@valmont-horlogerie.ch>
Pour : 	Léa Monnier <lea.monnier@bluewin.ch>



Chère Madame Monnier,

Nous vous remercions de votre candidature et avons le plaisir de vous inviter à un entretien pour le poste d'Ingénieur·e produit mouvement le jeudi 13 juin à 10h à notre manufacture du Brassus.

Laurent Favre, responsable R&D, et moi-même mènerons l'entretien, qui durera environ septante minutes. Veuillez noter que nos bureaux seront fermés le lundi de Pentecôte (10 juin).

Avec nos meilleures salutations,

Céline Rochat
Ressources humaines
Horlogerie Valmont SA
""",
 exp=dict(company='Horlogerie Valmont SA', alt=['Horlogerie Valmont', 'Valmont'], role='Ingénieur·e produit mouvement', start='2030-06-13T10:00',
  zone='Europe/Zurich', dur=70, iv=['Laurent Favre', 'Céline Rochat'], niv=['Léa Monnier'],
  notes='Swiss French "septante minutes"; "10h"; sender attends ("moi-même"); Whit Monday closure bait; Thunderbird French header')),

dict(id='fr-06', kind='invite', now='2030-02-18T20:20:00+01:00', userZone='Europe/Paris', user=U5,
 subj='Fwd: Rendez-vous confirmé : Entretien technique (30 min) avec Thomas Garnier', cs='utf-8', cte='base64', html=True,
 ics=ics('Europe/Paris', '20300222T110000', '20300222T113000', 'Entretien technique (30 min) – Lumio', ('Agendo', 'ne-pas-repondre@agendo.io'), [('Yanis Haddad', 'yanis.haddad@free.fr'), ('Thomas Garnier', 'thomas@lumio.fr')], 'Google Meet', uid='fr06', prodid='-//Agendo//FR'),
 body="""

---------- Forwarded message ---------
De : Agendo <ne-pas-repondre@agendo.io>
Date: lun. 18 févr. 2030 à 19:02
Subject: Rendez-vous confirmé : Entretien technique (30 min) avec Thomas Garnier
To: <yanis.haddad@free.fr>


Bonjour Yanis Haddad,

Votre rendez-vous est confirmé.

Quoi : Entretien technique (30 min) – Développeur·se full-stack
Qui : Thomas Garnier (Lumio)
Quand : vendredi 22 février 2030, 11:00 – 11:30 (heure de Paris)
Où : Google Meet (le lien vous sera envoyé par l'organisateur)

Annuler ou reprogrammer : https://agendo.io/r/lumio-tg-91k2

Agendo – la prise de rendez-vous simplifiée
""",
 exp=dict(company='Lumio', alt=[], role='Développeur·se full-stack', start='2030-02-22T11:00', zone='Europe/Paris', dur=30,
  iv=['Thomas Garnier'], niv=['Yanis Haddad'], notes='scheduling tool; employer only in parentheses; base64 html alternative')),

dict(id='fr-07', kind='invite', now='2030-03-29T10:00:00+01:00', userZone='Europe/Paris', user=U1,
 subj='TR: Entretien Ingénieur système embarqué – Navalis Défense', cs='utf-8', cte='quoted-printable', xmailer='Microsoft Outlook 16.0',
 body="""à noter

-----Message d'origine-----
De : Agathe Moreau <agathe.moreau@navalis-defense.fr>
Envoyé : jeudi 28 mars 2030 18:20
À : Camille Lefort <camille.lefort@orange.fr>
Objet : Entretien Ingénieur système embarqué – Navalis Défense

Bonjour Camille,

Suite à notre échange, je vous propose un entretien en visio le jeudi 4 avril à 16h (heure de Paris) pour le poste d'Ingénieur système embarqué. Attention, nous passons à l'heure d'été ce week-end.

Participeront : Bertrand Lefèvre (chef de projet) et moi-même (responsable technique). Durée : une heure.

Cordialement,
Agathe Moreau
Navalis Défense – Toulon
""",
 ics=ics(None, '20300404T140000', '20300404T150000', 'Entretien C. Lefort', ('Agathe Moreau', 'agathe.moreau@navalis-defense.fr'),
         [('Camille Lefort', 'camille.lefort@orange.fr'), ('Bertrand Lefèvre', 'b.lefevre@navalis-defense.fr')], 'Microsoft Teams', utc=True, uid='fr07'),
 exp=dict(company='Navalis Défense', alt=['Navalis Defense', 'Navalis'], role='Ingénieur système embarqué', start='2030-04-04T16:00',
  zone='Europe/Paris', dur=60, iv=['Bertrand Lefèvre', 'Agathe Moreau'], niv=['Camille Lefort'],
  notes='ICS in UTC 14:00Z vs 16h Paris after EU DST; "Message d\'origine" header')),

dict(id='fr-08', kind='invite', now='2030-05-07T09:30:00+02:00', userZone='Europe/Paris', user=U5,
 subj='Fwd: Laboratoires Saint-Aubin – entretien téléphonique', cs='windows-1252', cte='8bit',
 body="""Entretien tél mardi prochain

---------- Forwarded message ---------
De : Maxime Roussel <m.roussel@arvel-conseil.fr>
Date: lun. 6 mai 2030 à 18:44
Subject: Laboratoires Saint-Aubin – entretien téléphonique
To: Yanis Haddad <yanis.haddad@free.fr>


Bonjour Yanis,

Les Laboratoires Saint-Aubin ont retenu votre profil pour le poste de Responsable affaires réglementaires. Le Dr Isabelle Caron, directrice qualité, vous appellera le mardi 14 mai à 11 h pour un premier échange de 20 minutes environ.

Je ne participerai pas à l’appel ; je vous propose qu’on fasse un point juste après. Le 8 mai étant férié, je serai joignable à partir de jeudi.

Bonne journée,
Maxime Roussel
Cabinet Arvel Conseil – recrutement santé
""",
 exp=dict(company='Laboratoires Saint-Aubin', alt=['Saint-Aubin'], role='Responsable affaires réglementaires', start='2030-05-14T11:00',
  zone='Europe/Paris', dur=20, iv=['Isabelle Caron'], niv=['Maxime Roussel', 'Yanis Haddad'],
  notes='agency consultant absent; Dr title; 8 May holiday bait; "11 h"; windows-1252 8bit')),

dict(id='fr-09', kind='reschedule', now='2030-03-08T14:00:00+01:00', userZone='Europe/Paris', user=U1,
 subj='Fwd: Re: Entretien mardi', cs='utf-8', cte='quoted-printable',
 body="""changement de date

---------- Forwarded message ---------
De : Anne-Sophie Roy <as.roy@editions-carmin.fr>
Date: ven. 8 mars 2030 à 12:31
Subject: Re: Entretien mardi
To: Camille Lefort <camille.lefort@orange.fr>


Bonjour Camille,

Je suis désolée, j'ai un imprévu mardi matin. Pourrions-nous décaler à jeudi 14 à 15h ? Même adresse, même durée (une heure).

Bien à vous,
Anne-Sophie

Le lun. 4 mars 2030 à 09:40, Anne-Sophie Roy <as.roy@editions-carmin.fr> a écrit :
> Bonjour Camille,
> Je vous propose un entretien pour le poste d'Assistant·e d'édition aux Éditions Carmin le mardi 12 mars à 10h, 8 rue Jacob, Paris 6e.
> Bien cordialement,
> Anne-Sophie Roy, directrice éditoriale
""",
 exp=dict(company='Éditions Carmin', alt=['Editions Carmin', 'Carmin'], role="Assistant·e d'édition", start='2030-03-14T15:00',
  zone='Europe/Paris', dur=60, iv=['Anne-Sophie Roy'], niv=['Camille Lefort'], notes='text-only reschedule "jeudi 14 à 15h"; old slot in quote')),

dict(id='fr-10', kind='reschedule', now='2030-02-08T11:00:00+01:00', userZone='Europe/Brussels', user=U3,
 subj='TR: Mis à jour : Entretien Gestionnaire de dossiers', cs='utf-8', cte='quoted-printable', xmailer='Microsoft Outlook 16.0', html=True, ics_mode='inline',
 body="""

De : Aurélie Jacobs <aurelie.jacobs@mutualite-ardennaise.be>
Envoyé : vendredi 8 février 2030 09:15
À : Nicolas Dupuis <nico.dupuis@skynet.be>
Cc : Vincent Dubois <vincent.dubois@mutualite-ardennaise.be>
Objet : Mis à jour : Entretien Gestionnaire de dossiers

Bonjour Monsieur Dupuis,

Suite à un empêchement de M. Dubois, votre entretien pour le poste de Gestionnaire de dossiers prévu ce mardi 12/02 à 14h est déplacé au mercredi 13 février à 10h30. Il durera 45 minutes et se tiendra à notre siège de Namur avec Vincent Dubois, chef de service.

Vous trouverez la nouvelle invitation ci-dessous.

Cordialement,
Aurélie Jacobs
Service du personnel – Mutualité Ardennaise
""",
 ics=ics('(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris', '20300213T103000', '20300213T111500', 'Entretien N. Dupuis – Gestionnaire de dossiers',
         ('Aurélie Jacobs', 'aurelie.jacobs@mutualite-ardennaise.be'), [('Nicolas Dupuis', 'nico.dupuis@skynet.be'), ('Vincent Dubois', 'vincent.dubois@mutualite-ardennaise.be')],
         'Siège de Namur', seq=2, uid='fr10'),
 exp=dict(company='Mutualité Ardennaise', alt=['Mutualite Ardennaise'], role='Gestionnaire de dossiers', start='2030-02-13T10:30',
  zone='Europe/Brussels', dur=45, iv=['Vincent Dubois'], niv=['Aurélie Jacobs', 'Nicolas Dupuis'],
  notes='Windows display-name TZID in French; inline calendar SEQUENCE 2; old slot 12/02 14h in text')),

dict(id='fr-11', kind='rejection', now='2030-01-30T19:40:00+01:00', userZone='Europe/Paris', user=U5,
 subj='Fwd: Votre candidature – Comptable confirmé(e)', cs='iso-8859-1', cte='8bit',
 body="""bon ben non...

---------- Forwarded message ---------
De : Cabinet Fiduciaire Morel <recrutement@fiduciaire-morel.fr>
Date: mer. 30 janv. 2030 à 16:05
Subject: Votre candidature - Comptable confirmé(e)
To: <yanis.haddad@free.fr>


Monsieur,

Nous vous remercions de l'intérêt que vous portez à notre cabinet et du temps consacré à notre entretien du 24 janvier.

Après examen attentif, nous sommes au regret de vous informer que votre candidature au poste de Comptable confirmé(e) n'a pas été retenue.

Nous conservons votre CV dans notre base pendant deux ans et ne manquerons pas de revenir vers vous si un poste correspondant à votre profil se libère.

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

Le service RH
Cabinet Fiduciaire Morel
""",
 exp=dict(company='Cabinet Fiduciaire Morel', alt=['Fiduciaire Morel'], role='Comptable confirmé(e)', start=None, zone=None, dur=None,
  iv=[], niv=['Yanis Haddad'], notes='formal rejection; CV retention bait')),

dict(id='fr-12', kind='offer', now='2030-05-03T14:00:00-04:00', userZone='America/Toronto', user=U2,
 subj='Fwd: Offre d’emploi – Programmeur·euse gameplay', cs='utf-8', cte='quoted-printable',
 body="""OMG j'ai eu l'offre!!!

---------- Forwarded message ---------
De : Simon Bergeron <simon.bergeron@studionordik.ca>
Date: ven. 3 mai 2030, 11 h 20
Subject: Offre d’emploi – Programmeur·euse gameplay
To: Émilie Gauthier <emilie.gauthier@videotron.ca>


Bonjour Émilie,

C’est avec grand plaisir que Studio Nordik Jeux t’offre le poste de programmeur·euse gameplay, au salaire annuel de 78 000 $, avec une entrée en fonction le 3 juin 2030.

Tu trouveras la lettre d’offre en pièce jointe. Merci de nous faire part de ta décision d’ici le 10 mai.

Félicitations!
Simon Bergeron
Directeur, Ressources humaines
Studio Nordik Jeux
""",
 exp=dict(company='Studio Nordik Jeux', alt=['Studio Nordik'], role='programmeur·euse gameplay', start=None, zone=None, dur=None,
  iv=[], niv=['Simon Bergeron', 'Émilie Gauthier'], notes='Québec offer; "d\'ici le 10 mai" is the candidate deadline, decisionDate null')),

dict(id='fr-13', kind='not-interview', now='2030-03-04T07:55:00+01:00', userZone='Europe/Paris', user=U1,
 subj='Fwd: Job dating Aéroports de Garonne – jeudi 14 mars', cs='utf-8', cte='quoted-printable', html=True,
 body="""c'est pas un vrai entretien mais bon, je mets ça là

---------- Forwarded message ---------
De : Aéroports de Garonne – Recrutement <jobs@aeroports-garonne.fr>
Date: dim. 3 mars 2030 à 10:00
Subject: Job dating Aéroports de Garonne – jeudi 14 mars
To: <camille.lefort@orange.fr>


Bonjour,

Vous cherchez un emploi pour la saison estivale ? Venez nous rencontrer lors de notre job dating le jeudi 14 mars de 9h à 13h, hall B de l'aéroport.

Entretiens flash de 10 minutes avec nos managers : agents de sûreté, agents d'escale, hôtes et hôtesses d'accueil. Venez avec plusieurs CV !

Inscription conseillée : https://aeroports-garonne.fr/jobdating

L'équipe recrutement
""",
 exp=dict(company='Aéroports de Garonne', alt=['Aeroports de Garonne'], role=None, start=None, zone=None, dur=None, iv=[], niv=['Camille Lefort'],
  notes='job-dating event with date, hours and 10-minute flash interviews as bait')),

dict(id='fr-14', kind='not-interview', now='2030-04-10T21:00:00+02:00', userZone='Europe/Paris', user=U5,
 subj='Fwd: Accusé de réception de votre candidature', cs='windows-1252', cte='quoted-printable',
 body="""candidature envoyée

---------- Forwarded message ---------
De : Groupe Hôtelier Belcastel <candidatures@belcastel-hotels.fr>
Date: mer. 10 avr. 2030 à 14:37
Subject: Accusé de réception de votre candidature
To: <yanis.haddad@free.fr>


Bonjour,

Nous accusons bonne réception de votre candidature au poste de Réceptionniste de nuit (H/F) et vous en remercions.

Elle sera étudiée avec attention par nos équipes. Nous reviendrons vers vous dans les meilleurs délais, probablement après les vacances de Pâques.

Cordialement,
Groupe Hôtelier Belcastel
""",
 exp=dict(company='Groupe Hôtelier Belcastel', alt=['Belcastel'], role='Réceptionniste de nuit (H/F)', start=None, zone=None, dur=None,
  iv=[], niv=['Yanis Haddad'], notes='acknowledgement; "après les vacances de Pâques" is vague, decisionDate null')),
]

build_all(items, 'fr')
