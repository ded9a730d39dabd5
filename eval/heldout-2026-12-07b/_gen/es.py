from mime import write
U = ('Lucía Fernández Ortega', 'lucia.fdez.ortega@gmail.com')
UM = ('Diego Hernández', 'diego.hdz.mx@outlook.com')
UC = ('Valentina Rojas', 'vale.rojas@hotmail.com')
UA = ('Martín Iglesias', 'martin.iglesias@gmail.com')
items = [
dict(id='es-01', lang='es', client='outlook', uz='Europe/Madrid', now=(2028, 1, 10, 9, 25), odate=(2028, 1, 7, 13, 10),
 user=U, ofrom=('Raquel Moya', 'raquel.moya@albeniz-energia.es'), charset='iso-8859-1', cte='quoted-printable', html=True,
 subj='Entrevista - Ingeniera de proyectos fotovoltaicos',
 body='''Estimada Lucía:

Gracias por tu interés en Grupo Albéniz Energía. Nos gustaría conocerte en una entrevista presencial el {wd:2028-01-18} 18 de enero a las 12:00 en nuestras oficinas de Paseo de la Castellana 95, planta 14.

Te entrevistarán Marta Solís (Directora de Ingeniería) e Íñigo Urrutia (Jefe de Proyectos). La entrevista durará aproximadamente 45 minutos.

Por favor, confírmame tu asistencia respondiendo a este correo. Si necesitas cualquier aclaración, quedo a tu disposición.

Un saludo,

Raquel Moya
Técnica de Selección
Grupo Albéniz Energía''',
 ics=dict(tzid='Europe/Madrid', prodid='-//Google Inc//Google Calendar 70.9054//EN', start='20280118T120000', end='20280118T124500', summary='Entrevista Lucía Fernández - Ing. proyectos FV',
          location='Paseo de la Castellana 95, planta 14, Madrid', organizer=('Raquel Moya', 'raquel.moya@albeniz-energia.es'),
          attendees=[('Marta Solís', 'marta.solis@albeniz-energia.es'), ('Íñigo Urrutia', 'inigo.urrutia@albeniz-energia.es')]),
 exp=dict(kind='invite', company='Grupo Albéniz Energía', alts=['Albéniz Energía', 'Albéniz'], role='Ingeniera de proyectos fotovoltaicos', start='2028-01-18T12:00', zone='Europe/Madrid', dur=45,
          iv=['Marta Solís', 'Íñigo Urrutia'], niv=['Raquel Moya', 'Lucía Fernández Ortega'], notes='iso-8859-1; coordinator does not attend.')),

dict(id='es-02', lang='es', client='gmail', uz='America/Mexico_City', now=(2028, 2, 3, 18, 2), odate=(2028, 2, 3, 11, 47),
 user=UM, ofrom=('Fernanda Ruiz', 'fernanda.ruiz@alimentoslaceiba.com.mx'), html=True,
 subj='Invitación a entrevista | Gerente de Planeación de Demanda',
 note='ya quedó la entrevista 🙌',
 body='''Hola Diego, buen día.

Te escribo de parte de Alimentos La Ceiba. Nos da gusto informarte que avanzaste a la siguiente etapa del proceso para la vacante de Gerente de Planeación de Demanda.

Tu entrevista quedó agendada para el jueves 10/02 a las 11:00 hrs (hora del centro de México), por Zoom, con el Lic. Rodrigo Garza, Director de Cadena de Suministro. Tendrá una duración de una hora.

Te comparto la invitación de calendario con la liga. Cualquier duda, quedo atenta.

Saludos cordiales,
Fernanda Ruiz
Reclutamiento y Selección | Alimentos La Ceiba S.A. de C.V.''',
 ics=dict(tzid='Central Standard Time (Mexico)', start='20280210T110000', end='20280210T120000', summary='Entrevista Diego Hernández - Gerente Planeación de Demanda',
          location='Zoom', organizer=('Fernanda Ruiz', 'fernanda.ruiz@alimentoslaceiba.com.mx'), attendees=[('Rodrigo Garza', 'rgarza@alimentoslaceiba.com.mx')], mode='inline'),
 exp=dict(kind='invite', company='Alimentos La Ceiba', alts=['La Ceiba'], role='Gerente de Planeación de Demanda', start='2028-02-10T11:00', zone='America/Mexico_City', dur=60,
          iv=['Rodrigo Garza'], niv=['Fernanda Ruiz', 'Diego Hernández'], notes='Mexican d/m numeric date "10/02"; "hrs"; Windows TZID Central Standard Time (Mexico); Lic. stripped.')),

dict(id='es-03', lang='es', client='apple', uz='America/Argentina/Buenos_Aires', now=(2028, 3, 2, 20, 15), odate=(2028, 3, 2, 17, 33),
 user=UA, ofrom=('Sol Benítez', 'sol@matelabs.com.ar'), cte='8bit',
 subj='Re: Búsqueda Full Stack SSr',
 note='mirá esto',
 body='''Hola Martín! Cómo va?

Gracias por mandar el CV, nos copó lo que hiciste con el tema de pagos.

¿Nos vemos el miércoles a las 10 hs en la oficina para charlar del puesto? Estamos en Av. Corrientes 1234, piso 8. Traete la compu si querés mostrarnos algo.

Abrazo,
Sol

Sol Benítez
CTO | Mate Labs''',
 exp=dict(kind='invite', company='Mate Labs', role='Full Stack SSr', start='2028-03-08T10:00', zone='America/Argentina/Buenos_Aires', dur=None,
          iv=['Sol Benítez'], niv=['Martín Iglesias'], notes='Informal rioplatense voseo; bare "miércoles" from Thu 2 March = 8 March; "10 hs".')),

dict(id='es-04', lang='es', client='attach', uz='America/Bogota', now=(2028, 3, 28, 19, 40), odate=(2028, 3, 28, 10, 5),
 user=UC, ofrom=('Andrés Cárdenas', 'acardenas@talentoandino.example'), cte='quoted-printable', aname='Entrevista Cementos del Valle.eml',
 subj='Entrevista con Cementos del Valle - Jefe de Mantenimiento',
 note='te lo reenvío como adjunto',
 body='''Buenos días Valentina,

Le confirmo la entrevista con nuestro cliente Cementos del Valle S.A. para el cargo de Jefe de Mantenimiento:

Fecha: 4/4/2028
Hora: 3:00 p. m., hora Colombia
Lugar: planta Yumbo, Km 3 vía Cali-Yumbo (portería principal)
Entrevistadores: Ing. Carlos Mejía (Gerente de Planta) y Dra. Paula Restrepo (Gestión Humana)
Duración: 1 hora y media aproximadamente

Yo no estaré presente, pero quedo pendiente para cualquier inquietud. Ellos esperan tomar una decisión antes de Semana Santa.

Cordialmente,
Andrés Cárdenas
Consultor Senior | Talento Andino Consultores''',
 ics=dict(tzid='SA Pacific Standard Time', start='20280404T150000', end='20280404T163000', summary='Entrevista Valentina Rojas - Cementos del Valle',
          location='Planta Yumbo', organizer=('Andrés Cárdenas', 'acardenas@talentoandino.example'), attendees=[('Valentina Rojas', 'vale.rojas@hotmail.com')]),
 exp=dict(kind='invite', company='Cementos del Valle', alts=['Cementos del Valle S.A.'], role='Jefe de Mantenimiento', start='2028-04-04T15:00', zone='America/Bogota', dur=90,
          iv=['Carlos Mejía', 'Paula Restrepo'], niv=['Andrés Cárdenas', 'Valentina Rojas'],
          notes='Agency; company = client; 4/4/2028 d/m (same either way); ICS SA Pacific Standard Time inside message/rfc822; "antes de Semana Santa" is vague -> null.')),

dict(id='es-05', lang='es', client='gmail', uz='Europe/Madrid', now=(2028, 4, 28, 16, 20), odate=(2028, 4, 28, 12, 2),
 user=U, ofrom=('Citafácil', 'avisos@citafacil.example'), cte='base64', html=True,
 subj='Cita confirmada: Entrevista telefónica con Seguros Alhambra',
 body='''Hola Lucía,

Tu cita ha quedado confirmada.

Empresa: Seguros Alhambra
Proceso: Gestor/a de siniestros
Tipo: Entrevista telefónica
Fecha: {wd:2028-05-08}, 8 de mayo de 2028
Hora: 9:30–10:00 (CEST)
Te llamará: Beatriz Cano, Responsable de Selección

¿No puedes asistir? Cancela o cambia la cita desde tu enlace personal.

Este mensaje ha sido enviado por Citafácil en nombre de Seguros Alhambra.''',
 ics=dict(tzid=None, start='20280508T073000', end='20280508T080000', summary='Entrevista telefónica - Seguros Alhambra', prodid='-//Citafacil//ES',
          organizer=('Beatriz Cano', 'bcano@segurosalhambra.example'), attendees=[('Lucía Fernández Ortega', 'lucia.fdez.ortega@gmail.com')], b64=True),
 exp=dict(kind='invite', company='Seguros Alhambra', role='Gestor/a de siniestros', start='2028-05-08T09:30', zone='Europe/Madrid', dur=30,
          iv=['Beatriz Cano'], niv=['Lucía Fernández Ortega'], notes='Scheduling tool for employer; recruiter runs the phone call; base64 body; ICS UTC 07:30Z (CEST).')),

dict(id='es-06', lang='es', client='tb', uz='Europe/Madrid', now=(2028, 6, 7, 11, 48), odate=(2028, 6, 6, 19, 15),
 user=U, ofrom=('Nuria Valverde', 'nvalverde@mirasierrahoteles.es'), charset='windows-1252', cte='quoted-printable',
 subj='Jornada de entrevistas – Revenue Manager',
 body='''Hola Lucía:

¡Enhorabuena! Has pasado a la última fase del proceso de Revenue Manager en Grupo Hotelero Mirasierra.

Te esperamos el viernes 16 de junio, de 10:00 a 13:30, en el Hotel Mirasierra Suites (C/ Pintor Rosales 21). Primero hablarás conmigo, después con Óscar Peña, nuestro Director Financiero, y por último con el director general, Álvaro de la Fuente. Entre medias habrá un pequeño caso práctico “en vivo”.

Os daremos respuesta a todos los finalistas antes del viernes 23 de junio.

Un abrazo,
Nuria Valverde
Directora Comercial – Grupo Hotelero Mirasierra''',
 exp=dict(kind='invite', company='Grupo Hotelero Mirasierra', alts=['Mirasierra', 'Mirasierra Hoteles'], role='Revenue Manager', start='2028-06-16T10:00', zone='Europe/Madrid', dur=210,
          iv=['Nuria Valverde', 'Óscar Peña', 'Álvaro de la Fuente'], niv=['Lucía Fernández Ortega'], dd='2028-06-23',
          notes='Interviewers in prose incl. sender ("conmigo"); 10:00-13:30 range; windows-1252 smart quotes; decision by Fri 23 June.')),

dict(id='es-07', lang='es', client='outlook', orig_sep=True, uz='America/Bogota', now=(2028, 3, 15, 7, 50), odate=(2028, 3, 14, 16, 22),
 user=UC, ofrom=('Camila Ospina', 'camila.ospina@guadua.co'),
 subj='Reprogramación de entrevista - Product Owner',
 body='''Hola Valentina,

Nos dimos cuenta de que tu entrevista quedó para el lunes 20 de marzo, que es festivo (San José). ¡Qué pena!

La reprogramamos para el martes 21 de marzo a las 8:00 a. m., con la misma duración y por el mismo enlace de Google Meet. Ya te llegó la invitación actualizada.

Saludos,
Camila Ospina
Head of Product | Guadua Fintech''',
 ics=dict(tzid='(UTC-05:00) Bogota, Lima, Quito, Rio Branco', start='20280321T080000', end='20280321T084500', summary='Entrevista Product Owner - Valentina Rojas', seq=1,
          location='Google Meet', organizer=('Camila Ospina', 'camila.ospina@guadua.co'), attendees=[('Valentina Rojas', 'vale.rojas@hotmail.com')]),
 exp=dict(kind='reschedule', company='Guadua Fintech', alts=['Guadua'], role='Product Owner', start='2028-03-21T08:00', zone='America/Bogota', dur=45,
          iv=['Camila Ospina'], niv=['Valentina Rojas'], notes='Colombian San José holiday moved to Mon 20 March; "misma duración" but the updated ICS runs 8:00-8:45 -> 45 (null is defensible).')),

dict(id='es-08', lang='es', client='gmail', uz='America/Mexico_City', now=(2028, 4, 24, 9, 3), odate=(2028, 4, 21, 18, 40),
 user=UM, ofrom=('Constructora Piedra Azul', 'rh@piedraazul.com.mx'),
 subj='Seguimiento a tu proceso - Residente de obra',
 note='ni modo',
 body='''Estimado Diego:

Agradecemos tu participación en el proceso de selección para la vacante de Residente de obra.

Lamentamos informarte que en esta ocasión no continuarás en el proceso, ya que decidimos avanzar con un perfil con mayor experiencia en obra vertical.

Conservaremos tu CV en nuestra base de datos para futuras oportunidades.

Atentamente,
Recursos Humanos
Constructora Piedra Azul''',
 exp=dict(kind='rejection', company='Constructora Piedra Azul', alts=['Piedra Azul'], role='Residente de obra', niv=['Diego Hernández'], notes='Rejection.')),

dict(id='es-09', lang='es', client='apple', uz='Europe/Madrid', now=(2028, 7, 4, 22, 30), odate=(2028, 7, 4, 13, 5),
 user=U, ofrom=('Jaime Lozano', 'jaime.lozano@ibericafarma.es'), html=True,
 subj='Carta oferta – Responsable de Calidad',
 body='''Hola Lucía,

Tal y como te adelanté por teléfono, es un placer hacerte llegar nuestra oferta para el puesto de Responsable de Calidad en Laboratorios Ibérica Farma.

• Incorporación: 1 de septiembre de 2028
• Salario bruto anual: 52.000 € + 10 % variable
• Contrato indefinido, jornada intensiva en agosto

Te agradeceríamos una respuesta antes del 14 de julio. Si quieres hablarlo con tu futura responsable, Elena Marín, te organizo una llamada.

Un saludo,
Jaime Lozano
HR Business Partner''',
 exp=dict(kind='offer', company='Laboratorios Ibérica Farma', alts=['Ibérica Farma'], role='Responsable de Calidad', niv=['Jaime Lozano', 'Elena Marín', 'Lucía Fernández Ortega'],
          notes='Offer; 14 July is the candidate deadline.')),

dict(id='es-10', lang='es', client='gmail', uz='Europe/Madrid', now=(2028, 4, 14, 10, 0), odate=(2028, 4, 14, 6, 0),
 user=U, ofrom=('EmpleoYa Alertas', 'alertas@empleoya.example'), html=True,
 subj='12 nuevas ofertas de Analista de datos en Madrid',
 note='esto no es nada, ignóralo jaja',
 body='''Hola Lucía,

Tenemos 12 nuevas ofertas que encajan con tu alerta "Analista de datos - Madrid":

- Analista de datos junior – Movilia (Madrid) – 28.000-32.000 €
- Data Analyst (SQL, Power BI) – Grupo Cerezo (Alcobendas)
- Analista BI – Seguros Tajo (híbrido)

WEBINAR GRATUITO: Cómo preparar la entrevista por competencias
{Wd:2028-04-19} 19 de abril a las 18:00, con Carmen Ibarra (headhunter)

Gestiona tus alertas en tu perfil de EmpleoYa.''',
 exp=dict(kind='not-interview', company=None, role=None, niv=['Carmen Ibarra', 'Lucía Fernández Ortega'], notes='Job alert + webinar time bait.')),

dict(id='es-11', lang='es', client='tb', uz='America/Argentina/Buenos_Aires', now=(2028, 5, 22, 12, 10), odate=(2028, 5, 19, 15, 44),
 user=UA, ofrom=('Banco del Plata - Búsquedas', 'busquedas@bancodelplata.example'), cte='quoted-printable',
 subj='Recibimos tu postulación',
 body='''Hola Martín,

¡Gracias por postularte a Analista de Riesgo Crediticio en Banco del Plata!

Recibimos tu CV correctamente. Nuestro equipo de Selección lo va a revisar y, si tu perfil avanza, te vamos a contactar en los próximos días para coordinar una entrevista.

Te recordamos que el 25 de mayo es feriado nacional y nuestras oficinas permanecerán cerradas.

Equipo de Talento
Banco del Plata''',
 exp=dict(kind='not-interview', company='Banco del Plata', role='Analista de Riesgo Crediticio', niv=['Martín Iglesias'], notes='Acknowledgement; 25 de mayo holiday is bait.')),
]
items.append(dict(id='es-12', lang='es', client='outlook', uz='America/Mexico_City', now=(2028, 5, 29, 10, 12), odate=(2028, 5, 29, 16, 40), oz='Europe/Madrid',
 user=UM, ofrom=('Pilar Ugarte', 'pilar.ugarte@cierzotech.es'), charset='windows-1252', cte='quoted-printable',
 subj='Entrevista Scrum Master – Grupo Cierzo Tecnología',
 body="""Hola Diego:

Gracias por tu interés en la posición de Scrum Master (100 % remoto) en Grupo Cierzo Tecnología.

Te confirmo la entrevista para el martes 6 de junio a las 17:00, hora peninsular española (las 9:00 en Ciudad de México). Durará una hora y estaremos Sergio Blasco, Agile Coach, y yo.

Te llegará la invitación de Teams por separado.

Un saludo,
Pilar Ugarte
People Partner – Grupo Cierzo Tecnología""",
 ics=dict(tzid=None, start='20280606T150000', end='20280606T160000', summary='Entrevista Scrum Master - Diego Hernández',
          organizer=('Pilar Ugarte', 'pilar.ugarte@cierzotech.es'), attendees=[('Sergio Blasco', 'sergio.blasco@cierzotech.es'), ('Diego Hernández', 'diego.hdz.mx@outlook.com')]),
 exp=dict(kind='invite', company='Grupo Cierzo Tecnología', alts=['Cierzo Tecnología', 'Cierzo'], role='Scrum Master', start='2028-06-06T17:00', zone='Europe/Madrid', dur=60,
          iv=['Sergio Blasco', 'Pilar Ugarte'], niv=['Diego Hernández'],
          notes='Madrid employer, Mexico City candidate: 17:00 Madrid = 9:00 CDMX (match on instant); sender attends ("y yo"); ICS in UTC.')))
if __name__ == '__main__':
    write(items)
