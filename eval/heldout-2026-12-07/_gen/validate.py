"""Checks every .eml/.json pair and every reply line; prints count tables."""
import os, re, json, glob, datetime as dt, collections
from zoneinfo import ZoneInfo
from email import message_from_bytes
from email.policy import default
from email.utils import parsedate_to_datetime
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
LANGS = ['en', 'de', 'fr', 'es', 'pt', 'nl', 'it']
LO, HI = dt.date(2027, 4, 5), dt.date(2027, 11, 30)
errs = []
def err(*a): errs.append(' '.join(map(str, a)))
def texts(msg, where):
    out = []
    for p in msg.walk():
        if p.defects: err(where, 'defects', p.get_content_type(), p.defects)
        if p.get_content_maintype() == 'text':
            t = p.get_content()
            if '\ufffd' in t: err(where, 'U+FFFD in', p.get_content_type())
            if p.get_content_type() == 'text/calendar': t = t.replace('\r\n ', '').replace('\n ', '').replace('\\,', ',')
            if p.get_content_type() == 'text/html':
                import html; t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
            out.append(t.replace('\u2019', "'"))
        for h in ('Subject', 'From', 'To'):
            if p.get(h): out.append(str(p.get(h)))
    return '\n'.join(out)
fcount = collections.Counter(); cal = collections.Counter(); r822 = collections.Counter()
for lang in LANGS:
    for eml in sorted(glob.glob(f'{ROOT}/forwards/{lang}/*.eml')):
        iid = os.path.basename(eml)[:-4]; raw = open(eml, 'rb').read()
        if re.search(rb'(?<!\r)\n', raw): err(iid, 'bare LF')
        if max(len(l) for l in raw.split(b'\r\n')) > 998: err(iid, 'line > 998')
        msg = message_from_bytes(raw, policy=default)
        if msg.defects: err(iid, 'top defects', msg.defects)
        T = texts(msg, iid)
        J = json.load(open(eml[:-4] + '.json', encoding='utf-8'))
        fcount[(lang, J['kind'])] += 1
        if any(p.get_content_type() == 'text/calendar' for p in msg.walk()): cal[lang] += 1
        if any(p.get_content_type() == 'message/rfc822' for p in msg.walk()): r822[lang] += 1
        now = dt.datetime.fromisoformat(J['now'])
        if parsedate_to_datetime(msg['Date']) != now or now.utcoffset() != parsedate_to_datetime(msg['Date']).utcoffset(): err(iid, 'now != Date')
        if not (LO <= now.date() <= HI): err(iid, 'now out of period')
        if now.utcoffset() != now.replace(tzinfo=None).replace(tzinfo=ZoneInfo(J['userZone'])).utcoffset(): err(iid, 'offset vs userZone')
        if J['kind'] in ('invite', 'reschedule'):
            s = dt.datetime.fromisoformat(J['start']).replace(tzinfo=ZoneInfo(J['zone']))
            if s <= now: err(iid, 'start not after now')
        elif J['start'] is not None: err(iid, 'start should be null')
        for p in msg.walk():
            if p.get_content_type() == 'text/calendar':
                c = p.get_content().replace('\r\n ', '').replace('\n ', '')
                ev = c[c.index('BEGIN:VEVENT'):]
                d = re.search(r'DTSTART(?:;TZID=(?:"[^"]*"|[^:;]*))?:(\S+)', ev).group(1)
                exp = dt.datetime.fromisoformat(J['start']).replace(tzinfo=ZoneInfo(J['zone']))
                if d.endswith('Z'):
                    ok = dt.datetime.strptime(d, '%Y%m%dT%H%M%SZ').replace(tzinfo=dt.timezone.utc) == exp
                else:
                    ok = d == exp.strftime('%Y%m%dT%H%M%S')
                if not ok: err(iid, 'ICS DTSTART mismatch', d)
                if 'METHOD:REQUEST' not in c: err(iid, 'ICS without METHOD:REQUEST')
        for n in J['interviewers'] + J['notInterviewers']:
            if n not in T: err(iid, 'name not in text:', n)
        if J['company'] and J['company'] not in T and not any(a in T for a in J['companyAlternatives']): err(iid, 'company not in text')
        for k in ('start',):
            if J[k]: dt.datetime.fromisoformat(J[k])
        if J['decisionDate']: dt.date.fromisoformat(J['decisionDate'])
KEYS = ['id', 'lang', 'now', 'zone', 'company', 'answering', 'text', 'expect']
INT = 'thanked followed-up decision-date heard-back next-round offer rejected withdrawn snooze undo reopen correct status export help forget none'.split()
ANS = 'confirmation prep thank-you follow-up-1 follow-up-2 move-on digest'.split()
icount = collections.Counter(); extra = collections.Counter()
for lang in LANGS:
    p = f'{ROOT}/replies/{lang}.jsonl'
    if not os.path.exists(p): continue
    for ln in open(p, encoding='utf-8'):
        o = json.loads(ln)
        if list(o) != KEYS: err(o.get('id'), 'keys', list(o))
        e = o['expect']
        if list(e) != ['intent', 'date', 'time', 'closing']: err(o['id'], 'expect keys')
        if e['intent'] not in INT: err(o['id'], 'intent')
        if o['answering'] not in ANS: err(o['id'], 'answering')
        if e['closing'] not in (None, 'offer', 'rejected', 'withdrawn'): err(o['id'], 'closing')
        if e['closing'] and e['closing'] != e['intent']: err(o['id'], 'closing/intent mismatch')
        if e['date']: dt.date.fromisoformat(e['date'])
        if e['time'] and not re.fullmatch(r'([01]\d|2[0-3]):[0-5]\d', e['time']): err(o['id'], 'time')
        n = dt.datetime.fromisoformat(o['now']); ZoneInfo(o['zone'])
        if not (LO <= n.date() <= HI): err(o['id'], 'now out of period')
        if o['lang'] != lang or not o['id'].startswith(lang + '-'): err(o['id'], 'lang')
        icount[(lang, e['intent'])] += 1; extra[(lang, 'lines')] += 1
        if e['closing']: extra[(lang, 'closing')] += 1
        if e['date']: extra[(lang, 'date')] += 1
        if e['time']: extra[(lang, 'time')] += 1
        if e['closing'] is None and e['intent'] in ('none', 'heard-back', 'reopen', 'undo') : extra[(lang, 'nullclosing-trapish')] += 1
print('| lang | invite | reschedule | rejection | offer | not-interview | total | with text/calendar | as message/rfc822 |')
print('|---|---|---|---|---|---|---|---|---|')
K = ['invite', 'reschedule', 'rejection', 'offer', 'not-interview']
for l in LANGS + ['all']:
    row = [sum(fcount[(x, k)] for x in (LANGS if l == 'all' else [l])) for k in K]
    c = sum(cal[x] for x in (LANGS if l == 'all' else [l])); r = sum(r822[x] for x in (LANGS if l == 'all' else [l]))
    print(f'| {l} | ' + ' | '.join(map(str, row)) + f' | {sum(row)} | {c} | {r} |')
print()
print('| intent | ' + ' | '.join(LANGS) + ' |'); print('|---' * (len(LANGS) + 1) + '|')
for i in INT: print(f'| {i} | ' + ' | '.join(str(icount[(l, i)]) for l in LANGS) + ' |')
for k in ('lines', 'closing', 'date', 'time'): print(f'| {k} | ' + ' | '.join(str(extra[(l, k)]) for l in LANGS) + ' |')
print('\nERRORS:', len(errs)); [print(' ', e) for e in errs]
