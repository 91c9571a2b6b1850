"""Held-out cases for the sentence splitter, round 8: written without reading or running it.

Written after reading only tests/azure_tts/splitter_held_out_round7.py and
tests/azure_tts/splitter_held_out_round6.py (for format and conventions); no splitter source,
bench, tuning file, test file, README or git history was opened, and nothing was run against
the splitter. No sentence is taken or paraphrased from those two files, no amount, name,
company or place from them is reused, and none of the short forms (abbreviations) used in
them appears here: every short form in this round is new.

Each case is (text, the chunks a careful human would send to TTS one at a time). The chunks
concatenate exactly to the text; each chunk is a full sentence (or list item / heading line)
and carries the whitespace that follows its sentence end. A chunk is never cut inside an
amount, a decimal, a time, a short form (titles and ranks such as Prof., Capt., Maj.,
Wg. Cdr., Insp., Er., Smt., Sh., Jr./Sr.; offices such as Govt., Dept., Addl., Dy., Asst.,
Supdt., Mgr., Br.; addresses such as St., Hsg. Soc., Extn., Ph., Tq., Dt., Mdl., S.O.,
R.M.S.; months and weekdays such as Jan., Feb., Nov., Tue., Wed., Thu., Fri.; units, counts
and prescription forms such as kms., Nos., hrs., mins., Tab., Cap., Syp., Inj., t.d.s., b.d.,
s.o.s.; legal and banking forms such as Crl. Misc., Ors., Anr., p.a., w.e.f., viz., Trf.,
Clg., Wdl.; Indic forms such as कु., पं., स्व., मो., ग्रा., तह., उ.प्र., कि.ग्रा., श्री., रा.,
ग्रा.पं., कं., মি.লি., તા., મો., திரு., கி.மீ., గ్రా., మం., ದಿ., പ്രൊഫ.), a dotted initial,
a URL or an e-mail address, and a numbered-list marker stays with its item. A short form
that ends a sentence (followed by a new sentence) does end the chunk.
"""

from __future__ import annotations

HELD_OUT: list[tuple[str, list[str]]] = [
    # --- titles and ranks -----------------------------------------------------------------
    (
        "Your thesis review has been assigned to Prof. Anjali Deshpande, Ph.D., of the Dept. of Civil Engg. She will send her comments within 10 working days.",
        [
            "Your thesis review has been assigned to Prof. Anjali Deshpande, Ph.D., of the Dept. of Civil Engg. ",
            "She will send her comments within 10 working days.",
        ],
    ),
    (
        "Capt. Harjeet Gill from the ex-servicemen cell will call you today. Your canteen card needs a signature from Maj. Ritu Chauhan or Wg. Cdr. Sandeep Rawat. Either of them can sign it at the station HQ.",
        [
            "Capt. Harjeet Gill from the ex-servicemen cell will call you today. ",
            "Your canteen card needs a signature from Maj. Ritu Chauhan or Wg. Cdr. Sandeep Rawat. ",
            "Either of them can sign it at the station HQ.",
        ],
    ),
    (
        "The pension account is in the name of Sh. Mohan Lal Verma, and the nominee is Smt. Lalita Verma. Shall I update the nominee's mobile number?",
        [
            "The pension account is in the name of Sh. Mohan Lal Verma, and the nominee is Smt. Lalita Verma. ",
            "Shall I update the nominee's mobile number?",
        ],
    ),
    (
        "The policy is in the name of Thomas Mathew Jr. His father, Thomas Mathew Sr., holds a separate policy with us. Which one are you calling about?",
        [
            "The policy is in the name of Thomas Mathew Jr. ",
            "His father, Thomas Mathew Sr., holds a separate policy with us. ",
            "Which one are you calling about?",
        ],
    ),
    (
        "Er. Vikas Thakur, our site engineer, will inspect the meter on Wed. 11 Feb. between 10 and 12. Please make sure someone is at home.",
        [
            "Er. Vikas Thakur, our site engineer, will inspect the meter on Wed. 11 Feb. between 10 and 12. ",
            "Please make sure someone is at home.",
        ],
    ),
    (
        "Insp. K. L. Meena of the cyber police station will call you about the fraud complaint. Please don't share any OTP with anyone in the meantime.",
        [
            "Insp. K. L. Meena of the cyber police station will call you about the fraud complaint. ",
            "Please don't share any OTP with anyone in the meantime.",
        ],
    ),
    # --- offices and officials ------------------------------------------------------------
    (
        "Your restructuring request is now with the Mgr. at our Hazratganj Br. You'll hear back by Thu. Please don't visit the branch on the second Saturday, as it's closed.",
        [
            "Your restructuring request is now with the Mgr. at our Hazratganj Br. ",
            "You'll hear back by Thu. ",
            "Please don't visit the branch on the second Saturday, as it's closed.",
        ],
    ),
    (
        "Your land record correction is pending with the Addl. Tehsildar. After that, the Dy. Collector signs it and sends it to the State Govt. They usually take about a month. The Asst. Registrar will then update the online record.",
        [
            "Your land record correction is pending with the Addl. Tehsildar. ",
            "After that, the Dy. Collector signs it and sends it to the State Govt. ",
            "They usually take about a month. ",
            "The Asst. Registrar will then update the online record.",
        ],
    ),
    (
        "The caste certificate must be attested by an officer of the Revenue Dept. उसके बाद आप ऑनलाइन आवेदन कर सकते हैं।",
        [
            "The caste certificate must be attested by an officer of the Revenue Dept. ",
            "उसके बाद आप ऑनलाइन आवेदन कर सकते हैं।",
        ],
    ),
    (
        "Your grievance is now with the Water Supply Dept. (Ward 14). They'll call you within 2 days.",
        [
            "Your grievance is now with the Water Supply Dept. (Ward 14). ",
            "They'll call you within 2 days.",
        ],
    ),
    (
        "Your degree was verified by Pondicherry Univ. Your profile lists the qualification as B.Com. Would you like to add your LL.B. as well?",
        [
            "Your degree was verified by Pondicherry Univ. ",
            "Your profile lists the qualification as B.Com. ",
            "Would you like to add your LL.B. as well?",
        ],
    ),
    # --- postal and address short forms ---------------------------------------------------
    (
        "For the delayed pension, you can write to the Supdt. of Post Offices, Udupi Dn. Your complaint will be answered within 15 days.",
        [
            "For the delayed pension, you can write to the Supdt. of Post Offices, Udupi Dn. ",
            "Your complaint will be answered within 15 days.",
        ],
    ),
    (
        "Your new passbook was sent by Regd. Post to the Kankarbagh S.O. on Tue. It should reach you by this weekend.",
        [
            "Your new passbook was sent by Regd. Post to the Kankarbagh S.O. on Tue. ",
            "It should reach you by this weekend.",
        ],
    ),
    (
        "The returned parcel is being held at the Charbagh R.M.S. Please collect it within 7 days, or it will go back to the sender.",
        [
            "The returned parcel is being held at the Charbagh R.M.S. ",
            "Please collect it within 7 days, or it will go back to the sender.",
        ],
    ),
    (
        "Your new debit card will go to 14 Chapel St. near the clock tower. If you've moved, you can collect it from our courier desk on Brigade St. It stays open till 7 in the evening.",
        [
            "Your new debit card will go to 14 Chapel St. near the clock tower. ",
            "If you've moved, you can collect it from our courier desk on Brigade St. ",
            "It stays open till 7 in the evening.",
        ],
    ),
    (
        "Please confirm the delivery address: Flat 6, Gulmohar Hsg. Soc., Sector 21, Rohini Extn., Ph. 2. Our rider will call before arriving.",
        [
            "Please confirm the delivery address: Flat 6, Gulmohar Hsg. Soc., Sector 21, Rohini Extn., Ph. 2. ",
            "Our rider will call before arriving.",
        ],
    ),
    (
        "The nearest Aadhaar centre is in the taluk office at Kundapura Tq. It is open on weekdays from 10 to 5.",
        [
            "The nearest Aadhaar centre is in the taluk office at Kundapura Tq. ",
            "It is open on weekdays from 10 to 5.",
        ],
    ),
    (
        "Your crop insurance claim will be verified at the Mdl. office in Nakrekal, Nalgonda Dt. The field officer will visit your farm this week.",
        [
            "Your crop insurance claim will be verified at the Mdl. office in Nakrekal, Nalgonda Dt. ",
            "The field officer will visit your farm this week.",
        ],
    ),
    (
        'Look for the sender name "Kapoor Bros." on the label before you accept the parcel. If it\'s missing, please refuse the delivery.',
        [
            'Look for the sender name "Kapoor Bros." on the label before you accept the parcel. ',
            "If it's missing, please refuse the delivery.",
        ],
    ),
    (
        "Your warranty claim is registered with Shree Ganesh Mfg. Corp. in Rajkot. The seller on this order is Bhatia Bros. They'll call you within 48 hours.",
        [
            "Your warranty claim is registered with Shree Ganesh Mfg. Corp. in Rajkot. ",
            "The seller on this order is Bhatia Bros. ",
            "They'll call you within 48 hours.",
        ],
    ),
    # --- banking, interest and statements -------------------------------------------------
    (
        "The revised interest rate of 8.35% p.a. applies w.e.f. 1 Jan. Your EMI stays the same, but the tenure goes up by 4 months.",
        [
            "The revised interest rate of 8.35% p.a. applies w.e.f. 1 Jan. ",
            "Your EMI stays the same, but the tenure goes up by 4 months.",
        ],
    ),
    (
        "Your FD of ₹2,75,000 is booked for 3 years at 7.1% p.a. The maturity amount will be about ₹3,39,600. Shall I send the FD advice to your e-mail?",
        [
            "Your FD of ₹2,75,000 is booked for 3 years at 7.1% p.a. ",
            "The maturity amount will be about ₹3,39,600. ",
            "Shall I send the FD advice to your e-mail?",
        ],
    ),
    (
        "Three documents are still missing, viz. your PAN card, the salary slip for Nov. and the last bank statement. Please upload them to continue with the loan.",
        [
            "Three documents are still missing, viz. your PAN card, the salary slip for Nov. and the last bank statement. ",
            "Please upload them to continue with the loan.",
        ],
    ),
    (
        "Your last three entries are NEFT Trf. to Anita Rao for ₹6,400, a Clg. cheque of ₹18,250 and ₹3,500 by ATM Wdl. Do you recognise all three?",
        [
            "Your last three entries are NEFT Trf. to Anita Rao for ₹6,400, a Clg. cheque of ₹18,250 and ₹3,500 by ATM Wdl. ",
            "Do you recognise all three?",
        ],
    ),
    (
        "The account holder's name is listed as Deepa T. M. Shall I correct it to the name on your PAN?",
        [
            "The account holder's name is listed as Deepa T. M. ",
            "Shall I correct it to the name on your PAN?",
        ],
    ),
    (
        "Here's the draft letter:\nAttn.: The Branch Manager\nSub.: Closure of my savings account\nEncl.: Cancelled cheque and ID proof\n\nShall I e-mail it to you?",
        [
            "Here's the draft letter:\n",
            "Attn.: The Branch Manager\n",
            "Sub.: Closure of my savings account\n",
            "Encl.: Cancelled cheque and ID proof\n\n",
            "Shall I e-mail it to you?",
        ],
    ),
    # --- legal notices --------------------------------------------------------------------
    (
        "Your matter is listed as Crl. Misc. Petition 2093 of 2025, filed by Rakesh Yadav and Ors. The next hearing is on Fri. 6 Feb. Do you want a reminder a day before?",
        [
            "Your matter is listed as Crl. Misc. Petition 2093 of 2025, filed by Rakesh Yadav and Ors. ",
            "The next hearing is on Fri. 6 Feb. ",
            "Do you want a reminder a day before?",
        ],
    ),
    (
        "The recovery notice names Dinesh Gupta & Anr. as borrowers. Please contact our legal desk before 30 Jan. to settle the dues without extra charges.",
        [
            "The recovery notice names Dinesh Gupta & Anr. as borrowers. ",
            "Please contact our legal desk before 30 Jan. to settle the dues without extra charges.",
        ],
    ),
    # --- prescriptions, units and counts --------------------------------------------------
    (
        "Your prescription says Tab. Pantoprazole 40 mg, 30 mins. before breakfast. Syp. Lactulose is 15 ml at bedtime. Tab. Paracetamol 650 mg is only s.o.s. Shall I set reminders for these?",
        [
            "Your prescription says Tab. Pantoprazole 40 mg, 30 mins. before breakfast. ",
            "Syp. Lactulose is 15 ml at bedtime. ",
            "Tab. Paracetamol 650 mg is only s.o.s. ",
            "Shall I set reminders for these?",
        ],
    ),
    (
        "Cap. Amoxicillin 500 mg is to be taken t.d.s. for 5 days. The eye drops are to be used b.d. Please wash your hands before putting them in.",
        [
            "Cap. Amoxicillin 500 mg is to be taken t.d.s. for 5 days. ",
            "The eye drops are to be used b.d. ",
            "Please wash your hands before putting them in.",
        ],
    ),
    (
        "Your next dose of Inj. Vitamin B12 is due after 48 hrs. The nurse will visit your home at 9 in the morning.",
        [
            "Your next dose of Inj. Vitamin B12 is due after 48 hrs. ",
            "The nurse will visit your home at 9 in the morning.",
        ],
    ),
    (
        "Your order of 12 Nos. of ceramic tiles has left our warehouse. Free delivery applies up to 25 kms. Beyond that, we charge ₹17 for every extra km.",
        [
            "Your order of 12 Nos. of ceramic tiles has left our warehouse. ",
            "Free delivery applies up to 25 kms. ",
            "Beyond that, we charge ₹17 for every extra km.",
        ],
    ),
    (
        "Your policy summary:\n1. Sum assured: ₹35 lakh\n2. Policy term: 20 Yrs.\n3. Monthly premium: ₹2,140\n\nShall I e-mail you the full schedule?",
        [
            "Your policy summary:\n",
            "1. Sum assured: ₹35 lakh\n",
            "2. Policy term: 20 Yrs.\n",
            "3. Monthly premium: ₹2,140\n\n",
            "Shall I e-mail you the full schedule?",
        ],
    ),
    # --- Hindi short forms ----------------------------------------------------------------
    (
        "आपकी बेटी कु. अदिति शर्मा का आवेदन पं. दीनदयाल उपाध्याय छात्रवृत्ति योजना में स्वीकार हो गया है। पहली किस्त अगले महीने आएगी।",
        [
            "आपकी बेटी कु. अदिति शर्मा का आवेदन पं. दीनदयाल उपाध्याय छात्रवृत्ति योजना में स्वीकार हो गया है। ",
            "पहली किस्त अगले महीने आएगी।",
        ],
    ),
    (
        "आपके पार्सल का वज़न 2.5 कि.ग्रा. है, इसलिए ₹35 अतिरिक्त शुल्क लगेगा। क्या मैं भुगतान लिंक भेज दूँ?",
        [
            "आपके पार्सल का वज़न 2.5 कि.ग्रा. है, इसलिए ₹35 अतिरिक्त शुल्क लगेगा। ",
            "क्या मैं भुगतान लिंक भेज दूँ?",
        ],
    ),
    (
        "यह दावा स्व. रमेश चंद्र तिवारी की पॉलिसी पर दर्ज हुआ है। नॉमिनी से मो. 98110 47263 पर संपर्क किया जाएगा।",
        [
            "यह दावा स्व. रमेश चंद्र तिवारी की पॉलिसी पर दर्ज हुआ है। ",
            "नॉमिनी से मो. 98110 47263 पर संपर्क किया जाएगा।",
        ],
    ),
    (
        "आपके रिकॉर्ड में पता है: ग्रा. सिकंदरपुर, तह. बिलारी, मुरादाबाद, उ.प्र. क्या कार्ड इसी पते पर भेजें?",
        [
            "आपके रिकॉर्ड में पता है: ग्रा. सिकंदरपुर, तह. बिलारी, मुरादाबाद, उ.प्र. ",
            "क्या कार्ड इसी पते पर भेजें?",
        ],
    ),
    # --- Marathi short forms (sentences end with ".") -------------------------------------
    (
        "श्री. सुधाकर ग. पाटील, रा. शिरवळ, यांच्या नावाने नवीन वीज जोडणी मंजूर झाली आहे. ग्रा.पं.चा ना-हरकत दाखला मिळाला आहे. मीटर पुढच्या आठवड्यात बसवला जाईल.",
        [
            "श्री. सुधाकर ग. पाटील, रा. शिरवळ, यांच्या नावाने नवीन वीज जोडणी मंजूर झाली आहे. ",
            "ग्रा.पं.चा ना-हरकत दाखला मिळाला आहे. ",
            "मीटर पुढच्या आठवड्यात बसवला जाईल.",
        ],
    ),
    (
        "तुमचे पार्सल पाठवणारे: देवगिरी ट्रेडिंग कं. डिलिव्हरी उद्या संध्याकाळपर्यंत होईल.",
        [
            "तुमचे पार्सल पाठवणारे: देवगिरी ट्रेडिंग कं. ",
            "डिलिव्हरी उद्या संध्याकाळपर्यंत होईल.",
        ],
    ),
    # --- Bengali, Gujarati, Tamil, Telugu, Kannada, Malayalam short forms -----------------
    (
        "কাশির সিরাপটি ১০ মি.লি. করে দিনে তিনবার খাবেন। তিন দিনের মধ্যে জ্বর না কমলে আবার ডাক্তার দেখান। আপনি কি রিমাইন্ডার চান?",
        [
            "কাশির সিরাপটি ১০ মি.লি. করে দিনে তিনবার খাবেন। ",
            "তিন দিনের মধ্যে জ্বর না কমলে আবার ডাক্তার দেখান। ",
            "আপনি কি রিমাইন্ডার চান?",
        ],
    ),
    (
        "તમારું પાર્સલ તા. 23/01/2026ના રોજ પહોંચશે. ડિલિવરી એજન્ટ મો. 97250 18346 પરથી ફોન કરશે.",
        [
            "તમારું પાર્સલ તા. 23/01/2026ના રોજ પહોંચશે. ",
            "ડિલિવરી એજન્ટ મો. 97250 18346 પરથી ફોન કરશે.",
        ],
    ),
    (
        "திரு. செந்தில்குமார் அவர்களின் பெயரில் புதிய மின் இணைப்பு வழங்கப்பட்டுள்ளது. அருகிலுள்ள மின் அலுவலகம் 5 கி.மீ. தொலைவில் உள்ளது. வேறு ஏதாவது உதவி வேண்டுமா?",
        [
            "திரு. செந்தில்குமார் அவர்களின் பெயரில் புதிய மின் இணைப்பு வழங்கப்பட்டுள்ளது. ",
            "அருகிலுள்ள மின் அலுவலகம் 5 கி.மீ. தொலைவில் உள்ளது. ",
            "வேறு ஏதாவது உதவி வேண்டுமா?",
        ],
    ),
    (
        "మీ పాస్‌బుక్ గ్రా. వట్లూరు, మం. పెదపాడు చిరునామాకు పంపబడింది. ఇది మూడు రోజుల్లో చేరుతుంది.",
        [
            "మీ పాస్‌బుక్ గ్రా. వట్లూరు, మం. పెదపాడు చిరునామాకు పంపబడింది. ",
            "ఇది మూడు రోజుల్లో చేరుతుంది.",
        ],
    ),
    (
        "ನಿಮ್ಮ ಖಾತೆಗೆ ದಿ. 03/02/2026 ರಂದು ₹4,150 ಜಮಾ ಆಗಿದೆ. ಹೆಚ್ಚಿನ ಮಾಹಿತಿಗಾಗಿ ಹತ್ತಿರದ ಶಾಖೆಗೆ ಭೇಟಿ ನೀಡಿ.",
        [
            "ನಿಮ್ಮ ಖಾತೆಗೆ ದಿ. 03/02/2026 ರಂದು ₹4,150 ಜಮಾ ಆಗಿದೆ. ",
            "ಹೆಚ್ಚಿನ ಮಾಹಿತಿಗಾಗಿ ಹತ್ತಿರದ ಶಾಖೆಗೆ ಭೇಟಿ ನೀಡಿ.",
        ],
    ),
    (
        "നിങ്ങളുടെ അപേക്ഷ പ്രൊഫ. ജോസഫ് കുര്യൻ പരിശോധിച്ചു. ഫലം രണ്ട് ദിവസത്തിനകം എസ്എംഎസ് ആയി ലഭിക്കും.",
        [
            "നിങ്ങളുടെ അപേക്ഷ പ്രൊഫ. ജോസഫ് കുര്യൻ പരിശോധിച്ചു. ",
            "ഫലം രണ്ട് ദിവസത്തിനകം എസ്എംഎസ് ആയി ലഭിക്കും.",
        ],
    ),
    # --- danda, double danda, quotes and "?!" in Indic text -------------------------------
    (
        "आपकी दर्शन बुकिंग पक्की हो गई है॥ टोकन संख्या 2716 है। कृपया अपना पहचान पत्र साथ लाएँ॥",
        [
            "आपकी दर्शन बुकिंग पक्की हो गई है॥ ",
            "टोकन संख्या 2716 है। ",
            "कृपया अपना पहचान पत्र साथ लाएँ॥",
        ],
    ),
    (
        "आपको यह एसएमएस मिलेगा: “आपकी पॉलिसी का नवीनीकरण हो गया है।” यह संदेश 24 घंटे के भीतर आएगा।",
        [
            "आपको यह एसएमएस मिलेगा: “आपकी पॉलिसी का नवीनीकरण हो गया है।” ",
            "यह संदेश 24 घंटे के भीतर आएगा।",
        ],
    ),
    (
        "உங்கள் பணம் திரும்ப அனுப்பப்பட்டது! இது இரண்டு நாட்களில் உங்கள் கணக்கில் வரும். சரியா?",
        [
            "உங்கள் பணம் திரும்ப அனுப்பப்பட்டது! ",
            "இது இரண்டு நாட்களில் உங்கள் கணக்கில் வரும். ",
            "சரியா?",
        ],
    ),
    (
        "क्या आपके खाते से बिना OTP के ₹7,900 कट गए?! घबराइए मत, मैं अभी आपका कार्ड ब्लॉक कर रही हूँ।",
        [
            "क्या आपके खाते से बिना OTP के ₹7,900 कट गए?! ",
            "घबराइए मत, मैं अभी आपका कार्ड ब्लॉक कर रही हूँ।",
        ],
    ),
    # --- brackets, decimals, times, lakh/crore --------------------------------------------
    (
        "Your claim has been approved (settled amount: ₹1,86,420). The hospital will be paid directly. (You won't need to pay anything at discharge.) Get well soon!",
        [
            "Your claim has been approved (settled amount: ₹1,86,420). ",
            "The hospital will be paid directly. ",
            "(You won't need to pay anything at discharge.) ",
            "Get well soon!",
        ],
    ),
    (
        "Your fasting sugar is 142.5 mg/dL, which is slightly high. Your HbA1c is 6.8%. Please repeat the test in 3 months.",
        [
            "Your fasting sugar is 142.5 mg/dL, which is slightly high. ",
            "Your HbA1c is 6.8%. ",
            "Please repeat the test in 3 months.",
        ],
    ),
    (
        "The power cut is planned from 10.30 to 14.45 on Sunday. Supply will be back by 15.00. We regret the inconvenience.",
        [
            "The power cut is planned from 10.30 to 14.45 on Sunday. ",
            "Supply will be back by 15.00. ",
            "We regret the inconvenience.",
        ],
    ),
    (
        "Your home loan of ₹48.5 lakh is sanctioned. The property is valued at ₹1.2 crore, so the loan is about 40% of its value. The first disbursal of ₹12,25,000 will happen next week.",
        [
            "Your home loan of ₹48.5 lakh is sanctioned. ",
            "The property is valued at ₹1.2 crore, so the loan is about 40% of its value. ",
            "The first disbursal of ₹12,25,000 will happen next week.",
        ],
    ),
    # --- URL and e-mail, numbered list, ellipses, no final punctuation --------------------
    (
        "You can track your parcel at https://track.dakseva-example.in/?id=EZ71026. For help, write to care@dakseva-example.in.",
        [
            "You can track your parcel at https://track.dakseva-example.in/?id=EZ71026. ",
            "For help, write to care@dakseva-example.in.",
        ],
    ),
    (
        "To link Aadhaar with your account:\n1) Sign in to net banking and pick Profile.\n2) Choose Link Aadhaar\n3) Enter the OTP sent to your phone.\nIt takes about a minute.",
        [
            "To link Aadhaar with your account:\n",
            "1) Sign in to net banking and pick Profile.\n",
            "2) Choose Link Aadhaar\n",
            "3) Enter the OTP sent to your phone.\n",
            "It takes about a minute.",
        ],
    ),
    (
        "Hmm… I can't find a booking with that PNR. Let me try your mobile number instead... Okay, found it! Your train is running 40 minutes late.",
        [
            "Hmm… ",
            "I can't find a booking with that PNR. ",
            "Let me try your mobile number instead... ",
            "Okay, found it! ",
            "Your train is running 40 minutes late.",
        ],
    ),
    (
        "आपका नया सिम कार्ड भेज दिया गया है। यह दो दिन में आपके पते पर पहुँच जाएगा",
        ["आपका नया सिम कार्ड भेज दिया गया है। ", "यह दो दिन में आपके पते पर पहुँच जाएगा"],
    ),
]
