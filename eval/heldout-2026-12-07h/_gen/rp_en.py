# now | zone | company | answering | intent | date | time | closing | rel | trap | text
SRC = r"""
2031-03-13T16:05:00|-|Harbor & Finch Analytics|thank-you|thanked|-|-|-|-|-|sent the thank you note to priya and tom 👍
2031-01-23T09:30:00|-|Northwind Logistics|thank-you|thanked|-|-|-|-|-|Done, emailed Dana and Marcus last night to say thanks
2031-02-11T18:40:00|-|Lumen Street Bank|thank-you|thanked|-|-|-|-|-|yep thank u email went out rite after the call
2031-03-28T10:00:00|America/Los_Angeles|Cobalt Health|follow-up-1|followed-up|-|-|-|-|-|just pinged the recruiter on linkedin asking for an update
2031-04-30T12:15:00|Europe/London|Marlow & Greene LLP|follow-up-1|followed-up|-|-|-|-|-|rang Sophie at the agency this morning, she's chasing them for me
2031-06-20T09:00:00|America/Chicago|Quillfeather Books|follow-up-2|followed-up|-|-|-|-|T|sent a 2nd follow up. if nothing by next week im done w them
2031-03-14T11:20:00|-|Harbor & Finch Analytics|digest|decision-date|2031-03-19|-|-|wd:wed|-|priya said theyll decide by next wednesday
2031-01-23T17:00:00|-|Northwind Logistics|thank-you|decision-date|2031-01-31|-|-|eonw|-|They said I'd hear back by end of next week
2031-02-11T08:00:00|-|Lumen Street Bank|follow-up-1|decision-date|2031-02-20|-|-|abs|T|hr says no decision until the 20th at the earliest, ugh
2031-03-21T14:00:00|America/Los_Angeles|Cobalt Health|thank-you|decision-date|2031-03-31|-|-|+10|T|no news yet, jordan says they'll get back to everyone in 10 days
2031-04-23T13:00:00|Europe/London|Marlow & Greene LLP|digest|decision-date|2031-05-15|-|-|mid:5|T|update: they've pushed the decision back to mid may
2031-05-29T15:10:00|America/Denver|Ridgeline Outdoor Co.|thank-you|decision-date|2031-05-31|-|-|eom|-|caleb said final answer by the end of the month
2031-06-13T10:00:00|Europe/London|Tessellate Games|follow-up-1|decision-date|2031-06-17|-|-|wd:tue|-|Olivia says they'll let me know Tuesday
2031-03-26T09:40:00|-|Fennick Robotics Ltd|follow-up-1|heard-back|-|-|-|-|T|Ciarán emailed back, just said they're still interviewing, no timeline
2031-02-20T16:30:00|America/Toronto|Maple Ridge Credit Union|follow-up-1|heard-back|-|-|-|-|T|gurpreet called me back!! no offer yet but no rejection either
2031-03-14T09:00:00|-|Harbor & Finch Analytics|digest|next-round|2031-03-27|10:00|-|abs|-|moved to the onsite — thursday the 27th at 10am
2031-01-24T12:00:00|-|Northwind Logistics|thank-you|next-round|2031-01-27|14:00|-|wd:mon|-|they want me back for a 2nd round monday at 2
2031-04-24T19:00:00|Europe/London|Marlow & Greene LLP|digest|next-round|2031-05-06|09:30|-|abs|-|Second interview booked with the managing partner, 6 May 9.30am
2031-06-12T17:30:00|Europe/London|Tessellate Games|thank-you|next-round|2031-06-18|16:00|-|wd:wed|-|final final round w the studio head next wed 4pm
2031-02-13T10:00:00|-|Lumen Street Bank|follow-up-1|offer|-|-|offer|-|-|GOT THE OFFER 🎉🎉
2031-06-03T18:20:00|America/Chicago|Quillfeather Books|move-on|offer|-|-|offer|-|-|no need, they offered me the job this afternoon
2031-04-01T08:30:00|America/Los_Angeles|Cobalt Health|follow-up-2|rejected|-|-|rejected|-|-|they passed on me. went with someone internal
2031-03-25T20:15:00|-|Fennick Robotics Ltd|follow-up-1|rejected|-|-|rejected|-|-|got the rejection email today. oh well
2031-02-25T11:00:00|America/Toronto|Maple Ridge Credit Union|digest|rejected|-|-|rejected|-|-|maple ridge said no btw
2031-01-21T07:50:00|-|Northwind Logistics|prep|withdrawn|-|-|withdrawn|-|-|actually im pulling out of this one, the commute is insane
2031-05-27T12:00:00|America/Denver|Ridgeline Outdoor Co.|confirmation|withdrawn|-|-|withdrawn|-|-|i emailed caleb to withdraw, accepted something else
2031-04-10T08:00:00|Europe/London|Marlow & Greene LLP|follow-up-1|snooze|2031-04-15|-|-|abs|-|ping me again the tuesday after easter
2031-03-28T09:15:00|America/Los_Angeles|Cobalt Health|follow-up-1|snooze|2031-03-31|-|-|wd:mon|-|not yet, remind me monday
2031-05-23T17:00:00|America/Chicago|Quillfeather Books|prep|snooze|2031-05-27|-|-|abs|-|remind me the day after memorial day
2031-02-26T08:00:00|-|Sterling Pharma|digest|snooze|2031-03-03|-|-|+5|-|remind me about sterling in 5 days
2031-03-25T20:20:00|-|Fennick Robotics Ltd|digest|undo|-|-|-|-|-|wait undo that, wrong company
2031-04-02T10:00:00|America/Los_Angeles|Cobalt Health|move-on|reopen|-|-|-|-|T|can you reopen cobalt? they reached out again about a different team
2031-01-16T09:00:00|-|Northwind Logistics|confirmation|correct|-|10:30|-|-|-|the time's wrong, it's 10:30 not 10
2031-03-07T08:30:00|-|Harbor & Finch Analytics|confirmation|correct|2031-03-14|-|-|abs|-|date is wrong - it's the 14th not the 13th
2031-04-06T21:00:00|-|-|digest|status|-|-|-|-|-|what do i have going on rn
2031-05-31T10:00:00|-|-|digest|export|-|-|-|-|-|can u send me all this as a spreadsheet
2031-01-15T08:30:00|-|-|confirmation|help|-|-|-|-|-|how does this work? what can i reply with
2031-02-25T09:20:00|-|Sterling Pharma|confirmation|forget|-|-|-|-|-|delete this one, I applied by mistake
2031-03-19T12:00:00|-|Fennick Robotics Ltd|prep|none|-|-|-|-|-|what should i wear for a video call lol
2031-05-02T18:00:00|Europe/London|Marlow & Greene LLP|digest|none|-|-|-|-|T|my flatmate got an offer from marlow & greene for a different role haha
2031-06-06T11:00:00|-|Orchard Learning Inc.|digest|none|-|-|-|-|T|ok my current boss just made a counter offer... not sure what to do now
2031-03-27T09:00:00|America/Los_Angeles|Cobalt Health|follow-up-1|none|-|-|-|-|T|still no rejection so i guess thats good?
2031-02-12T19:00:00|-|Lumen Street Bank|follow-up-1|none|-|-|-|-|T|if they reject me im moving to montana
2031-04-15T14:00:00|America/Chicago|-|digest|none|-|-|-|-|T|the apartment on 5th rejected my application 🙃 anyway
2031-01-30T08:00:00|-|Northwind Logistics|follow-up-1|none|-|-|-|-|T|Marcus asked if I want to grab coffee next week, is that a good sign?
2031-06-11T16:00:00|Europe/London|Tessellate Games|thank-you|none|-|-|-|-|-|will do tonight
2031-02-21T10:00:00|America/Toronto|Maple Ridge Credit Union|thank-you|none|-|-|-|-|T|my sister got rejected from maple ridge last year lol hope thats not a sign
2031-05-29T19:00:00|America/Denver|Ridgeline Outdoor Co.|thank-you|none|-|-|-|-|T|they basically offered me the job lol jk they said nothing
2031-03-10T07:30:00|-|Harbor & Finch Analytics|prep|none|-|-|-|-|T|thanks! nervous af. if they offer im saying yes on the spot
2031-04-03T12:00:00|Europe/London|Kestrel Aerospace|digest|none|-|-|-|-|T|kestrel rejected my friend too, rough week for everyone
"""
