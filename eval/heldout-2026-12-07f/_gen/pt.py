from mime import build_all, ics

U1 = ('Larissa Fonseca', 'larissa.fonseca@gmail.com')
U2 = ('João Pedro Silva', 'jp.silva@sapo.pt')
U3 = ('Thiago Moraes', 'thiago.moraes@uol.com.br')
U4 = ('Mariana Couto', 'mariana.couto@outlook.pt')
U5 = ('Rafael Batista', 'rafa.batista@hotmail.com')

items = [
dict(id='pt-01', kind='invite', now='2030-03-12T08:40:00-03:00', userZone='America/Sao_Paulo', user=U1,
 subj='Fwd: Convite para entrevista – Engenheiro(a) Civil Pleno', cs='utf-8', cte='quoted-printable',
 body="""coloca essa na agenda pf

---------- Forwarded message ---------
De: Beatriz Nogueira <beatriz.nogueira@ipeamarelo.com.br>
Date: seg., 11 de mar. de 2030 às 16:14
Subject: Convite para entrevista – Engenheiro(a) Civil Pleno
To: <larissa.fonseca@gmail.com>


Olá, Larissa! Tudo bem?

Agradecemos seu interesse na vaga de Engenheiro(a) Civil Pleno da Construtora Ipê Amarelo Ltda. Gostaríamos de convidá-la para uma entrevista presencial:

📅 Quinta-feira, 21/03, às 14h
📍 Av. Paulista, 1842 – 9º andar – São Paulo/SP
⏱ Duração: 1 hora

Você conversará com Ricardo Almeida (Gerente de Obras) e Fernanda Lopes (Coordenadora de Projetos).

Por favor, confirme sua presença respondendo este e-mail.

Abraços,
Beatriz Nogueira
Analista de Recrutamento e Seleção
""",
 exp=dict(company='Construtora Ipê Amarelo Ltda.', alt=['Construtora Ipê Amarelo', 'Ipê Amarelo'], role='Engenheiro(a) Civil Pleno',
  start='2030-03-21T14:00', zone='America/Sao_Paulo', dur=60, iv=['Ricardo Almeida', 'Fernanda Lopes'], niv=['Beatriz Nogueira', 'Larissa Fonseca'],
  notes='Brazilian numeric date 21/03 and "14h"; emoji bullets; analyst only schedules')),

dict(id='pt-02', kind='invite', now='2030-03-27T17:00:00+00:00', userZone='Europe/Lisbon', user=U2,
 subj='ENC: Entrevista – Gestor(a) de Sinistros', cs='windows-1252', cte='quoted-printable', xmailer='Microsoft Outlook 16.0',
 body="""Para registar.

De: Rita Pinto <rita.pinto@navegarseguros.pt>
Enviada: 27 de março de 2030 15:32
Para: João Pedro Silva <jp.silva@sapo.pt>
Assunto: Entrevista – Gestor(a) de Sinistros

Caro João Pedro,

Na sequência da sua candidatura, vimos convidá-lo para uma entrevista para a função de Gestor(a) de Sinistros na Navegar Seguros, S.A., na terça-feira, 2 de abril, às 10h00, nas nossas instalações da Avenida da Liberdade, 190, Lisboa.

A entrevista será conduzida pela Dr.ª Inês Carvalho, Diretora de Sinistros, e pelo Eng. Tiago Faria, Responsável de Sistemas, e terá a duração de cerca de 45 minutos.

Segue em anexo a convocatória.

Com os melhores cumprimentos,
Rita Pinto
Recursos Humanos – Navegar Seguros, S.A.
""",
 ics=ics('GMT Standard Time', '20300402T100000', '20300402T104500', 'Entrevista João Pedro Silva – Gestor(a) de Sinistros',
         ('Rita Pinto', 'rita.pinto@navegarseguros.pt'), [('João Pedro Silva', 'jp.silva@sapo.pt'), ('Inês Carvalho', 'ines.carvalho@navegarseguros.pt'), ('Tiago Faria', 'tiago.faria@navegarseguros.pt')],
         'Avenida da Liberdade, 190, Lisboa', std='+0000', dst='+0100', uid='pt02'),
 exp=dict(company='Navegar Seguros, S.A.', alt=['Navegar Seguros'], role='Gestor(a) de Sinistros', start='2030-04-02T10:00', zone='Europe/Lisbon',
  dur=45, iv=['Inês Carvalho', 'Tiago Faria'], niv=['Rita Pinto', 'João Pedro Silva'],
  notes='Portugal; Dr.ª/Eng. titles; Windows TZID "GMT Standard Time" for Lisbon across the EU DST change; windows-1252')),

dict(id='pt-03', kind='invite', now='2030-02-27T19:00:00-03:00', userZone='America/Sao_Paulo', user=U3,
 subj='Fwd: Entrevista Fintech Jabuti', cs='utf-8', cte='8bit', xmailer='Apple Mail (2.3774.400.31)',
 body="""depois do carnaval tem essa



Início da mensagem encaminhada:

De: Gustavo Rezende <gustavo@jabuti.finance>
Assunto: Entrevista Fintech Jabuti
Data: 27 de fevereiro de 2030 às 15:22:08 BRT
Para: Thiago Moraes <thiago.moraes@uol.com.br>

Fala, Thiago!

Curtimos muito seu case para a vaga de Analista de Dados Sênior. Bora marcar a entrevista técnica depois do Carnaval? Pode ser na quinta, 7 de março, às 10h30, pelo Meet.

Vamos estar eu e o Leandro Sato, nosso Head de Dados. Coisa de uns 50 minutos.

Abs,
Gustavo Rezende
Tech Recruiter | Fintech Jabuti
""",
 exp=dict(company='Fintech Jabuti', alt=['Jabuti'], role='Analista de Dados Sênior', start='2030-03-07T10:30', zone='America/Sao_Paulo', dur=50,
  iv=['Gustavo Rezende', 'Leandro Sato'], niv=['Thiago Moraes'], notes='Brazilian slang; after Carnival; sender attends ("eu e o Leandro"); "uns 50 minutos"')),

dict(id='pt-04', kind='invite', now='2030-04-17T10:30:00+01:00', userZone='Europe/Lisbon', user=U4,
 subj='Fwd: Entrevista – Enólogo Adjunto – Quinta do Sobral', cs='utf-8', cte='quoted-printable', xmailer='Mozilla Thunderbird',
 body="""Segue em anexo o convite da Quinta do Sobral.
Mariana
""",
 attach=dict(**{'from': ('Joana Matos', 'joana.matos@quintadosobral.pt')}, date='2030-04-16T17:45:00+01:00',
  subject='Entrevista – Enólogo Adjunto – Quinta do Sobral', cs='iso-8859-1', cte='quoted-printable',
  body="""Cara Mariana Couto,

Agradecemos o interesse demonstrado na Vinhos Quinta do Sobral. Temos o prazer de a convidar para uma entrevista para a função de Enólogo Adjunto, que terá lugar na quarta-feira, 24 de abril, às 15h00, na nossa adega em Alijó.

Estarei presente, juntamente com o Eng.º Manuel Sobral, diretor de enologia. Conte com cerca de uma hora.

Lembramos que o dia 25 de Abril é feriado e a adega estará encerrada, pelo que qualquer alteração deverá ser pedida até dia 23.

Com os melhores cumprimentos,
Joana Matos
Recursos Humanos
Vinhos Quinta do Sobral
""", fname='Entrevista Quinta do Sobral.eml'),
 exp=dict(company='Vinhos Quinta do Sobral', alt=['Quinta do Sobral'], role='Enólogo Adjunto', start='2030-04-24T15:00', zone='Europe/Lisbon',
  dur=60, iv=['Joana Matos', 'Manuel Sobral'], niv=['Mariana Couto'],
  notes='forward as attachment, inner iso-8859-1; Eng.º title; 25 de Abril holiday bait; sender attends')),

dict(id='pt-05', kind='invite', now='2030-05-13T12:00:00-03:00', userZone='America/Sao_Paulo', user=U5,
 subj='Fwd: Sua entrevista foi agendada! – Laticínios Serra Azul', cs='utf-8', cte='base64', html=True,
 body="""

---------- Forwarded message ---------
De: Talentu <nao-responda@talentu.com.br>
Date: seg., 13 de mai. de 2030 às 10:02
Subject: Sua entrevista foi agendada! – Laticínios Serra Azul
To: <rafa.batista@hotmail.com>


Oi, Rafael!

A empresa Laticínios Serra Azul agendou uma entrevista com você para a vaga de Supervisor(a) de Produção.

Tipo: Entrevista por telefone
Data: sexta-feira, 17/05/2030
Horário: 9h (horário de Brasília)
Entrevistadora: Carla Menezes – Gerente Industrial

Fique atento ao seu celular no horário marcado.

Boa sorte!
Equipe Talentu
""",
 exp=dict(company='Laticínios Serra Azul', alt=['Serra Azul'], role='Supervisor(a) de Produção', start='2030-05-17T09:00', zone='America/Sao_Paulo',
  dur=None, iv=['Carla Menezes'], niv=['Rafael Batista'], notes='ATS mail (Talentu is not the employer); "horário de Brasília"; no duration')),

dict(id='pt-06', kind='invite', now='2030-06-03T08:00:00-04:00', userZone='America/Manaus', user=U3,
 subj='ENC: Entrevista – Coordenador(a) de Frota', cs='utf-8', cte='quoted-printable', xmailer='Microsoft Outlook 16.0',
 body="""confere o horário, é de Manaus

-----Mensagem original-----
De: Luana Brito <luana.brito@amazonialog.com.br>
Enviada em: sexta-feira, 31 de maio de 2030 17:40
Para: Thiago Moraes <thiago.moraes@uol.com.br>
Assunto: Entrevista – Coordenador(a) de Frota

Boa tarde, Thiago.

Confirmamos sua entrevista para a vaga de Coordenador(a) de Frota na Amazônia Logística S.A. na quinta-feira, 13 de junho, às 16h (horário de Manaus), por Teams. O convite segue anexo.

Participarão Raimundo Castro, Diretor de Operações, e eu, Luana Brito, do RH.

Atenciosamente,
Luana Brito
Analista de RH
""",
 ics=ics(None, '20300613T200000', '20300613T210000', 'Entrevista Thiago Moraes – Coordenador(a) de Frota', ('Luana Brito', 'luana.brito@amazonialog.com.br'),
         [('Thiago Moraes', 'thiago.moraes@uol.com.br'), ('Raimundo Castro', 'raimundo.castro@amazonialog.com.br')], 'Microsoft Teams', utc=True, uid='pt06'),
 exp=dict(company='Amazônia Logística S.A.', alt=['Amazônia Logística', 'Amazonia Logistica'], role='Coordenador(a) de Frota', start='2030-06-13T16:00',
  zone='America/Manaus', dur=60, iv=['Raimundo Castro', 'Luana Brito'], niv=['Thiago Moraes'],
  notes='Manaus time (UTC-4) vs ICS in UTC 20:00Z; HR sender attends')),

dict(id='pt-07', kind='invite', now='2030-01-16T20:00:00+00:00', userZone='Europe/Lisbon', user=U2,
 subj='Fwd: Tecnisys Portugal – entrevista', cs='utf-8', cte='quoted-printable',
 body="""mais uma!

---------- Forwarded message ---------
De: Ana Lúcia Freitas <ana.freitas@talentoatlantico.pt>
Date: qua., 16/01/2030 às 14:11
Subject: Tecnisys Portugal – entrevista
To: João Pedro Silva <jp.silva@sapo.pt>


Olá João Pedro,

Tenho boas notícias: a Tecnisys Portugal gostaria de o entrevistar para a posição de Engenheiro(a) de Software Java.

A entrevista será por videochamada na próxima segunda-feira, dia 21 de janeiro, às 9h30 (hora de Lisboa), e deverá durar 1h15. Do lado da Tecnisys estarão:
- Pedro Nunes, Engineering Manager
- Sofia Marques, Senior Developer

Eu não vou participar, mas fico a aguardar o seu feedback.

Cumprimentos,
Ana Lúcia Freitas
Consultora – Talento Atlântico
""",
 exp=dict(company='Tecnisys Portugal', alt=['Tecnisys'], role='Engenheiro(a) de Software Java', start='2030-01-21T09:30', zone='Europe/Lisbon',
  dur=75, iv=['Pedro Nunes', 'Sofia Marques'], niv=['Ana Lúcia Freitas', 'João Pedro Silva'], notes='agency consultant absent; "1h15"; dash list of interviewers')),

dict(id='pt-08', kind='invite', now='2030-02-07T19:30:00-03:00', userZone='America/Sao_Paulo', user=U5,
 subj='Fwd: Entrevista amanhã – Recepcionista', cs='iso-8859-1', cte='quoted-printable',
 body="""é amanhã!! me lembra

---------- Forwarded message ---------
De: Clínica Sorriso Paulista <rh@sorrisopaulista.com.br>
Date: qui., 7 de fev. de 2030 às 17:05
Subject: Entrevista amanhã - Recepcionista
To: <rafa.batista@hotmail.com>


Boa tarde, Rafael.

Conforme conversamos por telefone, confirmo sua entrevista para a vaga de Recepcionista amanhã, às 11h, na unidade Moema (Av. Ibirapuera, 2120, sala 54).

Você será entrevistado pela Dra. Patrícia Gomes, responsável pela clínica.

Att.,
Setor de RH
Clínica Sorriso Paulista
""",
 exp=dict(company='Clínica Sorriso Paulista', alt=['Sorriso Paulista'], role='Recepcionista', start='2030-02-08T11:00', zone='America/Sao_Paulo',
  dur=None, iv=['Patrícia Gomes'], niv=['Rafael Batista'], notes='"amanhã" relative to the original mail date (Thu 7 Feb); no duration; iso-8859-1')),

dict(id='pt-09', kind='reschedule', now='2030-04-05T09:00:00-03:00', userZone='America/Sao_Paulo', user=U1,
 subj='Fwd: Re: Entrevista terça', cs='utf-8', cte='quoted-printable',
 body="""mudou

---------- Forwarded message ---------
De: Marcelo Duarte <marcelo@editoracajueiro.com.br>
Date: qui., 4 de abr. de 2030 às 18:30
Subject: Re: Entrevista terça
To: Larissa Fonseca <larissa.fonseca@gmail.com>


Oi Larissa, tudo bem?

Surgiu uma reunião com a gráfica na terça de manhã. Podemos passar para quinta, dia 11, às 15h? Mesmo endereço. A conversa continua sendo de uns 40 minutos.

Abraço,
Marcelo

Em seg., 1 de abr. de 2030 às 10:00, Marcelo Duarte <marcelo@editoracajueiro.com.br> escreveu:
> Olá Larissa, gostaria de conversar com você sobre a vaga de Revisor(a) de Textos da Editora Cajueiro na terça, 9/4, às 10h.
> Marcelo Duarte – Editor-chefe
""",
 exp=dict(company='Editora Cajueiro', alt=['Cajueiro'], role='Revisor(a) de Textos', start='2030-04-11T15:00', zone='America/Sao_Paulo', dur=40,
  iv=['Marcelo Duarte'], niv=['Larissa Fonseca'], notes='text-only reschedule; old 9/4 10h in quote')),

dict(id='pt-10', kind='reschedule', now='2030-02-04T18:20:00+00:00', userZone='Europe/Lisbon', user=U4,
 subj='ENC: Atualizado: Entrevista Enfermeiro(a) de Bloco Operatório', cs='utf-8', cte='quoted-printable', xmailer='Microsoft Outlook 16.0', html=True, ics_mode='inline',
 body="""

De: Sara Antunes <sara.antunes@hpfoz.pt>
Enviada: 4 de fevereiro de 2030 16:02
Para: Mariana Couto <mariana.couto@outlook.pt>
Assunto: Atualizado: Entrevista Enfermeiro(a) de Bloco Operatório

Cara Mariana,

Por motivos de escala, a sua entrevista para Enfermeiro(a) de Bloco Operatório no Hospital Particular da Foz, prevista para 6 de fevereiro às 14h30, passa para quarta-feira, 13 de fevereiro, às 11h00. A duração mantém-se (30 minutos).

Será recebida pela Enf.ª Cristina Lopes, enfermeira-chefe do bloco.

Cumprimentos,
Sara Antunes
Gestão de Pessoas – Hospital Particular da Foz
""",
 ics=ics('(UTC+00:00) Dublin, Edinburgh, Lisbon, London', '20300213T110000', '20300213T113000', 'Entrevista Mariana Couto (reagendada)',
         ('Sara Antunes', 'sara.antunes@hpfoz.pt'), [('Mariana Couto', 'mariana.couto@outlook.pt'), ('Cristina Lopes', 'cristina.lopes@hpfoz.pt')],
         'Hospital Particular da Foz, Porto', seq=1, std='+0000', dst='+0100', uid='pt10'),
 exp=dict(company='Hospital Particular da Foz', alt=['HP Foz'], role='Enfermeiro(a) de Bloco Operatório', start='2030-02-13T11:00', zone='Europe/Lisbon',
  dur=30, iv=['Cristina Lopes'], niv=['Sara Antunes', 'Mariana Couto'], notes='Windows display-name TZID (Lisbon); inline calendar; Enf.ª title; old slot in text')),

dict(id='pt-11', kind='rejection', now='2030-01-25T20:10:00-03:00', userZone='America/Sao_Paulo', user=U3,
 subj='Fwd: Retorno processo seletivo – Analista Financeiro Jr.', cs='windows-1252', cte='8bit',
 body="""não rolou

---------- Forwarded message ---------
De: Agropecuária Cerrado Verde <selecao@cerradoverde.agr.br>
Date: sex., 25 de jan. de 2030 às 16:48
Subject: Retorno processo seletivo – Analista Financeiro Jr.
To: <thiago.moraes@uol.com.br>


Olá, Thiago.

Agradecemos sua participação no processo seletivo para a vaga de Analista Financeiro Jr. na Agropecuária Cerrado Verde.

Após análise, optamos por seguir com outro candidato neste momento. Seu currículo permanecerá em nosso banco de talentos por 6 meses.

Desejamos sucesso!
Equipe de Gente & Gestão
""",
 exp=dict(company='Agropecuária Cerrado Verde', alt=['Cerrado Verde'], role='Analista Financeiro Jr.', start=None, zone=None, dur=None,
  iv=[], niv=['Thiago Moraes'], notes='rejection; talent bank bait; windows-1252 8bit')),

dict(id='pt-12', kind='offer', now='2030-06-07T11:00:00+01:00', userZone='Europe/Lisbon', user=U2,
 subj='Fwd: Proposta de contratação – Farmacêutico(a) Adjunto(a)', cs='utf-8', cte='base64',
 body="""Proposta!! 🎉

---------- Forwarded message ---------
De: Helena Ramos <helena.ramos@farmaciasvitalis.pt>
Date: sex., 7/06/2030 às 09:15
Subject: Proposta de contratação – Farmacêutico(a) Adjunto(a)
To: João Pedro Silva <jp.silva@sapo.pt>


Caro João Pedro,

É com grande satisfação que as Farmácias Vitalis lhe apresentam uma proposta para a função de Farmacêutico(a) Adjunto(a), com início a 1 de julho e remuneração base de 1.650 € mensais.

Agradecemos a sua resposta até dia 14 de junho.

Com os melhores cumprimentos,
Helena Ramos
Diretora de Recursos Humanos
""",
 exp=dict(company='Farmácias Vitalis', alt=['Farmacias Vitalis', 'Vitalis'], role='Farmacêutico(a) Adjunto(a)', start=None, zone=None, dur=None,
  iv=[], niv=['Helena Ramos', 'João Pedro Silva'], notes='offer; answer-by date is the candidate deadline')),

dict(id='pt-13', kind='not-interview', now='2030-04-04T13:00:00-03:00', userZone='America/Sao_Paulo', user=U5,
 subj='Fwd: Bate-papo ao vivo: conheça a Solaris Energia', cs='utf-8', cte='quoted-printable', html=True,
 body="""isso não é entrevista né? só pra saber

---------- Forwarded message ---------
De: Solaris Energia Carreiras <carreiras@solarisenergia.com.br>
Date: qui., 4 de abr. de 2030 às 08:00
Subject: Bate-papo ao vivo: conheça a Solaris Energia
To: <rafa.batista@hotmail.com>


Oi, Rafael!

Na quarta, 10/04, às 19h, vamos fazer uma live no YouTube para contar como é trabalhar na Solaris Energia e quais vagas estão abertas para o segundo semestre. Serão 60 minutos com nosso time de engenharia.

Ative o lembrete: https://youtube.com/@solarisenergia

Até lá!
Time de Talentos Solaris
""",
 exp=dict(company='Solaris Energia', alt=['Solaris'], role=None, start=None, zone=None, dur=None, iv=[], niv=['Rafael Batista'],
  notes='live stream/webinar with date, time and duration as bait')),

dict(id='pt-14', kind='not-interview', now='2030-05-31T09:45:00+01:00', userZone='Europe/Lisbon', user=U4,
 subj='Fwd: Agende a sua entrevista – Lusocargo', cs='utf-8', cte='quoted-printable',
 body="""Tenho de escolher um horário, lembra-me na segunda.

---------- Forwarded message ---------
De: Lusocargo Recrutamento <recrutamento@lusocargo.pt>
Date: qui., 30/05/2030 às 18:20
Subject: Agende a sua entrevista – Lusocargo
To: <mariana.couto@outlook.pt>


Olá Mariana,

Obrigado pela sua candidatura à vaga de Técnica de Planeamento de Transportes.

Pedimos que escolha um horário para a entrevista (30 minutos, por telefone) entre 3 e 7 de junho, das 9h às 17h, através do link:
https://lusocargo.pt/agendar/tpt-2030

Os horários são limitados.

Equipa de Recrutamento Lusocargo
""",
 exp=dict(company='Lusocargo', alt=[], role='Técnica de Planeamento de Transportes', start=None, zone=None, dur=None, iv=[], niv=['Mariana Couto'],
  notes='"book a slot" mail with range but no slot')),
]

build_all(items, 'pt')
