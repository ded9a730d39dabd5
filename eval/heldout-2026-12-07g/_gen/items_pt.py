ITEMS = []
def I(**kw): ITEMS.append(kw)

I(id='pt-01', kind='invite', now='2030-07-11 09:30', uz='America/Sao_Paulo',
  frm='Gabriela Rocha <gabi.rocha@outlook.com.br>', subj='ENC: Convite para entrevista – Analista de Riscos Pleno', cs='windows-1252', cte='qp',
  body='''Mais uma! Pode registrar?

________________________________
De: Juliana Costa <juliana.costa@ipeseguros.com.br>
Enviado: quarta-feira, 10 de julho de 2030 17:22
Para: Gabriela Rocha <gabi.rocha@outlook.com.br>
Assunto: Convite para entrevista – Analista de Riscos Pleno

Olá, Gabriela, tudo bem?

Agradecemos seu interesse na vaga de Analista de Riscos Pleno da Ipê Seguros. Gostaríamos de convidá-la para uma entrevista presencial:

• Data: quinta-feira, 18/07
• Horário: 14h
• Local: Av. Paulista, 1000 – 12º andar, São Paulo
• Duração aproximada: 1 hora

Entrevistadores: Fernanda Lima (Gerente de Riscos) e Rodrigo Alves (Business Partner de RH).

Por gentileza, confirme sua presença respondendo este e-mail.

Atenciosamente,
Juliana Costa
Analista de Recrutamento e Seleção
Ipê Seguros S.A.
''',
  company='Ipê Seguros', alts=['Ipê Seguros S.A.', 'Ipe Seguros'], role='Analista de Riscos Pleno', start='2030-07-18T14:00', zone='America/Sao_Paulo', dur=60,
  iv=['Fernanda Lima', 'Rodrigo Alves'], niv=['Juliana Costa', 'Gabriela Rocha'], dd=None,
  notes='Outlook pt-BR, windows-1252 QP with bullets, º and en dash; date "18/07" without year; recruiter only schedules.')

I(id='pt-02', kind='invite', now='2030-08-12 19:15', uz='Europe/Lisbon',
  frm='Ricardo Mendes <ricardo.mendes@sapo.pt>', subj='Fwd: Entrevista Tejo Digital', cs='utf-8', cte='qp', html=True,
  body='''Depois do feriado, fica registado.

---------- Forwarded message ---------
De: Inês Sousa <ines.sousa@tejodigital.pt>
Date: segunda, 12/08/2030, 16:40
Subject: Entrevista Tejo Digital
To: Ricardo Mendes <ricardo.mendes@sapo.pt>


Caro Ricardo,

Obrigada pela sua candidatura à vaga de Engenheiro de Software Sénior. Gostaríamos de o convidar para uma entrevista no dia 20 de agosto (terça-feira), às 10h00, já depois do feriado da Assunção, nas nossas instalações no Cais do Sodré.

Estaremos presentes eu e o Eng. Rui Carvalho, CTO. A conversa deverá durar cerca de 45 minutos.

Com os melhores cumprimentos,
Dra. Inês Sousa
Diretora de Pessoas
Tejo Digital, Lda.
''',
  company='Tejo Digital', alts=['Tejo Digital, Lda.', 'Tejo Digital Lda'], role='Engenheiro de Software Sénior', start='2030-08-20T10:00', zone='Europe/Lisbon', dur=45,
  iv=['Inês Sousa', 'Rui Carvalho'], niv=['Ricardo Mendes'], dd=None,
  notes='European Portuguese (registado, Sénior, "10h00"); Gmail forward; after the 15 August holiday; titles Eng./Dra. stripped; sender joins ("eu e ...").')

I(id='pt-03', kind='invite', now='2030-09-04 21:10', uz='America/Sao_Paulo',
  frm='Vinícius Araújo <vini.araujo@icloud.com>', subj='Fwd: Bate-papo sobre a vaga de Game Designer', cs='utf-8', cte='8bit',
  body='''olha só!!

Início da mensagem encaminhada:

De: Bruno Nascimento <bruno@paodeacucargames.com.br>
Assunto: Bate-papo sobre a vaga de Game Designer
Data: 4 de setembro de 2030 18:32:09 BRT
Para: Vinícius Araújo <vini.araujo@icloud.com>

E aí, Vinícius, beleza?

Curti muito teu portfólio! Bora marcar um bate-papo sobre a vaga de Game Designer Pleno aqui no Estúdio Pão de Açúcar Games?

Depois do feriadão de 7 de setembro fica melhor pra mim: segunda que vem, dia 9, às 15h, pelo Discord mesmo. Coisa de meia hora.

Abraço,
Bruno Nascimento
Lead Game Designer
''',
  company='Estúdio Pão de Açúcar Games', alts=['Pão de Açúcar Games', 'Estudio Pao de Acucar Games'], role='Game Designer Pleno', start='2030-09-09T15:00', zone='America/Sao_Paulo', dur=30,
  iv=['Bruno Nascimento'], niv=['Vinícius Araújo'], dd=None,
  notes='Apple Mail pt-BR forward; informal Brazilian ("bora", "coisa de meia hora" = 30); "segunda que vem, dia 9" after the 7 September holiday; interviewer is the sender.')

ICS_PT04 = '''BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VTIMEZONE
TZID:E. South America Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Camila Moura:mailto:camila.moura@araucaria-agro.com.br
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Marcelo Pacheco:mailto:marcelo.pacheco@araucaria-agro.com.br
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Patrícia Ramos:mailto:patricia.ramos@araucaria-agro.com.br
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Felipe Oliveira:mailto:felipe.oliveira@hotmail.com
SUMMARY;LANGUAGE=pt-BR:Entrevista - Coordenador de Logística
DTSTART;TZID=E. South America Standard Time:20301126T090000
DTEND;TZID=E. South America Standard Time:20301126T103000
UID:040000008200E00074C5B7101A82E00800000000F6071829
LOCATION;LANGUAGE=pt-BR:Curitiba - Rua XV de Novembro 700, sala 3
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
'''
I(id='pt-04', kind='invite', now='2030-11-19 18:05', uz='America/Sao_Paulo',
  frm='Felipe Oliveira <felipe.oliveira@hotmail.com>', subj='ENC: Entrevista - Coordenador de Logística', cs='utf-8', cte='qp', html=True,
  ics=ICS_PT04, ics_mode='alt',
  body='''Convite abaixo.

________________________________
De: Camila Moura <camila.moura@araucaria-agro.com.br>
Enviado: terça-feira, 19 de novembro de 2030 16:48
Para: Felipe Oliveira <felipe.oliveira@hotmail.com>
Cc: Marcelo Pacheco <marcelo.pacheco@araucaria-agro.com.br>; Patrícia Ramos <patricia.ramos@araucaria-agro.com.br>
Assunto: Entrevista - Coordenador de Logística

Boa tarde, Felipe!

Como amanhã é feriado (Consciência Negra), já deixo agendada sua entrevista para a vaga de Coordenador de Logística da Araucária Agroindústria:

terça-feira, 26 de novembro de 2030, das 9h às 10h30
Rua XV de Novembro, 700, sala 3 – Curitiba

Você vai conversar com Marcelo Pacheco (Gerente de Supply Chain) e Patrícia Ramos (RH). Eu sou só da agenda, não participo.

Abraços,
Camila Moura
Assistente de RH
''',
  company='Araucária Agroindústria', alts=['Araucaria Agroindustria', 'Araucária'], role='Coordenador de Logística', start='2030-11-26T09:00', zone='America/Sao_Paulo', dur=90,
  iv=['Marcelo Pacheco', 'Patrícia Ramos'], niv=['Camila Moura', 'Felipe Oliveira'], dd=None,
  notes='Outlook pt-BR with inline text/calendar, Windows TZID "E. South America Standard Time"; "das 9h às 10h30" = 90; holiday "amanhã" is bait; street name "XV de Novembro" is a date bait.')

I(id='pt-05', kind='invite', now='2030-10-30 10:20', uz='Europe/Lisbon',
  frm='Marta Figueiredo <marta.figueiredo@gmail.com>', subj='Fwd: Entrevista Ribeira Têxteis – Diretor(a) Financeiro(a)', cs='utf-8', cte='qp',
  body='Segue em anexo o email da consultora.\n',
  attach=dict(frm='Catarina Matos <catarina.matos@dourotalent.pt>', to='Marta Figueiredo <marta.figueiredo@gmail.com>',
    date='Tue, 29 Oct 2030 17:55:02 +0000', subj='Entrevista Ribeira Têxteis – Diretor(a) Financeiro(a)', cs='windows-1252', cte='qp', fname='Entrevista Ribeira Texteis.eml',
    body='''Olá Marta,

Tenho o prazer de lhe confirmar que a Ribeira Têxteis, S.A. gostaria de a conhecer para a função de Diretor(a) Financeiro(a).

Data: quinta-feira, 7 de novembro (já depois do feriado de 1 de novembro)
Hora: 16h30
Local: instalações da empresa em Vila Nova de Gaia
Duração: cerca de uma hora e meia

Irá reunir com o Dr. António Ferreira (CEO) e com a Joana Pinto (Diretora de RH). Eu não estarei presente, mas ligue-me no final.

A Ribeira Têxteis comprometeu-se a dar uma resposta até 15 de novembro.

Cumprimentos,
Catarina Matos
Senior Consultant – Douro Talent Partners
'''),
  company='Ribeira Têxteis', alts=['Ribeira Têxteis, S.A.', 'Ribeira Texteis'], role='Diretor(a) Financeiro(a)', start='2030-11-07T16:30', zone='Europe/Lisbon', dur=90,
  iv=['António Ferreira', 'Joana Pinto'], niv=['Catarina Matos', 'Marta Figueiredo'], dd='2030-11-15',
  notes='Forwarded as message/rfc822; Portuguese agency (Douro Talent Partners) consultant not attending; windows-1252 inner; "uma hora e meia" = 90; All Saints holiday bait; decision date.')

I(id='pt-06', kind='invite', now='2030-10-09 17:00', uz='America/Manaus',
  frm='Larissa Souza <larissa.souza@bol.com.br>', subj='Fwd: Entrevista por telefone amanhã', cs='iso-8859-1', cte='8bit',
  body='''Atenção: horário de Brasília!

-------- Mensagem encaminhada --------
Assunto: 	Entrevista por telefone amanhã
Data: 	Wed, 9 Oct 2030 17:41:12 -0300
De: 	Thiago Barbosa <thiago.barbosa@amazoniacosmeticos.com.br>
Para: 	larissa.souza@bol.com.br



Oi Larissa,

Conforme combinamos por WhatsApp, vou te ligar amanhã às 10h30 (horário de Brasília) para uma entrevista rápida sobre a vaga de Assistente Administrativo. São uns 20 minutinhos.

Até amanhã!
Thiago Barbosa
Recrutamento - Amazônia Cosméticos Naturais
''',
  company='Amazônia Cosméticos Naturais', alts=['Amazonia Cosmeticos Naturais', 'Amazônia Cosméticos'], role='Assistente Administrativo', start='2030-10-10T10:30', zone='America/Sao_Paulo', dur=20,
  iv=['Thiago Barbosa'], niv=['Larissa Souza'], dd=None,
  notes='User in Manaus (UTC-4) but the time is stated in "horário de Brasília" -> zone America/Sao_Paulo (09:30 Manaus); Thunderbird pt-BR, iso-8859-1 8bit; "amanhã"; "20 minutinhos".')

ICS_PT07 = '''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Gupy//Agendamento//PT
METHOD:REQUEST
BEGIN:VEVENT
UID:gupy-agenda-7741920@gupy.io
DTSTAMP:20301127T131500Z
DTSTART:20301204T170000Z
DTEND:20301204T180000Z
SUMMARY:Entrevista com gestor - Cientista de Dados Sênior - Banco Cerrado
LOCATION:Microsoft Teams
ORGANIZER;CN=Banco Cerrado via Gupy:mailto:naoresponda@gupy.com.br
ATTENDEE;CN=Larissa Monteiro:mailto:larissa.monteiro@bancocerrado.com.br
ATTENDEE;CN=Eduardo Campos:mailto:eduardo.campos@bancocerrado.com.br
END:VEVENT
END:VCALENDAR
'''
I(id='pt-07', kind='invite', now='2030-11-27 10:45', uz='America/Sao_Paulo',
  frm='Henrique Dias <henrique.dias@gmail.com>', subj='Fwd: Banco Cerrado - Entrevista agendada', cs='utf-8', cte='b64', html=True,
  ics=ICS_PT07, ics_mode='att',
  body='''

---------- Forwarded message ---------
De: Banco Cerrado <naoresponda@gupy.com.br>
Date: qua., 27 de nov. de 2030 às 10:15
Subject: Banco Cerrado - Entrevista agendada
To: <henrique.dias@gmail.com>


Olá, Henrique!

Sua entrevista com o gestor para a vaga Cientista de Dados Sênior foi agendada.

Data: 04/12/2030 (quarta-feira)
Horário: 14:00 às 15:00 (horário de Brasília)
Local: Microsoft Teams (link no convite)
Participantes: Larissa Monteiro (Head de Dados) e Eduardo Campos (Tech Lead)

Boa sorte!
Time de Atração de Talentos – Banco Cerrado

Este e-mail foi enviado pela Gupy.
''',
  company='Banco Cerrado', alts=['Cerrado'], role='Cientista de Dados Sênior', start='2030-12-04T14:00', zone='America/Sao_Paulo', dur=60,
  iv=['Larissa Monteiro', 'Eduardo Campos'], niv=['Henrique Dias'], dd=None,
  notes='ATS (Gupy) sender with company display name; base64; dd/mm/yyyy date; .ics in UTC (17:00Z = 14:00 BRT).')

I(id='pt-08', kind='invite', now='2030-12-02 14:30', uz='Europe/Lisbon',
  frm='Nuno Pereira <nuno.pereira@outlook.pt>', subj='ENC: RE: Entrevista - Técnico de Manutenção Industrial', cs='utf-8', cte='qp',
  body='''Fica marcado para sexta.

-----Mensagem original-----
De: Pedro Lopes <pedro.lopes@minhorobotics.pt>
Enviado: segunda-feira, 2 de dezembro de 2030 12:10
Para: Nuno Pereira <nuno.pereira@outlook.pt>
Assunto: RE: Entrevista - Técnico de Manutenção Industrial

Caro Nuno,

Combinado: sexta às 11h, na fábrica de Braga. Vai ser recebido pela Eng.ª Sofia Araújo, responsável de manutenção. Eu trato apenas da marcação.

Daremos uma resposta até dia 13 de dezembro.

Cumprimentos,
Pedro Lopes
Recursos Humanos – Minho Robotics, Lda.

-----Mensagem original-----
De: Nuno Pereira <nuno.pereira@outlook.pt>
Enviado: domingo, 1 de dezembro de 2030 20:14
Para: Pedro Lopes <pedro.lopes@minhorobotics.pt>
Assunto: RE: Entrevista - Técnico de Manutenção Industrial

Boa noite Sr. Pedro,

Na quarta às 9h30 não consigo, mas sexta de manhã seria ótimo.

Obrigado,
Nuno
''',
  company='Minho Robotics', alts=['Minho Robotics, Lda.', 'Minho Robotics Lda'], role='Técnico de Manutenção Industrial', start='2030-12-06T11:00', zone='Europe/Lisbon', dur=None,
  iv=['Sofia Araújo'], niv=['Pedro Lopes', 'Nuno Pereira'], dd='2030-12-13',
  notes='Outlook PT thread, outer subject "ENC: RE:"; "sexta às 11h" -> 6 Dec; quoted Wednesday 9h30 is bait; Eng.ª stripped; decision date.')

I(id='pt-09', kind='reschedule', now='2030-08-26 15:00', uz='America/Sao_Paulo',
  frm='Camila Ferraz <camila.ferraz@gmail.com>', subj='Fwd: Remarcar nossa conversa', cs='utf-8', cte='8bit',
  body='''remarcaram

---------- Forwarded message ---------
De: Gustavo Teixeira <gustavo.teixeira@mineiraengenharia.com.br>
Date: seg., 26 de ago. de 2030 às 14:22
Subject: Remarcar nossa conversa
To: Camila Ferraz <camila.ferraz@gmail.com>


Oi Camila, tudo bem?

Surgiu uma visita de obra aqui e não vou conseguir na quarta. Podemos passar nossa conversa de quarta às 14h para quinta às 16h? Continua sendo comigo, pelo Meet, sobre a vaga de Engenheira Civil Júnior.

Abs,
Gustavo Teixeira
Mineira Engenharia – Belo Horizonte
''',
  company='Mineira Engenharia', alts=['Mineira'], role='Engenheira Civil Júnior', start='2030-08-29T16:00', zone='America/Sao_Paulo', dur=None,
  iv=['Gustavo Teixeira'], niv=['Camila Ferraz'], dd=None,
  notes='Text-only reschedule "de quarta às 14h para quinta às 16h" -> Thu 29 Aug 16:00; old Wed 28 Aug 14:00.')

ICS_PT10 = '''BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VTIMEZONE
TZID:(UTC+00:00) Dublin, Edimburgo, Lisboa, Londres
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Ana Rodrigues:mailto:ana.rodrigues@atlanticoseguros.pt
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Miguel Santos:mailto:miguel.santos@atlanticoseguros.pt
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Beatriz Correia:mailto:beatriz.correia@atlanticoseguros.pt
SUMMARY;LANGUAGE=pt-PT:Entrevista Atuário (reagendada)
DTSTART;TZID="(UTC+00:00) Dublin, Edimburgo, Lisboa, Londres":20301127T150000
DTEND;TZID="(UTC+00:00) Dublin, Edimburgo, Lisboa, Londres":20301127T160000
UID:040000008200E00074C5B7101A82E0080000000007182930
SEQUENCE:1
LOCATION;LANGUAGE=pt-PT:Lisboa - Av. da Liberdade 190
END:VEVENT
END:VCALENDAR
'''
I(id='pt-10', kind='reschedule', now='2030-11-20 11:40', uz='Europe/Lisbon',
  frm='João Martins <joao.martins@sapo.pt>', subj='ENC: Entrevista Atuário – nova data', cs='iso-8859-1', cte='qp', html=True,
  ics=ICS_PT10, ics_mode='att',
  body='''Nova data.

-----Mensagem original-----
De: Ana Rodrigues <ana.rodrigues@atlanticoseguros.pt>
Enviado: quarta-feira, 20 de novembro de 2030 10:58
Para: João Martins <joao.martins@sapo.pt>
Assunto: Entrevista Atuário - nova data

Caro João Martins,

Por motivos de agenda do júri, a sua entrevista para a posição de Atuário, prevista para segunda-feira, 25 de novembro, às 9h30, foi reagendada para quarta-feira, 27 de novembro, às 15h00. Segue convite atualizado.

O júri será composto por Miguel Santos (Diretor Técnico) e Beatriz Correia (Atuária Sénior).

Com os melhores cumprimentos,
Ana Rodrigues
Gestão de Talento - Atlântico Seguros
''',
  company='Atlântico Seguros', alts=['Atlantico Seguros'], role='Atuário', start='2030-11-27T15:00', zone='Europe/Lisbon', dur=60,
  iv=['Miguel Santos', 'Beatriz Correia'], niv=['Ana Rodrigues', 'João Martins'], dd=None,
  notes='Portugal reschedule (iso-8859-1 QP body, utf-8 RFC 2047 subject because of the en dash); .ics with Windows display-name TZID "(UTC+00:00) Dublin, Edimburgo, Lisboa, Londres"; old slot 25 Nov 9h30 in text; "júri" = panel.')

I(id='pt-11', kind='rejection', now='2030-10-22 20:50', uz='America/Sao_Paulo',
  frm='Mariana Lopes <mari.lopes@gmail.com>', subj='Fwd: Retorno do processo seletivo - UX Writer', cs='utf-8', cte='qp', html=True,
  body='''😭 pode encerrar essa

---------- Forwarded message ---------
De: Jabuticaba Pagamentos <talentos@jabuticabapay.com.br>
Date: ter., 22 de out. de 2030 às 18:03
Subject: Retorno do processo seletivo - UX Writer
To: <mari.lopes@gmail.com>


Oi, Mariana!

Obrigado por ter participado do nosso processo para a vaga de UX Writer e pela conversa com a Renata Farias no dia 15.

Infelizmente, optamos por seguir com outras pessoas candidatas neste momento. Seu currículo continua no nosso banco de talentos e você pode se candidatar de novo a partir de janeiro.

Um abraço,
Time de Gente – Jabuticaba Pagamentos
''',
  company='Jabuticaba Pagamentos', alts=['Jabuticaba'], role='UX Writer', start=None, zone=None, dur=None,
  iv=[], niv=['Renata Farias', 'Mariana Lopes'], dd=None,
  notes='Brazilian rejection ("optamos por seguir com outras pessoas"); past "dia 15" and January are baits.')

I(id='pt-12', kind='offer', now='2030-12-11 09:00', uz='Europe/Lisbon',
  frm='Sofia Cardoso <sofia.cardoso@gmail.com>', subj='Fwd: Proposta de contratação – Gestor de Loja', cs='utf-8', cte='qp',
  body='''Consegui!!! 🎉

---------- Forwarded message ---------
De: Tiago Moreira <tiago.moreira@farmaciasestrela.pt>
Date: terça, 10/12/2030, 18:25
Subject: Proposta de contratação – Gestor de Loja
To: Sofia Cardoso <sofia.cardoso@gmail.com>


Cara Sofia,

Na sequência das entrevistas, temos o prazer de lhe apresentar a nossa proposta para a função de Gestor de Loja na Farmácias Estrela (loja de Coimbra): vencimento base de 1.850 € x 14 meses, subsídio de alimentação e início a 6 de janeiro de 2031.

Agradecemos a sua resposta até dia 20 de dezembro.

Com os melhores cumprimentos,
Tiago Moreira
Diretor de Recursos Humanos
Farmácias Estrela
''',
  company='Farmácias Estrela', alts=['Farmacias Estrela'], role='Gestor de Loja', start=None, zone=None, dur=None,
  iv=[], niv=['Tiago Moreira', 'Sofia Cardoso'], dd=None,
  notes='Offer; "resposta até dia 20 de dezembro" is the candidate deadline (decisionDate null); start date bait.')

I(id='pt-13', kind='not-interview', now='2030-09-06 12:30', uz='America/Sao_Paulo',
  frm='Rafael Cunha <rafael.cunha@yahoo.com.br>', subj='Fwd: Live: conheça o Programa de Trainee Sul Grãos 2031', cs='utf-8', cte='qp', html=True,
  body='''vale assistir?

---------- Forwarded message ---------
De: Cooperativa Sul Grãos <carreiras@sulgraos.coop.br>
Date: sex., 6 de set. de 2030 às 09:00
Subject: Live: conheça o Programa de Trainee Sul Grãos 2031
To: <rafael.cunha@yahoo.com.br>


Olá, Rafael!

Você se cadastrou no nosso banco de talentos, então não perca: na quinta-feira, 12/09, às 19h (horário de Brasília), faremos uma live no YouTube sobre o Programa de Trainee 2031, com a participação da nossa diretora de Gente, Cláudia Reis.

As inscrições para o programa abrem na segunda, 16/09, e vão até 11/10.

Até lá!
Carreiras Sul Grãos
''',
  company='Cooperativa Sul Grãos', alts=['Sul Grãos', 'Sul Graos'], role=None, start=None, zone=None, dur=None,
  iv=[], niv=['Cláudia Reis', 'Rafael Cunha'], dd=None,
  notes='Livestream/webinar about a trainee programme with date and time as bait; application window dates; not an interview.')

I(id='pt-14', kind='not-interview', now='2030-09-20 08:45', uz='Europe/Lisbon',
  frm='Andreia Neves <andreia.neves@hotmail.com>', subj='ENC: Candidatura recebida – Enfermeiro(a) de Cuidados Intensivos', cs='utf-8', cte='qp',
  body='''Só para registo.

________________________________
De: Grupo Hospitalar Alvorada <recrutamento@alvorada-saude.pt>
Enviado: quinta-feira, 19 de setembro de 2030 23:02
Para: Andreia Neves <andreia.neves@hotmail.com>
Assunto: Candidatura recebida – Enfermeiro(a) de Cuidados Intensivos

Cara candidata,

Confirmamos a receção da sua candidatura para Enfermeiro(a) de Cuidados Intensivos (ref.ª UCI-2030-07).

O processo de seleção decorre entre 1 e 15 de outubro e inclui análise curricular e entrevistas. Caso a sua candidatura seja selecionada, será contactada por telefone.

Esta mensagem é automática; por favor não responda.

Grupo Hospitalar Alvorada
''',
  company='Grupo Hospitalar Alvorada', alts=['Hospitalar Alvorada', 'Alvorada'], role='Enfermeiro(a) de Cuidados Intensivos', start=None, zone=None, dur=None,
  iv=[], niv=['Andreia Neves'], dd=None,
  notes='Automatic application acknowledgement (pt-PT "receção") with a selection window as bait; no decision promise.')
