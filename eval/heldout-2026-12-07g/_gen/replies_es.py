from rcommon import mk
REPLIES, R = mk()
MAD, MEX, BA, BOG, MTY = 'Europe/Madrid', 'America/Mexico_City', 'America/Argentina/Buenos_Aires', 'America/Bogota', 'America/Monterrey'
AS, TA, PF, AE, LM, OS, NT, AC, EM, PW = ('Grupo Alcázar Seguros', 'Grupo Textil Anáhuac', 'Pampa Fintech', 'Andina Energía S.A.S.', 'Laboratorios Montseny',
    'Olivarera del Sur', 'Naranjos Tech', 'Aceros Cumbre', 'Editorial Marea', 'Patagonia Wind Power')
# thanked
R('2030-11-05T13:30', MAD, AS, 'thank-you', 'ya mandé el correo de agradecimiento a javier y carmen', 'thanked')
R('2030-07-24T18:10', BA, PF, 'thank-you', 'listo, le escribí a flor para agradecerle 🙌', 'thanked')
R('2030-09-12T19:00', MEX, TA, 'thank-you', 'ya quedó el mail de gracias al ing. méndez', 'thanked')
# followed-up
R('2030-09-25T11:00', MAD, LM, 'follow-up-1', 'le escribí a sergi para ver cómo va la cosa', 'followed-up')
R('2030-10-29T10:15', BOG, AE, 'follow-up-1', 'llamé a valentina a preguntar; no me rechazaron, sigue en revisión', 'followed-up', T=True)
R('2030-12-18T12:00', BA, PW, 'follow-up-2', 'volví a insistir con agustina por mail, segunda vez ya', 'followed-up')
# decision-date
R('2030-11-06T09:20', MAD, AS, 'thank-you', 'me dicen algo el viernes', 'decision-date', '2030-11-08', chk='wd:fri')
R('2030-09-13T14:00', MEX, TA, 'thank-you', 'la lic. sánchez dijo que deciden a finales de mes', 'decision-date', '2030-09-30', chk='eom')
R('2030-07-25T10:00', BA, PF, 'thank-you', 'flor me dijo que en 10 días tienen la respuesta', 'decision-date', '2030-08-04', chk='+10')
R('2030-09-19T17:00', MAD, LM, 'thank-you', 'hasta el 30 de septiembre no van a decidir nada, han retrasado el proceso', 'decision-date', '2030-09-30', chk='abs', T=True)
R('2030-10-16T08:30', BOG, AE, 'thank-you', 'me responden a mediados de noviembre 🙄 qué lentos', 'decision-date', '2030-11-15', chk='mid:11')
R('2030-12-13T13:00', MAD, NT, 'thank-you', 'pablo dice que después del puente… o sea el lunes 16 me contestan', 'decision-date', '2030-12-16', chk='abs')
R('2030-08-20T16:00', MTY, AC, 'thank-you', 'ni sí ni no todavía, dicen que el viernes de la próxima semana', 'decision-date', '2030-08-30', chk='nwd:fri', T=True)
# heard-back
R('2030-12-06T15:00', BA, PW, 'thank-you', 'agustina me escribió para pedir referencias, todavía no es una oferta', 'heard-back', T=True)
R('2030-08-01T11:00', MAD, EM, 'follow-up-1', 'me llamó rocío, todavía no hay nada decidido', 'heard-back', T=True)
# next-round
R('2030-11-07T12:40', MAD, AS, 'thank-you', 'segunda entrevista el miércoles 13 a las 9:30!!', 'next-round', '2030-11-13', '09:30', chk='abs')
R('2030-07-26T19:30', BA, PF, 'thank-you', 'me pasaron a la instancia final, el martes a las 17 hs con el CTO', 'next-round', '2030-07-30', '17:00', chk='wd:tue')
R('2030-10-17T09:00', BOG, AE, 'thank-you', 'nueva entrevista con el gerente el próximo lunes a las 8 de la mañana', 'next-round', '2030-10-21', '08:00', chk='wd:mon')
R('2030-08-21T18:20', MTY, AC, 'thank-you', 'me citaron otra vez, jueves 29 a las 4 de la tarde en planta', 'next-round', '2030-08-29', '16:00', chk='abs')
# offer
R('2030-09-26T20:00', MAD, LM, 'follow-up-1', '¡¡me han ofrecido el puesto en montseny!! 🥂', 'offer')
R('2030-12-20T10:30', MAD, NT, 'follow-up-1', 'naranjos tech me hizo oferta formal, la acepto', 'offer')
# rejected
R('2030-11-12T18:00', MAD, AS, 'follow-up-1', 'nada, me han descartado en alcázar', 'rejected')
R('2030-09-30T21:15', MEX, TA, 'follow-up-2', 'me llegó el correo de que no quedé en textil anáhuac', 'rejected')
R('2030-12-10T19:30', BA, PW, 'follow-up-1', 'me bocharon en patagonia wind, eligieron a otro', 'rejected')
# withdrawn
R('2030-12-16T20:30', MAD, OS, 'prep', 'al final le dije a manuel que no sigo en el proceso, me quedo donde estoy', 'withdrawn')
R('2030-08-17T12:00', MTY, AC, 'prep', 'ya no voy a ir a aceros cumbre, les avisé que retiro mi postulación', 'withdrawn')
# snooze
R('2030-07-30T09:00', MAD, EM, 'follow-up-1', 'recuérdamelo mañana', 'snooze', '2030-07-31', chk='tmrw')
R('2030-10-23T14:00', BOG, AE, 'follow-up-1', 'escríbeme otra vez el martes porfa', 'snooze', '2030-10-29', chk='wd:tue')
R('2030-12-19T08:00', MAD, NT, 'digest', 'déjalo para después de reyes', 'snooze')
R('2030-09-20T10:00', MEX, TA, 'follow-up-1', 'todavía no me rechazan ni nada, pregúntame en 4 días', 'snooze', '2030-09-24', chk='+4', T=True)
# undo / reopen / correct
R('2030-11-12T18:05', MAD, AS, 'digest', 'deshaz eso último porfa, me equivoqué de empresa', 'undo')
R('2030-10-01T10:00', BOG, 'Tostadores Sierra Nevada', 'digest', 'reabre lo de sierra nevada, me volvieron a llamar', 'reopen', T=True)
R('2030-07-19T09:00', BA, PF, 'confirmation', 'ojo que es a las 16:30, no a las 16', 'correct', None, '16:30')
R('2030-09-06T08:40', MEX, TA, 'confirmation', 'la entrevista es el viernes 13, no el jueves 12', 'correct', '2030-09-13', chk='abs')
# commands
R('2030-10-10T13:00', MAD, None, 'digest', 'cómo van mis postulaciones?', 'status')
R('2030-11-30T11:00', BA, None, 'digest', 'pasame todo en un excel', 'export')
R('2030-07-20T22:00', MEX, None, 'digest', 'ayuda, qué comandos hay?', 'help')
R('2030-10-16T13:00', MEX, 'Financiera Mixteca', 'confirmation', 'borra lo de financiera mixteca, era solo una feria', 'forget')
# none
R('2030-11-05T08:00', MAD, AS, 'prep', 'allá voy, con traje y todo', 'none')
R('2030-10-14T20:00', BOG, AE, 'prep', '¿qué les pregunto al final de la entrevista?', 'none', T=True)
R('2030-12-05T17:00', BA, PW, 'thank-you', 'a mi primo le ofrecieron laburo en patagonia wind, qué casualidad', 'none', T=True)
R('2030-09-19T09:00', MAD, LM, 'thank-you', 'si me ofrecen el puesto, negocio el sueldo', 'none', T=True)
R('2030-08-26T10:00', MTY, AC, 'follow-up-1', 'sigo sin noticias, ni para bien ni para mal', 'none', T=True)
R('2030-07-28T20:00', MAD, None, 'digest', 'me han denegado la hipoteca, qué semanita', 'none', T=True)
R('2030-12-17T18:00', MAD, OS, 'thank-you', 'manuel me ofreció pasarme por la almazara a tomar un café', 'none', T=True)
R('2030-09-27T13:00', MEX, TA, 'follow-up-1', 'mi jefe actual me hizo una contraoferta 😳', 'none', T=True)
R('2030-12-11T23:00', MAD, NT, 'prep', 'tengo miedo de que me rechacen por no tener portfolio en figma', 'none', T=True)
R('2030-08-15T09:00', MTY, AC, 'confirmation', 'gracias!!', 'none')
R('2030-11-01T12:00', MAD, 'Hoteles Brisa Mediterránea', 'digest', '¿hasta cuándo tenía para contestar a brisa?', 'none', T=True)
R('2030-07-23T19:00', BA, PF, 'prep', 'mañana es el día, ojalá no me bochen', 'none', T=True)
