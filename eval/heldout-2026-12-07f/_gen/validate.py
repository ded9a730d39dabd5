import email, glob, json, os, sys, re
from email import policy
from email.utils import parsedate_to_datetime
from datetime import datetime, date, timedelta
from zoneinfo import ZoneInfo
from collections import Counter

OUT = '/work/heldout-set-7'
KEYS = ['lang', 'kind', 'now', 'userZone', 'company', 'companyAlternatives', 'role', 'start', 'zone',
        'durationMinutes', 'interviewers', 'notInterviewers', 'decisionDate', 'notes']
errs = []
counts = Counter()


def texts(msg, acc):
    for k in ('From', 'To', 'Cc', 'Subject'):
        if msg[k]:
            acc.append(str(msg[k]))
    for part in msg.walk():
        for d in part.defects:
            errs.append('%s: defect %r' % (cur, d))
        if hasattr(part, 'defects'):
            pass
        ct = part.get_content_type()
        if ct == 'message/rfc822':
            inner = part.get_content()
            texts(inner, acc)
        elif part.get_content_maintype() == 'text':
            t = part.get_content()
            if '\ufffd' in t:
                errs.append('%s: U+FFFD in %s' % (cur, ct))
            acc.append(t)


for lang in ['en', 'de', 'fr', 'es', 'pt', 'nl', 'it']:
    for p in sorted(glob.glob(f'{OUT}/forwards/{lang}/*.eml')):
        cur = os.path.basename(p)
        raw = open(p, 'rb').read()
        if re.search(rb'(?<!\r)\n', raw) or re.search(rb'\r(?!\n)', raw):
            errs.append(cur + ': non-CRLF line ending')
        for ln in raw.split(b'\r\n'):
            if len(ln) > 998:
                errs.append(cur + ': line > 998')
        msg = email.message_from_bytes(raw, policy=policy.default)
        acc = []
        texts(msg, acc)
        full = '\n'.join(acc)
        full_n = re.sub(r'\s+', ' ', full)
        j = json.load(open(p[:-4] + '.json', encoding='utf-8'))
        if list(j.keys()) != KEYS:
            errs.append(cur + ': keys ' + str(list(j.keys())))
        counts[(lang, j['kind'])] += 1
        if j['lang'] != lang:
            errs.append(cur + ': lang')
        dh = parsedate_to_datetime(str(msg['Date']))
        now = datetime.fromisoformat(j['now'])
        if dh != now or dh.utcoffset() != now.utcoffset():
            errs.append(f'{cur}: now {now} != Date {dh}')
        if ZoneInfo(j['userZone']).utcoffset(now.replace(tzinfo=None)) != now.utcoffset():
            errs.append(f'{cur}: now offset does not match userZone')
        if not (datetime(2030, 1, 7).date() <= now.date() <= datetime(2030, 6, 21).date()):
            errs.append(cur + ': now out of range')
        if j['kind'] in ('invite', 'reschedule'):
            st = datetime.fromisoformat(j['start']).replace(tzinfo=ZoneInfo(j['zone']))
            if st <= now:
                errs.append(cur + ': start not after now')
            if not re.fullmatch(r'\d{4}-\d\d-\d\dT\d\d:\d\d', j['start']):
                errs.append(cur + ': start format')
        else:
            if j['start'] is not None or j['zone'] is not None:
                errs.append(cur + ': start/zone should be null')
        names = [j['company']] + j['interviewers'] + j['notInterviewers'] + ([j['role']] if j['role'] else [])
        for n in names:
            if n not in full and n not in full_n:
                errs.append(f'{cur}: "{n}" not in decoded text')
        if j['decisionDate'] and not re.fullmatch(r'\d{4}-\d\d-\d\d', j['decisionDate']):
            errs.append(cur + ': dd format')
        if set(j['interviewers']) & set(j['notInterviewers']):
            errs.append(cur + ': overlap iv/niv')

# replies
RK = ['id', 'lang', 'now', 'zone', 'company', 'answering', 'text', 'expect']
EK = ['intent', 'date', 'time', 'closing']
ANS = {'confirmation', 'prep', 'thank-you', 'follow-up-1', 'follow-up-2', 'move-on', 'digest'}
INT = {'thanked', 'followed-up', 'heard-back', 'decision-date', 'next-round', 'offer', 'rejected', 'withdrawn', 'snooze',
       'undo', 'reopen', 'correct', 'status', 'export', 'help', 'forget', 'none'}
MIN = dict(thanked=3, **{'followed-up': 3, 'decision-date': 7, 'heard-back': 2, 'next-round': 4}, offer=2, rejected=3,
           withdrawn=2, snooze=4, undo=1, reopen=1, correct=2, status=1, export=1, help=1, forget=1, none=12)
WD = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
import calendar


def rel(spec, now):
    d = now.date()
    kind, _, arg = spec.partition(':')
    if kind == 'wd':  # next such weekday after today (strictly after)
        t = WD.index(arg); n = (t - d.weekday()) % 7 or 7
        return d + timedelta(n)
    if kind == 'nextwd':  # "next <weekday>": same as wd, but said on that weekday it is +7 (wd does that too)
        t = WD.index(arg); n = (t - d.weekday()) % 7 or 7
        return d + timedelta(n)
    if kind == 'wdnextweek':  # weekday of next calendar week
        t = WD.index(arg)
        return d - timedelta(d.weekday()) + timedelta(7 + t)
    if kind == 'past':
        t = WD.index(arg); n = (d.weekday() - t) % 7 or 7
        return d - timedelta(n)
    if kind == 'pastincl':
        t = WD.index(arg); n = (d.weekday() - t) % 7
        return d - timedelta(n)
    if kind == 'today':
        return d
    if kind == 'tomorrow':
        return d + timedelta(1)
    if kind == 'dayafter':
        return d + timedelta(2)
    if kind == 'plus':
        return d + timedelta(int(arg))
    if kind == 'weeks':
        return d + timedelta(7 * int(arg))
    if kind == 'eonw':
        return d - timedelta(d.weekday()) + timedelta(11)
    if kind == 'eotw':
        return d - timedelta(d.weekday()) + timedelta(4)
    if kind == 'mid':
        m = int(arg); y = d.year if m >= d.month else d.year + 1
        return date(y, m, 15)
    if kind == 'eom':
        m = int(arg) if arg else d.month
        return date(d.year, m, calendar.monthrange(d.year, m)[1])
    if kind == 'abs':  # MM-DD, next occurrence on/after today
        m, dd = map(int, arg.split('-'))
        x = date(d.year, m, dd)
        return x
    raise ValueError(spec)


for lang in ['en', 'de', 'fr', 'es', 'pt', 'nl', 'it']:
    p = f'{OUT}/replies/{lang}.jsonl'
    if not os.path.exists(p):
        continue
    ic = Counter(); texts_seen = set(); traps = 0
    hints = {h['id']: h for h in json.load(open(f'{OUT}/_gen/rel_{lang}.json'))}
    for i, line in enumerate(open(p, encoding='utf-8'), 1):
        o = json.loads(line)
        cur = o.get('id')
        if list(o.keys()) != RK or list(o['expect'].keys()) != EK:
            errs.append(f'{cur}: keys')
        e = o['expect']
        if o['lang'] != lang or o['answering'] not in ANS or e['intent'] not in INT:
            errs.append(f'{cur}: bad value')
        now = datetime.fromisoformat(o['now'])
        if now.tzinfo is not None or not (date(2030, 1, 7) <= now.date() <= date(2030, 6, 21)):
            errs.append(f'{cur}: now')
        ZoneInfo(o['zone'])
        ic[e['intent']] += 1
        if o['text'] in texts_seen:
            errs.append(f'{cur}: duplicate text')
        texts_seen.add(o['text'])
        if e['intent'] in ('offer', 'rejected', 'withdrawn'):
            if e['closing'] != e['intent']:
                errs.append(f'{cur}: closing mismatch')
        elif e['closing'] is not None:
            errs.append(f'{cur}: closing set on non-closing intent')
        if e['intent'] == 'next-round' and not (e['date'] and e['time']):
            errs.append(f'{cur}: next-round needs date+time')
        if e['intent'] == 'decision-date' and not e['date']:
            errs.append(f'{cur}: decision-date needs date')
        if e['date'] and not re.fullmatch(r'\d{4}-\d\d-\d\d', e['date']):
            errs.append(f'{cur}: date fmt')
        if e['time'] and not re.fullmatch(r'\d\d:\d\d', e['time']):
            errs.append(f'{cur}: time fmt')
        if e['date'] and date.fromisoformat(e['date']) < now.date() and e['intent'] not in ('correct',):
            errs.append(f'{cur}: date in past')
        if o['company'] is None and e['intent'] not in ('status', 'export', 'help', 'none', 'undo', 'snooze'):
            errs.append(f'{cur}: company null for {e["intent"]}')
        h = hints[cur]
        if e['date']:
            if not h['rel']:
                errs.append(f'{cur}: date without rel hint')
            else:
                c = rel(h['rel'], now).isoformat()
                if c != e['date']:
                    errs.append(f'{cur}: date {e["date"]} != computed {c} ({h["rel"]})')
        elif h['rel']:
            errs.append(f'{cur}: rel hint but null date')
        if h['trap']:
            traps += 1
            if e['closing'] is not None:
                errs.append(f'{cur}: trap with closing')
    n = i
    print(f'replies {lang}: {n} lines, traps {traps}, intents {dict(sorted(ic.items()))}')
    if n != 50:
        errs.append(f'{lang}: {n} lines')
    if traps * 3 < n - 1:
        errs.append(f'{lang}: only {traps} traps')
    for k, v in MIN.items():
        if ic[k] < v:
            errs.append(f'{lang}: intent {k} {ic[k]} < {v}')

for lang in ['en', 'de', 'fr', 'es', 'pt', 'nl', 'it']:
    print('forwards', lang, {k[1]: v for k, v in counts.items() if k[0] == lang})
print('\n'.join(errs) if errs else 'ALL OK')
print(len(errs), 'errors')
