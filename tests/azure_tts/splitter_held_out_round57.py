"""Held-out cases for the sentence splitter, round 57: written without reading or running it.

Written after reading only /work/main/tests/azure_tts/splitter_held_out_round56.py and
/work/main/tests/azure_tts/splitter_held_out_round55.py (for format and conventions), each opened by
its exact full path. First the scratch folder /tmp/s39/w_s57/ was made with mkdir -p and one wc -l
was run on both paths; then one python3 -c command opened and read each file as text, parsed it with
the ast module and printed its docstring (the tool output cut a middle stretch of that print, but
between the two prints below both docstrings were seen whole). Round 56 was then printed with sed -n
in five line ranges: 1-230, 230-480, 480-800 (piped through cut -c1-400, so the long text lines of
that stretch showed only their first 400 characters, while their chunk lines, which hold the same
sentences, showed whole), 800-1100 (piped through grep -v, which dropped the chunk lines, and cut
-c1-3000, so the case texts and comments of that stretch showed whole) and 1100-1374; so all of
round 56's sentences were read. Round 55 was printed with two sed -n commands: sed -n 1,1004p piped
through grep -v (dropping chunk lines), awk (passing every line), sed -n 1,400p, cut -c1-1500, grep
-n -v and grep -v (dropping bracket-only lines), tail -n +1 and head -300, which showed its
docstring to the third item of its list of exercised variations; and sed -n 330,1004p piped through
grep -E (keeping only the case text lines and section comments) and cut -c1-1200, which showed every
case text and comment whole. Round 55's chunk lists were not displayed (each of its texts was, and
its docstring states its conventions). Neither file was printed with cat. Later, Python scripts in
the scratch folder read the two files as text (open and read) for the overlap, form, name and number
checks below, and parsed their docstrings with ast (to take round 56's conventions paragraphs and to
tell docstring hits from case hits); neither file was imported or run. No splitter source, bench,
tuning file, log, other test file, README or git history was opened, no folder of the project was
listed, no wildcard or glob was used on a project path, git was not used, and no web, code or
document search was made. Nothing was run against the splitter or in the project, and its package
was not imported. In /tmp only the scratch folder /tmp/s39/w_s57/ and this file were touched;
/tmp/s39 itself was not listed. One slip against the letter of these reading rules is known: the
rules name wc, cat, sed -n and Python as the reading tools, and the output of some sed -n commands
(as set out above) was piped through grep, cut, awk, head and tail to shorten it; those tools only
filtered what sed -n printed and opened no file, and no other file was read through them. No other
slip is known. Round 56's conventions paragraphs (with the readings rounds 51 to 56 added) were
taken with Python (ast, from its docstring) into the scratch folder and reused below, with the round
numbers moved on. The cases were drafted as chunk lists in the scratch folder and this file was
assembled from them (so each text is the join of its chunks); checks confirmed that the chunks
concatenate exactly to the text, that every chunk but the last ends in whitespace, that there are 60
cases with 8 to 14 chunks each, and that the module imports by path (importlib, from /tmp/s39/).

Shape: as in round 56, every case is a realistic reply of 8 to 14 sentences (the everyday replies
hold 10 each, the harder ones 8 to 14). Each case is (text, expected chunks), the text given whole;
no stream split is stored here.

No sentence is taken or paraphrased from the two files. A phrase-overlap check searched every
16-character run of every case against both whole files (docstrings included, case-insensitively,
digits mapped to ASCII). Its first pass reworded a fridge reply's "hours. Please keep", " would you
like " (four replies), " this afternoon.", " your complaint about ", " is booked for Saturday at our
", " and a small towel", a Hinglish " diya gaya hai. " and "aayein? Uske liye ", a Hindi "तक
पहुँचेगा. डिब्बे" run, a Marathi "भरले तरी चालतील. तुम्हाला" run and " असल्यास आम्हाला", a Tamil "
வீட்டுக்கு வந்து" run and a "தைத்திருக்கிறோம்." run, a Gujarati "ઓર્ડર તૈયાર છે." run, a Kannada
"ನೀರಿನಿಂದ ತೊಳೆಯಿರಿ." run, a Punjabi "ਤੋਂ ਬਾਅਦ ਦੇ ਦੇਣਾ।" run and " ਵੀ ਚਾਹੁੰਦੇ ਹੋ? ", an Odia "ଅର୍ଡର
ମିଳିଲା।" run and "ମଧ୍ୟ ଦରକାର କି?", " will be led by ", " gate by half past ", " are checked by ", "
your daughter's " (three replies), " three medicines", " has shifted to ", " from the corner", " the
end of the month", "It protects you", " will reach your", " the whole process takes ", " the
certificate", " ask the children ", " is the interest ", " fixed for the full ", ". Photos of the ",
" toll-free line, ", ". Will there be ", " never reached you", " will reach your", " within the
hour", " is confirmed for " (twice), a "। The interview " run, a Tamil "படிக்கத் தெரியுமா?" run, "
will be fitted ", " Thursday morning", " please keep your " and a closing "Congratulations on your
new ..." line (round 56 closes a reply that way). What it still finds are ordinary runs: ". Please
open the", " from next month", " is fixed for the", " washing machine", " within two days" and "ing
certificate ". A within-file run check also reworded repeats of "तारीख़ को खाते में", "चाहेंगे?
हमारे पास", " will hand out the ", " your registered mobile", " has been issued", " has been
approved", " in your account ", " will be handed ", " will be held in the ", " will call you before
", " be back with you", " will reach you ", ". Please pack " and a Punjabi "ੇਗਾ। ਕੀ ਤੁਹਾਨੂੰ" run,
and now finds none. A first sponsor named "Kulkarni" (a surname in round 56) was renamed. Topics
were kept away from those the two files use.

Topics: a fridge's gas refilled, a debit card blocked, new spectacles, a dry-cleaning pick-up, a
cat's rabies shot, an electricity bill corrected, a wedding cake tasting, a yoga membership (8
English); a bathroom leak, a dental appointment, a dining set delivered, a mobile plan (4 Hinglish);
a pension life certificate, three kurtas stitched, a health insurance claim, a Rakhi parcel (4
Hindi, the last written with "." instead of "।"); a Diwali lantern and a well cleaned (Marathi),
hilsa delivered and a dhak troupe for the pujas (Bengali), a Pongal order and school uniforms
(Tamil), avakaya pickle and a housewarming priest (Telugu), kites for Uttarayan and a car-wash plan
(Gujarati), coconut saplings and silver lamps polished (Kannada), a Vishu kani basket and a cow
treated (Malayalam), a Lohri order and a combine harvester (Punjabi), Raja festival pitha and a
solar panel (Odia), a Bohag Bihu order and beehive boxes (Assamese), carpets washed and a Ramzan
iftar plan (Urdu), in round 56's proportions; then a Republic Day parade, a solar firm's staff, a
girl's rash, a tailoring shop's new address, a home loan part payment, a water connection, a washing
machine's cycles, a shop's society N.O.C., a science fair, a gold loan, a music exam, a home
insurance help desk, a cleanliness drive, a missing parcel, a birthday cake, hostel packing, an eye
camp, and five mixed replies (a teacher's post, a proofreader's post, a bank assistant's post, a
cattle health camp and a shop's electricity connection). The Indic-script everyday cases name no
person and no place.

Short forms exercised here, each searched for in both files as a plain substring: Capt., Hav. and
the lower-case regt. (service); B.Tech. and LL.B. (degrees); Oint., Inj. and the lower-case tsp.
(prescriptions); Soc., Rd., Opp. and the lower-case mkt. (addresses); Chq., Txn. and the lower-case
amt. (banking); Dept., Addl. and the lower-case approx. (officialese); mins., ltr. and hrs. (units);
N.O.C. and U.P.I. (dotted acronyms); Prof. and Mrs. (each only before a name) with the lower-case
incl. (only before a lower-case word); the month form Feb. (right before "?" and before a year
number); and the Indic forms બી.એ. (Gujarati), എം.എ. (Malayalam) and ଏମ.କମ୍. (Odia). None of them
occurs in round 56. In round 55 amt., incl. and Feb. occur only in its docstring, among forms it
names as dropped or left unused, and in none of its cases; "Rd." occurs in neither file (only words
ending in "rd." do). The web domain surakshitghar.in, the names Bhosale, Dinesh Rawat, Mupirocin,
Tetanus Toxoid, Lakshmi Niwas, Hanuman Mandir, Dombivli, Anil Deshpande, Kavita Nair, Gokhale and
Bella, the emoji (🎂, 🏎️, 🎀, 🚚, 🍫, 🌟, 🥳, 🙌🏾, 🍰, and the skin-tone modifier 🏾) and the list markers "▸
" and "▪ " occur in neither file; "wa.me" occurs in both docstrings only (as a quoted reading).
Every amount, date, time, phone number and count was searched for as written in both files and none
is there, apart from the bare two-digit counts 15, 24, 28 and 40 (before "mins.", "hrs." and "ltr.",
and in "Shop 28"), which occur there too. No undotted acronym is used, no date is given a weekday,
no single capital letter ends a sentence other than as the last part of a dotted acronym, and no
case holds a zero-width joiner or non-joiner. As in round 56, no case leans on a reading the two
files leave open.

About two thirds of the cases (38 of 60) are everyday replies; the other 22 carry the harder cases a
bot really produces, in round 56's order.

Conventions (those rounds 55 and 56 state, kept): each case is (text, the chunks a careful human
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

Readings added here, each following from the stated ones (no case leans on anything the two files
leave open; a case that would have, such as a short form before a capitalised word that may or may
not open a sentence, "??", a month form with a day number ending a sentence, a colon time ending a
sentence at a full stop, a web address with a query string right before "?", a phone number right
before "!", "Rs." as an amount-word, a joined emoji closing a sentence with no stop, a dotted Indic
form right before "?" or a comma, a "?" inside a bold phrase, an underscore italic, a numbered or
lettered list or a heading line in markdown, was left out): a lower-case short form ending a
sentence before "He", "You", "That", "It" or "Your" ("artillery regt. He", "fish mkt. You", "full
amt. That", "28 mins. It", "forty metres approx. Your") ends the chunk, as one before any pronoun or
capitalised word does; a capitalised short form after "The" or "the" and before a capitalised title
("The Addl. Commissioner must") is not an end, as a short form before a name is not; "approx."
before a number ("approx. three weeks") is not an end; a mixed-case dotted degree ("an LL.B. She",
"her LL.B.? In", "An LL.B., on") behaves as any dotted degree does; a short form opening a sentence
before a lower-case word ("Opp. the temple, there", "Txn. details have") stays with it; a decimal
percentage right before "?" ("11.25%? Yes") ends the chunk after the "?"; a rupee amount with paise
ending a sentence before a capital ("₹1,199.50. It") ends the chunk after the final full stop, as a
dollar amount with cents does; an amount inside a bracket before a comma mid-sentence ("(₹350, paid
in cash) has") is neither cut nor an end; two amounts joined by an en dash right before "?"
("₹500–₹750? Closer") end the chunk after the "?"; "crore" before a lower-case word ("₹12 crore
against") is not an end, as "lakh" is not; a dotted date before a lower-case word ("14.02.2098 at")
and a slash date before a lower-case word ("02/02/2098 for") are neither cut nor an end; a dotted
time inside a question before a lower-case word ("at 18.15 on") is not an end; a colon time inside a
bracket mid-sentence ("(on 2098-04-05 at 11:30) will") is neither cut nor an end; a dotted time
ending a sentence before a capital ("by 09.45. Late") ends the chunk after the full stop; an
https:// address with a path ending a sentence before a capital ("/policy/patra. Log") ends the
chunk after the full stop, as an http:// one does; a www. address with a query string before a
lower-case word is neither cut nor an end; a landline with hyphens right before "?" ("022-4876-3210?
Yes") ends the chunk after the "?"; a wa.me link before a lower-case word is neither cut nor an end;
a toll-free number between commas mid-sentence ("helpline, 1800-209-4432, works") is not an end; a
bare address with a path ending a sentence before a capital ("surakshitghar.in/form. Your") ends the
chunk after the full stop; a "!" inside a closing curly double quote ending a sentence (“Saaf gali,
sukhi gali!” The) ends the chunk after the quote; a "?" inside a straight double quote mid-sentence
("Where do I start?" will) is not an end; a full stop just after a closing curly double quote (“Our
Street, Our Pride”. [) ends the chunk after that full stop; a square-bracketed statement is its own
chunk, as a round-bracketed one is; "!?" after an earlier "?!" in the same reply ends a sentence as
it would alone; the reply may end on "..."; an emoji with a presentation selector inside a sentence
("top 🏎️ and") does not end it; a skin-toned emoji after a full stop mid-reply ("thank you. 🙌🏾
Have") stays with that sentence; "▸ " markers behave as the files' one-line list markers do.

Exercised here (new variations):
1. "by Capt. Nikhil Bhosale, who" mid-sentence is not an end; a lower-case "artillery regt. He" ends
   the chunk; "Hav. Dinesh Rawat, our" opening a sentence stays with it; "Will Capt. Bhosale give"
   inside a question is not an end; "his old regt.? No" ends after the "?"; "The regt. (through its
   veterans' cell) has" is not an end; "Our Hav., proud" is not one; "the Capt.! Please" ends after
   the "!".
2. "a B.Tech. in" is not an end; "an LL.B. She" ends the chunk; "a B.Tech. student" inside a
   question is not an end; "her LL.B.? In" ends after the "?"; "B.Tech. graduates" opening a
   sentence stays with it; "An LL.B., on" is not an end; "his B.Tech.? Then" ends after the "?";
   "her LL.B.! Send" ends after the "!".
3. "Apply Oint. Mupirocin twice" is not an end; "Inj. Tetanus Toxoid was" opening a sentence stays
   with it; a lower-case "one tsp. Should" ends the chunk before a question; "the Oint. go" inside a
   question is not an end; "another Inj.? Not" ends after the "?"; "each tsp. with" is not an end;
   "the Oint. (it melts in heat) in" is not an end; "tube of Oint.! Come" ends after the "!".
4. "Shop 28, Lakshmi Niwas Soc., Station Rd., Opp. Hanuman Mandir, in" holds no end (that sentence
   ends at its own full stop); a lower-case "old fish mkt. You" ends the chunk; "the Soc.? Yes" ends
   after the "?"; "Does Station Rd. get" inside a question is not an end; "Opp. the temple, there"
   opening a sentence stays with it; "The mkt. (shut on Mondays) is" is not an end; "Station Rd.
   will" is not one; "Lakshmi Niwas Soc.! We" ends after the "!".
5. "by Chq. from" is not an end; "Txn. details" opening a sentence stays with it; a lower-case "full
   amt. That" ends the chunk; "the Chq. take" inside a question is not an end; "the Txn.? In" and
   "the amt.? None" end after the "?"; "Chq. payments" opening a sentence stays with it; "The amt.,
   once" is not an end; "every Chq.! That" ends after the "!".
6. "Water Supply Dept. It" ends the chunk; "The Addl. Commissioner must" is not an end; "approx.
   three weeks" is not one; "the Dept. open" inside a question is not an end; "the Addl. officer"
   inside a question is not one; a lower-case "forty metres approx. Your" ends the chunk; "Dept.
   staff" opening a sentence stays with it; "the Dept.! Keep" ends after the "!".
7. "78 mins. at" is not an end; "28 mins. It" ends the chunk; a decimal "13.5 ltr., half" is not an
   end; "40 ltr.? Easily" ends after the "?"; "15 mins. without" inside a question is not an end;
   "24 hrs. Our" ends the chunk; a decimal "2.5 hrs.! Run" ends after the "!".
8. "N.O.C. for" is not an end; "by U.P.I. The" ends the chunk; "the N.O.C. need" inside a question
   is not an end; "by U.P.I.? Yes" ends after the "?"; "U.P.I. receipts" opening a sentence stays
   with it; "The N.O.C. (valid for six months) must" is not an end; "by U.P.I., the" is not one;
   "the N.O.C.! Keep" ends after the "!".
9. "by Prof. Anil Deshpande from" mid-sentence is not an end; "principal, Mrs. Kavita Nair, will" is
   not one; "entries, incl. the working models" is not an end; "Will Prof. Deshpande question"
   inside a question is not an end; "Mrs. Nair has" opening a sentence stays with it; "entries,
   incl. group projects?" inside a question is not an end; "speak to Mrs. Nair after" inside a
   question is not an end.
10. An amount before a lower-case word ("₹1,28,000 is"), a decimal percentage right before "?"
    ("11.25%? Yes"), an amount with paise ending a sentence ("₹1,199.50. It"), an amount in a
    bracket before a comma ("(₹350, paid in cash) has"), "lakh" inside a question before a
    lower-case word ("₹1.5 lakh if"), an amount with "/-" before a lower-case word ("₹38,000/- to"),
    two amounts joined by an en dash right before "?" ("₹500–₹750? Closer"), "crore" before a
    lower-case word ending at "!" ("₹12 crore against gold this year! Repay"), an amount ending a
    sentence ("₹2,560. Your").
11. A dotted date before a lower-case word ("14.02.2098 at"), colon times before "and" and a comma
    ("10:15 and ends by 13:40, so"), a month form right before "?" ("in Feb.? No"), a year-first
    hyphen date ending a sentence ("2098-01-20. Her"), a slash date before a lower-case word
    ("02/02/2098 for"), a dotted time inside a question ("18.15 on"), a month form before a year
    number and a dotted date right before "!" ("the Feb. 2098 session ... 28.03.2098! The"), a
    hyphen date and a colon time in a bracket mid-sentence ("(on 2098-04-05 at 11:30) will"), a
    dotted time ending a sentence ("09.45. Late").
12. An https:// address with a path ending a sentence before a capital; a www. address with a query
    string before a lower-case word; an e-mail right before "!"; a landline with hyphens right
    before "?"; an e-mail with a dot in its local part inside a bracket mid-sentence; a wa.me link
    before a lower-case word; a toll-free number between commas; a bare address with a path ending a
    sentence before a capital; a "+91" mobile number with inner spaces ending a sentence before
    "He".
13. A "!" inside a closing curly double quote ending a sentence (“Saaf gali, sukhi gali!” The); an
    em-dash aside mid-sentence; a full stop just after a closing curly single quote (‘the great
    sweep’. (); a bracketed statement as its own chunk; a "?" inside a straight double quote
    mid-sentence ("Where do I start?" will); a square bracket mid-sentence; an italic phrase before
    a comma (*Gokhale Caterers*, who); a full stop just after a closing curly double quote (“Our
    Street, Our Pride”. [); a square-bracketed statement as its own chunk.
14. "?!" ends the first sentence; "..." before "The" ends one; "…" before "but" does not; "...?"
    ends one after the "?"; "!?" ends one; "…!" ends one after the "!"; "…" before "If" ends one;
    "!!" ends one; the reply ends on "...".
15. Emoji: 🎂 opening the reply, 🏎️ (with a presentation selector) inside a sentence, 🎀 after a
    sentence's "?", 🚚 closing a sentence with no stop, 🍫🌟 after a sentence's full stop, 🥳 right
    before "!", 🙌🏾 after a full stop mid-reply, 🍰 after the reply's closing "!".
16. "▸ " markers on a one-line list after a colon (items ending ";", ";", "; and" and "."), with one
    plain sentence before it and four after.
17. "▪ " markers on a multi-line list after a heading line (items ending "?", no mark, "!" and "."),
    after a sentence ending at its own newline and before four plain sentences.
18. Mixed scripts: Gujarati holding બી.એ. before a word, English, બી.એ. opening a Gujarati sentence,
    an English question, Hindi at ।, a Gujarati question holding બી.એ. before a word, an English
    "!"; Malayalam holding എം.എ. before a word, English, എം.എ. opening a Malayalam sentence, Tamil
    at "." and a Tamil question, a Malayalam question holding എം.എ. before a word; Odia holding
    ଏମ.କମ୍. before a word, an Odia question opening with ଏମ.କମ୍., Bengali at ।, Urdu at ۔ and ؟;
    Marathi, Kannada and Punjabi at their own marks with English between; Telugu, Assamese, Hindi
    and Tamil at their own marks with English between.

"""

from __future__ import annotations

HELD_OUT: list[tuple[str, list[str]]] = [
    # --- everyday replies, English ---
    (
        "Your refrigerator's cooling problem was fixed at your home today. The gas had leaked out through a tiny crack in the pipe at the back. Our mechanic brazed the crack shut and refilled the gas. The freezer should be icy cold again within three hours. Please open the door as little as you can until then. Do not put hot food straight into it. The door gasket was loose, so we fixed it with new clips. Is the fridge still making a humming sound at night? A soft hum is normal, but a loud knocking is not. This repair carries a ninety-day warranty.",
        [
            "Your refrigerator's cooling problem was fixed at your home today. ",
            "The gas had leaked out through a tiny crack in the pipe at the back. ",
            "Our mechanic brazed the crack shut and refilled the gas. ",
            "The freezer should be icy cold again within three hours. ",
            "Please open the door as little as you can until then. ",
            "Do not put hot food straight into it. ",
            "The door gasket was loose, so we fixed it with new clips. ",
            "Is the fridge still making a humming sound at night? ",
            "A soft hum is normal, but a loud knocking is not. ",
            "This repair carries a ninety-day warranty.",
        ],
    ),
    (
        "Your debit card was blocked as you asked, a few minutes after your call. No payment can now be made with it, in shops or online. We checked the last ten transactions, and all of them look like yours. A new card will be posted to your home address within a week. It will come in a sealed envelope with our logo on it. Please set a fresh secret code at any of our cash machines once it arrives. Did you lose the card, or do you think it was stolen? If it was stolen, a police complaint will help with any claim. The money in your account is safe. Thank you for telling us so quickly.",
        [
            "Your debit card was blocked as you asked, a few minutes after your call. ",
            "No payment can now be made with it, in shops or online. ",
            "We checked the last ten transactions, and all of them look like yours. ",
            "A new card will be posted to your home address within a week. ",
            "It will come in a sealed envelope with our logo on it. ",
            "Please set a fresh secret code at any of our cash machines once it arrives. ",
            "Did you lose the card, or do you think it was stolen? ",
            "If it was stolen, a police complaint will help with any claim. ",
            "The money in your account is safe. ",
            "Thank you for telling us so quickly.",
        ],
    ),
    (
        "Your new spectacles are ready at our optical counter. The lenses match the power your eye doctor wrote down last week. We added an anti-glare coating, as you wanted for screen work. The frame is a light titanium one, so it will not press on your nose. Wear them for a few hours each day at first. A slight headache in the first two days is common. Clean the lenses only with the soft cloth kept in the case. Shall we make a spare pair of reading glasses too? They cost much less when ordered together. Our counter stays open till eight every night.",
        [
            "Your new spectacles are ready at our optical counter. ",
            "The lenses match the power your eye doctor wrote down last week. ",
            "We added an anti-glare coating, as you wanted for screen work. ",
            "The frame is a light titanium one, so it will not press on your nose. ",
            "Wear them for a few hours each day at first. ",
            "A slight headache in the first two days is common. ",
            "Clean the lenses only with the soft cloth kept in the case. ",
            "Shall we make a spare pair of reading glasses too? ",
            "They cost much less when ordered together. ",
            "Our counter stays open till eight every night.",
        ],
    ),
    (
        "Your dry-cleaning order of six items was picked up from your door. It includes two suits, a silk saree, a blanket and two woollen sweaters. Our team noticed a small ink stain on the grey jacket. We will try our best, though old ink may not come out fully. The silk saree will be hand-washed and rolled, not folded. Everything should be back with you by Thursday evening. The bill will be shared on your phone once the items are packed. Do you need the trousers pressed with sharp creases? Just reply with a yes and we will note it. Thanks for choosing us once again.",
        [
            "Your dry-cleaning order of six items was picked up from your door. ",
            "It includes two suits, a silk saree, a blanket and two woollen sweaters. ",
            "Our team noticed a small ink stain on the grey jacket. ",
            "We will try our best, though old ink may not come out fully. ",
            "The silk saree will be hand-washed and rolled, not folded. ",
            "Everything should be back with you by Thursday evening. ",
            "The bill will be shared on your phone once the items are packed. ",
            "Do you need the trousers pressed with sharp creases? ",
            "Just reply with a yes and we will note it. ",
            "Thanks for choosing us once again.",
        ],
    ),
    (
        "Your cat Bella got her yearly rabies shot at our pet clinic today. She was calm through the whole visit and even purred for the nurse. Her weight is just right for her age. She may sleep more than usual for a day. A small lump where the needle went in will fade in a few days. Keep her indoors tonight and give her fresh water. If she vomits or stops eating, call the clinic at once. Has she been given a deworming dose in the last three months? If not, we can send the medicine with our delivery boy. Her next booster is due this time next year.",
        [
            "Your cat Bella got her yearly rabies shot at our pet clinic today. ",
            "She was calm through the whole visit and even purred for the nurse. ",
            "Her weight is just right for her age. ",
            "She may sleep more than usual for a day. ",
            "A small lump where the needle went in will fade in a few days. ",
            "Keep her indoors tonight and give her fresh water. ",
            "If she vomits or stops eating, call the clinic at once. ",
            "Has she been given a deworming dose in the last three months? ",
            "If not, we can send the medicine with our delivery boy. ",
            "Her next booster is due this time next year.",
        ],
    ),
    (
        "We have gone through this month's electricity bill that you disputed. The meter reader had typed one extra digit while entering the reading. A corrected bill has been issued, and it is much lower. You can pay it any time before the new due date. The late fee shown on the old bill has been removed. Please ignore any reminder message about the old amount. From next month, a photo of every meter will be taken during readings. Was your meter reading ever wrong in the past? Tell us, and we will check those bills as well. We regret the trouble this caused you.",
        [
            "We have gone through this month's electricity bill that you disputed. ",
            "The meter reader had typed one extra digit while entering the reading. ",
            "A corrected bill has been issued, and it is much lower. ",
            "You can pay it any time before the new due date. ",
            "The late fee shown on the old bill has been removed. ",
            "Please ignore any reminder message about the old amount. ",
            "From next month, a photo of every meter will be taken during readings. ",
            "Was your meter reading ever wrong in the past? ",
            "Tell us, and we will check those bills as well. ",
            "We regret the trouble this caused you.",
        ],
    ),
    (
        "Your wedding cake tasting is fixed for this Saturday, here at the bakery. Our chef will bring out five small slices for you to try. The flavours are pineapple, black forest, red velvet, butterscotch and chocolate truffle. You can also ask for an eggless version of any of them. The tasting takes about half an hour. Bring any photos of cake designs you like. We can make a cake of up to five tiers. How many guests are you expecting at the reception? That will help the chef suggest the right size. The tasting is free for couples who book with us.",
        [
            "Your wedding cake tasting is fixed for this Saturday, here at the bakery. ",
            "Our chef will bring out five small slices for you to try. ",
            "The flavours are pineapple, black forest, red velvet, butterscotch and chocolate truffle. ",
            "You can also ask for an eggless version of any of them. ",
            "The tasting takes about half an hour. ",
            "Bring any photos of cake designs you like. ",
            "We can make a cake of up to five tiers. ",
            "How many guests are you expecting at the reception? ",
            "That will help the chef suggest the right size. ",
            "The tasting is free for couples who book with us.",
        ],
    ),
    (
        "Your yoga membership at our centre is now active. Morning batches run at six and seven, and the evening one at six thirty. You may switch between batches whenever you like. Please bring your own mat and a hand towel. Do not eat a heavy meal for two hours before class. Our teacher will ask about any old injuries on your first day. Gentle poses will be suggested for your back until it feels stronger. Are you keen to join the breathing workshop on Sunday too? It is open to members at no extra cost. See you on the mat!",
        [
            "Your yoga membership at our centre is now active. ",
            "Morning batches run at six and seven, and the evening one at six thirty. ",
            "You may switch between batches whenever you like. ",
            "Please bring your own mat and a hand towel. ",
            "Do not eat a heavy meal for two hours before class. ",
            "Our teacher will ask about any old injuries on your first day. ",
            "Gentle poses will be suggested for your back until it feels stronger. ",
            "Are you keen to join the breathing workshop on Sunday too? ",
            "It is open to members at no extra cost. ",
            "See you on the mat!",
        ],
    ),
    # --- everyday replies, Hinglish ---
    (
        "Aapke bathroom ka leak theek ho gaya hai. Nal ke neeche wala pipe andar se jang kha gaya tha. Humne poora pipe naya lagaya aur joint par seal bhi lagayi. Deewar par jo geela daag tha, woh kuch din mein sookh jaayega. Tab tak us deewar par paint mat karwaiye. Geyser ka pipe bhi dekha, woh bilkul theek hai. Bill ki photo thodi der mein message mein aa jaayegi. Kya kitchen ke sink mein bhi paani dheere nikalta hai? Agar haan, toh hum kal aakar dekh lenge. Hamare kaam par bharosa karne ke liye shukriya.",
        [
            "Aapke bathroom ka leak theek ho gaya hai. ",
            "Nal ke neeche wala pipe andar se jang kha gaya tha. ",
            "Humne poora pipe naya lagaya aur joint par seal bhi lagayi. ",
            "Deewar par jo geela daag tha, woh kuch din mein sookh jaayega. ",
            "Tab tak us deewar par paint mat karwaiye. ",
            "Geyser ka pipe bhi dekha, woh bilkul theek hai. ",
            "Bill ki photo thodi der mein message mein aa jaayegi. ",
            "Kya kitchen ke sink mein bhi paani dheere nikalta hai? ",
            "Agar haan, toh hum kal aakar dekh lenge. ",
            "Hamare kaam par bharosa karne ke liye shukriya.",
        ],
    ),
    (
        "Aapka daant ka appointment kal shaam saadhe paanch baje ka hai. Doctor sahab pehle aapke daant ka X-ray lenge. Uske baad hi root canal ka faisla hoga. Clinic aane se pehle halka khaana kha lijiye. Agar aap koi dawa le rahe hain, toh uski parchi saath laaiye. Dard zyada ho toh aaj raat garam paani mein namak daal kar kulla kijiye. Thanda aur meetha abhi mat khaaiye. Kya aapko kal ka samay theek rahega? Nahi toh parson subah ka slot bhi khaali hai. Jaldi theek ho jaaiye!",
        [
            "Aapka daant ka appointment kal shaam saadhe paanch baje ka hai. ",
            "Doctor sahab pehle aapke daant ka X-ray lenge. ",
            "Uske baad hi root canal ka faisla hoga. ",
            "Clinic aane se pehle halka khaana kha lijiye. ",
            "Agar aap koi dawa le rahe hain, toh uski parchi saath laaiye. ",
            "Dard zyada ho toh aaj raat garam paani mein namak daal kar kulla kijiye. ",
            "Thanda aur meetha abhi mat khaaiye. ",
            "Kya aapko kal ka samay theek rahega? ",
            "Nahi toh parson subah ka slot bhi khaali hai. ",
            "Jaldi theek ho jaaiye!",
        ],
    ),
    (
        "Aapka naya dining table aur chhe kursiyan kal subah deliver hongi. Hamari team das se gyaarah baje ke beech pahunchegi. Table ke pair alag se aayenge aur ghar par hi fit kiye jaayenge. Fitting mein lagbhag aadha ghanta lagega. Kripya lift ki chaabi watchman se pehle hi le lijiye. Kursiyon par plastic cover do din tak rehne dijiye. Polish ki halki si mehek ek hafte mein chali jaayegi. Kya purana table hum apne saath le jaayein? Is kaam ka koi extra charge nahi hai. Naye furniture ki bahut badhai!",
        [
            "Aapka naya dining table aur chhe kursiyan kal subah deliver hongi. ",
            "Hamari team das se gyaarah baje ke beech pahunchegi. ",
            "Table ke pair alag se aayenge aur ghar par hi fit kiye jaayenge. ",
            "Fitting mein lagbhag aadha ghanta lagega. ",
            "Kripya lift ki chaabi watchman se pehle hi le lijiye. ",
            "Kursiyon par plastic cover do din tak rehne dijiye. ",
            "Polish ki halki si mehek ek hafte mein chali jaayegi. ",
            "Kya purana table hum apne saath le jaayein? ",
            "Is kaam ka koi extra charge nahi hai. ",
            "Naye furniture ki bahut badhai!",
        ],
    ),
    (
        "Aapka naya mobile plan aaj raat se chalu ho jaayega. Isme har din do gigabyte data milega. Calling poore mahine ke liye bilkul free hai. Purane plan ka bacha hua balance naye plan mein jud jaayega. Plan ki validity atthaais din ki hai. Khatam hone se teen din pehle aapko yaad dilaya jaayega. Auto-renew chalu karna ho toh app mein ek button dabaiye. Kya aap apni beti ka number bhi isi plan mein jodna chahenge? Family plan mein dono ka kharcha kam ho jaata hai. Koi sawaal ho toh hume kabhi bhi likhiye.",
        [
            "Aapka naya mobile plan aaj raat se chalu ho jaayega. ",
            "Isme har din do gigabyte data milega. ",
            "Calling poore mahine ke liye bilkul free hai. ",
            "Purane plan ka bacha hua balance naye plan mein jud jaayega. ",
            "Plan ki validity atthaais din ki hai. ",
            "Khatam hone se teen din pehle aapko yaad dilaya jaayega. ",
            "Auto-renew chalu karna ho toh app mein ek button dabaiye. ",
            "Kya aap apni beti ka number bhi isi plan mein jodna chahenge? ",
            "Family plan mein dono ka kharcha kam ho jaata hai. ",
            "Koi sawaal ho toh hume kabhi bhi likhiye.",
        ],
    ),
    # --- everyday replies, Hindi ---
    (
        "आपका जीवन प्रमाण पत्र हमें मिल गया है। इसे आपके पेंशन खाते से जोड़ दिया गया है। अगले साल तक आपकी पेंशन बिना रुकावट आती रहेगी। इस महीने की पेंशन पाँच तारीख़ को खाते में आएगी। पिछले महीने की बकाया राशि भी उसी के साथ जमा होगी। किसी अनजान व्यक्ति को अपना खाता नंबर मत बताइए। बैंक कभी फ़ोन पर आपका पासवर्ड नहीं माँगता। क्या आपको घर पर पेंशन लेने की सुविधा चाहिए? अस्सी साल से ऊपर के लोगों के लिए यह सुविधा मुफ़्त है। आपके अच्छे स्वास्थ्य की कामना करते हैं।",
        [
            "आपका जीवन प्रमाण पत्र हमें मिल गया है। ",
            "इसे आपके पेंशन खाते से जोड़ दिया गया है। ",
            "अगले साल तक आपकी पेंशन बिना रुकावट आती रहेगी। ",
            "इस महीने की पेंशन पाँच तारीख़ को खाते में आएगी। ",
            "पिछले महीने की बकाया राशि भी उसी के साथ जमा होगी। ",
            "किसी अनजान व्यक्ति को अपना खाता नंबर मत बताइए। ",
            "बैंक कभी फ़ोन पर आपका पासवर्ड नहीं माँगता। ",
            "क्या आपको घर पर पेंशन लेने की सुविधा चाहिए? ",
            "अस्सी साल से ऊपर के लोगों के लिए यह सुविधा मुफ़्त है। ",
            "आपके अच्छे स्वास्थ्य की कामना करते हैं।",
        ],
    ),
    (
        "आपके तीनों कुर्ते सिलकर तैयार हैं। सफ़ेद कुर्ते पर गले के पास हल्की कढ़ाई की गई है। बाकी दो कुर्तों में दोनों तरफ़ जेब लगाई गई है। बाँह की लंबाई आपके बताए नाप से रखी है। पहली धुलाई ठंडे पानी में अलग से कीजिए। सूती कपड़ा थोड़ा सिकुड़ सकता है। इसीलिए हमने लंबाई में एक इंच ज़्यादा छोड़ा है। क्या आप पायजामे भी सिलवाना चाहेंगे? हमारे पास उसी रंग का कपड़ा बचा है। दुकान शाम सात बजे तक खुली है।",
        [
            "आपके तीनों कुर्ते सिलकर तैयार हैं। ",
            "सफ़ेद कुर्ते पर गले के पास हल्की कढ़ाई की गई है। ",
            "बाकी दो कुर्तों में दोनों तरफ़ जेब लगाई गई है। ",
            "बाँह की लंबाई आपके बताए नाप से रखी है। ",
            "पहली धुलाई ठंडे पानी में अलग से कीजिए। ",
            "सूती कपड़ा थोड़ा सिकुड़ सकता है। ",
            "इसीलिए हमने लंबाई में एक इंच ज़्यादा छोड़ा है। ",
            "क्या आप पायजामे भी सिलवाना चाहेंगे? ",
            "हमारे पास उसी रंग का कपड़ा बचा है। ",
            "दुकान शाम सात बजे तक खुली है।",
        ],
    ),
    (
        "आपके स्वास्थ्य बीमा का दावा मंज़ूर हो गया है। अस्पताल का पूरा बिल बीमा कंपनी सीधे चुकाएगी। सिर्फ़ कमरे के अतिरिक्त किराए का हिस्सा आपको देना होगा। वह रकम अस्पताल के काउंटर पर बताई जाएगी। छुट्टी के समय सभी रिपोर्ट अपने साथ ले जाइए। दवाइयों की रसीदें भी संभालकर रखिए। छुट्टी के बाद की दवाइयों का खर्च भी दावे में जुड़ सकता है। क्या आपको दावे की प्रति ईमेल पर चाहिए? हम उसे आज ही भेज देंगे। आपके पिताजी जल्दी स्वस्थ हों।",
        [
            "आपके स्वास्थ्य बीमा का दावा मंज़ूर हो गया है। ",
            "अस्पताल का पूरा बिल बीमा कंपनी सीधे चुकाएगी। ",
            "सिर्फ़ कमरे के अतिरिक्त किराए का हिस्सा आपको देना होगा। ",
            "वह रकम अस्पताल के काउंटर पर बताई जाएगी। ",
            "छुट्टी के समय सभी रिपोर्ट अपने साथ ले जाइए। ",
            "दवाइयों की रसीदें भी संभालकर रखिए। ",
            "छुट्टी के बाद की दवाइयों का खर्च भी दावे में जुड़ सकता है। ",
            "क्या आपको दावे की प्रति ईमेल पर चाहिए? ",
            "हम उसे आज ही भेज देंगे। ",
            "आपके पिताजी जल्दी स्वस्थ हों।",
        ],
    ),
    (
        "राखी के लिए आपका पार्सल तैयार हो गया है. इसमें दो राखियाँ, रोली, चावल और एक डिब्बा काजू कतली है. पार्सल आपकी बहन के पते पर परसों तक पहुँचेगा. आपका संदेश डिब्बे पर सुंदर अक्षरों में लिखा गया है. मिठाई पाँच दिन तक ताज़ा रहेगी. पार्सल का ट्रैकिंग नंबर आपको संदेश में भेजा गया है. क्या आप साथ में एक छोटा सा तोहफ़ा भी रखना चाहेंगे? दुकान में चाँदी के सिक्के और फूलों के गुलदस्ते भी मिलते हैं. भुगतान पहले ही हो चुका है. रक्षाबंधन की हार्दिक शुभकामनाएँ!",
        [
            "राखी के लिए आपका पार्सल तैयार हो गया है. ",
            "इसमें दो राखियाँ, रोली, चावल और एक डिब्बा काजू कतली है. ",
            "पार्सल आपकी बहन के पते पर परसों तक पहुँचेगा. ",
            "आपका संदेश डिब्बे पर सुंदर अक्षरों में लिखा गया है. ",
            "मिठाई पाँच दिन तक ताज़ा रहेगी. ",
            "पार्सल का ट्रैकिंग नंबर आपको संदेश में भेजा गया है. ",
            "क्या आप साथ में एक छोटा सा तोहफ़ा भी रखना चाहेंगे? ",
            "दुकान में चाँदी के सिक्के और फूलों के गुलदस्ते भी मिलते हैं. ",
            "भुगतान पहले ही हो चुका है. ",
            "रक्षाबंधन की हार्दिक शुभकामनाएँ!",
        ],
    ),
    # --- everyday replies, other Indian languages ---
    (
        "तुमचा दिवाळीसाठीचा आकाशकंदील तयार झाला आहे. तो बांबूच्या काड्या आणि रंगीत कागदापासून बनवला आहे. आत छोटा दिवा लावण्यासाठी जागा ठेवली आहे. कंदील पावसात भिजू देऊ नका. तो खिडकीजवळ किंवा गॅलरीत टांगता येईल. सोबत पणत्यांचा एक संचही दिला आहे. तुम्ही कंदील दुकानातून न्याल का? नाहीतर आम्ही उद्या संध्याकाळी घरी पोहोचवू. पैसे ऑनलाइनही भरू शकता. तुम्हाला दिवाळीच्या हार्दिक शुभेच्छा!",
        [
            "तुमचा दिवाळीसाठीचा आकाशकंदील तयार झाला आहे. ",
            "तो बांबूच्या काड्या आणि रंगीत कागदापासून बनवला आहे. ",
            "आत छोटा दिवा लावण्यासाठी जागा ठेवली आहे. ",
            "कंदील पावसात भिजू देऊ नका. ",
            "तो खिडकीजवळ किंवा गॅलरीत टांगता येईल. ",
            "सोबत पणत्यांचा एक संचही दिला आहे. ",
            "तुम्ही कंदील दुकानातून न्याल का? ",
            "नाहीतर आम्ही उद्या संध्याकाळी घरी पोहोचवू. ",
            "पैसे ऑनलाइनही भरू शकता. ",
            "तुम्हाला दिवाळीच्या हार्दिक शुभेच्छा!",
        ],
    ),
    (
        "तुमच्या विहिरीची साफसफाई आज पूर्ण झाली. तळाशी साचलेला गाळ आणि पाला काढून टाकला आहे. पाण्यात जंतुनाशक पावडर टाकली आहे. उद्या सकाळपर्यंत ते पाणी पिण्यासाठी वापरू नका. विहिरीच्या कठड्याला एक तडा गेला होता. तो सिमेंटने भरून काढला आहे. विहिरीवर जाळीचे झाकण बसवायचे का? त्यामुळे पाने आणि पक्षी आत पडणार नाहीत. पुढील साफसफाई पावसाळ्यानंतर करावी. काही शंका वाटली तर आम्हाला फोन करा.",
        [
            "तुमच्या विहिरीची साफसफाई आज पूर्ण झाली. ",
            "तळाशी साचलेला गाळ आणि पाला काढून टाकला आहे. ",
            "पाण्यात जंतुनाशक पावडर टाकली आहे. ",
            "उद्या सकाळपर्यंत ते पाणी पिण्यासाठी वापरू नका. ",
            "विहिरीच्या कठड्याला एक तडा गेला होता. ",
            "तो सिमेंटने भरून काढला आहे. ",
            "विहिरीवर जाळीचे झाकण बसवायचे का? ",
            "त्यामुळे पाने आणि पक्षी आत पडणार नाहीत. ",
            "पुढील साफसफाई पावसाळ्यानंतर करावी. ",
            "काही शंका वाटली तर आम्हाला फोन करा.",
        ],
    ),
    (
        "আপনার অর্ডার করা দুটো ইলিশ মাছ আজ সকালে ঘাট থেকে আনা হয়েছে। প্রতিটির ওজন প্রায় এক কেজি। মাছগুলো আপনার কথামতো কেটে পরিষ্কার করে দেওয়া হয়েছে। মাথা আর লেজ আলাদা প্যাকেটে রাখা আছে। বরফ দিয়ে প্যাক করা হয়েছে, যাতে তাজা থাকে। দুপুর বারোটার আগেই মাছ আপনার হাতে পৌঁছবে। আজ রান্না না করলে ফ্রিজে রেখে দেবেন। আপনি কি সঙ্গে কিছু চিংড়িও নেবেন? আজ বাজারে খুব ভালো চিংড়ি এসেছে। টাকা অনলাইনে বা নগদে দিতে পারেন।",
        [
            "আপনার অর্ডার করা দুটো ইলিশ মাছ আজ সকালে ঘাট থেকে আনা হয়েছে। ",
            "প্রতিটির ওজন প্রায় এক কেজি। ",
            "মাছগুলো আপনার কথামতো কেটে পরিষ্কার করে দেওয়া হয়েছে। ",
            "মাথা আর লেজ আলাদা প্যাকেটে রাখা আছে। ",
            "বরফ দিয়ে প্যাক করা হয়েছে, যাতে তাজা থাকে। ",
            "দুপুর বারোটার আগেই মাছ আপনার হাতে পৌঁছবে। ",
            "আজ রান্না না করলে ফ্রিজে রেখে দেবেন। ",
            "আপনি কি সঙ্গে কিছু চিংড়িও নেবেন? ",
            "আজ বাজারে খুব ভালো চিংড়ি এসেছে। ",
            "টাকা অনলাইনে বা নগদে দিতে পারেন।",
        ],
    ),
    (
        "পুজোর চার দিনের জন্য আমাদের ঢাকির দল বুক করা হয়েছে। দলে দুজন ঢাকি আর একজন কাঁসি বাজানোর লোক থাকবেন। তাঁরা ষষ্ঠীর সন্ধ্যায় মণ্ডপে পৌঁছবেন। প্রতিদিন সকালে আর সন্ধ্যায় আরতির সময় ঢাক বাজবে। তাঁদের থাকার জন্য একটা ঘরের ব্যবস্থা করতে হবে। দুপুর আর রাতের খাবারও আপনাদের দিতে হবে। অর্ধেক টাকা আগাম দিতে হবে। দশমীর দিন বিসর্জন পর্যন্ত কি তাঁরা থাকবেন? থাকলে সেদিনের জন্য আলাদা টাকা লাগবে। আপনাদের পুজো খুব ভালো কাটুক।",
        [
            "পুজোর চার দিনের জন্য আমাদের ঢাকির দল বুক করা হয়েছে। ",
            "দলে দুজন ঢাকি আর একজন কাঁসি বাজানোর লোক থাকবেন। ",
            "তাঁরা ষষ্ঠীর সন্ধ্যায় মণ্ডপে পৌঁছবেন। ",
            "প্রতিদিন সকালে আর সন্ধ্যায় আরতির সময় ঢাক বাজবে। ",
            "তাঁদের থাকার জন্য একটা ঘরের ব্যবস্থা করতে হবে। ",
            "দুপুর আর রাতের খাবারও আপনাদের দিতে হবে। ",
            "অর্ধেক টাকা আগাম দিতে হবে। ",
            "দশমীর দিন বিসর্জন পর্যন্ত কি তাঁরা থাকবেন? ",
            "থাকলে সেদিনের জন্য আলাদা টাকা লাগবে। ",
            "আপনাদের পুজো খুব ভালো কাটুক।",
        ],
    ),
    (
        "பொங்கலுக்கான உங்கள் கரும்பு மற்றும் மண்பானை ஆர்டர் பதிவாகியுள்ளது. மொத்தம் ஆறு கரும்புகளும் இரண்டு புதிய பானைகளும் வரும். பானைகளுடன் மஞ்சள் கொத்தும் சேர்த்து அனுப்புகிறோம். போகி அன்று மாலைக்குள் எல்லாப் பொருட்களும் வந்துசேரும். பானைகளை முதலில் ஒருமுறை தண்ணீரில் கழுவிக் கொள்ளுங்கள். கரும்புகளை வெயில் படாத இடத்தில் வையுங்கள். பச்சரிசியும் வெல்லமும் கூடுதலாக வேண்டுமா? எங்கள் கடையில் புதிய அறுவடை அரிசி இருக்கிறது. பணத்தை இணையம் வழியாகச் செலுத்தலாம். உங்கள் குடும்பத்துக்கு இனிய பொங்கல் வாழ்த்துகள்!",
        [
            "பொங்கலுக்கான உங்கள் கரும்பு மற்றும் மண்பானை ஆர்டர் பதிவாகியுள்ளது. ",
            "மொத்தம் ஆறு கரும்புகளும் இரண்டு புதிய பானைகளும் வரும். ",
            "பானைகளுடன் மஞ்சள் கொத்தும் சேர்த்து அனுப்புகிறோம். ",
            "போகி அன்று மாலைக்குள் எல்லாப் பொருட்களும் வந்துசேரும். ",
            "பானைகளை முதலில் ஒருமுறை தண்ணீரில் கழுவிக் கொள்ளுங்கள். ",
            "கரும்புகளை வெயில் படாத இடத்தில் வையுங்கள். ",
            "பச்சரிசியும் வெல்லமும் கூடுதலாக வேண்டுமா? ",
            "எங்கள் கடையில் புதிய அறுவடை அரிசி இருக்கிறது. ",
            "பணத்தை இணையம் வழியாகச் செலுத்தலாம். ",
            "உங்கள் குடும்பத்துக்கு இனிய பொங்கல் வாழ்த்துகள்!",
        ],
    ),
    (
        "உங்கள் இரண்டு பிள்ளைகளின் பள்ளிச் சீருடைகள் தைத்து முடிந்தன. ஒவ்வொருவருக்கும் மூன்று சட்டைகளும் இரண்டு கால்சட்டைகளும் உள்ளன. பிள்ளைகள் வளர்வார்கள் என்பதால் சற்று தளர்வாகவே தைத்துள்ளோம். கைகளின் நீளத்தை பின்னர் தேவைப்பட்டால் நீட்டிக்கலாம். முதல் முறை துவைக்கும் போது சாயம் சிறிது போகலாம். ஆகவே வெள்ளைத் துணிகளுடன் சேர்த்துத் துவைக்க வேண்டாம். பெயர் வில்லைகளையும் தைத்துத் தர வேண்டுமா? அதற்குக் கட்டணம் மிகக் குறைவு. சீருடைகளை வெள்ளிக்கிழமை மாலை கடையில் பெற்றுக்கொள்ளலாம். புதிய கல்வியாண்டுக்கு வாழ்த்துகள்!",
        [
            "உங்கள் இரண்டு பிள்ளைகளின் பள்ளிச் சீருடைகள் தைத்து முடிந்தன. ",
            "ஒவ்வொருவருக்கும் மூன்று சட்டைகளும் இரண்டு கால்சட்டைகளும் உள்ளன. ",
            "பிள்ளைகள் வளர்வார்கள் என்பதால் சற்று தளர்வாகவே தைத்துள்ளோம். ",
            "கைகளின் நீளத்தை பின்னர் தேவைப்பட்டால் நீட்டிக்கலாம். ",
            "முதல் முறை துவைக்கும் போது சாயம் சிறிது போகலாம். ",
            "ஆகவே வெள்ளைத் துணிகளுடன் சேர்த்துத் துவைக்க வேண்டாம். ",
            "பெயர் வில்லைகளையும் தைத்துத் தர வேண்டுமா? ",
            "அதற்குக் கட்டணம் மிகக் குறைவு. ",
            "சீருடைகளை வெள்ளிக்கிழமை மாலை கடையில் பெற்றுக்கொள்ளலாம். ",
            "புதிய கல்வியாண்டுக்கு வாழ்த்துகள்!",
        ],
    ),
    (
        "మీరు అడిగిన ఆవకాయ పచ్చడి సిద్ధమైంది. మొత్తం మూడు కిలోల పచ్చడి గాజు సీసాల్లో నింపాము. కొత్త మామిడికాయలు, గానుగ నూనెతో చేశాము. పచ్చడిని ఎప్పుడూ పొడి చెంచాతోనే తీయండి. తడి తగిలితే పచ్చడి త్వరగా పాడవుతుంది. సీసాలను చల్లని, చీకటి చోట ఉంచండి. ఇది ఏడాది పాటు బాగుంటుంది. గోంగూర పచ్చడి కూడా కావాలా? కావాలంటే రేపటిలోగా చెప్పండి. పార్సెల్ ఎల్లుండి మీ ఇంటికి చేరుతుంది.",
        [
            "మీరు అడిగిన ఆవకాయ పచ్చడి సిద్ధమైంది. ",
            "మొత్తం మూడు కిలోల పచ్చడి గాజు సీసాల్లో నింపాము. ",
            "కొత్త మామిడికాయలు, గానుగ నూనెతో చేశాము. ",
            "పచ్చడిని ఎప్పుడూ పొడి చెంచాతోనే తీయండి. ",
            "తడి తగిలితే పచ్చడి త్వరగా పాడవుతుంది. ",
            "సీసాలను చల్లని, చీకటి చోట ఉంచండి. ",
            "ఇది ఏడాది పాటు బాగుంటుంది. ",
            "గోంగూర పచ్చడి కూడా కావాలా? ",
            "కావాలంటే రేపటిలోగా చెప్పండి. ",
            "పార్సెల్ ఎల్లుండి మీ ఇంటికి చేరుతుంది.",
        ],
    ),
    (
        "మీ గృహప్రవేశానికి పూజారి గారిని మాట్లాడాము. ముహూర్తం తెల్లవారుజామున ఐదు గంటలకు ఉంది. పూజారి గారు అరగంట ముందే ఇంటికి వస్తారు. పూజ సామాగ్రి అంతా మేమే తీసుకువస్తాము. పాలు పొంగించడానికి కొత్త పాత్ర మాత్రం మీరు సిద్ధం చేయండి. మామిడి తోరణాలు ముందు రోజు సాయంత్రం కడతాము. అతిథులకు భోజనం కూడా ఏర్పాటు చేయాలా? మా దగ్గర మంచి వంటవాళ్ళు ఉన్నారు. దక్షిణ నేరుగా పూజారి గారికే ఇవ్వండి. మీ కొత్త ఇంట్లో సుఖసంతోషాలు కలగాలి!",
        [
            "మీ గృహప్రవేశానికి పూజారి గారిని మాట్లాడాము. ",
            "ముహూర్తం తెల్లవారుజామున ఐదు గంటలకు ఉంది. ",
            "పూజారి గారు అరగంట ముందే ఇంటికి వస్తారు. ",
            "పూజ సామాగ్రి అంతా మేమే తీసుకువస్తాము. ",
            "పాలు పొంగించడానికి కొత్త పాత్ర మాత్రం మీరు సిద్ధం చేయండి. ",
            "మామిడి తోరణాలు ముందు రోజు సాయంత్రం కడతాము. ",
            "అతిథులకు భోజనం కూడా ఏర్పాటు చేయాలా? ",
            "మా దగ్గర మంచి వంటవాళ్ళు ఉన్నారు. ",
            "దక్షిణ నేరుగా పూజారి గారికే ఇవ్వండి. ",
            "మీ కొత్త ఇంట్లో సుఖసంతోషాలు కలగాలి!",
        ],
    ),
    (
        "ઉત્તરાયણ માટે તમે મંગાવેલા પતંગ અને દોરી તૈયાર છે. કુલ પચાસ પતંગ અને બે ફીરકી પેક કરી છે. દોરી હાથે પાયેલી છે અને ખૂબ મજબૂત છે. બાળકો માટે નાના પતંગ અલગ રાખ્યા છે. ધાબા પર ચડતી વખતે બાળકોનું ધ્યાન રાખજો. આંગળી પર ટેપ લગાવવાથી દોરી વાગશે નહીં. શું તમે ચીકી અને ઊંધિયું પણ મંગાવશો? અમારી દુકાનમાં તાજી તલની ચીકી આવી છે. ઓર્ડર કાલે બપોર સુધીમાં ઘરે પહોંચશે. ઉત્તરાયણની ખૂબ શુભેચ્છા!",
        [
            "ઉત્તરાયણ માટે તમે મંગાવેલા પતંગ અને દોરી તૈયાર છે. ",
            "કુલ પચાસ પતંગ અને બે ફીરકી પેક કરી છે. ",
            "દોરી હાથે પાયેલી છે અને ખૂબ મજબૂત છે. ",
            "બાળકો માટે નાના પતંગ અલગ રાખ્યા છે. ",
            "ધાબા પર ચડતી વખતે બાળકોનું ધ્યાન રાખજો. ",
            "આંગળી પર ટેપ લગાવવાથી દોરી વાગશે નહીં. ",
            "શું તમે ચીકી અને ઊંધિયું પણ મંગાવશો? ",
            "અમારી દુકાનમાં તાજી તલની ચીકી આવી છે. ",
            "ઓર્ડર કાલે બપોર સુધીમાં ઘરે પહોંચશે. ",
            "ઉત્તરાયણની ખૂબ શુભેચ્છા!",
        ],
    ),
    (
        "તમારી કાર ધોવાની માસિક સેવા આજથી શરૂ થઈ ગઈ છે. અમારો માણસ રોજ સવારે સાત વાગ્યે કાર સાફ કરશે. અઠવાડિયામાં એક વાર અંદરથી પણ સફાઈ થશે. રોજની સફાઈ માટે કારની ચાવી આપવાની જરૂર નથી. ફક્ત રવિવારે અંદરની સફાઈ માટે ચાવી જોઈશે. જો કોઈ દિવસ કાર બહાર હોય તો અમને આગલી રાતે જણાવજો. એ દિવસનું કામ પછીથી કરી આપીશું. શું તમારા પાડોશીને પણ આ સેવા જોઈએ છે? બે કાર સાથે લેવાથી ભાવ ઓછો થાય છે. સેવા વિશે કોઈ ફરિયાદ હોય તો જરૂર કહેજો.",
        [
            "તમારી કાર ધોવાની માસિક સેવા આજથી શરૂ થઈ ગઈ છે. ",
            "અમારો માણસ રોજ સવારે સાત વાગ્યે કાર સાફ કરશે. ",
            "અઠવાડિયામાં એક વાર અંદરથી પણ સફાઈ થશે. ",
            "રોજની સફાઈ માટે કારની ચાવી આપવાની જરૂર નથી. ",
            "ફક્ત રવિવારે અંદરની સફાઈ માટે ચાવી જોઈશે. ",
            "જો કોઈ દિવસ કાર બહાર હોય તો અમને આગલી રાતે જણાવજો. ",
            "એ દિવસનું કામ પછીથી કરી આપીશું. ",
            "શું તમારા પાડોશીને પણ આ સેવા જોઈએ છે? ",
            "બે કાર સાથે લેવાથી ભાવ ઓછો થાય છે. ",
            "સેવા વિશે કોઈ ફરિયાદ હોય તો જરૂર કહેજો.",
        ],
    ),
    (
        "ನೀವು ಕೇಳಿದ ಇಪ್ಪತ್ತು ತೆಂಗಿನ ಸಸಿಗಳು ನಾಳೆ ನಿಮ್ಮ ತೋಟಕ್ಕೆ ಬರುತ್ತವೆ. ಎಲ್ಲವೂ ಎಂಟು ತಿಂಗಳ ಆರೋಗ್ಯಕರ ಸಸಿಗಳು. ಪ್ರತಿ ಸಸಿಗೆ ಮೂರು ಅಡಿ ಆಳದ ಗುಂಡಿ ತೋಡಿ ಇಡಿ. ಗುಂಡಿಯಲ್ಲಿ ಸ್ವಲ್ಪ ಕೊಟ್ಟಿಗೆ ಗೊಬ್ಬರ ಹಾಕಿ. ನೆಟ್ಟ ಮೇಲೆ ಮೊದಲ ತಿಂಗಳು ದಿನಾ ನೀರು ಹಾಕಿ. ಬಿಸಿಲು ಜಾಸ್ತಿ ಇದ್ದರೆ ತೆಂಗಿನ ಗರಿಯಿಂದ ನೆರಳು ಮಾಡಿ. ನಮ್ಮ ಕೆಲಸಗಾರರೇ ಸಸಿ ನೆಡಬೇಕೇ? ಅದಕ್ಕೆ ಸ್ವಲ್ಪ ಹೆಚ್ಚು ಖರ್ಚಾಗುತ್ತದೆ. ಹಣವನ್ನು ನಗದಾಗಿ ಅಥವಾ ಫೋನ್ ಮೂಲಕ ಪಾವತಿಸಬಹುದು. ನಿಮ್ಮ ತೋಟ ಸದಾ ಹಸಿರಾಗಿರಲಿ!",
        [
            "ನೀವು ಕೇಳಿದ ಇಪ್ಪತ್ತು ತೆಂಗಿನ ಸಸಿಗಳು ನಾಳೆ ನಿಮ್ಮ ತೋಟಕ್ಕೆ ಬರುತ್ತವೆ. ",
            "ಎಲ್ಲವೂ ಎಂಟು ತಿಂಗಳ ಆರೋಗ್ಯಕರ ಸಸಿಗಳು. ",
            "ಪ್ರತಿ ಸಸಿಗೆ ಮೂರು ಅಡಿ ಆಳದ ಗುಂಡಿ ತೋಡಿ ಇಡಿ. ",
            "ಗುಂಡಿಯಲ್ಲಿ ಸ್ವಲ್ಪ ಕೊಟ್ಟಿಗೆ ಗೊಬ್ಬರ ಹಾಕಿ. ",
            "ನೆಟ್ಟ ಮೇಲೆ ಮೊದಲ ತಿಂಗಳು ದಿನಾ ನೀರು ಹಾಕಿ. ",
            "ಬಿಸಿಲು ಜಾಸ್ತಿ ಇದ್ದರೆ ತೆಂಗಿನ ಗರಿಯಿಂದ ನೆರಳು ಮಾಡಿ. ",
            "ನಮ್ಮ ಕೆಲಸಗಾರರೇ ಸಸಿ ನೆಡಬೇಕೇ? ",
            "ಅದಕ್ಕೆ ಸ್ವಲ್ಪ ಹೆಚ್ಚು ಖರ್ಚಾಗುತ್ತದೆ. ",
            "ಹಣವನ್ನು ನಗದಾಗಿ ಅಥವಾ ಫೋನ್ ಮೂಲಕ ಪಾವತಿಸಬಹುದು. ",
            "ನಿಮ್ಮ ತೋಟ ಸದಾ ಹಸಿರಾಗಿರಲಿ!",
        ],
    ),
    (
        "ನಿಮ್ಮ ಮನೆಯ ಬೆಳ್ಳಿಯ ದೀಪಗಳು ಮತ್ತು ತಟ್ಟೆಗಳನ್ನು ಪಾಲಿಶ್ ಮಾಡಲಾಗಿದೆ. ಒಟ್ಟು ಹನ್ನೆರಡು ವಸ್ತುಗಳು ಈಗ ಹೊಸದರಂತೆ ಹೊಳೆಯುತ್ತಿವೆ. ಒಂದು ದೀಪದ ಕಾಲು ಸಡಿಲವಾಗಿತ್ತು, ಅದನ್ನು ಬೆಸುಗೆ ಹಾಕಿದ್ದೇವೆ. ಬೆಳ್ಳಿಯನ್ನು ತೇವವಿರುವ ಜಾಗದಲ್ಲಿ ಇಡಬೇಡಿ. ಮೃದುವಾದ ಬಟ್ಟೆಯಲ್ಲಿ ಸುತ್ತಿ ಡಬ್ಬದಲ್ಲಿ ಇಡಿ. ಪೂಜೆಯ ನಂತರ ಎಣ್ಣೆಯ ಕಲೆಯನ್ನು ಬೆಚ್ಚಗಿನ ನೀರಿನಲ್ಲಿ ತೊಳೆಯಿರಿ. ಪ್ರತಿ ವಸ್ತುವಿನ ತೂಕವನ್ನು ರಸೀದಿಯಲ್ಲಿ ಬರೆದಿದ್ದೇವೆ. ನೀವು ಅಂಗಡಿಗೆ ಯಾವಾಗ ಬರುತ್ತೀರಿ? ನಮ್ಮ ಅಂಗಡಿ ಭಾನುವಾರವೂ ತೆರೆದಿರುತ್ತದೆ. ನಮ್ಮನ್ನು ನಂಬಿದ್ದಕ್ಕೆ ಧನ್ಯವಾದಗಳು.",
        [
            "ನಿಮ್ಮ ಮನೆಯ ಬೆಳ್ಳಿಯ ದೀಪಗಳು ಮತ್ತು ತಟ್ಟೆಗಳನ್ನು ಪಾಲಿಶ್ ಮಾಡಲಾಗಿದೆ. ",
            "ಒಟ್ಟು ಹನ್ನೆರಡು ವಸ್ತುಗಳು ಈಗ ಹೊಸದರಂತೆ ಹೊಳೆಯುತ್ತಿವೆ. ",
            "ಒಂದು ದೀಪದ ಕಾಲು ಸಡಿಲವಾಗಿತ್ತು, ಅದನ್ನು ಬೆಸುಗೆ ಹಾಕಿದ್ದೇವೆ. ",
            "ಬೆಳ್ಳಿಯನ್ನು ತೇವವಿರುವ ಜಾಗದಲ್ಲಿ ಇಡಬೇಡಿ. ",
            "ಮೃದುವಾದ ಬಟ್ಟೆಯಲ್ಲಿ ಸುತ್ತಿ ಡಬ್ಬದಲ್ಲಿ ಇಡಿ. ",
            "ಪೂಜೆಯ ನಂತರ ಎಣ್ಣೆಯ ಕಲೆಯನ್ನು ಬೆಚ್ಚಗಿನ ನೀರಿನಲ್ಲಿ ತೊಳೆಯಿರಿ. ",
            "ಪ್ರತಿ ವಸ್ತುವಿನ ತೂಕವನ್ನು ರಸೀದಿಯಲ್ಲಿ ಬರೆದಿದ್ದೇವೆ. ",
            "ನೀವು ಅಂಗಡಿಗೆ ಯಾವಾಗ ಬರುತ್ತೀರಿ? ",
            "ನಮ್ಮ ಅಂಗಡಿ ಭಾನುವಾರವೂ ತೆರೆದಿರುತ್ತದೆ. ",
            "ನಮ್ಮನ್ನು ನಂಬಿದ್ದಕ್ಕೆ ಧನ್ಯವಾದಗಳು.",
        ],
    ),
    (
        "വിഷുക്കണിക്കുള്ള ഓർഡർ തയ്യാറായി. കണിക്കൊന്ന, കണിവെള്ളരി, ചക്ക, മാങ്ങ എന്നിവ ഒരു കൊട്ടയിലാക്കി. ഓട്ടുരുളിയും നിലവിളക്കും നിങ്ങൾ തന്നെ ഒരുക്കണം. പൂക്കൾ വാടാതിരിക്കാൻ അല്പം വെള്ളം തളിക്കുക. കൊട്ട വിഷുവിന്റെ തലേന്ന് വൈകുന്നേരം എത്തിക്കും. കുട്ടികൾക്കുള്ള പടക്കം ഞങ്ങൾ വിൽക്കുന്നില്ല. സദ്യയ്ക്കുള്ള പായസം കൂടി വേണോ? അടപ്രഥമനും പാൽപ്പായസവും തയ്യാറാക്കി തരാം. പണം കൊട്ട കിട്ടുമ്പോൾ തന്നാൽ മതി. എല്ലാവർക്കും വിഷു ആശംസകൾ!",
        [
            "വിഷുക്കണിക്കുള്ള ഓർഡർ തയ്യാറായി. ",
            "കണിക്കൊന്ന, കണിവെള്ളരി, ചക്ക, മാങ്ങ എന്നിവ ഒരു കൊട്ടയിലാക്കി. ",
            "ഓട്ടുരുളിയും നിലവിളക്കും നിങ്ങൾ തന്നെ ഒരുക്കണം. ",
            "പൂക്കൾ വാടാതിരിക്കാൻ അല്പം വെള്ളം തളിക്കുക. ",
            "കൊട്ട വിഷുവിന്റെ തലേന്ന് വൈകുന്നേരം എത്തിക്കും. ",
            "കുട്ടികൾക്കുള്ള പടക്കം ഞങ്ങൾ വിൽക്കുന്നില്ല. ",
            "സദ്യയ്ക്കുള്ള പായസം കൂടി വേണോ? ",
            "അടപ്രഥമനും പാൽപ്പായസവും തയ്യാറാക്കി തരാം. ",
            "പണം കൊട്ട കിട്ടുമ്പോൾ തന്നാൽ മതി. ",
            "എല്ലാവർക്കും വിഷു ആശംസകൾ!",
        ],
    ),
    (
        "നിങ്ങളുടെ പശുവിനെ ഇന്ന് രാവിലെ മൃഗഡോക്ടർ പരിശോധിച്ചു. അതിന് ദഹനക്കേടാണ്, പേടിക്കേണ്ട കാര്യമില്ല. മൂന്നു ദിവസത്തേക്കുള്ള മരുന്ന് നൽകിയിട്ടുണ്ട്. രാവിലെയും വൈകിട്ടും കഞ്ഞിവെള്ളത്തിൽ ചേർത്ത് കൊടുക്കുക. ഈ ദിവസങ്ങളിൽ പിണ്ണാക്ക് കുറച്ചു മതി. പച്ചപ്പുല്ലും ധാരാളം വെള്ളവും കൊടുക്കണം. പാൽ കറക്കുന്നത് നിർത്തേണ്ടതില്ല. പശു തീറ്റ എടുക്കാൻ തുടങ്ങിയോ? ഇല്ലെങ്കിൽ നാളെ ഡോക്ടർ വീണ്ടും വരും. ഡോക്ടറുടെ ഫീസ് അടുത്ത തവണ തന്നാൽ മതി.",
        [
            "നിങ്ങളുടെ പശുവിനെ ഇന്ന് രാവിലെ മൃഗഡോക്ടർ പരിശോധിച്ചു. ",
            "അതിന് ദഹനക്കേടാണ്, പേടിക്കേണ്ട കാര്യമില്ല. ",
            "മൂന്നു ദിവസത്തേക്കുള്ള മരുന്ന് നൽകിയിട്ടുണ്ട്. ",
            "രാവിലെയും വൈകിട്ടും കഞ്ഞിവെള്ളത്തിൽ ചേർത്ത് കൊടുക്കുക. ",
            "ഈ ദിവസങ്ങളിൽ പിണ്ണാക്ക് കുറച്ചു മതി. ",
            "പച്ചപ്പുല്ലും ധാരാളം വെള്ളവും കൊടുക്കണം. ",
            "പാൽ കറക്കുന്നത് നിർത്തേണ്ടതില്ല. ",
            "പശു തീറ്റ എടുക്കാൻ തുടങ്ങിയോ? ",
            "ഇല്ലെങ്കിൽ നാളെ ഡോക്ടർ വീണ്ടും വരും. ",
            "ഡോക്ടറുടെ ഫീസ് അടുത്ത തവണ തന്നാൽ മതി.",
        ],
    ),
    (
        "ਲੋਹੜੀ ਲਈ ਤੁਹਾਡਾ ਆਰਡਰ ਤਿਆਰ ਹੋ ਗਿਆ ਹੈ। ਇਸ ਵਿੱਚ ਰਿਓੜੀਆਂ, ਗੱਚਕ, ਮੂੰਗਫਲੀ ਅਤੇ ਫੁੱਲੇ ਹਨ। ਸਭ ਕੁਝ ਪੰਜ ਵੱਖਰੇ ਡੱਬਿਆਂ ਵਿੱਚ ਪੈਕ ਕੀਤਾ ਹੈ। ਗੱਚਕ ਅੱਜ ਸਵੇਰੇ ਹੀ ਬਣਾਈ ਗਈ ਹੈ। ਡੱਬਿਆਂ ਨੂੰ ਧੁੱਪ ਤੋਂ ਦੂਰ ਰੱਖਣਾ। ਆਰਡਰ ਕੱਲ੍ਹ ਸ਼ਾਮ ਤੱਕ ਤੁਹਾਡੇ ਘਰ ਪਹੁੰਚ ਜਾਵੇਗਾ। ਕੀ ਤੁਹਾਨੂੰ ਧੂਣੀ ਬਾਲਣ ਲਈ ਲੱਕੜਾਂ ਵੀ ਚਾਹੀਦੀਆਂ ਹਨ? ਅਸੀਂ ਸੁੱਕੀਆਂ ਲੱਕੜਾਂ ਦਾ ਇੱਕ ਗੱਠਾ ਭੇਜ ਸਕਦੇ ਹਾਂ। ਪੈਸੇ ਡੱਬੇ ਮਿਲਣ ਵੇਲੇ ਦੇ ਸਕਦੇ ਹੋ। ਤੁਹਾਨੂੰ ਲੋਹੜੀ ਦੀਆਂ ਲੱਖ-ਲੱਖ ਵਧਾਈਆਂ!",
        [
            "ਲੋਹੜੀ ਲਈ ਤੁਹਾਡਾ ਆਰਡਰ ਤਿਆਰ ਹੋ ਗਿਆ ਹੈ। ",
            "ਇਸ ਵਿੱਚ ਰਿਓੜੀਆਂ, ਗੱਚਕ, ਮੂੰਗਫਲੀ ਅਤੇ ਫੁੱਲੇ ਹਨ। ",
            "ਸਭ ਕੁਝ ਪੰਜ ਵੱਖਰੇ ਡੱਬਿਆਂ ਵਿੱਚ ਪੈਕ ਕੀਤਾ ਹੈ। ",
            "ਗੱਚਕ ਅੱਜ ਸਵੇਰੇ ਹੀ ਬਣਾਈ ਗਈ ਹੈ। ",
            "ਡੱਬਿਆਂ ਨੂੰ ਧੁੱਪ ਤੋਂ ਦੂਰ ਰੱਖਣਾ। ",
            "ਆਰਡਰ ਕੱਲ੍ਹ ਸ਼ਾਮ ਤੱਕ ਤੁਹਾਡੇ ਘਰ ਪਹੁੰਚ ਜਾਵੇਗਾ। ",
            "ਕੀ ਤੁਹਾਨੂੰ ਧੂਣੀ ਬਾਲਣ ਲਈ ਲੱਕੜਾਂ ਵੀ ਚਾਹੀਦੀਆਂ ਹਨ? ",
            "ਅਸੀਂ ਸੁੱਕੀਆਂ ਲੱਕੜਾਂ ਦਾ ਇੱਕ ਗੱਠਾ ਭੇਜ ਸਕਦੇ ਹਾਂ। ",
            "ਪੈਸੇ ਡੱਬੇ ਮਿਲਣ ਵੇਲੇ ਦੇ ਸਕਦੇ ਹੋ। ",
            "ਤੁਹਾਨੂੰ ਲੋਹੜੀ ਦੀਆਂ ਲੱਖ-ਲੱਖ ਵਧਾਈਆਂ!",
        ],
    ),
    (
        "ਤੁਹਾਡੀ ਕਣਕ ਦੀ ਵਾਢੀ ਲਈ ਕੰਬਾਈਨ ਬੁੱਕ ਹੋ ਗਈ ਹੈ। ਮਸ਼ੀਨ ਪਰਸੋਂ ਸਵੇਰੇ ਅੱਠ ਵਜੇ ਤੁਹਾਡੇ ਖੇਤ ਪਹੁੰਚੇਗੀ। ਪੂਰੇ ਦਸ ਕਿੱਲਿਆਂ ਦੀ ਵਾਢੀ ਇੱਕ ਦਿਨ ਵਿੱਚ ਹੋ ਜਾਵੇਗੀ। ਖੇਤ ਵਿੱਚ ਜਾਣ ਦਾ ਰਸਤਾ ਖਾਲੀ ਰੱਖਣਾ। ਜੇ ਮੀਂਹ ਪਿਆ ਤਾਂ ਵਾਢੀ ਇੱਕ ਦਿਨ ਅੱਗੇ ਕਰਾਂਗੇ। ਦਾਣੇ ਭਰਨ ਲਈ ਟਰਾਲੀ ਤੁਹਾਨੂੰ ਆਪ ਲਿਆਉਣੀ ਪਵੇਗੀ। ਕਿਰਾਇਆ ਕਿੱਲੇ ਦੇ ਹਿਸਾਬ ਨਾਲ ਲੱਗੇਗਾ। ਕੀ ਤੂੜੀ ਬਣਾਉਣ ਵਾਲੀ ਮਸ਼ੀਨ ਦੀ ਵੀ ਲੋੜ ਹੈ? ਉਹ ਵਾਢੀ ਤੋਂ ਅਗਲੇ ਦਿਨ ਆ ਸਕਦੀ ਹੈ। ਰੱਬ ਕਰੇ ਤੁਹਾਡੀ ਫ਼ਸਲ ਦਾ ਚੰਗਾ ਮੁੱਲ ਮਿਲੇ।",
        [
            "ਤੁਹਾਡੀ ਕਣਕ ਦੀ ਵਾਢੀ ਲਈ ਕੰਬਾਈਨ ਬੁੱਕ ਹੋ ਗਈ ਹੈ। ",
            "ਮਸ਼ੀਨ ਪਰਸੋਂ ਸਵੇਰੇ ਅੱਠ ਵਜੇ ਤੁਹਾਡੇ ਖੇਤ ਪਹੁੰਚੇਗੀ। ",
            "ਪੂਰੇ ਦਸ ਕਿੱਲਿਆਂ ਦੀ ਵਾਢੀ ਇੱਕ ਦਿਨ ਵਿੱਚ ਹੋ ਜਾਵੇਗੀ। ",
            "ਖੇਤ ਵਿੱਚ ਜਾਣ ਦਾ ਰਸਤਾ ਖਾਲੀ ਰੱਖਣਾ। ",
            "ਜੇ ਮੀਂਹ ਪਿਆ ਤਾਂ ਵਾਢੀ ਇੱਕ ਦਿਨ ਅੱਗੇ ਕਰਾਂਗੇ। ",
            "ਦਾਣੇ ਭਰਨ ਲਈ ਟਰਾਲੀ ਤੁਹਾਨੂੰ ਆਪ ਲਿਆਉਣੀ ਪਵੇਗੀ। ",
            "ਕਿਰਾਇਆ ਕਿੱਲੇ ਦੇ ਹਿਸਾਬ ਨਾਲ ਲੱਗੇਗਾ। ",
            "ਕੀ ਤੂੜੀ ਬਣਾਉਣ ਵਾਲੀ ਮਸ਼ੀਨ ਦੀ ਵੀ ਲੋੜ ਹੈ? ",
            "ਉਹ ਵਾਢੀ ਤੋਂ ਅਗਲੇ ਦਿਨ ਆ ਸਕਦੀ ਹੈ। ",
            "ਰੱਬ ਕਰੇ ਤੁਹਾਡੀ ਫ਼ਸਲ ਦਾ ਚੰਗਾ ਮੁੱਲ ਮਿਲੇ।",
        ],
    ),
    (
        "ରଜ ପର୍ବ ପାଇଁ ପୋଡ଼ପିଠା ଓ ମଣ୍ଡା ପିଠା ବୁକ୍ ହୋଇଗଲା। ପୋଡ଼ପିଠା ଚାଉଳ, ଗୁଡ଼ ଓ ନଡ଼ିଆରେ ତିଆରି ହେବ। ମଣ୍ଡା ପିଠା ପାଇଁ ଛେନା ପୁର ଦିଆଯିବ। ସବୁ ପିଠା କଦଳୀ ପତ୍ରରେ ବନ୍ଧା ହେବ। ପର୍ବର ପ୍ରଥମ ଦିନ ସକାଳେ ଆମ ଲୋକ ପିଠା ନେଇ ଆସିବେ। ପିଠା ଦୁଇ ଦିନ ଭଲ ରହିବ। ଦୋଳି ପାଇଁ ଦଉଡ଼ି ବି ଲାଗିବ କି? ଆମ ପାଖରେ ମଜବୁତ ନଡ଼ିଆ ଦଉଡ଼ି ଅଛି। ଟଙ୍କା ଅନଲାଇନରେ ପଠାଇପାରିବେ। ରଜ ପର୍ବର ଅନେକ ଶୁଭେଚ୍ଛା!",
        [
            "ରଜ ପର୍ବ ପାଇଁ ପୋଡ଼ପିଠା ଓ ମଣ୍ଡା ପିଠା ବୁକ୍ ହୋଇଗଲା। ",
            "ପୋଡ଼ପିଠା ଚାଉଳ, ଗୁଡ଼ ଓ ନଡ଼ିଆରେ ତିଆରି ହେବ। ",
            "ମଣ୍ଡା ପିଠା ପାଇଁ ଛେନା ପୁର ଦିଆଯିବ। ",
            "ସବୁ ପିଠା କଦଳୀ ପତ୍ରରେ ବନ୍ଧା ହେବ। ",
            "ପର୍ବର ପ୍ରଥମ ଦିନ ସକାଳେ ଆମ ଲୋକ ପିଠା ନେଇ ଆସିବେ। ",
            "ପିଠା ଦୁଇ ଦିନ ଭଲ ରହିବ। ",
            "ଦୋଳି ପାଇଁ ଦଉଡ଼ି ବି ଲାଗିବ କି? ",
            "ଆମ ପାଖରେ ମଜବୁତ ନଡ଼ିଆ ଦଉଡ଼ି ଅଛି। ",
            "ଟଙ୍କା ଅନଲାଇନରେ ପଠାଇପାରିବେ। ",
            "ରଜ ପର୍ବର ଅନେକ ଶୁଭେଚ୍ଛା!",
        ],
    ),
    (
        "ଘର ଛାତରେ ସୋଲାର ପ୍ୟାନେଲ ଲଗାଗଲା। ଏହା ଘରର ଚାରିଟି ବଲ୍ବ ଓ ଦୁଇଟି ପଙ୍ଖା ଚଳାଇପାରିବ। ବ୍ୟାଟେରୀଟି ସିଡ଼ି ତଳେ ରଖାଯାଇଛି। ପ୍ୟାନେଲ ଉପରେ ଧୂଳି ଜମିଲେ ବିଦ୍ୟୁତ କମ ମିଳିବ। ସପ୍ତାହରେ ଥରେ ପାଣିରେ ପ୍ୟାନେଲ ଧୋଇଦିଅନ୍ତୁ। ବ୍ୟାଟେରୀ ପାଖରେ ପିଲାଙ୍କୁ ଖେଳିବାକୁ ଦିଅନ୍ତୁ ନାହିଁ। ପାଞ୍ଚ ବର୍ଷର ଗ୍ୟାରେଣ୍ଟି କାର୍ଡ ଦିଆଯାଇଛି। ଆଉ କିଛି ବଲ୍ବ ଯୋଡ଼ିବାକୁ ଚାହାଁନ୍ତି କି? ଆମ ମିସ୍ତ୍ରୀ ସେଥିପାଇଁ ପୁଣି ଆସିବେ। କୌଣସି ଅସୁବିଧା ହେଲେ ଆମକୁ ଫୋନ କରନ୍ତୁ।",
        [
            "ଘର ଛାତରେ ସୋଲାର ପ୍ୟାନେଲ ଲଗାଗଲା। ",
            "ଏହା ଘରର ଚାରିଟି ବଲ୍ବ ଓ ଦୁଇଟି ପଙ୍ଖା ଚଳାଇପାରିବ। ",
            "ବ୍ୟାଟେରୀଟି ସିଡ଼ି ତଳେ ରଖାଯାଇଛି। ",
            "ପ୍ୟାନେଲ ଉପରେ ଧୂଳି ଜମିଲେ ବିଦ୍ୟୁତ କମ ମିଳିବ। ",
            "ସପ୍ତାହରେ ଥରେ ପାଣିରେ ପ୍ୟାନେଲ ଧୋଇଦିଅନ୍ତୁ। ",
            "ବ୍ୟାଟେରୀ ପାଖରେ ପିଲାଙ୍କୁ ଖେଳିବାକୁ ଦିଅନ୍ତୁ ନାହିଁ। ",
            "ପାଞ୍ଚ ବର୍ଷର ଗ୍ୟାରେଣ୍ଟି କାର୍ଡ ଦିଆଯାଇଛି। ",
            "ଆଉ କିଛି ବଲ୍ବ ଯୋଡ଼ିବାକୁ ଚାହାଁନ୍ତି କି? ",
            "ଆମ ମିସ୍ତ୍ରୀ ସେଥିପାଇଁ ପୁଣି ଆସିବେ। ",
            "କୌଣସି ଅସୁବିଧା ହେଲେ ଆମକୁ ଫୋନ କରନ୍ତୁ।",
        ],
    ),
    (
        "ব'হাগ বিহুৰ বাবে আপোনাৰ গামোচা আৰু পিঠাৰ অৰ্ডাৰ লোৱা হৈছে। মুঠ দহখন গামোচা হাতশালত বোৱা হৈছে। তিলপিঠা আৰু নাৰিকলৰ লাড়ু বেলেগ টোপোলাত দিয়া হ'ব। পিঠাবোৰ কালি ৰাতি ভজা হ'ব। বিহুৰ আগদিনা আবেলি আমাৰ মানুহে সকলো বস্তু লৈ যাব। পিঠাবোৰ বায়ুৰুদ্ধ পাত্ৰত ৰাখিলে এসপ্তাহ ভাল থাকে। আপোনাক জলপানৰ বাবে দৈ আৰু চিৰাও লাগিবনে? আমাৰ গাঁৱৰ গাখীৰৰ দৈ বৰ সোৱাদ। ধন বস্তু পোৱাৰ পিছত দিলেও হ'ব। আপোনালোকলৈ ব'হাগ বিহুৰ শুভেচ্ছা!",
        [
            "ব'হাগ বিহুৰ বাবে আপোনাৰ গামোচা আৰু পিঠাৰ অৰ্ডাৰ লোৱা হৈছে। ",
            "মুঠ দহখন গামোচা হাতশালত বোৱা হৈছে। ",
            "তিলপিঠা আৰু নাৰিকলৰ লাড়ু বেলেগ টোপোলাত দিয়া হ'ব। ",
            "পিঠাবোৰ কালি ৰাতি ভজা হ'ব। ",
            "বিহুৰ আগদিনা আবেলি আমাৰ মানুহে সকলো বস্তু লৈ যাব। ",
            "পিঠাবোৰ বায়ুৰুদ্ধ পাত্ৰত ৰাখিলে এসপ্তাহ ভাল থাকে। ",
            "আপোনাক জলপানৰ বাবে দৈ আৰু চিৰাও লাগিবনে? ",
            "আমাৰ গাঁৱৰ গাখীৰৰ দৈ বৰ সোৱাদ। ",
            "ধন বস্তু পোৱাৰ পিছত দিলেও হ'ব। ",
            "আপোনালোকলৈ ব'হাগ বিহুৰ শুভেচ্ছা!",
        ],
    ),
    (
        "আপুনি বিচৰা চাৰিটা মৌ-বাকচ আজি আপোনাৰ বাৰীত বহুওৱা হ'ল। প্ৰতিটো বাকচত এটাকৈ মৌ-মাখিৰ জাক আছে। বাকচবোৰ ছাঁ থকা ঠাইত অলপ ওখকৈ ৰখা হৈছে। প্ৰথম দুসপ্তাহ বাকচ খুলিব নালাগে। ওচৰত কীটনাশক ছটিয়াব নালাগে। মাখিবোৰৰ বাবে ওচৰতে পানী থকাটো দৰকাৰী। প্ৰথম মৌ তিনি মাহৰ পিছত উলিয়াব পাৰিব। মৌ উলিওৱাৰ দিনা আমাৰ লোক আহিব লাগিবনে? তেওঁ আপোনাক সকলো শিকাই দিব। আপোনাৰ বাৰী মৌৰে ভৰি পৰক!",
        [
            "আপুনি বিচৰা চাৰিটা মৌ-বাকচ আজি আপোনাৰ বাৰীত বহুওৱা হ'ল। ",
            "প্ৰতিটো বাকচত এটাকৈ মৌ-মাখিৰ জাক আছে। ",
            "বাকচবোৰ ছাঁ থকা ঠাইত অলপ ওখকৈ ৰখা হৈছে। ",
            "প্ৰথম দুসপ্তাহ বাকচ খুলিব নালাগে। ",
            "ওচৰত কীটনাশক ছটিয়াব নালাগে। ",
            "মাখিবোৰৰ বাবে ওচৰতে পানী থকাটো দৰকাৰী। ",
            "প্ৰথম মৌ তিনি মাহৰ পিছত উলিয়াব পাৰিব। ",
            "মৌ উলিওৱাৰ দিনা আমাৰ লোক আহিব লাগিবনে? ",
            "তেওঁ আপোনাক সকলো শিকাই দিব। ",
            "আপোনাৰ বাৰী মৌৰে ভৰি পৰক!",
        ],
    ),
    (
        "آپ کے دونوں قالین دھل کر تیار ہیں۔ ایک قالین پر چائے کا پرانا داغ تھا جو اب کافی ہلکا ہو گیا ہے۔ قالینوں کو دھوپ میں اچھی طرح سکھایا گیا ہے۔ کناروں کی جھالر بھی سیدھی کر دی گئی ہے۔ انہیں ہر ہفتے ہلکے ہاتھ سے جھاڑ دیا کریں۔ گیلے پاؤں ان پر نہ چلیں۔ کیا ہم قالین کل صبح آپ کے ہاں پہنچا دیں؟ ہمارا آدمی انہیں بچھا بھی دے گا۔ بل کی ادائیگی گھر پر نقد کر سکتے ہیں۔ ہماری خدمت لینے کا بہت شکریہ۔",
        [
            "آپ کے دونوں قالین دھل کر تیار ہیں۔ ",
            "ایک قالین پر چائے کا پرانا داغ تھا جو اب کافی ہلکا ہو گیا ہے۔ ",
            "قالینوں کو دھوپ میں اچھی طرح سکھایا گیا ہے۔ ",
            "کناروں کی جھالر بھی سیدھی کر دی گئی ہے۔ ",
            "انہیں ہر ہفتے ہلکے ہاتھ سے جھاڑ دیا کریں۔ ",
            "گیلے پاؤں ان پر نہ چلیں۔ ",
            "کیا ہم قالین کل صبح آپ کے ہاں پہنچا دیں؟ ",
            "ہمارا آدمی انہیں بچھا بھی دے گا۔ ",
            "بل کی ادائیگی گھر پر نقد کر سکتے ہیں۔ ",
            "ہماری خدمت لینے کا بہت شکریہ۔",
        ],
    ),
    (
        "رمضان میں افطار کے لیے آپ کا ماہانہ آرڈر درج ہو گیا ہے۔ ہر شام کھجور، پھل، پکوڑے اور شربت بھیجا جائے گا۔ جمعہ کو ساتھ میں حلیم بھی ہوگا۔ کھانا افطار سے آدھا گھنٹہ پہلے آپ کے دروازے پر ہوگا۔ ہمارا لڑکا گھنٹی بجا کر کھانا دے جائے گا۔ برتن واپس کرنے کی ضرورت نہیں ہے۔ کسی دن مہمان زیادہ ہوں تو دوپہر تک بتا دیں۔ کیا آپ سحری کا کھانا بھی منگوانا چاہیں گے؟ اس کے لیے الگ ماہانہ پیکج ہے۔ آپ کو رمضان مبارک ہو!",
        [
            "رمضان میں افطار کے لیے آپ کا ماہانہ آرڈر درج ہو گیا ہے۔ ",
            "ہر شام کھجور، پھل، پکوڑے اور شربت بھیجا جائے گا۔ ",
            "جمعہ کو ساتھ میں حلیم بھی ہوگا۔ ",
            "کھانا افطار سے آدھا گھنٹہ پہلے آپ کے دروازے پر ہوگا۔ ",
            "ہمارا لڑکا گھنٹی بجا کر کھانا دے جائے گا۔ ",
            "برتن واپس کرنے کی ضرورت نہیں ہے۔ ",
            "کسی دن مہمان زیادہ ہوں تو دوپہر تک بتا دیں۔ ",
            "کیا آپ سحری کا کھانا بھی منگوانا چاہیں گے؟ ",
            "اس کے لیے الگ ماہانہ پیکج ہے۔ ",
            "آپ کو رمضان مبارک ہو!",
        ],
    ),
    # --- service forms: Capt. before a name mid-sentence, a lower-case regt. ending a sentence before "He", Hav. opening a sentence before a name, Capt. inside a question before a name, regt. right before "?", regt. before a lower-case bracketed phrase, Hav. before a comma, Capt. right before "!" ---
    (
        "Our society's Republic Day parade is to be headed by Capt. Nikhil Bhosale, who retired from the army last spring. His late father served thirty years in a field artillery regt. He still wears its old badge on his blazer. Hav. Dinesh Rawat, our security in-charge, will hand out the flags at the gate. Will Capt. Bhosale give a short speech? Yes, about five minutes on the meaning of the day. Is the band coming from his old regt.? No, the children's band from the ground floor will play this year. The regt. (through its veterans' cell) has sent sweets for every child. Our Hav., proud as ever, has polished the flagpole himself. Every child will line up to salute the Capt.! Please be at the gate before a quarter to eight.",
        [
            "Our society's Republic Day parade is to be headed by Capt. Nikhil Bhosale, who retired from the army last spring. ",
            "His late father served thirty years in a field artillery regt. ",
            "He still wears its old badge on his blazer. ",
            "Hav. Dinesh Rawat, our security in-charge, will hand out the flags at the gate. ",
            "Will Capt. Bhosale give a short speech? ",
            "Yes, about five minutes on the meaning of the day. ",
            "Is the band coming from his old regt.? ",
            "No, the children's band from the ground floor will play this year. ",
            "The regt. (through its veterans' cell) has sent sweets for every child. ",
            "Our Hav., proud as ever, has polished the flagpole himself. ",
            "Every child will line up to salute the Capt.! ",
            "Please be at the gate before a quarter to eight.",
        ],
    ),
    # --- degrees: B.Tech. before a lower-case word, LL.B. ending a sentence before "She", B.Tech. inside a question, LL.B. right before "?", B.Tech. opening a sentence, LL.B. before a comma, B.Tech. right before "?", LL.B. right before "!" ---
    (
        "Every engineer at our solar panel firm holds a B.Tech. in electrical or mechanical engineering. Our contracts go through a legal advisor with an LL.B. She reads every clause before a customer signs. Can a B.Tech. student join us for a summer internship? Yes, we take four interns every May. Where did our advisor study for her LL.B.? In Pune, and she later worked at a district court. B.Tech. graduates start on our site team for six months. An LL.B., on the other hand, is needed for the advisor's post. Is your nephew still in the third year of his B.Tech.? Then he can apply to us next year. Our advisor's own daughter has just cleared her LL.B.! Send us your nephew's details anyway.",
        [
            "Every engineer at our solar panel firm holds a B.Tech. in electrical or mechanical engineering. ",
            "Our contracts go through a legal advisor with an LL.B. ",
            "She reads every clause before a customer signs. ",
            "Can a B.Tech. student join us for a summer internship? ",
            "Yes, we take four interns every May. ",
            "Where did our advisor study for her LL.B.? ",
            "In Pune, and she later worked at a district court. ",
            "B.Tech. graduates start on our site team for six months. ",
            "An LL.B., on the other hand, is needed for the advisor's post. ",
            "Is your nephew still in the third year of his B.Tech.? ",
            "Then he can apply to us next year. ",
            "Our advisor's own daughter has just cleared her LL.B.! ",
            "Send us your nephew's details anyway.",
        ],
    ),
    # --- prescription forms: Oint. before a capitalised drug name mid-sentence, Inj. opening a sentence before a capitalised name, a lower-case tsp. ending a sentence before a question, Oint. inside a question before a lower-case word, Inj. right before "?", tsp. before a lower-case word, Oint. before a lower-case bracketed phrase, Oint. right before "!" ---
    (
        "Our skin specialist examined your girl's rash this morning and has put her on a short course of treatment. Apply Oint. Mupirocin twice a day on the red patches only. Inj. Tetanus Toxoid was also given, as the scratch came from a rusty gate. The anti-itch syrup is to be given as one tsp. Should she take it at night as well? Yes, the night dose matters most, since the itching is worse in bed. Can the Oint. go on her face? No, only on the arms and legs. Does she need another Inj.? Not unless the wound starts to swell. Measure each tsp. with the cup in the box, not a kitchen spoon. Keep the Oint. (it melts in heat) in a cool drawer. Use up the whole tube of Oint.! Come back in a week for a check-up.",
        [
            "Our skin specialist examined your girl's rash this morning and has put her on a short course of treatment. ",
            "Apply Oint. Mupirocin twice a day on the red patches only. ",
            "Inj. Tetanus Toxoid was also given, as the scratch came from a rusty gate. ",
            "The anti-itch syrup is to be given as one tsp. ",
            "Should she take it at night as well? ",
            "Yes, the night dose matters most, since the itching is worse in bed. ",
            "Can the Oint. go on her face? ",
            "No, only on the arms and legs. ",
            "Does she need another Inj.? ",
            "Not unless the wound starts to swell. ",
            "Measure each tsp. with the cup in the box, not a kitchen spoon. ",
            "Keep the Oint. (it melts in heat) in a cool drawer. ",
            "Use up the whole tube of Oint.! ",
            "Come back in a week for a check-up.",
        ],
    ),
    # --- address forms: Soc. and Rd. before commas and Opp. before a capitalised place name inside an address, a lower-case mkt. ending a sentence before "You", Soc. right before "?", Rd. inside a question before a lower-case word, Opp. opening a sentence before a lower-case word, mkt. before a lower-case bracketed phrase, Rd. before a lower-case word, Soc. right before "!" ---
    (
        "Our tailoring shop has moved to Shop 28, Lakshmi Niwas Soc., Station Rd., Opp. Hanuman Mandir, in Dombivli East. The lane branches off the old fish mkt. You will spot our green board as soon as you turn in. Is there space to park near the Soc.? Yes, two-wheelers can park inside the gate. Does Station Rd. get jammed in the evening? Only around seven, when the trains come in. Opp. the temple, there is also a paid car park. The mkt. (shut on Mondays) is a good landmark for auto drivers. Our old shop on Station Rd. will stay open till the month ends. First-time visitors get a free alteration at Lakshmi Niwas Soc.! We look forward to seeing you.",
        [
            "Our tailoring shop has moved to Shop 28, Lakshmi Niwas Soc., Station Rd., Opp. Hanuman Mandir, in Dombivli East. ",
            "The lane branches off the old fish mkt. ",
            "You will spot our green board as soon as you turn in. ",
            "Is there space to park near the Soc.? ",
            "Yes, two-wheelers can park inside the gate. ",
            "Does Station Rd. get jammed in the evening? ",
            "Only around seven, when the trains come in. ",
            "Opp. the temple, there is also a paid car park. ",
            "The mkt. (shut on Mondays) is a good landmark for auto drivers. ",
            "Our old shop on Station Rd. will stay open till the month ends. ",
            "First-time visitors get a free alteration at Lakshmi Niwas Soc.! ",
            "We look forward to seeing you.",
        ],
    ),
    # --- banking forms: Chq. before a lower-case word, Txn. opening a sentence before a lower-case word, a lower-case amt. ending a sentence before "That", Chq. inside a question before a lower-case word, Txn. right before "?", amt. right before "?", Chq. opening a sentence, amt. before a comma, Chq. right before "!" ---
    (
        "The part payment on your home loan was received today by Chq. from your salary account. Txn. details have been sent to your registered mobile. Your outstanding loan has now come down by the full amt. That means your monthly instalment stays the same, but the tenure is shorter. Did the Chq. take long to clear? No, it cleared within a day. Where can I see the Txn.? In the statements section of our app. Is any fee charged on the amt.? None, since your loan has a floating rate. Chq. payments above a lakh need a signature check by our officer. The amt., once adjusted, cannot be drawn out again. Always write the payee's name on every Chq.! That way a lost leaf cannot be misused.",
        [
            "The part payment on your home loan was received today by Chq. from your salary account. ",
            "Txn. details have been sent to your registered mobile. ",
            "Your outstanding loan has now come down by the full amt. ",
            "That means your monthly instalment stays the same, but the tenure is shorter. ",
            "Did the Chq. take long to clear? ",
            "No, it cleared within a day. ",
            "Where can I see the Txn.? ",
            "In the statements section of our app. ",
            "Is any fee charged on the amt.? ",
            "None, since your loan has a floating rate. ",
            "Chq. payments above a lakh need a signature check by our officer. ",
            "The amt., once adjusted, cannot be drawn out again. ",
            "Always write the payee's name on every Chq.! ",
            "That way a lost leaf cannot be misused.",
        ],
    ),
    # --- officialese: Dept. ending a sentence before "It", Addl. before a capitalised office mid-sentence, approx. before a number, Dept. inside a question before a lower-case word, Addl. inside a question before a lower-case word, a lower-case approx. ending a sentence before "Your", Dept. opening a sentence, Dept. right before "!" ---
    (
        "Your application for a new water connection has reached the Water Supply Dept. It will send an engineer to check your plot next week. The Addl. Commissioner must sign off on connections for new buildings. Approval usually takes approx. three weeks. Is the Dept. open on Saturdays? Only on the second and fourth Saturday of the month. Can the Addl. officer speed it up? Only if a hospital is being built on the plot. The pipe from the main line to your gate will run forty metres approx. Your own plumber may lay the last stretch inside the compound. Dept. staff will never ask for cash at your door. Always ask for a printed receipt from the Dept.! Keep that receipt safe.",
        [
            "Your application for a new water connection has reached the Water Supply Dept. ",
            "It will send an engineer to check your plot next week. ",
            "The Addl. Commissioner must sign off on connections for new buildings. ",
            "Approval usually takes approx. three weeks. ",
            "Is the Dept. open on Saturdays? ",
            "Only on the second and fourth Saturday of the month. ",
            "Can the Addl. officer speed it up? ",
            "Only if a hospital is being built on the plot. ",
            "The pipe from the main line to your gate will run forty metres approx. ",
            "Your own plumber may lay the last stretch inside the compound. ",
            "Dept. staff will never ask for cash at your door. ",
            "Always ask for a printed receipt from the Dept.! ",
            "Keep that receipt safe.",
        ],
    ),
    # --- units: mins. before a lower-case word, mins. ending a sentence before "It", a decimal with ltr. before a comma, ltr. right before "?", mins. inside a question before a lower-case word, hrs. ending a sentence before "Our", a decimal with hrs. right before "!" ---
    (
        "The cotton cycle on your new washing machine runs for 78 mins. at the highest setting. A quick wash finishes in 28 mins. It suits lightly worn clothes. Each rinse in eco mode uses 13.5 ltr., half of what your old machine used. Will our overhead tank supply 40 ltr.? Easily, as long as the tap is fully open. Can the spin run for 15 mins. without a wash? Yes, choose the spin-only button. The delay timer can hold a start for up to 24 hrs. Our technician will show you how to set it. Tub cleaning takes a full 2.5 hrs.! Run it once a month, and leave the door open afterwards.",
        [
            "The cotton cycle on your new washing machine runs for 78 mins. at the highest setting. ",
            "A quick wash finishes in 28 mins. ",
            "It suits lightly worn clothes. ",
            "Each rinse in eco mode uses 13.5 ltr., half of what your old machine used. ",
            "Will our overhead tank supply 40 ltr.? ",
            "Easily, as long as the tap is fully open. ",
            "Can the spin run for 15 mins. without a wash? ",
            "Yes, choose the spin-only button. ",
            "The delay timer can hold a start for up to 24 hrs. ",
            "Our technician will show you how to set it. ",
            "Tub cleaning takes a full 2.5 hrs.! ",
            "Run it once a month, and leave the door open afterwards.",
        ],
    ),
    # --- dotted acronyms: N.O.C. before a lower-case word, U.P.I. ending a sentence before "The", N.O.C. inside a question, U.P.I. right before "?", U.P.I. opening a sentence, N.O.C. before a lower-case bracketed phrase, U.P.I. before a comma, N.O.C. right before "!" ---
    (
        "Your society's N.O.C. for the new shop was signed by the managing committee today. You may now pay the transfer fee by U.P.I. The payment link is in the message we just sent. Does the N.O.C. need a stamp from the bank? Only if the shop is being bought with a loan. Is there a limit on payments by U.P.I.? Yes, one lakh rupees a day for most banks. U.P.I. receipts are accepted as proof of payment. The N.O.C. (valid for six months) must be shown at the registry office before it lapses. Once paid by U.P.I., the fee cannot be refunded. Your buyer will also want a copy of the N.O.C.! Keep a few photocopies at home.",
        [
            "Your society's N.O.C. for the new shop was signed by the managing committee today. ",
            "You may now pay the transfer fee by U.P.I. ",
            "The payment link is in the message we just sent. ",
            "Does the N.O.C. need a stamp from the bank? ",
            "Only if the shop is being bought with a loan. ",
            "Is there a limit on payments by U.P.I.? ",
            "Yes, one lakh rupees a day for most banks. ",
            "U.P.I. receipts are accepted as proof of payment. ",
            "The N.O.C. (valid for six months) must be shown at the registry office before it lapses. ",
            "Once paid by U.P.I., the fee cannot be refunded. ",
            "Your buyer will also want a copy of the N.O.C.! ",
            "Keep a few photocopies at home.",
        ],
    ),
    # --- short forms of ordinary prose: Prof. before a name mid-sentence, Mrs. before a name after a comma, incl. before a lower-case word, Prof. inside a question before a name, Mrs. opening a sentence before a name, incl. inside a question before a lower-case word, Mrs. inside a question before a name ---
    (
        "The science fair project your daughter built will be judged by Prof. Anil Deshpande from the engineering college. Our principal, Mrs. Kavita Nair, will give away the prizes. All entries, incl. the working models, must be set up by nine. Will Prof. Deshpande question the children? Yes, two or three about how each model works. Mrs. Nair has asked every child to speak for only three minutes. Is there a prize for the class with the most entries, incl. group projects? Yes, a trophy for the whole class. Parents may watch from the back of the hall. Can parents speak to Mrs. Nair after the judging? She will be free from noon. Do send her with a light lunch.",
        [
            "The science fair project your daughter built will be judged by Prof. Anil Deshpande from the engineering college. ",
            "Our principal, Mrs. Kavita Nair, will give away the prizes. ",
            "All entries, incl. the working models, must be set up by nine. ",
            "Will Prof. Deshpande question the children? ",
            "Yes, two or three about how each model works. ",
            "Mrs. Nair has asked every child to speak for only three minutes. ",
            "Is there a prize for the class with the most entries, incl. group projects? ",
            "Yes, a trophy for the whole class. ",
            "Parents may watch from the back of the hall. ",
            "Can parents speak to Mrs. Nair after the judging? ",
            "She will be free from noon. ",
            "Do send her with a light lunch.",
        ],
    ),
    # --- amounts: an amount before a lower-case word, a decimal percentage right before "?", an amount with paise ending a sentence before "It", an amount inside a bracket before a comma, "lakh" before a lower-case word inside a question, an amount with "/-" before a lower-case word, two amounts joined by an en dash right before "?", "crore" before a lower-case word, an amount ending a sentence before "Your" ---
    (
        "Your gold loan of ₹1,28,000 is sanctioned against the bangles you pledged. Is the gold loan rate still 11.25%? Yes, and it will not change until you repay. Your first monthly interest payment is ₹1,199.50. It falls due on the tenth of every month. The valuation fee (₹350, paid in cash) has already been taken. Could the loan go up to ₹1.5 lakh if I pledge a chain too? Yes, the chain adds roughly ₹38,000/- to your limit. Will the closing charges be ₹500–₹750? Closer to ₹500 for a loan of this size. Our branch has lent over ₹12 crore against gold this year! Repay everything before the twelfth month to avoid a penalty of ₹2,560. Your bangles will be handed back the same day.",
        [
            "Your gold loan of ₹1,28,000 is sanctioned against the bangles you pledged. ",
            "Is the gold loan rate still 11.25%? ",
            "Yes, and it will not change until you repay. ",
            "Your first monthly interest payment is ₹1,199.50. ",
            "It falls due on the tenth of every month. ",
            "The valuation fee (₹350, paid in cash) has already been taken. ",
            "Could the loan go up to ₹1.5 lakh if I pledge a chain too? ",
            "Yes, the chain adds roughly ₹38,000/- to your limit. ",
            "Will the closing charges be ₹500–₹750? ",
            "Closer to ₹500 for a loan of this size. ",
            "Our branch has lent over ₹12 crore against gold this year! ",
            "Repay everything before the twelfth month to avoid a penalty of ₹2,560. ",
            "Your bangles will be handed back the same day.",
        ],
    ),
    # --- dates and times: a dotted date before a lower-case word, a colon time before "and" and one before a comma, a month form right before "?", a year-first hyphen date ending a sentence before "Her", a slash date before a lower-case word, a dotted time inside a question before a lower-case word, a month form before a year number and a dotted date right before "!", a year-first hyphen date and a colon time inside a bracket mid-sentence, a dotted time ending a sentence before "Late" ---
    (
        "Your niece's music exam is on 14.02.2098 at the main hall of our institute. The practical round begins at 10:15 and ends by 13:40, so pack a snack. Are late forms accepted in Feb.? No, the forms closed on 2098-01-20. Her hall ticket will be ready on 02/02/2098 for collection at our office. Can I collect it at 18.15 on a weekday? Yes, the office stays open late on weekdays. Results for the Feb. 2098 session will be out by 28.03.2098! The prize ceremony (on 2098-04-05 at 11:30) will be held in the same hall. Please reach the hall by 09.45. Late entry is not allowed once the bell rings.",
        [
            "Your niece's music exam is on 14.02.2098 at the main hall of our institute. ",
            "The practical round begins at 10:15 and ends by 13:40, so pack a snack. ",
            "Are late forms accepted in Feb.? ",
            "No, the forms closed on 2098-01-20. ",
            "Her hall ticket will be ready on 02/02/2098 for collection at our office. ",
            "Can I collect it at 18.15 on a weekday? ",
            "Yes, the office stays open late on weekdays. ",
            "Results for the Feb. 2098 session will be out by 28.03.2098! ",
            "The prize ceremony (on 2098-04-05 at 11:30) will be held in the same hall. ",
            "Please reach the hall by 09.45. ",
            "Late entry is not allowed once the bell rings.",
        ],
    ),
    # --- URLs, e-mail and phone numbers: an https:// address with a path ending a sentence before a capital, a www. address with a query string before a lower-case word, an e-mail right before "!", a landline with hyphens right before "?", an e-mail with a dot in its local part inside a bracket mid-sentence, a wa.me link before a lower-case word, a toll-free number before a comma, a bare address with a path ending a sentence before a capital, a "+91" mobile number with inner spaces ending a sentence before "He" ---
    (
        "Your home insurance policy can be downloaded from https://surakshitghar.in/policy/patra. Log in with the mobile number linked to your policy. Flood claims can be started at www.surakshitghar.in/dava?prakar=baadh from any phone. For urgent help, write to turant@surakshitghar.in! Our team checks that inbox every hour. Is the surveyor's desk still on 022-4876-3210? Yes, and it is answered from nine to six. Pictures of the damage (send them to photo.dava@surakshitghar.in as attachments) speed things up. You can also chat with us at wa.me/912249876321 on any day. The free helpline, 1800-209-4432, works round the clock. The claim form is also at surakshitghar.in/form. Your agent's mobile is +91 98228 40517. He will call you before the surveyor visits.",
        [
            "Your home insurance policy can be downloaded from https://surakshitghar.in/policy/patra. ",
            "Log in with the mobile number linked to your policy. ",
            "Flood claims can be started at www.surakshitghar.in/dava?prakar=baadh from any phone. ",
            "For urgent help, write to turant@surakshitghar.in! ",
            "Our team checks that inbox every hour. ",
            "Is the surveyor's desk still on 022-4876-3210? ",
            "Yes, and it is answered from nine to six. ",
            "Pictures of the damage (send them to photo.dava@surakshitghar.in as attachments) speed things up. ",
            "You can also chat with us at wa.me/912249876321 on any day. ",
            "The free helpline, 1800-209-4432, works round the clock. ",
            "The claim form is also at surakshitghar.in/form. ",
            "Your agent's mobile is +91 98228 40517. ",
            "He will call you before the surveyor visits.",
        ],
    ),
    # --- quotes, brackets and markdown: a "!" inside a closing curly double quote ending a sentence, an em-dash aside mid-sentence, a full stop just after a closing curly single quote, a bracketed statement as its own chunk, a "?" inside a straight double quote mid-sentence, a square bracket mid-sentence, an italic phrase mid-sentence before a comma, a full stop just after a closing curly double quote, a square-bracketed statement as its own chunk ---
    (
        'Our residents\' cleanliness drive is on Sunday, and the slogan this year is “Saaf gali, sukhi gali!” The drive starts at the temple corner — right where the big neem tree stands — and ends at the park. Our secretary calls it ‘the great sweep’. (Children under ten must come with an adult.) Anyone who asks "Where do I start?" will be sent to the park gate first. Plastic goes in the blue sacks [paper in the green ones] and glass in the crates. Is breakfast served afterwards? Yes, poha and tea from *Gokhale Caterers*, who are sponsoring it. Our chairman will then read out a short note titled “Our Street, Our Pride”. [Photos from last year are pinned on the notice board.] See you there!',
        [
            "Our residents' cleanliness drive is on Sunday, and the slogan this year is “Saaf gali, sukhi gali!” ",
            "The drive starts at the temple corner — right where the big neem tree stands — and ends at the park. ",
            "Our secretary calls it ‘the great sweep’. ",
            "(Children under ten must come with an adult.) ",
            'Anyone who asks "Where do I start?" will be sent to the park gate first. ',
            "Plastic goes in the blue sacks [paper in the green ones] and glass in the crates. ",
            "Is breakfast served afterwards? ",
            "Yes, poha and tea from *Gokhale Caterers*, who are sponsoring it. ",
            "Our chairman will then read out a short note titled “Our Street, Our Pride”. ",
            "[Photos from last year are pinned on the notice board.] ",
            "See you there!",
        ],
    ),
    # --- ellipses: "?!" (an end); "..." before a capital (an end); "…" before a lower-case word (not an end); "...?" (an end after the "?"); "!?" (an end); "…!" (an end after the "!"); "…" before a capital (an end); "!!" (an end); the reply ends on "..." ---
    (
        "Your parcel was marked delivered, but you never got it?! We are checking with the courier right now... The rider says he left it with a neighbour… but he could not say which one. Did anyone on your floor sign for it...? The photo he uploaded shows a different building!? A full refund has been approved…! The amount will be credited within two days… If the parcel does turn up, just keep it. We are really sorry!! Our team will ring you before evening...",
        [
            "Your parcel was marked delivered, but you never got it?! ",
            "We are checking with the courier right now... ",
            "The rider says he left it with a neighbour… but he could not say which one. ",
            "Did anyone on your floor sign for it...? ",
            "The photo he uploaded shows a different building!? ",
            "A full refund has been approved…! ",
            "The amount will be credited within two days… ",
            "If the parcel does turn up, just keep it. ",
            "We are really sorry!! ",
            "Our team will ring you before evening...",
        ],
    ),
    # --- emoji: one opening the reply, one with a presentation selector inside a sentence, one after a sentence's "?", one closing a sentence with no stop, two after a sentence's full stop, one right before "!", a skin-toned one after a sentence's full stop mid-reply, one after the reply's closing "!" ---
    (
        "🎂 Your son's birthday cake order is all set for Friday evening! It is a two-kilo chocolate cake with a racing car on top 🏎️ and his name in blue icing. Shall we tie a gift ribbon around the box? 🎀 The cake will reach you by six 🚚 Please keep it in the fridge until the party starts. 🍫🌟 We have added a free packet of party hats 🥳! Payment is done, thank you. 🙌🏾 Have a wonderful party! 🍰",
        [
            "🎂 Your son's birthday cake order is all set for Friday evening! ",
            "It is a two-kilo chocolate cake with a racing car on top 🏎️ and his name in blue icing. ",
            "Shall we tie a gift ribbon around the box? 🎀 ",
            "The cake will reach you by six 🚚 ",
            "Please keep it in the fridge until the party starts. 🍫🌟 ",
            "We have added a free packet of party hats 🥳! ",
            "Payment is done, thank you. 🙌🏾 ",
            "Have a wonderful party! 🍰",
        ],
    ),
    # --- one-line list with "▸ " markers after a colon, items ending in ";", ";", "; and" and ".", with a plain sentence before it and four after ---
    (
        "Your son's hostel admission has gone through for the coming session. Please pack these before he leaves: ▸ a steel plate and glass; ▸ two bedsheets and a pillow cover; ▸ a small lock for his cupboard; and ▸ a torch with spare cells. Mobile phones are kept with the warden on weekdays. Can he come home on Sundays? Yes, if a parent signs him out at the gate. Visiting hours are from four to six.",
        [
            "Your son's hostel admission has gone through for the coming session. ",
            "Please pack these before he leaves: ",
            "▸ a steel plate and glass; ",
            "▸ two bedsheets and a pillow cover; ",
            "▸ a small lock for his cupboard; and ",
            "▸ a torch with spare cells. ",
            "Mobile phones are kept with the warden on weekdays. ",
            "Can he come home on Sundays? ",
            "Yes, if a parent signs him out at the gate. ",
            "Visiting hours are from four to six.",
        ],
    ),
    # --- multi-line list with "▪ " markers after a heading line ending in a colon, items ending with "?", no mark, "!" and ".", after a sentence ending at its newline and before four plain sentences ---
    (
        "Thank you for booking the free eye camp for your mother.\nOn the day of the camp:\n▪ Has she eaten breakfast?\n▪ Her current spectacles and old reports\n▪ No eye drops that morning!\n▪ A family member should come with her.\nThe check-up takes about two hours. Those who need cataract surgery will be given a date. Is she diabetic? Please tell the nurse at the desk.",
        [
            "Thank you for booking the free eye camp for your mother.\n",
            "On the day of the camp:\n",
            "▪ Has she eaten breakfast?\n",
            "▪ Her current spectacles and old reports\n",
            "▪ No eye drops that morning!\n",
            "▪ A family member should come with her.\n",
            "The check-up takes about two hours. ",
            "Those who need cataract surgery will be given a date. ",
            "Is she diabetic? ",
            "Please tell the nurse at the desk.",
        ],
    ),
    # --- mixed scripts: Gujarati holding બી.એ. before a word, English, બી.એ. opening a Gujarati sentence, an English question, Hindi at ।, a Gujarati question holding બી.એ. before a word, an English "!" ---
    (
        "તમારી દીકરીએ બી.એ. પાસ કર્યું તે જાણીને આનંદ થયો. Our school needs a Gujarati teacher for the primary section. બી.એ. થયેલા ઉમેદવારોને પહેલા છ મહિના તાલીમ અપાશે. Does she have any teaching experience? तनख़्वाह हर महीने की पहली तारीख़ को मिलेगी। Interviews are next Wednesday at eleven. શું તે બી.એ. માર્કશીટની નકલ લાવી શકશે? અમારી શાળા તમારા ઘરથી માત્ર દસ મિનિટ દૂર છે. कृपया उसका पता और फ़ोन नंबर हमें भेज दीजिए। We wish her the very best!",
        [
            "તમારી દીકરીએ બી.એ. પાસ કર્યું તે જાણીને આનંદ થયો. ",
            "Our school needs a Gujarati teacher for the primary section. ",
            "બી.એ. થયેલા ઉમેદવારોને પહેલા છ મહિના તાલીમ અપાશે. ",
            "Does she have any teaching experience? ",
            "तनख़्वाह हर महीने की पहली तारीख़ को मिलेगी। ",
            "Interviews are next Wednesday at eleven. ",
            "શું તે બી.એ. માર્કશીટની નકલ લાવી શકશે? ",
            "અમારી શાળા તમારા ઘરથી માત્ર દસ મિનિટ દૂર છે. ",
            "कृपया उसका पता और फ़ोन नंबर हमें भेज दीजिए। ",
            "We wish her the very best!",
        ],
    ),
    # --- mixed scripts: Malayalam holding എം.എ. before a word, English, എം.എ. opening a Malayalam sentence, Tamil at "." and a Tamil question, a Malayalam question holding എം.എ. before a word, an English "!" ---
    (
        "മകൻ എം.എ. പരീക്ഷ ജയിച്ചതിൽ വളരെ സന്തോഷം. Our publishing house is hiring a Malayalam proofreader. എം.എ. യോഗ്യതയുള്ളവർക്ക് മുൻഗണനയുണ്ട്. The job can be done from home on most days. இந்த வேலைக்கு சில நேரம் தமிழ் மொழிபெயர்ப்பும் தேவைப்படும். அவரால் தமிழ் படிக்க முடியுமா? Payment is per page, settled every fortnight. അവന് എം.എ. സർട്ടിഫിക്കറ്റിന്റെ പകർപ്പ് അയക്കാമോ? ഒരു ചെറിയ എഴുത്തുപരീക്ഷയും ഉണ്ടാകും. We hope to hear from him soon!",
        [
            "മകൻ എം.എ. പരീക്ഷ ജയിച്ചതിൽ വളരെ സന്തോഷം. ",
            "Our publishing house is hiring a Malayalam proofreader. ",
            "എം.എ. യോഗ്യതയുള്ളവർക്ക് മുൻഗണനയുണ്ട്. ",
            "The job can be done from home on most days. ",
            "இந்த வேலைக்கு சில நேரம் தமிழ் மொழிபெயர்ப்பும் தேவைப்படும். ",
            "அவரால் தமிழ் படிக்க முடியுமா? ",
            "Payment is per page, settled every fortnight. ",
            "അവന് എം.എ. സർട്ടിഫിക്കറ്റിന്റെ പകർപ്പ് അയക്കാമോ? ",
            "ഒരു ചെറിയ എഴുത്തുപരീക്ഷയും ഉണ്ടാകും. ",
            "We hope to hear from him soon!",
        ],
    ),
    # --- mixed scripts: Odia holding ଏମ.କମ୍. before a word, English, an Odia question opening with ଏମ.କମ୍., Bengali at ।, an Odia question, Urdu at ۔ and ؟, English ---
    (
        "ଆପଣଙ୍କ ଭଉଣୀ ଏମ.କମ୍. ପରୀକ୍ଷାରେ ପ୍ରଥମ ହୋଇଛନ୍ତି ବୋଲି ଶୁଣି ଖୁସି ଲାଗିଲା। Our cooperative bank would like her to join as an accounts assistant. ଏମ.କମ୍. ପରେ ସେ କୌଣସି କମ୍ପ୍ୟୁଟର କୋର୍ସ କରିଛନ୍ତି କି? The posting would be at our branch near the railway station. কাজের সময় সকাল দশটা থেকে বিকেল পাঁচটা। She would get provident fund and medical cover from the first month. ଆପଣ ତାଙ୍କୁ ଏ ବିଷୟରେ କହିବେ କି? انٹرویو اگلے ہفتے ہماری مرکزی شاخ میں ہوگا۔ کیا وہ پیر کو آ سکتی ہیں؟ Do call us once she decides.",
        [
            "ଆପଣଙ୍କ ଭଉଣୀ ଏମ.କମ୍. ପରୀକ୍ଷାରେ ପ୍ରଥମ ହୋଇଛନ୍ତି ବୋଲି ଶୁଣି ଖୁସି ଲାଗିଲା। ",
            "Our cooperative bank would like her to join as an accounts assistant. ",
            "ଏମ.କମ୍. ପରେ ସେ କୌଣସି କମ୍ପ୍ୟୁଟର କୋର୍ସ କରିଛନ୍ତି କି? ",
            "The posting would be at our branch near the railway station. ",
            "কাজের সময় সকাল দশটা থেকে বিকেল পাঁচটা। ",
            "She would get provident fund and medical cover from the first month. ",
            "ଆପଣ ତାଙ୍କୁ ଏ ବିଷୟରେ କହିବେ କି? ",
            "انٹرویو اگلے ہفتے ہماری مرکزی شاخ میں ہوگا۔ ",
            "کیا وہ پیر کو آ سکتی ہیں؟ ",
            "Do call us once she decides.",
        ],
    ),
    # --- mixed scripts: Marathi at ".", English, Kannada at "." and a Kannada question, English, Punjabi at । and a Punjabi question, an English "!", Marathi at ".", English ---
    (
        "तुमच्या गावात जनावरांसाठी मोफत आरोग्य शिबिर भरणार आहे. The camp runs in the panchayat yard all day on Sunday. ಜಾನುವಾರುಗಳಿಗೆ ಉಚಿತ ಲಸಿಕೆ ನೀಡಲಾಗುತ್ತದೆ. ನಿಮ್ಮ ಬಳಿ ಎಷ್ಟು ಹಸುಗಳಿವೆ? Bring each animal's ear-tag number if it has one. ਦੁੱਧ ਵਧਾਉਣ ਵਾਲੀ ਖੁਰਾਕ ਬਾਰੇ ਵੀ ਸਲਾਹ ਮਿਲੇਗੀ। ਕੀ ਤੁਸੀਂ ਆਪਣੇ ਗੁਆਂਢੀਆਂ ਨੂੰ ਵੀ ਦੱਸੋਗੇ? Free deworming doses are also on offer! शिबिर सकाळी आठ वाजता सुरू होईल. See you there with your herd.",
        [
            "तुमच्या गावात जनावरांसाठी मोफत आरोग्य शिबिर भरणार आहे. ",
            "The camp runs in the panchayat yard all day on Sunday. ",
            "ಜಾನುವಾರುಗಳಿಗೆ ಉಚಿತ ಲಸಿಕೆ ನೀಡಲಾಗುತ್ತದೆ. ",
            "ನಿಮ್ಮ ಬಳಿ ಎಷ್ಟು ಹಸುಗಳಿವೆ? ",
            "Bring each animal's ear-tag number if it has one. ",
            "ਦੁੱਧ ਵਧਾਉਣ ਵਾਲੀ ਖੁਰਾਕ ਬਾਰੇ ਵੀ ਸਲਾਹ ਮਿਲੇਗੀ। ",
            "ਕੀ ਤੁਸੀਂ ਆਪਣੇ ਗੁਆਂਢੀਆਂ ਨੂੰ ਵੀ ਦੱਸੋਗੇ? ",
            "Free deworming doses are also on offer! ",
            "शिबिर सकाळी आठ वाजता सुरू होईल. ",
            "See you there with your herd.",
        ],
    ),
    # --- mixed scripts: Telugu at "." and a Telugu question, English, Assamese at । and an Assamese question, an English "!", Hindi at । and a Hindi question, Tamil at "." ---
    (
        "మీ కొత్త దుకాణానికి విద్యుత్ కనెక్షన్ మంజూరైంది. Our lineman will fix the meter on Thursday before noon. మీరు ఆ రోజు దుకాణంలో ఉంటారా? আপোনাৰ দোকানৰ বাবে এটা নতুন মিটাৰ লগোৱা হ'ব। Do keep your electrician's wiring certificate ready! बिल हर दो महीने में आपके फ़ोन पर आएगा। क्या आप बिल ऑनलाइन भरना चाहेंगे? மின் கட்டணத்தை எங்கள் செயலியிலும் செலுத்தலாம். আৰু কিবা সুধিব লাগে নেকি? Wishing your new shop every success!",
        [
            "మీ కొత్త దుకాణానికి విద్యుత్ కనెక్షన్ మంజూరైంది. ",
            "Our lineman will fix the meter on Thursday before noon. ",
            "మీరు ఆ రోజు దుకాణంలో ఉంటారా? ",
            "আপোনাৰ দোকানৰ বাবে এটা নতুন মিটাৰ লগোৱা হ'ব। ",
            "Do keep your electrician's wiring certificate ready! ",
            "बिल हर दो महीने में आपके फ़ोन पर आएगा। ",
            "क्या आप बिल ऑनलाइन भरना चाहेंगे? ",
            "மின் கட்டணத்தை எங்கள் செயலியிலும் செலுத்தலாம். ",
            "আৰু কিবা সুধিব লাগে নেকি? ",
            "Wishing your new shop every success!",
        ],
    ),
]
