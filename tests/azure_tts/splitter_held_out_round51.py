"""Held-out cases for the sentence splitter, round 51: written without reading or running it.

Written after reading only /work/main/tests/azure_tts/splitter_held_out_round50.py and
/work/main/tests/azure_tts/splitter_held_out_round49.py (for format and conventions), each opened by
its exact path (with cat, sed, wc and grep, and with Python reading it as text and parsing it with
the ast module, never importing or running it). No splitter source, bench, tuning file, log, other
test file, README or git history was opened, no folder of the project was listed, no wildcard or
glob was used on a project path, git was not used, and no web, code or document search was made.
Nothing was run against the splitter or in the project, and its package was not imported. In /tmp
only the scratch folder /tmp/s37/w_s51/ (made for this round with mkdir -p) and this file were
touched; /tmp/s37 itself was not listed. No slip against these reading rules is known. Three
drafting slips to record, each caught by the checks below before this file was written: a first
units case used the form qtl., although its tail "tl." occurs in the two files (a check of mine had
shown it, and I missed it; the quoted-phrase pass caught it, and doz. replaced it); a first prose
case used Prof. and Bros., whose tails "of." and "os." occur in the two files (caught by the tail
check; Fr. and Co. replaced them); and a first Kannada line held a zero-width non-joiner (in
"ಶೋರೂಮ್‌ನಿಂದ", now "ಶೋರೂಮಿನಿಂದ"). Round 50 was printed whole once with cat (the tool output cut its
middle, which was then read with sed by line ranges; one such range was piped through grep -v to
skip its chunk lines). Of round 49 only its first 60 lines (its docstring's start) were printed,
with sed, and its section comments were listed with grep -n on its exact path; its case texts were
not read line by line (they were searched only by the checks below). Round 50's conventions
paragraph was copied with sed (a pattern range on its exact path) into the scratch folder and reused
here, with the round numbers and readings moved on. Python was used only in the scratch folder: to
read the two files as text for the checks below (the docstrings were taken with ast), to assemble
this file from drafted chunk lists (so each text is the join of its chunks), to check that the
chunks concatenate exactly to the text, that every chunk but the last ends in whitespace, that there
are 60 cases and that the module imports by path, and for the checks below. The case shape of round
50 is kept: each case is (text, expected chunks), so the text is given whole; no stream split is
stored here. No sentence is taken or paraphrased from the two files, and none of their replies was
used as a template. No reply is about a library, a ration card, a voter card, a bus, a passport, a
hotel stay, a scholarship, a water tank, house tax or school hours, and no case holds the substrings
"lab", "ration", "bus" or "let" at all (a first "completed" was reworded). Topics were moved away
from those the two files use (now a geyser repair, a bicycle tune-up, new spectacles, a broadband
router, a dental cleaning, a neem tree trimmed, framed studio photos, driving lessons, a phone
screen, pressed clothes, a carpenter's door hinge, a tyre puncture, a ceiling fan, wedding cards,
wheat seed and fertiliser, a new electricity meter, Deepavali snacks, drip irrigation, hilsa fish, a
pond cleaned of water hyacinth, a Pongal pot and cow bells, a ploughing tractor, a borewell motor,
groundnut seed, dhokla catering, a hired tractor, Alphonso mangoes, silkworm trays, boat race
passes, a pepper sale, Lohri firewood and rewri, a tractor service, a Rath Yatra rooftop, fish
fingerlings, tea leaves weighed, a fishing net, a carpet washed and pure honey; then a tree-planting
drive, an old-age home's staff, a father's chest infection, tabla classes' new address, a cheque
book and charges, solar panels on a society terrace, marigold seedlings and rain, an electricity
meter shifting, a science quiz, a tractor purchase, a Shirdi trip, a vegetable delivery site, a
kabaddi coach, a washer's drum, Deepavali lamps, a gate painted, cataract surgery, and the five
mixed replies).

A phrase-overlap check searched every 16-character run of every case against both whole files
(docstrings included, case-insensitively, digits mapped to ASCII). Its first pass reworded: " are
sponsored b", " at night. for t", a Hinglish " badal di gayi h", " been sent to yo", " can be
ordered ", " confirmed, and ", " copies of your ", " depending on th", " doctor has also", " fee can
be paid", " for the juniors", " in the society'", " is refunded wit", " lakh. the bank ", " on
friday morni", " should we keep ", " the chief guest", " will also hand ", " will judge the ", "
yes, and the fr", an Urdu " مکمل ہو گئی ہے۔" and " ہم ساتھ لائیں گ", a Marathi " तयार आहे. त्यात",
"! is the return ", ". we regret the ", "? she plans to, ", "before our team ", "booked at http:/",
"day. be at the p", "e an hour early!", "e nursery order ", an Assamese "লখন মেৰামতি কৰা হ" and a
Bengali "ে বাড়িতে পৌঁছে "; a second pass found " at the communit" and "right after the ", and a
third nothing. After that no 16-character run is shared with either file. A within-file run check
also reworded "your housing society" and a Bengali "পরিষ্কার করা হয়েছে। " (first pass) and "plant
the first" (second pass), and now finds none. Every phrase the two files quote in their docstrings
(502 found by a regex for straight and curly double quotes) was also searched for as a substring,
case-insensitively; that pass reworded "LL." (a first "wall.", "well." and "full."), "Sunday."
(twice), "an." (a first "van."), "app." (also "pp."), "care", "ch." (a first "branch."), "dopahar",
"en." (a first "hidden."), "end." (a first "weekend."), "es." (a first "minutes.", "eyes.",
"sixties." and "dries."), "evening.", "give" and "given" (four times), "hours." (also "ours." and
"rs."), "just", "late" (in a first "later", "nameplate" and "plates"), "machine", "mahine", "mid-",
"minutes.", "morning." (twice), "na." (a first Hinglish "lena."), "ot." (a first "spot." and
"depot."), "packet" (three times), "re." (a first "glare.", "care.", "acre." and "before."), "ri."
(a first path ending "hari."), "road.", "safely.", "st." (a first "hygienist." and "breakfast."),
"tl." (in qtl., see above), "ts." (a first "artists."), "unless", "weekend.", and the Odia "ଆପଣଙ୍କ"
(three times) and Malayalam "നിങ്ങളുടെ" (three times), which round 50 also kept out; a second pass
reworded "rd." (a first "cupboard.") and the Hinglish "subah". A first domain "sabzimandi.in" was
renamed because "i." (its tail "di.") would have been a hit inside an address. What it still finds
are marks and connecting words ("!", "!?", "?", ",", ", ", ", and", ";", "; ", ".", " (", " and ", "
before ", " or ", " that", "...", "...!", "…", "…?", "%", "/-", ".in", "।"), the plain words "A",
"I", "It", "Our", "The", "We", "You", "and", "back", "but", "by", "can", "each", "if", "in", "of",
"only", "so", "to", "we" and "will", the amount-word "lakh" (kept, as the amounts case needs it),
word pieces ("AC" in words such as "spectacles", "back", "packed" and "tractor"; "Ah" in the
Hinglish "tah"; "app" in "swapped", "app" and "Happy"), and word endings ("d." and "ed." in
"changed.", "framed.", "played.", "find.", "field.", "land.", "old." and "round."; "g." in
"driving.", "nursing.", "packing.", "seating." and "sapling."; "y." and "Y." in words such as
"Saturday.", "Wednesday.", "day." and "dry."; "S." in words ending in s; "I." in the Hinglish "hai."
(three times) and "di."; "hai." itself, three times). Inside a form it finds only these: "d." and
"D." in pwd. and attd.; "I." in U.P.I. (four times). None is inside an address, an e-mail or a web
address. No Malayalam reply uses "നിങ്ങളുടെ", no Odia reply uses "ଆପଣଙ୍କ", no Kannada reply opens
"ನಿಮ್ಮ ತಂದೆಯವರ", no Gujarati reply uses "પિતાજી", and no Urdu reply uses "خود بخود".

Numbers: every amount, decimal, percentage, date, time, phone number and count was checked with a
plain substring search against both files, with and without its separators, after mapping every
Unicode decimal digit to ASCII (the files' digits were also searched as one run with all separators
removed); none is in either file. The two-digit runs that occur in neither file even with their
separators removed are 27 32 35 45 52 57 59 77 78 79 85 87, and every number here holds at least one
of them: House 527, 27 doz., 450 gm. (twice), 32 mm., 57 mm., 35 doz., 52 doz., ₹7.85 lakh, 85%,
₹1,17,850/-, ₹2,450, ₹3,200, ₹57,999.50, ₹14,527, ₹35,000, 27-11-2078 (a Sunday), 04:45, 25.11.2078,
07:52, 09:35, 20/11/2078, 12.45, 21:57, 0231-245 7859 and 1800-345-7877. No single-digit number, no
Indic digit and no bare list number is used; the list markers are "▸ " and "⬥ ", and neither occurs
in either file. Names, places and addresses were checked the same way (none occurs there): Rohan
Deshmukh, Maratha, Thomas Fernandes, Kamat, Kavita Kulkarni, Shanti, Hanuman Mandir, Pune, Shirdi,
Gandhi Chowk, Ceftriaxone, Salbutamol and the sabziroj.in domain (local parts "rasoi" and "madad",
paths "aaj-ke-daam", "tyohar", "mausam" and "dekho?peti=taaza"). A first "Diwali" (which occurs in
the files) became "Deepavali". The domain holds none of the files' banned words; its tail before
".in" ("oj.") occurs nowhere in the files, and no other word here ends in it. "India" is not used
(nor a flag emoji); the Indic-script cases name no person and no place. No undotted acronym is used
(a regex for two or more capitals finds none). The emoji used (🪔, 🎆, 🕯️, ✨, 🌼, 🛍️, 🏮) occur in
neither file; the presentation selector after 🕯 and 🛍 does occur there. No case holds a zero-width
joiner or non-joiner.

Every short form here is new. Each was searched for in both files, case-insensitively, as a plain
substring (so also as a whole word), and none is found:
- service forms Maj. and Lt., with the lower-case regt.;
- degrees B.Voc. and M.S.W. (and "S.W.");
- prescription forms Inj. and Neb., with the lower-case pwd.;
- address forms Ext. and Nr., with the lower-case sq.;
- banking forms Chq. and Txn., with the lower-case chgs.;
- officialese Secy. and Admn., with the lower-case attd.;
- units gm., mm. and doz.;
- dotted acronyms U.P.I. and N.O.C. (and each run of two parts: "U.P.", "P.I.", "N.O.", "O.C.");
- short forms of ordinary prose Fr. and Co., with the lower-case etc.;
- the month form Nov. (right before "?" and inside a question before a lower-case word);
- Indic forms എം.എ. (Malayalam), ବି.ଏ. (Odia) and எம்.ஏ. (Tamil). No single part of them ("എം.",
  "എ.", "ବି.", "ଏ.", "எம்.", "ஏ.") occurs in the two files read.
Their tails were checked too: "aj.", "lt.", "gt.", "oc.", "nj.", "eb.", "wd.", "xt.", "nr.", "sq.",
"hq.", "xn.", "gs.", "cy.", "mn.", "td.", "gm.", "mm.", "oz.", "fr.", "co.", "tc.", "ov." and the
last parts "S.W.", "P.I." and "O.C." occur nowhere there. Within this file no two forms share a
tail, and no other word ends in one (each tail occurs exactly as often as its form; a first
"saplings." was reworded for "gs."). Forms dropped for clashing: qtl. ("tl." is in the files), Prof.
("of.") and Bros. ("os."), Lot. ("ot."), B.Ed. ("ed."), M.B.A. ("B.A."), bsmt. and amt. ("mt."),
mins. ("ns."), Aug. (in the files), Nk. (in the files) and a Hindi बी.ए. ("ए." is in the files). No
new short amount-word is used (the amounts case uses "lakh", "/-", "%" and paise only). No form
means a fuel, health centre, school, transport, post office, police, civic body, village, district,
doctor, number or time of day (so no "a.m.", "p.m.", "Dr." or "No."). No single capital letter ends
a sentence other than as the last part of a dotted acronym, and no label is exercised.

About two thirds of the cases (38 of 60) are everyday replies (home services, banking, travel,
health, farming, shops, festivals and events) in English, Hinglish, Hindi (one of them written with
"." instead of "।"), Marathi, Bengali, Tamil, Telugu, Gujarati, Kannada, Malayalam, Punjabi, Odia,
Assamese and Urdu, in round 50's proportions (8 English, 4 Hinglish, 4 Hindi, 2 of each other
language). The other 22 carry the harder cases a bot really produces, in round 50's order.

Conventions (those rounds 49 and 50 state, kept): each case is (text, the chunks a careful human
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
end, as a short form before a capitalised place name inside an address is not. Two readings follow
from the stated ones and are used here: an emoji after the reply's closing "!" ("family! 🏮") stays
with that sentence and ends the reply, as one after a sentence's "!" does; an emoji carrying a
presentation selector (🕯️, 🛍️) behaves as one without it does.

Exercised here (new variations):
1. "Maj. Rohan Deshmukh" opening the reply stays with it; a lower-case "Maratha regt. Its" ends the
   chunk; "A young Lt. (your cousin's" is not an end; "Can Maj. Deshmukh plant" inside a question is
   not one; "the Lt.? Yes" ends after the "?"; "The regt., which" is not an end; "the Maj.! He" ends
   after the "!".
2. "an M.S.W. degree" is not an end; "a B.Voc. She" ends the chunk; "Does an M.S.W. graduate" inside
   a question is not an end; "a two-year B.Voc.? It" ends after the "?"; "B.Voc. students" opening a
   sentence stays with it; "an M.S.W., and" is not an end; "her M.S.W.! Ring" ends after the "!".
3. "Inj. Ceftriaxone" opening the reply stays with it; "wants Neb. Salbutamol too" is not an end; a
   lower-case "antifungal pwd. It" ends the chunk; "Can the Inj. be" inside a question is not an
   end; "the Neb.? Yes" ends after the "?"; "the pwd. away" is not an end; "evening Inj.! His" ends
   after the "!".
4. "House 527, Shanti Ext., Nr. Hanuman Mandir, off" holds no end (that sentence ends at its own
   full stop); a lower-case "old town sq. A" ends the chunk; "Which Ext. gate" inside a question is
   not an end; "the Ext. lanes?" inside a question is not one; "The sq. fills" is not one; "Shanti
   Ext.! Our" ends after the "!".
5. "Your Chq. book" is not an end; "a Txn. Note" ends the chunk; a lower-case "quarterly chgs. They"
   ends it; "a lost Chq. by" and "the chgs. come" inside questions are not ends; "the Txn.? That"
   ends after the "?"; "blank Chq.! Cross" ends after the "!".
6. "The Secy. of" is not an end; a lower-case "must be attd. Bring" ends the chunk; "Admn. Officer
   Kavita Kulkarni" opening a sentence stays with it; "deed attd.? Yes" ends after the "?"; "Will
   the Admn. Officer" inside a question is not an end; "Your attd. copies" is not one; "the Secy.!
   Workers" ends after the "!".
7. "27 doz. of" is not an end; "450 gm. It" ends the chunk; "32 mm.? It" ends after the "?"; "57 mm.
   across" is not an end; "35 doz.! Is" ends after the "!"; "a 450 gm. pouch" inside a question is
   not an end; "52 doz., then" is not one.
8. "N.O.C. papers" opening the reply stays with it; "by U.P.I. Your" ends the chunk; "Does a U.P.I.
   payment" inside a question is not an end; "a fresh N.O.C.? Only" ends after the "?"; "A U.P.I.,
   if" is not an end; "the N.O.C. Someone" ends the chunk; "by U.P.I.! Use" ends after the "!".
9. "Fr. Thomas Fernandes" opening the reply stays with it; "stars etc. across" is not an end; "Kamat
   & Co. Their" ends the chunk; "Will Fr. Fernandes also" inside a question is not one; "Kamat &
   Co.? Most" ends after the "?"; "Kamat & Co., the" is not an end; "flags etc. for" inside a
   question is not one.
10. An amount-word ending a sentence ("₹7.85 lakh. A"), a percentage before a lower-case word ("85%
    of"), an amount with "/-" right before "?" ("₹1,17,850/-? Yes"), two amounts joined by "to"
    before a lower-case word ("₹2,450 to ₹3,200 as"), an amount with paise ending a sentence
    ("₹57,999.50. Insurance"), a bracketed amount mid-sentence ("(₹14,527 for the first year) is"),
    an amount right before "!" ("₹35,000! Shall").
11. A hyphen date before a comma ("27-11-2078, so"), a colon time before a lower-case word ("04:45
    with"), a month form right before "?" ("in Nov.? Yes"), a dotted date ending a sentence
    ("25.11.2078. Darshan"), two colon times joined by "to" ("07:52 to 09:35, so"), a slash date
    before a lower-case bracket ("20/11/2078 (a phone photo is fine) so"), a dotted time right
    before "!" ("12.45! Does"), a month form inside a question ("in Nov. begin"), a colon time right
    before "?" ("21:57? Around").
12. A bare address before a lower-case word is not cut; an https:// address with a hyphenated path
    ending a sentence before a capital ends it after the full stop; an e-mail inside a bracket
    mid-sentence is neither cut nor an end; an http:// address with a path right before "!" ends the
    chunk after the "!"; a landline with an area code right before "?" ends it after the "?"; a
    toll-free number ending a sentence ends it after the full stop; a www. address with a path
    inside a bracket mid-sentence is neither cut nor an end; an e-mail right before "?" ends it
    after the "?"; an https:// address with a "?" query string ends the reply after its full stop.
13. A "!" inside a straight double quote mid-sentence ("Chalo, shabaash!" whenever); a "?" inside a
    closing curly double quote ending a sentence (“Did we play well today?” (); a bracketed
    exclamation as its own chunk; a full stop just after a closing curly single quote (‘josh’. [); a
    square-bracketed question as its own chunk; a full stop just after a closing round bracket (next
    month). The); a "." inside a closing straight double quote ending the reply.
14. "!?" ends the first sentence; "…" before "The" ends one; "..." before "but" does not; "…?" ends
    one after the "?"; "...!" ends one after the "!"; "…" before "if" does not; the reply ends on
    "...".
15. Emoji: 🪔 opening the reply, 🎆 right before "!", 🕯️ inside a sentence, ✨🌼 in a row after a full
    stop, 🛍️ closing a sentence with no stop, 🏮 after the reply's closing "!".
16. "▸ " markers on a one-line list after a colon (items ending ";", ", and" and ".") and "⬥ "
    markers on a multi-line list after a heading line (items ending "!", "?", no mark and "."), each
    followed by a plain sentence.
17. Mixed scripts: Malayalam holding എം.എ. before a word, an English question, Malayalam at ".";
    Odia opening the reply with ବି.ଏ., English, an Odia question; a Tamil question holding எம்.ஏ.
    before a word, an English "!", Tamil at "."; Hindi at ।, an English question, Kannada at ".";
    Gujarati at ".", an English "!", Urdu at ۔.

"""

from __future__ import annotations

HELD_OUT: list[tuple[str, list[str]]] = [
    # --- everyday replies, English ---
    (
        "The plumber has fixed the geyser in your bathroom this afternoon. Its heating coil was swapped for a new one, and the thermostat now works. Wait twenty minutes for it to warm up before your bath.",
        [
            "The plumber has fixed the geyser in your bathroom this afternoon. ",
            "Its heating coil was swapped for a new one, and the thermostat now works. ",
            "Wait twenty minutes for it to warm up before your bath.",
        ],
    ),
    (
        "Your bicycle's chain has been oiled and the brake pads changed. Both tyres were pumped to the right pressure too. You can ride it home whenever it suits you.",
        [
            "Your bicycle's chain has been oiled and the brake pads changed. ",
            "Both tyres were pumped to the right pressure too. ",
            "You can ride it home whenever it suits you.",
        ],
    ),
    (
        "Your new spectacles are ready at our optical counter. The lenses have an anti-glare coat for night driving. Please bring the old pair along so we can check the fit.",
        [
            "Your new spectacles are ready at our optical counter. ",
            "The lenses have an anti-glare coat for night driving. ",
            "Please bring the old pair along so we can check the fit.",
        ],
    ),
    (
        "Our technician will install your broadband router on Friday before noon. He will run the cable along the skirting so it stays out of sight. Keep a power socket free near the hall window.",
        [
            "Our technician will install your broadband router on Friday before noon. ",
            "He will run the cable along the skirting so it stays out of sight. ",
            "Keep a power socket free near the hall window.",
        ],
    ),
    (
        "Your dental cleaning is fixed for Tuesday at our clinic. The visit lasts under an hour. Avoid tea and coffee for an hour once it is done.",
        [
            "Your dental cleaning is fixed for Tuesday at our clinic. ",
            "The visit lasts under an hour. ",
            "Avoid tea and coffee for an hour once it is done.",
        ],
    ),
    (
        "The gardener will trim the neem tree in your compound on Wednesday. He will also stack the cut branches near the side gate. Park your car outside the gate that day, please.",
        [
            "The gardener will trim the neem tree in your compound on Wednesday. ",
            "He will also stack the cut branches near the side gate. ",
            "Park your car outside the gate that day, please.",
        ],
    ),
    (
        "Your family photos from the studio session have been printed and framed. We chose a matt finish so the glass does not reflect light. The soft copies are on a pen drive in the same envelope.",
        [
            "Your family photos from the studio session have been printed and framed. ",
            "We chose a matt finish so the glass does not reflect light. ",
            "The soft copies are on a pen drive in the same envelope.",
        ],
    ),
    (
        "Your driving lessons begin on Monday at seven sharp. The instructor will pick you up from your lane in a dual-control car. Carry your learner's licence with you on every drive.",
        [
            "Your driving lessons begin on Monday at seven sharp. ",
            "The instructor will pick you up from your lane in a dual-control car. ",
            "Carry your learner's licence with you on every drive.",
        ],
    ),
    # --- everyday replies, Hinglish ---
    (
        "Aapke phone mein nayi screen lag chuki hai. Naya tempered glass bhi laga diya hai. Shaam ko counter se phone uthaa lijiye.",
        [
            "Aapke phone mein nayi screen lag chuki hai. ",
            "Naya tempered glass bhi laga diya hai. ",
            "Shaam ko counter se phone uthaa lijiye.",
        ],
    ),
    (
        "Aapke saare kapde press hokar taiyaar hain. Kurte tah karke ek thaile mein rakhe hain. Ladka kal lunch ke baad ghar par de jaayega.",
        [
            "Aapke saare kapde press hokar taiyaar hain. ",
            "Kurte tah karke ek thaile mein rakhe hain. ",
            "Ladka kal lunch ke baad ghar par de jaayega.",
        ],
    ),
    (
        "Carpenter kal savere aakar aapka darwaza theek karega. Kabza ghis gaya tha, isliye naya lagega. Woh apne saath polish bhi le aayega.",
        [
            "Carpenter kal savere aakar aapka darwaza theek karega. ",
            "Kabza ghis gaya tha, isliye naya lagega. ",
            "Woh apne saath polish bhi le aayega.",
        ],
    ),
    (
        "Aapki gaadi ka puncture theek ho gaya hai. Doosre tyre mein bhi hawa kam thi, woh bhar di. Agli baar alignment bhi karwa lijiye.",
        [
            "Aapki gaadi ka puncture theek ho gaya hai. ",
            "Doosre tyre mein bhi hawa kam thi, woh bhar di. ",
            "Agli baar alignment bhi karwa lijiye.",
        ],
    ),
    # --- everyday replies, Hindi ---
    (
        "आपके कमरे का छत वाला पंखा ठीक कर दिया गया है। उसका कंडेंसर बदलना पड़ा। अब वह पूरी रफ़्तार से चलेगा।",
        [
            "आपके कमरे का छत वाला पंखा ठीक कर दिया गया है। ",
            "उसका कंडेंसर बदलना पड़ा। ",
            "अब वह पूरी रफ़्तार से चलेगा।",
        ],
    ),
    (
        "आपकी बेटी की शादी के कार्ड छपकर आ गए हैं। कुल तीन सौ कार्ड और उतने ही लिफ़ाफ़े हैं। इन्हें सोमवार को दुकान से उठा लीजिए।",
        [
            "आपकी बेटी की शादी के कार्ड छपकर आ गए हैं। ",
            "कुल तीन सौ कार्ड और उतने ही लिफ़ाफ़े हैं। ",
            "इन्हें सोमवार को दुकान से उठा लीजिए।",
        ],
    ),
    (
        "आपके खेत के लिए गेहूँ का बीज और खाद गोदाम में आ गया है। हर किसान को पाँच बोरी दी जाएँगी। अपने साथ ज़मीन की खतौनी लेकर आइए।",
        [
            "आपके खेत के लिए गेहूँ का बीज और खाद गोदाम में आ गया है। ",
            "हर किसान को पाँच बोरी दी जाएँगी। ",
            "अपने साथ ज़मीन की खतौनी लेकर आइए।",
        ],
    ),
    (
        "आपके घर का नया बिजली मीटर लगा दिया गया है. पुराना मीटर हमारे कर्मचारी ले गए हैं. अगला बिल नए मीटर की रीडिंग से बनेगा.",
        [
            "आपके घर का नया बिजली मीटर लगा दिया गया है. ",
            "पुराना मीटर हमारे कर्मचारी ले गए हैं. ",
            "अगला बिल नए मीटर की रीडिंग से बनेगा.",
        ],
    ),
    # --- everyday replies, other Indian languages ---
    (
        "तुमची दिवाळीच्या फराळाची ऑर्डर बांधून ठेवली आहे. यात चकली, करंजी आणि शंकरपाळे आहेत. गुरुवारी संध्याकाळी घरी पोहोचवू.",
        [
            "तुमची दिवाळीच्या फराळाची ऑर्डर बांधून ठेवली आहे. ",
            "यात चकली, करंजी आणि शंकरपाळे आहेत. ",
            "गुरुवारी संध्याकाळी घरी पोहोचवू.",
        ],
    ),
    (
        "तुमच्या शेतात ठिबक सिंचनाचे पाइप बसवले आहेत. पहिल्या आठवड्यात रोज एक तास पाणी सोडा. नळ्यांवर जनावरे चालू देऊ नका.",
        [
            "तुमच्या शेतात ठिबक सिंचनाचे पाइप बसवले आहेत. ",
            "पहिल्या आठवड्यात रोज एक तास पाणी सोडा. ",
            "नळ्यांवर जनावरे चालू देऊ नका.",
        ],
    ),
    (
        "আপনার অর্ডার করা দুটো ইলিশ মাছ কেটে ধুয়ে রাখা হয়েছে। মাছ বরফ দিয়ে প্যাক করা আছে। দুপুরের আগেই আপনার ঘরে দিয়ে আসা হবে।",
        [
            "আপনার অর্ডার করা দুটো ইলিশ মাছ কেটে ধুয়ে রাখা হয়েছে। ",
            "মাছ বরফ দিয়ে প্যাক করা আছে। ",
            "দুপুরের আগেই আপনার ঘরে দিয়ে আসা হবে।",
        ],
    ),
    (
        "আপনাদের পুকুরের কচুরিপানা পরিষ্কার করা হয়েছে। সামনের সপ্তাহে চুন ছড়ানো হবে। তার পরে নতুন মাছের চারা ছাড়া যাবে।",
        [
            "আপনাদের পুকুরের কচুরিপানা পরিষ্কার করা হয়েছে। ",
            "সামনের সপ্তাহে চুন ছড়ানো হবে। ",
            "তার পরে নতুন মাছের চারা ছাড়া যাবে।",
        ],
    ),
    (
        "பொங்கலுக்கு நீங்கள் கேட்ட புதிய மண் பானை தயாராக உள்ளது. கூடவே மாட்டுக்கு மணியும் கயிறும் வைத்திருக்கிறோம். போகி அன்று கடைக்கு வந்து எடுத்துச் செல்லுங்கள்.",
        [
            "பொங்கலுக்கு நீங்கள் கேட்ட புதிய மண் பானை தயாராக உள்ளது. ",
            "கூடவே மாட்டுக்கு மணியும் கயிறும் வைத்திருக்கிறோம். ",
            "போகி அன்று கடைக்கு வந்து எடுத்துச் செல்லுங்கள்.",
        ],
    ),
    (
        "உங்கள் வயலை உழுவதற்கு டிராக்டர் வியாழன் காலை வரும். ஓட்டுநர் இரண்டு நாள் வேலை செய்வார். வரப்புகளை முன்பே சரிசெய்து வையுங்கள்.",
        [
            "உங்கள் வயலை உழுவதற்கு டிராக்டர் வியாழன் காலை வரும். ",
            "ஓட்டுநர் இரண்டு நாள் வேலை செய்வார். ",
            "வரப்புகளை முன்பே சரிசெய்து வையுங்கள்.",
        ],
    ),
    (
        "మీ బోరు బావి మోటారు మరమ్మతు పూర్తయింది. కొత్త వైరు కూడా వేశాము. రేపు ఉదయం నుండి నీళ్ళు వస్తాయి.",
        [
            "మీ బోరు బావి మోటారు మరమ్మతు పూర్తయింది. ",
            "కొత్త వైరు కూడా వేశాము. ",
            "రేపు ఉదయం నుండి నీళ్ళు వస్తాయి.",
        ],
    ),
    (
        "మీరు అడిగిన వేరుశనగ విత్తనాలు గోదాములో ఉన్నాయి. ఒక్కో రైతుకు మూడు సంచులు ఇస్తాము. పట్టాదారు పుస్తకం తప్పక తీసుకురండి.",
        [
            "మీరు అడిగిన వేరుశనగ విత్తనాలు గోదాములో ఉన్నాయి. ",
            "ఒక్కో రైతుకు మూడు సంచులు ఇస్తాము. ",
            "పట్టాదారు పుస్తకం తప్పక తీసుకురండి.",
        ],
    ),
    (
        "તમારા પ્રસંગ માટે ઢોકળા અને ખાંડવીનો ઓર્ડર નોંધાઈ ગયો છે. બધું સવારે તાજું બનાવીશું. વાસણ પાછા આપવાના રહેશે.",
        [
            "તમારા પ્રસંગ માટે ઢોકળા અને ખાંડવીનો ઓર્ડર નોંધાઈ ગયો છે. ",
            "બધું સવારે તાજું બનાવીશું. ",
            "વાસણ પાછા આપવાના રહેશે.",
        ],
    ),
    (
        "તમારા ખેતર માટે ટ્રેક્ટર બે દિવસ ભાડે મળશે. ડીઝલનો ખર્ચ તમારે આપવાનો રહેશે. ડ્રાઈવર સવારે છ વાગ્યે આવશે.",
        [
            "તમારા ખેતર માટે ટ્રેક્ટર બે દિવસ ભાડે મળશે. ",
            "ડીઝલનો ખર્ચ તમારે આપવાનો રહેશે. ",
            "ડ્રાઈવર સવારે છ વાગ્યે આવશે.",
        ],
    ),
    (
        "ನೀವು ಕೇಳಿದ ಅಲ್ಫೋನ್ಸೊ ಮಾವಿನ ಹಣ್ಣಿನ ಎರಡು ಪೆಟ್ಟಿಗೆ ಸಿದ್ಧವಾಗಿದೆ. ಹಣ್ಣುಗಳು ಹುಲ್ಲಿನಲ್ಲಿ ಹಣ್ಣಾಗಿವೆ. ಶುಕ್ರವಾರ ಸಂಜೆ ಮನೆಗೆ ತಲುಪಿಸುತ್ತೇವೆ.",
        [
            "ನೀವು ಕೇಳಿದ ಅಲ್ಫೋನ್ಸೊ ಮಾವಿನ ಹಣ್ಣಿನ ಎರಡು ಪೆಟ್ಟಿಗೆ ಸಿದ್ಧವಾಗಿದೆ. ",
            "ಹಣ್ಣುಗಳು ಹುಲ್ಲಿನಲ್ಲಿ ಹಣ್ಣಾಗಿವೆ. ",
            "ಶುಕ್ರವಾರ ಸಂಜೆ ಮನೆಗೆ ತಲುಪಿಸುತ್ತೇವೆ.",
        ],
    ),
    (
        "ನಿಮ್ಮ ರೇಷ್ಮೆ ಹುಳುಗಳಿಗೆ ಹೊಸ ತಟ್ಟೆಗಳು ಬಂದಿವೆ. ಅವುಗಳನ್ನು ಸುಣ್ಣದ ನೀರಿನಿಂದ ತೊಳೆದು ಬಳಸಿ. ಹಿಪ್ಪುನೇರಳೆ ಸೊಪ್ಪು ಒಣಗದಂತೆ ನೋಡಿಕೊಳ್ಳಿ.",
        [
            "ನಿಮ್ಮ ರೇಷ್ಮೆ ಹುಳುಗಳಿಗೆ ಹೊಸ ತಟ್ಟೆಗಳು ಬಂದಿವೆ. ",
            "ಅವುಗಳನ್ನು ಸುಣ್ಣದ ನೀರಿನಿಂದ ತೊಳೆದು ಬಳಸಿ. ",
            "ಹಿಪ್ಪುನೇರಳೆ ಸೊಪ್ಪು ಒಣಗದಂತೆ ನೋಡಿಕೊಳ್ಳಿ.",
        ],
    ),
    (
        "വള്ളംകളി കാണാനുള്ള നാല് പാസുകൾ തയ്യാറാണ്. പവലിയനിലെ ഇരിപ്പിടം ഉച്ചയ്ക്ക് മുൻപ് പിടിക്കണം. കുട കൂടെ കരുതുന്നത് നല്ലതാണ്.",
        [
            "വള്ളംകളി കാണാനുള്ള നാല് പാസുകൾ തയ്യാറാണ്. ",
            "പവലിയനിലെ ഇരിപ്പിടം ഉച്ചയ്ക്ക് മുൻപ് പിടിക്കണം. ",
            "കുട കൂടെ കരുതുന്നത് നല്ലതാണ്.",
        ],
    ),
    (
        "നിങ്ങൾ വിറ്റ കുരുമുളകിന് ഇന്ന് നല്ല വില കിട്ടി. തുക നാളെ ബാങ്കിൽ എത്തും. അടുത്ത ചാക്കുകൾ ഉണക്കി സൂക്ഷിക്കുക.",
        [
            "നിങ്ങൾ വിറ്റ കുരുമുളകിന് ഇന്ന് നല്ല വില കിട്ടി. ",
            "തുക നാളെ ബാങ്കിൽ എത്തും. ",
            "അടുത്ത ചാക്കുകൾ ഉണക്കി സൂക്ഷിക്കുക.",
        ],
    ),
    (
        "ਲੋਹੜੀ ਲਈ ਤੁਹਾਡੀਆਂ ਲੱਕੜਾਂ ਅਤੇ ਰਿਉੜੀਆਂ ਦਾ ਆਰਡਰ ਤਿਆਰ ਹੈ। ਮੂੰਗਫਲੀ ਵੀ ਨਾਲ ਪੈਕ ਕੀਤੀ ਗਈ ਹੈ। ਸਾਮਾਨ ਐਤਵਾਰ ਸਵੇਰੇ ਘਰ ਪਹੁੰਚ ਜਾਵੇਗਾ।",
        [
            "ਲੋਹੜੀ ਲਈ ਤੁਹਾਡੀਆਂ ਲੱਕੜਾਂ ਅਤੇ ਰਿਉੜੀਆਂ ਦਾ ਆਰਡਰ ਤਿਆਰ ਹੈ। ",
            "ਮੂੰਗਫਲੀ ਵੀ ਨਾਲ ਪੈਕ ਕੀਤੀ ਗਈ ਹੈ। ",
            "ਸਾਮਾਨ ਐਤਵਾਰ ਸਵੇਰੇ ਘਰ ਪਹੁੰਚ ਜਾਵੇਗਾ।",
        ],
    ),
    (
        "ਤੁਹਾਡੇ ਟਰੈਕਟਰ ਦੀ ਸਰਵਿਸ ਹੋ ਗਈ ਹੈ। ਇੰਜਣ ਦਾ ਤੇਲ ਅਤੇ ਫਿਲਟਰ ਬਦਲ ਦਿੱਤੇ ਹਨ। ਬੁੱਧਵਾਰ ਨੂੰ ਵਰਕਸ਼ਾਪ ਤੋਂ ਲੈ ਜਾਓ।",
        [
            "ਤੁਹਾਡੇ ਟਰੈਕਟਰ ਦੀ ਸਰਵਿਸ ਹੋ ਗਈ ਹੈ। ",
            "ਇੰਜਣ ਦਾ ਤੇਲ ਅਤੇ ਫਿਲਟਰ ਬਦਲ ਦਿੱਤੇ ਹਨ। ",
            "ਬੁੱਧਵਾਰ ਨੂੰ ਵਰਕਸ਼ਾਪ ਤੋਂ ਲੈ ਜਾਓ।",
        ],
    ),
    (
        "ରଥଯାତ୍ରା ଦେଖିବା ପାଇଁ ଛାତ ଉପରେ ଚାରିଜଣଙ୍କ ଜାଗା ରଖାଯାଇଛି। ସେଠାରେ ପାଣି ଓ ଛତା ମିଳିବ। ସକାଳ ଆଠଟା ପୂର୍ବରୁ ପହଞ୍ଚନ୍ତୁ।",
        [
            "ରଥଯାତ୍ରା ଦେଖିବା ପାଇଁ ଛାତ ଉପରେ ଚାରିଜଣଙ୍କ ଜାଗା ରଖାଯାଇଛି। ",
            "ସେଠାରେ ପାଣି ଓ ଛତା ମିଳିବ। ",
            "ସକାଳ ଆଠଟା ପୂର୍ବରୁ ପହଞ୍ଚନ୍ତୁ।",
        ],
    ),
    (
        "ଆପଣ କହିଥିବା ପୋଖରୀରେ ମାଛ ଚାରା ଛଡ଼ାଯାଇଛି। ଦିନକୁ ଦୁଇଥର ଖାଦ୍ୟ ଦିଅନ୍ତୁ। ପାଣି ଘୋଳିଆ ହେଲେ ଆମକୁ ଜଣାନ୍ତୁ।",
        [
            "ଆପଣ କହିଥିବା ପୋଖରୀରେ ମାଛ ଚାରା ଛଡ଼ାଯାଇଛି। ",
            "ଦିନକୁ ଦୁଇଥର ଖାଦ୍ୟ ଦିଅନ୍ତୁ। ",
            "ପାଣି ଘୋଳିଆ ହେଲେ ଆମକୁ ଜଣାନ୍ତୁ।",
        ],
    ),
    (
        "আপোনাৰ বাগানৰ চাহ পাত আজি কাৰখানাত ওজন কৰা হ'ল। দাম শুকুৰবাৰে হাতত পাব। পিছৰ খেপ সোমবাৰে তোলা হ'ব।",
        [
            "আপোনাৰ বাগানৰ চাহ পাত আজি কাৰখানাত ওজন কৰা হ'ল। ",
            "দাম শুকুৰবাৰে হাতত পাব। ",
            "পিছৰ খেপ সোমবাৰে তোলা হ'ব।",
        ],
    ),
    (
        "আপোনাৰ মাছ ধৰা জালখন এতিয়া ঠিক কৰি দিয়া হ'ল। ফটা ঠাইবোৰত নতুন সূতা লগোৱা হ'ল। কাইলৈ আবেলি আহি লৈ যাওক।",
        [
            "আপোনাৰ মাছ ধৰা জালখন এতিয়া ঠিক কৰি দিয়া হ'ল। ",
            "ফটা ঠাইবোৰত নতুন সূতা লগোৱা হ'ল। ",
            "কাইলৈ আবেলি আহি লৈ যাওক।",
        ],
    ),
    (
        "آپ کا قالین دھل کر صاف ہو چکا ہے۔ دھوپ میں سکھانے کے بعد اسے لپیٹ دیا گیا ہے۔ ہمارا آدمی جمعے کو گھر پہنچا دے گا۔",
        [
            "آپ کا قالین دھل کر صاف ہو چکا ہے۔ ",
            "دھوپ میں سکھانے کے بعد اسے لپیٹ دیا گیا ہے۔ ",
            "ہمارا آدمی جمعے کو گھر پہنچا دے گا۔",
        ],
    ),
    (
        "آپ کا منگوایا ہوا خالص شہد آ گیا ہے۔ یہ پہاڑی چھتوں سے اتارا گیا ہے۔ اسے فریج میں رکھنے کی ضرورت نہیں۔",
        [
            "آپ کا منگوایا ہوا خالص شہد آ گیا ہے۔ ",
            "یہ پہاڑی چھتوں سے اتارا گیا ہے۔ ",
            "اسے فریج میں رکھنے کی ضرورت نہیں۔",
        ],
    ),
    # --- service forms: Maj. opening the reply before a name, a lower-case regt. ending a sentence before "Its", Lt. before a lower-case bracketed phrase, Maj. inside a question before a name, Lt. right before "?", regt. before a comma, Maj. right before "!" ---
    (
        "Maj. Rohan Deshmukh will lead our tree-planting drive near the cantonment on Sunday at eight. He served for many years in the Maratha regt. Its pipe band will play as the drive begins. A young Lt. (your cousin's old schoolmate) has arranged every sapling. Can Maj. Deshmukh plant the first sapling? He has agreed to, once the band has played. Is the sapling list being handled by the Lt.? Yes, and his sister keeps the records. The regt., which turns two hundred soon, has sent its own gardeners too. Come early to meet the Maj.! He leaves for his new posting by noon.",
        [
            "Maj. Rohan Deshmukh will lead our tree-planting drive near the cantonment on Sunday at eight. ",
            "He served for many years in the Maratha regt. ",
            "Its pipe band will play as the drive begins. ",
            "A young Lt. (your cousin's old schoolmate) has arranged every sapling. ",
            "Can Maj. Deshmukh plant the first sapling? ",
            "He has agreed to, once the band has played. ",
            "Is the sapling list being handled by the Lt.? ",
            "Yes, and his sister keeps the records. ",
            "The regt., which turns two hundred soon, has sent its own gardeners too. ",
            "Come early to meet the Maj.! ",
            "He leaves for his new posting by noon.",
        ],
    ),
    # --- degrees: M.S.W. before a lower-case word mid-sentence, B.Voc. ending a sentence before "She", M.S.W. inside a question, B.Voc. right before "?", B.Voc. opening a sentence, M.S.W. before a comma, M.S.W. right before "!" ---
    (
        "The counsellor at our old-age home holds an M.S.W. degree from a city college. Our activity trainer earned a B.Voc. She runs craft hours every afternoon. Does an M.S.W. graduate handle family meetings too? Yes, and ours has done so for a decade. Is the trainer's course a two-year B.Voc.? It is, in geriatric nursing. B.Voc. students from the nearby campus volunteer here on weekends. Your niece is studying for an M.S.W., and she may intern with us. Our counsellor won a gold medal in her M.S.W.! Ring us to arrange a visit.",
        [
            "The counsellor at our old-age home holds an M.S.W. degree from a city college. ",
            "Our activity trainer earned a B.Voc. ",
            "She runs craft hours every afternoon. ",
            "Does an M.S.W. graduate handle family meetings too? ",
            "Yes, and ours has done so for a decade. ",
            "Is the trainer's course a two-year B.Voc.? ",
            "It is, in geriatric nursing. ",
            "B.Voc. students from the nearby campus volunteer here on weekends. ",
            "Your niece is studying for an M.S.W., and she may intern with us. ",
            "Our counsellor won a gold medal in her M.S.W.! ",
            "Ring us to arrange a visit.",
        ],
    ),
    # --- prescription forms: Inj. opening the reply before a capitalised drug name, Neb. before a capitalised drug name mid-sentence, a lower-case pwd. ending a sentence before "It", Inj. inside a question, Neb. right before "?", pwd. before a lower-case word, Inj. right before "!" ---
    (
        "Inj. Ceftriaxone is due at the clinic twice a day for your father's chest infection. Our physician wants Neb. Salbutamol too for his breathing after dark. Against the rash on his back, use the antifungal pwd. It should be dusted on after his bath each day. Can the Inj. be done at home instead? Only by a trained nurse. Is the breathing treatment the Neb.? Yes, three times a day. Keep the pwd. away from his face. Do not skip the evening Inj.! His fever could return without it.",
        [
            "Inj. Ceftriaxone is due at the clinic twice a day for your father's chest infection. ",
            "Our physician wants Neb. Salbutamol too for his breathing after dark. ",
            "Against the rash on his back, use the antifungal pwd. ",
            "It should be dusted on after his bath each day. ",
            "Can the Inj. be done at home instead? ",
            "Only by a trained nurse. ",
            "Is the breathing treatment the Neb.? ",
            "Yes, three times a day. ",
            "Keep the pwd. away from his face. ",
            "Do not skip the evening Inj.! ",
            "His fever could return without it.",
        ],
    ),
    # --- address forms: Ext. before a comma and Nr. before a capitalised place name in an address, a lower-case sq. ending a sentence before "A", Ext. inside a question, Ext. inside a question before a lower-case word, sq. before a lower-case word, Ext. right before "!" ---
    (
        "Our tabla classes have moved to House 527, Shanti Ext., Nr. Hanuman Mandir, behind the railway station. The hall faces the old town sq. A tea stall stands at its corner, so the place is easy to find. Which Ext. gate is closer for scooters? The north one, beside the water cooler. Is parking allowed in the Ext. lanes? Only for two or three cars, sadly. The sq. fills up with vegetable carts on market days. Every rickshaw driver knows Shanti Ext.! Our green gate has a hand-painted sign.",
        [
            "Our tabla classes have moved to House 527, Shanti Ext., Nr. Hanuman Mandir, behind the railway station. ",
            "The hall faces the old town sq. ",
            "A tea stall stands at its corner, so the place is easy to find. ",
            "Which Ext. gate is closer for scooters? ",
            "The north one, beside the water cooler. ",
            "Is parking allowed in the Ext. lanes? ",
            "Only for two or three cars, sadly. ",
            "The sq. fills up with vegetable carts on market days. ",
            "Every rickshaw driver knows Shanti Ext.! ",
            "Our green gate has a hand-painted sign.",
        ],
    ),
    # --- banking forms: Chq. before a lower-case word, Txn. ending a sentence before "Note", a lower-case chgs. ending a sentence before "They", Chq. inside a question, chgs. inside a question, Txn. right before "?", Chq. right before "!" ---
    (
        "Your Chq. book with fifty leaves is on its way to your home branch office. Each online transfer gets a Txn. Note it down in case a payment fails. Last month we deducted the quarterly chgs. They are waived if your balance stays above the limit. Can I stop a lost Chq. by phone? Yes, through our helpline. Will the chgs. come back if I upgrade my plan? Partly, from next quarter. Is the twelve-digit code on my receipt the Txn.? That is the one. Never sign a blank Chq.! Cross it and write the payee's name.",
        [
            "Your Chq. book with fifty leaves is on its way to your home branch office. ",
            "Each online transfer gets a Txn. ",
            "Note it down in case a payment fails. ",
            "Last month we deducted the quarterly chgs. ",
            "They are waived if your balance stays above the limit. ",
            "Can I stop a lost Chq. by phone? ",
            "Yes, through our helpline. ",
            "Will the chgs. come back if I upgrade my plan? ",
            "Partly, from next quarter. ",
            "Is the twelve-digit code on my receipt the Txn.? ",
            "That is the one. ",
            "Never sign a blank Chq.! ",
            "Cross it and write the payee's name.",
        ],
    ),
    # --- officialese: Secy. before a lower-case word, a lower-case attd. ending a sentence before "Bring", Admn. opening a sentence before a capitalised word, attd. right before "?", Admn. inside a question, attd. before a lower-case word, Secy. right before "!" ---
    (
        "The Secy. of your housing society has cleared your request for solar panels on the terrace. Each sheet of your flat file must be attd. Bring them to the society office by Saturday noon. Admn. Officer Kavita Kulkarni will sign the work permits on Tuesday. Are the photocopies of the sale deed attd.? Yes, by a notary. Will the Admn. Officer come up to see the terrace? She means to, within the week. Your attd. copies will be kept in our office safe. Any terrace work needs a nod from the Secy.! Workers without a permit will be stopped at the gate.",
        [
            "The Secy. of your housing society has cleared your request for solar panels on the terrace. ",
            "Each sheet of your flat file must be attd. ",
            "Bring them to the society office by Saturday noon. ",
            "Admn. Officer Kavita Kulkarni will sign the work permits on Tuesday. ",
            "Are the photocopies of the sale deed attd.? ",
            "Yes, by a notary. ",
            "Will the Admn. Officer come up to see the terrace? ",
            "She means to, within the week. ",
            "Your attd. copies will be kept in our office safe. ",
            "Any terrace work needs a nod from the Secy.! ",
            "Workers without a permit will be stopped at the gate.",
        ],
    ),
    # --- units: doz. before a lower-case word, gm. ending a sentence before "It", mm. right before "?", mm. before a lower-case word, doz. right before "!", gm. inside a question before a lower-case word, doz. before a comma ---
    (
        "The nursery has set aside 27 doz. of marigold seedlings for your field. Each seed pouch weighs 450 gm. It sows roughly one acre of land. Is the drip pipe 32 mm.? It is, with extra-thick walls. Rain this week came to 57 mm. across the whole taluka. Your neighbour has booked 35 doz.! Is a 450 gm. pouch too much for a kitchen garden? A quarter of one is plenty. Set out the first 52 doz., then water the rows.",
        [
            "The nursery has set aside 27 doz. of marigold seedlings for your field. ",
            "Each seed pouch weighs 450 gm. ",
            "It sows roughly one acre of land. ",
            "Is the drip pipe 32 mm.? ",
            "It is, with extra-thick walls. ",
            "Rain this week came to 57 mm. across the whole taluka. ",
            "Your neighbour has booked 35 doz.! ",
            "Is a 450 gm. pouch too much for a kitchen garden? ",
            "A quarter of one is plenty. ",
            "Set out the first 52 doz., then water the rows.",
        ],
    ),
    # --- dotted acronyms: N.O.C. opening the reply, U.P.I. ending a sentence before "Your", U.P.I. inside a question, N.O.C. right before "?", U.P.I. before a comma, N.O.C. ending a sentence before "Someone", U.P.I. right before "!" ---
    (
        "N.O.C. papers from your building's committee are needed before we move your electricity meter. Pay the shifting charge by U.P.I. Your receipt arrives by text within seconds. Does a U.P.I. payment show up at once? Within a minute or two. Do I need a fresh N.O.C.? Only if the old one is over a year old. A U.P.I., if it fails, comes back to your bank in three days. Keep a photocopy of the N.O.C. Someone from our office will check it on the day. Never pay a lineman directly by U.P.I.! Use only our app to pay.",
        [
            "N.O.C. papers from your building's committee are needed before we move your electricity meter. ",
            "Pay the shifting charge by U.P.I. ",
            "Your receipt arrives by text within seconds. ",
            "Does a U.P.I. payment show up at once? ",
            "Within a minute or two. ",
            "Do I need a fresh N.O.C.? ",
            "Only if the old one is over a year old. ",
            "A U.P.I., if it fails, comes back to your bank in three days. ",
            "Keep a photocopy of the N.O.C. ",
            "Someone from our office will check it on the day. ",
            "Never pay a lineman directly by U.P.I.! ",
            "Use only our app to pay.",
        ],
    ),
    # --- short forms of ordinary prose: Fr. opening the reply before a name, etc. before a lower-case word, Co. ending a sentence before "Their", Fr. inside a question before a name, Co. right before "?", Co. before a comma, etc. inside a question before a lower-case word ---
    (
        "Fr. Thomas Fernandes is judging our science quiz at Gandhi Chowk on Saturday. Questions cover physics, chemistry, plants, stars etc. across four rounds. The prizes come from Kamat & Co. Their stationery shop has stood on the main road for half a century. Will Fr. Fernandes also deliver a short talk? Yes, on the night sky. Are the quiz books from Kamat & Co.? Most of them, with a few from the city. Kamat & Co., the stationers, have promised free pens for every team. Do the rounds include maps, flags etc. for the younger teams? They do, in the picture round.",
        [
            "Fr. Thomas Fernandes is judging our science quiz at Gandhi Chowk on Saturday. ",
            "Questions cover physics, chemistry, plants, stars etc. across four rounds. ",
            "The prizes come from Kamat & Co. ",
            "Their stationery shop has stood on the main road for half a century. ",
            "Will Fr. Fernandes also deliver a short talk? ",
            "Yes, on the night sky. ",
            "Are the quiz books from Kamat & Co.? ",
            "Most of them, with a few from the city. ",
            "Kamat & Co., the stationers, have promised free pens for every team. ",
            "Do the rounds include maps, flags etc. for the younger teams? ",
            "They do, in the picture round.",
        ],
    ),
    # --- amounts: an amount-word ending a sentence, a percentage before a lower-case word, an amount with "/-" right before "?", two amounts joined by "to" before a lower-case word, an amount with paise ending a sentence, a bracketed amount inside a statement, an amount right before "!" ---
    (
        "The tractor you picked at our showroom costs ₹7.85 lakh. A bank loan covers up to 85% of it at a fixed rate. Is the down payment ₹1,17,850/-? Yes, and each paid service costs ₹2,450 to ₹3,200 as per the work done. The rotavator attachment is ₹57,999.50. Insurance (₹14,527 for the first year) is added to the invoice. Book before the harvest and save ₹35,000! Shall I set this tractor aside for you?",
        [
            "The tractor you picked at our showroom costs ₹7.85 lakh. ",
            "A bank loan covers up to 85% of it at a fixed rate. ",
            "Is the down payment ₹1,17,850/-? ",
            "Yes, and each paid service costs ₹2,450 to ₹3,200 as per the work done. ",
            "The rotavator attachment is ₹57,999.50. ",
            "Insurance (₹14,527 for the first year) is added to the invoice. ",
            "Book before the harvest and save ₹35,000! ",
            "Shall I set this tractor aside for you?",
        ],
    ),
    # --- dates and times: a hyphen date before a comma, a colon time before a lower-case word, a month form right before "?", a dotted date ending a sentence, two colon times joined by "to", a slash date before a lower-case bracketed phrase, a dotted time right before "!", a month form inside a question before a lower-case word, a colon time right before "?" ---
    (
        "Your family's Shirdi darshan trip is fixed; the van leaves Pune on 27-11-2078, so plan your packing. Wait at the pickup spot by 04:45 with your identity cards. Is another trip planned in Nov.? Yes, but it is almost booked out. Your seat numbers will be texted on 25.11.2078. Darshan passes are valid from 07:52 to 09:35, so please be on time. Send the elders' health slips by 20/11/2078 (a phone photo is fine) so we can plan seating. Lunch at the dharamshala is served at 12.45! Does the homeward drive in Nov. begin at 21:57? Around then, if the highway is clear.",
        [
            "Your family's Shirdi darshan trip is fixed; the van leaves Pune on 27-11-2078, so plan your packing. ",
            "Wait at the pickup spot by 04:45 with your identity cards. ",
            "Is another trip planned in Nov.? ",
            "Yes, but it is almost booked out. ",
            "Your seat numbers will be texted on 25.11.2078. ",
            "Darshan passes are valid from 07:52 to 09:35, so please be on time. ",
            "Send the elders' health slips by 20/11/2078 (a phone photo is fine) so we can plan seating. ",
            "Lunch at the dharamshala is served at 12.45! ",
            "Does the homeward drive in Nov. begin at 21:57? ",
            "Around then, if the highway is clear.",
        ],
    ),
    # --- URLs, e-mail and phone numbers: a bare address before a lower-case word, an https:// address with a path ending a sentence before a capital, an e-mail inside a bracket mid-sentence, an http:// address with a path right before "!", a landline right before "?", a toll-free number ending a sentence, a www. address with a path inside a bracket mid-sentence, an e-mail right before "?", an https:// address with a query string ending the reply ---
    (
        "Order fresh vegetables on sabziroj.in for delivery before sunrise. Today's rates are posted every dawn at https://sabziroj.in/aaj-ke-daam. Canteen supplies (mail rasoi@sabziroj.in with your list) go out in our big tempo. Reserve festival hampers at http://sabziroj.in/tyohar! Is our helpline 0231-245 7859? Correct; our free number is 1800-345-7877. Seasonal fruit boxes (listed on www.sabziroj.in/mausam with weights) change every fortnight. Should complaints go to madad@sabziroj.in? Yes, with your receipt number. Follow your crate at https://sabziroj.in/dekho?peti=taaza.",
        [
            "Order fresh vegetables on sabziroj.in for delivery before sunrise. ",
            "Today's rates are posted every dawn at https://sabziroj.in/aaj-ke-daam. ",
            "Canteen supplies (mail rasoi@sabziroj.in with your list) go out in our big tempo. ",
            "Reserve festival hampers at http://sabziroj.in/tyohar! ",
            "Is our helpline 0231-245 7859? ",
            "Correct; our free number is 1800-345-7877. ",
            "Seasonal fruit boxes (listed on www.sabziroj.in/mausam with weights) change every fortnight. ",
            "Should complaints go to madad@sabziroj.in? ",
            "Yes, with your receipt number. ",
            "Follow your crate at https://sabziroj.in/dekho?peti=taaza.",
        ],
    ),
    # --- quotes and brackets: a "!" inside a straight double quote mid-sentence, a "?" inside a closing curly double quote ending a sentence, a bracketed exclamation as its own chunk, a full stop just after a closing curly single quote, a square-bracketed question as its own chunk, a full stop just after a closing round bracket, a "." inside a closing straight double quote ending the reply ---
    (
        'The kabaddi coach shouts "Chalo, shabaash!" whenever a raider makes it home. After each match the team asks him, “Did we play well today?” (He always says they could do better!) The captain\'s favourite word is ‘josh’. [Is there a practice on Sunday too?] The juniors got new jerseys this week (the seniors get theirs next month). The coach ends every session with "Paani piyo, ghar jao."',
        [
            'The kabaddi coach shouts "Chalo, shabaash!" whenever a raider makes it home. ',
            "After each match the team asks him, “Did we play well today?” ",
            "(He always says they could do better!) ",
            "The captain's favourite word is ‘josh’. ",
            "[Is there a practice on Sunday too?] ",
            "The juniors got new jerseys this week (the seniors get theirs next month). ",
            'The coach ends every session with "Paani piyo, ghar jao."',
        ],
    ),
    # --- ellipses: "!?" (an end); "…" before a capital (an end); "..." before a lower-case word (not an end); "…?" (an end after the "?"); "...!" (an end after the "!"); "…" before a lower-case word (not an end); the reply ends on "..." ---
    (
        "Your washer's drum cracked again!? The engineer checked the bearings twice… The part he needs is out of stock... but the maker is sending it from its warehouse. Did our service desk ring you…? They promised to call today...! The new drum should arrive by Monday… if the courier keeps to time. Our regrets for the delay...",
        [
            "Your washer's drum cracked again!? ",
            "The engineer checked the bearings twice… ",
            "The part he needs is out of stock... but the maker is sending it from its warehouse. ",
            "Did our service desk ring you…? ",
            "They promised to call today...! ",
            "The new drum should arrive by Monday… if the courier keeps to time. ",
            "Our regrets for the delay...",
        ],
    ),
    # --- emoji: one opening the reply, one right before "!", one with a presentation selector inside a sentence, two in a row after a sentence's full stop, one with a presentation selector closing a sentence with no stop, one after the reply's closing "!" ---
    (
        "🪔 Your Deepavali lamp order from our pottery is packed and ready 🎆! We added a box of free wicks 🕯️ with the hundred clay diyas. Each diya was hand-painted by women in our village. ✨🌼 Pick them up before Thursday evening 🛍️ Happy Deepavali to your whole family! 🏮",
        [
            "🪔 Your Deepavali lamp order from our pottery is packed and ready 🎆! ",
            "We added a box of free wicks 🕯️ with the hundred clay diyas. ",
            "Each diya was hand-painted by women in our village. ✨🌼 ",
            "Pick them up before Thursday evening 🛍️ ",
            "Happy Deepavali to your whole family! 🏮",
        ],
    ),
    # --- one-line list with "▸ " markers after a colon, items ending in ";", ", and" and "." ---
    (
        "So our painters can redo your front gate, please: ▸ move the scooter out of the way; ▸ take down the name board, and ▸ keep the gate open until the paint is dry. Drying takes most of a day.",
        [
            "So our painters can redo your front gate, please: ",
            "▸ move the scooter out of the way; ",
            "▸ take down the name board, and ",
            "▸ keep the gate open until the paint is dry. ",
            "Drying takes most of a day.",
        ],
    ),
    # --- multi-line list with "⬥ " markers after a heading line ending in a colon, items ending with "!", "?", no mark and "." ---
    (
        "For your cataract surgery on Friday:\n⬥ No food after midnight!\n⬥ Will someone drive you home?\n⬥ Your old reading glasses and the consent form\n⬥ Stop taking the blood thinner from tonight.\nCall us with any doubt.",
        [
            "For your cataract surgery on Friday:\n",
            "⬥ No food after midnight!\n",
            "⬥ Will someone drive you home?\n",
            "⬥ Your old reading glasses and the consent form\n",
            "⬥ Stop taking the blood thinner from tonight.\n",
            "Call us with any doubt.",
        ],
    ),
    # --- mixed scripts: Malayalam with എം.എ. followed by a word mid-sentence, an English question, then Malayalam at "." ---
    (
        "മകന്റെ എം.എ. പരീക്ഷയുടെ ഹാൾ ടിക്കറ്റ് എത്തിയിട്ടുണ്ട്. Shall we send it by courier? കോളേജ് ഓഫീസിൽ നിന്നും നേരിട്ട് വാങ്ങാം.",
        [
            "മകന്റെ എം.എ. പരീക്ഷയുടെ ഹാൾ ടിക്കറ്റ് എത്തിയിട്ടുണ്ട്. ",
            "Shall we send it by courier? ",
            "കോളേജ് ഓഫീസിൽ നിന്നും നേരിട്ട് വാങ്ങാം.",
        ],
    ),
    # --- mixed scripts: Odia opening the reply with ବି.ଏ., an English sentence, then an Odia question ---
    (
        "ବି.ଏ. ପ୍ରଥମ ବର୍ଷ ଭର୍ତ୍ତି ଫର୍ମ ଶୁକ୍ରବାର ଠାରୁ ମିଳିବ। The form can also be filled in online. ଝିଅର ମାର୍କସିଟ୍ ପ୍ରସ୍ତୁତ ଅଛି କି?",
        [
            "ବି.ଏ. ପ୍ରଥମ ବର୍ଷ ଭର୍ତ୍ତି ଫର୍ମ ଶୁକ୍ରବାର ଠାରୁ ମିଳିବ। ",
            "The form can also be filled in online. ",
            "ଝିଅର ମାର୍କସିଟ୍ ପ୍ରସ୍ତୁତ ଅଛି କି?",
        ],
    ),
    # --- mixed scripts: a Tamil question holding எம்.ஏ. before a word, an English exclamation, then Tamil at "." ---
    (
        "உங்கள் தம்பி எம்.ஏ. தேர்வுக் கட்டணம் செலுத்திவிட்டாரா? The deadline is this Friday! கட்டணத்தை இணையத்திலும் செலுத்தலாம்.",
        [
            "உங்கள் தம்பி எம்.ஏ. தேர்வுக் கட்டணம் செலுத்திவிட்டாரா? ",
            "The deadline is this Friday! ",
            "கட்டணத்தை இணையத்திலும் செலுத்தலாம்.",
        ],
    ),
    # --- mixed scripts: Hindi at ।, an English question, then Kannada at "." ---
    (
        "आपकी नई स्कूटी का पंजीकरण हो गया है। Should we bring the new number boards to your home? ಹೆಲ್ಮೆಟ್ ಅನ್ನು ಶೋರೂಮಿನಿಂದ ಪಡೆಯಬಹುದು.",
        [
            "आपकी नई स्कूटी का पंजीकरण हो गया है। ",
            "Should we bring the new number boards to your home? ",
            "ಹೆಲ್ಮೆಟ್ ಅನ್ನು ಶೋರೂಮಿನಿಂದ ಪಡೆಯಬಹುದು.",
        ],
    ),
    # --- mixed scripts: Gujarati at ".", an English exclamation, then Urdu at ۔ ---
    (
        "તમારી દીકરીના લગ્નની મહેંદી ગુરુવારે સાંજે મૂકાશે. Our artists will be there by four! مہندی کے کون ہمارے پاس ہوں گے۔",
        [
            "તમારી દીકરીના લગ્નની મહેંદી ગુરુવારે સાંજે મૂકાશે. ",
            "Our artists will be there by four! ",
            "مہندی کے کون ہمارے پاس ہوں گے۔",
        ],
    ),
]
