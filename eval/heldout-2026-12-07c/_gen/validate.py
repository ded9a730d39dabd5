import os, sys, json, glob, datetime as dt, zoneinfo
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
bad = 0
def err(*a):
    global bad; bad += 1; print('ERR', *a)

def texts(msg, acc):
    for k in ('From', 'To', 'Cc', 'Subject'):
        if msg[k]: acc.append(str(msg[k]))
    for part in msg.walk():
        if part.defects: err('defects', part.defects)
        ct = part.get_content_type()
        if ct == 'message/rfc822':
            continue
        if part.get_content_maintype() == 'text':
            t = part.get_content()
            if '\ufffd' in t: err('U+FFFD')
            acc.append(t)
    return acc

def check_forwards():
    n = 0
    for lang in ['en', 'de', 'fr', 'es', 'pt', 'nl', 'it']:
        for p in sorted(glob.glob(f'{ROOT}/forwards/{lang}/*.eml')):
            n += 1
            raw = open(p, 'rb').read()
            if b'\n' in raw.replace(b'\r\n', b'') or b'\r' in raw.replace(b'\r\n', b''): err(p, 'bare LF/CR')
            if any(len(l) > 998 for l in raw.split(b'\r\n')): err(p, 'long line')
            msg = BytesParser(policy=policy.default).parsebytes(raw)
            if msg.defects: err(p, msg.defects)
            acc = texts(msg, [])
            for part in msg.walk():
                if part.get_content_type() == 'message/rfc822':
                    inner = part.get_payload()[0] if isinstance(part.get_payload(), list) else part.get_content()
                    texts(inner, acc)
            text = '\n'.join(acc)
            j = json.load(open(p[:-4] + '.json', encoding='utf-8'))
            keys = ['lang','kind','now','userZone','company','companyAlternatives','role','start','zone','durationMinutes','interviewers','notInterviewers','decisionDate','notes']
            if list(j) != keys: err(p, 'keys', list(j))
            d = parsedate_to_datetime(msg['Date'])
            now = dt.datetime.fromisoformat(j['now'])
            if d != now or d.utcoffset() != now.utcoffset(): err(p, 'now != Date', d, now)
            if not (dt.datetime(2028, 8, 1, tzinfo=dt.timezone.utc) <= now <= dt.datetime(2028, 12, 1, tzinfo=dt.timezone.utc)): err(p, 'now out of range')
            if j['kind'] in ('invite', 'reschedule'):
                st = dt.datetime.fromisoformat(j['start']).replace(tzinfo=zoneinfo.ZoneInfo(j['zone']))
                if st <= now: err(p, 'start before now')
                if st - now > dt.timedelta(days=60): err(p, 'start far')
            else:
                if j['start'] is not None: err(p, 'start should be null')
            for nm in j['interviewers'] + j['notInterviewers']:
                if nm not in text: err(p, 'name missing', nm)
            if j['company'] and j['company'] not in text and not any(a in text for a in j['companyAlternatives']): err(p, 'company missing', j['company'])
            if j['role'] and j['role'] not in text: err(p, 'role missing', j['role'])
            if j['decisionDate']: dt.date.fromisoformat(j['decisionDate'])
    print('forwards checked', n)

KEYS = ['id', 'lang', 'now', 'zone', 'company', 'answering', 'text', 'expect']
INTENTS = 'thanked followed-up decision-date heard-back next-round offer rejected withdrawn snooze undo reopen correct status export help forget none'.split()
def check_replies():
    n = 0
    for lang in ['en', 'de', 'fr', 'es', 'pt', 'nl', 'it']:
        p = f'{ROOT}/replies/{lang}.jsonl'
        if not os.path.exists(p): continue
        ids = set()
        for line in open(p, encoding='utf-8'):
            r = json.loads(line); n += 1
            if list(r) != KEYS: err(p, 'keys', r)
            if r['id'] in ids: err('dup', r['id'])
            ids.add(r['id'])
            e = r['expect']
            if list(e) != ['intent', 'date', 'time', 'closing']: err(r['id'], 'expect keys')
            if e['intent'] not in INTENTS: err(r['id'], 'intent')
            if r['answering'] not in 'confirmation prep thank-you follow-up-1 follow-up-2 move-on digest'.split(): err(r['id'], 'answering')
            if e['closing'] not in (None, 'offer', 'rejected', 'withdrawn'): err(r['id'], 'closing')
            now = dt.datetime.fromisoformat(r['now'])
            if not (dt.datetime(2028, 8, 1) <= now <= dt.datetime(2028, 11, 30, 23, 59)): err(r['id'], 'now range')
            zoneinfo.ZoneInfo(r['zone'])
            if e['date']: dt.date.fromisoformat(e['date'])
            if e['time']: dt.time.fromisoformat(e['time'])
    print('replies checked', n)

check_forwards(); check_replies()
print('errors', bad)
