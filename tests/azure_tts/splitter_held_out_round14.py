"""Held-out cases for the sentence splitter, round 14: written without reading or running it.

Written after reading only tests/azure_tts/splitter_held_out_round13.py and
tests/azure_tts/splitter_held_out_round12.py (for format and conventions); no splitter source,
bench, tuning file, other test file, README or git history was opened, nothing was run against
the splitter, and git was not used (python was used only to check this file: that each case's
chunks concatenate exactly to its text, that the module imports, and the grep checks below).
No sentence is taken or paraphrased from those two files, and no amount, name, company or
place from them is reused (every name, place, company and amount here was checked with grep
against both files). None of the short forms they use appears here, neither their
abbreviations (Maj., Smt., Cap., Flr., Jan., yr., e.g., etc., vs., Hav., Tab., Blk., Jul.,
w.e.f., p.a., a.m., hrs., डॉ., कि.मी., ரூ., ಡಾ., ...) nor their acronyms (FD, SIP, NAV, PIN, SIM,
ICU, QR, UPI, R.T.O., ...): every short form in this round is new, and each one (Lt. Col., Wg.
Cdr., retd., Er., M.E., Adv., B.A., Susp., t.d.s., Lot., Gtt., stat., Opp., Nr., Rd., Pvt. Ltd.,
approx., incl., NEFT, Mon., Mar., Apr., Oct., Sat., Mr., p.m., B.P.L., B.D.O., Govt., C.O.D.,
kWh, MB, St., Std., viz., मु., पो., ता., जि., ਸ., ਰੁ., ડૉ., તા., રૂ., సా., కి.మీ., মো., প্রা.,
লি.) was checked with grep, case-insensitively, against both files.

About two thirds of the cases (38) are everyday replies (banking, telecom, insurance,
hospitals, delivery, travel, government services, utilities, schools) in English, Hinglish,
Hindi, Marathi, Bengali, Tamil, Telugu, Gujarati, Kannada, Malayalam, Punjabi, Odia, Assamese
and Urdu; the other third (22) carries the harder cases a bot really produces.

Each case is (text, the chunks a careful human would send to TTS one at a time). The chunks
concatenate exactly to the text; each chunk is a full sentence (or list item / heading line)
and carries the whitespace that follows its sentence end. A chunk is never cut inside an
amount (including ₹1,15,000, paise such as ₹2,046.30, and amounts in Gujarati, Odia and Bengali
digits), a decimal (4,812.6), a dotted date (19.03.2027), a dotted time (09.15), a short form
(ranks and titles such as Lt. Col., Wg. Cdr., Er., Adv., Mr.; degrees such as M.E., B.A.;
prescription forms such as Susp., Lot., Gtt., t.d.s.; address forms such as Opp., Nr.; firm
and officialese forms such as Pvt. Ltd., approx., incl., Govt., viz., Std., St.; dotted
acronyms such as B.P.L., B.D.O., C.O.D.; Indic forms such as मु. पो., ता., जि., ਸ., ਰੁ., ડૉ.,
તા., રૂ., సా., కి.మీ., মো., প্রা. লি.), a URL (here one with https://) or an e-mail address
(here one with "_" and "+"), and a list marker stays with its item. A short form that ends a
sentence (followed by a new sentence, even one that itself opens with a short form, as in
"... booked for Sat. Mr. Prakash Iyer ...") does end the chunk: here Mar., Apr., Oct., Sat.,
Rd., Ltd., stat., p.m., B.D.O. and C.O.D. each end one. A one-line list after a colon is chunked
as its multi-line form would be: the lead-in up to the colon, then one chunk per item (here
with "a)" markers); in a multi-line list each line is a chunk with its newline. A bracketed or
quoted sentence is its own chunk and keeps its closing bracket or quote (a quote introduced by
a colon inside a sentence stays with that sentence; a bracket inside a sentence, as in
"(retd.)", does not end it); an emoji stays with the sentence it follows; an ASCII ellipsis
"..." and a "…" end a sentence like "?" and "!" do; a reply may end on an emoji with no full
stop. Urdu sentences end at ۔ and ؟, Indic ones at । as well as "."; in a mixed-script reply
each sentence ends at its own script's mark.

Where the two rounds differ, round 13 is followed: round 13 states, and round 12 does not,
that a quote introduced by a colon stays with its sentence, that a short form ending a
sentence ends the chunk even when the next sentence opens with a short form, and that each
line of a multi-line list is a chunk with its newline; round 12 says only "a time" where round
13 says a dotted time must not be cut. Round 12's extra rules ("!!" and the double danda ॥)
are not contradicted by round 13 and are simply not exercised here.
"""

from __future__ import annotations

HELD_OUT: list[tuple[str, list[str]]] = [
    # --- everyday replies, English --------------------------------------------------------
    (
        "Your new cheque book of 50 leaves has been sent by speed post. It should reach your registered address in four working days. Please keep it in a safe place once it arrives.",
        [
            "Your new cheque book of 50 leaves has been sent by speed post. ",
            "It should reach your registered address in four working days. ",
            "Please keep it in a safe place once it arrives.",
        ],
    ),
    (
        "International roaming is now active on your number for your trip to Singapore. Incoming calls are free, and outgoing calls cost ₹17 a minute. The pack switches off by itself after ten days.",
        [
            "International roaming is now active on your number for your trip to Singapore. ",
            "Incoming calls are free, and outgoing calls cost ₹17 a minute. ",
            "The pack switches off by itself after ten days.",
        ],
    ),
    (
        "Your travel policy covers lost baggage up to ₹36,500. To claim, report the loss to the airline before you leave the airport. Keep the written report they give you, as we'll need a copy.",
        [
            "Your travel policy covers lost baggage up to ₹36,500. ",
            "To claim, report the loss to the airline before you leave the airport. ",
            "Keep the written report they give you, as we'll need a copy.",
        ],
    ),
    (
        "Your thyroid and cholesterol tests are booked for tomorrow at 7:45 in the morning. Please don't eat anything after 9 tonight. You may drink plain water before the test.",
        [
            "Your thyroid and cholesterol tests are booked for tomorrow at 7:45 in the morning. ",
            "Please don't eat anything after 9 tonight. ",
            "You may drink plain water before the test.",
        ],
    ),
    (
        "We couldn't deliver your parcel today because the society gate was locked. We'll try again tomorrow between noon and 3. You can also collect it from our pickup point near the vegetable market.",
        [
            "We couldn't deliver your parcel today because the society gate was locked. ",
            "We'll try again tomorrow between noon and 3. ",
            "You can also collect it from our pickup point near the vegetable market.",
        ],
    ),
    (
        "Your flight to Guwahati will now leave from Terminal 1. Boarding closes 50 minutes before departure. Your window seat has not changed.",
        [
            "Your flight to Guwahati will now leave from Terminal 1. ",
            "Boarding closes 50 minutes before departure. ",
            "Your window seat has not changed.",
        ],
    ),
    (
        "Your daughter's birth certificate has been issued by the municipal office. You can download a signed copy from the portal from tomorrow. A printed copy costs ₹44 at the citizen service counter.",
        [
            "Your daughter's birth certificate has been issued by the municipal office. ",
            "You can download a signed copy from the portal from tomorrow. ",
            "A printed copy costs ₹44 at the citizen service counter.",
        ],
    ),
    (
        "Your son's school will stay closed this Friday because of the local body election. The unit test planned for that day will be held on Monday. Classes on Saturday will run as usual.",
        [
            "Your son's school will stay closed this Friday because of the local body election. ",
            "The unit test planned for that day will be held on Monday. ",
            "Classes on Saturday will run as usual.",
        ],
    ),
    # --- everyday replies, Hinglish -------------------------------------------------------
    (
        "Aapke locker ka saalana kiraya ₹3,540 baaki hai. Ise agle hafte tak jama kar dijiye, warna penalty lagegi. Kya main har saal ke liye auto-debit chalu kar doon?",
        [
            "Aapke locker ka saalana kiraya ₹3,540 baaki hai. ",
            "Ise agle hafte tak jama kar dijiye, warna penalty lagegi. ",
            "Kya main har saal ke liye auto-debit chalu kar doon?",
        ],
    ),
    (
        "Aapka number ab postpaid plan par shift ho gaya hai. Pehla bill mahine ki 27 tareekh ko banega. Bill ki copy aapke email par bhi aayegi.",
        [
            "Aapka number ab postpaid plan par shift ho gaya hai. ",
            "Pehla bill mahine ki 27 tareekh ko banega. ",
            "Bill ki copy aapke email par bhi aayegi.",
        ],
    ),
    (
        "Aapke papa ki physiotherapy ab ghar par hi hogi. Therapist roz shaam 5 baje aayenge. Pehle hafte ki fees ₹4,270 hai, jo aap visit ke baad de sakte hain.",
        [
            "Aapke papa ki physiotherapy ab ghar par hi hogi. ",
            "Therapist roz shaam 5 baje aayenge. ",
            "Pehle hafte ki fees ₹4,270 hai, jo aap visit ke baad de sakte hain.",
        ],
    ),
    (
        "Aapki cab 6 minute mein pahunch rahi hai. Driver Sukhdev safed rang ki gaadi mein aa rahe hain. Kya aap main gate par intezaar karenge?",
        [
            "Aapki cab 6 minute mein pahunch rahi hai. ",
            "Driver Sukhdev safed rang ki gaadi mein aa rahe hain. ",
            "Kya aap main gate par intezaar karenge?",
        ],
    ),
    # --- everyday replies, Hindi ----------------------------------------------------------
    (
        "आपका नया बचत खाता चालू हो गया है। डेबिट कार्ड सात दिनों में डाक से आपके घर पहुँचेगा। कार्ड मिलते ही उसे ऐप में सक्रिय कर लीजिए।",
        [
            "आपका नया बचत खाता चालू हो गया है। ",
            "डेबिट कार्ड सात दिनों में डाक से आपके घर पहुँचेगा। ",
            "कार्ड मिलते ही उसे ऐप में सक्रिय कर लीजिए।",
        ],
    ),
    (
        "आपकी बेटी का आय प्रमाण पत्र बन गया है। इसे लोक सेवा केंद्र से किसी भी कार्यदिवस पर ले सकते हैं। यह प्रमाण पत्र एक साल तक मान्य रहेगा।",
        [
            "आपकी बेटी का आय प्रमाण पत्र बन गया है। ",
            "इसे लोक सेवा केंद्र से किसी भी कार्यदिवस पर ले सकते हैं। ",
            "यह प्रमाण पत्र एक साल तक मान्य रहेगा।",
        ],
    ),
    (
        "आपके मोहल्ले में रसोई गैस की पाइपलाइन बिछ गई है। कनेक्शन लगाने के लिए तकनीशियन शनिवार को आएगा। पहला बिल दो महीने बाद आएगा।",
        [
            "आपके मोहल्ले में रसोई गैस की पाइपलाइन बिछ गई है। ",
            "कनेक्शन लगाने के लिए तकनीशियन शनिवार को आएगा। ",
            "पहला बिल दो महीने बाद आएगा।",
        ],
    ),
    (
        "आपके बेटे के दाँतों की सफ़ाई गुरुवार शाम 6 बजे तय हुई है। इसमें लगभग आधा घंटा लगेगा। आने से पहले कुछ हल्का खा लीजिए।",
        [
            "आपके बेटे के दाँतों की सफ़ाई गुरुवार शाम 6 बजे तय हुई है। ",
            "इसमें लगभग आधा घंटा लगेगा। ",
            "आने से पहले कुछ हल्का खा लीजिए।",
        ],
    ),
    # --- everyday replies, other Indian languages -----------------------------------------
    (
        "तुमच्या घराच्या विम्याचा हप्ता भरला गेला आहे. पॉलिसी पुढील वर्षभर चालू राहील. पावती तुमच्या मोबाईलवर पाठवली आहे.",
        [
            "तुमच्या घराच्या विम्याचा हप्ता भरला गेला आहे. ",
            "पॉलिसी पुढील वर्षभर चालू राहील. ",
            "पावती तुमच्या मोबाईलवर पाठवली आहे.",
        ],
    ),
    (
        "तुमच्या मुलीचा सहामाही परीक्षेचा निकाल लागला आहे. तिला गणितात ९४ गुण मिळाले आहेत. प्रगतिपुस्तक शुक्रवारी वर्गशिक्षिकांकडून मिळेल.",
        [
            "तुमच्या मुलीचा सहामाही परीक्षेचा निकाल लागला आहे. ",
            "तिला गणितात ९४ गुण मिळाले आहेत. ",
            "प्रगतिपुस्तक शुक्रवारी वर्गशिक्षिकांकडून मिळेल.",
        ],
    ),
    (
        "আপনার চোখের ছানির অপারেশন আগামী মঙ্গলবার সকালে হবে। আগের রাত দশটার পর কিছু খাবেন না। সঙ্গে একজন আত্মীয়কে অবশ্যই নিয়ে আসবেন।",
        [
            "আপনার চোখের ছানির অপারেশন আগামী মঙ্গলবার সকালে হবে। ",
            "আগের রাত দশটার পর কিছু খাবেন না। ",
            "সঙ্গে একজন আত্মীয়কে অবশ্যই নিয়ে আসবেন।",
        ],
    ),
    (
        "আপনার মেয়ের বৃত্তির আবেদন মঞ্জুর হয়েছে। বছরে দুই কিস্তিতে টাকা দেওয়া হবে। প্রথম কিস্তি মার্চ মাসে তার ব্যাংক অ্যাকাউন্টে আসবে।",
        [
            "আপনার মেয়ের বৃত্তির আবেদন মঞ্জুর হয়েছে। ",
            "বছরে দুই কিস্তিতে টাকা দেওয়া হবে। ",
            "প্রথম কিস্তি মার্চ মাসে তার ব্যাংক অ্যাকাউন্টে আসবে।",
        ],
    ),
    (
        "உங்கள் குடும்ப அட்டைக்கு இந்த மாத அரிசியும் சர்க்கரையும் ஒதுக்கப்பட்டுள்ளன. வெள்ளிக்கிழமைக்குள் நியாய விலைக் கடையில் பெற்றுக்கொள்ளுங்கள். பொருட்களை வாங்கும்போது கைரேகை பதிவு செய்ய வேண்டும்.",
        [
            "உங்கள் குடும்ப அட்டைக்கு இந்த மாத அரிசியும் சர்க்கரையும் ஒதுக்கப்பட்டுள்ளன. ",
            "வெள்ளிக்கிழமைக்குள் நியாய விலைக் கடையில் பெற்றுக்கொள்ளுங்கள். ",
            "பொருட்களை வாங்கும்போது கைரேகை பதிவு செய்ய வேண்டும்.",
        ],
    ),
    (
        "உங்கள் மின்சார ஸ்கூட்டருக்கான அரசு மானியம் அங்கீகரிக்கப்பட்டுள்ளது. ₹11,250 உங்கள் கணக்கில் பத்து நாட்களில் வரவு வைக்கப்படும். விற்பனையாளரிடம் பெற்ற ரசீதை பத்திரமாக வைத்திருங்கள்.",
        [
            "உங்கள் மின்சார ஸ்கூட்டருக்கான அரசு மானியம் அங்கீகரிக்கப்பட்டுள்ளது. ",
            "₹11,250 உங்கள் கணக்கில் பத்து நாட்களில் வரவு வைக்கப்படும். ",
            "விற்பனையாளரிடம் பெற்ற ரசீதை பத்திரமாக வைத்திருங்கள்.",
        ],
    ),
    (
        "మీ పంట రుణం మంజూరైంది. ₹1,15,000 రేపు మీ ఖాతాలో జమ అవుతుంది. మొదటి వాయిదా వచ్చే ఖరీఫ్ తర్వాత చెల్లించాలి.",
        [
            "మీ పంట రుణం మంజూరైంది. ",
            "₹1,15,000 రేపు మీ ఖాతాలో జమ అవుతుంది. ",
            "మొదటి వాయిదా వచ్చే ఖరీఫ్ తర్వాత చెల్లించాలి.",
        ],
    ),
    (
        "మీ పాప పాఠశాల వార్షికోత్సవం ఈ శనివారం సాయంత్రం జరుగుతుంది. ఆమె ఒక నృత్య ప్రదర్శనలో పాల్గొంటోంది. తల్లిదండ్రులు 5 గంటలకల్లా హాల్‌కు చేరుకోవాలి.",
        [
            "మీ పాప పాఠశాల వార్షికోత్సవం ఈ శనివారం సాయంత్రం జరుగుతుంది. ",
            "ఆమె ఒక నృత్య ప్రదర్శనలో పాల్గొంటోంది. ",
            "తల్లిదండ్రులు 5 గంటలకల్లా హాల్‌కు చేరుకోవాలి.",
        ],
    ),
    (
        "તમારી ગોલ્ડ લોનની મુદત ૨૦ દિવસમાં પૂરી થાય છે. વ્યાજ સહિત કુલ ₹૬૨,૪૮૦ ભરવાના બાકી છે. શું તમે લોન આગળ વધારવા માંગો છો?",
        [
            "તમારી ગોલ્ડ લોનની મુદત ૨૦ દિવસમાં પૂરી થાય છે. ",
            "વ્યાજ સહિત કુલ ₹૬૨,૪૮૦ ભરવાના બાકી છે. ",
            "શું તમે લોન આગળ વધારવા માંગો છો?",
        ],
    ),
    (
        "તમારા ઘરની છત પર સોલર પેનલ લગાવવાની અરજી મંજૂર થઈ છે. એજન્સીના માણસો આવતા અઠવાડિયે માપ લેવા આવશે. સબસિડી પેનલ ચાલુ થયા પછી ખાતામાં જમા થશે.",
        [
            "તમારા ઘરની છત પર સોલર પેનલ લગાવવાની અરજી મંજૂર થઈ છે. ",
            "એજન્સીના માણસો આવતા અઠવાડિયે માપ લેવા આવશે. ",
            "સબસિડી પેનલ ચાલુ થયા પછી ખાતામાં જમા થશે.",
        ],
    ),
    (
        "ನಿಮ್ಮ ತಂದೆಯವರ ಹೃದಯ ತಪಾಸಣೆ ಶನಿವಾರ ಬೆಳಿಗ್ಗೆ 8 ಗಂಟೆಗೆ ನಿಗದಿಯಾಗಿದೆ. ಹಿಂದಿನ ರಾತ್ರಿ ಊಟದ ನಂತರ ಏನೂ ತಿನ್ನಬಾರದು. ಈಗ ತೆಗೆದುಕೊಳ್ಳುತ್ತಿರುವ ಮಾತ್ರೆಗಳ ಪಟ್ಟಿಯನ್ನು ತನ್ನಿ.",
        [
            "ನಿಮ್ಮ ತಂದೆಯವರ ಹೃದಯ ತಪಾಸಣೆ ಶನಿವಾರ ಬೆಳಿಗ್ಗೆ 8 ಗಂಟೆಗೆ ನಿಗದಿಯಾಗಿದೆ. ",
            "ಹಿಂದಿನ ರಾತ್ರಿ ಊಟದ ನಂತರ ಏನೂ ತಿನ್ನಬಾರದು. ",
            "ಈಗ ತೆಗೆದುಕೊಳ್ಳುತ್ತಿರುವ ಮಾತ್ರೆಗಳ ಪಟ್ಟಿಯನ್ನು ತನ್ನಿ.",
        ],
    ),
    (
        "ನಿಮ್ಮ ವಿದ್ಯಾರ್ಥಿ ಬಸ್ ಪಾಸ್ ನವೀಕರಣಗೊಂಡಿದೆ. ಹೊಸ ಪಾಸ್ ಮಾರ್ಚ್ ಅಂತ್ಯದವರೆಗೆ ಮಾನ್ಯವಾಗಿರುತ್ತದೆ. ಪ್ರಯಾಣದ ವೇಳೆ ಕಾಲೇಜಿನ ಗುರುತಿನ ಚೀಟಿಯನ್ನೂ ಜೊತೆಗಿಟ್ಟುಕೊಳ್ಳಿ.",
        [
            "ನಿಮ್ಮ ವಿದ್ಯಾರ್ಥಿ ಬಸ್ ಪಾಸ್ ನವೀಕರಣಗೊಂಡಿದೆ. ",
            "ಹೊಸ ಪಾಸ್ ಮಾರ್ಚ್ ಅಂತ್ಯದವರೆಗೆ ಮಾನ್ಯವಾಗಿರುತ್ತದೆ. ",
            "ಪ್ರಯಾಣದ ವೇಳೆ ಕಾಲೇಜಿನ ಗುರುತಿನ ಚೀಟಿಯನ್ನೂ ಜೊತೆಗಿಟ್ಟುಕೊಳ್ಳಿ.",
        ],
    ),
    (
        "നിങ്ങളുടെ ദുബായ് വിമാന ടിക്കറ്റ് സ്ഥിരീകരിച്ചു. വിമാനം വെള്ളിയാഴ്ച പുലർച്ചെ 4:10-ന് പുറപ്പെടും. മൂന്ന് മണിക്കൂർ മുമ്പ് വിമാനത്താവളത്തിൽ എത്തുക.",
        [
            "നിങ്ങളുടെ ദുബായ് വിമാന ടിക്കറ്റ് സ്ഥിരീകരിച്ചു. ",
            "വിമാനം വെള്ളിയാഴ്ച പുലർച്ചെ 4:10-ന് പുറപ്പെടും. ",
            "മൂന്ന് മണിക്കൂർ മുമ്പ് വിമാനത്താവളത്തിൽ എത്തുക.",
        ],
    ),
    (
        "നിങ്ങളുടെ മത്സ്യബന്ധന വള്ളത്തിന്റെ ഇൻഷുറൻസ് പുതുക്കി. പുതിയ പ്രീമിയം ₹5,260 ആണ്. പോളിസി രേഖ മത്സ്യഭവൻ ഓഫീസിൽ നിന്ന് വാങ്ങാം.",
        [
            "നിങ്ങളുടെ മത്സ്യബന്ധന വള്ളത്തിന്റെ ഇൻഷുറൻസ് പുതുക്കി. ",
            "പുതിയ പ്രീമിയം ₹5,260 ആണ്. ",
            "പോളിസി രേഖ മത്സ്യഭവൻ ഓഫീസിൽ നിന്ന് വാങ്ങാം.",
        ],
    ),
    (
        "ਤੁਹਾਡਾ ਨਵਾਂ ਪਾਸਪੋਰਟ ਡਾਕ ਰਾਹੀਂ ਭੇਜ ਦਿੱਤਾ ਗਿਆ ਹੈ। ਇਹ ਤਿੰਨ ਤੋਂ ਪੰਜ ਦਿਨਾਂ ਵਿੱਚ ਤੁਹਾਡੇ ਘਰ ਪਹੁੰਚ ਜਾਵੇਗਾ। ਡਾਕੀਏ ਨੂੰ ਆਪਣਾ ਪਛਾਣ ਪੱਤਰ ਦਿਖਾਉਣਾ ਪਵੇਗਾ।",
        [
            "ਤੁਹਾਡਾ ਨਵਾਂ ਪਾਸਪੋਰਟ ਡਾਕ ਰਾਹੀਂ ਭੇਜ ਦਿੱਤਾ ਗਿਆ ਹੈ। ",
            "ਇਹ ਤਿੰਨ ਤੋਂ ਪੰਜ ਦਿਨਾਂ ਵਿੱਚ ਤੁਹਾਡੇ ਘਰ ਪਹੁੰਚ ਜਾਵੇਗਾ। ",
            "ਡਾਕੀਏ ਨੂੰ ਆਪਣਾ ਪਛਾਣ ਪੱਤਰ ਦਿਖਾਉਣਾ ਪਵੇਗਾ।",
        ],
    ),
    (
        "ਤੁਹਾਡੇ ਘਰ ਦਾ ਨਵਾਂ ਇੰਟਰਨੈੱਟ ਕੁਨੈਕਸ਼ਨ ਚਾਲੂ ਹੋ ਗਿਆ ਹੈ। ਵਾਈ-ਫਾਈ ਦਾ ਪਾਸਵਰਡ ਤੁਹਾਡੇ ਫ਼ੋਨ 'ਤੇ ਭੇਜਿਆ ਗਿਆ ਹੈ। ਕੀ ਤੁਸੀਂ ਪਾਸਵਰਡ ਬਦਲਣਾ ਚਾਹੋਗੇ?",
        [
            "ਤੁਹਾਡੇ ਘਰ ਦਾ ਨਵਾਂ ਇੰਟਰਨੈੱਟ ਕੁਨੈਕਸ਼ਨ ਚਾਲੂ ਹੋ ਗਿਆ ਹੈ। ",
            "ਵਾਈ-ਫਾਈ ਦਾ ਪਾਸਵਰਡ ਤੁਹਾਡੇ ਫ਼ੋਨ 'ਤੇ ਭੇਜਿਆ ਗਿਆ ਹੈ। ",
            "ਕੀ ਤੁਸੀਂ ਪਾਸਵਰਡ ਬਦਲਣਾ ਚਾਹੋਗੇ?",
        ],
    ),
    (
        "ଆପଣଙ୍କ ଘର କ୍ଷତି ପାଇଁ ସହାୟତା ରାଶି ମଞ୍ଜୁର ହୋଇଛି। ₹୯୫,୧୦୦ ଦୁଇ କିସ୍ତିରେ ଆପଣଙ୍କ ଖାତାକୁ ଆସିବ। ପ୍ରଥମ କିସ୍ତି ଏହି ମାସ ଶେଷ ସୁଦ୍ଧା ମିଳିବ।",
        [
            "ଆପଣଙ୍କ ଘର କ୍ଷତି ପାଇଁ ସହାୟତା ରାଶି ମଞ୍ଜୁର ହୋଇଛି। ",
            "₹୯୫,୧୦୦ ଦୁଇ କିସ୍ତିରେ ଆପଣଙ୍କ ଖାତାକୁ ଆସିବ। ",
            "ପ୍ରଥମ କିସ୍ତି ଏହି ମାସ ଶେଷ ସୁଦ୍ଧା ମିଳିବ।",
        ],
    ),
    (
        "ଆପଣଙ୍କ ଝିଅର ସ୍କୁଲରେ ନାମ ଲେଖାଇବା ସମ୍ପୂର୍ଣ୍ଣ ହୋଇଛି। କ୍ଲାସ ସୋମବାରଠାରୁ ଆରମ୍ଭ ହେବ। ସ୍କୁଲ ପୋଷାକ ସ୍କୁଲରୁ ମାଗଣାରେ ମିଳିବ।",
        [
            "ଆପଣଙ୍କ ଝିଅର ସ୍କୁଲରେ ନାମ ଲେଖାଇବା ସମ୍ପୂର୍ଣ୍ଣ ହୋଇଛି। ",
            "କ୍ଲାସ ସୋମବାରଠାରୁ ଆରମ୍ଭ ହେବ। ",
            "ସ୍କୁଲ ପୋଷାକ ସ୍କୁଲରୁ ମାଗଣାରେ ମିଳିବ।",
        ],
    ),
    (
        "আপোনাৰ নতুন বিদ্যুৎ সংযোগৰ আবেদন গ্ৰহণ কৰা হৈছে। কাৰিকৰী বিষয়াজন সোমবাৰে আপোনাৰ ঘৰ চাবলৈ আহিব। সংযোগৰ মাচুল ₹১,৯৪০ অনলাইনত ভৰিব পাৰিব।",
        [
            "আপোনাৰ নতুন বিদ্যুৎ সংযোগৰ আবেদন গ্ৰহণ কৰা হৈছে। ",
            "কাৰিকৰী বিষয়াজন সোমবাৰে আপোনাৰ ঘৰ চাবলৈ আহিব। ",
            "সংযোগৰ মাচুল ₹১,৯৪০ অনলাইনত ভৰিব পাৰিব।",
        ],
    ),
    (
        "আপোনাৰ পাৰ্চেলটো আজি আবেলি আহি পাব। ডেলিভাৰীৰ সময়ত ঘৰত কোনোবা থাকিব লাগিব। পাৰ্চেলটো লোৱাৰ সময়ত টকা দিব নালাগে।",
        [
            "আপোনাৰ পাৰ্চেলটো আজি আবেলি আহি পাব। ",
            "ডেলিভাৰীৰ সময়ত ঘৰত কোনোবা থাকিব লাগিব। ",
            "পাৰ্চেলটো লোৱাৰ সময়ত টকা দিব নালাগে।",
        ],
    ),
    (
        "آپ کی بیٹی کا اسکول میں داخلہ ہو گیا ہے۔ کلاسیں اگلے پیر سے شروع ہوں گی۔ کیا آپ کو یونیفارم کی فہرست بھیج دوں؟",
        [
            "آپ کی بیٹی کا اسکول میں داخلہ ہو گیا ہے۔ ",
            "کلاسیں اگلے پیر سے شروع ہوں گی۔ ",
            "کیا آپ کو یونیفارم کی فہرست بھیج دوں؟",
        ],
    ),
    (
        "آپ کی دوائیں کل صبح تک آپ کے گھر پہنچ جائیں گی۔ آپ کے بیمے سے ₹1,186 کی رعایت مل گئی ہے۔ نسخے کی اصل کاپی تیار رکھیں۔",
        [
            "آپ کی دوائیں کل صبح تک آپ کے گھر پہنچ جائیں گی۔ ",
            "آپ کے بیمے سے ₹1,186 کی رعایت مل گئی ہے۔ ",
            "نسخے کی اصل کاپی تیار رکھیں۔",
        ],
    ),
    # --- ranks, a bracketed short form mid-sentence, months ending sentences --------------
    (
        "Your pension revision for Lt. Col. Ashok Bhandari (retd.) has been approved. Wg. Cdr. Meera Dutta will sign the order on Mon. 16 Mar. The arrears will reach his account by the end of Apr.",
        [
            "Your pension revision for Lt. Col. Ashok Bhandari (retd.) has been approved. ",
            "Wg. Cdr. Meera Dutta will sign the order on Mon. 16 Mar. ",
            "The arrears will reach his account by the end of Apr.",
        ],
    ),
    # --- titles and degrees mid-sentence, followed by commas ------------------------------
    (
        "Er. Sanjay Rawat, M.E., has inspected the cracks in your building. Adv. Kavita Menon, B.A., will draft the notice to the builder. Both reports will be e-mailed to you by tomorrow evening.",
        [
            "Er. Sanjay Rawat, M.E., has inspected the cracks in your building. ",
            "Adv. Kavita Menon, B.A., will draft the notice to the builder. ",
            "Both reports will be e-mailed to you by tomorrow evening.",
        ],
    ),
    # --- prescription forms, one ending a sentence ----------------------------------------
    (
        "Susp. Amoxicillin is to be given t.d.s. after food. Lot. Calamine is to be dabbed on the rash twice a day. The first dose of Gtt. Ciprofloxacin is to be put in the left ear stat. Come back if the fever does not settle in three days.",
        [
            "Susp. Amoxicillin is to be given t.d.s. after food. ",
            "Lot. Calamine is to be dabbed on the rash twice a day. ",
            "The first dose of Gtt. Ciprofloxacin is to be put in the left ear stat. ",
            "Come back if the fever does not settle in three days.",
        ],
    ),
    # --- address forms, one ending a sentence ---------------------------------------------
    (
        "Please collect your gas connection papers from Shop 4, Opp. Hanuman Mandir, Nr. Bus Stand, Station Rd. The shop is open till 8 tonight. Bring your rent agreement along.",
        [
            "Please collect your gas connection papers from Shop 4, Opp. Hanuman Mandir, Nr. Bus Stand, Station Rd. ",
            "The shop is open till 8 tonight. ",
            "Bring your rent agreement along.",
        ],
    ),
    (
        "तुमचे पार्सल मु. पो. शिरवळ, ता. खंडाळा, जि. सातारा या पत्त्यावर पाठवले आहे. ते दोन दिवसांत पोहोचेल. पार्सल घेताना ओळखपत्र दाखवा.",
        [
            "तुमचे पार्सल मु. पो. शिरवळ, ता. खंडाळा, जि. सातारा या पत्त्यावर पाठवले आहे. ",
            "ते दोन दिवसांत पोहोचेल. ",
            "पार्सल घेताना ओळखपत्र दाखवा.",
        ],
    ),
    # --- a firm's short form ending a sentence; approx., incl. and paise mid-sentence -----
    (
        "Your NEFT of ₹18,260 has been credited to Vardhan Textiles Pvt. Ltd. The charge came to approx. ₹5.90 incl. tax. Shall I save them as a payee for next time?",
        [
            "Your NEFT of ₹18,260 has been credited to Vardhan Textiles Pvt. Ltd. ",
            "The charge came to approx. ₹5.90 incl. tax. ",
            "Shall I save them as a payee for next time?",
        ],
    ),
    # --- weekday ending a sentence before one opening with a title; p.m. ending one -------
    (
        "Your locker visit is booked for Sat. Mr. Prakash Iyer, the branch manager, will meet you at the vault at 4:30 p.m. Please bring both keys with you.",
        [
            "Your locker visit is booked for Sat. ",
            "Mr. Prakash Iyer, the branch manager, will meet you at the vault at 4:30 p.m. ",
            "Please bring both keys with you.",
        ],
    ),
    # --- dotted acronyms mid-sentence and ending one, Govt. mid-sentence -------------------
    (
        "Your family has been added to the B.P.L. list for this year. The card is issued by the B.D.O. Ration will be given at the Govt. fair price shop from next month.",
        [
            "Your family has been added to the B.P.L. list for this year. ",
            "The card is issued by the B.D.O. ",
            "Ration will be given at the Govt. fair price shop from next month.",
        ],
    ),
    # --- Hinglish: ASCII ellipsis, dotted acronym ending a sentence -----------------------
    (
        "Ek second... Haan, aapka parcel C.O.D. hai. Delivery boy ₹1,349 cash lega. Kya aap chhutte paise tayyar rakhenge?",
        [
            "Ek second... ",
            "Haan, aapka parcel C.O.D. hai. ",
            "Delivery boy ₹1,349 cash lega. ",
            "Kya aap chhutte paise tayyar rakhenge?",
        ],
    ),
    # --- decimals, an amount with paise ending the reply ----------------------------------
    (
        "Your meter reading is 4,812.6 kWh, so you used 212.4 units this month. Units above 200 are billed at ₹8.15 each. The total comes to ₹2,046.30.",
        [
            "Your meter reading is 4,812.6 kWh, so you used 212.4 units this month. ",
            "Units above 200 are billed at ₹8.15 each. ",
            "The total comes to ₹2,046.30.",
        ],
    ),
    # --- dotted dates and dotted times, one ending a sentence -----------------------------
    (
        "Your child's vaccination slot has moved from 12.03.2027 to 19.03.2027. The centre opens at 09.15 and closes at 16.30. Please reach by 10.00. Carry the immunisation card with you.",
        [
            "Your child's vaccination slot has moved from 12.03.2027 to 19.03.2027. ",
            "The centre opens at 09.15 and closes at 16.30. ",
            "Please reach by 10.00. ",
            "Carry the immunisation card with you.",
        ],
    ),
    # --- https URL with a path, e-mail address with "_" and "+" ---------------------------
    (
        "Upload your hospital bills at https://claims.cover-demo.in/upload/HC-30917. If a file is larger than 5 MB, e-mail it to claims_team+hc@cover-demo.in instead. You'll get a reference number once the upload finishes.",
        [
            "Upload your hospital bills at https://claims.cover-demo.in/upload/HC-30917. ",
            "If a file is larger than 5 MB, e-mail it to claims_team+hc@cover-demo.in instead. ",
            "You'll get a reference number once the upload finishes.",
        ],
    ),
    # --- a quoted sentence and a bracketed sentence standing alone; quoted words ----------
    (
        'The courier partner wrote back. "We will deliver the package again on Monday." (They apologised for the delay.) Did the earlier agent at least call you? A simple "yes" or "no" is enough.',
        [
            "The courier partner wrote back. ",
            '"We will deliver the package again on Monday." ',
            "(They apologised for the delay.) ",
            "Did the earlier agent at least call you? ",
            'A simple "yes" or "no" is enough.',
        ],
    ),
    # --- Unicode ellipsis, emoji after "!", a reply ending on an emoji --------------------
    (
        "Checking your booking… Found it! 😊 Your room in Munnar is confirmed for two nights. Have a lovely trip 🌄",
        [
            "Checking your booking… ",
            "Found it! 😊 ",
            "Your room in Munnar is confirmed for two nights. ",
            "Have a lovely trip 🌄",
        ],
    ),
    # --- multi-line numbered list, each item ending in a full stop ------------------------
    (
        "To move your delivery to another day:\n1. Open the order page.\n2. Tap Change slot.\n3. Pick a date that suits you.\nThe new slot is confirmed by a text message.",
        [
            "To move your delivery to another day:\n",
            "1. Open the order page.\n",
            "2. Tap Change slot.\n",
            "3. Pick a date that suits you.\n",
            "The new slot is confirmed by a text message.",
        ],
    ),
    # --- one-line list with "a)" markers after a colon ------------------------------------
    (
        "Before the air conditioner service visit: a) Clear the space around the indoor unit. b) Keep the remote handy. c) Switch off the mains ten minutes before he arrives. The technician will reach between 3 and 5.",
        [
            "Before the air conditioner service visit: ",
            "a) Clear the space around the indoor unit. ",
            "b) Keep the remote handy. ",
            "c) Switch off the mains ten minutes before he arrives. ",
            "The technician will reach between 3 and 5.",
        ],
    ),
    # --- mixed scripts: Urdu and English sentences alternating ----------------------------
    (
        "آپ کی سیٹ کنفرم ہو گئی ہے۔ Please reach the boarding gate 50 minutes early. کیا آپ کو وہیل چیئر چاہیے؟ We can arrange one at no cost.",
        [
            "آپ کی سیٹ کنفرم ہو گئی ہے۔ ",
            "Please reach the boarding gate 50 minutes early. ",
            "کیا آپ کو وہیل چیئر چاہیے؟ ",
            "We can arrange one at no cost.",
        ],
    ),
    # --- Indic-script short forms ---------------------------------------------------------
    (
        "ਸ. ਹਰਜੀਤ ਸਿੰਘ ਦਾ ਬੁਢਾਪਾ ਪੈਨਸ਼ਨ ਫਾਰਮ ਮਨਜ਼ੂਰ ਹੋ ਗਿਆ ਹੈ। ਹਰ ਮਹੀਨੇ ਰੁ. 1,850 ਦੀ ਪੈਨਸ਼ਨ 7 ਤਾਰੀਖ ਨੂੰ ਖਾਤੇ ਵਿੱਚ ਆਵੇਗੀ। ਫਾਰਮ ਦੀ ਰਸੀਦ ਸੰਭਾਲ ਕੇ ਰੱਖੋ।",
        [
            "ਸ. ਹਰਜੀਤ ਸਿੰਘ ਦਾ ਬੁਢਾਪਾ ਪੈਨਸ਼ਨ ਫਾਰਮ ਮਨਜ਼ੂਰ ਹੋ ਗਿਆ ਹੈ। ",
            "ਹਰ ਮਹੀਨੇ ਰੁ. 1,850 ਦੀ ਪੈਨਸ਼ਨ 7 ਤਾਰੀਖ ਨੂੰ ਖਾਤੇ ਵਿੱਚ ਆਵੇਗੀ। ",
            "ਫਾਰਮ ਦੀ ਰਸੀਦ ਸੰਭਾਲ ਕੇ ਰੱਖੋ।",
        ],
    ),
    (
        "ડૉ. નિલેશ પરીખ તા. ૧૮ના રોજ સવારે ૧૦ વાગ્યે તમારા પિતાનું ઓપરેશન કરશે. ઓપરેશન પહેલાં લોહીની તપાસ ફરજિયાત છે. અંદાજિત ખર્ચ રૂ. ૪૨,૦૦૦ છે.",
        [
            "ડૉ. નિલેશ પરીખ તા. ૧૮ના રોજ સવારે ૧૦ વાગ્યે તમારા પિતાનું ઓપરેશન કરશે. ",
            "ઓપરેશન પહેલાં લોહીની તપાસ ફરજિયાત છે. ",
            "અંદાજિત ખર્ચ રૂ. ૪૨,૦૦૦ છે.",
        ],
    ),
    (
        "మీ కొరియర్ ఈరోజు సా. 6 గంటలలోపు చేరుతుంది. మా గోదాము మీ ఇంటికి 19 కి.మీ. దూరంలో ఉంది. ఆలస్యమైతే మేమే మీకు ఫోన్ చేస్తాం.",
        [
            "మీ కొరియర్ ఈరోజు సా. 6 గంటలలోపు చేరుతుంది. ",
            "మా గోదాము మీ ఇంటికి 19 కి.మీ. దూరంలో ఉంది. ",
            "ఆలస్యమైతే మేమే మీకు ఫోన్ చేస్తాం.",
        ],
    ),
    (
        "মো. রফিকুল ইসলামের নামে পাঠানো ১৮,৭৫০ টাকার চেক জমা হয়েছে। টাকা আগামীকাল দুপুরের মধ্যে অ্যাকাউন্টে আসবে। চেকটি নিউ মডেল ট্রেডার্স প্রা. লি. থেকে পাঠানো হয়েছে।",
        [
            "মো. রফিকুল ইসলামের নামে পাঠানো ১৮,৭৫০ টাকার চেক জমা হয়েছে। ",
            "টাকা আগামীকাল দুপুরের মধ্যে অ্যাকাউন্টে আসবে। ",
            "চেকটি নিউ মডেল ট্রেডার্স প্রা. লি. থেকে পাঠানো হয়েছে।",
        ],
    ),
    # --- St. and Std. mid-sentence, viz., a month and a weekday ending sentences ----------
    (
        "Your son's transfer to St. Anne's Convent School has been approved. He will join Std. 7 in the second term, viz. from 3 Oct. The school diary and books can be bought at the school store on Sat. The fees remain the same.",
        [
            "Your son's transfer to St. Anne's Convent School has been approved. ",
            "He will join Std. 7 in the second term, viz. from 3 Oct. ",
            "The school diary and books can be bought at the school store on Sat. ",
            "The fees remain the same.",
        ],
    ),
]
