from mime import write
LF = 'Lucía Ferrer <lucia.ferrer@gmail.example>'
DS = 'Diego Salinas <diego.salinas@outlook.example>'
MQ = 'Martina Quiroga <martiquiroga@fibertel.example>'
AR = 'Andrés Rincón <andres.rincon@une.example>'
F = []

F.append(dict(id='es-01', uz='Europe/Madrid', now='2028-09-08T12:40', user=LF, style='outlook', cs='windows-1252', cte='qp', ago=55,
 frm='Rocío Benítez <rbenitez@alcarazlogistica.example>', subj='Entrevista – Jefe/a de Almacén (Getafe)',
 body='''Buenos días, Lucía:

Te escribo de parte de Grupo Alcaraz Logística en relación con tu candidatura al puesto de Jefe/a de Almacén en nuestra plataforma de Getafe.

Nos gustaría conocerte en persona el próximo miércoles 13 de septiembre a las 10:30 h en nuestras oficinas (Av. de las Ciudades 12, Getafe). Duración aproximada: una hora.

Te entrevistarán D. Ernesto Villalba, Director de Operaciones, y Dña. Marta Quesada, de RR. HH.

Os comunicaremos la decisión antes del viernes 22 de septiembre.

¿Me confirmas asistencia?

Un saludo,
Rocío Benítez
Técnica de Selección
Grupo Alcaraz Logística''',
 exp=dict(kind='invite', company='Grupo Alcaraz Logística', alts=['Alcaraz Logística', 'Grupo Alcaraz'], role='Jefe/a de Almacén', start='2028-09-13T10:30', zone='Europe/Madrid', dur=60,
  iv=['Ernesto Villalba', 'Marta Quesada'], niv=['Rocío Benítez', 'Lucía'], dd='2028-09-22',
  notes='windows-1252 QP; titles D./Dña.; HR on panel; sender only schedules.')))

F.append(dict(id='es-02', uz='America/Mexico_City', now='2028-10-30T17:10', user=DS, style='gmail', html=True, cte='qp',
 frm='Karla Mendoza <karla.mendoza@tecolote.example>', subj='Entrevista Gerente de Planeación de Demanda – Grupo Tecolote',
 body='''Hola Diego, buenas tardes.

Por medio del presente te confirmo tu entrevista para la vacante de Gerente de Planeación de Demanda:

• Fecha: jueves 9 de noviembre
• Hora: 11:00 hrs (hora del centro de México)
• Duración: una hora y media
• Modalidad: presencial, Corporativo Tecolote, Av. Vasco de Quiroga 3000, Santa Fe

Te entrevistarán la Lic. Fernanda Ibarra, Directora de Supply Chain, y el Ing. Rodrigo Cárdenas, Gerente de S&OP.

Favor de traer identificación oficial para el acceso.

Saludos cordiales,
Karla Mendoza
Atracción de Talento | Grupo Tecolote Alimentos''',
 ics=dict(start='2028-11-09T11:00', zone='America/Mexico_City', dur=90, utc=True, summary='Entrevista Diego Salinas',
  organizer=('Karla Mendoza', 'karla.mendoza@tecolote.example'), attendees=[('Fernanda Ibarra', 'fibarra@tecolote.example'), ('Rodrigo Cárdenas', 'rcardenas@tecolote.example')],
  location='Corporativo Santa Fe'),
 exp=dict(kind='invite', company='Grupo Tecolote Alimentos', alts=['Grupo Tecolote', 'Tecolote'], role='Gerente de Planeación de Demanda', start='2028-11-09T11:00', zone='America/Mexico_City', dur=90,
  iv=['Fernanda Ibarra', 'Rodrigo Cárdenas'], niv=['Karla Mendoza', 'Diego'],
  notes='Mexico (no DST since 2022) while the US changes on Nov 5; ICS in UTC (17:00Z); Lic./Ing. titles; "11:00 hrs".')))

F.append(dict(id='es-03', uz='America/Argentina/Buenos_Aires', now='2028-09-28T18:05', user=MQ, style='apple', cte='8bit', note='Yerbal!! 🤞',
 frm='Sol Benedetti <sol.benedetti@yerbal.example>', subj='Entrevista Analista de Riesgo Crediticio Sr.',
 body='''Hola Martina, ¿cómo estás?

Te confirmamos la entrevista para la búsqueda de Analista de Riesgo Crediticio Sr. para el martes 3/10 a las 15 hs, en nuestras oficinas de Av. Corrientes 1386, piso 9 (CABA).

Vas a estar con Federico Aguirre, líder de Riesgo, y conmigo. Calculá alrededor de 40 minutos.

Cualquier cosa avisame por acá.

¡Saludos!
Sol Benedetti
Talent Acquisition – Yerbal Pagos''',
 exp=dict(kind='invite', company='Yerbal Pagos', alts=['Yerbal'], role='Analista de Riesgo Crediticio Sr.', start='2028-10-03T15:00', zone='America/Argentina/Buenos_Aires', dur=40,
  iv=['Federico Aguirre', 'Sol Benedetti'], niv=['Martina'], notes='Argentine voseo; "3/10" = 3 October; "15 hs"; sender joins ("y conmigo").')))

F.append(dict(id='es-04', uz='America/Bogota', now='2028-08-22T08:30', user=AR, style='attach', note='Reenvío como adjunto la cita con la Cafetera',
 frm='Citaly <notificaciones@citaly.example>', subj='Tu entrevista con Cafetera Andina S.A.S. está agendada', html=True, cte='b64',
 body='''Hola Andrés,

Tu entrevista quedó agendada.

Empresa: Cafetera Andina S.A.S.
Cargo: Coordinador de Exportaciones
Fecha: jueves 31 de agosto de 2028
Hora: 9:00 a. m. (hora Colombia)
Duración: 45 minutos
Entrevistadora: Paula Restrepo, Gerente Comercial
Lugar: videollamada (Google Meet)

Citaly agenda entrevistas en nombre de Cafetera Andina S.A.S.''',
 ics=dict(start='2028-08-31T09:00', zone='America/Bogota', dur=45, utc=True, summary='Entrevista Cafetera Andina – Coordinador de Exportaciones',
  organizer=('Cafetera Andina Talento Humano', 'talento@cafeteraandina.example'), attendees=[('Paula Restrepo', 'prestrepo@cafeteraandina.example'), ('Andrés Rincón', 'andres.rincon@une.example')],
  location='Google Meet', prodid='-//Citaly//ES'),
 exp=dict(kind='invite', company='Cafetera Andina S.A.S.', alts=['Cafetera Andina'], role='Coordinador de Exportaciones', start='2028-08-31T09:00', zone='America/Bogota', dur=45,
  iv=['Paula Restrepo'], niv=['Andrés'], notes='message/rfc822 from a scheduling tool; ICS in UTC (14:00Z) with "hora Colombia" in text.')))

F.append(dict(id='es-05', uz='Europe/Madrid', now='2028-10-31T10:10', user=LF, style='tbird', cs='iso-8859-1', cte='qp',
 frm='Álvaro Medina <amedina@talentoiberico.example>', subj='Entrevista con Laboratorios Benavent',
 body='''Hola Lucía:

Como te adelanté por teléfono, Laboratorios Benavent quiere entrevistarte para la posición de Técnico/a de Calidad en su planta de Paterna.

Fecha: lunes 6/11
Hora: 9:00
Lugar: Calle Ciudad de Sevilla 22, Paterna (Valencia)

La entrevista será con Inmaculada Soler, Directora de Calidad, y durará media hora aproximadamente. Yo no estaré presente, pero te llamo después para que me cuentes.

Un abrazo,
Álvaro Medina
Consultor Senior - Talento Ibérico Consultores''',
 exp=dict(kind='invite', company='Laboratorios Benavent', alts=['Benavent'], role='Técnico/a de Calidad', start='2028-11-06T09:00', zone='Europe/Madrid', dur=30,
  iv=['Inmaculada Soler'], niv=['Álvaro Medina', 'Lucía'], notes='Agency consultant writing for client; "6/11" = 6 November; consultant not present; ISO-8859-1.')))

F.append(dict(id='es-06', uz='Europe/Madrid', now='2028-11-14T16:45', user=LF, style='outlook-orig', html=True, cte='qp',
 frm='Clara Roig <clara.roig@nautilia.example>', subj='Entrevista técnica QA Engineer – Nautilia',
 body='''Hola Lucía,

¡Gracias por tu paciencia! Te confirmo la entrevista técnica para QA Engineer el martes 21 de noviembre, de 16:00 a 17:00 (hora peninsular), por Google Meet.

Estarán:
- Jordi Puig (QA Lead)
- Núria Castells (Engineering Manager)
- Sergi Lamas (People)

Os daremos respuesta como tarde el 1 de diciembre.

Salutacions / Saludos,
Clara Roig
Talent Team · Nautilia Software S.L. · Barcelona''',
 ics=dict(start='2028-11-21T16:00', zone='Europe/Madrid', dur=60, tzid='Romance Standard Time', tzkind='EU', inline=True,
  summary='Entrevista técnica – Lucía Ferrer', organizer=('Clara Roig', 'clara.roig@nautilia.example'),
  attendees=[('Jordi Puig', 'jordi.puig@nautilia.example'), ('Núria Castells', 'nuria.castells@nautilia.example'), ('Sergi Lamas', 'sergi.lamas@nautilia.example')], location='Google Meet'),
 exp=dict(kind='invite', company='Nautilia Software S.L.', alts=['Nautilia', 'Nautilia Software'], role='QA Engineer', start='2028-11-21T16:00', zone='Europe/Madrid', dur=60,
  iv=['Jordi Puig', 'Núria Castells', 'Sergi Lamas'], niv=['Clara Roig', 'Lucía'], dd='2028-12-01',
  notes='Panel as list incl. People partner; "hora peninsular"; Windows TZID inline ICS.')))

F.append(dict(id='es-07', uz='Europe/Madrid', now='2028-08-14T19:30', user=LF, style='gmail', cte='8bit',
 frm='Pablo Esteve <pablo@cierzoenergia.example>', subj='charla rápida',
 body='''Buenas Lucía!

Soy Pablo, CTO de Cierzo Energía. Vi tu perfil para lo de Desarrollador/a Full Stack y me encantaría charlar contigo. Te he bloqueado el jueves 17 a las 12:00, serán 20 minutillos por videollamada, te paso el enlace ese mismo día.

Si no te cuadra, dime y lo movemos.

Un saludo desde Zaragoza,
Pablo Esteve''',
 exp=dict(kind='invite', company='Cierzo Energía', role='Desarrollador/a Full Stack', start='2028-08-17T12:00', zone='Europe/Madrid', dur=20,
  iv=['Pablo Esteve'], niv=['Lucía'], notes='Interviewer writes himself, very informal ("20 minutillos"); day number without month.')))

F.append(dict(id='es-08', uz='America/Bogota', now='2028-10-10T11:15', user=AR, style='gmail', html=True, cte='b64',
 frm='Laura Vélez <lvelez@bancodelparamo.example>', subj='Citación a entrevista - Analista de Datos Senior',
 body='''Buenos días, Andrés:

Reciba un cordial saludo. Nos permitimos citarlo a entrevista para el cargo de Analista de Datos Senior, el viernes 20 de octubre de 2028 a las 2:30 p. m., en la sede principal (Carrera 7 # 71-21, Bogotá).

Duración: 1 hora.
Estarán presentes Camilo Ospina, Jefe de Analítica, y quien le escribe.

Agradecemos confirmar su asistencia.

Cordialmente,

Laura Vélez
Profesional de Gestión Humana
Banco del Páramo''',
 exp=dict(kind='invite', company='Banco del Páramo', role='Analista de Datos Senior', start='2028-10-20T14:30', zone='America/Bogota', dur=60,
  iv=['Camilo Ospina', 'Laura Vélez'], niv=['Andrés'], notes='Colombian formal usted; "2:30 p. m."; sender joins ("quien le escribe").')))

F.append(dict(id='es-09', uz='America/Mexico_City', now='2028-11-06T09:50', user=DS, style='outlook', html=True, cte='qp', note='la movieron',
 frm='Karla Mendoza <karla.mendoza@tecolote.example>', subj='CAMBIO DE HORARIO: Entrevista Grupo Tecolote',
 body='''Hola Diego,

Te ofrezco una disculpa: la Lic. Ibarra tendrá que viajar a Monterrey el jueves, por lo que necesitamos mover tu entrevista del jueves 9 de noviembre a las 11:00 al viernes 10 de noviembre a las 13:00 hrs. Mismo lugar y misma duración.

Te envío la invitación actualizada.

Saludos,
Karla Mendoza
Grupo Tecolote Alimentos''',
 ics=dict(start='2028-11-10T13:00', zone='America/Mexico_City', dur=90, tzid='Central Standard Time (Mexico)', tzkind='MX', seq=1, summary='Entrevista Diego Salinas',
  organizer=('Karla Mendoza', 'karla.mendoza@tecolote.example'), attendees=[('Fernanda Ibarra', 'fibarra@tecolote.example'), ('Rodrigo Cárdenas', 'rcardenas@tecolote.example')], location='Corporativo Santa Fe'),
 exp=dict(kind='reschedule', company='Grupo Tecolote Alimentos', alts=['Grupo Tecolote', 'Tecolote'], role=None, start='2028-11-10T13:00', zone='America/Mexico_City', dur=90,
  iv=['Fernanda Ibarra', 'Rodrigo Cárdenas'], niv=['Karla Mendoza', 'Diego'],
  notes='Reschedule; "misma duración" in text but the updated ICS gives 90 min; Windows TZID "Central Standard Time (Mexico)"; after the US DST change Mexico still -06.')))

F.append(dict(id='es-10', uz='America/Argentina/Buenos_Aires', now='2028-10-02T10:20', user=MQ, style='gmail', cte='qp',
 frm='Sol Benedetti <sol.benedetti@yerbal.example>', subj='Re: Entrevista Analista de Riesgo Crediticio Sr.',
 body='''Hola Martu,

Perdón por el cambio a último momento: a Fede le surgió un imprevisto mañana. ¿Lo pasamos al jueves 5/10 a las 11 hs? Misma modalidad, acá en Corrientes.

Avisame si te sirve 🙏

Sol
Yerbal Pagos''',
 exp=dict(kind='reschedule', company='Yerbal Pagos', alts=['Yerbal'], role='Analista de Riesgo Crediticio Sr.', start='2028-10-05T11:00', zone='America/Argentina/Buenos_Aires', dur=None,
  iv=['Fede'], niv=['Sol'], notes='Reschedule with nickname only ("Fede" = Federico Aguirre, also correct); no duration; role only in subject.')))

F.append(dict(id='es-11', uz='Europe/Madrid', now='2028-11-29T13:05', user=LF, style='gmail', cte='qp', note='pues nada…',
 frm='Clara Roig <clara.roig@nautilia.example>', subj='Tu proceso con Nautilia',
 body='''Hola Lucía,

Muchas gracias por tu tiempo en la entrevista técnica. El equipo ha valorado mucho tu enfoque, pero finalmente hemos decidido continuar con otra persona cuyo perfil encaja mejor con lo que necesitamos ahora mismo en automatización.

Te deseamos mucha suerte y ojalá coincidamos en el futuro.

Un abrazo,
Clara Roig
Nautilia Software S.L.''',
 exp=dict(kind='rejection', company='Nautilia Software S.L.', alts=['Nautilia'], role=None, niv=['Clara Roig', 'Lucía'], notes='Soft-worded rejection ("continuar con otra persona").')))

F.append(dict(id='es-12', uz='America/Bogota', now='2028-11-03T16:40', user=AR, style='outlook', html=True, cte='qp',
 frm='Laura Vélez <lvelez@bancodelparamo.example>', subj='Oferta laboral – Analista de Datos Senior',
 body='''Buenas tardes, Andrés:

Con mucho gusto le informamos que ha sido seleccionado para el cargo de Analista de Datos Senior en el Banco del Páramo. Adjuntamos la oferta con el detalle de salario y beneficios; la fecha de ingreso propuesta es el 4 de diciembre.

Le agradecemos enviarnos su respuesta a más tardar el 10 de noviembre.

Cordialmente,
Laura Vélez
Gestión Humana''',
 exp=dict(kind='offer', company='Banco del Páramo', role='Analista de Datos Senior', niv=['Laura Vélez', 'Andrés'],
  notes='Offer; response deadline is the candidate\'s -> decisionDate null; start date not an interview.')))

F.append(dict(id='es-13', uz='Europe/Madrid', now='2028-10-09T08:05', user=LF, style='apple', html=True, cte='qp',
 frm='EmpleoYa Alertas <alertas@empleoya.example>', subj='5 ofertas nuevas de «jefe de almacén» en Madrid',
 body='''Hola Lucía,

Estas son las nuevas ofertas para tu alerta «jefe de almacén – Madrid»:

Responsable de Almacén – Logística Henares – Alcalá de Henares
Jefe/a de Turno – Frío Meseta – Coslada
Supervisor/a de Operaciones – Rutas del Sur – Pinto

No te pierdas la Feria de Empleo Madrid Sur: miércoles 18 de octubre, de 10:00 a 18:00, IFEMA pabellón 3.

Darte de baja''',
 exp=dict(kind='not-interview', company=None, role=None, notes='Job alert baited with a job-fair date.')))

F.append(dict(id='es-14', uz='Europe/Madrid', now='2028-08-24T09:20', user=LF, style='gmail', html=True, cte='qp',
 frm='Grupo Alcaraz Logística <empleo@alcarazlogistica.example>', subj='Hemos recibido tu candidatura',
 body='''Hola Lucía,

Gracias por tu interés en Grupo Alcaraz Logística. Hemos recibido correctamente tu candidatura para Jefe/a de Almacén (Getafe).

Si tu perfil encaja, una persona del equipo de selección se pondrá en contacto contigo en las próximas semanas para concertar una entrevista.

Mientras tanto, te invitamos a nuestra jornada de puertas abiertas el martes 5 de septiembre a las 17:00 en Getafe.

Equipo de Selección
Grupo Alcaraz Logística''',
 exp=dict(kind='not-interview', company='Grupo Alcaraz Logística', alts=['Alcaraz Logística'], role='Jefe/a de Almacén', niv=['Lucía'],
  notes='Acknowledgement baited with an open-day date/time and "entrevista".')))

write('es', F)
