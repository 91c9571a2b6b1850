"""Held-out cases for the sentence splitter, round 50: written without reading or running it.

Written after reading only /work/main/tests/azure_tts/splitter_held_out_round49.py and
/work/main/tests/azure_tts/splitter_held_out_round48.py (for format and conventions), each opened by
its exact path (with cat, sed, wc and grep, and with Python reading it as text and parsing it with
the ast module, never importing or running it). No splitter source, bench, tuning file, log, other
test file, README or git history was opened, no folder of the project was listed, no wildcard or
glob was used on a project path, git was not used, and no web, code or document search was made.
Nothing was run against the splitter or in the project, and its package was not imported. In /tmp
only the scratch folder /tmp/s37/w_s50/ (made for this round with mkdir -p) and this file were
touched; /tmp/s37 itself was not listed. One slip to record: the last five lines of round 49 were
printed once with tail on its exact path, a tool outside the cat, sed, wc, grep and Python named for
reading the two files (it read that one file only, as text). Round 49 was printed whole once with
cat (the tool output cut its middle, which was then read with sed by line ranges; one such range was
piped through grep -v to skip its chunk lines). Round 49's section comments were listed with grep -n
on its exact path, and its conventions paragraph was copied with sed (a pattern range on its exact
path) into the scratch folder and reused here, with the round numbers and readings moved on. Of
round 48 only its first 175 lines (its docstring and the start of its conventions) were printed,
with sed; its case texts were not read line by line (they were searched only by the checks below).
Python was used only in the scratch folder: to read the two files as text for the checks below (the
docstrings were taken with ast), to assemble this file from drafted chunk lists (so each text is the
join of its chunks), to check that the chunks concatenate exactly to the text, that every chunk but
the last ends in whitespace, that there are 60 cases and that the module imports by path, and for
the checks below. The case shape of round 49 is kept: each case is (text, expected chunks), so the
text is given whole; no stream split is stored here. No sentence is taken or paraphrased from the
two files, and none of their replies was used as a template. No reply is about a library, a ration
card, a voter card, a bus, a passport, a hotel stay, a scholarship, a water tank, house tax or
school hours, and no case holds the substrings "lab", "ration", "bus" or "let" at all (a first
"letter", "wallet" and "busy" were reworded). Topics were moved away from those the two files use
(now a refrigerator's gas refill, a resized gold ring, an airport cab, a debit card by courier, a
blood pressure monitor, yoga sessions, a piano tuner, car insurance, an air conditioner service, a
stitched blouse, a milk delivery, a desert cooler, a steel cupboard, a buffalo's vet visit, a water
filter, Holi colours, Pola bullock decorations, well digging, sweets for a rice-feeding ceremony, a
tube-well, jasmine for a wedding, a wet grinder, mango pickle, a new cot, Navratri garba passes, a
dairy's milk payment, cow insurance, a house-warming cook, a rubber tapper, an Ayurvedic massage, a
wheat combine harvester, dyed turbans, chhena poda, paddy seed, a Bihu mekhela chador, a bamboo
fence, biryani pots for a walima and a framed calligraphy; then a Vijay Diwas run, two tutors, a
child's allergy, a bakery's new branch, a bank statement and fixed deposit, a street food licence, a
charity walk, a payments app, a chess tournament, a flat purchase, a pilgrimage, a lunch box
kitchen, a street play, a delayed parcel, a birthday party, termite treatment, a board exam, and the
five mixed replies).

A phrase-overlap check searched every 16-character run of every case against both whole files
(docstrings included, case-insensitively, digits mapped to ASCII). Its first pass reworded: "collect
it from the ", " minutes before ", " within five working days. please sign ", " classes at the
community ", "sday afternoon. ", a Hinglish " dukaan se le ja", an Assamese "া হৈছে। শনিবাৰে ", " also
hand out t", " for your son's ", " if the fever comes back", " never skip the ", " is closest to the
", " beside the flower stall", " at the front desk.", " on saturday. th", ", and the rest is ",
"! shall we hold the ", " will be sent to you on ", "8? yes, and the ", "sted at https://", "shall
we add a s", "es within a day.", " would you like ", " starts on monday" and " shall we send a "; a
second pass found " the temperature", ", a thursday. be at the " and " the next morning", and a third
(after the rewording below) ".! look for the ". After that no 16-character run is shared with
either file. A within-file run check also reworded " in the evening." and a Hinglish " diya gaya
hai. ", and now finds none. Every phrase the two files quote in their docstrings (469 found by a
regex for straight and curly double quotes) was also searched for as a substring,
case-insensitively; that pass reworded "Friday.", "Sunday.", "LL." (a first "stall."), "ch." (a
first "each."), "en." (a first "then.", "kitchen." and "open."), "end.", "es." (a first "comes.",
"leaves." and "minutes." three times), "gh." (a first "cough."), "il." (a first "e-mail."), "nt." (a
first "pavement.", "complaint." and "point."), "om." (a first "room." twice), "ot." (a first
"boot."), "ours." (a first "hours." twice), "ox." (a first "box."), "re." (a first "picture." and
"signature."), "road." (twice), "rs." (a first "hours." twice, "runners.", "wheelchairs." and
"vendors."), "st." (a first "best."), "orders", "quiet room", the Hinglish "mahine" and "subah", the
Kannada "ಡಿ." (a first "ತೆಗೆಯಬೇಡಿ.") and "i." (inside a first domain "garamthali.in", now
"garamkhana.in"); a second pass reworded "Thursday." (a weekday brought in by the first pass),
"ch." and "lunch." (a "lunch." brought in the same way), "es." (a "comes." brought in, and a first
"changes." and "trophies."), "nt." (a "shopfront." brought in), "om." (one "room." the first pass
had missed) and "rs." (a first "two-wheelers."); a third found nothing new. A word piece "Ah" inside
a first web path "saptah" was also reworded (the path is now "yojana"), so that no hit sits inside
an address. What it still finds are marks and connecting words ("!", "?", "?!", ",", ", ", ", and",
", or", ".", " (", " and ", " before ", " or ", " that", "...", "...?", "…", "…!", "%", "/-", ".in",
"।"), the plain words "A", "I", "It", "Our", "The", "We", "You", "and", "app", "back", "but", "by",
"can", "each", "if", "in", "of", "only", "so", "to", "we" and "will", the amount-word "lakh" (kept,
as the amounts case needs it), word pieces ("AC" in words such as "each", "back", "packet" and
"sachet"; "Ah" in the Hinglish "Mahina", "chahiye" and "rahiye"; "app" in "applied"), and word
endings ("d." and "ed." in "checked.", "fined.", "signed.", "food." and "fraud."; "g." in
"awning.", "evening.", "helping.", "morning." and "reading."; "y." and "Y." in words such as
"Saturday.", "Wednesday.", "briefly." and "maturity."; "S." in words ending in s; "I." in the
Hinglish "gayi." and "hai."). Inside a form it finds only these: "d." and "D." in regd.; "g." in
Offg. and mg.; "y." and "Y." in K.Y.C. None is inside an address, an e-mail or a web address. No
Malayalam reply uses "നിങ്ങളുടെ", no Odia reply uses "ଆପଣଙ୍କ", no Kannada reply opens "ನಿಮ್ಮ
ತಂದೆಯವರ", no Gujarati reply uses "પિતાજી", and no Urdu reply uses "خود بخود".

Numbers: every amount, decimal, percentage, date, time, phone number and count was checked with a
plain substring search against both files, with and without its separators, after mapping every
Unicode decimal digit to ASCII (the files' digits were also searched as one run with all
separators removed); none is in either file. The two-digit runs that occur in neither file even
with their separators removed are 19 29 30 33 39 43 68 69 70 96 98 99, and every number here holds
at least one of them: House 439, 19.3, 330, 700 (twice), 2.9, 196 and 9.6 (km., ml., mg.), ₹43.9
lakh, 70%, ₹1,96,000/-, ₹3,300, ₹3,900, ₹29,999.50, ₹2,19,300, ₹68,000, 17-04-2069 (a Wednesday),
05:30, 13.04.2069, 09:39, 10:30, 16/04/2069, 6.30, 19:30, 0739-430 9968 and 1800-399-3069. No
single-digit number, no Indic digit and no bare list number is used; the list markers are "◉ " and
"❖ ", and neither occurs in either file. Names, places and addresses were checked the same way
(none occurs there): Arjun, Harpreet Sandhu, Vijay Diwas, Gulmohar, Meera Joshi, Vikram Nair,
Suresh Pillai, Haridwar, Char Dham, Cetirizine, Montelukast, ibuprofen and the garamkhana.in domain
(local parts "swad" and "dawat", paths "aaj-ka-menu", "daftar", "yojana" and "khoj?tiffin=garam").
The domain holds none of the files' banned words; its tail before ".in" ("na.") occurs nowhere in
the files, and no other word here ends in it (a first path "aaj-ka-khana" and a first Hinglish
"dena." were reworded for it). "India" is not used (nor a flag emoji); the Indic-script cases name
no person and no place. No undotted acronym is used (a regex for two or more capitals finds none).
The emoji used (🎂, 🎈, 👏, 🪄, 🧁, 🎁, 🧑, 🍳) and the
skin tone 🏻 occur in neither file; the joiner does (in round 48's ❤️‍🔥 and round 49's 🙋‍♀️), so the
sequence 🧑‍🍳 as a whole is new but its joiner is not. The Malayalam and Telugu replies hold no
zero-width joiner or non-joiner.

Every short form here is new. Each was searched for in both files, case-insensitively, as a plain
substring (so also as a whole word), and none is found:
- service forms Col. and Sub., with the lower-case bn.;
- degrees M.Sc. and M.C.A. (and "Sc.", "M.C.", "C.A.");
- prescription forms Tab. and Syr., with the lower-case susp.;
- address forms Ln. and Blk., with the lower-case flr.;
- banking forms Stmt. and Ref., with the lower-case dep.;
- officialese Govt. and Offg., with the lower-case regd.;
- units km., ml. and mg.;
- dotted acronyms K.Y.C. and O.T.P. (and each run of two parts: "K.Y.", "Y.C.", "O.T.", "T.P.");
- short forms of ordinary prose Mr. and Jr., with the lower-case viz.;
- the month form Apr. (right before "?" and inside a question after "late");
- Indic forms বি.এসসি. (Bengali), ఎం.ఏ. (Telugu) and એમ.કોમ. (Gujarati). No single part of them
  ("বি.", "এসসি.", "ఎం.", "ఏ.", "એમ.", "કોમ.") occurs in the two files read.
Their tails were checked too: "ol.", "ub.", "bn.", "sc.", "ab.", "yr.", "sp.", "ln.", "lk.", "lr.",
"mt.", "ef.", "ep.", "vt.", "fg.", "gd.", "km.", "ml.", "mg.", "mr.", "jr.", "iz.", "pr." and the last
parts "C.A.", "Y.C." and "T.P." occur nowhere there. Within this file no two forms share a tail, and
no other word ends in one (each tail occurs exactly as often as its form). Forms dropped for
clashing: Smt. (sharing "mt." with Stmt.), Sect. and Oct. ("ct." is in the files), Bal. ("al."),
Dec. ("ec."), Jan. ("an."), Hav. (in the files), Int. and Oint. ("nt." is quoted in the files),
Asst. ("st."), Supdt. ("dt.", 49's Cdt.), Addl. ("dl.", 49's wdl.), Mrs. and hrs. ("rs."), ft.
(in the files), Insp. (sharing "sp." with susp.) and a
Latin B.Pharm. ("rm." is quoted in the files). No new short amount-word is used: "crore" would end a
sentence in "re.", which the files quote (so the amounts case uses "lakh", "/-", "%" and paise
only). No form means a fuel, health centre, school, transport, post office, police, civic body,
village, district, doctor, number or time of day (so no "a.m.", "p.m.", "Dr." or "No."). No single
capital letter ends a sentence other than as the last part of a dotted acronym, and no label is
exercised.

About two thirds of the cases (38 of 60) are everyday replies (home services, banking, travel,
health, farming, shops, festivals and events) in English, Hinglish, Hindi (one of them written with
"." instead of "।"), Marathi, Bengali, Tamil, Telugu, Gujarati, Kannada, Malayalam, Punjabi, Odia,
Assamese and Urdu, in round 49's proportions (8 English, 4 Hinglish, 4 Hindi, 2 of each other
language). The other 22 carry the harder cases a bot really produces, in round 49's order.

Conventions (those rounds 48 and 49 state, kept): each case is (text, the chunks a careful human
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
it. Two emoji in a row after a sentence's full stop both stay with that sentence; an http:// address
ending a sentence before a capital ends the chunk after the full stop; a short form joined to "mid-"
behaves as the short form alone does; items of a one-line list ending in ",", ", and", ";" or "; and"
are each a chunk. A month form with no day number right before "?" ends the chunk after the "?"; an emoji right
before "." followed by a second emoji after that full stop keeps both in that sentence. Two readings
follow from the stated ones and are used here: an emoji right before "!" followed by a skin-toned
emoji after that mark ("evening 🎈! 👏🏻 A") keeps both in that sentence, as one right before "."
with one after the full stop does; an address form before a single capital letter inside an
address ("Gulmohar Ln., Blk. D, on") is not an end, as a short form before a capitalised place name
inside an address is not.

Exercised here (new variations):
1. "Col. Harpreet Sandhu" opening the reply stays with it; a lower-case "Sikh bn. Its" ends the
   chunk; "A retired Sub. (your uncle's" is not an end; "Will Col. Sandhu present" inside a question
   is not one; "the Sub.? Yes" ends after the "?"; "The bn., now" is not an end; "the Col.! He" ends
   after the "!".
2. "an M.Sc. degree" is not an end; "an M.C.A. She" ends the chunk; "Does an M.C.A. graduate" inside
   a question is not an end; "a regular M.Sc.? It" ends after the "?"; "M.C.A. holders" opening a
   sentence stays with it; "an M.Sc., and" is not an end; "her M.Sc.! Ring" ends after the "!".
3. "Tab. Cetirizine" opening the reply stays with it; "written Syr. Montelukast for" is not an end; a
   lower-case "ibuprofen susp. It" ends the chunk; "Should the Tab. be" inside a question is not an
   end; "a Syr.? Yes" ends after the "?"; "the susp. well" is not an end; "night Tab.! Sneezing"
   ends after the "!".
4. "House 439, Gulmohar Ln., Blk. D, on" holds no end (that sentence ends at its own full stop); a
   lower-case "ground flr. A" ends the chunk; "Which Blk. gate" inside a question is not an end;
   "the Ln. outside?" inside a question is not one; "upper flr. houses" is not one; "Gulmohar Ln.!
   Our" ends after the "!".
5. "Your Stmt. for" is not an end; "a Ref. Please" ends the chunk; a lower-case "fixed dep. There"
   ends it; "a printed Stmt. at" and "the renewed dep. earn" inside questions are not ends; "the
   Ref.? Yes" ends after the "?"; "your Stmt.! A" ends after the "!".
6. "a Govt. scheme" is not an end; a lower-case "is regd. Keep" ends the chunk; "Offg. Commissioner
   Meera Joshi" opening a sentence stays with it; "post regd.? It" ends after the "?"; "Will the
   Offg. Commissioner" inside a question is not an end; "Your regd. mobile" is not one; "the Govt.!
   Carts" ends after the "!".
7. "19.3 km. of" is not an end; "330 ml. It" ends the chunk; "700 mg.? They" ends after the "?";
   "2.9 km. apart" is not an end; "196 ml.! Is" ends after the "!"; "a 700 mg. sachet" inside a
   question is not an end; "9.6 km., up" is not one.
8. "K.Y.C. papers" opening the reply stays with it; "the O.T.P. Our" ends the chunk; "Is the O.T.P.
   valid" inside a question is not an end; "my K.Y.C.? Only" ends after the "?"; "The O.T.P., a" is
   not an end; "your K.Y.C. Anyone" ends the chunk; "the O.T.P.! Then" ends after the "!".
9. "Mr. Vikram Nair" opening the reply stays with it; "viz. under-ten" is not an end; "Pillai Jr.
   His" ends the chunk; "Will Mr. Nair also" inside a question is not one; "Pillai Jr.? Partly" ends
   after the "?"; "Pillai Jr., a" is not an end; "section, viz. shorter" inside a question is not
   one.
10. An amount-word ending a sentence ("₹43.9 lakh. The"), a percentage before a comma ("70%, and"),
    an amount with "/-" right before "?" ("₹1,96,000/-? Yes"), two amounts joined by "to" before a
    lower-case word ("₹3,300 to ₹3,900 depending"), an amount with paise ending a sentence
    ("₹29,999.50. Stamp"), a bracketed amount mid-sentence ("(₹2,19,300 at the current rate) is"),
    an amount right before "!" ("₹68,000! Do").
11. A hyphen date before a comma ("17-04-2069, a"), a colon time before a lower-case word ("05:30
    and"), a month form right before "?" ("in Apr.? Yes"), a dotted date ending a sentence
    ("13.04.2069. Darshan"), two colon times joined by "and" ("09:39 and 10:30, so"), a slash date
    before a lower-case bracket ("16/04/2069 (a signed copy will do) along"), a dotted time right
    before "!" ("6.30! Is"), a month form inside a question ("late Apr. timed"), a colon time right
    before "?" ("19:30? Roughly").
12. A bare address before a lower-case word is not cut; an https:// address with a hyphenated path
    ending a sentence before a capital ends it after the full stop; an e-mail inside a bracket
    mid-sentence is neither cut nor an end; an http:// address with a path right before "!" ends
    the chunk after the "!"; a landline with an area code right before "?" ends it after the "?"; a
    toll-free number ending a sentence ends it after the full stop; a www. address with a path
    inside a bracket mid-sentence is neither cut nor an end; an e-mail right before "?" ends it
    after the "?"; an https:// address with a "?" query string ends the reply after its full stop.
13. A "?" inside a curly double quote mid-sentence (“Kya aapne socha hai?” before); a "!" inside a
    closing straight double quote ending a sentence ("Paani bachao!" (); a bracketed question as its
    own chunk; a full stop just after a closing straight single quote ('dhanyavaad'. [); a
    square-bracketed exclamation as its own chunk; a full stop just after a closing square bracket
    (banners]. The); a "?" inside a closing curly double quote ending the reply.
14. "?!" ends the first sentence; "..." before "The" ends one; "…" before "but" does not; "...?"
    ends one after the "?"; "…!" ends one after the "!"; "..." before "unless" does not; the reply
    ends on "…".
15. Emoji: 🎂 opening the reply, 🎈 right before "!" with the skin-toned 👏🏻 after it, 🪄 inside a
    sentence, 🧁 right before ".", 🎁 closing a sentence with no stop, the joined 🧑‍🍳 ending the
    reply with no stop.
16. "◉ " markers on a one-line list after a colon (items ending ",", ", and" and ".") and "❖ "
    markers on a multi-line list after a heading line (items ending "?", "!", no mark and "."), each
    followed by a plain sentence.
17. Mixed scripts: Bengali holding বি.এসসি. before a word mid-sentence, an English question, Bengali
    at ।; Telugu opening the reply with ఎం.ఏ., English, a Telugu question; a Gujarati question
    holding એમ.કોમ. before a word, an English "!", Gujarati at "."; Punjabi at ।, an English
    question, Assamese at ।; Malayalam at ".", an English "!", an Urdu question at ؟.

"""

from __future__ import annotations

HELD_OUT: list[tuple[str, list[str]]] = [
    # --- everyday replies, English ---
    (
        "Your refrigerator's cooling gas has been topped up, and the leaking joint has been brazed shut. The freezer should be fully cold again by this evening. Keep the door shut as much as you can for now.",
        [
            "Your refrigerator's cooling gas has been topped up, and the leaking joint has been brazed shut. ",
            "The freezer should be fully cold again by this evening. ",
            "Keep the door shut as much as you can for now.",
        ],
    ),
    (
        "The gold ring you brought in has been resized by two steps. Our goldsmith polished it as well, so it shines like new. Pick it up at our shop on any day before closing time.",
        [
            "The gold ring you brought in has been resized by two steps. ",
            "Our goldsmith polished it as well, so it shines like new. ",
            "Pick it up at our shop on any day before closing time.",
        ],
    ),
    (
        "The cab to the airport is booked for tomorrow at dawn. Your driver, Arjun, will ring you when he is ten minutes away from your gate. He will help you with the luggage.",
        [
            "The cab to the airport is booked for tomorrow at dawn. ",
            "Your driver, Arjun, will ring you when he is ten minutes away from your gate. ",
            "He will help you with the luggage.",
        ],
    ),
    (
        "Your new debit card has been dispatched by courier to your home address. It should arrive in about a week. Sign the strip on its back as soon as you get it.",
        [
            "Your new debit card has been dispatched by courier to your home address. ",
            "It should arrive in about a week. ",
            "Sign the strip on its back as soon as you get it.",
        ],
    ),
    (
        "The blood pressure monitor you ordered is out for delivery today. It runs on four small cells, which are packed inside its carton. Take your readings at the same hour each morning for a true reading.",
        [
            "The blood pressure monitor you ordered is out for delivery today. ",
            "It runs on four small cells, which are packed inside its carton. ",
            "Take your readings at the same hour each morning for a true reading.",
        ],
    ),
    (
        "Yoga sessions in the society's common room start on Monday morning at six. Bring your own mat and a small towel. Eat nothing heavy for two hours before each class.",
        [
            "Yoga sessions in the society's common room start on Monday morning at six. ",
            "Bring your own mat and a small towel. ",
            "Eat nothing heavy for two hours before each class.",
        ],
    ),
    (
        "The piano tuner will visit your flat on Thursday around noon. He needs about an hour, with no noise around him while he works. His fee can be paid in cash or by phone.",
        [
            "The piano tuner will visit your flat on Thursday around noon. ",
            "He needs about an hour, with no noise around him while he works. ",
            "His fee can be paid in cash or by phone.",
        ],
    ),
    (
        "Your car insurance has been renewed for another year. The new policy document has been e-mailed to you. It also covers roadside help if the car breaks down on a highway.",
        [
            "Your car insurance has been renewed for another year. ",
            "The new policy document has been e-mailed to you. ",
            "It also covers roadside help if the car breaks down on a highway.",
        ],
    ),
    # --- everyday replies, Hinglish ---
    (
        "Aapke air conditioner ki servicing ho gayi hai. Filter saaf kiya gaya aur gas bhi check ki gayi. Ab kamra pehle se jaldi thanda hoga.",
        [
            "Aapke air conditioner ki servicing ho gayi hai. ",
            "Filter saaf kiya gaya aur gas bhi check ki gayi. ",
            "Ab kamra pehle se jaldi thanda hoga.",
        ],
    ),
    (
        "Aapka blouse silkar taiyaar hai. Aastin par moti ka kaam bhi kar diya gaya hai. Kal shaam tak aakar le lijiye.",
        [
            "Aapka blouse silkar taiyaar hai. ",
            "Aastin par moti ka kaam bhi kar diya gaya hai. ",
            "Kal shaam tak aakar le lijiye.",
        ],
    ),
    (
        "Kal se aapke ghar roz savere do packet doodh aayega. Mahina khatam hone par paise online bhej dijiye. Kisi din doodh na chahiye toh raat ko message kar dijiye.",
        [
            "Kal se aapke ghar roz savere do packet doodh aayega. ",
            "Mahina khatam hone par paise online bhej dijiye. ",
            "Kisi din doodh na chahiye toh raat ko message kar dijiye.",
        ],
    ),
    (
        "Aapke cooler ki ghaas badal di gayi hai. Motor mein tel bhi daal diya. Cooler ka pani hafte mein ek baar badalte rahiye.",
        [
            "Aapke cooler ki ghaas badal di gayi hai. ",
            "Motor mein tel bhi daal diya. ",
            "Cooler ka pani hafte mein ek baar badalte rahiye.",
        ],
    ),
    # --- everyday replies, Hindi ---
    (
        "आपकी स्टील की अलमारी कल दोपहर घर पहुँचा दी जाएगी। उसके साथ ताले की दो चाबियाँ भी होंगी। अलमारी को दीवार से थोड़ा हटाकर रखिए।",
        [
            "आपकी स्टील की अलमारी कल दोपहर घर पहुँचा दी जाएगी। ",
            "उसके साथ ताले की दो चाबियाँ भी होंगी। ",
            "अलमारी को दीवार से थोड़ा हटाकर रखिए।",
        ],
    ),
    (
        "आपकी भैंस को देखने के लिए पशु डॉक्टर शनिवार सुबह आएँगे। उसे बुखार की दवा और एक टीका लगेगा। तब तक उसे ठंडा पानी पिलाते रहिए।",
        [
            "आपकी भैंस को देखने के लिए पशु डॉक्टर शनिवार सुबह आएँगे। ",
            "उसे बुखार की दवा और एक टीका लगेगा। ",
            "तब तक उसे ठंडा पानी पिलाते रहिए।",
        ],
    ),
    (
        "आपके घर में पानी का नया फ़िल्टर लग गया है। इसकी कैंडल हर छह महीने में बदलनी होगी। पहले दिन का पानी बहा दीजिए।",
        [
            "आपके घर में पानी का नया फ़िल्टर लग गया है। ",
            "इसकी कैंडल हर छह महीने में बदलनी होगी। ",
            "पहले दिन का पानी बहा दीजिए।",
        ],
    ),
    (
        "होली के लिए आपका गुलाल और पिचकारियाँ तैयार हैं. सारे रंग फूलों से बने हैं. इन्हें गुरुवार शाम तक दुकान से ले जाइए.",
        [
            "होली के लिए आपका गुलाल और पिचकारियाँ तैयार हैं. ",
            "सारे रंग फूलों से बने हैं. ",
            "इन्हें गुरुवार शाम तक दुकान से ले जाइए.",
        ],
    ),
    # --- everyday replies, other Indian languages ---
    (
        "पोळ्यासाठी बैलांच्या सजावटीचे सामान तयार आहे. त्यात झूल, घुंगरू आणि शिंगांसाठी रंग आहे. शुक्रवारी सकाळी दुकानातून घेऊन जा.",
        [
            "पोळ्यासाठी बैलांच्या सजावटीचे सामान तयार आहे. ",
            "त्यात झूल, घुंगरू आणि शिंगांसाठी रंग आहे. ",
            "शुक्रवारी सकाळी दुकानातून घेऊन जा.",
        ],
    ),
    (
        "तुमच्या विहिरीचे खोदकाम मंगळवारी सकाळी सुरू होईल. कामगार दोन दिवस शेतावरच मुक्काम करतील. विहिरीजवळ जनावरे बांधू नका.",
        [
            "तुमच्या विहिरीचे खोदकाम मंगळवारी सकाळी सुरू होईल. ",
            "कामगार दोन दिवस शेतावरच मुक्काम करतील. ",
            "विहिरीजवळ जनावरे बांधू नका.",
        ],
    ),
    (
        "আপনার ছেলের অন্নপ্রাশনের জন্য দুশো রসগোল্লা আর সন্দেশ তৈরি থাকবে। মিষ্টি রবিবার সকালে বাড়িতে পৌঁছে দেওয়া হবে। বাকি টাকা তখনই দিলে চলবে।",
        [
            "আপনার ছেলের অন্নপ্রাশনের জন্য দুশো রসগোল্লা আর সন্দেশ তৈরি থাকবে। ",
            "মিষ্টি রবিবার সকালে বাড়িতে পৌঁছে দেওয়া হবে। ",
            "বাকি টাকা তখনই দিলে চলবে।",
        ],
    ),
    (
        "আপনাদের পাড়ার টিউবওয়েল মেরামত করা হয়েছে। নতুন হাতল আর ওয়াশার লাগানো হয়েছে। প্রথম দিনের জল ব্যবহার করবেন না।",
        [
            "আপনাদের পাড়ার টিউবওয়েল মেরামত করা হয়েছে। ",
            "নতুন হাতল আর ওয়াশার লাগানো হয়েছে। ",
            "প্রথম দিনের জল ব্যবহার করবেন না।",
        ],
    ),
    (
        "உங்கள் வீட்டுத் திருமணத்துக்கு ஐம்பது முழம் மல்லிகைப் பூ ஆர்டர் செய்யப்பட்டுள்ளது. பூக்கள் முகூர்த்த நாள் அதிகாலை வந்து சேரும். அவற்றை ஈரத் துணியில் சுற்றி வைக்கவும்.",
        [
            "உங்கள் வீட்டுத் திருமணத்துக்கு ஐம்பது முழம் மல்லிகைப் பூ ஆர்டர் செய்யப்பட்டுள்ளது. ",
            "பூக்கள் முகூர்த்த நாள் அதிகாலை வந்து சேரும். ",
            "அவற்றை ஈரத் துணியில் சுற்றி வைக்கவும்.",
        ],
    ),
    (
        "உங்கள் கிரைண்டரின் மோட்டார் பழுது நீக்கப்பட்டது. புதிய பெல்ட்டும் பொருத்தப்பட்டுள்ளது. நாளை மாலை கடைக்கு வந்து வாங்கிக்கொள்ளலாம்.",
        [
            "உங்கள் கிரைண்டரின் மோட்டார் பழுது நீக்கப்பட்டது. ",
            "புதிய பெல்ட்டும் பொருத்தப்பட்டுள்ளது. ",
            "நாளை மாலை கடைக்கு வந்து வாங்கிக்கொள்ளலாம்.",
        ],
    ),
    (
        "మీరు ఆర్డర్ చేసిన ఆవకాయ పచ్చడి రెండు జాడీలలో సిద్ధంగా ఉంది. ఇందులో నువ్వుల నూనె వాడాము. గురువారం లోపు దుకాణం నుండి తీసుకెళ్ళండి.",
        [
            "మీరు ఆర్డర్ చేసిన ఆవకాయ పచ్చడి రెండు జాడీలలో సిద్ధంగా ఉంది. ",
            "ఇందులో నువ్వుల నూనె వాడాము. ",
            "గురువారం లోపు దుకాణం నుండి తీసుకెళ్ళండి.",
        ],
    ),
    (
        "మీరు కొన్న కొత్త మంచం ఆదివారం ఇంటికి వస్తుంది. మా వాళ్ళు దాన్ని బిగించి ఇస్తారు. పాత మంచాన్ని ముందుగానే గది నుండి తీసేయండి.",
        [
            "మీరు కొన్న కొత్త మంచం ఆదివారం ఇంటికి వస్తుంది. ",
            "మా వాళ్ళు దాన్ని బిగించి ఇస్తారు. ",
            "పాత మంచాన్ని ముందుగానే గది నుండి తీసేయండి.",
        ],
    ),
    (
        "નવરાત્રિના ગરબા માટે તમારા ચાર પાસ તૈયાર છે. પાસ પર દરેકનો ફોટો લગાવવો જરૂરી છે. પહેલી રાત્રે દરવાજા આઠ વાગ્યે ખૂલશે.",
        [
            "નવરાત્રિના ગરબા માટે તમારા ચાર પાસ તૈયાર છે. ",
            "પાસ પર દરેકનો ફોટો લગાવવો જરૂરી છે. ",
            "પહેલી રાત્રે દરવાજા આઠ વાગ્યે ખૂલશે.",
        ],
    ),
    (
        "તમારા દૂધનો આ મહિનાનો હિસાબ ડેરીમાં તૈયાર છે. પૈસા સોમવારે બેંક ખાતામાં જમા થશે. ફેટની વિગત નોટિસ બોર્ડ પર લગાવી છે.",
        [
            "તમારા દૂધનો આ મહિનાનો હિસાબ ડેરીમાં તૈયાર છે. ",
            "પૈસા સોમવારે બેંક ખાતામાં જમા થશે. ",
            "ફેટની વિગત નોટિસ બોર્ડ પર લગાવી છે.",
        ],
    ),
    (
        "ನಿಮ್ಮ ಹಸುವಿನ ವಿಮೆ ಮಂಜೂರಾಗಿದೆ. ಕಿವಿಗೆ ಹಾಕಿದ ಗುರುತಿನ ಓಲೆಯನ್ನು ತೆಗೆಯಬಾರದು. ಪಾಲಿಸಿ ಪ್ರತಿ ಮುಂದಿನ ವಾರ ಅಂಚೆಯಲ್ಲಿ ಬರುತ್ತದೆ.",
        [
            "ನಿಮ್ಮ ಹಸುವಿನ ವಿಮೆ ಮಂಜೂರಾಗಿದೆ. ",
            "ಕಿವಿಗೆ ಹಾಕಿದ ಗುರುತಿನ ಓಲೆಯನ್ನು ತೆಗೆಯಬಾರದು. ",
            "ಪಾಲಿಸಿ ಪ್ರತಿ ಮುಂದಿನ ವಾರ ಅಂಚೆಯಲ್ಲಿ ಬರುತ್ತದೆ.",
        ],
    ),
    (
        "ಗೃಹಪ್ರವೇಶಕ್ಕೆ ಅಡುಗೆಯವರನ್ನು ಗೊತ್ತುಮಾಡಲಾಗಿದೆ. ಅವರು ಹಿಂದಿನ ರಾತ್ರಿಯೇ ಬಂದು ತಯಾರಿ ಮಾಡುತ್ತಾರೆ. ತರಕಾರಿ ಪಟ್ಟಿಯನ್ನು ನಾಳೆ ಕಳುಹಿಸುತ್ತೇವೆ.",
        [
            "ಗೃಹಪ್ರವೇಶಕ್ಕೆ ಅಡುಗೆಯವರನ್ನು ಗೊತ್ತುಮಾಡಲಾಗಿದೆ. ",
            "ಅವರು ಹಿಂದಿನ ರಾತ್ರಿಯೇ ಬಂದು ತಯಾರಿ ಮಾಡುತ್ತಾರೆ. ",
            "ತರಕಾರಿ ಪಟ್ಟಿಯನ್ನು ನಾಳೆ ಕಳುಹಿಸುತ್ತೇವೆ.",
        ],
    ),
    (
        "റബ്ബർ ടാപ്പിങ്ങിന് പുതിയ ഒരു പണിക്കാരനെ ഏർപ്പാടാക്കി. അദ്ദേഹം തിങ്കളാഴ്ച മുതൽ പുലർച്ചെ തോട്ടത്തിൽ എത്തും. പാൽ ശേഖരിക്കാനുള്ള ചിരട്ടകൾ തയ്യാറാക്കി വയ്ക്കുക.",
        [
            "റബ്ബർ ടാപ്പിങ്ങിന് പുതിയ ഒരു പണിക്കാരനെ ഏർപ്പാടാക്കി. ",
            "അദ്ദേഹം തിങ്കളാഴ്ച മുതൽ പുലർച്ചെ തോട്ടത്തിൽ എത്തും. ",
            "പാൽ ശേഖരിക്കാനുള്ള ചിരട്ടകൾ തയ്യാറാക്കി വയ്ക്കുക.",
        ],
    ),
    (
        "ആയുർവേദ ഉഴിച്ചിലിനുള്ള ബുക്കിംഗ് ശനിയാഴ്ച രാവിലെ ഒൻപതിനാണ്. ഒരു മണിക്കൂർ മുൻപ് ഭക്ഷണം കഴിക്കരുത്. മാറാനുള്ള വസ്ത്രം കൂടെ കരുതണം.",
        [
            "ആയുർവേദ ഉഴിച്ചിലിനുള്ള ബുക്കിംഗ് ശനിയാഴ്ച രാവിലെ ഒൻപതിനാണ്. ",
            "ഒരു മണിക്കൂർ മുൻപ് ഭക്ഷണം കഴിക്കരുത്. ",
            "മാറാനുള്ള വസ്ത്രം കൂടെ കരുതണം.",
        ],
    ),
    (
        "ਤੁਹਾਡੀ ਕਣਕ ਦੀ ਵਾਢੀ ਲਈ ਕੰਬਾਈਨ ਸੋਮਵਾਰ ਨੂੰ ਆਵੇਗੀ। ਡਰਾਈਵਰ ਸਵੇਰੇ ਸੱਤ ਵਜੇ ਖੇਤ ਪਹੁੰਚ ਜਾਵੇਗਾ। ਤੂੜੀ ਲਈ ਟਰਾਲੀ ਦਾ ਪ੍ਰਬੰਧ ਤੁਸੀਂ ਕਰਨਾ ਹੈ।",
        [
            "ਤੁਹਾਡੀ ਕਣਕ ਦੀ ਵਾਢੀ ਲਈ ਕੰਬਾਈਨ ਸੋਮਵਾਰ ਨੂੰ ਆਵੇਗੀ। ",
            "ਡਰਾਈਵਰ ਸਵੇਰੇ ਸੱਤ ਵਜੇ ਖੇਤ ਪਹੁੰਚ ਜਾਵੇਗਾ। ",
            "ਤੂੜੀ ਲਈ ਟਰਾਲੀ ਦਾ ਪ੍ਰਬੰਧ ਤੁਸੀਂ ਕਰਨਾ ਹੈ।",
        ],
    ),
    (
        "ਤੁਹਾਡੀਆਂ ਪੱਗਾਂ ਦੀ ਰੰਗਾਈ ਹੋ ਗਈ ਹੈ। ਕੇਸਰੀ ਅਤੇ ਗੂੜ੍ਹਾ ਨੀਲਾ ਰੰਗ ਪੱਕਾ ਚੜ੍ਹਿਆ ਹੈ। ਸ਼ਨੀਵਾਰ ਸ਼ਾਮ ਤੱਕ ਆ ਕੇ ਚੁੱਕ ਲਓ।",
        [
            "ਤੁਹਾਡੀਆਂ ਪੱਗਾਂ ਦੀ ਰੰਗਾਈ ਹੋ ਗਈ ਹੈ। ",
            "ਕੇਸਰੀ ਅਤੇ ਗੂੜ੍ਹਾ ਨੀਲਾ ਰੰਗ ਪੱਕਾ ਚੜ੍ਹਿਆ ਹੈ। ",
            "ਸ਼ਨੀਵਾਰ ਸ਼ਾਮ ਤੱਕ ਆ ਕੇ ਚੁੱਕ ਲਓ।",
        ],
    ),
    (
        "ଆପଣ ମଗାଇଥିବା ଛେନାପୋଡ଼ ରବିବାର ସକାଳେ ତିଆରି ହୋଇଯିବ। ଦୁଇ କିଲୋର ଗୋଟିଏ ବଡ଼ ଥାଳି ପ୍ୟାକ୍ କରାଯିବ। ଏହାକୁ ଫ୍ରିଜରେ ରଖନ୍ତୁ ନାହିଁ।",
        [
            "ଆପଣ ମଗାଇଥିବା ଛେନାପୋଡ଼ ରବିବାର ସକାଳେ ତିଆରି ହୋଇଯିବ। ",
            "ଦୁଇ କିଲୋର ଗୋଟିଏ ବଡ଼ ଥାଳି ପ୍ୟାକ୍ କରାଯିବ। ",
            "ଏହାକୁ ଫ୍ରିଜରେ ରଖନ୍ତୁ ନାହିଁ।",
        ],
    ),
    (
        "ଖରିଫ ଚାଷ ପାଇଁ ଧାନ ମଞ୍ଜି ବୁଧବାର ଗାଁରେ ପହଞ୍ଚିବ। ପ୍ରତି ପରିବାରକୁ ଦୁଇଟି ବସ୍ତା ମିଳିବ। ଜମି କାଗଜର ନକଲ ସାଙ୍ଗରେ ଆଣନ୍ତୁ।",
        [
            "ଖରିଫ ଚାଷ ପାଇଁ ଧାନ ମଞ୍ଜି ବୁଧବାର ଗାଁରେ ପହଞ୍ଚିବ। ",
            "ପ୍ରତି ପରିବାରକୁ ଦୁଇଟି ବସ୍ତା ମିଳିବ। ",
            "ଜମି କାଗଜର ନକଲ ସାଙ୍ଗରେ ଆଣନ୍ତୁ।",
        ],
    ),
    (
        "আপোনাৰ বিহুৰ মেখেলা চাদৰ বোৱা কাম শেষ হ'ল। ইয়াত সোণালী সূতাৰে ফুল তোলা হৈছে। বৃহস্পতিবাৰে দোকানৰ পৰা লৈ যাব।",
        [
            "আপোনাৰ বিহুৰ মেখেলা চাদৰ বোৱা কাম শেষ হ'ল। ",
            "ইয়াত সোণালী সূতাৰে ফুল তোলা হৈছে। ",
            "বৃহস্পতিবাৰে দোকানৰ পৰা লৈ যাব।",
        ],
    ),
    (
        "আপোনাৰ বাৰীৰ বাঁহৰ বেৰ মেৰামতিৰ কাম বুধবাৰে হ'ব। মিস্ত্ৰীয়ে নতুন বাঁহ নিজেই আনিব। গৰু-ছাগলী সেইদিনা বান্ধি ৰাখিব।",
        [
            "আপোনাৰ বাৰীৰ বাঁহৰ বেৰ মেৰামতিৰ কাম বুধবাৰে হ'ব। ",
            "মিস্ত্ৰীয়ে নতুন বাঁহ নিজেই আনিব। ",
            "গৰু-ছাগলী সেইদিনা বান্ধি ৰাখিব।",
        ],
    ),
    (
        "ولیمے کے لیے بریانی کی تین دیگیں بک ہو گئی ہیں۔ باورچی صبح دس بجے سے کھانا پکانا شروع کریں گے۔ برتن اور دسترخوان ہم ساتھ لائیں گے۔",
        [
            "ولیمے کے لیے بریانی کی تین دیگیں بک ہو گئی ہیں۔ ",
            "باورچی صبح دس بجے سے کھانا پکانا شروع کریں گے۔ ",
            "برتن اور دسترخوان ہم ساتھ لائیں گے۔",
        ],
    ),
    (
        "آپ کا خطاطی والا فریم تیار ہے۔ اس پر سنہری رنگ سے آیت لکھی گئی ہے۔ اتوار کی شام دکان پر تشریف لائیں۔",
        [
            "آپ کا خطاطی والا فریم تیار ہے۔ ",
            "اس پر سنہری رنگ سے آیت لکھی گئی ہے۔ ",
            "اتوار کی شام دکان پر تشریف لائیں۔",
        ],
    ),
    # --- service forms: Col. opening the reply before a name, a lower-case bn. ending a sentence before "Its", Sub. before a lower-case bracketed phrase, Col. inside a question before a name, Sub. right before "?", bn. before a comma, Col. right before "!" ---
    (
        "Col. Harpreet Sandhu will flag off the Vijay Diwas run on the parade ground this Sunday morning. He once commanded the old Sikh bn. Its veterans will run the first lap beside him. A retired Sub. (your uncle's old batchmate) will lead the pace group. Will Col. Sandhu present the medals too? He will, right after the run. Is the water point being run by the Sub.? Yes, with his grandsons helping. The bn., now posted in the far north, has sent a message for everyone taking part. Stay on to hear the Col.! He will speak only briefly.",
        [
            "Col. Harpreet Sandhu will flag off the Vijay Diwas run on the parade ground this Sunday morning. ",
            "He once commanded the old Sikh bn. ",
            "Its veterans will run the first lap beside him. ",
            "A retired Sub. (your uncle's old batchmate) will lead the pace group. ",
            "Will Col. Sandhu present the medals too? ",
            "He will, right after the run. ",
            "Is the water point being run by the Sub.? ",
            "Yes, with his grandsons helping. ",
            "The bn., now posted in the far north, has sent a message for everyone taking part. ",
            "Stay on to hear the Col.! ",
            "He will speak only briefly.",
        ],
    ),
    # --- degrees: M.Sc. before a lower-case word mid-sentence, M.C.A. ending a sentence before "She", M.C.A. inside a question, M.Sc. right before "?", M.C.A. opening a sentence, M.Sc. before a comma, M.Sc. right before "!" ---
    (
        "The maths tutor we found for your son holds an M.Sc. degree in applied mathematics. Her colleague who teaches computers is an M.C.A. She can take evening sessions too. Does an M.C.A. graduate teach basic coding well? Most do, and she has taught it for years now. Is the maths tutor's degree a regular M.Sc.? It is, from a state university. M.C.A. holders are hard to find in our town. Your nephew is also planning an M.Sc., and we can guide him. The maths tutor topped her batch in her M.Sc.! Ring us to fix a trial session.",
        [
            "The maths tutor we found for your son holds an M.Sc. degree in applied mathematics. ",
            "Her colleague who teaches computers is an M.C.A. ",
            "She can take evening sessions too. ",
            "Does an M.C.A. graduate teach basic coding well? ",
            "Most do, and she has taught it for years now. ",
            "Is the maths tutor's degree a regular M.Sc.? ",
            "It is, from a state university. ",
            "M.C.A. holders are hard to find in our town. ",
            "Your nephew is also planning an M.Sc., and we can guide him. ",
            "The maths tutor topped her batch in her M.Sc.! ",
            "Ring us to fix a trial session.",
        ],
    ),
    # --- prescription forms: Tab. opening the reply before a capitalised drug name, Syr. before a capitalised drug name mid-sentence, a lower-case susp. ending a sentence before "It", Tab. inside a question, Syr. right before "?", susp. before a lower-case word, Tab. right before "!" ---
    (
        "Tab. Cetirizine is to be taken once at bedtime for your boy's allergy. The doctor has also written Syr. Montelukast for the cough at night. For the fever, he may have the ibuprofen susp. It can be repeated after eight hours if his fever rises again. Should the Tab. be crushed for him? Only if he cannot swallow it whole. Is the cough medicine a Syr.? Yes, a sugar-free one. Shake the susp. well before pouring each dose. Do not miss the night Tab.! Sneezing may flare up again without it.",
        [
            "Tab. Cetirizine is to be taken once at bedtime for your boy's allergy. ",
            "The doctor has also written Syr. Montelukast for the cough at night. ",
            "For the fever, he may have the ibuprofen susp. ",
            "It can be repeated after eight hours if his fever rises again. ",
            "Should the Tab. be crushed for him? ",
            "Only if he cannot swallow it whole. ",
            "Is the cough medicine a Syr.? ",
            "Yes, a sugar-free one. ",
            "Shake the susp. well before pouring each dose. ",
            "Do not miss the night Tab.! ",
            "Sneezing may flare up again without it.",
        ],
    ),
    # --- address forms: Ln. and Blk. in an address before a comma and before a capital letter, a lower-case flr. ending a sentence before "A", Blk. inside a question, Ln. inside a question before a lower-case word, flr. before a lower-case word, Ln. right before "!" ---
    (
        "Our bakery's new branch is at House 439, Gulmohar Ln., Blk. D, on the main street. It is on the ground flr. A ramp leads in from the footpath, so wheelchairs can enter easily. Which Blk. gate is nearest the shop? The east gate, next to the fruit seller's cart. Is there parking in the Ln. outside? Only for scooters and motorbikes, sadly. The upper flr. houses our cake ovens. Everyone in the area knows Gulmohar Ln.! Our pink shopfront has a striped awning.",
        [
            "Our bakery's new branch is at House 439, Gulmohar Ln., Blk. D, on the main street. ",
            "It is on the ground flr. ",
            "A ramp leads in from the footpath, so wheelchairs can enter easily. ",
            "Which Blk. gate is nearest the shop? ",
            "The east gate, next to the fruit seller's cart. ",
            "Is there parking in the Ln. outside? ",
            "Only for scooters and motorbikes, sadly. ",
            "The upper flr. houses our cake ovens. ",
            "Everyone in the area knows Gulmohar Ln.! ",
            "Our pink shopfront has a striped awning.",
        ],
    ),
    # --- banking forms: Stmt. before a lower-case word, Ref. ending a sentence before "Please", a lower-case dep. ending a sentence before "There", Stmt. inside a question, dep. inside a question, Ref. right before "?", Stmt. right before "!" ---
    (
        "Your Stmt. for the quarter has been sent to your registered e-mail address. Every transfer on it carries a Ref. Please quote it when you report a problem. The maturity amount was added to your fixed dep. There is no penalty, as you kept it until maturity. Can I get a printed Stmt. at the branch? Yes, from any teller. Will the renewed dep. earn the same rate? Slightly more, from this month. Is the code that begins with two capitals the Ref.? Yes, that one. Check each line of your Stmt.! A wrong entry must be reported within thirty days.",
        [
            "Your Stmt. for the quarter has been sent to your registered e-mail address. ",
            "Every transfer on it carries a Ref. ",
            "Please quote it when you report a problem. ",
            "The maturity amount was added to your fixed dep. ",
            "There is no penalty, as you kept it until maturity. ",
            "Can I get a printed Stmt. at the branch? ",
            "Yes, from any teller. ",
            "Will the renewed dep. earn the same rate? ",
            "Slightly more, from this month. ",
            "Is the code that begins with two capitals the Ref.? ",
            "Yes, that one. ",
            "Check each line of your Stmt.! ",
            "A wrong entry must be reported within thirty days.",
        ],
    ),
    # --- officialese: Govt. before a lower-case word, a lower-case regd. ending a sentence before "Keep", Offg. opening a sentence before a capitalised word, regd. right before "?", Offg. inside a question, regd. before a lower-case word, Govt. right before "!" ---
    (
        "Your street food cart is now licensed under a Govt. scheme for street food. The paper copy of your licence has been posted and is regd. Keep the tracking slip until the postman brings it. Offg. Commissioner Meera Joshi will hand out the vendor cards next week. Is the packet sent by speed post regd.? It is, and you must sign for it on delivery. Will the Offg. Commissioner visit the market too? She plans to, in the evening. Your regd. mobile number will get a text when the packet is sent out. Vending spots are allotted by the Govt.! Carts outside the marked lines may be fined.",
        [
            "Your street food cart is now licensed under a Govt. scheme for street food. ",
            "The paper copy of your licence has been posted and is regd. ",
            "Keep the tracking slip until the postman brings it. ",
            "Offg. Commissioner Meera Joshi will hand out the vendor cards next week. ",
            "Is the packet sent by speed post regd.? ",
            "It is, and you must sign for it on delivery. ",
            "Will the Offg. Commissioner visit the market too? ",
            "She plans to, in the evening. ",
            "Your regd. mobile number will get a text when the packet is sent out. ",
            "Vending spots are allotted by the Govt.! ",
            "Carts outside the marked lines may be fined.",
        ],
    ),
    # --- units: km. before a lower-case word, ml. ending a sentence before "It", mg. right before "?", km. before a lower-case word, ml. right before "!", mg. inside a question before a lower-case word, km. before a comma ---
    (
        "The charity walk you signed up for covers 19.3 km. of the riverside path. Every walker gets a steel bottle of 330 ml. It is refilled free at each water stop. Are the salt sachets 700 mg.? They are, one for each walker. Water points stand 2.9 km. apart along the route. At the finish, everyone gets a carton of juice of 196 ml.! Is a 700 mg. sachet safe for children? Half of one is enough for them. Children walk only the first 9.6 km., up to the old fort.",
        [
            "The charity walk you signed up for covers 19.3 km. of the riverside path. ",
            "Every walker gets a steel bottle of 330 ml. ",
            "It is refilled free at each water stop. ",
            "Are the salt sachets 700 mg.? ",
            "They are, one for each walker. ",
            "Water points stand 2.9 km. apart along the route. ",
            "At the finish, everyone gets a carton of juice of 196 ml.! ",
            "Is a 700 mg. sachet safe for children? ",
            "Half of one is enough for them. ",
            "Children walk only the first 9.6 km., up to the old fort.",
        ],
    ),
    # --- dotted acronyms: K.Y.C. opening the reply, O.T.P. ending a sentence before "Our", O.T.P. inside a question, K.Y.C. right before "?", O.T.P. before a comma, K.Y.C. ending a sentence before "Anyone", O.T.P. right before "!" ---
    (
        "K.Y.C. papers for your new payments app have been checked. To finish, enter the O.T.P. Our system sends it to your phone right away. Is the O.T.P. valid for long? It lasts ten minutes only. Must I redo my K.Y.C.? Only after two years, or if you move house. The O.T.P., a six-digit number, must never be shared with anyone. Our staff will never ask about your K.Y.C. Anyone who does is a fraud. Hang up on anyone who asks for the O.T.P.! Then ring our fraud line.",
        [
            "K.Y.C. papers for your new payments app have been checked. ",
            "To finish, enter the O.T.P. ",
            "Our system sends it to your phone right away. ",
            "Is the O.T.P. valid for long? ",
            "It lasts ten minutes only. ",
            "Must I redo my K.Y.C.? ",
            "Only after two years, or if you move house. ",
            "The O.T.P., a six-digit number, must never be shared with anyone. ",
            "Our staff will never ask about your K.Y.C. ",
            "Anyone who does is a fraud. ",
            "Hang up on anyone who asks for the O.T.P.! ",
            "Then ring our fraud line.",
        ],
    ),
    # --- short forms of ordinary prose: Mr. opening the reply before a name, viz. before a lower-case word, Jr. ending a sentence before "His", Mr. inside a question before a name, Jr. right before "?", Jr. before a comma, viz. inside a question before a lower-case word ---
    (
        "Mr. Vikram Nair, the chief arbiter, will open the chess tournament on the coming Saturday. Three sections will be played, viz. under-ten, under-fourteen and an open section for grown-ups. The trophies are sponsored by Suresh Pillai Jr. His father started this event long ago. Will Mr. Nair also play a simultaneous exhibition? Yes, against twenty boards at once. Is the prize money from Pillai Jr.? Partly, with the rest from a local jeweller. Pillai Jr., a former state champion, will present the cups at the close. Do the time limits differ by section, viz. shorter games for the juniors? They do, by a quarter of an hour.",
        [
            "Mr. Vikram Nair, the chief arbiter, will open the chess tournament on the coming Saturday. ",
            "Three sections will be played, viz. under-ten, under-fourteen and an open section for grown-ups. ",
            "The trophies are sponsored by Suresh Pillai Jr. ",
            "His father started this event long ago. ",
            "Will Mr. Nair also play a simultaneous exhibition? ",
            "Yes, against twenty boards at once. ",
            "Is the prize money from Pillai Jr.? ",
            "Partly, with the rest from a local jeweller. ",
            "Pillai Jr., a former state champion, will present the cups at the close. ",
            "Do the time limits differ by section, viz. shorter games for the juniors? ",
            "They do, by a quarter of an hour.",
        ],
    ),
    # --- amounts: an amount-word ending a sentence, a percentage before a comma, an amount with "/-" right before "?", two amounts joined by "to" before a lower-case word, an amount with paise ending a sentence, a bracketed amount inside a statement, an amount right before "!" ---
    (
        "The two-bedroom flat you liked in our new tower is priced at ₹43.9 lakh. The bank can fund up to 70%, and you pay the remainder yourself. Is the covered parking slot ₹1,96,000/-? Yes, and the monthly upkeep runs from ₹3,300 to ₹3,900 depending on the floor. The booking token is ₹29,999.50. Stamp duty (₹2,19,300 at the current rate) is paid when the sale deed is signed. Book this week and save ₹68,000! Do you want us to reserve the flat?",
        [
            "The two-bedroom flat you liked in our new tower is priced at ₹43.9 lakh. ",
            "The bank can fund up to 70%, and you pay the remainder yourself. ",
            "Is the covered parking slot ₹1,96,000/-? ",
            "Yes, and the monthly upkeep runs from ₹3,300 to ₹3,900 depending on the floor. ",
            "The booking token is ₹29,999.50. ",
            "Stamp duty (₹2,19,300 at the current rate) is paid when the sale deed is signed. ",
            "Book this week and save ₹68,000! ",
            "Do you want us to reserve the flat?",
        ],
    ),
    # --- dates and times: a hyphen date before a comma, a colon time before a lower-case word, a month form right before "?", a dotted date ending a sentence, two colon times joined by "and", a slash date before a lower-case bracketed phrase, a dotted time right before "!", a month form inside a question before a lower-case word, a colon time right before "?" ---
    (
        "Your seats for the Char Dham yatra are confirmed, and the group leaves Haridwar on 17-04-2069, a Wednesday. Report at the ashram gate by 05:30 and keep your luggage light. Is there a second group in Apr.? Yes, but only ten seats remain. We will post a list of woollens to pack on 13.04.2069. Darshan on the first morning is between 09:39 and 10:30, so keep your passes ready. Medical forms must be with us by 16/04/2069 (a signed copy will do) along with two photos. The evening aarti at the ghat starts at 6.30! Is the drive home in late Apr. timed for 19:30? Roughly, if the hill roads stay clear.",
        [
            "Your seats for the Char Dham yatra are confirmed, and the group leaves Haridwar on 17-04-2069, a Wednesday. ",
            "Report at the ashram gate by 05:30 and keep your luggage light. ",
            "Is there a second group in Apr.? ",
            "Yes, but only ten seats remain. ",
            "We will post a list of woollens to pack on 13.04.2069. ",
            "Darshan on the first morning is between 09:39 and 10:30, so keep your passes ready. ",
            "Medical forms must be with us by 16/04/2069 (a signed copy will do) along with two photos. ",
            "The evening aarti at the ghat starts at 6.30! ",
            "Is the drive home in late Apr. timed for 19:30? ",
            "Roughly, if the hill roads stay clear.",
        ],
    ),
    # --- URLs, e-mail and phone numbers: a bare address before a lower-case word, an https:// address with a path ending a sentence before a capital, an e-mail inside a bracket mid-sentence, an http:// address with a path right before "!", a landline right before "?", a toll-free number ending a sentence, a www. address with a path inside a bracket mid-sentence, an e-mail right before "?", an https:// address with a query string ending the reply ---
    (
        "Order a hot lunch box from our kitchen on garamkhana.in for any weekday. Today's menu goes up daily at https://garamkhana.in/aaj-ka-menu. Diet requests (write to swad@garamkhana.in with your needs) are handled by our cook. Office lunches can be booked at http://garamkhana.in/daftar! Is our kitchen's landline 0739-430 9968? It is, and the toll-free line is 1800-399-3069. The weekly plans (shown on www.garamkhana.in/yojana with prices) change each week. Should a party booking go to dawat@garamkhana.in? Yes, at least two days in advance. Track today's box at https://garamkhana.in/khoj?tiffin=garam.",
        [
            "Order a hot lunch box from our kitchen on garamkhana.in for any weekday. ",
            "Today's menu goes up daily at https://garamkhana.in/aaj-ka-menu. ",
            "Diet requests (write to swad@garamkhana.in with your needs) are handled by our cook. ",
            "Office lunches can be booked at http://garamkhana.in/daftar! ",
            "Is our kitchen's landline 0739-430 9968? ",
            "It is, and the toll-free line is 1800-399-3069. ",
            "The weekly plans (shown on www.garamkhana.in/yojana with prices) change each week. ",
            "Should a party booking go to dawat@garamkhana.in? ",
            "Yes, at least two days in advance. ",
            "Track today's box at https://garamkhana.in/khoj?tiffin=garam.",
        ],
    ),
    # --- quotes and brackets: a "?" inside a curly double quote mid-sentence, a "!" inside a closing straight double quote ending a sentence, a bracketed question as its own chunk, a full stop just after a closing straight single quote, a square-bracketed exclamation as its own chunk, a full stop just after a closing square bracket, a "?" inside a closing curly double quote ending the reply ---
    (
        "Your street play troupe opens with the line “Kya aapne socha hai?” before the drummers begin. The crowd joins in the chant at the end, \"Paani bachao!\" (Could we add a late show as well?) The lead actor bows and says 'dhanyavaad'. [The mike stand broke once, but nothing else went wrong!] Our sponsors have paid for the costumes [and the banners]. The organiser keeps asking us, “When do they come back?”",
        [
            "Your street play troupe opens with the line “Kya aapne socha hai?” before the drummers begin. ",
            'The crowd joins in the chant at the end, "Paani bachao!" ',
            "(Could we add a late show as well?) ",
            "The lead actor bows and says 'dhanyavaad'. ",
            "[The mike stand broke once, but nothing else went wrong!] ",
            "Our sponsors have paid for the costumes [and the banners]. ",
            "The organiser keeps asking us, “When do they come back?”",
        ],
    ),
    # --- ellipses: "?!" (an end); "..." before a capital (an end); "…" before a lower-case word (not an end); "...?" (an end after the "?"); "…!" (an end after the "!"); "..." before a lower-case word (not an end); the reply ends on "…" ---
    (
        "Held up for a week at the sorting centre?! Your parcel from the handicraft fair missed two trucks... The driver of the second one waited… but the sacks were not ready. Did you get our text message...? We have now put it on a faster van…! It should be with you tomorrow... unless the rain gets worse. Thank you for bearing with us…",
        [
            "Held up for a week at the sorting centre?! ",
            "Your parcel from the handicraft fair missed two trucks... ",
            "The driver of the second one waited… but the sacks were not ready. ",
            "Did you get our text message...? ",
            "We have now put it on a faster van…! ",
            "It should be with you tomorrow... unless the rain gets worse. ",
            "Thank you for bearing with us…",
        ],
    ),
    # --- emoji: one opening the reply, one right before "!" with a skin-toned one after it, one inside a sentence, one right before "." , one closing a sentence with no stop, a ZWJ sequence ending the reply with no stop ---
    (
        "🎂 Your son's birthday party at our play zone is booked for Saturday evening 🎈! 👏🏻 A magician 🪄 and a face painter will keep the children entertained for most of the party. Cupcakes and juice are part of the package 🧁. Each guest goes home with a small gift 🎁 Our chef will bake the cake fresh that morning 🧑‍🍳",
        [
            "🎂 Your son's birthday party at our play zone is booked for Saturday evening 🎈! 👏🏻 ",
            "A magician 🪄 and a face painter will keep the children entertained for most of the party. ",
            "Cupcakes and juice are part of the package 🧁. ",
            "Each guest goes home with a small gift 🎁 ",
            "Our chef will bake the cake fresh that morning 🧑‍🍳",
        ],
    ),
    # --- one-line list with "◉ " markers after a colon, items ending in ",", ", and" and "." ---
    (
        "Before our team treats your house for termites, please: ◉ empty the wooden cupboards, ◉ cover food and drinking water, and ◉ keep children and pets in a different part of the house. The smell clears overnight.",
        [
            "Before our team treats your house for termites, please: ",
            "◉ empty the wooden cupboards, ",
            "◉ cover food and drinking water, and ",
            "◉ keep children and pets in a different part of the house. ",
            "The smell clears overnight.",
        ],
    ),
    # --- multi-line list with "❖ " markers after a heading line ending in a colon, items ending with "?", "!", no mark and "." ---
    (
        "For your son's board exam tomorrow:\n❖ Is the admit card in his bag?\n❖ Leave home an hour early!\n❖ Two blue pens and a clear water bottle\n❖ Phones are not allowed past the gate.\nWe wish him good luck.",
        [
            "For your son's board exam tomorrow:\n",
            "❖ Is the admit card in his bag?\n",
            "❖ Leave home an hour early!\n",
            "❖ Two blue pens and a clear water bottle\n",
            "❖ Phones are not allowed past the gate.\n",
            "We wish him good luck.",
        ],
    ),
    # --- mixed scripts: Bengali with বি.এসসি. followed by a word mid-sentence, an English question, then Bengali at । ---
    (
        "আপনার মেয়ের বি.এসসি. দ্বিতীয় বর্ষের ফল প্রকাশিত হয়েছে। Do you want the mark sheet sent by post? মূল কপি কলেজ অফিস থেকে নিতে হবে।",
        [
            "আপনার মেয়ের বি.এসসি. দ্বিতীয় বর্ষের ফল প্রকাশিত হয়েছে। ",
            "Do you want the mark sheet sent by post? ",
            "মূল কপি কলেজ অফিস থেকে নিতে হবে।",
        ],
    ),
    # --- mixed scripts: Telugu opening the reply with ఎం.ఏ., an English sentence, then a Telugu question ---
    (
        "ఎం.ఏ. ప్రవేశ పరీక్ష ఫలితాలు సోమవారం వెలువడతాయి. The merit list will go up on the notice board too. మీ అబ్బాయి హాల్ టికెట్ నంబర్ మీ దగ్గర ఉందా?",
        [
            "ఎం.ఏ. ప్రవేశ పరీక్ష ఫలితాలు సోమవారం వెలువడతాయి. ",
            "The merit list will go up on the notice board too. ",
            "మీ అబ్బాయి హాల్ టికెట్ నంబర్ మీ దగ్గర ఉందా?",
        ],
    ),
    # --- mixed scripts: a Gujarati question holding એમ.કોમ. before a word, an English exclamation, then Gujarati at "." ---
    (
        "શું તમારા ભાઈએ એમ.કોમ. ના બીજા સત્રની ફી ભરી દીધી છે? The late fee applies from Monday! ફી ઓનલાઈન પણ ભરી શકાય છે.",
        [
            "શું તમારા ભાઈએ એમ.કોમ. ના બીજા સત્રની ફી ભરી દીધી છે? ",
            "The late fee applies from Monday! ",
            "ફી ઓનલાઈન પણ ભરી શકાય છે.",
        ],
    ),
    # --- mixed scripts: Punjabi at ।, an English question, then Assamese at । ---
    (
        "ਤੁਹਾਡੇ ਨਵੇਂ ਘਰ ਦੀਆਂ ਚਾਬੀਆਂ ਤਿਆਰ ਹਨ। Should we post a copy of the sale papers as well? সকলো কাগজ-পত্ৰ আমাৰ কাৰ্যালয়ত পোৱা যাব।",
        [
            "ਤੁਹਾਡੇ ਨਵੇਂ ਘਰ ਦੀਆਂ ਚਾਬੀਆਂ ਤਿਆਰ ਹਨ। ",
            "Should we post a copy of the sale papers as well? ",
            "সকলো কাগজ-পত্ৰ আমাৰ কাৰ্যালয়ত পোৱা যাব।",
        ],
    ),
    # --- mixed scripts: Malayalam at ".", an English exclamation, then an Urdu question at ؟ ---
    (
        "ഉത്സവത്തിനുള്ള ആനയുടെ നെറ്റിപ്പട്ടം മിനുക്കി തയ്യാറാക്കി. It will shine well under the lamps! کیا ہم اسے جمعرات کو بھجوا دیں؟",
        [
            "ഉത്സവത്തിനുള്ള ആനയുടെ നെറ്റിപ്പട്ടം മിനുക്കി തയ്യാറാക്കി. ",
            "It will shine well under the lamps! ",
            "کیا ہم اسے جمعرات کو بھجوا دیں؟",
        ],
    ),
]
