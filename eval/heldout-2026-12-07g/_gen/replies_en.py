from rcommon import mk
REPLIES, R = mk()
NY, LDN, DUB, CHI, DEN, LA, TOR, SYD, VAN, PHX = ('America/New_York', 'Europe/London', 'Europe/Dublin', 'America/Chicago', 'America/Denver',
    'America/Los_Angeles', 'America/Toronto', 'Australia/Sydney', 'America/Vancouver', 'America/Phoenix')
# thanked
R('2030-07-16T17:20', NY, 'Brightwater Health', 'thank-you', 'sent the thank you email to priya and tom 👍', 'thanked')
R('2030-09-13T12:05', DUB, 'Corrib Software', 'thank-you', 'done, thanked declan on linkedin + email', 'thanked')
R('2030-11-29T09:40', LDN, 'Tessellate Games', 'thank-you', 'yep fired off a quick thanks note to hana', 'thanked')
# followed-up
R('2030-07-31T10:15', NY, 'Brightwater Health', 'follow-up-1', 'followed up w megan this morning, no reply yet', 'followed-up')
R('2030-12-11T14:00', CHI, 'Halvorsen Logistics', 'follow-up-1', "called marcus's office and left a voicemail", 'followed-up')
R('2030-08-30T16:30', DEN, 'Fernhill Analytics', 'follow-up-2', "pinged nate again, second nudge sent. if they say no at least i'll know", 'followed-up', T=True)
# decision-date
R('2030-11-12T11:00', LA, 'Lumen Robotics', 'follow-up-1', "brooke says they'll decide by friday", 'decision-date', '2030-11-15', chk='wd:fri')
R('2030-07-29T09:00', LDN, 'Northgate Insurance', 'follow-up-1', "oliver rang, northgate wont have an answer before the 9th of august", 'decision-date', '2030-08-09', chk='abs', T=True)
R('2030-10-16T19:30', SYD, 'Harbourside Energy', 'thank-you', 'thanks sent. also emma said decision end of next week', 'decision-date', '2030-10-25', chk='eonw')
R('2030-09-05T13:15', TOR, 'Maplecrest Financial', 'confirmation', "jasmine said they'd get back to me in 10 days", 'decision-date', '2030-09-15', chk='+10')
R('2030-12-03T08:45', CHI, 'Halvorsen Logistics', 'thank-you', 'no decision until the 13th apparently, they added another candidate', 'decision-date', '2030-12-13', chk='abs', T=True)
R('2030-10-21T17:10', NY, 'Atlas Mutual', 'digest', 'atlas said mid november for a final answer. not rejected yet at least', 'decision-date', '2030-11-15', chk='mid:11', T=True)
R('2030-08-22T12:00', DEN, 'Fernhill Analytics', 'follow-up-1', "they're deciding by end of the month", 'decision-date', '2030-08-31', chk='eom')
# heard-back
R('2030-07-23T15:30', NY, 'Brightwater Health', 'digest', "megan emailed just checking i'm still interested, nothing else", 'heard-back')
R('2030-12-05T10:20', CHI, 'Halvorsen Logistics', 'follow-up-1', 'they rejected me… jk lol lena just called to ask for references', 'heard-back', T=True)
# next-round
R('2030-07-18T18:00', NY, 'Brightwater Health', 'thank-you', 'got a 2nd round!! tues at 11 with their vp', 'next-round', '2030-07-23', '11:00', chk='wd:tue')
R('2030-09-06T09:05', TOR, 'Maplecrest Financial', 'thank-you', 'next round w the hiring mgr on sept 12 at 2:30', 'next-round', '2030-09-12', '14:30', chk='abs')
R('2030-11-07T20:40', LA, 'Lumen Robotics', 'thank-you', 'onsite booked - next thursday 10am', 'next-round', '2030-11-14', '10:00', chk='wd:thu')
R('2030-08-16T11:30', DEN, 'Fernhill Analytics', 'thank-you', 'final round monday at 3, with the ceo', 'next-round', '2030-08-19', '15:00', chk='wd:mon')
# offer
R('2030-12-05T18:15', CHI, 'Halvorsen Logistics', 'follow-up-1', 'GOT THE OFFER 🎉🎉 marcus called an hour ago', 'offer')
R('2030-08-01T12:10', NY, 'Brightwater Health', 'follow-up-1', 'they made me an offer, 92k. taking it', 'offer')
# rejected
R('2030-07-30T16:45', LDN, 'Northgate Insurance', 'follow-up-1', 'northgate said no. oliver just told me', 'rejected')
R('2030-10-11T09:20', TOR, 'Maplecrest Financial', 'follow-up-2', "got the 'we went with someone else' email from maplecrest", 'rejected')
R('2030-12-02T13:00', LDN, 'Tessellate Games', 'follow-up-1', "didnt get it. hana said my rigging wasnt strong enough", 'rejected')
# withdrawn
R('2030-11-01T08:50', NY, 'Atlas Mutual', 'prep', "i'm gonna pull out of atlas, accepted something else", 'withdrawn')
R('2030-09-10T21:00', DUB, 'Corrib Software', 'prep', 'emailed declan to withdraw, the commute would kill me', 'withdrawn')
# snooze
R('2030-07-24T08:00', NY, 'Brightwater Health', 'follow-up-1', 'remind me monday', 'snooze', '2030-07-29', chk='wd:mon')
R('2030-09-20T17:30', DUB, 'Corrib Software', 'follow-up-1', 'not yet, no offer yet either. ping me again in 3 days', 'snooze', '2030-09-23', chk='+3', T=True)
R('2030-11-29T10:00', CHI, 'Halvorsen Logistics', 'prep', 'later pls, im still stuffed from thanksgiving 😅', 'snooze')
R('2030-12-16T09:00', VAN, 'Cedar & Tide Outfitters', 'digest', 'can you hold this one till friday? swamped', 'snooze', '2030-12-20', chk='wd:fri')
# undo / reopen / correct
R('2030-12-05T18:20', CHI, 'Halvorsen Logistics', 'digest', 'wait undo that, wrong company', 'undo')
R('2030-08-06T10:00', LDN, 'Northgate Insurance', 'digest', 'can you reopen northgate? oliver says the other candidate dropped out', 'reopen', T=True)
R('2030-07-10T07:30', NY, 'Brightwater Health', 'confirmation', 'small fix: its 2:30 not 2', 'correct', None, '14:30')
R('2030-10-02T08:10', SYD, 'Harbourside Energy', 'confirmation', 'role is actually Senior Procurement Lead, they changed the title', 'correct')
# commands
R('2030-10-14T12:00', NY, None, 'digest', 'whats on my plate rn', 'status')
R('2030-11-18T19:00', NY, None, 'digest', 'can u send me everything as an excel', 'export')
R('2030-07-09T08:20', NY, None, 'confirmation', 'what can i even reply to these with?', 'help')
R('2030-10-09T12:45', NY, 'Keystone Federal Credit Union', 'confirmation', "that career night thing isn't an application, delete it", 'forget')
# none
R('2030-07-16T07:45', NY, 'Brightwater Health', 'prep', 'nervous af but ready', 'none')
R('2030-09-12T22:00', DUB, 'Corrib Software', 'prep', 'what do i wear for a teams call, is a hoodie ok', 'none', T=True)
R('2030-11-27T19:30', LDN, 'Tessellate Games', 'prep', 'my mate got an offer from tessellate last year, he loves it there', 'none', T=True)
R('2030-12-04T11:00', CHI, 'Halvorsen Logistics', 'thank-you', "if they offer i'll probably say yes tbh", 'none', T=True)
R('2030-08-20T08:00', DEN, 'Fernhill Analytics', 'follow-up-1', "still no rejection so that's something i guess", 'none', T=True)
R('2030-10-20T15:00', LA, None, 'digest', 'got rejected for the apartment on 5th st ugh', 'none', T=True)
R('2030-11-06T10:00', NY, 'Atlas Mutual', 'thank-you', 'rebecca offered me coffee before we started lol, nice lady', 'none', T=True)
R('2030-09-16T18:40', TOR, 'Maplecrest Financial', 'follow-up-1', 'my current boss just countered with a raise, not sure what to do', 'none', T=True)
R('2030-07-26T13:00', NY, 'Brightwater Health', 'follow-up-1', "scared they're gonna say no honestly", 'none', T=True)
R('2030-08-14T09:10', DEN, 'Fernhill Analytics', 'confirmation', 'ok cool thx', 'none')
R('2030-12-10T20:00', VAN, 'Cedar & Tide Outfitters', 'digest', "is the offer deadline friday or monday? can't remember", 'none', T=True)
R('2030-12-04T12:00', PHX, 'Pinecrest Health Partners', 'digest', "they might drop me if i don't book soon huh", 'none', T=True)
