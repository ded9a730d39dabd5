import glob, json, os, re, datetime as dt
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from lib import WD, GWD
from zoneinfo import ZoneInfo
ROOT='..'
def alltext(msg, acc):
    for p in msg.walk():
        if p.get_content_type()=='message/rfc822':
            alltext(p.get_content(), acc); continue
        if p.get_content_maintype()=='text' and p.get_content_subtype()!='html':
            acc.append(p.get_content())
    return acc
for j in sorted(glob.glob(ROOT+'/forwards/*/*.json')):
    d=json.load(open(j)); m=BytesParser(policy=policy.default).parsebytes(open(j[:-5]+'.eml','rb').read())
    t='\n'.join(alltext(m,[]))
    # inner original date (attach) check
    for p in m.walk():
        if p.get_content_type()=='message/rfc822':
            inn=p.get_content(); od=parsedate_to_datetime(str(inn['Date']))
            if od>=dt.datetime.fromisoformat(d['now']): print(j,'inner date after now')
    # ICS DTSTART check
    cal=re.search(r'BEGIN:VEVENT.*?DTSTART[^:\r\n]*:(\d{8}T\d{6}Z?)', t, re.S)
    if d['start']:
        st=dt.datetime.fromisoformat(d['start'])
        wd=WD[d['lang']][st.weekday()]
        ok = wd.lower() in t.lower() or wd.lower().split('-')[0] in t.lower()
        if cal:
            v=cal.group(1)
            if v.endswith('Z'):
                u=dt.datetime.strptime(v,'%Y%m%dT%H%M%SZ').replace(tzinfo=dt.timezone.utc).astimezone(ZoneInfo(d['zone']))
                icsl=u.strftime('%Y-%m-%dT%H:%M')
            else:
                icsl=dt.datetime.strptime(v,'%Y%m%dT%H%M%S').strftime('%Y-%m-%dT%H:%M')
            if icsl!=d['start']: print(os.path.basename(j),'ICS mismatch',icsl,d['start'])
        print(os.path.basename(j), d['kind'], d['start'], wd, 'weekday-in-text' if ok else 'NO WEEKDAY', 'ics' if cal else '')
