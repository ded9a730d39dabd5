from mime import write
U = ('Camille Lefèvre', 'camille.lefevre@orange.fr')
UB = ('Quentin Dewulf', 'quentin.dewulf@skynet.be')
UQ = ('Émilie Gagnon', 'emilie.gagnon@videotron.ca')
items = [
dict(id='fr-01', lang='fr', client='outlook', uz='Europe/Paris', now=(2027, 12, 29, 10, 7), odate=(2027, 12, 28, 17, 44),
 user=U, ofrom=('Sophie Garnier', 'sophie.garnier@maison-verlaine.fr'), charset='windows-1252', cte='quoted-printable', html=True,
 subj='Convocation à un entretien – Chef de produit senior',
 body='''Bonjour Madame Lefèvre,

Suite à votre candidature au poste de Chef de produit senior, nous avons le plaisir de vous convier à un entretien le {WD:2028-01-11} 11 janvier à 14h30, dans nos locaux du 18 rue de Marignan, 75008 Paris.

Vous rencontrerez Mme Hélène Marchetti, directrice marketing, ainsi que M. Yanis Belkacem, responsable des ressources humaines. L’entretien durera une heure environ.

Merci de me confirmer votre présence par retour de mail. Je reste à votre disposition pour toute question « pratique » (accès, parking…).

Je vous souhaite de belles fêtes de fin d’année.

Bien cordialement,

Sophie Garnier
Chargée de recrutement
Maison Verlaine Cosmétiques''',
 ics=dict(tzid='Romance Standard Time', start='20280111T143000', end='20280111T153000', summary='Entretien C. Lefèvre – Chef de produit senior',
          location='18 rue de Marignan, 75008 Paris', organizer=('Sophie Garnier', 'sophie.garnier@maison-verlaine.fr'),
          attendees=[('Hélène Marchetti', 'h.marchetti@maison-verlaine.fr'), ('Yanis Belkacem', 'y.belkacem@maison-verlaine.fr')]),
 exp=dict(kind='invite', company='Maison Verlaine', alts=['Maison Verlaine Cosmétiques'], role='Chef de produit senior', start='2028-01-11T14:30', zone='Europe/Paris', dur=60,
          iv=['Hélène Marchetti', 'Yanis Belkacem'], niv=['Sophie Garnier', 'Camille Lefèvre'], notes='windows-1252 with « » and ’; HR manager on panel; coordinator not; Romance Standard Time ICS.')),

dict(id='fr-02', lang='fr', client='gmail', uz='Europe/Paris', now=(2028, 1, 24, 12, 40), odate=(2028, 1, 24, 9, 58),
 user=U, ofrom=('Mathieu Caron', 'mathieu@pollendata.io'), cte='8bit',
 subj='Re: Lead dev backend',
 note='le CTO de Pollen m’a répondu !!',
 body='''Salut Camille,

Merci pour ton message, ton parcours chez Qonto nous parle beaucoup.

On se voit jeudi à 10h pour parler du poste ? Je suis au bureau, 42 rue de Paradis (10e), sonne chez Pollen au 3e. Sinon on cale autre chose la semaine prochaine, pas de souci.

À jeudi j’espère,
Mathieu

--
Mathieu Caron
CTO & cofondateur – Pollen Data''',
 exp=dict(kind='invite', company='Pollen Data', alts=['Pollen'], role='Lead dev backend', start='2028-01-27T10:00', zone='Europe/Paris', dur=None,
          iv=['Mathieu Caron'], niv=['Camille Lefèvre'], notes='Informal tutoiement; bare "jeudi" from Mon 24 Jan = 27 Jan; Qonto is the candidate\'s past employer, not the company.')),

dict(id='fr-03', lang='fr', client='apple', uz='Europe/Paris', now=(2028, 2, 9, 19, 2), odate=(2028, 2, 9, 15, 31),
 user=U, ofrom=('Agendix pour Banque Saint-Aubin', 'ne-pas-repondre@agendix.example'), html=True,
 subj='Votre entretien est confirmé – Banque Saint-Aubin',
 body='''Bonjour Camille,

Votre entretien visio pour le poste d’Analyste conformité LCB-FT est confirmé.

Quand : {WD:2028-02-16} 16 février 2028, de 9 h à 9 h 45 (heure de Paris)
Avec : Thibault Renaud, responsable conformité
Lien Teams : envoyé dans l’invitation jointe

Pour modifier ou annuler : https://agendix.example/m/SA-55K1

Cet e-mail vous a été envoyé par Agendix pour le compte de Banque Saint-Aubin.''',
 ics=dict(tzid=None, start='20280216T080000', end='20280216T084500', summary='Entretien – Banque Saint-Aubin', prodid='-//Agendix//FR',
          organizer=('Thibault Renaud', 't.renaud@banque-saint-aubin.example'), attendees=[('Camille Lefèvre', 'camille.lefevre@orange.fr')]),
 exp=dict(kind='invite', company='Banque Saint-Aubin', role='Analyste conformité LCB-FT', start='2028-02-16T09:00', zone='Europe/Paris', dur=45,
          iv=['Thibault Renaud'], niv=['Camille Lefèvre'], notes='Scheduling tool for employer; ICS in UTC (08:00Z), real zone only in the text ("heure de Paris").')),

dict(id='fr-04', lang='fr', client='attach', uz='Europe/Brussels', now=(2028, 2, 21, 8, 15), odate=(2028, 2, 18, 16, 20),
 user=UB, ofrom=('Anne-Sophie Delvaux', 'as.delvaux@delvaux-peeters.be'), charset='iso-8859-1', cte='quoted-printable', aname='Entretien Delvaux-Peeters.eml',
 subj='Entretien final - Responsable supply chain',
 note='en pièce jointe',
 body='''Bonjour Monsieur Dewulf,

Nous avons le plaisir de vous inviter à un dernier entretien pour le poste de Responsable supply chain, le {WD:2028-03-02} 2 mars de 13 h 30 à 15 h, à notre siège de Wavre (Chaussée de Louvain 251).

Le jury sera composé de :
- Geert Peeters, COO
- Karim Ouali, Supply Planning Manager
- moi-même

Nous reviendrons vers vous au plus tard le vendredi 10 mars.

Bien à vous,

Anne-Sophie Delvaux
CEO – Groupe Delvaux-Peeters'''.replace('–', '-'),
 exp=dict(kind='invite', company='Groupe Delvaux-Peeters', alts=['Delvaux-Peeters'], role='Responsable supply chain', start='2028-03-02T13:30', zone='Europe/Brussels', dur=90,
          iv=['Geert Peeters', 'Karim Ouali', 'Anne-Sophie Delvaux'], niv=['Quentin Dewulf'], dd='2028-03-10',
          notes='Belgian; message/rfc822; "13 h 30 à 15 h" range; sender on the jury ("moi-même"); decision promised by Fri 10 March.')),

dict(id='fr-05', lang='fr', client='apple', uz='America/Toronto', now=(2028, 4, 12, 21, 3), odate=(2028, 4, 12, 14, 26), oz='America/Toronto',
 user=UQ, ofrom=('Geneviève Ouellet', 'genevieve.ouellet@coopboreale.ca'), cte='quoted-printable',
 subj='Entrevue – Analyste principal(e), actuariat',
 body='''Bonjour Émilie,

Merci de votre intérêt pour le poste d’analyste principal(e) en actuariat à la Coopérative Boréale Assurances.

Nous aimerions vous rencontrer en entrevue Teams le mardi 18 avril à 10 h (heure de l’Est). L’entrevue durera 45 minutes et se déroulera avec Jean-François Bélanger, directeur actuariat, et moi-même.

Prenez note que nos bureaux sont fermés le lundi de Pâques.

Au plaisir,

Geneviève Ouellet, CRHA
Conseillère principale, acquisition de talents
Coopérative Boréale Assurances — Montréal''',
 exp=dict(kind='invite', company='Coopérative Boréale Assurances', alts=['Coopérative Boréale'], role='Analyste principal(e), actuariat', start='2028-04-18T10:00', zone='America/Toronto', dur=45,
          iv=['Jean-François Bélanger', 'Geneviève Ouellet'], niv=['Émilie Gagnon'],
          notes='Québec "entrevue", "heure de l\'Est" (America/Toronto ~ Montreal); sender attends; Easter Monday distractor.')),

dict(id='fr-06', lang='fr', client='tb', uz='Europe/Paris', now=(2028, 5, 31, 9, 40), odate=(2028, 5, 30, 18, 2),
 user=U, ofrom=('Lucas Perrin', 'lucas.perrin@arpege-conseil.example'), charset='iso-8859-1', cte='quoted-printable',
 subj='Votre rencontre avec les Laboratoires Sérac',
 body='''Bonjour Camille,

Comme convenu au téléphone, mon client les Laboratoires Sérac souhaite vous rencontrer pour le poste de Chargée d'affaires réglementaires.

RDV le lundi 12 juin à 9h30 sur leur site de Lyon Gerland (12 avenue Tony Garnier), avec le Dr Émilie Fontaine, directrice des affaires réglementaires. Prévoyez 1h30, une courte étude de cas est prévue.

Je ne serai pas présent mais je vous appelle le lendemain pour un débrief.

Cordialement,
Lucas Perrin
Consultant senior - Cabinet Arpège Conseil''',
 exp=dict(kind='invite', company='Laboratoires Sérac', alts=['Sérac'], role="Chargée d'affaires réglementaires", start='2028-06-12T09:30', zone='Europe/Paris', dur=90,
          iv=['Émilie Fontaine'], niv=['Lucas Perrin', 'Camille Lefèvre'], notes='Agency consultant does not attend; company = client; "Dr" stripped; 1h30.')),

dict(id='fr-07', lang='fr', client='gmail', uz='Europe/Paris', now=(2028, 5, 19, 14, 55), odate=(2028, 5, 19, 11, 20),
 user=U, ofrom=('Claire Dussart', 'c.dussart@editions-marnier.fr'), html=True,
 subj='Report de votre entretien',
 body='''Bonjour Camille,

Je me rends compte que nous avions fixé notre entretien au jeudi 25 mai à 11h, qui est un jour férié (Ascension) – toutes mes excuses !

Je vous propose donc de le décaler au mardi 30 mai, même heure (11h), même durée (45 minutes), toujours en visio. Le lien reste le même.

Bien à vous,
Claire Dussart
Directrice du numérique
Éditions Marnier & Cie''',
 exp=dict(kind='reschedule', company='Éditions Marnier', alts=['Éditions Marnier & Cie', 'Marnier'], role=None, start='2028-05-30T11:00', zone='Europe/Paris', dur=45,
          iv=['Claire Dussart'], niv=['Camille Lefèvre'], notes='Reschedule off the Ascension holiday; old slot 25 May in the text; role not named.')),

dict(id='fr-08', lang='fr', client='outlook', uz='Europe/Paris', now=(2028, 3, 20, 18, 30), odate=(2028, 3, 20, 10, 4),
 user=U, ofrom=('Habitat Ligérien - Recrutement', 'recrutement@habitat-ligerien.fr'),
 subj='Votre candidature – Chargé(e) de mission RSE',
 body='''Madame,

Nous vous remercions de l’intérêt que vous portez à Habitat Ligérien et du temps consacré à nos échanges.

Nous sommes toutefois au regret de vous informer que votre candidature n’a pas été retenue pour le poste de Chargé(e) de mission RSE. Ce choix ne remet pas en cause la qualité de votre parcours.

Nous conservons votre CV dans notre vivier et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous prions d’agréer, Madame, l’expression de nos salutations distinguées.

Le service Ressources humaines
Habitat Ligérien''',
 exp=dict(kind='rejection', company='Habitat Ligérien', role='Chargé(e) de mission RSE', niv=['Camille Lefèvre'], notes='Formal rejection.')),

dict(id='fr-09', lang='fr', client='outlook', uz='Europe/Brussels', now=(2028, 6, 22, 8, 5), odate=(2028, 6, 21, 17, 50),
 user=UB, ofrom=('Margaux Courbet', 'margaux@ateliercourbet.be'), html=True,
 subj='Proposition d’engagement – Architecte d’intérieur',
 body='''Bonjour Quentin,

Suite à nos deux rencontres, j’ai le grand plaisir de vous proposer le poste d’Architecte d’intérieur confirmé au sein de l’Atelier Courbet.

- Entrée en fonction : lundi 4 septembre 2028
- Rémunération : 4 100 € bruts mensuels, 13e mois, chèques-repas
- CDI, temps plein, Ixelles

Vous trouverez le contrat en annexe. Merci de nous le retourner signé avant le 30 juin.

Au plaisir de vous compter parmi nous !
Margaux Courbet
Fondatrice, Atelier Courbet''',
 exp=dict(kind='offer', company='Atelier Courbet', role="Architecte d'intérieur confirmé", niv=['Margaux Courbet', 'Quentin Dewulf'],
          notes='Offer; 30 June is the candidate deadline; 4 Sept start date is not an interview.')),

dict(id='fr-10', lang='fr', client='gmail', uz='Europe/Paris', now=(2028, 7, 10, 9, 12), odate=(2028, 7, 7, 22, 1),
 user=U, ofrom=('Groupe Hospitalier Saint-Rémi', 'candidatures@gh-saint-remi.example'),
 subj='Accusé de réception de votre candidature',
 body='''Bonjour,

Nous accusons bonne réception de votre candidature au poste de Contrôleur de gestion (H/F) – réf. GHSR-2028-114.

Votre dossier sera étudié avec attention par notre équipe. Si votre profil correspond à nos attentes, nous reviendrons vers vous sous une quinzaine de jours pour convenir d’un entretien.

Ceci est un message automatique, merci de ne pas y répondre.

La Direction des ressources humaines
Groupe Hospitalier Saint-Rémi''',
 exp=dict(kind='not-interview', company='Groupe Hospitalier Saint-Rémi', alts=['Saint-Rémi'], role='Contrôleur de gestion (H/F)', niv=[],
          notes='Acknowledgement; vague "sous une quinzaine".')),

dict(id='fr-11', lang='fr', client='apple', uz='Europe/Paris', now=(2028, 6, 28, 13, 14), odate=(2028, 6, 28, 7, 30),
 user=U, ofrom=('CadreLink', 'events@cadrelink.example'), html=True, cte='base64',
 subj='🎟️ Votre badge pour le Forum Emploi Cadres',
 senc='B',
 body='''Bonjour Camille,

Merci pour votre inscription ! Voici votre badge pour le Forum Emploi Cadres.

{WD:2028-07-06} 6 juillet, de 9h à 17h
Paris Expo – Porte de Versailles, Hall 4

Plus de 120 recruteurs présents. Pensez à imprimer une dizaine de CV.
Conférence d’ouverture à 9h30 avec Nadia Benkirane, DRH.

L’équipe CadreLink''',
 exp=dict(kind='not-interview', company=None, role=None, niv=['Nadia Benkirane', 'Camille Lefèvre'],
          notes='Job-fair badge with date/time bait; emoji subject in B encoding.')),
]
items.append(dict(id='fr-12', lang='fr', client='tb', uz='Europe/Paris', now=(2028, 5, 3, 22, 5), odate=(2028, 5, 3, 11, 30), oz='America/Toronto',
 user=U, ofrom=('Chloé Bergeron', 'recrutement@studionordique.ca'), cte='quoted-printable',
 subj='Entrevue – Game Designer senior',
 body="""Bonjour Camille,

Merci encore pour votre candidature au poste de Game Designer senior chez Studio Nordique.

Votre entrevue est fixée au jeudi 11 mai à 9 h (heure de Montréal), soit 15 h pour vous à Paris. D’une durée de 60 minutes, elle se fera sur Zoom avec Maxime Tremblay-Roy, directeur créatif, et Audrey Lavoie, productrice.

Le lien Zoom suivra la semaine prochaine.

Bonne journée,
Chloé Bergeron
Recrutement – Studio Nordique (Montréal)""",
 exp=dict(kind='invite', company='Studio Nordique', role='Game Designer senior', start='2028-05-11T09:00', zone='America/Toronto', dur=60,
          iv=['Maxime Tremblay-Roy', 'Audrey Lavoie'], niv=['Chloé Bergeron', 'Camille Lefèvre'],
          notes='Montréal employer, Paris candidate: 9 h Montréal = 15 h Paris (same instant; match on the instant; zone America/Toronto stands for Montréal).')))
if __name__ == '__main__':
    write(items)
