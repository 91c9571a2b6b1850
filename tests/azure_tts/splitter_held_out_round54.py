"""Held-out cases for the sentence splitter, round 54: written without reading or running it.

Written after reading only /work/main/tests/azure_tts/splitter_held_out_round53.py and
/work/main/tests/azure_tts/splitter_held_out_round52.py (for format and conventions), each opened by
its exact path (with wc -l, cat and sed -n, and with Python reading it as text and parsing its
docstring with the ast module, never importing or running it). No splitter source, bench, tuning
file, log, other test file, README or git history was opened, no folder of the project was listed,
no wildcard or glob was used on a project path, git was not used, and no web, code or document
search was made. Nothing was run against the splitter or in the project, and its package was not
imported. In /tmp only the scratch folder /tmp/s38/w_s54/ (made for this round with mkdir -p) and
this file were touched; /tmp/s38 itself was not listed. No slip against these reading rules is
known. Round 53 was printed whole once with cat (the tool output cut a middle stretch, about its
lines 168 to 724, which was then read with sed -n in two line ranges, 165-420 and 420-730), so all
of it was read. Round 52 was read whole with sed -n in three line ranges (1-250, 250-560 and
560-888); it was not printed with cat. One probe command in the scratch folder failed in the shell
on an unmatched backtick among its arguments before anything ran; it was rerun with the backtick
quoted. Round 53's conventions paragraphs (with the readings rounds 51, 52 and 53 added) were taken
with Python (ast, from its docstring) into the scratch folder and reused here, with the round
numbers moved on. Python was used only in the scratch folder: to read the two files as text for the
checks below (small probe scripts tested candidate short forms, tails, names, numbers, emoji,
markers and words against each file), to assemble this file from drafted chunk lists (so each text
is the join of its chunks), to check that the chunks concatenate exactly to the text, that every
chunk but the last ends in whitespace, that there are 60 cases and that the module imports by path
(importlib, from /tmp/s38/), and for the checks below. The case shape of round 53 is kept: each case
is (text, expected chunks), so the text is given whole; no stream split is stored here.

No sentence is taken or paraphrased from the two files. A drafting slip, caught before this file was
written: a first draft of the hard cases followed the two files' replies as templates in places, and
those replies were rewritten. The officialese reply tracked round 53's registry reply question by
question (a second copy "also" stamped, an official meeting people "only if" asked in writing, a
closing "Any change ... must go through the" form); the degrees reply tracked round 53's and round
52's (a "Does a ... holder also ...?" question, a "... degree an M.S.W.? It is, ..." pair, a form
before a comma "earned ...", a closing "Your niece could ... after a" form); the prescription,
units, address, banking, dotted-acronym, date, web-address, quote, ellipsis and list replies each
had a question or sentence shaped like one of theirs (a drug opening "..., once a week ..., should",
"Can the ... be ...?", "Is the ... the ...? Yes, ...", "Is a ... roll of ... sufficient", "The ...
gates ...", "Ask the guard for ...", "Never ... !", "Nobody ...", "Is there another ... in ...? No,
...", "so please ... this week", "(see www.... for ...)", "One parent asked ..., ... too?", "This
year the theme is ...", "We are ... sorry for ...", list openings "Before ... on Tuesday, please:"
and "For your ... on Friday:"). Among the everyday replies a yoga reply followed round 53's swimming
reply, a Marathi roof-sheet reply its onion store, a Hindi milling reply round 52's ragi flour, a
Tamil reply ended on a payment line like round 53's Malayalam one, an Odia sweets order followed
round 53's pitha order, a Hinglish lid reply its "dheele ... kas" brake line, and an Assamese and an
Urdu closing line echoed theirs. All of these were replaced with new sentences or new topics before
the file was written. No reply is about a library, a ration card, a voter card, a bus, a passport, a
hotel stay, a scholarship, a water tank, house tax or school hours, and no case holds the substrings
"lab", "ration", "bus" or "let" at all (a first "letters" was reworded, and "celebration", "tablet",
"labels" and "available" were kept out while drafting). Topics were moved away from those the two
files use (now solar panels washed, a phone screen, bifocal spectacles, a ceramic dental crown, an
orthopaedic mattress, a wedding album, a sunrise yoga batch, a piano tuned, a pressure cooker
whistle, a ceiling fan capacitor, a bridal mehendi booking, a leaking kitchen tap, laundry and dry
cleaning, wedding invitation cards, an eye check-up, a lawn mowed, Diwali faral, a submersible pump
on a well, hilsa fish cut, paddy threshed, Pongal pots, banana bunches cut, housewarming puja items,
avakaya pickle, undhiyu for Uttarayan, a gold chain's hook, Ugadi holige, a carved teak door,
jackfruit chips, interlock paving, Lohri sweets, turbans dyed, a cowshed floor cemented, a door
painted, japi hats, a fishing net, a carpet washed and chikan embroidery on a kurta; then a tree
plantation drive led by a retired officer, a seniors' day centre's staff, vitamin injections for a
father, a dry cleaner's new address, a cheque book and a rent transfer, a housing cooperative's
yearly meeting, wheat stored and rain measured, a refund for a furniture order, a pottery workshop,
money sent from abroad and a fixed deposit, a convocation, a wooden toy web shop, a rangoli contest,
wrong tiles delivered, birthday catering, a modular kitchen fitting, an electricity meter fitting,
and the five mixed replies: a farm adviser's visit, a bank internship, a tutor's job, a garden swing
painted and a tea gift box).

A phrase-overlap check searched every 16-character run of every case against both whole files
(docstrings included, case-insensitively, digits mapped to ASCII). Its first pass (run, through a
slip in the check script, on the 22 hard cases only) reworded " it is, with a f", ". trainees from
", ". is the orange ", " ask the guard for the ", " at any branch? yes", ".? yes, for the ", " go
through the ", " has asked for another ", " enough for the ", " of your passbook.", " usually within
", " would you like " (twice), " will reach your " and "s come from our ", " will ring you before ";
the second, on all 60, reworded " for a few hours", "n will carry it ", a Hinglish " bhi kas diya
ga", a Malayalam "ടുത്തിട്ടുണ്ട്. " and " will be ready on"; the third " our staff will " and a
Hinglish "t kar diya hai. "; the fourth "ed on the first "; and, after the template rewrite above, "
will be handed ", "ed inside the co", " sunday of the month", ". thank you for ", " can be collected
from", " in english, hin" and " would you like " again. The last pass finds nothing: no 16-character
run is shared with either file. A within-file run check also reworded "e certificate is", " this
week. the ", a Hinglish " diya gaya hai. ", " questions about" and " along with the ", and now finds
none. Every phrase the two files quote in their docstrings (513 found by a regex for straight and
curly double quotes) was also searched for as a substring, case-insensitively; that pass reworded
"No." (a first "piano."), "LL." and "well." (a first "well."), "Rs." and "rs." (a first "years.",
"stairs.", "counters." and "hours." twice), "ar." and "year." (a first "year." twice), "away.",
"care" (a first "caregiver" twice, "day care", "geriatric care." and "Care tips"), "centre.",
"store." and "re." (a first "centre.", "store.", "posture." and "care."), "ch." (a first "pitch.",
"lunch.", "branch." and "batch."), "ck." (a first "stock..."), "es." (a first "fades.", "pickaxes.",
"leaves.", "codes...", "graduates.", "trees.", "pieces." and "names."), "gs." (a first "saplings."),
"ig." (a first "dig."), "ns." (a first "artisans."), "nt." (a first "statement.", "account." and
"discount."), "ot." (a first "spot."), "ox." (a first "box."), "rd." (a first "password."), "rm." (a
first "term." and "arm."), "st." (a first "breakfast.", "request.", "rest.", "harvest." and "best."
twice), "request.", "ts." (a first "alerts.", "cheats." and "accounts."), "un." and "run." (a first
"run."), "us." (a first "us."), "spring.", "long." (a first "along."), "sh." (a first "leash."),
"Ah" (in a Hinglish "nahi", in "ahead" three times and in a first e-mail local part
"kaarigar-sahay"), "app" and "appear" and "happen" (in a first "swapped", "unwrapped", "appears",
"happens", "applies", "happened" and "Applications"), "just" (in a first "adjusted" and "just"),
"late" and "Late" and "chocolate" (a first "chocolate"), "replaced", and "I." and "g." inside web
addresses (a first domain ending "-li" and a path ending "rani.", and a first fragment "#rang.").
What it still finds are marks and connecting words ("!", "!!", "!?", "?", ",", ", ", ", and", ";",
"; ", "; and", ".", " (", " and ", " before ", " that", "...", "...?", "…", "…!", "#", "%", "*",
"**", "/-", "+91", ".in", "।"), the plain words "A", "I", "It", "Our", "The", "We", "You", "and",
"back", "but", "by", "can", "each", "if", "in", "of", "on", "only", "so", "till", "to", "we" and
"will", the amount-word "lakh" (kept, as the amounts case needs it), the word piece "AC" (in words
such as "each", "back", "place", "account" and "capacitor"), and word endings ("d." and "D." in
"advised.", "second.", "lead.", "fund.", "field.", "started." and "period."; "ed." in "advised." and
"started."; "g." in "bring.", "nursing.", "banking.", "ploughing." and "everything."; "y." and "Y."
in "noticeably.", "study.", "evenly.", "ready..." and "day." three times; "day." itself three times;
"S." in words ending in s; "I." and "i." in the Hinglish "hai." six times and "banegi.", and in
"Hindi."; "hai." itself six times). Inside a form it finds only these: "d." and "D." in Pwd.,
compd., attd. and yd.; "g." in mcg., Wg. and Offg.; "y." and "Y." in Secy.; "I." and "i." in U.P.I.
(four times) and I.F.S.C. (three times). Inside a web address or an e-mail it finds only ".in", the
plain words "in", "on" (in "khilone"), "It" (in "kits") and "A" and "I" as letters; no word ending
or form. No Malayalam reply uses "നിങ്ങളുടെ", no Odia reply uses "ଆପଣଙ୍କ", no Kannada reply opens
"ನಿಮ್ಮ ತಂದೆಯವರ", no Gujarati reply uses "પિતાજી", and no Urdu reply uses "خود بخود".

Numbers: every amount, decimal, percentage, date, time, phone number and count was checked with a
plain substring search against both files, with and without its separators, after mapping every
Unicode decimal digit to ASCII (the files' digits were also searched as one run with all separators
removed); none is in either file. The two-digit runs that occur in neither file even with their
separators removed (every digit of each file joined into one run) are 24 27 37 57 58 71 77 87 97,
and every number here holds at least one of them: Shop 2471, 24 qtl. (twice), 58.7 mm., 87 yd., 27
mm., 37 qtl., 77 yd., $1,247.50, ₹83.57, ₹1,04,253.58, ₹177, ₹97,000/-, 7.24% (twice), ₹571–₹587,
₹5.87 lakh, 2097-11-24, 08:57, 09:37, 27.11.2097, 12:24, 13:57, 17/11/2097, Nov. 2097, 14.27, 16:58,
the chat link's 919877245710 and +91-80-4577-2471. No date is given a weekday. No single-digit
number, no Indic digit and no bare list number is used; the list markers are "▸ " and "▪ ", and
neither occurs in either file. Names, places and addresses were checked the same way (none occurs
there): Kavita Rathore, Rohan Gill, Methylcobalamin, Isabgol, Silver Oak, Farhan Qureshi, Ananya
Bose, Tenzing Dorjee, the wa.me link and the khilonewala.co.in domain (local parts "kaarigar-madad"
and "shikayat", paths "putle/ghoda", "kits?aayu=chhote", "diwali" and "dekhbhal#rangon"); a first
path "putle/raja" ("raja" is in round 52) and first local parts "maker-desk" ("desk" is in round 53)
and "kaarigar-sahay" were replaced. The domain holds none of the files' banned words; its tail
before ".co.in" ("la.") occurs nowhere in the files, and no other word here ends in it (it occurs
exactly as often as the domain); the path's tail "da." likewise occurs once. "India" is not used
(nor a flag emoji); the Indic-script cases name no person and no place. No undotted acronym is used
(a regex for two or more capitals finds none). The emoji used (🎂, 🥳, 🧑‍🍳, 🍫, 🧾, 💐, ✨, 🙌🏾) occur in
neither file (nor does the skin-tone modifier, the zero-width joiner or either half of the joined
cook emoji), and none carries a presentation selector. The single zero-width joiner here is inside
🧑‍🍳; no case holds a zero-width non-joiner.

Every short form here is new. Each was searched for in both files, case-insensitively, as a plain
substring (so also as a whole word), and none is found:

- service forms Maj. and Lt., with the lower-case div.;
- degrees B.Voc. and M.S.W. (and "M.S.", "S.W.");
- prescription forms Inj. and Pwd., with the lower-case mcg.;
- address forms Twr. and Wg., with the lower-case compd.;
- banking forms Chq. and Txn., with the lower-case trf.;
- officialese Secy. and Offg., with the lower-case attd.;
- units qtl., mm. and yd.;
- dotted acronyms U.P.I. and I.F.S.C. (and each run of two parts: "U.P.", "P.I.", "I.F.", "F.S.",
  "S.C.");
- short forms of ordinary prose Prof. and Mr., with the lower-case etc.;
- the month form Nov. (right before "?", before a year number mid-sentence, and inside a question
  before a lower-case word);
- Indic forms எம்.எஸ்சி. (Tamil), ବି.ଏ. (Odia) and ബി.എഡ്. (Malayalam). No single part of them
  ("எம்.", "எஸ்சி.", "ବି.", "ଏ.", "ബി.", "എഡ്.") occurs in the two files read.

Their tails were checked too: "aj.", "lt.", "iv.", "oc.", "nj.", "wd.", "cg.", "wr.", "wg.", "pd.",
"hq.", "xn.", "rf.", "cy.", "fg.", "td.", "tl.", "mm.", "yd.", "of.", "mr.", "tc.", "ov." and the
last parts "S.W.", "P.I." and "S.C." occur nowhere there. Within this file no two forms share a
tail, and no other word ends in one (each tail occurs exactly as often as its form; a first
"pharmacy." was reworded for "cy."). Forms dropped for clashing: Cdr. ("dr." is in the files),
coy. ("oy."), Hon. ("on."), Nk. ("nk."), M.Tech. ("ch."), B.Des. ("es."), B.F.A. and M.F.A. (their
last part "A."), inh. and amp. (in the files), Dir. ("ir."), Kum. ("um."), Jan. ("an."), Capt.,
Sgt., Hav. and Sep. (in the files), Insp. and tbsp. ("sp."), Asst. ("st."), Bros. and nos. ("os."),
pkt. ("kt."), mtr. ("tr."), Sect. ("ct."), soc. (sharing "oc." with B.Voc.), Ltd. (sharing "td."
with attd.), Commr. (sharing "mr." with Mr.), extn. ("tn." is in the files, inside "stn."), P.I.N.
(it means a number), A.T.M. (left unused) and Ph.D. (left unused). No new short amount-word is used
(the amounts case uses "lakh", "$", "/-", "%" and paise only; "lakh" is round 52's). No form means
a fuel, health centre, school, transport, post office, police, civic body, village, district,
doctor, number or time of day (so no "a.m.", "p.m.", "Dr." or "No."). No single capital letter ends
a sentence other than as the last part of a dotted acronym, and no label is exercised. "Mr." only
ever stands before a name here and never ends a sentence.

About two thirds of the cases (38 of 60) are everyday replies (home services, banking, shops,
health, farming, festivals and deliveries) in English, Hinglish, Hindi (one of them written with "."
instead of "।"), Marathi, Bengali, Tamil, Telugu, Gujarati, Kannada, Malayalam, Punjabi, Odia,
Assamese and Urdu, in round 53's proportions (8 English, 4 Hinglish, 4 Hindi, 2 of each other
language). The other 22 carry the harder cases a bot really produces, in round 53's order.

Conventions (those rounds 52 and 53 state, kept): each case is (text, the chunks a careful human
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

Round 52 added these readings, kept: two colon times joined by a hyphen ("06:40-08:26 window") are
not a cut, as "to" and "and" between them are not; a "!" inside a round bracket mid-sentence ("(all
entries under twelve!) starts") is not an end, as one inside a quote is not; a markdown bold phrase
inside a sentence ("a **hard board** to") does not end it, and a full stop just after a closing "**"
("**half past four**. The") ends the chunk after that full stop, as one just after a closing quote
or bracket does; the dot inside an e-mail's local part ("beej.seva@") is not an end, as an e-mail is
never cut; a "#" fragment in a web address inside a bracket mid-sentence is neither cut nor an end;
"?!" after an earlier "!!" in the same reply ends a sentence as it would alone.

Round 53 added these readings, kept (it left out as open, among others, a short form before a
capitalised word that may or may not open a sentence, "??", a month form with a day number ending a
sentence, an ellipsis before a digit or after a "?", a web address with a trailing slash right
before "?", two emoji closing a sentence with no stop, a quote holding two sentences, "Rs." as an
amount-word, a numbered list or a heading line in markdown): an e-mail right before "!"
("vapsi@bunkarhaat.in! Our") ends the chunk after the "!", as an e-mail right before "?" and a web
address right before "!" do; a web address with a trailing slash ending a sentence before a capital
("naye-saree/. Bulk") ends the chunk after the full stop, as one without the slash does; an "&" in a
query string is not a cut, as a web address is never cut; a mobile number with a "+91" prefix and
inner spaces right before "?" ("+91 94630 48390? Yes") ends the chunk after the "?", as a landline
does; a month form before a day number mid-sentence ("after Oct. 29 for") is not an end, as a short
form before a number is not; two colon times joined by "till" ("09:45 till 10:36, so") are not a
cut, as "to", "and" and a hyphen between them are not; a decimal percentage before a lower-case word
("8.46% interest") is not an end; "crore" ending a sentence ("₹1.36 crore. Partner") behaves as
"lakh" does; an amount with "/-" right before "!" ("₹2,90,000/-! A") ends the chunk after the "!",
as one right before "?" does; a markdown italic phrase inside a sentence ("*cold-pressed groundnut
oil* in") does not end it, and a full stop just after a closing "*" ("*Grain Power*. [") ends the
chunk after that full stop, as with bold; two emoji in a row after the reply's closing full stop,
the second one skin-toned ("week. 😊👍🏽"), both stay with that sentence and end the reply.

Readings added here, each following from the stated ones (no case leans on anything the two files
leave open; a case that would have, such as a short form before a capitalised word that may or may
not open a sentence, "??", a month form with a day number ending a sentence, a colon time ending a
sentence at a full stop, a temperature ending in a single capital ("°C."), "Rs." as an amount-word,
a joined emoji closing a sentence with no stop, inline code in backticks, an underscore italic, a
numbered or lettered list or a heading line in markdown, was left out): a joined (ZWJ) emoji after a
sentence's full stop ("stalls. 🧑‍🍳 Do") stays whole with that sentence, as a single emoji does,
since an emoji sequence is never cut; a year-first hyphen date before a comma ("2097-11-24, and") is
not cut, as no date is; two colon times joined by "until" ("12:24 until 13:57, so") are not a cut,
as with "till"; a month form before a year number mid-sentence ("the Nov. 2097 batch") is not an
end, as a short form before a number is not; a dollar amount with cents ending a sentence
("$1,247.50. At") ends the chunk after the final full stop, as a rupee amount does; two amounts
joined by an en dash ("₹571–₹587 a month") are not a cut, as "to" between them is not; an amount
with "/-" before a lower-case word ("₹97,000/- today") is not an end; a decimal before a unit form
ending a sentence ("58.7 mm. The") ends the chunk after the full stop, as a whole number before one
does; a bare ".co.in" address before a comma is neither cut nor an end, and ".co.in" web addresses
and e-mails behave as ".in" ones do; a wa.me chat link with digits right before "?" ("919877245710?
Correct") ends the chunk after the "?", as a web address right before "?" does; a "+91" number
written with hyphens ending a sentence before a capital ("+91-80-4577-2471. Our") ends the chunk
after the full stop, as a phone number does; an e-mail with a hyphen in its local part inside a
bracket mid-sentence is neither cut nor an end; a "!" inside a square bracket mid-sentence
("[grandparents included!] as") is not an end, as one inside a round bracket is not; "etc." behaves
as any short form does (before a lower-case word or a comma it is not an end, before "The" it ends
the chunk, right before "?" it ends it after the "?", and "etc. at home!" ends only after the "!").

Exercised here (new variations):
1. "Maj. Kavita Rathore, now retired," opening the reply stays with it; a lower-case "armoured div.
   Her" ends the chunk; "Lt. Rohan Gill, her" opening a sentence stays with it; "Which sapling will
   Maj. Rathore plant" inside a question is not an end; "the whole div.? Only" ends after the "?";
   "The div. (now posted in the desert) also" is not an end; "the Maj., who" is not one; "the Lt.!
   Gloves" ends after the "!".
2. "a B.Voc. in" is not an end; "an M.S.W. She" ends the chunk; "a B.Voc. attendant" inside a
   question is not an end; "an M.S.W.? Many" ends after the "?"; "B.Voc. course fees" opening a
   sentence stays with it; "An M.S.W., unlike" is not an end; "a B.Voc.! We" ends after the "!".
3. "Inj. Methylcobalamin is" opening the reply stays with it; "give him Pwd. Isabgol for" is not an
   end; a lower-case "fifteen hundred mcg. He" ends the chunk; "Does the Inj. hurt" inside a
   question is not an end; "the Pwd.? Half" ends after the "?"; "fifteen hundred mcg. dose" is not
   an end; "the fourth Inj.! A" ends after the "!".
4. "Shop 2471, Silver Oak Twr., East Wg., opposite" holds no end (that sentence ends at its own full
   stop); a lower-case "old mill compd. A" ends the chunk; "in the Wg. for" inside a question is not
   an end; "the compd.? Yes" ends after the "?"; "The compd. walls" is not one; "East Wg.! Call"
   ends after the "!".
5. "Your Chq. book" is not an end; "that Txn. It" ends the chunk; a lower-case "online trf. We" ends
   it; "Will the Chq. clear" inside a question is not an end; "a Txn.? Correct" ends after the "?";
   "the trf. charges" inside a question is not an end; "every Chq.! A" ends after the "!".
6. "the Secy. of" is not an end; a lower-case "duly attd. Offg." ends the chunk; "Offg. Treasurer
   Farhan Qureshi" opening a sentence stays with it; "also be attd.? No" ends after the "?"; "Can
   the Offg. Treasurer" inside a question is not an end; "The attd. pages" is not one; "the Secy.!
   Nobody" ends after the "!".
7. "24 qtl. of" is not an end; a decimal "58.7 mm. The" ends the chunk; "87 yd.? Yes" ends after the
   "?"; "27 mm. width" is not an end; "37 qtl.! How" ends after the "!"; "a 77 yd. run" inside a
   question is not an end; "24 qtl., about" is not one.
8. "U.P.I. refunds" opening the reply stays with it; "bank's I.F.S.C. You" ends the chunk; "the
   U.P.I. refund" inside a question is not an end; "the I.F.S.C.? Yes" ends after the "?"; "The
   I.F.S.C., eleven" is not an end; "by U.P.I. It" ends the chunk; "by U.P.I.! It" ends after the
   "!".
9. "Prof. Ananya Bose" opening the reply stays with it; "aprons etc. are" is not an end; "Mr.
   Tenzing Dorjee" mid-sentence is not one; "small vase etc. The" ends the chunk; "pieces, Prof.
   Bose or" inside a question is not an end; "Prof. Bose does" opening an answer stays with it; "an
   old shirt etc.? Only" ends after the "?"; "tools etc., once" is not an end; "bangles etc. at
   home!" is not an end before "at" and ends after the "!".
10. A dollar amount with cents ending a sentence ("$1,247.50. At"), an amount with paise ending a
    sentence ("₹1,04,253.58. The"), a bracketed amount mid-sentence ("(₹177 with tax) was"), an
    amount with "/-" before a lower-case word ("₹97,000/- today"), a decimal percentage before a
    lower-case word inside a question ("7.24% interest?"), two amounts joined by an en dash before a
    lower-case word ("₹571–₹587 a month"), an amount-word ending a sentence ("₹5.87 lakh. Confirm"),
    a decimal percentage right before "!" ("7.24%! Shall").
11. A year-first hyphen date before a comma ("2097-11-24, and"), two colon times in one sentence
    ("08:57 and ... 09:37 sharp"), a month form right before "?" ("in Nov.? Sorry"), a dotted date
    ending a sentence ("27.11.2097. Photographs"), two colon times joined by "until" ("12:24 until
    13:57, so"), a slash date before a lower-case bracket ("17/11/2097 (bring her hall ticket)
    at"), a month form before a year number ("the Nov. 2097 batch"), a dotted time right before "!"
    ("14.27! Does"), a month form inside a question ("for Nov. cover"), a colon time right before
    "?" ("16:58? Yes").
12. A bare ".co.in" address before a comma is not cut; an https:// address with a path ending a
    sentence before a capital ends it after the full stop; an e-mail with a hyphenated local part
    inside a bracket mid-sentence is neither cut nor an end; a wa.me chat link right before "?" ends
    the chunk after the "?"; a "+91" number with hyphens ending a sentence before a capital ends it
    after the full stop; an e-mail right before "?" ends it after the "?"; a www. address with a
    "?" query string inside a bracket mid-sentence is neither cut nor an end; an http:// address
    with a path right before "!" ends the chunk after the "!"; an https:// address with a "#"
    fragment ends the reply after its full stop.
13. A "!" inside a square bracket mid-sentence ("[grandparents included!] as"); a "." inside a
    closing straight double quote ending a sentence ("Draw what rain means to you." Each); a full
    stop just after a closing bold marker (**two-metre square**. When); a "!" inside a curly double
    quote mid-sentence (“Shuru karo!” and); a "!" inside a closing curly double quote ending a
    sentence (“Of course they do!” (); a bracketed statement as its own chunk; a full stop just
    after a closing round bracket ("(plus a small gift for the youngest). ["); a square-bracketed
    exclamation as its own chunk.
14. "!?" ends the first sentence; "…" before "The" ends one; "..." before "but" does not; "...?"
    ends one after the "?"; "…!" ends one after the "!"; "…" before "until" does not; "!!" ends one;
    the reply ends on "...".
15. Emoji: 🎂 opening the reply, 🥳 after a sentence's closing "!", the joined 🧑‍🍳 after a sentence's
    full stop, 🍫 inside a question, 🧾 closing a sentence with no stop, 💐 inside a sentence, ✨
    right before "!" with 🙌🏾 after that mark ending the reply.
16. "▸ " markers on a one-line list after a colon (items ending ";", "; and" and ".") and "▪ "
    markers on a multi-line list after a heading line (items ending "?", no mark, "." and "!"), each
    followed by a plain sentence.
17. Mixed scripts: Tamil holding எம்.எஸ்சி. before a word mid-sentence, an English question, Tamil
    at "."; Odia opening the reply with ବି.ଏ., English, an Odia question; a Malayalam question
    holding ബി.എഡ്. before a word, an English "!", Kannada at "."; Gujarati at ".", an English
    question, Bengali at ।; Assamese at ।, an English "!", an Urdu statement at ۔.

"""

from __future__ import annotations

HELD_OUT: list[tuple[str, list[str]]] = [
    # --- everyday replies, English ---
    (
        "All twelve solar panels on your rooftop were washed by our crew at dawn. Bird droppings had cut their output, so the daily power reading should rise noticeably. We suggest a wash like this once every quarter before the hot months.",
        [
            "All twelve solar panels on your rooftop were washed by our crew at dawn. ",
            "Bird droppings had cut their output, so the daily power reading should rise noticeably. ",
            "We suggest a wash like this once every quarter before the hot months.",
        ],
    ),
    (
        "The cracked screen on your phone now has an original part in its place. We also put on a tempered glass guard at no extra charge. The handset is fully charged and waiting at our repair counter.",
        [
            "The cracked screen on your phone now has an original part in its place. ",
            "We also put on a tempered glass guard at no extra charge. ",
            "The handset is fully charged and waiting at our repair counter.",
        ],
    ),
    (
        "Your father's bifocal spectacles are ready at our optical shop. The lenses carry an anti-glare coating, as the optometrist advised. He can try them on and have the frame reshaped on any afternoon.",
        [
            "Your father's bifocal spectacles are ready at our optical shop. ",
            "The lenses carry an anti-glare coating, as the optometrist advised. ",
            "He can try them on and have the frame reshaped on any afternoon.",
        ],
    ),
    (
        "Your ceramic crown has been fixed on the lower molar at our dental clinic. Avoid hard or sticky food on that side for a day or two. A little sensitivity to cold is normal and should settle within a week.",
        [
            "Your ceramic crown has been fixed on the lower molar at our dental clinic. ",
            "Avoid hard or sticky food on that side for a day or two. ",
            "A little sensitivity to cold is normal and should settle within a week.",
        ],
    ),
    (
        "Your new orthopaedic mattress will reach you on Wednesday between noon and four. Two delivery hands will lift it upstairs and carry the old one down. Leave the plastic off for half a day so the smell of new foam can fade.",
        [
            "Your new orthopaedic mattress will reach you on Wednesday between noon and four. ",
            "Two delivery hands will lift it upstairs and carry the old one down. ",
            "Leave the plastic off for half a day so the smell of new foam can fade.",
        ],
    ),
    (
        "Your wedding album has come back from the printer with a velvet cover. We added the extra pages of the haldi ceremony you asked for. The pen drive with all the edited videos is tucked into the album's case.",
        [
            "Your wedding album has come back from the printer with a velvet cover. ",
            "We added the extra pages of the haldi ceremony you asked for. ",
            "The pen drive with all the edited videos is tucked into the album's case.",
        ],
    ),
    (
        "Slots are open in our sunrise yoga batch from next week. Each session ends with ten minutes of breathing practice. Come on an empty stomach and carry a thin mat with you.",
        [
            "Slots are open in our sunrise yoga batch from next week. ",
            "Each session ends with ten minutes of breathing practice. ",
            "Come on an empty stomach and carry a thin mat with you.",
        ],
    ),
    (
        "Our tuner spent the afternoon on your upright piano and its pedals. Three sticky keys were freed and every string was brought back in tune. A piano like this should be tuned every six months.",
        [
            "Our tuner spent the afternoon on your upright piano and its pedals. ",
            "Three sticky keys were freed and every string was brought back in tune. ",
            "A piano like this should be tuned every six months.",
        ],
    ),
    # --- everyday replies, Hinglish ---
    (
        "Aapke pressure cooker ki nayi seeti aur rubber ring lag gayi hai. Dhakkan ka handle bhi naye screw se jod diya hai. Pehli baar khaali paani ubaal kar test kar lijiye.",
        [
            "Aapke pressure cooker ki nayi seeti aur rubber ring lag gayi hai. ",
            "Dhakkan ka handle bhi naye screw se jod diya hai. ",
            "Pehli baar khaali paani ubaal kar test kar lijiye.",
        ],
    ),
    (
        "Aapke bedroom ke pankhe ka capacitor naya daal diya hai. Ab pankha poori speed par chalega aur shor bhi band ho jaayega. Regulator bhi naya lagaya hai, uska bill alag se bheja hai.",
        [
            "Aapke bedroom ke pankhe ka capacitor naya daal diya hai. ",
            "Ab pankha poori speed par chalega aur shor bhi band ho jaayega. ",
            "Regulator bhi naya lagaya hai, uska bill alag se bheja hai.",
        ],
    ),
    (
        "Shaadi ke liye mehendi wali didi ki booking pakki ho gayi hai. Dulhan ke haath aur pair dono par design banegi. Mehendi lagne ke baad chaar ghante tak paani mat lagaiye.",
        [
            "Shaadi ke liye mehendi wali didi ki booking pakki ho gayi hai. ",
            "Dulhan ke haath aur pair dono par design banegi. ",
            "Mehendi lagne ke baad chaar ghante tak paani mat lagaiye.",
        ],
    ),
    (
        "Rasoi ke nal ka leak theek kar diya hai aur washer bhi badal diya. Sink ke neeche ka pipe bhi naya laga hai. Agar phir se tapakne lage toh humein turant bataiye.",
        [
            "Rasoi ke nal ka leak theek kar diya hai aur washer bhi badal diya. ",
            "Sink ke neeche ka pipe bhi naya laga hai. ",
            "Agar phir se tapakne lage toh humein turant bataiye.",
        ],
    ),
    # --- everyday replies, Hindi ---
    (
        "आपके कपड़े धुलकर और प्रेस होकर तैयार हैं। रेशमी साड़ियाँ अलग से सूखी धुलाई में गई थीं। आप शाम सात बजे तक दुकान से ले सकते हैं।",
        [
            "आपके कपड़े धुलकर और प्रेस होकर तैयार हैं। ",
            "रेशमी साड़ियाँ अलग से सूखी धुलाई में गई थीं। ",
            "आप शाम सात बजे तक दुकान से ले सकते हैं।",
        ],
    ),
    (
        "आपकी बेटी की शादी के निमंत्रण पत्र छपकर आ गए हैं। कुल तीन सौ पत्रों के साथ लिफ़ाफ़े भी दिए गए हैं। नाम की वर्तनी एक बार ज़रूर जाँच लीजिए।",
        [
            "आपकी बेटी की शादी के निमंत्रण पत्र छपकर आ गए हैं। ",
            "कुल तीन सौ पत्रों के साथ लिफ़ाफ़े भी दिए गए हैं। ",
            "नाम की वर्तनी एक बार ज़रूर जाँच लीजिए।",
        ],
    ),
    (
        "आपकी माँ की आँखों की जाँच कल सुबह दस बजे होगी। जाँच से पहले आँखों में दवा डाली जाएगी। उनके साथ घर के किसी एक सदस्य का होना ज़रूरी है।",
        [
            "आपकी माँ की आँखों की जाँच कल सुबह दस बजे होगी। ",
            "जाँच से पहले आँखों में दवा डाली जाएगी। ",
            "उनके साथ घर के किसी एक सदस्य का होना ज़रूरी है।",
        ],
    ),
    (
        "आपके बगीचे की घास काट दी गई है. सूखी पत्तियाँ भी इकट्ठा करके फेंक दी हैं. अगली बार पंद्रह दिन बाद आएँगे.",
        [
            "आपके बगीचे की घास काट दी गई है. ",
            "सूखी पत्तियाँ भी इकट्ठा करके फेंक दी हैं. ",
            "अगली बार पंद्रह दिन बाद आएँगे.",
        ],
    ),
    # --- everyday replies, other Indian languages ---
    (
        "तुमच्या दिवाळी फराळाची ऑर्डर तयार होत आहे. चकली, करंजी आणि शेव वेगवेगळ्या डब्यांत भरू. धनत्रयोदशीला संध्याकाळी घरपोच देऊ.",
        [
            "तुमच्या दिवाळी फराळाची ऑर्डर तयार होत आहे. ",
            "चकली, करंजी आणि शेव वेगवेगळ्या डब्यांत भरू. ",
            "धनत्रयोदशीला संध्याकाळी घरपोच देऊ.",
        ],
    ),
    (
        "तुमच्या विहिरीवर नवीन पाणबुडी पंप बसवला आहे. पाइपलाइन थेट शेतापर्यंत नेली आहे. रात्री वीज आल्यावर पंप चालू करा.",
        [
            "तुमच्या विहिरीवर नवीन पाणबुडी पंप बसवला आहे. ",
            "पाइपलाइन थेट शेतापर्यंत नेली आहे. ",
            "रात्री वीज आल्यावर पंप चालू करा.",
        ],
    ),
    (
        "আপনার অর্ডার করা দুটো ইলিশ মাছ কেটে ধুয়ে রাখা হয়েছে। মাছের মাথা আর ডিম আলাদা প্যাকেটে দিয়েছি। দুপুরের মধ্যে বাড়িতে পৌঁছে যাবে।",
        [
            "আপনার অর্ডার করা দুটো ইলিশ মাছ কেটে ধুয়ে রাখা হয়েছে। ",
            "মাছের মাথা আর ডিম আলাদা প্যাকেটে দিয়েছি। ",
            "দুপুরের মধ্যে বাড়িতে পৌঁছে যাবে।",
        ],
    ),
    (
        "আপনার জমির ধান ঝাড়াইয়ের কাজ আজ শেষ হয়েছে। মোট চল্লিশ বস্তা ধান উঠেছে। খড় আপনার উঠোনে গাদা করে রাখা হবে।",
        [
            "আপনার জমির ধান ঝাড়াইয়ের কাজ আজ শেষ হয়েছে। ",
            "মোট চল্লিশ বস্তা ধান উঠেছে। ",
            "খড় আপনার উঠোনে গাদা করে রাখা হবে।",
        ],
    ),
    (
        "பொங்கலுக்கு நீங்கள் கேட்ட மண் பானைகள் தயார். ஒவ்வொரு பானைக்கும் மஞ்சள் கொத்து கட்டித் தருவோம். போகி அன்று மாலை வீட்டுக்குக் கொண்டு வருவோம்.",
        [
            "பொங்கலுக்கு நீங்கள் கேட்ட மண் பானைகள் தயார். ",
            "ஒவ்வொரு பானைக்கும் மஞ்சள் கொத்து கட்டித் தருவோம். ",
            "போகி அன்று மாலை வீட்டுக்குக் கொண்டு வருவோம்.",
        ],
    ),
    (
        "உங்கள் வாழைத் தோட்டத்தில் இன்று அறுபது தார்கள் வெட்டப்பட்டன. அவை லாரியில் சந்தைக்கு அனுப்பப்பட்டன. அடுத்த வாரம் மீதி மரங்களில் வெட்டுவோம்.",
        [
            "உங்கள் வாழைத் தோட்டத்தில் இன்று அறுபது தார்கள் வெட்டப்பட்டன. ",
            "அவை லாரியில் சந்தைக்கு அனுப்பப்பட்டன. ",
            "அடுத்த வாரம் மீதி மரங்களில் வெட்டுவோம்.",
        ],
    ),
    (
        "మీ గృహప్రవేశానికి కావలసిన పూజా సామగ్రి అంతా సిద్ధం చేశాము. కొబ్బరికాయలు, పసుపు, కుంకుమ విడిగా ప్యాక్ చేశాము. ముహూర్తానికి ముందు రోజు సాయంత్రం ఇంటికి తెస్తాము.",
        [
            "మీ గృహప్రవేశానికి కావలసిన పూజా సామగ్రి అంతా సిద్ధం చేశాము. ",
            "కొబ్బరికాయలు, పసుపు, కుంకుమ విడిగా ప్యాక్ చేశాము. ",
            "ముహూర్తానికి ముందు రోజు సాయంత్రం ఇంటికి తెస్తాము.",
        ],
    ),
    (
        "మీరు అడిగిన ఆవకాయ పచ్చడి జాడీలలో నింపాము. ఈసారి కారం కొంచెం తక్కువగా వేశాము. శనివారం ఉదయం నుంచి ఇంటికి పంపగలము.",
        [
            "మీరు అడిగిన ఆవకాయ పచ్చడి జాడీలలో నింపాము. ",
            "ఈసారి కారం కొంచెం తక్కువగా వేశాము. ",
            "శనివారం ఉదయం నుంచి ఇంటికి పంపగలము.",
        ],
    ),
    (
        "ઉત્તરાયણ માટે તમારો ઊંધિયું અને જલેબીનો ઓર્ડર નોંધાઈ ગયો છે. ઊંધિયું સવારે તાજું બનાવીશું. બપોરે બાર વાગ્યા પહેલાં ઘરે પહોંચાડીશું.",
        [
            "ઉત્તરાયણ માટે તમારો ઊંધિયું અને જલેબીનો ઓર્ડર નોંધાઈ ગયો છે. ",
            "ઊંધિયું સવારે તાજું બનાવીશું. ",
            "બપોરે બાર વાગ્યા પહેલાં ઘરે પહોંચાડીશું.",
        ],
    ),
    (
        "તમારી સોનાની ચેઇનનો તૂટેલો હૂક બદલી આપ્યો છે. ચેઇનને પોલિશ પણ કરી છે. રસીદ લઈને દુકાને આવજો.",
        [
            "તમારી સોનાની ચેઇનનો તૂટેલો હૂક બદલી આપ્યો છે. ",
            "ચેઇનને પોલિશ પણ કરી છે. ",
            "રસીદ લઈને દુકાને આવજો.",
        ],
    ),
    (
        "ಯುಗಾದಿಗೆ ನೀವು ಕೇಳಿದ ಐವತ್ತು ಹೋಳಿಗೆ ಸಿದ್ಧವಾಗುತ್ತಿವೆ. ತುಪ್ಪವನ್ನು ಬೇರೆ ಡಬ್ಬಿಯಲ್ಲಿ ಕೊಡುತ್ತೇವೆ. ಹಬ್ಬದ ಹಿಂದಿನ ದಿನ ಸಂಜೆ ಮನೆಗೆ ತಲುಪಿಸುತ್ತೇವೆ.",
        [
            "ಯುಗಾದಿಗೆ ನೀವು ಕೇಳಿದ ಐವತ್ತು ಹೋಳಿಗೆ ಸಿದ್ಧವಾಗುತ್ತಿವೆ. ",
            "ತುಪ್ಪವನ್ನು ಬೇರೆ ಡಬ್ಬಿಯಲ್ಲಿ ಕೊಡುತ್ತೇವೆ. ",
            "ಹಬ್ಬದ ಹಿಂದಿನ ದಿನ ಸಂಜೆ ಮನೆಗೆ ತಲುಪಿಸುತ್ತೇವೆ.",
        ],
    ),
    (
        "ಮನೆಯ ಮುಖ್ಯ ಬಾಗಿಲಿನ ಕೆತ್ತನೆ ಕೆಲಸ ಮುಗಿದಿದೆ. ಬಾಗಿಲಿಗೆ ಎರಡು ಸಲ ವಾರ್ನಿಷ್ ಹಚ್ಚಿದ್ದೇವೆ. ಮುಂದಿನ ವಾರ ಬಡಗಿ ಬಂದು ಅದನ್ನು ಜೋಡಿಸುತ್ತಾರೆ.",
        [
            "ಮನೆಯ ಮುಖ್ಯ ಬಾಗಿಲಿನ ಕೆತ್ತನೆ ಕೆಲಸ ಮುಗಿದಿದೆ. ",
            "ಬಾಗಿಲಿಗೆ ಎರಡು ಸಲ ವಾರ್ನಿಷ್ ಹಚ್ಚಿದ್ದೇವೆ. ",
            "ಮುಂದಿನ ವಾರ ಬಡಗಿ ಬಂದು ಅದನ್ನು ಜೋಡಿಸುತ್ತಾರೆ.",
        ],
    ),
    (
        "ചക്ക ഉപ്പേരിയുടെ അഞ്ചു പാക്കറ്റ് തയ്യാറായി. വെളിച്ചെണ്ണയിൽ തന്നെയാണ് വറുത്തത്. നാളെ ഉച്ചയ്ക്ക് മുമ്പ് വീട്ടിൽ എത്തിക്കും.",
        [
            "ചക്ക ഉപ്പേരിയുടെ അഞ്ചു പാക്കറ്റ് തയ്യാറായി. ",
            "വെളിച്ചെണ്ണയിൽ തന്നെയാണ് വറുത്തത്. ",
            "നാളെ ഉച്ചയ്ക്ക് മുമ്പ് വീട്ടിൽ എത്തിക്കും.",
        ],
    ),
    (
        "മുറ്റത്ത് ഇന്റർലോക്ക് കട്ടകൾ പാകുന്ന പണി ഇന്ന് തീർന്നു. മഴവെള്ളം ഒഴുകിപ്പോകാൻ ചെറിയ ചരിവ് നൽകിയിട്ടുണ്ട്. രണ്ടു ദിവസത്തേക്ക് വണ്ടി കയറ്റരുത്.",
        [
            "മുറ്റത്ത് ഇന്റർലോക്ക് കട്ടകൾ പാകുന്ന പണി ഇന്ന് തീർന്നു. ",
            "മഴവെള്ളം ഒഴുകിപ്പോകാൻ ചെറിയ ചരിവ് നൽകിയിട്ടുണ്ട്. ",
            "രണ്ടു ദിവസത്തേക്ക് വണ്ടി കയറ്റരുത്.",
        ],
    ),
    (
        "ਲੋਹੜੀ ਲਈ ਤੁਹਾਡੀਆਂ ਰਿਉੜੀਆਂ, ਗੱਚਕ ਅਤੇ ਮੂੰਗਫਲੀ ਪੈਕ ਹੋ ਗਈਆਂ ਹਨ। ਹਰ ਡੱਬੇ ਉੱਤੇ ਪਰਿਵਾਰ ਦਾ ਨਾਮ ਲਿਖਿਆ ਹੈ। ਸ਼ਾਮ ਨੂੰ ਧੂਣੀ ਤੋਂ ਪਹਿਲਾਂ ਘਰ ਪਹੁੰਚਾ ਦਿਆਂਗੇ।",
        [
            "ਲੋਹੜੀ ਲਈ ਤੁਹਾਡੀਆਂ ਰਿਉੜੀਆਂ, ਗੱਚਕ ਅਤੇ ਮੂੰਗਫਲੀ ਪੈਕ ਹੋ ਗਈਆਂ ਹਨ। ",
            "ਹਰ ਡੱਬੇ ਉੱਤੇ ਪਰਿਵਾਰ ਦਾ ਨਾਮ ਲਿਖਿਆ ਹੈ। ",
            "ਸ਼ਾਮ ਨੂੰ ਧੂਣੀ ਤੋਂ ਪਹਿਲਾਂ ਘਰ ਪਹੁੰਚਾ ਦਿਆਂਗੇ।",
        ],
    ),
    (
        "ਤੁਹਾਡੀਆਂ ਚਾਰ ਪੱਗਾਂ ਰੰਗ ਕੇ ਮਾਇਆ ਲਾ ਦਿੱਤੀ ਗਈ ਹੈ। ਕੇਸਰੀ ਰੰਗ ਬਿਲਕੁਲ ਪੱਕਾ ਚੜ੍ਹਿਆ ਹੈ। ਕੱਲ੍ਹ ਦੁਪਹਿਰ ਤੋਂ ਬਾਅਦ ਲੈ ਜਾਣਾ।",
        [
            "ਤੁਹਾਡੀਆਂ ਚਾਰ ਪੱਗਾਂ ਰੰਗ ਕੇ ਮਾਇਆ ਲਾ ਦਿੱਤੀ ਗਈ ਹੈ। ",
            "ਕੇਸਰੀ ਰੰਗ ਬਿਲਕੁਲ ਪੱਕਾ ਚੜ੍ਹਿਆ ਹੈ। ",
            "ਕੱਲ੍ਹ ਦੁਪਹਿਰ ਤੋਂ ਬਾਅਦ ਲੈ ਜਾਣਾ।",
        ],
    ),
    (
        "ଗାଈ ଗୁହାଳର ଚଟାଣ ସିମେଣ୍ଟ କରାଗଲା। ପାଣି ବାହାରିବା ପାଇଁ ନାଳ ମଧ୍ୟ କରାଯାଇଛି। ତିନି ଦିନ ପରେ ଗାଈଙ୍କୁ ଭିତରକୁ ନିଅନ୍ତୁ।",
        [
            "ଗାଈ ଗୁହାଳର ଚଟାଣ ସିମେଣ୍ଟ କରାଗଲା। ",
            "ପାଣି ବାହାରିବା ପାଇଁ ନାଳ ମଧ୍ୟ କରାଯାଇଛି। ",
            "ତିନି ଦିନ ପରେ ଗାଈଙ୍କୁ ଭିତରକୁ ନିଅନ୍ତୁ।",
        ],
    ),
    (
        "ଘରର ମୁଖ୍ୟ କବାଟରେ ନୂଆ ରଙ୍ଗ ଲଗାଗଲା। ରଙ୍ଗ ଶୁଖିବାକୁ ଦୁଇ ଦିନ ଲାଗିବ। ସେ ପର୍ଯ୍ୟନ୍ତ କବାଟକୁ ହାତ ଦିଅନ୍ତୁ ନାହିଁ।",
        [
            "ଘରର ମୁଖ୍ୟ କବାଟରେ ନୂଆ ରଙ୍ଗ ଲଗାଗଲା। ",
            "ରଙ୍ଗ ଶୁଖିବାକୁ ଦୁଇ ଦିନ ଲାଗିବ। ",
            "ସେ ପର୍ଯ୍ୟନ୍ତ କବାଟକୁ ହାତ ଦିଅନ୍ତୁ ନାହିଁ।",
        ],
    ),
    (
        "আপুনি দিয়া জাপি দুটাৰ কাম শেষ হ'ল। জাপিত ৰঙা কাপোৰৰ নক্সা লগোৱা হৈছে। জাপি দুটা বাকচত ভৰাই থোৱা আছে।",
        [
            "আপুনি দিয়া জাপি দুটাৰ কাম শেষ হ'ল। ",
            "জাপিত ৰঙা কাপোৰৰ নক্সা লগোৱা হৈছে। ",
            "জাপি দুটা বাকচত ভৰাই থোৱা আছে।",
        ],
    ),
    (
        "আপোনাৰ মাছ ধৰা জালখন নতুনকৈ বোৱা হ'ল। জালৰ ফুটাবোৰ সৰু কৰি দিয়া হৈছে। কাইলৈ পুৱা আহি লৈ যাব।",
        [
            "আপোনাৰ মাছ ধৰা জালখন নতুনকৈ বোৱা হ'ল। ",
            "জালৰ ফুটাবোৰ সৰু কৰি দিয়া হৈছে। ",
            "কাইলৈ পুৱা আহি লৈ যাব।",
        ],
    ),
    (
        "آپ کا قالین دھل کر سوکھ گیا ہے۔ اس کے کناروں کی جھالر بھی سی دی گئی ہے۔ قالین بچھانے سے پہلے فرش اچھی طرح صاف کر لیں۔",
        [
            "آپ کا قالین دھل کر سوکھ گیا ہے۔ ",
            "اس کے کناروں کی جھالر بھی سی دی گئی ہے۔ ",
            "قالین بچھانے سے پہلے فرش اچھی طرح صاف کر لیں۔",
        ],
    ),
    (
        "آپ کے کرتے پر چکن کی کڑھائی مکمل ہو گئی ہے۔ کپڑا نرم دھلائی کے بعد استری کیا گیا ہے۔ دکان سے کسی بھی دن لے جائیے۔",
        [
            "آپ کے کرتے پر چکن کی کڑھائی مکمل ہو گئی ہے۔ ",
            "کپڑا نرم دھلائی کے بعد استری کیا گیا ہے۔ ",
            "دکان سے کسی بھی دن لے جائیے۔",
        ],
    ),
    # --- service forms: Maj. opening the reply before a name, a lower-case div. ending a sentence before "Her", Lt. opening a sentence before a name, Maj. inside a question before a name, div. right before "?", div. before a lower-case bracketed phrase, Maj. before a comma, Lt. right before "!" ---
    (
        "Maj. Kavita Rathore, now retired, has offered to lead the tree plantation drive in our society park this Sunday at first light. She spent twenty years with an armoured div. Her old unit has gifted us neem saplings for the whole park. Lt. Rohan Gill, her nephew, will bring the spades and a pickaxe. Which sapling will Maj. Rathore plant first? A peepal beside the main gate. Are the saplings a gift from the whole div.? Only from her old regiment within it. The div. (now posted in the desert) also sent a warm note of support. Ask the Maj., who gardens daily, how deep each pit should go. Every volunteer gets a spade from the Lt.! Gloves are yours to bring.",
        [
            "Maj. Kavita Rathore, now retired, has offered to lead the tree plantation drive in our society park this Sunday at first light. ",
            "She spent twenty years with an armoured div. ",
            "Her old unit has gifted us neem saplings for the whole park. ",
            "Lt. Rohan Gill, her nephew, will bring the spades and a pickaxe. ",
            "Which sapling will Maj. Rathore plant first? ",
            "A peepal beside the main gate. ",
            "Are the saplings a gift from the whole div.? ",
            "Only from her old regiment within it. ",
            "The div. (now posted in the desert) also sent a warm note of support. ",
            "Ask the Maj., who gardens daily, how deep each pit should go. ",
            "Every volunteer gets a spade from the Lt.! ",
            "Gloves are yours to bring.",
        ],
    ),
    # --- degrees: B.Voc. before a lower-case word mid-sentence, M.S.W. ending a sentence before "She", B.Voc. inside a question, M.S.W. right before "?", B.Voc. opening a sentence, M.S.W. before a comma, B.Voc. right before "!" ---
    (
        "Our day centre for seniors only hires attendants with a B.Voc. in elder nursing. Family visits are planned by a social worker with an M.S.W. She also runs a memory club on Mondays and Thursdays. Are the evening medicines given by a B.Voc. attendant too? Yes, under a nurse's eye. Could my son, a sociology graduate, go on to an M.S.W.? Many of our volunteers have. B.Voc. course fees are partly paid by our trust for two staff at a time. An M.S.W., unlike a diploma, takes two full years of study. Our residents adore every trainee who arrives with a B.Voc.! We have openings right now.",
        [
            "Our day centre for seniors only hires attendants with a B.Voc. in elder nursing. ",
            "Family visits are planned by a social worker with an M.S.W. ",
            "She also runs a memory club on Mondays and Thursdays. ",
            "Are the evening medicines given by a B.Voc. attendant too? ",
            "Yes, under a nurse's eye. ",
            "Could my son, a sociology graduate, go on to an M.S.W.? ",
            "Many of our volunteers have. ",
            "B.Voc. course fees are partly paid by our trust for two staff at a time. ",
            "An M.S.W., unlike a diploma, takes two full years of study. ",
            "Our residents adore every trainee who arrives with a B.Voc.! ",
            "We have openings right now.",
        ],
    ),
    # --- prescription forms: Inj. opening the reply before a capitalised drug name, Pwd. before a capitalised name mid-sentence, a lower-case mcg. ending a sentence before "He", Inj. inside a question, Pwd. right before "?", mcg. before a lower-case word, Inj. right before "!" ---
    (
        "Inj. Methylcobalamin is what our physician has chosen for your father's tiredness, one shot every week. Alongside it, please give him Pwd. Isabgol for easier digestion. The night-time vitamin we added contains fifteen hundred mcg. He should take it after dinner. Does the Inj. hurt much? Only a quick sting for a second. What should he stir into the Pwd.? Half a glass of buttermilk suits it. A fifteen hundred mcg. dose may sound high, but it is safe for him. Mark your calendar for the fourth Inj.! A blood test follows it.",
        [
            "Inj. Methylcobalamin is what our physician has chosen for your father's tiredness, one shot every week. ",
            "Alongside it, please give him Pwd. Isabgol for easier digestion. ",
            "The night-time vitamin we added contains fifteen hundred mcg. ",
            "He should take it after dinner. ",
            "Does the Inj. hurt much? ",
            "Only a quick sting for a second. ",
            "What should he stir into the Pwd.? ",
            "Half a glass of buttermilk suits it. ",
            "A fifteen hundred mcg. dose may sound high, but it is safe for him. ",
            "Mark your calendar for the fourth Inj.! ",
            "A blood test follows it.",
        ],
    ),
    # --- address forms: Twr. and Wg. before commas in an address, a lower-case compd. ending a sentence before "A", Wg. inside a question before a lower-case word, compd. right before "?", compd. before a lower-case word, Wg. right before "!" ---
    (
        "You will now find our dry-cleaning shop at Shop 2471, Silver Oak Twr., East Wg., opposite the children's park. Our window faces the old mill compd. A security desk notes down every visitor's name. Is there a lift in the Wg. for heavy bags? Yes, a goods lift near the staircase. Are pets welcome within the compd.? Yes, if kept on a lead. The compd. walls are lined by an old banyan grove. Free pickup is offered to homes in East Wg.! Call us an hour early to book it.",
        [
            "You will now find our dry-cleaning shop at Shop 2471, Silver Oak Twr., East Wg., opposite the children's park. ",
            "Our window faces the old mill compd. ",
            "A security desk notes down every visitor's name. ",
            "Is there a lift in the Wg. for heavy bags? ",
            "Yes, a goods lift near the staircase. ",
            "Are pets welcome within the compd.? ",
            "Yes, if kept on a lead. ",
            "The compd. walls are lined by an old banyan grove. ",
            "Free pickup is offered to homes in East Wg.! ",
            "Call us an hour early to book it.",
        ],
    ),
    # --- banking forms: Chq. before a lower-case word, Txn. ending a sentence before "It", a lower-case trf. ending a sentence before "We", Chq. inside a question, Txn. right before "?", trf. inside a question before a lower-case word, Chq. right before "!" ---
    (
        "Your Chq. book with fifty leaves has been couriered to your home address. A charge of a few rupees was taken for that Txn. It is listed in your newest statement too. Your April rent reached the owner by online trf. We sent the confirmation to your phone. Will the Chq. clear before the weekend? Yes, if you deposit it by three. Is the small debit on the fifth a Txn.? Correct, it is the fee for phone banking. Will the trf. charges come back if the owner returns the money? Only if the owner's bank refunds them. Write the payee's name on every Chq.! A blank line invites misuse.",
        [
            "Your Chq. book with fifty leaves has been couriered to your home address. ",
            "A charge of a few rupees was taken for that Txn. ",
            "It is listed in your newest statement too. ",
            "Your April rent reached the owner by online trf. ",
            "We sent the confirmation to your phone. ",
            "Will the Chq. clear before the weekend? ",
            "Yes, if you deposit it by three. ",
            "Is the small debit on the fifth a Txn.? ",
            "Correct, it is the fee for phone banking. ",
            "Will the trf. charges come back if the owner returns the money? ",
            "Only if the owner's bank refunds them. ",
            "Write the payee's name on every Chq.! ",
            "A blank line invites misuse.",
        ],
    ),
    # --- officialese: Secy. before a lower-case word, a lower-case attd. ending a sentence before "Offg.", Offg. opening a sentence before a capitalised word, attd. right before "?", Offg. inside a question, attd. before a lower-case word, Secy. right before "!" ---
    (
        "Our housing cooperative holds its yearly meeting on the coming Sunday, and the Secy. of the managing committee will present the balance sheet. Each flat will get one photocopy of the audit report, duly attd. Offg. Treasurer Farhan Qureshi will take queries on the repair fund. Will the copy given to tenants also be attd.? No, only owners get an attested one. Can the Offg. Treasurer explain the rise in the water bill? He has prepared a one-page note on it. The attd. pages carry the auditor's seal in green ink. Proxy votes must be handed to the Secy.! Nobody else may accept them.",
        [
            "Our housing cooperative holds its yearly meeting on the coming Sunday, and the Secy. of the managing committee will present the balance sheet. ",
            "Each flat will get one photocopy of the audit report, duly attd. ",
            "Offg. Treasurer Farhan Qureshi will take queries on the repair fund. ",
            "Will the copy given to tenants also be attd.? ",
            "No, only owners get an attested one. ",
            "Can the Offg. Treasurer explain the rise in the water bill? ",
            "He has prepared a one-page note on it. ",
            "The attd. pages carry the auditor's seal in green ink. ",
            "Proxy votes must be handed to the Secy.! ",
            "Nobody else may accept them.",
        ],
    ),
    # --- units: qtl. before a lower-case word, a decimal with mm. ending a sentence before "The", yd. right before "?", mm. before a lower-case word, qtl. right before "!", yd. inside a question before a lower-case word, qtl. before a comma ---
    (
        "Our godown has kept 24 qtl. of your wheat safe from the recent rain. Your farm gauge recorded 58.7 mm. The soil will need three dry days before ploughing. Is the shade net for the nursery beds 87 yd.? Yes, cut into two equal rolls. Drip pipes of 27 mm. width suit your rows. A miller in town will pay well for 37 qtl.! How many posts does a 77 yd. run of fencing wire need? About forty, spaced evenly. Of those 24 qtl., about half is from the lower field.",
        [
            "Our godown has kept 24 qtl. of your wheat safe from the recent rain. ",
            "Your farm gauge recorded 58.7 mm. ",
            "The soil will need three dry days before ploughing. ",
            "Is the shade net for the nursery beds 87 yd.? ",
            "Yes, cut into two equal rolls. ",
            "Drip pipes of 27 mm. width suit your rows. ",
            "A miller in town will pay well for 37 qtl.! ",
            "How many posts does a 77 yd. run of fencing wire need? ",
            "About forty, spaced evenly. ",
            "Of those 24 qtl., about half is from the lower field.",
        ],
    ),
    # --- dotted acronyms: U.P.I. opening the reply, I.F.S.C. ending a sentence before "You", U.P.I. inside a question, I.F.S.C. right before "?", I.F.S.C. before a comma, U.P.I. ending a sentence before "It", U.P.I. right before "!" ---
    (
        "U.P.I. refunds for your cancelled dining table order have been started. To return the advance, we also need your bank's I.F.S.C. You will find it on the first page of your bank passbook. When will the U.P.I. refund show up? Mostly the same day. Should I send a photo of the I.F.S.C.? Yes, along with the account holder's name. The I.F.S.C., eleven characters long, names the exact branch you bank with. The rest of the money will come back by U.P.I. It may arrive split in two. We are glad you chose a refund by U.P.I.! It is the quickest route.",
        [
            "U.P.I. refunds for your cancelled dining table order have been started. ",
            "To return the advance, we also need your bank's I.F.S.C. ",
            "You will find it on the first page of your bank passbook. ",
            "When will the U.P.I. refund show up? ",
            "Mostly the same day. ",
            "Should I send a photo of the I.F.S.C.? ",
            "Yes, along with the account holder's name. ",
            "The I.F.S.C., eleven characters long, names the exact branch you bank with. ",
            "The rest of the money will come back by U.P.I. ",
            "It may arrive split in two. ",
            "We are glad you chose a refund by U.P.I.! ",
            "It is the quickest route.",
        ],
    ),
    # --- short forms of ordinary prose: Prof. opening the reply before a name, etc. before a lower-case word, Mr. before a name mid-sentence, etc. ending a sentence before "The", Prof. inside a question before a name, Prof. opening an answer, etc. right before "?", etc. before a comma, etc. before a lower-case word in a sentence ending at "!" ---
    (
        "Prof. Ananya Bose will run a weekend pottery workshop for beginners at our craft studio. Clay, glazes, aprons etc. are all provided at the door. Her assistant Mr. Tenzing Dorjee will look after the kiln. Every student takes home a bowl, a cup, a small vase etc. The first firing is on the second day. Who fires the pieces, Prof. Bose or her assistant? Prof. Bose does, with Mr. Dorjee beside her. Must I carry towels, an old shirt etc.? Only an old shirt, as we keep towels. Wheels, tools etc., once used, are washed down by our staff. Please leave your rings, bangles etc. at home! Wet clay gets into everything.",
        [
            "Prof. Ananya Bose will run a weekend pottery workshop for beginners at our craft studio. ",
            "Clay, glazes, aprons etc. are all provided at the door. ",
            "Her assistant Mr. Tenzing Dorjee will look after the kiln. ",
            "Every student takes home a bowl, a cup, a small vase etc. ",
            "The first firing is on the second day. ",
            "Who fires the pieces, Prof. Bose or her assistant? ",
            "Prof. Bose does, with Mr. Dorjee beside her. ",
            "Must I carry towels, an old shirt etc.? ",
            "Only an old shirt, as we keep towels. ",
            "Wheels, tools etc., once used, are washed down by our staff. ",
            "Please leave your rings, bangles etc. at home! ",
            "Wet clay gets into everything.",
        ],
    ),
    # --- amounts: a dollar amount with cents ending a sentence, an amount with paise ending a sentence, a bracketed amount mid-sentence, an amount with "/-" before a lower-case word and a decimal percentage before a lower-case word inside a question, two amounts joined by an en dash before a lower-case word, an amount-word ("lakh") ending a sentence, a decimal percentage right before "!" ---
    (
        "Your son has sent you $1,247.50. At ₹83.57 to the dollar, your savings account received ₹1,04,253.58. The transfer fee (₹177 with tax) was paid by the sending bank. Shall we place ₹97,000/- today in a fixed deposit at 7.24% interest? It would earn about ₹571–₹587 a month, depending on the period. Our senior citizens' rate covers deposits up to ₹5.87 lakh. Confirm before Friday to lock in 7.24%! Shall I read the terms out to you?",
        [
            "Your son has sent you $1,247.50. ",
            "At ₹83.57 to the dollar, your savings account received ₹1,04,253.58. ",
            "The transfer fee (₹177 with tax) was paid by the sending bank. ",
            "Shall we place ₹97,000/- today in a fixed deposit at 7.24% interest? ",
            "It would earn about ₹571–₹587 a month, depending on the period. ",
            "Our senior citizens' rate covers deposits up to ₹5.87 lakh. ",
            "Confirm before Friday to lock in 7.24%! ",
            "Shall I read the terms out to you?",
        ],
    ),
    # --- dates and times: a year-first hyphen date before a comma, two colon times in one sentence, a month form right before "?", a dotted date ending a sentence, two colon times joined by "until", a slash date before a lower-case bracketed phrase, a month form before a year number mid-sentence, a dotted time right before "!", a month form inside a question before a lower-case word, a colon time right before "?" ---
    (
        "Convocation day for your girl falls on 2097-11-24, and her gown awaits her at the office. The hall opens at 08:57 and seating closes at 09:37 sharp. Could she switch to the smaller ceremony in Nov.? Sorry, no seats remain in that one. Gowns must be returned by 27.11.2097. Photographs will be taken from 12:24 until 13:57, so stay near the lawn. Her degree scroll is handed out from 17/11/2097 (bring her hall ticket) at the exam section. Graduates of the Nov. 2097 batch sit in the front rows. Lunch is served at 14.27! Does the parents' pass for Nov. cover two people? Yes, and the ceremony ends before five. Will the car park stay open past 16:58? Yes, until the last guest is gone.",
        [
            "Convocation day for your girl falls on 2097-11-24, and her gown awaits her at the office. ",
            "The hall opens at 08:57 and seating closes at 09:37 sharp. ",
            "Could she switch to the smaller ceremony in Nov.? ",
            "Sorry, no seats remain in that one. ",
            "Gowns must be returned by 27.11.2097. ",
            "Photographs will be taken from 12:24 until 13:57, so stay near the lawn. ",
            "Her degree scroll is handed out from 17/11/2097 (bring her hall ticket) at the exam section. ",
            "Graduates of the Nov. 2097 batch sit in the front rows. ",
            "Lunch is served at 14.27! ",
            "Does the parents' pass for Nov. cover two people? ",
            "Yes, and the ceremony ends before five. ",
            "Will the car park stay open past 16:58? ",
            "Yes, until the last guest is gone.",
        ],
    ),
    # --- URLs, e-mail and phone numbers: a bare .co.in address before a comma, an https:// address with a path ending a sentence before a capital, an e-mail with a hyphenated local part inside a bracket mid-sentence, a wa.me chat link right before "?", a +91 number written with hyphens ending a sentence before a capital, an e-mail right before "?", a www. address with a query string inside a bracket mid-sentence, an http:// address with a path right before "!", an https:// address with a "#" fragment ending the reply ---
    (
        "Wooden toys carved in our workshop are listed on khilonewala.co.in, each under the name of its maker. Our puppet range sits at https://khilonewala.co.in/putle/ghoda. Each one is hand-painted by our artisans over several days. Questions about paint safety (our kaarigar-madad@khilonewala.co.in inbox handles them) get a reply from a carver. Is our chat link https://wa.me/919877245710? Correct, and it is staffed till eight. Our landline is +91-80-4577-2471. Our call staff speak Kannada and Hindi. Is the address for complaints shikayat@khilonewala.co.in? Yes, and a person reads every one. Painting kits (www.khilonewala.co.in/kits?aayu=chhote lists them by age) ship on their own. Grab the festive bundle at http://khilonewala.co.in/diwali! It ends when stocks run out. Cleaning tips are at https://khilonewala.co.in/dekhbhal#rangon.",
        [
            "Wooden toys carved in our workshop are listed on khilonewala.co.in, each under the name of its maker. ",
            "Our puppet range sits at https://khilonewala.co.in/putle/ghoda. ",
            "Each one is hand-painted by our artisans over several days. ",
            "Questions about paint safety (our kaarigar-madad@khilonewala.co.in inbox handles them) get a reply from a carver. ",
            "Is our chat link https://wa.me/919877245710? ",
            "Correct, and it is staffed till eight. ",
            "Our landline is +91-80-4577-2471. ",
            "Our call staff speak Kannada and Hindi. ",
            "Is the address for complaints shikayat@khilonewala.co.in? ",
            "Yes, and a person reads every one. ",
            "Painting kits (www.khilonewala.co.in/kits?aayu=chhote lists them by age) ship on their own. ",
            "Grab the festive bundle at http://khilonewala.co.in/diwali! ",
            "It ends when stocks run out. ",
            "Cleaning tips are at https://khilonewala.co.in/dekhbhal#rangon.",
        ],
    ),
    # --- quotes, brackets and bold: a "!" inside a square bracket mid-sentence, a "." inside a closing straight double quote ending a sentence, a full stop just after a closing bold marker, a "!" inside a curly double quote mid-sentence, a "!" inside a closing curly double quote ending a sentence, a bracketed statement as its own chunk, a full stop just after a closing round bracket, a square-bracketed exclamation as its own chunk ---
    (
        'Families can enter the rangoli contest in our lobby [grandparents included!] as a single team. Every entry must answer one prompt: "Draw what rain means to you." Each design must fit inside a **two-metre square**. When the timer starts, the judge calls out “Shuru karo!” and nobody may leave their place. A grandmother wanted to know whether petals count as colours, and we said, “Of course they do!” (Rice and turmeric are fine too.) Prizes go to the top three (plus a small gift for the youngest). [Bring your own colours!] Tea and snacks come free.',
        [
            "Families can enter the rangoli contest in our lobby [grandparents included!] as a single team. ",
            'Every entry must answer one prompt: "Draw what rain means to you." ',
            "Each design must fit inside a **two-metre square**. ",
            "When the timer starts, the judge calls out “Shuru karo!” and nobody may leave their place. ",
            "A grandmother wanted to know whether petals count as colours, and we said, “Of course they do!” ",
            "(Rice and turmeric are fine too.) ",
            "Prizes go to the top three (plus a small gift for the youngest). ",
            "[Bring your own colours!] ",
            "Tea and snacks come free.",
        ],
    ),
    # --- ellipses: "!?" (an end); "…" before a capital (an end); "..." before a lower-case word (not an end); "...?" (an end after the "?"); "…!" (an end after the "!"); "…" before a lower-case word (not an end); "!!" (an end); the reply ends on "..." ---
    (
        "The tiles we delivered are the wrong colour!? Our warehouse picked up the beige batch by mistake… The correct grey ones are ready... but only at our other godown. Did our driver not check each carton...? Every box will be exchanged at our cost…! Your mason should pause the bathroom work… until the new boxes arrive. Such a mix-up should never have occurred!! Please forgive the inconvenience...",
        [
            "The tiles we delivered are the wrong colour!? ",
            "Our warehouse picked up the beige batch by mistake… ",
            "The correct grey ones are ready... but only at our other godown. ",
            "Did our driver not check each carton...? ",
            "Every box will be exchanged at our cost…! ",
            "Your mason should pause the bathroom work… until the new boxes arrive. ",
            "Such a mix-up should never have occurred!! ",
            "Please forgive the inconvenience...",
        ],
    ),
    # --- emoji: one opening the reply, one after a sentence's closing "!", a joined (ZWJ) emoji after a sentence's full stop, one inside a question, one closing a sentence with no stop, one inside a sentence, one right before "!" with a skin-toned one after that mark ending the reply ---
    (
        "🎂 Your son's birthday catering is confirmed for Saturday evening! 🥳 Our cooks will arrive two hours early to set up the food stalls. 🧑\u200d🍳 Do you want a fudge fountain 🍫 for the children? The final bill will come to your phone 🧾 Fresh flowers for the tables are supplied by our florist 💐 too. Have a wonderful party ✨! 🙌🏾",
        [
            "🎂 Your son's birthday catering is confirmed for Saturday evening! 🥳 ",
            "Our cooks will arrive two hours early to set up the food stalls. 🧑‍🍳 ",
            "Do you want a fudge fountain 🍫 for the children? ",
            "The final bill will come to your phone 🧾 ",
            "Fresh flowers for the tables are supplied by our florist 💐 too. ",
            "Have a wonderful party ✨! 🙌🏾",
        ],
    ),
    # --- one-line list with "▸ " markers after a colon, items ending in ";", "; and" and "." ---
    (
        "Our carpenter arrives on Tuesday to fit your modular kitchen, so kindly: ▸ clear the counters and shelves; ▸ switch off the mains at the meter; and ▸ keep one power point free near the sink. The fitting takes most of the day.",
        [
            "Our carpenter arrives on Tuesday to fit your modular kitchen, so kindly: ",
            "▸ clear the counters and shelves; ",
            "▸ switch off the mains at the meter; and ",
            "▸ keep one power point free near the sink. ",
            "The fitting takes most of the day.",
        ],
    ),
    # --- multi-line list with "▪ " markers after a heading line ending in a colon, items ending with "?", no mark, "." and "!" ---
    (
        "Checklist for the electricity meter fitting:\n▪ Is the main switch easy to reach?\n▪ A copy of the sale deed\n▪ Someone over eighteen must be at home.\n▪ Tie up any dogs!\nThe lineman phones you before coming over.",
        [
            "Checklist for the electricity meter fitting:\n",
            "▪ Is the main switch easy to reach?\n",
            "▪ A copy of the sale deed\n",
            "▪ Someone over eighteen must be at home.\n",
            "▪ Tie up any dogs!\n",
            "The lineman phones you before coming over.",
        ],
    ),
    # --- mixed scripts: Tamil with எம்.எஸ்சி. followed by a word mid-sentence, an English question, then Tamil at "." ---
    (
        "நாளை எம்.எஸ்சி. படித்த எங்கள் விவசாய ஆலோசகர் உங்கள் தோட்டத்துக்கு வருவார். Should he test the soil in both fields? ஆலோசனைக்குக் கட்டணம் எதுவும் இல்லை.",
        [
            "நாளை எம்.எஸ்சி. படித்த எங்கள் விவசாய ஆலோசகர் உங்கள் தோட்டத்துக்கு வருவார். ",
            "Should he test the soil in both fields? ",
            "ஆலோசனைக்குக் கட்டணம் எதுவும் இல்லை.",
        ],
    ),
    # --- mixed scripts: Odia opening the reply with ବି.ଏ., an English sentence, then an Odia question ---
    (
        "ବି.ଏ. ପାସ୍ କରିଥିବା ଯୁବକଯୁବତୀଙ୍କ ପାଇଁ ଆମ ବ୍ୟାଙ୍କରେ ଛଅ ମାସର ଇଣ୍ଟର୍ନସିପ୍ ଅଛି। The stipend is paid every month. ଆପଣ ଝିଅକୁ ଆବେଦନ କରିବାକୁ କହିବେ କି?",
        [
            "ବି.ଏ. ପାସ୍ କରିଥିବା ଯୁବକଯୁବତୀଙ୍କ ପାଇଁ ଆମ ବ୍ୟାଙ୍କରେ ଛଅ ମାସର ଇଣ୍ଟର୍ନସିପ୍ ଅଛି। ",
            "The stipend is paid every month. ",
            "ଆପଣ ଝିଅକୁ ଆବେଦନ କରିବାକୁ କହିବେ କି?",
        ],
    ),
    # --- mixed scripts: a Malayalam question holding ബി.എഡ്. before a word, an English exclamation, then Kannada at "." ---
    (
        "അനിയത്തിക്ക് ബി.എഡ്. കഴിഞ്ഞ് ഞങ്ങളുടെ ട്യൂഷൻ സെന്ററിൽ പഠിപ്പിക്കാൻ താൽപ്പര്യമുണ്ടോ? The pay is good and the hours are short! ಸಂದರ್ಶನ ಮುಂದಿನ ಸೋಮವಾರ ನಡೆಯುತ್ತದೆ.",
        [
            "അനിയത്തിക്ക് ബി.എഡ്. കഴിഞ്ഞ് ഞങ്ങളുടെ ട്യൂഷൻ സെന്ററിൽ പഠിപ്പിക്കാൻ താൽപ്പര്യമുണ്ടോ? ",
            "The pay is good and the hours are short! ",
            "ಸಂದರ್ಶನ ಮುಂದಿನ ಸೋಮವಾರ ನಡೆಯುತ್ತದೆ.",
        ],
    ),
    # --- mixed scripts: Gujarati at ".", an English question, then Bengali at । ---
    (
        "તમારા બગીચાનો હીંચકો રંગાઈ ગયો છે. Should our painter rehang it before dusk? রং শুকোতে আরও একদিন লাগবে।",
        [
            "તમારા બગીચાનો હીંચકો રંગાઈ ગયો છે. ",
            "Should our painter rehang it before dusk? ",
            "রং শুকোতে আরও একদিন লাগবে।",
        ],
    ),
    # --- mixed scripts: Assamese at ।, an English exclamation, then an Urdu statement at ۔ ---
    (
        "আপোনাৰ বাবে চাহৰ উপহাৰ বাকচটো সাজু কৰা হৈছে। It smells wonderful! ہم اسے کل صبح بھیج دیں گے۔",
        [
            "আপোনাৰ বাবে চাহৰ উপহাৰ বাকচটো সাজু কৰা হৈছে। ",
            "It smells wonderful! ",
            "ہم اسے کل صبح بھیج دیں گے۔",
        ],
    ),
]
