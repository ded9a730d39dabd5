from mime import make, ics
L = 'pt'; SP = 'America/Sao_Paulo'; LIS = 'Europe/Lisbon'
make(L, 1, dict(kind='invite', now='2027-04-15T16:30:00', userZone=SP, company='Cervejaria Guaraci', companyAlternatives=['Guaraci'],
  role='Analista de Marketing Pleno', start='2027-04-22T14:00', zone=SP, durationMinutes=60,
  interviewers=['Juliana Prado', 'Thiago Moura'], notInterviewers=['Bianca Rocha', 'Gabriela Nunes'], decisionDate=None,
  notes='Brazil; "22/04, às 14h"; "cerca de 1 hora"; Tiradentes (21/04) holiday mention is bait.'),
  user='Gabriela Nunes <gabi.nunes@gmail.com>', cte='quoted-printable', intro='olha que legal',
  orig={'from': 'Bianca Rocha <talentos@guaraci.com.br>', 'to': 'gabi.nunes@gmail.com',
        'date': 'qui., 15 de abr. de 2027 às 15:58', 'subject': 'Entrevista - Analista de Marketing Pleno 🍺'},
  body="""Oi, Gabriela! Tudo bem?

Que bom ter você no nosso processo! Gostaríamos de te convidar para uma entrevista presencial:

📅 Quinta-feira, 22/04, às 14h
📍 Rua Fradique Coutinho, 1200 – Pinheiros, São Paulo
⏱ Cerca de 1 hora

Você vai conversar com a Juliana Prado (Gerente de Marca) e o Thiago Moura (Coordenador de Trade). Lembrando que quarta (21/04) é feriado de Tiradentes e não teremos expediente.

Abraços,
Bianca Rocha
Gente & Gestão | Cervejaria Guaraci
""")
make(L, 2, dict(kind='invite', now='2027-10-29T15:00:00', userZone=LIS, company='Atlântico Vivo Telecom', companyAlternatives=['Atlântico Vivo'],
  role='Engenheira de Dados', start='2027-11-09T10:00', zone=LIS, durationMinutes=45,
  interviewers=['Rui Carvalho', 'Inês Matos'], notInterviewers=['Patrícia Lopes', 'Beatriz Correia'], decisionDate=None,
  notes='Portugal; Outlook PT with ICS TZID "GMT Standard Time"; EU DST ends 2027-10-31 between now (WEST) and the interview (WET = UTC).'),
  user='Beatriz Correia <beatriz.correia@sapo.pt>', style='outlook', html=True,
  cal=ics(uid='040000008200E00074C5B7101A82E008-avt-551', start='2027-11-09T10:00', zone=LIS, dur=45, tz='win', tzid='GMT Standard Time', vtz='eu0',
          summary='Entrevista Engenheira de Dados – Beatriz Correia', organizer=('Patrícia Lopes', 'patricia.lopes@atlanticovivo.pt'),
          attendees=[('Beatriz Correia', 'beatriz.correia@sapo.pt'), ('Rui Carvalho', 'rui.carvalho@atlanticovivo.pt'), ('Inês Matos', 'ines.matos@atlanticovivo.pt')],
          location='Microsoft Teams', stamp='20271029T134000Z'),
  orig={'from': 'Patrícia Lopes <patricia.lopes@atlanticovivo.pt>', 'to': 'Beatriz Correia <beatriz.correia@sapo.pt>',
        'date': 'sexta-feira, 29 de outubro de 2027 14:41', 'subject': 'Entrevista – Engenheira de Dados'},
  body="""Cara Beatriz,

Na sequência da sua candidatura, enviamos o convite para a entrevista técnica:

terça-feira, 9 de novembro de 2027, 10:00–10:45 (hora de Lisboa)
Microsoft Teams

Estarão presentes o Rui Carvalho (Head of Data Platform) e a Inês Matos (Engenheira Sénior).

Com os melhores cumprimentos,
Patrícia Lopes
Talent Acquisition | Atlântico Vivo Telecom
""")
make(L, 3, dict(kind='invite', now='2027-09-06T20:00:00', userZone=SP, company='Banco Jatobá', companyAlternatives=['Jatobá'],
  role='Analista de Risco de Crédito', start='2027-09-13T10:30', zone=SP, durationMinutes=90,
  interviewers=['Carlos Eduardo Nogueira', 'Priscila Amaral'], notInterviewers=['Larissa Teixeira', 'Felipe Barros'], decisionDate='2027-09-17',
  notes='Brazil; ICS TZID "E. South America Standard Time"; "uma hora e meia"; decision promised by sexta-feira 17/09. Independence Day (07/09) between now and the interview.'),
  user='Felipe Barros <felipe.barros@icloud.com>', style='apple', html=True,
  cal=ics(uid='jatoba-rh-44817', start='2027-09-13T10:30', zone=SP, dur=90, tz='win', tzid='E. South America Standard Time', vtz='br3',
          summary='Entrevista - Analista de Risco de Crédito', organizer=('Larissa Teixeira', 'larissa.teixeira@bancojatoba.com.br'),
          attendees=[('Felipe Barros', 'felipe.barros@icloud.com')], location='Av. Paulista 2300, 14º andar', stamp='20270906T223000Z'),
  calmode='attach', calcte='base64',
  orig={'from': 'Larissa Teixeira <larissa.teixeira@bancojatoba.com.br>', 'to': 'Felipe Barros <felipe.barros@icloud.com>',
        'date': '6 de setembro de 2027 19:22:15 BRT', 'subject': 'Convite: entrevista Banco Jatobá'},
  body="""Olá, Felipe!

Segue o convite para a entrevista para a vaga de Analista de Risco de Crédito:

Segunda-feira, 13 de setembro, 10h30
Av. Paulista, 2300 – 14º andar
Duração: uma hora e meia (inclui estudo de caso)

Participam o Carlos Eduardo Nogueira (Superintendente de Risco) e a Priscila Amaral (Gerente de Modelagem). Damos retorno até sexta-feira, 17/09.

Att.,
Larissa Teixeira
Recrutamento & Seleção – Banco Jatobá
""")
make(L, 4, dict(kind='invite', now='2027-07-27T11:00:00', userZone=SP, company='Rede Farmavida', companyAlternatives=['Farmavida'],
  role='Coordenador de Logística', start='2027-08-03T09:00', zone=SP, durationMinutes=45,
  interviewers=['Paulo Henrique Dias', 'Camila Teles'], notInterviewers=['Rodrigo Alves'], decisionDate=None,
  notes='Forwarded as message/rfc822; agency consultant (Hunters RH) also attends; "dia 3/8 às 9h" = 3 August.'),
  user='Rodrigo Alves <rodrigo.alves@outlook.com.br>', style='rfc822', cte='base64', intro='segue anexo',
  orig={'from': 'Camila Teles <camila@huntersrh.com.br>', 'to': 'Rodrigo Alves <rodrigo.alves@outlook.com.br>',
        'rfcdate': 'Mon, 26 Jul 2027 17:45:00 -0300', 'subject': 'Entrevista cliente Farmavida'},
  body="""Rodrigo, boa tarde!

Conforme conversamos, a entrevista com a Rede Farmavida para Coordenador de Logística ficou para o dia 3/8 às 9h, no CD de Barueri (Av. Ceci, 600). Quem vai te entrevistar é o Sr. Paulo Henrique Dias, Gerente de Operações, e eu também vou participar. Previsão de 45 min.

Qualquer dúvida me chama no WhatsApp.

Camila Teles
Consultora | Hunters RH
""")
make(L, 5, dict(kind='invite', now='2027-06-02T10:00:00', userZone=LIS, company='Cortiças Almendra, S.A.', companyAlternatives=['Cortiças Almendra', 'Almendra'],
  role='Técnica de Qualidade', start='2027-06-11T09:30', zone=LIS, durationMinutes=45,
  interviewers=['Sandra Pinho'], notInterviewers=['Vítor Pacheco', 'Joana Leite'], decisionDate=None,
  notes='Portugal; Thunderbird PT, iso-8859-1 QP; 10 de Junho holiday is bait; "Eng.ª" is a title.'),
  user='Joana Leite <joana.leite@sapo.pt>', style='tb', charset='iso-8859-1', cte='quoted-printable',
  orig={'from': 'Vítor Pacheco <rh@corticas-almendra.pt>', 'to': 'Joana Leite <joana.leite@sapo.pt>',
        'date': '02/06/2027 09:41', 'subject': 'Entrevista - Técnica de Qualidade'},
  body="""Exma. Senhora Joana Leite,

Agradecemos a sua candidatura. Como quinta-feira é feriado (10 de Junho), a entrevista fica marcada para sexta-feira, 11 de junho, às 9h30, nas nossas instalações em Santa Maria da Feira. A entrevista terá a duração de cerca de 45 minutos e será conduzida pela Eng.ª Sandra Pinho, Diretora de Qualidade.

Com os melhores cumprimentos,
Vítor Pacheco
Recursos Humanos
Cortiças Almendra, S.A.
""")
make(L, 6, dict(kind='invite', now='2027-10-13T19:20:00', userZone=SP, company='Cobogó Design', companyAlternatives=['Cobogó'],
  role='UX Writer', start='2027-10-19T16:00', zone=SP, durationMinutes=None,
  interviewers=['Renato Lima', 'Fernanda'], notInterviewers=['Gabriela Nunes'], decisionDate=None,
  notes='Casual; company only in the signature; "mesma hora da primeira, 16h"; duration not stated; second interviewer first name only.'),
  user='Gabriela Nunes <gabi.nunes@gmail.com>', cte='8bit',
  orig={'from': 'Renato Lima <renato@cobogo.design>', 'to': 'gabi.nunes@gmail.com',
        'date': 'qua., 13 de out. de 2027 às 18:47', 'subject': 'Re: vaga UX Writer'},
  body="""Oi Gabi!

Curtimos muito a primeira conversa. Bora marcar a próxima com o time? Pode ser na terça, dia 19/10, na mesma hora da primeira (16h)? Vou eu e a Fernanda, do time de produto. Mesmo link do Meet.

Abs,
Renato

Renato Lima
Head de Conteúdo · Cobogó Design
""")
make(L, 7, dict(kind='reschedule', now='2027-04-22T09:30:00', userZone=LIS, company='Metro Norte Engenharia', companyAlternatives=['Metro Norte'],
  role='Engenheiro Civil – Estruturas', start='2027-04-28T15:00', zone=LIS, durationMinutes=60,
  interviewers=['Nuno Ferreira', 'Helena Sousa'], notInterviewers=['Cristina Mota', 'Miguel Antunes'], decisionDate=None,
  notes='Text-only reschedule, Outlook "-----Mensagem original-----"; old slot segunda-feira 26 de abril 11h in the text; "mantém-se a duração de 1 hora".'),
  user='Miguel Antunes <miguel.antunes@gmail.com>', style='outlook-old', cte='quoted-printable', intro='mudaram a data',
  orig={'from': 'Cristina Mota <cristina.mota@metronorte-eng.pt>', 'to': 'Miguel Antunes', 'date': 'quinta-feira, 22 de abril de 2027 09:12',
        'subject': 'Reagendamento da entrevista'},
  body="""Caro Miguel,

Por indisponibilidade do júri, a sua entrevista marcada para segunda-feira, 26 de abril, às 11h, passa para quarta-feira, 28 de abril, às 15h. Mantém-se a duração de 1 hora e o local (Rua do Campo Alegre 830, Porto).

O júri é composto pelo Eng. Nuno Ferreira e pela Eng.ª Helena Sousa.

Cumprimentos,
Cristina Mota
Recursos Humanos – Metro Norte Engenharia
""")
make(L, 8, dict(kind='rejection', now='2027-08-30T21:00:00', userZone=SP, company='Lojas Mandacaru', companyAlternatives=['Mandacaru'],
  role='Analista de E-commerce', start=None, zone=None, durationMinutes=None, interviewers=[], notInterviewers=[], decisionDate=None,
  notes='Reprovação via ATS; signed by a team, not a person.'),
  user='Felipe Barros <felipe.barros@icloud.com>', cte='base64', html=True, intro='aff',
  orig={'from': 'Lojas Mandacaru <vagas@mandacaru.com.br>', 'to': 'felipe.barros@icloud.com',
        'date': 'seg., 30 de ago. de 2027 às 18:10', 'subject': 'Atualização sobre o processo - Analista de E-commerce'},
  body="""Olá, Felipe.

Agradecemos sua participação no processo seletivo para Analista de E-commerce. Neste momento, optamos por seguir com outros candidatos.

Seu currículo continuará em nosso banco de talentos.

Equipe de Talentos
Lojas Mandacaru
""")
make(L, 9, dict(kind='offer', now='2027-07-23T12:00:00', userZone=LIS, company='Azul Marinho Software', companyAlternatives=['Azul Marinho Software, Lda', 'Azul Marinho'],
  role='Programadora Full-Stack', start=None, zone=None, durationMinutes=None, interviewers=[], notInterviewers=['Tiago Moreira', 'Beatriz Correia'], decisionDate=None,
  notes='Proposta; "resposta até 30 de julho" is the candidate deadline -> null.'),
  user='Beatriz Correia <beatriz.correia@sapo.pt>', style='apple', cte='quoted-printable', intro='Proposta!!',
  orig={'from': 'Tiago Moreira <tiago@azulmarinho.pt>', 'to': 'Beatriz Correia <beatriz.correia@sapo.pt>',
        'date': '23 de julho de 2027, 11:34:50 WEST', 'subject': 'Proposta de trabalho'},
  body="""Olá Beatriz,

É com muito gosto que lhe enviamos a nossa proposta para a função de Programadora Full-Stack na Azul Marinho Software, Lda., com início a 1 de setembro. Os detalhes (remuneração, seguro de saúde, regime híbrido) estão no documento em anexo.

Aguardamos a sua resposta até 30 de julho.

Um abraço,
Tiago Moreira
CEO
""")
make(L, 10, dict(kind='not-interview', now='2027-10-05T10:15:00', userZone=SP, company='Laticínios Serra Azul', companyAlternatives=['Serra Azul'],
  role='Supervisor de Produção', start=None, zone=None, durationMinutes=None, interviewers=[], notInterviewers=[], decisionDate=None,
  notes='Application acknowledgement; the online test date for candidates who pass screening (20/10 às 19h) is bait.'),
  user='Rodrigo Alves <rodrigo.alves@outlook.com.br>', style='outlook', cte='quoted-printable',
  orig={'from': 'Laticínios Serra Azul <noreply@serraazul.com.br>', 'to': 'Rodrigo Alves', 'date': 'terça-feira, 5 de outubro de 2027 09:02',
        'subject': 'Recebemos sua candidatura'},
  body="""Olá, Rodrigo!

Recebemos sua candidatura para Supervisor de Produção (Uberlândia/MG).

Próximas etapas: os candidatos aprovados na triagem receberão o link da prova online, que será aplicada no dia 20/10 às 19h (horário de Brasília).

Boa sorte!
Laticínios Serra Azul
""")
