SRC = r"""
2031-03-25T13:00:00|-|Olivares Ibérica S.L.|thank-you|thanked|-|-|-|-|-|ya les mandé el correo de agradecimiento a marta y javier
2031-01-23T18:30:00|America/Mexico_City|Grupo Tecolote|thank-you|thanked|-|-|-|-|-|listo, ya le di las gracias al lic por correo
2031-03-17T17:00:00|America/Argentina/Buenos_Aires|Pampa Digital S.A.|thank-you|thanked|-|-|-|-|-|le mandé un mensajito a martín agradeciendo, ya está
2031-02-24T10:00:00|America/Bogota|Café Montaña Andina S.A.S.|follow-up-1|followed-up|-|-|-|-|-|ya le escribí a Valentina preguntando cómo va el proceso
2031-04-28T09:30:00|-|Hotel Mirador del Sur|follow-up-1|followed-up|-|-|-|-|-|He llamado a Pablo, el de la agencia, para preguntar
2031-06-17T11:00:00|-|Bodegas Larraín|follow-up-2|followed-up|-|-|-|-|-|les volví a escribir, segunda vez ya
2031-03-25T12:00:00|-|Olivares Ibérica S.L.|thank-you|decision-date|2031-03-27|-|-|wd:thu|-|me dicen algo el jueves
2031-01-23T17:30:00|America/Mexico_City|Grupo Tecolote|thank-you|decision-date|2031-01-31|-|-|eonw|-|me dijeron que a más tardar el viernes de la próxima semana me avisan
2031-02-12T11:00:00|America/Bogota|Café Montaña Andina S.A.S.|thank-you|decision-date|2031-02-24|-|-|abs|T|todavía no deciden, dicen que nada antes del 24
2031-03-17T16:30:00|America/Argentina/Buenos_Aires|Pampa Digital S.A.|thank-you|decision-date|2031-03-27|-|-|+10|T|todavía nada; martín dice que en 10 días me dan una respuesta
2031-04-21T13:00:00|America/Mexico_City|Farmacias del Bajío|thank-you|decision-date|2031-04-25|-|-|abs|-|paola confirmó que el viernes 25 le dan respuesta a los finalistas
2031-06-05T18:00:00|-|Bodegas Larraín|thank-you|decision-date|2031-06-15|-|-|mid:6|T|no hay decisión aún, sergio dice que a mediados de junio
2031-06-19T12:30:00|America/Argentina/Buenos_Aires|Ñandú Fintech|thank-you|decision-date|2031-06-30|-|-|eom|T|sin novedades aún, sofi dice q para fin de mes tienen la decisión
2031-03-28T10:00:00|-|Textil Marítima S.A.|follow-up-1|heard-back|-|-|-|-|T|me contestó carmen, siguen entrevistando, sin fecha
2031-05-05T16:00:00|America/Mexico_City|Farmacias del Bajío|follow-up-1|heard-back|-|-|-|-|T|me llamó paola, todavía no hay nada definido
2031-01-24T09:00:00|America/Mexico_City|Grupo Tecolote|thank-you|next-round|2031-01-28|10:00|-|wd:tue|-|me citaron a segunda entrevista el martes a las 10 am
2031-03-26T19:00:00|-|Olivares Ibérica S.L.|thank-you|next-round|2031-04-03|09:30|-|abs|-|Segunda entrevista con el director general el 3 de abril a las 9:30
2031-03-18T20:00:00|America/Argentina/Buenos_Aires|Pampa Digital S.A.|thank-you|next-round|2031-03-27|14:00|-|abs|-|pasé a la entrevista cultural!! jueves 27/3 a las 14 hs
2031-05-30T13:00:00|-|Construcciones Berrocal|thank-you|next-round|2031-06-04|08:00|-|abs|-|me quiere presentar al socio, el miércoles 4 a las 8 de la mañana
2031-04-26T11:00:00|America/Mexico_City|Farmacias del Bajío|digest|offer|-|-|offer|-|-|me dieron la gerencia!!! 🙌
2031-03-20T09:00:00|-|Textil Marítima S.A.|digest|offer|-|-|offer|-|-|Textil Marítima me ha hecho una oferta
2031-02-20T15:00:00|America/Bogota|Café Montaña Andina S.A.S.|follow-up-1|rejected|-|-|rejected|-|-|no quedé 😞
2031-04-18T21:00:00|America/Argentina/Buenos_Aires|Pampa Digital S.A.|digest|rejected|-|-|rejected|-|-|me bocharon en pampa
2031-06-10T10:00:00|-|Bodegas Larraín|follow-up-1|rejected|-|-|rejected|-|-|me han dicho que no, que buscan a alguien con más experiencia en tintos
2031-04-14T09:00:00|-|Hotel Mirador del Sur|prep|withdrawn|-|-|withdrawn|-|-|al final no voy a ir a la entrevista, me retiro del proceso
2031-05-28T19:00:00|-|Construcciones Berrocal|prep|withdrawn|-|-|withdrawn|-|-|le he dicho a ignacio que ya no me interesa el puesto
2031-04-02T09:00:00|-|Olivares Ibérica S.L.|follow-up-1|snooze|2031-04-15|-|-|abs|-|recuérdamelo después de semana santa, el martes 15
2031-02-21T10:00:00|America/Bogota|Café Montaña Andina S.A.S.|follow-up-1|snooze|2031-02-24|-|-|wd:mon|-|recuérdame el lunes
2031-06-20T08:00:00|America/Argentina/Buenos_Aires|Ñandú Fintech|follow-up-1|snooze|2031-06-24|-|-|+4|-|avisame de nuevo en 4 días
2031-03-14T19:00:00|-|Textil Marítima S.A.|follow-up-1|snooze|-|-|-|-|T|ahora no, todavía no me han dicho nada, luego lo miro
2031-04-18T21:05:00|America/Argentina/Buenos_Aires|Pampa Digital S.A.|digest|undo|-|-|-|-|-|deshacé lo último porfa, me equivoqué
2031-03-03T12:00:00|America/Bogota|Seguros Cóndor|move-on|reopen|-|-|-|-|T|vuelve a abrir lo de seguros cóndor, me llamaron otra vez
2031-01-17T08:00:00|America/Mexico_City|Grupo Tecolote|confirmation|correct|-|17:00|-|-|-|oye la entrevista es a las 5 no a las 4
2031-03-18T10:00:00|-|Olivares Ibérica S.L.|confirmation|correct|-|-|-|-|-|el puesto es Técnico de Compras Senior, corrígelo
2031-05-04T21:00:00|-|-|digest|status|-|-|-|-|-|qué tengo pendiente?
2031-06-15T12:00:00|-|-|digest|export|-|-|-|-|-|mándame un excel con todas mis candidaturas
2031-01-20T09:00:00|-|-|confirmation|help|-|-|-|-|-|qué comandos hay? no sé qué contestarte
2031-02-27T09:00:00|-|Banco Altamar|confirmation|forget|-|-|-|-|-|borra esto, no es una entrevista
2031-03-24T22:00:00|-|Olivares Ibérica S.L.|prep|none|-|-|-|-|-|qué me pongo mañana?? traje o no
2031-04-24T10:00:00|America/Mexico_City|Farmacias del Bajío|digest|none|-|-|-|-|T|a mi prima la contrataron en farmacias del bajío jaja
2031-04-30T18:00:00|-|Ingeniería Alborán S.L.|digest|none|-|-|-|-|T|mi jefe actual me ha hecho una contraoferta, no sé qué hacer
2031-02-16T10:00:00|America/Bogota|Café Montaña Andina S.A.S.|follow-up-1|none|-|-|-|-|T|aún no me han rechazado, eso es bueno no?
2031-03-19T11:00:00|America/Argentina/Buenos_Aires|Pampa Digital S.A.|thank-you|none|-|-|-|-|T|si me dicen que no me muero
2031-05-10T14:00:00|-|-|digest|none|-|-|-|-|T|me rechazaron el piso de Chamberí, qué asco de mercado
2031-06-06T09:00:00|-|Bodegas Larraín|thank-you|none|-|-|-|-|T|sergio me invitó a un vino cuando pase por haro jajaja
2031-03-25T14:00:00|-|Olivares Ibérica S.L.|thank-you|none|-|-|-|-|-|luego lo hago
2031-06-19T13:00:00|America/Argentina/Buenos_Aires|Ñandú Fintech|thank-you|none|-|-|-|-|T|me re contrataron... mentira, no dijeron nada todavía
2031-01-17T07:00:00|America/Mexico_City|Grupo Tecolote|confirmation|none|-|-|-|-|-|gracias!!
2031-03-25T09:00:00|-|Supermercados Álvarez|confirmation|none|-|-|-|-|T|a mi vecina la rechazaron en supermercados álvarez, ojalá a mí no
2031-04-10T10:00:00|America/Mexico_City|Farmacias del Bajío|confirmation|none|-|-|-|-|T|¿es presencial o en línea?
"""
