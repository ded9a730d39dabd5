"""Turns hand-written forward items into .eml + .json. Content lives in <lang>.py files."""
import json, os, html as htmlmod, datetime as dt, uuid, hashlib
from zoneinfo import ZoneInfo
from email import charset as cs_mod
from email.charset import Charset, QP, BASE64
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.multipart import MIMEMultipart
from email.mime.message import MIMEMessage
from email.header import Header
from email.utils import formataddr, format_datetime
from email.generator import BytesGenerator
from email import policy
import io

OUT = os.path.join(os.path.dirname(__file__), '..')
POL = policy.compat32.clone(linesep='\r\n', max_line_length=78)

WD = {
 'en': ['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday'],
 'de': ['Montag','Dienstag','Mittwoch','Donnerstag','Freitag','Samstag','Sonntag'],
 'fr': ['lundi','mardi','mercredi','jeudi','vendredi','samedi','dimanche'],
 'es': ['lunes','martes','miércoles','jueves','viernes','sábado','domingo'],
 'pt': ['segunda-feira','terça-feira','quarta-feira','quinta-feira','sexta-feira','sábado','domingo'],
 'nl': ['maandag','dinsdag','woensdag','donderdag','vrijdag','zaterdag','zondag'],
 'it': ['lunedì','martedì','mercoledì','giovedì','venerdì','sabato','domenica'],
}
MO = {
 'en': ['January','February','March','April','May','June','July','August','September','October','November','December'],
 'de': ['Januar','Februar','März','April','Mai','Juni','Juli','August','September','Oktober','November','Dezember'],
 'fr': ['janvier','février','mars','avril','mai','juin','juillet','août','septembre','octobre','novembre','décembre'],
 'es': ['enero','febrero','marzo','abril','mayo','junio','julio','agosto','septiembre','octubre','noviembre','diciembre'],
 'pt': ['janeiro','fevereiro','março','abril','maio','junho','julho','agosto','setembro','outubro','novembro','dezembro'],
 'nl': ['januari','februari','maart','april','mei','juni','juli','augustus','september','oktober','november','december'],
 'it': ['gennaio','febbraio','marzo','aprile','maggio','giugno','luglio','agosto','settembre','ottobre','novembre','dicembre'],
}
GWD = {'en':['Mon','Tue','Wed','Thu','Fri','Sat','Sun'],'de':['Mo.','Di.','Mi.','Do.','Fr.','Sa.','So.'],
       'fr':['lun.','mar.','mer.','jeu.','ven.','sam.','dim.'],'es':['lun','mar','mié','jue','vie','sáb','dom'],
       'pt':['seg.','ter.','qua.','qui.','sex.','sáb.','dom.'],'nl':['ma','di','wo','do','vr','za','zo'],
       'it':['lun','mar','mer','gio','ven','sab','dom']}
GMO = {'en':['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'],
       'de':['Jan.','Feb.','März','Apr.','Mai','Juni','Juli','Aug.','Sept.','Okt.','Nov.','Dez.'],
       'fr':['janv.','févr.','mars','avr.','mai','juin','juil.','août','sept.','oct.','nov.','déc.'],
       'es':['ene','feb','mar','abr','may','jun','jul','ago','sept','oct','nov','dic'],
       'pt':['jan.','fev.','mar.','abr.','mai.','jun.','jul.','ago.','set.','out.','nov.','dez.'],
       'nl':['jan.','feb.','mrt.','apr.','mei','jun.','jul.','aug.','sep.','okt.','nov.','dec.'],
       'it':['gen','feb','mar','apr','mag','giu','lug','ago','set','ott','nov','dic']}

def P(s):
    return dt.datetime.fromisoformat(s)

def ampm(d):
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"

def addr(name, email):
    return f"{name} <{email}>" if name else email

def fmt_gmail(lang, d):
    w, m = GWD[lang][d.weekday()], GMO[lang][d.month-1]
    t = f"{d.hour:02d}:{d.minute:02d}"
    return {
     'en': f"{w}, {m} {d.day}, {d.year} at {ampm(d)}",
     'de': f"{w}, {d.day}. {m} {d.year} um {t} Uhr",
     'fr': f"{w} {d.day} {m} {d.year} à {t}",
     'es': f"{w}, {d.day} {m} {d.year} a las {t}",
     'pt': f"{w}, {d.day} de {m} de {d.year} às {t}",
     'nl': f"{w} {d.day} {m} {d.year} om {t}",
     'it': f"{w} {d.day} {m} {d.year} alle ore {t}",
    }[lang]

def fmt_long(lang, d, sep=' '):
    w, m = WD[lang][d.weekday()], MO[lang][d.month-1]
    t = f"{d.hour:02d}:{d.minute:02d}"
    return {
     'en': f"{w}, {m} {d.day}, {d.year} {ampm(d)}",
     'de': f"{w}, {d.day}. {m} {d.year} {t}",
     'fr': f"{w} {d.day} {m} {d.year} {t}",
     'es': f"{w}, {d.day} de {m} de {d.year} {t}",
     'pt': f"{w}, {d.day} de {m} de {d.year} {t}",
     'nl': f"{w} {d.day} {m} {d.year} {t}",
     'it': f"{w} {d.day} {m} {d.year} {t}",
    }[lang]

def tzabbr(d):
    off = d.utcoffset().total_seconds()/3600
    return {2.0:'CEST',1.0:'CET',0.0:'GMT',-3.0:'GMT-3',-5.0:'GMT-5',-4.0:'EDT',-6.0:'GMT-6',-7.0:'PDT',-8.0:'PST'}.get(off, 'GMT%+d' % off)

def fmt_apple(lang, d):
    m = MO[lang][d.month-1]
    t = f"{d.hour:02d}:{d.minute:02d}:00"
    z = tzabbr(d)
    return {
     'en': f"{d.day} {m} {d.year} at {t} {z}",
     'de': f"{d.day}. {m} {d.year} um {t} {z}",
     'fr': f"{d.day} {m} {d.year} à {t} UTC{'%+d' % (d.utcoffset().total_seconds()/3600)}",
     'es': f"{d.day} de {m} de {d.year}, {t} {z}",
     'pt': f"{d.day} de {m} de {d.year} às {t} {z}",
     'nl': f"{d.day} {m} {d.year} om {t} {z}",
     'it': f"{d.day} {m} {d.year} {t} {z}",
    }[lang]

def fmt_tb(d):
    return format_datetime(d)

L = {
 'gmail_sep': {'en':'---------- Forwarded message ---------','de':'---------- Weitergeleitete Nachricht ---------',
   'fr':'---------- Message transféré ---------','es':'---------- Mensaje reenviado ---------',
   'pt':'---------- Mensagem encaminhada ---------','nl':'---------- Doorgestuurd bericht ---------',
   'it':'---------- Messaggio inoltrato ---------'},
 'gmail_from': {'en':'From','de':'Von','fr':'De','es':'De','pt':'De','nl':'Van','it':'Da'},
 'ol': {'en':('From','Sent','To','Cc','Subject'),'de':('Von','Gesendet','An','Cc','Betreff'),
        'fr':('De','Envoyé','À','Cc','Objet'),'es':('De','Enviado el','Para','CC','Asunto'),
        'pt':('De','Enviado','Para','Cc','Assunto'),'nl':('Van','Verzonden','Aan','CC','Onderwerp'),
        'it':('Da','Inviato','A','Cc','Oggetto')},
 'ol_orig': {'en':'-----Original Message-----','de':'-----Ursprüngliche Nachricht-----','fr':"-----Message d'origine-----",
        'es':'-----Mensaje original-----','pt':'-----Mensagem original-----','nl':'-----Oorspronkelijk bericht-----',
        'it':'-----Messaggio originale-----'},
 'apple': {'en':('Begin forwarded message:','From','Subject','Date','To'),
           'de':('Anfang der weitergeleiteten Nachricht:','Von','Betreff','Datum','An'),
           'fr':('Début du message réexpédié :','De','Objet','Date','À'),
           'es':('Inicio del mensaje reenviado:','De','Asunto','Fecha','Para'),
           'pt':('Início da mensagem reencaminhada:','De','Assunto','Data','Para'),
           'nl':('Begin doorgestuurd bericht:','Van','Onderwerp','Datum','Aan'),
           'it':('Inizio messaggio inoltrato:','Da','Oggetto','Data','A')},
 'tb': {'en':('-------- Forwarded Message --------','Subject','Date','From','To'),
        'de':('-------- Weitergeleitete Nachricht --------','Betreff','Datum','Von','An'),
        'fr':('-------- Message transféré --------','Sujet','Date','De','Pour'),
        'es':('-------- Mensaje reenviado --------','Asunto','Fecha','De','Para'),
        'pt':('-------- Mensagem encaminhada --------','Assunto','Data','De','Para'),
        'nl':('-------- Doorgestuurd bericht --------','Onderwerp','Datum','Van','Aan'),
        'it':('-------- Messaggio Inoltrato --------','Oggetto','Data','Mittente','A')},
}

def fwd_block(it):
    lang, c = it['lang'], it['client']
    o = it['orig']; d = P(o['date'])
    fr = addr(o['from'][0], o['from'][1]); to = o.get('to') or addr(it['user'][0], it['user'][1])
    cc = o.get('cc')
    if c == 'gmail':
        sep = L['gmail_sep'][lang] if it.get('gsep', 'loc') == 'loc' else '---------- Forwarded message ---------'
        lines = [sep, f"{L['gmail_from'][lang]}: {fr}", f"Date: {fmt_gmail(lang, d)}", f"Subject: {o['subject']}", f"To: {to}"]
        if cc: lines.append(f"Cc: {cc}")
        return '\n'.join(lines) + '\n\n'
    if c == 'outlook':
        F, S, T, C, J = L['ol'][lang]
        colon = ' :' if lang == 'fr' else ':'
        head = L['ol_orig'][lang] if it.get('olsep') == 'orig' else '________________________________'
        # old Outlook (Original Message) uses bare addresses in brackets
        lines = [head, f"{F}{colon} {fr}", f"{S}{colon} {fmt_long(lang, d)}", f"{T}{colon} {to}"]
        if cc: lines.append(f"{C}{colon} {cc}")
        lines.append(f"{J}{colon} {o['subject']}")
        return '\n'.join(lines) + '\n\n'
    if c == 'apple':
        h, F, J, D, T = L['apple'][lang]
        lines = [h, '', f"{F}: {fr}", f"{J}: {o['subject']}", f"{D}: {fmt_apple(lang, d)}", f"{T}: {to}"]
        if cc: lines.append(f"Cc: {cc}")
        return '\n'.join(lines) + '\n\n'
    if c == 'tb':
        h, J, D, F, T = L['tb'][lang]
        c_ = ' :' if lang == 'fr' else ':'
        lines = [h, f"{J}{c_} \t{o['subject']}", f"{D}{c_} \t{fmt_tb(d)}", f"{F}{c_} \t{fr}", f"{T}{c_} \t{to}"]
        if cc: lines.append(f"CC: \t{cc}")
        return '\n'.join(lines) + '\n\n\n'
    raise ValueError(c)

def mkcharset(name, cte):
    c = Charset(name)
    c.header_encoding = QP if name != 'utf-8' or cte != 'base64' else BASE64
    c.body_encoding = {'qp': QP, 'base64': BASE64, '8bit': None}[cte]
    c.output_charset = name
    return c

def textpart(text, subtype, charset, cte):
    p = MIMENonMultipart('text', subtype)
    body = text.replace('\r\n', '\n')
    if cte == '8bit':
        raw = body.encode(charset)
        p.set_param('charset', charset)
        p['Content-Transfer-Encoding'] = '8bit'
        p.set_payload(raw.decode('ascii', 'surrogateescape'))
    else:
        p.set_payload(body, mkcharset(charset, cte))
    return p

def to_html(text):
    out = []
    for line in text.split('\n'):
        if line.startswith('>'):
            out.append('<span style="color:#555">' + htmlmod.escape(line) + '</span><br>')
        else:
            out.append(htmlmod.escape(line) + '<br>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + '\n'.join(out) + '\n</div></body></html>\n')

# ---------- ICS ----------
VTZ = {
 'EU': ('-0000', 'BYDAY=-1SU;BYMONTH=3', 'BYDAY=-1SU;BYMONTH=10', '0200', '0300'),
}
def vtimezone(tzid, std, dst, rule):
    # std/dst like '+0100'/'+0200'; rule 'EU' | 'US' | None
    if rule is None:
        return ['BEGIN:VTIMEZONE', f'TZID:{tzid}', 'BEGIN:STANDARD', 'DTSTART:16010101T000000',
                f'TZOFFSETFROM:{std}', f'TZOFFSETTO:{std}', 'END:STANDARD', 'END:VTIMEZONE']
    if rule == 'EU':
        s = ('16011028T030000', 'FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10'); d = ('16010325T020000', 'FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3')
    else:
        s = ('16011104T020000', 'FREQ=YEARLY;BYDAY=1SU;BYMONTH=11'); d = ('16010311T020000', 'FREQ=YEARLY;BYDAY=2SU;BYMONTH=3')
    return ['BEGIN:VTIMEZONE', f'TZID:{tzid}', 'BEGIN:STANDARD', f'DTSTART:{s[0]}', f'RRULE:{s[1]}',
            f'TZOFFSETFROM:{dst}', f'TZOFFSETTO:{std}', 'END:STANDARD', 'BEGIN:DAYLIGHT', f'DTSTART:{d[0]}',
            f'RRULE:{d[1]}', f'TZOFFSETFROM:{std}', f'TZOFFSETTO:{dst}', 'END:DAYLIGHT', 'END:VTIMEZONE']

def fold(line):
    b = line.encode('utf-8')
    if len(b) <= 74: return line
    out, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > 73:
            out.append(cur); cur = ' ' + ch
        else:
            cur += ch
    out.append(cur)
    return '\r\n'.join(out)

def ics_text(ic, stamp):
    z = ZoneInfo(ic['zone'])
    st = P(ic['start']).replace(tzinfo=z)
    en = st + dt.timedelta(minutes=ic['dur'])
    mode = ic['mode']
    lines = ['BEGIN:VCALENDAR', 'METHOD:' + ic.get('method', 'REQUEST'), 'PRODID:' + ic.get('prodid', 'Microsoft Exchange Server 2010'), 'VERSION:2.0']
    if mode == 'utc':
        f = lambda x: x.astimezone(dt.timezone.utc).strftime('%Y%m%dT%H%M%SZ')
        ds, de_ = f'DTSTART:{f(st)}', f'DTEND:{f(en)}'
    else:
        tzid = ic['tzid']
        if mode != 'iana' or ic.get('vtz'):
            lines += vtimezone(tzid, *ic['vtz'])
        ds = f'DTSTART;TZID={tzid}:{st.strftime("%Y%m%dT%H%M%S")}'
        de_ = f'DTEND;TZID={tzid}:{en.strftime("%Y%m%dT%H%M%S")}'
    lines += ['BEGIN:VEVENT']
    if ic.get('organizer'):
        lines.append(f'ORGANIZER;CN="{ic["organizer"][0]}":mailto:{ic["organizer"][1]}')
    for a in ic.get('attendees', []):
        lines.append(f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="{a[0]}":mailto:{a[1]}')
    lines += [f'SUMMARY:{ic["summary"]}', ds, de_, f'UID:{ic.get("uid", hashlib.md5(ic["summary"].encode()).hexdigest())}@cal',
              f'DTSTAMP:{stamp}', f'LOCATION:{ic.get("location", "")}', 'SEQUENCE:' + str(ic.get('seq', 0)), 'STATUS:CONFIRMED',
              'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(fold(l) for l in lines) + '\r\n'

def hdr(s, charset='utf-8'):
    try:
        s.encode('ascii'); return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name='Subject').encode()

def name_addr(name, email, charset='utf-8'):
    if not name: return email
    try:
        name.encode('ascii')
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)

def body_part(text, it, ics_raw=None):
    charset, cte = it.get('charset', 'utf-8'), it.get('cte', 'qp')
    tp = textpart(text, 'plain', charset, cte)
    if it.get('html'):
        alt = MIMEMultipart('alternative')
        alt.attach(tp)
        alt.attach(textpart(to_html(text), 'html', 'utf-8', 'qp' if cte != 'base64' else 'base64'))
        if ics_raw and it['ics'].get('place') == 'alt':
            c = textpart(ics_raw, 'calendar', 'utf-8', '8bit' if cte == '8bit' else 'base64')
            c.set_param('method', 'REQUEST')
            alt.attach(c)
            ics_raw = None
        root = alt
    else:
        root = tp
    if ics_raw:
        mix = MIMEMultipart('mixed')
        mix.attach(root)
        c = textpart(ics_raw, 'calendar', 'utf-8', 'base64')
        c.set_param('method', 'REQUEST')
        c.add_header('Content-Disposition', 'attachment', filename=it['ics'].get('filename', 'invite.ics'))
        mix.attach(c)
        root = mix
    return root

def build(it):
    lang = it['lang']
    now = P(it['now']); o = it['orig']; od = P(o['date'])
    user = it['user']
    ics_raw = ics_text(it['ics'], od.astimezone(dt.timezone.utc).strftime('%Y%m%dT%H%M%SZ')) if it.get('ics') else None
    note = it.get('note', '')
    prefix = it.get('prefix', 'Fwd:')
    orig_text = o['body'].strip('\n') + '\n'
    if it['client'] == 'attach':
        inner = body_part(orig_text, it, ics_raw)
        inner['From'] = name_addr(o['from'][0], o['from'][1], it.get('charset', 'utf-8') if it.get('charset') != 'windows-1252' else 'utf-8')
        inner['To'] = o.get('to_hdr') or name_addr(user[0], user[1])
        if o.get('cc'): inner['Cc'] = o['cc']
        inner['Subject'] = hdr(o['subject'], it.get('hcharset', 'utf-8'))
        inner['Date'] = format_datetime(od)
        inner['Message-ID'] = f"<{hashlib.md5((it['id']+'i').encode()).hexdigest()}@{o['from'][1].split('@')[1]}>"
        outer = MIMEMultipart('mixed')
        outer.attach(textpart((note or ' ').strip() + '\n', 'plain', 'utf-8', 'qp'))
        m = MIMEMessage(inner)
        m.add_header('Content-Disposition', 'attachment', filename=it.get('attname', 'message.eml'))
        outer.attach(m)
        root = outer
    else:
        text = (note.strip('\n') + '\n\n' if note else '') + fwd_block(it) + orig_text
        if it.get('sig'):
            text = text  # user signature goes into note
        root = body_part(text, it, ics_raw)
    root['From'] = name_addr(user[0], user[1])
    root['To'] = it.get('assistant', 'plans@hireminder.app')
    root['Subject'] = hdr(prefix + ' ' + o['subject'])
    root['Date'] = format_datetime(now)
    root['Message-ID'] = f"<{hashlib.md5(it['id'].encode()).hexdigest()}@{user[1].split('@')[1]}>"
    if it.get('xmailer'): root['X-Mailer'] = it['xmailer']
    # MIME-Version first for readability is irrelevant
    buf = io.BytesIO()
    BytesGenerator(buf, policy=POL, mangle_from_=False).flatten(root)
    raw = buf.getvalue().replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return raw

KEYS = ['lang','kind','now','userZone','company','companyAlternatives','role','start','zone','durationMinutes',
        'interviewers','notInterviewers','decisionDate','notes']

def write_all(items):
    for it in items:
        d = os.path.join(OUT, 'forwards', it['lang'])
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, it['id'] + '.eml'), 'wb') as f:
            f.write(build(it))
        e = it['exp']
        j = {'lang': it['lang'], 'kind': it['kind'], 'now': it['now'], 'userZone': it['userZone']}
        for k in KEYS[4:]:
            j[k] = e.get(k, [] if k in ('companyAlternatives','interviewers','notInterviewers') else None)
        with open(os.path.join(d, it['id'] + '.json'), 'w', encoding='utf-8') as f:
            json.dump(j, f, ensure_ascii=False, indent=1)
            f.write('\n')

def write_replies(lang, zone, rows):
    # row: (now, company, answering, text, intent, date, time, closing[, calc][, zone])
    path = os.path.join(OUT, 'replies', lang + '.jsonl')
    out = []
    for i, r in enumerate(rows, 1):
        now, comp, ans, text, intent, date, time, closing = r[:8]
        z = r[9] if len(r) > 9 and r[9] else zone
        out.append({'id': f'{lang}-{i:03d}', 'lang': lang, 'now': now, 'zone': z, 'company': comp, 'answering': ans,
                    'text': text, 'expect': {'intent': intent, 'date': date, 'time': time, 'closing': closing}})
    with open(path, 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    # calc sidecar for the validator
    with open(os.path.join(os.path.dirname(__file__), f'calc_{lang}.json'), 'w') as f:
        json.dump({f'{lang}-{i:03d}': (r[8] if len(r) > 8 else None) for i, r in enumerate(rows, 1)}, f)
