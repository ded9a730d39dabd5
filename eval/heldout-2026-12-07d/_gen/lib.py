"""Turn hand-written item definitions into .eml/.json/.jsonl. No content is generated here."""
import base64, quopri, json, os, html, hashlib, datetime as dt
from email.header import Header
from email.utils import formataddr, format_datetime
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ASSISTANT = ("Interview Assistant", "inbox@followup-desk.example")

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

def loc(s, zone):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))

def eaddr(name, addr, cs='utf-8'):
    try:
        name.encode('ascii')
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset=cs)

def ehdr(s, cs='utf-8'):
    try:
        s.encode('ascii'); return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=76).encode(linesep='\r\n')

# ---------- forward header blocks, as each client writes them ----------
def _gmail_date(d, lang):
    h, m = d.hour, d.minute
    if lang == 'en':
        ap = 'AM' if h < 12 else 'PM'; h12 = h % 12 or 12
        return f"{WD['en'][d.weekday()][:3]}, {MO['en'][d.month-1][:3]} {d.day}, {d.year} at {h12}:{m:02d}\u202f{ap}"
    if lang == 'de':
        return f"{WD['de'][d.weekday()][:2]}., {d.day}. {MO['de'][d.month-1][:3]}. {d.year} um {h:02d}:{m:02d}"
    if lang == 'fr':
        return f"{WD['fr'][d.weekday()][:3]}. {d.day} {MO['fr'][d.month-1][:4].rstrip('.')}. {d.year} à {h:02d}:{m:02d}"
    if lang == 'es':
        return f"{WD['es'][d.weekday()][:3]}, {d.day} {MO['es'][d.month-1][:3]} {d.year} a las {h}:{m:02d}"
    if lang == 'pt':
        return f"{WD['pt'][d.weekday()][:3]}., {d.day} de {MO['pt'][d.month-1][:3]}. de {d.year} às {h:02d}:{m:02d}"
    if lang == 'nl':
        return f"{WD['nl'][d.weekday()][:2]} {d.day} {MO['nl'][d.month-1][:3]} {d.year} om {h:02d}:{m:02d}"
    if lang == 'it':
        return f"{WD['it'][d.weekday()][:3]} {d.day} {MO['it'][d.month-1][:3]} {d.year} alle ore {h:02d}:{m:02d}"

def _long_date(d, lang, sep_time=' '):
    w, mo = WD[lang][d.weekday()], MO[lang][d.month-1]
    t = f"{d.hour:02d}:{d.minute:02d}"
    if lang == 'en':
        ap = 'AM' if d.hour < 12 else 'PM'; h12 = d.hour % 12 or 12
        return f"{w}, {mo} {d.day}, {d.year} {h12}:{d.minute:02d} {ap}"
    if lang == 'de': return f"{w}, {d.day}. {mo} {d.year} {t}"
    if lang in ('es', 'pt'): return f"{w}, {d.day} de {mo} de {d.year} {t}"
    return f"{w} {d.day} {mo} {d.year} {t}"

def fwd_block(client, lang, o, variant=None):
    """o: dict with from_name, from_addr, to_name, to_addr, date (aware dt), subject, cc(optional)"""
    fr = f"{o['from_name']} <{o['from_addr']}>" if o['from_name'] else o['from_addr']
    to = f"{o['to_name']} <{o['to_addr']}>"
    d = o['date']
    if client == 'gmail':
        head = {'en': '---------- Forwarded message ---------', 'de': '---------- Weitergeleitete Nachricht ---------',
                'fr': '---------- Forwarded message ---------', 'es': '---------- Forwarded message ---------',
                'pt': '---------- Forwarded message ---------', 'nl': '---------- Doorgestuurd bericht ---------',
                'it': '---------- Forwarded message ---------'}[lang]
        lab = {'en': ('From', 'Date', 'Subject', 'To'), 'de': ('Von', 'Date', 'Subject', 'To'),
               'fr': ('De', 'Date', 'Subject', 'To'), 'es': ('From', 'Date', 'Subject', 'To'),
               'pt': ('De', 'Date', 'Subject', 'To'), 'nl': ('Van', 'Date', 'Subject', 'To'),
               'it': ('Da', 'Date', 'Subject', 'To')}[lang]
        lines = [head, f"{lab[0]}: {fr}", f"{lab[1]}: {_gmail_date(d, lang)}", f"{lab[2]}: {o['subject']}", f"{lab[3]}: {to}"]
        if o.get('cc'): lines.append(f"Cc: {o['cc']}")
        return "\n".join(lines) + "\n\n"
    if client == 'outlook':
        lab = {'en': ('From', 'Sent', 'To', 'Cc', 'Subject'), 'de': ('Von', 'Gesendet', 'An', 'Cc', 'Betreff'),
               'fr': ('De\u00a0', 'Envoyé\u00a0', 'À\u00a0', 'Cc\u00a0', 'Objet\u00a0'), 'es': ('De', 'Enviado el', 'Para', 'CC', 'Asunto'),
               'pt': ('De', 'Enviado', 'Para', 'Cc', 'Assunto'), 'nl': ('Van', 'Verzonden', 'Aan', 'CC', 'Onderwerp'),
               'it': ('Da', 'Inviato', 'A', 'Cc', 'Oggetto')}[lang]
        if variant == 'original':
            head = {'en': '-----Original Message-----', 'de': '-----Ursprüngliche Nachricht-----', 'fr': "-----Message d'origine-----",
                    'es': '-----Mensaje original-----', 'pt': '-----Mensagem original-----', 'nl': '-----Oorspronkelijk bericht-----',
                    'it': '-----Messaggio originale-----'}[lang]
        else:
            head = '_' * 32
        lines = [head, f"{lab[0]}: {fr}", f"{lab[1]}: {_long_date(d, lang)}", f"{lab[2]}: {to}"]
        if o.get('cc'): lines.append(f"{lab[3]}: {o['cc']}")
        lines.append(f"{lab[4]}: {o['subject']}")
        return "\n".join(lines) + "\n\n"
    if client == 'apple':
        head = {'en': 'Begin forwarded message:', 'de': 'Anfang der weitergeleiteten Nachricht:', 'fr': 'Début du message réexpédié :',
                'es': 'Inicio del mensaje reenviado:', 'pt': 'Início da mensagem reencaminhada:', 'nl': 'Begin doorgestuurd bericht:',
                'it': 'Inizio messaggio inoltrato:'}[lang]
        if variant == 'br': head = 'Início da mensagem encaminhada:'
        lab = {'en': ('From', 'Subject', 'Date', 'To'), 'de': ('Von', 'Betreff', 'Datum', 'An'), 'fr': ('De', 'Objet', 'Date', 'À'),
               'es': ('De', 'Asunto', 'Fecha', 'Para'), 'pt': ('De', 'Assunto', 'Data', 'Para'), 'nl': ('Van', 'Onderwerp', 'Datum', 'Aan'),
               'it': ('Da', 'Oggetto', 'Data', 'A')}[lang]
        mo = MO[lang][d.month-1]
        if lang == 'en': ds = f"{MO['en'][d.month-1]} {d.day}, {d.year} at {d.hour % 12 or 12}:{d.minute:02d}:00 {'AM' if d.hour<12 else 'PM'} {d.tzname()}"
        elif lang == 'de': ds = f"{d.day}. {mo} {d.year} um {d.hour:02d}:{d.minute:02d}:00 {d.tzname()}"
        elif lang in ('es', 'pt'): ds = f"{d.day} de {mo} de {d.year}, {d.hour}:{d.minute:02d} {d.strftime('%z')[:3]}"
        elif lang == 'fr': ds = f"{d.day} {mo} {d.year} à {d.hour:02d}:{d.minute:02d} {d.strftime('%z')}"
        else: ds = f"{d.day} {mo} {d.year} {'om' if lang=='nl' else 'alle ore'} {d.hour:02d}:{d.minute:02d}:00 {d.tzname()}"
        lines = [head, "", f"{lab[0]}: {fr}", f"{lab[1]}: {o['subject']}", f"{lab[2]}: {ds}", f"{lab[3]}: {to}"]
        if o.get('cc'): lines.append(f"Cc: {o['cc']}")
        return "\n".join(lines) + "\n\n"
    if client == 'thunderbird':
        head = {'en': '-------- Forwarded Message --------', 'de': '-------- Weitergeleitete Nachricht --------',
                'fr': '-------- Message transféré --------', 'es': '-------- Mensaje reenviado --------',
                'pt': '-------- Mensagem encaminhada --------', 'nl': '-------- Doorgestuurd bericht --------',
                'it': '-------- Messaggio Inoltrato --------'}[lang]
        lab = {'en': ('Subject', 'Date', 'From', 'To'), 'de': ('Betreff', 'Datum', 'Von', 'An'), 'fr': ('Sujet\u00a0', 'Date\u00a0', 'De\u00a0', 'Pour\u00a0'),
               'es': ('Asunto', 'Fecha', 'De', 'Para'), 'pt': ('Assunto', 'Data', 'De', 'Para'), 'nl': ('Onderwerp', 'Datum', 'Van', 'Aan'),
               'it': ('Oggetto', 'Data', 'Mittente', 'A')}[lang]
        lines = [head, f"{lab[0]}: \t{o['subject']}", f"{lab[1]}: \t{format_datetime(d)}", f"{lab[2]}: \t{fr}", f"{lab[3]}: \t{to}"]
        if o.get('cc'): lines.append(f"CC: \t{o['cc']}")
        return "\n".join(lines) + "\n\n\n"
    raise ValueError(client)

PREFIX = {
 'gmail': {l: 'Fwd:' for l in WD},
 'apple': {l: 'Fwd:' for l in WD},
 'thunderbird': {l: 'Fwd:' for l in WD},
 'outlook': {'en': 'FW:', 'de': 'WG:', 'fr': 'TR:', 'es': 'RV:', 'pt': 'ENC:', 'nl': 'Doorst:', 'it': 'I:'},
}
MAILER = {
 'gmail': None, 'outlook': ('X-Mailer', 'Microsoft Outlook 16.0'),
 'apple': ('X-Mailer', 'iPhone Mail (22D72)'), 'thunderbird': ('User-Agent', 'Mozilla Thunderbird'),
}

# ---------- MIME building ----------
def _enc_body(text, cs, cte):
    text = text.replace('\r\n', '\n')
    raw = text.encode(cs)
    if cte == 'quoted-printable':
        b = quopri.encodestring(raw).decode('ascii')
    elif cte == 'base64':
        b = base64.encodebytes(raw).decode('ascii')
    elif cte in ('8bit', '7bit'):
        if cte == '7bit': raw.decode('ascii')
        return raw.rstrip(b'\n').replace(b'\n', b'\r\n') + b'\r\n', cte
    else:
        raise ValueError(cte)
    return (b.rstrip('\n').replace('\n', '\r\n') + '\r\n').encode('ascii'), cte

class Part:
    def __init__(self, headers, body):  # body: str (CRLF lines, may contain non-ascii for 8bit) or list of Parts
        self.headers, self.body = headers, body

def text_part(text, subtype='plain', cs='utf-8', cte='quoted-printable', extra=None, method=None, name=None, disp=None):
    ct = f'text/{subtype}; charset="{cs}"'
    if method: ct += f'; method={method}'
    if name: ct += f'; name="{name}"'
    h = [('Content-Type', ct), ('Content-Transfer-Encoding', cte)]
    if disp: h.append(('Content-Disposition', disp))
    if extra: h += extra
    body, _ = _enc_body(text, cs, cte)
    return Part(h, body)

def multipart(sub, parts, seed):
    b = f"{'=' * 4}_{sub[:3]}_{hashlib.md5(seed.encode()).hexdigest()[:20]}"
    return Part([('Content-Type', f'multipart/{sub}; boundary="{b}"')], (b, parts))

def rfc822_part(msgbytes, name=None):
    h = [('Content-Type', 'message/rfc822' + (f'; name="{name}"' if name else '')),
         ('Content-Disposition', 'attachment' + (f'; filename="{name}"' if name else ''))]
    return Part(h, msgbytes)

def render(part, top_headers=None):
    out = []
    for k, v in (top_headers or []):
        out.append(f"{k}: {v}")
    if top_headers is not None:
        out.append('MIME-Version: 1.0')
    for k, v in part.headers:
        out.append(f"{k}: {v}")
    out.append('')
    s = ('\r\n'.join(out) + '\r\n').encode('ascii')
    if isinstance(part.body, tuple):
        b, parts = part.body
        s += b'This is a multi-part message in MIME format.\r\n\r\n' if top_headers is not None else b''
        for p in parts:
            s += f'--{b}\r\n'.encode() + render(p) + b'\r\n'
        s += f'--{b}--\r\n'.encode()
    else:
        s += part.body
    return s

def to_html(text, cs='utf-8'):
    paras = text.split('\n\n')
    out = []
    for p in paras:
        out.append('<div>' + '<br>\n'.join(html.escape(l) if l else '' for l in p.split('\n')) + '</div>')
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset='+cs+'"></head>\n<body>\n' + '\n<div><br></div>\n'.join(out) + '\n</body></html>\n'

def _vtz_body(tzid):
    t = tzid.lower()
    if 'pacific standard' in t and not t.startswith('sa '): std, dst, rule = '-0800', '-0700', 'US'
    elif 'eastern standard' in t or 'est (' in t: std, dst, rule = '-0500', '-0400', 'US'
    elif 'sa pacific' in t or 'bogot' in t: std, dst, rule = '-0500', None, None
    elif 'gmt standard' in t or 'dublin' in t: std, dst, rule = '+0000', '+0100', 'EU0'
    else: std, dst, rule = '+0100', '+0200', 'EU'
    if not dst:
        return ['BEGIN:STANDARD', 'DTSTART:16010101T000000', f'TZOFFSETFROM:{std}', f'TZOFFSETTO:{std}', 'END:STANDARD']
    if rule == 'US':
        d_on, d_off = ('16010311T020000', 'FREQ=YEARLY;BYDAY=2SU;BYMONTH=3'), ('16011104T020000', 'FREQ=YEARLY;BYDAY=1SU;BYMONTH=11')
    elif rule == 'EU0':
        d_on, d_off = ('16010325T010000', 'FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3'), ('16011028T020000', 'FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10')
    else:
        d_on, d_off = ('16010325T020000', 'FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3'), ('16011028T030000', 'FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10')
    return ['BEGIN:STANDARD', f'DTSTART:{d_off[0]}', f'RRULE:{d_off[1]}', f'TZOFFSETFROM:{dst}', f'TZOFFSETTO:{std}', 'END:STANDARD',
            'BEGIN:DAYLIGHT', f'DTSTART:{d_on[0]}', f'RRULE:{d_on[1]}', f'TZOFFSETFROM:{std}', f'TZOFFSETTO:{dst}', 'END:DAYLIGHT']

def ics(summary, start, end, tzid, organizer, attendees, location='', utc_zone=None, vtz=True, uid='x', desc=''):
    """start/end: 'YYYY-MM-DD HH:MM' wall clock in zone utc_zone (for Z) or a local tz; tzid string as Outlook writes it"""
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0', 'METHOD:REQUEST']
    if tzid and vtz:
        L += [f'BEGIN:VTIMEZONE', f'TZID:{tzid}'] + _vtz_body(tzid) + ['END:VTIMEZONE']
    L += ['BEGIN:VEVENT', f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}']
    for n, a in attendees:
        L.append(f'ATTENDEE;CN="{n}";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{a}')
    def f(s):
        return s.replace('-', '').replace(' ', 'T').replace(':', '') + '00'
    if utc_zone:
        z = ZoneInfo(utc_zone)
        for k, s in (('DTSTART', start), ('DTEND', end)):
            u = dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=z).astimezone(dt.timezone.utc)
            L.append(f"{k}:{u.strftime('%Y%m%dT%H%M%SZ')}")
    else:
        L.append(f'DTSTART;TZID="{tzid}":{f(start)}')
        L.append(f'DTEND;TZID="{tzid}":{f(end)}')
    L += [f'SUMMARY:{summary}', f'UID:{uid}', 'SEQUENCE:0', 'STATUS:CONFIRMED']
    if location: L.append(f'LOCATION:{location}')
    if desc: L.append('DESCRIPTION:' + desc.replace('\n', '\\n').replace(',', '\\,'))
    L += ['END:VEVENT', 'END:VCALENDAR']
    # fold at 74 chars
    out = []
    for l in L:
        while len(l.encode('utf-8')) > 74:
            out.append(l[:70]); l = ' ' + l[70:]
        out.append(l)
    return '\n'.join(out) + '\n'

def msgid(seed, dom):
    return f"<{hashlib.sha1(seed.encode()).hexdigest()[:24]}@{dom}>"

def build(item, lang):
    """item: dict. See language files for keys."""
    uz = item['uz']
    now = loc(item['now'], uz)
    user = item['user']
    snd = item['from']
    oz = item.get('oz', uz)
    odate = loc(item['odate'], oz)
    ocs = item.get('ocs', 'utf-8'); octe = item.get('octe', 'quoted-printable')
    cs = item.get('cs', 'utf-8'); cte = item.get('cte', 'quoted-printable')
    client = item['client']
    osubj = item['subj']
    body = item['body'].strip('\n') + '\n'
    cal = item.get('ics')
    # the original message
    o = dict(from_name=snd[0], from_addr=snd[1], to_name=user[0], to_addr=user[1], date=odate, subject=osubj, cc=item.get('cc'))
    dom = snd[1].split('@')[1]
    if item.get('attach'):
        # forward as attachment: the original full message inside
        oparts = []
        tp = text_part(body, cs=ocs, cte=octe)
        if item.get('ohtml'):
            inner = multipart('alternative', [tp, text_part(to_html(body, ocs), 'html', ocs, octe)], item['id'] + 'oa')
        else:
            inner = tp
        if cal:
            inner = multipart('mixed', [inner, text_part(cal, 'calendar', 'utf-8', 'base64', method='REQUEST', name='invite.ics', disp='attachment; filename="invite.ics"')], item['id'] + 'om')
        oh = [('Date', format_datetime(odate)), ('From', eaddr(snd[0], snd[1], ocs) if snd[0] else snd[1]),
              ('To', eaddr(user[0], user[1])), ('Subject', ehdr(osubj, ocs)), ('Message-ID', msgid(item['id'] + 'o', dom))]
        if item.get('cc'): oh.append(('Cc', item['cc_hdr']))
        obytes = render(inner, oh)
        note = item['note'].strip('\n') + '\n'
        outer = multipart('mixed', [text_part(note, cs=cs, cte=cte), rfc822_part(obytes, name=item.get('attname'))], item['id'] + 'm')
        full_text = note
    else:
        note = item['note'].strip('\n')
        fb = fwd_block(client, lang, o, item.get('variant'))
        full_text = (note + '\n\n' if note else '\n') + fb + body
        tp = text_part(full_text, cs=cs, cte=cte)
        if item.get('html', client in ('gmail', 'outlook')):
            part = multipart('alternative', [tp, text_part(to_html(full_text, cs), 'html', cs, cte)], item['id'] + 'a')
        else:
            part = tp
        if cal:
            if item.get('cal_inline'):
                # Outlook-style: calendar as third alternative
                b, ps = part.body if isinstance(part.body, tuple) else (None, [part])
                ps = list(ps) + [text_part(cal, 'calendar', 'utf-8', item.get('cal_cte', '8bit'), method='REQUEST')]
                part = multipart('alternative', ps, item['id'] + 'a2')
            else:
                part = multipart('mixed', [part, text_part(cal, 'calendar', 'utf-8', 'base64', method='REQUEST', name='invite.ics', disp='attachment; filename="invite.ics"')], item['id'] + 'm')
        outer = part
    pre = item.get('prefix', PREFIX[client][lang])
    h = [('Date', format_datetime(now)), ('From', eaddr(user[0], user[1], item.get('hcs', 'utf-8'))), ('To', eaddr(*ASSISTANT)),
         ('Subject', ehdr(f"{pre} {osubj}", item.get('hcs', 'utf-8'))),
         ('Message-ID', msgid(item['id'], user[1].split('@')[1]))]
    if MAILER[client]: h.append(MAILER[client])
    s = render(outer, h)
    return s, now

def write_lang(lang, forwards, replies, datecalc):
    os.makedirs(f"{OUT}/forwards/{lang}", exist_ok=True)
    os.makedirs(f"{OUT}/replies", exist_ok=True)
    for it in forwards:
        b, now = build(it, lang)
        with open(f"{OUT}/forwards/{lang}/{it['id']}.eml", 'wb') as f: f.write(b)
        e = it['exp']
        j = {"lang": lang, "kind": it['kind'], "now": now.isoformat(), "userZone": it['uz'],
             "company": e.get('company'), "companyAlternatives": e.get('alts', []), "role": e.get('role'),
             "start": e.get('start'), "zone": e.get('zone'), "durationMinutes": e.get('dur'),
             "interviewers": e.get('iv', []), "notInterviewers": e.get('niv', []), "decisionDate": e.get('dd'),
             "notes": e.get('notes', '')}
        with open(f"{OUT}/forwards/{lang}/{it['id']}.json", 'w', encoding='utf-8') as f:
            json.dump(j, f, ensure_ascii=False, indent=1); f.write('\n')
    traps = sum(1 for r in replies if len(r) > 9 and r[9] == 'T')
    print(lang, 'forwards', len(forwards), 'replies', len(replies), 'traps', traps)
    with open(f"{OUT}/replies/{lang}.jsonl", 'w', encoding='utf-8') as f:
        for i, r in enumerate(replies, 1):
            now, zone, company, answering, text, intent, dspec, time, closing = r[:9]
            d = datecalc(now, dspec) if dspec else None
            f.write(json.dumps({"id": f"{lang}-{i:03d}", "lang": lang, "now": now, "zone": zone, "company": company,
                                "answering": answering, "text": text,
                                "expect": {"intent": intent, "date": d, "time": time, "closing": closing}}, ensure_ascii=False) + '\n')

def datecalc(now, spec):
    """spec is my hand-written description of the date the user means; computed from now here."""
    d = dt.date.fromisoformat(now[:10])
    if spec.startswith('20'): return spec
    if spec.startswith('+'): return (d + dt.timedelta(days=int(spec[1:]))).isoformat()
    days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
    if spec.startswith('wd:'):  # next such weekday strictly after today
        w = days.index(spec[3:]); n = (w - d.weekday()) % 7 or 7
        return (d + dt.timedelta(days=n)).isoformat()
    if spec.startswith('past:'):  # most recent such weekday strictly before today
        w = days.index(spec[5:]); n = (d.weekday() - w) % 7 or 7
        return (d - dt.timedelta(days=n)).isoformat()
    if spec.startswith('nw:'):  # <weekday> of next calendar week
        w = days.index(spec[3:]); mon = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=7)
        return (mon + dt.timedelta(days=w)).isoformat()
    if spec.startswith('mid:'):
        return f"{d.year}-{int(spec[4:]):02d}-15"
    if spec.startswith('eom:'):
        m = int(spec[4:]); nxt = dt.date(d.year + (m == 12), m % 12 + 1, 1)
        return (nxt - dt.timedelta(days=1)).isoformat()
    if spec.startswith('md:'):  # month-day in the year of now
        return f"{d.year}-{spec[3:]}"
    raise ValueError(spec)
