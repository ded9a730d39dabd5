from mime import write
U = ('Giulia Ferraro', 'giulia.ferraro@libero.it')
UR = ('Alessandro Conti', 'ale.conti91@gmail.com')
items = [
dict(id='it-01', lang='it', client='outlook', uz='Europe/Rome', now=(2027, 12, 14, 9, 5), odate=(2027, 12, 13, 17, 32),
 user=U, ofrom=('Federica Rinaldi', 'personale@brambilla-om.it'), charset='iso-8859-1', cte='quoted-printable', html=True,
 subj='Convocazione colloquio - Project Engineer',
 body='''Gentile Dott.ssa Ferraro,

a seguito della Sua candidatura per la posizione di Project Engineer, siamo lieti di invitarLa a un colloquio conoscitivo presso la nostra sede di Lecco (Via dell'Industria 14).

Data: {wd:2027-12-21} 21 dicembre
Ora: 10:30
Durata prevista: circa un'ora

Il colloquio sarà tenuto dall'Ing. Paolo Brambilla, Direttore Tecnico, e dalla Dott.ssa Chiara Sala, HR Manager.

La preghiamo di confermare la Sua presenza rispondendo a questa e-mail.

Cordiali saluti,
Federica Rinaldi
Ufficio Personale
Officine Meccaniche Brambilla S.p.A.''',
 ics=dict(tzid='Europe/Rome', prodid='-//Google Inc//Google Calendar 70.9054//EN', start='20271221T103000', end='20271221T113000', summary='Colloquio G. Ferraro - Project Engineer',
          location="Via dell'Industria 14, Lecco", organizer=('Federica Rinaldi', 'personale@brambilla-om.it'),
          attendees=[('Paolo Brambilla', 'p.brambilla@brambilla-om.it'), ('Chiara Sala', 'c.sala@brambilla-om.it')]),
 exp=dict(kind='invite', company='Officine Meccaniche Brambilla', alts=['Officine Meccaniche Brambilla S.p.A.', 'Brambilla'], role='Project Engineer', start='2027-12-21T10:30', zone='Europe/Rome', dur=60,
          iv=['Paolo Brambilla', 'Chiara Sala'], niv=['Federica Rinaldi', 'Giulia Ferraro'], notes='Formal Lei; Ing./Dott.ssa stripped; HR manager on panel; coordinator not.')),

dict(id='it-02', lang='it', client='apple', uz='Europe/Rome', now=(2028, 2, 7, 19, 40), odate=(2028, 2, 7, 12, 25),
 user=UR, ofrom=('Nicolò Ferri', 'nicolo@orticastudio.it'), cte='8bit',
 subj='Re: candidatura Art Director',
 note='mi ha scritto il fondatore di Ortica 😎',
 body='''Ciao Alessandro,

grazie per il portfolio, la campagna per il festival è proprio nelle nostre corde.

Ci vediamo giovedì alle 18 in studio (Via del Pigneto 90) per due chiacchiere sul ruolo? Poi se ti va ci beviamo qualcosa qui sotto.

A presto,
Nicolò
Ortica Studio – direzione creativa''',
 exp=dict(kind='invite', company='Ortica Studio', alts=['Ortica'], role='Art Director', start='2028-02-10T18:00', zone='Europe/Rome', dur=None,
          iv=['Nicolò Ferri'], niv=['Alessandro Conti'], notes='Informal; bare "giovedì" from Mon 7 Feb = 10 Feb; no duration.')),

dict(id='it-03', lang='it', client='gmail', uz='Europe/Rome', now=(2028, 3, 1, 13, 15), odate=(2028, 3, 1, 10, 2),
 user=U, ofrom=('Appuntalo per Assicurazioni Ponente', 'noreply@appuntalo.example'), cte='base64', html=True,
 subj='Colloquio confermato – Assicurazioni Ponente',
 body='''Ciao Giulia,

il tuo colloquio è confermato.

Azienda: Assicurazioni Ponente
Posizione: Liquidatore/Liquidatrice sinistri auto
Quando: {wd:2028-03-08} 8 marzo 2028, 15:00-15:30 (ora italiana)
Dove: videocolloquio Google Meet (link nell'invito)
Con: Matteo Greco, Responsabile Area Sinistri

Per annullare o spostare l'appuntamento usa il link personale ricevuto al momento della prenotazione.

Messaggio inviato da Appuntalo per conto di Assicurazioni Ponente.''',
 ics=dict(tzid=None, start='20280308T140000', end='20280308T143000', summary='Colloquio - Assicurazioni Ponente', prodid='-//Appuntalo//IT',
          organizer=('Matteo Greco', 'm.greco@assponente.example'), attendees=[('Giulia Ferraro', 'giulia.ferraro@libero.it')]),
 exp=dict(kind='invite', company='Assicurazioni Ponente', role='Liquidatore/Liquidatrice sinistri auto', start='2028-03-08T15:00', zone='Europe/Rome', dur=30,
          iv=['Matteo Greco'], niv=['Giulia Ferraro'], notes='Scheduling tool for employer; ICS UTC 14:00Z, zone only as "ora italiana"; base64.')),

dict(id='it-04', lang='it', client='attach', uz='Europe/Rome', now=(2028, 3, 31, 17, 25), odate=(2028, 3, 31, 11, 48),
 user=UR, ofrom=('Elisa Moretti', 'elisa.moretti@talentiepartner.example'), charset='windows-1252', cte='quoted-printable', aname='Colloquio Cantine Valdoca.eml',
 subj='Colloquio presso Cantine Valdoca – Export Manager',
 note='te la giro come allegato',
 body='''Ciao Alessandro,

come anticipato al telefono, il mio cliente Cantine Valdoca ti aspetta per il colloquio finale per il ruolo di Export Manager.

• Quando: lunedì 10 aprile, ore 11:00
• Dove: in cantina, Località Poggio alle Mura 3, Montalcino (SI)
• Con chi: Lorenzo Valdoca (titolare) e Sara Bianchi (responsabile commerciale estero)
• Durata: un’ora e mezza circa, degustazione inclusa

Io non sarò presente. Vi daranno un riscontro entro venerdì 21 aprile.

Un caro saluto,
Elisa Moretti
Senior Consultant – Talenti & Partner''',
 exp=dict(kind='invite', company='Cantine Valdoca', alts=['Valdoca'], role='Export Manager', start='2028-04-10T11:00', zone='Europe/Rome', dur=90,
          iv=['Lorenzo Valdoca', 'Sara Bianchi'], niv=['Elisa Moretti', 'Alessandro Conti'], dd='2028-04-21',
          notes='Agency; company = client; message/rfc822; windows-1252 bullets; decision by Fri 21 April.')),

dict(id='it-05', lang='it', client='tb', uz='Europe/Rome', now=(2028, 4, 27, 11, 0), odate=(2028, 4, 26, 16, 30),
 user=U, ofrom=('Marta Longo', 'risorseumane@sanleucio.example'), charset='windows-1252', cte='quoted-printable',
 subj='Candidatura Ingegnere Clinico – primo contatto',
 body='''Gentile Giulia Ferraro,

La ringraziamo per la candidatura alla posizione di Ingegnere Clinico presso il Gruppo Ospedaliero San Leucio.

Il Dott. Riccardo Villa, responsabile del Servizio di Ingegneria Clinica, La chiamerà giovedì 4 maggio alle 9 per un primo colloquio telefonico di circa 20 minuti.

Qualora l’orario non fosse compatibile, La prego di segnalarmelo.

Cordiali saluti,
Marta Longo
Segreteria Risorse Umane
Gruppo Ospedaliero San Leucio''',
 exp=dict(kind='invite', company='Gruppo Ospedaliero San Leucio', alts=['San Leucio'], role='Ingegnere Clinico', start='2028-05-04T09:00', zone='Europe/Rome', dur=20,
          iv=['Riccardo Villa'], niv=['Marta Longo', 'Giulia Ferraro'], notes='Phone call "alle 9"; secretary does not attend; after 1 May holiday.')),

dict(id='it-06', lang='it', client='gmail', uz='Europe/Rome', now=(2028, 6, 5, 10, 10), odate=(2028, 6, 1, 18, 4),
 user=U, ofrom=('Beatrice Colombo', 'beatrice.colombo@modaventura.it'), html=True,
 subj='Secondo colloquio – Merchandise Planner',
 note='secondo giro!! 🙏',
 body='''Ciao Giulia,

è stato un piacere conoscerti! Ti confermo il secondo colloquio per la posizione di Merchandise Planner.

Ti aspettiamo venerdì 16 giugno dalle 14:30 alle 16:00 nel nostro showroom di Via Tortona 27, Milano. Incontrerai prima me e poi Davide Esposito, il nostro Supply Chain Director; ti chiederemo anche di commentare un piccolo caso sui riassortimenti.

Ti daremo un riscontro entro fine giugno. Buon ponte del 2 giugno!

Beatrice Colombo
Head of Merchandising
Moda Ventura S.r.l.''',
 exp=dict(kind='invite', company='Moda Ventura', alts=['Moda Ventura S.r.l.'], role='Merchandise Planner', start='2028-06-16T14:30', zone='Europe/Rome', dur=90,
          iv=['Beatrice Colombo', 'Davide Esposito'], niv=['Giulia Ferraro'],
          notes='Sender attends ("prima me"); 14:30-16:00 range; "entro fine giugno" left null (2028-06-30 defensible); Festa della Repubblica distractor.')),

dict(id='it-07', lang='it', client='outlook', orig_sep=True, uz='Europe/Rome', now=(2028, 4, 19, 8, 48), odate=(2028, 4, 18, 17, 15),
 user=UR, ofrom=('Elena Rossi', 'elena.rossi@bplario.it'), charset='windows-1252', cte='quoted-printable',
 subj='Spostamento colloquio – Risk Analyst',
 body='''Buongiorno Alessandro,

purtroppo dobbiamo spostare il colloquio di lunedì 24 aprile, perché buona parte del team sarà in ferie per il ponte del 25 aprile.

Le proponiamo mercoledì 26 aprile alle 14:30, sempre in sede a Como (Piazza Cavour 5). La durata resta di 45 minuti e al colloquio saremo presenti io e Giorgio Fumagalli, responsabile Risk Management.

Le ho inviato l’invito aggiornato.

Cordiali saluti,
Elena Rossi
Selezione del Personale – Banca Popolare del Lario''',
 ics=dict(tzid='(UTC+01:00) Amsterdam, Berlino, Berna, Roma, Stoccolma, Vienna', start='20280426T143000', end='20280426T151500', summary='Colloquio Risk Analyst - A. Conti', seq=1,
          location='Piazza Cavour 5, Como', organizer=('Elena Rossi', 'elena.rossi@bplario.it'), attendees=[('Giorgio Fumagalli', 'g.fumagalli@bplario.it'), ('Alessandro Conti', 'ale.conti91@gmail.com')]),
 exp=dict(kind='reschedule', company='Banca Popolare del Lario', alts=['BP Lario'], role='Risk Analyst', start='2028-04-26T14:30', zone='Europe/Rome', dur=45,
          iv=['Giorgio Fumagalli', 'Elena Rossi'], niv=['Alessandro Conti'], notes='Reschedule around the 25 April ponte; old Monday slot in text; Italian Windows long TZID; SEQUENCE:1.')),

dict(id='it-08', lang='it', client='gmail', uz='Europe/Rome', now=(2028, 1, 26, 13, 30), odate=(2028, 1, 25, 9, 0),
 user=UR, ofrom=('Edilnova Costruzioni - Selezione', 'selezione@edilnova.example'),
 subj='Esito selezione - Geometra di cantiere',
 note='vabbè',
 body='''Gentile candidato,

La ringraziamo per l'interesse dimostrato nei confronti di Edilnova Costruzioni e per il tempo dedicato al colloquio.

Dopo un'attenta valutazione, abbiamo deciso di proseguire con altri profili, più in linea con le esigenze attuali del cantiere di Bergamo.

Conserveremo il Suo curriculum per eventuali future opportunità.

Cordiali saluti,
Ufficio Selezione
Edilnova Costruzioni S.r.l.''',
 exp=dict(kind='rejection', company='Edilnova Costruzioni', alts=['Edilnova'], role='Geometra di cantiere', niv=[], notes='Rejection.')),

dict(id='it-09', lang='it', client='apple', uz='Europe/Rome', now=(2028, 7, 7, 18, 5), odate=(2028, 7, 7, 12, 40),
 user=U, ofrom=('Antonio Caruso', 'a.caruso@pastificiocaruso.it'), html=True,
 subj='Proposta di assunzione – Controller di stabilimento',
 body='''Cara Giulia,

a nome del Pastificio Aurelio Caruso sono lieto di proporti l'assunzione come Controller di stabilimento presso il nostro sito di Gragnano.

- Contratto a tempo indeterminato, CCNL Industria Alimentare, livello Quadro
- RAL: 46.000 €
- Decorrenza: 1° settembre 2028

In allegato trovi la lettera di proposta. Ti chiediamo un riscontro entro il 20 luglio.

Un saluto cordiale,
Antonio Caruso
Amministratore Delegato''',
 exp=dict(kind='offer', company='Pastificio Aurelio Caruso', alts=['Pastificio Caruso'], role='Controller di stabilimento', niv=['Antonio Caruso', 'Giulia Ferraro'],
          notes='Offer; 20 July is the candidate deadline.')),

dict(id='it-10', lang='it', client='gmail', uz='Europe/Rome', now=(2028, 6, 9, 8, 20), odate=(2028, 6, 9, 7, 0),
 user=U, ofrom=('InfoLavoro Italia', 'newsletter@infolavoro.example'), html=True,
 subj='15 nuove offerte per te + webinar gratuito',
 body='''Ciao Giulia,

ecco le nuove offerte in linea con il tuo profilo:
- Buyer Junior – Gruppo Orsini (Milano)
- Merchandise Analyst – Calzaturificio Lenti (Vigevano)

Webinar gratuito "Il colloquio in inglese senza ansia"
{wd:2028-06-13} 13 giugno, ore 18:00, con la career coach Valeria Gatti

Ricevi questa e-mail perché sei iscritta alla newsletter di InfoLavoro Italia.''',
 exp=dict(kind='not-interview', company=None, role=None, niv=['Valeria Gatti', 'Giulia Ferraro'], notes='Newsletter with webinar bait.')),

dict(id='it-11', lang='it', client='outlook', uz='Europe/Rome', now=(2028, 2, 21, 9, 30), odate=(2028, 2, 18, 15, 10),
 user=UR, ofrom=('Ferrovie Alpine S.p.A.', 'lavoraconnoi@ferroviealpine.example'), charset='iso-8859-1', cte='quoted-printable',
 subj='Conferma ricezione candidatura - Tecnico manutenzione rotabili',
 body='''Gentile candidato,

confermiamo la ricezione della Sua candidatura per il profilo di Tecnico manutenzione rotabili (rif. FA-2028-07).

I candidati in possesso dei requisiti saranno convocati alle prove di selezione, che si terranno presumibilmente il 15 marzo presso il deposito di Trento. La convocazione avverrà esclusivamente via e-mail.

Cordiali saluti,
Ferrovie Alpine S.p.A. - Ufficio Reclutamento''',
 exp=dict(kind='not-interview', company='Ferrovie Alpine', alts=['Ferrovie Alpine S.p.A.'], role='Tecnico manutenzione rotabili', niv=[],
          notes='Acknowledgement; tentative selection-test date is bait, not an invitation.')),
]
items.append(dict(id='it-12', lang='it', client='tb', uz='Europe/Rome', now=(2028, 3, 22, 8, 3), odate=(2028, 3, 21, 18, 10),
 user=U, ofrom=('Giacomo Serra', 'giacomo@serraarredamenti.it'), cte='8bit',
 subj='Re: Responsabile showroom',
 body="""Ciao Giulia,

grazie per il curriculum, mi sembra molto interessante per il nostro showroom di Monza.

Ci sentiamo dopodomani alle 15 per una videochiamata veloce? Una ventina di minuti, ti mando il link su WhatsApp.

Giacomo Serra
Serra Arredamenti – titolare""",
 exp=dict(kind='invite', company='Serra Arredamenti', role='Responsabile showroom', start='2028-03-23T15:00', zone='Europe/Rome', dur=20,
          iv=['Giacomo Serra'], niv=['Giulia Ferraro'],
          notes='"dopodomani" is relative to the original (Tue 21 March) = Thu 23 March, not to the forward date; informal.')))
if __name__ == '__main__':
    write(items)
