"""Held-out cases for the sentence splitter, round 35: written without reading or running it.

Written after reading only tests/azure_tts/splitter_held_out_round34.py and
tests/azure_tts/splitter_held_out_round33.py (for format and conventions). No splitter source,
bench, tuning file, log, other test file, README or git history was opened, and no other file
of the project was read. Nothing was run against the splitter or in the project, and git was
not used. Python was used only on this file, in a scratch folder outside the project: to
assemble it from drafted chunk lists (so each text is the join of its chunks), to check that
the chunks concatenate exactly to the text and that the module imports, and for the grep
checks below. No sentence is taken or paraphrased from those two files, and none of their
replies was used as a template (drafts that ran close to one of their topics were rewritten: a
recharge, a delayed train, a cable cut, a school uniform, a delivery followed by a fitter's
visit). No reply is about a library, a ration card, a voter card or a bus, and no case holds
the substrings "lab", "ration" or "bus" at all (so no "operation", "registration", "busy",
"labour", "available" or "labelled" either).

A phrase-overlap check searched every 20-character and every 16-character run of every case
against both whole files (docstrings included, case-insensitively). It reworded: "the housing
society", "your savings account", "driver can bring it", " tomorrow morning", " in the
morning.", " from all of us ", " afternoon. The ", " is packed. The " and a Hinglish "e ho gaya
hai. P". After that no 16-character run is shared. The phrases the two files list as reworded
(including the shorter ones, such as "pahunch jayega.", "kar sakte hain.", "has reached our" and
"your complaint.") were also searched for as substrings, and none occurs. Replies were kept
away from the echo phrases both files name ("will reach yo", "with your pas", "please reach
the", "request for a ", "for your son's ", "your daughter's ", "within the hour"). No Malayalam
reply opens "നിങ്ങളുടെ", no Odia reply opens "ଆପଣଙ୍କ", no Kannada reply opens "ನಿಮ್ಮ ತಂದೆಯವರ",
no Gujarati reply uses "પિતાજી", and no Urdu reply uses "خود بخود".

Numbers: every amount, decimal, percentage, date, time and count was checked with a plain
substring grep against both files, with and without its separators, after mapping every
Unicode decimal digit to ASCII (and the files were searched with their own separators removed
too); none is in either file. Each holds at least one two-digit run neither file holds (02 08
18 27 29 35 36 38 39 41 43 44 45 47 50 52 54 56 60 61 62 63 67 68 77 81 82 84 85 92 93 96 97
98): 36 (pcs.), 18 (pkg.), 27 (mtr.), ₹2,36,800, 9.35%, ₹3.62 lakh, ₹1,847.50, 0.45%, ₹290,
27.08.2067, 9.45, 11.45, 18/08/2067, 19:35 and 9.30. No Indic digit and no bare list number
is used; the list markers are "• " and "* ", and neither character occurs in either file.
Names, places and addresses were checked the same way (none occurs there): Tarsem Gill, Sadar
Mkt., Moti Bzr., Phool Chwk. and the tarang-sample.in domain (local part "parents", paths
"dues", "dues/receipts" and "notice#timetable"). The domain ends in none of "demo.in",
"trial.in", "pilot.co.in", "sandbox.in", "staging.in", "uat.in", "preprod.in", "beta.in",
"dev.in", "test.in", "mock.in" or "example.in" (round 34's own ending, added here), and holds
no "safar", "sahay", "setu" or "vyom". "India" is not used (nor a flag emoji); the Indic-script
cases name no person and no place. No undotted acronym is used (a regex for two or more
capitals finds none; "Wi-Fi" is not used, and "Tab tak" in a Hinglish reply is a word, with no
full stop).

Every short form here is new. Each was grepped against both files, case-insensitively, as a
plain substring (so also as a whole word), and none is found:
- service forms Sigmn. and Spr., with the lower-case regtl.;
- degrees B.Stat. and M.Phil. (and "Stat.", "Phil.");
- prescription forms Tab., Neb. and the lower-case susp.;
- address forms Mkt., Bzr. and Chwk.;
- banking forms Opg., Instl. and Trf.;
- officialese Regd., Reqd. and Authd.;
- units pcs., pkg. and mtr.;
- dotted acronyms E.M.I., H.U.F. and U.P.I. (and each run of two parts: "E.M.", "M.I.",
  "H.U.", "U.F.", "U.P.", "P.I.");
- Indic forms ಎಸ್.ಎಸ್.ಎಲ್.ಸಿ. (Kannada), എം.ബി.ബി.എസ്. (Malayalam), ਬੀ.ਏ. (Punjabi) and এইচ.এছ.
  (Assamese). Following rounds 26 to 34, no single part of them ("ಎಸ್.", "ಎಲ್.", "ಸಿ.", "എം.",
  "ബി.", "എസ്.", "ਬੀ.", "ਏ.", "এইচ.", "এছ.") occurs in the two files read (the earlier rounds
  were not opened; their parts are known only as far as these two files name them); in Latin
  letters (S.S.L.C., M.B.B.S., B.A., H.S., and "S.S.", "S.L.", "L.C.", "M.B.", "B.B.", "B.S.")
  none occurs either. The Assamese "এইচ." and "এছ." hold no "এ." (round 34's Bengali part).
Their tails were checked too: "mn.", "pr.", "tl.", "tat.", "hil.", "ab.", "eb.", "sp.", "kt.",
"zr.", "wk.", "pg.", "rf.", "gd.", "qd.", "hd.", "cs.", "kg." and "tr." occur nowhere there.
The rest occur only inside ordinary words or web addresses, never in a form: "at." (of
B.Stat.) in "flat." and the "uat.in" domain ending, "il." (of M.Phil.) in "e-mail.". Forms
dropped for clashing: Certd., Sanctd. and Dtd. ("td." of Ltd.), Caps. ("ps." of strps.), Crm.
("rm." of M.Pharm.), Dupl. ("pl." of Cpl.), ltrs. and mtrs. ("rs." of prs.), rls. and emuls.
("ls." of btls.), bndl. ("dl." of Wdl.), Apts. ("ts." of pkts. and Hts.), pkt. (inside pkts.),
Nk. ("nk." inside "chunk."), H.D.U. ("h.D." inside Ph.D.), O.B.C. ("O.B." inside D.O.B.),
S.S.C. ("S.C." inside I.F.S.C.), N.I.C.U. and C.C.U. (they hold "I.C.U" and "C.U."), LL.M.
("ll." inside many words), B.Des. and B.Plan. ("des." and "plan." end ordinary words), Inj.,
Chq., Elix. and Subj. (a J., Q. or X. before the full stop), Regd. post (a post office), and
any form meaning a fuel, health centre, school, transport, post office, police, civic body,
village, district, doctor, number or time of day (so no "a.m." or "p.m."). The dotted acronyms
end in I, F and I, letters rounds 33 and 34 name as safe (no ending outside U, C, L, F and I
was used, since round 20's spaced initials were not read); no form holds J., Q., W., X., Y. or
Z. before a full stop. No single capital letter ends a sentence, and no label is exercised.

About two thirds of the cases (38 of 59) are everyday replies (banking, telecom, insurance,
hospitals, delivery, travel, government services, utilities, schools) in English, Hinglish,
Hindi, Marathi, Bengali, Tamil, Telugu, Gujarati, Kannada, Malayalam, Punjabi, Odia, Assamese
and Urdu. The other 21 carry the harder cases a bot really produces.

Conventions (those rounds 33 and 34 state, kept): each case is (text, the chunks a careful human
would send to TTS one at a time); the chunks concatenate exactly to the text; each chunk is a
full sentence (or list item / heading line) and carries the whitespace after its end. A chunk is
never cut inside an amount, decimal, percentage, date, clock time, short form, URL, e-mail or
emoji sequence, and a list marker stays with its item. A short form that ends a sentence ends the
chunk even before a pronoun, "A", a capitalised word, a question or a bracket; one opening a
sentence stays with it; one right before "?" or "!" ends the chunk after that mark. A one-line
list after a colon is chunked as its multi-line form would be (lead-in to the colon, then one
chunk per item); in a multi-line list each line is a chunk with its newline. A bracketed or
quoted sentence is its own chunk with its closing mark; a bracket or quoted phrase inside a
sentence does not end it; a "?" or "!" inside a quote mid-sentence does not end it; a quoted
question opening a sentence does not end it; a full stop inside a closing quote that ends the
sentence ends the chunk after the quote. An emoji stays with the sentence it follows; one right
before "?" or "!" stays in its sentence; one closing a sentence with no stop ends the chunk; one
opening the reply stays with the sentence after it; one inside a sentence does not end it; a
reply may end on an emoji. "?!", "!?" and "!!" end a sentence; "..." and "…" before a capital
end one, "...?"/"…?" end after the "?", "...!"/"…!" after the "!"; before a lower-case word they
do not end it. A dotted time, percentage, amount-word, amount or date ending a sentence ends it
after the final full stop, and one right before "?" or "!" after that mark; a colon time is never
cut. Urdu sentences end at ۔ and ؟, Indic ones at । as well as "."; in a mixed-script reply each
sentence ends at its own script's mark; a dotted Indic form followed by a word, opening a
sentence, with a suffix attached or inside a question does not end it. Round 34's two readings
are kept: a "!" inside a closing quote that ends the sentence ends the chunk after the quote, as
a full stop there does; a full stop just after a closing quote ends the chunk after that full
stop. Four more readings follow from these and are used here: a "?" inside a closing quote that
ends the sentence ends the chunk after the quote, as "!" and "." there do; an emoji right before
a sentence's full stop stays in its sentence, as one before "?" or "!" does; a "!" inside a
bracket mid-sentence does not end the sentence, as a bracket inside a sentence does not; a
multi-line list item with no closing mark is still a chunk ending at its newline.

Where the two rounds differ, round 34 is followed (they contradict on no splitting rule): its
two readings on quotes (above; round 33 does not state them), its list of domain endings (with
"mock.in", and "example.in" added here) and its added ban on "setu" (with "vyom" added here),
its "rounds 26 to 33" rule on Indic parts (now 26 to 34), its ban on "ଆପଣଙ୍କ" opening any Odia
reply (round 33 banned it only for everyday replies), its searching of the files with their
own separators removed in the number check, and its naming of F, I and C as safe acronym
endings beside round 33's U, C and L. Round 34 let "ration" and "bus" stand inside other words;
this round keeps them out entirely, which satisfies both.
Both pad their section comments; this round does too.

Exercised here (new variations):
1. "Sigmn. Tarsem Gill" opening the reply stays with its sentence; "a Spr. (His" ends the chunk
   before a bracketed sentence; a lower-case "regtl. centre" is not an end.
2. "B.Stat. entrance" is not an end; "the M.Phil. Interviews" is one; "M.Phil. and" is not;
   "the B.Stat." ends the reply.
3. "Tab. after" is not an end; "Neb.? If" ends after the "?"; a lower-case "susp. Shake" is one.
4. "Sadar Mkt. Our" ends the chunk; "Moti Bzr. and" does not; "Phool Chwk.? Then" ends after
   the "?".
5. "Opg. balance" and "Instl. of" are not ends; "fee Trf. They" is one; "next Instl.? It" ends
   after the "?".
6. "Regd. members" opening a sentence stays with it; "are Reqd. Your" ends the chunk; "Authd.
   copy" is not an end.
7. "36 pcs. Each" ends the chunk; "18 pkg. of" does not; "27 mtr.? Our" ends after the "?".
8. "loan E.M.I. drops" is not an end; "your H.U.F. Its" is one; "by U.P.I." ends the reply.
9. An amount in Indian grouping mid-sentence ("₹2,36,800 against"), a decimal percentage before
   a comma ("9.35%,"), an amount-word ending a sentence ("₹3.62 lakh. The"), an amount with
   paise inside a question ("₹1,847.50 taken"), a decimal percentage right before "!" ("0.45%!
   The"), an amount between commas ("₹290 in all,").
10. A dotted date before a comma ("27.08.2067,"), a dotted time range joined by "and" ("9.45 and
    11.45"), a slash date ending a sentence ("18/08/2067. Can"), a colon time right before "?"
    ("19:35? Please"), a dotted time right before "!" ("9.30! The").
11. An http:// address ending a sentence ("/dues. Did") ends the chunk after the full stop; an
    e-mail right before "?" ends it after the "?"; a www. address inside brackets mid-sentence
    is not an end; an https:// address with a "#" fragment before a comma is not cut.
12. A "?" inside a closing curly quote ending a sentence ("“Need help?” A"); a quoted word
    before a comma ("“Send”,"); a bracketed question as its own chunk; a "!" inside a bracket
    mid-sentence ("(yes, all of it!) before"); a full stop inside a closing curly single quote
    ("‘Request saved.’ You"). "!?" ends the first sentence; "…" before a capital ends one,
    "..." before "and" does not; "...?" and "…!" end chunks; the reply ends on "...". Emoji: 🎂
    opening the reply, ✅ right before a full stop, a skin-toned office-worker ZWJ sequence
    inside a sentence, 🎈🎁 closing a sentence with no stop, 😊 ending the reply with no stop.
    "• " markers on a one-line list (items ending ";", ";", ".") and "* " bullets on
    capitalised items with no closing mark. Mixed scripts: a Kannada question holding
    ಎಸ್.ಎಸ್.ಎಲ್.ಸಿ., English, Kannada; Malayalam, Malayalam with എം.ബി.ബി.എസ്. before a word,
    an English "!"; Punjabi with ਬੀ.ਏ. before a word, an English question, Punjabi; Assamese
    with এইচ.এছ.ৰ (suffix), English, Assamese; an English question, two Urdu sentences at ۔,
    English.
"""

from __future__ import annotations

HELD_OUT: list[tuple[str, list[str]]] = [
    # --- everyday replies, English ---
    (
        "We have raised the daily limit on your debit card, as you asked. The change applies to shop payments and cash withdrawals alike. If you ever want the old limit back, you can lower it from the app in a minute.",
        [
            "We have raised the daily limit on your debit card, as you asked. ",
            "The change applies to shop payments and cash withdrawals alike. ",
            "If you ever want the old limit back, you can lower it from the app in a minute.",
        ],
    ),
    (
        "Our technician repaired your dead landline earlier today. The fault was a cut wire near the pole outside your gate. Please call us again if the line goes silent or starts to crackle.",
        [
            "Our technician repaired your dead landline earlier today. ",
            "The fault was a cut wire near the pole outside your gate. ",
            "Please call us again if the line goes silent or starts to crackle.",
        ],
    ),
    (
        "Your health cover now includes your newborn baby from the day of birth. No extra medical check is needed for the little one. The baby's name will appear on the new card we post to you next month.",
        [
            "Your health cover now includes your newborn baby from the day of birth. ",
            "No extra medical check is needed for the little one. ",
            "The baby's name will appear on the new card we post to you next month.",
        ],
    ),
    (
        "Your father can go home tomorrow after the morning round. Before he leaves, the nurse will explain his medicines and what he should eat. Please bring a wheelchair, or ask for one at the front desk.",
        [
            "Your father can go home tomorrow after the morning round. ",
            "Before he leaves, the nurse will explain his medicines and what he should eat. ",
            "Please bring a wheelchair, or ask for one at the front desk.",
        ],
    ),
    (
        "The mattress you ordered comes rolled up and sealed in a plastic cover. Once you open it, give it a full day to rise to its proper thickness. Keep the room airy and avoid sleeping on it tonight.",
        [
            "The mattress you ordered comes rolled up and sealed in a plastic cover. ",
            "Once you open it, give it a full day to rise to its proper thickness. ",
            "Keep the room airy and avoid sleeping on it tonight.",
        ],
    ),
    (
        "Your hotel in the hills has upgraded you to a room with a valley view at no extra charge. If you arrive before the room is ready, the front office will keep your bags. On fine mornings, breakfast is served in the garden.",
        [
            "Your hotel in the hills has upgraded you to a room with a valley view at no extra charge. ",
            "If you arrive before the room is ready, the front office will keep your bags. ",
            "On fine mornings, breakfast is served in the garden.",
        ],
    ),
    (
        "Your child's report card for the first term is now on the school portal. The class teacher has added a note about reading, which has improved a lot. You can reply to the note if you would like to meet the teacher.",
        [
            "Your child's report card for the first term is now on the school portal. ",
            "The class teacher has added a note about reading, which has improved a lot. ",
            "You can reply to the note if you would like to meet the teacher.",
        ],
    ),
    (
        "The leak in the water main outside your gate will be fixed by noon tomorrow. The road in front of your house may be dug up for a few hours. Please move your car out before eight if it is parked there.",
        [
            "The leak in the water main outside your gate will be fixed by noon tomorrow. ",
            "The road in front of your house may be dug up for a few hours. ",
            "Please move your car out before eight if it is parked there.",
        ],
    ),
    # --- everyday replies, Hinglish ---
    (
        "Aapke fixed deposit ki muddat aaj poori hui. Poori rakam byaaj ke saath aapke bachat khate mein jama kar di gayi hai. Agar dobara deposit karna ho toh app mein ek click kaafi hai.",
        [
            "Aapke fixed deposit ki muddat aaj poori hui. ",
            "Poori rakam byaaj ke saath aapke bachat khate mein jama kar di gayi hai. ",
            "Agar dobara deposit karna ho toh app mein ek click kaafi hai.",
        ],
    ),
    (
        "Aapke naye number par internet chalu hone mein do ghante lag sakte hain. Tab tak phone ko ek baar restart kar lijiye. Koi dikkat ho toh isi chat par likhiye.",
        [
            "Aapke naye number par internet chalu hone mein do ghante lag sakte hain. ",
            "Tab tak phone ko ek baar restart kar lijiye. ",
            "Koi dikkat ho toh isi chat par likhiye.",
        ],
    ),
    (
        "Aapki mummy ka thyroid test kal subah khaali pet hoga. Raat das baje ke baad woh kuch na khaayein, sirf paani pi sakti hain. Report shaam tak aapke phone par aa jayegi.",
        [
            "Aapki mummy ka thyroid test kal subah khaali pet hoga. ",
            "Raat das baje ke baad woh kuch na khaayein, sirf paani pi sakti hain. ",
            "Report shaam tak aapke phone par aa jayegi.",
        ],
    ),
    (
        "Aapke bete ka school bag kal class mein hi reh gaya tha. Class teacher ne use staff room mein sambhaal kar rakhwa diya hai. Aaj chhutti ke baad aap use le ja sakte hain.",
        [
            "Aapke bete ka school bag kal class mein hi reh gaya tha. ",
            "Class teacher ne use staff room mein sambhaal kar rakhwa diya hai. ",
            "Aaj chhutti ke baad aap use le ja sakte hain.",
        ],
    ),
    # --- everyday replies, Hindi ---
    (
        "आपके खाते से जुड़ा मोबाइल नंबर बदल दिया गया है। अब सारे संदेश नए नंबर पर आएँगे। अगर यह बदलाव आपने नहीं किया है, तो तुरंत शाखा से संपर्क करें।",
        [
            "आपके खाते से जुड़ा मोबाइल नंबर बदल दिया गया है। ",
            "अब सारे संदेश नए नंबर पर आएँगे। ",
            "अगर यह बदलाव आपने नहीं किया है, तो तुरंत शाखा से संपर्क करें।",
        ],
    ),
    (
        "आपकी रसोई गैस की सब्सिडी इस महीने से फिर शुरू हो गई है। रकम सीधे आपके बैंक खाते में आएगी। पिछले महीने की रुकी हुई रकम भी इसमें जोड़ दी गई है।",
        [
            "आपकी रसोई गैस की सब्सिडी इस महीने से फिर शुरू हो गई है। ",
            "रकम सीधे आपके बैंक खाते में आएगी। ",
            "पिछले महीने की रुकी हुई रकम भी इसमें जोड़ दी गई है।",
        ],
    ),
    (
        "आपकी रेल यात्रा का टिकट रद्द कर दिया गया है। कटौती के बाद बाकी पैसा पाँच से सात दिन में लौटेगा। नया टिकट बुक करना हो तो हमें बताइए।",
        [
            "आपकी रेल यात्रा का टिकट रद्द कर दिया गया है। ",
            "कटौती के बाद बाकी पैसा पाँच से सात दिन में लौटेगा। ",
            "नया टिकट बुक करना हो तो हमें बताइए।",
        ],
    ),
    (
        "आपके बेटे की छमाही परीक्षा की समय सारणी जारी हो गई है। पहला पर्चा गणित का होगा। रोज़ सुबह आठ बजे तक स्कूल पहुँचना ज़रूरी है।",
        [
            "आपके बेटे की छमाही परीक्षा की समय सारणी जारी हो गई है। ",
            "पहला पर्चा गणित का होगा। ",
            "रोज़ सुबह आठ बजे तक स्कूल पहुँचना ज़रूरी है।",
        ],
    ),
    # --- everyday replies, other Indian languages ---
    (
        "तुमच्या आईच्या आरोग्य विम्याचा दावा मंजूर झाला आहे. रुग्णालयाचे बिल थेट विमा कंपनी भरेल. घरी जाताना फक्त डिस्चार्जच्या कागदांवर सही करावी लागेल.",
        [
            "तुमच्या आईच्या आरोग्य विम्याचा दावा मंजूर झाला आहे. ",
            "रुग्णालयाचे बिल थेट विमा कंपनी भरेल. ",
            "घरी जाताना फक्त डिस्चार्जच्या कागदांवर सही करावी लागेल.",
        ],
    ),
    (
        "तुमच्या इमारतीतील लिफ्टची दुरुस्ती उद्या सकाळी होणार आहे. त्या वेळेत जिन्याचा वापर करावा. काम दुपारी दोनपर्यंत पूर्ण होईल.",
        [
            "तुमच्या इमारतीतील लिफ्टची दुरुस्ती उद्या सकाळी होणार आहे. ",
            "त्या वेळेत जिन्याचा वापर करावा. ",
            "काम दुपारी दोनपर्यंत पूर्ण होईल.",
        ],
    ),
    (
        "আপনার জমির নামজারির আবেদন মঞ্জুর হয়েছে। নতুন পরচা ব্লক অফিস থেকে তোলা যাবে। সঙ্গে পরিচয়পত্রের একটি প্রতিলিপি আনবেন।",
        [
            "আপনার জমির নামজারির আবেদন মঞ্জুর হয়েছে। ",
            "নতুন পরচা ব্লক অফিস থেকে তোলা যাবে। ",
            "সঙ্গে পরিচয়পত্রের একটি প্রতিলিপি আনবেন।",
        ],
    ),
    (
        "আপনার বাবার ডায়াবেটিস পরীক্ষা বৃহস্পতিবার সকালে ঠিক হয়েছে। আগের রাত দশটার পর উনি কিছু খাবেন না। সঙ্গে পুরনো প্রেসক্রিপশন নিয়ে আসবেন।",
        [
            "আপনার বাবার ডায়াবেটিস পরীক্ষা বৃহস্পতিবার সকালে ঠিক হয়েছে। ",
            "আগের রাত দশটার পর উনি কিছু খাবেন না। ",
            "সঙ্গে পুরনো প্রেসক্রিপশন নিয়ে আসবেন।",
        ],
    ),
    (
        "உங்கள் இருசக்கர வாகன விபத்துக் காப்பீட்டுக் கோரிக்கை ஒப்புதல் பெற்றது. பழுது பார்க்கும் செலவைக் காப்பீட்டு நிறுவனமே நேரடியாகச் செலுத்தும். வண்டியை அருகிலுள்ள பணிமனையில் விடலாம்.",
        [
            "உங்கள் இருசக்கர வாகன விபத்துக் காப்பீட்டுக் கோரிக்கை ஒப்புதல் பெற்றது. ",
            "பழுது பார்க்கும் செலவைக் காப்பீட்டு நிறுவனமே நேரடியாகச் செலுத்தும். ",
            "வண்டியை அருகிலுள்ள பணிமனையில் விடலாம்.",
        ],
    ),
    (
        "உங்கள் மகளின் பள்ளிச் சுற்றுலா அடுத்த வெள்ளிக்கிழமை நடைபெறும். ஒப்புதல் கடிதத்தில் பெற்றோர் கையெழுத்திட வேண்டும். மதிய உணவைப் பள்ளியே வழங்கும்.",
        [
            "உங்கள் மகளின் பள்ளிச் சுற்றுலா அடுத்த வெள்ளிக்கிழமை நடைபெறும். ",
            "ஒப்புதல் கடிதத்தில் பெற்றோர் கையெழுத்திட வேண்டும். ",
            "மதிய உணவைப் பள்ளியே வழங்கும்.",
        ],
    ),
    (
        "మీ పొదుపు ఖాతాకు కొత్త డెబిట్ కార్డు జారీ చేశాం. అది వారం రోజుల్లో మీ ఇంటికి చేరుతుంది. కార్డు అందిన తర్వాత యాప్‌లో పిన్ సెట్ చేసుకోండి.",
        [
            "మీ పొదుపు ఖాతాకు కొత్త డెబిట్ కార్డు జారీ చేశాం. ",
            "అది వారం రోజుల్లో మీ ఇంటికి చేరుతుంది. ",
            "కార్డు అందిన తర్వాత యాప్‌లో పిన్ సెట్ చేసుకోండి.",
        ],
    ),
    (
        "మీ విమాన ప్రయాణ తేదీ మార్పు పూర్తయింది. కొత్త బోర్డింగ్ పాస్ మీ ఈమెయిల్‌కు పంపాం. విమానాశ్రయానికి రెండు గంటల ముందే చేరుకోండి.",
        [
            "మీ విమాన ప్రయాణ తేదీ మార్పు పూర్తయింది. ",
            "కొత్త బోర్డింగ్ పాస్ మీ ఈమెయిల్‌కు పంపాం. ",
            "విమానాశ్రయానికి రెండు గంటల ముందే చేరుకోండి.",
        ],
    ),
    (
        "તમારા ખાતામાં પગાર જમા થઈ ગયો છે. આ મહિને બોનસ પણ સાથે આવ્યું છે. વિગત માટે એપમાં છેલ્લા વ્યવહારો જુઓ.",
        [
            "તમારા ખાતામાં પગાર જમા થઈ ગયો છે. ",
            "આ મહિને બોનસ પણ સાથે આવ્યું છે. ",
            "વિગત માટે એપમાં છેલ્લા વ્યવહારો જુઓ.",
        ],
    ),
    (
        "તમારા બાળકની રસીનો આગલો ડોઝ આવતા મંગળવારે છે. રસી પછી હળવો તાવ આવી શકે છે. ડૉક્ટરે લખેલી દવા ત્યારે જ આપવી.",
        [
            "તમારા બાળકની રસીનો આગલો ડોઝ આવતા મંગળવારે છે. ",
            "રસી પછી હળવો તાવ આવી શકે છે. ",
            "ડૉક્ટરે લખેલી દવા ત્યારે જ આપવી.",
        ],
    ),
    (
        "ನಿಮ್ಮ ಕಾರಿನ ವಿಮೆ ಮುಂದಿನ ವಾರ ಮುಗಿಯಲಿದೆ. ಇಂದೇ ನವೀಕರಿಸಿದರೆ ರಿಯಾಯಿತಿ ಸಿಗುತ್ತದೆ. ಪಾವತಿಯ ಲಿಂಕ್ ಅನ್ನು ಸಂದೇಶದಲ್ಲಿ ಕಳುಹಿಸಿದ್ದೇವೆ.",
        [
            "ನಿಮ್ಮ ಕಾರಿನ ವಿಮೆ ಮುಂದಿನ ವಾರ ಮುಗಿಯಲಿದೆ. ",
            "ಇಂದೇ ನವೀಕರಿಸಿದರೆ ರಿಯಾಯಿತಿ ಸಿಗುತ್ತದೆ. ",
            "ಪಾವತಿಯ ಲಿಂಕ್ ಅನ್ನು ಸಂದೇಶದಲ್ಲಿ ಕಳುಹಿಸಿದ್ದೇವೆ.",
        ],
    ),
    (
        "ನಿಮ್ಮ ಜಮೀನಿನ ಪಹಣಿ ದಾಖಲೆ ಸಿದ್ಧವಾಗಿದೆ. ಅದನ್ನು ತಾಲ್ಲೂಕು ಕಚೇರಿಯಿಂದ ಪಡೆಯಬಹುದು. ಬರುವಾಗ ಗುರುತಿನ ಚೀಟಿ ತನ್ನಿ.",
        [
            "ನಿಮ್ಮ ಜಮೀನಿನ ಪಹಣಿ ದಾಖಲೆ ಸಿದ್ಧವಾಗಿದೆ. ",
            "ಅದನ್ನು ತಾಲ್ಲೂಕು ಕಚೇರಿಯಿಂದ ಪಡೆಯಬಹುದು. ",
            "ಬರುವಾಗ ಗುರುತಿನ ಚೀಟಿ ತನ್ನಿ.",
        ],
    ),
    (
        "പുതിയ ബ്രോഡ്ബാൻഡ് കണക്ഷൻ നാളെ രാവിലെ സ്ഥാപിക്കും. ടെക്നീഷ്യൻ വരുന്നതിനു മുമ്പ് വിളിക്കും. റൂട്ടർ വെക്കാനുള്ള സ്ഥലത്ത് ഒരു പ്ലഗ് പോയിന്റ് ഒഴിച്ചിടുക.",
        [
            "പുതിയ ബ്രോഡ്ബാൻഡ് കണക്ഷൻ നാളെ രാവിലെ സ്ഥാപിക്കും. ",
            "ടെക്നീഷ്യൻ വരുന്നതിനു മുമ്പ് വിളിക്കും. ",
            "റൂട്ടർ വെക്കാനുള്ള സ്ഥലത്ത് ഒരു പ്ലഗ് പോയിന്റ് ഒഴിച്ചിടുക.",
        ],
    ),
    (
        "മകന്റെ സ്കൂൾ ഫീസ് അടച്ചതിന്റെ രസീത് തയ്യാറാണ്. അത് സ്കൂൾ ഓഫീസിൽ നിന്ന് വാങ്ങാം. അടുത്ത ഗഡു ഡിസംബറിലാണ്.",
        [
            "മകന്റെ സ്കൂൾ ഫീസ് അടച്ചതിന്റെ രസീത് തയ്യാറാണ്. ",
            "അത് സ്കൂൾ ഓഫീസിൽ നിന്ന് വാങ്ങാം. ",
            "അടുത്ത ഗഡു ഡിസംബറിലാണ്.",
        ],
    ),
    (
        "ਤੁਹਾਡੇ ਬਚਤ ਖਾਤੇ ਦੀ ਨਵੀਂ ਪਾਸਬੁੱਕ ਤਿਆਰ ਹੈ। ਇਸਨੂੰ ਕਿਸੇ ਵੀ ਦਿਨ ਬ੍ਰਾਂਚ ਤੋਂ ਲੈ ਸਕਦੇ ਹੋ। ਨਾਲ ਆਪਣਾ ਪਛਾਣ ਪੱਤਰ ਲੈ ਕੇ ਆਉਣਾ।",
        [
            "ਤੁਹਾਡੇ ਬਚਤ ਖਾਤੇ ਦੀ ਨਵੀਂ ਪਾਸਬੁੱਕ ਤਿਆਰ ਹੈ। ",
            "ਇਸਨੂੰ ਕਿਸੇ ਵੀ ਦਿਨ ਬ੍ਰਾਂਚ ਤੋਂ ਲੈ ਸਕਦੇ ਹੋ। ",
            "ਨਾਲ ਆਪਣਾ ਪਛਾਣ ਪੱਤਰ ਲੈ ਕੇ ਆਉਣਾ।",
        ],
    ),
    (
        "ਤੁਹਾਡੇ ਦਾਦੇ ਦੀ ਐਕਸ-ਰੇ ਰਿਪੋਰਟ ਆ ਗਈ ਹੈ। ਹੱਡੀ ਵਿੱਚ ਕੋਈ ਤਰੇੜ ਨਹੀਂ ਹੈ। ਦਰਦ ਲਈ ਦਿੱਤੀ ਦਵਾਈ ਪੰਜ ਦਿਨ ਹੋਰ ਖਾਣੀ ਹੈ।",
        [
            "ਤੁਹਾਡੇ ਦਾਦੇ ਦੀ ਐਕਸ-ਰੇ ਰਿਪੋਰਟ ਆ ਗਈ ਹੈ। ",
            "ਹੱਡੀ ਵਿੱਚ ਕੋਈ ਤਰੇੜ ਨਹੀਂ ਹੈ। ",
            "ਦਰਦ ਲਈ ਦਿੱਤੀ ਦਵਾਈ ਪੰਜ ਦਿਨ ਹੋਰ ਖਾਣੀ ਹੈ।",
        ],
    ),
    (
        "ସ୍କୁଲର ବାର୍ଷିକ କ୍ରୀଡ଼ା ଉତ୍ସବ ଆସନ୍ତା ଶନିବାର ହେବ। ପିଲାମାନେ ଧଳା ପୋଷାକ ପିନ୍ଧି ଆସିବେ। ଅଭିଭାବକମାନଙ୍କୁ ମଧ୍ୟ ନିମନ୍ତ୍ରଣ କରାଯାଉଛି।",
        [
            "ସ୍କୁଲର ବାର୍ଷିକ କ୍ରୀଡ଼ା ଉତ୍ସବ ଆସନ୍ତା ଶନିବାର ହେବ। ",
            "ପିଲାମାନେ ଧଳା ପୋଷାକ ପିନ୍ଧି ଆସିବେ। ",
            "ଅଭିଭାବକମାନଙ୍କୁ ମଧ୍ୟ ନିମନ୍ତ୍ରଣ କରାଯାଉଛି।",
        ],
    ),
    (
        "ମୋବାଇଲ ଡାଟା ପ୍ୟାକ୍ ଶେଷ ହେବାକୁ ଆଉ ଦୁଇ ଦିନ ବାକି ଅଛି। ନୂଆ ପ୍ୟାକ୍ ଆଗରୁ କିଣିଲେ ପୁରୁଣା ପ୍ୟାକ୍‌ର ବାକି ଦିନ ନଷ୍ଟ ହେବ ନାହିଁ। ରିଚାର୍ଜ ଆପ୍ ଭିତରୁ କରିପାରିବେ।",
        [
            "ମୋବାଇଲ ଡାଟା ପ୍ୟାକ୍ ଶେଷ ହେବାକୁ ଆଉ ଦୁଇ ଦିନ ବାକି ଅଛି। ",
            "ନୂଆ ପ୍ୟାକ୍ ଆଗରୁ କିଣିଲେ ପୁରୁଣା ପ୍ୟାକ୍‌ର ବାକି ଦିନ ନଷ୍ଟ ହେବ ନାହିଁ। ",
            "ରିଚାର୍ଜ ଆପ୍ ଭିତରୁ କରିପାରିବେ।",
        ],
    ),
    (
        "আপোনাৰ ঋণৰ কিস্তি সময়মতে জমা হৈছে। পৰৱৰ্তী কিস্তি অহা মাহৰ দহ তাৰিখে কটা হ'ব। একাউণ্টত পৰ্যাপ্ত টকা ৰাখিব।",
        [
            "আপোনাৰ ঋণৰ কিস্তি সময়মতে জমা হৈছে। ",
            "পৰৱৰ্তী কিস্তি অহা মাহৰ দহ তাৰিখে কটা হ'ব। ",
            "একাউণ্টত পৰ্যাপ্ত টকা ৰাখিব।",
        ],
    ),
    (
        "আপোনাৰ ঘৰৰ ইণ্টাৰনেট সংযোগৰ গতি বঢ়োৱা হ'ল। মাহেকীয়া মাচুল একেই থাকিব। ৰাউটাৰটো এবাৰ বন্ধ কৰি পুনৰ চলাব।",
        [
            "আপোনাৰ ঘৰৰ ইণ্টাৰনেট সংযোগৰ গতি বঢ়োৱা হ'ল। ",
            "মাহেকীয়া মাচুল একেই থাকিব। ",
            "ৰাউটাৰটো এবাৰ বন্ধ কৰি পুনৰ চলাব।",
        ],
    ),
    (
        "آپ کے بیٹے کا داخلہ نویں جماعت میں ہو گیا ہے۔ کتابیں اسکول کے دفتر سے ملیں گی۔ کلاسیں اگلے پیر سے شروع ہوں گی۔",
        [
            "آپ کے بیٹے کا داخلہ نویں جماعت میں ہو گیا ہے۔ ",
            "کتابیں اسکول کے دفتر سے ملیں گی۔ ",
            "کلاسیں اگلے پیر سے شروع ہوں گی۔",
        ],
    ),
    (
        "آپ کی بیٹی کے پیدائشی سرٹیفکیٹ میں نام کی غلطی درست کر دی گئی ہے۔ نئی نقل میونسپل دفتر سے لی جا سکتی ہے۔ ساتھ میں پرانی نقل واپس جمع کرانی ہو گی۔",
        [
            "آپ کی بیٹی کے پیدائشی سرٹیفکیٹ میں نام کی غلطی درست کر دی گئی ہے۔ ",
            "نئی نقل میونسپل دفتر سے لی جا سکتی ہے۔ ",
            "ساتھ میں پرانی نقل واپس جمع کرانی ہو گی۔",
        ],
    ),
    # --- service forms: Sigmn. opening the reply before a name, Spr. ending a sentence before a bracketed sentence, a lower-case regtl. before a lower-case word ---
    (
        "Sigmn. Tarsem Gill from the depot will collect your parcel of warm clothes on Monday. He will hand it to your son, who now serves as a Spr. (His company is building a bridge near the border.) Letters for him should go through the regtl. centre, which forwards them every week.",
        [
            "Sigmn. Tarsem Gill from the depot will collect your parcel of warm clothes on Monday. ",
            "He will hand it to your son, who now serves as a Spr. ",
            "(His company is building a bridge near the border.) ",
            "Letters for him should go through the regtl. centre, which forwards them every week.",
        ],
    ),
    # --- degrees: B.Stat. before a lower-case word, M.Phil. ending a sentence before a capitalised noun, B.Stat. ending the reply ---
    (
        "Your nephew's marks are good enough for the B.Stat. entrance, and the form closes on Friday. His cousin has been called for an interview for the M.Phil. Interviews run over two days, and she should carry her thesis outline. Results come out a week later for both the M.Phil. and the B.Stat.",
        [
            "Your nephew's marks are good enough for the B.Stat. entrance, and the form closes on Friday. ",
            "His cousin has been called for an interview for the M.Phil. ",
            "Interviews run over two days, and she should carry her thesis outline. ",
            "Results come out a week later for both the M.Phil. and the B.Stat.",
        ],
    ),
    # --- prescription forms: Tab. before a lower-case word, Neb. right before "?", a lower-case susp. ending a sentence before "Shake" ---
    (
        "Give your son one Tab. after breakfast and one after dinner for five days. Has he had this evening's Neb.? If not, give it before he sleeps, using the mask the nurse fitted. For the acidity, the doctor has added an antacid susp. Shake the bottle well before each dose.",
        [
            "Give your son one Tab. after breakfast and one after dinner for five days. ",
            "Has he had this evening's Neb.? ",
            "If not, give it before he sleeps, using the mask the nurse fitted. ",
            "For the acidity, the doctor has added an antacid susp. ",
            "Shake the bottle well before each dose.",
        ],
    ),
    # --- address forms: Mkt. ending a sentence before "Our", Bzr. before a lower-case word, Chwk. right before "?" ---
    (
        "Our new pickup point is in Sadar Mkt. Our old one near Moti Bzr. and the fruit stalls has closed. Do you live close to Phool Chwk.? Then a rider from that side will bring your parcels to the door.",
        [
            "Our new pickup point is in Sadar Mkt. ",
            "Our old one near Moti Bzr. and the fruit stalls has closed. ",
            "Do you live close to Phool Chwk.? ",
            "Then a rider from that side will bring your parcels to the door.",
        ],
    ),
    # --- banking forms: Opg. and Instl. before lower-case words, Trf. ending a sentence before "They", Instl. right before "?" ---
    (
        "This month's Opg. balance looks lower because the eighth Instl. of your personal loan was taken on the first. The school has received your fee Trf. They have sent you a receipt by e-mail. Shall we also set up the next Instl.? It will then go out by itself each month.",
        [
            "This month's Opg. balance looks lower because the eighth Instl. of your personal loan was taken on the first. ",
            "The school has received your fee Trf. ",
            "They have sent you a receipt by e-mail. ",
            "Shall we also set up the next Instl.? ",
            "It will then go out by itself each month.",
        ],
    ),
    # --- officialese: Regd. opening a sentence, Reqd. ending a sentence before "Your", Authd. before a lower-case word ---
    (
        "Regd. members of the flat owners' association may now pay the maintenance charge online. No fresh papers are Reqd. Your earlier mandate is still valid. An Authd. copy of the minutes of the last meeting is attached for your records.",
        [
            "Regd. members of the flat owners' association may now pay the maintenance charge online. ",
            "No fresh papers are Reqd. ",
            "Your earlier mandate is still valid. ",
            "An Authd. copy of the minutes of the last meeting is attached for your records.",
        ],
    ),
    # --- units: pcs. ending a sentence before "Each", pkg. before a lower-case word, mtr. right before "?" ---
    (
        "Your linen order for the guest house is packed and ready. The pillow covers come to 36 pcs. Each one is folded in its own sleeve. The 18 pkg. of towels and the bedsheets will travel together. Do you still need 27 mtr.? Our cutter thinks a little less curtain cloth would do for the front rooms.",
        [
            "Your linen order for the guest house is packed and ready. ",
            "The pillow covers come to 36 pcs. ",
            "Each one is folded in its own sleeve. ",
            "The 18 pkg. of towels and the bedsheets will travel together. ",
            "Do you still need 27 mtr.? ",
            "Our cutter thinks a little less curtain cloth would do for the front rooms.",
        ],
    ),
    # --- dotted acronyms: E.M.I. before a lower-case word; H.U.F. ending a sentence before "Its"; U.P.I. ending the reply ---
    (
        "Your car loan E.M.I. drops from next month, as the rate has come down. The fixed deposit we opened last week is in the name of your H.U.F. Its karta, your father, must sign the form in person. The monthly E.M.I. can also be paid by U.P.I.",
        [
            "Your car loan E.M.I. drops from next month, as the rate has come down. ",
            "The fixed deposit we opened last week is in the name of your H.U.F. ",
            "Its karta, your father, must sign the form in person. ",
            "The monthly E.M.I. can also be paid by U.P.I.",
        ],
    ),
    # --- amounts: an amount in Indian grouping mid-sentence, a decimal percentage before a comma, an amount-word ending a sentence, an amount with paise mid-question, a decimal percentage right before "!", an amount between commas ---
    (
        "We have approved a loan of ₹2,36,800 against your jewellery, at 9.35%, for one year. The valuation came to ₹3.62 lakh. Would you like the first interest payment of ₹1,847.50 taken from your bank account? Pay it early and you save 0.45%! The remaining charges, ₹290 in all, are shown on the receipt.",
        [
            "We have approved a loan of ₹2,36,800 against your jewellery, at 9.35%, for one year. ",
            "The valuation came to ₹3.62 lakh. ",
            "Would you like the first interest payment of ₹1,847.50 taken from your bank account? ",
            "Pay it early and you save 0.45%! ",
            "The remaining charges, ₹290 in all, are shown on the receipt.",
        ],
    ),
    # --- dates and times: a dotted date before a comma, a dotted time range, a date with slashes ending a sentence, a colon time right before "?", a dotted time right before "!" ---
    (
        "The safety check of your gas pipeline is set for 27.08.2067, between 9.45 and 11.45 on that day. To change the day, tell us by 18/08/2067. Can our engineer ring you the evening before, at 19:35? Please be home by 9.30! The check itself needs only half an hour.",
        [
            "The safety check of your gas pipeline is set for 27.08.2067, between 9.45 and 11.45 on that day. ",
            "To change the day, tell us by 18/08/2067. ",
            "Can our engineer ring you the evening before, at 19:35? ",
            "Please be home by 9.30! ",
            "The check itself needs only half an hour.",
        ],
    ),
    # --- URLs and e-mail: an http:// address ending a sentence, an e-mail right before "?", a www. address inside brackets mid-sentence, an https:// address with a "#" fragment before a comma ---
    (
        "The fee portal of your child's school has moved to http://tarang-sample.in/dues. Did the receipt reach parents@tarang-sample.in? If not, download it again (the link is www.tarang-sample.in/dues/receipts) and keep a copy. The timetable is at https://tarang-sample.in/notice#timetable, under the notices tab, and is updated every Monday.",
        [
            "The fee portal of your child's school has moved to http://tarang-sample.in/dues. ",
            "Did the receipt reach parents@tarang-sample.in? ",
            "If not, download it again (the link is www.tarang-sample.in/dues/receipts) and keep a copy. ",
            "The timetable is at https://tarang-sample.in/notice#timetable, under the notices tab, and is updated every Monday.",
        ],
    ),
    # --- quotes and brackets: a "?" inside a closing curly quote ending a sentence; a quoted word before a comma; a bracketed question; a "!" inside a bracket mid-sentence; a full stop inside a closing curly single quote ---
    (
        "Tap the button marked “Need help?” A chat window will open at the bottom of the screen. Type your booking code, press “Send”, and wait for the agent. (Did you keep the first e-mail we sent?) It has the code in bold. Fill in the short survey (yes, all of it!) before you close the chat. At the end the screen will read ‘Request saved.’ You may then close the app.",
        [
            "Tap the button marked “Need help?” ",
            "A chat window will open at the bottom of the screen. ",
            "Type your booking code, press “Send”, and wait for the agent. ",
            "(Did you keep the first e-mail we sent?) ",
            "It has the code in bold. ",
            "Fill in the short survey (yes, all of it!) before you close the chat. ",
            "At the end the screen will read ‘Request saved.’ ",
            "You may then close the app.",
        ],
    ),
    # --- ellipses: "!?" (an end); "…" before a capital (an end); "..." before a lower-case word (not an end); "...?" (an end after the "?"); "…!" (an end after the "!"); "..." ending the reply ---
    (
        "Your bag flew to another city without you!? We are so sorry… Our ground staff found it on the wrong belt... and have tagged it with your name. Shall we send it straight to your hotel...? A rider can drop it off tonight…! Or you can pick it up from the counter near gate four...",
        [
            "Your bag flew to another city without you!? ",
            "We are so sorry… ",
            "Our ground staff found it on the wrong belt... and have tagged it with your name. ",
            "Shall we send it straight to your hotel...? ",
            "A rider can drop it off tonight…! ",
            "Or you can pick it up from the counter near gate four...",
        ],
    ),
    # --- emoji: one opening the reply, one right before ".", a ZWJ sequence with a skin tone inside a sentence, two closing a sentence with no stop, one ending the reply with no stop ---
    (
        "🎂 Happy birthday, and warm wishes from everyone at the bank! As a gift, your locker rent for next year is waived ✅. Our branch manager 👩🏻\u200d💼 will call you this week. Enjoy your day 🎈🎁 Drop in at any branch for a small surprise. See you soon 😊",
        [
            "🎂 Happy birthday, and warm wishes from everyone at the bank! ",
            "As a gift, your locker rent for next year is waived ✅. ",
            "Our branch manager 👩🏻\u200d💼 will call you this week. ",
            "Enjoy your day 🎈🎁 ",
            "Drop in at any branch for a small surprise. ",
            "See you soon 😊",
        ],
    ),
    # --- one-line list with "• " markers after a colon, items ending in ";" and "." ---
    (
        "For the school trip, please send three things: • the signed consent slip; • a copy of the health card; • a phone number we can call on the day. The class teacher collects them on Wednesday.",
        [
            "For the school trip, please send three things: ",
            "• the signed consent slip; ",
            "• a copy of the health card; ",
            "• a phone number we can call on the day. ",
            "The class teacher collects them on Wednesday.",
        ],
    ),
    # --- multi-line list with "* " bullets on capitalised items with no closing mark, after a heading line ending in a colon ---
    (
        "Your new connection kit holds:\n* One modem with its power cable\n* Two spare line filters\n* A printed setup guide\nCall us once the lights on the modem turn steady green.",
        [
            "Your new connection kit holds:\n",
            "* One modem with its power cable\n",
            "* Two spare line filters\n",
            "* A printed setup guide\n",
            "Call us once the lights on the modem turn steady green.",
        ],
    ),
    # --- mixed scripts: a Kannada question holding ಎಸ್.ಎಸ್.ಎಲ್.ಸಿ., an English sentence, then Kannada ---
    (
        "ನಿಮ್ಮ ಮಗಳ ಎಸ್.ಎಸ್.ಎಲ್.ಸಿ. ಅಂಕಪಟ್ಟಿಯ ಪ್ರತಿ ಕಾಲೇಜು ಪ್ರವೇಶಕ್ಕೆ ಬೇಕೇ? She can collect the original from the school office on any weekday. ಪ್ರತಿ ಬೇಕಾದರೆ ನಾವು ಅದನ್ನು ದೃಢೀಕರಿಸಿ ಕೊಡುತ್ತೇವೆ.",
        [
            "ನಿಮ್ಮ ಮಗಳ ಎಸ್.ಎಸ್.ಎಲ್.ಸಿ. ಅಂಕಪಟ್ಟಿಯ ಪ್ರತಿ ಕಾಲೇಜು ಪ್ರವೇಶಕ್ಕೆ ಬೇಕೇ? ",
            "She can collect the original from the school office on any weekday. ",
            "ಪ್ರತಿ ಬೇಕಾದರೆ ನಾವು ಅದನ್ನು ದೃಢೀಕರಿಸಿ ಕೊಡುತ್ತೇವೆ.",
        ],
    ),
    # --- mixed scripts: Malayalam, Malayalam with എം.ബി.ബി.എസ്. before a separate word, then an English exclamation ---
    (
        "മകന്റെ പ്രവേശന അപേക്ഷ ലഭിച്ചു. എം.ബി.ബി.എസ്. കോഴ്സിനുള്ള എല്ലാ രേഖകളും പരിശോധിച്ചു കഴിഞ്ഞു. Classes start in three weeks, so all the best to him!",
        [
            "മകന്റെ പ്രവേശന അപേക്ഷ ലഭിച്ചു. ",
            "എം.ബി.ബി.എസ്. കോഴ്സിനുള്ള എല്ലാ രേഖകളും പരിശോധിച്ചു കഴിഞ്ഞു. ",
            "Classes start in three weeks, so all the best to him!",
        ],
    ),
    # --- mixed scripts: Punjabi with ਬੀ.ਏ. before a separate word, an English question, then Punjabi ---
    (
        "ਤੁਹਾਡੇ ਮੁੰਡੇ ਨੇ ਬੀ.ਏ. ਪਹਿਲੇ ਦਰਜੇ ਵਿੱਚ ਪਾਸ ਕਰ ਲਈ ਹੈ। Would you like us to send the degree by courier? ਡਿਗਰੀ ਤਿੰਨ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਤਿਆਰ ਹੋ ਜਾਵੇਗੀ।",
        [
            "ਤੁਹਾਡੇ ਮੁੰਡੇ ਨੇ ਬੀ.ਏ. ਪਹਿਲੇ ਦਰਜੇ ਵਿੱਚ ਪਾਸ ਕਰ ਲਈ ਹੈ। ",
            "Would you like us to send the degree by courier? ",
            "ਡਿਗਰੀ ਤਿੰਨ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਤਿਆਰ ਹੋ ਜਾਵੇਗੀ।",
        ],
    ),
    # --- mixed scripts: Assamese with এইচ.এছ.ৰ (a suffix attached), an English sentence, then Assamese ---
    (
        "আপোনাৰ জীয়ৰীৰ এইচ.এছ.ৰ ফলাফল ওলাইছে। She has passed with distinction in every subject. মাৰ্কশ্বীট বিদ্যালয়ৰ পৰা সংগ্ৰহ কৰিব পাৰিব।",
        [
            "আপোনাৰ জীয়ৰীৰ এইচ.এছ.ৰ ফলাফল ওলাইছে। ",
            "She has passed with distinction in every subject. ",
            "মাৰ্কশ্বীট বিদ্যালয়ৰ পৰা সংগ্ৰহ কৰিব পাৰিব।",
        ],
    ),
    # --- mixed scripts: an English question, two Urdu sentences, then an English sentence ending the reply ---
    (
        "Did your new gas connection start working? اگر چولہا ٹھیک سے نہ جلے تو ریگولیٹر ایک بار بند کر کے دوبارہ کھولیں۔ مسئلہ برقرار رہے تو ہمارا مکینک کل صبح آ سکتا ہے۔ Just reply here to book the visit.",
        [
            "Did your new gas connection start working? ",
            "اگر چولہا ٹھیک سے نہ جلے تو ریگولیٹر ایک بار بند کر کے دوبارہ کھولیں۔ ",
            "مسئلہ برقرار رہے تو ہمارا مکینک کل صبح آ سکتا ہے۔ ",
            "Just reply here to book the visit.",
        ],
    ),
]
