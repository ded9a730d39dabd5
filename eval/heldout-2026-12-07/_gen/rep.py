"""Reply builder: hand-written lines -> replies/<lang>.jsonl.
Date spec: None | 'YYYY-MM-DD' | 'nx:fri' (next such weekday after now) | 'nw:fri' (that weekday of next calendar week)
| 'pv:mon' (most recent such weekday before now) | '+3' / '-1' (days from now) | 'eom' (last day of now's month)."""
import json, datetime as dt, calendar, sys, os, random
WD = ['mon','tue','wed','thu','fri','sat','sun']
DEFZ = {'en':'America/New_York','de':'Europe/Berlin','fr':'Europe/Paris','es':'Europe/Madrid',
        'pt':'America/Sao_Paulo','nl':'Europe/Amsterdam','it':'Europe/Rome'}
KEYS = ['id','lang','now','zone','company','answering','text','expect']
def resolve(now, spec):
    d = now.date()
    if spec is None: return None
    if spec[0].isdigit() and len(spec) == 10: return spec
    if spec == 'eom': return d.replace(day=calendar.monthrange(d.year, d.month)[1]).isoformat()
    if spec[0] in '+-': return (d + dt.timedelta(days=int(spec))).isoformat()
    k, w = spec.split(':'); t = WD.index(w)
    if k == 'nx': return (d + dt.timedelta(days=((t - d.weekday()) % 7) or 7)).isoformat()
    if k == 'pv': return (d - dt.timedelta(days=((d.weekday() - t) % 7) or 7)).isoformat()
    if k == 'nw': return (d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=7 + t)).isoformat()
    raise ValueError(spec)
def build(lang, rows):
    out = []
    rows = list(rows); random.Random('heldout2-' + lang).shuffle(rows)  # so ids do not line up across languages
    for i, r in enumerate(rows, 1):
        ans, comp, now, text, intent, dspec, time, closing = r[:8]
        zone = r[8] if len(r) > 8 else DEFZ[lang]
        n = dt.datetime.fromisoformat(now)
        out.append({'id': f'{lang}-{i:03d}', 'lang': lang, 'now': now, 'zone': zone, 'company': comp,
                    'answering': ans, 'text': text,
                    'expect': {'intent': intent, 'date': resolve(n, dspec), 'time': time, 'closing': closing}})
    base = os.path.join(os.path.dirname(__file__), '..', 'replies')
    with open(os.path.join(base, f'{lang}.jsonl'), 'w', encoding='utf-8') as f:
        for o in out: f.write(json.dumps(o, ensure_ascii=False) + '\n')
    return out
def show(out):
    for o in out:
        n = dt.datetime.fromisoformat(o['now']); e = o['expect']
        ds = e['date']; dw = dt.date.fromisoformat(ds).strftime('%a') if ds else ''
        print(o['id'], n.strftime('%a %Y-%m-%d %H:%M'), '|', e['intent'], ds, dw, e['time'], e['closing'], '|', o['text'][:90])
