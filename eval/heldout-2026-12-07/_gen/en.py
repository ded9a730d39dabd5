from mime import make, ics
L = 'en'; NY = 'America/New_York'
# 01 invite, Gmail + HTML, interviewers in prose, coordinator signature
make(L, 1, dict(kind='invite', now='2027-04-07T08:40:00', userZone=NY, company='Marrowfield Biotech', companyAlternatives=['Marrowfield'],
  role='Senior Data Engineer', start='2027-04-15T13:00', zone=NY, durationMinutes=45,
  interviewers=['Oluwaseun Adeyemi', 'Hannah Kowalczyk'], notInterviewers=['Jess Moreno', 'Sam Whitaker'], decisionDate=None,
  notes='Interviewers introduced in prose; coordinator signs but does not interview; "within five business days" is vague -> null.'),
  user='Sam Whitaker <sam.whitaker.mail@gmail.com>', html=True,
  orig=dict(**{'from': 'Jess Moreno <jmoreno@marrowfieldbio.com>', 'to': 'sam.whitaker.mail@gmail.com',
               'date': 'Tue, Apr 6, 2027 at 4:12 PM', 'subject': 'Marrowfield Biotech | Interview - Senior Data Engineer'}),
  intro='fyi',
  body="""Hi Sam,

Thanks again for your interest in the Senior Data Engineer role at Marrowfield Biotech! The team would love to move you forward to a video interview.

When: Thursday, April 15, 1:00 - 1:45 PM ET
Where: Zoom (link below)

You'll be speaking with Oluwaseun Adeyemi, who leads our Clinical Data group, and Hannah Kowalczyk from Platform Engineering. Expect a mix of questions about pipelines you've built and a short whiteboard-style discussion, no live coding.

Join Zoom: https://marrowfieldbio.zoom.us/j/84120937711?pwd=Q2xhcmsxMjM
Meeting ID: 841 2093 7711

We aim to get back to every candidate within five business days of their interview. If the time doesn't work, just reply here and I'll find another slot.

Best,
Jess

Jess Moreno
Talent Coordinator | Marrowfield Biotech
400 Technology Sq, Cambridge, MA 02139
""")
# 02 invite, Outlook with ICS (Windows TZ Pacific), two zones in text
make(L, 2, dict(kind='invite', now='2027-05-10T11:02:00', userZone=NY, company='Sundial Payments', companyAlternatives=['Sundial'],
  role='Product Designer', start='2027-05-18T10:00', zone='America/Los_Angeles', durationMinutes=60,
  interviewers=['Marcus Ilunga'], notInterviewers=['Rachel Tobin', 'Ana Beltrán'], decisionDate=None,
  notes='Text gives 10:00 AM PT / 1:00 PM ET; same instant. ICS uses Windows TZID "Pacific Standard Time".'),
  user='Ana Beltrán <ana.beltran@outlook.com>', style='outlook', html=True, cte='quoted-printable',
  cal=ics(uid='0400000082-sundial-5521', start='2027-05-18T10:00', zone='America/Los_Angeles', dur=60,
          summary='Sundial Payments - Portfolio review (Product Designer)', organizer=('Rachel Tobin', 'rtobin@sundialpay.com'),
          attendees=[('Ana Beltrán', 'ana.beltran@outlook.com'), ('Marcus Ilunga', 'milunga@sundialpay.com')],
          location='Microsoft Teams Meeting', tz='win', tzid='Pacific Standard Time', vtz='us8', stamp='20270510T145500Z'),
  calmode='attach', calcte='base64',
  orig={'from': 'Rachel Tobin <rtobin@sundialpay.com>', 'to': 'Ana Beltrán <ana.beltran@outlook.com>',
        'date': 'Monday, May 10, 2027 10:55 AM', 'subject': 'Portfolio review – Product Designer, Sundial Payments'},
  body="""Hi Ana,

Great news, Marcus Ilunga (Design Manager, Checkout) would like to do a portfolio review with you.

Tuesday, May 18
10:00 – 11:00 AM PT (1:00 – 2:00 PM ET)
Microsoft Teams – link in the attached invite

Please pick 2–3 projects and plan for ~35 minutes of presenting; Marcus will keep the rest for questions.

Thanks,
Rachel Tobin
Recruiting Coordinator
Sundial Payments
""")
# 03 invite from scheduling tool, ICS in UTC, across US DST end (EDT at now, EST at interview)
make(L, 3, dict(kind='invite', now='2027-11-03T16:20:00', userZone=NY, company='Ostrander Capital', companyAlternatives=[],
  role='Compliance Analyst', start='2027-11-09T14:30', zone=NY, durationMinutes=30,
  interviewers=['Kenji Watanabe'], notInterviewers=['Leah Fortin'], decisionDate=None,
  notes='Scheduling tool "Hirequeue" sends on behalf of the employer. ICS is in UTC (19:30Z); the text says 2:30 PM Eastern. US DST ends 2027-11-07 between now and the interview, so 14:30 EST = 19:30Z, not 18:30Z. The recruiter runs the phone screen himself.'),
  user='Leah Fortin <leah.fortin@icloud.com>', style='apple', html=True,
  cal=ics(uid='hq-7f3a9c21@hirequeue.io', start='2027-11-09T14:30', zone=NY, dur=30, tz='utc',
          summary='Phone screen: Leah Fortin <> Ostrander Capital', organizer=('Hirequeue', 'no-reply@hirequeue.io'),
          attendees=[('Leah Fortin', 'leah.fortin@icloud.com'), ('Kenji Watanabe', 'kwatanabe@ostrandercap.com')],
          description='Kenji will call you at the number you provided.', stamp='20271103T201000Z'),
  calmode='alt', calcte='8bit',
  orig={'from': 'Hirequeue on behalf of Ostrander Capital <no-reply@hirequeue.io>', 'to': 'leah.fortin@icloud.com',
        'date': 'November 3, 2027 at 4:10:42 PM EDT', 'subject': 'Confirmed: Phone screen with Ostrander Capital'},
  body="""Your interview is confirmed

Ostrander Capital - Compliance Analyst
Phone screen with Kenji Watanabe (Talent Acquisition)

Tuesday, November 9, 2027
2:30 PM - 3:00 PM (Eastern Time - New York)

Kenji will call you at the number on your application. Need to change the time? Use the link below up to 24 hours before.
https://app.hirequeue.io/r/7f3a9c21/reschedule

Sent by Hirequeue, 1 Main St, Burlington VT. You received this because you booked a meeting.
""")
# 04 invite via staffing agency, time in words, Central time, decision date promised
make(L, 4, dict(kind='invite', now='2027-06-14T19:05:00', userZone='America/Chicago', company='Verity Home Insurance', companyAlternatives=['Verity'],
  role='Claims Operations Lead', start='2027-06-22T10:30', zone='America/Chicago', durationMinutes=90,
  interviewers=['Denise Achterberg', 'Luis Ferraro'], notInterviewers=['Tamsin Reyes', 'Darnell Hughes'], decisionDate='2027-06-25',
  notes='Agency recruiter (Brookline Talent Partners) writes; employer is the client. "half past ten" in words, "about an hour and a half". Client will decide by Friday the 25th.'),
  user='Darnell Hughes <dhughes.chi@yahoo.com>', style='tb', charset='utf-8', cte='8bit',
  orig={'from': 'Tamsin Reyes <treyes@brooklinetalent.com>', 'to': 'Darnell Hughes <dhughes.chi@yahoo.com>',
        'date': 'Mon, 14 Jun 2027 18:47:10 -0500', 'subject': 'Verity interview confirmed!'},
  intro='Another one for the list. Agency is Brookline, the job is at Verity.',
  body="""Hey Darnell,

Good news - Verity Home Insurance wants to meet you in person for the Claims Operations Lead spot.

It's set for Tuesday the 22nd at half past ten in the morning (Central) at their Schaumburg office, 1900 E Golf Rd, 6th floor. Ask for Denise at the front desk.

You'll sit down with Denise Achterberg (VP, Claims) and Luis Ferraro, who manages the ops floor. They told me to block about an hour and a half since they'll walk you through the floor afterwards.

Verity said they'll make a call by Friday the 25th, so we'll know quickly either way. Call me after and tell me how it went!

Tamsin Reyes
Senior Recruiter | Brookline Talent Partners
(312) 555-0148
""")
# 05 invite forwarded as attachment, company only in signature, "same time as our first chat"
make(L, 5, dict(kind='invite', now='2027-07-15T09:30:00', userZone=NY, company='Pinewood Labs', companyAlternatives=['Pinewood'],
  role='Backend Engineer', start='2027-07-21T14:00', zone=NY, durationMinutes=75,
  interviewers=['Gabe Lindqvist', 'Aisha Rahman'], notInterviewers=['Tomás Ferreira'], decisionDate=None,
  notes='Forward as message/rfc822. Company named only in the signature and sender domain; time given as "same time as our first chat (2pm Eastern)". Sender himself interviews.'),
  user='Tomás Ferreira <tomas.ferreira@fastmail.com>', style='rfc822', cte='7bit',
  intro='see attached, technical round!',
  orig={'from': 'Gabe Lindqvist <gabe@pinewoodlabs.co>', 'to': 'Tomás Ferreira <tomas.ferreira@fastmail.com>',
        'rfcdate': 'Wed, 14 Jul 2027 17:03:55 -0400', 'subject': 'next step'},
  body="""Hey Tomas,

Thanks for the conversation last week, the team liked what they heard. Would you be up for the technical round next Wednesday, the 21st, at the same time as our first chat (2pm Eastern)? It'll be me plus Aisha Rahman from the backend team, about 75 minutes. We'll pair on a small service in your language of choice.

Same Google Meet link as before: https://meet.google.com/qpr-hwzt-kef

Cheers,
Gabe

--
Gabe Lindqvist | Engineering Manager | Pinewood Labs
""")
# 06 invite, Outlook old-style separator, windows-1252 QP with smart quotes, time range, Labor Day bait
make(L, 6, dict(kind='invite', now='2027-09-03T17:45:00', userZone=NY, company='Halvorsen & Pratt LLP', companyAlternatives=['Halvorsen & Pratt'],
  role='Legal Operations Specialist', start='2027-09-13T09:30', zone=NY, durationMinutes=45,
  interviewers=["Catherine O'Dwyer", 'Priyanka Sethi'], notInterviewers=['Melissa Grant', 'Jordan Ellis'], decisionDate='2027-09-24',
  notes='windows-1252 with smart quotes; time range 9:30–10:15 a.m.; Labor Day office closure (Sept 6) is bait.'),
  user='Jordan Ellis <jordan.ellis@outlook.com>', style='outlook-old', charset='windows-1252', cte='quoted-printable',
  orig={'from': 'Melissa Grant <mgrant@halvorsenpratt.com>', 'to': "'jordan.ellis@outlook.com'",
        'date': 'Friday, September 3, 2027 4:58 PM', 'subject': 'Interview – Legal Operations Specialist'},
  body="""Dear Jordan,

Thank you for your application for the Legal Operations Specialist position with Halvorsen & Pratt LLP. We’d like to invite you to interview at our Midtown office:

Date: Monday, September 13, 2027
Time: 9:30–10:15 a.m.
Location: 1120 Avenue of the Americas, 14th Floor, New York, NY

You’ll meet with Catherine O’Dwyer, Director of Legal Operations, and Priyanka Sethi, Senior Paralegal. Please bring a photo ID for building security.

Please note our office is closed Monday, September 6 for Labor Day, so replies may be delayed until Tuesday. We expect to make a decision by September 24.

Kind regards,

Melissa Grant
HR Assistant
Halvorsen & Pratt LLP
""")
# 07 reschedule, text only, Thunderbird
make(L, 7, dict(kind='reschedule', now='2027-10-25T13:10:00', userZone=NY, company='Northgate Transit Authority', companyAlternatives=['Northgate Transit', 'NTA'],
  role='Data Analyst II', start='2027-11-02T15:30', zone=NY, durationMinutes=45,
  interviewers=['Rosa Delgado', 'Ike Mensah'], notInterviewers=['Bethany Coyle', 'Priya Natarajan'], decisionDate=None,
  notes='Old slot (Thursday, October 28 at 11:00 AM) is in the text; new slot is Tuesday, November 2 at 3:30 PM.'),
  user='Priya Natarajan <priya.natarajan@gmail.com>', style='tb', cte='quoted-printable',
  orig={'from': 'Bethany Coyle <bcoyle@northgatetransit.org>', 'to': 'Priya Natarajan <priya.natarajan@gmail.com>',
        'date': 'Mon, 25 Oct 2027 12:51:07 -0400', 'subject': 'RE: Interview for Data Analyst II - change of time'},
  intro='They moved it',
  body="""Hi Priya,

I'm sorry for the short notice, but Rosa has been called into a board session on Thursday, so we need to move your interview from Thursday, October 28 at 11:00 AM.

Could we instead do Tuesday, November 2 at 3:30 PM? The format stays the same: 45 minutes with Rosa Delgado and Ike Mensah, at 2 Penn Plaza, Room 7B. If I don't hear otherwise I'll assume that works.

Apologies again,
Bethany Coyle
Human Resources Generalist
Northgate Transit Authority
""")
# 08 rejection via ATS, Gmail, base64
make(L, 8, dict(kind='rejection', now='2027-08-19T21:14:00', userZone='America/Los_Angeles', company='Fernhill Studios', companyAlternatives=['Fernhill'],
  role='Narrative Designer', start=None, zone=None, durationMinutes=None, interviewers=[], notInterviewers=['Nadia Brooks'], decisionDate=None,
  notes='Rejection; "re-apply after March 2028" is bait.'),
  user='Kai Nakamura <kai.nakamura@gmail.com>', cte='base64', html=True, intro='welp',
  orig={'from': 'Fernhill Studios Careers <careers@fernhillstudios.com>', 'to': 'kai.nakamura@gmail.com',
        'date': 'Thu, Aug 19, 2027 at 5:02 PM', 'subject': 'Your application for Narrative Designer'},
  body="""Hi Kai,

Thank you for taking the time to interview with us for the Narrative Designer position. We truly enjoyed learning about your work on branching dialogue systems.

After careful consideration, we have decided not to move forward with your candidacy at this time. This was a difficult decision given the strength of the applicant pool.

We'll keep your profile on file, and you're welcome to apply to future openings after March 2028.

All the best,
Nadia Brooks
People Team, Fernhill Studios

Powered by Applyloop
""")
# 09 offer, deadline is the candidate's (decisionDate null), Thanksgiving mention
make(L, 9, dict(kind='offer', now='2027-11-19T10:00:00', userZone=NY, company='Copperleaf Health', companyAlternatives=['Copperleaf'],
  role='Clinical Informatics Analyst', start=None, zone=None, durationMinutes=None, interviewers=[], notInterviewers=['Yvonne Castillo', 'Dana Whitfield'], decisionDate=None,
  notes='Offer; "sign by November 26" is the candidate deadline -> decisionDate null. Start date Jan 3, 2028 is not an interview.'),
  user='Dana Whitfield <dana.whitfield@gmail.com>', html=True, intro='!!!!! offer letter attached in the portal',
  orig={'from': 'Yvonne Castillo <ycastillo@copperleafhealth.org>', 'to': 'Dana Whitfield <dana.whitfield@gmail.com>',
        'date': 'Fri, Nov 19, 2027 at 9:41 AM', 'subject': 'Offer of employment – Clinical Informatics Analyst'},
  body="""Dear Dana,

On behalf of Copperleaf Health, I am delighted to offer you the position of Clinical Informatics Analyst, reporting to Dr. Raymond Osei. Your proposed start date is Monday, January 3, 2028, with a starting salary of $92,000 per year.

Your offer letter is available in the candidate portal. Please review and sign by Friday, November 26. Our offices are closed on Thanksgiving Day (November 25), but I'm reachable by phone all week.

Warm regards,
Yvonne Castillo
Talent Acquisition Partner, Copperleaf Health
""")
# 10 not-interview: career fair newsletter with bait date/time
make(L, 10, dict(kind='not-interview', now='2027-10-06T07:55:00', userZone=NY, company=None, companyAlternatives=[],
  role=None, start=None, zone=None, durationMinutes=None, interviewers=[], notInterviewers=[], decisionDate=None,
  notes='Newsletter with a virtual career fair date/time as bait.'),
  user='Priya Natarajan <priya.natarajan@gmail.com>', style='gmail', html=True, intro='is this something?',
  orig={'from': 'Ridgeway Careers <news@ridgewaycareers.com>', 'to': 'priya.natarajan@gmail.com',
        'date': 'Tue, Oct 5, 2027 at 6:00 AM', 'subject': '🎯 This week: 40+ employers at our virtual career fair'},
  body="""RIDGEWAY CAREERS WEEKLY

Virtual Career Fair - Thursday, October 14, 6:00-9:00 PM ET
Meet recruiters from 40+ companies in healthcare, finance and public transit. Register once, drop into any booth.

New jobs matching "data analyst":
- Data Analyst, Borough Health Network (Brooklyn, NY)
- Reporting Analyst, Meridian Freight (Newark, NJ)

Unsubscribe | Manage alerts
""")
# 11 not-interview: application acknowledgement (UK), base64 utf-8
make(L, 11, dict(kind='not-interview', now='2027-05-03T12:20:00', userZone='Europe/London', company='Solent Marine', companyAlternatives=[],
  role='Procurement Specialist', start=None, zone=None, durationMinutes=None, interviewers=[], notInterviewers=['Gemma Pryce'], decisionDate=None,
  notes='Application acknowledgement; mentions that shortlisted candidates are invited "w/c 17 May" (bait, no interview booked). Sent on UK bank holiday.'),
  user='Owen Castell <owen.castell@btinternet.com>', style='apple', cte='base64',
  orig={'from': 'Solent Marine Recruitment <recruitment@solentmarine.co.uk>', 'to': 'owen.castell@btinternet.com',
        'date': '3 May 2027 at 11:58:03 BST', 'subject': 'Application received – Procurement Specialist (Ref SM-2291)'},
  body="""Dear Owen,

Thank you for applying for the role of Procurement Specialist (Ref SM-2291) at Solent Marine.

Our hiring team will review all applications after the closing date of 10 May. Shortlisted candidates will be invited to interview during the week commencing 17 May; if you have not heard from us by then, please assume your application has not been successful on this occasion.

Kind regards,
Gemma Pryce
Recruitment Team, Solent Marine
""")
# 12 invite: thread with several proposed slots, US numeric dates, Central time across the US DST change
make(L, 12, dict(kind='invite', now='2027-11-01T12:05:00', userZone='America/Chicago', company='Bramblecrest Foods', companyAlternatives=['Bramblecrest'],
  role='Supply Chain Planner', start='2027-11-08T09:00', zone='America/Chicago', durationMinutes=60,
  interviewers=['Wes Okafor', 'Lindsay Pruitt'], notInterviewers=['Carly Dunn', 'Darnell Hughes'], decisionDate=None,
  notes='Reply chain with three proposed slots (11/4 1pm, 11/5 10am, 11/8 9am); the candidate picks 11/8 and the coordinator confirms. US numeric dates; US DST ends 2027-11-07 between now (CDT) and the interview (CST).'),
  user='Darnell Hughes <dhughes.chi@yahoo.com>', style='gmail', cte='quoted-printable', html=True,
  orig={'from': 'Carly Dunn <cdunn@bramblecrestfoods.com>', 'to': 'Darnell Hughes <dhughes.chi@yahoo.com>',
        'date': 'Mon, Nov 1, 2027 at 11:48 AM', 'subject': 'Re: Supply Chain Planner - scheduling'},
  body="""Perfect, you're confirmed for Monday 11/8 at 9:00 AM Central. Wes Okafor (Director of Planning) and Lindsay Pruitt (S&OP Manager) will meet you in the lobby at 2150 W Fulton. Plan on an hour.

Carly

On Sun, Oct 31, 2027 at 8:15 PM Darnell Hughes <dhughes.chi@yahoo.com> wrote:
> Hi Carly, 11/8 at 9 works best for me. Thanks!
>
> On Fri, Oct 29, 2027 at 3:02 PM Carly Dunn <cdunn@bramblecrestfoods.com> wrote:
>> Hi Darnell, Wes would like to meet you onsite. Do any of these work?
>> - Thu 11/4, 1:00 PM
>> - Fri 11/5, 10:00 AM
>> - Mon 11/8, 9:00 AM
>> All times Central.
>>
>> Carly Dunn | Recruiting Coordinator | Bramblecrest Foods
""")
