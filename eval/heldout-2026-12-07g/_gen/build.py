"""Turn hand-written items (items_<lang>.py) into .eml/.json, and replies_<lang>.py into JSONL."""
import base64, quopri, json, os, sys, importlib, hashlib
from datetime import datetime
from zoneinfo import ZoneInfo
from email.header import Header
from email.utils import format_datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ASSISTANT = 'Interview Buddy <inbox@interviewbuddy.app>'
LANGS = ['en', 'de', 'fr', 'es', 'pt', 'nl', 'it']
CSNAME = {'utf-8': 'utf-8', 'iso-8859-1': 'iso-8859-1', 'windows-1252': 'cp1252', 'us-ascii': 'ascii'}


def crlf(s):
    return s.replace('\r\n', '\n').replace('\n', '\r\n')


def hdr(name, value, cs='utf-8'):
    """Encode a header value (RFC 2047 for non-ascii words / display names)."""
    try:
        value.encode(CSNAME[cs])
    except UnicodeEncodeError:
        cs = 'utf-8'
    try:
        value.encode('ascii')
        return f'{name}: {value}'
    except UnicodeEncodeError:
        pass
    if name in ('From', 'To', 'Cc') and '<' in value:
        out = []
        for addr in value.split(', '):
            disp, a = addr.rsplit('<', 1)
            disp = disp.strip().strip('"')
            try:
                disp.encode('ascii'); out.append(f'"{disp}" <{a}')
            except UnicodeEncodeError:
                out.append(Header(disp, cs).encode(linesep='\r\n') + f' <{a}')
        return f'{name}: ' + ', '.join(out)
    return f'{name}: ' + Header(value, cs, header_name=name).encode(linesep='\r\n')


def enc_body(text, cs, cte):
    raw = crlf(text).encode(CSNAME[cs])
    if cte == 'qp':
        b = quopri.encodestring(raw.replace(b'\r\n', b'\n')).replace(b'\n', b'\r\n')
        return 'quoted-printable', b
    if cte == 'b64':
        b = base64.encodebytes(raw).replace(b'\n', b'\r\n')
        return 'base64', b
    if cte == '8bit':
        try:
            raw.decode('ascii'); return '7bit', raw
        except UnicodeDecodeError:
            return '8bit', raw
    if cte == '7bit':
        raw.decode('ascii'); return '7bit', raw
    raise ValueError(cte)


def html_of(text):
    import html as h
    out = []
    for line in text.split('\n'):
        if line.startswith('>'):
            out.append('<div style="color:#555">' + (h.escape(line) or '<br>') + '</div>')
        else:
            out.append('<div>' + (h.escape(line) or '<br>') + '</div>')
    return '<html><head><meta charset="{cs}"></head><body style="font-family:Calibri,Arial,sans-serif">\n' + '\n'.join(out) + '\n</body></html>\n'


def leaf(ctype, text, cs, cte, extra=()):
    c, b = enc_body(text, cs, cte)
    lines = [f'Content-Type: {ctype}; charset="{cs}"' if 'charset' not in ctype else f'Content-Type: {ctype}',
             f'Content-Transfer-Encoding: {c}'] + list(extra)
    return ('\r\n'.join(lines) + '\r\n\r\n').encode() + b, c == '8bit'


def bnd(seed, n):
    return '=_' + hashlib.md5(f'{seed}{n}'.encode()).hexdigest()[:24]


def multipart(sub, parts, seed):
    b = bnd(seed, sub + str(len(parts)))
    out = f'Content-Type: multipart/{sub}; boundary="{b}"\r\n\r\n'.encode()
    out += b'This is a multi-part message in MIME format.\r\n'
    for p in parts:
        out += f'--{b}\r\n'.encode() + p + b'\r\n'
    out += f'--{b}--\r\n'.encode()
    return out


def body_entity(m, seed):
    """m: dict with body, cs, cte, html (bool|str), ics (str|None), ics_mode ('alt'|'att'), attach (dict|None)."""
    cs, cte = m.get('cs', 'utf-8'), m.get('cte', 'qp')
    plain, _ = leaf('text/plain', m['body'], cs, cte)
    entity = plain
    if m.get('html'):
        htext = m['html'] if isinstance(m['html'], str) else html_of(m['body']).replace('{cs}', cs)
        hpart, _ = leaf('text/html', htext, cs, m.get('hcte', cte))
        alt = [plain, hpart]
        if m.get('ics') and m.get('ics_mode', 'att') == 'alt':
            ip, _ = leaf('text/calendar; method=REQUEST; charset="utf-8"', m['ics'], 'utf-8', m.get('icte', '8bit'))
            alt.append(ip)
        entity = multipart('alternative', alt, seed + 'a')
    elif m.get('ics') and m.get('ics_mode', 'att') == 'alt':
        ip, _ = leaf('text/calendar; method=REQUEST; charset="utf-8"', m['ics'], 'utf-8', m.get('icte', '8bit'))
        entity = multipart('alternative', [plain, ip], seed + 'a')
    mixed = []
    if m.get('ics') and m.get('ics_mode', 'att') == 'att':
        ip, _ = leaf('text/calendar; method=REQUEST; charset="utf-8"; name="invite.ics"', m['ics'], 'utf-8', m.get('icte', 'b64'),
                     ['Content-Disposition: attachment; filename="invite.ics"'])
        mixed.append(ip)
    if m.get('attach'):
        a = m['attach']
        inner = message_bytes(a, seed + 'inner')
        fn = a.get('fname', 'original.eml')
        mixed.append(f'Content-Type: message/rfc822\r\nContent-Disposition: attachment; filename="{fn}"\r\n\r\n'.encode() + inner)
    if mixed:
        entity = multipart('mixed', [entity] + mixed, seed + 'm')
    return entity


def message_bytes(m, seed):
    cs = m.get('cs', 'utf-8')
    h = [hdr('From', m['frm'], cs), hdr('To', m.get('to', ASSISTANT), cs)]
    if m.get('cc'):
        h.append(hdr('Cc', m['cc'], cs))
    h += [hdr('Subject', m['subj'], cs), 'Date: ' + m['date'],
          'Message-ID: <' + hashlib.md5(seed.encode()).hexdigest()[:20] + '@' + m['frm'].rsplit('@', 1)[1].rstrip('>') + '>',
          'MIME-Version: 1.0']
    if m.get('xmailer'):
        h.append('X-Mailer: ' + m['xmailer'])
    return ('\r\n'.join(h) + '\r\n').encode() + body_entity(m, seed)


def now_dt(item):
    return datetime.strptime(item['now'], '%Y-%m-%d %H:%M').replace(tzinfo=ZoneInfo(item['uz']))


KEYS = ['lang', 'kind', 'now', 'userZone', 'company', 'companyAlternatives', 'role', 'start', 'zone', 'durationMinutes',
        'interviewers', 'notInterviewers', 'decisionDate', 'notes']


def build_lang(lang):
    mod = importlib.import_module(f'items_{lang}')
    d = os.path.join(ROOT, 'forwards', lang); os.makedirs(d, exist_ok=True)
    for it in mod.ITEMS:
        nd = now_dt(it)
        it['date'] = format_datetime(nd)
        raw = message_bytes(it, it['id'])
        open(os.path.join(d, it['id'] + '.eml'), 'wb').write(raw)
        j = {'lang': lang, 'kind': it['kind'], 'now': nd.isoformat(), 'userZone': it['uz'],
             'company': it['company'], 'companyAlternatives': it.get('alts', []), 'role': it.get('role'),
             'start': it.get('start'), 'zone': it.get('zone'), 'durationMinutes': it.get('dur'),
             'interviewers': it.get('iv', []), 'notInterviewers': it.get('niv', []), 'decisionDate': it.get('dd'),
             'notes': it['notes']}
        assert list(j) == KEYS
        open(os.path.join(d, it['id'] + '.json'), 'w', encoding='utf-8').write(json.dumps(j, ensure_ascii=False, indent=1) + '\n')
    return len(mod.ITEMS)


RKEYS = ['id', 'lang', 'now', 'zone', 'company', 'answering', 'text', 'expect']


def build_replies(lang):
    mod = importlib.import_module(f'replies_{lang}')
    os.makedirs(os.path.join(ROOT, 'replies'), exist_ok=True)
    out = []
    for n, r in enumerate(mod.REPLIES, 1):
        closing = r['intent'] if r['intent'] in ('offer', 'rejected', 'withdrawn') else None
        out.append({'id': f'{lang}-{n:03d}', 'lang': lang, 'now': r['now'] + ':00', 'zone': r['zone'], 'company': r['company'],
                    'answering': r['ans'], 'text': r['text'],
                    'expect': {'intent': r['intent'], 'date': r['date'], 'time': r['time'], 'closing': closing}})
    with open(os.path.join(ROOT, 'replies', f'{lang}.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    return len(out)


if __name__ == '__main__':
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    langs = sys.argv[1:] or LANGS
    for lang in langs:
        if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), f'items_{lang}.py')):
            print(lang, 'forwards', build_lang(lang))
        if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), f'replies_{lang}.py')):
            print(lang, 'replies', build_replies(lang))
