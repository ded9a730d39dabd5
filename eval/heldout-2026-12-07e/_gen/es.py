from lib import write_all, write_replies
U = ('Lucía Fernández', 'lucia.fernandez.m@gmail.com')
UM = ('Diego Ramírez', 'diego.ramirez.v@hotmail.com')
UA = ('Sofía Gómez', 'sofi.gomez@yahoo.com.ar')
UC = ('Andrés Castaño', 'andres.castano@outlook.com')
items = []
def F(**k): k.setdefault('lang', 'es'); items.append(k)

F(id='es-01', kind='invite', client='outlook', olsep='orig', user=U, now='2029-09-06T09:05:00+02:00', userZone='Europe/Madrid',
  charset='iso-8859-1', cte='qp', prefix='RV:',
  orig={'from': ('Marta Gil', 'mgil@albeniz-logistica.es'), 'date': '2029-09-05T18:20:00+02:00',
  'subject': 'Convocatoria entrevista - Técnico/a de Prevención de Riesgos Laborales',
  'body': '''Estimada Lucía:

En relación con tu candidatura al puesto de Técnico/a de Prevención de Riesgos Laborales, nos complace convocarte a una entrevista presencial el próximo jueves 13 de septiembre a las 10:30 h en nuestras oficinas:

Grupo Albéniz Logística
Avda. de Aragón, 330 - Edificio 2, 3.ª planta
28022 Madrid

Te atenderán D.ª Carmen Ruiz (Directora de RR. HH.) y D. Javier Ortega (Jefe de Operaciones). La entrevista durará aproximadamente una hora.

Te rogamos que confirmes tu asistencia respondiendo a este correo.

Un saludo,

Marta Gil
Departamento de Personas
Grupo Albéniz Logística'''},
  exp=dict(company='Grupo Albéniz Logística', companyAlternatives=['Albéniz Logística', 'Albéniz'], role='Técnico/a de Prevención de Riesgos Laborales',
           start='2029-09-13T10:30', zone='Europe/Madrid', durationMinutes=60, interviewers=['Carmen Ruiz', 'Javier Ortega'], notInterviewers=['Marta Gil'],
           notes='D.ª / D. titles; "10:30 h"; iso-8859-1.'))

F(id='es-02', kind='invite', client='gmail', user=UM, now='2029-09-27T21:10:00-06:00', userZone='America/Mexico_City', cte='8bit',
  note='me llegó esto del headhunter',
  orig={'from': ('Rodrigo Salinas', 'rsalinas@grupotalentum.mx'), 'date': '2029-09-27T19:44:00-06:00',
  'subject': 'Entrevista Cervecería Monteverde - Gerente de Trade Marketing',
  'body': '''Hola Diego, ¿qué tal?

Te confirmo tu entrevista con Cervecería Monteverde para la vacante de Gerente de Trade Marketing:

- Martes 2 de octubre, 5 p. m. (hora del centro de México)
- Por Zoom, te mandan el link un día antes
- Con la Lic. Patricia Villaseñor, Directora Comercial

Calcula alrededor de una hora. Yo no voy a estar en la llamada pero te marco el lunes para prepararla.

Saludos y mucho éxito,

Rodrigo Salinas
Consultor Sr. | Grupo Talentum
Monterrey, N.L.'''},
  exp=dict(company='Cervecería Monteverde', companyAlternatives=['Monteverde'], role='Gerente de Trade Marketing', start='2029-10-02T17:00',
           zone='America/Mexico_City', durationMinutes=60, interviewers=['Patricia Villaseñor'], notInterviewers=['Rodrigo Salinas'],
           notes='Mexican headhunter, absent; "5 p. m."; Lic. title; Mexico has no DST.'))

F(id='es-03', kind='invite', client='apple', user=UA, now='2029-10-15T11:20:00-03:00', userZone='America/Argentina/Buenos_Aires',
  orig={'from': ('Florencia Acosta', 'florencia.acosta@pampafintech.com.ar'), 'date': '2029-10-15T10:02:00-03:00',
  'subject': 'Entrevista técnica - Desarrolladora Backend Sr.',
  'body': '''Hola Sofi!

Cómo estás? Te escribo para coordinar la entrevista técnica para la posición de Desarrolladora Backend Sr. en Pampa Fintech.

Quedamos el lunes 22/10 a las 15 hs por Google Meet (te llega la invitación). Vas a estar con Martín Pereyra, nuestro Tech Lead, y conmigo. Dura 1 hora.

Cualquier cosa avisame!

Flor
Florencia Acosta | People Partner
Pampa Fintech S.A.'''},
  exp=dict(company='Pampa Fintech S.A.', companyAlternatives=['Pampa Fintech'], role='Desarrolladora Backend Sr.', start='2029-10-22T15:00',
           zone='America/Argentina/Buenos_Aires', durationMinutes=60, interviewers=['Martín Pereyra', 'Florencia Acosta'], notInterviewers=[],
           notes='Argentine voseo, "22/10", "15 hs"; sender signs as Flor and attends.'))

F(id='es-04', kind='invite', client='outlook', user=UC, now='2029-11-07T07:40:00-05:00', userZone='America/Bogota', html=True, prefix='RV:',
  ics=dict(mode='win', tzid='SA Pacific Standard Time', vtz=('-0500', None, None), zone='America/Bogota', start='2029-11-14T08:00', dur=60,
           summary='Entrevista Analista de Riesgo de Crédito - Andrés Castaño', organizer=('Valentina Mejía', 'vmejia@financieraandina.com.co'),
           attendees=[('Juliana Restrepo', 'jrestrepo@financieraandina.com.co'), ('Camilo Ospina', 'cospina@financieraandina.com.co')],
           location='Microsoft Teams', place='alt'),
  orig={'from': ('Valentina Mejía', 'vmejia@financieraandina.com.co'), 'date': '2029-11-06T16:30:00-05:00',
  'subject': 'Citación a entrevista - Analista de Riesgo de Crédito',
  'body': '''Buenas tardes Andrés,

Reciba un cordial saludo. Por medio del presente le confirmamos su entrevista para el cargo de Analista de Riesgo de Crédito:

Fecha: miércoles 14 de noviembre de 2029
Hora: 8:00 a. m. – 9:00 a. m. (hora de Colombia)
Modalidad: virtual, Microsoft Teams

Entrevistadores: Dra. Juliana Restrepo, Gerente de Riesgos, y Camilo Ospina, Líder de Modelos.

Quedamos atentos a su confirmación.

Cordialmente,

Valentina Mejía
Analista de Selección
Financiera Andina S.A.'''},
  exp=dict(company='Financiera Andina S.A.', companyAlternatives=['Financiera Andina'], role='Analista de Riesgo de Crédito', start='2029-11-14T08:00',
           zone='America/Bogota', durationMinutes=60, interviewers=['Juliana Restrepo', 'Camilo Ospina'], notInterviewers=['Valentina Mejía'],
           notes='Colombian usted; Windows TZID SA Pacific Standard Time; Dra. title.'))

F(id='es-05', kind='invite', client='attach', user=U, now='2029-07-16T13:45:00+02:00', userZone='Europe/Madrid', cte='base64', prefix='RV:',
  note='Te reenvío la convocatoria', attname='Entrevista telefónica.eml',
  orig={'from': ('Hotel Marítimo Alicante', 'no-reply@factorialhr.com'), 'date': '2029-07-16T12:58:00+02:00',
  'subject': 'Entrevista telefónica - Recepcionista con inglés y alemán',
  'body': '''Hola Lucía,

¡Gracias por tu interés en Hotel Marítimo Alicante!

Te confirmamos una entrevista telefónica para el puesto de Recepcionista con inglés y alemán:

📅 viernes, 20 de julio de 2029
🕛 12:00 – 12:30
📞 Te llamará Begoña Llorens, jefa de recepción, al número que nos facilitaste.

Parte de la entrevista será en alemán.

Un saludo,
Equipo de Personas · Hotel Marítimo Alicante

Enviado con Factorial'''},
  exp=dict(company='Hotel Marítimo Alicante', companyAlternatives=['Hotel Marítimo'], role='Recepcionista con inglés y alemán', start='2029-07-20T12:00',
           zone='Europe/Madrid', durationMinutes=30, interviewers=['Begoña Llorens'], notInterviewers=[],
           notes='Factorial ATS; forwarded as attachment; phone call; emoji.'))

F(id='es-06', kind='invite', client='tb', user=('Lucía Fernández', 'lucia.fdez@telefonica.net'), now='2029-10-24T08:30:00+01:00', userZone='Atlantic/Canary',
  html=True,
  ics=dict(mode='utc', zone='Europe/Madrid', start='2029-10-30T09:00', dur=45, summary='Entrevista - Ingeniero/a de Proyectos Fotovoltaicos',
           organizer=('Noelia Prieto', 'nprieto@veridia-renovables.es'), location='Google Meet', place='mixed'),
  orig={'from': ('Noelia Prieto', 'nprieto@veridia-renovables.es'), 'date': '2029-10-24T09:12:00+02:00',
  'subject': 'Entrevista Veridia - Ingeniero/a de Proyectos Fotovoltaicos',
  'body': '''Hola Lucía:

Gracias por tu candidatura. Te proponemos una videollamada de 45 minutos con Iñaki Etxeberria, responsable de ingeniería, el martes 30 de octubre a las 9:00 (hora peninsular).

Te adjunto la invitación de calendario.

Un saludo,
Noelia Prieto
Talento · Veridia Energías Renovables'''},
  exp=dict(company='Veridia Energías Renovables', companyAlternatives=['Veridia'], role='Ingeniero/a de Proyectos Fotovoltaicos', start='2029-10-30T09:00',
           zone='Europe/Madrid', durationMinutes=45, interviewers=['Iñaki Etxeberria'], notInterviewers=['Noelia Prieto'],
           notes='User in the Canary Islands, time stated as "hora peninsular"; ICS in UTC; after EU DST change.'))

F(id='es-07', kind='invite', client='gmail', user=UM, now='2029-08-08T20:15:00-06:00', userZone='America/Mexico_City',
  note='mañana!!',
  orig={'from': ('Mariana Treviño', 'mariana@cocuyo.mx'), 'date': '2029-08-08T19:50:00-06:00', 'subject': 'Re: Portafolio',
  'body': '''Va, entonces nos vemos mañana a las 11 en la oficina de Polanco (Homero 418, piso 3). Pregunta por mí en recepción. Será algo rápido, media hora.

Mariana Treviño
Directora Creativa · Agencia Cocuyo

El mié, 8 ago 2029 a las 13:02, Diego Ramírez (<diego.ramirez.v@hotmail.com>) escribió:
> Hola Mariana, muchas gracias. Tengo libre mañana en la mañana o el viernes después de las 4.
> Saludos, Diego'''},
  exp=dict(company='Agencia Cocuyo', companyAlternatives=['Cocuyo'], role=None, start='2029-08-09T11:00', zone='America/Mexico_City', durationMinutes=30,
           interviewers=['Mariana Treviño'], notInterviewers=[], notes='"mañana a las 11" relative to mail; no role title.'))

F(id='es-08', kind='invite', client='outlook', user=U, now='2029-12-20T17:05:00+01:00', userZone='Europe/Madrid', charset='windows-1252', cte='8bit',
  prefix='RV:',
  orig={'from': ('Rosa Benítez', 'rbenitez@laboratoriosquiros.es'), 'date': '2029-12-20T13:40:00+01:00',
  'subject': 'Entrevista – Técnico de Calidad',
  'body': '''Hola Lucía:

Tras revisar tu perfil, nos gustaría conocerte para la posición de “Técnico de Calidad”. Como estamos a las puertas de las fiestas, hemos pensado en hacerla a la vuelta: el miércoles 9 de enero de 2030 a las 9:30 h, en nuestra planta de Alcalá de Henares.

Estaremos Álvaro Sanz (director de planta) y yo. La entrevista incluye una visita a la planta; calcula hora y media.

Banda salarial: 32.000–36.000 € brutos anuales.

¡Felices fiestas!

Rosa Benítez
RR. HH. – Laboratorios Quirós'''},
  exp=dict(company='Laboratorios Quirós', role='Técnico de Calidad', start='2030-01-09T09:30', zone='Europe/Madrid', durationMinutes=90,
           interviewers=['Álvaro Sanz', 'Rosa Benítez'], notInterviewers=[], notes='After the holidays; "hora y media"; cp1252 8bit with curly quotes and €.'))

F(id='es-09', kind='reschedule', client='gmail', user=UA, now='2029-11-19T18:30:00-03:00', userZone='America/Argentina/Buenos_Aires',
  orig={'from': ('Lorena Sosa', 'lsosa@estudiobianchi.com.ar'), 'date': '2029-11-19T17:55:00-03:00', 'subject': 'RE: Entrevista jueves',
  'body': '''Sofía, buenas tardes

Gustavo tiene un vencimiento el jueves, ¿podemos pasar la entrevista al viernes a las 10? Sería en el mismo lugar, Av. Corrientes 1250 piso 7.

Saludos
Lorena

-----Mensaje original-----
De: Lorena Sosa
Enviado el: lunes, 12 de noviembre de 2029 12:10
Para: Sofía Gómez
Asunto: Entrevista jueves

Sofía, te confirmo la entrevista para Analista contable Semi Sr con el Cdor. Gustavo Bianchi el jueves 22/11 a las 17 hs. Calculá 40 minutos.
Estudio Contable Bianchi & Asoc.'''},
  exp=dict(company='Estudio Contable Bianchi & Asoc.', companyAlternatives=['Estudio Contable Bianchi', 'Bianchi & Asoc.'], role='Analista contable Semi Sr',
           start='2029-11-23T10:00', zone='America/Argentina/Buenos_Aires', durationMinutes=40, interviewers=['Gustavo Bianchi'],
           notInterviewers=['Lorena Sosa'], notes='Text-only move Thursday 22/11 17 hs -> Friday 10; Cdor. title.'))

F(id='es-10', kind='reschedule', client='outlook', olsep='orig', user=UC, now='2029-11-30T09:10:00-05:00', userZone='America/Bogota', html=True,
  prefix='RV:',
  ics=dict(mode='windisp', tzid='(UTC-05:00) Bogotá, Lima, Quito, Rio Branco', vtz=('-0500', None, None), zone='America/Bogota',
           start='2029-12-06T15:00', dur=60, seq=1, summary='Entrevista Jefe de Exportaciones (nueva fecha)',
           organizer=('Luis Fernando Arango', 'lfarango@cafealtamira.co'), location='Café Altamira, Calle 10 # 43-12, Medellín', place='mixed'),
  orig={'from': ('Luis Fernando Arango', 'lfarango@cafealtamira.co'), 'date': '2029-11-29T18:02:00-05:00',
  'subject': 'Cambio de fecha: entrevista Jefe de Exportaciones',
  'body': '''Andrés, buenas noches.

Por un viaje a la feria en Miami no voy a poder atenderlo el martes 4 de diciembre. Le propongo el jueves 6 de diciembre a las 3:00 p. m., en nuestra oficina de El Poblado. Le envío la nueva invitación.

Atentamente,
Luis Fernando Arango
Gerente Comercial
Café Altamira S.A.S.'''},
  exp=dict(company='Café Altamira S.A.S.', companyAlternatives=['Café Altamira'], role='Jefe de Exportaciones', start='2029-12-06T15:00', zone='America/Bogota',
           durationMinutes=60, interviewers=['Luis Fernando Arango'], notInterviewers=[], notes='Windows display-name TZID; old date 4 Dec in text.'))

F(id='es-11', kind='rejection', client='gmail', user=UM, now='2029-10-25T09:00:00-06:00', userZone='America/Mexico_City',
  orig={'from': ('Reclutamiento Grupo Ferretero del Norte', 'reclutamiento@gfnorte.com.mx'), 'date': '2029-10-24T18:30:00-06:00',
  'subject': 'Seguimiento a tu proceso - Coordinador de Compras',
  'body': '''Hola Diego:

Agradecemos mucho tu interés en Grupo Ferretero del Norte y el tiempo que dedicaste a las entrevistas.

Después de analizar con detalle los perfiles, hemos decidido continuar con otros candidatos para la vacante de Coordinador de Compras. Tu CV quedará en nuestra cartera para futuras oportunidades.

Te deseamos mucho éxito.

Atentamente,
Equipo de Reclutamiento'''},
  exp=dict(company='Grupo Ferretero del Norte', companyAlternatives=['Ferretero del Norte'], role='Coordinador de Compras', notes='Mexican rejection.'))

F(id='es-12', kind='offer', client='apple', user=U, now='2029-11-23T10:15:00+01:00', userZone='Europe/Madrid', cte='8bit',
  orig={'from': ('Pablo Herrero', 'pablo.herrero@nubeo.cloud'), 'date': '2029-11-22T19:04:00+01:00', 'subject': 'Carta oferta - DevOps Engineer',
  'body': '''Hola Lucía,

¡Enhorabuena! Nos encantaría que te unieras a Nubeo Cloud Services S.L. como DevOps Engineer.

Te adjunto la carta oferta: 47.000 € brutos anuales + 10 % variable, modalidad híbrida (2 días en oficina) e incorporación el 8 de enero.

Te agradeceríamos una respuesta antes del viernes 30 de noviembre.

Un abrazo,
Pablo Herrero
Head of Talent'''},
  exp=dict(company='Nubeo Cloud Services S.L.', companyAlternatives=['Nubeo Cloud Services', 'Nubeo'], role='DevOps Engineer', notInterviewers=['Pablo Herrero'],
           notes='Offer; answer-by date is the candidate deadline.'))

F(id='es-13', kind='not-interview', client='gmail', user=UA, now='2029-09-10T09:00:00-03:00', userZone='America/Argentina/Buenos_Aires', html=True,
  orig={'from': ('Banco del Litoral - Talento', 'talento@bancodellitoral.com.ar'), 'date': '2029-09-09T12:00:00-03:00',
  'subject': 'Te invitamos a la Expo Empleo Joven 🎓',
  'body': '''¡Hola Sofía!

Como te postulaste a nuestro Programa de Jóvenes Profesionales, te invitamos a la Expo Empleo Joven el martes 18 de septiembre de 10 a 18 hs en La Rural (Pabellón Azul, stand 42).

Vas a poder charlar con nuestro equipo y hacer una mini entrevista de 15 minutos.

Inscribite acá: https://bancodellitoral.com.ar/expo

¡Te esperamos!
Equipo de Talento
Banco del Litoral'''},
  exp=dict(company='Banco del Litoral', role='Programa de Jóvenes Profesionales', notes='Job fair invitation with date, hours and a 15-minute mini interview as bait.'))

F(id='es-14', kind='not-interview', client='outlook', user=U, now='2029-10-02T22:10:00+02:00', userZone='Europe/Madrid', prefix='RV:',
  orig={'from': ('Mercaluz Supermercados', 'empleo@mercaluz.es'), 'date': '2029-10-02T21:58:00+02:00', 'subject': 'Hemos recibido tu candidatura',
  'body': '''Hola, Lucía:

Hemos recibido correctamente tu candidatura para la oferta Responsable de Tienda - Valencia.

Nuestro equipo la revisará y, si tu perfil encaja, te llamaremos para una entrevista la semana del 15 de octubre.

Gracias por confiar en Mercaluz.

Este es un mensaje automático, por favor no respondas.'''},
  exp=dict(company='Mercaluz Supermercados', companyAlternatives=['Mercaluz'], role='Responsable de Tienda - Valencia',
           notes='Acknowledgement; conditional "semana del 15 de octubre" bait.'))

write_all(items)

R = [
 ('2029-09-13T13:00:00', 'Grupo Albéniz Logística', 'thank-you', 'ya les mandé el correo de agradecimiento', 'thanked', None, None, None),
 ('2029-10-02T19:10:00', 'Cervecería Monteverde', 'thank-you', 'listo, le escribí a la lic villaseñor pa agradecerle', 'thanked', None, None, None, None, 'America/Mexico_City'),
 ('2029-10-22T17:30:00', 'Pampa Fintech S.A.', 'thank-you', 'mandé el mail de agradecimiento a martín y flor', 'thanked', None, None, None, None, 'America/Argentina/Buenos_Aires'),
 ('2029-09-24T10:00:00', 'Grupo Albéniz Logística', 'follow-up-1', 'he escrito a marta para preguntar', 'followed-up', None, None, None),
 ('2029-10-10T12:00:00', 'Cervecería Monteverde', 'follow-up-1', 'le marqué a rodrigo, dice que aún no le dicen nada', 'followed-up', None, None, None, None, 'America/Mexico_City'),
 ('2029-11-28T09:00:00', 'Financiera Andina S.A.', 'follow-up-2', 'ya volví a escribir a valentina', 'followed-up', None, None, None, None, 'America/Bogota'),
 ('2029-09-14T09:30:00', 'Grupo Albéniz Logística', 'thank-you', 'me dijeron que deciden el viernes que viene', 'decision-date', '2029-09-21', None, None, 'next:fri'),
 ('2029-10-03T08:00:00', 'Cervecería Monteverde', 'follow-up-1', 'rodrigo dice que el cliente decide a fin de mes', 'decision-date', '2029-10-31', None, None, 'eom', 'America/Mexico_City'),
 ('2029-10-23T11:00:00', 'Pampa Fintech S.A.', 'follow-up-1', 'flor me dijo que la respuesta está el 5/11', 'decision-date', '2029-11-05', None, None, None, 'America/Argentina/Buenos_Aires'),
 ('2029-11-15T16:40:00', 'Financiera Andina S.A.', 'thank-you', 'me dicen que en 8 días hábiles... o sea el 27', 'decision-date', '2029-11-27', None, None, None, 'America/Bogota'),
 ('2029-10-31T10:00:00', 'Veridia Energías Renovables', 'follow-up-1', 'no deciden nada hasta el lunes 12', 'decision-date', '2029-11-12', None, None),
 ('2029-12-07T15:00:00', 'Café Altamira S.A.S.', 'thank-you', 'don luis fernando responde a mediados de enero', 'decision-date', '2030-01-15', None, None, 'mid:01', 'America/Bogota'),
 ('2029-11-24T12:00:00', 'Estudio Contable Bianchi & Asoc.', 'thank-you', 'me avisan en 3 días', 'decision-date', '2029-11-27', None, None, '+3', 'America/Argentina/Buenos_Aires'),
 ('2029-09-20T18:00:00', 'Grupo Albéniz Logística', 'follow-up-1', 'me contestaron, siguen con entrevistas', 'heard-back', None, None, None),
 ('2029-11-21T13:00:00', 'Financiera Andina S.A.', 'follow-up-1', 'valentina me respondió pero sin novedades', 'heard-back', None, None, None, None, 'America/Bogota'),
 ('2029-09-19T11:15:00', 'Grupo Albéniz Logística', 'follow-up-1', 'segunda entrevista el 26 a las 12:00', 'next-round', '2029-09-26', '12:00', None),
 ('2029-10-05T20:00:00', 'Cervecería Monteverde', 'follow-up-1', 'me citaron en la planta el jueves a las 9 am!!', 'next-round', '2029-10-11', '09:00', None, 'wd:thu', 'America/Mexico_City'),
 ('2029-10-25T09:40:00', 'Pampa Fintech S.A.', 'follow-up-1', 'paso a la entrevista con el CTO, martes 30 a las 16 hs', 'next-round', '2029-10-30', '16:00', None, None, 'America/Argentina/Buenos_Aires'),
 ('2029-11-01T14:00:00', 'Veridia Energías Renovables', 'follow-up-1', 'caso práctico presencial el miércoles que viene a las 10', 'next-round', '2029-11-07', '10:00', None, 'wd:wed'),
 ('2029-10-18T19:00:00', 'Cervecería Monteverde', 'follow-up-2', 'ME DIERON LA CHAMBA 🍻', 'offer', None, None, 'offer', None, 'America/Mexico_City'),
 ('2029-11-23T10:20:00', 'Nubeo Cloud Services S.L.', 'confirmation', 'me han hecho la oferta, la acepto seguro', 'offer', None, None, 'offer'),
 ('2029-10-25T09:05:00', 'Grupo Ferretero del Norte', 'confirmation', 'me rechazaron 😔', 'rejected', None, None, 'rejected', None, 'America/Mexico_City'),
 ('2029-11-09T21:00:00', 'Pampa Fintech S.A.', 'follow-up-2', 'no quedé en pampa, eligieron a otra persona', 'rejected', None, None, 'rejected', None, 'America/Argentina/Buenos_Aires'),
 ('2029-10-08T13:30:00', 'Grupo Albéniz Logística', 'follow-up-2', 'al final me han dicho que no', 'rejected', None, None, 'rejected'),
 ('2029-11-26T18:00:00', 'Laboratorios Quirós', 'confirmation', 'retiro mi candidatura en quirós, ya tengo lo de nubeo', 'withdrawn', None, None, 'withdrawn'),
 ('2029-12-03T08:30:00', 'Café Altamira S.A.S.', 'prep', 'ya no voy a ir, me salí del proceso', 'withdrawn', None, None, 'withdrawn', None, 'America/Bogota'),
 ('2029-09-25T08:00:00', 'Grupo Albéniz Logística', 'follow-up-1', 'recuérdamelo el lunes', 'snooze', '2029-10-01', None, None, 'wd:mon'),
 ('2029-12-21T12:00:00', 'Financiera Andina S.A.', 'follow-up-2', 'después de reyes', 'snooze', None, None, None, None, 'America/Bogota'),
 ('2029-11-05T09:00:00', 'Veridia Energías Renovables', 'prep', 'avísame pasado mañana', 'snooze', '2029-11-07', None, None, '+2'),
 ('2029-10-30T22:00:00', 'Pampa Fintech S.A.', 'follow-up-1', 'dale, mañana', 'snooze', '2029-10-31', None, None, 'tomorrow', 'America/Argentina/Buenos_Aires'),
 ('2029-10-08T13:35:00', 'Grupo Albéniz Logística', 'confirmation', 'deshaz lo último porfa', 'undo', None, None, None),
 ('2029-10-20T10:00:00', 'Grupo Albéniz Logística', 'digest', 'reabre albéniz, me han vuelto a llamar', 'reopen', None, None, None),
 ('2029-09-06T09:15:00', 'Grupo Albéniz Logística', 'confirmation', 'es a las 11:30 no a las 10:30', 'correct', None, '11:30', None),
 ('2029-11-07T08:00:00', 'Financiera Andina S.A.', 'confirmation', 'ojo que es el jueves 15, no el miércoles', 'correct', '2029-11-15', None, None, None, 'America/Bogota'),
 ('2029-11-12T08:00:00', None, 'digest', 'cómo van mis procesos?', 'status', None, None, None),
 ('2029-12-01T20:00:00', None, 'digest', 'pásame todo en un excel', 'export', None, None, None),
 ('2029-07-17T10:00:00', None, 'confirmation', 'qué comandos hay?', 'help', None, None, None),
 ('2029-10-03T09:00:00', 'Mercaluz Supermercados', 'confirmation', 'borra lo de mercaluz', 'forget', None, None, None),
 ('2029-09-13T12:00:00', 'Grupo Albéniz Logística', 'thank-you', 'uf, qué nervios, pero creo que bien', 'none', None, None, None),
 ('2029-10-01T22:00:00', 'Cervecería Monteverde', 'prep', 'voy de traje o de casual?', 'none', None, None, None, None, 'America/Mexico_City'),
 ('2029-10-28T15:00:00', 'Pampa Fintech S.A.', 'follow-up-1', 'a mi compañera de la facu le ofrecieron laburo en pampa, yo nada todavía', 'none', None, None, None, None, 'America/Argentina/Buenos_Aires'),
 ('2029-11-20T19:00:00', 'Financiera Andina S.A.', 'follow-up-1', 'si me rechazan me voy pa españa jaja', 'none', None, None, None, None, 'America/Bogota'),
 ('2029-11-08T11:00:00', 'Veridia Energías Renovables', 'follow-up-1', 'todavía no me han rechazado, algo es algo', 'none', None, None, None),
 ('2029-11-27T13:00:00', 'Nubeo Cloud Services S.L.', 'confirmation', 'mi empresa me ofrece subirme el sueldo para que me quede. lío', 'none', None, None, None),
 ('2029-11-29T10:00:00', 'Estudio Contable Bianchi & Asoc.', 'follow-up-1', 'me rechazaron el alquiler del depto, un desastre todo', 'none', None, None, None, None, 'America/Argentina/Buenos_Aires'),
 ('2029-12-06T14:00:00', 'Café Altamira S.A.S.', 'prep', 'me ofrecieron un tinto al llegar jaja buena gente', 'none', None, None, None, None, 'America/Bogota'),
 ('2029-10-20T09:00:00', 'Veridia Energías Renovables', 'move-on', 'no, déjalo abierto de momento', 'none', None, None, None),
 ('2029-09-12T23:00:00', 'Grupo Albéniz Logística', 'prep', 'ok gracias', 'none', None, None, None),
 ('2029-10-15T10:00:00', 'Cervecería Monteverde', 'digest', '¿es normal que tarden tanto en responder?', 'none', None, None, None, None, 'America/Mexico_City'),
 ('2029-11-30T21:00:00', 'Financiera Andina S.A.', 'digest', 'jaja me contrataron... ojalá, todavía nada', 'none', None, None, None, None, 'America/Bogota'),
]
write_replies('es', 'Europe/Madrid', R)
