"""Held-out cases for the sentence splitter, round 16: written without reading or running it.

Written after reading only tests/azure_tts/splitter_held_out_round15.py and
tests/azure_tts/splitter_held_out_round14.py (for format and conventions); no splitter source,
bench, tuning file, other test file, README or git history was opened, nothing was run against
the splitter, and git was not used (python was used only to check this file: that each case's
chunks concatenate exactly to its text, that the module imports, and the grep checks below).
No sentence is taken or paraphrased from those two files, and no amount, name, company or
place from them is reused (every name, place, company, amount, decimal, percentage, dotted
date, clock time, version number, domain and reference code here was checked with a plain
substring grep against both files; only bare small counts, clock hours and days of the
month such as "10", "11", "12", "15", "20" or "30" recur, as small counts did in round 15).
None of the short forms those two files use (or list from earlier rounds) appears here:
not their abbreviations (Insp., stn., Supdt., Prof., Asst.,
Ph.D., M.Sc., Inj., Syr., h.s., Cr., b.i.d., ml, No., Co-op., Hsg., Soc., Sec., Mkt., Tue.,
Aug., Fri., Ms., Sun., Dec., Inc., Assoc., Ref., Encl., Regd., N.B., Lt. Col., Wg. Cdr., retd.,
Er., M.E., Adv., B.A., Susp., t.d.s., Lot., Gtt., stat., Opp., Nr., Rd., Pvt. Ltd., approx.,
incl., Mon., Mar., Apr., Oct., Sat., Mr., p.m., Govt., St., Std., viz., Maj., Smt., Sr., Cap.,
Flr., Ext., Jan., Jul., Thu., yr., Hav., Tab., Blk., w.e.f., p.a., hrs., e.g., etc., vs., Re.,
Dr., Rs., a.m., सौ., क्र., दि., रु., एसटी, मु., पो., ता., जि., डॉ., कि.मी., ਸ., ਰੁ., ડૉ., તા., રૂ.,
సా., కి.మీ., মো., প্রা., লি., ডা., திரு., பி.ப., ரூ., ഡോ., കി.മീ., ಡಾ., ...) nor their acronyms
(N.O.C., S.D.M., B.P.L., B.D.O., C.O.D., R.T.O., PDF, ID, NEFT, kWh, MB, FD, SIP, NAV, PIN, SIM,
ICU, QR, UPI, SMS, KYC, OTP, PAN, GST, EMI, ...): a whole-word regex search of this file's cases
for each of them finds nothing. Spelled-out words such as "bill" or "policy" are not short
forms and do recur.
Every short form in this round is new, and each one (Brig., Sqn. Ldr., Bldg., Fr., Kum., M.A.,
B.Ed., M.Com., Wed., Oint., q.i.d., Neb., p.r.n., a.c., P.O., Dist., Jn., Sept., Dept., Bros.,
Corp., w.r.t., i.e., excl., P.W.D., P.N.R., Nov., T.T.E., U.K., the initials "S.P.", GB,
स्व., कु., இரா., மு.ப., ಸ.ಹಿ.ಪ್ರಾ., ચિ., ગ્રા.પં.) was checked with grep against both files,
case-insensitively, both as a whole word and as a plain substring: neither search finds any of
them. (The Kannada "ಕು." for "Kumari" was dropped because a plain substring search finds "ಕು."
at the end of a Kannada word in round 15, the same kind of clash round 15 reports for b.d.; km
and ml were not used in any script, since rounds 14 and 15 already use them in four scripts.)

About two thirds of the cases (38 of 60) are everyday replies (banking, telecom, insurance,
hospitals, delivery, travel, government services, utilities, schools) in English, Hinglish,
Hindi, Marathi, Bengali, Tamil, Telugu, Gujarati, Kannada, Malayalam, Punjabi, Odia, Assamese
and Urdu; the other third (22) carries the harder cases a bot really produces.

Each case is (text, the chunks a careful human would send to TTS one at a time). The chunks
concatenate exactly to the text; each chunk is a full sentence (or list item / heading line)
and carries the whitespace that follows its sentence end. A chunk is never cut inside an
amount (here a lakh amount ₹42,75,000 and ₹2,13,750, paise ₹37,518.62, and amounts in
Devanagari, Gujarati and Odia digits), a decimal or percentage (8.65%, 0.25%, and
४६.५ in Devanagari digits), a version number (7.0.14), a dotted date (16.02.2028), a dotted
time (09.40, 10.05), a short form (ranks and titles such as Brig., Sqn. Ldr., Fr., Kum.;
degrees such as M.A., B.Ed., M.Com.; prescription forms such as Oint., Neb., q.i.d., p.r.n.;
address forms such as P.O., Jn.; firm and officialese forms such as Corp., Dept., w.r.t.,
i.e., excl.; dotted acronyms such as P.N.R. and U.K.; initials such as "S.P."; Indic forms
such as स्व., कु., இரா., மு.ப., ಸ.ಹಿ.ಪ್ರಾ., ચિ., ગ્રા.પં.), a URL (here a "www." address with no
scheme, ending a sentence) or an e-mail address (here one with a digit in the local part and
a sub-domain), and a list marker stays with its item. A short form that ends a sentence
(followed by a new sentence, even one that itself opens with a short form, as in "... Sainik
Welfare Bldg. Sqn. Ldr. Aditi ...") does end the chunk: here Bldg., Wed., a.c., Dist., Sept.,
Bros., P.W.D., T.T.E. and (at the very end of a reply) Sept. each end one. A one-line list
after a colon is chunked as its multi-line form would be: the lead-in up to the colon, then
one chunk per item (here with "1)" markers, and with Devanagari "१)" markers on items that end
in ।); in a multi-line list each line is a chunk with its newline (here with "•" bullets and
no full stops). A bracketed or quoted sentence is its own chunk and keeps its closing bracket
or quote; a bracket inside a sentence does not end it; a quote introduced by a colon inside a
sentence stays with that sentence, and a "?" inside a quote in the middle of a sentence does
not end the chunk. An emoji stays with the sentence it follows, an emoji that closes a
sentence with no stop ends the chunk, and a reply may end on emoji with no full stop (here
two in a row); an ASCII ellipsis "..." and a "…" end a sentence like "?", "!" and "?!" do.
Urdu sentences end at ۔ and ؟, Indic ones at । as well as "."; in a mixed-script reply each
sentence ends at its own script's mark.

Where the two rounds differ, round 15 is followed. They contradict each other on no rule;
they differ in what they state and how they check: round 15 states, and round 14 does not,
that "?!" ends a sentence, that a version number and a percentage are not cut, that "N.B."
stays with the sentence it opens, that a "?" inside a mid-sentence quote does not end the
chunk, and that an emoji closing a sentence with no stop ends the chunk, and it applies the
one-line-list rule to more than one kind of marker; round 15 also checks short forms as whole
words as well as case-insensitively, where round 14 says only "case-insensitively" (both
searches were run here). Round 14's rule that a bracket inside a sentence does not end it,
which round 15 acknowledges, is kept. Round 15's "N.B." rule is not exercised here.
Five expectations go beyond what either round states, and follow the same "careful human"
rule: a single capital letter ending a sentence ("... in Block C. Delivery ...") ends the
chunk; run-together initials ("S.P. Bhowmik") and a dotted acronym followed by a lower-case
word ("the U.K. was ...") do not; a quoted question opening a sentence ("“Where do I send the
bills?” is the question ...") does not end the chunk; and a "www." URL ending a sentence ends
the chunk after its final full stop, which is not part of the URL.
"""

from __future__ import annotations

HELD_OUT: list[tuple[str, list[str]]] = [
    # --- everyday replies, English --------------------------------------------------------
    (
        "Your request to close your old salary account has been processed. The remaining balance of ₹6,907 has been moved to your savings account. Please destroy any unused cheques from the old account.",
        [
            "Your request to close your old salary account has been processed. ",
            "The remaining balance of ₹6,907 has been moved to your savings account. ",
            "Please destroy any unused cheques from the old account.",
        ],
    ),
    (
        "Your broadband speed has been upgraded at no extra cost. Please restart your router once to get the new speed. Your monthly rental stays the same.",
        [
            "Your broadband speed has been upgraded at no extra cost. ",
            "Please restart your router once to get the new speed. ",
            "Your monthly rental stays the same.",
        ],
    ),
    (
        "Your two-wheeler policy has been renewed for another year. Your no-claim bonus has gone up, so the premium is lower than last year's. Please keep a copy of the policy on your phone in case the traffic police ask for it.",
        [
            "Your two-wheeler policy has been renewed for another year. ",
            "Your no-claim bonus has gone up, so the premium is lower than last year's. ",
            "Please keep a copy of the policy on your phone in case the traffic police ask for it.",
        ],
    ),
    (
        "Your father's knee surgery is scheduled for Friday morning. Please complete the admission formalities at the front desk by 6 on Thursday evening. He will need to stay in the hospital for about three days.",
        [
            "Your father's knee surgery is scheduled for Friday morning. ",
            "Please complete the admission formalities at the front desk by 6 on Thursday evening. ",
            "He will need to stay in the hospital for about three days.",
        ],
    ),
    (
        "Your grocery order is out for delivery. The rider will reach you in about twenty minutes. Frozen items are packed in a separate cold bag.",
        [
            "Your grocery order is out for delivery. ",
            "The rider will reach you in about twenty minutes. ",
            "Frozen items are packed in a separate cold bag.",
        ],
    ),
    (
        "Your train to Madurai is running forty minutes late. It is now expected at your station at 9:35. We will message you again if the delay grows.",
        [
            "Your train to Madurai is running forty minutes late. ",
            "It is now expected at your station at 9:35. ",
            "We will message you again if the delay grows.",
        ],
    ),
    (
        "Your application for a domicile certificate has been received by the tehsil office. A field officer will verify your address within ten days. If anything is missing, the officer will call you on this number.",
        [
            "Your application for a domicile certificate has been received by the tehsil office. ",
            "A field officer will verify your address within ten days. ",
            "If anything is missing, the officer will call you on this number.",
        ],
    ),
    (
        "Power supply in your area will be off on Tuesday between 10 and 2 for line maintenance. Please charge your phones and inverter batteries before then. We will message you once supply is back.",
        [
            "Power supply in your area will be off on Tuesday between 10 and 2 for line maintenance. ",
            "Please charge your phones and inverter batteries before then. ",
            "We will message you once supply is back.",
        ],
    ),
    # --- everyday replies, Hinglish -------------------------------------------------------
    (
        "Aapka credit card ka bill ₹8,436 ka bana hai. Minimum due ₹430 hai, par poora bill bharne par koi byaaj nahi lagega. Aakhri tareekh 23 hai.",
        [
            "Aapka credit card ka bill ₹8,436 ka bana hai. ",
            "Minimum due ₹430 hai, par poora bill bharne par koi byaaj nahi lagega. ",
            "Aakhri tareekh 23 hai.",
        ],
    ),
    (
        "Aapki beti ka admission form school ko mil gaya hai. Interview agle Monday subah 10 baje hoga. Kya aap uska birth certificate saath la sakte hain?",
        [
            "Aapki beti ka admission form school ko mil gaya hai. ",
            "Interview agle Monday subah 10 baje hoga. ",
            "Kya aap uska birth certificate saath la sakte hain?",
        ],
    ),
    (
        "Aapka data pack aaj raat khatam ho raha hai. ₹319 wala naya pack 30 din chalega. Kya main abhi recharge kar doon?",
        [
            "Aapka data pack aaj raat khatam ho raha hai. ",
            "₹319 wala naya pack 30 din chalega. ",
            "Kya main abhi recharge kar doon?",
        ],
    ),
    (
        "Aapki nani ka health insurance claim approve ho gaya hai. Hospital ko ₹61,480 seedha bhej diye gaye hain. Discharge ke waqt aapko kuch extra nahi dena padega.",
        [
            "Aapki nani ka health insurance claim approve ho gaya hai. ",
            "Hospital ko ₹61,480 seedha bhej diye gaye hain. ",
            "Discharge ke waqt aapko kuch extra nahi dena padega.",
        ],
    ),
    # --- everyday replies, Hindi ----------------------------------------------------------
    (
        "आपका बिजली का बिल ₹१,३७२ आया है। इसे २० तारीख तक जमा करने पर दो प्रतिशत की छूट मिलेगी। बिल की कॉपी आपके मोबाइल पर भेज दी गई है।",
        [
            "आपका बिजली का बिल ₹१,३७२ आया है। ",
            "इसे २० तारीख तक जमा करने पर दो प्रतिशत की छूट मिलेगी। ",
            "बिल की कॉपी आपके मोबाइल पर भेज दी गई है।",
        ],
    ),
    (
        "आपकी ट्रेन की टिकट वेटिंग लिस्ट से कन्फर्म हो गई है। आपको कोच बी-दो में ऊपर वाली बर्थ मिली है। यात्रा के दिन चार्ट बनने के बाद आपको मैसेज आएगा।",
        [
            "आपकी ट्रेन की टिकट वेटिंग लिस्ट से कन्फर्म हो गई है। ",
            "आपको कोच बी-दो में ऊपर वाली बर्थ मिली है। ",
            "यात्रा के दिन चार्ट बनने के बाद आपको मैसेज आएगा।",
        ],
    ),
    (
        "आपके बेटे की पहली तिमाही की स्कूल फीस जमा हो गई है। अगली किस्त अक्टूबर के पहले हफ्ते में देनी होगी। रसीद की प्रति कक्षा अध्यापक के पास भेज दी गई है।",
        [
            "आपके बेटे की पहली तिमाही की स्कूल फीस जमा हो गई है। ",
            "अगली किस्त अक्टूबर के पहले हफ्ते में देनी होगी। ",
            "रसीद की प्रति कक्षा अध्यापक के पास भेज दी गई है।",
        ],
    ),
    (
        "आपकी बस की टिकट रद्द कर दी गई है। किराए में से ₹६० काटकर बाकी पैसा तीन दिन में लौटा दिया जाएगा। क्या आप किसी और दिन की बस देखना चाहेंगे?",
        [
            "आपकी बस की टिकट रद्द कर दी गई है। ",
            "किराए में से ₹६० काटकर बाकी पैसा तीन दिन में लौटा दिया जाएगा। ",
            "क्या आप किसी और दिन की बस देखना चाहेंगे?",
        ],
    ),
    # --- everyday replies, other Indian languages -----------------------------------------
    (
        "तुमची पासपोर्ट पडताळणी पूर्ण झाली आहे. पोलिसांचा अहवाल पासपोर्ट कार्यालयाला पाठवला आहे. पासपोर्ट साधारण दहा दिवसांत छापून येईल.",
        [
            "तुमची पासपोर्ट पडताळणी पूर्ण झाली आहे. ",
            "पोलिसांचा अहवाल पासपोर्ट कार्यालयाला पाठवला आहे. ",
            "पासपोर्ट साधारण दहा दिवसांत छापून येईल.",
        ],
    ),
    (
        "तुमच्या आईची रक्ततपासणी उद्या सकाळी सात वाजता घरी येऊन केली जाईल. तपासणीचे ₹३८० शुल्क आधीच भरले गेले आहे. अहवाल संध्याकाळपर्यंत मिळेल.",
        [
            "तुमच्या आईची रक्ततपासणी उद्या सकाळी सात वाजता घरी येऊन केली जाईल. ",
            "तपासणीचे ₹३८० शुल्क आधीच भरले गेले आहे. ",
            "अहवाल संध्याकाळपर्यंत मिळेल.",
        ],
    ),
    (
        "আপনার গ্যাস সংযোগের নাম পরিবর্তন সম্পন্ন হয়েছে। নতুন বই আগামী সপ্তাহে ডিলারের কাছে পাওয়া যাবে। পুরনো বইটি ফেরত দিতে হবে না।",
        [
            "আপনার গ্যাস সংযোগের নাম পরিবর্তন সম্পন্ন হয়েছে। ",
            "নতুন বই আগামী সপ্তাহে ডিলারের কাছে পাওয়া যাবে। ",
            "পুরনো বইটি ফেরত দিতে হবে না।",
        ],
    ),
    (
        "আপনার ছেলের স্কুলের বার্ষিক ক্রীড়া প্রতিযোগিতা আগামী শনিবার। সকাল আটটার মধ্যে তাকে সাদা পোশাক পরে মাঠে পৌঁছাতে হবে। অভিভাবকরা দর্শক আসনে বসতে পারবেন।",
        [
            "আপনার ছেলের স্কুলের বার্ষিক ক্রীড়া প্রতিযোগিতা আগামী শনিবার। ",
            "সকাল আটটার মধ্যে তাকে সাদা পোশাক পরে মাঠে পৌঁছাতে হবে। ",
            "অভিভাবকরা দর্শক আসনে বসতে পারবেন।",
        ],
    ),
    (
        "உங்கள் குழந்தைக்கு அடுத்த தடுப்பூசி வரும் திங்கள்கிழமை போடப்பட வேண்டும். ஆரம்ப சுகாதார நிலையத்தில் காலை 9 மணி முதல் தடுப்பூசி போடப்படும். தடுப்பூசிக்குப் பிறகு லேசான காய்ச்சல் வரலாம், பயப்பட வேண்டாம்.",
        [
            "உங்கள் குழந்தைக்கு அடுத்த தடுப்பூசி வரும் திங்கள்கிழமை போடப்பட வேண்டும். ",
            "ஆரம்ப சுகாதார நிலையத்தில் காலை 9 மணி முதல் தடுப்பூசி போடப்படும். ",
            "தடுப்பூசிக்குப் பிறகு லேசான காய்ச்சல் வரலாம், பயப்பட வேண்டாம்.",
        ],
    ),
    (
        "உங்கள் பார்சல் இன்று மாலை 5 மணிக்குள் வந்து சேரும். டெலிவரி செய்பவர் வருவதற்கு முன் உங்களை அழைப்பார். பார்சலைப் பெற நான்கு இலக்கக் குறியீட்டைச் சொல்ல வேண்டும்.",
        [
            "உங்கள் பார்சல் இன்று மாலை 5 மணிக்குள் வந்து சேரும். ",
            "டெலிவரி செய்பவர் வருவதற்கு முன் உங்களை அழைப்பார். ",
            "பார்சலைப் பெற நான்கு இலக்கக் குறியீட்டைச் சொல்ல வேண்டும்.",
        ],
    ),
    (
        "మీరు బుక్ చేసిన బస్సు టికెట్ నిర్ధారించబడింది. బస్సు రాత్రి 9:50కి బయలుదేరుతుంది. మీ సీటు కిటికీ పక్కన ఉంది.",
        [
            "మీరు బుక్ చేసిన బస్సు టికెట్ నిర్ధారించబడింది. ",
            "బస్సు రాత్రి 9:50కి బయలుదేరుతుంది. ",
            "మీ సీటు కిటికీ పక్కన ఉంది.",
        ],
    ),
    (
        "మీ ఇంటి నీటి బిల్లు ₹347 చెల్లించబడింది. ఈ నెల వినియోగం గత నెల కంటే తక్కువగా ఉంది. వచ్చే నెల నుండి బిల్లు ఆన్‌లైన్‌లోనే వస్తుంది.",
        [
            "మీ ఇంటి నీటి బిల్లు ₹347 చెల్లించబడింది. ",
            "ఈ నెల వినియోగం గత నెల కంటే తక్కువగా ఉంది. ",
            "వచ్చే నెల నుండి బిల్లు ఆన్‌లైన్‌లోనే వస్తుంది.",
        ],
    ),
    (
        "તમારું નવું રેશન કાર્ડ તૈયાર છે. તે મામલતદાર કચેરીમાંથી સોમવારથી મળશે. સાથે જૂનું કાર્ડ લઈ જવાનું ભૂલશો નહીં.",
        [
            "તમારું નવું રેશન કાર્ડ તૈયાર છે. ",
            "તે મામલતદાર કચેરીમાંથી સોમવારથી મળશે. ",
            "સાથે જૂનું કાર્ડ લઈ જવાનું ભૂલશો નહીં.",
        ],
    ),
    (
        "તમારી દીકરીની શાળાના પ્રવાસની ફી ₹૩,૧૫૦ જમા થઈ ગઈ છે. પ્રવાસ ત્રણ દિવસનો છે અને બાળકો સોમનાથ જશે. સાથે ગરમ કપડાં મોકલજો.",
        [
            "તમારી દીકરીની શાળાના પ્રવાસની ફી ₹૩,૧૫૦ જમા થઈ ગઈ છે. ",
            "પ્રવાસ ત્રણ દિવસનો છે અને બાળકો સોમનાથ જશે. ",
            "સાથે ગરમ કપડાં મોકલજો.",
        ],
    ),
    (
        "ನಿಮ್ಮ ಆಸ್ತಿ ತೆರಿಗೆ ₹3,964 ಯಶಸ್ವಿಯಾಗಿ ಪಾವತಿಯಾಗಿದೆ. ಬೇಗ ಪಾವತಿಸಿದ್ದಕ್ಕಾಗಿ ನಿಮಗೆ ಐದು ಶೇಕಡಾ ರಿಯಾಯಿತಿ ಸಿಕ್ಕಿದೆ. ಮುಂದಿನ ವರ್ಷದ ತೆರಿಗೆ ಏಪ್ರಿಲ್‌ನಲ್ಲಿ ಬಾಕಿಯಾಗುತ್ತದೆ.",
        [
            "ನಿಮ್ಮ ಆಸ್ತಿ ತೆರಿಗೆ ₹3,964 ಯಶಸ್ವಿಯಾಗಿ ಪಾವತಿಯಾಗಿದೆ. ",
            "ಬೇಗ ಪಾವತಿಸಿದ್ದಕ್ಕಾಗಿ ನಿಮಗೆ ಐದು ಶೇಕಡಾ ರಿಯಾಯಿತಿ ಸಿಕ್ಕಿದೆ. ",
            "ಮುಂದಿನ ವರ್ಷದ ತೆರಿಗೆ ಏಪ್ರಿಲ್‌ನಲ್ಲಿ ಬಾಕಿಯಾಗುತ್ತದೆ.",
        ],
    ),
    (
        "ನಿಮ್ಮ ಮೈಸೂರು ಪ್ರವಾಸದ ಕಾರು ಬುಕ್ ಆಗಿದೆ. ಚಾಲಕರು ಬೆಳಿಗ್ಗೆ ಆರು ಗಂಟೆಗೆ ನಿಮ್ಮ ಮನೆಗೆ ಬರುತ್ತಾರೆ. ಟೋಲ್ ಮತ್ತು ಪಾರ್ಕಿಂಗ್ ಶುಲ್ಕ ಬಾಡಿಗೆಯಲ್ಲೇ ಸೇರಿದೆ.",
        [
            "ನಿಮ್ಮ ಮೈಸೂರು ಪ್ರವಾಸದ ಕಾರು ಬುಕ್ ಆಗಿದೆ. ",
            "ಚಾಲಕರು ಬೆಳಿಗ್ಗೆ ಆರು ಗಂಟೆಗೆ ನಿಮ್ಮ ಮನೆಗೆ ಬರುತ್ತಾರೆ. ",
            "ಟೋಲ್ ಮತ್ತು ಪಾರ್ಕಿಂಗ್ ಶುಲ್ಕ ಬಾಡಿಗೆಯಲ್ಲೇ ಸೇರಿದೆ.",
        ],
    ),
    (
        "നിങ്ങളുടെ വാഹനത്തിന്റെ മലിനീകരണ സർട്ടിഫിക്കറ്റ് അടുത്ത ആഴ്ച കാലഹരണപ്പെടും. അടുത്തുള്ള ടെസ്റ്റിംഗ് കേന്ദ്രത്തിൽ ഇത് പുതുക്കാം. ഫീസ് ₹80 ആണ്.",
        [
            "നിങ്ങളുടെ വാഹനത്തിന്റെ മലിനീകരണ സർട്ടിഫിക്കറ്റ് അടുത്ത ആഴ്ച കാലഹരണപ്പെടും. ",
            "അടുത്തുള്ള ടെസ്റ്റിംഗ് കേന്ദ്രത്തിൽ ഇത് പുതുക്കാം. ",
            "ഫീസ് ₹80 ആണ്.",
        ],
    ),
    (
        "നിങ്ങളുടെ അമ്മയുടെ ഡയാലിസിസ് വ്യാഴാഴ്ച രാവിലെ 8:40-ന് ആണ്. ഇതിന് ഏകദേശം നാല് മണിക്കൂർ എടുക്കും. ഡയാലിസിസിന് ശേഷം അര മണിക്കൂർ വിശ്രമിക്കണം.",
        [
            "നിങ്ങളുടെ അമ്മയുടെ ഡയാലിസിസ് വ്യാഴാഴ്ച രാവിലെ 8:40-ന് ആണ്. ",
            "ഇതിന് ഏകദേശം നാല് മണിക്കൂർ എടുക്കും. ",
            "ഡയാലിസിസിന് ശേഷം അര മണിക്കൂർ വിശ്രമിക്കണം.",
        ],
    ),
    (
        "ਤੁਹਾਡੀ ਫ਼ਸਲ ਬੀਮੇ ਦੀ ਰਕਮ ₹23,640 ਮਨਜ਼ੂਰ ਹੋ ਗਈ ਹੈ। ਇਹ ਰਕਮ ਅਗਲੇ ਹਫ਼ਤੇ ਤੁਹਾਡੇ ਖਾਤੇ ਵਿੱਚ ਆ ਜਾਵੇਗੀ। ਕੀ ਤੁਸੀਂ ਇਸ ਦਾ ਪੂਰਾ ਵੇਰਵਾ ਸੁਣਨਾ ਚਾਹੋਗੇ?",
        [
            "ਤੁਹਾਡੀ ਫ਼ਸਲ ਬੀਮੇ ਦੀ ਰਕਮ ₹23,640 ਮਨਜ਼ੂਰ ਹੋ ਗਈ ਹੈ। ",
            "ਇਹ ਰਕਮ ਅਗਲੇ ਹਫ਼ਤੇ ਤੁਹਾਡੇ ਖਾਤੇ ਵਿੱਚ ਆ ਜਾਵੇਗੀ। ",
            "ਕੀ ਤੁਸੀਂ ਇਸ ਦਾ ਪੂਰਾ ਵੇਰਵਾ ਸੁਣਨਾ ਚਾਹੋਗੇ?",
        ],
    ),
    (
        "ਤੁਹਾਡੀ ਬਿਜਲੀ ਦੀ ਸ਼ਿਕਾਇਤ ਦਰਜ ਹੋ ਗਈ ਹੈ। ਲਾਈਨਮੈਨ ਦੋ ਘੰਟਿਆਂ ਵਿੱਚ ਤੁਹਾਡੇ ਪਿੰਡ ਪਹੁੰਚੇਗਾ। ਕਿਰਪਾ ਕਰਕੇ ਉਦੋਂ ਤੱਕ ਮੀਟਰ ਨੂੰ ਹੱਥ ਨਾ ਲਾਓ।",
        [
            "ਤੁਹਾਡੀ ਬਿਜਲੀ ਦੀ ਸ਼ਿਕਾਇਤ ਦਰਜ ਹੋ ਗਈ ਹੈ। ",
            "ਲਾਈਨਮੈਨ ਦੋ ਘੰਟਿਆਂ ਵਿੱਚ ਤੁਹਾਡੇ ਪਿੰਡ ਪਹੁੰਚੇਗਾ। ",
            "ਕਿਰਪਾ ਕਰਕੇ ਉਦੋਂ ਤੱਕ ਮੀਟਰ ਨੂੰ ਹੱਥ ਨਾ ਲਾਓ।",
        ],
    ),
    (
        "ଆପଣଙ୍କ ସୁନା ଋଣ ପୂରା ପରିଶୋଧ ହୋଇଯାଇଛି। ବନ୍ଧକ ରଖାଯାଇଥିବା ଗହଣା ଶାଖାରୁ ଫେରାଇ ନେଇପାରିବେ। ଆସିବା ସମୟରେ ଋଣ ରସିଦଟି ସାଙ୍ଗରେ ଆଣନ୍ତୁ।",
        [
            "ଆପଣଙ୍କ ସୁନା ଋଣ ପୂରା ପରିଶୋଧ ହୋଇଯାଇଛି। ",
            "ବନ୍ଧକ ରଖାଯାଇଥିବା ଗହଣା ଶାଖାରୁ ଫେରାଇ ନେଇପାରିବେ। ",
            "ଆସିବା ସମୟରେ ଋଣ ରସିଦଟି ସାଙ୍ଗରେ ଆଣନ୍ତୁ।",
        ],
    ),
    (
        "ଆପଣଙ୍କ ମୋବାଇଲ ବିଲ ₹୩୯୯ ପୈଠ ହୋଇଛି। ଆପଣଙ୍କ ପ୍ଲାନ ଆସନ୍ତା ମାସ ଶେଷ ପର୍ଯ୍ୟନ୍ତ ଚାଲିବ। ଆଉ କିଛି ସାହାଯ୍ୟ ଦରକାର କି?",
        [
            "ଆପଣଙ୍କ ମୋବାଇଲ ବିଲ ₹୩୯୯ ପୈଠ ହୋଇଛି। ",
            "ଆପଣଙ୍କ ପ୍ଲାନ ଆସନ୍ତା ମାସ ଶେଷ ପର୍ଯ୍ୟନ୍ତ ଚାଲିବ। ",
            "ଆଉ କିଛି ସାହାଯ୍ୟ ଦରକାର କି?",
        ],
    ),
    (
        "আপোনাৰ গাড়ীৰ বীমা নবীকৰণ কৰা হৈছে। নতুন পলিচিখন আপোনাৰ ইমেইললৈ পঠোৱা হৈছে। পৰৱৰ্তী নবীকৰণ অহা বছৰৰ এই সময়ত কৰিব লাগিব।",
        [
            "আপোনাৰ গাড়ীৰ বীমা নবীকৰণ কৰা হৈছে। ",
            "নতুন পলিচিখন আপোনাৰ ইমেইললৈ পঠোৱা হৈছে। ",
            "পৰৱৰ্তী নবীকৰণ অহা বছৰৰ এই সময়ত কৰিব লাগিব।",
        ],
    ),
    (
        "আপোনাৰ মাকৰ এক্স-ৰে ৰিপৰ্ট সাজু হৈছে। চিকিৎসকে বৃহস্পতিবাৰে ৰিপৰ্টটো চাব। সেইদিনা দুপৰীয়া বাৰ বজাৰ আগতে হাস্পতাললৈ আহিব।",
        [
            "আপোনাৰ মাকৰ এক্স-ৰে ৰিপৰ্ট সাজু হৈছে। ",
            "চিকিৎসকে বৃহস্পতিবাৰে ৰিপৰ্টটো চাব। ",
            "সেইদিনা দুপৰীয়া বাৰ বজাৰ আগতে হাস্পতাললৈ আহিব।",
        ],
    ),
    (
        "آپ کا بجلی کا نیا میٹر لگا دیا گیا ہے۔ پرانے میٹر کی آخری ریڈنگ اگلے بل میں شامل ہوگی۔ کیا آپ بل ای میل پر حاصل کرنا چاہیں گے؟",
        [
            "آپ کا بجلی کا نیا میٹر لگا دیا گیا ہے۔ ",
            "پرانے میٹر کی آخری ریڈنگ اگلے بل میں شامل ہوگی۔ ",
            "کیا آپ بل ای میل پر حاصل کرنا چاہیں گے؟",
        ],
    ),
    (
        "آپ کے علاقے میں کل صبح دس بجے سے پانی کی فراہمی بند رہے گی۔ مرمت کا کام شام تک مکمل ہو جائے گا۔ براہ کرم پہلے سے پانی جمع کر لیں۔",
        [
            "آپ کے علاقے میں کل صبح دس بجے سے پانی کی فراہمی بند رہے گی۔ ",
            "مرمت کا کام شام تک مکمل ہو جائے گا۔ ",
            "براہ کرم پہلے سے پانی جمع کر لیں۔",
        ],
    ),
    # --- ranks mid-sentence; Bldg. ending a sentence before one opening with Sqn. Ldr. ------
    (
        "Your canteen smart card is ready at the station headquarters in the Sainik Welfare Bldg. Sqn. Ldr. Aditi Kulshreshtha will hand it over on Brig. Harbhajan Cheema's behalf. Please bring your discharge book.",
        [
            "Your canteen smart card is ready at the station headquarters in the Sainik Welfare Bldg. ",
            "Sqn. Ldr. Aditi Kulshreshtha will hand it over on Brig. Harbhajan Cheema's behalf. ",
            "Please bring your discharge book.",
        ],
    ),
    # --- titles and degrees mid-sentence, followed by commas; a weekday ending a sentence ---
    (
        "Fr. Joseph Manjaly, M.A., B.Ed., has taken charge as principal of your son's school. Kum. Reshma Shanbhag, M.Com., will be his class teacher this year. The first parents' meeting is on Wed. Please confirm if you can attend.",
        [
            "Fr. Joseph Manjaly, M.A., B.Ed., has taken charge as principal of your son's school. ",
            "Kum. Reshma Shanbhag, M.Com., will be his class teacher this year. ",
            "The first parents' meeting is on Wed. ",
            "Please confirm if you can attend.",
        ],
    ),
    # --- prescription forms, one (a.c.) ending a sentence ---------------------------------
    (
        "Oint. Mupirocin is to be applied on the wound q.i.d. for five days. Neb. Levosalbutamol may be given p.r.n. if the wheezing returns at night. The antacid syrup is to be taken a.c. Come for a dressing change on Saturday.",
        [
            "Oint. Mupirocin is to be applied on the wound q.i.d. for five days. ",
            "Neb. Levosalbutamol may be given p.r.n. if the wheezing returns at night. ",
            "The antacid syrup is to be taken a.c. ",
            "Come for a dressing change on Saturday.",
        ],
    ),
    # --- address forms: P.O. mid-sentence, Dist. ending a sentence, Jn. before a comma ----
    (
        "Your replacement passbook has been sent by post to Vellayani P.O., Thiruvananthapuram Dist. If it hasn't reached you by Monday, collect it from our branch at Pappanamcode Jn., next to the petrol pump. Please carry your old passbook.",
        [
            "Your replacement passbook has been sent by post to Vellayani P.O., Thiruvananthapuram Dist. ",
            "If it hasn't reached you by Monday, collect it from our branch at Pappanamcode Jn., next to the petrol pump. ",
            "Please carry your old passbook.",
        ],
    ),
    # --- Dept. mid-sentence; Sept. ending a sentence, mid-sentence, and ending the reply ---
    (
        "The Revenue Dept. has extended the deadline for your property tax to 30 Sept. Payments made before 15 Sept. carry no penalty. You can also pay at any ward office till 30 Sept.",
        [
            "The Revenue Dept. has extended the deadline for your property tax to 30 Sept. ",
            "Payments made before 15 Sept. carry no penalty. ",
            "You can also pay at any ward office till 30 Sept.",
        ],
    ),
    # --- firm forms: Bros. ending a sentence, Corp. mid-sentence before a comma ----------
    (
        "Your modular kitchen will be fitted by our installation partner, D'Souza Bros. Their supervisor, from Konkan Fittings Corp., will call you a day before the visit. Fitting usually takes two full days.",
        [
            "Your modular kitchen will be fitted by our installation partner, D'Souza Bros. ",
            "Their supervisor, from Konkan Fittings Corp., will call you a day before the visit. ",
            "Fitting usually takes two full days.",
        ],
    ),
    # --- officialese: w.r.t., i.e., excl. mid-sentence; a dotted acronym ending a sentence ---
    (
        "Your complaint w.r.t. the broken footpath outside your shop has been forwarded to the P.W.D. Their junior engineer will inspect the site within 48 hours, i.e. by Thursday evening. Small repairs, excl. resurfacing, are usually done within a week.",
        [
            "Your complaint w.r.t. the broken footpath outside your shop has been forwarded to the P.W.D. ",
            "Their junior engineer will inspect the site within 48 hours, i.e. by Thursday evening. ",
            "Small repairs, excl. resurfacing, are usually done within a week.",
        ],
    ),
    # --- dotted acronym and a month mid-sentence; a dotted acronym ending a sentence ------
    (
        "Your P.N.R. for the 12 Nov. trip shows both berths confirmed in coach S4. Please show a photo identity card to the T.T.E. Your berths are the lower and middle ones.",
        [
            "Your P.N.R. for the 12 Nov. trip shows both berths confirmed in coach S4. ",
            "Please show a photo identity card to the T.T.E. ",
            "Your berths are the lower and middle ones.",
        ],
    ),
    # --- lakh amounts, a percentage ending a sentence, paise, a small decimal percentage --
    (
        "Your home loan of ₹42,75,000 has been sanctioned at a floating rate of 8.65%. The monthly instalment will be ₹37,518.62 for 20 years. If the rate goes up by 0.25%, we will extend the tenure rather than raise the instalment. Stamp duty of ₹2,13,750 is payable separately.",
        [
            "Your home loan of ₹42,75,000 has been sanctioned at a floating rate of 8.65%. ",
            "The monthly instalment will be ₹37,518.62 for 20 years. ",
            "If the rate goes up by 0.25%, we will extend the tenure rather than raise the instalment. ",
            "Stamp duty of ₹2,13,750 is payable separately.",
        ],
    ),
    # --- dotted dates and dotted times, each ending a sentence or mid-sentence -----------
    (
        "Your passport appointment has been moved from 03.02.2028 to 16.02.2028. Please reach the office by 09.40. Your token will be called between 10.05 and 10.35. Carry the original documents and one photocopy of each.",
        [
            "Your passport appointment has been moved from 03.02.2028 to 16.02.2028. ",
            "Please reach the office by 09.40. ",
            "Your token will be called between 10.05 and 10.35. ",
            "Carry the original documents and one photocopy of each.",
        ],
    ),
    # --- version number mid-sentence, a www. URL ending a sentence, e-mail with a sub-domain ---
    (
        "Version 7.0.14 of the app fixes the payment error you saw. You can also pay without the app at www.citywater-sample.in/pay/quick. For a refund, write to refunds.desk2@help.citywater-sample.in and mention consumer number 58-3312. We usually reply within three days.",
        [
            "Version 7.0.14 of the app fixes the payment error you saw. ",
            "You can also pay without the app at www.citywater-sample.in/pay/quick. ",
            "For a refund, write to refunds.desk2@help.citywater-sample.in and mention consumer number 58-3312. ",
            "We usually reply within three days.",
        ],
    ),
    # --- curly quotes: a question inside a quote mid-sentence and opening a sentence; a quote after a colon ---
    (
        "When the agent asks “Is this your first claim?” just say yes. The message you'll get reads: “Claim registered, documents pending.” “Where do I send the bills?” is the question most people ask next. Send them to the address in that message.",
        [
            "When the agent asks “Is this your first claim?” just say yes. ",
            "The message you'll get reads: “Claim registered, documents pending.” ",
            "“Where do I send the bills?” is the question most people ask next. ",
            "Send them to the address in that message.",
        ],
    ),
    # --- a bracket inside a sentence; a bracketed sentence standing alone ----------------
    (
        "Your order has been split into two parcels (one from each seller). The first parcel will arrive today. (The second may take a day longer.) Tracking links for both are on your orders page.",
        [
            "Your order has been split into two parcels (one from each seller). ",
            "The first parcel will arrive today. ",
            "(The second may take a day longer.) ",
            "Tracking links for both are on your orders page.",
        ],
    ),
    # --- "…", ?!, an emoji closing a sentence with no stop, a reply ending on two emoji ---
    (
        "One moment… Okay, I can see it now. Your parcel was marked delivered to flat 7C instead of 7E?! That shouldn't have happened 😔 I've asked the rider to go back and fetch it. You'll have it within the hour 🙏🙏",
        [
            "One moment… ",
            "Okay, I can see it now. ",
            "Your parcel was marked delivered to flat 7C instead of 7E?! ",
            "That shouldn't have happened 😔 ",
            "I've asked the rider to go back and fetch it. ",
            "You'll have it within the hour 🙏🙏",
        ],
    ),
    # --- multi-line list with "•" bullets, items without full stops ----------------------
    (
        "Your new postpaid plan includes:\n• 3 GB of data every day\n• Unlimited local and national calls\n• A free caller tune\nThe plan rental is ₹579 a month.",
        [
            "Your new postpaid plan includes:\n",
            "• 3 GB of data every day\n",
            "• Unlimited local and national calls\n",
            "• A free caller tune\n",
            "The plan rental is ₹579 a month.",
        ],
    ),
    # --- Hindi one-line list with Devanagari "१)" markers after a colon, items ending in । ---
    (
        "शिकायत दर्ज करने के तीन तरीके हैं: १) ऐप के ज़रिए। २) टोल-फ्री नंबर पर कॉल करके। ३) नज़दीकी बिजली दफ़्तर जाकर। आप कौन-सा तरीका चुनना चाहेंगे?",
        [
            "शिकायत दर्ज करने के तीन तरीके हैं: ",
            "१) ऐप के ज़रिए। ",
            "२) टोल-फ्री नंबर पर कॉल करके। ",
            "३) नज़दीकी बिजली दफ़्तर जाकर। ",
            "आप कौन-सा तरीका चुनना चाहेंगे?",
        ],
    ),
    # --- one-line list with "1)" markers after a colon -----------------------------------
    (
        "To reset your set-top box: 1) Switch it off at the wall socket. 2) Wait for thirty seconds. 3) Switch it on and let the channel list load. If the screen stays blank, call us back on this number.",
        [
            "To reset your set-top box: ",
            "1) Switch it off at the wall socket. ",
            "2) Wait for thirty seconds. ",
            "3) Switch it on and let the channel list load. ",
            "If the screen stays blank, call us back on this number.",
        ],
    ),
    # --- a dotted acronym and run-together initials mid-sentence; a single capital letter ending a sentence ---
    (
        "Your parcel to the U.K. was booked at our Jadavpur counter by S.P. Bhowmik. It is now in the outward sorting hall in Block C. Delivery usually takes eight to ten working days.",
        [
            "Your parcel to the U.K. was booked at our Jadavpur counter by S.P. Bhowmik. ",
            "It is now in the outward sorting hall in Block C. ",
            "Delivery usually takes eight to ten working days.",
        ],
    ),
    # --- mixed scripts: Hindi with स्व., कु. and a Devanagari decimal, and an English sentence ---
    (
        "स्व. रमाकांत त्रिपाठी की पारिवारिक पेंशन अब उनकी पत्नी के खाते में आएगी। इसमें ४६.५ प्रतिशत महंगाई राहत भी शामिल है। कु. तन्वी त्रिपाठी का नाम आश्रित के रूप में जोड़ दिया गया है। The first payment will be credited on the 1st of next month.",
        [
            "स्व. रमाकांत त्रिपाठी की पारिवारिक पेंशन अब उनकी पत्नी के खाते में आएगी। ",
            "इसमें ४६.५ प्रतिशत महंगाई राहत भी शामिल है। ",
            "कु. तन्वी त्रिपाठी का नाम आश्रित के रूप में जोड़ दिया गया है। ",
            "The first payment will be credited on the 1st of next month.",
        ],
    ),
    # --- mixed scripts: Tamil with an initial and மு.ப., and an English sentence ----------
    (
        "உங்கள் தெருவிளக்கு புகார் உதவிப் பொறியாளர் இரா. செந்தில்நாதன் அவர்களிடம் ஒப்படைக்கப்பட்டுள்ளது. அவர் நாளை மு.ப. 11 மணிக்கு இடத்தைப் பார்வையிடுவார். You will get a call before he arrives. பழுது இரண்டு நாட்களில் சரிசெய்யப்படும்.",
        [
            "உங்கள் தெருவிளக்கு புகார் உதவிப் பொறியாளர் இரா. செந்தில்நாதன் அவர்களிடம் ஒப்படைக்கப்பட்டுள்ளது. ",
            "அவர் நாளை மு.ப. 11 மணிக்கு இடத்தைப் பார்வையிடுவார். ",
            "You will get a call before he arrives. ",
            "பழுது இரண்டு நாட்களில் சரிசெய்யப்படும்.",
        ],
    ),
    # --- Indic-script short forms ---------------------------------------------------------
    (
        "ನಿಮ್ಮ ಮಗಳು ಅನನ್ಯಾಗೆ ಸ.ಹಿ.ಪ್ರಾ. ಶಾಲೆ, ಹೆಬ್ಬಾಳದಲ್ಲಿ ಆರನೇ ತರಗತಿಗೆ ಪ್ರವೇಶ ದೊರೆತಿದೆ. ತರಗತಿಗಳು ಜೂನ್ 2ರಿಂದ ಆರಂಭವಾಗುತ್ತವೆ. ಪ್ರವೇಶ ಪತ್ರವನ್ನು ಮುಖ್ಯೋಪಾಧ್ಯಾಯರಿಂದ ಪಡೆಯಿರಿ.",
        [
            "ನಿಮ್ಮ ಮಗಳು ಅನನ್ಯಾಗೆ ಸ.ಹಿ.ಪ್ರಾ. ಶಾಲೆ, ಹೆಬ್ಬಾಳದಲ್ಲಿ ಆರನೇ ತರಗತಿಗೆ ಪ್ರವೇಶ ದೊರೆತಿದೆ. ",
            "ತರಗತಿಗಳು ಜೂನ್ 2ರಿಂದ ಆರಂಭವಾಗುತ್ತವೆ. ",
            "ಪ್ರವೇಶ ಪತ್ರವನ್ನು ಮುಖ್ಯೋಪಾಧ್ಯಾಯರಿಂದ ಪಡೆಯಿರಿ.",
        ],
    ),
    (
        "ચિ. હર્ષ પંડ્યાનું જાતિ પ્રમાણપત્ર ગ્રા.પં. કચેરીમાં તૈયાર છે. તે લેવા માટે તેના વાલીએ આવવું પડશે. કચેરી શનિવારે બપોર પછી બંધ રહે છે.",
        [
            "ચિ. હર્ષ પંડ્યાનું જાતિ પ્રમાણપત્ર ગ્રા.પં. કચેરીમાં તૈયાર છે. ",
            "તે લેવા માટે તેના વાલીએ આવવું પડશે. ",
            "કચેરી શનિવારે બપોર પછી બંધ રહે છે.",
        ],
    ),
]
