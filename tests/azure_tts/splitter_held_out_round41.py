"""Held-out cases for the sentence splitter, round 41: written without reading or running it.

Written after reading only tests/azure_tts/splitter_held_out_round40.py and
tests/azure_tts/splitter_held_out_round39.py (for format and conventions). No splitter source,
bench, tuning file, log, other test file, README or git history was opened, no folder of the
project was listed, and no other file of the project was read. Nothing was run against the
splitter or in the project, and git was not used; no web, code or document search was made.
Python was used only in a scratch folder outside the project: to parse the two files read (with
the ast module, without importing or running them) for their case count, variable name and
docstrings, to assemble this file from drafted chunk lists (so each text is the join of its
chunks), to check that the chunks concatenate exactly to the text and that the module imports by
path, and for the grep checks below. No sentence is taken or paraphrased from those two files,
and none of their replies was used as a template. Drafts that ran close to one of their replies
were rewritten before the checks: a Hindi sports camp that asked for a water bottle and a cap
(round 39's Marathi cricket reply; now comfortable shoes), a Punjabi tent booking that set up "a
day before" and took the balance "after the function" (round 40's Hinglish wedding photographer;
now a dawn arrival and the power connection), a prescription reply opening "For your
grandfather's" (round 40 reworded "your grandfather"; now "father-in-law's") and a banking case
built on "your daughter's" hostel fee (an echo phrase the files name; now "The hostel fee you
asked about"). No reply is about a library, a ration card, a voter card, a bus, a passport, a
hotel stay, a scholarship, a water tank, house tax or school hours, and no case holds the
substrings "lab", "ration" or "bus" at all (so no "available", "labour", "registration" or
"business"; a Devanagari "बस" in the Gujarati-Hindi case became "सिर्फ़").

A phrase-overlap check searched every 16-character run of every case against both whole files
(docstrings included, case-insensitively, digits mapped to ASCII). In two passes it reworded:
"d for the next t" and " without any cha" (the broadband reply), "on friday morning", ". the
interview " (twice), "congratulations on", "would you like a" (twice), "good news, your ", "the
certificate from", "will be taken by", "has been approved", ", depending on the", "ount before
the fi", "… and the system", " our warehouse t", "er will ring you", a Hindi " अगले सोमवार से ",
a Marathi "पुढच्या आठवड्यात" (twice) and a Malayalam " യാത്രയ്ക്കുള്ള ". After that no
16-character run is shared with either file. Every phrase the two files quote in their
docstrings (403 of them) was also searched for as a substring; that pass reworded "Des." (round
39's B.Des., found inside a first "then fades."), "accounts" (round 40's e-mail local part, in a
first "Our accounts firm"; now "Our audit firm"), "Give" (round 39's word after "...", in a
first "give us a call" and "give her study leave"; now "ring us" and "grant her") and "box."
(round 39's word for approx.'s tail; now "carton."). What it still finds are marks and
connecting words (" (", " and ", " before ", " or ", ", and", ", or", "...", "...!", "…",
"…?", "!?", "#", "/-", ".in", "।"), the plain words "A", "Our", "bill", "by", "help", "only",
"pay", "so", "till" and "we", the words "ahead.", "minutes." and "years." (whole sentence ends,
none after a form), word pieces ("Ah" in "chahiye" and "ahead", "app" in "app" and
"application", "join" in "joints"), word endings ("ch." in "branch.", "d." and "ed." in words
such as "applied.", "ds." in "words.", "es." in "minutes." and "timings.", "g." in "booking.",
"rd." in "card.", "rs." in "years." and "members.", "S." in words ending in s), "I." (the last
part of T.R.A.I. and N.P.C.I., and the end of "hai."), "om." (the tail of this file's M.Com.;
the files hold it only in "showroom.") and "pp." (the tail of this file's Opp.; the files hold
it only in "app."), the Odia word "ଆପଣଙ୍କ" (inside a reply, never opening one) and the Malayalam
word "നിങ്ങളുടെ" (inside a reply, never opening one). None is inside a form, an address or a
web address. Replies were kept away from the echo phrases both files name ("will reach yo",
"with your pas", "please reach the", "request for a ", "for your son's ", "your daughter's ",
"within the hour"; a draft's "we pass them on" replaced a first "reach you"). No Malayalam reply
opens "നിങ്ങളുടെ", no Odia reply opens "ଆପଣଙ୍କ", no Kannada reply opens "ನಿಮ್ಮ ತಂದೆಯವರ", no
Gujarati reply uses "પિતાજી", and no Urdu reply uses "خود بخود".

Numbers: every amount, decimal, percentage, date, time and count was checked with a plain
substring grep against both files, with and without its separators, after mapping every Unicode
decimal digit to ASCII (and the files were searched with their own separators removed too); none
is in either file. The two-digit runs that occur in neither file even with their separators
removed are 04 05 18 19 21 27 33 35 36 41 42 43 44 45 48 52 54 56 59 61 63 67 77 82 92 93 94 96
97 98, and every number here holds at least one of them: 43 (after Sec.), 96 (km.), 450 (ml.),
19 (mm.), ₹1.45 crore, ₹4,599/-, 7.35%, ₹1,84,204.50, ₹2,750, ₹3,350, ₹36,45,000, ₹1,93,000,
18/04/2097, 05:45, 19:35, 21-05-2097, 27.04.2097 and 4.45. No single-digit number, no Indic
digit and no bare list number is used; the list markers are "» " and "▪ ", and neither occurs in
either file (nor does "• "). Names, places and addresses were checked the same way (none occurs
there): Raghubir Sandhu, Nandini Joshi, Vikram Rathod, Gulmohar Park, Anand Mkt., Sec. 43 and
the neem-kiosk.in domain (local part "care", paths "renew", "faq", "plans#family" and
"stores"). The domain ends in none of "demo.in", "trial.in", "pilot.co.in", "sandbox.in",
"staging.in", "uat.in", "preprod.in", "beta.in", "dev.in", "test.in", "mock.in", "example.in",
"sample.in", "specimen.in", "fixture.in", "dummy.in", "placeholder.in" or "filler.in" (round
40's own ending, added here), and holds no "safar", "sahay", "setu", "vyom", "tarang", "megh",
"kosh", "lekha", "anka" or "dhara" (added here); its tail before ".in" ("osk.") occurs nowhere in
the files. "India" is not used (nor a flag emoji); the Indic-script cases name no person and no
place. No undotted acronym is used (a regex for two or more capitals finds none; "start-up",
"one-off", "father-in-law's", "six-month" and "top-ups" are words). The emoji used (🎉, 📱, ⏰,
👍🏽, 🌧️, 🧾, 🙂) and the skin tone 🏽 occur in neither file.

Every short form here is new. Each was grepped against both files, case-insensitively, as a
plain substring (so also as a whole word), and none is found:
- service forms Col. and Maj., with the lower-case coy.;
- degrees M.Phil. and M.Com. (and "Phil.", "Com.", "M.P", "M.C");
- prescription forms Tab. and Inj., with the lower-case liq.;
- address forms Sec., Opp. and Mkt.;
- banking forms Dep. and Instl., with the lower-case trf.;
- officialese Govt. and Actg., with the lower-case regd.;
- units km., ml. and mm.;
- dotted acronyms T.R.A.I. and N.P.C.I. (and each run of two parts: "T.R.", "R.A.", "A.I.",
  "N.P.", "P.C.", "C.I.");
- short forms of ordinary prose Mr., Jr. and Prof.;
- Indic forms एल.एल.बी. (Marathi), ಬಿ.ಇ. (Kannada) and ଏମ୍.ଏ. (Odia). Following rounds 26 to
  40, no single part of them ("एल.", "बी.", "ಬಿ.", "ಇ.", "ଏମ୍.", "ଏ.") occurs in the two files
  read (the earlier rounds were not opened; their parts are known only as far as these two files
  name them); in Latin letters (LL.B., B.E., M.A.) none occurs either.
Their tails were checked too: "ol.", "aj.", "oy.", "il.", "ab.", "nj.", "iq.", "ec.", "kt.",
"ep.", "tl.", "rf.", "vt.", "tg.", "gd.", "km.", "ml.", "mm.", "mr.", "jr." and "of." occur
nowhere there. The rest occur only inside ordinary words, never in a form: "om." (of M.Com.) in
"showroom.", "pp." (of Opp.) in "app."; the last part "I." of T.R.A.I. and N.P.C.I. occurs there
only in other runs ("M.I.", "R.I.", "B.I.", "T.I." and the like), never as "A.I." or "C.I.".
Within this file no two forms share a tail, and no other word ends in one (a grep for every tail
finds only the forms themselves; "hai." ends in "ai.", not in the dotted "A.I."). Forms dropped
for clashing: Nk. ("nk." ends "chunk." there), Capt. ("pt." of the files'
"receipt."), Cpl. (round 39's pl.), Regt. (round 40's "gt." of Sgt.), Dy. ("dy." ends "tidy."
and "ready." there), stat. ("at." in "flat." and "uat.in" there), Amt. and Stmt. (round 40's
"mt." of Smt.), qtl. (it would share "tl." with Instl.), Ph.D. and q.i.d. (the single part
"d."), A.P.M.C. (it holds "P.M.", a time of day), B.P.L. (a ration-card term), E.M.I. ("M.I."
there), S.B.I. ("B.I." of R.B.I.), I.F.S.C. ("S.C." of N.S.C.), K.Y.C. (a "Y." before a full
stop), and any form meaning a fuel, health centre, school, transport, post office, police, civic
body, village, district, doctor, number or time of day (so no I.R.C.T.C., N.H.A.I., H.P.C.L.,
"a.m.", "p.m.", "Dr." or "No."). The dotted acronyms end in I, a letter the files name as safe;
no form holds J., Q., W., X., Y. or Z. before a full stop ("Jr." and "Inj." have their J before
another letter, "liq." its q). No single capital letter ends a sentence, and no label is
exercised.

About two thirds of the cases (38 of 60) are everyday replies (banking, telecom, insurance,
hospitals, delivery, travel, government services, utilities, schools) in English, Hinglish,
Hindi (one of them written with "." instead of "।"), Marathi, Bengali, Tamil, Telugu,
Gujarati, Kannada, Malayalam, Punjabi, Odia, Assamese and Urdu. The other 22 carry the harder
cases a bot really produces.

Conventions (those rounds 39 and 40 state, kept): each case is (text, the chunks a careful human
would send to TTS one at a time); the chunks concatenate exactly to the text; each chunk is a
full sentence (or list item / heading line) and carries the whitespace after its end. A chunk is
never cut inside an amount, decimal, percentage, date, clock time, short form, URL, e-mail or
emoji sequence, and a list marker stays with its item. A short form that ends a sentence ends the
chunk even before a pronoun, "A", a capitalised word, a question or a bracket; one opening a
sentence stays with it; one right before "?" or "!" ends the chunk after that mark. A one-line
list after a colon is chunked as its multi-line form would be (lead-in to the colon, then one
chunk per item); in a multi-line list each line is a chunk with its newline, and an item with no
closing mark is still a chunk ending at its newline. A bracketed or quoted sentence is its own
chunk with its closing mark; a bracket or quoted phrase inside a sentence does not end it; a "?"
or "!" inside a quote mid-sentence does not end it; a "?" or "!" inside a bracket mid-sentence
does not end it; a quoted question opening a sentence does not end it; a ".", "!" or "?" inside a
closing quote that ends the sentence ends the chunk after the quote; a full stop just after a
closing quote ends the chunk after that full stop. An emoji stays with the sentence it follows
(also after a sentence's full stop, "!" or "?"); one right before ".", "?" or "!" stays in its
sentence; one closing a sentence with no stop ends the chunk; one opening the reply stays with
the sentence after it; one inside a sentence does not end it; a reply may end on an emoji. "?!",
"!?" and "!!" end a sentence; "..." and "…" before a capital end one, "...?"/"…?" end after the
"?", "...!"/"…!" after the "!"; before a lower-case word they do not end it. A dotted time,
percentage, amount-word, amount or date ending a sentence ends it after the final full stop, and
one right before "?" or "!" after that mark; a colon time is never cut, and one ending a sentence
ends it after the full stop. A URL is never cut (nor at a "?" inside its query string, nor at a
"#" fragment); one right before "?" or "!" ends the chunk after that mark; a bare address ending
a sentence before a capital ends the chunk after the full stop, as an e-mail there does, and so
does an address with a scheme. Square brackets behave as round brackets do. Urdu sentences end at
۔ and ؟, Indic ones at । as well as "."; in a mixed-script reply each sentence ends at its own
script's mark; a dotted Indic form followed by a word, opening a sentence, with a suffix attached
or inside a question does not end it.

Where the two rounds differ, round 40 is followed (they contradict on no splitting rule): its
four added readings (an address with a scheme ending a sentence, a short form before a bracketed
sentence, a quoted exclamation opening a sentence, an en dash between amounts), its list of domain
endings (with "placeholder.in", and "filler.in" added here) and its ban on "anka" (with "dhara"
added here), its "rounds 26 to 39" rule on Indic parts (now 26 to 40), its listing of the
two-digit runs absent from the files, and its statement that no 16-character run is shared with
either file. Both rounds keep "lab", "ration" and "bus" out of every case and pad their section
comments; this round does too. Five readings follow from the stated ones and are used here: an
e-mail right before "?" ends the chunk after that mark, as a URL there does; a www. address ending
a sentence before a capital ends the chunk after the full stop, as a bare address does; a short
form right before a bracket that opens a phrase in lower case inside the sentence does not end
it, as a bracket inside a sentence does not; a bracketed question is its own chunk, as a
bracketed sentence is; a "?" inside a closing single quote opening a sentence does not end it, as
one in double quotes does not.

Exercised here (new variations):
1. "by Col. Raghubir Sandhu" before a name is not an end; a lower-case "coy. at" is not one; "a
   Maj. We" ends the chunk; "Will the Col. sign" inside a question is not an end; "the Maj.?
   He" ends after the "?".
2. "M.Com. graduates" opening a sentence stays with it; "an M.Phil. Her" ends the chunk; "an
   M.Phil., and" is not an end; "the M.Com.! A" ends after the "!".
3. A lower-case "liq. paraffin" is not an end; "a Tab. after" is not one; "a tetanus Inj. The"
   ends the chunk; "the Tab. with" inside a question is not an end; "a second Inj.? No" ends
   after the "?".
4. "Sec. 43," and "Opp. Gulmohar Park" are not ends; "Anand Mkt. Parking" ends the chunk; "the
   one Opp. the stadium" inside a question is not an end; "Anand Mkt.? Yes" ends after the "?".
5. "Instl. for" is not an end; a lower-case "trf. Please" ends the chunk; "Dep. slips" opening
   a sentence stays with it; "each Instl.? Then" ends after the "?".
6. "the Govt.! The" ends after the "!"; "the Actg. Director" (a capitalised word mid-sentence) is
   not an end; "Govt. scheme," is not one; a lower-case "regd. You" ends the chunk; "the Actg.
   Director" inside a question is not an end.
7. "96 km.! That" ends after the "!"; "450 ml. bottle" is not an end; "19 mm. Ask" ends the
   chunk.
8. "T.R.A.I. has" opening the reply stays with it; "N.P.C.I. (the group" before a bracketed
   phrase is not an end; "Does N.P.C.I. ever" inside a question is not one; "to T.R.A.I. Most"
   ends the chunk; "from N.P.C.I.? Then" ends after the "?".
9. "by Prof. Nandini Joshi" is not an end; "Vikram Rathod Jr. He" ends the chunk; "Mr. Rathod,"
   opening a sentence stays with it; "the Prof.? No" ends after the "?".
10. An amount-word ending a sentence ("₹1.45 crore. The"), an amount with "/-" ending a sentence
    ("₹4,599/-. Shall"), a decimal percentage right before "?" ("7.35%? It"), an amount with
    paise before a lower-case word ("₹1,84,204.50 is"), two amounts joined by "to" ("₹2,750 to
    ₹3,350,"), a bracketed amount mid-sentence ("(₹36,45,000) must"), an amount in Indian
    grouping right before "!" ("₹1,93,000! Ask").
11. A slash date ending a sentence ("18/04/2097. The"), a colon time before a lower-case word
    ("05:45 and"), a colon time right before "!" ("19:35! Would"), a hyphen date right before
    "?" ("21-05-2097? Then"), a dotted date before a comma ("27.04.2097, a"), a dotted time
    ending a sentence ("4.45. Please").
12. An https:// address ending a sentence before a capital ends the chunk after the full stop;
    an e-mail right before "?" ends it after the "?"; a bare address with a path before a comma
    is not cut; an https:// address with a "#" fragment before a lower-case word is not cut; a
    www. address ending a sentence before a capital ends the chunk after the full stop.
13. A "?" inside a closing curly quote ending a sentence ("“Keep the same address?” Tap"); a
    full stop just after a closing quote ("“Doorstep”. Then"); a bracketed question as its own
    chunk; a square-bracketed phrase mid-sentence ("[under Settings] explains"); a quoted
    exclamation mid-sentence ("a “Thank you!” banner"); a single-quoted question opening a
    sentence ("‘Where is my order?’ is").
14. "!?" ends the first sentence; "..." before "Let" ends one; "…" before "and" does not; "...!"
    ends one after the "!"; "…?" ends one; "…" before "Sorry" ends one; the reply ends on "...".
15. Emoji: 🎉 opening the reply, 📱 inside a sentence, ⏰ right before "!", the skin-toned 👍🏽
    after a full stop, 🌧️ (with a presentation selector) closing a sentence with no stop, 🧾
    right before "?", 🙂 after a full stop ending the reply.
16. "» " markers on a one-line list after a colon (items ending ",", ", and" and ".") and "▪ "
    markers on a multi-line list after a heading line (items ending "!", "." and no mark),
    followed by a plain sentence.
17. Mixed scripts: Marathi with एल.एल.बी.च्या (a suffix attached) mid-sentence, English,
    Marathi; English, Kannada opening a sentence with ಬಿ.ಇ., an English question ending the
    reply; an Odia question holding ଏମ୍.ଏ. before a word, English, Odia at ।; Gujarati at ".",
    an English question, Hindi at ।; an English question, Urdu at ۔, Hinglish.
"""

from __future__ import annotations

HELD_OUT: list[tuple[str, list[str]]] = [
    # --- everyday replies, English ---
    (
        "Your broadband plan has been lifted to a faster speed for three months, and the monthly rent stays as it is. The router may restart once tonight while the upgrade is applied. After that, run a speed check from your phone to see the difference.",
        [
            "Your broadband plan has been lifted to a faster speed for three months, and the monthly rent stays as it is. ",
            "The router may restart once tonight while the upgrade is applied. ",
            "After that, run a speed check from your phone to see the difference.",
        ],
    ),
    (
        "The new screen for your laptop has been fitted, and the keyboard was cleaned while the case was open. The repair carries a six-month guarantee on the screen. You can collect the laptop from our counter on any weekday after eleven.",
        [
            "The new screen for your laptop has been fitted, and the keyboard was cleaned while the case was open. ",
            "The repair carries a six-month guarantee on the screen. ",
            "You can collect the laptop from our counter on any weekday after eleven.",
        ],
    ),
    (
        "Our pest control team will treat your kitchen and bathrooms for cockroaches this Friday before noon. Please pack away food, plates and toothbrushes inside closed cupboards before they arrive. Stay out of the treated rooms for about three hours after the spray.",
        [
            "Our pest control team will treat your kitchen and bathrooms for cockroaches this Friday before noon. ",
            "Please pack away food, plates and toothbrushes inside closed cupboards before they arrive. ",
            "Stay out of the treated rooms for about three hours after the spray.",
        ],
    ),
    (
        "Your water purifier is due for a filter change this month. Our technician will also look at the tap and the pipe joints for any leaks. The visit is free under your yearly maintenance plan, so nothing needs to be paid on the day.",
        [
            "Your water purifier is due for a filter change this month. ",
            "Our technician will also look at the tap and the pipe joints for any leaks. ",
            "The visit is free under your yearly maintenance plan, so nothing needs to be paid on the day.",
        ],
    ),
    (
        "Your gold loan ends next Tuesday, and you can either repay it or renew it for another year. Renewal needs a fresh valuation of the jewellery at the branch. If you choose to repay, the jewellery is handed back to you the same day.",
        [
            "Your gold loan ends next Tuesday, and you can either repay it or renew it for another year. ",
            "Renewal needs a fresh valuation of the jewellery at the branch. ",
            "If you choose to repay, the jewellery is handed back to you the same day.",
        ],
    ),
    (
        "Evening yoga classes will move indoors to the community hall for the monsoon season. The timings stay the same, but please bring your own mat. Classes return to the park once the rains ease off, usually by the end of September.",
        [
            "Evening yoga classes will move indoors to the community hall for the monsoon season. ",
            "The timings stay the same, but please bring your own mat. ",
            "Classes return to the park once the rains ease off, usually by the end of September.",
        ],
    ),
    (
        "Your lost debit card has been blocked, and no payment can be made with it any more. A replacement is on its way to your home and should arrive within a week. Once it comes, switch it on from the card settings in your banking app before you use it.",
        [
            "Your lost debit card has been blocked, and no payment can be made with it any more. ",
            "A replacement is on its way to your home and should arrive within a week. ",
            "Once it comes, switch it on from the card settings in your banking app before you use it.",
        ],
    ),
    (
        "Your braces will be tightened at the clinic on Monday afternoon. Your teeth may feel sore for two or three days afterwards, so stick to soft food. If a wire pokes your cheek, cover it with the wax we gave you and ring us.",
        [
            "Your braces will be tightened at the clinic on Monday afternoon. ",
            "Your teeth may feel sore for two or three days afterwards, so stick to soft food. ",
            "If a wire pokes your cheek, cover it with the wax we gave you and ring us.",
        ],
    ),
    # --- everyday replies, Hinglish ---
    (
        "Aapka doodh ka subscription agle hafte se do litre roz ka ho jayega. Naya bill mahine ke aakhir mein aayega. Kisi din doodh nahi chahiye toh raat nau baje tak bata dijiye.",
        [
            "Aapka doodh ka subscription agle hafte se do litre roz ka ho jayega. ",
            "Naya bill mahine ke aakhir mein aayega. ",
            "Kisi din doodh nahi chahiye toh raat nau baje tak bata dijiye.",
        ],
    ),
    (
        "Aapki dadi ka online doctor consultation kal shaam paanch baje hai. Call se pehle unki purani reports ki photo bhej dijiye. Doctor ki likhi dawaiyon ki parchi call khatam hote hi phone par aa jayegi.",
        [
            "Aapki dadi ka online doctor consultation kal shaam paanch baje hai. ",
            "Call se pehle unki purani reports ki photo bhej dijiye. ",
            "Doctor ki likhi dawaiyon ki parchi call khatam hote hi phone par aa jayegi.",
        ],
    ),
    (
        "Aapke phone par naya screen guard lag gaya hai. Pehle chaubees ghante tak screen ko zor se mat ragdiye. Chhote hawa ke bulbule do din mein apne aap gayab ho jayenge.",
        [
            "Aapke phone par naya screen guard lag gaya hai. ",
            "Pehle chaubees ghante tak screen ko zor se mat ragdiye. ",
            "Chhote hawa ke bulbule do din mein apne aap gayab ho jayenge.",
        ],
    ),
    (
        "Aapki saalgirah ka cake kal shaam saat baje tak ghar pahunch jayega. Cake par likhne wala naam humne order mein note kar liya hai. Fridge mein cake rakhne ke liye pehle se thodi jagah bana lijiye.",
        [
            "Aapki saalgirah ka cake kal shaam saat baje tak ghar pahunch jayega. ",
            "Cake par likhne wala naam humne order mein note kar liya hai. ",
            "Fridge mein cake rakhne ke liye pehle se thodi jagah bana lijiye.",
        ],
    ),
    # --- everyday replies, Hindi ---
    (
        "आपकी सिलाई मशीन की मरम्मत पूरी हो गई है। उसकी सुई और बेल्ट दोनों बदल दिए गए हैं। आप कल दोपहर के बाद दुकान से मशीन ले जा सकते हैं।",
        [
            "आपकी सिलाई मशीन की मरम्मत पूरी हो गई है। ",
            "उसकी सुई और बेल्ट दोनों बदल दिए गए हैं। ",
            "आप कल दोपहर के बाद दुकान से मशीन ले जा सकते हैं।",
        ],
    ),
    (
        "शादी के लिए आपका हॉल दिसंबर की पहली तारीख़ को बुक हो गया है। सजावट का काम उससे पिछली शाम को शुरू होगा। खाने की सूची अगले हफ़्ते तक तय कर लें।",
        [
            "शादी के लिए आपका हॉल दिसंबर की पहली तारीख़ को बुक हो गया है। ",
            "सजावट का काम उससे पिछली शाम को शुरू होगा। ",
            "खाने की सूची अगले हफ़्ते तक तय कर लें।",
        ],
    ),
    (
        "बैंक में आपके नाम से लॉकर दे दिया गया है. उसकी चाबी लेने के लिए शाखा में खुद आना होगा. लॉकर का किराया हर साल अप्रैल में कटेगा.",
        [
            "बैंक में आपके नाम से लॉकर दे दिया गया है. ",
            "उसकी चाबी लेने के लिए शाखा में खुद आना होगा. ",
            "लॉकर का किराया हर साल अप्रैल में कटेगा.",
        ],
    ),
    (
        "गर्मी की छुट्टियों का खेल शिविर आने वाले सोमवार से शुरू होगा। बच्चे रोज़ सुबह सात से नौ बजे तक मैदान में खेलेंगे। बच्चों को आरामदायक जूते पहनाकर भेजें।",
        [
            "गर्मी की छुट्टियों का खेल शिविर आने वाले सोमवार से शुरू होगा। ",
            "बच्चे रोज़ सुबह सात से नौ बजे तक मैदान में खेलेंगे। ",
            "बच्चों को आरामदायक जूते पहनाकर भेजें।",
        ],
    ),
    # --- everyday replies, other Indian languages ---
    (
        "तुमच्या शेतासाठी ठिबक सिंचनाचे अनुदान मंजूर झाले आहे. कंपनीचे कर्मचारी येत्या आठवड्यात पाईप बसवायला येतील. काम झाल्यावर बिलाची प्रत कृषी कार्यालयात जमा करा.",
        [
            "तुमच्या शेतासाठी ठिबक सिंचनाचे अनुदान मंजूर झाले आहे. ",
            "कंपनीचे कर्मचारी येत्या आठवड्यात पाईप बसवायला येतील. ",
            "काम झाल्यावर बिलाची प्रत कृषी कार्यालयात जमा करा.",
        ],
    ),
    (
        "मंदिरातील दर्शनासाठी तुमचा पास तयार आहे. रांग सकाळी सहा वाजता सुरू होईल. पास मोबाईलवर दाखवला तरी चालेल.",
        [
            "मंदिरातील दर्शनासाठी तुमचा पास तयार आहे. ",
            "रांग सकाळी सहा वाजता सुरू होईल. ",
            "पास मोबाईलवर दाखवला तरी चालेल.",
        ],
    ),
    (
        "আপনার ছেলের গানের ক্লাস এই শুক্রবার থেকে শুরু হচ্ছে। প্রতি সপ্তাহে দুদিন সন্ধ্যায় ক্লাস হবে। প্রথম দিন একটা খাতা আর পেনসিল নিয়ে আসতে বলবেন।",
        [
            "আপনার ছেলের গানের ক্লাস এই শুক্রবার থেকে শুরু হচ্ছে। ",
            "প্রতি সপ্তাহে দুদিন সন্ধ্যায় ক্লাস হবে। ",
            "প্রথম দিন একটা খাতা আর পেনসিল নিয়ে আসতে বলবেন।",
        ],
    ),
    (
        "আপনার দেওয়া ব্লাউজ দুটো সেলাই হয়ে গেছে। দোকানে এসে একবার পরে দেখে নিন। কোথাও ঢিলে লাগলে সঙ্গে সঙ্গে ঠিক করে দেব।",
        [
            "আপনার দেওয়া ব্লাউজ দুটো সেলাই হয়ে গেছে। ",
            "দোকানে এসে একবার পরে দেখে নিন। ",
            "কোথাও ঢিলে লাগলে সঙ্গে সঙ্গে ঠিক করে দেব।",
        ],
    ),
    (
        "உங்கள் வீட்டுக்கு குழாய் எரிவாயு இணைப்பு அடுத்த வாரம் கொடுக்கப்படும். பொருத்தும் நாளில் சமையலறையில் ஒருவர் இருக்க வேண்டும். பழைய சிலிண்டரை அருகிலுள்ள விநியோகஸ்தரிடம் திருப்பிக் கொடுக்கலாம்.",
        [
            "உங்கள் வீட்டுக்கு குழாய் எரிவாயு இணைப்பு அடுத்த வாரம் கொடுக்கப்படும். ",
            "பொருத்தும் நாளில் சமையலறையில் ஒருவர் இருக்க வேண்டும். ",
            "பழைய சிலிண்டரை அருகிலுள்ள விநியோகஸ்தரிடம் திருப்பிக் கொடுக்கலாம்.",
        ],
    ),
    (
        "நீங்கள் மெருகேற்றக் கொடுத்த நகைகள் தயாராக உள்ளன. கடைக்கு வரும்போது ரசீதைக் கொண்டு வாருங்கள். நகைகளை ஈரமில்லாத பெட்டியில் வைத்திருங்கள்.",
        [
            "நீங்கள் மெருகேற்றக் கொடுத்த நகைகள் தயாராக உள்ளன. ",
            "கடைக்கு வரும்போது ரசீதைக் கொண்டு வாருங்கள். ",
            "நகைகளை ஈரமில்லாத பெட்டியில் வைத்திருங்கள்.",
        ],
    ),
    (
        "మీ పొలంలోని బోరు మోటారు మరమ్మతు పూర్తయింది. మా మెకానిక్ రేపు ఉదయం దాన్ని తిరిగి బిగిస్తాడు. ఆ సమయంలో కరెంటు సరఫరా ఆపివేయండి.",
        [
            "మీ పొలంలోని బోరు మోటారు మరమ్మతు పూర్తయింది. ",
            "మా మెకానిక్ రేపు ఉదయం దాన్ని తిరిగి బిగిస్తాడు. ",
            "ఆ సమయంలో కరెంటు సరఫరా ఆపివేయండి.",
        ],
    ),
    (
        "మీ పాప చిత్రలేఖనం పోటీలో రెండో బహుమతి గెలుచుకుంది. బహుమతి ప్రదానం ఆదివారం సాయంత్రం జరుగుతుంది. తల్లిదండ్రులు కూడా రావచ్చు.",
        [
            "మీ పాప చిత్రలేఖనం పోటీలో రెండో బహుమతి గెలుచుకుంది. ",
            "బహుమతి ప్రదానం ఆదివారం సాయంత్రం జరుగుతుంది. ",
            "తల్లిదండ్రులు కూడా రావచ్చు.",
        ],
    ),
    (
        "તમે મંગાવેલી સાડી આજે કુરિયરમાં રવાના થઈ ગઈ છે. તે ત્રણ દિવસમાં તમારા ઘરે પહોંચી જશે. રંગ પસંદ ન આવે તો સાત દિવસમાં બદલી શકાશે.",
        [
            "તમે મંગાવેલી સાડી આજે કુરિયરમાં રવાના થઈ ગઈ છે. ",
            "તે ત્રણ દિવસમાં તમારા ઘરે પહોંચી જશે. ",
            "રંગ પસંદ ન આવે તો સાત દિવસમાં બદલી શકાશે.",
        ],
    ),
    (
        "તમારી ઘર લોનનો આ મહિનાનો હપ્તો પાંચ તારીખે કપાશે. ખાતામાં પૂરતી રકમ રાખજો. હપ્તો ચૂકી જશો તો દંડ લાગશે.",
        [
            "તમારી ઘર લોનનો આ મહિનાનો હપ્તો પાંચ તારીખે કપાશે. ",
            "ખાતામાં પૂરતી રકમ રાખજો. ",
            "હપ્તો ચૂકી જશો તો દંડ લાગશે.",
        ],
    ),
    (
        "ನೀವು ಡ್ರೈ ಕ್ಲೀನಿಂಗ್‌ಗೆ ಕೊಟ್ಟ ರೇಷ್ಮೆ ಸೀರೆಗಳು ಸಿದ್ಧವಾಗಿವೆ. ಅಂಗಡಿಯಿಂದ ಶನಿವಾರದೊಳಗೆ ತೆಗೆದುಕೊಂಡು ಹೋಗಿ. ಸೀರೆಗಳನ್ನು ಪ್ಲಾಸ್ಟಿಕ್ ಚೀಲದಲ್ಲಿ ಇಡಬೇಡಿ.",
        [
            "ನೀವು ಡ್ರೈ ಕ್ಲೀನಿಂಗ್‌ಗೆ ಕೊಟ್ಟ ರೇಷ್ಮೆ ಸೀರೆಗಳು ಸಿದ್ಧವಾಗಿವೆ. ",
            "ಅಂಗಡಿಯಿಂದ ಶನಿವಾರದೊಳಗೆ ತೆಗೆದುಕೊಂಡು ಹೋಗಿ. ",
            "ಸೀರೆಗಳನ್ನು ಪ್ಲಾಸ್ಟಿಕ್ ಚೀಲದಲ್ಲಿ ಇಡಬೇಡಿ.",
        ],
    ),
    (
        "ಈ ತಿಂಗಳು ನೀವು ಡೇರಿಗೆ ಹಾಕಿದ ಹಾಲಿನ ಹಣ ಖಾತೆಗೆ ಜಮೆಯಾಗಿದೆ. ಲೀಟರ್‌ಗೆ ದರ ಸ್ವಲ್ಪ ಹೆಚ್ಚಾಗಿದೆ. ಪೂರ್ಣ ವಿವರ ಸಂಘದ ಕಚೇರಿಯಲ್ಲಿ ಸಿಗುತ್ತದೆ.",
        [
            "ಈ ತಿಂಗಳು ನೀವು ಡೇರಿಗೆ ಹಾಕಿದ ಹಾಲಿನ ಹಣ ಖಾತೆಗೆ ಜಮೆಯಾಗಿದೆ. ",
            "ಲೀಟರ್‌ಗೆ ದರ ಸ್ವಲ್ಪ ಹೆಚ್ಚಾಗಿದೆ. ",
            "ಪೂರ್ಣ ವಿವರ ಸಂಘದ ಕಚೇರಿಯಲ್ಲಿ ಸಿಗುತ್ತದೆ.",
        ],
    ),
    (
        "കായലിലെ ബോട്ട് സവാരിക്കുള്ള നിങ്ങളുടെ ബുക്കിംഗ് ഉറപ്പായി. ബോട്ട് രാവിലെ പത്തു മണിക്ക് ജെട്ടിയിൽ നിന്ന് പുറപ്പെടും. ഉച്ചഭക്ഷണം ബോട്ടിൽ തന്നെ നൽകും.",
        [
            "കായലിലെ ബോട്ട് സവാരിക്കുള്ള നിങ്ങളുടെ ബുക്കിംഗ് ഉറപ്പായി. ",
            "ബോട്ട് രാവിലെ പത്തു മണിക്ക് ജെട്ടിയിൽ നിന്ന് പുറപ്പെടും. ",
            "ഉച്ചഭക്ഷണം ബോട്ടിൽ തന്നെ നൽകും.",
        ],
    ),
    (
        "ആയുർവേദ ചികിത്സയ്ക്കുള്ള ആദ്യ സന്ദർശനം തിങ്കളാഴ്ച വൈകുന്നേരമാണ്. വരുന്നതിന് മുമ്പ് ലഘുഭക്ഷണം മാത്രം കഴിക്കുക. ചികിത്സ ഏഴു ദിവസം നീണ്ടുനിൽക്കും.",
        [
            "ആയുർവേദ ചികിത്സയ്ക്കുള്ള ആദ്യ സന്ദർശനം തിങ്കളാഴ്ച വൈകുന്നേരമാണ്. ",
            "വരുന്നതിന് മുമ്പ് ലഘുഭക്ഷണം മാത്രം കഴിക്കുക. ",
            "ചികിത്സ ഏഴു ദിവസം നീണ്ടുനിൽക്കും.",
        ],
    ),
    (
        "ਤੁਹਾਡੇ ਟਰੈਕਟਰ ਦੀ ਸਰਵਿਸ ਪੂਰੀ ਹੋ ਗਈ ਹੈ। ਇੰਜਣ ਦਾ ਤੇਲ ਅਤੇ ਫਿਲਟਰ ਦੋਵੇਂ ਬਦਲੇ ਗਏ ਹਨ। ਤੁਸੀਂ ਸ਼ਾਮ ਨੂੰ ਵਰਕਸ਼ਾਪ ਤੋਂ ਟਰੈਕਟਰ ਲੈ ਜਾ ਸਕਦੇ ਹੋ।",
        [
            "ਤੁਹਾਡੇ ਟਰੈਕਟਰ ਦੀ ਸਰਵਿਸ ਪੂਰੀ ਹੋ ਗਈ ਹੈ। ",
            "ਇੰਜਣ ਦਾ ਤੇਲ ਅਤੇ ਫਿਲਟਰ ਦੋਵੇਂ ਬਦਲੇ ਗਏ ਹਨ। ",
            "ਤੁਸੀਂ ਸ਼ਾਮ ਨੂੰ ਵਰਕਸ਼ਾਪ ਤੋਂ ਟਰੈਕਟਰ ਲੈ ਜਾ ਸਕਦੇ ਹੋ।",
        ],
    ),
    (
        "ਵਿਆਹ ਲਈ ਟੈਂਟ ਅਤੇ ਕੁਰਸੀਆਂ ਦੀ ਬੁਕਿੰਗ ਹੋ ਗਈ ਹੈ। ਸਾਡੀ ਟੀਮ ਸਮਾਗਮ ਵਾਲੇ ਦਿਨ ਸਵੇਰੇ ਛੇ ਵਜੇ ਪਹੁੰਚੇਗੀ। ਬਿਜਲੀ ਦੇ ਕੁਨੈਕਸ਼ਨ ਦਾ ਪ੍ਰਬੰਧ ਤੁਹਾਨੂੰ ਆਪ ਕਰਨਾ ਪਵੇਗਾ।",
        [
            "ਵਿਆਹ ਲਈ ਟੈਂਟ ਅਤੇ ਕੁਰਸੀਆਂ ਦੀ ਬੁਕਿੰਗ ਹੋ ਗਈ ਹੈ। ",
            "ਸਾਡੀ ਟੀਮ ਸਮਾਗਮ ਵਾਲੇ ਦਿਨ ਸਵੇਰੇ ਛੇ ਵਜੇ ਪਹੁੰਚੇਗੀ। ",
            "ਬਿਜਲੀ ਦੇ ਕੁਨੈਕਸ਼ਨ ਦਾ ਪ੍ਰਬੰਧ ਤੁਹਾਨੂੰ ਆਪ ਕਰਨਾ ਪਵੇਗਾ।",
        ],
    ),
    (
        "ଆପଣ ମଗାଇଥିବା ମାଛ ପୋନା ଆସନ୍ତା ବୁଧବାର ପହଞ୍ଚିବ। ପୋଖରୀରେ ଛାଡ଼ିବା ପୂର୍ବରୁ ପାଣି ସଫା କରି ରଖନ୍ତୁ। ଆମ କର୍ମଚାରୀ ପ୍ରଥମ ସପ୍ତାହରେ ଥରେ ଦେଖିବାକୁ ଆସିବେ।",
        [
            "ଆପଣ ମଗାଇଥିବା ମାଛ ପୋନା ଆସନ୍ତା ବୁଧବାର ପହଞ୍ଚିବ। ",
            "ପୋଖରୀରେ ଛାଡ଼ିବା ପୂର୍ବରୁ ପାଣି ସଫା କରି ରଖନ୍ତୁ। ",
            "ଆମ କର୍ମଚାରୀ ପ୍ରଥମ ସପ୍ତାହରେ ଥରେ ଦେଖିବାକୁ ଆସିବେ।",
        ],
    ),
    (
        "ମନ୍ଦିରର ପ୍ରସାଦ ଆଜି ସନ୍ଧ୍ୟାରେ ଆପଣଙ୍କ ଘରେ ପହଞ୍ଚିବ। ପ୍ରସାଦ ମାଟି ହାଣ୍ଡିରେ ପ୍ୟାକ କରାଯାଇଛି। ଏହାକୁ ଦୁଇ ଦିନ ଭିତରେ ଖାଇଦିଅନ୍ତୁ।",
        [
            "ମନ୍ଦିରର ପ୍ରସାଦ ଆଜି ସନ୍ଧ୍ୟାରେ ଆପଣଙ୍କ ଘରେ ପହଞ୍ଚିବ। ",
            "ପ୍ରସାଦ ମାଟି ହାଣ୍ଡିରେ ପ୍ୟାକ କରାଯାଇଛି। ",
            "ଏହାକୁ ଦୁଇ ଦିନ ଭିତରେ ଖାଇଦିଅନ୍ତୁ।",
        ],
    ),
    (
        "আপোনাৰ ছোৱালীৰ বিহু নাচৰ প্ৰশিক্ষণ এই মাহৰ শেষৰ ফালে আৰম্ভ হ'ব। প্ৰতি শনিবাৰে আবেলি দুঘণ্টাকৈ অনুশীলন চলিব। প্ৰথম দিনা সাধাৰণ কাপোৰ পিন্ধি আহিলেই হ'ব।",
        [
            "আপোনাৰ ছোৱালীৰ বিহু নাচৰ প্ৰশিক্ষণ এই মাহৰ শেষৰ ফালে আৰম্ভ হ'ব। ",
            "প্ৰতি শনিবাৰে আবেলি দুঘণ্টাকৈ অনুশীলন চলিব। ",
            "প্ৰথম দিনা সাধাৰণ কাপোৰ পিন্ধি আহিলেই হ'ব।",
        ],
    ),
    (
        "আপোনাৰ মটৰ চাইকেলৰ ঋণ মঞ্জুৰ কৰা হৈছে। ঋণৰ ধন দুদিনৰ ভিতৰত দোকানলৈ পঠিওৱা হ'ব। প্ৰতিমাহে কিস্তিৰ টকা আপোনাৰ একাউণ্টৰ পৰা কাটি লোৱা হ'ব।",
        [
            "আপোনাৰ মটৰ চাইকেলৰ ঋণ মঞ্জুৰ কৰা হৈছে। ",
            "ঋণৰ ধন দুদিনৰ ভিতৰত দোকানলৈ পঠিওৱা হ'ব। ",
            "প্ৰতিমাহে কিস্তিৰ টকা আপোনাৰ একাউণ্টৰ পৰা কাটি লোৱা হ'ব।",
        ],
    ),
    (
        "عید کے لیے آپ کی مٹھائی کا آرڈر تیار ہو رہا ہے۔ ڈبے چاند رات کو شام چھ بجے تک مل جائیں گے۔ اگر ڈبوں کی تعداد بدلنی ہو تو کل تک بتا دیں۔",
        [
            "عید کے لیے آپ کی مٹھائی کا آرڈر تیار ہو رہا ہے۔ ",
            "ڈبے چاند رات کو شام چھ بجے تک مل جائیں گے۔ ",
            "اگر ڈبوں کی تعداد بدلنی ہو تو کل تک بتا دیں۔",
        ],
    ),
    (
        "آپ کے کاغذات والا لفافہ موسم کی خرابی کی وجہ سے دیر سے پہنچے گا۔ نئی تاریخ کا پیغام آپ کو جلد بھیجا جائے گا۔ اس تاخیر کے لیے ہم معذرت خواہ ہیں۔",
        [
            "آپ کے کاغذات والا لفافہ موسم کی خرابی کی وجہ سے دیر سے پہنچے گا۔ ",
            "نئی تاریخ کا پیغام آپ کو جلد بھیجا جائے گا۔ ",
            "اس تاخیر کے لیے ہم معذرت خواہ ہیں۔",
        ],
    ),
    # --- service forms: Col. mid-sentence before a name, a lower-case coy. before a lower-case word, Maj. ending a sentence before "We", Col. before a lower-case word inside a question, Maj. right before "?" ---
    (
        "The veterans' health card for your father has been cleared by Col. Raghubir Sandhu this morning. Men from his old coy. at the depot had vouched for his years of service. His younger brother left the army as a Maj. We are still checking his papers and should finish by Friday. Will the Col. sign that card too, or must we wait for the Maj.? He will sign both, so there is no need to wait.",
        [
            "The veterans' health card for your father has been cleared by Col. Raghubir Sandhu this morning. ",
            "Men from his old coy. at the depot had vouched for his years of service. ",
            "His younger brother left the army as a Maj. ",
            "We are still checking his papers and should finish by Friday. ",
            "Will the Col. sign that card too, or must we wait for the Maj.? ",
            "He will sign both, so there is no need to wait.",
        ],
    ),
    # --- degrees: M.Com. opening a sentence, M.Phil. ending a sentence before "Her", M.Phil. before a comma, M.Com. right before "!" ---
    (
        "Our audit firm is hiring trainees this season, and your niece's application has reached us. M.Com. graduates like her start on a higher grade of pay. The senior partner leading her panel holds an M.Phil. Her questions are mostly about tax and company law. Your niece also spoke of her plan to begin an M.Phil., and we are glad to grant her study leave for it. What a fine result in the M.Com.! A letter with the interview date is on its way to her.",
        [
            "Our audit firm is hiring trainees this season, and your niece's application has reached us. ",
            "M.Com. graduates like her start on a higher grade of pay. ",
            "The senior partner leading her panel holds an M.Phil. ",
            "Her questions are mostly about tax and company law. ",
            "Your niece also spoke of her plan to begin an M.Phil., and we are glad to grant her study leave for it. ",
            "What a fine result in the M.Com.! ",
            "A letter with the interview date is on its way to her.",
        ],
    ),
    # --- prescription forms: a lower-case liq. before a lower-case word, Tab. before a lower-case word, Inj. ending a sentence before "The", Tab. inside a question, Inj. right before "?" ---
    (
        "For your father-in-law's constipation the doctor suggests two spoons of liq. paraffin at bedtime. His blood pressure calls for half a Tab. after dinner. Since the cut on his foot was deep, the nurse also gave him a tetanus Inj. The spot may stay sore for a day or two. Can he take the Tab. with warm milk? Yes, milk does not affect it. Does he need a second Inj.? No, one dose covers him for several years.",
        [
            "For your father-in-law's constipation the doctor suggests two spoons of liq. paraffin at bedtime. ",
            "His blood pressure calls for half a Tab. after dinner. ",
            "Since the cut on his foot was deep, the nurse also gave him a tetanus Inj. ",
            "The spot may stay sore for a day or two. ",
            "Can he take the Tab. with warm milk? ",
            "Yes, milk does not affect it. ",
            "Does he need a second Inj.? ",
            "No, one dose covers him for several years.",
        ],
    ),
    # --- address forms: Sec. before a number, Opp. before a name, Mkt. ending a sentence before "Parking", Opp. inside a question, Mkt. right before "?" ---
    (
        "Our second bakery has opened in Sec. 43, right Opp. Gulmohar Park. The first one is still running in Anand Mkt. Parking there is tight in the evenings, so the new shop may suit you better. Is the new bakery the one Opp. the stadium gate? No, that is a sweet shop. Will the cakes be the same as in Anand Mkt.? Yes, both are baked in one kitchen.",
        [
            "Our second bakery has opened in Sec. 43, right Opp. Gulmohar Park. ",
            "The first one is still running in Anand Mkt. ",
            "Parking there is tight in the evenings, so the new shop may suit you better. ",
            "Is the new bakery the one Opp. the stadium gate? ",
            "No, that is a sweet shop. ",
            "Will the cakes be the same as in Anand Mkt.? ",
            "Yes, both are baked in one kitchen.",
        ],
    ),
    # --- banking forms: Instl. before a lower-case word, a lower-case trf. ending a sentence before "Please", Dep. opening a sentence, Instl. right before "?" ---
    (
        "Your car loan Instl. for this month went through on time. The hostel fee you asked about was sent by trf. Please keep the confirmation until the college writes back. Dep. slips for cash are now printed at the counter itself. Shall we send a reminder two days before each Instl.? Then reply yes to this message.",
        [
            "Your car loan Instl. for this month went through on time. ",
            "The hostel fee you asked about was sent by trf. ",
            "Please keep the confirmation until the college writes back. ",
            "Dep. slips for cash are now printed at the counter itself. ",
            "Shall we send a reminder two days before each Instl.? ",
            "Then reply yes to this message.",
        ],
    ),
    # --- officialese: Govt. right before "!", Actg. before a capitalised word mid-sentence, Govt. before a lower-case word, a lower-case regd. ending a sentence before "You", Actg. inside a question ---
    (
        "Great news: your small workshop qualifies for a start-up grant from the Govt.! The file will be checked by the Actg. Director of the industries office next week. Under the new Govt. scheme, the first part of the grant is paid within a month. Your firm's trade name is now regd. You can print the trade certificate off the portal tonight. Has the Actg. Director asked for site photos? Not yet, but keep a few ready.",
        [
            "Great news: your small workshop qualifies for a start-up grant from the Govt.! ",
            "The file will be checked by the Actg. Director of the industries office next week. ",
            "Under the new Govt. scheme, the first part of the grant is paid within a month. ",
            "Your firm's trade name is now regd. ",
            "You can print the trade certificate off the portal tonight. ",
            "Has the Actg. Director asked for site photos? ",
            "Not yet, but keep a few ready.",
        ],
    ),
    # --- units: km. right before "!", ml. before a lower-case word, mm. ending a sentence before "Ask" ---
    (
        "Your new electric scooter runs 96 km.! That is on one full charge. Keep the 450 ml. bottle of brake fluid under the seat for top-ups. The wheel nuts need a spanner of 19 mm. Ask us for one if your tool kit lacks it. Need a second charger for the office too? We sell a folding one.",
        [
            "Your new electric scooter runs 96 km.! ",
            "That is on one full charge. ",
            "Keep the 450 ml. bottle of brake fluid under the seat for top-ups. ",
            "The wheel nuts need a spanner of 19 mm. ",
            "Ask us for one if your tool kit lacks it. ",
            "Need a second charger for the office too? ",
            "We sell a folding one.",
        ],
    ),
    # --- dotted acronyms: T.R.A.I. opening the reply, N.P.C.I. before a bracket mid-sentence, N.P.C.I. inside a question, T.R.A.I. ending a sentence before "Most", N.P.C.I. right before "?" ---
    (
        "T.R.A.I. has asked every phone company to warn customers about fake payment calls. These callers often say they are from N.P.C.I. (the group that runs instant payments) and ask for the code sent to your phone. Does N.P.C.I. ever ring people directly? No, it never does. You can report such a caller's number to T.R.A.I. Most reports are acted on within two days. Was your last call supposedly from N.P.C.I.? Then block that number and tell your bank too.",
        [
            "T.R.A.I. has asked every phone company to warn customers about fake payment calls. ",
            "These callers often say they are from N.P.C.I. (the group that runs instant payments) and ask for the code sent to your phone. ",
            "Does N.P.C.I. ever ring people directly? ",
            "No, it never does. ",
            "You can report such a caller's number to T.R.A.I. ",
            "Most reports are acted on within two days. ",
            "Was your last call supposedly from N.P.C.I.? ",
            "Then block that number and tell your bank too.",
        ],
    ),
    # --- short forms of ordinary prose: Prof. before a name mid-sentence, Jr. ending a sentence before "He", Mr. opening a sentence before a name, Prof. right before "?" ---
    (
        "The violin exam on Saturday is being conducted by Prof. Nandini Joshi herself. The boy who plays just before your son is Vikram Rathod Jr. He is nervous too, so the two may warm up together. Mr. Rathod, his father, has offered to drive both boys home. Shall we send the marks straight to the Prof.? No, they come to the academy first, and we pass them on a week later.",
        [
            "The violin exam on Saturday is being conducted by Prof. Nandini Joshi herself. ",
            "The boy who plays just before your son is Vikram Rathod Jr. ",
            "He is nervous too, so the two may warm up together. ",
            "Mr. Rathod, his father, has offered to drive both boys home. ",
            "Shall we send the marks straight to the Prof.? ",
            "No, they come to the academy first, and we pass them on a week later.",
        ],
    ),
    # --- amounts: an amount-word ending a sentence, an amount with "/-" ending a sentence, a decimal percentage right before "?", an amount with paise before a lower-case word, two amounts joined by "to", a bracketed amount mid-sentence, an amount in Indian grouping right before "!" ---
    (
        "The loan for your new warehouse is cleared at ₹1.45 crore. The one-off processing charge comes to ₹4,599/-. Shall we lock in the floating rate of 7.35%? It is lower than the fixed rate we quoted last week. Your first monthly instalment of ₹1,84,204.50 is due on the tenth. The valuer's fee ranges from ₹2,750 to ₹3,350, based on plot size. Your own margin money (₹36,45,000) must reach the account ahead of the first release. The tax benefit alone could save you ₹1,93,000! Ask your accountant to confirm it.",
        [
            "The loan for your new warehouse is cleared at ₹1.45 crore. ",
            "The one-off processing charge comes to ₹4,599/-. ",
            "Shall we lock in the floating rate of 7.35%? ",
            "It is lower than the fixed rate we quoted last week. ",
            "Your first monthly instalment of ₹1,84,204.50 is due on the tenth. ",
            "The valuer's fee ranges from ₹2,750 to ₹3,350, based on plot size. ",
            "Your own margin money (₹36,45,000) must reach the account ahead of the first release. ",
            "The tax benefit alone could save you ₹1,93,000! ",
            "Ask your accountant to confirm it.",
        ],
    ),
    # --- dates and times: a slash date ending a sentence, a colon time before a lower-case word, a colon time right before "!", a hyphen date right before "?", a dotted date before a comma, a dotted time ending a sentence ---
    (
        "Your trek to the upper valley begins on 18/04/2097. The jeep leaves the base camp at 05:45 and returns before dark. Dinner at the camp is served only until 19:35! Would you rather shift the trip to 21-05-2097? Then your deposit simply carries over. A full refund is possible until 27.04.2097, a Sunday, if you cancel online. On the last day the jeep drops you back in town at 4.45. Please book your onward travel for after that.",
        [
            "Your trek to the upper valley begins on 18/04/2097. ",
            "The jeep leaves the base camp at 05:45 and returns before dark. ",
            "Dinner at the camp is served only until 19:35! ",
            "Would you rather shift the trip to 21-05-2097? ",
            "Then your deposit simply carries over. ",
            "A full refund is possible until 27.04.2097, a Sunday, if you cancel online. ",
            "On the last day the jeep drops you back in town at 4.45. ",
            "Please book your onward travel for after that.",
        ],
    ),
    # --- URLs and e-mail: an https:// address ending a sentence, an e-mail right before "?", a bare address with a path before a comma, an https:// address with a "#" fragment before a lower-case word, a www. address ending a sentence ---
    (
        "Your membership can be renewed at https://neem-kiosk.in/renew. It takes less than two minutes. Did you already write to care@neem-kiosk.in? We reply to every mail within a working day. Common doubts are answered at neem-kiosk.in/faq, where you can also chat with us. The family plans at https://neem-kiosk.in/plans#family cover up to four members. Our store list sits at www.neem-kiosk.in/stores. Each store keeps its own timings.",
        [
            "Your membership can be renewed at https://neem-kiosk.in/renew. ",
            "It takes less than two minutes. ",
            "Did you already write to care@neem-kiosk.in? ",
            "We reply to every mail within a working day. ",
            "Common doubts are answered at neem-kiosk.in/faq, where you can also chat with us. ",
            "The family plans at https://neem-kiosk.in/plans#family cover up to four members. ",
            "Our store list sits at www.neem-kiosk.in/stores. ",
            "Each store keeps its own timings.",
        ],
    ),
    # --- quotes and brackets: a "?" inside a closing quote ending a sentence, a full stop just after a closing quote, a bracketed question as its own chunk, a square-bracketed phrase mid-sentence, a quoted exclamation mid-sentence, a single-quoted question opening a sentence ---
    (
        "When you change your delivery slot, the screen asks “Keep the same address?” Tap yes if nothing has moved. Under delivery type, choose “Doorstep”. Then add any notes for the rider. (Not sure which option suits you?) The help page [under Settings] explains each one in plain words. Once the slot is saved, a “Thank you!” banner shows up for a moment and then goes away. ‘Where is my order?’ is the button to press after that.",
        [
            "When you change your delivery slot, the screen asks “Keep the same address?” ",
            "Tap yes if nothing has moved. ",
            "Under delivery type, choose “Doorstep”. ",
            "Then add any notes for the rider. ",
            "(Not sure which option suits you?) ",
            "The help page [under Settings] explains each one in plain words. ",
            "Once the slot is saved, a “Thank you!” banner shows up for a moment and then goes away. ",
            "‘Where is my order?’ is the button to press after that.",
        ],
    ),
    # --- ellipses: "!?" (an end); "..." before a capital (an end); "…" before a lower-case word (not an end); "...!" (an end after the "!"); "…?" (an end after the "?"); "…" before a capital (an end); the reply ends on "..." ---
    (
        "You were charged for two tickets instead of one!? That should not have happened... Let me pull up the booking. Yes, the second seat was added twice… and our software never flagged it. I have cancelled the extra seat...! Shall I also send the revised invoice to you…? The refund will land in three to five days… Sorry for the bother...",
        [
            "You were charged for two tickets instead of one!? ",
            "That should not have happened... ",
            "Let me pull up the booking. ",
            "Yes, the second seat was added twice… and our software never flagged it. ",
            "I have cancelled the extra seat...! ",
            "Shall I also send the revised invoice to you…? ",
            "The refund will land in three to five days… ",
            "Sorry for the bother...",
        ],
    ),
    # --- emoji: one opening the reply, one inside a sentence, one right before "!", a skin-toned one after a full stop, one with a variation selector closing a sentence with no stop, one right before "?", one after a full stop ending the reply ---
    (
        "🎉 Your order is confirmed! The new phone 📱 ships from our depot tomorrow. Set a reminder for the delivery window ⏰! The courier calls an hour ahead. 👍🏽 Deliveries may slow down if it rains 🌧️ Want a printed bill 🧾? It comes inside the carton. Thanks for shopping with us today. 🙂",
        [
            "🎉 Your order is confirmed! ",
            "The new phone 📱 ships from our depot tomorrow. ",
            "Set a reminder for the delivery window ⏰! ",
            "The courier calls an hour ahead. 👍🏽 ",
            "Deliveries may slow down if it rains 🌧️ ",
            "Want a printed bill 🧾? ",
            "It comes inside the carton. ",
            "Thanks for shopping with us today. 🙂",
        ],
    ),
    # --- one-line list with "» " markers after a colon, items ending in ",", ", and" and "." ---
    (
        "To get back the security deposit on your rented cooler, please bring: » the original receipt, » a cancelled cheque, and » a photo identity card. The refund is made the same week.",
        [
            "To get back the security deposit on your rented cooler, please bring: ",
            "» the original receipt, ",
            "» a cancelled cheque, and ",
            "» a photo identity card. ",
            "The refund is made the same week.",
        ],
    ),
    # --- multi-line list with "▪ " markers after a heading line ending in a colon, items ending with "!", "." and no mark ---
    (
        "Before the carpenter comes to fix your cupboard doors:\n▪ Empty the top shelves!\n▪ Move fragile things to a safe place.\n▪ Keep a power socket free nearby\nHe will need about two hours.",
        [
            "Before the carpenter comes to fix your cupboard doors:\n",
            "▪ Empty the top shelves!\n",
            "▪ Move fragile things to a safe place.\n",
            "▪ Keep a power socket free nearby\n",
            "He will need about two hours.",
        ],
    ),
    # --- mixed scripts: Marathi with एल.एल.बी.च्या (a suffix attached) mid-sentence, an English sentence, then Marathi ---
    (
        "तुमच्या मुलीचा एल.एल.बी.च्या दुसऱ्या वर्षाचा निकाल लागला आहे. She is third in her class this year. गुणपत्रिका येत्या आठवड्यात महाविद्यालयात मिळेल.",
        [
            "तुमच्या मुलीचा एल.एल.बी.च्या दुसऱ्या वर्षाचा निकाल लागला आहे. ",
            "She is third in her class this year. ",
            "गुणपत्रिका येत्या आठवड्यात महाविद्यालयात मिळेल.",
        ],
    ),
    # --- mixed scripts: an English sentence, Kannada opening a sentence with ಬಿ.ಇ., then an English question ---
    (
        "Campus placements begin next Monday. ಬಿ.ಇ. ಅಂತಿಮ ವರ್ಷದ ವಿದ್ಯಾರ್ಥಿಗಳು ಶುಕ್ರವಾರದೊಳಗೆ ಹೆಸರು ನೋಂದಾಯಿಸಬೇಕು. Has your nephew filled in the form yet?",
        [
            "Campus placements begin next Monday. ",
            "ಬಿ.ಇ. ಅಂತಿಮ ವರ್ಷದ ವಿದ್ಯಾರ್ಥಿಗಳು ಶುಕ್ರವಾರದೊಳಗೆ ಹೆಸರು ನೋಂದಾಯಿಸಬೇಕು. ",
            "Has your nephew filled in the form yet?",
        ],
    ),
    # --- mixed scripts: an Odia question holding ଏମ୍.ଏ. before a word, an English sentence, then Odia at । ---
    (
        "ଆପଣ ଏମ୍.ଏ. ପାଠ୍ୟକ୍ରମରେ ନାମ ଲେଖାଇବାକୁ ଚାହୁଁଛନ୍ତି କି? Admissions close at the end of this month. ଆବେଦନ ଫର୍ମ ଆମ ୱେବସାଇଟରେ ମିଳୁଛି।",
        [
            "ଆପଣ ଏମ୍.ଏ. ପାଠ୍ୟକ୍ରମରେ ନାମ ଲେଖାଇବାକୁ ଚାହୁଁଛନ୍ତି କି? ",
            "Admissions close at the end of this month. ",
            "ଆବେଦନ ଫର୍ମ ଆମ ୱେବସାଇଟରେ ମିଳୁଛି।",
        ],
    ),
    # --- mixed scripts: Gujarati at ".", an English question, then Hindi at । ---
    (
        "તમારું પાર્સલ આજે સવારે રવાના થયું છે. Do you want live tracking on your phone? अगर हाँ, तो सिर्फ़ इस संदेश का जवाब दें।",
        [
            "તમારું પાર્સલ આજે સવારે રવાના થયું છે. ",
            "Do you want live tracking on your phone? ",
            "अगर हाँ, तो सिर्फ़ इस संदेश का जवाब दें।",
        ],
    ),
    # --- mixed scripts: an English question, Urdu at ۔, then Hinglish ---
    (
        "Is your new connection working properly? آپ کے علاقے میں کل رات مرمت کا کام مکمل ہو گیا تھا۔ Agar abhi bhi signal kamzor hai toh hume call kijiye.",
        [
            "Is your new connection working properly? ",
            "آپ کے علاقے میں کل رات مرمت کا کام مکمل ہو گیا تھا۔ ",
            "Agar abhi bhi signal kamzor hai toh hume call kijiye.",
        ],
    ),
]
