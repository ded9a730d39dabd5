from lib import write_all, write_replies
UB = ('Rafael Souza', 'rafael.souza.dev@gmail.com')
UP = ('Inês Carvalho', 'ines.carvalho@sapo.pt')
items = []
def F(**k): k.setdefault('lang', 'pt'); items.append(k)

F(id='pt-01', kind='invite', client='gmail', user=UB, now='2029-09-04T10:12:00-03:00', userZone='America/Sao_Paulo',
  note='entrevista no banco ipê, pode agendar?',
  orig={'from': ('Juliana Pires', 'juliana.pires@bancoipe.com.br'), 'date': '2029-09-03T17:46:00-03:00',
  'subject': 'Entrevista - Analista de Dados Pleno | Banco Ipê',
  'body': '''Olá Rafael, tudo bem?

Obrigada pelo seu interesse na vaga de Analista de Dados Pleno! Gostaríamos de seguir com você para a entrevista técnica.

Data: terça-feira, 11/09
Horário: 14h (horário de Brasília)
Local: Microsoft Teams (o link segue no convite)

Você vai conversar com a Renata Lima (Gerente de BI) e o Thiago Almeida (Coordenador de Dados). A conversa deve durar cerca de 1 hora.

Qualquer dúvida, estou à disposição.

Abraços,
Juliana Pires
Tech Recruiter | Banco Ipê S.A.'''},
  exp=dict(company='Banco Ipê S.A.', companyAlternatives=['Banco Ipê'], role='Analista de Dados Pleno', start='2029-09-11T14:00', zone='America/Sao_Paulo',
           durationMinutes=60, interviewers=['Renata Lima', 'Thiago Almeida'], notInterviewers=['Juliana Pires'],
           notes='Brazilian "11/09" day-first and "14h (horário de Brasília)".'))

F(id='pt-02', kind='invite', client='outlook', olsep='orig', user=UP, now='2029-09-27T08:50:00+01:00', userZone='Europe/Lisbon',
  charset='windows-1252', cte='qp', prefix='FW:',
  orig={'from': ('Ana Rita Lopes', 'ana.lopes@lusoverde.pt'), 'date': '2029-09-26T16:31:00+01:00',
  'subject': 'Convocatória para entrevista – Engenheiro(a) de Manutenção',
  'body': '''Exma. Senhora Eng.ª Inês Carvalho,

Na sequência da sua candidatura à função de Engenheiro(a) de Manutenção, vimos por este meio convocá-la para uma entrevista presencial, a realizar na quinta-feira, dia 4 de outubro, pelas 10h00, nas nossas instalações:

Lusoverde Energia, S.A.
Rua do Campo Alegre, 830 – 4150-171 Porto

A entrevista será conduzida pela Eng.ª Marta Sousa (Diretora de Operações) e pelo Dr. Paulo Pires (Recursos Humanos), e terá a duração prevista de 1h30.

Agradecemos que confirme a sua presença.

Com os melhores cumprimentos,
Ana Rita Lopes
Departamento de Recursos Humanos
Lusoverde Energia, S.A.'''},
  exp=dict(company='Lusoverde Energia, S.A.', companyAlternatives=['Lusoverde Energia', 'Lusoverde'], role='Engenheiro(a) de Manutenção', start='2029-10-04T10:00',
           zone='Europe/Lisbon', durationMinutes=90, interviewers=['Marta Sousa', 'Paulo Pires'], notInterviewers=['Ana Rita Lopes'],
           notes='European Portuguese formal; Eng.ª / Dr. titles; "pelas 10h00"; "1h30"; cp1252 QP.'))

F(id='pt-03', kind='invite', client='apple', user=UB, now='2029-10-16T21:30:00-03:00', userZone='America/Sao_Paulo', cte='8bit',
  orig={'from': ('Carolina Mendes', 'carolina@verticerecrutamento.com.br'), 'date': '2029-10-16T18:05:00-03:00',
  'subject': 'Entrevista Farmácias Bem Viver 🙌',
  'body': '''Oi Rafa!

Boa notícia: a Farmácias Bem Viver quer te conhecer pessoalmente para a vaga de Gerente de Loja.

Fica marcado segunda, dia 22/10, às 9h30, na sede deles (Av. Paulista, 1842, 12º andar). Quem vai te entrevistar é o Sérgio Bastos, gerente regional, e eu também vou participar pela Vértice.

Qualquer coisa me chama no WhatsApp!

Beijo,
Carol
Carolina Mendes | Consultora
Vértice Recrutamento'''},
  exp=dict(company='Farmácias Bem Viver', companyAlternatives=['Bem Viver'], role='Gerente de Loja', start='2029-10-22T09:30', zone='America/Sao_Paulo',
           durationMinutes=None, interviewers=['Sérgio Bastos', 'Carolina Mendes'], notInterviewers=[],
           notes='Agency consultant attends; informal Brazilian tone; "9h30".'))

F(id='pt-04', kind='invite', client='outlook', user=UB, now='2029-10-31T09:00:00-03:00', userZone='America/Sao_Paulo', html=True, prefix='ENC:',
  ics=dict(mode='win', tzid='E. South America Standard Time', vtz=('-0300', None, None), zone='America/Sao_Paulo', start='2029-11-07T15:00', dur=90,
           summary='Entrevista - Engenheira Civil Sênior', organizer=('Bruna Costa', 'bruna.costa@constrular.com.br'),
           attendees=[('Eduardo Nogueira', 'eduardo.nogueira@constrular.com.br'), ('Patrícia Ramos', 'patricia.ramos@constrular.com.br')],
           location='Constrular - Rua Funchal, 418, Vila Olímpia', place='alt'),
  orig={'from': ('Bruna Costa', 'bruna.costa@constrular.com.br'), 'date': '2029-10-30T17:20:00-03:00', 'subject': 'Convite: Entrevista - Engenheira Civil Sênior',
  'body': '''Olá Rafael,

Segue o convite para a entrevista referente à vaga de Engenheira Civil Sênior (a vaga é afirmativa, mas o processo está aberto a todos).

Quarta-feira, 7 de novembro de 2029, das 15h às 16h30
Rua Funchal, 418 – Vila Olímpia, São Paulo

Participantes: Eduardo Nogueira (Diretor de Obras) e Patrícia Ramos (Gerente de Projetos).

Att.,
Bruna Costa
Analista de Recrutamento e Seleção
Constrular Engenharia Ltda.'''},
  exp=dict(company='Constrular Engenharia Ltda.', companyAlternatives=['Constrular Engenharia', 'Constrular'], role='Engenheira Civil Sênior',
           start='2029-11-07T15:00', zone='America/Sao_Paulo', durationMinutes=90, interviewers=['Eduardo Nogueira', 'Patrícia Ramos'],
           notInterviewers=['Bruna Costa'], notes='Windows TZID E. South America Standard Time; "das 15h às 16h30".'))

F(id='pt-05', kind='invite', client='attach', user=UB, now='2029-12-07T11:40:00-03:00', userZone='America/Sao_Paulo', html=True, cte='base64', prefix='Fwd:',
  note='segue em anexo', attname='Convite Gupy.eml',
  orig={'from': ('Maré Alta Varejo via Gupy', 'naoresponda@gupy.io'), 'date': '2029-12-06T20:15:00-03:00',
  'subject': 'Você avançou para a etapa: Entrevista com o gestor',
  'body': '''Olá, Rafael!

Você avançou para a etapa "Entrevista com o gestor" da vaga Coordenador de E-commerce na Maré Alta Varejo.

Data: 14/12/2029
Horário: 10:00 - 10:45 (horário de Brasília)
Entrevistador: Felipe Araújo
Link: https://meet.google.com/qpw-ttro-zza

Boa sorte!
Equipe Maré Alta Varejo

Este e-mail foi enviado pela Gupy.'''},
  exp=dict(company='Maré Alta Varejo', companyAlternatives=['Maré Alta'], role='Coordenador de E-commerce', start='2029-12-14T10:00', zone='America/Sao_Paulo',
           durationMinutes=45, interviewers=['Felipe Araújo'], notInterviewers=[], notes='Gupy ATS; forwarded as attachment; base64 HTML.'))

F(id='pt-06', kind='invite', client='tb', user=UP, now='2029-10-23T19:10:00+01:00', userZone='Europe/Lisbon',
  ics=dict(mode='iana', tzid='Europe/Lisbon', vtz=('+0000', '+0100', 'EU'), zone='Europe/Lisbon', start='2029-10-30T11:00', dur=45,
           summary='Entrevista Product Owner - Inês Carvalho', organizer=('Joana Matos', 'joana.matos@tejodigital.pt'), location='Google Meet', place='mixed'),
  orig={'from': ('Joana Matos', 'joana.matos@tejodigital.pt'), 'date': '2029-10-23T18:44:00+01:00', 'subject': 'Entrevista Product Owner',
  'body': '''Olá Inês,

Obrigada pela disponibilidade! Fica então agendada a entrevista com o Miguel Ferreira, o nosso Head of Product, para terça-feira, 30 de outubro, às 11h (hora de Lisboa). Serão cerca de 45 minutos, por videochamada.

Envio o convite em anexo.

Até breve,
Joana Matos
Talent Acquisition – Tejo Digital, Lda.'''},
  exp=dict(company='Tejo Digital, Lda.', companyAlternatives=['Tejo Digital'], role='Product Owner', start='2029-10-30T11:00', zone='Europe/Lisbon',
           durationMinutes=45, interviewers=['Miguel Ferreira'], notInterviewers=['Joana Matos'], notes='Lisbon after EU DST change (WET).'))

F(id='pt-07', kind='invite', client='gmail', user=UB, now='2029-08-21T19:00:00-03:00', userZone='America/Sao_Paulo',
  orig={'from': ('Lucas Tavares', 'lucas@estudiocapim.com.br'), 'date': '2029-08-21T18:32:00-03:00', 'subject': 'Re: Portfólio',
  'body': '''Fechou! Combinado então, amanhã às 16h aqui no estúdio (Rua Harmonia, 512, Vila Madalena). A gente bate um papo de uns 40 min e te mostro o espaço.

Abs,
Lucas
Estúdio Capim

Em ter., 21 de ago. de 2029 às 11:20, Rafael Souza <rafael.souza.dev@gmail.com> escreveu:
> Oi Lucas! Posso amanhã à tarde ou quinta de manhã. Abraço, Rafael'''},
  exp=dict(company='Estúdio Capim', companyAlternatives=['Capim'], role=None, start='2029-08-22T16:00', zone='America/Sao_Paulo', durationMinutes=40,
           interviewers=['Lucas Tavares'], notInterviewers=[], notes='"amanhã às 16h" from mail date; informal thread.'))

F(id='pt-08', kind='invite', client='outlook', user=UP, now='2029-12-19T10:30:00+00:00', userZone='Europe/Lisbon', charset='iso-8859-1', cte='8bit',
  prefix='FW:',
  orig={'from': ('Sofia Pinto', 'sofia.pinto@clinica-atlantida.pt'), 'date': '2029-12-18T17:12:00+00:00',
  'subject': 'Entrevista - Técnico(a) Superior de Recursos Humanos',
  'body': '''Cara Inês,

Agradecemos o seu interesse na Clínica Atlântida. Tendo em conta a época festiva, propomos a entrevista para o dia 8 de janeiro de 2030 (terça-feira), às 14h30, nas nossas instalações em Cascais.

Estarão presentes a Dra. Helena Antunes, Diretora de Recursos Humanos, e o Sr. Rui Batista, Administrador. Prevemos cerca de 45 minutos.

Votos de Boas Festas,
Sofia Pinto
Assistente Administrativa
Clínica Atlântida'''},
  exp=dict(company='Clínica Atlântida', role='Técnico(a) Superior de Recursos Humanos', start='2030-01-08T14:30', zone='Europe/Lisbon', durationMinutes=45,
           interviewers=['Helena Antunes', 'Rui Batista'], notInterviewers=['Sofia Pinto'], notes='After the holidays; Dra./Sr. titles; iso-8859-1 8bit.'))

F(id='pt-09', kind='reschedule', client='gmail', user=UB, now='2029-09-24T12:05:00-03:00', userZone='America/Sao_Paulo',
  note='mudaram o horário',
  orig={'from': ('Débora Martins', 'debora.martins@agrovale.coop.br'), 'date': '2029-09-24T11:40:00-03:00', 'subject': 'RES: Entrevista Analista de Supply Chain',
  'body': '''Rafael, bom dia!

Precisamos remarcar: em vez de quinta às 10h, pode ser sexta às 14h? O Marcos vai estar em Chapecó na quinta.

Obrigada pela compreensão!
Débora

De: Débora Martins
Enviada em: segunda-feira, 17 de setembro de 2029 15:02
Para: Rafael Souza
Assunto: Entrevista Analista de Supply Chain

Olá Rafael, sua entrevista para Analista de Supply Chain na Agrovale Cooperativa está confirmada para quinta-feira, 27/09, às 10h, por vídeo, com o Marcos Vieira (Gerente de Logística). Duração: 1 hora.'''},
  exp=dict(company='Agrovale Cooperativa', companyAlternatives=['Agrovale'], role='Analista de Supply Chain', start='2029-09-28T14:00', zone='America/Sao_Paulo',
           durationMinutes=60, interviewers=['Marcos Vieira'], notInterviewers=['Débora Martins'],
           notes='Text-only: "em vez de quinta às 10h, pode ser sexta às 14h"; date only in quoted original.'))

F(id='pt-10', kind='reschedule', client='apple', user=UP, now='2029-11-12T09:20:00+00:00', userZone='Europe/Lisbon', html=True,
  ics=dict(mode='utc', zone='Europe/Lisbon', start='2029-11-20T09:30', dur=60, seq=1, summary='Entrevista Gestor(a) de Sinistros (reagendada)',
           organizer=('Carlos Monteiro', 'carlos.monteiro@segurosdouro.pt'), location='Seguros Douro - Av. da Boavista 1277, Porto', place='mixed'),
  orig={'from': ('Carlos Monteiro', 'carlos.monteiro@segurosdouro.pt'), 'date': '2029-11-11T20:10:00+00:00', 'subject': 'Reagendamento da entrevista',
  'body': '''Boa noite Inês,

Por motivos de agenda, não me será possível recebê-la na quinta-feira, 15 de novembro. Proponho terça-feira, dia 20, às 9h30, no mesmo local. Segue o convite atualizado.

Cumprimentos,
Carlos Monteiro
Diretor de Sinistros
Seguros Douro'''},
  exp=dict(company='Seguros Douro', role='Gestor(a) de Sinistros', start='2029-11-20T09:30', zone='Europe/Lisbon', durationMinutes=60, interviewers=['Carlos Monteiro'],
           notInterviewers=[], notes='Role only in the ICS SUMMARY; ICS in UTC with Lisbon time in text; duration only from DTEND.'))

F(id='pt-11', kind='rejection', client='gmail', user=UB, now='2029-11-06T08:30:00-03:00', userZone='America/Sao_Paulo',
  orig={'from': ('Leve Cosméticos | Talentos', 'talentos@levecosmeticos.com.br'), 'date': '2029-11-05T18:00:00-03:00', 'subject': 'Retorno do processo seletivo',
  'body': '''Olá Rafael,

Agradecemos sua participação no processo seletivo para Analista de Marketing na Leve Cosméticos.

Depois de muita reflexão, optamos por seguir com outro(a) candidato(a), cujo perfil está mais alinhado ao momento da área. Seu currículo continuará em nosso banco de talentos.

Desejamos sucesso!
Time de Talentos – Leve Cosméticos'''},
  exp=dict(company='Leve Cosméticos', role='Analista de Marketing', notes='Brazilian rejection.'))

F(id='pt-12', kind='offer', client='outlook', user=UP, now='2029-12-05T16:45:00+00:00', userZone='Europe/Lisbon', prefix='FW:',
  orig={'from': ('Tiago Rocha', 'tiago.rocha@navegar.pt'), 'date': '2029-12-05T15:02:00+00:00', 'subject': 'Proposta de contratação',
  'body': '''Olá Inês,

Foi um prazer conhecê-la ao longo do processo. Temos o gosto de lhe apresentar uma proposta para a função de Engenheira de Software na Navegar Software, S.A.:

- Remuneração base: 2.600 € brutos x 14 meses
- Subsídio de refeição em cartão
- Regime híbrido, 2 dias no escritório de Braga

Agradecemos a sua resposta até dia 12 de dezembro.

Cumprimentos,
Tiago Rocha
People Lead'''},
  exp=dict(company='Navegar Software, S.A.', companyAlternatives=['Navegar Software', 'Navegar'], role='Engenheira de Software', notInterviewers=['Tiago Rocha'],
           notes='Offer; reply-by date is the candidate deadline.'))

F(id='pt-13', kind='not-interview', client='gmail', user=UB, now='2029-09-13T22:40:00-03:00', userZone='America/Sao_Paulo', html=True,
  orig={'from': ('Itaúna Alimentos via Gupy', 'naoresponda@gupy.io'), 'date': '2029-09-13T22:31:00-03:00', 'subject': 'Recebemos sua candidatura! 🎉',
  'body': '''Olá, Rafael!

Recebemos sua candidatura para a vaga Estágio em Engenharia de Alimentos na Itaúna Alimentos.

Próxima etapa: teste online de lógica e inglês. Você tem até 20/09 às 23h59 para concluir.

Acompanhe seu processo pela Gupy.

Equipe Itaúna Alimentos'''},
  exp=dict(company='Itaúna Alimentos', role='Estágio em Engenharia de Alimentos', notes='ATS acknowledgement with online-test deadline as bait.'))

F(id='pt-14', kind='not-interview', client='apple', user=UP, now='2029-10-09T13:00:00+01:00', userZone='Europe/Lisbon',
  orig={'from': ('Beiramar Consultores', 'carreiras@beiramar.pt'), 'date': '2029-10-09T10:00:00+01:00', 'subject': 'Open Day Virtual Beiramar – inscreva-se!',
  'body': '''Olá Inês,

Está a pensar no próximo passo da sua carreira? Junte-se a nós no Open Day Virtual da Beiramar Consultores, na quarta-feira, 17 de outubro, às 18h00.

Vai conhecer as nossas equipas de Auditoria e Consultoria e conversar com recém-contratados. Duração: 1h30.

Inscrições: https://beiramar.pt/openday

Até lá!
Equipa de Recrutamento'''},
  exp=dict(company='Beiramar Consultores', companyAlternatives=['Beiramar'], role=None, durationMinutes=90, notes='Open day webinar invitation; bait date/time.'))

write_all(items)

S = 'America/Sao_Paulo'; L = 'Europe/Lisbon'
R = [
 ('2029-09-11T16:00:00', 'Banco Ipê S.A.', 'thank-you', 'mandei agradecimento pra renata e pro thiago', 'thanked', None, None, None),
 ('2029-10-04T15:30:00', 'Lusoverde Energia, S.A.', 'thank-you', 'já enviei o email de agradecimento', 'thanked', None, None, None, None, L),
 ('2029-10-22T12:40:00', 'Farmácias Bem Viver', 'thank-you', 'agradeci o sérgio pelo linkedin ✔️', 'thanked', None, None, None),
 ('2029-09-20T09:00:00', 'Banco Ipê S.A.', 'follow-up-1', 'mandei msg pra juliana cobrando retorno', 'followed-up', None, None, None),
 ('2029-10-18T11:20:00', 'Lusoverde Energia, S.A.', 'follow-up-2', 'liguei para os RH hoje de manhã', 'followed-up', None, None, None, None, L),
 ('2029-11-19T17:00:00', 'Constrular Engenharia Ltda.', 'follow-up-1', 'fiz o follow up ontem', 'followed-up', None, None, None),
 ('2029-09-12T10:00:00', 'Banco Ipê S.A.', 'thank-you', 'a juliana falou q dão retorno até sexta', 'decision-date', '2029-09-14', None, None, 'wd:fri'),
 ('2029-10-05T09:30:00', 'Lusoverde Energia, S.A.', 'thank-you', 'disseram que decidem até ao fim do mês', 'decision-date', '2029-10-31', None, None, 'eom', L),
 ('2029-10-23T08:15:00', 'Farmácias Bem Viver', 'follow-up-1', 'carol disse que o cliente responde na semana que vem, sexta', 'decision-date', '2029-11-02', None, None, 'nw:fri'),
 ('2029-11-08T18:00:00', 'Constrular Engenharia Ltda.', 'thank-you', 'só vão decidir dia 21, o diretor tá viajando', 'decision-date', '2029-11-21', None, None),
 ('2029-10-31T10:00:00', 'Tejo Digital, Lda.', 'thank-you', 'resposta daqui a uma semana', 'decision-date', '2029-11-07', None, None, '+7', L),
 ('2029-12-14T15:00:00', 'Maré Alta Varejo', 'thank-you', 'o felipe falou que só decidem depois das festas, lá pro dia 10 de janeiro', 'decision-date', '2030-01-10', None, None),
 ('2029-11-21T09:45:00', 'Seguros Douro', 'thank-you', 'o carlos disse que dá resposta em meados de dezembro', 'decision-date', '2029-12-15', None, None, 'mid:12', L),
 ('2029-09-18T14:00:00', 'Banco Ipê S.A.', 'follow-up-1', 'a juliana respondeu, ainda tão entrevistando', 'heard-back', None, None, None),
 ('2029-11-14T10:30:00', 'Tejo Digital, Lda.', 'follow-up-1', 'a joana respondeu mas sem novidades', 'heard-back', None, None, None, None, L),
 ('2029-09-14T17:00:00', 'Banco Ipê S.A.', 'follow-up-1', 'passei!! entrevista com o diretor dia 19 às 11h', 'next-round', '2029-09-19', '11:00', None),
 ('2029-10-08T09:00:00', 'Lusoverde Energia, S.A.', 'follow-up-1', 'segunda entrevista quinta às 15h', 'next-round', '2029-10-11', '15:00', None, 'wd:thu', L),
 ('2029-11-09T12:00:00', 'Constrular Engenharia Ltda.', 'follow-up-1', 'visita à obra na terça que vem às 8h', 'next-round', '2029-11-13', '08:00', None, 'wd:tue'),
 ('2029-11-01T16:30:00', 'Tejo Digital, Lda.', 'follow-up-1', 'tenho a fase final a 6/11 às 14h30', 'next-round', '2029-11-06', '14:30', None, None, L),
 ('2029-09-26T19:00:00', 'Banco Ipê S.A.', 'follow-up-2', 'RECEBI A PROPOSTA 🥳🥳', 'offer', None, None, 'offer'),
 ('2029-12-05T16:50:00', 'Navegar Software, S.A.', 'confirmation', 'fizeram-me uma proposta! vou aceitar', 'offer', None, None, 'offer', None, L),
 ('2029-11-06T08:35:00', 'Leve Cosméticos', 'confirmation', 'não passei', 'rejected', None, None, 'rejected'),
 ('2029-10-30T20:00:00', 'Farmácias Bem Viver', 'follow-up-2', 'a carol ligou, o cliente escolheu outra pessoa', 'rejected', None, None, 'rejected'),
 ('2029-10-19T13:00:00', 'Lusoverde Energia, S.A.', 'follow-up-2', 'recebi a resposta negativa da lusoverde', 'rejected', None, None, 'rejected', None, L),
 ('2029-12-09T11:00:00', 'Clínica Atlântida', 'confirmation', 'desisti da clínica, já aceitei a navegar', 'withdrawn', None, None, 'withdrawn', None, L),
 ('2029-09-25T08:00:00', 'Agrovale Cooperativa', 'prep', 'vou desistir dessa, não quero me mudar pra chapecó', 'withdrawn', None, None, 'withdrawn'),
 ('2029-09-21T07:30:00', 'Banco Ipê S.A.', 'follow-up-1', 'me lembra segunda', 'snooze', '2029-09-24', None, None, 'wd:mon'),
 ('2029-12-21T10:00:00', 'Maré Alta Varejo', 'follow-up-1', 'depois do ano novo a gente vê', 'snooze', None, None, None),
 ('2029-10-25T22:00:00', 'Lusoverde Energia, S.A.', 'follow-up-1', 'lembra-me amanhã', 'snooze', '2029-10-26', None, None, 'tomorrow', L),
 ('2029-11-12T08:00:00', 'Constrular Engenharia Ltda.', 'prep', 'daqui a 4 dias', 'snooze', '2029-11-16', None, None, '+4'),
 ('2029-11-06T08:40:00', 'Leve Cosméticos', 'confirmation', 'opa desfaz, foi sem querer', 'undo', None, None, None),
 ('2029-11-20T12:00:00', 'Leve Cosméticos', 'digest', 'a leve me chamou de novo!! reabre aí', 'reopen', None, None, None),
 ('2029-09-04T10:20:00', 'Banco Ipê S.A.', 'confirmation', 'na vdd é às 15h', 'correct', None, '15:00', None),
 ('2029-10-23T19:20:00', 'Tejo Digital, Lda.', 'confirmation', 'o cargo é Senior Product Owner', 'correct', None, None, None, None, L),
 ('2029-10-15T08:00:00', None, 'digest', 'como tão minhas candidaturas', 'status', None, None, None),
 ('2029-12-02T21:00:00', None, 'digest', 'me manda uma planilha com tudo', 'export', None, None, None),
 ('2029-08-22T09:00:00', None, 'confirmation', 'o que eu posso te pedir?', 'help', None, None, None),
 ('2029-09-14T08:00:00', 'Itaúna Alimentos', 'confirmation', 'apaga essa da itaúna', 'forget', None, None, None),
 ('2029-09-11T15:30:00', 'Banco Ipê S.A.', 'thank-you', 'foi tranquilo, a renata é gente boa', 'none', None, None, None),
 ('2029-10-21T22:00:00', 'Farmácias Bem Viver', 'prep', 'vou de social ou esporte fino?', 'none', None, None, None),
 ('2029-11-12T19:00:00', 'Constrular Engenharia Ltda.', 'follow-up-1', 'meu amigo recebeu proposta da constrular, eu ainda nada', 'none', None, None, None),
 ('2029-12-16T14:00:00', 'Maré Alta Varejo', 'follow-up-1', 'se me recusarem vou tentar o concurso', 'none', None, None, None),
 ('2029-11-16T10:00:00', 'Tejo Digital, Lda.', 'follow-up-1', 'ainda não recebi recusa nenhuma, bom sinal?', 'none', None, None, None, None, L),
 ('2029-12-06T12:00:00', 'Navegar Software, S.A.', 'confirmation', 'o meu chefe fez-me uma contraproposta para eu ficar', 'none', None, None, None, None, L),
 ('2029-11-22T18:00:00', 'Seguros Douro', 'follow-up-1', 'o banco recusou-me o crédito habitação 🙄 nada a ver com isto', 'none', None, None, None, None, L),
 ('2029-10-22T09:10:00', 'Farmácias Bem Viver', 'prep', 'me ofereceram um cafezinho na recepção kkk', 'none', None, None, None),
 ('2029-11-26T09:00:00', 'Constrular Engenharia Ltda.', 'move-on', 'não fecha ainda não', 'none', None, None, None),
 ('2029-09-10T23:00:00', 'Banco Ipê S.A.', 'prep', 'blz', 'none', None, None, None),
 ('2029-12-18T10:00:00', 'Maré Alta Varejo', 'digest', 'será que é normal demorar assim?', 'none', None, None, None),
 ('2029-10-01T20:00:00', 'Agrovale Cooperativa', 'digest', 'fui contratado kkkk mentira, nada ainda', 'none', None, None, None),
]
write_replies('pt', S, R)
