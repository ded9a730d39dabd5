from lib import ics
U1 = ('Sam Whitaker', 'sam.whitaker84@gmail.com')
items = [
dict(id='en-01', kind='invite', style='gmail', prefix='Fwd: ', now='2031-03-06T21:47:00-05:00', userZone='America/New_York',
 user=('Maya Goldberg', 'maya.goldberg@gmail.com'), note='next week!! pls add',
 orig_from=('Alyssa Moore', 'alyssa.moore@harborfinch.com'), orig_date='2031-03-06T16:05:00-05:00',
 subject='Harbor & Finch Analytics - next steps for Senior Data Engineer',
 charset='utf-8', cte='quoted-printable',
 body="""Hi Maya,

Thanks so much for your time on the phone yesterday. The team would love to move you forward to a technical conversation for the Senior Data Engineer role.

I've got you down for Thursday, March 13 at 2:30pm ET. Heads up that the clocks change this Sunday, so please double check your calendar shows 2:30 Eastern after the switch.

You'll be meeting with:
- Priya Raman, Director of Data Platform
- Tom Becker, Staff Engineer

It's a 45 minute video call - the Zoom link is below. I won't be joining, but feel free to reach out to me with any questions beforehand.

Zoom: https://harborfinch.zoom.us/j/83302214455

Best,
Alyssa

Alyssa Moore | Talent Acquisition Partner
Harbor & Finch Analytics
(646) 555-0147
""",
 exp=dict(company='Harbor & Finch Analytics', alt=['Harbor & Finch', 'Harbor and Finch Analytics'], role='Senior Data Engineer',
  start='2031-03-13T14:30', zone='America/New_York', dur=45, iv=['Priya Raman', 'Tom Becker'], niv=['Alyssa Moore', 'Maya Goldberg'],
  notes='Interview falls after the US DST switch (Mar 9); recruiter does not attend; list with titles after commas.')),

dict(id='en-02', kind='invite', style='outlook', prefix='FW: ', now='2031-01-15T08:12:00-05:00', userZone='America/New_York',
 user=('Derek Fontaine', 'dfontaine@outlook.com'), note='',
 orig_from=('Kelly Ng', 'kelly.ng@northwindlogistics.com'), orig_date='2031-01-14T17:31:00-05:00',
 subject='Interview Invitation: Operations Analyst - Northwind Logistics',
 charset='windows-1252', cte='quoted-printable', html=True,
 ics=ics('NWL-OA-20310122-01', 'Operations Analyst Interview - Derek Fontaine', '20310122T100000', '20310122T110000', tzid='Eastern Standard Time',
   organizer=('Kelly Ng', 'kelly.ng@northwindlogistics.com'), attendees=[('Dana Whitfield', 'dana.whitfield@northwindlogistics.com'), ('Marcus Lee', 'marcus.lee@northwindlogistics.com'), ('Derek Fontaine', 'dfontaine@outlook.com')],
   location='Northwind Logistics, 400 Harbor Blvd, Suite 1200, Newark NJ', stamp='20310114T223100Z'),
 body="""Good afternoon Derek,

Thank you for your interest in the Operations Analyst position with Northwind Logistics. We’re pleased to invite you to an in-person interview next Wednesday, January 22nd, from 10:00 to 11:00 AM (Eastern), at our Newark office – 400 Harbor Blvd, Suite 1200. Please note our office is closed Monday for Martin Luther King Jr. Day, so if you have questions, reach me before Friday.

Your interview panel:
• Dana Whitfield – Operations Manager
• Marcus Lee – Senior Analyst, Network Planning

Please bring a photo ID for the front desk. A calendar invitation is attached.

Kind regards,

Kelly Ng
Recruiting Coordinator | Northwind Logistics
""",
 exp=dict(company='Northwind Logistics', alt=['Northwind'], role='Operations Analyst', start='2031-01-22T10:00', zone='America/New_York', dur=60,
  iv=['Dana Whitfield', 'Marcus Lee'], niv=['Kelly Ng', 'Derek Fontaine'],
  notes='Outlook HTML+ICS with Windows TZID Eastern Standard Time; MLK Day mentioned as bait; coordinator is the sender.')),

dict(id='en-03', kind='invite', style='attach', prefix='Fwd: ', now='2031-03-12T19:20:00-07:00', userZone='America/Los_Angeles',
 user=('Jordan Kim', 'jkim.design@icloud.com'), note='Forwarding as attachment, this is the design one',
 orig_from=('Cobalt Health via SlotWise', 'no-reply@slotwise.io'), orig_date='2031-03-12T11:02:00-07:00',
 subject='Confirmed: Portfolio review with Cobalt Health (Product Designer)',
 charset='utf-8', cte='base64', html=True,
 ics=ics('sw-7f3a91c2@slotwise.io', 'Portfolio review: Jordan Kim / Cobalt Health', '20310320T160000Z', '20310320T163000Z',
   organizer=('SlotWise', 'no-reply@slotwise.io'), attendees=[('Jordan Alvarez', 'jordan.alvarez@cobalthealth.com'), ('Jordan Kim', 'jkim.design@icloud.com')],
   location='Google Meet', prodid='-//SlotWise//Scheduler 4.2//EN', stamp='20310312T180200Z'),
 body="""Your interview is confirmed.

Cobalt Health – Product Designer
Portfolio review (30 min)

When: Thursday, March 20, 2031, 9:00 AM – 9:30 AM Pacific Time (US & Canada)
Where: Google Meet – meet.google.com/xkp-qtrb-wmn
Interviewer: Jordan Alvarez, Design Lead

Need to reschedule? Use the link below up to 24 hours before your interview:
https://app.slotwise.io/r/7f3a91c2

This message was sent by SlotWise on behalf of Cobalt Health.
""",
 exp=dict(company='Cobalt Health', alt=[], role='Product Designer', start='2031-03-20T09:00', zone='America/Los_Angeles', dur=30,
  iv=['Jordan Alvarez'], niv=['Jordan Kim'],
  notes='Forwarded as message/rfc822; scheduling tool sender; ICS in UTC (16:00Z = 9:00 PDT); interviewer shares first name with the candidate.')),

dict(id='en-04', kind='invite', style='apple', prefix='Fwd: ', now='2031-04-09T07:55:00+01:00', userZone='Europe/London',
 user=('Hannah Price', 'hannah.price@btinternet.com'), note='',
 orig_from=('Sophie Clarke', 'sophie.clarke@brightwatertalent.co.uk'), orig_date='2031-04-08T18:14:00+01:00',
 subject='Interview confirmed - Marlow & Greene LLP',
 charset='utf-8', cte='8bit',
 body="""Hi Hannah,

Great news – Marlow & Greene LLP would like to meet you for the Paralegal role in their Property team!

They've suggested Tuesday 22nd April at 11am, so straight after the Easter break. It'll be face to face at their offices: 14 Cheapside, London EC2V 6AA – ask for Rachel at reception.

You'll be meeting Rachel Okafor (Partner, Real Estate) and James Pemberton (Senior Associate). Allow about an hour. I won't be there on the day but give me a ring straight after and let me know how it went.

They're seeing three candidates and have said they aim to make a decision by Friday 2nd May.

Good luck!
Sophie

Sophie Clarke
Senior Consultant – Legal Support
Brightwater Talent
020 7946 0321
""",
 exp=dict(company='Marlow & Greene LLP', alt=['Marlow & Greene', 'Marlow and Greene'], role='Paralegal', start='2031-04-22T11:00', zone='Europe/London', dur=60,
  iv=['Rachel Okafor', 'James Pemberton'], niv=['Sophie Clarke', 'Hannah Price'], dd='2031-05-02',
  notes='Agency consultant sends but does not attend; UK ordinal date after Easter; decision date promised.')),

dict(id='en-05', kind='invite', style='outlook_old', prefix='FW: ', now='2031-05-20T12:40:00-05:00', userZone='America/Chicago',
 user=('Carlos Mendez', 'carlos.mendez@yahoo.com'), note='this one got confirmed finally',
 orig_from=('Hannah Brooks', 'hbrooks@quillfeatherbooks.com'), orig_date='2031-05-20T11:58:00-05:00',
 subject='RE: Marketing Coordinator – phone screen',
 charset='windows-1252', cte='quoted-printable',
 body="""Hi Carlos,

Wednesday works great – let’s lock in Wed 5/28 at 4:00 then. I’ll call you on the number on your résumé (ending 4412). Should take about 20 minutes.

Have a good Memorial Day weekend!
Hannah

Hannah Brooks
People & Culture, Quillfeather Books

-----Original Message-----
From: Carlos Mendez [mailto:carlos.mendez@yahoo.com]
Sent: Tuesday, May 20, 2031 10:21 AM
To: Hannah Brooks
Subject: Re: Marketing Coordinator – phone screen

Hi Hannah, thank you! Tuesday won’t work for me but Wednesday afternoon is perfect.
Carlos

-----Original Message-----
From: Hannah Brooks [mailto:hbrooks@quillfeatherbooks.com]
Sent: Monday, May 19, 2031 3:47 PM
To: Carlos Mendez
Subject: Marketing Coordinator – phone screen

Hi Carlos,

Thanks for applying for the Marketing Coordinator position at Quillfeather Books! I’d love to set up a quick phone screen after Memorial Day. Would any of these work (all Central time)?

• Tue 5/27 – 3:00 pm
• Wed 5/28 – 4:00 pm
• Thu 5/29 – 11:00 am

Thanks,
Hannah
""",
 exp=dict(company='Quillfeather Books', alt=['Quillfeather'], role='Marketing Coordinator', start='2031-05-28T16:00', zone='America/Chicago', dur=20,
  iv=['Hannah Brooks'], niv=['Carlos Mendez'],
  notes='Thread: three proposed slots quoted, the top message picks Wednesday; sender is the phone interviewer; cp1252 smart quotes/bullets in QP.')),

dict(id='en-06', kind='invite', style='gmail', prefix='Fwd: ', now='2031-02-12T22:03:00-05:00', userZone='America/Toronto',
 user=('Aanya Sharma', 'aanya.sharma@rogers.com'), note='interview!! after the long weekend',
 orig_from=('Gurpreet Sandhu', 'gsandhu@mapleridgecu.ca'), orig_date='2031-02-12T15:26:00-05:00',
 subject='Interview - Member Service Representative (Mississauga branch)',
 charset='windows-1252', cte='8bit', html=True,
 ics=ics('040000008200E00074C5B7101A82E00800000000MRCU0218', 'MSR Interview - Aanya Sharma', '20310218T133000', '20310218T141500',
   tzid='(UTC-05:00) Eastern Time (US & Canada)', vtz_key='Eastern Standard Time',
   organizer=('Gurpreet Sandhu', 'gsandhu@mapleridgecu.ca'), attendees=[('Élise Tremblay', 'etremblay@mapleridgecu.ca'), ('Aanya Sharma', 'aanya.sharma@rogers.com')],
   location='Maple Ridge Credit Union – 2150 Dundas St W, Mississauga', stamp='20310212T202600Z'),
 body="""Hello Aanya,

Thank you for applying to Maple Ridge Credit Union. Élise Tremblay (Branch Manager) and I would like to meet with you for the Member Service Representative position.

Date: Tuesday, February 18, 2031 (the day after Family Day)
Time: 1:30 p.m. – 2:15 p.m.
Location: 2150 Dundas St W, Mississauga – please check in with the teller line

I’ve sent a meeting request for your calendar. If you need to reschedule, just reply to this email.

Warm regards,

Gurpreet Sandhu
Assistant Branch Manager
Maple Ridge Credit Union
""",
 exp=dict(company='Maple Ridge Credit Union', alt=['Maple Ridge CU', 'Maple Ridge'], role='Member Service Representative', start='2031-02-18T13:30', zone='America/Toronto', dur=45,
  iv=['Élise Tremblay', 'Gurpreet Sandhu'], niv=['Aanya Sharma'],
  notes='Sender joins ("Élise Tremblay and I"); ICS TZID is a Windows display name; Canadian Family Day mentioned; cp1252 8bit.')),

dict(id='en-07', kind='invite', style='thunderbird', prefix='Fwd: ', now='2031-03-11T06:50:00-04:00', userZone='America/New_York',
 user=('Ben Adler', 'ben.adler@fastmail.com'), note='Note: time is UK time. Clocks in the UK dont change until the 30th',
 orig_from=('Ciarán O\'Neill', 'ciaran.oneill@fennickrobotics.co.uk'), orig_date='2031-03-10T16:40:00+00:00',
 subject='Fennick Robotics – technical interview',
 charset='utf-8', cte='quoted-printable',
 body="""Dear Ben,

Following your call with our recruiter, we'd like to invite you to a technical interview for the Embedded Software Engineer position.

Proposed time: Tuesday 18 March, 3pm GMT (that should be 11am for you in New York, since your clocks have already gone forward).

The interview will be with Dr Aisling Murphy, our Head of Firmware, and myself. It runs for an hour and a half – roughly 45 minutes on your background and a 45-minute live coding exercise in C.

We'll use Microsoft Teams; the link will follow in a separate calendar invite.

Kind regards,
Ciarán O'Neill
Engineering Manager
Fennick Robotics Ltd
Unit 4, Cambridge Science Park, Cambridge CB4 0FQ
""",
 exp=dict(company='Fennick Robotics Ltd', alt=['Fennick Robotics'], role='Embedded Software Engineer', start='2031-03-18T15:00', zone='Europe/London', dur=90,
  iv=['Aisling Murphy', "Ciarán O'Neill"], niv=['Ben Adler'],
  notes='Time stated in UK time with a NY conversion during the 4-hour-gap weeks; duration in words; Dr title; sender joins ("and myself").')),

dict(id='en-08', kind='invite', style='apple', prefix='Fwd: ', now='2031-05-23T17:31:00-06:00', userZone='America/Denver',
 user=('Tessa Lindqvist', 'tessa.lindqvist@me.com'), note='Booked it',
 orig_from=('Calendly', 'notifications@calendly.com'), orig_date='2031-05-23T17:22:00-06:00',
 subject='Confirmed: E-commerce Manager Interview with Caleb Dunn on Thursday, May 29, 2031',
 charset='utf-8', cte='base64', html=True,
 body="""Hi Tessa Lindqvist,

Your E-commerce Manager Interview with Caleb Dunn at 10:00am (Mountain Time - US & Canada) on Thursday, May 29, 2031 is scheduled.

Event:
Ridgeline Outdoor Co. - E-commerce Manager Interview (45 min)

Host:
Caleb Dunn, VP Digital, Ridgeline Outdoor Co.

Date/Time:
10:00am - 10:45am, Thursday, May 29, 2031 (Mountain Time - US & Canada)

Location:
This is a Zoom web conference. https://ridgeline.zoom.us/j/91455302201

Note from Ridgeline Outdoor Co.: our offices are closed Monday, May 26 for Memorial Day, replies may be slow.

Cancel or reschedule: https://calendly.com/cancellations/3f0b-22aa
Powered by Calendly
""",
 exp=dict(company='Ridgeline Outdoor Co.', alt=['Ridgeline Outdoor', 'Ridgeline Outdoor Co'], role='E-commerce Manager', start='2031-05-29T10:00', zone='America/Denver', dur=45,
  iv=['Caleb Dunn'], niv=['Tessa Lindqvist'],
  notes='Scheduling tool notification (Calendly) – company must not be Calendly; base64 HTML; Memorial Day bait.')),

dict(id='en-09', kind='reschedule', style='gmail', prefix='Fwd: ', now='2031-02-04T13:15:00-05:00', userZone='America/New_York',
 user=('Olu Adeyemi', 'olu.adeyemi@gmail.com'), note='ugh they moved it',
 orig_from=('Nadia Petrov', 'npetrov@lumenstreetbank.com'), orig_date='2031-02-04T11:48:00-05:00',
 subject='Rescheduling: Credit Risk Analyst interview',
 charset='utf-8', cte='7bit',
 body="""Hi Olu,

I'm so sorry for the short notice, but I have a conflict come up and need to move our interview from Thursday 2/6 at 10:00 AM to Monday 2/10 at 2:00 PM EST. It will still be one hour, same Webex link.

Please let me know if the new time doesn't work and we'll find another.

Thanks for your flexibility,
Nadia Petrov
VP, Credit Risk Management
Lumen Street Bank
""",
 exp=dict(company='Lumen Street Bank', alt=['Lumen Street'], role='Credit Risk Analyst', start='2031-02-10T14:00', zone='America/New_York', dur=60,
  iv=['Nadia Petrov'], niv=['Olu Adeyemi'],
  notes='US numeric dates M/D; old and new slot in one sentence; sender is the interviewer.')),

dict(id='en-10', kind='reschedule', style='outlook', prefix='FW: ', now='2031-06-09T08:20:00+01:00', userZone='Europe/London',
 user=('Sam Whitaker', 'sam.whitaker84@gmail.com'), note='can you update this one',
 orig_from=('Olivia Grant', 'olivia.grant@tessellategames.com'), orig_date='2031-06-09T07:58:00+01:00',
 subject='RE: Interview – Senior Gameplay Programmer',
 charset='utf-8', cte='quoted-printable',
 body="""Hi Sam,

So sorry – Raj is off sick today and probably tomorrow. Can we move it to Thursday 3pm instead? Same Meet link, same format.

Olivia

From: Olivia Grant <olivia.grant@tessellategames.com>
Sent: Monday, June 2, 2031 4:10 PM
To: Sam Whitaker <sam.whitaker84@gmail.com>
Subject: Interview – Senior Gameplay Programmer

Hi Sam,

Thanks for sending over the take-home, the team really enjoyed it. We'd like to invite you to a final-stage interview for the Senior Gameplay Programmer role at Tessellate Games on Tuesday 10 June, 11:00–12:00 (UK time) over Google Meet.

Raj Mehta (Lead Gameplay Engineer) and I will be on the call.

Best,
Olivia Grant
Studio Producer, Tessellate Games
""",
 exp=dict(company='Tessellate Games', alt=['Tessellate'], role='Senior Gameplay Programmer', start='2031-06-12T15:00', zone='Europe/London', dur=60,
  iv=['Raj Mehta', 'Olivia Grant'], niv=['Sam Whitaker'],
  notes='Text-only move ("Thursday 3pm instead") on top of the quoted original; weekday resolves relative to the new mail; duration from the original slot.')),

dict(id='en-11', kind='rejection', style='outlook', prefix='FW: ', now='2031-04-02T18:05:00+01:00', userZone='Europe/London',
 user=('Priya Nair', 'priya.nair@hotmail.co.uk'), note='boo. close this one',
 orig_from=('Kestrel Aerospace Careers', 'careers@kestrelaero.co.uk'), orig_date='2031-04-02T14:30:00+01:00',
 subject='Your application – Quality Engineer (Ref KA-2291)',
 charset='utf-8', cte='quoted-printable',
 body="""Dear Priya,

Thank you for taking the time to interview with us on 27 March for the Quality Engineer position at Kestrel Aerospace.

We were impressed by your experience; however, after careful consideration we have decided to progress with candidates whose background more closely matches the requirements of the role.

With your permission we will keep your CV on file for 12 months and contact you should a suitable vacancy arise. Our next graduate open evening is on 15 May at 6pm if you'd like to meet the team.

We wish you every success in your search.

Yours sincerely,
Laura Hughes
Talent Team, Kestrel Aerospace
""",
 exp=dict(company='Kestrel Aerospace', alt=['Kestrel Aerospace Ltd', 'Kestrel'], role='Quality Engineer', start=None, zone=None, dur=None,
  iv=[], niv=['Laura Hughes', 'Priya Nair'],
  notes='Rejection with a past interview date and an open-evening date/time as bait.')),

dict(id='en-12', kind='offer', style='gmail', prefix='Fwd: ', now='2031-06-06T10:44:00-04:00', userZone='America/New_York',
 user=('Lauren Cho', 'lauren.cho@gmail.com'), note='!!!!!!! got it',
 orig_from=('Michelle Ortiz', 'mortiz@orchardlearning.com'), orig_date='2031-06-05T17:12:00-04:00',
 subject='Offer of Employment - Instructional Designer',
 charset='utf-8', cte='quoted-printable', html=True,
 body="""Dear Lauren,

On behalf of Orchard Learning Inc., I am delighted to offer you the position of Instructional Designer, reporting to Greg Whitman, Director of Learning Experience.

Your starting salary will be $78,500 per year, with a proposed start date of Monday, July 7, 2031. Full details are in the attached offer letter.

Please sign and return the letter by Friday, June 13 to accept the offer. If you have any questions in the meantime, I'm happy to set up a call.

We are thrilled at the prospect of you joining the team!

Sincerely,
Michelle Ortiz
HR Business Partner
Orchard Learning Inc.
""",
 exp=dict(company='Orchard Learning Inc.', alt=['Orchard Learning', 'Orchard Learning Inc'], role='Instructional Designer', start=None, zone=None, dur=None,
  iv=[], niv=['Michelle Ortiz', 'Greg Whitman', 'Lauren Cho'],
  notes='Offer; the June 13 deadline is the candidate\'s, so no decisionDate; start date July 7 is not an interview.')),

dict(id='en-13', kind='not-interview', style='gmail', prefix='Fwd: ', now='2031-02-25T09:10:00-05:00', userZone='America/New_York',
 user=('Ethan Brooks', 'ethanbrooks.nyc@gmail.com'), note='applied to this one, track it?',
 orig_from=('Sterling Pharma Talent Acquisition', 'no-reply@myworkday-sterling.com'), orig_date='2031-02-24T23:51:00-05:00',
 subject='Thank you for applying to Sterling Pharma',
 charset='utf-8', cte='quoted-printable', html=True,
 body="""Dear Ethan,

Thank you for applying for the Regulatory Affairs Associate (R-10482) position at Sterling Pharma. We have received your application and our recruiting team will review it within the next 10 business days.

If your experience is a match, a recruiter will contact you to schedule an interview.

In the meantime, join our virtual information session "Careers in Regulatory Science" on Wednesday, March 5 at 12:00 PM ET: https://sterlingpharma.com/events/ras-info

You can check the status of your application at any time in the candidate home.

Sterling Pharma Talent Acquisition
This is an automated message; please do not reply.
""",
 exp=dict(company='Sterling Pharma', alt=[], role='Regulatory Affairs Associate', start=None, zone=None, dur=None,
  iv=[], niv=['Ethan Brooks'],
  notes='ATS acknowledgement; an info-session date/time is bait, not an interview.')),

dict(id='en-14', kind='not-interview', style='outlook', prefix='FW: ', now='2031-04-16T12:02:00-05:00', userZone='America/Chicago',
 user=('Marisol Vega', 'marisol.vega@outlook.com'), note='need to pick a time for this, remind me',
 orig_from=('Harlow Insurance Recruiting', 'recruiting@harlowinsurance.com'), orig_date='2031-04-16T09:45:00-05:00',
 subject='Action required: schedule your interview – Claims Adjuster I',
 charset='utf-8', cte='base64',
 body="""Hi Marisol,

Congratulations! You've been selected to interview for the Claims Adjuster I position with Harlow Insurance.

Please use the link below to choose an interview time that works for you. Slots are available Tuesday, April 22 through Friday, April 25, between 9:00 AM and 4:00 PM Central. Each interview lasts 30 minutes.

Schedule here: https://harlowinsurance.goodtime.io/book/ca1-2031

Slots fill quickly, so please book by Friday, April 18.

Thank you,
Harlow Insurance Recruiting
""",
 exp=dict(company='Harlow Insurance', alt=[], role='Claims Adjuster I', start=None, zone=None, dur=None,
  iv=[], niv=['Marisol Vega'],
  notes='"Please book a slot" with a date range and times but no slot chosen.')),
]
