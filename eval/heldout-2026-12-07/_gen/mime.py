"""MIME/ICS builder for forwarded interview mails. Content lives in <lang>.py."""
import datetime as dt, json, os, html as H
from zoneinfo import ZoneInfo
from email.message import EmailMessage
from email.policy import SMTP, default
from email.utils import format_datetime
BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'forwards')
ASSIST = 'Interview Follow-up <track@interview-followup.app>'
VTZ = {  # name -> (std offset, dst offset or None, rule)
 'eu1': ('+0100', '+0200', 'eu'), 'eu0': ('+0000', '+0100', 'eu'), 'us5': ('-0500', '-0400', 'us'),
 'us8': ('-0800', '-0700', 'us'), 'us6': ('-0600', '-0500', 'us'), 'br3': ('-0300', None, None), 'mx6': ('-0600', None, None)}
def vtimezone(tzid, kind):
    std, dst, rule = VTZ[kind]
    L = ['BEGIN:VTIMEZONE', f'TZID:{tzid}']
    if dst is None:
        L += ['BEGIN:STANDARD', 'DTSTART:16010101T000000', f'TZOFFSETFROM:{std}', f'TZOFFSETTO:{std}', 'END:STANDARD']
    else:
        s_rule = 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU' if rule == 'eu' else 'FREQ=YEARLY;BYMONTH=11;BYDAY=1SU'
        d_rule = 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU' if rule == 'eu' else 'FREQ=YEARLY;BYMONTH=3;BYDAY=2SU'
        s_t = '030000' if rule == 'eu' else '020000'; d_t = '020000'
        L += ['BEGIN:STANDARD', f'DTSTART:16010101T{s_t}', f'TZOFFSETFROM:{dst}', f'TZOFFSETTO:{std}', f'RRULE:{s_rule}', 'END:STANDARD',
              'BEGIN:DAYLIGHT', f'DTSTART:16010101T{d_t}', f'TZOFFSETFROM:{std}', f'TZOFFSETTO:{dst}', f'RRULE:{d_rule}', 'END:DAYLIGHT']
    return L + ['END:VTIMEZONE']
def fold(line):
    b = line.encode('utf-8'); out = []
    while len(b) > 74:
        cut = 74
        while (b[cut] & 0xC0) == 0x80: cut -= 1
        out.append(b[:cut].decode()); b = b' ' + b[cut:]
    out.append(b.decode()); return '\r\n'.join(out)
def ics(*, uid, start, zone, dur, summary, organizer, attendees=(), location='', description='', tz='iana', tzid=None, vtz=None, seq=0, stamp='20270101T000000Z'):
    """start: 'YYYY-MM-DDTHH:MM' wall clock in zone. tz: 'iana' | 'win' (tzid given) | 'utc'."""
    s = dt.datetime.fromisoformat(start).replace(tzinfo=ZoneInfo(zone)); e = s + dt.timedelta(minutes=dur)
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN' if tz == 'win' else '-//Hireplan//Calendar 2.3//EN', 'VERSION:2.0', 'METHOD:REQUEST']
    if L[1].startswith('-//'): L[1] = 'PRODID:' + L[1]
    if tz == 'utc':
        f = lambda x: x.astimezone(dt.timezone.utc).strftime('%Y%m%dT%H%M%SZ'); ds, de = f'DTSTART:{f(s)}', f'DTEND:{f(e)}'
    else:
        t = tzid or zone; L += vtimezone(t, vtz); q = f'"{t}"' if (' ' in t or ',' in t or ':' in t) else t
        ds, de = f'DTSTART;TZID={q}:{s:%Y%m%dT%H%M%S}', f'DTEND;TZID={q}:{e:%Y%m%dT%H%M%S}'
    L += ['BEGIN:VEVENT', f'UID:{uid}', f'DTSTAMP:{stamp}', ds, de, f'SEQUENCE:{seq}', f'SUMMARY:{summary}',
          f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}']
    for n, a in attendees: L.append(f'ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{a}')
    if location: L.append('LOCATION:' + location.replace(',', '\\,'))
    if description: L.append('DESCRIPTION:' + description.replace('\\', '\\\\').replace(',', '\\,').replace(';', '\\;').replace('\n', '\\n'))
    L += ['STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(fold(x) for x in L) + '\r\n'
# forward header blocks: style -> lang -> (separator, [label order], labels)
def block(style, lang, o):
    fr, to, date, subj = o['from'], o['to'], o['date'], o['subject']
    if style == 'gmail':
        sep = {'de': '---------- Weitergeleitete Nachricht ---------', 'fr': '---------- Message transféré ---------',
               'nl': '---------- Doorgestuurd bericht ---------'}.get(lang, '---------- Forwarded message ---------')
        lab = {'en': 'From', 'de': 'Von', 'fr': 'De\u00a0', 'es': 'De', 'pt': 'De', 'nl': 'Van', 'it': 'Da'}[lang]
        return f"{sep}\n{lab}: {fr}\nDate: {date}\nSubject: {subj}\nTo: {to}\n"
    if style in ('outlook', 'outlook-old'):
        lab = {'en': ('From', 'Sent', 'To', 'Subject'), 'de': ('Von', 'Gesendet', 'An', 'Betreff'),
               'fr': ('De\u00a0', 'Envoyé\u00a0', 'À\u00a0', 'Objet\u00a0'), 'es': ('De', 'Enviado el', 'Para', 'Asunto'),
               'pt': ('De', 'Enviado', 'Para', 'Assunto'), 'nl': ('Van', 'Verzonden', 'Aan', 'Onderwerp'),
               'it': ('Da', 'Inviato', 'A', 'Oggetto')}[lang]
        sep = '-----Original Message-----' if style == 'outlook-old' else '________________________________'
        if style == 'outlook-old' and lang != 'en':
            sep = {'de': '-----Ursprüngliche Nachricht-----', 'fr': '-----Message d\'origine-----', 'es': '-----Mensaje original-----',
                   'pt': '-----Mensagem original-----', 'nl': '-----Oorspronkelijk bericht-----', 'it': '-----Messaggio originale-----'}[lang]
        return f"{sep}\n{lab[0]}: {fr}\n{lab[1]}: {date}\n{lab[2]}: {to}\n{lab[3]}: {subj}\n"
    if style == 'apple':
        head, lab = {'en': ('Begin forwarded message:', ('From', 'Subject', 'Date', 'To')),
                     'de': ('Anfang der weitergeleiteten Nachricht:', ('Von', 'Betreff', 'Datum', 'An')),
                     'fr': ('Début du message réexpédié\u00a0:', ('De', 'Objet', 'Date', 'À')),
                     'es': ('Inicio del mensaje reenviado:', ('De', 'Asunto', 'Fecha', 'Para')),
                     'pt': ('Início da mensagem encaminhada:', ('De', 'Assunto', 'Data', 'Para')),
                     'nl': ('Begin doorgestuurd bericht:', ('Van', 'Onderwerp', 'Datum', 'Aan')),
                     'it': ('Inizio messaggio inoltrato:', ('Da', 'Oggetto', 'Data', 'A'))}[lang]
        return f"{head}\n\n{lab[0]}: {fr}\n{lab[1]}: {subj}\n{lab[2]}: {date}\n{lab[3]}: {to}\n"
    if style == 'tb':
        head, lab = {'en': ('-------- Forwarded Message --------', ('Subject', 'Date', 'From', 'To')),
                     'de': ('-------- Weitergeleitete Nachricht --------', ('Betreff', 'Datum', 'Von', 'An')),
                     'fr': ('-------- Message transféré --------', ('Sujet\u00a0', 'Date\u00a0', 'De\u00a0', 'Pour\u00a0')),
                     'es': ('-------- Mensaje reenviado --------', ('Asunto', 'Fecha', 'De', 'Para')),
                     'pt': ('-------- Mensagem encaminhada --------', ('Assunto', 'Data', 'De', 'Para')),
                     'nl': ('-------- Doorgestuurd bericht --------', ('Onderwerp', 'Datum', 'Van', 'Aan')),
                     'it': ('-------- Messaggio Inoltrato --------', ('Oggetto', 'Data', 'Mittente', 'A'))}[lang]
        return f"{head}\n{lab[0]}: \t{subj}\n{lab[1]}: \t{date}\n{lab[2]}: \t{fr}\n{lab[3]}: \t{to}\n"
    raise ValueError(style)
PREFIX = {'en': 'Fwd: ', 'de': 'WG: ', 'fr': 'TR: ', 'es': 'RV: ', 'pt': 'Fwd: ', 'nl': 'FW: ', 'it': 'I: '}
def to_html(t):
    return '<html><body><div dir="ltr">' + '<br>\n'.join(H.escape(x) for x in t.split('\n')) + '</div></body></html>'
def _body(msg, text, charset, cte, html, cal, calmode, calcte):
    msg.set_content(text, charset=charset, cte=cte)
    if html: msg.add_alternative(to_html(text), subtype='html', charset=charset, cte=cte)
    if cal:
        if calmode == 'alt': msg.add_alternative(cal, subtype='calendar', params={'method': 'REQUEST'}, charset='utf-8', cte=calcte)
        else: msg.add_attachment(cal, subtype='calendar', params={'method': 'REQUEST'}, charset='utf-8', cte=calcte, filename='invite.ics')
def make(lang, iid, meta, *, user, orig, body, intro='', style='gmail', charset='utf-8', cte='quoted-printable', html=False,
         cal=None, calmode='attach', calcte='base64', subject=None, mailer=None):
    now = dt.datetime.fromisoformat(meta['now']).replace(tzinfo=ZoneInfo(meta['userZone']))
    meta = dict(meta); meta['now'] = now.isoformat(); meta['lang'] = lang
    msg = EmailMessage()
    msg['From'] = user; msg['To'] = ASSIST; msg['Date'] = format_datetime(now)
    msg['Subject'] = subject or (PREFIX[lang] + orig['subject'])
    msg['Message-ID'] = f'<{lang}{iid}.{now:%Y%m%d%H%M}@{user.split("@")[1].rstrip(">")}>'
    if mailer: msg['X-Mailer'] = mailer
    if style == 'rfc822':
        inner = EmailMessage()
        inner['From'] = orig['from']; inner['To'] = orig['to']; inner['Date'] = orig['rfcdate']; inner['Subject'] = orig['subject']
        inner['Message-ID'] = f'<orig.{lang}{iid}@{orig["from"].split("@")[1].rstrip(">")}>'
        _body(inner, body.replace('\n', '\r\n') if False else body, charset, cte, html, cal, calmode, calcte)
        msg.set_content(intro or '\n', charset='utf-8', cte='quoted-printable')
        msg.add_attachment(inner, filename='forwarded.eml') if False else msg.add_attachment(inner)
    else:
        text = (intro + '\n\n' if intro else '') + block(style, lang, orig) + '\n' + body
        _body(msg, text, charset, cte, html, cal, calmode, calcte)
    d = os.path.join(BASE, lang); os.makedirs(d, exist_ok=True)
    data = msg.as_bytes(policy=SMTP)
    subj = str(msg['Subject'])
    if any(ord(ch) > 0xFFFF for ch in subj):  # emoji subjects: write one B-encoded header like most clients do
        from email.header import Header
        from email.charset import Charset, BASE64
        cs = Charset('utf-8'); cs.header_encoding = BASE64
        enc = Header(subj, cs, header_name='Subject').encode(linesep='\r\n').encode('ascii')
        i = data.index(b'\r\nSubject: ') + 2; j = i
        while True:
            j = data.index(b'\r\n', j) + 2
            if data[j:j + 1] not in (b' ', b'\t'): break
        data = data[:i] + b'Subject: ' + enc + b'\r\n' + data[j:]
    with open(os.path.join(d, f'{lang}-{iid:02d}.eml'), 'wb') as f: f.write(data)
    keys = ['lang', 'kind', 'now', 'userZone', 'company', 'companyAlternatives', 'role', 'start', 'zone', 'durationMinutes',
            'interviewers', 'notInterviewers', 'decisionDate', 'notes']
    out = {k: meta.get(k, [] if k in ('companyAlternatives', 'interviewers', 'notInterviewers') else None) for k in keys}
    with open(os.path.join(d, f'{lang}-{iid:02d}.json'), 'w', encoding='utf-8') as f: json.dump(out, f, ensure_ascii=False, indent=1)
