from mime import build_all, ics

U1 = ('Sergio Martín', 'sergio.martin.g@gmail.com')
U2 = ('Ximena Castañeda', 'ximena.castaneda@outlook.com')
U3 = ('Agustina Pereyra', 'agus.pereyra@yahoo.com.ar')
U4 = ('Andrés Felipe Gómez', 'andresf.gomez@hotmail.com')
U5 = ('Nerea Aguirre', 'nerea.aguirre@icloud.com')

items = [
dict(id='es-01', kind='invite', now='2030-01-15T09:20:00+01:00', userZone='Europe/Madrid', user=U1,
 subj='Fwd: Entrevista – Analista de Riesgos de Crédito', cs='iso-8859-1', cte='quoted-printable',
 body="""Apúntala porfa

---------- Forwarded message ---------
De: Marta Ibáñez <m.ibanez@grupoalbacar.es>
Date: lun, 14 ene 2030, 18:05
Subject: Entrevista - Analista de Riesgos de Crédito
To: <sergio.martin.g@gmail.com>


Estimado Sergio:

En relación con su candidatura para el puesto de Analista de Riesgos de Crédito, nos complace convocarle a una entrevista el martes 22 de enero a las 11:00 h en nuestras oficinas de Paseo de la Castellana 95, planta 12, Madrid.

Le recibirán D.ª Lucía Ferrer, directora de Riesgos, y D. Álvaro Quintana, responsable de Modelos. La entrevista tendrá una duración aproximada de una hora.

Le rogamos confirme su asistencia respondiendo a este correo.

Un cordial saludo,

Marta Ibáñez
Departamento de Recursos Humanos
Grupo Albacar
""",
 exp=dict(company='Grupo Albacar', alt=['Albacar'], role='Analista de Riesgos de Crédito', start='2030-01-22T11:00', zone='Europe/Madrid',
  dur=60, iv=['Lucía Ferrer', 'Álvaro Quintana'], niv=['Marta Ibáñez', 'Sergio Martín'], notes='D.ª / D. titles; "11:00 h"; usted; iso-8859-1')),

dict(id='es-02', kind='invite', now='2030-03-08T10:30:00-06:00', userZone='America/Mexico_City', user=U2,
 subj='RV: Entrevista Gerente de Planeación de Demanda', cs='windows-1252', cte='quoted-printable', xmailer='Microsoft Outlook 16.0',
 body="""

De: Daniela Ortega <daniela.ortega@cerveceriabajio.com.mx>
Enviado el: jueves, 7 de marzo de 2030 05:12 p. m.
Para: Ximena Castañeda <ximena.castaneda@outlook.com>
Asunto: Entrevista Gerente de Planeación de Demanda

Hola Ximena, ¡buenas tardes!

Te confirmo tu entrevista para la vacante de Gerente de Planeación de Demanda en Cervecería del Bajío, S.A. de C.V.:

• Fecha: jueves 14 de marzo
• Hora: 4 p. m. (hora del centro de México)
• Lugar: Blvd. Adolfo López Mateos 2201, León, Gto.
• Duración: 1 hora

Te entrevistarán el Lic. Fernando Ruiz, Director de Supply Chain, y la Ing. Paola Garza, Gerente de S&OP. Te adjunto la invitación.

Cualquier duda, quedo a tus órdenes.

Saludos cordiales,
Daniela Ortega
Coordinadora de Atracción de Talento
""",
 ics=ics('Central Standard Time (Mexico)', '20300314T160000', '20300314T170000', 'Entrevista Ximena Castañeda - Gerente de Planeación de Demanda',
         ('Daniela Ortega', 'daniela.ortega@cerveceriabajio.com.mx'), [('Ximena Castañeda', 'ximena.castaneda@outlook.com'), ('Fernando Ruiz', 'fernando.ruiz@cerveceriabajio.com.mx'), ('Paola Garza', 'paola.garza@cerveceriabajio.com.mx')],
         'Blvd. Adolfo López Mateos 2201, León, Gto.', rules='NONE', std='-0600', uid='es02'),
 exp=dict(company='Cervecería del Bajío, S.A. de C.V.', alt=['Cervecería del Bajío', 'Cerveceria del Bajio'], role='Gerente de Planeación de Demanda',
  start='2030-03-14T16:00', zone='America/Mexico_City', dur=60, iv=['Fernando Ruiz', 'Paola Garza'], niv=['Daniela Ortega', 'Ximena Castañeda'],
  notes='Mexico: "4 p. m.", Lic./Ing. titles, Windows TZID "Central Standard Time (Mexico)"; bullets in windows-1252; Mexico has no DST while US changes on the 10th')),

dict(id='es-03', kind='invite', now='2030-04-03T22:15:00-03:00', userZone='America/Argentina/Buenos_Aires', user=U3,
 subj='Fwd: Entrevista Pampa Fintech 🚀', cs='utf-8', cte='8bit', xmailer='Apple Mail (2.3774.400.31)',
 body="""la semana que viene!!



Inicio del mensaje reenviado:

De: Florencia Acosta <flor.acosta@pampafintech.com>
Asunto: Entrevista Pampa Fintech 🚀
Fecha: 3 de abril de 2030, 18:47:10 GMT-3
Para: Agustina Pereyra <agus.pereyra@yahoo.com.ar>

¡Hola Agustina! ¿Cómo estás?

Te escribo porque nos encantó tu perfil para la búsqueda de Desarrollador/a Backend Sr. Queremos coordinar una entrevista técnica el miércoles 10 de abril a las 15 hs (hora de Argentina) por Meet.

Vamos a estar Martín Sosa (Tech Lead) y yo. Calculá unos 45 minutos.

¡Cualquier cosa avisame!
Flor

Florencia Acosta
People & Culture | Pampa Fintech
""",
 exp=dict(company='Pampa Fintech', alt=[], role='Desarrollador/a Backend Sr.', start='2030-04-10T15:00', zone='America/Argentina/Buenos_Aires',
  dur=45, iv=['Martín Sosa', 'Florencia Acosta'], niv=['Agustina Pereyra'],
  notes='Argentine voseo; "15 hs"; sender attends ("Martín Sosa y yo"); emoji in RFC 2047 subject; 8bit utf-8')),

dict(id='es-04', kind='invite', now='2030-04-30T18:00:00-05:00', userZone='America/Bogota', user=U4,
 subj='RV: Citación a entrevista – Coordinador de Operaciones Logísticas', cs='utf-8', cte='quoted-printable', xmailer='Microsoft Outlook 16.0',
 body="""Reenvío la citación como adjunto.

Andrés
""",
 attach=dict(**{'from': ('Valentina Ríos', 'seleccion@transandinos.com.co')}, date='2030-04-30T15:22:00-05:00',
  subject='Citación a entrevista – Coordinador de Operaciones Logísticas', cte='base64', html=True,
  body="""Buenas tardes, Andrés Felipe:

Reciba un cordial saludo de Transportes Andinos S.A.S.

Por medio de la presente lo citamos a entrevista para el cargo de Coordinador de Operaciones Logísticas:

Fecha: martes 7 de mayo de 2030
Hora: 9:00 a. m. (hora Colombia)
Lugar: Calle 13 # 68-45, Bogotá – preguntar en portería por Talento Humano
Duración estimada: una hora y media (incluye prueba técnica)

Lo atenderán el Gerente de Operaciones, Carlos Restrepo, y la Jefe de Talento Humano, Diana Mejía.

Le recordamos que el miércoles 1 de mayo es festivo y no habrá atención en oficinas.

Cordialmente,
Valentina Ríos
Analista de Selección
Transportes Andinos S.A.S.
""",
  ics=ics('SA Pacific Standard Time', '20300507T090000', '20300507T103000', 'Entrevista Andrés Felipe Gómez',
          ('Valentina Ríos', 'seleccion@transandinos.com.co'), [('Andrés Felipe Gómez', 'andresf.gomez@hotmail.com'), ('Carlos Restrepo', 'crestrepo@transandinos.com.co'), ('Diana Mejía', 'dmejia@transandinos.com.co')],
          'Calle 13 # 68-45, Bogotá', rules='NONE', std='-0500', uid='es04')),
 exp=dict(company='Transportes Andinos S.A.S.', alt=['Transportes Andinos'], role='Coordinador de Operaciones Logísticas', start='2030-05-07T09:00',
  zone='America/Bogota', dur=90, iv=['Carlos Restrepo', 'Diana Mejía'], niv=['Valentina Ríos', 'Andrés Felipe Gómez'],
  notes='Colombian; forwarded as attachment with ICS TZID "SA Pacific Standard Time"; 1 May holiday bait; "una hora y media"')),

dict(id='es-05', kind='invite', now='2030-04-11T13:40:00+02:00', userZone='Europe/Madrid', user=U5,
 subj='Fwd: Entrevista telefónica Hoteles Mirasol', cs='utf-8', cte='quoted-printable', xmailer='Mozilla Thunderbird',
 body="""Después de Semana Santa tengo esta

-------- Mensaje reenviado --------
Asunto: 	Entrevista telefónica Hoteles Mirasol
Fecha: 	Thu, 11 Apr 2030 11:02:51 +0200
De: 	Jorge Navarro <jnavarro@talentia-rrhh.es>
Para: 	Nerea Aguirre <nerea.aguirre@icloud.com>



Hola Nerea:

Como te comenté, Hoteles Mirasol quiere hablar contigo para el puesto de Jefa de Recepción en su hotel de Valencia. Como en Valencia el Lunes de Pascua es festivo, han propuesto el martes 23 de abril a las 10:30.

Te llamará directamente Inmaculada Soler, la directora del hotel. Será una llamada de media hora más o menos. Yo no estaré en la llamada, pero luego me cuentas qué tal.

Un abrazo,
Jorge Navarro
Consultor – Talentia RRHH
""",
 exp=dict(company='Hoteles Mirasol', alt=['Mirasol'], role='Jefa de Recepción', start='2030-04-23T10:30', zone='Europe/Madrid', dur=30,
  iv=['Inmaculada Soler'], niv=['Jorge Navarro', 'Nerea Aguirre'], notes='agency consultant absent; Easter Monday in Valencia; "media hora"; Thunderbird Spanish header')),

dict(id='es-06', kind='invite', now='2030-05-27T20:00:00-04:00', userZone='America/Santiago', user=U3,
 subj='Fwd: Tu entrevista está confirmada – Nubeando', cs='utf-8', cte='base64', html=True,
 ics=ics('America/Santiago', '20300531T120000', '20300531T124500', 'Entrevista Nubeando – Diseñador/a UX/UI', ('Citaly', 'no-reply@citaly.app'), [('Agustina Pereyra', 'agus.pereyra@yahoo.com.ar'), ('Catalina Muñoz', 'catalina@nubeando.cl')], 'Zoom', rules='NONE', std='-0400', uid='es06', prodid='-//Citaly//Calendar//ES'),
 body="""

---------- Forwarded message ---------
De: Citaly <no-reply@citaly.app>
Date: lun, 27 may 2030, 17:31
Subject: Tu entrevista está confirmada – Nubeando
To: <agus.pereyra@yahoo.com.ar>


¡Hola Agustina!

Tu entrevista quedó agendada.

Empresa: Nubeando
Cargo: Diseñador/a UX/UI
Con: Catalina Muñoz (Head of Design)
Cuándo: viernes 31 de mayo de 2030, 12:00–12:45 (hora de Chile continental)
Dónde: Zoom – recibirás el enlace 1 hora antes

¿Necesitas reprogramar? https://citaly.app/c/nub-55x1

Enviado por Citaly
""",
 exp=dict(company='Nubeando', alt=[], role='Diseñador/a UX/UI', start='2030-05-31T12:00', zone='America/Santiago', dur=45,
  iv=['Catalina Muñoz'], niv=['Agustina Pereyra'], notes='Chilean scheduling tool; "hora de Chile continental"; user is in Santiago')),

dict(id='es-07', kind='invite', now='2030-06-10T09:00:00-06:00', userZone='America/Monterrey', user=U2,
 subj='RV: Invitación: Entrevista Ingeniero de Procesos Sr.', cs='utf-8', cte='quoted-printable', xmailer='Microsoft Outlook 16.0',
 body="""ojo con la hora

-----Mensaje original-----
De: Reclutamiento GIN <reclutamiento@gin.com.mx>
Enviado el: viernes, 7 de junio de 2030 01:15 p. m.
Para: Ximena Castañeda <ximena.castaneda@outlook.com>
Asunto: Invitación: Entrevista Ingeniero de Procesos Sr.

Estimada Ximena:

Grupo Industrial Norteño le invita a entrevista para la posición de Ingeniero de Procesos Sr. el lunes 17 de junio a las 10:00 (hora de Monterrey) en nuestra planta de Apodaca, N.L.

Participarán el Ing. Roberto Cantú, Gerente de Ingeniería, y Mariana Treviño, Business Partner de RH.

Se adjunta invitación de calendario.

Atentamente,
Reclutamiento GIN
""",
 ics=ics(None, '20300617T160000', '20300617T170000', 'Entrevista Ingeniero de Procesos Sr. - X. Castañeda', ('Reclutamiento GIN', 'reclutamiento@gin.com.mx'),
         [('Ximena Castañeda', 'ximena.castaneda@outlook.com'), ('Roberto Cantú', 'rcantu@gin.com.mx'), ('Mariana Treviño', 'mtrevino@gin.com.mx')],
         'Planta Apodaca, N.L.', utc=True, uid='es07'),
 exp=dict(company='Grupo Industrial Norteño', alt=['GIN'], role='Ingeniero de Procesos Sr.', start='2030-06-17T10:00', zone='America/Monterrey',
  dur=60, iv=['Roberto Cantú', 'Mariana Treviño'], niv=['Ximena Castañeda'], notes='ICS in UTC (16:00Z) with "hora de Monterrey" in text; company abbreviation GIN in sender')),

dict(id='es-08', kind='invite', now='2030-03-01T12:00:00+01:00', userZone='Europe/Madrid', user=U1,
 subj='Fwd: Entrevista en Editorial Candil', cs='utf-8', cte='quoted-printable', html=True,
 body="""otra más 💪

---------- Forwarded message ---------
De: Pilar Esteban <pilar.esteban@editorialcandil.es>
Date: vie, 1 mar 2030, 10:48
Subject: Entrevista en Editorial Candil
To: Sergio Martín <sergio.martin.g@gmail.com>


Hola, Sergio:

Gracias por enviarnos tu candidatura para el puesto de Editor/a de mesa. Nos gustaría conocerte el jueves que viene, día 7 de marzo, a las cinco de la tarde, en la editorial (calle del Pez 21, Madrid).

Estaremos Javier Roca, director editorial, y yo. Calcula unos 40 minutos.

Un saludo,
Pilar Esteban
Editorial Candil
""",
 exp=dict(company='Editorial Candil', alt=['Candil'], role='Editor/a de mesa', start='2030-03-07T17:00', zone='Europe/Madrid', dur=40,
  iv=['Javier Roca', 'Pilar Esteban'], niv=['Sergio Martín'], notes='"a las cinco de la tarde"; "el jueves que viene"; sender attends')),

dict(id='es-09', kind='reschedule', now='2030-02-15T11:00:00-03:00', userZone='America/Argentina/Mendoza', user=U3,
 subj='Fwd: Re: Entrevista martes', cs='utf-8', cte='quoted-printable',
 body="""me la cambiaron

---------- Forwarded message ---------
De: Gustavo Peralta <gperalta@bodegaloscerros.com.ar>
Date: vie, 15 feb 2030 a la(s) 10:12
Subject: Re: Entrevista martes
To: Agustina Pereyra <agus.pereyra@yahoo.com.ar>


Agustina, disculpá el cambio: el martes tengo cosecha temprana y no llego. ¿Podemos pasarlo al jueves 21 a las 3 de la tarde? Mismo lugar, en la bodega. Una hora, como habíamos hablado.

Saludos,
Gustavo

El lun, 11 feb 2030 a la(s) 09:30, Gustavo Peralta escribió:
> Hola Agustina, te confirmo la entrevista para Enóloga Asistente en Bodega Los Cerros el martes 19/2 a las 10 hs, Ruta 60 km 12, Luján de Cuyo.
> Gustavo Peralta
> Enólogo jefe
""",
 exp=dict(company='Bodega Los Cerros', alt=['Los Cerros'], role='Enóloga Asistente', start='2030-02-21T15:00', zone='America/Argentina/Mendoza',
  dur=60, iv=['Gustavo Peralta'], niv=['Agustina Pereyra'], notes='text-only reschedule "jueves 21 a las 3 de la tarde"; old slot 19/2 10 hs in quote; Mendoza zone')),

dict(id='es-10', kind='reschedule', now='2030-01-22T16:40:00-05:00', userZone='America/Bogota', user=U4,
 subj='RV: Actualizado: Entrevista Enfermera(o) Jefe UCI', cs='utf-8', cte='quoted-printable', xmailer='Microsoft Outlook 16.0', ics_mode='attach',
 body="""Cambió la fecha.

De: Camila Rojas <crojas@clinicasantamonica.co>
Enviado: martes, 22 de enero de 2030 2:10 p. m.
Para: Andrés Felipe Gómez <andresf.gomez@hotmail.com>
Asunto: Actualizado: Entrevista Enfermera(o) Jefe UCI

Buenas tardes, Andrés:

Por agenda de la Dirección Médica, su entrevista para el cargo de Enfermera(o) Jefe UCI, programada para el jueves 24/01 a las 8:00 a. m., se traslada al lunes 28 de enero a las 2:00 p. m., con una duración de 45 minutos.

Lo entrevistarán la Dra. Adriana Vélez, Directora Médica, y Luis Fernando Ospina, Coordinador de Enfermería.

Cordialmente,
Camila Rojas
Auxiliar de Talento Humano
Clínica Santa Mónica
""",
 ics=ics('(UTC-05:00) Bogotá, Lima, Quito, Rio Branco', '20300128T140000', '20300128T144500', 'Entrevista Andrés Felipe Gómez - Enfermera(o) Jefe UCI',
         ('Camila Rojas', 'crojas@clinicasantamonica.co'), [('Andrés Felipe Gómez', 'andresf.gomez@hotmail.com'), ('Adriana Vélez', 'avelez@clinicasantamonica.co'), ('Luis Fernando Ospina', 'lfospina@clinicasantamonica.co')],
         'Clínica Santa Mónica, piso 3', seq=1, rules='NONE', std='-0500', uid='es10'),
 exp=dict(company='Clínica Santa Mónica', alt=['Clinica Santa Monica', 'Santa Mónica'], role='Enfermera(o) Jefe UCI', start='2030-01-28T14:00',
  zone='America/Bogota', dur=45, iv=['Adriana Vélez', 'Luis Fernando Ospina'], niv=['Camila Rojas', 'Andrés Felipe Gómez'],
  notes='Windows display-name TZID; "2:00 p. m."; Dra. title; old 24/01 in text')),

dict(id='es-11', kind='rejection', now='2030-02-11T21:30:00+01:00', userZone='Europe/Madrid', user=U5,
 subj='Fwd: Proceso de selección Científico/a de Datos Junior', cs='windows-1252', cte='8bit',
 body="""nada, no ha habido suerte

---------- Forwarded message ---------
De: Íbero Datos – Talento <talento@iberodatos.es>
Date: lun, 11 feb 2030, 17:20
Subject: Proceso de selección Científico/a de Datos Junior
To: <nerea.aguirre@icloud.com>


Hola, Nerea:

Muchas gracias por participar en el proceso de selección para la posición de Científico/a de Datos Junior en Consultora Íbero Datos y por tu tiempo en la entrevista.

Lamentablemente, en esta ocasión hemos decidido continuar con otros perfiles que se ajustan más a lo que buscamos en este momento.

Guardaremos tu CV para futuros procesos; abrimos nuevas vacantes después del verano.

Un saludo,
Equipo de Talento – Consultora Íbero Datos
""",
 exp=dict(company='Consultora Íbero Datos', alt=['Íbero Datos', 'Ibero Datos'], role='Científico/a de Datos Junior', start=None, zone=None, dur=None,
  iv=[], niv=['Nerea Aguirre'], notes='soft rejection ("continuar con otros perfiles"); windows-1252 8bit')),

dict(id='es-12', kind='offer', now='2030-05-20T19:00:00-06:00', userZone='America/Mexico_City', user=U2,
 subj='RV: Carta oferta – Gerente de Sucursal', cs='utf-8', cte='base64',
 body="""¡¡me ofrecieron el puesto!! 🥳

-----Mensaje original-----
De: Rodrigo Salinas <rsalinas@farmaciasdelpacifico.mx>
Enviado el: lunes, 20 de mayo de 2030 04:05 p. m.
Para: Ximena Castañeda <ximena.castaneda@outlook.com>
Asunto: Carta oferta – Gerente de Sucursal

Ximena, buenas tardes:

Nos da mucho gusto ofrecerte la posición de Gerente de Sucursal en Farmacias del Pacífico, con un sueldo mensual bruto de $48,000 MXN más prestaciones superiores a las de ley. La fecha de ingreso propuesta es el lunes 3 de junio.

Te pedimos que nos confirmes a más tardar el viernes 24 de mayo.

¡Felicidades!
Rodrigo Salinas
Gerente de Recursos Humanos
Farmacias del Pacífico
""",
 exp=dict(company='Farmacias del Pacífico', alt=['Farmacias del Pacifico'], role='Gerente de Sucursal', start=None, zone=None, dur=None,
  iv=[], niv=['Rodrigo Salinas', 'Ximena Castañeda'], notes='offer; confirm-by date is the candidate deadline; decisionDate null')),

dict(id='es-13', kind='not-interview', now='2030-02-01T08:30:00+01:00', userZone='Europe/Madrid', user=U1,
 subj='Fwd: Jornada de puertas abiertas “Conoce Banco Austral”', cs='utf-8', cte='quoted-printable', html=True,
 body="""no es entrevista, pero igual me interesa

---------- Forwarded message ---------
De: Banco Austral Talento <talento@bancoaustral.es>
Date: jue, 31 ene 2030, 19:00
Subject: Jornada de puertas abiertas “Conoce Banco Austral”
To: <sergio.martin.g@gmail.com>


Hola, Sergio:

Te invitamos a nuestra jornada de puertas abiertas “Conoce Banco Austral”, el miércoles 6 de febrero a las 18:00 h en nuestra sede de Madrid (Gran Vía 30). Durante dos horas podrás conocer a nuestros equipos de Tecnología y Riesgos.

Plazas limitadas. Inscríbete aquí: https://bancoaustral.es/talento/jornada

Equipo de Talento de Banco Austral
""",
 exp=dict(company='Banco Austral', alt=[], role=None, start=None, zone=None, dur=None, iv=[], niv=['Sergio Martín'],
  notes='open-day invitation with date, time and duration as bait')),

dict(id='es-14', kind='not-interview', now='2030-03-02T10:15:00-05:00', userZone='America/Bogota', user=U4,
 subj='RV: Confirmación de tu postulación – Auxiliar de Bodega', cs='iso-8859-1', cte='quoted-printable',
 body="""Me postulé a esta, para que la tengas.

-----Mensaje original-----
De: Almacenes La Sabana <empleo@lasabana.com.co>
Enviado: viernes, 1 de marzo de 2030 6:00 p. m.
Para: andresf.gomez@hotmail.com
Asunto: Confirmación de tu postulación - Auxiliar de Bodega

¡Hola, Andrés Felipe!

Recibimos tu postulación al cargo de Auxiliar de Bodega en Almacenes La Sabana. La convocatoria estará abierta hasta el 15 de marzo.

Si tu perfil avanza en el proceso, te contactaremos por correo o WhatsApp para programar una entrevista.

¡Gracias por querer ser parte de nuestra familia!
Equipo de Selección Almacenes La Sabana
""",
 exp=dict(company='Almacenes La Sabana', alt=['La Sabana'], role='Auxiliar de Bodega', start=None, zone=None, dur=None, iv=[],
  niv=['Andrés Felipe Gómez'], notes='application acknowledgement; closing date is bait')),
]

build_all(items, 'es')
