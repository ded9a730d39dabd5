from mime import write
U = ('Beatriz Cardoso', 'bia.cardoso@gmail.com')
UL = ('João Meireles', 'joao.meireles@sapo.pt')
UR = ('Rafael Antunes', 'rafa.antunes@outlook.com.br')
items = [
dict(id='pt-01', lang='pt', client='outlook', uz='America/Sao_Paulo', now=(2027, 12, 2, 10, 18), odate=(2027, 12, 1, 17, 36),
 user=U, ofrom=('Juliana Prado', 'juliana.prado@serradourada.com.br'), html=True,
 subj='Convite para entrevista – Analista de Trade Marketing Pleno',
 body='''Olá, Beatriz! Tudo bem?

Obrigada pelo interesse na vaga de Analista de Trade Marketing Pleno na Cervejaria Serra Dourada.

Gostaríamos de te convidar para uma entrevista por Teams na {wd:2027-12-07}, 7/12, às 15h. A conversa será com o Fábio Monteiro (Gerente de Trade) e a Larissa Tavares (Coordenadora de Trade) e deve durar cerca de 40 minutos.

Segue o convite em anexo. Pode me confirmar se o horário funciona?

Abraços,
Juliana Prado
Analista de R&S | Gente & Gestão
Cervejaria Serra Dourada''',
 ics=dict(tzid='E. South America Standard Time', start='20271207T150000', end='20271207T154000', summary='Entrevista - Beatriz Cardoso - Trade Marketing',
          location='Microsoft Teams', organizer=('Juliana Prado', 'juliana.prado@serradourada.com.br'),
          attendees=[('Fábio Monteiro', 'fabio.monteiro@serradourada.com.br'), ('Larissa Tavares', 'larissa.tavares@serradourada.com.br')]),
 exp=dict(kind='invite', company='Cervejaria Serra Dourada', alts=['Serra Dourada'], role='Analista de Trade Marketing Pleno', start='2027-12-07T15:00', zone='America/Sao_Paulo', dur=40,
          iv=['Fábio Monteiro', 'Larissa Tavares'], niv=['Juliana Prado', 'Beatriz Cardoso'], notes='BR d/m "7/12" = 7 December; coordinator does not attend; Windows TZID.')),

dict(id='pt-02', lang='pt', client='gmail', uz='Europe/Lisbon', now=(2028, 1, 5, 11, 2), odate=(2028, 1, 4, 16, 55),
 user=UL, ofrom=('Rita Gonçalves', 'rita.goncalves@farmaciasatlantico.pt'), charset='iso-8859-1', cte='quoted-printable',
 subj='Entrevista - Gestor de Categoria',
 note='Reencaminho a convocatória',
 body='''Caro João Meireles,

Na sequência da sua candidatura à função de Gestor de Categoria, temos o prazer de o convocar para uma entrevista por Microsoft Teams, na {wd:2028-01-13}, 13 de janeiro, às 10h00.

A entrevista terá a duração de 1 hora e será conduzida pela Dr.ª Inês Valadares, Diretora Comercial, e por mim própria.

Agradecemos que confirme a sua disponibilidade.

Com os melhores cumprimentos,
Rita Gonçalves
Recursos Humanos | Farmácias Atlântico''',
 exp=dict(kind='invite', company='Farmácias Atlântico', alts=['Farmacias Atlantico'], role='Gestor de Categoria', start='2028-01-13T10:00', zone='Europe/Lisbon', dur=60,
          iv=['Inês Valadares', 'Rita Gonçalves'], niv=['João Meireles'], notes='European Portuguese; Dr.ª stripped; sender participates ("por mim própria"); iso-8859-1.')),

dict(id='pt-03', lang='pt', client='apple', uz='America/Sao_Paulo', now=(2028, 2, 1, 21, 47), odate=(2028, 2, 1, 19, 12),
 user=UR, ofrom=('Thiago Brandão', 'thiago@cajupagamentos.com.br'), cte='8bit',
 subj='Re: vaga Tech Lead',
 note='olha que massa, o fundador respondeu',
 body='''Fala Rafael, beleza?

Curti muito seu perfil, principalmente a parte de Kafka e pagamentos instantâneos.

Bora conversar sexta às 9h30 sobre a vaga? Te ligo no celular, coisa rápida, uns 30 min. Se não der, me fala que a gente acha outro horário.

Abs,
Thiago
Caju Pagamentos – CEO''',
 exp=dict(kind='invite', company='Caju Pagamentos', alts=['Caju'], role='Tech Lead', start='2028-02-04T09:30', zone='America/Sao_Paulo', dur=30,
          iv=['Thiago Brandão'], niv=['Rafael Antunes'], notes='Informal founder call; bare "sexta" from Tue 1 Feb = 4 Feb; full name only in From header.')),

dict(id='pt-04', lang='pt', client='gmail', uz='America/Sao_Paulo', now=(2028, 3, 6, 8, 30), odate=(2028, 3, 3, 18, 0),
 user=U, ofrom=('Horarium', 'naoresponda@horarium.example'), cte='base64', html=True,
 subj='Entrevista agendada: Hospital Santa Clara de Assis',
 body='''Olá, Beatriz!

Sua entrevista foi agendada com sucesso.

Empresa: Hospital Santa Clara de Assis
Vaga: Enfermeira Supervisora – UTI Adulto
Data: 14/03/2028 ({wd:2028-03-14})
Horário: das 14:00 às 14:45 (horário de Brasília)
Entrevistadora: Dra. Sílvia Rocha, Gerente de Enfermagem
Local: videochamada (o link está no convite)

Para remarcar, use o link enviado no seu e-mail de inscrição.

Horarium – agendamento de entrevistas em nome de Hospital Santa Clara de Assis''',
 ics=dict(tzid=None, start='20280314T170000', end='20280314T174500', summary='Entrevista - Hospital Santa Clara de Assis', prodid='-//Horarium//PT-BR',
          organizer=('Sílvia Rocha', 'silvia.rocha@hsantaclara.example'), attendees=[('Beatriz Cardoso', 'bia.cardoso@gmail.com')]),
 exp=dict(kind='invite', company='Hospital Santa Clara de Assis', alts=['Santa Clara de Assis'], role='Enfermeira Supervisora – UTI Adulto', start='2028-03-14T14:00', zone='America/Sao_Paulo', dur=45,
          iv=['Sílvia Rocha'], niv=['Beatriz Cardoso'], notes='Scheduling tool for employer; base64 body; ICS UTC 17:00Z, zone only as "horário de Brasília".')),

dict(id='pt-05', lang='pt', client='attach', uz='America/Sao_Paulo', now=(2028, 4, 10, 19, 5), odate=(2028, 4, 10, 15, 40),
 user=UR, ofrom=('Helena Fontes', 'helena.fontes@hunterbrasil.example'), cte='quoted-printable', aname='Entrevista Grupo Ipê.eml',
 subj='Entrevista final – Grupo Ipê Varejo',
 note='segue em anexo',
 body='''Rafael, boa tarde!

Conforme conversamos, o Grupo Ipê Varejo quer te receber para a etapa final do processo de Diretor Financeiro.

Quarta-feira, 19/04, das 10h às 12h, na sede em Alphaville (Al. Rio Negro, 585 – Barueri).

Você vai conversar com:
• Carlos Eduardo Vasconcelos – CEO
• Marina Albuquerque – Conselheira
• Ricardo Sá – CHRO

Não vou participar, mas te ligo depois para o feedback. A expectativa deles é fechar a decisão até 28/04. Lembrando que dia 21 é feriado de Tiradentes.

Abraço,
Helena Fontes
Sócia | Hunter Brasil Executive Search''',
 exp=dict(kind='invite', company='Grupo Ipê Varejo', alts=['Grupo Ipê', 'Ipê Varejo'], role='Diretor Financeiro', start='2028-04-19T10:00', zone='America/Sao_Paulo', dur=120,
          iv=['Carlos Eduardo Vasconcelos', 'Marina Albuquerque', 'Ricardo Sá'], niv=['Helena Fontes', 'Rafael Antunes'], dd='2028-04-28',
          notes='Agency; message/rfc822; 10h-12h range; decision 28/04; Tiradentes distractor.')),

dict(id='pt-06', lang='pt', client='tb', uz='Europe/Lisbon', now=(2028, 5, 29, 9, 14), odate=(2028, 5, 26, 17, 3),
 user=UL, ofrom=('Ana Sofia Lopes', 'geral@quintadaribeirinha.pt'), charset='windows-1252', cte='quoted-printable',
 subj='Candidatura – Enólogo Adjunto',
 body='''Exmo. Senhor João Meireles,

Agradecemos a sua candidatura à função de Enólogo Adjunto na Quinta da Ribeirinha.

O Eng. Tomás Pinheiro, nosso enólogo-chefe, gostaria de lhe telefonar na segunda-feira, 5 de junho, às 17h, para uma primeira conversa de uns 20 minutos. Caso o horário não seja conveniente, agradeço que me indique alternativas.

Melhores cumprimentos,
Ana Sofia Lopes
Assistente Administrativa
Quinta da Ribeirinha – Vinhos do Douro''',
 exp=dict(kind='invite', company='Quinta da Ribeirinha', role='Enólogo Adjunto', start='2028-06-05T17:00', zone='Europe/Lisbon', dur=20,
          iv=['Tomás Pinheiro'], niv=['Ana Sofia Lopes', 'João Meireles'], notes='Phone call; Eng. stripped; sender is an assistant; windows-1252.')),

dict(id='pt-07', lang='pt', client='outlook', orig_sep=True, uz='America/Sao_Paulo', now=(2028, 5, 9, 12, 20), odate=(2028, 5, 9, 9, 45),
 user=UR, ofrom=('Marcelo Queiroz', 'marcelo.queiroz@agrocerrado.com.br'), html=True,
 subj='Remarcação – entrevista Engenheiro Agrônomo Sênior',
 body='''Bom dia, Rafael.

Vou precisar remarcar nossa entrevista de quinta (11/05). Surgiu uma visita a campo em Rio Verde que não consigo adiar.

Podemos fazer na segunda-feira, 15/05, às 16h? Mesmo formato, 1h por videochamada. Se estiver ok, já atualizo o convite.

Atenciosamente,
Marcelo Queiroz
Gerente de P&D | Agro Cerrado Sementes''',
 exp=dict(kind='reschedule', company='Agro Cerrado Sementes', alts=['Agro Cerrado'], role='Engenheiro Agrônomo Sênior', start='2028-05-15T16:00', zone='America/Sao_Paulo', dur=60,
          iv=['Marcelo Queiroz'], niv=['Rafael Antunes'], notes='Reschedule proposed as a question; old slot 11/05 in text.')),

dict(id='pt-08', lang='pt', client='gmail', uz='Europe/Lisbon', now=(2028, 2, 15, 20, 40), odate=(2028, 2, 15, 11, 12),
 user=UL, ofrom=('Lusitânia Digital – Talento', 'talento@lusitaniadigital.pt'),
 subj='Atualização sobre a sua candidatura',
 note='pronto, esta já foi',
 body='''Olá João,

Obrigado pelo tempo que dedicou ao processo de recrutamento para UX Researcher.

Após uma análise cuidada, decidimos avançar com outro candidato cujo perfil se alinha mais com as necessidades atuais da equipa.

Guardaremos os seus dados para futuras oportunidades, caso concorde.

Votos de sucesso,
Equipa de Talento
Lusitânia Digital''',
 exp=dict(kind='rejection', company='Lusitânia Digital', role='UX Researcher', niv=['João Meireles'], notes='Rejection.')),

dict(id='pt-09', lang='pt', client='apple', uz='America/Sao_Paulo', now=(2028, 6, 12, 18, 30), odate=(2028, 6, 12, 14, 2),
 user=U, ofrom=('Camila Duarte', 'camila.duarte@nimbussaude.com.br'), html=True,
 subj='Proposta – Product Manager Sênior 🎉',
 senc='B',
 body='''Oi, Beatriz!

Que alegria te enviar essa proposta! Queremos muito você no time como Product Manager Sênior da Nimbus Saúde.

• Salário: R$ 21.500 (CLT)
• Bônus anual de até 2 salários
• Início previsto: 03/07/2028
• Modelo híbrido, 2x por semana no escritório da Av. Paulista

Pedimos um retorno até sexta, 16/06. Qualquer dúvida, o Gustavo Pires (Head de Produto) está à disposição para conversar.

Um abraço,
Camila Duarte
Talent Acquisition | Nimbus Saúde''',
 exp=dict(kind='offer', company='Nimbus Saúde', alts=['Nimbus'], role='Product Manager Sênior', niv=['Camila Duarte', 'Gustavo Pires', 'Beatriz Cardoso'],
          notes='Offer; 16/06 is the candidate deadline; emoji subject B-encoded.')),

dict(id='pt-10', lang='pt', client='gmail', uz='America/Sao_Paulo', now=(2028, 7, 21, 9, 50), odate=(2028, 7, 21, 7, 0),
 user=UR, ofrom=('VagaCerta', 'news@vagacerta.example'), html=True,
 subj='Vagas da semana + live sobre dinâmica de grupo',
 body='''Oi, Rafael!

Separamos as vagas da semana para você:
- Engenheiro de Software Sênior – Banco Aurora (remoto)
- Tech Lead Backend – Grupo Jatobá (São Paulo)

LIVE: como se sair bem na dinâmica de grupo
{wd:2028-07-26}, 26/07, às 19h, com a recrutadora Paula Nogueira

Até a próxima!
Equipe VagaCerta''',
 exp=dict(kind='not-interview', company=None, role=None, niv=['Paula Nogueira', 'Rafael Antunes'], notes='Newsletter with live-event time bait.')),

dict(id='pt-11', lang='pt', client='outlook', uz='Europe/Lisbon', now=(2028, 5, 3, 14, 4), odate=(2028, 5, 2, 10, 30),
 user=UL, ofrom=('Atlântida Aero Manutenção - Recrutamento', 'recrutamento@atlantida-aero.example'), charset='iso-8859-1', cte='quoted-printable',
 subj='Candidatura recebida - ref. 2028/044',
 body='''Caro(a) candidato(a),

Confirmamos a receção da sua candidatura à vaga de Técnico de Manutenção Aeronáutica (ref. 2028/044).

Os candidatos pré-selecionados serão contactados por telefone. As entrevistas decorrerão entre 12 e 16 de junho, nas nossas instalações em Alverca.

Esta mensagem foi gerada automaticamente.

Atlântida Aero Manutenção, S.A.''',
 exp=dict(kind='not-interview', company='Atlântida Aero Manutenção', alts=['Atlântida Aero'], role='Técnico de Manutenção Aeronáutica', niv=[],
          notes='Acknowledgement; interview window 12-16 June is bait, not an invite.')),
]
items.append(dict(id='pt-12', lang='pt', client='apple', uz='America/Sao_Paulo', now=(2028, 6, 14, 8, 50), odate=(2028, 6, 13, 17, 20), oz='Europe/Lisbon',
 user=U, ofrom=('Margarida Sequeira', 'margarida.sequeira@oceanica-energias.pt'), cte='quoted-printable',
 subj='Entrevista – Analista de Dados Sénior (remoto)',
 body="""Olá Beatriz,

Obrigada pela sua candidatura à posição de Analista de Dados Sénior na Oceânica Energias Renováveis.

Gostaria de a convidar para uma entrevista por Teams na quinta-feira, 22 de junho, às 14h de Lisboa (10h em Brasília). A conversa terá a duração de 45 minutos e será comigo.

Fico a aguardar a sua confirmação.

Cumprimentos,
Margarida Sequeira
Head of Data | Oceânica Energias Renováveis""",
 exp=dict(kind='invite', company='Oceânica Energias Renováveis', alts=['Oceânica'], role='Analista de Dados Sénior', start='2028-06-22T14:00', zone='Europe/Lisbon', dur=45,
          iv=['Margarida Sequeira'], niv=['Beatriz Cardoso'],
          notes='Lisbon employer, São Paulo candidate: 14h Lisboa = 10h Brasília (match on instant); sender is the interviewer.')))
if __name__ == '__main__':
    write(items)
