"""Held-out cases for the sentence splitter, round 40: written without reading or running it.

Written after reading only tests/azure_tts/splitter_held_out_round39.py and
tests/azure_tts/splitter_held_out_round38.py (for format and conventions). No splitter source,
bench, tuning file, log, other test file, README or git history was opened, no folder of the
project was listed, and no other file of the project was read. Nothing was run against the
splitter or in the project, and git was not used; no web, code or document search was made.
Python was used only in a scratch folder outside the project: to parse the two files read (with
the ast module, without importing or running them) for their case count, variable name and
docstrings, to assemble this file from drafted chunk lists (so each text is the join of its
chunks), to check that the chunks concatenate exactly to the text and that the module imports by
path, and for the grep checks below. No sentence is taken or paraphrased from those two files,
and none of their replies was used as a template. Drafts that ran close to one of their replies
were rewritten before the checks: an Odia "bill paid, receipt by e-mail, next bill at month end"
reply (the pattern round 38 names as reworded; now a used-car advert), an Urdu licence renewal
sent by post (round 38's named Assamese and Hindi cases; now house painting), an Urdu cricket
coaching reply (round 39's Marathi; dropped), a Bengali train ticket that repeated this file's
Hinglish one (now spectacles), a Tamil reply opening "உங்கள் மகனின்" (round 38's Tamil opening;
now "உங்கள் பையனின்"), an Odia fitting visit worded like round 39's Odia stove visit ("ଲଗାଇବା
ପାଇଁ ଆମ"; now "ଫିଟ୍ କରିବାକୁ") and a clinic "next to the flyover" (round 39's medicine shop
"beside the flyover"; now "above the pharmacy"). No reply is about a library, a ration card, a
voter card, a bus, a passport, a hotel stay, a scholarship, a water tank, house tax or school
hours, and no case holds the substrings "lab", "ration" or "bus" at all.

A phrase-overlap check searched every 16-character run of every case against both whole files
(docstrings included, case-insensitively, digits mapped to ASCII). In two passes it reworded:
" about ten minut", "has been sent to the", "before the hearing", "bhej di gayi hai", "certificate,
and it is", " in the afternoon", "mark sheet will" (twice), " processing fee ", " savings
account", "starts next month", " the nurse will ", "then the receipt", "t to your e-mail",
"vaccination card", "we have received", "your daughter's " (also an echo phrase the files
name), "your grandfather", " a day before th", " aapke phone par", " in your inbox. ", "it
stays valid for", "certificate has ", " it is ready to ", a Bengali " তৈরি হয়ে গেছে। " and an
Assamese "সোমবাৰৰ পৰা আৰম্ভ হ'ব।". After that no 16-character run is shared with either file.
Every phrase the two files quote in their docstrings (372 of them) was also searched for as a
substring; the only ones found are marks and connecting words (" (", " and ", " before ", " or
", ", and", "...", "...?", "…", "…!", "!!", "/-", "#", "&", ";", "।"), the plain words "A",
"Our", "bill", "by", "help", "only", "so", "app", "app." and "years." (and "Give", but only
inside "given", never after a form), the Odia word "ଆପଣଙ୍କ"
(inside a reply, never opening one), and word endings ("ch." in "reach.", "ds." in "holds.",
"es." in "likes." and "minutes.", "om." in "showroom.", "rm." in "confirm.", "rs." in "papers."
and "years.", "pp." in "app.", "d." in words such as "ahead."), plus "al." and "ct.", the tails
of this file's own Bal. and acct. (the files hold them only in "deal.", "principal.", "trial."
and "collect." and in their tail lists). None is inside a form, an address or a web address: a
first domain ending "stub.in" was changed because "ub." is round 38's tail of Sub., and a first
"Neb. Give"-like "mg. Give" became "mg. Mix" because "Give" is the word round 38 exercised after
a form. A Hinglish "jaankari" was replaced because it holds "anka", round 39's domain word.
Replies were kept away from the echo phrases both files name ("will reach yo", "with your pas",
"please reach the", "request for a ", "for your son's ", "your daughter's ", "within the
hour"). No Malayalam reply opens "നിങ്ങളുടെ", no Odia reply opens "ଆପଣଙ୍କ", no Kannada reply
opens "ನಿಮ್ಮ ತಂದೆಯವರ", no Gujarati reply uses "પિતાજી", and no Urdu reply uses "خود بخود".

Numbers: every amount, decimal, percentage, date, time and count was checked with a plain
substring grep against both files, with and without its separators, after mapping every Unicode
decimal digit to ASCII (and the files were searched with their own separators removed too); none
is in either file. The two-digit runs that occur in neither file even with their separators
removed are 01 02 03 06 23 24 25 28 30 31 32 34 40 46 49 53 58 64 65 66 68 69 73 76 78 83 85 86
87 89 99, and every number here holds at least one of them: 134 (cm.), 65 (mg.), 24 (ft.), ₹46.5
lakh, ₹2,499/-, 8.65%, ₹38,406.25, ₹3,200–₹4,600, ₹5,30,000, 24/06/2086, 06:40, 23-06-2086,
28.06.2086, 10.25 and 11.46. No single-digit number, no Indic digit and no bare list number is
used; the list markers are "→ " and "◦ ", and neither occurs in either file (nor does "(i)";
"i) " and "a) " do, so no bracketed letter or numeral marker was used). Names, places and
addresses were checked the same way (none occurs there): Gurmeet Bajwa, Harpreet Walia, Radhika
Iyengar, Anil Deshmukh, Kapoor Bros., Sagar Bldg., Model Town Ext. and the dhara-filler.in domain
(local part "accounts", paths "pay", "help#late-fee", "join" and "qr?src=bill&lang=hi"; the
word "join" occurs in the files, "/join" does not). The domain ends in none of "demo.in",
"trial.in", "pilot.co.in", "sandbox.in", "staging.in", "uat.in", "preprod.in", "beta.in",
"dev.in", "test.in", "mock.in", "example.in", "sample.in", "specimen.in", "fixture.in",
"dummy.in" or "placeholder.in" (round 39's own ending, added here), and holds no "safar",
"sahay", "setu", "vyom", "tarang", "megh", "kosh", "lekha" or "anka" (added here); its tail
before ".in" ("ler.") occurs nowhere in the files. "India" is not used (nor a flag emoji); the
Indic-script cases name no person and no place. No undotted acronym is used (a regex for two or
more capitals finds none; "parent-teacher", "one-time", "sign-off" and "e-mail" are words).
The emoji used (☀️, 🍱, 🕐, 😋, 🔥, 👩‍🍳, 😊, 🙏) occur in neither file.

Every short form here is new. Each was grepped against both files, case-insensitively, as a
plain substring (so also as a whole word), and none is found:
- service forms Hav. and Sgt., with the lower-case bn.;
- degrees B.Sc. and B.H.M.S. (and its runs "B.H.", "H.M.", "M.S.");
- prescription forms Cap. and Amp., with the lower-case p.r.n. (and its runs "p.r.", "r.n.");
- address forms Flr., Bldg. and Ext.;
- banking forms Cr. and Bal., with the lower-case acct.;
- officialese Offg. and Asst., with the lower-case attd.;
- units cm., mg. and ft.;
- dotted acronyms N.R.I., R.B.I. and L.I.C. (and each run of two parts: "N.R.", "R.I.", "R.B.",
  "B.I.", "L.I.", "I.C.");
- short forms of ordinary prose Smt., Sr. and Bros.;
- Indic forms ஐ.ஏ.எஸ். (Tamil), సి.ఏ. (Telugu) and বি.এড. (Bengali). Following rounds 26 to 39,
  no single part of them ("ஐ.", "ஏ.", "எஸ்.", "సి.", "ఏ.", "বি.", "এড.") occurs in the two files
  read (the earlier rounds were not opened; their parts are known only as far as these two files
  name them); in Latin letters (I.A.S., C.A., B.Ed., and "I.A.", "A.S.") none occurs either.
Their tails were checked too: "av.", "gt.", "bn.", "sc.", "ap.", "mp.", "lr.", "dg.", "xt.",
"cr.", "fg.", "td.", "cm.", "mg.", "ft.", "mt.", "sr." and "os." occur nowhere there. The rest
occur only inside ordinary words or a tail list, never in a form: "al." (of Bal.) in "deal.",
"principal." and "trial.", "ct." (of acct.) in "collect.", "st." (of Asst.) in "test." and
"cost."; the last part "S." of B.H.M.S. and "I." of N.R.I. and R.B.I. occur there only in other
runs ("B.S.", "D.S.", "H.S.", "N.S.", "O.S.", "P.S.", "S.S.", "M.I.", "P.I.", "T.I."), never as "M.S.", "R.I." or "B.I.". Within this file
no two forms share a tail, and no other word ends in one: drafts' "than usual." and "as usual."
(Bal.'s "al."), "with our hygienist." and "by post." (Asst.'s "st.") were reworded. Forms dropped
for clashing: Cdr. ("dr." of the Dr. the files name), Admn. ("mn." ends "autumn." there), M.Ed.
(its "ed." would end half the English sentences here), Ltd. (it would share "td." with attd.),
e.g. (its "g." is the last part of kg.), Smt. kept apart from any "mt." banking form (so no Stmt.
or Amt.), incl. ("cl." of encl.), I.C.U. and E.S.I.C. (health centres), and any form meaning a
fuel, health centre, school, transport, post office, police, civic body, village, district,
doctor, number or time of day (so no "a.m.", "p.m.", "Dr." or "No."). The dotted acronyms end in
I and C, letters the files name as safe; no form holds J., Q., W., X., Y. or Z. before a full
stop. No single capital letter ends a sentence, and no label is exercised.

About two thirds of the cases (38 of 60) are everyday replies (banking, telecom, insurance,
hospitals, delivery, travel, government services, utilities, schools) in English, Hinglish,
Hindi (one of them written with "." instead of "।"), Marathi, Bengali, Tamil, Telugu,
Gujarati, Kannada, Malayalam, Punjabi, Odia, Assamese and Urdu. The other 22 carry the harder
cases a bot really produces.

Conventions (those rounds 38 and 39 state, kept): each case is (text, the chunks a careful human
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
a sentence before a capital ends the chunk after the full stop, as an e-mail there does. Square
brackets behave as round brackets do. Urdu sentences end at ۔ and ؟, Indic ones at । as well as
"."; in a mixed-script reply each sentence ends at its own script's mark; a dotted Indic form
followed by a word, opening a sentence, with a suffix attached or inside a question does not end
it.

Where the two rounds differ, round 39 is followed (they contradict on no splitting rule): its
statement of the "#", bare-address and square-bracket readings as rules, its list of domain
endings (with "dummy.in", and "placeholder.in" added here) and its ban on "lekha" (with "anka"
added here), its "rounds 26 to 38" rule on Indic parts (now 26 to 39), its listing of the
two-digit runs absent from the files, and its statement that no 16-character run is shared with
either file. Both rounds keep "lab", "ration" and "bus" out of every case and pad their section
comments; this round does too. Four readings follow from the stated ones and are used here: an
address with a scheme (http://) ending a sentence before a capital ends the chunk after the full
stop, as a bare address does; a short form ending a sentence right before a bracketed sentence
ends the chunk, and the bracketed sentence is its own chunk; a quoted exclamation opening a
sentence does not end it, as a quoted question there does not; an en dash joining two amounts
is not a cut, as an amount is never cut.

Exercised here (new variations):
1. "Hav. Gurmeet Bajwa" opening the reply before a name stays with it; a lower-case "bn. and"
   is not an end; "a Sgt. She" ends the chunk; "the Hav.? No" ends after the "?".
2. "B.Sc. batch" is not an end; "a B.H.M.S. He" ends the chunk; "B.H.M.S. interns" opening a
   sentence stays with it; "the B.Sc.! The" ends after the "!".
3. "one Cap. after" is not an end; "one Amp. It" ends the chunk; a lower-case "p.r.n. So" ends
   it; "the Cap.? Only" ends after the "?".
4. "the third Flr. of" is not an end; "Sagar Bldg.," is not one; "Model Town Ext. It" ends the
   chunk; "Sagar Bldg.? Yes" ends after the "?".
5. "salary Cr. came" is not an end; "Bal. enquiries" opening a sentence stays with it; a
   lower-case "acct. We" ends the chunk; "every Cr.? Then" ends after the "?".
6. "the Offg. Registrar's" (a capitalised word mid-sentence) is not an end; a lower-case "attd.
   Unattested" ends the chunk; "by Asst. Registrar Harpreet Walia" is not an end; "the Asst.
   ring" inside a question is not one.
7. "134 cm. and" is not an end; "65 mg. Mix" ends the chunk; "24 ft.? Then" ends after the "?".
8. "an N.R.I. account" is not an end; "R.B.I. rules" opening a sentence stays with it; "L.I.C.
   (Its" ends the chunk before a bracketed sentence, which is its own chunk; "an N.R.I. for"
   inside a question is not an end.
9. "Kapoor Bros. It" ends the chunk; "Smt. Radhika Iyengar" opening a sentence stays with it;
   "Anil Deshmukh Sr.? Then" ends after the "?".
10. An amount-word right before "!" ("₹46.5 lakh! The"), an amount with "/-" before a lower-case
    word ("₹2,499/- is"), a decimal percentage ending a sentence ("8.65%. Would"), an amount
    with paise right before "?" ("₹38,406.25? Then"), two amounts joined by an en dash before a
    comma ("₹3,200–₹4,600,"), an amount in Indian grouping ending a sentence ("₹5,30,000. We").
11. A slash date right before "?" ("24/06/2086? The"), a colon time ending a sentence ("06:40.
    Our"), a hyphen date before a lower-case word ("23-06-2086 after"), a dotted date ending a
    sentence ("28.06.2086. Can"), a dotted time right before "?" ("10.25? He"), two dotted times
    joined by "till" mid-sentence ("10.25 till 11.46 and").
12. An http:// address ending a sentence before a capital ends the chunk after the full stop; an
    e-mail before a comma is not cut; a www. address with a "#" fragment right before "?" ends
    the chunk after the "?"; a bare address right before "!" ends it after the "!"; an https://
    address with a "?" query string and "&" ends the reply with no stop.
13. A "." inside a closing curly quote ending a sentence ("“Confirmed.” Then"); a quoted word
    mid-sentence ("“Waiting” instead"); a bracketed exclamation as its own chunk; a "?" inside a
    single-quoted phrase inside a question ("‘Any requests?’ before you paid?"); a bracket
    mid-sentence ("(nuts, dairy, that sort of thing) so"); a quoted exclamation opening a
    sentence ("“See you soon!” is").
14. "!!" ends the first sentence; "…" before "Ah" ends one; "...?" ends one; "..." before "we"
    does not; "…!" ends one after the "!"; the reply ends on "…".
15. Emoji: ☀️ (with a presentation selector) opening the reply, 🍱 inside a sentence, 🕐 right
    before ".", 😋 after "?", 🔥 closing a sentence with no stop, the ZWJ sequence 👩‍🍳 inside a
    sentence, 😊🙏 after "!" ending the reply.
16. "→ " markers on a one-line list after a colon (items ending ";", ";" and ".") and "◦ "
    markers on a multi-line list after a heading line (items ending "?", no mark and "."),
    followed by a short question and an answer.
17. Mixed scripts: a Tamil question holding ஐ.ஏ.எஸ். before a word, English, Tamil; Telugu
    with సి.ఏ.గా (a suffix attached) mid-sentence, English, Telugu; an English "!", Bengali
    opening a sentence with বি.এড., English; Odia at ।, an English "!", an Odia question ending
    the reply; Urdu at ۔, a Hinglish question, English, an Urdu question at ؟.
"""

from __future__ import annotations

HELD_OUT: list[tuple[str, list[str]]] = [
    # --- everyday replies, English ---
    (
        "Your credit card's yearly fee has been waived, since your spending crossed the target this year. The waiver shows up as a reversal on the next statement. Keep using the card as before, and the same offer may apply again next year.",
        [
            "Your credit card's yearly fee has been waived, since your spending crossed the target this year. ",
            "The waiver shows up as a reversal on the next statement. ",
            "Keep using the card as before, and the same offer may apply again next year.",
        ],
    ),
    (
        "Power to your street will be switched off on Sunday from nine in the morning for cable work. Supply should come back by three o'clock if the weather holds. Please unplug your fridge and computer before the shutdown to protect them.",
        [
            "Power to your street will be switched off on Sunday from nine in the morning for cable work. ",
            "Supply should come back by three o'clock if the weather holds. ",
            "Please unplug your fridge and computer before the shutdown to protect them.",
        ],
    ),
    (
        "Your dental cleaning with our hygienist is booked for Wednesday evening. Avoid tea and coffee for an hour afterwards so the polish can settle. If your gums bleed a little that night, rinse gently with warm salt water.",
        [
            "Your dental cleaning with our hygienist is booked for Wednesday evening. ",
            "Avoid tea and coffee for an hour afterwards so the polish can settle. ",
            "If your gums bleed a little that night, rinse gently with warm salt water.",
        ],
    ),
    (
        "The wardrobe you ordered will be put together in your bedroom by our fitter on Thursday. Please clear some floor space near the wall where it will stand. He will carry the packing material away once he is done.",
        [
            "The wardrobe you ordered will be put together in your bedroom by our fitter on Thursday. ",
            "Please clear some floor space near the wall where it will stand. ",
            "He will carry the packing material away once he is done.",
        ],
    ),
    (
        "Your evening flight home has been pushed back by two hours because of fog at the airport. Your seat and meal choice stay the same on the later departure. If the new timing does not suit you, you may switch to a morning flight without any charge.",
        [
            "Your evening flight home has been pushed back by two hours because of fog at the airport. ",
            "Your seat and meal choice stay the same on the later departure. ",
            "If the new timing does not suit you, you may switch to a morning flight without any charge.",
        ],
    ),
    (
        "Your prepaid data for the day ran out a little before noon. We have added a small booster pack at no extra cost as a goodwill gesture. Your regular daily quota resets at midnight, as on every other day.",
        [
            "Your prepaid data for the day ran out a little before noon. ",
            "We have added a small booster pack at no extra cost as a goodwill gesture. ",
            "Your regular daily quota resets at midnight, as on every other day.",
        ],
    ),
    (
        "Your pension life certificate is with us now and is good for the next twelve months. Your monthly pension will keep coming into your account without any break. Next year you can submit the certificate from home through a video call.",
        [
            "Your pension life certificate is with us now and is good for the next twelve months. ",
            "Your monthly pension will keep coming into your account without any break. ",
            "Next year you can submit the certificate from home through a video call.",
        ],
    ),
    (
        "The parent-teacher meeting for your child's class is on Saturday morning in the school hall. Teachers will share the term's progress report and answer your questions. Each family has roughly a quarter of an hour with the teacher, so please arrive on time.",
        [
            "The parent-teacher meeting for your child's class is on Saturday morning in the school hall. ",
            "Teachers will share the term's progress report and answer your questions. ",
            "Each family has roughly a quarter of an hour with the teacher, so please arrive on time.",
        ],
    ),
    # --- everyday replies, Hinglish ---
    (
        "Aapke dog ko rabies ka teeka agle mangalvaar ko lagega. Clinic subah gyarah baje khulta hai, thoda pehle aa jaiye. Uska purana teeka card saath mein laana mat bhooliye.",
        [
            "Aapke dog ko rabies ka teeka agle mangalvaar ko lagega. ",
            "Clinic subah gyarah baje khulta hai, thoda pehle aa jaiye. ",
            "Uska purana teeka card saath mein laana mat bhooliye.",
        ],
    ),
    (
        "Aapka train ticket waiting list se confirm ho gaya hai. Seat aur coach ka number message se mil chuka hoga. Yatra ke din apna pehchaan patra saath rakhiye.",
        [
            "Aapka train ticket waiting list se confirm ho gaya hai. ",
            "Seat aur coach ka number message se mil chuka hoga. ",
            "Yatra ke din apna pehchaan patra saath rakhiye.",
        ],
    ),
    (
        "Aapke credit card ka bill is mahine ki pandrah tareekh tak bharna hai. Sirf minimum rakam bharne par baaki rakam par byaaj lagega. Poora bill ek saath bharna sabse achha rahega.",
        [
            "Aapke credit card ka bill is mahine ki pandrah tareekh tak bharna hai. ",
            "Sirf minimum rakam bharne par baaki rakam par byaaj lagega. ",
            "Poora bill ek saath bharna sabse achha rahega.",
        ],
    ),
    (
        "Shaadi ki photography ke liye aapki booking pakki ho gayi hai. Hamare photographer ek din pehle venue dekhne aayenge. Baaki paisa function ke baad dena hoga.",
        [
            "Shaadi ki photography ke liye aapki booking pakki ho gayi hai. ",
            "Hamare photographer ek din pehle venue dekhne aayenge. ",
            "Baaki paisa function ke baad dena hoga.",
        ],
    ),
    # --- everyday replies, Hindi ---
    (
        "आपके पिताजी की पेंशन इस महीने से बढ़ी हुई दर पर आएगी। बढ़ोतरी का बकाया अगले महीने एक साथ जमा होगा। इसके लिए आपको कोई फ़ॉर्म नहीं भरना है।",
        [
            "आपके पिताजी की पेंशन इस महीने से बढ़ी हुई दर पर आएगी। ",
            "बढ़ोतरी का बकाया अगले महीने एक साथ जमा होगा। ",
            "इसके लिए आपको कोई फ़ॉर्म नहीं भरना है।",
        ],
    ),
    (
        "आपके लौटाए गए जूते कल सुबह हमारा कूरियर ले जाएगा. जूते उसी डिब्बे में पैक करके रखें. पैसा सामान पहुँचने के दो दिन बाद लौटाया जाएगा.",
        [
            "आपके लौटाए गए जूते कल सुबह हमारा कूरियर ले जाएगा. ",
            "जूते उसी डिब्बे में पैक करके रखें. ",
            "पैसा सामान पहुँचने के दो दिन बाद लौटाया जाएगा.",
        ],
    ),
    (
        "आपके क्रेडिट कार्ड की सीमा बढ़ा दी गई है। नई सीमा आज से लागू है। अगर आप यह बदलाव नहीं चाहते, तो हमें इसी चैट में बताएँ।",
        [
            "आपके क्रेडिट कार्ड की सीमा बढ़ा दी गई है। ",
            "नई सीमा आज से लागू है। ",
            "अगर आप यह बदलाव नहीं चाहते, तो हमें इसी चैट में बताएँ।",
        ],
    ),
    (
        "आपके दफ़्तर के एसी की मरम्मत का काम परसों होगा। मिस्त्री दोपहर दो बजे के आसपास पहुँचेगा। उस दिन एसी का रिमोट और वारंटी कार्ड तैयार रखें।",
        [
            "आपके दफ़्तर के एसी की मरम्मत का काम परसों होगा। ",
            "मिस्त्री दोपहर दो बजे के आसपास पहुँचेगा। ",
            "उस दिन एसी का रिमोट और वारंटी कार्ड तैयार रखें।",
        ],
    ),
    # --- everyday replies, other Indian languages ---
    (
        "आपल्या सोसायटीची वार्षिक सर्वसाधारण सभा रविवारी संध्याकाळी होणार आहे. सभेत देखभाल शुल्क आणि लिफ्टच्या दुरुस्तीवर चर्चा होईल. प्रत्येक सदनिकेतून एका सदस्याने उपस्थित राहावे.",
        [
            "आपल्या सोसायटीची वार्षिक सर्वसाधारण सभा रविवारी संध्याकाळी होणार आहे. ",
            "सभेत देखभाल शुल्क आणि लिफ्टच्या दुरुस्तीवर चर्चा होईल. ",
            "प्रत्येक सदनिकेतून एका सदस्याने उपस्थित राहावे.",
        ],
    ),
    (
        "तुमच्या सोयाबीन पिकाचा विमा मंजूर झाला आहे. नुकसानभरपाईची रक्कम पुढच्या आठवड्यात बँक खात्यात जमा होईल. विम्याची पावती जपून ठेवा.",
        [
            "तुमच्या सोयाबीन पिकाचा विमा मंजूर झाला आहे. ",
            "नुकसानभरपाईची रक्कम पुढच्या आठवड्यात बँक खात्यात जमा होईल. ",
            "विम्याची पावती जपून ठेवा.",
        ],
    ),
    (
        "আপনার এই মাসের বিদ্যুৎ বিল ভুল করে বেশি এসেছে। আমাদের কর্মী আবার মিটার দেখে নতুন বিল তৈরি করবেন। পুরনো বিলটি এখন জমা দেওয়ার দরকার নেই।",
        [
            "আপনার এই মাসের বিদ্যুৎ বিল ভুল করে বেশি এসেছে। ",
            "আমাদের কর্মী আবার মিটার দেখে নতুন বিল তৈরি করবেন। ",
            "পুরনো বিলটি এখন জমা দেওয়ার দরকার নেই।",
        ],
    ),
    (
        "আপনার মায়ের নতুন চশমা বানানো শেষ। দোকান থেকে যেকোনো দিন বিকেলে নিয়ে যেতে পারেন। নতুন চশমায় অভ্যস্ত হতে দু-এক দিন লাগতে পারে।",
        [
            "আপনার মায়ের নতুন চশমা বানানো শেষ। ",
            "দোকান থেকে যেকোনো দিন বিকেলে নিয়ে যেতে পারেন। ",
            "নতুন চশমায় অভ্যস্ত হতে দু-এক দিন লাগতে পারে।",
        ],
    ),
    (
        "உங்கள் பையனின் பள்ளி ஆண்டு விழா வெள்ளிக்கிழமை மாலை நடக்கிறது. அவன் ஒரு நடன நிகழ்ச்சியில் பங்கேற்கிறான். பெற்றோர் ஆறு மணிக்குள் அரங்கத்தில் அமர வேண்டும்.",
        [
            "உங்கள் பையனின் பள்ளி ஆண்டு விழா வெள்ளிக்கிழமை மாலை நடக்கிறது. ",
            "அவன் ஒரு நடன நிகழ்ச்சியில் பங்கேற்கிறான். ",
            "பெற்றோர் ஆறு மணிக்குள் அரங்கத்தில் அமர வேண்டும்.",
        ],
    ),
    (
        "உங்கள் காரின் முன் டயர்கள் இரண்டும் மாற்றப்பட்டன. சக்கர சீரமைப்பும் செய்து முடிக்கப்பட்டது. ஐந்தாயிரம் கிலோமீட்டர் ஓடிய பிறகு டயர்களை இடம் மாற்றிப் போடுங்கள்.",
        [
            "உங்கள் காரின் முன் டயர்கள் இரண்டும் மாற்றப்பட்டன. ",
            "சக்கர சீரமைப்பும் செய்து முடிக்கப்பட்டது. ",
            "ஐந்தாயிரம் கிலோமீட்டர் ஓடிய பிறகு டயர்களை இடம் மாற்றிப் போடுங்கள்.",
        ],
    ),
    (
        "మీ ఇంటి ఇంటర్నెట్ కోసం కొత్త రౌటర్ రేపు అమర్చుతాము. పాత రౌటర్‌ను మా సాంకేతిక నిపుణుడికి తిరిగి ఇవ్వండి. కొత్త పాస్‌వర్డ్ మీ ఫోన్‌కు సందేశంగా వస్తుంది.",
        [
            "మీ ఇంటి ఇంటర్నెట్ కోసం కొత్త రౌటర్ రేపు అమర్చుతాము. ",
            "పాత రౌటర్‌ను మా సాంకేతిక నిపుణుడికి తిరిగి ఇవ్వండి. ",
            "కొత్త పాస్‌వర్డ్ మీ ఫోన్‌కు సందేశంగా వస్తుంది.",
        ],
    ),
    (
        "మీరు ఆర్డర్ చేసిన వరి విత్తనాలు దగ్గరలోని వ్యవసాయ కేంద్రానికి చేరాయి. ఎల్లుండిలోగా వాటిని తీసుకెళ్లండి. విత్తే ముందు ఒక రాత్రి నీటిలో నానబెట్టండి.",
        [
            "మీరు ఆర్డర్ చేసిన వరి విత్తనాలు దగ్గరలోని వ్యవసాయ కేంద్రానికి చేరాయి. ",
            "ఎల్లుండిలోగా వాటిని తీసుకెళ్లండి. ",
            "విత్తే ముందు ఒక రాత్రి నీటిలో నానబెట్టండి.",
        ],
    ),
    (
        "તમારા ઘરની સફાઈ માટે અમારી ટીમ શનિવારે સવારે આવશે. રસોડા અને બાથરૂમની ઊંડી સફાઈમાં આખો દિવસ લાગશે. કીમતી સામાન પહેલેથી કબાટમાં મૂકી દેજો.",
        [
            "તમારા ઘરની સફાઈ માટે અમારી ટીમ શનિવારે સવારે આવશે. ",
            "રસોડા અને બાથરૂમની ઊંડી સફાઈમાં આખો દિવસ લાગશે. ",
            "કીમતી સામાન પહેલેથી કબાટમાં મૂકી દેજો.",
        ],
    ),
    (
        "તમે મંગાવેલું નવું ફ્રિજ આજે સાંજે પહોંચશે. ચાલુ કરતાં પહેલાં તેને બે કલાક ઊભું રહેવા દેજો. વોરંટી કાર્ડ બૉક્સની અંદર જ મૂકેલું છે.",
        [
            "તમે મંગાવેલું નવું ફ્રિજ આજે સાંજે પહોંચશે. ",
            "ચાલુ કરતાં પહેલાં તેને બે કલાક ઊભું રહેવા દેજો. ",
            "વોરંટી કાર્ડ બૉક્સની અંદર જ મૂકેલું છે.",
        ],
    ),
    (
        "ನಿಮ್ಮ ಬೈಕ್ ಸರ್ವೀಸ್ ಮುಗಿದಿದೆ, ಎಂಜಿನ್ ಎಣ್ಣೆಯನ್ನೂ ಬದಲಾಯಿಸಲಾಗಿದೆ. ಸಂಜೆ ಏಳು ಗಂಟೆಯೊಳಗೆ ಶೋರೂಮ್‌ಗೆ ಬಂದು ಬೈಕ್ ತೆಗೆದುಕೊಳ್ಳಿ. ಬಿಲ್ ಮೊತ್ತದ ವಿವರ ಸಂದೇಶದಲ್ಲಿ ಬರುತ್ತದೆ.",
        [
            "ನಿಮ್ಮ ಬೈಕ್ ಸರ್ವೀಸ್ ಮುಗಿದಿದೆ, ಎಂಜಿನ್ ಎಣ್ಣೆಯನ್ನೂ ಬದಲಾಯಿಸಲಾಗಿದೆ. ",
            "ಸಂಜೆ ಏಳು ಗಂಟೆಯೊಳಗೆ ಶೋರೂಮ್‌ಗೆ ಬಂದು ಬೈಕ್ ತೆಗೆದುಕೊಳ್ಳಿ. ",
            "ಬಿಲ್ ಮೊತ್ತದ ವಿವರ ಸಂದೇಶದಲ್ಲಿ ಬರುತ್ತದೆ.",
        ],
    ),
    (
        "ಅಜ್ಜಿಯ ರಕ್ತ ಪರೀಕ್ಷೆಗಾಗಿ ನಾಳೆ ಬೆಳಿಗ್ಗೆ ನಮ್ಮ ಸಿಬ್ಬಂದಿ ಮನೆಗೆ ಬರುತ್ತಾರೆ. ಪರೀಕ್ಷೆಗೆ ಮೊದಲು ಹತ್ತು ಗಂಟೆ ಏನನ್ನೂ ತಿನ್ನಬಾರದು. ವರದಿ ಸಂಜೆಯೊಳಗೆ ನಿಮ್ಮ ಫೋನ್‌ಗೆ ಬರಲಿದೆ.",
        [
            "ಅಜ್ಜಿಯ ರಕ್ತ ಪರೀಕ್ಷೆಗಾಗಿ ನಾಳೆ ಬೆಳಿಗ್ಗೆ ನಮ್ಮ ಸಿಬ್ಬಂದಿ ಮನೆಗೆ ಬರುತ್ತಾರೆ. ",
            "ಪರೀಕ್ಷೆಗೆ ಮೊದಲು ಹತ್ತು ಗಂಟೆ ಏನನ್ನೂ ತಿನ್ನಬಾರದು. ",
            "ವರದಿ ಸಂಜೆಯೊಳಗೆ ನಿಮ್ಮ ಫೋನ್‌ಗೆ ಬರಲಿದೆ.",
        ],
    ),
    (
        "അടുത്ത മാസത്തെ യാത്രയ്ക്കുള്ള വിമാന ടിക്കറ്റ് ബുക്ക് ചെയ്തു. പുറപ്പെടുന്നതിന് മൂന്ന് മണിക്കൂർ മുമ്പ് വിമാനത്താവളത്തിൽ എത്തണം. ടിക്കറ്റിന്റെ പകർപ്പ് ഫോണിൽ സൂക്ഷിക്കുക.",
        [
            "അടുത്ത മാസത്തെ യാത്രയ്ക്കുള്ള വിമാന ടിക്കറ്റ് ബുക്ക് ചെയ്തു. ",
            "പുറപ്പെടുന്നതിന് മൂന്ന് മണിക്കൂർ മുമ്പ് വിമാനത്താവളത്തിൽ എത്തണം. ",
            "ടിക്കറ്റിന്റെ പകർപ്പ് ഫോണിൽ സൂക്ഷിക്കുക.",
        ],
    ),
    (
        "പാചക പരിശീലനം ഈ ശനിയാഴ്ച വൈകുന്നേരം തുടങ്ങും. ആവശ്യമായ ചേരുവകൾ ഞങ്ങൾ തരും. ഒരു ഏപ്രൺ മാത്രം കൊണ്ടുവന്നാൽ മതി.",
        [
            "പാചക പരിശീലനം ഈ ശനിയാഴ്ച വൈകുന്നേരം തുടങ്ങും. ",
            "ആവശ്യമായ ചേരുവകൾ ഞങ്ങൾ തരും. ",
            "ഒരു ഏപ്രൺ മാത്രം കൊണ്ടുവന്നാൽ മതി.",
        ],
    ),
    (
        "ਤੁਹਾਡੀ ਕਣਕ ਦੀ ਫ਼ਸਲ ਦੀ ਅਦਾਇਗੀ ਖਾਤੇ ਵਿੱਚ ਆ ਗਈ ਹੈ। ਰਕਮ ਦਾ ਵੇਰਵਾ ਮੋਬਾਈਲ ਤੇ ਭੇਜ ਦਿੱਤਾ ਹੈ। ਕੋਈ ਗ਼ਲਤੀ ਲੱਗੇ ਤਾਂ ਮੰਡੀ ਦਫ਼ਤਰ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।",
        [
            "ਤੁਹਾਡੀ ਕਣਕ ਦੀ ਫ਼ਸਲ ਦੀ ਅਦਾਇਗੀ ਖਾਤੇ ਵਿੱਚ ਆ ਗਈ ਹੈ। ",
            "ਰਕਮ ਦਾ ਵੇਰਵਾ ਮੋਬਾਈਲ ਤੇ ਭੇਜ ਦਿੱਤਾ ਹੈ। ",
            "ਕੋਈ ਗ਼ਲਤੀ ਲੱਗੇ ਤਾਂ ਮੰਡੀ ਦਫ਼ਤਰ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।",
        ],
    ),
    (
        "ਇਸ ਮਹੀਨੇ ਤੁਹਾਡਾ ਬਿਜਲੀ ਦਾ ਬਿੱਲ ਮੁਆਫ਼ ਹੈ, ਕਿਉਂਕਿ ਖਪਤ ਹੱਦ ਤੋਂ ਘੱਟ ਰਹੀ। ਅਗਲਾ ਬਿੱਲ ਦੋ ਮਹੀਨੇ ਬਾਅਦ ਆਵੇਗਾ। ਮੀਟਰ ਦੀ ਰੀਡਿੰਗ ਆਪ ਵੀ ਦੇਖਦੇ ਰਹੋ।",
        [
            "ਇਸ ਮਹੀਨੇ ਤੁਹਾਡਾ ਬਿਜਲੀ ਦਾ ਬਿੱਲ ਮੁਆਫ਼ ਹੈ, ਕਿਉਂਕਿ ਖਪਤ ਹੱਦ ਤੋਂ ਘੱਟ ਰਹੀ। ",
            "ਅਗਲਾ ਬਿੱਲ ਦੋ ਮਹੀਨੇ ਬਾਅਦ ਆਵੇਗਾ। ",
            "ਮੀਟਰ ਦੀ ਰੀਡਿੰਗ ਆਪ ਵੀ ਦੇਖਦੇ ਰਹੋ।",
        ],
    ),
    (
        "ନୂଆ ଟିଭି ଫିଟ୍ କରିବାକୁ ଆମ ଲୋକ ଆସନ୍ତାକାଲି ସକାଳେ ଆସିବେ। କାନ୍ଥରେ ଟିଭି ଟଙ୍ଗାଇବାକୁ ସେମାନେ ନିଜ ଯନ୍ତ୍ରପାତି ଆଣିବେ। ପାଖରେ ଏକ ବିଦ୍ୟୁତ ସକେଟ ରହିବା ଦରକାର।",
        [
            "ନୂଆ ଟିଭି ଫିଟ୍ କରିବାକୁ ଆମ ଲୋକ ଆସନ୍ତାକାଲି ସକାଳେ ଆସିବେ। ",
            "କାନ୍ଥରେ ଟିଭି ଟଙ୍ଗାଇବାକୁ ସେମାନେ ନିଜ ଯନ୍ତ୍ରପାତି ଆଣିବେ। ",
            "ପାଖରେ ଏକ ବିଦ୍ୟୁତ ସକେଟ ରହିବା ଦରକାର।",
        ],
    ),
    (
        "ପୁରୁଣା ଗାଡ଼ି ବିକ୍ରି ପାଇଁ ଆପଣଙ୍କ ବିଜ୍ଞାପନ ପ୍ରକାଶିତ ହୋଇଛି। ଆଗ୍ରହୀ କ୍ରେତା ସିଧା ଆପଣଙ୍କୁ ଫୋନ କରିବେ। ବିଜ୍ଞାପନଟି ତିରିଶ ଦିନ ଯାଏ ରହିବ।",
        [
            "ପୁରୁଣା ଗାଡ଼ି ବିକ୍ରି ପାଇଁ ଆପଣଙ୍କ ବିଜ୍ଞାପନ ପ୍ରକାଶିତ ହୋଇଛି। ",
            "ଆଗ୍ରହୀ କ୍ରେତା ସିଧା ଆପଣଙ୍କୁ ଫୋନ କରିବେ। ",
            "ବିଜ୍ଞାପନଟି ତିରିଶ ଦିନ ଯାଏ ରହିବ।",
        ],
    ),
    (
        "আপোনাৰ ঘৰৰ চালৰ মেৰামতিৰ কাম অহা সোমবাৰে আৰম্ভ কৰা হ'ব। কামটো শেষ হ'বলৈ প্ৰায় চাৰি দিন লাগিব। সেই কেইদিন চোতালত গাড়ী নাৰাখিব।",
        [
            "আপোনাৰ ঘৰৰ চালৰ মেৰামতিৰ কাম অহা সোমবাৰে আৰম্ভ কৰা হ'ব। ",
            "কামটো শেষ হ'বলৈ প্ৰায় চাৰি দিন লাগিব। ",
            "সেই কেইদিন চোতালত গাড়ী নাৰাখিব।",
        ],
    ),
    (
        "অহা দেওবাৰে চহৰৰ হস্পিতালত তেজ দান শিবিৰ অনুষ্ঠিত হ'ব। তেজ দিবলৈ অহাৰ আগতে ভালদৰে খাই আহিব। প্ৰত্যেক দাতাক এখন প্ৰমাণপত্ৰ দিয়া হ'ব।",
        [
            "অহা দেওবাৰে চহৰৰ হস্পিতালত তেজ দান শিবিৰ অনুষ্ঠিত হ'ব। ",
            "তেজ দিবলৈ অহাৰ আগতে ভালদৰে খাই আহিব। ",
            "প্ৰত্যেক দাতাক এখন প্ৰমাণপত্ৰ দিয়া হ'ব।",
        ],
    ),
    (
        "آپ کا نیا سم کارڈ کل تک فعال ہو جائے گا۔ تب تک پرانا سم فون میں ہی رہنے دیں۔ نیا نمبر چالو ہوتے ہی آپ کو پیغام آ جائے گا۔",
        [
            "آپ کا نیا سم کارڈ کل تک فعال ہو جائے گا۔ ",
            "تب تک پرانا سم فون میں ہی رہنے دیں۔ ",
            "نیا نمبر چالو ہوتے ہی آپ کو پیغام آ جائے گا۔",
        ],
    ),
    (
        "آپ کے گھر کی رنگائی کا کام جمعرات کو مکمل ہو جائے گا۔ مزدور آخری دن فرش کی صفائی بھی کریں گے۔ کسی جگہ رنگ خراب لگے تو ہمیں تصویر بھیجیں۔",
        [
            "آپ کے گھر کی رنگائی کا کام جمعرات کو مکمل ہو جائے گا۔ ",
            "مزدور آخری دن فرش کی صفائی بھی کریں گے۔ ",
            "کسی جگہ رنگ خراب لگے تو ہمیں تصویر بھیجیں۔",
        ],
    ),
    # --- service forms: Hav. opening the reply before a name, a lower-case bn. before a lower-case word, Sgt. ending a sentence before "She", Hav. right before "?" ---
    (
        "Hav. Gurmeet Bajwa at the record office has checked your grandpa's discharge papers. They confirm he served twenty years in the seventh bn. and left with a spotless service file. Your grandmother's own brother retired from the air force as a Sgt. She may be able to claim a share of his dues as well. Must the papers be posted back to the Hav.? No, he needs only photocopies, so keep the originals safe at home.",
        [
            "Hav. Gurmeet Bajwa at the record office has checked your grandpa's discharge papers. ",
            "They confirm he served twenty years in the seventh bn. and left with a spotless service file. ",
            "Your grandmother's own brother retired from the air force as a Sgt. ",
            "She may be able to claim a share of his dues as well. ",
            "Must the papers be posted back to the Hav.? ",
            "No, he needs only photocopies, so keep the originals safe at home.",
        ],
    ),
    # --- degrees: B.Sc. before a lower-case word, B.H.M.S. ending a sentence before "He", B.H.M.S. opening a sentence, B.Sc. right before "!" ---
    (
        "Your nephew topped his B.Sc. batch in botany, and the college wants to honour him. His elder brother is halfway through a B.H.M.S. He finds homeopathy harder than he had imagined. B.H.M.S. interns at our clinic receive a monthly stipend too. Please pass on our congratulations on the B.Sc.! The prize day is next Saturday.",
        [
            "Your nephew topped his B.Sc. batch in botany, and the college wants to honour him. ",
            "His elder brother is halfway through a B.H.M.S. ",
            "He finds homeopathy harder than he had imagined. ",
            "B.H.M.S. interns at our clinic receive a monthly stipend too. ",
            "Please pass on our congratulations on the B.Sc.! ",
            "The prize day is next Saturday.",
        ],
    ),
    # --- prescription forms: Cap. before a lower-case word, Amp. ending a sentence before "It", a lower-case p.r.n. ending a sentence before "So", Cap. right before "?" ---
    (
        "Your mother should take one Cap. after breakfast for her acidity. For her low vitamin level she also needs one Amp. It goes in once a week for a month, given by our nurse at home. The knee gel is marked p.r.n. So she need only rub it on when the ache comes back. Should she stop the Cap.? Only once the doctor sees her again next month.",
        [
            "Your mother should take one Cap. after breakfast for her acidity. ",
            "For her low vitamin level she also needs one Amp. ",
            "It goes in once a week for a month, given by our nurse at home. ",
            "The knee gel is marked p.r.n. ",
            "So she need only rub it on when the ache comes back. ",
            "Should she stop the Cap.? ",
            "Only once the doctor sees her again next month.",
        ],
    ),
    # --- address forms: Flr. before a lower-case word, Bldg. before a comma, Ext. ending a sentence before "It", Bldg. right before "?" ---
    (
        "Our eye clinic has moved to the third Flr. of Sagar Bldg., right above the pharmacy. The old branch stays open in Model Town Ext. It now closes an hour earlier on Saturdays. Is there a lift in Sagar Bldg.? Yes, and a ramp runs from the gate up to it.",
        [
            "Our eye clinic has moved to the third Flr. of Sagar Bldg., right above the pharmacy. ",
            "The old branch stays open in Model Town Ext. ",
            "It now closes an hour earlier on Saturdays. ",
            "Is there a lift in Sagar Bldg.? ",
            "Yes, and a ramp runs from the gate up to it.",
        ],
    ),
    # --- banking forms: Cr. before a lower-case word, Bal. opening a sentence, a lower-case acct. ending a sentence before "We", Cr. right before "?" ---
    (
        "Your salary Cr. came in this morning, one day early. Bal. enquiries by missed call are free. The shop rent was taken from your joint acct. A receipt for it can be downloaded now. Would you like a text for every Cr.? Then switch on instant alerts in the app.",
        [
            "Your salary Cr. came in this morning, one day early. ",
            "Bal. enquiries by missed call are free. ",
            "The shop rent was taken from your joint acct. ",
            "A receipt for it can be downloaded now. ",
            "Would you like a text for every Cr.? ",
            "Then switch on instant alerts in the app.",
        ],
    ),
    # --- officialese: Offg. before a capitalised word mid-sentence, a lower-case attd. ending a sentence before "Unattested", Asst. before a name mid-sentence, Asst. before a lower-case word inside a question ---
    (
        "Your firm's change of name now awaits the Offg. Registrar's sign-off. Copies of the partnership deed must be attd. Unattested pages will be returned to you. The hearing will be taken by Asst. Registrar Harpreet Walia next week. Will the Asst. ring me ahead of that date? Yes, he calls each applicant a day ahead.",
        [
            "Your firm's change of name now awaits the Offg. Registrar's sign-off. ",
            "Copies of the partnership deed must be attd. ",
            "Unattested pages will be returned to you. ",
            "The hearing will be taken by Asst. Registrar Harpreet Walia next week. ",
            "Will the Asst. ring me ahead of that date? ",
            "Yes, he calls each applicant a day ahead.",
        ],
    ),
    # --- units: cm. before a lower-case word, mg. ending a sentence before "Mix", ft. right before "?" ---
    (
        "Your girl's growth chart now shows 134 cm. and a healthy weight for her age. Her iron syrup is to be raised to 65 mg. Mix it into a glass of orange juice after lunch. Is her desk farther from the blackboard than 24 ft.? Then ask her teacher to move her to the front, since her eyes tire quickly.",
        [
            "Your girl's growth chart now shows 134 cm. and a healthy weight for her age. ",
            "Her iron syrup is to be raised to 65 mg. ",
            "Mix it into a glass of orange juice after lunch. ",
            "Is her desk farther from the blackboard than 24 ft.? ",
            "Then ask her teacher to move her to the front, since her eyes tire quickly.",
        ],
    ),
    # --- dotted acronyms: N.R.I. before a lower-case word, R.B.I. opening a sentence, L.I.C. ending a sentence before a bracketed sentence, N.R.I. before a lower-case word inside a question ---
    (
        "Your son abroad can now open an N.R.I. account with us from his phone. R.B.I. rules let him move that money back overseas whenever he likes. Your own pension plan was bought from L.I.C. (Its yearly statement reached us yesterday.) Does he still count as an N.R.I. for tax? Yes, as long as he spends most of the year outside the country.",
        [
            "Your son abroad can now open an N.R.I. account with us from his phone. ",
            "R.B.I. rules let him move that money back overseas whenever he likes. ",
            "Your own pension plan was bought from L.I.C. ",
            "(Its yearly statement reached us yesterday.) ",
            "Does he still count as an N.R.I. for tax? ",
            "Yes, as long as he spends most of the year outside the country.",
        ],
    ),
    # --- short forms of ordinary prose: Bros. ending a sentence before "It", Smt. opening a sentence before a name, Sr. right before "?" ---
    (
        "The new shelves for your shop were built by Kapoor Bros. It is the same firm that fitted out our own showroom. Smt. Radhika Iyengar, their site manager, will oversee the work on Monday. Should the bill be made out to Anil Deshmukh Sr.? Then we need his signature on the order form as well.",
        [
            "The new shelves for your shop were built by Kapoor Bros. ",
            "It is the same firm that fitted out our own showroom. ",
            "Smt. Radhika Iyengar, their site manager, will oversee the work on Monday. ",
            "Should the bill be made out to Anil Deshmukh Sr.? ",
            "Then we need his signature on the order form as well.",
        ],
    ),
    # --- amounts: an amount-word right before "!", an amount with "/-" before a lower-case word, a decimal percentage ending a sentence, an amount with paise right before "?", an en-dash range of two amounts, an amount in Indian grouping ending a sentence ---
    (
        "Good news, your home loan is sanctioned, and the amount is ₹46.5 lakh! The one-time file charge of ₹2,499/- is debited today. The interest rate stays fixed at 8.65%. Would you like an instalment lower than ₹38,406.25? Then the term can be stretched by two more years. The valuer charges ₹3,200–₹4,600, depending on the size of the flat. Your own share of the price stays at ₹5,30,000. We will send the sanction letter today.",
        [
            "Good news, your home loan is sanctioned, and the amount is ₹46.5 lakh! ",
            "The one-time file charge of ₹2,499/- is debited today. ",
            "The interest rate stays fixed at 8.65%. ",
            "Would you like an instalment lower than ₹38,406.25? ",
            "Then the term can be stretched by two more years. ",
            "The valuer charges ₹3,200–₹4,600, depending on the size of the flat. ",
            "Your own share of the price stays at ₹5,30,000. ",
            "We will send the sanction letter today.",
        ],
    ),
    # --- dates and times: a slash date right before "?", a colon time ending a sentence, a hyphen date before a lower-case word, a dotted date ending a sentence, a dotted time right before "?", two dotted times joined by "till" ---
    (
        "Shall we deliver your new sofa on 24/06/2086? The van is loaded at our depot by 06:40. Our fitter will phone you on 23-06-2086 after lunch to confirm. The old sofa must be cleared out by 28.06.2086. Can someone let the fitter in at 10.25? He usually works from 10.25 till 11.46 and leaves the room tidy.",
        [
            "Shall we deliver your new sofa on 24/06/2086? ",
            "The van is loaded at our depot by 06:40. ",
            "Our fitter will phone you on 23-06-2086 after lunch to confirm. ",
            "The old sofa must be cleared out by 28.06.2086. ",
            "Can someone let the fitter in at 10.25? ",
            "He usually works from 10.25 till 11.46 and leaves the room tidy.",
        ],
    ),
    # --- URLs and e-mail: an http:// address ending a sentence, an e-mail before a comma, a www. address with a "#" fragment right before "?", a bare address right before "!", an https:// address with a query string ending the reply with no stop ---
    (
        "You can pay the pending bill at http://dhara-filler.in/pay. Your receipt then arrives at once. Questions about the amount can go to accounts@dhara-filler.in, and we reply the same day. Have you read the help page at www.dhara-filler.in/help#late-fee? It explains each charge line by line. New users can sign up at dhara-filler.in/join! Or scan the code at https://dhara-filler.in/qr?src=bill&lang=hi",
        [
            "You can pay the pending bill at http://dhara-filler.in/pay. ",
            "Your receipt then arrives at once. ",
            "Questions about the amount can go to accounts@dhara-filler.in, and we reply the same day. ",
            "Have you read the help page at www.dhara-filler.in/help#late-fee? ",
            "It explains each charge line by line. ",
            "New users can sign up at dhara-filler.in/join! ",
            "Or scan the code at https://dhara-filler.in/qr?src=bill&lang=hi",
        ],
    ),
    # --- quotes and brackets: a "." inside a closing quote ending a sentence, a quoted phrase mid-sentence, a bracketed exclamation as its own chunk, a "?" inside a single-quoted phrase inside a question, a bracket mid-sentence, a quoted exclamation opening a sentence ---
    (
        "Once the table is held, the booking screen will say “Confirmed.” Then a text arrives with your table number. If it shows “Waiting” instead, we will phone you within a few minutes. (Tables by the window go quickest!) Did the app show ‘Any requests?’ before you paid? Type your allergies there (nuts, dairy, that sort of thing) so the kitchen knows. “See you soon!” is the final message you will get from us.",
        [
            "Once the table is held, the booking screen will say “Confirmed.” ",
            "Then a text arrives with your table number. ",
            "If it shows “Waiting” instead, we will phone you within a few minutes. ",
            "(Tables by the window go quickest!) ",
            "Did the app show ‘Any requests?’ before you paid? ",
            "Type your allergies there (nuts, dairy, that sort of thing) so the kitchen knows. ",
            "“See you soon!” is the final message you will get from us.",
        ],
    ),
    # --- ellipses: "!!" (an end); "…" before a capital (an end); "...?" (an end after the "?"); "..." before a lower-case word (not an end); "…!" (an end after the "!"); the reply ends on "…" ---
    (
        "The refund bounced back again!! Let me check why… Ah, the account you gave us has been shut. Do you have another account we could try...? If not... we can add the money to your wallet instead. That happens instantly…! Or we can simply wait until your new account is open…",
        [
            "The refund bounced back again!! ",
            "Let me check why… ",
            "Ah, the account you gave us has been shut. ",
            "Do you have another account we could try...? ",
            "If not... we can add the money to your wallet instead. ",
            "That happens instantly…! ",
            "Or we can simply wait until your new account is open…",
        ],
    ),
    # --- emoji: one with a variation selector opening the reply, one inside a sentence, one right before ".", one after "?", one closing a sentence with no stop, a ZWJ sequence inside a sentence, two after "!" ending the reply ---
    (
        "☀️ Good morning! Your tiffin 🍱 is out for delivery. It should reach you by lunchtime 🕐. Hungry already? 😋 Today's special is paneer tikka 🔥 Our chef 👩‍🍳 packed it herself. Enjoy! 😊🙏",
        [
            "☀️ Good morning! ",
            "Your tiffin 🍱 is out for delivery. ",
            "It should reach you by lunchtime 🕐. ",
            "Hungry already? 😋 ",
            "Today's special is paneer tikka 🔥 ",
            "Our chef 👩‍🍳 packed it herself. ",
            "Enjoy! 😊🙏",
        ],
    ),
    # --- one-line list with "→ " markers after a colon, items ending in ";", ";" and "." ---
    (
        "Before the technician arrives, please: → unplug the washing machine; → empty the drum; → keep the drain hose within reach. He brings the spare parts along.",
        [
            "Before the technician arrives, please: ",
            "→ unplug the washing machine; ",
            "→ empty the drum; ",
            "→ keep the drain hose within reach. ",
            "He brings the spare parts along.",
        ],
    ),
    # --- multi-line list with "◦ " markers after a heading line ending in a colon, items ending with "?", no mark and "." ---
    (
        "Before you call us about a power failure:\n◦ Is the main switch on?\n◦ Check the fuse in the grey box by the door\n◦ Reset any switch that has tripped.\nStill no power? Then ring our helpline.",
        [
            "Before you call us about a power failure:\n",
            "◦ Is the main switch on?\n",
            "◦ Check the fuse in the grey box by the door\n",
            "◦ Reset any switch that has tripped.\n",
            "Still no power? ",
            "Then ring our helpline.",
        ],
    ),
    # --- mixed scripts: a Tamil question holding ஐ.ஏ.எஸ்., an English sentence, then Tamil ---
    (
        "உங்கள் மகள் ஐ.ஏ.எஸ். பயிற்சி வகுப்பில் சேர விரும்புகிறாரா? The weekend batch opens next month. கட்டண விவரங்களை இன்று மாலை அனுப்புகிறோம்.",
        [
            "உங்கள் மகள் ஐ.ஏ.எஸ். பயிற்சி வகுப்பில் சேர விரும்புகிறாரா? ",
            "The weekend batch opens next month. ",
            "கட்டண விவரங்களை இன்று மாலை அனுப்புகிறோம்.",
        ],
    ),
    # --- mixed scripts: Telugu with సి.ఏ.గా (a suffix attached) mid-sentence, an English sentence, then Telugu ---
    (
        "మీ అన్నయ్య సి.ఏ.గా మా సంస్థలో చేరుతున్నారు. He will join the audit team on Monday. మొదటి రోజు ఉదయం తొమ్మిది గంటలకు రావాలి.",
        [
            "మీ అన్నయ్య సి.ఏ.గా మా సంస్థలో చేరుతున్నారు. ",
            "He will join the audit team on Monday. ",
            "మొదటి రోజు ఉదయం తొమ్మిది గంటలకు రావాలి.",
        ],
    ),
    # --- mixed scripts: an English exclamation, Bengali opening a sentence with বি.এড., then English ---
    (
        "Congratulations to your sister! বি.এড. পরীক্ষায় সে প্রথম বিভাগে পাস করেছে। Her printed results will be mailed home.",
        [
            "Congratulations to your sister! ",
            "বি.এড. পরীক্ষায় সে প্রথম বিভাগে পাস করেছে। ",
            "Her printed results will be mailed home.",
        ],
    ),
    # --- mixed scripts: Odia, an English exclamation, then an Odia question ---
    (
        "ପୁଅର ପରୀକ୍ଷା ଫଳ ବାହାରିଛି। He has passed in every subject! ମାର୍କସିଟ୍ ନେବାକୁ କେବେ ଆସିବେ?",
        [
            "ପୁଅର ପରୀକ୍ଷା ଫଳ ବାହାରିଛି। ",
            "He has passed in every subject! ",
            "ମାର୍କସିଟ୍ ନେବାକୁ କେବେ ଆସିବେ?",
        ],
    ),
    # --- mixed scripts: Urdu at ۔, a Hinglish question, an English sentence, then an Urdu question at ؟ ---
    (
        "آپ کا آرڈر پیک ہو گیا ہے۔ Kya hum ise aaj shaam bhej dein? It can also wait until the weekend. آپ کو کون سا دن بہتر لگے گا؟",
        [
            "آپ کا آرڈر پیک ہو گیا ہے۔ ",
            "Kya hum ise aaj shaam bhej dein? ",
            "It can also wait until the weekend. ",
            "آپ کو کون سا دن بہتر لگے گا؟",
        ],
    ),
]
