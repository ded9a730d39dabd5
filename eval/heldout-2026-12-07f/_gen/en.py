from mime import build_all, ics

U1 = ('Rachel Nguyen', 'rachel.nguyen84@gmail.com')
U2 = ('Owen Blake', 'owen.blake@outlook.com')
U3 = ('Tom Adeyemi', 'tadeyemi@icloud.com')
U4 = ('Sarah McKenna', 's.mckenna@eircom.net')
U5 = ('Jordan Lee', 'jordanlee.dev@fastmail.com')

items = [
dict(id='en-01', kind='invite', now='2030-03-08T09:12:00-05:00', userZone='America/New_York', user=U1,
 subj='Fwd: Lumenfield Analytics - interview next week', cte='quoted-printable',
 body="""can you put this in? thx

---------- Forwarded message ---------
From: Dana Cole <dana.cole@harbortalent.com>
Date: Thu, Mar 7, 2030 at 4:48 PM
Subject: Lumenfield Analytics - interview next week
To: Rachel Nguyen <rachel.nguyen84@gmail.com>


Hi Rachel,

Great news - Lumenfield Analytics would like to move you forward for the Senior Data Engineer role!

They've booked a video interview for Thursday, March 14 at 2:00 PM ET. It'll be 45 minutes on Zoom with Priya Raman (Head of Data) and Tom Ebbers from the platform team. Zoom link: https://lumenfield.zoom.us/j/83310042211

Heads up that the clocks go forward this Sunday, so double-check your calendar shows 2 PM Eastern.

I won't be on the call myself, but ping me afterwards and let me know how it went. Lumenfield usually gives feedback within a week.

Best,
Dana Cole
Senior Recruiter | Harbor Talent Partners
(617) 555-0148
""",
 exp=dict(company='Lumenfield Analytics', alt=['Lumenfield'], role='Senior Data Engineer', start='2030-03-14T14:00',
  zone='America/New_York', dur=45, iv=['Priya Raman', 'Tom Ebbers'], niv=['Dana Cole', 'Rachel Nguyen'], dd=None,
  notes='agency recruiter does not attend; US DST change between forward and interview; "within a week" is vague-ish and relative to the interview, so null')),

dict(id='en-02', kind='invite', now='2030-04-16T16:40:00-07:00', userZone='America/Los_Angeles', user=U2,
 subj='FW: Interview: Product Manager, Fleet Software \u2013 Cobaltline Robotics', cs='windows-1252', cte='quoted-printable',
 xmailer='Microsoft Outlook 16.0',
 body="""Adding this one.

-----Original Message-----
From: Kayla Brooks <kbrooks@cobaltline.com>
Sent: Tuesday, April 16, 2030 2:05 PM
To: Owen Blake <owen.blake@outlook.com>
Subject: Interview: Product Manager, Fleet Software \u2013 Cobaltline Robotics

Hi Owen,

Thanks for your patience! I\u2019m happy to confirm your onsite interview for the Product Manager, Fleet Software position at Cobaltline Robotics Inc. It\u2019s set for the week after Easter \u2013 Tuesday 4/23 from 10:30 to 11:30 AM Pacific.

You\u2019ll meet with:
\u2022 Marcus Oyelaran, Director of Product
\u2022 Jenna Holt, Engineering Manager, Fleet

Location: 2200 Harbor Blvd, Building C, Redwood City. Check in at the front desk and ask for me; I\u2019ll walk you over but won\u2019t sit in on the interview.

A calendar invite is attached. Let me know if anything changes!

Kayla Brooks
Recruiting Coordinator, Cobaltline Robotics
""",
 ics=ics('Pacific Standard Time', '20300423T103000', '20300423T113000', 'Onsite interview - Owen Blake - PM Fleet Software',
         ('Kayla Brooks', 'kbrooks@cobaltline.com'), [('Owen Blake', 'owen.blake@outlook.com'), ('Marcus Oyelaran', 'moyelaran@cobaltline.com'), ('Jenna Holt', 'jholt@cobaltline.com')],
         '2200 Harbor Blvd, Building C, Redwood City', rules='US', std='-0800', dst='-0700', uid='en02'),
 exp=dict(company='Cobaltline Robotics Inc.', alt=['Cobaltline Robotics', 'Cobaltline'], role='Product Manager, Fleet Software',
  start='2030-04-23T10:30', zone='America/Los_Angeles', dur=60, iv=['Marcus Oyelaran', 'Jenna Holt'], niv=['Kayla Brooks', 'Owen Blake'],
  notes='windows-1252 smart quotes/bullets; Windows TZID "Pacific Standard Time" during PDT; numeric US date 4/23; coordinator walks candidate over but does not attend')),

dict(id='en-03', kind='invite', now='2030-01-09T19:05:00-06:00', userZone='America/Chicago', user=U3,
 subj='Fwd: Your phone screen with Northbeam Health', cte='quoted-printable',
 body="""Forwarding as attachment. Phone screen next week.

Tom
""",
 attach=dict(**{'from': ('Northbeam Health via Pipewell', 'no-reply@notify.pipewell.io')}, date='2030-01-09T15:31:00-06:00',
  subject='Your phone screen with Northbeam Health', cte='base64', html=True,
  body="""Hi Tom,

Thank you for your interest in the UX Researcher opening at Northbeam Health. Your phone screen has been scheduled:

When: Tuesday, January 15, 2030, 11:00 AM - 11:30 AM (CST)
Who: Alicia Moreno, Lead UX Researcher
How: Alicia will call you at the number on your application.

Need to reschedule? Use the link below at least 24 hours in advance.
https://app.pipewell.io/r/nbh-7731f

Northbeam Health Talent Team

Sent with Pipewell - hiring made simple. Unsubscribe from Pipewell notifications.
"""),
 exp=dict(company='Northbeam Health', alt=['Northbeam'], role='UX Researcher', start='2030-01-15T11:00', zone='America/Chicago', dur=30,
  iv=['Alicia Moreno'], niv=['Tom Adeyemi'], notes='forwarded as message/rfc822; ATS sender display name "Northbeam Health via Pipewell" - company is not Pipewell; base64 multipart/alternative')),

dict(id='en-04', kind='invite', now='2030-05-28T07:50:00+01:00', userZone='Europe/London', user=U3,
 subj='Fwd: Assessment Day \u2013 Pennant & Rowe', cte='base64', html=True, xmailer='Apple Mail (2.3774.400.31)',
 body="""Assessment day!! Please add



Begin forwarded message:

From: Graduate Recruitment <graduates@pennantrowe.co.uk>
Subject: Assessment Day \u2013 Pennant & Rowe
Date: 24 May 2030 at 16:02:11 BST
To: Tom Adeyemi <tadeyemi@icloud.com>

Dear Tom,

Thank you for completing our online assessments. We are delighted to invite you to an Assessment Day for our Trainee Solicitor (2032 intake) programme.

Date: Wednesday 5th June 2030 (the week after the bank holiday)
Time: 9.30am registration; the day will finish at around 4pm
Venue: Pennant & Rowe LLP, 41 Cheapside, London EC2V 6AA

The day includes a group exercise, a written task and a partner interview with Mrs Helen Okafor and Mr Rupert Vale. Lunch will be provided.

Please confirm your attendance by replying to this email by Friday 31st May.

Kind regards,

Siobhan Tully
Graduate Recruitment Officer
Pennant & Rowe LLP
""",
 exp=dict(company='Pennant & Rowe LLP', alt=['Pennant & Rowe', 'Pennant and Rowe'], role='Trainee Solicitor (2032 intake)',
  start='2030-06-05T09:30', zone='Europe/London', dur=390, iv=['Helen Okafor', 'Rupert Vale'], niv=['Siobhan Tully', 'Tom Adeyemi'],
  notes='UK "9.30am" and ordinal date; duration from 9.30 to "around 4pm"; confirm-by date is not a decision date; titles Mrs/Mr stripped')),

dict(id='en-05', kind='invite', now='2030-02-14T21:33:00-05:00', userZone='America/Toronto', user=U5,
 subj='Fwd: Confirmed: 45 Minute Technical Interview with Ravi Shah', cte='quoted-printable', html=True,
 xmailer='Mozilla Thunderbird',
 body="""

-------- Forwarded Message --------
Subject: 	Confirmed: 45 Minute Technical Interview with Ravi Shah
Date: 	Thu, 14 Feb 2030 18:20:45 +0000
From: 	SlotKeeper <notifications@slotkeeper.com>
Reply-To: 	ravi.shah@quillstack.dev
To: 	jordanlee.dev@fastmail.com



Hi Jordan Lee,

A new event has been scheduled.

Event Type:
45 Minute Technical Interview

Invitee:
Jordan Lee

Host:
Ravi Shah (Quillstack)

Event Date/Time:
1:00pm - 1:45pm, Wednesday, February 20, 2030 (Eastern Time - US & Canada)

Location:
Google Meet - link will be shared by the host

Questions:
Position you're interviewing for: Backend Engineer (Go)

Cancel or reschedule: https://slotkeeper.com/cancellations/3a9f0e

Powered by SlotKeeper
""",
 exp=dict(company='Quillstack', alt=[], role='Backend Engineer (Go)', start='2030-02-20T13:00', zone='America/New_York', dur=45,
  iv=['Ravi Shah'], niv=['Jordan Lee'], notes='scheduling-tool confirmation; company only in parentheses after host name; Thunderbird forward header; "Eastern Time - US & Canada"')),

dict(id='en-06', kind='invite', now='2030-03-27T12:10:00+00:00', userZone='Europe/Dublin', user=U4,
 subj='FW: Kestrel Payments \u2013 Risk Analyst interview', cte='quoted-printable', cs='utf-8', xmailer='Microsoft Outlook 16.0',
 ics_mode='attach',
 body="""________________________________
From: Aoife Kelly <aoife.kelly@kestrelpay.ie>
Sent: Wednesday 27 March 2030 10:58
To: Sarah McKenna <s.mckenna@eircom.net>
Subject: Kestrel Payments \u2013 Risk Analyst interview

Hi Sarah,

Lovely chatting to you earlier. As discussed, here are the details for your first-round interview for the Risk Analyst role:

Tuesday 2 April, 10am Irish time (note the clocks go forward on Sunday!)
Microsoft Teams \u2013 link in the attached invite
Panel: Niamh Gallagher (Head of Fraud & Risk) and Conor Byrne (Senior Analyst)

It should take about an hour. I'll be your point of contact throughout, so any questions just give me a shout.

Kind regards,
Aoife Kelly
Talent Acquisition | Kestrel Payments
""",
 ics=ics(None, '20300402T090000', '20300402T100000', 'Kestrel Payments - Risk Analyst - Sarah McKenna', ('Aoife Kelly', 'aoife.kelly@kestrelpay.ie'),
         [('Sarah McKenna', 's.mckenna@eircom.net'), ('Niamh Gallagher', 'niamh.gallagher@kestrelpay.ie'), ('Conor Byrne', 'conor.byrne@kestrelpay.ie')],
         'Microsoft Teams Meeting', utc=True, uid='en06'),
 exp=dict(company='Kestrel Payments', alt=['Kestrel'], role='Risk Analyst', start='2030-04-02T10:00', zone='Europe/Dublin', dur=60,
  iv=['Niamh Gallagher', 'Conor Byrne'], niv=['Aoife Kelly', 'Sarah McKenna'],
  notes='ICS in UTC (09:00Z) while text says 10am Irish time; EU DST change between forward and interview; Outlook underline forward header with no user note')),

dict(id='en-07', kind='invite', now='2030-05-02T17:20:00+01:00', userZone='Europe/London', user=U2,
 subj='FW: Second interview - Halvorsen Marine', cs='windows-1252', cte='8bit',
 body="""2nd round!!

From: Matt Drury <matt.drury@brightwatersearch.co.uk>
Sent: 02 May 2030 15:47
To: Owen Blake <owen.blake@outlook.com>
Subject: RE: Second interview - Halvorsen Marine

Hi Owen,

Hope you had a good bank holiday weekend \u2013 sorry, wrong week, that\u2019s next one! Anyway, good news: Halvorsen Marine were really impressed and want to see you again for the Operations Manager job.

They\u2019ve suggested Thursday the 9th at 3, at their Southampton office (Ocean Quay, SO14 3JF). You\u2019ll be seeing Erik Halvorsen, the MD, and Grace Lin, who heads up finance. I\u2019ll come along too and sit in for the first part, as I did last time.

Allow about an hour and a half. They\u2019ve said they\u2019ll make a decision by Friday 17th May.

Cheers,
Matt

Matt Drury | Principal Consultant
Brightwater Search Ltd | 023 8055 0192

-----Original Message-----
From: Owen Blake <owen.blake@outlook.com>
Sent: 26 April 2030 09:02
To: Matt Drury <matt.drury@brightwatersearch.co.uk>
Subject: Second interview - Halvorsen Marine

Hi Matt, any news from Halvorsen after Tuesday? Thanks, Owen
""",
 exp=dict(company='Halvorsen Marine', alt=[], role='Operations Manager', start='2030-05-09T15:00', zone='Europe/London', dur=90,
  iv=['Erik Halvorsen', 'Grace Lin', 'Matt Drury'], niv=['Owen Blake'], dd='2030-05-17',
  notes='agency consultant attends so he is an interviewer; "Thursday the 9th at 3" = 15:00; decision date stated; windows-1252 8bit; quoted older mail mentions "after Tuesday"')),

dict(id='en-08', kind='invite', now='2030-06-12T08:00:00-07:00', userZone='America/Vancouver', user=U5,
 subj='Fwd: Maplewood Credit Union - Telephone Interview', cte='quoted-printable', html=True,
 ics=ics('America/Vancouver', '20300617T091500', '20300617T093500', 'Telephone Interview - Maplewood Credit Union', ('Harpreet Gill', 'hgill@maplewoodcu.ca'), [('Jordan Lee', 'jordanlee.dev@fastmail.com')], 'Phone', rules='US', std='-0800', dst='-0700', uid='en08', prodid='-//Google Inc//Google Calendar 70.9054//EN'), ics_mode='inline',
 body="""

---------- Forwarded message ---------
From: Harpreet Gill <hgill@maplewoodcu.ca>
Date: Tue, Jun 11, 2030 at 3:14 PM
Subject: Maplewood Credit Union - Telephone Interview
To: <jordanlee.dev@fastmail.com>


Good afternoon Jordan,

Thank you for applying for the Member Service Representative (Part-Time) position with Maplewood Credit Union. Applications remain open until June 30, but we are interviewing early.

I would like to schedule a brief telephone interview with you on Monday, June 17 at 9:15 a.m. PT. I expect the call to last around 20 minutes. I will call you at 604-555-0193.

If this time does not work, please let me know.

Regards,

Harpreet Gill
HR Generalist
Maplewood Credit Union
""",
 exp=dict(company='Maplewood Credit Union', alt=['Maplewood'], role='Member Service Representative (Part-Time)',
  start='2030-06-17T09:15', zone='America/Vancouver', dur=20, iv=['Harpreet Gill'], niv=['Jordan Lee'],
  notes='sender is the interviewer; "a.m. PT" in Vancouver; applications-close date is bait')),

dict(id='en-09', kind='reschedule', now='2030-01-18T11:45:00-05:00', userZone='America/New_York', user=U1,
 subj='Fwd: Re: Interview Tuesday', cte='quoted-printable',
 body="""they moved it

---------- Forwarded message ---------
From: Lisa Park <lpark@draytonfoods.com>
Date: Fri, Jan 18, 2030 at 10:51 AM
Subject: Re: Interview Tuesday
To: Rachel Nguyen <rachel.nguyen84@gmail.com>


Hi Rachel,

So sorry, something came up on my end for Tuesday. Can we move it to Thursday the 24th at 3pm instead? Same Teams link, still about 45 min.

Thanks for understanding!
Lisa

On Mon, Jan 14, 2030 at 9:02 AM Lisa Park <lpark@draytonfoods.com> wrote:
> Hi Rachel,
>
> Thanks for applying for the Supply Chain Planner role at Drayton Foods. I'd love to set up a 45-minute Teams interview with you on Tuesday, January 22 at 10:00 AM Eastern.
>
> Best,
> Lisa Park
> Supply Chain Manager, Drayton Foods
""",
 exp=dict(company='Drayton Foods', alt=[], role='Supply Chain Planner', start='2030-01-24T15:00', zone='America/New_York', dur=45,
  iv=['Lisa Park'], niv=['Rachel Nguyen'], notes='text-only reschedule inside a quoted thread; old slot Tue Jan 22 10:00 in quote; zone only in the quoted mail')),

dict(id='en-10', kind='reschedule', now='2030-03-05T13:02:00-05:00', userZone='America/New_York', user=U1,
 subj='FW: Updated: Vantage Ridge Capital - Associate, Private Credit (new time)', cte='quoted-printable', xmailer='Microsoft Outlook 16.0',
 ics_mode='inline', html=True,
 body="""

From: Patricia Lowe <plowe@vantageridge.com>
Sent: Tuesday, March 5, 2030 11:37 AM
To: Rachel Nguyen <rachel.nguyen84@gmail.com>
Cc: Daniel Szabo <dszabo@vantageridge.com>; Meera Iyer <miyer@vantageridge.com>
Subject: Updated: Vantage Ridge Capital - Associate, Private Credit (new time)

Good morning Rachel,

Daniel has a conflict on Thursday afternoon, so we have moved your interview for the Associate, Private Credit role from Thursday, March 7 at 4:00 PM to Tuesday, March 12 at 8:30 AM ET. Please note this is after the daylight saving change.

The meeting remains 60 minutes at our offices, 300 Park Avenue, 18th floor, with Daniel Szabo and Meera Iyer. The updated calendar invitation is included.

Best regards,
Patricia Lowe
Executive Assistant to Daniel Szabo
Vantage Ridge Capital
""",
 ics=ics('Eastern Standard Time', '20300312T083000', '20300312T093000', 'Interview: Rachel Nguyen - Associate, Private Credit',
         ('Patricia Lowe', 'plowe@vantageridge.com'), [('Rachel Nguyen', 'rachel.nguyen84@gmail.com'), ('Daniel Szabo', 'dszabo@vantageridge.com'), ('Meera Iyer', 'miyer@vantageridge.com')],
         '300 Park Avenue, 18th floor', seq=1, rules='US', std='-0500', dst='-0400', uid='en10'),
 exp=dict(company='Vantage Ridge Capital', alt=['Vantage Ridge'], role='Associate, Private Credit', start='2030-03-12T08:30',
  zone='America/New_York', dur=60, iv=['Daniel Szabo', 'Meera Iyer'], niv=['Patricia Lowe', 'Rachel Nguyen'],
  notes='inline text/calendar SEQUENCE:1 with Windows TZID; old and new slot both in text; new slot after US DST')),

dict(id='en-11', kind='rejection', now='2030-02-26T20:14:00-08:00', userZone='America/Los_Angeles', user=U2,
 subj='Fwd: Your application to Orchard Lane Studios', cte='7bit',
 body="""ugh. file this one under no

---------- Forwarded message ---------
From: Beth Carrow <jobs@orchardlanestudios.com>
Date: Tue, Feb 26, 2030 at 5:02 PM
Subject: Your application to Orchard Lane Studios
To: <owen.blake@outlook.com>


Dear Owen,

Thank you for taking the time to interview with us on Friday for the Junior Animator position. We truly enjoyed seeing your reel.

After careful consideration, we have decided to move forward with another candidate whose experience more closely matches our current production needs.

We'll keep your details on file for 12 months and hope to open new roles around September. We wish you the best in your search.

Warmly,
Beth Carrow
Studio Coordinator, Orchard Lane Studios
""",
 exp=dict(company='Orchard Lane Studios', alt=['Orchard Lane'], role='Junior Animator', start=None, zone=None, dur=None,
  iv=[], niv=['Beth Carrow', 'Owen Blake'], notes='rejection with future-looking bait (12 months, September)')),

dict(id='en-12', kind='offer', now='2030-03-20T10:00:00-05:00', userZone='America/Chicago', user=U3,
 subj='FW: Offer of Employment - Structural Engineer II', cte='quoted-printable', cs='windows-1252',
 body="""WE GOT IT \U0001F389 (well, I did)

-----Original Message-----
From: Denise Whitfield <dwhitfield@hollisgrant.com>
Sent: Tuesday, March 19, 2030 4:30 PM
To: Tom Adeyemi <tadeyemi@icloud.com>
Subject: Offer of Employment - Structural Engineer II

Dear Tom,

On behalf of Hollis & Grant Engineering, I am pleased to offer you the position of Structural Engineer II in our Chicago office, reporting to Mark Feeney.

Your starting salary will be $92,000 per year, with a proposed start date of Monday, April 15, 2030. Full details are in the attached letter.

Please sign and return the offer letter by Friday, March 29. If you have any questions, I\u2019m happy to set up a call with Mark.

Sincerely,
Denise Whitfield
HR Manager \u2013 Hollis & Grant Engineering
""",
 exp=dict(company='Hollis & Grant Engineering', alt=['Hollis & Grant', 'Hollis and Grant'], role='Structural Engineer II', start=None,
  zone=None, dur=None, iv=[], niv=['Denise Whitfield', 'Mark Feeney', 'Tom Adeyemi'],
  notes='offer; sign-by date is the candidate deadline so decisionDate null; manager named but not an interviewer; start date of job is not an interview start')),

dict(id='en-13', kind='not-interview', now='2030-02-04T12:30:00-05:00', userZone='America/New_York', user=U5,
 subj='Fwd: You\'re invited: Careers at Fernhill Bio - Live Q&A Thursday', cte='quoted-printable', html=True,
 body="""is this worth going to?

---------- Forwarded message ---------
From: Fernhill Bio Careers <careers@fernhillbio.com>
Date: Mon, Feb 4, 2030 at 8:00 AM
Subject: You're invited: Careers at Fernhill Bio - Live Q&A Thursday
To: <jordanlee.dev@fastmail.com>


Hi Jordan,

Curious what it's like to work at Fernhill Bio? Join our recruiters and engineers for a live Q&A on Thursday, February 7 at 12:00 PM ET (45 minutes) on YouTube Live.

We'll cover our open roles in lab automation, software and data, and how our interview process works.

Save your spot: https://fernhillbio.com/events/careers-qa

See you there!
The Fernhill Bio Talent Team

You are receiving this because you joined our talent community. Unsubscribe.
""",
 exp=dict(company='Fernhill Bio', alt=['Fernhill'], role=None, start=None, zone=None, dur=None, iv=[], niv=['Jordan Lee'],
  notes='webinar invitation with date, time and duration as bait')),

dict(id='en-14', kind='not-interview', now='2030-04-17T09:05:00-04:00', userZone='America/New_York', user=U1,
 subj='Fwd: Thank you for applying - Senior Accountant', cte='base64',
 body="""fyi, applied here

---------- Forwarded message ---------
From: Redgate Mills Recruiting <no-reply@redgatemills.com>
Date: Tue, Apr 16, 2030 at 6:12 PM
Subject: Thank you for applying - Senior Accountant
To: <rachel.nguyen84@gmail.com>


Dear Rachel,

Thank you for applying for the Senior Accountant position at Redgate Mills. We have received your application.

Our team reviews every application and aims to contact shortlisted candidates within 10 business days. Please note our offices are closed on Good Friday, April 19, so responses may take a little longer.

If you are selected for an interview, a member of our team will reach out to schedule a time.

Best regards,
Redgate Mills Talent Acquisition
""",
 exp=dict(company='Redgate Mills', alt=[], role='Senior Accountant', start=None, zone=None, dur=None, iv=[], niv=['Rachel Nguyen'],
  notes='application acknowledgement; "within 10 business days" is vague and about shortlisting, not a decision; Good Friday bait')),
]

items[11]['cs'] = 'utf-8'  # user note has an emoji, so the client sent utf-8

build_all(items, 'en')
