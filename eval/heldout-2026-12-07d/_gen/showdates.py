import json,sys,datetime as dt
for l in open(f'../replies/{sys.argv[1]}.jsonl'):
    r=json.loads(l); e=r['expect']
    if e['date'] or e['time']:
        d=dt.date.fromisoformat(r['now'][:10]); x=dt.date.fromisoformat(e['date']) if e['date'] else None
        print(r['id'], r['now'][:10], d.strftime('%a'), '|', r['text'][:70], '->', e['date'], x.strftime('%a') if x else '', e['time'])
