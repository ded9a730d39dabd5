SRC = r"""
2031-03-18T17:20:00|-|Maison Verlaine SAS|thank-you|thanked|-|-|-|-|-|mail de remerciement envoyé à Mme Dubois ✅
2031-02-06T16:00:00|America/Toronto|Coopérative Boréale|thank-you|thanked|-|-|-|-|-|c'est fait, j'ai écrit à marie-ève pour la remercier
2031-05-26T12:00:00|-|Atelier Ferrand|thank-you|thanked|-|-|-|-|-|remerciements envoyés ce matin à Thomas
2031-03-03T10:00:00|-|Groupe Hélios Santé|follow-up-1|followed-up|-|-|-|-|-|j'ai relancé aurélie du cabinet par téléphone
2031-04-22T09:00:00|Europe/Zurich|Horlogerie Vauclair SA|follow-up-1|followed-up|-|-|-|-|-|Relance envoyée à Mme Rochat.
2031-03-31T14:00:00|-|Sorel Ingénierie|follow-up-2|followed-up|-|-|-|-|T|2e relance faite… toujours rien
2031-03-18T18:00:00|-|Maison Verlaine SAS|thank-you|decision-date|2031-03-21|-|-|wd:fri|-|ils me donnent une réponse vendredi
2031-02-06T17:30:00|America/Toronto|Coopérative Boréale|thank-you|decision-date|2031-02-14|-|-|eonw|-|jean-françois m'a dit qu'ils vont décider d'ici la fin de la semaine prochaine
2031-04-23T15:00:00|Europe/Brussels|Brasserie Lambiek & Fils SA|thank-you|decision-date|2031-04-30|-|-|abs|-|elle a confirmé : réponse le 30 au plus tard
2031-05-27T10:00:00|-|Atelier Ferrand|follow-up-1|decision-date|2031-06-10|-|-|abs|T|pas de décision avant le 10 juin, ils voient encore deux candidats
2031-02-14T15:00:00|-|Groupe Hélios Santé|thank-you|decision-date|2031-02-24|-|-|+10|T|toujours en attente : retour prévu dans 10 jours d'après la consultante
2031-06-05T12:30:00|-|Librairie Papyrus|thank-you|decision-date|2031-06-10|-|-|wd:tue|-|Hélène me donne sa réponse mardi
2031-03-17T18:00:00|-|Sorel Ingénierie|thank-you|decision-date|2031-03-31|-|-|eom|T|pas encore de réponse, normalement ce sera pour la fin du mois
2031-03-12T09:30:00|-|Cliniques du Val|follow-up-1|heard-back|-|-|-|-|T|le secrétariat m'a rappelée, le dossier est toujours en cours
2031-06-02T11:00:00|America/Toronto|Studio Fjord|follow-up-1|heard-back|-|-|-|-|T|camille m'a texté, ils sont encore en réflexion
2031-03-04T19:00:00|-|Cliniques du Val|thank-you|next-round|2031-03-17|08:30|-|abs|-|2e entretien sur place lundi 17 mars à 8h30
2031-05-21T14:00:00|America/Toronto|Studio Fjord|thank-you|next-round|2031-05-23|13:00|-|wd:fri|-|ils veulent me revoir vendredi à 13 h pour un test
2031-02-14T18:00:00|-|Groupe Hélios Santé|thank-you|next-round|2031-02-25|14:00|-|abs|-|entretien final avec le DG le 25/02 à 14h !!
2031-04-07T17:30:00|Europe/Zurich|Horlogerie Vauclair SA|thank-you|next-round|2031-04-16|09:00|-|abs|-|2e tour à l'atelier du Sentier mercredi 16 avril 9h
2031-03-24T12:00:00|-|Maison Verlaine SAS|follow-up-1|offer|-|-|offer|-|-|Ils m'ont fait une proposition !! je commence en mai
2031-02-17T09:00:00|America/Toronto|Coopérative Boréale|digest|offer|-|-|offer|-|-|j'ai eu le poste à la coop 🎉
2031-04-29T18:00:00|Europe/Brussels|Brasserie Lambiek & Fils SA|follow-up-1|rejected|-|-|rejected|-|-|réponse négative de la brasserie, tant pis
2031-06-13T08:00:00|-|Atelier Ferrand|follow-up-1|rejected|-|-|rejected|-|-|ils ont retenu un autre profil
2031-04-01T20:00:00|-|Sorel Ingénierie|digest|rejected|-|-|rejected|-|-|refus de sorel reçu hier soir
2031-03-03T08:00:00|-|Cliniques du Val|prep|withdrawn|-|-|withdrawn|-|-|je vais me désister, j'ai trouvé un poste plus près de chez moi
2031-01-16T12:00:00|-|Transports Meunier|confirmation|withdrawn|-|-|withdrawn|-|-|finalement je donne pas suite, j'ai retiré ma candidature
2031-05-20T09:00:00|-|Atelier Ferrand|prep|snooze|2031-05-26|-|-|wd:mon|-|rappelle-moi lundi matin, après le pont
2031-03-24T10:00:00|-|Sorel Ingénierie|follow-up-1|snooze|2031-03-31|-|-|+7|-|relance-moi dans une semaine
2031-04-18T09:00:00|Europe/Zurich|Horlogerie Vauclair SA|follow-up-1|snooze|-|-|-|-|T|pas maintenant, on verra après pâques
2031-02-28T13:00:00|-|Groupe Hélios Santé|digest|snooze|2031-03-10|-|-|abs|-|rappelle-moi ça le 10 mars stp
2031-04-01T20:03:00|-|Sorel Ingénierie|digest|undo|-|-|-|-|-|annule ce que je viens de dire, je me suis trompé de boîte
2031-04-15T11:00:00|-|Cliniques du Val|move-on|reopen|-|-|-|-|T|rouvre la candidature des Cliniques du Val, ils me rappellent pour un autre service
2031-03-10T09:00:00|-|Maison Verlaine SAS|confirmation|correct|-|15:30|-|-|-|c'est à 15h30 pas 14h30 en fait
2031-01-31T08:00:00|America/Toronto|Coopérative Boréale|confirmation|correct|2031-02-07|-|-|abs|-|petite correction: c'est le vendredi 7, pas le jeudi 6
2031-03-02T20:00:00|-|-|digest|status|-|-|-|-|-|où j'en suis avec mes candidatures ?
2031-06-01T10:00:00|-|-|digest|export|-|-|-|-|-|tu peux m'exporter tout ça en csv ?
2031-01-14T19:00:00|-|-|confirmation|help|-|-|-|-|-|je peux te répondre quoi exactement ? tu comprends quoi ?
2031-03-13T08:00:00|-|Aéroports de Garonne|confirmation|forget|-|-|-|-|-|supprime ça, c'est juste une pub
2031-03-17T21:00:00|-|Maison Verlaine SAS|prep|none|-|-|-|-|-|tu crois qu'il faut que j'imprime mon CV ?
2031-04-24T12:00:00|Europe/Brussels|Brasserie Lambiek & Fils SA|digest|none|-|-|-|-|T|mon pote a été pris chez lambiek, lui 😂
2031-05-08T09:00:00|-|Laboratoires Sainte-Odile|digest|none|-|-|-|-|T|mon boss actuel m'a fait une contre-proposition, je réfléchis
2031-03-25T18:00:00|-|Sorel Ingénierie|follow-up-1|none|-|-|-|-|T|toujours pas de refus, je prends ça comme un bon signe
2031-06-06T19:00:00|-|Librairie Papyrus|thank-you|none|-|-|-|-|T|si elle me prend je saute de joie
2031-05-12T13:00:00|-|-|digest|none|-|-|-|-|T|la banque m'a refusé le prêt immo, super journée
2031-05-22T10:00:00|America/Toronto|Studio Fjord|thank-you|none|-|-|-|-|T|camille m'a proposé d'aller prendre un café avec l'équipe vendredi, c'est bon signe?
2031-03-04T18:30:00|-|Cliniques du Val|thank-you|none|-|-|-|-|-|je le fais ce soir promis
2031-04-08T12:00:00|Europe/Zurich|Horlogerie Vauclair SA|thank-you|none|-|-|-|-|T|génial ils m'ont embauché… non je rigole, aucune nouvelle
2031-02-08T10:00:00|-|Groupe Hélios Santé|confirmation|none|-|-|-|-|-|merci c'est parfait
2031-05-06T09:00:00|Europe/Brussels|Banque Ardennaise|digest|none|-|-|-|-|T|la Banque Ardennaise a aussi recalé ma sœur
2031-02-26T08:00:00|-|Cliniques du Val|confirmation|none|-|-|-|-|T|c'est un entretien tél ou visio du coup ?
"""
