"""Held-out cases for the sentence splitter, round 52: written without reading or running it.

Written after reading only /work/main/tests/azure_tts/splitter_held_out_round51.py and
/work/main/tests/azure_tts/splitter_held_out_round50.py (for format and conventions), each opened by
its exact path (with cat, sed -n, wc -l and grep -n, and with Python reading it as text and parsing
it with the ast module, never importing or running it). No splitter source, bench, tuning file, log,
other test file, README or git history was opened, no folder of the project was listed, no wildcard
or glob was used on a project path, git was not used, and no web, code or document search was made.
Nothing was run against the splitter or in the project, and its package was not imported. In /tmp
only the scratch folder /tmp/s38/w_s52/ (made for this round with mkdir -p) and this file were
touched; /tmp/s38 itself was not listed. No slip against these reading rules is known. Round 51 was
printed whole once with cat (the tool output cut its middle, which was then read with sed -n by line
ranges), so all of it was read. Round 50 was printed whole once with cat (the same cut), its lines
165 to 254 (the end of its docstring) were read with sed -n, and its section comments were listed
with grep -n on its exact path; its everyday cases (the middle the cut hid) were not read line by
line (they were searched only by the checks below). Round 51's conventions paragraph was taken with
Python (ast, from its docstring) into the scratch folder and reused here, with the round numbers
moved on. Python was used only in the scratch folder: to read the two files as text for the checks
below, to assemble this file from drafted chunk lists (so each text is the join of its chunks), to
check that the chunks concatenate exactly to the text, that every chunk but the last ends in
whitespace, that there are 60 cases and that the module imports by path (importlib, from /tmp/s38/),
and for the checks below. The case shape of round 51 is kept: each case is (text, expected chunks),
so the text is given whole; no stream split is stored here. No sentence is taken or paraphrased from
the two files, and none of their replies was used as a template (a first address case had a sentence
on a corner shop and one on a sign that followed round 51's too closely, and a first prescription
case was about a chest complaint as round 51's is; all were replaced before the file was written).
No reply is about a library, a ration card, a voter card, a bus, a passport, a hotel stay, a
scholarship, a water tank, house tax or school hours, and no case holds the substrings "lab",
"ration", "bus" or "let" at all (a first "decoration" was reworded, and "available", "label" and a
"let it dry" were kept out while drafting). Topics were moved away from those the two files use (now
a sofa re-covered, a cooking gas refill, a hearing aid, a dog groomed, a laptop keyboard, a kitchen
chimney cleaned, an inverter battery, mosquito mesh on windows, a watch cell, curtains stitched, a
shoe resoled, a mixer jar, a sewing machine, ground spices, a bank locker, flower pots and soil, a
Ganpati idol, a sugarcane-cutting crew, a tin roof, a puja bhog order, coconuts plucked, a house
whitewashed, cotton bales weighed, Sankranti kites, a chaniya choli, methi khakhra, areca nut
weighed, ragi milled, an Onam sadya, roof tiles, a phulkari dupatta, mustard oil, a Raja swing,
cashew weighed, a gamosa woven, oranges, attar and Eid sewaiyan; then a self-defence workshop, a
dance academy's teachers, a grandmother's acidity, a tailoring boutique's new address, a recurring
deposit passbook, a pension revision, bathroom floor tiles, a television bought on instalments, a
colony cricket tournament, a banquet hall for a reception, a health check-up, a seed shop's web
site, a children's drawing contest, a delayed sherwani, a kitchen utensils delivery, house movers, a
home loan signing, and the five mixed replies: an accountant's job, a harmonium teacher, a
publisher's job, a shop signboard and polished anklets).

A phrase-overlap check searched every 16-character run of every case against both whole files
(docstrings included, case-insensitively, digits mapped to ASCII). Its first pass reworded: " your
flat on thursday afternoon", " booked for tomorrow", " swapped for a new ", a Hinglish " diya gaya
hai. " and " silkar taiyaar ", " being run by the ", " a day for your ", " has also written ", "
never skip the ", ". thank you for ", " on the first mo", " been e-mailed to you.", " will open the
c", " for your son's ", "/-? yes, and the ", "0, so keep your ", " dawn at https://", " toll-free
line is 1800", "s (shown on www.", a Bengali "মেরামত করা হয়েছে।" and "পৌঁছে দেওয়া হবে।", an
Assamese "ফুল তোলা হৈছে।" and a Tamil " தயாராக உள்ளது. "; a second pass found ". do not miss the ",
"? it is, and the ", ". our physician " and a Tamil "வைத்திருக்கிறோம்", and a third nothing. After
that no 16-character run is shared with either file. A within-file run check also reworded "your
grandmother's" (two cases), " has been replaced" (two cases), ". the physician ", " the physician a"
and "ed on the first ", and now finds none. Every phrase the two files quote in their docstrings
(496 found by a regex for straight and curly double quotes) was also searched for as a substring,
case-insensitively; that pass reworded "LL." (a first "bill." and "fill."), "an." (inside a first
e-mail local part "kisan.seva"), "Ah" (inside a second local part "krishi.salah"), "end." (a first
"weekend."), "es." (a first "cities."), "gs." (a first "evenings."), "mn." (a first "column."),
"ns." (a first "cushions."), "nt." (a first "payment."), "om." (a first "bedroom."), "ot." (a first
"foot."), "rd." (a first "keyboard.", "card." twice and "reward."), "re." (a first "signature." and
"before."), "rm." (a first "firm."), "rs." (a first "years."), "st." (a first "test.", "dust.",
"first." three times, "interest." and "guest."), "ts." (a first "reports."), "Thursday.",
"Saturday.", "room.", "morning.", "weekend.", "before.", "signature.", "just", "late" (in a first
"later" and "Late"), "orders", "packed", "unless", "machine", "tractor" and "app" (in a first
"approved", "pre-approve", "appreciate", "appear", "appeals", "happen" and "co-applicant"). What it
still finds are marks and connecting words ("!", "!!", "?!", "?", ",", ", ", ", and", "; and", ";",
"; ", ".", " (", " and ", " before ", " that", "...", "...?", "…", "…!", "%", "/-", ".in", "।"), the
plain words "A", "I", "It", "Our", "The", "We", "You", "and", "back", "but", "by", "can", "each",
"if", "in", "of", "only", "so", "to", "we" and "will", the amount-word "lakh" (kept, as the amounts
case needs it), word pieces ("AC" in words such as "each", "teacher", "replaced" and the Hinglish
"bachaiye"; "app" in "gift-wrapped"), and word endings ("d." and "ed." in "picked.", "needed.",
"logged.", "altered..." and "beforehand."; "g." in "hearing."; "y." and "Y." in words such as
"today.", "day.", "country." and "acidity."; "day." itself in "today." and "day."; "S." in words
ending in s; "I." in the Hinglish "hai." (three times); "hai." itself, three times). Inside a form
it finds only these: "d." and "D." in recd. and D.Litt.; "g." in Brig., Bldg. and kg.; "I." in
E.M.I. (four times). None is inside an address, an e-mail or a web address. No Malayalam reply uses
"നിങ്ങളുടെ", no Odia reply uses "ଆପଣଙ୍କ", no Kannada reply opens "ನಿಮ್ಮ ತಂದೆಯವರ", no Gujarati reply
uses "પિતાજી", and no Urdu reply uses "خود بخود".

Numbers: every amount, decimal, percentage, date, time, phone number and count was checked with a
plain substring search against both files, with and without its separators, after mapping every
Unicode decimal digit to ASCII (the files' digits were also searched as one run with all separators
removed); none is in either file. The two-digit runs that occur in neither file even with their
separators removed are 26 40 47 62 66 76 82 88, and every number here holds at least one of them:
Shop 47, 40 ltr. (twice), 62 cm., 26 kg., 76 cm., 26 ltr., 47 kg., ₹4.76 lakh, 40%, ₹62,000/-, ₹826,
₹1,040, ₹47,999.50, ₹18,840, ₹26,600, 26-07-2088, 06:40-08:26, 28.07.2088, 10:26, 11:40, 22/07/2088,
8.40, 17:26, 0562-266 4788 and 1800-266-4040. No date is given a weekday. No single-digit number, no
Indic digit and no bare list number is used; the list markers are "➤ " and "☑ ", and neither occurs
in either file. Names, places and addresses were checked the same way (none occurs there): Bruno,
Sunil Bhandari, Bharatanatyam, Pantoprazole, Lactulose, Sai Kripa, Rekha Iyer, Anil Mehta, Harish
Kapoor and the beejmitra.in domain (local parts "thok" and "beej.seva", paths "mandi-bhav",
"kharif", "khaad#yuria", "mitti" and "status?bori=neem"). The domain holds none of the files' banned
words; its tail before ".in" ("ra.") occurs nowhere in the files, and no other word here ends in it.
"India" is not used (nor a flag emoji); the Indic-script cases name no person and no place. No
undotted acronym is used (a regex for two or more capitals finds none). The emoji used (📦, 🎉, 🛵, 📞,
🎀, ✅, 🙏) occur in neither file, and none carries a presentation selector, a skin tone or a joiner.
No case holds a zero-width joiner or non-joiner.

Every short form here is new. Each was searched for in both files, case-insensitively, as a plain
substring (so also as a whole word), and none is found:

- service forms Brig. and Cpl., with the lower-case sqn.;
- degrees M.P.A. and D.Litt. (and "M.P.", "P.A.", "Litt.");
- prescription forms Cap. and Syp., with the lower-case liq.;
- address forms Bldg. and Mkt., with the lower-case cplx.;
- banking forms Acc. and Cr., with the lower-case recd.;
- officialese Dept. and Jt., with the lower-case encl.;
- units ltr., cm. and kg.;
- dotted acronyms E.M.I. and G.S.T. (and each run of two parts: "E.M.", "M.I.", "G.S.", "S.T.");
- short forms of ordinary prose Sh. and Sr., with the lower-case vs.;
- the month form Jul. (right before "?" and inside a question before a lower-case word);
- Indic forms ಬಿ.ಕಾಂ. (Kannada), ਐਮ.ਏ. (Punjabi) and এম.এ. (Bengali). No single part of them ("ಬಿ.",
  "ಕಾಂ.", "ਐਮ.", "ਏ.", "এম.", "এ.") occurs in the two files read.

Their tails were checked too: "ig.", "pl.", "qn.", "tt.", "ap.", "yp.", "iq.", "dg.", "kt.", "lx.",
"cc.", "cr.", "cd.", "pt.", "jt.", "cl.", "tr.", "cm.", "kg.", "sh.", "sr.", "vs.", "ul." and the
last parts "P.A.", "M.I." and "S.T." occur nowhere there. Within this file no two forms share a
tail, and no other word ends in one (each tail occurs exactly as often as its form; a first
"finish." was reworded for "sh."). Forms dropped for clashing: Capt. (sharing "pt." with Dept.),
Sgt. ("gt." is in the files), B.Mus. ("us."), Sav. ("av."), Mar. ("ar."), Jun. ("un."), Sept.
("pt."), pcs. ("cs."), Estt. (sharing "tt." with D.Litt.), stn. (it means a station, so transport)
and a Marathi बी.कॉम. ("बी." is in the files); a first lower-case inh. was replaced by liq. when the
prescription case was moved to a new topic. No new short amount-word is used (the amounts case uses
"lakh", "/-", "%" and paise only). No form means a fuel, health centre, school, transport, post
office, police, civic body, village, district, doctor, number or time of day (so no "a.m.", "p.m.",
"Dr." or "No."). No single capital letter ends a sentence other than as the last part of a dotted
acronym, and no label is exercised.

About two thirds of the cases (38 of 60) are everyday replies (home services, banking, shops,
health, farming, festivals and deliveries) in English, Hinglish, Hindi (one of them written with "."
instead of "।"), Marathi, Bengali, Tamil, Telugu, Gujarati, Kannada, Malayalam, Punjabi, Odia,
Assamese and Urdu, in round 51's proportions (8 English, 4 Hinglish, 4 Hindi, 2 of each other
language). The other 22 carry the harder cases a bot really produces, in round 51's order.

Conventions (those rounds 50 and 51 state, kept): each case is (text, the chunks a careful human
would send to TTS one at a time); the chunks concatenate exactly to the text; each chunk is a full
sentence (or list item / heading line) and carries the whitespace after its end. A chunk is never
cut inside an amount, decimal, percentage, date, clock time, short form, URL, e-mail, phone number
or emoji sequence, and a list marker stays with its item. A short form that ends a sentence ends the
chunk even before a pronoun, "A", a capitalised word, a question or a bracket; one opening a
sentence stays with it; one right before "?" or "!" ends the chunk after that mark; one before a
lower-case word, a number or a lower-case bracketed phrase does not end it. A one-line list after a
colon is chunked as its multi-line form would be; in a multi-line list each line is a chunk with its
newline, and an item with no closing mark is still a chunk ending at its newline. A bracketed or
quoted sentence is its own chunk with its closing mark; a bracket or quoted phrase inside a sentence
does not end it, nor does a "?" or "!" inside a quote or bracket mid-sentence; a ".", "!" or "?"
inside a closing quote that ends the sentence ends the chunk after the quote; a full stop just after
a closing quote or bracket ends the chunk after that full stop. An emoji stays with the sentence it
follows (also after a sentence's full stop, "!" or "?"); one right before ".", "?" or "!" stays in
its sentence; one closing a sentence with no stop ends the chunk; one opening the reply stays with
the sentence after it; one inside a sentence does not end it; a reply may end on an emoji. "?!",
"!?" and "!!" end a sentence; "..." and "…" before a capital end one, "...?"/"…?" end after the "?",
"...!"/"…!" after the "!"; before a lower-case word they do not end it. A dotted time, percentage,
amount-word, amount or date ending a sentence ends it after the final full stop, and one right
before "?" or "!" after that mark; a colon time is never cut. A URL is never cut (nor at a "?"
inside its query string); one right before "?" or "!" ends the chunk after that mark; a bare address
or e-mail ending a sentence before a capital ends the chunk after the full stop; an e-mail right
before "?" ends it after the "?"; a web address or e-mail inside a bracket mid-sentence is neither
cut nor an end. A phone number ending a sentence ends the chunk after the full stop, and one right
before "?" ends it after the "?". Square brackets behave as round brackets do; "to" between two
amounts, and "to" or "and" between two colon times, is not a cut. Urdu sentences end at ۔ and ؟,
Indic ones at । as well as "."; in a mixed-script reply each sentence ends at its own script's mark;
a dotted Indic form followed by a word, opening a sentence or inside a question does not end it. Two
emoji in a row after a sentence's full stop both stay with that sentence; an http:// address ending
a sentence before a capital ends the chunk after the full stop; a short form joined to "mid-"
behaves as the short form alone does; items of a one-line list ending in ",", ", and", ";" or ";
and" are each a chunk. A month form with no day number right before "?" ends the chunk after the
"?"; an emoji right before "." followed by a second emoji after that full stop keeps both in that
sentence. An emoji right before "!" followed by a skin-toned emoji after that mark ("evening 🎈! 👏🏻
A") keeps both in that sentence, as one right before "." with one after the full stop does; an
address form before a single capital letter inside an address ("Gulmohar Ln., Blk. D, on") is not an
end, as a short form before a capitalised place name inside an address is not. Round 51 added two
readings, kept: an emoji after the reply's closing "!" ("family! 🏮") stays with that sentence and
ends the reply, as one after a sentence's "!" does; an emoji carrying a presentation selector (🕯️,
🛍️) behaves as one without it does.

Readings added here, each following from the stated ones (no case leans on anything the two files
leave open; a case that would have, such as a short form before a capitalised word that may or may
not open a sentence, "??", a month form with a day number ending a sentence, an ellipsis before a
digit or a bold heading line, was left out): two colon times joined by a hyphen ("06:40-08:26
window") are not a cut, as "to" and "and" between them are not; a "!" inside a round bracket
mid-sentence ("(all entries under twelve!) starts") is not an end, as one inside a quote is not; a
markdown bold phrase inside a sentence ("a **hard board** to") does not end it, and a full stop just
after a closing "**" ("**half past four**. The") ends the chunk after that full stop, as one just
after a closing quote or bracket does; the dot inside an e-mail's local part ("beej.seva@") is not
an end, as an e-mail is never cut; a "#" fragment in a web address inside a bracket mid-sentence is
neither cut nor an end; "?!" after an earlier "!!" in the same reply ends a sentence as it would
alone.

Exercised here (new variations):
1. "Brig. Sunil Bhandari" opening the reply stays with it; a lower-case "fighter sqn. Its" ends the
   chunk; "A retired Cpl. (your neighbour's" is not an end; "Does Brig. Bhandari need" inside a
   question is not one; "the Cpl.? Yes" ends after the "?"; "The sqn., now" is not an end; "the
   Brig.! Seats" ends after the "!".
2. "an M.P.A. degree" is not an end; "an honorary D.Litt. She" ends the chunk; "Does an M.P.A.
   holder" inside a question is not an end; "a D.Litt.? It" ends after the "?"; "M.P.A. graduates"
   opening a sentence stays with it; "D.Litt., her" is not an end; "an M.P.A.! Ask" ends after the
   "!".
3. "Cap. Pantoprazole, once" opening the reply stays with it; "adds Syp. Lactulose to" is not an
   end; a lower-case "antacid liq. It" ends the chunk; "Can the Cap. be" inside a question is not
   an end; "the Syp.? Yes" ends after the "?"; "the liq. away" is not an end; "morning Cap.! The"
   ends after the "!".
4. "Shop 47, Sai Kripa Bldg., Mkt. Road, beside" holds no end (that sentence ends at its own full
   stop); a lower-case "shopping cplx. A" ends the chunk; "Does the Bldg. have" inside a question is
   not an end; "vegetable Mkt.? Roughly" ends after the "?"; "The cplx. shuts" is not one; "Sai
   Kripa Bldg.! The" ends after the "!".
5. "Your Acc. details" is not an end; "marked Cr. Withdrawals" ends the chunk; a lower-case "been
   recd. We" ends it; "the Acc. holder's" and "as recd. on" inside questions are not ends; "a Cr.?
   Yes" ends after the "?"; "your Acc.! Report" ends after the "!".
6. "The pension Dept. of" is not an end; a lower-case "is encl. Please" ends the chunk; "Jt.
   Director Rekha Iyer" opening a sentence stays with it; "also encl.? Yes" ends after the "?";
   "Will the Jt. Director" inside a question is not an end; "The encl. arrears" is not one; "the
   Dept.! Phone" ends after the "!".
7. "40 ltr. of" is not an end; "62 cm. It" ends the chunk; "26 kg.? It" ends after the "?"; "76 cm.
   long" is not an end; "26 ltr.! Is" ends after the "!"; "a 47 kg. sack" inside a question is not
   an end; "40 ltr., then" is not one.
8. "G.S.T. invoices" opening the reply stays with it; "by E.M.I. Nine" ends the chunk; "Does the
   E.M.I. amount" inside a question is not an end; "the G.S.T.? Only" ends after the "?"; "An
   E.M.I., once" is not an end; "the G.S.T. Every" ends the chunk; "each E.M.I. on time!" is not an
   end before "on" and ends after the "!".
9. "Sh. Anil Mehta" opening the reply stays with it; "men vs. the" is not an end; "Kapoor Sr. He"
   ends the chunk; "Will Sh. Mehta bowl" inside a question is not one; "Kapoor Sr.? Yes" ends after
   the "?"; "Kapoor Sr., now" is not an end; "seniors vs. juniors" inside a question is not one.
10. An amount-word ending a sentence ("₹4.76 lakh. Pay"), a percentage before a lower-case word
    ("40% now"), an amount with "/-" right before "?" ("₹62,000/-? Right"), two amounts joined by
    "to" before a lower-case word ("₹826 to ₹1,040 a head"), an amount with paise ending a sentence
    ("₹47,999.50. Flowers"), a bracketed amount mid-sentence ("(₹18,840 for the entrance arch)
    are"), an amount right before "!" ("₹26,600! Shall").
11. A hyphen date before a comma ("26-07-2088, so"), two colon times joined by a hyphen before a
    lower-case word ("06:40-08:26 window"), a month form right before "?" ("in Jul.? Yes"), a dotted
    date ending a sentence ("28.07.2088. Check-up"), two colon times joined by "and" ("10:26 and
    11:40, so"), a slash date before a lower-case bracket ("22/07/2088 (a scanned copy is enough)
    so"), a dotted time right before "!" ("8.40! Is"), a month form inside a question ("in Jul.
    also"), a colon time right before "?" ("17:26? Yes").
12. A bare address before a lower-case word is not cut; an https:// address with a hyphenated path
    ending a sentence before a capital ends it after the full stop; an e-mail inside a bracket
    mid-sentence is neither cut nor an end; an http:// address with a path right before "!" ends the
    chunk after the "!"; a landline with an area code right before "?" ends it after the "?"; a
    toll-free number ending a sentence ends it after the full stop; an e-mail with a dotted local
    part ending a sentence before a capital ends it after the full stop; a www. address with a "#"
    fragment inside a bracket mid-sentence is neither cut nor an end; an https:// address right
    before "?" ends the chunk after the "?"; an https:// address with a "?" query string ends the
    reply after its full stop.
13. A "!" inside a round bracket mid-sentence ("(all entries under twelve!) starts"); a "?" inside a
    closing straight double quote ending a sentence ("Can younger siblings enter too?" (); a
    bracketed statement as its own chunk; a full stop just after a closing straight double quote
    ("a day at the river". [); a square-bracketed statement as its own chunk; a bold phrase
    mid-sentence; a full stop just after a closing bold marker (**half past four**. The); a "!"
    inside a closing curly double quote ending the reply.
14. "!!" ends the first sentence; "…" before "The" ends one; "..." before "but" does not; "...?"
    ends one after the "?"; "…!" ends one after the "!"; "…" before "if" does not; "?!" ends one;
    the reply ends on "…".
15. Emoji: 📦 opening the reply, 🎉 after a sentence's closing "!", 🛵 inside a sentence, 📞 right
    before ".", 🎀 right before "?", ✅ closing a sentence with no stop, 🙏 after the reply's closing
    full stop.
16. "➤ " markers on a one-line list after a colon (items ending ";", "; and" and ".") and "☑ "
    markers on a multi-line list after a heading line (items ending with no mark, "?", "." and
    "!"), each followed by a plain sentence.
17. Mixed scripts: Kannada holding ಬಿ.ಕಾಂ. before a word mid-sentence, an English question, Kannada
    at "."; Punjabi opening the reply with ਐਮ.ਏ., English, a Punjabi question; a Bengali question
    holding এম.এ. before a word, an English "!", Bengali at ।; Marathi at ".", an English question,
    Telugu at "."; Tamil at ".", an English "!", an Urdu question at ؟.

"""

from __future__ import annotations

HELD_OUT: list[tuple[str, list[str]]] = [
    # --- everyday replies, English ---
    (
        "Our upholsterer has finished re-covering your three-seater sofa in the grey fabric you picked. The old foam had worn thin, so he fitted firmer cushion pads. Our van will drop it home on Thursday afternoon.",
        [
            "Our upholsterer has finished re-covering your three-seater sofa in the grey fabric you picked. ",
            "The old foam had worn thin, so he fitted firmer cushion pads. ",
            "Our van will drop it home on Thursday afternoon.",
        ],
    ),
    (
        "Your cooking gas refill is booked, and it arrives tomorrow. The delivery man will take away the empty cylinder when he drops off the full one. Please keep your consumer card ready to show him.",
        [
            "Your cooking gas refill is booked, and it arrives tomorrow. ",
            "The delivery man will take away the empty cylinder when he drops off the full one. ",
            "Please keep your consumer card ready to show him.",
        ],
    ),
    (
        "Your grandfather's new hearing aid has been tuned to suit his hearing. He should wear it for a few hours each day in the first week. The spare cells are in the small pouch inside its case.",
        [
            "Your grandfather's new hearing aid has been tuned to suit his hearing. ",
            "He should wear it for a few hours each day in the first week. ",
            "The spare cells are in the small pouch inside its case.",
        ],
    ),
    (
        "Bruno has had a bath, a brush and a neat trim at our grooming parlour. His nails were clipped and his ears cleaned too. Come and fetch him any time before seven tonight.",
        [
            "Bruno has had a bath, a brush and a neat trim at our grooming parlour. ",
            "His nails were clipped and his ears cleaned too. ",
            "Come and fetch him any time before seven tonight.",
        ],
    ),
    (
        "A fresh keyboard now sits on your laptop. We also cleaned the fan, which was full of dust and hair. Your files were not touched during the repair.",
        [
            "A fresh keyboard now sits on your laptop. ",
            "We also cleaned the fan, which was full of dust and hair. ",
            "Your files were not touched during the repair.",
        ],
    ),
    (
        "Our team cleaned your kitchen chimney and its filters earlier today. The grease had built up badly, so the suction should feel much stronger now. Wash the filters in hot soapy water once a month.",
        [
            "Our team cleaned your kitchen chimney and its filters earlier today. ",
            "The grease had built up badly, so the suction should feel much stronger now. ",
            "Wash the filters in hot soapy water once a month.",
        ],
    ),
    (
        "The inverter battery in your home has been replaced by a tubular model. It carries a three-year warranty. Top up the distilled water whenever the float indicator drops.",
        [
            "The inverter battery in your home has been replaced by a tubular model. ",
            "It carries a three-year warranty. ",
            "Top up the distilled water whenever the float indicator drops.",
        ],
    ),
    (
        "Mosquito mesh now covers every bedroom window. The frames slide open, so you can still clean the glass. Call us if any panel feels loose in the coming days.",
        [
            "Mosquito mesh now covers every bedroom window. ",
            "The frames slide open, so you can still clean the glass. ",
            "Call us if any panel feels loose in the coming days.",
        ],
    ),
    # --- everyday replies, Hinglish ---
    (
        "Aapki ghadi ka purana cell nikaal kar naya lagaa diya hai. Strap bhi saaf karke chamka diya hai. Dukaan raat nau baje tak khuli rehti hai.",
        [
            "Aapki ghadi ka purana cell nikaal kar naya lagaa diya hai. ",
            "Strap bhi saaf karke chamka diya hai. ",
            "Dukaan raat nau baje tak khuli rehti hai.",
        ],
    ),
    (
        "Aapke parde sil gaye hain aur press bhi ho gaye. Har parde mein naye chhalle lagaye hain. Darzi kal shaam ko unhe tangne aayega.",
        [
            "Aapke parde sil gaye hain aur press bhi ho gaye. ",
            "Har parde mein naye chhalle lagaye hain. ",
            "Darzi kal shaam ko unhe tangne aayega.",
        ],
    ),
    (
        "Aapke joote ka sole naya lag gaya hai. Silai bhi dobara pakki kar di hai. Inhe do din tak paani se bachaiye.",
        [
            "Aapke joote ka sole naya lag gaya hai. ",
            "Silai bhi dobara pakki kar di hai. ",
            "Inhe do din tak paani se bachaiye.",
        ],
    ),
    (
        "Mixer ka toota jar hamare paas aa gaya hai. Naya blade bhi saath mein fit kar diya hai. Aap ise kisi bhi din le ja sakte hain.",
        [
            "Mixer ka toota jar hamare paas aa gaya hai. ",
            "Naya blade bhi saath mein fit kar diya hai. ",
            "Aap ise kisi bhi din le ja sakte hain.",
        ],
    ),
    # --- everyday replies, Hindi ---
    (
        "आपकी सिलाई मशीन की मरम्मत पूरी हो गई है। उसकी सुई और पट्टा दोनों बदले गए हैं। चलाने से पहले उसमें थोड़ा तेल डाल लीजिए।",
        [
            "आपकी सिलाई मशीन की मरम्मत पूरी हो गई है। ",
            "उसकी सुई और पट्टा दोनों बदले गए हैं। ",
            "चलाने से पहले उसमें थोड़ा तेल डाल लीजिए।",
        ],
    ),
    (
        "आपके लिए हल्दी और धनिया पीसकर पैक कर दिए गए हैं। दोनों मसाले अलग डिब्बों में हैं। इन्हें धूप और नमी से दूर रखिए।",
        [
            "आपके लिए हल्दी और धनिया पीसकर पैक कर दिए गए हैं। ",
            "दोनों मसाले अलग डिब्बों में हैं। ",
            "इन्हें धूप और नमी से दूर रखिए।",
        ],
    ),
    (
        "आपके नाम पर बैंक का एक लॉकर आवंटित हो गया है। उसकी दो चाबियाँ शाखा में आपका इंतज़ार कर रही हैं। पहचान पत्र साथ लाना न भूलें।",
        [
            "आपके नाम पर बैंक का एक लॉकर आवंटित हो गया है। ",
            "उसकी दो चाबियाँ शाखा में आपका इंतज़ार कर रही हैं। ",
            "पहचान पत्र साथ लाना न भूलें।",
        ],
    ),
    (
        "आपके गमले और बगीचे की मिट्टी पहुँचा दी गई है. मिट्टी में गोबर की खाद पहले से मिली है. पौधे शाम के समय लगाना अच्छा रहेगा.",
        [
            "आपके गमले और बगीचे की मिट्टी पहुँचा दी गई है. ",
            "मिट्टी में गोबर की खाद पहले से मिली है. ",
            "पौधे शाम के समय लगाना अच्छा रहेगा.",
        ],
    ),
    # --- everyday replies, other Indian languages ---
    (
        "तुमची गणपतीची मूर्ती रंगवून ठेवली आहे. मूर्तीसोबत पाट आणि मखरही दिले जाईल. चतुर्थीच्या आदल्या दिवशी घेऊन जा.",
        [
            "तुमची गणपतीची मूर्ती रंगवून ठेवली आहे. ",
            "मूर्तीसोबत पाट आणि मखरही दिले जाईल. ",
            "चतुर्थीच्या आदल्या दिवशी घेऊन जा.",
        ],
    ),
    (
        "तुमच्या उसाच्या तोडणीसाठी टोळी सोमवारी येईल. त्यांच्या राहण्याची सोय शेताजवळ करावी लागेल. तोडलेला ऊस ट्रॅक्टरने कारखान्यात नेला जाईल.",
        [
            "तुमच्या उसाच्या तोडणीसाठी टोळी सोमवारी येईल. ",
            "त्यांच्या राहण्याची सोय शेताजवळ करावी लागेल. ",
            "तोडलेला ऊस ट्रॅक्टरने कारखान्यात नेला जाईल.",
        ],
    ),
    (
        "আপনাদের বাড়ির টিনের চালের মেরামতি শেষ। ফুটো জায়গাগুলোতে নতুন পাত বসানো হয়েছে। বর্ষার আগে একবার রং করিয়ে নিলে ভালো হয়।",
        [
            "আপনাদের বাড়ির টিনের চালের মেরামতি শেষ। ",
            "ফুটো জায়গাগুলোতে নতুন পাত বসানো হয়েছে। ",
            "বর্ষার আগে একবার রং করিয়ে নিলে ভালো হয়।",
        ],
    ),
    (
        "পুজোর ভোগের জন্য আপনার খিচুড়ির অর্ডার নেওয়া হয়েছে। সঙ্গে লাবড়া আর পায়েসও থাকবে। অষ্টমীর সকালে ভোগ মণ্ডপে নিয়ে যাব।",
        [
            "পুজোর ভোগের জন্য আপনার খিচুড়ির অর্ডার নেওয়া হয়েছে। ",
            "সঙ্গে লাবড়া আর পায়েসও থাকবে। ",
            "অষ্টমীর সকালে ভোগ মণ্ডপে নিয়ে যাব।",
        ],
    ),
    (
        "உங்கள் தோப்பில் தேங்காய் பறிக்கும் வேலை முடிந்தது. மொத்தம் எண்ணூறு காய்கள் கிடைத்தன. நாளை காலை வியாபாரி வந்து காய்களை வாங்கிக்கொள்வார்.",
        [
            "உங்கள் தோப்பில் தேங்காய் பறிக்கும் வேலை முடிந்தது. ",
            "மொத்தம் எண்ணூறு காய்கள் கிடைத்தன. ",
            "நாளை காலை வியாபாரி வந்து காய்களை வாங்கிக்கொள்வார்.",
        ],
    ),
    (
        "உங்கள் வீட்டுக்கு வெள்ளையடிக்கும் பணி புதன்கிழமை தொடங்கும். தளபாடங்களை அறையின் நடுவில் வைத்து மூடி விடுங்கள். வேலை மூன்று நாட்களில் முடியும்.",
        [
            "உங்கள் வீட்டுக்கு வெள்ளையடிக்கும் பணி புதன்கிழமை தொடங்கும். ",
            "தளபாடங்களை அறையின் நடுவில் வைத்து மூடி விடுங்கள். ",
            "வேலை மூன்று நாட்களில் முடியும்.",
        ],
    ),
    (
        "మీ పత్తి బేళ్ళను మార్కెట్ యార్డులో తూకం వేశాము. ఈ రోజు ధర బాగా పలికింది. డబ్బు రెండు రోజుల్లో మీ ఖాతాలో జమ అవుతుంది.",
        [
            "మీ పత్తి బేళ్ళను మార్కెట్ యార్డులో తూకం వేశాము. ",
            "ఈ రోజు ధర బాగా పలికింది. ",
            "డబ్బు రెండు రోజుల్లో మీ ఖాతాలో జమ అవుతుంది.",
        ],
    ),
    (
        "సంక్రాంతికి మీరు అడిగిన గాలిపటాలు, మాంజా సిద్ధంగా ఉన్నాయి. పిల్లల కోసం చిన్న చరఖా కూడా పెట్టాము. సాయంత్రం షాపుకు వచ్చి తీసుకెళ్ళండి.",
        [
            "సంక్రాంతికి మీరు అడిగిన గాలిపటాలు, మాంజా సిద్ధంగా ఉన్నాయి. ",
            "పిల్లల కోసం చిన్న చరఖా కూడా పెట్టాము. ",
            "సాయంత్రం షాపుకు వచ్చి తీసుకెళ్ళండి.",
        ],
    ),
    (
        "તમારી દીકરીની ચણિયાચોળી સીવાઈને તૈયાર છે. ઓઢણી પર આભલાનું કામ પણ પૂરું થયું છે. શનિવારે બપોરે દુકાને આવીને લઈ જજો.",
        [
            "તમારી દીકરીની ચણિયાચોળી સીવાઈને તૈયાર છે. ",
            "ઓઢણી પર આભલાનું કામ પણ પૂરું થયું છે. ",
            "શનિવારે બપોરે દુકાને આવીને લઈ જજો.",
        ],
    ),
    (
        "તમે મંગાવેલા મેથીના ખાખરા પેક થઈ ગયા છે. દરેક પેકેટમાં વીસ ખાખરા છે. કાલે કુરિયરથી મોકલી દઈશું.",
        [
            "તમે મંગાવેલા મેથીના ખાખરા પેક થઈ ગયા છે. ",
            "દરેક પેકેટમાં વીસ ખાખરા છે. ",
            "કાલે કુરિયરથી મોકલી દઈશું.",
        ],
    ),
    (
        "ನಿಮ್ಮ ಅಡಿಕೆ ಚೀಲಗಳನ್ನು ಮಂಡಿಯಲ್ಲಿ ತೂಕ ಮಾಡಲಾಗಿದೆ. ಇಂದಿನ ದರ ಒಳ್ಳೆಯದಿತ್ತು. ಹಣ ನಾಳೆ ನಿಮ್ಮ ಖಾತೆಗೆ ಜಮೆಯಾಗುತ್ತದೆ.",
        [
            "ನಿಮ್ಮ ಅಡಿಕೆ ಚೀಲಗಳನ್ನು ಮಂಡಿಯಲ್ಲಿ ತೂಕ ಮಾಡಲಾಗಿದೆ. ",
            "ಇಂದಿನ ದರ ಒಳ್ಳೆಯದಿತ್ತು. ",
            "ಹಣ ನಾಳೆ ನಿಮ್ಮ ಖಾತೆಗೆ ಜಮೆಯಾಗುತ್ತದೆ.",
        ],
    ),
    (
        "ನೀವು ಕೊಟ್ಟ ರಾಗಿಯನ್ನು ಗಿರಣಿಯಲ್ಲಿ ಹಿಟ್ಟು ಮಾಡಲಾಗಿದೆ. ಹಿಟ್ಟನ್ನು ಎರಡು ಡಬ್ಬಗಳಲ್ಲಿ ತುಂಬಿದ್ದೇವೆ. ಸಂಜೆ ಐದರೊಳಗೆ ಬಂದು ತೆಗೆದುಕೊಳ್ಳಿ.",
        [
            "ನೀವು ಕೊಟ್ಟ ರಾಗಿಯನ್ನು ಗಿರಣಿಯಲ್ಲಿ ಹಿಟ್ಟು ಮಾಡಲಾಗಿದೆ. ",
            "ಹಿಟ್ಟನ್ನು ಎರಡು ಡಬ್ಬಗಳಲ್ಲಿ ತುಂಬಿದ್ದೇವೆ. ",
            "ಸಂಜೆ ಐದರೊಳಗೆ ಬಂದು ತೆಗೆದುಕೊಳ್ಳಿ.",
        ],
    ),
    (
        "ഓണസദ്യയുടെ ഓർഡർ ഞങ്ങൾ എടുത്തിട്ടുണ്ട്. ഇരുപത്തിയാറ് കൂട്ടം വിഭവങ്ങൾ ഉണ്ടാകും. തിരുവോണ ദിവസം രാവിലെ പത്തിന് എത്തിക്കും.",
        [
            "ഓണസദ്യയുടെ ഓർഡർ ഞങ്ങൾ എടുത്തിട്ടുണ്ട്. ",
            "ഇരുപത്തിയാറ് കൂട്ടം വിഭവങ്ങൾ ഉണ്ടാകും. ",
            "തിരുവോണ ദിവസം രാവിലെ പത്തിന് എത്തിക്കും.",
        ],
    ),
    (
        "വീടിന്റെ മേൽക്കൂരയിലെ പൊട്ടിയ ഓടുകൾ മാറ്റി. മഴയ്ക്ക് മുമ്പ് പണി തീർന്നു. ബാക്കി വന്ന ഓടുകൾ മുറ്റത്ത് അടുക്കി വെച്ചിട്ടുണ്ട്.",
        [
            "വീടിന്റെ മേൽക്കൂരയിലെ പൊട്ടിയ ഓടുകൾ മാറ്റി. ",
            "മഴയ്ക്ക് മുമ്പ് പണി തീർന്നു. ",
            "ബാക്കി വന്ന ഓടുകൾ മുറ്റത്ത് അടുക്കി വെച്ചിട്ടുണ്ട്.",
        ],
    ),
    (
        "ਤੁਹਾਡੀ ਫੁਲਕਾਰੀ ਵਾਲੀ ਚੁੰਨੀ ਦੀ ਕਢਾਈ ਪੂਰੀ ਹੋ ਗਈ ਹੈ। ਰੰਗ ਤੁਹਾਡੀ ਪਸੰਦ ਮੁਤਾਬਕ ਰੱਖੇ ਗਏ ਹਨ। ਸ਼ੁੱਕਰਵਾਰ ਨੂੰ ਦੁਕਾਨ ਆ ਕੇ ਚੁੰਨੀ ਲੈ ਲਵੋ।",
        [
            "ਤੁਹਾਡੀ ਫੁਲਕਾਰੀ ਵਾਲੀ ਚੁੰਨੀ ਦੀ ਕਢਾਈ ਪੂਰੀ ਹੋ ਗਈ ਹੈ। ",
            "ਰੰਗ ਤੁਹਾਡੀ ਪਸੰਦ ਮੁਤਾਬਕ ਰੱਖੇ ਗਏ ਹਨ। ",
            "ਸ਼ੁੱਕਰਵਾਰ ਨੂੰ ਦੁਕਾਨ ਆ ਕੇ ਚੁੰਨੀ ਲੈ ਲਵੋ।",
        ],
    ),
    (
        "ਤੁਹਾਡੇ ਸਰ੍ਹੋਂ ਦੇ ਤੇਲ ਦੇ ਦੋ ਪੀਪੇ ਤਿਆਰ ਹਨ। ਤੇਲ ਕੋਹਲੂ ਵਿੱਚ ਕੱਢਿਆ ਗਿਆ ਹੈ। ਮੰਗਲਵਾਰ ਨੂੰ ਘਰ ਭੇਜ ਦਿਆਂਗੇ।",
        [
            "ਤੁਹਾਡੇ ਸਰ੍ਹੋਂ ਦੇ ਤੇਲ ਦੇ ਦੋ ਪੀਪੇ ਤਿਆਰ ਹਨ। ",
            "ਤੇਲ ਕੋਹਲੂ ਵਿੱਚ ਕੱਢਿਆ ਗਿਆ ਹੈ। ",
            "ਮੰਗਲਵਾਰ ਨੂੰ ਘਰ ਭੇਜ ਦਿਆਂਗੇ।",
        ],
    ),
    (
        "ରଜ ପର୍ବ ପାଇଁ ଦୋଳି ବାନ୍ଧିବା କାମ ସରିଗଲା। ଦଉଡ଼ି ନୂଆ ଓ ମଜବୁତ ଅଛି। ପିଲାମାନେ ଯତ୍ନରେ ଖେଳନ୍ତୁ।",
        [
            "ରଜ ପର୍ବ ପାଇଁ ଦୋଳି ବାନ୍ଧିବା କାମ ସରିଗଲା। ",
            "ଦଉଡ଼ି ନୂଆ ଓ ମଜବୁତ ଅଛି। ",
            "ପିଲାମାନେ ଯତ୍ନରେ ଖେଳନ୍ତୁ।",
        ],
    ),
    (
        "ଆପଣ ଦେଇଥିବା କାଜୁ ଆଜି ଓଜନ କରାଗଲା। ଦାମ ଗୁରୁବାର ସୁଦ୍ଧା ମିଳିଯିବ। ପରବର୍ତ୍ତୀ ଥର ଶୁଖାଇ ଆଣନ୍ତୁ।",
        [
            "ଆପଣ ଦେଇଥିବା କାଜୁ ଆଜି ଓଜନ କରାଗଲା। ",
            "ଦାମ ଗୁରୁବାର ସୁଦ୍ଧା ମିଳିଯିବ। ",
            "ପରବର୍ତ୍ତୀ ଥର ଶୁଖାଇ ଆଣନ୍ତୁ।",
        ],
    ),
    (
        "আপোনাৰ গামোচাকেইখন বোৱা হৈ গৈছে। ৰঙা সূতাৰে সুন্দৰ ফুল বছা হৈছে। দেওবাৰে দোকানলৈ আহি নিব পাৰিব।",
        [
            "আপোনাৰ গামোচাকেইখন বোৱা হৈ গৈছে। ",
            "ৰঙা সূতাৰে সুন্দৰ ফুল বছা হৈছে। ",
            "দেওবাৰে দোকানলৈ আহি নিব পাৰিব।",
        ],
    ),
    (
        "আপুনি বিচৰা কমলাৰ দুটা টোপোলা সাজু হৈছে। কমলাবোৰ আজি পুৱা পাৰি অনা হৈছে। আবেলি ঘৰত পঠিয়াই দিম।",
        [
            "আপুনি বিচৰা কমলাৰ দুটা টোপোলা সাজু হৈছে। ",
            "কমলাবোৰ আজি পুৱা পাৰি অনা হৈছে। ",
            "আবেলি ঘৰত পঠিয়াই দিম।",
        ],
    ),
    (
        "آپ کا عطر تیار ہو گیا ہے۔ اسے صندل اور گلاب سے بنایا گیا ہے۔ شیشی کو دھوپ سے دور رکھیں۔",
        [
            "آپ کا عطر تیار ہو گیا ہے۔ ",
            "اسے صندل اور گلاب سے بنایا گیا ہے۔ ",
            "شیشی کو دھوپ سے دور رکھیں۔",
        ],
    ),
    (
        "عید کے لیے آپ کی سویاں اور میوے پیک ہو گئے ہیں۔ ساتھ میں کھجوریں بھی رکھ دی ہیں۔ چاند رات سے پہلے سامان آپ تک آ جائے گا۔",
        [
            "عید کے لیے آپ کی سویاں اور میوے پیک ہو گئے ہیں۔ ",
            "ساتھ میں کھجوریں بھی رکھ دی ہیں۔ ",
            "چاند رات سے پہلے سامان آپ تک آ جائے گا۔",
        ],
    ),
    # --- service forms: Brig. opening the reply before a name, a lower-case sqn. ending a sentence before "Its", Cpl. before a lower-case bracketed phrase, Brig. inside a question before a name, Cpl. right before "?", sqn. before a comma, Brig. right before "!" ---
    (
        "Brig. Sunil Bhandari will teach a free self-defence workshop for women at our colony hall on the second Sunday of the month. In his younger days he trained cadets who went on to fly with a fighter sqn. Its crest now hangs above our stage. A retired Cpl. (your neighbour's elder brother) will help him with the drills. Does Brig. Bhandari need mats for the floor? He is bringing his own, about thirty of them. Is the warm-up in the hands of the Cpl.? Yes, for the first half hour. The sqn., now based in the hills, has sent a short video greeting too. Sign up early to train with the Brig.! Seats fill quickly every time.",
        [
            "Brig. Sunil Bhandari will teach a free self-defence workshop for women at our colony hall on the second Sunday of the month. ",
            "In his younger days he trained cadets who went on to fly with a fighter sqn. ",
            "Its crest now hangs above our stage. ",
            "A retired Cpl. (your neighbour's elder brother) will help him with the drills. ",
            "Does Brig. Bhandari need mats for the floor? ",
            "He is bringing his own, about thirty of them. ",
            "Is the warm-up in the hands of the Cpl.? ",
            "Yes, for the first half hour. ",
            "The sqn., now based in the hills, has sent a short video greeting too. ",
            "Sign up early to train with the Brig.! ",
            "Seats fill quickly every time.",
        ],
    ),
    # --- degrees: M.P.A. before a lower-case word mid-sentence, D.Litt. ending a sentence before "She", M.P.A. inside a question, D.Litt. right before "?", M.P.A. opening a sentence, D.Litt. before a comma, M.P.A. right before "!" ---
    (
        "The senior teacher at our Bharatanatyam academy holds an M.P.A. degree in dance. Our founder was awarded an honorary D.Litt. She still takes the advanced batch herself. Does an M.P.A. holder also teach the beginners? Yes, three evenings a week. Was the founder's honour a D.Litt.? It was, from a university in the south. M.P.A. graduates from our academy now teach all over the country. The founder's D.Litt., her proudest honour, is framed in the lobby. Your daughter could one day earn an M.P.A.! Ask us about the diploma track to begin with.",
        [
            "The senior teacher at our Bharatanatyam academy holds an M.P.A. degree in dance. ",
            "Our founder was awarded an honorary D.Litt. ",
            "She still takes the advanced batch herself. ",
            "Does an M.P.A. holder also teach the beginners? ",
            "Yes, three evenings a week. ",
            "Was the founder's honour a D.Litt.? ",
            "It was, from a university in the south. ",
            "M.P.A. graduates from our academy now teach all over the country. ",
            "The founder's D.Litt., her proudest honour, is framed in the lobby. ",
            "Your daughter could one day earn an M.P.A.! ",
            "Ask us about the diploma track to begin with.",
        ],
    ),
    # --- prescription forms: Cap. opening the reply before a capitalised drug name, Syp. before a capitalised drug name mid-sentence, a lower-case liq. ending a sentence before "It", Cap. inside a question, Syp. right before "?", liq. before a lower-case word, Cap. right before "!" ---
    (
        "Cap. Pantoprazole, once daily, has been prescribed for your grandmother's acidity. The physician adds Syp. Lactulose to ease her constipation. After dinner she should take the antacid liq. It must be shaken well before each dose. Can the Cap. be opened and mixed with food? Please check with her physician beforehand. Is the sweet medicine the Syp.? Yes, two spoons after meals. Keep the liq. away from sunlight. Remind her about the morning Cap.! The course must run for two full weeks.",
        [
            "Cap. Pantoprazole, once daily, has been prescribed for your grandmother's acidity. ",
            "The physician adds Syp. Lactulose to ease her constipation. ",
            "After dinner she should take the antacid liq. ",
            "It must be shaken well before each dose. ",
            "Can the Cap. be opened and mixed with food? ",
            "Please check with her physician beforehand. ",
            "Is the sweet medicine the Syp.? ",
            "Yes, two spoons after meals. ",
            "Keep the liq. away from sunlight. ",
            "Remind her about the morning Cap.! ",
            "The course must run for two full weeks.",
        ],
    ),
    # --- address forms: Bldg. before a comma and Mkt. before a capitalised word in an address, a lower-case cplx. ending a sentence before "A", Bldg. inside a question, Mkt. right before "?", cplx. before a lower-case word, Bldg. right before "!" ---
    (
        "Our tailoring boutique has shifted to Shop 47, Sai Kripa Bldg., Mkt. Road, beside the old cinema. It sits on the first floor of the shopping cplx. A lift and a ramp lead up from the parking. Does the Bldg. have parking for cars? Only a few slots at the back. Is it close to the vegetable Mkt.? Roughly a minute's walk away. The cplx. shuts its gates at nine every night. Ask for us at Sai Kripa Bldg.! The watchman will point the way.",
        [
            "Our tailoring boutique has shifted to Shop 47, Sai Kripa Bldg., Mkt. Road, beside the old cinema. ",
            "It sits on the first floor of the shopping cplx. ",
            "A lift and a ramp lead up from the parking. ",
            "Does the Bldg. have parking for cars? ",
            "Only a few slots at the back. ",
            "Is it close to the vegetable Mkt.? ",
            "Roughly a minute's walk away. ",
            "The cplx. shuts its gates at nine every night. ",
            "Ask for us at Sai Kripa Bldg.! ",
            "The watchman will point the way.",
        ],
    ),
    # --- banking forms: Acc. before a lower-case word, Cr. ending a sentence before "Withdrawals", a lower-case recd. ending a sentence before "We", Acc. inside a question, recd. inside a question, Cr. right before "?", Acc. right before "!" ---
    (
        "Your Acc. details for the new recurring deposit are printed inside the cover of your passbook. In the passbook, every deposit is marked Cr. Withdrawals show up on the right side. Your first monthly instalment has been recd. We are grateful you paid early. Can I change the Acc. holder's nominee by phone? No, a signed form is needed. Will the second instalment show as recd. on the same day? Usually within an hour. Is the small entry of eighty paise a Cr.? Yes, it is the interest credited to you. Keep a close watch on your Acc.! Report any unknown entry at once.",
        [
            "Your Acc. details for the new recurring deposit are printed inside the cover of your passbook. ",
            "In the passbook, every deposit is marked Cr. ",
            "Withdrawals show up on the right side. ",
            "Your first monthly instalment has been recd. ",
            "We are grateful you paid early. ",
            "Can I change the Acc. holder's nominee by phone? ",
            "No, a signed form is needed. ",
            "Will the second instalment show as recd. on the same day? ",
            "Usually within an hour. ",
            "Is the small entry of eighty paise a Cr.? ",
            "Yes, it is the interest credited to you. ",
            "Keep a close watch on your Acc.! ",
            "Report any unknown entry at once.",
        ],
    ),
    # --- officialese: Dept. before a lower-case word, a lower-case encl. ending a sentence before "Please", Jt. opening a sentence before a capitalised word, encl. right before "?", Jt. inside a question, encl. before a lower-case word, Dept. right before "!" ---
    (
        "The pension Dept. of the state has cleared the revision of your monthly pension. A copy of the revised order is encl. Please keep it in a dry folder. Jt. Director Rekha Iyer has signed the order herself. Is my old service record also encl.? Yes, a certified copy. Will the Jt. Director hear complaints in person? Only on Mondays, once a month. The encl. arrears statement shows each month separately. For any doubt, write to the Dept.! Phone calls cannot be logged.",
        [
            "The pension Dept. of the state has cleared the revision of your monthly pension. ",
            "A copy of the revised order is encl. ",
            "Please keep it in a dry folder. ",
            "Jt. Director Rekha Iyer has signed the order herself. ",
            "Is my old service record also encl.? ",
            "Yes, a certified copy. ",
            "Will the Jt. Director hear complaints in person? ",
            "Only on Mondays, once a month. ",
            "The encl. arrears statement shows each month separately. ",
            "For any doubt, write to the Dept.! ",
            "Phone calls cannot be logged.",
        ],
    ),
    # --- units: ltr. before a lower-case word, cm. ending a sentence before "It", kg. right before "?", cm. before a lower-case word, ltr. right before "!", kg. inside a question before a lower-case word, ltr. before a comma ---
    (
        "Our store has set aside 40 ltr. of waterproofing liquid for your bathroom floor. Each new floor tile measures 62 cm. It comes in a matte grey shade. Is the bag of tile adhesive 26 kg.? It is, enough for the whole shower area. Each skirting strip is 76 cm. long. Your mason wants another 26 ltr.! Is a 47 kg. sack too much for one trip on our scooter? Our van will carry it instead. Pour the first 40 ltr., then wait a day before tiling.",
        [
            "Our store has set aside 40 ltr. of waterproofing liquid for your bathroom floor. ",
            "Each new floor tile measures 62 cm. ",
            "It comes in a matte grey shade. ",
            "Is the bag of tile adhesive 26 kg.? ",
            "It is, enough for the whole shower area. ",
            "Each skirting strip is 76 cm. long. ",
            "Your mason wants another 26 ltr.! ",
            "Is a 47 kg. sack too much for one trip on our scooter? ",
            "Our van will carry it instead. ",
            "Pour the first 40 ltr., then wait a day before tiling.",
        ],
    ),
    # --- dotted acronyms: G.S.T. opening the reply, E.M.I. ending a sentence before "Nine", E.M.I. inside a question, G.S.T. right before "?", E.M.I. before a comma, G.S.T. ending a sentence before "Every", E.M.I. right before "!" ---
    (
        "G.S.T. invoices for the television you bought from us are in your inbox now. You chose to pay the balance by E.M.I. Nine equal debits will follow from your credit card each month. Does the E.M.I. amount include interest? No, this offer is interest-free. Can I claim back the G.S.T.? Only if a registered firm makes the purchase. An E.M.I., once set up, cannot be moved to a different bank. Keep the bill that shows the G.S.T. Every warranty claim needs it. Pay each E.M.I. on time! A missed debit carries a fee.",
        [
            "G.S.T. invoices for the television you bought from us are in your inbox now. ",
            "You chose to pay the balance by E.M.I. ",
            "Nine equal debits will follow from your credit card each month. ",
            "Does the E.M.I. amount include interest? ",
            "No, this offer is interest-free. ",
            "Can I claim back the G.S.T.? ",
            "Only if a registered firm makes the purchase. ",
            "An E.M.I., once set up, cannot be moved to a different bank. ",
            "Keep the bill that shows the G.S.T. ",
            "Every warranty claim needs it. ",
            "Pay each E.M.I. on time! ",
            "A missed debit carries a fee.",
        ],
    ),
    # --- short forms of ordinary prose: Sh. opening the reply before a name, vs. before a lower-case word, Sr. ending a sentence before "He", Sh. inside a question before a name, Sr. right before "?", Sr. before a comma, vs. inside a question before a lower-case word ---
    (
        "Sh. Anil Mehta is to inaugurate the cricket tournament at our colony ground next month. The first match is the married men vs. the bachelors, as every year. The trophy is donated by Harish Kapoor Sr. He kept wicket for the state side in his youth. Will Sh. Mehta bowl the first ball too? He has promised to, if his knee allows. Is the man of the match award from Kapoor Sr.? Yes, plus a cash prize too. Kapoor Sr., now past eighty, still keeps the score himself. Is the final a seniors vs. juniors match again? Not this time; it is the two best teams.",
        [
            "Sh. Anil Mehta is to inaugurate the cricket tournament at our colony ground next month. ",
            "The first match is the married men vs. the bachelors, as every year. ",
            "The trophy is donated by Harish Kapoor Sr. ",
            "He kept wicket for the state side in his youth. ",
            "Will Sh. Mehta bowl the first ball too? ",
            "He has promised to, if his knee allows. ",
            "Is the man of the match award from Kapoor Sr.? ",
            "Yes, plus a cash prize too. ",
            "Kapoor Sr., now past eighty, still keeps the score himself. ",
            "Is the final a seniors vs. juniors match again? ",
            "Not this time; it is the two best teams.",
        ],
    ),
    # --- amounts: an amount-word ending a sentence, a percentage before a lower-case word, an amount with "/-" right before "?", two amounts joined by "to" before a lower-case word, an amount with paise ending a sentence, a bracketed amount inside a statement, an amount right before "!" ---
    (
        "The banquet hall you liked for your daughter's reception costs ₹4.76 lakh. Pay 40% now and the rest a week before the function. Is the stage setup ₹62,000/-? Right, and the menu ranges from ₹826 to ₹1,040 a head for the buffet. The sound and lights cost ₹47,999.50. Flowers (₹18,840 for the entrance arch) are billed separately. Confirm by Friday and save ₹26,600! Shall I block the date for you?",
        [
            "The banquet hall you liked for your daughter's reception costs ₹4.76 lakh. ",
            "Pay 40% now and the rest a week before the function. ",
            "Is the stage setup ₹62,000/-? ",
            "Right, and the menu ranges from ₹826 to ₹1,040 a head for the buffet. ",
            "The sound and lights cost ₹47,999.50. ",
            "Flowers (₹18,840 for the entrance arch) are billed separately. ",
            "Confirm by Friday and save ₹26,600! ",
            "Shall I block the date for you?",
        ],
    ),
    # --- dates and times: a hyphen date before a comma, a hyphen range of two colon times before a lower-case word, a month form right before "?", a dotted date ending a sentence, two colon times joined by "and", a slash date before a lower-case bracketed phrase, a dotted time right before "!", a month form inside a question before a lower-case word, a colon time right before "?" ---
    (
        "Your full body check-up is booked at our hospital on 26-07-2088, so please fast overnight. Reach the sample counter in the 06:40-08:26 window carrying your earlier reports along. Is the eye test free in Jul.? Yes, for everyone over sixty. Your reports will be ready on 28.07.2088. Check-up patients see our physician between 10:26 and 11:40, so carry your token number. Send your insurance papers by 22/07/2088 (a scanned copy is enough) so the claim is cleared in advance. Breakfast is served in our cafeteria at 8.40! Is the follow-up in Jul. also at 17:26? Yes, if no further tests come up.",
        [
            "Your full body check-up is booked at our hospital on 26-07-2088, so please fast overnight. ",
            "Reach the sample counter in the 06:40-08:26 window carrying your earlier reports along. ",
            "Is the eye test free in Jul.? ",
            "Yes, for everyone over sixty. ",
            "Your reports will be ready on 28.07.2088. ",
            "Check-up patients see our physician between 10:26 and 11:40, so carry your token number. ",
            "Send your insurance papers by 22/07/2088 (a scanned copy is enough) so the claim is cleared in advance. ",
            "Breakfast is served in our cafeteria at 8.40! ",
            "Is the follow-up in Jul. also at 17:26? ",
            "Yes, if no further tests come up.",
        ],
    ),
    # --- URLs, e-mail and phone numbers: a bare address before a lower-case word, an https:// address with a path ending a sentence before a capital, an e-mail inside a bracket mid-sentence, an http:// address with a path right before "!", a landline right before "?", a toll-free number ending a sentence, an e-mail with a dotted local part ending a sentence before a capital, a www. address with a fragment inside a bracket mid-sentence, an https:// address right before "?", an https:// address with a query string ending the reply ---
    (
        "Order certified seed on beejmitra.in for doorstep delivery in your village. Today's mandi rates go up each morning on https://beejmitra.in/mandi-bhav. A bulk order (mail thok@beejmitra.in with your village name) goes out by truck. Pre-book kharif seed at http://beejmitra.in/kharif! Is your helpline 0562-266 4788? Yes; calls are free on 1800-266-4040. Crop questions can go to beej.seva@beejmitra.in. An agronomist answers within a day. Fertiliser doses (see www.beejmitra.in/khaad#yuria for each crop) change with the season. Is the soil test form at https://beejmitra.in/mitti? Yes, and it needs only your field details. Track your sacks at https://beejmitra.in/status?bori=neem.",
        [
            "Order certified seed on beejmitra.in for doorstep delivery in your village. ",
            "Today's mandi rates go up each morning on https://beejmitra.in/mandi-bhav. ",
            "A bulk order (mail thok@beejmitra.in with your village name) goes out by truck. ",
            "Pre-book kharif seed at http://beejmitra.in/kharif! ",
            "Is your helpline 0562-266 4788? ",
            "Yes; calls are free on 1800-266-4040. ",
            "Crop questions can go to beej.seva@beejmitra.in. ",
            "An agronomist answers within a day. ",
            "Fertiliser doses (see www.beejmitra.in/khaad#yuria for each crop) change with the season. ",
            "Is the soil test form at https://beejmitra.in/mitti? ",
            "Yes, and it needs only your field details. ",
            "Track your sacks at https://beejmitra.in/status?bori=neem.",
        ],
    ),
    # --- quotes, brackets and bold: a "!" inside a round bracket mid-sentence, a "?" inside a closing straight double quote ending a sentence, a bracketed statement as its own chunk, a full stop just after a closing straight double quote, a square-bracketed statement as its own chunk, a bold phrase mid-sentence, a full stop just after a closing bold marker, a "!" inside a closing curly double quote ending the reply ---
    (
        'Our drawing contest for children (all entries under twelve!) starts on Saturday at the temple grounds. One parent asked us, "Can younger siblings enter too?" (Yes, there is a separate group for them.) This year the theme is "a day at the river". [Paper and crayons come from our side.] Each child should bring a **hard board** to lean on while drawing. Prizes are handed out at **half past four**. The chief judge always signs off with “Every child here is an artist!”',
        [
            "Our drawing contest for children (all entries under twelve!) starts on Saturday at the temple grounds. ",
            'One parent asked us, "Can younger siblings enter too?" ',
            "(Yes, there is a separate group for them.) ",
            'This year the theme is "a day at the river". ',
            "[Paper and crayons come from our side.] ",
            "Each child should bring a **hard board** to lean on while drawing. ",
            "Prizes are handed out at **half past four**. ",
            "The chief judge always signs off with “Every child here is an artist!”",
        ],
    ),
    # --- ellipses: "!!" (an end); "…" before a capital (an end); "..." before a lower-case word (not an end); "...?" (an end after the "?"); "…!" (an end after the "!"); "…" before a lower-case word (not an end); "?!" (an end); the reply ends on "…" ---
    (
        "Your sherwani still isn't ready!! Our master tailor fell sick last week… The sleeves have been altered... but the buttons are still on order. Has our shop manager called you...? We will deliver it to your home ourselves…! The final fitting can be on Thursday… if that suits your family. Three days before the wedding?! We are truly sorry for this…",
        [
            "Your sherwani still isn't ready!! ",
            "Our master tailor fell sick last week… ",
            "The sleeves have been altered... but the buttons are still on order. ",
            "Has our shop manager called you...? ",
            "We will deliver it to your home ourselves…! ",
            "The final fitting can be on Thursday… if that suits your family. ",
            "Three days before the wedding?! ",
            "We are truly sorry for this…",
        ],
    ),
    # --- emoji: one opening the reply, one after a sentence's closing "!", one inside a sentence, one right before ".", one right before "?", one closing a sentence with no stop, one after the reply's closing full stop ---
    (
        "📦 Your kitchen utensils order has left our warehouse and is on its way! 🎉 Our rider 🛵 will ring you before he reaches your gate 📞. Should the steel thali set be gift-wrapped 🎀? Payment on delivery works too ✅ Thank you for shopping with us. 🙏",
        [
            "📦 Your kitchen utensils order has left our warehouse and is on its way! 🎉 ",
            "Our rider 🛵 will ring you before he reaches your gate 📞. ",
            "Should the steel thali set be gift-wrapped 🎀? ",
            "Payment on delivery works too ✅ ",
            "Thank you for shopping with us. 🙏",
        ],
    ),
    # --- one-line list with "➤ " markers after a colon, items ending in ";", "; and" and "." ---
    (
        "Before the movers pack your house on Monday, please: ➤ empty the fridge and defrost it; ➤ keep jewellery and papers with you; and ➤ mark every carton you need on the first night. Our crew of six will finish by two.",
        [
            "Before the movers pack your house on Monday, please: ",
            "➤ empty the fridge and defrost it; ",
            "➤ keep jewellery and papers with you; and ",
            "➤ mark every carton you need on the first night. ",
            "Our crew of six will finish by two.",
        ],
    ),
    # --- multi-line list with "☑ " markers after a heading line ending in a colon, items ending with no mark, "?", "." and "!" ---
    (
        "For your home loan signing at the branch on Monday:\n☑ Original sale agreement and two photocopies\n☑ Is your co-borrower coming along?\n☑ Both of you must sign every page.\n☑ Bring your cheque book!\nOur loan officer will be waiting for you at the counter.",
        [
            "For your home loan signing at the branch on Monday:\n",
            "☑ Original sale agreement and two photocopies\n",
            "☑ Is your co-borrower coming along?\n",
            "☑ Both of you must sign every page.\n",
            "☑ Bring your cheque book!\n",
            "Our loan officer will be waiting for you at the counter.",
        ],
    ),
    # --- mixed scripts: Kannada with ಬಿ.ಕಾಂ. followed by a word mid-sentence, an English question, then Kannada at "." ---
    (
        "ನಮ್ಮ ಅಂಗಡಿಯ ಲೆಕ್ಕಪತ್ರ ಕೆಲಸಕ್ಕೆ ಬಿ.ಕಾಂ. ಓದಿದವರು ಬೇಕಾಗಿದ್ದಾರೆ. Can your nephew come for an interview on Monday? ಅರ್ಜಿಯ ಜೊತೆಗೆ ಒಂದು ಫೋಟೋ ತನ್ನಿ.",
        [
            "ನಮ್ಮ ಅಂಗಡಿಯ ಲೆಕ್ಕಪತ್ರ ಕೆಲಸಕ್ಕೆ ಬಿ.ಕಾಂ. ಓದಿದವರು ಬೇಕಾಗಿದ್ದಾರೆ. ",
            "Can your nephew come for an interview on Monday? ",
            "ಅರ್ಜಿಯ ಜೊತೆಗೆ ಒಂದು ಫೋಟೋ ತನ್ನಿ.",
        ],
    ),
    # --- mixed scripts: Punjabi opening the reply with ਐਮ.ਏ., an English sentence, then a Punjabi question ---
    (
        "ਐਮ.ਏ. ਸੰਗੀਤ ਪਾਸ ਉਸਤਾਦ ਜੀ ਹੁਣ ਸਾਡੇ ਕੇਂਦਰ ਵਿੱਚ ਹਾਰਮੋਨੀਅਮ ਸਿਖਾਉਣਗੇ। The first lesson is free. ਕੀ ਤੁਹਾਡੀ ਧੀ ਐਤਵਾਰ ਵਾਲੇ ਬੈਚ ਵਿੱਚ ਆਵੇਗੀ?",
        [
            "ਐਮ.ਏ. ਸੰਗੀਤ ਪਾਸ ਉਸਤਾਦ ਜੀ ਹੁਣ ਸਾਡੇ ਕੇਂਦਰ ਵਿੱਚ ਹਾਰਮੋਨੀਅਮ ਸਿਖਾਉਣਗੇ। ",
            "The first lesson is free. ",
            "ਕੀ ਤੁਹਾਡੀ ਧੀ ਐਤਵਾਰ ਵਾਲੇ ਬੈਚ ਵਿੱਚ ਆਵੇਗੀ?",
        ],
    ),
    # --- mixed scripts: a Bengali question holding এম.এ. before a word, an English exclamation, then Bengali at । ---
    (
        "আপনার ভাইপো কি এম.এ. পাশ করার পর আমাদের প্রকাশনায় যোগ দেবে? The editor liked his sample pages! সোমবার থেকে কাজ শুরু করা যাবে।",
        [
            "আপনার ভাইপো কি এম.এ. পাশ করার পর আমাদের প্রকাশনায় যোগ দেবে? ",
            "The editor liked his sample pages! ",
            "সোমবার থেকে কাজ শুরু করা যাবে।",
        ],
    ),
    # --- mixed scripts: Marathi at ".", an English question, then Telugu at "." ---
    (
        "तुमच्या दुकानाचा नवा फलक रंगवून झाला आहे. Shall we fix it above the shutter tomorrow? బోర్డు కోసం ఇనుప ఫ్రేమ్ కూడా సిద్ధంగా ఉంది.",
        [
            "तुमच्या दुकानाचा नवा फलक रंगवून झाला आहे. ",
            "Shall we fix it above the shutter tomorrow? ",
            "బోర్డు కోసం ఇనుప ఫ్రేమ్ కూడా సిద్ధంగా ఉంది.",
        ],
    ),
    # --- mixed scripts: Tamil at ".", an English exclamation, then an Urdu question at ؟ ---
    (
        "உங்கள் மகளின் கொலுசு பாலிஷ் செய்து பளபளப்பாக்கிவிட்டோம். It looks brand new! کیا آپ خود دکان پر آئیں گے؟",
        [
            "உங்கள் மகளின் கொலுசு பாலிஷ் செய்து பளபளப்பாக்கிவிட்டோம். ",
            "It looks brand new! ",
            "کیا آپ خود دکان پر آئیں گے؟",
        ],
    ),
]
