import os, sys, json, glob, datetime as dt, re, calendar
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from email.header import decode_header, make_header

ROOT = os.path.join(os.path.dirname(__file__), '..')
KEYS = ['lang','kind','now','userZone','company','companyAlternatives','role','start','zone','durationMinutes',
        'interviewers','notInterviewers','decisionDate','notes']
KINDS = {'invite','reschedule','rejection','offer','not-interview'}
errs = []
def E(*a): errs.append(' '.join(str(x) for x in a))

def texts(msg, acc):
    for k in ('From','To','Subject','Cc'):
        if msg[k]: acc.append(str(msg[k]))
    for part in msg.walk():
        if part.defects: E('defect', part.defects)
        ct = part.get_content_type()
        if ct == 'message/rfc822':
            continue
        if part.get_content_maintype() == 'text':
            t = part.get_content()
            if '\ufffd' in t: E('U+FFFD')
            acc.append(t)
    return acc

counts = {}
for j in sorted(glob.glob(os.path.join(ROOT, 'forwards/*/*.json'))):
    eml = j[:-5] + '.eml'
    name = os.path.basename(j)
    d = json.load(open(j, encoding='utf-8'))
    if list(d.keys()) != KEYS: E(name, 'keys', list(d.keys()))
    if d['kind'] not in KINDS: E(name, 'kind')
    counts.setdefault(d['lang'], {}).setdefault(d['kind'], 0); counts[d['lang']][d['kind']] += 1
    raw = open(eml, 'rb').read()
    if re.search(rb'(?<!\r)\n', raw) or re.search(rb'\r(?!\n)', raw): E(name, 'not CRLF')
    if any(len(l) > 998 for l in raw.split(b'\r\n')): E(name, 'long line')
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    if msg.defects: E(name, 'defects', msg.defects)
    hd = parsedate_to_datetime(str(msg['Date']))
    now = dt.datetime.fromisoformat(d['now'])
    if hd != now or hd.utcoffset() != now.utcoffset(): E(name, 'now != Date', hd, now)
    acc = texts(msg, [])
    for part in msg.walk():
        if part.get_content_type() == 'message/rfc822':
            inner = part.get_content()
            texts(inner, acc)
    full = '\n'.join(acc)
    flat = re.sub(r'\s+', ' ', full)
    for n in [d['company']] + d['companyAlternatives'] + ([d['role']] if d['role'] else []) + d['interviewers'] + d['notInterviewers']:
        if n and re.sub(r'\s+', ' ', n) not in flat: E(name, 'missing in text:', n)
    if d['start']:
        from zoneinfo import ZoneInfo
        st = dt.datetime.fromisoformat(d['start']).replace(tzinfo=ZoneInfo(d['zone']))
        if st <= now: E(name, 'start before now')
        if d['kind'] in ('rejection', 'offer', 'not-interview'): E(name, 'start on non-interview')
    elif d['kind'] in ('invite', 'reschedule'): E(name, 'no start')
    if d['kind'] in ('invite','reschedule') and not d['zone']: E(name, 'no zone')
    if not ('2029-07-09' <= d['now'][:10] <= '2029-12-21'): E(name, 'now out of range')
    if d['decisionDate'] and d['decisionDate'] < d['now'][:10]: E(name, 'decision before now')

INT = {'thanked','followed-up','heard-back','decision-date','next-round','offer','rejected','withdrawn','snooze','undo',
       'reopen','correct','status','export','help','forget','none'}
ANS = {'confirmation','prep','thank-you','follow-up-1','follow-up-2','move-on','digest'}
MIN = dict(thanked=3, **{'followed-up':3,'decision-date':7,'heard-back':2,'next-round':4}, offer=2, rejected=3, withdrawn=2,
           snooze=4, undo=1, reopen=1, correct=2, status=1, export=1, help=1, forget=1, none=12)
WDS = ['mon','tue','wed','thu','fri','sat','sun']
def calc(now, c):
    n = now.date()
    if c.startswith('+'): return n + dt.timedelta(days=int(c[1:]))
    if c == 'tomorrow': return n + dt.timedelta(days=1)
    if c.startswith('wd:') or c.startswith('next:'):
        w = WDS.index(c.split(':')[1]); k = (w - n.weekday()) % 7 or 7
        return n + dt.timedelta(days=k)
    if c.startswith('nw:'):  # weekday of next calendar week
        w = WDS.index(c.split(':')[1]); mon = n - dt.timedelta(days=n.weekday()) + dt.timedelta(days=7)
        return mon + dt.timedelta(days=w)
    if c.startswith('past:'):
        w = WDS.index(c.split(':')[1]); k = (n.weekday() - w) % 7 or 7
        return n - dt.timedelta(days=k)
    if c == 'eonw':
        mon = n - dt.timedelta(days=n.weekday()) + dt.timedelta(days=7); return mon + dt.timedelta(days=4)
    if c == 'eom':
        return n.replace(day=calendar.monthrange(n.year, n.month)[1])
    if c.startswith('mid:'):
        m = int(c[4:]); y = n.year + (1 if m < n.month else 0); return dt.date(y, m, 15)
    if c.startswith('eom:'):
        m = int(c[4:]); y = n.year + (1 if m < n.month else 0); return dt.date(y, m, calendar.monthrange(y, m)[1])
    raise ValueError(c)

rc = {}
for f in sorted(glob.glob(os.path.join(ROOT, 'replies/*.jsonl'))):
    lang = os.path.basename(f)[:-6]
    cfile = os.path.join(os.path.dirname(__file__), f'calc_{lang}.json')
    cmap = json.load(open(cfile)) if os.path.exists(cfile) else {}
    ic = {}; traps = 0; n = 0; ids = set()
    for line in open(f, encoding='utf-8'):
        o = json.loads(line); n += 1
        if list(o.keys()) != ['id','lang','now','zone','company','answering','text','expect']: E(o.get('id'), 'keys')
        if list(o['expect'].keys()) != ['intent','date','time','closing']: E(o['id'], 'expect keys')
        if o['id'] in ids: E(o['id'], 'dup id')
        ids.add(o['id'])
        x = o['expect']
        if x['intent'] not in INT: E(o['id'], 'intent', x['intent'])
        if o['answering'] not in ANS: E(o['id'], 'answering')
        ic[x['intent']] = ic.get(x['intent'], 0) + 1
        now = dt.datetime.fromisoformat(o['now'])
        if now.tzinfo: E(o['id'], 'now has offset')
        if not ('2029-07-09' <= o['now'][:10] <= '2029-12-21'): E(o['id'], 'now out of range')
        if x['date'] and not re.fullmatch(r'\d{4}-\d\d-\d\d', x['date']): E(o['id'], 'date fmt')
        if x['time'] and not re.fullmatch(r'\d\d:\d\d', x['time']): E(o['id'], 'time fmt')
        if x['intent'] in ('offer','rejected','withdrawn'):
            if x['closing'] != x['intent']: E(o['id'], 'closing mismatch')
        elif x['closing'] is not None: E(o['id'], 'closing on non-closing')
        if x['intent'] == 'next-round' and not (x['date'] and x['time']): E(o['id'], 'next-round needs date+time')
        if x['intent'] == 'decision-date' and not x['date']: E(o['id'], 'decision-date needs date')
        if x['intent'] in ('status','export','help') and o['company'] is not None and o['answering'] == 'digest': pass
        c = cmap.get(o['id'])
        if c:
            got = calc(now, c).isoformat()
            if got != x['date']: E(o['id'], 'calc', c, got, '!=', x['date'])
        if o.get('_trap'): traps += 1
    for k, v in MIN.items():
        if ic.get(k, 0) < v: E(lang, 'too few', k, ic.get(k, 0), '<', v)
    if n < 50: E(lang, 'only', n, 'lines')
    rc[lang] = (n, ic)

for lang, c in counts.items():
    need = {'invite': 8, 'reschedule': 2, 'rejection': 1, 'offer': 1, 'not-interview': 2}
    for k, v in need.items():
        if c.get(k, 0) < v: E(lang, 'forwards too few', k)
print(json.dumps(counts, indent=0))
for l, (n, ic) in rc.items(): print(l, n, ic)
print('\n'.join(errs) if errs else 'OK: no errors')
