ITEMS = []
def I(**kw): ITEMS.append(kw)

I(id='en-01', kind='invite', now='2030-07-09 08:15', uz='America/New_York',
  frm='Dana Whitfield <dana.whitfield@gmail.com>', subj='Fwd: Interview invitation – Senior Data Analyst', cs='utf-8', cte='qp', html=True,
  body='''fyi - this one just came in, can you track it?

---------- Forwarded message ---------
From: Megan Ortiz <megan.ortiz@brightwaterhealth.org>
Date: Mon, Jul 8, 2030 at 4:52 PM
Subject: Interview invitation – Senior Data Analyst
To: <dana.whitfield@gmail.com>


Hi Dana,

Thanks so much for your interest in the Senior Data Analyst position at Brightwater Health! The hiring team enjoyed reviewing your application and would like to invite you to a video interview.

When: Tuesday, July 16 at 2:00 PM ET
Length: 45 minutes
Where: Microsoft Teams (link to follow the day before)

You'll be meeting with:
• Priya Raman – Director of Analytics
• Tom Gallagher – Senior Manager, Population Health

I'll be coordinating logistics but won't be on the call. We're moving quickly on this role and expect to make a decision by Friday, July 26.

If the time doesn't work, just reply with two or three alternatives next week.

Best,
Megan Ortiz
Talent Acquisition Partner | Brightwater Health
(617) 555-0142
''',
  company='Brightwater Health', alts=['Brightwater'], role='Senior Data Analyst', start='2030-07-16T14:00', zone='America/New_York', dur=45,
  iv=['Priya Raman', 'Tom Gallagher'], niv=['Megan Ortiz', 'Dana Whitfield'], dd='2030-07-26',
  notes='Gmail forward, bulleted interviewers with titles after dashes; coordinator explicitly not on the call; "next week" bait; decision date given.')

I(id='en-02', kind='invite', now='2030-07-19 17:40', uz='Europe/London',
  frm='Tom Ashworth <tom.ashworth@outlook.com>', subj='FW: Your interview with Northgate Insurance – Thursday', cs='windows-1252', cte='qp',
  body='''Another one for the list. Agency this time.

-----Original Message-----
From: Oliver Bennett <o.bennett@harlowfinch.co.uk>
Sent: Friday, July 19, 2030 3:12 PM
To: Tom Ashworth <tom.ashworth@outlook.com>
Subject: Your interview with Northgate Insurance – Thursday

Hi Tom,

Great news – Northgate Insurance would like to meet you for the Claims Operations Manager role (£58–62k + bonus).

Details below:

Date: Thursday 25th July
Time: 10.30am, please arrive 10 minutes early and ask for “Sarah” at reception
Duration: approx. 1 hour
Location: Northgate House, 14 Wellington Street, Leeds LS1 4DL

You’ll be meeting Sarah Collins (Head of Claims Operations) and Raj Patel from their HR team. I won’t be there myself but give me a ring straight after so we can debrief.

Their process is two stages; second interviews are pencilled in for the week of 5th August.

Kind regards,

Oliver Bennett
Senior Consultant – Insurance & Financial Services
Harlow & Finch Recruitment
0113 496 0712
''',
  company='Northgate Insurance', alts=['Northgate'], role='Claims Operations Manager', start='2030-07-25T10:30', zone='Europe/London', dur=60,
  iv=['Sarah Collins', 'Raj Patel'], niv=['Oliver Bennett', 'Tom Ashworth'], dd=None,
  notes='Outlook "-----Original Message-----" in windows-1252 QP with smart quotes, en dash and pound sign; agency consultant (Harlow & Finch) is not the employer and not attending; UK "10.30am"; later-round week bait.')

ICS_EN03 = '''BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Pacific Standard Time
BEGIN:STANDARD
DTSTART:16011104T020000
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010311T020000
RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:gh-7781203-lumen@greenhouse.io
DTSTAMP:20301030T182211Z
DTSTART;TZID=Pacific Standard Time:20301105T090000
DTEND;TZID=Pacific Standard Time:20301105T100000
SUMMARY:Technical Interview - Firmware Engineer II (Lumen Robotics)
LOCATION:Zoom https://lumenrobotics.zoom.us/j/93817720015
ORGANIZER;CN=Brooke Lin:mailto:brooke.lin@lumenrobotics.com
ATTENDEE;CN=Kenji Watanabe;ROLE=REQ-PARTICIPANT:mailto:kenji.watanabe@lumenrobotics.com
ATTENDEE;CN=Alicia Moreno;ROLE=REQ-PARTICIPANT:mailto:alicia.moreno@lumenrobotics.com
ATTENDEE;CN=Marcus Feld;ROLE=REQ-PARTICIPANT:mailto:marcus.feld@gmail.com
END:VEVENT
END:VCALENDAR
'''
I(id='en-03', kind='invite', now='2030-10-30 12:05', uz='America/Los_Angeles',
  frm='Marcus Feld <marcus.feld@gmail.com>', subj='Fwd: Interview Confirmation: Firmware Engineer II at Lumen Robotics', cs='utf-8', cte='b64', html=True,
  ics=ICS_EN03, ics_mode='att',
  body='''Confirmed invite, calendar file attached. Note it's the week after the clocks change.

---------- Forwarded message ---------
From: Lumen Robotics Recruiting <no-reply@us.greenhouse-mail.io>
Date: Wed, Oct 30, 2030 at 11:22 AM
Subject: Interview Confirmation: Firmware Engineer II at Lumen Robotics
To: <marcus.feld@gmail.com>


Hi Marcus,

Your interview for Firmware Engineer II at Lumen Robotics is confirmed.

Tuesday, November 5, 2030
9:00 AM – 10:00 AM PST (Pacific Time)

Interviewers
Kenji Watanabe, Staff Firmware Engineer
Alicia Moreno, Engineering Manager

Zoom: https://lumenrobotics.zoom.us/j/93817720015

Please have a code editor ready; the session includes a 20-minute live debugging exercise.

Questions? Reply to this email and Brooke Lin (Recruiting Coordinator) will get back to you.

Sent via Greenhouse
''',
  company='Lumen Robotics', alts=['Lumen'], role='Firmware Engineer II', start='2030-11-05T09:00', zone='America/Los_Angeles', dur=60,
  iv=['Kenji Watanabe', 'Alicia Moreno'], niv=['Brooke Lin', 'Marcus Feld'], dd=None,
  notes='ATS (Greenhouse) sender; base64 multipart/alternative plus .ics attachment with Windows TZID "Pacific Standard Time"; slot is after the US DST change (PST) while now is PDT; 20-minute exercise is a duration bait.')

I(id='en-04', kind='invite', now='2030-09-03 19:20', uz='America/Toronto',
  frm='Harpreet Sandhu <harpreet.sandhu@icloud.com>', subj='Fwd: Quick chat re: Business Systems Analyst', cs='utf-8', cte='8bit',
  body='''

Sent from my iPhone

Begin forwarded message:

From: Jasmine Okafor <jokafor@maplecrestfinancial.ca>
Date: September 3, 2030 at 4:05:48 PM EDT
To: Harpreet Sandhu <harpreet.sandhu@icloud.com>
Subject: Quick chat re: Business Systems Analyst


Hi Harpreet,

Hope you had a good long weekend!

I'm the recruiter supporting our Business Systems Analyst opening here at Maplecrest Financial. Your background in core banking migrations caught my eye, and I'd love to set up an initial phone screen.

Would tomorrow (Wednesday) at 11:30 am Eastern work? I'll call you on 416-555-0199, it'll be a 20-30 minute chat about your experience and what you're looking for. If that works, no need to reply, I'll just give you a ring.

Talk soon,
Jasmine

Jasmine Okafor | Senior Talent Advisor
Maplecrest Financial Group
''',
  company='Maplecrest Financial', alts=['Maplecrest Financial Group', 'Maplecrest'], role='Business Systems Analyst', start='2030-09-04T11:30', zone='America/Toronto', dur=30,
  iv=['Jasmine Okafor'], niv=['Harpreet Sandhu'], dd=None,
  notes='Apple Mail forward with empty user note; "tomorrow (Wednesday)" relative to the day after Labor Day; recruiter herself runs the phone screen; 20-30 minutes range -> 30.')

I(id='en-05', kind='invite', now='2030-11-22 09:30', uz='America/Chicago',
  frm='Kelsey Brandt <kelsey.brandt@yahoo.com>', subj='Fwd: Next steps - Transportation Planner', cs='utf-8', cte='qp',
  body='Forwarding the invite as an attachment. Interview is right after Thanksgiving so please remind me before the holiday!\n\nKelsey\n',
  attach=dict(frm='Marcus Dean <mdean@halvorsenlogistics.com>', to='Kelsey Brandt <kelsey.brandt@yahoo.com>',
    date='Thu, 21 Nov 2030 15:47:03 -0600', subj='Next steps - Transportation Planner', cs='iso-8859-1', cte='qp', fname='Next steps - Transportation Planner.eml',
    body='''Kelsey,

Thanks again for the phone conversation last week. We'd like to bring you in for an onsite panel interview for the Transportation Planner position.

We'll have to wait until after the Thanksgiving holiday, so how about Monday, Dec. 2nd at 1:00pm CST at our Joliet facility (2200 Channahon Rd). Plan on about an hour and a half, including a short walk through the cross-dock.

The panel will be Greg Halvorsen (COO), Lena Kowalski (HR Business Partner) and myself.

We're interviewing three finalists that week and will let everyone know by December 6.

Regards,
Marcus Dean
Director of Network Planning
Halvorsen Logistics, Inc.
'''),
  company='Halvorsen Logistics', alts=['Halvorsen Logistics, Inc.', 'Halvorsen'], role='Transportation Planner', start='2030-12-02T13:00', zone='America/Chicago', dur=90,
  iv=['Greg Halvorsen', 'Lena Kowalski', 'Marcus Dean'], niv=['Kelsey Brandt'], dd='2030-12-06',
  notes='Forwarded as message/rfc822 attachment; iso-8859-1 inner; sender joins the panel ("and myself"); "an hour and a half" -> 90; crosses Thanksgiving; decision date stated.')

ICS_EN06 = '''BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:AUS Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+1100
TZOFFSETTO:+1000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+1000
TZOFFSETTO:+1100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Emma Tranter:mailto:emma.tranter@harboursideenergy.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Chloe Nguyen:mailto:chloe.nguyen@harboursideenergy.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Daniel Fraser:mailto:daniel.fraser@harboursideenergy.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Liam O'Connell:mailto:liam.oconnell@bigpond.com
SUMMARY;LANGUAGE=en-AU:Interview - Senior Procurement Specialist
DTSTART;TZID=AUS Eastern Standard Time:20301009T153000
DTEND;TZID=AUS Eastern Standard Time:20301009T163000
UID:040000008200E00074C5B7101A82E00800000000B0C2A1F3
LOCATION;LANGUAGE=en-AU:Level 9, 1 Macquarie Place, Sydney
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
'''
I(id='en-06', kind='invite', now='2030-10-01 07:50', uz='Australia/Sydney',
  frm="Liam O'Connell <liam.oconnell@bigpond.com>", subj='FW: Interview - Senior Procurement Specialist', cs='utf-8', cte='qp', html=True,
  ics=ICS_EN06, ics_mode='alt',
  body='''

________________________________
From: Emma Tranter <emma.tranter@harboursideenergy.com.au>
Sent: Tuesday, 1 October 2030 7:31 AM
To: Liam O'Connell <liam.oconnell@bigpond.com>
Cc: Chloe Nguyen <chloe.nguyen@harboursideenergy.com.au>; Daniel Fraser <daniel.fraser@harboursideenergy.com.au>
Subject: Interview - Senior Procurement Specialist

Good morning Liam,

Please find attached a calendar invitation for your interview for the Senior Procurement Specialist role at Harbourside Energy.

Date: Wednesday 9 October
Time: 3:30pm – 4:30pm (Sydney time)
Location: Level 9, 1 Macquarie Place, Sydney

Your panel will be Chloe Nguyen (Category Manager) and Daniel Fraser (Head of Supply Chain). Please bring photo ID for building access.

Note that daylight saving starts this Sunday, so double-check your calendar shows the right time.

Kind regards,
Emma Tranter
People & Culture Coordinator
Harbourside Energy Pty Ltd
''',
  company='Harbourside Energy', alts=['Harbourside Energy Pty Ltd', 'Harbourside'], role='Senior Procurement Specialist', start='2030-10-09T15:30', zone='Australia/Sydney', dur=60,
  iv=['Chloe Nguyen', 'Daniel Fraser'], niv=['Emma Tranter', "Liam O'Connell"], dd=None,
  notes='Outlook (no user note), Australian day-month dates; inline text/calendar in multipart/alternative with Windows TZID "AUS Eastern Standard Time"; AEDT starts between now and the interview; interviewers are also on Cc.')

I(id='en-07', kind='invite', now='2030-09-06 13:10', uz='Europe/Dublin',
  frm='Aoife Ní Bhriain <aoife.nibhriain@eircom.net>', subj='Fwd: Corrib Software - interview', cs='iso-8859-1', cte='8bit',
  body='''Friday the 13th, of all days...

-------- Forwarded Message --------
Subject: 	Corrib Software - interview
Date: 	Fri, 6 Sep 2030 11:58:21 +0100
From: 	Declan Murphy <declan.murphy@corribsoftware.ie>
To: 	Aoife Ní Bhriain <aoife.nibhriain@eircom.net>



Hi Aoife,

Thanks for sending on the portfolio. Myself and Siobhán Kelly (she heads up our test automation guild) would love to have a chat with you about the QA Automation Engineer role.

Would Friday the 13th of September at half ten suit? We'd do it over Teams, should take about 45 minutes. I'll send the link on Thursday.

Cheers,
Declan

Declan Murphy
Engineering Lead, Corrib Software Ltd.
Galway
''',
  company='Corrib Software', alts=['Corrib Software Ltd.', 'Corrib'], role='QA Automation Engineer', start='2030-09-13T10:30', zone='Europe/Dublin', dur=45,
  iv=['Declan Murphy', 'Siobhán Kelly'], niv=['Aoife Ní Bhriain'], dd=None,
  notes='Thunderbird forward, iso-8859-1 8bit body and RFC 2047 user name; Irish "half ten" = 10:30; sender joins ("Myself and ..."); "Thursday" link bait.')

I(id='en-08', kind='invite', now='2030-11-26 10:02', uz='Europe/London',
  frm='Priya Kaur <priya.kaur.art@gmail.com>', subj='Fwd: Tessellate Games - Technical Artist interview', cs='utf-8', cte='qp',
  body='''It's set! thread below

---------- Forwarded message ---------
From: Callum Reid <callum@tessellategames.co.uk>
Date: Tue, 26 Nov 2030 at 09:41
Subject: Re: Tessellate Games - Technical Artist interview
To: Priya Kaur <priya.kaur.art@gmail.com>


Perfect, Thursday at 3pm it is. You'll be chatting with Hana Suzuki, our Art Director, for about an hour over Google Meet. I'll sort out the invite today.

Callum

On Mon, 25 Nov 2030 at 18:12, Priya Kaur <priya.kaur.art@gmail.com> wrote:
> Hi Callum, Thursday afternoon would be ideal for me, thank you!
>
> On Mon, 25 Nov 2030 at 11:05, Callum Reid <callum@tessellategames.co.uk> wrote:
>> Hi Priya,
>>
>> Thanks for the test piece, the team loved the shader breakdown. Hana would like to meet you for the Technical Artist role. She's free Wednesday 27th at 11am or Thursday 28th between 2 and 5pm. Let me know what suits.
>>
>> Best,
>> Callum Reid
>> Talent Partner, Tessellate Games
''',
  company='Tessellate Games', alts=['Tessellate'], role='Technical Artist', start='2030-11-28T15:00', zone='Europe/London', dur=60,
  iv=['Hana Suzuki'], niv=['Callum Reid', 'Priya Kaur'], dd=None,
  notes='Thread: confirmation on top, earlier proposed slots quoted below (Wednesday 11am is bait); final slot "Thursday at 3pm" must be resolved against the quoted Thursday 28th.')

I(id='en-09', kind='reschedule', now='2030-08-12 16:45', uz='America/Denver',
  frm='Josh Ramirez <josh.ramirez@protonmail.com>', subj='Fwd: Tomorrow', cs='utf-8', cte='8bit',
  body='''he moved it

---------- Forwarded message ---------
From: Nate Sorensen <nate@fernhillanalytics.com>
Date: Mon, Aug 12, 2030 at 4:31 PM
Subject: Tomorrow
To: Josh Ramirez <josh.ramirez@protonmail.com>


Hey Josh - something came up on our end for tomorrow morning. Could we move our 10am call to Thursday at 3pm instead? Same Zoom link, same 30 min. I'll still be the one on the call for the Data Engineer role.

Sorry for the shuffle,
Nate
Fernhill Analytics
''',
  company='Fernhill Analytics', alts=['Fernhill'], role='Data Engineer', start='2030-08-15T15:00', zone='America/Denver', dur=30,
  iv=['Nate Sorensen'], niv=['Josh Ramirez'], dd=None,
  notes='Text-only reschedule: old slot "tomorrow 10am" (Tue 13 Aug), new slot Thursday 3pm (15 Aug); zone only implied by the sender (Mountain time, user zone).')

ICS_EN10 = '''BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:AAMkAGI2TG93AAA=atlasmutual-77120
SEQUENCE:1
DTSTAMP:20301029T145512Z
DTSTART:20301104T150000Z
DTEND:20301104T160000Z
SUMMARY:UPDATED: Interview - Actuarial Analyst (Rebecca Stone)
LOCATION:Atlas Mutual, 120 Broadway, 31st Floor, New York
ORGANIZER;CN=Terrence Hall:mailto:thall@atlasmutual.com
ATTENDEE;CN=Rebecca Stone:mailto:rstone@atlasmutual.com
ATTENDEE;CN=Yusuf Adeyemi:mailto:yusuf.adeyemi@gmail.com
END:VEVENT
END:VCALENDAR
'''
I(id='en-10', kind='reschedule', now='2030-10-29 11:20', uz='America/New_York',
  frm='Yusuf Adeyemi <yusuf.adeyemi@gmail.com>', subj='Fwd: UPDATED: Interview - Actuarial Analyst', cs='utf-8', cte='qp', html=True,
  ics=ICS_EN10, ics_mode='att', icte='7bit',
  body='''new time, updated invite attached

---------- Forwarded message ---------
From: Terrence Hall <thall@atlasmutual.com>
Date: Tue, Oct 29, 2030 at 10:55 AM
Subject: UPDATED: Interview - Actuarial Analyst
To: Yusuf Adeyemi <yusuf.adeyemi@gmail.com>


Hi Yusuf,

Rebecca Stone has a conflict with All Saints' Day travel and can no longer make Friday, November 1 at 10:00 AM. We have moved your interview with her to Monday, November 4 at 10:00 AM Eastern, still one hour, same location (120 Broadway, 31st floor).

Heads-up: clocks go back on Sunday, so the calendar entry may look different on your phone if it is set to a different zone.

Thanks for your flexibility,
Terrence Hall
Recruiting Coordinator, Atlas Mutual
''',
  company='Atlas Mutual', alts=[], role='Actuarial Analyst', start='2030-11-04T10:00', zone='America/New_York', dur=60,
  iv=['Rebecca Stone'], niv=['Terrence Hall', 'Yusuf Adeyemi'], dd=None,
  notes='Reschedule across the US DST change: ICS in UTC (15:00Z) = 10:00 EST; old slot Fri Nov 1 10:00 EDT is in the text; coordinator only schedules.')

I(id='en-11', kind='rejection', now='2030-08-20 21:05', uz='America/New_York',
  frm='Sam Okonkwo <sam.okonkwo@gmail.com>', subj='Fwd: Your application to Ostrander Labs', cs='utf-8', cte='qp', html=True,
  body='''ugh. mark this one closed

---------- Forwarded message ---------
From: Ostrander Labs Careers <careers@ostranderlabs.com>
Date: Tue, Aug 20, 2030 at 5:14 PM
Subject: Your application to Ostrander Labs
To: <sam.okonkwo@gmail.com>


Dear Sam,

Thank you for taking the time to interview for the Product Designer position and for meeting with Elena Voss and the design team on August 13.

After careful consideration, we have decided to move forward with another candidate whose experience more closely matches our current needs.

We were impressed by your portfolio and will keep your details on file for 12 months. New openings are posted every Monday at ostranderlabs.com/careers.

We wish you the best in your search.

The Ostrander Labs Talent Team
''',
  company='Ostrander Labs', alts=['Ostrander'], role='Product Designer', start=None, zone=None, dur=None,
  iv=[], niv=['Elena Voss', 'Sam Okonkwo'], dd=None,
  notes='Rejection after interview; past interview date and "every Monday" / "12 months" are baits; no upcoming interview so no interviewers.')

I(id='en-12', kind='offer', now='2030-12-09 18:30', uz='America/Vancouver',
  frm='Mei Lin Chao <meilin.chao@shaw.ca>', subj='FW: Offer of Employment - Marketing Coordinator', cs='windows-1252', cte='qp',
  body='''!!!! they said yes

From: Gordon Whitaker <gordon.whitaker@cedarandtide.ca>
Sent: Monday, December 9, 2030 2:47 PM
To: Mei Lin Chao <meilin.chao@shaw.ca>
Subject: Offer of Employment - Marketing Coordinator

Dear Mei Lin,

On behalf of Cedar & Tide Outfitters, I’m delighted to offer you the position of Marketing Coordinator, reporting to me, at an annual salary of $64,000 CAD.

Your proposed start date is Monday, January 6, 2031 – after the holidays, as discussed. The full offer letter and benefits summary are attached.

Please sign and return the letter by Friday, December 13 so we can get your onboarding going before the office closes on December 20.

Warm regards,
Gordon Whitaker
Director of Marketing
Cedar & Tide Outfitters Ltd.
''',
  company='Cedar & Tide Outfitters', alts=['Cedar & Tide Outfitters Ltd.', 'Cedar & Tide', 'Cedar and Tide'], role='Marketing Coordinator', start=None, zone=None, dur=None,
  iv=[], niv=['Gordon Whitaker', 'Mei Lin Chao'], dd=None,
  notes='Offer in windows-1252 with smart apostrophe and en dash; sign-by date is the candidate deadline (decisionDate null); start date and office closure are baits.')

I(id='en-13', kind='not-interview', now='2030-10-08 12:40', uz='America/New_York',
  frm='Dana Whitfield <dana.whitfield@gmail.com>', subj='Fwd: You\'re invited: Keystone Federal Credit Union Virtual Career Night', cs='utf-8', cte='b64', html=True,
  body='''should I go to this? is it an interview?

---------- Forwarded message ---------
From: Keystone Federal Credit Union Careers <talent@keystonefcu.org>
Date: Tue, Oct 8, 2030 at 10:00 AM
Subject: You're invited: Keystone Federal Credit Union Virtual Career Night
To: <dana.whitfield@gmail.com>


Hi Dana,

Because you applied to Keystone Federal Credit Union in the past year, we'd love to see you at our Virtual Career Night!

Thursday, October 17, 2030
6:00 – 7:30 PM ET
Live on Zoom Webinar – register at keystonefcu.org/careernight

Meet recruiters from Lending, Member Services and IT, hear from our CEO Patricia Grant, and get resume tips. Registration closes Tuesday, October 15 at noon.

This is not an interview and attendance will not affect any application you have in progress.

See you there!
Keystone FCU Talent Acquisition
''',
  company='Keystone Federal Credit Union', alts=['Keystone FCU', 'Keystone'], role=None, start=None, zone=None, dur=None,
  iv=[], niv=['Patricia Grant', 'Dana Whitfield'], dd=None,
  notes='Virtual career night (webinar) with a concrete date, time and duration as bait; explicitly "not an interview".')

I(id='en-14', kind='not-interview', now='2030-12-04 08:05', uz='America/Phoenix',
  frm='Rosa Delgado <rosa.delgado@outlook.com>', subj='FW: Action required: schedule your interview - Revenue Cycle Analyst', cs='utf-8', cte='qp', html=True,
  body='''Need to pick a time for this, remind me?

________________________________
From: Pinecrest Health Partners <recruiting@pinecresthealth.org>
Sent: Tuesday, December 3, 2030 4:16 PM
To: Rosa Delgado <rosa.delgado@outlook.com>
Subject: Action required: schedule your interview - Revenue Cycle Analyst

Hello Rosa,

Congratulations! You have been selected for a first-round video interview for the Revenue Cycle Analyst position with Pinecrest Health Partners.

Please use the link below to choose a 30-minute time slot that works for you. Available slots run from Monday, December 9 through Wednesday, December 11, between 9:00 AM and 4:00 PM Arizona time.

Schedule here: https://pinecresthealth.hirebridge-scheduling.com/s/8XK2P

Please book by Friday, December 6 at 5:00 PM. Once booked, you'll receive a calendar invitation with the name of your interviewer.

Pinecrest Health Partners Recruiting
''',
  company='Pinecrest Health Partners', alts=['Pinecrest Health', 'Pinecrest'], role='Revenue Cycle Analyst', start=None, zone=None, dur=None,
  iv=[], niv=['Rosa Delgado'], dd=None,
  notes='"Please book a slot" mail: a range of possible slots and a booking deadline, but no interview set -> not-interview.')
