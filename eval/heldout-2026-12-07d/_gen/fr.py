from lib import *

PAR, BRU, MTL, GVA = 'Europe/Paris', 'Europe/Brussels', 'America/Toronto', 'Europe/Zurich'

F = []
F.append(dict(id='fr-01', kind='invite', now='2029-01-15 12:05', uz=PAR, client='outlook', cs='windows-1252', cte='quoted-printable',
 user=('Émilie Rousseau', 'emilie.rousseau@orange.fr'), **{'from': ('Céline Morvan', 'c.morvan@mutuelle-armorique.fr')}, odate='2029-01-15 10:41',
 subj='Convocation à un entretien – Chargée de relation adhérents', note='Pour info, entretien la semaine prochaine.',
 body='''Madame,

Suite à votre candidature au poste de Chargée de relation adhérents, nous avons le plaisir de vous convier à un entretien le mardi 23 janvier à 14h30 dans nos locaux de Rennes (12 rue de Brest).

Vous serez reçue par Mme Nathalie Le Goff, responsable du service Adhérents, et M. Yannick Guéguen, chargé de recrutement. L’entretien durera environ 45 minutes.

Merci de bien vouloir nous confirmer votre présence.

Bien cordialement,

Céline Morvan
Assistante RH – Mutuelle Armorique''',
 exp=dict(company='Mutuelle Armorique', alts=[], role='Chargée de relation adhérents', start='2029-01-23T14:30', zone=PAR, dur=45,
          iv=['Nathalie Le Goff', 'Yannick Guéguen'], niv=['Céline Morvan', 'Émilie Rousseau'], notes='Outlook TR: with French "De :/Envoyé :" labels; "14h30"; Mme/M. titles.')))

F.append(dict(id='fr-02', kind='invite', now='2029-03-07 16:30', uz=MTL, client='gmail',
 user=('Olivier Gagnon', 'olivier.gagnon@videotron.ca'), **{'from': ('Isabelle Côté', 'isabelle.cote@borealsolutions.ca')}, odate='2029-03-07 14:02',
 subj='Entrevue – Analyste d\'affaires', note='',
 body='''Bonjour Olivier,

Merci pour ton intérêt envers Boréal Solutions numériques. Nous aimerions te rencontrer en entrevue pour le poste d'analyste d'affaires.

Quand : jeudi 15 mars, 10 h à 11 h (heure de l'Est)
Où : Teams (lien dans l'invitation ci-jointe)
Avec : Geneviève Tremblay, directrice des TI, et Marc-André Gagnon, analyste principal

Bonne journée!

Isabelle Côté
Coordonnatrice, acquisition de talents
Boréal Solutions numériques inc.''',
 ics=ics('Entrevue - Olivier Gagnon', '2029-03-15 10:00', '2029-03-15 11:00', '(UTC-05:00) Est (États-Unis et Canada)',
         ('Isabelle Côté', 'isabelle.cote@borealsolutions.ca'), [('Geneviève Tremblay', 'g.tremblay@borealsolutions.ca'), ('Marc-André Gagnon', 'ma.gagnon@borealsolutions.ca')],
         'Réunion Microsoft Teams', uid='bsn-entrevue-0315'),
 exp=dict(company='Boréal Solutions numériques', alts=['Boréal Solutions numériques inc.', 'Boréal Solutions', 'Boréal'], role="analyste d'affaires", start='2029-03-15T10:00', zone=MTL, dur=60,
          iv=['Geneviève Tremblay', 'Marc-André Gagnon'], niv=['Isabelle Côté', 'Olivier Gagnon'],
          notes='Québec "entrevue", "10 h"; ICS TZID is a French Windows display name; crosses North American DST (Mar 11); interviewer shares surname with user (Gagnon).')))

F.append(dict(id='fr-03', kind='invite', now='2029-01-29 19:10', uz=BRU, client='apple', html=False, cte='8bit',
 user=('Manon Lambert', 'manon.lambert@skynet.be'), **{'from': ('Sophie Dubois', 'sophie.dubois@talentis.be')}, odate='2029-01-29 17:25',
 subj='Entretien Brasserie Lambrecht – confirmation', note='Envoyé de mon iPhone',
 body='''Bonjour Manon,

Comme convenu par téléphone, je vous confirme votre entretien chez notre client Brasserie Lambrecht pour le poste de Responsable logistique :

- lundi 5 février à 9h
- Brasserie Lambrecht SA, Chaussée de Mons 220, 1070 Anderlecht
- avec Pierre Janssens, directeur des opérations
- durée : une heure

Je ne serai pas présente, mais appelez-moi juste après pour un débriefing !

Bien à vous,
Sophie Dubois
Consultante Supply Chain – Talentis Belgium''',
 exp=dict(company='Brasserie Lambrecht SA', alts=['Brasserie Lambrecht', 'Lambrecht'], role='Responsable logistique', start='2029-02-05T09:00', zone=BRU, dur=60,
          iv=['Pierre Janssens'], niv=['Sophie Dubois', 'Manon Lambert'], notes='Belgian agency; consultant explicitly absent; "une heure".')))

F.append(dict(id='fr-04', kind='invite', now='2029-03-23 09:40', uz=PAR, client='thunderbird', attach=True, ocs='iso-8859-1', octe='quoted-printable', cte='8bit',
 user=('Hugo Mercier', 'hugo.mercier@free.fr'), **{'from': ('Julien Roux', 'julien@atelier-castagne.fr')}, odate='2029-03-22 18:20',
 subj='Entretien pour le poste de développeur', note='Bonjour,\n\nci-joint le mail de l\'Atelier Castagne.\n\nHugo',
 body='''Bonjour Hugo,

Merci pour ta candidature au poste de Développeur back-end PHP. Ton profil nous plaît beaucoup !

On te propose un entretien dans nos locaux (8 rue Oberkampf, Paris 11e) le mercredi 4 avril à 16h. Je mènerai l'entretien avec Amandine Perrin, notre lead dev. Prévois 1h30 environ, il y aura un petit exercice de code.

À bientôt,
Julien Roux
CTO - Atelier Castagne''',
 exp=dict(company='Atelier Castagne', alts=["l'Atelier Castagne"], role='Développeur back-end PHP', start='2029-04-04T16:00', zone=PAR, dur=90,
          iv=['Julien Roux', 'Amandine Perrin'], niv=['Hugo Mercier'], notes='Forward as attachment; ISO-8859-1 QP inside; sender leads the interview; "1h30"; crosses EU DST.')))

F.append(dict(id='fr-05', kind='invite', now='2029-04-12 08:15', uz=GVA, client='gmail',
 user=('Camille Favre', 'camille.favre@bluewin.ch'), **{'from': ('Horlogerie Vauclair via Jobeo', 'notifications@jobeo.ch')}, odate='2029-04-11 17:00',
 subj='Votre entretien est planifié – Horlogerie Vauclair SA', note='',
 body='''Bonjour Camille,

Votre entretien a bien été planifié.

Poste : Responsable qualité
Entreprise : Horlogerie Vauclair SA
Date : vendredi 20 avril 2029
Heure : 11h00 – 11h45 (heure de Genève)
Lieu : Rue du Rhône 88, 1204 Genève
Interlocuteur : Laurent Favre, directeur de production

Cet e-mail a été envoyé automatiquement par Jobeo pour le compte d'Horlogerie Vauclair SA.''',
 ics=ics('Entretien Horlogerie Vauclair SA', '2029-04-20 11:00', '2029-04-20 11:45', None, ('Jobeo', 'notifications@jobeo.ch'),
         [('Laurent Favre', 'l.favre@vauclair.ch')], 'Rue du Rhône 88, 1204 Genève', utc_zone=GVA, uid='jobeo-77120'),
 exp=dict(company='Horlogerie Vauclair SA', alts=['Horlogerie Vauclair', 'Vauclair'], role='Responsable qualité', start='2029-04-20T11:00', zone=GVA, dur=45,
          iv=['Laurent Favre'], niv=['Camille Favre'], notes='ATS (Jobeo) not the company; ICS in UTC; interviewer shares surname with user.')))

F.append(dict(id='fr-06', kind='invite', now='2029-05-09 11:50', uz=PAR, client='outlook', cal_inline=True,
 user=('Sarah Benali', 'sarah.benali@outlook.fr'), **{'from': ('Chloé Lefèvre', 'chloe.lefevre@solvea-energie.fr')}, odate='2029-05-09 09:30',
 subj='Invitation : Entretien Ingénieure d\'études électriques', note='Le deuxième entretien, enfin !',
 body='''Bonjour Sarah,

Je vous adresse l'invitation pour votre entretien technique pour le poste d'Ingénieure d'études électriques.

Date : jeudi 17 mai 2029, de 10h00 à 11h00
Lieu : Solvéa Énergie, 45 avenue de la Grande Armée, 75016 Paris

Vous rencontrerez Karim Benali (responsable du bureau d'études) et Hélène Marchand (ingénieure principale).

Cordialement,
Chloé Lefèvre
Chargée de recrutement, Solvéa Énergie''',
 ics=ics('Entretien - Sarah Benali', '2029-05-17 10:00', '2029-05-17 11:00', 'Romance Standard Time',
         ('Chloé Lefèvre', 'chloe.lefevre@solvea-energie.fr'), [('Karim Benali', 'k.benali@solvea-energie.fr'), ('Hélène Marchand', 'h.marchand@solvea-energie.fr')],
         '45 avenue de la Grande Armée, Paris', uid='040000008200E00074C5B7101A82E0080000000050FR06'),
 exp=dict(company='Solvéa Énergie', alts=['Solvéa'], role="Ingénieure d'études électriques", start='2029-05-17T10:00', zone=PAR, dur=60,
          iv=['Karim Benali', 'Hélène Marchand'], niv=['Chloé Lefèvre', 'Sarah Benali'], notes='Windows TZID "Romance Standard Time"; interviewer shares surname with user.')))

F.append(dict(id='fr-07', kind='invite', now='2029-06-11 21:00', uz=MTL, client='apple', html=False,
 user=('Julie Bergeron', 'julie.bergeron@icloud.com'), **{'from': ('Mathieu Bouchard', 'mbouchard@coop-laurentienne.ca')}, odate='2029-06-11 15:45',
 subj='Appel – Conseillère en ressources humaines', note='demain!!',
 body='''Bonjour Julie,

J'ai bien reçu ta candidature pour le poste de conseillère en ressources humaines. Est-ce que je peux t'appeler demain (mardi) à 13 h 30 pour un court appel de 15 minutes? Je t'appellerai au 514 555-0192.

Merci et à demain,

Mathieu Bouchard
Directeur RH, Coopérative Laurentienne''',
 exp=dict(company='Coopérative Laurentienne', alts=[], role='conseillère en ressources humaines', start='2029-06-12T13:30', zone=MTL, dur=15,
          iv=['Mathieu Bouchard'], niv=['Julie Bergeron'], notes='"demain (mardi) à 13 h 30" relative to the original; sender phones.')))

F.append(dict(id='fr-08', kind='invite', now='2029-02-14 10:25', uz=BRU, client='outlook', variant='original',
 user=('Antoine Peeters', 'antoine.peeters@proximus.be'), **{'from': ('Thomas Lemaire', 't.lemaire@delvaux-avocats.be')}, odate='2029-02-13 18:05',
 subj='RE: Candidature – Juriste en droit social', note='',
 body='''Cher Monsieur Peeters,

C'est noté pour le jeudi 22 février à 9h30 à notre cabinet (avenue Louise 326, Bruxelles). Maître Anne Delvaux et moi-même vous recevrons.

Bien à vous,
Thomas Lemaire
Associé – Cabinet Delvaux & Associés

-----Message d'origine-----
De : Antoine Peeters <antoine.peeters@proximus.be>
Envoyé : mardi 13 février 2029 14:22
À : Thomas Lemaire <t.lemaire@delvaux-avocats.be>
Objet : RE: Candidature – Juriste en droit social

Bonjour Monsieur Lemaire, le jeudi me convient parfaitement. Le mercredi 21 je suis malheureusement en audience.

-----Message d'origine-----
De : Thomas Lemaire
Envoyé : lundi 12 février 2029 11:10
Objet : Candidature – Juriste en droit social

Seriez-vous disponible le mercredi 21 février à 14h ou le jeudi 22 février à 9h30 ?''',
 exp=dict(company='Cabinet Delvaux & Associés', alts=['Delvaux & Associés', 'Cabinet Delvaux'], role='Juriste en droit social', start='2029-02-22T09:30', zone=BRU, dur=None,
          iv=['Anne Delvaux', 'Thomas Lemaire'], niv=['Antoine Peeters'], notes='Thread, "Message d\'origine" blocks; Maître title; sender attends ("et moi-même").')))

F.append(dict(id='fr-09', kind='reschedule', now='2029-03-08 13:30', uz=PAR, client='gmail',
 user=('Léa Fontaine', 'lea.fontaine@gmail.com'), **{'from': ('Aurélie Garnier', 'aurelie.garnier@maison-berthier.fr')}, odate='2029-03-08 12:10',
 subj='Décalage de notre entretien', note='Elle décale 🙄',
 body='''Bonjour Léa,

Un imprévu m'oblige à revoir mon planning : serait-il possible de décaler notre entretien pour le poste de Chef de projet digital du lundi 12 mars à 11h au mardi 13 mars à 15h ? Même adresse, même format.

Merci beaucoup et désolée pour ce changement,

Aurélie Garnier
Directrice marketing – Maison Berthier''',
 exp=dict(company='Maison Berthier', alts=[], role='Chef de projet digital', start='2029-03-13T15:00', zone=PAR, dur=None,
          iv=['Aurélie Garnier'], niv=['Léa Fontaine'], notes='Text-only reschedule by the interviewer herself ("notre entretien").')))

F.append(dict(id='fr-10', kind='reschedule', now='2029-04-20 09:05', uz=MTL, client='outlook',
 user=('Kevin Tremblay', 'kevin.tremblay@hotmail.ca'), **{'from': ('Nancy Lavoie', 'nlavoie@fleurdelys-transport.ca')}, odate='2029-04-19 16:40',
 subj='Changement d\'heure – entrevue Répartiteur', note='changement',
 body='''Bonjour Kevin,

Petit changement : Sylvain Pelletier, notre directeur des opérations, ne sera pas disponible mardi 24 avril à 14 h. Nous déplaçons donc ton entrevue au jeudi 26 avril à 9 h 30, au même endroit (2150, boul. Industriel, Laval). Ça devrait durer 30 minutes.

Merci de confirmer,
Nancy Lavoie
Adjointe administrative – Groupe Fleurdelys Transport''',
 exp=dict(company='Groupe Fleurdelys Transport', alts=['Fleurdelys Transport', 'Fleurdelys'], role='Répartiteur', start='2029-04-26T09:30', zone=MTL, dur=30,
          iv=['Sylvain Pelletier'], niv=['Nancy Lavoie', 'Kevin Tremblay'], notes='Québec reschedule; "9 h 30"; old slot in text.')))

F.append(dict(id='fr-11', kind='rejection', now='2029-02-06 18:15', uz=PAR, client='thunderbird', cs='iso-8859-1', cte='8bit',
 user=('Émilie Rousseau', 'emilie.rousseau@orange.fr'), **{'from': ('Éditions Mirabelle', 'recrutement@editions-mirabelle.fr')}, odate='2029-02-06 11:00', hcs='iso-8859-1',
 subj='Votre candidature - Assistante d\'édition', note='Bon, tant pis.',
 body='''Madame,

Nous vous remercions de l'intérêt que vous portez aux Éditions Mirabelle et du temps que vous nous avez consacré lors de notre entretien du 30 janvier.

Nous sommes au regret de vous informer que nous ne donnerons pas une suite favorable à votre candidature au poste d'Assistante d'édition.

Nous vous souhaitons pleine réussite dans vos recherches.

Le service des ressources humaines''',
 exp=dict(company='Éditions Mirabelle', alts=['Mirabelle'], role="Assistante d'édition", niv=['Émilie Rousseau'], notes='Rejection; ISO-8859-1 8bit; RFC 2047 ISO-8859-1 headers; past interview date.')))

F.append(dict(id='fr-12', kind='offer', now='2029-06-01 14:40', uz=BRU, client='gmail',
 user=('Manon Lambert', 'manon.lambert@skynet.be'), **{'from': ('Nicolas Wauters', 'n.wauters@quadrant-biotech.be')}, odate='2029-06-01 11:20',
 subj='Proposition d\'engagement', note='Trop contente 😍',
 body='''Chère Manon,

Suite à nos différents entretiens, nous avons le plaisir de vous proposer le poste de Chargée d'affaires réglementaires au sein de Quadrant Biotech SA, à Wavre.

Rémunération brute mensuelle : 4.850 €, voiture de société, chèques-repas et assurance groupe. Entrée en fonction souhaitée : 1er septembre 2029.

Merci de nous faire part de votre décision avant le 8 juin.

Bien cordialement,
Nicolas Wauters
HR Manager – Quadrant Biotech SA''',
 exp=dict(company='Quadrant Biotech SA', alts=['Quadrant Biotech', 'Quadrant'], role="Chargée d'affaires réglementaires", niv=['Nicolas Wauters', 'Manon Lambert'],
          notes='Belgian offer; candidate deadline (8 juin) so decisionDate null.')))

F.append(dict(id='fr-13', kind='not-interview', now='2029-02-09 07:50', uz=PAR, client='apple', html=False,
 user=('Yanis Haddad', 'yanis.haddad@gmail.com'), **{'from': ('Clinique des Tilleuls', 'rh@clinique-tilleuls.fr')}, odate='2029-02-08 16:30',
 subj='Accusé de réception de votre candidature', note='',
 body='''Bonjour Monsieur Haddad,

Nous accusons bonne réception de votre candidature au poste d'Infirmier de bloc opératoire (IBODE) et vous en remercions.

Votre dossier est en cours d'étude ; nous reviendrons vers vous dans les meilleurs délais.

Pour mieux nous connaître, rencontrez nos équipes lors de notre Forum emploi santé le samedi 17 février de 9h à 13h, dans le hall principal de la clinique.

La Direction des ressources humaines
Clinique des Tilleuls – Lyon''',
 exp=dict(company='Clinique des Tilleuls', alts=[], role="Infirmier de bloc opératoire (IBODE)", notes='Acknowledgement plus a job-forum date/time as bait.')))

F.append(dict(id='fr-14', kind='not-interview', now='2029-02-27 12:20', uz=MTL, client='outlook',
 user=('Olivier Gagnon', 'olivier.gagnon@videotron.ca'), **{'from': ('Groupe Hexaline – Carrières', 'carrieres@hexaline.ca')}, odate='2029-02-26 10:00',
 subj='Webinaire : découvrez notre programme Relève 2029', note='à voir',
 body='''Bonjour,

Vous êtes inscrit à notre bassin de talents. Joignez-vous à notre webinaire de présentation du programme Relève 2029 :

Mardi 6 mars, de 12 h 30 à 13 h 15 (HNE), sur Zoom

Au menu : parcours de carrière, témoignages et période de questions. Inscription obligatoire avant le 5 mars.

L'équipe Carrières – Groupe Hexaline''',
 exp=dict(company='Groupe Hexaline', alts=['Hexaline'], role=None, notes='Webinar with date/time; not an interview.')))

MA, BS, BL, AC = 'Mutuelle Armorique', 'Boréal Solutions numériques', 'Brasserie Lambrecht SA', 'Atelier Castagne'
HV, SO, CD, MB = 'Horlogerie Vauclair SA', 'Solvéa Énergie', 'Cabinet Delvaux & Associés', 'Maison Berthier'
R = [
 ('2029-01-23T18:20:00', PAR, MA, 'thank-you', "c'est fait, mail de remerciement envoyé à mme le goff", 'thanked', None, None, None),
 ('2029-03-15T15:00:00', MTL, BS, 'thank-you', 'envoyé un petit mot de remerciement à geneviève 🙂', 'thanked', None, None, None),
 ('2029-02-23T08:45:00', BRU, CD, 'thank-you', 'Remerciements envoyés hier soir', 'thanked', None, None, None),
 ('2029-02-12T10:30:00', BRU, BL, 'follow-up-1', "j'ai relancé sophie par mail", 'followed-up', None, None, None),
 ('2029-04-18T17:05:00', PAR, AC, 'follow-up-1', "relance faite, j'ai écrit à julien", 'followed-up', None, None, None),
 ('2029-05-04T09:20:00', GVA, HV, 'follow-up-2', "j'ai appelé la réception, ils transmettent à M. Favre", 'followed-up', None, None, None),
 ('2029-01-25T12:15:00', PAR, MA, 'follow-up-1', 'réponse au plus tard vendredi', 'decision-date', 'wd:fri', None, None),
 ('2029-03-19T16:40:00', MTL, BS, 'follow-up-1', 'isabelle dit quils vont décider dici la fin du mois', 'decision-date', 'eom:3', None, None),
 ('2029-02-07T11:00:00', BRU, BL, 'prep', "pas encore de décision, ils attendent le 16 pour trancher", 'decision-date', 'md:02-16', None, None, 'T'),
 ('2029-04-06T19:30:00', PAR, AC, 'thank-you', 'Julien a dit retour dans 5 jours', 'decision-date', '+5', None, None),
 ('2029-04-23T08:00:00', GVA, HV, 'follow-up-1', 'toujours pas de refus 😂 ils décident mi-mai', 'decision-date', 'mid:5', None, None, 'T'),
 ('2029-05-18T13:10:00', PAR, SO, 'thank-you', 'merci envoyé + ils me donnent leur réponse la semaine prochaine mercredi', 'decision-date', 'nw:wed', None, None),
 ('2029-02-26T10:45:00', BRU, CD, 'follow-up-1', 'Me Delvaux reviendra vers moi le 2 mars', 'decision-date', 'md:03-02', None, None),
 ('2029-03-26T14:00:00', PAR, MB, 'follow-up-1', "maison berthier m'a répondu, le poste est toujours en cours de recrutement", 'heard-back', None, None, None, 'T'),
 ('2029-05-03T16:20:00', MTL, 'Groupe Fleurdelys Transport', 'follow-up-1', 'nancy ma rappelé, rien de décidé encore mais ils ont aimé', 'heard-back', None, None, None, 'T'),
 ('2029-01-26T17:30:00', PAR, MA, 'digest', '2e entretien jeudi 1er février à 10h avec la directrice', 'next-round', '2029-02-01', '10:00', None),
 ('2029-03-20T12:00:00', MTL, BS, 'follow-up-1', "deuxième entrevue lundi prochain 13 h 30!", 'next-round', 'wd:mon', '13:30', None),
 ('2029-04-09T09:10:00', PAR, AC, 'follow-up-1', 'ils me rappellent pour un test technique le 12/04 à 14h', 'next-round', 'md:04-12', '14:00', None),
 ('2029-05-22T18:00:00', PAR, SO, 'digest', 'dernier entretien avec le DG après-demain à 9h', 'next-round', '+2', '09:00', None),
 ('2029-02-15T20:15:00', BRU, BL, 'follow-up-2', "J'AI LE POSTE !!! 🎉", 'offer', None, None, 'offer'),
 ('2029-05-30T11:00:00', PAR, SO, 'follow-up-2', "ils m'ont fait une offre, je la reçois par écrit demain", 'offer', None, None, 'offer'),
 ('2029-02-05T09:00:00', PAR, MA, 'follow-up-2', 'refus de la mutuelle reçu ce matin', 'rejected', None, None, 'rejected'),
 ('2029-05-02T14:25:00', GVA, HV, 'move-on', "c'est non pour vauclair malheureusement", 'rejected', None, None, 'rejected'),
 ('2029-04-02T07:45:00', MTL, BS, 'follow-up-2', 'reçu la réponse négative hier soir. pas retenu', 'rejected', None, None, 'rejected'),
 ('2029-03-11T21:30:00', PAR, MB, 'confirmation', "finalement je me retire, j'ai annulé l'entretien", 'withdrawn', None, None, 'withdrawn'),
 ('2029-04-27T12:40:00', MTL, 'Groupe Fleurdelys Transport', 'thank-you', "j'ai dit à nancy que je retirais ma candidature, trop loin de chez nous", 'withdrawn', None, None, 'withdrawn'),
 ('2029-01-30T08:30:00', PAR, MA, 'follow-up-1', 'rappelle-moi lundi', 'snooze', 'wd:mon', None, None),
 ('2029-03-23T18:00:00', MTL, BS, 'follow-up-1', 'redemande-moi dans une semaine', 'snooze', '+7', None, None),
 ('2029-05-07T10:00:00', GVA, HV, 'follow-up-2', 'toujours rien de leur côté, pas maintenant stp', 'snooze', None, None, None, 'T'),
 ('2029-04-19T22:00:00', PAR, AC, 'follow-up-2', "pas de nouvelles, pas de refus non plus. relance-moi le 30 avril", 'snooze', 'md:04-30', None, None, 'T'),
 ('2029-05-02T14:27:00', GVA, HV, 'move-on', 'annule stp, je me suis trompée', 'undo', None, None, None),
 ('2029-05-06T09:15:00', GVA, HV, 'digest', 'vauclair peux-tu rouvrir ? en fait ils me rappellent', 'reopen', None, None, None, 'T'),
 ('2029-03-09T08:00:00', PAR, MB, 'confirmation', "c'est mardi 13 à 15h maintenant pas lundi", 'correct', '2029-03-13', '15:00', None),
 ('2029-05-10T07:40:00', PAR, SO, 'confirmation', "le poste c'est ingénieure d'études électriques, pas chargée d'affaires", 'correct', None, None, None),
 ('2029-04-01T10:00:00', BRU, None, 'digest', 'où en sont mes candidatures ?', 'status', None, None, None),
 ('2029-06-10T20:40:00', PAR, None, 'digest', 'exporte tout en csv stp', 'export', None, None, None),
 ('2029-01-11T12:00:00', MTL, None, 'digest', 'comment ça marche?', 'help', None, None, None),
 ('2029-02-28T09:00:00', MTL, 'Groupe Hexaline', 'confirmation', "supprime hexaline, c'est juste un webinaire", 'forget', None, None, None),
 ('2029-01-24T09:50:00', PAR, MA, 'prep', 'merci bcp', 'none', None, None, None),
 ('2029-02-08T13:00:00', BRU, BL, 'follow-up-1', "ma pote a été refusée chez Lambrecht, j'espère que ça va mieux pour moi", 'none', None, None, None, 'T'),
 ('2029-03-30T19:00:00', MTL, BS, 'follow-up-1', "et s'ils disent non ?", 'none', None, None, None, 'T'),
 ('2029-04-10T12:30:00', PAR, AC, 'digest', "mon employeur actuel me fait une contre-proposition… j'hésite", 'none', None, None, None, 'T'),
 ('2029-05-20T15:00:00', PAR, SO, 'digest', "dossier refusé pour l'appart, quelle semaine", 'none', None, None, None, 'T'),
 ('2029-04-21T11:45:00', GVA, HV, 'prep', 'M. Favre m’a proposé un café après la visite, sympa', 'none', None, None, None, 'T'),
 ('2029-02-19T07:30:00', BRU, CD, 'prep', 'je ne retire pas ma candidature hein, juste stressé', 'none', None, None, None, 'T'),
 ('2029-03-12T18:30:00', PAR, MB, 'prep', "c'est quoi les questions classiques pour un chef de projet ?", 'none', None, None, None, 'T'),
 ('2029-01-17T21:00:00', PAR, MA, 'prep', 'ok', 'none', None, None, None),
 ('2029-06-13T08:20:00', MTL, 'Coopérative Laurentienne', 'thank-you', "si jamais ils m'offrent le poste, je dis oui direct", 'none', None, None, None, 'T'),
 ('2029-04-30T17:45:00', MTL, 'Groupe Fleurdelys Transport', 'follow-up-1', "embauché!! ... mon frère, pas moi 😅", 'none', None, None, None, 'T'),
 ('2029-06-04T10:00:00', BRU, 'Quadrant Biotech SA', 'digest', "toujours pas répondu à l'offre, je réfléchis", 'none', None, None, None, 'T'),
]

if __name__ == '__main__':
    write_lang('fr', F, R, datecalc)
