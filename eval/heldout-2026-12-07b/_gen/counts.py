"""Prints the count tables used in README.md."""
import os, glob, json, email
from email import policy
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
LANGS = ['en', 'de', 'fr', 'es', 'pt', 'nl', 'it']
KINDS = ['invite', 'reschedule', 'rejection', 'offer', 'not-interview']
print('| lang | ' + ' | '.join(KINDS) + ' | total | with text/calendar | as message/rfc822 |')
print('|---' * (len(KINDS) + 4) + '|')
tot = {k: 0 for k in KINDS + ['total', 'cal', 'att']}
for l in LANGS:
    c = {k: 0 for k in KINDS + ['total', 'cal', 'att']}
    for j in glob.glob(os.path.join(ROOT, 'forwards', l, '*.json')):
        d = json.load(open(j)); c[d['kind']] += 1; c['total'] += 1
        m = email.message_from_bytes(open(j[:-5] + '.eml', 'rb').read(), policy=policy.default)
        types = [p.get_content_type() for p in m.walk()]
        c['cal'] += 'text/calendar' in types; c['att'] += 'message/rfc822' in types
    for k in c: tot[k] += c[k]
    print(f'| {l} | ' + ' | '.join(str(c[k]) for k in KINDS + ['total', 'cal', 'att']) + ' |')
print('| **all** | ' + ' | '.join(str(tot[k]) for k in KINDS + ['total', 'cal', 'att']) + ' |')
print()
INT = 'thanked followed-up decision-date heard-back next-round offer rejected withdrawn snooze undo reopen correct status export help forget none'.split()
rows = {l: [json.loads(x) for x in open(os.path.join(ROOT, 'replies', l + '.jsonl'), encoding='utf-8')] for l in LANGS}
print('| intent | ' + ' | '.join(LANGS) + ' | all |')
print('|---' * (len(LANGS) + 2) + '|')
for i in INT:
    v = [sum(r['expect']['intent'] == i for r in rows[l]) for l in LANGS]
    print(f'| {i} | ' + ' | '.join(map(str, v)) + f' | {sum(v)} |')
for lab, f in [('**lines**', lambda r: True), ('with closing', lambda r: r['expect']['closing']),
               ('with date', lambda r: r['expect']['date']), ('with time', lambda r: r['expect']['time'])]:
    v = [sum(1 for r in rows[l] if f(r)) for l in LANGS]
    print(f'| {lab} | ' + ' | '.join(map(str, v)) + f' | {sum(v)} |')
