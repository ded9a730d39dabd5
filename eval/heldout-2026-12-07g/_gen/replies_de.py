from rcommon import mk
REPLIES, R = mk()
BER, VIE, ZRH = 'Europe/Berlin', 'Europe/Vienna', 'Europe/Zurich'
HW, DW, LT, RL, IM, DV, NE, MB, SG, RP = ('Hanseatische Wärmetechnik GmbH', 'Donauwerk Software GmbH', 'Limmat Treuhand AG', 'Rheinhafen Logistik AG',
    'Isarwerk Medizintechnik GmbH', 'Domblick Versicherung', 'Nordlicht Energie GmbH', 'Murtal Bau GmbH', 'Spreeglas GmbH', 'Rheinknie Pharma AG')
# thanked
R('2030-10-22T13:10', BER, HW, 'thank-you', 'dankesmail an herrn westphal und frau brückner ist raus', 'thanked')
R('2030-10-03T17:45', VIE, DW, 'thank-you', 'hab mich bei barbara bedankt, kurz und knackig', 'thanked')
R('2030-08-19T15:20', ZRH, LT, 'thank-you', 'Merci-Mail verschickt ✔️', 'thanked')
# followed-up
R('2030-11-12T09:30', BER, RL, 'follow-up-1', 'hab grad bei frau schulte angerufen und nachgehakt', 'followed-up')
R('2030-09-24T16:00', BER, IM, 'follow-up-1', 'nachfass-mail an herrn kern geschickt', 'followed-up')
R('2030-11-19T11:15', ZRH, RP, 'follow-up-2', 'zweite erinnerung rausgeschickt, langsam werd ich nervös dass es ne absage wird', 'followed-up', T=True)
# decision-date
R('2030-10-24T18:00', BER, HW, 'thank-you', 'die wollen sich bis freitag nächste woche melden', 'decision-date', '2030-11-01', chk='nwd:fri')
R('2030-09-12T08:20', BER, IM, 'thank-you', 'tobias meint, entscheidung fällt erst am 27., nicht am 20.', 'decision-date', '2030-09-27', chk='abs', T=True)
R('2030-10-07T12:30', VIE, DW, 'follow-up-1', 'rückmeldung kommt laut barbara in 14 tagen', 'decision-date', '2030-10-21', chk='+14')
R('2030-12-11T19:00', VIE, MB, 'thank-you', 'Entscheidung bis Mitte Dezember, meinte Frau Lechner', 'decision-date', '2030-12-15', chk='mid:12')
R('2030-11-08T10:00', ZRH, RP, 'thank-you', 'vor ende monat gibts keinen entscheid, sagt corinne', 'decision-date', '2030-11-30', chk='eom', T=True)
R('2030-12-06T14:40', BER, NE, 'thank-you', 'jana hat gesagt sie melden sich am mittwoch', 'decision-date', '2030-12-11', chk='wd:wed')
R('2030-10-07T09:00', BER, SG, 'follow-up-1', 'frau franke: zusage oder absage kommt bis 18.10.', 'decision-date', '2030-10-18', chk='abs', T=True)
# heard-back
R('2030-11-07T17:00', BER, DV, 'thank-you', 'herr yilmaz hat sich gemeldet, keine zu- oder absage, wollte nur meine gehaltsvorstellung wissen', 'heard-back', T=True)
R('2030-09-02T11:30', ZRH, LT, 'follow-up-1', 'frau meier hat angerufen, noch nix entschieden', 'heard-back', T=True)
# next-round
R('2030-10-30T12:00', BER, RL, 'thank-you', 'zweite runde! montag um 14 uhr mit dem vorstand', 'next-round', '2030-11-04', '14:00', chk='wd:mon')
R('2030-10-04T19:30', VIE, DW, 'thank-you', 'Die wollen mich nochmal sehen, am 10.10. um halb zehn, vor Ort', 'next-round', '2030-10-10', '09:30', chk='abs')
R('2030-11-06T08:15', BER, DV, 'thank-you', 'persönliches gespräch am dienstag um viertel nach 2', 'next-round', '2030-11-12', '14:15', chk='wd:tue')
R('2030-12-10T16:00', VIE, MB, 'thank-you', 'gleich noch ein termin: nächste woche donnerstag 8 uhr baustellenbegehung mit dem gf', 'next-round', '2030-12-19', '08:00', chk='nwd:thu')
# offer
R('2030-09-19T17:50', BER, IM, 'follow-up-1', 'ZUSAGE!!! isarwerk will mich 🥳', 'offer')
R('2030-12-12T10:05', BER, NE, 'digest', 'hab das angebot von nordlicht bekommen, vertrag kommt per post', 'offer')
# rejected
R('2030-10-25T13:00', BER, HW, 'follow-up-1', 'absage bekommen. war ja klar', 'rejected')
R('2030-11-25T08:40', ZRH, RP, 'follow-up-2', 'Rheinknie hat abgesagt, sie nehmen eine interne Kandidatin', 'rejected')
R('2030-12-18T20:00', VIE, MB, 'follow-up-1', 'leider nein von murtal bau 😞', 'rejected')
# withdrawn
R('2030-10-01T07:50', BER, SG, 'prep', 'ich sag bei spreeglas ab, hab woanders unterschrieben', 'withdrawn')
R('2030-09-25T18:30', BER, 'Kieler Werft Service GmbH', 'digest', 'hab bei der kieler werft angerufen und meine bewerbung zurückgezogen', 'withdrawn')
# snooze
R('2030-10-04T08:00', BER, SG, 'prep', 'erinner mich morgen nochmal', 'snooze', '2030-10-05', chk='tmrw')
R('2030-08-21T10:00', ZRH, LT, 'thank-you', 'mach ich später, schreib mir am montag', 'snooze', '2030-08-26', chk='wd:mon')
R('2030-12-18T09:00', BER, NE, 'follow-up-1', 'bitte nach den feiertagen nochmal', 'snooze')
R('2030-09-16T12:00', BER, IM, 'follow-up-1', 'noch zu früh, hab ja noch kein angebot. frag mich in 5 tagen wieder', 'snooze', '2030-09-21', chk='+5', T=True)
# undo / reopen / correct
R('2030-09-19T17:55', BER, IM, 'digest', 'ups, das letzte bitte rückgängig machen', 'undo')
R('2030-08-05T09:00', BER, 'Elbstrom Digital GmbH', 'digest', 'elbstrom bitte wieder aufmachen, die haben doch nochmal angefragt', 'reopen', T=True)
R('2030-10-14T08:30', BER, HW, 'confirmation', 'korrektur: das gespräch ist am 23., nicht am 22.', 'correct', '2030-10-23', chk='abs')
R('2030-09-27T10:00', BER, SG, 'confirmation', 'uhrzeit stimmt nicht, ist 11 uhr', 'correct', None, '11:00')
# commands
R('2030-10-20T11:00', BER, None, 'digest', 'zeig mal alle meine bewerbungen', 'status')
R('2030-11-30T15:00', VIE, None, 'digest', 'kannst du mir ne csv mit allem schicken?', 'export')
R('2030-07-30T20:30', BER, None, 'digest', 'hilfe? welche befehle gibts', 'help')
R('2030-11-05T13:00', BER, 'Bodensee Solar AG', 'confirmation', 'das mit bodensee solar ist keine bewerbung, bitte löschen', 'forget')
# none
R('2030-10-22T07:10', BER, HW, 'prep', 'bin aufgeregt aber gut vorbereitet', 'none')
R('2030-10-02T21:00', VIE, DW, 'prep', 'muss ich die kamera anhaben bei teams?', 'none', T=True)
R('2030-11-13T18:00', BER, RL, 'follow-up-1', 'mein kumpel hat bei rheinhafen ne zusage bekommen, für ne andere stelle', 'none', T=True)
R('2030-09-13T12:00', BER, IM, 'thank-you', 'falls die absagen, bewerb ich mich halt woanders', 'none', T=True)
R('2030-11-20T09:00', ZRH, RP, 'follow-up-1', 'immer noch keine absage, die hoffnung lebt', 'none', T=True)
R('2030-08-28T19:45', ZRH, None, 'digest', 'die wohnung in oerlikon hat mir abgesagt 🙄', 'none', T=True)
R('2030-12-10T11:30', VIE, MB, 'thank-you', 'frau lechner hat mir nen kaffee angeboten, sehr nett alle', 'none', T=True)
R('2030-11-14T20:15', BER, DV, 'follow-up-1', 'mein chef hat mir ein gegenangebot gemacht, 10% mehr. hm', 'none', T=True)
R('2030-12-09T22:00', BER, NE, 'thank-you', 'hab angst dass die mir absagen', 'none', T=True)
R('2030-08-08T12:00', ZRH, LT, 'confirmation', 'passt, danke dir', 'none')
R('2030-11-07T07:30', BER, 'Neckarblick Automotive GmbH', 'digest', 'soll ich das angebot annehmen oder noch pokern?', 'none', T=True)
R('2030-09-27T18:00', BER, SG, 'confirmation', 'haha die hatten den feiertag vergessen 😂', 'none')
