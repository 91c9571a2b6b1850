"""Held-out cases for the sentence splitter, round 25: written without reading or running it.

Written after reading only tests/azure_tts/splitter_held_out_round24.py and
tests/azure_tts/splitter_held_out_round23.py (for format and conventions). No splitter source,
bench, tuning file, log, other test file, README or git history was opened, and no other file
of the project was read. (A directory listing of the scratch area showed the names of some
files there; none of them was opened.) Nothing was run against the splitter and git was not
used. Python was used only to check this file: that each case's chunks concatenate exactly to
its text, that the module imports, and the grep checks below. No sentence is taken or
paraphrased from those two files, and none of their replies was used as a template. So there is
none of the round 24 replies (transfer limit, number port, screen-damage claim, blood units,
washing-machine exchange, hotel room, building plan, streetlight, credit-card limit, broadband
plan, private room, science exhibition, garbage van, wheat purchase, plaster, train platform,
soybean crop insurance, bone density, books, thyroid report, bus pass, swimming, new mobile
number, bicycle, phone repair, drip irrigation, hearing test, flight refund, gold loan, school
dance, tractor insurance, birth certificate, data pack, dental camp, matric exam fee, life
insurance instalment, caller tune, power cut, and the harder replies from the medals through the
industrial training institute), none of the round 23 replies (branch transfer through the
fifth-class books), and none of the replies those two files list from rounds 18 to 22 or their
dropped drafts. In particular no reply is about a library (round 22's town library and overdue
library book), a ration card, a voter card or a bus.

A phrase-overlap check searched every 20-character run of every chunk in both files. With a
read-through against them, it made these changes to the draft:
- Four chunks that shared a 20-character run with them were reworded. The runs were " will
  travel with th" (round 23's cadet camp), "Would you like us to" (round 23's returned letter),
  " has looked at the p" (round 24's chickenpox) and " next month beside t" (round 24's
  collection centres).
- These harder cases were rebuilt because they followed one of their replies' shape too
  closely, not only in words:
  - the prescription reply opened "The nurse has looked at the photo of your son's ..." (round
    24's chickenpox and round 23's cough both open that way); it now opens on the short form;
  - the address reply was "new centre in X, with a comma; if you would rather, the older one in
    Y; a third opens next month beside the Z ..." (round 24 and round 23 both); it is now a
    rider at the gate asking which block;
  - the units reply was "packed; A comes in N units; B is in N units of ... each; the C you
    asked for comes to N units; our van ..." (both rounds); it is now a relief truck, with all
    three units in other positions;
  - the banking reply opened on a failed withdrawal "on Sunday ... will be put back within five
    working days" (round 24's double fuel payment reversed by Wednesday), and the officialese
    reply was "X. for ... came out; it has gone to the Y. Z, who ...; a copy of your W. You
    ..." (both rounds); both were reordered and rewritten;
  - the degrees reply ended "..., M.Des. She will ..." (round 24's "M.Phil. She will see
    her"); the sentence after the degree is now a question.
- These sentences were rewritten while drafting because they followed one of their sentences
  too closely:
  - a Hindi root canal "until then, do not chew ..." (round 24's plaster "until then keep it
    dry");
  - a Bengali safari "reach the gate half an hour before" (the arrive-early closing that round
    23 reports avoiding);
  - a Telugu "your son has got a seat in the government hostel" (round 24's Tamil "got a place
    in the government training institute");
  - a Gujarati morning yoga camp with a mat and a water bottle (round 24's Tamil swimming, and
    round 23's Marathi trip, whose children carry a water bottle); it is now a new class
    teacher; an Odia "send a water bottle and an umbrella" became a cap for the same reason;
  - a Kannada car insurance "no claim last year, so a discount" (round 24's Punjabi tractor
    insurance); it is now a telecom reply about dropped calls;
  - an Odia "the money goes straight to your bank account" (round 24's Hindi wheat payment);
  - a Hinglish "... ke liye chuna gaya hai" (round 24's science exhibition);
  - a Kannada-English "collect the card from the school office" and an English "collect the
    hall ticket from the school office" (round 24's Assamese receipt);
  - an ellipsis reply opening "Let me look for a seat ..." (the "Let me check ..." opening
    round 23 reports avoiding);
  - a multi-line list opening "Please pack these for ..." (round 24's "Please carry these to
    your driving test:") and ending "only one attendant may stay at night" (round 24's
    Hinglish private room);
  - a one-line list led in by "To ...:" with "Fill in the transfer form" (round 24's list);
  - an English "the newly added payee can receive money after a day" (round 24's transfer
    limit);
  - an English "sleep lab" became "sleep unit", so that "lab" does not occur at all.

No amount, name, company or place from them is reused. Every amount, decimal, percentage,
dotted date, clock time, count and year here was checked with a plain substring grep against
both files, with and without its separators, after mapping every Unicode decimal digit to ASCII
in both files and in this one (Devanagari, Bengali-Assamese, Gurmukhi, Gujarati, Odia, Tamil,
Telugu, Kannada, Malayalam, Arabic-Indic and Extended Arabic-Indic); the files were also
searched with the separators between their own digits removed. The counts 34, 13 and 83 were
picked from the two-digit numbers neither file holds, and the year 2038 is in neither. That
check made these changes to the draft: "35%" became "25%" (35 occurs), "₹4.5 lakh" became
"₹2.5 lakh" (45 occurs), and the counts 36, 27 and 93 (all of which occur) became 34, 13 and 83.
No bare small count recurs: the list markers are "(i)", "(ii)" and "(iii)", with no digits. No
day of the month is used outside the dotted dates, in digits or in words ("his first day at the
centre" and "the first floor" are not dates). No digit of an Indic script is used.

Names and places were checked the same way, case-insensitively, as whole words and as plain
substrings: Manjit Grewal, Farhan Qureshi, Sunita Pawar, Kesar Bzr., Nilgiri Cmplx., Pragati
Mrg., Petrol Pump, the Spl. Tahsildar, the plan names "Family Four" and "Home Plus", and the
suraksha-pilot.co.in domain. None of them occurs in either file except the ordinary word "four"
(there in lower case). A draft surname "Brar" was changed, because it is a plain substring of
"library" there. The domain ends neither in "demo.in" nor in "trial.in", the endings of their
domains. "India" is kept out of the cases, as in both rounds. As in rounds 19 to 24, the
Indic-script cases name no person.

None of the short forms those two files use or list appears here. That covers round 24's own
forms (Ris. through ஐ.டி.ஐ.), the forms round 24 reports avoiding (rms., I.C.U., H.O.D., Dy.,
Verfn., prs., h.s., એ.પી.એમ.સી., ఎం.ఆర్.ఓ., বি.দ্র., பி.கு., எ.கா.), round 23's own forms (Hav.
through इ.), the forms round 23 reports avoiding (a.c. through चि.), and every earlier form the
two files name (round 22's Gnr. through પો.સ્ટે. and its avoided forms, round 21's Rfn. through
मे. and E.S.I.C. through ಕ.ರಾ.ರ.ಸಾ.ನಿ., round 20's forms as far as they quote them, KYC, km, ml,
EMI, MB, ID, the initials "S.P.", "T. R.", "K. S.", "R.K." and "V. N.", and the labels J., Q.,
W., X., Y., Z., "Gate X.", "Feeder Z." and "Lab B16."). The common forms round 24 and round 23
kept out (Dr., Mr., Mrs., Capt., Maj., Col., Lt., Sgt., Insp., Supdt., Dy., Jt., Govt., Dept.,
Ltd., Pvt., No., approx., etc., e.g., i.e., vs., Rd., Inj., Tab., Cap., Syr., Oint., Ref., Amt.,
Bldg., Asst., Secy., Opp.) are kept out too, and so are Rs., a.m., p.m. and hrs. A regex search
of this file's cases for every dotted token in the two files, for each of those forms, and for
each part of the two-word and spaced ones, as a whole word (case-sensitive and
case-insensitive) finds only ordinary words that end a sentence there (such as "you.", "it.",
"hai." and "आहे."), and "road" as an ordinary word ("the road-widening plan"), the word of
round 22's "M.G. Road", which both rounds note the same way. No dotted one among them occurs in
the cases as a whole word. Some occur only inside longer words, which the whole-word search
does not find:
- inside ordinary words: "Er." in "dinner.", "paper." and "rider.", "Re." in "centre." and
  "more.", "St." in "post.", "Ed." in "approved.", "leaked." and "settled.", "W." in
  "backflow." and "now.", "Y." in "Saturday.", "Thursday.", "day." and "directly.", "EMI" in
  "chemistry" and "remind", "MB" in "Members" and "number", "ID" in "Did", "avoid", "paid" and
  "Povidone", and the single letters "N.", "R.", "S.", "T." and "P." at the ends of many words
  ("train.", "hour.", "days.", "it.", "app.");
- inside web addresses: "W." in "www.", "T." in "suraksha-pilot.", and "Co." (of "& Co.") in
  the ".co.in" of the domain, where it has a dot before it and a letter after it;
- inside this round's own short forms, as round 24's "X." sits in "chickenpox.": "N." in
  "A.N.M.", "Cfn.", "Notfn." and "Soln.", "R." in "Bzr." and "Spr.", "S." in "M.Des.",
  "bdls." and "crts.", "T." in "stat.", "P." in "Susp.", "X." in "Cmplx." and "Z." in "doz.".
The cases use no undotted acronym at all, in any script (a Kannada draft's transliterated
"Wi-Fi" was dropped as well). Spelled-out words such as "health centre", "network garage" or
"room-rent limit" are not short forms.

Every short form in this round is new:
- ranks Cfn. and Spr.;
- degrees B.Arch. and M.Des.;
- prescription forms Soln., Susp. and the lower-case stat.;
- address forms Bzr., Cmplx. and Mrg.;
- banking forms Wdl., Instl. and Benf.;
- officialese Notfn., Spl. and Appl.;
- the units doz., bdls. and crts.;
- the dotted acronyms E.C.G., A.N.M., A.G.M. and M.L.A.;
- the Indic forms ಎಸ್.ಎಸ್.ಎಲ್.ಸಿ., ബി.പി.എൽ., સી.એ. and বি.এ..
Each one was checked with grep against both files, case-insensitively, both as a whole word and
as a plain substring, and neither search finds any of them; so were the parts "Arch." and
"Des.". Each run of two or more parts of a dotted one (such as "E.C.", "C.G.", "A.N.",
"N.M.", "A.G.", "G.M.", "M.L.", "L.A.", "ಎಸ್.ಎಸ್.", "ಎಲ್.ಸಿ.", "ബി.പി.", "പി.എൽ.", "સી.એ." and
"বি.এ.") was checked the same way and is in neither file. The four transliterated forms were
also checked in Latin letters (S.S.L.C., B.P.L., C.A., B.A. and their runs), and none of those
is there either. Single parts do recur: "ബി." is the last part of round 23's കെ.എസ്.ഇ.ബി.,
"સી." the last part of the A.P.M.C. form round 24 avoided, and "বি." the first part of the
Bengali N.B. form round 24 avoided; no run of two parts is shared, and ബി.പി.എൽ. and বি.এ. both
start a sentence here, where no earlier form stands. A.N.M. and B.P.L. hold, and S.S.L.C. starts with, a
letter of round 20's spaced initials, as round 24's O.P.D. and N.O.C. do; no dotted form here
ends in such a letter (T, R, K, S, V, N, or P of "S.P."), and none holds a label letter (J., Q.,
W., X., Y., Z.).

Forms that clash were not used:
- "Nk." (a plain substring there, inside "bank."), "D.N.B." (it holds N.B.), "Cdr." (it holds
  "dr."), "Ack." (inside "back."), "Pkt." (inside round 23's "pkts."), "M.Pharm." (it holds
  round 23's "Pharm."), "Encl." (a variant beside round 24's "Enclv.") and "B.Ed." (its "Ed."
  closes round 24's D.El.Ed.);
- "B.P.T.", "D.M.L.T.", "B.A.M.S." and "t.d.s." (they end in a letter of the spaced initials),
  and "M.S.W." (it ends in the label letter W);
- "B.D.O." (D.O. is inside S.D.O.), "D.E.O." (E.O. is inside B.E.O.), "N.I.C.U." (I.C. is
  inside E.S.I.C.), "S.H.G." (S.H. is inside S.H.O.) and "M.R.P." (R.P. is inside R.P.F.);
- "Sep." (a month as well as a rank, and so a date form).
Forms whose meaning an earlier round covers were avoided as before: a health-centre form
(P.H.C. in any script), an air-conditioner form (a.c.), any state, electricity-board, transport,
post-office, police, page, era, school, university, civic-body or time-of-day form, any
honorific, and any "number", "doctor", "district", "village" or "rupee" form in any script. A
transliterated O.T.P. in the Malayalam telecom reply was replaced by "secret code". km, ml and
kg are not used in any script.

No single capital letter ends a sentence here, and no label is exercised, as in both rounds.

About two thirds of the cases (38 of 59) are everyday replies (banking, telecom, insurance,
hospitals, delivery, travel, government services, utilities, schools) in English, Hinglish,
Hindi, Marathi, Bengali, Tamil, Telugu, Gujarati, Kannada, Malayalam, Punjabi, Odia, Assamese
and Urdu. The other third (21) carries the harder cases a bot really produces.

Each case is (text, the chunks a careful human would send to TTS one at a time). The chunks
concatenate exactly to the text. Each chunk is a full sentence (or list item / heading line)
and carries the whitespace that follows its sentence end.

A chunk is never cut inside any of these:
- an amount: here a lakh amount mid-sentence (₹2,87,460 has), amounts with paise
  mid-sentence (₹2,61,035.60 was, ₹26,424.40 is), a decimal lakh right before "?" (₹2.5
  lakh?) and an amount ending the reply (₹4,180.);
- a decimal or percentage: 25% mid-sentence and 12.5% ending a sentence;
- a dotted date: 09.03.2038 before a comma, the unpadded 6.3.2038 ending a sentence, and
  23.03.2038 right before "?";
- a dotted time: 08.20 before a comma, and 08.45 and 11.15 joined by "to";
- a short form (the full list is above);
- a URL: here an https:// address with a "#" fragment before a comma, and a bare www. address
  with a path and no scheme ending a sentence;
- an e-mail address: here one with "+" in the local part, right before a bracket;
- an emoji sequence: here two emoji in a row ending the reply (🏡✨).
A list marker stays with its item.

A short form that ends a sentence ends the chunk, even when the next sentence opens with a
pronoun, the one-letter word "A", a capitalised word, a question or a bracket. Here Spr.,
M.Des., stat., Cmplx., Benf., Appl., crts., E.C.G. and M.L.A. each end one, as in "... will
serve as a Spr. His pay ...", "... to be given stat. Can you ...?", "... in Nilgiri Cmplx. Is
your block ...?", "... in the app as a Benf. He can ..." and "... the local M.L.A. Shall we
...?". A short form opening a sentence stays with it, also as the first word of the reply (here
Soln., Wdl. and Notfn., and the Indic ബി.പി.എൽ. and বি.এ.). "P.S." and "N.B." are kept from
earlier rounds but not exercised, since they are old forms.

Lists:
- A one-line list after a colon is chunked as its multi-line form would be: the lead-in up to
  the colon, then one chunk per item (here "(i)", "(ii)", "(iii)" markers on items ending in
  ".").
- In a multi-line list each line is a chunk with its newline (here "- " bullets on items without
  full stops, after a heading line ending in a colon).

Brackets and quotes:
- A bracketed or quoted sentence is its own chunk and keeps its closing bracket or quote (here
  a bracketed sentence ending in "!": "(Most people never see it!) ").
- A bracket inside a sentence does not end it (exercised here, with quotes inside it: 'as
  "Family Four" (it was called "Home Plus" until last month). '; and a bracket after an e-mail
  address).
- A "?" or "!" inside a quote in the middle of a sentence does not end the chunk (exercised
  here: 'If you get the message "Something went wrong!" please try again ...').
- A quoted question opening a sentence does not end it (kept, not exercised here), and a
  quoted question or exclamation that ends its sentence ends the chunk after the closing quote
  (exercised here: 'your phone will ask “Switch to the new plan?” Tap Yes ...').
- A full stop inside a closing quote that ends its sentence ends the chunk after the quote
  (kept, not exercised here). A quoted phrase mid-sentence does not end it (here "Family
  Four").

Emoji and ellipses:
- An emoji stays with the sentence it belongs to (here 📧 stands right before a full stop, and
  the chunk ends after the stop).
- An emoji that closes a sentence with no stop ends the chunk (here 🪪).
- A reply may end on an emoji with no full stop; here it ends on 🏡✨.
- An emoji opening the reply stays with the sentence after it (here 🎉).
- An emoji inside a sentence does not end the chunk (here "papers 📁 will").
- "?!" and "!!" end a sentence like "?" and "!" do ("!!" is exercised here).
- An ASCII ellipsis "..." and a "…" followed by a capital end a sentence (a "…" is exercised
  here: "almost full… There is"). A "...?" ends it after the "?" (kept, not exercised).
- A "…" or a "..." followed by a lower-case word trails off inside a sentence and does not end
  the chunk (a "..." is exercised here: "Should I book it now... or would you rather ...?").

Other conventions:
- These do not end the chunk: a rank before a person's name ("Cfn. Manjit Grewal"), a degree
  followed by a comma ("Farhan Qureshi, B.Arch., and"), a dotted acronym followed by a
  lower-case word ("The A.N.M. on", "cooperative's A.G.M. on"), a short form before a
  lower-case word ("Wdl. limits", "Instl. was", "Notfn. of", "bdls. for"), a comma ("Bzr.,",
  "doz.,") or a capitalised word ("Soln. Povidone", "Susp. Ibuprofen", "the Spl. Tahsildar",
  "the Pragati Mrg. Petrol Pump").
- A dotted time, a percentage, an amount-word, an amount or a dotted date ending a sentence
  ends it after the final full stop (here "11.15.", "12.5%.", "6.3.2038." and "₹4,180.");
  a dotted date or an amount-word before "?" ends it after the "?" ("23.03.2038?", "₹2.5
  lakh? "). A time with a colon is never cut (kept, not exercised here).
- Urdu sentences end at ۔ and ؟, Indic ones at । as well as ".". In a mixed-script reply each
  sentence ends at its own script's mark. Here there are Kannada, Gujarati and Bengali replies
  with an English sentence inside (the Gujarati and Bengali ones ending on a question in their
  own script), and a Malayalam sentence between an English sentence and an English question.
- A dotted Indic form followed by a separate word (સી.એ. દ્વારા, বি.এ. পাশ), opening a sentence
  (ബി.പി.എൽ. കാർഡ്, বি.এ. পাশ) or with a case suffix attached (ಎಸ್.ಎಸ್.ಎಲ್.ಸಿ.ಯ) does not end the
  chunk.

Where the two rounds differ, round 24 is followed. They contradict each other on no splitting
rule; they differ in what they exercise and how they check.
- Round 23 follows round 22 where they differ, and round 24 follows round 23; this round
  follows round 24, the later of the two.
- Round 23 maps Indic digits and greps each number with and without its separators; round 24
  also searches the files with the separators between their own digits removed, and uses no
  Indic digit. Round 24's checks were used.
- Round 23 says no dotted form of theirs occurs in its cases "even as a plain substring", then
  lists some that do, inside words; round 24 says "as a whole word" and lists the substrings.
  Round 24's wording is followed (see above).
- Round 23 keeps out ten common forms that an earlier round may hold; round 24 keeps out a
  longer list. Round 24's list is used, with a few more.
- Round 23 keeps "India" out because "Indian" is there; round 24 also keeps out a domain ending
  that is a substring there ("demo.in"). Round 24 is followed ("trial.in" too).
- Round 23 states that a dotted Indic form followed by a separate word or opening a sentence
  does not end the chunk; round 24 adds a case suffix attached. Round 24's fuller rule is used.
- Round 23 lists a sentence after a sentence-ending short form opening with "A" or a bracket;
  round 24 does not restate those. Both hold, and round 23's fuller list is kept.
- Round 23 exercises a quoted question opening a sentence, a "...?" and a colon time; round 24
  keeps those rules without exercising them, and exercises "?!", a quoted "?" mid-sentence and
  a full stop inside a closing quote. All hold; this round exercises "!!", a quoted question
  ending its sentence and a quoted "!" mid-sentence.
- Round 23 keeps round 21's and round 22's nine additions each and adds twelve; round 24 keeps
  round 22's nine and round 23's twelve and adds twelve, so it keeps the additions of the two
  rounds before it. Following round 24, round 23's twelve and round 24's twelve are kept (round
  22's nine are written out in neither file and are not restated here).
- Both files pad their section comments ("# --- ... ---"); this round does too.

Twelve expectations go beyond what either round states, and follow the same "careful human"
rule:
1. A "#" fragment in a URL ("/claims#upload, and keep") is part of the address, and the comma
   after it does not end the chunk.
2. An e-mail address with "+" in its local part right before a bracket
   ("claims+motor@suraksha-pilot.co.in (a clear scan is enough). ") is never cut, and the
   chunk ends after the full stop that follows the bracket.
3. A bare www. address with a path and no scheme ending a sentence
   ("www.suraksha-pilot.co.in/garages. Did") ends the chunk after the final full stop, which is
   not part of the address.
4. Quotes inside a bracket inside a sentence ('(it was called "Home Plus" until last month). ')
   do not end the chunk; it ends after the full stop that follows the bracket.
5. An amount-word right before "?" ("by ₹2.5 lakh? Your yearly") ends the chunk after the "?".
6. Dotted times joined by "to" ("from 08.45 to 11.15.") are each kept whole, and the chunk ends
   after the final full stop.
7. An unpadded dotted date ("6.3.2038.") is a date like a padded one: never cut, and ending its
   sentence after the final full stop.
8. A dotted date right before "?" ("on 23.03.2038?") ends the chunk after the "?".
9. An emoji right before a full stop ("to you 📧. Enjoy") stays in its sentence, and the chunk
   ends after the full stop.
10. Two emoji in a row ending the reply ("free and clear 🏡✨") are never split.
11. Bracketed roman-numeral list markers "(i)", "(ii)", "(iii)" are list markers, not bracketed
    sentences: each stays with its item.
12. A blank line after a multi-line list's last item stays with that item's chunk
    ("- Baby clothes, caps and a soft towel" followed by two newlines), and the line after it
    starts a new chunk.
"""

from __future__ import annotations

HELD_OUT: list[tuple[str, list[str]]] = [
    # --- everyday replies, English ---
    (
        "Your wife is now the nominee on your savings account and on both your fixed deposits. You do not need to visit the branch to confirm the change. If you ever want to split the money between two nominees, you can do that yourself in the app.",
        [
            "Your wife is now the nominee on your savings account and on both your fixed deposits. ",
            "You do not need to visit the branch to confirm the change. ",
            "If you ever want to split the money between two nominees, you can do that yourself in the app.",
        ],
    ),
    (
        "Your sister's number has joined your family plan, and she now shares your monthly data. Her usage will appear on your bill from the next cycle. She keeps her own number, her own phone and her own voicemail.",
        [
            "Your sister's number has joined your family plan, and she now shares your monthly data. ",
            "Her usage will appear on your bill from the next cycle. ",
            "She keeps her own number, her own phone and her own voicemail.",
        ],
    ),
    (
        "The insurer has approved cashless treatment for your father's stay in hospital. When he is discharged, the billing desk will settle the final amount with the insurer directly. You will pay only for things the policy leaves out, such as the attendant's meals.",
        [
            "The insurer has approved cashless treatment for your father's stay in hospital. ",
            "When he is discharged, the billing desk will settle the final amount with the insurer directly. ",
            "You will pay only for things the policy leaves out, such as the attendant's meals.",
        ],
    ),
    (
        "Your mother's overnight sleep study is booked for Thursday. She should reach the sleep unit by nine at night, after an early dinner. Please ask her to avoid tea and coffee after lunch that day.",
        [
            "Your mother's overnight sleep study is booked for Thursday. ",
            "She should reach the sleep unit by nine at night, after an early dinner. ",
            "Please ask her to avoid tea and coffee after lunch that day.",
        ],
    ),
    (
        "Two items from your grocery order were out of stock, so we have swapped them for close matches. The brown bread is from another bakery, and the paneer comes in a bigger pack at the same price. If you do not want either of them, just hand it back to the rider.",
        [
            "Two items from your grocery order were out of stock, so we have swapped them for close matches. ",
            "The brown bread is from another bakery, and the paneer comes in a bigger pack at the same price. ",
            "If you do not want either of them, just hand it back to the rider.",
        ],
    ),
    (
        "Your self-drive hatchback for the weekend will be waiting at our city office on Friday evening. Bring your driving licence and a card in your own name for the security deposit. The car leaves with a full tank, so please bring it back full too.",
        [
            "Your self-drive hatchback for the weekend will be waiting at our city office on Friday evening. ",
            "Bring your driving licence and a card in your own name for the security deposit. ",
            "The car leaves with a full tank, so please bring it back full too.",
        ],
    ),
    (
        "The forest office has allowed you to remove the dead neem in your compound. A forest guard will mark the trunk before anyone starts cutting. You must plant two saplings in its place within three months.",
        [
            "The forest office has allowed you to remove the dead neem in your compound. ",
            "A forest guard will mark the trunk before anyone starts cutting. ",
            "You must plant two saplings in its place within three months.",
        ],
    ),
    (
        "The blocked sewer line in front of your house was cleared this afternoon. Our crew pulled out a wad of plastic bags that had been causing the backflow. Please remind your neighbours to flush nothing but toilet paper.",
        [
            "The blocked sewer line in front of your house was cleared this afternoon. ",
            "Our crew pulled out a wad of plastic bags that had been causing the backflow. ",
            "Please remind your neighbours to flush nothing but toilet paper.",
        ],
    ),
    # --- everyday replies, Hinglish ---
    (
        "Aapki dukaan ke liye payment wala sound box courier se bhej diya gaya hai. Jab bhi koi grahak paise bhejega, box zor se rakam bol kar batayega. Iska chhota sa mahine ka kiraya aapke current account se katega.",
        [
            "Aapki dukaan ke liye payment wala sound box courier se bhej diya gaya hai. ",
            "Jab bhi koi grahak paise bhejega, box zor se rakam bol kar batayega. ",
            "Iska chhota sa mahine ka kiraya aapke current account se katega.",
        ],
    ),
    (
        "Aapke papa ka khaali pet wala sugar test kal subah hoga. Raat ke khaane ke baad unhe kuch mat khilaiye, sirf paani de sakte hain. Report dopahar tak app par dikhne lagegi.",
        [
            "Aapke papa ka khaali pet wala sugar test kal subah hoga. ",
            "Raat ke khaane ke baad unhe kuch mat khilaiye, sirf paani de sakte hain. ",
            "Report dopahar tak app par dikhne lagegi.",
        ],
    ),
    (
        "Aapke gadde ko lautane ki request manzoor ho gayi hai. Hamara aadmi parson shaam ko use lene aayega, isliye gadda plastic mein lapet kar rakhiye. Pickup ke teen din ke andar paisa aapke card par lauta diya jayega.",
        [
            "Aapke gadde ko lautane ki request manzoor ho gayi hai. ",
            "Hamara aadmi parson shaam ko use lene aayega, isliye gadda plastic mein lapet kar rakhiye. ",
            "Pickup ke teen din ke andar paisa aapke card par lauta diya jayega.",
        ],
    ),
    (
        "Aapka beta is baar inter-school chess pratiyogita mein school ki taraf se khelega. Muqabla agle shanivaar doosre school mein hai, aur bachche school ki van se jayenge. Agar uske paas apni chess ghadi hai to use saath le aaye.",
        [
            "Aapka beta is baar inter-school chess pratiyogita mein school ki taraf se khelega. ",
            "Muqabla agle shanivaar doosre school mein hai, aur bachche school ki van se jayenge. ",
            "Agar uske paas apni chess ghadi hai to use saath le aaye.",
        ],
    ),
    # --- everyday replies, Hindi ---
    (
        "आपके बेटे का जाति प्रमाण पत्र बनकर तैयार है। इसे तहसील कार्यालय की खिड़की से या ऑनलाइन पोर्टल से लिया जा सकता है। नौकरी या दाख़िले के फ़ॉर्म के साथ इसकी स्वप्रमाणित प्रति ही लगाएँ, मूल प्रति अपने पास रखें।",
        [
            "आपके बेटे का जाति प्रमाण पत्र बनकर तैयार है। ",
            "इसे तहसील कार्यालय की खिड़की से या ऑनलाइन पोर्टल से लिया जा सकता है। ",
            "नौकरी या दाख़िले के फ़ॉर्म के साथ इसकी स्वप्रमाणित प्रति ही लगाएँ, मूल प्रति अपने पास रखें।",
        ],
    ),
    (
        "आपके दाँत की रूट कैनाल का दूसरा चरण सोमवार शाम को होगा। अस्थायी भराई ढीली लगे तो घबराएँ नहीं, बस उस तरफ़ से कुछ न चबाएँ। दर्द बढ़ जाए या मसूड़े में सूजन दिखे तो क्लिनिक को तुरंत फ़ोन करें।",
        [
            "आपके दाँत की रूट कैनाल का दूसरा चरण सोमवार शाम को होगा। ",
            "अस्थायी भराई ढीली लगे तो घबराएँ नहीं, बस उस तरफ़ से कुछ न चबाएँ। ",
            "दर्द बढ़ जाए या मसूड़े में सूजन दिखे तो क्लिनिक को तुरंत फ़ोन करें।",
        ],
    ),
    (
        "नई पेयजल पाइपलाइन डालने के लिए अगले हफ़्ते आपकी गली में खुदाई होगी। उन दिनों अपनी गाड़ी गली के बाहर खड़ी करनी पड़ेगी। काम पूरा होते ही गली की सड़क फिर से पक्की कर दी जाएगी।",
        [
            "नई पेयजल पाइपलाइन डालने के लिए अगले हफ़्ते आपकी गली में खुदाई होगी। ",
            "उन दिनों अपनी गाड़ी गली के बाहर खड़ी करनी पड़ेगी। ",
            "काम पूरा होते ही गली की सड़क फिर से पक्की कर दी जाएगी।",
        ],
    ),
    (
        "आपके खाते से हर महीने बिजली का बिल अपने-आप भरने की सुविधा शुरू हो गई है। बिल की रकम आख़िरी तारीख़ से दो दिन पहले खाते से कटेगी। उस समय खाते में पूरी रकम ज़रूर रखें, वरना भुगतान रुक सकता है।",
        [
            "आपके खाते से हर महीने बिजली का बिल अपने-आप भरने की सुविधा शुरू हो गई है। ",
            "बिल की रकम आख़िरी तारीख़ से दो दिन पहले खाते से कटेगी। ",
            "उस समय खाते में पूरी रकम ज़रूर रखें, वरना भुगतान रुक सकता है।",
        ],
    ),
    # --- everyday replies, other Indian languages ---
    (
        "तुमच्या गावात बुधवारी जनावरांसाठी मोफत लसीकरण शिबिर होणार आहे. गायी, म्हशी आणि शेळ्यांना लाळ्या-खुरकूत रोगाची लस दिली जाईल. जनावरे सकाळी लवकर ग्रामपंचायतीच्या आवारात घेऊन यावीत.",
        [
            "तुमच्या गावात बुधवारी जनावरांसाठी मोफत लसीकरण शिबिर होणार आहे. ",
            "गायी, म्हशी आणि शेळ्यांना लाळ्या-खुरकूत रोगाची लस दिली जाईल. ",
            "जनावरे सकाळी लवकर ग्रामपंचायतीच्या आवारात घेऊन यावीत.",
        ],
    ),
    (
        "तुमच्या बचत गटाला बँकेकडून व्यवसायासाठी कर्ज मंजूर झाले आहे. गटाच्या अध्यक्षा आणि सचिव यांनी गुरुवारी शाखेत येऊन कागदपत्रांवर सह्या कराव्यात. कर्जाचा हप्ता दर महिन्याला गटाच्याच खात्यातून भरला जाईल.",
        [
            "तुमच्या बचत गटाला बँकेकडून व्यवसायासाठी कर्ज मंजूर झाले आहे. ",
            "गटाच्या अध्यक्षा आणि सचिव यांनी गुरुवारी शाखेत येऊन कागदपत्रांवर सह्या कराव्यात. ",
            "कर्जाचा हप्ता दर महिन्याला गटाच्याच खात्यातून भरला जाईल.",
        ],
    ),
    (
        "আপনার স্থায়ী আমানতের বিপরীতে ঋণের আবেদন মঞ্জুর হয়েছে। টাকাটা আজকের মধ্যেই আপনার সঞ্চয় খাতায় ঢুকে যাবে। আমানতের মেয়াদ ফুরোনোর আগে ঋণ শোধ না হলে বাকিটা আমানত থেকেই কেটে নেওয়া হবে।",
        [
            "আপনার স্থায়ী আমানতের বিপরীতে ঋণের আবেদন মঞ্জুর হয়েছে। ",
            "টাকাটা আজকের মধ্যেই আপনার সঞ্চয় খাতায় ঢুকে যাবে। ",
            "আমানতের মেয়াদ ফুরোনোর আগে ঋণ শোধ না হলে বাকিটা আমানত থেকেই কেটে নেওয়া হবে।",
        ],
    ),
    (
        "আপনাদের পরিবারের জন্য রবিবার ভোরের জঙ্গল সাফারির জিপ বুক করা হয়েছে। একটি জিপে ছয়জন বসতে পারবেন, আর সঙ্গে একজন গাইড থাকবেন। জঙ্গলের ভিতরে জোরে কথা বলা আর কিছু ফেলে আসা একেবারে নিষেধ।",
        [
            "আপনাদের পরিবারের জন্য রবিবার ভোরের জঙ্গল সাফারির জিপ বুক করা হয়েছে। ",
            "একটি জিপে ছয়জন বসতে পারবেন, আর সঙ্গে একজন গাইড থাকবেন। ",
            "জঙ্গলের ভিতরে জোরে কথা বলা আর কিছু ফেলে আসা একেবারে নিষেধ।",
        ],
    ),
    (
        "உங்கள் வீட்டுக் கடனுக்கான வட்டி விகிதம் இந்த மாதம் முதல் குறைக்கப்பட்டுள்ளது. மாதத் தவணைத் தொகை மாறாது, ஆனால் கடன் முடியும் காலம் சில மாதங்கள் குறையும். புதிய திருப்பிச் செலுத்தும் அட்டவணை உங்கள் மின்னஞ்சலுக்கு அனுப்பப்பட்டுள்ளது.",
        [
            "உங்கள் வீட்டுக் கடனுக்கான வட்டி விகிதம் இந்த மாதம் முதல் குறைக்கப்பட்டுள்ளது. ",
            "மாதத் தவணைத் தொகை மாறாது, ஆனால் கடன் முடியும் காலம் சில மாதங்கள் குறையும். ",
            "புதிய திருப்பிச் செலுத்தும் அட்டவணை உங்கள் மின்னஞ்சலுக்கு அனுப்பப்பட்டுள்ளது.",
        ],
    ),
    (
        "உங்கள் தெருவில் நாளை மாலை கொசு ஒழிப்புப் புகை மருந்து அடிக்கப்படும். அந்த நேரத்தில் ஜன்னல்களையும் கதவுகளையும் மூடி வையுங்கள். வீட்டைச் சுற்றி எங்கும் தண்ணீர் தேங்காமல் பார்த்துக்கொள்ளுங்கள்.",
        [
            "உங்கள் தெருவில் நாளை மாலை கொசு ஒழிப்புப் புகை மருந்து அடிக்கப்படும். ",
            "அந்த நேரத்தில் ஜன்னல்களையும் கதவுகளையும் மூடி வையுங்கள். ",
            "வீட்டைச் சுற்றி எங்கும் தண்ணீர் தேங்காமல் பார்த்துக்கொள்ளுங்கள்.",
        ],
    ),
    (
        "ప్రభుత్వ బాలుర వసతి గృహంలో చేరే విద్యార్థుల జాబితాలో మీ అబ్బాయి పేరు ఉంది. ఆదివారం సాయంత్రంలోగా అతను హాస్టల్‌లో చేరాలి. దుప్పటి, కంచం, గ్లాసు ఇంటి నుంచే తెచ్చుకోవాలి.",
        [
            "ప్రభుత్వ బాలుర వసతి గృహంలో చేరే విద్యార్థుల జాబితాలో మీ అబ్బాయి పేరు ఉంది. ",
            "ఆదివారం సాయంత్రంలోగా అతను హాస్టల్‌లో చేరాలి. ",
            "దుప్పటి, కంచం, గ్లాసు ఇంటి నుంచే తెచ్చుకోవాలి.",
        ],
    ),
    (
        "మీ వీధిలోని చేతి పంపుకు మరమ్మతు పూర్తయింది. ఇప్పుడు వస్తున్న నీళ్లు తాగడానికి సురక్షితమేనని మా సిబ్బంది పరీక్షించి చెప్పారు. పంపు మళ్లీ పాడైతే పంచాయతీ కార్యాలయానికి తెలియజేయండి.",
        [
            "మీ వీధిలోని చేతి పంపుకు మరమ్మతు పూర్తయింది. ",
            "ఇప్పుడు వస్తున్న నీళ్లు తాగడానికి సురక్షితమేనని మా సిబ్బంది పరీక్షించి చెప్పారు. ",
            "పంపు మళ్లీ పాడైతే పంచాయతీ కార్యాలయానికి తెలియజేయండి.",
        ],
    ),
    (
        "તમારા લગ્નપ્રસંગ માટેની મીઠાઈનો ઓર્ડર નોંધાઈ ગયો છે. બધાં બોક્સ પ્રસંગના આગલા દિવસે સાંજે તમારા ઘરે પહોંચાડીશું. મીઠાઈ ફ્રિજમાં રાખશો તો બે દિવસ સુધી તાજી રહેશે.",
        [
            "તમારા લગ્નપ્રસંગ માટેની મીઠાઈનો ઓર્ડર નોંધાઈ ગયો છે. ",
            "બધાં બોક્સ પ્રસંગના આગલા દિવસે સાંજે તમારા ઘરે પહોંચાડીશું. ",
            "મીઠાઈ ફ્રિજમાં રાખશો તો બે દિવસ સુધી તાજી રહેશે.",
        ],
    ),
    (
        "તમારી દીકરીના વર્ગમાં સોમવારથી નવાં વર્ગશિક્ષિકા આવશે. અગાઉનાં શિક્ષિકાની બદલી બીજી શાળામાં થઈ છે. નવાં શિક્ષિકાને મળવું હોય તો શનિવારે રિસેસ પછી આવી શકો છો.",
        [
            "તમારી દીકરીના વર્ગમાં સોમવારથી નવાં વર્ગશિક્ષિકા આવશે. ",
            "અગાઉનાં શિક્ષિકાની બદલી બીજી શાળામાં થઈ છે. ",
            "નવાં શિક્ષિકાને મળવું હોય તો શનિવારે રિસેસ પછી આવી શકો છો.",
        ],
    ),
    (
        "ನಿಮ್ಮ ಪ್ರದೇಶದಲ್ಲಿ ಕರೆಗಳು ಮಧ್ಯದಲ್ಲೇ ಕಡಿತಗೊಳ್ಳಲು ಟವರ್‌ನ ಒಂದು ಹಾಳಾದ ಭಾಗ ಕಾರಣ. ಅದನ್ನು ಶುಕ್ರವಾರದೊಳಗೆ ಬದಲಾಯಿಸಲಾಗುವುದು. ಅಲ್ಲಿಯವರೆಗೆ ಮನೆಯ ಇಂಟರ್ನೆಟ್ ಸಂಪರ್ಕದ ಮೂಲಕ ಕರೆ ಮಾಡುವ ಆಯ್ಕೆಯನ್ನು ಬಳಸಬಹುದು.",
        [
            "ನಿಮ್ಮ ಪ್ರದೇಶದಲ್ಲಿ ಕರೆಗಳು ಮಧ್ಯದಲ್ಲೇ ಕಡಿತಗೊಳ್ಳಲು ಟವರ್‌ನ ಒಂದು ಹಾಳಾದ ಭಾಗ ಕಾರಣ. ",
            "ಅದನ್ನು ಶುಕ್ರವಾರದೊಳಗೆ ಬದಲಾಯಿಸಲಾಗುವುದು. ",
            "ಅಲ್ಲಿಯವರೆಗೆ ಮನೆಯ ಇಂಟರ್ನೆಟ್ ಸಂಪರ್ಕದ ಮೂಲಕ ಕರೆ ಮಾಡುವ ಆಯ್ಕೆಯನ್ನು ಬಳಸಬಹುದು.",
        ],
    ),
    (
        "ಈ ವಾರದಿಂದ ನಿಮ್ಮ ಮಗನ ಶಾಲೆಯ ಬಿಸಿಯೂಟದಲ್ಲಿ ಮೊಟ್ಟೆ ಅಥವಾ ಬಾಳೆಹಣ್ಣು ಕೊಡಲಾಗುತ್ತದೆ. ಮೊಟ್ಟೆ ತಿನ್ನದ ಮಕ್ಕಳಿಗೆ ಬಾಳೆಹಣ್ಣು ಸಿಗುತ್ತದೆ. ನಿಮ್ಮ ಮಗನಿಗೆ ಯಾವುದು ಬೇಕು ಎಂದು ತರಗತಿ ಶಿಕ್ಷಕರಿಗೆ ತಿಳಿಸಿ.",
        [
            "ಈ ವಾರದಿಂದ ನಿಮ್ಮ ಮಗನ ಶಾಲೆಯ ಬಿಸಿಯೂಟದಲ್ಲಿ ಮೊಟ್ಟೆ ಅಥವಾ ಬಾಳೆಹಣ್ಣು ಕೊಡಲಾಗುತ್ತದೆ. ",
            "ಮೊಟ್ಟೆ ತಿನ್ನದ ಮಕ್ಕಳಿಗೆ ಬಾಳೆಹಣ್ಣು ಸಿಗುತ್ತದೆ. ",
            "ನಿಮ್ಮ ಮಗನಿಗೆ ಯಾವುದು ಬೇಕು ಎಂದು ತರಗತಿ ಶಿಕ್ಷಕರಿಗೆ ತಿಳಿಸಿ.",
        ],
    ),
    (
        "നിങ്ങളുടെ നമ്പറിലേക്ക് വരുന്ന തട്ടിപ്പ് കോളുകൾ തിരിച്ചറിയാനുള്ള സൗകര്യം ഓണാക്കിയിട്ടുണ്ട്. സംശയമുള്ള കോൾ വരുമ്പോൾ സ്ക്രീനിൽ ഒരു മുന്നറിയിപ്പ് തെളിയും. ആരു ചോദിച്ചാലും ഫോണിൽ വരുന്ന രഹസ്യ കോഡ് പറഞ്ഞുകൊടുക്കരുത്.",
        [
            "നിങ്ങളുടെ നമ്പറിലേക്ക് വരുന്ന തട്ടിപ്പ് കോളുകൾ തിരിച്ചറിയാനുള്ള സൗകര്യം ഓണാക്കിയിട്ടുണ്ട്. ",
            "സംശയമുള്ള കോൾ വരുമ്പോൾ സ്ക്രീനിൽ ഒരു മുന്നറിയിപ്പ് തെളിയും. ",
            "ആരു ചോദിച്ചാലും ഫോണിൽ വരുന്ന രഹസ്യ കോഡ് പറഞ്ഞുകൊടുക്കരുത്.",
        ],
    ),
    (
        "നിങ്ങൾ ഓർഡർ ചെയ്ത മീൻ വൃത്തിയാക്കി മുറിച്ച് പാക്ക് ചെയ്തുകഴിഞ്ഞു. ഐസ് നിറച്ച പെട്ടിയിൽ അര മണിക്കൂറിനുള്ളിൽ അത് വീട്ടിലെത്തും. കിട്ടിയാലുടൻ ഫ്രിഡ്ജിൽ വെക്കാൻ മറക്കരുത്.",
        [
            "നിങ്ങൾ ഓർഡർ ചെയ്ത മീൻ വൃത്തിയാക്കി മുറിച്ച് പാക്ക് ചെയ്തുകഴിഞ്ഞു. ",
            "ഐസ് നിറച്ച പെട്ടിയിൽ അര മണിക്കൂറിനുള്ളിൽ അത് വീട്ടിലെത്തും. ",
            "കിട്ടിയാലുടൻ ഫ്രിഡ്ജിൽ വെക്കാൻ മറക്കരുത്.",
        ],
    ),
    (
        "ਤੁਹਾਡੇ ਵੱਲੋਂ ਮੰਗਵਾਏ ਕਣਕ ਦੇ ਬੀਜ ਸਹਿਕਾਰੀ ਸਭਾ ਵਿੱਚ ਪਹੁੰਚ ਗਏ ਹਨ। ਬੀਜ ਦੀਆਂ ਬੋਰੀਆਂ ਸੋਮਵਾਰ ਤੋਂ ਬੁੱਧਵਾਰ ਤੱਕ ਚੁੱਕੀਆਂ ਜਾ ਸਕਦੀਆਂ ਹਨ। ਬਿਜਾਈ ਤੋਂ ਪਹਿਲਾਂ ਬੀਜ ਨੂੰ ਦਵਾਈ ਲਾ ਕੇ ਸੋਧਣਾ ਨਾ ਭੁੱਲਣਾ।",
        [
            "ਤੁਹਾਡੇ ਵੱਲੋਂ ਮੰਗਵਾਏ ਕਣਕ ਦੇ ਬੀਜ ਸਹਿਕਾਰੀ ਸਭਾ ਵਿੱਚ ਪਹੁੰਚ ਗਏ ਹਨ। ",
            "ਬੀਜ ਦੀਆਂ ਬੋਰੀਆਂ ਸੋਮਵਾਰ ਤੋਂ ਬੁੱਧਵਾਰ ਤੱਕ ਚੁੱਕੀਆਂ ਜਾ ਸਕਦੀਆਂ ਹਨ। ",
            "ਬਿਜਾਈ ਤੋਂ ਪਹਿਲਾਂ ਬੀਜ ਨੂੰ ਦਵਾਈ ਲਾ ਕੇ ਸੋਧਣਾ ਨਾ ਭੁੱਲਣਾ।",
        ],
    ),
    (
        "ਤੁਹਾਡੇ ਮਾਤਾ ਜੀ ਦੇ ਨਕਲੀ ਦੰਦਾਂ ਦਾ ਸੈੱਟ ਬਣ ਕੇ ਆ ਗਿਆ ਹੈ। ਵੀਰਵਾਰ ਨੂੰ ਆ ਕੇ ਉਹ ਇਸ ਨੂੰ ਲਗਵਾ ਕੇ ਦੇਖ ਲੈਣ ਕਿ ਕਿਤੇ ਚੁਭਦਾ ਤਾਂ ਨਹੀਂ। ਪਹਿਲੇ ਕੁਝ ਦਿਨ ਉਹ ਨਰਮ ਖਾਣਾ ਹੀ ਖਾਣ।",
        [
            "ਤੁਹਾਡੇ ਮਾਤਾ ਜੀ ਦੇ ਨਕਲੀ ਦੰਦਾਂ ਦਾ ਸੈੱਟ ਬਣ ਕੇ ਆ ਗਿਆ ਹੈ। ",
            "ਵੀਰਵਾਰ ਨੂੰ ਆ ਕੇ ਉਹ ਇਸ ਨੂੰ ਲਗਵਾ ਕੇ ਦੇਖ ਲੈਣ ਕਿ ਕਿਤੇ ਚੁਭਦਾ ਤਾਂ ਨਹੀਂ। ",
            "ਪਹਿਲੇ ਕੁਝ ਦਿਨ ਉਹ ਨਰਮ ਖਾਣਾ ਹੀ ਖਾਣ।",
        ],
    ),
    (
        "ଆବାସ ଯୋଜନାରେ ଆପଣଙ୍କ ଘର ପାଇଁ ପ୍ରଥମ କିସ୍ତି ମଞ୍ଜୁର ହୋଇଛି। ଘରର ମୂଳଦୁଆ ଖୋଳିବା ଆଗରୁ ପଞ୍ଚାୟତ ଅଫିସକୁ ଜଣାନ୍ତୁ। ମୂଳଦୁଆ କାମ ସରିଲେ ତାହାର ଫଟୋ ପଠାଇଲେ ଦ୍ୱିତୀୟ କିସ୍ତି ମିଳିବ।",
        [
            "ଆବାସ ଯୋଜନାରେ ଆପଣଙ୍କ ଘର ପାଇଁ ପ୍ରଥମ କିସ୍ତି ମଞ୍ଜୁର ହୋଇଛି। ",
            "ଘରର ମୂଳଦୁଆ ଖୋଳିବା ଆଗରୁ ପଞ୍ଚାୟତ ଅଫିସକୁ ଜଣାନ୍ତୁ। ",
            "ମୂଳଦୁଆ କାମ ସରିଲେ ତାହାର ଫଟୋ ପଠାଇଲେ ଦ୍ୱିତୀୟ କିସ୍ତି ମିଳିବ।",
        ],
    ),
    (
        "ଗରମ ଯୋଗୁଁ ଏହି ସପ୍ତାହରେ ଆପଣଙ୍କ ପୁଅର ସ୍କୁଲ କେବଳ ସକାଳ ପାଳିରେ ଚାଲିବ। ଖରା ବଢ଼ିବା ଆଗରୁ ପିଲାଙ୍କୁ ଛୁଟି ଦିଆଯିବ। ତାକୁ ମୁଣ୍ଡରେ ଟୋପି ପିନ୍ଧାଇ ପଠାନ୍ତୁ।",
        [
            "ଗରମ ଯୋଗୁଁ ଏହି ସପ୍ତାହରେ ଆପଣଙ୍କ ପୁଅର ସ୍କୁଲ କେବଳ ସକାଳ ପାଳିରେ ଚାଲିବ। ",
            "ଖରା ବଢ଼ିବା ଆଗରୁ ପିଲାଙ୍କୁ ଛୁଟି ଦିଆଯିବ। ",
            "ତାକୁ ମୁଣ୍ଡରେ ଟୋପି ପିନ୍ଧାଇ ପଠାନ୍ତୁ।",
        ],
    ),
    (
        "মৎস্য বিভাগে আপোনাৰ পুখুৰীৰ বাবে মাছৰ পোনা অহা সোমবাৰে দিব। পোনাবোৰ ৰাতিপুৱা বা সন্ধিয়া পুখুৰীত এৰি দিলে ভাল। তাৰ আগতে পুখুৰীৰ পানীত চূণ দি ৰাখিব।",
        [
            "মৎস্য বিভাগে আপোনাৰ পুখুৰীৰ বাবে মাছৰ পোনা অহা সোমবাৰে দিব। ",
            "পোনাবোৰ ৰাতিপুৱা বা সন্ধিয়া পুখুৰীত এৰি দিলে ভাল। ",
            "তাৰ আগতে পুখুৰীৰ পানীত চূণ দি ৰাখিব।",
        ],
    ),
    (
        "আপোনাৰ মাকৰ নতুন চছমাযোৰ সাজু হৈছে। দোকানখনৰ পৰা যিকোনো দিনা সন্ধিয়ালৈকে নিব পাৰিব। প্ৰথম কেইদিনমান মূৰ ঘূৰালে চিন্তা নকৰিব, চকু অভ্যস্ত হ'বলৈ অলপ সময় লাগে।",
        [
            "আপোনাৰ মাকৰ নতুন চছমাযোৰ সাজু হৈছে। ",
            "দোকানখনৰ পৰা যিকোনো দিনা সন্ধিয়ালৈকে নিব পাৰিব। ",
            "প্ৰথম কেইদিনমান মূৰ ঘূৰালে চিন্তা নকৰিব, চকু অভ্যস্ত হ'বলৈ অলপ সময় লাগে।",
        ],
    ),
    (
        "آپ کی بیٹی کی اسکول فیس اس سال کے لیے آدھی معاف کر دی گئی ہے۔ باقی فیس دو حصوں میں جمع کی جا سکتی ہے۔ اگلے سال رعایت کے لیے نئی درخواست دینی ہوگی۔",
        [
            "آپ کی بیٹی کی اسکول فیس اس سال کے لیے آدھی معاف کر دی گئی ہے۔ ",
            "باقی فیس دو حصوں میں جمع کی جا سکتی ہے۔ ",
            "اگلے سال رعایت کے لیے نئی درخواست دینی ہوگی۔",
        ],
    ),
    (
        "آپ کا منگوایا ہوا قالین کل شام آپ کے گھر پہنچ جائے گا۔ ہمارا کاریگر اسے کمرے میں بچھا کر ہی جائے گا۔ قالین کے ساتھ اس کی صفائی کا طریقہ لکھا ہوا ایک کارڈ بھی ہوگا۔",
        [
            "آپ کا منگوایا ہوا قالین کل شام آپ کے گھر پہنچ جائے گا۔ ",
            "ہمارا کاریگر اسے کمرے میں بچھا کر ہی جائے گا۔ ",
            "قالین کے ساتھ اس کی صفائی کا طریقہ لکھا ہوا ایک کارڈ بھی ہوگا۔",
        ],
    ),
    # --- ranks: Cfn. before a name mid-sentence; Spr. ending a sentence before "His" ---
    (
        "Your grandson's joining letter from the army has come through. He reports to the engineers' training centre on Monday, and Cfn. Manjit Grewal from the recruiting office will escort the new recruits on the train. Once his training is over, he will serve as a Spr. His pay starts from his first day at the centre.",
        [
            "Your grandson's joining letter from the army has come through. ",
            "He reports to the engineers' training centre on Monday, and Cfn. Manjit Grewal from the recruiting office will escort the new recruits on the train. ",
            "Once his training is over, he will serve as a Spr. ",
            "His pay starts from his first day at the centre.",
        ],
    ),
    # --- degrees after names: B.Arch. followed by a comma; M.Des. ending a sentence before a question ---
    (
        "Your kitchen makeover plan is ready for you to look at. The layout is by Farhan Qureshi, B.Arch., and he will come to measure the walls on Saturday. The colours and fittings were picked by our designer, Sunita Pawar, M.Des. Would you like her to bring tile samples along on the same visit?",
        [
            "Your kitchen makeover plan is ready for you to look at. ",
            "The layout is by Farhan Qureshi, B.Arch., and he will come to measure the walls on Saturday. ",
            "The colours and fittings were picked by our designer, Sunita Pawar, M.Des. ",
            "Would you like her to bring tile samples along on the same visit?",
        ],
    ),
    # --- prescription forms: Soln. opening the reply, Susp. before a capitalised word, a lower-case stat. ending a sentence before a question ---
    (
        "Soln. Povidone Iodine is to be dabbed on your son's grazed knee twice a day, the nurse says. If the knee throbs at night, he can take Susp. Ibuprofen after dinner. The cut was deep and dirty, so a tetanus shot must be given stat. Can you bring him to the clinic this evening?",
        [
            "Soln. Povidone Iodine is to be dabbed on your son's grazed knee twice a day, the nurse says. ",
            "If the knee throbs at night, he can take Susp. Ibuprofen after dinner. ",
            "The cut was deep and dirty, so a tetanus shot must be given stat. ",
            "Can you bring him to the clinic this evening?",
        ],
    ),
    # --- address forms: Cmplx. ending a sentence before a question, Mrg. before a capitalised word, Bzr. before a comma ---
    (
        "Our rider has reached your building in Nilgiri Cmplx. Is your block the one behind the Pragati Mrg. Petrol Pump, or the one facing it? He is waiting at the gate that opens onto Kesar Bzr., near the fruit stalls.",
        [
            "Our rider has reached your building in Nilgiri Cmplx. ",
            "Is your block the one behind the Pragati Mrg. Petrol Pump, or the one facing it? ",
            "He is waiting at the gate that opens onto Kesar Bzr., near the fruit stalls.",
        ],
    ),
    # --- banking forms: Benf. ending a sentence before "He", Wdl. opening a sentence, Instl. before a lower-case word ---
    (
        "Your brother's account has been saved in the app as a Benf. He can now be paid from your account in a few taps. Wdl. limits on your debit card are not affected by this change. This month's scooter loan Instl. was also taken on time, so nothing is due from you.",
        [
            "Your brother's account has been saved in the app as a Benf. ",
            "He can now be paid from your account in a few taps. ",
            "Wdl. limits on your debit card are not affected by this change. ",
            "This month's scooter loan Instl. was also taken on time, so nothing is due from you.",
        ],
    ),
    # --- officialese: Spl. before a capitalised word, Notfn. opening a sentence, Appl. ending a sentence before a question ---
    (
        "Your objection to the road-widening plan will be heard by the Spl. Tahsildar on Friday morning. Notfn. of the hearing has been pasted on the board outside his office. Please carry the sale deed of your shop and the receipt for your Appl. Will someone be speaking on your behalf?",
        [
            "Your objection to the road-widening plan will be heard by the Spl. Tahsildar on Friday morning. ",
            "Notfn. of the hearing has been pasted on the board outside his office. ",
            "Please carry the sale deed of your shop and the receipt for your Appl. ",
            "Will someone be speaking on your behalf?",
        ],
    ),
    # --- units: doz. before a comma, bdls. before a lower-case word, crts. ending a sentence before a question ---
    (
        "The relief truck for your ward will be unloaded at the community hall this evening. On board are candles, 34 doz., and tarpaulin sheets tied in 13 bdls. for the families whose roofs leaked. Bottled water follows tomorrow in 83 crts. Can your ward committee send a few helpers to unload?",
        [
            "The relief truck for your ward will be unloaded at the community hall this evening. ",
            "On board are candles, 34 doz., and tarpaulin sheets tied in 13 bdls. for the families whose roofs leaked. ",
            "Bottled water follows tomorrow in 83 crts. ",
            "Can your ward committee send a few helpers to unload?",
        ],
    ),
    # --- dotted acronyms: E.C.G. ending a sentence before "He"; A.N.M. before a lower-case word ---
    (
        "Your father's chest pain last night needs looking into, so the health centre has booked him an E.C.G. He should come in before ten tomorrow, and he may eat breakfast as usual. The A.N.M. on duty will check his blood pressure and sugar before the doctor sees him.",
        [
            "Your father's chest pain last night needs looking into, so the health centre has booked him an E.C.G. ",
            "He should come in before ten tomorrow, and he may eat breakfast as usual. ",
            "The A.N.M. on duty will check his blood pressure and sugar before the doctor sees him.",
        ],
    ),
    # --- dotted acronyms: A.G.M. before a lower-case word; M.L.A. ending a sentence before a question ---
    (
        "Your milk cooperative's A.G.M. on Sunday will be held in the dairy hall. Members who attend will get this year's bonus there, and the chief guest is the local M.L.A. Shall we reserve a seat for your wife as well?",
        [
            "Your milk cooperative's A.G.M. on Sunday will be held in the dairy hall. ",
            "Members who attend will get this year's bonus there, and the chief guest is the local M.L.A. ",
            "Shall we reserve a seat for your wife as well?",
        ],
    ),
    # --- amounts: a lakh amount mid-sentence, paise mid-sentence twice, a decimal percentage ending a sentence, a decimal lakh before "?", an amount ending the reply ---
    (
        "Your hospital claim for ₹2,87,460 has been settled. Of this, ₹2,61,035.60 was paid directly to the hospital. The other ₹26,424.40 is above your room-rent limit, so the hospital may ask you for it. Because of this claim, your renewal bonus drops from 25% to 12.5%. Would you like to raise your cover by ₹2.5 lakh? Your yearly premium would then go up by ₹4,180.",
        [
            "Your hospital claim for ₹2,87,460 has been settled. ",
            "Of this, ₹2,61,035.60 was paid directly to the hospital. ",
            "The other ₹26,424.40 is above your room-rent limit, so the hospital may ask you for it. ",
            "Because of this claim, your renewal bonus drops from 25% to 12.5%. ",
            "Would you like to raise your cover by ₹2.5 lakh? ",
            "Your yearly premium would then go up by ₹4,180.",
        ],
    ),
    # --- dotted dates and times: a date before a comma, dotted times joined by "to", an unpadded date ending a sentence, a date before "?" ---
    (
        "Your son's board practical exam is on 09.03.2038, in the chemistry room on the first floor. Reporting time is 08.20, and the exam runs from 08.45 to 11.15. His hall ticket is already in the school app, so please print it before 6.3.2038. Would he also like to sit the optional retest on 23.03.2038?",
        [
            "Your son's board practical exam is on 09.03.2038, in the chemistry room on the first floor. ",
            "Reporting time is 08.20, and the exam runs from 08.45 to 11.15. ",
            "His hall ticket is already in the school app, so please print it before 6.3.2038. ",
            "Would he also like to sit the optional retest on 23.03.2038?",
        ],
    ),
    # --- URLs and e-mail: a URL with a "#" fragment before a comma, an e-mail with "+" before a bracket, a bare www. address ending a sentence ---
    (
        "Upload the garage's repair estimate at https://www.suraksha-pilot.co.in/claims#upload, and keep the paper copy with you. You can also mail it to claims+motor@suraksha-pilot.co.in (a clear scan is enough). To find a network garage near you, open www.suraksha-pilot.co.in/garages. Did you get a claim reference from us by text?",
        [
            "Upload the garage's repair estimate at https://www.suraksha-pilot.co.in/claims#upload, and keep the paper copy with you. ",
            "You can also mail it to claims+motor@suraksha-pilot.co.in (a clear scan is enough). ",
            "To find a network garage near you, open www.suraksha-pilot.co.in/garages. ",
            "Did you get a claim reference from us by text?",
        ],
    ),
    # --- quotes and brackets: a quoted question ending its sentence; quotes inside a bracket mid-sentence; a quoted "!" mid-sentence; a bracketed sentence ending in "!" ---
    (
        'After you tap the offer, your phone will ask “Switch to the new plan?” Tap Yes to confirm it. The plan shows in the app as "Family Four" (it was called "Home Plus" until last month). If you get the message "Something went wrong!" please try again after an hour. (Most people never see it!) Your current plan keeps running until the switch is done.',
        [
            "After you tap the offer, your phone will ask “Switch to the new plan?” ",
            "Tap Yes to confirm it. ",
            'The plan shows in the app as "Family Four" (it was called "Home Plus" until last month). ',
            'If you get the message "Something went wrong!" please try again after an hour. ',
            "(Most people never see it!) ",
            "Your current plan keeps running until the switch is done.",
        ],
    ),
    # --- ellipses and "!!": "…" before a capital (an end); "!!" (an end); "..." before a lower-case word (not an end) ---
    (
        "The earlier trains are almost full… There is one berth left on the afternoon express, in the sleeper class. It leaves in under two hours, so you would need to hurry!! Should I book it now... or would you rather wait for tomorrow's train?",
        [
            "The earlier trains are almost full… ",
            "There is one berth left on the afternoon express, in the sleeper class. ",
            "It leaves in under two hours, so you would need to hurry!! ",
            "Should I book it now... or would you rather wait for tomorrow's train?",
        ],
    ),
    # --- emoji: one opening the reply, one inside a sentence, one closing a sentence with no stop, one before a full stop, two in a row ending the reply ---
    (
        "🎉 Your home loan is now fully paid off! The original property papers 📁 will be returned to you at the branch within fifteen working days. Please bring the identity proofs of both owners 🪪 We will also mail a no-dues letter to you 📧. Enjoy your home, free and clear 🏡✨",
        [
            "🎉 Your home loan is now fully paid off! ",
            "The original property papers 📁 will be returned to you at the branch within fifteen working days. ",
            "Please bring the identity proofs of both owners 🪪 ",
            "We will also mail a no-dues letter to you 📧. ",
            "Enjoy your home, free and clear 🏡✨",
        ],
    ),
    # --- one-line list with "(i)", "(ii)", "(iii)" markers after a colon, items ending in full stops ---
    (
        "Three steps are left before the car is in your son's name: (i) Upload his address proof on the transport portal. (ii) Bring the car in for an inspection. (iii) Pay the transfer fee online. He will get the new registration card by post.",
        [
            "Three steps are left before the car is in your son's name: ",
            "(i) Upload his address proof on the transport portal. ",
            "(ii) Bring the car in for an inspection. ",
            "(iii) Pay the transfer fee online. ",
            "He will get the new registration card by post.",
        ],
    ),
    # --- multi-line list with "- " bullets on items without full stops, a blank line after the last item ---
    (
        "For your wife's stay in the maternity ward, the hospital asks you to pack:\n- Her pregnancy file and scan reports\n- Two loose cotton nightgowns\n- Baby clothes, caps and a soft towel\n\nThe ward desk will give you a visitor pass at admission.",
        [
            "For your wife's stay in the maternity ward, the hospital asks you to pack:\n",
            "- Her pregnancy file and scan reports\n",
            "- Two loose cotton nightgowns\n",
            "- Baby clothes, caps and a soft towel\n\n",
            "The ward desk will give you a visitor pass at admission.",
        ],
    ),
    # --- mixed scripts: Kannada with ಎಸ್.ಎಸ್.ಎಲ್.ಸಿ. and a case suffix attached, and an English sentence ---
    (
        "ನಿಮ್ಮ ಮಗಳ ಎಸ್.ಎಸ್.ಎಲ್.ಸಿ.ಯ ಅಂಕಪಟ್ಟಿಯಲ್ಲಿದ್ದ ಹೆಸರಿನ ತಪ್ಪನ್ನು ಸರಿಪಡಿಸಲಾಗಿದೆ. The head teacher will hand her the corrected card in person. ಹಳೆಯ ಅಂಕಪಟ್ಟಿಯನ್ನು ಅದೇ ದಿನ ಹಿಂತಿರುಗಿಸಬೇಕು.",
        [
            "ನಿಮ್ಮ ಮಗಳ ಎಸ್.ಎಸ್.ಎಲ್.ಸಿ.ಯ ಅಂಕಪಟ್ಟಿಯಲ್ಲಿದ್ದ ಹೆಸರಿನ ತಪ್ಪನ್ನು ಸರಿಪಡಿಸಲಾಗಿದೆ. ",
            "The head teacher will hand her the corrected card in person. ",
            "ಹಳೆಯ ಅಂಕಪಟ್ಟಿಯನ್ನು ಅದೇ ದಿನ ಹಿಂತಿರುಗಿಸಬೇಕು.",
        ],
    ),
    # --- mixed scripts: Malayalam opening a sentence with ബി.പി.എൽ., between an English sentence and an English question ---
    (
        "Your request for help with your mother's cancer treatment has been approved. ബി.പി.എൽ. കാർഡ് ഉള്ളതിനാൽ മരുന്നുകളും സൗജന്യമായി ലഭിക്കും. Shall we send the approval letter straight to her hospital?",
        [
            "Your request for help with your mother's cancer treatment has been approved. ",
            "ബി.പി.എൽ. കാർഡ് ഉള്ളതിനാൽ മരുന്നുകളും സൗജന്യമായി ലഭിക്കും. ",
            "Shall we send the approval letter straight to her hospital?",
        ],
    ),
    # --- mixed scripts: Gujarati with સી.એ. before a separate word, an English sentence, a Gujarati question ---
    (
        "તમારું આવકવેરા રિટર્ન તમારા સી.એ. દ્વારા સમયસર ભરાઈ ગયું છે. Any refund due to you should be paid out within a few weeks. શું તમે રિફંડની સ્થિતિ વિશે અમારા સંદેશા મેળવવા માંગો છો?",
        [
            "તમારું આવકવેરા રિટર્ન તમારા સી.એ. દ્વારા સમયસર ભરાઈ ગયું છે. ",
            "Any refund due to you should be paid out within a few weeks. ",
            "શું તમે રિફંડની સ્થિતિ વિશે અમારા સંદેશા મેળવવા માંગો છો?",
        ],
    ),
    # --- mixed scripts: Bengali opening a sentence with বি.এ. before a separate word, an English sentence, a Bengali question ---
    (
        "বি.এ. পাশ তরুণদের কম্পিউটার প্রশিক্ষণে আপনার ছেলের নাম উঠেছে। Classes run on weekday mornings for three months at the block office. সে কি প্রথম দিনের ক্লাসে আসতে পারবে?",
        [
            "বি.এ. পাশ তরুণদের কম্পিউটার প্রশিক্ষণে আপনার ছেলের নাম উঠেছে। ",
            "Classes run on weekday mornings for three months at the block office. ",
            "সে কি প্রথম দিনের ক্লাসে আসতে পারবে?",
        ],
    ),
]
