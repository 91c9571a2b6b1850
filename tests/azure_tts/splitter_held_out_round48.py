"""Held-out cases for the sentence splitter, round 48: written without reading or running it.

Written after reading only /work/main/tests/azure_tts/splitter_held_out_round47.py and
/work/main/tests/azure_tts/splitter_held_out_round46.py (for format and conventions), each opened by
its exact path (with cat, sed and wc, and with Python reading it as text and parsing it with the ast
module, never importing or running it). No splitter source, bench, tuning file, log, other test
file, README or git history was opened, no folder of the project was listed, no wildcard or glob
was used on a project path, git was not used, and no web, code or document search was made. Nothing
was run against the splitter or in the project, and its package was not imported. In /tmp only the
scratch folder /tmp/s36/w_s48/ (made for this round with mkdir -p) and this file were touched;
/tmp/s36 itself was not listed. One slip to record: the middle of round 46 was printed once with sed
piped through cut (to shorten its long lines), a tool outside the cat, sed, wc and Python named for
reading the two files (it read that one file only, as text). Python was used only in the scratch
folder: to read the two files as text for the checks below (the docstrings were taken with ast), to
assemble this file from drafted chunk lists (so each text is the join of its chunks), to check that
the chunks concatenate exactly to the text, that every chunk but the last ends in whitespace, that
there are 60 cases and that the module imports by path, and for the checks below. The case shape of
round 47 is kept: each case is (text, expected chunks), so the text is given whole; no stream split
is stored here. No sentence is taken or paraphrased from the two files, and none of their replies
was used as a template. No reply is about a library, a ration card, a voter card, a bus, a passport,
a hotel stay, a scholarship, a water tank, house tax or school hours, and no case holds the
substrings "lab", "ration", "bus" or "let" at all (a first "anklets", "complete" and "athletes" were
reworded). Topics were moved away from those the two files use (now a bicycle, a kitchen chimney,
tyre rotation, a cracked phone screen, poultry feed, a bridal makeup trial, a blazer, guitar
lessons, an inverter battery, curtains, a gym plan, spectacles, a ceiling fan, goat vaccination,
window mesh, a kirtan group, an onion store, shehnai players, hilsa fish, a harmonium, paddy
transplanting, veena classes, a borewell motor, a half-sari function's photographers, chaniya
cholis, green fodder, silk cocoons, driving lessons, umbrellas, a fishing net, a tractor service, a
seed drill, silver filigree, a paddy thresher, ducklings, japi hats, attar, a carpet, an ex-army
chief guest, knee physiotherapy, a chest infection, a pottery class, a returned cheque, a balcony
grille, silver ankle chains, an income tax return and a shop's cameras, a music festival, a used
tractor, a cataract operation, a vegetable box farm, a bank's token kiosk, misprinted wedding
cards, a cricket camp, an eye screening, a cowshed in the monsoon, and the five mixed replies).

A phrase-overlap check searched every 16-character run of every case against both whole files
(docstrings included, case-insensitively, digits mapped to ASCII). Its first pass reworded: " an
hour before ", " at the counter ", "did you want the", " for the trouble", " free inside the ", "
housing society", " officer will ca", "press the key marked", " repair of your ", " toll-free
number", " within a month.", "would you rather", a Hindi " साथ लाएँगे. आप ", a Marathi
" सोमवारपासून सुर", ". most families ", "al is fixed for ", "e check-up camp ", "your
grandfather's", "sted at https://" and "your daughter's "; a second pass found none. A within-file
run check reworded " and it will be " and now finds none. Every phrase the two files quote in their
docstrings (494 found by a regex for straight and curly double quotes) was also searched for as a
substring, case-insensitively; that pass reworded "es." (a first "tubes.", "arrives.", "minutes.",
"classes.", "clothes.", "inches." and "ones..."), "ds." (a first "chords.", "bridesmaids.",
"fields." and "cards..."), "nt." (a first "cantonment.", "statement." and "equipment."), "gs." (a
first "mornings."), "rs." (a first "years." twice, "yours." and "ours."), "ch." (a first "match." and
"stomach."), "en." (a first "screen." and "sunscreen."), "ot." (a first "spot."), "shed.", "road.",
"years.", "Monday.", "bag." (a first "handbag."), "Amp." (a first "camp."), "ship" (a first
"membership"), "give" and "given", "till" (a first "artillery" and "still" twice), "care", "bulk",
"temple", "recipe", "returns", and "i." in a first web path "rasoi" before a full stop (now
"pakwan"). What it still finds are marks and connecting words ("!", "?", ",", ", ", ", and", ", or",
".", " (", " and ", " before ", " or ", " that", "...", "...?", "…", "…!", "?!", "/-", ".in", "।"),
the plain words "A", "I", "It", "Our", "The", "We", "and", "back", "but", "by", "can", "each", "if",
"just", "only", "so", "to" and "we", word pieces ("AC" in words such as "each", "back" and
"cataract"; "Ah" in "Ahluwalia" and the Hinglish "mahine" and "subah"; "app" in "approved"), and
word endings ("d." and "ed." in words such as "packed." and "fitted."; "g." in words such as
"growing." and "pulping."; "y." and "Y." in words such as "Tuesday."; "S." in words ending in s;
"I." in "sari." and the Hinglish "chalegi." and "hui."). Inside a form it finds only these: "d."
and "D." in recd. and reqd.; "y." in clny. and Secy.; "g." in Brig.; "s." in vs.; "I." in I.T.R.
None is inside an address, an e-mail or a web address. No Malayalam reply uses "നിങ്ങളുടെ", no
Odia reply uses "ଆପଣଙ୍କ", no Kannada reply opens "ನಿಮ್ಮ ತಂದೆಯವರ", no Gujarati reply uses
"પિતાજી", and no Urdu reply uses "خود بخود".

Numbers: every amount, decimal, percentage, date, time, phone number and count was checked with a
plain substring search against both files, with and without its separators, after mapping every
Unicode decimal digit to ASCII (the files' digits were also searched as one run with all
separators removed); none is in either file. The two-digit runs that occur in neither file even
with their separators removed are 27 32 48 50 55 57 59 75 76 77 87 95 97, and every number here
holds at least one of them: Plot 575, 48 and 32 (gm.), 75 and 27 (mm.), ₹5.75 lakh, 7.5%, ₹4,750/-,
₹32,500, ₹35,750, ₹59,087.50, ₹12,750, ₹7,55,000, ₹5.7 lakh, 22-10-2075, 07:55, 20.10.2075, 09:50,
10:27, 23/10/2075, 5.50, 27 (Nov.), 10:48, 0571-275 5087 and 1800-575-2750. No single-digit number,
no Indic digit and no bare list number is used; the list markers are "▸ " and "◆ ", and neither
occurs in either file. Names, places and addresses were checked the same way (none occurs there):
Devinder Ahluwalia, Kavita Menon, Ananya Bhat, Rohini, Shiv Mandir, Ceftriaxone, Budesonide,
salbutamol and the hara-thela.in domain (local parts "madad" and "thok", paths "mera-dabba",
"pakwan", "khet" and "rok?hafta=agla"). The domain holds none of the files' banned words; its tail
before ".in" ("la.") occurs nowhere in the files. "India" is not used (nor a flag emoji); the
Indic-script cases name no person and no place. No undotted acronym is used (a regex for two or
more capitals finds none). The emoji used (🏏, 🧢, 🧴, 👍, 🎒, 🎽, 🌳, ✌, ❤, 🔥) and the skin tone 🏽
occur in neither file; the joiner and the presentation selector do (in round 47's ⛰️ and 👨‍👦 and
round 46's 👩‍🌾 and ☀️), so the sequence ❤️‍🔥 as a whole is new but its joiner and selector are
not. The Telugu reply's zero-width non-joiner also occurs in round 47's Telugu.

Every short form here is new. Each was searched for in both files, case-insensitively, as a plain
substring (so also as a whole word), and none is found:
- service forms Maj. and Brig., with the lower-case regt.;
- degrees M.Phil. and B.P.T. (and "Phil.", "B.P.", "P.T.");
- prescription forms Inj. and Neb., with the lower-case inh.;
- address forms Nr. and Extn., with the lower-case clny.;
- banking forms Chq. and Txn., with the lower-case recd.;
- officialese Secy. and Admn., with the lower-case reqd.;
- units gm., mm. and dz.;
- dotted acronyms I.T.R. and C.C.T.V. (and each run of two parts: "I.T.", "T.R.", "C.C.", "C.T.",
  "T.V.");
- short forms of ordinary prose Kum., with the lower-case etc. and vs.;
- the month form Nov. (after a day number and after "mid-");
- Indic forms બી.એડ. (Gujarati), ബി.ടെക്. (Malayalam) and ਐਮ.ਏ. (Punjabi). No single part of them
  ("બી.", "એડ.", "ബി.", "ടെക്.", "ਐਮ.", "ਏ.") occurs in the two files read.
Their tails were checked too: "aj.", "ig.", "gt.", "il.", "nj.", "eb.", "nh.", "nr.", "tn.", "ny.",
"hq.", "xn.", "cd.", "cy.", "mn.", "qd.", "gm.", "mm.", "dz.", "um.", "tc.", "vs.", "ov." and the
last parts "P.T.", "T.R." and "T.V." occur nowhere there. Within this file no two forms share a
tail, and no other word ends in one (each tail occurs exactly as often as its form; a first
"balcony." was reworded for "ny."). Forms dropped for clashing: Rd. ("rd." is in the files), Dir.
("ir."), Apts. ("ts."), Re. ("re."), Dec. ("ec.", 47's Sec.) and Oct. ("ct.", 47's Acct.). No
new short amount-word is used: none was found that is both natural and free of the files' tails
(so the amounts case uses "lakh", "/-", "%" and paise only). No form means a fuel, health centre,
school, transport, post office, police, civic body, village, district, doctor, number or time of
day (so no "a.m.", "p.m.", "Dr." or "No."). No single capital letter ends a sentence other than as
the last part of a dotted acronym, and no label is exercised.

About two thirds of the cases (38 of 60) are everyday replies (home services, banking, travel,
health, farming, shops, festivals and events) in English, Hinglish, Hindi (one of them written with
"." instead of "।"), Marathi, Bengali, Tamil, Telugu, Gujarati, Kannada, Malayalam, Punjabi, Odia,
Assamese and Urdu, in round 47's proportions (8 English, 4 Hinglish, 4 Hindi, 2 of each other
language). The other 22 carry the harder cases a bot really produces, in round 47's order.

Conventions (those rounds 46 and 47 state, kept): each case is (text, the chunks a careful human
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
Indic ones at । as well as "."; in a mixed-script reply each sentence ends at its own script's
mark; a dotted Indic form followed by a word, opening a sentence or inside a question does not end
it. Four readings follow from the stated ones and are used here: two emoji in a row after a
sentence's full stop both stay with that sentence, as two after "!" do; an http:// address ending
a sentence before a capital ends the chunk after the full stop, as an https:// address there does;
a short form joined to "mid-" ("mid-Nov.?") behaves as the short form alone does; items of a
one-line list ending in "," or ", and" are each a chunk, as items ending in ";" or "; and" are.

Exercised here (new variations):
1. "Maj. Devinder Ahluwalia" opening the reply stays with it; a lower-case "one regt. Its" ends the
   chunk; "A serving Brig. (a cousin" is not an end; "Will Maj. Ahluwalia make" inside a question
   is not one; "the Brig.? Yes" ends after the "?"; "his old regt., now" is not an end; "the Maj.!
   Please" ends after the "!".
2. "a B.P.T. graduate" is not an end; "an M.Phil. Her" ends the chunk; "Does a B.P.T. course"
   inside a question is not an end; "an M.Phil.? She" ends after the "?"; "M.Phil. holders"
   opening a sentence stays with it; "a B.P.T., and" is not an end; "his B.P.T.! The" ends after
   the "!".
3. "Inj. Ceftriaxone" opening the reply stays with it; "set up Neb. Budesonide every" is not an
   end; a lower-case "salbutamol inh. He" ends the chunk; "Does the Inj. hurt" inside a question is
   not an end; "the Neb.? Not" ends after the "?"; "the inh. cap" is not an end; "the last Inj.!
   Missing" ends after the "!".
4. "Plot 575, Nr. Shiv Mandir, Rohini Extn., just" holds no end (that sentence ends at its own full
   stop); a lower-case "the clny. A" ends the chunk; "Which Extn. gate" inside a question is not an
   end; "a pharmacy Nr. the studio?" inside a question is not one; "that clny. walk" is not one;
   "the Extn.! Look" ends after the "!".
5. "The Chq. you" is not an end; "the failed Txn. Our" ends the chunk; a lower-case "not yet recd.
   Please" ends it; "a new Chq. tomorrow" and "the Txn. fee" inside questions are not ends; "been
   recd.? Not" ends after the "?"; "every Chq.! A" ends after the "!".
6. "The Secy. of" is not an end; a lower-case "are reqd. Send" ends the chunk; "Admn. Officer
   Kavita Menon" opening a sentence stays with it; "also reqd.? Only" ends after the "?"; "Will the
   Secy. attend" inside a question is not an end; "The reqd. forms" is not one; "the Admn.! No" ends
   after the "!".
7. "48 gm. of" is not an end; "75 mm. It" ends the chunk; "by the dz.? Yes" ends after the "?";
   "two dz. aside" is not an end; "by the dz.! Loose" ends after the "!"; "a 32 gm. chain" inside a
   question is not an end; "27 mm., so" is not one.
8. "I.T.R. filing" opening the reply stays with it; "the I.T.R. Keep" ends the chunk; "Is the
   C.C.T.V. system" inside a question is not an end; "the C.C.T.V.? Then" ends after the "?"; "the
   C.C.T.V., being" is not an end; "online I.T.R. Paper" ends the chunk; "the I.T.R.! Our" ends
   after the "!".
9. "Kum. Ananya Bhat" opening the reply stays with it; "microphones, etc. Our" ends the chunk; "her
   group vs. a team" is not an end; "Will Kum. Bhat also" inside a question is not one; "stools,
   etc.? Yes" ends after the "?"; "her group vs. the visitors" inside a question is not an end;
   "tea, etc., will" is not one; "bells, etc.! The" ends after the "!".
10. An amount-word ending a sentence ("₹5.75 lakh. Our"), a percentage before a comma ("7.5%,
    and"), an amount with "/-" before a lower-case word ("₹4,750/- extra."), two amounts joined by
    "to" ("₹32,500 to ₹35,750 for"), an amount with paise right before "?" ("₹59,087.50? Yes"), a
    bracketed amount mid-sentence ("(₹12,750) stays"), an amount in Indian grouping right before "!"
    ("₹7,55,000! Shall"), an amount-word right before "?" ending the reply ("₹5.7 lakh?").
11. A hyphen date before a comma ("22-10-2075, a"), a colon time before a lower-case word ("07:55
    and"), a month form right before "?" ("mid-Nov.? Only"), a dotted date ending a sentence
    ("20.10.2075. The"), two colon times joined by "to" ("09:50 to 10:27, and"), a slash date before
    a lower-case bracket ("23/10/2075 (the day after) from"), a dotted time right before "!" ("5.50!
    Is"), a month form inside a question ("27 Nov. at"), a colon time right before "?" ("10:48?
    Yes").
12. A bare address before a comma is not cut; an https:// address with a hyphenated path right
    before "!" ends the chunk after the "!"; an e-mail inside a bracket mid-sentence is neither cut
    nor an end; an http:// address with a path ending a sentence before a capital ends it after the
    full stop; a landline with an area code ending a sentence ends it after the full stop; a
    toll-free number right before "?" ends it after the "?"; a www. address with a path before a
    lower-case word is not cut; an e-mail ending a sentence before a capital ends it after the full
    stop; an https:// address with a "?" query string ends the reply after its full stop.
13. A "!" inside a straight double quote mid-sentence ("Namaste!" and); a "?" inside a closing
    curly double quote ending a sentence (“Deposits?” (); a bracketed question as its own chunk; a
    "." inside a closing straight double quote ending a sentence ("Please take your slip." [); a
    square-bracketed exclamation as its own chunk; a full stop just after a closing curly double
    quote (“quiet room”. When); a "." inside a closing curly single quote ending the reply.
14. "?!" ends the first sentence; "..." before "You" ends one; "…" before "and" does not; "...?"
    ends one after the "?"; "…!" ends one after the "!"; "..." before "will" does not; the reply
    ends on "…".
15. Emoji: 🏏 opening the reply, 🧢🧴 (two in a row) after a sentence's full stop, the skin-toned 👍🏽
    right before "!", 🎒 right before "?", 🎽 closing a sentence with no stop, 🌳 inside a sentence,
    ✌️ (with a presentation selector) after "!", the joined ❤️‍🔥 (with a presentation selector)
    ending the reply with no stop.
16. "▸ " markers on a one-line list after a colon (items ending ",", ", and" and ".") and "◆ "
    markers on a multi-line list after a heading line (items ending ".", "?", no mark and "!"), each
    followed by a plain sentence.
17. Mixed scripts: Gujarati holding બી.એડ. before a word mid-sentence, English, a Gujarati question;
    Malayalam opening the reply with ബി.ടെക്., an English question, Malayalam at "."; a Punjabi
    question holding ਐਮ.ਏ. before a word, an English "!", Punjabi at ।; Tamil at ".", an English
    "!", Assamese at ।; Hindi at ।, an English question, an Urdu question at ؟.

"""

from __future__ import annotations

HELD_OUT: list[tuple[str, list[str]]] = [
    # --- everyday replies, English ---
    (
        "The gears on the bicycle you left with us have been tuned, and both tyres now have fresh tubes fitted. We also tightened the brakes and oiled the chain. You can pick it up from the shop any time before seven tonight.",
        [
            "The gears on the bicycle you left with us have been tuned, and both tyres now have fresh tubes fitted. ",
            "We also tightened the brakes and oiled the chain. ",
            "You can pick it up from the shop any time before seven tonight.",
        ],
    ),
    (
        "Our technician will deep-clean the chimney above your kitchen stove on Wednesday. He will remove the grease filters, soak them in hot water and scrub the motor housing. Please do not cook for thirty minutes before his visit.",
        [
            "Our technician will deep-clean the chimney above your kitchen stove on Wednesday. ",
            "He will remove the grease filters, soak them in hot water and scrub the motor housing. ",
            "Please do not cook for thirty minutes before his visit.",
        ],
    ),
    (
        "All four tyres on your car have been rotated, and the wheels were balanced after that. The front left tyre shows uneven wear, so we suggest a wheel alignment soon. Your car is parked in bay three, with the key at the front desk.",
        [
            "All four tyres on your car have been rotated, and the wheels were balanced after that. ",
            "The front left tyre shows uneven wear, so we suggest a wheel alignment soon. ",
            "Your car is parked in bay three, with the key at the front desk.",
        ],
    ),
    (
        "The insurer has approved fixing your cracked phone screen under your device plan. A courier will collect the phone on Thursday and return it within five working days. Back up your photos before handing it over.",
        [
            "The insurer has approved fixing your cracked phone screen under your device plan. ",
            "A courier will collect the phone on Thursday and return it within five working days. ",
            "Back up your photos before handing it over.",
        ],
    ),
    (
        "Twenty sacks of layer feed for your poultry farm will be unloaded on Tuesday afternoon. Store them on wooden planks, away from the damp walls of the coop. Our sales agent will phone next week to ask how the hens are laying.",
        [
            "Twenty sacks of layer feed for your poultry farm will be unloaded on Tuesday afternoon. ",
            "Store them on wooden planks, away from the damp walls of the coop. ",
            "Our sales agent will phone next week to ask how the hens are laying.",
        ],
    ),
    (
        "Your bridal makeup trial will be on Saturday at our salon in the main market. It takes around three hours, including the hairstyle and the draping of the sari. Come with freshly shampooed hair and without any cream on your face.",
        [
            "Your bridal makeup trial will be on Saturday at our salon in the main market. ",
            "It takes around three hours, including the hairstyle and the draping of the sari. ",
            "Come with freshly shampooed hair and without any cream on your face.",
        ],
    ),
    (
        "The sleeves of your blazer have been shortened by an inch, and the waist has been taken in slightly. It has been steamed and hung in a garment cover. Please try it on in our fitting room before paying.",
        [
            "The sleeves of your blazer have been shortened by an inch, and the waist has been taken in slightly. ",
            "It has been steamed and hung in a garment cover. ",
            "Please try it on in our fitting room before paying.",
        ],
    ),
    (
        "Your son's guitar lessons begin this Sunday with a teacher who has played in the city orchestra. Each lesson runs for forty-five minutes, and the first few cover the basic chord grips. Please bring a notebook for the practice charts.",
        [
            "Your son's guitar lessons begin this Sunday with a teacher who has played in the city orchestra. ",
            "Each lesson runs for forty-five minutes, and the first few cover the basic chord grips. ",
            "Please bring a notebook for the practice charts.",
        ],
    ),
    # --- everyday replies, Hinglish ---
    (
        "Aapke inverter ki battery mein paani daal diya gaya. Ab bijli jaane par woh chaar ghante tak chalegi. Teen mahine baad dobara check karwa lijiye.",
        [
            "Aapke inverter ki battery mein paani daal diya gaya. ",
            "Ab bijli jaane par woh chaar ghante tak chalegi. ",
            "Teen mahine baad dobara check karwa lijiye.",
        ],
    ),
    (
        "Aapke naye parde sil kar tayyar hain. Darzi ne unmein chhalle bhi laga diye. Kal subah hamara aadmi unhe tangne aayega.",
        [
            "Aapke naye parde sil kar tayyar hain. ",
            "Darzi ne unmein chhalle bhi laga diye. ",
            "Kal subah hamara aadmi unhe tangne aayega.",
        ],
    ),
    (
        "Aapka gym ka plan teen mahine ke liye shuru ho gaya. Trainer ne aapke liye halka workout plan banaya. Pehle hafte mein zyada vajan mat uthaiye.",
        [
            "Aapka gym ka plan teen mahine ke liye shuru ho gaya. ",
            "Trainer ne aapke liye halka workout plan banaya. ",
            "Pehle hafte mein zyada vajan mat uthaiye.",
        ],
    ),
    (
        "Aapka naya chashma ban gaya. Iske lens par neeli roshni se bachane wali parat chadhi hui. Shaam ko aakar dukaan se le jaiye.",
        [
            "Aapka naya chashma ban gaya. ",
            "Iske lens par neeli roshni se bachane wali parat chadhi hui. ",
            "Shaam ko aakar dukaan se le jaiye.",
        ],
    ),
    # --- everyday replies, Hindi ---
    (
        "आपके कमरे के पंखे की मरम्मत हो गई है। उसका पुराना कैपेसिटर बदल दिया गया है। अब पंखा पहले से तेज़ और बिना आवाज़ के चलेगा।",
        [
            "आपके कमरे के पंखे की मरम्मत हो गई है। ",
            "उसका पुराना कैपेसिटर बदल दिया गया है। ",
            "अब पंखा पहले से तेज़ और बिना आवाज़ के चलेगा।",
        ],
    ),
    (
        "आपकी बकरियों का टीकाकरण गुरुवार सुबह गाँव के पशु केंद्र में होगा। सभी बकरियों को खाली पेट लेकर आइए। टीके के बाद दो दिन उन्हें नहलाइए मत।",
        [
            "आपकी बकरियों का टीकाकरण गुरुवार सुबह गाँव के पशु केंद्र में होगा। ",
            "सभी बकरियों को खाली पेट लेकर आइए। ",
            "टीके के बाद दो दिन उन्हें नहलाइए मत।",
        ],
    ),
    (
        "आपकी खिड़कियों पर मच्छर से बचाने वाली जाली शुक्रवार को लगेगी। कारीगर नाप पहले ही ले चुके हैं। जाली निकाली जा सकेगी, ताकि उसे धोया जा सके।",
        [
            "आपकी खिड़कियों पर मच्छर से बचाने वाली जाली शुक्रवार को लगेगी। ",
            "कारीगर नाप पहले ही ले चुके हैं। ",
            "जाली निकाली जा सकेगी, ताकि उसे धोया जा सके।",
        ],
    ),
    (
        "आपके घर पर कीर्तन मंडली मंगलवार रात आठ बजे पहुँचेगी. ढोलक और हारमोनियम मंडली के लोग ख़ुद लाएँगे. बैठने के लिए बस दरी बिछा दीजिए.",
        [
            "आपके घर पर कीर्तन मंडली मंगलवार रात आठ बजे पहुँचेगी. ",
            "ढोलक और हारमोनियम मंडली के लोग ख़ुद लाएँगे. ",
            "बैठने के लिए बस दरी बिछा दीजिए.",
        ],
    ),
    # --- everyday replies, other Indian languages ---
    (
        "तुमच्या शेतात कांदा चाळीचे बांधकाम येत्या सोमवारी सुरू होईल. चाळीसाठी लागणारे बांबू आणि पत्रे आम्ही घेऊन येऊ. पावसाळ्याआधी सगळे काम संपेल.",
        [
            "तुमच्या शेतात कांदा चाळीचे बांधकाम येत्या सोमवारी सुरू होईल. ",
            "चाळीसाठी लागणारे बांबू आणि पत्रे आम्ही घेऊन येऊ. ",
            "पावसाळ्याआधी सगळे काम संपेल.",
        ],
    ),
    (
        "तुमच्या मुलीच्या लग्नासाठी सनई-चौघडा वादक ठरले आहेत. ते मुहूर्ताच्या एक तास आधी मंडपात येतील. त्यांच्यासाठी चहा आणि नाश्त्याची सोय करावी.",
        [
            "तुमच्या मुलीच्या लग्नासाठी सनई-चौघडा वादक ठरले आहेत. ",
            "ते मुहूर्ताच्या एक तास आधी मंडपात येतील. ",
            "त्यांच्यासाठी चहा आणि नाश्त्याची सोय करावी.",
        ],
    ),
    (
        "আপনার অর্ডার করা দুটো ইলিশ মাছ কেটে ধুয়ে রাখা হয়েছে। বরফ দিয়ে মোড়ানো বলে বিকেল অবধি মাছ তাজা থাকবে। আমাদের ছেলে দুপুরের মধ্যে বাড়িতে দিয়ে আসবে।",
        [
            "আপনার অর্ডার করা দুটো ইলিশ মাছ কেটে ধুয়ে রাখা হয়েছে। ",
            "বরফ দিয়ে মোড়ানো বলে বিকেল অবধি মাছ তাজা থাকবে। ",
            "আমাদের ছেলে দুপুরের মধ্যে বাড়িতে দিয়ে আসবে।",
        ],
    ),
    (
        "আপনার হারমোনিয়ামের রিডগুলো পরিষ্কার করে সুর মেলানো হয়েছে। বেলোতে যে ফুটো ছিল সেটাও সারানো হয়েছে। শনিবার বিকেলে এসে একবার বাজিয়ে দেখে নেবেন।",
        [
            "আপনার হারমোনিয়ামের রিডগুলো পরিষ্কার করে সুর মেলানো হয়েছে। ",
            "বেলোতে যে ফুটো ছিল সেটাও সারানো হয়েছে। ",
            "শনিবার বিকেলে এসে একবার বাজিয়ে দেখে নেবেন।",
        ],
    ),
    (
        "உங்கள் வயலில் நாற்று நடும் வேலைக்கு பன்னிரண்டு பெண்கள் திங்கள்கிழமை வருவார்கள். முந்தைய நாளே வயலில் தண்ணீர் கட்டி வையுங்கள். அவர்களுக்கு மதிய உணவு நாங்களே ஏற்பாடு செய்வோம்.",
        [
            "உங்கள் வயலில் நாற்று நடும் வேலைக்கு பன்னிரண்டு பெண்கள் திங்கள்கிழமை வருவார்கள். ",
            "முந்தைய நாளே வயலில் தண்ணீர் கட்டி வையுங்கள். ",
            "அவர்களுக்கு மதிய உணவு நாங்களே ஏற்பாடு செய்வோம்.",
        ],
    ),
    (
        "உங்கள் மகளின் வீணை வகுப்பு வியாழன் மாலை தொடங்குகிறது. முதல் மாதம் வகுப்பில் உள்ள வீணையிலேயே பயிற்சி செய்யலாம். கட்டணத்தை மாதத் தொடக்கத்தில் செலுத்த வேண்டும்.",
        [
            "உங்கள் மகளின் வீணை வகுப்பு வியாழன் மாலை தொடங்குகிறது. ",
            "முதல் மாதம் வகுப்பில் உள்ள வீணையிலேயே பயிற்சி செய்யலாம். ",
            "கட்டணத்தை மாதத் தொடக்கத்தில் செலுத்த வேண்டும்.",
        ],
    ),
    (
        "మీ బోరుబావి మోటారుకు మరమ్మతు చేశాము. కొత్త కేబుల్ కూడా వేశాము. రేపు ఉదయం నుండి నీళ్ళు మామూలుగా వస్తాయి.",
        [
            "మీ బోరుబావి మోటారుకు మరమ్మతు చేశాము. ",
            "కొత్త కేబుల్ కూడా వేశాము. ",
            "రేపు ఉదయం నుండి నీళ్ళు మామూలుగా వస్తాయి.",
        ],
    ),
    (
        "మీ అమ్మాయి ఓణీల ఫంక్షన్‌కు ఫోటోలు తీయడానికి మా బృందం వస్తుంది. వారు ఉదయం పది గంటలకే హాలుకు చేరుకుంటారు. ఫోటో ఆల్బమ్ రెండు వారాల్లో ఇస్తాము.",
        [
            "మీ అమ్మాయి ఓణీల ఫంక్షన్‌కు ఫోటోలు తీయడానికి మా బృందం వస్తుంది. ",
            "వారు ఉదయం పది గంటలకే హాలుకు చేరుకుంటారు. ",
            "ఫోటో ఆల్బమ్ రెండు వారాల్లో ఇస్తాము.",
        ],
    ),
    (
        "નવરાત્રિ માટે તમારી ચણિયાચોળી સીવાઈ ગઈ છે. તેના પર આભલાં અને રંગીન દોરાનું ભરતકામ કર્યું છે. રવિવાર પહેલાં દુકાને આવીને માપ ચકાસી લેજો.",
        [
            "નવરાત્રિ માટે તમારી ચણિયાચોળી સીવાઈ ગઈ છે. ",
            "તેના પર આભલાં અને રંગીન દોરાનું ભરતકામ કર્યું છે. ",
            "રવિવાર પહેલાં દુકાને આવીને માપ ચકાસી લેજો.",
        ],
    ),
    (
        "તમારાં ઢોર માટે લીલો ઘાસચારો મંગળવારે સવારે આવશે. ટ્રેક્ટરમાં સો પૂળા મોકલીશું. ચારો ભેજ વગરની જગ્યાએ રાખજો.",
        [
            "તમારાં ઢોર માટે લીલો ઘાસચારો મંગળવારે સવારે આવશે. ",
            "ટ્રેક્ટરમાં સો પૂળા મોકલીશું. ",
            "ચારો ભેજ વગરની જગ્યાએ રાખજો.",
        ],
    ),
    (
        "ನಿಮ್ಮ ರೇಷ್ಮೆ ಗೂಡುಗಳನ್ನು ಶುಕ್ರವಾರ ಮಾರುಕಟ್ಟೆಗೆ ಒಯ್ಯಲಾಗುತ್ತದೆ. ಅಲ್ಲಿ ಹರಾಜಿನಲ್ಲಿ ಒಳ್ಳೆಯ ಬೆಲೆ ಸಿಗುವ ನಿರೀಕ್ಷೆ ಇದೆ. ಗೂಡುಗಳನ್ನು ನೆರಳಿನಲ್ಲೇ ಇಟ್ಟಿರಿ.",
        [
            "ನಿಮ್ಮ ರೇಷ್ಮೆ ಗೂಡುಗಳನ್ನು ಶುಕ್ರವಾರ ಮಾರುಕಟ್ಟೆಗೆ ಒಯ್ಯಲಾಗುತ್ತದೆ. ",
            "ಅಲ್ಲಿ ಹರಾಜಿನಲ್ಲಿ ಒಳ್ಳೆಯ ಬೆಲೆ ಸಿಗುವ ನಿರೀಕ್ಷೆ ಇದೆ. ",
            "ಗೂಡುಗಳನ್ನು ನೆರಳಿನಲ್ಲೇ ಇಟ್ಟಿರಿ.",
        ],
    ),
    (
        "ಕಾರು ಚಾಲನೆಯ ತರಗತಿ ಸೋಮವಾರ ಬೆಳಿಗ್ಗೆ ಆರಂಭವಾಗುತ್ತದೆ. ತರಬೇತುದಾರರು ಕಾರಿನೊಂದಿಗೆ ಮನೆ ಬಾಗಿಲಿಗೆ ಬರುತ್ತಾರೆ. ಕಲಿಕಾ ಪರವಾನಗಿಯನ್ನು ಮರೆಯದೆ ತನ್ನಿ.",
        [
            "ಕಾರು ಚಾಲನೆಯ ತರಗತಿ ಸೋಮವಾರ ಬೆಳಿಗ್ಗೆ ಆರಂಭವಾಗುತ್ತದೆ. ",
            "ತರಬೇತುದಾರರು ಕಾರಿನೊಂದಿಗೆ ಮನೆ ಬಾಗಿಲಿಗೆ ಬರುತ್ತಾರೆ. ",
            "ಕಲಿಕಾ ಪರವಾನಗಿಯನ್ನು ಮರೆಯದೆ ತನ್ನಿ.",
        ],
    ),
    (
        "കേടായ മൂന്ന് കുടകളുടെയും കമ്പികൾ മാറ്റി. ഒരു കുടയുടെ തുണി പുതിയതാക്കി. ശനിയാഴ്ചയ്ക്കു മുൻപ് കടയിൽ നിന്ന് വാങ്ങിക്കൊള്ളണം.",
        [
            "കേടായ മൂന്ന് കുടകളുടെയും കമ്പികൾ മാറ്റി. ",
            "ഒരു കുടയുടെ തുണി പുതിയതാക്കി. ",
            "ശനിയാഴ്ചയ്ക്കു മുൻപ് കടയിൽ നിന്ന് വാങ്ങിക്കൊള്ളണം.",
        ],
    ),
    (
        "വള്ളത്തിലെ വല നന്നാക്കുന്ന പണി ബുധനാഴ്ച തീരും. കീറിയ ഭാഗങ്ങളിൽ പുതിയ നൂൽ ചേർത്തു. വ്യാഴാഴ്ച പുലർച്ചെ മുതൽ കടലിൽ പോകാം.",
        [
            "വള്ളത്തിലെ വല നന്നാക്കുന്ന പണി ബുധനാഴ്ച തീരും. ",
            "കീറിയ ഭാഗങ്ങളിൽ പുതിയ നൂൽ ചേർത്തു. ",
            "വ്യാഴാഴ്ച പുലർച്ചെ മുതൽ കടലിൽ പോകാം.",
        ],
    ),
    (
        "ਤੁਹਾਡੇ ਟਰੈਕਟਰ ਦੀ ਸਰਵਿਸ ਮੁਕੰਮਲ ਹੋ ਗਈ ਹੈ। ਇੰਜਣ ਦਾ ਤੇਲ ਅਤੇ ਫਿਲਟਰ ਬਦਲੇ ਗਏ ਹਨ। ਸ਼ਾਮ ਨੂੰ ਵਰਕਸ਼ਾਪ ਆ ਕੇ ਚਾਬੀ ਲੈ ਲੈਣਾ।",
        [
            "ਤੁਹਾਡੇ ਟਰੈਕਟਰ ਦੀ ਸਰਵਿਸ ਮੁਕੰਮਲ ਹੋ ਗਈ ਹੈ। ",
            "ਇੰਜਣ ਦਾ ਤੇਲ ਅਤੇ ਫਿਲਟਰ ਬਦਲੇ ਗਏ ਹਨ। ",
            "ਸ਼ਾਮ ਨੂੰ ਵਰਕਸ਼ਾਪ ਆ ਕੇ ਚਾਬੀ ਲੈ ਲੈਣਾ।",
        ],
    ),
    (
        "ਕਣਕ ਦੀ ਬਿਜਾਈ ਲਈ ਸੀਡ ਡਰਿੱਲ ਵੀਰਵਾਰ ਨੂੰ ਤੁਹਾਡੇ ਖੇਤ ਪਹੁੰਚੇਗੀ। ਮਸ਼ੀਨ ਨਾਲ ਇੱਕ ਚਾਲਕ ਵੀ ਆਵੇਗਾ। ਬੀਜ ਅਤੇ ਖਾਦ ਪਹਿਲਾਂ ਤਿਆਰ ਰੱਖੋ।",
        [
            "ਕਣਕ ਦੀ ਬਿਜਾਈ ਲਈ ਸੀਡ ਡਰਿੱਲ ਵੀਰਵਾਰ ਨੂੰ ਤੁਹਾਡੇ ਖੇਤ ਪਹੁੰਚੇਗੀ। ",
            "ਮਸ਼ੀਨ ਨਾਲ ਇੱਕ ਚਾਲਕ ਵੀ ਆਵੇਗਾ। ",
            "ਬੀਜ ਅਤੇ ਖਾਦ ਪਹਿਲਾਂ ਤਿਆਰ ਰੱਖੋ।",
        ],
    ),
    (
        "ତାରକସି ରୂପା ହାର ତିଆରି ସରିଛି। ଏଥିରେ ଛୋଟ ଛୋଟ ଫୁଲର ନକ୍ସା ଅଛି। ଶନିବାର ଦୋକାନକୁ ଆସି ନେଇଯାଆନ୍ତୁ।",
        [
            "ତାରକସି ରୂପା ହାର ତିଆରି ସରିଛି। ",
            "ଏଥିରେ ଛୋଟ ଛୋଟ ଫୁଲର ନକ୍ସା ଅଛି। ",
            "ଶନିବାର ଦୋକାନକୁ ଆସି ନେଇଯାଆନ୍ତୁ।",
        ],
    ),
    (
        "ଧାନ ମଡ଼ାଇ ମେସିନ ସୋମବାର ଖଳାକୁ ଆସିବ। ମେସିନ ଚଳାଇବା ପାଇଁ ଦୁଇ ଜଣ ଲୋକ ସାଙ୍ଗରେ ଆସିବେ। ଖଳା ଆଗରୁ ସଫା କରି ରଖନ୍ତୁ।",
        [
            "ଧାନ ମଡ଼ାଇ ମେସିନ ସୋମବାର ଖଳାକୁ ଆସିବ। ",
            "ମେସିନ ଚଳାଇବା ପାଇଁ ଦୁଇ ଜଣ ଲୋକ ସାଙ୍ଗରେ ଆସିବେ। ",
            "ଖଳା ଆଗରୁ ସଫା କରି ରଖନ୍ତୁ।",
        ],
    ),
    (
        "আপোনাৰ বাবে পঞ্চাশটা হাঁহ পোৱালি বৃহস্পতিবাৰে আহি পাব। সিহঁতক প্ৰথম সপ্তাহটো উম ঠাইত ৰাখিব। খুদ আৰু পানী সদায় ওচৰতে থ'ব।",
        [
            "আপোনাৰ বাবে পঞ্চাশটা হাঁহ পোৱালি বৃহস্পতিবাৰে আহি পাব। ",
            "সিহঁতক প্ৰথম সপ্তাহটো উম ঠাইত ৰাখিব। ",
            "খুদ আৰু পানী সদায় ওচৰতে থ'ব।",
        ],
    ),
    (
        "বিহুৰ মঞ্চৰ বাবে বিচৰা জাপিকেইটা সাজু হৈছে। প্ৰতিটো জাপিত ৰঙীন কাপোৰৰ নক্সা কৰা হৈছে। শনিবাৰে জাপিবোৰ আপোনাৰ ঘৰলৈ পঠিওৱা হ'ব।",
        [
            "বিহুৰ মঞ্চৰ বাবে বিচৰা জাপিকেইটা সাজু হৈছে। ",
            "প্ৰতিটো জাপিত ৰঙীন কাপোৰৰ নক্সা কৰা হৈছে। ",
            "শনিবাৰে জাপিবোৰ আপোনাৰ ঘৰলৈ পঠিওৱা হ'ব।",
        ],
    ),
    (
        "آپ کا منگوایا ہوا گلاب اور صندل کا عطر تیار ہے۔ ہر شیشی روئی میں لپیٹ کر ڈبے میں رکھی گئی ہے۔ یہ پارسل پیر کی صبح آپ تک پہنچے گا۔",
        [
            "آپ کا منگوایا ہوا گلاب اور صندل کا عطر تیار ہے۔ ",
            "ہر شیشی روئی میں لپیٹ کر ڈبے میں رکھی گئی ہے۔ ",
            "یہ پارسل پیر کی صبح آپ تک پہنچے گا۔",
        ],
    ),
    (
        "آپ کے قالین کی صفائی ہو چکی ہے۔ اس کے کنارے بھی دوبارہ سی دیے گئے ہیں۔ ہمارے آدمی جمعرات کو اسے بچھانے آئیں گے۔",
        [
            "آپ کے قالین کی صفائی ہو چکی ہے۔ ",
            "اس کے کنارے بھی دوبارہ سی دیے گئے ہیں۔ ",
            "ہمارے آدمی جمعرات کو اسے بچھانے آئیں گے۔",
        ],
    ),
    # --- service forms: Maj. opening the reply before a name, a lower-case regt. ending a sentence before "Its", Brig. before a lower-case bracketed phrase, Maj. inside a question before a name, Brig. right before "?", regt. before a comma, Maj. right before "!" ---
    (
        "Maj. Devinder Ahluwalia, a retired gunner, will be chief guest at your colony's flag hoisting on the fifteenth. He served thirty years with one regt. Its veterans invite him to every raising day even now. A serving Brig. (a cousin of your colony's president) may also attend. Will Maj. Ahluwalia make a short speech? He will, though only a short one. Should we send a car for the Brig.? Yes, since he is driving in from his station. The brass band of his old regt., now posted close by, will play the anthem. The children are thrilled to meet the Maj.! Please be seated before eight.",
        [
            "Maj. Devinder Ahluwalia, a retired gunner, will be chief guest at your colony's flag hoisting on the fifteenth. ",
            "He served thirty years with one regt. ",
            "Its veterans invite him to every raising day even now. ",
            "A serving Brig. (a cousin of your colony's president) may also attend. ",
            "Will Maj. Ahluwalia make a short speech? ",
            "He will, though only a short one. ",
            "Should we send a car for the Brig.? ",
            "Yes, since he is driving in from his station. ",
            "The brass band of his old regt., now posted close by, will play the anthem. ",
            "The children are thrilled to meet the Maj.! ",
            "Please be seated before eight.",
        ],
    ),
    # --- degrees: B.P.T. before a lower-case word mid-sentence, M.Phil. ending a sentence before "Her", B.P.T. inside a question, M.Phil. right before "?", M.Phil. opening a sentence, B.P.T. before a comma, B.P.T. right before "!" ---
    (
        "Your mother's knee therapy will be handled by a B.P.T. graduate who once treated players of a state hockey team. His senior, who checks each plan, holds an M.Phil. Her classes at the nursing college run until noon. Does a B.P.T. course cover home visits? Yes, in its final year. Do you prefer a therapist with an M.Phil.? She can come once a week to review progress. M.Phil. holders in this field are rare, so her slots fill quickly. The young man's degree is a B.P.T., and he will come daily. His whole family came to the convocation when he got his B.P.T.! The first session is on Monday at nine.",
        [
            "Your mother's knee therapy will be handled by a B.P.T. graduate who once treated players of a state hockey team. ",
            "His senior, who checks each plan, holds an M.Phil. ",
            "Her classes at the nursing college run until noon. ",
            "Does a B.P.T. course cover home visits? ",
            "Yes, in its final year. ",
            "Do you prefer a therapist with an M.Phil.? ",
            "She can come once a week to review progress. ",
            "M.Phil. holders in this field are rare, so her slots fill quickly. ",
            "The young man's degree is a B.P.T., and he will come daily. ",
            "His whole family came to the convocation when he got his B.P.T.! ",
            "The first session is on Monday at nine.",
        ],
    ),
    # --- prescription forms: Inj. opening the reply before a capitalised drug name, Neb. before a capitalised drug name mid-sentence, a lower-case inh. ending a sentence before "He", Inj. inside a question, Neb. right before "?", inh. before a lower-case word, Inj. right before "!" ---
    (
        "Inj. Ceftriaxone will be administered to your son twice a day at the clinic for his chest infection. For the wheezing, the nurse will also set up Neb. Budesonide every night. At home he should keep using the blue salbutamol inh. He needs it only when he feels breathless. Does the Inj. hurt much? A little, but the nurse is gentle. Can he skip the Neb.? Not this week, please. Keep the inh. cap on so that dust does not get in. And do bring him back for the last Inj.! Missing it can bring the cough back.",
        [
            "Inj. Ceftriaxone will be administered to your son twice a day at the clinic for his chest infection. ",
            "For the wheezing, the nurse will also set up Neb. Budesonide every night. ",
            "At home he should keep using the blue salbutamol inh. ",
            "He needs it only when he feels breathless. ",
            "Does the Inj. hurt much? ",
            "A little, but the nurse is gentle. ",
            "Can he skip the Neb.? ",
            "Not this week, please. ",
            "Keep the inh. cap on so that dust does not get in. ",
            "And do bring him back for the last Inj.! ",
            "Missing it can bring the cough back.",
        ],
    ),
    # --- address forms: Nr. before a capitalised place name, Extn. before a comma, a lower-case clny. ending a sentence before "A", Extn. inside a question, Nr. inside a question before a lower-case word, clny. before a lower-case word, Extn. right before "!" ---
    (
        "The pottery class your daughter attends has moved to Plot 575, Nr. Shiv Mandir, Rohini Extn., just off the main highway. Cars may park in the lanes of the clny. A watchman at the gate can guide you. Which Extn. gate should we use? The second one, past the milk booth. Is there a pharmacy Nr. the studio? Yes, two doors down. Many children from that clny. walk in for the Sunday session. The studio sits at the far end of the Extn.! Look for the clay pots outside.",
        [
            "The pottery class your daughter attends has moved to Plot 575, Nr. Shiv Mandir, Rohini Extn., just off the main highway. ",
            "Cars may park in the lanes of the clny. ",
            "A watchman at the gate can guide you. ",
            "Which Extn. gate should we use? ",
            "The second one, past the milk booth. ",
            "Is there a pharmacy Nr. the studio? ",
            "Yes, two doors down. ",
            "Many children from that clny. walk in for the Sunday session. ",
            "The studio sits at the far end of the Extn.! ",
            "Look for the clay pots outside.",
        ],
    ),
    # --- banking forms: Chq. before a lower-case word, Txn. ending a sentence before "Our", a lower-case recd. ending a sentence before "Please", Chq. inside a question, Txn. inside a question, recd. right before "?", Chq. right before "!" ---
    (
        "The Chq. you issued for your son's coaching fees was returned because the signature did not tally. A small charge was levied on the failed Txn. Our branch will waive it if you visit this week. The coaching centre says the fees are not yet recd. Please tell them a fresh cheque is on the way. Can I present a new Chq. tomorrow? Yes, on any working day. Was the Txn. fee taken from my savings? It was, and you will see it in your next passbook entry. Has the refund been recd.? Not yet, it takes two working days. Please sign neatly on every Chq.! A mismatch costs you each time.",
        [
            "The Chq. you issued for your son's coaching fees was returned because the signature did not tally. ",
            "A small charge was levied on the failed Txn. ",
            "Our branch will waive it if you visit this week. ",
            "The coaching centre says the fees are not yet recd. ",
            "Please tell them a fresh cheque is on the way. ",
            "Can I present a new Chq. tomorrow? ",
            "Yes, on any working day. ",
            "Was the Txn. fee taken from my savings? ",
            "It was, and you will see it in your next passbook entry. ",
            "Has the refund been recd.? ",
            "Not yet, it takes two working days. ",
            "Please sign neatly on every Chq.! ",
            "A mismatch costs you each time.",
        ],
    ),
    # --- officialese: Secy. before a lower-case word, a lower-case reqd. ending a sentence before "Send", Admn. opening a sentence before a capitalised word, reqd. right before "?", Secy. inside a question, reqd. before a lower-case word, Admn. right before "!" ---
    (
        "The Secy. of your apartment block's committee has approved your request to put up a balcony grille. Two signed copies of the design are reqd. Send them to the society office by Thursday. Admn. Officer Kavita Menon will inspect the balcony next week. Is a neighbour's consent also reqd.? Only from the flat directly under you. Will the Secy. attend the inspection? He may, if he is in town. The reqd. forms are kept at the office desk. Final sanction rests with the Admn.! No work may start before it.",
        [
            "The Secy. of your apartment block's committee has approved your request to put up a balcony grille. ",
            "Two signed copies of the design are reqd. ",
            "Send them to the society office by Thursday. ",
            "Admn. Officer Kavita Menon will inspect the balcony next week. ",
            "Is a neighbour's consent also reqd.? ",
            "Only from the flat directly under you. ",
            "Will the Secy. attend the inspection? ",
            "He may, if he is in town. ",
            "The reqd. forms are kept at the office desk. ",
            "Final sanction rests with the Admn.! ",
            "No work may start before it.",
        ],
    ),
    # --- units: gm. before a lower-case word, mm. ending a sentence before "It", dz. right before "?", dz. before a lower-case word, dz. right before "!", gm. inside a question before a lower-case word, mm. before a comma ---
    (
        "Your silver ankle chains, made from 48 gm. of pure silver, have been polished and packed. The velvet box that holds them is 75 mm. It fits easily in a purse. Shall the toe rings be sold by the dz.? Yes, and we have kept two dz. aside for the bridal party. We sell the little bells only by the dz.! Loose ones are made to order. Is a 32 gm. chain too heavy for a child? Not at all, and its pendant is only 27 mm., so it will not snag on her dress.",
        [
            "Your silver ankle chains, made from 48 gm. of pure silver, have been polished and packed. ",
            "The velvet box that holds them is 75 mm. ",
            "It fits easily in a purse. ",
            "Shall the toe rings be sold by the dz.? ",
            "Yes, and we have kept two dz. aside for the bridal party. ",
            "We sell the little bells only by the dz.! ",
            "Loose ones are made to order. ",
            "Is a 32 gm. chain too heavy for a child? ",
            "Not at all, and its pendant is only 27 mm., so it will not snag on her dress.",
        ],
    ),
    # --- dotted acronyms: I.T.R. opening the reply, I.T.R. ending a sentence before "Keep", C.C.T.V. inside a question, C.C.T.V. right before "?", C.C.T.V. before a comma, I.T.R. ending a sentence before "Paper", I.T.R. right before "!" ---
    (
        "I.T.R. filing for your grocery shop is done for this year. Your refund will come once the tax office checks the I.T.R. Keep an eye on your phone for a message. Is the C.C.T.V. system you installed a claimable cost? Yes, it counts as shop hardware. Did you keep the invoice for the C.C.T.V.? Then send us a scan, since the C.C.T.V., being new, gets a higher write-off. Most traders in your market now file an online I.T.R. Paper filing is rare. Late filers pay a fee, so never skip the I.T.R.! Our team will remind you next year.",
        [
            "I.T.R. filing for your grocery shop is done for this year. ",
            "Your refund will come once the tax office checks the I.T.R. ",
            "Keep an eye on your phone for a message. ",
            "Is the C.C.T.V. system you installed a claimable cost? ",
            "Yes, it counts as shop hardware. ",
            "Did you keep the invoice for the C.C.T.V.? ",
            "Then send us a scan, since the C.C.T.V., being new, gets a higher write-off. ",
            "Most traders in your market now file an online I.T.R. ",
            "Paper filing is rare. ",
            "Late filers pay a fee, so never skip the I.T.R.! ",
            "Our team will remind you next year.",
        ],
    ),
    # --- short forms of ordinary prose: Kum. opening the reply before a name, etc. ending a sentence before "Our", vs. before a lower-case word, Kum. inside a question before a name, etc. right before "?", vs. inside a question before a lower-case word, etc. before a comma, etc. right before "!" ---
    (
        "Kum. Ananya Bhat, your neighbour's daughter, will sing the opening song at the town's music festival on Saturday. The stage needs a harmonium, a tabla, microphones, etc. Our volunteers are bringing them in a van. The final round pits her group vs. a team from the next town. Will Kum. Bhat also sing in the final? She will, as lead singer. Should we also bring mats, stools, etc.? Yes, plenty of mats. Is it just her group vs. the visitors, or are there three groups? Only two groups. Snacks, tea, etc., will be served free. Everyone may bring drums, bells, etc.! The more music, the better.",
        [
            "Kum. Ananya Bhat, your neighbour's daughter, will sing the opening song at the town's music festival on Saturday. ",
            "The stage needs a harmonium, a tabla, microphones, etc. ",
            "Our volunteers are bringing them in a van. ",
            "The final round pits her group vs. a team from the next town. ",
            "Will Kum. Bhat also sing in the final? ",
            "She will, as lead singer. ",
            "Should we also bring mats, stools, etc.? ",
            "Yes, plenty of mats. ",
            "Is it just her group vs. the visitors, or are there three groups? ",
            "Only two groups. ",
            "Snacks, tea, etc., will be served free. ",
            "Everyone may bring drums, bells, etc.! ",
            "The more music, the better.",
        ],
    ),
    # --- amounts: an amount-word ending a sentence, a percentage before a comma, an amount with "/-" before a lower-case word, two amounts joined by "to", an amount with paise right before "?", a bracketed amount inside a statement, an amount in Indian grouping right before "!", an amount-word right before "?" ending the reply ---
    (
        "The used tractor you liked is listed at ₹5.75 lakh. Our dealer will knock off 7.5%, and the transfer papers cost ₹4,750/- extra. Insurance quotes run from ₹32,500 to ₹35,750 for the first year. Is the down payment ₹59,087.50? Yes, and the rest is a loan whose monthly instalment (₹12,750) stays fixed for sixty months. With the trailer, the total comes to ₹7,55,000! Shall we hold the tractor for you at ₹5.7 lakh?",
        [
            "The used tractor you liked is listed at ₹5.75 lakh. ",
            "Our dealer will knock off 7.5%, and the transfer papers cost ₹4,750/- extra. ",
            "Insurance quotes run from ₹32,500 to ₹35,750 for the first year. ",
            "Is the down payment ₹59,087.50? ",
            "Yes, and the rest is a loan whose monthly instalment (₹12,750) stays fixed for sixty months. ",
            "With the trailer, the total comes to ₹7,55,000! ",
            "Shall we hold the tractor for you at ₹5.7 lakh?",
        ],
    ),
    # --- dates and times: a hyphen date before a comma, a colon time before a lower-case word, a hyphenated dotted month form right before "?", a dotted date ending a sentence, two colon times joined by "to", a slash date before a lower-case bracketed phrase, a dotted time right before "!", a dotted month form inside a question, a colon time right before "?" ---
    (
        "Your father-in-law's cataract surgery is fixed for 22-10-2075, a Tuesday. He must check in at 07:55 and eat nothing beforehand. Could it move to mid-Nov.? Only if a slot opens, and we will confirm by text. His eye drops start on 20.10.2075. The surgery itself runs from 09:50 to 10:27, and he rests for an hour after it. Family may visit on 23/10/2075 (the day after) from noon. Discharge is at 5.50! Is the follow-up on 27 Nov. at 10:48? Yes, and it should take under an hour.",
        [
            "Your father-in-law's cataract surgery is fixed for 22-10-2075, a Tuesday. ",
            "He must check in at 07:55 and eat nothing beforehand. ",
            "Could it move to mid-Nov.? ",
            "Only if a slot opens, and we will confirm by text. ",
            "His eye drops start on 20.10.2075. ",
            "The surgery itself runs from 09:50 to 10:27, and he rests for an hour after it. ",
            "Family may visit on 23/10/2075 (the day after) from noon. ",
            "Discharge is at 5.50! ",
            "Is the follow-up on 27 Nov. at 10:48? ",
            "Yes, and it should take under an hour.",
        ],
    ),
    # --- URLs, e-mail and phone numbers: a bare address before a comma, an https:// address with a path right before "!", an e-mail inside a bracket mid-sentence, an http:// address with a path ending a sentence before a capital, a landline ending a sentence, a toll-free number right before "?", a www. address with a path before a lower-case word, an e-mail ending a sentence before a capital, an https:// address with a query string ending the reply ---
    (
        "Weekly vegetable boxes from our farm can be ordered on hara-thela.in, or by phone. Your first box is already up at https://hara-thela.in/mera-dabba! Complaints (write to madad@hara-thela.in with a photo) are handled within a day. Cooking tips for each week's greens go up at http://hara-thela.in/pakwan. Our farm office is on 0571-275 5087. Is our free line 1800-575-2750? Yes, and it works round the clock. Check www.hara-thela.in/khet for pictures of the crops growing. Wholesale buyers may write to thok@hara-thela.in. Pause your box for any week at https://hara-thela.in/rok?hafta=agla.",
        [
            "Weekly vegetable boxes from our farm can be ordered on hara-thela.in, or by phone. ",
            "Your first box is already up at https://hara-thela.in/mera-dabba! ",
            "Complaints (write to madad@hara-thela.in with a photo) are handled within a day. ",
            "Cooking tips for each week's greens go up at http://hara-thela.in/pakwan. ",
            "Our farm office is on 0571-275 5087. ",
            "Is our free line 1800-575-2750? ",
            "Yes, and it works round the clock. ",
            "Check www.hara-thela.in/khet for pictures of the crops growing. ",
            "Wholesale buyers may write to thok@hara-thela.in. ",
            "Pause your box for any week at https://hara-thela.in/rok?hafta=agla.",
        ],
    ),
    # --- quotes and brackets: a "!" inside a straight double quote mid-sentence, a "?" inside a closing curly double quote ending a sentence, a bracketed question as its own chunk, a "." inside a closing straight double quote ending a sentence, a square-bracketed exclamation as its own chunk, a full stop just after a closing curly double quote, a "." inside a closing curly single quote ending the reply ---
    (
        'At our branch, the new token kiosk greets you with "Namaste!" and its display glows. Tap the button that reads “Deposits?” (Not sure which key is yours?) The guard will assist, and when the token prints, the kiosk says "Please take your slip." [Keep the slip until your number is called!] Regulars call the waiting hall the “quiet room”. When your turn comes, the screen flashes ‘Counter four, please.’',
        [
            'At our branch, the new token kiosk greets you with "Namaste!" and its display glows. ',
            "Tap the button that reads “Deposits?” ",
            "(Not sure which key is yours?) ",
            'The guard will assist, and when the token prints, the kiosk says "Please take your slip." ',
            "[Keep the slip until your number is called!] ",
            "Regulars call the waiting hall the “quiet room”. ",
            "When your turn comes, the screen flashes ‘Counter four, please.’",
        ],
    ),
    # --- ellipses: "?!" (an end); "..." before a capital (an end); "…" before a lower-case word (not an end); "...?" (an end after the "?"); "…!" (an end after the "!"); "..." before a lower-case word (not an end); the reply ends on "…" ---
    (
        "Your wedding cards were printed with the wrong date?! We looked again at the draft you approved... You are right, the error is on our side. The press has already started on a fresh batch… and it will be ready by Thursday. Can we drop them at your home...? Our van goes that way on Friday…! The misprinted stock... will be taken back for pulping. Once more, we apologise for this mix-up…",
        [
            "Your wedding cards were printed with the wrong date?! ",
            "We looked again at the draft you approved... ",
            "You are right, the error is on our side. ",
            "The press has already started on a fresh batch… and it will be ready by Thursday. ",
            "Can we drop them at your home...? ",
            "Our van goes that way on Friday…! ",
            "The misprinted stock... will be taken back for pulping. ",
            "Once more, we apologise for this mix-up…",
        ],
    ),
    # --- emoji: one opening the reply, two after a sentence's full stop, a skin-toned one right before "!", one right before "?", one closing a sentence with no stop, one inside a sentence, one with a presentation selector after "!", a ZWJ sequence with a presentation selector ending the reply with no stop ---
    (
        "🏏 Your son's summer cricket camp starts on Monday at the town ground. Pack a cap, a water bottle and sun cream. 🧢🧴 Every boy gets a camp shirt 👍🏽! Does he have his own kit bag 🎒? If not, we lend one for the month 🎽 Lunch is served at noon under the big neem tree 🌳 with fresh lime juice. Matches on the last day are open to parents! ✌️ We can't wait to see him bat ❤️‍🔥",
        [
            "🏏 Your son's summer cricket camp starts on Monday at the town ground. ",
            "Pack a cap, a water bottle and sun cream. 🧢🧴 ",
            "Every boy gets a camp shirt 👍🏽! ",
            "Does he have his own kit bag 🎒? ",
            "If not, we lend one for the month 🎽 ",
            "Lunch is served at noon under the big neem tree 🌳 with fresh lime juice. ",
            "Matches on the last day are open to parents! ✌️ ",
            "We can't wait to see him bat ❤️‍🔥",
        ],
    ),
    # --- one-line list with "▸ " markers after a colon, items ending in ",", ", and" and "." ---
    (
        "For the free eye screening on Sunday, please bring: ▸ your old glasses, ▸ a list of the medicines you take, and ▸ someone to drive you home after the drops. Results are shared right away.",
        [
            "For the free eye screening on Sunday, please bring: ",
            "▸ your old glasses, ",
            "▸ a list of the medicines you take, and ",
            "▸ someone to drive you home after the drops. ",
            "Results are shared right away.",
        ],
    ),
    # --- multi-line list with "◆ " markers after a heading line ending in a colon, items ending with ".", "?", no mark and "!" ---
    (
        "To keep your cowshed dry this monsoon:\n◆ Raise the floor near the drain by a hand's width.\n◆ Have the roof sheets been checked for rust?\n◆ Store dry fodder on a raised platform\n◆ Never leave wet straw under the animals!\nOur animal health worker will drop by in June.",
        [
            "To keep your cowshed dry this monsoon:\n",
            "◆ Raise the floor near the drain by a hand's width.\n",
            "◆ Have the roof sheets been checked for rust?\n",
            "◆ Store dry fodder on a raised platform\n",
            "◆ Never leave wet straw under the animals!\n",
            "Our animal health worker will drop by in June.",
        ],
    ),
    # --- mixed scripts: Gujarati with બી.એડ. followed by a word mid-sentence, an English sentence, then a Gujarati question ---
    (
        "તમારી દીકરીનું બી.એડ. પરીક્ષાનું પરિણામ શુક્રવારે જાહેર થશે. She can see it online with her seat code. શું તમને પરિણામની છાપેલી નકલ જોઈએ છે?",
        [
            "તમારી દીકરીનું બી.એડ. પરીક્ષાનું પરિણામ શુક્રવારે જાહેર થશે. ",
            "She can see it online with her seat code. ",
            "શું તમને પરિણામની છાપેલી નકલ જોઈએ છે?",
        ],
    ),
    # --- mixed scripts: Malayalam opening the reply with ബി.ടെക്., an English question, then Malayalam at "." ---
    (
        "ബി.ടെക്. പ്രവേശനത്തിനുള്ള രേഖാ പരിശോധന ചൊവ്വാഴ്ച നടക്കും. Has your son kept copies of his certificates? അസൽ രേഖകളും കൂടെ കൊണ്ടുവരണം.",
        [
            "ബി.ടെക്. പ്രവേശനത്തിനുള്ള രേഖാ പരിശോധന ചൊവ്വാഴ്ച നടക്കും. ",
            "Has your son kept copies of his certificates? ",
            "അസൽ രേഖകളും കൂടെ കൊണ്ടുവരണം.",
        ],
    ),
    # --- mixed scripts: a Punjabi question holding ਐਮ.ਏ. before a word, an English exclamation, then Punjabi at । ---
    (
        "ਕੀ ਤੁਹਾਡੀ ਭੈਣ ਨੇ ਐਮ.ਏ. ਦਾਖ਼ਲੇ ਲਈ ਫ਼ਾਰਮ ਭਰ ਦਿੱਤਾ ਹੈ? The last date is this Monday! ਫ਼ੀਸ ਬੈਂਕ ਵਿੱਚ ਵੀ ਜਮ੍ਹਾਂ ਹੋ ਸਕਦੀ ਹੈ।",
        [
            "ਕੀ ਤੁਹਾਡੀ ਭੈਣ ਨੇ ਐਮ.ਏ. ਦਾਖ਼ਲੇ ਲਈ ਫ਼ਾਰਮ ਭਰ ਦਿੱਤਾ ਹੈ? ",
            "The last date is this Monday! ",
            "ਫ਼ੀਸ ਬੈਂਕ ਵਿੱਚ ਵੀ ਜਮ੍ਹਾਂ ਹੋ ਸਕਦੀ ਹੈ।",
        ],
    ),
    # --- mixed scripts: Tamil at ".", an English exclamation, then Assamese at । ---
    (
        "கார்த்திகை தீபத்துக்கான அகல் விளக்குகள் நாளை காலை வந்துவிடும். Potters in the next village shape each one by hand! চাকিবোৰ শুকান ঠাইত সাঁচি ৰাখিব।",
        [
            "கார்த்திகை தீபத்துக்கான அகல் விளக்குகள் நாளை காலை வந்துவிடும். ",
            "Potters in the next village shape each one by hand! ",
            "চাকিবোৰ শুকান ঠাইত সাঁচি ৰাখিব।",
        ],
    ),
    # --- mixed scripts: Hindi at ।, an English question, then an Urdu question at ؟ ---
    (
        "आपके बेटे की साइकिल की मरम्मत पूरी हो गई है। Shall we also fit a bell on it? کیا آپ اسے شام کو لینے آئیں گے؟",
        [
            "आपके बेटे की साइकिल की मरम्मत पूरी हो गई है। ",
            "Shall we also fit a bell on it? ",
            "کیا آپ اسے شام کو لینے آئیں گے؟",
        ],
    ),
]
