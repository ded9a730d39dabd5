ITEMS = []
def I(**kw): ITEMS.append(kw)

I(id='fr-01', kind='invite', now='2030-09-09 09:05', uz='Europe/Paris',
  frm='Léa Fontaine <lea.fontaine@orange.fr>', subj='TR: Convocation à un entretien – Chef de projet marketing digital (H/F)', cs='windows-1252', cte='qp',
  body='''Pour le suivi ;-)

De : Inès Benali <ines.benali@maisonverlaine.fr>
Envoyé : vendredi 6 septembre 2030 17:41
À : Léa Fontaine <lea.fontaine@orange.fr>
Objet : Convocation à un entretien – Chef de projet marketing digital (H/F)

Bonjour Madame Fontaine,

Suite à l’étude de votre candidature au poste de « Chef de projet marketing digital (H/F) », nous avons le plaisir de vous convier à un entretien :

• Date : mardi 17 septembre 2030
• Heure : 14h30
• Lieu : Maison Verlaine Cosmétiques, 12 rue de la Paix, 75002 Paris
• Durée : environ 1h

Vous rencontrerez Mme Claire Dubois, Directrice Marketing, et M. Julien Moreau, DRH.

Merci de me confirmer votre présence par retour de mail.

Bien cordialement,

Inès Benali
Assistante RH – Maison Verlaine Cosmétiques
''',
  company='Maison Verlaine Cosmétiques', alts=['Maison Verlaine'], role='Chef de projet marketing digital (H/F)', start='2030-09-17T14:30', zone='Europe/Paris', dur=60,
  iv=['Claire Dubois', 'Julien Moreau'], niv=['Inès Benali', 'Léa Fontaine'], dd=None,
  notes='Outlook FR block (De : / Envoyé : / À : / Objet :), windows-1252 QP with ’ « » • –; titles Mme/M. stripped; assistant RH only schedules.')

I(id='fr-02', kind='invite', now='2030-11-06 20:30', uz='America/Toronto',
  frm='Gabriel Bouchard <gabriel.bouchard@videotron.ca>', subj='Fwd: Entrevue – Analyste en cybersécurité', cs='utf-8', cte='qp', html=True,
  body='''Ma première entrevue depuis des mois!

---------- Forwarded message ---------
De : Marie-Ève Tremblay <marie-eve.tremblay@cooperativeboreale.ca>
Date: mer. 6 nov. 2030 à 16 h 12
Subject: Entrevue – Analyste en cybersécurité
To: Gabriel Bouchard <gabriel.bouchard@videotron.ca>


Bonjour Gabriel,

Merci pour ton intérêt envers le poste d'Analyste en cybersécurité à la Coopérative Boréale. Jean-François Gagnon, notre chef de la sécurité des TI, et moi-même aimerions te rencontrer en entrevue sur Teams.

Est-ce que le jeudi 14 novembre à 13 h 30 (heure de l'Est) te convient? L'entrevue est d'une durée de 45 minutes.

Au plaisir,

Marie-Ève Tremblay
Conseillère principale, acquisition de talents
Coopérative Boréale – Québec
''',
  company='Coopérative Boréale', alts=['Cooperative Boreale', 'Boréale'], role='Analyste en cybersécurité', start='2030-11-14T13:30', zone='America/Toronto', dur=45,
  iv=['Marie-Ève Tremblay', 'Jean-François Gagnon'], niv=['Gabriel Bouchard'], dd=None,
  notes='Québec: "entrevue", tutoiement, "13 h 30 (heure de l\'Est)"; Gmail FR header block; sender joins ("et moi-même"); hyphenated accented names.')

I(id='fr-03', kind='invite', now='2030-10-25 11:45', uz='Europe/Brussels',
  frm='Maxime Peeters <maxime.peeters@skynet.be>', subj='Fwd: Rendez-vous Brasserie Lambiek – poste de comptable senior', cs='utf-8', cte='8bit',
  body='''Après la Toussaint donc.

Début du message réexpédié :

De: Sophie Van den Broeck <sophie.vandenbroeck@lambiek.be>
Objet: Rendez-vous Brasserie Lambiek – poste de comptable senior
Date: 25 octobre 2030 à 10:02:17 UTC+2
À: Maxime Peeters <maxime.peeters@skynet.be>

Bonjour Monsieur Peeters,

Merci pour votre candidature au poste de comptable senior. Comme nos bureaux sont fermés pendant le congé de Toussaint, je vous propose de nous voir juste après : le lundi 4 novembre à 10h, à la brasserie (rue de la Senne 47, 1000 Bruxelles).

Marc Lejeune, notre directeur financier, et moi-même vous recevrons. Comptez une heure et quart.

Bien à vous,

Sophie Van den Broeck
Responsable RH
Brasserie Lambiek SA
''',
  company='Brasserie Lambiek', alts=['Brasserie Lambiek SA', 'Lambiek'], role='comptable senior', start='2030-11-04T10:00', zone='Europe/Brussels', dur=75,
  iv=['Sophie Van den Broeck', 'Marc Lejeune'], niv=['Maxime Peeters'], dd=None,
  notes='Apple Mail FR forward, Belgium; "après la Toussaint"/congé de Toussaint; slot after EU DST change; "une heure et quart" = 75; Flemish particle name.')

ICS_FR04 = '''BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Romance Standard Time
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
ORGANIZER;CN=Camille Roux:mailto:camille.roux@rhone-data.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Thomas Girard:mailto:thomas.girard@rhone-data.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Nadia Haddad:mailto:nadia.haddad@rhone-data.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Romain Chevalier:mailto:romain.chevalier@free.fr
SUMMARY;LANGUAGE=fr-FR:Entretien technique - Ingénieur DevOps
DTSTART;TZID=Romance Standard Time:20301106T090000
DTEND;TZID=Romance Standard Time:20301106T103000
UID:040000008200E00074C5B7101A82E00800000000C3D4E5F6
LOCATION;LANGUAGE=fr-FR:Lyon Part-Dieu - 5e étage
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
'''
I(id='fr-04', kind='invite', now='2030-10-23 18:20', uz='Europe/Paris',
  frm='Romain Chevalier <romain.chevalier@free.fr>', subj='TR: Entretien technique - Ingénieur DevOps', cs='utf-8', cte='qp', html=True,
  ics=ICS_FR04, ics_mode='alt',
  body='''

________________________________
De : Camille Roux <camille.roux@rhone-data.fr>
Envoyé : mercredi 23 octobre 2030 16:55
À : Romain Chevalier <romain.chevalier@free.fr>
Cc : Thomas Girard <thomas.girard@rhone-data.fr>; Nadia Haddad <nadia.haddad@rhone-data.fr>
Objet : Entretien technique - Ingénieur DevOps

Bonjour Romain,

Je vous confirme votre entretien technique pour le poste d'Ingénieur DevOps chez Rhône Data Solutions le mercredi 6 novembre 2030 de 9h00 à 10h30, dans nos locaux de Lyon Part-Dieu (5e étage).

Vous échangerez avec Thomas Girard (Lead SRE) et Nadia Haddad (Architecte Cloud). Je m'occupe uniquement de l'organisation et ne serai pas présente.

Bonne journée,
Camille Roux
Chargée de recrutement
''',
  company='Rhône Data Solutions', alts=['Rhone Data Solutions', 'Rhône Data'], role='Ingénieur DevOps', start='2030-11-06T09:00', zone='Europe/Paris', dur=90,
  iv=['Thomas Girard', 'Nadia Haddad'], niv=['Camille Roux', 'Romain Chevalier'], dd=None,
  notes='Outlook FR (no user note) with inline text/calendar, Windows TZID "Romance Standard Time"; 9h00 à 10h30 = 90; slot after EU DST change; coordinator says she will not attend.')

I(id='fr-05', kind='invite', now='2030-08-22 08:40', uz='Europe/Zurich',
  frm='Julie Favre <julie.favre@bluewin.ch>', subj='Fwd: Entretien Banque Privée Mont-Blanc', cs='utf-8', cte='8bit',
  body='Voici le mail de l\'agence en pièce jointe.\n',
  attach=dict(frm='Olivier Rochat <o.rochat@lemantalents.ch>', to='Julie Favre <julie.favre@bluewin.ch>',
    date='Wed, 21 Aug 2030 18:05:44 +0200', subj='Entretien Banque Privée Mont-Blanc', cs='iso-8859-1', cte='qp', fname='Entretien Banque Privée Mont-Blanc.eml', html=True,
    body='''Chère Madame Favre,

Bonne nouvelle : la Banque Privée Mont-Blanc souhaite vous rencontrer pour le poste d'Analyste conformité KYC, dès le retour de vacances de l'équipe.

Rendez-vous le vendredi 30 août à 11 heures, quai du Mont-Blanc 9, Genève (réception au 2e). L'entretien durera environ 50 minutes, avec Mme Isabelle Favre (Head of Compliance, aucun lien de parenté, promis !) et M. Pascal Monnier (RH).

Je ne serai pas présent, mais appelez-moi après l'entretien. La banque reviendra vers nous d'ici le 6 septembre.

Meilleures salutations,

Olivier Rochat
Consultant senior - Léman Talents SA
Rue du Rhône 30, 1204 Genève
'''),
  company='Banque Privée Mont-Blanc', alts=['Banque Privee Mont-Blanc', 'Mont-Blanc'], role='Analyste conformité KYC', start='2030-08-30T11:00', zone='Europe/Zurich', dur=50,
  iv=['Isabelle Favre', 'Pascal Monnier'], niv=['Olivier Rochat', 'Julie Favre'], dd='2030-09-06',
  notes='Forwarded as attachment (message/rfc822, inner multipart/alternative iso-8859-1); Swiss Romandie agency (Léman Talents) not attending; interviewer shares the candidate\'s surname; decision date via the agency.')

I(id='fr-06', kind='invite', now='2030-07-10 18:00', uz='Europe/Paris',
  frm='Yanis Mercier <yanis.mercier@laposte.net>', subj='Fwd: Appel demain - Technicien methodes', cs='iso-8859-1', cte='8bit',
  body='''A caler stp

-------- Message transféré --------
Sujet : 	Appel demain - Technicien methodes
Date : 	Wed, 10 Jul 2030 17:26:09 +0200
De : 	Karim Bensaïd <k.bensaid@garonne-aero.fr>
Pour : 	yanis.mercier@laposte.net



Bonjour Yanis,

Comme convenu, je vous appelle demain à 9h15 pour un premier échange téléphonique sur le poste de Technicien méthodes. Cela ne prendra qu'un quart d'heure.

Cordialement,

Karim Bensaïd
Responsable industrialisation
Garonne Aéro Composites - Toulouse
''',
  company='Garonne Aéro Composites', alts=['Garonne Aero Composites', 'Garonne Aéro'], role='Technicien méthodes', start='2030-07-11T09:15', zone='Europe/Paris', dur=15,
  iv=['Karim Bensaïd'], niv=['Yanis Mercier'], dd=None,
  notes='Thunderbird FR forward, iso-8859-1 8bit; unaccented subject vs accented body role; "demain à 9h15" relative; "un quart d\'heure" = 15; phone screen by the sender.')

ICS_FR07 = '''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interview//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-interview-88213-lumiere
DTSTAMP:20301125T101500Z
DTSTART:20301202T140000Z
DTEND:20301202T144500Z
SUMMARY:Entretien Product Owner - Lumière Mobilité
LOCATION:Google Meet
ORGANIZER;CN=Lumière Mobilité via Teamtailor:mailto:noreply@teamtailor-mail.com
ATTENDEE;CN=Hugo Lefèvre:mailto:hugo.lefevre@lumiere-mobilite.fr
ATTENDEE;CN=Manon Girard:mailto:manon.girard.pro@gmail.com
END:VEVENT
END:VCALENDAR
'''
I(id='fr-07', kind='invite', now='2030-11-25 12:10', uz='Europe/Paris',
  frm='Manon Girard <manon.girard.pro@gmail.com>', subj='Fwd: Votre entretien avec Lumière Mobilité est confirmé', cs='utf-8', cte='b64', html=True,
  ics=ICS_FR07, ics_mode='att',
  body='''

---------- Forwarded message ---------
De : Lumière Mobilité <noreply@teamtailor-mail.com>
Date: lun. 25 nov. 2030 à 11:15
Subject: Votre entretien avec Lumière Mobilité est confirmé
To: <manon.girard.pro@gmail.com>


Bonjour Manon,

Votre entretien pour le poste de Product Owner est confirmé :

lundi 2 décembre 2030, 15:00 – 15:45 (heure de Paris)
Visio : Google Meet (lien dans l'invitation)
Avec : Hugo Lefèvre, Head of Product

Besoin de changer de créneau ? Utilisez le lien de replanification dans l'invitation.

À bientôt,
L'équipe Lumière Mobilité

Propulsé par Teamtailor
''',
  company='Lumière Mobilité', alts=['Lumiere Mobilite', 'Lumière'], role='Product Owner', start='2030-12-02T15:00', zone='Europe/Paris', dur=45,
  iv=['Hugo Lefèvre'], niv=['Manon Girard'], dd=None,
  notes='ATS (Teamtailor) sender with company display name; base64 html+text; .ics in UTC (14:00Z) while text gives 15:00 heure de Paris.')

I(id='fr-08', kind='invite', now='2030-12-10 11:00', uz='Europe/Paris',
  frm='Clara Dumont <clara.dumont@sfr.fr>', subj='TR: RE: Candidature Chargée d\'affaires – créneaux', cs='windows-1252', cte='qp',
  body='''C'est calé pour jeudi !

-----Message d'origine-----
De : Élodie Martin <e.martin@atlantique-em.fr>
Envoyé : mardi 10 décembre 2030 10:22
À : Clara Dumont <clara.dumont@sfr.fr>
Objet : RE: Candidature Chargée d'affaires – créneaux

Bonjour Clara,

Entendu pour jeudi 14h. Bruno Guérin, directeur commercial, se joindra à moi ; prévoyez une heure. Nous serons dans nos bureaux du quai de la Fosse à Nantes.

Nous souhaitons finaliser avant les fêtes et vous donnerons une réponse au plus tard le 19 décembre.

Bien à vous,
Élodie Martin
RRH – Atlantique Énergies Marines

-----Message d'origine-----
De : Clara Dumont <clara.dumont@sfr.fr>
Envoyé : lundi 9 décembre 2030 21:05
À : Élodie Martin <e.martin@atlantique-em.fr>
Objet : RE: Candidature Chargée d'affaires – créneaux

Bonjour Madame Martin,

Le mercredi 11 à 9h30 m'est malheureusement impossible, mais le jeudi après-midi me conviendrait très bien.

Cordialement,
Clara Dumont
''',
  company='Atlantique Énergies Marines', alts=['Atlantique Energies Marines', 'Atlantique EM'], role="Chargée d'affaires", start='2030-12-12T14:00', zone='Europe/Paris', dur=60,
  iv=['Élodie Martin', 'Bruno Guérin'], niv=['Clara Dumont'], dd='2030-12-19',
  notes='Outlook FR thread ("-----Message d\'origine-----" twice); "jeudi 14h" resolved to 12 Dec; Wednesday 9h30 in the quoted mail is bait; decision "au plus tard le 19 décembre", before the holidays.')

I(id='fr-09', kind='reschedule', now='2030-10-07 14:00', uz='Europe/Paris',
  frm='Arthur Lemaire <arthur.lemaire@gmail.com>', subj='Fwd: Petit changement pour demain', cs='utf-8', cte='qp',
  body='''Décalé à mercredi

---------- Forwarded message ---------
De : Henri Castéra <henri@vignobles-castera.fr>
Date: lun. 7 oct. 2030 à 13:37
Subject: Petit changement pour demain
To: Arthur Lemaire <arthur.lemaire@gmail.com>


Bonjour Arthur,

Les vendanges ont pris du retard et je dois être au chai demain matin. Serait-il possible de décaler notre entretien pour le poste de Responsable export de mardi 10h à mercredi, même heure ? Même adresse, au château.

Merci de votre compréhension,
Henri Castéra
Vignobles Castéra
''',
  company='Vignobles Castéra', alts=['Vignobles Castera', 'Castéra'], role='Responsable export', start='2030-10-09T10:00', zone='Europe/Paris', dur=None,
  iv=['Henri Castéra'], niv=['Arthur Lemaire'], dd=None,
  notes='Text-only reschedule: "de mardi 10h à mercredi, même heure" -> Wed 9 Oct 10:00; old slot Tuesday 8 Oct; interviewer surname equals company name.')

ICS_FR10 = '''BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VTIMEZONE
TZID:(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris
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
ORGANIZER;CN=Kevin Lambert:mailto:kevin.lambert@meuse-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Nathalie Dupont:mailto:nathalie.dupont@meuse-logistique.be
SUMMARY;LANGUAGE=fr-BE:Entretien - Planificateur transport (déplacé)
DTSTART;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20301122T140000
DTEND;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20301122T150000
UID:040000008200E00074C5B7101A82E00800000000D4E5F607
SEQUENCE:1
LOCATION;LANGUAGE=fr-BE:Liège - Quai de Rome 25
END:VEVENT
END:VCALENDAR
'''
I(id='fr-10', kind='reschedule', now='2030-11-18 09:30', uz='Europe/Brussels',
  frm='Sarah Lambotte <sarah.lambotte@proximus.be>', subj='TR: Entretien déplacé - Planificateur transport', cs='utf-8', cte='qp', html=True,
  ics=ICS_FR10, ics_mode='att', icte='b64',
  body='''Nouvelle date ci-dessous

-----Message d'origine-----
De : Kevin Lambert <kevin.lambert@meuse-logistique.be>
Envoyé : lundi 18 novembre 2030 08:47
À : Sarah Lambotte <sarah.lambotte@proximus.be>
Objet : Entretien déplacé - Planificateur transport

Bonjour Madame Lambotte,

Mme Nathalie Dupont, responsable exploitation, ne sera malheureusement pas disponible ce jeudi 21 novembre à 9h30. Votre entretien pour le poste de Planificateur transport est donc déplacé au vendredi 22 novembre à 14h, toujours au Quai de Rome 25 à Liège. Vous trouverez l'invitation mise à jour en annexe.

Bien à vous,
Kevin Lambert
Assistant RH – Meuse Logistique
''',
  company='Meuse Logistique', alts=['Meuse Logistique SRL'], role='Planificateur transport', start='2030-11-22T14:00', zone='Europe/Brussels', dur=60,
  iv=['Nathalie Dupont'], niv=['Kevin Lambert', 'Sarah Lambotte'], dd=None,
  notes='Belgian reschedule; .ics attachment (base64) with Windows display-name TZID "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris"; old slot jeudi 21 à 9h30 in text; duration only from DTEND.')

I(id='fr-11', kind='rejection', now='2030-10-04 19:40', uz='Europe/Paris',
  frm='Baptiste Roche <baptiste.roche@hotmail.fr>', subj='TR: Votre candidature – Responsable e-commerce', cs='utf-8', cte='qp', html=True,
  body='''bon, c'est non.

________________________________
De : Papeterie Moderne – Recrutement <recrutement@papeterie-moderne.fr>
Envoyé : vendredi 4 octobre 2030 18:02
À : Baptiste Roche <baptiste.roche@hotmail.fr>
Objet : Votre candidature – Responsable e-commerce

Bonjour Baptiste,

Merci encore pour le temps que vous nous avez consacré lors de votre entretien du 26 septembre avec Aurélie Blanc.

Malgré la qualité de votre parcours, nous avons décidé de ne pas donner suite à votre candidature pour le poste de Responsable e-commerce.

Nous conservons votre CV et ne manquerons pas de revenir vers vous si un poste correspondant s'ouvre, notamment lors de nos recrutements de janvier.

Belle continuation,
L'équipe Papeterie Moderne
''',
  company='Papeterie Moderne', alts=[], role='Responsable e-commerce', start=None, zone=None, dur=None,
  iv=[], niv=['Aurélie Blanc', 'Baptiste Roche'], dd=None,
  notes='Rejection ("ne pas donner suite"); past interview date and January hiring are baits.')

I(id='fr-12', kind='offer', now='2030-11-20 13:15', uz='Europe/Paris',
  frm='Inès Garnier <ines.garnier@gmail.com>', subj='Fwd: Promesse d\'embauche – Infirmière coordinatrice', cs='utf-8', cte='8bit',
  body='''OUIIIII 🥳

---------- Forwarded message ---------
De : Clinique Saint-Roch – Ressources humaines <rh@clinique-saintroch.fr>
Date: mer. 20 nov. 2030 à 12:02
Subject: Promesse d'embauche – Infirmière coordinatrice
To: Inès Garnier <ines.garnier@gmail.com>


Madame,

Suite à nos échanges, nous avons le plaisir de vous proposer le poste d'Infirmière coordinatrice en CDI au sein de la Clinique Saint-Roch (Montpellier), à compter du lundi 6 janvier 2031.

Vous trouverez ci-joint la promesse d'embauche précisant votre rémunération (3 150 € bruts mensuels) et vos conditions de travail. Merci de nous retourner votre accord signé avant le 29 novembre.

Veuillez agréer, Madame, nos salutations distinguées.

Dr Philippe Aubert, Directeur des soins
''',
  company='Clinique Saint-Roch', alts=['Clinique Saint Roch', 'Saint-Roch'], role='Infirmière coordinatrice', start=None, zone=None, dur=None,
  iv=[], niv=['Philippe Aubert', 'Inès Garnier'], dd=None,
  notes='Offer (promesse d\'embauche); "avant le 29 novembre" is the candidate\'s deadline -> decisionDate null; start date in January is bait; narrow no-break space before € kept as normal space.')

I(id='fr-13', kind='not-interview', now='2030-10-01 09:20', uz='Europe/Paris',
  frm='Théo Blanchard <theo.blanchard@orange.fr>', subj='TR: Job dating Alpes Azur – jeudi 10 octobre', cs='windows-1252', cte='qp', html=True,
  body='''Ça vaut le coup d'y aller ?

De : Groupe Hôtelier Alpes Azur <talents@alpes-azur-hotels.com>
Envoyé : mardi 1 octobre 2030 08:00
À : theo.blanchard@orange.fr
Objet : Job dating Alpes Azur – jeudi 10 octobre

Bonjour,

Vous avez postulé chez nous cet été : nous vous invitons à notre job dating saison d’hiver !

? Jeudi 10 octobre, de 14h à 18h
? Hôtel Le Belvédère, 3 promenade des Anglais, Nice

Entretiens flash de 10 minutes avec nos directeurs d’établissement, sans rendez-vous. Inscription conseillée avant le 8 octobre.

À très vite,
L’équipe Talents – Groupe Hôtelier Alpes Azur
''',
  company='Groupe Hôtelier Alpes Azur', alts=['Alpes Azur', 'Groupe Hotelier Alpes Azur'], role=None, start=None, zone=None, dur=None,
  iv=[], niv=['Théo Blanchard'], dd=None,
  notes='Job-dating event invitation (walk-in "entretiens flash de 10 minutes") with date/time range; windows-1252 where the original emoji bullets were lost as "?"; not an interview.')

I(id='fr-14', kind='not-interview', now='2030-11-01 10:30', uz='America/Toronto',
  frm='Émilie Gagnon <emilie.gagnon@hotmail.com>', subj='TR: Accusé de réception – Technicienne en génie civil', cs='utf-8', cte='qp',
  body='''juste pour garder une trace

________________________________
De : Municipalité de Val-des-Cèdres <emplois@valdescedres.qc.ca>
Envoyé : 31 octobre 2030 15:45
À : Émilie Gagnon <emilie.gagnon@hotmail.com>
Objet : Accusé de réception – Technicienne en génie civil

Bonjour Madame Gagnon,

Nous accusons réception de votre candidature pour le poste de Technicienne en génie civil (concours 2030-118), reçue le 31 octobre à 15 h 44.

Le concours se termine le 8 novembre à 16 h. Les entrevues sont prévues la semaine du 18 novembre; seules les personnes retenues seront contactées.

Merci de l'intérêt que vous portez à la Municipalité de Val-des-Cèdres.

Service des ressources humaines
''',
  company='Municipalité de Val-des-Cèdres', alts=['Val-des-Cèdres', 'Municipalite de Val-des-Cedres'], role='Technicienne en génie civil', start=None, zone=None, dur=None,
  iv=[], niv=['Émilie Gagnon'], dd=None,
  notes='Québec application acknowledgement (Outlook FR-CA); closing date, interview week and receipt time are baits; no promise to reply to everyone -> no decision date.')
