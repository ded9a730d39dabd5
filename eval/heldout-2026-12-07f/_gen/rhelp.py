from mime import write_replies

def R(now, zone, company, ans, text, intent, date=None, time=None, rel=None, trap=False):
    closing = intent if intent in ('offer', 'rejected', 'withdrawn') else None
    return dict(now=now, zone=zone, company=company, ans=ans, text=text, intent=intent, date=date, time=time,
                closing=closing, rel=rel, trap=trap)
