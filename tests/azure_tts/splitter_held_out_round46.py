"""Held-out cases for the sentence splitter, round 46: written without reading or running it.

Written after reading only /work/main/tests/azure_tts/splitter_held_out_round45.py and
/work/main/tests/azure_tts/splitter_held_out_round44.py (for format and conventions), each opened by
its exact path (with cat, sed and wc, and with Python reading it as text and parsing it with the ast
module and literal_eval, never importing or running it). No splitter source, bench, tuning file,
log, other test file, README or git history was opened, no folder of the project was listed, no
wildcard or glob was used on a project path, git was not used, and no web, code or document search
was made. Nothing was run against the splitter or in the project, and its package was not imported.
In /tmp only the scratch folder /tmp/s35/w_s46/ (made for this round with mkdir -p) and this file
were touched; /tmp/s35 itself was not listed. No slip to record. Python was used only in that
scratch folder: to parse the two files read for their case count, variable name, section comments,
replies and docstrings, to assemble this file from drafted chunk lists (so each text is the join of
its chunks), to check that the chunks concatenate exactly to the text, that every chunk but the last
ends in whitespace and that the module imports by path, and for the checks below. The case shape of
round 45 is kept: each case is (text, expected chunks), so the text is given whole; no stream split
is stored here. No sentence is taken or paraphrased from the two files, and none of their replies
was used as a template. Drafts that ran close to one of their replies were rewritten before the
checks: a Telugu caterers' reply and an Urdu biryani reply each ending "tell us two days ahead if
the guest count changes" (round 44's Hindi shamiana reply; now extra serving hands and our own pots
and stoves), a Kannada question asking whether a degree marks card had come, followed by "We need it
to process her job form" and "send it to this number" (round 44's Telugu P.G. reply; now a question
about joining an accounts course), a Tamil degree certificate ready at the college (the same; now an
exam timetable), a Gujarati kite parcel that "reaches your home" in round 45's Gujarati words (now
"the parcel will arrive"), a Punjabi embroidered pair of shoes (round 45's Punjabi embroidered
stole; now shoes made for a son), an Odia roof reply ending "do not keep" in round 45's Odia words
(now "do not let children up") and an Assamese reply opening "your house's" as round 45's does. No
reply is about a library, a ration card, a voter card, a bus, a passport, a hotel stay, a
scholarship, a water tank, house tax or school hours, and no case holds the substrings "lab",
"ration", "bus" or "let" at all (a first "millet", "letters" and "lettering" were reworded). Topics
were moved away from those the two files use (now rooftop solar panels, dog grooming, a laptop
keyboard, card reward points, a train ticket, a monthly fund investment, an aquarium, piano tuning,
a scooter, sofa cleaning, a tiffin, a geyser, a sitar exam, bee boxes, roof waterproofing, a knitted
sweater, a Ganesh idol, house painting, swimming classes, terrace-garden pots, Pongal pots, coconut
pickers, wedding cooks, a car battery, kites, engraved steel vessels, Dasara dolls, areca spraying,
well cleaning, rubber tapping, langar vessels, handmade shoes, a dance class, roof repair, Bihu
drummers, a bamboo fence, a quilt, biryani pots, medals, a dental camp, a child's ear infection, a
sweet shop branch, cheque clearing, land records, a rice mill, a provident fund transfer, a house
plan, gold exchange, a kathak recital, handloom kurtas, a parcel locker, a gas geyser, bajra seeds,
a gas connection visit, a godown spray, and the five mixed replies).

A phrase-overlap check searched every 16-character run of every case against both whole files
(docstrings included, case-insensitively, digits mapped to ASCII). Its first pass reworded: " switch
off the ", "r will visit on " and " your living room", a Marathi "ी संध्याकाळी घरी पोहोच", a Kannada
"ವಾರ ನಡೆಯುತ್ತದೆ. ", an Urdu " مکمل ہو گئی ہے۔ ", " your grandfather's " and " grandfather served ",
" yes, along with" (two cases), "your daughter's " (two cases), " after breakfast and ", " the
ground floor", " free inside the ", " complaints about ", " stays with the ", " for your new home",
" depending on the ", " a photo of the ", " is packed and ready. " and " identity proof."; a second
pass found " the next billing cycle.", " nightfall. the " and " picture of the ". After that no
16-character run is shared with either file. A within-file run check also reworded " photo identity
", " also check the ", " should reach you", " yes, along with", "your daughter's ", " please keep it
" and " the full price ", and now finds none. Every phrase the two files quote in their docstrings
(424 found by a regex for straight and curly double quotes) was also searched for as a substring;
that pass reworded "a photo of the", "Friday.", "Give", "LL." (a first "in all.", "nightfall." and
"the bill."), "Let", "let" and "letter", "Sorry", "bulk", "by post.", "care" (a first path "care"
and "Fabric care"), "ch." (a first "coach." and "pouch."), "ds." (a first "onwards.", "ends.",
"hands." and "lands."), "evening." (twice), "help" (a first "helping" and "helpline"), "join" (a
first "joint"), "nt." (a first "sent.", "font." and "print."), "of." (a first "proof."), "om." (a
first "room."), "orders", "reach" and "reach you", "returns", "rs." (a first "hours." twice,
"years." and "letters."), "ship", "st." (a first "post." and "chemist."), "still", "till", "track",
"years.", "billing", "el." (a first "level."), "dopahar", "pahunch", "ai." and "hai." (in the
Hinglish "hai.") and the Kannada "ಡಿ." (a first "ಕಳುಹಿಸಬೇಡಿ." and "ಮಾಡಬೇಡಿ."). What it still finds
are marks and connecting words ("!", "!!", "?", ",", ", ", ", and", ".", " (", " and ", " before ",
" or ", " that", "; ", "...", "...?", "…", "…!", "…?", "/-", ".in", "।"), the plain words "A", "I",
"It", "Our", "The", "We", "and", "app", "bill", "but", "by", "each", "if", "just", "only", "so",
"to" and "we", word pieces ("AC" in lower-case words such as "each" and "vaccination", "Ah" in the
Hinglish "baarah" and "chahiye"), and word endings ("d." and "ed." in words such as "sealed.",
"deed." and "shed."; "es." in "rupees."; "g." in "squeaking.", "spring.", "tag." and "bag."; "y."
and "Y." in words such as "Monday." and "penalty."; "S." in words ending in s; "I." in the Hinglish
"aayegi."). Inside a form it finds only these: "D.", "d." and "S." in B.D.S.; "I." and "S." in
S.E.B.I.; "g." in Bldg., clg. and kg.; "y." in coy.; and "rs." and "S." in Rs., which is kept on
purpose because the brief asks for "Rs." amounts ("Rs." with its capital, as an amount prefix,
occurs in neither file; the files quote "rs." only as a word ending). None is inside an address, an
e-mail or a web address: a first domain "charkha-khadi.in" was dropped because its "i." before ".in"
is a phrase the files quote, and first paths "sizes" and "wash" (both in the files), "care" (quoted
there) and "prices" and "price-list" (for "es." and "st.") were changed. No Malayalam reply uses
"നിങ്ങളുടെ", no Odia reply uses "ଆପଣଙ୍କ", no Kannada reply opens "ನಿಮ್ಮ ತಂದೆಯವರ", no Gujarati reply
uses "પિતાજી", and no Urdu reply uses "خود بخود".

Numbers: every amount, decimal, percentage, date, time, phone number and count was checked with a
plain substring search against both files, with and without its separators, after mapping every
Unicode decimal digit to ASCII (and the files were searched with their own separators removed too,
and as one run of all their digits); none is in either file. The two-digit runs that occur in
neither file even with their separators removed are 08 26 28 46 66 68 80 82, and every number here
holds at least one of them: 46 (after Bldg.), 26 and 46 (kg.), 28 (ltr.), 68 (cm.), approx. 1,680,
₹2.68 lakh, 6.82%, ₹8,046/-, Rs. 280, ₹1,266.80, ₹4,608–₹5,280, ₹78,680, ₹3,46,680, 26/11/2080,
16:28 and 17:08, 14-08-2080, 28.10.2080, 5.46, 12:08, 1800-266-0828 and +91 98266 80468. No
single-digit number, no Indic digit and no bare list number is used; the list markers are "‣ " and
"➤ ", and neither occurs in either file (nor does the en dash "–"). Names, places and addresses were
checked the same way (none occurs there): Gurmeet Rana, Anil Khanna, Vikram Sethi, Raman Sethi,
Gandhi (in a market's name), Varanasi, Ciprofloxacin, Amoxicillin, paracetamol and the
khadi-charkha.in domain (local parts "looms" and "weave", paths "fit-guide", "upkeep?bhasha=hi" and
"catalogue"). The domain ends in none of the endings the files list and holds none of their banned
words (nor "tulsi"); its tail before ".in" ("kha." and "ha.") occurs nowhere in the files. "India"
is not used (nor a flag emoji); the Indic-script cases name no person and no place. No undotted
acronym is used (a regex for two or more capitals finds none). The emoji used (👩, 🌾, 🌧, ☀, 🙏, 📦) and
the skin tone 🏾 occur in neither file; the joiner and the presentation selector do (in round 44's
👷‍♀️ and ☎️ and round 45's 🧑‍🍳 and ✔️), so the sequence 👩‍🌾 as a whole is new but its joiner is not.

Every short form here is new. Each was searched for in both files, case-insensitively, as a plain
substring (so also as a whole word), and none is found:
- service forms Lt. and Hav., with the lower-case coy.;
- degrees B.D.S. and M.C.A. (and "B.D.", "D.S.", "M.C.", "C.A.");
- prescription forms Cap. and Gtt., with the lower-case susp.;
- address forms Opp., Bldg. and Mkt.;
- banking forms Bal. and A/c., with the lower-case clg.;
- officialese Supdt. and Jt., with the lower-case encl.;
- units kg., ltr. and cm.;
- dotted acronyms E.P.F.O. and S.E.B.I. (and each run of two parts: "E.P.", "P.F.", "F.O.", "S.E.",
  "E.B.", "B.I.");
- short forms of ordinary prose Sh. and Sr., with the lower-case approx.;
- the amount prefix Rs. (see above for its "rs.");
- Indic forms பி.இ. (Tamil), এম.এসসি. (Bengali) and ಬಿ.ಕಾಂ. (Kannada). No single part of them
  ("பி.", "இ.", "এম.", "এসসি.", "ಬಿ.", "ಕಾಂ.") occurs in the two files read; a Kannada ಎಂ.ಕಾಂ. was
  considered and dropped because "ಎಂ." occurs there.
Their tails were checked too: "lt.", "av.", "oy.", "ap.", "tt.", "sp.", "pp.", "dg.", "kt.", "al.",
"/c.", "lg.", "dt.", "jt.", "cl.", "kg.", "tr.", "cm.", "sh.", "sr.", "ox." and the last parts
"D.S.", "C.A.", "F.O." and "B.I." occur nowhere there. Within this file no two forms share a tail,
and no other word ends in one (each tail occurs exactly as often as its form). Forms dropped for
clashing: Nk., Amt., Dy., Mr. and Ms. (in the files), Capt. ("pt."), Col. ("ol."), Gen. ("en."),
Asst. ("st."), Oint. ("nt."), Apt. ("pt."), Wdl. ("dl."), qtl. ("tl."), hrs. ("rs."), U.I.D.A.I.,
N.H.A.I. and F.S.S.A.I. ("A.I."), R.T.G.S. ("G.S."), and Liq. for its Q before a full stop. No form
means a fuel, health centre, school, transport, post office, police, civic body, village, district,
doctor, number or time of day (so no "a.m.", "p.m.", "Dr." or "No."). No single capital letter ends
a sentence other than as the last part of a dotted acronym, and no label is exercised.

About two thirds of the cases (38 of 60) are everyday replies (home services, banking, travel,
health, farming, shops, festivals and events) in English, Hinglish, Hindi (one of them written with
"." instead of "।"), Marathi, Bengali, Tamil, Telugu, Gujarati, Kannada, Malayalam, Punjabi, Odia,
Assamese and Urdu, in round 45's proportions (8 English, 4 Hinglish, 4 Hindi, 2 of each other
language). The other 22 carry the harder cases a bot really produces, in round 45's order.

Conventions (those rounds 44 and 45 state, kept): each case is (text, the chunks a careful human
would send to TTS one at a time); the chunks concatenate exactly to the text; each chunk is a full
sentence (or list item / heading line) and carries the whitespace after its end. A chunk is never
cut inside an amount, decimal, percentage, date, clock time, short form, URL, e-mail or emoji
sequence, and a list marker stays with its item. A short form that ends a sentence ends the chunk
even before a pronoun, "A", a capitalised word, a question or a bracket; one opening a sentence
stays with it; one right before "?" or "!" ends the chunk after that mark; one before a lower-case
word, a number or a lower-case bracketed phrase does not end it. A one-line list after a colon is
chunked as its multi-line form would be; in a multi-line list each line is a chunk with its newline,
and an item with no closing mark is still a chunk ending at its newline. A bracketed or quoted
sentence is its own chunk with its closing mark; a bracket or quoted phrase inside a sentence does
not end it, nor does a "?" or "!" inside a quote or bracket mid-sentence; a ".", "!" or "?" inside a
closing quote that ends the sentence ends the chunk after the quote; a full stop just after a
closing quote or bracket ends the chunk after that full stop. An emoji stays with the sentence it
follows (also after a sentence's full stop, "!" or "?"); one right before ".", "?" or "!" stays in
its sentence; one closing a sentence with no stop ends the chunk; one opening the reply stays with
the sentence after it; one inside a sentence does not end it; a reply may end on an emoji. "?!",
"!?" and "!!" end a sentence; "..." and "…" before a capital end one, "...?"/"…?" end after the "?",
"...!"/"…!" after the "!"; before a lower-case word they do not end it. A dotted time, percentage,
amount-word, amount or date ending a sentence ends it after the final full stop, and one right
before "?" or "!" after that mark; a colon time is never cut. A URL is never cut (nor at a "?"
inside its query string); one right before "?" or "!" ends the chunk after that mark; a bare address
or e-mail ending a sentence before a capital ends the chunk after the full stop. Square brackets
behave as round brackets do; an en dash between two amounts is not a cut. Urdu sentences end at ۔
and ؟, Indic ones at । as well as "."; in a mixed-script reply each sentence ends at its own
script's mark; a dotted Indic form followed by a word, opening a sentence or inside a question does
not end it. Five readings follow from the stated ones and are used here: a phone number is never cut
(its spaces and hyphens are inside it), and one ending a sentence ends the chunk after the full
stop, as an amount there does; a dotted acronym joined by a hyphen to the next word
("S.E.B.I.-registered") is neither cut nor an end, as a short form is never cut; "Rs." before a
number is not an end, as a short form before a number is not; items of a one-line list that end in
";" or "; and" are each a chunk, as items ending in "," or ", and" are; two colon times joined by
"and" are neither cut nor an end, as two joined by "to" are not.

Exercised here (new variations):
1. "where Hav. Gurmeet Rana is" (mid-sentence, before a name) is not an end; a lower-case "rifle
   coy. Your" ends the chunk; "a young Lt. (then just out of the academy) for" is not an end; "Does
   the Hav. need" inside a question is not one; "by the Lt.? Yes" ends after the "?"; "his coy.!
   You" ends after the "!".
2. "B.D.S. interns" opening the reply stays with it; "his M.C.A. He" ends the chunk; "Is a B.D.S.
   degree" inside a question is not an end; "a B.D.S., so" is not one; "his M.C.A.? Mostly" ends
   after the "?"; "the M.C.A.! Slots" ends after the "!".
3. "needs Gtt. Ciprofloxacin," mid-sentence is not an end; "Cap. Amoxicillin" opening a sentence
   stays with it; a lower-case "paracetamol susp. She" ends the chunk; "Should the Gtt. be" inside a
   question is not an end; "the Cap.? Not" ends after the "?"; "the susp. well" is not an end; "the
   Gtt.! Stopping" ends after the "!".
4. "Bldg. 46," "Opp. Gandhi" and "Mkt., on" are not ends (that sentence ends at its own full stop);
   "behind the Mkt. Our" ends the chunk; "the Bldg.? Yes" ends after the "?"; "Which Bldg. entrance"
   inside a question is not an end; "Opp. the fruit stalls" is not one; "inside the Mkt.! Do" ends
   after the "!".
5. "A/c. holders" opening the reply stays with it; a lower-case "in clg. It" ends the chunk; "Your
   Bal. after" is not an end; "in clg. earn" inside a question is not one; "my Bal.? I" ends after
   the "?"; "shared A/c. (with your wife) stays" is not an end; "the A/c.! It" ends after the "!".
6. "The Supdt. of" is not an end; a lower-case "is encl. File" ends the chunk; "Jt. Director Anil
   Khanna" opening a sentence stays with it; "also encl.? Yes" ends after the "?"; "Will the Supdt.
   meet" inside a question is not an end; "to Jt. Director Khanna," is not one; "the Supdt. His"
   ends the chunk.
7. "26 kg. in all," is not an end; "28 ltr. Each" ends the chunk; "68 cm.? Yes" ends after the "?";
   "by the ltr.! Loose" ends after the "!"; "46 kg. as well" inside a question is not an end.
8. "the E.P.F.O. The" ends the chunk; "Does the E.P.F.O. charge" inside a question is not an end; "a
   S.E.B.I.-registered adviser" is neither cut nor an end; "the S.E.B.I., which" is not one; "the
   S.E.B.I.? Then" ends after the "?"; "the E.P.F.O.! Nothing" ends after the "!".
9. "Sh. Vikram Sethi" opening the reply stays with it; "approx. 1,680" is not an end; "Raman Sethi
   Sr. He" ends the chunk; "Will Sh. Sethi" inside a question is not an end; "only approx.? It" ends
   after the "?"; "Raman Sethi Sr., being" is not an end.
10. An amount-word right before "!" ("₹2.68 lakh! The"), a percentage ending a sentence ("6.82%.
    Making"), an amount with "/-" before a comma ("₹8,046/-, and"), "Rs." before a number ("Rs. 280
    per"), an amount with paise ending a sentence ("₹1,266.80. Engraving"), two amounts joined by an
    en dash before a comma ("₹4,608–₹5,280, based"), a bracketed amount inside a question
    ("(₹78,680) by"), an amount in Indian grouping before a lower-case word ("₹3,46,680 includes").
11. A slash date before a comma ("26/11/2080, a"), two colon times joined by "and" ("16:28 and 17:08
    on"), a hyphen date ending a sentence ("14-08-2080. Could"), a dotted date right before "?"
    ("28.10.2080? Only"), a colon time right before "!" ("16:28! Can"), a dotted time right before
    "?" ("5.46? Yes"), a colon time ending the reply ("12:08.").
12. A bare address before a lower-case word is not cut; a www. address with a hyphenated path right
    before "?" ends the chunk after the "?"; an https:// address with a "?" query string before a
    lower-case word is not cut; an e-mail before a comma is not cut; a toll-free number inside a
    bracket mid-sentence is neither cut nor an end; a mobile number with a "+91" prefix and spaces
    ending a sentence ends the chunk after the full stop; an e-mail ending a sentence before a
    capital ends it after the full stop; an http:// address with a path ends the reply.
13. A "!" inside a curly single quote mid-sentence ("‘Collect now!’ in"); a "?" inside a straight
    double quote mid-sentence ("Open door?" before); a bracketed statement as its own chunk ("(The
    code stays valid for two days.)"); a "." inside a closing curly quote ending a sentence ("“Thank
    you.” ["); a square-bracketed question as its own chunk; a full stop just after a closing single
    quote ("‘green locker’. If"); a "?" inside a closing curly quote ending the reply ("“Need
    assistance?”").
14. "!!" ends the first sentence; "…" before "and" does not end one; "..." before "It" does; "…!"
    ends one after the "!"; "...?" ends one after the "?"; "..." before "can" does not; the reply
    ends on "…?".
15. Emoji: the joined 👩‍🌾 opening the reply, 🌧️ (with a presentation selector) right before ".", 🌾
    after "!", ☀️ (with a presentation selector) inside a sentence, the skin-toned 🙏🏾 closing a
    sentence with no stop, 📦 after "?" ending the reply.
16. "‣ " markers on a one-line list after a colon (items ending ";", "; and" and ".") and "➤ "
    markers on a multi-line list after a heading line (items ending "!", no mark, "." and "?"), each
    followed by a plain sentence.
17. Mixed scripts: Tamil holding பி.இ. before a word mid-sentence, English, a Tamil question;
    Bengali opening the reply with এম.এসসি., an English question, Bengali at ।; a Kannada question
    holding ಬಿ.ಕಾಂ. before a word, English, Kannada at "."; Odia at ।, an English "!", Marathi at
    "."; an Urdu question at ؟, English, Punjabi at ।.

"""

from __future__ import annotations

HELD_OUT: list[tuple[str, list[str]]] = [
    # --- everyday replies, English ---
    (
        "The solar panels for your rooftop will be installed on Tuesday by a crew of three. They need access to the terrace from eight in the morning until about four. Your power bill should drop from next month.",
        [
            "The solar panels for your rooftop will be installed on Tuesday by a crew of three. ",
            "They need access to the terrace from eight in the morning until about four. ",
            "Your power bill should drop from next month.",
        ],
    ),
    (
        "Your dog's grooming session is booked for Saturday afternoon at our clinic near the lake. Bring his vaccination card and a leash, since the waiting area is shared. The bath, nail trim and ear cleaning take about an hour and a half.",
        [
            "Your dog's grooming session is booked for Saturday afternoon at our clinic near the lake. ",
            "Bring his vaccination card and a leash, since the waiting area is shared. ",
            "The bath, nail trim and ear cleaning take about an hour and a half.",
        ],
    ),
    (
        "Your laptop's keyboard has been swapped, and the battery now holds a charge for a full working day. You can collect it from the service desk any day after ten. The old keyboard is kept aside in case you want it back.",
        [
            "Your laptop's keyboard has been swapped, and the battery now holds a charge for a full working day. ",
            "You can collect it from the service desk any day after ten. ",
            "The old keyboard is kept aside in case you want it back.",
        ],
    ),
    (
        "Your credit card reward points have been turned into a gift voucher worth two thousand rupees. The voucher code has gone by text to the mobile number on your card. It can be used at any partner store within ninety days.",
        [
            "Your credit card reward points have been turned into a gift voucher worth two thousand rupees. ",
            "The voucher code has gone by text to the mobile number on your card. ",
            "It can be used at any partner store within ninety days.",
        ],
    ),
    (
        "Your waitlisted train ticket to Varanasi is now confirmed in the sleeper class. The berth numbers will appear on the chart four hours before departure. Carry an original photo identity card for the journey.",
        [
            "Your waitlisted train ticket to Varanasi is now confirmed in the sleeper class. ",
            "The berth numbers will appear on the chart four hours before departure. ",
            "Carry an original photo identity card for the journey.",
        ],
    ),
    (
        "Your monthly investment in the balanced fund will be debited on the fifth of every month. The first instalment goes through on Friday this week. You may pause or stop it at any time from the app without a penalty.",
        [
            "Your monthly investment in the balanced fund will be debited on the fifth of every month. ",
            "The first instalment goes through on Friday this week. ",
            "You may pause or stop it at any time from the app without a penalty.",
        ],
    ),
    (
        "Our team will clean and refill your home aquarium on Wednesday after sunset. The fish will be kept in a separate tub while the glass is scrubbed. Please turn the filter off an hour before they arrive.",
        [
            "Our team will clean and refill your home aquarium on Wednesday after sunset. ",
            "The fish will be kept in a separate tub while the glass is scrubbed. ",
            "Please turn the filter off an hour before they arrive.",
        ],
    ),
    (
        "Our tuner comes on Monday to tune the upright piano at your home. The job takes about two hours, and the room should be quiet. He will also look at the pedals, which you said were squeaking.",
        [
            "Our tuner comes on Monday to tune the upright piano at your home. ",
            "The job takes about two hours, and the room should be quiet. ",
            "He will also look at the pedals, which you said were squeaking.",
        ],
    ),
    # --- everyday replies, Hinglish ---
    (
        "Aapke scooter ki servicing ho gayi hai aur brake shoe badal diye gaye hain. Engine oil bhi naya daala gaya. Aap use shaam chhe baje ke baad showroom se le sakte hain.",
        [
            "Aapke scooter ki servicing ho gayi hai aur brake shoe badal diye gaye hain. ",
            "Engine oil bhi naya daala gaya. ",
            "Aap use shaam chhe baje ke baad showroom se le sakte hain.",
        ],
    ),
    (
        "Aapke sofa ki safai ke liye hamari team shukravaar ko aayegi. Safai ke baad sofa ko sookhne mein chaar ghante lagenge. Tab tak us par baithne se bachiye.",
        [
            "Aapke sofa ki safai ke liye hamari team shukravaar ko aayegi. ",
            "Safai ke baad sofa ko sookhne mein chaar ghante lagenge. ",
            "Tab tak us par baithne se bachiye.",
        ],
    ),
    (
        "Aapka tiffin ab roz saade baarah baje tak office aa jayega. Is hafte ke menu mein rajma chawal aur kadhi shaamil hain. Kisi din tiffin na chahiye toh ek din pehle message kar dijiye.",
        [
            "Aapka tiffin ab roz saade baarah baje tak office aa jayega. ",
            "Is hafte ke menu mein rajma chawal aur kadhi shaamil hain. ",
            "Kisi din tiffin na chahiye toh ek din pehle message kar dijiye.",
        ],
    ),
    (
        "Aapke bathroom mein naya geyser lagane ka kaam somvaar ko hoga. Plumber apne saath pipe aur fitting ka saamaan layega. Bijli ka point pehle se tayyar rakhiyega.",
        [
            "Aapke bathroom mein naya geyser lagane ka kaam somvaar ko hoga. ",
            "Plumber apne saath pipe aur fitting ka saamaan layega. ",
            "Bijli ka point pehle se tayyar rakhiyega.",
        ],
    ),
    # --- everyday replies, Hindi ---
    (
        "आपकी बेटी की संगीत परीक्षा का प्रवेश पत्र आ गया है। परीक्षा अगले रविवार सुबह दस बजे शुरू होगी। अपना सितार साथ लेकर आना न भूलें।",
        [
            "आपकी बेटी की संगीत परीक्षा का प्रवेश पत्र आ गया है। ",
            "परीक्षा अगले रविवार सुबह दस बजे शुरू होगी। ",
            "अपना सितार साथ लेकर आना न भूलें।",
        ],
    ),
    (
        "आपके खेत के लिए मधुमक्खी के दस बक्से गुरुवार को पहुँचेंगे। उन्हें सरसों के खेत के किनारे छाँव में रखिए। पहला शहद लगभग छह हफ़्तों में निकाला जा सकेगा।",
        [
            "आपके खेत के लिए मधुमक्खी के दस बक्से गुरुवार को पहुँचेंगे। ",
            "उन्हें सरसों के खेत के किनारे छाँव में रखिए। ",
            "पहला शहद लगभग छह हफ़्तों में निकाला जा सकेगा।",
        ],
    ),
    (
        "आपकी छत की वॉटरप्रूफ़िंग का काम सोमवार से शुरू होगा। इसमें लगभग तीन दिन लगेंगे। इस बीच छत पर कपड़े न सुखाएँ।",
        [
            "आपकी छत की वॉटरप्रूफ़िंग का काम सोमवार से शुरू होगा। ",
            "इसमें लगभग तीन दिन लगेंगे। ",
            "इस बीच छत पर कपड़े न सुखाएँ।",
        ],
    ),
    (
        "आपके नाती के लिए बुना गया ऊनी स्वेटर तैयार है. उसमें लकड़ी के बटन लगाए गए हैं. इसे हल्के गुनगुने पानी में ही धोइए.",
        [
            "आपके नाती के लिए बुना गया ऊनी स्वेटर तैयार है. ",
            "उसमें लकड़ी के बटन लगाए गए हैं. ",
            "इसे हल्के गुनगुने पानी में ही धोइए.",
        ],
    ),
    # --- everyday replies, other Indian languages ---
    (
        "तुमची गणपतीची मूर्ती तयार झाली आहे. ती चतुर्थीच्या आदल्या दिवशी रात्री आमच्या गाडीतून पोहोचवली जाईल. मूर्ती शाडूच्या मातीची असल्याने विसर्जन घरीच करता येईल.",
        [
            "तुमची गणपतीची मूर्ती तयार झाली आहे. ",
            "ती चतुर्थीच्या आदल्या दिवशी रात्री आमच्या गाडीतून पोहोचवली जाईल. ",
            "मूर्ती शाडूच्या मातीची असल्याने विसर्जन घरीच करता येईल.",
        ],
    ),
    (
        "तुमच्या घराच्या रंगकामाला सोमवारपासून सुरुवात होईल. आधी सर्व भिंतींना पुट्टी लावली जाईल. फर्निचर झाकण्यासाठी आम्ही प्लास्टिकचे कापड आणू.",
        [
            "तुमच्या घराच्या रंगकामाला सोमवारपासून सुरुवात होईल. ",
            "आधी सर्व भिंतींना पुट्टी लावली जाईल. ",
            "फर्निचर झाकण्यासाठी आम्ही प्लास्टिकचे कापड आणू.",
        ],
    ),
    (
        "আপনার ছেলের সাঁতারের ক্লাস মঙ্গলবার থেকে শুরু হচ্ছে। প্রতিদিন সকাল সাতটায় পুলে পৌঁছে যেতে হবে। সাঁতারের পোশাক আর তোয়ালে সঙ্গে আনবেন।",
        [
            "আপনার ছেলের সাঁতারের ক্লাস মঙ্গলবার থেকে শুরু হচ্ছে। ",
            "প্রতিদিন সকাল সাতটায় পুলে পৌঁছে যেতে হবে। ",
            "সাঁতারের পোশাক আর তোয়ালে সঙ্গে আনবেন।",
        ],
    ),
    (
        "ছাদের বাগানের জন্য আপনার চাওয়া মাটির টবগুলো শুক্রবার পৌঁছাবে। সঙ্গে জৈব সারের দুটো বস্তাও থাকবে। টবগুলো ভারী, তাই নামানোর সময় সাবধানে ধরবেন।",
        [
            "ছাদের বাগানের জন্য আপনার চাওয়া মাটির টবগুলো শুক্রবার পৌঁছাবে। ",
            "সঙ্গে জৈব সারের দুটো বস্তাও থাকবে। ",
            "টবগুলো ভারী, তাই নামানোর সময় সাবধানে ধরবেন।",
        ],
    ),
    (
        "பொங்கலுக்கு நீங்கள் கேட்ட மண் பானைகள் தயாராக உள்ளன. அவற்றை செவ்வாய்க்கிழமை வீட்டுக்கு அனுப்புவோம். முதல் முறை பயன்படுத்தும் முன் பானையை நீரில் ஊற வையுங்கள்.",
        [
            "பொங்கலுக்கு நீங்கள் கேட்ட மண் பானைகள் தயாராக உள்ளன. ",
            "அவற்றை செவ்வாய்க்கிழமை வீட்டுக்கு அனுப்புவோம். ",
            "முதல் முறை பயன்படுத்தும் முன் பானையை நீரில் ஊற வையுங்கள்.",
        ],
    ),
    (
        "உங்கள் தோப்பில் தேங்காய் பறிக்க ஆட்கள் சனிக்கிழமை காலை வருவார்கள். மரங்களுக்குக் கீழே எதையும் வைக்காதீர்கள். பறித்த காய்களை அவர்களே எண்ணிக் கொடுப்பார்கள்.",
        [
            "உங்கள் தோப்பில் தேங்காய் பறிக்க ஆட்கள் சனிக்கிழமை காலை வருவார்கள். ",
            "மரங்களுக்குக் கீழே எதையும் வைக்காதீர்கள். ",
            "பறித்த காய்களை அவர்களே எண்ணிக் கொடுப்பார்கள்.",
        ],
    ),
    (
        "మీ పెళ్లి విందుకు వంటవాళ్లు ఖరారయ్యారు. వారు ముందు రోజు రాత్రే సామాన్లతో వస్తారు. వడ్డించడానికి అదనపు మనుషులు కూడా వస్తారు.",
        [
            "మీ పెళ్లి విందుకు వంటవాళ్లు ఖరారయ్యారు. ",
            "వారు ముందు రోజు రాత్రే సామాన్లతో వస్తారు. ",
            "వడ్డించడానికి అదనపు మనుషులు కూడా వస్తారు.",
        ],
    ),
    (
        "మీ కారుకు కొత్త బ్యాటరీ అమర్చడం పూర్తయింది. దానికి మూడేళ్ల వారంటీ ఉంది. పాత బ్యాటరీకి ఇచ్చిన తగ్గింపు బిల్లులో కనిపిస్తుంది.",
        [
            "మీ కారుకు కొత్త బ్యాటరీ అమర్చడం పూర్తయింది. ",
            "దానికి మూడేళ్ల వారంటీ ఉంది. ",
            "పాత బ్యాటరీకి ఇచ్చిన తగ్గింపు బిల్లులో కనిపిస్తుంది.",
        ],
    ),
    (
        "ઉત્તરાયણ માટે તમે મંગાવેલા પતંગ અને દોરી તૈયાર છે. બુધવારે સાંજ સુધીમાં પાર્સલ મળી જશે. દોરી કાચ વગરની છે, એટલે પક્ષીઓ માટે સલામત છે.",
        [
            "ઉત્તરાયણ માટે તમે મંગાવેલા પતંગ અને દોરી તૈયાર છે. ",
            "બુધવારે સાંજ સુધીમાં પાર્સલ મળી જશે. ",
            "દોરી કાચ વગરની છે, એટલે પક્ષીઓ માટે સલામત છે.",
        ],
    ),
    (
        "તમારાં નવાં સ્ટીલનાં વાસણો પર નામ કોતરવાનું કામ થઈ ગયું છે. દરેક વાસણ પર તમારા દીકરાનું નામ લખ્યું છે. કાલે બપોરે દુકાને આવીને લઈ જજો.",
        [
            "તમારાં નવાં સ્ટીલનાં વાસણો પર નામ કોતરવાનું કામ થઈ ગયું છે. ",
            "દરેક વાસણ પર તમારા દીકરાનું નામ લખ્યું છે. ",
            "કાલે બપોરે દુકાને આવીને લઈ જજો.",
        ],
    ),
    (
        "ದಸರಾ ಗೊಂಬೆಗಳ ನಿಮ್ಮ ಆರ್ಡರ್ ಸಿದ್ಧವಾಗಿದೆ. ಪ್ರತಿ ಗೊಂಬೆಯನ್ನು ಹತ್ತಿಯಲ್ಲಿ ಸುತ್ತಿ ಪೆಟ್ಟಿಗೆಯಲ್ಲಿ ಇಡಲಾಗಿದೆ. ಗುರುವಾರ ಸಂಜೆ ಅವು ನಿಮ್ಮ ಮನೆ ತಲುಪುತ್ತವೆ.",
        [
            "ದಸರಾ ಗೊಂಬೆಗಳ ನಿಮ್ಮ ಆರ್ಡರ್ ಸಿದ್ಧವಾಗಿದೆ. ",
            "ಪ್ರತಿ ಗೊಂಬೆಯನ್ನು ಹತ್ತಿಯಲ್ಲಿ ಸುತ್ತಿ ಪೆಟ್ಟಿಗೆಯಲ್ಲಿ ಇಡಲಾಗಿದೆ. ",
            "ಗುರುವಾರ ಸಂಜೆ ಅವು ನಿಮ್ಮ ಮನೆ ತಲುಪುತ್ತವೆ.",
        ],
    ),
    (
        "ಅಡಿಕೆ ತೋಟಕ್ಕೆ ಔಷಧಿ ಸಿಂಪಡಣೆಯನ್ನು ಸೋಮವಾರ ಮಾಡಲಾಗುತ್ತದೆ. ಆ ದಿನ ಮಕ್ಕಳನ್ನು ತೋಟದ ಹತ್ತಿರ ಕಳುಹಿಸಬಾರದು. ಸಿಂಪಡಣೆ ಮುಗಿದ ಮೇಲೆ ಎರಡು ದಿನ ಕೊಯ್ಲು ಮಾಡಬಾರದು.",
        [
            "ಅಡಿಕೆ ತೋಟಕ್ಕೆ ಔಷಧಿ ಸಿಂಪಡಣೆಯನ್ನು ಸೋಮವಾರ ಮಾಡಲಾಗುತ್ತದೆ. ",
            "ಆ ದಿನ ಮಕ್ಕಳನ್ನು ತೋಟದ ಹತ್ತಿರ ಕಳುಹಿಸಬಾರದು. ",
            "ಸಿಂಪಡಣೆ ಮುಗಿದ ಮೇಲೆ ಎರಡು ದಿನ ಕೊಯ್ಲು ಮಾಡಬಾರದು.",
        ],
    ),
    (
        "വീട്ടിലെ കിണർ വൃത്തിയാക്കാൻ ജോലിക്കാർ ബുധനാഴ്ച രാവിലെ എത്തും. അന്ന് മോട്ടോർ പ്രവർത്തിപ്പിക്കരുത്. വൈകുന്നേരത്തോടെ വെള്ളം വീണ്ടും ഉപയോഗിക്കാം.",
        [
            "വീട്ടിലെ കിണർ വൃത്തിയാക്കാൻ ജോലിക്കാർ ബുധനാഴ്ച രാവിലെ എത്തും. ",
            "അന്ന് മോട്ടോർ പ്രവർത്തിപ്പിക്കരുത്. ",
            "വൈകുന്നേരത്തോടെ വെള്ളം വീണ്ടും ഉപയോഗിക്കാം.",
        ],
    ),
    (
        "റബ്ബർ ടാപ്പിങ്ങിനായി പുതിയ തൊഴിലാളിയെ ഏർപ്പാടാക്കിയിട്ടുണ്ട്. അദ്ദേഹം തിങ്കളാഴ്ച പുലർച്ചെ ജോലി തുടങ്ങും. ഷീറ്റ് ഉണക്കാനുള്ള പുര ഒന്ന് വൃത്തിയാക്കി വയ്ക്കണം.",
        [
            "റബ്ബർ ടാപ്പിങ്ങിനായി പുതിയ തൊഴിലാളിയെ ഏർപ്പാടാക്കിയിട്ടുണ്ട്. ",
            "അദ്ദേഹം തിങ്കളാഴ്ച പുലർച്ചെ ജോലി തുടങ്ങും. ",
            "ഷീറ്റ് ഉണക്കാനുള്ള പുര ഒന്ന് വൃത്തിയാക്കി വയ്ക്കണം.",
        ],
    ),
    (
        "ਗੁਰਪੁਰਬ ਦੇ ਲੰਗਰ ਲਈ ਤੁਹਾਡੇ ਮੰਗੇ ਵੱਡੇ ਪਤੀਲੇ ਤੇ ਕੜਾਹੇ ਤਿਆਰ ਹਨ। ਅਸੀਂ ਉਹਨਾਂ ਨੂੰ ਸ਼ੁੱਕਰਵਾਰ ਸ਼ਾਮ ਨੂੰ ਗੁਰਦੁਆਰੇ ਪਹੁੰਚਾ ਦੇਵਾਂਗੇ। ਭਾਂਡੇ ਵਾਪਸ ਕਰਨ ਦੀ ਕੋਈ ਕਾਹਲੀ ਨਹੀਂ।",
        [
            "ਗੁਰਪੁਰਬ ਦੇ ਲੰਗਰ ਲਈ ਤੁਹਾਡੇ ਮੰਗੇ ਵੱਡੇ ਪਤੀਲੇ ਤੇ ਕੜਾਹੇ ਤਿਆਰ ਹਨ। ",
            "ਅਸੀਂ ਉਹਨਾਂ ਨੂੰ ਸ਼ੁੱਕਰਵਾਰ ਸ਼ਾਮ ਨੂੰ ਗੁਰਦੁਆਰੇ ਪਹੁੰਚਾ ਦੇਵਾਂਗੇ। ",
            "ਭਾਂਡੇ ਵਾਪਸ ਕਰਨ ਦੀ ਕੋਈ ਕਾਹਲੀ ਨਹੀਂ।",
        ],
    ),
    (
        "ਤੁਹਾਡੇ ਪੁੱਤਰ ਲਈ ਬਣਵਾਈਆਂ ਜੁੱਤੀਆਂ ਤਿਆਰ ਹਨ। ਪਹਿਲੇ ਕੁਝ ਦਿਨ ਇਹ ਥੋੜ੍ਹੀਆਂ ਤੰਗ ਲੱਗ ਸਕਦੀਆਂ ਹਨ। ਇਹਨਾਂ ਨੂੰ ਮੀਂਹ ਵਿੱਚ ਨਾ ਪਾਉਣਾ।",
        [
            "ਤੁਹਾਡੇ ਪੁੱਤਰ ਲਈ ਬਣਵਾਈਆਂ ਜੁੱਤੀਆਂ ਤਿਆਰ ਹਨ। ",
            "ਪਹਿਲੇ ਕੁਝ ਦਿਨ ਇਹ ਥੋੜ੍ਹੀਆਂ ਤੰਗ ਲੱਗ ਸਕਦੀਆਂ ਹਨ। ",
            "ਇਹਨਾਂ ਨੂੰ ਮੀਂਹ ਵਿੱਚ ਨਾ ਪਾਉਣਾ।",
        ],
    ),
    (
        "ଝିଅର ନାଚ ଶିକ୍ଷା ସୋମବାରଠାରୁ ଆରମ୍ଭ ହେବ। କ୍ଲାସ ସନ୍ଧ୍ୟା ପାଞ୍ଚଟାରେ ହେବ। ଢିଲା ପୋଷାକ ପିନ୍ଧି ଆସିବ।",
        [
            "ଝିଅର ନାଚ ଶିକ୍ଷା ସୋମବାରଠାରୁ ଆରମ୍ଭ ହେବ। ",
            "କ୍ଲାସ ସନ୍ଧ୍ୟା ପାଞ୍ଚଟାରେ ହେବ। ",
            "ଢିଲା ପୋଷାକ ପିନ୍ଧି ଆସିବ।",
        ],
    ),
    (
        "ଘରର ଛାତ ମରାମତି କାମ ବୁଧବାର ଦିନ ହେବ। ମିସ୍ତ୍ରୀମାନେ ସକାଳ ସାତଟାରେ ପହଞ୍ଚିବେ। ସେଦିନ ପିଲାଙ୍କୁ ଛାତକୁ ଯିବାକୁ ଦିଅନ୍ତୁ ନାହିଁ।",
        [
            "ଘରର ଛାତ ମରାମତି କାମ ବୁଧବାର ଦିନ ହେବ। ",
            "ମିସ୍ତ୍ରୀମାନେ ସକାଳ ସାତଟାରେ ପହଞ୍ଚିବେ। ",
            "ସେଦିନ ପିଲାଙ୍କୁ ଛାତକୁ ଯିବାକୁ ଦିଅନ୍ତୁ ନାହିଁ।",
        ],
    ),
    (
        "বিয়াৰ বাবে ঢুলীয়াৰ দলটো ঠিক কৰা হৈছে। তেওঁলোক দুপৰীয়া তিনি বজাত উপস্থিত থাকিব। সিহঁতৰ বাবে জলপানৰ ব্যৱস্থা কৰি ৰাখিব।",
        [
            "বিয়াৰ বাবে ঢুলীয়াৰ দলটো ঠিক কৰা হৈছে। ",
            "তেওঁলোক দুপৰীয়া তিনি বজাত উপস্থিত থাকিব। ",
            "সিহঁতৰ বাবে জলপানৰ ব্যৱস্থা কৰি ৰাখিব।",
        ],
    ),
    (
        "বাৰীৰ চাৰিওফালে বাঁহৰ বেৰা সজা শেষ হৈছে। নতুন দুৱাৰখনত তলা লগোৱা হৈছে। চাবি দুটা কাইলৈ আপোনাক দিয়া হ'ব।",
        [
            "বাৰীৰ চাৰিওফালে বাঁহৰ বেৰা সজা শেষ হৈছে। ",
            "নতুন দুৱাৰখনত তলা লগোৱা হৈছে। ",
            "চাবি দুটা কাইলৈ আপোনাক দিয়া হ'ব।",
        ],
    ),
    (
        "سردیوں کے لیے آپ کے لحاف میں نئی روئی بھر دی گئی ہے۔ اس پر نیا غلاف بھی چڑھایا گیا ہے۔ آپ اسے جمعرات کی شام دکان سے لے سکتے ہیں۔",
        [
            "سردیوں کے لیے آپ کے لحاف میں نئی روئی بھر دی گئی ہے۔ ",
            "اس پر نیا غلاف بھی چڑھایا گیا ہے۔ ",
            "آپ اسے جمعرات کی شام دکان سے لے سکتے ہیں۔",
        ],
    ),
    (
        "آپ کی بیٹی کی شادی کے لیے بریانی کی دیگیں بک ہو گئی ہیں۔ باورچی صبح دس بجے سے پکانا شروع کریں گے۔ برتن اور چولہے ہم اپنے ساتھ لائیں گے۔",
        [
            "آپ کی بیٹی کی شادی کے لیے بریانی کی دیگیں بک ہو گئی ہیں۔ ",
            "باورچی صبح دس بجے سے پکانا شروع کریں گے۔ ",
            "برتن اور چولہے ہم اپنے ساتھ لائیں گے۔",
        ],
    ),
    # --- service forms: Hav. before a name mid-sentence, a lower-case coy. ending a sentence before "Your", Lt. before a lower-case bracketed phrase, Hav. inside a question, Lt. right before "?", coy. right before "!" ---
    (
        "Your request for copies of your late grandpa's service medals has arrived at the record office, where Hav. Gurmeet Rana is handling it. He has traced the old roll of the rifle coy. Your grandpa served in it under a young Lt. (then just out of the academy) for a decade. Does the Hav. need his discharge book as well? Only a photocopy, mailed to him. Was the citation for the medal signed by the Lt.? Yes, and it names every man of his coy.! You should get the copies before the winter is over.",
        [
            "Your request for copies of your late grandpa's service medals has arrived at the record office, where Hav. Gurmeet Rana is handling it. ",
            "He has traced the old roll of the rifle coy. ",
            "Your grandpa served in it under a young Lt. (then just out of the academy) for a decade. ",
            "Does the Hav. need his discharge book as well? ",
            "Only a photocopy, mailed to him. ",
            "Was the citation for the medal signed by the Lt.? ",
            "Yes, and it names every man of his coy.! ",
            "You should get the copies before the winter is over.",
        ],
    ),
    # --- degrees: B.D.S. opening the reply before a lower-case word, M.C.A. ending a sentence before "He", B.D.S. inside a question, B.D.S. before a comma, M.C.A. right before "?", M.C.A. right before "!" ---
    (
        "B.D.S. interns from the dental college will run a free check-up camp at your housing society on Sunday. Your cousin's son, who volunteers with us, has just finished his M.C.A. He made the online booking form for the camp. Is a B.D.S. degree enough to fill a cavity? It is, and every intern there holds a B.D.S., so your family will be well looked after. Did he learn to write such forms during his M.C.A.? Mostly, yes, plus some practice of his own. We are proud of him for clearing the M.C.A.! Slots open for booking at noon.",
        [
            "B.D.S. interns from the dental college will run a free check-up camp at your housing society on Sunday. ",
            "Your cousin's son, who volunteers with us, has just finished his M.C.A. ",
            "He made the online booking form for the camp. ",
            "Is a B.D.S. degree enough to fill a cavity? ",
            "It is, and every intern there holds a B.D.S., so your family will be well looked after. ",
            "Did he learn to write such forms during his M.C.A.? ",
            "Mostly, yes, plus some practice of his own. ",
            "We are proud of him for clearing the M.C.A.! ",
            "Slots open for booking at noon.",
        ],
    ),
    # --- prescription forms: Gtt. before a capitalised drug name mid-sentence, Cap. opening a sentence before a drug name, a lower-case susp. ending a sentence before "She", Gtt. inside a question, Cap. right before "?", susp. before a lower-case word, Gtt. right before "!" ---
    (
        "Your little girl's ear infection needs Gtt. Ciprofloxacin, three drops in the left ear twice a day. Cap. Amoxicillin is to be taken after the morning and night meals for five days. For the fever, use the paracetamol susp. She may have it again after six hours if the fever comes back. Should the Gtt. be warmed first? Just hold the bottle in your palm for a minute. Is she too young to swallow the Cap.? Not at all, but you may open it and mix the powder in curd. Shake the susp. well before every dose. And do finish the whole course of the Gtt.! Stopping early may bring the pain back.",
        [
            "Your little girl's ear infection needs Gtt. Ciprofloxacin, three drops in the left ear twice a day. ",
            "Cap. Amoxicillin is to be taken after the morning and night meals for five days. ",
            "For the fever, use the paracetamol susp. ",
            "She may have it again after six hours if the fever comes back. ",
            "Should the Gtt. be warmed first? ",
            "Just hold the bottle in your palm for a minute. ",
            "Is she too young to swallow the Cap.? ",
            "Not at all, but you may open it and mix the powder in curd. ",
            "Shake the susp. well before every dose. ",
            "And do finish the whole course of the Gtt.! ",
            "Stopping early may bring the pain back.",
        ],
    ),
    # --- address forms: Bldg. before a number, Opp. before a capitalised word, Mkt. before a comma, Mkt. ending a sentence before "Our", Bldg. right before "?", Bldg. inside a question, Opp. before a lower-case word, Mkt. right before "!" ---
    (
        "Our sweet shop's new branch opens on Friday in Bldg. 46, Opp. Gandhi Mkt., on the lowest floor. Enter from the lane that runs behind the Mkt. Our old counter near the temple will shut the same day. Is there a sign outside the Bldg.? Yes, a large green board with our name. Which Bldg. entrance has the lift? The one Opp. the fruit stalls, next to the medical store. Two-wheelers may be parked at no cost inside the Mkt.! Do drop by for a free box of pedas.",
        [
            "Our sweet shop's new branch opens on Friday in Bldg. 46, Opp. Gandhi Mkt., on the lowest floor. ",
            "Enter from the lane that runs behind the Mkt. ",
            "Our old counter near the temple will shut the same day. ",
            "Is there a sign outside the Bldg.? ",
            "Yes, a large green board with our name. ",
            "Which Bldg. entrance has the lift? ",
            "The one Opp. the fruit stalls, next to the medical store. ",
            "Two-wheelers may be parked at no cost inside the Mkt.! ",
            "Do drop by for a free box of pedas.",
        ],
    ),
    # --- banking forms: A/c. opening the reply, a lower-case clg. ending a sentence before "It", Bal. before a lower-case word, clg. inside a question, Bal. right before "?", A/c. before a lower-case bracketed phrase, A/c. right before "!" ---
    (
        "A/c. holders at our branch can now hear cheque status on the phone banking line. The cheque you deposited on Thursday is now in clg. It should clear by tomorrow noon. Your Bal. after that will cover the rent with room to spare. Do cheques in clg. earn any interest? No, only once the money is credited. What is my Bal.? I will send it by text, since we do not read it out on calls. Your shared A/c. (with your wife) stays as it is. Please also add a nominee to the A/c.! It takes two minutes at the counter.",
        [
            "A/c. holders at our branch can now hear cheque status on the phone banking line. ",
            "The cheque you deposited on Thursday is now in clg. ",
            "It should clear by tomorrow noon. ",
            "Your Bal. after that will cover the rent with room to spare. ",
            "Do cheques in clg. earn any interest? ",
            "No, only once the money is credited. ",
            "What is my Bal.? ",
            "I will send it by text, since we do not read it out on calls. ",
            "Your shared A/c. (with your wife) stays as it is. ",
            "Please also add a nominee to the A/c.! ",
            "It takes two minutes at the counter.",
        ],
    ),
    # --- officialese: Supdt. before a lower-case word, a lower-case encl. ending a sentence before "Please", Jt. opening a sentence before a capitalised word, encl. right before "?", Supdt. inside a question, Supdt. ending a sentence before "His" ---
    (
        "The Supdt. of the land records office has checked the map you mailed. A copy of the mutation order is encl. File it along with your sale deed. Jt. Director Anil Khanna will sign the final order next week. Was the tax receipt also encl.? Yes, on the second page. Will the Supdt. meet me in person? He can, on Wednesday, but send your written reply to Jt. Director Khanna, not to the Supdt. His desk handles only site visits.",
        [
            "The Supdt. of the land records office has checked the map you mailed. ",
            "A copy of the mutation order is encl. ",
            "File it along with your sale deed. ",
            "Jt. Director Anil Khanna will sign the final order next week. ",
            "Was the tax receipt also encl.? ",
            "Yes, on the second page. ",
            "Will the Supdt. meet me in person? ",
            "He can, on Wednesday, but send your written reply to Jt. Director Khanna, not to the Supdt. ",
            "His desk handles only site visits.",
        ],
    ),
    # --- units: kg. before a lower-case word between commas, ltr. ending a sentence before "Each", cm. right before "?", ltr. right before "!", kg. inside a question before a lower-case word ---
    (
        "Your rice order, 26 kg. in all, leaves our mill within the hour. The mustard oil follows in a tin of 28 ltr. Each tin has a sealed cap and a spout. Did you ask for the steel drum to be 68 cm.? Yes, so it fits under your kitchen counter. We sell oil only by the ltr.! Loose sales by weight are not allowed. Should the next sack weigh 46 kg. as well? Yes, please keep it the same.",
        [
            "Your rice order, 26 kg. in all, leaves our mill within the hour. ",
            "The mustard oil follows in a tin of 28 ltr. ",
            "Each tin has a sealed cap and a spout. ",
            "Did you ask for the steel drum to be 68 cm.? ",
            "Yes, so it fits under your kitchen counter. ",
            "We sell oil only by the ltr.! ",
            "Loose sales by weight are not allowed. ",
            "Should the next sack weigh 46 kg. as well? ",
            "Yes, please keep it the same.",
        ],
    ),
    # --- dotted acronyms: E.P.F.O. ending a sentence before "The", E.P.F.O. inside a question, S.E.B.I. before a hyphen, S.E.B.I. before a comma, S.E.B.I. right before "?", E.P.F.O. right before "!" ---
    (
        "Your provident fund transfer was cleared by the E.P.F.O. The money should land in your new employer's trust within a week. Does the E.P.F.O. charge anything for this? No, the service is free. For your mutual funds, please speak to a S.E.B.I.-registered adviser, who must disclose every fee. Grievances against brokers go to the S.E.B.I., which replies within a month. Have you lodged one with the S.E.B.I.? Then share its number, and we will follow up too. The pension part remains with the E.P.F.O.! Nothing else changes for you.",
        [
            "Your provident fund transfer was cleared by the E.P.F.O. ",
            "The money should land in your new employer's trust within a week. ",
            "Does the E.P.F.O. charge anything for this? ",
            "No, the service is free. ",
            "For your mutual funds, please speak to a S.E.B.I.-registered adviser, who must disclose every fee. ",
            "Grievances against brokers go to the S.E.B.I., which replies within a month. ",
            "Have you lodged one with the S.E.B.I.? ",
            "Then share its number, and we will follow up too. ",
            "The pension part remains with the E.P.F.O.! ",
            "Nothing else changes for you.",
        ],
    ),
    # --- short forms of ordinary prose: Sh. opening the reply before a name, approx. before a number, Sr. ending a sentence before "He", Sh. inside a question, approx. right before "?", Sr. before a comma ---
    (
        "Sh. Vikram Sethi, the architect of your new house, has sent the revised floor plan. The built-up area now comes to approx. 1,680 square feet. The site will be inspected on Monday by his father, Raman Sethi Sr. He has forty years of practice behind him. Will Sh. Sethi also check the plumbing plan? Yes, and the wiring too. Is the cost in the plan only approx.? It is, and the final figure comes after the soil test, which Raman Sethi Sr., being the senior partner, will sign off.",
        [
            "Sh. Vikram Sethi, the architect of your new house, has sent the revised floor plan. ",
            "The built-up area now comes to approx. 1,680 square feet. ",
            "The site will be inspected on Monday by his father, Raman Sethi Sr. ",
            "He has forty years of practice behind him. ",
            "Will Sh. Sethi also check the plumbing plan? ",
            "Yes, and the wiring too. ",
            "Is the cost in the plan only approx.? ",
            "It is, and the final figure comes after the soil test, which Raman Sethi Sr., being the senior partner, will sign off.",
        ],
    ),
    # --- amounts: an amount-word right before "!", a percentage ending a sentence, an amount with "/-" before a comma, "Rs." before a number mid-sentence, an amount with paise ending a sentence, two amounts joined by an en dash, a bracketed amount inside a question, an amount in Indian grouping before a lower-case word ---
    (
        "Good news, your old gold bangles have been valued at ₹2.68 lakh! The exchange deduction on them is only 6.82%. Making charges for the new necklace come to ₹8,046/-, and hallmarking adds Rs. 280 per piece. The stone setting adds ₹1,266.80. Engraving a name costs ₹4,608–₹5,280, based on the length of the name. Shall we take the balance (₹78,680) by card? The full price of ₹3,46,680 includes the gift box and a velvet bag.",
        [
            "Good news, your old gold bangles have been valued at ₹2.68 lakh! ",
            "The exchange deduction on them is only 6.82%. ",
            "Making charges for the new necklace come to ₹8,046/-, and hallmarking adds Rs. 280 per piece. ",
            "The stone setting adds ₹1,266.80. ",
            "Engraving a name costs ₹4,608–₹5,280, based on the length of the name. ",
            "Shall we take the balance (₹78,680) by card? ",
            "The full price of ₹3,46,680 includes the gift box and a velvet bag.",
        ],
    ),
    # --- dates and times: a slash date before a comma, two colon times joined by "and", a hyphen date ending a sentence, a dotted date right before "?", a colon time right before "!", a dotted time right before "?", a colon time ending the reply ---
    (
        "Your granddaughter's kathak recital is fixed for 26/11/2080, a Sunday. Rehearsals run between 16:28 and 17:08 on weekdays. The last rehearsal in costume is on 14-08-2080. Could she skip the one on 28.10.2080? Only with a note from you, since attendance is taken at 16:28! Can parents come in at 5.46? Yes, and the photographer starts taking pictures from 12:08.",
        [
            "Your granddaughter's kathak recital is fixed for 26/11/2080, a Sunday. ",
            "Rehearsals run between 16:28 and 17:08 on weekdays. ",
            "The last rehearsal in costume is on 14-08-2080. ",
            "Could she skip the one on 28.10.2080? ",
            "Only with a note from you, since attendance is taken at 16:28! ",
            "Can parents come in at 5.46? ",
            "Yes, and the photographer starts taking pictures from 12:08.",
        ],
    ),
    # --- URLs, e-mail and phone numbers: a bare address before a lower-case word, a www. address right before "?", an https:// address with a query string before a lower-case word, an e-mail before a comma, a phone number inside a bracket mid-sentence, a phone number ending a sentence, an e-mail ending a sentence before a capital, an http:// address ending the reply ---
    (
        "Our handloom kurtas are sold only on khadi-charkha.in and at our weaving shed. Have you checked www.khadi-charkha.in/fit-guide? Washing notes sit at https://khadi-charkha.in/upkeep?bhasha=hi for each item, in Hindi too. Send exchange requests to looms@khadi-charkha.in, with a clear shot of the tag. Our toll-free line (1800-266-0828) works on all days except Sunday. For large purchases, call our manager on +91 98266 80468. Shops that stock our cloth may write to weave@khadi-charkha.in. All our prices are listed at http://khadi-charkha.in/catalogue.",
        [
            "Our handloom kurtas are sold only on khadi-charkha.in and at our weaving shed. ",
            "Have you checked www.khadi-charkha.in/fit-guide? ",
            "Washing notes sit at https://khadi-charkha.in/upkeep?bhasha=hi for each item, in Hindi too. ",
            "Send exchange requests to looms@khadi-charkha.in, with a clear shot of the tag. ",
            "Our toll-free line (1800-266-0828) works on all days except Sunday. ",
            "For large purchases, call our manager on +91 98266 80468. ",
            "Shops that stock our cloth may write to weave@khadi-charkha.in. ",
            "All our prices are listed at http://khadi-charkha.in/catalogue.",
        ],
    ),
    # --- quotes and brackets: a "!" inside a single quote mid-sentence, a "?" inside a straight double quote mid-sentence, a bracketed statement as its own chunk, a "." inside a closing curly quote ending a sentence, a square-bracketed question as its own chunk, a full stop just after a closing single quote, a quoted question ending the reply ---
    (
        'When your parcel is placed in the locker in your society\'s lobby, the screen shows ‘Collect now!’ in large type. Type your code, and the door asks "Open door?" before it unlocks. (The code stays valid for two days.) Once you shut the door, a voice says “Thank you.” [Did you get the code by text?] Our staff call this the ‘green locker’. If the screen freezes, just press the key marked “Need assistance?”',
        [
            "When your parcel is placed in the locker in your society's lobby, the screen shows ‘Collect now!’ in large type. ",
            'Type your code, and the door asks "Open door?" before it unlocks. ',
            "(The code stays valid for two days.) ",
            "Once you shut the door, a voice says “Thank you.” ",
            "[Did you get the code by text?] ",
            "Our staff call this the ‘green locker’. ",
            "If the screen freezes, just press the key marked “Need assistance?”",
        ],
    ),
    # --- ellipses: "!!" (an end); "…" before a lower-case word (not an end); "..." before a capital (an end); "…!" (an end after the "!"); "...?" (an end after the "?"); "..." before a lower-case word (not an end); the reply ends on "…?" ---
    (
        "The repair of your gas geyser failed again!! We truly regret this… and we know how cold the mornings are. Our technician has ordered a new igniter... It should arrive by Thursday…! Would an early morning visit work for you...? Until then, the rod heater we lent you... can stay with you at no charge. Shall we also waive this month's service fee…?",
        [
            "The repair of your gas geyser failed again!! ",
            "We truly regret this… and we know how cold the mornings are. ",
            "Our technician has ordered a new igniter... ",
            "It should arrive by Thursday…! ",
            "Would an early morning visit work for you...? ",
            "Until then, the rod heater we lent you... can stay with you at no charge. ",
            "Shall we also waive this month's service fee…?",
        ],
    ),
    # --- emoji: a ZWJ sequence opening the reply, one with a presentation selector right before ".", one after "!", another with a presentation selector inside a sentence, a skin-toned one closing a sentence with no stop, one after "?" ending the reply ---
    (
        "👩‍🌾 Your kit of bajra seeds has been boxed and sealed. Sowing can begin once the first rains arrive 🌧️. We hope you get a rich harvest this season! 🌾 Our field officer will call on Monday ☀️ to check your soil report. Thank you for trusting us 🙏🏾 Shall we dispatch the kit tomorrow? 📦",
        [
            "👩‍🌾 Your kit of bajra seeds has been boxed and sealed. ",
            "Sowing can begin once the first rains arrive 🌧️. ",
            "We hope you get a rich harvest this season! 🌾 ",
            "Our field officer will call on Monday ☀️ to check your soil report. ",
            "Thank you for trusting us 🙏🏾 ",
            "Shall we dispatch the kit tomorrow? 📦",
        ],
    ),
    # --- one-line list with "‣ " markers after a colon, items ending in ";", "; and" and "." ---
    (
        "For the home visit, please keep these ready: ‣ the old gas connection book; ‣ a copy of your electricity bill; and ‣ your identity card with a photo. Our agent will bring the new form.",
        [
            "For the home visit, please keep these ready: ",
            "‣ the old gas connection book; ",
            "‣ a copy of your electricity bill; and ",
            "‣ your identity card with a photo. ",
            "Our agent will bring the new form.",
        ],
    ),
    # --- multi-line list with "➤ " markers after a heading line ending in a colon, items ending with "!", no mark, "." and "?" ---
    (
        "To get your godown ready for the pest control spray:\n➤ Cover every sack of grain!\n➤ Keep the cattle tied well away\n➤ Open all the windows on the east side.\n➤ Have you moved the seed packets out?\nThe spray dries within half a day.",
        [
            "To get your godown ready for the pest control spray:\n",
            "➤ Cover every sack of grain!\n",
            "➤ Keep the cattle tied well away\n",
            "➤ Open all the windows on the east side.\n",
            "➤ Have you moved the seed packets out?\n",
            "The spray dries within half a day.",
        ],
    ),
    # --- mixed scripts: Tamil with பி.இ. followed by a word mid-sentence, an English sentence, then a Tamil question ---
    (
        "உங்கள் மகளின் பி.இ. இறுதித் தேர்வு அட்டவணை வெளியாகியுள்ளது. The first paper is on a Monday. அவருக்கு விடுதியில் அறை வேண்டுமா?",
        [
            "உங்கள் மகளின் பி.இ. இறுதித் தேர்வு அட்டவணை வெளியாகியுள்ளது. ",
            "The first paper is on a Monday. ",
            "அவருக்கு விடுதியில் அறை வேண்டுமா?",
        ],
    ),
    # --- mixed scripts: Bengali opening the reply with এম.এসসি., an English question, then Bengali at । ---
    (
        "এম.এসসি. ভর্তির মেধা তালিকা কাল দুপুরে বেরোবে। Has your nephew filled in his choice of subjects? ফলাফল আমরা ফোনে জানিয়ে দেব।",
        [
            "এম.এসসি. ভর্তির মেধা তালিকা কাল দুপুরে বেরোবে। ",
            "Has your nephew filled in his choice of subjects? ",
            "ফলাফল আমরা ফোনে জানিয়ে দেব।",
        ],
    ),
    # --- mixed scripts: a Kannada question holding ಬಿ.ಕಾಂ. before a word, an English sentence, then Kannada at "." ---
    (
        "ನಿಮ್ಮ ಸೊಸೆ ಬಿ.ಕಾಂ. ಪದವಿಯ ನಂತರ ಲೆಕ್ಕಪತ್ರ ತರಬೇತಿಗೆ ಸೇರಲು ಬಯಸುತ್ತಾರೆಯೇ? The next batch starts in the first week of spring. ಶುಲ್ಕವನ್ನು ಎರಡು ಕಂತುಗಳಲ್ಲಿ ಕಟ್ಟಬಹುದು.",
        [
            "ನಿಮ್ಮ ಸೊಸೆ ಬಿ.ಕಾಂ. ಪದವಿಯ ನಂತರ ಲೆಕ್ಕಪತ್ರ ತರಬೇತಿಗೆ ಸೇರಲು ಬಯಸುತ್ತಾರೆಯೇ? ",
            "The next batch starts in the first week of spring. ",
            "ಶುಲ್ಕವನ್ನು ಎರಡು ಕಂತುಗಳಲ್ಲಿ ಕಟ್ಟಬಹುದು.",
        ],
    ),
    # --- mixed scripts: Odia at ।, an English exclamation, then Marathi at "." ---
    (
        "ପୂଜା ପାଇଁ ଫୁଲମାଳ କାଲି ସକାଳେ ଆସିଯିବ। The marigolds come fresh from the farm! झेंडूच्या माळा रात्रभर ओल्या कपड्यात गुंडाळून ठेवा.",
        [
            "ପୂଜା ପାଇଁ ଫୁଲମାଳ କାଲି ସକାଳେ ଆସିଯିବ। ",
            "The marigolds come fresh from the farm! ",
            "झेंडूच्या माळा रात्रभर ओल्या कपड्यात गुंडाळून ठेवा.",
        ],
    ),
    # --- mixed scripts: an Urdu question at ؟, an English sentence, then Punjabi at । ---
    (
        "کیا آپ نئے گدے کی ڈیلیوری اتوار کو لینا چاہیں گے؟ Our men can take the old one away the same day. ਗੱਦੇ ਨਾਲ ਦੋ ਸਿਰਹਾਣੇ ਮੁਫ਼ਤ ਮਿਲਣਗੇ।",
        [
            "کیا آپ نئے گدے کی ڈیلیوری اتوار کو لینا چاہیں گے؟ ",
            "Our men can take the old one away the same day. ",
            "ਗੱਦੇ ਨਾਲ ਦੋ ਸਿਰਹਾਣੇ ਮੁਫ਼ਤ ਮਿਲਣਗੇ।",
        ],
    ),
]
