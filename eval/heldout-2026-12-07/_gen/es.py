from mime import make, ics
L = 'es'; M = 'Europe/Madrid'; MX = 'America/Mexico_City'
make(L, 1, dict(kind='invite', now='2027-05-05T13:20:00', userZone=M, company='Grupo Almadraba', companyAlternatives=['Almadraba'],
  role='Técnico/a de Prevención de Riesgos Laborales', start='2027-05-12T10:30', zone=M, durationMinutes=45,
  interviewers=['Rocío Marín', 'Álvaro Cuesta'], notInterviewers=['Paula Serrano', 'Marta Ibáñez'], decisionDate=None,
  notes='Gmail; "10:30 h", "aprox. 45 minutos"; titles Dña./D. not part of names; HR person on the panel.'),
  user='Marta Ibáñez <marta.ibanez.r@gmail.com>', cte='quoted-printable', intro='Otra entrevista!',
  orig={'from': 'Paula Serrano <seleccion@grupoalmadraba.es>', 'to': 'marta.ibanez.r@gmail.com',
        'date': 'mié, 5 may 2027 a las 12:51', 'subject': 'Entrevista - Técnico/a de Prevención de Riesgos Laborales'},
  body="""Estimada Marta:

Gracias por tu interés en Grupo Almadraba. Nos gustaría conocerte en una entrevista presencial:

Fecha: miércoles 12 de mayo
Hora: 10:30 h (duración aprox. 45 minutos)
Lugar: C/ Princesa 47, 3.ª planta, Madrid

Te entrevistarán Dña. Rocío Marín, Jefa de Prevención, y D. Álvaro Cuesta, de Recursos Humanos.

Por favor, confírmanos tu asistencia respondiendo a este correo.

Un saludo,
Paula Serrano
Departamento de Selección
Grupo Almadraba
""")
make(L, 2, dict(kind='invite', now='2027-09-27T10:05:00', userZone=M, company='Ebrosoft', companyAlternatives=[],
  role='Desarrolladora Frontend', start='2027-10-04T16:00', zone=M, durationMinutes=60,
  interviewers=['Iker Etxeberria', 'Nerea Goikoetxea'], notInterviewers=['Leire Arana', 'Claudia Romero'], decisionDate=None,
  notes='Spanish Outlook ("Enviado el:") with an IANA Europe/Madrid ICS attachment; range 16:00-17:00.'),
  user='Claudia Romero <claudia.romero@hotmail.es>', style='outlook', html=True,
  cal=ics(uid='ebrosoft-int-88231', start='2027-10-04T16:00', zone=M, dur=60, tz='iana', vtz='eu1',
          summary='Entrevista técnica Frontend - Claudia Romero', organizer=('Leire Arana', 'people@ebrosoft.com'),
          attendees=[('Claudia Romero', 'claudia.romero@hotmail.es'), ('Iker Etxeberria', 'iker@ebrosoft.com'), ('Nerea Goikoetxea', 'nerea@ebrosoft.com')],
          location='Google Meet', stamp='20270927T074500Z'),
  orig={'from': 'Leire Arana <people@ebrosoft.com>', 'to': 'Claudia Romero <claudia.romero@hotmail.es>',
        'date': 'lunes, 27 de septiembre de 2027 9:44', 'subject': 'Entrevista técnica - Desarrolladora Frontend'},
  body="""Hola Claudia:

Te adjunto la convocatoria para la entrevista técnica:

lunes, 4 de octubre de 2027, 16:00-17:00 (hora peninsular)
Google Meet (enlace en la invitación)

Estarán Iker Etxeberria (Tech Lead) y Nerea Goikoetxea (Frontend Engineer).

¡Mucha suerte!
Leire Arana
People Team · Ebrosoft
""")
make(L, 3, dict(kind='invite', now='2027-08-12T18:00:00', userZone=MX, company='Grupo Cenzontle', companyAlternatives=['Cenzontle'],
  role='Gerente de Cuentas Clave', start='2027-08-19T11:00', zone=MX, durationMinutes=60,
  interviewers=['Mariana Solís', 'Ricardo Treviño'], notInterviewers=['Fernanda Ochoa', 'Diego Salazar'], decisionDate=None,
  notes='Mexico City (no DST); "11:00 hrs (hora del centro de México)"; ICS in UTC (17:00Z). Lic./Ing. are titles.'),
  user='Diego Salazar <diego.salazar@icloud.com>', style='apple', html=True,
  cal=ics(uid='cenz-2027-0819-1100@grupocenzontle.mx', start='2027-08-19T11:00', zone=MX, dur=60, tz='utc',
          summary='Entrevista Gerente de Cuentas Clave', organizer=('Fernanda Ochoa', 'fochoa@grupocenzontle.mx'),
          attendees=[('Diego Salazar', 'diego.salazar@icloud.com')], location='Av. Insurgentes Sur 1602, piso 9, CDMX', stamp='20270812T230000Z'),
  calmode='attach', calcte='base64',
  orig={'from': 'Fernanda Ochoa <fochoa@grupocenzontle.mx>', 'to': 'Diego Salazar <diego.salazar@icloud.com>',
        'date': '12 de agosto de 2027, 17:31:09 GMT-6', 'subject': 'Invitación a entrevista | Grupo Cenzontle'},
  body="""Hola Diego, buena tarde.

Te confirmo tu entrevista para la vacante de Gerente de Cuentas Clave:

Jueves 19 de agosto, 11:00 hrs (hora del centro de México)
Av. Insurgentes Sur 1602, piso 9, CDMX
Duración: una hora

Te atenderán la Lic. Mariana Solís, Directora Comercial, y el Ing. Ricardo Treviño, Gerente Regional Bajío.

Saludos cordiales,
Fernanda Ochoa
Atracción de Talento | Grupo Cenzontle
""")
make(L, 4, dict(kind='invite', now='2027-09-08T09:40:00', userZone='America/Bogota', company='Cafetera Los Nevados S.A.S.', companyAlternatives=['Cafetera Los Nevados', 'Los Nevados'],
  role='Analista de Exportaciones', start='2027-09-14T15:00', zone='America/Bogota', durationMinutes=30,
  interviewers=['Andrés Felipe Rojas'], notInterviewers=['Valentina Castaño'], decisionDate='2027-09-24',
  notes='Forwarded as message/rfc822; numeric "14/9" = 14 September; "3:00 p.m."; the sender conducts the interview himself; decision by viernes 24 de septiembre.'),
  user='Valentina Castaño <vale.castano@gmail.com>', style='rfc822', cte='quoted-printable', intro='',
  orig={'from': 'Andrés Felipe Rojas <afrojas@losnevados.com.co>', 'to': 'vale.castano@gmail.com',
        'rfcdate': 'Tue, 07 Sep 2027 18:22:10 -0500', 'subject': 'Entrevista Analista de Exportaciones'},
  body="""Buenas tardes Valentina,

Como hablamos por teléfono, te agendo la entrevista virtual para el cargo de Analista de Exportaciones el martes 14/9 a las 3:00 p.m. por Teams. Serán 30 minutos conmigo.

Te estaremos dando respuesta a más tardar el viernes 24 de septiembre.

Cordialmente,

Andrés Felipe Rojas
Jefe de Comercio Exterior
Cafetera Los Nevados S.A.S. | Manizales, Colombia
""")
make(L, 5, dict(kind='invite', now='2027-10-29T17:00:00', userZone='America/Argentina/Buenos_Aires', company='Pampa Fintech', companyAlternatives=['Pampa'],
  role='QA Automation Engineer', start='2027-11-05T15:00', zone='America/Argentina/Buenos_Aires', durationMinutes=60,
  interviewers=['Martín Gutiérrez', 'Sofía Benítez'], notInterviewers=['Lucía Ferraro', 'Tomás Acosta'], decisionDate=None,
  notes='Argentina; "15 hs"; "5/11" = 5 November; Thunderbird.'),
  user='Tomás Acosta <tomas.acosta@gmail.com>', style='tb', cte='8bit',
  orig={'from': 'Lucía Ferraro <lucia@pampafintech.com.ar>', 'to': 'Tomás Acosta <tomas.acosta@gmail.com>',
        'date': '29/10/2027 16:38', 'subject': 'Entrevista técnica QA Automation'},
  intro='reenvío',
  body="""Hola Tomás, ¿cómo estás?

Te escribo para coordinar la entrevista técnica para QA Automation Engineer. Quedamos el viernes 5/11 a las 15 hs por Meet, dura 1 hora. Vas a charlar con Martín Gutiérrez (QA Lead) y Sofía Benítez (SRE).

Cualquier cosa avisame por acá.

Abrazo,
Lu

Lucía Ferraro | Talent Partner | Pampa Fintech
""")
make(L, 6, dict(kind='invite', now='2027-06-17T12:00:00', userZone=M, company='Laboratorios Albarracín', companyAlternatives=['Albarracín'],
  role='Técnica de Calidad', start='2027-06-24T09:30', zone=M, durationMinutes=90,
  interviewers=['Carmen Villalba'], notInterviewers=['Rubén Soler', 'Elena Prieto'], decisionDate=None,
  notes='Agency (Talentia Consultores) for the client; time in words "a las nueve y media"; "una hora y media"; Outlook old separator, iso-8859-1 8bit.'),
  user='Elena Prieto <elena.prieto@yahoo.es>', style='outlook-old', charset='iso-8859-1', cte='8bit',
  orig={'from': 'Rubén Soler [Talentia Consultores] <rsoler@talentiaconsultores.es>', 'to': "'Elena Prieto'",
        'date': 'jueves, 17 de junio de 2027 11:40', 'subject': 'Entrevista con Laboratorios Albarracín'},
  body="""Hola Elena:

Nuestro cliente, Laboratorios Albarracín, quiere entrevistarte para el puesto de Técnica de Calidad. Sería el jueves 24 de junio a las nueve y media de la mañana en su planta de Alcalá de Henares (Polígono La Garena, nave 12).

Te recibirá Carmen Villalba, Directora de Calidad. Reserva una hora y media porque incluye una prueba práctica.

Un saludo,
Rubén Soler
Consultor de Selección - Talentia Consultores
""")
make(L, 7, dict(kind='reschedule', now='2027-10-06T09:10:00', userZone=M, company='Seguros Barlovento', companyAlternatives=['Barlovento'],
  role='Actuario/a Junior', start='2027-10-13T12:00', zone=M, durationMinutes=None,
  interviewers=['Jorge Pastor'], notInterviewers=['Noelia Vidal', 'Marta Ibáñez'], decisionDate=None,
  notes='Text-only reschedule; old slot martes 12 de octubre 10:00 (national holiday) in the text; "misma duración" -> null.'),
  user='Marta Ibáñez <marta.ibanez.r@gmail.com>', cte='quoted-printable',
  orig={'from': 'Noelia Vidal <rrhh@segurosbarlovento.es>', 'to': 'marta.ibanez.r@gmail.com',
        'date': 'mié, 6 oct 2027 a las 8:52', 'subject': 'Cambio de fecha de tu entrevista'},
  body="""Hola Marta:

Disculpa, nos hemos dado cuenta de que el martes 12 de octubre es festivo nacional. Trasladamos tu entrevista del martes 12 a las 10:00 al miércoles 13 de octubre a las 12:00, misma duración y mismo lugar. Te entrevistará Jorge Pastor, responsable del área técnica.

Gracias por tu comprensión,
Noelia Vidal
RR. HH. Seguros Barlovento
""")
make(L, 8, dict(kind='rejection', now='2027-07-22T20:15:00', userZone=M, company='Editorial Brújula', companyAlternatives=['Brújula'],
  role='Editor/a de mesa', start=None, zone=None, durationMinutes=None, interviewers=[], notInterviewers=['Inés Robles'], decisionDate=None,
  notes='Rechazo.'),
  user='Claudia Romero <claudia.romero@hotmail.es>', cte='base64', html=True, intro='pues nada...',
  orig={'from': 'Inés Robles <seleccion@editorialbrujula.es>', 'to': 'claudia.romero@hotmail.es',
        'date': 'jue, 22 jul 2027 a las 19:03', 'subject': 'Proceso de selección Editor/a de mesa'},
  body="""Hola Claudia:

Gracias por participar en el proceso de Editor/a de mesa. Lamentablemente, hemos decidido continuar con otras candidaturas cuyo perfil se ajusta más a lo que buscamos en este momento.

Te deseamos mucha suerte en tu búsqueda.

Inés Robles
Editorial Brújula
""")
make(L, 9, dict(kind='offer', now='2027-11-24T16:00:00', userZone=MX, company='Nubetel Comunicaciones', companyAlternatives=['Nubetel'],
  role='Ingeniero de Redes Sr.', start=None, zone=None, durationMinutes=None, interviewers=[], notInterviewers=['Gabriela Medina', 'Diego Salazar'], decisionDate=None,
  notes='Carta oferta; acceptance deadline 3 de diciembre is the candidate deadline -> null.'),
  user='Diego Salazar <diego.salazar@icloud.com>', style='apple', cte='quoted-printable', intro='🙌',
  orig={'from': 'Gabriela Medina <gmedina@nubetel.mx>', 'to': 'Diego Salazar <diego.salazar@icloud.com>',
        'date': '24 de noviembre de 2027, 15:12:44 GMT-6', 'subject': 'Carta oferta - Ingeniero de Redes Sr.'},
  body="""Diego, buenas tardes:

Nos da mucho gusto extenderte la oferta para el puesto de Ingeniero de Redes Sr. en Nubetel Comunicaciones. Adjunto encontrarás la carta oferta con sueldo y prestaciones; la fecha de ingreso propuesta es el 10 de enero de 2028.

Te pedimos confirmarnos tu aceptación a más tardar el 3 de diciembre.

Saludos,
Gabriela Medina
Capital Humano, Nubetel
""")
make(L, 10, dict(kind='not-interview', now='2027-11-10T08:05:00', userZone=M, company=None, companyAlternatives=[],
  role=None, start=None, zone=None, durationMinutes=None, interviewers=[], notInterviewers=[], decisionDate=None,
  notes='Job-alert newsletter with a webinar date/time as bait.'),
  user='Elena Prieto <elena.prieto@yahoo.es>', html=True,
  orig={'from': 'EmpleoRadar <alertas@empleoradar.es>', 'to': 'elena.prieto@yahoo.es',
        'date': 'mié, 10 nov 2027 a las 7:00', 'subject': '8 ofertas nuevas de "calidad" en Madrid'},
  body="""Hola Elena, estas son tus nuevas ofertas:

- Técnico/a de Calidad - Farmacéutica Tajo (Getafe)
- Auditor/a interno/a - Conservas Cantábricas (Madrid)

Webinar gratuito: "Cómo superar la entrevista por competencias", martes 16 de noviembre a las 19:00.

Darse de baja
""")
