# Builds MIME bytes from hand-written items. Only formatting; no content is invented here.
import base64, quopri, json, os, html as htmlmod, hashlib
from email.header import Header
from email.utils import format_datetime
from datetime import datetime
from zoneinfo import ZoneInfo

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
ASSISTANT = ('Interview Buddy', 'inbox@interviewbuddy-mail.net')

DAYS = {
 'en': ['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday'],
 'de': ['Montag','Dienstag','Mittwoch','Donnerstag','Freitag','Samstag','Sonntag'],
 'fr': ['lundi','mardi','mercredi','jeudi','vendredi','samedi','dimanche'],
 'es': ['lunes','martes','miércoles','jueves','viernes','sábado','domingo'],
 'pt': ['segunda-feira','terça-feira','quarta-feira','quinta-feira','sexta-feira','sábado','domingo'],
 'nl': ['maandag','dinsdag','woensdag','donderdag','vrijdag','zaterdag','zondag'],
 'it': ['lunedì','martedì','mercoledì','giovedì','venerdì','sabato','domenica'],
}
MONTHS = {
 'en': ['January','February','March','April','May','June','July','August','September','October','November','December'],
 'de': ['Januar','Februar','März','April','Mai','Juni','Juli','August','September','Oktober','November','Dezember'],
 'fr': ['janvier','février','mars','avril','mai','juin','juillet','août','septembre','octobre','novembre','décembre'],
 'es': ['enero','febrero','marzo','abril','mayo','junio','julio','agosto','septiembre','octubre','noviembre','diciembre'],
 'pt': ['janeiro','fevereiro','março','abril','maio','junho','julho','agosto','setembro','outubro','novembro','dezembro'],
 'nl': ['januari','februari','maart','april','mei','juni','juli','augustus','september','oktober','november','december'],
 'it': ['gennaio','febbraio','marzo','aprile','maggio','giugno','luglio','agosto','settembre','ottobre','novembre','dicembre'],
}
GM_DAY = {'en':['Mon','Tue','Wed','Thu','Fri','Sat','Sun'], 'de':['Mo.','Di.','Mi.','Do.','Fr.','Sa.','So.'],
 'fr':['lun.','mar.','mer.','jeu.','ven.','sam.','dim.'], 'es':['lun','mar','mié','jue','vie','sáb','dom'],
 'pt':['seg.','ter.','qua.','qui.','sex.','sáb.','dom.'], 'nl':['ma','di','wo','do','vr','za','zo'],
 'it':['lun','mar','mer','gio','ven','sab','dom']}
GM_MON = {'en':['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'],
 'de':['Jan.','Feb.','März','Apr.','Mai','Juni','Juli','Aug.','Sept.','Okt.','Nov.','Dez.'],
 'fr':['janv.','févr.','mars','avr.','mai','juin','juil.','août','sept.','oct.','nov.','déc.'],
 'es':['ene','feb','mar','abr','may','jun','jul','ago','sept','oct','nov','dic'],
 'pt':['jan.','fev.','mar.','abr.','mai.','jun.','jul.','ago.','set.','out.','nov.','dez.'],
 'nl':['jan','feb','mrt','apr','mei','jun','jul','aug','sep','okt','nov','dec'],
 'it':['gen','feb','mar','apr','mag','giu','lug','ago','set','ott','nov','dic']}

def addr(name, email, charset='utf-8'):
    if not name:
        return email
    try:
        name.encode('ascii')
        if any(c in name for c in ',.;:()<>@"'):
            return '"%s" <%s>' % (name.replace('"', ''), email)
        return '%s <%s>' % (name, email)
    except UnicodeEncodeError:
        try: name.encode(charset)
        except UnicodeEncodeError: charset = 'utf-8'
        return '%s <%s>' % (Header(name, charset).encode(), email)

def plain_addr(name, email):
    return '%s <%s>' % (name, email) if name else email

def hdr(s, charset='utf-8'):
    try:
        s.encode('ascii'); return s
    except UnicodeEncodeError:
        try: s.encode(charset)
        except UnicodeEncodeError: charset = 'utf-8'
        return Header(s, charset, maxlinelen=76).encode(linesep='\n')

def fmt_fwd_date(style, lang, dt):
    d, M = dt.weekday(), dt.month - 1
    H, Mi = dt.hour, dt.minute
    if style == 'gmail':
        if lang == 'en':
            h12 = H % 12 or 12; ap = 'AM' if H < 12 else 'PM'
            return '%s, %s %d, %d at %d:%02d %s' % (GM_DAY['en'][d], GM_MON['en'][M], dt.day, dt.year, h12, Mi, ap)
        if lang == 'de': return '%s, %d. %s %d um %02d:%02d Uhr' % (GM_DAY['de'][d], dt.day, GM_MON['de'][M], dt.year, H, Mi)
        if lang == 'fr': return '%s %d %s %d à %02d:%02d' % (GM_DAY['fr'][d], dt.day, GM_MON['fr'][M], dt.year, H, Mi)
        if lang == 'es': return '%s, %d %s %d a las %d:%02d' % (GM_DAY['es'][d], dt.day, GM_MON['es'][M], dt.year, H, Mi)
        if lang == 'pt': return '%s, %d de %s de %d às %02d:%02d' % (GM_DAY['pt'][d], dt.day, GM_MON['pt'][M], dt.year, H, Mi)
        if lang == 'nl': return '%s %d %s %d om %02d:%02d' % (GM_DAY['nl'][d], dt.day, GM_MON['nl'][M], dt.year, H, Mi)
        if lang == 'it': return '%s %d %s %d alle ore %02d:%02d' % (GM_DAY['it'][d], dt.day, GM_MON['it'][M], dt.year, H, Mi)
    if style in ('outlook', 'outlook_old'):
        if lang == 'en':
            h12 = H % 12 or 12; ap = 'AM' if H < 12 else 'PM'
            return '%s, %s %d, %d %d:%02d %s' % (DAYS['en'][d], MONTHS['en'][M], dt.day, dt.year, h12, Mi, ap)
        if lang == 'de': return '%s, %d. %s %d %02d:%02d' % (DAYS['de'][d], dt.day, MONTHS['de'][M], dt.year, H, Mi)
        if lang in ('fr', 'nl', 'it'): return '%s %d %s %d %02d:%02d' % (DAYS[lang][d], dt.day, MONTHS[lang][M], dt.year, H, Mi)
        if lang in ('es', 'pt'): return '%s, %d de %s de %d %d:%02d' % (DAYS[lang][d], dt.day, MONTHS[lang][M], dt.year, H, Mi)
    if style == 'apple':
        if lang == 'en':
            h12 = H % 12 or 12; ap = 'AM' if H < 12 else 'PM'
            return '%s %d, %d at %d:%02d:00 %s %s' % (MONTHS['en'][M], dt.day, dt.year, h12, Mi, ap, dt.tzname())
        if lang == 'de': return '%d. %s %d um %02d:%02d:00 %s' % (dt.day, MONTHS['de'][M], dt.year, H, Mi, {'CET':'MEZ','CEST':'MESZ'}.get(dt.tzname(), dt.tzname()))
        if lang == 'fr': return '%d %s %d à %02d:%02d:00 UTC%+d' % (dt.day, MONTHS['fr'][M], dt.year, H, Mi, dt.utcoffset().total_seconds() // 3600)
        if lang in ('es', 'pt'): return '%d de %s de %d, %d:%02d:00 %s' % (dt.day, MONTHS[lang][M], dt.year, H, Mi, dt.tzname())
        if lang == 'nl': return '%d %s %d om %02d:%02d:00 %s' % (dt.day, MONTHS['nl'][M], dt.year, H, Mi, dt.tzname())
        if lang == 'it': return '%d %s %d, %02d:%02d:00 %s' % (dt.day, MONTHS['it'][M], dt.year, H, Mi, dt.tzname())
    # thunderbird: RFC-ish
    return format_datetime(dt)

SEP = {
 'gmail': {'en':'---------- Forwarded message ---------','de':'---------- Weitergeleitete Nachricht ---------',
   'fr':'---------- Message transféré ---------','es':'---------- Mensaje reenviado ---------',
   'pt':'---------- Mensagem encaminhada ---------','nl':'---------- Doorgestuurd bericht ---------',
   'it':'---------- Messaggio inoltrato ---------'},
 'outlook_old': {'en':'-----Original Message-----','de':'-----Ursprüngliche Nachricht-----','fr':"-----Message d'origine-----",
   'es':'-----Mensaje original-----','pt':'-----Mensagem original-----','nl':'-----Oorspronkelijk bericht-----','it':'-----Messaggio originale-----'},
 'apple': {'en':'Begin forwarded message:','de':'Anfang der weitergeleiteten Nachricht:','fr':'Début du message réexpédié :',
   'es':'Inicio del mensaje reenviado:','pt':'Início da mensagem reencaminhada:','nl':'Begin doorgestuurd bericht:','it':'Inizio messaggio inoltrato:'},
 'thunderbird': {'en':'-------- Forwarded Message --------','de':'-------- Weitergeleitete Nachricht --------','fr':'-------- Message transféré --------',
   'es':'-------- Mensaje reenviado --------','pt':'-------- Mensagem encaminhada --------','nl':'-------- Doorgestuurd bericht --------','it':'-------- Messaggio Inoltrato --------'},
}
# labels: from, date, subject, to, cc
LAB = {
 'gmail': {'en':('From','Date','Subject','To','Cc'),'de':('Von','Date','Subject','To','Cc'),'fr':('De','Date','Subject','To','Cc'),
   'es':('De','Date','Subject','To','Cc'),'pt':('From','Date','Subject','To','Cc'),'nl':('Van','Date','Subject','To','Cc'),'it':('Da','Date','Subject','To','Cc')},
 'outlook': {'en':('From','Sent','Subject','To','Cc'),'de':('Von','Gesendet','Betreff','An','Cc'),'fr':('De','Envoyé','Objet','À','Cc'),
   'es':('De','Enviado el','Asunto','Para','CC'),'pt':('De','Enviada','Assunto','Para','Cc'),'nl':('Van','Verzonden','Onderwerp','Aan','CC'),'it':('Da','Inviato','Oggetto','A','Cc')},
 'apple': {'en':('From','Date','Subject','To','Cc'),'de':('Von','Datum','Betreff','An','Kopie'),'fr':('De','Date','Objet','À','Cc'),
   'es':('De','Fecha','Asunto','Para','Cc'),'pt':('De','Data','Assunto','Para','Cc'),'nl':('Van','Datum','Onderwerp','Aan','Kopie'),'it':('Da','Data','Oggetto','A','Cc')},
 'thunderbird': {'en':('From','Date','Subject','To','CC'),'de':('Von','Datum','Betreff','An','Kopie (CC)'),'fr':('De','Date','Sujet','Pour','Copie à'),
   'es':('De','Fecha','Asunto','Para','CC'),'pt':('De','Data','Assunto','Para','CC'),'nl':('Van','Datum','Onderwerp','Aan','CC'),'it':('Mittente','Data','Oggetto','A','CC')},
}
LAB['outlook_old'] = LAB['outlook']

def fwd_block(it, lang, udt):
    style = it['style']
    fn, fe = it['orig_from']; un, ue = it.get('orig_to', it['user'])
    f, d, s, t, c = LAB[style][lang]
    date = fmt_fwd_date(style, lang, udt)
    cc = it.get('orig_cc')
    ccs = '; '.join(plain_addr(*x) for x in cc) if cc else None
    sp = ' ' if lang == 'fr' else ''
    L = []
    if style == 'gmail':
        L = [SEP['gmail'][lang], '%s: %s' % (f, plain_addr(fn, fe)), '%s: %s' % (d, date), '%s: %s' % (s, it['subject']), '%s: %s' % (t, plain_addr(un, ue))]
        if ccs: L.append('%s: %s' % (c, ccs.replace('; ', ', ')))
    elif style in ('outlook', 'outlook_old'):
        L = ['________________________________'] if style == 'outlook' else [SEP['outlook_old'][lang]]
        fr = '%s <%s>' % (fn, fe) if style == 'outlook' else '%s [mailto:%s]' % (fn, fe)
        L += ['%s%s: %s' % (f, sp, fr), '%s%s: %s' % (d, sp, date), '%s%s: %s' % (t, sp, un)]
        if ccs: L.append('%s%s: %s' % (c, sp, ccs))
        L.append('%s%s: %s' % (s, sp, it['subject']))
    elif style == 'apple':
        L = [SEP['apple'][lang], '', '%s: %s' % (f, plain_addr(fn, fe)), '%s: %s' % (s, it['subject']), '%s: %s' % (d, date), '%s: %s' % (t, plain_addr(un, ue))]
        if ccs: L.append('%s: %s' % (c, ccs.replace('; ', ', ')))
    elif style == 'thunderbird':
        L = [SEP['thunderbird'][lang], '%s%s: \t%s' % (s, sp, it['subject']), '%s%s: \t%s' % (d, sp, date), '%s%s: \t%s' % (f, sp, plain_addr(fn, fe)), '%s%s: \t%s' % (t, sp, plain_addr(un, ue))]
        if ccs: L.append('%s%s: \t%s' % (c, sp, ccs.replace('; ', ', ')))
    return '\n'.join(L)

def text_to_html(text):
    paras = text.split('\n\n')
    out = []
    for p in paras:
        out.append('<p>' + '<br>\n'.join(htmlmod.escape(l) for l in p.split('\n')) + '</p>')
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body style="font-family:Calibri,Arial,sans-serif">\n' + '\n'.join(out) + '\n</body></html>'

def enc_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == 'quoted-printable':
        return quopri.encodestring(raw).decode('ascii')
    if cte == 'base64':
        b = base64.encodebytes(text.replace('\n', '\r\n').encode(charset)).decode('ascii')
        return b.rstrip('\n')
    return raw  # 7bit/8bit: bytes

def leaf(ctype, text, charset, cte, extra_params='', disp=None):
    h = 'Content-Type: %s; charset="%s"%s\nContent-Transfer-Encoding: %s\n' % (ctype, charset, extra_params, cte)
    if disp: h += 'Content-Disposition: %s\n' % disp
    body = enc_body(text, charset, cte)
    if isinstance(body, bytes):
        return h.encode('ascii') + b'\n' + body.rstrip(b'\n') + b'\n'
    return (h + '\n' + body.rstrip('\n') + '\n').encode('ascii')

_bc = [0]
def boundary(seed):
    _bc[0] += 1
    return '----=_Part_%s_%d' % (hashlib.md5(seed.encode()).hexdigest()[:12], _bc[0])

def multipart(sub, parts, seed):
    b = boundary(seed)
    out = b'Content-Type: multipart/%s; boundary="%s"\n\n' % (sub.encode(), b.encode())
    for p in parts:
        out += b'--' + b.encode() + b'\n' + p
    out += b'--' + b.encode() + b'--\n'
    return out

def body_parts(text, charset, cte, html, ics, seed, ics_mode='alt'):
    t = leaf('text/plain', text, charset, cte)
    if not html and not ics:
        return t
    parts = [t]
    if html:
        parts.append(leaf('text/html', text_to_html(text) % charset, charset, cte))
    if ics and ics_mode == 'alt':
        parts.append(leaf('text/calendar', ics, 'utf-8', 'base64' if cte == 'base64' else '7bit' if is_ascii(ics) else 'quoted-printable', '; method=REQUEST'))
        return multipart('alternative', parts, seed)
    alt = multipart('alternative', parts, seed) if html else t
    if ics:
        cal = leaf('text/calendar', ics, 'utf-8', 'base64', '; method=REQUEST; name="invite.ics"', 'attachment; filename="invite.ics"')
        return multipart('mixed', [alt, cal], seed + 'm')
    return alt

def is_ascii(s):
    try: s.encode('ascii'); return True
    except UnicodeEncodeError: return False

def build(it, lang):
    uz = ZoneInfo(it['userZone'])
    now = datetime.fromisoformat(it['now'])
    od = datetime.fromisoformat(it['orig_date'])
    assert od < now, it['id']
    charset = it.get('charset', 'utf-8'); cte = it.get('cte', 'quoted-printable')
    clang = it.get('client_lang', lang)
    un, ue = it['user']
    seed = it['id']
    mid = '<%s.%s@%s>' % (hashlib.md5((seed+'o').encode()).hexdigest()[:16], od.strftime('%Y%m%d%H%M%S'), it['orig_from'][1].split('@')[1])
    outer_subj = it.get('prefix', 'Fwd: ') + it['subject']
    H = []
    H.append('Return-Path: <%s>' % ue)
    H.append('From: ' + addr(un, ue, charset if charset != 'windows-1252' else 'iso-8859-1'))
    H.append('To: ' + addr(*ASSISTANT))
    H.append('Subject: ' + hdr(outer_subj, 'iso-8859-1' if charset == 'iso-8859-1' else 'utf-8'))
    H.append('Date: ' + format_datetime(now))
    H.append('Message-ID: <%s@%s>' % (hashlib.md5(seed.encode()).hexdigest(), ue.split('@')[1]))
    if it['style'] != 'attach':
        H.append('In-Reply-To: ' + mid) if False else None
    H.append('MIME-Version: 1.0')
    M = {'outlook': 'X-Mailer: Microsoft Outlook 16.0', 'outlook_old': 'X-Mailer: Microsoft Outlook 16.0', 'apple': 'X-Mailer: iPhone Mail (22B91)', 'thunderbird': 'User-Agent: Mozilla Thunderbird'}
    if it.get('mailer', M.get(it['style'])): H.append(it.get('mailer', M.get(it['style'])))
    note = it.get('note', '')
    if it['style'] == 'attach':
        # inner original message
        IH = ['From: ' + addr(*it['orig_from'], charset=charset if charset != 'windows-1252' else 'iso-8859-1'),
              'To: ' + addr(*it.get('orig_to', it['user']))]
        if it.get('orig_cc'): IH.append('Cc: ' + ', '.join(addr(*x) for x in it['orig_cc']))
        IH += ['Subject: ' + hdr(it['subject'], 'iso-8859-1' if charset == 'iso-8859-1' else 'utf-8'),
               'Date: ' + format_datetime(od), 'Message-ID: ' + mid, 'MIME-Version: 1.0']
        inner = ('\n'.join(IH) + '\n').encode('ascii') + body_parts(it['body'], charset, it.get('inner_cte', cte), it.get('html'), it.get('ics'), seed + 'i', it.get('ics_mode', 'alt'))
        ncs = it.get('note_charset', 'utf-8')
        notepart = leaf('text/plain', note, ncs, '8bit' if not is_ascii(note) else '7bit')
        fname = it.get('attach_name', 'original.eml')
        rfc = ('Content-Type: message/rfc822; name="%s"\nContent-Disposition: attachment; filename="%s"\nContent-Transfer-Encoding: %s\n\n' % (fname, fname, '8bit')).encode('ascii') + inner
        body = multipart('mixed', [notepart, rfc], seed)
    else:
        udt = od.astimezone(uz)
        fb = fwd_block(it, clang, udt)
        text = (note + '\n\n' if note else '') + fb + '\n\n' + it['body']
        if it.get('quote_prefix'):
            text = (note + '\n\n' if note else '') + '\n'.join(('> ' + l) if l else '>' for l in (fb + '\n\n' + it['body']).split('\n'))
        body = body_parts(text, charset, cte, it.get('html'), it.get('ics'), seed, 'mixed')
    raw = ('\n'.join(h for h in H if h) + '\n').encode('ascii') + body
    raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return raw

KEYS = ['lang','kind','now','userZone','company','companyAlternatives','role','start','zone','durationMinutes','interviewers','notInterviewers','decisionDate','notes']

def write_items(items, lang):
    d = os.path.join(OUT, 'forwards', lang)
    os.makedirs(d, exist_ok=True)
    for it in items:
        raw = build(it, lang)
        with open(os.path.join(d, it['id'] + '.eml'), 'wb') as f: f.write(raw)
        e = it['exp']
        j = {'lang': lang, 'kind': it['kind'], 'now': it['now'], 'userZone': it['userZone'],
             'company': e['company'], 'companyAlternatives': e.get('alt', []), 'role': e.get('role'),
             'start': e.get('start'), 'zone': e.get('zone'), 'durationMinutes': e.get('dur'),
             'interviewers': e.get('iv', []), 'notInterviewers': e.get('niv', []), 'decisionDate': e.get('dd'),
             'notes': e['notes']}
        with open(os.path.join(d, it['id'] + '.json'), 'w', encoding='utf-8') as f:
            json.dump(j, f, ensure_ascii=False, indent=1); f.write('\n')

VTZ = {
 'W. Europe Standard Time': ('+0100', '+0200', 'EU'),
 'Romance Standard Time': ('+0100', '+0200', 'EU'),
 'Central Europe Standard Time': ('+0100', '+0200', 'EU'),
 'GMT Standard Time': ('+0000', '+0100', 'EU'),
 'GTB Standard Time': ('+0200', '+0300', 'EU'),
 'Eastern Standard Time': ('-0500', '-0400', 'US'),
 'Pacific Standard Time': ('-0800', '-0700', 'US'),
 'Central Standard Time': ('-0600', '-0500', 'US'),
 'Mountain Standard Time': ('-0700', '-0600', 'US'),
}
def vtimezone(tzid, key=None):
    key = key or tzid
    if key in ('SA Pacific Standard Time', 'E. South America Standard Time', 'Argentina Standard Time', 'Central Standard Time (Mexico)'):
        off = {'SA Pacific Standard Time': '-0500', 'E. South America Standard Time': '-0300', 'Argentina Standard Time': '-0300', 'Central Standard Time (Mexico)': '-0600'}[key]
        return 'BEGIN:VTIMEZONE\nTZID:%s\nBEGIN:STANDARD\nDTSTART:16010101T000000\nTZOFFSETFROM:%s\nTZOFFSETTO:%s\nEND:STANDARD\nEND:VTIMEZONE\n' % (tzid, off, off)
    std, dst, rule = VTZ[key]
    if rule == 'EU':
        r1 = 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10'; r2 = 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3'; t1 = '16010101T030000'; t2 = '16010101T020000'
    else:
        r1 = 'RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11'; r2 = 'RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3'; t1 = '16010101T020000'; t2 = '16010101T020000'
    return ('BEGIN:VTIMEZONE\nTZID:%s\nBEGIN:STANDARD\nDTSTART:%s\nTZOFFSETFROM:%s\nTZOFFSETTO:%s\n%s\nEND:STANDARD\n'
            'BEGIN:DAYLIGHT\nDTSTART:%s\nTZOFFSETFROM:%s\nTZOFFSETTO:%s\n%s\nEND:DAYLIGHT\nEND:VTIMEZONE\n') % (tzid, t1, dst, std, r1, t2, std, dst, r2)

def ics(uid, summary, start, end, tzid=None, organizer=None, attendees=(), location=None, description=None, prodid='-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', vtz_key=None, stamp='20310101T000000Z'):
    """start/end: 'YYYYMMDDTHHMMSS' (with trailing Z for UTC)."""
    L = ['BEGIN:VCALENDAR', 'PRODID:' + prodid, 'VERSION:2.0', 'METHOD:REQUEST']
    s = ''
    if tzid and (vtz_key or tzid in VTZ or tzid.startswith('(UTC') or 'Standard Time' in tzid):
        s = vtimezone(tzid, vtz_key).rstrip('\n')
        L.append(s)
    L.append('BEGIN:VEVENT')
    if organizer: L.append('ORGANIZER;CN="%s":mailto:%s' % organizer)
    for a in attendees: L.append('ATTENDEE;CN="%s";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s' % a)
    q = lambda t: '"%s"' % t if (',' in t or ':' in t or ' ' in t) else t
    L.append('DTSTART;TZID=%s:%s' % (q(tzid), start) if tzid else 'DTSTART:%s' % start)
    L.append('DTEND;TZID=%s:%s' % (q(tzid), end) if tzid else 'DTEND:%s' % end)
    L += ['DTSTAMP:' + stamp, 'UID:' + uid, 'SUMMARY:' + summary.replace(',', '\\,')]
    if location: L.append('LOCATION:' + location.replace(',', '\\,'))
    if description: L.append('DESCRIPTION:' + description.replace(',', '\\,').replace('\n', '\\n'))
    L += ['STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR']
    out = []
    for l in '\n'.join(L).split('\n'):
        b = l.encode('utf-8')
        while len(b) > 75:
            cut = 75
            while (b[cut] & 0xC0) == 0x80: cut -= 1
            out.append(b[:cut].decode()); b = b' ' + b[cut:]
        out.append(b.decode())
    return '\n'.join(out) + '\n'
