"""Held-out cases for the sentence splitter, round 56: written without reading or running it.

Written after reading only /work/main/tests/azure_tts/splitter_held_out_round55.py and
/work/main/tests/azure_tts/splitter_held_out_round54.py (for format and conventions), each opened by
its exact path: first one wc -l on both paths, then each was printed with sed -n in four line ranges
(round 55: 1-200, 200-420, 420-700 and 700-1004; round 54: 1-170, 170-420, 420-700 and 700-982), so
both were read whole; neither was printed with cat. Python also read the two files as text (open
and read, for the probe and overlap checks below) and parsed their docstrings with the ast module;
neither file was imported or run. No splitter source, bench, tuning file, log, other test file,
README or git history was opened, no folder of the project was listed, no wildcard or glob was used
on a project path, git was not used, and no web, code or document search was made. Nothing was run
against the splitter or in the project, and its package was not imported. In /tmp only the scratch
folder /tmp/s39/w_s56/ (made with mkdir -p) and this file were touched; /tmp/s39 itself was not
listed. No slip against these reading rules is known. Round 55's conventions paragraphs (with the
readings rounds 51 to 55 added) were taken with Python (ast, from its docstring) into the scratch
folder and reused below, with the round numbers moved on. Python was used only in the scratch
folder: a small probe script counted how often a candidate short form, tail, name, number, emoji,
marker or word occurs in each file; the cases were drafted as chunk lists and this file was
assembled from them (so each text is the join of its chunks); checks confirmed that the chunks
concatenate exactly to the text, that every chunk but the last ends in whitespace, that there are 60
cases with 8 to 14 chunks each, and that the module imports by path (importlib, from /tmp/s39/).

Shape: as the brief for this round asks, every case is a realistic reply of 8 to 14 sentences (the
everyday replies hold 10 each, the harder ones 8 to 14), where rounds 54 and 55 kept their everyday
replies to three sentences. The case shape is otherwise kept: each case is (text, expected chunks),
the text given whole; no stream split is stored here.

No sentence is taken or paraphrased from the two files. Drafting slips, each caught before this file
was written: several first drafts followed a reply in the two files too closely and were reworded
or given new content: a phone battery reply first offered a new screen guard (round 54's phone
screen reply has one); a Marathi festival sweets order first packed a side dish "in a separate box"
and came home the evening before the festival (as round 54's faral order does); a Gujarati outfit
first had tassels on a dupatta's edge (round 55's phulkari has trim on its edges); a Punjabi wedding
booking first opened as round 54's mehendi booking does; an Assamese closing first packed the
clothes in a box (as round 54's japi reply does); in the hard cases a closing "loud cheer for" a
rank, an access-and-parking question pair in the address reply and a closing offer "for anyone
living in" a building (round 55's and round 54's address replies), a "Could my daughter ... after
her" degree question (round 54's), an "also been" attested-style question with its answer (round
54's), a choir line (round 55's carol evening), a partner bank's rate and a price told to a relative
abroad in dollars (round 55's amounts), a counter's closing time at a dotted time (round 55's), an
e-mail "Is the address for complaints ...? Yes, and ..." pair with "every message" read by staff
(round 54's) and a "For ..., ring +91 ..." closing (round 55's). No reply is about a library, a
ration card, a voter card, a bus, a passport, a hotel stay, a scholarship, a water tank, house tax
or school hours, and no case holds the substrings "lab", "ration", "bus" or "let" (a first
"complete", "cutlets" and "millet" were reworded; "deleted", "tablet", "letters", "plate",
"registration" and "available" were kept out while drafting). No case holds "India".

Topics: a pest control visit, a water purifier's service, a laptop keyboard, home physiotherapy for
a frozen shoulder, a car's routine service, a pendulum clock, a tiffin plan, a bank locker; a gas
stove's burners, saree fall and pico work, a scooter's service, an aquarium cleaned; a cooking gas
refill, a terrace kitchen garden, a phone battery, gujiya for Holi (written with "." instead of
"।"); puran poli for Gudi Padwa, buffaloes vaccinated, Jamai Shashthi sweets, old books rebound,
jasmine strings for a function, house wiring checked, a milk supply paused, wallpaper in a child's
room, a chaniya choli, old photographs scanned, a solar water heater, ragi seed and manure, roof
tiles changed, ayurvedic massage for back pain, a tube well motor rewound, a dhol troupe for a
wedding, chhena poda for a birthday, mosquito mesh on windows, a muga mekhela, ducklings, biryani
for a feast and an air cooler repaired (in round 55's proportions: 8 English, 4 Hinglish, 4 Hindi,
2 each of Marathi, Bengali, Tamil, Telugu, Gujarati, Kannada, Malayalam, Punjabi, Odia, Assamese
and Urdu); then an Independence Day flag hoisting, a seed testing unit's staff, a boy's cough
medicines, a photo studio's new address, a double debit complaint, a plot's sale deed, a hill fort
trek, a bank's K.Y.C. update, a church wedding's reception, a used car quote, a marriage
certificate appointment, a crop price web site, a seniors' singing contest, damaged dining chairs,
Diwali gift hampers, a cooking class, a blood donation camp, and five mixed replies (an accountant's
post, a bank trainee post, a radio news reader, a handloom fair and a new tractor).

Checks against the two files. A phrase-overlap check searched every 16-character run of every case
against both whole files (docstrings included, case-insensitively, digits mapped to ASCII). Its
first pass reworded " would you like " (seven times), "ating your flat ", "changed for a new ", "we
fitted a new ", "savings account" (three replies), " stays with the ", a Hinglish "koi dikkat ho
toh " and " le ja sakte hain.", a Hindi "ज़रूर जाँच लीजिए।" run, a Marathi "च्या आदल्या दिवशी" run, a
Bengali " মধ্যে বাড়িতে পৌঁছে যাবে।" run and a "শেষ হয়েছে। মোট" run, a Tamil "கட்டித் தருவோம். "
run and a "க்குக் கொண்டு வர" run, an Urdu " مکمل ہو گئی ہے۔" run and a " گھر پہنچا دیں گے۔" run,
"e served by the ", " prescription for", " he should take ", " on an empty stomach", " faces the
old m", " is there a lift ", ". can i park my ", " to your phone. ", " handed over by the ", " on
the second day", " will look after the ", " depending on the ", " works out to about ", " should
never ha", "and biscuits are served " and "we are glad you "; later passes reworded " so we put in
a fresh ", " list of medicines" and a Marathi "्या दिवशी सकाळी " run. The last pass finds nothing:
no 16-character run is shared with either file. A within-file run check also reworded repeats of
" the next service", " on the same day", " our rider will ", " at our head office.", " a photo
identity card", " bring it to your ", " call us if the ", " do you wish to ", a Hinglish " bhi kar
di hai." and " badla gaya aur ", " at the sub-registrar's office" and " paid online by ", and now
finds none. The phrases the two files quote in their docstrings (651 found by a regex for straight
and curly double quotes) were searched for as substrings, case-insensitively, and only "swapped"
was reworded. Unlike rounds 54 and 55, the remaining hits were kept on purpose, since this brief
does not ask for them to be avoided and a careful reader cuts the same way regardless: besides marks
and connecting words (such as "!", "?!", "!!", "...", "…?", "…!", "...!", "(", ",", ", and", "&",
"*", "**", "/-", "%", "$", "+91", ".in" and "।") and plain words ("A", "I", "It", "Our", "The",
"We", "You", "and", "also", "if", "in", "of", "on", "only", "so", "till", "until", "to", "will" and
the like), it finds ordinary word endings before a full stop ("hours.", "morning.", "minutes.",
"year.", "day.", "afternoon.", "along.", "away.", "board.", "box.", "person.", "then.", "there.",
"themselves.", "us.", "that.", "term.", "lunch.", "long.", "hand.", and the two-letter tails they
hold, such as "rs.", "es.", "ed.", "ch.", "st.", "nt.", "ns.", "rd.", "rm.", "on.", "an.", "ar.",
"ck.", "sh.", "ox.", "d.", "g.", "y." and "hai."), and words such as "account", "app" (in "apply",
"appointment" and "papers"), "back", "care", "reach", "place", "packed", "wrapped", "adjusted",
"happen", "just", "later", "late", "machine", "crore", "lakh", "diwali", and the Hinglish "mahine",
"nahi", "rahi" and "subah". None of them is a form, a number, an address or an emoji exercised here.

Numbers: every amount, decimal, percentage, date, time, phone number and count was checked with a
plain substring search against both files, with and without its separators, after mapping every
Unicode decimal digit to ASCII; none is in either file. The two-digit runs that occur in neither
file even with their separators removed (every digit of each file joined into one run) are only 28
32 76 92 99, and every number here holds at least one of them: 32 km. (twice), 2,899 ft., 7,600
gm., 928 ft., 2,760 gm., 19.2 km., ₹4,76,000/-, ₹4,28,500/-, ₹18,792, ₹2,899.50, ₹3.28 lakh,
9.92%, ₹7,600 to ₹7,928, $5,276, ₹1.92 crore, ₹9,999, 2099-07-28, 09.28, Jul. 28, 02/08/2099, Jul.
2099, 13:28 to 14:32, 2099-06-28, 26.07.2099, 17.32, 1800-276-3299 and +91 99280 76321 (the "+91"
prefix alone is in both files). No date is given a weekday. No single-digit number, no Indic digit
and no bare list number is used; the list markers are "► " and "◆ ", and neither occurs in either
file. Names, places and addresses were checked the same way (none occurs there): Rao, Gurnam Singh,
Ambroxol, Levocetirizine, Anand, Gandhi, Shivaji Nagar, Meena Kulkarni, Joseph Mathai, Fernandes,
Joshi, and the fasalkhoj.in domain (local parts "jaanch" and "kisan.sahayata", paths
"bhav?fasal=pyaz&zila=nashik", "suchna" and "sikho"); a first domain ending "-bhav" was replaced,
as its tail "av." is in both files, and a first path "video" (in round 54) was replaced. The
domain's tail before ".in" ("oj.") occurs nowhere in the files. The Indic-script cases name no
person and no place. No undotted acronym is used (a regex for two or more capitals finds none). The
emoji used (🪔, 🌼, 🎁, 🛵, 📦, 🎉, 🍬, ✔️, 🙏🏼) occur in neither file, nor does the skin-tone
modifier 🏼. ✔️ carries a presentation selector, the only one here; the selector character itself
occurs in both files. No case holds a zero-width joiner or non-joiner (Telugu and Kannada words that
would have needed a non-joiner were written without one).

Every short form here is new. Each was searched for in both files, case-insensitively, as a plain
substring, and none is found:

- service forms Sub. and Adm., with the lower-case bn.;
- degrees B.Sc. and M.Phil.;
- prescription forms Syp. and Tab., with the lower-case caps.;
- address forms Flr., Hsg. and Chk., with the lower-case sq.;
- banking forms Ref. and Br., with the lower-case bal.;
- officialese Govt. and Supdt., with the lower-case regd.;
- units km., ft. and gm.;
- dotted acronyms K.Y.C. and O.T.P. (and each run of two parts: "K.Y.", "Y.C.", "O.T.", "T.P.");
- short forms of ordinary prose Ms. and Rev. (each only before a name), with the lower-case e.g.
  (only before a lower-case word or a comma);
- the month form Jul. (before a day number inside a question, before a year number mid-sentence,
  and inside a question before a lower-case word);
- Indic forms பி.காம். (Tamil), एम.कॉम. (Devanagari, in Marathi) and ಎಂ.ಎ. (Kannada). No single
  part of them ("பி.", "காம்.", "एम.", "कॉम.", "ಎಂ.", "ಎ.") occurs in the two files read.

Their tails were checked too: "ub.", "dm.", "bn.", "sc.", "il.", "yp.", "ab.", "ps.", "lr.",
"sg.", "hk.", "sq.", "ef.", "br.", "al.", "vt.", "dt.", "gd.", "km.", "ft.", "gm.", "ms.", "ev.",
"ul.", "e.g." and the last parts "Y.C." and "T.P." occur nowhere there. Within this file no two
forms share a tail, and no other word ends in one (each tail occurs exactly as often as its form; a
first "portal." was reworded for "al.", and a first "lift.)" and "left." for "ft."). Forms dropped
for clashing: Pte. ("te." is in the files), Mrg. ("rg."), Dep. ("ep."), Smt. and Apt. ("mt." and
"pt."), Sept. ("pt."), Apr. (round 54 has "April"), a Malayalam എം.ബി.എ. ("ബി."
is in round 54), Telugu forms ("ఎం." and "బి." are in round 55) and a Bengali বি.কম. ("বি." is in
round 55). No new short amount-word is used (the amounts case uses "lakh", "crore", "$", "/-", "%"
and paise only). No form means a fuel, health centre, school, transport, post office, police, civic
body, village, district, doctor, number or time of day. No single capital letter ends a sentence
other than as the last part of a dotted acronym, and no label is exercised.

About two thirds of the cases (38 of 60) are everyday replies; the other 22 carry the harder cases
a bot really produces, in round 55's order.

Conventions (those rounds 54 and 55 state, kept): each case is (text, the chunks a careful human
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

Round 54 added these readings, kept (it left out as open, among others, a short form before a capitalised word that may or may
not open a sentence, "??", a month form with a day number ending a sentence, a colon time ending a
sentence at a full stop, a temperature ending in a single capital ("°C."), "Rs." as an amount-word,
a joined emoji closing a sentence with no stop, inline code in backticks, an underscore italic, a
numbered or lettered list or a heading line in markdown): a joined (ZWJ) emoji after a
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

Round 55 added these readings, kept (it left out as open, among others, a short form before a capitalised word that may or may
not open a sentence, "??", a month form with a day number ending a sentence, a colon time ending a
sentence at a full stop, a web address with a query string right before "?", a phone number right
before "!", "Rs." as an amount-word, a joined emoji, a "?" inside a bold phrase, an underscore
italic, a numbered or lettered list or a heading line in markdown): an amount with
"/-" ending a sentence before a capital ("₹4,95,000/-. Of") ends the chunk after the final full
stop, as an amount does; two amounts joined by a hyphen ("₹27,400-₹29,500 according") are not a
cut, as "to" and an en dash between them are not; two decimal percentages joined by "to" ("9.5% to
10.74% a year") are not a cut; an amount-word right before "?" ("₹2.74 lakh? Our") ends the chunk
after the "?"; a bracketed amount just before a sentence's full stop ("(₹18,950). Sign") ends the
chunk after that full stop, as a full stop just after a closing bracket does; a dotted date before
a comma ("24.08.2095, and") is not cut, as no date is; a year-first hyphen date ending a sentence
("2095-08-17. Two") and a dotted date right before "?" ("31.08.2095? It") end the chunk after the
full stop and after the "?"; two colon times joined by an en dash ("07:40–09:55, so") are not a
cut, as a hyphen between them is not; a dotted time right before "?" ("17.45? Yes") ends the chunk
after the "?", as one right before "!" does; a slash date right before "!" ends the reply after the
"!"; a web address ending in ".html" before a lower-case word ("vridh.html along") is neither cut
nor an end; an e-mail with a "+" in its local part inside a bracket mid-sentence is neither cut nor
an end; a toll-free number written with hyphens ending a sentence before a capital
("1800-274-9566. Volunteers") ends the chunk after the full stop, as a phone number does; an e-mail
before a comma inside a question ("vinti@pensionsetu.in, or") is not an end, as a bare address
before a comma is not; a short link with no scheme and a mixed-case path right before "!"
("psetu.in/K74x! Tips") ends the chunk after the "!", as a web address right before "!" does; a
"+91" number with inner spaces ending the reply ends it after the full stop; a "?" inside a closing
straight double quote ending a sentence ("twice a day?" The) ends the chunk after the quote; an
em-dash aside mid-sentence ("— a retired schoolteacher — named") is not an end; a full stop just
after a closing curly single quote (‘Laddoo’. When) ends the chunk after that full stop; a "!"
inside a curly single quote mid-sentence (‘Ghar mil gaya!’ so) is not an end; a quote ending in a
comma that opens a sentence (“We will visit you after a month,” our) does not cut it; a bracketed
exclamation in round brackets is its own chunk, as a square-bracketed one is; an emoji right before
"?" ("grill 🪟? The") stays in its sentence and the chunk ends after the "?"; an emoji with a
presentation selector after a sentence's full stop ("sets out. ☎️ Enjoy") stays with that sentence;
a skin-toned emoji after the reply's closing "!" ("home! 👌🏿") stays with it and ends the reply;
"i.e." before a comma and "viz." before a lower-case word are not ends, as any short form before a
comma or a lower-case word is not.

Readings added here, each following from the stated ones (no case leans on anything the two files
leave open; a case that would have, such as a short form before a capitalised word that may or may
not open a sentence, "??", a month form with a day number ending a sentence, a colon time ending a
sentence at a full stop, a web address with a query string right before "?", a phone number right
before "!", "Rs." as an amount-word, a joined emoji closing a sentence with no stop, a dotted Indic
form right before "?" or a comma, an underscore italic, a numbered or lettered list or a heading
line in markdown, was left out): a lower-case short form or a dotted acronym ending a sentence
before a question ("Infantry bn. Did", "vitamin caps. Can", "an M.Phil. Shall", "periodic K.Y.C.
Shall") ends the chunk, as one before a pronoun or a capitalised word does; a lower-case short form
ending a sentence before a bracketed sentence ("the whole bn. (Our secretary ...)") ends the chunk,
and the bracketed sentence is its own chunk; a short form before "and" ("the Sub. and his") is not
an end, as one before any lower-case word is not; a capitalised short form ending a sentence before
a pronoun ("office Supdt. She") ends the chunk; "e.g." before a lower-case word and before a comma
inside a question ("songs, e.g., loud") is not an end, as "i.e." and "viz." are not; an amount with
"/-" before a comma ("₹4,76,000/-, but") is not an end, and one right before "?" ("₹4,28,500/-?
Insurance") ends the chunk after the "?"; an amount with paise before a lower-case word ("₹2,899.50
more") is not an end; "lakh" before a lower-case word is not an end; a decimal percentage ending a
sentence before a capital ("9.92%. That") ends the chunk after the full stop; a dollar amount right
before "?" ("$5,276? Our") and "crore" right before "!" ("₹1.92 crore! A") end the chunk after the
mark; an amount before a lower-case bracketed phrase ("₹9,999 (adjusted in the final bill) holds")
is not an end; a year-first hyphen date before a lower-case word ("2099-07-28 at") and inside a
bracket mid-sentence ("(taken on 2099-06-28) must") is neither cut nor an end; a dotted time before
a lower-case word ("09.28 sharp") is not an end; a month form before a day number inside a question
("after Jul. 28 if") is not an end; a slash date ending a sentence before a capital ("02/08/2099.
Each") ends the chunk after the full stop; a dotted date right before "!" ("26.07.2099! Signed")
ends it after the "!"; a dotted time ending a sentence before a capital ("17.32. Please") ends it
after the full stop; an e-mail with a dot in its local part ending a sentence before a capital
("kisan.sahayata@fasalkhoj.in. Photos") ends the chunk after the full stop; a toll-free number with
hyphens right before "?" ("1800-276-3299? It") ends it after the "?"; a "+91" number with inner
spaces ending a sentence before a capital ("+91 99280 76321. A") ends it after the full stop; a "?"
inside a closing curly double quote ending a sentence (“Who wants one more song?” The) ends the
chunk after the quote; a full stop just after a closing straight double quote ("monsoon memories".
Will) or a closing square bracket ([free of charge]. Rehearsals) ends the chunk after that full
stop; a "?" inside a curly single quote mid-sentence (‘Kaun gaayega?’ before) is not an end; a
bracketed statement and a bracketed question are each their own chunk; an emoji after a sentence's
"?" ("every box? 🎁 The") stays with that sentence; an emoji with a presentation selector right
before "." ("received ✔️. Wishing") stays in its sentence; a skin-toned emoji after the reply's
closing full stop ("Diwali. 🙏🏼") stays with it and ends the reply; a sentence ending at its own
newline before a list's heading line is a chunk with its newline; the reply may end on "…!".

Exercised here (new variations):
1. "by Adm. Rao, who" mid-sentence is not an end; a lower-case "Infantry bn. Did" ends the chunk
   before a question; "Sub. Gurnam Singh, who" opening a sentence stays with it; "will the Adm. ask"
   inside a question is not an end; "from the bn.? Only" ends after the "?"; "the whole bn. (Our
   secretary will hang it beside the lift door.)" ends the chunk before a bracketed sentence, which
   is its own chunk; "the Sub. and his" is not an end; "for the Adm.! Children" ends after the "!".
2. "a B.Sc. in" is not an end; "an M.Phil. Shall" ends the chunk before a question; "a B.Sc. to"
   inside a question is not an end; "her B.Sc.? Yes" ends after the "?"; "A B.Sc. (in any science
   subject) is" is not an end; "M.Phil. holders" opening a sentence stays with it; "her M.Phil.!
   Tell" ends after the "!".
3. "give him Syp. Ambroxol thrice" is not an end; "Tab. Levocetirizine, half" opening a sentence
   stays with it; a lower-case "vitamin caps. Can" ends the chunk before a question; "the Syp. safe"
   and "the caps. with" inside questions are not ends; "the Tab.? Crush" ends after the "?"; "The
   vitamin caps., unlike" is not an end; "dose of Syp.! Ring" ends after the "!".
4. "the Second Flr., Anand Hsg. Complex, Gandhi Chk., above" holds no end (that sentence ends at its
   own full stop); a lower-case "market sq. It" ends the chunk; "Second Flr.? No" ends after the
   "?"; "in the sq. open" inside a question is not an end; "Gandhi Chk. traffic" opening a sentence
   stays with it; "near the sq. (now a mobile phone store) will" is not an end; "Anand Hsg.! Come"
   ends after the "!".
5. "its Ref. code" is not an end; "Shivaji Nagar Br. confirms" is not one; a lower-case "lower bal.
   That" ends the chunk; "the Br. manager" inside a question is not an end; "minimum bal.? It" ends
   after the "?"; "the Ref. (it has eight characters) whenever" is not an end; "Br. staff" opening a
   sentence stays with it; "A low bal., if" is not an end; "the Br.! Everything" ends after the "!".
6. A lower-case "was regd. at" is not an end; "Govt. stamp duty" opening a sentence stays with it;
   "office Supdt. She" ends the chunk; "a Govt. fee" inside a question is not an end; "been regd.?
   Not" ends after the "?"; "Supdt. Meena Kulkarni" opening a sentence stays with it; "The Supdt.
   (strict about every rule) will" is not an end; a lower-case "fully regd. Your" ends the chunk;
   "the Govt.! No" ends after the "!".
7. "32 km. of" is not an end; "2,899 ft. Our" ends the chunk; "7,600 gm.? Yes" ends after the "?";
   "928 ft. within" is not an end; "the 32 km. route" inside a question is not an end; "2,760 gm.,
   so" is not one; a decimal "19.2 km.! Good" ends after the "!".
8. "periodic K.Y.C. Shall" ends the chunk before a question; "an O.T.P. on" is not an end;
   "six-digit O.T.P. The" ends the chunk; "the O.T.P. valid" inside a question is not an end; "the
   K.Y.C.? Just" ends after the "?"; "O.T.P. messages" opening a sentence stays with it; "The K.Y.C.
   (it takes about ten minutes) can" is not an end; "your O.T.P., hang" is not one; "the K.Y.C.! It"
   ends after the "!".
9. "by Rev. Joseph Mathai at" mid-sentence is not an end; "manager, Ms. Fernandes, will" is not
   one; "through Ms. Fernandes? Yes" is not an end at "Ms." and ends after the "?"; "food, e.g. samosas" is not an end; "Ms.
   Fernandes suggests" opening a sentence stays with it; "Does Rev. Mathai need" inside a question
   is not an end; "songs, e.g., loud" inside a question is not one.
10. An amount with "/-" before a comma ("₹4,76,000/-, but"), an amount with "/-" right before "?"
    ("₹4,28,500/-? Insurance"), an amount before a comma and an amount with paise before a
    lower-case word ("₹18,792, and ... ₹2,899.50 more"), an amount-word before a lower-case word
    ("₹3.28 lakh would"), a decimal percentage ending a sentence ("9.92%. That"), two amounts joined
    by "to" ("₹7,600 to ₹7,928 with"), a dollar amount right before "?" ("$5,276? Our"), "crore"
    right before "!" ("₹1.92 crore! A"), an amount before a lower-case bracket ("₹9,999 (adjusted in
    the final bill) holds").
11. A year-first hyphen date before a lower-case word ("2099-07-28 at"), a dotted time before a
    lower-case word ("09.28 sharp"), a month form before a day number inside a question ("after
    Jul. 28 if"), a slash date ending a sentence ("02/08/2099. Each"), a month form before a year
    number ("through Jul. 2099 at"), a month form inside a question ("seen in Jul. get"), two colon
    times joined by "to" ("13:28 to 14:32, so"), a year-first hyphen date inside a bracket
    mid-sentence ("(taken on 2099-06-28) must"), a dotted date right before "!" ("26.07.2099!
    Signed"), a dotted time ending a sentence ("17.32. Please").
12. A bare ".in" address ending a sentence before a capital; an https:// address with a "?" query
    string and "&" before a lower-case word is neither cut nor an end; a www. address with a path
    inside a bracket mid-sentence is neither cut nor an end; an e-mail right before "?" ends the
    chunk after the "?"; an e-mail with a dot in its local part ending a sentence before a capital
    ends it after the full stop; a toll-free number with hyphens right before "?" ends it after the
    "?"; an http:// address with a path right before "!" ends it after the "!"; a "+91" mobile
    number with inner spaces ending a sentence before a capital ends it after the full stop.
13. A "?" inside a closing curly double quote ending a sentence (“Who wants one more song?” The);
    an em-dash aside mid-sentence; a full stop just after a closing markdown italic (*audience
    prize*. Each); a full stop just after a closing straight double quote ("monsoon memories".
    Will); a bracketed statement as its own chunk; a square bracket mid-sentence ([Hindi, Marathi or
    Konkani] and); a bold phrase mid-sentence (**Joshi Sweets**, who); a "?" inside a curly single
    quote mid-sentence (‘Kaun gaayega?’ before); a bracketed question as its own chunk; a full stop
    just after a closing square bracket ([free of charge]. Rehearsals).
14. "…" before "Our" ends the first sentence; "..." before "but" does not; "…?" ends one after the
    "?"; "?!" ends one; "..." before "We" ends one; "...!" ends one after the "!"; "…" before "if"
    does not; "!!" ends one; the reply ends on "…!".
15. Emoji: 🪔 opening the reply, 🌼 inside a sentence, 🎁 after a sentence's "?", 🛵 closing a
    sentence with no stop, 📦🎉 after a sentence's full stop, 🍬 right before "!", ✔️ (with a
    presentation selector) right before ".", 🙏🏼 after the reply's closing full stop.
16. "► " markers on a one-line list after a colon (items ending ",", ",", ", and" and "."), with two
    plain sentences before it and four after.
17. "◆ " markers on a multi-line list after a heading line (items ending "?", no mark, "!" and "."),
    after a sentence ending at its own newline and before four plain sentences.
18. Mixed scripts: a Tamil question holding பி.காம். before a word, English, Tamil at "." and "?",
    பி.காம். opening a Tamil sentence, an English "!" ending the reply; Marathi holding एम.कॉम.
    before a word and ending at "!", English, एम.कॉम. opening a Marathi sentence, Hindi at । and a
    Hindi question, Marathi at "."; Kannada holding ಎಂ.ಎ. before a word, English, a Kannada
    question, Urdu at ۔ and ؟, Kannada at "."; Gujarati at "." and a Gujarati question, Bengali at
    ।, English; Punjabi at । and a Punjabi question, English "!", Odia at ।, an Assamese question.

"""

from __future__ import annotations

HELD_OUT: list[tuple[str, list[str]]] = [
    # --- everyday replies, English ---
    (
        "Our pest control team finished treating every room for cockroaches this morning. The gel was placed inside the kitchen cabinets, behind the fridge and under the sink. Please do not wipe those spots for at least a week. You may notice a few insects coming out over the next two days. That is normal, and it means the gel is working. Keep children and pets away from the corners we marked with tape. The spray in the bathrooms has no smell once it dries. Shall we treat the balcony as well on our next visit? A follow-up round is included free after three weeks. Call us if the problem returns before then.",
        [
            "Our pest control team finished treating every room for cockroaches this morning. ",
            "The gel was placed inside the kitchen cabinets, behind the fridge and under the sink. ",
            "Please do not wipe those spots for at least a week. ",
            "You may notice a few insects coming out over the next two days. ",
            "That is normal, and it means the gel is working. ",
            "Keep children and pets away from the corners we marked with tape. ",
            "The spray in the bathrooms has no smell once it dries. ",
            "Shall we treat the balcony as well on our next visit? ",
            "A follow-up round is included free after three weeks. ",
            "Call us if the problem returns before then.",
        ],
    ),
    (
        "The water purifier in your kitchen has had its yearly service. Both sediment filters and the carbon cartridge were renewed. The membrane was still in good shape, so we only flushed it. We also cleaned the storage chamber and checked the float valve for leaks. The first jug of water may taste slightly different. Pour it out and use the purifier as you normally would after that. The indicator light on the front should now glow blue instead of red. Did the old filters come with a warranty card? If so, please keep it, since the filters need changing again in twelve months. We are happy to have looked after your purifier again!",
        [
            "The water purifier in your kitchen has had its yearly service. ",
            "Both sediment filters and the carbon cartridge were renewed. ",
            "The membrane was still in good shape, so we only flushed it. ",
            "We also cleaned the storage chamber and checked the float valve for leaks. ",
            "The first jug of water may taste slightly different. ",
            "Pour it out and use the purifier as you normally would after that. ",
            "The indicator light on the front should now glow blue instead of red. ",
            "Did the old filters come with a warranty card? ",
            "If so, please keep it, since the filters need changing again in twelve months. ",
            "We are happy to have looked after your purifier again!",
        ],
    ),
    (
        "The keyboard on your laptop is now a brand-new one with the same layout. Water from the spill had reached the keys but not the motherboard. We dried the inside fully and cleaned the fan while it was open. All your files are untouched, and nothing was erased. The battery now holds its charge for about four hours. Please keep cups of tea away from the machine while you type. Shall we fit a silicone cover over the keys to guard against future spills? It costs very little and peels off easily for cleaning. You can collect the laptop from our counter any evening this week. Bring the job card we gave you on the first day.",
        [
            "The keyboard on your laptop is now a brand-new one with the same layout. ",
            "Water from the spill had reached the keys but not the motherboard. ",
            "We dried the inside fully and cleaned the fan while it was open. ",
            "All your files are untouched, and nothing was erased. ",
            "The battery now holds its charge for about four hours. ",
            "Please keep cups of tea away from the machine while you type. ",
            "Shall we fit a silicone cover over the keys to guard against future spills? ",
            "It costs very little and peels off easily for cleaning. ",
            "You can collect the laptop from our counter any evening this week. ",
            "Bring the job card we gave you on the first day.",
        ],
    ),
    (
        "Your mother's physiotherapy for her frozen shoulder begins on Monday at her home. Our therapist will visit every alternate day for the first fortnight. Each session runs for about forty-five minutes. She will start with gentle stretches and a hot pack to ease the stiffness. Please keep a firm chair and a small towel ready in a well-lit room. Mild soreness after the first few sessions is expected. If the pain becomes sharp, tell the therapist straight away. Can someone from the family stay nearby during the visits? It helps to learn the home exercises along with her. We will review her progress with the orthopaedic surgeon after ten sessions.",
        [
            "Your mother's physiotherapy for her frozen shoulder begins on Monday at her home. ",
            "Our therapist will visit every alternate day for the first fortnight. ",
            "Each session runs for about forty-five minutes. ",
            "She will start with gentle stretches and a hot pack to ease the stiffness. ",
            "Please keep a firm chair and a small towel ready in a well-lit room. ",
            "Mild soreness after the first few sessions is expected. ",
            "If the pain becomes sharp, tell the therapist straight away. ",
            "Can someone from the family stay nearby during the visits? ",
            "It helps to learn the home exercises along with her. ",
            "We will review her progress with the orthopaedic surgeon after ten sessions.",
        ],
    ),
    (
        "Your car has finished its routine service at our workshop. The engine oil, oil filter and air filter were all changed. The front brake pads had worn thin, and both were changed. We also balanced all four wheels and topped up the coolant. A faint rattle from the rear door turned out to be a loose screw. It has been tightened, and the door now shuts quietly. The car was washed and vacuumed inside before we parked it out front. Shall our driver drop the car at your door? There is no charge for that within the city. The next service falls due after six months of driving.",
        [
            "Your car has finished its routine service at our workshop. ",
            "The engine oil, oil filter and air filter were all changed. ",
            "The front brake pads had worn thin, and both were changed. ",
            "We also balanced all four wheels and topped up the coolant. ",
            "A faint rattle from the rear door turned out to be a loose screw. ",
            "It has been tightened, and the door now shuts quietly. ",
            "The car was washed and vacuumed inside before we parked it out front. ",
            "Shall our driver drop the car at your door? ",
            "There is no charge for that within the city. ",
            "The next service falls due after six months of driving.",
        ],
    ),
    (
        "The old pendulum clock from your father's house is ticking again. A worn gear in the striking mechanism was the reason it kept stopping. Our repairer made a matching brass part by hand. The wooden case has also been cleaned and given a thin coat of wax. It now chimes on the hour and once at every half hour. Hang it on a wall that does not shake when doors are shut. The key for winding it is tied to the inside of the case. Wind it once a week, ideally on a fixed day. Do you want us to come and hang it for you? Our repairer can also set the beat so it keeps good time.",
        [
            "The old pendulum clock from your father's house is ticking again. ",
            "A worn gear in the striking mechanism was the reason it kept stopping. ",
            "Our repairer made a matching brass part by hand. ",
            "The wooden case has also been cleaned and given a thin coat of wax. ",
            "It now chimes on the hour and once at every half hour. ",
            "Hang it on a wall that does not shake when doors are shut. ",
            "The key for winding it is tied to the inside of the case. ",
            "Wind it once a week, ideally on a fixed day. ",
            "Do you want us to come and hang it for you? ",
            "Our repairer can also set the beat so it keeps good time.",
        ],
    ),
    (
        "Your monthly tiffin plan for your son starts from tomorrow's lunch. Each box will carry chapatis, rice, dal, one vegetable and a small salad. On Sundays the kitchen stays shut, so no box will come that day. Our rider will drop the tiffin at his office gate by half past twelve. Please return the empty steel boxes the next morning. You can pause the plan any day by sending us a message before nine at night. Paused days are added to the end of the month. Does your son avoid onion or garlic? Tell us now and the cook will note it on his box. We hope he enjoys the food!",
        [
            "Your monthly tiffin plan for your son starts from tomorrow's lunch. ",
            "Each box will carry chapatis, rice, dal, one vegetable and a small salad. ",
            "On Sundays the kitchen stays shut, so no box will come that day. ",
            "Our rider will drop the tiffin at his office gate by half past twelve. ",
            "Please return the empty steel boxes the next morning. ",
            "You can pause the plan any day by sending us a message before nine at night. ",
            "Paused days are added to the end of the month. ",
            "Does your son avoid onion or garlic? ",
            "Tell us now and the cook will note it on his box. ",
            "We hope he enjoys the food!",
        ],
    ),
    (
        "A medium-sized locker has been allotted to you at our main office. You signed the locker agreement today, and both keys were shown to you. One key remains with you and the other is held by the bank. Both keys are needed to open the locker, so keep yours safe. The yearly rent will be debited automatically from your linked account. You may visit the locker room on any working day until four in the afternoon. Please carry some photo identification on every visit. Do you wish to add your wife as a joint holder? She would need to sign the agreement in person. We also suggest that you keep a written list of what you store inside.",
        [
            "A medium-sized locker has been allotted to you at our main office. ",
            "You signed the locker agreement today, and both keys were shown to you. ",
            "One key remains with you and the other is held by the bank. ",
            "Both keys are needed to open the locker, so keep yours safe. ",
            "The yearly rent will be debited automatically from your linked account. ",
            "You may visit the locker room on any working day until four in the afternoon. ",
            "Please carry some photo identification on every visit. ",
            "Do you wish to add your wife as a joint holder? ",
            "She would need to sign the agreement in person. ",
            "We also suggest that you keep a written list of what you store inside.",
        ],
    ),
    # --- everyday replies, Hinglish ---
    (
        "Aapke gas chulhe ke teeno burner saaf kar diye gaye hain. Ek burner ki nozzle band thi, isliye lau peeli aa rahi thi. Ab teeno burner par neeli lau aa rahi hai. Pipe bhi purana ho gaya tha, toh humne naya pipe laga diya. Naye pipe ki keemat bill mein jod di hai. Knob bhi ab tight ho gaye hain. Chulha saaf karne ke liye geela kapda hi use kijiye. Kya aap chahenge ki hum har chhe mahine mein aayein? Uske liye ek chhota sa saalana plan bhi hai. Kisi bhi pareshani mein isi number par message kar dijiye.",
        [
            "Aapke gas chulhe ke teeno burner saaf kar diye gaye hain. ",
            "Ek burner ki nozzle band thi, isliye lau peeli aa rahi thi. ",
            "Ab teeno burner par neeli lau aa rahi hai. ",
            "Pipe bhi purana ho gaya tha, toh humne naya pipe laga diya. ",
            "Naye pipe ki keemat bill mein jod di hai. ",
            "Knob bhi ab tight ho gaye hain. ",
            "Chulha saaf karne ke liye geela kapda hi use kijiye. ",
            "Kya aap chahenge ki hum har chhe mahine mein aayein? ",
            "Uske liye ek chhota sa saalana plan bhi hai. ",
            "Kisi bhi pareshani mein isi number par message kar dijiye.",
        ],
    ),
    (
        "Aapki paanchon saadiyon mein fall aur pico ka kaam ho gaya hai. Silk wali saadi ka fall matching rang mein lagaya hai. Cotton saadiyon ko halki press bhi kar di hai. Ek saadi ke palloo mein chhota sa ched tha. Humne use rafoo kar diya, ab wo dikhta nahi. Sabhi saadiyan ek kapde ke thaile mein rakhi hain. Dukaan subah das se raat aath baje tak khuli rehti hai. Kya aap unhe aaj hi lene aayenge? Nahi toh hum kal ghar bhijwa sakte hain. Dhanyavaad!",
        [
            "Aapki paanchon saadiyon mein fall aur pico ka kaam ho gaya hai. ",
            "Silk wali saadi ka fall matching rang mein lagaya hai. ",
            "Cotton saadiyon ko halki press bhi kar di hai. ",
            "Ek saadi ke palloo mein chhota sa ched tha. ",
            "Humne use rafoo kar diya, ab wo dikhta nahi. ",
            "Sabhi saadiyan ek kapde ke thaile mein rakhi hain. ",
            "Dukaan subah das se raat aath baje tak khuli rehti hai. ",
            "Kya aap unhe aaj hi lene aayenge? ",
            "Nahi toh hum kal ghar bhijwa sakte hain. ",
            "Dhanyavaad!",
        ],
    ),
    (
        "Aapki scooty ki servicing poori ho gayi hai. Engine oil badla gaya aur spark plug bhi saaf kiya gaya. Peeche ka tyre ghis gaya tha, isliye naya tyre daala hai. Brake ab pehle se zyada achhe pakad rahe hain. Headlight ka bulb bhi badal diya hai. Gaadi dho kar polish bhi ki gayi hai. Kul kharcha aapke phone par bhej diya hai. Kya aap online payment karenge ya cash denge? Gaadi shaam chhe baje ke baad ghar le jaaiye. Agli servicing teen hazaar kilometre chalne ke baad karwa lijiye.",
        [
            "Aapki scooty ki servicing poori ho gayi hai. ",
            "Engine oil badla gaya aur spark plug bhi saaf kiya gaya. ",
            "Peeche ka tyre ghis gaya tha, isliye naya tyre daala hai. ",
            "Brake ab pehle se zyada achhe pakad rahe hain. ",
            "Headlight ka bulb bhi badal diya hai. ",
            "Gaadi dho kar polish bhi ki gayi hai. ",
            "Kul kharcha aapke phone par bhej diya hai. ",
            "Kya aap online payment karenge ya cash denge? ",
            "Gaadi shaam chhe baje ke baad ghar le jaaiye. ",
            "Agli servicing teen hazaar kilometre chalne ke baad karwa lijiye.",
        ],
    ),
    (
        "Aapke aquarium ki safai aaj poori ho gayi. Aadha paani nikaal kar naya bhara gaya aur kaanch ke andar ki kaai hata di gayi. Filter ka sponge bhi dhoya gaya hai. Sabhi machhliyan theek hain aur khaana kha rahi hain. Ek goldfish thodi sust lag rahi thi, isliye paani mein dawa daali hai. Do din tak light kam rakhiye. Din mein sirf ek baar thoda sa khaana daaliye. Zyada khaana dene se paani jaldi ganda hota hai. Kya hum agle mahine phir aa jaayein? Hamara aadmi aane se pehle aapko phone karega.",
        [
            "Aapke aquarium ki safai aaj poori ho gayi. ",
            "Aadha paani nikaal kar naya bhara gaya aur kaanch ke andar ki kaai hata di gayi. ",
            "Filter ka sponge bhi dhoya gaya hai. ",
            "Sabhi machhliyan theek hain aur khaana kha rahi hain. ",
            "Ek goldfish thodi sust lag rahi thi, isliye paani mein dawa daali hai. ",
            "Do din tak light kam rakhiye. ",
            "Din mein sirf ek baar thoda sa khaana daaliye. ",
            "Zyada khaana dene se paani jaldi ganda hota hai. ",
            "Kya hum agle mahine phir aa jaayein? ",
            "Hamara aadmi aane se pehle aapko phone karega.",
        ],
    ),
    # --- everyday replies, Hindi ---
    (
        "आपका रसोई गैस सिलेंडर बुक हो गया है। डिलीवरी कल दोपहर तक आपके घर पहुँचेगी। सिलेंडर लेते समय उसकी सील को ध्यान से देखिए। डिलीवरी वाले से वज़न दिखाने को भी कह सकते हैं। खाली सिलेंडर तैयार रखिए ताकि उसे साथ ले जाया जा सके। भुगतान आप नकद या फ़ोन से कर सकते हैं। क्या आपके रेगुलेटर में कोई दिक्कत है? हो तो हमारा मिस्त्री उसी दिन देख लेगा। गैस की गंध आए तो खिड़कियाँ खोल दीजिए और बिजली का कोई स्विच मत छूइए। आपकी सुरक्षा हमारे लिए सबसे ज़रूरी है।",
        [
            "आपका रसोई गैस सिलेंडर बुक हो गया है। ",
            "डिलीवरी कल दोपहर तक आपके घर पहुँचेगी। ",
            "सिलेंडर लेते समय उसकी सील को ध्यान से देखिए। ",
            "डिलीवरी वाले से वज़न दिखाने को भी कह सकते हैं। ",
            "खाली सिलेंडर तैयार रखिए ताकि उसे साथ ले जाया जा सके। ",
            "भुगतान आप नकद या फ़ोन से कर सकते हैं। ",
            "क्या आपके रेगुलेटर में कोई दिक्कत है? ",
            "हो तो हमारा मिस्त्री उसी दिन देख लेगा। ",
            "गैस की गंध आए तो खिड़कियाँ खोल दीजिए और बिजली का कोई स्विच मत छूइए। ",
            "आपकी सुरक्षा हमारे लिए सबसे ज़रूरी है।",
        ],
    ),
    (
        "आपकी छत पर किचन गार्डन लगाने का काम पूरा हो गया है। कुल बारह गमलों में मिट्टी और खाद भर दी गई है। टमाटर, मिर्च, धनिया और पालक के पौधे लगाए गए हैं। हर गमले के नीचे पानी निकलने के लिए छेद है। पहले हफ़्ते रोज़ शाम को हल्का पानी दीजिए। तेज़ धूप में पौधों पर हरी जाली डाल दीजिए। पत्तियों पर कीड़े दिखें तो नीम का घोल छिड़किए। क्या आप चाहेंगे कि हमारा माली हर महीने आए? उसकी फ़ीस बहुत कम है। पहली फ़सल लगभग डेढ़ महीने में तैयार होगी।",
        [
            "आपकी छत पर किचन गार्डन लगाने का काम पूरा हो गया है। ",
            "कुल बारह गमलों में मिट्टी और खाद भर दी गई है। ",
            "टमाटर, मिर्च, धनिया और पालक के पौधे लगाए गए हैं। ",
            "हर गमले के नीचे पानी निकलने के लिए छेद है। ",
            "पहले हफ़्ते रोज़ शाम को हल्का पानी दीजिए। ",
            "तेज़ धूप में पौधों पर हरी जाली डाल दीजिए। ",
            "पत्तियों पर कीड़े दिखें तो नीम का घोल छिड़किए। ",
            "क्या आप चाहेंगे कि हमारा माली हर महीने आए? ",
            "उसकी फ़ीस बहुत कम है। ",
            "पहली फ़सल लगभग डेढ़ महीने में तैयार होगी।",
        ],
    ),
    (
        "आपके फ़ोन की बैटरी बदल दी गई है। पुरानी बैटरी फूलने लगी थी, इसलिए पिछला कवर उठ गया था। नई बैटरी कंपनी की असली है और इसकी छह महीने की गारंटी है। फ़ोन का चार्जिंग पोर्ट भी साफ़ किया गया है। पहली बार फ़ोन को पूरा चार्ज होने दीजिए। रात भर चार्ज पर लगाकर मत छोड़िए। आपका सारा डेटा और तस्वीरें सुरक्षित हैं। क्या आप फ़ोन के लिए नया कवर भी लेना चाहेंगे? उसका दाम सिर्फ़ कुछ सौ रुपये है। फ़ोन आज शाम दुकान से ले जा सकते हैं।",
        [
            "आपके फ़ोन की बैटरी बदल दी गई है। ",
            "पुरानी बैटरी फूलने लगी थी, इसलिए पिछला कवर उठ गया था। ",
            "नई बैटरी कंपनी की असली है और इसकी छह महीने की गारंटी है। ",
            "फ़ोन का चार्जिंग पोर्ट भी साफ़ किया गया है। ",
            "पहली बार फ़ोन को पूरा चार्ज होने दीजिए। ",
            "रात भर चार्ज पर लगाकर मत छोड़िए। ",
            "आपका सारा डेटा और तस्वीरें सुरक्षित हैं। ",
            "क्या आप फ़ोन के लिए नया कवर भी लेना चाहेंगे? ",
            "उसका दाम सिर्फ़ कुछ सौ रुपये है। ",
            "फ़ोन आज शाम दुकान से ले जा सकते हैं।",
        ],
    ),
    (
        "होली के लिए आपकी गुजिया का ऑर्डर तैयार हो रहा है. कुल दो किलो गुजिया शुद्ध घी में बनाई जा रही है. आधी गुजिया में खोया और आधी में नारियल भरा जाएगा. साथ में एक डिब्बा नमकीन भी पैक होगा. ऑर्डर होली से एक दिन पहले शाम तक पहुँचेगा. डिब्बों पर आपके बताए नाम लिखे जाएँगे. क्या आप ठंडाई का मसाला भी जोड़ना चाहेंगे? वह इस हफ़्ते ताज़ा पीसा गया है. भुगतान डिलीवरी के समय कर दीजिए. होली की ढेर सारी शुभकामनाएँ!",
        [
            "होली के लिए आपकी गुजिया का ऑर्डर तैयार हो रहा है. ",
            "कुल दो किलो गुजिया शुद्ध घी में बनाई जा रही है. ",
            "आधी गुजिया में खोया और आधी में नारियल भरा जाएगा. ",
            "साथ में एक डिब्बा नमकीन भी पैक होगा. ",
            "ऑर्डर होली से एक दिन पहले शाम तक पहुँचेगा. ",
            "डिब्बों पर आपके बताए नाम लिखे जाएँगे. ",
            "क्या आप ठंडाई का मसाला भी जोड़ना चाहेंगे? ",
            "वह इस हफ़्ते ताज़ा पीसा गया है. ",
            "भुगतान डिलीवरी के समय कर दीजिए. ",
            "होली की ढेर सारी शुभकामनाएँ!",
        ],
    ),
    # --- everyday replies, other Indian languages ---
    (
        "गुढीपाडव्यासाठी तुमची पुरणपोळीची ऑर्डर नोंदवली आहे. एकूण तीस पोळ्या साजूक तुपात भाजल्या जातील. पुरण हरभऱ्याच्या डाळीचे आणि गुळाचे असेल. सोबत कटाची आमटीही गरम पाठवू. पोळ्या केळीच्या पानात गुंडाळून पाठवू. पाडव्याला सकाळी नऊपर्यंत त्या घरी पोहोचतील. तुम्हाला साखरेऐवजी फक्त गूळ हवा आहे का? तसे असल्यास आम्हाला आजच कळवा. पैसे डिलिव्हरीच्या वेळी दिले तरी चालतील. तुम्हाला आणि कुटुंबाला पाडव्याच्या शुभेच्छा!",
        [
            "गुढीपाडव्यासाठी तुमची पुरणपोळीची ऑर्डर नोंदवली आहे. ",
            "एकूण तीस पोळ्या साजूक तुपात भाजल्या जातील. ",
            "पुरण हरभऱ्याच्या डाळीचे आणि गुळाचे असेल. ",
            "सोबत कटाची आमटीही गरम पाठवू. ",
            "पोळ्या केळीच्या पानात गुंडाळून पाठवू. ",
            "पाडव्याला सकाळी नऊपर्यंत त्या घरी पोहोचतील. ",
            "तुम्हाला साखरेऐवजी फक्त गूळ हवा आहे का? ",
            "तसे असल्यास आम्हाला आजच कळवा. ",
            "पैसे डिलिव्हरीच्या वेळी दिले तरी चालतील. ",
            "तुम्हाला आणि कुटुंबाला पाडव्याच्या शुभेच्छा!",
        ],
    ),
    (
        "तुमच्या दोन्ही म्हशींचे लसीकरण आज सकाळी झाले. पशुवैद्यांनी लाळ्या-खुरकूत रोगाची लस दिली आहे. लसीनंतर एक-दोन दिवस थोडा ताप येऊ शकतो. त्यामुळे घाबरू नका. म्हशींना सावलीत बांधा आणि भरपूर पाणी द्या. दूध काढणे नेहमीप्रमाणे चालू ठेवू शकता. पुढील लस सहा महिन्यांनी द्यावी लागेल. आम्ही त्याआधी तुम्हाला फोन करून आठवण करून देऊ. म्हशी चारा खात नसतील तर लगेच कळवा. लसीकरणाचे कार्ड गोठ्यात सुरक्षित ठेवा.",
        [
            "तुमच्या दोन्ही म्हशींचे लसीकरण आज सकाळी झाले. ",
            "पशुवैद्यांनी लाळ्या-खुरकूत रोगाची लस दिली आहे. ",
            "लसीनंतर एक-दोन दिवस थोडा ताप येऊ शकतो. ",
            "त्यामुळे घाबरू नका. ",
            "म्हशींना सावलीत बांधा आणि भरपूर पाणी द्या. ",
            "दूध काढणे नेहमीप्रमाणे चालू ठेवू शकता. ",
            "पुढील लस सहा महिन्यांनी द्यावी लागेल. ",
            "आम्ही त्याआधी तुम्हाला फोन करून आठवण करून देऊ. ",
            "म्हशी चारा खात नसतील तर लगेच कळवा. ",
            "लसीकरणाचे कार्ड गोठ्यात सुरक्षित ठेवा.",
        ],
    ),
    (
        "জামাইষষ্ঠীর জন্য আপনার মিষ্টির অর্ডার নেওয়া হয়েছে। রসগোল্লা, সন্দেশ আর মিষ্টি দই আলাদা হাঁড়িতে দেওয়া হবে। দই আগের রাতেই পাতা হবে, যাতে সকালে জমে যায়। এখন নলেন গুড়ের মরসুম নয়, তাই সেই সন্দেশ এবার থাকছে না। তার বদলে আমের সন্দেশ দিতে পারি। আপনি কি সেটাই নেবেন? অর্ডার সকাল দশটার আগেই আপনার দরজায় পৌঁছবে। হাঁড়িগুলো ফেরত দিতে হবে না। দাম ডেলিভারির সময় দিলেই হবে। আপনার পরিবারকে শুভেচ্ছা জানাই।",
        [
            "জামাইষষ্ঠীর জন্য আপনার মিষ্টির অর্ডার নেওয়া হয়েছে। ",
            "রসগোল্লা, সন্দেশ আর মিষ্টি দই আলাদা হাঁড়িতে দেওয়া হবে। ",
            "দই আগের রাতেই পাতা হবে, যাতে সকালে জমে যায়। ",
            "এখন নলেন গুড়ের মরসুম নয়, তাই সেই সন্দেশ এবার থাকছে না। ",
            "তার বদলে আমের সন্দেশ দিতে পারি। ",
            "আপনি কি সেটাই নেবেন? ",
            "অর্ডার সকাল দশটার আগেই আপনার দরজায় পৌঁছবে। ",
            "হাঁড়িগুলো ফেরত দিতে হবে না। ",
            "দাম ডেলিভারির সময় দিলেই হবে। ",
            "আপনার পরিবারকে শুভেচ্ছা জানাই।",
        ],
    ),
    (
        "আপনার বাবার পুরনো বইগুলো নতুন করে বাঁধানো হয়ে গেছে। মোট চোদ্দটা বই নতুন করে সেলাই করা হয়েছে। ছেঁড়া পাতাগুলো পাতলা কাগজ দিয়ে জোড়া লাগানো হয়েছে। মলাটের জন্য আমরা গাঢ় সবুজ কাপড় ব্যবহার করেছি। প্রতিটি বইয়ের পিঠে সোনালি অক্ষরে নাম লেখা আছে। বইগুলো এখন স্যাঁতসেঁতে জায়গা থেকে দূরে রাখবেন। আলমারিতে কয়েকটা নিমপাতা রাখলে পোকা লাগবে না। আপনি কি বইগুলো দোকান থেকে নেবেন? না হলে আমরা রবিবার বাড়িতে দিয়ে আসতে পারি। কাজটা করতে পেরে আমরা খুব আনন্দ পেয়েছি।",
        [
            "আপনার বাবার পুরনো বইগুলো নতুন করে বাঁধানো হয়ে গেছে। ",
            "মোট চোদ্দটা বই নতুন করে সেলাই করা হয়েছে। ",
            "ছেঁড়া পাতাগুলো পাতলা কাগজ দিয়ে জোড়া লাগানো হয়েছে। ",
            "মলাটের জন্য আমরা গাঢ় সবুজ কাপড় ব্যবহার করেছি। ",
            "প্রতিটি বইয়ের পিঠে সোনালি অক্ষরে নাম লেখা আছে। ",
            "বইগুলো এখন স্যাঁতসেঁতে জায়গা থেকে দূরে রাখবেন। ",
            "আলমারিতে কয়েকটা নিমপাতা রাখলে পোকা লাগবে না। ",
            "আপনি কি বইগুলো দোকান থেকে নেবেন? ",
            "না হলে আমরা রবিবার বাড়িতে দিয়ে আসতে পারি। ",
            "কাজটা করতে পেরে আমরা খুব আনন্দ পেয়েছি।",
        ],
    ),
    (
        "உங்கள் வீட்டு விழாவுக்கான மல்லிகைப் பூ ஆர்டர் உறுதியானது. மொத்தம் இருபது முழம் சரம் தொடுத்துத் தருகிறோம். வாசல் தோரணத்துக்கு மாவிலையும் சாமந்தியும் சேர்ப்போம். பூக்கள் அதிகாலையில் சந்தையில் இருந்து வாங்கப்படும். விழா நாள் காலை ஏழு மணிக்குள் வீட்டுக்கு வந்துவிடும். பூக்களை ஈரத்துணியில் சுற்றி நிழலில் வையுங்கள். அப்படிச் செய்தால் மாலை வரை வாடாமல் இருக்கும். கூடுதலாக ரோஜா மாலை ஏதாவது வேண்டுமா? வேண்டுமென்றால் இன்று இரவுக்குள் சொல்லுங்கள். பணத்தை டெலிவரியின் போது கொடுக்கலாம்.",
        [
            "உங்கள் வீட்டு விழாவுக்கான மல்லிகைப் பூ ஆர்டர் உறுதியானது. ",
            "மொத்தம் இருபது முழம் சரம் தொடுத்துத் தருகிறோம். ",
            "வாசல் தோரணத்துக்கு மாவிலையும் சாமந்தியும் சேர்ப்போம். ",
            "பூக்கள் அதிகாலையில் சந்தையில் இருந்து வாங்கப்படும். ",
            "விழா நாள் காலை ஏழு மணிக்குள் வீட்டுக்கு வந்துவிடும். ",
            "பூக்களை ஈரத்துணியில் சுற்றி நிழலில் வையுங்கள். ",
            "அப்படிச் செய்தால் மாலை வரை வாடாமல் இருக்கும். ",
            "கூடுதலாக ரோஜா மாலை ஏதாவது வேண்டுமா? ",
            "வேண்டுமென்றால் இன்று இரவுக்குள் சொல்லுங்கள். ",
            "பணத்தை டெலிவரியின் போது கொடுக்கலாம்.",
        ],
    ),
    (
        "உங்கள் வீட்டின் மின் இணைப்புகளை எங்கள் எலக்ட்ரீஷியன் இன்று சோதித்தார். சமையலறையில் ஒரு சுவிட்ச் போர்டு சூடாகிக் கொண்டிருந்தது. அதன் பின்னால் இருந்த தளர்ந்த கம்பி சரி செய்யப்பட்டது. படுக்கையறையில் புதிய பிளக் பாயிண்ட் பொருத்தினோம். மீட்டர் அருகே ஒரு பாதுகாப்பு சுவிட்சும் வைத்திருக்கிறோம். மின்கசிவு ஏற்பட்டால் அது தானாகவே மின்சாரத்தை நிறுத்திவிடும். மாதம் ஒருமுறை அதன் சோதனை பொத்தானை அழுத்திப் பாருங்கள். ஈரமான கையால் சுவிட்சுகளைத் தொடாதீர்கள். மற்ற அறைகளிலும் ஏதாவது பிரச்சனை இருக்கிறதா? இருந்தால் நாளையே வந்து பார்க்கிறோம்.",
        [
            "உங்கள் வீட்டின் மின் இணைப்புகளை எங்கள் எலக்ட்ரீஷியன் இன்று சோதித்தார். ",
            "சமையலறையில் ஒரு சுவிட்ச் போர்டு சூடாகிக் கொண்டிருந்தது. ",
            "அதன் பின்னால் இருந்த தளர்ந்த கம்பி சரி செய்யப்பட்டது. ",
            "படுக்கையறையில் புதிய பிளக் பாயிண்ட் பொருத்தினோம். ",
            "மீட்டர் அருகே ஒரு பாதுகாப்பு சுவிட்சும் வைத்திருக்கிறோம். ",
            "மின்கசிவு ஏற்பட்டால் அது தானாகவே மின்சாரத்தை நிறுத்திவிடும். ",
            "மாதம் ஒருமுறை அதன் சோதனை பொத்தானை அழுத்திப் பாருங்கள். ",
            "ஈரமான கையால் சுவிட்சுகளைத் தொடாதீர்கள். ",
            "மற்ற அறைகளிலும் ஏதாவது பிரச்சனை இருக்கிறதா? ",
            "இருந்தால் நாளையே வந்து பார்க்கிறோம்.",
        ],
    ),
    (
        "మీ ఇంటికి రోజూ వచ్చే పాల సరఫరాను వచ్చే వారం ఆపుతున్నాము. మీరు ఊరికి వెళ్తున్నారని చెప్పారు కదా. ఆపిన రోజుల డబ్బు ఈ నెల బిల్లులో తగ్గిస్తాము. మీరు తిరిగి వచ్చిన మరుసటి ఉదయం నుంచి పాలు మళ్లీ మొదలవుతాయి. పెరుగు, నెయ్యి కూడా కావాలంటే చెప్పండి. మా నెయ్యి ఆవు పాలతో ఇంట్లోనే కాచినది. ప్యాకెట్లు పెట్టడానికి గేటు దగ్గర ఒక సంచి వేలాడదీయండి. మీరు ఎప్పుడు తిరిగి వస్తారు? ఆ తేదీని మాకు మెసేజ్ చేయండి. మీ ప్రయాణం సుఖంగా సాగాలి!",
        [
            "మీ ఇంటికి రోజూ వచ్చే పాల సరఫరాను వచ్చే వారం ఆపుతున్నాము. ",
            "మీరు ఊరికి వెళ్తున్నారని చెప్పారు కదా. ",
            "ఆపిన రోజుల డబ్బు ఈ నెల బిల్లులో తగ్గిస్తాము. ",
            "మీరు తిరిగి వచ్చిన మరుసటి ఉదయం నుంచి పాలు మళ్లీ మొదలవుతాయి. ",
            "పెరుగు, నెయ్యి కూడా కావాలంటే చెప్పండి. ",
            "మా నెయ్యి ఆవు పాలతో ఇంట్లోనే కాచినది. ",
            "ప్యాకెట్లు పెట్టడానికి గేటు దగ్గర ఒక సంచి వేలాడదీయండి. ",
            "మీరు ఎప్పుడు తిరిగి వస్తారు? ",
            "ఆ తేదీని మాకు మెసేజ్ చేయండి. ",
            "మీ ప్రయాణం సుఖంగా సాగాలి!",
        ],
    ),
    (
        "మీ పిల్లల గదిలో వాల్ పేపర్ అతికించే పని పూర్తయింది. మీరు ఎంచుకున్న నీలం రంగు నక్షత్రాల డిజైనే వేశాము. గోడ మీద ఉన్న చిన్న పగుళ్లను ముందే పూడ్చాము. జిగురు పూర్తిగా ఆరడానికి ఒక రోజు పడుతుంది. అంతవరకు గది కిటికీలు తెరిచి ఉంచండి. వాల్ పేపర్ మీద తడి గుడ్డ వాడవద్దు. మరక పడితే పొడి స్పాంజితో మెల్లగా తుడవండి. మిగిలిన ఒక రోల్ మీ అలమారాలో పెట్టాము. ఏదైనా భాగం ఊడితే దాన్ని అతికించడానికి అది పనికొస్తుంది. పని మీకు నచ్చిందా?",
        [
            "మీ పిల్లల గదిలో వాల్ పేపర్ అతికించే పని పూర్తయింది. ",
            "మీరు ఎంచుకున్న నీలం రంగు నక్షత్రాల డిజైనే వేశాము. ",
            "గోడ మీద ఉన్న చిన్న పగుళ్లను ముందే పూడ్చాము. ",
            "జిగురు పూర్తిగా ఆరడానికి ఒక రోజు పడుతుంది. ",
            "అంతవరకు గది కిటికీలు తెరిచి ఉంచండి. ",
            "వాల్ పేపర్ మీద తడి గుడ్డ వాడవద్దు. ",
            "మరక పడితే పొడి స్పాంజితో మెల్లగా తుడవండి. ",
            "మిగిలిన ఒక రోల్ మీ అలమారాలో పెట్టాము. ",
            "ఏదైనా భాగం ఊడితే దాన్ని అతికించడానికి అది పనికొస్తుంది. ",
            "పని మీకు నచ్చిందా?",
        ],
    ),
    (
        "નવરાત્રિ માટે તમારી દીકરીની ચણિયાચોળી સીવાઈ ગઈ છે. ઘેરમાં આભલાં અને રંગીન દોરાનું ભરતકામ કર્યું છે. ચોળીનું માપ તમે આપેલા જૂના કપડા પ્રમાણે લીધું છે. ચોળીની બાંય પર નાનાં ફૂમતાં લગાવ્યાં છે. પહેલી વાર ધોતી વખતે તેને ઠંડા પાણીમાં અલગ ધોજો. રંગ થોડો નીકળી શકે છે. શું દીકરી એક વાર પહેરીને માપ તપાસવા આવશે? જરૂર પડે તો તે જ દિવસે ફેરફાર કરી આપીશું. દુકાન રાત્રે નવ વાગ્યા સુધી ખુલ્લી રહે છે. ગરબામાં ખૂબ મજા કરજો!",
        [
            "નવરાત્રિ માટે તમારી દીકરીની ચણિયાચોળી સીવાઈ ગઈ છે. ",
            "ઘેરમાં આભલાં અને રંગીન દોરાનું ભરતકામ કર્યું છે. ",
            "ચોળીનું માપ તમે આપેલા જૂના કપડા પ્રમાણે લીધું છે. ",
            "ચોળીની બાંય પર નાનાં ફૂમતાં લગાવ્યાં છે. ",
            "પહેલી વાર ધોતી વખતે તેને ઠંડા પાણીમાં અલગ ધોજો. ",
            "રંગ થોડો નીકળી શકે છે. ",
            "શું દીકરી એક વાર પહેરીને માપ તપાસવા આવશે? ",
            "જરૂર પડે તો તે જ દિવસે ફેરફાર કરી આપીશું. ",
            "દુકાન રાત્રે નવ વાગ્યા સુધી ખુલ્લી રહે છે. ",
            "ગરબામાં ખૂબ મજા કરજો!",
        ],
    ),
    (
        "તમારા જૂના કાળા-ધોળા ફોટા સ્કેન કરવાનું કામ પૂરું થયું છે. કુલ બસો ફોટા અમે સ્કેન કર્યા છે. ફાટેલા અને ઝાંખા ફોટાને કમ્પ્યુટર પર સુધાર્યા છે. બધા ફોટા એક પેન ડ્રાઇવમાં વર્ષ પ્રમાણે ગોઠવ્યા છે. અસલ ફોટા એક મજબૂત ડબ્બામાં પાછા મૂક્યા છે. દાદાજીના લગ્નનો ફોટો અમે મોટો છાપીને ફ્રેમ કર્યો છે. એ અમારા તરફથી નાની ભેટ છે. તમે બધું ક્યારે લેવા આવશો? અમે સોમવારે રજા રાખીએ છીએ. બાકીના દિવસોમાં સવારે દસથી સાંજે સાત સુધી આવી શકો છો.",
        [
            "તમારા જૂના કાળા-ધોળા ફોટા સ્કેન કરવાનું કામ પૂરું થયું છે. ",
            "કુલ બસો ફોટા અમે સ્કેન કર્યા છે. ",
            "ફાટેલા અને ઝાંખા ફોટાને કમ્પ્યુટર પર સુધાર્યા છે. ",
            "બધા ફોટા એક પેન ડ્રાઇવમાં વર્ષ પ્રમાણે ગોઠવ્યા છે. ",
            "અસલ ફોટા એક મજબૂત ડબ્બામાં પાછા મૂક્યા છે. ",
            "દાદાજીના લગ્નનો ફોટો અમે મોટો છાપીને ફ્રેમ કર્યો છે. ",
            "એ અમારા તરફથી નાની ભેટ છે. ",
            "તમે બધું ક્યારે લેવા આવશો? ",
            "અમે સોમવારે રજા રાખીએ છીએ. ",
            "બાકીના દિવસોમાં સવારે દસથી સાંજે સાત સુધી આવી શકો છો.",
        ],
    ),
    (
        "ನಿಮ್ಮ ಮನೆಯ ತಾರಸಿಯ ಮೇಲೆ ಸೋಲಾರ್ ವಾಟರ್ ಹೀಟರ್ ಅಳವಡಿಸಲಾಗಿದೆ. ಅದು ನೂರ ಐವತ್ತು ಲೀಟರ್ ನೀರನ್ನು ಕಾಯಿಸುತ್ತದೆ. ಬಿಸಿಲು ಚೆನ್ನಾಗಿದ್ದರೆ ಮಧ್ಯಾಹ್ನದ ವೇಳೆಗೆ ನೀರು ಬಿಸಿಯಾಗುತ್ತದೆ. ಮೋಡ ಕವಿದ ದಿನಗಳಲ್ಲಿ ವಿದ್ಯುತ್ ಸ್ವಿಚ್ ಬಳಸಬಹುದು. ಗಾಜಿನ ಕೊಳವೆಗಳ ಮೇಲೆ ಧೂಳು ಕುಳಿತರೆ ಬಿಸಿ ಕಡಿಮೆಯಾಗುತ್ತದೆ. ಆದ್ದರಿಂದ ತಿಂಗಳಿಗೊಮ್ಮೆ ಅವನ್ನು ನೀರಿನಿಂದ ತೊಳೆಯಿರಿ. ಬೆಳಿಗ್ಗೆ ಮೊದಲು ಬರುವ ನೀರು ತುಂಬಾ ಬಿಸಿಯಾಗಿರಬಹುದು. ಮಕ್ಕಳು ಸ್ನಾನ ಮಾಡುವಾಗ ಜಾಗ್ರತೆ ವಹಿಸಿ. ಐದು ವರ್ಷಗಳ ವಾರಂಟಿ ಕಾರ್ಡ್ ಅನ್ನು ನಿಮ್ಮ ಇಮೇಲ್ ವಿಳಾಸಕ್ಕೆ ಕಳುಹಿಸಿದ್ದೇವೆ. ಏನಾದರೂ ತೊಂದರೆ ಕಂಡರೆ ನಮಗೆ ಕರೆ ಮಾಡಿ.",
        [
            "ನಿಮ್ಮ ಮನೆಯ ತಾರಸಿಯ ಮೇಲೆ ಸೋಲಾರ್ ವಾಟರ್ ಹೀಟರ್ ಅಳವಡಿಸಲಾಗಿದೆ. ",
            "ಅದು ನೂರ ಐವತ್ತು ಲೀಟರ್ ನೀರನ್ನು ಕಾಯಿಸುತ್ತದೆ. ",
            "ಬಿಸಿಲು ಚೆನ್ನಾಗಿದ್ದರೆ ಮಧ್ಯಾಹ್ನದ ವೇಳೆಗೆ ನೀರು ಬಿಸಿಯಾಗುತ್ತದೆ. ",
            "ಮೋಡ ಕವಿದ ದಿನಗಳಲ್ಲಿ ವಿದ್ಯುತ್ ಸ್ವಿಚ್ ಬಳಸಬಹುದು. ",
            "ಗಾಜಿನ ಕೊಳವೆಗಳ ಮೇಲೆ ಧೂಳು ಕುಳಿತರೆ ಬಿಸಿ ಕಡಿಮೆಯಾಗುತ್ತದೆ. ",
            "ಆದ್ದರಿಂದ ತಿಂಗಳಿಗೊಮ್ಮೆ ಅವನ್ನು ನೀರಿನಿಂದ ತೊಳೆಯಿರಿ. ",
            "ಬೆಳಿಗ್ಗೆ ಮೊದಲು ಬರುವ ನೀರು ತುಂಬಾ ಬಿಸಿಯಾಗಿರಬಹುದು. ",
            "ಮಕ್ಕಳು ಸ್ನಾನ ಮಾಡುವಾಗ ಜಾಗ್ರತೆ ವಹಿಸಿ. ",
            "ಐದು ವರ್ಷಗಳ ವಾರಂಟಿ ಕಾರ್ಡ್ ಅನ್ನು ನಿಮ್ಮ ಇಮೇಲ್ ವಿಳಾಸಕ್ಕೆ ಕಳುಹಿಸಿದ್ದೇವೆ. ",
            "ಏನಾದರೂ ತೊಂದರೆ ಕಂಡರೆ ನಮಗೆ ಕರೆ ಮಾಡಿ.",
        ],
    ),
    (
        "ನೀವು ಕೇಳಿದ ರಾಗಿ ಬೀಜ ಮತ್ತು ಗೊಬ್ಬರ ನಾಳೆ ನಿಮ್ಮ ಹೊಲಕ್ಕೆ ಬರಲಿದೆ. ಒಟ್ಟು ಹತ್ತು ಕಿಲೋ ಬೀಜ ಮತ್ತು ಆರು ಚೀಲ ಸಾವಯವ ಗೊಬ್ಬರ ಇದೆ. ಬೀಜಗಳನ್ನು ಬಿತ್ತುವ ಮೊದಲು ಒಂದು ರಾತ್ರಿ ನೀರಿನಲ್ಲಿ ನೆನೆಸಿ. ಗೊಬ್ಬರವನ್ನು ಮಳೆ ಬಿದ್ದ ನಂತರವೇ ಹೊಲದಲ್ಲಿ ಹರಡಿ. ಚೀಲಗಳನ್ನು ಒಣಗಿದ ಜಾಗದಲ್ಲಿ ಇಡಿ. ಬಿತ್ತನೆಯ ದಿನ ನಮ್ಮ ಕೃಷಿ ಸಹಾಯಕರು ಬರಬೇಕೇ? ಅವರು ಸಾಲುಗಳ ನಡುವಿನ ಅಂತರವನ್ನು ತೋರಿಸುತ್ತಾರೆ. ಅವರ ಭೇಟಿಗೆ ಯಾವುದೇ ಶುಲ್ಕವಿಲ್ಲ. ಹಣವನ್ನು ಸರಕು ತಲುಪಿದ ಮೇಲೆ ಕೊಡಬಹುದು. ಈ ಬಾರಿ ಒಳ್ಳೆಯ ಫಸಲು ಬರಲಿ!",
        [
            "ನೀವು ಕೇಳಿದ ರಾಗಿ ಬೀಜ ಮತ್ತು ಗೊಬ್ಬರ ನಾಳೆ ನಿಮ್ಮ ಹೊಲಕ್ಕೆ ಬರಲಿದೆ. ",
            "ಒಟ್ಟು ಹತ್ತು ಕಿಲೋ ಬೀಜ ಮತ್ತು ಆರು ಚೀಲ ಸಾವಯವ ಗೊಬ್ಬರ ಇದೆ. ",
            "ಬೀಜಗಳನ್ನು ಬಿತ್ತುವ ಮೊದಲು ಒಂದು ರಾತ್ರಿ ನೀರಿನಲ್ಲಿ ನೆನೆಸಿ. ",
            "ಗೊಬ್ಬರವನ್ನು ಮಳೆ ಬಿದ್ದ ನಂತರವೇ ಹೊಲದಲ್ಲಿ ಹರಡಿ. ",
            "ಚೀಲಗಳನ್ನು ಒಣಗಿದ ಜಾಗದಲ್ಲಿ ಇಡಿ. ",
            "ಬಿತ್ತನೆಯ ದಿನ ನಮ್ಮ ಕೃಷಿ ಸಹಾಯಕರು ಬರಬೇಕೇ? ",
            "ಅವರು ಸಾಲುಗಳ ನಡುವಿನ ಅಂತರವನ್ನು ತೋರಿಸುತ್ತಾರೆ. ",
            "ಅವರ ಭೇಟಿಗೆ ಯಾವುದೇ ಶುಲ್ಕವಿಲ್ಲ. ",
            "ಹಣವನ್ನು ಸರಕು ತಲುಪಿದ ಮೇಲೆ ಕೊಡಬಹುದು. ",
            "ಈ ಬಾರಿ ಒಳ್ಳೆಯ ಫಸಲು ಬರಲಿ!",
        ],
    ),
    (
        "വീടിന്റെ മേൽക്കൂരയിലെ പൊട്ടിയ ഓടുകൾ മാറ്റി. ആകെ മുപ്പത്തിരണ്ട് ഓടുകളാണ് പുതിയതായി ഇട്ടത്. മഴവെള്ളം ഒലിച്ചിറങ്ങിയിരുന്ന ഭാഗത്ത് പുതിയ പട്ടികയും വെച്ചു. ചുമരിലെ നനവ് ഉണങ്ങാൻ കുറച്ചു ദിവസമെടുക്കും. അതുകഴിഞ്ഞേ ആ മുറിയിൽ പെയിന്റ് അടിക്കാവൂ. പഴയ ഓടുകൾ മുറ്റത്തിന്റെ ഒരു മൂലയിൽ അടുക്കി വെച്ചിട്ടുണ്ട്. അവ വേണ്ടെങ്കിൽ ഞങ്ങൾ കൊണ്ടുപോകാം. അടുത്ത മഴയ്ക്ക് ശേഷം ചോർച്ചയുണ്ടോ എന്ന് നോക്കണേ. ചോർച്ച കണ്ടാൽ ഉടനെ വിളിക്കുമോ? പണിക്കൂലിയുടെ ബിൽ ഫോണിലേക്ക് അയച്ചിട്ടുണ്ട്.",
        [
            "വീടിന്റെ മേൽക്കൂരയിലെ പൊട്ടിയ ഓടുകൾ മാറ്റി. ",
            "ആകെ മുപ്പത്തിരണ്ട് ഓടുകളാണ് പുതിയതായി ഇട്ടത്. ",
            "മഴവെള്ളം ഒലിച്ചിറങ്ങിയിരുന്ന ഭാഗത്ത് പുതിയ പട്ടികയും വെച്ചു. ",
            "ചുമരിലെ നനവ് ഉണങ്ങാൻ കുറച്ചു ദിവസമെടുക്കും. ",
            "അതുകഴിഞ്ഞേ ആ മുറിയിൽ പെയിന്റ് അടിക്കാവൂ. ",
            "പഴയ ഓടുകൾ മുറ്റത്തിന്റെ ഒരു മൂലയിൽ അടുക്കി വെച്ചിട്ടുണ്ട്. ",
            "അവ വേണ്ടെങ്കിൽ ഞങ്ങൾ കൊണ്ടുപോകാം. ",
            "അടുത്ത മഴയ്ക്ക് ശേഷം ചോർച്ചയുണ്ടോ എന്ന് നോക്കണേ. ",
            "ചോർച്ച കണ്ടാൽ ഉടനെ വിളിക്കുമോ? ",
            "പണിക്കൂലിയുടെ ബിൽ ഫോണിലേക്ക് അയച്ചിട്ടുണ്ട്.",
        ],
    ),
    (
        "അച്ഛന്റെ നടുവേദനയ്ക്കുള്ള ആയുർവേദ ചികിത്സ തിങ്കളാഴ്ച തുടങ്ങും. ആദ്യത്തെ ഏഴു ദിവസം എണ്ണ തേച്ചുള്ള ഉഴിച്ചിലാണ്. ഓരോ ദിവസവും ഏകദേശം ഒരു മണിക്കൂർ എടുക്കും. ചികിത്സയ്ക്ക് മുമ്പ് ഭക്ഷണം കഴിക്കരുത്. ഉഴിച്ചിൽ കഴിഞ്ഞ് ചെറുചൂടുവെള്ളത്തിൽ മാത്രമേ കുളിക്കാവൂ. ഈ ദിവസങ്ങളിൽ തണുത്ത ഭക്ഷണവും പുളിയും ഒഴിവാക്കണം. കൂടെ ഒരാൾ വരുന്നത് നല്ലതാണ്. വൈദ്യർ ഓരോ ആഴ്ചയും പുരോഗതി നോക്കും. അച്ഛന് പ്രമേഹമുണ്ടോ? ഉണ്ടെങ്കിൽ ആ മരുന്നിന്റെ കുറിപ്പ് കൂടെ കൊണ്ടുവരണം.",
        [
            "അച്ഛന്റെ നടുവേദനയ്ക്കുള്ള ആയുർവേദ ചികിത്സ തിങ്കളാഴ്ച തുടങ്ങും. ",
            "ആദ്യത്തെ ഏഴു ദിവസം എണ്ണ തേച്ചുള്ള ഉഴിച്ചിലാണ്. ",
            "ഓരോ ദിവസവും ഏകദേശം ഒരു മണിക്കൂർ എടുക്കും. ",
            "ചികിത്സയ്ക്ക് മുമ്പ് ഭക്ഷണം കഴിക്കരുത്. ",
            "ഉഴിച്ചിൽ കഴിഞ്ഞ് ചെറുചൂടുവെള്ളത്തിൽ മാത്രമേ കുളിക്കാവൂ. ",
            "ഈ ദിവസങ്ങളിൽ തണുത്ത ഭക്ഷണവും പുളിയും ഒഴിവാക്കണം. ",
            "കൂടെ ഒരാൾ വരുന്നത് നല്ലതാണ്. ",
            "വൈദ്യർ ഓരോ ആഴ്ചയും പുരോഗതി നോക്കും. ",
            "അച്ഛന് പ്രമേഹമുണ്ടോ? ",
            "ഉണ്ടെങ്കിൽ ആ മരുന്നിന്റെ കുറിപ്പ് കൂടെ കൊണ്ടുവരണം.",
        ],
    ),
    (
        "ਤੁਹਾਡੇ ਟਿਊਬਵੈੱਲ ਦੀ ਮੋਟਰ ਦੀ ਵਾਇੰਡਿੰਗ ਨਵੀਂ ਕਰ ਦਿੱਤੀ ਗਈ ਹੈ। ਪੁਰਾਣੀਆਂ ਤਾਰਾਂ ਸੜ ਗਈਆਂ ਸਨ, ਇਸ ਕਰਕੇ ਮੋਟਰ ਵਾਰ-ਵਾਰ ਬੰਦ ਹੁੰਦੀ ਸੀ। ਬੇਅਰਿੰਗ ਵੀ ਬਦਲੇ ਗਏ ਹਨ। ਕੱਲ੍ਹ ਸਵੇਰੇ ਸਾਡਾ ਮਿਸਤਰੀ ਮੋਟਰ ਖੇਤ ਵਿੱਚ ਫਿੱਟ ਕਰ ਦੇਵੇਗਾ। ਉਦੋਂ ਤੱਕ ਬਿਜਲੀ ਦਾ ਮੇਨ ਸਵਿੱਚ ਬੰਦ ਰੱਖਣਾ। ਪਹਿਲੇ ਦਿਨ ਮੋਟਰ ਨੂੰ ਲਗਾਤਾਰ ਚਾਰ ਘੰਟੇ ਤੋਂ ਵੱਧ ਨਾ ਚਲਾਓ। ਜੇ ਕੋਈ ਅਜੀਬ ਅਵਾਜ਼ ਆਵੇ ਤਾਂ ਉਸੇ ਵੇਲੇ ਬੰਦ ਕਰ ਦਿਓ। ਕੀ ਤੁਸੀਂ ਸਟਾਰਟਰ ਵੀ ਚੈੱਕ ਕਰਵਾਉਣਾ ਚਾਹੋਗੇ? ਉਹ ਕੰਮ ਉਸੇ ਫੇਰੇ ਵਿੱਚ ਹੋ ਜਾਵੇਗਾ। ਮੁਰੰਮਤ ਦਾ ਖਰਚਾ ਫਿੱਟਿੰਗ ਤੋਂ ਬਾਅਦ ਦੇ ਦੇਣਾ।",
        [
            "ਤੁਹਾਡੇ ਟਿਊਬਵੈੱਲ ਦੀ ਮੋਟਰ ਦੀ ਵਾਇੰਡਿੰਗ ਨਵੀਂ ਕਰ ਦਿੱਤੀ ਗਈ ਹੈ। ",
            "ਪੁਰਾਣੀਆਂ ਤਾਰਾਂ ਸੜ ਗਈਆਂ ਸਨ, ਇਸ ਕਰਕੇ ਮੋਟਰ ਵਾਰ-ਵਾਰ ਬੰਦ ਹੁੰਦੀ ਸੀ। ",
            "ਬੇਅਰਿੰਗ ਵੀ ਬਦਲੇ ਗਏ ਹਨ। ",
            "ਕੱਲ੍ਹ ਸਵੇਰੇ ਸਾਡਾ ਮਿਸਤਰੀ ਮੋਟਰ ਖੇਤ ਵਿੱਚ ਫਿੱਟ ਕਰ ਦੇਵੇਗਾ। ",
            "ਉਦੋਂ ਤੱਕ ਬਿਜਲੀ ਦਾ ਮੇਨ ਸਵਿੱਚ ਬੰਦ ਰੱਖਣਾ। ",
            "ਪਹਿਲੇ ਦਿਨ ਮੋਟਰ ਨੂੰ ਲਗਾਤਾਰ ਚਾਰ ਘੰਟੇ ਤੋਂ ਵੱਧ ਨਾ ਚਲਾਓ। ",
            "ਜੇ ਕੋਈ ਅਜੀਬ ਅਵਾਜ਼ ਆਵੇ ਤਾਂ ਉਸੇ ਵੇਲੇ ਬੰਦ ਕਰ ਦਿਓ। ",
            "ਕੀ ਤੁਸੀਂ ਸਟਾਰਟਰ ਵੀ ਚੈੱਕ ਕਰਵਾਉਣਾ ਚਾਹੋਗੇ? ",
            "ਉਹ ਕੰਮ ਉਸੇ ਫੇਰੇ ਵਿੱਚ ਹੋ ਜਾਵੇਗਾ। ",
            "ਮੁਰੰਮਤ ਦਾ ਖਰਚਾ ਫਿੱਟਿੰਗ ਤੋਂ ਬਾਅਦ ਦੇ ਦੇਣਾ।",
        ],
    ),
    (
        "ਤੁਹਾਡੇ ਪੁੱਤਰ ਦੇ ਵਿਆਹ ਵਿੱਚ ਢੋਲ ਵਜਾਉਣ ਲਈ ਸਾਡੀ ਮੰਡਲੀ ਤਿਆਰ ਹੈ। ਦੋ ਢੋਲੀ ਅਤੇ ਇੱਕ ਸ਼ਹਿਨਾਈ ਵਾਲਾ ਆਵੇਗਾ। ਉਹ ਜਾਗੋ ਵਾਲੀ ਰਾਤ ਅਤੇ ਬਰਾਤ ਦੋਹਾਂ ਵਿੱਚ ਵਜਾਉਣਗੇ। ਬਰਾਤ ਚੜ੍ਹਨ ਤੋਂ ਇੱਕ ਘੰਟਾ ਪਹਿਲਾਂ ਉਹ ਘਰ ਪਹੁੰਚ ਜਾਣਗੇ। ਉਹਨਾਂ ਲਈ ਰਾਤ ਦੇ ਖਾਣੇ ਦਾ ਪ੍ਰਬੰਧ ਤੁਹਾਨੂੰ ਕਰਨਾ ਪਵੇਗਾ। ਅੱਧੀ ਰਕਮ ਅਗਾਊਂ ਦੇਣੀ ਹੈ। ਬਾਕੀ ਪੈਸੇ ਵਿਆਹ ਵਾਲੇ ਦਿਨ ਦੇ ਸਕਦੇ ਹੋ। ਕੀ ਤੁਸੀਂ ਭੰਗੜਾ ਪਾਉਣ ਵਾਲੀ ਟੋਲੀ ਵੀ ਚਾਹੁੰਦੇ ਹੋ? ਸਾਡੇ ਕੋਲ ਅੱਠ ਮੁੰਡਿਆਂ ਦੀ ਇੱਕ ਵਧੀਆ ਟੋਲੀ ਹੈ। ਵਿਆਹ ਦੀਆਂ ਬਹੁਤ-ਬਹੁਤ ਵਧਾਈਆਂ!",
        [
            "ਤੁਹਾਡੇ ਪੁੱਤਰ ਦੇ ਵਿਆਹ ਵਿੱਚ ਢੋਲ ਵਜਾਉਣ ਲਈ ਸਾਡੀ ਮੰਡਲੀ ਤਿਆਰ ਹੈ। ",
            "ਦੋ ਢੋਲੀ ਅਤੇ ਇੱਕ ਸ਼ਹਿਨਾਈ ਵਾਲਾ ਆਵੇਗਾ। ",
            "ਉਹ ਜਾਗੋ ਵਾਲੀ ਰਾਤ ਅਤੇ ਬਰਾਤ ਦੋਹਾਂ ਵਿੱਚ ਵਜਾਉਣਗੇ। ",
            "ਬਰਾਤ ਚੜ੍ਹਨ ਤੋਂ ਇੱਕ ਘੰਟਾ ਪਹਿਲਾਂ ਉਹ ਘਰ ਪਹੁੰਚ ਜਾਣਗੇ। ",
            "ਉਹਨਾਂ ਲਈ ਰਾਤ ਦੇ ਖਾਣੇ ਦਾ ਪ੍ਰਬੰਧ ਤੁਹਾਨੂੰ ਕਰਨਾ ਪਵੇਗਾ। ",
            "ਅੱਧੀ ਰਕਮ ਅਗਾਊਂ ਦੇਣੀ ਹੈ। ",
            "ਬਾਕੀ ਪੈਸੇ ਵਿਆਹ ਵਾਲੇ ਦਿਨ ਦੇ ਸਕਦੇ ਹੋ। ",
            "ਕੀ ਤੁਸੀਂ ਭੰਗੜਾ ਪਾਉਣ ਵਾਲੀ ਟੋਲੀ ਵੀ ਚਾਹੁੰਦੇ ਹੋ? ",
            "ਸਾਡੇ ਕੋਲ ਅੱਠ ਮੁੰਡਿਆਂ ਦੀ ਇੱਕ ਵਧੀਆ ਟੋਲੀ ਹੈ। ",
            "ਵਿਆਹ ਦੀਆਂ ਬਹੁਤ-ਬਹੁਤ ਵਧਾਈਆਂ!",
        ],
    ),
    (
        "ପୁଅର ଜନ୍ମଦିନ ପାଇଁ ଛେନାପୋଡ଼ର ଅର୍ଡର ମିଳିଲା। ଦୁଇ କିଲୋ ଛେନାପୋଡ଼ ଶାଳ ପତ୍ରରେ ଗୁଡ଼ାଇ ଦିଆଯିବ। ଏହା ଆଜି ରାତିରେ ମାଟି ଚୁଲିରେ ପୋଡ଼ାଯିବ। ସକାଳେ ଥଣ୍ଡା ହେବା ପରେ ଏହାକୁ ପ୍ୟାକ କରାଯିବ। ଜନ୍ମଦିନ ସକାଳ ଦଶଟା ସୁଦ୍ଧା ଏହା ଘରେ ପହଞ୍ଚିବ। ଫ୍ରିଜରେ ରଖିଲେ ତିନି ଦିନ ଭଲ ରହିବ। ସାଙ୍ଗରେ ରସଗୋଲା ମଧ୍ୟ ଦରକାର କି? ଆମ ଦୋକାନର ରସଗୋଲା ଖୁବ୍ ନରମ। ଟଙ୍କା ଡେଲିଭରି ବେଳେ ଦେଇପାରିବେ। ପୁଅକୁ ଜନ୍ମଦିନର ଶୁଭେଚ୍ଛା!",
        [
            "ପୁଅର ଜନ୍ମଦିନ ପାଇଁ ଛେନାପୋଡ଼ର ଅର୍ଡର ମିଳିଲା। ",
            "ଦୁଇ କିଲୋ ଛେନାପୋଡ଼ ଶାଳ ପତ୍ରରେ ଗୁଡ଼ାଇ ଦିଆଯିବ। ",
            "ଏହା ଆଜି ରାତିରେ ମାଟି ଚୁଲିରେ ପୋଡ଼ାଯିବ। ",
            "ସକାଳେ ଥଣ୍ଡା ହେବା ପରେ ଏହାକୁ ପ୍ୟାକ କରାଯିବ। ",
            "ଜନ୍ମଦିନ ସକାଳ ଦଶଟା ସୁଦ୍ଧା ଏହା ଘରେ ପହଞ୍ଚିବ। ",
            "ଫ୍ରିଜରେ ରଖିଲେ ତିନି ଦିନ ଭଲ ରହିବ। ",
            "ସାଙ୍ଗରେ ରସଗୋଲା ମଧ୍ୟ ଦରକାର କି? ",
            "ଆମ ଦୋକାନର ରସଗୋଲା ଖୁବ୍ ନରମ। ",
            "ଟଙ୍କା ଡେଲିଭରି ବେଳେ ଦେଇପାରିବେ। ",
            "ପୁଅକୁ ଜନ୍ମଦିନର ଶୁଭେଚ୍ଛା!",
        ],
    ),
    (
        "ଘରର ସବୁ ଝରକାରେ ମଶା ଜାଲି ଲଗାଗଲା। ମୋଟ ଛଅଟି ଝରକା ଓ ବାରଣ୍ଡାର ଦ୍ୱାରରେ ଜାଲି ଲାଗିଛି। ଜାଲିର ଫ୍ରେମ୍ ଆଲୁମିନିୟମରେ ତିଆରି। ସଫା କରିବାକୁ ଫ୍ରେମ୍ ସହଜରେ ବାହାର କରିହେବ। ମାସରେ ଥରେ ସାବୁନ ପାଣିରେ ଧୋଇଦିଅନ୍ତୁ। ଜାଲି ଚିରିଗଲେ କେବଳ ସେହି ଅଂଶ ବଦଳାଯାଇପାରିବ। ଏକ ବର୍ଷର ୱାରେଣ୍ଟି ଅଛି। ରୋଷେଇ ଘର ଝରକାରେ ମଧ୍ୟ ଜାଲି ଦରକାର କି? ଦରକାର ହେଲେ କାଲି ମାପ ନେବାକୁ ଆସିବୁ। ଏଣିକି ଶାନ୍ତିରେ ଶୋଇପାରିବେ।",
        [
            "ଘରର ସବୁ ଝରକାରେ ମଶା ଜାଲି ଲଗାଗଲା। ",
            "ମୋଟ ଛଅଟି ଝରକା ଓ ବାରଣ୍ଡାର ଦ୍ୱାରରେ ଜାଲି ଲାଗିଛି। ",
            "ଜାଲିର ଫ୍ରେମ୍ ଆଲୁମିନିୟମରେ ତିଆରି। ",
            "ସଫା କରିବାକୁ ଫ୍ରେମ୍ ସହଜରେ ବାହାର କରିହେବ। ",
            "ମାସରେ ଥରେ ସାବୁନ ପାଣିରେ ଧୋଇଦିଅନ୍ତୁ। ",
            "ଜାଲି ଚିରିଗଲେ କେବଳ ସେହି ଅଂଶ ବଦଳାଯାଇପାରିବ। ",
            "ଏକ ବର୍ଷର ୱାରେଣ୍ଟି ଅଛି। ",
            "ରୋଷେଇ ଘର ଝରକାରେ ମଧ୍ୟ ଜାଲି ଦରକାର କି? ",
            "ଦରକାର ହେଲେ କାଲି ମାପ ନେବାକୁ ଆସିବୁ। ",
            "ଏଣିକି ଶାନ୍ତିରେ ଶୋଇପାରିବେ।",
        ],
    ),
    (
        "আপোনাৰ জীয়েৰীৰ বাবে মুগাৰ মেখেলা-চাদৰ বোৱা শেষ হৈছে। চাদৰৰ আঁচলত ৰঙা সূতাৰে ফুল বছা হৈছে। মেখেলাখন আপুনি দিয়া জোখ অনুসৰি সিলোৱা হৈছে। প্ৰথমবাৰ ধুওঁতে মৃদু চাবোন ব্যৱহাৰ কৰিব। ৰ'দত পোনপটীয়াকৈ শুকুৱাব নালাগে। ছাঁত শুকুৱালে মুগাৰ সোণালী ৰং বহুদিন থাকে। কাপোৰযোৰ ইস্ত্ৰি কৰি ভাঁজ কৰি থোৱা হৈছে। আপুনি কেতিয়া লৈ যাব? আমাৰ দোকান দেওবাৰে বন্ধ থাকে। বিয়াৰ বাবে আমাৰ শুভকামনা থাকিল।",
        [
            "আপোনাৰ জীয়েৰীৰ বাবে মুগাৰ মেখেলা-চাদৰ বোৱা শেষ হৈছে। ",
            "চাদৰৰ আঁচলত ৰঙা সূতাৰে ফুল বছা হৈছে। ",
            "মেখেলাখন আপুনি দিয়া জোখ অনুসৰি সিলোৱা হৈছে। ",
            "প্ৰথমবাৰ ধুওঁতে মৃদু চাবোন ব্যৱহাৰ কৰিব। ",
            "ৰ'দত পোনপটীয়াকৈ শুকুৱাব নালাগে। ",
            "ছাঁত শুকুৱালে মুগাৰ সোণালী ৰং বহুদিন থাকে। ",
            "কাপোৰযোৰ ইস্ত্ৰি কৰি ভাঁজ কৰি থোৱা হৈছে। ",
            "আপুনি কেতিয়া লৈ যাব? ",
            "আমাৰ দোকান দেওবাৰে বন্ধ থাকে। ",
            "বিয়াৰ বাবে আমাৰ শুভকামনা থাকিল।",
        ],
    ),
    (
        "আপুনি বিচৰা পঞ্চাশটা হাঁহ পোৱালি কাইলৈ আপোনাৰ ঘৰ পাব। সিহঁতক বেমাৰৰ টিকা দিয়া হৈছে। প্ৰথম সপ্তাহত পোৱালিবোৰ উম ঠাইত ৰাখিব। ৰাতি এটা বাল্ব জ্বলাই ৰাখিলে সিহঁত গৰম থাকিব। খোৱা পানী সদায় পৰিষ্কাৰ পাত্ৰত দিব। পুখুৰীলৈ দুসপ্তাহৰ পিছতহে এৰি দিব। আমাৰ লোকে সিহঁতৰ খাদ্যৰ দুটা বস্তাও আনিব। আপোনাৰ ঘৰত হাঁহৰ গঁৰাল সাজু হৈছেনে? নহ'লে আমি এটা সৰু গঁৰাল সাজি দিব পাৰোঁ। আৰু কিবা জানিব লাগিলে আমাক জনাব।",
        [
            "আপুনি বিচৰা পঞ্চাশটা হাঁহ পোৱালি কাইলৈ আপোনাৰ ঘৰ পাব। ",
            "সিহঁতক বেমাৰৰ টিকা দিয়া হৈছে। ",
            "প্ৰথম সপ্তাহত পোৱালিবোৰ উম ঠাইত ৰাখিব। ",
            "ৰাতি এটা বাল্ব জ্বলাই ৰাখিলে সিহঁত গৰম থাকিব। ",
            "খোৱা পানী সদায় পৰিষ্কাৰ পাত্ৰত দিব। ",
            "পুখুৰীলৈ দুসপ্তাহৰ পিছতহে এৰি দিব। ",
            "আমাৰ লোকে সিহঁতৰ খাদ্যৰ দুটা বস্তাও আনিব। ",
            "আপোনাৰ ঘৰত হাঁহৰ গঁৰাল সাজু হৈছেনে? ",
            "নহ'লে আমি এটা সৰু গঁৰাল সাজি দিব পাৰোঁ। ",
            "আৰু কিবা জানিব লাগিলে আমাক জনাব।",
        ],
    ),
    (
        "آپ کی دعوت کے لیے بریانی کی دو دیگوں کا آرڈر لکھ لیا گیا ہے۔ ایک دیگ مٹن کی اور ایک چکن کی ہوگی۔ ساتھ میں رائتہ اور سلاد الگ برتنوں میں آئے گا۔ ہمارے باورچی دعوت سے چار گھنٹے پہلے کھانا پکانا شروع کریں گے۔ دیگیں گرم حالت میں آپ کے گھر پہنچیں گی۔ کیا آپ کو میٹھے میں شاہی ٹکڑے بھی چاہئیں؟ وہ ہم آرڈر میں شامل کر سکتے ہیں۔ آدھی رقم پیشگی دینا ہوگی۔ خالی دیگیں اگلے دن ہمارا آدمی لے جائے گا۔ آپ کی دعوت مبارک ہو!",
        [
            "آپ کی دعوت کے لیے بریانی کی دو دیگوں کا آرڈر لکھ لیا گیا ہے۔ ",
            "ایک دیگ مٹن کی اور ایک چکن کی ہوگی۔ ",
            "ساتھ میں رائتہ اور سلاد الگ برتنوں میں آئے گا۔ ",
            "ہمارے باورچی دعوت سے چار گھنٹے پہلے کھانا پکانا شروع کریں گے۔ ",
            "دیگیں گرم حالت میں آپ کے گھر پہنچیں گی۔ ",
            "کیا آپ کو میٹھے میں شاہی ٹکڑے بھی چاہئیں؟ ",
            "وہ ہم آرڈر میں شامل کر سکتے ہیں۔ ",
            "آدھی رقم پیشگی دینا ہوگی۔ ",
            "خالی دیگیں اگلے دن ہمارا آدمی لے جائے گا۔ ",
            "آپ کی دعوت مبارک ہو!",
        ],
    ),
    (
        "آپ کے کولر کی مرمت کا کام ختم ہو گیا ہے۔ اس کی موٹر کی تاریں ڈھیلی ہو گئی تھیں، انہیں ٹھیک کر دیا گیا ہے۔ پانی کا پمپ بھی نیا لگایا گیا ہے۔ گھاس کی پرانی چٹائیاں بدل کر نئی لگا دی ہیں۔ اب کولر پہلے سے زیادہ ٹھنڈی ہوا دے گا۔ ہر ہفتے اس کا پانی بدلنا ضروری ہے۔ ورنہ اس میں مچھر پیدا ہو سکتے ہیں۔ کیا آپ اسے خود لے جائیں گے؟ ورنہ ہم کل شام اسے آپ کے دروازے تک لے آئیں گے۔ مرمت کی رسید کولر کے ساتھ رکھی ہے۔",
        [
            "آپ کے کولر کی مرمت کا کام ختم ہو گیا ہے۔ ",
            "اس کی موٹر کی تاریں ڈھیلی ہو گئی تھیں، انہیں ٹھیک کر دیا گیا ہے۔ ",
            "پانی کا پمپ بھی نیا لگایا گیا ہے۔ ",
            "گھاس کی پرانی چٹائیاں بدل کر نئی لگا دی ہیں۔ ",
            "اب کولر پہلے سے زیادہ ٹھنڈی ہوا دے گا۔ ",
            "ہر ہفتے اس کا پانی بدلنا ضروری ہے۔ ",
            "ورنہ اس میں مچھر پیدا ہو سکتے ہیں۔ ",
            "کیا آپ اسے خود لے جائیں گے؟ ",
            "ورنہ ہم کل شام اسے آپ کے دروازے تک لے آئیں گے۔ ",
            "مرمت کی رسید کولر کے ساتھ رکھی ہے۔",
        ],
    ),
    # --- service forms: Adm. before a name mid-sentence, a lower-case bn. ending a sentence before a question, Sub. opening a sentence before a name, Adm. inside a question before a lower-case word, bn. right before "?", a lower-case bn. ending a sentence before a bracketed sentence, Sub. before a lower-case word, Adm. right before "!" ---
    (
        "Our housing society's Independence Day flag will be hoisted by Adm. Rao, who retired last year after forty years at sea. His younger brother served with a Sikh Light Infantry bn. Did you know he still leads its old comrades' meet every winter? Sub. Gurnam Singh, who lives on the fourth floor, will lead the march-past. Which song will the Adm. ask the children to sing? He has chosen the national anthem and one marching song. Will any band come from the bn.? Only two drummers, as the rest are on duty. They are bringing a framed photograph of the whole bn. (Our secretary will hang it beside the lift door.) Tea will be poured by the Sub. and his grandchildren after the ceremony. The children have made a banner for the Adm.! Children should reach the gate by seven thirty.",
        [
            "Our housing society's Independence Day flag will be hoisted by Adm. Rao, who retired last year after forty years at sea. ",
            "His younger brother served with a Sikh Light Infantry bn. ",
            "Did you know he still leads its old comrades' meet every winter? ",
            "Sub. Gurnam Singh, who lives on the fourth floor, will lead the march-past. ",
            "Which song will the Adm. ask the children to sing? ",
            "He has chosen the national anthem and one marching song. ",
            "Will any band come from the bn.? ",
            "Only two drummers, as the rest are on duty. ",
            "They are bringing a framed photograph of the whole bn. ",
            "(Our secretary will hang it beside the lift door.) ",
            "Tea will be poured by the Sub. and his grandchildren after the ceremony. ",
            "The children have made a banner for the Adm.! ",
            "Children should reach the gate by seven thirty.",
        ],
    ),
    # --- degrees: B.Sc. before a lower-case word mid-sentence, M.Phil. ending a sentence before a question, B.Sc. inside a question, B.Sc. right before "?", B.Sc. before a lower-case bracketed phrase, M.Phil. opening a sentence, M.Phil. right before "!" ---
    (
        "Every seed sample at our testing unit is checked by staff who hold a B.Sc. in agriculture or botany. The unit is run by an analyst with an M.Phil. Shall we fix a time for you to meet her when you drop off your paddy samples? She is here every morning except Sunday. Do farmers need a B.Sc. to read our reports? No, each report carries a plain summary in your own language. Is there a trainee post for my daughter once she clears her B.Sc.? Yes, and we train new graduates for a month. A B.Sc. (in any science subject) is enough for that post. M.Phil. holders may try for the senior post that opens in winter. Our analyst herself joined us the week after her M.Phil.! Tell your daughter to bring her mark sheets along.",
        [
            "Every seed sample at our testing unit is checked by staff who hold a B.Sc. in agriculture or botany. ",
            "The unit is run by an analyst with an M.Phil. ",
            "Shall we fix a time for you to meet her when you drop off your paddy samples? ",
            "She is here every morning except Sunday. ",
            "Do farmers need a B.Sc. to read our reports? ",
            "No, each report carries a plain summary in your own language. ",
            "Is there a trainee post for my daughter once she clears her B.Sc.? ",
            "Yes, and we train new graduates for a month. ",
            "A B.Sc. (in any science subject) is enough for that post. ",
            "M.Phil. holders may try for the senior post that opens in winter. ",
            "Our analyst herself joined us the week after her M.Phil.! ",
            "Tell your daughter to bring her mark sheets along.",
        ],
    ),
    # --- prescription forms: Syp. before a capitalised drug name mid-sentence, Tab. opening a sentence before a capitalised name, a lower-case caps. ending a sentence before a question, Syp. inside a question before a lower-case word, caps. inside a question before a lower-case word, Tab. right before "?", caps. before a comma, Syp. right before "!" ---
    (
        "Our child specialist has prescribed three medicines for your son's cough and runny nose. For the cough, give him Syp. Ambroxol thrice a day after meals. Tab. Levocetirizine, half of one at bedtime, will dry up the runny nose. She has also added a course of vitamin caps. Can he swallow them, or should we send a chewable kind? Is the Syp. safe to give before breakfast? It works better when given after food. Should he take the caps. with milk or water? Either is fine. What if he spits out the Tab.? Crush it into a spoon of honey and try again. The vitamin caps., unlike the syrup, can be stopped after a month. Shake the bottle well before every dose of Syp.! Ring us if the cough is no better in five days.",
        [
            "Our child specialist has prescribed three medicines for your son's cough and runny nose. ",
            "For the cough, give him Syp. Ambroxol thrice a day after meals. ",
            "Tab. Levocetirizine, half of one at bedtime, will dry up the runny nose. ",
            "She has also added a course of vitamin caps. ",
            "Can he swallow them, or should we send a chewable kind? ",
            "Is the Syp. safe to give before breakfast? ",
            "It works better when given after food. ",
            "Should he take the caps. with milk or water? ",
            "Either is fine. ",
            "What if he spits out the Tab.? ",
            "Crush it into a spoon of honey and try again. ",
            "The vitamin caps., unlike the syrup, can be stopped after a month. ",
            "Shake the bottle well before every dose of Syp.! ",
            "Ring us if the cough is no better in five days.",
        ],
    ),
    # --- address forms: Flr., Hsg. and Chk. inside an address (Hsg. before a capitalised word, the others before commas), a lower-case sq. ending a sentence before "It", Flr. right before "?", sq. inside a question before a lower-case word, Chk. opening a sentence before a lower-case word, sq. before a lower-case bracketed phrase, Hsg. right before "!" ---
    (
        "Our photo studio has moved to a bigger space on the Second Flr., Anand Hsg. Complex, Gandhi Chk., above the sweet shop. The entrance looks onto the old market sq. It is hard to miss our blue awning. Is our studio the only shop on the Second Flr.? No, a tailor shares the floor with us. Do the flower sellers in the sq. open early? Yes, from six, if you want fresh garlands for a portrait. Gandhi Chk. traffic is heaviest around noon, so come early. Our old shop near the sq. (now a mobile phone store) will stay shut. The wall mural in our studio was painted by a young artist from Anand Hsg.! Come and see it when you visit.",
        [
            "Our photo studio has moved to a bigger space on the Second Flr., Anand Hsg. Complex, Gandhi Chk., above the sweet shop. ",
            "The entrance looks onto the old market sq. ",
            "It is hard to miss our blue awning. ",
            "Is our studio the only shop on the Second Flr.? ",
            "No, a tailor shares the floor with us. ",
            "Do the flower sellers in the sq. open early? ",
            "Yes, from six, if you want fresh garlands for a portrait. ",
            "Gandhi Chk. traffic is heaviest around noon, so come early. ",
            "Our old shop near the sq. (now a mobile phone store) will stay shut. ",
            "The wall mural in our studio was painted by a young artist from Anand Hsg.! ",
            "Come and see it when you visit.",
        ],
    ),
    # --- banking forms: Ref. before a lower-case word, Br. before a lower-case word, a lower-case bal. ending a sentence before "That", Br. inside a question before a lower-case word, bal. right before "?", Ref. before a lower-case bracketed phrase, Br. opening a sentence, bal. before a comma, Br. right before "!" ---
    (
        "We have logged your complaint about the amount taken twice, and its Ref. code has been texted to you. The extra amount will return to your account once our Shivaji Nagar Br. confirms the entry. Until then your account will show a lower bal. That will change within three working days. Will the Br. manager call me about it? Only if the record needs your signature. What is my minimum bal.? It is five thousand rupees for this account type. Please quote the Ref. (it has eight characters) whenever you call us. Br. staff cannot reverse the debit themselves. A low bal., if it lasts a full quarter, attracts a small fee. You need not visit the Br.! Everything will be settled over the phone.",
        [
            "We have logged your complaint about the amount taken twice, and its Ref. code has been texted to you. ",
            "The extra amount will return to your account once our Shivaji Nagar Br. confirms the entry. ",
            "Until then your account will show a lower bal. ",
            "That will change within three working days. ",
            "Will the Br. manager call me about it? ",
            "Only if the record needs your signature. ",
            "What is my minimum bal.? ",
            "It is five thousand rupees for this account type. ",
            "Please quote the Ref. (it has eight characters) whenever you call us. ",
            "Br. staff cannot reverse the debit themselves. ",
            "A low bal., if it lasts a full quarter, attracts a small fee. ",
            "You need not visit the Br.! ",
            "Everything will be settled over the phone.",
        ],
    ),
    # --- officialese: a lower-case regd. before a lower-case word, Govt. opening a sentence before a lower-case word, Supdt. ending a sentence before "She", Govt. inside a question before a lower-case word, regd. right before "?", Supdt. opening a sentence before a name, Supdt. before a lower-case bracketed phrase, a lower-case regd. ending a sentence before "Your", Govt. right before "!" ---
    (
        "Your sale deed for the plot was regd. at the sub-registrar's office this morning. Govt. stamp duty on it had already been paid by your lawyer through the official website. The original deed will be given to you by the office Supdt. She sits in the first room on the right. Is a Govt. fee charged for a certified copy? Yes, a small one, paid in cash at the window. Has the gift deed for my son been regd.? Not yet, as it needs his signature too. Supdt. Meena Kulkarni will need to see both of you together. The Supdt. (strict about every rule) will not give the deed to an agent. The land is now fully regd. Your next step is to collect the updated land record. Every rupee you paid went straight to the Govt.! No middleman is needed for any of this.",
        [
            "Your sale deed for the plot was regd. at the sub-registrar's office this morning. ",
            "Govt. stamp duty on it had already been paid by your lawyer through the official website. ",
            "The original deed will be given to you by the office Supdt. ",
            "She sits in the first room on the right. ",
            "Is a Govt. fee charged for a certified copy? ",
            "Yes, a small one, paid in cash at the window. ",
            "Has the gift deed for my son been regd.? ",
            "Not yet, as it needs his signature too. ",
            "Supdt. Meena Kulkarni will need to see both of you together. ",
            "The Supdt. (strict about every rule) will not give the deed to an agent. ",
            "The land is now fully regd. ",
            "Your next step is to collect the updated land record. ",
            "Every rupee you paid went straight to the Govt.! ",
            "No middleman is needed for any of this.",
        ],
    ),
    # --- units: km. before a lower-case word, ft. ending a sentence before "Our", gm. right before "?", ft. before a lower-case word, km. inside a question before a lower-case word, gm. before a comma, a decimal with km. right before "!" ---
    (
        "Your weekend trek to the hill fort covers 32 km. of forest trail over two days. The fort's highest wall stands at 2,899 ft. Our guide will lead the group up from the base camp at dawn. Is the weight limit for each backpack 7,600 gm.? Yes, and that includes your water. The steepest stretch climbs 928 ft. within an hour. Does the 32 km. route cross any streams? Just one, and it is only ankle-deep in winter. Each tent weighs 2,760 gm., so two trekkers can split the load. On day two, you will cover a full 19.2 km.! Good shoes matter more than anything else.",
        [
            "Your weekend trek to the hill fort covers 32 km. of forest trail over two days. ",
            "The fort's highest wall stands at 2,899 ft. ",
            "Our guide will lead the group up from the base camp at dawn. ",
            "Is the weight limit for each backpack 7,600 gm.? ",
            "Yes, and that includes your water. ",
            "The steepest stretch climbs 928 ft. within an hour. ",
            "Does the 32 km. route cross any streams? ",
            "Just one, and it is only ankle-deep in winter. ",
            "Each tent weighs 2,760 gm., so two trekkers can split the load. ",
            "On day two, you will cover a full 19.2 km.! ",
            "Good shoes matter more than anything else.",
        ],
    ),
    # --- dotted acronyms: K.Y.C. ending a sentence before a question, O.T.P. before a lower-case word, O.T.P. ending a sentence before "The", O.T.P. inside a question, K.Y.C. right before "?", O.T.P. opening a sentence, K.Y.C. before a lower-case bracketed phrase, O.T.P. before a comma, K.Y.C. right before "!" ---
    (
        "Your bank account is due for its periodic K.Y.C. Shall we help you do it online? You will receive an O.T.P. on your mobile as the first step. Type in the six-digit O.T.P. The screen will then ask you for a selfie. Is the O.T.P. valid for long? Only ten minutes. What papers do I need for the K.Y.C.? Just your identity card and a recent photograph. O.T.P. messages from us never contain a web link. The K.Y.C. (it takes about ten minutes) can also be done by video call. If anyone calls asking for your O.T.P., hang up at once. Your account stays active until the deadline, but do finish the K.Y.C.! It keeps your money safe.",
        [
            "Your bank account is due for its periodic K.Y.C. ",
            "Shall we help you do it online? ",
            "You will receive an O.T.P. on your mobile as the first step. ",
            "Type in the six-digit O.T.P. ",
            "The screen will then ask you for a selfie. ",
            "Is the O.T.P. valid for long? ",
            "Only ten minutes. ",
            "What papers do I need for the K.Y.C.? ",
            "Just your identity card and a recent photograph. ",
            "O.T.P. messages from us never contain a web link. ",
            "The K.Y.C. (it takes about ten minutes) can also be done by video call. ",
            "If anyone calls asking for your O.T.P., hang up at once. ",
            "Your account stays active until the deadline, but do finish the K.Y.C.! ",
            "It keeps your money safe.",
        ],
    ),
    # --- short forms of ordinary prose: Rev. before a name mid-sentence, Ms. before a name after a comma, Ms. before a name at the end of a question, e.g. before a lower-case word, Ms. opening a sentence before a name, Rev. inside a question before a name, e.g. before a comma inside a question ---
    (
        "Your wedding service will be led by Rev. Joseph Mathai at the chapel next door. Our event manager, Ms. Fernandes, will take charge of the reception that follows in our hall. Can the cake be ordered through Ms. Fernandes? Yes, and she has samples ready for tasting. Light food, e.g. samosas and sandwiches, can be served while photos are taken. Ms. Fernandes suggests a short break between the service and dinner. Does Rev. Mathai need a chair on the stage? He prefers to stand, as he says a few words of blessing. Should we avoid certain songs, e.g., loud film music? The chapel prefers hymns, so loud music is best kept for the dance later. Please send us your final guest count by the end of this week.",
        [
            "Your wedding service will be led by Rev. Joseph Mathai at the chapel next door. ",
            "Our event manager, Ms. Fernandes, will take charge of the reception that follows in our hall. ",
            "Can the cake be ordered through Ms. Fernandes? ",
            "Yes, and she has samples ready for tasting. ",
            "Light food, e.g. samosas and sandwiches, can be served while photos are taken. ",
            "Ms. Fernandes suggests a short break between the service and dinner. ",
            "Does Rev. Mathai need a chair on the stage? ",
            "He prefers to stand, as he says a few words of blessing. ",
            "Should we avoid certain songs, e.g., loud film music? ",
            "The chapel prefers hymns, so loud music is best kept for the dance later. ",
            "Please send us your final guest count by the end of this week.",
        ],
    ),
    # --- amounts: an amount with "/-" before a comma, an amount with "/-" right before "?", an amount before a comma and an amount with paise before a lower-case word, an amount-word ("lakh") before a lower-case word, a decimal percentage ending a sentence before a capital, two amounts joined by "to" before a lower-case word, a dollar amount right before "?", an amount-word ("crore") right before "!", an amount before a lower-case bracketed phrase ---
    (
        "Our showroom has priced the used sedan you test-drove at ₹4,76,000/-, but the manager can go a little lower. Is your best offer ₹4,28,500/-? Insurance for the first year adds ₹18,792, and the transfer of ownership costs ₹2,899.50 more. A car loan of ₹3.28 lakh would be needed if you pay the rest in cash. Its interest rate is 9.92%. That rate is fixed for the full term. Monthly payments would range from ₹7,600 to ₹7,928 with the tenure you choose. Were you also looking at the imported model listed at $5,276? Our used-car sales this year have crossed ₹1.92 crore! A refundable token of ₹9,999 (adjusted in the final bill) holds the car for a week. Shall I book a second test drive for Saturday?",
        [
            "Our showroom has priced the used sedan you test-drove at ₹4,76,000/-, but the manager can go a little lower. ",
            "Is your best offer ₹4,28,500/-? ",
            "Insurance for the first year adds ₹18,792, and the transfer of ownership costs ₹2,899.50 more. ",
            "A car loan of ₹3.28 lakh would be needed if you pay the rest in cash. ",
            "Its interest rate is 9.92%. ",
            "That rate is fixed for the full term. ",
            "Monthly payments would range from ₹7,600 to ₹7,928 with the tenure you choose. ",
            "Were you also looking at the imported model listed at $5,276? ",
            "Our used-car sales this year have crossed ₹1.92 crore! ",
            "A refundable token of ₹9,999 (adjusted in the final bill) holds the car for a week. ",
            "Shall I book a second test drive for Saturday?",
        ],
    ),
    # --- dates and times: a year-first hyphen date before a lower-case word, a dotted time before a lower-case word, a month form before a day number inside a question, a slash date ending a sentence before a capital, a month form before a year number mid-sentence, a month form inside a question before a lower-case word, two colon times joined by "to", a year-first hyphen date inside a bracket mid-sentence, a dotted date right before "!", a dotted time ending a sentence before a capital ---
    (
        "Your marriage certificate appointment is fixed for 2099-07-28 at the district marriage office. Please arrive by 09.28 sharp with both witnesses. Can the appointment move to a date after Jul. 28 if a witness falls ill? Yes, but the next free date is 02/08/2099. Each witness needs an identity card valid through Jul. 2099 at the very least. Do couples seen in Jul. get the certificate on the same day? Most do, if their papers are in order. The counter breaks for lunch from 13:28 to 14:32, so plan your visit around it. Your wedding photographs (taken on 2099-06-28) must be printed in colour. The fee must be paid online by 26.07.2099! Signed certificates reach the counter at 17.32. Please wait near the window till then.",
        [
            "Your marriage certificate appointment is fixed for 2099-07-28 at the district marriage office. ",
            "Please arrive by 09.28 sharp with both witnesses. ",
            "Can the appointment move to a date after Jul. 28 if a witness falls ill? ",
            "Yes, but the next free date is 02/08/2099. ",
            "Each witness needs an identity card valid through Jul. 2099 at the very least. ",
            "Do couples seen in Jul. get the certificate on the same day? ",
            "Most do, if their papers are in order. ",
            "The counter breaks for lunch from 13:28 to 14:32, so plan your visit around it. ",
            "Your wedding photographs (taken on 2099-06-28) must be printed in colour. ",
            "The fee must be paid online by 26.07.2099! ",
            "Signed certificates reach the counter at 17.32. ",
            "Please wait near the window till then.",
        ],
    ),
    # --- URLs, e-mail and phone numbers: a bare .in address ending a sentence before a capital, an https:// address with a query string and "&" before a lower-case word, a www. address with a path inside a bracket mid-sentence, an e-mail right before "?", an e-mail with a dot in its local part ending a sentence before a capital, a toll-free number with hyphens right before "?", an http:// address with a path right before "!", a "+91" mobile number with inner spaces ending a sentence before a capital ---
    (
        "Daily crop prices from every market yard near you are listed at fasalkhoj.in. Onion and tomato rates are updated there by ten each morning. For your own taluka, open https://fasalkhoj.in/bhav?fasal=pyaz&zila=nashik and bookmark it. Our price alerts (sign up at www.fasalkhoj.in/suchna) come as a text message. Have you sent your grading complaint to jaanch@fasalkhoj.in? A reply usually comes within two days. You can also write to kisan.sahayata@fasalkhoj.in. Photos of the produce help us check faster. Did you try our toll-free line, 1800-276-3299? It is open from six in the morning. Watch the short guide at http://fasalkhoj.in/sikho! Farmers without a smartphone can give a missed call to +91 99280 76321. A staff member rings back within the hour.",
        [
            "Daily crop prices from every market yard near you are listed at fasalkhoj.in. ",
            "Onion and tomato rates are updated there by ten each morning. ",
            "For your own taluka, open https://fasalkhoj.in/bhav?fasal=pyaz&zila=nashik and bookmark it. ",
            "Our price alerts (sign up at www.fasalkhoj.in/suchna) come as a text message. ",
            "Have you sent your grading complaint to jaanch@fasalkhoj.in? ",
            "A reply usually comes within two days. ",
            "You can also write to kisan.sahayata@fasalkhoj.in. ",
            "Photos of the produce help us check faster. ",
            "Did you try our toll-free line, 1800-276-3299? ",
            "It is open from six in the morning. ",
            "Watch the short guide at http://fasalkhoj.in/sikho! ",
            "Farmers without a smartphone can give a missed call to +91 99280 76321. ",
            "A staff member rings back within the hour.",
        ],
    ),
    # --- quotes, brackets and markdown: a "?" inside a closing curly double quote ending a sentence, an em-dash aside mid-sentence, a full stop just after a closing markdown italic, a full stop just after a closing straight double quote, a bracketed statement as its own chunk, a square bracket mid-sentence, a bold phrase mid-sentence, a "?" inside a curly single quote mid-sentence, a bracketed question as its own chunk, a full stop just after a closing square bracket ---
    (
        'Entries are open for the seniors\' singing contest at our community hall this month. Last year the host closed each round by asking, “Who wants one more song?” The crowd always roared back in reply. Our oldest singer — a retired postmaster of ninety — won the *audience prize*. Each song this time should fit the theme "monsoon memories". Will there be a tabla player on stage? (Yes, two tabla players and a flautist will accompany every singer.) Singers may pick any language [Hindi, Marathi or Konkani] and any decade. Prizes are sponsored by **Joshi Sweets**, who also send snacks for everyone. Our host will call out ‘Kaun gaayega?’ before each round, and volunteers raise their hands. (Would you like to be a judge this year?) Sign-up forms are at the hall office [free of charge]. Rehearsals start next week.',
        [
            "Entries are open for the seniors' singing contest at our community hall this month. ",
            "Last year the host closed each round by asking, “Who wants one more song?” ",
            "The crowd always roared back in reply. ",
            "Our oldest singer — a retired postmaster of ninety — won the *audience prize*. ",
            'Each song this time should fit the theme "monsoon memories". ',
            "Will there be a tabla player on stage? ",
            "(Yes, two tabla players and a flautist will accompany every singer.) ",
            "Singers may pick any language [Hindi, Marathi or Konkani] and any decade. ",
            "Prizes are sponsored by **Joshi Sweets**, who also send snacks for everyone. ",
            "Our host will call out ‘Kaun gaayega?’ before each round, and volunteers raise their hands. ",
            "(Would you like to be a judge this year?) ",
            "Sign-up forms are at the hall office [free of charge]. ",
            "Rehearsals start next week.",
        ],
    ),
    # --- ellipses: "…" before a capital (an end); "..." before a lower-case word (not an end); "…?" (an end after the "?"); "?!" (an end); "..." before a capital (an end); "...!" (an end after the "!"); "…" before a lower-case word (not an end); "!!" (an end); the reply ends on "…!" ---
    (
        "Your new dining chairs reached you with a cracked leg… Our packing team clearly did not wrap that one carefully enough. A replacement chair is being made... but the polish needs two days to dry. Was the table also scratched…? Nobody from our team called you about it?! Such carelessness is not acceptable... We will fix our process. The delivery fee is being refunded to you...! Our carpenter will come on Thursday… if that suits you. We are grateful for your patience!! Expect the new chair very soon…!",
        [
            "Your new dining chairs reached you with a cracked leg… ",
            "Our packing team clearly did not wrap that one carefully enough. ",
            "A replacement chair is being made... but the polish needs two days to dry. ",
            "Was the table also scratched…? ",
            "Nobody from our team called you about it?! ",
            "Such carelessness is not acceptable... ",
            "We will fix our process. ",
            "The delivery fee is being refunded to you...! ",
            "Our carpenter will come on Thursday… if that suits you. ",
            "We are grateful for your patience!! ",
            "Expect the new chair very soon…!",
        ],
    ),
    # --- emoji: one opening the reply, one inside a sentence, one after a sentence's "?", one closing a sentence with no stop, two after a sentence's full stop, one right before "!", one with a presentation selector right before ".", a skin-toned one after the reply's closing full stop ---
    (
        "🪔 Your Diwali gift hampers are packed and ready for dispatch. Each box holds dry fruits, a scented candle and a small brass lamp 🌼 wrapped in silk. Shall we add a handwritten card to every box? 🎁 The boxes go out with our rider tomorrow afternoon 🛵 Please keep someone at home to sign for them. 📦🎉 The sweets inside are fresh from our kitchen 🍬! Payment has been received ✔️. Wishing your family a bright and happy Diwali. 🙏🏼",
        [
            "🪔 Your Diwali gift hampers are packed and ready for dispatch. ",
            "Each box holds dry fruits, a scented candle and a small brass lamp 🌼 wrapped in silk. ",
            "Shall we add a handwritten card to every box? 🎁 ",
            "The boxes go out with our rider tomorrow afternoon 🛵 ",
            "Please keep someone at home to sign for them. 📦🎉 ",
            "The sweets inside are fresh from our kitchen 🍬! ",
            "Payment has been received ✔️. ",
            "Wishing your family a bright and happy Diwali. 🙏🏼",
        ],
    ),
    # --- one-line list with "► " markers after a colon, items ending in ",", ",", ", and" and ".", with plain sentences before and after ---
    (
        "Your cooking class on ragi and jowar recipes starts this Saturday at our studio kitchen. Each batch has only eight learners. Please bring along: ► an apron, ► a small towel, ► a notebook, and ► a steel box for leftovers. The chef will demonstrate three dishes. You will cook one of them yourself. Is anyone in your family allergic to nuts? Tell us before the class so the chef can adjust. Parking is free in the lane behind the studio.",
        [
            "Your cooking class on ragi and jowar recipes starts this Saturday at our studio kitchen. ",
            "Each batch has only eight learners. ",
            "Please bring along: ",
            "► an apron, ",
            "► a small towel, ",
            "► a notebook, and ",
            "► a steel box for leftovers. ",
            "The chef will demonstrate three dishes. ",
            "You will cook one of them yourself. ",
            "Is anyone in your family allergic to nuts? ",
            "Tell us before the class so the chef can adjust. ",
            "Parking is free in the lane behind the studio.",
        ],
    ),
    # --- multi-line list with "◆ " markers after a heading line ending in a colon, items ending with "?", no mark, "!" and ".", after a sentence ending at its newline and before plain sentences ---
    (
        "Your name is on the list for the blood donation camp at our hall.\nBefore you come:\n◆ Did you eat a proper breakfast?\n◆ A photo identity card\n◆ Drink plenty of water the day before!\n◆ Avoid alcohol for a full day before donating.\nThe whole process takes about forty minutes. After you donate, we serve juice and biscuits. Can you bring a friend along? Every extra donor helps a patient in need.",
        [
            "Your name is on the list for the blood donation camp at our hall.\n",
            "Before you come:\n",
            "◆ Did you eat a proper breakfast?\n",
            "◆ A photo identity card\n",
            "◆ Drink plenty of water the day before!\n",
            "◆ Avoid alcohol for a full day before donating.\n",
            "The whole process takes about forty minutes. ",
            "After you donate, we serve juice and biscuits. ",
            "Can you bring a friend along? ",
            "Every extra donor helps a patient in need.",
        ],
    ),
    # --- mixed scripts: a Tamil question holding பி.காம். before a word, English, Tamil questions and statements at ".", பி.காம். opening a Tamil sentence, an English "!" ending the reply ---
    (
        "உங்கள் மகன் பி.காம். முடித்துவிட்டாரா? Our textile shop needs a junior accountant from next month. அவருக்கு கணினியில் கணக்கு வைக்கத் தெரியுமா? We will teach him our billing software in the first week. சம்பளம் ஒவ்வொரு மாதமும் ஐந்தாம் தேதி வழங்கப்படும். The shop is open from ten to eight, with a lunch break. பி.காம். சான்றிதழின் நகலை நேர்காணல் நாளில் எடுத்து வாருங்கள். Could he come in for a short chat this week? நாங்கள் காலை பதினொரு மணிக்கு அவருக்காகக் காத்திருப்போம். All the best to him!",
        [
            "உங்கள் மகன் பி.காம். முடித்துவிட்டாரா? ",
            "Our textile shop needs a junior accountant from next month. ",
            "அவருக்கு கணினியில் கணக்கு வைக்கத் தெரியுமா? ",
            "We will teach him our billing software in the first week. ",
            "சம்பளம் ஒவ்வொரு மாதமும் ஐந்தாம் தேதி வழங்கப்படும். ",
            "The shop is open from ten to eight, with a lunch break. ",
            "பி.காம். சான்றிதழின் நகலை நேர்காணல் நாளில் எடுத்து வாருங்கள். ",
            "Could he come in for a short chat this week? ",
            "நாங்கள் காலை பதினொரு மணிக்கு அவருக்காகக் காத்திருப்போம். ",
            "All the best to him!",
        ],
    ),
    # --- mixed scripts: Marathi holding एम.कॉम. before a word and ending at "!", English, एम.कॉम. opening a Marathi sentence, Hindi at । and a Hindi question, Marathi at "." ---
    (
        "तुमच्या मुलीने एम.कॉम. पूर्ण केल्याबद्दल अभिनंदन! Our bank has an opening for a trainee officer in the loans section. एम.कॉम. झालेल्या उमेदवारांना लेखी परीक्षा द्यावी लागत नाही. Would she like to apply? आवेदन पत्र के साथ उसकी अंकतालिका की प्रति लगानी होगी। The interview will be held at our head office. मुलाखतीसाठी तिने औपचारिक पोशाख घालावा. क्या वह अगले महीने से काम शुरू कर सकती है? Please tell us by Friday. तिला पुढील वाटचालीसाठी शुभेच्छा.",
        [
            "तुमच्या मुलीने एम.कॉम. पूर्ण केल्याबद्दल अभिनंदन! ",
            "Our bank has an opening for a trainee officer in the loans section. ",
            "एम.कॉम. झालेल्या उमेदवारांना लेखी परीक्षा द्यावी लागत नाही. ",
            "Would she like to apply? ",
            "आवेदन पत्र के साथ उसकी अंकतालिका की प्रति लगानी होगी। ",
            "The interview will be held at our head office. ",
            "मुलाखतीसाठी तिने औपचारिक पोशाख घालावा. ",
            "क्या वह अगले महीने से काम शुरू कर सकती है? ",
            "Please tell us by Friday. ",
            "तिला पुढील वाटचालीसाठी शुभेच्छा.",
        ],
    ),
    # --- mixed scripts: Kannada holding ಎಂ.ಎ. before a word, English, a Kannada question, Urdu at ۔ and ؟, Kannada at "." ---
    (
        "ನಿಮ್ಮ ಅಕ್ಕ ಎಂ.ಎ. ಮುಗಿಸಿ ಈಗ ಮನೆಯಲ್ಲೇ ಇದ್ದಾರೆ ಎಂದು ಕೇಳಿದೆವು. Our community radio station is looking for a Kannada news reader. ಅವರಿಗೆ ಈ ಕೆಲಸದಲ್ಲಿ ಆಸಕ್ತಿ ಇದೆಯೇ? The shift runs from six to nine every evening. ಮೊದಲ ಎರಡು ವಾರ ತರಬೇತಿ ನೀಡುತ್ತೇವೆ. She will need a clear voice and good reading speed. ہماری ریڈیو ٹیم میں اردو خبریں پڑھنے والے بھی ہیں۔ کیا وہ اگلے ہفتے آواز کا امتحان دے سکتی ہیں؟ The audition takes only fifteen minutes. ದಯವಿಟ್ಟು ಅವರ ಫೋನ್ ಸಂಖ್ಯೆಯನ್ನು ನಮಗೆ ಕಳುಹಿಸಿ.",
        [
            "ನಿಮ್ಮ ಅಕ್ಕ ಎಂ.ಎ. ಮುಗಿಸಿ ಈಗ ಮನೆಯಲ್ಲೇ ಇದ್ದಾರೆ ಎಂದು ಕೇಳಿದೆವು. ",
            "Our community radio station is looking for a Kannada news reader. ",
            "ಅವರಿಗೆ ಈ ಕೆಲಸದಲ್ಲಿ ಆಸಕ್ತಿ ಇದೆಯೇ? ",
            "The shift runs from six to nine every evening. ",
            "ಮೊದಲ ಎರಡು ವಾರ ತರಬೇತಿ ನೀಡುತ್ತೇವೆ. ",
            "She will need a clear voice and good reading speed. ",
            "ہماری ریڈیو ٹیم میں اردو خبریں پڑھنے والے بھی ہیں۔ ",
            "کیا وہ اگلے ہفتے آواز کا امتحان دے سکتی ہیں؟ ",
            "The audition takes only fifteen minutes. ",
            "ದಯವಿಟ್ಟು ಅವರ ಫೋನ್ ಸಂಖ್ಯೆಯನ್ನು ನಮಗೆ ಕಳುಹಿಸಿ.",
        ],
    ),
    # --- mixed scripts: Gujarati at "." and a Gujarati question, Bengali at ।, English questions, an English "!" ---
    (
        "અમારા હાથવણાટ પ્રદર્શનમાં તમારું સ્વાગત છે. Weavers from six states have set up their stalls this year. পাটোলা আর জামদানি শাড়ি একই ছাদের নিচে পাবেন। Shall we arrange a guided walk through the stalls? દરેક ખરીદી પર વણકરને સીધો ફાયદો થાય છે. প্রদর্শনী রোজ সকাল এগারোটা থেকে রাত আটটা পর্যন্ত খোলা থাকবে। Entry is free for everyone! શું તમે પરિવાર સાથે આવશો? বাচ্চাদের জন্য তাঁত চালানোর একটি ছোট্ট কর্মশালাও আছে। See you there.",
        [
            "અમારા હાથવણાટ પ્રદર્શનમાં તમારું સ્વાગત છે. ",
            "Weavers from six states have set up their stalls this year. ",
            "পাটোলা আর জামদানি শাড়ি একই ছাদের নিচে পাবেন। ",
            "Shall we arrange a guided walk through the stalls? ",
            "દરેક ખરીદી પર વણકરને સીધો ફાયદો થાય છે. ",
            "প্রদর্শনী রোজ সকাল এগারোটা থেকে রাত আটটা পর্যন্ত খোলা থাকবে। ",
            "Entry is free for everyone! ",
            "શું તમે પરિવાર સાથે આવશો? ",
            "বাচ্চাদের জন্য তাঁত চালানোর একটি ছোট্ট কর্মশালাও আছে। ",
            "See you there.",
        ],
    ),
    # --- mixed scripts: Punjabi at । and a Punjabi question, English, an English "!", Odia at ।, an Assamese question ---
    (
        "ਤੁਹਾਡਾ ਨਵਾਂ ਟਰੈਕਟਰ ਸਾਡੇ ਸ਼ੋਅਰੂਮ ਵਿੱਚ ਪਹੁੰਚ ਗਿਆ ਹੈ। Its insurance cover starts from the day of delivery. ਕੀ ਤੁਸੀਂ ਇਸਨੂੰ ਆਪ ਲੈਣ ਆਓਗੇ? Our driver can also bring it to your farm! ଟ୍ରାକ୍ଟର ସହିତ ଏକ ନୂଆ ହଳ ମଧ୍ୟ ମାଗଣାରେ ମିଳିବ। ଏହାର ପ୍ରଥମ ସର୍ଭିସିଂ ଏକ ମାସ ପରେ ହେବ। The first three services cost nothing. আপোনাৰ কিবা প্ৰশ্ন আছেনে? ਟਰੈਕਟਰ ਦੇ ਨਾਲ ਦੋ ਚਾਬੀਆਂ ਮਿਲਣਗੀਆਂ। Congratulations on your new tractor!",
        [
            "ਤੁਹਾਡਾ ਨਵਾਂ ਟਰੈਕਟਰ ਸਾਡੇ ਸ਼ੋਅਰੂਮ ਵਿੱਚ ਪਹੁੰਚ ਗਿਆ ਹੈ। ",
            "Its insurance cover starts from the day of delivery. ",
            "ਕੀ ਤੁਸੀਂ ਇਸਨੂੰ ਆਪ ਲੈਣ ਆਓਗੇ? ",
            "Our driver can also bring it to your farm! ",
            "ଟ୍ରାକ୍ଟର ସହିତ ଏକ ନୂଆ ହଳ ମଧ୍ୟ ମାଗଣାରେ ମିଳିବ। ",
            "ଏହାର ପ୍ରଥମ ସର୍ଭିସିଂ ଏକ ମାସ ପରେ ହେବ। ",
            "The first three services cost nothing. ",
            "আপোনাৰ কিবা প্ৰশ্ন আছেনে? ",
            "ਟਰੈਕਟਰ ਦੇ ਨਾਲ ਦੋ ਚਾਬੀਆਂ ਮਿਲਣਗੀਆਂ। ",
            "Congratulations on your new tractor!",
        ],
    ),
]
