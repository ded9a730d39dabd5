from mime import write
RM = 'Rafael Monteiro <rafael.monteiro@uol.example>'
BN = 'Beatriz Nogueira <bia.nogueira@gmail.example>'
IC = 'Inês Carvalho <ines.carvalho@sapo.example>'
F = []

ORIG01 = '''Olá, Rafael! Tudo bem?

Agradecemos seu interesse na vaga de Coordenador(a) de Trade Marketing da Cervejaria Serra Azul S.A.

Gostaríamos de convidá-lo para uma entrevista presencial na quarta-feira, 13/09, às 10h, em nosso escritório (Rua Funchal, 418 – 12º andar, Vila Olímpia, São Paulo). A duração estimada é de 1 hora.

Você conversará com Renata Albuquerque (Gerente de Marketing) e Caio Mendes (Diretor Comercial).

Daremos um retorno até sexta-feira, 22/09.

Pode confirmar sua presença?

Abraços,
Juliana Prado
Atração de Talentos | Cervejaria Serra Azul S.A.'''

F.append(dict(id='pt-01', uz='America/Sao_Paulo', now='2028-09-04T10:30', user=RM, style='outlook', cte='qp', ago=120,
 frm='Juliana Prado <juliana.prado@serraazul.example>', subj='Convite para entrevista – Coordenador(a) de Trade Marketing', body=ORIG01,
 exp=dict(kind='invite', company='Cervejaria Serra Azul S.A.', alts=['Cervejaria Serra Azul', 'Serra Azul'], role='Coordenador(a) de Trade Marketing', start='2028-09-13T10:00', zone='America/Sao_Paulo', dur=60,
  iv=['Renata Albuquerque', 'Caio Mendes'], niv=['Juliana Prado', 'Rafael'], dd='2028-09-22',
  notes='pt-BR Outlook block; "13/09, às 10h"; sender only schedules.')))

F.append(dict(id='pt-02', uz='America/Sao_Paulo', now='2028-11-03T09:12', user=BN, style='gmail', html=True, cte='qp',
 frm='Larissa Fontes <larissa.fontes@verticepag.example>', subj='Entrevista técnica – Engenheira de Dados Pleno | Vértice',
 body='''Oi, Beatriz!

Que bom que você avançou para a etapa técnica! Seguem os detalhes:

Data: quinta-feira, 9 de novembro
Horário: das 14h às 15h30 (horário de Brasília)
Local: Google Meet (link no convite)
Participantes: Thiago Kobayashi (Head de Dados) e eu, Larissa Fontes (Tech Recruiter)

Vamos conversar sobre um case de pipeline de dados – não precisa preparar nada.

Beijos e boa sorte!
Larissa
Vértice Pagamentos''',
 ics=dict(start='2028-11-09T14:00', zone='America/Sao_Paulo', dur=90, tzid='E. South America Standard Time', tzkind='BR',
  summary='Entrevista técnica – Beatriz Nogueira', organizer=('Larissa Fontes', 'larissa.fontes@verticepag.example'),
  attendees=[('Thiago Kobayashi', 'thiago.kobayashi@verticepag.example'), ('Beatriz Nogueira', 'bia.nogueira@gmail.example')], location='Google Meet'),
 exp=dict(kind='invite', company='Vértice Pagamentos', alts=['Vértice'], role='Engenheira de Dados Pleno', start='2028-11-09T14:00', zone='America/Sao_Paulo', dur=90,
  iv=['Thiago Kobayashi', 'Larissa Fontes'], niv=['Beatriz'],
  notes='Windows TZID "E. South America Standard Time" (no DST in Brazil); recruiter joins ("e eu"); range 14h-15h30.')))

F.append(dict(id='pt-03', uz='Europe/Lisbon', now='2028-10-04T17:25', user=IC, style='apple', cte='8bit', note='Lusomar 🙏',
 frm='Marta Lobo <marta.lobo@lusomar.example>', subj='Entrevista – Gestor de Conta Empresas',
 body='''Exma. Senhora Inês Carvalho,

Na sequência da sua candidatura à função de Gestor de Conta Empresas, vimos por este meio convidá-la para uma entrevista na terça-feira, dia 10 de outubro, pelas 15h00, nas nossas instalações (Av. da Liberdade 190, 1250-147 Lisboa).

A entrevista terá a duração de cerca de 45 minutos e será conduzida pela Dra. Teresa Figueiredo (Diretora Comercial) e pelo Eng. Nuno Pacheco (Diretor de Risco).

Contamos dar-lhe uma resposta até ao dia 20 de outubro.

Agradecemos que confirme a sua disponibilidade.

Com os melhores cumprimentos,
Marta Lobo
Recursos Humanos
Lusomar Seguros, S.A.''',
 exp=dict(kind='invite', company='Lusomar Seguros', alts=['Lusomar Seguros, S.A.', 'Lusomar'], role='Gestor de Conta Empresas', start='2028-10-10T15:00', zone='Europe/Lisbon', dur=45,
  iv=['Teresa Figueiredo', 'Nuno Pacheco'], niv=['Marta Lobo', 'Inês Carvalho'], dd='2028-10-20',
  notes='pt-PT formal ("Exma.", "pelas 15h00"); Dra./Eng. titles; sender only schedules.')))

F.append(dict(id='pt-04', uz='America/Sao_Paulo', now='2028-08-23T14:45', user=RM, style='attach', note='encaminhando como anexo. atenção que é horário de Manaus',
 frm='Horalivre <agenda@horalivre.example>', subj='Entrevista agendada: Norte Vivo Distribuidora', html=True, cte='qp',
 body='''Olá, Rafael Monteiro!

Sua entrevista foi agendada.

Empresa: Norte Vivo Distribuidora
Vaga: Analista de Controladoria
Data: segunda-feira, 28/08/2028
Horário: 10h (horário de Manaus)
Duração: 1 hora
Entrevistador: Ricardo Bentes – Gerente de Controladoria
Local: Microsoft Teams

Mensagem automática enviada pela Horalivre em nome de Norte Vivo Distribuidora.''',
 ics=dict(start='2028-08-28T10:00', zone='America/Manaus', dur=60, utc=True, summary='Entrevista – Analista de Controladoria – Norte Vivo',
  organizer=('Norte Vivo RH', 'rh@nortevivo.example'), attendees=[('Ricardo Bentes', 'ricardo.bentes@nortevivo.example'), ('Rafael Monteiro', 'rafael.monteiro@uol.example')],
  location='Microsoft Teams', prodid='-//Horalivre//PT-BR', b64=True),
 exp=dict(kind='invite', company='Norte Vivo Distribuidora', alts=['Norte Vivo'], role='Analista de Controladoria', start='2028-08-28T10:00', zone='America/Manaus', dur=60,
  iv=['Ricardo Bentes'], niv=['Rafael Monteiro'],
  notes='Interview time in Manaus time (UTC-4) while the user is in São Paulo (UTC-3): 10h Manaus = 11h Brasília; ICS in UTC (14:00Z). Match on the instant.')))

F.append(dict(id='pt-05', uz='America/Sao_Paulo', now='2028-10-13T08:40', user=RM, style='tbird', cs='iso-8859-1', cte='8bit',
 frm='Fabiana Schmitt <fabiana@pontualrh.example>', subj='Entrevista - Supervisor de Produção (Blumenau)',
 body='''Bom dia Rafael,

Conforme conversamos por telefone, a Tecelagem Itajaí gostaria de conhecê-lo pessoalmente para a vaga de Supervisor de Produção.

A entrevista será na fábrica (Rua Itajaí 2150, Blumenau/SC) no dia 19/10 às 8h30 com o Sr. Egon Krüger, gerente industrial. Previsão de duração: 1h30, incluindo uma visita à linha de tecelagem.

Eu não participo dessa etapa, mas fico à disposição para qualquer dúvida.

Att.,
Fabiana Schmitt
Consultora - Pontual RH''',
 exp=dict(kind='invite', company='Tecelagem Itajaí', role='Supervisor de Produção', start='2028-10-19T08:30', zone='America/Sao_Paulo', dur=90,
  iv=['Egon Krüger'], niv=['Fabiana Schmitt', 'Rafael'], notes='Agency for client employer; ISO-8859-1 8bit; "1h30" includes a plant tour.')))

F.append(dict(id='pt-06', uz='Europe/Lisbon', now='2028-10-26T12:00', user=IC, style='outlook-orig', html=True, cte='qp',
 frm='Catarina Vaz <catarina.vaz@tejodigital.example>', subj='Entrevista UX Researcher – Tejo Digital',
 body='''Olá Inês,

Obrigada pela conversa de ontem! Como combinado, a próxima etapa é uma entrevista com a equipa:

Quinta-feira, 2 de novembro, às 11h00 (hora de Lisboa)
Duração: 1 hora
Local: escritório Tejo Digital, Rua da Boavista 72, Lisboa (ou Teams, se preferir)

Vai falar com:
– Sofia Rebelo, Design Lead
– André Matos, Product Manager
– e comigo (Catarina Vaz, People)

Até breve,
Catarina''',
 ics=dict(start='2028-11-02T11:00', zone='Europe/Lisbon', dur=60, tzid='GMT Standard Time', tzkind='PT', inline=True, b64=True,
  summary='Entrevista Inês Carvalho – UX Researcher', organizer=('Catarina Vaz', 'catarina.vaz@tejodigital.example'),
  attendees=[('Sofia Rebelo', 'sofia.rebelo@tejodigital.example'), ('André Matos', 'andre.matos@tejodigital.example')], location='Tejo Digital – Boavista'),
 exp=dict(kind='invite', company='Tejo Digital', role='UX Researcher', start='2028-11-02T11:00', zone='Europe/Lisbon', dur=60,
  iv=['Sofia Rebelo', 'André Matos', 'Catarina Vaz'], niv=['Inês'],
  notes='Crosses EU DST change (now WEST +01, interview WET +00); Windows TZID "GMT Standard Time"; sender on the panel.')))

F.append(dict(id='pt-07', uz='America/Sao_Paulo', now='2028-08-16T20:15', user=BN, style='gmail', cte='8bit',
 frm='Bruna Teixeira <bruna@pampacode.example>', subj='bora bater um papo?',
 body='''Oi Bia!!

Curti demais teu portfólio. Bora marcar um papo sobre a vaga de Desenvolvedor Mobile (Flutter)? Pensei em segunda que vem (dia 21) às 17h30, uns 30 min, comigo e com o Gui (Guilherme Rocha, nosso CTO). Te mando o link do Meet.

Abs,
Bruna
CEO – Pampa Code (Porto Alegre)''',
 exp=dict(kind='invite', company='Pampa Code', role='Desenvolvedor Mobile (Flutter)', start='2028-08-21T17:30', zone='America/Sao_Paulo', dur=30,
  iv=['Bruna Teixeira', 'Guilherme Rocha'], niv=['Bia'], notes='Very informal pt-BR; nickname Gui; "segunda que vem (dia 21)"; sender joins.')))

F.append(dict(id='pt-08', uz='Europe/Lisbon', now='2028-11-21T18:20', user=IC.replace('ines.carvalho', 'inescarvalho.farm'), style='gmail', html=True, cte='b64',
 frm='Recrutamento Farmácias Douro <recrutamento@farmaciasdouro.example>', subj='Entrevista – Farmacêutico Adjunto (Porto)',
 body='''Cara Inês,

Agradecemos a sua candidatura para Farmacêutico Adjunto na nossa farmácia da Boavista.

Gostaríamos de a receber para uma entrevista no dia 27/11 (segunda-feira), às 9h30, antes da abertura ao público. A conversa será com o Dr. Hugo Meireles, Diretor Técnico, e deverá demorar cerca de meia hora.

Cumprimentos,
Vera Antunes
Recrutamento | Farmácias Douro
Porto''',
 exp=dict(kind='invite', company='Farmácias Douro', role='Farmacêutico Adjunto', start='2028-11-27T09:30', zone='Europe/Lisbon', dur=30,
  iv=['Hugo Meireles'], niv=['Vera Antunes', 'Inês'], notes='pt-PT; "27/11 (segunda-feira)"; "cerca de meia hora"; base64 body.')))

F.append(dict(id='pt-09', uz='America/Sao_Paulo', now='2028-09-08T16:05', user=RM, style='outlook', cte='qp', ago=30,
 frm='Juliana Prado <juliana.prado@serraazul.example>', subj='RES: Convite para entrevista – Coordenador(a) de Trade Marketing',
 body='''Oi Rafael,

Precisamos remarcar: o Caio vai estar numa convenção de vendas na quarta. Podemos passar sua entrevista de 13/09 às 10h para quinta-feira, 14/09, às 16h? Mesmos participantes e mesmo local.

Desculpe o transtorno!
Juliana

-----Mensagem original-----
De: Juliana Prado
Enviada em: segunda-feira, 4 de setembro de 2028 08:30
Para: Rafael Monteiro
Assunto: Convite para entrevista – Coordenador(a) de Trade Marketing

''' + ORIG01,
 exp=dict(kind='reschedule', company='Cervejaria Serra Azul S.A.', alts=['Cervejaria Serra Azul', 'Serra Azul'], role='Coordenador(a) de Trade Marketing', start='2028-09-14T16:00', zone='America/Sao_Paulo', dur=60,
  iv=['Renata Albuquerque', 'Caio Mendes'], niv=['Juliana Prado', 'Rafael'], dd=None,
  notes='Reschedule on top of the quoted original; duration and panel recoverable from it; the quoted "retorno até 22/09" may be stale -> null (2028-09-22 defensible).')))

F.append(dict(id='pt-10', uz='Europe/Lisbon', now='2028-10-09T09:35', user=IC, style='gmail', cte='qp', note='mudaram a hora',
 frm='Marta Lobo <marta.lobo@lusomar.example>', subj='Alteração – entrevista Lusomar Seguros',
 body='''Cara Inês,

Por motivos de agenda da Dra. Teresa Figueiredo, vemo-nos obrigados a alterar a sua entrevista de amanhã (terça, 10/10, 15h00) para quinta-feira, dia 12, às 11h30. O local mantém-se.

Pedimos desculpa pelo incómodo.

Cumprimentos,
Marta Lobo
Lusomar Seguros''',
 exp=dict(kind='reschedule', company='Lusomar Seguros', alts=['Lusomar'], role=None, start='2028-10-12T11:30', zone='Europe/Lisbon', dur=None,
  iv=['Teresa Figueiredo'], niv=['Marta Lobo', 'Inês'],
  notes='Reschedule, "quinta-feira, dia 12" without month; only one panel member named; duration null.')))

F.append(dict(id='pt-11', uz='America/Sao_Paulo', now='2028-11-22T11:50', user=BN, style='gmail', cte='qp', note='😢',
 frm='Larissa Fontes <larissa.fontes@verticepag.example>', subj='Retorno do processo – Vértice Pagamentos',
 body='''Oi, Beatriz, tudo bem?

Queria agradecer muito pela sua participação no processo para Engenheira de Dados Pleno. Foi uma decisão difícil, mas seguimos com outra candidata neste momento.

Seu perfil fica no nosso banco de talentos e adoraria falar com você em oportunidades futuras.

Um abraço,
Larissa Fontes
Vértice Pagamentos''',
 exp=dict(kind='rejection', company='Vértice Pagamentos', alts=['Vértice'], role='Engenheira de Dados Pleno', niv=['Larissa Fontes', 'Beatriz'], notes='Soft rejection.')))

F.append(dict(id='pt-12', uz='Europe/Lisbon', now='2028-10-25T15:15', user=IC, style='outlook', html=True, cte='qp',
 frm='Teresa Figueiredo <teresa.figueiredo@lusomar.example>', subj='Proposta – Gestor de Conta Empresas',
 body='''Cara Inês,

Tenho o prazer de lhe apresentar, em nome da Lusomar Seguros, uma proposta para a função de Gestor de Conta Empresas. Em anexo encontra as condições (remuneração, seguro de saúde e viatura).

Agradecemos a sua resposta até 3 de novembro. A data de início prevista é 2 de janeiro de 2029.

Com os melhores cumprimentos,
Teresa Figueiredo
Diretora Comercial''',
 exp=dict(kind='offer', company='Lusomar Seguros', alts=['Lusomar'], role='Gestor de Conta Empresas', niv=['Teresa Figueiredo', 'Inês'],
  notes='Offer; "resposta até 3 de novembro" is the candidate deadline -> null.')))

F.append(dict(id='pt-13', uz='America/Sao_Paulo', now='2028-08-15T07:55', user=RM, style='apple', html=True, cte='qp',
 frm='Vagalume Recrutamento <nao-responda@vagalume.example>', subj='Recebemos sua candidatura! 🎉',
 body='''Olá, Rafael!

Sua candidatura para Analista de Controladoria na Norte Vivo Distribuidora foi recebida com sucesso. Acompanhe as próximas etapas pelo app.

Dica: participe da nossa live "Como se destacar na entrevista" no Instagram, quarta 30/08 às 19h.

Equipe Vagalume''',
 exp=dict(kind='not-interview', company='Norte Vivo Distribuidora', alts=['Norte Vivo'], role='Analista de Controladoria', niv=['Rafael'],
  notes='ATS acknowledgement baited with a live-stream date/time and the word "entrevista".')))

F.append(dict(id='pt-14', uz='Europe/Lisbon', now='2028-11-06T08:10', user=IC, style='gmail', html=True, cte='qp',
 frm='EmpregoJá <novidades@empregoja.example>', subj='Novas ofertas para si + Feira de Emprego do Porto',
 body='''Bom dia, Inês!

Novas ofertas que correspondem ao seu perfil:
• Gestor Comercial – Atlântica Crédito – Lisboa
• Key Account Manager – Norfrio – Maia
• Técnico Comercial – Vinhos Quinta do Mouro – Porto

Não perca a Feira de Emprego do Porto, quarta-feira, 15 de novembro, das 10h às 18h, na Alfândega do Porto.

Cancelar subscrição''',
 exp=dict(kind='not-interview', company=None, role=None, notes='Newsletter with a job-fair date.')))

write('pt', F)
