SRC = r"""
2031-03-13T16:00:00|-|Ipê Tecnologia Ltda.|thank-you|thanked|-|-|-|-|-|mandei o agradecimento pro rafael e pra camila ✔️
2031-04-22T14:30:00|Europe/Lisbon|Vinhos Quinta do Tejo, S.A.|thank-you|thanked|-|-|-|-|-|Já enviei o email de agradecimento à Dra. Inês
2031-02-10T17:10:00|-|Cervejaria Serra Azul|thank-you|thanked|-|-|-|-|-|agradeci o marcos no linkedin, feito
2031-05-06T10:00:00|-|Banco Jacarandá S.A.|follow-up-1|followed-up|-|-|-|-|-|mandei email pra patrícia perguntando do processo
2031-03-20T11:00:00|Europe/Lisbon|Farmácias Lusas|follow-up-1|followed-up|-|-|-|-|-|liguei à Sara da agência a perguntar se há novidades
2031-06-12T09:00:00|-|Agro Cerrado S.A.|follow-up-2|followed-up|-|-|-|-|T|cobrei de novo a juliana, segunda vez, e nada
2031-03-13T17:00:00|-|Ipê Tecnologia Ltda.|thank-you|decision-date|2031-03-18|-|-|wd:tue|-|camila disse que dão retorno até terça
2031-04-22T15:00:00|Europe/Lisbon|Vinhos Quinta do Tejo, S.A.|thank-you|decision-date|2031-05-02|-|-|eonw|-|Disseram-me que decidem até ao fim da próxima semana
2031-02-10T18:00:00|-|Cervejaria Serra Azul|thank-you|decision-date|2031-02-20|-|-|abs|T|ainda sem decisão, só vão decidir no dia 20
2031-04-22T12:00:00|-|Banco Jacarandá S.A.|thank-you|decision-date|2031-04-29|-|-|+7|T|ainda sem resposta, disseram q dão retorno em 7 dias
2031-05-28T17:00:00|-|Agro Cerrado S.A.|thank-you|decision-date|2031-05-31|-|-|eom|-|a juliana falou que decidem até o fim do mês
2031-06-09T12:00:00|-|Amazônia Logística|thank-you|decision-date|2031-06-13|-|-|wd:fri|-|beatriz falou que me responde na sexta
2031-02-22T10:00:00|-|Construtora Aroeira|thank-you|decision-date|2031-03-15|-|-|mid:3|T|nada ainda, o fábio disse que só em meados de março
2031-03-26T15:00:00|-|Ipê Tecnologia Ltda.|follow-up-1|heard-back|-|-|-|-|T|a camila respondeu, ainda estão fechando a vaga, sem previsão
2031-05-27T10:00:00|Europe/Lisbon|Têxteis Minho, Lda.|follow-up-1|heard-back|-|-|-|-|T|A Helena ligou-me, ainda não há decisão nenhuma
2031-03-13T18:00:00|-|Ipê Tecnologia Ltda.|thank-you|next-round|2031-03-17|10:00|-|wd:mon|-|passei pra próxima fase!! entrevista com o gerente segunda às 10h
2031-04-23T09:00:00|-|Banco Jacarandá S.A.|thank-you|next-round|2031-04-30|15:00|-|abs|-|2ª entrevista com o diretor dia 30/04 às 15h
2031-03-07T18:00:00|Europe/Lisbon|Farmácias Lusas|thank-you|next-round|2031-03-12|09:30|-|wd:wed|-|Segunda entrevista na quarta-feira às 9h30, na sede
2031-01-16T16:00:00|Europe/Lisbon|Azulejo Digital|thank-you|next-round|2031-01-23|14:00|-|abs|-|querem que faça um desafio presencial dia 23 às 14h
2031-05-01T10:00:00|-|Banco Jacarandá S.A.|digest|offer|-|-|offer|-|-|RECEBI A PROPOSTA DO JACARANDÁ 😭😭
2031-02-14T19:00:00|-|Cervejaria Serra Azul|follow-up-1|offer|-|-|offer|-|-|fui aprovada!! começo em março
2031-03-24T12:00:00|-|Ipê Tecnologia Ltda.|follow-up-1|rejected|-|-|rejected|-|-|não passei, escolheram outra pessoa
2031-06-16T20:00:00|-|Amazônia Logística|digest|rejected|-|-|rejected|-|-|a amazônia me dispensou
2031-01-27T09:00:00|Europe/Lisbon|Azulejo Digital|follow-up-1|rejected|-|-|rejected|-|-|Recebi um não da Azulejo. Paciência.
2031-05-26T08:00:00|-|Agro Cerrado S.A.|prep|withdrawn|-|-|withdrawn|-|-|desisti da vaga, não quero me mudar pro MT
2031-05-16T12:00:00|Europe/Lisbon|Têxteis Minho, Lda.|confirmation|withdrawn|-|-|withdrawn|-|-|já avisei que retiro a candidatura
2031-02-26T20:00:00|-|Construtora Aroeira|follow-up-1|snooze|2031-03-06|-|-|abs|-|me lembra depois do carnaval, na quinta dia 6
2031-04-17T09:00:00|-|Banco Jacarandá S.A.|prep|snooze|2031-04-22|-|-|wd:tue|-|me lembra na terça de manhã
2031-03-15T10:00:00|Europe/Lisbon|Farmácias Lusas|follow-up-1|snooze|2031-03-18|-|-|+3|-|lembra-me daqui a 3 dias
2031-06-09T09:00:00|-|Mercado Bem-te-vi|follow-up-1|snooze|-|-|-|-|T|agora não dá, ainda não responderam, depois vejo isso
2031-06-16T20:02:00|-|Amazônia Logística|digest|undo|-|-|-|-|-|opa, desfaz isso, foi engano
2031-06-14T11:00:00|-|Mercado Bem-te-vi|move-on|reopen|-|-|-|-|T|reabre a do bem-te-vi, me chamaram pra outra vaga parecida
2031-02-04T08:00:00|-|Cervejaria Serra Azul|confirmation|correct|-|16:00|-|-|-|a entrevista é às 16h, não 15h
2031-04-10T12:00:00|Europe/Lisbon|Vinhos Quinta do Tejo, S.A.|confirmation|correct|2031-04-23|-|-|abs|-|a data está errada, é dia 23 e não 22
2031-03-30T21:00:00|-|-|digest|status|-|-|-|-|-|como tão minhas candidaturas?
2031-06-01T15:00:00|-|-|digest|export|-|-|-|-|-|me manda uma planilha com tudo
2031-01-20T09:00:00|-|-|confirmation|help|-|-|-|-|-|o que eu posso te pedir?
2031-03-10T10:00:00|-|Cosméticos Brisa|confirmation|forget|-|-|-|-|-|apaga isso, é só newsletter
2031-03-12T22:00:00|-|Ipê Tecnologia Ltda.|prep|none|-|-|-|-|-|tô muito nervosa kkkk
2031-04-25T10:00:00|-|Banco Jacarandá S.A.|digest|none|-|-|-|-|T|meu amigo foi contratado no jacarandá, tô torcendo pra ser a próxima
2031-05-15T18:00:00|Europe/Lisbon|Seguradora Oceânica|digest|none|-|-|-|-|T|a minha empresa atual fez-me uma contraproposta 🤔
2031-03-01T10:00:00|-|Construtora Aroeira|follow-up-1|none|-|-|-|-|T|ainda não me reprovaram, então tô no páreo
2031-05-29T12:00:00|-|Agro Cerrado S.A.|thank-you|none|-|-|-|-|T|se me chamarem eu aceito na hora
2031-04-05T17:00:00|-|-|digest|none|-|-|-|-|T|o banco negou meu financiamento, que fase
2031-06-10T09:00:00|-|Amazônia Logística|thank-you|none|-|-|-|-|T|a beatriz me chamou pra tomar um café com a equipe, é bom sinal né?
2031-02-10T16:30:00|-|Cervejaria Serra Azul|thank-you|none|-|-|-|-|-|faço mais tarde
2031-03-14T11:00:00|-|Ipê Tecnologia Ltda.|thank-you|none|-|-|-|-|T|me contrataram!!! brincadeira, ainda nada
2031-05-21T08:00:00|-|Agro Cerrado S.A.|confirmation|none|-|-|-|-|-|valeu!
2031-06-12T21:00:00|-|Mercado Bem-te-vi|digest|none|-|-|-|-|T|o bem-te-vi também reprovou minha colega
2031-04-29T08:00:00|-|Hospital Santa Clara do Sul|confirmation|none|-|-|-|-|T|preciso levar algum documento?
"""
