"""Held-out cases for the sentence splitter, round 11: written without reading or running it.

Written after reading only tests/azure_tts/splitter_held_out_round9.py and
tests/azure_tts/splitter_held_out_round8.py (for format and conventions); no splitter source,
bench, tuning file, other test file (round 10 included), README or git history was opened,
nothing was run against the splitter, and git was not used. No sentence is taken or
paraphrased from those two files, no amount, name, company or place from them is reused, and
none of the short forms (abbreviations) used in them appears here: every short form in this
round is new (each was checked with grep against both files).

About two thirds of the cases (37) are everyday replies (banking, telecom, insurance, health,
delivery, travel, government services, utilities, education, agriculture, e-commerce, real
estate) in English, Hindi, Hinglish, Marathi, Bengali, Tamil, Telugu, Gujarati, Kannada,
Malayalam, Punjabi, Odia and Assamese; the other third (20) carries the harder cases a bot
really produces.

Each case is (text, the chunks a careful human would send to TTS one at a time). The chunks
concatenate exactly to the text; each chunk is a full sentence (or list item / heading line)
and carries the whitespace that follows its sentence end. A chunk is never cut inside an
amount, a decimal, a dotted date, a time, a short form (ranks and titles such as Lt. Col.,
Retd., Sqn. Ldr., Flt. Lt., Dr. (Mrs.), M.D., Adv., Md.; firms such as Pvt. Ltd., Co.;
addresses such as Nr., Rly. Stn., Opp., Rd.; months and weekdays such as Oct., Dec., Mon.,
Sat.; times a.m. and p.m.; officialese and banking forms such as Ref. No., dtd., N.I., Rs.,
incl., approx.; prescription forms such as Sol., Lot., t.i.d.; education forms such as
B.Sc., Hons., Sem.; units such as sq. ft., qtl.; Indic forms such as मु., पो., ता., जि., सं.,
रु., ਸ., ਡਾ., ਰੁ., மி.லி., பி.ப.), a URL or an e-mail address, and a list marker stays with its
item. A short form that ends a sentence (followed by a new sentence) does end the chunk. A
one-line numbered list after a colon is chunked as its multi-line form would be: the lead-in
up to the colon, then one chunk per item.
"""

from __future__ import annotations

HELD_OUT: list[tuple[str, list[str]]] = [
    # --- everyday replies, English --------------------------------------------------------
    (
        "Your new cheque book with 25 leaves has been dispatched. It should reach your registered address within 5 working days. Would you like an SMS alert when it's delivered?",
        [
            "Your new cheque book with 25 leaves has been dispatched. ",
            "It should reach your registered address within 5 working days. ",
            "Would you like an SMS alert when it's delivered?",
        ],
    ),
    (
        "Your postpaid bill for this month is ₹783.20. It includes a one-time roaming charge of ₹96. You can pay it any time before the 22nd.",
        [
            "Your postpaid bill for this month is ₹783.20. ",
            "It includes a one-time roaming charge of ₹96. ",
            "You can pay it any time before the 22nd.",
        ],
    ),
    (
        "Your health policy now covers your mother as well. The extra premium of ₹6,318 has been added to this year's renewal. Do you want to pay it now or with the next instalment?",
        [
            "Your health policy now covers your mother as well. ",
            "The extra premium of ₹6,318 has been added to this year's renewal. ",
            "Do you want to pay it now or with the next instalment?",
        ],
    ),
    (
        "We couldn't deliver your package today because the gate was locked. We'll try again tomorrow between 10 and 1. If you prefer, you can pick it up from our Koramangala hub instead.",
        [
            "We couldn't deliver your package today because the gate was locked. ",
            "We'll try again tomorrow between 10 and 1. ",
            "If you prefer, you can pick it up from our Koramangala hub instead.",
        ],
    ),
    (
        "Your flight to Guwahati has been rescheduled to 4:50 in the evening. Your seat, 14C, stays the same. Please reach the airport at least 90 minutes before departure.",
        [
            "Your flight to Guwahati has been rescheduled to 4:50 in the evening. ",
            "Your seat, 14C, stays the same. ",
            "Please reach the airport at least 90 minutes before departure.",
        ],
    ),
    (
        "We've received your complaint about low water pressure in Ward 27. A plumber from the water board will visit within two days. Your complaint number is WB-30914.",
        [
            "We've received your complaint about low water pressure in Ward 27. ",
            "A plumber from the water board will visit within two days. ",
            "Your complaint number is WB-30914.",
        ],
    ),
    (
        "Your daughter's admission to Class 6 is confirmed. The first-term fee of ₹21,450 is due by 10 April. Uniforms can be collected from the school store on Saturday.",
        [
            "Your daughter's admission to Class 6 is confirmed. ",
            "The first-term fee of ₹21,450 is due by 10 April. ",
            "Uniforms can be collected from the school store on Saturday.",
        ],
    ),
    (
        "The site visit for the 2 BHK flat in Kharadi is booked for Sunday at 11. Our sales executive, Pradeep, will meet you at the gate. Parking is available inside the society.",
        [
            "The site visit for the 2 BHK flat in Kharadi is booked for Sunday at 11. ",
            "Our sales executive, Pradeep, will meet you at the gate. ",
            "Parking is available inside the society.",
        ],
    ),
    (
        "Your refund of ₹1,529.50 has been credited to your original payment method. It may take up to 3 days to show in your statement. If it doesn't show by then, please share your bank statement with us.",
        [
            "Your refund of ₹1,529.50 has been credited to your original payment method. ",
            "It may take up to 3 days to show in your statement. ",
            "If it doesn't show by then, please share your bank statement with us.",
        ],
    ),
    (
        "Your passport has been dispatched by Speed Post. The tracking number is EK492183716IN. Someone must be at home to sign for it.",
        [
            "Your passport has been dispatched by Speed Post. ",
            "The tracking number is EK492183716IN. ",
            "Someone must be at home to sign for it.",
        ],
    ),
    # --- everyday replies, Hinglish -------------------------------------------------------
    (
        "Aapki Goa wali bus ka boarding point badal gaya hai. Ab aapko Swargate ki jagah Katraj se bus pakadni hogi. Departure ka time wahi hai, par 20 minute pehle pahunch jaiye.",
        [
            "Aapki Goa wali bus ka boarding point badal gaya hai. ",
            "Ab aapko Swargate ki jagah Katraj se bus pakadni hogi. ",
            "Departure ka time wahi hai, par 20 minute pehle pahunch jaiye.",
        ],
    ),
    (
        "Sir, aapki ₹9,842 ki EMI kal auto-debit hogi. Kripya account mein utna balance rakhiye. Koi sawaal ho toh zaroor bataiye!",
        [
            "Sir, aapki ₹9,842 ki EMI kal auto-debit hogi. ",
            "Kripya account mein utna balance rakhiye. ",
            "Koi sawaal ho toh zaroor bataiye!",
        ],
    ),
    (
        "Aapki return request accept ho gayi hai. Courier partner kal subah pickup ke liye aayega. Product ko original box mein pack karke rakhiye.",
        [
            "Aapki return request accept ho gayi hai. ",
            "Courier partner kal subah pickup ke liye aayega. ",
            "Product ko original box mein pack karke rakhiye.",
        ],
    ),
    # --- everyday replies, Hindi ----------------------------------------------------------
    (
        "आपकी फसल बीमा की राशि ₹14,380 आपके खाते में भेज दी गई है। यह दो दिन में दिखने लगेगी। अगर राशि में कोई अंतर हो तो कृषि कार्यालय से संपर्क करें।",
        [
            "आपकी फसल बीमा की राशि ₹14,380 आपके खाते में भेज दी गई है। ",
            "यह दो दिन में दिखने लगेगी। ",
            "अगर राशि में कोई अंतर हो तो कृषि कार्यालय से संपर्क करें।",
        ],
    ),
    (
        "आपका जन्म प्रमाण पत्र बन गया है। आप इसे नगर निगम की वेबसाइट से डाउनलोड कर सकते हैं। डाउनलोड के लिए आपको आवेदन संख्या की ज़रूरत होगी।",
        [
            "आपका जन्म प्रमाण पत्र बन गया है। ",
            "आप इसे नगर निगम की वेबसाइट से डाउनलोड कर सकते हैं। ",
            "डाउनलोड के लिए आपको आवेदन संख्या की ज़रूरत होगी।",
        ],
    ),
    (
        "आपके नंबर पर इंटरनेशनल रोमिंग चालू कर दी गई है। यह पैक 15 दिन तक चलेगा और इसमें रोज़ 2 GB डेटा मिलेगा। क्या आप अपनी यात्रा की तारीखें बदलना चाहेंगे?",
        [
            "आपके नंबर पर इंटरनेशनल रोमिंग चालू कर दी गई है। ",
            "यह पैक 15 दिन तक चलेगा और इसमें रोज़ 2 GB डेटा मिलेगा। ",
            "क्या आप अपनी यात्रा की तारीखें बदलना चाहेंगे?",
        ],
    ),
    (
        "आपके घर की छत पर सोलर पैनल लगाने का आवेदन मंज़ूर हो गया है। सब्सिडी की राशि ₹78,000 सीधे आपके खाते में आएगी। इंस्टॉलेशन टीम अगले हफ़्ते आपसे संपर्क करेगी।",
        [
            "आपके घर की छत पर सोलर पैनल लगाने का आवेदन मंज़ूर हो गया है। ",
            "सब्सिडी की राशि ₹78,000 सीधे आपके खाते में आएगी। ",
            "इंस्टॉलेशन टीम अगले हफ़्ते आपसे संपर्क करेगी।",
        ],
    ),
    # --- everyday replies, other Indian languages -----------------------------------------
    (
        "तुमचे गृहकर्ज मंजूर झाले आहे. पहिला हप्ता पुढच्या महिन्याच्या 5 तारखेला कापला जाईल. हप्ता ₹18,430 इतका असेल.",
        [
            "तुमचे गृहकर्ज मंजूर झाले आहे. ",
            "पहिला हप्ता पुढच्या महिन्याच्या 5 तारखेला कापला जाईल. ",
            "हप्ता ₹18,430 इतका असेल.",
        ],
    ),
    (
        "तुमच्या शेतातील माती परीक्षणाचा अहवाल तयार आहे. त्यात नत्राचे प्रमाण कमी आढळले आहे. कृषी सहाय्यक तुम्हाला खतांविषयी माहिती देतील.",
        [
            "तुमच्या शेतातील माती परीक्षणाचा अहवाल तयार आहे. ",
            "त्यात नत्राचे प्रमाण कमी आढळले आहे. ",
            "कृषी सहाय्यक तुम्हाला खतांविषयी माहिती देतील.",
        ],
    ),
    (
        "আপনার অর্ডারটি আজ সন্ধ্যা ৭টার মধ্যে পৌঁছে যাবে। ডেলিভারির সময় ওটিপি বলতে হবে। আজ বাড়িতে না থাকলে আমাদের জানিয়ে দিন।",
        [
            "আপনার অর্ডারটি আজ সন্ধ্যা ৭টার মধ্যে পৌঁছে যাবে। ",
            "ডেলিভারির সময় ওটিপি বলতে হবে। ",
            "আজ বাড়িতে না থাকলে আমাদের জানিয়ে দিন।",
        ],
    ),
    (
        "আপনার স্বাস্থ্য বিমার দাবির কাগজপত্র আমরা পেয়েছি। হাসপাতালের বিলে একটি সই বাকি আছে। সেটা পাঠালেই দাবির প্রক্রিয়া শুরু হবে।",
        [
            "আপনার স্বাস্থ্য বিমার দাবির কাগজপত্র আমরা পেয়েছি। ",
            "হাসপাতালের বিলে একটি সই বাকি আছে। ",
            "সেটা পাঠালেই দাবির প্রক্রিয়া শুরু হবে।",
        ],
    ),
    (
        "உங்கள் ரத்தப் பரிசோதனைக்கான மாதிரி எடுக்க நாளை காலை 7 மணிக்கு ஒருவர் வீட்டுக்கு வருவார். முந்தைய இரவு 10 மணிக்குப் பிறகு எதுவும் சாப்பிட வேண்டாம். இந்த நேரம் உங்களுக்கு வசதியாக இருக்குமா?",
        [
            "உங்கள் ரத்தப் பரிசோதனைக்கான மாதிரி எடுக்க நாளை காலை 7 மணிக்கு ஒருவர் வீட்டுக்கு வருவார். ",
            "முந்தைய இரவு 10 மணிக்குப் பிறகு எதுவும் சாப்பிட வேண்டாம். ",
            "இந்த நேரம் உங்களுக்கு வசதியாக இருக்குமா?",
        ],
    ),
    (
        "உங்கள் மகனின் தேர்வு முடிவுகள் வெளியாகிவிட்டன. அவர் 92% மதிப்பெண் பெற்றுள்ளார். வாழ்த்துகள்!",
        [
            "உங்கள் மகனின் தேர்வு முடிவுகள் வெளியாகிவிட்டன. ",
            "அவர் 92% மதிப்பெண் பெற்றுள்ளார். ",
            "வாழ்த்துகள்!",
        ],
    ),
    (
        "మీ ఖాతాలో ₹5,260 జమ అయ్యాయి. ఇది మీ పంట రుణం మొదటి విడత. తదుపరి విడత పంట కోత తర్వాత విడుదల అవుతుంది.",
        [
            "మీ ఖాతాలో ₹5,260 జమ అయ్యాయి. ",
            "ఇది మీ పంట రుణం మొదటి విడత. ",
            "తదుపరి విడత పంట కోత తర్వాత విడుదల అవుతుంది.",
        ],
    ),
    (
        "మీ రైలు టికెట్ కన్ఫర్మ్ అయింది. మీ బెర్త్ S4 కోచ్‌లో 37వ నంబర్. రైలు ఉదయం 6:20కి బయలుదేరుతుంది.",
        [
            "మీ రైలు టికెట్ కన్ఫర్మ్ అయింది. ",
            "మీ బెర్త్ S4 కోచ్‌లో 37వ నంబర్. ",
            "రైలు ఉదయం 6:20కి బయలుదేరుతుంది.",
        ],
    ),
    (
        "તમારો મિલકત વેરો ₹4,260 ભરાઈ ગયો છે. વહેલી ચુકવણી બદલ તમને 10% વળતર મળ્યું છે. આવતા વર્ષે પણ આ વળતર મેળવવા માટે એપ્રિલમાં જ ચુકવણી કરજો.",
        [
            "તમારો મિલકત વેરો ₹4,260 ભરાઈ ગયો છે. ",
            "વહેલી ચુકવણી બદલ તમને 10% વળતર મળ્યું છે. ",
            "આવતા વર્ષે પણ આ વળતર મેળવવા માટે એપ્રિલમાં જ ચુકવણી કરજો.",
        ],
    ),
    (
        "તમે પસંદ કરેલો મોબાઇલ ફોન હાલ સ્ટોકમાં નથી. તે આવતા અઠવાડિયે ફરી ઉપલબ્ધ થશે. શું હું તમને ત્યારે જાણ કરું?",
        [
            "તમે પસંદ કરેલો મોબાઇલ ફોન હાલ સ્ટોકમાં નથી. ",
            "તે આવતા અઠવાડિયે ફરી ઉપલબ્ધ થશે. ",
            "શું હું તમને ત્યારે જાણ કરું?",
        ],
    ),
    (
        "ನಿಮ್ಮ ಆಧಾರ್ ವಿಳಾಸ ಬದಲಾವಣೆ ಯಶಸ್ವಿಯಾಗಿದೆ. ಹೊಸ ಕಾರ್ಡ್ ಅನ್ನು ಆನ್‌ಲೈನ್‌ನಲ್ಲಿ ಡೌನ್‌ಲೋಡ್ ಮಾಡಬಹುದು. ಅಂಚೆ ಮೂಲಕ ಕಾರ್ಡ್ ಬರಲು ಎರಡು ವಾರ ಬೇಕಾಗಬಹುದು.",
        [
            "ನಿಮ್ಮ ಆಧಾರ್ ವಿಳಾಸ ಬದಲಾವಣೆ ಯಶಸ್ವಿಯಾಗಿದೆ. ",
            "ಹೊಸ ಕಾರ್ಡ್ ಅನ್ನು ಆನ್‌ಲೈನ್‌ನಲ್ಲಿ ಡೌನ್‌ಲೋಡ್ ಮಾಡಬಹುದು. ",
            "ಅಂಚೆ ಮೂಲಕ ಕಾರ್ಡ್ ಬರಲು ಎರಡು ವಾರ ಬೇಕಾಗಬಹುದು.",
        ],
    ),
    (
        "ನಿಮ್ಮ ಲಸಿಕೆ ಅಪಾಯಿಂಟ್‌ಮೆಂಟ್ ಶುಕ್ರವಾರ ಬೆಳಿಗ್ಗೆ 10 ಗಂಟೆಗೆ ನಿಗದಿಯಾಗಿದೆ. ಲಸಿಕೆಯ ನಂತರ ಅರ್ಧ ಗಂಟೆ ಕೇಂದ್ರದಲ್ಲೇ ಕಾಯಬೇಕು.",
        [
            "ನಿಮ್ಮ ಲಸಿಕೆ ಅಪಾಯಿಂಟ್‌ಮೆಂಟ್ ಶುಕ್ರವಾರ ಬೆಳಿಗ್ಗೆ 10 ಗಂಟೆಗೆ ನಿಗದಿಯಾಗಿದೆ. ",
            "ಲಸಿಕೆಯ ನಂತರ ಅರ್ಧ ಗಂಟೆ ಕೇಂದ್ರದಲ್ಲೇ ಕಾಯಬೇಕು.",
        ],
    ),
    (
        "നിങ്ങളുടെ സ്വർണ്ണ വായ്പ അടുത്ത ആഴ്ച പുതുക്കണം. പലിശ തുക ₹3,870 ആണ്. ശാഖയിൽ നേരിട്ടും അടയ്ക്കാം.",
        [
            "നിങ്ങളുടെ സ്വർണ്ണ വായ്പ അടുത്ത ആഴ്ച പുതുക്കണം. ",
            "പലിശ തുക ₹3,870 ആണ്. ",
            "ശാഖയിൽ നേരിട്ടും അടയ്ക്കാം.",
        ],
    ),
    (
        "നിങ്ങളുടെ ഹൗസ്ബോട്ട് ബുക്കിംഗ് സ്ഥിരീകരിച്ചു. ചെക്ക്-ഇൻ ഉച്ചയ്ക്ക് 12 മണിക്കാണ്. ഭക്ഷണം പാക്കേജിൽ ഉൾപ്പെടുന്നുണ്ട്!",
        [
            "നിങ്ങളുടെ ഹൗസ്ബോട്ട് ബുക്കിംഗ് സ്ഥിരീകരിച്ചു. ",
            "ചെക്ക്-ഇൻ ഉച്ചയ്ക്ക് 12 മണിക്കാണ്. ",
            "ഭക്ഷണം പാക്കേജിൽ ഉൾപ്പെടുന്നുണ്ട്!",
        ],
    ),
    (
        "ਤੁਹਾਡੀ ਕਣਕ ਦੀ ਅਦਾਇਗੀ ₹1,12,640 ਤੁਹਾਡੇ ਖਾਤੇ ਵਿੱਚ ਆ ਗਈ ਹੈ। ਅਗਲੀ ਫ਼ਸਲ ਲਈ ਬੀਜ ਦੀ ਬੁਕਿੰਗ ਵੀ ਹੁਣ ਖੁੱਲ੍ਹ ਗਈ ਹੈ। ਕੀ ਮੈਂ ਤੁਹਾਡੇ ਲਈ ਬੁਕਿੰਗ ਕਰਾਂ?",
        [
            "ਤੁਹਾਡੀ ਕਣਕ ਦੀ ਅਦਾਇਗੀ ₹1,12,640 ਤੁਹਾਡੇ ਖਾਤੇ ਵਿੱਚ ਆ ਗਈ ਹੈ। ",
            "ਅਗਲੀ ਫ਼ਸਲ ਲਈ ਬੀਜ ਦੀ ਬੁਕਿੰਗ ਵੀ ਹੁਣ ਖੁੱਲ੍ਹ ਗਈ ਹੈ। ",
            "ਕੀ ਮੈਂ ਤੁਹਾਡੇ ਲਈ ਬੁਕਿੰਗ ਕਰਾਂ?",
        ],
    ),
    (
        "ਤੁਹਾਡੇ ਇਲਾਕੇ ਵਿੱਚ ਨੈੱਟਵਰਕ ਦੀ ਸਮੱਸਿਆ ਠੀਕ ਕਰ ਦਿੱਤੀ ਗਈ ਹੈ। ਜੇ ਫਿਰ ਵੀ ਕਾਲ ਕੱਟਦੀ ਹੈ ਤਾਂ ਫ਼ੋਨ ਇੱਕ ਵਾਰ ਬੰਦ ਕਰਕੇ ਚਾਲੂ ਕਰੋ।",
        [
            "ਤੁਹਾਡੇ ਇਲਾਕੇ ਵਿੱਚ ਨੈੱਟਵਰਕ ਦੀ ਸਮੱਸਿਆ ਠੀਕ ਕਰ ਦਿੱਤੀ ਗਈ ਹੈ। ",
            "ਜੇ ਫਿਰ ਵੀ ਕਾਲ ਕੱਟਦੀ ਹੈ ਤਾਂ ਫ਼ੋਨ ਇੱਕ ਵਾਰ ਬੰਦ ਕਰਕੇ ਚਾਲੂ ਕਰੋ।",
        ],
    ),
    (
        "ଆପଣଙ୍କ ଡ୍ରାଇଭିଂ ଲାଇସେନ୍ସ ପରୀକ୍ଷା ଆସନ୍ତା ଶୁକ୍ରବାର ସକାଳ 9ଟାରେ ଅଛି। ଦୟାକରି ଲର୍ଣ୍ଣର ଲାଇସେନ୍ସ ସାଙ୍ଗରେ ଆଣନ୍ତୁ। ପରୀକ୍ଷା ପାଇଁ ଆପଣ ନିଜ ଗାଡ଼ି ଆଣିପାରିବେ।",
        [
            "ଆପଣଙ୍କ ଡ୍ରାଇଭିଂ ଲାଇସେନ୍ସ ପରୀକ୍ଷା ଆସନ୍ତା ଶୁକ୍ରବାର ସକାଳ 9ଟାରେ ଅଛି। ",
            "ଦୟାକରି ଲର୍ଣ୍ଣର ଲାଇସେନ୍ସ ସାଙ୍ଗରେ ଆଣନ୍ତୁ। ",
            "ପରୀକ୍ଷା ପାଇଁ ଆପଣ ନିଜ ଗାଡ଼ି ଆଣିପାରିବେ।",
        ],
    ),
    (
        "ଆପଣଙ୍କ ନୂଆ ପାଣି ସଂଯୋଗ ପାଇଁ ଆବେଦନ ମଞ୍ଜୁର ହୋଇଛି। ପ୍ଲମ୍ବର ଆସନ୍ତା ସୋମବାର ଆସିବେ।",
        [
            "ଆପଣଙ୍କ ନୂଆ ପାଣି ସଂଯୋଗ ପାଇଁ ଆବେଦନ ମଞ୍ଜୁର ହୋଇଛି। ",
            "ପ୍ଲମ୍ବର ଆସନ୍ତା ସୋମବାର ଆସିବେ।",
        ],
    ),
    (
        "আপোনাৰ দেউতাৰ চকুৰ অস্ত্ৰোপচাৰ কাইলৈ পুৱা ৯ বজাত হ'ব। অস্ত্ৰোপচাৰৰ পিছত তেখেত সেইদিনাই ঘৰলৈ যাব পাৰিব। কিবা প্ৰশ্ন থাকিলে এই নম্বৰতে ফোন কৰিব।",
        [
            "আপোনাৰ দেউতাৰ চকুৰ অস্ত্ৰোপচাৰ কাইলৈ পুৱা ৯ বজাত হ'ব। ",
            "অস্ত্ৰোপচাৰৰ পিছত তেখেত সেইদিনাই ঘৰলৈ যাব পাৰিব। ",
            "কিবা প্ৰশ্ন থাকিলে এই নম্বৰতে ফোন কৰিব।",
        ],
    ),
    (
        "আপোনাৰ একাউণ্টত ₹৭,২৫০ জমা হৈছে। এইখিনি আপোনাৰ পেঞ্চনৰ ধন। এই মাহৰ পৰা পেঞ্চন ৩% বাঢ়িছে।",
        [
            "আপোনাৰ একাউণ্টত ₹৭,২৫০ জমা হৈছে। ",
            "এইখিনি আপোনাৰ পেঞ্চনৰ ধন। ",
            "এই মাহৰ পৰা পেঞ্চন ৩% বাঢ়িছে।",
        ],
    ),
    # --- ranks and titles, two in a row, short form in and before a bracket ---------------
    (
        "The pension revision for Lt. Col. Devendra Negi (Retd.) has been approved. The arrears will be credited by 15 Oct. The record office will send the revised PPO separately.",
        [
            "The pension revision for Lt. Col. Devendra Negi (Retd.) has been approved. ",
            "The arrears will be credited by 15 Oct. ",
            "The record office will send the revised PPO separately.",
        ],
    ),
    (
        "Your travel claim was verified by Sqn. Ldr. Meenakshi Bhat. Flt. Lt. Arjun Sekhon will release the payment on Mon. The amount is ₹23,615.",
        [
            "Your travel claim was verified by Sqn. Ldr. Meenakshi Bhat. ",
            "Flt. Lt. Arjun Sekhon will release the payment on Mon. ",
            "The amount is ₹23,615.",
        ],
    ),
    (
        "Your appointment is with Dr. (Mrs.) Kavita Iyengar, M.D., at 6:15 p.m. on Thursday. The consultation usually takes approx. 20 minutes. The clinic is on the second floor of the Lotus building.",
        [
            "Your appointment is with Dr. (Mrs.) Kavita Iyengar, M.D., at 6:15 p.m. on Thursday. ",
            "The consultation usually takes approx. 20 minutes. ",
            "The clinic is on the second floor of the Lotus building.",
        ],
    ),
    # --- firms, a short form before a quote, times that end a sentence --------------------
    (
        "This loan is serviced by Ankur Finserv Pvt. Ltd. Their helpdesk is open from 10 a.m. to 5 p.m. Your EMI of ₹4,176 is due on the 7th of every month.",
        [
            "This loan is serviced by Ankur Finserv Pvt. Ltd. ",
            "Their helpdesk is open from 10 a.m. to 5 p.m. ",
            "Your EMI of ₹4,176 is due on the 7th of every month.",
        ],
    ),
    (
        'The beneficiary is saved as "Md. Salim & Co." in your list. Is this the right account for the ₹11,300 transfer?',
        [
            'The beneficiary is saved as "Md. Salim & Co." in your list. ',
            "Is this the right account for the ₹11,300 transfer?",
        ],
    ),
    # --- real estate and addresses --------------------------------------------------------
    (
        "The carpet area of the flat is 1,085 sq. ft. and the price is ₹92.4 lakh. Stamp duty and registration will cost approx. ₹6.5 lakh more. Shall I book a site visit for Sat.?",
        [
            "The carpet area of the flat is 1,085 sq. ft. and the price is ₹92.4 lakh. ",
            "Stamp duty and registration will cost approx. ₹6.5 lakh more. ",
            "Shall I book a site visit for Sat.?",
        ],
    ),
    (
        "Our new service centre is at Shop 4, Sai Plaza, Nr. Rly. Stn., Opp. Canara Bank, Station Rd. It opens at 9.45 a.m. every day.",
        [
            "Our new service centre is at Shop 4, Sai Plaza, Nr. Rly. Stn., Opp. Canara Bank, Station Rd. ",
            "It opens at 9.45 a.m. every day.",
        ],
    ),
    # --- legal and banking officialese, dotted dates, Rs. and paise -----------------------
    (
        "Your complaint u/s 138 of the N.I. Act has been filed in the Saket court. Adv. Shalini Menon will appear for you on 3 Dec. The hearing starts at 11.15 a.m. Shall I add it to your calendar?",
        [
            "Your complaint u/s 138 of the N.I. Act has been filed in the Saket court. ",
            "Adv. Shalini Menon will appear for you on 3 Dec. ",
            "The hearing starts at 11.15 a.m. ",
            "Shall I add it to your calendar?",
        ],
    ),
    (
        "As per our letter Ref. No. HL/2291 dtd. 14.11.2025, your home loan account is closed. You can collect the property papers from the branch between 11 a.m. and 3 p.m. An authorisation letter is needed if someone else collects them.",
        [
            "As per our letter Ref. No. HL/2291 dtd. 14.11.2025, your home loan account is closed. ",
            "You can collect the property papers from the branch between 11 a.m. and 3 p.m. ",
            "An authorisation letter is needed if someone else collects them.",
        ],
    ),
    (
        "The bill amount is Rs. 1,243.75, incl. GST. A late fee of Rs. 50 applies after 18.03.2026. Pay today to avoid it!",
        [
            "The bill amount is Rs. 1,243.75, incl. GST. ",
            "A late fee of Rs. 50 applies after 18.03.2026. ",
            "Pay today to avoid it!",
        ],
    ),
    # --- prescriptions, education, agriculture --------------------------------------------
    (
        "Sol. Chlorhexidine is for gargling t.i.d. Lot. Calamine is to be applied on the rash at night. Please avoid soap on that area for a week.",
        [
            "Sol. Chlorhexidine is for gargling t.i.d. ",
            "Lot. Calamine is to be applied on the rash at night. ",
            "Please avoid soap on that area for a week.",
        ],
    ),
    (
        "Your B.Sc. (Hons.) result has been declared. You scored 8.42 CGPA in Sem. 6. The marksheet can be downloaded from the university portal.",
        [
            "Your B.Sc. (Hons.) result has been declared. ",
            "You scored 8.42 CGPA in Sem. 6. ",
            "The marksheet can be downloaded from the university portal.",
        ],
    ),
    (
        "Your 43.5 qtl. of paddy has been weighed at the Karnal mandi. At ₹2,369 per qtl., you'll get ₹1,03,051.50. The money will reach your account within 72 hours.",
        [
            "Your 43.5 qtl. of paddy has been weighed at the Karnal mandi. ",
            "At ₹2,369 per qtl., you'll get ₹1,03,051.50. ",
            "The money will reach your account within 72 hours.",
        ],
    ),
    # --- Indic short forms, danda, mixed-script sentences ---------------------------------
    (
        "ट्रॅक्टर अनुदानाचा धनादेश मु. पो. वाघोली, ता. हवेली, जि. पुणे येथील कृषी कार्यालयात तयार आहे. तो घेण्यासाठी तुमचा सातबारा उतारा सोबत आणा. कार्यालय सकाळी 10 वाजता उघडते.",
        [
            "ट्रॅक्टर अनुदानाचा धनादेश मु. पो. वाघोली, ता. हवेली, जि. पुणे येथील कृषी कार्यालयात तयार आहे. ",
            "तो घेण्यासाठी तुमचा सातबारा उतारा सोबत आणा. ",
            "कार्यालय सकाळी 10 वाजता उघडते.",
        ],
    ),
    (
        "आपके बेटे का admission form सं. 2754 submit हो गया है। रु. 1,200 की application fee भी मिल गई है। Entrance test अगले रविवार को होगा।",
        [
            "आपके बेटे का admission form सं. 2754 submit हो गया है। ",
            "रु. 1,200 की application fee भी मिल गई है। ",
            "Entrance test अगले रविवार को होगा।",
        ],
    ),
    (
        "ਸ. ਗੁਰਦੀਪ ਸਿੰਘ ਜੀ, ਡਾ. ਹਰਲੀਨ ਕੌਰ ਨੇ ਤੁਹਾਡੀ ਖੂਨ ਦੀ ਜਾਂਚ ਦੀ ਰਿਪੋਰਟ ਵੇਖ ਲਈ ਹੈ। ਸਭ ਕੁਝ ਠੀਕ ਹੈ! ਦਵਾਈ ਦਾ ਬਿੱਲ ਰੁ. 740 ਬਣਿਆ ਹੈ।",
        [
            "ਸ. ਗੁਰਦੀਪ ਸਿੰਘ ਜੀ, ਡਾ. ਹਰਲੀਨ ਕੌਰ ਨੇ ਤੁਹਾਡੀ ਖੂਨ ਦੀ ਜਾਂਚ ਦੀ ਰਿਪੋਰਟ ਵੇਖ ਲਈ ਹੈ। ",
            "ਸਭ ਕੁਝ ਠੀਕ ਹੈ! ",
            "ਦਵਾਈ ਦਾ ਬਿੱਲ ਰੁ. 740 ਬਣਿਆ ਹੈ।",
        ],
    ),
    (
        "நாளை முதல் உங்கள் தினசரி பால் அளவு 750 மி.லி. ஆக மாற்றப்படும். மாதக் கட்டணம் ₹930 ஆகும். இதை மாற்ற விரும்பினால் இன்று பி.ப. 5 மணிக்குள் பதில் அனுப்புங்கள்.",
        [
            "நாளை முதல் உங்கள் தினசரி பால் அளவு 750 மி.லி. ஆக மாற்றப்படும். ",
            "மாதக் கட்டணம் ₹930 ஆகும். ",
            "இதை மாற்ற விரும்பினால் இன்று பி.ப. 5 மணிக்குள் பதில் அனுப்புங்கள்.",
        ],
    ),
    # --- one-line numbered list after a colon ---------------------------------------------
    (
        "For the KYC update, please keep these ready: 1. Aadhaar card. 2. PAN card. 3. One passport-size photo. Our agent will visit you tomorrow between 11 a.m. and 1 p.m.",
        [
            "For the KYC update, please keep these ready: ",
            "1. Aadhaar card. ",
            "2. PAN card. ",
            "3. One passport-size photo. ",
            "Our agent will visit you tomorrow between 11 a.m. and 1 p.m.",
        ],
    ),
    # --- ellipsis, exclamation, emoji, dashes ---------------------------------------------
    (
        "Zara rukiye, main aapki details dekh rahi hoon… Haan, mil gaya! Congratulations 🎉, aapka personal loan — ₹3,60,000 — approve ho gaya hai. Loan agreement aapke email par bhej diya hai.",
        [
            "Zara rukiye, main aapki details dekh rahi hoon… ",
            "Haan, mil gaya! ",
            "Congratulations 🎉, aapka personal loan — ₹3,60,000 — approve ho gaya hai. ",
            "Loan agreement aapke email par bhej diya hai.",
        ],
    ),
    # --- quotes with closing punctuation, URL and e-mail ----------------------------------
    (
        'If someone calls saying "Your KYC has expired!", please hang up. Our real SMS always ends with "Team Nidhi Bank." We never ask for your OTP. To report such a call, visit https://cybercrime-example.gov.in/report or write to alerts@nidhibank-example.in.',
        [
            'If someone calls saying "Your KYC has expired!", please hang up. ',
            'Our real SMS always ends with "Team Nidhi Bank." ',
            "We never ask for your OTP. ",
            "To report such a call, visit https://cybercrime-example.gov.in/report or write to alerts@nidhibank-example.in.",
        ],
    ),
]
