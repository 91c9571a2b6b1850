"""Held-out cases for the sentence splitter, round 47: written without reading or running it.

Written after reading only /work/main/tests/azure_tts/splitter_held_out_round46.py and
/work/main/tests/azure_tts/splitter_held_out_round45.py (for format and conventions), each opened by
its exact path (with cat, sed and wc, and with Python reading it as text and parsing it with the ast
module and literal_eval, never importing or running it). No splitter source, bench, tuning file,
log, other test file, README or git history was opened, no folder of the project was listed, no
wildcard or glob was used on a project path, git was not used, and no web, code or document search
was made. Nothing was run against the splitter or in the project, and its package was not imported.
In /tmp only the scratch folder /tmp/s36/w_s47/ (made for this round with mkdir -p) and this file
were touched; /tmp/s36 itself was not listed. Two slips to record: the first parse of round 45 (its
docstring, printed with ast, nothing written) was run with /tmp as the working folder, before the
scratch folder had been made (every later script ran inside the scratch folder); and the section
comments of round 45 were listed once with grep -n on its exact path, a tool outside the cat, sed,
wc and Python named for reading the two files (it read that one file only, as text). Python was used
only there: to parse the two files read for their case count, variable name, section comments, the
openings of their replies and their docstrings, to assemble this file from drafted chunk lists (so
each text is the join of its chunks), to check that the chunks concatenate exactly to the text, that
every chunk but the last ends in whitespace and that the module imports by path, and for the checks
below. The case shape of round 46 is kept: each case is (text, expected chunks), so the text is
given whole; no stream split is stored here. No sentence is taken or paraphrased from the two files,
and none of their replies was used as a template. Drafts that ran close to one of their replies, or
to each other, were rewritten: a lemon-pickle prize (this file's own Telugu pickle reply; now a
coconut barfi and other sweets), an Assamese Bihu parcel of pitha (this file's Odia pitha reply; now
a bundle of gamosas), a planned Malayalam brass-lamp reply opening "വീട്ടിലെ" as round 46's
Malayalam well reply does (written as "പൂജാമുറിയിലെ"), a planned houseboat cruise (too near a hotel
stay; written as a heritage walk) and a washing machine (round 46 quotes "wash"; now a tumble
dryer). No reply is about a library, a ration card, a voter card, a bus, a passport, a hotel stay, a
scholarship, a water tank, house tax or school hours, and no case holds the substrings "lab",
"ration", "bus" or "let" at all (a first "address label" was reworded). Topics were moved away from
those the two files use (now a tumble dryer, home yoga, a heritage walk, a smart watch strap,
doorstep cash pickup, hearing aids, drip irrigation, a magician, a water purifier, a desert cooler,
a mehendi artist, a maths tutor, a wheat harvester, a wheelchair, termite treatment, a havan, mango
pruning, a chess tournament, sari falls, fish fingerlings, jasmine garlands, a mixer grinder, mango
pickle jars, a house-warming pooja, khakhra, a shop's weighing scale, coffee picking, Yakshagana
seats, brass lamps, an ayurvedic massage course, dyed turbans, a shop signboard, Raja pitha, a
wall-mounted television, a muga mekhela, a fridge, a sherwani, a box of dates, an army pipe band, a
homeopathy clinic and a vet, a father's acidity, a cake studio, a double debit, hail compensation,
hair oil and amla capsules, U.P.I. at a dairy, a sweets contest, a building's outer walls, a temple
darshan slot, handmade neem soaps, a video doorbell, a rakhi parcel, a family trek, a blood donation
camp, house movers, and the five mixed replies).

A phrase-overlap check searched every 16-character run of every case against both whole files
(docstrings included, case-insensitively, digits mapped to ASCII). Its first pass reworded: " the
first week " (two cases), " will visit your", " is booked for s", " the money is credited.", "ted on
thursday ", "runs for an hour", "l diya gaya hai.", a Bengali "দোকান থেকে নিয়ে যা", a Malayalam
"ാക്കിയിട്ടുണ്ട്.", an Urdu "ل کر تیار ہے۔ اس", " the regimental ", "the doctor has added ", "your
complaint about the ", "your claim for the ", " damage to your ", "about two hours,", ", and you get a
re", " at the counter ", "s are listed at http", ". thank you for ", "? the final date", a Malayalam
" രാവിലെ എത്തും. " and " would you like "; a second pass found " on saturday night." and an Urdu "دی
گئی ہے۔ اس پر", and a third " badal diye gaye" and " in the morning.". After that no 16-character
run is shared with either file. A within-file run check also reworded " the first week ", " guide
will meet you" and "you by text. the ", and now finds none. Every phrase the two files quote in
their docstrings (458 found by a regex for straight and curly double quotes) was also searched for
as a substring; that pass reworded "LL." (a first "as well."), "rs." and "years." (a first "over the
years."), "al." (a first "balloon animal."), "en." (a first "after ten." and "canteen."), "es." (a
first "stretches.", "batteries.", "sizes." and "boxes."), "gs." (a first "settings."), "ha." (a first
"Sinha."), "lk." (a first "warm milk."), "nt." (a first "account.", "urgent." and "aunt."), "om." (a
first "bottom."), "st." (a first "first."), "ds." (a first "stands."), "morning." (twice), "Friday.",
"account", "bill" (a first "milk bills"), "custom" (a first "customers"), "sizes", "wash", "give",
"orders", "reach" (twice), "ship" (a first "internship"), "sorry", "evening." (four times), "ai." and
"hai." (in the Hinglish "hai.", twice) and the Kannada "ಡಿ." (a first "ಸ್ವಚ್ಛವಾಗಿಡಿ."). What it still
finds are marks and connecting words ("!", "!?", "?", ",", ", ", ", and", ", or", ".", " (", "), ",
" and ", " before ", " or ", " that", ";", "...", "...!", "…", "…?", "/-", ".in", "।"), the plain
words "A", "I", "It", "Our", "The", "We", "and", "app", "but", "by", "can", "each", "if", "just",
"only", "so", "to" and "we", word pieces ("AC" in words such as "each", "back" and "contract", and in
this file's Acct.; "Ah" in "Rahul", "ahead" and the Hinglish "nahi"), and word endings ("d." and
"ed." in "ahead.", "guild.", "printed.", "red." and "road."; "g." in "awning.", "dog.",
"stretching.", "training." and "wedding."; "y." and "Y." in words such as "Sunday.", "acidity." and
"nearby."; "S." in words ending in s; "I." in "chikki." and in the Hinglish "di.", "jayengi." and
"nahi."). Inside a form it finds only these: "d." and "D." in attd. and pwd.; "g." in Offg. and mg.;
"S." in B.H.M.S.; "I." in U.P.I. None is inside an address, an e-mail or a web address: a first path
"ingredients" was changed to "recipe" because its "s." before the sentence's full stop is a phrase
the files quote. No Malayalam reply uses "നിങ്ങളുടെ", no Odia reply uses "ଆପଣଙ୍କ", no Kannada reply
opens "ನಿಮ್ಮ ತಂದೆಯವರ", no Gujarati reply uses "પિતાજી", and no Urdu reply uses "خود بخود".

Numbers: every amount, decimal, percentage, date, time, phone number and count was checked with a
plain substring search against both files, with and without its separators, after mapping every
Unicode decimal digit to ASCII (and the files were searched with their own separators removed too,
and as one run of all their digits); none is in either file. The two-digit runs that occur in
neither file even with their separators removed are 06 30 36 37 49 69 83 92 96, and every number
here holds at least one of them: Shop 306, 92 (after Sec.), 83 (km.), 300 (ml.), 930 (mg.), ₹4.37
cr., ₹2,83,069, ₹1.49 lakh, 9.36%, ₹696/-, ₹3,492.30, ₹3.69 crore, ₹4.92 crore, ₹4,37,06,000,
30/04/2096, 05:49, 06/05/2096, 6.36, 07:30, 01.01.2036, 18:37, 19:06, 080-4930 6837 and 98369 20496.
No single-digit number, no Indic digit and no bare list number is used; the list markers are "⁃ "
and "✧ ", and neither occurs in either file. Names, places and addresses were checked the same way
(none occurs there): Harbans Lal, Thapa, Meera Pillai, Rahul Kr. Sinha, Arjun Mehra, Kolkata, Green
Park, Hanuman (in a temple's name), Pantoprazole, Lactulose, Isabgol and the neem-sabun.in domain
(local parts "gifts" and "soaps", paths "recipe", "hampers" and "hampers?bada=haan"). The domain
holds none of the files' banned words (nor "tulsi", nor "bus"); its tail before ".in" ("bun." and
"un.") occurs nowhere in the files. "India" is not used (nor a flag emoji); the Indic-script cases
name no person and no place. No undotted acronym is used (a regex for two or more capitals finds
none). The emoji used (⛰, 🥾, 🧥, 👋, 🤔, 🐎, 🍲, 👨, 👦) and the skin tone 🏻 occur in neither file; the
joiner and the presentation selector do (in round 45's 🧑‍🍳 and ✔️ and round 46's 👩‍🌾 and ☀️), so
the sequence 👨‍👦 as a whole is new but its joiner is not; a first 👨‍👩‍👧 was dropped because its 👩
occurs in round 46.

Every short form here is new. Each was searched for in both files, case-insensitively, as a plain
substring (so also as a whole word), and none is found:
- service forms Sub. and Rfn., with the lower-case bn.;
- degrees B.H.M.S. and B.V.Sc. (and "B.H.", "H.M.", "M.S.", "B.V.", "V.Sc.", "Sc.");
- prescription forms Tab. and Syr., with the lower-case pwd.;
- address forms Sec. and Ph., with the lower-case flr.;
- banking forms Acct. and Ref., with the lower-case trf.;
- officialese Govt. and Offg., with the lower-case attd.;
- units km., ml. and mg.;
- dotted acronyms U.P.I. and O.T.P. (and each run of two parts: "U.P.", "P.I.", "O.T.", "T.P.");
- short forms of ordinary prose Kr. and Jr., with the lower-case viz.;
- the short amount-word cr. (for crore, after an amount);
- Indic forms ఎం.టెక్. (Telugu), बी.फार्म. (Marathi) and ବି.ଏସସି. (Odia). No single part of them
  ("ఎం.", "టెక్.", "बी.", "फार्म.", "ବି.", "ଏସସି.") occurs in the two files read.
Their tails were checked too: "ub.", "fn.", "bn.", "ab.", "yr.", "wd.", "ec.", "ph.", "lr.", "ct.",
"ef.", "rf.", "vt.", "fg.", "td.", "km.", "ml.", "mg.", "kr.", "jr.", "iz.", "cr." and the last
parts "M.S.", "Sc.", "P.I." and "T.P." occur nowhere there. Within this file no two forms share a
tail, and no other word ends in one (each tail occurs exactly as often as its form). Forms dropped
for clashing: Crm. ("rm." is in the files), Smt. ("mt."), Amp. ("mp." and "Amp." there), Sol.
("ol."), Lot. ("ot."), Soln. ("ln."), Regd. (there), Commr. ("mr."), Insp. ("sp."), Cdr. ("dr."),
Sep. ("ep."), Stmt. (sharing "mt." with Smt.), I.F.S.C. ("F.S." there), R.B.I. ("B.I.") and K.Y.C.
(for its Y. before a full stop), and the path "ingredients" (see above). No form means a fuel,
health centre, school, transport, post office, police, civic body, village, district, doctor, number
or time of day (so no "a.m.", "p.m.", "Dr." or "No."). No single capital letter ends a sentence
other than as the last part of a dotted acronym, and no label is exercised.

About two thirds of the cases (38 of 60) are everyday replies (home services, banking, travel,
health, farming, shops, festivals and events) in English, Hinglish, Hindi (one of them written with
"." instead of "।"), Marathi, Bengali, Tamil, Telugu, Gujarati, Kannada, Malayalam, Punjabi, Odia,
Assamese and Urdu, in round 46's proportions (8 English, 4 Hinglish, 4 Hindi, 2 of each other
language). The other 22 carry the harder cases a bot really produces, in round 46's order.

Conventions (those rounds 45 and 46 state, kept): each case is (text, the chunks a careful human
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
cut nor an end. A phone number ending a sentence ends the chunk after the full stop. Square brackets
behave as round brackets do; an en dash or "to" between two amounts, and "to" or "and" between two
colon times, is not a cut. Urdu sentences end at ۔ and ؟, Indic ones at । as well as "."; in a
mixed-script reply each sentence ends at its own script's mark; a dotted Indic form followed by a
word, opening a sentence or inside a question does not end it. Six readings follow from the stated
ones and are used here: a phone number right before "?" ends the chunk after the "?", as a URL or
e-mail there does; an https:// address ending a sentence before a capital ends the chunk after the
full stop, as a bare address or e-mail there does; the short amount-word "cr." after an amount
ending a sentence ends the chunk after its full stop, as a dotted amount-word or a short form there
does; items of a one-line list with no closing mark are each a chunk, as such items of a multi-line
list are; two emoji in a row after a sentence's "!" both stay with that sentence, as one emoji there
does; two amount-words joined by "and" are neither cut nor an end, as two amounts joined by "to" are
not.

Exercised here (new variations):
1. "Sub. Harbans Lal" opening the reply stays with it; a lower-case "his old bn. They" ends the
   chunk; "young Rfn. (a drummer from the hills) will" is not an end; "the Sub.? No" ends after the
   "?"; "Is Rfn. Thapa free" inside a question is not an end; "his bn., which" is not one; "the
   Rfn.! Expect" ends after the "!".
2. "a B.H.M.S. graduate" is not an end; "a B.V.Sc. She" ends the chunk; "Is the B.H.M.S. course"
   inside a question is not an end; "a B.V.Sc.? Yes" ends after the "?"; "B.V.Sc. graduates"
   opening a sentence stays with it; "a B.H.M.S., so" is not an end; "her B.H.M.S.! The" ends after
   the "!".
3. "Tab. Pantoprazole" opening the reply stays with it; "take Syr. Lactulose at" is not an end; a
   lower-case "Isabgol pwd. It" ends the chunk; "Can the Syr. be" inside a question is not an end;
   "the Tab.? No" ends after the "?"; "the pwd. jar" is not an end; "of Syr.! Otherwise" ends after
   the "!".
4. "Sec. 92," and "Green Park Ph., right" are not ends (that sentence ends at the full stop after
   "temple"); a lower-case "third flr. A" ends the chunk; "Which Sec. gate" inside a question is not
   an end; "bottom flr.? Yes" ends after the "?"; "that Ph. recently" is not an end; "the Ph.! Vans"
   ends after the "!".
5. "a fresh Ref. code" is not an end; a lower-case "online trf. It" ends the chunk; "your Acct. We"
   ends it; "quote the Ref. when" and "a reversed trf. show" inside questions are not ends; "the
   Ref.? Open" ends after the "?"; "your Acct.! The" ends after the "!".
6. "a new Govt. scheme" is not an end; a lower-case "not attd. Bring" ends the chunk; "Offg.
   Collector Meera Pillai" opening a sentence stays with it; "be attd.? Only" ends after the "?";
   "Is the Offg. Collector" inside a question is not an end; "the attd. copies" is not one; "the
   Govt.! Nothing" ends after the "!".
7. "83 km., roughly" is not an end; "300 ml. Shake" ends the chunk; "930 mg.? Yes" ends after the
   "?"; "by the km.! Parcels" ends after the "!"; "300 ml. bottle" inside a question is not an end;
   "930 mg. capsule" is not one.
8. "U.P.I. payments" opening the reply stays with it; "an O.T.P. Never" ends the chunk; "Is U.P.I.
   safe" inside a question is not an end; "an O.T.P.? Then" ends after the "?"; "an O.T.P., even" is
   not an end; "by U.P.I. Cash" ends the chunk; "plain U.P.I.! Our" ends after the "!".
9. "Rahul Kr. Sinha" mid-sentence is not an end; "viz. a carrot" is not one; "Arjun Mehra Jr. Our"
   ends the chunk; "Will Rahul Kr. Sinha" inside a question is not an end; "Mehra Jr.? No" ends
   after the "?"; "Mehra Jr., who" is not an end; "viz. the barfi" inside a question is not one.
10. A short amount-word ending a sentence ("₹4.37 cr. Each"), an amount in Indian grouping before a
    comma ("₹2,83,069, payable"), an amount-word right before "?" ("₹1.49 lakh? Yes"), a percentage
    right before "!" ("9.36%! Late"), an amount with "/-" before a lower-case word and bracket
    ("₹696/- a month (from"), an amount with paise before a comma ("₹3,492.30, which"), two
    amount-words joined by "and" ("₹3.69 crore and ₹4.92 crore before"), an amount in Indian grouping
    ending the reply ("₹4,37,06,000.").
11. A slash date before a comma ("30/04/2096, a"), a colon time before a comma ("05:49, since"), a
    slash date right before "?" ("06/05/2096? Only"), a dotted time ending a sentence ("6.36.
    Prasad"), a colon time before a lower-case word ("07:30 right"), a dotted date inside a bracket
    ("(born before 01.01.2036) get"), a colon time right before "?" ("18:37? Yes"), a colon time
    ending the reply ("19:06.").
12. A bare address right before "!" ends the chunk after the "!"; an https:// address with a path
    ending a sentence before a capital ends it after the full stop; a www. address with a path
    inside a bracket mid-sentence is neither cut nor an end; an e-mail before a lower-case word is
    not cut; a landline with an area code before a comma is neither cut nor an end; a mobile number
    right before "?" ends the chunk after the "?"; an https:// address with a "?" query string right
    before "?" ends it after the second "?"; an e-mail ends the reply.
13. A "?" inside a curly single quote mid-sentence ("‘Who is there?’ on"); a "!" inside a closing
    straight double quote ending a sentence ("Please wait!" ); a bracketed statement as its own
    chunk ("(That message can be changed from the app menu.)"); a "." inside a closing curly quote
    ending a sentence ("“Nobody home, leave a note.” ["); a square-bracketed sentence as its own
    chunk; a full stop just after a closing bracket ("with sound). Our"); a full stop just after a
    closing straight double quote ("away mode". Is"); a "!" inside a closing curly quote ending the
    reply ("“Lower the volume!”").
14. "!?" ends the first sentence; "…" before "The" ends one; "..." before "so" does not; "...!"
    ends one after the "!"; "…?" ends one after the "?"; "…" before "and" does not; the reply ends
    on "...".
15. Emoji: ⛰️ (with a presentation selector) opening the reply, 🥾🧥 (two in a row) after "!", the
    skin-toned 👋🏻 inside a sentence, 🤔 right before "?", 🐎 closing a sentence with no stop, 🍲
    right before ".", the joined 👨‍👦 ending the reply with no stop.
16. "⁃ " markers on a one-line list after a colon (items with no closing mark and a last item
    ending ".") and "✧ " markers on a multi-line list after a heading line (items ending ";", "?",
    no mark and "."), each followed by a plain sentence.
17. Mixed scripts: Telugu holding ఎం.టెక్. before a word mid-sentence, English, a Telugu question;
    Marathi opening the reply with बी.फार्म., an English question, Marathi at "."; an Odia question
    holding ବି.ଏସସି. before a word, an English "!", Odia at ।; Malayalam at ".", an English "!",
    Gujarati at "."; Assamese at ।, an English question, Urdu at ۔.

"""

from __future__ import annotations

HELD_OUT: list[tuple[str, list[str]]] = [
    # --- everyday replies, English ---
    (
        "The drum of your tumble dryer has been replaced, and the door seal is new too. Our mechanic ran a full cycle with damp towels to test it. Clean the lint filter after every load from now on.",
        [
            "The drum of your tumble dryer has been replaced, and the door seal is new too. ",
            "Our mechanic ran a full cycle with damp towels to test it. ",
            "Clean the lint filter after every load from now on.",
        ],
    ),
    (
        "A yoga teacher will come to your home every morning from Monday to ease your father's back pain with gentle stretching. Each session lasts forty minutes and needs a mat and some open floor space. The first seven days are a trial, and you pay only if he feels better.",
        [
            "A yoga teacher will come to your home every morning from Monday to ease your father's back pain with gentle stretching. ",
            "Each session lasts forty minutes and needs a mat and some open floor space. ",
            "The first seven days are a trial, and you pay only if he feels better.",
        ],
    ),
    (
        "Your heritage walk through the old city is set for Sunday at sunrise. The guide will wait for your group at the clock tower and take you through three temples and a spice market. Wear comfortable shoes, since the lanes are narrow and paved with stone.",
        [
            "Your heritage walk through the old city is set for Sunday at sunrise. ",
            "The guide will wait for your group at the clock tower and take you through three temples and a spice market. ",
            "Wear comfortable shoes, since the lanes are narrow and paved with stone.",
        ],
    ),
    (
        "The strap on your smart watch has been changed to the grey silicone one you chose. We also updated its software, so the step count should now be accurate. The watch is charged and waiting at our counter.",
        [
            "The strap on your smart watch has been changed to the grey silicone one you chose. ",
            "We also updated its software, so the step count should now be accurate. ",
            "The watch is charged and waiting at our counter.",
        ],
    ),
    (
        "Our doorstep banking service will pick up the cash from your shop every Friday before closing time. The agent carries a photo badge and a sealed bag with a serial code. You will get a text once the deposit is made.",
        [
            "Our doorstep banking service will pick up the cash from your shop every Friday before closing time. ",
            "The agent carries a photo badge and a sealed bag with a serial code. ",
            "You will get a text once the deposit is made.",
        ],
    ),
    (
        "Your uncle's hearing aids are ready to be fitted this Thursday at our clinic. The audiologist will tune them to his test results and teach him how to change the tiny cells by himself. Please bring the old pair along so we can compare them.",
        [
            "Your uncle's hearing aids are ready to be fitted this Thursday at our clinic. ",
            "The audiologist will tune them to his test results and teach him how to change the tiny cells by himself. ",
            "Please bring the old pair along so we can compare them.",
        ],
    ),
    (
        "The drip irrigation pipes in your pomegranate orchard have been laid along every row. Each plant now gets water right at its roots, which saves a good deal of water in summer. Our field staff will flush the filters once a month.",
        [
            "The drip irrigation pipes in your pomegranate orchard have been laid along every row. ",
            "Each plant now gets water right at its roots, which saves a good deal of water in summer. ",
            "Our field staff will flush the filters once a month.",
        ],
    ),
    (
        "A magician has been booked for the birthday party you are hosting for your son this Saturday. His act lasts an hour and ends with a trick where every child gets a balloon dog. He needs a small table and a plug point near the stage.",
        [
            "A magician has been booked for the birthday party you are hosting for your son this Saturday. ",
            "His act lasts an hour and ends with a trick where every child gets a balloon dog. ",
            "He needs a small table and a plug point near the stage.",
        ],
    ),
    # --- everyday replies, Hinglish ---
    (
        "Aapke water purifier mein naya filter lag gaya. Ab paani ka swaad pehle jaisa ho jayega. Agla filter saal bhar baad lagega.",
        [
            "Aapke water purifier mein naya filter lag gaya. ",
            "Ab paani ka swaad pehle jaisa ho jayega. ",
            "Agla filter saal bhar baad lagega.",
        ],
    ),
    (
        "Aapke cooler mein nayi ghaas aur naya pump lag chuka. Mistri ne motor mein grease bhi daal di. Garmi shuru hone se pehle ek baar chala ke dekh lijiye.",
        [
            "Aapke cooler mein nayi ghaas aur naya pump lag chuka. ",
            "Mistri ne motor mein grease bhi daal di. ",
            "Garmi shuru hone se pehle ek baar chala ke dekh lijiye.",
        ],
    ),
    (
        "Shaadi ke liye mehendi artist book ho gayi hain. Woh sangeet ke din teen baje aa jayengi. Dulhan ke haathon mein poora din lagega, isliye kursi aur achhi roshni ka intezaam rakhiye.",
        [
            "Shaadi ke liye mehendi artist book ho gayi hain. ",
            "Woh sangeet ke din teen baje aa jayengi. ",
            "Dulhan ke haathon mein poora din lagega, isliye kursi aur achhi roshni ka intezaam rakhiye.",
        ],
    ),
    (
        "Aapki beti ke liye maths ke tutor mil gaye hain. Woh hafte mein teen din shaam ko padhane aayenge. Pehli class muft hogi, taaki aap dekh saken ki unka tareeka pasand aata hai ya nahi.",
        [
            "Aapki beti ke liye maths ke tutor mil gaye hain. ",
            "Woh hafte mein teen din shaam ko padhane aayenge. ",
            "Pehli class muft hogi, taaki aap dekh saken ki unka tareeka pasand aata hai ya nahi.",
        ],
    ),
    # --- everyday replies, Hindi ---
    (
        "आपके गेहूँ की कटाई के लिए हार्वेस्टर बुधवार सुबह पहुँचेगा। मशीन एक दिन में पूरा खेत काट देगी। भूसा बनाने वाली मशीन अलग से मँगवानी होगी।",
        [
            "आपके गेहूँ की कटाई के लिए हार्वेस्टर बुधवार सुबह पहुँचेगा। ",
            "मशीन एक दिन में पूरा खेत काट देगी। ",
            "भूसा बनाने वाली मशीन अलग से मँगवानी होगी।",
        ],
    ),
    (
        "आपकी दादी के लिए मँगाई गई व्हीलचेयर कल शाम तक घर आ जाएगी। यह मोड़कर गाड़ी की डिक्की में रखी जा सकती है। इसके पहियों में हर महीने थोड़ा तेल डालते रहिए।",
        [
            "आपकी दादी के लिए मँगाई गई व्हीलचेयर कल शाम तक घर आ जाएगी। ",
            "यह मोड़कर गाड़ी की डिक्की में रखी जा सकती है। ",
            "इसके पहियों में हर महीने थोड़ा तेल डालते रहिए।",
        ],
    ),
    (
        "आपके घर में दीमक का इलाज शनिवार को किया जाएगा। दवा लकड़ी के दरवाज़ों और अलमारियों में डाली जाएगी। उस दिन रसोई का सामान ढककर रखिए।",
        [
            "आपके घर में दीमक का इलाज शनिवार को किया जाएगा। ",
            "दवा लकड़ी के दरवाज़ों और अलमारियों में डाली जाएगी। ",
            "उस दिन रसोई का सामान ढककर रखिए।",
        ],
    ),
    (
        "हवन के लिए पंडित जी रविवार सुबह सात बजे आएँगे. सामग्री और समिधा वे अपने साथ लाएँगे. आप केवल घी और फूलों का प्रबंध कर लीजिए.",
        [
            "हवन के लिए पंडित जी रविवार सुबह सात बजे आएँगे. ",
            "सामग्री और समिधा वे अपने साथ लाएँगे. ",
            "आप केवल घी और फूलों का प्रबंध कर लीजिए.",
        ],
    ),
    # --- everyday replies, other Indian languages ---
    (
        "तुमच्या आंब्याच्या बागेतील झाडांची छाटणी पुढच्या आठवड्यात होईल. कापलेल्या फांद्या आमचे लोक गोळा करून नेतील. छाटणीनंतर झाडांना खत घालायला विसरू नका.",
        [
            "तुमच्या आंब्याच्या बागेतील झाडांची छाटणी पुढच्या आठवड्यात होईल. ",
            "कापलेल्या फांद्या आमचे लोक गोळा करून नेतील. ",
            "छाटणीनंतर झाडांना खत घालायला विसरू नका.",
        ],
    ),
    (
        "तुमच्या मुलाचे नाव बुद्धिबळ स्पर्धेसाठी नोंदवले आहे. स्पर्धा शनिवारी सकाळी नऊ वाजता सुरू होईल. त्याने पाण्याची बाटली आणि पेन सोबत आणावे.",
        [
            "तुमच्या मुलाचे नाव बुद्धिबळ स्पर्धेसाठी नोंदवले आहे. ",
            "स्पर्धा शनिवारी सकाळी नऊ वाजता सुरू होईल. ",
            "त्याने पाण्याची बाटली आणि पेन सोबत आणावे.",
        ],
    ),
    (
        "আপনার শাড়িগুলোতে ফলস লাগানো আর পাড় সেলাই হয়ে গেছে। মোট পাঁচটা শাড়ি একটা প্যাকেটে ভাঁজ করে রাখা আছে। রবিবার ছাড়া যেকোনো দিন দোকানে এসে নিয়ে যাবেন।",
        [
            "আপনার শাড়িগুলোতে ফলস লাগানো আর পাড় সেলাই হয়ে গেছে। ",
            "মোট পাঁচটা শাড়ি একটা প্যাকেটে ভাঁজ করে রাখা আছে। ",
            "রবিবার ছাড়া যেকোনো দিন দোকানে এসে নিয়ে যাবেন।",
        ],
    ),
    (
        "আপনার পুকুরে রুই আর কাতলার চারা পোনা বৃহস্পতিবার ছাড়া হবে। তার আগের দিন পুকুরে চুন দিয়ে রাখবেন। প্রথম মাসে খাবার কম দিতে হবে।",
        [
            "আপনার পুকুরে রুই আর কাতলার চারা পোনা বৃহস্পতিবার ছাড়া হবে। ",
            "তার আগের দিন পুকুরে চুন দিয়ে রাখবেন। ",
            "প্রথম মাসে খাবার কম দিতে হবে।",
        ],
    ),
    (
        "உங்கள் மகனின் நிச்சயதார்த்தத்துக்கான மல்லிகைப் பூ மாலைகள் தயாராகின்றன. வெள்ளிக்கிழமை அதிகாலையில் அவை மண்டபத்துக்கு வந்து சேரும். பூக்கள் வாடாமல் இருக்க ஈரத்துணியில் சுற்றி வைப்போம்.",
        [
            "உங்கள் மகனின் நிச்சயதார்த்தத்துக்கான மல்லிகைப் பூ மாலைகள் தயாராகின்றன. ",
            "வெள்ளிக்கிழமை அதிகாலையில் அவை மண்டபத்துக்கு வந்து சேரும். ",
            "பூக்கள் வாடாமல் இருக்க ஈரத்துணியில் சுற்றி வைப்போம்.",
        ],
    ),
    (
        "உங்கள் மிக்ஸியின் பிளேடு மாற்றப்பட்டது. மோட்டாரும் சரிபார்க்கப்பட்டு நன்றாக ஓடுகிறது. நாளை மாலை கடைக்கு வந்து வாங்கிக்கொள்ளலாம்.",
        [
            "உங்கள் மிக்ஸியின் பிளேடு மாற்றப்பட்டது. ",
            "மோட்டாரும் சரிபார்க்கப்பட்டு நன்றாக ஓடுகிறது. ",
            "நாளை மாலை கடைக்கு வந்து வாங்கிக்கொள்ளலாம்.",
        ],
    ),
    (
        "మీరు ఆర్డర్ చేసిన ఆవకాయ పచ్చడి సీసాలు సిద్ధంగా ఉన్నాయి. వాటిని ఈ శనివారం కొరియర్‌లో పంపుతాం. సీసా తెరిచిన తర్వాత పొడి చెంచాతోనే పచ్చడి తీయండి.",
        [
            "మీరు ఆర్డర్ చేసిన ఆవకాయ పచ్చడి సీసాలు సిద్ధంగా ఉన్నాయి. ",
            "వాటిని ఈ శనివారం కొరియర్‌లో పంపుతాం. ",
            "సీసా తెరిచిన తర్వాత పొడి చెంచాతోనే పచ్చడి తీయండి.",
        ],
    ),
    (
        "మీ గృహప్రవేశానికి పురోహితులు ఆదివారం తెల్లవారుజామున వస్తారు. పూజకు కావలసిన సామగ్రి జాబితా మీ ఫోన్‌కు పంపాము. పాలు పొంగించడానికి కొత్త గిన్నె సిద్ధం చేసుకోండి.",
        [
            "మీ గృహప్రవేశానికి పురోహితులు ఆదివారం తెల్లవారుజామున వస్తారు. ",
            "పూజకు కావలసిన సామగ్రి జాబితా మీ ఫోన్‌కు పంపాము. ",
            "పాలు పొంగించడానికి కొత్త గిన్నె సిద్ధం చేసుకోండి.",
        ],
    ),
    (
        "તમારો ખાખરાનો ઓર્ડર પેક થઈ ગયો છે. તેમાં મેથી અને જીરું બંને સ્વાદના ખાખરા છે. ડબ્બો ખોલ્યા પછી તેને હવાચુસ્ત રાખજો.",
        [
            "તમારો ખાખરાનો ઓર્ડર પેક થઈ ગયો છે. ",
            "તેમાં મેથી અને જીરું બંને સ્વાદના ખાખરા છે. ",
            "ડબ્બો ખોલ્યા પછી તેને હવાચુસ્ત રાખજો.",
        ],
    ),
    (
        "તમારી દુકાનના વજનકાંટાની ચકાસણી પૂરી થઈ છે. તેના પર નવી મહોર લગાવી દીધી છે. આવતા વર્ષે આ જ મહિનામાં ફરી ચકાસણી કરાવવી પડશે.",
        [
            "તમારી દુકાનના વજનકાંટાની ચકાસણી પૂરી થઈ છે. ",
            "તેના પર નવી મહોર લગાવી દીધી છે. ",
            "આવતા વર્ષે આ જ મહિનામાં ફરી ચકાસણી કરાવવી પડશે.",
        ],
    ),
    (
        "ನಿಮ್ಮ ಕಾಫಿ ತೋಟದ ಹಣ್ಣುಗಳನ್ನು ಗುರುವಾರ ಕೀಳಲಾಗುತ್ತದೆ. ಕೆಲಸಕ್ಕೆ ಹತ್ತು ಜನ ಕೂಲಿಗಾರರು ಬರುತ್ತಾರೆ. ಬೀಜ ಒಣಗಿಸಲು ಅಂಗಳವನ್ನು ಸ್ವಚ್ಛವಾಗಿ ಇಟ್ಟುಕೊಳ್ಳಿ.",
        [
            "ನಿಮ್ಮ ಕಾಫಿ ತೋಟದ ಹಣ್ಣುಗಳನ್ನು ಗುರುವಾರ ಕೀಳಲಾಗುತ್ತದೆ. ",
            "ಕೆಲಸಕ್ಕೆ ಹತ್ತು ಜನ ಕೂಲಿಗಾರರು ಬರುತ್ತಾರೆ. ",
            "ಬೀಜ ಒಣಗಿಸಲು ಅಂಗಳವನ್ನು ಸ್ವಚ್ಛವಾಗಿ ಇಟ್ಟುಕೊಳ್ಳಿ.",
        ],
    ),
    (
        "ಯಕ್ಷಗಾನ ಪ್ರದರ್ಶನಕ್ಕೆ ನಿಮ್ಮ ಕುಟುಂಬಕ್ಕಾಗಿ ನಾಲ್ಕು ಆಸನಗಳನ್ನು ಕಾಯ್ದಿರಿಸಲಾಗಿದೆ. ಆಟ ರಾತ್ರಿ ಹತ್ತು ಗಂಟೆಗೆ ಆರಂಭವಾಗಿ ಬೆಳಗಿನವರೆಗೆ ನಡೆಯುತ್ತದೆ. ಚಳಿ ಇರುವುದರಿಂದ ಶಾಲು ತನ್ನಿ.",
        [
            "ಯಕ್ಷಗಾನ ಪ್ರದರ್ಶನಕ್ಕೆ ನಿಮ್ಮ ಕುಟುಂಬಕ್ಕಾಗಿ ನಾಲ್ಕು ಆಸನಗಳನ್ನು ಕಾಯ್ದಿರಿಸಲಾಗಿದೆ. ",
            "ಆಟ ರಾತ್ರಿ ಹತ್ತು ಗಂಟೆಗೆ ಆರಂಭವಾಗಿ ಬೆಳಗಿನವರೆಗೆ ನಡೆಯುತ್ತದೆ. ",
            "ಚಳಿ ಇರುವುದರಿಂದ ಶಾಲು ತನ್ನಿ.",
        ],
    ),
    (
        "പൂജാമുറിയിലെ ഓട്ടുവിളക്കുകൾ മിനുക്കി പുതിയതുപോലെയാക്കി. രണ്ട് വിളക്കുകളുടെ ചെരിഞ്ഞ തണ്ട് ശരിയാക്കി. വെള്ളിയാഴ്ച വൈകിട്ട് കടയിൽ വന്ന് വാങ്ങാം.",
        [
            "പൂജാമുറിയിലെ ഓട്ടുവിളക്കുകൾ മിനുക്കി പുതിയതുപോലെയാക്കി. ",
            "രണ്ട് വിളക്കുകളുടെ ചെരിഞ്ഞ തണ്ട് ശരിയാക്കി. ",
            "വെള്ളിയാഴ്ച വൈകിട്ട് കടയിൽ വന്ന് വാങ്ങാം.",
        ],
    ),
    (
        "ആയുർവേദ ഉഴിച്ചിൽ ചികിത്സ തിങ്കളാഴ്ച മുതൽ ഏഴു ദിവസത്തേക്ക് ബുക്ക് ചെയ്തു. ഓരോ ദിവസവും രാവിലെ ഒൻപതിന് എത്തണം. ചികിത്സയുടെ ദിവസങ്ങളിൽ തണുത്ത വെള്ളത്തിൽ കുളിക്കരുത്.",
        [
            "ആയുർവേദ ഉഴിച്ചിൽ ചികിത്സ തിങ്കളാഴ്ച മുതൽ ഏഴു ദിവസത്തേക്ക് ബുക്ക് ചെയ്തു. ",
            "ഓരോ ദിവസവും രാവിലെ ഒൻപതിന് എത്തണം. ",
            "ചികിത്സയുടെ ദിവസങ്ങളിൽ തണുത്ത വെള്ളത്തിൽ കുളിക്കരുത്.",
        ],
    ),
    (
        "ਤੁਹਾਡੀਆਂ ਪੱਗਾਂ ਮਨਪਸੰਦ ਰੰਗ ਵਿੱਚ ਰੰਗ ਦਿੱਤੀਆਂ ਗਈਆਂ ਹਨ। ਹਰ ਪੱਗ ਨੂੰ ਮਾਵਾ ਲਗਾ ਕੇ ਸੁਕਾਇਆ ਗਿਆ ਹੈ। ਕੱਲ੍ਹ ਦੁਪਹਿਰ ਤੋਂ ਬਾਅਦ ਆ ਕੇ ਲੈ ਜਾਣਾ।",
        [
            "ਤੁਹਾਡੀਆਂ ਪੱਗਾਂ ਮਨਪਸੰਦ ਰੰਗ ਵਿੱਚ ਰੰਗ ਦਿੱਤੀਆਂ ਗਈਆਂ ਹਨ। ",
            "ਹਰ ਪੱਗ ਨੂੰ ਮਾਵਾ ਲਗਾ ਕੇ ਸੁਕਾਇਆ ਗਿਆ ਹੈ। ",
            "ਕੱਲ੍ਹ ਦੁਪਹਿਰ ਤੋਂ ਬਾਅਦ ਆ ਕੇ ਲੈ ਜਾਣਾ।",
        ],
    ),
    (
        "ਤੁਹਾਡੀ ਦੁਕਾਨ ਦਾ ਨਵਾਂ ਬੋਰਡ ਰੰਗ ਕੇ ਤਿਆਰ ਹੈ। ਇਸ ਉੱਤੇ ਨਾਂ ਗੁਰਮੁਖੀ ਅਤੇ ਅੰਗਰੇਜ਼ੀ ਦੋਹਾਂ ਵਿੱਚ ਲਿਖਿਆ ਹੈ। ਸਾਡੇ ਕਾਰੀਗਰ ਸੋਮਵਾਰ ਨੂੰ ਇਸ ਨੂੰ ਟੰਗ ਦੇਣਗੇ।",
        [
            "ਤੁਹਾਡੀ ਦੁਕਾਨ ਦਾ ਨਵਾਂ ਬੋਰਡ ਰੰਗ ਕੇ ਤਿਆਰ ਹੈ। ",
            "ਇਸ ਉੱਤੇ ਨਾਂ ਗੁਰਮੁਖੀ ਅਤੇ ਅੰਗਰੇਜ਼ੀ ਦੋਹਾਂ ਵਿੱਚ ਲਿਖਿਆ ਹੈ। ",
            "ਸਾਡੇ ਕਾਰੀਗਰ ਸੋਮਵਾਰ ਨੂੰ ਇਸ ਨੂੰ ਟੰਗ ਦੇਣਗੇ।",
        ],
    ),
    (
        "ରଜ ପର୍ବ ପାଇଁ ପୋଡ଼ପିଠା ଓ ଚକୁଳି ଅର୍ଡର ନିଆଯାଇଛି। ପିଠା ଶୁକ୍ରବାର ସକାଳେ ଘରେ ପହଞ୍ଚିଯିବ। ପୋଡ଼ପିଠା ଦୁଇ ଦିନ ଭିତରେ ଖାଇଦେବେ।",
        [
            "ରଜ ପର୍ବ ପାଇଁ ପୋଡ଼ପିଠା ଓ ଚକୁଳି ଅର୍ଡର ନିଆଯାଇଛି। ",
            "ପିଠା ଶୁକ୍ରବାର ସକାଳେ ଘରେ ପହଞ୍ଚିଯିବ। ",
            "ପୋଡ଼ପିଠା ଦୁଇ ଦିନ ଭିତରେ ଖାଇଦେବେ।",
        ],
    ),
    (
        "ନୂଆ ଟିଭି କାନ୍ଥରେ ଲଗାଇବା ପାଇଁ କାରିଗର ମଙ୍ଗଳବାର ଆସିବେ। ସେ ନିଜ ସହିତ ଡ୍ରିଲ ମେସିନ ଆଣିବେ। କାନ୍ଥ ପାଖରୁ ଆସବାବପତ୍ର ହଟାଇ ରଖନ୍ତୁ।",
        [
            "ନୂଆ ଟିଭି କାନ୍ଥରେ ଲଗାଇବା ପାଇଁ କାରିଗର ମଙ୍ଗଳବାର ଆସିବେ। ",
            "ସେ ନିଜ ସହିତ ଡ୍ରିଲ ମେସିନ ଆଣିବେ। ",
            "କାନ୍ଥ ପାଖରୁ ଆସବାବପତ୍ର ହଟାଇ ରଖନ୍ତୁ।",
        ],
    ),
    (
        "মুগাৰ মেখেলা-চাদৰ যোৰ বোৱা শেষ হৈছে। ইয়াৰ পাৰিত ৰঙা সূতাৰে ফুল তোলা হৈছে। দেওবাৰৰ পিছত যিকোনো দিনা আহি লৈ যাব পাৰিব।",
        [
            "মুগাৰ মেখেলা-চাদৰ যোৰ বোৱা শেষ হৈছে। ",
            "ইয়াৰ পাৰিত ৰঙা সূতাৰে ফুল তোলা হৈছে। ",
            "দেওবাৰৰ পিছত যিকোনো দিনা আহি লৈ যাব পাৰিব।",
        ],
    ),
    (
        "নতুন ফ্ৰীজটো শুকুৰবাৰে ঘৰত দি যোৱা হ'ব। ঠাইত বহুওৱাৰ দুঘণ্টা পিছতহে ইয়াক চলাব। পুৰণি ফ্ৰীজটো আমাৰ মানুহে লৈ যাব।",
        [
            "নতুন ফ্ৰীজটো শুকুৰবাৰে ঘৰত দি যোৱা হ'ব। ",
            "ঠাইত বহুওৱাৰ দুঘণ্টা পিছতহে ইয়াক চলাব। ",
            "পুৰণি ফ্ৰীজটো আমাৰ মানুহে লৈ যাব।",
        ],
    ),
    (
        "آپ کے بیٹے کی شیروانی سی دی گئی ہے۔ کالر اور بٹن پٹی پر سنہری دھاگے سے کڑھائی کی گئی ہے۔ جمعہ کی نماز کے بعد کسی بھی وقت دکان پر آ کر پہن کر دیکھ لیں۔",
        [
            "آپ کے بیٹے کی شیروانی سی دی گئی ہے۔ ",
            "کالر اور بٹن پٹی پر سنہری دھاگے سے کڑھائی کی گئی ہے۔ ",
            "جمعہ کی نماز کے بعد کسی بھی وقت دکان پر آ کر پہن کر دیکھ لیں۔",
        ],
    ),
    (
        "رمضان کے لیے آپ کا کھجور کا ڈبہ پیک ہو گیا ہے۔ اس میں عجوہ اور مجدول دونوں قسم کی کھجوریں ہیں۔ ڈبہ کل عصر تک آپ کے گھر پہنچ جائے گا۔",
        [
            "رمضان کے لیے آپ کا کھجور کا ڈبہ پیک ہو گیا ہے۔ ",
            "اس میں عجوہ اور مجدول دونوں قسم کی کھجوریں ہیں۔ ",
            "ڈبہ کل عصر تک آپ کے گھر پہنچ جائے گا۔",
        ],
    ),
    # --- service forms: Sub. opening the reply before a name, a lower-case bn. ending a sentence before "They", Rfn. before a lower-case bracketed phrase, Sub. right before "?", Rfn. inside a question before a name, bn. before a comma, Rfn. right before "!" ---
    (
        "Sub. Harbans Lal of the army pipe band has agreed to play at your grandson's wedding. He will bring eight pipers from his old bn. They have played at many army weddings before. One young Rfn. (a drummer from the hills) will lead the groom's procession. Does the fee go to the Sub.? No, it goes to the band fund, by bank transfer. Is Rfn. Thapa free on the wedding night too? He is, and so is the rest of his bn., which is on leave that week. The guests will love the drumming of the Rfn.! Expect the band at the venue by dusk.",
        [
            "Sub. Harbans Lal of the army pipe band has agreed to play at your grandson's wedding. ",
            "He will bring eight pipers from his old bn. ",
            "They have played at many army weddings before. ",
            "One young Rfn. (a drummer from the hills) will lead the groom's procession. ",
            "Does the fee go to the Sub.? ",
            "No, it goes to the band fund, by bank transfer. ",
            "Is Rfn. Thapa free on the wedding night too? ",
            "He is, and so is the rest of his bn., which is on leave that week. ",
            "The guests will love the drumming of the Rfn.! ",
            "Expect the band at the venue by dusk.",
        ],
    ),
    # --- degrees: B.H.M.S. before a lower-case word mid-sentence, B.V.Sc. ending a sentence before "She", B.H.M.S. inside a question, B.V.Sc. right before "?", B.V.Sc. opening a sentence, B.H.M.S. before a comma, B.H.M.S. right before "!" ---
    (
        "The new homeopathy clinic in your colony is run by a B.H.M.S. graduate from Kolkata. Her younger sister holds a B.V.Sc. She treats cows and goats at the weekly cattle fair. Is the B.H.M.S. course as long as the one for allopathy? Nearly, and it ends with a year of hospital training. Could your calf be seen by someone with a B.V.Sc.? Yes, bring it to the fair on Sunday. B.V.Sc. graduates also advise on fodder. The elder sister's own degree is a B.H.M.S., so she treats only people. Her parents threw a feast when she finished her B.H.M.S.! The clinic opens daily at nine.",
        [
            "The new homeopathy clinic in your colony is run by a B.H.M.S. graduate from Kolkata. ",
            "Her younger sister holds a B.V.Sc. ",
            "She treats cows and goats at the weekly cattle fair. ",
            "Is the B.H.M.S. course as long as the one for allopathy? ",
            "Nearly, and it ends with a year of hospital training. ",
            "Could your calf be seen by someone with a B.V.Sc.? ",
            "Yes, bring it to the fair on Sunday. ",
            "B.V.Sc. graduates also advise on fodder. ",
            "The elder sister's own degree is a B.H.M.S., so she treats only people. ",
            "Her parents threw a feast when she finished her B.H.M.S.! ",
            "The clinic opens daily at nine.",
        ],
    ),
    # --- prescription forms: Tab. opening the reply before a capitalised drug name, Syr. before a capitalised drug name mid-sentence, a lower-case pwd. ending a sentence before "It", Syr. inside a question, Tab. right before "?", pwd. before a lower-case word, Syr. right before "!" ---
    (
        "Tab. Pantoprazole, one each morning before breakfast, is what your father needs for the acidity. For the constipation, he is also to take Syr. Lactulose at bedtime. He may also take a spoon of the Isabgol pwd. It works best stirred into a glass of warm water at night. Can the Syr. be mixed with water? Yes, half a cup is fine. Is it safe to crush the Tab.? No, he must swallow it whole. Keep the pwd. jar shut tight, or it turns lumpy in the damp. And do shake the bottle of Syr.! Otherwise the first spoon comes out too thin.",
        [
            "Tab. Pantoprazole, one each morning before breakfast, is what your father needs for the acidity. ",
            "For the constipation, he is also to take Syr. Lactulose at bedtime. ",
            "He may also take a spoon of the Isabgol pwd. ",
            "It works best stirred into a glass of warm water at night. ",
            "Can the Syr. be mixed with water? ",
            "Yes, half a cup is fine. ",
            "Is it safe to crush the Tab.? ",
            "No, he must swallow it whole. ",
            "Keep the pwd. jar shut tight, or it turns lumpy in the damp. ",
            "And do shake the bottle of Syr.! ",
            "Otherwise the first spoon comes out too thin.",
        ],
    ),
    # --- address forms: Sec. before a number, Ph. before a comma after a place name, a lower-case flr. ending a sentence before "A", Sec. inside a question before a lower-case word, flr. right before "?", Ph. before a lower-case word, Ph. right before "!" ---
    (
        "Our cake studio has moved to Shop 306 in Sec. 92, Green Park Ph., right behind the Hanuman temple. The tasting room is on the third flr. A lift runs up from the lobby. Which Sec. gate is nearest to us? Gate three, on the main road. Is there a florist on the bottom flr.? Yes, the one with the blue awning. Many new offices have opened in that Ph. recently, so the lanes fill up well before noon. Free parking is allowed only inside the Ph.! Vans cannot enter after eight at night.",
        [
            "Our cake studio has moved to Shop 306 in Sec. 92, Green Park Ph., right behind the Hanuman temple. ",
            "The tasting room is on the third flr. ",
            "A lift runs up from the lobby. ",
            "Which Sec. gate is nearest to us? ",
            "Gate three, on the main road. ",
            "Is there a florist on the bottom flr.? ",
            "Yes, the one with the blue awning. ",
            "Many new offices have opened in that Ph. recently, so the lanes fill up well before noon. ",
            "Free parking is allowed only inside the Ph.! ",
            "Vans cannot enter after eight at night.",
        ],
    ),
    # --- banking forms: Ref. before a lower-case word, a lower-case trf. ending a sentence before "It", Acct. ending a sentence before "We", Ref. inside a question, trf. inside a question, Ref. right before "?", Acct. right before "!" ---
    (
        "The double debit you reported has been logged under a fresh Ref. code, sent to you by text. The money went out twice through one online trf. It will come back to your Acct. We have flagged the case as urgent for you. Should I quote the Ref. when I phone the branch? Yes, it saves time. Does a reversed trf. show up in the passbook? It does, as a credit line. Where do I find the Ref.? Open the app and go to the grievance section. Our apologies for the trouble with your Acct.! The fix is already under way.",
        [
            "The double debit you reported has been logged under a fresh Ref. code, sent to you by text. ",
            "The money went out twice through one online trf. ",
            "It will come back to your Acct. ",
            "We have flagged the case as urgent for you. ",
            "Should I quote the Ref. when I phone the branch? ",
            "Yes, it saves time. ",
            "Does a reversed trf. show up in the passbook? ",
            "It does, as a credit line. ",
            "Where do I find the Ref.? ",
            "Open the app and go to the grievance section. ",
            "Our apologies for the trouble with your Acct.! ",
            "The fix is already under way.",
        ],
    ),
    # --- officialese: Govt. before a lower-case word, a lower-case attd. ending a sentence before "Bring", Offg. opening a sentence before a capitalised word, attd. right before "?", Offg. inside a question, attd. before a lower-case word, Govt. right before "!" ---
    (
        "Compensation for the hail that hit your wheat has been cleared under a new Govt. scheme. The photocopies you sent were not attd. Bring them again with a gazetted officer's signature. Offg. Collector Meera Pillai will hand over the first cheques on Friday at noon. Must the land deed be attd.? Only its first page. Is the Offg. Collector coming to our tehsil too? She is, on the same day, and she will also take the attd. copies from you. The whole sum is paid by the Govt.! Nothing is cut from it.",
        [
            "Compensation for the hail that hit your wheat has been cleared under a new Govt. scheme. ",
            "The photocopies you sent were not attd. ",
            "Bring them again with a gazetted officer's signature. ",
            "Offg. Collector Meera Pillai will hand over the first cheques on Friday at noon. ",
            "Must the land deed be attd.? ",
            "Only its first page. ",
            "Is the Offg. Collector coming to our tehsil too? ",
            "She is, on the same day, and she will also take the attd. copies from you. ",
            "The whole sum is paid by the Govt.! ",
            "Nothing is cut from it.",
        ],
    ),
    # --- units: km. before a comma, ml. ending a sentence before "Shake", mg. right before "?", km. right before "!", ml. inside a question before a lower-case word, mg. before a lower-case word ---
    (
        "Your order of herbal hair oil and amla capsules leaves our store, which is 83 km., roughly a two-hour drive, from your town, tonight. The oil comes in a glass bottle of 300 ml. Shake it well before each use. Did you want the capsules of 930 mg.? Yes, as you asked the last time. We charge for delivery by the km.! Parcels above a set value travel free. Is the 300 ml. bottle enough for a month? It is, if you use it twice a week, and one 930 mg. capsule a day is the dose.",
        [
            "Your order of herbal hair oil and amla capsules leaves our store, which is 83 km., roughly a two-hour drive, from your town, tonight. ",
            "The oil comes in a glass bottle of 300 ml. ",
            "Shake it well before each use. ",
            "Did you want the capsules of 930 mg.? ",
            "Yes, as you asked the last time. ",
            "We charge for delivery by the km.! ",
            "Parcels above a set value travel free. ",
            "Is the 300 ml. bottle enough for a month? ",
            "It is, if you use it twice a week, and one 930 mg. capsule a day is the dose.",
        ],
    ),
    # --- dotted acronyms: U.P.I. opening the reply, O.T.P. ending a sentence before "Never", U.P.I. inside a question, O.T.P. right before "?", O.T.P. before a comma, U.P.I. ending a sentence before "Cash", U.P.I. right before "!" ---
    (
        "U.P.I. payments to our dairy are now taken at our shop counter and on delivery. Each payment needs only your pin, not an O.T.P. Never share a code with anyone who calls you. Is U.P.I. safe for monthly milk dues? Yes, and each payment brings a receipt by text. Did our delivery boy ask you for an O.T.P.? Then please report him, since an O.T.P., even an old one, is private. Most families we serve now pay by U.P.I. Cash is welcome too. Payments above a limit need the app, not plain U.P.I.! Our staff can show you how.",
        [
            "U.P.I. payments to our dairy are now taken at our shop counter and on delivery. ",
            "Each payment needs only your pin, not an O.T.P. ",
            "Never share a code with anyone who calls you. ",
            "Is U.P.I. safe for monthly milk dues? ",
            "Yes, and each payment brings a receipt by text. ",
            "Did our delivery boy ask you for an O.T.P.? ",
            "Then please report him, since an O.T.P., even an old one, is private. ",
            "Most families we serve now pay by U.P.I. ",
            "Cash is welcome too. ",
            "Payments above a limit need the app, not plain U.P.I.! ",
            "Our staff can show you how.",
        ],
    ),
    # --- short forms of ordinary prose: Kr. before a name mid-sentence, viz. before a lower-case word, Jr. ending a sentence before "Our", Kr. inside a question, Jr. right before "?", Jr. before a comma, viz. before a lower-case word inside a question ---
    (
        "Your mother's coconut barfi has won first prize at the food fair, where the judging was led by Rahul Kr. Sinha of the sweet-makers' guild. Two other entries were praised, viz. a carrot halwa and a sesame chikki. The halwa was made by a young cook, Arjun Mehra Jr. Our hall will hold the prize-giving on Sunday. Will Rahul Kr. Sinha hand over the prizes himself? He will, and he wants to taste the barfi again. Was the chikki also made by Arjun Mehra Jr.? No, by his aunt, who runs a canteen nearby. Arjun Mehra Jr., who is only nineteen, will get a special mention. Were all three, viz. the barfi and the two others, sent in by women from our street? Yes, every one of them.",
        [
            "Your mother's coconut barfi has won first prize at the food fair, where the judging was led by Rahul Kr. Sinha of the sweet-makers' guild. ",
            "Two other entries were praised, viz. a carrot halwa and a sesame chikki. ",
            "The halwa was made by a young cook, Arjun Mehra Jr. ",
            "Our hall will hold the prize-giving on Sunday. ",
            "Will Rahul Kr. Sinha hand over the prizes himself? ",
            "He will, and he wants to taste the barfi again. ",
            "Was the chikki also made by Arjun Mehra Jr.? ",
            "No, by his aunt, who runs a canteen nearby. ",
            "Arjun Mehra Jr., who is only nineteen, will get a special mention. ",
            "Were all three, viz. the barfi and the two others, sent in by women from our street? ",
            "Yes, every one of them.",
        ],
    ),
    # --- amounts: an amount-word "cr." ending a sentence, an amount in Indian grouping before a comma, an amount-word right before "?", a percentage right before "!", an amount with "/-" before a lower-case bracketed phrase, an amount with paise before a comma, two amounts joined by "and", an amount in Indian grouping ending the reply ---
    (
        "Redoing the outer walls of your building will cost ₹4.37 cr. Each flat's share works out to ₹2,83,069, payable in two parts. Is the first part ₹1.49 lakh? Yes, and it falls due before the monsoon. Our partner bank offers a loan for this at 9.36%! Late payments attract ₹696/- a month (from the third month on), so please plan ahead. Your flat also owes ₹3,492.30, which is the old water charge. Quotes from contractors ranged between ₹3.69 crore and ₹4.92 crore before we picked the final one. The signed contract is for ₹4,37,06,000.",
        [
            "Redoing the outer walls of your building will cost ₹4.37 cr. ",
            "Each flat's share works out to ₹2,83,069, payable in two parts. ",
            "Is the first part ₹1.49 lakh? ",
            "Yes, and it falls due before the monsoon. ",
            "Our partner bank offers a loan for this at 9.36%! ",
            "Late payments attract ₹696/- a month (from the third month on), so please plan ahead. ",
            "Your flat also owes ₹3,492.30, which is the old water charge. ",
            "Quotes from contractors ranged between ₹3.69 crore and ₹4.92 crore before we picked the final one. ",
            "The signed contract is for ₹4,37,06,000.",
        ],
    ),
    # --- dates and times: a slash date before a comma, a colon time before a comma, a slash date right before "?", a dotted time ending a sentence, a colon time inside a sentence, a dotted date inside a bracket, a colon time right before "?", a colon time ending the reply ---
    (
        "Your darshan slot at the hill temple is confirmed for 30/04/2096, a Thursday. Please be at the queue complex by 05:49, since the gates shut soon after. Could the slot move to 06/05/2096? Only if seats open up, and we will send word by text. The special pooja follows at 6.36. Prasad counters open at 07:30 right after the first aarti of the day. Elderly pilgrims (born before 01.01.2036) get a separate queue. Does the evening aarti start at 18:37? Yes, and it ends by 19:06.",
        [
            "Your darshan slot at the hill temple is confirmed for 30/04/2096, a Thursday. ",
            "Please be at the queue complex by 05:49, since the gates shut soon after. ",
            "Could the slot move to 06/05/2096? ",
            "Only if seats open up, and we will send word by text. ",
            "The special pooja follows at 6.36. ",
            "Prasad counters open at 07:30 right after the first aarti of the day. ",
            "Elderly pilgrims (born before 01.01.2036) get a separate queue. ",
            "Does the evening aarti start at 18:37? ",
            "Yes, and it ends by 19:06.",
        ],
    ),
    # --- URLs, e-mail and phone numbers: a bare address right before "!", an https:// address with a path ending a sentence before a capital, a www. address inside a bracket mid-sentence, an e-mail before a lower-case word, a landline with an area code before a comma, a mobile number right before "?", an https:// address with a query string right before "?", an e-mail ending the reply ---
    (
        "All our handmade soaps are now on neem-sabun.in! Every soap's full recipe is posted at https://neem-sabun.in/recipe. The gift boxes (see www.neem-sabun.in/hampers for photos) come small, medium or large. Write to gifts@neem-sabun.in with your company's logo if you want the boxes printed. Our workshop number is 080-4930 6837, open on weekdays. Would you rather text us on 98369 20496? That works too. Did you see the big box at https://neem-sabun.in/hampers?bada=haan? Send any questions about it to soaps@neem-sabun.in.",
        [
            "All our handmade soaps are now on neem-sabun.in! ",
            "Every soap's full recipe is posted at https://neem-sabun.in/recipe. ",
            "The gift boxes (see www.neem-sabun.in/hampers for photos) come small, medium or large. ",
            "Write to gifts@neem-sabun.in with your company's logo if you want the boxes printed. ",
            "Our workshop number is 080-4930 6837, open on weekdays. ",
            "Would you rather text us on 98369 20496? ",
            "That works too. ",
            "Did you see the big box at https://neem-sabun.in/hampers?bada=haan? ",
            "Send any questions about it to soaps@neem-sabun.in.",
        ],
    ),
    # --- quotes and brackets: a "?" inside a curly single quote mid-sentence, a "!" inside a straight double quote ending a sentence, a bracketed statement as its own chunk, a "." inside a closing curly quote ending a sentence, a square-bracketed sentence as its own chunk, a full stop just after a closing bracket, a full stop just after a closing straight double quote, a "!" inside a closing curly quote ending the reply ---
    (
        'Your new video doorbell shows ‘Who is there?’ on your phone whenever someone presses it. Tap the green button, and the visitor hears "Please wait!" (That message can be changed from the app menu.) If you are out, the app says “Nobody home, leave a note.” [Notes are saved for a week.] It also records a short clip (about ten seconds, with sound). Our engineers call this the "away mode". Is the chime too loud? Just say “Lower the volume!”',
        [
            "Your new video doorbell shows ‘Who is there?’ on your phone whenever someone presses it. ",
            'Tap the green button, and the visitor hears "Please wait!" ',
            "(That message can be changed from the app menu.) ",
            "If you are out, the app says “Nobody home, leave a note.” ",
            "[Notes are saved for a week.] ",
            "It also records a short clip (about ten seconds, with sound). ",
            'Our engineers call this the "away mode". ',
            "Is the chime too loud? ",
            "Just say “Lower the volume!”",
        ],
    ),
    # --- ellipses: "!?" (an end); "…" before a capital (an end); "..." before a lower-case word (not an end); "...!" (an end after the "!"); "…?" (an end after the "?"); "…" before a lower-case word (not an end); the reply ends on "..." ---
    (
        "Your rakhi parcel for your brother came back to our hub!? We feel terrible about this… The address sticker had peeled off on the way... so the courier could not read it. We have printed a fresh one...! Would a delivery by Wednesday work…? Our driver will carry it himself… and hand it to your brother in person. Many thanks for your patience...",
        [
            "Your rakhi parcel for your brother came back to our hub!? ",
            "We feel terrible about this… ",
            "The address sticker had peeled off on the way... so the courier could not read it. ",
            "We have printed a fresh one...! ",
            "Would a delivery by Wednesday work…? ",
            "Our driver will carry it himself… and hand it to your brother in person. ",
            "Many thanks for your patience...",
        ],
    ),
    # --- emoji: one with a presentation selector opening the reply, two after "!", a skin-toned one inside a sentence, one right before "?", one closing a sentence with no stop, one right before ".", a ZWJ sequence ending the reply with no stop ---
    (
        "⛰️ Your family trek in the hills is booked for early October. Pack sturdy shoes and a warm jacket! 🥾🧥 Our guide will meet you at the base camp 👋🏻 and walk you up to the tents. Can your youngest one walk six hours a day 🤔? If not, ponies can be hired there 🐎 Meals are cooked fresh at every camp 🍲. See you on the trail 👨‍👦",
        [
            "⛰️ Your family trek in the hills is booked for early October. ",
            "Pack sturdy shoes and a warm jacket! 🥾🧥 ",
            "Our guide will meet you at the base camp 👋🏻 and walk you up to the tents. ",
            "Can your youngest one walk six hours a day 🤔? ",
            "If not, ponies can be hired there 🐎 ",
            "Meals are cooked fresh at every camp 🍲. ",
            "See you on the trail 👨‍👦",
        ],
    ),
    # --- one-line list with "⁃ " markers after a colon, items with no closing mark and a last item ending in "." ---
    (
        "Before you donate blood at Saturday's camp, please make sure of these: ⁃ a full breakfast ⁃ a good night's sleep ⁃ no alcohol the evening before. Our nurse will weigh you before anything else.",
        [
            "Before you donate blood at Saturday's camp, please make sure of these: ",
            "⁃ a full breakfast ",
            "⁃ a good night's sleep ",
            "⁃ no alcohol the evening before. ",
            "Our nurse will weigh you before anything else.",
        ],
    ),
    # --- multi-line list with "✧ " markers after a heading line ending in a colon, items ending with ";", "?", no mark and "." ---
    (
        "Before our movers pack your house on Monday:\n✧ Empty and defrost the fridge;\n✧ Have you set aside the things you will carry yourself?\n✧ Keep jewellery and papers in one locked bag\n✧ Mark the boxes that go to the new kitchen in red.\nThe truck will be at your new home before dark.",
        [
            "Before our movers pack your house on Monday:\n",
            "✧ Empty and defrost the fridge;\n",
            "✧ Have you set aside the things you will carry yourself?\n",
            "✧ Keep jewellery and papers in one locked bag\n",
            "✧ Mark the boxes that go to the new kitchen in red.\n",
            "The truck will be at your new home before dark.",
        ],
    ),
    # --- mixed scripts: Telugu with ఎం.టెక్. followed by a word mid-sentence, an English sentence, then a Telugu question ---
    (
        "మీ అబ్బాయి ఎం.టెక్. ప్రవేశ పరీక్ష ఫలితాలు రేపు విడుదలవుతాయి. He can check them with his hall ticket code. కౌన్సెలింగ్‌కు మీరు కూడా వస్తారా?",
        [
            "మీ అబ్బాయి ఎం.టెక్. ప్రవేశ పరీక్ష ఫలితాలు రేపు విడుదలవుతాయి. ",
            "He can check them with his hall ticket code. ",
            "కౌన్సెలింగ్‌కు మీరు కూడా వస్తారా?",
        ],
    ),
    # --- mixed scripts: Marathi opening the reply with बी.फार्म., an English question, then Marathi at "." ---
    (
        "बी.फार्म. प्रवेशाची पहिली यादी सोमवारी जाहीर होईल. Has your niece uploaded her marks sheet? मूळ कागदपत्रे पडताळणीसाठी सोबत आणावीत.",
        [
            "बी.फार्म. प्रवेशाची पहिली यादी सोमवारी जाहीर होईल. ",
            "Has your niece uploaded her marks sheet? ",
            "मूळ कागदपत्रे पडताळणीसाठी सोबत आणावीत.",
        ],
    ),
    # --- mixed scripts: an Odia question holding ବି.ଏସସି. before a word, an English exclamation, then Odia at । ---
    (
        "ପୁଅର ବି.ଏସସି. ପରୀକ୍ଷା ଫର୍ମ ଭରିବା ସରିଲା କି? Forms close this Friday! ଫି ଅନଲାଇନରେ ଦେଇହେବ।",
        [
            "ପୁଅର ବି.ଏସସି. ପରୀକ୍ଷା ଫର୍ମ ଭରିବା ସରିଲା କି? ",
            "Forms close this Friday! ",
            "ଫି ଅନଲାଇନରେ ଦେଇହେବ।",
        ],
    ),
    # --- mixed scripts: Malayalam at ".", an English exclamation, then Gujarati at "." ---
    (
        "ഓണപ്പൂക്കളത്തിനുള്ള പൂക്കൾ നാളെ പുലർച്ചെ എത്തും. They come straight from the hill farms! ફૂલોને છાંયડામાં અને ઠંડી જગ્યાએ રાખજો.",
        [
            "ഓണപ്പൂക്കളത്തിനുള്ള പൂക്കൾ നാളെ പുലർച്ചെ എത്തും. ",
            "They come straight from the hill farms! ",
            "ફૂલોને છાંયડામાં અને ઠંડી જગ્યાએ રાખજો.",
        ],
    ),
    # --- mixed scripts: Assamese at ।, an English question, then Urdu at ۔ ---
    (
        "বিহুৰ বাবে গামোচাৰ টোপোলাটো কাইলৈ আহি পাব। Shall we gift-wrap each one too? تحفے کا کاغذ ہم مفت میں دیں گے۔",
        [
            "বিহুৰ বাবে গামোচাৰ টোপোলাটো কাইলৈ আহি পাব। ",
            "Shall we gift-wrap each one too? ",
            "تحفے کا کاغذ ہم مفت میں دیں گے۔",
        ],
    ),
]
