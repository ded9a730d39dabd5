from mime import write
U = ('Sam Okafor', 'sam.okafor84@gmail.com')
UK = ('Ellie Marsh', 'ellie.marsh@outlook.com')
items = [
dict(id='en-01', lang='en', client='gmail', uz='America/New_York', now=(2027, 12, 6, 8, 41), odate=(2027, 12, 3, 16, 12),
 user=U, ofrom=('Priya Raman', 'priya.raman@cobaltlinehealth.com'), html=True,
 subj='Interview confirmation - Clinical Data Engineer (Cobaltline Health)',
 note='interview!! can you track this one',
 body='''Hi Sam,

Thank you for your interest in the Clinical Data Engineer position at Cobaltline Health. I'm happy to confirm your next interview:

Date: {WD:2027-12-14}, 12/14/2027
Time: 2:00 PM - 2:45 PM Eastern
Format: Zoom video (link in the calendar invitation)

You'll be meeting with:
- Dr. Marcus Oyelaran, VP Clinical Data
- Hannah Feld, Senior Data Engineer

Please accept the attached calendar invite so it lands on your calendar. If anything comes up, just reply to this email and I'll find another time.

Best,
Priya Raman
Recruiting Coordinator | Cobaltline Health
priya.raman@cobaltlinehealth.com''',
 ics=dict(tzid='Eastern Standard Time', start='20271214T140000', end='20271214T144500', summary='Cobaltline Health - Clinical Data Engineer interview (Sam Okafor)',
          location='Zoom', organizer=('Priya Raman', 'priya.raman@cobaltlinehealth.com'),
          attendees=[('Marcus Oyelaran', 'm.oyelaran@cobaltlinehealth.com'), ('Hannah Feld', 'hannah.feld@cobaltlinehealth.com'), ('Sam Okafor', 'sam.okafor84@gmail.com')]),
 exp=dict(kind='invite', company='Cobaltline Health', role='Clinical Data Engineer', start='2027-12-14T14:00', zone='America/New_York', dur=45,
          iv=['Marcus Oyelaran', 'Hannah Feld'], niv=['Priya Raman', 'Sam Okafor'], notes='Coordinator does not attend; US numeric date; Windows TZID Eastern Standard Time.')),

dict(id='en-02', lang='en', client='apple', uz='Europe/London', now=(2028, 1, 13, 19, 5), odate=(2028, 1, 13, 17, 48),
 user=UK, ofrom=('Ollie Brandt', 'ollie@fathomandfinch.co.uk'), cte='7bit', charset='us-ascii',
 subj='Re: Senior Product Designer',
 note='from the design studio guy. is this an interview? i think so',
 body='''Hi Ellie,

Thanks for sending the portfolio over - the wayfinding project is great.

Let's meet Tuesday at 11 about the role? Come by our studio at 14 Calvert Avenue, Shoreditch, I'll grab us coffees. Nothing formal, I just want to hear how you'd approach our booking flow.

Cheers,
Ollie

--
Ollie Brandt
Design Director, Fathom & Finch
fathomandfinch.co.uk''',
 exp=dict(kind='invite', company='Fathom & Finch', role='Senior Product Designer', start='2028-01-18T11:00', zone='Europe/London', dur=None,
          iv=['Ollie Brandt'], niv=['Ellie Marsh'], notes='Informal hiring-manager invite; only a weekday ("Tuesday" after Thu 13 Jan = 18 Jan); no duration.')),

dict(id='en-03', lang='en', client='outlook', uz='America/Chicago', now=(2028, 1, 27, 12, 3), odate=(2028, 1, 27, 11, 58), oz='America/Chicago',
 user=('Marisol Vega', 'marisol.vega@outlook.com'), ofrom=('Cadenza Scheduling', 'no-reply@cadenza-scheduling.example'), html=True,
 subj='Confirmed: Phone screen with Ridgeway Logistics',
 body='''Your interview is confirmed.

Ridgeway Logistics - Transportation Analyst
Phone screen with Dana Whitcombe, Talent Acquisition Partner

When: {WD:2028-02-03}, February 3, 2028 10:30 AM - 11:00 AM (Central Time - US & Canada)
Where: Dana will call you at the number on your application.

Need to make a change? Use the link below to reschedule or cancel. Please give us at least 24 hours notice.
https://cadenza-scheduling.example/r/8KQ2-XW71

This message was sent by Cadenza Scheduling on behalf of Ridgeway Logistics.''',
 ics=dict(tzid=None, start='20280203T163000', end='20280203T170000', summary='Phone screen: Ridgeway Logistics (Transportation Analyst)', mode='inline',
          prodid='-//Cadenza Scheduling//EN', organizer=('Dana Whitcombe', 'dwhitcombe@ridgewaylogistics.com'), attendees=[('Marisol Vega', 'marisol.vega@outlook.com')]),
 exp=dict(kind='invite', company='Ridgeway Logistics', alts=['Ridgeway'], role='Transportation Analyst', start='2028-02-03T10:30', zone='America/Chicago', dur=30,
          iv=['Dana Whitcombe'], niv=['Marisol Vega'], notes='Scheduling tool sends on behalf of employer; recruiter runs the phone screen herself; ICS in UTC (16:30Z).')),

dict(id='en-04', lang='en', client='attach', uz='America/New_York', now=(2028, 2, 22, 21, 30), odate=(2028, 2, 22, 15, 2),
 user=U, ofrom=('Nate Sorensen', 'nate@kestrelpartners.example'), cte='quoted-printable', aname='Final round - Aldermoor.eml',
 subj='Final round - Aldermoor Insurance, Sr. Financial Reporting Manager',
 note='Forwarding as attachment. Final round!',
 body='''Sam,

Great news - Aldermoor came back and they'd like you in for the final round onsite at their Hartford office (One Constitution Plaza, 9th floor) on Wednesday 3/1.

Agenda:
9:30 - 10:15  Gwen Park, CFO
10:15 - 11:00  Tom Leary, Corporate Controller
11:00 - 11:30  Lisa Moreno, HR Business Partner

Plan for about two hours all in. Ask for Lisa at reception. Business casual is fine.

They told me they're aiming to make a decision by Friday 3/10, so we should know quickly. Give me a call tonight or tomorrow and we'll prep.

Nate Sorensen
Principal | Kestrel Partners
Finance & Accounting Search''',
 exp=dict(kind='invite', company='Aldermoor Insurance', alts=['Aldermoor'], role='Sr. Financial Reporting Manager', start='2028-03-01T09:30', zone='America/New_York', dur=120,
          iv=['Gwen Park', 'Tom Leary', 'Lisa Moreno'], niv=['Nate Sorensen', 'Sam Okafor'], dd='2028-03-10',
          notes='Agency recruiter (Kestrel Partners) writes; company is the employer; agenda spans 9:30-11:30; forwarded as message/rfc822; 3/1 = March 1.')),

dict(id='en-05', lang='en', client='tb', uz='Europe/London', now=(2028, 4, 10, 9, 15), odate=(2028, 4, 7, 16, 40),
 user=UK, ofrom=('Rhys Prothero', 'rhys.prothero@pennantrail.co.uk'), charset='windows-1252', cte='quoted-printable', html=True,
 subj='Interview invitation – Asset Management Graduate Scheme',
 body='''Dear Ellie,

Thank you for your application to Pennant Rail’s Asset Management Graduate Scheme. We’d like to invite you to an interview on Thursday 20th April at 10.30am (UK time) via Microsoft Teams.

The interview will last approximately one hour and will be held by Siobhán Kelly, Head of Asset Strategy, and myself. We’ll ask you to talk us through one project you’re proud of – no slides needed.

Please note our offices are closed over the Easter bank holiday weekend, so if you need to contact us, replies may take a little longer.

Kind regards,

Rhys Prothero
Early Careers Lead
Pennant Rail Ltd''',
 exp=dict(kind='invite', company='Pennant Rail', alts=['Pennant Rail Ltd'], role='Asset Management Graduate Scheme', start='2028-04-20T10:30', zone='Europe/London', dur=60,
          iv=['Siobhán Kelly', 'Rhys Prothero'], niv=['Ellie Marsh'], notes='windows-1252 with smart quotes/en dash; "Thursday 20th April at 10.30am" with no year; sender attends ("and myself"); Easter bank holiday mention is a distractor.')),

dict(id='en-06', lang='en', client='gmail', uz='America/New_York', now=(2028, 3, 8, 10, 20), odate=(2028, 3, 7, 18, 31), oz='America/Los_Angeles',
 user=U, ofrom=('Calvio for Lumen Orchard', 'invites@calvio.example'), html=True,
 subj='Lumen Orchard: Technical interview scheduled',
 body='''Hi Sam,

Your technical interview for Staff Software Engineer, Learning Platform at Lumen Orchard is scheduled.

{WD:2028-03-13}, March 13
9:00 AM - 9:30 AM Pacific Time (12:00 PM - 12:30 PM Eastern)
Interviewer: Keiko Tan, Engineering Manager
Google Meet: https://meet.example/lqz-rpta-xmv

Heads up: US clocks change on Sunday, March 12, so double-check the time in your calendar.

Good luck!
The Lumen Orchard Recruiting Team
(scheduled via Calvio)''',
 ics=dict(tzid=None, start='20280313T160000', end='20280313T163000', summary='Technical interview - Lumen Orchard', prodid='-//Calvio//Scheduler 3.2//EN',
          organizer=('Lumen Orchard Recruiting', 'recruiting@lumenorchard.example'), attendees=[('Keiko Tan', 'keiko.tan@lumenorchard.example'), ('Sam Okafor', 'sam.okafor84@gmail.com')], b64=True),
 exp=dict(kind='invite', company='Lumen Orchard', role='Staff Software Engineer, Learning Platform', start='2028-03-13T09:00', zone='America/Los_Angeles', dur=30,
          iv=['Keiko Tan'], niv=['Sam Okafor'], notes='Day after US DST change; PT and ET both given (same instant, match on instant); ICS base64 in UTC 16:00Z (PDT).')),

dict(id='en-07', lang='en', client='outlook', orig_sep=True, uz='America/Toronto', now=(2028, 5, 15, 8, 2), odate=(2028, 5, 12, 17, 26),
 user=('Nadia Chowdhury', 'nadia.chowdhury@live.ca'), ofrom=('Aisha Rahman', 'aisha.rahman@marrowandpine.ca'), charset='windows-1252', cte='quoted-printable',
 subj='Change of time – Category Manager interview',
 body='''Hi Nadia,

Apologies for the short notice. Luc has been pulled into a supplier audit, so we need to move your interview originally scheduled for Wednesday, May 17 at 1 pm.

Could we do Friday, May 19 at 3:30 pm (Eastern) instead? Same hour-long format, same panel – Luc Tremblay and me – at our Liberty Village office, 60 Atlantic Ave. I’ve updated the calendar invitation.

Note our office is closed Monday May 22 for Victoria Day.

Thanks for your flexibility,
Aisha

Aisha Rahman
Director, Category Management
Marrow & Pine Foods''',
 exp=dict(kind='reschedule', company='Marrow & Pine Foods', alts=['Marrow & Pine'], role='Category Manager', start='2028-05-19T15:30', zone='America/Toronto', dur=60,
          iv=['Luc Tremblay', 'Aisha Rahman'], niv=['Nadia Chowdhury'], notes='Reschedule: old slot Wed 17 May in text; new slot Fri 19 May 3:30pm; sender is on the panel; Victoria Day distractor.')),

dict(id='en-08', lang='en', client='gmail', uz='America/Chicago', now=(2028, 6, 2, 7, 55), odate=(2028, 6, 1, 16, 10),
 user=('Marisol Vega', 'marisol.vega@outlook.com'), ofrom=('Quayside Analytics Talent Team', 'careers@quaysideanalytics.example'), html=True,
 subj='Your application to Quayside Analytics',
 note='ugh. well.',
 body='''Dear Marisol,

Thank you for taking the time to interview with us for the Senior BI Developer role. We enjoyed learning about your work on supply-chain dashboards.

After careful consideration, we have decided to move forward with other candidates whose experience more closely matches our current needs. This was a difficult decision.

We will keep your resume on file and encourage you to apply for future openings - we expect to post several analytics roles in the fall.

Best regards,
Quayside Analytics Talent Team''',
 exp=dict(kind='rejection', company='Quayside Analytics', role='Senior BI Developer', niv=['Marisol Vega'], notes='Plain rejection; "fall" postings are not a date.')),

dict(id='en-09', lang='en', client='apple', uz='America/Los_Angeles', now=(2028, 6, 5, 20, 44), odate=(2028, 6, 5, 14, 3),
 user=('Tom Nguyen', 'tomnguyen.work@icloud.com'), ofrom=('Beatriz Solano', 'beatriz.solano@verdance.energy'), html=True,
 subj='Offer of Employment - Grid Integration Engineer',
 body='''Hi Tom,

On behalf of Verdance Energy, I'm delighted to offer you the position of Grid Integration Engineer, reporting to Malik Jefferson.

Base salary: $142,000 per year
Sign-on bonus: $10,000
Proposed start date: Monday, July 10, 2028
Location: Oakland, CA (hybrid, 3 days onsite)

The full offer letter is attached via DocuSign. Please review, sign and return it by Friday, June 9, 2028. Happy to set up a call with Malik if you have questions.

Congratulations!
Beatriz Solano
Senior Recruiter, Verdance Energy''',
 exp=dict(kind='offer', company='Verdance Energy', role='Grid Integration Engineer', niv=['Beatriz Solano', 'Malik Jefferson', 'Tom Nguyen'],
          notes='Offer; June 9 is the candidate deadline (decisionDate null); July 10 is the start date, not an interview.')),

dict(id='en-10', lang='en', client='outlook', uz='America/New_York', now=(2028, 7, 5, 9, 1), odate=(2028, 7, 3, 22, 17),
 user=U, ofrom=('Halcyon Freight Careers', 'no-reply@talentory.example'), html=True,
 subj='Thank you for applying - Senior Backend Engineer (Req 4471)',
 body='''Hi Sam,

Thank you for applying for the Senior Backend Engineer (Req 4471) position at Halcyon Freight. We've received your application and our recruiting team will review it.

If your background is a match, a member of the team will reach out to schedule an initial conversation. Due to the volume of applications, this can take 2-3 weeks. Our offices are closed on Tuesday, July 4.

You can check your application status anytime in the candidate portal.

Halcyon Freight Talent Acquisition
Powered by Talentory''',
 exp=dict(kind='not-interview', company='Halcyon Freight', role='Senior Backend Engineer', niv=['Sam Okafor'],
          notes='ATS application acknowledgement; no interview; July 4 closure is a distractor.')),

dict(id='en-11', lang='en', client='gmail', uz='Europe/London', now=(2028, 7, 6, 12, 30), odate=(2028, 7, 6, 8, 0), oz='Europe/London',
 user=UK, ofrom=('Hirefield', 'events@hirefield.example'), html=True,
 subj='Live this Tuesday: Ace your panel interview (free webinar)',
 note='should I go to this?',
 body='''Hi Ellie,

Panel interviews got you nervous? Join our free live webinar with former Big Four recruiter Tamsin Achebe.

Ace your panel interview
{WD:2028-07-11} 11 July, 1:00 PM - 2:00 PM BST
Online - register at hirefield.example/webinars/panel

Plus: 214 new jobs matching "product designer" in London this week.

You're receiving this because you signed up for Hirefield job alerts. Unsubscribe any time.''',
 exp=dict(kind='not-interview', company=None, role=None, niv=['Tamsin Achebe', 'Ellie Marsh'],
          notes='Job-board webinar with date/time bait; not an interview.')),
]
items.append(dict(id='en-12', lang='en', client='gmail', uz='America/Chicago', now=(2028, 4, 4, 11, 2), odate=(2028, 4, 4, 10, 12),
 user=('Marisol Vega', 'marisol.vega@outlook.com'), ofrom=('Grace Liu', 'grace.liu@bramblewoodhg.com'), html=True,
 subj='Re: Revenue Analyst - next steps',
 note='this is the one I confirmed, ignore the other times',
 body="""Perfect - let's lock in Wednesday the 12th at 4:30pm CT then. A Teams invite is coming shortly.

You'll meet Devin Castro, our Director of Revenue Strategy. He's blocked 45 minutes.

Grace

On Mon, Apr 3, 2028 at 5:40 PM Marisol Vega <marisol.vega@outlook.com> wrote:
> Hi Grace, the 12th works best for me. Thanks!
>
> On Mon, Apr 3, 2028 at 9:05 AM Grace Liu <grace.liu@bramblewoodhg.com> wrote:
>> Hi Marisol,
>>
>> Thanks for your time on the phone today. Devin would like to meet you for the Revenue Analyst role at Bramblewood Hospitality Group. Would any of these work?
>>
>> - Tue 4/11, 10:00 AM CT
>> - Wed 4/12, 4:30 PM CT
>> - Fri 4/14, 1:00 PM CT
>>
>> Grace Liu
>> Talent Acquisition, Bramblewood Hospitality Group""",
 exp=dict(kind='invite', company='Bramblewood Hospitality Group', alts=['Bramblewood'], role='Revenue Analyst', start='2028-04-12T16:30', zone='America/Chicago', dur=45,
          iv=['Devin Castro'], niv=['Grace Liu', 'Marisol Vega'], notes='Reply chain: three proposed slots quoted, only Wed 4/12 4:30pm confirmed; recruiter does not attend.')))
if __name__ == '__main__':
    write(items)
