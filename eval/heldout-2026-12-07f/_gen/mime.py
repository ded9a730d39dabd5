"""Turn hand-written forward items into .eml (CRLF) + .json. Encoding only; all content is hand-written in the lang files."""
import base64, json, os, quopri, random, hashlib
from datetime import datetime
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = '/work/heldout-set-7'
ASSISTANT = 'Interview Assistant <inbox@interview-assistant.example>'
KEYS = ['lang', 'kind', 'now', 'userZone', 'company', 'companyAlternatives', 'role', 'start', 'zone',
        'durationMinutes', 'interviewers', 'notInterviewers', 'decisionDate', 'notes']


def hdr(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs if cs != 'windows-1252' else 'utf-8').encode()


def addr(name, mail, cs='utf-8'):
    if not name:
        return mail
    try:
        name.encode('ascii')
        return formataddr((name, mail))
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, 'utf-8').encode(), mail)


def enc_body(text, cs, cte):
    text = text.replace('\r\n', '\n')
    raw = text.encode(cs)
    if cte == 'base64':
        b = base64.encodebytes(raw).decode('ascii')
        return b.replace('\n', '\r\n')
    if cte == 'quoted-printable':
        q = quopri.encodestring(raw.replace(b'\n', b'\r\n')).decode('ascii')
        return q.replace('\r\n', '\n').replace('\n', '\r\n')
    # 8bit / 7bit
    return raw.decode(cs).replace('\n', '\r\n')


def leaf(ctype, text, cs='utf-8', cte='quoted-printable', extra=''):
    h = 'Content-Type: %s; charset="%s"%s\r\nContent-Transfer-Encoding: %s\r\n' % (ctype, cs, extra, cte)
    return h, enc_body(text, cs, cte), cs, cte


def to_html(text, cs='utf-8'):
    import html
    paras = html.escape(text).split('\n')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=' + cs + '"></head>'
            '<body><div dir="ltr">' + '<br>\n'.join(paras) + '</div></body></html>\n')


def boundary(seed):
    return '----=_Part_' + hashlib.md5(seed.encode()).hexdigest()[:20]


def assemble(part):
    """part: ('leaf', headers, body, cs) or ('multi', subtype, [parts], seed) or ('msg', bytes_str)"""
    if part[0] == 'leaf':
        return part[1] + '\r\n' + part[2]
    if part[0] == 'msg':
        fn = part[2]
        if all(ord(c) < 128 for c in fn):
            disp = 'filename="%s"' % fn
        else:
            from urllib.parse import quote
            disp = "filename*=utf-8''%s" % quote(fn)
        return 'Content-Type: message/rfc822\r\nContent-Disposition: attachment; %s\r\n\r\n' % disp + part[1]
    _, sub, parts, seed = part
    b = boundary(seed)
    out = 'Content-Type: multipart/%s; boundary="%s"\r\n\r\n' % (sub, b)
    if sub == 'mixed':
        out += 'This is a multi-part message in MIME format.\r\n'
    for p in parts:
        body = assemble(p)
        if body.endswith('\r\n'):
            body = body[:-2]
        out += '\r\n--' + b + '\r\n' + body
    out += '\r\n--' + b + '--\r\n'
    return out


def text_part(text, cs, cte, html, ics, seed, ics_cte='7bit', ics_mode='attach'):
    """Build the body part tree for a text with optional html alternative and calendar."""
    t = leaf('text/plain', text, cs, cte)
    tp = ('leaf', t[0], t[1])
    if html:
        hh = to_html(text, cs)
        hl = leaf('text/html', hh, cs if cs == 'utf-8' else cs, 'quoted-printable' if cte != 'base64' else 'base64')
        hl = ('leaf', hl[0].replace('charset=utf-8', 'charset=%s' % cs), hl[1])
        alt_parts = [tp, hl]
    else:
        alt_parts = [tp]
    if ics and ics_cte == '7bit' and any(ord(ch) > 127 for ch in ics):
        ics_cte = 'quoted-printable'
    if ics and ics_mode == 'inline':
        c = leaf('text/calendar', ics, 'utf-8', ics_cte, '; method=REQUEST')
        alt_parts.append(('leaf', c[0], c[1]))
    core = ('multi', 'alternative', alt_parts, seed + 'alt') if len(alt_parts) > 1 else tp
    if ics and ics_mode == 'attach':
        c = leaf('text/calendar', ics, 'utf-8', ics_cte, '; method=REQUEST; name="invite.ics"')
        ch = c[0] + 'Content-Disposition: attachment; filename="invite.ics"\r\n'
        return ('multi', 'mixed', [core, ('leaf', ch, c[1])], seed + 'mix')
    return core


def msgid(seed, dom):
    return '<%s@%s>' % (hashlib.sha1(seed.encode()).hexdigest()[:24], dom)


def build(it, lang):
    now = datetime.fromisoformat(it['now'])
    user_name, user_mail = it['user']
    cs = it.get('cs', 'utf-8'); cte = it.get('cte', 'quoted-printable')
    seed = it['id']
    H = ''
    H += 'Return-Path: <%s>\r\n' % user_mail
    H += 'From: %s\r\n' % addr(user_name, user_mail)
    H += 'To: %s\r\n' % ASSISTANT
    H += 'Subject: %s\r\n' % hdr(it['subj'])
    H += 'Date: %s\r\n' % format_datetime(now)
    H += 'Message-ID: %s\r\n' % msgid(seed, user_mail.split('@')[1])
    H += 'MIME-Version: 1.0\r\n'
    if it.get('xmailer'):
        H += 'X-Mailer: %s\r\n' % it['xmailer']
    att = it.get('attach')
    if att:
        a = att
        IH = ''
        IH += 'From: %s\r\n' % addr(a['from'][0], a['from'][1])
        IH += 'To: %s\r\n' % addr(user_name, user_mail)
        if a.get('cc'):
            IH += 'Cc: %s\r\n' % ', '.join(addr(n, m) for n, m in a['cc'])
        IH += 'Subject: %s\r\n' % hdr(a['subject'])
        IH += 'Date: %s\r\n' % format_datetime(datetime.fromisoformat(a['date']))
        IH += 'Message-ID: %s\r\n' % msgid(seed + 'inner', a['from'][1].split('@')[1])
        IH += 'MIME-Version: 1.0\r\n'
        inner = text_part(a['body'], a.get('cs', 'utf-8'), a.get('cte', 'quoted-printable'), a.get('html'),
                          a.get('ics'), seed + 'in', a.get('ics_cte', '7bit'), a.get('ics_mode', 'attach'))
        inner_s = IH + assemble(inner)
        note = leaf('text/plain', it['body'], cs, cte)
        tree = ('multi', 'mixed', [('leaf', note[0], note[1]), ('msg', inner_s, a.get('fname', 'message.eml'))], seed + 'outer')
    else:
        tree = text_part(it['body'], cs, cte, it.get('html'), it.get('ics'), seed, it.get('ics_cte', '7bit'),
                         it.get('ics_mode', 'attach'))
    eml = H + assemble(tree)
    eml = eml.replace('\r\n', '\n').replace('\n', '\r\n')
    d = os.path.join(OUT, 'forwards', lang)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, it['id'] + '.eml'), 'wb') as f:
        f.write(eml.encode('ascii') if all(ord(c) < 128 for c in eml) else eml.encode(cs if not att else 'utf-8'))
    e = it['exp']
    j = {'lang': lang, 'kind': it['kind'], 'now': it['now'], 'userZone': it['userZone'],
         'company': e['company'], 'companyAlternatives': e.get('alt', []), 'role': e.get('role'),
         'start': e.get('start'), 'zone': e.get('zone'), 'durationMinutes': e.get('dur'),
         'interviewers': e.get('iv', []), 'notInterviewers': e.get('niv', []),
         'decisionDate': e.get('dd'), 'notes': e.get('notes', '')}
    with open(os.path.join(d, it['id'] + '.json'), 'w', encoding='utf-8') as f:
        json.dump(j, f, ensure_ascii=False, indent=1)
        f.write('\n')


def build_all(items, lang):
    for it in items:
        build(it, lang)


def write_replies(lang, rows):
    os.makedirs(os.path.join(OUT, 'replies'), exist_ok=True)
    with open(os.path.join(OUT, 'replies', lang + '.jsonl'), 'w', encoding='utf-8') as f:
        for i, r in enumerate(rows, 1):
            o = {'id': '%s-%03d' % (lang, i), 'lang': lang, 'now': r['now'], 'zone': r['zone'],
                 'company': r['company'], 'answering': r['ans'], 'text': r['text'],
                 'expect': {'intent': r['intent'], 'date': r.get('date'), 'time': r.get('time'),
                            'closing': r.get('closing')}}
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    # sidecar with relative hints for the validator (kept in _gen)
    with open(os.path.join(OUT, '_gen', 'rel_' + lang + '.json'), 'w', encoding='utf-8') as f:
        json.dump([{'id': '%s-%03d' % (lang, i), 'rel': r.get('rel'), 'trap': r.get('trap', False)}
                   for i, r in enumerate(rows, 1)], f, ensure_ascii=False, indent=0)


VTZ = {
 'EU': ('BEGIN:STANDARD\nDTSTART:16010101T030000\nTZOFFSETFROM:{dst}\nTZOFFSETTO:{std}\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\nEND:STANDARD\n'
        'BEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:{std}\nTZOFFSETTO:{dst}\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\n'),
 'US': ('BEGIN:STANDARD\nDTSTART:16010101T020000\nTZOFFSETFROM:{dst}\nTZOFFSETTO:{std}\nRRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11\nEND:STANDARD\n'
        'BEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:{std}\nTZOFFSETTO:{dst}\nRRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3\nEND:DAYLIGHT\n'),
 'NONE': 'BEGIN:STANDARD\nDTSTART:16010101T000000\nTZOFFSETFROM:{std}\nTZOFFSETTO:{std}\nEND:STANDARD\n',
}


def ics(tzid, start, end, summary, organizer, attendees=(), location='', seq=0, rules='EU', std='+0100', dst='+0200',
        utc=False, desc='', uid='x', method='REQUEST', prodid='-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN'):
    L = ['BEGIN:VCALENDAR', 'PRODID:' + prodid, 'VERSION:2.0', 'METHOD:' + method]
    if not utc and tzid:
        L.append('BEGIN:VTIMEZONE')
        L.append('TZID:' + tzid)
        L += VTZ[rules].format(std=std, dst=dst).strip().split('\n')
        L.append('END:VTIMEZONE')
    L.append('BEGIN:VEVENT')
    L.append('ORGANIZER;CN="%s":mailto:%s' % organizer)
    for n, m in attendees:
        L.append('ATTENDEE;CN="%s";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (n, m))
    if desc:
        L.append('DESCRIPTION:' + desc.replace('\n', '\\n').replace(',', '\\,'))
    if utc:
        L.append('DTSTART:%sZ' % start); L.append('DTEND:%sZ' % end)
    elif tzid:
        L.append('DTSTART;TZID="%s":%s' % (tzid, start) if (' ' in tzid or ',' in tzid) else 'DTSTART;TZID=%s:%s' % (tzid, start))
        L.append('DTEND;TZID="%s":%s' % (tzid, end) if (' ' in tzid or ',' in tzid) else 'DTEND;TZID=%s:%s' % (tzid, end))
    L.append('SUMMARY:' + summary.replace(',', '\\,'))
    if location:
        L.append('LOCATION:' + location.replace(',', '\\,'))
    L.append('UID:%s' % hashlib.md5(uid.encode()).hexdigest())
    L.append('SEQUENCE:%d' % seq)
    L.append('DTSTAMP:20300101T000000Z')
    L.append('STATUS:CONFIRMED')
    L.append('END:VEVENT')
    L.append('END:VCALENDAR')
    out = []
    for l in L:  # fold at 75 octets
        b = l.encode('utf-8')
        while len(b) > 74:
            cut = 74
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut].decode()); b = b' ' + b[cut:]
        out.append(b.decode())
    return '\n'.join(out) + '\n'
