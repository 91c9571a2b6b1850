"""Held-out cases for the sentence splitter, round 19: written without reading or running it.

Written after reading only tests/azure_tts/splitter_held_out_round18.py and
tests/azure_tts/splitter_held_out_round17.py (for format and conventions); no splitter source,
bench, tuning file, other test file, README or git history was opened, nothing was run against
the splitter, and git was not used (python was used only to check this file: that each case's
chunks concatenate exactly to its text, that the module imports, and the grep checks below). No
sentence is taken or paraphrased from those two files, and none of their replies was used as a
template (no recurring deposit, call statement, travel cover, ward transfer, seller
cancellation, airport cab, voter card, school-bus route, gas cylinder, 5G, angiography, annual
day, metro card, solar subsidy, medicine order, roadside help, leaving certificate, toll tag,
premium-due, bed reservation, meter-reading bill, uniform, plot registration, internet repair,
joint account, income certificate, plaster removal, trade licence, houseboat, book order,
admission, licence renewal, new power connection, flood survey, ferry, science fair, rail pass,
fee concession, stolen scooter, broadband installation, double debit, admit card, seat
allotment, school reopening, loan offer, Aadhaar appointment, gas-bill link, missing parcel,
water meter, cashback, results, lost bag, soil test, three-phase upgrade or interest-rate reply
here, nor any of round 17's: debit card, roaming, newborn cover, cataract, failed delivery,
rescheduled flight, certificate correction, library fine, cheque book, piped gas,
physiotherapy, e-visa, premium paid, mutation, cooler delivery, exam result, interest
certificate, landline, locker, holidays, mobile-number change, shoe return, heart test, tap
connection, number reactivation, rain-damage claim, hearing test, postpaid bill, deposit
maturity, Onam exam, pension, dental visit, scholarship, spam block, farm loan, cattle cover,
Hajj, parcel dispatch, passport post). A phrase-overlap check (every 20-character run of every
chunk searched in both files) and a read-through against them made these changes to the draft:
four English chunks sharing a 20-character run with them ("will be installed at", "has been
approved by", "will be signed by the", "has been signed by") were reworded; a Hindi
washing-machine delivery and a Gujarati mixer-grinder delivery (round 17's Hindi cooler
delivery, the template round 18 also dropped a fridge delivery for), a Marathi cashless
approval for surgery (a claim approval), a Punjabi visa appointment (round 17's e-visa), a
Tamil vehicle-insurance expiry notice (round 18's Bengali premium-due reply) and a Bengali
broadband request (round 18's broadband installation) were replaced by other replies; and
closing sentences that echoed theirs ("call this number again if the problem comes back", "the
first month's rent is waived", "parents are invited", "only one person may come in", "bring her
old medicines", "it has been written in his diary") were rewritten while drafting.
No amount, name, company or place from them is reused: every name, place, company, amount,
decimal, percentage, dotted date, clock time, version number, domain, flat, plot and day of the
month here was checked with a plain substring grep against both files, after mapping every
Unicode decimal digit (Devanagari, Bengali-Assamese, Gurmukhi, Gujarati, Odia, Tamil, Telugu,
Kannada, Malayalam, Arabic-Indic and Extended Arabic-Indic) to ASCII in both. That check made
four changes to the draft: ₹95 (inside round 17's ₹২,৯৫০, i.e. 2,950), "Plot 19" (inside
19.03.2029 and 4471902), "about 20 mins." (inside every 2029 date and XX7720) and a card bill
due "on the 27th" (inside 27.02.2029 and 4127-0093) became ₹65, "Plot 53", "about 55 mins." and
"on the 31st". Names were checked the same way and by eye; the Indic-script cases here name no
person, and their places and schemes (ठाणे, കേരള, the Gujarati and Kannada civic bodies, the
Assamese and Telugu schemes) occur in neither file. Only bare small counts and clock hours
("1", "2", "3" as keycap list markers, "4" and "6" as clock hours, "6" and "1" in 6% and 1%)
recur, as in rounds 15 to 18.
None of the short forms those two files use (or list from earlier rounds) appears here: not
their abbreviations (Const., Pls., Inh., Liq., i.v., Qtr., Rly., Cantt., Amt., Txn., Stmt.,
Jun., D.G.O., M.S., M.Ch., Capt., Cmdr., Sgt., Feb., M.B.B.S., M.D., D.Pharm., Sach., Supp.,
t.i.d., p.c., Mohd., Vill., Teh., A/c, Avl., Bal., Chq., Addl., Jt., LL.B., Dy., sq. ft., P.S.,
Brig., Sqn. Ldr., Bldg., Fr., Kum., M.A., B.Ed., M.Com., Wed., Oint., q.i.d., Neb., p.r.n.,
a.c., P.O., Dist., Jn., Sept., Dept., Bros., Corp., w.r.t., i.e., excl., Nov., Insp., stn.,
Supdt., Prof., Asst., Ph.D., M.Sc., Inj., Syr., h.s., Cr., b.i.d., No., Co-op., Hsg., Soc.,
Sec., Mkt., Tue., Aug., Fri., Ms., Sun., Dec., Inc., Assoc., Ref., Encl., Regd., N.B., Lt.
Col., Wg. Cdr., retd., Er., M.E., Adv., B.A., Susp., t.d.s., Lot., Gtt., stat., Opp., Nr., Rd.,
Pvt. Ltd., approx., incl., Mon., Mar., Apr., Oct., Sat., Mr., p.m., Govt., St., Std., viz.,
Maj., Smt., Sr., Cap., Flr., Ext., Jan., Jul., Thu., yr., Hav., Tab., Blk., w.e.f., p.a., hrs.,
e.g., etc., vs., Re., Dr., Rs., a.m., the initials "S.P.", "T. R." and "K. S.", उ.प्र., উ.মা.,
ಕ.ರಾ.ರ.ಸಾ.ನಿ., കെ.എസ്.ഇ.ബി., कै., श्री., स्व., कु., सौ., क्र., दि., रु., एसटी, मु., पो., ता.,
जि., डॉ., कि.मी., ਸ., ਰੁ., ચિ., ગ્રા.પં., ડૉ., તા., રૂ., సా., కి.మీ., ಸ.ಹಿ.ಪ್ರಾ., ಡಾ., মো.,
প্রা., লি., ডা., இரா., மு.ப., திரு., பி.ப., ரூ., ഡോ., കി.മീ., ബഹു., and the forms they report
avoiding: ORS, o.d., Pt., b.d., Mrs., B.Com., Tues., Thurs., Distt., चि., ಕು., B.D.S., Int.,
D.N.B., B.P., D.M., s.c., M.D.S., Caps., Extn., Corpn., Secy., Supt., Jr., Sep., B.Pharm., Dt.,
Tq., Sh., Hon., s.o.s., q.d.s., p.o., P.C.) nor their acronyms and units (S.H.O., C.B.S.E.,
N.I.T., OPD, 5G, mg, N.R.I., U.A.E., I.F.S.C., I.T.I., M.L.A., P.N.R., T.T.E., U.K., P.W.D.,
N.O.C., S.D.M., B.P.L., B.D.O., C.O.D., R.T.O., NCC, MRI, ATM(s), kg, GB, PDF, ID, NEFT, kWh,
MB, FD, SIP, NAV, PIN, SIM, ICU, QR, UPI, SMS, KYC, OTP, PAN, GST, EMI, km, ml): a whole-word
regex search of this file's cases for each of them, case-sensitive and case-insensitive, finds
nothing, and no dotted one among them (one with a dot inside it) occurs in the cases even as a
plain substring. (Forms that are a word plus a final dot occur only as the ends of ordinary
words, "door.", "refund.", "lane.", as round 18 notes for "meter."; the whole-word search finds
none of them. The Kannada "ಪಡೆಯಬೇಕು." was written as "ಅಗತ್ಯ." while drafting, because round 18
found "ಕು." at the end of such a word.) Spelled-out words such as "bill", "number" or "account"
are not short forms and do recur.
Every short form in this round is new, and each one (the rank A.S.I.; degrees F.R.C.S. and
M.Phil.; prescription forms Sol., Pdr. and i.m.; address forms Twr. and Indl.; banking forms
Trf., Br. and Pymt.; officialese Estt., Commr. and Admn.; the unit mins.; the dotted acronyms
T.C., B.E.O., G.M.C., R.M.O. and M.I.D.C.; the run-together initials "R.K."; and the Indic
forms म.न.पा., અ.મ્યુ.કો., ಬಿ.ಬಿ.ಎಂ.ಪಿ. and പി.എസ്.സി.) was checked with grep against both
files, case-insensitively, both as a whole word and as a plain substring: neither search finds
any of them. Forms that clash were not used: "Apt." (a plain substring of "Capt."; the flat is
in "Twr. B" instead), "& Co." (a plain substring of round 18's ".co.in" domains; the address
case now ends a sentence on "M.I.D.C."), "H.O.D." (contains "o.d."; the ward case uses
"R.M.O."), "S.S.C." (contains "s.c."; the school case uses "B.E.O."), "A.I.I.M.S." (contains
"M.S."), "U.P.S.C." (contains "P.S.") and "G.P.O." (contains "P.O."). Variants of forms already
used were avoided ("B.Sc." after M.Sc., "Lt." or "Col." alone, "hr." after hrs., "Acct." after
A/c), as were forms whose meaning an earlier round covers in another script or form: no "पू."
or "अ." (a.m., p.m.), "इ." (Std.), "বি.দ্র." (N.B.), Devanagari "प्रा." (প্রা.), "रा.उ.मा.वि."
(উ.মা.), a Punjabi board name with "ਸ." in it, or any "number", "doctor", "district", "village"
or "rupee" form in any script; km and ml are again not used in any script. The single capital
letter that ends a sentence here ("Block Y.") is a label, not a short form; "Y." occurs in
neither file as a whole word.

About two thirds of the cases (38 of 60) are everyday replies (banking, telecom, insurance,
hospitals, delivery, travel, government services, utilities, schools) in English, Hinglish,
Hindi, Marathi, Bengali, Tamil, Telugu, Gujarati, Kannada, Malayalam, Punjabi, Odia, Assamese
and Urdu; the other third (22) carries the harder cases a bot really produces.

Each case is (text, the chunks a careful human would send to TTS one at a time). The chunks
concatenate exactly to the text; each chunk is a full sentence (or list item / heading line)
and carries the whitespace that follows its sentence end. A chunk is never cut inside an amount
(here lakh amounts ₹2,35,000, ₹7,08,000 and ₹8,26,000, a decimal crore ₹1.18 crore, ₹18,460 and
₹1,964), a decimal or percentage (6%, 1%), a version number (7.4.18), a dotted date
(03.11.2031, 06.11.2031), a dotted time (09.40, 08.10, 16.25, and 07.45 and 07.25 with a
Gujarati and a Malayalam suffix), a short form (a rank, A.S.I.; degrees F.R.C.S., M.Phil.;
prescription forms Sol., Pdr., i.m.; address forms Twr., Indl.; banking forms Trf., Br., Pymt.;
officialese Estt., Commr., Admn.; a unit, mins.; dotted acronyms T.C., B.E.O., G.M.C., R.M.O.,
M.I.D.C.; run-together initials "R.K."; Indic forms म.न.पा., અ.મ્યુ.કો., ಬಿ.ಬಿ.ಎಂ.ಪಿ.,
പി.എസ്.സി.), a URL (here an https:// address with a "#" fragment, and a www. address ending a
sentence) or an e-mail address (here one with a "+" in the local part, followed by a comma),
and a list marker stays with its item. A short form that ends a sentence (followed by a new
sentence, even one that itself opens with a short form, as in "... at our Koramangala Br. Pymt.
of your card bill ...") does end the chunk: here A.S.I., M.Phil., i.m., M.I.D.C., Br., Commr.,
B.E.O. and mins. each end one. A short form opening a sentence stays with it (here Sol., Pdr.,
Trf., Pymt. and અ.મ્યુ.કો.; "P.S." and "N.B." are not exercised). A one-line list after a colon
is chunked as its multi-line form would be: the lead-in up to the colon, then one chunk per
item (here "a)", "b)", "c)" markers on items ending in "."); in a multi-line list each line is
a chunk with its newline (here keycap-emoji markers on items without full stops, after a
heading line ending in a colon). A bracketed or quoted sentence is its own chunk and keeps its
closing bracket or quote; a bracket inside a sentence does not end it (here one holding an
amount and a comma); a "?" or "!" inside a quote in the middle of a sentence does not end the
chunk, and a quoted question opening a sentence does not end it either (curly quotes in one
case, straight ones in another). An emoji stays with the sentence it follows (here after "!!"),
an emoji that closes a sentence with no stop ends the chunk (a flag here), and a reply may end
on an emoji with no full stop; an ASCII ellipsis "..." and a "…" end a sentence like "?", "!"
and "?!" do (a "…" here). A single capital letter ending a sentence ("... changed to Block Y.
His desk ...") ends the chunk; run-together initials before a name ("R.K. Menon") and a dotted
acronym followed by a lower-case word ("T.C. was", "R.M.O. karenge") or by a capitalised place
name ("G.M.C. Aurangabad") do not. A dotted time, a percentage or an amount-word ending a
sentence ends it after the final full stop (here "at 09.40.", "at 16.25.", "another 1%." and
"₹1.18 crore."), and a www. address ending a sentence ends it after its final full stop, as
round 16 states and round 17 keeps. Urdu sentences end at ۔ and ؟, Indic ones at । as well as
"."; in a mixed-script reply each sentence ends at its own script's mark (here also an English
"?" between two Urdu sentences, and an English sentence between two Kannada ones).

Where the two rounds differ, round 18 is followed. They contradict each other on no rule; they
differ in what they state and how they check. Round 18 adds a phrase-overlap check (every
20-character run of every chunk searched in both earlier files, with a read-through) that round
17 does not run; round 18 maps Arabic-Indic digits as well as the Indic ones when checking
numbers; and round 18 says outright that forms which are a word plus a final dot may occur as
the ends of ordinary words, and rewrites an Indic word whose ending the whole-word search reads
as an old form (its "ಕು."). All of round 18's checks were run here, and its list of avoided
forms was checked too. Round 18 states as rules the five expectations round 17 offered as its
own additions (a dotted acronym before a capitalised place name does not end the chunk; a bare
decimal ending a sentence ends it after the final full stop; a "!" inside a mid-sentence quote
does not end it; multi-line list items that end in full stops are still one chunk per line; an
https:// URL ending in "/" ends the chunk after the full stop that follows), and they are kept.
Round 18's own five additions are kept as well (a quoted exclamation opening a sentence does
not end it; an emoji in the middle of a sentence does not; an emoji with a skin-tone modifier
or a zero-width-joiner sequence is never cut inside; a "?" inside a URL's query string does not
end the chunk; a bracketed sentence that opens with a short form is one chunk), though not all
of them are exercised here. Round 17 uses straight quotes and round 18 both kinds; that is no
rule, and both are used here. Round 17 states that an emoji closing a sentence with no stop
ends the chunk; round 18 does not restate it, and adds that an emoji in the middle of a
sentence does not end it. Following round 18, both hold: whether the emoji closes a sentence (a
new sentence follows) or sits inside one decides, and the flag here closes a sentence.
Seven expectations go beyond what either round states, and follow the same "careful human"
rule: a "?" right after a URL (here after a "#" fragment, ".../quota#this-month? You can ...")
ends the sentence and is not part of the URL, and a "#" inside a URL does not end anything;
"!!" ends a sentence like "!", and an emoji with a variation selector (❤️) after it stays with
it; a flag emoji (two regional-indicator letters) is never cut inside; keycap emoji (1️⃣) used
as list markers stay with their items and are never cut inside; a full stop right after a
closing quote ('... now reads “Under review”. When ...') ends the sentence after that full
stop, and a quoted "!" followed by a comma ('“Approved!”, you can ...') does not end it; a
dotted Indic acronym with a case suffix attached (म.न.पा.ने, ಬಿ.ಬಿ.ಎಂ.ಪಿ.ಗೆ) or a dotted time
with one (07.45થી) is one word and is never cut; and a dotted rank before a person's name
("A.S.I. Gurmeet Bajwa") does not end the chunk, as a dotted acronym before a place name does
not, nor does a short form followed by a single capital letter and a comma ("Twr. B,").
"""

from __future__ import annotations

HELD_OUT: list[tuple[str, list[str]]] = [
    # --- everyday replies, English --------------------------------------------------------
    (
        "Your credit card limit has been raised to ₹2,35,000 from today. The higher limit applies to purchases as well as cash withdrawals. If you would rather keep your old limit, just reply to this message.",
        [
            "Your credit card limit has been raised to ₹2,35,000 from today. ",
            "The higher limit applies to purchases as well as cash withdrawals. ",
            "If you would rather keep your old limit, just reply to this message.",
        ],
    ),
    (
        "Your term life policy document has been sent to your e-mail address. You have thirty days to read it and return the policy for a full refund if it does not suit you. After that, your premium stays the same for the whole term.",
        [
            "Your term life policy document has been sent to your e-mail address. ",
            "You have thirty days to read it and return the policy for a full refund if it does not suit you. ",
            "After that, your premium stays the same for the whole term.",
        ],
    ),
    (
        "Your father's dialysis sessions have been moved to Tuesdays and Saturdays. Each session starts at 6 in the morning and lasts about four hours. Please ask him to carry a light snack for the ride home.",
        [
            "Your father's dialysis sessions have been moved to Tuesdays and Saturdays. ",
            "Each session starts at 6 in the morning and lasts about four hours. ",
            "Please ask him to carry a light snack for the ride home.",
        ],
    ),
    (
        "Your wardrobe will be delivered on Thursday, and our carpenter will assemble it the same day. Please clear a space of about two metres along one wall. Our team will take the packing material away with them.",
        [
            "Your wardrobe will be delivered on Thursday, and our carpenter will assemble it the same day. ",
            "Please clear a space of about two metres along one wall. ",
            "Our team will take the packing material away with them.",
        ],
    ),
    (
        "Your missing suitcase has been traced to the Lucknow airport. Our courier will bring it to your home tonight. Please check the lock and the contents before you sign for it.",
        [
            "Your missing suitcase has been traced to the Lucknow airport. ",
            "Our courier will bring it to your home tonight. ",
            "Please check the lock and the contents before you sign for it.",
        ],
    ),
    (
        "Your property tax for this year comes to ₹6,912. If you pay before the end of next month, you get a rebate of five percent. You can pay at any ward office or on the corporation's website.",
        [
            "Your property tax for this year comes to ₹6,912. ",
            "If you pay before the end of next month, you get a rebate of five percent. ",
            "You can pay at any ward office or on the corporation's website.",
        ],
    ),
    (
        "The streetlight outside your house has been repaired. Our team also replaced two other lamps in your lane. If any light stays off after dark, please send us a photo.",
        [
            "The streetlight outside your house has been repaired. ",
            "Our team also replaced two other lamps in your lane. ",
            "If any light stays off after dark, please send us a photo.",
        ],
    ),
    (
        "Your daughter's class is going on a day trip to the science museum next Friday. Please sign the consent slip in her diary and send ₹260 for the bus and lunch. The children will be back at school by 4.",
        [
            "Your daughter's class is going on a day trip to the science museum next Friday. ",
            "Please sign the consent slip in her diary and send ₹260 for the bus and lunch. ",
            "The children will be back at school by 4.",
        ],
    ),
    # --- everyday replies, Hinglish -------------------------------------------------------
    (
        "Aapka prepaid plan parson khatam ho raha hai. Naya plan lene par aapko do din ka extra data free milega. Recharge aap hamare app se ya kisi bhi dukaan se kar sakte hain.",
        [
            "Aapka prepaid plan parson khatam ho raha hai. ",
            "Naya plan lene par aapko do din ka extra data free milega. ",
            "Recharge aap hamare app se ya kisi bhi dukaan se kar sakte hain.",
        ],
    ),
    (
        "Aapke ghar ka purana bijli meter kal smart meter se badla jayega. Is kaam mein lagbhag aadha ghanta lagega aur us dauraan light band rahegi. Naye meter ki reading aap app mein roz dekh payenge.",
        [
            "Aapke ghar ka purana bijli meter kal smart meter se badla jayega. ",
            "Is kaam mein lagbhag aadha ghanta lagega aur us dauraan light band rahegi. ",
            "Naye meter ki reading aap app mein roz dekh payenge.",
        ],
    ),
    (
        "Aapki beti ka naam school ki swimming class mein likh liya gaya hai. Class har Tuesday aur Friday ko chhutti ke baad hogi. Uske saath swimming cap aur towel bhejiyega.",
        [
            "Aapki beti ka naam school ki swimming class mein likh liya gaya hai. ",
            "Class har Tuesday aur Friday ko chhutti ke baad hogi. ",
            "Uske saath swimming cap aur towel bhejiyega.",
        ],
    ),
    (
        "Aapka account ab zero balance account mein badal diya gaya hai. Ab minimum balance na rakhne par koi penalty nahi lagegi. Is account mein har mahine chaar free withdrawal milte hain.",
        [
            "Aapka account ab zero balance account mein badal diya gaya hai. ",
            "Ab minimum balance na rakhne par koi penalty nahi lagegi. ",
            "Is account mein har mahine chaar free withdrawal milte hain.",
        ],
    ),
    # --- everyday replies, Hindi ----------------------------------------------------------
    (
        "आपके राशन कार्ड में आपकी बहू का नाम जोड़ दिया गया है। अगले महीने से उसके हिस्से का अनाज भी मिलेगा। नया कार्ड राशन की दुकान पर ही मिल जाएगा।",
        [
            "आपके राशन कार्ड में आपकी बहू का नाम जोड़ दिया गया है। ",
            "अगले महीने से उसके हिस्से का अनाज भी मिलेगा। ",
            "नया कार्ड राशन की दुकान पर ही मिल जाएगा।",
        ],
    ),
    (
        "आपके बच्चे का अगला टीका अगले मंगलवार को लगेगा। टीकाकरण कार्ड साथ लाना न भूलें। टीके के बाद हल्का बुखार आ सकता है, इससे घबराएँ नहीं।",
        [
            "आपके बच्चे का अगला टीका अगले मंगलवार को लगेगा। ",
            "टीकाकरण कार्ड साथ लाना न भूलें। ",
            "टीके के बाद हल्का बुखार आ सकता है, इससे घबराएँ नहीं।",
        ],
    ),
    (
        "आपके नंबर पर नई कॉलर ट्यून लगा दी गई है। इसका शुल्क हर महीने आपके बैलेंस से कटेगा। ट्यून बदलने के लिए हमें कभी भी संदेश भेजें।",
        [
            "आपके नंबर पर नई कॉलर ट्यून लगा दी गई है। ",
            "इसका शुल्क हर महीने आपके बैलेंस से कटेगा। ",
            "ट्यून बदलने के लिए हमें कभी भी संदेश भेजें।",
        ],
    ),
    (
        "आपकी चार धाम यात्रा के लिए पंजीकरण हो गया है। पंजीकरण पत्र की प्रति हर पड़ाव पर दिखानी होगी। पहाड़ों में मौसम जल्दी बदलता है, इसलिए गर्म कपड़े साथ रखें।",
        [
            "आपकी चार धाम यात्रा के लिए पंजीकरण हो गया है। ",
            "पंजीकरण पत्र की प्रति हर पड़ाव पर दिखानी होगी। ",
            "पहाड़ों में मौसम जल्दी बदलता है, इसलिए गर्म कपड़े साथ रखें।",
        ],
    ),
    # --- everyday replies, other Indian languages -----------------------------------------
    (
        "तुमच्या मुलाची शाळेच्या क्रिकेट संघात निवड झाली आहे. सराव रोज संध्याकाळी पाच ते सात या वेळेत होईल. त्याच्यासाठी पांढरे कपडे आणि बूट घ्यावे लागतील.",
        [
            "तुमच्या मुलाची शाळेच्या क्रिकेट संघात निवड झाली आहे. ",
            "सराव रोज संध्याकाळी पाच ते सात या वेळेत होईल. ",
            "त्याच्यासाठी पांढरे कपडे आणि बूट घ्यावे लागतील.",
        ],
    ),
    (
        "तुमच्या मुलीचा जातीचा दाखला तयार झाला आहे. तो तहसील कार्यालयातील तिसऱ्या खिडकीवर मिळेल. दाखल्याची डिजिटल प्रत तुमच्या मोबाइलवरही पाठवली आहे.",
        [
            "तुमच्या मुलीचा जातीचा दाखला तयार झाला आहे. ",
            "तो तहसील कार्यालयातील तिसऱ्या खिडकीवर मिळेल. ",
            "दाखल्याची डिजिटल प्रत तुमच्या मोबाइलवरही पाठवली आहे.",
        ],
    ),
    (
        "আপনার ছেলের স্কুলে আগামী বৃহস্পতিবার চোখ ও দাঁতের পরীক্ষা হবে। এই পরীক্ষার জন্য কোনো টাকা লাগবে না। কোনো সমস্যা পাওয়া গেলে শিক্ষক আপনাকে জানাবেন।",
        [
            "আপনার ছেলের স্কুলে আগামী বৃহস্পতিবার চোখ ও দাঁতের পরীক্ষা হবে। ",
            "এই পরীক্ষার জন্য কোনো টাকা লাগবে না। ",
            "কোনো সমস্যা পাওয়া গেলে শিক্ষক আপনাকে জানাবেন।",
        ],
    ),
    (
        "আপনার অর্ডার করা শাড়িটি আজ বিকেলে পৌঁছে যাবে। ডেলিভারির সময় প্যাকেট খুলে দেখে নিতে পারেন। পছন্দ না হলে সাত দিনের মধ্যে ফেরত দেওয়া যাবে।",
        [
            "আপনার অর্ডার করা শাড়িটি আজ বিকেলে পৌঁছে যাবে। ",
            "ডেলিভারির সময় প্যাকেট খুলে দেখে নিতে পারেন। ",
            "পছন্দ না হলে সাত দিনের মধ্যে ফেরত দেওয়া যাবে।",
        ],
    ),
    (
        "உங்கள் வீட்டு இணைய வேகம் இன்று முதல் இரட்டிப்பாக்கப்பட்டுள்ளது. உங்கள் திட்டத்தின் விலை மாறவில்லை. புதிய வேகத்தைப் பெற ரூட்டரை ஒருமுறை அணைத்து மீண்டும் இயக்கவும்.",
        [
            "உங்கள் வீட்டு இணைய வேகம் இன்று முதல் இரட்டிப்பாக்கப்பட்டுள்ளது. ",
            "உங்கள் திட்டத்தின் விலை மாறவில்லை. ",
            "புதிய வேகத்தைப் பெற ரூட்டரை ஒருமுறை அணைத்து மீண்டும் இயக்கவும்.",
        ],
    ),
    (
        "உங்கள் மகளின் பள்ளியில் வரும் சனிக்கிழமை விளையாட்டு விழா நடைபெறும். அவள் வெள்ளை உடையில் காலை ஏழு மணிக்குள் வர வேண்டும். மதிய உணவு பள்ளியிலேயே வழங்கப்படும்.",
        [
            "உங்கள் மகளின் பள்ளியில் வரும் சனிக்கிழமை விளையாட்டு விழா நடைபெறும். ",
            "அவள் வெள்ளை உடையில் காலை ஏழு மணிக்குள் வர வேண்டும். ",
            "மதிய உணவு பள்ளியிலேயே வழங்கப்படும்.",
        ],
    ),
    (
        "మీ ఇంటి ముందు మురుగు కాలువలో ఉన్న అడ్డంకిని తొలగించాము. ఆ ప్రాంతంలో బ్లీచింగ్ పౌడర్ కూడా చల్లాము. మీ ఫిర్యాదును ఇప్పుడు మూసివేశాము.",
        [
            "మీ ఇంటి ముందు మురుగు కాలువలో ఉన్న అడ్డంకిని తొలగించాము. ",
            "ఆ ప్రాంతంలో బ్లీచింగ్ పౌడర్ కూడా చల్లాము. ",
            "మీ ఫిర్యాదును ఇప్పుడు మూసివేశాము.",
        ],
    ),
    (
        "మీ అమ్మాయి పేరు మీద సుకన్య సమృద్ధి ఖాతా తెరిచాము. ప్రతి సంవత్సరం కనీసం ఒకసారి ఈ ఖాతాలో డబ్బు జమ చేయాలి. ఖాతా పుస్తకం మీ ఇంటికి పోస్టులో వస్తుంది.",
        [
            "మీ అమ్మాయి పేరు మీద సుకన్య సమృద్ధి ఖాతా తెరిచాము. ",
            "ప్రతి సంవత్సరం కనీసం ఒకసారి ఈ ఖాతాలో డబ్బు జమ చేయాలి. ",
            "ఖాతా పుస్తకం మీ ఇంటికి పోస్టులో వస్తుంది.",
        ],
    ),
    (
        "તમારા ખાતામાં ખેડૂત સહાય યોજનાનો હપ્તો જમા થયો છે. આ રકમ ગામના બૅન્ક મિત્ર પાસેથી પણ મેળવી શકાય છે. આગામી હપ્તો ચાર મહિના પછી આવશે.",
        [
            "તમારા ખાતામાં ખેડૂત સહાય યોજનાનો હપ્તો જમા થયો છે. ",
            "આ રકમ ગામના બૅન્ક મિત્ર પાસેથી પણ મેળવી શકાય છે. ",
            "આગામી હપ્તો ચાર મહિના પછી આવશે.",
        ],
    ),
    (
        "તમારાં પત્નીની સોનોગ્રાફી આવતીકાલે સવારે નવ વાગ્યે છે. તપાસ પહેલાં એક કલાકમાં ત્રણ-ચાર ગ્લાસ પાણી પીવું. સોનોગ્રાફી રૂમ પહેલા માળે છે.",
        [
            "તમારાં પત્નીની સોનોગ્રાફી આવતીકાલે સવારે નવ વાગ્યે છે. ",
            "તપાસ પહેલાં એક કલાકમાં ત્રણ-ચાર ગ્લાસ પાણી પીવું. ",
            "સોનોગ્રાફી રૂમ પહેલા માળે છે.",
        ],
    ),
    (
        "ನಿಮ್ಮ ತಾಯಿಯವರನ್ನು ನಾಳೆ ಬೆಳಿಗ್ಗೆ ಆಸ್ಪತ್ರೆಯಿಂದ ಬಿಡುಗಡೆ ಮಾಡಲಾಗುತ್ತದೆ. ಬಿಲ್ ಪಾವತಿಸಿದ ನಂತರ ಬಿಡುಗಡೆ ಪತ್ರ ಸಿಗುತ್ತದೆ. ಮನೆಯಲ್ಲಿ ಅವರಿಗೆ ಒಂದು ವಾರ ಪೂರ್ಣ ವಿಶ್ರಾಂತಿ ಅಗತ್ಯ.",
        [
            "ನಿಮ್ಮ ತಾಯಿಯವರನ್ನು ನಾಳೆ ಬೆಳಿಗ್ಗೆ ಆಸ್ಪತ್ರೆಯಿಂದ ಬಿಡುಗಡೆ ಮಾಡಲಾಗುತ್ತದೆ. ",
            "ಬಿಲ್ ಪಾವತಿಸಿದ ನಂತರ ಬಿಡುಗಡೆ ಪತ್ರ ಸಿಗುತ್ತದೆ. ",
            "ಮನೆಯಲ್ಲಿ ಅವರಿಗೆ ಒಂದು ವಾರ ಪೂರ್ಣ ವಿಶ್ರಾಂತಿ ಅಗತ್ಯ.",
        ],
    ),
    (
        "ನಿಮ್ಮ ಮನೆಯ ಮಳೆನೀರು ಕೊಯ್ಲು ವ್ಯವಸ್ಥೆಯನ್ನು ಇಂದು ಪರಿಶೀಲಿಸಲಾಯಿತು. ಅದು ಸರಿಯಾಗಿ ಕೆಲಸ ಮಾಡುತ್ತಿದೆ. ಆದ್ದರಿಂದ ನಿಮ್ಮ ನೀರಿನ ಬಿಲ್\u200cನಲ್ಲಿ ಇನ್ನು ದಂಡ ಇರುವುದಿಲ್ಲ.",
        [
            "ನಿಮ್ಮ ಮನೆಯ ಮಳೆನೀರು ಕೊಯ್ಲು ವ್ಯವಸ್ಥೆಯನ್ನು ಇಂದು ಪರಿಶೀಲಿಸಲಾಯಿತು. ",
            "ಅದು ಸರಿಯಾಗಿ ಕೆಲಸ ಮಾಡುತ್ತಿದೆ. ",
            "ಆದ್ದರಿಂದ ನಿಮ್ಮ ನೀರಿನ ಬಿಲ್\u200cನಲ್ಲಿ ಇನ್ನು ದಂಡ ಇರುವುದಿಲ್ಲ.",
        ],
    ),
    (
        "നിങ്ങളുടെ വിദ്യാഭ്യാസ വായ്പയുടെ ആദ്യ ഗഡു കോളേജിന്റെ അക്കൗണ്ടിലേക്ക് അയച്ചു. രണ്ടാം ഗഡു അടുത്ത സെമസ്റ്ററിൽ ലഭിക്കും. പഠനം കഴിഞ്ഞ് ആറ് മാസത്തിന് ശേഷമാണ് തിരിച്ചടവ് തുടങ്ങുക.",
        [
            "നിങ്ങളുടെ വിദ്യാഭ്യാസ വായ്പയുടെ ആദ്യ ഗഡു കോളേജിന്റെ അക്കൗണ്ടിലേക്ക് അയച്ചു. ",
            "രണ്ടാം ഗഡു അടുത്ത സെമസ്റ്ററിൽ ലഭിക്കും. ",
            "പഠനം കഴിഞ്ഞ് ആറ് മാസത്തിന് ശേഷമാണ് തിരിച്ചടവ് തുടങ്ങുക.",
        ],
    ),
    (
        "നിങ്ങളുടെ മത്സ്യബന്ധന ബോട്ടിന്റെ ഇൻഷുറൻസ് പുതുക്കി. പുതിയ പോളിസി ഒരു വർഷത്തേക്ക് സാധുവാണ്. കടലിൽ പോകുമ്പോൾ ലൈഫ് ജാക്കറ്റ് നിർബന്ധമാണ്.",
        [
            "നിങ്ങളുടെ മത്സ്യബന്ധന ബോട്ടിന്റെ ഇൻഷുറൻസ് പുതുക്കി. ",
            "പുതിയ പോളിസി ഒരു വർഷത്തേക്ക് സാധുവാണ്. ",
            "കടലിൽ പോകുമ്പോൾ ലൈഫ് ജാക്കറ്റ് നിർബന്ധമാണ്.",
        ],
    ),
    (
        "ਤੁਹਾਡੇ ਖਾਤੇ ਵਿੱਚ ਕਣਕ ਦੀ ਫ਼ਸਲ ਦੀ ਅਦਾਇਗੀ ਆ ਗਈ ਹੈ। ਮੰਡੀ ਦੀ ਪਰਚੀ ਸੰਭਾਲ ਕੇ ਰੱਖੋ। ਕੋਈ ਗੜਬੜ ਹੋਵੇ ਤਾਂ ਆਪਣੇ ਆੜ੍ਹਤੀਏ ਨਾਲ ਗੱਲ ਕਰੋ।",
        [
            "ਤੁਹਾਡੇ ਖਾਤੇ ਵਿੱਚ ਕਣਕ ਦੀ ਫ਼ਸਲ ਦੀ ਅਦਾਇਗੀ ਆ ਗਈ ਹੈ। ",
            "ਮੰਡੀ ਦੀ ਪਰਚੀ ਸੰਭਾਲ ਕੇ ਰੱਖੋ। ",
            "ਕੋਈ ਗੜਬੜ ਹੋਵੇ ਤਾਂ ਆਪਣੇ ਆੜ੍ਹਤੀਏ ਨਾਲ ਗੱਲ ਕਰੋ।",
        ],
    ),
    (
        "ਝੋਨੇ ਦੇ ਸੀਜ਼ਨ ਦੌਰਾਨ ਤੁਹਾਡੇ ਖੇਤ ਦੀ ਮੋਟਰ ਨੂੰ ਰੋਜ਼ ਅੱਠ ਘੰਟੇ ਬਿਜਲੀ ਮਿਲੇਗੀ। ਤੁਹਾਡੇ ਇਲਾਕੇ ਦਾ ਸਮਾਂ ਸਵੇਰੇ ਪੰਜ ਵਜੇ ਤੋਂ ਦੁਪਹਿਰ ਇੱਕ ਵਜੇ ਤੱਕ ਹੈ। ਸਮਾਂ ਬਦਲਣ 'ਤੇ ਅਸੀਂ ਤੁਹਾਨੂੰ ਸੁਨੇਹਾ ਭੇਜਾਂਗੇ।",
        [
            "ਝੋਨੇ ਦੇ ਸੀਜ਼ਨ ਦੌਰਾਨ ਤੁਹਾਡੇ ਖੇਤ ਦੀ ਮੋਟਰ ਨੂੰ ਰੋਜ਼ ਅੱਠ ਘੰਟੇ ਬਿਜਲੀ ਮਿਲੇਗੀ। ",
            "ਤੁਹਾਡੇ ਇਲਾਕੇ ਦਾ ਸਮਾਂ ਸਵੇਰੇ ਪੰਜ ਵਜੇ ਤੋਂ ਦੁਪਹਿਰ ਇੱਕ ਵਜੇ ਤੱਕ ਹੈ। ",
            "ਸਮਾਂ ਬਦਲਣ 'ਤੇ ਅਸੀਂ ਤੁਹਾਨੂੰ ਸੁਨੇਹਾ ਭੇਜਾਂਗੇ।",
        ],
    ),
    (
        "ଆପଣଙ୍କ ଘର ପାଇଁ ଆବାସ ଯୋଜନାର ପ୍ରଥମ କିସ୍ତି ମଞ୍ଜୁର ହୋଇଛି। ମୂଳଦୁଆ କାମ ଶେଷ ହେବା ପରେ ଦ୍ୱିତୀୟ କିସ୍ତି ମିଳିବ। କାମର ଫଟୋ ପଞ୍ଚାୟତ ଅଫିସରେ ଦିଅନ୍ତୁ।",
        [
            "ଆପଣଙ୍କ ଘର ପାଇଁ ଆବାସ ଯୋଜନାର ପ୍ରଥମ କିସ୍ତି ମଞ୍ଜୁର ହୋଇଛି। ",
            "ମୂଳଦୁଆ କାମ ଶେଷ ହେବା ପରେ ଦ୍ୱିତୀୟ କିସ୍ତି ମିଳିବ। ",
            "କାମର ଫଟୋ ପଞ୍ଚାୟତ ଅଫିସରେ ଦିଅନ୍ତୁ।",
        ],
    ),
    (
        "ଆପଣଙ୍କ ଝିଅ ସରକାରୀ ଯୋଜନାରେ ମାଗଣା ସାଇକେଲ ପାଇବ। ସାଇକେଲ ଆସନ୍ତା ଶନିବାର ସ୍କୁଲରେ ବଣ୍ଟାଯିବ। ସେଦିନ ଜଣେ ଅଭିଭାବକ ତା ସହ ଆସନ୍ତୁ।",
        [
            "ଆପଣଙ୍କ ଝିଅ ସରକାରୀ ଯୋଜନାରେ ମାଗଣା ସାଇକେଲ ପାଇବ। ",
            "ସାଇକେଲ ଆସନ୍ତା ଶନିବାର ସ୍କୁଲରେ ବଣ୍ଟାଯିବ। ",
            "ସେଦିନ ଜଣେ ଅଭିଭାବକ ତା ସହ ଆସନ୍ତୁ।",
        ],
    ),
    (
        "আপুনি অৰ্ডাৰ দিয়া চাহপাতৰ পেকেট কাইলৈ আবেলি পাব। পেকেটটো ফাটি থাকিলে আমাক এখন ফটো পঠিয়াব। আমি তেতিয়া নতুন পেকেট পঠাই দিম।",
        [
            "আপুনি অৰ্ডাৰ দিয়া চাহপাতৰ পেকেট কাইলৈ আবেলি পাব। ",
            "পেকেটটো ফাটি থাকিলে আমাক এখন ফটো পঠিয়াব। ",
            "আমি তেতিয়া নতুন পেকেট পঠাই দিম।",
        ],
    ),
    (
        "আপোনাৰ নাম অৰুণোদয় আঁচনিৰ তালিকাত অন্তৰ্ভুক্ত কৰা হৈছে। প্ৰতি মাহে ধন পোনপটীয়াকৈ আপোনাৰ বেংক একাউণ্টলৈ যাব। একাউণ্টটো আপোনাৰ নিজৰ নামত থাকিব লাগিব।",
        [
            "আপোনাৰ নাম অৰুণোদয় আঁচনিৰ তালিকাত অন্তৰ্ভুক্ত কৰা হৈছে। ",
            "প্ৰতি মাহে ধন পোনপটীয়াকৈ আপোনাৰ বেংক একাউণ্টলৈ যাব। ",
            "একাউণ্টটো আপোনাৰ নিজৰ নামত থাকিব লাগিব।",
        ],
    ),
    (
        "آپ کی دکان کا آگ کا بیمہ نئے سال کے لیے بڑھا دیا گیا ہے۔ اب اس میں سامان کی چوری بھی شامل ہے۔ بیمے کی رقم میں کوئی تبدیلی نہیں ہوئی۔",
        [
            "آپ کی دکان کا آگ کا بیمہ نئے سال کے لیے بڑھا دیا گیا ہے۔ ",
            "اب اس میں سامان کی چوری بھی شامل ہے۔ ",
            "بیمے کی رقم میں کوئی تبدیلی نہیں ہوئی۔",
        ],
    ),
    (
        "آپ کی والدہ کے گھٹنے کا ایکسرے ہو گیا ہے۔ ہڈیوں کے ماہر کل شام چھ بجے انہیں دیکھیں گے۔ انتظار گاہ دوسری منزل پر ہے۔",
        [
            "آپ کی والدہ کے گھٹنے کا ایکسرے ہو گیا ہے۔ ",
            "ہڈیوں کے ماہر کل شام چھ بجے انہیں دیکھیں گے۔ ",
            "انتظار گاہ دوسری منزل پر ہے۔",
        ],
    ),
    # --- a dotted rank (A.S.I.) before a name, and the same one ending a sentence ---------
    (
        "Your passport verification was done by A.S.I. Gurmeet Bajwa of the Sadar police station on Monday. The report has already been sent to the passport office by the A.S.I. You should get an update from them within a week.",
        [
            "Your passport verification was done by A.S.I. Gurmeet Bajwa of the Sadar police station on Monday. ",
            "The report has already been sent to the passport office by the A.S.I. ",
            "You should get an update from them within a week.",
        ],
    ),
    # --- degrees after names: F.R.C.S. followed by a comma, M.Phil. ending a sentence -----
    (
        "Your husband's shoulder surgery will be done by Vikrant Oberoi, F.R.C.S., on the morning of the 26th. Before that, he will meet our counsellor, Leela Fernandes, M.Phil. Please make sure he sleeps well the night before.",
        [
            "Your husband's shoulder surgery will be done by Vikrant Oberoi, F.R.C.S., on the morning of the 26th. ",
            "Before that, he will meet our counsellor, Leela Fernandes, M.Phil. ",
            "Please make sure he sleeps well the night before.",
        ],
    ),
    # --- prescription forms Sol. and Pdr. opening sentences; i.m. ending one --------------
    (
        "Sol. Povidone iodine is to be used as a gargle three times a day. Pdr. Clotrimazole is to be dusted on the rash after her bath. Today's vitamin injection was given i.m. The next one is due in four weeks.",
        [
            "Sol. Povidone iodine is to be used as a gargle three times a day. ",
            "Pdr. Clotrimazole is to be dusted on the rash after her bath. ",
            "Today's vitamin injection was given i.m. ",
            "The next one is due in four weeks.",
        ],
    ),
    # --- address forms: Twr. and Indl. mid-sentence; a dotted acronym (M.I.D.C.) ending a sentence ---
    (
        "Our technician will fit your water purifier at Flat 702, Twr. B, Silver Oak Residency, this afternoon. Spare filters will be sent from our depot at Plot 53, Indl. Estate, Satpur M.I.D.C. The invoice has been made out to Deshpande Traders.",
        [
            "Our technician will fit your water purifier at Flat 702, Twr. B, Silver Oak Residency, this afternoon. ",
            "Spare filters will be sent from our depot at Plot 53, Indl. Estate, Satpur M.I.D.C. ",
            "The invoice has been made out to Deshpande Traders.",
        ],
    ),
    # --- banking forms: Trf. opening a sentence; Br. ending one before one opening with Pymt. ---
    (
        "Trf. of ₹18,460 to Meghna Rao was successful. It was sent from your account at our Koramangala Br. Pymt. of your card bill is due on the 31st. Reply BLOCK if you did not make this transfer.",
        [
            "Trf. of ₹18,460 to Meghna Rao was successful. ",
            "It was sent from your account at our Koramangala Br. ",
            "Pymt. of your card bill is due on the 31st. ",
            "Reply BLOCK if you did not make this transfer.",
        ],
    ),
    # --- officialese: Estt. and Admn. mid-sentence, Commr. ending a sentence --------------
    (
        "Your hoarding permit application was cleared by the Estt. section. The final order needs the signature of the Commr. You can collect it from the Admn. office on any weekday.",
        [
            "Your hoarding permit application was cleared by the Estt. section. ",
            "The final order needs the signature of the Commr. ",
            "You can collect it from the Admn. office on any weekday.",
        ],
    ),
    # --- dotted acronyms: T.C. before a lower-case word, B.E.O. ending a sentence ---------
    (
        "Your daughter's T.C. was signed by the principal this morning and posted to the new school. Her change of school has also been reported to the B.E.O. Her hall ticket will now carry the new school's name.",
        [
            "Your daughter's T.C. was signed by the principal this morning and posted to the new school. ",
            "Her change of school has also been reported to the B.E.O. ",
            "Her hall ticket will now carry the new school's name.",
        ],
    ),
    # --- Hinglish: a dotted acronym before a capitalised place name, one before a lower-case word ---
    (
        "Aapke papa ko G.M.C. Aurangabad ke cardiology ward mein shift kar diya gaya hai. Raat mein unki dekhbhaal ward ke R.M.O. karenge. Ward ke bahar wali canteen raat bhar khuli rehti hai.",
        [
            "Aapke papa ko G.M.C. Aurangabad ke cardiology ward mein shift kar diya gaya hai. ",
            "Raat mein unki dekhbhaal ward ke R.M.O. karenge. ",
            "Ward ke bahar wali canteen raat bhar khuli rehti hai.",
        ],
    ),
    # --- a decimal crore; lakh amounts; percentages, one ending a sentence ----------------
    (
        "The sale deed values your flat at ₹1.18 crore. Stamp duty at 6% comes to ₹7,08,000, and the registration fee adds another 1%. The total of ₹8,26,000 must be paid online before your registration slot.",
        [
            "The sale deed values your flat at ₹1.18 crore. ",
            "Stamp duty at 6% comes to ₹7,08,000, and the registration fee adds another 1%. ",
            "The total of ₹8,26,000 must be paid online before your registration slot.",
        ],
    ),
    # --- dotted dates and times, one time ending a sentence; mins. ending a sentence ------
    (
        "Your counselling round for the engineering seat is on 03.11.2031 at 09.40. Document checking starts at 08.10 and takes about 55 mins. Seats still vacant will be shown on the notice board at 16.25. The allotment list for this round will be out on 06.11.2031.",
        [
            "Your counselling round for the engineering seat is on 03.11.2031 at 09.40. ",
            "Document checking starts at 08.10 and takes about 55 mins. ",
            "Seats still vacant will be shown on the notice board at 16.25. ",
            "The allotment list for this round will be out on 06.11.2031.",
        ],
    ),
    # --- version number; a URL with a "#" fragment ending a question; a www. address ending a sentence; an e-mail with "+" ---
    (
        "Version 7.4.18 of the Smart Ration app is now out. Have you checked this month's quota at https://ration.citizenhelp-sandbox.org.in/quota#this-month? You can also see it on www.citizenhelp-sandbox.org.in. Questions can go to ration.help+bot@citizenhelp-sandbox.org.in, and we answer them the same day.",
        [
            "Version 7.4.18 of the Smart Ration app is now out. ",
            "Have you checked this month's quota at https://ration.citizenhelp-sandbox.org.in/quota#this-month? ",
            "You can also see it on www.citizenhelp-sandbox.org.in. ",
            "Questions can go to ration.help+bot@citizenhelp-sandbox.org.in, and we answer them the same day.",
        ],
    ),
    # --- curly quotes: a full stop after a closing quote; a quoted "!" before a comma; a quoted question opening a sentence ---
    (
        "Your application status now reads “Under review”. When it changes to “Approved!”, you can print the certificate yourself. “Why is it taking so long?” is a fair question: the verifying officer was on leave this week.",
        [
            "Your application status now reads “Under review”. ",
            "When it changes to “Approved!”, you can print the certificate yourself. ",
            "“Why is it taking so long?” is a fair question: the verifying officer was on leave this week.",
        ],
    ),
    # --- a bracket with an amount inside a sentence; a bracketed sentence; straight quotes mid-sentence ---
    (
        'Your refund for the cancelled trip (₹1,964, including the convenience fee) has been processed. (Card refunds can take up to a week to show up.) If your bank statement shows an entry marked "Reversal", that is this refund.',
        [
            "Your refund for the cancelled trip (₹1,964, including the convenience fee) has been processed. ",
            "(Card refunds can take up to a week to show up.) ",
            'If your bank statement shows an entry marked "Reversal", that is this refund.',
        ],
    ),
    # --- "!!" with an emoji carrying a variation selector; a flag emoji closing a sentence with no stop; "…"; a reply ending on an emoji ---
    (
        "Thank you for your feedback!! ❤\ufe0f Your rating helps us improve. Happy Independence Day 🇮🇳 Our offices stay closed tomorrow, but the app works as usual… See you soon 😊",
        [
            "Thank you for your feedback!! ❤\ufe0f ",
            "Your rating helps us improve. ",
            "Happy Independence Day 🇮🇳 ",
            "Our offices stay closed tomorrow, but the app works as usual… ",
            "See you soon 😊",
        ],
    ),
    # --- multi-line list with keycap-emoji markers and no full stops ----------------------
    (
        "To link your gas connection to your bank account:\n1\ufe0f\u20e3 Open the app and tap Subsidy\n2\ufe0f\u20e3 Enter your account details\n3\ufe0f\u20e3 Upload a photo of a cancelled cheque\nThe subsidy will start from your next refill.",
        [
            "To link your gas connection to your bank account:\n",
            "1\ufe0f\u20e3 Open the app and tap Subsidy\n",
            "2\ufe0f\u20e3 Enter your account details\n",
            "3\ufe0f\u20e3 Upload a photo of a cancelled cheque\n",
            "The subsidy will start from your next refill.",
        ],
    ),
    # --- one-line list with "a)" markers after a colon, items ending in full stops --------
    (
        "Three things change on your electricity account from next month: a) Bills will come only by e-mail. b) The late fee goes up to ₹65. c) A printed bill will cost extra. Write to us if you still want bills on paper.",
        [
            "Three things change on your electricity account from next month: ",
            "a) Bills will come only by e-mail. ",
            "b) The late fee goes up to ₹65. ",
            "c) A printed bill will cost extra. ",
            "Write to us if you still want bills on paper.",
        ],
    ),
    # --- a single capital letter ending a sentence; run-together initials mid-sentence ----
    (
        "Your son's exam hall has been changed to Block Y. His desk is in the fourth row, second from the door. The hall supervisor, R.K. Menon, will check his entry pass at the door.",
        [
            "Your son's exam hall has been changed to Block Y. ",
            "His desk is in the fourth row, second from the door. ",
            "The hall supervisor, R.K. Menon, will check his entry pass at the door.",
        ],
    ),
    # --- mixed scripts: Marathi with म.न.पा. and an attached suffix, and an English sentence ---
    (
        "ठाणे म.न.पा.ने तुमच्या इमारतीला भोगवटा प्रमाणपत्र दिले आहे. प्रमाणपत्राची प्रत संकेतस्थळावर उपलब्ध आहे. Please share a copy with your housing society's managing committee.",
        [
            "ठाणे म.न.पा.ने तुमच्या इमारतीला भोगवटा प्रमाणपत्र दिले आहे. ",
            "प्रमाणपत्राची प्रत संकेतस्थळावर उपलब्ध आहे. ",
            "Please share a copy with your housing society's managing committee.",
        ],
    ),
    # --- mixed scripts: Gujarati opening with અ.મ્યુ.કો., a dotted time with a suffix, and an English sentence ---
    (
        "અ.મ્યુ.કો. દ્વારા તમારા વિસ્તારમાં આવતીકાલે સવારે 07.45થી મચ્છરનાશક દવાનો છંટકાવ થશે. એ સમયે બારી-બારણાં બંધ રાખજો. The team will also check rooftop water tanks for mosquito larvae.",
        [
            "અ.મ્યુ.કો. દ્વારા તમારા વિસ્તારમાં આવતીકાલે સવારે 07.45થી મચ્છરનાશક દવાનો છંટકાવ થશે. ",
            "એ સમયે બારી-બારણાં બંધ રાખજો. ",
            "The team will also check rooftop water tanks for mosquito larvae.",
        ],
    ),
    # --- mixed scripts: Kannada with ಬಿ.ಬಿ.ಎಂ.ಪಿ. and an attached suffix, and an English sentence between two Kannada ones ---
    (
        "ನಿಮ್ಮ ಬೀದಿಯ ರಸ್ತೆಗುಂಡಿಯ ದೂರನ್ನು ಬಿ.ಬಿ.ಎಂ.ಪಿ.ಗೆ ಕಳುಹಿಸಲಾಗಿದೆ. Repairs usually begin within ten days. ರಸ್ತೆ ಸರಿಯಾದ ನಂತರ ನಿಮಗೆ ಸಂದೇಶ ಬರುತ್ತದೆ.",
        [
            "ನಿಮ್ಮ ಬೀದಿಯ ರಸ್ತೆಗುಂಡಿಯ ದೂರನ್ನು ಬಿ.ಬಿ.ಎಂ.ಪಿ.ಗೆ ಕಳುಹಿಸಲಾಗಿದೆ. ",
            "Repairs usually begin within ten days. ",
            "ರಸ್ತೆ ಸರಿಯಾದ ನಂತರ ನಿಮಗೆ ಸಂದೇಶ ಬರುತ್ತದೆ.",
        ],
    ),
    # --- mixed scripts: Malayalam with പി.എസ്.സി. mid-sentence and a dotted time with a suffix, and an English sentence ---
    (
        "നിങ്ങളുടെ കേരള പി.എസ്.സി. ഹാൾ ടിക്കറ്റ് പ്രൊഫൈലിൽ ലഭ്യമാണ്. പരീക്ഷ രാവിലെ 07.25-ന് ആരംഭിക്കും. Carry the original of the identity document named on the ticket.",
        [
            "നിങ്ങളുടെ കേരള പി.എസ്.സി. ഹാൾ ടിക്കറ്റ് പ്രൊഫൈലിൽ ലഭ്യമാണ്. ",
            "പരീക്ഷ രാവിലെ 07.25-ന് ആരംഭിക്കും. ",
            "Carry the original of the identity document named on the ticket.",
        ],
    ),
    # --- mixed scripts: Urdu with an English question in the middle -----------------------
    (
        "آپ کی گیس لیکیج کی شکایت درج ہو گئی ہے۔ ہماری ٹیم ایک گھنٹے کے اندر پہنچ جائے گی۔ Have you turned off the regulator? اگر بو تیز ہو تو سب گھر سے باہر نکل جائیں۔",
        [
            "آپ کی گیس لیکیج کی شکایت درج ہو گئی ہے۔ ",
            "ہماری ٹیم ایک گھنٹے کے اندر پہنچ جائے گی۔ ",
            "Have you turned off the regulator? ",
            "اگر بو تیز ہو تو سب گھر سے باہر نکل جائیں۔",
        ],
    ),
]
