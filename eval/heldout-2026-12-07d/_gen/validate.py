import json, glob, os, sys, re, datetime as dt
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo
from collections import Counter
sys.path.insert(0, os.path.dirname(__file__))
from lib import WD, OUT

KEYS = ["lang", "kind", "now", "userZone", "company", "companyAlternatives", "role", "start", "zone", "durationMinutes",
        "interviewers", "notInterviewers", "decisionDate", "notes"]
KINDS = {"invite", "reschedule", "rejection", "offer", "not-interview"}
errs, warns = [], []

def texts(m, acc, defects):
    defects += list(m.defects)
    for k, v in m.items():
        acc.append(str(v))
    if m.get_content_type() == 'message/rfc822':
        inner = m.get_payload()[0] if isinstance(m.get_payload(), list) else m.get_payload()
        texts(inner, acc, defects); return
    if m.is_multipart():
        for p in m.iter_parts():
            texts(p, acc, defects)
        return
    if m.get_content_maintype() == 'text':
        c = m.get_content()
        if '\ufffd' in c: errs.append('U+FFFD')
        acc.append(c)

kinds = Counter()
for jf in sorted(glob.glob(f"{OUT}/forwards/*/*.json")):
    ef = jf[:-5] + '.eml'
    j = json.load(open(jf, encoding='utf-8'))
    name = os.path.basename(jf)
    if list(j.keys()) != KEYS: errs.append(f"{name}: keys")
    kinds[(j['lang'], j['kind'])] += 1
    if j['kind'] not in KINDS: errs.append(f"{name}: kind")
    raw = open(ef, 'rb').read()
    if re.search(rb'(?<!\r)\n', raw) or re.search(rb'\r(?!\n)', raw): errs.append(f"{name}: bare LF/CR")
    for l in raw.split(b'\r\n'):
        if len(l) > 998: errs.append(f"{name}: long line")
    m = BytesParser(policy=policy.default).parsebytes(raw)
    acc, defects = [], []
    texts(m, acc, defects)
    if defects: errs.append(f"{name}: defects {defects}")
    d = parsedate_to_datetime(m['Date'])
    now = dt.datetime.fromisoformat(j['now'])
    if d != now or d.utcoffset() != now.utcoffset(): errs.append(f"{name}: now != Date {d} {now}")
    if now.utcoffset() != now.astimezone(ZoneInfo(j['userZone'])).utcoffset(): errs.append(f"{name}: offset vs userZone")
    if not ('2029-01-08' <= j['now'][:10] <= '2029-06-29'): errs.append(f"{name}: now out of range")
    full = '\n'.join(acc)
    low = full.lower()
    if j['kind'] in ('invite', 'reschedule'):
        if not j['start'] or not j['zone']: errs.append(f"{name}: start/zone missing")
        else:
            st = dt.datetime.fromisoformat(j['start']).replace(tzinfo=ZoneInfo(j['zone']))
            if st <= now: errs.append(f"{name}: start before now")
            sd = st.date()
            wd = WD[j['lang']][sd.weekday()].lower()
            wd_en = WD['en'][sd.weekday()].lower()
            if wd[:3] not in low and wd_en[:3] not in low: warns.append(f"{name}: weekday {wd} of start not in text")
            days = ['day'] + [str(sd.day)]
            if str(sd.day) not in full: warns.append(f"{name}: day number {sd.day} not in text")
    else:
        if j['start'] is not None: errs.append(f"{name}: start should be null")
    for n in [j['company']] + j['interviewers'] + j['notInterviewers'] + ([j['role']] if j['role'] else []) + j['companyAlternatives']:
        if n and n.lower() not in low: errs.append(f"{name}: '{n}' not in text")
    if j['company'] is None: errs.append(f"{name}: company null")
    if set(j['interviewers']) & set(j['notInterviewers']): errs.append(f"{name}: overlap")
    if j['decisionDate'] and j['decisionDate'] <= j['now'][:10]: errs.append(f"{name}: decision date before now")

RKEYS = ["id", "lang", "now", "zone", "company", "answering", "text", "expect"]
EKEYS = ["intent", "date", "time", "closing"]
ANS = {"confirmation", "prep", "thank-you", "follow-up-1", "follow-up-2", "move-on", "digest"}
INT = {"thanked", "followed-up", "heard-back", "decision-date", "next-round", "offer", "rejected", "withdrawn", "snooze", "undo",
       "reopen", "correct", "status", "export", "help", "forget", "none"}
MIN = dict(thanked=3, **{'followed-up': 3, 'decision-date': 7, 'heard-back': 2, 'next-round': 4}, offer=2, rejected=3, withdrawn=2,
           snooze=4, undo=1, reopen=1, correct=2, status=1, export=1, help=1, forget=1, none=12)
for f in sorted(glob.glob(f"{OUT}/replies/*.jsonl")):
    lang = os.path.basename(f)[:2]
    c = Counter(); texts_seen = set(); n = 0
    for line in open(f, encoding='utf-8'):
        r = json.loads(line); n += 1
        if list(r.keys()) != RKEYS or list(r['expect'].keys()) != EKEYS: errs.append(f"{r.get('id')}: keys")
        e = r['expect']; c[e['intent']] += 1
        if r['answering'] not in ANS: errs.append(f"{r['id']}: answering")
        if e['intent'] not in INT: errs.append(f"{r['id']}: intent")
        if r['text'] in texts_seen: errs.append(f"{r['id']}: dup text")
        texts_seen.add(r['text'])
        now = dt.datetime.fromisoformat(r['now'])
        if now.tzinfo: errs.append(f"{r['id']}: now has offset")
        if not ('2029-01-08' <= r['now'][:10] <= '2029-06-29'): errs.append(f"{r['id']}: now range")
        ZoneInfo(r['zone'])
        want = {'offer': 'offer', 'rejected': 'rejected', 'withdrawn': 'withdrawn'}.get(e['intent'])
        if e['closing'] != want: errs.append(f"{r['id']}: closing {e['closing']} vs intent {e['intent']}")
        if e['intent'] == 'next-round' and not (e['date'] and e['time']): errs.append(f"{r['id']}: next-round needs date+time")
        if e['intent'] == 'decision-date' and not e['date']: errs.append(f"{r['id']}: decision-date needs date")
        if e['date'] and not re.fullmatch(r'\d{4}-\d\d-\d\d', e['date']): errs.append(f"{r['id']}: date fmt")
        if e['time'] and not re.fullmatch(r'\d\d:\d\d', e['time']): errs.append(f"{r['id']}: time fmt")
        if e['date'] and e['intent'] in ('next-round', 'decision-date', 'snooze') and e['date'] < r['now'][:10]: errs.append(f"{r['id']}: date in past")
        if r['lang'] != lang: errs.append(f"{r['id']}: lang")
    if n != 50: errs.append(f"{lang}: {n} replies")
    for k, v in MIN.items():
        if c[k] < v: errs.append(f"{lang}: {k} {c[k]} < {v}")
    print(lang, dict(c))
for lang in WD:
    got = {k: kinds[(lang, k)] for k in KINDS}
    print(lang, got, sum(got.values()))
    for k, v in dict(invite=8, reschedule=2, rejection=1, offer=1, **{'not-interview': 2}).items():
        if got[k] < v: errs.append(f"{lang}: {k} {got[k]} < {v}")
    if sum(got.values()) != 14: errs.append(f"{lang}: {sum(got.values())} forwards")
for w in warns: print('WARN', w)
for e in errs: print('ERR', e)
print('errors:', len(errs), 'warnings:', len(warns))
