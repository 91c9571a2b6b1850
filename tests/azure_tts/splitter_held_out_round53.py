"""Held-out cases for the sentence splitter, round 53: written without reading or running it.

Written after reading only /work/main/tests/azure_tts/splitter_held_out_round52.py and
/work/main/tests/azure_tts/splitter_held_out_round51.py (for format and conventions), each opened by
its exact path (with wc -l, cat and sed -n, and with Python reading it as text and parsing it with
the ast module, never importing or running it). No splitter source, bench, tuning file, log, other
test file, README or git history was opened, no folder of the project was listed, no wildcard or
glob was used on a project path, git was not used, and no web, code or document search was made.
Nothing was run against the splitter or in the project, and its package was not imported. In /tmp
only the scratch folder /tmp/s38/w_s53/ (made for this round with mkdir -p) and this file were
touched; /tmp/s38 itself was not listed. No slip against these reading rules is known. Round 52 was
printed whole once with cat (the tool output cut its middle, lines 170 to 703, which were then read
with sed -n in two line ranges, 165-420 and 420-705), so all of it was read. Round 51 was read whole
with sed -n in three line ranges (1-200, 200-480 and 480-868); it was not printed with cat. Round
52's conventions paragraph (with the readings it added) was taken with Python (ast, from its
docstring) into the scratch folder and reused here, with the round numbers moved on. Python was used
only in the scratch folder: to read the two files as text for the checks below (small probe scripts
counted how often a candidate short form, tail, name, number, emoji or marker occurs in each file),
to assemble this file from drafted chunk lists (so each text is the join of its chunks), to check
that the chunks concatenate exactly to the text, that every chunk but the last ends in whitespace,
that there are 60 cases and that the module imports by path (importlib, from /tmp/s38/), and for the
checks below. The case shape of round 52 is kept: each case is (text, expected chunks), so the text
is given whole; no stream split is stored here. No sentence is taken or paraphrased from the two
files, and none of their replies was used as a template (a dotted-acronym question planned as "Do I
need a fresh" one followed round 51 too closely and was replaced while drafting; the Gujarati mixed reply was first
planned as an accountant's job, as round 52's Kannada one is, and was moved to an education loan).
No reply is about a library, a ration card, a voter card, a bus, a passport, a hotel stay, a
scholarship, a water tank, house tax or school hours, and no case holds the substrings "lab",
"ration", "bus" or "let" at all (a first "millet" twice and a first "lettering" were reworded; words
such as "business", "complete", "registration" and "tablet" were kept out while drafting). Drafting
slips, each caught by the checks below before this file was written: the "let" words just named; a
first slash date 26/10/2093 held none of the unused two-digit runs (all years moved to 2094); four
words ending in a form's tail ("pool.", "e-mail.", "seal.", "optional.") were reworded; and a first
web address with a trailing slash right before "?" ("/track/?") was judged open (the "?" could be
read as starting an empty query string), so that address lost its slash and the trailing slash was
moved to an address ending a sentence before a capital instead. Topics were moved away from those
the two files use (now a water purifier's filters, a refrigerator door gasket, a car washed at a
workshop, guitar strings, knee physiotherapy, a truffle cake, a study table assembled, swimming
classes, a motorbike service, cooler pads, a tiffin service, duplicate keys, a daily milk delivery,
a child's vaccination, a grocery list, a vet for a cow, a Paithani fall and pico, an onion store
built, annaprashan sweets, kitchen rewiring, wedding jasmine garlands, a wet grinder's stone, a
wedding pandal, rice bags, garba passes, a bandhani saree dyed, coffee beans dried, a land survey,
rubber sheets graded, an Ayurvedic massage booking, a combine harvester, embroidered juttis, Poush
parba pithas, a Sambalpuri saree woven, Bihu pithas, a muga chadar, a biryani dawat and glass
bangles; then a veterans' charity run, a wellness centre's dietitian and psychologist, a child's
cough, a pet clinic's new address, a gold loan, a gift deed registered, a farmhouse hedge, a postpaid
mobile connection, a bakery's opening, a flat in a housing project, a karate belt grading, a
handloom saree web shop, a grains cooking class, a gas stove repair, a grocery delivery, pest
control, a blood donation camp, and the five mixed replies: an M.B.A. fee receipt, an education loan,
a thesis binding, a well cleaned and a wedding's dhol players).

A phrase-overlap check searched every 16-character run of every case against both whole files
(docstrings included, case-insensitively, digits mapped to ASCII). Its first pass reworded: " also
cleaned the", " has been replaced", " waiting for you at the ", " begin on monday at ", "your
daughter's " (also shared within this file), a Hinglish " bhi saaf karke ch", a Gujarati " ગુરુવારે
સાંજે ", " every fortnight", ". our counsellor", ", has been prescribed for your daughter's ", " and
mixed with ", " that is the one", " statement shows", " this afternoon.", " enough for the ", ",
then water the ", "s come from our ", " twenty minutes " and "a day. keep the "; a second pass
found " at our clinic. ", and a third nothing. After that no 16-character run is shared with either
file. A within-file run check also reworded " our technician ", " in a separate bag", " photo
identity " and " within a day. w", and now finds none. Every phrase the two files quote in their
docstrings (492 found by a regex for straight and curly double quotes) was also searched for as a
substring, case-insensitively; that pass reworded "gm." (a first "phlegm."), "ch." (a first
"watch."), "en." (a first "open."), "es." (a first "shoes.",
"branches.", "yes.", "minutes.", "cakes.", "entries.", "villages." and "shelves."), "gs." (a first
"strings." and "dogs." twice), "ar." (a first "year."), "rd." and "card." (a first "card."), "os." (a
first "kilos."), "ours." and "rs." (a first "ours.", "papers." and "buyers."), "re." (a first
"centre." twice, "figure.", "spare." and "store." twice), "rm." (a first "uniform."), "sh." (a first
"fresh." and "dish."), "st." (a first "therapist.", "most." and "request."), "xt." (a first "next."),
"un." (a first "run."), "LL." (a first "call." and "well."), "na." and "lena." (a Hinglish "lena."),
"ए." (a Hindi "रहिए."), "Sunday.", "morning.", "minutes.", "today." (twice), "late" (in a first
"chocolate" and "later"), "mitti" (in a first "permitting"), "orders", "packed" (three times),
"care", "appear", "Happy", " right before ", "app" (in a first "apply") and "Ah" (inside a first
e-mail local part "sahayata"). What it still finds are marks and connecting words ("!", "!!", "?!",
"?", ",", ", ", ", and", ".", " (", " and ", " before ", " that", "...", "...!", "…", "…?", "%", "/-",
".in", "।"), the plain words "A", "I", "It", "Our", "The", "We", "You", "and", "back", "but", "by",
"can", "each", "if", "in", "of", "on", "only", "so", "to", "we" and "will", the amount-word's tail
"re." (in "crore.", kept, as the amounts case needs it), word pieces ("AC" in words such as
"vacuumed", "acoustic", "each", "back" and "cockroaches"; "app" in "chappals"), and word endings
("d." and "D." in "fitted.", "confirmed.", "asked.", "food.", "accepted." and "hand."; "ed." in
the four of them ending in -ed; "g." in "wing.", "barking.", "long." and "spring."; "y." and "Y." in
words such as "day.", "away.", "yesterday.", "daily.", "Friday.", "sadly." and "joy."; "day." itself
in "day.", "yesterday.", "Friday." and "Monday."; "S." in words ending in s; "I." and "i." in the
Hinglish "hai." (five times), "jaayegi." and "milengi."; "hai." itself, five times). Inside a form it
finds only these: "d." and "D." in regd. (three times); "Y." and "y." in K.Y.C. (three times); "app"
in approx. (twice). None is inside an address, an e-mail or a web address. No
Malayalam reply uses "നിങ്ങളുടെ", no Odia reply uses "ଆପଣଙ୍କ", no Kannada reply opens "ನಿಮ್ಮ
ತಂದೆಯವರ", no Gujarati reply uses "પિતાજી", and no Urdu reply uses "خود بخود".

Numbers: every amount, decimal, percentage, date, time, phone number and count was checked with a
plain substring search against both files, with and without its separators, after mapping every
Unicode decimal digit to ASCII (the files' digits were also searched as one run with all separators
removed); none is in either file. The two-digit runs that occur in neither file even with their
separators removed are 19 29 30 33 36 39 43 46 48 53 63 69 83 90 92 94, and every number here holds
at least one of them: Unit 946, Sec. 48, 930 ml., 463 ft., 19 km., 63 ft., 390 ml. (twice), 36 ft.,
₹1.36 crore, 8.46%, ₹2,90,000/-, ₹3,69,000, ₹4,30,000, ₹7,63,290.50, ₹39,990, ₹5,930, 19-10-2094,
07:30, 30.10.2094, 09:45, 10:36, 26/10/2094, Oct. 29, 11.53, 16:39 and +91 94630 48390. No date is
given a weekday. No single-digit number, no Indic digit and no bare list number is used; the list
markers are "» " and "◇ ", and neither occurs in either file. Names, places and addresses were
checked the same way (none occurs there): Arvind Saxena, Gorkha, Gurnam Singh, Azithromycin,
Ambroxol, Meena Joshi, Joseph Mathew, George D'Souza and the bunkarhaat.in domain (local parts
"bade.order" and "vapsi", paths "naye-saree/", "dhulai", "track" and "khojo?rang=neel&kapda=resham").
The domain holds none of the files' banned words; its tail before ".in" ("at.") occurs nowhere in
the files, and no other word here ends in it (it occurs exactly as often as the domain). "India" is
not used (nor a flag emoji); the Indic-script cases name no person and no place. No undotted
acronym is used (a regex for two or more capitals finds none). The emoji used (🛒, 🥚, 🚚, 🥛, ⏰, 🍎,
😊, 👍🏽) occur in neither file (nor does the skin-tone modifier), and none carries a presentation
selector or a joiner. No case holds a zero-width joiner or non-joiner.

Every short form here is new. Each was searched for in both files, case-insensitively, as a plain
substring (so also as a whole word), and none is found:

- service forms Col. and Sub., with the lower-case bn.;
- degrees B.Sc. and M.Phil.;
- prescription forms Tab. and Syr., with the lower-case tsp.;
- address forms Flr. and Sec., with the lower-case twp.;
- banking forms Ref. and Bal., with the lower-case dep.;
- officialese Addl. and Supdt., with the lower-case regd.;
- units ml., ft. and km.;
- dotted acronyms K.Y.C. and O.T.P. (and each run of two parts: "K.Y.", "Y.C.", "O.T.", "T.P.");
- short forms of ordinary prose Rev. and Jr., with the lower-case approx.;
- the month form Oct. (right before "?", before a day number mid-sentence, and inside a question
  before a lower-case word);
- Indic forms ఎం.బి.ఎ. (Telugu), બી.કોમ. (Gujarati) and पी.एच.डी. (Hindi). No single part of them
  ("ఎం.", "బి.", "ఎ.", "બી.", "કોમ.", "पी.", "एच.", "डी.") occurs in the two files read.

Their tails were checked too: "ol.", "ub.", "bn.", "sc.", "il.", "ab.", "yr.", "sp.", "lr.", "ec.",
"wp.", "ef.", "al.", "ep.", "dl.", "dt.", "gd.", "ml.", "ft.", "km.", "ev.", "jr.", "ox.", "ct." and
the last parts "Y.C." and "T.P." occur nowhere there. Within this file no two forms share a tail,
and no other word ends in one (each tail occurs exactly as often as its form; see the slips above).
Forms dropped for clashing: Hav. ("av." is in the files), Gen. ("en."), Oint. ("nt."), Caps. ("ps."),
Gtt. ("tt."), crm. ("rm."), Opp. ("pp."), ack. ("ck."), Smt. ("mt."), Mrs. and Ms. ("rs.", "ms."),
Feb. ("eb."), Dec. (sharing "ec." with Sec.), Sep. (sharing "ep." with dep.), Susp. (sharing "sp."
with tsp.), Govt. and Pvt. (left unused), and a Hindi बी.एड. ("बी." is in the files). No new short
amount-word is used (the amounts case uses "crore", "/-", "%" and paise only; "crore" is a whole
word and occurs in neither file). No form means a fuel, health centre, school, transport, post
office, police, civic body, village, district, doctor, number or time of day (so no "a.m.", "p.m.",
"Dr." or "No."). No single capital letter ends a sentence other than as the last part of a dotted
acronym, and no label is exercised.

About two thirds of the cases (38 of 60) are everyday replies (home services, banking, shops,
health, farming, festivals and deliveries) in English, Hinglish, Hindi (one of them written with "."
instead of "।"), Marathi, Bengali, Tamil, Telugu, Gujarati, Kannada, Malayalam, Punjabi, Odia,
Assamese and Urdu, in round 52's proportions (8 English, 4 Hinglish, 4 Hindi, 2 of each other
language). The other 22 carry the harder cases a bot really produces, in round 52's order.

Conventions (those rounds 51 and 52 state, kept): each case is (text, the chunks a careful human
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

Round 52 added these readings, kept: two colon times joined by a hyphen ("06:40-08:26
window") are not a cut, as "to" and "and" between them are not; a "!" inside a round bracket
mid-sentence ("(all entries under twelve!) starts") is not an end, as one inside a quote is not; a
markdown bold phrase inside a sentence ("a **hard board** to") does not end it, and a full stop just
after a closing "**" ("**half past four**. The") ends the chunk after that full stop, as one just
after a closing quote or bracket does; the dot inside an e-mail's local part ("beej.seva@") is not
an end, as an e-mail is never cut; a "#" fragment in a web address inside a bracket mid-sentence is
neither cut nor an end; "?!" after an earlier "!!" in the same reply ends a sentence as it would
alone.

Readings added here, each following from the stated ones (no case leans on anything the two files
leave open; a case that would have, such as a short form before a capitalised word that may or may
not open a sentence, "??", a month form with a day number ending a sentence, an ellipsis before a
digit or after a "?", a web address with a trailing slash right before "?", two emoji closing a
sentence with no stop, a quote holding two sentences, "Rs." as an amount-word, a numbered list or a
heading line in markdown, was left out): an e-mail right before "!" ("vapsi@bunkarhaat.in! Our")
ends the chunk after the "!", as an e-mail right before "?" and a web address right before "!" do;
a web address with a trailing slash ending a sentence before a capital ("naye-saree/. Bulk") ends
the chunk after the full stop, as one without the slash does; an "&" in a query string is not a
cut, as a web address is never cut; a mobile number with a "+91" prefix and inner spaces right
before "?" ("+91 94630 48390? Yes") ends the chunk after the "?", as a landline does; a month form
before a day number mid-sentence ("after Oct. 29 for") is not an end, as a short form before a
number is not; two colon times joined by "till" ("09:45 till 10:36, so") are not a cut, as "to",
"and" and a hyphen between them are not; a decimal percentage before a lower-case word ("8.46%
interest") is not an end; "crore" ending a sentence ("₹1.36 crore. Partner") behaves as "lakh" does;
an amount with "/-" right before "!" ("₹2,90,000/-! A") ends the chunk after the "!", as one right
before "?" does; a markdown italic phrase inside a sentence ("*cold-pressed groundnut oil* in") does
not end it, and a full stop just after a closing "*" ("*Grain Power*. [") ends the chunk after that
full stop, as with bold; two emoji in a row after the reply's closing full stop, the second one
skin-toned ("week. 😊👍🏽"), both stay with that sentence and end the reply.

Exercised here (new variations):
1. "Col. Arvind Saxena" opening the reply stays with it; a lower-case "Gorkha bn. Several" ends the
   chunk; "Sub. Gurnam Singh" opening a sentence stays with it; "Will Col. Saxena cover" inside a
   question is not an end; "the bn.? Yes" ends after the "?"; "The bn. (its pipe players included)
   will" is not an end; "The Col., a" is not one; "the Sub.! He" ends after the "!".
2. "a B.Sc. in" is not an end; "an M.Phil. Her" ends the chunk; "Does a B.Sc. graduate" inside a
   question is not an end; "an M.Phil.? It" ends after the "?"; "M.Phil. trainees" opening a
   sentence stays with it; "B.Sc., earned" is not an end; "his B.Sc.! We" ends after the "!".
3. "Tab. Azithromycin, once" opening the reply stays with it; "added Syr. Ambroxol to" is not an
   end; a lower-case "one level tsp. It" ends the chunk; "Can the Tab. be" inside a question is not
   an end; "the Syr.? Yes" ends after the "?"; "Half a tsp. extra" is not an end; "last Tab.!
   Stopping" ends after the "!".
4. "Unit 946, Third Flr., Sec. 48 Market, near" holds no end (Sec. before a number; that sentence
   ends at its own full stop); a lower-case "new twp. A" ends the chunk; "Does the Flr. have" inside
   a question is not an end; "the twp.? Only" ends after the "?"; "The twp. gates" is not one;
   "Third Flr.! He" ends after the "!".
5. "the Ref. number" is not an end; "as Bal. Interest" ends the chunk; a lower-case "cash dep. It"
   ends it; "the Ref. number" inside a question is not an end; "my Bal.? Right" ends after the "?";
   "the dep. show" inside a question is not an end; "loan Ref.! Our" ends after the "!".
6. "The Supdt. of" is not an end; a lower-case "now regd. Addl." ends the chunk; "Addl. Registrar
   Meena Joshi" opening a sentence stays with it; "also regd.? Yes" ends after the "?"; "Will the
   Addl. Registrar" inside a question is not an end; "The regd. deed" is not one; "the Supdt.!
   Corrections" ends after the "!".
7. "930 ml. of" is not an end; "463 ft. The" ends the chunk; "19 km.? It" ends after the "?"; "63
   ft. long" is not an end; "390 ml.! Is" ends after the "!"; "a 36 ft. roll" inside a question is
   not an end; "390 ml., then" is not one.
8. "K.Y.C. checks" opening the reply stays with it; "the O.T.P. It" ends the chunk; "Does the
   O.T.P. expire" inside a question is not an end; "own K.Y.C.? Yes" ends after the "?"; "An O.T.P.,
   once" is not an end; "your K.Y.C. Nobody" ends the chunk; "an O.T.P.! No" ends after the "!".
9. "Rev. Joseph Mathew" opening the reply stays with it; "approx. two hundred" is not an end;
   "D'Souza Jr. His" ends the chunk; "Will Rev. Mathew say" inside a question is not one; "D'Souza
   Jr.? It" ends after the "?"; "D'Souza Jr., now" is not an end; "approx. an hour" inside a
   question is not one.
10. An amount-word ending a sentence ("₹1.36 crore. Partner"), a decimal percentage before a
    lower-case word ("8.46% interest"), an amount with "/-" right before "!" ("₹2,90,000/-! A"), two
    amounts joined by "to" before a lower-case word ("₹3,69,000 to ₹4,30,000 based"), an amount with
    paise ending a sentence ("₹7,63,290.50. Club"), a bracketed amount mid-sentence ("(₹39,990 for
    life) is"), an amount right before "?" ("₹5,930? Close").
11. A hyphen date before a comma ("19-10-2094, so"), a colon time before a lower-case word ("07:30
    dressed"), a month form right before "?" ("in Oct.? No"), a dotted date ending a sentence
    ("30.10.2094. The"), two colon times joined by "till" ("09:45 till 10:36, so"), a slash date
    before a lower-case bracket ("26/10/2094 (the coach will sign it) and"), a month form before a
    day number ("after Oct. 29 for"), a dotted time right before "!" ("11.53! Does"), a month form
    inside a question ("in Oct. end"), a colon time right before "?" ("16:39? Yes").
12. A bare address before a lower-case word is not cut; an https:// address with a hyphenated path
    and a trailing slash ending a sentence before a capital ends it after the full stop; an e-mail
    with a dotted local part inside a bracket mid-sentence is neither cut nor an end; a "+91" mobile
    number right before "?" ends the chunk after the "?"; an e-mail right before "!" ends it after
    the "!"; a www. address with a path inside a bracket mid-sentence is neither cut nor an end; an
    https:// address with a path right before "?" ends the chunk after the "?"; an https:// address
    with a "?" and "&" query string ends the reply after its full stop.
13. A "?" inside a round bracket mid-sentence ("(have you tried bajra roti yet?) starts"); a "?"
    inside a curly double quote mid-sentence (“Aaj kya banayenge?” before); a "?" inside a closing
    curly single quote ending a sentence (‘Who taught you to roll such round rotis?’ (); a bracketed
    question as its own chunk; an italic phrase mid-sentence; a full stop just after a closing
    italic marker (*Grain Power*. [); a square-bracketed exclamation as its own chunk; a "." inside
    a closing curly double quote ending the reply.
14. "?!" ends the first sentence; "..." before "We" ends one; "…" before "but" does not; "…?" ends
    one after the "?"; "...!" ends one after the "!"; "..." before "if" does not; "!!" ends one; the
    reply ends on "…".
15. Emoji: 🛒 opening the reply, 🥚 after a sentence's closing "?", 🚚 and 🥛 inside a sentence, ⏰
    right before "!", 🍎 closing a sentence with no stop, 😊👍🏽 after the reply's closing full stop.
16. "» " markers on a one-line list after a colon (items ending ",", ", and" and ".") and "◇ "
    markers on a multi-line list after a heading line (items ending "?", no mark, "!" and "."), each
    followed by a plain sentence.
17. Mixed scripts: Telugu holding ఎం.బి.ఎ. before a word mid-sentence, an English question, Telugu
    at "."; Gujarati opening the reply with બી.કોમ., English, a Gujarati question; a Hindi question
    holding पी.एच.डी. before a word, an English "!", Assamese at ।; Malayalam at ".", an English
    question, Odia at ।; Punjabi at ।, an English "!", an Urdu question at ؟.

"""

from __future__ import annotations

HELD_OUT: list[tuple[str, list[str]]] = [
    # --- everyday replies, English ---
    (
        "Our engineer has changed all three filters in your kitchen water purifier. The storage chamber was scrubbed too, and the water now tastes sweeter. The next filter change falls due in about six months.",
        [
            "Our engineer has changed all three filters in your kitchen water purifier. ",
            "The storage chamber was scrubbed too, and the water now tastes sweeter. ",
            "The next filter change falls due in about six months.",
        ],
    ),
    (
        "We fitted a new rubber gasket on your refrigerator door during today's visit. The door now seals tightly, so the cooling should improve within a day. Wait an hour before you stock it again.",
        [
            "We fitted a new rubber gasket on your refrigerator door during today's visit. ",
            "The door now seals tightly, so the cooling should improve within a day. ",
            "Wait an hour before you stock it again.",
        ],
    ),
    (
        "Your car has been washed, waxed and vacuumed inside at our workshop. We found a small dent near the rear bumper and have noted it on your service slip. Collect the keys from our front desk.",
        [
            "Your car has been washed, waxed and vacuumed inside at our workshop. ",
            "We found a small dent near the rear bumper and have noted it on your service slip. ",
            "Collect the keys from our front desk.",
        ],
    ),
    (
        "Your son's acoustic guitar now has a fresh set of steel strings fitted. Our technician also lowered the action, so chords will feel easier to press. Pick it up from the music shop any day after four.",
        [
            "Your son's acoustic guitar now has a fresh set of steel strings fitted. ",
            "Our technician also lowered the action, so chords will feel easier to press. ",
            "Pick it up from the music shop any day after four.",
        ],
    ),
    (
        "Your mother's knee physiotherapy sessions will start this Friday in our therapy wing. Each session runs for forty minutes and includes gentle exercises under supervision. Ask her to wear loose trousers and soft-soled chappals.",
        [
            "Your mother's knee physiotherapy sessions will start this Friday in our therapy wing. ",
            "Each session runs for forty minutes and includes gentle exercises under supervision. ",
            "Ask her to wear loose trousers and soft-soled chappals.",
        ],
    ),
    (
        "Your truffle cake for the birthday party has been confirmed. The baker will write the name in blue icing, as you asked. It serves around twenty guests and should stay in the fridge until it is cut.",
        [
            "Your truffle cake for the birthday party has been confirmed. ",
            "The baker will write the name in blue icing, as you asked. ",
            "It serves around twenty guests and should stay in the fridge until it is cut.",
        ],
    ),
    (
        "Our fitter has assembled the study table and bookshelf you ordered online. All the screws were tightened, and the cartons were taken away. Wipe the surface with a dry cloth only for the first few days.",
        [
            "Our fitter has assembled the study table and bookshelf you ordered online. ",
            "All the screws were tightened, and the cartons were taken away. ",
            "Wipe the surface with a dry cloth only for the first few days.",
        ],
    ),
    (
        "Swimming classes for your girl start this Monday at the sports complex. The coach keeps each group small, six children or fewer. Pack a cap, goggles and a towel for her.",
        [
            "Swimming classes for your girl start this Monday at the sports complex. ",
            "The coach keeps each group small, six children or fewer. ",
            "Pack a cap, goggles and a towel for her.",
        ],
    ),
    # --- everyday replies, Hinglish ---
    (
        "Aapki bike ki servicing ho gayi hai aur engine oil badal diya hai. Brake thode dheele the, unhe bhi kas diya gaya. Shaam chhe baje tak garage se le jaaiye.",
        [
            "Aapki bike ki servicing ho gayi hai aur engine oil badal diya hai. ",
            "Brake thode dheele the, unhe bhi kas diya gaya. ",
            "Shaam chhe baje tak garage se le jaaiye.",
        ],
    ),
    (
        "Aapke cooler mein nayi ghaas ki jaali lag gayi hai. Pump ko bhi dho kar chala kar dekh liya hai. Garmi shuru hone se pehle ek baar paani ki tray dho lijiye.",
        [
            "Aapke cooler mein nayi ghaas ki jaali lag gayi hai. ",
            "Pump ko bhi dho kar chala kar dekh liya hai. ",
            "Garmi shuru hone se pehle ek baar paani ki tray dho lijiye.",
        ],
    ),
    (
        "Aapki tiffin seva kal se shuru ho jaayegi. Roz do sabzi, daal, chawal aur chaar roti milengi. Khaana garam rakhne wala dabba humari taraf se hai.",
        [
            "Aapki tiffin seva kal se shuru ho jaayegi. ",
            "Roz do sabzi, daal, chawal aur chaar roti milengi. ",
            "Khaana garam rakhne wala dabba humari taraf se hai.",
        ],
    ),
    (
        "Aapke main darwaze ki do duplicate chaabiyaan ban gayi hain. Taala bhi tel daal kar saaf kar diya hai. Chaabiyaan aap kisi bhi waqt dukaan se utha sakte hain.",
        [
            "Aapke main darwaze ki do duplicate chaabiyaan ban gayi hain. ",
            "Taala bhi tel daal kar saaf kar diya hai. ",
            "Chaabiyaan aap kisi bhi waqt dukaan se utha sakte hain.",
        ],
    ),
    # --- everyday replies, Hindi ---
    (
        "रोज़ सुबह आपके घर दो लीटर गाय का दूध पहुँचाया जाएगा। महीने के आखिर में बिल भेजा जाएगा। छुट्टी पर जाएँ तो एक दिन पहले बता दीजिए।",
        [
            "रोज़ सुबह आपके घर दो लीटर गाय का दूध पहुँचाया जाएगा। ",
            "महीने के आखिर में बिल भेजा जाएगा। ",
            "छुट्टी पर जाएँ तो एक दिन पहले बता दीजिए।",
        ],
    ),
    (
        "आपके बेटे का अगला टीका अगले बुधवार को लगेगा। टीकाकरण कार्ड साथ लाना ज़रूरी है। टीके के बाद उसे आधा घंटा क्लिनिक में रुकना होगा।",
        [
            "आपके बेटे का अगला टीका अगले बुधवार को लगेगा। ",
            "टीकाकरण कार्ड साथ लाना ज़रूरी है। ",
            "टीके के बाद उसे आधा घंटा क्लिनिक में रुकना होगा।",
        ],
    ),
    (
        "आपकी किराने की सूची का सारा सामान पैक हो गया है। चीनी और चावल की बोरियाँ अलग रखी गई हैं। डिलीवरी वाला भैया एक घंटे में पहुँच जाएगा।",
        [
            "आपकी किराने की सूची का सारा सामान पैक हो गया है। ",
            "चीनी और चावल की बोरियाँ अलग रखी गई हैं। ",
            "डिलीवरी वाला भैया एक घंटे में पहुँच जाएगा।",
        ],
    ),
    (
        "पशु डॉक्टर आज शाम आपकी गाय को देखने आएँगे. तब तक उसे हरा चारा और साफ़ पानी देते रहें. दवाइयाँ वे अपने साथ लेकर आएँगे.",
        [
            "पशु डॉक्टर आज शाम आपकी गाय को देखने आएँगे. ",
            "तब तक उसे हरा चारा और साफ़ पानी देते रहें. ",
            "दवाइयाँ वे अपने साथ लेकर आएँगे.",
        ],
    ),
    # --- everyday replies, other Indian languages ---
    (
        "तुमच्या पैठणीला फॉल आणि पिको करून झाले आहे. साडी इस्त्री करून घडी घालून ठेवली आहे. उद्या सकाळी दुकान उघडल्यावर घेऊन जा.",
        [
            "तुमच्या पैठणीला फॉल आणि पिको करून झाले आहे. ",
            "साडी इस्त्री करून घडी घालून ठेवली आहे. ",
            "उद्या सकाळी दुकान उघडल्यावर घेऊन जा.",
        ],
    ),
    (
        "तुमच्या शेतात कांदा चाळ बांधण्याचे काम सुरू झाले आहे. छपरासाठी पत्रे आणि बांबू आले आहेत. आठवडाभरात चाळ तयार होईल.",
        [
            "तुमच्या शेतात कांदा चाळ बांधण्याचे काम सुरू झाले आहे. ",
            "छपरासाठी पत्रे आणि बांबू आले आहेत. ",
            "आठवडाभरात चाळ तयार होईल.",
        ],
    ),
    (
        "অন্নপ্রাশনের জন্য রসগোল্লা আর সন্দেশ বানানো শুরু হয়েছে। সব মিষ্টি মাটির হাঁড়িতে ভরে দেব। অনুষ্ঠানের আগের দিন সন্ধ্যায় মিষ্টি চলে আসবে।",
        [
            "অন্নপ্রাশনের জন্য রসগোল্লা আর সন্দেশ বানানো শুরু হয়েছে। ",
            "সব মিষ্টি মাটির হাঁড়িতে ভরে দেব। ",
            "অনুষ্ঠানের আগের দিন সন্ধ্যায় মিষ্টি চলে আসবে।",
        ],
    ),
    (
        "আমাদের মিস্ত্রি আপনার রান্নাঘরের পুরোনো তার বদলে দিয়েছেন। নতুন সুইচবোর্ডও লাগানো হয়েছে। কোনো সমস্যা হলে সঙ্গে সঙ্গে ফোন করবেন।",
        [
            "আমাদের মিস্ত্রি আপনার রান্নাঘরের পুরোনো তার বদলে দিয়েছেন। ",
            "নতুন সুইচবোর্ডও লাগানো হয়েছে। ",
            "কোনো সমস্যা হলে সঙ্গে সঙ্গে ফোন করবেন।",
        ],
    ),
    (
        "திருமணத்துக்கான மல்லிகைப் பூ மாலைகள் கட்டப்பட்டு வருகின்றன. மணமக்களுக்கு ரோஜா மாலையும் உண்டு. முகூர்த்தத்துக்கு ஒரு மணி நேரம் முன்பே மண்டபத்தில் சேர்த்துவிடுவோம்.",
        [
            "திருமணத்துக்கான மல்லிகைப் பூ மாலைகள் கட்டப்பட்டு வருகின்றன. ",
            "மணமக்களுக்கு ரோஜா மாலையும் உண்டு. ",
            "முகூர்த்தத்துக்கு ஒரு மணி நேரம் முன்பே மண்டபத்தில் சேர்த்துவிடுவோம்.",
        ],
    ),
    (
        "உங்கள் கிரைண்டர் கல் புதிதாகக் கொத்தப்பட்டது. மோட்டார் பெல்ட்டும் மாற்றப்பட்டது. இனி மாவு நன்றாக அரைபடும்.",
        [
            "உங்கள் கிரைண்டர் கல் புதிதாகக் கொத்தப்பட்டது. ",
            "மோட்டார் பெல்ட்டும் மாற்றப்பட்டது. ",
            "இனி மாவு நன்றாக அரைபடும்.",
        ],
    ),
    (
        "మీ ఇంటి ముందు పెళ్ళి పందిరి వేయడం పూర్తయింది. పందిరికి మామిడి తోరణాలు కూడా కట్టాము. రాత్రి దీపాల అలంకరణ రేపు చేస్తాము.",
        [
            "మీ ఇంటి ముందు పెళ్ళి పందిరి వేయడం పూర్తయింది. ",
            "పందిరికి మామిడి తోరణాలు కూడా కట్టాము. ",
            "రాత్రి దీపాల అలంకరణ రేపు చేస్తాము.",
        ],
    ),
    (
        "మీరు ఆర్డర్ చేసిన సోనా మసూరి బియ్యం బస్తాలు వచ్చాయి. ఒక్కో బస్తా ఇరవై ఐదు కిలోలు. సాయంత్రం మీ ఇంటికి పంపిస్తాము.",
        [
            "మీరు ఆర్డర్ చేసిన సోనా మసూరి బియ్యం బస్తాలు వచ్చాయి. ",
            "ఒక్కో బస్తా ఇరవై ఐదు కిలోలు. ",
            "సాయంత్రం మీ ఇంటికి పంపిస్తాము.",
        ],
    ),
    (
        "નવરાત્રિના ગરબા માટે તમારા ચાર પાસ તૈયાર છે. પાસ પર તમારું નામ છપાયેલું છે. પહેલી રાત્રે મેદાનના મુખ્ય દરવાજેથી પ્રવેશ મળશે.",
        [
            "નવરાત્રિના ગરબા માટે તમારા ચાર પાસ તૈયાર છે. ",
            "પાસ પર તમારું નામ છપાયેલું છે. ",
            "પહેલી રાત્રે મેદાનના મુખ્ય દરવાજેથી પ્રવેશ મળશે.",
        ],
    ),
    (
        "તમારી બાંધણી સાડીનો રંગ પાકો થઈ ગયો છે. સાડી ધોઈને સૂકવી દીધી છે. ગુરુવાર પછી ગમે ત્યારે દુકાનેથી લઈ જજો.",
        [
            "તમારી બાંધણી સાડીનો રંગ પાકો થઈ ગયો છે. ",
            "સાડી ધોઈને સૂકવી દીધી છે. ",
            "ગુરુવાર પછી ગમે ત્યારે દુકાનેથી લઈ જજો.",
        ],
    ),
    (
        "ನಿಮ್ಮ ಕಾಫಿ ಬೀಜವನ್ನು ಒಣಗಿಸಿ ಚೀಲಗಳಲ್ಲಿ ತುಂಬಿಸಲಾಗಿದೆ. ಒಟ್ಟು ಹದಿನೆಂಟು ಚೀಲಗಳಿವೆ. ಸೋಮವಾರ ಕ್ಯೂರಿಂಗ್ ಘಟಕಕ್ಕೆ ಕಳುಹಿಸುತ್ತೇವೆ.",
        [
            "ನಿಮ್ಮ ಕಾಫಿ ಬೀಜವನ್ನು ಒಣಗಿಸಿ ಚೀಲಗಳಲ್ಲಿ ತುಂಬಿಸಲಾಗಿದೆ. ",
            "ಒಟ್ಟು ಹದಿನೆಂಟು ಚೀಲಗಳಿವೆ. ",
            "ಸೋಮವಾರ ಕ್ಯೂರಿಂಗ್ ಘಟಕಕ್ಕೆ ಕಳುಹಿಸುತ್ತೇವೆ.",
        ],
    ),
    (
        "ನಿಮ್ಮ ಜಮೀನಿನ ಸರ್ವೆ ಕೆಲಸ ಗುರುವಾರ ನಡೆಯಲಿದೆ. ಸರ್ವೆಯರ್ ಬೆಳಿಗ್ಗೆ ಹತ್ತು ಗಂಟೆಗೆ ಬರುತ್ತಾರೆ. ಗಡಿ ಕಲ್ಲುಗಳನ್ನು ತೋರಿಸಲು ನೀವು ಹಾಜರಿರಬೇಕು.",
        [
            "ನಿಮ್ಮ ಜಮೀನಿನ ಸರ್ವೆ ಕೆಲಸ ಗುರುವಾರ ನಡೆಯಲಿದೆ. ",
            "ಸರ್ವೆಯರ್ ಬೆಳಿಗ್ಗೆ ಹತ್ತು ಗಂಟೆಗೆ ಬರುತ್ತಾರೆ. ",
            "ಗಡಿ ಕಲ್ಲುಗಳನ್ನು ತೋರಿಸಲು ನೀವು ಹಾಜರಿರಬೇಕು.",
        ],
    ),
    (
        "ഇന്ന് കൊണ്ടുവന്ന റബ്ബർ ഷീറ്റുകൾ ഒന്നാം ഗ്രേഡ് ആയി തിരിച്ചു. തൂക്കം നൂറ്റിയിരുപത് കിലോ ഉണ്ട്. പണം വെള്ളിയാഴ്ച അക്കൗണ്ടിൽ വരും.",
        [
            "ഇന്ന് കൊണ്ടുവന്ന റബ്ബർ ഷീറ്റുകൾ ഒന്നാം ഗ്രേഡ് ആയി തിരിച്ചു. ",
            "തൂക്കം നൂറ്റിയിരുപത് കിലോ ഉണ്ട്. ",
            "പണം വെള്ളിയാഴ്ച അക്കൗണ്ടിൽ വരും.",
        ],
    ),
    (
        "ഉഴിച്ചിലിനുള്ള ബുക്കിംഗ് തിങ്കളാഴ്ച മുതൽ ഉറപ്പാക്കി. ഏഴു ദിവസത്തെ ചികിത്സയാണ്. രാവിലെ വെറും വയറ്റിൽ വരണം.",
        [
            "ഉഴിച്ചിലിനുള്ള ബുക്കിംഗ് തിങ്കളാഴ്ച മുതൽ ഉറപ്പാക്കി. ",
            "ഏഴു ദിവസത്തെ ചികിത്സയാണ്. ",
            "രാവിലെ വെറും വയറ്റിൽ വരണം.",
        ],
    ),
    (
        "ਕਣਕ ਦੀ ਵਾਢੀ ਲਈ ਕੰਬਾਈਨ ਸ਼ਨੀਵਾਰ ਨੂੰ ਤੁਹਾਡੇ ਖੇਤ ਪਹੁੰਚੇਗੀ। ਵਾਢੀ ਇੱਕ ਦਿਨ ਵਿੱਚ ਮੁੱਕ ਜਾਵੇਗੀ। ਤੂੜੀ ਲਈ ਟਰਾਲੀ ਵੱਖਰੀ ਮੰਗਵਾਉਣੀ ਪਵੇਗੀ।",
        [
            "ਕਣਕ ਦੀ ਵਾਢੀ ਲਈ ਕੰਬਾਈਨ ਸ਼ਨੀਵਾਰ ਨੂੰ ਤੁਹਾਡੇ ਖੇਤ ਪਹੁੰਚੇਗੀ। ",
            "ਵਾਢੀ ਇੱਕ ਦਿਨ ਵਿੱਚ ਮੁੱਕ ਜਾਵੇਗੀ। ",
            "ਤੂੜੀ ਲਈ ਟਰਾਲੀ ਵੱਖਰੀ ਮੰਗਵਾਉਣੀ ਪਵੇਗੀ।",
        ],
    ),
    (
        "ਤੁਹਾਡੀਆਂ ਕਢਾਈ ਵਾਲੀਆਂ ਜੁੱਤੀਆਂ ਬਣ ਗਈਆਂ ਹਨ। ਨਾਪ ਤੁਹਾਡੇ ਪੈਰ ਦਾ ਹੀ ਲਿਆ ਗਿਆ ਸੀ। ਪਹਿਲਾਂ ਕੁਝ ਦਿਨ ਘਰ ਵਿੱਚ ਪਾ ਕੇ ਤੁਰੋ।",
        [
            "ਤੁਹਾਡੀਆਂ ਕਢਾਈ ਵਾਲੀਆਂ ਜੁੱਤੀਆਂ ਬਣ ਗਈਆਂ ਹਨ। ",
            "ਨਾਪ ਤੁਹਾਡੇ ਪੈਰ ਦਾ ਹੀ ਲਿਆ ਗਿਆ ਸੀ। ",
            "ਪਹਿਲਾਂ ਕੁਝ ਦਿਨ ਘਰ ਵਿੱਚ ਪਾ ਕੇ ਤੁਰੋ।",
        ],
    ),
    (
        "ପୌଷ ପର୍ବ ପାଇଁ ଚାକୁଳି ଓ ମଣ୍ଡା ପିଠା ଅର୍ଡର ନିଆଗଲା। ସବୁ ପିଠା ସେହି ଦିନ ସକାଳେ ତିଆରି ହେବ। ଘରେ ପହଞ୍ଚାଇବା ପାଇଁ କିଛି ଅଧିକ ଲାଗିବ ନାହିଁ।",
        [
            "ପୌଷ ପର୍ବ ପାଇଁ ଚାକୁଳି ଓ ମଣ୍ଡା ପିଠା ଅର୍ଡର ନିଆଗଲା। ",
            "ସବୁ ପିଠା ସେହି ଦିନ ସକାଳେ ତିଆରି ହେବ। ",
            "ଘରେ ପହଞ୍ଚାଇବା ପାଇଁ କିଛି ଅଧିକ ଲାଗିବ ନାହିଁ।",
        ],
    ),
    (
        "ସମ୍ବଲପୁରୀ ଶାଢ଼ିର ବୁଣା କାମ ଶେଷ ହୋଇଛି। ଶାଢ଼ିର ଅଞ୍ଚଳରେ ଶଙ୍ଖ ଡିଜାଇନ ରହିଛି। ଶୁକ୍ରବାର ଦୋକାନରୁ ନେଇଯାଆନ୍ତୁ।",
        [
            "ସମ୍ବଲପୁରୀ ଶାଢ଼ିର ବୁଣା କାମ ଶେଷ ହୋଇଛି। ",
            "ଶାଢ଼ିର ଅଞ୍ଚଳରେ ଶଙ୍ଖ ଡିଜାଇନ ରହିଛି। ",
            "ଶୁକ୍ରବାର ଦୋକାନରୁ ନେଇଯାଆନ୍ତୁ।",
        ],
    ),
    (
        "বিহুৰ বাবে আপোনাৰ তিল পিঠা আৰু নাৰিকলৰ লাড়ু সাজু হৈছে। সকলোবোৰ টেমাত ভৰাই ৰখা হৈছে। উৰুকাৰ দিনা আবেলি ঘৰলৈ পঠিয়াম।",
        [
            "বিহুৰ বাবে আপোনাৰ তিল পিঠা আৰু নাৰিকলৰ লাড়ু সাজু হৈছে। ",
            "সকলোবোৰ টেমাত ভৰাই ৰখা হৈছে। ",
            "উৰুকাৰ দিনা আবেলি ঘৰলৈ পঠিয়াম।",
        ],
    ),
    (
        "আপোনাৰ মুগা চাদৰখন বোৱা শেষ হ'ল। চাদৰৰ পাৰিত সোণালী নক্সা দিয়া হৈছে। মঙলবাৰে দোকানৰ পৰা লৈ যাব পাৰে।",
        [
            "আপোনাৰ মুগা চাদৰখন বোৱা শেষ হ'ল। ",
            "চাদৰৰ পাৰিত সোণালী নক্সা দিয়া হৈছে। ",
            "মঙলবাৰে দোকানৰ পৰা লৈ যাব পাৰে।",
        ],
    ),
    (
        "آپ کی دعوت کے لیے مٹن بریانی کی دو دیگیں بک ہو گئی ہیں۔ ساتھ میں رائتہ اور میٹھا بھی ہوگا۔ کھانا جمعرات کی شام سات بجے پہنچ جائے گا۔",
        [
            "آپ کی دعوت کے لیے مٹن بریانی کی دو دیگیں بک ہو گئی ہیں۔ ",
            "ساتھ میں رائتہ اور میٹھا بھی ہوگا۔ ",
            "کھانا جمعرات کی شام سات بجے پہنچ جائے گا۔",
        ],
    ),
    (
        "آپ کی بیٹی کی کانچ کی چوڑیاں تیار ہیں۔ ہر رنگ کی ایک درجن الگ ڈبے میں رکھی ہے۔ دکان اتوار کو بند رہتی ہے۔",
        [
            "آپ کی بیٹی کی کانچ کی چوڑیاں تیار ہیں۔ ",
            "ہر رنگ کی ایک درجن الگ ڈبے میں رکھی ہے۔ ",
            "دکان اتوار کو بند رہتی ہے۔",
        ],
    ),
    # --- service forms: Col. opening the reply before a name, a lower-case bn. ending a sentence before "Several", Sub. opening a sentence before a name, Col. inside a question before a name, bn. right before "?", bn. before a lower-case bracketed phrase, Col. before a comma, Sub. right before "!" ---
    (
        "Col. Arvind Saxena will flag off our charity run for veterans' families from the parade ground on Sunday at sunrise. He once commanded the Gorkha bn. Several of its retired soldiers will run beside him. Sub. Gurnam Singh will hand out medals at the finish line. Will Col. Saxena cover the full distance himself? He plans to, at a steady pace. Is the route marked out by the bn.? Yes, its jawans put up the flags yesterday. The bn. (its pipe players included) will cheer at every turn. The Col., a marathoner in his youth, still trains daily. Ask for an autograph from the Sub.! He keeps a pen in his pocket for it.",
        [
            "Col. Arvind Saxena will flag off our charity run for veterans' families from the parade ground on Sunday at sunrise. ",
            "He once commanded the Gorkha bn. ",
            "Several of its retired soldiers will run beside him. ",
            "Sub. Gurnam Singh will hand out medals at the finish line. ",
            "Will Col. Saxena cover the full distance himself? ",
            "He plans to, at a steady pace. ",
            "Is the route marked out by the bn.? ",
            "Yes, its jawans put up the flags yesterday. ",
            "The bn. (its pipe players included) will cheer at every turn. ",
            "The Col., a marathoner in his youth, still trains daily. ",
            "Ask for an autograph from the Sub.! ",
            "He keeps a pen in his pocket for it.",
        ],
    ),
    # --- degrees: B.Sc. before a lower-case word mid-sentence, M.Phil. ending a sentence before "Her", B.Sc. inside a question, M.Phil. right before "?", M.Phil. opening a sentence, B.Sc. before a comma, B.Sc. right before "!" ---
    (
        "Our dietitian at the wellness centre holds a B.Sc. in home science. The psychologist who runs our stress clinic has an M.Phil. Her sessions run from Tuesday to Friday. Does a B.Sc. graduate plan the weekly menus? Yes, and she reviews your progress once in two weeks. Is the psychologist's degree an M.Phil.? It is, in clinical psychology. M.Phil. trainees from the city university assist her twice a month. Our dietitian's B.Sc., earned with a gold medal, hangs at the reception. Your nephew could train here after his B.Sc.! We take two interns every summer.",
        [
            "Our dietitian at the wellness centre holds a B.Sc. in home science. ",
            "The psychologist who runs our stress clinic has an M.Phil. ",
            "Her sessions run from Tuesday to Friday. ",
            "Does a B.Sc. graduate plan the weekly menus? ",
            "Yes, and she reviews your progress once in two weeks. ",
            "Is the psychologist's degree an M.Phil.? ",
            "It is, in clinical psychology. ",
            "M.Phil. trainees from the city university assist her twice a month. ",
            "Our dietitian's B.Sc., earned with a gold medal, hangs at the reception. ",
            "Your nephew could train here after his B.Sc.! ",
            "We take two interns every summer.",
        ],
    ),
    # --- prescription forms: Tab. opening the reply before a capitalised drug name, Syr. before a capitalised drug name mid-sentence, a lower-case tsp. ending a sentence before "It", Tab. inside a question, Syr. right before "?", tsp. before a lower-case word, Tab. right before "!" ---
    (
        "Tab. Azithromycin, once a day for three days, should clear the little one's cough. Our paediatrician has also added Syr. Ambroxol to ease her breathing at night. Each dose of the syrup is one level tsp. It works best after food. Can the Tab. be crushed into a spoon of honey? Yes, that is fine for a child of her age. Is the orange bottle the Syr.? Yes, keep it in the fridge door. Half a tsp. extra does no harm if she spits some out. Finish every last Tab.! Stopping early can bring the fever back.",
        [
            "Tab. Azithromycin, once a day for three days, should clear the little one's cough. ",
            "Our paediatrician has also added Syr. Ambroxol to ease her breathing at night. ",
            "Each dose of the syrup is one level tsp. ",
            "It works best after food. ",
            "Can the Tab. be crushed into a spoon of honey? ",
            "Yes, that is fine for a child of her age. ",
            "Is the orange bottle the Syr.? ",
            "Yes, keep it in the fridge door. ",
            "Half a tsp. extra does no harm if she spits some out. ",
            "Finish every last Tab.! ",
            "Stopping early can bring the fever back.",
        ],
    ),
    # --- address forms: Flr. before a comma and Sec. before a number in an address, a lower-case twp. ending a sentence before "A", Flr. inside a question, twp. right before "?", twp. before a lower-case word, Flr. right before "!" ---
    (
        "Our pet clinic has moved to Unit 946, Third Flr., Sec. 48 Market, near the flyover. The building stands at the edge of the new twp. A wide ramp helps owners bring in large breeds. Does the Flr. have a separate waiting area for cats? Yes, a quiet corner away from the barking. Is parking free in the twp.? Only on weekdays, sadly. The twp. gates close at midnight. Ask the guard for the vet on the Third Flr.! He will ring us for you.",
        [
            "Our pet clinic has moved to Unit 946, Third Flr., Sec. 48 Market, near the flyover. ",
            "The building stands at the edge of the new twp. ",
            "A wide ramp helps owners bring in large breeds. ",
            "Does the Flr. have a separate waiting area for cats? ",
            "Yes, a quiet corner away from the barking. ",
            "Is parking free in the twp.? ",
            "Only on weekdays, sadly. ",
            "The twp. gates close at midnight. ",
            "Ask the guard for the vet on the Third Flr.! ",
            "He will ring us for you.",
        ],
    ),
    # --- banking forms: Ref. before a lower-case word, Bal. ending a sentence before "Interest", a lower-case dep. ending a sentence before "It", Ref. inside a question, Bal. right before "?", dep. inside a question before a lower-case word, Ref. right before "!" ---
    (
        "Your gold loan has been renewed, and the Ref. number is on the receipt we texted you. What you still owe shows on your statement as Bal. Interest is charged only on that sum. You also made a cash dep. It has already lowered the interest due. Can I quote the Ref. number at any branch? Yes, any branch of ours will accept it. Is the figure in bold my Bal.? Right, as it stands now. Will the dep. show in my statement tonight? It should, within the hour. Never share your loan Ref.! Our staff will never ask you for it over the phone.",
        [
            "Your gold loan has been renewed, and the Ref. number is on the receipt we texted you. ",
            "What you still owe shows on your statement as Bal. ",
            "Interest is charged only on that sum. ",
            "You also made a cash dep. ",
            "It has already lowered the interest due. ",
            "Can I quote the Ref. number at any branch? ",
            "Yes, any branch of ours will accept it. ",
            "Is the figure in bold my Bal.? ",
            "Right, as it stands now. ",
            "Will the dep. show in my statement tonight? ",
            "It should, within the hour. ",
            "Never share your loan Ref.! ",
            "Our staff will never ask you for it over the phone.",
        ],
    ),
    # --- officialese: Supdt. before a lower-case word, a lower-case regd. ending a sentence before "Addl.", Addl. opening a sentence before a capitalised word, regd. right before "?", Addl. inside a question, regd. before a lower-case word, Supdt. right before "!" ---
    (
        "The Supdt. of the records office has sent word that your gift deed is now regd. Addl. Registrar Meena Joshi signed it herself at noon. Is the copy for my brother also regd.? Yes, both copies carry the same stamp. Will the Addl. Registrar meet us if there is a mistake? Only if you write to us formally. The regd. deed can be collected from the counter on Monday. Please carry your own identity proof when you come. Any correction must go through the Supdt.! Corrections by phone are not accepted.",
        [
            "The Supdt. of the records office has sent word that your gift deed is now regd. ",
            "Addl. Registrar Meena Joshi signed it herself at noon. ",
            "Is the copy for my brother also regd.? ",
            "Yes, both copies carry the same stamp. ",
            "Will the Addl. Registrar meet us if there is a mistake? ",
            "Only if you write to us formally. ",
            "The regd. deed can be collected from the counter on Monday. ",
            "Please carry your own identity proof when you come. ",
            "Any correction must go through the Supdt.! ",
            "Corrections by phone are not accepted.",
        ],
    ),
    # --- units: ml. before a lower-case word, ft. ending a sentence before "Each", km. right before "?", ft. before a lower-case word, ml. right before "!", ft. inside a question before a lower-case word, ml. before a comma ---
    (
        "We are sending 930 ml. of liquid fertiliser for the new hedge at your farmhouse. The hedge will run along the boundary for 463 ft. The plants will sit two feet apart. Is the drive from our nursery 19 km.? It is, on the state highway. The hose we are sending is 63 ft. long. Your gardener has asked for another 390 ml.! Is a 36 ft. roll of netting sufficient around the gate? Yes, with a few feet left over. Pour in the first 390 ml., then soak the soil deeply.",
        [
            "We are sending 930 ml. of liquid fertiliser for the new hedge at your farmhouse. ",
            "The hedge will run along the boundary for 463 ft. ",
            "The plants will sit two feet apart. ",
            "Is the drive from our nursery 19 km.? ",
            "It is, on the state highway. ",
            "The hose we are sending is 63 ft. long. ",
            "Your gardener has asked for another 390 ml.! ",
            "Is a 36 ft. roll of netting sufficient around the gate? ",
            "Yes, with a few feet left over. ",
            "Pour in the first 390 ml., then soak the soil deeply.",
        ],
    ),
    # --- dotted acronyms: K.Y.C. opening the reply, O.T.P. ending a sentence before "It", O.T.P. inside a question, K.Y.C. right before "?", O.T.P. before a comma, K.Y.C. ending a sentence before "Nobody", O.T.P. right before "!" ---
    (
        "K.Y.C. checks for your new postpaid mobile connection are done. Your number will go live once you share the O.T.P. It was sent to your old number a minute ago. Does the O.T.P. expire quickly? Yes, after a ten-minute window. Will my wife's connection need its own K.Y.C.? Yes, every user needs one. An O.T.P., once used, cannot be used again. Our agent has stored a copy of your K.Y.C. Nobody else can look at them. Never read out an O.T.P.! No genuine caller will ask for it.",
        [
            "K.Y.C. checks for your new postpaid mobile connection are done. ",
            "Your number will go live once you share the O.T.P. ",
            "It was sent to your old number a minute ago. ",
            "Does the O.T.P. expire quickly? ",
            "Yes, after a ten-minute window. ",
            "Will my wife's connection need its own K.Y.C.? ",
            "Yes, every user needs one. ",
            "An O.T.P., once used, cannot be used again. ",
            "Our agent has stored a copy of your K.Y.C. ",
            "Nobody else can look at them. ",
            "Never read out an O.T.P.! ",
            "No genuine caller will ask for it.",
        ],
    ),
    # --- short forms of ordinary prose: Rev. opening the reply before a name, approx. before a lower-case number word, Jr. ending a sentence before "His", Rev. inside a question before a name, Jr. right before "?", Jr. before a comma, approx. inside a question before a lower-case word ---
    (
        "Rev. Joseph Mathew will bless our new bakery on Saturday before the shutters go up. We expect approx. two hundred guests for the first batch of plum cake. Every cake recipe here was handed down by George D'Souza Jr. His father opened the first oven in our lane decades ago. Will Rev. Mathew say a short prayer too? Yes, moments before the ribbon is cut. Is the bread recipe also from D'Souza Jr.? It is, with a few changes of our own. D'Souza Jr., now in his eighties, will cut the ribbon himself. Will the opening take approx. an hour in all? A little over that, with tea.",
        [
            "Rev. Joseph Mathew will bless our new bakery on Saturday before the shutters go up. ",
            "We expect approx. two hundred guests for the first batch of plum cake. ",
            "Every cake recipe here was handed down by George D'Souza Jr. ",
            "His father opened the first oven in our lane decades ago. ",
            "Will Rev. Mathew say a short prayer too? ",
            "Yes, moments before the ribbon is cut. ",
            "Is the bread recipe also from D'Souza Jr.? ",
            "It is, with a few changes of our own. ",
            "D'Souza Jr., now in his eighties, will cut the ribbon himself. ",
            "Will the opening take approx. an hour in all? ",
            "A little over that, with tea.",
        ],
    ),
    # --- amounts: an amount-word ("crore") ending a sentence, a decimal percentage before a lower-case word, an amount with "/-" right before "!", two amounts joined by "to" before a lower-case word, an amount with paise ending a sentence, a bracketed amount inside a statement, an amount right before "?" ---
    (
        "The two-bedroom flat you visited in our new project is priced at ₹1.36 crore. Partner banks offer home loans at 8.46% interest to women who buy. Book this week and the booking amount is only ₹2,90,000/-! A covered parking slot costs ₹3,69,000 to ₹4,30,000 based on the level. Stamp duty on this flat works out to ₹7,63,290.50. Club membership (₹39,990 for life) is up to you. Is the monthly upkeep ₹5,930? Close to it, billed every quarter.",
        [
            "The two-bedroom flat you visited in our new project is priced at ₹1.36 crore. ",
            "Partner banks offer home loans at 8.46% interest to women who buy. ",
            "Book this week and the booking amount is only ₹2,90,000/-! ",
            "A covered parking slot costs ₹3,69,000 to ₹4,30,000 based on the level. ",
            "Stamp duty on this flat works out to ₹7,63,290.50. ",
            "Club membership (₹39,990 for life) is up to you. ",
            "Is the monthly upkeep ₹5,930? ",
            "Close to it, billed every quarter.",
        ],
    ),
    # --- dates and times: a hyphen date before a comma, a colon time before a lower-case word, a month form right before "?", a dotted date ending a sentence, two colon times joined by "till", a slash date before a lower-case bracketed phrase, a month form before a day number mid-sentence, a dotted time right before "!", a month form inside a question before a lower-case word, a colon time right before "?" ---
    (
        "Your son's karate belt grading is on 19-10-2094, so please pay the fee this week. Report to the dojo at 07:30 dressed in a clean uniform, please. Is there another grading in Oct.? No, the next one is in spring. Certificates will be handed out on 30.10.2094. The black belts demonstrate from 09:45 till 10:36, so come early to see them. His fitness form is due on 26/10/2094 (the coach will sign it) and must carry a photo. Fees go up after Oct. 29 for anyone who signs up afterwards. Belts are tied on stage at 11.53! Does the camp in Oct. end at 16:39? Yes, if the weather holds.",
        [
            "Your son's karate belt grading is on 19-10-2094, so please pay the fee this week. ",
            "Report to the dojo at 07:30 dressed in a clean uniform, please. ",
            "Is there another grading in Oct.? ",
            "No, the next one is in spring. ",
            "Certificates will be handed out on 30.10.2094. ",
            "The black belts demonstrate from 09:45 till 10:36, so come early to see them. ",
            "His fitness form is due on 26/10/2094 (the coach will sign it) and must carry a photo. ",
            "Fees go up after Oct. 29 for anyone who signs up afterwards. ",
            "Belts are tied on stage at 11.53! ",
            "Does the camp in Oct. end at 16:39? ",
            "Yes, if the weather holds.",
        ],
    ),
    # --- URLs, e-mail and phone numbers: a bare address before a lower-case word, an https:// address with a path and a trailing slash ending a sentence before a capital, an e-mail with a dotted local part inside a bracket mid-sentence, a +91 mobile number right before "?", an e-mail right before "!", a www. address with a path inside a bracket mid-sentence, an https:// address with a path right before "?", an https:// address with an "&" query string ending the reply ---
    (
        "Browse handloom sarees on bunkarhaat.in straight from weavers who sell directly. New arrivals are listed each week at https://bunkarhaat.in/naye-saree/. Bulk purchases (write to bade.order@bunkarhaat.in with your shop name) ship by parcel. Is your customer line +91 94630 48390? Yes, and it takes calls on every day of the week. For returns, write to vapsi@bunkarhaat.in! Our weavers answer the same day. Washing tips (see www.bunkarhaat.in/dhulai for each fabric) keep the colours bright. Can I follow my parcel at https://bunkarhaat.in/track? Yes, using the order code in your confirmation message. Search by colour at https://bunkarhaat.in/khojo?rang=neel&kapda=resham.",
        [
            "Browse handloom sarees on bunkarhaat.in straight from weavers who sell directly. ",
            "New arrivals are listed each week at https://bunkarhaat.in/naye-saree/. ",
            "Bulk purchases (write to bade.order@bunkarhaat.in with your shop name) ship by parcel. ",
            "Is your customer line +91 94630 48390? ",
            "Yes, and it takes calls on every day of the week. ",
            "For returns, write to vapsi@bunkarhaat.in! ",
            "Our weavers answer the same day. ",
            "Washing tips (see www.bunkarhaat.in/dhulai for each fabric) keep the colours bright. ",
            "Can I follow my parcel at https://bunkarhaat.in/track? ",
            "Yes, using the order code in your confirmation message. ",
            "Search by colour at https://bunkarhaat.in/khojo?rang=neel&kapda=resham.",
        ],
    ),
    # --- quotes, brackets and italics: a "?" inside a round bracket mid-sentence, a "?" inside a curly double quote mid-sentence, a "?" inside a closing curly single quote ending a sentence, a bracketed question as its own chunk, an italic phrase mid-sentence, a full stop just after a closing italic marker, a square-bracketed exclamation as its own chunk, a "." inside a closing curly double quote ending the reply ---
    (
        "Our healthy grains cooking class (have you tried bajra roti yet?) starts on Sunday in the back kitchen of our shop. The chef greets everyone with “Aaj kya banayenge?” before the stoves are lit. She once asked a student, ‘Who taught you to roll such round rotis?’ (Can you guess who it was?) We use *cold-pressed groundnut oil* in every recipe. Recipes are printed on a card titled *Grain Power*. [Tasting is free for family members!] At the end, she always says, “Cook with love, eat with joy.”",
        [
            "Our healthy grains cooking class (have you tried bajra roti yet?) starts on Sunday in the back kitchen of our shop. ",
            "The chef greets everyone with “Aaj kya banayenge?” before the stoves are lit. ",
            "She once asked a student, ‘Who taught you to roll such round rotis?’ ",
            "(Can you guess who it was?) ",
            "We use *cold-pressed groundnut oil* in every recipe. ",
            "Recipes are printed on a card titled *Grain Power*. ",
            "[Tasting is free for family members!] ",
            "At the end, she always says, “Cook with love, eat with joy.”",
        ],
    ),
    # --- ellipses: "?!" (an end); "..." before a capital (an end); "…" before a lower-case word (not an end); "…?" (an end after the "?"); "...!" (an end after the "!"); "..." before a lower-case word (not an end); "!!" (an end); the reply ends on "…" ---
    (
        "Your gas stove repair is delayed again?! The burner part came in the wrong size... We have ordered a fresh one… but the supplier is slow this month. Did the technician explain this to you…? He should have called yesterday...! Meanwhile, the small burner works fine... if you light it by hand. This is not the service we promised!! Please bear with us a little longer…",
        [
            "Your gas stove repair is delayed again?! ",
            "The burner part came in the wrong size... ",
            "We have ordered a fresh one… but the supplier is slow this month. ",
            "Did the technician explain this to you…? ",
            "He should have called yesterday...! ",
            "Meanwhile, the small burner works fine... if you light it by hand. ",
            "This is not the service we promised!! ",
            "Please bear with us a little longer…",
        ],
    ),
    # --- emoji: one opening the reply, one after a sentence's closing "?", two inside a sentence, one right before "!", one closing a sentence with no stop, two in a row (one skin-toned) after the reply's closing full stop ---
    (
        "🛒 Your weekly grocery order is ready at our shop. Did you want the brown eggs this time? 🥚 Our van 🚚 with fresh milk 🥛 will reach your society gate within half an hour ⏰! Fruits come in a separate bag 🍎 Enjoy your cooking this week. 😊👍🏽",
        [
            "🛒 Your weekly grocery order is ready at our shop. ",
            "Did you want the brown eggs this time? 🥚 ",
            "Our van 🚚 with fresh milk 🥛 will reach your society gate within half an hour ⏰! ",
            "Fruits come in a separate bag 🍎 ",
            "Enjoy your cooking this week. 😊👍🏽",
        ],
    ),
    # --- one-line list with "» " markers after a colon, items ending in ",", ", and" and "." ---
    (
        "So our pest control crew can spray for cockroaches on Friday, please: » cover all open food, » send your pets to a neighbour's home, and » empty the kitchen cupboards. Keep the windows open for four hours afterwards.",
        [
            "So our pest control crew can spray for cockroaches on Friday, please: ",
            "» cover all open food, ",
            "» send your pets to a neighbour's home, and ",
            "» empty the kitchen cupboards. ",
            "Keep the windows open for four hours afterwards.",
        ],
    ),
    # --- multi-line list with "◇ " markers after a heading line ending in a colon, items ending with "?", no mark, "!" and "." ---
    (
        "For the blood donation camp on Sunday:\n◇ Have you eaten a proper breakfast?\n◇ A photo identity card\n◇ Drink plenty of water the night before!\n◇ Donors must be in good health.\nOur nurses will guide you at the entrance.",
        [
            "For the blood donation camp on Sunday:\n",
            "◇ Have you eaten a proper breakfast?\n",
            "◇ A photo identity card\n",
            "◇ Drink plenty of water the night before!\n",
            "◇ Donors must be in good health.\n",
            "Our nurses will guide you at the entrance.",
        ],
    ),
    # --- mixed scripts: Telugu with ఎం.బి.ఎ. followed by a word mid-sentence, an English question, then Telugu at "." ---
    (
        "మీ అబ్బాయి ఎం.బి.ఎ. ఫీజు రసీదు మా కార్యాలయానికి వచ్చింది. Would you like a scanned copy on your phone? అసలు రసీదు సోమవారం ఇస్తాము.",
        [
            "మీ అబ్బాయి ఎం.బి.ఎ. ఫీజు రసీదు మా కార్యాలయానికి వచ్చింది. ",
            "Would you like a scanned copy on your phone? ",
            "అసలు రసీదు సోమవారం ఇస్తాము.",
        ],
    ),
    # --- mixed scripts: Gujarati opening the reply with બી.કોમ., an English sentence, then a Gujarati question ---
    (
        "બી.કોમ. ના અભ્યાસ માટે તમારી દીકરીની શિક્ષણ લોન મંજૂર થઈ છે. The first payment goes straight to the college. શું તમે કાલે બેંકમાં સહી કરવા આવી શકશો?",
        [
            "બી.કોમ. ના અભ્યાસ માટે તમારી દીકરીની શિક્ષણ લોન મંજૂર થઈ છે. ",
            "The first payment goes straight to the college. ",
            "શું તમે કાલે બેંકમાં સહી કરવા આવી શકશો?",
        ],
    ),
    # --- mixed scripts: a Hindi question holding पी.एच.डी. before a word, an English exclamation, then Assamese at । ---
    (
        "क्या आपकी बहन की पी.एच.डी. थीसिस की पाँचों प्रतियाँ हरे कवर में बाँधनी हैं? Gold printing on the spine is free! কিতাপবোৰ বৃহস্পতিবাৰে সাজু হ'ব।",
        [
            "क्या आपकी बहन की पी.एच.डी. थीसिस की पाँचों प्रतियाँ हरे कवर में बाँधनी हैं? ",
            "Gold printing on the spine is free! ",
            "কিতাপবোৰ বৃহস্পতিবাৰে সাজু হ'ব।",
        ],
    ),
    # --- mixed scripts: Malayalam at ".", an English question, then Odia at । ---
    (
        "വീട്ടിലെ കിണർ വൃത്തിയാക്കുന്ന ജോലി നാളെ തുടങ്ങും. Will someone be home to open the gate? କାମ ଦୁଇ ଦିନରେ ସରିବ।",
        [
            "വീട്ടിലെ കിണർ വൃത്തിയാക്കുന്ന ജോലി നാളെ തുടങ്ങും. ",
            "Will someone be home to open the gate? ",
            "କାମ ଦୁଇ ଦିନରେ ସରିବ।",
        ],
    ),
    # --- mixed scripts: Punjabi at ।, an English exclamation, then an Urdu question at ؟ ---
    (
        "ਤੁਹਾਡੇ ਪੁੱਤਰ ਦੇ ਵਿਆਹ ਲਈ ਢੋਲ ਵਾਲੇ ਬੁੱਕ ਹੋ ਗਏ ਹਨ। They will play all through the baraat! کیا آپ کو شہنائی والے بھی چاہییں؟",
        [
            "ਤੁਹਾਡੇ ਪੁੱਤਰ ਦੇ ਵਿਆਹ ਲਈ ਢੋਲ ਵਾਲੇ ਬੁੱਕ ਹੋ ਗਏ ਹਨ। ",
            "They will play all through the baraat! ",
            "کیا آپ کو شہنائی والے بھی چاہییں؟",
        ],
    ),
]
