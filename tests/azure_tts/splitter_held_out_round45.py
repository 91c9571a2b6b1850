"""Held-out cases for the sentence splitter, round 45: written without reading or running it.

Written after reading only tests/azure_tts/splitter_held_out_round44.py and
tests/azure_tts/splitter_held_out_round43.py (for format and conventions), each opened by its exact
path (with cat, sed and wc). No splitter source, bench, tuning file, log, other test file, README or
git history was opened, no folder of the project was listed, no wildcard or glob was used on a
project path, git was not used, and no web, code or document search was made. Nothing was run
against the splitter or in the project, and its package was not imported. In /tmp only the scratch
folder /tmp/s34/w_s45/ (made for this round) and this file were touched; /tmp/s34 itself was not
listed. No slip to record. Python was used only in that scratch folder: to parse the two files read
(with the ast module and literal_eval, without importing or running them) for their case count,
variable name, section comments, the openings of their replies and their docstrings, to assemble
this file from drafted chunk lists (so each text is the join of its chunks), to check that the
chunks concatenate exactly to the text and that the module imports by path, and for the checks
below. The case shape of round 44 is kept: each case is (text, expected chunks), so the text is
given whole; no stream split (mid-word, mid-number or mid-form deltas) is stored here, and any such
split is left to whatever feeds the text to the splitter. No sentence is taken or paraphrased from
the two files, and none of their replies was used as a template. Drafts that ran close to one of
their replies, or to each other, were rewritten before the checks: a Tamil two-wheeler service
finished by evening (round 44's bicycle service; now a tailoring class), an Assamese tea-leaf
payment sent to the bank (round 43's Punjabi wheat payment, round 44's Punjabi dairy money, and this
file's Kannada cocoon money; now a courtyard being paved), an Odia phone screen replaced (a draft
round 43's docstring names; now a new cot), an opening "ex-servicemen's welfare cell" (round 44's
veterans' cell; now a regimental canteen office) and a Malayalam reply opening "ഏൽപ്പിച്ച" (round
44's boat engine; now a fishing net). No reply is about a library, a ration card, a voter card, a
bus, a passport, a hotel stay, a scholarship, a water tank, house tax or school hours, and no case
holds the substrings "lab", "ration", "bus" or "let" at all (so no "available", "business",
"letter" or "complete").

A phrase-overlap check searched every 16-character run of every case against both whole files
(docstrings included, case-insensitively, digits mapped to ASCII). Its first pass reworded: " has
been moved ", " certificate for", " your savings ac", " for your mother", "r your mother's
", "hai. technician ", an Assamese "ৰ পৰা আৰম্ভ হ'ব।", " within a fortni", " at the back of ", "
would you like " (two cases), " complaints abou", " move them once ", "your daughter's ", " did you
expect ", " depending on th", " certificate wil", " in the afternoo", " health insuranc", " will
call you w", " within an hour.", " has been receiv" and " will be deliver"; later passes found "
to your linked a", " will visit your", " your account wi" and " certificate for" (a first "Only
the certificate form"; now "entry form"). After that no 16-character run is shared with either
file. A within-file run check also reworded " your savings account" (two cases), " your father's
name", " would you like " and "? Yes, it reache". Every phrase the two files quote in their
docstrings (473 found by a regex for straight and curly double quotes) was also searched for as a
substring; that pass reworded "om." (a first "in the room."), "ot." (a first "on the spot.",
twice), "ds." (a first "the flight lands."), "at." (a first "do that."), "LL." (a first "on this
call." and "the bill."), "st." (a first "at no cost."), "rs." (a first "cleaners."), "ch." (a first
"speech."), "join", "Give" (a first "give out" and "given"), "help" (a first local part "help@"
and "help your mother"), "jayegi.", "tenure.", "festive" (twice), "called " and "has been
received". What it still finds are marks and connecting words ("!", "?", ",", ", ", ".", " (",
"), ", " and ", ", and", " or ", " before ", " that", "...", "...!", "…", "…?", "?!", "/-", ".in",
"।"), the plain words "A", "I", "It", "Our", "The", "and", "bill", "but", "by", "each", "just",
"only", "so", "till", "to" and "we", word pieces ("AC" in lower-case words such as "each" and
"account", "Ah" in "subah", "app" in "app", "applied", "approval" and "Happy", "bill" in "billing"
and "refill bill", "each" in "reach", "still" in "distilled"), and word endings ("d." and "ed." in
words such as "picked." and "packed.", and "d." in this file's recd. and "D." in its N.S.D.L.;
"es." in words such as "judges." and "brushes."; "g." in "morning.", "opening." and "turning." and
in this file's Brig.; "y." and "Y." in words such as "daily." and "Friday."; "S." in words ending
in s; "I." as the last letter of I.T.I. and T.R.A.I. and in the Hinglish "hai.", "hogi.",
"chalegi." and "jaayegi."; "ai." and "hai." in "hai."). None is inside an address or a web
address; inside a form only those endings named (as round 44 found its "d." in regd., "g." in Hsg.
and "I." in N.P.C.I.). No Malayalam reply uses "നിങ്ങളുടെ", no Odia reply uses "ଆପଣଙ୍କ", no
Kannada reply opens "ನಿಮ್ಮ ತಂದೆಯವರ", no Gujarati reply uses "પિતાજી", and no Urdu reply uses "خود
بخود".

Numbers: every amount, decimal, percentage, date, time and count was checked with a plain substring
grep against both files, with and without its separators, after mapping every Unicode decimal digit
to ASCII (and the files were searched with their own separators removed too); none is in either
file. The two-digit runs that occur in neither file even with their separators removed are 03 25 29
31 39 47 51 55 57 67 71 72 74 75 79 88 91 99, and every number here holds at least one of them: 39
and 71 (after Blk. and Ln.), 475 and 55 (gm.), 25 (doz.), 99 (pcs.), ₹1.39 crore, ₹4,571/-, 7.29%,
₹3,188.75, ₹2,510 to ₹2,990, ₹47,000, ₹1,72,350, 25/03/2091, 31-05-2091, 09:55 to 11:47,
29.01.2091, 07:25, 8.57 and 25.03.2094. No single-digit number, no Indic digit and no bare list
number is used; the list markers are "◦ " and "» ", and neither occurs in either file (nor does
either file's "▪ ", "▸ ", "◆ " or "→ " occur here). Names, places and addresses were checked the
same way (none occurs there): Arvind Negi, Kavita Menon, Sunil Pandey, Ramesh Iyer, Anjali Bhat,
Peepal Chowk, Budesonide, Montelukast and the mitti-diyo.in domain (local parts "diyas" and
"claims", paths "paint-your-own", "custom" and "rates?pin=yours"). A first domain
"mitti-deepak.in" was dropped because its tail "ak." occurs in the files, a first local part "bulk"
and path "ship" because both occur there, and a second domain "mitti-chirag.in" because its "g."
is a phrase the files quote. The domain ends in none of the endings the files
list ("demo.in" to "angan.in") and holds none of their banned words (nor "tulsi"); its tail before
".in" ("iyo." and "yo.") occurs nowhere in the files. "India" is not used (nor a flag emoji); the
Indic-script cases name no person and no place. No undotted acronym is used (a regex for two or
more capitals finds none). The emoji used (🪔, 🍳, 👍, 🎁, 🥳, ✔) and the skin tone 🏽 occur in
neither file; the joiner, the presentation selector and the 🧑 that opens 🧑‍🍳 do (in round 44's 👷‍♀️
and ☎️ and round 43's 🧑‍🔧 and ☺️), so the sequence 🧑‍🍳 as a whole is new but its first part is not.

Every short form here is new. Each was grepped against both files, case-insensitively, as a plain
substring (so also as a whole word), and none is found:
- service forms Maj. and Brig., with the lower-case sqn.;
- degrees M.B.A. and I.T.I. (and "M.B.", "B.A.", "I.T.", "T.I.");
- prescription forms Syp. and Neb., with the lower-case inh.;
- address forms Blk., Ln. and Nr.;
- banking forms Txn. and Dep., with the lower-case chgs.;
- officialese Addl. and Offr., with the lower-case recd.;
- units gm., doz. and pcs.;
- dotted acronyms T.R.A.I. and N.S.D.L. (and each run of two parts: "T.R.", "R.A.", "A.I.", "N.S.",
  "S.D.", "D.L.");
- short forms of ordinary prose Adv. and Kum., with the lower-case etc.;
- Indic forms બી.બી.એ. (Gujarati), ਐਮ.ਏ. (Punjabi) and ബി.എഡ്. (Malayalam). No single part of them
  ("બી.", "એ.", "ਐਮ.", "ਏ.", "ബി.", "എഡ്.") occurs in the two files read; in Latin letters "B.B.A",
  "M.A." and "B.Ed" occur in neither file.
Their tails were checked too: "aj.", "ig.", "qn.", "yp.", "eb.", "nh.", "lk.", "ln.", "nr.", "xn.",
"ep.", "gs.", "dl.", "fr.", "cd.", "gm.", "oz.", "cs.", "dv.", "um.", "tc." and the last parts "B.A.",
"T.I.", "A.I." and "D.L." occur nowhere there. Within this file no two forms share a tail, and no
other word ends in one (each tail occurs exactly as often as its form; a first "the clearest
talk." was reworded for its "lk."). Forms dropped for clashing: ft. ("ft." is in the files), Drp.
("rp." there), Gel. ("el." there), Attn. ("tn." there), Prof. ("of." there), and forms holding J.,
Q. or Y. before a full stop (Inj., Chq., Secy.). No form means a fuel, health centre, school,
transport, post office, police, civic body, village, district, doctor, number or time of day (so no
"a.m.", "p.m.", "Dr." or "No."). No single capital letter ends a sentence other than as the last
part of a dotted acronym, and no label is exercised.

About two thirds of the cases (38 of 60) are everyday replies (banking, telecom, insurance, health,
delivery, travel, home services, farming, shops, events) in English, Hinglish, Hindi (one of them
written with "." instead of "।"), Marathi, Bengali, Tamil, Telugu, Gujarati, Kannada, Malayalam,
Punjabi, Odia, Assamese and Urdu, in round 44's proportions (8 English, 4 Hinglish, 4 Hindi, 2 of
each other language). The other 22 carry the harder cases a bot really produces, in round 44's
order.

Conventions (those rounds 43 and 44 state, kept; where they differ, round 44 is followed): each case
is (text, the chunks a careful human would send to TTS one at a time); the chunks concatenate
exactly to the text; each chunk is a full sentence (or list item / heading line) and carries the
whitespace after its end. A chunk is never cut inside an amount, decimal, percentage, date, clock
time, short form, URL, e-mail or emoji sequence, and a list marker stays with its item. A short
form that ends a sentence ends the chunk even before a pronoun, "A", a capitalised word, a question
or a bracket; one opening a sentence stays with it; one right before "?" or "!" ends the chunk after
that mark; one before a lower-case word or a lower-case bracketed phrase does not end it. A
one-line list after a colon is chunked as its multi-line form would be; in a multi-line list each
line is a chunk with its newline, and an item with no closing mark is still a chunk ending at its
newline. A bracketed or quoted sentence is its own chunk with its closing mark; a bracket or quoted
phrase inside a sentence does not end it, nor does a "?" or "!" inside a quote or bracket
mid-sentence; a ".", "!" or "?" inside a closing quote that ends the sentence ends the chunk after
the quote; a full stop just after a closing quote or bracket ends the chunk after that full stop.
An emoji stays with the sentence it follows (also after a sentence's full stop, "!" or "?"); one
right before ".", "?" or "!" stays in its sentence; one closing a sentence with no stop ends the
chunk; one opening the reply stays with the sentence after it; one inside a sentence does not end
it; a reply may end on an emoji. "?!", "!?" and "!!" end a sentence; "..." and "…" before a capital
end one, "...?"/"…?" end after the "?", "...!"/"…!" after the "!"; before a lower-case word they do
not end it. A dotted time, percentage, amount-word, amount or date ending a sentence ends it after
the final full stop, and one right before "?" or "!" after that mark; a colon time is never cut. A
URL is never cut (nor at a "?" inside its query string); one right before "?" or "!" ends the chunk
after that mark; a bare address or e-mail ending a sentence before a capital ends the chunk after
the full stop; an e-mail right before "?" ends it after the "?". Square brackets behave as round
brackets do. Urdu sentences end at ۔ and ؟, Indic ones at । as well as "."; in a mixed-script
reply each sentence ends at its own script's mark; a dotted Indic form followed by a word, opening
a sentence or inside a question does not end it. Four readings follow from the stated ones and are
used here: a colon time right before "!" ends the chunk after the "!", as a colon time right
before "?" does; an amount with "/-" ending a sentence ends it after the full stop, as any amount
there does; two amounts joined by "to" are neither cut nor an end, as two colon times or two
hyphen dates joined by "to" are not; an e-mail inside a bracket mid-sentence is neither cut nor an
end, as a web address inside a bracket mid-sentence is not.

Exercised here (new variations):
1. "Maj. Arvind Negi" opening the reply stays with it; "a retired Brig. Your" ends the chunk; "his
   sqn. (the air force unit he served in) are" is not an end; "the Maj. sign" inside a question is
   not one; "the Brig.? No" ends after the "?"; "his sqn.! Expect" ends after the "!".
2. "M.B.A. admissions" opening the reply stays with it; "an I.T.I. She" ends the chunk; "the M.B.A.
   course" inside a question is not an end; "an I.T.I., so" is not one; "her I.T.I.? Yes" ends
   after the "?"; "the M.B.A.! The" ends after the "!".
3. "Syp. Montelukast" opening the reply stays with it; "added Neb. Budesonide" is not an end; a
   lower-case "inh. It" ends the chunk; "the Syp. be" inside a question is not an end; "the Neb.?
   Yes" ends after the "?"; "the inh., rinse" is not an end.
4. "Blk. 39", "Ln. 71," and "Nr. Peepal Chowk" are not ends (that sentence ends at the full stop
   after Chowk); "the Blk. The" ends the chunk; "Which Ln. should" inside a question is not an end;
   "Nr. the second" is not one; "the Blk.? Yes" ends after the "?"; "narrow Ln.! Loading" ends
   after the "!".
5. "Txn. alerts" opening the reply stays with it; "The Dep. receipt" is not an end; a lower-case
   "chgs. Your" ends the chunk; "pending Txn. It" ends it; "those chgs. also" inside a question is
   not an end; "another Dep.? Then" ends after the "?".
6. A lower-case "recd. The" ends the chunk; "The Addl. Registrar Kavita Menon" is not an end;
   "Grievance Offr. Sunil Pandey" is not one; "reminder recd.? Yes" ends after the "?"; "the Addl.
   Registrar" inside a question is not an end; "Offr. Pandey" opening a sentence stays with it.
7. "475 gm., which" is not an end; "25 doz. They" ends the chunk; "99 pcs.? Yes" ends after the
   "?"; "per doz.! Shall" ends after the "!"; "55 gm. packs" inside a question is not an end.
8. "T.R.A.I. rules" opening the reply stays with it; "the N.S.D.L. Your" ends the chunk; "Is
   N.S.D.L. data" inside a question is not an end; "the T.R.A.I., which" is not one; "the
   T.R.A.I.? It" ends after the "?".
9. "Adv. Ramesh Iyer" mid-sentence is not an end; "the arguments etc. She" ends the chunk; "Kum.
   Anjali Bhat" opening a sentence stays with it; "notes etc.? Only" ends after the "?"; "Will Kum.
   Bhat" inside a question is not an end; "case list etc., which" is not one.
10. An amount-word right before "?" ("₹1.39 crore? You"), an amount with "/-" ending a sentence
    ("₹4,571/-. The"), a decimal percentage before a lower-case word ("7.29% for"), an amount with
    paise before a lower-case word ("₹3,188.75 more"), two amounts joined by "to" ("₹2,510 to
    ₹2,990,"), a bracketed amount before a comma ("(₹47,000), which"), an amount in Indian grouping
    before a lower-case word ("₹1,72,350 in").
11. A slash date before a lower-case word ("25/03/2091 sometime"), a hyphen date right before "?"
    ("31-05-2091? Only"), two colon times joined by "to" ("09:55 to 11:47 in"), a dotted date
    ending a sentence ("29.01.2091. The"), a colon time right before "!" ("07:25! He"), a dotted
    time before a lower-case word ("8.57 and"), a dotted date ending the reply ("25.03.2094.").
12. A bare address ending a sentence before a capital ends the chunk after the full stop; an
    https:// address with a hyphenated path before a lower-case word inside a question is not cut;
    an e-mail right before "?" ends the chunk after the "?"; a www. address with a path right before
    "!" ends it after the "!"; an http:// address with a "?" query string before a comma is not cut;
    an e-mail inside a bracket mid-sentence is neither cut nor an end.
13. A "?" inside a curly quote mid-sentence ("“Need a cashless approval?” near"); a bracketed
    question as its own chunk ("(Is that the one you saw?)"); a "!" inside a bracket mid-sentence
    ("(yes, even a small one!) before"); a "!" inside a closing single quote ending a sentence
    ("‘Request sent!’ "); a sentence in straight double quotes as its own chunk; a full stop just
    after a closing curly quote ("“Under review”. ["); a square-bracketed sentence as its own chunk.
14. "?!" ends the first sentence; "…" before "We" ends one; "..." before "and" does not; "...!" ends
    one after the "!"; "…?" ends one; "…" before "if" does not; the reply ends on "…".
15. Emoji: 🪔 opening the reply, the joined 🧑‍🍳 after a sentence's full stop, the skin-toned 👍🏽
    inside a sentence, 🎁 right before "!", 🥳 closing a sentence with no stop, ✔️ (with a
    presentation selector) after "?" ending the reply.
16. "◦ " markers on a one-line list after a colon (items ending ",", ", or" and ".") and "» "
    markers on a multi-line list after a heading line (items ending ".", "!", "?" and no mark), each
    followed by a plain sentence.
17. Mixed scripts: Gujarati holding બી.બી.એ. before a word mid-sentence, English, a Gujarati
    question; Punjabi opening the reply with ਐਮ.ਏ., an English "!", Punjabi at ।; a Malayalam
    question holding ബി.എഡ്. before a word, English, Malayalam at "."; Tamil at ".", an English
    question, Assamese at ।; Urdu at ۔, an English "!", a Hindi question.

"""

from __future__ import annotations

HELD_OUT: list[tuple[str, list[str]]] = [
    # --- everyday replies, English ---
    (
        "Your wedding album has been printed and bound in the leather cover you picked. The studio will keep it ready at the counter from Tuesday noon. Do check the page order once before you take it home.",
        [
            "Your wedding album has been printed and bound in the leather cover you picked. ",
            "The studio will keep it ready at the counter from Tuesday noon. ",
            "Do check the page order once before you take it home.",
        ],
    ),
    (
        "Guitar classes for your nephew begin this Sunday at our studio near the park. Each session runs for an hour, and the first one is free. He can borrow a guitar from us until he buys his own.",
        [
            "Guitar classes for your nephew begin this Sunday at our studio near the park. ",
            "Each session runs for an hour, and the first one is free. ",
            "He can borrow a guitar from us until he buys his own.",
        ],
    ),
    (
        "Your broadband plan now runs at the faster speed you asked for. Please restart the router once tonight so the change takes hold. The monthly rent stays the same until the next billing cycle.",
        [
            "Your broadband plan now runs at the faster speed you asked for. ",
            "Please restart the router once tonight so the change takes hold. ",
            "The monthly rent stays the same until the next billing cycle.",
        ],
    ),
    (
        "Your fixed deposit matures on the coming Monday. Since you chose not to roll it over, the full sum with interest lands that same day in the account you hold with us. A tax statement on the interest will be emailed within a week.",
        [
            "Your fixed deposit matures on the coming Monday. ",
            "Since you chose not to roll it over, the full sum with interest lands that same day in the account you hold with us. ",
            "A tax statement on the interest will be emailed within a week.",
        ],
    ),
    (
        "A physiotherapist will start home visits from Wednesday to guide your mother through her knee exercises. Each visit lasts about forty-five minutes, and she should wear loose clothes. Keep a firm chair and a folded towel ready for her.",
        [
            "A physiotherapist will start home visits from Wednesday to guide your mother through her knee exercises. ",
            "Each visit lasts about forty-five minutes, and she should wear loose clothes. ",
            "Keep a firm chair and a folded towel ready for her.",
        ],
    ),
    (
        "The curtains for your drawing room have been stitched to the measurements taken last week. Our fitter will put up the rods and hang them on Friday morning. If the length looks off, he can alter it then and there.",
        [
            "The curtains for your drawing room have been stitched to the measurements taken last week. ",
            "Our fitter will put up the rods and hang them on Friday morning. ",
            "If the length looks off, he can alter it then and there.",
        ],
    ),
    (
        "Your claim for the seepage damage to your bedroom ceiling has been registered. An assessor will visit on Thursday to take photos and measure the affected area. Please do not repaint the wall until he has seen it.",
        [
            "Your claim for the seepage damage to your bedroom ceiling has been registered. ",
            "An assessor will visit on Thursday to take photos and measure the affected area. ",
            "Please do not repaint the wall until he has seen it.",
        ],
    ),
    (
        "A cab will be waiting for your parents outside arrival gate four on Saturday night. The driver will hold up a placard with both their names. His number will be sent to you once the flight touches down.",
        [
            "A cab will be waiting for your parents outside arrival gate four on Saturday night. ",
            "The driver will hold up a placard with both their names. ",
            "His number will be sent to you once the flight touches down.",
        ],
    ),
    # --- everyday replies, Hinglish ---
    (
        "Aapki gym membership do mahine ke liye hold par daal di gayi hai. Is beech aapse koi fees nahi kaati jaayegi. Wapas aane se ek din pehle front desk ko bata dijiye.",
        [
            "Aapki gym membership do mahine ke liye hold par daal di gayi hai. ",
            "Is beech aapse koi fees nahi kaati jaayegi. ",
            "Wapas aane se ek din pehle front desk ko bata dijiye.",
        ],
    ),
    (
        "Aapke gas stove ki servicing kal subah gyarah baje hogi. Mechanic burner aur pipe dono check karega. Agar pipe purani hui toh nayi lagane ka kharcha alag se lagega.",
        [
            "Aapke gas stove ki servicing kal subah gyarah baje hogi. ",
            "Mechanic burner aur pipe dono check karega. ",
            "Agar pipe purani hui toh nayi lagane ka kharcha alag se lagega.",
        ],
    ),
    (
        "Aapke bete ki cricket kit ka order pack ho gaya hai. Bat, pads aur gloves ek hi bag mein aayenge. Delivery parso shaam tak ho jani chahiye.",
        [
            "Aapke bete ki cricket kit ka order pack ho gaya hai. ",
            "Bat, pads aur gloves ek hi bag mein aayenge. ",
            "Delivery parso shaam tak ho jani chahiye.",
        ],
    ),
    (
        "Aapke inverter ki battery mein distilled paani daal diya gaya hai. Hamare karigar ne bataya ki battery abhi ek saal aur chalegi. Agli checking chhe mahine baad karwa lijiye.",
        [
            "Aapke inverter ki battery mein distilled paani daal diya gaya hai. ",
            "Hamare karigar ne bataya ki battery abhi ek saal aur chalegi. ",
            "Agli checking chhe mahine baad karwa lijiye.",
        ],
    ),
    # --- everyday replies, Hindi ---
    (
        "आपके पोते को लगने वाला अगला टीका शनिवार को लगेगा। टीकाकरण कार्ड साथ लाना न भूलें। टीके के बाद हल्का बुखार आना आम बात है।",
        [
            "आपके पोते को लगने वाला अगला टीका शनिवार को लगेगा। ",
            "टीकाकरण कार्ड साथ लाना न भूलें। ",
            "टीके के बाद हल्का बुखार आना आम बात है।",
        ],
    ),
    (
        "आपके फ्लैट में रसोई गैस की पाइपलाइन का कनेक्शन मंगलवार को जोड़ा जाएगा। हमारा कर्मचारी मीटर लगाकर रिसाव की जाँच भी करेगा। उस दिन घर का कोई बड़ा सदस्य मौजूद रहे।",
        [
            "आपके फ्लैट में रसोई गैस की पाइपलाइन का कनेक्शन मंगलवार को जोड़ा जाएगा। ",
            "हमारा कर्मचारी मीटर लगाकर रिसाव की जाँच भी करेगा। ",
            "उस दिन घर का कोई बड़ा सदस्य मौजूद रहे।",
        ],
    ),
    (
        "आपकी सिलाई मशीन की मरम्मत पूरी हो गई है। उसकी सुई और पट्टा दोनों बदल दिए गए हैं। आप इसे कल शाम तक दुकान से ले जा सकते हैं।",
        [
            "आपकी सिलाई मशीन की मरम्मत पूरी हो गई है। ",
            "उसकी सुई और पट्टा दोनों बदल दिए गए हैं। ",
            "आप इसे कल शाम तक दुकान से ले जा सकते हैं।",
        ],
    ),
    (
        "आपकी गायों के लिए पशु आहार की बोरियाँ कल सुबह पहुँचेंगी. गाड़ी गाँव के चौराहे तक ही आ पाएगी. वहाँ से बोरियाँ उठवाने का इंतज़ाम कर लीजिए.",
        [
            "आपकी गायों के लिए पशु आहार की बोरियाँ कल सुबह पहुँचेंगी. ",
            "गाड़ी गाँव के चौराहे तक ही आ पाएगी. ",
            "वहाँ से बोरियाँ उठवाने का इंतज़ाम कर लीजिए.",
        ],
    ),
    # --- everyday replies, other Indian languages ---
    (
        "तुमची दिवाळी फराळाची ऑर्डर नोंदवली गेली आहे. लाडू आणि चकली गुरुवारी संध्याकाळी घरी पोहोचतील. डबे परत करण्याची गरज नाही.",
        [
            "तुमची दिवाळी फराळाची ऑर्डर नोंदवली गेली आहे. ",
            "लाडू आणि चकली गुरुवारी संध्याकाळी घरी पोहोचतील. ",
            "डबे परत करण्याची गरज नाही.",
        ],
    ),
    (
        "तुमच्या गृहकर्जाच्या हप्त्याची तारीख आता दहा तारखेला बदलली आहे. पुढील महिन्यापासून नवीन तारखेनुसार रक्कम कापली जाईल. खात्यात पुरेशी शिल्लक ठेवा.",
        [
            "तुमच्या गृहकर्जाच्या हप्त्याची तारीख आता दहा तारखेला बदलली आहे. ",
            "पुढील महिन्यापासून नवीन तारखेनुसार रक्कम कापली जाईल. ",
            "खात्यात पुरेशी शिल्लक ठेवा.",
        ],
    ),
    (
        "আপনার অর্ডার করা ইলিশ মাছ কাল সকালে বরফে মুড়ে পাঠানো হবে। মাছ কেটে পরিষ্কার করে দেওয়া থাকবে। হাতে পেলেই তাড়াতাড়ি ফ্রিজে রেখে দিন।",
        [
            "আপনার অর্ডার করা ইলিশ মাছ কাল সকালে বরফে মুড়ে পাঠানো হবে। ",
            "মাছ কেটে পরিষ্কার করে দেওয়া থাকবে। ",
            "হাতে পেলেই তাড়াতাড়ি ফ্রিজে রেখে দিন।",
        ],
    ),
    (
        "আপনার হারমোনিয়ামের সুর মেলানোর কাজ শেষ হয়েছে। দুটো রিডও নতুন লাগানো হয়েছে। শনিবার বিকেলের পর দোকান থেকে নিয়ে যেতে পারেন।",
        [
            "আপনার হারমোনিয়ামের সুর মেলানোর কাজ শেষ হয়েছে। ",
            "দুটো রিডও নতুন লাগানো হয়েছে। ",
            "শনিবার বিকেলের পর দোকান থেকে নিয়ে যেতে পারেন।",
        ],
    ),
    (
        "நீங்கள் சேர்ந்த தையல் வகுப்பு திங்கள் முதல் தொடங்குகிறது. வகுப்பு மாலை நான்கு மணிக்கு நடக்கும். கத்தரிக்கோலும் அளவு நாடாவும் கொண்டு வாருங்கள்.",
        [
            "நீங்கள் சேர்ந்த தையல் வகுப்பு திங்கள் முதல் தொடங்குகிறது. ",
            "வகுப்பு மாலை நான்கு மணிக்கு நடக்கும். ",
            "கத்தரிக்கோலும் அளவு நாடாவும் கொண்டு வாருங்கள்.",
        ],
    ),
    (
        "நீங்கள் கொடுத்த நகைகளின் பாலிஷ் வேலை முடிந்தது. கல் பதித்த வளையலுக்கு இன்னும் ஒரு நாள் ஆகும். எல்லாவற்றையும் சேர்த்து வியாழன் அன்று தருகிறோம்.",
        [
            "நீங்கள் கொடுத்த நகைகளின் பாலிஷ் வேலை முடிந்தது. ",
            "கல் பதித்த வளையலுக்கு இன்னும் ஒரு நாள் ஆகும். ",
            "எல்லாவற்றையும் சேர்த்து வியாழன் அன்று தருகிறோம்.",
        ],
    ),
    (
        "మీ ఇంటి కిటికీలకు దోమతెరలు బుధవారం అమర్చుతాం. మా సిబ్బంది ఉదయం పది గంటలకు వస్తారు. పని రెండు గంటల్లో పూర్తవుతుంది.",
        [
            "మీ ఇంటి కిటికీలకు దోమతెరలు బుధవారం అమర్చుతాం. ",
            "మా సిబ్బంది ఉదయం పది గంటలకు వస్తారు. ",
            "పని రెండు గంటల్లో పూర్తవుతుంది.",
        ],
    ),
    (
        "మీ నాన్నగారి కంటి పరీక్ష శుక్రవారం మధ్యాహ్నం జరుగుతుంది. పరీక్షకు ముందు కళ్లలో చుక్కలు వేస్తారు. తిరిగి వెళ్లేటప్పుడు తోడుగా ఎవరైనా ఉండాలి.",
        [
            "మీ నాన్నగారి కంటి పరీక్ష శుక్రవారం మధ్యాహ్నం జరుగుతుంది. ",
            "పరీక్షకు ముందు కళ్లలో చుక్కలు వేస్తారు. ",
            "తిరిగి వెళ్లేటప్పుడు తోడుగా ఎవరైనా ఉండాలి.",
        ],
    ),
    (
        "નવરાત્રી માટે તમે પસંદ કરેલી ચણિયાચોળી ભાડે બુક થઈ ગઈ છે. તે પહેલા નોરતાની સવારે તમારા ઘરે પહોંચશે. દસમા દિવસે તેને પાછી આપવાની રહેશે.",
        [
            "નવરાત્રી માટે તમે પસંદ કરેલી ચણિયાચોળી ભાડે બુક થઈ ગઈ છે. ",
            "તે પહેલા નોરતાની સવારે તમારા ઘરે પહોંચશે. ",
            "દસમા દિવસે તેને પાછી આપવાની રહેશે.",
        ],
    ),
    (
        "તમારા ખેતર માટે મંગાવેલું ખાતર શુક્રવારે આવશે. ટ્રક ગામના પાદર સુધી આવશે. ત્યાંથી થેલીઓ ઉતારવા માટે બે માણસો રાખજો.",
        [
            "તમારા ખેતર માટે મંગાવેલું ખાતર શુક્રવારે આવશે. ",
            "ટ્રક ગામના પાદર સુધી આવશે. ",
            "ત્યાંથી થેલીઓ ઉતારવા માટે બે માણસો રાખજો.",
        ],
    ),
    (
        "ನಿಮ್ಮ ಮಗಳ ಮದುವೆಯ ಆಮಂತ್ರಣ ಪತ್ರಿಕೆಗಳ ಮುದ್ರಣ ಮುಗಿದಿದೆ. ಐನೂರು ಪ್ರತಿಗಳು ಎರಡು ಪೆಟ್ಟಿಗೆಗಳಲ್ಲಿ ಸಿದ್ಧವಾಗಿವೆ. ಶನಿವಾರ ಅಂಗಡಿಗೆ ಬಂದು ತೆಗೆದುಕೊಳ್ಳಿ.",
        [
            "ನಿಮ್ಮ ಮಗಳ ಮದುವೆಯ ಆಮಂತ್ರಣ ಪತ್ರಿಕೆಗಳ ಮುದ್ರಣ ಮುಗಿದಿದೆ. ",
            "ಐನೂರು ಪ್ರತಿಗಳು ಎರಡು ಪೆಟ್ಟಿಗೆಗಳಲ್ಲಿ ಸಿದ್ಧವಾಗಿವೆ. ",
            "ಶನಿವಾರ ಅಂಗಡಿಗೆ ಬಂದು ತೆಗೆದುಕೊಳ್ಳಿ.",
        ],
    ),
    (
        "ನೀವು ಮಾರಿದ ರೇಷ್ಮೆ ಗೂಡಿನ ಹಣ ನಾಳೆ ಖಾತೆಗೆ ಜಮೆಯಾಗುತ್ತದೆ. ತೂಕದ ರಸೀದಿ ನಿಮ್ಮ ಫೋನಿಗೆ ಬರುತ್ತದೆ. ಮುಂದಿನ ಬೆಳೆಗೆ ಹೊಸ ಮೊಟ್ಟೆಗಳು ಮುಂದಿನ ವಾರ ಸಿಗುತ್ತವೆ.",
        [
            "ನೀವು ಮಾರಿದ ರೇಷ್ಮೆ ಗೂಡಿನ ಹಣ ನಾಳೆ ಖಾತೆಗೆ ಜಮೆಯಾಗುತ್ತದೆ. ",
            "ತೂಕದ ರಸೀದಿ ನಿಮ್ಮ ಫೋನಿಗೆ ಬರುತ್ತದೆ. ",
            "ಮುಂದಿನ ಬೆಳೆಗೆ ಹೊಸ ಮೊಟ್ಟೆಗಳು ಮುಂದಿನ ವಾರ ಸಿಗುತ್ತವೆ.",
        ],
    ),
    (
        "ഓണസദ്യയുടെ ഓർഡർ ഉറപ്പായി. ഉത്രാടം ദിവസം ഉച്ചയ്ക്ക് പതിനൊന്നു മണിക്ക് വിഭവങ്ങൾ വീട്ടിലെത്തും. ഇലയും പായസവും കൂടെയുണ്ടാകും.",
        [
            "ഓണസദ്യയുടെ ഓർഡർ ഉറപ്പായി. ",
            "ഉത്രാടം ദിവസം ഉച്ചയ്ക്ക് പതിനൊന്നു മണിക്ക് വിഭവങ്ങൾ വീട്ടിലെത്തും. ",
            "ഇലയും പായസവും കൂടെയുണ്ടാകും.",
        ],
    ),
    (
        "മീൻവലയുടെ അറ്റകുറ്റപ്പണി പൂർത്തിയായി. കീറിയ ഭാഗങ്ങൾ പുതിയ നൂല് കൊണ്ട് തുന്നിച്ചേർത്തു. ഞായറാഴ്ച രാവിലെ കടയിൽ നിന്ന് എടുക്കാം.",
        [
            "മീൻവലയുടെ അറ്റകുറ്റപ്പണി പൂർത്തിയായി. ",
            "കീറിയ ഭാഗങ്ങൾ പുതിയ നൂല് കൊണ്ട് തുന്നിച്ചേർത്തു. ",
            "ഞായറാഴ്ച രാവിലെ കടയിൽ നിന്ന് എടുക്കാം.",
        ],
    ),
    (
        "ਤੁਹਾਡੀ ਫੁਲਕਾਰੀ ਦੀ ਕਢਾਈ ਵਾਲੀ ਚੁੰਨੀ ਤਿਆਰ ਹੋ ਗਈ ਹੈ। ਇਸ ਨੂੰ ਸੁੱਕੀ ਧੁਲਾਈ ਹੀ ਕਰਵਾਉਣਾ। ਐਤਵਾਰ ਨੂੰ ਦੁਕਾਨ ਬੰਦ ਰਹੇਗੀ।",
        [
            "ਤੁਹਾਡੀ ਫੁਲਕਾਰੀ ਦੀ ਕਢਾਈ ਵਾਲੀ ਚੁੰਨੀ ਤਿਆਰ ਹੋ ਗਈ ਹੈ। ",
            "ਇਸ ਨੂੰ ਸੁੱਕੀ ਧੁਲਾਈ ਹੀ ਕਰਵਾਉਣਾ। ",
            "ਐਤਵਾਰ ਨੂੰ ਦੁਕਾਨ ਬੰਦ ਰਹੇਗੀ।",
        ],
    ),
    (
        "ਤੁਹਾਡੀਆਂ ਮੱਝਾਂ ਦਾ ਬੀਮਾ ਮਨਜ਼ੂਰ ਹੋ ਗਿਆ ਹੈ। ਹਰ ਪਸ਼ੂ ਦੇ ਕੰਨ ਵਿੱਚ ਪਛਾਣ ਵਾਲਾ ਟੈਗ ਲਗਾਇਆ ਜਾਵੇਗਾ। ਪਸ਼ੂ ਮਾਹਰ ਬੁੱਧਵਾਰ ਨੂੰ ਪਿੰਡ ਆਉਣਗੇ।",
        [
            "ਤੁਹਾਡੀਆਂ ਮੱਝਾਂ ਦਾ ਬੀਮਾ ਮਨਜ਼ੂਰ ਹੋ ਗਿਆ ਹੈ। ",
            "ਹਰ ਪਸ਼ੂ ਦੇ ਕੰਨ ਵਿੱਚ ਪਛਾਣ ਵਾਲਾ ਟੈਗ ਲਗਾਇਆ ਜਾਵੇਗਾ। ",
            "ਪਸ਼ੂ ਮਾਹਰ ਬੁੱਧਵਾਰ ਨੂੰ ਪਿੰਡ ਆਉਣਗੇ।",
        ],
    ),
    (
        "ଆପଣ ମଗାଇଥିବା ଆମ୍ବ ପେଡ଼ି ଗୁରୁବାର ଦିନ ପହଞ୍ଚିବ। ଆମ୍ବଗୁଡ଼ିକ ପାଚିବାକୁ ଆଉ ଦୁଇ ଦିନ ଲାଗିବ। ସେଗୁଡ଼ିକୁ ଫ୍ରିଜରେ ରଖନ୍ତୁ ନାହିଁ।",
        [
            "ଆପଣ ମଗାଇଥିବା ଆମ୍ବ ପେଡ଼ି ଗୁରୁବାର ଦିନ ପହଞ୍ଚିବ। ",
            "ଆମ୍ବଗୁଡ଼ିକ ପାଚିବାକୁ ଆଉ ଦୁଇ ଦିନ ଲାଗିବ। ",
            "ସେଗୁଡ଼ିକୁ ଫ୍ରିଜରେ ରଖନ୍ତୁ ନାହିଁ।",
        ],
    ),
    (
        "ଘର ପାଇଁ ନୂଆ ଖଟ ତିଆରି ସରିଛି। ଶନିବାର ସକାଳେ ଆମ ଲୋକ ଆସି ଯୋଡ଼ି ଦେବେ। ପୁରୁଣା ଖଟଟି ଆମେ ନେଇଯିବୁ।",
        [
            "ଘର ପାଇଁ ନୂଆ ଖଟ ତିଆରି ସରିଛି। ",
            "ଶନିବାର ସକାଳେ ଆମ ଲୋକ ଆସି ଯୋଡ଼ି ଦେବେ। ",
            "ପୁରୁଣା ଖଟଟି ଆମେ ନେଇଯିବୁ।",
        ],
    ),
    (
        "আপোনাৰ ঘৰৰ চোতাল পকী কৰাৰ কাম সোমবাৰে আৰম্ভ হ'ব। মিস্ত্ৰীসকল ৰাতিপুৱা আঠ বজাত আহিব। দুদিনলৈ চোতালত খোজ নিদিব।",
        [
            "আপোনাৰ ঘৰৰ চোতাল পকী কৰাৰ কাম সোমবাৰে আৰম্ভ হ'ব। ",
            "মিস্ত্ৰীসকল ৰাতিপুৱা আঠ বজাত আহিব। ",
            "দুদিনলৈ চোতালত খোজ নিদিব।",
        ],
    ),
    (
        "আপুনি বিচৰা হাঁহ পোৱালিবোৰ বৃহস্পতিবাৰে আহি পাব। সিহঁতক প্ৰথম কেইদিন উম দি ৰাখিব। খাদ্যৰ এটা সৰু টোপোলা লগত দিয়া হ'ব।",
        [
            "আপুনি বিচৰা হাঁহ পোৱালিবোৰ বৃহস্পতিবাৰে আহি পাব। ",
            "সিহঁতক প্ৰথম কেইদিন উম দি ৰাখিব। ",
            "খাদ্যৰ এটা সৰু টোপোলা লগত দিয়া হ'ব।",
        ],
    ),
    (
        "آپ کا قالین دھل کر تیار ہے۔ اسے سوکھنے میں دو دن لگے۔ ہفتے کی شام ہم اسے آپ کے گھر پہنچا دیں گے۔",
        [
            "آپ کا قالین دھل کر تیار ہے۔ ",
            "اسے سوکھنے میں دو دن لگے۔ ",
            "ہفتے کی شام ہم اسے آپ کے گھر پہنچا دیں گے۔",
        ],
    ),
    (
        "آپ کا عطر کا آرڈر پیک ہو چکا ہے۔ شیشیاں روئی میں لپیٹ کر رکھی گئی ہیں۔ پارسل پرسوں تک آپ کو مل جائے گا۔",
        [
            "آپ کا عطر کا آرڈر پیک ہو چکا ہے۔ ",
            "شیشیاں روئی میں لپیٹ کر رکھی گئی ہیں۔ ",
            "پارسل پرسوں تک آپ کو مل جائے گا۔",
        ],
    ),
    # --- service forms: Maj. opening the reply before a name, Brig. ending a sentence before "Your", a lower-case sqn. before a lower-case bracketed phrase, Maj. inside a question, Brig. right before "?", sqn. right before "!" ---
    (
        "Maj. Arvind Negi at the regimental canteen office has taken up the problem with your grocery card. He is verifying your service details with a retired Brig. Your late father was posted under him in the hills. Old rolls of his sqn. (the air force unit he served in) are kept far away, so it could take some days. Will the Maj. sign the covering note himself? Yes, he likes to handle it personally. Do I need to write to the Brig.? No, the cell handles it, and your father's name has already turned up in the roll of his sqn.! Expect the new card in about two weeks.",
        [
            "Maj. Arvind Negi at the regimental canteen office has taken up the problem with your grocery card. ",
            "He is verifying your service details with a retired Brig. ",
            "Your late father was posted under him in the hills. ",
            "Old rolls of his sqn. (the air force unit he served in) are kept far away, so it could take some days. ",
            "Will the Maj. sign the covering note himself? ",
            "Yes, he likes to handle it personally. ",
            "Do I need to write to the Brig.? ",
            "No, the cell handles it, and your father's name has already turned up in the roll of his sqn.! ",
            "Expect the new card in about two weeks.",
        ],
    ),
    # --- degrees: M.B.A. opening the reply before a lower-case word, I.T.I. ending a sentence before "She", M.B.A. inside a question, I.T.I. before a comma, I.T.I. right before "?", M.B.A. right before "!" ---
    (
        "M.B.A. admissions at our evening college close on the final Friday of this month. Your brother-in-law mentioned that his daughter finished an I.T.I. She now wants to study management part-time. Does the M.B.A. course accept diploma holders? It does, if they have two years of work after an I.T.I., so she qualifies. Should she send the marks sheet of her I.T.I.? Yes, along with proof of her job. We would be glad to see her enrol in the M.B.A.! The first class is on a Saturday.",
        [
            "M.B.A. admissions at our evening college close on the final Friday of this month. ",
            "Your brother-in-law mentioned that his daughter finished an I.T.I. ",
            "She now wants to study management part-time. ",
            "Does the M.B.A. course accept diploma holders? ",
            "It does, if they have two years of work after an I.T.I., so she qualifies. ",
            "Should she send the marks sheet of her I.T.I.? ",
            "Yes, along with proof of her job. ",
            "We would be glad to see her enrol in the M.B.A.! ",
            "The first class is on a Saturday.",
        ],
    ),
    # --- prescription forms: Syp. opening the reply before a capitalised drug name, Neb. before a capitalised drug name mid-sentence, a lower-case inh. ending a sentence before "It", Syp. inside a question, Neb. right before "?", inh. before a comma ---
    (
        "Syp. Montelukast, one spoon each night after dinner, is what your son needs for a month. For quick relief, the doctor has added Neb. Budesonide twice a day. He may also use the blue inh. It works within minutes when he feels short of breath. Should the Syp. be kept in the fridge? No, a cool shelf is fine, but throw it away a month after opening. Must he rinse his mouth after the Neb.? Yes, and after every puff of the inh., rinse again with plain water. Call us if the cough does not settle in three days.",
        [
            "Syp. Montelukast, one spoon each night after dinner, is what your son needs for a month. ",
            "For quick relief, the doctor has added Neb. Budesonide twice a day. ",
            "He may also use the blue inh. ",
            "It works within minutes when he feels short of breath. ",
            "Should the Syp. be kept in the fridge? ",
            "No, a cool shelf is fine, but throw it away a month after opening. ",
            "Must he rinse his mouth after the Neb.? ",
            "Yes, and after every puff of the inh., rinse again with plain water. ",
            "Call us if the cough does not settle in three days.",
        ],
    ),
    # --- address forms: Blk. before a number, Ln. before a number and a comma, Nr. before a capitalised word, Blk. ending a sentence before "The", Ln. inside a question, Nr. before a lower-case word, Blk. right before "?", Ln. right before "!" ---
    (
        "Our spice warehouse has shifted to Blk. 39 on Ln. 71, Nr. Peepal Chowk. Ask for the yellow gate behind the Blk. The front entrance stays locked after dusk. Which Ln. should the driver take from the main road? The one beside the petrol pump, and our board is Nr. the second turning. Is parking free inside the Blk.? Yes, but vans must not stop on the narrow Ln.! Loading is done at the rear.",
        [
            "Our spice warehouse has shifted to Blk. 39 on Ln. 71, Nr. Peepal Chowk. ",
            "Ask for the yellow gate behind the Blk. ",
            "The front entrance stays locked after dusk. ",
            "Which Ln. should the driver take from the main road? ",
            "The one beside the petrol pump, and our board is Nr. the second turning. ",
            "Is parking free inside the Blk.? ",
            "Yes, but vans must not stop on the narrow Ln.! ",
            "Loading is done at the rear.",
        ],
    ),
    # --- banking forms: Txn. opening the reply, Dep. before a lower-case word, a lower-case chgs. ending a sentence before "Your", Txn. ending a sentence before "It", chgs. inside a question, Dep. right before "?" ---
    (
        "Txn. alerts on your salary account will now come by both text and e-mail. The Dep. receipt for the sum you placed on Monday has been posted to you. We also reversed the card chgs. Your branch had applied them twice by mistake. I have traced the pending Txn. It failed at the shop's end, so no money left you. Will those chgs. also show as reversed on the statement? Yes, within two working days. Shall I open another Dep.? Then I can book it for you right now.",
        [
            "Txn. alerts on your salary account will now come by both text and e-mail. ",
            "The Dep. receipt for the sum you placed on Monday has been posted to you. ",
            "We also reversed the card chgs. ",
            "Your branch had applied them twice by mistake. ",
            "I have traced the pending Txn. ",
            "It failed at the shop's end, so no money left you. ",
            "Will those chgs. also show as reversed on the statement? ",
            "Yes, within two working days. ",
            "Shall I open another Dep.? ",
            "Then I can book it for you right now.",
        ],
    ),
    # --- officialese: a lower-case recd. ending a sentence before "The", Addl. before a capitalised word, Offr. before a name, recd. right before "?", Addl. inside a question, Offr. opening a sentence ---
    (
        "Your complaint about the delayed refund of stamp duty was recd. The Addl. Registrar Kavita Menon will now examine the file. Please mark any fresh note for Grievance Offr. Sunil Pandey, not the general desk. Was my earlier reminder recd.? Yes, it reached his office on Tuesday. Can the Addl. Registrar also hear my case in person? She can, on a working day of your choice. Offr. Pandey reads every note the same morning it comes in.",
        [
            "Your complaint about the delayed refund of stamp duty was recd. ",
            "The Addl. Registrar Kavita Menon will now examine the file. ",
            "Please mark any fresh note for Grievance Offr. Sunil Pandey, not the general desk. ",
            "Was my earlier reminder recd.? ",
            "Yes, it reached his office on Tuesday. ",
            "Can the Addl. Registrar also hear my case in person? ",
            "She can, on a working day of your choice. ",
            "Offr. Pandey reads every note the same morning it comes in.",
        ],
    ),
    # --- units: gm. before a comma, doz. ending a sentence before "They", pcs. right before "?", doz. right before "!", gm. before a lower-case word inside a question ---
    (
        "Your wholesale order from our farm shop is packed. The dried figs come in a pouch of 475 gm., which lasts a family about a month. We have also added the eggs you wanted, 25 doz. They travel in moulded trays so none break. Were the clay cups for your tea stall meant to be 99 pcs.? Yes, they come packed in straw. The farm sells bananas at a fixed rate per doz.! Shall we also send the 55 gm. packs of cardamom? Yes, two of those, please.",
        [
            "Your wholesale order from our farm shop is packed. ",
            "The dried figs come in a pouch of 475 gm., which lasts a family about a month. ",
            "We have also added the eggs you wanted, 25 doz. ",
            "They travel in moulded trays so none break. ",
            "Were the clay cups for your tea stall meant to be 99 pcs.? ",
            "Yes, they come packed in straw. ",
            "The farm sells bananas at a fixed rate per doz.! ",
            "Shall we also send the 55 gm. packs of cardamom? ",
            "Yes, two of those, please.",
        ],
    ),
    # --- dotted acronyms: T.R.A.I. opening the reply, N.S.D.L. ending a sentence before "Your", N.S.D.L. inside a question, T.R.A.I. before a comma, T.R.A.I. right before "?" ---
    (
        "T.R.A.I. rules allow you to move your mobile number to another operator free of charge. Your shares, on the other hand, sit in a demat account held with the N.S.D.L. Your broker can shift them after you sign a transfer slip. Is N.S.D.L. data shared with the tax office? Only your holdings statement, which you yourself may download. Pesky marketing calls can be reported to the T.R.A.I., which fines the sender. Have you reported that number to the T.R.A.I.? It takes only a minute, and you get a reference number at once.",
        [
            "T.R.A.I. rules allow you to move your mobile number to another operator free of charge. ",
            "Your shares, on the other hand, sit in a demat account held with the N.S.D.L. ",
            "Your broker can shift them after you sign a transfer slip. ",
            "Is N.S.D.L. data shared with the tax office? ",
            "Only your holdings statement, which you yourself may download. ",
            "Pesky marketing calls can be reported to the T.R.A.I., which fines the sender. ",
            "Have you reported that number to the T.R.A.I.? ",
            "It takes only a minute, and you get a reference number at once.",
        ],
    ),
    # --- short forms of ordinary prose: Adv. before a name mid-sentence, etc. ending a sentence before "She", Kum. opening a sentence before a name, etc. right before "?", Kum. inside a question, etc. before a comma ---
    (
        "Your niece's moot court entry was judged by Adv. Ramesh Iyer this morning. He praised her research, the case list, the arguments etc. She also won a prize for speaking most clearly. Kum. Anjali Bhat, who runs the contest, will hand out the certificates on Sunday. Should she bring her files, notes etc.? Only the entry form, since the files stay with the judges. Will Kum. Bhat mail the photos too? Yes, and Adv. Iyer has asked for a copy of her notes, case list etc., which she can hand him on Sunday.",
        [
            "Your niece's moot court entry was judged by Adv. Ramesh Iyer this morning. ",
            "He praised her research, the case list, the arguments etc. ",
            "She also won a prize for speaking most clearly. ",
            "Kum. Anjali Bhat, who runs the contest, will hand out the certificates on Sunday. ",
            "Should she bring her files, notes etc.? ",
            "Only the entry form, since the files stay with the judges. ",
            "Will Kum. Bhat mail the photos too? ",
            "Yes, and Adv. Iyer has asked for a copy of her notes, case list etc., which she can hand him on Sunday.",
        ],
    ),
    # --- amounts: an amount-word right before "?", an amount with "/-" ending a sentence, a decimal percentage before a lower-case word, an amount with paise before a lower-case word, two amounts joined by "to", a bracketed amount before a comma, an amount in Indian grouping before a lower-case word ---
    (
        "Good news, the bank has sanctioned your home loan. Were you hoping for the full ₹1.39 crore? You have it, and the processing fee is a flat ₹4,571/-. The rate is 7.29% for the first two years, after which it follows the market. Your monthly instalment works out to ₹3,188.75 more than the old one, as you asked for a shorter loan period. Legal checks cost ₹2,510 to ₹2,990, varying with the size of the property. The booking amount you paid (₹47,000), which the builder confirmed, is counted as your margin. A cheque of ₹1,72,350 in favour of the builder will go out on Monday.",
        [
            "Good news, the bank has sanctioned your home loan. ",
            "Were you hoping for the full ₹1.39 crore? ",
            "You have it, and the processing fee is a flat ₹4,571/-. ",
            "The rate is 7.29% for the first two years, after which it follows the market. ",
            "Your monthly instalment works out to ₹3,188.75 more than the old one, as you asked for a shorter loan period. ",
            "Legal checks cost ₹2,510 to ₹2,990, varying with the size of the property. ",
            "The booking amount you paid (₹47,000), which the builder confirmed, is counted as your margin. ",
            "A cheque of ₹1,72,350 in favour of the builder will go out on Monday.",
        ],
    ),
    # --- dates and times: a slash date before a lower-case word, a hyphen date right before "?", two colon times joined by "to", a dotted date ending a sentence, a colon time right before "!", a dotted time before a lower-case word, a dotted date ending the reply ---
    (
        "The fire safety inspection of your shop is set for 25/03/2091 sometime after noon. Could it move to 31-05-2091? Only if the first date fails, and then the slot would be 09:55 to 11:47 in the morning. Keep the extinguisher refill bill, dated 29.01.2091. The inspector leaves his office at 07:25! He usually reaches shops on your street by 8.57 and spends an hour there. Your clearance will then stay valid until 25.03.2094.",
        [
            "The fire safety inspection of your shop is set for 25/03/2091 sometime after noon. ",
            "Could it move to 31-05-2091? ",
            "Only if the first date fails, and then the slot would be 09:55 to 11:47 in the morning. ",
            "Keep the extinguisher refill bill, dated 29.01.2091. ",
            "The inspector leaves his office at 07:25! ",
            "He usually reaches shops on your street by 8.57 and spends an hour there. ",
            "Your clearance will then stay valid until 25.03.2094.",
        ],
    ),
    # --- URLs and e-mail: a bare address ending a sentence before a capital, an https:// address with a path before a lower-case word, an e-mail right before "?", a www. address right before "!", an http:// address with a query before a comma, an e-mail inside a bracket mid-sentence ---
    (
        "Our clay lamps for this Diwali are now listed on mitti-diyo.in. Have you seen the painting guide at https://mitti-diyo.in/paint-your-own before ordering? Did you write to diyas@mitti-diyo.in? Custom sizes are shown at www.mitti-diyo.in/custom! Delivery charges for each pin code appear at http://mitti-diyo.in/rates?pin=yours, and they update daily. Breakages are replaced if you mail a photo (to claims@mitti-diyo.in) within a day of delivery.",
        [
            "Our clay lamps for this Diwali are now listed on mitti-diyo.in. ",
            "Have you seen the painting guide at https://mitti-diyo.in/paint-your-own before ordering? ",
            "Did you write to diyas@mitti-diyo.in? ",
            "Custom sizes are shown at www.mitti-diyo.in/custom! ",
            "Delivery charges for each pin code appear at http://mitti-diyo.in/rates?pin=yours, and they update daily. ",
            "Breakages are replaced if you mail a photo (to claims@mitti-diyo.in) within a day of delivery.",
        ],
    ),
    # --- quotes and brackets: a "?" inside a quote mid-sentence, a bracketed question as its own chunk, a "!" inside a bracket mid-sentence, a "!" inside a closing single quote ending a sentence, a sentence in straight double quotes as its own chunk, a full stop just after a closing quote, a square-bracketed sentence as its own chunk ---
    (
        'Your medical cover app now shows a box asking “Need a cashless approval?” near the top of the screen. (Is that the one you saw?) Tap it and fill in the hospital\'s name (yes, even a small one!) before uploading the invoice. The app will then say ‘Request sent!’ "Our desk will ring you back shortly." Your status then changes to “Under review”. [You can also do this from the website.] Keep the original bills safe till discharge.',
        [
            "Your medical cover app now shows a box asking “Need a cashless approval?” near the top of the screen. ",
            "(Is that the one you saw?) ",
            "Tap it and fill in the hospital's name (yes, even a small one!) before uploading the invoice. ",
            "The app will then say ‘Request sent!’ ",
            '"Our desk will ring you back shortly." ',
            "Your status then changes to “Under review”. ",
            "[You can also do this from the website.] ",
            "Keep the original bills safe till discharge.",
        ],
    ),
    # --- ellipses: "?!" (an end); "…" before a capital (an end); "..." before a lower-case word (not an end); "...!" (an end after the "!"); "…?" (an end after the "?"); "…" before a lower-case word (not an end); the reply ends on "…" ---
    (
        "Your order of winter blankets got delivered to the wrong flat?! That is truly embarrassing… We have phoned the neighbour... and she has promised to hand them over tonight. If she does not, a fresh set will be dispatched tomorrow...! Would an evening delivery suit you…? Our rider can also take back the wrong packet… if there is one. Again, please accept our regrets…",
        [
            "Your order of winter blankets got delivered to the wrong flat?! ",
            "That is truly embarrassing… ",
            "We have phoned the neighbour... and she has promised to hand them over tonight. ",
            "If she does not, a fresh set will be dispatched tomorrow...! ",
            "Would an evening delivery suit you…? ",
            "Our rider can also take back the wrong packet… if there is one. ",
            "Again, please accept our regrets…",
        ],
    ),
    # --- emoji: one opening the reply, a ZWJ sequence after a sentence's full stop, a skin-toned one inside a sentence, one right before "!", one closing a sentence with no stop, one with a presentation selector after "?" ending the reply ---
    (
        "🪔 Your Diwali sweets box is packed and ready. Our chef made the kaju katli fresh this morning. 🧑‍🍳 Your address is confirmed 👍🏽 and the box leaves by noon. Enjoy the small gift we added 🎁! Happy Diwali to everyone at home 🥳 Shall we set a reminder for next year? ✔️",
        [
            "🪔 Your Diwali sweets box is packed and ready. ",
            "Our chef made the kaju katli fresh this morning. 🧑‍🍳 ",
            "Your address is confirmed 👍🏽 and the box leaves by noon. ",
            "Enjoy the small gift we added 🎁! ",
            "Happy Diwali to everyone at home 🥳 ",
            "Shall we set a reminder for next year? ✔️",
        ],
    ),
    # --- one-line list with "◦ " markers after a colon, items ending in ",", ", or" and "." ---
    (
        "To confirm your identity, just read out any one of these: ◦ your date of birth, ◦ the last four digits of your card, or ◦ your registered pin code. Then we can go ahead.",
        [
            "To confirm your identity, just read out any one of these: ",
            "◦ your date of birth, ",
            "◦ the last four digits of your card, or ",
            "◦ your registered pin code. ",
            "Then we can go ahead.",
        ],
    ),
    # --- multi-line list with "» " markers after a heading line ending in a colon, items ending with ".", "!", "?" and no mark ---
    (
        "Before the deep cleaning of your kitchen begins:\n» Take the spices off the open shelves.\n» Switch off the gas at the main valve!\n» Is the sink empty?\n» Keep children out of the room\nThe crew brings its own ladder and brushes.",
        [
            "Before the deep cleaning of your kitchen begins:\n",
            "» Take the spices off the open shelves.\n",
            "» Switch off the gas at the main valve!\n",
            "» Is the sink empty?\n",
            "» Keep children out of the room\n",
            "The crew brings its own ladder and brushes.",
        ],
    ),
    # --- mixed scripts: Gujarati with બી.બી.એ. followed by a word mid-sentence, an English sentence, then a Gujarati question ---
    (
        "તમારા ભત્રીજાનું બી.બી.એ. પરિણામ આવતીકાલે જાહેર થશે. He can see it online with his seat number. શું તમે ગુણપત્રકની નકલ કુરિયરથી મંગાવવા માંગો છો?",
        [
            "તમારા ભત્રીજાનું બી.બી.એ. પરિણામ આવતીકાલે જાહેર થશે. ",
            "He can see it online with his seat number. ",
            "શું તમે ગુણપત્રકની નકલ કુરિયરથી મંગાવવા માંગો છો?",
        ],
    ),
    # --- mixed scripts: Punjabi opening the reply with ਐਮ.ਏ., an English exclamation, then Punjabi at । ---
    (
        "ਐਮ.ਏ. ਦੀਆਂ ਕਲਾਸਾਂ ਅਗਲੇ ਸੋਮਵਾਰ ਤੋਂ ਸ਼ੁਰੂ ਹੋਣਗੀਆਂ। Your fee is paid in full! ਪਹਿਲੇ ਦਿਨ ਸ਼ਨਾਖਤੀ ਕਾਰਡ ਨਾਲ ਲੈ ਕੇ ਆਉਣਾ।",
        [
            "ਐਮ.ਏ. ਦੀਆਂ ਕਲਾਸਾਂ ਅਗਲੇ ਸੋਮਵਾਰ ਤੋਂ ਸ਼ੁਰੂ ਹੋਣਗੀਆਂ। ",
            "Your fee is paid in full! ",
            "ਪਹਿਲੇ ਦਿਨ ਸ਼ਨਾਖਤੀ ਕਾਰਡ ਨਾਲ ਲੈ ਕੇ ਆਉਣਾ।",
        ],
    ),
    # --- mixed scripts: a Malayalam question holding ബി.എഡ്. before a word, an English sentence, then Malayalam at "." ---
    (
        "മകളുടെ ബി.എഡ്. പ്രവേശനത്തിനുള്ള രേഖകൾ തയ്യാറാണോ? The final date to submit them is Friday. ഓഫീസിൽ നേരിട്ട് വന്നാലും മതി.",
        [
            "മകളുടെ ബി.എഡ്. പ്രവേശനത്തിനുള്ള രേഖകൾ തയ്യാറാണോ? ",
            "The final date to submit them is Friday. ",
            "ഓഫീസിൽ നേരിട്ട് വന്നാലും മതി.",
        ],
    ),
    # --- mixed scripts: Tamil at ".", an English question, then Assamese at । ---
    (
        "உங்கள் தோட்டத்துக்கான செடிகள் நாளை வரும். Should our gardener plant them the same day? তেওঁ পুৱা ন বজাত আহি পাব।",
        [
            "உங்கள் தோட்டத்துக்கான செடிகள் நாளை வரும். ",
            "Should our gardener plant them the same day? ",
            "তেওঁ পুৱা ন বজাত আহি পাব।",
        ],
    ),
    # --- mixed scripts: Urdu at ۔, an English exclamation, then a Hindi question ---
    (
        "آپ کی کتابوں کی الماری بن کر تیار ہے۔ It reaches you on Sunday morning! क्या आप चाहेंगे कि हम इसे दीवार से कस दें?",
        [
            "آپ کی کتابوں کی الماری بن کر تیار ہے۔ ",
            "It reaches you on Sunday morning! ",
            "क्या आप चाहेंगे कि हम इसे दीवार से कस दें?",
        ],
    ),
]
