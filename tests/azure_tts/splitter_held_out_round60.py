"""Held-out cases for the sentence splitter, round 60: written without reading or running it.

Written after reading only /work/main/tests/azure_tts/splitter_held_out_round59.py and
/work/main/tests/azure_tts/splitter_held_out_round58.py (for format and conventions), each opened by
its exact full path. First one command made the scratch folder /tmp/s40/w_s60/ with mkdir -p and ran
wc -l on both paths. Round 59 was then printed with sed -n in five line ranges (1-200, 200-420,
420-800, 800-1100 and 1100-1351), so it was read whole, docstring and cases. Round 58 was printed
with sed -n in line ranges 1-170, 170-330 and 330-700 (the tool's display cut a stretch of that last
print, about lines 496 to 510, which was not printed again), and then 1000-1414 (the display cut
about lines 1147 to 1239 of it, not printed again); so its docstring was read whole and its cases
only in part. Neither file was printed with cat. No other file of /work was opened, no folder of the
project was listed, no wildcard or glob was used on a project path, git was not used, no splitter
source, test, bench, README or log was opened, and no web, code or document search was made. Nothing
was run against the splitter or in the project, and its package was not imported. Python scripts in
the scratch folder read the two files as text (open and read) for the phrase-overlap and short-form
checks below, and parsed round 59's docstring with the ast module to take its conventions and
readings paragraphs (reused below, with the round numbers moved on); neither file was imported or
run. In /tmp only the scratch folder /tmp/s40/w_s60/ and this file were written. /tmp/s40 itself
was listed once (ls -la), after this file was written, to confirm where it had landed; nothing else
there was opened or changed. Every Python run had bytecode writing turned off (PYTHONDONTWRITEBYTECODE=1).

One slip against the letter of the reading rules is known: the command that printed round 58's lines
1000-1414 began with "sed -n 700,1000p" on round 58 piped through cut -c1-400 and head -0, so the
sed output of that file was piped into two other tools. Since head -0 passes nothing on, nothing of
lines 700 to 1000 was shown (that stretch of round 58 was never displayed), and no file was opened
through the pipe; but the rule forbids any such pipe, so it is recorded here. One further pipe, not
of either file's output, is noted for completeness: a listing of this file's own draft chunks (a
Python script in the scratch folder that read only the drafts) was piped through sed -n 1,400p to cap
its length. No other slip is known.

The cases were drafted as chunk lists in the scratch folder (four drafts of 15) and this file was
assembled from them (so each text is the join of its chunks); checks confirmed that the chunks
concatenate exactly to the text, that every chunk but the last ends in whitespace and the last does
not, that there are 60 cases with 8 to 14 chunks each, that no case holds a zero-width joiner or
non-joiner or a backslash, and that the module imports by path (importlib, on this file only, with
bytecode writing off).

Shape: as in rounds 58 and 59, every case is a realistic reply of a phone or voice assistant for
Indian customers, given as (text, expected chunks), the text whole; no stream split is stored here.
The replies hold 9 to 12 chunks each (639 in all). As in round 59 there is no block of plain
everyday replies: every one of the 60 carries at least one spot where a careful reader cuts (or does
not cut) without doubt but a simple rule may not, most of all a short form, unit form, time form or
dotted acronym followed by a capitalised word, either opening the next sentence or going on with the
same one, and an emoji followed by a capitalised word, either closing a sentence with no stop or
standing inside one before its object or a name.

No sentence is taken or paraphrased from the two files. A phrase-overlap check searched every
16-character run of every case's text against both whole files (docstrings included,
case-insensitively, digits mapped to ASCII, escaped quotes read as quotes). Its first pass found many
ordinary shared runs (among them " would you like ", ". thank you for ", " the night before", " on
the second floor", " is served on board", " part of the fare", " please reach the ", " has been
approved", " has been renewed for", " your bank account", " your savings account", " land record
extract", " congratulations ", " crop insurance claim", " the whole family!", " is printed on the
", " a water bottle of", a Hindi "दर्ज हो गया है।" run, a Hindi "पर भेज दी गई है" run and an Odia
"ରଥଯାତ୍ରା ପାଇଁ ଆପଣଙ୍କ" run), and the sentences holding them were reworded; a second pass reworded the
last few (" between 10:30 a.m. and ", " temple darshan ", " linked account.", "mein call
kijiye.", " now runs for another", ". we appreciate you", ". do you want a ", " will receive you
at", "the month after ", " of every month.", " the front office.", " at the main gate") and a third
two more (" will be waiting at", ". do you wish to "). The last pass finds no 16-character run
shared with either file. A within-file run check (every case's text against every other case's, and
against itself) also reworded repeats (" round the clock", " would you like " in six replies, "
birth certificate" in three and twice in one, " the night before" in three, " straight to your bank
account", " can be downloaded from the ", " booked at the desk", " your daughter's ", " of each
month.", " from your hotel.", " come by s.m.s. ", " credited to you", a Bengali and Assamese
"বুকিং নিশ্চিত হ" run, a Hindi "एफ.आई.आर. की प्रति" run twice in one reply and a name twice in
one reply), and now finds none.

Topics: a returned bank transfer, a flat's booking, a train to Amritsar, a child's fever medicines, a
refrigerator's delivery, a brain scan, a property suit, a nursery admission, a cashless knee
operation, a cooking gas refill, a fertiliser order (Hindi), a food order (Hinglish), a senior
citizen's deposit, a hill trip, a water connection, a children's party, a date of birth correction,
a tractor loan, a broadband outage, a policy's maturity, a school trip, a minor's passport, a puja
pandal tour (Bengali and English), an eye camp (Tamil and English), chilli in cold storage (Telugu
and English), a property tax receipt (Marathi and English), a shop's tax registration (Gujarati and
English), a dairy's weekly milk account (Punjabi and English), an umrah package (Urdu and English), a
school bus seat (Kannada and English), an ayurveda stay (Malayalam and English), a hotel for the
chariot festival (Odia and English), a wildlife safari (Assamese and English), a stolen phone's
police complaint (Hindi written with "."), a school's annual day, a learner's driving licence, a
home loan, a prepaid mobile plan, a silk saree order, a move out of intensive care, a crop insurance
payout, a gym membership, a delayed flight, a rental agreement, a cinema booking, a card fraud
alert, rooftop solar, a voter card, a temple visit, a wedding day's plan, a clinic appointment
(Hinglish), a cab (Hinglish), nursing results, a pensioner's life certificate, a dinner table, a
mutual fund instalment, a farmer's credit card (Hindi and English), an island ferry, a milk
subscription and a wholesale order of shawls.

Short forms, names and markers: each was searched for in both files as a plain substring
(case-insensitively; such a search also finds a form inside a longer word). Found in neither file:
I.F.S.C., sq. m., Mrs., M.R.I., O.P.D., Ors., Sr. Adv., T.P.A., T.D.S., S.B., Exec., D.O.B.,
U.I.D.A.I., U.R.N., H.P., R.C., L.O.S., L.I.C., P.A.N., ltr., M.T., G.S.T., B.A.M.S., I.I.T., R.T.O.,
E.M.I., mtrs., gm., I.C.U., P.M.F.B.Y., ha., Capt., Regd., P.P.O., C.V.V., B.L.O., E.P.I.C., B.Sc.,
M.Sc., N.A.V., S.I.P., A.T.M., Bros., V.R.L., L.R., L.P.G., the Indic forms कि.ग्रा., प्रो.,
डी.ए.पी., एफ.आई.आर., आई.एम.ई.आई. and જી.એસ.ટી., the web domains sikhodrive.in and
nivesh-sathi.in, the names IndiGo and RuPay, the emoji ⏳, ❄️, 🌃, 🍰, 🍷, 🍿, 🎓, 🎬, 🎯, 🏋️, 🏝️,
🏞️, 👉, 💐, 💪, 📞, 📦, 📱, 😋, 😔, 🚕, 🚖, 🚚, 🛫, 🛵, 🤹, 🥳, 🦏, 🧸 and 🪷, and the list markers
"(i) ", "(ii) ", "(iii) " and "(iv) ". Found in one or both (so not new here): N.E.F.T., p.m., a.m.,
sq. ft., Ms., ml., hrs., hr., Dr., mins., vs., Addl., Jr., Sr., approx., kg., Mt., mm., Asst.,
S.M.S., yrs., A.C., km., Govt., wks., incl., Prof., U.P.I., P.M., No., Rd., St., O.T.P., Pvt. Ltd.,
Mr., Shri, and the emoji ☀️, 🎂, 🎉, 💳, 👋 and 🙏. Undotted forms (KG, GB, kW, WhatsApp, IndiGo,
RuPay, a car number "DL 3C 4521" and the words YES and NO) stand only inside sentences, none at a
sentence's end; no date is given a weekday, no single capital letter ends a sentence other than as
the last part of a dotted form, and no case holds a zero-width joiner or non-joiner.

Conventions (those rounds 58 and 59 state, kept): each case is (text, the chunks a careful human
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

Round 58 added these readings, kept (it left out as open, among others, a short form before a
capitalised word that may or may not open a sentence, "??", a month form with a day number ending a
sentence, a colon time ending a sentence at a full stop, a web address with a query string right
before "?", a phone number right before "!", "Rs." as an amount-word, a joined emoji closing a
sentence with no stop, a dotted Indic form right before "?" or a comma, a "?" inside a bold phrase,
an underscore italic, a numbered or lettered list or a heading line in markdown): a lower-case short
form ending a sentence before "It" ("railway police stn. It") ends the chunk, as one before any
pronoun does; a three-part mixed-case dotted diploma ("a D.El.Ed. It", "her D.El.Ed.? She", "A
D.El.Ed. (done only through distance learning) is") behaves as any dotted degree does; "Cap." before
a capitalised drug name ("take Cap. Amoxycillin three") is not an end, as "Oint." before one is not;
a lower-case "tabs." ending a sentence before a question ("paracetamol tabs. Can") ends the chunk,
as "caps." does; "Sec." before a number inside an address and inside a question ("Sec. 21, Nr. Vashi
Depot", "Does Sec. 21 have") is not an end, as a short form before a number is not; a lower-case
short form before a comma early in a sentence ("Each yr., your") is not an end; a lower-case dotted
acronym before a lower-case word ("w.e.f. the first") is not an end; a short form opening a sentence
before a capitalised title ("Asst. Registrar Kapoor has") stays with it; a unit form after a decimal
ending a sentence before "It" ("37.5 kg. It") ends the chunk after the full stop, one after a
decimal before a comma ("3.8 cm., so") is not an end, and one after a number with a thousands comma
right before "!" ("3,264 qtl.! Thank") ends the chunk after the "!"; "esp." before a lower-case word
after a comma ("meals, esp. the night") and inside a question ("ward, esp. children?") is not an
end, as "e.g." and "incl." are not; a rupee amount with paise right before "?" ("₹9,362.40? Yes")
ends the chunk after the "?"; an amount before a lower-case bracketed phrase holding a comma
("₹6,800 (per day, in a general ward) for") is not an end; a decimal percentage right before "!"
("97.3%! Renew") ends the chunk after the "!"; a dotted date before a comma followed by a colon time
("18.12.2093, leaving at 21:40 from") is neither cut nor an end; a month form with no day number
right before "?" ("run in Dec.? Yes") ends the chunk after the "?", and one before a day number
mid-sentence ("after Dec. 28 because") is not an end; a dotted time inside a question before "the"
("by 07.35 the following") is not an end; a hyphen date and a colon time inside a bracket ("(booked
for 2093-12-20 at 19:35) is") are neither cut nor an end; an http:// address with a path right
before "?" ("paanipatra.in/jhatpat? It") ends the chunk after the "?", as a web address right before
"?" does; a landline with hyphens ending a sentence before a capital ("020-2674-3918. Call") ends
the chunk after the full stop, as a phone number does; a "!" inside a closing straight double quote
ending a sentence ("Walk today, live longer!" Our) ends the chunk after the quote; a full stop just
after a closing curly double quote (“Heart Hero”. [) ends the chunk after that full stop; the reply
may end on "…"; an emoji with a presentation selector right before "?" ("heights 🏔️? Your") stays in
its sentence and the chunk ends after the "?", as one without a selector does; a skin-toned emoji
after a full stop mid-reply ("message. 👋🏻 The") stays with that sentence; "➤ " and "• " markers
behave as the files' list markers do.

Round 59 added these readings, kept (it took up some points the earlier files leave open, each
only where the cut is beyond doubt, and still left out as open, among others, "??", a month form
with a day number ending a sentence, a web address with a query string right before "?", a phone
number right before "!", "Rs." as an amount-word, a joined emoji, two emoji closing a sentence
with no stop, a dotted Indic form ending a sentence or right before "?" or a comma, a "?" inside a
bold phrase, an underscore italic and a heading line in markdown):
1. A short form, unit form or dotted acronym ending a sentence right before a capitalised word that
   plainly opens the next sentence and cannot be read as going on with the one before ends the
   chunk after its full stop, as the conventions say one does before any capitalised word: before
   a noun ("fresh K.Y.C. Aadhaar", "4.2 kg. Delivery", "1 p.m. Cheques", "photo etc. Originals",
   "agreement etc. Municipal", "N.E.F.T. Funds", "R.T.G.S. Minimum", "1,180 sq. ft. Corner", "per
   sq. ft. Lift", "Pvt. Ltd. Payment", "32 yrs. Family", "3 yrs. Spare", "2 yrs. Service", "7 yrs.
   Bonus", "1 yr. Scholarship", "4 wks. Copies", "12 hrs. Night", "5 ml. Children", "38 km. Toll",
   "10 p.m. Home", "24 hrs. Officers", "20 mins. Birthday", "the block's J.E. Written", "the Z.P.
   Repairs", "an S.M.S. Updates", "Ramesh Iyer Jr. Proof"), before a name ("10 tabs. Ramesh",
   "4:30 a.m. Suresh Kumar"), before a title and a name ("9:30 a.m. Dr. Farida Khan"), before an
   adjective ("55 minutes approx. Early", "8 a.m. to 8 p.m. Silent", "two-year M.B.A. Hearty", "3
   p.m. Fragile", "15 mins. Dilating") and before a weekday ("2 hrs. Saturday", "5 p.m. Tuesday");
   "Pvt. Ltd. Their", "an S.M.S. Happy", "3:30 p.m. Nominee", "2 p.m. Early", "8:45 a.m.
   Calculators", "3 yrs. Beyond" and "7 p.m. Can" end it too.
2. A short form inside a sentence before a capitalised name, title or place is not an end: "Lt.
   Col. Arvind Sehgal (Retd.), who", "Maj. Ritu Chauhan", "St. Aloysius High School", "Sr. Mary
   Celine", "Mt. Carmel Road", "Smt. Lalitha Raman", "Smt. Pooja Arora", "the Govt. Girls' Higher
   Secondary School", "the Govt. Model School", "the Govt. Polytechnic.", "Saraswat Co-op. Bank.",
   "Sharma vs. Municipal Corporation of Delhi", "Prof. Anjali Menon", "Mr. Joseph D'Souza", "Adv.
   Nitin Bhalla", "your U.P.I. PIN."; initials before a surname ("Shri K. P. Unnikrishnan.", "Shri
   R. S. Bhatia,", "Shri B. L. Meena,", "Shri A. R. Deshmukh of", "Shri G. V. Salunkhe,", "Shri M.
   D. Pawar,", "Dr. P. K. Bora of") hold no end; a short form before a number or code ("Vol. 2 of",
   "Court No. 14 on", "Locker No. 217 on", "Ref. No. TH/2231 at") is not an end; a short form
   before a lower-case bracketed phrase or a bracket's comma ("Pvt. Ltd. (the seller), has",
   "(Retd.), who") is not one.
3. Lower-case forms and times before a lower-case word or a comma are not ends: "O.T.P. to", "6:15
   a.m. today", "4 p.m. on", "7:05 a.m., so", "6 p.m., call", "2 p.m. that", "8 p.m. show", "40
   nos. leaves", "25 nos. will", "reference no. for", "B.Com. with", "E.C.G. is", "1 kg. dark", "15
   kg. per", and in Hinglish "11 a.m. tak", "etc. sab" and "10 kg. ka".
4. A colon time ending a sentence at a full stop before a capital ("at 06:10. Platform", "at 11:25.
   Lunch", "at 17:40. Do", "by 10:15. Hearings", "at 10:30. Will", "at 5:45. Can") ends the chunk
   after the full stop, as a dotted time does; colon times joined by "to" ("7:30 to 10:30 🍳") and
   "and" or "till" with a.m./p.m. are not a cut.
5. A decimal with no unit ending a sentence before a capital or a name ("pH of the soil is 6.8.
   Paddy", "0.42. Farmyard", "scored 87.5. Kavya", "61.25. Prizes") ends the chunk after the full
   stop, as a decimal percentage does; an amount with paise ending a sentence ("₹38,450.75.
   Depreciation", "₹350.50. Our") ends it after the final full stop; an e-mail ending a sentence
   before a name ("refunds@gharkart.in. Anita") and a web address with a path ending one before a
   capital ("/navinikaran. Appointment", "/vapasi. Orders") end it after the full stop.
6. A single emoji closing a sentence with no stop ends the chunk before a capitalised name, title or
   noun ("all set 🎂 Meena", "done 🐶 Bruno", "his neck 🔍 Dr. Shalini", "all booked 🌴 Check-in",
   "on foot 🏖️ Lifeguards", "on delivery 💳 Cards"); an emoji after a sentence ending on "p.m."
   ("8 p.m. 🍽️ Chef") stays with that sentence, as one after any sentence's full stop does; an
   emoji closing a first line with no stop ("this Saturday 🪔" and a newline) is a chunk with its
   newline; an emoji closing an English sentence with no stop before an Assamese sentence ends the
   chunk.
7. Numbered and lettered one-line lists after a colon ("1. ", "(a) ", "a) ", "1) " markers, plain
   text, not markdown) are chunked as their multi-line form would be, as the files' one-line lists
   with symbol markers are: the lead-in ending in the colon is one chunk and each item with its
   marker is one chunk, items ending ".", ",", ", and", ";" or "; and"; a numbered item right after
   an amount and a comma ("₹1,842, 2. a fixed") begins a new chunk, and an item ending in a dotted
   acronym and a capitalised word ("U.P.I. PIN.") ends only at its full stop. Multi-line numbered
   and lettered lists after a heading line are chunked line by line, an item with no closing mark
   or ending in "p.m." still a chunk ending at its newline.
8. In a mixed-script reply an English sentence ending in a short form ("etc.", "a.m.", "hrs.",
   "wks.", "approx."), an amount, a decimal with a unit, a web address or an e-mail right before an
   Indic-script sentence ends the chunk after its full stop, as before a capital; an Indic title
   form before a name (डॉ., जे.ई., ডা., திரு., డా., ડૉ., ਡਾ., ಡಾ., ഡോ.) and an Indic unit or
   currency form before a word or a number (कि.मी., रु.) do not end a sentence, also in a Hindi
   reply written with "." (as the files' dotted Indic forms before a word do not); a Hindi sentence
   ending in "।" inside a closing straight double quote ends the chunk after the quote, as one
   ending in "." does; a bracketed Hindi sentence is its own chunk.
9. A unit form right before "?" ("in 4 wks.? Give") ends the chunk after the "?"; "a.m." ending a
   sentence before a bracketed sentence ("7 a.m. (No seats") ends the chunk, and the bracketed
   sentence is its own chunk; a quoted sentence after a colon ("a message: “We are sorry for the
   delay.” Priya") is not cut at the colon and ends after the closing quote; a "?" inside a closing
   straight double quote ending a sentence ("first call?" Nearly) ends the chunk after the quote; a
   full stop just after a closing straight double quote ("staff". Suresh; "PENDING". Our), a
   closing curly single quote (‘Ocean Blue’. We) or a bracket holding a quote ("SL"). If) ends the
   chunk after that full stop.

Readings added here. As in round 59, the brief asked for spots where a careful reader cuts (or does
not cut) without doubt but a simple rule may not, so some cases take up points the earlier files
leave open; each such point is listed below, and each was used only where no careful reader would
dispute the cut (a short form before a capitalised word that could as well open a sentence as go on
with one, such as a weekday or "Dept. Officers", was left out, as were "??", a month form with a day
number ending a sentence, a web address with a query string right before "?", a phone number right
before "!", "Rs." as an amount-word, a joined emoji, two emoji closing a sentence with no stop, a
dotted Indic form ending a sentence or right before "?" or a comma, a "?" inside a bold phrase, an
underscore italic and a heading line in markdown):
1. A short form, unit form, time form or dotted acronym right before a capitalised word that goes on
   with the same sentence is not an end: a time form before the name of a train, flight, safari or
   ritual ("6:05 a.m. Shatabdi from", "4:55 p.m. Swarna Shatabdi two", "9:40 p.m. IndiGo flight",
   "5:30 a.m. Elephant Safari in", "3 a.m. Nirmalya Darshan at") or before a dotted acronym ("10:30
   a.m. M.R.I. scan"); a unit form before a brand, variety or product name ("14.2 kg. Indane
   cylinder", "500 ml. Amul Gold pouches", "6.3 mtrs. Kanjivaram silk", "12 M.T. Guntur Sannam
   chillies", "1,580 sq. ft. Lake View units"); a dotted acronym or degree before a brand, place,
   scheme, subject, feature or document name ("45 H.P. Mahindra tractor", "of I.I.T. Madras.", "the
   P.M. Surya Ghar scheme", "B.Sc. Nursing results", "M.Sc. Nursing open", "S.I.P. Top-up of", "P.A.N.
   Card still", "by V.R.L. Logistics from"); "Jr." and "Sr." before a capitalised class name ("Jr. KG
   and Sr. KG at", "the Jr. KG batch"); a short form before a capitalised place or institution name
   ("Mt. Abu", "St. Andrew's Church", "Govt. Rajaji Hospital", "Govt. Medical College", "Regd. Post
   yesterday"); a short form before a capitalised title or a name ("the Addl. District Judge", "the
   Exec. Engineer's", "Asst. Commissioner Vijay Deshpande's", "Dr. Meenal Shah ke"); "Sr." opening a
   sentence before a title, a second short form or a capitalised noun ("Sr. Adv. Kamala Iyengar
   will", "Sr. Branch Manager Rekha Nair has", "Sr. Trainer Aditya Rane will", "Sr. Citizens like
   you") and "B.L.O." opening one before a name ("B.L.O. Sunita Yadav will") stay with it.
2. A short form, unit form, time form or dotted acronym ending a sentence before a capitalised word
   that plainly opens the next one ends the chunk after its full stop: before a name ("the I.F.S.C.
   Axis Bank", "by N.E.F.T. Sunita", "the R.C. Shiv Motors", "Andheri R.T.O. Mahesh", "at 6 a.m.
   Hiralal"), before a title and a name ("7 p.m. Sister Mercy", "7:15 a.m. Capt. Nikhil Sethi"),
   before a place name as the next subject ("12:20 p.m. Golden Temple crowds"), before a noun ("your
   D.O.B. Birth", "2.4 ha. Paddy", "neurology O.P.D. Queues", "6 hrs. Splicing", "2 hrs. Gas", "15
   mins. Metal", "10 ml. Kitchen", "225 km. Breakfast", "84.6 kg. Body", "per sq. ft. Parking",
   "through U.P.I. Silk Mark", "Kapoor Bros. Payment", "Pereira Sr. Rent", "2 yrs. Interest", "6
   p.m. Photography", "3 p.m. Stamp", "7:45 a.m. Teachers", "12:30 p.m. Interaction", "7:30 a.m.
   Storage", "10:30 a.m. Mobile", "2:15 a.m. Men", "6 a.m. Trips", "7:30 a.m. Fasting", "5:30 a.m.
   Security", "10:30 p.m. Steam", "24 mins. Interval", "4 hrs. Outside", "1 hr. 45 mins. Seas") and
   before an adjective ("1,240 sq. ft. East-facing", "810 sq. ft. Legal", "₹2,60,000 approx.
   Extra", "29.5 kg. Empty", "750 gm. Pure", "your U.R.N. Printed", "20 yrs. Loyal", "90 mins.
   New", "15 mins. Late").
3. An emoji closing a sentence with no stop ends the chunk before a capitalised name, noun or
   adjective ("hai 🛵 Rohit", "hai 🚖 Manjeet", "are booked 🎬 Rekha", "is booked 🎉 Decorations",
   "same truck 🚚 Exchange", "since morning 😔 Engineers", "ends tomorrow ⏳ Unlimited", "first floor
   🌃 Live", "as well 🚕 Driver", "hai 🥳 Khaane", "first month ☀️ Our"); an emoji inside a sentence
   before its object or a name does not end it ("call 📞 Ravi Shekhar, the", "Call 📞 Srinivas at",
   "entertainer 🤹 Jolly Joe will", "tap 👉 Recharge Now on", "with 💳 RuPay or", "our 🍰
   Tiramisu, made"); an emoji after a sentence ending on "p.m." ("5:15 p.m. 🎯 Each") stays with
   it, as in round 59; a reply may end on an emoji with no stop ("we are on it 🙏").
4. A short form before a comma, a lower-case word, a number or an amount is not an end, also when
   the next word is a Hinglish one: "Rao & Ors., has", "Pradeep Rao Jr., will", "Anthony Jr.,
   will", "Vikram Rao Jr., remains", "B.A.M.S., will", "0.8 mtrs., is", "12 Chapel Rd., Bandra",
   "Chapel Rd. hard", "per quarter, incl. filing.", "approx. 2 hrs.", "approx. 5 hrs.", "approx.
   ₹33,600", "approx. 300 metre", "approx. ₹540", "3 hrs. 24 mins.", "1 hr. 45 mins.", "38 kg.
   and", "25 kg. of", "7.5 ml. of", "4 ml. each", "6 hrs. between", "312 ltr. at", "1.5 km. from",
   "15 mm. pipe", "400 sq. ft. terrace", "the B.L.O. during", "the I.C.U. this", "an N.A.V. of",
   "your S.B. account", "no T.D.S. will", "the L.O.S. light", "the L.R. copy", "the V.R.L.
   godown", "the E.M.I. schedule." (ending the reply), "your C.V.V. with", "the L.P.G. emergency",
   "the S.M.S. with", "by S.M.S. once", "by S.M.S. every", "25 mins. mein", "10 hrs. ka", "8 a.m.
   se", "U.P.I. se", "O.T.P. batane", "5:30 p.m. ka", "9:15 p.m. tak" and "4 yrs.
   need".
5. A short form inside a round bracket mid-sentence ("The show (approx. 2 hrs.) begins") is not an
   end, as a bracket mid-sentence is not; "Pvt. Ltd." closing a quoted company name mid-sentence
   ("to "QuickMart Online Pvt. Ltd." at 1:12 a.m. today.") is not an end, as a quoted phrase inside
   a sentence is not.
6. A one-line list with roman markers ("(i) ", "(ii) ", "(iii) ", "(iv) ") after a colon is chunked
   as one with "(a) " markers is (items ending ",", ", and" and "."), and an item holding a single
   capital letter ("Annexure D signed") is not cut there; an item of a "1) " list ending in a short
   form before a comma ("2) a plot plan marked in sq. ft., ") is one chunk; in a multi-line list
   after a heading line each line is a chunk with its newline also when it ends on a unit form ("•
   drinking water, at least 1 ltr.") or a time form ("1. Haldi at the lawn, 9 a.m.", "2. Lunch for
   guests, 12:30 p.m."), and an item with no closing mark ("• lunch in a steel box") ends at its
   newline.
7. In a mixed-script reply an English sentence ending in a short form, unit form, time form, dotted
   acronym or "lakh" right before an Indic or Urdu sentence ends the chunk after its full stop ("6
   p.m.", "42 km.", "1 a.m." before Bengali; "2 wks." before Tamil; "40 kg." before Telugu; "74.5
   sq. m." before Marathi; "G.S.T." before Gujarati; "7:30 a.m." before Punjabi; "5 hrs." and "23
   kg." before Urdu; "7:10 a.m." before Kannada; "6:30 a.m." and "incl." before Malayalam; "8 a.m."
   before Odia; "2 hrs." before Assamese; "₹1.6 lakh" and "A.T.M." before Hindi); an Indic dotted
   form before a word (कि.ग्रा. की, प्रो. रमेश, आई.एम.ई.आई. नंबर, જી.એસ.ટી. રજિસ્ટ્રેશન), inside a
   question before a word (डी.ए.पी. खाद) or opening a sentence (एफ.आई.आर. की) is not an end, also in
   a Hindi reply written with ".".
8. A dotted degree right before "?" ("an M.Sc.? Entrance") ends the chunk after the "?", as round
   58's "her D.El.Ed.? She" does; an e-mail with a dot and a hyphen ending a sentence before a
   capital ("farhan.ali@nivesh-sathi.in. Happy") and an https:// address with a path ending one
   before a capital ("/abhyas. Most") end the chunk after the full stop; a phone number with hyphens
   ending a sentence ("1800-425-1122. Calls") ends it after the full stop.

"""

from __future__ import annotations

HELD_OUT: list[tuple[str, list[str]]] = [
    # --- N.E.F.T. return, I.F.S.C. ending a sentence before a bank's name ---
    (
        "Your N.E.F.T. of ₹48,600 to Meenakshi Traders came back unpaid. The payee's account number did not match the I.F.S.C. Axis Bank sent the money back at 2:40 p.m. yesterday. The full amount is in your account again, with no charge deducted. Please confirm the account details with the payee once more. An I.F.S.C. has eleven characters, and the fifth one is always a zero. N.E.F.T. now works round the clock, holidays included. You can retry through our app as soon as the details are fixed. Shall we save this payee for you once it goes through? Your branch in Anna Nagar can also help on weekdays till 4 p.m. Tokens for the counter are handed out by the guard at the door.",
        [
            "Your N.E.F.T. of ₹48,600 to Meenakshi Traders came back unpaid. ",
            "The payee's account number did not match the I.F.S.C. ",
            "Axis Bank sent the money back at 2:40 p.m. yesterday. ",
            "The full amount is in your account again, with no charge deducted. ",
            "Please confirm the account details with the payee once more. ",
            "An I.F.S.C. has eleven characters, and the fifth one is always a zero. ",
            "N.E.F.T. now works round the clock, holidays included. ",
            "You can retry through our app as soon as the details are fixed. ",
            "Shall we save this payee for you once it goes through? ",
            "Your branch in Anna Nagar can also help on weekdays till 4 p.m. ",
            "Tokens for the counter are handed out by the guard at the door.",
        ],
    ),
    # --- flat booking, sq. ft. ending before an adjective and before a capitalised product name ---
    (
        "Thank you for visiting Green Meadows on Sunday. The flat you liked on the ninth floor measures 1,240 sq. ft. East-facing flats on that floor have all been sold. Our 1,580 sq. ft. Lake View units still have two homes left on the twelfth floor. The base price is ₹7,850 per sq. ft. Parking, club membership and legal charges come on top. Will you be taking a housing loan? Three banks have already cleared this project for lending. Our sales head, Mrs. Shalini D'Mello, can walk you through the payment plan. Our sample flat can be seen any day after 10:30 a.m., up to 6:30 p.m. Next time, do come along with your parents too!",
        [
            "Thank you for visiting Green Meadows on Sunday. ",
            "The flat you liked on the ninth floor measures 1,240 sq. ft. ",
            "East-facing flats on that floor have all been sold. ",
            "Our 1,580 sq. ft. Lake View units still have two homes left on the twelfth floor. ",
            "The base price is ₹7,850 per sq. ft. ",
            "Parking, club membership and legal charges come on top. ",
            "Will you be taking a housing loan? ",
            "Three banks have already cleared this project for lending. ",
            "Our sales head, Mrs. Shalini D'Mello, can walk you through the payment plan. ",
            "Our sample flat can be seen any day after 10:30 a.m., up to 6:30 p.m. ",
            "Next time, do come along with your parents too!",
        ],
    ),
    # --- train, a.m. and p.m. before a train's name inside a sentence, p.m. ending before a place name ---
    (
        "We have got you two seats on the 6:05 a.m. Shatabdi from New Delhi to Amritsar. It pulls into Amritsar at 12:20 p.m. Golden Temple crowds thin out after lunch. Both seats are in coach C4, side by side. A hot breakfast comes to your seat, paid for in the ticket. Aim to arrive by 5:30 a.m. Security checks at the gate can be slow at that hour. Your return is on the 4:55 p.m. Swarna Shatabdi two days later. Shall we find you a hotel near the temple? We have rooms from ₹2,400 a night within walking distance. Have a blessed trip! 🙏",
        [
            "We have got you two seats on the 6:05 a.m. Shatabdi from New Delhi to Amritsar. ",
            "It pulls into Amritsar at 12:20 p.m. ",
            "Golden Temple crowds thin out after lunch. ",
            "Both seats are in coach C4, side by side. ",
            "A hot breakfast comes to your seat, paid for in the ticket. ",
            "Aim to arrive by 5:30 a.m. ",
            "Security checks at the gate can be slow at that hour. ",
            "Your return is on the 4:55 p.m. Swarna Shatabdi two days later. ",
            "Shall we find you a hotel near the temple? ",
            "We have rooms from ₹2,400 a night within walking distance. ",
            "Have a blessed trip! 🙏",
        ],
    ),
    # --- child's medicines, ml. before a lower-case word and ending before a noun ---
    (
        "Your son's medicines are ready at our Koramangala store. Give him 7.5 ml. of the paracetamol syrup when his fever crosses 100 degrees. Keep a gap of at least 6 hrs. between two doses. Give the amoxicillin twice a day for 5 days, 4 ml. each time. Dr. Kavita Joshi has also prescribed a saline nasal spray. Two sprays in each nostril at bedtime are enough. Shake its bottle well and store it in the fridge. The measuring cup inside the box is marked up to 10 ml. Kitchen spoons are not accurate enough, so please use the cup. Is he allergic to penicillin? If a rash appears, stop the medicine and ring us at once. Get well soon, little one! 🧸",
        [
            "Your son's medicines are ready at our Koramangala store. ",
            "Give him 7.5 ml. of the paracetamol syrup when his fever crosses 100 degrees. ",
            "Keep a gap of at least 6 hrs. between two doses. ",
            "Give the amoxicillin twice a day for 5 days, 4 ml. each time. ",
            "Dr. Kavita Joshi has also prescribed a saline nasal spray. ",
            "Two sprays in each nostril at bedtime are enough. ",
            "Shake its bottle well and store it in the fridge. ",
            "The measuring cup inside the box is marked up to 10 ml. ",
            "Kitchen spoons are not accurate enough, so please use the cup. ",
            "Is he allergic to penicillin? ",
            "If a rash appears, stop the medicine and ring us at once. ",
            "Get well soon, little one! 🧸",
        ],
    ),
    # --- fridge delivery, an emoji before a name inside a sentence, hrs. ending before a noun, an emoji closing a sentence before a noun ---
    (
        "Your new refrigerator will be delivered tomorrow between 11 a.m. and 2 p.m. Our installer will check the voltage before switching it on. Please call 📞 Ravi Shekhar, the delivery lead, if you need a different time. Leave a gap of about four inches behind the unit for airflow. Let it stand upright for 2 hrs. Gas inside the pipes needs that time to settle. The old fridge you are exchanging leaves on the same truck 🚚 Exchange value of ₹6,500 has been adjusted in your bill. Do you have a stabiliser at home? This model runs without one for voltages from 135 to 290 volts. You will find the guarantee papers in the door pocket. Enjoy chilled water this summer! ❄️",
        [
            "Your new refrigerator will be delivered tomorrow between 11 a.m. and 2 p.m. ",
            "Our installer will check the voltage before switching it on. ",
            "Please call 📞 Ravi Shekhar, the delivery lead, if you need a different time. ",
            "Leave a gap of about four inches behind the unit for airflow. ",
            "Let it stand upright for 2 hrs. ",
            "Gas inside the pipes needs that time to settle. ",
            "The old fridge you are exchanging leaves on the same truck 🚚 ",
            "Exchange value of ₹6,500 has been adjusted in your bill. ",
            "Do you have a stabiliser at home? ",
            "This model runs without one for voltages from 135 to 290 volts. ",
            "You will find the guarantee papers in the door pocket. ",
            "Enjoy chilled water this summer! ❄️",
        ],
    ),
    # --- M.R.I., a.m. before a dotted acronym inside a sentence, mins. ending before a noun, O.P.D. ending before a noun ---
    (
        "Your father's 10:30 a.m. M.R.I. scan tomorrow is confirmed. Come to radiology on floor 2 by 10 a.m. Registration usually needs 15 mins. Metal items like rings, belts and watches must come off before the scan. Does he have a pacemaker or any metal implant? If yes, tell the technician before he goes in. The scan itself lasts around 35 mins. He can eat normally before it. Reports go to Dr. Arvind Kulkarni by the next evening. Bring them along when you visit the neurology O.P.D. Queues there are shortest early in the day. Wishing him good health.",
        [
            "Your father's 10:30 a.m. M.R.I. scan tomorrow is confirmed. ",
            "Come to radiology on floor 2 by 10 a.m. ",
            "Registration usually needs 15 mins. ",
            "Metal items like rings, belts and watches must come off before the scan. ",
            "Does he have a pacemaker or any metal implant? ",
            "If yes, tell the technician before he goes in. ",
            "The scan itself lasts around 35 mins. ",
            "He can eat normally before it. ",
            "Reports go to Dr. Arvind Kulkarni by the next evening. ",
            "Bring them along when you visit the neurology O.P.D. ",
            "Queues there are shortest early in the day. ",
            "Wishing him good health.",
        ],
    ),
    # --- property suit, vs., Ors., Addl. and Sr. Adv. before names, Jr. before a comma, a.m. ending before a noun ---
    (
        "Your property suit, Rao vs. Rao & Ors., has been listed before the Addl. District Judge. The hearing is on the 22nd at 11 a.m. Sr. Adv. Kamala Iyengar will argue for you that day. She needs the 1998 partition deed and the mutation entry before the date. Twice now, your brother's counsel has sought more time. The court may not allow a third delay. Will you be able to attend in person? Witnesses must carry an identity proof with a photo. Court fees of ₹1,250 were paid through the e-court portal. Our clerk, Mr. Pradeep Rao Jr., will meet you at Gate 3 at 10:30 a.m. Mobile phones must stay silent in the courtroom.",
        [
            "Your property suit, Rao vs. Rao & Ors., has been listed before the Addl. District Judge. ",
            "The hearing is on the 22nd at 11 a.m. ",
            "Sr. Adv. Kamala Iyengar will argue for you that day. ",
            "She needs the 1998 partition deed and the mutation entry before the date. ",
            "Twice now, your brother's counsel has sought more time. ",
            "The court may not allow a third delay. ",
            "Will you be able to attend in person? ",
            "Witnesses must carry an identity proof with a photo. ",
            "Court fees of ₹1,250 were paid through the e-court portal. ",
            "Our clerk, Mr. Pradeep Rao Jr., will meet you at Gate 3 at 10:30 a.m. ",
            "Mobile phones must stay silent in the courtroom.",
        ],
    ),
    # --- nursery admission, Jr. and Sr. before a capitalised class name inside a sentence, p.m. ending before a noun ---
    (
        "Admissions for Jr. KG and Sr. KG at Little Lotus School open on 1 December. She turns four in August, so she fits the Jr. KG batch. Forms cost ₹500 and can be picked up between 9 a.m. and 12:30 p.m. Interaction sessions with parents are held on Saturdays. Please carry her birth proof and two photos. Little ones stay in school from 8:45 a.m. till 12 noon. A school van covers Baner, Aundh and Pashan. Is she comfortable staying without a parent for three hours? Our counsellor, Ms. Neha Bhosale, can share settling-in tips. Hope to meet you both soon!",
        [
            "Admissions for Jr. KG and Sr. KG at Little Lotus School open on 1 December. ",
            "She turns four in August, so she fits the Jr. KG batch. ",
            "Forms cost ₹500 and can be picked up between 9 a.m. and 12:30 p.m. ",
            "Interaction sessions with parents are held on Saturdays. ",
            "Please carry her birth proof and two photos. ",
            "Little ones stay in school from 8:45 a.m. till 12 noon. ",
            "A school van covers Baner, Aundh and Pashan. ",
            "Is she comfortable staying without a parent for three hours? ",
            "Our counsellor, Ms. Neha Bhosale, can share settling-in tips. ",
            "Hope to meet you both soon!",
        ],
    ),
    # --- cashless knee surgery, approx. ending before an adjective, a.m. ending before a noun ---
    (
        "Your cashless request for your mother's knee replacement is cleared. The approved amount is ₹2,35,000, which covers the surgery and 4 days' stay. The hospital estimate was ₹2,60,000 approx. Extra costs, such as a deluxe room, must be paid by you. Consumables like gloves and masks are not covered either. Surgery is fixed for the 14th at 7:30 a.m. Fasting from midnight is a must. Our T.P.A. desk sits beside the pharmacy. Will your son stay over with her? One attendant may stay at no cost. May she be back on her feet soon!",
        [
            "Your cashless request for your mother's knee replacement is cleared. ",
            "The approved amount is ₹2,35,000, which covers the surgery and 4 days' stay. ",
            "The hospital estimate was ₹2,60,000 approx. ",
            "Extra costs, such as a deluxe room, must be paid by you. ",
            "Consumables like gloves and masks are not covered either. ",
            "Surgery is fixed for the 14th at 7:30 a.m. ",
            "Fasting from midnight is a must. ",
            "Our T.P.A. desk sits beside the pharmacy. ",
            "Will your son stay over with her? ",
            "One attendant may stay at no cost. ",
            "May she be back on her feet soon!",
        ],
    ),
    # --- cooking gas refill, kg. before a brand name inside a sentence and ending before an adjective ---
    (
        "Your refill booking for a 14.2 kg. Indane cylinder is confirmed. Delivery is expected within 2 days. The refill price this month is ₹856.50. Subsidy, if any, is paid into your bank directly. Please check the seal and the weight before accepting it. A full cylinder weighs about 29.5 kg. Empty ones weigh close to 15.5 kg. Our delivery person carries a weighing scale, so ask him to use it. Have you ever noticed a gas smell near the regulator? Dial the L.P.G. emergency number 1906 at once if you do. Stay safe!",
        [
            "Your refill booking for a 14.2 kg. Indane cylinder is confirmed. ",
            "Delivery is expected within 2 days. ",
            "The refill price this month is ₹856.50. ",
            "Subsidy, if any, is paid into your bank directly. ",
            "Please check the seal and the weight before accepting it. ",
            "A full cylinder weighs about 29.5 kg. ",
            "Empty ones weigh close to 15.5 kg. ",
            "Our delivery person carries a weighing scale, so ask him to use it. ",
            "Have you ever noticed a gas smell near the regulator? ",
            "Dial the L.P.G. emergency number 1906 at once if you do. ",
            "Stay safe!",
        ],
    ),
    # --- Hindi fertiliser, dotted Indic forms before words and inside a question ---
    (
        "आपके खाद का ऑर्डर सहकारी समिति ने ले लिया है। यूरिया की दो बोरियाँ, हर एक 45 कि.ग्रा. की, आपके नाम पर रखी गई हैं। एक बोरी का दाम ₹266.50 है। बोरियाँ गुरुवार सुबह से मिलनी शुरू होंगी। साथ में अपना आधार कार्ड और ज़मीन का खसरा नंबर लाइए। कृषि विभाग के प्रो. रमेश चंद्र तिवारी छिड़काव का सही तरीका समझाएँगे। उनका शिविर पंचायत भवन में दोपहर 2 बजे है। क्या आपको डी.ए.पी. खाद भी चाहिए? इस बार डी.ए.पी. सीमित मात्रा में आई है। पहले आने वालों को पहले मिलेगी। भरपूर पैदावार हो!",
        [
            "आपके खाद का ऑर्डर सहकारी समिति ने ले लिया है। ",
            "यूरिया की दो बोरियाँ, हर एक 45 कि.ग्रा. की, आपके नाम पर रखी गई हैं। ",
            "एक बोरी का दाम ₹266.50 है। ",
            "बोरियाँ गुरुवार सुबह से मिलनी शुरू होंगी। ",
            "साथ में अपना आधार कार्ड और ज़मीन का खसरा नंबर लाइए। ",
            "कृषि विभाग के प्रो. रमेश चंद्र तिवारी छिड़काव का सही तरीका समझाएँगे। ",
            "उनका शिविर पंचायत भवन में दोपहर 2 बजे है। ",
            "क्या आपको डी.ए.पी. खाद भी चाहिए? ",
            "इस बार डी.ए.पी. सीमित मात्रा में आई है। ",
            "पहले आने वालों को पहले मिलेगी। ",
            "भरपूर पैदावार हो!",
        ],
    ),
    # --- Hinglish food order, an emoji closing a sentence before a name, mins. and U.P.I. before lower-case words ---
    (
        "Aapka khaana nikal chuka hai 🛵 Rohit aapka order le kar aa raha hai. Order mein do paneer tikka, ek dal makhani aur chaar butter naan hain. Rohit lagbhag 25 mins. mein pahunch jaayega. Bill ₹742 ka hai, jisme delivery free hai. Kya aap cash denge ya U.P.I. se pay karenge? Agar 9:15 p.m. tak order na pahunche toh hamein phone karein. Restaurant ne extra chutney bhi bheji hai 🥳 Khaane ke baad rating dena mat bhooliye. Enjoy your meal! 😋",
        [
            "Aapka khaana nikal chuka hai 🛵 ",
            "Rohit aapka order le kar aa raha hai. ",
            "Order mein do paneer tikka, ek dal makhani aur chaar butter naan hain. ",
            "Rohit lagbhag 25 mins. mein pahunch jaayega. ",
            "Bill ₹742 ka hai, jisme delivery free hai. ",
            "Kya aap cash denge ya U.P.I. se pay karenge? ",
            "Agar 9:15 p.m. tak order na pahunche toh hamein phone karein. ",
            "Restaurant ne extra chutney bhi bheji hai 🥳 ",
            "Khaane ke baad rating dena mat bhooliye. ",
            "Enjoy your meal! 😋",
        ],
    ),
    # --- senior citizen deposit, yrs. ending before a noun, Sr. opening a sentence before a capitalised word, Jr. before a comma ---
    (
        "Your fixed deposit of ₹3,00,000 is extended by 2 yrs. Interest moves to your S.B. account every three months. The rate for this term is 7.1% a year. Sr. Citizens like you get an extra 0.5% on top of that. So your effective rate is 7.6%. Form 15H has been filed, so no T.D.S. will be cut this year. Your son, Vikram Rao Jr., remains the nominee on this deposit. Premature withdrawal carries a penalty of 1%. Would you prefer the interest sent to your wife's account? A signed letter from you is all it takes. Three decades of your trust mean a lot to us.",
        [
            "Your fixed deposit of ₹3,00,000 is extended by 2 yrs. ",
            "Interest moves to your S.B. account every three months. ",
            "The rate for this term is 7.1% a year. ",
            "Sr. Citizens like you get an extra 0.5% on top of that. ",
            "So your effective rate is 7.6%. ",
            "Form 15H has been filed, so no T.D.S. will be cut this year. ",
            "Your son, Vikram Rao Jr., remains the nominee on this deposit. ",
            "Premature withdrawal carries a penalty of 1%. ",
            "Would you prefer the interest sent to your wife's account? ",
            "A signed letter from you is all it takes. ",
            "Three decades of your trust mean a lot to us.",
        ],
    ),
    # --- hill trip, Mt. before a place name, a.m. ending before a name, km. ending before a noun, p.m. ending before a noun ---
    (
        "Your weekend trip to Mt. Abu is all set for two adults and a child. Pick-up from your home in Ahmedabad is at 6 a.m. Hiralal, our driver, will ring you the previous evening. The drive is about 225 km. Breakfast is planned at a dhaba near Palanpur. Nakki Lake is a short stroll from your hotel. A boat ride on the lake costs ₹200 per person for 30 mins. Sunset Point gets crowded after 5:30 p.m., so go a little early. The Dilwara temples let visitors in from noon to 6 p.m. Photography inside is not allowed. Shall we add a guide for the temples? Happy holidays! 🏞️",
        [
            "Your weekend trip to Mt. Abu is all set for two adults and a child. ",
            "Pick-up from your home in Ahmedabad is at 6 a.m. ",
            "Hiralal, our driver, will ring you the previous evening. ",
            "The drive is about 225 km. ",
            "Breakfast is planned at a dhaba near Palanpur. ",
            "Nakki Lake is a short stroll from your hotel. ",
            "A boat ride on the lake costs ₹200 per person for 30 mins. ",
            "Sunset Point gets crowded after 5:30 p.m., so go a little early. ",
            "The Dilwara temples let visitors in from noon to 6 p.m. ",
            "Photography inside is not allowed. ",
            "Shall we add a guide for the temples? ",
            "Happy holidays! 🏞️",
        ],
    ),
    # --- water connection, one-line numbered list with a short form before a comma, Exec. before a capitalised title, a.m. ending before a noun ---
    (
        "Your new water connection form has a few gaps. Please send us: 1) a copy of the sale deed, 2) a plot plan marked in sq. ft., 3) this year's property tax receipt, and 4) a passport photo of the owner. Connection charges are ₹4,500 for a 15 mm. pipe. Larger pipes need the Exec. Engineer's approval. Will the tap be inside the compound or at the gate? Asst. Engineer Sunil Pawar will visit once the papers are checked. Water reaches your ward from 5 a.m. to 7:30 a.m. Storage tanks are a must in your area.",
        [
            "Your new water connection form has a few gaps. ",
            "Please send us: ",
            "1) a copy of the sale deed, ",
            "2) a plot plan marked in sq. ft., ",
            "3) this year's property tax receipt, and ",
            "4) a passport photo of the owner. ",
            "Connection charges are ₹4,500 for a 15 mm. pipe. ",
            "Larger pipes need the Exec. Engineer's approval. ",
            "Will the tap be inside the compound or at the gate? ",
            "Asst. Engineer Sunil Pawar will visit once the papers are checked. ",
            "Water reaches your ward from 5 a.m. to 7:30 a.m. ",
            "Storage tanks are a must in your area.",
        ],
    ),
    # --- kids' party, an emoji closing a sentence before a noun, an emoji before a name inside a sentence, an emoji after p.m., an emoji before "." ---
    (
        "Your party hall at Fun Factory is booked 🎉 Decorations in blue and silver will be ready by 4 p.m. Our entertainer 🤹 Jolly Joe will keep the children busy for an hour. Games begin at 5:15 p.m. 🎯 Each child goes home with a prize. That covers 25 kids and 10 adults. Each extra guest costs ₹450. Are you ordering the cake elsewhere? If so, we will set up a cutting table 🎂. We also sell return gifts in bulk. Let's make it a day to remember! 🥳",
        [
            "Your party hall at Fun Factory is booked 🎉 ",
            "Decorations in blue and silver will be ready by 4 p.m. ",
            "Our entertainer 🤹 Jolly Joe will keep the children busy for an hour. ",
            "Games begin at 5:15 p.m. 🎯 ",
            "Each child goes home with a prize. ",
            "That covers 25 kids and 10 adults. ",
            "Each extra guest costs ₹450. ",
            "Are you ordering the cake elsewhere? ",
            "If so, we will set up a cutting table 🎂. ",
            "We also sell return gifts in bulk. ",
            "Let's make it a day to remember! 🥳",
        ],
    ),
    # --- Aadhaar date of birth, D.O.B. ending before a noun, U.R.N. ending before an adjective ---
    (
        "Your Aadhaar update request has reached the Seva Kendra. You asked to correct your D.O.B. Birth records from the municipality and tenth-class marksheets both count as proof. A D.O.B. change is permitted just once in a lifetime. A fee of ₹50 is charged on the spot. Your fingerprints and iris will be scanned again during the visit. Slots are open on the 9th at 11:40 a.m. and on the 10th at 3:20 p.m. Which one suits you better? The U.I.D.A.I. usually clears such changes in a month or so. Keep checking the status using your U.R.N. Printed acknowledgement slips carry that number at the top.",
        [
            "Your Aadhaar update request has reached the Seva Kendra. ",
            "You asked to correct your D.O.B. ",
            "Birth records from the municipality and tenth-class marksheets both count as proof. ",
            "A D.O.B. change is permitted just once in a lifetime. ",
            "A fee of ₹50 is charged on the spot. ",
            "Your fingerprints and iris will be scanned again during the visit. ",
            "Slots are open on the 9th at 11:40 a.m. and on the 10th at 3:20 p.m. ",
            "Which one suits you better? ",
            "The U.I.D.A.I. usually clears such changes in a month or so. ",
            "Keep checking the status using your U.R.N. ",
            "Printed acknowledgement slips carry that number at the top.",
        ],
    ),
    # --- tractor loan, H.P. before a brand name inside a sentence, R.C. ending before a firm's name ---
    (
        "Your tractor loan of ₹6,80,000 has been sanctioned. It covers 85% of the price of a 45 H.P. Mahindra tractor from Shiv Motors, Hisar. The balance ₹1,20,000 is to be paid by you to the dealer. Repayment is in 10 half-yearly instalments, timed with the rabi and kharif harvests. Interest is charged at 9.5% a year. Insurance on the tractor is compulsory for the whole loan period. Our bank's charge will be noted on the R.C. Shiv Motors will take care of the transport office papers for you. Can you come to the branch on Monday to sign the agreement? Bring your jamabandi copy and two guarantors. Happy farming!",
        [
            "Your tractor loan of ₹6,80,000 has been sanctioned. ",
            "It covers 85% of the price of a 45 H.P. Mahindra tractor from Shiv Motors, Hisar. ",
            "The balance ₹1,20,000 is to be paid by you to the dealer. ",
            "Repayment is in 10 half-yearly instalments, timed with the rabi and kharif harvests. ",
            "Interest is charged at 9.5% a year. ",
            "Insurance on the tractor is compulsory for the whole loan period. ",
            "Our bank's charge will be noted on the R.C. ",
            "Shiv Motors will take care of the transport office papers for you. ",
            "Can you come to the branch on Monday to sign the agreement? ",
            "Bring your jamabandi copy and two guarantors. ",
            "Happy farming!",
        ],
    ),
    # --- broadband outage, an emoji closing a sentence before a noun, hrs. ending before a noun, S.M.S. before a lower-case word ---
    (
        "We are sorry your internet has been down since morning 😔 Engineers found a fibre cut near the Hadapsar flyover. Repair work should finish within 6 hrs. Splicing teams will stay on the job through the night if needed. If the L.O.S. light on your router blinks red, that is because of this cut. Your plan gets 2 extra days as compensation. Shall we top up your mobile data meanwhile? An extra 10 GB can go free to your number ending 4471. Updates will come by S.M.S. every 2 hrs. Hang in there, we are on it 🙏",
        [
            "We are sorry your internet has been down since morning 😔 ",
            "Engineers found a fibre cut near the Hadapsar flyover. ",
            "Repair work should finish within 6 hrs. ",
            "Splicing teams will stay on the job through the night if needed. ",
            "If the L.O.S. light on your router blinks red, that is because of this cut. ",
            "Your plan gets 2 extra days as compensation. ",
            "Shall we top up your mobile data meanwhile? ",
            "An extra 10 GB can go free to your number ending 4471. ",
            "Updates will come by S.M.S. every 2 hrs. ",
            "Hang in there, we are on it 🙏",
        ],
    ),
    # --- policy maturity, Sr. opening a sentence before a title, N.E.F.T. ending before a name, P.A.N. before a capitalised noun, yrs. ending before an adjective ---
    (
        "Your L.I.C. policy reaches maturity on the 28th of this month. Its maturity value is ₹4,86,300, bonus included. Sr. Branch Manager Rekha Nair has approved the discharge form. The amount will be paid out by N.E.F.T. Sunita, your agent, will confirm once it is sent. Kindly send a cancelled cheque if you have moved banks. Is your P.A.N. Card still the one we have on record? No tax is cut on this payout, since the premium stayed within the limit. Interested in reinvesting in our pension plan? You have now been with us for 20 yrs. Loyal policyholders are offered a free health check.",
        [
            "Your L.I.C. policy reaches maturity on the 28th of this month. ",
            "Its maturity value is ₹4,86,300, bonus included. ",
            "Sr. Branch Manager Rekha Nair has approved the discharge form. ",
            "The amount will be paid out by N.E.F.T. ",
            "Sunita, your agent, will confirm once it is sent. ",
            "Kindly send a cancelled cheque if you have moved banks. ",
            "Is your P.A.N. Card still the one we have on record? ",
            "No tax is cut on this payout, since the premium stayed within the limit. ",
            "Interested in reinvesting in our pension plan? ",
            "You have now been with us for 20 yrs. ",
            "Loyal policyholders are offered a free health check.",
        ],
    ),
    # --- school trip, multi-line list after a heading line with an item ending in ltr. at its newline, a.m. ending before a noun ---
    (
        "The Class 7 trip to the Nehru Science Centre is on the 19th.\nPlease pack:\n• drinking water, at least 1 ltr.\n• lunch in a steel box\n• a cap, since part of the tour is outdoors\n• ₹100 for the souvenir shop, if you wish.\nBuses leave the school at 7:45 a.m. Teachers will take attendance on the bus. We return by 4:30 p.m. Is your child prone to motion sickness? Please tell the class teacher, Mrs. Fernandes, by Friday.",
        [
            "The Class 7 trip to the Nehru Science Centre is on the 19th.\n",
            "Please pack:\n",
            "• drinking water, at least 1 ltr.\n",
            "• lunch in a steel box\n",
            "• a cap, since part of the tour is outdoors\n",
            "• ₹100 for the souvenir shop, if you wish.\n",
            "Buses leave the school at 7:45 a.m. ",
            "Teachers will take attendance on the bus. ",
            "We return by 4:30 p.m. ",
            "Is your child prone to motion sickness? ",
            "Please tell the class teacher, Mrs. Fernandes, by Friday.",
        ],
    ),
    # --- minor's passport, one-line list with roman markers, a single capital letter inside an item, yrs. before a lower-case word ---
    (
        "For your son's passport, carry these originals: (i) his birth certificate, (ii) both parents' passports, (iii) Annexure D signed by you both, and (iv) proof of your current address. The fee for a minor is ₹1,000. The appointment at the Passport Seva Kendra, Lower Parel, is at 10:15 a.m. Both parents must be present. Kids under 4 yrs. need a photo with a plain white background. The passport usually arrives by post in 10 to 15 days. Is his name spelt the same way on every paper? Any mismatch must be fixed before the visit.",
        [
            "For your son's passport, carry these originals: ",
            "(i) his birth certificate, ",
            "(ii) both parents' passports, ",
            "(iii) Annexure D signed by you both, and ",
            "(iv) proof of your current address. ",
            "The fee for a minor is ₹1,000. ",
            "The appointment at the Passport Seva Kendra, Lower Parel, is at 10:15 a.m. ",
            "Both parents must be present. ",
            "Kids under 4 yrs. need a photo with a plain white background. ",
            "The passport usually arrives by post in 10 to 15 days. ",
            "Is his name spelt the same way on every paper? ",
            "Any mismatch must be fixed before the visit.",
        ],
    ),
    # --- Bengali and English, p.m., km. and a.m. ending English sentences before Bengali, A.C. before a lower-case word ---
    (
        "আপনার পুজো পরিক্রমার বুকিং নিশ্চিত হয়েছে। The A.C. bus leaves from Esplanade at 6 p.m. বাসে মোট ৩০ জন যাত্রী থাকবেন। The route covers about 42 km. আমরা উত্তর কলকাতার আটটি বড় পুজো দেখাব। Dinner at a Bengali restaurant in Shyambazar is included. ভিড়ের মধ্যে দলের সঙ্গে থাকবেন। Can your elderly mother walk short distances? প্রতিটি প্যান্ডেলে প্রায় ১০ মিনিট হাঁটতে হবে। We get back to Esplanade by 1 a.m. শুভ শারদীয়া! 🪷",
        [
            "আপনার পুজো পরিক্রমার বুকিং নিশ্চিত হয়েছে। ",
            "The A.C. bus leaves from Esplanade at 6 p.m. ",
            "বাসে মোট ৩০ জন যাত্রী থাকবেন। ",
            "The route covers about 42 km. ",
            "আমরা উত্তর কলকাতার আটটি বড় পুজো দেখাব। ",
            "Dinner at a Bengali restaurant in Shyambazar is included. ",
            "ভিড়ের মধ্যে দলের সঙ্গে থাকবেন। ",
            "Can your elderly mother walk short distances? ",
            "প্রতিটি প্যান্ডেলে প্রায় ১০ মিনিট হাঁটতে হবে। ",
            "We get back to Esplanade by 1 a.m. ",
            "শুভ শারদীয়া! 🪷",
        ],
    ),
    # --- Tamil and English, Govt. before a hospital's name, wks. ending before Tamil ---
    (
        "உங்கள் தந்தைக்கு இலவச கண் பரிசோதனை முகாமில் இடம் கிடைத்துள்ளது. The camp is being held at Govt. Rajaji Hospital, Madurai, on the 15th. முகாம் காலை 8 மணிக்குத் தொடங்கும். Cataract checks and spectacle fitting cost nothing. ஆதார் அட்டையைக் கொண்டு வாருங்கள். Patients chosen for surgery get a date within 2 wks. அறுவை சிகிச்சையும் இலவசம். Is he diabetic? அப்படியென்றால் சர்க்கரை அளவு அறிக்கையையும் எடுத்து வாருங்கள். A bus from Periyar stand stops right outside the campus. நன்றி!",
        [
            "உங்கள் தந்தைக்கு இலவச கண் பரிசோதனை முகாமில் இடம் கிடைத்துள்ளது. ",
            "The camp is being held at Govt. Rajaji Hospital, Madurai, on the 15th. ",
            "முகாம் காலை 8 மணிக்குத் தொடங்கும். ",
            "Cataract checks and spectacle fitting cost nothing. ",
            "ஆதார் அட்டையைக் கொண்டு வாருங்கள். ",
            "Patients chosen for surgery get a date within 2 wks. ",
            "அறுவை சிகிச்சையும் இலவசம். ",
            "Is he diabetic? ",
            "அப்படியென்றால் சர்க்கரை அளவு அறிக்கையையும் எடுத்து வாருங்கள். ",
            "A bus from Periyar stand stops right outside the campus. ",
            "நன்றி!",
        ],
    ),
    # --- Telugu and English, M.T. before a capitalised variety name, kg. ending before Telugu, an emoji before a name inside a sentence ---
    (
        "మీ మిర్చి నిల్వకు కోల్డ్ స్టోరేజీలో స్థలం దొరికింది. Space for 12 M.T. Guntur Sannam chillies has been kept for you. అద్దె నెలకు క్వింటాలుకు ₹180. Bags must be of 40 kg. తడి మిర్చిని తీసుకోము. Unloading happens between 7 a.m. and 5 p.m. every day. మీ బస్తాలపై మీ పేరు రాయండి. Need a loan against the stored stock? నిల్వ విలువలో 70% వరకు రుణం ఇస్తాము. Call 📞 Srinivas at the storage office for a gate pass. శుభం!",
        [
            "మీ మిర్చి నిల్వకు కోల్డ్ స్టోరేజీలో స్థలం దొరికింది. ",
            "Space for 12 M.T. Guntur Sannam chillies has been kept for you. ",
            "అద్దె నెలకు క్వింటాలుకు ₹180. ",
            "Bags must be of 40 kg. ",
            "తడి మిర్చిని తీసుకోము. ",
            "Unloading happens between 7 a.m. and 5 p.m. every day. ",
            "మీ బస్తాలపై మీ పేరు రాయండి. ",
            "Need a loan against the stored stock? ",
            "నిల్వ విలువలో 70% వరకు రుణం ఇస్తాము. ",
            "Call 📞 Srinivas at the storage office for a gate pass. ",
            "శుభం!",
        ],
    ),
    # --- Marathi and English, sq. m. ending before Marathi, Asst. before a capitalised title ---
    (
        "तुमच्या घराचा मालमत्ता कर भरला गेला आहे. Your assessed carpet area comes to 74.5 sq. m. कराची रक्कम ₹8,420 इतकी आहे. A 5% rebate was applied because you paid before 31 May. पावती तुमच्या ई-मेलवर पाठवली आहे. Solar panels on the roof can earn you a further rebate. त्यासाठी अर्ज वॉर्ड कार्यालयात करा. Is the flat let out to tenants? भाड्याने दिलेल्या घरांना कराचा दर वेगळा असतो. Queries go to Asst. Commissioner Vijay Deshpande's office in Kothrud. धन्यवाद!",
        [
            "तुमच्या घराचा मालमत्ता कर भरला गेला आहे. ",
            "Your assessed carpet area comes to 74.5 sq. m. ",
            "कराची रक्कम ₹8,420 इतकी आहे. ",
            "A 5% rebate was applied because you paid before 31 May. ",
            "पावती तुमच्या ई-मेलवर पाठवली आहे. ",
            "Solar panels on the roof can earn you a further rebate. ",
            "त्यासाठी अर्ज वॉर्ड कार्यालयात करा. ",
            "Is the flat let out to tenants? ",
            "भाड्याने दिलेल्या घरांना कराचा दर वेगळा असतो. ",
            "Queries go to Asst. Commissioner Vijay Deshpande's office in Kothrud. ",
            "धन्यवाद!",
        ],
    ),
    # --- Gujarati and English, a Gujarati dotted form before a word, incl. before a lower-case word, G.S.T. ending before Gujarati ---
    (
        "તમારી દુકાનનું જી.એસ.ટી. રજિસ્ટ્રેશન મંજૂર થઈ ગયું છે. Log in to the portal to save a copy. પ્રમાણપત્ર દુકાનમાં દેખાય તેમ લગાવવું જરૂરી છે. Returns are to be filed every quarter under the composition scheme. અમારા એકાઉન્ટન્ટ શ્રી પરેશ શાહ આ કામ કરી આપશે. His fee is ₹1,500 per quarter, incl. filing. શું તમે બીજી શાખા ખોલવાના છો? A second branch in another state needs its own G.S.T. તેના માટે અલગ અરજી કરવી પડશે. Best wishes for the business! આભાર.",
        [
            "તમારી દુકાનનું જી.એસ.ટી. રજિસ્ટ્રેશન મંજૂર થઈ ગયું છે. ",
            "Log in to the portal to save a copy. ",
            "પ્રમાણપત્ર દુકાનમાં દેખાય તેમ લગાવવું જરૂરી છે. ",
            "Returns are to be filed every quarter under the composition scheme. ",
            "અમારા એકાઉન્ટન્ટ શ્રી પરેશ શાહ આ કામ કરી આપશે. ",
            "His fee is ₹1,500 per quarter, incl. filing. ",
            "શું તમે બીજી શાખા ખોલવાના છો? ",
            "A second branch in another state needs its own G.S.T. ",
            "તેના માટે અલગ અરજી કરવી પડશે. ",
            "Best wishes for the business! ",
            "આભાર.",
        ],
    ),
    # --- Punjabi and English, ltr. before a lower-case word, a.m. ending before Punjabi, kg. ending before a noun ---
    (
        "ਤੁਹਾਡੇ ਦੁੱਧ ਦਾ ਇਸ ਹਫ਼ਤੇ ਦਾ ਹਿਸਾਬ ਤਿਆਰ ਹੈ। You supplied 312 ltr. at an average fat of 6.2%. ਪ੍ਰਤੀ ਲੀਟਰ ਭਾਅ ₹58 ਰਿਹਾ। Your total for the week, ₹18,096, is paid by Friday. ਪੈਸੇ ਸਿੱਧੇ ਬੈਂਕ ਖਾਤੇ ਵਿੱਚ ਆਉਣਗੇ। Morning collection at the centre closes at 7:30 a.m. ਸ਼ਾਮ ਦਾ ਸਮਾਂ ਛੇ ਵਜੇ ਹੈ। Cattle feed is available on credit at ₹1,250 per 50 kg. Bags are stocked at the store beside the centre. ਕੀ ਤੁਹਾਨੂੰ ਪਸ਼ੂ ਡਾਕਟਰ ਦੀ ਲੋੜ ਹੈ? ਧੰਨਵਾਦ ਜੀ।",
        [
            "ਤੁਹਾਡੇ ਦੁੱਧ ਦਾ ਇਸ ਹਫ਼ਤੇ ਦਾ ਹਿਸਾਬ ਤਿਆਰ ਹੈ। ",
            "You supplied 312 ltr. at an average fat of 6.2%. ",
            "ਪ੍ਰਤੀ ਲੀਟਰ ਭਾਅ ₹58 ਰਿਹਾ। ",
            "Your total for the week, ₹18,096, is paid by Friday. ",
            "ਪੈਸੇ ਸਿੱਧੇ ਬੈਂਕ ਖਾਤੇ ਵਿੱਚ ਆਉਣਗੇ। ",
            "Morning collection at the centre closes at 7:30 a.m. ",
            "ਸ਼ਾਮ ਦਾ ਸਮਾਂ ਛੇ ਵਜੇ ਹੈ। ",
            "Cattle feed is available on credit at ₹1,250 per 50 kg. ",
            "Bags are stocked at the store beside the centre. ",
            "ਕੀ ਤੁਹਾਨੂੰ ਪਸ਼ੂ ਡਾਕਟਰ ਦੀ ਲੋੜ ਹੈ? ",
            "ਧੰਨਵਾਦ ਜੀ।",
        ],
    ),
    # --- Urdu and English, approx. before a number, hrs. and kg. ending before Urdu ---
    (
        "آپ کا عمرہ کا پیکج بک ہو گیا ہے۔ Your flight leaves Lucknow at 3:10 a.m. on the 12th. پرواز سے تین گھنٹے پہلے ہوائی اڈے پہنچیں۔ The flight to Jeddah takes approx. 5 hrs. وہاں سے بس آپ کو مکہ لے جائے گی۔ The Haram is ten minutes on foot from where you stay. کیا آپ کو وہیل چیئر چاہیے؟ Each pilgrim may check in 23 kg. زمزم کے لیے الگ سے پانچ لیٹر کی اجازت ہے۔ Our guide, Maulana Irfan Qasmi, travels with the group. اللہ آپ کا سفر قبول فرمائے۔",
        [
            "آپ کا عمرہ کا پیکج بک ہو گیا ہے۔ ",
            "Your flight leaves Lucknow at 3:10 a.m. on the 12th. ",
            "پرواز سے تین گھنٹے پہلے ہوائی اڈے پہنچیں۔ ",
            "The flight to Jeddah takes approx. 5 hrs. ",
            "وہاں سے بس آپ کو مکہ لے جائے گی۔ ",
            "The Haram is ten minutes on foot from where you stay. ",
            "کیا آپ کو وہیل چیئر چاہیے؟ ",
            "Each pilgrim may check in 23 kg. ",
            "زمزم کے لیے الگ سے پانچ لیٹر کی اجازت ہے۔ ",
            "Our guide, Maulana Irfan Qasmi, travels with the group. ",
            "اللہ آپ کا سفر قبول فرمائے۔",
        ],
    ),
    # --- Kannada and English, a.m. and p.m. ending English sentences before Kannada, Mrs. before a name ---
    (
        "ನಿಮ್ಮ ಮಗಳಿಗೆ ಶಾಲಾ ಬಸ್ಸಿನಲ್ಲಿ ಸೀಟು ಸಿಕ್ಕಿದೆ. The bus reaches the Jayanagar 4th Block stop at 7:10 a.m. ಐದು ನಿಮಿಷಕ್ಕಿಂತ ಹೆಚ್ಚು ಕಾಯುವುದಿಲ್ಲ. The attendant on board is Mrs. Lakshmi Gowda. ಅವರ ಫೋನ್ ಸಂಖ್ಯೆಯನ್ನು ಗುಂಪಿನಲ್ಲಿ ಹಂಚಲಾಗಿದೆ. The fee for the term is ₹9,600. ಇದನ್ನು ಎರಡು ಕಂತುಗಳಲ್ಲಿ ಕಟ್ಟಬಹುದು. Evening drop-off is around 4:20 p.m. ಬಸ್ ತಡವಾದರೆ ನಿಮಗೆ ಸಂದೇಶ ಬರುತ್ತದೆ. Does she need a seat near the front? ಧನ್ಯವಾದಗಳು.",
        [
            "ನಿಮ್ಮ ಮಗಳಿಗೆ ಶಾಲಾ ಬಸ್ಸಿನಲ್ಲಿ ಸೀಟು ಸಿಕ್ಕಿದೆ. ",
            "The bus reaches the Jayanagar 4th Block stop at 7:10 a.m. ",
            "ಐದು ನಿಮಿಷಕ್ಕಿಂತ ಹೆಚ್ಚು ಕಾಯುವುದಿಲ್ಲ. ",
            "The attendant on board is Mrs. Lakshmi Gowda. ",
            "ಅವರ ಫೋನ್ ಸಂಖ್ಯೆಯನ್ನು ಗುಂಪಿನಲ್ಲಿ ಹಂಚಲಾಗಿದೆ. ",
            "The fee for the term is ₹9,600. ",
            "ಇದನ್ನು ಎರಡು ಕಂತುಗಳಲ್ಲಿ ಕಟ್ಟಬಹುದು. ",
            "Evening drop-off is around 4:20 p.m. ",
            "ಬಸ್ ತಡವಾದರೆ ನಿಮಗೆ ಸಂದೇಶ ಬರುತ್ತದೆ. ",
            "Does she need a seat near the front? ",
            "ಧನ್ಯವಾದಗಳು.",
        ],
    ),
    # --- Malayalam and English, B.A.M.S. before a comma, a.m. ending before Malayalam, incl. ending before Malayalam ---
    (
        "നിങ്ങളുടെ ആയുർവേദ ചികിത്സയുടെ ബുക്കിങ് ഉറപ്പായി. The 14-day Panchakarma course starts on the 3rd. Dr. Anil Varghese, B.A.M.S., will see you on arrival. ചികിത്സയ്ക്ക് മുമ്പ് ഒരു ചെറിയ പരിശോധന ഉണ്ടാകും. Oil treatments run daily from 6:30 a.m. ഭക്ഷണം പൂർണമായും സസ്യാഹാരമാണ്. The package costs ₹84,000, stay and meals incl. മദ്യവും പുകവലിയും അനുവദനീയമല്ല. Will anyone be staying with you? കൂടെ ഒരാൾക്ക് താമസിക്കാം. Pick-up from Kochi airport comes with the package.",
        [
            "നിങ്ങളുടെ ആയുർവേദ ചികിത്സയുടെ ബുക്കിങ് ഉറപ്പായി. ",
            "The 14-day Panchakarma course starts on the 3rd. ",
            "Dr. Anil Varghese, B.A.M.S., will see you on arrival. ",
            "ചികിത്സയ്ക്ക് മുമ്പ് ഒരു ചെറിയ പരിശോധന ഉണ്ടാകും. ",
            "Oil treatments run daily from 6:30 a.m. ",
            "ഭക്ഷണം പൂർണമായും സസ്യാഹാരമാണ്. ",
            "The package costs ₹84,000, stay and meals incl. ",
            "മദ്യവും പുകവലിയും അനുവദനീയമല്ല. ",
            "Will anyone be staying with you? ",
            "കൂടെ ഒരാൾക്ക് താമസിക്കാം. ",
            "Pick-up from Kochi airport comes with the package.",
        ],
    ),
    # --- Odia and English, km. before a lower-case word, a.m. ending an English sentence before Odia ---
    (
        "ପୁରୀ ରଥଯାତ୍ରା ସମୟରେ ରହିବା ପାଇଁ ହୋଟେଲ ବୁକିଂ ନିଶ୍ଚିତ ହୋଇଛି। The hotel is on Grand Road, about 1.5 km. from the temple. ରଥ ଏହି ରାସ୍ତା ଦେଇ ଯିବ। Check-in opens at 12 noon, a day ahead of the festival. ଭିଡ଼ ଯୋଗୁଁ ଗାଡ଼ି ହୋଟେଲ ପର୍ଯ୍ୟନ୍ତ ଯାଇପାରିବ ନାହିଁ। Our staff will greet you at Puri railway station at 8 a.m. ସେମାନେ ଆପଣଙ୍କୁ ପାଦରେ ହୋଟେଲ ନେଇଯିବେ। Balcony rooms facing the road were all taken, sorry. ଆପଣଙ୍କ ରୁମ୍ ଦ୍ୱିତୀୟ ମହଲାରେ ଅଛି। Do carry an umbrella, since it often rains during the Yatra. ଜୟ ଜଗନ୍ନାଥ! 🙏",
        [
            "ପୁରୀ ରଥଯାତ୍ରା ସମୟରେ ରହିବା ପାଇଁ ହୋଟେଲ ବୁକିଂ ନିଶ୍ଚିତ ହୋଇଛି। ",
            "The hotel is on Grand Road, about 1.5 km. from the temple. ",
            "ରଥ ଏହି ରାସ୍ତା ଦେଇ ଯିବ। ",
            "Check-in opens at 12 noon, a day ahead of the festival. ",
            "ଭିଡ଼ ଯୋଗୁଁ ଗାଡ଼ି ହୋଟେଲ ପର୍ଯ୍ୟନ୍ତ ଯାଇପାରିବ ନାହିଁ। ",
            "Our staff will greet you at Puri railway station at 8 a.m. ",
            "ସେମାନେ ଆପଣଙ୍କୁ ପାଦରେ ହୋଟେଲ ନେଇଯିବେ। ",
            "Balcony rooms facing the road were all taken, sorry. ",
            "ଆପଣଙ୍କ ରୁମ୍ ଦ୍ୱିତୀୟ ମହଲାରେ ଅଛି। ",
            "Do carry an umbrella, since it often rains during the Yatra. ",
            "ଜୟ ଜଗନ୍ନାଥ! 🙏",
        ],
    ),
    # --- Assamese and English, a.m. before a capitalised safari name inside a sentence, hrs. ending before Assamese ---
    (
        "আপোনাৰ কাজিৰঙা ভ্ৰমণৰ সকলো ব্যৱস্থা হৈ গৈছে। The 5:30 a.m. Elephant Safari in the Kohora range is full, sadly. We have booked the 7:30 a.m. jeep safari instead. জীপত ছজনলৈকে বহিব পাৰে। The safari lasts about 2 hrs. কেমেৰা লৈ আহিব, কিন্তু ড্ৰোন নিষেধ। Your resort is 3 km. from the Kohora gate. Rhinos are often seen in the early hours. আপুনি নিৰামিষ খাদ্য খায় নে? Have a wonderful trip! 🦏",
        [
            "আপোনাৰ কাজিৰঙা ভ্ৰমণৰ সকলো ব্যৱস্থা হৈ গৈছে। ",
            "The 5:30 a.m. Elephant Safari in the Kohora range is full, sadly. ",
            "We have booked the 7:30 a.m. jeep safari instead. ",
            "জীপত ছজনলৈকে বহিব পাৰে। ",
            "The safari lasts about 2 hrs. ",
            "কেমেৰা লৈ আহিব, কিন্তু ড্ৰোন নিষেধ। ",
            "Your resort is 3 km. from the Kohora gate. ",
            "Rhinos are often seen in the early hours. ",
            "আপুনি নিৰামিষ খাদ্য খায় নে? ",
            "Have a wonderful trip! 🦏",
        ],
    ),
    # --- Hindi written with ".", dotted Indic acronyms opening a sentence and before words ---
    (
        "आपकी शिकायत थाने में दर्ज कर ली गई है. एफ.आई.आर. की प्रति आपके ई-मेल पते पर आ चुकी है. जाँच उप-निरीक्षक श्री अजय राठौर करेंगे. वे कल सुबह 10 बजे आपके घर आएँगे. चोरी हुए मोबाइल का आई.एम.ई.आई. नंबर तैयार रखिए. यह नंबर फ़ोन के डिब्बे पर छपा होता है. क्या आपके पास फ़ोन के बिल की प्रति है? बीमा दावे में एफ.आई.आर. की कॉपी लगानी होगी. फ़ोन मिलते ही आपको तुरंत ख़बर दी जाएगी. आपात स्थिति में 112 पर फ़ोन कीजिए.",
        [
            "आपकी शिकायत थाने में दर्ज कर ली गई है. ",
            "एफ.आई.आर. की प्रति आपके ई-मेल पते पर आ चुकी है. ",
            "जाँच उप-निरीक्षक श्री अजय राठौर करेंगे. ",
            "वे कल सुबह 10 बजे आपके घर आएँगे. ",
            "चोरी हुए मोबाइल का आई.एम.ई.आई. नंबर तैयार रखिए. ",
            "यह नंबर फ़ोन के डिब्बे पर छपा होता है. ",
            "क्या आपके पास फ़ोन के बिल की प्रति है? ",
            "बीमा दावे में एफ.आई.आर. की कॉपी लगानी होगी. ",
            "फ़ोन मिलते ही आपको तुरंत ख़बर दी जाएगी. ",
            "आपात स्थिति में 112 पर फ़ोन कीजिए.",
        ],
    ),
    # --- annual day, short forms inside a bracket mid-sentence, a full stop after a closing quote, a bracketed sentence, I.I.T. before a place name ---
    (
        'The annual day of Vidya Niketan is on the 21st. The show (approx. 2 hrs.) begins at 5 p.m. sharp in the school auditorium. Your son plays the king in the play "Tenali Raman Returns". Costume fittings are on the 18th after school. (Parents need not buy anything for the costume.) Entry passes are limited to two per family. The chief guest is Prof. Usha Krishnan of I.I.T. Madras. Photography is allowed only from the back rows. Can you help the backstage team that evening? It promises to be a lovely evening!',
        [
            "The annual day of Vidya Niketan is on the 21st. ",
            "The show (approx. 2 hrs.) begins at 5 p.m. sharp in the school auditorium. ",
            'Your son plays the king in the play "Tenali Raman Returns". ',
            "Costume fittings are on the 18th after school. ",
            "(Parents need not buy anything for the costume.) ",
            "Entry passes are limited to two per family. ",
            "The chief guest is Prof. Usha Krishnan of I.I.T. Madras. ",
            "Photography is allowed only from the back rows. ",
            "Can you help the backstage team that evening? ",
            "It promises to be a lovely evening!",
        ],
    ),
    # --- learner's licence, R.T.O. ending before a name, a web address ending a sentence ---
    (
        "Your learner's licence test is booked at the Andheri R.T.O. Mahesh from our driving school will take you there. The test slot is 11:20 a.m. on the 6th. Carry Aadhaar plus the printed slot letter. The test is on a screen, with 15 questions on road signs and rules. You need 9 correct answers to pass. Free practice tests are at https://sikhodrive.in/abhyas. Most of our learners clear it at the first attempt. You may sit the permanent licence test once 30 days pass. Will you learn on a geared car or an automatic? Lessons start at ₹4,200 for 15 days. Drive safe!",
        [
            "Your learner's licence test is booked at the Andheri R.T.O. ",
            "Mahesh from our driving school will take you there. ",
            "The test slot is 11:20 a.m. on the 6th. ",
            "Carry Aadhaar plus the printed slot letter. ",
            "The test is on a screen, with 15 questions on road signs and rules. ",
            "You need 9 correct answers to pass. ",
            "Free practice tests are at https://sikhodrive.in/abhyas. ",
            "Most of our learners clear it at the first attempt. ",
            "You may sit the permanent licence test once 30 days pass. ",
            "Will you learn on a geared car or an automatic? ",
            "Lessons start at ₹4,200 for 15 days. ",
            "Drive safe!",
        ],
    ),
    # --- home loan, approx. before an amount, sq. ft. ending before an adjective, E.M.I. before a lower-case word ---
    (
        "Your home loan of ₹38 lakh is approved for 20 years. It carries 8.75% interest, linked to the repo rate. Your monthly E.M.I. will be approx. ₹33,600. The first deduction falls on the 5th, a month after disbursal. Pre-payments carry no charge on floating-rate loans. The flat's carpet area in the valuation report is 810 sq. ft. Legal checks on the title found no issues. Disbursement goes directly to the builder in stages. Should the sanction letter go to your office address? Deepa from our loans desk will courier it along with the E.M.I. schedule.",
        [
            "Your home loan of ₹38 lakh is approved for 20 years. ",
            "It carries 8.75% interest, linked to the repo rate. ",
            "Your monthly E.M.I. will be approx. ₹33,600. ",
            "The first deduction falls on the 5th, a month after disbursal. ",
            "Pre-payments carry no charge on floating-rate loans. ",
            "The flat's carpet area in the valuation report is 810 sq. ft. ",
            "Legal checks on the title found no issues. ",
            "Disbursement goes directly to the builder in stages. ",
            "Should the sanction letter go to your office address? ",
            "Deepa from our loans desk will courier it along with the E.M.I. schedule.",
        ],
    ),
    # --- prepaid plan, an emoji closing a sentence before an adjective, emoji before capitalised names inside sentences ---
    (
        "Your prepaid plan ends tomorrow ⏳ Unlimited calls and 2 GB a day will stop after midnight. To renew, open the app and tap 👉 Recharge Now on the home screen. The same plan costs ₹299 for 28 days. A yearly plan at ₹2,999 saves you about ₹900. Want to move to the yearly plan? Your current balance is ₹12.40. Incoming calls will keep working for 7 days after expiry. Pay with 💳 RuPay or any U.P.I. app for 2% cashback. Happy talking! 📱",
        [
            "Your prepaid plan ends tomorrow ⏳ ",
            "Unlimited calls and 2 GB a day will stop after midnight. ",
            "To renew, open the app and tap 👉 Recharge Now on the home screen. ",
            "The same plan costs ₹299 for 28 days. ",
            "A yearly plan at ₹2,999 saves you about ₹900. ",
            "Want to move to the yearly plan? ",
            "Your current balance is ₹12.40. ",
            "Incoming calls will keep working for 7 days after expiry. ",
            "Pay with 💳 RuPay or any U.P.I. app for 2% cashback. ",
            "Happy talking! 📱",
        ],
    ),
    # --- silk saree, mtrs. before a capitalised name inside a sentence and before a comma, gm. ending before an adjective, U.P.I. ending before a noun ---
    (
        "Your order for a 6.3 mtrs. Kanjivaram silk saree is packed. The blouse piece, 0.8 mtrs., is attached at one end. The saree weighs around 750 gm. Pure zari was used for the border, as the test report shows. Delivery to Coimbatore takes 3 days. Please get it dry-cleaned only. Do you want the fall and pico work done before we send it? That costs ₹250 extra and adds a day. Payment of ₹24,800 was received through U.P.I. Silk Mark tags are stitched inside. Happy festive season from Sri Lakshmi Silks!",
        [
            "Your order for a 6.3 mtrs. Kanjivaram silk saree is packed. ",
            "The blouse piece, 0.8 mtrs., is attached at one end. ",
            "The saree weighs around 750 gm. ",
            "Pure zari was used for the border, as the test report shows. ",
            "Delivery to Coimbatore takes 3 days. ",
            "Please get it dry-cleaned only. ",
            "Do you want the fall and pico work done before we send it? ",
            "That costs ₹250 extra and adds a day. ",
            "Payment of ₹24,800 was received through U.P.I. ",
            "Silk Mark tags are stitched inside. ",
            "Happy festive season from Sri Lakshmi Silks!",
        ],
    ),
    # --- ward transfer, I.C.U. before a lower-case word, p.m. ending before a title and a name, a.m. ending before "Please" ---
    (
        "Your husband will be moved out of the I.C.U. this evening. His oxygen levels have stayed above 95% since yesterday. He moves to Ward 4B, one level up. Visiting hours there are 5 p.m. to 7 p.m. Sister Mercy is in charge of the ward tonight. Dr. Rajiv Bansal will see him on his round at 8:30 a.m. Please keep the family's questions ready for him. The deposit of ₹50,000 covers charges till tomorrow. Will you be paying the balance by card? The billing counter near the lobby never closes. He is in safe hands.",
        [
            "Your husband will be moved out of the I.C.U. this evening. ",
            "His oxygen levels have stayed above 95% since yesterday. ",
            "He moves to Ward 4B, one level up. ",
            "Visiting hours there are 5 p.m. to 7 p.m. ",
            "Sister Mercy is in charge of the ward tonight. ",
            "Dr. Rajiv Bansal will see him on his round at 8:30 a.m. ",
            "Please keep the family's questions ready for him. ",
            "The deposit of ₹50,000 covers charges till tomorrow. ",
            "Will you be paying the balance by card? ",
            "The billing counter near the lobby never closes. ",
            "He is in safe hands.",
        ],
    ),
    # --- crop insurance, ha. ending before a noun, S.M.S. before a lower-case word ---
    (
        "Your P.M.F.B.Y. claim for the flood damage is settled. The survey recorded loss on 2.4 ha. Paddy on the higher plot was found safe. ₹61,200 will land in your Kisan account within the coming week. The premium you paid was only 2% of the sum insured. Did you receive the S.M.S. with the claim number? Keep that number for any follow-up. The block agriculture officer, Shri Naresh Patel, sits at the tehsil office on Mondays. Enrolment for the next season closes on 31 July. Stay strong, better seasons lie ahead.",
        [
            "Your P.M.F.B.Y. claim for the flood damage is settled. ",
            "The survey recorded loss on 2.4 ha. ",
            "Paddy on the higher plot was found safe. ",
            "₹61,200 will land in your Kisan account within the coming week. ",
            "The premium you paid was only 2% of the sum insured. ",
            "Did you receive the S.M.S. with the claim number? ",
            "Keep that number for any follow-up. ",
            "The block agriculture officer, Shri Naresh Patel, sits at the tehsil office on Mondays. ",
            "Enrolment for the next season closes on 31 July. ",
            "Stay strong, better seasons lie ahead.",
        ],
    ),
    # --- gym, Sr. opening a sentence before a title, kg. ending before a noun, p.m. ending before a noun ---
    (
        "Welcome to FitNation, Baner! 💪 Your 3-month membership is active from today. Sr. Trainer Aditya Rane will design your workout plan. At joining, you weighed 84.6 kg. Body fat was measured at 29%. Your target for 12 weeks is 78 kg. Diet tips from our nutritionist arrive every Monday. The gym is open from 5:30 a.m. to 10:30 p.m. Steam room slots are given out at reception. Do you have any back or knee problems? Let's get started! 🏋️",
        [
            "Welcome to FitNation, Baner! 💪 ",
            "Your 3-month membership is active from today. ",
            "Sr. Trainer Aditya Rane will design your workout plan. ",
            "At joining, you weighed 84.6 kg. ",
            "Body fat was measured at 29%. ",
            "Your target for 12 weeks is 78 kg. ",
            "Diet tips from our nutritionist arrive every Monday. ",
            "The gym is open from 5:30 a.m. to 10:30 p.m. ",
            "Steam room slots are given out at reception. ",
            "Do you have any back or knee problems? ",
            "Let's get started! 🏋️",
        ],
    ),
    # --- flight delay, p.m. before a brand name inside a sentence, mins. ending before an adjective, an emoji closing a sentence before a noun ---
    (
        "Your 9:40 p.m. IndiGo flight to Bengaluru is delayed by 90 mins. New departure time is 11:10 p.m. Boarding begins at 10:35 p.m. at gate 14. A ₹400 meal voucher awaits you at the transfer desk. Is the 7:15 a.m. flight tomorrow better for you? That change would be free. Your cab in Bengaluru has been pushed back as well 🚕 Driver details reach your phone by S.M.S. once you land. We regret the delay.",
        [
            "Your 9:40 p.m. IndiGo flight to Bengaluru is delayed by 90 mins. ",
            "New departure time is 11:10 p.m. ",
            "Boarding begins at 10:35 p.m. at gate 14. ",
            "A ₹400 meal voucher awaits you at the transfer desk. ",
            "Is the 7:15 a.m. flight tomorrow better for you? ",
            "That change would be free. ",
            "Your cab in Bengaluru has been pushed back as well 🚕 ",
            "Driver details reach your phone by S.M.S. once you land. ",
            "We regret the delay.",
        ],
    ),
    # --- rental agreement, Sr. ending before a noun, Jr. before a comma, p.m. ending before a noun ---
    (
        "Your rental agreement for Flat 302, Silver Oak, is ready for signing. The flat is owned by Mr. Anthony Pereira Sr. Rent of ₹28,000 goes into his account before the 5th each month. His son and namesake, Anthony Jr., will handle repairs and visits. The deposit is ₹1,12,000, returned when you vacate. The agreement runs for 11 months. Registration at the sub-registrar's office is fixed for Tuesday at 3 p.m. Stamp duty and fees come to ₹2,350. Both of you must carry your Aadhaar and P.A.N. cards. Can you be there ten minutes early? The keys will be handed over right after.",
        [
            "Your rental agreement for Flat 302, Silver Oak, is ready for signing. ",
            "The flat is owned by Mr. Anthony Pereira Sr. ",
            "Rent of ₹28,000 goes into his account before the 5th each month. ",
            "His son and namesake, Anthony Jr., will handle repairs and visits. ",
            "The deposit is ₹1,12,000, returned when you vacate. ",
            "The agreement runs for 11 months. ",
            "Registration at the sub-registrar's office is fixed for Tuesday at 3 p.m. ",
            "Stamp duty and fees come to ₹2,350. ",
            "Both of you must carry your Aadhaar and P.A.N. cards. ",
            "Can you be there ten minutes early? ",
            "The keys will be handed over right after.",
        ],
    ),
    # --- cinema, an emoji closing a sentence before a name, hrs. before a number, mins. and hrs. ending before a noun and an adjective ---
    (
        "Two tickets for the 7 p.m. show of Sholay at Roxy Talkies are booked 🎬 Rekha at the box office will hand you a free popcorn combo. Seats G11 and G12 are in the recliner row. The restored print runs for 3 hrs. 24 mins. Interval is at 8:45 p.m. Parking at the mall is ₹60 for 4 hrs. Outside food cannot be carried into the hall. Should we keep an aisle seat for easy access? Enjoy the classic! 🍿",
        [
            "Two tickets for the 7 p.m. show of Sholay at Roxy Talkies are booked 🎬 ",
            "Rekha at the box office will hand you a free popcorn combo. ",
            "Seats G11 and G12 are in the recliner row. ",
            "The restored print runs for 3 hrs. 24 mins. ",
            "Interval is at 8:45 p.m. ",
            "Parking at the mall is ₹60 for 4 hrs. ",
            "Outside food cannot be carried into the hall. ",
            "Should we keep an aisle seat for easy access? ",
            "Enjoy the classic! 🍿",
        ],
    ),
    # --- card fraud alert, Pvt. Ltd. inside a quote mid-sentence, C.V.V. before a lower-case word, a phone number ending a sentence ---
    (
        'We blocked a card payment of ₹19,999 to "QuickMart Online Pvt. Ltd." at 1:12 a.m. today. Was this payment made by you? Reply YES if it was you, or NO if it was not. Your card stays blocked until we hear from you. A new card can reach your home in 5 working days. Never share your C.V.V. with anyone, even someone claiming to be from the bank. Our fraud team may ring you from 1800-425-1122. Calls from any other number are not from us. Stay alert, stay safe.',
        [
            'We blocked a card payment of ₹19,999 to "QuickMart Online Pvt. Ltd." at 1:12 a.m. today. ',
            "Was this payment made by you? ",
            "Reply YES if it was you, or NO if it was not. ",
            "Your card stays blocked until we hear from you. ",
            "A new card can reach your home in 5 working days. ",
            "Never share your C.V.V. with anyone, even someone claiming to be from the bank. ",
            "Our fraud team may ring you from 1800-425-1122. ",
            "Calls from any other number are not from us. ",
            "Stay alert, stay safe.",
        ],
    ),
    # --- rooftop solar, P.M. before a capitalised scheme name, sq. ft. before a lower-case word, an emoji with a selector closing a sentence ---
    (
        "Your rooftop solar plant is approved under the P.M. Surya Ghar scheme. A 3 kW system fits on your 400 sq. ft. terrace. The subsidy of ₹78,000 is released after commissioning. Installation by Suryoday Solar takes 2 days. Net metering is set up by the power company after that. Panels should be washed every two weeks with plain water. Do you plan to borrow for your share? Banks lend at about 7% under this scheme. Savings on your bill start from the very first month ☀️ Our engineer, Mr. Kishore Naik, will survey the roof on the 11th at 10 a.m. Expect a call from him the day before.",
        [
            "Your rooftop solar plant is approved under the P.M. Surya Ghar scheme. ",
            "A 3 kW system fits on your 400 sq. ft. terrace. ",
            "The subsidy of ₹78,000 is released after commissioning. ",
            "Installation by Suryoday Solar takes 2 days. ",
            "Net metering is set up by the power company after that. ",
            "Panels should be washed every two weeks with plain water. ",
            "Do you plan to borrow for your share? ",
            "Banks lend at about 7% under this scheme. ",
            "Savings on your bill start from the very first month ☀️ ",
            "Our engineer, Mr. Kishore Naik, will survey the roof on the 11th at 10 a.m. ",
            "Expect a call from him the day before.",
        ],
    ),
    # --- voter card, B.L.O. before a lower-case word and before a name, wks. ending before an adverb, No. before a number ---
    (
        "Your application for a new voter card is approved. Form 6 was checked by the B.L.O. during her visit on the 3rd. Your E.P.I.C. number is now active. The card itself is printed and posted in about 4 wks. Meanwhile, an e-card can be downloaded from the voters' portal. B.L.O. Sunita Yadav will bring the printed card to your home. Your polling booth is at Municipal School No. 12, Room 3. Is your name spelt correctly in the records? Voting is your right, so do use it!",
        [
            "Your application for a new voter card is approved. ",
            "Form 6 was checked by the B.L.O. during her visit on the 3rd. ",
            "Your E.P.I.C. number is now active. ",
            "The card itself is printed and posted in about 4 wks. ",
            "Meanwhile, an e-card can be downloaded from the voters' portal. ",
            "B.L.O. Sunita Yadav will bring the printed card to your home. ",
            "Your polling booth is at Municipal School No. 12, Room 3. ",
            "Is your name spelt correctly in the records? ",
            "Voting is your right, so do use it!",
        ],
    ),
    # --- temple visit, a.m. before a capitalised ritual name inside a sentence, a.m. ending before nouns ---
    (
        "Your passes for the 3 a.m. Nirmalya Darshan at Guruvayur are confirmed for two. Queue at the east gate by 2:15 a.m. Men must wear a mundu, and women a saree or churidar. Phones and cameras are to be left at the cloak room. Your hotel, Sreekrishna Residency, is 400 metres from the gate. Breakfast at the hotel starts at 6 a.m. Trips to the elephant camp at Punnathur Kotta can be arranged by the hotel. Is a tulabharam offering on your list? The rate depends on what is offered, like bananas or jaggery, and on your weight. May your visit be peaceful.",
        [
            "Your passes for the 3 a.m. Nirmalya Darshan at Guruvayur are confirmed for two. ",
            "Queue at the east gate by 2:15 a.m. ",
            "Men must wear a mundu, and women a saree or churidar. ",
            "Phones and cameras are to be left at the cloak room. ",
            "Your hotel, Sreekrishna Residency, is 400 metres from the gate. ",
            "Breakfast at the hotel starts at 6 a.m. ",
            "Trips to the elephant camp at Punnathur Kotta can be arranged by the hotel. ",
            "Is a tulabharam offering on your list? ",
            "The rate depends on what is offered, like bananas or jaggery, and on your weight. ",
            "May your visit be peaceful.",
        ],
    ),
    # --- wedding day plan, multi-line numbered list after a heading line with items ending in a.m. and p.m. at their newlines ---
    (
        "Here is the plan for Pooja's wedding day:\n1. Haldi at the lawn, 9 a.m.\n2. Lunch for guests, 12:30 p.m.\n3. Baraat reaches the venue gate, 6 p.m.\n4. Pheras in the mandap, 8:30 p.m.\n5. Dinner buffet till 11 p.m.\nOur decorator, Mr. Ashok Bhandari, will finish the mandap by 4 p.m. Generators are on standby in case power fails. Is the band coming from your side? Please share the band leader's number with us. Heartiest wishes to both families! 💐",
        [
            "Here is the plan for Pooja's wedding day:\n",
            "1. Haldi at the lawn, 9 a.m.\n",
            "2. Lunch for guests, 12:30 p.m.\n",
            "3. Baraat reaches the venue gate, 6 p.m.\n",
            "4. Pheras in the mandap, 8:30 p.m.\n",
            "5. Dinner buffet till 11 p.m.\n",
            "Our decorator, Mr. Ashok Bhandari, will finish the mandap by 4 p.m. ",
            "Generators are on standby in case power fails. ",
            "Is the band coming from your side? ",
            "Please share the band leader's number with us. ",
            "Heartiest wishes to both families! 💐",
        ],
    ),
    # --- Hinglish clinic, Dr. before a name, approx. before a number, hrs. and a.m. before lower-case Hinglish words ---
    (
        "Aapka appointment Dr. Meenal Shah ke saath kal 5:30 p.m. ka hai. Clinic Vile Parle station ke paas hai, approx. 300 metre door. Doctor ki fees ₹800 hai. Purani reports zaroor saath laaiye. Doctor saab thyroid ki specialist hain. Blood test ke liye 10 hrs. ka fasting chahiye. Test clinic mein hi subah 8 a.m. se hota hai. Test ka slot bhi abhi le lein? Uska charge ₹650 extra lagega. Parking ke liye jagah kam hai, isliye auto se aana behtar hai. Milte hain kal! 👋",
        [
            "Aapka appointment Dr. Meenal Shah ke saath kal 5:30 p.m. ka hai. ",
            "Clinic Vile Parle station ke paas hai, approx. 300 metre door. ",
            "Doctor ki fees ₹800 hai. ",
            "Purani reports zaroor saath laaiye. ",
            "Doctor saab thyroid ki specialist hain. ",
            "Blood test ke liye 10 hrs. ka fasting chahiye. ",
            "Test clinic mein hi subah 8 a.m. se hota hai. ",
            "Test ka slot bhi abhi le lein? ",
            "Uska charge ₹650 extra lagega. ",
            "Parking ke liye jagah kam hai, isliye auto se aana behtar hai. ",
            "Milte hain kal! 👋",
        ],
    ),
    # --- Hinglish cab, an emoji closing a sentence before a name, mins. and O.T.P. before lower-case words ---
    (
        "Aapki cab book ho gayi hai 🚖 Manjeet Singh aapko 10 mins. mein pick karenge. Gaadi white Dzire hai, number DL 3C 4521. Fare approx. ₹540 hoga. Toll ka charge alag se lagega. Airport tak lagbhag 45 mins. lagenge. Bada luggage saath mein hai kya? Driver ko O.T.P. batane ke baad hi ride shuru hogi. Safe journey! 🛫",
        [
            "Aapki cab book ho gayi hai 🚖 ",
            "Manjeet Singh aapko 10 mins. mein pick karenge. ",
            "Gaadi white Dzire hai, number DL 3C 4521. ",
            "Fare approx. ₹540 hoga. ",
            "Toll ka charge alag se lagega. ",
            "Airport tak lagbhag 45 mins. lagenge. ",
            "Bada luggage saath mein hai kya? ",
            "Driver ko O.T.P. batane ke baad hi ride shuru hogi. ",
            "Safe journey! 🛫",
        ],
    ),
    # --- nursing results, B.Sc. and M.Sc. before a capitalised subject inside a sentence, Govt. before a college's name, M.Sc. right before "?" ---
    (
        "Nandini's B.Sc. Nursing results are out. She has passed with 78.4%. Her internship at Govt. Medical College, Nagpur, starts next month. The stipend is ₹13,000 a month. The degree certificate follows after the convocation. Principal Dr. Asha Kulkarni has sent her best wishes. Does she plan to do an M.Sc.? Entrance forms for M.Sc. Nursing open in May. We are proud of her! 🎓",
        [
            "Nandini's B.Sc. Nursing results are out. ",
            "She has passed with 78.4%. ",
            "Her internship at Govt. Medical College, Nagpur, starts next month. ",
            "The stipend is ₹13,000 a month. ",
            "The degree certificate follows after the convocation. ",
            "Principal Dr. Asha Kulkarni has sent her best wishes. ",
            "Does she plan to do an M.Sc.? ",
            "Entrance forms for M.Sc. Nursing open in May. ",
            "We are proud of her! 🎓",
        ],
    ),
    # --- pension life certificate, Regd. before a capitalised word inside a sentence, P.P.O. before a lower-case word ---
    (
        "Your life certificate reached our pension office by Regd. Post yesterday. Kalyan East's Branch Postmaster attested it. Pension for the next 12 months will continue without a break. This month's payment of ₹27,450 goes out on the 1st. Dearness relief arrears of ₹4,380 are added to it. Next year, you can submit it through the Jeevan Pramaan app at home. Your P.P.O. number appears on our letter to you. Has your bank branch changed since last year? If it has, fill in the mandate form at any post office. Wishing you good health, sir.",
        [
            "Your life certificate reached our pension office by Regd. Post yesterday. ",
            "Kalyan East's Branch Postmaster attested it. ",
            "Pension for the next 12 months will continue without a break. ",
            "This month's payment of ₹27,450 goes out on the 1st. ",
            "Dearness relief arrears of ₹4,380 are added to it. ",
            "Next year, you can submit it through the Jeevan Pramaan app at home. ",
            "Your P.P.O. number appears on our letter to you. ",
            "Has your bank branch changed since last year? ",
            "If it has, fill in the mandate form at any post office. ",
            "Wishing you good health, sir.",
        ],
    ),
    # --- dinner table, an emoji closing a sentence before an adjective, an emoji before a dessert's name inside a sentence, mins. ending before an adjective ---
    (
        "Your table for 4 at Olive Tree is set for 8:30 p.m. tonight. It's a window table on the first floor 🌃 Live ghazals start at 9 p.m. Do try our 🍰 Tiramisu, made fresh every evening. Will any of your guests want vegan food? Most dishes can be made without dairy. We hold each table for 15 mins. Late arrivals may have to wait for the next free table. See you this evening! 🍷",
        [
            "Your table for 4 at Olive Tree is set for 8:30 p.m. tonight. ",
            "It's a window table on the first floor 🌃 ",
            "Live ghazals start at 9 p.m. ",
            "Do try our 🍰 Tiramisu, made fresh every evening. ",
            "Will any of your guests want vegan food? ",
            "Most dishes can be made without dairy. ",
            "We hold each table for 15 mins. ",
            "Late arrivals may have to wait for the next free table. ",
            "See you this evening! 🍷",
        ],
    ),
    # --- mutual fund, N.A.V. before a lower-case word, S.I.P. before a capitalised feature name, an e-mail ending a sentence ---
    (
        "Your monthly S.I.P. of ₹5,000 in the Bluechip Equity Fund went through today. Units were allotted at an N.A.V. of ₹48.72. You now hold 1,284.36 units. Their current value is ₹62,574. Your S.I.P. Top-up of 10% applies from April. Gains held for over a year are taxed at 12.5% above ₹1.25 lakh. Statements are e-mailed around the 10th. Your relationship manager is Mr. Farhan Ali. He can be reached at farhan.ali@nivesh-sathi.in. Happy investing!",
        [
            "Your monthly S.I.P. of ₹5,000 in the Bluechip Equity Fund went through today. ",
            "Units were allotted at an N.A.V. of ₹48.72. ",
            "You now hold 1,284.36 units. ",
            "Their current value is ₹62,574. ",
            "Your S.I.P. Top-up of 10% applies from April. ",
            "Gains held for over a year are taxed at 12.5% above ₹1.25 lakh. ",
            "Statements are e-mailed around the 10th. ",
            "Your relationship manager is Mr. Farhan Ali. ",
            "He can be reached at farhan.ali@nivesh-sathi.in. ",
            "Happy investing!",
        ],
    ),
    # --- Hindi and English, lakh and A.T.M. ending English sentences before Hindi ---
    (
        "आपका किसान क्रेडिट कार्ड तैयार है। Collect it from the Bank of Baroda branch at Sehore by the 25th. कार्ड लेने के लिए आधार और पासबुक साथ लाइए। The card limit is ₹1.6 lakh. इस पर ब्याज केवल 4% सालाना है, अगर आप समय पर चुकाएँ। Withdrawals can be made at any A.T.M. पिन नंबर अलग लिफ़ाफ़े में डाक से आएगा। The card must be renewed every year after the rabi harvest. क्या आपने फ़सल बीमा भी लिया है? Shri Mukesh Verma, who visits your village, can help with it. धन्यवाद और शुभकामनाएँ!",
        [
            "आपका किसान क्रेडिट कार्ड तैयार है। ",
            "Collect it from the Bank of Baroda branch at Sehore by the 25th. ",
            "कार्ड लेने के लिए आधार और पासबुक साथ लाइए। ",
            "The card limit is ₹1.6 lakh. ",
            "इस पर ब्याज केवल 4% सालाना है, अगर आप समय पर चुकाएँ। ",
            "Withdrawals can be made at any A.T.M. ",
            "पिन नंबर अलग लिफ़ाफ़े में डाक से आएगा। ",
            "The card must be renewed every year after the rabi harvest. ",
            "क्या आपने फ़सल बीमा भी लिया है? ",
            "Shri Mukesh Verma, who visits your village, can help with it. ",
            "धन्यवाद और शुभकामनाएँ!",
        ],
    ),
    # --- island ferry, a.m. ending before a title and a name, hr. before a number, mins. ending before a noun, kg. before a lower-case word ---
    (
        "Your ferry from Port Blair to Havelock leaves at 8:15 a.m. Check in at Haddo Wharf by 7:15 a.m. Capt. Nikhil Sethi will command the vessel. The crossing takes about 1 hr. 45 mins. Seas are calm this week, so no delays are expected. Each passenger may carry 25 kg. of luggage. Your boarding card shows the seat number. Are you carrying any snorkelling gear? Oversized bags go in the hold. Enjoy the islands! 🏝️",
        [
            "Your ferry from Port Blair to Havelock leaves at 8:15 a.m. ",
            "Check in at Haddo Wharf by 7:15 a.m. ",
            "Capt. Nikhil Sethi will command the vessel. ",
            "The crossing takes about 1 hr. 45 mins. ",
            "Seas are calm this week, so no delays are expected. ",
            "Each passenger may carry 25 kg. of luggage. ",
            "Your boarding card shows the seat number. ",
            "Are you carrying any snorkelling gear? ",
            "Oversized bags go in the hold. ",
            "Enjoy the islands! 🏝️",
        ],
    ),
    # --- milk subscription, Rd. before a comma and a lower-case word, St. before a name, ml. before a brand name, a quoted phrase mid-sentence ---
    (
        'Your daily milk subscription now goes to Flat 7, Sea Breeze, 12 Chapel Rd., Bandra West. Riders sometimes find Chapel Rd. hard to spot at night. The nearest landmark we have is St. Andrew\'s Church. Two 500 ml. Amul Gold pouches arrive before 7 a.m. Curd and paneer can be added from the app by 11 p.m. on the previous day. If the gate is locked, our rider leaves the pouches in the "Milk Box" near the lift. Your wallet balance is ₹1,136. Top-ups above ₹2,000 earn a free ghee jar. Shall we ping you when the balance runs low? Fresh mornings ahead!',
        [
            "Your daily milk subscription now goes to Flat 7, Sea Breeze, 12 Chapel Rd., Bandra West. ",
            "Riders sometimes find Chapel Rd. hard to spot at night. ",
            "The nearest landmark we have is St. Andrew's Church. ",
            "Two 500 ml. Amul Gold pouches arrive before 7 a.m. ",
            "Curd and paneer can be added from the app by 11 p.m. on the previous day. ",
            'If the gate is locked, our rider leaves the pouches in the "Milk Box" near the lift. ',
            "Your wallet balance is ₹1,136. ",
            "Top-ups above ₹2,000 earn a free ghee jar. ",
            "Shall we ping you when the balance runs low? ",
            "Fresh mornings ahead!",
        ],
    ),
    # --- wholesale shawls, Bros. ending before a noun, kg. before "and", V.R.L. before a capitalised name, L.R. before a lower-case word ---
    (
        "Your wholesale order of 120 woollen shawls has been dispatched. The seller is Kapoor Bros. Payment was settled in full, so nothing is due on delivery. The parcel weighs 38 kg. and goes by road. Transport is by V.R.L. Logistics from Ludhiana to Hubballi. Expected delivery is in 5 to 6 days. The L.R. copy has been sent on WhatsApp. Show it at the V.R.L. godown on Gokul Road to collect the bundle. Are all 120 pieces for your own shop? Bulk buyers get 5% off on the next order above ₹50,000. Thanks for your business! 📦",
        [
            "Your wholesale order of 120 woollen shawls has been dispatched. ",
            "The seller is Kapoor Bros. ",
            "Payment was settled in full, so nothing is due on delivery. ",
            "The parcel weighs 38 kg. and goes by road. ",
            "Transport is by V.R.L. Logistics from Ludhiana to Hubballi. ",
            "Expected delivery is in 5 to 6 days. ",
            "The L.R. copy has been sent on WhatsApp. ",
            "Show it at the V.R.L. godown on Gokul Road to collect the bundle. ",
            "Are all 120 pieces for your own shop? ",
            "Bulk buyers get 5% off on the next order above ₹50,000. ",
            "Thanks for your business! 📦",
        ],
    ),
]
