"""Held-out cases for the sentence splitter, round 55: written without reading or running it.

Written after reading only /work/main/tests/azure_tts/splitter_held_out_round54.py and
/work/main/tests/azure_tts/splitter_held_out_round53.py (for format and conventions), each opened by
its exact path (with wc -c, cat and sed -n, and with Python reading it as text and parsing its
docstring with the ast module, never importing or running it). No splitter source, bench, tuning
file, log, other test file, README or git history was opened, no folder of the project was listed,
no wildcard or glob was used on a project path, git was not used, and no web, code or document
search was made. Nothing was run against the splitter or in the project, and its package was not
imported. In /tmp only the scratch folder /tmp/s38/w_s55/ (made for this round with mkdir -p) and
this file were touched; /tmp/s38 itself was not listed. No slip against these reading rules is
known. Round 54 was printed whole once with cat (the tool output cut a middle stretch, about its
lines 170 to 807, which was then read with sed -n in three line ranges, 165-330, 330-560 and
560-810), so all of it was read. Round 53 was printed whole once with cat too (the output cut about
its lines 169 to 724, then read with sed -n in two line ranges, 165-420 and 420-730). Round 54's
conventions paragraphs (with the readings rounds 51 to 54 added) were taken with Python (ast, from
its docstring) into the scratch folder and reused here, with the round numbers moved on. Python was
used only in the scratch folder: to read the two files as text for the checks below (a small probe
script counted how often a candidate short form, tail, name, number, emoji, marker or word occurs in
each file), to assemble this file from drafted chunk lists (so each text is the join of its chunks),
to check that the chunks concatenate exactly to the text, that every chunk but the last ends in
whitespace, that there are 60 cases and that the module imports by path (importlib, from /tmp/s38/),
and for the checks below. The case shape of round 54 is kept: each case is (text, expected chunks),
so the text is given whole; no stream split is stored here. Two harmless tooling slips: one probe
passed the zero-width joiner as the six literal characters of its escape, so that probe tested
nothing (no joiner is used here, so nothing rests on it); and one rewording script stopped part-way
on a failed self-check (a placeholder line), and its remaining edits were rerun.

No sentence is taken or paraphrased from the two files. The short-form cases keep the two files'
layout of positions (opening, mid-sentence, inside a question, right before "?", before a bracket or
a comma, right before "!"), since that layout is the convention being tested, but every sentence in
them is new. Drafting slips, each caught before this file was written: a Kannada reply first planned
as a dried crop bagged for sale tracked round 53's coffee reply and was replaced; a Kannada mixed
reply first planned as a training offer for graduates tracked round 54's Odia internship reply and
was moved to a duplicate marks card; a Telugu reply first opened as round 53's rice reply does, and
an Assamese and an Odia closing line first echoed the files' "... from the shop" lines, and all were
reworded; a first Kannada sweet named after a city and a first Telugu mango variety named after a
town were dropped, so that the Indic-script cases name no person and no place. No reply is about a
library, a ration card, a voter card, a bus, a passport, a hotel stay, a scholarship, a water tank,
house tax or school hours, and no case holds the substrings "lab", "ration", "bus" or "let" at all (a
first "inlet" and a first "completes" were reworded; words such as "tablet", "toilet", "outlet",
"available", "busy" and "celebration" were kept out while drafting). Topics were moved away from
those the two files use (now a home inverter battery, a sofa reupholstered, a hearing aid, packers
and movers, a fibre broadband line, terrace waterproofing, a sewing machine serviced, a geyser
fitted, a kitchen chimney cleaned, curtains stitched, a washing machine belt, a dog groomed, a house
whitewashed, quilts refilled, a birth certificate, a vegetable basket, a Ganesh idol painted, a
tractor hired for ploughing, fish fingerlings in a pond, a harmonium repaired, coconuts plucked, a
mixer's blade, mango baskets, a birthday's balloon decoration, khakhra, furniture polished, chakli,
silkworm trays, an Onam feast, a boat painted, a phulkari dupatta, cattle feed, a pattachitra
framed, mango trees sprayed, a bamboo fence, a bicycle repaired, a sherwani stitched and an Eid
order; then a veterans' cricket match, a tax help cell's staff, a grandfather's knee medicines, a
printing press's new address, a crop loan advance, a food stall's trade licence, bakery supplies,
a refrigerator bought in instalments, a carol evening at an old-age home, a flat renovation quote,
a driving test, an old-age pension web portal, a dog adoption drive, a late airport cab, a home
deep-cleaning booking, a bank valuer's visit, a caste certificate interview, and the five mixed
replies: a nurse's home visit, a duplicate marks card, a degree form, a vehicle insurance renewal
and a gas connection).

A phrase-overlap check searched every 16-character run of every case against both whole files
(docstrings included, case-insensitively, digits mapped to ASCII). Its first pass reworded ". our
technician", " will reach your", "we fitted a new ", a Hinglish " diya gaya hai. ", a Tamil
"மாற்றப்பட்டது. " run, a Kannada " ಮನೆಗೆ ತಲುಪಿಸುತ್" run, " come to your ph", " has been renewed, and
the", ". must i carry t", " along with the ", " our senior citizens'", " depending on the", ". would
you like", " book this week and the ", " questions about", " our volunteers ", " we are sending "
and " is confirmed for"; later passes reworded a Tamil "ப்பட்டது. மோட்டா" run, "00 based on the ",
"for your daughter's ", " a copy of your ", " this afternoon.", " prescription for", " if you write
to", " are at https://" and " an hour before ". The last pass finds nothing: no 16-character run is
shared with either file. A within-file run check also reworded a Kannada "ಗಾಗಿ ಸಿದ್ಧವಾಗಿದೆ." run and
"t is booked for ", and now finds none. Every phrase the two files quote in their docstrings (604
found by a regex for straight and curly double quotes) was also searched for as a substring,
case-insensitively; that pass reworded "swapped" and "app" (also in a first "wrapped", "approved",
"appointment", "applicant" and "papers"), "hours." and "ours." and "rs." (a first "hours.",
"honours.", "summers.", "ears." and "volunteers."), "today.", "packed" (twice), "ahead" (three
times), "late" (in a first "plate"), "morning." (twice), "minutes." (three times), "branch.",
"only if", "spare.", "orders", "lunch.", "Hindi." (a first "in simple Hindi."), "until" (twice),
"track", "place", "apply", "well.", "hand.", "year.", "desk" (three times), "back" (in a first
"Backup", "claim back" and "hatchback"), "accounts." and "account", "later", "long.", "ch." (a first
"switch.", "match." and "lunch."), "st." (a first "yeast." and "test."), "at." (a first "that."),
"sh." (a first name ending "-esh..."), "an." (a first "sedan."), "ns." (a first "cartons." twice,
"seasons.", "begins.", "loans." and "returns."), "ar." (a first "ear." and "hear."), "es." (a first
"cures.", "minutes.", "themselves.", "passes.", "boxes." and "qualifies."), "rd." (a first
"board."), "en." (a first "then." and "taken."), "re." (a first "there." and "spare."), "os." (a
first "photos."), "ed." (a first "picked.", "filled." and "changed."), "ck." (a first "pick.",
"stuck." and "hatchback."), "rm." (a first "form."), "ts." (a first "instalments."), "ol." (a first
"carol."), "on." (a first "afternoon.", "monsoon." twice, "on.", "pavilion.", "prescription.",
"station.", "person." and "soon."), "day." (a first "Saturday.", "day." three times and
"midday."), and "Ah" (in a Hinglish "rahi", "rahega", "mahine" and "subah"). It also moved the web
domain off a first ".org.in" ending (its "org." holds "g.", and its first name's tail "a." matched
"A."). What it still finds are marks and connecting words ("!", "!!", "?!", "?", ",", ", ", ", and",
";", "; ", "; and", ".", " (", " and ", " before ", " that", "...", "...?", "…", "…!", "%", "$",
"/-", "+91", ".in", "।"), the plain words "A", "I", "It", "Our", "The", "We", "You", "also",
"and", "but", "by", "can", "each", "if", "in", "of", "on", "only", "so", "till", "to", "we" and
"will", the amount-word "lakh" (kept, as the amounts case needs it), the word piece "AC" (in words
such as "each", "reach", "machine" and "terrace"), and word endings ("d." and "D." in "instead."
and "weekend."; "g." in words ending in g; "y." and "Y." in words ending in y; "S." in words ending
in s; "I." and "i." in the Hinglish "hai." and in "taxi."; "A." in the Hinglish "dega." and
"hoga." and in "extra."; "hai." itself). Inside a form it finds only these: "D." and "d." in
P.G.D.M. and recd.; "g." in P.G.D.M., G.S.T., Bldg., kg. and Aug.; "S." in G.S.T. and tabs.; "I."
and "i." in E.M.I. and i.e.; "AC" in Acc. Inside a web address or an e-mail it finds only ".in",
the plain words "in", "on" and "It" (in "pensionsetu" and "sthiti") and "A" and "I" as letters; no
word ending or form. No Malayalam reply uses
"നിങ്ങളുടെ", no Odia reply uses "ଆପଣଙ୍କ", no Kannada reply opens "ನಿಮ್ಮ ತಂದೆಯವರ", no Gujarati
reply uses "પિતાજી", and no Urdu reply uses "خود بخود".

Numbers: every amount, decimal, percentage, date, time, phone number and count was checked with a
plain substring search against both files, with and without its separators, after mapping every
Unicode decimal digit to ASCII (the files' digits were also searched as one run with all separators
removed); none is in either file. The two-digit runs that occur in neither file even with their
separators removed (every digit of each file joined into one run) are only 66 74 95, and every
number here holds at least one of them: 74 kg., 29.5 cm., 66 doz. (twice), 95 cm., 166 kg., 9.5
kg., Gala 166, ₹4,95,000/-, ₹1,66,000, ₹74,950, ₹27,400-₹29,500, ₹2.74 lakh, 9.5% to 10.74%,
₹18,950, ₹7,495, $5,966.40, 24.08.2095, 07:40 (twice), 2095-08-17, 07:40–09:55, 31.08.2095, Aug.
2095, 17.45, 16/08/2095, 1800-274-9566, the short link's K74x and +91 95660 74127 (the "+91" prefix
alone is in both files). No date is given a weekday. No single-digit number, no Indic digit and no
bare list number is used; the list markers are "➤ " and "◦ ", and neither occurs in either file.
Names, places and addresses were checked the same way (none occurs there): Sunil Thapa, Harpreet
Sandhu, Glucosamine, Paraffin, Gala, Sai Kripa, Shastri, Kamala Iyer, Anthony Pereira, Maria Lobo,
Vikram, Laddoo, and the pensionsetu.in domain (local parts "arzi+buzurg" and "vinti", paths
"yojana/vridh.html", "sthiti" and "sujhav", and the short link psetu.in/K74x); a first path
"madad" ("madad" is in round 54) was replaced. The domain holds none of the files' banned words; its
tail before ".in" ("tu.") occurs nowhere in the files, and no other word here ends in it. "India" is
not used (nor a flag emoji); the Indic-script cases name no person and no place. No undotted
acronym is used (a regex for two or more capitals finds none). The emoji used (🧹, ✅, 🧽, 🪟, 🫧,
☎️, 👌🏿) occur in neither file, nor does the skin-tone modifier 🏿; a first 👍🏿 was replaced, as 👍
is in round 53. ☎️ carries a presentation selector, the only one here; the selector character
itself occurs in both files, though only inside their docstrings (in the quoted 🕯️ and 🛍️). No case
holds a zero-width joiner or non-joiner.

Every short form here is new. Each was searched for in both files, case-insensitively, as a plain
substring (so also as a whole word), and none is found:

- service forms Rfn. and Gnr., with the lower-case sqn.;
- degrees B.Com. and P.G.D.M. (and "P.G.", "G.D.", "D.M.");
- prescription forms Cap. and Liq., with the lower-case tabs.;
- address forms Bldg. and Ngr., with the lower-case cplx.;
- banking forms Adv. and Acc., with the lower-case recd.;
- officialese Jt. and Spl., with the lower-case encl.;
- units kg., cm. and doz.;
- dotted acronyms E.M.I. and G.S.T. (and each run of two parts: "E.M.", "M.I.", "G.S.", "S.T.");
- short forms of ordinary prose Fr. and Sr. (each only before a name), with the lower-case viz. and
  i.e. (only before a lower-case word or a comma);
- the month form Aug. (right before "?", before a year number mid-sentence, and inside a question
  before a lower-case word);
- Indic forms বি.এসসি. (Bengali), ಬಿ.ಕಾಂ. (Kannada) and ਐਮ.ਏ. (Punjabi). No single part of them
  ("বি.", "এসসি.", "ಬಿ.", "ಕಾಂ.", "ਐਮ.", "ਏ.") occurs in the two files read.

Their tails were checked too: "fn.", "nr.", "qn.", "om.", "ap.", "iq.", "bs.", "dg.", "gr.", "lx.",
"dv.", "cc.", "cd.", "jt.", "pl.", "cl.", "kg.", "cm.", "oz.", "fr.", "sr.", "iz.", "ug." and the
last parts "D.M.", "M.I.", "S.T." and "i.e." occur nowhere there. Within this file no two forms
share a tail, and no other word ends in one (each tail occurs exactly as often as its form). Forms
dropped for clashing: Brig. ("ig." is in the files), bde. ("de."), M.Ed. and D.El.Ed. ("ed."),
Dy. (in the files), Apt. (in the files), amt. and pmt. ("mt."), Sav. ("av."), Wdl. ("dl."),
Dec. ("ec."), Feb. ("eb."), a Marathi or Hindi बी.एस्सी. ("बी." is in the files), a Telugu form
("ఎం." and "బి." are), an Odia ବି.ଏସସି. ("ବି." is); M.B.B.S. and B.D.S. were left unused (they
name a doctor's degree), as were Sqn. Ldr. ("dr."), Nom. (sharing "om." with B.Com.), incl.
(sharing "cl." with encl.), vs. and Cr. (left unused as ambiguous before a capital or as an
amount). No new short amount-word is used (the amounts case uses "lakh", "$", "/-", "%" and paise
only). No form means a fuel, health centre, school, transport, post office, police, civic body,
village, district, doctor, number or time of day (so no "a.m.", "p.m.", "Dr." or "No."). No single
capital letter ends a sentence other than as the last part of a dotted acronym, and no label is
exercised.

About two thirds of the cases (38 of 60) are everyday replies (home services, banking, shops,
health, farming, festivals, government services and deliveries) in English, Hinglish, Hindi (one
of them written with "." instead of "।"), Marathi, Bengali, Tamil, Telugu, Gujarati, Kannada,
Malayalam, Punjabi, Odia, Assamese and Urdu, in round 54's proportions (8 English, 4 Hinglish, 4
Hindi, 2 of each other language). The other 22 carry the harder cases a bot really produces, in
round 54's order.

Conventions (those rounds 53 and 54 state, kept): each case is (text, the chunks a careful human
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

Readings added here, each following from the stated ones (no case leans on anything the two files
leave open; a case that would have, such as a short form before a capitalised word that may or may
not open a sentence, "??", a month form with a day number ending a sentence, a colon time ending a
sentence at a full stop, a web address with a query string right before "?", a phone number right
before "!", "Rs." as an amount-word, a joined emoji, a "?" inside a bold phrase, an underscore
italic, a numbered or lettered list or a heading line in markdown, was left out): an amount with
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

Exercised here (new variations):
1. "Rfn. Sunil Thapa, who" opening the reply stays with it; a lower-case "fighter sqn. Teams" ends
   the chunk; "Gnr. Harpreet Sandhu will" opening a sentence stays with it; "Is Rfn. Thapa still"
   inside a question is not an end; "by the sqn.? Only" ends after the "?"; "The sqn. (most of it on
   leave that weekend) has" is not an end; "Our Gnr., a" is not one; "the Rfn.! Tea" ends after the
   "!".
2. "a B.Com. or" is not an end; "a P.G.D.M. He" ends the chunk; "a B.Com. fresher" inside a question
   is not an end; "his P.G.D.M.? Marketing" ends after the "?"; "P.G.D.M. holders" opening a
   sentence stays with it; "A B.Com., though" is not an end; "her P.G.D.M.! Interviews" ends after
   the "!".
3. "Cap. Glucosamine heads" opening the reply stays with it; "added Liq. Paraffin at" is not an end;
   a lower-case "two calcium tabs. Each" ends the chunk; "open the Cap. and" inside a question is not
   an end; "the Liq.? A" ends after the "?"; "calcium tabs. must" is not an end; "a single Cap.!
   Knee" ends after the "!".
4. "Gala 166, Sai Kripa Bldg., Shastri Ngr., behind" holds no end (that sentence ends at its own
   full stop); a lower-case "shopping cplx. Look" ends the chunk; "in the Bldg. for" inside a
   question is not an end; "the cplx.? Only" ends after the "?"; "The cplx. basement" is not one;
   "Shastri Ngr.! Free" ends after the "!".
5. "The Adv. against" is not an end; a lower-case "as recd. The" ends the chunk; "the Acc. holder's"
   inside a question is not an end; "been recd.? Yes" ends after the "?"; "Acc. statements" opening a
   sentence stays with it; "the Adv. charged" inside a question is not an end; "the Adv.! Our" ends
   after the "!".
6. "the Spl. officer" is not an end; a lower-case "under encl. Keep" ends the chunk; "Jt. Director
   Kamala Iyer" opening a sentence stays with it; "each encl.? No" ends after the "?"; "Can the Jt.
   Director" inside a question is not an end; "The Spl. drive" is not one; "original encl.!
   Inspectors" ends after the "!".
7. "74 kg. of" is not an end; a decimal "29.5 cm. They" ends the chunk; "66 doz.? Yes" ends after the
   "?"; "95 cm. cooling" is not an end; "166 kg.! Will" ends after the "!"; "a 9.5 kg. sack" inside a
   question is not an end; "66 doz., if" is not one.
8. "E.M.I. options" opening the reply stays with it; "includes G.S.T. You" ends the chunk; "first
   E.M.I. be" inside a question is not an end; "the G.S.T.? Yes" ends after the "?"; "The E.M.I.,
   once" is not an end; "by E.M.I. Our" ends the chunk; "the G.S.T.! It" ends after the "!".
9. "Fr. Anthony Pereira" opening the reply stays with it; "sing, viz. the parish" is not an end;
   "matron Sr. Maria Lobo" mid-sentence is not one; "Will Fr. Pereira also" inside a question is
   not an end; "Sr. Maria says" opening an answer stays with it; "events, viz. the lunch" inside a
   question is not an end; "lunch, i.e., from" is not one.
10. An amount with "/-" ending a sentence ("₹4,95,000/-. Of"), two amounts in one sentence ("₹1,66,000
    and ... ₹74,950. Painting"), two amounts joined by a hyphen before a lower-case word
    ("₹27,400-₹29,500 according"), an amount-word right before "?" ("₹2.74 lakh? Our"), two decimal
    percentages joined by "to" ("9.5% to 10.74% a year"), a bracketed amount before a full stop
    ("(₹18,950). Sign"), an amount right before "!" ("₹7,495! For"), a dollar amount with cents
    ending a sentence ("$5,966.40. Shall").
11. A dotted date before a comma ("24.08.2095, and"), a colon time before a lower-case word ("07:40
    sharp"), a month form right before "?" ("in Aug.? No"), a year-first hyphen date ending a
    sentence ("2095-08-17. Two"), two colon times joined by an en dash ("07:40–09:55, so"), a dotted
    date right before "?" ("31.08.2095? It"), a month form before a year number ("for Aug. 2095
    is"), a dotted time right before "?" ("17.45? Yes"), a month form inside a question ("in Aug.
    need"), a slash date right before "!" ending the reply ("16/08/2095!").
12. A bare ".in" address before a comma is not cut; an https:// address ending in ".html" before a
    lower-case word is neither cut nor an end; an e-mail with a "+" in its local part inside a
    bracket mid-sentence is neither cut nor an end; an https:// address with a path right before
    "?" ends the chunk after the "?"; a toll-free number with hyphens ending a sentence before a
    capital ends it after the full stop; an e-mail before a comma inside a question is not an end; a
    short link with a mixed-case path right before "!" ends the chunk after the "!"; a www. address
    with a path before a lower-case word is not cut; a "+91" mobile number with inner spaces ends
    the reply after its full stop.
13. A "!" inside a round bracket mid-sentence ("(no leads needed!) before"); a "?" inside a closing
    straight double quote ending a sentence ("Can you walk a dog twice a day?" The); an em-dash
    aside mid-sentence; a full stop just after a closing curly single quote (‘Laddoo’. When); a "!"
    inside a curly single quote mid-sentence (‘Ghar mil gaya!’ so); a quoted phrase ending in a
    comma opening a sentence (“We will visit you after a month,” our); a bracketed exclamation as its
    own chunk.
14. "?!" ends the first sentence; "..." before "Another" ends one; "…" before "it" does not; "...?"
    ends one after the "?"; "…!" ends one after the "!"; "..." before "and" does not; "!!" ends one;
    the reply ends on "…".
15. Emoji: 🧹 opening the reply, ✅ after a sentence's closing "!", 🧽 right before ".", 🪟 right before
    "?", 🫧 closing a sentence with no stop, ☎️ (with a presentation selector) after a sentence's full
    stop, 👌🏿 after the reply's closing "!".
16. "➤ " markers on a one-line list after a colon (items ending ";", ";", "; and" and ".") and "◦ "
    markers on a multi-line list after a heading line (items ending "?", no mark, "!" and "."), each
    followed by a plain sentence.
17. Mixed scripts: Bengali holding বি.এসসি. before a word mid-sentence, an English question, Bengali
    at ।; Kannada opening the reply with ಬಿ.ಕಾಂ., English, a Kannada question; a Punjabi question
    holding ਐਮ.ਏ. before a word, an English "!", Telugu at "."; Marathi at ".", an English question,
    Hindi at ।; Odia at ।, an English "!", an Urdu question at ؟.

"""

from __future__ import annotations

HELD_OUT: list[tuple[str, list[str]]] = [
    # --- everyday replies, English ---
    (
        "The old battery of your home inverter has been exchanged for a new tubular one. Our electrician also topped up the distilled water and tightened the terminals. Power during cuts should now last close to six hours on a full charge.",
        [
            "The old battery of your home inverter has been exchanged for a new tubular one. ",
            "Our electrician also topped up the distilled water and tightened the terminals. ",
            "Power during cuts should now last close to six hours on a full charge.",
        ],
    ),
    (
        "Your three-seater sofa has been reupholstered in the mustard fabric you chose. The foam in the seat cushions was changed to a firmer grade. Our tempo will drop it home tomorrow.",
        [
            "Your three-seater sofa has been reupholstered in the mustard fabric you chose. ",
            "The foam in the seat cushions was changed to a firmer grade. ",
            "Our tempo will drop it home tomorrow.",
        ],
    ),
    (
        "Your grandmother's new hearing aid was fitted and tuned at our audiology clinic, and she is delighted with it. She could follow the soft test tones without strain. Remind her to switch it off at night to save the battery.",
        [
            "Your grandmother's new hearing aid was fitted and tuned at our audiology clinic, and she is delighted with it. ",
            "She could follow the soft test tones without strain. ",
            "Remind her to switch it off at night to save the battery.",
        ],
    ),
    (
        "Our packers arrive at your old flat at eight on Thursday morning to start the shifting. Glassware and idols will be covered in bubble sheets and thick padding. Kindly keep your jewellery and documents with you.",
        [
            "Our packers arrive at your old flat at eight on Thursday morning to start the shifting. ",
            "Glassware and idols will be covered in bubble sheets and thick padding. ",
            "Kindly keep your jewellery and documents with you.",
        ],
    ),
    (
        "Your fibre broadband connection was switched on this evening. The router sits in the hall, and the password is printed on its base. Restart it once if the speed feels slow in the first hour.",
        [
            "Your fibre broadband connection was switched on this evening. ",
            "The router sits in the hall, and the password is printed on its base. ",
            "Restart it once if the speed feels slow in the first hour.",
        ],
    ),
    (
        "Our crew finished waterproofing your terrace so rain cannot seep into the rooms below. Two coats of sealant went on, and the cracks near the drain pipe were sealed with putty. Keep people off the terrace for two days so it sets fully.",
        [
            "Our crew finished waterproofing your terrace so rain cannot seep into the rooms below. ",
            "Two coats of sealant went on, and the cracks near the drain pipe were sealed with putty. ",
            "Keep people off the terrace for two days so it sets fully.",
        ],
    ),
    (
        "Your mother's sewing machine has been oiled and fitted with a fresh needle. The bobbin case was sticking, so we put in a fresh one. It now runs smoothly even on thick denim.",
        [
            "Your mother's sewing machine has been oiled and fitted with a fresh needle. ",
            "The bobbin case was sticking, so we put in a fresh one. ",
            "It now runs smoothly even on thick denim.",
        ],
    ),
    (
        "The new geyser in your bathroom has been mounted and given its own wall switch, fitted high up. We set the thermostat to a safe medium setting. Please open the water valve before you use it.",
        [
            "The new geyser in your bathroom has been mounted and given its own wall switch, fitted high up. ",
            "We set the thermostat to a safe medium setting. ",
            "Please open the water valve before you use it.",
        ],
    ),
    # --- everyday replies, Hinglish ---
    (
        "Aapki kitchen chimney ki filter aur duct dono saaf kar di gayi hain. Motor ki awaaz bhi ab band ho gayi hai. Har teen hafte mein filter dho dena theek hoga.",
        [
            "Aapki kitchen chimney ki filter aur duct dono saaf kar di gayi hain. ",
            "Motor ki awaaz bhi ab band ho gayi hai. ",
            "Har teen hafte mein filter dho dena theek hoga.",
        ],
    ),
    (
        "Drawing room ke naye parde sil kar taiyaar hain. Inmein mote kapde ki lining bhi lagayi hai taaki dhoop andar na aaye. Kal savere hamara darzi aakar inhe taang dega.",
        [
            "Drawing room ke naye parde sil kar taiyaar hain. ",
            "Inmein mote kapde ki lining bhi lagayi hai taaki dhoop andar na aaye. ",
            "Kal savere hamara darzi aakar inhe taang dega.",
        ],
    ),
    (
        "Washing machine ka toota belt humne naya laga diya hai. Drum ab bina jhatke ke ghoomta hai. Agle hafte tak koi dikkat ho toh humein call kijiye.",
        [
            "Washing machine ka toota belt humne naya laga diya hai. ",
            "Drum ab bina jhatke ke ghoomta hai. ",
            "Agle hafte tak koi dikkat ho toh humein call kijiye.",
        ],
    ),
    (
        "Aapke kutte ki grooming ho gayi hai. Uske naakhun kaat diye aur kaan bhi saaf kiye. Shaam paanch baje tak aap use ghar le ja sakte hain.",
        [
            "Aapke kutte ki grooming ho gayi hai. ",
            "Uske naakhun kaat diye aur kaan bhi saaf kiye. ",
            "Shaam paanch baje tak aap use ghar le ja sakte hain.",
        ],
    ),
    # --- everyday replies, Hindi ---
    (
        "आपके घर की पुताई का काम कल से शुरू होगा। सबसे पहले दीवारों की दरारें भरी जाएँगी। फ़र्नीचर को ढकने के लिए चादरें हम लाएँगे।",
        [
            "आपके घर की पुताई का काम कल से शुरू होगा। ",
            "सबसे पहले दीवारों की दरारें भरी जाएँगी। ",
            "फ़र्नीचर को ढकने के लिए चादरें हम लाएँगे।",
        ],
    ),
    (
        "आपकी रज़ाइयों और गद्दों में नई रुई भर दी गई है। कवर भी धोकर सिल दिए गए हैं। सर्दी से पहले इन्हें एक बार धूप दिखा दीजिए।",
        [
            "आपकी रज़ाइयों और गद्दों में नई रुई भर दी गई है। ",
            "कवर भी धोकर सिल दिए गए हैं। ",
            "सर्दी से पहले इन्हें एक बार धूप दिखा दीजिए।",
        ],
    ),
    (
        "आपके बेटे का जन्म प्रमाण पत्र बन गया है। इसे नगर निगम के काउंटर से लिया जा सकता है। साथ में अस्पताल की पर्ची ज़रूर लाइए।",
        [
            "आपके बेटे का जन्म प्रमाण पत्र बन गया है। ",
            "इसे नगर निगम के काउंटर से लिया जा सकता है। ",
            "साथ में अस्पताल की पर्ची ज़रूर लाइए।",
        ],
    ),
    (
        "आपकी सब्ज़ियों की टोकरी रास्ते में है. टमाटर और पालक आज सुबह ही खेत से आए हैं. डिलीवरी वाला बीस मिनट में पहुँचेगा.",
        [
            "आपकी सब्ज़ियों की टोकरी रास्ते में है. ",
            "टमाटर और पालक आज सुबह ही खेत से आए हैं. ",
            "डिलीवरी वाला बीस मिनट में पहुँचेगा.",
        ],
    ),
    # --- everyday replies, other Indian languages ---
    (
        "तुमची गणपतीची मूर्ती रंगवून तयार झाली आहे. मूर्तीला सोनेरी दागिन्यांचे काम केले आहे. चतुर्थीच्या आदल्या दिवशी सकाळी घेऊन जा.",
        [
            "तुमची गणपतीची मूर्ती रंगवून तयार झाली आहे. ",
            "मूर्तीला सोनेरी दागिन्यांचे काम केले आहे. ",
            "चतुर्थीच्या आदल्या दिवशी सकाळी घेऊन जा.",
        ],
    ),
    (
        "तुमच्या शेताच्या नांगरणीसाठी ट्रॅक्टर उद्या येईल. चालक सकाळी सातला पोहोचेल. डिझेलचा खर्च भाड्यात धरला आहे.",
        [
            "तुमच्या शेताच्या नांगरणीसाठी ट्रॅक्टर उद्या येईल. ",
            "चालक सकाळी सातला पोहोचेल. ",
            "डिझेलचा खर्च भाड्यात धरला आहे.",
        ],
    ),
    (
        "আপনার পুকুরে আজ রুই আর কাতলার পোনা ছাড়া হয়েছে। প্রথম সপ্তাহে খাবার অল্প করে দেবেন। পরের মাসে আমাদের লোক এসে জল পরীক্ষা করবে।",
        [
            "আপনার পুকুরে আজ রুই আর কাতলার পোনা ছাড়া হয়েছে। ",
            "প্রথম সপ্তাহে খাবার অল্প করে দেবেন। ",
            "পরের মাসে আমাদের লোক এসে জল পরীক্ষা করবে।",
        ],
    ),
    (
        "আপনার মেয়ের হারমোনিয়ামের রিড সারানো হয়ে গেছে। বেলোর ফুটোও বন্ধ করা হয়েছে। বিকেলে দোকান থেকে নিয়ে যেতে পারেন।",
        [
            "আপনার মেয়ের হারমোনিয়ামের রিড সারানো হয়ে গেছে। ",
            "বেলোর ফুটোও বন্ধ করা হয়েছে। ",
            "বিকেলে দোকান থেকে নিয়ে যেতে পারেন।",
        ],
    ),
    (
        "உங்கள் தென்னந்தோப்பில் இன்று எண்ணூறு தேங்காய்கள் பறிக்கப்பட்டன. அவை உரித்து மூட்டைகளில் கட்டப்பட்டுள்ளன. வியாபாரி நாளை காலை வந்து எடுத்துச் செல்வார்.",
        [
            "உங்கள் தென்னந்தோப்பில் இன்று எண்ணூறு தேங்காய்கள் பறிக்கப்பட்டன. ",
            "அவை உரித்து மூட்டைகளில் கட்டப்பட்டுள்ளன. ",
            "வியாபாரி நாளை காலை வந்து எடுத்துச் செல்வார்.",
        ],
    ),
    (
        "உங்கள் மிக்ஸியின் ஜார் பிளேடு புதிதாகப் போடப்பட்டது. இயந்திரத்தின் மோட்டாரையும் சுத்தம் செய்தோம். மாலை ஆறு மணிக்குள் கடையில் வாங்கிக்கொள்ளுங்கள்.",
        [
            "உங்கள் மிக்ஸியின் ஜார் பிளேடு புதிதாகப் போடப்பட்டது. ",
            "இயந்திரத்தின் மோட்டாரையும் சுத்தம் செய்தோம். ",
            "மாலை ஆறு மணிக்குள் கடையில் வாங்கிக்கொள்ளுங்கள்.",
        ],
    ),
    (
        "మామిడి పండ్ల బుట్టలు మీ కోసం సిద్ధంగా ఉన్నాయి. ప్రతి బుట్టలో పది కిలోల పండ్లు ఉన్నాయి. రేపు మధ్యాహ్నం ఇంటికి పంపుతాము.",
        [
            "మామిడి పండ్ల బుట్టలు మీ కోసం సిద్ధంగా ఉన్నాయి. ",
            "ప్రతి బుట్టలో పది కిలోల పండ్లు ఉన్నాయి. ",
            "రేపు మధ్యాహ్నం ఇంటికి పంపుతాము.",
        ],
    ),
    (
        "మీ పాప పుట్టినరోజుకు బెలూన్ అలంకరణ బుక్ అయింది. హాలు మొత్తం గులాబీ, తెలుపు రంగుల్లో అలంకరిస్తాము. వేడుకకు రెండు గంటల ముందు మా బృందం వస్తుంది.",
        [
            "మీ పాప పుట్టినరోజుకు బెలూన్ అలంకరణ బుక్ అయింది. ",
            "హాలు మొత్తం గులాబీ, తెలుపు రంగుల్లో అలంకరిస్తాము. ",
            "వేడుకకు రెండు గంటల ముందు మా బృందం వస్తుంది.",
        ],
    ),
    (
        "તમારા ખાખરાનો ઓર્ડર તૈયાર છે. મેથી અને જીરાના ખાખરા અલગ પેકેટમાં ભર્યા છે. આજે સાંજે કુરિયરથી મોકલી દઈશું.",
        [
            "તમારા ખાખરાનો ઓર્ડર તૈયાર છે. ",
            "મેથી અને જીરાના ખાખરા અલગ પેકેટમાં ભર્યા છે. ",
            "આજે સાંજે કુરિયરથી મોકલી દઈશું.",
        ],
    ),
    (
        "તમારા ઘરના સોફા અને ટેબલને પોલિશ કરી આપ્યું છે. પોલિશ સૂકાતાં એક દિવસ લાગશે. ત્યાં સુધી તેના પર કંઈ મૂકશો નહીં.",
        [
            "તમારા ઘરના સોફા અને ટેબલને પોલિશ કરી આપ્યું છે. ",
            "પોલિશ સૂકાતાં એક દિવસ લાગશે. ",
            "ત્યાં સુધી તેના પર કંઈ મૂકશો નહીં.",
        ],
    ),
    (
        "ಎರಡು ಕಿಲೋ ಚಕ್ಕುಲಿ ನಿಮಗಾಗಿ ಸಿದ್ಧವಾಗಿದೆ. ಎಲ್ಲವನ್ನೂ ಶುದ್ಧ ಎಣ್ಣೆಯಲ್ಲೇ ಕರಿದಿದ್ದೇವೆ. ನಾಳೆ ಬೆಳಿಗ್ಗೆ ಅಂಗಡಿಯಿಂದ ತೆಗೆದುಕೊಂಡು ಹೋಗಿ.",
        [
            "ಎರಡು ಕಿಲೋ ಚಕ್ಕುಲಿ ನಿಮಗಾಗಿ ಸಿದ್ಧವಾಗಿದೆ. ",
            "ಎಲ್ಲವನ್ನೂ ಶುದ್ಧ ಎಣ್ಣೆಯಲ್ಲೇ ಕರಿದಿದ್ದೇವೆ. ",
            "ನಾಳೆ ಬೆಳಿಗ್ಗೆ ಅಂಗಡಿಯಿಂದ ತೆಗೆದುಕೊಂಡು ಹೋಗಿ.",
        ],
    ),
    (
        "ರೇಷ್ಮೆ ಹುಳು ಸಾಕಣೆಗೆ ಹೊಸ ಚಂದ್ರಿಕೆಗಳು ಬಂದಿವೆ. ಪ್ರತಿ ಚಂದ್ರಿಕೆಯನ್ನು ಔಷಧಿ ನೀರಿನಲ್ಲಿ ತೊಳೆದಿದ್ದೇವೆ. ನಾಳೆ ಸಂಜೆಯೊಳಗೆ ಅವು ನಿಮ್ಮ ಮನೆ ತಲುಪುತ್ತವೆ.",
        [
            "ರೇಷ್ಮೆ ಹುಳು ಸಾಕಣೆಗೆ ಹೊಸ ಚಂದ್ರಿಕೆಗಳು ಬಂದಿವೆ. ",
            "ಪ್ರತಿ ಚಂದ್ರಿಕೆಯನ್ನು ಔಷಧಿ ನೀರಿನಲ್ಲಿ ತೊಳೆದಿದ್ದೇವೆ. ",
            "ನಾಳೆ ಸಂಜೆಯೊಳಗೆ ಅವು ನಿಮ್ಮ ಮನೆ ತಲುಪುತ್ತವೆ.",
        ],
    ),
    (
        "ഓണസദ്യയുടെ ബുക്കിംഗ് ഉറപ്പായി. ഇരുപത്തിയാറ് വിഭവങ്ങൾ ഇലയിൽ വിളമ്പും. തിരുവോണ ദിവസം രാവിലെ പതിനൊന്നിന് ഞങ്ങളുടെ ആളുകൾ വിളമ്പാൻ എത്തും.",
        [
            "ഓണസദ്യയുടെ ബുക്കിംഗ് ഉറപ്പായി. ",
            "ഇരുപത്തിയാറ് വിഭവങ്ങൾ ഇലയിൽ വിളമ്പും. ",
            "തിരുവോണ ദിവസം രാവിലെ പതിനൊന്നിന് ഞങ്ങളുടെ ആളുകൾ വിളമ്പാൻ എത്തും.",
        ],
    ),
    (
        "വള്ളത്തിന് പുതിയ പെയിന്റ് അടിച്ചു കഴിഞ്ഞു. അടിഭാഗത്തെ ചോർച്ചയും അടച്ചു. മൂന്നു ദിവസം കഴിഞ്ഞ് വെള്ളത്തിലിറക്കാം.",
        [
            "വള്ളത്തിന് പുതിയ പെയിന്റ് അടിച്ചു കഴിഞ്ഞു. ",
            "അടിഭാഗത്തെ ചോർച്ചയും അടച്ചു. ",
            "മൂന്നു ദിവസം കഴിഞ്ഞ് വെള്ളത്തിലിറക്കാം.",
        ],
    ),
    (
        "ਤੁਹਾਡੀ ਫੁਲਕਾਰੀ ਵਾਲੀ ਚੁੰਨੀ ਦੀ ਕਢਾਈ ਪੂਰੀ ਹੋ ਗਈ ਹੈ। ਕਿਨਾਰਿਆਂ ਉੱਤੇ ਗੋਟਾ ਵੀ ਲਾਇਆ ਹੈ। ਸ਼ੁੱਕਰਵਾਰ ਨੂੰ ਦੁਕਾਨ ਤੋਂ ਲੈ ਜਾਣਾ।",
        [
            "ਤੁਹਾਡੀ ਫੁਲਕਾਰੀ ਵਾਲੀ ਚੁੰਨੀ ਦੀ ਕਢਾਈ ਪੂਰੀ ਹੋ ਗਈ ਹੈ। ",
            "ਕਿਨਾਰਿਆਂ ਉੱਤੇ ਗੋਟਾ ਵੀ ਲਾਇਆ ਹੈ। ",
            "ਸ਼ੁੱਕਰਵਾਰ ਨੂੰ ਦੁਕਾਨ ਤੋਂ ਲੈ ਜਾਣਾ।",
        ],
    ),
    (
        "ਤੁਹਾਡੀਆਂ ਮੱਝਾਂ ਲਈ ਪਸ਼ੂ ਖੁਰਾਕ ਦੀਆਂ ਦਸ ਬੋਰੀਆਂ ਭੇਜ ਦਿੱਤੀਆਂ ਹਨ। ਇਸ ਵਿੱਚ ਖਣਿਜ ਮਿਸ਼ਰਣ ਵੀ ਹੈ। ਰੋਜ਼ ਸਵੇਰੇ ਦੋ ਕਿਲੋ ਖੁਰਾਕ ਪਾਓ।",
        [
            "ਤੁਹਾਡੀਆਂ ਮੱਝਾਂ ਲਈ ਪਸ਼ੂ ਖੁਰਾਕ ਦੀਆਂ ਦਸ ਬੋਰੀਆਂ ਭੇਜ ਦਿੱਤੀਆਂ ਹਨ। ",
            "ਇਸ ਵਿੱਚ ਖਣਿਜ ਮਿਸ਼ਰਣ ਵੀ ਹੈ। ",
            "ਰੋਜ਼ ਸਵੇਰੇ ਦੋ ਕਿਲੋ ਖੁਰਾਕ ਪਾਓ।",
        ],
    ),
    (
        "ପଟ୍ଟଚିତ୍ରଟି କାଚ ଫ୍ରେମରେ ବନ୍ଧା ହୋଇଗଲା। ପଛପଟେ କାନ୍ଥରେ ଟାଙ୍ଗିବା ପାଇଁ ହୁକ୍ ଲଗାଯାଇଛି। ଆସନ୍ତାକାଲି ସନ୍ଧ୍ୟାରେ ଆସି ନେଇଯିବେ।",
        [
            "ପଟ୍ଟଚିତ୍ରଟି କାଚ ଫ୍ରେମରେ ବନ୍ଧା ହୋଇଗଲା। ",
            "ପଛପଟେ କାନ୍ଥରେ ଟାଙ୍ଗିବା ପାଇଁ ହୁକ୍ ଲଗାଯାଇଛି। ",
            "ଆସନ୍ତାକାଲି ସନ୍ଧ୍ୟାରେ ଆସି ନେଇଯିବେ।",
        ],
    ),
    (
        "ଆମ୍ବ ଗଛରେ କୀଟନାଶକ ସିଞ୍ଚନ ସରିଲା। ସାତ ଦିନ ଯାଏଁ ଫଳ ତୋଳନ୍ତୁ ନାହିଁ। ପରେ ଆଉ ଥରେ ଯାଞ୍ଚ କରିବୁ।",
        [
            "ଆମ୍ବ ଗଛରେ କୀଟନାଶକ ସିଞ୍ଚନ ସରିଲା। ",
            "ସାତ ଦିନ ଯାଏଁ ଫଳ ତୋଳନ୍ତୁ ନାହିଁ। ",
            "ପରେ ଆଉ ଥରେ ଯାଞ୍ଚ କରିବୁ।",
        ],
    ),
    (
        "বাৰীৰ চাৰিওফালে বাঁহৰ বেৰ দিয়াৰ কাম আজি শেষ হৈছে। গৰু-ছাগলী সোমাব নোৱাৰাকৈ দুৱাৰ এখনো লগোৱা হৈছে। কিবা অসুবিধা হ'লে আমাক ফোন কৰিব।",
        [
            "বাৰীৰ চাৰিওফালে বাঁহৰ বেৰ দিয়াৰ কাম আজি শেষ হৈছে। ",
            "গৰু-ছাগলী সোমাব নোৱাৰাকৈ দুৱাৰ এখনো লগোৱা হৈছে। ",
            "কিবা অসুবিধা হ'লে আমাক ফোন কৰিব।",
        ],
    ),
    (
        "আপোনাৰ ল'ৰাৰ চাইকেলৰ চকা দুটা সলনি কৰা হৈছে। ব্ৰেকো টানি দিয়া হৈছে। সন্ধিয়া আহি চাইকেলখন নিব পাৰে।",
        [
            "আপোনাৰ ল'ৰাৰ চাইকেলৰ চকা দুটা সলনি কৰা হৈছে। ",
            "ব্ৰেকো টানি দিয়া হৈছে। ",
            "সন্ধিয়া আহি চাইকেলখন নিব পাৰে।",
        ],
    ),
    (
        "آپ کی شیروانی سل کر تیار ہے۔ بٹن سنہری رنگ کے لگائے گئے ہیں۔ شادی سے پہلے ایک بار پہن کر ناپ دیکھ لیں۔",
        [
            "آپ کی شیروانی سل کر تیار ہے۔ ",
            "بٹن سنہری رنگ کے لگائے گئے ہیں۔ ",
            "شادی سے پہلے ایک بار پہن کر ناپ دیکھ لیں۔",
        ],
    ),
    (
        "عید کے لیے آپ کی سویوں اور کھجوروں کا آرڈر لے لیا گیا ہے۔ چاند رات کو شام تک گھر پہنچا دیں گے۔ ادائیگی سامان ملنے پر کر دیں۔",
        [
            "عید کے لیے آپ کی سویوں اور کھجوروں کا آرڈر لے لیا گیا ہے۔ ",
            "چاند رات کو شام تک گھر پہنچا دیں گے۔ ",
            "ادائیگی سامان ملنے پر کر دیں۔",
        ],
    ),
    # --- service forms: Rfn. opening the reply before a name, a lower-case sqn. ending a sentence before "Teams", Gnr. opening a sentence before a name, Rfn. inside a question before a name, sqn. right before "?", sqn. before a lower-case bracketed phrase, Gnr. before a comma, Rfn. right before "!" ---
    (
        "Rfn. Sunil Thapa, who served for twenty-two years, will bowl the opening over at our veterans' cricket match this weekend. Our scorer spent a decade as a ground engineer with a fighter sqn. Teams from that unit are coming to play too. Gnr. Harpreet Sandhu will keep wicket for the home side. Is Rfn. Thapa still able to bowl at full pace? He insists he is, though the umpire may disagree. Will the trophy be handed over by the sqn.? Only its senior pilot will hand it over. The sqn. (most of it on leave that weekend) has booked the front row of the stands. Our Gnr., a fine slip fielder, has never dropped a catch in his life. Cheer loudly for the Rfn.! Tea and samosas are on the house.",
        [
            "Rfn. Sunil Thapa, who served for twenty-two years, will bowl the opening over at our veterans' cricket match this weekend. ",
            "Our scorer spent a decade as a ground engineer with a fighter sqn. ",
            "Teams from that unit are coming to play too. ",
            "Gnr. Harpreet Sandhu will keep wicket for the home side. ",
            "Is Rfn. Thapa still able to bowl at full pace? ",
            "He insists he is, though the umpire may disagree. ",
            "Will the trophy be handed over by the sqn.? ",
            "Only its senior pilot will hand it over. ",
            "The sqn. (most of it on leave that weekend) has booked the front row of the stands. ",
            "Our Gnr., a fine slip fielder, has never dropped a catch in his life. ",
            "Cheer loudly for the Rfn.! ",
            "Tea and samosas are on the house.",
        ],
    ),
    # --- degrees: B.Com. before a lower-case word mid-sentence, P.G.D.M. ending a sentence before "He", B.Com. inside a question, P.G.D.M. right before "?", P.G.D.M. opening a sentence, B.Com. before a comma, P.G.D.M. right before "!" ---
    (
        "Each return filed by our tax help cell is prepared by someone holding a B.Com. or higher. The cell itself is headed by a manager with a P.G.D.M. He checks every refund claim twice. Would a B.Com. fresher be allowed to sit in on the filings? Yes, for a month of training. Did the head of the cell study finance in his P.G.D.M.? Marketing, in fact, but he switched over soon after. P.G.D.M. holders on our staff also advise small shopkeepers on their yearly tax filing. A B.Com., though useful, is not required for helping us on weekends. Your cousin can join us once she finishes her P.G.D.M.! Interviews open next quarter.",
        [
            "Each return filed by our tax help cell is prepared by someone holding a B.Com. or higher. ",
            "The cell itself is headed by a manager with a P.G.D.M. ",
            "He checks every refund claim twice. ",
            "Would a B.Com. fresher be allowed to sit in on the filings? ",
            "Yes, for a month of training. ",
            "Did the head of the cell study finance in his P.G.D.M.? ",
            "Marketing, in fact, but he switched over soon after. ",
            "P.G.D.M. holders on our staff also advise small shopkeepers on their yearly tax filing. ",
            "A B.Com., though useful, is not required for helping us on weekends. ",
            "Your cousin can join us once she finishes her P.G.D.M.! ",
            "Interviews open next quarter.",
        ],
    ),
    # --- prescription forms: Cap. opening the reply before a capitalised drug name, Liq. before a capitalised name mid-sentence, a lower-case tabs. ending a sentence before "Each", Cap. inside a question before a lower-case word, Liq. right before "?", tabs. before a lower-case word, Cap. right before "!" ---
    (
        "Cap. Glucosamine heads the list of medicines our surgeon wrote for your grandfather's knee pain. For his constipation, he also added Liq. Paraffin at bedtime. He must also take two calcium tabs. Each one is small and easy to swallow. May he open the Cap. and mix the powder in curd? He should swallow it whole instead. How much water goes with the Liq.? A full glass, taken after it. The calcium tabs. must be kept away from sunlight and damp. Do not skip a single Cap.! Knee cartilage needs a steady supply.",
        [
            "Cap. Glucosamine heads the list of medicines our surgeon wrote for your grandfather's knee pain. ",
            "For his constipation, he also added Liq. Paraffin at bedtime. ",
            "He must also take two calcium tabs. ",
            "Each one is small and easy to swallow. ",
            "May he open the Cap. and mix the powder in curd? ",
            "He should swallow it whole instead. ",
            "How much water goes with the Liq.? ",
            "A full glass, taken after it. ",
            "The calcium tabs. must be kept away from sunlight and damp. ",
            "Do not skip a single Cap.! ",
            "Knee cartilage needs a steady supply.",
        ],
    ),
    # --- address forms: Bldg. and Ngr. before commas in an address, a lower-case cplx. ending a sentence before "Look", Bldg. inside a question before a lower-case word, cplx. right before "?", cplx. before a lower-case word, Ngr. right before "!" ---
    (
        "Our printing press has shifted to Gala 166, Sai Kripa Bldg., Shastri Ngr., behind the fire brigade office. The entrance is from inside the shopping cplx. Look for the yellow signboard above our shutter. Is there a ramp in the Bldg. for trolleys? Yes, on the north side. Can I park my scooter outside the cplx.? Only two-wheelers may park in that lane. The cplx. basement stays shut on public holidays. We deliver visiting cards free anywhere in Shastri Ngr.! Free delivery needs a minimum of five hundred cards.",
        [
            "Our printing press has shifted to Gala 166, Sai Kripa Bldg., Shastri Ngr., behind the fire brigade office. ",
            "The entrance is from inside the shopping cplx. ",
            "Look for the yellow signboard above our shutter. ",
            "Is there a ramp in the Bldg. for trolleys? ",
            "Yes, on the north side. ",
            "Can I park my scooter outside the cplx.? ",
            "Only two-wheelers may park in that lane. ",
            "The cplx. basement stays shut on public holidays. ",
            "We deliver visiting cards free anywhere in Shastri Ngr.! ",
            "Free delivery needs a minimum of five hundred cards.",
        ],
    ),
    # --- banking forms: Adv. before a lower-case word, a lower-case recd. ending a sentence before "The", Acc. inside a question before a lower-case word, recd. right before "?", Acc. opening a sentence before a lower-case word, Adv. inside a question before a lower-case word, Adv. right before "!" ---
    (
        "The Adv. against your sugarcane crop has been cleared by our rural office. Our cashier has marked your signed loan papers as recd. The money is paid once the cane is weighed at the sugar factory. Will the Acc. holder's name on the passbook change? No, it stays exactly as it is. Has my land record also been recd.? Yes, it reached us the same week. Acc. statements for the loan are sent by text every month. Is the interest on the Adv. charged daily? It is worked out daily but charged each quarter. Never sign a blank form for the Adv.! Our staff fill every form in front of you.",
        [
            "The Adv. against your sugarcane crop has been cleared by our rural office. ",
            "Our cashier has marked your signed loan papers as recd. ",
            "The money is paid once the cane is weighed at the sugar factory. ",
            "Will the Acc. holder's name on the passbook change? ",
            "No, it stays exactly as it is. ",
            "Has my land record also been recd.? ",
            "Yes, it reached us the same week. ",
            "Acc. statements for the loan are sent by text every month. ",
            "Is the interest on the Adv. charged daily? ",
            "It is worked out daily but charged each quarter. ",
            "Never sign a blank form for the Adv.! ",
            "Our staff fill every form in front of you.",
        ],
    ),
    # --- officialese: Spl. before a lower-case word, a lower-case encl. ending a sentence before "Keep", Jt. opening a sentence before a capitalised word, encl. right before "?", Jt. inside a question before a capitalised word, Spl. before a lower-case word, encl. right before "!" ---
    (
        "The trade licence for your food stall now runs for two more years, and the Spl. officer for street vendors signed it an hour ago. The renewal notice lists your hygiene certificate under encl. Keep it with you while you trade. Jt. Director Kamala Iyer will inspect the food street next month. Do I need the original of each encl.? No, photocopies will do. Can the Jt. Director extend the stall hours during the festival? She can, given a written note seven days early. The Spl. drive against plastic bags starts in the coming month. Never hand over the original encl.! Inspectors only need to see it.",
        [
            "The trade licence for your food stall now runs for two more years, and the Spl. officer for street vendors signed it an hour ago. ",
            "The renewal notice lists your hygiene certificate under encl. ",
            "Keep it with you while you trade. ",
            "Jt. Director Kamala Iyer will inspect the food street next month. ",
            "Do I need the original of each encl.? ",
            "No, photocopies will do. ",
            "Can the Jt. Director extend the stall hours during the festival? ",
            "She can, given a written note seven days early. ",
            "The Spl. drive against plastic bags starts in the coming month. ",
            "Never hand over the original encl.! ",
            "Inspectors only need to see it.",
        ],
    ),
    # --- units: kg. before a lower-case word, a decimal with cm. ending a sentence before "They", doz. right before "?", cm. before a lower-case word, kg. right before "!", a decimal with kg. inside a question before a lower-case word, doz. before a comma ---
    (
        "We have kept 74 kg. of maida ready for your bakery, with a tin of yeast too. The round cake tins you chose measure 29.5 cm. They come with loose bottoms for easy release. Is the order for paper cups 66 doz.? Yes, in six sealed packs. Our van can carry your 95 cm. cooling rack too. Your baker wants a further 166 kg.! Will a 9.5 kg. sack of sugar fit in one carton? Easily, with room left over. Cups beyond the 66 doz., if needed, will cost extra.",
        [
            "We have kept 74 kg. of maida ready for your bakery, with a tin of yeast too. ",
            "The round cake tins you chose measure 29.5 cm. ",
            "They come with loose bottoms for easy release. ",
            "Is the order for paper cups 66 doz.? ",
            "Yes, in six sealed packs. ",
            "Our van can carry your 95 cm. cooling rack too. ",
            "Your baker wants a further 166 kg.! ",
            "Will a 9.5 kg. sack of sugar fit in one carton? ",
            "Easily, with room left over. ",
            "Cups beyond the 66 doz., if needed, will cost extra.",
        ],
    ),
    # --- dotted acronyms: E.M.I. opening the reply, G.S.T. ending a sentence before "You", E.M.I. inside a question, G.S.T. right before "?", E.M.I. before a comma, E.M.I. ending a sentence before "Our", G.S.T. right before "!" ---
    (
        "E.M.I. options for the double-door refrigerator you liked start at six months. The price we quoted already includes G.S.T. You will get a proper tax invoice with the delivery. Will the first E.M.I. be taken this month? No, from the next billing cycle. Can my brother's shop recover the G.S.T.? Yes, provided the invoice carries his shop's tax code. The E.M.I., once fixed, stays the same till the final month. There is no extra cost for paying by E.M.I. Our cashier will set it up while you wait. Ask for a bill that shows the G.S.T.! It protects your warranty too.",
        [
            "E.M.I. options for the double-door refrigerator you liked start at six months. ",
            "The price we quoted already includes G.S.T. ",
            "You will get a proper tax invoice with the delivery. ",
            "Will the first E.M.I. be taken this month? ",
            "No, from the next billing cycle. ",
            "Can my brother's shop recover the G.S.T.? ",
            "Yes, provided the invoice carries his shop's tax code. ",
            "The E.M.I., once fixed, stays the same till the final month. ",
            "There is no extra cost for paying by E.M.I. ",
            "Our cashier will set it up while you wait. ",
            "Ask for a bill that shows the G.S.T.! ",
            "It protects your warranty too.",
        ],
    ),
    # --- short forms of ordinary prose: Fr. opening the reply before a name, viz. before a lower-case word, Sr. before a name mid-sentence, Fr. inside a question before a name, Sr. opening an answer before a name, viz. inside a question before a lower-case word, i.e. before a comma mid-sentence ---
    (
        "Fr. Anthony Pereira will lead the carol evening at the old-age home we run, on Christmas Eve. Three choirs will sing, viz. the parish youth, our staff and the residents who love to sing. Our matron Sr. Maria Lobo has baked plum cake for everyone. Will Fr. Pereira also bless the new dining hall? Sr. Maria says he has agreed to. Are families invited to the other events, viz. the lunch and the gift exchange? Only the lunch, i.e., from noon to two. Please be seated before the choirs take the stage.",
        [
            "Fr. Anthony Pereira will lead the carol evening at the old-age home we run, on Christmas Eve. ",
            "Three choirs will sing, viz. the parish youth, our staff and the residents who love to sing. ",
            "Our matron Sr. Maria Lobo has baked plum cake for everyone. ",
            "Will Fr. Pereira also bless the new dining hall? ",
            "Sr. Maria says he has agreed to. ",
            "Are families invited to the other events, viz. the lunch and the gift exchange? ",
            "Only the lunch, i.e., from noon to two. ",
            "Please be seated before the choirs take the stage.",
        ],
    ),
    # --- amounts: an amount with "/-" ending a sentence before a capital, two amounts in one sentence, two amounts joined by a hyphen before a lower-case word, an amount-word ("lakh") right before "?", two decimal percentages joined by "to" before a lower-case word, a bracketed amount just before a sentence's full stop, an amount right before "!", a dollar amount with cents ending a sentence ---
    (
        "The full quote for renovating your flat comes to ₹4,95,000/-. Of that, modular wardrobes make up ₹1,66,000 and the false ceiling ₹74,950. Painting alone is ₹27,400-₹29,500 according to the paint brand you prefer. Do you want to spread the cost over a loan of ₹2.74 lakh? Our partner bank charges 9.5% to 10.74% a year on loans like this. Electrical rewiring is extra (₹18,950). Sign up before Friday and the design fee drops to ₹7,495! For your brother abroad, the total works out to about $5,966.40. Shall I send the detailed breakdown to your phone?",
        [
            "The full quote for renovating your flat comes to ₹4,95,000/-. ",
            "Of that, modular wardrobes make up ₹1,66,000 and the false ceiling ₹74,950. ",
            "Painting alone is ₹27,400-₹29,500 according to the paint brand you prefer. ",
            "Do you want to spread the cost over a loan of ₹2.74 lakh? ",
            "Our partner bank charges 9.5% to 10.74% a year on loans like this. ",
            "Electrical rewiring is extra (₹18,950). ",
            "Sign up before Friday and the design fee drops to ₹7,495! ",
            "For your brother abroad, the total works out to about $5,966.40. ",
            "Shall I send the detailed breakdown to your phone?",
        ],
    ),
    # --- dates and times: a dotted date before a comma, a colon time before a lower-case word, a month form right before "?", a year-first hyphen date ending a sentence, two colon times joined by an en dash, a dotted date right before "?", a month form before a year number mid-sentence, a dotted time right before "?", a month form inside a question before a lower-case word, a slash date right before "!" ---
    (
        "Your son's driving test date is 24.08.2095, and his learner's permit is valid up to the test date. He must reach the test ground by 07:40 sharp with the permit and two photographs. Is there an earlier slot in Aug.? No, every earlier slot has gone. His written test result was posted on 2095-08-17. Two-wheeler tests run 07:40–09:55, so he can be home for lunch with you. Will his licence card reach us by 31.08.2095? It normally arrives two weeks after he clears it. The new fee table for Aug. 2095 is pinned up at the counter. Does the fee counter close at 17.45? Yes, six days a week. Do learners tested in Aug. need a fresh medical form? Only those above forty. Bring the fee receipt dated 16/08/2095!",
        [
            "Your son's driving test date is 24.08.2095, and his learner's permit is valid up to the test date. ",
            "He must reach the test ground by 07:40 sharp with the permit and two photographs. ",
            "Is there an earlier slot in Aug.? ",
            "No, every earlier slot has gone. ",
            "His written test result was posted on 2095-08-17. ",
            "Two-wheeler tests run 07:40–09:55, so he can be home for lunch with you. ",
            "Will his licence card reach us by 31.08.2095? ",
            "It normally arrives two weeks after he clears it. ",
            "The new fee table for Aug. 2095 is pinned up at the counter. ",
            "Does the fee counter close at 17.45? ",
            "Yes, six days a week. ",
            "Do learners tested in Aug. need a fresh medical form? ",
            "Only those above forty. ",
            "Bring the fee receipt dated 16/08/2095!",
        ],
    ),
    # --- URLs, e-mail and phone numbers: a bare .in address before a comma, an https:// address ending in .html before a lower-case word, an e-mail with a "+" in its local part inside a bracket mid-sentence, an https:// address with a path right before "?", a toll-free number with hyphens ending a sentence before a capital, an e-mail before a comma inside a question, a short link with a mixed-case path right before "!", a www. address with a path before a lower-case word, a +91 mobile number with inner spaces ending the reply ---
    (
        "Old-age pension forms can now be filed on pensionsetu.in, even from a basic phone browser. The rules, in simple Hindi, sit at https://pensionsetu.in/yojana/vridh.html along with a filled-in sample. Scanned papers (mail them to arzi+buzurg@pensionsetu.in before the month ends) are checked by our staff one by one. Is the status page https://pensionsetu.in/sthiti? Yes, and it needs only your form code. Our free helpline is 1800-274-9566. Volunteers there speak Marathi, Hindi and Gujarati too. Can my mother write to vinti@pensionsetu.in, or must she visit? She may write, and a reply comes in about a week. Save the short link psetu.in/K74x! Tips on filling the form are at www.pensionsetu.in/sujhav for anyone needing help. For payment dates, ring +91 95660 74127.",
        [
            "Old-age pension forms can now be filed on pensionsetu.in, even from a basic phone browser. ",
            "The rules, in simple Hindi, sit at https://pensionsetu.in/yojana/vridh.html along with a filled-in sample. ",
            "Scanned papers (mail them to arzi+buzurg@pensionsetu.in before the month ends) are checked by our staff one by one. ",
            "Is the status page https://pensionsetu.in/sthiti? ",
            "Yes, and it needs only your form code. ",
            "Our free helpline is 1800-274-9566. ",
            "Volunteers there speak Marathi, Hindi and Gujarati too. ",
            "Can my mother write to vinti@pensionsetu.in, or must she visit? ",
            "She may write, and a reply comes in about a week. ",
            "Save the short link psetu.in/K74x! ",
            "Tips on filling the form are at www.pensionsetu.in/sujhav for anyone needing help. ",
            "For payment dates, ring +91 95660 74127.",
        ],
    ),
    # --- quotes, brackets and dashes: a "!" inside a round bracket mid-sentence, a "?" inside a closing straight double quote ending a sentence, an em-dash aside mid-sentence, a full stop just after a closing curly single quote, a "!" inside a curly single quote mid-sentence, a comma inside a curly double quote mid-sentence, a bracketed exclamation as its own chunk ---
    (
        "At Sunday's adoption drive, each family meets the pups in a fenced corner (no leads needed!) before choosing one. Every visitor is handed a card that asks, \"Can you walk a dog twice a day?\" The shelter's founder — a retired schoolteacher — named all the pups herself. Children love the one she calls ‘Laddoo’. When a pup is picked, our staff ring a bell and shout ‘Ghar mil gaya!’ so the whole yard can cheer. “We will visit you after a month,” our founder tells every family. (Every pup is dewormed already!) Tea and biscuits are served by the gate.",
        [
            "At Sunday's adoption drive, each family meets the pups in a fenced corner (no leads needed!) before choosing one. ",
            'Every visitor is handed a card that asks, "Can you walk a dog twice a day?" ',
            "The shelter's founder — a retired schoolteacher — named all the pups herself. ",
            "Children love the one she calls ‘Laddoo’. ",
            "When a pup is picked, our staff ring a bell and shout ‘Ghar mil gaya!’ so the whole yard can cheer. ",
            "“We will visit you after a month,” our founder tells every family. ",
            "(Every pup is dewormed already!) ",
            "Tea and biscuits are served by the gate.",
        ],
    ),
    # --- ellipses: "?!" (an end); "..." before a capital (an end); "…" before a lower-case word (not an end); "...?" (an end after the "?"); "…!" (an end after the "!"); "..." before a lower-case word (not an end); "!!" (an end); the reply ends on "…" ---
    (
        "Our driver never reached your gate?! He has been stuck in traffic near the toll plaza for the last hour... Another car is on its way… it should be with you shortly. Did the first driver at least phone you...? Your fare for today is waived…! The new driver's name is Vikram... and he drives a white taxi. We are truly sorry!! Please keep your phone close…",
        [
            "Our driver never reached your gate?! ",
            "He has been stuck in traffic near the toll plaza for the last hour... ",
            "Another car is on its way… it should be with you shortly. ",
            "Did the first driver at least phone you...? ",
            "Your fare for today is waived…! ",
            "The new driver's name is Vikram... and he drives a white taxi. ",
            "We are truly sorry!! ",
            "Please keep your phone close…",
        ],
    ),
    # --- emoji: one opening the reply, one after a sentence's closing "!", one right before ".", one right before "?", one closing a sentence with no stop, one with a presentation selector after a sentence's full stop, a skin-toned one after the reply's closing "!" ---
    (
        "🧹 Your deep-cleaning slot for the whole flat is booked for Sunday! ✅ Our three-person team will bring their own mops and vacuum 🧽. Should they also scrub the balcony grill 🪟? The kitchen tiles take the longest 🫧 We will ring you when the team sets out. ☎️ Enjoy your sparkling home! 👌🏿",
        [
            "🧹 Your deep-cleaning slot for the whole flat is booked for Sunday! ✅ ",
            "Our three-person team will bring their own mops and vacuum 🧽. ",
            "Should they also scrub the balcony grill 🪟? ",
            "The kitchen tiles take the longest 🫧 ",
            "We will ring you when the team sets out. ☎️ ",
            "Enjoy your sparkling home! 👌🏿",
        ],
    ),
    # --- one-line list with "➤ " markers after a colon, items ending in ";", ";", "; and" and "." ---
    (
        "Before the bank's valuer visits your new flat on Monday, kindly: ➤ keep the sale agreement ready; ➤ switch on every light and fan; ➤ unlock the store room and the terrace door; and ➤ tell the society guard to expect him. His visit should be short.",
        [
            "Before the bank's valuer visits your new flat on Monday, kindly: ",
            "➤ keep the sale agreement ready; ",
            "➤ switch on every light and fan; ",
            "➤ unlock the store room and the terrace door; and ",
            "➤ tell the society guard to expect him. ",
            "His visit should be short.",
        ],
    ),
    # --- multi-line list with "◦ " markers after a heading line ending in a colon, items ending with "?", no mark, "!" and "." ---
    (
        "For the caste certificate interview:\n◦ Is her school leaving certificate with you?\n◦ Her father's caste certificate in photocopy\n◦ Do not send an agent for her!\n◦ The candidate must come herself.\nOur counter opens at ten sharp.",
        [
            "For the caste certificate interview:\n",
            "◦ Is her school leaving certificate with you?\n",
            "◦ Her father's caste certificate in photocopy\n",
            "◦ Do not send an agent for her!\n",
            "◦ The candidate must come herself.\n",
            "Our counter opens at ten sharp.",
        ],
    ),
    # --- mixed scripts: Bengali with বি.এসসি. followed by a word mid-sentence, an English question, then Bengali at । ---
    (
        "আমাদের বি.এসসি. পাস করা নার্স কাল সকালে আপনার বাবার ড্রেসিং বদলাতে আসবেন। Should she also check his sugar level? ওষুধের তালিকা তৈরি রাখবেন।",
        [
            "আমাদের বি.এসসি. পাস করা নার্স কাল সকালে আপনার বাবার ড্রেসিং বদলাতে আসবেন। ",
            "Should she also check his sugar level? ",
            "ওষুধের তালিকা তৈরি রাখবেন।",
        ],
    ),
    # --- mixed scripts: Kannada opening the reply with ಬಿ.ಕಾಂ., an English sentence, then a Kannada question ---
    (
        "ಬಿ.ಕಾಂ. ಅಂಕಪಟ್ಟಿಯ ನಕಲು ಪ್ರತಿ ನಿಮ್ಮ ಮಗಳಿಗೆ ತಯಾರಾಗಿದೆ. Please bring her college identity card when you collect it. ಅದನ್ನು ಅಂಚೆ ಮೂಲಕ ಕಳುಹಿಸಬೇಕೇ?",
        [
            "ಬಿ.ಕಾಂ. ಅಂಕಪಟ್ಟಿಯ ನಕಲು ಪ್ರತಿ ನಿಮ್ಮ ಮಗಳಿಗೆ ತಯಾರಾಗಿದೆ. ",
            "Please bring her college identity card when you collect it. ",
            "ಅದನ್ನು ಅಂಚೆ ಮೂಲಕ ಕಳುಹಿಸಬೇಕೇ?",
        ],
    ),
    # --- mixed scripts: a Punjabi question holding ਐਮ.ਏ. before a word, an English exclamation, then Telugu at "." ---
    (
        "ਕੀ ਤੁਹਾਡੀ ਭੈਣ ਨੇ ਐਮ.ਏ. ਦੀ ਡਿਗਰੀ ਲਈ ਅਰਜ਼ੀ ਭਰ ਦਿੱਤੀ ਹੈ? Forms close this Friday! ఫీజు బ్యాంకులో కట్టవచ్చు.",
        [
            "ਕੀ ਤੁਹਾਡੀ ਭੈਣ ਨੇ ਐਮ.ਏ. ਦੀ ਡਿਗਰੀ ਲਈ ਅਰਜ਼ੀ ਭਰ ਦਿੱਤੀ ਹੈ? ",
            "Forms close this Friday! ",
            "ఫీజు బ్యాంకులో కట్టవచ్చు.",
        ],
    ),
    # --- mixed scripts: Marathi at ".", an English question, then Hindi at । ---
    (
        "तुमच्या गाडीचा विमा उद्या संपतो. Shall we renew it for another year? नवीनीकरण के बाद पॉलिसी आपके फ़ोन पर भेजी जाएगी।",
        [
            "तुमच्या गाडीचा विमा उद्या संपतो. ",
            "Shall we renew it for another year? ",
            "नवीनीकरण के बाद पॉलिसी आपके फ़ोन पर भेजी जाएगी।",
        ],
    ),
    # --- mixed scripts: Odia at ।, an English exclamation, then an Urdu question at ؟ ---
    (
        "ନୂଆ ଗ୍ୟାସ ସଂଯୋଗ ମଞ୍ଜୁର ହୋଇଛି। The stove will be fitted tomorrow! کیا آپ کل گھر پر ہوں گے؟",
        [
            "ନୂଆ ଗ୍ୟାସ ସଂଯୋଗ ମଞ୍ଜୁର ହୋଇଛି। ",
            "The stove will be fitted tomorrow! ",
            "کیا آپ کل گھر پر ہوں گے؟",
        ],
    ),
]
