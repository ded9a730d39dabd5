from lib import ics
items = [
dict(id='es-01', kind='invite', style='outlook', prefix='RV: ', now='2031-03-18T09:14:00+01:00', userZone='Europe/Madrid',
 user=('Laura Giménez', 'laura.gimenez@hotmail.es'), note='',
 orig_from=('Marta Ruiz', 'marta.ruiz@olivaresiberica.es'), orig_date='2031-03-17T13:50:00+01:00',
 subject='Convocatoria entrevista – Técnico/a de Compras',
 charset='utf-8', cte='quoted-printable',
 body="""Buenos días, Laura:

Tras revisar tu candidatura para el puesto de Técnico/a de Compras, nos gustaría conocerte en persona.

Te esperamos el martes 25 de marzo a las 10:30 en nuestras oficinas de Olivares Ibérica S.L. (Calle de Alcalá 214, 3.ª planta, Madrid). La entrevista durará aproximadamente una hora y estarán presentes D. Javier Ortega, director de Compras, y yo misma.

Te ruego que me confirmes tu asistencia respondiendo a este correo.

Un saludo,

Dña. Marta Ruiz
Responsable de Selección
Olivares Ibérica S.L.
Tel. 91 555 23 40
""",
 exp=dict(company='Olivares Ibérica S.L.', alt=['Olivares Ibérica', 'Olivares Iberica'], role='Técnico/a de Compras', start='2031-03-25T10:30', zone='Europe/Madrid', dur=60,
  iv=['Javier Ortega', 'Marta Ruiz'], niv=['Laura Giménez'],
  notes='D./Dña. titles; sender joins ("y yo misma"); "aproximadamente una hora".')),

dict(id='es-02', kind='invite', style='gmail', prefix='Fwd: ', now='2031-01-16T20:05:00-06:00', userZone='America/Mexico_City',
 user=('Diego Hernández', 'diego.hdz88@gmail.com'), note='me agendas esta porfa',
 orig_from=('Fernanda Castillo', 'fcastillo@grupotecolote.com.mx'), orig_date='2031-01-16T12:44:00-06:00',
 subject='Entrevista Ejecutivo de Cuenta - Grupo Tecolote',
 charset='iso-8859-1', cte='quoted-printable',
 body="""Hola Diego, buena tarde.

Te escribo de parte de Grupo Tecolote para invitarte a una entrevista para la vacante de Ejecutivo de Cuenta.

Fecha: jueves 23 de enero
Hora: 4 p. m. (hora del centro de México)
Lugar: Av. Insurgentes Sur 1602, piso 9, col. Crédito Constructor, CDMX
Duración aprox.: 45 min

Te entrevistará el Lic. Rodrigo Esparza, gerente comercial. Favor de traer tu CV impreso e identificación oficial.

Quedo atenta a tu confirmación.

Saludos cordiales,
Lic. Fernanda Castillo
Reclutamiento y Selección
Grupo Tecolote
""",
 exp=dict(company='Grupo Tecolote', alt=['Tecolote'], role='Ejecutivo de Cuenta', start='2031-01-23T16:00', zone='America/Mexico_City', dur=45,
  iv=['Rodrigo Esparza'], niv=['Fernanda Castillo', 'Diego Hernández'],
  notes='Mexican Spanish; "4 p. m." with spaces; Lic. titles; recruiter only schedules; latin-1 QP.')),

dict(id='es-03', kind='invite', style='outlook', prefix='RV: ', now='2031-02-05T17:26:00-05:00', userZone='America/Bogota',
 user=('Camila Restrepo', 'camila.restrepo@outlook.com'), note='Para que me recuerdes 🙏',
 orig_from=('Valentina Rojas', 'valentina.rojas@cafemontana.com.co'), orig_date='2031-02-05T15:10:00-05:00',
 subject='Invitación: Entrevista Analista de Datos',
 charset='utf-8', cte='base64', html=True,
 ics=ics('040000008200E00074C5B7101A82E00800000000CMA2031021', 'Entrevista Analista de Datos – Camila Restrepo', '20310212T090000', '20310212T100000', tzid='SA Pacific Standard Time',
   organizer=('Valentina Rojas', 'valentina.rojas@cafemontana.com.co'), attendees=[('Andrés Gómez', 'andres.gomez@cafemontana.com.co'), ('Camila Restrepo', 'camila.restrepo@outlook.com')],
   location='Reunión de Microsoft Teams', stamp='20310205T201000Z'),
 body="""Hola Camila,

¡Gracias por tu interés en Café Montaña Andina S.A.S.! Queremos invitarte a una entrevista para el cargo de Analista de Datos.

📅 Miércoles 12 de febrero de 2031
🕘 9:00 a. m. – 10:00 a. m. (hora de Colombia)
💻 Microsoft Teams (el enlace está en la invitación adjunta)

Participan Andrés Gómez, líder de Analítica, y yo, Valentina Rojas, de Gestión Humana.

Cordialmente,
Valentina Rojas
Analista de Gestión Humana
Café Montaña Andina S.A.S. – Medellín
""",
 exp=dict(company='Café Montaña Andina S.A.S.', alt=['Café Montaña Andina', 'Cafe Montana Andina'], role='Analista de Datos', start='2031-02-12T09:00', zone='America/Bogota', dur=60,
  iv=['Andrés Gómez', 'Valentina Rojas'], niv=['Camila Restrepo'],
  notes='Colombia; Outlook HTML+ICS with TZID "SA Pacific Standard Time"; emoji bullets; sender participates.')),

dict(id='es-04', kind='invite', style='attach', prefix='RV: ', now='2031-03-12T22:10:00-03:00', userZone='America/Argentina/Buenos_Aires',
 user=('Tomás Acosta', 'tomas.acosta@gmail.com'), note='te reenvío el mail como adjunto',
 orig_from=('Martín Fernández', 'martin.fernandez@pampadigital.com.ar'), orig_date='2031-03-12T16:33:00-03:00',
 subject='Entrevista técnica - Desarrollador Backend Sr.',
 charset='utf-8', cte='quoted-printable',
 body="""Hola Tomás, ¿cómo andás?

Te escribo para coordinar la entrevista técnica para la posición de Desarrollador Backend Sr. en Pampa Digital S.A.

¿Te queda bien el lunes 17/3 a las 15 hs? Sería por Meet, dura 45 min y la hacemos con Lucas Benítez, nuestro Tech Lead, y yo. Si no te sirve avisame y buscamos otro horario.

Abrazo,
Martín Fernández
Engineering Manager | Pampa Digital S.A.
""",
 exp=dict(company='Pampa Digital S.A.', alt=['Pampa Digital'], role='Desarrollador Backend Sr.', start='2031-03-17T15:00', zone='America/Argentina/Buenos_Aires', dur=45,
  iv=['Lucas Benítez', 'Martín Fernández'], niv=['Tomás Acosta'],
  notes='Argentine voseo; "17/3" day/month; "15 hs"; forwarded as attachment; sender joins.')),

dict(id='es-05', kind='invite', style='thunderbird', prefix='Fwd: ', now='2031-04-07T10:44:00+02:00', userZone='Europe/Madrid',
 user=('Rocío Morales', 'rocio.morales@yahoo.es'), note='',
 orig_from=('Pablo Serrano', 'pablo.serrano@talentiarrhh.es'), orig_date='2031-04-04T13:25:00+02:00',
 subject='Entrevista Recepcionista – Hotel Mirador del Sur (Málaga)',
 charset='utf-8', cte='quoted-printable',
 body="""Hola Rocío:

Te confirmo la entrevista con nuestro cliente Hotel Mirador del Sur para el puesto de Recepcionista. Será después de Semana Santa, el martes 15 de abril a las 12:00, en el propio hotel (Paseo Marítimo Pablo Ruiz Picasso 31, Málaga).

Te entrevistará Lucía Navarro, jefa de recepción. Yo no podré acompañarte, pero llámame al salir y me cuentas.

Recuerda llevar el CV actualizado y el certificado de inglés.

Un abrazo,
Pablo Serrano
Consultor de Selección – Hostelería
Talentia RRHH
""",
 exp=dict(company='Hotel Mirador del Sur', alt=['Mirador del Sur'], role='Recepcionista', start='2031-04-15T12:00', zone='Europe/Madrid', dur=None,
  iv=['Lucía Navarro'], niv=['Pablo Serrano', 'Rocío Morales'],
  notes='Agency (Talentia RRHH) not the employer; consultant does not attend; after Semana Santa.')),

dict(id='es-06', kind='invite', style='apple', prefix='Fwd: ', now='2031-05-27T19:02:00+02:00', userZone='Europe/Madrid',
 user=('Álvaro Prieto', 'alvaro.prieto@icloud.com'), note='cerrado!',
 orig_from=('Ignacio Berrocal', 'ignacio@construccionesberrocal.es'), orig_date='2031-05-27T17:30:00+02:00',
 subject='RE: Jefe de Obra – entrevista',
 charset='windows-1252', cte='base64',
 body="""Buenas tardes, Álvaro:

Perfecto. Quedamos entonces el viernes a las 9:30 en la obra de la calle Pradillo, 18 (Madrid). Pregunta por mí en la caseta; te enseño la obra y hablamos con calma, calcula una hora y media más o menos.

Un saludo,
Ignacio Berrocal
Gerente – Construcciones Berrocal

-----Mensaje original-----
De: Álvaro Prieto [mailto:alvaro.prieto@icloud.com]
Enviado el: martes, 27 de mayo de 2031 12:14
Para: Ignacio Berrocal
Asunto: RE: Jefe de Obra – entrevista

Hola Ignacio, gracias por la respuesta. El jueves no puedo, ¿podría ser el viernes por la mañana?
Álvaro

-----Mensaje original-----
De: Ignacio Berrocal
Enviado el: lunes, 26 de mayo de 2031 18:40
Para: Álvaro Prieto
Asunto: Jefe de Obra – entrevista

Hola, Álvaro: he leído tu CV para el puesto de Jefe de Obra y me gustaría conocerte. ¿Te viene bien el jueves 29 a las 17:00?
""",
 exp=dict(company='Construcciones Berrocal', alt=['Berrocal'], role='Jefe de Obra', start='2031-05-30T09:30', zone='Europe/Madrid', dur=90,
  iv=['Ignacio Berrocal'], niv=['Álvaro Prieto'],
  notes='Thread; confirmed "el viernes a las 9:30" relative to Tue 27 May; rejected Thursday 17:00 slot quoted below; cp1252 base64.')),

dict(id='es-07', kind='invite', style='outlook', prefix='RV: ', now='2031-04-09T11:50:00-06:00', userZone='America/Mexico_City',
 user=('Andrea Villalobos', 'andrea.villalobos@outlook.com'), note='después de Semana Santa, ojo',
 orig_from=('Paola Mendoza', 'paola.mendoza@farmaciasdelbajio.mx'), orig_date='2031-04-09T10:05:00-06:00',
 subject='Entrevista final: Gerente de Sucursal – León',
 charset='utf-8', cte='quoted-printable', html=True,
 ics=ics('040000008200E00074C5B7101A82E00800000000FDB20310421', 'Entrevista final – Andrea Villalobos', '20310421T110000', '20310421T123000',
   tzid='(UTC-06:00) Guadalajara, Mexico City, Monterrey', vtz_key='Central Standard Time (Mexico)',
   organizer=('Paola Mendoza', 'paola.mendoza@farmaciasdelbajio.mx'), attendees=[('Ricardo Ibarra', 'ricardo.ibarra@farmaciasdelbajio.mx'), ('Andrea Villalobos', 'andrea.villalobos@outlook.com')],
   location='Oficinas corporativas, Blvd. Adolfo López Mateos 2410, León, Gto.', stamp='20310409T160500Z'),
 body="""Estimada Andrea:

Nos da mucho gusto informarte que pasaste a la entrevista final para la posición de Gerente de Sucursal en Farmacias del Bajío.

La entrevista será el lunes 21 de abril, ya pasando Semana Santa, a las 11:00 a. m., en nuestras oficinas corporativas en León. Durará aproximadamente hora y media.

Estarán presentes Ricardo Ibarra, Director de Operaciones, y su servidora. Les daremos respuesta a todos los finalistas a más tardar el viernes 25 de abril.

Saludos,
Paola Mendoza
Gerente de Talento
Farmacias del Bajío
""",
 exp=dict(company='Farmacias del Bajío', alt=['Farmacias del Bajio'], role='Gerente de Sucursal', start='2031-04-21T11:00', zone='America/Mexico_City', dur=90,
  iv=['Ricardo Ibarra', 'Paola Mendoza'], niv=['Andrea Villalobos'], dd='2031-04-25',
  notes='ICS TZID Windows display name "(UTC-06:00) Guadalajara, Mexico City, Monterrey"; "su servidora" = the sender joins; decision by 25 April.')),

dict(id='es-08', kind='invite', style='gmail', prefix='Fwd: ', now='2031-05-29T08:03:00+02:00', userZone='Europe/Madrid',
 user=('Nerea Etxeberria', 'nerea.etxe@gmail.com'), note='',
 orig_from=('Bodegas Larraín', 'rrhh@bodegaslarrain.es'), orig_date='2031-05-28T18:17:00+02:00',
 subject='Llamada – Enólogo/a',
 charset='utf-8', cte='8bit',
 body="""Hola Nerea,

Gracias por enviarnos tu candidatura para el puesto de Enólogo/a.

Sergio Larraín, nuestro director técnico, te llamará el jueves 5 de junio sobre las 17h para una primera conversación telefónica de unos 20 minutos.

Si ese día no te viene bien, dínoslo y lo cambiamos.

Saludos desde Haro,
Equipo de RR. HH.
Bodegas Larraín
""",
 exp=dict(company='Bodegas Larraín', alt=['Bodegas Larrain', 'Larraín'], role='Enólogo/a', start='2031-06-05T17:00', zone='Europe/Madrid', dur=20,
  iv=['Sergio Larraín'], niv=['Nerea Etxeberria'],
  notes='Phone call "sobre las 17h" (approximate) and "unos 20 minutos"; sender is a team mailbox.')),

dict(id='es-09', kind='reschedule', style='outlook', prefix='RV: ', now='2031-03-10T16:40:00+01:00', userZone='Europe/Madrid',
 user=('Irene Castro', 'irene.castro@outlook.es'), note='Cambio de día',
 orig_from=('Carmen Vidal', 'cvidal@textilmaritima.es'), orig_date='2031-03-10T12:18:00+01:00',
 subject='Cambio de fecha entrevista - Diseñador/a de moda',
 charset='iso-8859-1', cte='quoted-printable',
 body="""Hola Irene:

Por motivos de agenda tenemos que cambiar la entrevista del miércoles 12 a las 11:00. ¿Podrías venir el jueves 13 de marzo a las 16:00? Seguiría siendo en el showroom de Vigo, con la misma duración (45 minutos).

Disculpa las molestias.

Carmen Vidal
Directora Creativa
Textil Marítima S.A.
""",
 exp=dict(company='Textil Marítima S.A.', alt=['Textil Marítima', 'Textil Maritima'], role='Diseñador/a de moda', start='2031-03-13T16:00', zone='Europe/Madrid', dur=45,
  iv=['Carmen Vidal'], niv=['Irene Castro'],
  notes='Reschedule from Wed 12 11:00 to Thu 13 March 16:00; latin-1 QP.')),

dict(id='es-10', kind='reschedule', style='gmail', prefix='Fwd: ', now='2031-06-16T10:22:00-03:00', userZone='America/Argentina/Buenos_Aires',
 user=('Julieta Romero', 'juli.romero@gmail.com'), note='me la cambiaron para el jueves',
 orig_from=('Sofía Paz', 'sofia.paz@nandu.finance'), orig_date='2031-06-16T09:48:00-03:00',
 subject='Re: Entrevista QA Analyst - Ñandú Fintech',
 charset='utf-8', cte='quoted-printable',
 body="""Hola Juli! Perdón, me surgió un imprevisto el miércoles. ¿Podemos pasarla al jueves a las 11? Mismo link de Meet.

Gracias!!
Sofi

El jue, 12 jun 2031 a las 17:20, Sofía Paz (<sofia.paz@nandu.finance>) escribió:
> Hola Julieta, ¿cómo estás?
> Te confirmo la entrevista para QA Analyst en Ñandú Fintech el miércoles 18/6 a las 10 hs, por Google Meet. Serán 40 minutos conmigo.
> Saludos,
> Sofía Paz
> People Partner
""",
 exp=dict(company='Ñandú Fintech', alt=['Ñandú', 'Nandu Fintech'], role='QA Analyst', start='2031-06-19T11:00', zone='America/Argentina/Buenos_Aires', dur=40,
  iv=['Sofía Paz'], niv=['Julieta Romero'],
  notes='Text-only move "al jueves a las 11" resolved from Mon 16 June; original Wed 18/6 10 hs quoted; nickname signature "Sofi".')),

dict(id='es-11', kind='rejection', style='gmail', prefix='Fwd: ', now='2031-02-20T12:15:00-05:00', userZone='America/Bogota',
 user=('Santiago Ospina', 'santiago.ospina@gmail.com'), note='nada que hacer',
 orig_from=('Seguros Cóndor', 'seleccion@seguroscondor.com.co'), orig_date='2031-02-20T08:40:00-05:00',
 subject='Respuesta a tu proceso – Asesor Comercial',
 charset='utf-8', cte='base64',
 body="""Hola Santiago,

Gracias por participar en el proceso de selección para el cargo de Asesor Comercial en Seguros Cóndor y por tu tiempo en la entrevista del 13 de febrero.

Lamentamos informarte que en esta ocasión no continuarás en el proceso. Tu hoja de vida quedará en nuestra base de datos para futuras oportunidades.

Te invitamos a nuestra feria de empleo virtual el sábado 15 de marzo a las 10:00 a. m.

Un saludo,
Equipo de Selección
Seguros Cóndor
""",
 exp=dict(company='Seguros Cóndor', alt=['Seguros Condor'], role='Asesor Comercial', start=None, zone=None, dur=None,
  iv=[], niv=['Santiago Ospina'],
  notes='Rejection; job fair date as bait.')),

dict(id='es-12', kind='offer', style='outlook', prefix='RV: ', now='2031-04-29T19:30:00+02:00', userZone='Europe/Madrid',
 user=('Marcos Delgado', 'marcos.delgado@outlook.es'), note='¡¡Me han ofrecido el puesto!!',
 orig_from=('Beatriz Soler', 'bsoler@alboran-ingenieria.es'), orig_date='2031-04-29T13:02:00+02:00',
 subject='Carta oferta – Ingeniero/a de Proyectos',
 charset='windows-1252', cte='quoted-printable', html=True,
 body="""Estimado Marcos:

Es un placer comunicarte que Ingeniería Alborán S.L. quiere contar contigo como Ingeniero/a de Proyectos en nuestra sede de Almería.

Condiciones principales:
• Contrato indefinido, incorporación el 2 de junio de 2031
• Salario bruto anual: 38.000 €
• Jornada intensiva en verano

Te pedimos respuesta antes del 9 de mayo. Para cualquier duda, estoy a tu disposición.

Un cordial saludo,
Beatriz Soler
Responsable de Personas
Ingeniería Alborán S.L.
""",
 exp=dict(company='Ingeniería Alborán S.L.', alt=['Ingeniería Alborán', 'Ingenieria Alboran'], role='Ingeniero/a de Proyectos', start=None, zone=None, dur=None,
  iv=[], niv=['Beatriz Soler', 'Marcos Delgado'],
  notes='Offer; "respuesta antes del 9 de mayo" is the candidate\'s deadline; cp1252 bullets and €.')),

dict(id='es-13', kind='not-interview', style='gmail', prefix='Fwd: ', now='2031-03-24T23:10:00+01:00', userZone='Europe/Madrid',
 user=('Pilar Navarro', 'pilar.navarro@gmail.com'), note='',
 orig_from=('Supermercados Álvarez', 'empleo@supermercadosalvarez.es'), orig_date='2031-03-24T21:58:00+01:00',
 subject='Hemos recibido tu candidatura',
 charset='utf-8', cte='quoted-printable',
 body="""¡Hola, Pilar!

Hemos recibido correctamente tu candidatura para Cajero/a Reponedor/a en Supermercados Álvarez (tienda de Valladolid – Parquesol).

El proceso de selección estará abierto hasta el 30 de abril. Si tu perfil encaja, te llamaremos para una entrevista; las entrevistas suelen hacerse los martes y jueves por la mañana, de 9:00 a 13:00.

¡Gracias por confiar en nosotros!
Equipo de Selección – Supermercados Álvarez
""",
 exp=dict(company='Supermercados Álvarez', alt=['Supermercados Alvarez'], role='Cajero/a Reponedor/a', start=None, zone=None, dur=None,
  iv=[], niv=['Pilar Navarro'],
  notes='Acknowledgement; generic interview days/hours as bait; process end date is not a decision promise for this candidate.')),

dict(id='es-14', kind='not-interview', style='outlook', prefix='RV: ', now='2031-02-27T08:45:00+01:00', userZone='Europe/Madrid',
 user=('Jorge Medina', 'jorge.medina@outlook.es'), note='¿Me apunto?',
 orig_from=('Banco Altamar Talento', 'talento@bancoaltamar.es'), orig_date='2031-02-26T12:00:00+01:00',
 subject='Webinar: Conoce Banco Altamar por dentro – jueves 6 de marzo',
 charset='utf-8', cte='quoted-printable', html=True,
 body="""Hola Jorge,

Como candidato registrado en nuestro portal, te invitamos a nuestro webinar «Conoce Banco Altamar por dentro».

🗓 Jueves 6 de marzo, 18:00 h (hora peninsular)
⏱ 60 minutos
🎙 Con Elena Brox, directora de Talento, y varios de nuestros trainees

Inscríbete aquí: https://bancoaltamar.es/webinar-talento

¡Te esperamos!
Equipo de Talento – Banco Altamar
""",
 exp=dict(company='Banco Altamar', alt=[], role=None, start=None, zone=None, dur=None,
  iv=[], niv=['Elena Brox', 'Jorge Medina'],
  notes='Webinar invitation with date, time and duration; not an interview.')),
]
