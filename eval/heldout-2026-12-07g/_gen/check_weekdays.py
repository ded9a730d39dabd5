"""Check every '<weekday> ... <day> <month>' mention in the decoded forwards against the 2030 calendar."""
import glob, re, os, unicodedata
from datetime import date
from email import policy, message_from_bytes
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WD = {0: 'monday montag lundi lunes segunda maandag lunedì lunedi mo. lun. seg. ma', 1: 'tuesday dienstag mardi martes terça terca dinsdag martedì di. mar. ter. di',
      2: 'wednesday mittwoch mercredi miércoles miercoles quarta woensdag mercoledì mi. mer. mié. qua. wo', 3: 'thursday donnerstag jeudi jueves quinta donderdag giovedì do. jeu. jue. qui. do',
      4: 'friday freitag vendredi viernes sexta vrijdag venerdì fr. ven. vie. sex. vr', 5: 'saturday samstag samedi sábado sabado zaterdag sabato sáb. za', 6: 'sunday sonntag dimanche domingo zondag domenica dom. zo'}
WMAP = {w: k for k, v in WD.items() for w in v.split()}
MONTHS = {}
for i, names in enumerate(['january januar janvier enero janeiro januari gennaio jänner jan', 'february februar février febrero fevereiro februari febbraio feb',
    'march märz mars marzo março maart mar', 'april avril abril aprile apr', 'may mai mayo maio mei maggio',
    'june juni juin junio junho giugno jun', 'july juli juillet julio julho luglio jul', 'august août agosto augustus aug ago',
    'september septembre septiembre setembro settembre sep sept set', 'october oktober octobre octubre outubro ottobre oct okt out ott',
    'november novembre noviembre novembro nov', 'december dezember décembre diciembre dezembro dicembre dec dez dic'], 1):
    for n in names.split(): MONTHS[n] = i
wd_re = '|'.join(sorted((re.escape(w) for w in WMAP), key=len, reverse=True))
mo_re = '|'.join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
pat = re.compile(rf'\b({wd_re})(?:-feira)?\b[ ,.]*(?:the |den |der |dia |le |el |il |,)*\s*(\d{{1,2}})(?:st|nd|rd|th|º|\.)?(?: de| of)?\s*\.?\s*({mo_re})\b\.?(?:\s*(?:de )?(\d{{4}}))?'
                 rf'|\b({wd_re})(?:-feira)?\b[ ,.]*({mo_re})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s*(\d{{4}}))?'
                 rf'|\b({wd_re})(?:-feira)?\b[ ,.]*(\d{{1,2}})[./](\d{{1,2}})(?:[./](\d{{4}}))?', re.I)
bad = 0; n = 0
for p in sorted(glob.glob(f'{ROOT}/forwards/*/*.eml')):
    msg = message_from_bytes(open(p, 'rb').read(), policy=policy.default)
    txt = '\n'.join(part.get_content() for part in msg.walk() if part.get_content_type() == 'text/plain')
    for m in pat.finditer(txt):
        g = m.groups()
        if g[0]: w, d, mo, y = g[0], int(g[1]), MONTHS[g[2].lower()], g[3]
        elif g[4]: w, mo, d, y = g[4], MONTHS[g[5].lower()], int(g[6]), g[7]
        else: w, d, mo, y = g[8], int(g[9]), int(g[10]), g[11]
        y = int(y) if y else (2031 if mo == 1 else 2030)
        try: dt = date(y, mo, d)
        except ValueError: continue
        n += 1
        if dt.weekday() != WMAP[w.lower()]:
            bad += 1; print('MISMATCH', os.path.basename(p), repr(m.group(0)), dt, dt.strftime('%A'))
print(n, 'weekday mentions checked,', bad, 'mismatches')
