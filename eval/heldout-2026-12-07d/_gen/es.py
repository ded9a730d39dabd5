from lib import *

MAD, MEX, BUE, BOG, MTY = 'Europe/Madrid', 'America/Mexico_City', 'America/Argentina/Buenos_Aires', 'America/Bogota', 'America/Monterrey'

F = []
F.append(dict(id='es-01', kind='invite', now='2029-01-11 13:20', uz=MAD, client='outlook', cs='windows-1252', cte='quoted-printable',
 user=('Raquel Martín', 'raquel.martin@hotmail.es'), **{'from': ('Marta Iglesias', 'marta.iglesias@alcazarseguros.es')}, odate='2029-01-11 11:05',
 subj='Convocatoria entrevista – Técnico/a de Siniestros', note='Te reenvío la convocatoria.',
 body='''Estimada Raquel:

En relación con su candidatura para el puesto de Técnico/a de Siniestros, nos complace convocarle a una entrevista presencial el próximo jueves 18 de enero a las 10:00 h en nuestras oficinas de Paseo de la Castellana 95, planta 12, Madrid.

La entrevista la realizarán D. Javier Moreno, Responsable de Siniestros, y Dña. Lucía Sanz, de Recursos Humanos. Tendrá una duración aproximada de una hora.

Le rogamos confirme su asistencia respondiendo a este correo.

Un cordial saludo,

Marta Iglesias
Departamento de Selección – Grupo Alcázar Seguros''',
 exp=dict(company='Grupo Alcázar Seguros', alts=['Alcázar Seguros', 'Alcázar'], role='Técnico/a de Siniestros', start='2029-01-18T10:00', zone=MAD, dur=60,
          iv=['Javier Moreno', 'Lucía Sanz'], niv=['Marta Iglesias', 'Raquel Martín'], notes='Outlook RV: with "Enviado el"; D./Dña. titles; "una hora".')))

F.append(dict(id='es-02', kind='invite', now='2029-01-30 08:40', uz=MEX, client='gmail',
 user=('Diego Hernández', 'diego.hdz@gmail.com'), **{'from': ('Fernanda Ríos', 'fernanda.rios@lahuerta.com.mx')}, odate='2029-01-29 18:12',
 subj='Entrevista - Gerente de Compras', note='para que lo agendes porfa',
 body='''Hola Diego, buenas tardes.

Te escribo de parte de Alimentos La Huerta S.A. de C.V. para invitarte a una entrevista para la vacante de Gerente de Compras.

Sería el martes 6 de febrero a las 4 p. m. en nuestras oficinas de Av. Insurgentes Sur 1602, piso 8, Col. Crédito Constructor. Estaremos el Lic. Ricardo Salinas, Director de Operaciones, y una servidora.

Quedo atenta a tu confirmación.

Saludos cordiales,
Fernanda Ríos
Reclutamiento y Selección''',
 exp=dict(company='Alimentos La Huerta', alts=['Alimentos La Huerta S.A. de C.V.', 'La Huerta'], role='Gerente de Compras', start='2029-02-06T16:00', zone=MEX, dur=None,
          iv=['Ricardo Salinas', 'Fernanda Ríos'], niv=['Diego Hernández'], notes='Mexican "4 p. m."; sender joins ("una servidora"); Lic. title.')))

F.append(dict(id='es-03', kind='invite', now='2029-03-07 19:05', uz=BUE, client='apple', html=False, cte='8bit',
 user=('Florencia Sosa', 'flor.sosa@yahoo.com.ar'), **{'from': ('Martín Acosta', 'martin.acosta@busquedaspatagonia.com.ar')}, odate='2029-03-07 17:48',
 subj='Entrevista en Bodegas Uco - confirmada', note='Enviado desde mi iPhone',
 body='''Hola Flor, ¿cómo va?

Te confirmo la entrevista con nuestro cliente Bodegas Uco S.A. para la posición de Analista de Costos:

- Miércoles 14/03 a las 15 hs
- Oficinas de Bodegas Uco, Av. del Libertador 6250, piso 3, CABA
- Te va a entrevistar la Cdora. Valeria Ferreyra, Gerente de Administración
- Duración: 45 minutos

Yo no voy a estar, pero avisame cómo te fue.

Abrazo,
Martín Acosta
Consultor Sr. – Búsquedas Patagonia''',
 exp=dict(company='Bodegas Uco S.A.', alts=['Bodegas Uco'], role='Analista de Costos', start='2029-03-14T15:00', zone=BUE, dur=45,
          iv=['Valeria Ferreyra'], niv=['Martín Acosta', 'Florencia Sosa'], notes='Argentine agency; "15 hs", dd/mm; consultant absent; Cdora. title.')))

F.append(dict(id='es-04', kind='invite', now='2029-04-04 10:30', uz=BOG, client='outlook', cal_inline=True,
 user=('Camilo Vargas', 'camilo.vargas@outlook.com'), **{'from': ('Diana Mejía', 'dmejia@transandinos.com.co')}, odate='2029-04-03 17:00',
 subj='Entrevista Coordinador de Tráfico - Transportes Andinos', note='',
 body='''Buenas tardes Camilo,

Adjunto la invitación para la entrevista al cargo de Coordinador de Tráfico.

Fecha: jueves 12 de abril de 2029
Hora: 9:00 a. m. a 10:00 a. m. (hora Colombia)
Lugar: Microsoft Teams

Participan: Ing. Andrés Castaño (Jefe de Operaciones) y Paola Restrepo (Analista de Talento Humano).

Cordialmente,
Diana Mejía
Asistente de Gestión Humana
Transportes Andinos S.A.S.''',
 ics=ics('Entrevista Coordinador de Tráfico', '2029-04-12 09:00', '2029-04-12 10:00', 'SA Pacific Standard Time',
         ('Diana Mejía', 'dmejia@transandinos.com.co'), [('Andrés Castaño', 'acastano@transandinos.com.co'), ('Paola Restrepo', 'prestrepo@transandinos.com.co')],
         'Reunión de Microsoft Teams', uid='040000008200E00074C5B7101A82E00800000000ES04'),
 exp=dict(company='Transportes Andinos S.A.S.', alts=['Transportes Andinos'], role='Coordinador de Tráfico', start='2029-04-12T09:00', zone=BOG, dur=60,
          iv=['Andrés Castaño', 'Paola Restrepo'], niv=['Diana Mejía', 'Camilo Vargas'], notes='Windows TZID "SA Pacific Standard Time"; HR analyst on the panel; "9:00 a. m.".')))

F.append(dict(id='es-05', kind='invite', now='2029-03-20 22:10', uz=MAD, client='thunderbird', attach=True, ocs='iso-8859-1', octe='base64', cte='8bit',
 user=('Irene Castillo', 'irene.castillo@telefonica.net'), **{'from': ('Pilar Navarro', 'pnavarro@clinicasanrafaelsur.es')}, odate='2029-03-20 13:30',
 subj='Entrevista enfermería quirófano', note='Hola, os adjunto el correo de la clínica.\n\nIrene',
 body='''Estimada Irene:

Gracias por su interés en el puesto de Enfermera de quirófano en la Clínica San Rafael del Sur.

Nos gustaría conocerla el lunes 26 de marzo a las 12:30 en el control de enfermería de la 2ª planta. La entrevistaremos la Dra. Elena Vidal, jefa del bloque quirúrgico, y yo misma.

Le comunicaremos la decisión antes del 6 de abril.

Atentamente,
Pilar Navarro
Supervisora de Enfermería''',
 exp=dict(company='Clínica San Rafael del Sur', alts=['Clínica San Rafael'], role='Enfermera de quirófano', start='2029-03-26T12:30', zone=MAD, dur=None,
          iv=['Elena Vidal', 'Pilar Navarro'], niv=['Irene Castillo'], dd='2029-04-06', notes='Forward as attachment (ISO-8859-1 base64 inside); crosses EU DST; sender joins; decision date.')))

F.append(dict(id='es-06', kind='invite', now='2029-05-03 09:55', uz=MAD, client='gmail',
 user=('Lucía Romero', 'lucia.romero.dev@gmail.com'), **{'from': ('Nubentia Cloud vía Entrevistia', 'no-reply@entrevistia.com')}, odate='2029-05-03 09:50',
 subj='Tu entrevista con Nubentia Cloud S.L. está confirmada', note='',
 body='''¡Hola Lucía!

Tu entrevista ya está en el calendario.

Puesto: Ingeniera DevOps
Empresa: Nubentia Cloud S.L.
Cuándo: viernes, 11 de mayo · 17:00–17:45 (hora de Madrid)
Con: Sergio Domínguez (Head of Platform)
Dónde: Google Meet

¿Necesitas cambiarla? Usa el enlace de tu panel de candidato.

Entrevistia – agenda entrevistas sin correos de ida y vuelta''',
 ics=ics('Entrevista Nubentia Cloud S.L.', '2029-05-11 17:00', '2029-05-11 17:45', None, ('Entrevistia', 'no-reply@entrevistia.com'),
         [('Sergio Domínguez', 'sergio@nubentia.cloud')], 'Google Meet', utc_zone=MAD, uid='ent-55221'),
 exp=dict(company='Nubentia Cloud S.L.', alts=['Nubentia Cloud', 'Nubentia'], role='Ingeniera DevOps', start='2029-05-11T17:00', zone=MAD, dur=45,
          iv=['Sergio Domínguez'], niv=['Lucía Romero'], notes='Scheduling tool (Entrevistia) not the company; ICS in UTC.')))

F.append(dict(id='es-07', kind='invite', now='2029-06-06 20:30', uz=MTY, client='apple', html=False,
 user=('Alejandro Treviño', 'alex.trevino@icloud.com'), **{'from': ('Roberto Garza', 'rgarza@acerosdelnorte.mx')}, odate='2029-06-06 16:10',
 subj='Entrevista mañana', note='',
 body='''Alejandro, buena tarde.

Vi tu CV para la vacante de Ingeniero de Mantenimiento. ¿Te late vernos mañana jueves a las 11 en planta? Estamos en Av. Ruiz Cortines 3500, Guadalupe, N.L. Pregunta por mí en caseta.

Saludos,
Ing. Roberto Garza
Gerente de Mantenimiento
Aceros del Norte''',
 exp=dict(company='Aceros del Norte', alts=[], role='Ingeniero de Mantenimiento', start='2029-06-07T11:00', zone=MTY, dur=None,
          iv=['Roberto Garza'], niv=['Alejandro Treviño'], notes='"mañana jueves a las 11" relative to the original; Monterrey zone; no user note.')))

F.append(dict(id='es-08', kind='invite', now='2029-06-13 12:45', uz=MAD, client='outlook', variant='original',
 user=('Pablo Serrano', 'pablo.serrano@outlook.es'), **{'from': ('Álvaro Ruiz', 'alvaro.ruiz@editorialmarea.es')}, odate='2029-06-12 18:30',
 subj='RE: Editor/a de mesa – entrevista', note='Confirmada para el miércoles',
 body='''Hola Pablo:

Perfecto, entonces quedamos el miércoles 20 a las 16:30 en la redacción (calle Fuencarral 121). Estaremos Carmen Ortega, directora editorial, y yo. Será una charla de media hora.

Un abrazo,
Álvaro Ruiz
Jefe de Redacción – Editorial Marea

-----Mensaje original-----
De: Pablo Serrano <pablo.serrano@outlook.es>
Enviado el: martes, 12 de junio de 2029 10:14
Para: Álvaro Ruiz <alvaro.ruiz@editorialmarea.es>
Asunto: RE: Editor/a de mesa – entrevista

Hola Álvaro, el martes 19 lo tengo complicado, ¿podría ser la otra opción?

-----Mensaje original-----
De: Álvaro Ruiz
Enviado el: lunes, 11 de junio de 2029 17:02
Asunto: Editor/a de mesa – entrevista

¿Te vendría bien el martes 19 a las 10:00 o el miércoles 20 a las 16:30?''',
 exp=dict(company='Editorial Marea', alts=['Marea'], role='Editor/a de mesa', start='2029-06-20T16:30', zone=MAD, dur=30,
          iv=['Carmen Ortega', 'Álvaro Ruiz'], niv=['Pablo Serrano'], notes='Thread; the second option chosen; month only implied by the thread dates; "media hora".')))

F.append(dict(id='es-09', kind='reschedule', now='2029-05-14 11:15', uz=BUE, client='gmail',
 user=('Nicolás Pereyra', 'nico.pereyra@gmail.com'), **{'from': ('Sofía Herrera', 'sofia.herrera@fintechpampa.com')}, odate='2029-05-14 10:02',
 subj='Cambio de horario - entrevista técnica', note='ojo cambió',
 body='''Hola Nico,

Te pido disculpas, pero Lucas Giménez (CTO) tiene un viaje imprevisto. ¿Podemos pasar la entrevista técnica para Desarrollador Backend Sr. del jueves 17/05 a las 10 al viernes 18/05 a las 14:30? Sigue siendo por Meet, mismo link.

¡Gracias!
Sofi Herrera
People Team – Fintech Pampa S.A.''',
 exp=dict(company='Fintech Pampa S.A.', alts=['Fintech Pampa'], role='Desarrollador Backend Sr.', start='2029-05-18T14:30', zone=BUE, dur=None,
          iv=['Lucas Giménez'], niv=['Sofía Herrera', 'Nicolás Pereyra'], notes='Text-only reschedule, dd/mm; sender signs "Sofi" (full name in From).')))

F.append(dict(id='es-10', kind='reschedule', now='2029-01-19 16:20', uz=BOG, client='outlook', cal_inline=True, cs='iso-8859-1', cte='quoted-printable', hcs='iso-8859-1',
 user=('Valentina Ospina', 'vale.ospina@hotmail.com'), **{'from': ('Natalia Gómez', 'ngomez@cafecordillera.co')}, odate='2029-01-19 14:48',
 subj='Reprogramación entrevista - Jefe de Exportaciones', note='',
 body='''Buenas tardes Valentina,

Por agenda de nuestro gerente, Juan Pablo Ochoa, debemos reprogramar la entrevista del martes 23 de enero a las 3:00 p. m. para el miércoles 24 de enero a las 8:00 a. m., con la misma duración (una hora) y en la misma sede de Medellín.

Quedamos atentos.

Natalia Gómez
Gestión Humana - Café Cordillera S.A.S.''',
 ics=ics('Entrevista Jefe de Exportaciones (reprogramada)', '2029-01-24 08:00', '2029-01-24 09:00', '(UTC-05:00) Bogotá, Lima, Quito, Rio Branco',
         ('Natalia Gómez', 'ngomez@cafecordillera.co'), [('Juan Pablo Ochoa', 'jpochoa@cafecordillera.co')], 'Sede Medellín', uid='cc-ent-0124'),
 exp=dict(company='Café Cordillera S.A.S.', alts=['Café Cordillera'], role='Jefe de Exportaciones', start='2029-01-24T08:00', zone=BOG, dur=60,
          iv=['Juan Pablo Ochoa'], niv=['Natalia Gómez', 'Valentina Ospina'], notes='ISO-8859-1; Windows display-name TZID; old slot 3 p. m. in text.')))

F.append(dict(id='es-11', kind='rejection', now='2029-02-26 09:10', uz=MAD, client='thunderbird', cs='iso-8859-1', cte='quoted-printable',
 user=('Raquel Martín', 'raquel.martin@hotmail.es'), **{'from': ('Consultora Ábaco', 'seleccion@consultora-abaco.es')}, odate='2029-02-23 19:00',
 subj='Proceso de selección Consultor SAP FI', note='Pues nada...',
 body='''Estimada Raquel:

Le agradecemos su participación en el proceso de selección para el puesto de Consultor SAP FI y la entrevista mantenida el pasado 15 de febrero.

Lamentamos comunicarle que en esta ocasión hemos optado por otro perfil. Conservaremos su currículum para futuras oportunidades.

Reciba un cordial saludo,
Equipo de Selección - Consultora Ábaco''',
 exp=dict(company='Consultora Ábaco', alts=['Ábaco'], role='Consultor SAP FI', niv=['Raquel Martín'], notes='Rejection; ISO-8859-1 QP.')))

F.append(dict(id='es-12', kind='offer', now='2029-04-23 19:30', uz=MEX, client='gmail',
 user=('Mariana López', 'mariana.lopez.g@gmail.com'), **{'from': ('Héctor Villarreal', 'hvillarreal@textilazteca.mx')}, odate='2029-04-23 17:15',
 subj='Propuesta laboral - Jefa de Planeación', note='🥹🥹',
 body='''Hola Mariana:

Con mucho gusto te compartimos nuestra propuesta para la posición de Jefa de Planeación en Grupo Textil Azteca:

• Sueldo mensual bruto: $58,000 MXN
• Prestaciones superiores a la ley, vales de despensa y SGMM
• Fecha de ingreso: lunes 14 de mayo

Te pedimos confirmarnos antes del viernes 27 de abril.

Saludos,
Héctor Villarreal
Gerente de Capital Humano''',
 exp=dict(company='Grupo Textil Azteca', alts=['Textil Azteca'], role='Jefa de Planeación', niv=['Héctor Villarreal', 'Mariana López'], notes='Offer; candidate deadline → decisionDate null; start date bait.')))

F.append(dict(id='es-13', kind='not-interview', now='2029-03-02 07:30', uz=BOG, client='apple', html=False,
 user=('Camilo Vargas', 'camilo.vargas@outlook.com'), **{'from': ('Seguros Cóndor - Talento', 'talento@seguroscondor.com.co')}, odate='2029-03-01 08:00',
 subj='¡Visítanos en la Feria de Empleo Bogotá 2029!', note='de pronto voy',
 body='''Hola Camilo,

Como te postulaste a Seguros Cóndor, te invitamos a visitar nuestro stand en la Feria de Empleo Bogotá 2029:

Sábado 10 de marzo, de 9:00 a. m. a 4:00 p. m.
Corferias, pabellón 6, stand 612

Habrá charlas cortas y revisión de hoja de vida. No es una entrevista ni requiere inscripción.

Equipo de Talento – Seguros Cóndor''',
 exp=dict(company='Seguros Cóndor', alts=['Cóndor'], role=None, notes='Job fair with date/time; explicitly not an interview.')))

F.append(dict(id='es-14', kind='not-interview', now='2029-05-30 18:00', uz=MAD, client='outlook', attach=False,
 user=('Pablo Serrano', 'pablo.serrano@outlook.es'), **{'from': ('Logística Iberia Express', 'empleo@iberiaexpress-log.es')}, odate='2029-05-30 12:00',
 subj='Reserva tu entrevista – Jefe de Almacén', note='Tengo que reservar hueco',
 body='''Hola Pablo:

Has superado la primera fase para el puesto de Jefe de Almacén en Logística Iberia Express S.L.

Reserva tu entrevista en el siguiente enlace. Hay huecos del 4 al 8 de junio, de 9:00 a 14:00, y cada entrevista dura 20 minutos.

https://iberiaexpress-log.entrevistia.com/reservar

Si no reservas antes del domingo liberaremos tu plaza.

Equipo de Selección''',
 exp=dict(company='Logística Iberia Express S.L.', alts=['Logística Iberia Express', 'Iberia Express'], role='Jefe de Almacén', notes='"Book a slot" with a date range and hours but no chosen slot.')))

AS, LH, BU, TA = 'Grupo Alcázar Seguros', 'Alimentos La Huerta', 'Bodegas Uco S.A.', 'Transportes Andinos S.A.S.'
CS, NC, EM, FP = 'Clínica San Rafael del Sur', 'Nubentia Cloud S.L.', 'Editorial Marea', 'Fintech Pampa S.A.'
R = [
 ('2029-01-18T19:00:00', MAD, AS, 'thank-you', 'ya les mandé el correo de agradecimiento', 'thanked', None, None, None),
 ('2029-02-06T20:10:00', MEX, LH, 'thank-you', 'listo, ya le escribí a fernanda para dar las gracias 🙏', 'thanked', None, None, None),
 ('2029-03-15T09:00:00', BUE, BU, 'thank-you', 'le mandé un mail de agradecimiento a la cdora ferreyra ayer a la noche', 'thanked', None, None, None),
 ('2029-04-24T11:30:00', BOG, TA, 'follow-up-1', 'le escribí a diana preguntando cómo va el proceso', 'followed-up', None, None, None),
 ('2029-05-21T17:45:00', MAD, NC, 'follow-up-1', 'mandado el follow up a sergio', 'followed-up', None, None, None),
 ('2029-04-09T10:00:00', MAD, CS, 'follow-up-2', 'llamé a la supervisora esta mañana, me dijo que aún están viendo candidatas', 'followed-up', None, None, None),
 ('2029-01-22T13:40:00', MAD, AS, 'follow-up-1', 'me dicen que deciden el viernes que viene', 'decision-date', 'wd:fri', None, None),
 ('2029-02-12T18:00:00', MEX, LH, 'follow-up-1', 'todavía sin respuesta, Fernanda dice que a más tardar el 20 me avisan', 'decision-date', 'md:02-20', None, None, 'T'),
 ('2029-03-21T12:20:00', BUE, BU, 'follow-up-1', 'todavía nada de rechazo jaja, martín dice que definen a fin de mes', 'decision-date', 'eom:3', None, None, 'T'),
 ('2029-04-13T08:15:00', BOG, TA, 'thank-you', 'gracias enviadas. me confirman en 8 días', 'decision-date', '+8', None, None),
 ('2029-05-12T10:40:00', MAD, NC, 'prep', 'fue bien! deciden a mediados de junio', 'decision-date', 'mid:6', None, None),
 ('2029-05-28T16:30:00', BUE, FP, 'follow-up-1', 'no hay decisión hasta el lunes 4 de junio, dicen', 'decision-date', '2029-06-04', None, None, 'T'),
 ('2029-06-21T09:50:00', MAD, EM, 'thank-you', 'carmen dice que me contestan antes del fin de semana que viene, el viernes 29', 'decision-date', '2029-06-29', None, None),
 ('2029-02-01T15:00:00', BOG, 'Café Cordillera S.A.S.', 'follow-up-1', 'me llamó natalia, solo para decir que siguen en proceso', 'heard-back', None, None, None, 'T'),
 ('2029-04-02T10:10:00', MAD, CS, 'follow-up-1', 'me han contestado de la clínica, sin novedades pero me tienen en cuenta', 'heard-back', None, None, None, 'T'),
 ('2029-01-24T12:00:00', MAD, AS, 'digest', 'segunda entrevista el martes 30 a las 9:30', 'next-round', '2029-01-30', '09:30', None),
 ('2029-02-14T19:20:00', MEX, LH, 'follow-up-1', 'me citaron otra vez! lunes a las 5 de la tarde con el director general', 'next-round', 'wd:mon', '17:00', None),
 ('2029-03-16T13:00:00', BUE, BU, 'digest', 'segunda ronda el 22/3 a las 11 hs', 'next-round', 'md:03-22', '11:00', None),
 ('2029-04-16T18:30:00', BOG, TA, 'follow-up-1', 'prueba técnica pasado mañana a las 2 pm', 'next-round', '+2', '14:00', None),
 ('2029-02-22T21:00:00', MEX, LH, 'follow-up-2', 'ME DIERON EL PUESTO 😭🎉', 'offer', None, None, 'offer'),
 ('2029-05-29T13:15:00', MAD, NC, 'follow-up-2', 'nubentia me ha hecho una oferta, la firmo la semana que viene', 'offer', None, None, 'offer'),
 ('2029-01-29T10:00:00', MAD, AS, 'follow-up-2', 'me han descartado', 'rejected', None, None, 'rejected'),
 ('2029-04-05T08:00:00', BUE, BU, 'move-on', 'bodegas uco me rechazó, martín me avisó ayer', 'rejected', None, None, 'rejected'),
 ('2029-06-08T14:20:00', BUE, FP, 'follow-up-2', 'no quedé en fintech pampa 😔', 'rejected', None, None, 'rejected'),
 ('2029-04-14T09:30:00', BOG, TA, 'follow-up-1', 'me retiro del proceso, acepté otra oferta', 'withdrawn', None, None, 'withdrawn'),
 ('2029-06-01T10:00:00', MAD, 'Logística Iberia Express S.L.', 'confirmation', 'he decidido no seguir con iberia express, ya se lo dije', 'withdrawn', None, None, 'withdrawn'),
 ('2029-01-25T08:30:00', MAD, AS, 'follow-up-1', 'recuérdamelo el lunes', 'snooze', 'wd:mon', None, None),
 ('2029-03-23T19:00:00', BUE, BU, 'follow-up-2', 'avisame en 10 días', 'snooze', '+10', None, None),
 ('2029-05-23T09:00:00', MAD, NC, 'follow-up-1', 'aún no me han dicho nada, recuérdamelo más adelante', 'snooze', None, None, None, 'T'),
 ('2029-04-20T12:00:00', MAD, CS, 'follow-up-2', 'déjalo para el 2 de mayo porfa', 'snooze', 'md:05-02', None, None),
 ('2029-06-08T14:22:00', BUE, FP, 'follow-up-2', 'perdón deshacé eso, era otra empresa', 'undo', None, None, None),
 ('2029-02-01T18:40:00', MAD, AS, 'digest', 'reabre alcázar, al final me han vuelto a llamar', 'reopen', None, None, None, 'T'),
 ('2029-01-31T09:00:00', MEX, LH, 'confirmation', 'ojo es a las 4 de la tarde no de la mañana', 'correct', None, '16:00', None),
 ('2029-03-08T08:00:00', BUE, BU, 'confirmation', 'la empresa es bodegas uco, búsquedas patagonia es la consultora', 'correct', None, None, None),
 ('2029-04-10T20:00:00', BOG, None, 'digest', 'cómo van mis procesos?', 'status', None, None, None),
 ('2029-06-15T11:00:00', MAD, None, 'digest', 'pásame todo en un excel', 'export', None, None, None),
 ('2029-01-09T09:00:00', MEX, None, 'digest', 'ayuda', 'help', None, None, None),
 ('2029-03-03T08:10:00', BOG, 'Seguros Cóndor', 'confirmation', 'borra lo de seguros cóndor, es solo una feria', 'forget', None, None, None),
 ('2029-01-19T10:00:00', MAD, AS, 'prep', 'gracias!!', 'none', None, None, None),
 ('2029-02-08T12:00:00', MEX, LH, 'follow-up-1', 'a mi cuate lo rechazaron en la huerta, ojalá a mí no', 'none', None, None, None, 'T'),
 ('2029-03-26T17:00:00', BUE, BU, 'follow-up-1', '¿y si me dicen que no?', 'none', None, None, None, 'T'),
 ('2029-05-15T13:30:00', MAD, NC, 'digest', 'mi empresa me ha hecho una contraoferta para que me quede', 'none', None, None, None, 'T'),
 ('2029-04-18T20:00:00', BOG, TA, 'prep', 'me negaron el crédito del carro jaja qué semana', 'none', None, None, None, 'T'),
 ('2029-06-07T08:45:00', MTY, 'Aceros del Norte', 'prep', 'el ingeniero me ofreció un café cuando llegue, buena onda', 'none', None, None, None, 'T'),
 ('2029-03-13T22:30:00', BUE, BU, 'prep', 'no me bajo del proceso eh, solo estoy nervioso', 'none', None, None, None, 'T'),
 ('2029-05-17T07:00:00', MAD, NC, 'prep', 'qué preguntas me pueden hacer de kubernetes?', 'none', None, None, None, 'T'),
 ('2029-01-26T21:15:00', MEX, LH, 'prep', 'va', 'none', None, None, None),
 ('2029-06-19T15:00:00', MAD, EM, 'prep', 'si me ofrecen el puesto lo acepto seguro', 'none', None, None, None, 'T'),
 ('2029-05-25T18:10:00', BUE, FP, 'follow-up-1', 'me contrataron!!! ah no, era un sueño', 'none', None, None, None, 'T'),
 ('2029-04-25T12:00:00', MEX, 'Grupo Textil Azteca', 'digest', 'todavía no respondo la propuesta, lo estoy pensando', 'none', None, None, None, 'T'),
]

if __name__ == '__main__':
    write_lang('es', F, R, datecalc)
