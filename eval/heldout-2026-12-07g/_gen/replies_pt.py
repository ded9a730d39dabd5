from rcommon import mk
REPLIES, R = mk()
SP, LIS, MAO = 'America/Sao_Paulo', 'Europe/Lisbon', 'America/Manaus'
IS, TD, PA, AA, RT, ACN, BC, MR, ME, AtS = ('Ipê Seguros', 'Tejo Digital', 'Estúdio Pão de Açúcar Games', 'Araucária Agroindústria', 'Ribeira Têxteis',
    'Amazônia Cosméticos Naturais', 'Banco Cerrado', 'Minho Robotics', 'Mineira Engenharia', 'Atlântico Seguros')
# thanked
R('2030-07-18T17:30', SP, IS, 'thank-you', 'mandei o email de agradecimento pra fernanda e pro rodrigo', 'thanked')
R('2030-08-20T14:00', LIS, TD, 'thank-you', 'já enviei o agradecimento à Inês', 'thanked')
R('2030-09-09T18:40', SP, PA, 'thank-you', 'agradeci o bruno no discord msm 😅', 'thanked')
# followed-up
R('2030-12-10T10:00', SP, BC, 'follow-up-1', 'cobrei o pessoal do banco cerrado por email hoje', 'followed-up')
R('2030-11-14T15:30', LIS, RT, 'follow-up-1', 'liguei à catarina a perguntar novidades', 'followed-up')
R('2030-12-17T09:20', LIS, MR, 'follow-up-2', 'mandei segundo email ao pedro. se for um não, paciência', 'followed-up', T=True)
# decision-date
R('2030-07-18T19:10', SP, IS, 'thank-you', 'a juliana falou que dão retorno na sexta', 'decision-date', '2030-07-19', chk='wd:fri')
R('2030-08-21T19:00', LIS, TD, 'thank-you', 'decisão só no fim do mês, disse o rui', 'decision-date', '2030-08-31', chk='eom', T=True)
R('2030-11-27T11:00', SP, AA, 'thank-you', 'o marcelo disse que em 7 dias me respondem', 'decision-date', '2030-12-04', chk='+7')
R('2030-11-08T09:45', LIS, RT, 'thank-you', 'afinal só decidem a 22 de novembro, não a 15', 'decision-date', '2030-11-22', chk='abs', T=True)
R('2030-10-11T08:30', MAO, ACN, 'thank-you', 'thiago disse q me dão uma resposta até meados de outubro', 'decision-date', '2030-10-15', chk='mid:10')
R('2030-12-05T18:00', SP, BC, 'thank-you', 'retorno no fim da semana que vem, segundo a larissa', 'decision-date', '2030-12-13', chk='eonw')
R('2030-11-28T10:00', LIS, AtS, 'thank-you', 'a ana rodrigues disse que respondem na quarta', 'decision-date', '2030-12-04', chk='wd:wed')
# heard-back
R('2030-09-12T16:00', SP, PA, 'follow-up-1', 'o bruno me mandou msg perguntando minha pretensão salarial, nada de proposta ainda', 'heard-back', T=True)
R('2030-08-30T11:10', SP, ME, 'thank-you', 'o gustavo ligou, ainda não tem resposta nem pra sim nem pra não', 'heard-back', T=True)
# next-round
R('2030-07-22T13:00', SP, IS, 'thank-you', 'passei!! próxima etapa quinta às 10h com a diretora', 'next-round', '2030-07-25', '10:00', chk='wd:thu')
R('2030-11-28T17:30', SP, AA, 'thank-you', 'visita técnica marcada dia 3/12 às 14h', 'next-round', '2030-12-03', '14:00', chk='abs')
R('2030-11-08T12:20', LIS, RT, 'thank-you', 'segunda entrevista na próxima terça às 9h30 com o conselho', 'next-round', '2030-11-12', '09:30', chk='wd:tue')
R('2030-08-30T19:00', SP, ME, 'thank-you', 'me chamaram pra conversar com o diretor segunda às 8 da manhã', 'next-round', '2030-09-02', '08:00', chk='wd:mon')
# offer
R('2030-12-11T20:00', SP, BC, 'follow-up-1', 'RECEBI A PROPOSTA DO BANCO CERRADO 🎉🎉', 'offer')
R('2030-08-27T12:30', LIS, TD, 'follow-up-1', 'a tejo fez-me uma proposta, vou aceitar', 'offer')
# rejected
R('2030-12-02T21:00', SP, AA, 'follow-up-1', 'reprovado na araucária, escolheram outro', 'rejected')
R('2030-10-18T17:40', MAO, ACN, 'follow-up-1', 'a amazônia cosméticos disse que não vão seguir comigo', 'rejected')
R('2030-12-04T11:00', LIS, AtS, 'follow-up-1', 'recebi a recusa da atlântico seguros', 'rejected')
# withdrawn
R('2030-12-05T21:00', LIS, MR, 'prep', 'retirei a candidatura à minho robotics, fica longe demais', 'withdrawn')
R('2030-10-09T19:30', MAO, ACN, 'confirmation', 'vou cancelar com a amazônia, aceitei outra vaga ontem', 'withdrawn')
# snooze
R('2030-07-25T08:00', SP, IS, 'follow-up-1', 'me lembra amanhã', 'snooze', '2030-07-26', chk='tmrw')
R('2030-11-21T10:00', LIS, RT, 'follow-up-1', 'lembra-me na segunda', 'snooze', '2030-11-25', chk='wd:mon')
R('2030-12-19T18:00', SP, BC, 'digest', 'depois das festas a gente vê isso', 'snooze')
R('2030-09-16T09:00', SP, PA, 'follow-up-1', 'nada de proposta ainda, me pergunta daqui a 3 dias', 'snooze', '2030-09-19', chk='+3', T=True)
# undo / reopen / correct
R('2030-12-11T20:05', SP, BC, 'digest', 'desfaz a última, cliquei errado', 'undo')
R('2030-10-25T10:00', SP, 'Jabuticaba Pagamentos', 'digest', 'reabre a jabuticaba, a recrutadora voltou a falar comigo', 'reopen', T=True)
R('2030-11-20T12:00', LIS, AtS, 'confirmation', 'correção: é às 15h30, não às 15h', 'correct', None, '15:30')
R('2030-07-11T10:00', SP, IS, 'confirmation', 'a vaga é de Analista de Riscos Sênior, não pleno', 'correct')
# commands
R('2030-10-01T12:00', SP, None, 'digest', 'me mostra todas as candidaturas', 'status')
R('2030-12-01T09:00', LIS, None, 'digest', 'manda-me uma folha de cálculo com tudo', 'export')
R('2030-07-12T19:00', SP, None, 'digest', 'como funciona isso? o que posso responder?', 'help')
R('2030-09-06T13:00', SP, 'Cooperativa Sul Grãos', 'confirmation', 'apaga essa da sul grãos, é só uma live', 'forget')
# none
R('2030-12-04T08:00', SP, BC, 'prep', 'bora! café tomado ☕', 'none')
R('2030-11-06T21:00', LIS, RT, 'prep', 'devo levar o portátil para a entrevista?', 'none', T=True)
R('2030-12-08T14:00', LIS, MR, 'thank-you', 'o meu colega recebeu proposta da minho robotics o ano passado', 'none', T=True)
R('2030-09-10T10:00', SP, PA, 'thank-you', 'se me chamarem eu aceito na hora kkkk', 'none', T=True)
R('2030-12-01T10:00', SP, AA, 'follow-up-1', 'ainda não me reprovaram, já é alguma coisa', 'none', T=True)
R('2030-10-05T18:00', SP, None, 'digest', 'o financiamento do carro foi negado 🙃', 'none', T=True)
R('2030-08-20T16:00', LIS, TD, 'thank-you', 'o rui ofereceu-me um café no fim, simpático', 'none', T=True)
R('2030-10-12T19:00', MAO, ACN, 'follow-up-1', 'minha empresa atual fez contraproposta pra eu ficar', 'none', T=True)
R('2030-11-29T23:00', LIS, AtS, 'prep', 'tenho medo de chumbar na parte técnica', 'none', T=True)
R('2030-08-12T20:00', LIS, TD, 'confirmation', 'obrigado!', 'none')
R('2030-12-12T09:00', LIS, 'Farmácias Estrela', 'digest', 'até quando tenho de responder à farmácias estrela?', 'none', T=True)
R('2030-08-29T08:30', SP, ME, 'prep', 'tô pronta. se me reprovarem pelo menos treinei', 'none', T=True)
