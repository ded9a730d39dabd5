from lib import ics
items = [
dict(id='pt-01', kind='invite', style='gmail', prefix='Fwd: ', now='2031-03-06T18:20:00-03:00', userZone='America/Sao_Paulo',
 user=('Larissa Oliveira', 'larissa.oliveira@gmail.com'), note='entrevista depois do carnaval, salva aí',
 orig_from=('Camila Ribeiro', 'camila.ribeiro@ipetecnologia.com.br'), orig_date='2031-03-06T11:07:00-03:00',
 subject='Convite para entrevista - Analista de Suporte Pleno',
 charset='utf-8', cte='quoted-printable',
 body="""Olá, Larissa! Tudo bem?

Agora que o Carnaval passou, retomamos os processos por aqui 😊

Gostaríamos de te convidar para uma entrevista para a vaga de Analista de Suporte Pleno na Ipê Tecnologia Ltda.

Data: quinta-feira, 13/03
Horário: 14h (horário de Brasília)
Duração: 1 hora
Local: Google Meet – meet.google.com/pqe-uvxa-rtd

Participarão o Rafael Souza, coordenador de Suporte, e eu.

Qualquer dúvida, é só chamar!

Abraços,
Camila Ribeiro
Talent Acquisition | Ipê Tecnologia Ltda.
(11) 95555-0134
""",
 exp=dict(company='Ipê Tecnologia Ltda.', alt=['Ipê Tecnologia', 'Ipe Tecnologia'], role='Analista de Suporte Pleno', start='2031-03-13T14:00', zone='America/Sao_Paulo', dur=60,
  iv=['Rafael Souza', 'Camila Ribeiro'], niv=['Larissa Oliveira'],
  notes='Brazilian; "13/03" dd/mm; "14h"; after Carnaval; sender joins ("e eu").')),

dict(id='pt-02', kind='invite', style='outlook', prefix='FW: ', now='2031-04-10T09:33:00+01:00', userZone='Europe/Lisbon',
 user=('Joana Ferreira', 'joana.ferreira@sapo.pt'), note='',
 orig_from=('Inês Carvalho', 'ines.carvalho@quintadotejo.pt'), orig_date='2031-04-09T17:48:00+01:00',
 subject='Entrevista - Técnico de Marketing',
 charset='iso-8859-1', cte='quoted-printable',
 body="""Cara Joana,

Agradecemos a sua candidatura à função de Técnico de Marketing na Vinhos Quinta do Tejo, S.A.

Gostaríamos de a convidar para uma entrevista presencial, depois da Páscoa, no dia 22 de abril (terça-feira), às 10h00, nas nossas instalações em Almeirim (Estrada Nacional 118, km 52).

A entrevista será conduzida por mim e pelo Eng. Rui Almeida, Diretor Comercial.

Agradeço que confirme a sua disponibilidade.

Com os melhores cumprimentos,

Dra. Inês Carvalho
Diretora de Recursos Humanos
Vinhos Quinta do Tejo, S.A.
""",
 exp=dict(company='Vinhos Quinta do Tejo, S.A.', alt=['Vinhos Quinta do Tejo', 'Quinta do Tejo'], role='Técnico de Marketing', start='2031-04-22T10:00', zone='Europe/Lisbon', dur=None,
  iv=['Inês Carvalho', 'Rui Almeida'], niv=['Joana Ferreira'],
  notes='European Portuguese; Dra./Eng. titles; pt-PT Outlook "FW:" prefix; latin-1 QP.')),

dict(id='pt-03', kind='invite', style='outlook', prefix='ENC: ', now='2031-04-15T08:10:00-03:00', userZone='America/Sao_Paulo',
 user=('Gustavo Almeida', 'gustavo.almeida@outlook.com.br'), note='',
 orig_from=('Patrícia Lima', 'patricia.lima@bancojacaranda.com.br'), orig_date='2031-04-14T16:30:00-03:00',
 subject='Convite: Entrevista Analista de Riscos – Banco Jacarandá',
 charset='utf-8', cte='quoted-printable', html=True,
 ics=ics('040000008200E00074C5B7101A82E00800000000BJ20310422', 'Entrevista – Gustavo Almeida – Analista de Riscos', '20310422T093000', '20310422T103000', tzid='E. South America Standard Time',
   organizer=('Patrícia Lima', 'patricia.lima@bancojacaranda.com.br'), attendees=[('Luiz Fernando Costa', 'luiz.costa@bancojacaranda.com.br'), ('Gustavo Almeida', 'gustavo.almeida@outlook.com.br')],
   location='Av. Paulista 1374, 12º andar – São Paulo', stamp='20310414T193000Z'),
 body="""Prezado Gustavo,

Temos o prazer de convidá-lo para a etapa de entrevista com a área para a vaga de Analista de Riscos.

Data: terça-feira, 22/04, logo após o feriado de Tiradentes
Horário: 9h30 às 10h30
Local: Av. Paulista, 1374 – 12º andar, São Paulo

Você conversará com Luiz Fernando Costa, Superintendente de Riscos, e comigo.

Segue o convite em anexo para o seu calendário.

Atenciosamente,
Patrícia Lima
Business Partner de RH
Banco Jacarandá S.A.
""",
 exp=dict(company='Banco Jacarandá S.A.', alt=['Banco Jacarandá', 'Banco Jacaranda'], role='Analista de Riscos', start='2031-04-22T09:30', zone='America/Sao_Paulo', dur=60,
  iv=['Luiz Fernando Costa', 'Patrícia Lima'], niv=['Gustavo Almeida'],
  notes='Outlook ICS with TZID "E. South America Standard Time"; Tiradentes holiday mentioned; "ENC:" prefix.')),

dict(id='pt-04', kind='invite', style='attach', prefix='Fwd: ', now='2031-02-03T21:02:00-03:00', userZone='America/Sao_Paulo',
 user=('Renata Barbosa', 'renata.barbosa@uol.com.br'), note='segue em anexo',
 orig_from=('Cervejaria Serra Azul via Recrutei', 'naoresponda@recrutei.app'), orig_date='2031-02-03T14:15:00-03:00',
 subject='Sua entrevista foi agendada! Coordenador(a) de Produção – Cervejaria Serra Azul',
 charset='utf-8', cte='base64', html=True,
 body="""Oi, Renata!

Sua entrevista para a vaga de Coordenador(a) de Produção na Cervejaria Serra Azul foi agendada com sucesso. 🍺

📅 Segunda-feira, 10 de fevereiro
⏰ 15h (horário de Brasília)
⌛ 45 minutos
📍 Online – Microsoft Teams (o link será enviado por e-mail 1 hora antes)
👤 Entrevistador: Marcos Vieira, Gerente Industrial

Precisa remarcar? Acesse sua área do candidato.

Boa sorte!
Time Recrutei em nome da Cervejaria Serra Azul
""",
 exp=dict(company='Cervejaria Serra Azul', alt=['Serra Azul'], role='Coordenador(a) de Produção', start='2031-02-10T15:00', zone='America/Sao_Paulo', dur=45,
  iv=['Marcos Vieira'], niv=['Renata Barbosa'],
  notes='Forward as attachment; ATS sender (Recrutei is not the company); emoji lines; base64.')),

dict(id='pt-05', kind='invite', style='apple', prefix='Fwd: ', now='2031-02-27T12:40:00+00:00', userZone='Europe/Lisbon',
 user=('Miguel Santos', 'miguel.santos@icloud.com'), note='',
 orig_from=('Sara Pinto', 'sara.pinto@talentoatlantico.pt'), orig_date='2031-02-27T10:12:00+00:00',
 subject='Entrevista Farmácias Lusas – Farmacêutico(a) Adjunto(a)',
 charset='utf-8', cte='quoted-printable',
 body="""Olá Miguel,

Conforme falámos, confirmo a entrevista com o nosso cliente Farmácias Lusas para a função de Farmacêutico(a) Adjunto(a):

- quinta-feira, 6 de março, pelas 11h30
- na Farmácia Lusa do Saldanha (Av. da República 45, Lisboa)
- com o Dr. Nuno Faria, Diretor Técnico

Eu também estarei presente na entrevista. O cliente comprometeu-se a dar feedback até dia 14 de março.

Bom Carnaval e até quinta!
Sara Pinto
Consultora Sénior – Saúde
Talento Atlântico
""",
 exp=dict(company='Farmácias Lusas', alt=['Farmacias Lusas'], role='Farmacêutico(a) Adjunto(a)', start='2031-03-06T11:30', zone='Europe/Lisbon', dur=None,
  iv=['Nuno Faria', 'Sara Pinto'], niv=['Miguel Santos'], dd='2031-03-14',
  notes='Agency consultant attends; "pelas 11h30"; employer promises feedback by 14 March; Carnaval greeting.')),

dict(id='pt-06', kind='invite', style='thunderbird', prefix='Fwd: ', now='2031-05-21T07:45:00-03:00', userZone='America/Sao_Paulo',
 user=('Eduardo Pereira', 'eduardo.pereira@bol.com.br'), note='',
 orig_from=('Juliana Martins', 'juliana.martins@agrocerrado.com.br'), orig_date='2031-05-20T17:05:00-03:00',
 subject='Entrevista – Engenheiro Agrônomo',
 charset='utf-8', cte='quoted-printable',
 ics=ics('agrocerrado-eng-agro-20310528', 'Entrevista Eduardo Pereira – Engenheiro Agrônomo', '20310528T190000Z', '20310528T193000Z',
   organizer=('Juliana Martins', 'juliana.martins@agrocerrado.com.br'), attendees=[('Eduardo Pereira', 'eduardo.pereira@bol.com.br')], location='Zoom', prodid='-//Google Inc//Google Calendar 70.9054//EN', stamp='20310520T200500Z'),
 body="""Bom dia, Eduardo!

Conforme conversamos, segue a confirmação da sua entrevista para a vaga de Engenheiro Agrônomo na Agro Cerrado S.A.:

quarta 28/05 às 16h (horário de Brasília – atenção, nossa fazenda em Sorriso/MT fica uma hora atrás)
30 minutos, por Zoom

A entrevista será comigo.

Abraço,
Juliana Martins
Gerente Agrícola
Agro Cerrado S.A.
""",
 exp=dict(company='Agro Cerrado S.A.', alt=['Agro Cerrado'], role='Engenheiro Agrônomo', start='2031-05-28T16:00', zone='America/Sao_Paulo', dur=30,
  iv=['Juliana Martins'], niv=['Eduardo Pereira'],
  notes='ICS in UTC (19:00Z = 16:00 Brasília); mention of another zone (Mato Grosso) as a trap.')),

dict(id='pt-07', kind='invite', style='apple', prefix='Fwd: ', now='2031-06-03T13:25:00-03:00', userZone='America/Sao_Paulo',
 user=('Thiago Nascimento', 'thiago.nasc@hotmail.com'), note='essa é em Manaus, horário de lá',
 orig_from=('Beatriz Nogueira', 'beatriz.nogueira@amazonialogistica.com.br'), orig_date='2031-06-03T11:50:00-04:00',
 subject='Re: Vaga Assistente Administrativo',
 charset='iso-8859-1', cte='8bit',
 body="""Oi Thiago,

Perfeito, então fica marcado segunda que vem, dia 9, às 10h (horário de Manaus). A entrevista é presencial aqui no galpão do Distrito Industrial, Av. Buriti 1850. Eu mesma vou te entrevistar, leva uns 40 minutos.

Abs,
Beatriz Nogueira
RH - Amazônia Logística

Em ter., 3 de jun. de 2031 às 09:12, Thiago Nascimento escreveu:
> Bom dia Beatriz! Posso sim, segunda ou terça da semana que vem, de manhã.
>
> Em seg., 2 de jun. de 2031, Beatriz Nogueira escreveu:
>> Olá Thiago, recebemos seu currículo para a vaga de Assistente Administrativo. Você teria disponibilidade para uma entrevista na semana que vem?
""",
 exp=dict(company='Amazônia Logística', alt=['Amazonia Logistica'], role='Assistente Administrativo', start='2031-06-09T10:00', zone='America/Manaus', dur=40,
  iv=['Beatriz Nogueira'], niv=['Thiago Nascimento'],
  notes='Thread; time stated in Manaus time (UTC-4) while the user lives in São Paulo; "segunda que vem, dia 9"; latin-1 8bit.')),

dict(id='pt-08', kind='invite', style='outlook_old', prefix='FW: ', now='2031-05-13T09:20:00+01:00', userZone='Europe/Lisbon',
 user=('Catarina Lopes', 'catarina.lopes@gmail.com'), note='Chamada telefónica, para não me esquecer',
 orig_from=('Helena Sousa', 'helena.sousa@texteisminho.pt'), orig_date='2031-05-12T18:03:00+01:00',
 subject='Técnico Comercial – contacto telefónico',
 charset='windows-1252', cte='quoted-printable',
 body="""Boa tarde Catarina,

Obrigada pelo interesse na vaga de Técnico Comercial na Têxteis Minho, Lda.

Proponho um telefonema de cerca de 20 minutos na segunda-feira, 19 de maio, às 17h. Ligo-lhe para o número que indicou no CV (912 *** 418).

Caso não dê jeito, diga-me por favor.

Cumprimentos,
Helena Sousa
Responsável Comercial – Têxteis Minho, Lda.
Guimarães
""",
 exp=dict(company='Têxteis Minho, Lda.', alt=['Têxteis Minho', 'Texteis Minho'], role='Técnico Comercial', start='2031-05-19T17:00', zone='Europe/Lisbon', dur=20,
  iv=['Helena Sousa'], niv=['Catarina Lopes'],
  notes='Phone call; "cerca de 20 minutos"; Outlook "-----Mensagem original-----" block; cp1252 QP.')),

dict(id='pt-09', kind='reschedule', style='gmail', prefix='Fwd: ', now='2031-02-17T15:42:00-03:00', userZone='America/Sao_Paulo',
 user=('Vanessa Rocha', 'vanessa.rocha@gmail.com'), note='remarcaram',
 orig_from=('Fábio Mendes', 'fabio.mendes@construtoraaroeira.com.br'), orig_date='2031-02-17T14:20:00-03:00',
 subject='Reagendamento – entrevista Arquiteto Júnior',
 charset='utf-8', cte='quoted-printable',
 body="""Olá Vanessa,

Precisaremos reagendar sua entrevista de quarta-feira (19/02), às 14h. Consegue vir na sexta-feira (21/02) às 10h? Mesmo endereço, no escritório da Rua Oscar Freire, 900. A conversa deve levar uma hora.

Peço desculpas pelo transtorno.

Fábio Mendes
Arquiteto Coordenador
Construtora Aroeira
""",
 exp=dict(company='Construtora Aroeira', alt=['Aroeira'], role='Arquiteto Júnior', start='2031-02-21T10:00', zone='America/Sao_Paulo', dur=60,
  iv=['Fábio Mendes'], niv=['Vanessa Rocha'],
  notes='Reschedule from 19/02 14h to 21/02 10h; both in one paragraph.')),

dict(id='pt-10', kind='reschedule', style='outlook', prefix='FW: ', now='2031-01-13T10:05:00+00:00', userZone='Europe/Lisbon',
 user=('Pedro Marques', 'pedro.marques@outlook.pt'), note='Mudou para quinta',
 orig_from=('Tiago Ramos', 'tiago@azulejodigital.pt'), orig_date='2031-01-13T09:31:00+00:00',
 subject='RE: Entrevista Designer UX',
 charset='utf-8', cte='quoted-printable',
 body="""Olá Pedro,

Peço imensa desculpa, mas amanhã vou estar fora em cliente. Podemos passar para quinta às 15h? O resto mantém-se (Zoom, meia hora, comigo e com a Marta Gonçalves).

Tiago

De: Tiago Ramos <tiago@azulejodigital.pt>
Enviada: quarta-feira, 8 de janeiro de 2031 16:22
Para: Pedro Marques
Assunto: Entrevista Designer UX

Olá Pedro,
Gostávamos de conversar consigo sobre a vaga de Designer UX na Azulejo Digital. Pode ser terça-feira, dia 14, às 11h, por Zoom?
Tiago Ramos
Head of Design, Azulejo Digital
""",
 exp=dict(company='Azulejo Digital', alt=[], role='Designer UX', start='2031-01-16T15:00', zone='Europe/Lisbon', dur=30,
  iv=['Tiago Ramos', 'Marta Gonçalves'], niv=['Pedro Marques'],
  notes='Text-only move "quinta às 15h" relative to Mon 13 Jan; original Tue 14 quoted; "meia hora".')),

dict(id='pt-11', kind='rejection', style='gmail', prefix='Fwd: ', now='2031-06-11T20:30:00-03:00', userZone='America/Sao_Paulo',
 user=('Bruna Teixeira', 'bruna.teixeira@gmail.com'), note='não foi dessa vez 😕',
 orig_from=('Mercado Bem-te-vi', 'vagas@bemtevi.com.br'), orig_date='2031-06-11T16:00:00-03:00',
 subject='Retorno do processo seletivo – Analista de Compras',
 charset='utf-8', cte='quoted-printable', html=True,
 body="""Olá, Bruna!

Agradecemos muito sua participação no processo seletivo para Analista de Compras no Mercado Bem-te-vi, incluindo a entrevista do dia 4 de junho.

Após análise, optamos por seguir com outro(a) candidato(a) neste momento. Seu currículo continuará em nosso banco de talentos.

Fique de olho: abriremos novas vagas no dia 1º de julho.

Um abraço,
Equipe de Gente & Gestão
Mercado Bem-te-vi
""",
 exp=dict(company='Mercado Bem-te-vi', alt=['Bem-te-vi'], role='Analista de Compras', start=None, zone=None, dur=None,
  iv=[], niv=['Bruna Teixeira'],
  notes='Rejection with past interview date and future dates as bait.')),

dict(id='pt-12', kind='offer', style='outlook', prefix='ENC: ', now='2031-05-14T18:50:00+01:00', userZone='Europe/Lisbon',
 user=('André Costa', 'andre.costa@outlook.pt'), note='Recebi a proposta!!',
 orig_from=('Rita Moreira', 'rita.moreira@seguradoraoceanica.pt'), orig_date='2031-05-14T15:22:00+01:00',
 subject='Proposta de contratação – Atuário Júnior',
 charset='utf-8', cte='base64',
 body="""Caro André,

Na sequência do processo de recrutamento, temos o gosto de lhe apresentar uma proposta para a função de Atuário Júnior na Seguradora Oceânica.

• Início: 1 de julho de 2031
• Remuneração: 1.950 € brutos x 14 meses
• Subsídio de refeição e seguro de saúde

Agradecemos uma resposta até 23 de maio.

Com os melhores cumprimentos,
Rita Moreira
Talent Acquisition
Seguradora Oceânica
""",
 exp=dict(company='Seguradora Oceânica', alt=['Seguradora Oceanica', 'Oceânica'], role='Atuário Júnior', start=None, zone=None, dur=None,
  iv=[], niv=['Rita Moreira', 'André Costa'],
  notes='Offer; "resposta até 23 de maio" is the candidate\'s deadline.')),

dict(id='pt-13', kind='not-interview', style='gmail', prefix='Fwd: ', now='2031-03-10T09:15:00-03:00', userZone='America/Sao_Paulo',
 user=('Aline Cardoso', 'aline.cardoso@gmail.com'), note='vale a pena?',
 orig_from=('Cosméticos Brisa Carreiras', 'carreiras@cosmeticosbrisa.com.br'), orig_date='2031-03-09T10:00:00-03:00',
 subject='Live de carreiras: como é trabalhar na Brisa? 💜',
 charset='utf-8', cte='quoted-printable', html=True,
 body="""Oi, Aline!

Você faz parte da nossa comunidade de talentos e queremos te convidar para a nossa Live de Carreiras:

Quarta-feira, 12/03, às 19h, no nosso canal do YouTube.

Com a participação da Fernanda Lopes, nossa diretora de Pessoas, vamos falar sobre o programa de trainee 2031 (inscrições até 31/03).

Ative o lembrete: https://youtube.com/@cosmeticosbrisa

Até lá!
Cosméticos Brisa
""",
 exp=dict(company='Cosméticos Brisa', alt=['Cosmeticos Brisa', 'Brisa'], role=None, start=None, zone=None, dur=None,
  iv=[], niv=['Fernanda Lopes', 'Aline Cardoso'],
  notes='Talent-community newsletter / live stream invitation with date and time; not an interview.')),

dict(id='pt-14', kind='not-interview', style='outlook', prefix='ENC: ', now='2031-04-28T07:50:00-03:00', userZone='America/Sao_Paulo',
 user=('Rafaela Dias', 'rafaela.dias@hotmail.com'), note='tenho que escolher o horário',
 orig_from=('Hospital Santa Clara do Sul – Recrutamento', 'recrutamento@hsantaclara.org.br'), orig_date='2031-04-25T17:30:00-03:00',
 subject='Agende sua entrevista – Enfermeiro(a) UTI',
 charset='utf-8', cte='quoted-printable',
 body="""Prezada Rafaela,

Você foi aprovada na etapa de análise curricular para a vaga de Enfermeiro(a) UTI do Hospital Santa Clara do Sul.

Agende sua entrevista pelo link abaixo, escolhendo um dos horários disponíveis entre 5 e 9 de maio (das 8h às 12h ou das 14h às 17h):

https://agenda.hsantaclara.org.br/selecao/enf-uti

O link ficará ativo até 2 de maio.

Atenciosamente,
Recrutamento e Seleção
Hospital Santa Clara do Sul
""",
 exp=dict(company='Hospital Santa Clara do Sul', alt=['Santa Clara do Sul'], role='Enfermeiro(a) UTI', start=None, zone=None, dur=None,
  iv=[], niv=['Rafaela Dias'],
  notes='Self-scheduling link with ranges, no chosen slot.')),
]
