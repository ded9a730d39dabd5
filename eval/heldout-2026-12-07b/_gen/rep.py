"""Reply builder: resolves date specs against `now` and writes replies/<lang>.jsonl."""
import json, os, datetime as dt
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'replies')
WD = {'mon': 0, 'tue': 1, 'wed': 2, 'thu': 3, 'fri': 4, 'sat': 5, 'sun': 6}

def resolve(spec, now):
    d = now.date()
    if spec is None:
        return None
    if spec == 't':
        return d
    if spec == 'y':
        return d - dt.timedelta(1)
    if spec.startswith('+'):
        return d + dt.timedelta(int(spec[1:]))
    if spec.startswith('n:'):      # next such weekday strictly after today
        w = WD[spec[2:]]; k = (w - d.weekday()) % 7 or 7
        return d + dt.timedelta(k)
    if spec.startswith('p:'):      # most recent such weekday strictly before today
        w = WD[spec[2:]]; k = (d.weekday() - w) % 7 or 7
        return d - dt.timedelta(k)
    if spec.startswith('nw:'):     # weekday of next calendar week
        w = WD[spec[3:]]
        return d - dt.timedelta(d.weekday()) + dt.timedelta(7 + w)
    if spec == 'eom':
        nm = (d.replace(day=28) + dt.timedelta(4)).replace(day=1)
        return nm - dt.timedelta(1)
    return dt.date.fromisoformat(spec)

class Set:
    def __init__(self, lang, zone):
        self.lang, self.zone, self.rows = lang, zone, []
    def L(self, now, company, answering, text, intent, d=None, t=None, z=None):
        nw = dt.datetime.fromisoformat(now)
        date = resolve(d, nw)
        closing = intent if intent in ('offer', 'rejected', 'withdrawn') else None
        self.rows.append(dict(now=nw, company=company, answering=answering, text=text, intent=intent,
                              date=date, time=t, closing=closing, zone=z or self.zone, spec=d))
    def write(self, show=False):
        os.makedirs(OUT, exist_ok=True)
        rows = sorted(self.rows, key=lambda r: r['now'])
        with open(os.path.join(OUT, self.lang + '.jsonl'), 'w', encoding='utf-8') as f:
            for i, r in enumerate(rows, 1):
                o = {'id': f'{self.lang}-{i:03d}', 'lang': self.lang, 'now': r['now'].isoformat(timespec='seconds'),
                     'zone': r['zone'], 'company': r['company'], 'answering': r['answering'], 'text': r['text'],
                     'expect': {'intent': r['intent'], 'date': r['date'].isoformat() if r['date'] else None,
                                'time': r['time'], 'closing': r['closing']}}
                f.write(json.dumps(o, ensure_ascii=False) + '\n')
                if show and r['date']:
                    print(o['id'], r['now'].strftime('%a %Y-%m-%d'), '|', r['spec'], '->', r['date'].strftime('%a %Y-%m-%d'), '|', r['text'])
        print(self.lang, len(rows), 'replies')
