from lib import *

NY, LA, CHI, LON, DUB, TOR = 'America/New_York', 'America/Los_Angeles', 'America/Chicago', 'Europe/London', 'Europe/Dublin', 'America/Toronto'

F = []
F.append(dict(id='en-01', kind='invite', now='2029-01-15 09:12', uz=NY, client='gmail', user=('Dana Whitfield', 'dana.whitfield@gmail.com'),
 from_=None, **{'from': ('Priya Raman', 'priya.raman@halvorsen-analytics.com')}, odate='2029-01-14 16:40',
 subj='Interview invitation - Senior Data Analyst', note='next week!! can you track this one',
 body='''Hi Dana,

Thanks for your interest in the Senior Data Analyst role at Halvorsen Analytics. The hiring team enjoyed reading your application and would like to invite you to a video interview.

When: Tuesday, January 23 at 2:30 PM ET
Length: 45 minutes
Where: Zoom (link below)

You'll be meeting with Marcus Bell, Director of Data, and Jenna Ortiz from our Analytics Engineering team. Expect a mix of SQL/case questions and a conversation about your past projects.

https://halvorsen.zoom.us/j/84412093311?pwd=Rk9tc2Fy

If the time doesn't work, just reply and I'll find another slot.

Best,
Priya

Priya Raman
Talent Acquisition Partner | Halvorsen Analytics, Inc.
(646) 555-0148''',
 exp=dict(company='Halvorsen Analytics', alts=['Halvorsen Analytics, Inc.', 'Halvorsen'], role='Senior Data Analyst', start='2029-01-23T14:30', zone=NY, dur=45,
          iv=['Marcus Bell', 'Jenna Ortiz'], niv=['Priya Raman', 'Dana Whitfield'], notes='Gmail forward; recruiter only schedules; user note says "next week".')))

F.append(dict(id='en-02', kind='invite', now='2029-03-06 10:05', uz=LA, client='outlook', user=('Kevin Marsh', 'kmarsh@outlook.com'),
 **{'from': ('Lauren Pike', 'lauren.pike@cobaltline.io')}, odate='2029-03-05 15:22', cal_inline=True, cal_cte='quoted-printable',
 subj='Cobaltline | Technical Interview - Site Reliability Engineer II', note='',
 body='''Hi Kevin,

Please see the invite for your technical interview for the Site Reliability Engineer II position.

Wednesday, March 14, 2029
11:00 AM - 12:00 PM (Pacific Time)
Microsoft Teams

Interviewers:
- Aaron Feldstein, Staff SRE
- Mei Tanaka, Engineering Manager, Platform

Heads up that daylight saving kicks in the weekend before, so double-check your calendar shows 11 AM Pacific.

Thanks,
Lauren Pike
Recruiting Coordinator, Cobaltline Software''',
 ics=ics('Cobaltline Technical Interview - Kevin Marsh', '2029-03-14 11:00', '2029-03-14 12:00', 'Pacific Standard Time',
         ('Lauren Pike', 'lauren.pike@cobaltline.io'), [('Aaron Feldstein', 'aaron.f@cobaltline.io'), ('Mei Tanaka', 'mei.tanaka@cobaltline.io'), ('Kevin Marsh', 'kmarsh@outlook.com')],
         'Microsoft Teams Meeting', uid='040000008200E00074C5B7101A82E0080000000010F2A'),
 exp=dict(company='Cobaltline Software', alts=['Cobaltline'], role='Site Reliability Engineer II', start='2029-03-14T11:00', zone=LA, dur=60,
          iv=['Aaron Feldstein', 'Mei Tanaka'], niv=['Lauren Pike', 'Kevin Marsh'], notes='Outlook forward with no user note; inline text/calendar with Windows TZID "Pacific Standard Time"; crosses US DST (Mar 11).')))

F.append(dict(id='en-03', kind='invite', now='2029-02-01 18:20', uz=LON, client='apple', user=('Harriet Cole', 'harriet.cole@icloud.com'),
 **{'from': ('Tom Ashby', 'tom.ashby@brightwatertalent.co.uk')}, odate='2029-02-01 16:03', cs='windows-1252', cte='quoted-printable', html=False,
 subj='Northgate \u2013 first stage interview confirmed', note='Sent from my iPhone',
 body='''Hi Harriet,

Great news \u2013 Northgate Building Society would like to meet you for the Head of Internal Audit role.

Details below:
\u2022 Thursday 8th Feb, 10am
\u2022 Northgate House, 14 Wellington Place, Leeds LS1 4AP (ask for Sarah\u2019s PA at reception)
\u2022 Panel: Sarah Lindqvist (CFO) and Graham Doyle (Chief Risk Officer)
\u2022 Allow about an hour and a half \u2013 there\u2019s a short presentation at the start

I won\u2019t be there on the day but give me a ring afterwards and let me know how it went. Salary band is still \u00a385\u201395k plus bonus.

Best of luck!

Tom Ashby
Senior Consultant, Brightwater Talent
07700 900412''',
 exp=dict(company='Northgate Building Society', alts=['Northgate'], role='Head of Internal Audit', start='2029-02-08T10:00', zone=LON, dur=90,
          iv=['Sarah Lindqvist', 'Graham Doyle'], niv=['Tom Ashby', 'Harriet Cole'], notes='Agency mail (not the employer); consultant not attending; windows-1252 bullets/quotes; "8th Feb, 10am".')))

F.append(dict(id='en-04', kind='invite', now='2029-03-08 07:45', uz=CHI, client='outlook', variant='original', user=('Luis Navarro', 'luis.navarro@hotmail.com'),
 **{'from': ('Pellham Foods via SlotWise', 'no-reply@slotwise.app')}, odate='2029-03-07 19:31', html=True,
 subj='Confirmed: Phone screen with Pellham Foods', note='Booked it. Monday morning',
 body='''Your interview is confirmed.

Pellham Foods - Supply Chain Planner
30-minute phone screen with Rosa Delgado

Monday, March 12, 2029
9:00 AM - 9:30 AM Central Time (US & Canada)

Rosa will call you at (312) 555-0176. Need to change? Use the reschedule link in your confirmation.

Powered by SlotWise - scheduling for busy hiring teams''',
 ics=ics('Phone screen: Pellham Foods', '2029-03-12 09:00', '2029-03-12 09:30', None, ('SlotWise', 'no-reply@slotwise.app'),
         [('Rosa Delgado', 'rdelgado@pellhamfoods.com'), ('Luis Navarro', 'luis.navarro@hotmail.com')], 'Phone call', utc_zone=CHI, uid='sw-99812-a'),
 exp=dict(company='Pellham Foods', alts=[], role='Supply Chain Planner', start='2029-03-12T09:00', zone=CHI, dur=30,
          iv=['Rosa Delgado'], niv=['Luis Navarro'], notes='Scheduling tool (SlotWise) is not the company; ICS in UTC (Z) and the zone only in text; the day after US DST starts, so Z offset is -5 not -6.')))

F.append(dict(id='en-05', kind='invite', now='2029-04-14 08:30', uz=TOR, client='thunderbird', attach=True, user=('Aisha Karim', 'aisha.karim@rogers.com'),
 **{'from': ('Nadia Petrov', 'npetrov@marlowfinch.ca')}, odate='2029-04-13 17:48', cte='7bit', octe='base64', attname='Interview - Legal Operations Analyst.eml',
 subj='Interview - Legal Operations Analyst', note='Forwarding the invite from Marlow & Finch (attached).\n\nAisha',
 body='''Dear Aisha,

Thank you for applying for the Legal Operations Analyst position with Marlow & Finch LLP.

We would like to invite you to an in-person interview next Wednesday, April 18 at 1 pm at our Toronto office (181 Bay Street, Suite 2400). Claire Beaumont, our COO, and I will be meeting with you. The interview should take about 45 minutes.

We are seeing a small number of candidates this month and expect to make a decision by April 27.

Kind regards,

Nadia Petrov
HR Manager
Marlow & Finch LLP''',
 exp=dict(company='Marlow & Finch LLP', alts=['Marlow & Finch'], role='Legal Operations Analyst', start='2029-04-18T13:00', zone=TOR, dur=45,
          iv=['Claire Beaumont', 'Nadia Petrov'], niv=['Aisha Karim'], dd='2029-04-27', notes='Forwarded as attachment (message/rfc822, base64 inside); sender joins ("Claire ... and I"); decision date promised.')))

F.append(dict(id='en-06', kind='invite', now='2029-03-21 12:10', uz=DUB, client='gmail', user=('Ciara Nolan', 'ciara.nolan88@gmail.com'),
 **{'from': ('Aoife Brennan', 'aoife.brennan@tessaracthealth.ie')}, odate='2029-03-21 11:02',
 subj='Tessaract Health: Interview for Clinical Data Manager', note='fyi',
 body='''Hi Ciara,

Lovely to chat on the phone earlier. As promised, here's the calendar invite for your interview for the Clinical Data Manager role.

It's on Tuesday 27 March from 3pm to 4pm (Irish time) at our office on Grand Canal Dock - you'll meet Dr. Fiona Gallagher (Head of Clinical Operations) and Liam O'Shea (Biostatistics Lead).

Any questions at all, give me a shout.

Aoife Brennan
People Team | Tessaract Health''',
 ics=ics('Interview - Ciara Nolan / Clinical Data Manager', '2029-03-27 15:00', '2029-03-27 16:00', 'Europe/Dublin',
         ('Aoife Brennan', 'aoife.brennan@tessaracthealth.ie'), [('Fiona Gallagher', 'f.gallagher@tessaracthealth.ie'), ("Liam O'Shea", 'l.oshea@tessaracthealth.ie')],
         'Tessaract Health, 3 Grand Canal Quay, Dublin 2', uid='tessa-5511'),
 exp=dict(company='Tessaract Health', alts=[], role='Clinical Data Manager', start='2029-03-27T15:00', zone=DUB, dur=60,
          iv=['Fiona Gallagher', "Liam O'Shea"], niv=['Aoife Brennan', 'Ciara Nolan'], notes='ICS with IANA TZID attached; crosses EU DST (Mar 25); "Dr." title stripped.')))

F.append(dict(id='en-07', kind='invite', now='2029-05-07 21:40', uz=NY, client='apple', user=('Marcus Greene', 'mgreene@me.com'), html=False, cte='8bit',
 **{'from': ('Greg Alvarez', 'galvarez@sundialenergy.com')}, odate='2029-05-07 15:15', oz=LA,
 subj='Quick call - Project Controls Manager', note='',
 body='''Hey Marcus,

Got your resume from the referral portal - thanks! I'd love to set up a quick intro call about the Project Controls Manager opening at Sundial Energy.

Does Friday 5/11, 9:30-10:00am PT work? I'll give you a ring at the number on your resume.

Thanks,
Greg

Greg Alvarez | Senior Recruiter | Sundial Energy
Los Angeles, CA''',
 exp=dict(company='Sundial Energy', alts=[], role='Project Controls Manager', start='2029-05-11T09:30', zone=LA, dur=30,
          iv=['Greg Alvarez'], niv=['Marcus Greene'], notes='User in New York, time stated in Pacific; recruiter himself calls; US numeric date 5/11; time range gives 30 min.')))

F.append(dict(id='en-08', kind='invite', now='2029-06-01 17:05', uz=LON, client='outlook', user=('Oliver Brandt', 'oliver.brandt@outlook.co.uk'),
 **{'from': ('Emma Hollis', 'emma.hollis@quillon.co.uk')}, odate='2029-06-01 15:37',
 subj='RE: Pricing Actuary - next steps', note='Final one confirmed below',
 body='''Hi Oliver,

Perfect - let's lock in Tuesday 12 June at 14:00. I've let James and Priti know.

The session is a two-hour assessment: a case exercise followed by the interview itself with James Okafor (Head of Pricing) and Priti Shah (Senior Actuary). Please bring photo ID for reception at 1 Leadenhall Street.

Thanks,
Emma

Emma Hollis | HR Coordinator | Quillon Insurance

-----Original Message-----
From: Oliver Brandt <oliver.brandt@outlook.co.uk>
Sent: 31 May 2029 20:12
To: Emma Hollis <emma.hollis@quillon.co.uk>
Subject: RE: Pricing Actuary - next steps

Hi Emma, Tuesday afternoon would suit me best if it's still free. Oliver

-----Original Message-----
From: Emma Hollis <emma.hollis@quillon.co.uk>
Sent: 31 May 2029 10:05
To: Oliver Brandt <oliver.brandt@outlook.co.uk>
Subject: Pricing Actuary - next steps

Hi Oliver, we'd like to invite you to the final stage. Could you do Monday 11th at 11:00 or Tuesday 12th at 14:00?''',
 exp=dict(company='Quillon Insurance', alts=['Quillon'], role='Pricing Actuary', start='2029-06-12T14:00', zone=LON, dur=120,
          iv=['James Okafor', 'Priti Shah'], niv=['Emma Hollis', 'Oliver Brandt'], notes='Thread with quoted proposals; the confirmed slot is the second option; "two-hour".')))

F.append(dict(id='en-09', kind='reschedule', now='2029-04-17 08:02', uz=CHI, client='gmail', user=('Tasha Edwards', 'tasha.edwards@gmail.com'),
 **{'from': ('Jill Parsons', 'jparsons@brennicklogistics.com')}, odate='2029-04-16 17:20',
 subj='Re: Interview - Fleet Operations Manager', note='they moved it, pls update',
 body='''Hi Tasha,

I'm sorry to do this, but Marcus Hale has been called away to our Memphis hub this week. Our interview was set for Thursday 4/19 at 10:00 AM - could we move it to Monday 4/23 at 3:00 PM CT instead? Same Teams link, and Marcus will still be the one interviewing you.

Apologies again for the shuffle.

Jill Parsons
Talent Coordinator, Brennick Logistics''',
 exp=dict(company='Brennick Logistics', alts=['Brennick'], role='Fleet Operations Manager', start='2029-04-23T15:00', zone=CHI, dur=None,
          iv=['Marcus Hale'], niv=['Jill Parsons', 'Tasha Edwards'], notes='Text-only reschedule; old slot 4/19 10:00 also present.')))

F.append(dict(id='en-10', kind='reschedule', now='2029-01-29 13:15', uz=NY, client='outlook', user=('Sam Whitaker', 'sam.whitaker@live.com'),
 **{'from': ('Carla Mendes', 'cmendes@veritybank.com')}, odate='2029-01-29 11:50',
 subj='Updated: Verity Bank - Quantitative Developer interview (moved)', note='New time fyi',
 body='''Hi Sam,

Dmitri has a conflict on Wednesday, so we've moved your interview from Wed Jan 31 at 4:00 PM to Thursday, February 1 at 9:30 AM Eastern. The updated invite is attached. Still one hour with Dmitri Volkov and Hannah Reyes over Webex.

Best,
Carla Mendes
Campus & Experienced Hire Recruiting, Verity Bank''',
 ics=ics('UPDATED: Verity Bank Interview - Quantitative Developer', '2029-02-01 09:30', '2029-02-01 10:30', 'Eastern Standard Time',
         ('Carla Mendes', 'cmendes@veritybank.com'), [('Dmitri Volkov', 'dvolkov@veritybank.com'), ('Hannah Reyes', 'hreyes@veritybank.com')], 'Webex', uid='vb-778-qd'),
 exp=dict(company='Verity Bank', alts=[], role='Quantitative Developer', start='2029-02-01T09:30', zone=NY, dur=60,
          iv=['Dmitri Volkov', 'Hannah Reyes'], niv=['Carla Mendes', 'Sam Whitaker'], notes='Reschedule with updated ICS (Windows TZID Eastern Standard Time); old slot in text.')))

F.append(dict(id='en-11', kind='rejection', now='2029-02-20 19:44', uz=NY, client='gmail', user=('Dana Whitfield', 'dana.whitfield@gmail.com'),
 **{'from': ('Melissa Tran', 'careers@oakridgelearning.org')}, odate='2029-02-20 16:30',
 subj='Your application: Instructional Designer', note='ugh. oh well',
 body='''Dear Dana,

Thank you for taking the time to interview with us on February 12 for the Instructional Designer position. We appreciated the opportunity to learn about your experience.

After careful consideration, we have decided to move forward with another candidate whose background more closely matches our current needs. We will keep your details on file and may reach out about future openings, including our fall hiring round starting in September.

We wish you every success in your search.

Warm regards,
Melissa Tran
People & Culture, Oakridge Learning''',
 exp=dict(company='Oakridge Learning', alts=[], role='Instructional Designer', notes='Rejection; past interview date and a future hiring round as bait.', niv=['Melissa Tran', 'Dana Whitfield'])))

F.append(dict(id='en-12', kind='offer', now='2029-05-21 12:30', uz=LA, client='outlook', cs='windows-1252', cte='quoted-printable', user=('Kevin Marsh', 'kmarsh@outlook.com'),
 **{'from': ('Rachel Kim', 'rachel.kim@lanternfishgames.com')}, odate='2029-05-21 10:05',
 subj='Offer of Employment \u2013 Senior Gameplay Programmer', note='!!!!!!',
 body='''Hi Kevin,

On behalf of everyone at Lanternfish Games, I\u2019m delighted to offer you the position of Senior Gameplay Programmer. Highlights:

\u2022 Base salary: $172,000
\u2022 Start date: Monday, June 18
\u2022 Sign-on bonus: $10,000
\u2022 Hybrid \u2013 Tuesday to Thursday in our Irvine studio

The formal letter is in DocuSign. Please let us know by Friday, May 25 whether you\u2019d like to accept.

We\u2019re so excited to (hopefully) have you on the team!

Rachel Kim
Head of Talent, Lanternfish Games''',
 exp=dict(company='Lanternfish Games', alts=['Lanternfish'], role='Senior Gameplay Programmer', niv=['Rachel Kim', 'Kevin Marsh'],
          notes='Offer; "let us know by May 25" is the candidate deadline so decisionDate null; start date is employment start, not an interview.')))

F.append(dict(id='en-13', kind='not-interview', now='2029-03-19 08:55', uz=CHI, client='apple', user=('Luis Navarro', 'luis.navarro@hotmail.com'),
 **{'from': ('Fennimore Aerospace Careers', 'events@fennimoreaero.com')}, odate='2029-03-18 09:00', html=False,
 subj='You\'re invited: Fennimore Aerospace Engineering Open House', note='should I go to this?',
 body='''Hi Luis,

Because you applied to Fennimore Aerospace recently, we'd like to invite you to our Engineering Open House.

Thursday, March 29, 5:00-8:00 PM CT
Fennimore Campus, 900 Airport Rd, Wichita

Tour the assembly hall, meet our engineers and learn about open roles. This is not an interview, and attendance is optional. RSVP by March 26.

Fennimore Aerospace Talent Team''',
 exp=dict(company='Fennimore Aerospace', alts=['Fennimore'], role=None, notes='Open-house event with a date, time and place; explicitly not an interview.')))

F.append(dict(id='en-14', kind='not-interview', now='2029-06-14 10:20', uz=NY, client='gmail', user=('Marcus Greene', 'mgreene@me.com'),
 **{'from': ('Glasshouse Media Recruiting', 'recruiting@glasshousemedia.com')}, odate='2029-06-13 18:00',
 subj='Next step: choose your interview time - Content Strategist', note='reminder for me to book this',
 body='''Hi Marcus,

Congratulations - you've been selected to move forward for the Content Strategist role at Glasshouse Media!

Please use the link below to pick a time for your first interview with our team. Slots are available between Monday, June 18 and Friday, June 22, 9 AM to 5 PM ET, and each interview is 30 minutes.

https://glasshousemedia.slotwise.app/book/content-strategist

Slots fill up quickly, so please book by Saturday.

The Glasshouse Media Recruiting Team''',
 exp=dict(company='Glasshouse Media', alts=[], role='Content Strategist', notes='"Please book a slot" with no slot chosen; date range and times are bait.')))

R = [
 # now, zone, company, answering, text, intent, datespec, time, closing, trap
 ('2029-01-24T08:10:00', NY, 'Halvorsen Analytics', 'thank-you', 'sent the thank you to marcus and jenna last night', 'thanked', None, None, None),
 ('2029-03-15T12:40:00', LA, 'Cobaltline Software', 'thank-you', 'done ✅ emailed them both', 'thanked', None, None, None),
 ('2029-02-09T07:55:00', LON, 'Northgate Building Society', 'thank-you', 'Wrote a thank you note to Sarah + Graham via Tom, he said he passed it on', 'thanked', None, None, None),
 ('2029-04-02T17:20:00', CHI, 'Pellham Foods', 'follow-up-1', 'just sent rosa a follow up', 'followed-up', None, None, None),
 ('2029-02-12T09:30:00', NY, 'Verity Bank', 'follow-up-2', 'called carla this morning, left a vm', 'followed-up', None, None, None),
 ('2029-04-10T13:05:00', DUB, 'Tessaract Health', 'follow-up-1', 'pinged aoife on linkedin asking for an update', 'followed-up', None, None, None),
 ('2029-01-25T18:45:00', NY, 'Halvorsen Analytics', 'follow-up-1', 'priya says theyll decide by friday next week', 'decision-date', 'nw:fri', None, None),
 ('2029-04-20T11:00:00', TOR, 'Marlow & Finch LLP', 'follow-up-1', 'Nadia emailed, they pushed the decision to May 4', 'decision-date', '2029-05-04', None, None),
 ('2029-02-13T16:22:00', LON, 'Northgate Building Society', 'follow-up-1', 'no decision until the 20th apparently, board has to sign off', 'decision-date', 'md:02-20', None, None, 'T'),
 ('2029-03-29T10:15:00', DUB, 'Tessaract Health', 'digest', 'they said i should hear by end of next week', 'decision-date', 'nw:fri', None, None),
 ('2029-06-13T08:40:00', LON, 'Quillon Insurance', 'thank-you', 'thanks sent. emma said feedback by mid june', 'decision-date', 'mid:6', None, None),
 ('2029-03-16T19:02:00', LA, 'Cobaltline Software', 'follow-up-1', 'still no rejection lol, recruiter said they decide in 10 days', 'decision-date', '+10', None, None, 'T'),
 ('2029-04-25T07:30:00', CHI, 'Brennick Logistics', 'prep', 'interview went ok i think, jill said they will get back to me by the end of the month', 'decision-date', 'eom:4', None, None),
 ('2029-02-05T14:11:00', NY, 'Verity Bank', 'follow-up-1', 'heard back from verity, they just said theyre still interviewing', 'heard-back', None, None, None, 'T'),
 ('2029-05-16T09:50:00', NY, 'Sundial Energy', 'follow-up-1', 'greg replied!! nothing concrete yet but he said im still in the running', 'heard-back', None, None, None, 'T'),
 ('2029-01-26T12:00:00', NY, 'Halvorsen Analytics', 'digest', 'got a 2nd round with halvorsen wed at 11', 'next-round', 'wd:wed', '11:00', None),
 ('2029-03-20T16:45:00', CHI, 'Pellham Foods', 'follow-up-1', 'Rosa called - on-site with the planning director next Monday 1pm', 'next-round', 'wd:mon', '13:00', None),
 ('2029-04-19T20:10:00', TOR, 'Marlow & Finch LLP', 'thank-you', 'final round with the managing partner april 26 at 10:30', 'next-round', '2029-04-26', '10:30', None),
 ('2029-06-14T11:25:00', LON, 'Quillon Insurance', 'digest', 'they want me back tmrw at 4 to meet the CFO 😬', 'next-round', '+1', '16:00', None),
 ('2029-05-01T18:30:00', TOR, 'Marlow & Finch LLP', 'follow-up-2', 'GOT THE OFFER 🎉🎉', 'offer', None, None, 'offer'),
 ('2029-02-27T13:00:00', LON, 'Northgate Building Society', 'digest', 'tom rang, northgate made me an offer. 92k!', 'offer', None, None, 'offer'),
 ('2029-02-15T10:05:00', NY, 'Verity Bank', 'follow-up-2', 'verity said no unfortunately', 'rejected', None, None, 'rejected'),
 ('2029-04-03T09:12:00', DUB, 'Tessaract Health', 'follow-up-2', 'Got the "we\'ve decided to go with another candidate" email this morning', 'rejected', None, None, 'rejected'),
 ('2029-05-08T22:40:00', CHI, 'Brennick Logistics', 'move-on', 'yeah they ghosted then sent a rejection today. done with them', 'rejected', None, None, 'rejected'),
 ('2029-05-22T08:00:00', LA, 'Cobaltline Software', 'follow-up-2', 'i pulled out of cobaltline, accepted somewhere else', 'withdrawn', None, None, 'withdrawn'),
 ('2029-06-18T15:30:00', NY, 'Glasshouse Media', 'confirmation', 'withdrawing from this one, the pay is way too low', 'withdrawn', None, None, 'withdrawn'),
 ('2029-01-31T07:20:00', NY, 'Halvorsen Analytics', 'follow-up-1', 'remind me monday', 'snooze', 'wd:mon', None, None),
 ('2029-04-12T21:00:00', DUB, 'Tessaract Health', 'follow-up-2', 'not yet, ask me again in 3 days', 'snooze', '+3', None, None),
 ('2029-03-23T12:30:00', CHI, 'Pellham Foods', 'move-on', 'hold off til april 2, they said easter slows everything', 'snooze', '2029-04-02', None, None, 'T'),
 ('2029-05-25T17:50:00', NY, 'Sundial Energy', 'follow-up-2', 'snooze this one for a bit pls', 'snooze', None, None, None),
 ('2029-02-16T08:15:00', NY, 'Verity Bank', 'digest', 'wait undo that, wrong company', 'undo', None, None, None),
 ('2029-02-22T12:45:00', NY, 'Verity Bank', 'digest', 'actually verity isnt dead - they emailed again, can you reopen it', 'reopen', None, None, None, 'T'),
 ('2029-01-16T08:30:00', NY, 'Halvorsen Analytics', 'confirmation', 'its 2:30 not 2, and its on the 23rd', 'correct', '2029-01-23', '14:30', None),
 ('2029-03-07T09:00:00', LA, 'Cobaltline Software', 'confirmation', 'role is SRE II not SRE III fyi', 'correct', None, None, None),
 ('2029-04-06T07:00:00', NY, None, 'digest', 'whats still open?', 'status', None, None, None),
 ('2029-05-30T20:15:00', LA, None, 'digest', 'can u send me all my applications as a spreadsheet', 'export', None, None, None),
 ('2029-01-09T10:00:00', LON, None, 'digest', 'what can i even say to you lol', 'help', None, None, None),
 ('2029-06-15T09:40:00', NY, 'Glasshouse Media', 'confirmation', 'delete glasshouse, never applied there, spam', 'forget', None, None, None),
 ('2029-03-02T11:11:00', CHI, 'Pellham Foods', 'prep', 'thanks!', 'none', None, None, None),
 ('2029-02-14T18:00:00', NY, 'Verity Bank', 'follow-up-1', 'my friend got rejected from verity today, hope im next in line lol', 'none', None, None, None, 'T'),
 ('2029-04-27T14:30:00', TOR, 'Marlow & Finch LLP', 'follow-up-1', 'what if they reject me though', 'none', None, None, None, 'T'),
 ('2029-05-23T10:10:00', LA, 'Lanternfish Games', 'digest', 'my current job just countered with a raise, not sure what to do', 'none', None, None, None, 'T'),
 ('2029-03-28T16:00:00', DUB, 'Tessaract Health', 'follow-up-1', 'landlord rejected my application for the flat 🙃 at least work stuff is fine', 'none', None, None, None, 'T'),
 ('2029-06-04T13:20:00', LON, 'Quillon Insurance', 'prep', 'Emma offered to grab a coffee before the interview, nice of her', 'none', None, None, None, 'T'),
 ('2029-02-21T07:45:00', LON, 'Northgate Building Society', 'follow-up-1', 'got the job!!! jk nothing yet', 'none', None, None, None, 'T'),
 ('2029-01-30T22:05:00', NY, 'Verity Bank', 'prep', 'should i wear a suit for a webex', 'none', None, None, None, 'T'),
 ('2029-04-18T19:30:00', CHI, 'Brennick Logistics', 'prep', 'not withdrawing, just nervous', 'none', None, None, None, 'T'),
 ('2029-05-14T08:05:00', NY, 'Sundial Energy', 'follow-up-1', 'if they offer i will probably say yes', 'none', None, None, None, 'T'),
 ('2029-03-13T15:15:00', LA, 'Cobaltline Software', 'prep', 'hmm', 'none', None, None, None, 'T'),
 ('2029-06-20T12:00:00', NY, 'Glasshouse Media', 'digest', 'is it normal they havent replied after 2 days?', 'none', None, None, None, 'T'),
]

if __name__ == '__main__':
    write_lang('en', F, R, datecalc)
