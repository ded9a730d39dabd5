import os, json, glob, sys, re
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from datetime import datetime, timedelta, date
from zoneinfo import ZoneInfo
from collections import Counter
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
KEYS = ['lang','kind','now','userZone','company','companyAlternatives','role','start','zone','durationMinutes','interviewers','notInterviewers','decisionDate','notes']
KINDS = {'invite','reschedule','rejection','offer','not-interview'}
errs = []
def E(*a): errs.append(' '.join(str(x) for x in a))
counts = Counter()
for jf in sorted(glob.glob(os.path.join(ROOT, 'forwards', '*', '*.json'))):
    ef = jf[:-5] + '.eml'; iid = os.path.basename(jf)[:-5]
    j = json.load(open(jf, encoding='utf-8'))
    if list(j.keys()) != KEYS: E(iid, 'keys', list(j.keys()))
    if j['kind'] not in KINDS: E(iid, 'kind')
    counts[(j['lang'], j['kind'])] += 1
    raw = open(ef, 'rb').read()
    if re.search(rb'(?<!\r)\n', raw) or re.search(rb'\r(?!\n)', raw): E(iid, 'bare LF/CR')
    for ln in raw.split(b'\r\n'):
        if len(ln) > 998: E(iid, 'long line')
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    texts = []
    for k in ('subject', 'from', 'to', 'cc'):
        if msg[k]: texts.append(str(msg[k]))
    for part in msg.walk():
        if part.defects: E(iid, 'defects', part.get_content_type(), part.defects)
        ct = part.get_content_type()
        if ct == 'message/rfc822':
            inner = part.get_payload()[0]
            for k in ('subject', 'from', 'to', 'cc'):
                if inner[k]: texts.append(str(inner[k]))
            if inner.defects: E(iid, 'inner defects', inner.defects)
        if part.get_content_maintype() == 'text':
            cs = part.get_content_charset()
            try:
                part.get_payload(decode=True).decode(cs)
            except Exception as ex: E(iid, 'strict decode', cs, ex)
            t = part.get_content()
            if '\ufffd' in t: E(iid, 'U+FFFD')
            if ct in ('text/plain', 'text/calendar'): texts.append(t)
    alltext = '\n'.join(texts)
    now = datetime.fromisoformat(j['now'])
    hd = parsedate_to_datetime(str(msg['date']))
    if hd != now or hd.utcoffset() != now.utcoffset(): E(iid, 'now != Date', hd, now)
    ZoneInfo(j['userZone'])
    if not (datetime(2031,1,8,tzinfo=now.tzinfo) <= now <= datetime(2031,6,20,23,59,tzinfo=now.tzinfo)): E(iid, 'now out of window')
    if j['kind'] in ('invite', 'reschedule'):
        if not j['start'] or not j['zone']: E(iid, 'no start')
        else:
            st = datetime.fromisoformat(j['start']).replace(tzinfo=ZoneInfo(j['zone']))
            if st <= now: E(iid, 'start not after now')
    else:
        if j['start'] is not None: E(iid, 'start should be null')
    if j['company'] and j['company'] not in alltext: E(iid, 'company not in text', j['company'])
    for a in j['companyAlternatives']:
        pass
    if j['role'] and j['role'] not in alltext: E(iid, 'role not in text', j['role'])
    for n in j['interviewers'] + j['notInterviewers']:
        if n not in alltext: E(iid, 'name not in text', n)
    if set(j['interviewers']) & set(j['notInterviewers']): E(iid, 'overlap')
    if j['decisionDate']: date.fromisoformat(j['decisionDate'])
    if j['kind'] in ('offer', 'rejection', 'not-interview') and j['decisionDate']: E(iid, 'dd on non-invite?')
for l in sorted({k[0] for k in counts}):
    print(l, {k: counts[(l, k)] for k in ['invite','reschedule','rejection','offer','not-interview']})
print('forward errors:', len(errs))
for e in errs: print('  ', e)

# ---- replies ----
RKEYS = ['id','lang','now','zone','company','answering','text','expect']
EKEYS = ['intent','date','time','closing']
INTENTS = {'thanked','followed-up','heard-back','decision-date','next-round','offer','rejected','withdrawn','snooze','undo','reopen','correct','status','export','help','forget','none'}
ANS = {'confirmation','prep','thank-you','follow-up-1','follow-up-2','move-on','digest'}
rerr = []; ids = set()
for f in sorted(glob.glob(os.path.join(ROOT, 'replies', '*.jsonl'))):
    lang = os.path.basename(f)[:-6]; n = 0
    for ln in open(f, encoding='utf-8'):
        o = json.loads(ln); n += 1
        if list(o.keys()) != RKEYS or list(o['expect'].keys()) != EKEYS: rerr.append(('keys', o['id']))
        if o['id'] in ids: rerr.append(('dup', o['id']))
        ids.add(o['id'])
        e = o['expect']
        if o['lang'] != lang or o['answering'] not in ANS or e['intent'] not in INTENTS: rerr.append(('value', o['id']))
        if e['closing'] not in (None, 'offer', 'rejected', 'withdrawn'): rerr.append(('closing', o['id']))
        if (e['intent'] in ('offer','rejected','withdrawn')) != (e['closing'] is not None): rerr.append(('closing mismatch', o['id']))
        if e['intent'] == 'next-round' and not (e['date'] and e['time']): rerr.append(('next-round needs date+time', o['id']))
        if e['date']: date.fromisoformat(e['date'])
        if e['time'] and not re.fullmatch(r'[0-2]\d:[0-5]\d', e['time']): rerr.append(('time', o['id']))
        datetime.fromisoformat(o['now']); ZoneInfo(o['zone'])
        if not isinstance(o['text'], str) or not o['text'].strip(): rerr.append(('text', o['id']))
    print('replies', lang, n)
print('reply errors:', len(rerr))
for e in rerr: print('  ', e)
