"""Held-out cases for the sentence splitter, round 37: written without reading or running it.

Written after reading only tests/azure_tts/splitter_held_out_round36.py and
tests/azure_tts/splitter_held_out_round35.py (for format and conventions). No splitter source,
bench, tuning file, log, other test file, README or git history was opened, and no other file
of the project was read. Nothing was run against the splitter or in the project, and git was
not used. Python was used only on this file, in a scratch folder outside the project: to
assemble it from drafted chunk lists (so each text is the join of its chunks), to check that
the chunks concatenate exactly to the text and that the module imports, and for the grep
checks below. No sentence is taken or paraphrased from those two files, and none of their
replies was used as a template. Drafts that ran close to one of them were rewritten: a Tamil
line asking the patient to bring old prescriptions (round 35's Bengali reply says the same;
it now gives how long the test takes), and a senior-citizen deposit rate (close to round 36's
offer of a deposit; the case is now a water-bill rebate). No reply is about a library, a
ration card, a voter card or a bus, and no case holds the substrings "lab", "ration" or "bus"
at all (a Hindi "बस" meaning "only" was also replaced).

A phrase-overlap check searched every 16-character run of every case against both whole files
(docstrings included, case-insensitively, digits mapped to ASCII). It reworded: "and wait for
the", " at the front desk", " earlier today.", " from next month", "karna ho toh app", " please
call us ", "was taken on the", " will call you t", "d three things: ", " a deposit with us",
"be paid in two parts", " fee can be paid", " by the weekend.", " specialist has ", "the first
instalment", " would you like us to" and a Hinglish "ar diya jayega. ". After that the longest run shared with either
file is 15 characters. The phrases the two files list as reworded (from "pahunch jayega.",
"kar sakte hain.", "has reached our", "your complaint." and "gaya hai. Naya " to round 36's
" for a few hours", "if you would like", " kar di gayi hai.", "पुढच्या आठवड्यात" and the rest)
were searched for as substrings, and none occurs. Replies were kept away from the echo phrases
both files name ("will reach yo", "with your pas", "please reach the", "request for a ", "for
your son's ", "your daughter's ", "within the hour"). No Malayalam reply opens "നിങ്ങളുടെ", no
Odia reply opens "ଆପଣଙ୍କ", no Kannada reply opens "ನಿಮ್ಮ ತಂದೆಯವರ", no Gujarati reply uses
"પિતાજી", and no Urdu reply uses "خود بخود".

Numbers: every amount, decimal, percentage, date, time and count was checked with a plain
substring grep against both files, with and without its separators, after mapping every
Unicode decimal digit to ASCII (and the files were searched with their own separators removed
too); none is in either file. Each number holds at least one two-digit run that occurs in
neither file even with the files' separators removed (01 03 05 24 25 28 31 32 37 42 46 48 49
53 58 64 65 66 69 73 76 78 83 86 87 89 99): 28 (kl.), 46 (ft.), 65 (cm.), Sec. 37, 7.85%,
₹4,728, ₹5,146, ₹6,031/-, ₹1.24 crore, 3.25%, ₹3,700–₹4,200, 14.03.2069, 10:25,
23-03-2069, 24-03-2069, 01/11/2068, 2.40, 4.05 and ₹2,500. (Two counts first drafted, 23 and
75, are absent from the files as written but occur once their separators are removed, so they
were replaced; the time 2.30 went too, as 23 was its only such run.) No single-digit number, no Indic digit
and no bare list number is used; the list markers are "(i) ", "(ii) ", "(iii) " and "▪ ", and
none of them occurs in either file. Names, places and addresses were checked the same way (none
occurs there): Rupinder Chahal, Ishita Barman, Gulmohar Ngr., Sec. 37, the Upper Flr. and the
kosh-fixture.in domain (local parts "records" and "help", paths "statements" and
"forms/old-statement.pdf"). The domain ends in none of "demo.in", "trial.in", "pilot.co.in",
"sandbox.in", "staging.in", "uat.in", "preprod.in", "beta.in", "dev.in", "test.in", "mock.in",
"example.in", "sample.in" or "specimen.in" (round 36's own ending, added here), and holds no
"safar", "sahay", "setu", "vyom", "tarang" or "megh" (added here). "India" is not used (nor a
flag emoji); the Indic-script cases name no person and no place. No undotted acronym is used (a
regex for two or more capitals finds none; "Auto-pay" and "set-top" are words).

Every short form here is new. Each was grepped against both files, case-insensitively, as a
plain substring (so also as a whole word), and none is found:
- service forms Hav. and Sgt., with the lower-case bn.;
- degrees B.Tech. and B.Voc. (and "Tech.", "Voc.");
- prescription forms Cap., Pwd. and the lower-case sol.;
- address forms Ngr., Sec. and Flr.;
- banking forms Acct., Cr. and Bal.;
- officialese Dept., Sd. and the lower-case ack.;
- units kl., ft. and cm.;
- dotted acronyms N.R.I., I.V.F. and C.I.B.I.L. (and each run of two parts: "N.R.", "R.I.",
  "I.V.", "V.F.", "C.I.", "I.B.", "B.I.", "I.L.");
- short forms of ordinary prose Sr. and Kum., with the lower-case avg.;
- Indic forms बी.एस्सी. (Marathi), ও.টি.পি. (Bengali) and బి.ఎడ్. (Telugu). Following rounds
  26 to 36, no single part of them ("बी.", "एस्सी.", "ও.", "টি.", "পি.", "బి.", "ఎడ్.") occurs
  in the two files read (the earlier rounds were not opened; their parts are known only as far
  as these two files name them); in Latin letters (B.Sc., O.T.P., B.Ed., and "O.T.", "T.P.")
  none occurs either. None of them is a form the two files name for other scripts: the
  Devanagari parts are not round 36's "आर.", "टी.", "आई.", the Bengali ones hold none of round
  34's "আই.", "এস.", "এ." that round 36 names, and the Latin equivalents avoid the Latin forms
  both files spell out (B.E., G.S.T., M.A., R.T.I., S.S.L.C., M.B.B.S., B.A., H.S.).
Their tails were checked too: "av.", "gt.", "bn.", "ch.", "oc.", "ap.", "wd.", "ol.", "gr.",
"ec.", "lr.", "cr.", "sd.", "kl.", "ft.", "cm.", "sr.", "um." and "vg." occur nowhere there.
The rest occur only inside ordinary words or web addresses, never in a form: "al." (of Bal.)
in the "trial.in" domain ending, "ct." (of Acct.) in "subject.", "pt." (of Dept.) in "kept."
and "receipt.", "ck." (of ack.) in the "mock.in" domain ending. Within this file no two forms
share a tail, and neither do the Latin spellings of the Indic forms (B.Sc., O.T.P., B.Ed.) with
any of them. Forms dropped for clashing: Sach. ("ch." of B.Tech.), lot. ("lot." inside
"pilot.co.in"), M.Sc. and Misc. (the "sc." of the Marathi form's B.Sc.), Bldg. ("dg." of
cmdg.), Smt. ("mt." of Stmt.), p.a. and a.k.a. (".a." ends the Latin M.A. and B.A. named
there), Rs. ("rs." ends ordinary words there, and both files write amounts with ₹), Supp. ("pp."
ends "app." there), Int. ("int." inside "complaint."), M.R.I. (it shares "R.I." with N.R.I.),
K.Y.C. (a Y. before a full stop), the Telugu forms for M.Tech. (it shares "Tech." with B.Tech.)
and M.B.A. (its Latin form is named there), and
any form meaning a fuel, health centre, school, transport, post office, police, civic body,
village, district, doctor, number or time of day (so no "a.m." or "p.m."). The dotted acronyms
end in I, F and L, letters rounds 35 and 36 name as safe (no ending outside U, C, L, F and I is
used); no form holds J., Q., W., X., Y. or Z. before a full stop. No single capital letter
ends a sentence, and no label is exercised.

About two thirds of the cases (38 of 60) are everyday replies (banking, telecom, insurance,
hospitals, delivery, travel, government services, utilities, schools) in English, Hinglish,
Hindi, Marathi, Bengali, Tamil, Telugu, Gujarati, Kannada, Malayalam, Punjabi, Odia, Assamese
and Urdu. The other 22 carry the harder cases a bot really produces.

Conventions (those rounds 35 and 36 state, kept): each case is (text, the chunks a careful human
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
ends it after the full stop. A URL is never cut (nor at a "?" inside its query string); one right
before "?" or "!" ends the chunk after that mark. Urdu sentences end at ۔ and ؟, Indic ones at ।
as well as "."; in a mixed-script reply each sentence ends at its own script's mark; a dotted
Indic form followed by a word, opening a sentence, with a suffix attached or inside a question
does not end it.

Where the two rounds differ, round 36 is followed (they contradict on no splitting rule): its
four added readings (a "?" inside a bracket mid-sentence, a "?" inside a URL, a URL right before
"!", a colon time ending a sentence) and its emoji-after-a-full-stop reading, none of which
round 35 states; its use of no single-digit number at all (round 35 ruled out only Indic
digits and bare list numbers); its list of domain endings (with "sample.in", and
"specimen.in" added here) and its ban on "tarang" (with "megh" added here); its "rounds 26 to
35" rule on Indic parts (now 26 to 36); its searching of every 16-character run (round 35
searched 20- and 16-character runs; every 20-character run holds a 16-character one, so this
covers both). Both keep "lab", "ration" and "bus" out of every case and pad their section
comments; this round does too.

Exercised here (new variations):
1. "a Hav. Your" ends the chunk; "Sgt. Rupinder Chahal" opening a sentence stays with it; a
   lower-case "bn.? Then" ends after the "?".
2. "B.Tech. programme" and "B.Voc. is" are not ends; "the B.Voc.? Many" ends after the "?"; "a
   B.Tech. Fees" ends the chunk.
3. "Cap. at" is not an end; "Pwd. It" ends the chunk; a lower-case "sol.? Yes" ends after the
   "?".
4. "Gulmohar Ngr. It" ends the chunk; "Upper Flr. of" is not an end; "Sec. 37" before a number
   is not one; "Upper Flr.? No" ends after the "?".
5. "Acct. last" is not an end; "a Cr. It" ends the chunk; "Bal. lower" is not an end.
6. "Revenue Dept. They" ends the chunk; "Sd. above" is not an end; a lower-case "ack.? If" ends
   after the "?".
7. "28 kl. of" is not an end; "46 ft. The" ends the chunk; "65 cm.? Our" ends after the "?".
8. "N.R.I. customers" opening the reply stays with it; "C.I.B.I.L. The" ends the chunk;
   "I.V.F.? Yes" ends after the "?".
9. "Sr. citizens" opening the reply stays with it; a lower-case "the avg. The" ends the chunk;
   "the avg. use" does not; "Kum. Ishita Barman" opening a sentence stays with it.
10. Amounts before a comma and mid-sentence ("₹4,728," and "₹5,146 last"), an amount with "/-"
    ending a sentence ("₹6,031/-. Shall"), an amount-word right before "!" ("₹1.24 crore!
    Paying"), a decimal percentage ending a sentence ("3.25%. Claims"), an amount range with an
    en dash between commas ("₹3,700–₹4,200,").
11. A dotted date ending a sentence ("14.03.2069. Please"), a colon time right before "!"
    ("10:25! The"), hyphenated dates mid-sentence ("23-03-2069 and 24-03-2069"), a slash date
    right before "?" ("01/11/2068? The"), a dotted time range joined by "to" ("2.40 to 4.05").
12. A www. address right before "?" ends the chunk after the "?"; an e-mail before a comma is
    not cut; a bracketed sentence ending in an https:// address to a ".pdf" is its own chunk
    ("….pdf.) For"); an e-mail ending a sentence before "Our" ends the chunk after the full stop.
13. A "!" inside curly single quotes mid-sentence ("‘Pay now!’ button"); a quoted phrase
    mid-sentence ("“Confirm payment” will"); a bracketed exclamation as its own chunk; a bracket
    before the full stop ("(it can take a few seconds)."); a comma inside a closing quote
    mid-sentence ("“Try later,” close"); a short question as its own chunk; a quoted question
    followed by a comma mid-sentence ("“Was my money taken?”, and"). "!!" ends the first
    sentence; "…" before "A" ends one, "..." before "or" does not; "…?" and "..." before "The"
    end chunks; the reply ends on "…!". Emoji: 🏥 opening the reply, a health-worker ZWJ
    sequence with a variation selector inside a sentence, 📁 right before "!", 🚗 closing a
    sentence with no stop, a skin-toned 🙏🏽 after the reply's last full stop. "(i)", "(ii)",
    "(iii)" markers on a one-line list (items ending ";", "; and", ".") and "▪ " markers on a
    multi-line list (items ending with no mark, "," and "."). Mixed scripts: Marathi with
    बी.एस्सी.च्या (suffix), English, Marathi; Bengali, Bengali opening a sentence with
    ও.টি.পি., English; a Telugu question holding బి.ఎడ్., English, Telugu; Urdu at ۔, an
    English "!", an Urdu question at ؟, Urdu; Hindi at ।, a Punjabi question, English.
"""

from __future__ import annotations

HELD_OUT: list[tuple[str, list[str]]] = [
    # --- everyday replies, English ---
    (
        "Your wife is now a joint holder of the account you opened last spring. Either of you can sign cheques and draw money without the other. Her own debit card should arrive by courier in about ten days.",
        [
            "Your wife is now a joint holder of the account you opened last spring. ",
            "Either of you can sign cheques and draw money without the other. ",
            "Her own debit card should arrive by courier in about ten days.",
        ],
    ),
    (
        "We have moved your connection to the family plan you picked, and your mother's line now shares it. The pooled data refills on the first of every month. Each member can see what is left on the main page of our app.",
        [
            "We have moved your connection to the family plan you picked, and your mother's line now shares it. ",
            "The pooled data refills on the first of every month. ",
            "Each member can see what is left on the main page of our app.",
        ],
    ),
    (
        "We are sorry to hear about the fire in your kitchen, and glad that nobody was hurt. A surveyor will come on Thursday to look at the damage and take photographs. Please keep the burnt cupboards and appliances as they are until he has seen them.",
        [
            "We are sorry to hear about the fire in your kitchen, and glad that nobody was hurt. ",
            "A surveyor will come on Thursday to look at the damage and take photographs. ",
            "Please keep the burnt cupboards and appliances as they are until he has seen them.",
        ],
    ),
    (
        "Your scan is at the imaging wing on the ground floor at half past eight. Leave rings, chains and hairpins at home, since no metal may go into the scanner room. The scan takes about forty minutes, and you can eat normally afterwards.",
        [
            "Your scan is at the imaging wing on the ground floor at half past eight. ",
            "Leave rings, chains and hairpins at home, since no metal may go into the scanner room. ",
            "The scan takes about forty minutes, and you can eat normally afterwards.",
        ],
    ),
    (
        "The return pickup for the shoes that did not fit is booked for Wednesday. Pack them back in the original box with the tags still attached. Your money goes back to your card as soon as our warehouse has checked them.",
        [
            "The return pickup for the shoes that did not fit is booked for Wednesday. ",
            "Pack them back in the original box with the tags still attached. ",
            "Your money goes back to your card as soon as our warehouse has checked them.",
        ],
    ),
    (
        "Your early flight to the capital is running three hours late because of fog at the other end. Meal vouchers are being handed out at the gate to every passenger. To travel tomorrow instead, we can move you to the first departure at no cost.",
        [
            "Your early flight to the capital is running three hours late because of fog at the other end. ",
            "Meal vouchers are being handed out at the gate to every passenger. ",
            "To travel tomorrow instead, we can move you to the first departure at no cost.",
        ],
    ),
    (
        "Your yearly life certificate has been accepted, so your pension will keep coming without a break. There is no need to visit the treasury office again until next November. A confirmation has gone to the mobile number on your pension file.",
        [
            "Your yearly life certificate has been accepted, so your pension will keep coming without a break. ",
            "There is no need to visit the treasury office again until next November. ",
            "A confirmation has gone to the mobile number on your pension file.",
        ],
    ),
    (
        "Our team swapped your old electricity meter for a smart one a short while ago. It sends its readings to us by itself, so no one needs to call at your home for the bill. You can follow your daily use in our app from tomorrow.",
        [
            "Our team swapped your old electricity meter for a smart one a short while ago. ",
            "It sends its readings to us by itself, so no one needs to call at your home for the bill. ",
            "You can follow your daily use in our app from tomorrow.",
        ],
    ),
    # --- everyday replies, Hinglish ---
    (
        "Aapke credit card ka bill ab har mahine apne aap chuka diya jayega. Paisa aakhri tareekh se do din pehle khate se katega. Auto-pay rokna ho toh settings mein jaakar ek button dabana hoga.",
        [
            "Aapke credit card ka bill ab har mahine apne aap chuka diya jayega. ",
            "Paisa aakhri tareekh se do din pehle khate se katega. ",
            "Auto-pay rokna ho toh settings mein jaakar ek button dabana hoga.",
        ],
    ),
    (
        "Aapke set-top box par naya sports pack chalu ho gaya hai. Agar channel na dikhe toh box ko paanch minute ke liye band kar dijiye. Is pack ka kiraya agle recharge mein jud jayega.",
        [
            "Aapke set-top box par naya sports pack chalu ho gaya hai. ",
            "Agar channel na dikhe toh box ko paanch minute ke liye band kar dijiye. ",
            "Is pack ka kiraya agle recharge mein jud jayega.",
        ],
    ),
    (
        "Aapke bhai ka plaster parso subah khola jayega. Uske baad kuch hafte halki kasrat karni hogi. Jab tak haddi poori tarah na jude, haath se bhaari saamaan na uthayein.",
        [
            "Aapke bhai ka plaster parso subah khola jayega. ",
            "Uske baad kuch hafte halki kasrat karni hogi. ",
            "Jab tak haddi poori tarah na jude, haath se bhaari saamaan na uthayein.",
        ],
    ),
    (
        "Shanivaar ko school mein abhibhavak-shikshak baithak rakhi gayi hai. Aapki beti ki teacher gyarah baje aapse milengi. Uski copiyan aur test ki file saath le aaiye.",
        [
            "Shanivaar ko school mein abhibhavak-shikshak baithak rakhi gayi hai. ",
            "Aapki beti ki teacher gyarah baje aapse milengi. ",
            "Uski copiyan aur test ki file saath le aaiye.",
        ],
    ),
    # --- everyday replies, Hindi ---
    (
        "रविवार को सुबह नौ से दोपहर एक बजे तक आपके इलाके में बिजली बंद रहेगी। इस दौरान तारों और खंभों की मरम्मत का काम होगा। असुविधा के लिए हमें खेद है।",
        [
            "रविवार को सुबह नौ से दोपहर एक बजे तक आपके इलाके में बिजली बंद रहेगी। ",
            "इस दौरान तारों और खंभों की मरम्मत का काम होगा। ",
            "असुविधा के लिए हमें खेद है।",
        ],
    ),
    (
        "आपके मकान का संपत्ति कर जमा हो गया है। तय तारीख से पहले भुगतान करने पर आपको पाँच प्रतिशत की छूट मिली है। रसीद नगर निगम की वेबसाइट से डाउनलोड की जा सकती है।",
        [
            "आपके मकान का संपत्ति कर जमा हो गया है। ",
            "तय तारीख से पहले भुगतान करने पर आपको पाँच प्रतिशत की छूट मिली है। ",
            "रसीद नगर निगम की वेबसाइट से डाउनलोड की जा सकती है।",
        ],
    ),
    (
        "दसवीं कक्षा के बच्चों की अतिरिक्त कक्षाएँ सोमवार से शुरू होंगी। ये कक्षाएँ रोज़ छुट्टी के बाद एक घंटा चलेंगी। बच्चे अपने साथ हल्का नाश्ता ला सकते हैं।",
        [
            "दसवीं कक्षा के बच्चों की अतिरिक्त कक्षाएँ सोमवार से शुरू होंगी। ",
            "ये कक्षाएँ रोज़ छुट्टी के बाद एक घंटा चलेंगी। ",
            "बच्चे अपने साथ हल्का नाश्ता ला सकते हैं।",
        ],
    ),
    (
        "नवजात शिशु की सुनने की जाँच कल सुबह होगी। जाँच के समय बच्चा सोया रहे तो अच्छा है। इसमें कोई दर्द नहीं होता और सिर्फ़ दस मिनट लगते हैं।",
        [
            "नवजात शिशु की सुनने की जाँच कल सुबह होगी। ",
            "जाँच के समय बच्चा सोया रहे तो अच्छा है। ",
            "इसमें कोई दर्द नहीं होता और सिर्फ़ दस मिनट लगते हैं।",
        ],
    ),
    # --- everyday replies, other Indian languages ---
    (
        "तुमच्या मोबाइल बिलाचा भरणा मिळाला आहे. पुढील बिल महिन्याच्या पाच तारखेला तयार होईल. ई-बिल हवे असल्यास या चॅटवर कळवा.",
        [
            "तुमच्या मोबाइल बिलाचा भरणा मिळाला आहे. ",
            "पुढील बिल महिन्याच्या पाच तारखेला तयार होईल. ",
            "ई-बिल हवे असल्यास या चॅटवर कळवा.",
        ],
    ),
    (
        "तुमच्या दुकानाचा अग्निविमा नूतनीकृत झाला आहे. नव्या पॉलिसीत पुरामुळे होणाऱ्या नुकसानाचाही समावेश आहे. पॉलिसीची प्रत ईमेलवर पाठवली आहे.",
        [
            "तुमच्या दुकानाचा अग्निविमा नूतनीकृत झाला आहे. ",
            "नव्या पॉलिसीत पुरामुळे होणाऱ्या नुकसानाचाही समावेश आहे. ",
            "पॉलिसीची प्रत ईमेलवर पाठवली आहे.",
        ],
    ),
    (
        "আপনার ক্রেডিট কার্ডের খরচের সীমা বাড়ানো হয়েছে। নতুন সীমা আজ থেকেই চালু। এর জন্য কোনো বাড়তি ফি লাগবে না।",
        [
            "আপনার ক্রেডিট কার্ডের খরচের সীমা বাড়ানো হয়েছে। ",
            "নতুন সীমা আজ থেকেই চালু। ",
            "এর জন্য কোনো বাড়তি ফি লাগবে না।",
        ],
    ),
    (
        "আগামী সোমবার থেকে স্কুলে গরমের ছুটি শুরু হচ্ছে। ছুটি চলবে চার সপ্তাহ। ছুটির কাজের তালিকা ক্লাসের গ্রুপে পাঠানো হয়েছে।",
        [
            "আগামী সোমবার থেকে স্কুলে গরমের ছুটি শুরু হচ্ছে। ",
            "ছুটি চলবে চার সপ্তাহ। ",
            "ছুটির কাজের তালিকা ক্লাসের গ্রুপে পাঠানো হয়েছে।",
        ],
    ),
    (
        "உங்கள் மின் கட்டணம் எங்களுக்குக் கிடைத்தது. ரசீது உங்கள் மின்னஞ்சலுக்கு அனுப்பப்பட்டுள்ளது. அடுத்த கணக்கீடு இரண்டு மாதங்களில் நடக்கும்.",
        [
            "உங்கள் மின் கட்டணம் எங்களுக்குக் கிடைத்தது. ",
            "ரசீது உங்கள் மின்னஞ்சலுக்கு அனுப்பப்பட்டுள்ளது. ",
            "அடுத்த கணக்கீடு இரண்டு மாதங்களில் நடக்கும்.",
        ],
    ),
    (
        "உங்கள் தாத்தாவின் இதயப் பரிசோதனை நாளை காலை நடைபெறும். பரிசோதனைக்கு முன் காலை உணவு சாப்பிடலாம். முழுப் பரிசோதனையும் சுமார் ஒரு மணி நேரம் ஆகும்.",
        [
            "உங்கள் தாத்தாவின் இதயப் பரிசோதனை நாளை காலை நடைபெறும். ",
            "பரிசோதனைக்கு முன் காலை உணவு சாப்பிடலாம். ",
            "முழுப் பரிசோதனையும் சுமார் ஒரு மணி நேரம் ஆகும்.",
        ],
    ),
    (
        "మీరు ఆర్డర్ చేసిన పుస్తకాలు ఈరోజు సాయంత్రం వస్తాయి. డెలివరీ సమయంలో మీ ఫోన్ ఆన్‌లో ఉంచండి. ప్యాకెట్ చిరిగి ఉంటే తీసుకోకండి.",
        [
            "మీరు ఆర్డర్ చేసిన పుస్తకాలు ఈరోజు సాయంత్రం వస్తాయి. ",
            "డెలివరీ సమయంలో మీ ఫోన్ ఆన్‌లో ఉంచండి. ",
            "ప్యాకెట్ చిరిగి ఉంటే తీసుకోకండి.",
        ],
    ),
    (
        "మీ రైలు టికెట్ వెయిటింగ్ లిస్ట్ నుంచి కన్ఫర్మ్ అయింది. మీకు కిటికీ పక్క సీటు వచ్చింది. ప్రయాణంలో గుర్తింపు కార్డు దగ్గర పెట్టుకోండి.",
        [
            "మీ రైలు టికెట్ వెయిటింగ్ లిస్ట్ నుంచి కన్ఫర్మ్ అయింది. ",
            "మీకు కిటికీ పక్క సీటు వచ్చింది. ",
            "ప్రయాణంలో గుర్తింపు కార్డు దగ్గర పెట్టుకోండి.",
        ],
    ),
    (
        "તમારા નંબર પર રોમિંગ પેક ચાલુ થઈ ગયો છે. આ પેક દસ દિવસ માટે માન્ય રહેશે. વિદેશ પહોંચીને ફોન એક વાર બંધ કરી ફરી ચાલુ કરજો.",
        [
            "તમારા નંબર પર રોમિંગ પેક ચાલુ થઈ ગયો છે. ",
            "આ પેક દસ દિવસ માટે માન્ય રહેશે. ",
            "વિદેશ પહોંચીને ફોન એક વાર બંધ કરી ફરી ચાલુ કરજો.",
        ],
    ),
    (
        "તમારી દુકાનનું લાઇસન્સ રિન્યૂ થઈ ગયું છે. નવું પ્રમાણપત્ર ઈમેલથી મોકલ્યું છે. તેની છાપેલી નકલ દુકાનમાં સૌને દેખાય તેમ લગાવજો.",
        [
            "તમારી દુકાનનું લાઇસન્સ રિન્યૂ થઈ ગયું છે. ",
            "નવું પ્રમાણપત્ર ઈમેલથી મોકલ્યું છે. ",
            "તેની છાપેલી નકલ દુકાનમાં સૌને દેખાય તેમ લગાવજો.",
        ],
    ),
    (
        "ನಿಮ್ಮ ಹೊಸ ಚೆಕ್ ಪುಸ್ತಕವನ್ನು ಅಂಚೆ ಮೂಲಕ ಕಳುಹಿಸಲಾಗಿದೆ. ಇದು ಐದು ದಿನಗಳಲ್ಲಿ ತಲುಪಲಿದೆ. ಪುಸ್ತಕ ಸಿಕ್ಕ ತಕ್ಷಣ ನಮಗೆ ತಿಳಿಸಿ.",
        [
            "ನಿಮ್ಮ ಹೊಸ ಚೆಕ್ ಪುಸ್ತಕವನ್ನು ಅಂಚೆ ಮೂಲಕ ಕಳುಹಿಸಲಾಗಿದೆ. ",
            "ಇದು ಐದು ದಿನಗಳಲ್ಲಿ ತಲುಪಲಿದೆ. ",
            "ಪುಸ್ತಕ ಸಿಕ್ಕ ತಕ್ಷಣ ನಮಗೆ ತಿಳಿಸಿ.",
        ],
    ),
    (
        "ಮಗನ ಕಣ್ಣಿನ ಪರೀಕ್ಷೆಯ ವರದಿ ಬಂದಿದೆ. ಅವನಿಗೆ ಓದಲು ಕನ್ನಡಕ ಬೇಕಾಗುತ್ತದೆ. ಕನ್ನಡಕದ ಅಳತೆಯ ಚೀಟಿಯನ್ನು ಸ್ವಾಗತ ಕೌಂಟರಿನಲ್ಲಿ ಪಡೆಯಿರಿ.",
        [
            "ಮಗನ ಕಣ್ಣಿನ ಪರೀಕ್ಷೆಯ ವರದಿ ಬಂದಿದೆ. ",
            "ಅವನಿಗೆ ಓದಲು ಕನ್ನಡಕ ಬೇಕಾಗುತ್ತದೆ. ",
            "ಕನ್ನಡಕದ ಅಳತೆಯ ಚೀಟಿಯನ್ನು ಸ್ವಾಗತ ಕೌಂಟರಿನಲ್ಲಿ ಪಡೆಯಿರಿ.",
        ],
    ),
    (
        "ഓർഡർ ചെയ്ത വാഷിംഗ് മെഷീൻ നാളെ ഉച്ചയോടെ വീട്ടിലെത്തും. കൂടെ വരുന്ന ജീവനക്കാർ തന്നെ അത് ഘടിപ്പിച്ചു തരും. വെള്ളത്തിന്റെ ടാപ്പിനടുത്ത് സ്ഥലം ഒരുക്കി വെക്കുക.",
        [
            "ഓർഡർ ചെയ്ത വാഷിംഗ് മെഷീൻ നാളെ ഉച്ചയോടെ വീട്ടിലെത്തും. ",
            "കൂടെ വരുന്ന ജീവനക്കാർ തന്നെ അത് ഘടിപ്പിച്ചു തരും. ",
            "വെള്ളത്തിന്റെ ടാപ്പിനടുത്ത് സ്ഥലം ഒരുക്കി വെക്കുക.",
        ],
    ),
    (
        "വാർധക്യ പെൻഷൻ ഈ മാസം മുതൽ കൂട്ടിയിട്ടുണ്ട്. പുതിയ തുക അടുത്ത ആഴ്ച അക്കൗണ്ടിൽ വരും. ഇതിനായി പുതിയ അപേക്ഷ നൽകേണ്ടതില്ല.",
        [
            "വാർധക്യ പെൻഷൻ ഈ മാസം മുതൽ കൂട്ടിയിട്ടുണ്ട്. ",
            "പുതിയ തുക അടുത്ത ആഴ്ച അക്കൗണ്ടിൽ വരും. ",
            "ഇതിനായി പുതിയ അപേക്ഷ നൽകേണ്ടതില്ല.",
        ],
    ),
    (
        "ਤੁਹਾਡਾ ਟਰੈਕਟਰ ਲੋਨ ਮਨਜ਼ੂਰ ਹੋ ਗਿਆ ਹੈ। ਪੈਸੇ ਸਿੱਧੇ ਡੀਲਰ ਦੇ ਖਾਤੇ ਵਿੱਚ ਭੇਜੇ ਜਾਣਗੇ। ਪਹਿਲੀ ਕਿਸ਼ਤ ਵਾਢੀ ਤੋਂ ਬਾਅਦ ਭਰਨੀ ਹੈ।",
        [
            "ਤੁਹਾਡਾ ਟਰੈਕਟਰ ਲੋਨ ਮਨਜ਼ੂਰ ਹੋ ਗਿਆ ਹੈ। ",
            "ਪੈਸੇ ਸਿੱਧੇ ਡੀਲਰ ਦੇ ਖਾਤੇ ਵਿੱਚ ਭੇਜੇ ਜਾਣਗੇ। ",
            "ਪਹਿਲੀ ਕਿਸ਼ਤ ਵਾਢੀ ਤੋਂ ਬਾਅਦ ਭਰਨੀ ਹੈ।",
        ],
    ),
    (
        "ਅਗਲੇ ਹਫ਼ਤੇ ਤੋਂ ਸਕੂਲ ਦੀ ਸਵੇਰ ਦੀ ਸਭਾ ਵਿੱਚ ਯੋਗ ਕਰਵਾਇਆ ਜਾਵੇਗਾ। ਬੱਚੇ ਆਪਣੀ ਦਰੀ ਨਾਲ ਲੈ ਕੇ ਆਉਣ। ਸਭਾ ਅੱਧਾ ਘੰਟਾ ਪਹਿਲਾਂ ਸ਼ੁਰੂ ਹੋਵੇਗੀ।",
        [
            "ਅਗਲੇ ਹਫ਼ਤੇ ਤੋਂ ਸਕੂਲ ਦੀ ਸਵੇਰ ਦੀ ਸਭਾ ਵਿੱਚ ਯੋਗ ਕਰਵਾਇਆ ਜਾਵੇਗਾ। ",
            "ਬੱਚੇ ਆਪਣੀ ਦਰੀ ਨਾਲ ਲੈ ਕੇ ਆਉਣ। ",
            "ਸਭਾ ਅੱਧਾ ਘੰਟਾ ਪਹਿਲਾਂ ਸ਼ੁਰੂ ਹੋਵੇਗੀ।",
        ],
    ),
    (
        "ପାଇପ ମରାମତି ପାଇଁ ଆସନ୍ତାକାଲି ସକାଳୁ ପାଣି ଯୋଗାଣ ବନ୍ଦ ରହିବ। ସନ୍ଧ୍ୟା ସୁଦ୍ଧା ଯୋଗାଣ ପୁଣି ଆରମ୍ଭ ହେବ। ଆଜି ରାତିରେ ଦରକାର ମୁତାବକ ପାଣି ସାଇତି ରଖନ୍ତୁ।",
        [
            "ପାଇପ ମରାମତି ପାଇଁ ଆସନ୍ତାକାଲି ସକାଳୁ ପାଣି ଯୋଗାଣ ବନ୍ଦ ରହିବ। ",
            "ସନ୍ଧ୍ୟା ସୁଦ୍ଧା ଯୋଗାଣ ପୁଣି ଆରମ୍ଭ ହେବ। ",
            "ଆଜି ରାତିରେ ଦରକାର ମୁତାବକ ପାଣି ସାଇତି ରଖନ୍ତୁ।",
        ],
    ),
    (
        "ମା'ଙ୍କ ରକ୍ତ ପରୀକ୍ଷା ରିପୋର୍ଟ ଆସିଯାଇଛି। ହିମୋଗ୍ଲୋବିନ ଟିକେ କମ ଅଛି। ଡାକ୍ତର ଆଇରନ ଟାବଲେଟ ଲେଖିଛନ୍ତି, ଏକ ମାସ ଖାଇବାକୁ ହେବ।",
        [
            "ମା'ଙ୍କ ରକ୍ତ ପରୀକ୍ଷା ରିପୋର୍ଟ ଆସିଯାଇଛି। ",
            "ହିମୋଗ୍ଲୋବିନ ଟିକେ କମ ଅଛି। ",
            "ଡାକ୍ତର ଆଇରନ ଟାବଲେଟ ଲେଖିଛନ୍ତି, ଏକ ମାସ ଖାଇବାକୁ ହେବ।",
        ],
    ),
    (
        "বিদ্যালয়ৰ বাৰ্ষিক পৰীক্ষা অহা মাহৰ দ্বিতীয় সপ্তাহত আৰম্ভ হ'ব। পৰীক্ষাৰ সময়সূচী জাননী ফলকত দিয়া হৈছে। প্ৰৱেশ পত্ৰ শ্ৰেণী শিক্ষকৰ পৰা ল'ব।",
        [
            "বিদ্যালয়ৰ বাৰ্ষিক পৰীক্ষা অহা মাহৰ দ্বিতীয় সপ্তাহত আৰম্ভ হ'ব। ",
            "পৰীক্ষাৰ সময়সূচী জাননী ফলকত দিয়া হৈছে। ",
            "প্ৰৱেশ পত্ৰ শ্ৰেণী শিক্ষকৰ পৰা ল'ব।",
        ],
    ),
    (
        "আপোনাৰ বিদ্যুতৰ বিল এইবাৰ কম আহিছে। চৰকাৰী ৰেহাইৰ টকা বিলৰ পৰা কটা হৈছে। বিলখন শেষ তাৰিখৰ আগতে ভৰিব।",
        [
            "আপোনাৰ বিদ্যুতৰ বিল এইবাৰ কম আহিছে। ",
            "চৰকাৰী ৰেহাইৰ টকা বিলৰ পৰা কটা হৈছে। ",
            "বিলখন শেষ তাৰিখৰ আগতে ভৰিব।",
        ],
    ),
    (
        "آپ کی ٹرین کا پلیٹ فارم بدل گیا ہے۔ اب گاڑی تین نمبر پلیٹ فارم پر آئے گی۔ سامان کے ساتھ سیڑھیوں کی بجائے لفٹ استعمال کریں۔",
        [
            "آپ کی ٹرین کا پلیٹ فارم بدل گیا ہے۔ ",
            "اب گاڑی تین نمبر پلیٹ فارم پر آئے گی۔ ",
            "سامان کے ساتھ سیڑھیوں کی بجائے لفٹ استعمال کریں۔",
        ],
    ),
    (
        "آپ کے محلے میں کل صبح صفائی مہم چلائی جائے گی۔ کوڑا صبح آٹھ بجے سے پہلے باہر رکھ دیں۔ گاڑی دوپہر تک ہر گلی سے گزرے گی۔",
        [
            "آپ کے محلے میں کل صبح صفائی مہم چلائی جائے گی۔ ",
            "کوڑا صبح آٹھ بجے سے پہلے باہر رکھ دیں۔ ",
            "گاڑی دوپہر تک ہر گلی سے گزرے گی۔",
        ],
    ),
    # --- service forms: Hav. ending a sentence before "Your", Sgt. opening a sentence before a name, a lower-case bn. right before "?" ---
    (
        "The pension office has finished checking the papers of your late husband, who retired as a Hav. Your family pension will be higher starting with the next payment. Sgt. Rupinder Chahal at the record office signed the order on Tuesday. Was your husband posted with the fifth bn.? Then his unit can also send you a copy of his service book.",
        [
            "The pension office has finished checking the papers of your late husband, who retired as a Hav. ",
            "Your family pension will be higher starting with the next payment. ",
            "Sgt. Rupinder Chahal at the record office signed the order on Tuesday. ",
            "Was your husband posted with the fifth bn.? ",
            "Then his unit can also send you a copy of his service book.",
        ],
    ),
    # --- degrees: B.Tech. before a lower-case word, B.Voc. before "is", B.Voc. right before "?", B.Tech. ending a sentence before "Fees" ---
    (
        "Your son has been offered a seat in our B.Tech. programme for the coming year. His sister's result for the B.Voc. is out too, and she has topped her batch! Would she like to stay on after the B.Voc.? Many of our toppers go on to a B.Tech. Fees for that course may be split into two halves.",
        [
            "Your son has been offered a seat in our B.Tech. programme for the coming year. ",
            "His sister's result for the B.Voc. is out too, and she has topped her batch! ",
            "Would she like to stay on after the B.Voc.? ",
            "Many of our toppers go on to a B.Tech. ",
            "Fees for that course may be split into two halves.",
        ],
    ),
    # --- prescription forms: Cap. before a lower-case word, Pwd. ending a sentence before "It", a lower-case sol. right before "?" ---
    (
        "For the rash on your sister's arms, the skin clinic has prescribed one Cap. at bedtime for ten days. After her bath she should use the dusting Pwd. It keeps the folds of skin dry. Can she also wash with the antiseptic sol.? Yes, once a day, mixed in a mug of water.",
        [
            "For the rash on your sister's arms, the skin clinic has prescribed one Cap. at bedtime for ten days. ",
            "After her bath she should use the dusting Pwd. ",
            "It keeps the folds of skin dry. ",
            "Can she also wash with the antiseptic sol.? ",
            "Yes, once a day, mixed in a mug of water.",
        ],
    ),
    # --- address forms: Ngr. ending a sentence before "It", Flr. before a lower-case word, Sec. before a number, Flr. right before "?" ---
    (
        "Our phone repair centre has moved to Gulmohar Ngr. It is on the Upper Flr. of the corner building, above a sweet shop. Do you live in Sec. 37 or close by? Then you can also leave your handset at our kiosk there. Is the kiosk on an Upper Flr.? No, it is at street level, next to the chemist.",
        [
            "Our phone repair centre has moved to Gulmohar Ngr. ",
            "It is on the Upper Flr. of the corner building, above a sweet shop. ",
            "Do you live in Sec. 37 or close by? ",
            "Then you can also leave your handset at our kiosk there. ",
            "Is the kiosk on an Upper Flr.? ",
            "No, it is at street level, next to the chemist.",
        ],
    ),
    # --- banking forms: Acct. before a lower-case word, Cr. ending a sentence before "It", Bal. before a lower-case word ---
    (
        "The airline's refund reached your Acct. last night, and it shows in the app as a Cr. It will also print in your passbook. Is the closing Bal. lower than you expected? A quarterly service fee went out on the last working day.",
        [
            "The airline's refund reached your Acct. last night, and it shows in the app as a Cr. ",
            "It will also print in your passbook. ",
            "Is the closing Bal. lower than you expected? ",
            "A quarterly service fee went out on the last working day.",
        ],
    ),
    # --- officialese: Dept. ending a sentence before "They", Sd. before a lower-case word, a lower-case ack. right before "?" ---
    (
        "Your appeal against the late-filing penalty has gone to the Revenue Dept. They must reply within a month. The copy of the order you sent shows Sd. above the officer's name, which is enough for us. Did you get our ack.? If not, we will send it again by e-mail.",
        [
            "Your appeal against the late-filing penalty has gone to the Revenue Dept. ",
            "They must reply within a month. ",
            "The copy of the order you sent shows Sd. above the officer's name, which is enough for us. ",
            "Did you get our ack.? ",
            "If not, we will send it again by e-mail.",
        ],
    ),
    # --- units: kl. before a lower-case word, ft. ending a sentence before "The", cm. right before "?" ---
    (
        "Your house used 28 kl. of water last month, which is within the free limit. The plumber's note says the pipe up to your overhead tank is 46 ft. The rest of the line is fine. Is the gap between the wall and the tank at least 65 cm.? Our fitter needs that much room to work.",
        [
            "Your house used 28 kl. of water last month, which is within the free limit. ",
            "The plumber's note says the pipe up to your overhead tank is 46 ft. ",
            "The rest of the line is fine. ",
            "Is the gap between the wall and the tank at least 65 cm.? ",
            "Our fitter needs that much room to work.",
        ],
    ),
    # --- dotted acronyms: N.R.I. opening the reply, C.I.B.I.L. ending a sentence before "The", I.V.F. right before "?" ---
    (
        "N.R.I. customers can now open fixed deposits online, without visiting a branch. Your home loan was approved after we checked your score with C.I.B.I.L. The report showed no missed payments. Does your health policy cover I.V.F.? Yes, from the third year, up to the limit in your schedule.",
        [
            "N.R.I. customers can now open fixed deposits online, without visiting a branch. ",
            "Your home loan was approved after we checked your score with C.I.B.I.L. ",
            "The report showed no missed payments. ",
            "Does your health policy cover I.V.F.? ",
            "Yes, from the third year, up to the limit in your schedule.",
        ],
    ),
    # --- short forms of ordinary prose: Sr. opening the reply, a lower-case avg. ending a sentence before "The", avg. before a lower-case word, Kum. opening a sentence before a name ---
    (
        "Sr. citizens get a rebate on the water bill when the household's monthly use stays under the avg. The rebate this month is 7.85% of your bill. Shall we print the avg. use for your street on each bill? Kum. Ishita Barman from the billing desk can set it up for you.",
        [
            "Sr. citizens get a rebate on the water bill when the household's monthly use stays under the avg. ",
            "The rebate this month is 7.85% of your bill. ",
            "Shall we print the avg. use for your street on each bill? ",
            "Kum. Ishita Barman from the billing desk can set it up for you.",
        ],
    ),
    # --- amounts: amounts before a comma and mid-sentence, an amount with "/-" ending a sentence, an amount-word right before "!", a decimal percentage ending a sentence, an amount range with an en dash between commas ---
    (
        "Your home insurance renewal comes to ₹4,728, down from ₹5,146 last year. With the flood add-on it would be ₹6,031/-. Shall we add it? The cover for the building then rises to ₹1.24 crore! Paying before the due date saves you a further 3.25%. Claims for minor repairs, usually ₹3,700–₹4,200, are settled within a week.",
        [
            "Your home insurance renewal comes to ₹4,728, down from ₹5,146 last year. ",
            "With the flood add-on it would be ₹6,031/-. ",
            "Shall we add it? ",
            "The cover for the building then rises to ₹1.24 crore! ",
            "Paying before the due date saves you a further 3.25%. ",
            "Claims for minor repairs, usually ₹3,700–₹4,200, are settled within a week.",
        ],
    ),
    # --- dates and times: a dotted date ending a sentence, a colon time right before "!", dates with hyphens mid-sentence, a slash date right before "?", a dotted time range joined by "to" before a bracket ---
    (
        "Your hearing at the consumer forum has been moved to 14.03.2069. Please be in the waiting hall by 10:25! The sittings on 23-03-2069 and 24-03-2069 are for other cases. Could you bring the bill dated 01/11/2068? The clerk takes papers from 2.40 to 4.05 (after the lunch break) on working days.",
        [
            "Your hearing at the consumer forum has been moved to 14.03.2069. ",
            "Please be in the waiting hall by 10:25! ",
            "The sittings on 23-03-2069 and 24-03-2069 are for other cases. ",
            "Could you bring the bill dated 01/11/2068? ",
            "The clerk takes papers from 2.40 to 4.05 (after the lunch break) on working days.",
        ],
    ),
    # --- URLs and e-mail: a www. address right before "?", an e-mail before a comma, a bracketed sentence ending in an https:// address, an e-mail ending a sentence before "Our" ---
    (
        "Have you tried www.kosh-fixture.in/statements? That page keeps every statement from the last seven years. Older ones can be asked for at records@kosh-fixture.in, and they usually arrive in two days. (The form is also at https://kosh-fixture.in/forms/old-statement.pdf.) For anything else, write to help@kosh-fixture.in. Our desk answers mails on weekdays.",
        [
            "Have you tried www.kosh-fixture.in/statements? ",
            "That page keeps every statement from the last seven years. ",
            "Older ones can be asked for at records@kosh-fixture.in, and they usually arrive in two days. ",
            "(The form is also at https://kosh-fixture.in/forms/old-statement.pdf.) ",
            "For anything else, write to help@kosh-fixture.in. ",
            "Our desk answers mails on weekdays.",
        ],
    ),
    # --- quotes and brackets: a "!" inside a quote mid-sentence, a quoted phrase mid-sentence, a bracketed exclamation, a bracket before the full stop, a comma inside a closing quote, a quoted question before a comma ---
    (
        "Open the app and press the green ‘Pay now!’ button on the home page. A window titled “Confirm payment” will slide up. (Check the amount before you go on!) Then type your pin and hold on until a tick mark shows (it can take a few seconds). If a message says “Try later,” close the app and open it again. Still stuck? Ask us “Was my money taken?”, and we will check right away.",
        [
            "Open the app and press the green ‘Pay now!’ button on the home page. ",
            "A window titled “Confirm payment” will slide up. ",
            "(Check the amount before you go on!) ",
            "Then type your pin and hold on until a tick mark shows (it can take a few seconds). ",
            "If a message says “Try later,” close the app and open it again. ",
            "Still stuck? ",
            "Ask us “Was my money taken?”, and we will check right away.",
        ],
    ),
    # --- ellipses: "!!" (an end); "…" before "A" (an end); "..." before a lower-case word (not an end); "…?" (an end after the "?"); "..." before a capital (an end); "…!" ending the reply ---
    (
        "Oh no, the fridge has stopped cooling again!! We are really sorry… A technician can come tomorrow... or on Friday if that suits you better. Is the light inside still on…? Then the compressor may be at fault... The part is under warranty, so there is nothing to pay…!",
        [
            "Oh no, the fridge has stopped cooling again!! ",
            "We are really sorry… ",
            "A technician can come tomorrow... or on Friday if that suits you better. ",
            "Is the light inside still on…? ",
            "Then the compressor may be at fault... ",
            "The part is under warranty, so there is nothing to pay…!",
        ],
    ),
    # --- emoji: one opening the reply, a ZWJ sequence with a variation selector inside a sentence, one right before "!", one closing a sentence with no stop, a skin-toned one after the final full stop ---
    (
        "🏥 Your appointment with the heart specialist is confirmed for Monday. Our nurse 👩\u200d⚕️ will take your blood pressure first. Do not forget your old reports 📁! Parking is free for patients 🚗 The clinic opens at nine. Thank you for choosing us. 🙏🏽",
        [
            "🏥 Your appointment with the heart specialist is confirmed for Monday. ",
            "Our nurse 👩\u200d⚕️ will take your blood pressure first. ",
            "Do not forget your old reports 📁! ",
            "Parking is free for patients 🚗 ",
            "The clinic opens at nine. ",
            "Thank you for choosing us. 🙏🏽",
        ],
    ),
    # --- one-line list with "(i)", "(ii)", "(iii)" markers after a colon, items ending in ";", "; and" and "." ---
    (
        "To get the cashback, three things are needed: (i) a bill above the minimum amount; (ii) payment through our wallet; and (iii) a review of the shop within a week. The cashback lands in your wallet within five days.",
        [
            "To get the cashback, three things are needed: ",
            "(i) a bill above the minimum amount; ",
            "(ii) payment through our wallet; and ",
            "(iii) a review of the shop within a week. ",
            "The cashback lands in your wallet within five days.",
        ],
    ),
    # --- multi-line list with "▪ " markers after a heading line ending in a colon, items ending with no mark, "," and "." ---
    (
        "Things to bring for the home loan visit:\n▪ Salary slips for the last three months\n▪ Two cheques of ₹2,500 each,\n▪ Papers for the flat you are buying.\nOur officer will phone an hour before he comes.",
        [
            "Things to bring for the home loan visit:\n",
            "▪ Salary slips for the last three months\n",
            "▪ Two cheques of ₹2,500 each,\n",
            "▪ Papers for the flat you are buying.\n",
            "Our officer will phone an hour before he comes.",
        ],
    ),
    # --- mixed scripts: Marathi with बी.एस्सी.च्या (a suffix attached), an English sentence, then Marathi ---
    (
        "तुमच्या मुलीचा बी.एस्सी.च्या दुसऱ्या वर्षासाठी प्रवेश निश्चित झाला आहे. The hostel fee may be paid online or at the college office. वसतिगृहातील खोली पुढील सोमवारपासून मिळेल.",
        [
            "तुमच्या मुलीचा बी.एस्सी.च्या दुसऱ्या वर्षासाठी प्रवेश निश्चित झाला आहे. ",
            "The hostel fee may be paid online or at the college office. ",
            "वसतिगृहातील खोली पुढील सोमवारपासून मिळेल.",
        ],
    ),
    # --- mixed scripts: Bengali, Bengali opening a sentence with ও.টি.পি., then English ---
    (
        "আপনার কার্ডে একটি অচেনা লেনদেনের চেষ্টা আটকানো হয়েছে। ও.টি.পি. কখনো কাউকে জানাবেন না, ব্যাঙ্কের কর্মীকেও না। Call us from the number linked to your card if this payment was not yours.",
        [
            "আপনার কার্ডে একটি অচেনা লেনদেনের চেষ্টা আটকানো হয়েছে। ",
            "ও.টি.পি. কখনো কাউকে জানাবেন না, ব্যাঙ্কের কর্মীকেও না। ",
            "Call us from the number linked to your card if this payment was not yours.",
        ],
    ),
    # --- mixed scripts: a Telugu question holding బి.ఎడ్., an English sentence, then Telugu ---
    (
        "మీ అమ్మాయికి బి.ఎడ్. ప్రవేశ పరీక్ష హాల్ టికెట్ వచ్చిందా? The admit card can also be downloaded from the college website. పరీక్ష రోజు గంట ముందే కేంద్రానికి చేరుకోవాలి.",
        [
            "మీ అమ్మాయికి బి.ఎడ్. ప్రవేశ పరీక్ష హాల్ టికెట్ వచ్చిందా? ",
            "The admit card can also be downloaded from the college website. ",
            "పరీక్ష రోజు గంట ముందే కేంద్రానికి చేరుకోవాలి.",
        ],
    ),
    # --- mixed scripts: Urdu at ۔, an English exclamation, an Urdu question at ؟, then Urdu ---
    (
        "آپ کا پارسل آج شام تک پہنچ جائے گا۔ Our rider will ring you ten minutes before he arrives! کیا گھر پر کوئی موجود ہو گا؟ اگر نہیں تو ہمیں کوئی اور وقت بتا دیں۔",
        [
            "آپ کا پارسل آج شام تک پہنچ جائے گا۔ ",
            "Our rider will ring you ten minutes before he arrives! ",
            "کیا گھر پر کوئی موجود ہو گا؟ ",
            "اگر نہیں تو ہمیں کوئی اور وقت بتا دیں۔",
        ],
    ),
    # --- mixed scripts: Hindi at ।, a Punjabi question, then English ---
    (
        "आपकी गेहूँ की फ़सल का भुगतान खाते में आ गया है। ਕੀ ਤੁਹਾਨੂੰ ਇਸ ਦੀ ਛਪੀ ਹੋਈ ਰਸੀਦ ਚਾਹੀਦੀ ਹੈ? We can post it to you or keep it at the mandi office.",
        [
            "आपकी गेहूँ की फ़सल का भुगतान खाते में आ गया है। ",
            "ਕੀ ਤੁਹਾਨੂੰ ਇਸ ਦੀ ਛਪੀ ਹੋਈ ਰਸੀਦ ਚਾਹੀਦੀ ਹੈ? ",
            "We can post it to you or keep it at the mandi office.",
        ],
    ),
]
