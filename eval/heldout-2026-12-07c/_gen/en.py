from mime import write
P = 'Priya Raman <priya.raman@fastmail.example>'
M = 'Marcus Oyelaran <m.oyelaran@proton.example>'
H = 'Hannah Cole <hannahcole88@gmail.example>'
F = []

F.append(dict(id='en-01', uz='America/New_York', now='2028-08-08T09:40', user=P, style='gmail', html=True, cte='qp',
 frm='Talentloop Scheduling <no-reply@talentloop.example>', subj='Interview confirmed: Marlow Biosciences – Senior Data Engineer',
 body='''Hi Priya,

Your interview with Marlow Biosciences has been confirmed.

Role: Senior Data Engineer
When: Thursday, August 17, 2028, 1:00 PM - 2:00 PM (Eastern Time - New York)
Where: Microsoft Teams (link in the calendar invitation)

Interviewers:
  Dana Whitcombe - Director, Data Platform
  Luis Ortega - Staff Engineer

Need to reschedule? Use the link below or reply to Kelsey Amato, Recruiting Coordinator.

Good luck!
Talentloop on behalf of Marlow Biosciences

You are receiving this email because you applied for a position at Marlow Biosciences through Talentloop.''',
 ics=dict(start='2028-08-17T13:00', zone='America/New_York', dur=60, tzid='America/New_York', tzkind='USE',
  summary='Marlow Biosciences - Senior Data Engineer interview', organizer=('Kelsey Amato', 'kelsey.amato@marlowbio.example'),
  attendees=[('Priya Raman', 'priya.raman@fastmail.example'), ('Dana Whitcombe', 'dwhitcombe@marlowbio.example'), ('Luis Ortega', 'lortega@marlowbio.example')],
  location='Microsoft Teams Meeting', prodid='-//Talentloop//Scheduler 4.2//EN'),
 exp=dict(kind='invite', company='Marlow Biosciences', role='Senior Data Engineer', start='2028-08-17T13:00', zone='America/New_York', dur=60,
  iv=['Dana Whitcombe', 'Luis Ortega'], niv=['Kelsey Amato', 'Priya Raman'],
  notes='ATS sender (Talentloop) on behalf of employer; coordinator only schedules; ICS IANA TZID.')))

F.append(dict(id='en-02', uz='Europe/London', now='2028-08-29T11:05', user=H, style='outlook', cs='windows-1252', cte='qp', ago=180,
 note='fyi - finally!!',
 frm='Beatrix Lund <beatrix.lund@pembertonhale.example>', subj='Interview invitation – Financial Analyst',
 body='''Dear Hannah,

Thank you for your application for the Financial Analyst role at Pemberton & Hale. I’m delighted to invite you to interview at our Leeds office on Thursday 7th September at 10.30am.

The interview will last approximately 45 minutes. You’ll be meeting Harriet Okafor, our Head of Finance, along with Tom Reilly from the FP&A team. There’s no presentation to prepare, but do bring along any questions you have about the team.

We aim to let all candidates know the outcome by Friday 15th September.

Please reply to confirm you can attend, and let me know if you have any access requirements.

Kind regards,

Beatrix Lund
Talent Partner
Pemberton & Hale LLP
2 Wellington Place, Leeds LS1 4AP''',
 exp=dict(kind='invite', company='Pemberton & Hale', alts=['Pemberton & Hale LLP'], role='Financial Analyst', start='2028-09-07T10:30', zone='Europe/London', dur=45,
  iv=['Harriet Okafor', 'Tom Reilly'], niv=['Beatrix Lund', 'Hannah'], dd='2028-09-15',
  notes='UK spelled date without year, "10.30am", windows-1252 smart quotes; decision date promised.')))

F.append(dict(id='en-03', uz='America/Chicago', now='2028-09-08T16:20', user=M, style='apple', cte='8bit',
 note='Corvane first round. Jess is the recruiter, not from Corvane',
 frm='Jess Tran <jess@northgatetalent.example>', subj='Corvane - you\'re on for Wednesday',
 body='''Hey Marcus,

Great news - Corvane Systems loved your background and want to get you in front of their VP Eng, Marcus Feld (yes, same first name, he thought that was funny). 

Details:
Wed 9/13 @ 3pm Central
30 min video call, he'll send a Google Meet link
Role: Platform Engineering Manager

It's mostly a culture/leadership convo, not technical. I'll ring you Tuesday evening to prep.

They told me they'll make a call on who goes to the onsite by Friday 9/22.

Talk soon,
Jess

Jess Tran | Senior Recruiter
Northgate Talent Partners
(512) 555-0143''',
 exp=dict(kind='invite', company='Corvane Systems', alts=['Corvane'], role='Platform Engineering Manager', start='2028-09-13T15:00', zone='America/Chicago', dur=30,
  iv=['Marcus Feld'], niv=['Jess Tran', 'Marcus Oyelaran'], dd='2028-09-22',
  notes='Agency recruiter writing for client; interviewer shares first name with candidate; US numeric date without year; recruiter preps but does not join.')))

F.append(dict(id='en-04', uz='America/Los_Angeles', now='2028-11-01T14:10', user=H.replace('hannahcole88', 'hcole.work'), style='attach',
 note='Forwarding as attachment. Hollis onsite (virtual). note the time change this weekend',
 frm='Slotframe <invites@slotframe.example>', subj='Hollis Freight: Interview with Renee Castellanos', html=True, cte='b64',
 body='''Hello Hannah,

Aaron Pike from Hollis Freight has scheduled the following interview for you.

Operations Program Manager - Hiring Manager Interview
Tuesday, November 7, 2028
10:00 AM - 10:45 AM Pacific Time (PT)
Interviewer: Renee Castellanos, Director of Network Operations

A calendar invitation is attached. Times in the invitation are in UTC; your calendar will convert them.

If you need to make changes, please contact Aaron Pike (aaron.pike@hollisfreight.example).

Sent by Slotframe for Hollis Freight''',
 ics=dict(start='2028-11-07T10:00', zone='America/Los_Angeles', dur=45, utc=True, summary='Interview: Renee Castellanos / Hannah Cole',
  organizer=('Aaron Pike', 'aaron.pike@hollisfreight.example'), attendees=[('Renee Castellanos', 'renee.c@hollisfreight.example'), ('Hannah Cole', 'hcole.work@gmail.example')],
  location='Zoom', prodid='-//Slotframe//EN', b64=True),
 exp=dict(kind='invite', company='Hollis Freight', role='Operations Program Manager', start='2028-11-07T10:00', zone='America/Los_Angeles', dur=45,
  iv=['Renee Castellanos'], niv=['Aaron Pike', 'Hannah Cole'],
  notes='message/rfc822; ICS in UTC (18:00Z) after US DST ends Nov 5 while now is still PDT; tool sender.')))

F.append(dict(id='en-05', uz='America/New_York', now='2028-10-19T08:55', user=P, style='outlook-orig', html=True, cte='qp',
 frm='Mitch Dorsey <mdorsey@quillfeather.example>', subj='Panel Interview - Actuarial Associate (Req 4471)',
 cc=['Farah Jilani <fjilani@quillfeather.example>'],
 body='''Good morning Priya,

Thank you for your time on the phone last week. We would like to invite you to a panel interview for the Actuarial Associate position.

Date: Monday, October 30, 2028
Time: 9:00 - 11:30 a.m. (Eastern)
Location: Quillfeather Insurance, 180 Asylum Street, Hartford - 6th floor reception

Your panel:
- Gwen Sato, AVP Pricing
- Obi Nwachukwu, Senior Actuary
- Farah Jilani, HR Business Partner

The panel includes a short case exercise (about 30 minutes of the session). We expect to make a decision by November 10.

Please accept the attached invitation to confirm. Visitor parking is in the Church Street garage.

Best regards,
Mitch Dorsey
Talent Acquisition Specialist | Quillfeather Insurance''',
 ics=dict(start='2028-10-30T09:00', zone='America/New_York', dur=150, tzid='Eastern Standard Time', tzkind='USE', inline=True, b64=True,
  summary='Panel Interview - Priya Raman - Actuarial Associate', organizer=('Mitch Dorsey', 'mdorsey@quillfeather.example'),
  attendees=[('Gwen Sato', 'gsato@quillfeather.example'), ('Obi Nwachukwu', 'onwachukwu@quillfeather.example'), ('Farah Jilani', 'fjilani@quillfeather.example')],
  location='Hartford HQ - 6th floor'),
 exp=dict(kind='invite', company='Quillfeather Insurance', alts=['Quillfeather'], role='Actuarial Associate', start='2028-10-30T09:00', zone='America/New_York', dur=150,
  iv=['Gwen Sato', 'Obi Nwachukwu', 'Farah Jilani'], niv=['Mitch Dorsey', 'Priya'], dd='2028-11-10',
  notes='Outlook Original Message; Windows TZID in base64 inline ICS; HR on panel; the "30 minutes" case is part of the session, duration from range.')))

F.append(dict(id='en-06', uz='America/Toronto', now='2028-10-26T12:30', user=M.replace('m.oyelaran@proton', 'marcus.o@rogers'), style='gmail', cte='8bit',
 frm='Clara Whitfield <clara@ashgrovedigital.example>', subj='Chat with Sunil next week?',
 body='''Hi Marcus,

Lovely to speak earlier! As promised, here's the next step: a conversation with Sunil Bhatt, our CTO. I'll be on the call too.

Thursday 2 November, 2pm London time (that's 10am for you in Toronto - the clocks go back here this Sunday, so the gap is only 4 hours that week). It'll run for about an hour. Teams link to follow.

Shout if that doesn't work.

Cheers,
Clara

Clara Whitfield
Head of People, Ashgrove Digital
London''',
 exp=dict(kind='invite', company='Ashgrove Digital', role=None, start='2028-11-02T14:00', zone='Europe/London', dur=60,
  iv=['Sunil Bhatt', 'Clara Whitfield'], niv=['Marcus'],
  notes='Cross-DST window (UK on GMT, Toronto still EDT): same instant as 10:00 America/Toronto; match on instant. Sender joins. Role not stated.')))

F.append(dict(id='en-07', uz='America/New_York', now='2028-10-06T17:45', user=P, style='tbird', cte='qp',
 note='this one\'s in person',
 frm='Teresa Quinlan <tquinlan@brightwatercu.example>', subj='Re: Member Services Team Lead - interview times',
 body='''Perfect, Wednesday at 2 it is! It'll be Jordan Pryce (Branch Operations Manager) and me, about 40 minutes, at our Elm Street branch (455 Elm St, Akron). Ask for me at the front desk.

Teresa

Teresa Quinlan | People & Culture
Brightwater Credit Union

On 10/5/2028 9:12 PM, Priya Raman wrote:
> Hi Teresa, Wednesday at 2pm works best for me. Thank you!
> Priya
>
> On 10/5/2028 3:30 PM, Teresa Quinlan wrote:
>> Hi Priya, thanks for applying to the Member Services Team Lead role. Could you do one of these?
>> - Tue 10/10 at 9:00 am
>> - Wed 10/11 at 2:00 pm
>> - Thu 10/12 at 11:00 am
>> Teresa''',
 exp=dict(kind='invite', company='Brightwater Credit Union', alts=['Brightwater'], role='Member Services Team Lead', start='2028-10-11T14:00', zone='America/New_York', dur=40,
  iv=['Jordan Pryce', 'Teresa Quinlan'], niv=['Priya Raman'],
  notes='Reply thread with three offered slots, one confirmed only as "Wednesday at 2"; sender joins.')))

F.append(dict(id='en-08', uz='America/Los_Angeles', now='2028-09-19T10:02', user=H.replace('hannahcole88', 'hcole.work'), style='gmail', html=True, cte='qp',
 frm='Rosa Delgado <rosa.delgado@lumenfield.example>', subj='Lumenfield Games | Technical Interview - Gameplay Engineer II',
 body='''Hi Hannah,

Thanks for finishing the take-home so quickly! The team would like to move you to the technical interview (90 minutes).

Monday 9/25, 11:00 AM - 12:30 PM PT on Zoom. Kenji Morrow and Abby Lindqvist from the combat team will run it - expect some live coding in C++ plus a walkthrough of your take-home.

Please accept the invite so it lands on their calendars.

Rosa Delgado
Recruiting Coordinator | Lumenfield Games
Bellevue, WA''',
 ics=dict(start='2028-09-25T11:00', zone='America/Los_Angeles', dur=90, tzid='Pacific Standard Time', tzkind='USP', inline=True,
  summary='Technical Interview - Hannah Cole (Gameplay Engineer II)', organizer=('Rosa Delgado', 'rosa.delgado@lumenfield.example'),
  attendees=[('Kenji Morrow', 'kmorrow@lumenfield.example'), ('Abby Lindqvist', 'alindqvist@lumenfield.example')], location='Zoom'),
 exp=dict(kind='invite', company='Lumenfield Games', alts=['Lumenfield'], role='Gameplay Engineer II', start='2028-09-25T11:00', zone='America/Los_Angeles', dur=90,
  iv=['Kenji Morrow', 'Abby Lindqvist'], niv=['Rosa Delgado', 'Hannah'],
  notes='Windows TZID "Pacific Standard Time" in September (PDT in force); ICS inline in alternative.')))

F.append(dict(id='en-09', uz='America/New_York', now='2028-08-14T15:00', user=P, style='outlook', html=True, cte='qp',
 frm='Kelsey Amato <kelsey.amato@marlowbio.example>', subj='UPDATED: Marlow Biosciences interview - new time',
 body='''Hi Priya,

Apologies for the shuffle - Dana has a board meeting that moved onto Thursday afternoon. Could we move your interview from Thu 8/17 at 1:00 PM to Friday 8/18 at 10:30 AM ET? Same panel (Dana and Luis), still one hour.

I've sent an updated invite; if Friday doesn't work, reply and I'll find another slot.

Thanks for your flexibility,
Kelsey Amato
Recruiting Coordinator, Marlow Biosciences''',
 ics=dict(start='2028-08-18T10:30', zone='America/New_York', dur=60, tzid='America/New_York', tzkind='USE', seq=1,
  summary='Marlow Biosciences - Senior Data Engineer interview', organizer=('Kelsey Amato', 'kelsey.amato@marlowbio.example'),
  attendees=[('Dana Whitcombe', 'dwhitcombe@marlowbio.example'), ('Luis Ortega', 'lortega@marlowbio.example')], location='Microsoft Teams Meeting'),
 exp=dict(kind='reschedule', company='Marlow Biosciences', role='Senior Data Engineer', start='2028-08-18T10:30', zone='America/New_York', dur=60,
  iv=['Dana Whitcombe', 'Luis Ortega'], niv=['Kelsey Amato', 'Priya'],
  notes='Reschedule, old slot in text, SEQUENCE:1. Body names only first names (Dana, Luis); full names are in the ICS attendees. First names alone are acceptable.')))

F.append(dict(id='en-10', uz='America/New_York', now='2028-10-09T08:20', user=P, style='gmail', cte='8bit',
 note='ugh they moved it',
 frm='Teresa Quinlan <tquinlan@brightwatercu.example>', subj='Change of plans for Wednesday',
 body='''Hi Priya,

I'm so sorry - Jordan is out this week on a family matter, so we need to move Wednesday. Would Monday the 16th at 9:30am work instead? Same place, same format.

Teresa
People & Culture | Brightwater Credit Union''',
 exp=dict(kind='reschedule', company='Brightwater Credit Union', alts=['Brightwater'], role=None, start='2028-10-16T09:30', zone='America/New_York', dur=None,
  iv=['Jordan'], niv=['Teresa Quinlan', 'Priya'],
  notes='Short mail, company only in the signature, no role; "same format" -> duration null. Teresa presumably joins again but the mail does not say so; Teresa in interviewers is defensible.')))

F.append(dict(id='en-11', uz='America/Los_Angeles', now='2028-11-16T19:25', user=H.replace('hannahcole88', 'hcole.work'), style='gmail', cte='qp',
 note='well. that\'s that',
 frm='Hollis Freight Careers <careers@hollisfreight.example>', subj='Your application for Operations Program Manager',
 body='''Dear Hannah,

Thank you for taking the time to interview with us for the Operations Program Manager position. After careful consideration, we have decided to move forward with other candidates whose experience more closely matches our current needs.

We appreciate your interest in Hollis Freight and encourage you to apply for future openings.

Sincerely,
Talent Acquisition Team
Hollis Freight''',
 exp=dict(kind='rejection', company='Hollis Freight', role='Operations Program Manager', niv=['Hannah'], notes='Plain ATS rejection.')))

F.append(dict(id='en-12', uz='America/New_York', now='2028-11-15T12:10', user=P, style='outlook', html=True, cte='qp',
 note='!!!!!',
 frm='Farah Jilani <fjilani@quillfeather.example>', subj='Offer of Employment - Actuarial Associate',
 body='''Dear Priya,

On behalf of Quillfeather Insurance, I am pleased to offer you the position of Actuarial Associate, reporting to Gwen Sato. Your starting salary will be $92,500 per year, with a proposed start date of Monday, January 8, 2029.

The full offer letter is attached. Please let us know your decision by Wednesday, November 22.

We were all impressed with you during the panel and hope you'll join us.

Warm regards,
Farah Jilani
HR Business Partner''',
 exp=dict(kind='offer', company='Quillfeather Insurance', alts=['Quillfeather'], role='Actuarial Associate', niv=['Farah Jilani', 'Gwen Sato', 'Priya'],
  notes='Offer; "let us know by Nov 22" is the candidate deadline -> decisionDate null; start date Jan 8 is not an interview.')))

F.append(dict(id='en-13', uz='America/New_York', now='2028-09-11T07:50', user=M.replace('m.oyelaran@proton', 'marcus.o@rogers'), style='apple', html=True, cte='qp',
 frm='Tidewell Energy Careers <careers-noreply@tidewell.example>', subj='We received your application - Grid Analytics Lead',
 body='''Hi Marcus,

Thanks for applying for the Grid Analytics Lead role at Tidewell Energy. Our team reviews every application and we usually get back to candidates within 2-3 weeks.

While you wait, join our virtual "Life at Tidewell" info session on Thursday, September 14 at 12:00 PM ET - register at tidewell.example/events.

Tidewell Energy Talent Team''',
 exp=dict(kind='not-interview', company='Tidewell Energy', role='Grid Analytics Lead', niv=['Marcus'],
  notes='Acknowledgement baited with an info-session date/time.')))

F.append(dict(id='en-14', uz='America/Chicago', now='2028-09-27T06:30', user=M, style='gmail', html=True, cte='qp',
 note='can you ignore these from now on?',
 frm='CareerHarbor Alerts <alerts@careerharbor.example>', subj='12 new jobs for "engineering manager" near Chicago',
 body='''New matches for your saved search "engineering manager"

Engineering Manager, Payments - Norbridge Pay - Chicago, IL
Senior Engineering Manager - Fathom Health - Remote
Engineering Manager II - Kestrel Robotics - Evanston, IL
... and 9 more

Don't miss the CareerHarbor Tech Career Fair: Thursday, October 5, 10am-3pm CT at Navy Pier. 

Manage alerts | Unsubscribe''',
 exp=dict(kind='not-interview', company=None, role=None, notes='Job alert with a career-fair date; user asks to ignore these.')))

write('en', F)
