from lib import *

SP, LIS, REC = 'America/Sao_Paulo', 'Europe/Lisbon', 'America/Recife'

F = []
F.append(dict(id='pt-01', kind='invite', now='2029-01-17 09:35', uz=SP, client='outlook', cs='windows-1252', cte='quoted-printable',
 user=('Gabriel Souza', 'gabriel.souza@outlook.com.br'), **{'from': ('Juliana Prado', 'juliana.prado@ipeamarelo.com.br')}, odate='2029-01-16 18:22',
 subj='Convite para entrevista – Engenheiro(a) Civil Pleno', note='Segue convite.',
 body='''Olá, Gabriel! Tudo bem?

Agradecemos seu interesse na vaga de Engenheiro(a) Civil Pleno na Construtora Ipê Amarelo Ltda.

Gostaríamos de convidá-lo para uma entrevista presencial na quinta-feira, 25/01, às 14h, em nosso escritório da Av. Paulista, 1842 – 9º andar.

Você conversará com o Eng. Paulo Mendes, gerente de obras, e com Renata Alves, do RH. A conversa deve durar cerca de 1 hora.

Por favor, confirme sua presença respondendo este e-mail.

Abraços,
Juliana Prado
Analista de Recrutamento e Seleção''',
 exp=dict(company='Construtora Ipê Amarelo Ltda.', alts=['Construtora Ipê Amarelo', 'Ipê Amarelo'], role='Engenheiro(a) Civil Pleno', start='2029-01-25T14:00', zone=SP, dur=60,
          iv=['Paulo Mendes', 'Renata Alves'], niv=['Juliana Prado', 'Gabriel Souza'], notes='Outlook ENC: Brazilian; "25/01, às 14h"; HR person on the panel; Eng. title.')))

F.append(dict(id='pt-02', kind='invite', now='2029-02-12 10:10', uz=LIS, client='gmail',
 user=('Beatriz Santos', 'beatriz.santos@sapo.pt'), **{'from': ('Catarina Lopes', 'catarina.lopes@atlanticonorte.pt')}, odate='2029-02-09 16:45',
 subj='Entrevista – Analista de Risco de Crédito', note='',
 body='''Cara Beatriz,

Na sequência da sua candidatura, temos o prazer de a convidar para uma entrevista para a função de Analista de Risco de Crédito no Banco Atlântico Norte.

A entrevista realizar-se-á na terça-feira, 20 de fevereiro, às 10h00, nas nossas instalações da Avenida da Liberdade, 190, em Lisboa, e terá a duração de 45 minutos.

Estarão presentes o Dr. Rui Carvalho, Diretor de Risco, e a Dra. Inês Matos, Coordenadora de Crédito a Empresas.

Com os melhores cumprimentos,
Catarina Lopes
Recursos Humanos – Banco Atlântico Norte''',
 exp=dict(company='Banco Atlântico Norte', alts=['Atlântico Norte'], role='Analista de Risco de Crédito', start='2029-02-20T10:00', zone=LIS, dur=45,
          iv=['Rui Carvalho', 'Inês Matos'], niv=['Catarina Lopes', 'Beatriz Santos'], notes='European Portuguese; Dr./Dra. titles; Gmail forward without note.')))

F.append(dict(id='pt-03', kind='invite', now='2029-03-05 12:50', uz=SP, client='apple', variant='br', html=False, cte='8bit',
 user=('Rafael Oliveira', 'rafael.oliveira@icloud.com'), **{'from': ('Bruno Teixeira', 'bruno@hunterpaulista.com.br')}, odate='2029-03-05 11:30',
 subj='Entrevista Laticínios Serra Verde - confirmada!', note='Enviado do meu iPhone',
 body='''Fala, Rafael!

Confirmado com o cliente: entrevista para Gerente Comercial na Laticínios Serra Verde S.A.

Segunda, 12/03, às 9h30
Rod. Anhanguera, km 104 – Campinas/SP
Com Marcelo Duarte, Diretor Comercial. Eu também vou participar, te encontro na recepção.
Reserve 1h30.

Boa sorte!
Bruno Teixeira
Hunter Paulista – Executive Search''',
 exp=dict(company='Laticínios Serra Verde S.A.', alts=['Laticínios Serra Verde', 'Serra Verde'], role='Gerente Comercial', start='2029-03-12T09:30', zone=SP, dur=90,
          iv=['Marcelo Duarte', 'Bruno Teixeira'], niv=['Rafael Oliveira'], notes='Brazilian agency; consultant attends; "1h30".')))

F.append(dict(id='pt-04', kind='invite', now='2029-03-22 17:25', uz=LIS, client='outlook', cal_inline=True,
 user=('Tiago Ferreira', 'tiago.ferreira@hotmail.pt'), **{'from': ('Marta Pinto', 'marta.pinto@texteisdoave.pt')}, odate='2029-03-22 15:02',
 subj='Convite: Entrevista Técnico de Qualidade', note='Para a semana',
 body='''Boa tarde Tiago,

Envio em anexo o convite para a entrevista para Técnico de Qualidade.

Data: quarta-feira, 28 de março de 2029
Hora: das 15h00 às 16h00
Local: Têxteis do Ave, S.A. – Rua da Fábrica, 55, Vila Nova de Famalicão

Será recebido pela Eng.ª Sofia Ribeiro, Diretora de Qualidade.

Cumprimentos,
Marta Pinto
Departamento de Pessoas''',
 ics=ics('Entrevista Técnico de Qualidade - Tiago Ferreira', '2029-03-28 15:00', '2029-03-28 16:00', 'GMT Standard Time',
         ('Marta Pinto', 'marta.pinto@texteisdoave.pt'), [('Sofia Ribeiro', 'sofia.ribeiro@texteisdoave.pt'), ('Tiago Ferreira', 'tiago.ferreira@hotmail.pt')],
         'Têxteis do Ave - Famalicão', uid='040000008200E00074C5B7101A82E00800000000PT04'),
 exp=dict(company='Têxteis do Ave, S.A.', alts=['Têxteis do Ave'], role='Técnico de Qualidade', start='2029-03-28T15:00', zone=LIS, dur=60,
          iv=['Sofia Ribeiro'], niv=['Marta Pinto', 'Tiago Ferreira'], notes='Windows TZID "GMT Standard Time" (Lisbon/London); crosses EU DST (WET→WEST).')))

F.append(dict(id='pt-05', kind='invite', now='2029-04-06 21:15', uz=SP, client='thunderbird', attach=True, ocs='iso-8859-1', octe='8bit', cte='quoted-printable',
 user=('Aline Costa', 'aline.costa@uol.com.br'), **{'from': ('Patrícia Nunes', 'patricia.nunes@farmavida.com.br')}, odate='2029-04-06 14:40',
 subj='Entrevista - Coordenadora de Loja', note='Oi! Segue em anexo o e-mail da Farmavida.\n\nAline',
 body='''Olá Aline,

Tudo bem? Gostaria de marcar uma entrevista com você para a vaga de Coordenadora de Loja da Rede Farmavida, unidade Tijuca.

Pode ser na sexta-feira, 13 de abril, às 10h, na própria loja (Rua Conde de Bonfim, 400)? Eu vou conduzir a conversa, que leva uns 30 min.

Daremos um retorno até o dia 20 de abril.

Abs,
Patrícia Nunes
Gerente Regional - Rede Farmavida''',
 exp=dict(company='Rede Farmavida', alts=['Farmavida'], role='Coordenadora de Loja', start='2029-04-13T10:00', zone=SP, dur=30,
          iv=['Patrícia Nunes'], niv=['Aline Costa'], dd='2029-04-20', notes='Forward as attachment; ISO-8859-1 8bit inside; Rio (São Paulo zone); decision date promised.')))

F.append(dict(id='pt-06', kind='invite', now='2029-05-02 14:05', uz=SP, client='gmail',
 user=('Larissa Moreira', 'lari.moreira@gmail.com'), **{'from': ('NuvemPay via Recrutei', 'naoresponda@recrutei.com.br')}, odate='2029-05-02 13:58',
 subj='Sua entrevista na NuvemPay foi agendada', note='',
 body='''Oi, Larissa!

Sua entrevista foi agendada com sucesso.

Vaga: Desenvolvedora Mobile Sênior
Empresa: NuvemPay
Data: quarta-feira, 9 de maio
Horário: 15h às 15h45 (horário de Brasília)
Entrevistadores: Thiago Rocha e Larissa Campos
Local: Google Meet

Este e-mail foi enviado automaticamente pela Recrutei em nome da NuvemPay.''',
 ics=ics('Entrevista NuvemPay', '2029-05-09 15:00', '2029-05-09 15:45', None, ('Recrutei', 'naoresponda@recrutei.com.br'),
         [('Thiago Rocha', 'thiago.rocha@nuvempay.com.br'), ('Larissa Campos', 'larissa.campos@nuvempay.com.br')], 'Google Meet', utc_zone=SP, uid='rec-88213'),
 exp=dict(company='NuvemPay', alts=[], role='Desenvolvedora Mobile Sênior', start='2029-05-09T15:00', zone=SP, dur=45,
          iv=['Thiago Rocha', 'Larissa Campos'], niv=['Larissa Moreira'], notes='ATS (Recrutei) not the company; ICS in UTC; an interviewer shares the first name with the user.')))

F.append(dict(id='pt-07', kind='invite', now='2029-06-14 19:00', uz=REC, client='apple', variant='br', html=False,
 user=('Felipe Araújo', 'felipe.araujo@icloud.com'), **{'from': ('Carlos Eduardo Lima', 'cadu.lima@portodigitalsolucoes.com.br')}, odate='2029-06-14 16:20',
 subj='Papo rápido amanhã?', note='amanhã cedo',
 body='''E aí Felipe, beleza?

Vi seu currículo pra vaga de Analista de Suporte. Topa um papo rápido por telefone amanhã (sexta) às 16h? Coisa de uns 20 minutos. Te ligo no número do currículo.

Valeu!
Carlos Eduardo Lima
Coordenador de TI – Porto Digital Soluções''',
 exp=dict(company='Porto Digital Soluções', alts=[], role='Analista de Suporte', start='2029-06-15T16:00', zone=REC, dur=20,
          iv=['Carlos Eduardo Lima'], niv=['Felipe Araújo'], notes='"amanhã (sexta) às 16h" relative to the original; user note "amanhã cedo" is misleading; Recife zone.')))

F.append(dict(id='pt-08', kind='invite', now='2029-06-05 09:20', uz=LIS, client='outlook', variant='original',
 user=('Joana Martins', 'joana.martins@outlook.pt'), **{'from': ('Ana Rita Fernandes', 'anarita.fernandes@saboresdotejo.pt')}, odate='2029-06-04 18:40',
 subj='RE: Diretor de Operações – próxima fase', note='Ficou para terça.',
 body='''Olá Joana,

Combinado: terça-feira, 12 de junho, às 17h, na nossa sede em Alcântara. Estaremos eu e o Miguel Sousa, CEO do Grupo Sabores do Tejo.

Até lá,
Ana Rita Fernandes
Talent Manager

-----Mensagem original-----
De: Joana Martins <joana.martins@outlook.pt>
Enviada: segunda-feira, 4 de junho de 2029 12:03
Para: Ana Rita Fernandes <anarita.fernandes@saboresdotejo.pt>
Assunto: RE: Diretor de Operações – próxima fase

Boa tarde Ana Rita, na segunda tenho outro compromisso. Pode ser a segunda opção?

-----Mensagem original-----
De: Ana Rita Fernandes
Enviada: sexta-feira, 1 de junho de 2029 10:15
Assunto: Diretor de Operações – próxima fase

Teria disponibilidade na segunda, 11 de junho às 11h, ou na terça, 12 de junho às 17h?''',
 exp=dict(company='Grupo Sabores do Tejo', alts=['Sabores do Tejo'], role='Diretor de Operações', start='2029-06-12T17:00', zone=LIS, dur=None,
          iv=['Ana Rita Fernandes', 'Miguel Sousa'], niv=['Joana Martins'], notes='Thread with two options; sender attends ("Estaremos eu e...").')))

F.append(dict(id='pt-09', kind='reschedule', now='2029-02-02 08:45', uz=SP, client='gmail',
 user=('Vinícius Ribeiro', 'vini.ribeiro@gmail.com'), **{'from': ('Fábio Martins', 'fabio.martins@agrocerrado.com.br')}, odate='2029-02-01 17:30',
 subj='Remarcação da nossa conversa', note='remarcaram',
 body='''Oi Vinícius,

Surgiu uma viagem para a fazenda de Rio Verde e vou precisar remarcar nossa conversa sobre a vaga de Analista Financeiro. Podemos passar de terça (06/02) às 11h para quarta (07/02) às 15h30? Continua sendo por Teams.

Obrigado pela compreensão,
Fábio Martins
Controller – Agro Cerrado Insumos''',
 exp=dict(company='Agro Cerrado Insumos', alts=['Agro Cerrado'], role='Analista Financeiro', start='2029-02-07T15:30', zone=SP, dur=None,
          iv=['Fábio Martins'], niv=['Vinícius Ribeiro'], notes='Text-only reschedule by the interviewer; dd/mm in parentheses.')))

F.append(dict(id='pt-10', kind='reschedule', now='2029-04-16 11:40', uz=LIS, client='outlook', cal_inline=True, cs='iso-8859-1', cte='quoted-printable', hcs='iso-8859-1',
 user=('Rita Gonçalves', 'rita.goncalves@gmail.com'), **{'from': ('Joana Reis', 'joana.reis@lusomar.pt')}, odate='2029-04-16 10:05',
 subj='Alteração: Entrevista Product Owner', note='',
 body='''Olá Rita,

Por indisponibilidade do Pedro Antunes (Head of Digital), a sua entrevista passa de quinta-feira, 19 de abril, às 14h30, para sexta-feira, 20 de abril, às 10h00. Mantém-se a duração de uma hora, por Teams.

Obrigada,
Joana Reis
Talent Acquisition - Seguradora Lusomar''',
 ics=ics('Entrevista Product Owner (alterada)', '2029-04-20 10:00', '2029-04-20 11:00', '(UTC+00:00) Dublin, Edimburgo, Lisboa, Londres',
         ('Joana Reis', 'joana.reis@lusomar.pt'), [('Pedro Antunes', 'pedro.antunes@lusomar.pt'), ('Rita Gonçalves', 'rita.goncalves@gmail.com')], 'Microsoft Teams', uid='lus-po-0420'),
 exp=dict(company='Seguradora Lusomar', alts=['Lusomar'], role='Product Owner', start='2029-04-20T10:00', zone=LIS, dur=60,
          iv=['Pedro Antunes'], niv=['Joana Reis', 'Rita Gonçalves'], notes='Windows display-name TZID in Portuguese; ISO-8859-1; UTC+00:00 label although Lisbon is UTC+1 in April.')))

F.append(dict(id='pt-11', kind='rejection', now='2029-03-14 20:05', uz=SP, client='thunderbird',
 user=('Aline Costa', 'aline.costa@uol.com.br'), **{'from': ('Editora Jabuticaba', 'vagas@editorajabuticaba.com.br')}, odate='2029-03-14 17:00',
 subj='Retorno do processo seletivo – Revisora de Textos', note='não rolou',
 body='''Olá, Aline.

Agradecemos muito sua participação no processo seletivo para Revisora de Textos e a conversa do dia 6 de março.

Infelizmente, neste momento, seguiremos com outra candidata. Seu currículo ficará em nosso banco de talentos.

Desejamos sucesso!
Equipe de Pessoas – Editora Jabuticaba''',
 exp=dict(company='Editora Jabuticaba', alts=['Jabuticaba'], role='Revisora de Textos', niv=['Aline Costa'], notes='Brazilian rejection.')))

F.append(dict(id='pt-12', kind='offer', now='2029-05-22 13:30', uz=LIS, client='gmail', cs='iso-8859-1', cte='8bit',
 user=('Tiago Ferreira', 'tiago.ferreira@hotmail.pt'), **{'from': ('Luís Marques', 'luis.marques@dourodigital.pt')}, odate='2029-05-22 11:10',
 subj='Proposta de contratação - Engenheiro de Redes', note='Finalmente!',
 body='''Caro Tiago,

Temos o prazer de lhe apresentar a nossa proposta para a função de Engenheiro de Redes na Infraestruturas Douro Digital, Lda.:

- Remuneração base: 2.650 EUR x 14 meses
- Subsídio de refeição em cartão
- Início: 2 de julho de 2029, no Porto

Agradecemos resposta até 29 de maio.

Cumprimentos,
Luís Marques
Diretor de Recursos Humanos''',
 exp=dict(company='Infraestruturas Douro Digital, Lda.', alts=['Infraestruturas Douro Digital', 'Douro Digital'], role='Engenheiro de Redes', niv=['Luís Marques', 'Tiago Ferreira'],
          notes='Offer; candidate deadline → decisionDate null; ISO-8859-1 8bit.')))

F.append(dict(id='pt-13', kind='not-interview', now='2029-01-23 10:00', uz=SP, client='outlook',
 user=('Gabriel Souza', 'gabriel.souza@outlook.com.br'), **{'from': ('Moda Carioca Carreiras', 'carreiras@modacarioca.com.br')}, odate='2029-01-22 09:00',
 subj='Recebemos sua candidatura!', note='',
 body='''Oi, Gabriel!

Confirmamos o recebimento da sua candidatura para Visual Merchandiser na Moda Carioca S.A. Nosso time vai analisar seu perfil com carinho.

Enquanto isso, que tal conhecer melhor a gente? Vamos fazer uma live no Instagram na quinta-feira, 25/01, às 19h, sobre carreira no varejo de moda.

Beijos,
Time de Gente – Moda Carioca''',
 exp=dict(company='Moda Carioca S.A.', alts=['Moda Carioca'], role='Visual Merchandiser', notes='Acknowledgement plus a live-stream date/time bait.')))

F.append(dict(id='pt-14', kind='not-interview', now='2029-03-10 11:20', uz=LIS, client='apple', html=False,
 user=('Beatriz Santos', 'beatriz.santos@sapo.pt'), **{'from': ('Farmacêutica Alvorada', 'talento@alvorada-farma.pt')}, odate='2029-03-09 15:00',
 subj='Open Day Alvorada 2029 – inscrições abertas', note='vale a pena?',
 body='''Olá Beatriz,

Convidamo-la para o nosso Open Day, no sábado, 24 de março, das 14h30 às 18h, no nosso centro de I&D em Oeiras. Visitas aos laboratórios, conversas com a equipa e informação sobre estágios e vagas.

Inscrições até 20 de março. Não se trata de uma entrevista.

Equipa de Talento – Farmacêutica Alvorada''',
 exp=dict(company='Farmacêutica Alvorada', alts=['Alvorada'], role=None, notes='Open day invitation; explicitly not an interview.')))

IA, AN, SV, TA = 'Construtora Ipê Amarelo Ltda.', 'Banco Atlântico Norte', 'Laticínios Serra Verde S.A.', 'Têxteis do Ave, S.A.'
FV, NP, ST, AC = 'Rede Farmavida', 'NuvemPay', 'Grupo Sabores do Tejo', 'Agro Cerrado Insumos'
R = [
 ('2029-01-25T19:40:00', SP, IA, 'thank-you', 'mandei o agradecimento pro paulo e pra renata', 'thanked', None, None, None),
 ('2029-02-20T16:00:00', LIS, AN, 'thank-you', 'Já enviei o email de agradecimento 😊', 'thanked', None, None, None),
 ('2029-05-10T08:30:00', SP, NP, 'thank-you', 'agradeci os dois no linkedin ontem', 'thanked', None, None, None),
 ('2029-02-08T11:00:00', SP, IA, 'follow-up-1', 'mandei msg pra juliana perguntando do processo', 'followed-up', None, None, None),
 ('2029-04-11T15:20:00', LIS, TA, 'follow-up-1', 'liguei para a Marta hoje de manhã', 'followed-up', None, None, None),
 ('2029-05-24T10:10:00', SP, NP, 'follow-up-2', 'fiz o follow up de novo, dessa vez pro thiago direto', 'followed-up', None, None, None),
 ('2029-01-29T09:00:00', SP, IA, 'follow-up-1', 'juliana falou que decidem até sexta', 'decision-date', 'wd:fri', None, None),
 ('2029-02-26T12:40:00', LIS, AN, 'follow-up-1', 'disseram que têm uma resposta até meados de março', 'decision-date', 'mid:3', None, None),
 ('2029-03-14T18:00:00', SP, SV, 'follow-up-1', 'ainda não recusaram kkk, bruno disse que o diretor decide no dia 23', 'decision-date', 'md:03-23', None, None, 'T'),
 ('2029-04-02T10:30:00', LIS, TA, 'follow-up-1', 'sem decisão até ao fim do mês, dizem eles', 'decision-date', 'eom:4', None, None, 'T'),
 ('2029-05-11T20:00:00', SP, NP, 'prep', 'acho que fui bem. retorno em 7 dias', 'decision-date', '+7', None, None),
 ('2029-06-13T14:00:00', LIS, ST, 'thank-you', 'obrigado enviado. a ana rita disse que me dão resposta na quarta da próxima semana', 'decision-date', 'nw:wed', None, None),
 ('2029-02-09T17:15:00', SP, AC, 'follow-up-1', 'nada decidido ainda, o fábio disse que me dá um retorno dia 16', 'decision-date', 'md:02-16', None, None, 'T'),
 ('2029-03-20T11:00:00', SP, SV, 'follow-up-2', 'o bruno me respondeu, o cliente ainda tá entrevistando gente', 'heard-back', None, None, None, 'T'),
 ('2029-04-27T09:00:00', LIS, 'Seguradora Lusomar', 'follow-up-1', 'a lusomar respondeu, nada de novo mas continuo no processo', 'heard-back', None, None, None, 'T'),
 ('2029-01-31T13:00:00', SP, IA, 'digest', 'segunda etapa dia 5/2 às 10h com o diretor', 'next-round', 'md:02-05', '10:00', None),
 ('2029-03-01T18:20:00', LIS, AN, 'follow-up-1', 'tenho 2ª entrevista na segunda às 15h', 'next-round', 'wd:mon', '15:00', None),
 ('2029-04-16T12:00:00', SP, FV, 'thank-you', 'me chamaram pra conversar com a diretora amanhã às 9', 'next-round', '+1', '09:00', None),
 ('2029-05-15T19:00:00', SP, NP, 'follow-up-1', 'case técnico na segunda 21/05 as 14h', 'next-round', '2029-05-21', '14:00', None),
 ('2029-03-27T21:30:00', SP, SV, 'follow-up-2', 'PASSEI!!! recebi a proposta hj 🎉', 'offer', None, None, 'offer'),
 ('2029-04-19T13:00:00', SP, FV, 'follow-up-1', 'a Farmavida me ofereceu a vaga!', 'offer', None, None, 'offer'),
 ('2029-02-14T08:30:00', SP, IA, 'follow-up-2', 'não passei na construtora', 'rejected', None, None, 'rejected'),
 ('2029-03-12T16:45:00', LIS, AN, 'follow-up-2', 'recebi a resposta: não avançam com a minha candidatura', 'rejected', None, None, 'rejected'),
 ('2029-04-23T10:00:00', LIS, TA, 'move-on', 'pois, recusaram-me na semana passada', 'rejected', None, None, 'rejected'),
 ('2029-05-20T22:00:00', SP, NP, 'follow-up-2', 'desisti da nuvempay, não quero mais', 'withdrawn', None, None, 'withdrawn'),
 ('2029-02-20T07:30:00', SP, AC, 'follow-up-1', 'avisei o fábio que vou sair do processo da agro cerrado, aceitei outra coisa', 'withdrawn', None, None, 'withdrawn'),
 ('2029-02-01T09:15:00', SP, IA, 'follow-up-1', 'me lembra amanhã', 'snooze', '+1', None, None),
 ('2029-03-05T19:45:00', LIS, AN, 'follow-up-2', 'lembra-me outra vez na próxima sexta', 'snooze', 'wd:fri', None, None),
 ('2029-04-30T08:00:00', LIS, TA, 'follow-up-2', 'ainda sem resposta, volta a perguntar mais tarde', 'snooze', None, None, None, 'T'),
 ('2029-05-28T12:00:00', SP, NP, 'follow-up-1', 'me cobra isso dia 4 de junho', 'snooze', '2029-06-04', None, None),
 ('2029-04-23T10:03:00', LIS, TA, 'move-on', 'desfaz, mandei sem querer', 'undo', None, None, None),
 ('2029-04-25T18:30:00', LIS, TA, 'digest', 'reabre a têxteis do ave por favor, afinal ligaram outra vez', 'reopen', None, None, None, 'T'),
 ('2029-01-18T08:00:00', SP, IA, 'confirmation', 'é 14h e não 16h', 'correct', None, '14:00', None),
 ('2029-03-06T09:30:00', SP, SV, 'confirmation', 'a vaga é gerente comercial, não coordenador', 'correct', None, None, None),
 ('2029-04-08T10:00:00', SP, None, 'digest', 'quais processos estão abertos?', 'status', None, None, None),
 ('2029-06-02T15:00:00', LIS, None, 'digest', 'exporta tudo para excel, se faz favor', 'export', None, None, None),
 ('2029-01-10T20:00:00', SP, None, 'digest', 'oq eu posso te mandar?', 'help', None, None, None),
 ('2029-01-24T08:00:00', SP, 'Moda Carioca S.A.', 'confirmation', 'apaga essa da moda carioca, é só confirmação de recebimento', 'forget', None, None, None),
 ('2029-01-26T10:00:00', SP, IA, 'prep', 'valeu!', 'none', None, None, None),
 ('2029-02-22T12:30:00', LIS, AN, 'follow-up-1', 'a minha colega foi recusada no banco, espero não ser a próxima', 'none', None, None, None, 'T'),
 ('2029-03-18T22:10:00', SP, SV, 'follow-up-1', 'e se eles disserem não?', 'none', None, None, None, 'T'),
 ('2029-04-14T11:00:00', SP, FV, 'digest', 'meu chefe fez uma contraproposta pra eu ficar 🤔', 'none', None, None, None, 'T'),
 ('2029-05-08T09:00:00', SP, NP, 'prep', 'o banco negou meu financiamento do apê, que semana', 'none', None, None, None, 'T'),
 ('2029-06-15T10:30:00', REC, 'Porto Digital Soluções', 'prep', 'o carlos me chamou pra tomar um café depois, gente boa', 'none', None, None, None, 'T'),
 ('2029-03-27T08:00:00', LIS, TA, 'prep', 'não vou desistir, só estou nervoso', 'none', None, None, None, 'T'),
 ('2029-06-10T19:00:00', LIS, ST, 'prep', 'que perguntas costumam fazer para diretor de operações?', 'none', None, None, None, 'T'),
 ('2029-05-03T21:00:00', SP, NP, 'prep', 'blz', 'none', None, None, None),
 ('2029-04-10T17:00:00', SP, FV, 'prep', 'se me oferecerem a vaga eu aceito na hora', 'none', None, None, None, 'T'),
 ('2029-02-10T13:00:00', SP, AC, 'follow-up-1', 'fui contratado!! brincadeira, nada ainda', 'none', None, None, None, 'T'),
 ('2029-05-24T18:00:00', LIS, 'Infraestruturas Douro Digital, Lda.', 'digest', 'ainda não respondi à proposta, estou a pensar', 'none', None, None, None, 'T'),
]

if __name__ == '__main__':
    write_lang('pt', F, R, datecalc)
