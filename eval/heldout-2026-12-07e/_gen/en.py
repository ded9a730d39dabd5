from lib import write_all, write_replies
U = ('Jordan Ellis', 'jordan.ellis88@gmail.com')
UK = ('Hannah Pryor', 'hannah.pryor@outlook.com')
items = []
def F(**k): k.setdefault('lang', 'en'); items.append(k)

F(id='en-01', kind='invite', client='gmail', user=U, now='2029-09-14T08:05:00-04:00', userZone='America/New_York',
  note='can you add this one', cte='qp',
  orig=dict(from_=None, **{'from': ('Maya Okafor', 'maya.okafor@harborlinefreight.com')}, date='2029-09-13T16:48:00-05:00',
  subject='Harborline Freight – Senior Data Analyst interview',
  body='''Hi Jordan,

Thanks for taking the time to chat with me on Tuesday! The team would love to move you forward for the Senior Data Analyst role.

Your video interview is confirmed for Thursday, September 20 at 1:00 PM Central. You'll be meeting with Dan Whitlock (Analytics Manager) and Priya Raman from our pricing team. Plan on about 45 minutes.

Zoom: https://harborlinefreight.zoom.us/j/83311902455

If anything comes up just let me know.

Best,
Maya

Maya Okafor | Talent Acquisition Partner
Harborline Freight
Memphis, TN'''),
  exp=dict(company='Harborline Freight', role='Senior Data Analyst', start='2029-09-20T13:00', zone='America/Chicago', durationMinutes=45,
           interviewers=['Dan Whitlock', 'Priya Raman'], notInterviewers=['Maya Okafor'],
           notes='Central time while the user is in New York; sender only schedules.'))

F(id='en-02', kind='invite', client='outlook', olsep='orig', user=UK, now='2029-10-31T17:12:00+00:00', userZone='Europe/London',
  charset='windows-1252', cte='qp', prefix='FW:',
  orig={'from': ('Tom Haskins', 'tom.haskins@brightwatertalent.co.uk'), 'date': '2029-10-31T16:55:00+00:00',
  'subject': 'Interview confirmation – Calloway Insurance – Claims Operations Lead',
  'body': '''Hi Hannah,

Great news – Calloway would like to meet you! Details below:

Client: Calloway Insurance
Role: Claims Operations Lead
Date: Wednesday 7th November
Time: 10.30am
Where: Calloway House, 14 Wellington Place, Leeds LS1 4AP (ask for Helen at reception)

You’ll be meeting Helen Marsh (Head of Claims) and Gareth Pryce (HR Business Partner). It should last around an hour and a half and includes a short case study – no prep needed, they’ll give it to you on the day.

I won’t be there myself but give me a ring afterwards and let me know how it went. Salary band is still £52–56k + bonus.

Good luck!

Tom Haskins
Senior Consultant – Insurance & Financial Services
Brightwater Talent Ltd
0113 496 0712'''},
  exp=dict(company='Calloway Insurance', companyAlternatives=['Calloway'], role='Claims Operations Lead', start='2029-11-07T10:30', zone='Europe/London',
           durationMinutes=90, interviewers=['Helen Marsh', 'Gareth Pryce'], notInterviewers=['Tom Haskins'],
           notes='Agency consultant does not attend; "10.30am"; windows-1252 smart quotes and pound sign.'))

F(id='en-03', kind='invite', client='gmail', gsep='en', user=U, now='2029-11-01T11:20:00-04:00', userZone='America/New_York', html=True,
  note='fyi interview w northstar next week!!',
  ics=dict(mode='win', tzid='Pacific Standard Time', vtz=('-0800', '-0700', 'US'), zone='America/Los_Angeles', start='2029-11-05T09:00', dur=60,
           summary='Interview: Jordan Ellis - Controls Engineer II', organizer=('Sam Ortiz', 'scheduling@goodtime.io'),
           attendees=[('Kevin Zhao', 'kzhao@northstarrobotics.com'), ('Alana Brooks', 'abrooks@northstarrobotics.com'), ('Jordan Ellis', 'jordan.ellis88@gmail.com')],
           location='Google Meet', place='mixed'),
  orig={'from': ('Northstar Robotics via GoodTime', 'scheduling@goodtime.io'), 'date': '2029-11-01T08:02:00-07:00',
  'subject': 'Your interview with Northstar Robotics is confirmed',
  'body': '''Hi Jordan,

Your interview for the Controls Engineer II position at Northstar Robotics has been scheduled.

Monday, November 5, 2029
9:00 AM - 10:00 AM PST (Pacific Time)

Interviewers:
  Kevin Zhao - Staff Controls Engineer
  Alana Brooks - Engineering Manager

Join with Google Meet: https://meet.google.com/xbt-qjzr-kwe

Need to reschedule? Reply to this email and Sam Ortiz, your recruiting coordinator, will help.

Powered by GoodTime'''},
  exp=dict(company='Northstar Robotics', role='Controls Engineer II', start='2029-11-05T09:00', zone='America/Los_Angeles', durationMinutes=60,
           interviewers=['Kevin Zhao', 'Alana Brooks'], notInterviewers=['Sam Ortiz'],
           notes='Scheduling tool sender; Windows TZID Pacific Standard Time; day after US DST ends.'))

F(id='en-04', kind='invite', client='apple', user=U, now='2029-07-23T21:14:00-04:00', userZone='America/New_York', cte='8bit',
  orig={'from': ('Lena Fischer', 'lena@quillmark.io'), 'date': '2029-07-23T20:51:00-04:00', 'subject': 'quick chat?',
  'body': '''Hey Jordan,

Saw your portfolio come through for our frontend opening – really liked the checkout redesign case study.

Any chance you can do a quick chat tomorrow at 4? 20 min or so, super informal, just me. I'll send a Meet link in the morning.

Lena
Co-founder, Quillmark
Sent from my iPhone'''},
  exp=dict(company='Quillmark', role=None, start='2029-07-24T16:00', zone='America/New_York', durationMinutes=20,
           interviewers=['Lena Fischer'], notInterviewers=[],
           notes='"tomorrow at 4" relative to the mail; founder is the interviewer; no formal role title.'))

F(id='en-05', kind='invite', client='attach', user=U, now='2029-12-04T09:30:00-05:00', userZone='America/New_York', html=True, cte='base64',
  note='Forwarding as attachment - panel interview next week', prefix='Fw:',
  orig={'from': ('Ridgefield Health Careers', 'ridgefieldhealth@myworkday.com'), 'date': '2029-12-03T15:10:00-05:00',
  'subject': 'Interview Scheduled: Clinical Systems Analyst (R-20417)',
  'body': '''Dear Jordan,

Thank you for your interest in Ridgefield Health. We are pleased to invite you to a panel interview for the Clinical Systems Analyst position (Req R-20417).

Date: Tuesday, December 11, 2029
Time: 2:00 PM - 3:00 PM Eastern Time
Format: Microsoft Teams (link below)

Your panel:
• Dr. Aisha Bello, Director of Nursing Informatics
• Mark Delaney, Manager, EHR Applications
• Rosa Jimenez, HR Business Partner

Please have a copy of your resume available. If you require an accommodation, please contact me directly.

Microsoft Teams meeting
Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1

Kind regards,
Brittany Cole
Talent Acquisition Specialist
Ridgefield Health'''},
  exp=dict(company='Ridgefield Health', role='Clinical Systems Analyst', start='2029-12-11T14:00', zone='America/New_York', durationMinutes=60,
           interviewers=['Aisha Bello', 'Mark Delaney', 'Rosa Jimenez'], notInterviewers=['Brittany Cole'],
           notes='Forwarded as attachment; Workday sender; Dr. title; bullets; base64.'))

F(id='en-06', kind='invite', client='outlook', user=('Jordan Ellis', 'j.ellis@rogers.com'), now='2029-10-19T14:02:00-04:00', userZone='America/Toronto',
  html=True, prefix='FW:',
  ics=dict(mode='utc', zone='America/Vancouver', start='2029-10-26T11:00', dur=45, summary='Cedarline - Product Designer interview',
           organizer=('Chris Yung', 'chris.yung@cedarline.ca'), location='Zoom', place='alt'),
  orig={'from': ('Chris Yung', 'chris.yung@cedarline.ca'), 'date': '2029-10-19T10:44:00-07:00', 'subject': 'Product Designer – next step',
  'body': '''Hi Jordan,

Thanks again for your time last week. Next up is a 45-minute portfolio conversation with Nadia Petrov, our Head of Design.

Friday, October 26 at 11:00 a.m. (Vancouver time)
Zoom – link in the calendar invite

I've sent the invite from my calendar so it may show up in your time zone. Let me know if the time doesn't work.

Cheers,
Chris Yung
People Operations | Cedarline Software Inc.'''},
  exp=dict(company='Cedarline Software Inc.', companyAlternatives=['Cedarline Software', 'Cedarline'], role='Product Designer',
           start='2029-10-26T11:00', zone='America/Vancouver', durationMinutes=45, interviewers=['Nadia Petrov'], notInterviewers=['Chris Yung'],
           notes='ICS in UTC only; text states Vancouver time; user in Toronto.'))

F(id='en-07', kind='invite', client='gmail', user=UK, now='2029-12-12T13:45:00+00:00', userZone='Europe/London',
  orig={'from': ('Sophie Grant', 'sophie.grant@fenwickrowe.co.uk'), 'date': '2029-12-12T11:02:00+00:00',
  'subject': 'Re: Legal Operations Analyst - availability',
  'body': '''Hi Hannah,

Great — let's lock in Monday the 17th at 11:30 (UK time). You'll be meeting James Orde, our COO, and myself. We're at 3 Bream's Buildings, just off Chancery Lane; come to the 4th floor.

Best wishes,
Sophie

Sophie Grant
People & Talent Manager
Fenwick & Rowe LLP

On Tue, 11 Dec 2029 at 18:20, Hannah Pryor <hannah.pryor@outlook.com> wrote:
> Hi Sophie,
> Thanks so much. Either Thursday 13th at 2pm or Monday 17th 11:30 would work for me.
> Best, Hannah
>
> On Tue, 11 Dec 2029 at 09:41, Sophie Grant <sophie.grant@fenwickrowe.co.uk> wrote:
>> Hi Hannah, we'd like to invite you in for a first interview for the Legal Operations Analyst role.
>> Could you do Thursday 13th at 2pm, or Monday 17th at 11:30?'''},
  exp=dict(company='Fenwick & Rowe LLP', companyAlternatives=['Fenwick & Rowe'], role='Legal Operations Analyst', start='2029-12-17T11:30',
           zone='Europe/London', durationMinutes=None, interviewers=['James Orde', 'Sophie Grant'], notInterviewers=[],
           notes='Thread: confirmed slot is one of two options in quoted text; sender attends.'))

F(id='en-08', kind='invite', client='gmail', user=U, now='2029-12-20T16:30:00-05:00', userZone='America/New_York', html=True, cte='base64',
  note='after the holidays',
  orig={'from': ('Calendly', 'notifications@calendly.com'), 'date': '2029-12-20T16:12:00-05:00',
  'subject': 'New Event: Jordan Ellis - 04:00pm Thu, Jan 3, 2030 - 30 Minute Phone Screen',
  'body': '''Hi Priyanka Shah,

A new event has been scheduled.

Event Type:
30 Minute Phone Screen

Invitee:
Jordan Ellis
jordan.ellis88@gmail.com

Event Date/Time:
04:00pm - 04:30pm (Eastern Time - US & Canada) on Thursday, January 3, 2030

Location:
Priyanka will call you at (917) 555-0148

Description:
Intro call for the Sustainability Program Manager role at Tidewater Energy. Happy holidays!

View event in Calendly'''},
  exp=dict(company='Tidewater Energy', companyAlternatives=['Tidewater'], role='Sustainability Program Manager', start='2030-01-03T16:00',
           zone='America/New_York', durationMinutes=30, interviewers=['Priyanka Shah'], notInterviewers=[],
           notes='Calendly host notification addressed to the interviewer; crosses the holidays into 2030.'))

F(id='en-09', kind='reschedule', client='gmail', user=U, now='2029-10-02T10:11:00-04:00', userZone='America/New_York',
  note='they moved it',
  orig={'from': ('Erin Walsh', 'ewalsh@brookvalecu.org'), 'date': '2029-10-02T09:58:00-04:00', 'subject': 'RE: Interview Thursday',
  'body': '''Hi Jordan,

So sorry about this - Dan's got a board meeting that landed on Thursday. Can we move it to Friday 3pm ET instead? Same Teams link.

Thanks for being flexible!
Erin

-----Original Message-----
From: Erin Walsh
Sent: Thursday, September 27, 2029 2:15 PM
To: Jordan Ellis
Subject: Interview Thursday

Hi Jordan, confirming your 30-minute interview with Dan Kessler, our VP of Member Lending, on Thursday, October 4 at 10:00 AM ET for the Loan Servicing Specialist role at Brookvale Credit Union.
Erin Walsh, Recruiter'''},
  exp=dict(company='Brookvale Credit Union', companyAlternatives=['Brookvale'], role='Loan Servicing Specialist', start='2029-10-05T15:00',
           zone='America/New_York', durationMinutes=30, interviewers=['Dan Kessler'], notInterviewers=['Erin Walsh'],
           notes='Text-only reschedule: "Friday 3pm" relative to the old Thursday Oct 4; details only in quoted mail.'))

F(id='en-10', kind='reschedule', client='outlook', olsep='orig', user=U, now='2029-10-30T15:00:00-04:00', userZone='America/New_York',
  html=True, prefix='FW:',
  ics=dict(mode='windisp', tzid='(UTC-05:00) Eastern Time (US & Canada)', vtz=('-0500', '-0400', 'US'), zone='America/New_York',
           start='2029-11-08T13:30', dur=60, seq=1, summary='Updated: Interview - Supply Chain Planner',
           organizer=('Kate Lindqvist', 'kate.lindqvist@marlowfoods.com'), location='Marlow Foods HQ, Room 2B, 400 Canal St, Hartford', place='mixed'),
  orig={'from': ('Kate Lindqvist', 'kate.lindqvist@marlowfoods.com'), 'date': '2029-10-30T14:31:00-04:00',
  'subject': 'Updated: Interview - Supply Chain Planner',
  'body': '''Jordan,

Omar is out on Friday 11/2, so we've moved your onsite to Thursday 11/8, 1:30-2:30 PM. Same place (Room 2B). Omar Haddad and I will both be there.

Kate Lindqvist
Director, Demand Planning | Marlow Foods'''},
  exp=dict(company='Marlow Foods', role='Supply Chain Planner', start='2029-11-08T13:30', zone='America/New_York', durationMinutes=60,
           interviewers=['Kate Lindqvist', 'Omar Haddad'], notInterviewers=[],
           notes='US numeric dates 11/2 -> 11/8; Windows display-name TZID; after US DST end.'))

F(id='en-11', kind='rejection', client='gmail', user=U, now='2029-11-20T08:12:00-05:00', userZone='America/New_York',
  note='ugh. close this one pls',
  orig={'from': ('Pellucid Labs Recruiting', 'no-reply@ashbyhq.com'), 'date': '2029-11-19T17:40:00-05:00',
  'subject': 'Your application to Pellucid Labs',
  'body': '''Hi Jordan,

Thank you for your interest in the Marketing Manager position at Pellucid Labs and for taking the time to interview with our team on November 14.

After careful consideration, we have decided to move forward with other candidates whose experience more closely matches our needs at this time.

We'll keep your details on file for 12 months and may reach out if a suitable role opens up.

Best regards,
The Pellucid Labs Talent Team'''},
  exp=dict(company='Pellucid Labs', role='Marketing Manager', notes='Rejection with past interview date and 12-month bait.'))

F(id='en-12', kind='offer', client='outlook', user=UK, now='2029-12-07T12:40:00+00:00', userZone='Europe/London', charset='windows-1252', cte='8bit',
  prefix='FW:', note='!!!!',
  orig={'from': ('Rachel Dunn', 'r.dunn@kestrelaviation.co.uk'), 'date': '2029-12-07T11:58:00+00:00',
  'subject': 'Offer of employment – Maintenance Planning Engineer',
  'body': '''Dear Hannah,

Following your interview on Tuesday, I’m delighted to offer you the position of Maintenance Planning Engineer at Kestrel Aviation Services Ltd.

• Salary: £48,500 per annum
• Start date: Monday 7 January 2030 (to be confirmed)
• 25 days’ holiday plus bank holidays

Your formal contract will follow by post. We’d be grateful if you could let us know whether you accept by Friday 14 December.

Kind regards,

Rachel Dunn
HR Manager
Kestrel Aviation Services Ltd – Prestwick'''},
  exp=dict(company='Kestrel Aviation Services Ltd', companyAlternatives=['Kestrel Aviation Services', 'Kestrel Aviation'],
           role='Maintenance Planning Engineer', notInterviewers=['Rachel Dunn'],
           notes='Offer; "let us know by Friday 14 December" is the candidate deadline so decisionDate null; cp1252 8bit.'))

F(id='en-13', kind='not-interview', client='apple', user=U, now='2029-09-05T12:03:00-04:00', userZone='America/New_York',
  orig={'from': ('Solace Medical Devices', 'no-reply@hire.lever.co'), 'date': '2029-09-05T11:59:00-04:00',
  'subject': 'Thanks for applying to Solace Medical Devices',
  'body': '''Hi Jordan,

Thanks for applying for the Quality Engineer role at Solace Medical Devices! We've received your application and our team will review it over the next couple of weeks.

If your background is a match, a recruiter will reach out to set up a call.

In the meantime, join our virtual info session on Thursday, September 27 at 6:00 PM ET to learn more about life at Solace.

Best,
Solace Talent Team'''},
  exp=dict(company='Solace Medical Devices', companyAlternatives=['Solace'], role='Quality Engineer',
           notes='Application acknowledgement; info session date/time is bait.'))

F(id='en-14', kind='not-interview', client='tb', user=UK, now='2029-08-28T09:15:00+01:00', userZone='Europe/London',
  orig={'from': ('Orchard Lane Partners', 'careers@orchardlane.co.uk'), 'date': '2029-08-27T17:30:00+01:00',
  'subject': 'Next steps: book your interview',
  'body': '''Dear Hannah,

Thank you for your application for the Graduate Audit Associate programme at Orchard Lane Partners. We're pleased to let you know you've been shortlisted for a video interview.

Please use the link below to choose a slot that suits you. Interviews run Monday 3 September to Friday 14 September, 9am–5pm, and last 30 minutes.

Book here: https://orchardlane.cronofy.com/book/grad-audit

Slots are allocated on a first-come basis, so please book by Friday 31 August.

Kind regards,
Early Careers Team
Orchard Lane Partners'''},
  exp=dict(company='Orchard Lane Partners', role='Graduate Audit Associate', durationMinutes=30,
           notes='Book-a-slot mail with a range of days but no slot; start null.'))

write_all(items)

R = [
 # thanked
 ('2029-09-20T15:10:00', 'Harborline Freight', 'thank-you', 'sent dan and priya a thank you email just now', 'thanked', None, None, None),
 ('2029-11-07T18:02:00', 'Calloway Insurance', 'thank-you', "done ✅ thanked helen on linkedin too", 'thanked', None, None, None, None, 'Europe/London'),
 ('2029-11-08T21:40:00', 'Marlow Foods', 'thank-you', 'Thank you note sent to Kate & Omar', 'thanked', None, None, None),
 # followed-up
 ('2029-10-03T09:12:00', 'Northstar Robotics', 'follow-up-1', 'pinged sam this morning', 'followed-up', None, None, None),
 ('2029-11-21T12:30:00', 'Ridgefield Health', 'follow-up-2', 'called brittany, left a voicemail', 'followed-up', None, None, None),
 ('2029-12-03T10:05:00', 'Cedarline Software Inc.', 'follow-up-1', 'followed up w chris yesterday fwiw', 'followed-up', None, None, None),
 # decision-date
 ('2029-09-21T08:30:00', 'Harborline Freight', 'follow-up-1', "maya said they'll decide by next friday", 'decision-date', '2029-09-28', None, None, 'wd:fri'),
 ('2029-11-08T17:45:00', 'Calloway Insurance', 'thank-you', 'they said I should hear by end of next week', 'decision-date', '2029-11-16', None, None, 'eonw', 'Europe/London'),
 ('2029-10-29T13:00:00', 'Cedarline Software Inc.', 'follow-up-1', 'No decision until the 9th apparently, hiring manager is on vacation', 'decision-date', '2029-11-09', None, None),
 ('2029-12-12T19:20:00', 'Ridgefield Health', 'digest', "ridgefield won't decide before the holidays, they said jan 7", 'decision-date', '2030-01-07', None, None),
 ('2029-11-13T11:11:00', 'Marlow Foods', 'follow-up-1', 'kate says in 10 days or so', 'decision-date', '2029-11-23', None, None, '+10'),
 ('2029-10-09T16:40:00', 'Brookvale Credit Union', 'follow-up-1', 'erin emailed back, final decision mid november', 'decision-date', '2029-11-15', None, None, 'mid:11'),
 ('2029-12-18T09:00:00', 'Fenwick & Rowe LLP', 'thank-you', 'sophie said theyll confirm either way by end of the month', 'decision-date', '2029-12-31', None, None, 'eom', 'Europe/London'),
 # heard-back
 ('2029-09-25T12:00:00', 'Harborline Freight', 'follow-up-1', 'heard from maya, still interviewing others', 'heard-back', None, None, None),
 ('2029-10-08T20:15:00', 'Brookvale Credit Union', 'digest', 'brookvale got back to me but nothing concrete yet. still no rejection lol', 'heard-back', None, None, None),
 # next-round
 ('2029-09-24T10:30:00', 'Harborline Freight', 'follow-up-1', 'final round thursday at 2!!', 'next-round', '2029-09-27', '14:00', None, 'wd:thu'),
 ('2029-11-09T08:15:00', 'Marlow Foods', 'thank-you', "Second interview Nov 20 11am with the VP", 'next-round', '2029-11-20', '11:00', None),
 ('2029-10-30T19:00:00', 'Cedarline Software Inc.', 'follow-up-1', 'design challenge review next tues 9:30am pt', 'next-round', '2029-11-06', '09:30', None, 'wd:tue'),
 ('2029-11-12T14:00:00', 'Calloway Insurance', 'follow-up-1', 'tom rang, they want me back monday 19th at half 2', 'next-round', '2029-11-19', '14:30', None, None, 'Europe/London'),
 # offer
 ('2029-10-12T17:03:00', 'Brookvale Credit Union', 'follow-up-2', 'GOT THE OFFER 🎉🎉', 'offer', None, None, 'offer'),
 ('2029-12-08T09:41:00', 'Kestrel Aviation Services Ltd', 'confirmation', "they offered me the job, accepting on monday", 'offer', None, None, 'offer', None, 'Europe/London'),
 # rejected
 ('2029-11-20T08:20:00', 'Pellucid Labs', 'confirmation', 'yeah they turned me down', 'rejected', None, None, 'rejected'),
 ('2029-10-15T22:10:00', 'Northstar Robotics', 'follow-up-2', 'northstar said no. went with an internal candidate', 'rejected', None, None, 'rejected'),
 ('2029-12-19T13:30:00', 'Ridgefield Health', 'follow-up-1', 'got the "we regret to inform you" email today 🙃', 'rejected', None, None, 'rejected'),
 # withdrawn
 ('2029-09-19T07:50:00', 'Quillmark', 'follow-up-1', "i pulled out, equity only isn't gonna pay rent", 'withdrawn', None, None, 'withdrawn'),
 ('2029-12-10T18:00:00', 'Fenwick & Rowe LLP', 'prep', 'Cancel it, I withdrew my application this afternoon - took the Kestrel job', 'withdrawn', None, None, 'withdrawn', None, 'Europe/London'),
 # snooze
 ('2029-09-26T08:00:00', 'Harborline Freight', 'follow-up-1', 'remind me monday', 'snooze', '2029-10-01', None, None, 'wd:mon'),
 ('2029-11-26T19:45:00', 'Marlow Foods', 'follow-up-2', 'not now, ask me again in 3 days', 'snooze', '2029-11-29', None, None, '+3'),
 ('2029-12-21T11:00:00', None, 'digest', 'snooze everything till after new years', 'snooze', None, None, None),
 ('2029-10-22T12:12:00', 'Cedarline Software Inc.', 'prep', 'later pls, remind me tmrw', 'snooze', '2029-10-23', None, None, 'tomorrow'),
 # undo
 ('2029-10-15T22:12:00', 'Northstar Robotics', 'confirmation', 'wait undo that, wrong company', 'undo', None, None, None),
 # reopen
 ('2029-10-17T09:30:00', 'Northstar Robotics', 'digest', "northstar reached out again, the other person declined - can you reopen it", 'reopen', None, None, None),
 # correct
 ('2029-09-14T08:20:00', 'Harborline Freight', 'confirmation', "small fix: it's 1pm central not eastern", 'correct', None, '13:00', None),
 ('2029-12-04T10:00:00', 'Ridgefield Health', 'confirmation', 'the date is the 12th actually, they sent a correction', 'correct', '2029-12-12', None, None),
 # status / export / help / forget
 ('2029-10-01T07:30:00', None, 'digest', "what's on my plate this week", 'status', None, None, None),
 ('2029-11-30T21:00:00', None, 'digest', 'can u send me all my applications as a spreadsheet', 'export', None, None, None),
 ('2029-07-24T08:00:00', None, 'confirmation', 'how does this work? what can i tell you', 'help', None, None, None),
 ('2029-09-06T12:00:00', 'Solace Medical Devices', 'confirmation', 'delete this one, it was just the auto reply', 'forget', None, None, None),
 # none (traps and chit-chat)
 ('2029-09-20T15:30:00', 'Harborline Freight', 'thank-you', 'went well I think? dan seemed nice', 'none', None, None, None),
 ('2029-10-10T18:00:00', 'Brookvale Credit Union', 'follow-up-1', 'my friend got an offer from brookvale lol, still waiting on mine', 'none', None, None, None),
 ('2029-11-15T20:20:00', 'Calloway Insurance', 'follow-up-1', "if they reject me I'm moving to lisbon honestly", 'none', None, None, None, None, 'Europe/London'),
 ('2029-10-24T09:10:00', 'Cedarline Software Inc.', 'prep', 'should I wear a suit for a zoom call?', 'none', None, None, None),
 ('2029-11-05T07:00:00', 'Northstar Robotics', 'prep', 'ok', 'none', None, None, None),
 ('2029-12-14T16:45:00', 'Ridgefield Health', 'follow-up-1', "apartment application got rejected today, what a week. nothing from ridgefield", 'none', None, None, None),
 ('2029-11-22T13:00:00', 'Marlow Foods', 'follow-up-1', 'my current boss offered me a raise to stay. not sure what to do', 'none', None, None, None),
 ('2029-12-11T12:00:00', 'Fenwick & Rowe LLP', 'prep', "Sophie offered me a coffee when I get there haha", 'none', None, None, None, None, 'Europe/London'),
 ('2029-11-28T10:00:00', 'Pellucid Labs', 'move-on', "nah don't close it yet", 'none', None, None, None),
 ('2029-10-19T23:50:00', 'Brookvale Credit Union', 'digest', 'is it normal to not hear anything for 2 weeks', 'none', None, None, None),
 ('2029-09-28T17:00:00', 'Harborline Freight', 'follow-up-2', "got rejected... jk, they just haven't answered 😅", 'none', None, None, None),
 ('2029-12-17T08:00:00', 'Tidewater Energy', 'digest', 'thanks!', 'none', None, None, None),
]
write_replies('en', 'America/New_York', R)
