"""MIME/ICS builder: turns hand-written forward content into .eml bytes + expected .json."""
import base64, quopri, json, os, re, zlib, datetime as dt, email.utils
from zoneinfo import ZoneInfo
from email.header import Header

OUT = os.path.join(os.path.dirname(__file__), '..', 'forwards')
ASSIST = 'Job Assistant <track@inbox.jobassist.example>'

DAYS = {
 'en': 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(),
 'de': 'Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag'.split(),
 'fr': 'lundi mardi mercredi jeudi vendredi samedi dimanche'.split(),
 'es': 'lunes martes miércoles jueves viernes sábado domingo'.split(),
 'pt': 'segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo'.split(),
 'nl': 'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag'.split(),
 'it': 'lunedì martedì mercoledì giovedì venerdì sabato domenica'.split(),
}
DABB = {'en': 'Mon Tue Wed Thu Fri Sat Sun'.split(), 'de': 'Mo. Di. Mi. Do. Fr. Sa. So.'.split(),
 'fr': 'lun. mar. mer. jeu. ven. sam. dim.'.split(), 'es': 'lun mar mié jue vie sáb dom'.split(),
 'pt': 'seg. ter. qua. qui. sex. sáb. dom.'.split(), 'nl': 'ma di wo do vr za zo'.split(),
 'it': 'lun mar mer gio ven sab dom'.split()}
MONTHS = {
 'en': 'January February March April May June July August September October November December'.split(),
 'de': 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(),
 'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(),
 'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(),
 'pt': 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'.split(),
 'nl': 'januari februari maart april mei juni juli augustus september oktober november december'.split(),
 'it': 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(),
}
MABB = {'en': 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(),
 'de': 'Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.'.split(),
 'fr': 'janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.'.split(),
 'es': 'ene feb mar abr may jun jul ago sept oct nov dic'.split(),
 'pt': 'jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.'.split(),
 'nl': 'jan feb mrt apr mei jun jul aug sep okt nov dec'.split(),
 'it': 'gen feb mar apr mag giu lug ago set ott nov dic'.split()}

def wd(lang, iso, cap=False):
    d = dt.date.fromisoformat(iso); s = DAYS[lang][d.weekday()]
    return s[0].upper() + s[1:] if cap else s

def expand(lang, text):
    text = re.sub(r'\{WD:(\d{4}-\d\d-\d\d)\}', lambda m: wd(lang, m.group(1), lang in ('en', 'de')), text)
    text = re.sub(r'\{Wd:(\d{4}-\d\d-\d\d)\}', lambda m: wd(lang, m.group(1), True), text)
    text = re.sub(r'\{wd:(\d{4}-\d\d-\d\d)\}', lambda m: wd(lang, m.group(1), False), text)
    return text

def h12(d):
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"

def fdate(client, lang, d):
    """date line as the forwarding client prints it"""
    wdn, m, y = d.weekday(), d.month - 1, d.year
    hm = f'{d.hour:02d}:{d.minute:02d}'
    if client == 'tb':
        return email.utils.format_datetime(d)
    if lang == 'en':
        return {'gmail': f'{DABB["en"][wdn]}, {MABB["en"][m]} {d.day}, {y} at {h12(d)}',
                'outlook': f'{DAYS["en"][wdn]}, {MONTHS["en"][m]} {d.day}, {y} {h12(d)}',
                'apple': f'{MONTHS["en"][m]} {d.day}, {y} at {h12(d)}'}[client]
    G = {'de': f'{DABB["de"][wdn]}, {d.day}. {MABB["de"][m]} {y} um {hm} Uhr',
         'fr': f'{DABB["fr"][wdn]} {d.day} {MABB["fr"][m]} {y} à {hm}',
         'es': f'{DABB["es"][wdn]}, {d.day} {MABB["es"][m]} {y} a las {d.hour}:{d.minute:02d}',
         'pt': f'{DABB["pt"][wdn]}, {d.day} de {MABB["pt"][m]} de {y} às {hm}',
         'nl': f'{DABB["nl"][wdn]} {d.day} {MABB["nl"][m]} {y} om {hm}',
         'it': f'{DABB["it"][wdn]} {d.day} {MABB["it"][m]} {y} alle ore {hm}'}
    O = {'de': f'{DAYS["de"][wdn]}, {d.day}. {MONTHS["de"][m]} {y} {hm}',
         'fr': f'{DAYS["fr"][wdn]} {d.day} {MONTHS["fr"][m]} {y} {hm}',
         'es': f'{DAYS["es"][wdn]}, {d.day} de {MONTHS["es"][m]} de {y} {d.hour}:{d.minute:02d}',
         'pt': f'{DAYS["pt"][wdn]}, {d.day} de {MONTHS["pt"][m]} de {y} {hm}',
         'nl': f'{DAYS["nl"][wdn]} {d.day} {MONTHS["nl"][m]} {y} {hm}',
         'it': f'{DAYS["it"][wdn]} {d.day} {MONTHS["it"][m]} {y} {hm}'}
    A = {'de': f'{d.day:02d}.{d.month:02d}.{y} um {hm}',
         'fr': f'{d.day} {MONTHS["fr"][m]} {y} à {hm}',
         'es': f'{d.day} de {MONTHS["es"][m]} de {y}, {d.hour}:{d.minute:02d}',
         'pt': f'{d.day} de {MONTHS["pt"][m]} de {y} {hm}',
         'nl': f'{d.day} {MONTHS["nl"][m]} {y} om {hm}',
         'it': f'{d.day} {MONTHS["it"][m]} {y} alle ore {hm}'}
    return {'gmail': G, 'outlook': O, 'apple': A}[client][lang]

SEP = {
 'gmail': {'en': '---------- Forwarded message ---------', 'de': '---------- Weitergeleitete Nachricht ---------',
           'fr': '---------- Forwarded message ---------', 'es': '---------- Forwarded message ---------',
           'pt': '---------- Forwarded message ---------', 'nl': '---------- Doorgestuurd bericht ---------',
           'it': '---------- Forwarded message ---------'},
 'outlook': {l: '________________________________' for l in DAYS},
 'outlook-orig': {'en': '-----Original Message-----', 'de': '-----Ursprüngliche Nachricht-----',
                  'fr': '-----Message d\'origine-----', 'es': '-----Mensaje original-----',
                  'pt': '-----Mensagem original-----', 'nl': '-----Oorspronkelijk bericht-----',
                  'it': '-----Messaggio originale-----'},
 'apple': {'en': 'Begin forwarded message:', 'de': 'Anfang der weitergeleiteten Nachricht:',
           'fr': 'Début du message réexpédié :', 'es': 'Inicio del mensaje reenviado:',
           'pt': 'Início da mensagem encaminhada:', 'nl': 'Begin doorgestuurd bericht:',
           'it': 'Inizio messaggio inoltrato:'},
 'tb': {'en': '-------- Forwarded Message --------', 'de': '-------- Weitergeleitete Nachricht --------',
        'fr': '-------- Message transféré --------', 'es': '-------- Mensaje reenviado --------',
        'pt': '-------- Mensagem encaminhada --------', 'nl': '-------- Doorgestuurd bericht --------',
        'it': '-------- Messaggio Inoltrato --------'},
}
LAB = {  # from, date, subject, to  per client & lang
 'gmail': {'en': ('From', 'Date', 'Subject', 'To'), 'de': ('Von', 'Date', 'Subject', 'To'),
           'fr': ('De', 'Date', 'Subject', 'To'), 'es': ('De', 'Date', 'Subject', 'To'),
           'pt': ('De', 'Date', 'Subject', 'To'), 'nl': ('Van', 'Date', 'Subject', 'To'),
           'it': ('Da', 'Date', 'Subject', 'To')},
 'outlook': {'en': ('From', 'Sent', 'Subject', 'To'), 'de': ('Von', 'Gesendet', 'Betreff', 'An'),
             'fr': ('De', 'Envoyé', 'Objet', 'À'), 'es': ('De', 'Enviado', 'Asunto', 'Para'),
             'pt': ('De', 'Enviado', 'Assunto', 'Para'), 'nl': ('Van', 'Verzonden', 'Onderwerp', 'Aan'),
             'it': ('Da', 'Inviato', 'Oggetto', 'A')},
 'apple': {'en': ('From', 'Date', 'Subject', 'To'), 'de': ('Von', 'Datum', 'Betreff', 'An'),
           'fr': ('De', 'Date', 'Objet', 'À'), 'es': ('De', 'Fecha', 'Asunto', 'Para'),
           'pt': ('De', 'Data', 'Assunto', 'Para'), 'nl': ('Van', 'Datum', 'Onderwerp', 'Aan'),
           'it': ('Da', 'Data', 'Oggetto', 'A')},
 'tb': {'en': ('From', 'Date', 'Subject', 'To'), 'de': ('Von', 'Datum', 'Betreff', 'An'),
        'fr': ('De', 'Date', 'Sujet', 'Pour'), 'es': ('De', 'Fecha', 'Asunto', 'Para'),
        'pt': ('De', 'Data', 'Assunto', 'Para'), 'nl': ('Van', 'Datum', 'Onderwerp', 'Aan'),
        'it': ('Mittente', 'Data', 'Oggetto', 'A')},
}
FWPFX = {'gmail': {'en': 'Fwd: ', 'de': 'Fwd: ', 'fr': 'Fwd: ', 'es': 'Fwd: ', 'pt': 'Fwd: ', 'nl': 'Fwd: ', 'it': 'Fwd: '},
 'outlook': {'en': 'FW: ', 'de': 'WG: ', 'fr': 'TR : ', 'es': 'RV: ', 'pt': 'ENC: ', 'nl': 'FW: ', 'it': 'I: '},
 'apple': {l: 'Fwd: ' for l in DAYS}, 'tb': {l: 'Fwd: ' for l in DAYS}, 'attach': {l: 'Fwd: ' for l in DAYS}}

def addr(name, a, charset='utf-8'):
    if not name:
        return a
    try:
        name.encode('ascii')
        return email.utils.formataddr((name, a))
    except UnicodeEncodeError:
        return email.utils.formataddr((name, a), charset=charset)

def plainaddr(name, a, client):
    if client == 'outlook':
        return f'{name} <{a}>' if name else a
    return f'{name} <{a}>' if name else a

def enc_subject(s, mode='Q', charset='utf-8'):
    try:
        s.encode('ascii'); return s
    except UnicodeEncodeError:
        pass
    b = s.encode(charset); words = []
    # split on character boundaries into chunks of <= 30 source bytes
    cur = ''
    for ch in s:
        if len((cur + ch).encode(charset)) > 30:
            words.append(cur); cur = ''
        cur += ch
    words.append(cur)
    out = []
    for w in words:
        wb = w.encode(charset)
        if mode == 'B':
            out.append(f'=?{charset}?B?{base64.b64encode(wb).decode()}?=')
        else:
            q = ''.join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else ('_' if c == 32 else f'={c:02X}') for c in wb)
            out.append(f'=?{charset}?Q?{q}?=')
    return '\r\n '.join(out)

def encode_body(text, charset, cte):
    data = text.replace('\r\n', '\n').encode(charset)
    if cte == 'base64':
        return base64.encodebytes(data).decode('ascii').replace('\n', '\r\n')
    if cte == 'quoted-printable':
        q = quopri.encodestring(data).decode('ascii')
        return q.replace('\n', '\r\n') + ('' if q.endswith('\n') else '\r\n')
    # 7bit/8bit: raw
    return data.decode(charset).replace('\n', '\r\n') + ('' if text.endswith('\n') else '\r\n')

class Part:
    def __init__(self, ctype, body=None, charset=None, cte=None, parts=None, extra=None, raw=None):
        self.ctype, self.body, self.charset, self.cte, self.parts, self.extra, self.raw = ctype, body, charset, cte, parts, extra or [], raw

_bn = [0]
def boundary():
    _bn[0] += 1
    return f'----=_Part_{_bn[0]:04d}_{abs(hash(_bn[0])) % 999983:06d}.{_bn[0] * 7919 % 100000:05d}'

def render(p):
    """returns (header lines list, body str) with CRLF; body as str (may hold 8bit chars)"""
    hl = []
    if p.parts is not None:
        b = boundary()
        hl.append(f'Content-Type: {p.ctype};\r\n boundary="{b}"')
        hl += p.extra
        body = ''
        for sp in p.parts:
            sh, sb = render(sp)
            body += f'--{b}\r\n' + '\r\n'.join(sh) + '\r\n\r\n' + sb
            if not sb.endswith('\r\n'):
                body += '\r\n'
        body += f'--{b}--\r\n'
        return hl, body
    if p.raw is not None:  # message/rfc822
        hl.append(f'Content-Type: {p.ctype}'); hl += p.extra
        return hl, p.raw
    ct = f'{p.ctype}; charset="{p.charset}"' if p.charset else p.ctype
    hl.append('Content-Type: ' + ct)
    hl.append(f'Content-Transfer-Encoding: {p.cte}')
    hl += p.extra
    return hl, encode_body(p.body, p.charset or 'us-ascii', p.cte)

def to_html(text):
    import html
    paras = text.split('\n\n')
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>',
           '<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px">']
    for para in paras:
        out.append('<p>' + '<br>\n'.join(html.escape(l, quote=False) for l in para.split('\n')) + '</p>')
    out.append('</div></body></html>')
    return '\n'.join(out)

WINTZ = {  # tzid -> (std offset, dst offset, rule)
 'W. Europe Standard Time': ('+0100', '+0200', 'EU'), 'Romance Standard Time': ('+0100', '+0200', 'EU'),
 'Central Europe Standard Time': ('+0100', '+0200', 'EU'), 'GMT Standard Time': ('+0000', '+0100', 'EU'),
 'Eastern Standard Time': ('-0500', '-0400', 'US'), 'Pacific Standard Time': ('-0800', '-0700', 'US'),
 'Central Standard Time': ('-0600', '-0500', 'US'), 'SA Pacific Standard Time': ('-0500', None, None),
 'E. South America Standard Time': ('-0300', None, None), 'Central Standard Time (Mexico)': ('-0600', None, None),
 'Argentina Standard Time': ('-0300', None, None), 'GMT Standard Time (Lisbon)': ('+0000', '+0100', 'EU'),
 '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna': ('+0100', '+0200', 'EU'),
 '(UTC+01:00) Brussels, Copenhagen, Madrid, Paris': ('+0100', '+0200', 'EU'),
 '(UTC-05:00) Bogota, Lima, Quito, Rio Branco': ('-0500', None, None),
 '(UTC-03:00) Brasilia': ('-0300', None, None),
 '(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien': ('+0100', '+0200', 'EU'),
 '(UTC+01:00) Brüssel, Kopenhagen, Madrid, Paris': ('+0100', '+0200', 'EU'),
 '(UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen': ('+0100', '+0200', 'EU'),
 '(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris': ('+0100', '+0200', 'EU'),
 '(UTC+01:00) Amsterdam, Berlino, Berna, Roma, Stoccolma, Vienna': ('+0100', '+0200', 'EU'),
 'Europe/Berlin': ('+0100', '+0200', 'EU'), 'Europe/Paris': ('+0100', '+0200', 'EU'), 'Europe/Madrid': ('+0100', '+0200', 'EU'),
 'Europe/Rome': ('+0100', '+0200', 'EU'), 'Europe/Amsterdam': ('+0100', '+0200', 'EU'), 'Europe/Brussels': ('+0100', '+0200', 'EU'),
 'Europe/Lisbon': ('+0000', '+0100', 'EU'), 'Europe/London': ('+0000', '+0100', 'EU'), 'Europe/Vienna': ('+0100', '+0200', 'EU'),
 'Europe/Zurich': ('+0100', '+0200', 'EU'),
 'America/New_York': ('-0500', '-0400', 'US'), 'America/Chicago': ('-0600', '-0500', 'US'),
 'America/Los_Angeles': ('-0800', '-0700', 'US'), 'America/Toronto': ('-0500', '-0400', 'US'),
 'America/Sao_Paulo': ('-0300', None, None), 'America/Bogota': ('-0500', None, None),
 'America/Mexico_City': ('-0600', None, None), 'America/Argentina/Buenos_Aires': ('-0300', None, None),
}

def vtimezone(tzid):
    std, dst, rule = WINTZ[tzid]
    L = ['BEGIN:VTIMEZONE', f'TZID:{tzid}']
    if rule is None:
        L += ['BEGIN:STANDARD', 'DTSTART:16010101T000000', f'TZOFFSETFROM:{std}', f'TZOFFSETTO:{std}', 'END:STANDARD']
    elif rule == 'EU':
        L += ['BEGIN:STANDARD', 'DTSTART:16010101T030000', f'TZOFFSETFROM:{dst}', f'TZOFFSETTO:{std}',
              'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD',
              'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', f'TZOFFSETFROM:{std}', f'TZOFFSETTO:{dst}',
              'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT']
    else:
        L += ['BEGIN:STANDARD', 'DTSTART:16010101T020000', f'TZOFFSETFROM:{dst}', f'TZOFFSETTO:{std}',
              'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11', 'END:STANDARD',
              'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', f'TZOFFSETFROM:{std}', f'TZOFFSETTO:{dst}',
              'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3', 'END:DAYLIGHT']
    L.append('END:VTIMEZONE')
    return L

def fold(line):
    b = line.encode('utf-8')
    if len(b) <= 75:
        return line
    out, cur = [], ''
    for ch in line:
        lim = 75 if not out else 74
        if len((cur + ch).encode('utf-8')) > lim:
            out.append(cur); cur = ''
        cur += ch
    out.append(cur)
    return '\r\n '.join(out)

def ics(c, stamp):
    """c: dict tzid|None(utc), start 'YYYYMMDDTHHMMSS', end, summary, location, organizer(name,addr), attendees[(name,addr)],
    description, seq, uid"""
    L = ['BEGIN:VCALENDAR', 'PRODID:' + c.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN'),
         'VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD:REQUEST']
    if c.get('tzid'):
        L += vtimezone(c['tzid'])
    L.append('BEGIN:VEVENT')
    if c.get('tzid'):
        L += [f'DTSTART;TZID="{c["tzid"]}":{c["start"]}' if ',' in c['tzid'] or '(' in c['tzid'] else f'DTSTART;TZID={c["tzid"]}:{c["start"]}',
              f'DTEND;TZID="{c["tzid"]}":{c["end"]}' if ',' in c['tzid'] or '(' in c['tzid'] else f'DTEND;TZID={c["tzid"]}:{c["end"]}']
    else:
        L += [f'DTSTART:{c["start"]}Z', f'DTEND:{c["end"]}Z']
    L.append('DTSTAMP:' + stamp)
    on, oa = c['organizer']
    L.append(f'ORGANIZER;CN="{on}":mailto:{oa}')
    for n, a in c.get('attendees', []):
        L.append(f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="{n}":mailto:{a}')
    L.append('UID:' + c.get('uid', f'{c["start"]}-{zlib.crc32(c["summary"].encode()) % 10**8}@cal.example'))
    L.append(f'SEQUENCE:{c.get("seq", 0)}')
    L.append('SUMMARY:' + c['summary'].replace(',', '\\,'))
    if c.get('location'):
        L.append('LOCATION:' + c['location'].replace(',', '\\,'))
    if c.get('description'):
        L.append('DESCRIPTION:' + c['description'].replace('\n', '\\n').replace(',', '\\,'))
    L += ['STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(fold(l) for l in L) + '\r\n'

def hdr(name, value):
    return f'{name}: {value}'

def build(it):
    lang = it['lang']; client = it['client']; cs = it.get('charset', 'utf-8'); cte = it.get('cte', 'quoted-printable')
    uz = ZoneInfo(it['uz']); now = dt.datetime(*it['now'], tzinfo=uz)
    oz = ZoneInfo(it.get('oz', it['uz'])); odate = dt.datetime(*it['odate'], tzinfo=oz)
    body = expand(lang, it['body']).strip('\n') + '\n'
    note = expand(lang, it.get('note', '')).strip('\n')
    subj = expand(lang, it['subj'])
    ofn, ofa = it['ofrom']; un, ua = it['user']
    stamp = odate.astimezone(dt.timezone.utc).strftime('%Y%m%dT%H%M%SZ')
    calpart = None
    if it.get('ics'):
        c = it['ics']; ictext = ics(c, stamp)
        icte = 'base64' if c.get('b64') else ('7bit' if all(ord(ch) < 128 for ch in ictext) else 'quoted-printable')
        extra = []
        if c.get('mode', 'attach') == 'attach':
            extra = [f'Content-Disposition: attachment; filename="{c.get("fname", "invite.ics")}"']
        calpart = Part('text/calendar; method=REQUEST', ictext, 'utf-8', icte, extra=extra)
    if client == 'attach':
        # inner original message
        ih = [hdr('From', addr(ofn, ofa, cs)), hdr('To', addr(un, ua, cs)), hdr('Subject', enc_subject(subj, it.get('senc', 'Q'), cs)),
              hdr('Date', email.utils.format_datetime(odate)),
              hdr('Message-ID', f'<{it["id"]}.{stamp}@{ofa.split("@")[1]}>'), 'MIME-Version: 1.0']
        ip = inner_part(it, body, cs, cte, calpart)
        h, b = render(ip)
        raw = '\r\n'.join(ih + h) + '\r\n\r\n' + b
        top = Part('multipart/mixed', parts=[
            Part('text/plain', (note or '') + '\n', 'utf-8', 'quoted-printable' if any(ord(ch) > 127 for ch in note) else '7bit'),
            Part('message/rfc822', raw=raw, extra=[f'Content-Disposition: attachment; filename="{it.get("aname", "message.eml")}"'])])
        fsubj = 'Fwd: ' + subj
    else:
        L = LAB[client][lang]
        sep = SEP['outlook-orig'][lang] if (client == 'outlook' and it.get('orig_sep')) else SEP[client][lang]
        fa = plainaddr(ofn, ofa, client); ta = plainaddr(un, ua, client)
        fd = fdate(client, lang, odate)
        sp = ' ' if (lang == 'fr' and client in ('outlook', 'apple', 'tb')) else ''
        def ln(i, v): return f'{L[i]}{sp}: {v}'
        if client == 'gmail':
            block = [sep, ln(0, fa), ln(1, fd), ln(2, subj), ln(3, ta)]
        elif client == 'outlook':
            block = [sep, ln(0, fa), ln(1, fd), ln(3, ta), ln(2, subj)]
        elif client == 'apple':
            block = [sep, '', ln(0, fa), ln(2, subj), ln(1, fd), ln(3, ta)]
        else:
            block = [sep, ln(2, subj), ln(1, fd), ln(0, fa), ln(3, ta)]
        text = (note + '\n\n' if note else '') + '\n'.join(block) + '\n\n' + body
        top = inner_part(it, text, cs, cte, calpart)
        fsubj = FWPFX[client][lang] + subj
    heads = [hdr('From', addr(un, ua, cs)), hdr('To', ASSIST), hdr('Subject', enc_subject(fsubj, it.get('senc', 'Q'), cs)),
             hdr('Date', email.utils.format_datetime(now)),
             hdr('Message-ID', f'<fwd-{it["id"]}-{now.strftime("%Y%m%d%H%M")}@{ua.split("@")[1]}>'), 'MIME-Version: 1.0']
    heads += {'gmail': [], 'outlook': ['X-Mailer: Microsoft Outlook 16.0'], 'apple': ['X-Mailer: Apple Mail (2.3826.500.1)'],
              'tb': ['User-Agent: Mozilla Thunderbird'], 'attach': ['User-Agent: Mozilla Thunderbird']}[client]
    h, b = render(top)
    data = ('\r\n'.join(heads + h) + '\r\n\r\n' + b)
    return data.encode('utf-8') if cte == '8bit' or client == 'attach' and cte == '8bit' else data.encode('utf-8' if True else 'ascii'), now

def inner_part(it, text, cs, cte, calpart):
    html = it.get('html')
    if cte == '8bit' and cs != 'utf-8':
        raise ValueError('8bit only with utf-8 in this builder')
    tp = Part('text/plain', text, cs, cte)
    if html:
        hp = Part('text/html', to_html(text).replace('charset=utf-8', f'charset={cs}'), cs, 'quoted-printable' if cte != 'base64' else 'base64')
        alt = [tp, hp]
        if calpart is not None and it['ics'].get('mode') == 'inline':
            alt.append(calpart)
            return Part('multipart/alternative', parts=alt)
        p = Part('multipart/alternative', parts=alt)
    else:
        if calpart is not None and it['ics'].get('mode') == 'inline':
            return Part('multipart/alternative', parts=[tp, calpart])
        p = tp
    if calpart is not None:
        return Part('multipart/mixed', parts=[p, calpart])
    return p

KEYS = ['lang', 'kind', 'now', 'userZone', 'company', 'companyAlternatives', 'role', 'start', 'zone', 'durationMinutes',
        'interviewers', 'notInterviewers', 'decisionDate', 'notes']

def write(items):
    for it in items:
        data, now = build(it)
        d = os.path.join(OUT, it['lang']); os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, it['id'] + '.eml'), 'wb') as f:
            f.write(data)
        e = dict(it['exp'])
        j = {'lang': it['lang'], 'kind': e['kind'], 'now': now.isoformat(), 'userZone': it['uz'],
             'company': e.get('company'), 'companyAlternatives': e.get('alts', []), 'role': e.get('role'),
             'start': e.get('start'), 'zone': e.get('zone'), 'durationMinutes': e.get('dur'),
             'interviewers': e.get('iv', []), 'notInterviewers': e.get('niv', []), 'decisionDate': e.get('dd'),
             'notes': e.get('notes', '')}
        with open(os.path.join(d, it['id'] + '.json'), 'w', encoding='utf-8') as f:
            json.dump(j, f, ensure_ascii=False, indent=1); f.write('\n')
    print(len(items), 'written')
