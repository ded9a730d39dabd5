def mk():
    L = []
    def R(now, zone, company, ans, text, intent, date=None, time=None, chk=None, T=False):
        L.append(dict(now=now, zone=zone, company=company, ans=ans, text=text, intent=intent, date=date, time=time, chk=chk, T=T))
    return L, R
