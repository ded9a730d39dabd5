# Turns hand-written pipe lines into replies/<lang>.jsonl and checks relative dates.
import json, os, sys, calendar
from datetime import datetime, date, timedelta
from zoneinfo import ZoneInfo
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
DEFZ = {'en': 'America/New_York', 'de': 'Europe/Berlin', 'fr': 'Europe/Paris', 'es': 'Europe/Madrid', 'pt': 'America/Sao_Paulo', 'nl': 'Europe/Amsterdam', 'it': 'Europe/Rome'}
INTENTS = ['thanked','followed-up','heard-back','decision-date','next-round','offer','rejected','withdrawn','snooze','undo','reopen','correct','status','export','help','forget','none']
ANS = ['confirmation','prep','thank-you','follow-up-1','follow-up-2','move-on','digest']
MINS = {'thanked':3,'followed-up':3,'decision-date':7,'heard-back':2,'next-round':4,'offer':2,'rejected':3,'withdrawn':2,'snooze':4,'undo':1,'reopen':1,'correct':2,'status':1,'export':1,'help':1,'forget':1,'none':12}
WD = ['mon','tue','wed','thu','fri','sat','sun']
def rel_date(rel, d):
    if rel.startswith('wd:'):
        t = WD.index(rel[3:]); n = (t - d.weekday()) % 7 or 7; return d + timedelta(n)
    if rel.startswith('pwd:'):
        t = WD.index(rel[4:]); n = (d.weekday() - t) % 7 or 7; return d - timedelta(n)
    if rel.startswith('+'): return d + timedelta(int(rel[1:]))
    if rel == 'eonw': return d + timedelta(7 - d.weekday() + 4)
    if rel == 'eow': return d + timedelta(4 - d.weekday())
    if rel.startswith('mid'):
        m = int(rel[4:]) if ':' in rel else d.month; return date(d.year, m, 15)
    if rel.startswith('eom'):
        m = int(rel[4:]) if ':' in rel else d.month; return date(d.year, m, calendar.monthrange(d.year, m)[1])
    return None
def run(lang, src):
    out, errs, stats, traps = [], [], {}, 0
    lines = [l for l in src.strip('\n').split('\n') if l.strip() and not l.startswith('#')]
    for i, l in enumerate(lines, 1):
        p = [x.strip() for x in l.split('|', 10)]
        now, zone, comp, ans, intent, dt, tm, cl, rel, trap, text = p
        zone = DEFZ[lang] if zone == '-' else zone
        ZoneInfo(zone)
        n = datetime.fromisoformat(now)
        assert ans in ANS, (l, ans); assert intent in INTENTS, (l, intent)
        dt = None if dt == '-' else dt; tm = None if tm == '-' else tm; cl = None if cl == '-' else cl
        comp = None if comp == '-' else comp
        if dt: date.fromisoformat(dt)
        if tm: datetime.strptime(tm, '%H:%M')
        if intent in ('offer','rejected','withdrawn'):
            assert cl == {'offer':'offer','rejected':'rejected','withdrawn':'withdrawn'}[intent], l
        else:
            assert cl is None, l
        if intent == 'next-round': assert dt and tm, l
        if intent not in ('decision-date','next-round','snooze','correct'): assert dt is None and tm is None, l
        if not (datetime(2031,1,8) <= n <= datetime(2031,6,20,23,59)): errs.append('now out of window: ' + l)
        if rel != '-' and rel != 'abs':
            c = rel_date(rel, n.date())
            if str(c) != dt: errs.append('REL MISMATCH %s computed %s: %s' % (rel, c, l))
        if dt and intent in ('decision-date','next-round','snooze') and date.fromisoformat(dt) <= n.date() and not (intent=='decision-date' and date.fromisoformat(dt)==n.date()):
            errs.append('date not after now: ' + l)
        if trap == 'T': traps += 1
        stats[intent] = stats.get(intent, 0) + 1
        rid = '%s-%03d' % (lang, i)
        out.append({'id': rid, 'lang': lang, 'now': now, 'zone': zone, 'company': comp, 'answering': ans, 'text': text,
                    'expect': {'intent': intent, 'date': dt, 'time': tm, 'closing': cl}})
        if dt: print('  %s %s %s -> %s %s [%s] %s' % (rid, n.strftime('%a %Y-%m-%d'), intent, dt, date.fromisoformat(dt).strftime('%a'), rel, text))
    for k, v in MINS.items():
        if stats.get(k, 0) < v: errs.append('too few %s: %d' % (k, stats.get(k, 0)))
    with open(os.path.join(ROOT, 'replies', lang + '.jsonl'), 'w', encoding='utf-8') as f:
        for o in out: f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print(lang, len(out), 'lines; traps', traps, stats)
    for e in errs: print('  ERR', e)
    return len(out), traps, stats
if __name__ == '__main__':
    import importlib
    for l in sys.argv[1:] or ['en','de','fr','es','pt','nl','it']:
        run(l, importlib.import_module('rp_' + l).SRC)
