"""MIME/ICS builder for held-out set 4. Content lives in <lang>.py; this only assembles bytes."""
import datetime as dt, zoneinfo, html as htmlmod, json, os, hashlib
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr
from email import policy, encoders

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
ASSIST = 'inbox@nudge-forward.example'

D = {
 'en': (['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday'],
        ['January','February','March','April','May','June','July','August','September','October','November','December']),
 'de': (['Montag','Dienstag','Mittwoch','Donnerstag','Freitag','Samstag','Sonntag'],
        ['Januar','Februar','März','April','Mai','Juni','Juli','August','September','Oktober','November','Dezember']),
 'fr': (['lundi','mardi','mercredi','jeudi','vendredi','samedi','dimanche'],
        ['janvier','février','mars','avril','mai','juin','juillet','août','septembre','octobre','novembre','décembre']),
 'es': (['lunes','martes','miércoles','jueves','viernes','sábado','domingo'],
        ['enero','febrero','marzo','abril','mayo','junio','julio','agosto','septiembre','octubre','noviembre','diciembre']),
 'pt': (['segunda-feira','terça-feira','quarta-feira','quinta-feira','sexta-feira','sábado','domingo'],
        ['janeiro','fevereiro','março','abril','maio','junho','julho','agosto','setembro','outubro','novembro','dezembro']),
 'nl': (['maandag','dinsdag','woensdag','donderdag','vrijdag','zaterdag','zondag'],
        ['januari','februari','maart','april','mei','juni','juli','augustus','september','oktober','november','december']),
 'it': (['lunedì','martedì','mercoledì','giovedì','venerdì','sabato','domenica'],
        ['gennaio','febbraio','marzo','aprile','maggio','giugno','luglio','agosto','settembre','ottobre','novembre','dicembre']),
}

def _ab(s, n=3): return s[:n]

def gmail_date(lang, d):
    wd, mo = D[lang]; w = wd[d.weekday()]; m = mo[d.month-1]; hm = d.strftime('%H:%M')
    if lang == 'en':
        return f"{w[:3]}, {m[:3]} {d.day}, {d.year} at {d.strftime('%I:%M %p').lstrip('0')}"
    if lang == 'de': return f"{w[:2]}., {d.day}. {m[:3]}. {d.year} um {hm} Uhr"
    if lang == 'fr': return f"{w[:3]}. {d.day} {m[:4] if m.startswith('juil') else m[:3] if len(m)>4 else m} {d.year} à {hm}"
    if lang == 'es': return f"{w[:3]}, {d.day} {m[:3]} {d.year} a las {hm}"
    if lang == 'pt': return f"{w[:3]}., {d.day} de {m[:3]}. de {d.year} às {hm}"
    if lang == 'nl': return f"{w[:2]} {d.day} {m[:3]} {d.year} om {hm}"
    if lang == 'it': return f"{w[:3]} {d.day} {m[:3]} {d.year} alle ore {hm}"

def long_date(lang, d):
    wd, mo = D[lang]; w = wd[d.weekday()]; m = mo[d.month-1]; hm = d.strftime('%H:%M')
    return {
     'en': f"{w}, {m} {d.day}, {d.year} {d.strftime('%I:%M %p').lstrip('0')}",
     'de': f"{w}, {d.day}. {m} {d.year} {hm}",
     'fr': f"{w} {d.day} {m} {d.year} {hm}",
     'es': f"{w}, {d.day} de {m} de {d.year} {hm}",
     'pt': f"{w}, {d.day} de {m} de {d.year} {hm}",
     'nl': f"{w} {d.day} {m} {d.year} {hm}",
     'it': f"{w} {d.day} {m} {d.year} {hm}",
    }[lang]

def apple_date(lang, d):
    wd, mo = D[lang]; m = mo[d.month-1]; t = d.strftime('%H:%M:%S'); z = d.tzname()
    if z and z[0] in '+-': z = 'GMT' + z
    return {
     'en': f"{d.day} {m} {d.year} at {t} {z}",
     'de': f"{d.day}. {m} {d.year} um {t} {({'CEST':'MESZ','CET':'MEZ'}).get(z, z)}",
     'fr': f"{d.day} {m} {d.year} à {t} UTC{d.strftime('%z')[:3].replace('+0','+').replace('-0','-')}",
     'es': f"{d.day} de {m} de {d.year}, {t} {z}",
     'pt': f"{d.day} de {m} de {d.year} {t} {z}",
     'nl': f"{d.day} {m} {d.year} om {t} {z}",
     'it': f"{d.day} {m} {d.year} {t} {z}",
    }[lang]

L = {  # labels: from, sent/date, to, subject
 'gmail_sep': {'en':'---------- Forwarded message ---------','de':'---------- Weitergeleitete Nachricht ---------',
   'fr':'---------- Forwarded message ---------','es':'---------- Forwarded message ---------',
   'pt':'---------- Forwarded message ---------','nl':'---------- Doorgestuurd bericht ---------','it':'---------- Forwarded message ---------'},
 'gmail_from': {'en':'From:','de':'Von:','fr':'De :','es':'De:','pt':'De:','nl':'Van:','it':'Da:'},
 'ol': {'en':('From:','Sent:','To:','Subject:','Cc:'),'de':('Von:','Gesendet:','An:','Betreff:','Cc:'),
        'fr':('De :','Envoyé :','À :','Objet :','Cc :'),'es':('De:','Enviado el:','Para:','Asunto:','CC:'),
        'pt':('De:','Enviado:','Para:','Assunto:','Cc:'),'nl':('Van:','Verzonden:','Aan:','Onderwerp:','CC:'),
        'it':('Da:','Inviato:','A:','Oggetto:','Cc:')},
 'ol_orig': {'en':'-----Original Message-----','de':'-----Ursprüngliche Nachricht-----','fr':"-----Message d'origine-----",
        'es':'-----Mensaje original-----','pt':'-----Mensagem original-----','nl':'-----Oorspronkelijk bericht-----',
        'it':'-----Messaggio originale-----'},
 'apple': {'en':('Begin forwarded message:','From:','Subject:','Date:','To:'),
        'de':('Anfang der weitergeleiteten Nachricht:','Von:','Betreff:','Datum:','An:'),
        'fr':('Début du message réexpédié :','De:','Objet:','Date:','À:'),
        'es':('Inicio del mensaje reenviado:','De:','Asunto:','Fecha:','Para:'),
        'pt':('Início da mensagem encaminhada:','De:','Assunto:','Data:','Para:'),
        'nl':('Begin doorgestuurd bericht:','Van:','Onderwerp:','Datum:','Aan:'),
        'it':('Inizio messaggio inoltrato:','Da:','Oggetto:','Data:','A:')},
 'tb': {'en':('-------- Forwarded Message --------','Subject:','Date:','From:','To:'),
        'de':('-------- Weitergeleitete Nachricht --------','Betreff:','Datum:','Von:','An:'),
        'fr':('-------- Message transféré --------','Sujet :','Date :','De :','Pour :'),
        'es':('-------- Mensaje reenviado --------','Asunto:','Fecha:','De:','Para:'),
        'pt':('-------- Mensagem encaminhada --------','Assunto:','Data:','De:','Para:'),
        'nl':('-------- Doorgestuurd bericht --------','Onderwerp:','Datum:','Van:','Aan:'),
        'it':('-------- Messaggio Inoltrato --------','Oggetto:','Data:','Mittente:','A:')},
 'fwd': {'en':'FW: ','de':'WG: ','fr':'TR: ','es':'RV: ','pt':'ENC: ','nl':'FW: ','it':'I: '},
}

def cs_obj(name, cte):
    c = Charset(name)
    c.body_encoding = {'qp': QP, 'b64': BASE64, '8bit': None}[cte]
    return c

def hdr(s, mode='q'):
    try:
        s.encode('ascii'); return s
    except UnicodeEncodeError:
        c = Charset('utf-8'); c.header_encoding = QP if mode == 'q' else BASE64
        return Header(s, c).encode()

def addr(s):
    name, a = parseaddr(s)
    if not name: return a
    try:
        name.encode('ascii'); return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset='utf-8')

def text_part(text, sub, cs, cte):
    t = text.replace('\r\n', '\n')
    return MIMEText(t, sub, cs_obj(cs, cte))

def to_html(text, quote_from=None):
    lines = htmlmod.escape(text).split('\n')
    return '<br>\n'.join(lines)

# ---------- ICS ----------
VTZ = {
 'EU': ('+0100', '+0200', 'CET', 'CEST', '3;BYDAY=-1SU', '10;BYDAY=-1SU', '020000', '030000'),
 'UK': ('+0000', '+0100', 'GMT', 'BST', '3;BYDAY=-1SU', '10;BYDAY=-1SU', '010000', '020000'),
 'PT': ('+0000', '+0100', 'WET', 'WEST', '3;BYDAY=-1SU', '10;BYDAY=-1SU', '010000', '020000'),
 'USE': ('-0500', '-0400', 'EST', 'EDT', '3;BYDAY=2SU', '11;BYDAY=1SU', '020000', '020000'),
 'USC': ('-0600', '-0500', 'CST', 'CDT', '3;BYDAY=2SU', '11;BYDAY=1SU', '020000', '020000'),
 'USP': ('-0800', '-0700', 'PST', 'PDT', '3;BYDAY=2SU', '11;BYDAY=1SU', '020000', '020000'),
 'BR': ('-0300', None, '-03', None, None, None, None, None),
 'MX': ('-0600', None, 'CST', None, None, None, None, None),
 'AR': ('-0300', None, '-03', None, None, None, None, None),
 'CO': ('-0500', None, '-05', None, None, None, None, None),
 'AM': ('-0400', None, '-04', None, None, None, None, None),
}
def vtimezone(tzid, kind):
    so, do, sn, dn, dst_rule, std_rule, dst_t, std_t = VTZ[kind]
    out = ['BEGIN:VTIMEZONE', f'TZID:{tzid}']
    if do is None:
        out += ['BEGIN:STANDARD', 'DTSTART:16010101T000000', f'TZOFFSETFROM:{so}', f'TZOFFSETTO:{so}', f'TZNAME:{sn}', 'END:STANDARD']
    else:
        out += ['BEGIN:STANDARD', f'DTSTART:16011028T{std_t}', f'RRULE:FREQ=YEARLY;BYMONTH={std_rule}',
                f'TZOFFSETFROM:{do}', f'TZOFFSETTO:{so}', f'TZNAME:{sn}', 'END:STANDARD',
                'BEGIN:DAYLIGHT', f'DTSTART:16010325T{dst_t}', f'RRULE:FREQ=YEARLY;BYMONTH={dst_rule}',
                f'TZOFFSETFROM:{so}', f'TZOFFSETTO:{do}', f'TZNAME:{dn}', 'END:DAYLIGHT']
    return out + ['END:VTIMEZONE']

def esc(s): return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')

def fold(line):
    b = line.encode('utf-8')
    if len(b) <= 74: return [line]
    out, cur = [], ''
    for ch in line:
        lim = 74 if not out else 73
        if len((cur + ch).encode('utf-8')) > lim:
            out.append(cur); cur = ch
        else:
            cur += ch
    out.append(cur)
    return [out[0]] + [' ' + x for x in out[1:]]

def build_ics(ics, uid_seed):
    """ics: start 'YYYY-MM-DDTHH:MM' (wall clock in real zone 'zone'), dur (min), tzid (as written), tzkind (VTZ key) or
    utc=True, summary, organizer (name,addr), attendees [(name,addr)], location, description, seq, method"""
    st = dt.datetime.fromisoformat(ics['start']).replace(tzinfo=zoneinfo.ZoneInfo(ics['zone']))
    en = st + dt.timedelta(minutes=ics['dur'])
    lines = ['BEGIN:VCALENDAR', 'PRODID:' + ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN'),
             'VERSION:2.0', 'METHOD:' + ics.get('method', 'REQUEST')]
    if ics.get('utc'):
        u = lambda d: d.astimezone(dt.timezone.utc).strftime('%Y%m%dT%H%M%SZ')
        ds, de = f'DTSTART:{u(st)}', f'DTEND:{u(en)}'
    else:
        tz = ics['tzid']
        if ics.get('vtz', True): lines += vtimezone(tz, ics['tzkind'])
        f = lambda d: d.strftime('%Y%m%dT%H%M%S')
        ds, de = f'DTSTART;TZID={tz}:{f(st)}', f'DTEND;TZID={tz}:{f(en)}'
    uid = hashlib.sha1(uid_seed.encode()).hexdigest()[:24]
    lines += ['BEGIN:VEVENT', f'UID:{uid}@{ics.get("uiddom","cal.example")}', 'DTSTAMP:' + ics.get('stamp', '20280801T080000Z'), ds]
    if ics.get('use_duration'): lines.append(f"DURATION:PT{ics['dur']}M" if ics['dur'] < 60 or ics['dur'] % 60 else f"DURATION:PT{ics['dur']//60}H")
    else: lines.append(de)
    lines += [f"SEQUENCE:{ics.get('seq',0)}", 'SUMMARY:' + esc(ics['summary'])]
    on, oa = ics['organizer']
    lines.append(f'ORGANIZER;CN="{on}":mailto:{oa}')
    for n, a in ics.get('attendees', []):
        lines.append(f'ATTENDEE;CN="{n}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{a}')
    if ics.get('location'): lines.append('LOCATION:' + esc(ics['location']))
    if ics.get('description'): lines.append('DESCRIPTION:' + esc(ics['description']))
    lines += ['STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR']
    out = []
    for l in lines: out += fold(l)
    return '\r\n'.join(out) + '\r\n'

def ics_part(ics, seed, inline):
    text = build_ics(ics, seed)
    method = ics.get('method', 'REQUEST')
    cte = 'b64' if ics.get('b64') else ('8bit' if ics.get('8bit') else 'qp')
    p = text_part(text, 'calendar', 'utf-8', cte)
    p.set_param('method', method)
    if not inline:
        p.add_header('Content-Disposition', 'attachment', filename=ics.get('filename', 'invite.ics'))
    return p

# ---------- assembly ----------
def original_message(f, lang, odate):
    """The original mail as its own message (used for message/rfc822 forwards)."""
    body = f['body']
    cs, cte = f.get('cs', 'utf-8'), f.get('cte', 'qp')
    if f.get('html'):
        core = MIMEMultipart('alternative')
        core.attach(text_part(body, 'plain', cs, cte))
        core.attach(text_part('<html><body><div style="font-family:Calibri,sans-serif">' + to_html(body) + '</div></body></html>', 'html', cs, cte))
        if f.get('ics') and f['ics'].get('inline'): core.attach(ics_part(f['ics'], f['id'], True))
    else:
        core = text_part(body, 'plain', cs, cte)
    if f.get('ics') and not f['ics'].get('inline'):
        m = MIMEMultipart('mixed'); m.attach(core); m.attach(ics_part(f['ics'], f['id'], False))
    else:
        m = core
    m['From'] = addr(f['frm'])
    m['To'] = addr(f.get('to', f['user']))
    if f.get('cc'): m['Cc'] = ', '.join(addr(x) for x in f['cc'])
    m['Subject'] = hdr(f['subj'], f.get('senc', 'q'))
    m['Date'] = format_datetime(odate)
    m['Message-ID'] = f'<{hashlib.md5((f["id"]+"o").encode()).hexdigest()}@{parseaddr(f["frm"])[1].split("@")[1]}>'
    return m

def block(f, lang, odate):
    st = f['style']; fn = f['frm']; to = f.get('to', f['user']); s = f['subj']
    if st == 'gmail':
        lines = [L['gmail_sep'][lang], f"{L['gmail_from'][lang]} {fn}", f"Date: {gmail_date(lang, odate)}", f"Subject: {s}", f"To: {to}"]
        if f.get('cc'): lines.append('Cc: ' + ', '.join(f['cc']))
    elif st in ('outlook', 'outlook-orig'):
        a, b, c, d, e = L['ol'][lang]
        lines = [L['ol_orig'][lang] if st == 'outlook-orig' else '________________________________',
                 f"{a} {fn}", f"{b} {long_date(lang, odate)}", f"{c} {to}"]
        if f.get('cc'): lines.append(f"{e} " + '; '.join(f['cc']))
        lines.append(f"{d} {s}")
    elif st == 'apple':
        h, a, b, c, d = L['apple'][lang]
        lines = [h, '', f"{a} {fn}", f"{b} {s}", f"{c} {apple_date(lang, odate)}", f"{d} {to}"]
    elif st == 'tbird':
        h, a, b, c, d = L['tb'][lang]
        lines = [h, f"{a} \t{s}", f"{b} \t{format_datetime(odate)}", f"{c} \t{fn}", f"{d} \t{to}"]
    return '\n'.join(lines)

def build(f, lang):
    if 'senc' not in f and int(f['id'].split('-')[1]) % 3 == 0: f['senc'] = 'b'   # every third item: RFC 2047 B-encoding
    uz = zoneinfo.ZoneInfo(f['uz'])
    now = dt.datetime.fromisoformat(f['now']).replace(tzinfo=uz)
    odate = now - dt.timedelta(minutes=f.get('ago', 95))
    if f.get('odate'): odate = dt.datetime.fromisoformat(f['odate']).replace(tzinfo=uz)
    cs, cte = f.get('fcs', f.get('cs', 'utf-8')), f.get('fcte', f.get('cte', 'qp'))
    note = f.get('note', '')
    if f['style'] == 'attach':
        outer = MIMEMultipart('mixed')
        outer.attach(text_part(note or ' ', 'plain', 'utf-8', 'qp'))
        outer.attach(MIMEMessage(original_message(f, lang, odate)))
    else:
        blk = block(f, lang, odate)
        text = (note + '\n\n' if note else '') + blk + '\n\n' + f['body']
        if f['style'] == 'apple': text = (note + '\n\n' if note else '') + blk + '\n\n' + f['body']
        if f.get('html'):
            core = MIMEMultipart('alternative')
            core.attach(text_part(text, 'plain', cs, cte))
            h = ('<div dir="ltr">' + to_html(note) + '<br><br>' if note else '<div dir="ltr">') + \
                '<div class="gmail_quote">' + to_html(blk) + '<br><br><blockquote>' + to_html(f['body']) + '</blockquote></div></div>'
            core.attach(text_part('<html><head><meta charset="' + cs + '"></head><body>' + h + '</body></html>', 'html', cs, cte))
            if f.get('ics') and f['ics'].get('inline'): core.attach(ics_part(f['ics'], f['id'], True))
        else:
            core = text_part(text, 'plain', cs, cte)
        if f.get('ics') and not f['ics'].get('inline'):
            outer = MIMEMultipart('mixed'); outer.attach(core); outer.attach(ics_part(f['ics'], f['id'], False))
        else:
            outer = core
    outer['From'] = addr(f['user'])
    outer['To'] = ASSIST
    pre = L['fwd'][lang] if f['style'] in ('outlook', 'outlook-orig') else 'Fwd: '
    outer['Subject'] = hdr(pre + f['subj'], f.get('senc', 'q'))
    outer['Date'] = format_datetime(now)
    outer['Message-ID'] = f'<{hashlib.md5(f["id"].encode()).hexdigest()}@{parseaddr(f["user"])[1].split("@")[1]}>'
    if 'MIME-Version' not in outer: outer['MIME-Version'] = '1.0'
    data = outer.as_bytes(policy=policy.compat32.clone(linesep='\r\n'))
    return data, now

def write(lang, items):
    d = os.path.join(OUT, 'forwards', lang); os.makedirs(d, exist_ok=True)
    for f in items:
        data, now = build(f, lang)
        with open(os.path.join(d, f['id'] + '.eml'), 'wb') as fh: fh.write(data)
        e = f['exp']
        j = {'lang': lang, 'kind': e['kind'], 'now': now.isoformat(), 'userZone': f['uz'],
             'company': e.get('company'), 'companyAlternatives': e.get('alts', []), 'role': e.get('role'),
             'start': e.get('start'), 'zone': e.get('zone'), 'durationMinutes': e.get('dur'),
             'interviewers': e.get('iv', []), 'notInterviewers': e.get('niv', []), 'decisionDate': e.get('dd'),
             'notes': e.get('notes', '')}
        with open(os.path.join(d, f['id'] + '.json'), 'w', encoding='utf-8') as fh:
            json.dump(j, fh, ensure_ascii=False, indent=1); fh.write('\n')
    print(lang, len(items), 'forwards')
