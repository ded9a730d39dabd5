"""Checks every forward .eml/.json and every reply line."""
import os, sys, json, glob, email, datetime as dt
from email import policy
from zoneinfo import ZoneInfo
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
errs = []
def err(*a): errs.append(' '.join(str(x) for x in a))

def texts(msg):
    out = []
    for part in msg.walk():
        for d in part.defects:
            err('defect', part.get_content_type(), d)
        ct = part.get_content_type()
        if ct == 'message/rfc822':
            continue
        if part.get_content_maintype() == 'text':
            raw = part.get_payload(decode=True)
            cs = part.get_content_charset() or 'us-ascii'
            try:
                raw.decode(cs)
            except Exception as e:
                err('decode', ct, e)
            c = part.get_content()
            if '\ufffd' in c:
                err('U+FFFD in', ct)
            out.append(c)
    return out

KINDS = {'invite', 'reschedule', 'rejection', 'offer', 'not-interview'}
n = 0
for eml in sorted(glob.glob(os.path.join(ROOT, 'forwards', '*', '*.eml'))):
    n += 1
    name = os.path.basename(eml)
    data = open(eml, 'rb').read()
    if b'\n' in data.replace(b'\r\n', b''):
        err(name, 'bare LF')
    if b'\r' in data.replace(b'\r\n', b''):
        err(name, 'bare CR')
    for ln in data.split(b'\r\n'):
        if len(ln) > 998:
            err(name, 'long line')
    msg = email.message_from_bytes(data, policy=policy.default)
    for d in msg.defects:
        err(name, 'defect', d)
    alltext = '\n'.join(texts(msg))
    for k in ('From', 'Subject', 'Date'):
        alltext += '\n' + str(msg[k])
    for part in msg.walk():
        if part.get_content_type() == 'message/rfc822':
            inner = part.get_payload()[0]
            for k in ('From', 'Subject'):
                alltext += '\n' + str(inner[k])
    j = json.load(open(eml[:-4] + '.json', encoding='utf-8'))
    hdrdate = msg['Date'].datetime
    now = dt.datetime.fromisoformat(j['now'])
    if now != hdrdate or now.utcoffset() != hdrdate.utcoffset():
        err(name, 'now != Date', j['now'], hdrdate)
    if now.utcoffset() != now.replace(tzinfo=ZoneInfo(j['userZone'])).utcoffset():
        err(name, 'now offset does not match userZone')
    if not (dt.datetime(2027, 12, 1) <= now.replace(tzinfo=None) <= dt.datetime(2028, 7, 31, 23, 59)):
        err(name, 'now out of period')
    if j['kind'] not in KINDS:
        err(name, 'kind')
    if j['kind'] in ('invite', 'reschedule'):
        st = dt.datetime.fromisoformat(j['start']).replace(tzinfo=ZoneInfo(j['zone']))
        if st <= now:
            err(name, 'start not after now')
    elif j['start'] is not None:
        err(name, 'start set for', j['kind'])
    low = alltext.lower()
    for p in j['interviewers'] + j['notInterviewers']:
        if p.lower() not in low:
            err(name, 'name missing', p)
    if j['company'] and j['company'].lower() not in low:
        err(name, 'company missing', j['company'])
    # calendar parts must agree with the expected start (same instant)
    for part in msg.walk():
        if part.get_content_type() == 'text/calendar' and j['start']:
            cal = part.get_content().replace('\r\n ', '').replace('\n ', '')
            inev = False
            for ln in cal.splitlines():
                if ln == 'BEGIN:VEVENT': inev = True
                if inev and ln.startswith('DTEND') and j['durationMinutes']:
                    val2 = ln.rsplit(':', 1)[1]
                    f = '%Y%m%dT%H%M%SZ' if val2.endswith('Z') else '%Y%m%dT%H%M%S'
                    st = [l for l in cal.splitlines() if l.startswith('DTSTART')][-1].rsplit(':', 1)[1]
                    mins = (dt.datetime.strptime(val2, f) - dt.datetime.strptime(st, f)).seconds // 60
                    if mins != j['durationMinutes']: err(name, 'ICS duration', mins, '!=', j['durationMinutes'])
                if inev and ln.startswith('DTSTART'):
                    val = ln.rsplit(':', 1)[1]
                    exp = dt.datetime.fromisoformat(j['start']).replace(tzinfo=ZoneInfo(j['zone']))
                    if val.endswith('Z'):
                        got = dt.datetime.strptime(val, '%Y%m%dT%H%M%SZ').replace(tzinfo=dt.timezone.utc)
                        if got != exp: err(name, 'ICS UTC start mismatch', val, exp)
                    else:
                        got = dt.datetime.strptime(val, '%Y%m%dT%H%M%S')
                        if got.strftime('%Y-%m-%dT%H:%M') != j['start']: err(name, 'ICS local start mismatch', val)
                if ln.startswith('DTEND') and j['durationMinutes']:
                    pass
    if j['decisionDate']:
        dt.date.fromisoformat(j['decisionDate'])
    if j['lang'] != os.path.basename(os.path.dirname(eml)):
        err(name, 'lang')
print('forwards checked:', n)

RKEYS = ['id', 'lang', 'now', 'zone', 'company', 'answering', 'text', 'expect']
INTENTS = 'thanked followed-up decision-date heard-back next-round offer rejected withdrawn snooze undo reopen correct status export help forget none'.split()
m = 0
for fn in sorted(glob.glob(os.path.join(ROOT, 'replies', '*.jsonl'))):
    ids = set()
    for ln in open(fn, encoding='utf-8'):
        r = json.loads(ln); m += 1
        if list(r.keys()) != RKEYS: err(r.get('id'), 'keys')
        if r['id'] in ids: err(r['id'], 'dup id')
        ids.add(r['id'])
        ZoneInfo(r['zone'])
        nw = dt.datetime.fromisoformat(r['now'])
        if not (dt.datetime(2027, 12, 1) <= nw <= dt.datetime(2028, 7, 31, 23, 59)): err(r['id'], 'now out of period')
        e = r['expect']
        if list(e.keys()) != ['intent', 'date', 'time', 'closing']: err(r['id'], 'expect keys')
        if e['intent'] not in INTENTS: err(r['id'], 'intent', e['intent'])
        if e['date']: dt.date.fromisoformat(e['date'])
        if e['time']: dt.time.fromisoformat(e['time'])
        if e['closing'] not in (None, 'offer', 'rejected', 'withdrawn'): err(r['id'], 'closing')
        if e['closing'] and e['intent'] not in ('offer', 'rejected', 'withdrawn'): err(r['id'], 'closing/intent mismatch')
        if r['answering'] not in 'confirmation prep thank-you follow-up-1 follow-up-2 move-on digest'.split(): err(r['id'], 'answering')
print('replies checked:', m)
for e in errs: print('ERR', e)
print('errors:', len(errs))
sys.exit(1 if errs else 0)
