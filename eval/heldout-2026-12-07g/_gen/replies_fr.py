from rcommon import mk
REPLIES, R = mk()
PAR, TOR, BRU, ZRH = 'Europe/Paris', 'America/Toronto', 'Europe/Brussels', 'Europe/Zurich'
MV, CB, BL, RD, BP, GA, LM, AEM, VC, ML = ('Maison Verlaine Cosmétiques', 'Coopérative Boréale', 'Brasserie Lambiek', 'Rhône Data Solutions',
    'Banque Privée Mont-Blanc', 'Garonne Aéro Composites', 'Lumière Mobilité', 'Atlantique Énergies Marines', 'Vignobles Castéra', 'Meuse Logistique')
# thanked
R('2030-09-17T18:05', PAR, MV, 'thank-you', 'mail de remerciement envoyé à mme dubois et m. moreau', 'thanked')
R('2030-11-14T16:10', TOR, CB, 'thank-you', "c'est fait, j'ai écrit à marie-ève pour la remercier", 'thanked')
R('2030-07-11T12:00', PAR, GA, 'thank-you', 'petit mot de remerciement envoyé à karim ✅', 'thanked')
# followed-up
R('2030-11-18T10:30', PAR, RD, 'follow-up-1', "j'ai relancé camille par mail ce matin", 'followed-up')
R('2030-09-10T14:20', ZRH, BP, 'follow-up-1', 'appelé olivier rochat pour relancer, il rappelle la banque', 'followed-up')
R('2030-12-12T09:00', BRU, ML, 'follow-up-2', '2e relance envoyée. toujours pas de refus donc je garde espoir', 'followed-up', T=True)
# decision-date
R('2030-09-18T19:40', PAR, MV, 'thank-you', 'ils donnent leur réponse vendredi', 'decision-date', '2030-09-20', chk='wd:fri')
R('2030-11-15T08:10', TOR, CB, 'thank-you', "pas de décision avant la fin du mois selon marie-ève", 'decision-date', '2030-11-30', chk='eom', T=True)
R('2030-11-05T12:45', BRU, BL, 'thank-you', "réponse dans 10 jours d'après sophie", 'decision-date', '2030-11-15', chk='+10')
R('2030-11-07T17:30', PAR, RD, 'thank-you', 'pas de décision avant le 20 novembre, ils voient encore deux candidats', 'decision-date', '2030-11-20', chk='abs', T=True)
R('2030-12-13T11:00', PAR, AEM, 'thank-you', "Élodie m'a confirmé : réponse au plus tard jeudi prochain", 'decision-date', '2030-12-19', chk='wd:thu')
R('2030-10-10T10:00', PAR, VC, 'thank-you', "henri me dit qu'ils décident mi-octobre, après les vendanges", 'decision-date', '2030-10-15', chk='mid:10')
R('2030-12-03T09:15', PAR, LM, 'thank-you', 'ils reviennent vers moi en fin de semaine prochaine', 'decision-date', '2030-12-13', chk='eonw')
# heard-back
R('2030-09-03T16:00', ZRH, BP, 'follow-up-1', "la banque a rappelé olivier, rien de décidé pour l'instant", 'heard-back', T=True)
R('2030-11-26T13:20', BRU, ML, 'thank-you', "kevin m'a écrit, pas une offre hein, juste pour connaître mon préavis", 'heard-back', T=True)
# next-round
R('2030-09-19T12:30', PAR, MV, 'thank-you', '2e entretien mardi prochain à 11h avec la DG !', 'next-round', '2030-09-24', '11:00', chk='wd:tue')
R('2030-11-15T19:00', TOR, CB, 'thank-you', 'ils me rappellent en entrevue finale le 21 novembre à 10 h', 'next-round', '2030-11-21', '10:00', chk='abs')
R('2030-11-05T09:00', BRU, BL, 'thank-you', 'deuxième tour jeudi 14h avec le patron', 'next-round', '2030-11-07', '14:00', chk='wd:thu')
R('2030-12-03T18:00', PAR, LM, 'thank-you', 'cas pratique à présenter lundi 9 à 9h30', 'next-round', '2030-12-09', '09:30', chk='abs')
# offer
R('2030-09-20T18:30', PAR, MV, 'follow-up-1', "J'AI LE POSTE 😭😭 maison verlaine m'a appelée", 'offer')
R('2030-12-18T11:00', PAR, AEM, 'follow-up-1', "offre reçue d'atlantique énergies marines, j'accepte", 'offer')
# rejected
R('2030-11-20T20:00', PAR, RD, 'follow-up-1', 'refus de rhône data. dommage', 'rejected')
R('2030-09-09T17:00', ZRH, BP, 'follow-up-2', "la banque n'a pas retenu ma candidature, olivier vient de m'appeler", 'rejected')
R('2030-10-18T13:40', PAR, VC, 'follow-up-1', "castéra m'a dit non finalement, ils prennent un profil plus senior", 'rejected')
# withdrawn
R('2030-11-20T07:45', BRU, ML, 'prep', "j'ai annulé chez meuse logistique, je me retire du processus", 'withdrawn')
R('2030-07-10T21:00', PAR, GA, 'confirmation', "finalement je laisse tomber garonne aéro, j'ai prévenu karim", 'withdrawn')
# snooze
R('2030-09-24T08:30', PAR, MV, 'follow-up-1', 'rappelle-moi demain stp', 'snooze', '2030-09-25', chk='tmrw')
R('2030-11-22T18:00', TOR, CB, 'follow-up-1', 'relance-moi lundi', 'snooze', '2030-11-25', chk='wd:mon')
R('2030-10-31T09:00', BRU, BL, 'prep', 'on en reparle après la Toussaint', 'snooze')
R('2030-12-16T10:00', PAR, AEM, 'follow-up-1', "pas encore d'offre, redemande-moi dans 7 jours", 'snooze', '2030-12-23', chk='+7', T=True)
# undo / reopen / correct
R('2030-10-18T13:45', PAR, VC, 'digest', 'annule la dernière modif, je me suis trompé', 'undo')
R('2030-10-12T11:00', PAR, 'Papeterie Moderne', 'digest', 'tu peux rouvrir papeterie moderne ? ils me recontactent finalement', 'reopen', T=True)
R('2030-09-09T09:30', PAR, MV, 'confirmation', "petite erreur : c'est à 15h et pas 14h30", 'correct', None, '15:00')
R('2030-11-07T10:00', TOR, CB, 'confirmation', "le poste c'est Analyste principal en cybersécurité, pas juste analyste", 'correct')
# commands
R('2030-10-15T12:00', PAR, None, 'digest', "où j'en suis avec toutes mes candidatures ?", 'status')
R('2030-12-01T20:00', BRU, None, 'digest', 'envoie-moi un tableur avec tout stp', 'export')
R('2030-07-12T08:00', PAR, None, 'digest', 'comment ça marche, je peux te dire quoi ?', 'help')
R('2030-10-01T10:00', PAR, 'Groupe Hôtelier Alpes Azur', 'confirmation', "supprime alpes azur, c'était juste un job dating", 'forget')
# none
R('2030-11-04T07:30', BRU, BL, 'prep', 'prêt, croissant avalé 🥐', 'none')
R('2030-11-13T21:00', TOR, CB, 'prep', 'tu penses que je dois parler de salaire dès la première entrevue?', 'none', T=True)
R('2030-09-25T19:00', PAR, MV, 'follow-up-1', "ma copine a eu une offre chez l'oréal, trop contente pour elle", 'none', T=True)
R('2030-11-08T12:00', PAR, RD, 'thank-you', 'si jamais ils disent non je postule chez leur concurrent', 'none', T=True)
R('2030-12-05T09:00', PAR, LM, 'follow-up-1', 'toujours pas de réponse, ni oui ni non', 'none', T=True)
R('2030-08-26T18:00', ZRH, None, 'digest', "mon dossier pour l'appart à carouge a été refusé 😤", 'none', T=True)
R('2030-12-12T15:00', PAR, AEM, 'thank-you', "bruno m'a offert un café après l'entretien, super ambiance", 'none', T=True)
R('2030-10-09T20:00', PAR, VC, 'thank-you', 'mon employeur actuel me propose une augmentation pour que je reste…', 'none', T=True)
R('2030-11-23T10:00', BRU, ML, 'follow-up-1', "j'ai peur qu'ils me disent non", 'none', T=True)
R('2030-08-23T08:00', ZRH, BP, 'confirmation', 'merci, parfait', 'none')
R('2030-11-21T22:00', PAR, 'Clinique Saint-Roch', 'digest', "c'est quoi déjà la date limite pour répondre à la clinique ?", 'none', T=True)
R('2030-07-11T08:45', PAR, GA, 'prep', "j'espère qu'il va pas me recaler direct au téléphone lol", 'none', T=True)
