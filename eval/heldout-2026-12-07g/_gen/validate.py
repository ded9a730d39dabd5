import os, sys, json, glob, re
from datetime import datetime, date, timedelta
from zoneinfo import ZoneInfo
from email import policy, message_from_bytes
from email.utils import parsedate_to_datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGS = ['en', 'de', 'fr', 'es', 'pt', 'nl', 'it']
KEYS = ['lang', 'kind', 'now', 'userZone', 'company', 'companyAlternatives', 'role', 'start', 'zone', 'durationMinutes',
        'interviewers', 'notInterviewers', 'decisionDate', 'notes']
KINDS = ['invite', 'reschedule', 'rejection', 'offer', 'not-interview']
errs = []
def E(*a): errs.append(' '.join(str(x) for x in a))

def texts(msg):
    out = []
    for part in msg.walk():
        if part.defects: E('defects', part.defects)
        for h in ('From', 'To', 'Cc', 'Subject'):
            if part.get(h): out.append(str(part.get(h)))
        if part.get_content_maintype() == 'text':
            t = part.get_content()
            if '\ufffd' in t: E('U+FFFD in part', part.get_content_type())
            out.append(t)
    return '\n'.join(out)

counts = {}
for lang in LANGS:
    for jp in sorted(glob.glob(f'{ROOT}/forwards/{lang}/*.json')):
        fid = os.path.basename(jp)[:-5]
        j = json.load(open(jp, encoding='utf-8'))
        raw = open(jp[:-5] + '.eml', 'rb').read()
        if list(j) != KEYS: E(fid, 'keys', list(j))
        if j['kind'] not in KINDS: E(fid, 'kind')
        counts.setdefault(lang, {}).setdefault(j['kind'], 0); counts[lang][j['kind']] += 1
        if j['lang'] != lang: E(fid, 'lang')
        if re.search(rb'(?<!\r)\n', raw) or re.search(rb'\r(?!\n)', raw): E(fid, 'non-CRLF')
        if any(len(l) > 998 for l in raw.split(b'\r\n')): E(fid, 'long line')
        msg = message_from_bytes(raw, policy=policy.default)
        txt = texts(msg)
        now = datetime.fromisoformat(j['now'])
        dh = parsedate_to_datetime(msg['Date'])
        if dh != now or dh.utcoffset() != now.utcoffset(): E(fid, 'Date header != now', msg['Date'], j['now'])
        uz = ZoneInfo(j['userZone'])
        if now.utcoffset() != now.astimezone(uz).utcoffset(): E(fid, 'now offset not userZone')
        if not ('2030-07-08' <= j['now'][:10] <= '2030-12-20'): E(fid, 'now out of window')
        if j['kind'] in ('invite', 'reschedule'):
            if not j['start'] or not j['zone']: E(fid, 'missing start/zone')
            else:
                st = datetime.fromisoformat(j['start']).replace(tzinfo=ZoneInfo(j['zone']))
                if st <= now: E(fid, 'start not after now')
        else:
            if j['start'] is not None: E(fid, 'start should be null')
        for nm in [j['company'], j['role']] + j['interviewers'] + j['notInterviewers']:
            if nm and nm not in txt: E(fid, 'not in text:', nm)
        if set(j['interviewers']) & set(j['notInterviewers']): E(fid, 'overlap')
        if j['decisionDate']: date.fromisoformat(j['decisionDate'])
        if j['durationMinutes'] is not None and not isinstance(j['durationMinutes'], int): E(fid, 'dur')

# replies
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import importlib, calendar
WDN = dict(mon=0, tue=1, wed=2, thu=3, fri=4, sat=5, sun=6)
def hint_date(now, chk):
    d = now.date()
    k, _, a = chk.partition(':')
    if k == 'wd':   # next such weekday strictly after today
        n = (WDN[a] - d.weekday()) % 7 or 7; return d + timedelta(days=n)
    if k == 'last':  # most recent such weekday strictly before today
        n = (d.weekday() - WDN[a]) % 7 or 7; return d - timedelta(days=n)
    if k == 'nwd':  # that weekday in next calendar week
        return d - timedelta(days=d.weekday()) + timedelta(days=7 + WDN[a])
    if k == 'eonw': return d - timedelta(days=d.weekday()) + timedelta(days=11)
    if k == 'eow': return d - timedelta(days=d.weekday()) + timedelta(days=4)
    if k.startswith('+'): return d + timedelta(days=int(k[1:]))
    if k == 'tmrw': return d + timedelta(days=1)
    if k == 'mid': return date(d.year, int(a), 15)
    if k == 'eom':
        m = int(a) if a else d.month; return date(d.year, m, calendar.monthrange(d.year, m)[1])
    raise ValueError(chk)
hintlog = []
trapc = {}
for lang in LANGS:
    try: mod = importlib.import_module(f'replies_{lang}')
    except ModuleNotFoundError: continue
    trapc[lang] = sum(1 for r in mod.REPLIES if r['T'])
    if trapc[lang] < 17: E(lang, 'too few traps', trapc[lang])
    for i, r in enumerate(mod.REPLIES, 1):
        if r['date'] and not r['chk']: E(lang, i, 'date without chk')
        if r['chk'] and r['chk'] != 'abs':
            got = hint_date(datetime.fromisoformat(r['now']), r['chk'])
            if got.isoformat() != r['date']: E(lang, i, 'hint', r['chk'], 'gives', got, 'but expect', r['date'])
            hintlog.append(f"{lang}-{i:03d} now={r['now']} ({datetime.fromisoformat(r['now']).strftime('%a')}) {r['chk']:>8} -> {got} ({got.strftime('%a')})  | {r['text']}")
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'relative_dates.txt'), 'w').write('\n'.join(hintlog) + '\n')
RKEYS = ['id', 'lang', 'now', 'zone', 'company', 'answering', 'text', 'expect']
ANS = ['confirmation', 'prep', 'thank-you', 'follow-up-1', 'follow-up-2', 'move-on', 'digest']
INT = ['thanked', 'followed-up', 'heard-back', 'decision-date', 'next-round', 'offer', 'rejected', 'withdrawn', 'snooze', 'undo',
       'reopen', 'correct', 'status', 'export', 'help', 'forget', 'none']
MIN = dict(thanked=3, **{'followed-up': 3, 'decision-date': 7, 'heard-back': 2, 'next-round': 4}, offer=2, rejected=3, withdrawn=2,
           snooze=4, undo=1, reopen=1, correct=2, status=1, export=1, help=1, forget=1, none=12)
rcounts = {}
for lang in LANGS:
    p = f'{ROOT}/replies/{lang}.jsonl'
    if not os.path.exists(p): E('missing', p); continue
    lines = open(p, encoding='utf-8').read().split('\n')
    assert lines[-1] == ''
    c = {}; traps = 0; texts_seen = set()
    for ln in lines[:-1]:
        o = json.loads(ln)
        if list(o) != RKEYS: E(o.get('id'), 'keys')
        ex = o['expect']
        if list(ex) != ['intent', 'date', 'time', 'closing']: E(o['id'], 'expect keys')
        if o['answering'] not in ANS: E(o['id'], 'answering')
        if ex['intent'] not in INT: E(o['id'], 'intent')
        if o['lang'] != lang: E(o['id'], 'lang')
        n = datetime.fromisoformat(o['now']); ZoneInfo(o['zone'])
        if n.tzinfo: E(o['id'], 'now has offset')
        if not ('2030-07-08' <= o['now'][:10] <= '2030-12-20'): E(o['id'], 'now out of window')
        if ex['date']: date.fromisoformat(ex['date'])
        if ex['time'] and not re.fullmatch(r'\d\d:\d\d', ex['time']): E(o['id'], 'time fmt')
        if ex['intent'] == 'next-round' and not (ex['date'] and ex['time']): E(o['id'], 'next-round needs date+time')
        if ex['intent'] in ('offer', 'rejected', 'withdrawn'):
            if ex['closing'] != {'offer': 'offer', 'rejected': 'rejected', 'withdrawn': 'withdrawn'}[ex['intent']]: E(o['id'], 'closing mismatch')
        elif ex['closing'] is not None: E(o['id'], 'closing set for non-closing intent')
        if ex['closing'] is None: traps += 0
        if ex['intent'] == 'decision-date' and not ex['date']: E(o['id'], 'decision-date without date')
        if o['text'] in texts_seen: E(o['id'], 'dup text')
        texts_seen.add(o['text'])
        c[ex['intent']] = c.get(ex['intent'], 0) + 1
    for k, v in MIN.items():
        if c.get(k, 0) < v: E(lang, 'replies: too few', k, c.get(k, 0))
    if len(lines) - 1 < 50: E(lang, 'fewer than 50 replies')
    rcounts[lang] = c

for lang in LANGS:
    need = dict(invite=8, reschedule=2, rejection=1, offer=1)
    need['not-interview'] = 2
    for k, v in need.items():
        if counts.get(lang, {}).get(k, 0) < v: E(lang, 'forwards: too few', k, counts.get(lang, {}).get(k, 0))
print(json.dumps(counts))
print(json.dumps(rcounts))
print('traps', trapc)
print('\n'.join(errs) or 'OK')
print(len(errs), 'errors')
