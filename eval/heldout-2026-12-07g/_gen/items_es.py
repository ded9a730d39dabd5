ITEMS = []
def I(**kw): ITEMS.append(kw)

I(id='es-01', kind='invite', now='2030-10-29 09:10', uz='Europe/Madrid',
  frm='Álvaro Gil <alvaro.gil@hotmail.es>', subj='RV: Convocatoria a entrevista – Técnico/a de Siniestros', cs='windows-1252', cte='qp',
  body='''Para que me lo recuerdes, que con el puente se me olvida.

De: Lucía Navarro <lnavarro@grupoalcazar.es>
Enviado: lunes, 28 de octubre de 2030 13:47
Para: Álvaro Gil <alvaro.gil@hotmail.es>
Asunto: Convocatoria a entrevista – Técnico/a de Siniestros

Estimado Álvaro:

En relación con su candidatura al puesto de Técnico/a de Siniestros, nos complace convocarle a una entrevista presencial después del puente de Todos los Santos:

– Fecha: martes, 5 de noviembre de 2030
– Hora: 10:00 h
– Lugar: Paseo de la Castellana 141, planta 6, Madrid
– Duración aproximada: 45 minutos

Le atenderán D. Javier Ruiz Ortega, Director de Siniestros, y Dña. Carmen López, de Recursos Humanos.

Le rogamos que confirme su asistencia respondiendo a este correo.

Un cordial saludo,
Lucía Navarro
Coordinadora de Selección
Grupo Alcázar Seguros
''',
  company='Grupo Alcázar Seguros', alts=['Alcázar Seguros', 'Grupo Alcazar Seguros'], role='Técnico/a de Siniestros', start='2030-11-05T10:00', zone='Europe/Madrid', dur=45,
  iv=['Javier Ruiz Ortega', 'Carmen López'], niv=['Lucía Navarro', 'Álvaro Gil'], dd=None,
  notes='Outlook ES, windows-1252 QP with en-dash list; "después del puente de Todos los Santos"; titles D./Dña. stripped; compound surname.')

I(id='es-02', kind='invite', now='2030-09-05 11:25', uz='America/Mexico_City',
  frm='Fernanda Castillo <fer.castillo@gmail.com>', subj='Fwd: Entrevista Gerente de Compras – Grupo Textil Anáhuac', cs='utf-8', cte='qp', html=True,
  body='''Va, agéndala porfa

---------- Forwarded message ---------
De: Roberto Méndez <rmendez@textilanahuac.com.mx>
Date: jue, 5 sept 2030 a las 10:02
Subject: Entrevista Gerente de Compras – Grupo Textil Anáhuac
To: Fernanda Castillo <fer.castillo@gmail.com>


Estimada Fernanda:

Por medio del presente me permito invitarla a una entrevista para la vacante de Gerente de Compras.

La cita sería el jueves 12 de septiembre a las 4 p. m. (hora del centro de México) en nuestras oficinas de Av. Insurgentes Sur 1602, piso 9. La entrevista dura aproximadamente una hora y estarán presentes la Lic. Alejandra Sánchez, Directora de Operaciones, y un servidor.

Quedo atento a su confirmación.

Saludos cordiales,
Ing. Roberto Méndez
Gerente de Cadena de Suministro
Grupo Textil Anáhuac
''',
  company='Grupo Textil Anáhuac', alts=['Textil Anáhuac', 'Grupo Textil Anahuac'], role='Gerente de Compras', start='2030-09-12T16:00', zone='America/Mexico_City', dur=60,
  iv=['Alejandra Sánchez', 'Roberto Méndez'], niv=['Fernanda Castillo'], dd=None,
  notes='Mexico: "4 p. m. (hora del centro de México)", "un servidor" = the sender joins; Lic./Ing. titles stripped; Gmail ES header block.')

I(id='es-03', kind='invite', now='2030-07-18 15:40', uz='America/Argentina/Buenos_Aires',
  frm='Tomás Ferreyra <tomas.ferreyra@icloud.com>', subj='Fwd: Entrevista Pampa Fintech', cs='utf-8', cte='8bit',
  body='''

Enviado desde mi iPhone

Inicio del mensaje reenviado:

De: Florencia Giménez <florencia.gimenez@pampafintech.com.ar>
Fecha: 18 de julio de 2030, 14:55:03 GMT-3
Para: Tomás Ferreyra <tomas.ferreyra@icloud.com>
Asunto: Entrevista Pampa Fintech

¡Hola Tomás! ¿Cómo va?

Te escribo de Pampa Fintech por la búsqueda de Desarrollador/a Backend Sr. Nos encantó tu perfil y queremos avanzar con una entrevista técnica.

¿Te queda bien el miércoles 24 de julio a las 16 hs? Sería por Meet, de unos 40 minutos. Vas a charlar con Nicolás Acosta (Tech Lead) y yo también voy a estar.

Si no podés, pasame otro horario de esa semana.

¡Abrazo!
Flor Giménez
Talent Acquisition | Pampa Fintech S.A.
''',
  company='Pampa Fintech', alts=['Pampa Fintech S.A.'], role='Desarrollador/a Backend Sr.', start='2030-07-24T16:00', zone='America/Argentina/Buenos_Aires', dur=40,
  iv=['Florencia Giménez', 'Nicolás Acosta'], niv=['Tomás Ferreyra'], dd=None,
  notes='Apple Mail ES forward from iPhone, Argentina voseo; "16 hs"; recruiter joins ("yo también voy a estar"), signs with nickname "Flor".')

ICS_ES04 = '''BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VTIMEZONE
TZID:SA Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Valentina Cárdenas:mailto:vcardenas@andinaenergia.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Camilo Restrepo:mailto:crestrepo@andinaenergia.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Diana Ospina:mailto:dospina@andinaenergia.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Laura Quintero:mailto:laura.quintero@outlook.com
SUMMARY;LANGUAGE=es-CO:Entrevista técnica - Ingeniera de Datos
DTSTART;TZID=SA Pacific Standard Time:20301015T090000
DTEND;TZID=SA Pacific Standard Time:20301015T100000
UID:040000008200E00074C5B7101A82E00800000000E5F60718
LOCATION;LANGUAGE=es-CO:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
'''
I(id='es-04', kind='invite', now='2030-10-08 17:30', uz='America/Bogota',
  frm='Laura Quintero <laura.quintero@outlook.com>', subj='RV: Entrevista técnica - Ingeniera de Datos', cs='utf-8', cte='qp', html=True,
  ics=ICS_ES04, ics_mode='alt',
  body='''

________________________________
De: Valentina Cárdenas <vcardenas@andinaenergia.com.co>
Enviado: martes, 8 de octubre de 2030 4:58 p. m.
Para: Laura Quintero <laura.quintero@outlook.com>
CC: Camilo Restrepo <crestrepo@andinaenergia.com.co>; Diana Ospina <dospina@andinaenergia.com.co>
Asunto: Entrevista técnica - Ingeniera de Datos

Buenas tardes Laura,

Te confirmo la entrevista técnica para el cargo de Ingeniera de Datos en Andina Energía S.A.S.:

Martes 15 de octubre, de 9:00 a. m. a 10:00 a. m. (hora de Colombia), por Microsoft Teams. El lunes 14 es festivo, por eso quedó para el martes.

Te entrevistan Camilo Restrepo (Líder de Analítica) y Diana Ospina (Arquitecta de Datos). Yo solo coordino la agenda.

Feliz tarde,
Valentina Cárdenas
Analista de Gestión Humana
''',
  company='Andina Energía S.A.S.', alts=['Andina Energía', 'Andina Energia'], role='Ingeniera de Datos', start='2030-10-15T09:00', zone='America/Bogota', dur=60,
  iv=['Camilo Restrepo', 'Diana Ospina'], niv=['Valentina Cárdenas', 'Laura Quintero'], dd=None,
  notes='Colombia; inline text/calendar with Windows TZID "SA Pacific Standard Time"; "9:00 a. m. a 10:00 a. m."; Monday holiday (festivo) mentioned as bait; coordinator only schedules.')

I(id='es-05', kind='invite', now='2030-09-11 08:50', uz='Europe/Madrid',
  frm='Marta Soler <marta.soler@gmail.com>', subj='Fwd: Entrevista Laboratorios Montseny', cs='utf-8', cte='qp',
  body='Te reenvío el correo de la consultora como adjunto.\n\nMarta\n',
  attach=dict(frm='Sergi Puig <sergi.puig@talentiaconsulting.es>', to='Marta Soler <marta.soler@gmail.com>',
    date='Tue, 10 Sep 2030 19:12:40 +0200', subj='Entrevista Laboratorios Montseny', cs='iso-8859-1', cte='qp', fname='Entrevista Laboratorios Montseny.eml',
    body='''Hola Marta,

¡Buenas noticias! Laboratorios Montseny quiere conocerte para la posición de Responsable de Calidad.

Te propongo el miércoles 18 de septiembre a las 12:30, por Teams. La reunión será de 1 hora con la Dra. Núria Ferrer, Directora Técnica. Yo también estaré conectado para presentarte y hacer de enlace.

Montseny tomará una decisión antes del 27 de septiembre.

Un abrazo,

Sergi Puig
Senior Consultant | Talentia Consulting
Barcelona
'''),
  company='Laboratorios Montseny', alts=['Montseny'], role='Responsable de Calidad', start='2030-09-18T12:30', zone='Europe/Madrid', dur=60,
  iv=['Núria Ferrer', 'Sergi Puig'], niv=['Marta Soler'], dd='2030-09-27',
  notes='Forwarded as message/rfc822 from a recruitment agency (Talentia Consulting); consultant attends -> interviewer; Dra. stripped; Catalan names; decision date promised.')

I(id='es-06', kind='invite', now='2030-12-16 19:00', uz='Europe/Madrid',
  frm='Rafael Moreno <rafa.moreno@telefonica.net>', subj='Fwd: Llamada mañana - Comercial de exportación', cs='iso-8859-1', cte='8bit',
  body='''Antes de las fiestas, a ver si hay suerte

-------- Mensaje reenviado --------
Asunto: 	Llamada mañana - Comercial de exportación
Fecha: 	Mon, 16 Dec 2030 18:21:33 +0100
De: 	Manuel Romero <manuel.romero@olivareradelsur.es>
Para: 	rafa.moreno@telefonica.net



Buenas tardes Rafael:

Tal y como hemos hablado, le llamo mañana a las cinco y media de la tarde para una primera entrevista telefónica sobre el puesto de Comercial de exportación. Serán unos veinte minutos.

Saludos,
Manuel Romero
Director Comercial
Olivarera del Sur, S.L. (Écija, Sevilla)
''',
  company='Olivarera del Sur', alts=['Olivarera del Sur, S.L.', 'Olivarera del Sur S.L.'], role='Comercial de exportación', start='2030-12-17T17:30', zone='Europe/Madrid', dur=20,
  iv=['Manuel Romero'], niv=['Rafael Moreno'], dd=None,
  notes='Thunderbird ES forward, iso-8859-1 8bit; "mañana a las cinco y media de la tarde" = next day 17:30; "unos veinte minutos" = 20; run-up to Christmas.')

ICS_ES07 = '''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Interviews//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:recruitee-evt-30412@recruitee.com
DTSTAMP:20301209T090000Z
DTSTART;TZID=Europe/Madrid:20301213T110000
DTEND;TZID=Europe/Madrid:20301213T113000
SUMMARY:Videollamada - Product Designer - Naranjos Tech
LOCATION:https://meet.google.com/abc-defg-hij
ORGANIZER;CN=Naranjos Tech:mailto:jobs@naranjostech.recruitee.com
ATTENDEE;CN=Pablo Martínez:mailto:pablo@naranjostech.es
END:VEVENT
END:VCALENDAR
'''
I(id='es-07', kind='invite', now='2030-12-09 10:05', uz='Europe/Madrid',
  frm='Irene Vidal <irene.vidal.design@gmail.com>', subj='Fwd: Tu entrevista con Naranjos Tech', cs='utf-8', cte='b64', html=True,
  ics=ICS_ES07, ics_mode='att',
  body='''Después del puente ya tengo entrevista 💪

---------- Forwarded message ---------
De: Naranjos Tech <jobs@naranjostech.recruitee.com>
Date: lun, 9 dic 2030 a las 10:00
Subject: Tu entrevista con Naranjos Tech
To: <irene.vidal.design@gmail.com>


Hola Irene:

Hemos reservado tu videollamada para el puesto de Product Designer.

🗓 viernes, 13 de diciembre de 2030 · 11:00 – 11:30 (CET)
🎥 Google Meet
👤 Pablo Martínez, cofundador y CPO

Si necesitas cambiar la hora, usa el enlace de la invitación adjunta.

Un saludo,
Equipo de Naranjos Tech
Enviado con Recruitee
''',
  company='Naranjos Tech', alts=['Naranjos'], role='Product Designer', start='2030-12-13T11:00', zone='Europe/Madrid', dur=30,
  iv=['Pablo Martínez'], niv=['Irene Vidal'], dd=None,
  notes='ATS (Recruitee) sender with company display name; base64; emoji bullets; "11:00 – 11:30 (CET)"; .ics attached with IANA TZID; after the Constitución/Inmaculada puente.')

I(id='es-08', kind='invite', now='2030-08-14 13:20', uz='America/Monterrey',
  frm='Diego Salinas <diego.salinas@outlook.com>', subj='RV: RE: Entrevista - Analista de Planeación de la Demanda', cs='utf-8', cte='qp',
  body='''Ya quedó la fecha.

-----Mensaje original-----
De: Paola Treviño <ptrevino@aceroscumbre.mx>
Enviado: miércoles, 14 de agosto de 2030 12:48 p. m.
Para: Diego Salinas <diego.salinas@outlook.com>
Asunto: RE: Entrevista - Analista de Planeación de la Demanda

Diego, buen día:

Perfecto, quedamos entonces el lunes 19 a las 10 am en planta Santa Catarina. Te recibe el Ing. Héctor Garza, Gerente de Planeación; yo solo coordino, no estaré en la entrevista. Trae una identificación oficial.

Les daremos respuesta a todos los finalistas el viernes 30 de agosto.

Saludos,
Paola Treviño
Reclutamiento, Aceros Cumbre S.A. de C.V.

-----Mensaje original-----
De: Diego Salinas <diego.salinas@outlook.com>
Enviado: martes, 13 de agosto de 2030 08:15 p. m.
Para: Paola Treviño <ptrevino@aceroscumbre.mx>
Asunto: RE: Entrevista - Analista de Planeación de la Demanda

Hola Paola, el viernes 16 a las 3 pm no puedo, ¿habría opción el lunes en la mañana?

Gracias,
Diego
''',
  company='Aceros Cumbre', alts=['Aceros Cumbre S.A. de C.V.'], role='Analista de Planeación de la Demanda', start='2030-08-19T10:00', zone='America/Monterrey', dur=None,
  iv=['Héctor Garza'], niv=['Paola Treviño', 'Diego Salinas'], dd='2030-08-30',
  notes='Mexican Outlook thread (-----Mensaje original-----); "el lunes 19 a las 10 am"; earlier Friday 3 pm slot is bait; coordinator says she will not attend; decision date for all finalists.')

I(id='es-09', kind='reschedule', now='2030-07-22 10:00', uz='Europe/Madrid',
  frm='Nuria Beltrán <nuria.beltran@yahoo.es>', subj='Fwd: Cambio de hora entrevista', cs='utf-8', cte='8bit',
  body='''me la cambian

---------- Forwarded message ---------
De: Rocío Herrero <rocio.herrero@editorialmarea.es>
Date: lun, 22 jul 2030 a las 9:41
Subject: Cambio de hora entrevista
To: Nuria Beltrán <nuria.beltran@yahoo.es>


Hola Nuria:

Perdona el lío, me ha surgido una reunión con imprenta. ¿Podríamos pasar la entrevista del jueves a las 11 al viernes a la misma hora? Sigue siendo en la redacción (calle del Pez 18) y seguiré siendo yo quien te entreviste para el puesto de Editor/a de mesa.

Un abrazo,
Rocío Herrero
Jefa de Edición, Editorial Marea
''',
  company='Editorial Marea', alts=['Marea'], role='Editor/a de mesa', start='2030-07-26T11:00', zone='Europe/Madrid', dur=None,
  iv=['Rocío Herrero'], niv=['Nuria Beltrán'], dd=None,
  notes='Text-only reschedule "del jueves a las 11 al viernes a la misma hora" -> Fri 26 Jul 11:00; old slot Thu 25 Jul.')

ICS_ES10 = '''BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20301204T140000Z
DTEND:20301204T150000Z
DTSTAMP:20301128T131200Z
ORGANIZER;CN=Agustina Ríos:mailto:arios@patagoniawind.com.ar
UID:5k2m9q1r0t8v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gonzalo Ibáñez:mailto:gibanez@patagoniawind.com.ar
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Carolina Duarte:mailto:caro.duarte@gmail.com
SEQUENCE:1
SUMMARY:Entrevista Analista de Compliance (reprogramada)
LOCATION:Google Meet
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
'''
I(id='es-10', kind='reschedule', now='2030-11-28 11:30', uz='America/Argentina/Buenos_Aires',
  frm='Carolina Duarte <caro.duarte@gmail.com>', subj='Fwd: Invitación actualizada: Entrevista Analista de Compliance (reprogramada)', cs='utf-8', cte='qp', html=True,
  ics=ICS_ES10, ics_mode='alt',
  body='''La pasaron al miércoles

---------- Forwarded message ---------
De: Agustina Ríos <arios@patagoniawind.com.ar>
Date: jue, 28 nov 2030 a las 10:12
Subject: Invitación actualizada: Entrevista Analista de Compliance (reprogramada)
To: <caro.duarte@gmail.com>


Hola Carolina,

Gonzalo Ibáñez, nuestro Gerente de Legales, tuvo un viaje imprevisto y no llega al martes 3 de diciembre a las 15 hs. Reprogramamos tu entrevista para el puesto de Analista de Compliance al miércoles 4 de diciembre a las 11 hs (hora Argentina), misma duración: una hora.

Saludos,
Agustina Ríos
RR. HH. – Patagonia Wind Power S.A.
''',
  company='Patagonia Wind Power', alts=['Patagonia Wind Power S.A.', 'Patagonia Wind'], role='Analista de Compliance', start='2030-12-04T11:00', zone='America/Argentina/Buenos_Aires', dur=60,
  iv=['Gonzalo Ibáñez'], niv=['Agustina Ríos', 'Carolina Duarte'], dd=None,
  notes='Google Calendar-style updated invite inline with UTC times (14:00Z = 11:00 ART); old slot martes 3 a las 15 hs in text; "una hora".')

I(id='es-11', kind='rejection', now='2030-09-25 20:10', uz='America/Bogota',
  frm='Andrés Mejía <andres.mejia@gmail.com>', subj='Fwd: Resultado proceso Analista de Mercadeo', cs='utf-8', cte='qp', html=True,
  body='''no se dio 😕

---------- Forwarded message ---------
De: Tostadores Sierra Nevada <seleccion@tostadoressierranevada.co>
Date: mié, 25 sept 2030 a las 17:34
Subject: Resultado proceso Analista de Mercadeo
To: Andrés Mejía <andres.mejia@gmail.com>


Hola Andrés,

Te agradecemos por participar en nuestro proceso para el cargo de Analista de Mercadeo y por la entrevista del pasado 18 de septiembre con Juliana Vélez.

Lamentamos informarte que en esta ocasión no continuarás en el proceso. Tu hoja de vida quedará en nuestra base de datos y te tendremos en cuenta para futuras vacantes, como las que abriremos en enero.

Un saludo cafetero,
Equipo de Talento Humano
Tostadores Sierra Nevada S.A.S.
''',
  company='Tostadores Sierra Nevada', alts=['Tostadores Sierra Nevada S.A.S.', 'Sierra Nevada'], role='Analista de Mercadeo', start=None, zone=None, dur=None,
  iv=[], niv=['Juliana Vélez', 'Andrés Mejía'], dd=None,
  notes='Colombian rejection ("no continuarás en el proceso"); past interview date and January openings are baits.')

I(id='es-12', kind='offer', now='2030-10-30 16:45', uz='Europe/Madrid',
  frm='Beatriz Ortega <beatriz.ortega@outlook.es>', subj='RV: Propuesta de incorporación – Revenue Manager', cs='windows-1252', cte='qp',
  body='''¡¡Me lo ofrecen!!

-----Mensaje original-----
De: Jaime Aranda <jaime.aranda@brisamediterranea.com>
Enviado: miércoles, 30 de octubre de 2030 15:20
Para: Beatriz Ortega <beatriz.ortega@outlook.es>
Asunto: Propuesta de incorporación – Revenue Manager

Hola Beatriz:

Tras las entrevistas, nos alegra comunicarte que queremos que te incorpores a Hoteles Brisa Mediterránea como Revenue Manager. Te adjuntamos la carta oferta: 48.000 € brutos anuales más variable, incorporación el 2 de diciembre.

Te agradeceríamos una respuesta antes del viernes 8 de noviembre.

Un saludo,
Jaime Aranda
Director de Personas
Hoteles Brisa Mediterránea
''',
  company='Hoteles Brisa Mediterránea', alts=['Brisa Mediterránea', 'Hoteles Brisa Mediterranea'], role='Revenue Manager', start=None, zone=None, dur=None,
  iv=[], niv=['Jaime Aranda', 'Beatriz Ortega'], dd=None,
  notes='Offer in windows-1252 with € and en dash; "respuesta antes del viernes 8 de noviembre" is the candidate deadline (decisionDate null); start date bait.')

I(id='es-13', kind='not-interview', now='2030-10-16 12:00', uz='America/Mexico_City',
  frm='Karla Hernández <karla.hdz@hotmail.com>', subj='RV: Te invitamos a nuestra Feria de Empleo Virtual', cs='utf-8', cte='qp', html=True,
  body='''¿Esto cuenta como entrevista?

________________________________
De: Financiera Mixteca <talento@financieramixteca.mx>
Enviado: martes, 15 de octubre de 2030 06:00 p. m.
Para: karla.hdz@hotmail.com
Asunto: Te invitamos a nuestra Feria de Empleo Virtual

¡Hola, Karla!

Como te postulaste a Financiera Mixteca este año, te invitamos a nuestra Feria de Empleo Virtual:

Sábado 26 de octubre, de 10:00 a 14:00 h (hora del centro)
Plataforma: Zoom Webinars — regístrate antes del jueves 24

Habrá charlas con nuestra directora de Talento, Mariana Ruiz, y mini entrevistas de 15 minutos por orden de llegada.

¡Te esperamos!
Equipo de Atracción de Talento
''',
  company='Financiera Mixteca', alts=['Mixteca'], role=None, start=None, zone=None, dur=None,
  iv=[], niv=['Mariana Ruiz', 'Karla Hernández'], dd=None,
  notes='Virtual job fair invitation with date, time range, registration deadline and "mini entrevistas de 15 minutos" walk-in bait; not a scheduled interview.')

I(id='es-14', kind='not-interview', now='2030-09-03 09:00', uz='America/Argentina/Buenos_Aires',
  frm='Lucas Benítez <lucas.benitez@yahoo.com.ar>', subj='Fwd: Reservá tu turno de entrevista - Jefe/a de Mantenimiento', cs='utf-8', cte='qp',
  body='''tengo que elegir horario, recordamelo

---------- Forwarded message ---------
De: Lácteos La Tranquera <rrhh@lalacteatranquera.com.ar>
Date: lun, 2 sept 2030 a las 18:30
Subject: Reservá tu turno de entrevista - Jefe/a de Mantenimiento
To: <lucas.benitez@yahoo.com.ar>


¡Hola Lucas!

Pasaste a la siguiente etapa para el puesto de Jefe/a de Mantenimiento. Elegí el horario que te quede mejor entre el lunes 9 y el miércoles 11 de septiembre, de 9 a 17 hs, en este link:

https://agenda.lalacteatranquera.com.ar/turnos/mantenimiento

Los turnos son de 45 minutos. Tenés tiempo de reservar hasta el viernes 6 a las 12 hs.

Equipo de RR. HH.
Lácteos La Tranquera
''',
  company='Lácteos La Tranquera', alts=['La Tranquera', 'Lacteos La Tranquera'], role='Jefe/a de Mantenimiento', start=None, zone=None, dur=None,
  iv=[], niv=['Lucas Benítez'], dd=None,
  notes='"Book a slot" mail with a date range, slot length and booking deadline but no slot chosen -> not-interview.')
