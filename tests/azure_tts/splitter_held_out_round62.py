"""Held-out cases for the sentence splitter, round 62: written without reading or running it.

Written after reading only /work/main/tests/azure_tts/splitter_held_out_round61.py and
/work/main/tests/azure_tts/splitter_held_out_round60.py (for format and conventions), each opened by
its exact full path. First one command made the scratch folder /tmp/s41/w_s62/ with mkdir -p and ran
wc -l on both paths (1619 and 1521 lines). Round 61 was then printed with sed -n in nine line ranges
of at most 200 lines (1-200, 201-400, 401-600, 601-800, 801-1000, 1001-1200, 1201-1400, 1401-1600
and 1601-1619), and round 60 in eight (1-200, 201-400, 401-600, 601-800, 801-1000, 1001-1200,
1201-1400 and 1401-1521), so both were read whole, docstrings and cases; no print was seen to be cut
by the display. Neither file was printed with cat, and no output of either file was piped into any
other tool. No other file of /work was opened, no folder of the project was listed, no wildcard or
glob was used on a project path, git was not used, no splitter source, test, bench, README or log was
opened, and none of the code, document, issue or page search tools, find_string, find_files,
read_file, find_repos and no web were used. Nothing was run against the splitter or in the project,
and its package was not imported. Python scripts in the scratch folder read the two files as text
(open and read) for the phrase-overlap and short-form checks below, and parsed round 61's docstring
with the ast module to take its conventions and readings paragraphs (reused below, with the round
numbers moved on); neither file was imported or run. In /tmp only the scratch folder /tmp/s41/w_s62/
and this file (inside it) were written. Every Python run had bytecode writing turned off
(PYTHONDONTWRITEBYTECODE=1).

Slip record. No slip against the reading rules on the two files is known. For completeness: the
phrase-overlap script printed the 16-character runs it found shared with the two files (short
fragments of their text, shown through Python rather than sed), and the short-form script tested
plain substrings against their text; both are the checks the brief allows, and neither printed any
other part of either file. Several sed ranges of one file were issued in the same batch of tool
calls, each as its own command. Outside /work, grep -c was run once on this file's own draft
readings paragraph in the scratch folder (to count its lines), and the scratch folder was listed
with ls to confirm that no bytecode folder was made; neither touched /work. No other slip is known.

The cases were drafted as chunk lists in the scratch folder (four drafts: 15, 15, 14 and 16) and this
file was assembled from them (so each text is the join of its chunks); checks confirmed that the
chunks concatenate exactly to the text, that every chunk but the last ends in whitespace and the
last does not, that no chunk begins with a space, that there are 60 cases with 9 to 13 chunks each
(622 in all), that no case holds a zero-width joiner or non-joiner or a backslash, and that the
module imports by path (importlib, on this file only, with bytecode writing off).

Shape: as in rounds 60 and 61, every case is a realistic reply of a phone or voice assistant for
Indian customers, given as (text, expected chunks), the text whole; no stream split is stored here.
As there, there is no block of plain everyday replies: every one of the 60 carries several spots
where a careful reader cuts (or does not cut) without doubt but a simple rule may not. This round
leans harder on the same kinds, with forms the earlier files do not use: "p.a.", "p.p." and "p.m."
meaning per month, 24-hour "hrs." times, railway "Jn.", "Cantt.", "Exp.", "W.L." and "R.A.C.", unit
forms "in.", "ct.", "doz.", "pkts.", "tsp.", "tbsp.", "mcg.", "pcs.", "gts.", address forms "Vill.",
"P.O.", "Teh." and "Dist.", titles "Er.", "Sh.", "Jt.", "Insp.", "Hav.", "M/s.", "Dr. (Mrs.)" and
"Dr. (Prof.)", initials that read like a degree ("M.S. Dhoni") or stand unspaced before a surname
("P.V. Ramana", "R.K. Ahuja", "A.R. Rahman"), a single initial before a name ("M. Chinnaswamy"),
initials ending a sentence ("Roopa K.S."), dotted acronyms before capitalised names that go on with
the sentence (locality, scheme, pack, plan, bus and test names), times joined by an en dash with
"a.m."/"p.m." on both sides, "p.m. IST", emoji closing a sentence with no stop before a pronoun or an
amount, a skin-toned emoji and a clock emoji closing a sentence with no stop, keycap emoji as line
markers, and new dotted Indic units in nine scripts.

No sentence is taken or paraphrased from the two files. A phrase-overlap check searched every
16-character run of every case's text against both whole files (docstrings included,
case-insensitively, digits of every script mapped to ASCII, escaped quotes read as quotes). Its
first pass found shared runs in 43 replies (among them " savings account", " the first hearing
is", " will take care of the", " along with the ", " is now active. ", " the nominee on ", " from 8
a.m. to 8 p.m.", " incoming calls ", " by s.m.s. once ", " is served on board", " status in the
app", " the train leaves", "your daughter's ", " every 30 mins. ", " takes about 1 hr.", " each
passenger ", " has also prescribed", ". do you want the ", ". shall we book ", " tomorrow between
10 a.m. and 2 p.m.", " reaches you within", " will be delivered", " is out for delivery", " on the
same truck", " was left out, as ", " you asked about", " on the 22nd at ", " has cleared the ", "
ready for him. ", " an e-card can be", " the printed card", " starts next month", "officer, shri
naresh", " never share your", " acknowledgement", " corporation of ", " are often seen in the", a
Gujarati "ઓર્ડર તૈયાર છે." run, a Malayalam "ഉറപ്പായി. The" run and a Bengali opening), and the
sentences holding them were reworded; a second pass reworded the last few (" between 7 a.m. and ",
" the card itself", " will visit you ", "two tickets for ", " before departure", " through
u.p.i. ") and a third one more (" are booked for you"). The last pass finds no 16-character run
shared with either file. A within-file run check (every case's text against every other case's, and
against itself) also reworded repeats (" senior citizens", "'s nodal officer", " account instead",
", is the nominee", " it reaches you", " reaches you by " in three replies, " shall we remind you",
" the train leaves" in three, " breakfast is served", "your daughter's ", " 1 hr. 30 mins. ", "
prescription from dr. ", ". do you want the ", " between 10 a.m. and ", "your order from " in three,
" a late fee of ₹", " police verification", ". should we send " in three, " from 10 a.m. to ", " a
printed copy ", and within one reply " the pentavalent ", " the i.t. dept. ", " from ambala cantt."
and a Malayalam "സ്റ്റേഷനിൽ നിന്ന്" run), and now finds none.

Topics: a term deposit, a cheque bounce case, a double auto-debit, an N.R.E. account, a gold loan,
international roaming, an R.A.C. ticket, a sleeper ticket, an airport bus, thyroid medicines, lab
reports, a baby's vaccines, a root canal, a shoe return, a phone order, a wardrobe delivery, a fruit
and grocery order, a thali order, a chai masala recipe, a rural job card, a housing scheme grant, a
disability card, a pension scheme, a scholarship, passport police verification, a land record, an
ex-serviceman's health card, a civil services test series, medical counselling, a school fee, cricket
tickets, a concert, a Dubai flight, a Ladakh bike trip, a hill resort, a flat on rent, an endowment
premium, a shop's power connection, a cyber fraud complaint, a speed post parcel, a pharmacy order,
EV charging, P.A.N. and Aadhaar linking, a missed garbage pick-up, a clinic (Hinglish), a train
(Hinglish), a refund (Hinglish), a bank's K.Y.C. (Hindi), a child's medicines (Hindi written with
"."), a Pandharpur bus (Marathi and English), the Darjeeling Mail (Bengali and English), a deposit
(Tamil and English), a mother's medicines (Telugu and English), a house move (Kannada and English), a
Jan Shatabdi (Malayalam and English), namkeen (Gujarati and English), a tractor service (Punjabi and
English), an iftar buffet (Urdu and English), a Chilika boat ride (Odia and English) and a Manas
safari (Assamese and English).

Short forms, names and markers: each was searched for in both files as a plain substring
(case-insensitively; such a search also finds a form inside a longer word or form, so "p.a.", "ct.",
"in.", "min.", "IST", "P.O.", "P.S.", "S.P.", "G.S.", "I.T.", "C.A." and "Sh." may count as found only
inside longer words or forms). Found in neither file: Sr. No., Chq., M/s., Regd. A.D., N.I. Act,
LL.M., & Co., N.A.C.H., R.B.I., N.R.E., N.R.O., U.A.E., W.L., R.A.C., 24-hour "hrs." times, Jn.,
Cantt., Exp., B.M.T.C., H.S.R., B.D.A., B.T.M., D.L.F., U.P.I. Lite, Dr. (Mrs.), Dr. (Prof.), mcg.,
T.S.H., Syp., L.F.T., K.F.T., U.S.G., O.P.V., Hep., D.C.H., B.C.G., M.D.S., R.C.T., A.W.B., Qty.,
C.O.D., M.R.P., I.M.E.I., doz., pkts., tbsp., tsp., pcs., gts., M.G.N.R.E.G.A., Vill., Teh., Dist.,
D.B.T., P.M.A.Y., Jt., Mon., Fri., Sat., B.P.L., U.D.I.D., C.M.O., A.P.Y., N.S.P., Sr. Sec., A.S.I.,
S.H.O., Insp., R.P.O., Sy. No., Khata No., R.T.C., Hav., E.C.H.S., O.I.C., U.P.S.C., C.S.A.T., I.A.S.,
N.E.E.T., M.B.B.S., A.I.I.M.S., M.C.C., B.D.S., Std., Div., S.D.O., P.S.P.C.L., M.C.B., N.C.R.P.,
P.I.N., G.P.O., H.A.L., F.C.A., veg., non-veg., "Dr. sahab", the names and places "P.V. Ramana",
"R.K. Ahuja", "A.R. Rahman", "M.S. Dhoni", "M. Chinnaswamy", "Roopa K.S.", "G.T. Road" and "J.P.
Nagar", the Indic forms क्र., के.वाई.सी., ओ.टी.पी., एस.एम.एस., मि.ली., ओ.आर.एस., सौ., কি.মি.,
கி.மீ., కి.మీ., ಕಿ.ಮೀ., കി.മീ., કિ.ગ્રા., ਕਿ.ਮੀ. and କି.ମି., and the emoji 1️⃣ (with 2️⃣ and 3️⃣),
🇮🇳, 🕢, 🎟️, ✅, 🌇, 🧳, 🛄, 🌿, 👶, 😁, 🏃, 🤳, 🛋️, 🥬, 🍛, ☕, 🏠, 🥼, 🎵, 🏍️, 🌄, 🔒, 🤧, 🔋, 🧹,
🍼, 🚉, 🏡, 🌊, 🚜, 🕌, 🐬 and 🐒. Found in one or both (so not new here, or found only inside a
longer form): p.a., IST, ct., per gm., min., M.D., Tab., E.M.I., in., ft., gm., ml., P.O., Sh.,
Wed., P.S., S.P., Er., Col., P.P.O., G.S., hr., Capt., A.M.S., ltr., p.p., L.I.C., J.E., U.T.R.,
mg., Dept., I.T., C.A., H.P., Mrs., Smt., Shri, Mr., Ms., Dr., vs., approx., incl., No., Rd., St.,
Govt., kg., km., mins., wks., yrs., yr., a.m., p.m., sq. m., sq. ft., S.M.S., O.T.P., U.P.I.,
G.S.T., P.A.N., S.B., T.T.E., (Retd.), the Indic forms ग्रा., डॉ. and कि.मी., and the emoji 👍🏽,
📦, 🎉, 📞, 🛵, 🙏, 💐, 🌼, 🎁 and 🏔️. Undotted forms (IST, UG, GB, kW, kWh, BHK, EV, NRI, DHL, LS,
LIC, HbA1c, g/dL, UK 9, EK 505, codes such as GL-4471, EK482615903IN, C2, A1, D3 and S6) stand only
inside sentences or at a sentence's end as a plain word; no date is given a weekday, no short form
stands right before a weekday, no single capital letter ends a sentence other than as the last part
of a dotted form ("Roopa K.S."), no temperature ends a sentence, and no case holds a zero-width
joiner or non-joiner.

Conventions (those rounds 60 and 61 state, kept): each case is (text, the chunks a careful human
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

Round 60 added these readings, kept. As in round 59, its brief asked for spots where a careful reader cuts (or does
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

Round 61 added these readings, kept. As in rounds 59 and 60, its brief asked for spots where a careful reader cuts
(or does not cut) without doubt but a simple rule may not; each point below was used only where no
careful reader would dispute the cut, and the points those rounds leave open were left out again (a
short form before a capitalised word that could as well open a sentence as go on with one, such as a
weekday, "??", a month form with a day number ending a sentence, a web address with a query string
right before "?", a phone number right before "!", "Rs." as an amount-word, a joined emoji, two emoji
closing a sentence with no stop, a dotted Indic form ending a sentence or right before "?" or a
comma, a "?" inside a bold phrase, an underscore italic and a heading line in markdown):
1. A short form, unit form, time form, dotted acronym or dotted degree right before a capitalised
   word that goes on with the same sentence is not an end: a time form before the name of a train,
   bus, flight, ferry, ride, concert or darshan ("5:50 a.m. Vande Bharat Express from", "10:30 p.m.
   Airavat Club Class bus", "8:05 a.m. Akasa Air flight", "11:55 p.m. Singapore Airlines flight",
   "9:15 p.m. Gorakhdham Express", "7:20 a.m. Pawan Hans shuttle", "10:20 a.m. Joy Ride steam",
   "8:30 a.m. Nimati Ghat ferry", "4 p.m. Carnatic vocal", "11 a.m. Special Entry Darshan"); a unit
   form before a brand, variety code, sweet, dish, coin, agency or material ("5 ltr. Fortune", "10
   kg. Aashirvaad", "1 kg. Tata Sampann", "2 ltr. Amul Taaza", "30 kg. JS-335", "46 qtl. HD-3086",
   "62 qtl. PBW-826", "500 gm. Kaju Katli and 250 gm. Motichoor Ladoo", "8 gm. Lakshmi coin", "1 kg.
   Shahi Mutton Haleem", "10,000 ltr. Jal Board tanker", "2 ft. Shadu clay", "5.5 mtrs. Gharchola
   sarees", "5 H.P. Kirloskar pump"); a dotted degree or post before a subject ("M.D. Paediatrics,",
   "M.S. General Surgery,", "M.S. Data Science course", "D.M. Nephrology,", "B.Tech. Computer
   Science batch", "H.O.D. Mathematics,"); a board or exam acronym before its class or paper
   ("C.B.S.E. Class 12", "J.E.E. Main mock"); a short form before a place or institution ("the
   P.H.C. Bhimtal on", "the Govt. District Hospital, Sagar", "your M.G. Road office", "Kalyani
   Jewellers, T. Nagar."); drug forms before a drug's name ("prescribed Inj. Lantus,", "Tab.
   Metformin 500 mg. is" opening a sentence); "Sr." and "Jr." opening a sentence before a title and
   a name ("Sr. Manager Syed Anwar at", "Jr. Engineer Harish Negi checked"), "A.N.M." opening one
   before a name ("A.N.M. Geeta Bisht will"); a title before a title and a name ("Postmaster Smt.
   Rekha Saini."), "the Dy. Commissioner (Works), Zone 4," and "Mehra vs. Speedy Motors".
2. A short form, unit form, time form, decimal, dotted acronym or dotted degree ending a sentence
   before a capitalised word that plainly opens the next one ends the chunk after its full stop:
   before a pronoun ("9:42 p.m. Her", "an M.Sc. Her", "her M.Ed. She", "9 a.m. Its", "Sai Infra
   Pvt. Ltd. Its", "9 mins. You", "Sethi Jr. Your"), before a title and a name ("24 hrs. Dr.
   Shweta", "4 hrs. Dr. Sanjay", "11 a.m. Adv. Priyanka", "10:40 a.m. Ms. Rebecca", "the society's
   N.O.C. Mrs. Sheila", "11:30 a.m. Mediator Mrs. Sunanda", "by S.M.S. Agent Ravindra", "48 hrs.
   Arhtiya Satnam", "by U.P.I. Imran"), before a noun ("2 mins. Receipts", "4 hrs. First", "3:15
   p.m. Supply", "6 p.m. Platelet", "O.R.S. Painkillers", "6 yrs. Extensions", "per kg. Kerosene",
   "4:40 p.m. Porting", "1 p.m. Parents", "10:30 a.m. Candidates", "10 a.m. Entry", "18.4 gm.
   Hallmarking", "low at 9.8. Iron", "2 wks. Transport", "6:20 a.m. Weight", "2 kg. Larger", "8
   mins. approx. Weather", "3 yrs. Repairs", "190 sq. yds. Plots", "1 yr. College", "10 a.m.
   Counters", "1 p.m. Carry", "7:30 p.m. Recharges", "11 a.m. Sweets", "₹1.5 lakh. Interest", "15
   yrs. Maturity", "₹38 lakh. Tuition", "58 kg. Fluid", "7:45 a.m. Camp", "5:30 p.m. Govt. rules",
   "9 a.m. Breakfast", "10 p.m. Buses", "86.4 sq. m. Tax", "Vasant Kulkarni Sr. Deeds", "30 mins.
   Stove", "1 min. Children", "2 mtrs. Wall", "100 nos. Change", "per qtl. Arrivals", "18,000 qtl.
   Buyers", "3:10 p.m. Every", "7:25 a.m. Bag", "7 kg. Checked"), before an
   adjective ("100 mm. Early", "1 yr. Accidental") and before "A", "At" or "Please" ("2 p.m. A",
   "6:15 a.m. A", "8:52 p.m. At", "Speedy Motors Pvt. Ltd. Please"); "packing incl. We" and "per
   gm. Bring" end it too.
3. An emoji closing a sentence with no stop ends the chunk before a capitalised name, noun or
   country ("hai 🍗 Salim", "hai 🥣 Spoons", "this weekend 🏏 India", "on the left 🪟 Charging", "dark
   store ⚡ Karan", "milega 💇 Neha", "hai 📝 Physics"); an emoji inside a sentence before its object
   or a name does not end it ("tap 📶 Network Operators to", "press the 🔴 Red button", "Your boat 🛶
   Kuttanad Queen has", "tap 🚀 Speed Check on", "at the 🏥 Ayushman Help Desk near").
4. A short form before a lower-case word, a comma or a number is not an end, also in Hinglish:
   "approx. 40", "Rajpur Rd. sub-station", "Ashram Rd. junction", "a Ph.D. seat", "Dept. of",
   "M.Sc. marksheets", "N.E.T. score", "P.N.R. status", "48 hrs. before", "35 kg. of", "12 mins.
   away", "41,200 km. at", "I.P.D. stay", "S.I.M. keeps", "45 cm. suits", "B.I.S. centre", "G.S.T.
   added", "50 km. of", "P.U.C. slip", "I.P.P.B. app", "1 yr. after", "1,050 sq. ft., serves",
   "P.P.R. on", "B.V.Sc., leads", "3 mos. need", "A.C. runs", "C.G.P.A. of", "L.P.G. cylinder",
   "O.T.T. bundle", "500 gm. paneer", "500 mg. is", "15 mins. early", "16 mm. laterals", "F.C.I.
   picked", "45 mins. ahead", "15 kg. are", "0.9 mtrs. are", "10 mins. to", "2 km. from", "7 p.m.
   sharp.", "T.T.E. may", "shop no. 114", "Room No. 3", and in Hinglish "30 mins. ke", "11 p.m.
   ke", "45 mins. lagte", "G.S.T. ke", "2 hrs. pehle", "9 a.m. se", "3 hrs. ka", "4 p.m. par",
   "Kota Rd. wali".
5. In a mixed-script reply an English sentence ending in a time form, unit form or dotted acronym
   right before an Indic or Urdu sentence ends the chunk after its full stop ("9:50 a.m." and "7
   p.m." before Bengali; "9 p.m." before Tamil; "5 mins." before Telugu; "10 a.m." and "2 hrs."
   before Marathi; "U.P.I." before Gujarati; "1:30 p.m." before Kannada; "11:30 a.m." and "20
   yrs." before Malayalam; "M.S.P." and "7 a.m." before Punjabi; "5:45 p.m." before Urdu; "6:30
   p.m." and "30 mins." before Odia; "8 a.m." and "3:30 p.m." before Assamese; "I.D." before
   Hindi); an Indic dotted form before a word or a number (रु. 2,000, सी.एस.सी. केंद्र, डॉ. सुरेश,
   कि.वा. है, यू.पी.आई. या, आर.टी.ई. कोटे, रु. 600) is not an end.
6. Lists: a one-line list with "(a) " markers after "Bring along: ", one with "1) " markers after
   "Please keep ready: " and one with "▸ " markers after "What it includes: " are chunked as their
   multi-line forms would be, an item holding a unit form before a lower-case word ("over 6 hrs.
   late, and") being one chunk; a sentence ending at its own newline before a list's heading line is
   a chunk with its newline, and in the "• " list after that heading line each line is a chunk with
   its newline, also when it ends on a dotted acronym ("school I.D.") or has no closing mark.
7. A full stop just after a closing straight double quote ("Code Sprint". Hall) ends the chunk after
   that full stop; a bracketed sentence is its own chunk; a time form right before "?" ("1 p.m.?
   Gas") ends the chunk after the "?"; a "+65" number with inner spaces ending a sentence before a
   capital ("+65 6123 4567. Keep") and a toll-free number with hyphens ending one ("1800-266-9944.
   Cook") end the chunk after the full stop, and a toll-free number inside a sentence ("1800-180-6677
   cost") is not an end.

Readings added here. As in rounds 59 to 61, the brief asked for spots where a careful reader cuts
(or does not cut) without doubt but a simple rule may not, made harder than round 61 with new forms,
domains and names; each point below was used only where no careful reader would dispute the cut, and
the points those rounds leave open were left out again (a short form before a capitalised word that
could as well open a sentence as go on with one, such as a weekday, "??", a month form with a day
number ending a sentence, a web address with a query string right before "?", a phone number right
before "!", "Rs." as an amount-word, a joined emoji, two emoji closing a sentence with no stop, a
dotted Indic form ending a sentence or right before "?" or a comma, a "?" inside a bold phrase, an
underscore italic and a heading line in markdown; also a temperature ending a sentence and a weekday
short form ending one). Where the files are silent, the cut chosen is the one a listener expects from
a phone bot reading sentence by sentence: a pause only where the sentence is over.
1. A short form, unit form, time form, dotted acronym or initial right before a capitalised word that
   goes on with the same sentence is not an end: "p.m. IST" ("7 a.m.–9 p.m. IST on", "11:59 p.m.
   IST on"); a dotted acronym before a locality, scheme, pack, plan, bus, test, exam, class or clinic
   name ("H.S.R. Layout", "B.T.M. Layout to", "B.D.A. Complex", "D.L.F. Phase 3", "G.T. Road", "J.P.
   Nagar", "P.M.A.Y. Urban 2.0", "M.G.N.R.E.G.A. Job Card", "U.D.I.D. Card", "U.A.E. Roaming Pack",
   "R.B.I. Ombudsman", "R.B.I. Integrated Ombudsman Scheme", "B.M.T.C. Vayu Vajra", "L.I.C. Jeevan
   Umang", "U.S.G. Whole Abdomen", "U.P.S.C. Prelims Test Series", "G.S. Paper I", "N.E.E.T. UG!",
   "E.C.H.S. Polyclinic", "U.P.I. Lite on", "via U.P.I. Lite." ending a sentence only at "Lite.");
   "A.I.I.M.S." opening a sentence before a place name ("A.I.I.M.S. Rishikesh closed"); "M.D." before
   a subject that ends the sentence ("M.D. Radiodiagnosis."); address and office forms before place
   names ("Vill. Khanpur Kalan, P.O. Bhadson, Teh. Nabha, Dist. Patiala.", "Vill. Dhanaula, Dist.
   Barnala, on", "P.S. Kotwali", "the R.P.O. Chandigarh prints", "the Head P.O. Aminabad on", "Govt.
   Sr. Sec. School, Rohtak."); a unit form before a brand name ("4 pkts. Maggi", "500 gm. MDH", "250
   ml. Paper Boat", "1 tsp. Everest Tea Masala", "2 kg. Induben", "50 H.P. Swaraj"); titles and
   stacked forms before names ("Dr. (Mrs.) Leela Menon", "Dr. (Prof.) Anand Tripathi.", "M/s. Patil
   Hardware", "Sh. Gurnam Singh", "Er. Praveen Hegde", "Jt. Engineer Ravi Prakash", "Insp. Rajbir
   Sandhu", "Col. Raghav Mehta", "Capt. Stanzin Dorje (Retd.),"), also opening a sentence ("S.D.O. Er.
   Harpal Singh signed", "J.E. Sukhwinder Kaur will", "A.S.I. Mohan Lal from", "Insp. Neha Chauhan of",
   "Hav. Balwinder Singh (Retd.), your"); a short form before another short form ("Regd. A.D. on",
   "Sr. No. 14", "Chq. No. 004501", "A.W.B. No. 7845", "Cantt. Jn. at"); "Hep." before a single
   capital inside a sentence ("The Hep. B dose"); drug forms before a drug's name ("Tab. Thyronorm",
   "Tab. Zerodol-P", "Tab. Diamox", "Tab. Allegra", "Tab. Eltroxin", "Syp. Ascoril", "Syp. Calpol",
   and "Syp. Ostocalcium," opening a sentence); initials before a surname, unspaced or single ("Mr.
   P.V. Ramana", "Mr. R.K. Ahuja", "A.R. Rahman Live", "the M. Chinnaswamy Stadium", "Dr. K. Srinivasa
   Rao"), also where the initials read like a degree ("watch M.S. Dhoni bat"); "vs." before a name.
2. A short form, unit form, time form, decimal, dotted acronym or initial ending a sentence before a
   capitalised word that plainly opens the next one ends the chunk after its full stop: "p.a." ("7.35%
   p.a. Interest"), "p.m." meaning per month ("₹5,000 p.m. Your"), "p.p." ("₹4,800 p.p. Dinner"),
   "ct." ("22 ct. Stones"), "per gm. That", "per min. Calls", "per doz. Fresh", "in." after "ft."
   ("6 ft. 7 in. Your"), "17,582 ft. Spend", "half a tsp. Store", "75 mcg. Take", "14 gts. Crop", "5
   pcs. Each", "120 mg. Masks", "14 wks. She", "6 wks. Chef", "3 wks. An", "25 mins.
   Our", "40 mins. Daily", "20 mins. Your", "5 more yrs. Renewal", "2 hrs. C.S.A.T." (before a dotted
   acronym opening the next sentence), 24-hour times ("1330 hrs. Berths", "0835 hrs. Breakfast",
   "0115 hrs. Online"), times after an en dash ("8 a.m.–11 a.m. Cheques", "11 a.m.–6 p.m. Pets",
   "6:40 p.m.–7:40 p.m. Charging"), "1:45 p.m. Should", "4:30 p.m. Rahman", "5:30 p.m. Dr. Sameer",
   "Mathura Jn. Check", "Delhi Cantt. Her", "Jalandhar Cantt. The", "N.A.C.H. We", "D.B.T. Your",
   "I.M.E.I. Make", "O.P.V. Her", "U.P.I. The", "U.P.I. No", "G.S.T. An", "the I.T. Dept. portal" but
   "the Income Tax Dept. You", "Tahsildar Smt. Roopa K.S. Copies" (initials ending a sentence), "40 kg. Anything"; a sentence ending in "U.A.E." at its own newline
   before a list's heading line is a chunk with its newline.
3. A short form before a lower-case word, a number, a comma, a semicolon or a dash is not an end,
   also in Hinglish: "p.a. from", "p.a. more", "p.a.? Many" (ends after the "?"), "1% p.m. on",
   "₹58,000 p.m., with", "₹1,500 p.m. begins", "₹250 p.p. and", "W.L. 12 to R.A.C. 3.", "R.A.C.
   passengers", "1700 hrs. from", "0415 hrs. on", "0555 hrs. local", "Ambala Cantt. to", "Shalimar
   Exp. in", "Ernakulam Jn. at", "84 in. wide", "7 ft. for", "3 ft. wide", "11,500 ft. above", "2
   doz. eggs", "4 doz. samosas", "2 tbsp. fennel", "1 tsp. dry", "42.6 gm. of", "100 min. of", "5
   min. walk", "₹5 per min. applies", "20 mins. more", "15 mins. before", "Std. 9, Div. B, is", "Sy.
   No. 112/3", "Khata No. 449", "Roll No. 11412", "Ward No. 42.", "Mon., Wed. and Fri. mornings",
   "on Wed. and Sat. only.", "7 a.m.; dry", "LL.M., will", "M.D.S., will", "D.C.H., sees",
   "M.B.B.S., M.D., who", "I.A.S. (Retd.), reviews", "The S.H.O., Insp.", "The O.I.C., Col.", "Your
   C.A., Mr. Harish Jain, F.C.A., already", "Bhagat & Co. will", "N.I. Act.", "an N.R.O. account",
   "the S.P. office", "Bengaluru G.P.O. yesterday", "H.A.L. 2nd Stage", "the M.C.C. counselling", "an
   M.B.B.S. seat", "B.D.S. seats", "an M.C.B. and", "P.I.N. or O.T.P. to", "the P.S.P.C.L. cash", "the
   C.M.O. office", "Your A.P.Y. enrolment", "the N.S.P. portal", "the B.C.G. entry", "The R.C.T.
   costs", "C.O.D. orders" opening a sentence, "Qty. 1 pair" opening one, "The M.R.P. is", "No Cost
   E.M.I. for", "1 yr. costs", "Syp. Ostocalcium, 10 ml. at", and in Hinglish "Dr. sahab",
   "6:10 a.m. wali", "5 p.m. se", "Bhopal Jn. se", "veg. aur non-veg. dono", "U.P.I. se", "24 hrs.
   mein", "approx. 5 din", "approx. 10 mins. lag", "5 ml. din", "Lajpat Rd. par", "40 kg. tak",
   "S.M.S. aapko", "O.T.P. bata".
4. Emoji: one closing a sentence with no stop ends the chunk before a pronoun ("approved ✅ We",
   "packed 👍🏽 We", "your order 👍🏽 It", "call karenge 📞 Aap"), before a sentence opening with an amount
   ("ho gaya hai ✅ ₹2,349 ka"), before a noun after a colon time ("at 19:30 🕢 Breakfast"), before a
   noun with a presentation selector on the emoji ("are booked 🎟️ Gate"), and in Hinglish before a
   capitalised word ("mil gayi hain 🎉 Dono"); a skin-toned emoji is one emoji sequence and closes a
   sentence as a plain one does; an emoji after a unit form that ends a sentence ("750 gm. 📦
   Postage") stays with that sentence, as one after "p.m." does; an emoji inside a sentence before a
   capitalised button name ("Tap 🛵 Track Order in") does not end it; keycap emoji (1️⃣, 2️⃣, 3️⃣) as
   line markers of a multi-line list after a heading line are each a chunk with their line and its
   newline; a flag emoji after the reply's closing "!" ("Jai Hind! 🇮🇳") stays with it and ends the
   reply.
5. Quotes and brackets: a sentence whose "p.m." and full stop sit inside a closing straight quote
   ("stamped "Consume by 11 p.m." Please") ends the chunk after the quote; a full stop just after a
   closing straight quote ends the chunk after that full stop also when the quote holds a title and a
   name ("saying "Mr. Farooq Shaikh". Need"), a capitalised phrase ("remark "Funds Insufficient". A")
   or an undotted "A/c" ("Premium A/c". Has); a bracket holding a short form just before the
   sentence's full stop ("(incl. the bus fee). A") ends the chunk after that full stop; "a.m." right
   before "!" ("4:30 a.m.! You") ends the chunk after the "!".
6. In a mixed-script reply an English sentence ending in "p.a." (before Tamil), "Jn." (before Bengali
   and Malayalam), "mcg.", "km." and "wks." (before Telugu), "a.m." and "incl." (before Kannada),
   "pcs." (before Gujarati), "a.m." and "hrs." (before Punjabi and Marathi), "p.p." (before Urdu,
   Bengali and Assamese), "p.m." (before Urdu, Bengali and Malayalam) or "a.m." (before Odia and
   Assamese) ends the chunk after its full stop; a dotted Indic unit, number or acronym form before a
   word or a number (कि.मी. चा, सौ. सुनीता, ৬ কি.মি. দূরে, 2 கி.மீ. தொலைவில், 3
   కి.మీ. దూరంలో, 6 ಕಿ.ಮೀ. ಮಾತ್ರ, 3 കി.മീ. അകലെ, 1 કિ.ગ્રા. ના, 12 ਕਿ.ਮੀ. ਦੂਰ, ୧୫ କି.ମି. ଯାତ୍ରା,
   ১৭৬ কি.মি. দূৰত, क्र. 3021, के.वाई.सी. अपडेट, ओ.टी.पी. किसी, एस.एम.एस. द्वारा, 5 मि.ली. दिन, 100
   ग्रा. खिचड़ी) is not an end, also opening a sentence (ओ.आर.एस. का) and in a Hindi reply written
   with ".".

"""

from __future__ import annotations

HELD_OUT: list[tuple[str, list[str]]] = [
    # --- term deposit renewal, p.a. ending before a noun, p.a. before a lower-case word and right before "?", Sr. before No. and a number inside a sentence, Chq. No. before a number ---
    (
        "Your term deposit with Sahyadri Urban Bank rolled over on the 2nd for another twelve months. The principal stays at ₹4,50,000. The new rate is 7.35% p.a. Interest lands every quarter in the linked S.B. a/c 0917. Senior citizens earn an extra 0.5% p.a. from the month they turn sixty. Your wife's deposit, at Sr. No. 14 of your joint schedule, moves to that slab in March. Form 15G must reach us before the first payout. The unused leaves of your old cheque book, Chq. No. 004501 to 004525, stand cancelled as you asked. Shall we switch the interest to a monthly payout at 7.31% p.a.? Many retired customers find monthly payouts easier to plan around. Mr. Cyril Fonseca, who heads the branch, is free till 3 p.m. on weekdays.",
        [
            "Your term deposit with Sahyadri Urban Bank rolled over on the 2nd for another twelve months. ",
            "The principal stays at ₹4,50,000. ",
            "The new rate is 7.35% p.a. ",
            "Interest lands every quarter in the linked S.B. a/c 0917. ",
            "Senior citizens earn an extra 0.5% p.a. from the month they turn sixty. ",
            "Your wife's deposit, at Sr. No. 14 of your joint schedule, moves to that slab in March. ",
            "Form 15G must reach us before the first payout. ",
            "The unused leaves of your old cheque book, Chq. No. 004501 to 004525, stand cancelled as you asked. ",
            "Shall we switch the interest to a monthly payout at 7.31% p.a.? ",
            "Many retired customers find monthly payouts easier to plan around. ",
            "Mr. Cyril Fonseca, who heads the branch, is free till 3 p.m. on weekdays.",
        ],
    ),
    # --- cheque bounce, M/s. and Regd. before capitals inside a sentence, A.D. before a lower-case word, LL.M. and Co. before a comma and a lower-case word, a full stop after a closing quote, wks. ending before a question ---
    (
        'Your cheque bounce complaint against M/s. Patil Hardware is ready to be filed. Their cheque for ₹1,85,000 was returned with the remark "Funds Insufficient". A legal notice went to them by Regd. A.D. on the 4th. The drawer had 15 days to pay and did not. So the case lies under Sec. 138 of the N.I. Act. It has to be filed within a month after those 15 days run out. Adv. Shirish Kulkarni, LL.M., will draft it for a fee of ₹12,000. Bhagat & Co. will arrange the court stamps and certified copies. Magistrates usually list the opening hearing within 6 wks. Do you still hold the original cheque and the bank\'s return memo? Both must be produced in original before the magistrate.',
        [
            "Your cheque bounce complaint against M/s. Patil Hardware is ready to be filed. ",
            'Their cheque for ₹1,85,000 was returned with the remark "Funds Insufficient". ',
            "A legal notice went to them by Regd. A.D. on the 4th. ",
            "The drawer had 15 days to pay and did not. ",
            "So the case lies under Sec. 138 of the N.I. Act. ",
            "It has to be filed within a month after those 15 days run out. ",
            "Adv. Shirish Kulkarni, LL.M., will draft it for a fee of ₹12,000. ",
            "Bhagat & Co. will arrange the court stamps and certified copies. ",
            "Magistrates usually list the opening hearing within 6 wks. ",
            "Do you still hold the original cheque and the bank's return memo? ",
            "Both must be produced in original before the magistrate.",
        ],
    ),
    # --- auto-debit dispute, N.A.C.H. ending before a pronoun, R.B.I. before a capitalised scheme name inside a sentence, E.M.I. right before "?" ---
    (
        "We have escalated the dispute over the double debit on your car loan. The instalment of ₹8,940 was taken twice through N.A.C.H. We asked the lender to reverse the second debit in 7 working days. If it fails to, you may approach the R.B.I. Ombudsman online. Filing under the R.B.I. Integrated Ombudsman Scheme costs you nothing. The lender's nodal officer is Ms. Tanvi Deshpande. She answers mails inside 2 working days. Keep the statement page that shows both debits. Did the lender also charge a bounce fee on another E.M.I.? Such fees are reversed together with the extra debit. Expect an update from us on Friday.",
        [
            "We have escalated the dispute over the double debit on your car loan. ",
            "The instalment of ₹8,940 was taken twice through N.A.C.H. ",
            "We asked the lender to reverse the second debit in 7 working days. ",
            "If it fails to, you may approach the R.B.I. Ombudsman online. ",
            "Filing under the R.B.I. Integrated Ombudsman Scheme costs you nothing. ",
            "The lender's nodal officer is Ms. Tanvi Deshpande. ",
            "She answers mails inside 2 working days. ",
            "Keep the statement page that shows both debits. ",
            "Did the lender also charge a bounce fee on another E.M.I.? ",
            "Such fees are reversed together with the extra debit. ",
            "Expect an update from us on Friday.",
        ],
    ),
    # --- N.R.E. account, U.A.E. before a lower-case word and ending before a pronoun, p.m. before IST inside a sentence, N.R.O. before a lower-case word ---
    (
        "Your N.R.E. account at the Thrissur branch of Federal Bank is open and running. Money sent from the U.A.E. lands in it in rupees. The first remittance of AED 5,000 brought in ₹1,13,450. Interest on N.R.E. deposits is free of tax in India. Rent from your Kochi flat must go to an N.R.O. account, not this one. Interest there is taxed at 30% plus cess. Mrs. Annamma Joseph, your mother, is nominee for both. Our NRI desk takes calls 7 a.m.–9 p.m. IST on all weekdays. Should a debit card be couriered to your Dubai address? Courier to the U.A.E. takes about 10 days. DHL brings it with a tracking number.",
        [
            "Your N.R.E. account at the Thrissur branch of Federal Bank is open and running. ",
            "Money sent from the U.A.E. lands in it in rupees. ",
            "The first remittance of AED 5,000 brought in ₹1,13,450. ",
            "Interest on N.R.E. deposits is free of tax in India. ",
            "Rent from your Kochi flat must go to an N.R.O. account, not this one. ",
            "Interest there is taxed at 30% plus cess. ",
            "Mrs. Annamma Joseph, your mother, is nominee for both. ",
            "Our NRI desk takes calls 7 a.m.–9 p.m. IST on all weekdays. ",
            "Should a debit card be couriered to your Dubai address? ",
            "Courier to the U.A.E. takes about 10 days. ",
            "DHL brings it with a tracking number.",
        ],
    ),
    # --- gold loan, gm. before a lower-case word and ending before a pronoun, ct. ending before a noun, p.m. meaning per month before a lower-case word, unspaced initials after Mr. ---
    (
        "Your gold loan at Muthoot Fincorp, Guntur, is sanctioned against 42.6 gm. of jewellery. The purity test showed 22 ct. Stones and lac fillings were left out of the weight. We lend ₹4,950 per gm. That takes the loan to ₹2,10,870. Interest is 1% p.m. on this scheme. You may repay at any time after 7 days with no charge. Your ornaments stay sealed in Packet No. GL-4471 in our strong room. Branch head Mr. P.V. Ramana signed the sanction himself. Shall we remind you before each interest date? Your jewellery is in safe keeping.",
        [
            "Your gold loan at Muthoot Fincorp, Guntur, is sanctioned against 42.6 gm. of jewellery. ",
            "The purity test showed 22 ct. ",
            "Stones and lac fillings were left out of the weight. ",
            "We lend ₹4,950 per gm. ",
            "That takes the loan to ₹2,10,870. ",
            "Interest is 1% p.m. on this scheme. ",
            "You may repay at any time after 7 days with no charge. ",
            "Your ornaments stay sealed in Packet No. GL-4471 in our strong room. ",
            "Branch head Mr. P.V. Ramana signed the sanction himself. ",
            "Shall we remind you before each interest date? ",
            "Your jewellery is in safe keeping.",
        ],
    ),
    # --- roaming, U.A.E. before a capitalised pack name inside a sentence, min. before a lower-case word and ending before a noun, U.A.E. ending a line before a heading line, keycap list lines, p.m. before IST ---
    (
        "Your international roaming for the Dubai trip is switched on. The U.A.E. Roaming Pack costs ₹2,999 for 10 days. It holds 5 GB of data and 100 min. of calls. Calls home beyond that cost ₹1 per min. Calls you receive are free while the pack lasts. It starts working once your flight lands in the U.A.E.\nTo turn roaming on in your phone:\n1️⃣ open Settings\n2️⃣ tap Mobile Network\n3️⃣ switch on Data Roaming\nThe pack ends at 11:59 p.m. IST on its tenth day. Is your wife travelling on the same plan? Have a lovely trip! 🌇",
        [
            "Your international roaming for the Dubai trip is switched on. ",
            "The U.A.E. Roaming Pack costs ₹2,999 for 10 days. ",
            "It holds 5 GB of data and 100 min. of calls. ",
            "Calls home beyond that cost ₹1 per min. ",
            "Calls you receive are free while the pack lasts. ",
            "It starts working once your flight lands in the U.A.E.\n",
            "To turn roaming on in your phone:\n",
            "1️⃣ open Settings\n",
            "2️⃣ tap Mobile Network\n",
            "3️⃣ switch on Data Roaming\n",
            "The pack ends at 11:59 p.m. IST on its tenth day. ",
            "Is your wife travelling on the same plan? ",
            "Have a lovely trip! 🌇",
        ],
    ),
    # --- RAC ticket, W.L. and R.A.C. before numbers, 24-hour hrs. ending before nouns and before a lower-case word, Jn. ending before an imperative ---
    (
        "Your ticket on the Mumbai Rajdhani has moved from W.L. 12 to R.A.C. 3. An R.A.C. ticket lets you board and share a side lower berth. The final chart is prepared at 1330 hrs. Berths freed by late cancellations go to R.A.C. passengers first. It departs Mumbai Central at 1700 hrs. from platform 3. It reaches New Delhi at 0835 hrs. Breakfast reaches your berth after Mathura Jn. Check the chart on the app after 1:45 p.m. Should we send an S.M.S. alert once it is final? Happy journey!",
        [
            "Your ticket on the Mumbai Rajdhani has moved from W.L. 12 to R.A.C. 3. ",
            "An R.A.C. ticket lets you board and share a side lower berth. ",
            "The final chart is prepared at 1330 hrs. ",
            "Berths freed by late cancellations go to R.A.C. passengers first. ",
            "It departs Mumbai Central at 1700 hrs. from platform 3. ",
            "It reaches New Delhi at 0835 hrs. ",
            "Breakfast reaches your berth after Mathura Jn. ",
            "Check the chart on the app after 1:45 p.m. ",
            "Should we send an S.M.S. alert once it is final? ",
            "Happy journey!",
        ],
    ),
    # --- sleeper ticket, Cantt. and Jn. before lower-case words, Exp. before a lower-case word, Cantt. ending before a pronoun, kg. ending before a pronoun ---
    (
        "Ishita is booked from Ambala Cantt. to Jammu Tawi. She travels on the Shalimar Exp. in coach S6, berth 41. Her train pulls out of Ambala Cantt. Jn. at 9:05 p.m. She should be on the platform by 8:30 p.m. Her return, on the 20th, ends at Delhi Cantt. Her cousin has offered to receive her there. Sleeper class allows her 40 kg. Anything heavier must be booked at the parcel office. Shall we ask the T.T.E. to move her if a lower berth opens? Women travelling alone can dial 139 for help at any hour. Wishing her a safe trip! 🧳",
        [
            "Ishita is booked from Ambala Cantt. to Jammu Tawi. ",
            "She travels on the Shalimar Exp. in coach S6, berth 41. ",
            "Her train pulls out of Ambala Cantt. Jn. at 9:05 p.m. ",
            "She should be on the platform by 8:30 p.m. ",
            "Her return, on the 20th, ends at Delhi Cantt. ",
            "Her cousin has offered to receive her there. ",
            "Sleeper class allows her 40 kg. ",
            "Anything heavier must be booked at the parcel office. ",
            "Shall we ask the T.T.E. to move her if a lower berth opens? ",
            "Women travelling alone can dial 139 for help at any hour. ",
            "Wishing her a safe trip! 🧳",
        ],
    ),
    # --- airport bus, B.M.T.C., H.S.R. and B.D.A. before capitalised names inside sentences, mins. ending before a pronoun, hr. before a number, U.P.I. before a capitalised product name ---
    (
        "The B.M.T.C. Vayu Vajra bus to the airport leaves H.S.R. Layout every 20 mins. Your nearest stop is at the B.D.A. Complex on 27th Main. The first bus leaves at 4:30 a.m. Adults pay ₹300, and children half that. The ride to Kempegowda Airport is roughly 1 hr. 20 mins. Traffic near Hebbal can add 20 mins. more in the evening. Pay by card or U.P.I. Lite on board. Every rider may carry two bags. Shall we text you the live tracking link for the bus? Have a good flight! 🛄",
        [
            "The B.M.T.C. Vayu Vajra bus to the airport leaves H.S.R. Layout every 20 mins. ",
            "Your nearest stop is at the B.D.A. Complex on 27th Main. ",
            "The first bus leaves at 4:30 a.m. ",
            "Adults pay ₹300, and children half that. ",
            "The ride to Kempegowda Airport is roughly 1 hr. 20 mins. ",
            "Traffic near Hebbal can add 20 mins. more in the evening. ",
            "Pay by card or U.P.I. Lite on board. ",
            "Every rider may carry two bags. ",
            "Shall we text you the live tracking link for the bus? ",
            "Have a good flight! 🛄",
        ],
    ),
    # --- thyroid medicines, Dr. before a bracketed title and a name, mcg. ending before an imperative, a decimal ending before "A", wks. ending before a noun, Syp. opening a sentence before a capitalised drug name, km. before a lower-case word ---
    (
        "Your prescription from Dr. (Mrs.) Leela Menon is ready at Apollo Pharmacy, Kakkanad. It lists Tab. Thyronorm 75 mcg. Take it each morning on an empty stomach, half an hour before food. Your T.S.H. last week was 7.2. A repeat test is due after 6 wks. Tea and coffee should wait an hour after the tablet. Syp. Ostocalcium, 10 ml. at night, is on the list too. The bill for a month comes to ₹468. Can we deliver the medicines home? Delivery within 5 km. is free. Stay well! 🌿",
        [
            "Your prescription from Dr. (Mrs.) Leela Menon is ready at Apollo Pharmacy, Kakkanad. ",
            "It lists Tab. Thyronorm 75 mcg. ",
            "Take it each morning on an empty stomach, half an hour before food. ",
            "Your T.S.H. last week was 7.2. ",
            "A repeat test is due after 6 wks. ",
            "Tea and coffee should wait an hour after the tablet. ",
            "Syp. Ostocalcium, 10 ml. at night, is on the list too. ",
            "The bill for a month comes to ₹468. ",
            "Can we deliver the medicines home? ",
            "Delivery within 5 km. is free. ",
            "Stay well! 🌿",
        ],
    ),
    # --- lab report, L.F.T. and K.F.T. before lower-case words, U.S.G. before a capitalised test name, M.D. before a capitalised subject ending a sentence, mins. ending before an adjective, yr. ending the reply ---
    (
        "Your lab reports from Thyrocare, Sector 62, are ready. Haemoglobin is 11.4 g/dL, a little below normal. Your L.F.T. and K.F.T. values are within range. The U.S.G. Whole Abdomen report shows a mild fatty liver. It was read by Dr. Rohit Bansal, M.D. Radiodiagnosis. Your HbA1c, at 6.3%, falls in the pre-diabetic range. Cut down on sweets and walk briskly for 40 mins. Daily walks help the liver too. Share these with your physician at the next visit. Want us to book a diet consult for ₹499? Reports stay on the app for 1 yr.",
        [
            "Your lab reports from Thyrocare, Sector 62, are ready. ",
            "Haemoglobin is 11.4 g/dL, a little below normal. ",
            "Your L.F.T. and K.F.T. values are within range. ",
            "The U.S.G. Whole Abdomen report shows a mild fatty liver. ",
            "It was read by Dr. Rohit Bansal, M.D. Radiodiagnosis. ",
            "Your HbA1c, at 6.3%, falls in the pre-diabetic range. ",
            "Cut down on sweets and walk briskly for 40 mins. ",
            "Daily walks help the liver too. ",
            "Share these with your physician at the next visit. ",
            "Want us to book a diet consult for ₹499? ",
            "Reports stay on the app for 1 yr.",
        ],
    ),
    # --- baby vaccines, wks. ending before a pronoun, O.P.V. ending before a pronoun, Hep. before a single capital inside a sentence, D.C.H. before a comma, G.T. before a capitalised word, B.C.G. before a lower-case word ---
    (
        "Aarohi's next vaccines fall due on the 18th, when she turns 14 wks. She will get the third doses of the pentavalent vaccine and O.P.V. Her rotavirus drops are due on the same day. The Hep. B dose is already part of that combined shot. A mild fever after the shots is common. Dr. Nikhil Arora, D.C.H., sees babies from 10 a.m. to 1 p.m. Bring her vaccination card, with the B.C.G. entry on its first page. Is she feeding well these days? Our clinic on G.T. Road has a separate waiting room for babies. See you both soon! 👶",
        [
            "Aarohi's next vaccines fall due on the 18th, when she turns 14 wks. ",
            "She will get the third doses of the pentavalent vaccine and O.P.V. ",
            "Her rotavirus drops are due on the same day. ",
            "The Hep. B dose is already part of that combined shot. ",
            "A mild fever after the shots is common. ",
            "Dr. Nikhil Arora, D.C.H., sees babies from 10 a.m. to 1 p.m. ",
            "Bring her vaccination card, with the B.C.G. entry on its first page. ",
            "Is she feeding well these days? ",
            "Our clinic on G.T. Road has a separate waiting room for babies. ",
            "See you both soon! 👶",
        ],
    ),
    # --- root canal, p.m. ending before a title and a name, M.D.S. before a comma, R.C.T. before a lower-case word, hrs. ending before a noun, Tab. before a capitalised drug name, J.P. before a capitalised word ---
    (
        "Your root canal treatment at Smile Craft Dental needs two sittings. The first one is on the 9th at 5:30 p.m. Dr. Sameer Khan, M.D.S., will do it. The R.C.T. costs ₹6,500, and the crown is extra. A zirconia crown is ₹9,000, while a metal-ceramic one is ₹5,500. Avoid chewing on that side for 24 hrs. Numbness from the injection fades in 2 to 3 hrs. Take Tab. Zerodol-P only if the pain is strong. Are you on any blood thinners? Our clinic is above Canara Bank, J.P. Nagar 2nd Phase. Smile easy! 😁",
        [
            "Your root canal treatment at Smile Craft Dental needs two sittings. ",
            "The first one is on the 9th at 5:30 p.m. ",
            "Dr. Sameer Khan, M.D.S., will do it. ",
            "The R.C.T. costs ₹6,500, and the crown is extra. ",
            "A zirconia crown is ₹9,000, while a metal-ceramic one is ₹5,500. ",
            "Avoid chewing on that side for 24 hrs. ",
            "Numbness from the injection fades in 2 to 3 hrs. ",
            "Take Tab. Zerodol-P only if the pain is strong. ",
            "Are you on any blood thinners? ",
            "Our clinic is above Canara Bank, J.P. Nagar 2nd Phase. ",
            "Smile easy! 😁",
        ],
    ),
    # --- shoe return, an emoji closing a sentence before a pronoun, A.W.B. before No. and a number, Qty. opening a sentence before a number, U.P.I. ending before a pronoun, C.O.D. opening a sentence before a lower-case word ---
    (
        "Your return for the running shoes is approved ✅ We will collect them tomorrow, in the 10 a.m.–2 p.m. window. Keep them in the original box with the tags on. The pickup slip shows A.W.B. No. 7845 1203 9921. Qty. 1 pair, size UK 9, is listed on it. Your refund of ₹3,299 goes back by U.P.I. The money is back with you 2 days after pickup. C.O.D. orders are refunded to a bank account instead. Could an exchange for size UK 10 work better? Exchanges ship free of cost. Happy running! 🏃",
        [
            "Your return for the running shoes is approved ✅ ",
            "We will collect them tomorrow, in the 10 a.m.–2 p.m. window. ",
            "Keep them in the original box with the tags on. ",
            "The pickup slip shows A.W.B. No. 7845 1203 9921. ",
            "Qty. 1 pair, size UK 9, is listed on it. ",
            "Your refund of ₹3,299 goes back by U.P.I. ",
            "The money is back with you 2 days after pickup. ",
            "C.O.D. orders are refunded to a bank account instead. ",
            "Could an exchange for size UK 10 work better? ",
            "Exchanges ship free of cost. ",
            "Happy running! 🏃",
        ],
    ),
    # --- phone order, M.R.P. before a lower-case word, E.M.I. before a lower-case word, yr. before a lower-case word, I.M.E.I. ending before an imperative ---
    (
        "Croma delivers your new phone on the 14th. The M.R.P. is ₹34,999, and you paid ₹29,490. You chose No Cost E.M.I. for 6 months on your card. Each instalment comes to ₹4,915. An extended warranty for 1 yr. costs ₹1,499 more. The delivery agent will read out the I.M.E.I. Make sure it matches the number printed on the bill. Open the box only in front of him. Shall we add screen protection for ₹299? Enjoy the new phone! 🤳",
        [
            "Croma delivers your new phone on the 14th. ",
            "The M.R.P. is ₹34,999, and you paid ₹29,490. ",
            "You chose No Cost E.M.I. for 6 months on your card. ",
            "Each instalment comes to ₹4,915. ",
            "An extended warranty for 1 yr. costs ₹1,499 more. ",
            "The delivery agent will read out the I.M.E.I. ",
            "Make sure it matches the number printed on the bill. ",
            "Open the box only in front of him. ",
            "Shall we add screen protection for ₹299? ",
            "Enjoy the new phone! 🤳",
        ],
    ),
    # --- wardrobe delivery, ft. before a number and before lower-case words, in. ending before a pronoun and before a lower-case word ---
    (
        "Your wardrobe from Urban Nest has left our warehouse. It stands 6 ft. 7 in. Your ceiling must be at least 7 ft. for it to stand upright. Two fitters will assemble it in about 2 hrs. The 3-seater sofa, 84 in. wide, travels with it. Please clear a path at least 3 ft. wide up to the bedroom. The team takes all packing waste back with them. The balance of ₹18,500 is payable on delivery. Is there a lift in your building? If not, carrying it up costs ₹150 per floor. Enjoy your new home! 🛋️",
        [
            "Your wardrobe from Urban Nest has left our warehouse. ",
            "It stands 6 ft. 7 in. ",
            "Your ceiling must be at least 7 ft. for it to stand upright. ",
            "Two fitters will assemble it in about 2 hrs. ",
            "The 3-seater sofa, 84 in. wide, travels with it. ",
            "Please clear a path at least 3 ft. wide up to the bedroom. ",
            "The team takes all packing waste back with them. ",
            "The balance of ₹18,500 is payable on delivery. ",
            "Is there a lift in your building? ",
            "If not, carrying it up costs ₹150 per floor. ",
            "Enjoy your new home! 🛋️",
        ],
    ),
    # --- fruit and grocery order, doz. ending before an adjective and before a lower-case word, pkts. and gm. before capitalised brand names inside a sentence, a skin-toned emoji closing a sentence before a pronoun ---
    (
        "FreshKart will drop your order by 7 p.m. Bananas are ₹60 per doz. Fresh stock came in this morning. You asked for 2 doz. eggs and 4 pkts. Maggi noodles. The 500 gm. MDH chana masala was out, so we sent the 200 gm. box. Coriander and green chillies come free with orders above ₹300. Your bill is ₹1,146, and ₹54 was refunded for the smaller box. Everything is packed 👍🏽 We used paper bags, as you prefer. Should the rider ring the bell or call you? Thanks for shopping local! 🥬",
        [
            "FreshKart will drop your order by 7 p.m. ",
            "Bananas are ₹60 per doz. ",
            "Fresh stock came in this morning. ",
            "You asked for 2 doz. eggs and 4 pkts. Maggi noodles. ",
            "The 500 gm. MDH chana masala was out, so we sent the 200 gm. box. ",
            "Coriander and green chillies come free with orders above ₹300. ",
            "Your bill is ₹1,146, and ₹54 was refunded for the smaller box. ",
            "Everything is packed 👍🏽 ",
            "We used paper bags, as you prefer. ",
            "Should the rider ring the bell or call you? ",
            "Thanks for shopping local! 🥬",
        ],
    ),
    # --- thali order, ml. before a capitalised brand name inside a sentence, mins. ending before a pronoun, an emoji before a capitalised button name inside a sentence, p.m. before the full stop inside a closing quote ---
    (
        'Kesariya Thali House has accepted your order. Each Gujarati thali comes with a 250 ml. Paper Boat aam panna. Two thalis and one extra plate of khandvi come to ₹896. The kitchen needs 25 mins. Our rider, Jignesh, brings it in an insulated bag. Tap 🛵 Track Order in the app to follow him. No cutlery was packed, as you chose. The box is stamped "Consume by 11 p.m." Please refrigerate any leftovers. Do you want extra jaggery with the dal? Jamva padharo! 🍛',
        [
            "Kesariya Thali House has accepted your order. ",
            "Each Gujarati thali comes with a 250 ml. Paper Boat aam panna. ",
            "Two thalis and one extra plate of khandvi come to ₹896. ",
            "The kitchen needs 25 mins. ",
            "Our rider, Jignesh, brings it in an insulated bag. ",
            "Tap 🛵 Track Order in the app to follow him. ",
            "No cutlery was packed, as you chose. ",
            'The box is stamped "Consume by 11 p.m." ',
            "Please refrigerate any leftovers. ",
            "Do you want extra jaggery with the dal? ",
            "Jamva padharo! 🍛",
        ],
    ),
    # --- chai masala recipe, tbsp. before a lower-case word, tsp. before a capitalised brand name inside a sentence, tsp. ending before an imperative, wks. ending before a title and a name, p.m. before IST ending a sentence ---
    (
        "Here is the chai masala mix you wanted. Dry-roast 2 tbsp. fennel seeds on a low flame. Add 1 tsp. Everest Tea Masala and 4 cloves. Grind everything with 1 tsp. dry ginger powder. Each cup needs only half a tsp. Store the mix in an airtight glass jar. It keeps for about 6 wks. Chef Rakhi Vaswani hosts a live chai class on the 22nd, 4 p.m. IST. The class fee is ₹499 per screen. Shall we hold a spot for you? Happy brewing! ☕",
        [
            "Here is the chai masala mix you wanted. ",
            "Dry-roast 2 tbsp. fennel seeds on a low flame. ",
            "Add 1 tsp. Everest Tea Masala and 4 cloves. ",
            "Grind everything with 1 tsp. dry ginger powder. ",
            "Each cup needs only half a tsp. ",
            "Store the mix in an airtight glass jar. ",
            "It keeps for about 6 wks. ",
            "Chef Rakhi Vaswani hosts a live chai class on the 22nd, 4 p.m. IST. ",
            "The class fee is ₹499 per screen. ",
            "Shall we hold a spot for you? ",
            "Happy brewing! ☕",
        ],
    ),
    # --- job card, M.G.N.R.E.G.A. before a capitalised noun inside a sentence, Vill., P.O., Teh. and Dist. before place names inside an address, D.B.T. ending before a pronoun, Sh. before a name ---
    (
        "Your M.G.N.R.E.G.A. Job Card is renewed for this year. It is registered at Vill. Khanpur Kalan, P.O. Bhadson, Teh. Nabha, Dist. Patiala. You have worked 64 days so far this year. The wage rate in Punjab is ₹346 per day. Wages for your last 12 days, ₹4,152, came through D.B.T. Your bank has credited them to the account ending 6620. Fresh work on the village pond begins on the 3rd at 7 a.m. The Gram Rozgar Sahayak, Sh. Gurnam Singh, marks attendance at the site. Should we put your name down for that work? Each household can claim up to 100 days a year.",
        [
            "Your M.G.N.R.E.G.A. Job Card is renewed for this year. ",
            "It is registered at Vill. Khanpur Kalan, P.O. Bhadson, Teh. Nabha, Dist. Patiala. ",
            "You have worked 64 days so far this year. ",
            "The wage rate in Punjab is ₹346 per day. ",
            "Wages for your last 12 days, ₹4,152, came through D.B.T. ",
            "Your bank has credited them to the account ending 6620. ",
            "Fresh work on the village pond begins on the 3rd at 7 a.m. ",
            "The Gram Rozgar Sahayak, Sh. Gurnam Singh, marks attendance at the site. ",
            "Should we put your name down for that work? ",
            "Each household can claim up to 100 days a year.",
        ],
    ),
    # --- housing scheme, P.M.A.Y. before a capitalised word inside a sentence, sq. m. ending before a noun and before a lower-case word, Jt. before a capitalised title, weekday short forms before a comma, "and" and a lower-case word, B.P.L. before a lower-case word ---
    (
        "Your P.M.A.Y. Urban 2.0 file has passed the first check. The house you plan measures 28.5 sq. m. Carpet areas up to 30 sq. m. qualify for the full grant. The central grant is ₹2.5 lakh, released in three parts. The first part, ₹1 lakh, follows a photo check at plinth level. Geo-tagged photos are taken by Jt. Engineer Ravi Prakash. He visits your ward on Mon., Wed. and Fri. mornings. Keep your B.P.L. card and land papers handy for his visit. Has construction already begun? Work started before approval may not count. Your new home is on its way! 🏠",
        [
            "Your P.M.A.Y. Urban 2.0 file has passed the first check. ",
            "The house you plan measures 28.5 sq. m. ",
            "Carpet areas up to 30 sq. m. qualify for the full grant. ",
            "The central grant is ₹2.5 lakh, released in three parts. ",
            "The first part, ₹1 lakh, follows a photo check at plinth level. ",
            "Geo-tagged photos are taken by Jt. Engineer Ravi Prakash. ",
            "He visits your ward on Mon., Wed. and Fri. mornings. ",
            "Keep your B.P.L. card and land papers handy for his visit. ",
            "Has construction already begun? ",
            "Work started before approval may not count. ",
            "Your new home is on its way! 🏠",
        ],
    ),
    # --- disability card, U.D.I.D. before a capitalised noun inside a sentence, C.M.O. before a lower-case word, Dr. before a bracketed title and a name, wks. ending before "An", p.m. meaning per month before a lower-case word ---
    (
        "Your son's U.D.I.D. Card application was approved by the C.M.O. office, Varanasi. The medical board assessed him at 60% disability. The board was chaired by Dr. (Prof.) Anand Tripathi. The plastic card follows by Speed Post in 3 wks. An e-card is downloadable from the Swavlamban portal right away. It gets him and one escort a 75% rail concession. The state pension of ₹1,500 p.m. begins from next month. Is he enrolled in a school at present? Special educators visit the Block Resource Centre every Saturday. We wish him all the best.",
        [
            "Your son's U.D.I.D. Card application was approved by the C.M.O. office, Varanasi. ",
            "The medical board assessed him at 60% disability. ",
            "The board was chaired by Dr. (Prof.) Anand Tripathi. ",
            "The plastic card follows by Speed Post in 3 wks. ",
            "An e-card is downloadable from the Swavlamban portal right away. ",
            "It gets him and one escort a 75% rail concession. ",
            "The state pension of ₹1,500 p.m. begins from next month. ",
            "Is he enrolled in a school at present? ",
            "Special educators visit the Block Resource Centre every Saturday. ",
            "We wish him all the best.",
        ],
    ),
    # --- pension scheme, A.P.Y. before a lower-case word, p.m. meaning per month ending a sentence before a pronoun, Smt. before a name ---
    (
        "Your A.P.Y. enrolment at Punjab National Bank, Ludhiana, is complete. You chose a pension of ₹5,000 p.m. Your own share is ₹291 each month until you turn sixty. It is auto-debited on the 10th. Keep at least ₹300 in the account ahead of that date. Missed months attract ₹1 per ₹100 as a penalty. Smt. Kuldeep Kaur, your wife, stands as nominee. After you, she draws the same pension for life. A corpus of ₹8.5 lakh then goes to your son. Is your wife also keen to join? She can enrol until she turns 40.",
        [
            "Your A.P.Y. enrolment at Punjab National Bank, Ludhiana, is complete. ",
            "You chose a pension of ₹5,000 p.m. ",
            "Your own share is ₹291 each month until you turn sixty. ",
            "It is auto-debited on the 10th. ",
            "Keep at least ₹300 in the account ahead of that date. ",
            "Missed months attract ₹1 per ₹100 as a penalty. ",
            "Smt. Kuldeep Kaur, your wife, stands as nominee. ",
            "After you, she draws the same pension for life. ",
            "A corpus of ₹8.5 lakh then goes to your son. ",
            "Is your wife also keen to join? ",
            "She can enrol until she turns 40.",
        ],
    ),
    # --- scholarship, N.S.P. before a lower-case word, Govt. Sr. Sec. before a capitalised name inside a sentence, Roll No. opening a sentence before a number ---
    (
        "Meenu's post-matric scholarship is approved on the N.S.P. portal. She studies in Class 11 at Govt. Sr. Sec. School, Rohtak. The award covers ₹12,000 a year plus her fees. Money goes straight into her own bank account. Verification was done by Shri Naresh Dahiya, the nodal teacher at her school. Aadhaar seeding on her account is complete. Renewal is needed every year before the end of October. Her marks must stay above 50% to renew it. Roll No. 11412 appears on the approval slip. Will she need help uploading her marksheet next year? Best wishes to her!",
        [
            "Meenu's post-matric scholarship is approved on the N.S.P. portal. ",
            "She studies in Class 11 at Govt. Sr. Sec. School, Rohtak. ",
            "The award covers ₹12,000 a year plus her fees. ",
            "Money goes straight into her own bank account. ",
            "Verification was done by Shri Naresh Dahiya, the nodal teacher at her school. ",
            "Aadhaar seeding on her account is complete. ",
            "Renewal is needed every year before the end of October. ",
            "Her marks must stay above 50% to renew it. ",
            "Roll No. 11412 appears on the approval slip. ",
            "Will she need help uploading her marksheet next year? ",
            "Best wishes to her!",
        ],
    ),
    # --- police verification, A.S.I. opening a sentence before a name, P.S. and R.P.O. before capitalised place names inside sentences, S.H.O. before a comma, Insp. before a name, S.P. before a lower-case word ---
    (
        "Police verification for your passport is now scheduled. A.S.I. Mohan Lal from P.S. Kotwali is due at your door on the 6th. He may come by any time from 10 a.m. till 5 p.m. Keep your address proof and two neighbours' details ready. The S.H.O., Insp. Rajbir Sandhu, signs off each report. It goes online to the S.P. office within 3 days. After that the R.P.O. Chandigarh prints the passport. No fee is payable to the police for this. If anyone asks for money, report it on 112. Is the address on your form the same as on your Aadhaar? A mismatch can hold the file up.",
        [
            "Police verification for your passport is now scheduled. ",
            "A.S.I. Mohan Lal from P.S. Kotwali is due at your door on the 6th. ",
            "He may come by any time from 10 a.m. till 5 p.m. ",
            "Keep your address proof and two neighbours' details ready. ",
            "The S.H.O., Insp. Rajbir Sandhu, signs off each report. ",
            "It goes online to the S.P. office within 3 days. ",
            "After that the R.P.O. Chandigarh prints the passport. ",
            "No fee is payable to the police for this. ",
            "If anyone asks for money, report it on 112. ",
            "Is the address on your form the same as on your Aadhaar? ",
            "A mismatch can hold the file up.",
        ],
    ),
    # --- land record, Sy. No. before a number, gts. ending before a noun, Er. before a name, Khata No. before a number, initials ending a sentence before a noun, R.T.C. before a lower-case word ---
    (
        "The mutation for your land in Sy. No. 112/3 is done. The R.T.C. now shows 2 acres 14 gts. Crop details for the last season are updated too. Revenue Inspector Mr. Somashekar Gowda checked the boundaries. The sketch was signed by Er. Praveen Hegde, the licensed surveyor. Khata No. 449 stays unchanged. The order was signed by Tahsildar Smt. Roopa K.S. Copies of the order went to both parties by post. A printed R.T.C. costs ₹25 at the Nadakacheri. Is the land pledged for any bank loan? If so, the lender's lien will show on the record.",
        [
            "The mutation for your land in Sy. No. 112/3 is done. ",
            "The R.T.C. now shows 2 acres 14 gts. ",
            "Crop details for the last season are updated too. ",
            "Revenue Inspector Mr. Somashekar Gowda checked the boundaries. ",
            "The sketch was signed by Er. Praveen Hegde, the licensed surveyor. ",
            "Khata No. 449 stays unchanged. ",
            "The order was signed by Tahsildar Smt. Roopa K.S. ",
            "Copies of the order went to both parties by post. ",
            "A printed R.T.C. costs ₹25 at the Nadakacheri. ",
            "Is the land pledged for any bank loan? ",
            "If so, the lender's lien will show on the record.",
        ],
    ),
    # --- ex-servicemen health, Hav. opening a sentence before a name, (Retd.) before a comma, yrs. ending before a noun, E.C.H.S. before a capitalised noun, Cantt. ending before "The", O.I.C. before a comma, Col. before a name, a flag emoji after the reply's closing "!" ---
    (
        "Hav. Balwinder Singh (Retd.), your E.C.H.S. card is valid for 5 more yrs. Renewal of your wife's card was done along with it. Treatment is at the E.C.H.S. Polyclinic, Jalandhar Cantt. The O.I.C., Col. Raghav Mehta, approves referrals to listed hospitals. Referrals to Capitol Hospital need his signature. Medicines not in stock are bought locally within 48 hrs. Bring the P.P.O. and your card to every visit. Has the S.M.S. carrying your new card number reached you? Jai Hind! 🇮🇳",
        [
            "Hav. Balwinder Singh (Retd.), your E.C.H.S. card is valid for 5 more yrs. ",
            "Renewal of your wife's card was done along with it. ",
            "Treatment is at the E.C.H.S. Polyclinic, Jalandhar Cantt. ",
            "The O.I.C., Col. Raghav Mehta, approves referrals to listed hospitals. ",
            "Referrals to Capitol Hospital need his signature. ",
            "Medicines not in stock are bought locally within 48 hrs. ",
            "Bring the P.P.O. and your card to every visit. ",
            "Has the S.M.S. carrying your new card number reached you? ",
            "Jai Hind! 🇮🇳",
        ],
    ),
    # --- test series, U.P.S.C. and G.S. before capitalised words inside sentences, hrs. ending before a dotted acronym opening the next sentence, p.m. before a lower-case word, I.A.S. before a bracketed short form, Rd. before a lower-case word ---
    (
        "Your seat in our U.P.S.C. Prelims Test Series is booked. Tests are held every Sunday at 9:30 a.m. sharp. The G.S. Paper I test takes 2 hrs. C.S.A.T. follows at 2:30 p.m. the same day. Ms. Kavitha Raman, I.A.S. (Retd.), reviews the answer scripts. The fee is ₹14,500 for 30 tests, with G.S.T. extra. Study material is posted to you every month. Would the Hindi-medium version suit you better? Our centre is in Old Rajinder Nagar, near the Pusa Rd. metro gate. Good luck with your preparation!",
        [
            "Your seat in our U.P.S.C. Prelims Test Series is booked. ",
            "Tests are held every Sunday at 9:30 a.m. sharp. ",
            "The G.S. Paper I test takes 2 hrs. ",
            "C.S.A.T. follows at 2:30 p.m. the same day. ",
            "Ms. Kavitha Raman, I.A.S. (Retd.), reviews the answer scripts. ",
            "The fee is ₹14,500 for 30 tests, with G.S.T. extra. ",
            "Study material is posted to you every month. ",
            "Would the Hindi-medium version suit you better? ",
            "Our centre is in Old Rajinder Nagar, near the Pusa Rd. metro gate. ",
            "Good luck with your preparation!",
        ],
    ),
    # --- medical counselling, N.E.E.T. before UG, M.B.B.S. before a lower-case word, A.I.I.M.S. opening a sentence before a place name, M.C.C. before a lower-case word, degrees before commas, B.D.S. before a lower-case word ---
    (
        "Well done on scoring 642 in N.E.E.T. UG! It should get you an M.B.B.S. seat in a state college. A.I.I.M.S. Rishikesh closed at a higher score last year. Round 1 of the M.C.C. counselling opens on the 19th. Registration costs ₹1,000 for the general category. Your choice list can hold up to 200 colleges. Dr. Ashwin Rao, M.B.B.S., M.D., who counsels our students, will help you rank them. The call with him is at 6 p.m. on Thursday. Keep your scorecard and Class 12 marksheet handy. Are you also open to B.D.S. seats? Proud of you! 🥼",
        [
            "Well done on scoring 642 in N.E.E.T. UG! ",
            "It should get you an M.B.B.S. seat in a state college. ",
            "A.I.I.M.S. Rishikesh closed at a higher score last year. ",
            "Round 1 of the M.C.C. counselling opens on the 19th. ",
            "Registration costs ₹1,000 for the general category. ",
            "Your choice list can hold up to 200 colleges. ",
            "Dr. Ashwin Rao, M.B.B.S., M.D., who counsels our students, will help you rank them. ",
            "The call with him is at 6 p.m. on Thursday. ",
            "Keep your scorecard and Class 12 marksheet handy. ",
            "Are you also open to B.D.S. seats? ",
            "Proud of you! 🥼",
        ],
    ),
    # --- school fee, Std. before a number, Div. before a single capital and a comma, incl. inside a bracket before the sentence's full stop, a.m. before an en dash, a.m. ending before a noun, St. before a name, p.m. right before "?" ---
    (
        "Aditya's fee for Std. 9, Div. B, is due by the 10th. The term fee is ₹38,400 (incl. the bus fee). A late fee of ₹50 per day applies after that. Pay online or at the accounts window from 8 a.m.–11 a.m. Cheques go in favour of St. Joseph's Convent School. His Roll No. 27 must be written on the back. Aditya scored 91% in the half-yearly exams. Ms. Priya Varghese, who teaches his class, asks for a short meeting. Can you come on the 12th at 1:15 p.m.? Have a good day!",
        [
            "Aditya's fee for Std. 9, Div. B, is due by the 10th. ",
            "The term fee is ₹38,400 (incl. the bus fee). ",
            "A late fee of ₹50 per day applies after that. ",
            "Pay online or at the accounts window from 8 a.m.–11 a.m. ",
            "Cheques go in favour of St. Joseph's Convent School. ",
            "His Roll No. 27 must be written on the back. ",
            "Aditya scored 91% in the half-yearly exams. ",
            "Ms. Priya Varghese, who teaches his class, asks for a short meeting. ",
            "Can you come on the 12th at 1:15 p.m.? ",
            "Have a good day!",
        ],
    ),
    # --- cricket tickets, vs. before a name, an emoji closing a sentence before a noun, a single initial before a name inside a sentence, initials that look like a degree before a name, min. and a.m. before lower-case words ---
    (
        "Your tickets for Bengaluru vs. Chennai are booked 🎟️ Gate No. 12 of the M. Chinnaswamy Stadium opens at 4 p.m. The first ball is bowled at 7:30 p.m. Water bottles and power banks are not allowed in. Your seats, 14 and 15, are in row K of the Sun Pharma Stand. Many fans come early to watch M.S. Dhoni bat in the nets. Metro trains run till 12:30 a.m. on match nights. Cubbon Park station is a 5 min. walk away. Want a parking pass for ₹500 as well? Enjoy the game!",
        [
            "Your tickets for Bengaluru vs. Chennai are booked 🎟️ ",
            "Gate No. 12 of the M. Chinnaswamy Stadium opens at 4 p.m. ",
            "The first ball is bowled at 7:30 p.m. ",
            "Water bottles and power banks are not allowed in. ",
            "Your seats, 14 and 15, are in row K of the Sun Pharma Stand. ",
            "Many fans come early to watch M.S. Dhoni bat in the nets. ",
            "Metro trains run till 12:30 a.m. on match nights. ",
            "Cubbon Park station is a 5 min. walk away. ",
            "Want a parking pass for ₹500 as well? ",
            "Enjoy the game!",
        ],
    ),
    # --- concert, unspaced initials before a name and a capitalised word inside a sentence, p.m. ending before a name, hrs. ending before a noun, U.P.I. ending before a noun ---
    (
        "Two seats at A.R. Rahman Live in Hyderabad are now yours. The concert is at Gachibowli Stadium on the 28th. Gates open at 4:30 p.m. Rahman takes the stage at 7:15 p.m. Your tickets are in the Gold zone, left of the stage. The show runs for about 3 hrs. Food stalls inside take cards and U.P.I. No food from outside may be taken in. Cabs home are easiest from the pick-up bay at Exit 3. Is anyone in your group under 12? Have a musical night! 🎵",
        [
            "Two seats at A.R. Rahman Live in Hyderabad are now yours. ",
            "The concert is at Gachibowli Stadium on the 28th. ",
            "Gates open at 4:30 p.m. ",
            "Rahman takes the stage at 7:15 p.m. ",
            "Your tickets are in the Gold zone, left of the stage. ",
            "The show runs for about 3 hrs. ",
            "Food stalls inside take cards and U.P.I. ",
            "No food from outside may be taken in. ",
            "Cabs home are easiest from the pick-up bay at Exit 3. ",
            "Is anyone in your group under 12? ",
            "Have a musical night! 🎵",
        ],
    ),
    # --- Dubai flight, 24-hour hrs. before lower-case words and ending before a noun, kg. before lower-case words, hr. before a number, Mr. inside a quote and a full stop after the closing quote ---
    (
        'Your Emirates flight EK 505 from Mumbai departs at 0415 hrs. on the 21st. It lands in Dubai at 0555 hrs. local time. Report at Terminal 2 by 0115 hrs. Online check-in shuts 60 mins. prior to take-off. You may check in 30 kg. plus 7 kg. in the cabin. Carry a printed copy of your U.A.E. visa. Dubai runs 1 hr. 30 mins. behind India. Your driver waits at Arrivals with a board saying "Mr. Farooq Shaikh". Need a forex card loaded with dirhams? Have a smooth flight!',
        [
            "Your Emirates flight EK 505 from Mumbai departs at 0415 hrs. on the 21st. ",
            "It lands in Dubai at 0555 hrs. local time. ",
            "Report at Terminal 2 by 0115 hrs. ",
            "Online check-in shuts 60 mins. prior to take-off. ",
            "You may check in 30 kg. plus 7 kg. in the cabin. ",
            "Carry a printed copy of your U.A.E. visa. ",
            "Dubai runs 1 hr. 30 mins. behind India. ",
            'Your driver waits at Arrivals with a board saying "Mr. Farooq Shaikh". ',
            "Need a forex card loaded with dirhams? ",
            "Have a smooth flight!",
        ],
    ),
    # --- bike trip, a.m. right before "!", ft. ending before an imperative and before a lower-case word, ltr. before a lower-case word, Tab. before a capitalised drug name, A.M.S. before a lower-case word, Capt. before a name with (Retd.) and a comma ---
    (
        "Your Leh–Ladakh bike trip starts on the 5th. Day 2 begins at 4:30 a.m.! You cross Khardung La that morning at 17,582 ft. Spend at least one full day resting in Leh before that. Leh itself sits at 11,500 ft. above sea level. Your Royal Enfield Himalayan has a 15 ltr. tank. Carry Tab. Diamox only if the trip doctor advises it. Signs of A.M.S. include headache, nausea and breathlessness. The trip leader, Capt. Stanzin Dorje (Retd.), rides at the front. Are you bringing your own riding gear? Helmets and knee guards can be hired for ₹150 a day. Ride safe! 🏍️",
        [
            "Your Leh–Ladakh bike trip starts on the 5th. ",
            "Day 2 begins at 4:30 a.m.! ",
            "You cross Khardung La that morning at 17,582 ft. ",
            "Spend at least one full day resting in Leh before that. ",
            "Leh itself sits at 11,500 ft. above sea level. ",
            "Your Royal Enfield Himalayan has a 15 ltr. tank. ",
            "Carry Tab. Diamox only if the trip doctor advises it. ",
            "Signs of A.M.S. include headache, nausea and breathlessness. ",
            "The trip leader, Capt. Stanzin Dorje (Retd.), rides at the front. ",
            "Are you bringing your own riding gear? ",
            "Helmets and knee guards can be hired for ₹150 a day. ",
            "Ride safe! 🏍️",
        ],
    ),
    # --- hill resort, p.p. ending before a noun and before a lower-case word, yrs. before a lower-case word, p.m. ending before a pronoun, an emoji closing a sentence after a colon time before a noun ---
    (
        "Your stay at Hill Crest Resort, Munnar, is set for 2 nights. The package is ₹4,800 p.p. Dinner and breakfast are part of it. Children below 6 yrs. stay free. Check-in is after 1 p.m. Our jeep can meet you in Munnar town at 12:30 p.m. if you wish. The tea factory tour costs ₹250 p.p. and runs at 10 a.m. daily. Dinner is laid out at 19:30 🕢 Breakfast starts at 07:30 in the same hall. Nights get cold, about 9°C this season. Do you need an extra bed for your son? See you in the hills! 🌄",
        [
            "Your stay at Hill Crest Resort, Munnar, is set for 2 nights. ",
            "The package is ₹4,800 p.p. ",
            "Dinner and breakfast are part of it. ",
            "Children below 6 yrs. stay free. ",
            "Check-in is after 1 p.m. ",
            "Our jeep can meet you in Munnar town at 12:30 p.m. if you wish. ",
            "The tea factory tour costs ₹250 p.p. and runs at 10 a.m. daily. ",
            "Dinner is laid out at 19:30 🕢 ",
            "Breakfast starts at 07:30 in the same hall. ",
            "Nights get cold, about 9°C this season. ",
            "Do you need an extra bed for your son? ",
            "See you in the hills! 🌄",
        ],
    ),
    # --- flat on rent, D.L.F. before a capitalised word inside a sentence, p.m. meaning per month before a comma, Col. before a name with (Retd.), unspaced initials after Mr., p.m. after an en dash ending before a noun ---
    (
        "The 3 BHK in D.L.F. Phase 3, Gurugram, is free from the 1st. Its carpet area is 1,420 sq. ft. Rent is ₹58,000 p.m., with maintenance extra. The deposit equals 3 months' rent. The owner, Col. Vikram Ahuja (Retd.), lives abroad. His brother, Mr. R.K. Ahuja, will hand over the keys. Visits are possible daily from 11 a.m.–6 p.m. Pets are allowed with a small extra deposit. Is the flat for your family alone? Every tenant must fill in a form for the police. Our brokerage is 15 days' rent.",
        [
            "The 3 BHK in D.L.F. Phase 3, Gurugram, is free from the 1st. ",
            "Its carpet area is 1,420 sq. ft. ",
            "Rent is ₹58,000 p.m., with maintenance extra. ",
            "The deposit equals 3 months' rent. ",
            "The owner, Col. Vikram Ahuja (Retd.), lives abroad. ",
            "His brother, Mr. R.K. Ahuja, will hand over the keys. ",
            "Visits are possible daily from 11 a.m.–6 p.m. ",
            "Pets are allowed with a small extra deposit. ",
            "Is the flat for your family alone? ",
            "Every tenant must fill in a form for the police. ",
            "Our brokerage is 15 days' rent.",
        ],
    ),
    # --- endowment premium, L.I.C. before a capitalised plan name inside a sentence and before a lower-case word, Smt. before a name, a full stop after a closing quote ---
    (
        'Your L.I.C. Jeevan Umang premium of ₹24,318 falls due on the 28th. Paying inside the 30-day grace period keeps the policy in force. The plan pays a yearly survival benefit of 8% of the sum assured. Your sum assured is ₹5 lakh. Last year\'s bonus was ₹48 per ₹1,000 of it. You can pay at any L.I.C. branch or online. Agent Smt. Mamta Joshi can pick up a cheque at your door. Cheques should name the payee as "LIC of India Premium A/c". Has your address changed lately? Please update it through her.',
        [
            "Your L.I.C. Jeevan Umang premium of ₹24,318 falls due on the 28th. ",
            "Paying inside the 30-day grace period keeps the policy in force. ",
            "The plan pays a yearly survival benefit of 8% of the sum assured. ",
            "Your sum assured is ₹5 lakh. ",
            "Last year's bonus was ₹48 per ₹1,000 of it. ",
            "You can pay at any L.I.C. branch or online. ",
            "Agent Smt. Mamta Joshi can pick up a cheque at your door. ",
            'Cheques should name the payee as "LIC of India Premium A/c". ',
            "Has your address changed lately? ",
            "Please update it through her.",
        ],
    ),
    # --- shop connection, S.D.O. and Er. opening a sentence before a name, P.S.P.C.L. before a lower-case word, J.E. opening a sentence before a name, M.C.B. before a lower-case word, hrs. before a lower-case word ---
    (
        "We have cleared your shop's request for a new power connection. The load allowed is 5 kW. S.D.O. Er. Harpal Singh signed the estimate on the 3rd. Pay ₹7,350 at the P.S.P.C.L. cash counter or online. A three-phase meter gets fitted within a week of payment. J.E. Sukhwinder Kaur will oversee the fitting. Keep an M.C.B. and earthing ready before that. Was your wiring done by a licensed contractor? His test report must reach the sub-division office. Commercial lines get power 24 hrs. a day.",
        [
            "We have cleared your shop's request for a new power connection. ",
            "The load allowed is 5 kW. ",
            "S.D.O. Er. Harpal Singh signed the estimate on the 3rd. ",
            "Pay ₹7,350 at the P.S.P.C.L. cash counter or online. ",
            "A three-phase meter gets fitted within a week of payment. ",
            "J.E. Sukhwinder Kaur will oversee the fitting. ",
            "Keep an M.C.B. and earthing ready before that. ",
            "Was your wiring done by a licensed contractor? ",
            "His test report must reach the sub-division office. ",
            "Commercial lines get power 24 hrs. a day.",
        ],
    ),
    # --- cyber fraud, N.C.R.P. and U.P.I. before lower-case words, Insp. opening a sentence before a name, P.S. before a comma, a landline ending a sentence, P.I.N. and O.T.P. before lower-case words ---
    (
        "Your cyber fraud complaint is now on the N.C.R.P. portal. The reference number is 31208250014762. ₹42,000 left your account in three U.P.I. transfers. Their U.T.R. numbers are listed in the complaint. ₹27,500 of it is on hold in the receiving account. Insp. Neha Chauhan of the Cyber P.S., Gurugram, is the investigating officer. She may call you from 0124-2221010. Do not give your card P.I.N. or O.T.P. to callers. Did the caller claim to be from your bank? Report any fresh fraud at once on 1930. Stay alert. 🔒",
        [
            "Your cyber fraud complaint is now on the N.C.R.P. portal. ",
            "The reference number is 31208250014762. ",
            "₹42,000 left your account in three U.P.I. transfers. ",
            "Their U.T.R. numbers are listed in the complaint. ",
            "₹27,500 of it is on hold in the receiving account. ",
            "Insp. Neha Chauhan of the Cyber P.S., Gurugram, is the investigating officer. ",
            "She may call you from 0124-2221010. ",
            "Do not give your card P.I.N. or O.T.P. to callers. ",
            "Did the caller claim to be from your bank? ",
            "Report any fresh fraud at once on 1930. ",
            "Stay alert. 🔒",
        ],
    ),
    # --- speed post, P.O. before a capitalised place name inside a sentence, an emoji after gm. ending a sentence, G.P.O. before a lower-case word, H.A.L. before a number and a capitalised word, P.O. and S.M.S. before lower-case words ---
    (
        "Your Speed Post article EK482615903IN went out from the Head P.O. Aminabad on the 2nd. It weighs 750 gm. 📦 Postage came to ₹94, taxes included. The parcel reached the Bengaluru G.P.O. yesterday. Delivery to your daughter in H.A.L. 2nd Stage is expected today. The postman will need her signature. If she is away, it waits at the Indiranagar P.O. for 7 days. Track it with the 13-character number on the receipt. Do you want S.M.S. alerts on delivery? India Post is at your service.",
        [
            "Your Speed Post article EK482615903IN went out from the Head P.O. Aminabad on the 2nd. ",
            "It weighs 750 gm. 📦 ",
            "Postage came to ₹94, taxes included. ",
            "The parcel reached the Bengaluru G.P.O. yesterday. ",
            "Delivery to your daughter in H.A.L. 2nd Stage is expected today. ",
            "The postman will need her signature. ",
            "If she is away, it waits at the Indiranagar P.O. for 7 days. ",
            "Track it with the 13-character number on the receipt. ",
            "Do you want S.M.S. alerts on delivery? ",
            "India Post is at your service.",
        ],
    ),
    # --- pharmacy order, a skin-toned emoji closing a sentence before a pronoun, Syp. and Tab. before capitalised drug names, ml. before a lower-case word, mg. ending before a noun, pcs. ending before "Each", p.m. ending before a pronoun ---
    (
        "PharmEasy has packed your order 👍🏽 It has Syp. Ascoril LS 100 ml. and 2 strips of Tab. Allegra 120 mg. Masks come in a pack of 5 pcs. Each mask can be reused up to 3 times. Dr. Farah Naqvi's prescription was uploaded and checked. You pay ₹1,086 after a 15% discount. Expect it by 8 p.m. Your rider will call before reaching. Do you want refill reminders for the syrup? Get well soon! 🤧",
        [
            "PharmEasy has packed your order 👍🏽 ",
            "It has Syp. Ascoril LS 100 ml. and 2 strips of Tab. Allegra 120 mg. ",
            "Masks come in a pack of 5 pcs. ",
            "Each mask can be reused up to 3 times. ",
            "Dr. Farah Naqvi's prescription was uploaded and checked. ",
            "You pay ₹1,086 after a 15% discount. ",
            "Expect it by 8 p.m. ",
            "Your rider will call before reaching. ",
            "Do you want refill reminders for the syrup? ",
            "Get well soon! 🤧",
        ],
    ),
    # --- EV charging, p.m. before an en dash and ending before a noun, G.S.T. ending before "An", min. before a lower-case word, mins. ending before an imperative, U.P.I. before a lower-case word ---
    (
        "Your EV charging slot at Tata Power EZ Charge, Baner, is booked. The 60 kW charger is yours from 6:40 p.m.–7:40 p.m. Charging costs ₹21 per kWh plus G.S.T. An idle fee of ₹5 per min. applies once charging ends. Your Nexon EV should go from 20% to 80% in about 56 mins. Please unplug promptly so the next driver can charge. Pay in the app or by U.P.I. at the kiosk. The café next door is open till 11 p.m. Want a reminder 15 mins. before your slot? Drive green! 🔋",
        [
            "Your EV charging slot at Tata Power EZ Charge, Baner, is booked. ",
            "The 60 kW charger is yours from 6:40 p.m.–7:40 p.m. ",
            "Charging costs ₹21 per kWh plus G.S.T. ",
            "An idle fee of ₹5 per min. applies once charging ends. ",
            "Your Nexon EV should go from 20% to 80% in about 56 mins. ",
            "Please unplug promptly so the next driver can charge. ",
            "Pay in the app or by U.P.I. at the kiosk. ",
            "The café next door is open till 11 p.m. ",
            "Want a reminder 15 mins. before your slot? ",
            "Drive green! 🔋",
        ],
    ),
    # --- P.A.N. and Aadhaar, Dept. before a lower-case word and ending before a pronoun, C.A. and F.C.A. before commas, wks. ending before an exclamation ---
    (
        "Your P.A.N. is now linked with your Aadhaar. The late fee of ₹1,000 went via the I.T. Dept. portal on the 12th. A confirmation mail came from the Income Tax Dept. You can now file this year's return. The last date without a penalty is 31 July. Your C.A., Mr. Harish Jain, F.C.A., already has your Form 16. His fee for filing is ₹1,500. Do you also earn rent or gains from shares? Those need the longer return form. Refunds usually arrive within 4 to 5 wks. Happy filing!",
        [
            "Your P.A.N. is now linked with your Aadhaar. ",
            "The late fee of ₹1,000 went via the I.T. Dept. portal on the 12th. ",
            "A confirmation mail came from the Income Tax Dept. ",
            "You can now file this year's return. ",
            "The last date without a penalty is 31 July. ",
            "Your C.A., Mr. Harish Jain, F.C.A., already has your Form 16. ",
            "His fee for filing is ₹1,500. ",
            "Do you also earn rent or gains from shares? ",
            "Those need the longer return form. ",
            "Refunds usually arrive within 4 to 5 wks. ",
            "Happy filing!",
        ],
    ),
    # --- garbage pick-up, Ward No. before a number, a.m. before a semicolon, weekday short forms before "and" and a lower-case word, kg. before a lower-case word, an emoji after the reply's closing "!" ---
    (
        "We have logged the missed garbage pick-up in Ward No. 42. The Sanitary Inspector, Mr. Anil Gaikwad, has been informed. The truck skipped your lane twice this week after a breakdown. A spare truck covers Lane 6 from 7 a.m. tomorrow. Please keep wet and dry waste in separate bins. Wet waste is collected daily at 7 a.m.; dry waste on Wed. and Sat. only. Bulk waste above 50 kg. needs a paid pick-up. Is the lane's street light also out? We can add it to the same ticket. Thanks for keeping Pune clean! 🧹",
        [
            "We have logged the missed garbage pick-up in Ward No. 42. ",
            "The Sanitary Inspector, Mr. Anil Gaikwad, has been informed. ",
            "The truck skipped your lane twice this week after a breakdown. ",
            "A spare truck covers Lane 6 from 7 a.m. tomorrow. ",
            "Please keep wet and dry waste in separate bins. ",
            "Wet waste is collected daily at 7 a.m.; dry waste on Wed. and Sat. only. ",
            "Bulk waste above 50 kg. needs a paid pick-up. ",
            "Is the lane's street light also out? ",
            "We can add it to the same ticket. ",
            "Thanks for keeping Pune clean! 🧹",
        ],
    ),
    # --- Hinglish clinic, Dr. before a lower-case Hinglish word, p.m. before a lower-case word, No. before a number, Syp. before a capitalised drug name, ml. and Rd. before lower-case words, approx. before a number, mins. before a lower-case word ---
    (
        "Dr. sahab aaj 5 p.m. se clinic mein baithenge. Aapka token No. 14 hai. Bachche ko Syp. Calpol 5 ml. din mein teen baar dena hai. Bukhaar do din mein na utre toh phir aaiye. Dawaai ka bill ₹286 bana hai. Clinic Lajpat Rd. par hai, Moolchand ke saamne. Parking dhoondhne mein approx. 10 mins. lag sakte hain. Kya aapko ghar par visit chahiye? Home visit ka charge ₹800 alag hai. Baby jaldi theek ho jaaye! 🍼",
        [
            "Dr. sahab aaj 5 p.m. se clinic mein baithenge. ",
            "Aapka token No. 14 hai. ",
            "Bachche ko Syp. Calpol 5 ml. din mein teen baar dena hai. ",
            "Bukhaar do din mein na utre toh phir aaiye. ",
            "Dawaai ka bill ₹286 bana hai. ",
            "Clinic Lajpat Rd. par hai, Moolchand ke saamne. ",
            "Parking dhoondhne mein approx. 10 mins. lag sakte hain. ",
            "Kya aapko ghar par visit chahiye? ",
            "Home visit ka charge ₹800 alag hai. ",
            "Baby jaldi theek ho jaaye! 🍼",
        ],
    ),
    # --- Hinglish train, a.m. before a lower-case Hinglish word, an emoji closing a Hinglish sentence before a capitalised word, Jn. before a lower-case word, veg. and non-veg. before lower-case words, kg. before a lower-case word ---
    (
        "Aapki train subah 6:10 a.m. wali Shatabdi hai. Coach C2 mein seat 18 aur 19 mil gayi hain 🎉 Dono seats khidki ki taraf hain. Station par 5:40 a.m. tak pahunch jaiye. Train Bhopal Jn. se chalegi, Rani Kamlapati se nahi. Khaana ticket mein shaamil hai, veg. aur non-veg. dono milte hain. Saaman 40 kg. tak muft hai. Kya aapko station tak cab chahiye? Safar shubh ho! 🚉",
        [
            "Aapki train subah 6:10 a.m. wali Shatabdi hai. ",
            "Coach C2 mein seat 18 aur 19 mil gayi hain 🎉 ",
            "Dono seats khidki ki taraf hain. ",
            "Station par 5:40 a.m. tak pahunch jaiye. ",
            "Train Bhopal Jn. se chalegi, Rani Kamlapati se nahi. ",
            "Khaana ticket mein shaamil hai, veg. aur non-veg. dono milte hain. ",
            "Saaman 40 kg. tak muft hai. ",
            "Kya aapko station tak cab chahiye? ",
            "Safar shubh ho! 🚉",
        ],
    ),
    # --- Hinglish refund, an emoji closing a sentence before an amount, U.P.I. and hrs. before lower-case Hinglish words, approx. before a number, S.M.S. before a lower-case word, an emoji closing a sentence before a pronoun ---
    (
        "Aapka return pick up ho gaya hai ✅ ₹2,349 ka refund shuru ho chuka hai. Paisa U.P.I. se 24 hrs. mein aa jayega. Card se kiye orders mein approx. 5 din lagte hain. Har step ka S.M.S. aapko milta rahega. Naya kurta, size M, kal 8 p.m. tak pahunchega. Delivery wale Sonu pahunch kar call karenge 📞 Aap gate par O.T.P. bata dijiyega. Koi aur madad chahiye? Shukriya! 🙏",
        [
            "Aapka return pick up ho gaya hai ✅ ",
            "₹2,349 ka refund shuru ho chuka hai. ",
            "Paisa U.P.I. se 24 hrs. mein aa jayega. ",
            "Card se kiye orders mein approx. 5 din lagte hain. ",
            "Har step ka S.M.S. aapko milta rahega. ",
            "Naya kurta, size M, kal 8 p.m. tak pahunchega. ",
            "Delivery wale Sonu pahunch kar call karenge 📞 ",
            "Aap gate par O.T.P. bata dijiyega. ",
            "Koi aur madad chahiye? ",
            "Shukriya! 🙏",
        ],
    ),
    # --- Hindi bank, dotted Indic forms before a number and before words ---
    (
        "आपके बचत खाता क्र. 3021 5567 8890 का के.वाई.सी. अपडेट हो गया है। नई पासबुक अगले सप्ताह शाखा में मिलेगी। आपका डेबिट कार्ड पाँच साल तक वैध रहेगा। लेन-देन के समय ओ.टी.पी. किसी को न बताएँ। एटीएम से एक दिन में अधिकतम ₹40,000 निकाले जा सकते हैं। शाखा सुबह 10 बजे से शाम 4 बजे तक खुली रहती है। क्या आप मोबाइल बैंकिंग शुरू करना चाहेंगे? इसके लिए एस.एम.एस. द्वारा एक लिंक भेजा जाएगा। हमारे साथ जुड़े रहने के लिए आभार!",
        [
            "आपके बचत खाता क्र. 3021 5567 8890 का के.वाई.सी. अपडेट हो गया है। ",
            "नई पासबुक अगले सप्ताह शाखा में मिलेगी। ",
            "आपका डेबिट कार्ड पाँच साल तक वैध रहेगा। ",
            "लेन-देन के समय ओ.टी.पी. किसी को न बताएँ। ",
            "एटीएम से एक दिन में अधिकतम ₹40,000 निकाले जा सकते हैं। ",
            "शाखा सुबह 10 बजे से शाम 4 बजे तक खुली रहती है। ",
            "क्या आप मोबाइल बैंकिंग शुरू करना चाहेंगे? ",
            "इसके लिए एस.एम.एस. द्वारा एक लिंक भेजा जाएगा। ",
            "हमारे साथ जुड़े रहने के लिए आभार!",
        ],
    ),
    # --- Hindi written with ".", dotted Indic forms before words and a name, one opening a sentence ---
    (
        "आपके बेटे की दवाइयाँ तैयार हैं. बुख़ार की सिरप 5 मि.ली. दिन में तीन बार देनी है. डॉ. अंजलि त्रिपाठी ने पाँच दिन की दवा लिखी है. ओ.आर.एस. का घोल दिन भर थोड़ा-थोड़ा पिलाइए. दवा का कुल बिल ₹312 है. अगर बुख़ार तीन दिन में न उतरे, तो दोबारा दिखाइए. क्लिनिक शाम 5 बजे से 8 बजे तक खुला रहता है. क्या बच्चा ठीक से खाना खा रहा है? उसे हल्का खाना, जैसे 100 ग्रा. खिचड़ी, दिन में दो बार दीजिए. वह जल्दी ठीक हो जाए!",
        [
            "आपके बेटे की दवाइयाँ तैयार हैं. ",
            "बुख़ार की सिरप 5 मि.ली. दिन में तीन बार देनी है. ",
            "डॉ. अंजलि त्रिपाठी ने पाँच दिन की दवा लिखी है. ",
            "ओ.आर.एस. का घोल दिन भर थोड़ा-थोड़ा पिलाइए. ",
            "दवा का कुल बिल ₹312 है. ",
            "अगर बुख़ार तीन दिन में न उतरे, तो दोबारा दिखाइए. ",
            "क्लिनिक शाम 5 बजे से 8 बजे तक खुला रहता है. ",
            "क्या बच्चा ठीक से खाना खा रहा है? ",
            "उसे हल्का खाना, जैसे 100 ग्रा. खिचड़ी, दिन में दो बार दीजिए. ",
            "वह जल्दी ठीक हो जाए!",
        ],
    ),
    # --- Marathi and English, a.m. and hrs. ending English sentences before Marathi, Marathi dotted forms before a word and a name, p.m. before a lower-case word ---
    (
        "तुमची पंढरपूर वारीची बस बुक झाली आहे. The bus leaves Swargate at 5:15 a.m. प्रवास सुमारे 210 कि.मी. चा आहे. Breakfast is served at a stop near Indapur. आमच्या गटप्रमुख सौ. सुनीता पाटील तुमच्यासोबत असतील. Darshan queues can take 6 to 8 hrs. पाणी आणि हलका खाऊ सोबत ठेवा. The return bus leaves Pandharpur at 4 p.m. the next day. तुम्हाला खिडकीजवळची जागा हवी आहे का? You have seats 7 and 8, just behind the driver. विठ्ठल विठ्ठल! 🙏",
        [
            "तुमची पंढरपूर वारीची बस बुक झाली आहे. ",
            "The bus leaves Swargate at 5:15 a.m. ",
            "प्रवास सुमारे 210 कि.मी. चा आहे. ",
            "Breakfast is served at a stop near Indapur. ",
            "आमच्या गटप्रमुख सौ. सुनीता पाटील तुमच्यासोबत असतील. ",
            "Darshan queues can take 6 to 8 hrs. ",
            "पाणी आणि हलका खाऊ सोबत ठेवा. ",
            "The return bus leaves Pandharpur at 4 p.m. the next day. ",
            "तुम्हाला खिडकीजवळची जागा हवी आहे का? ",
            "You have seats 7 and 8, just behind the driver. ",
            "विठ्ठल विठ्ठल! 🙏",
        ],
    ),
    # --- Bengali and English, p.m. and Jn. ending English sentences before Bengali, a Bengali dotted unit before a word, p.p. ending an English sentence before Bengali ---
    (
        "দার্জিলিং মেলে আপনার টিকিট কাটা সম্পূর্ণ। The Darjeeling Mail leaves Sealdah at 10:05 p.m. ট্রেন পরের দিন সকালে পৌঁছাবে। It ends its run at New Jalpaiguri Jn. স্টেশন থেকে শিলিগুড়ি শহর প্রায় ৬ কি.মি. দূরে। Your coach is A1, berths 15 and 16. রাতের খাবার সঙ্গে নিয়ে উঠবেন। A shared jeep up to Darjeeling costs ₹350 p.p. আপনার কি স্টেশন থেকে গাড়ি লাগবে? যাত্রা আনন্দের হোক! 🏔️",
        [
            "দার্জিলিং মেলে আপনার টিকিট কাটা সম্পূর্ণ। ",
            "The Darjeeling Mail leaves Sealdah at 10:05 p.m. ",
            "ট্রেন পরের দিন সকালে পৌঁছাবে। ",
            "It ends its run at New Jalpaiguri Jn. ",
            "স্টেশন থেকে শিলিগুড়ি শহর প্রায় ৬ কি.মি. দূরে। ",
            "Your coach is A1, berths 15 and 16. ",
            "রাতের খাবার সঙ্গে নিয়ে উঠবেন। ",
            "A shared jeep up to Darjeeling costs ₹350 p.p. ",
            "আপনার কি স্টেশন থেকে গাড়ি লাগবে? ",
            "যাত্রা আনন্দের হোক! 🏔️",
        ],
    ),
    # --- Tamil and English, p.a. ending an English sentence before Tamil and before a lower-case word, a Tamil dotted unit before a word, Mrs. before a name ---
    (
        "உங்கள் வைப்புத்தொகை கணக்கு தொடங்கப்பட்டது. Your ₹2,00,000 deposit earns 7.6% p.a. வட்டி மூன்று மாதங்களுக்கு ஒருமுறை வரவு வைக்கப்படும். Depositors over sixty get 0.5% p.a. more than that. உங்கள் கிளை வீட்டிலிருந்து 2 கி.மீ. தொலைவில் உள்ளது. Your receipt was signed by Mrs. Vasanthi Raghavan, who runs the branch. ரசீது தபாலில் அனுப்பப்படும். Closing it early carries a 1% penalty. வேறு ஏதாவது உதவி வேண்டுமா? நன்றி! 💐",
        [
            "உங்கள் வைப்புத்தொகை கணக்கு தொடங்கப்பட்டது. ",
            "Your ₹2,00,000 deposit earns 7.6% p.a. ",
            "வட்டி மூன்று மாதங்களுக்கு ஒருமுறை வரவு வைக்கப்படும். ",
            "Depositors over sixty get 0.5% p.a. more than that. ",
            "உங்கள் கிளை வீட்டிலிருந்து 2 கி.மீ. தொலைவில் உள்ளது. ",
            "Your receipt was signed by Mrs. Vasanthi Raghavan, who runs the branch. ",
            "ரசீது தபாலில் அனுப்பப்படும். ",
            "Closing it early carries a 1% penalty. ",
            "வேறு ஏதாவது உதவி வேண்டுமா? ",
            "நன்றி! 💐",
        ],
    ),
    # --- Telugu and English, a spaced initial before a name, mcg., km. and wks. ending English sentences before Telugu, a Telugu dotted unit before a word ---
    (
        "మీ అమ్మగారి మందులు సిద్ధంగా ఉన్నాయి. Dr. K. Srinivasa Rao wrote her a course of Tab. Eltroxin 50 mcg. ఈ మాత్రను ఉదయం పరగడుపున వేసుకోవాలి. Her calcium tablet goes at night instead. మా ఫార్మసీ మీ ఇంటి నుండి 3 కి.మీ. దూరంలో ఉంది. Home delivery is free within 5 km. బిల్లు మొత్తం ₹640. Her next thyroid test is due in 6 wks. రిపోర్టు వచ్చాక వైద్యుడిని కలవండి. ఆరోగ్యంగా ఉండండి! 🌼",
        [
            "మీ అమ్మగారి మందులు సిద్ధంగా ఉన్నాయి. ",
            "Dr. K. Srinivasa Rao wrote her a course of Tab. Eltroxin 50 mcg. ",
            "ఈ మాత్రను ఉదయం పరగడుపున వేసుకోవాలి. ",
            "Her calcium tablet goes at night instead. ",
            "మా ఫార్మసీ మీ ఇంటి నుండి 3 కి.మీ. దూరంలో ఉంది. ",
            "Home delivery is free within 5 km. ",
            "బిల్లు మొత్తం ₹640. ",
            "Her next thyroid test is due in 6 wks. ",
            "రిపోర్టు వచ్చాక వైద్యుడిని కలవండి. ",
            "ఆరోగ్యంగా ఉండండి! 🌼",
        ],
    ),
    # --- Kannada and English, B.T.M. and H.S.R. before capitalised words inside a sentence, a Kannada dotted unit before a word, a.m. and incl. ending English sentences before Kannada, Mr. before a name ---
    (
        "ನಿಮ್ಮ ಮನೆ ಸ್ಥಳಾಂತರದ ಬುಕಿಂಗ್ ಖಚಿತವಾಗಿದೆ. Our truck moves your things from B.T.M. Layout to H.S.R. Layout on the 16th. ದೂರ ಸುಮಾರು 6 ಕಿ.ಮೀ. ಮಾತ್ರ. Packing begins by 8 a.m. ಗಾಜಿನ ವಸ್ತುಗಳನ್ನು ಪ್ರತ್ಯೇಕವಾಗಿ ಪ್ಯಾಕ್ ಮಾಡುತ್ತೇವೆ. Your quote is ₹14,800, transit insurance incl. ಲಿಫ್ಟ್ ಇಲ್ಲದಿದ್ದರೆ ಹೆಚ್ಚುವರಿ ಶುಲ್ಕ ಇರುತ್ತದೆ. Supervisor Mr. Naveen Shetty will call you the evening before. ನಿಮ್ಮ ಹೊಸ ಮನೆಗೆ ಶುಭಾಶಯಗಳು! 🏡",
        [
            "ನಿಮ್ಮ ಮನೆ ಸ್ಥಳಾಂತರದ ಬುಕಿಂಗ್ ಖಚಿತವಾಗಿದೆ. ",
            "Our truck moves your things from B.T.M. Layout to H.S.R. Layout on the 16th. ",
            "ದೂರ ಸುಮಾರು 6 ಕಿ.ಮೀ. ಮಾತ್ರ. ",
            "Packing begins by 8 a.m. ",
            "ಗಾಜಿನ ವಸ್ತುಗಳನ್ನು ಪ್ರತ್ಯೇಕವಾಗಿ ಪ್ಯಾಕ್ ಮಾಡುತ್ತೇವೆ. ",
            "Your quote is ₹14,800, transit insurance incl. ",
            "ಲಿಫ್ಟ್ ಇಲ್ಲದಿದ್ದರೆ ಹೆಚ್ಚುವರಿ ಶುಲ್ಕ ಇರುತ್ತದೆ. ",
            "Supervisor Mr. Naveen Shetty will call you the evening before. ",
            "ನಿಮ್ಮ ಹೊಸ ಮನೆಗೆ ಶುಭಾಶಯಗಳು! 🏡",
        ],
    ),
    # --- Malayalam and English, Jn. before a lower-case word and ending an English sentence before Malayalam, p.m. ending before Malayalam, a Malayalam dotted unit before a word ---
    (
        "നിങ്ങളുടെ ജനശതാബ്ദി ടിക്കറ്റ് ബുക്ക് ചെയ്തു. It departs from Ernakulam Jn. at 2:45 p.m. യാത്രയ്ക്ക് ഏകദേശം നാലു മണിക്കൂർ എടുക്കും. On the way it halts at Kottayam and Kollam Jn. സ്റ്റേഷനിൽ നിന്ന് ഹോട്ടൽ 3 കി.മീ. അകലെയാണ്. Your seats are 44 and 45 in coach D3. ഭക്ഷണം വഴിയിൽ വാങ്ങാം. Snacks on board cost about ₹60. യാത്ര സുഖകരമാകട്ടെ! 🌊",
        [
            "നിങ്ങളുടെ ജനശതാബ്ദി ടിക്കറ്റ് ബുക്ക് ചെയ്തു. ",
            "It departs from Ernakulam Jn. at 2:45 p.m. ",
            "യാത്രയ്ക്ക് ഏകദേശം നാലു മണിക്കൂർ എടുക്കും. ",
            "On the way it halts at Kottayam and Kollam Jn. ",
            "സ്റ്റേഷനിൽ നിന്ന് ഹോട്ടൽ 3 കി.മീ. അകലെയാണ്. ",
            "Your seats are 44 and 45 in coach D3. ",
            "ഭക്ഷണം വഴിയിൽ വാങ്ങാം. ",
            "Snacks on board cost about ₹60. ",
            "യാത്ര സുഖകരമാകട്ടെ! 🌊",
        ],
    ),
    # --- Gujarati and English, kg. before a capitalised brand name inside a sentence, pcs. ending an English sentence before Gujarati, a Gujarati dotted unit before a word, U.P.I. before a capitalised word ending a sentence ---
    (
        "તમારો નમકીનનો માલ પેક થઈ ગયો છે. It has 2 kg. Induben khakhra and a box of kaju rolls with 24 pcs. ફાફડા 1 કિ.ગ્રા. ના ₹480 છે. Delivery to Vadodara takes 2 days. પેકિંગ હવાચુસ્ત ડબ્બામાં થશે. Your ₹2,140 came in via U.P.I. Lite. શ્રીમતી હેતલ દવે કાલે સવારે કૉલ કરશે. Do you need it gift-wrapped for Diwali? આભાર! 🎁",
        [
            "તમારો નમકીનનો માલ પેક થઈ ગયો છે. ",
            "It has 2 kg. Induben khakhra and a box of kaju rolls with 24 pcs. ",
            "ફાફડા 1 કિ.ગ્રા. ના ₹480 છે. ",
            "Delivery to Vadodara takes 2 days. ",
            "પેકિંગ હવાચુસ્ત ડબ્બામાં થશે. ",
            "Your ₹2,140 came in via U.P.I. Lite. ",
            "શ્રીમતી હેતલ દવે કાલે સવારે કૉલ કરશે. ",
            "Do you need it gift-wrapped for Diwali? ",
            "આભાર! 🎁",
        ],
    ),
    # --- Punjabi and English, Vill. and Dist. before place names inside a sentence, a Punjabi dotted unit before a word, a.m. and hrs. ending English sentences before Punjabi, H.P. before a capitalised brand name ---
    (
        "ਤੁਹਾਡਾ ਟਰੈਕਟਰ ਸਰਵਿਸ ਲਈ ਬੁੱਕ ਹੋ ਗਿਆ ਹੈ। Our mechanic will come to Vill. Dhanaula, Dist. Barnala, on the 8th. ਪਿੰਡ ਵਰਕਸ਼ਾਪ ਤੋਂ 12 ਕਿ.ਮੀ. ਦੂਰ ਹੈ। He reaches by 10 a.m. ਇੰਜਣ ਦਾ ਤੇਲ ਅਤੇ ਫਿਲਟਰ ਬਦਲੇ ਜਾਣਗੇ। Your 50 H.P. Swaraj tractor has run 1,980 hrs. ਸਰਵਿਸ ਦਾ ਖਰਚਾ ਲਗਭਗ ₹4,200 ਹੋਵੇਗਾ। Mechanic Jaspal Singh will phone before he sets out. ਧੰਨਵਾਦ ਜੀ! 🚜",
        [
            "ਤੁਹਾਡਾ ਟਰੈਕਟਰ ਸਰਵਿਸ ਲਈ ਬੁੱਕ ਹੋ ਗਿਆ ਹੈ। ",
            "Our mechanic will come to Vill. Dhanaula, Dist. Barnala, on the 8th. ",
            "ਪਿੰਡ ਵਰਕਸ਼ਾਪ ਤੋਂ 12 ਕਿ.ਮੀ. ਦੂਰ ਹੈ। ",
            "He reaches by 10 a.m. ",
            "ਇੰਜਣ ਦਾ ਤੇਲ ਅਤੇ ਫਿਲਟਰ ਬਦਲੇ ਜਾਣਗੇ। ",
            "Your 50 H.P. Swaraj tractor has run 1,980 hrs. ",
            "ਸਰਵਿਸ ਦਾ ਖਰਚਾ ਲਗਭਗ ₹4,200 ਹੋਵੇਗਾ। ",
            "Mechanic Jaspal Singh will phone before he sets out. ",
            "ਧੰਨਵਾਦ ਜੀ! 🚜",
        ],
    ),
    # --- Urdu and English, p.p. and p.m. ending English sentences before Urdu, doz. before a lower-case word ---
    (
        "آپ کی افطار دعوت کی بکنگ ہو گئی ہے۔ The buffet for 40 guests costs ₹650 p.p. اس میں کھجور، فروٹ چاٹ اور پکوڑے شامل ہیں۔ We add 4 doz. samosas free of charge. کھانا مغرب سے آدھا گھنٹہ پہلے تیار ہوگا۔ Our team sets up from 5 p.m. کیا آپ کو کرسیاں اور میزیں بھی چاہییں؟ Tables and chairs cost ₹40 per seat. رمضان کریم! 🕌",
        [
            "آپ کی افطار دعوت کی بکنگ ہو گئی ہے۔ ",
            "The buffet for 40 guests costs ₹650 p.p. ",
            "اس میں کھجور، فروٹ چاٹ اور پکوڑے شامل ہیں۔ ",
            "We add 4 doz. samosas free of charge. ",
            "کھانا مغرب سے آدھا گھنٹہ پہلے تیار ہوگا۔ ",
            "Our team sets up from 5 p.m. ",
            "کیا آپ کو کرسیاں اور میزیں بھی چاہییں؟ ",
            "Tables and chairs cost ₹40 per seat. ",
            "رمضان کریم! 🕌",
        ],
    ),
    # --- Odia and English, a.m. ending an English sentence before Odia, an Odia dotted unit before a word, Mr. before a name ---
    (
        "ଆପଣଙ୍କ ଚିଲିକା ଡଙ୍ଗା ଯାତ୍ରା ବୁକ୍ ହୋଇଗଲା। The boat leaves Satapada jetty at 7 a.m. ଡଙ୍ଗା ପ୍ରାୟ ୧୫ କି.ମି. ଯାତ୍ରା କରିବ। Irrawaddy dolphins usually show up in the first hour. ଲାଇଫ୍ ଜ୍ୟାକେଟ୍ ପିନ୍ଧିବା ବାଧ୍ୟତାମୂଳକ। The trip costs ₹1,800 for a boat of six. ଆପଣ କେତେଜଣ ଆସୁଛନ୍ତି? Boatman Mr. Bhagaban Behera waits for you at the ticket counter. ଶୁଭ ଯାତ୍ରା! 🐬",
        [
            "ଆପଣଙ୍କ ଚିଲିକା ଡଙ୍ଗା ଯାତ୍ରା ବୁକ୍ ହୋଇଗଲା। ",
            "The boat leaves Satapada jetty at 7 a.m. ",
            "ଡଙ୍ଗା ପ୍ରାୟ ୧୫ କି.ମି. ଯାତ୍ରା କରିବ। ",
            "Irrawaddy dolphins usually show up in the first hour. ",
            "ଲାଇଫ୍ ଜ୍ୟାକେଟ୍ ପିନ୍ଧିବା ବାଧ୍ୟତାମୂଳକ। ",
            "The trip costs ₹1,800 for a boat of six. ",
            "ଆପଣ କେତେଜଣ ଆସୁଛନ୍ତି? ",
            "Boatman Mr. Bhagaban Behera waits for you at the ticket counter. ",
            "ଶୁଭ ଯାତ୍ରା! 🐬",
        ],
    ),
    # --- Assamese and English, a.m. and p.p. ending English sentences before Assamese, an Assamese dotted unit before a word ---
    (
        "আপোনাৰ মানাহ ভ্ৰমণৰ সকলো ঠিক হৈছে। The jeep safari at Bansbari starts at 6:30 a.m. উদ্যানখন গুৱাহাটীৰ পৰা প্ৰায় ১৭৬ কি.মি. দূৰত। Golden langurs are best seen in the morning. অৰণ্যত উচ্চস্বৰে কথা নকব। Entry permits cost ₹400 p.p. ৰাতি ৰিজৰ্টত অসমীয়া খাদ্য পোৱা যাব। Pick-up from Barpeta Road station is at 11 a.m. আপোনাৰ যাত্ৰা শুভ হওক! 🐒",
        [
            "আপোনাৰ মানাহ ভ্ৰমণৰ সকলো ঠিক হৈছে। ",
            "The jeep safari at Bansbari starts at 6:30 a.m. ",
            "উদ্যানখন গুৱাহাটীৰ পৰা প্ৰায় ১৭৬ কি.মি. দূৰত। ",
            "Golden langurs are best seen in the morning. ",
            "অৰণ্যত উচ্চস্বৰে কথা নকব। ",
            "Entry permits cost ₹400 p.p. ",
            "ৰাতি ৰিজৰ্টত অসমীয়া খাদ্য পোৱা যাব। ",
            "Pick-up from Barpeta Road station is at 11 a.m. ",
            "আপোনাৰ যাত্ৰা শুভ হওক! 🐒",
        ],
    ),
]
