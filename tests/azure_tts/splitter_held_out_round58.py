"""Held-out cases for the sentence splitter, round 58: written without reading or running it.

Written after reading only /work/main/tests/azure_tts/splitter_held_out_round57.py and
/work/main/tests/azure_tts/splitter_held_out_round56.py (for format and conventions), each opened by
its exact full path. First one command made the scratch folder /tmp/s39/w_s58/ with mkdir -p and ran
wc -l on both paths. Round 57 was then printed with sed -n in five line ranges (1-150, 150-400,
400-650, 650-900 and 900-1362); the tool output cut a middle stretch of that last print (about lines
1076 to 1186), so that stretch was printed again with sed -n in two ranges (1072-1130 and
1130-1190). Round 56 was printed with sed -n in seven line ranges (1-120, 120-330, 330-420, 420-700,
700-960, 960-1180 and 1180-1374). So both files were read whole, docstrings and cases. No sed -n
output was piped into any other tool, and neither file was printed with cat. Later, Python scripts
in the scratch folder read the two files as text (open and read) for the short-form, name, number,
emoji and phrase-overlap checks below, and parsed round 57's docstring with the ast module to take
its conventions paragraphs; neither file was imported or run. No splitter source, bench, tuning
file, log, other test file, README or git history was opened, no folder of the project was listed,
no wildcard or glob was used on a project path, git was not used, and no web, code or document
search was made. Nothing was run against the splitter or in the project, and its package was not
imported. In /tmp only the scratch folder /tmp/s39/w_s58/ and this file were meant to be touched;
/tmp/s39 itself was not listed. No slip against these reading rules is known. One slip against the
brief's rule to touch nothing else in /tmp/s39 is known: the first import checks (importlib) and a
py_compile run on this file wrote Python's bytecode cache, /tmp/s39/__pycache__/ holding only this
file's .pyc; that directory (which held nothing else) and its one file were then removed, and later
checks ran with bytecode writing turned off. Round 57's conventions paragraphs (with the readings
rounds 51 to 57 added) were taken with Python (ast, from its docstring) into the scratch folder and
reused below, with the round numbers moved on. The cases were drafted as chunk lists in the scratch
folder and this file was assembled from them (so each text is the join of its chunks); checks
confirmed that the chunks concatenate exactly to the text, that every chunk but the last ends in
whitespace, that there are 60 cases with 8 to 14 chunks each, and that the module imports by path
(importlib, from /tmp/s39/).

Shape: as in rounds 56 and 57, every case is a realistic reply of 8 to 14 sentences (the everyday
replies hold 10 each, the harder ones 8 to 14). Each case is (text, expected chunks), the text given
whole; no stream split is stored here.

No sentence is taken or paraphrased from the two files. A phrase-overlap check searched every
16-character run of every case against both whole files (docstrings included, case-insensitively,
digits mapped to ASCII). Its first pass reworded " is confirmed for ", " please reach the ", " the
evening before" (twice), "your daughter's ", "d has been approved", " next week. the ", ". does she
have any ", " for every child. ", " been sent to your ", " call us if the ", " picked up from ", " is
needed for the ", " about four hours", " this afternoon.", " for leaks. the ", " will reach you ", "
about two hours", " after the first ", a Hinglish "e mein aa jaayeg" run and " bilkul free hai. ", a
Hindi "खाते में आएगी।" run and a "बुक हो गया है।" run, a Bengali "দেওয়া হয়েছে।" run, a Tamil
"வேண்டுமா? அதற்கு" run and a "விழாவுக்கான" run, a Gujarati "નહીં. શું તમે" run, a Malayalam
"ിക്കും. കുട്ടികൾക്ക" run and a "വീണ്ടും വരും." run, an Urdu "آدھا گھنٹہ پہلے" run, "your complaint
about the ", " please keep your ", ", as long as the ", " the primary section. ", " herself joined
us the ", " the month ends.", " can be stopped ", " the ground floor ", ", there is also a", " for
the coming " (twice), " falls due after ", ". please do not ", "e this morning. ", " the end of the
", " a few minutes a", " will reach your", " your identity card ", " the next morning", "!? a full
refund ", "in three working days.", " booked for saturday ", " is anyone in your ", " payment has
been received", " has been issued", a Hindi "की अंकतालिका की प्रति" run, " we look forward to ", "
per page, settled ", " of every month. ", " has an opening for a " and " the end of this "; later
passes reworded " has been allotted to you", "e. you need not ", " to your phone. ", "e is being
refunded to you", "s anyone in your ", "ts in the first ", " the forms close", "parking is free in
the " and " a photo identity ". The last pass finds no 16-character run shared with either file. A
within-file run check also reworded repeats of ", so there is no", " meet you at the" (three
replies), " will be served " (three replies), " the evening before", "t outside the co", " has
been renewed for", ". shall we book ", " for small farmers", a Bengali "সুস্বাস্থ্য কামনা" run, "
someone with a ", " of next month. ", " are not allowed", " an hour before " and " every morning.
", and now finds none. Beyond runs, each hard reply was read against the reply of the same kind in
both files, and drafts that followed one too closely were reworded or given new content: an address
reply's parking question and answer and an "Opp. the temple, there is also ..." style landmark
sentence, a closing perk "at" the new address, a degree question "Can a ... student ...?" and a
staff member who joined "the month after her" degree, a prescription's "What if he ... the Tab.?"
question, a "shake before use" answer and a closing "finish every last" dose, a doctor question
"Can ... speak to ... after ...?", a dated bracket sentence "(on ... at ...) will be held in the
...", a closing "by 18.30. Late ...", a helpline question "Is ... still ...? Yes, and it ..." and a
"reply comes within two days" line, a pay line "per page, settled every ...", a walk's "motto is"
opening, an em-dash "route" aside, a note "titled" at the end, a breakfast bracket, a "We are ...
sorry!!" line, a refund pair, an emoji reply "all set for" a day, a "Shall we ...? <emoji>" offer
and a "Payment is done, thank you" line. Two undotted acronyms in first drafts ("TV" and "ID") were
reworded, and a first web path "turant" (an e-mail local part in round 57) was replaced.

Topics: a train ticket, a civil court date, a school admission, a car insurance renewal, a blood
test report, a hill holiday package, a piped gas connection, drip irrigation (8 English); a train
ticket refund, a parent-teacher meeting, a broadband connection, a baby's vaccination (4
Hinglish); a lok adalat settlement, a hailstorm crop insurance claim, a pilgrimage package, a sewer
line cleaned (4 Hindi, the last written with "." instead of "।"); a school trip and an onion
storage shed (Marathi), a hearing aid and a seaside trip (Bengali), a land record transfer and an
annual day costume (Tamil), temple darshan tickets and a health check for parents (Telugu), a
scooter's insurance and an inverter battery (Gujarati), areca spraying and maths tuition (Kannada),
a houseboat trip and pepper vine disease (Malayalam), a school admission and a milking machine
(Punjabi), fish seed for a pond and festival train tickets (Odia), a river ferry and a mobile
medical unit (Assamese), a court hearing and train tickets for an urs (Urdu), in the two files'
proportions; then a theft on a train, a village school's teachers, a chest infection's medicines, a
bill payment centre's address, a crop loan, a tenancy case, paddy procurement, a waitlisted rail
ticket, a knee operation, a health cover top-up, a winter heritage train, a water board's web site
and lines, a heart health walk, a cancelled train, a toy train ride, board exam day, monsoon power
safety, and five mixed replies (a coaching centre tutor, a court translator, a guest lecturer,
village health teachers and a crop insurance camp). The Indic-script everyday cases name no person
and no place.

Short forms exercised here, each searched for in both files as a plain substring (case-insensitive)
and found in neither: Insp. and Const. with the lower-case stn. (railway police); B.Ed. and D.El.Ed.
(degrees); Cap. and Susp. with the lower-case tabs. (prescriptions); Sec. and Nr. with the
lower-case bldg. (addresses); Instl. and Intt. with the lower-case yr. (banking); Adv. and Asst.
with the lower-case dotted w.e.f. (officialese, in a court); qtl., kg. and cm. (units); P.N.R.,
R.A.C. and T.T.E. (dotted acronyms, on the railways); Dr. and Mr. (each only before a name) with the
lower-case esp. (only before a lower-case word); the month forms Dec. (right before "?" and before a
day number) and Mar. (before a year number); and the Indic forms बी.एड. (Devanagari, in Hindi), এম.এ.
(Bengali), ਐਮ.ਏ. (Punjabi) and బి.ఎడ్. (Telugu). Of the Indic forms' parts only the Telugu "బి."
occurs in the files, in round 56's docstring (as a part it names from an older round). The names
Harpreet Gill, Arjun Patil, Meera Iyer, Kapoor, Sunil Kamath, Rohan Dsouza, Amoxycillin, Sucralfate,
Sai Darshan, Vashi, Navi Mumbai, Nagpur, Howrah and Munnar, the web domain paanipatra.in (paths
"bill/dekhen", "jhatpat" and "shikayat?ward=62", local parts "madad" and "naya.nal"), the emoji (🚆,
🍃, 📸, 🧳, 🧣, 🌄, 🍵, 🏔️, 👋🏻 and 🚂) and the list markers "➤ " and "• " occur in neither file.
Every amount, date, time, phone number and decimal was searched for as written (and, when longer
than two digits, as its digits alone) in both files and none is there; only the bare two-digit
numbers 21, 23, 28, 35, 43 and 48 (in "Sec. 21", "23 qtl.", "Dec. 28", "35 kg.", "Shop 43" and "48
qtl."; 28 as a whole number, the others only inside longer numbers) and the digits "7.5" (in "7.5%
to", found there only inside "$1,247.50") occur there. No undotted acronym
is used, no date is given a weekday, no single capital letter ends a sentence other than as the last
part of a dotted acronym, and no case holds a zero-width joiner or non-joiner. As in round 57, no
case leans on a reading the two files leave open.

About two thirds of the cases (38 of 60) are everyday replies; the other 22 carry the harder cases a
bot really produces, in round 57's order.

Conventions (those rounds 56 and 57 state, kept): each case is (text, the chunks a careful human
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

Round 54 added these readings, kept (it left out as open, among others, a short form before a
capitalised word that may or may not open a sentence, "??", a month form with a day number ending a
sentence, a colon time ending a sentence at a full stop, a temperature ending in a single capital
("°C."), "Rs." as an amount-word, a joined emoji closing a sentence with no stop, inline code in
backticks, an underscore italic, a numbered or lettered list or a heading line in markdown): a
joined (ZWJ) emoji after a sentence's full stop ("stalls. 🧑‍🍳 Do") stays whole with that sentence,
as a single emoji does, since an emoji sequence is never cut; a year-first hyphen date before a
comma ("2097-11-24, and") is not cut, as no date is; two colon times joined by "until" ("12:24 until
13:57, so") are not a cut, as with "till"; a month form before a year number mid-sentence ("the Nov.
2097 batch") is not an end, as a short form before a number is not; a dollar amount with cents
ending a sentence ("$1,247.50. At") ends the chunk after the final full stop, as a rupee amount
does; two amounts joined by an en dash ("₹571–₹587 a month") are not a cut, as "to" between them is
not; an amount with "/-" before a lower-case word ("₹97,000/- today") is not an end; a decimal
before a unit form ending a sentence ("58.7 mm. The") ends the chunk after the full stop, as a whole
number before one does; a bare ".co.in" address before a comma is neither cut nor an end, and
".co.in" web addresses and e-mails behave as ".in" ones do; a wa.me chat link with digits right
before "?" ("919877245710? Correct") ends the chunk after the "?", as a web address right before "?"
does; a "+91" number written with hyphens ending a sentence before a capital ("+91-80-4577-2471.
Our") ends the chunk after the full stop, as a phone number does; an e-mail with a hyphen in its
local part inside a bracket mid-sentence is neither cut nor an end; a "!" inside a square bracket
mid-sentence ("[grandparents included!] as") is not an end, as one inside a round bracket is not;
"etc." behaves as any short form does (before a lower-case word or a comma it is not an end, before
"The" it ends the chunk, right before "?" it ends it after the "?", and "etc. at home!" ends only
after the "!").

Round 55 added these readings, kept (it left out as open, among others, a short form before a
capitalised word that may or may not open a sentence, "??", a month form with a day number ending a
sentence, a colon time ending a sentence at a full stop, a web address with a query string right
before "?", a phone number right before "!", "Rs." as an amount-word, a joined emoji, a "?" inside a
bold phrase, an underscore italic, a numbered or lettered list or a heading line in markdown): an
amount with "/-" ending a sentence before a capital ("₹4,95,000/-. Of") ends the chunk after the
final full stop, as an amount does; two amounts joined by a hyphen ("₹27,400-₹29,500 according") are
not a cut, as "to" and an en dash between them are not; two decimal percentages joined by "to"
("9.5% to 10.74% a year") are not a cut; an amount-word right before "?" ("₹2.74 lakh? Our") ends
the chunk after the "?"; a bracketed amount just before a sentence's full stop ("(₹18,950). Sign")
ends the chunk after that full stop, as a full stop just after a closing bracket does; a dotted date
before a comma ("24.08.2095, and") is not cut, as no date is; a year-first hyphen date ending a
sentence ("2095-08-17. Two") and a dotted date right before "?" ("31.08.2095? It") end the chunk
after the full stop and after the "?"; two colon times joined by an en dash ("07:40–09:55, so") are
not a cut, as a hyphen between them is not; a dotted time right before "?" ("17.45? Yes") ends the
chunk after the "?", as one right before "!" does; a slash date right before "!" ends the reply
after the "!"; a web address ending in ".html" before a lower-case word ("vridh.html along") is
neither cut nor an end; an e-mail with a "+" in its local part inside a bracket mid-sentence is
neither cut nor an end; a toll-free number written with hyphens ending a sentence before a capital
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

Round 56 added these readings, kept (it left out as open, among others, a short form before a
capitalised word that may or may not open a sentence, "??", a month form with a day number ending a
sentence, a colon time ending a sentence at a full stop, a web address with a query string right
before "?", a phone number right before "!", "Rs." as an amount-word, a joined emoji closing a
sentence with no stop, a dotted Indic form right before "?" or a comma, an underscore italic, a
numbered or lettered list or a heading line in markdown): a lower-case short form or a dotted
acronym ending a sentence before a question ("Infantry bn. Did", "vitamin caps. Can", "an M.Phil.
Shall", "periodic K.Y.C. Shall") ends the chunk, as one before a pronoun or a capitalised word does;
a lower-case short form ending a sentence before a bracketed sentence ("the whole bn. (Our secretary
...)") ends the chunk, and the bracketed sentence is its own chunk; a short form before "and" ("the
Sub. and his") is not an end, as one before any lower-case word is not; a capitalised short form
ending a sentence before a pronoun ("office Supdt. She") ends the chunk; "e.g." before a lower-case
word and before a comma inside a question ("songs, e.g., loud") is not an end, as "i.e." and "viz."
are not; an amount with "/-" before a comma ("₹4,76,000/-, but") is not an end, and one right before
"?" ("₹4,28,500/-? Insurance") ends the chunk after the "?"; an amount with paise before a
lower-case word ("₹2,899.50 more") is not an end; "lakh" before a lower-case word is not an end; a
decimal percentage ending a sentence before a capital ("9.92%. That") ends the chunk after the full
stop; a dollar amount right before "?" ("$5,276? Our") and "crore" right before "!" ("₹1.92 crore!
A") end the chunk after the mark; an amount before a lower-case bracketed phrase ("₹9,999 (adjusted
in the final bill) holds") is not an end; a year-first hyphen date before a lower-case word
("2099-07-28 at") and inside a bracket mid-sentence ("(taken on 2099-06-28) must") is neither cut
nor an end; a dotted time before a lower-case word ("09.28 sharp") is not an end; a month form
before a day number inside a question ("after Jul. 28 if") is not an end; a slash date ending a
sentence before a capital ("02/08/2099. Each") ends the chunk after the full stop; a dotted date
right before "!" ("26.07.2099! Signed") ends it after the "!"; a dotted time ending a sentence
before a capital ("17.32. Please") ends it after the full stop; an e-mail with a dot in its local
part ending a sentence before a capital ("kisan.sahayata@fasalkhoj.in. Photos") ends the chunk after
the full stop; a toll-free number with hyphens right before "?" ("1800-276-3299? It") ends it after
the "?"; a "+91" number with inner spaces ending a sentence before a capital ("+91 99280 76321. A")
ends it after the full stop; a "?" inside a closing curly double quote ending a sentence (“Who wants
one more song?” The) ends the chunk after the quote; a full stop just after a closing straight
double quote ("monsoon memories". Will) or a closing square bracket ([free of charge]. Rehearsals)
ends the chunk after that full stop; a "?" inside a curly single quote mid-sentence (‘Kaun gaayega?’
before) is not an end; a bracketed statement and a bracketed question are each their own chunk; an
emoji after a sentence's "?" ("every box? 🎁 The") stays with that sentence; an emoji with a
presentation selector right before "." ("received ✔️. Wishing") stays in its sentence; a skin-toned
emoji after the reply's closing full stop ("Diwali. 🙏🏼") stays with it and ends the reply; a
sentence ending at its own newline before a list's heading line is a chunk with its newline; the
reply may end on "…!".

Round 57 added these readings, kept (it left out as open, among others, a short form before a
capitalised word that may or may not open a sentence, "??", a month form with a day number ending a
sentence, a colon time ending a sentence at a full stop, a web address with a query string right
before "?", a phone number right before "!", "Rs." as an amount-word, a joined emoji closing a
sentence with no stop, a dotted Indic form right before "?" or a comma, a "?" inside a bold phrase,
an underscore italic, a numbered or lettered list or a heading line in markdown): a lower-case short
form ending a sentence before "He", "You", "That", "It" or "Your" ("artillery regt. He", "fish mkt.
You", "full amt. That", "28 mins. It", "forty metres approx. Your") ends the chunk, as one before
any pronoun or capitalised word does; a capitalised short form after "The" or "the" and before a
capitalised title ("The Addl. Commissioner must") is not an end, as a short form before a name is
not; "approx." before a number ("approx. three weeks") is not an end; a mixed-case dotted degree
("an LL.B. She", "her LL.B.? In", "An LL.B., on") behaves as any dotted degree does; a short form
opening a sentence before a lower-case word ("Opp. the temple, there", "Txn. details have") stays
with it; a decimal percentage right before "?" ("11.25%? Yes") ends the chunk after the "?"; a rupee
amount with paise ending a sentence before a capital ("₹1,199.50. It") ends the chunk after the
final full stop, as a dollar amount with cents does; an amount inside a bracket before a comma
mid-sentence ("(₹350, paid in cash) has") is neither cut nor an end; two amounts joined by an en
dash right before "?" ("₹500–₹750? Closer") end the chunk after the "?"; "crore" before a lower-case
word ("₹12 crore against") is not an end, as "lakh" is not; a dotted date before a lower-case word
("14.02.2098 at") and a slash date before a lower-case word ("02/02/2098 for") are neither cut nor
an end; a dotted time inside a question before a lower-case word ("at 18.15 on") is not an end; a
colon time inside a bracket mid-sentence ("(on 2098-04-05 at 11:30) will") is neither cut nor an
end; a dotted time ending a sentence before a capital ("by 09.45. Late") ends the chunk after the
full stop; an https:// address with a path ending a sentence before a capital ("/policy/patra. Log")
ends the chunk after the full stop, as an http:// one does; a www. address with a query string
before a lower-case word is neither cut nor an end; a landline with hyphens right before "?"
("022-4876-3210? Yes") ends the chunk after the "?"; a wa.me link before a lower-case word is
neither cut nor an end; a toll-free number between commas mid-sentence ("helpline, 1800-209-4432,
works") is not an end; a bare address with a path ending a sentence before a capital
("surakshitghar.in/form. Your") ends the chunk after the full stop; a "!" inside a closing curly
double quote ending a sentence (“Saaf gali, sukhi gali!” The) ends the chunk after the quote; a "?"
inside a straight double quote mid-sentence ("Where do I start?" will) is not an end; a full stop
just after a closing curly double quote (“Our Street, Our Pride”. [) ends the chunk after that full
stop; a square-bracketed statement is its own chunk, as a round-bracketed one is; "!?" after an
earlier "?!" in the same reply ends a sentence as it would alone; the reply may end on "..."; an
emoji with a presentation selector inside a sentence ("top 🏎️ and") does not end it; a skin-toned
emoji after a full stop mid-reply ("thank you. 🙌🏾 Have") stays with that sentence; "▸ " markers
behave as the files' one-line list markers do.

Readings added here, each following from the stated ones (no case leans on anything the two files
leave open; a case that would have, such as a short form before a capitalised word that may or may
not open a sentence, "??", a month form with a day number ending a sentence, a colon time ending a
sentence at a full stop, a web address with a query string right before "?", a phone number right
before "!", "Rs." as an amount-word, a joined emoji closing a sentence with no stop, a dotted Indic
form right before "?" or a comma, a "?" inside a bold phrase, an underscore italic, a numbered or
lettered list or a heading line in markdown, was left out): a lower-case short form ending a
sentence before "It" ("railway police stn. It") ends the chunk, as one before any pronoun does; a
three-part mixed-case dotted diploma ("a D.El.Ed. It", "her D.El.Ed.? She", "A D.El.Ed. (done only
through distance learning) is") behaves as any dotted degree does; "Cap." before a capitalised drug
name ("take Cap. Amoxycillin three") is not an end, as "Oint." before one is not; a lower-case
"tabs." ending a sentence before a question ("paracetamol tabs. Can") ends the chunk, as "caps."
does; "Sec." before a number inside an address and inside a question ("Sec. 21, Nr. Vashi Depot",
"Does Sec. 21 have") is not an end, as a short form before a number is not; a lower-case short form
before a comma early in a sentence ("Each yr., your") is not an end; a lower-case dotted acronym
before a lower-case word ("w.e.f. the first") is not an end; a short form opening a sentence before
a capitalised title ("Asst. Registrar Kapoor has") stays with it; a unit form after a decimal ending
a sentence before "It" ("37.5 kg. It") ends the chunk after the full stop, one after a decimal
before a comma ("3.8 cm., so") is not an end, and one after a number with a thousands comma right
before "!" ("3,264 qtl.! Thank") ends the chunk after the "!"; "esp." before a lower-case word after
a comma ("meals, esp. the night") and inside a question ("ward, esp. children?") is not an end, as
"e.g." and "incl." are not; a rupee amount with paise right before "?" ("₹9,362.40? Yes") ends the
chunk after the "?"; an amount before a lower-case bracketed phrase holding a comma ("₹6,800 (per
day, in a general ward) for") is not an end; a decimal percentage right before "!" ("97.3%! Renew")
ends the chunk after the "!"; a dotted date before a comma followed by a colon time ("18.12.2093,
leaving at 21:40 from") is neither cut nor an end; a month form with no day number right before "?"
("run in Dec.? Yes") ends the chunk after the "?", and one before a day number mid-sentence ("after
Dec. 28 because") is not an end; a dotted time inside a question before "the" ("by 07.35 the
following") is not an end; a hyphen date and a colon time inside a bracket ("(booked for 2093-12-20
at 19:35) is") are neither cut nor an end; an http:// address with a path right before "?"
("paanipatra.in/jhatpat? It") ends the chunk after the "?", as a web address right before "?" does;
a landline with hyphens ending a sentence before a capital ("020-2674-3918. Call") ends the chunk
after the full stop, as a phone number does; a "!" inside a closing straight double quote ending a
sentence ("Walk today, live longer!" Our) ends the chunk after the quote; a full stop just after a
closing curly double quote (“Heart Hero”. [) ends the chunk after that full stop; the reply may end
on "…"; an emoji with a presentation selector right before "?" ("heights 🏔️? Your") stays in its
sentence and the chunk ends after the "?", as one without a selector does; a skin-toned emoji after
a full stop mid-reply ("message. 👋🏻 The") stays with that sentence; "➤ " and "• " markers behave
as the files' list markers do.

Exercised here (new variations):
1. "by Insp. Harpreet Gill, who" mid-sentence is not an end; a lower-case "railway police stn. It"
   ends the chunk; "Const. Arjun Patil, who" opening a sentence stays with it; "Will Insp. Gill
   ring" inside a question is not an end; "to the stn.? Only" ends after the "?"; "The stn. (open
   day and night) is" is not an end; "The Const., careful" is not one; "to the Insp.! Do" ends after
   the "!".
2. "a B.Ed. from" is not an end; "a D.El.Ed. It" ends the chunk; "a B.Ed. trainee" inside a
   question is not an end; "her D.El.Ed.? She" ends after the "?"; "B.Ed. holders" opening a
   sentence stays with it; "A D.El.Ed. (done only through distance learning) is" is not an end; "A
   B.Ed., by" is not one; "for a B.Ed.! Send" ends after the "!".
3. "take Cap. Amoxycillin three" is not an end; "Susp. Sucralfate, two" opening a sentence stays
   with it; a lower-case "paracetamol tabs. Can" ends the chunk before a question; "the Susp. be"
   inside a question is not an end; "of the Cap.? No" ends after the "?"; "The tabs. (only for fever
   above a hundred) may" is not an end; "soften each Cap.! Book" ends after the "!".
4. "Shop 43, Sai Darshan Complex, Sec. 21, Nr. Vashi Depot, in" holds no end (that sentence ends at
   its own full stop); a lower-case "corner bldg. You" ends the chunk; "the new bldg.? No" ends after
   the "?"; "Does the bldg. have" inside a question is not an end; "Does Sec. 21 have" is not one;
   "Nr. the depot, the" opening a sentence stays with it; "The bldg. (painted pale green) stands" is
   not an end; "the new bldg.! We" ends after the "!".
5. "The first Instl. is" is not an end; "Intt. is" opening a sentence stays with it; a lower-case
   "every yr. That" ends the chunk; "the Intt. change" inside a question is not an end; "each
   Instl.? About" ends after the "?"; "The Intt. (worked out on the daily balance) is" is not an
   end; "Each yr., your" is not one; "an Instl.! A" ends after the "!".
6. "by Adv. Meera Iyer, who" is not an end; "the Asst. Registrar of" is not one; "w.e.f. the first"
   is not one; "Will Adv. Iyer need" inside a question is not one; "by the Adv.? Yes" ends after the
   "?"; "Asst. Registrar Kapoor has" opening a sentence stays with it; "the Adv. (not the court
   clerk) in" is not an end; "the Adv., the court" is not one; "to the Adv.! We" ends after the "!".
7. "48 qtl. at" is not an end; a decimal "37.5 kg. It" ends the chunk; a decimal "3.8 cm., so" is
   not an end; "23 qtl.? Yes" ends after the "?"; "a 35 kg. bag" inside a question is not an end;
   "21 cm. Our" ends the chunk; "3,264 qtl.! Thank" ends after the "!".
8. "Your P.N.R. status" is not an end; "up to R.A.C. That" ends the chunk; "the T.T.E. give" inside
   a question is not an end; "in R.A.C.? Yes" ends after the "?"; "T.T.E. staff" opening a sentence
   stays with it; "The P.N.R. (printed at the top of your ticket) is" is not an end; "by the T.T.E.,
   a" is not one; "for the T.T.E.! We" ends after the "!".
9. "with Dr. Sunil Kamath in" mid-sentence is not an end; "coordinator, Mr. Rohan Dsouza, will" is
   not one; "meals, esp. the night" is not one; "Will Dr. Kamath explain" inside a question is not
   an end; "Mr. Dsouza will" opening a sentence stays with it; "ward, esp. children?" inside a
   question is not an end; "see Dr. Kamath again" inside a question is not one.
10. "lakh" before a lower-case word ("₹75 lakh from"), an amount with "/-" ending a sentence
    ("₹23,418/-. That"), an amount with paise right before "?" ("₹9,362.40? Yes"), two decimal
    percentages joined by "to" ("7.5% to 12.5% applies"), an amount before a lower-case bracket
    holding a comma ("₹6,800 (per day, in a general ward) for"), an amount ending a sentence
    ("₹48,260. A"), a bracketed amount just before a full stop ("(₹1,150). Does"), a dollar amount
    right before "?" ("$12,640? No"), a decimal percentage right before "!" ("97.3%! Renew").
11. A dotted date before a comma and a colon time before a lower-case word ("18.12.2093, leaving at
    21:40 from"), colon times joined by "and" before a comma ("20:50 and closes at 21:25, so"), a
    month form right before "?" ("in Dec.? Yes"), a year-first hyphen date ending a sentence
    ("2093-12-27. The"), a month form before a day number ("after Dec. 28 because"), a slash date
    before a lower-case word ("11/12/2093 by"), a dotted time inside a question ("07.35 the"), a
    month form before a year number and a dotted date right before "!" ("the Mar. 2094 spring run
    open on 04.01.2094! Dinner"), a hyphen date and a colon time in a bracket mid-sentence
    ("(booked for 2093-12-20 at 19:35) is"), a dotted time ending a sentence ("by 18.30. Those").
12. An https:// address with a path ending a sentence before a capital; an http:// address with a
    path right before "?"; a www. address with a query string before a lower-case word; an e-mail
    before a comma inside a question; an e-mail with a dot in its local part ending a sentence
    before a capital; a landline with hyphens ending a sentence before a capital; a toll-free number
    with hyphens right before "?"; a "+91" mobile number with inner spaces ending a sentence before
    "We".
13. A "!" inside a closing straight double quote ending a sentence ("Walk today, live longer!"
    Our); an em-dash aside mid-sentence; a full stop just after a closing bold "**" (**cardiac
    camp**. (); a bracketed question as its own chunk; a "!" inside a round bracket mid-sentence
    ((yes, even toddlers in prams!) are); a "?" inside a curly single quote mid-sentence (‘Who needs
    water?’ at); a quote ending in a comma that opens a sentence (“Take it slow and steady,” our); an
    italic phrase mid-sentence (*comfortable shoes* and); a full stop just after a closing curly
    double quote (“Heart Hero”. [); a square-bracketed statement as its own chunk.
14. "?!" ends the first sentence; "…" before "They" ends one; "..." before "and" does not; "…?"
    ends one after the "?"; "!?" ends one; "...!" ends one after the "!"; "..." before "Our" ends
    one; "…" before "if" does not; "!!" ends one; the reply ends on "…".
15. Emoji: 🚆 opening the reply, 🍃 inside a sentence, 📸 after a sentence's "?", 🧳 closing a
    sentence with no stop, 🧣🌄 after a sentence's full stop, 🍵 right before "!", 🏔️ (with a
    presentation selector) right before "?", 👋🏻 after a full stop mid-reply, 🚂 after the reply's
    closing "!".
16. "➤ " markers on a one-line list after a colon (items ending ",", ",", ", and" and "."), with
    three plain sentences before it and four after.
17. "• " markers on a multi-line list after a heading line (items ending "?", no mark, "!" and "."),
    after a sentence ending at its own newline and before four plain sentences.
18. Mixed scripts: Hindi holding बी.एड. before a word, English, बी.एड. opening a Hindi sentence, an
    English question, Marathi at ".", a Hindi question holding बी.एड. before a word, an English
    "!"; Bengali holding এম.এ. before a word, English, এম.এ. opening a Bengali sentence, Assamese at
    । and an Assamese question, a Bengali question holding এম.এ. before a word, an English "!";
    Punjabi holding ਐਮ.ਏ. before a word, English, a Punjabi question opening with ਐਮ.ਏ., Urdu at ۔
    and ؟, Gujarati at "."; Telugu holding బి.ఎడ్. before a word and a Telugu question, English,
    Tamil, Odia and Kannada at their own marks with English between; Malayalam, Gujarati, Hindi,
    Telugu and Urdu at their own marks with English between.

"""

from __future__ import annotations

HELD_OUT: list[tuple[str, list[str]]] = [
    # --- everyday replies, English ---
    (
        "We have confirmed your train ticket from Nagpur to Howrah for the night of the twelfth. You have been given a lower berth in the third air-conditioned coach. Your wife's berth is right above yours, in the same bay. The train leaves from platform four, so do get to the station early. Dinner is served on board, and the vegetarian meal has been noted. Carry the photo card you used while booking, as the checker may ask for it. Bedding is provided in the coach, so you need not pack a blanket. Does your mother need a wheelchair at the station? A porter can also wait for you at the entrance. Have a safe and comfortable journey!",
        [
            "We have confirmed your train ticket from Nagpur to Howrah for the night of the twelfth. ",
            "You have been given a lower berth in the third air-conditioned coach. ",
            "Your wife's berth is right above yours, in the same bay. ",
            "The train leaves from platform four, so do get to the station early. ",
            "Dinner is served on board, and the vegetarian meal has been noted. ",
            "Carry the photo card you used while booking, as the checker may ask for it. ",
            "Bedding is provided in the coach, so you need not pack a blanket. ",
            "Does your mother need a wheelchair at the station? ",
            "A porter can also wait for you at the entrance. ",
            "Have a safe and comfortable journey!",
        ],
    ),
    (
        "Your case at the civil court has been moved to a later date. The judge was on leave today, so every matter on the list was put off. Your lawyer has already collected the new date slip from the clerk. You need to be present in person, since the witness statement will be recorded. Please carry the original sale papers and two photocopies of each. Hearings of this kind usually start after the lunch recess. Wait outside the courtroom until your name is called out. Will your brother also be coming as a witness? If so, he should bring his own proof of identity. We will remind you once more on the eve of the hearing.",
        [
            "Your case at the civil court has been moved to a later date. ",
            "The judge was on leave today, so every matter on the list was put off. ",
            "Your lawyer has already collected the new date slip from the clerk. ",
            "You need to be present in person, since the witness statement will be recorded. ",
            "Please carry the original sale papers and two photocopies of each. ",
            "Hearings of this kind usually start after the lunch recess. ",
            "Wait outside the courtroom until your name is called out. ",
            "Will your brother also be coming as a witness? ",
            "If so, he should bring his own proof of identity. ",
            "We will remind you once more on the eve of the hearing.",
        ],
    ),
    (
        "We have given your daughter a seat in the second standard. Classes for the new session begin on the first Monday of June. Her books and uniform can be collected from the school store after Wednesday. The store is open from nine till one on weekdays. Please fill in the medical form and return it to her class teacher. The school van passes close to your lane every morning. A seat in the van can be booked at the front office. Is she allergic to any food we should know about? Our canteen staff keep a list of such allergies. We are delighted to welcome her to our school.",
        [
            "We have given your daughter a seat in the second standard. ",
            "Classes for the new session begin on the first Monday of June. ",
            "Her books and uniform can be collected from the school store after Wednesday. ",
            "The store is open from nine till one on weekdays. ",
            "Please fill in the medical form and return it to her class teacher. ",
            "The school van passes close to your lane every morning. ",
            "A seat in the van can be booked at the front office. ",
            "Is she allergic to any food we should know about? ",
            "Our canteen staff keep a list of such allergies. ",
            "We are delighted to welcome her to our school.",
        ],
    ),
    (
        "We have renewed your car insurance for one more year. The new policy starts at midnight, leaving no gap in cover. Since you made no claim last year, your no-claim bonus has gone up. That has brought the premium down compared with last time. A copy of the policy is in your e-mail inbox. Keep a printout in the glove box as well. Roadside help is included, so ring our helpline if the car breaks down on a highway. Shall we add cover for the engine against flood damage? It costs a little more but is handy in the rainy season. Drive safely!",
        [
            "We have renewed your car insurance for one more year. ",
            "The new policy starts at midnight, leaving no gap in cover. ",
            "Since you made no claim last year, your no-claim bonus has gone up. ",
            "That has brought the premium down compared with last time. ",
            "A copy of the policy is in your e-mail inbox. ",
            "Keep a printout in the glove box as well. ",
            "Roadside help is included, so ring our helpline if the car breaks down on a highway. ",
            "Shall we add cover for the engine against flood damage? ",
            "It costs a little more but is handy in the rainy season. ",
            "Drive safely!",
        ],
    ),
    (
        "Your blood test report from yesterday morning is now ready. Your sugar levels are within the normal range. Your haemoglobin is a little low, which may explain the tiredness you felt. The doctor suggests iron-rich food such as spinach, dates and jaggery. She will go over the full report with you at your next visit. The front desk can hand you a printed copy at any time. Fasting is not required for the repeat test next month. Should we book a slot with the doctor for Thursday? Morning slots fill up fast, so an early reply helps. Take good care of yourself.",
        [
            "Your blood test report from yesterday morning is now ready. ",
            "Your sugar levels are within the normal range. ",
            "Your haemoglobin is a little low, which may explain the tiredness you felt. ",
            "The doctor suggests iron-rich food such as spinach, dates and jaggery. ",
            "She will go over the full report with you at your next visit. ",
            "The front desk can hand you a printed copy at any time. ",
            "Fasting is not required for the repeat test next month. ",
            "Should we book a slot with the doctor for Thursday? ",
            "Morning slots fill up fast, so an early reply helps. ",
            "Take good care of yourself.",
        ],
    ),
    (
        "Your holiday package to Munnar is booked for the family of four. A cab will pick you up at the airport and drive you up into the hills. The drive takes close to four hours, with a tea break on the way. Your cottage looks out over the tea gardens from its balcony. Breakfast and dinner are included in the price. A day trip to the waterfalls and the dam is planned for the second day. Carry light woollens, since the nights can get chilly. Do your children get carsick on winding roads? If they do, our driver will stop whenever needed. We hope you have a lovely holiday!",
        [
            "Your holiday package to Munnar is booked for the family of four. ",
            "A cab will pick you up at the airport and drive you up into the hills. ",
            "The drive takes close to four hours, with a tea break on the way. ",
            "Your cottage looks out over the tea gardens from its balcony. ",
            "Breakfast and dinner are included in the price. ",
            "A day trip to the waterfalls and the dam is planned for the second day. ",
            "Carry light woollens, since the nights can get chilly. ",
            "Do your children get carsick on winding roads? ",
            "If they do, our driver will stop whenever needed. ",
            "We hope you have a lovely holiday!",
        ],
    ),
    (
        "Your piped cooking gas connection went live at two o'clock today. Our fitter checked every joint in the kitchen for any leak. The meter is fixed on the outer wall beside your kitchen window. Readings will be taken once every two months. The first bill will come after the second reading. If you ever smell gas, turn off the yellow valve near the stove. Then open the windows and call our emergency line from outside the house. Do you still have the old cylinder at home? Return it to your gas agency to get the deposit back. Enjoy cooking with your new connection!",
        [
            "Your piped cooking gas connection went live at two o'clock today. ",
            "Our fitter checked every joint in the kitchen for any leak. ",
            "The meter is fixed on the outer wall beside your kitchen window. ",
            "Readings will be taken once every two months. ",
            "The first bill will come after the second reading. ",
            "If you ever smell gas, turn off the yellow valve near the stove. ",
            "Then open the windows and call our emergency line from outside the house. ",
            "Do you still have the old cylinder at home? ",
            "Return it to your gas agency to get the deposit back. ",
            "Enjoy cooking with your new connection!",
        ],
    ),
    (
        "The drip irrigation system on your sugarcane field has been fitted. Pipes now run along every row, with a dripper near each plant. The filter at the pump must be cleaned once a week. Run the system for roughly two hours each morning. In the summer months, an evening round may also be needed. Fertiliser can be mixed into the water through the small tank we fitted. Our field officer will visit again in a month's time. Is your neighbour keen on a quote for his field too? A government subsidy covers part of the cost this season. Wishing you a good harvest.",
        [
            "The drip irrigation system on your sugarcane field has been fitted. ",
            "Pipes now run along every row, with a dripper near each plant. ",
            "The filter at the pump must be cleaned once a week. ",
            "Run the system for roughly two hours each morning. ",
            "In the summer months, an evening round may also be needed. ",
            "Fertiliser can be mixed into the water through the small tank we fitted. ",
            "Our field officer will visit again in a month's time. ",
            "Is your neighbour keen on a quote for his field too? ",
            "A government subsidy covers part of the cost this season. ",
            "Wishing you a good harvest.",
        ],
    ),
    # --- everyday replies, Hinglish ---
    (
        "Aapke cancel kiye hue train ticket ka refund shuru ho gaya hai. Paisa teen se paanch din ke andar aapke bank khate mein jama ho jaayega. Cancel karne ka chhota sa charge kaat liya gaya hai. Baaki poori rakam wapas milegi. Refund ka message aapke mobile par bhi aayega. Agar paanch din mein paisa na aaye, toh humein batayein. Tab hum railway se seedhe baat karenge. Kya aap naya ticket bhi book karna chahte hain? Agle hafte ki gaadiyon mein abhi seat khaali hai. Aapki yatra shubh ho!",
        [
            "Aapke cancel kiye hue train ticket ka refund shuru ho gaya hai. ",
            "Paisa teen se paanch din ke andar aapke bank khate mein jama ho jaayega. ",
            "Cancel karne ka chhota sa charge kaat liya gaya hai. ",
            "Baaki poori rakam wapas milegi. ",
            "Refund ka message aapke mobile par bhi aayega. ",
            "Agar paanch din mein paisa na aaye, toh humein batayein. ",
            "Tab hum railway se seedhe baat karenge. ",
            "Kya aap naya ticket bhi book karna chahte hain? ",
            "Agle hafte ki gaadiyon mein abhi seat khaali hai. ",
            "Aapki yatra shubh ho!",
        ],
    ),
    (
        "Aapke bete ke school mein parent-teacher meeting is Shanivaar ko hai. Meeting subah das baje se dopahar ek baje tak chalegi. Class teacher aapko uski pehli pariksha ki copy dikhayengi. Ganit mein uska kaam bahut achha hai. Hindi likhne mein thodi aur practice ki zaroorat hai. Teacher ghar par roz ek page likhne ki salah dengi. Report card par sign karke wapas bhejna hoga. Kya aap dono meeting mein aa payenge? Ek parent bhi aaye toh chalega. Milte hain Shanivaar ko!",
        [
            "Aapke bete ke school mein parent-teacher meeting is Shanivaar ko hai. ",
            "Meeting subah das baje se dopahar ek baje tak chalegi. ",
            "Class teacher aapko uski pehli pariksha ki copy dikhayengi. ",
            "Ganit mein uska kaam bahut achha hai. ",
            "Hindi likhne mein thodi aur practice ki zaroorat hai. ",
            "Teacher ghar par roz ek page likhne ki salah dengi. ",
            "Report card par sign karke wapas bhejna hoga. ",
            "Kya aap dono meeting mein aa payenge? ",
            "Ek parent bhi aaye toh chalega. ",
            "Milte hain Shanivaar ko!",
        ],
    ),
    (
        "Aapke ghar par naya broadband connection lag gaya hai. Router drawing room mein television ke paas rakha gaya hai. Wifi ka naam aur password router ke neeche likha hai. Pehle mahine ka koi charge nahi lagega. Uske baad bill har mahine ki das tareekh ko aayega. Internet band ho toh router ko ek minute band karke phir chalu kijiye. Phir bhi na chale toh humein call kijiye. Kya bedroom mein bhi signal theek mil raha hai? Zaroorat ho toh hum ek chhota booster laga denge. Hamari service chunne ke liye dhanyavaad!",
        [
            "Aapke ghar par naya broadband connection lag gaya hai. ",
            "Router drawing room mein television ke paas rakha gaya hai. ",
            "Wifi ka naam aur password router ke neeche likha hai. ",
            "Pehle mahine ka koi charge nahi lagega. ",
            "Uske baad bill har mahine ki das tareekh ko aayega. ",
            "Internet band ho toh router ko ek minute band karke phir chalu kijiye. ",
            "Phir bhi na chale toh humein call kijiye. ",
            "Kya bedroom mein bhi signal theek mil raha hai? ",
            "Zaroorat ho toh hum ek chhota booster laga denge. ",
            "Hamari service chunne ke liye dhanyavaad!",
        ],
    ),
    (
        "Aapke bachche ko aaj clinic mein teeka lag gaya hai. Woh thoda roya, par jaldi shaant ho gaya. Teeke ki jagah par halki soojan ho sakti hai. Wahan thanda kapda rakh sakte hain, par malish mat kijiye. Aaj raat halka bukhaar aa sakta hai. Doctor ki likhi dawa sirf bukhaar hone par hi dijiye. Bachche ko maa ka doodh dete rahiye. Kya aapke paas teekon wala card hai? Agla teeka ek mahine baad lagega, card par tareekh likh di hai. Bachche ko dher saara pyaar!",
        [
            "Aapke bachche ko aaj clinic mein teeka lag gaya hai. ",
            "Woh thoda roya, par jaldi shaant ho gaya. ",
            "Teeke ki jagah par halki soojan ho sakti hai. ",
            "Wahan thanda kapda rakh sakte hain, par malish mat kijiye. ",
            "Aaj raat halka bukhaar aa sakta hai. ",
            "Doctor ki likhi dawa sirf bukhaar hone par hi dijiye. ",
            "Bachche ko maa ka doodh dete rahiye. ",
            "Kya aapke paas teekon wala card hai? ",
            "Agla teeka ek mahine baad lagega, card par tareekh likh di hai. ",
            "Bachche ko dher saara pyaar!",
        ],
    ),
    # --- everyday replies, Hindi ---
    (
        "आपका बिजली बिल वाला मामला लोक अदालत में निपट गया है। दोनों पक्ष आपसी सहमति से फ़ैसले पर राज़ी हुए। अब आपको पुराने बिल की आधी रकम ही भरनी है। यह रकम अगले तीस दिनों के भीतर जमा करनी होगी। भुगतान के बाद आपका कनेक्शन फिर से जोड़ दिया जाएगा। लोक अदालत के फ़ैसले के ख़िलाफ़ कोई अपील नहीं होती। फ़ैसले की प्रति आपके पते पर डाक से भेजी जाएगी। क्या आप रकम किस्तों में भरना चाहते हैं? इसके लिए बिजली दफ़्तर में एक अर्ज़ी देनी होगी। आपके सहयोग के लिए धन्यवाद।",
        [
            "आपका बिजली बिल वाला मामला लोक अदालत में निपट गया है। ",
            "दोनों पक्ष आपसी सहमति से फ़ैसले पर राज़ी हुए। ",
            "अब आपको पुराने बिल की आधी रकम ही भरनी है। ",
            "यह रकम अगले तीस दिनों के भीतर जमा करनी होगी। ",
            "भुगतान के बाद आपका कनेक्शन फिर से जोड़ दिया जाएगा। ",
            "लोक अदालत के फ़ैसले के ख़िलाफ़ कोई अपील नहीं होती। ",
            "फ़ैसले की प्रति आपके पते पर डाक से भेजी जाएगी। ",
            "क्या आप रकम किस्तों में भरना चाहते हैं? ",
            "इसके लिए बिजली दफ़्तर में एक अर्ज़ी देनी होगी। ",
            "आपके सहयोग के लिए धन्यवाद।",
        ],
    ),
    (
        "ओलावृष्टि से हुए फ़सल नुकसान का आपका दावा दर्ज हो गया है। बीमा कंपनी का सर्वेयर परसों आपके खेत पर आएगा। वह ख़राब हुई फ़सल की तस्वीरें लेगा। तब तक खेत से ख़राब फ़सल मत हटाइए। अपनी ज़मीन के कागज़ और बैंक पासबुक तैयार रखिए। दावे की रकम सीधे आपके बैंक खाते में जमा होगी। पूरी प्रक्रिया में लगभग एक महीना लगता है। क्या आपके पड़ोसी के खेत में भी नुकसान हुआ है? वे भी इसी नंबर पर अपना दावा दर्ज करा सकते हैं। हिम्मत रखिए, हम आपके साथ हैं।",
        [
            "ओलावृष्टि से हुए फ़सल नुकसान का आपका दावा दर्ज हो गया है। ",
            "बीमा कंपनी का सर्वेयर परसों आपके खेत पर आएगा। ",
            "वह ख़राब हुई फ़सल की तस्वीरें लेगा। ",
            "तब तक खेत से ख़राब फ़सल मत हटाइए। ",
            "अपनी ज़मीन के कागज़ और बैंक पासबुक तैयार रखिए। ",
            "दावे की रकम सीधे आपके बैंक खाते में जमा होगी। ",
            "पूरी प्रक्रिया में लगभग एक महीना लगता है। ",
            "क्या आपके पड़ोसी के खेत में भी नुकसान हुआ है? ",
            "वे भी इसी नंबर पर अपना दावा दर्ज करा सकते हैं। ",
            "हिम्मत रखिए, हम आपके साथ हैं।",
        ],
    ),
    (
        "आपकी तीर्थ यात्रा का पैकेज पक्का हो गया है। यात्रा अगले महीने के पहले सोमवार से शुरू होगी। सभी यात्री ट्रेन के स्लीपर डिब्बे में सफ़र करेंगे। हर स्टेशन पर हमारा एक साथी आपकी मदद के लिए रहेगा। ठहरने का इंतज़ाम एक साफ़-सुथरी धर्मशाला में है। शाम की आरती में सभी यात्री साथ जाएँगे। अपनी रोज़ की दवाइयाँ साथ रखना न भूलिए। क्या आपके साथ कोई और भी चलेगा? बुज़ुर्ग यात्रियों को नीचे वाली बर्थ दी जाएगी। आपकी यात्रा मंगलमय हो!",
        [
            "आपकी तीर्थ यात्रा का पैकेज पक्का हो गया है। ",
            "यात्रा अगले महीने के पहले सोमवार से शुरू होगी। ",
            "सभी यात्री ट्रेन के स्लीपर डिब्बे में सफ़र करेंगे। ",
            "हर स्टेशन पर हमारा एक साथी आपकी मदद के लिए रहेगा। ",
            "ठहरने का इंतज़ाम एक साफ़-सुथरी धर्मशाला में है। ",
            "शाम की आरती में सभी यात्री साथ जाएँगे। ",
            "अपनी रोज़ की दवाइयाँ साथ रखना न भूलिए। ",
            "क्या आपके साथ कोई और भी चलेगा? ",
            "बुज़ुर्ग यात्रियों को नीचे वाली बर्थ दी जाएगी। ",
            "आपकी यात्रा मंगलमय हो!",
        ],
    ),
    (
        "आपकी गली की सीवर लाइन की सफ़ाई पूरी हो गई है. मशीन से पूरी लाइन में जमा कचरा निकाला गया. आपके घर के सामने वाला ढक्कन भी बदल दिया गया है. अब बारिश में पानी भरने की शिकायत नहीं होनी चाहिए. कृपया नाली में प्लास्टिक की थैलियाँ मत डालिए. रसोई का तेल भी नाली में बहाने से लाइन जाम होती है. इस काम का कोई शुल्क नहीं लिया जाएगा. क्या आपके घर के अंदर की नाली भी जाम है? उसके लिए आप हमारे प्लंबर को बुला सकते हैं. गली साफ़ रखने में आपका साथ ज़रूरी है.",
        [
            "आपकी गली की सीवर लाइन की सफ़ाई पूरी हो गई है. ",
            "मशीन से पूरी लाइन में जमा कचरा निकाला गया. ",
            "आपके घर के सामने वाला ढक्कन भी बदल दिया गया है. ",
            "अब बारिश में पानी भरने की शिकायत नहीं होनी चाहिए. ",
            "कृपया नाली में प्लास्टिक की थैलियाँ मत डालिए. ",
            "रसोई का तेल भी नाली में बहाने से लाइन जाम होती है. ",
            "इस काम का कोई शुल्क नहीं लिया जाएगा. ",
            "क्या आपके घर के अंदर की नाली भी जाम है? ",
            "उसके लिए आप हमारे प्लंबर को बुला सकते हैं. ",
            "गली साफ़ रखने में आपका साथ ज़रूरी है.",
        ],
    ),
    # --- everyday replies, other Indian languages ---
    (
        "तुमच्या मुलाची शाळेची सहल पुढच्या शुक्रवारी जाणार आहे. सहल जवळच्या एका किल्ल्यावर जाणार आहे. बस सकाळी सहा वाजता शाळेच्या मैदानातून सुटेल. मुलासोबत डबा आणि पाण्याची बाटली द्या. चालण्यासाठी आरामदायी बूट घालायला सांगा. सोबत चार शिक्षक आणि एक परिचारिका असतील. संध्याकाळी सातपर्यंत मुले परत येतील. संमतीपत्रावर तुम्ही सही केली आहे का? ते बुधवारपर्यंत वर्गशिक्षकांकडे द्यावे. मुलांना सहलीचा भरपूर आनंद मिळो!",
        [
            "तुमच्या मुलाची शाळेची सहल पुढच्या शुक्रवारी जाणार आहे. ",
            "सहल जवळच्या एका किल्ल्यावर जाणार आहे. ",
            "बस सकाळी सहा वाजता शाळेच्या मैदानातून सुटेल. ",
            "मुलासोबत डबा आणि पाण्याची बाटली द्या. ",
            "चालण्यासाठी आरामदायी बूट घालायला सांगा. ",
            "सोबत चार शिक्षक आणि एक परिचारिका असतील. ",
            "संध्याकाळी सातपर्यंत मुले परत येतील. ",
            "संमतीपत्रावर तुम्ही सही केली आहे का? ",
            "ते बुधवारपर्यंत वर्गशिक्षकांकडे द्यावे. ",
            "मुलांना सहलीचा भरपूर आनंद मिळो!",
        ],
    ),
    (
        "तुमच्या शेतातील कांदा चाळीचे बांधकाम पूर्ण झाले आहे. चाळीत हवा खेळती राहील अशी रचना केली आहे. कांदा भरण्यापूर्वी तो चार-पाच दिवस शेतात सुकवा. ओला कांदा चाळीत लवकर सडतो. एका थरात फार जास्त कांदा भरू नका. छतावरील पत्रे पावसाळ्यापूर्वी एकदा तपासा. अनुदानाची कागदपत्रे कृषी कार्यालयात जमा केली आहेत. अनुदान खात्यात जमा झाल्यावर तुम्हाला कळवू का? साधारण दोन महिन्यांत ते जमा होते. तुमच्या कांद्याला चांगला भाव मिळो!",
        [
            "तुमच्या शेतातील कांदा चाळीचे बांधकाम पूर्ण झाले आहे. ",
            "चाळीत हवा खेळती राहील अशी रचना केली आहे. ",
            "कांदा भरण्यापूर्वी तो चार-पाच दिवस शेतात सुकवा. ",
            "ओला कांदा चाळीत लवकर सडतो. ",
            "एका थरात फार जास्त कांदा भरू नका. ",
            "छतावरील पत्रे पावसाळ्यापूर्वी एकदा तपासा. ",
            "अनुदानाची कागदपत्रे कृषी कार्यालयात जमा केली आहेत. ",
            "अनुदान खात्यात जमा झाल्यावर तुम्हाला कळवू का? ",
            "साधारण दोन महिन्यांत ते जमा होते. ",
            "तुमच्या कांद्याला चांगला भाव मिळो!",
        ],
    ),
    (
        "আপনার মায়ের কানে আজ নতুন শোনার যন্ত্র বসানো হল। যন্ত্রটি খুব ছোট, তাই বাইরে থেকে প্রায় দেখা যায় না। প্রথম কয়েক দিন চারপাশের শব্দ একটু জোরে লাগতে পারে। প্রতিদিন কয়েক ঘণ্টা করে পরার অভ্যাস করান। রাতে শোয়ার আগে যন্ত্রটি খুলে বাক্সে রাখবেন। স্নানের সময় যন্ত্রে জল লাগাবেন না। ব্যাটারি সাধারণত দুই সপ্তাহ চলে। উনি কি এখন টেলিভিশনের কথা ভালো শুনতে পাচ্ছেন? এক মাস পরে আমরা আবার যন্ত্রটি মিলিয়ে দেখব। ওনার জন্য আমাদের শুভেচ্ছা রইল।",
        [
            "আপনার মায়ের কানে আজ নতুন শোনার যন্ত্র বসানো হল। ",
            "যন্ত্রটি খুব ছোট, তাই বাইরে থেকে প্রায় দেখা যায় না। ",
            "প্রথম কয়েক দিন চারপাশের শব্দ একটু জোরে লাগতে পারে। ",
            "প্রতিদিন কয়েক ঘণ্টা করে পরার অভ্যাস করান। ",
            "রাতে শোয়ার আগে যন্ত্রটি খুলে বাক্সে রাখবেন। ",
            "স্নানের সময় যন্ত্রে জল লাগাবেন না। ",
            "ব্যাটারি সাধারণত দুই সপ্তাহ চলে। ",
            "উনি কি এখন টেলিভিশনের কথা ভালো শুনতে পাচ্ছেন? ",
            "এক মাস পরে আমরা আবার যন্ত্রটি মিলিয়ে দেখব। ",
            "ওনার জন্য আমাদের শুভেচ্ছা রইল।",
        ],
    ),
    (
        "আপনাদের পরিবারের সমুদ্রের ধারে বেড়াতে যাওয়ার টিকিট কাটা হয়েছে। ট্রেন শুক্রবার রাতে ছাড়বে আর ভোরে পৌঁছবে। স্টেশন থেকে হোটেল পর্যন্ত গাড়ি ঠিক করা আছে। হোটেলের ঘর থেকে সমুদ্র দেখা যায়। সকালের জলখাবার ঘরভাড়ার মধ্যেই ধরা আছে। সমুদ্রে নামার সময় লাইফগার্ডের কথা মেনে চলবেন। ফেরার ট্রেন রবিবার দুপুরে। মন্দির দেখার জন্য কি একজন গাইড লাগবে? আমাদের চেনা গাইড খুব কম টাকায় ঘুরিয়ে দেখান। আপনাদের ছুটি আনন্দে কাটুক!",
        [
            "আপনাদের পরিবারের সমুদ্রের ধারে বেড়াতে যাওয়ার টিকিট কাটা হয়েছে। ",
            "ট্রেন শুক্রবার রাতে ছাড়বে আর ভোরে পৌঁছবে। ",
            "স্টেশন থেকে হোটেল পর্যন্ত গাড়ি ঠিক করা আছে। ",
            "হোটেলের ঘর থেকে সমুদ্র দেখা যায়। ",
            "সকালের জলখাবার ঘরভাড়ার মধ্যেই ধরা আছে। ",
            "সমুদ্রে নামার সময় লাইফগার্ডের কথা মেনে চলবেন। ",
            "ফেরার ট্রেন রবিবার দুপুরে। ",
            "মন্দির দেখার জন্য কি একজন গাইড লাগবে? ",
            "আমাদের চেনা গাইড খুব কম টাকায় ঘুরিয়ে দেখান। ",
            "আপনাদের ছুটি আনন্দে কাটুক!",
        ],
    ),
    (
        "உங்கள் நிலத்தின் பட்டா பெயர் மாற்ற விண்ணப்பம் ஏற்கப்பட்டது. கிராம நிர்வாக அலுவலர் அடுத்த வாரம் நிலத்தைப் பார்வையிடுவார். அன்று நீங்கள் நிலத்தில் இருப்பது நல்லது. பத்திரத்தின் அசல் நகலைக் கையில் வைத்திருங்கள். அண்டை நிலத்தின் உரிமையாளர்களும் வந்தால் இன்னும் நல்லது. ஆய்வு முடிந்து ஒரு மாதத்தில் புதிய பட்டா கிடைக்கும். அதை இணையத்திலும் பதிவிறக்கம் செய்யலாம். நிலத்தின் வரைபடமும் உங்களுக்கு வேண்டுமா? இதற்குத் தனியாக ஒரு சிறிய கட்டணம் உண்டு. மேலும் சந்தேகம் இருந்தால் எங்களை அழையுங்கள்.",
        [
            "உங்கள் நிலத்தின் பட்டா பெயர் மாற்ற விண்ணப்பம் ஏற்கப்பட்டது. ",
            "கிராம நிர்வாக அலுவலர் அடுத்த வாரம் நிலத்தைப் பார்வையிடுவார். ",
            "அன்று நீங்கள் நிலத்தில் இருப்பது நல்லது. ",
            "பத்திரத்தின் அசல் நகலைக் கையில் வைத்திருங்கள். ",
            "அண்டை நிலத்தின் உரிமையாளர்களும் வந்தால் இன்னும் நல்லது. ",
            "ஆய்வு முடிந்து ஒரு மாதத்தில் புதிய பட்டா கிடைக்கும். ",
            "அதை இணையத்திலும் பதிவிறக்கம் செய்யலாம். ",
            "நிலத்தின் வரைபடமும் உங்களுக்கு வேண்டுமா? ",
            "இதற்குத் தனியாக ஒரு சிறிய கட்டணம் உண்டு. ",
            "மேலும் சந்தேகம் இருந்தால் எங்களை அழையுங்கள்.",
        ],
    ),
    (
        "பள்ளியின் ஆண்டு விழா நடனத்துக்கான உங்கள் மகளின் உடை தயாராகிவிட்டது. பட்டுத் துணியில் பொன்னிறக் கரையுடன் இதை உருவாக்கியுள்ளோம். தலைக்கான பூ அலங்காரமும் சேர்த்துக் கொடுக்கிறோம். ஒத்திகை நாளில் ஒருமுறை அணிந்து பார்க்கச் சொல்லுங்கள். அளவு சரியில்லை என்றால் அன்றே சரிசெய்து தருவோம். உடையை மடிக்காமல் தொங்கவிட்டு வையுங்கள். நகைகளையும் நாங்கள் வாடகைக்குத் தருகிறோம். கால் சலங்கையும் உங்களுக்குத் தேவையா? விழா முடிந்ததும் வாடகைப் பொருட்களைத் திருப்பித் தாருங்கள். உங்கள் மகளின் நடனம் சிறப்பாக அமையட்டும்!",
        [
            "பள்ளியின் ஆண்டு விழா நடனத்துக்கான உங்கள் மகளின் உடை தயாராகிவிட்டது. ",
            "பட்டுத் துணியில் பொன்னிறக் கரையுடன் இதை உருவாக்கியுள்ளோம். ",
            "தலைக்கான பூ அலங்காரமும் சேர்த்துக் கொடுக்கிறோம். ",
            "ஒத்திகை நாளில் ஒருமுறை அணிந்து பார்க்கச் சொல்லுங்கள். ",
            "அளவு சரியில்லை என்றால் அன்றே சரிசெய்து தருவோம். ",
            "உடையை மடிக்காமல் தொங்கவிட்டு வையுங்கள். ",
            "நகைகளையும் நாங்கள் வாடகைக்குத் தருகிறோம். ",
            "கால் சலங்கையும் உங்களுக்குத் தேவையா? ",
            "விழா முடிந்ததும் வாடகைப் பொருட்களைத் திருப்பித் தாருங்கள். ",
            "உங்கள் மகளின் நடனம் சிறப்பாக அமையட்டும்!",
        ],
    ),
    (
        "మీ కుటుంబానికి దైవ దర్శనం టికెట్లు బుక్ అయ్యాయి. దర్శనం శనివారం ఉదయం పది గంటలకు ఉంది. క్యూలోకి అరగంట ముందే చేరుకోండి. ప్రతి ఒక్కరూ గుర్తింపు కార్డు తప్పకుండా తీసుకురావాలి. సంప్రదాయ దుస్తుల్లోనే లోపలికి అనుమతిస్తారు. మొబైల్ ఫోన్లను బయట లాకర్లో పెట్టాలి. కొండ మీద ఒక గది కూడా మీ పేరు మీద ఉంది. మీకు ప్రసాదం అదనంగా కావాలా? కౌంటర్ దగ్గర టోకెన్ చూపిస్తే ఇస్తారు. మీ యాత్ర శుభప్రదంగా సాగాలి!",
        [
            "మీ కుటుంబానికి దైవ దర్శనం టికెట్లు బుక్ అయ్యాయి. ",
            "దర్శనం శనివారం ఉదయం పది గంటలకు ఉంది. ",
            "క్యూలోకి అరగంట ముందే చేరుకోండి. ",
            "ప్రతి ఒక్కరూ గుర్తింపు కార్డు తప్పకుండా తీసుకురావాలి. ",
            "సంప్రదాయ దుస్తుల్లోనే లోపలికి అనుమతిస్తారు. ",
            "మొబైల్ ఫోన్లను బయట లాకర్లో పెట్టాలి. ",
            "కొండ మీద ఒక గది కూడా మీ పేరు మీద ఉంది. ",
            "మీకు ప్రసాదం అదనంగా కావాలా? ",
            "కౌంటర్ దగ్గర టోకెన్ చూపిస్తే ఇస్తారు. ",
            "మీ యాత్ర శుభప్రదంగా సాగాలి!",
        ],
    ),
    (
        "మీ అమ్మానాన్నల పూర్తి ఆరోగ్య పరీక్షలు బుక్ చేశాము. పరీక్షలు ఆదివారం ఉదయం ఏడు గంటలకు మొదలవుతాయి. ముందు రోజు రాత్రి తొమ్మిది తర్వాత ఏమీ తినకూడదు. మంచినీళ్లు మాత్రం తాగవచ్చు. రోజూ వేసుకునే మందుల చీటీ వెంట తీసుకురండి. అన్ని పరీక్షలకు సుమారు మూడు గంటలు పడుతుంది. మధ్యలో అల్పాహారం మేమే ఇస్తాము. వారిని తీసుకురావడానికి కారు పంపమంటారా? రిపోర్టులు రెండు రోజుల్లో మీ ఫోనుకు వస్తాయి. వారు ఆరోగ్యంగా ఉండాలని కోరుకుంటున్నాము.",
        [
            "మీ అమ్మానాన్నల పూర్తి ఆరోగ్య పరీక్షలు బుక్ చేశాము. ",
            "పరీక్షలు ఆదివారం ఉదయం ఏడు గంటలకు మొదలవుతాయి. ",
            "ముందు రోజు రాత్రి తొమ్మిది తర్వాత ఏమీ తినకూడదు. ",
            "మంచినీళ్లు మాత్రం తాగవచ్చు. ",
            "రోజూ వేసుకునే మందుల చీటీ వెంట తీసుకురండి. ",
            "అన్ని పరీక్షలకు సుమారు మూడు గంటలు పడుతుంది. ",
            "మధ్యలో అల్పాహారం మేమే ఇస్తాము. ",
            "వారిని తీసుకురావడానికి కారు పంపమంటారా? ",
            "రిపోర్టులు రెండు రోజుల్లో మీ ఫోనుకు వస్తాయి. ",
            "వారు ఆరోగ్యంగా ఉండాలని కోరుకుంటున్నాము.",
        ],
    ),
    (
        "તમારા સ્કૂટરનો વીમો એક વર્ષ માટે રિન્યૂ થઈ ગયો છે. નવી પોલિસી આજ રાતથી લાગુ પડશે. ગયા વર્ષે કોઈ દાવો નહોતો, તેથી પ્રીમિયમ ઓછું થયું છે. પોલિસીની નકલ તમારા ફોન પર મોકલી છે. તેની એક પ્રિન્ટ ડિકીમાં રાખજો. અકસ્માત થાય તો તરત અમને જાણ કરજો. સ્કૂટરના ફોટા લેવાનું ભૂલશો નહીં. ચાલક માટેનો અકસ્માત વીમો પણ ઉમેરી દઈએ? તેનો ખર્ચ વર્ષે ખૂબ ઓછો છે. સલામત રીતે વાહન ચલાવજો!",
        [
            "તમારા સ્કૂટરનો વીમો એક વર્ષ માટે રિન્યૂ થઈ ગયો છે. ",
            "નવી પોલિસી આજ રાતથી લાગુ પડશે. ",
            "ગયા વર્ષે કોઈ દાવો નહોતો, તેથી પ્રીમિયમ ઓછું થયું છે. ",
            "પોલિસીની નકલ તમારા ફોન પર મોકલી છે. ",
            "તેની એક પ્રિન્ટ ડિકીમાં રાખજો. ",
            "અકસ્માત થાય તો તરત અમને જાણ કરજો. ",
            "સ્કૂટરના ફોટા લેવાનું ભૂલશો નહીં. ",
            "ચાલક માટેનો અકસ્માત વીમો પણ ઉમેરી દઈએ? ",
            "તેનો ખર્ચ વર્ષે ખૂબ ઓછો છે. ",
            "સલામત રીતે વાહન ચલાવજો!",
        ],
    ),
    (
        "તમારા ઘરના ઇન્વર્ટરની બેટરી બદલી દીધી છે. જૂની બેટરી ફૂલી ગઈ હતી અને તેનું પાણી પણ સુકાઈ ગયું હતું. નવી બેટરી પર ત્રણ વર્ષની ગેરંટી છે. દર બે મહિને તેમાં પાણીનું સ્તર તપાસજો. બેટરીની આસપાસ હવા ફરતી રહે એવી જગ્યા રાખજો. વીજળી જાય ત્યારે પંખા અને લાઇટ ચાર કલાક ચાલશે. જૂની બેટરીના બદલામાં બિલમાં છૂટ આપી છે. શું ઇન્વર્ટર ચાલુ થાય ત્યારે કોઈ અવાજ આવે છે? આવે તો અમારો કારીગર ફરી તપાસી જશે. અમારી સેવા પસંદ કરવા બદલ આભાર.",
        [
            "તમારા ઘરના ઇન્વર્ટરની બેટરી બદલી દીધી છે. ",
            "જૂની બેટરી ફૂલી ગઈ હતી અને તેનું પાણી પણ સુકાઈ ગયું હતું. ",
            "નવી બેટરી પર ત્રણ વર્ષની ગેરંટી છે. ",
            "દર બે મહિને તેમાં પાણીનું સ્તર તપાસજો. ",
            "બેટરીની આસપાસ હવા ફરતી રહે એવી જગ્યા રાખજો. ",
            "વીજળી જાય ત્યારે પંખા અને લાઇટ ચાર કલાક ચાલશે. ",
            "જૂની બેટરીના બદલામાં બિલમાં છૂટ આપી છે. ",
            "શું ઇન્વર્ટર ચાલુ થાય ત્યારે કોઈ અવાજ આવે છે? ",
            "આવે તો અમારો કારીગર ફરી તપાસી જશે. ",
            "અમારી સેવા પસંદ કરવા બદલ આભાર.",
        ],
    ),
    (
        "ನಿಮ್ಮ ಅಡಿಕೆ ತೋಟಕ್ಕೆ ಔಷಧಿ ಸಿಂಪಡಣೆ ಇಂದು ಮುಗಿಯಿತು. ಕೊಳೆ ರೋಗ ತಡೆಯಲು ಬೋರ್ಡೋ ದ್ರಾವಣ ಬಳಸಿದ್ದೇವೆ. ಪ್ರತಿ ಮರದ ಗೊನೆಗಳಿಗೆ ಚೆನ್ನಾಗಿ ಸಿಂಪಡಿಸಲಾಗಿದೆ. ಮುಂದಿನ ಮೂರು ದಿನ ತೋಟಕ್ಕೆ ನೀರು ಹಾಯಿಸಬೇಡಿ. ಮಳೆ ಬಂದರೆ ಸಿಂಪಡಣೆಯನ್ನು ಮತ್ತೆ ಮಾಡಬೇಕಾಗಬಹುದು. ಮಕ್ಕಳನ್ನು ಒಂದು ದಿನ ತೋಟದಿಂದ ದೂರ ಇಡಿ. ಎರಡನೇ ಸಿಂಪಡಣೆ ನಲವತ್ತೈದು ದಿನಗಳ ನಂತರ ಮಾಡಬೇಕು. ಬಾಳೆ ಗಿಡಗಳಿಗೂ ಔಷಧಿ ಸಿಂಪಡಿಸಬೇಕೇ? ಅವುಗಳಿಗೆ ಬೇರೆ ಔಷಧಿ ಬೇಕಾಗುತ್ತದೆ. ಈ ವರ್ಷ ಒಳ್ಳೆಯ ಇಳುವರಿ ಸಿಗಲಿ!",
        [
            "ನಿಮ್ಮ ಅಡಿಕೆ ತೋಟಕ್ಕೆ ಔಷಧಿ ಸಿಂಪಡಣೆ ಇಂದು ಮುಗಿಯಿತು. ",
            "ಕೊಳೆ ರೋಗ ತಡೆಯಲು ಬೋರ್ಡೋ ದ್ರಾವಣ ಬಳಸಿದ್ದೇವೆ. ",
            "ಪ್ರತಿ ಮರದ ಗೊನೆಗಳಿಗೆ ಚೆನ್ನಾಗಿ ಸಿಂಪಡಿಸಲಾಗಿದೆ. ",
            "ಮುಂದಿನ ಮೂರು ದಿನ ತೋಟಕ್ಕೆ ನೀರು ಹಾಯಿಸಬೇಡಿ. ",
            "ಮಳೆ ಬಂದರೆ ಸಿಂಪಡಣೆಯನ್ನು ಮತ್ತೆ ಮಾಡಬೇಕಾಗಬಹುದು. ",
            "ಮಕ್ಕಳನ್ನು ಒಂದು ದಿನ ತೋಟದಿಂದ ದೂರ ಇಡಿ. ",
            "ಎರಡನೇ ಸಿಂಪಡಣೆ ನಲವತ್ತೈದು ದಿನಗಳ ನಂತರ ಮಾಡಬೇಕು. ",
            "ಬಾಳೆ ಗಿಡಗಳಿಗೂ ಔಷಧಿ ಸಿಂಪಡಿಸಬೇಕೇ? ",
            "ಅವುಗಳಿಗೆ ಬೇರೆ ಔಷಧಿ ಬೇಕಾಗುತ್ತದೆ. ",
            "ಈ ವರ್ಷ ಒಳ್ಳೆಯ ಇಳುವರಿ ಸಿಗಲಿ!",
        ],
    ),
    (
        "ನಿಮ್ಮ ಮಗನಿಗೆ ಗಣಿತದ ಮನೆಪಾಠ ಸೋಮವಾರದಿಂದ ಆರಂಭವಾಗಲಿದೆ. ತರಗತಿ ಸಂಜೆ ಐದರಿಂದ ಆರರವರೆಗೆ ನಡೆಯುತ್ತದೆ. ಒಂದು ಗುಂಪಿನಲ್ಲಿ ಕೇವಲ ಎಂಟು ಮಕ್ಕಳಿರುತ್ತಾರೆ. ಪ್ರತಿ ಶನಿವಾರ ಒಂದು ಚಿಕ್ಕ ಪರೀಕ್ಷೆ ಇರುತ್ತದೆ. ಅದರ ಅಂಕಗಳನ್ನು ನಿಮಗೆ ಸಂದೇಶದ ಮೂಲಕ ತಿಳಿಸುತ್ತೇವೆ. ಅವನು ತನ್ನ ಶಾಲೆಯ ಪಠ್ಯಪುಸ್ತಕವನ್ನು ತರಬೇಕು. ಶುಲ್ಕವನ್ನು ತಿಂಗಳ ಮೊದಲ ವಾರದಲ್ಲಿ ಕಟ್ಟಬೇಕು. ಅವನಿಗೆ ವಿಜ್ಞಾನದ ಪಾಠವೂ ಬೇಕೇ? ಆ ತರಗತಿ ಬುಧವಾರ ಮತ್ತು ಶುಕ್ರವಾರ ಇರುತ್ತದೆ. ಅವನ ಓದು ಚೆನ್ನಾಗಿ ಸಾಗಲಿ!",
        [
            "ನಿಮ್ಮ ಮಗನಿಗೆ ಗಣಿತದ ಮನೆಪಾಠ ಸೋಮವಾರದಿಂದ ಆರಂಭವಾಗಲಿದೆ. ",
            "ತರಗತಿ ಸಂಜೆ ಐದರಿಂದ ಆರರವರೆಗೆ ನಡೆಯುತ್ತದೆ. ",
            "ಒಂದು ಗುಂಪಿನಲ್ಲಿ ಕೇವಲ ಎಂಟು ಮಕ್ಕಳಿರುತ್ತಾರೆ. ",
            "ಪ್ರತಿ ಶನಿವಾರ ಒಂದು ಚಿಕ್ಕ ಪರೀಕ್ಷೆ ಇರುತ್ತದೆ. ",
            "ಅದರ ಅಂಕಗಳನ್ನು ನಿಮಗೆ ಸಂದೇಶದ ಮೂಲಕ ತಿಳಿಸುತ್ತೇವೆ. ",
            "ಅವನು ತನ್ನ ಶಾಲೆಯ ಪಠ್ಯಪುಸ್ತಕವನ್ನು ತರಬೇಕು. ",
            "ಶುಲ್ಕವನ್ನು ತಿಂಗಳ ಮೊದಲ ವಾರದಲ್ಲಿ ಕಟ್ಟಬೇಕು. ",
            "ಅವನಿಗೆ ವಿಜ್ಞಾನದ ಪಾಠವೂ ಬೇಕೇ? ",
            "ಆ ತರಗತಿ ಬುಧವಾರ ಮತ್ತು ಶುಕ್ರವಾರ ಇರುತ್ತದೆ. ",
            "ಅವನ ಓದು ಚೆನ್ನಾಗಿ ಸಾಗಲಿ!",
        ],
    ),
    (
        "നിങ്ങളുടെ കുടുംബത്തിനായി ഹൗസ്ബോട്ട് യാത്ര ബുക്ക് ചെയ്തു. യാത്ര ശനിയാഴ്ച ഉച്ചയ്ക്ക് പന്ത്രണ്ട് മണിക്ക് തുടങ്ങും. ബോട്ടിൽ രണ്ട് കിടപ്പുമുറികളും ഒരു ചെറിയ അടുക്കളയും ഉണ്ട്. ഉച്ചഭക്ഷണത്തിന് കരിമീൻ പൊള്ളിച്ചതും ചോറും ഉണ്ടാകും. വൈകുന്നേരം ബോട്ട് ഒരു ഗ്രാമത്തിനടുത്ത് നങ്കൂരമിടും. ഓരോ മുറിയിലും കൊതുകുവലയുണ്ട്. പിറ്റേന്ന് രാവിലെ ഒമ്പത് മണിക്ക് യാത്ര അവസാനിക്കും. ലൈഫ് ജാക്കറ്റ് കുട്ടികൾക്ക് വേണോ? ബോട്ടിൽ എല്ലാ വലിപ്പത്തിലുമുള്ളവ ഉണ്ട്. നിങ്ങളുടെ യാത്ര സന്തോഷകരമാകട്ടെ!",
        [
            "നിങ്ങളുടെ കുടുംബത്തിനായി ഹൗസ്ബോട്ട് യാത്ര ബുക്ക് ചെയ്തു. ",
            "യാത്ര ശനിയാഴ്ച ഉച്ചയ്ക്ക് പന്ത്രണ്ട് മണിക്ക് തുടങ്ങും. ",
            "ബോട്ടിൽ രണ്ട് കിടപ്പുമുറികളും ഒരു ചെറിയ അടുക്കളയും ഉണ്ട്. ",
            "ഉച്ചഭക്ഷണത്തിന് കരിമീൻ പൊള്ളിച്ചതും ചോറും ഉണ്ടാകും. ",
            "വൈകുന്നേരം ബോട്ട് ഒരു ഗ്രാമത്തിനടുത്ത് നങ്കൂരമിടും. ",
            "ഓരോ മുറിയിലും കൊതുകുവലയുണ്ട്. ",
            "പിറ്റേന്ന് രാവിലെ ഒമ്പത് മണിക്ക് യാത്ര അവസാനിക്കും. ",
            "ലൈഫ് ജാക്കറ്റ് കുട്ടികൾക്ക് വേണോ? ",
            "ബോട്ടിൽ എല്ലാ വലിപ്പത്തിലുമുള്ളവ ഉണ്ട്. ",
            "നിങ്ങളുടെ യാത്ര സന്തോഷകരമാകട്ടെ!",
        ],
    ),
    (
        "നിങ്ങളുടെ കുരുമുളക് വള്ളികൾ ഞങ്ങളുടെ കൃഷി ഓഫീസർ ഇന്ന് പരിശോധിച്ചു. ചില വള്ളികൾക്ക് ദ്രുതവാട്ടം ബാധിച്ചിട്ടുണ്ട്. ബാധിച്ച വള്ളികൾ വേരോടെ പിഴുത് കത്തിച്ചുകളയണം. ബാക്കി വള്ളികളുടെ ചുവട്ടിൽ മരുന്ന് ഒഴിക്കണം. ചുവട്ടിൽ വെള്ളം കെട്ടിനിൽക്കാതെ നോക്കണം. മരുന്ന് കൃഷിഭവനിൽ നിന്ന് സൗജന്യമായി ലഭിക്കും. രണ്ടാഴ്ച കഴിഞ്ഞ് ഓഫീസർ ഒരിക്കൽ കൂടി വരും. പുതിയ തൈകൾ നടാൻ നിങ്ങൾക്ക് താൽപ്പര്യമുണ്ടോ? രോഗപ്രതിരോധശേഷിയുള്ള ഇനങ്ങൾ ഞങ്ങളുടെ നഴ്സറിയിലുണ്ട്. നല്ല വിളവ് ലഭിക്കട്ടെ!",
        [
            "നിങ്ങളുടെ കുരുമുളക് വള്ളികൾ ഞങ്ങളുടെ കൃഷി ഓഫീസർ ഇന്ന് പരിശോധിച്ചു. ",
            "ചില വള്ളികൾക്ക് ദ്രുതവാട്ടം ബാധിച്ചിട്ടുണ്ട്. ",
            "ബാധിച്ച വള്ളികൾ വേരോടെ പിഴുത് കത്തിച്ചുകളയണം. ",
            "ബാക്കി വള്ളികളുടെ ചുവട്ടിൽ മരുന്ന് ഒഴിക്കണം. ",
            "ചുവട്ടിൽ വെള്ളം കെട്ടിനിൽക്കാതെ നോക്കണം. ",
            "മരുന്ന് കൃഷിഭവനിൽ നിന്ന് സൗജന്യമായി ലഭിക്കും. ",
            "രണ്ടാഴ്ച കഴിഞ്ഞ് ഓഫീസർ ഒരിക്കൽ കൂടി വരും. ",
            "പുതിയ തൈകൾ നടാൻ നിങ്ങൾക്ക് താൽപ്പര്യമുണ്ടോ? ",
            "രോഗപ്രതിരോധശേഷിയുള്ള ഇനങ്ങൾ ഞങ്ങളുടെ നഴ്സറിയിലുണ്ട്. ",
            "നല്ല വിളവ് ലഭിക്കട്ടെ!",
        ],
    ),
    (
        "ਤੁਹਾਡੀ ਧੀ ਦਾ ਛੇਵੀਂ ਜਮਾਤ ਵਿੱਚ ਦਾਖਲਾ ਹੋ ਗਿਆ ਹੈ। ਨਵਾਂ ਸੈਸ਼ਨ ਅਗਲੇ ਮਹੀਨੇ ਦੀ ਪਹਿਲੀ ਤਾਰੀਖ ਤੋਂ ਸ਼ੁਰੂ ਹੋਵੇਗਾ। ਕਿਤਾਬਾਂ ਸਕੂਲ ਵੱਲੋਂ ਮੁਫ਼ਤ ਮਿਲਣਗੀਆਂ। ਵਰਦੀ ਦਾ ਨਾਪ ਸ਼ਨੀਵਾਰ ਨੂੰ ਲਿਆ ਜਾਵੇਗਾ। ਦੁਪਹਿਰ ਦਾ ਖਾਣਾ ਸਕੂਲ ਵਿੱਚ ਹੀ ਮਿਲਦਾ ਹੈ। ਉਸ ਦਾ ਜਨਮ ਸਰਟੀਫਿਕੇਟ ਦਫ਼ਤਰ ਵਿੱਚ ਜਮ੍ਹਾਂ ਕਰਵਾ ਦਿਓ। ਸਕੂਲ ਸਵੇਰੇ ਅੱਠ ਵਜੇ ਲੱਗਦਾ ਹੈ। ਕੀ ਉਸ ਨੂੰ ਸਕੂਲ ਦੀ ਵੈਨ ਦੀ ਲੋੜ ਹੈ? ਵੈਨ ਤੁਹਾਡੇ ਪਿੰਡ ਵਿੱਚੋਂ ਵੀ ਲੰਘਦੀ ਹੈ। ਉਸ ਦੀ ਪੜ੍ਹਾਈ ਲਈ ਸ਼ੁਭ ਕਾਮਨਾਵਾਂ!",
        [
            "ਤੁਹਾਡੀ ਧੀ ਦਾ ਛੇਵੀਂ ਜਮਾਤ ਵਿੱਚ ਦਾਖਲਾ ਹੋ ਗਿਆ ਹੈ। ",
            "ਨਵਾਂ ਸੈਸ਼ਨ ਅਗਲੇ ਮਹੀਨੇ ਦੀ ਪਹਿਲੀ ਤਾਰੀਖ ਤੋਂ ਸ਼ੁਰੂ ਹੋਵੇਗਾ। ",
            "ਕਿਤਾਬਾਂ ਸਕੂਲ ਵੱਲੋਂ ਮੁਫ਼ਤ ਮਿਲਣਗੀਆਂ। ",
            "ਵਰਦੀ ਦਾ ਨਾਪ ਸ਼ਨੀਵਾਰ ਨੂੰ ਲਿਆ ਜਾਵੇਗਾ। ",
            "ਦੁਪਹਿਰ ਦਾ ਖਾਣਾ ਸਕੂਲ ਵਿੱਚ ਹੀ ਮਿਲਦਾ ਹੈ। ",
            "ਉਸ ਦਾ ਜਨਮ ਸਰਟੀਫਿਕੇਟ ਦਫ਼ਤਰ ਵਿੱਚ ਜਮ੍ਹਾਂ ਕਰਵਾ ਦਿਓ। ",
            "ਸਕੂਲ ਸਵੇਰੇ ਅੱਠ ਵਜੇ ਲੱਗਦਾ ਹੈ। ",
            "ਕੀ ਉਸ ਨੂੰ ਸਕੂਲ ਦੀ ਵੈਨ ਦੀ ਲੋੜ ਹੈ? ",
            "ਵੈਨ ਤੁਹਾਡੇ ਪਿੰਡ ਵਿੱਚੋਂ ਵੀ ਲੰਘਦੀ ਹੈ। ",
            "ਉਸ ਦੀ ਪੜ੍ਹਾਈ ਲਈ ਸ਼ੁਭ ਕਾਮਨਾਵਾਂ!",
        ],
    ),
    (
        "ਤੁਹਾਡੇ ਡੇਅਰੀ ਫਾਰਮ ਵਿੱਚ ਦੁੱਧ ਚੋਣ ਵਾਲੀ ਮਸ਼ੀਨ ਲੱਗ ਗਈ ਹੈ। ਇਹ ਇੱਕੋ ਵੇਲੇ ਦੋ ਮੱਝਾਂ ਦਾ ਦੁੱਧ ਚੋ ਸਕਦੀ ਹੈ। ਹਰ ਵਾਰ ਵਰਤਣ ਤੋਂ ਬਾਅਦ ਨਲੀਆਂ ਗਰਮ ਪਾਣੀ ਨਾਲ ਧੋਵੋ। ਪਸ਼ੂ ਦੇ ਥਣ ਪਹਿਲਾਂ ਸਾਫ਼ ਕੱਪੜੇ ਨਾਲ ਪੂੰਝੋ। ਪਹਿਲੇ ਕੁਝ ਦਿਨ ਪਸ਼ੂ ਥੋੜ੍ਹਾ ਡਰ ਸਕਦੇ ਹਨ। ਸਾਡਾ ਮਕੈਨਿਕ ਕੱਲ੍ਹ ਸਵੇਰੇ ਆ ਕੇ ਤੁਹਾਨੂੰ ਸਿਖਾਏਗਾ। ਮਸ਼ੀਨ ਦੀ ਦੋ ਸਾਲ ਦੀ ਗਾਰੰਟੀ ਹੈ। ਕੀ ਦੁੱਧ ਠੰਢਾ ਰੱਖਣ ਵਾਲਾ ਟੈਂਕ ਵੀ ਲਗਵਾਉਣਾ ਹੈ? ਉਸ ਉੱਤੇ ਸਰਕਾਰੀ ਸਬਸਿਡੀ ਮਿਲਦੀ ਹੈ। ਤੁਹਾਡੀ ਡੇਅਰੀ ਖੂਬ ਤਰੱਕੀ ਕਰੇ!",
        [
            "ਤੁਹਾਡੇ ਡੇਅਰੀ ਫਾਰਮ ਵਿੱਚ ਦੁੱਧ ਚੋਣ ਵਾਲੀ ਮਸ਼ੀਨ ਲੱਗ ਗਈ ਹੈ। ",
            "ਇਹ ਇੱਕੋ ਵੇਲੇ ਦੋ ਮੱਝਾਂ ਦਾ ਦੁੱਧ ਚੋ ਸਕਦੀ ਹੈ। ",
            "ਹਰ ਵਾਰ ਵਰਤਣ ਤੋਂ ਬਾਅਦ ਨਲੀਆਂ ਗਰਮ ਪਾਣੀ ਨਾਲ ਧੋਵੋ। ",
            "ਪਸ਼ੂ ਦੇ ਥਣ ਪਹਿਲਾਂ ਸਾਫ਼ ਕੱਪੜੇ ਨਾਲ ਪੂੰਝੋ। ",
            "ਪਹਿਲੇ ਕੁਝ ਦਿਨ ਪਸ਼ੂ ਥੋੜ੍ਹਾ ਡਰ ਸਕਦੇ ਹਨ। ",
            "ਸਾਡਾ ਮਕੈਨਿਕ ਕੱਲ੍ਹ ਸਵੇਰੇ ਆ ਕੇ ਤੁਹਾਨੂੰ ਸਿਖਾਏਗਾ। ",
            "ਮਸ਼ੀਨ ਦੀ ਦੋ ਸਾਲ ਦੀ ਗਾਰੰਟੀ ਹੈ। ",
            "ਕੀ ਦੁੱਧ ਠੰਢਾ ਰੱਖਣ ਵਾਲਾ ਟੈਂਕ ਵੀ ਲਗਵਾਉਣਾ ਹੈ? ",
            "ਉਸ ਉੱਤੇ ਸਰਕਾਰੀ ਸਬਸਿਡੀ ਮਿਲਦੀ ਹੈ। ",
            "ਤੁਹਾਡੀ ਡੇਅਰੀ ਖੂਬ ਤਰੱਕੀ ਕਰੇ!",
        ],
    ),
    (
        "ଆପଣଙ୍କ ପୋଖରୀ ପାଇଁ ମାଛ ଜିଆ ଆଜି ଛଡ଼ାଗଲା। ମୋଟ ପାଞ୍ଚ ହଜାର ରୋହି, ଭାକୁର ଓ ମିରିକାଳି ଜିଆ ଦିଆଗଲା। ପ୍ରଥମ ସପ୍ତାହ ପୋଖରୀରେ ଜାଲ ପକାନ୍ତୁ ନାହିଁ। ପ୍ରତିଦିନ ସକାଳେ ଅଳ୍ପ ଚୋକଡ଼ ଓ କୁଣ୍ଡା ଦିଅନ୍ତୁ। ପାଣି ବେଶି ସବୁଜ ହୋଇଗଲେ ଖାଦ୍ୟ କମାଇଦିଅନ୍ତୁ। ପୋଖରୀ ଚାରିପଟେ ବାଡ଼ ଦେଲେ ଭଲ। ଛଅ ମାସ ପରେ ମାଛ ଧରିହେବ। ଆପଣ ଚୂନ ବି ନେବେ କି? ଚୂନ ପାଣିକୁ ସଫା ରଖେ। ଭଲ ଅମଳ ହେଉ!",
        [
            "ଆପଣଙ୍କ ପୋଖରୀ ପାଇଁ ମାଛ ଜିଆ ଆଜି ଛଡ଼ାଗଲା। ",
            "ମୋଟ ପାଞ୍ଚ ହଜାର ରୋହି, ଭାକୁର ଓ ମିରିକାଳି ଜିଆ ଦିଆଗଲା। ",
            "ପ୍ରଥମ ସପ୍ତାହ ପୋଖରୀରେ ଜାଲ ପକାନ୍ତୁ ନାହିଁ। ",
            "ପ୍ରତିଦିନ ସକାଳେ ଅଳ୍ପ ଚୋକଡ଼ ଓ କୁଣ୍ଡା ଦିଅନ୍ତୁ। ",
            "ପାଣି ବେଶି ସବୁଜ ହୋଇଗଲେ ଖାଦ୍ୟ କମାଇଦିଅନ୍ତୁ। ",
            "ପୋଖରୀ ଚାରିପଟେ ବାଡ଼ ଦେଲେ ଭଲ। ",
            "ଛଅ ମାସ ପରେ ମାଛ ଧରିହେବ। ",
            "ଆପଣ ଚୂନ ବି ନେବେ କି? ",
            "ଚୂନ ପାଣିକୁ ସଫା ରଖେ। ",
            "ଭଲ ଅମଳ ହେଉ!",
        ],
    ),
    (
        "ରଥଯାତ୍ରା ପାଇଁ ଆପଣଙ୍କ ପରିବାରର ଟ୍ରେନ ଟିକେଟ କନଫର୍ମ ହୋଇଗଲା। ଟ୍ରେନ ଗୁରୁବାର ରାତି ଦଶଟାରେ ଛାଡ଼ିବ। ସମସ୍ତଙ୍କ ବର୍ଥ ଗୋଟିଏ ଡବାରେ ଅଛି। ଷ୍ଟେସନରେ ବହୁତ ଭିଡ଼ ହେବ, ତେଣୁ ଶୀଘ୍ର ପହଞ୍ଚନ୍ତୁ। ପିଲାମାନଙ୍କ ହାତ ଧରି ରଖନ୍ତୁ। ରହିବା ପାଇଁ ଧର୍ମଶାଳାରେ ଦୁଇଟି ଘର ବୁକ ହୋଇଛି। ସାଙ୍ଗରେ ପାଣି ବୋତଲ ଓ ଛତା ନିଅନ୍ତୁ। ଫେରିବା ଟିକେଟ ବି କାଟିଦେବୁ କି? ଏବେ ସିଟ ଖାଲି ଅଛି। ଆପଣଙ୍କ ଯାତ୍ରା ଶୁଭ ହେଉ!",
        [
            "ରଥଯାତ୍ରା ପାଇଁ ଆପଣଙ୍କ ପରିବାରର ଟ୍ରେନ ଟିକେଟ କନଫର୍ମ ହୋଇଗଲା। ",
            "ଟ୍ରେନ ଗୁରୁବାର ରାତି ଦଶଟାରେ ଛାଡ଼ିବ। ",
            "ସମସ୍ତଙ୍କ ବର୍ଥ ଗୋଟିଏ ଡବାରେ ଅଛି। ",
            "ଷ୍ଟେସନରେ ବହୁତ ଭିଡ଼ ହେବ, ତେଣୁ ଶୀଘ୍ର ପହଞ୍ଚନ୍ତୁ। ",
            "ପିଲାମାନଙ୍କ ହାତ ଧରି ରଖନ୍ତୁ। ",
            "ରହିବା ପାଇଁ ଧର୍ମଶାଳାରେ ଦୁଇଟି ଘର ବୁକ ହୋଇଛି। ",
            "ସାଙ୍ଗରେ ପାଣି ବୋତଲ ଓ ଛତା ନିଅନ୍ତୁ। ",
            "ଫେରିବା ଟିକେଟ ବି କାଟିଦେବୁ କି? ",
            "ଏବେ ସିଟ ଖାଲି ଅଛି। ",
            "ଆପଣଙ୍କ ଯାତ୍ରା ଶୁଭ ହେଉ!",
        ],
    ),
    (
        "আপোনালোকৰ বাবে নদী পাৰ হোৱা ফেৰীৰ টিকট কটা হ'ল। ফেৰী পুৱা আঠ বজাত ঘাটৰ পৰা এৰিব। আধা ঘণ্টা আগতে ঘাটত উপস্থিত থাকিব। গাড়ীখনো ফেৰীত তুলিব পাৰিব। নদী পাৰ হ'বলৈ প্ৰায় দুঘণ্টা লাগে। ফেৰীত চাহ আৰু জলপান পোৱা যায়। ল'ৰা-ছোৱালীক ৰেলিঙৰ ওচৰলৈ যাব নিদিব। উভতি অহাৰ টিকটো কাটি থ'ম নেকি? বৰষুণ হ'লে ফেৰীৰ সময় সলনি হ'ব পাৰে। আপোনালোকৰ যাত্ৰা শুভ হওক!",
        [
            "আপোনালোকৰ বাবে নদী পাৰ হোৱা ফেৰীৰ টিকট কটা হ'ল। ",
            "ফেৰী পুৱা আঠ বজাত ঘাটৰ পৰা এৰিব। ",
            "আধা ঘণ্টা আগতে ঘাটত উপস্থিত থাকিব। ",
            "গাড়ীখনো ফেৰীত তুলিব পাৰিব। ",
            "নদী পাৰ হ'বলৈ প্ৰায় দুঘণ্টা লাগে। ",
            "ফেৰীত চাহ আৰু জলপান পোৱা যায়। ",
            "ল'ৰা-ছোৱালীক ৰেলিঙৰ ওচৰলৈ যাব নিদিব। ",
            "উভতি অহাৰ টিকটো কাটি থ'ম নেকি? ",
            "বৰষুণ হ'লে ফেৰীৰ সময় সলনি হ'ব পাৰে। ",
            "আপোনালোকৰ যাত্ৰা শুভ হওক!",
        ],
    ),
    (
        "ভ্ৰাম্যমাণ চিকিৎসা গাড়ীখন বৃহস্পতিবাৰে আপোনাৰ গাঁৱলৈ আহিব। গাড়ীত এজন চিকিৎসক আৰু দুজন নাৰ্চ থাকিব। তেজৰ চাপ আৰু চেনিৰ পৰীক্ষা বিনামূলীয়াকৈ কৰা হ'ব। গৰ্ভৱতী মহিলাসকলৰ বাবে বিশেষ পৰীক্ষা থাকিব। পুৰণি চিকিৎসাৰ কাগজ-পত্ৰ লগত আনিব। গাড়ীখন নামঘৰৰ সন্মুখত ৰখোৱা হ'ব। চিকিৎসা পুৱা দহ বজাৰ পৰা আবেলি তিনি বজালৈ চলিব। ঘৰৰ বয়স্কসকলকো লগত আনিব পাৰিবনে? দৰকাৰী ঔষধ গাড়ীৰ পৰাই দিয়া হ'ব। সকলোৰে সুস্বাস্থ্য কামনা কৰিলোঁ।",
        [
            "ভ্ৰাম্যমাণ চিকিৎসা গাড়ীখন বৃহস্পতিবাৰে আপোনাৰ গাঁৱলৈ আহিব। ",
            "গাড়ীত এজন চিকিৎসক আৰু দুজন নাৰ্চ থাকিব। ",
            "তেজৰ চাপ আৰু চেনিৰ পৰীক্ষা বিনামূলীয়াকৈ কৰা হ'ব। ",
            "গৰ্ভৱতী মহিলাসকলৰ বাবে বিশেষ পৰীক্ষা থাকিব। ",
            "পুৰণি চিকিৎসাৰ কাগজ-পত্ৰ লগত আনিব। ",
            "গাড়ীখন নামঘৰৰ সন্মুখত ৰখোৱা হ'ব। ",
            "চিকিৎসা পুৱা দহ বজাৰ পৰা আবেলি তিনি বজালৈ চলিব। ",
            "ঘৰৰ বয়স্কসকলকো লগত আনিব পাৰিবনে? ",
            "দৰকাৰী ঔষধ গাড়ীৰ পৰাই দিয়া হ'ব। ",
            "সকলোৰে সুস্বাস্থ্য কামনা কৰিলোঁ।",
        ],
    ),
    (
        "آپ کے مقدمے کی اگلی سماعت جمعرات کو ہوگی۔ سماعت صبح گیارہ بجے عدالت کے تیسرے کمرے میں شروع ہوگی۔ آپ کے وکیل صاحب تیس منٹ پہلے وہاں پہنچ جائیں گے۔ اصل کاغذات اور ان کی دو نقلیں ساتھ لائیں۔ عدالت کے اندر موبائل فون بند رکھیں۔ جج صاحب کے سامنے صرف پوچھے گئے سوال کا جواب دیں۔ گواہ کو بھی اسی دن حاضر ہونا ہے۔ کیا آپ کو عدالت تک گاڑی کی ضرورت ہوگی؟ ہم آپ کے لیے ٹیکسی کا انتظام کر سکتے ہیں۔ اللہ آپ کو کامیابی دے۔",
        [
            "آپ کے مقدمے کی اگلی سماعت جمعرات کو ہوگی۔ ",
            "سماعت صبح گیارہ بجے عدالت کے تیسرے کمرے میں شروع ہوگی۔ ",
            "آپ کے وکیل صاحب تیس منٹ پہلے وہاں پہنچ جائیں گے۔ ",
            "اصل کاغذات اور ان کی دو نقلیں ساتھ لائیں۔ ",
            "عدالت کے اندر موبائل فون بند رکھیں۔ ",
            "جج صاحب کے سامنے صرف پوچھے گئے سوال کا جواب دیں۔ ",
            "گواہ کو بھی اسی دن حاضر ہونا ہے۔ ",
            "کیا آپ کو عدالت تک گاڑی کی ضرورت ہوگی؟ ",
            "ہم آپ کے لیے ٹیکسی کا انتظام کر سکتے ہیں۔ ",
            "اللہ آپ کو کامیابی دے۔",
        ],
    ),
    (
        "عرس کے موقع پر آپ کے گھر والوں کے ٹرین ٹکٹ پکے ہو گئے ہیں۔ ٹرین منگل کی رات نو بجے روانہ ہوگی۔ آپ سب کی سیٹیں ایک ہی ڈبے میں ہیں۔ سفر تقریباً چودہ گھنٹے کا ہے۔ راستے کے لیے کھانا اور پانی ساتھ رکھ لیں۔ اسٹیشن پر ہمارا آدمی آپ کو مہمان خانے لے جائے گا۔ مہمان خانہ درگاہ سے پیدل کے فاصلے پر ہے۔ کیا واپسی کا ٹکٹ بھی بنوانا ہے؟ اس کے لیے ہمیں آج شام تک بتا دیں۔ آپ کا سفر بخیر ہو!",
        [
            "عرس کے موقع پر آپ کے گھر والوں کے ٹرین ٹکٹ پکے ہو گئے ہیں۔ ",
            "ٹرین منگل کی رات نو بجے روانہ ہوگی۔ ",
            "آپ سب کی سیٹیں ایک ہی ڈبے میں ہیں۔ ",
            "سفر تقریباً چودہ گھنٹے کا ہے۔ ",
            "راستے کے لیے کھانا اور پانی ساتھ رکھ لیں۔ ",
            "اسٹیشن پر ہمارا آدمی آپ کو مہمان خانے لے جائے گا۔ ",
            "مہمان خانہ درگاہ سے پیدل کے فاصلے پر ہے۔ ",
            "کیا واپسی کا ٹکٹ بھی بنوانا ہے؟ ",
            "اس کے لیے ہمیں آج شام تک بتا دیں۔ ",
            "آپ کا سفر بخیر ہو!",
        ],
    ),
    # --- service forms: Insp. before a name mid-sentence, a lower-case stn. ending a sentence before "It", Const. opening a sentence before a name, Insp. inside a question before a name, stn. right before "?", stn. before a lower-case bracketed phrase, Const. before a comma, Insp. right before "!" ---
    (
        "The theft of your bag on the night train is being looked into by Insp. Harpreet Gill, who heads the railway police post at the junction. She has asked for the camera footage kept at the railway police stn. It shows two men stepping off coach four just before the train pulled out. Const. Arjun Patil, who was on duty that night, will record your statement. Will Insp. Gill ring me herself? Yes, once the men in the footage have been traced. Do I have to come to the stn.? Only if you want to identify the bag in person. The stn. (open day and night) is at the far end of platform one. The Const., careful as ever, has already spoken to the coach attendant. Recovered goods are handed back only on a written request to the Insp.! Do keep your ticket and the bill for the bag safe.",
        [
            "The theft of your bag on the night train is being looked into by Insp. Harpreet Gill, who heads the railway police post at the junction. ",
            "She has asked for the camera footage kept at the railway police stn. ",
            "It shows two men stepping off coach four just before the train pulled out. ",
            "Const. Arjun Patil, who was on duty that night, will record your statement. ",
            "Will Insp. Gill ring me herself? ",
            "Yes, once the men in the footage have been traced. ",
            "Do I have to come to the stn.? ",
            "Only if you want to identify the bag in person. ",
            "The stn. (open day and night) is at the far end of platform one. ",
            "The Const., careful as ever, has already spoken to the coach attendant. ",
            "Recovered goods are handed back only on a written request to the Insp.! ",
            "Do keep your ticket and the bill for the bag safe.",
        ],
    ),
    # --- degrees: B.Ed. before a lower-case word, D.El.Ed. ending a sentence before "It", B.Ed. inside a question, D.El.Ed. right before "?", B.Ed. opening a sentence, D.El.Ed. before a lower-case bracketed phrase, B.Ed. before a comma, B.Ed. right before "!" ---
    (
        "Our village school is hiring two teachers, and each must hold a B.Ed. from a recognised college. For the lower classes, we also need someone with a D.El.Ed. It is a two-year diploma meant for teaching young children. Will you consider a B.Ed. trainee who is still awaiting results? Yes, provided the result comes out before the joining date. Does my niece qualify with her D.El.Ed.? She does, for the post with the younger children. B.Ed. holders will teach from the sixth to the eighth standard. A D.El.Ed. (done only through distance learning) is not accepted for this post. A B.Ed., by contrast, may come from any recognised university. Staff who wish to study further get paid leave for a B.Ed.! Send your niece's papers to the school office within two weeks.",
        [
            "Our village school is hiring two teachers, and each must hold a B.Ed. from a recognised college. ",
            "For the lower classes, we also need someone with a D.El.Ed. ",
            "It is a two-year diploma meant for teaching young children. ",
            "Will you consider a B.Ed. trainee who is still awaiting results? ",
            "Yes, provided the result comes out before the joining date. ",
            "Does my niece qualify with her D.El.Ed.? ",
            "She does, for the post with the younger children. ",
            "B.Ed. holders will teach from the sixth to the eighth standard. ",
            "A D.El.Ed. (done only through distance learning) is not accepted for this post. ",
            "A B.Ed., by contrast, may come from any recognised university. ",
            "Staff who wish to study further get paid leave for a B.Ed.! ",
            "Send your niece's papers to the school office within two weeks.",
        ],
    ),
    # --- prescription forms: Cap. before a capitalised drug name mid-sentence, Susp. opening a sentence before a capitalised name, a lower-case tabs. ending a sentence before a question, Susp. inside a question before a lower-case word, Cap. right before "?", tabs. before a lower-case bracketed phrase, Cap. right before "!" ---
    (
        "Our chest physician has seen your father's X-ray and written out his medicines for the chest infection. He is to take Cap. Amoxycillin three times a day for five days. Susp. Sucralfate, two spoons before meals, will settle his stomach. For the fever, he has been given ten paracetamol tabs. Can he take them with his blood pressure medicine? Yes, but keep a gap of one hour between the two. Should the Susp. be kept in the fridge? No, a cool shelf away from sunlight is enough. Can the powder be tipped out of the Cap.? No, each one must be swallowed whole with water. The tabs. (only for fever above a hundred) may be dropped once he feels better. Keep the strip out of the bathroom, where steam can soften each Cap.! Book a review visit for next week.",
        [
            "Our chest physician has seen your father's X-ray and written out his medicines for the chest infection. ",
            "He is to take Cap. Amoxycillin three times a day for five days. ",
            "Susp. Sucralfate, two spoons before meals, will settle his stomach. ",
            "For the fever, he has been given ten paracetamol tabs. ",
            "Can he take them with his blood pressure medicine? ",
            "Yes, but keep a gap of one hour between the two. ",
            "Should the Susp. be kept in the fridge? ",
            "No, a cool shelf away from sunlight is enough. ",
            "Can the powder be tipped out of the Cap.? ",
            "No, each one must be swallowed whole with water. ",
            "The tabs. (only for fever above a hundred) may be dropped once he feels better. ",
            "Keep the strip out of the bathroom, where steam can soften each Cap.! ",
            "Book a review visit for next week.",
        ],
    ),
    # --- address forms: Sec. before a number and Nr. before a capitalised place name inside an address, a lower-case bldg. ending a sentence before "You", bldg. right before "?", bldg. inside a question before a lower-case word, Sec. inside a question before a number, Nr. opening a sentence before a lower-case word, bldg. before a lower-case bracketed phrase, bldg. right before "!" ---
    (
        "The electricity board's new bill payment centre is at Shop 43, Sai Darshan Complex, Sec. 21, Nr. Vashi Depot, in Navi Mumbai. The counter is at street level in the corner bldg. You will see a yellow board above the door. Will the complaint desk move to the new bldg.? No, it stays at the old office for now. Does the bldg. have a ramp for wheelchairs? It does, at the back entrance. Does Sec. 21 have its own bus stop? Yes, just beside the complex gate. Nr. the depot, the road is dug up for a drain, so walk in from the highway side. The bldg. (painted pale green) stands next to a petrol pump. A charging point for phones has been set up in the new bldg.! We hope the new place is easier for you to reach.",
        [
            "The electricity board's new bill payment centre is at Shop 43, Sai Darshan Complex, Sec. 21, Nr. Vashi Depot, in Navi Mumbai. ",
            "The counter is at street level in the corner bldg. ",
            "You will see a yellow board above the door. ",
            "Will the complaint desk move to the new bldg.? ",
            "No, it stays at the old office for now. ",
            "Does the bldg. have a ramp for wheelchairs? ",
            "It does, at the back entrance. ",
            "Does Sec. 21 have its own bus stop? ",
            "Yes, just beside the complex gate. ",
            "Nr. the depot, the road is dug up for a drain, so walk in from the highway side. ",
            "The bldg. (painted pale green) stands next to a petrol pump. ",
            "A charging point for phones has been set up in the new bldg.! ",
            "We hope the new place is easier for you to reach.",
        ],
    ),
    # --- banking forms: Instl. before a lower-case word, Intt. opening a sentence before a lower-case word, a lower-case yr. ending a sentence before "That", Intt. inside a question before a lower-case word, Instl. right before "?", Intt. before a lower-case bracketed phrase, yr. before a comma early in a sentence, Instl. right before "!" ---
    (
        "Your crop loan limit stands renewed for this year's kharif season. The first Instl. is payable after the harvest, in November. Intt. is charged at a lower rate for farmers who repay on time. The government also pays part of your interest every yr. That keeps your cost of borrowing very low. Will the Intt. change if the monsoon fails? No, but the repayment date can be pushed back. How much is each Instl.? About a third of the loan, paid once after each harvest. The Intt. (worked out on the daily balance) is shown in your passbook. Each yr., your limit is reviewed against your land records. Please never miss an Instl.! A missed payment takes away the interest benefit.",
        [
            "Your crop loan limit stands renewed for this year's kharif season. ",
            "The first Instl. is payable after the harvest, in November. ",
            "Intt. is charged at a lower rate for farmers who repay on time. ",
            "The government also pays part of your interest every yr. ",
            "That keeps your cost of borrowing very low. ",
            "Will the Intt. change if the monsoon fails? ",
            "No, but the repayment date can be pushed back. ",
            "How much is each Instl.? ",
            "About a third of the loan, paid once after each harvest. ",
            "The Intt. (worked out on the daily balance) is shown in your passbook. ",
            "Each yr., your limit is reviewed against your land records. ",
            "Please never miss an Instl.! ",
            "A missed payment takes away the interest benefit.",
        ],
    ),
    # --- officialese (courts): Adv. before a name mid-sentence, Asst. after "the" before a capitalised title, the lower-case w.e.f. before a lower-case word, Adv. inside a question before a name, Adv. right before "?", Asst. opening a sentence before a capitalised title, Adv. before a lower-case bracketed phrase, Adv. before a comma, Adv. right before "!" ---
    (
        "Your tenancy case at the rent court will be argued by Adv. Meera Iyer, who has handled such matters for twenty years. The daily hearing list is prepared by the Asst. Registrar of the court. Revised court fees apply w.e.f. the first of April. Will Adv. Iyer need me in court on every date? Only on the day your evidence is recorded. Has the reply to the landlord's notice been filed by the Adv.? Yes, it went in yesterday afternoon. Asst. Registrar Kapoor has fixed the next date for the fourteenth. Any offer to settle should go through the Adv. (not the court clerk) in writing. Every paper you hand in needs a copy for the Adv., the court and yourself. Never sign anything the landlord sends without showing it to the Adv.! We will message you the day before each hearing.",
        [
            "Your tenancy case at the rent court will be argued by Adv. Meera Iyer, who has handled such matters for twenty years. ",
            "The daily hearing list is prepared by the Asst. Registrar of the court. ",
            "Revised court fees apply w.e.f. the first of April. ",
            "Will Adv. Iyer need me in court on every date? ",
            "Only on the day your evidence is recorded. ",
            "Has the reply to the landlord's notice been filed by the Adv.? ",
            "Yes, it went in yesterday afternoon. ",
            "Asst. Registrar Kapoor has fixed the next date for the fourteenth. ",
            "Any offer to settle should go through the Adv. (not the court clerk) in writing. ",
            "Every paper you hand in needs a copy for the Adv., the court and yourself. ",
            "Never sign anything the landlord sends without showing it to the Adv.! ",
            "We will message you the day before each hearing.",
        ],
    ),
    # --- units: qtl. before a lower-case word, a decimal with kg. ending a sentence before "It", a decimal with cm. before a comma, qtl. right before "?", kg. inside a question before a lower-case word, cm. ending a sentence before "Our", qtl. right before "!" ---
    (
        "Your paddy weighed 48 qtl. at the procurement centre today. Each bag held exactly 37.5 kg. It was checked twice on the centre's electronic scale. Last week's rain measured only 3.8 cm., so the grain stayed dry. Will the centre take another 23 qtl.? Yes, if you bring it in within this week. Is a 35 kg. bag also accepted? No, only the standard bags are taken. The stubble left in the field should be cut down to 21 cm. Our tractor can do that for you the same day. This season, our centre has already bought 3,264 qtl.! Thank you for selling through us.",
        [
            "Your paddy weighed 48 qtl. at the procurement centre today. ",
            "Each bag held exactly 37.5 kg. ",
            "It was checked twice on the centre's electronic scale. ",
            "Last week's rain measured only 3.8 cm., so the grain stayed dry. ",
            "Will the centre take another 23 qtl.? ",
            "Yes, if you bring it in within this week. ",
            "Is a 35 kg. bag also accepted? ",
            "No, only the standard bags are taken. ",
            "The stubble left in the field should be cut down to 21 cm. ",
            "Our tractor can do that for you the same day. ",
            "This season, our centre has already bought 3,264 qtl.! ",
            "Thank you for selling through us.",
        ],
    ),
    # --- dotted acronyms: P.N.R. before a lower-case word, R.A.C. ending a sentence before "That", T.T.E. inside a question, R.A.C. right before "?", T.T.E. opening a sentence, P.N.R. before a lower-case bracketed phrase, T.T.E. before a comma, T.T.E. right before "!" ---
    (
        "Your P.N.R. status was checked just now. Both your tickets have moved up to R.A.C. That means the two of you will share a side berth until a full one is free. Will the T.T.E. give us separate berths? Only if a passenger holding a confirmed ticket does not board. Can I still cancel a ticket that is in R.A.C.? Yes, and most of the fare comes back. T.T.E. staff carry an updated chart on a hand-held machine. The P.N.R. (printed at the top of your ticket) is all you need to check online. Once your berth is confirmed by the T.T.E., a text will come on your mobile. Have your voter card or licence ready for the T.T.E.! We wish you a pleasant journey.",
        [
            "Your P.N.R. status was checked just now. ",
            "Both your tickets have moved up to R.A.C. ",
            "That means the two of you will share a side berth until a full one is free. ",
            "Will the T.T.E. give us separate berths? ",
            "Only if a passenger holding a confirmed ticket does not board. ",
            "Can I still cancel a ticket that is in R.A.C.? ",
            "Yes, and most of the fare comes back. ",
            "T.T.E. staff carry an updated chart on a hand-held machine. ",
            "The P.N.R. (printed at the top of your ticket) is all you need to check online. ",
            "Once your berth is confirmed by the T.T.E., a text will come on your mobile. ",
            "Have your voter card or licence ready for the T.T.E.! ",
            "We wish you a pleasant journey.",
        ],
    ),
    # --- short forms of ordinary prose: Dr. before a name mid-sentence, Mr. before a name after a comma, esp. before a lower-case word after a comma, Dr. inside a question before a name, Mr. opening a sentence before a name, esp. inside a question before a lower-case word, Dr. inside a question before a name ---
    (
        "Your knee surgery has been fixed with Dr. Sunil Kamath in our orthopaedic wing. Our patient coordinator, Mr. Rohan Dsouza, will receive you at the admission desk. Please avoid heavy meals, esp. the night before the operation. Will Dr. Kamath explain the surgery to me first? Yes, he sees every patient a day before surgery. Mr. Dsouza will also help you with the insurance papers. Are visitors allowed in the ward, esp. children? Only two adults at a time, and no children. Is it possible to see Dr. Kamath again before discharge? Yes, he does a round of the ward after breakfast. Bring loose clothes and a pair of slippers with a good grip.",
        [
            "Your knee surgery has been fixed with Dr. Sunil Kamath in our orthopaedic wing. ",
            "Our patient coordinator, Mr. Rohan Dsouza, will receive you at the admission desk. ",
            "Please avoid heavy meals, esp. the night before the operation. ",
            "Will Dr. Kamath explain the surgery to me first? ",
            "Yes, he sees every patient a day before surgery. ",
            "Mr. Dsouza will also help you with the insurance papers. ",
            "Are visitors allowed in the ward, esp. children? ",
            "Only two adults at a time, and no children. ",
            "Is it possible to see Dr. Kamath again before discharge? ",
            "Yes, he does a round of the ward after breakfast. ",
            "Bring loose clothes and a pair of slippers with a good grip.",
        ],
    ),
    # --- amounts: "lakh" before a lower-case word, an amount with "/-" ending a sentence before "That", an amount with paise right before "?", two decimal percentages joined by "to", an amount before a lower-case bracketed phrase, an amount ending a sentence before a capital, a bracketed amount just before a full stop, a dollar amount right before "?", a decimal percentage right before "!" ---
    (
        "Your family health cover has been raised to ₹75 lakh from this month. The yearly premium is ₹23,418/-. That includes the new top-up for your parents. Is the share for your parents alone ₹9,362.40? Yes, and it can be paid in two halves. A no-claim discount of 7.5% to 12.5% applies, depending on how long you stay with us. Room rent is covered up to ₹6,800 (per day, in a general ward) for each stay. Your last claim was settled for ₹48,260. A small part was left out for the attendant's meals (₹1,150). Does the cover work abroad for treatment costing up to $12,640? No, it covers treatment in this country only. Our claim settlement ratio last year was 97.3%! Renew before the due date to keep all your benefits.",
        [
            "Your family health cover has been raised to ₹75 lakh from this month. ",
            "The yearly premium is ₹23,418/-. ",
            "That includes the new top-up for your parents. ",
            "Is the share for your parents alone ₹9,362.40? ",
            "Yes, and it can be paid in two halves. ",
            "A no-claim discount of 7.5% to 12.5% applies, depending on how long you stay with us. ",
            "Room rent is covered up to ₹6,800 (per day, in a general ward) for each stay. ",
            "Your last claim was settled for ₹48,260. ",
            "A small part was left out for the attendant's meals (₹1,150). ",
            "Does the cover work abroad for treatment costing up to $12,640? ",
            "No, it covers treatment in this country only. ",
            "Our claim settlement ratio last year was 97.3%! ",
            "Renew before the due date to keep all your benefits.",
        ],
    ),
    # --- dates and times: a dotted date before a comma and a colon time before a lower-case word, colon times joined by "and" before a comma, a month form right before "?", a year-first hyphen date ending a sentence before "The", a month form before a day number mid-sentence, a slash date before a lower-case word, a dotted time inside a question before a lower-case word, a month form before a year number and a dotted date right before "!", a hyphen date and a colon time inside a bracket mid-sentence, a dotted time ending a sentence before "Those" ---
    (
        "Your group booking on the winter heritage train is for 18.12.2093, leaving at 21:40 from the main terminus. Boarding opens at 20:50 and closes at 21:25, so reach early. Can the booking move to a later run in Dec.? Yes, the next run is on 2093-12-27. The fare stays the same for that run. Fares rise for runs after Dec. 28 because of the holiday rush. Your coach number will be sent on 11/12/2093 by text message. Will the train reach the hill station by 07.35 the following morning? It usually does, unless there is fog on the plains. Seats for the Mar. 2094 spring run open on 04.01.2094! Dinner with the crew (booked for 2093-12-20 at 19:35) is included in your fare. Please collect your welcome kit from counter six by 18.30. Those arriving later can pick it up on board.",
        [
            "Your group booking on the winter heritage train is for 18.12.2093, leaving at 21:40 from the main terminus. ",
            "Boarding opens at 20:50 and closes at 21:25, so reach early. ",
            "Can the booking move to a later run in Dec.? ",
            "Yes, the next run is on 2093-12-27. ",
            "The fare stays the same for that run. ",
            "Fares rise for runs after Dec. 28 because of the holiday rush. ",
            "Your coach number will be sent on 11/12/2093 by text message. ",
            "Will the train reach the hill station by 07.35 the following morning? ",
            "It usually does, unless there is fog on the plains. ",
            "Seats for the Mar. 2094 spring run open on 04.01.2094! ",
            "Dinner with the crew (booked for 2093-12-20 at 19:35) is included in your fare. ",
            "Please collect your welcome kit from counter six by 18.30. ",
            "Those arriving later can pick it up on board.",
        ],
    ),
    # --- URLs, e-mail and phone numbers: an https:// address with a path ending a sentence before a capital, an http:// address with a path right before "?", a www. address with a query string before a lower-case word, an e-mail before a comma inside a question, an e-mail with a dot in its local part ending a sentence before a capital, a landline with hyphens ending a sentence before a capital, a toll-free number with hyphens right before "?", a "+91" mobile number with inner spaces ending a sentence before "We" ---
    (
        "Your water bill can be viewed and paid at https://paanipatra.in/bill/dekhen. Sign in with the consumer number printed on your last bill. Have you tried the quick-pay page at http://paanipatra.in/jhatpat? It needs no password at all. Leak complaints can be logged at www.paanipatra.in/shikayat?ward=62 from any browser. Did you get a reply from madad@paanipatra.in, or shall we chase it for you? For a new connection, write to naya.nal@paanipatra.in. Our engineer then visits to survey the plot. The ward office landline is 020-2674-3918. Call it between ten and five on weekdays. Did you ring our night helpline on 1800-233-6471? It handles burst pipes until dawn. Photos of a burst pipe can be sent to +91 90110 42786. We will reply with a complaint token.",
        [
            "Your water bill can be viewed and paid at https://paanipatra.in/bill/dekhen. ",
            "Sign in with the consumer number printed on your last bill. ",
            "Have you tried the quick-pay page at http://paanipatra.in/jhatpat? ",
            "It needs no password at all. ",
            "Leak complaints can be logged at www.paanipatra.in/shikayat?ward=62 from any browser. ",
            "Did you get a reply from madad@paanipatra.in, or shall we chase it for you? ",
            "For a new connection, write to naya.nal@paanipatra.in. ",
            "Our engineer then visits to survey the plot. ",
            "The ward office landline is 020-2674-3918. ",
            "Call it between ten and five on weekdays. ",
            "Did you ring our night helpline on 1800-233-6471? ",
            "It handles burst pipes until dawn. ",
            "Photos of a burst pipe can be sent to +91 90110 42786. ",
            "We will reply with a complaint token.",
        ],
    ),
    # --- quotes, brackets and markdown: a "!" inside a closing straight double quote ending a sentence, an em-dash aside mid-sentence, a full stop just after a closing bold "**", a bracketed question as its own chunk, a "!" inside a round bracket mid-sentence, a "?" inside a curly single quote mid-sentence, a quote ending in a comma that opens a sentence, an italic phrase mid-sentence, a full stop just after a closing curly double quote, a square-bracketed statement as its own chunk ---
    (
        'Each group at the hospital\'s heart health walk on Sunday will set off to the cheer of "Walk today, live longer!" Our chief cardiologist — who walks ten thousand steps a day — will lead the first group. Every walker gets a free check-up at the **cardiac camp**. (Will a doctor be walking with us?) Yes, two cardiologists and a team of nurses will walk along. Children (yes, even toddlers in prams!) are welcome to join. Volunteers will shout ‘Who needs water?’ at every corner, so nobody goes thirsty. “Take it slow and steady,” our senior doctor tells every first-timer. Wear *comfortable shoes* and a cap, since the sun climbs fast. Every finisher receives a badge reading “Heart Hero”. [The hospital basement is open for free parking on Sunday.] Do bring a water bottle of your own.',
        [
            'Each group at the hospital\'s heart health walk on Sunday will set off to the cheer of "Walk today, live longer!" ',
            "Our chief cardiologist — who walks ten thousand steps a day — will lead the first group. ",
            "Every walker gets a free check-up at the **cardiac camp**. ",
            "(Will a doctor be walking with us?) ",
            "Yes, two cardiologists and a team of nurses will walk along. ",
            "Children (yes, even toddlers in prams!) are welcome to join. ",
            "Volunteers will shout ‘Who needs water?’ at every corner, so nobody goes thirsty. ",
            "“Take it slow and steady,” our senior doctor tells every first-timer. ",
            "Wear *comfortable shoes* and a cap, since the sun climbs fast. ",
            "Every finisher receives a badge reading “Heart Hero”. ",
            "[The hospital basement is open for free parking on Sunday.] ",
            "Do bring a water bottle of your own.",
        ],
    ),
    # --- ellipses: "?!" (an end); "…" before a capital (an end); "..." before a lower-case word (not an end); "…?" (an end after the "?"); "!?" (an end); "...!" (an end after the "!"); "..." before a capital (an end); "…" before a lower-case word (not an end); "!!" (an end); the reply ends on "…" ---
    (
        "Your train was cancelled at the last minute?! The helpdesk has now admitted the mistake… They say flooding on the line was the reason... and the alert failed to go out. Did you get any text at all about it…? The station screen was still showing it as on time!? Your fare will go back to your card in full...! Hotel costs for the night can also be claimed... Our travel desk has found seats on tomorrow's early train… if that helps. Shall we book those for you? This should never have happened!! We will keep you posted…",
        [
            "Your train was cancelled at the last minute?! ",
            "The helpdesk has now admitted the mistake… ",
            "They say flooding on the line was the reason... and the alert failed to go out. ",
            "Did you get any text at all about it…? ",
            "The station screen was still showing it as on time!? ",
            "Your fare will go back to your card in full...! ",
            "Hotel costs for the night can also be claimed... ",
            "Our travel desk has found seats on tomorrow's early train… if that helps. ",
            "Shall we book those for you? ",
            "This should never have happened!! ",
            "We will keep you posted…",
        ],
    ),
    # --- emoji: one opening the reply, one inside a sentence, one after a sentence's "?", one closing a sentence with no stop, two after a sentence's full stop, one right before "!", one with a presentation selector right before "?", a skin-toned one after a sentence's full stop mid-reply, one after the reply's closing "!" ---
    (
        "🚆 The toy train up the hills will carry your family on Saturday morning! The little train climbs through tea gardens 🍃 and seven tunnels before noon. Has your daughter ridden a steam engine before? 📸 Your guide will be waiting at the station gate 🧳 Carry a light jacket, since it turns cold near the top. 🧣🌄 Hot tea and momos are served at the halfway stop 🍵! Do any of you fear heights 🏔️? Your guide's number is in the ticket message. 👋🏻 The views from the top are worth the early start! 🚂",
        [
            "🚆 The toy train up the hills will carry your family on Saturday morning! ",
            "The little train climbs through tea gardens 🍃 and seven tunnels before noon. ",
            "Has your daughter ridden a steam engine before? 📸 ",
            "Your guide will be waiting at the station gate 🧳 ",
            "Carry a light jacket, since it turns cold near the top. 🧣🌄 ",
            "Hot tea and momos are served at the halfway stop 🍵! ",
            "Do any of you fear heights 🏔️? ",
            "Your guide's number is in the ticket message. 👋🏻 ",
            "The views from the top are worth the early start! 🚂",
        ],
    ),
    # --- one-line list with "➤ " markers after a colon, items ending in ",", ",", ", and" and ".", with three plain sentences before it and four after ---
    (
        "Your son's board exam hall ticket is now ready. The exams begin next Monday at the centre school in your ward. Reporting time is half an hour before each paper. On every exam day, he must carry: ➤ the hall ticket, ➤ two blue pens, ➤ a clear water bottle, and ➤ his school identity card. Calculators and phones are not allowed inside the hall. May parents wait nearby? Only outside the school compound. Results will be declared in about two months.",
        [
            "Your son's board exam hall ticket is now ready. ",
            "The exams begin next Monday at the centre school in your ward. ",
            "Reporting time is half an hour before each paper. ",
            "On every exam day, he must carry: ",
            "➤ the hall ticket, ",
            "➤ two blue pens, ",
            "➤ a clear water bottle, and ",
            "➤ his school identity card. ",
            "Calculators and phones are not allowed inside the hall. ",
            "May parents wait nearby? ",
            "Only outside the school compound. ",
            "Results will be declared in about two months.",
        ],
    ),
    # --- multi-line list with "• " markers after a heading line ending in a colon, items ending with "?", no mark, "!" and ".", after a sentence ending at its newline and before four plain sentences ---
    (
        "Monsoon is here, and our linemen are checking every pole in your area.\nStay safe during storms:\n• Is your meter box dry and shut?\n• No wet hands near switches\n• Keep away from fallen wires!\n• Switch off the mains if water enters the house.\nPower may be cut for short spells during heavy rain. Never try to repair a line yourself. Is a pole near your house leaning? Report it to our control room at once.",
        [
            "Monsoon is here, and our linemen are checking every pole in your area.\n",
            "Stay safe during storms:\n",
            "• Is your meter box dry and shut?\n",
            "• No wet hands near switches\n",
            "• Keep away from fallen wires!\n",
            "• Switch off the mains if water enters the house.\n",
            "Power may be cut for short spells during heavy rain. ",
            "Never try to repair a line yourself. ",
            "Is a pole near your house leaning? ",
            "Report it to our control room at once.",
        ],
    ),
    # --- mixed scripts: Hindi holding बी.एड. before a word, English, बी.एड. opening a Hindi sentence, an English question, Marathi at ".", a Hindi question holding बी.एड. before a word, an English "!" ---
    (
        "आपकी बेटी ने बी.एड. की पढ़ाई पूरी कर ली, यह जानकर ख़ुशी हुई। Our coaching centre needs a science tutor for the evening batches. बी.एड. वाले उम्मीदवारों को पहले महीने प्रशिक्षण दिया जाएगा। Can she teach both physics and chemistry? वर्ग संध्याकाळी पाच ते आठ या वेळेत चालतात. The centre is a short walk from the market square. क्या वह बी.एड. की मार्कशीट की नकल भेज सकती है? कृपया उसका फ़ोन नंबर भी साथ भेजिए। Do ask her to visit us soon!",
        [
            "आपकी बेटी ने बी.एड. की पढ़ाई पूरी कर ली, यह जानकर ख़ुशी हुई। ",
            "Our coaching centre needs a science tutor for the evening batches. ",
            "बी.एड. वाले उम्मीदवारों को पहले महीने प्रशिक्षण दिया जाएगा। ",
            "Can she teach both physics and chemistry? ",
            "वर्ग संध्याकाळी पाच ते आठ या वेळेत चालतात. ",
            "The centre is a short walk from the market square. ",
            "क्या वह बी.एड. की मार्कशीट की नकल भेज सकती है? ",
            "कृपया उसका फ़ोन नंबर भी साथ भेजिए। ",
            "Do ask her to visit us soon!",
        ],
    ),
    # --- mixed scripts: Bengali holding এম.এ. before a word, English, এম.এ. opening a Bengali sentence, Assamese at । and an Assamese question, a Bengali question holding এম.এ. before a word, an English "!" ---
    (
        "আপনার ভাই এম.এ. পাশ করেছেন শুনে খুব ভালো লাগল। Our district court needs a translator for Bengali and English papers. এম.এ. পাশ প্রার্থীদের একটি ছোট লিখিত পরীক্ষা দিতে হবে। The work is mostly from nine to five on court days. অসমীয়া জনা লোককো আমি অগ্ৰাধিকাৰ দিওঁ। তেওঁ অসমীয়া পঢ়িব পাৰেনে? উনি কি এম.এ. মার্কশিটের একটা কপি পাঠাতে পারবেন? The post is on contract for one year at first. We hope he applies!",
        [
            "আপনার ভাই এম.এ. পাশ করেছেন শুনে খুব ভালো লাগল। ",
            "Our district court needs a translator for Bengali and English papers. ",
            "এম.এ. পাশ প্রার্থীদের একটি ছোট লিখিত পরীক্ষা দিতে হবে। ",
            "The work is mostly from nine to five on court days. ",
            "অসমীয়া জনা লোককো আমি অগ্ৰাধিকাৰ দিওঁ। ",
            "তেওঁ অসমীয়া পঢ়িব পাৰেনে? ",
            "উনি কি এম.এ. মার্কশিটের একটা কপি পাঠাতে পারবেন? ",
            "The post is on contract for one year at first. ",
            "We hope he applies!",
        ],
    ),
    # --- mixed scripts: Punjabi holding ਐਮ.ਏ. before a word, English, a Punjabi question opening with ਐਮ.ਏ., Urdu at ۔ and ؟, Gujarati at ".", English ---
    (
        "ਤੁਹਾਡੀ ਭੈਣ ਨੇ ਐਮ.ਏ. ਪੰਜਾਬੀ ਵਿੱਚ ਪਹਿਲਾ ਦਰਜਾ ਲਿਆ ਹੈ, ਬਹੁਤ ਵਧਾਈ। Our college needs a guest lecturer this term. ਐਮ.ਏ. ਤੋਂ ਬਾਅਦ ਕੀ ਉਸ ਨੇ ਕੋਈ ਯੋਗਤਾ ਪ੍ਰੀਖਿਆ ਦਿੱਤੀ ਹੈ? The classes would be three mornings a week. کالج میں اردو کے طلبہ بھی پڑھتے ہیں۔ کیا وہ اردو رسم الخط پڑھ لیتی ہیں؟ અમારી કોલેજમાં ગુજરાતી વિદ્યાર્થીઓ પણ છે. The interview panel sits early in the coming month. Please ask her to call our office.",
        [
            "ਤੁਹਾਡੀ ਭੈਣ ਨੇ ਐਮ.ਏ. ਪੰਜਾਬੀ ਵਿੱਚ ਪਹਿਲਾ ਦਰਜਾ ਲਿਆ ਹੈ, ਬਹੁਤ ਵਧਾਈ। ",
            "Our college needs a guest lecturer this term. ",
            "ਐਮ.ਏ. ਤੋਂ ਬਾਅਦ ਕੀ ਉਸ ਨੇ ਕੋਈ ਯੋਗਤਾ ਪ੍ਰੀਖਿਆ ਦਿੱਤੀ ਹੈ? ",
            "The classes would be three mornings a week. ",
            "کالج میں اردو کے طلبہ بھی پڑھتے ہیں۔ ",
            "کیا وہ اردو رسم الخط پڑھ لیتی ہیں؟ ",
            "અમારી કોલેજમાં ગુજરાતી વિદ્યાર્થીઓ પણ છે. ",
            "The interview panel sits early in the coming month. ",
            "Please ask her to call our office.",
        ],
    ),
    # --- mixed scripts: Telugu holding బి.ఎడ్. before a word and a Telugu question, English, Tamil at "." and a Tamil question, Odia at । and an Odia question, an English "!", Kannada at "." ---
    (
        "మీ అక్కయ్య బి.ఎడ్. పూర్తి చేశారని విన్నాము. ఆమె పిల్లలకు ఆరోగ్య పాఠాలు చెప్పగలరా? Our health mission is training village health teachers this winter. பயிற்சி இரண்டு வாரங்கள் நடைபெறும். அவர் விடுதியில் தங்க விரும்புவாரா? ପ୍ରଶିକ୍ଷଣ ପରେ ସେ ନିଜ ଗାଁରେ କାମ କରିବେ। ସେ ସାଇକେଲ ଚଳାଇ ପାରନ୍ତି କି? A small monthly stipend is paid during the training! ಅರ್ಜಿ ನಮೂನೆ ಪಂಚಾಯಿತಿ ಕಚೇರಿಯಲ್ಲಿ ಸಿಗುತ್ತದೆ. Tell her to apply within three weeks.",
        [
            "మీ అక్కయ్య బి.ఎడ్. పూర్తి చేశారని విన్నాము. ",
            "ఆమె పిల్లలకు ఆరోగ్య పాఠాలు చెప్పగలరా? ",
            "Our health mission is training village health teachers this winter. ",
            "பயிற்சி இரண்டு வாரங்கள் நடைபெறும். ",
            "அவர் விடுதியில் தங்க விரும்புவாரா? ",
            "ପ୍ରଶିକ୍ଷଣ ପରେ ସେ ନିଜ ଗାଁରେ କାମ କରିବେ। ",
            "ସେ ସାଇକେଲ ଚଳାଇ ପାରନ୍ତି କି? ",
            "A small monthly stipend is paid during the training! ",
            "ಅರ್ಜಿ ನಮೂನೆ ಪಂಚಾಯಿತಿ ಕಚೇರಿಯಲ್ಲಿ ಸಿಗುತ್ತದೆ. ",
            "Tell her to apply within three weeks.",
        ],
    ),
    # --- mixed scripts: Malayalam at ".", English, a Gujarati question, Hindi at ।, an English "!", Telugu at ".", Urdu at ۔, English ---
    (
        "വിള ഇൻഷുറൻസ് ചേരാനുള്ള ക്യാമ്പ് നാളെ പഞ്ചായത്ത് ഹാളിൽ നടക്കും. Farmers can enrol for next season on the spot. શું તમારી પાસે જમીનના કાગળોની નકલ છે? बैंक पासबुक और आधार कार्ड की प्रति भी लानी होगी। The premium for farmers with small plots is very low this year! కెమెరాతో పొలం ఫోటో తీసుకుని రండి. کیمپ صبح نو بجے سے شام چار بجے تک چلے گا۔ Tell your neighbours about it too.",
        [
            "വിള ഇൻഷുറൻസ് ചേരാനുള്ള ക്യാമ്പ് നാളെ പഞ്ചായത്ത് ഹാളിൽ നടക്കും. ",
            "Farmers can enrol for next season on the spot. ",
            "શું તમારી પાસે જમીનના કાગળોની નકલ છે? ",
            "बैंक पासबुक और आधार कार्ड की प्रति भी लानी होगी। ",
            "The premium for farmers with small plots is very low this year! ",
            "కెమెరాతో పొలం ఫోటో తీసుకుని రండి. ",
            "کیمپ صبح نو بجے سے شام چار بجے تک چلے گا۔ ",
            "Tell your neighbours about it too.",
        ],
    ),
]
