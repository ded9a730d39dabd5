"""Reply JSONL writer. Date specs: None | 'YYYY-MM-DD' | 't' today | 'y' yesterday | 'tmw' | '+N' |
'next:mon' (next such weekday strictly after now) | 'last:mon' (most recent such weekday strictly before now) |
'nw:fri' (that weekday in next calendar week) | 'eom' (last day of now's month)."""
import datetime as dt, json, os, calendar
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
WD = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']

def resolve(spec, now):
    d = now.date()
    if spec is None: return None
    if spec == 't': return d
    if spec == 'y': return d - dt.timedelta(1)
    if spec == 'tmw': return d + dt.timedelta(1)
    if spec.startswith('+'): return d + dt.timedelta(int(spec[1:]))
    if spec == 'eom': return d.replace(day=calendar.monthrange(d.year, d.month)[1])
    if ':' in spec:
        k, w = spec.split(':'); w = WD.index(w)
        if k == 'next': return d + dt.timedelta((w - d.weekday() - 1) % 7 + 1)
        if k == 'last': return d - dt.timedelta((d.weekday() - w - 1) % 7 + 1)
        if k == 'nw': return d - dt.timedelta(d.weekday()) + dt.timedelta(7 + w)
    return dt.date.fromisoformat(spec)

def write(lang, zone, rows, show=False):
    os.makedirs(f'{ROOT}/replies', exist_ok=True)
    out = []
    for i, r in enumerate(rows, 1):
        ans, co, now, text, intent = r[:5]
        kw = r[5] if len(r) > 5 else {}
        n = dt.datetime.fromisoformat(now)
        d = resolve(kw.get('d'), n)
        rec = {'id': f'{lang}-{i:03d}', 'lang': lang, 'now': n.isoformat(), 'zone': kw.get('z', zone), 'company': co,
               'answering': ans, 'text': text,
               'expect': {'intent': intent, 'date': d.isoformat() if d else None, 'time': kw.get('t'), 'closing': kw.get('c')}}
        out.append(rec)
        if show:
            print(rec['id'], n.strftime('%a %m-%d'), '|', text[:60], '|', intent, d and d.strftime('%a %Y-%m-%d'), kw.get('t') or '', kw.get('c') or '')
    with open(f'{ROOT}/replies/{lang}.jsonl', 'w', encoding='utf-8') as f:
        for rec in out: f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    from collections import Counter
    print(lang, len(out), dict(Counter(r['expect']['intent'] for r in out)))
