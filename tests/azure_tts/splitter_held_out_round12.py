"""Held-out cases for the sentence splitter, round 12: written without reading or running it.

Written after reading only tests/azure_tts/splitter_held_out_round11.py and
tests/azure_tts/splitter_held_out_round10.py (for format and conventions); no splitter source,
bench, tuning file, other test file, README or git history was opened, nothing was run against
the splitter, and git was not used. No sentence is taken or paraphrased from those two files,
no amount, name, company or place from them is reused, and none of the short forms
(abbreviations, and the acronyms they use such as SMS, UPI, GST, ID) used in them appears here:
every short form in this round is new (each was checked with grep against both files).

About two thirds of the cases (37) are everyday replies (banking, telecom, insurance, health,
delivery, travel, government services, utilities, education, agriculture, e-commerce, real
estate) in English, Hinglish, Hindi, Marathi, Bengali, Tamil, Telugu, Gujarati, Kannada,
Malayalam, Punjabi, Odia, Assamese and Urdu (new this round, with the Urdu full stop ۔ and
question mark ؟); the other third (20) carries the harder cases a bot really produces.

Each case is (text, the chunks a careful human would send to TTS one at a time). The chunks
concatenate exactly to the text; each chunk is a full sentence (or list item / heading line)
and carries the whitespace that follows its sentence end. A chunk is never cut inside an
amount, a decimal, a dotted date, a time, a short form (ranks and titles such as Hav., Capt.,
Prof., Ms., Asst. Engr.; degrees such as M.Com., Ph.D.; prescription forms such as Tab., Syp.,
Inj., b.d., h.s.; address forms such as Blk., Hsg. Soc., Sec.; months and weekdays such as
Jul., Nov., Tue., Wed., Fri.; officialese and banking forms such as Dept., w.e.f., A/c, p.a.,
Avl. Bal.; times such as 06.40 hrs.; Indic forms such as कु., स्व., सौ., क्र., ডা., திரு., ரூ.,
డా., ఉ., రూ., ഡോ., ഒ.പി.), a URL or an e-mail address, and a list marker stays with its item.
A short form that ends a sentence (followed by a new sentence) does end the chunk. A
one-line numbered list after a colon is chunked as its multi-line form would be: the lead-in
up to the colon, then one chunk per item. A bracketed or quoted sentence is its own chunk and
keeps its closing bracket or quote; an emoji stays with the sentence it follows; an ASCII
ellipsis "..." and a doubled "!!" end a sentence like "…" and "!"; an invocation closed by the
double danda ॥ is a chunk of its own.
"""

from __future__ import annotations

HELD_OUT: list[tuple[str, list[str]]] = [
    # --- everyday replies, English --------------------------------------------------------
    (
        "Your FASTag has been recharged with ₹650. The new balance is ₹1,215. Toll deductions will show in the app within a few minutes.",
        [
            "Your FASTag has been recharged with ₹650. ",
            "The new balance is ₹1,215. ",
            "Toll deductions will show in the app within a few minutes.",
        ],
    ),
    (
        "Your broadband line in Sector 62 is down because of a fibre cut on the main road. Our engineers expect to restore it by 6 this evening. We'll add two free days to your plan for the trouble.",
        [
            "Your broadband line in Sector 62 is down because of a fibre cut on the main road. ",
            "Our engineers expect to restore it by 6 this evening. ",
            "We'll add two free days to your plan for the trouble.",
        ],
    ),
    (
        "Your car insurance expires on 14 August. Renewing it now keeps your no-claim bonus of 35%. Shall I send you the payment link?",
        [
            "Your car insurance expires on 14 August. ",
            "Renewing it now keeps your no-claim bonus of 35%. ",
            "Shall I send you the payment link?",
        ],
    ),
    (
        "Your father has been shifted from the ICU to a general ward. Visiting hours are from 4 to 7 in the evening. Only one visitor is allowed at a time.",
        [
            "Your father has been shifted from the ICU to a general ward. ",
            "Visiting hours are from 4 to 7 in the evening. ",
            "Only one visitor is allowed at a time.",
        ],
    ),
    (
        "Your cooking gas refill is booked. The delivery person will collect ₹856 at your door. Please check the seal on the cylinder before you accept it.",
        [
            "Your cooking gas refill is booked. ",
            "The delivery person will collect ₹856 at your door. ",
            "Please check the seal on the cylinder before you accept it.",
        ],
    ),
    (
        "Your hall ticket for the state engineering entrance exam is ready to download. Print it in colour and carry a photo identity card to the centre. Mobile phones are not allowed inside the exam hall.",
        [
            "Your hall ticket for the state engineering entrance exam is ready to download. ",
            "Print it in colour and carry a photo identity card to the centre. ",
            "Mobile phones are not allowed inside the exam hall.",
        ],
    ),
    (
        "Possession of your flat in Tower B is planned for the last week of November. The final instalment of ₹4,82,300 will fall due at that time. We'll share the handover checklist a week before.",
        [
            "Possession of your flat in Tower B is planned for the last week of November. ",
            "The final instalment of ₹4,82,300 will fall due at that time. ",
            "We'll share the handover checklist a week before.",
        ],
    ),
    (
        "The pickup of your old washing machine is set for Thursday. Our agent will inspect it and confirm the exchange value on the spot. Please keep the machine unplugged and dry.",
        [
            "The pickup of your old washing machine is set for Thursday. ",
            "Our agent will inspect it and confirm the exchange value on the spot. ",
            "Please keep the machine unplugged and dry.",
        ],
    ),
    # --- everyday replies, Hinglish -------------------------------------------------------
    (
        "Aapka naya SIM activate ho gaya hai. Aapka purana number 4 ghante mein port ho jayega. Tab tak purana SIM phone mein hi rehne dijiye.",
        [
            "Aapka naya SIM activate ho gaya hai. ",
            "Aapka purana number 4 ghante mein port ho jayega. ",
            "Tab tak purana SIM phone mein hi rehne dijiye.",
        ],
    ),
    (
        "Madam, aapke bete ki parent-teacher meeting Shanivaar subah 9 baje hai. Class teacher uski maths ki progress par baat karna chahti hain. Kya aap aa payengi?",
        [
            "Madam, aapke bete ki parent-teacher meeting Shanivaar subah 9 baje hai. ",
            "Class teacher uski maths ki progress par baat karna chahti hain. ",
            "Kya aap aa payengi?",
        ],
    ),
    (
        "Aapka bijli ka meter kal badla jayega. Subah 10 se 12 baje tak light nahi rahegi. Fridge aur inverter ka plug pehle se nikaal dijiye.",
        [
            "Aapka bijli ka meter kal badla jayega. ",
            "Subah 10 se 12 baje tak light nahi rahegi. ",
            "Fridge aur inverter ka plug pehle se nikaal dijiye.",
        ],
    ),
    # --- everyday replies, Hindi ----------------------------------------------------------
    (
        "आपका नया वोटर कार्ड तैयार है। इसे बूथ लेवल अधिकारी आपके घर आकर देंगे। कार्ड पर छपी जानकारी एक बार ज़रूर जाँच लें।",
        [
            "आपका नया वोटर कार्ड तैयार है। ",
            "इसे बूथ लेवल अधिकारी आपके घर आकर देंगे। ",
            "कार्ड पर छपी जानकारी एक बार ज़रूर जाँच लें।",
        ],
    ),
    (
        "आपके पिताजी का जीवन प्रमाण पत्र जमा हो गया है। उनकी पेंशन बिना रुकावट के मिलती रहेगी। अगला प्रमाण पत्र नवंबर 2026 में जमा करना होगा।",
        [
            "आपके पिताजी का जीवन प्रमाण पत्र जमा हो गया है। ",
            "उनकी पेंशन बिना रुकावट के मिलती रहेगी। ",
            "अगला प्रमाण पत्र नवंबर 2026 में जमा करना होगा।",
        ],
    ),
    (
        "आपकी कार की सर्विस पूरी हो गई है। कुल बिल ₹6,740 बना है। आप शाम 7 बजे तक गाड़ी ले जा सकते हैं।",
        [
            "आपकी कार की सर्विस पूरी हो गई है। ",
            "कुल बिल ₹6,740 बना है। ",
            "आप शाम 7 बजे तक गाड़ी ले जा सकते हैं।",
        ],
    ),
    (
        "आपके गाँव के लिए नई बस सेवा अगले सोमवार से शुरू होगी। बस रोज़ सुबह 6 बजे और शाम 5 बजे चलेगी। किराया पहले जितना ही रहेगा।",
        [
            "आपके गाँव के लिए नई बस सेवा अगले सोमवार से शुरू होगी। ",
            "बस रोज़ सुबह 6 बजे और शाम 5 बजे चलेगी। ",
            "किराया पहले जितना ही रहेगा।",
        ],
    ),
    # --- everyday replies, other Indian languages -----------------------------------------
    (
        "तुमची ठिबक सिंचन अनुदानाची फाइल मंजूर झाली आहे. अनुदानाची रक्कम थेट तुमच्या बँक खात्यात जमा होईल. अधिक माहितीसाठी तालुका कृषी अधिकाऱ्यांशी संपर्क साधा.",
        [
            "तुमची ठिबक सिंचन अनुदानाची फाइल मंजूर झाली आहे. ",
            "अनुदानाची रक्कम थेट तुमच्या बँक खात्यात जमा होईल. ",
            "अधिक माहितीसाठी तालुका कृषी अधिकाऱ्यांशी संपर्क साधा.",
        ],
    ),
    (
        "उद्यापासून तुमच्या मुलीची शाळेची बस सकाळी सात वाजता येईल. बसचा मार्ग थोडा बदलला आहे. काही अडचण असल्यास शाळेच्या कार्यालयात कळवा.",
        [
            "उद्यापासून तुमच्या मुलीची शाळेची बस सकाळी सात वाजता येईल. ",
            "बसचा मार्ग थोडा बदलला आहे. ",
            "काही अडचण असल्यास शाळेच्या कार्यालयात कळवा.",
        ],
    ),
    (
        "এই মাসে আপনার বিদ্যুতের বিল ৫৮৭ টাকা এসেছে। বিল জমা দেওয়ার শেষ দিন মাসের ২০ তারিখ। অনলাইনে জমা দিলে দুই শতাংশ ছাড় পাবেন।",
        [
            "এই মাসে আপনার বিদ্যুতের বিল ৫৮৭ টাকা এসেছে। ",
            "বিল জমা দেওয়ার শেষ দিন মাসের ২০ তারিখ। ",
            "অনলাইনে জমা দিলে দুই শতাংশ ছাড় পাবেন।",
        ],
    ),
    (
        "আপনার ট্রেনের টিকিট এখনও ওয়েটিং লিস্টে আছে। চার্ট তৈরি হলেই আমরা আপনাকে জানাব। টিকিট কনফার্ম না হলে পুরো টাকা ফেরত পাবেন।",
        [
            "আপনার ট্রেনের টিকিট এখনও ওয়েটিং লিস্টে আছে। ",
            "চার্ট তৈরি হলেই আমরা আপনাকে জানাব। ",
            "টিকিট কনফার্ম না হলে পুরো টাকা ফেরত পাবেন।",
        ],
    ),
    (
        "உங்கள் வீட்டு மின் இணைப்பின் பெயர் மாற்றம் முடிந்துவிட்டது. அடுத்த கட்டண ரசீது புதிய பெயரில் வரும். கட்டணம் செலுத்த அதே நுகர்வோர் எண்ணைப் பயன்படுத்துங்கள்.",
        [
            "உங்கள் வீட்டு மின் இணைப்பின் பெயர் மாற்றம் முடிந்துவிட்டது. ",
            "அடுத்த கட்டண ரசீது புதிய பெயரில் வரும். ",
            "கட்டணம் செலுத்த அதே நுகர்வோர் எண்ணைப் பயன்படுத்துங்கள்.",
        ],
    ),
    (
        "உங்கள் மகளின் பள்ளிச் சுற்றுலா அடுத்த வெள்ளிக்கிழமை நடைபெறும். அனுமதிக் கடிதத்தில் கையெழுத்திட்டு புதன்கிழமைக்குள் அனுப்புங்கள். சுற்றுலா கட்டணம் ₹360.",
        [
            "உங்கள் மகளின் பள்ளிச் சுற்றுலா அடுத்த வெள்ளிக்கிழமை நடைபெறும். ",
            "அனுமதிக் கடிதத்தில் கையெழுத்திட்டு புதன்கிழமைக்குள் அனுப்புங்கள். ",
            "சுற்றுலா கட்டணம் ₹360.",
        ],
    ),
    (
        "మీ గ్యాస్ సబ్సిడీ ₹214 మీ బ్యాంక్ ఖాతాలో జమ అయింది. ఇది గత నెల బుకింగ్‌కు సంబంధించినది. తదుపరి సిలిండర్‌ను 25 రోజుల తర్వాత బుక్ చేయవచ్చు.",
        [
            "మీ గ్యాస్ సబ్సిడీ ₹214 మీ బ్యాంక్ ఖాతాలో జమ అయింది. ",
            "ఇది గత నెల బుకింగ్‌కు సంబంధించినది. ",
            "తదుపరి సిలిండర్‌ను 25 రోజుల తర్వాత బుక్ చేయవచ్చు.",
        ],
    ),
    (
        "మీ అపార్ట్‌మెంట్ నిర్వహణ ఛార్జీ ఈ నెల నుంచి పెరిగింది. కొత్త ఛార్జీ నెలకు ₹2,850. లిఫ్ట్ మరమ్మతుల కోసమే ఈ పెంపు.",
        [
            "మీ అపార్ట్‌మెంట్ నిర్వహణ ఛార్జీ ఈ నెల నుంచి పెరిగింది. ",
            "కొత్త ఛార్జీ నెలకు ₹2,850. ",
            "లిఫ్ట్ మరమ్మతుల కోసమే ఈ పెంపు.",
        ],
    ),
    (
        "તમારા ખેતર માટે મગફળીનું બિયારણ દુકાનમાં આવી ગયું છે. એક થેલીનો ભાવ ₹1,960 છે. શું હું તમારા માટે બે થેલી અલગ રાખું?",
        [
            "તમારા ખેતર માટે મગફળીનું બિયારણ દુકાનમાં આવી ગયું છે. ",
            "એક થેલીનો ભાવ ₹1,960 છે. ",
            "શું હું તમારા માટે બે થેલી અલગ રાખું?",
        ],
    ),
    (
        "તમારી દુકાનનું ગુમાસ્તા લાઇસન્સ રિન્યૂ થઈ ગયું છે. નવું લાઇસન્સ પાંચ વર્ષ માટે માન્ય છે. તેની નકલ દુકાનમાં દેખાય તેમ લગાવો.",
        [
            "તમારી દુકાનનું ગુમાસ્તા લાઇસન્સ રિન્યૂ થઈ ગયું છે. ",
            "નવું લાઇસન્સ પાંચ વર્ષ માટે માન્ય છે. ",
            "તેની નકલ દુકાનમાં દેખાય તેમ લગાવો.",
        ],
    ),
    (
        "ನಿಮ್ಮ ಮನೆಯ ವಿದ್ಯುತ್ ಮೀಟರ್ ರೀಡಿಂಗ್ ನಾಳೆ ನಡೆಯಲಿದೆ. ಮೀಟರ್ ಇರುವ ಜಾಗಕ್ಕೆ ಸಿಬ್ಬಂದಿಗೆ ಪ್ರವೇಶ ನೀಡಿ. ಬಿಲ್ ಎರಡು ದಿನಗಳಲ್ಲಿ ನಿಮ್ಮ ಮೊಬೈಲ್‌ಗೆ ಬರುತ್ತದೆ.",
        [
            "ನಿಮ್ಮ ಮನೆಯ ವಿದ್ಯುತ್ ಮೀಟರ್ ರೀಡಿಂಗ್ ನಾಳೆ ನಡೆಯಲಿದೆ. ",
            "ಮೀಟರ್ ಇರುವ ಜಾಗಕ್ಕೆ ಸಿಬ್ಬಂದಿಗೆ ಪ್ರವೇಶ ನೀಡಿ. ",
            "ಬಿಲ್ ಎರಡು ದಿನಗಳಲ್ಲಿ ನಿಮ್ಮ ಮೊಬೈಲ್‌ಗೆ ಬರುತ್ತದೆ.",
        ],
    ),
    (
        "ನಿಮ್ಮ ಆನ್‌ಲೈನ್ ಆರ್ಡರ್ ರದ್ದಾಗಿದೆ. ಹಣ ಐದು ದಿನಗಳಲ್ಲಿ ನಿಮ್ಮ ಖಾತೆಗೆ ಮರಳುತ್ತದೆ. ಅದೇ ಉತ್ಪನ್ನ ಬೇರೆ ಬಣ್ಣದಲ್ಲಿ ಬೇಕೇ?",
        [
            "ನಿಮ್ಮ ಆನ್‌ಲೈನ್ ಆರ್ಡರ್ ರದ್ದಾಗಿದೆ. ",
            "ಹಣ ಐದು ದಿನಗಳಲ್ಲಿ ನಿಮ್ಮ ಖಾತೆಗೆ ಮರಳುತ್ತದೆ. ",
            "ಅದೇ ಉತ್ಪನ್ನ ಬೇರೆ ಬಣ್ಣದಲ್ಲಿ ಬೇಕೇ?",
        ],
    ),
    (
        "നിങ്ങളുടെ വാഹനത്തിന്റെ പുക പരിശോധന സർട്ടിഫിക്കറ്റിന്റെ കാലാവധി അടുത്ത ആഴ്ച തീരും. അടുത്തുള്ള ടെസ്റ്റിംഗ് സെന്ററിൽ പോയി പുതുക്കുക. ഫീസ് ₹80 ആണ്.",
        [
            "നിങ്ങളുടെ വാഹനത്തിന്റെ പുക പരിശോധന സർട്ടിഫിക്കറ്റിന്റെ കാലാവധി അടുത്ത ആഴ്ച തീരും. ",
            "അടുത്തുള്ള ടെസ്റ്റിംഗ് സെന്ററിൽ പോയി പുതുക്കുക. ",
            "ഫീസ് ₹80 ആണ്.",
        ],
    ),
    (
        "നിങ്ങളുടെ മകളുടെ സ്കൂൾ ബസ് ഫീസ് ലഭിച്ചു. ബസ് പാസ് ക്ലാസ് ടീച്ചർ നാളെ നൽകും. അടുത്ത ഗഡു ജനുവരിയിലാണ്.",
        [
            "നിങ്ങളുടെ മകളുടെ സ്കൂൾ ബസ് ഫീസ് ലഭിച്ചു. ",
            "ബസ് പാസ് ക്ലാസ് ടീച്ചർ നാളെ നൽകും. ",
            "അടുത്ത ഗഡു ജനുവരിയിലാണ്.",
        ],
    ),
    (
        "ਤੁਹਾਡੇ ਟਰੈਕਟਰ ਦੀ ਬੀਮਾ ਪਾਲਿਸੀ ਰੀਨਿਊ ਹੋ ਗਈ ਹੈ। ਨਵੀਂ ਪਾਲਿਸੀ ਅਗਲੇ ਸਾਲ 3 ਮਾਰਚ ਤੱਕ ਲਾਗੂ ਰਹੇਗੀ। ਪ੍ਰੀਮੀਅਮ ਦੇ ₹7,480 ਤੁਹਾਡੇ ਖਾਤੇ ਵਿੱਚੋਂ ਕੱਟੇ ਗਏ ਹਨ।",
        [
            "ਤੁਹਾਡੇ ਟਰੈਕਟਰ ਦੀ ਬੀਮਾ ਪਾਲਿਸੀ ਰੀਨਿਊ ਹੋ ਗਈ ਹੈ। ",
            "ਨਵੀਂ ਪਾਲਿਸੀ ਅਗਲੇ ਸਾਲ 3 ਮਾਰਚ ਤੱਕ ਲਾਗੂ ਰਹੇਗੀ। ",
            "ਪ੍ਰੀਮੀਅਮ ਦੇ ₹7,480 ਤੁਹਾਡੇ ਖਾਤੇ ਵਿੱਚੋਂ ਕੱਟੇ ਗਏ ਹਨ।",
        ],
    ),
    (
        "ਅੰਮ੍ਰਿਤਸਰ ਜਾਣ ਵਾਲੀ ਬੱਸ ਵਿੱਚ ਤੁਹਾਡੀ ਸੀਟ ਬੁੱਕ ਹੋ ਗਈ ਹੈ। ਬੱਸ ਸਵੇਰੇ 7:15 ਵਜੇ ਚੱਲੇਗੀ। ਟਿਕਟ ਦੀ ਕਾਪੀ ਆਪਣੇ ਫ਼ੋਨ ਵਿੱਚ ਰੱਖੋ।",
        [
            "ਅੰਮ੍ਰਿਤਸਰ ਜਾਣ ਵਾਲੀ ਬੱਸ ਵਿੱਚ ਤੁਹਾਡੀ ਸੀਟ ਬੁੱਕ ਹੋ ਗਈ ਹੈ। ",
            "ਬੱਸ ਸਵੇਰੇ 7:15 ਵਜੇ ਚੱਲੇਗੀ। ",
            "ਟਿਕਟ ਦੀ ਕਾਪੀ ਆਪਣੇ ਫ਼ੋਨ ਵਿੱਚ ਰੱਖੋ।",
        ],
    ),
    (
        "ଆପଣଙ୍କ ଜମିର ପଟ୍ଟା ନକଲ ପ୍ରସ୍ତୁତ ହୋଇଛି। ତହସିଲ ଅଫିସରୁ ଏହା ନେଇପାରିବେ। ଅଫିସ ସକାଳ 10ଟାରୁ ଖୋଲା ରହେ।",
        [
            "ଆପଣଙ୍କ ଜମିର ପଟ୍ଟା ନକଲ ପ୍ରସ୍ତୁତ ହୋଇଛି। ",
            "ତହସିଲ ଅଫିସରୁ ଏହା ନେଇପାରିବେ। ",
            "ଅଫିସ ସକାଳ 10ଟାରୁ ଖୋଲା ରହେ।",
        ],
    ),
    (
        "ଆପଣଙ୍କ ମୋବାଇଲ ରିଚାର୍ଜ ସଫଳ ହୋଇଛି। ନୂଆ ପ୍ୟାକ୍ 28 ଦିନ ପାଇଁ ବୈଧ। ଏଥିରେ ଅସୀମିତ କଲ୍ ମିଳିବ।",
        [
            "ଆପଣଙ୍କ ମୋବାଇଲ ରିଚାର୍ଜ ସଫଳ ହୋଇଛି। ",
            "ନୂଆ ପ୍ୟାକ୍ 28 ଦିନ ପାଇଁ ବୈଧ। ",
            "ଏଥିରେ ଅସୀମିତ କଲ୍ ମିଳିବ।",
        ],
    ),
    (
        "আপোনাৰ মাকৰ তেজ পৰীক্ষাৰ ফলাফল আহি পালে। চিকিৎসকে বৃহস্পতিবাৰে আপোনালোকক লগ কৰিব বিচাৰিছে। সাক্ষাতৰ সময় দুপৰীয়া ২ বজাত।",
        [
            "আপোনাৰ মাকৰ তেজ পৰীক্ষাৰ ফলাফল আহি পালে। ",
            "চিকিৎসকে বৃহস্পতিবাৰে আপোনালোকক লগ কৰিব বিচাৰিছে। ",
            "সাক্ষাতৰ সময় দুপৰীয়া ২ বজাত।",
        ],
    ),
    (
        "আপোনাৰ গাড়ীৰ পঞ্জীয়নৰ নবীকৰণ সম্পূৰ্ণ হৈছে। নতুন কাৰ্ডখন সাত দিনৰ ভিতৰত ডাকযোগে আহি পাব। তেতিয়ালৈকে পুৰণি কাৰ্ডখনেই ব্যৱহাৰ কৰিব পাৰিব।",
        [
            "আপোনাৰ গাড়ীৰ পঞ্জীয়নৰ নবীকৰণ সম্পূৰ্ণ হৈছে। ",
            "নতুন কাৰ্ডখন সাত দিনৰ ভিতৰত ডাকযোগে আহি পাব। ",
            "তেতিয়ালৈকে পুৰণি কাৰ্ডখনেই ব্যৱহাৰ কৰিব পাৰিব।",
        ],
    ),
    (
        "آپ کا پاسپورٹ ویزا کے لیے جمع ہو گیا ہے۔ ویزا تقریباً دس دن میں آ جائے گا۔ ہم آپ کو فون پر اطلاع دیں گے۔",
        [
            "آپ کا پاسپورٹ ویزا کے لیے جمع ہو گیا ہے۔ ",
            "ویزا تقریباً دس دن میں آ جائے گا۔ ",
            "ہم آپ کو فون پر اطلاع دیں گے۔",
        ],
    ),
    (
        "آپ کے اسکوٹر کی بکنگ ہو گئی ہے۔ باقی رقم ₹13,150 ڈلیوری کے وقت ادا کرنی ہوگی۔ کیا آپ رنگ بدلنا چاہیں گے؟",
        [
            "آپ کے اسکوٹر کی بکنگ ہو گئی ہے۔ ",
            "باقی رقم ₹13,150 ڈلیوری کے وقت ادا کرنی ہوگی۔ ",
            "کیا آپ رنگ بدلنا چاہیں گے؟",
        ],
    ),
    # --- ranks, weekday and month short forms, one ending a sentence ----------------------
    (
        "The ex-servicemen health card for Hav. Baldev Rana has been renewed. Capt. Ishita Malhotra of the polyclinic will verify it on Wed. 12 Nov. Please bring his discharge book along.",
        [
            "The ex-servicemen health card for Hav. Baldev Rana has been renewed. ",
            "Capt. Ishita Malhotra of the polyclinic will verify it on Wed. 12 Nov. ",
            "Please bring his discharge book along.",
        ],
    ),
    # --- degrees and titles mid-sentence --------------------------------------------------
    (
        "Your M.Com. admission is confirmed. Prof. Anand Kulkarni, Ph.D., will be your faculty mentor. Classes begin on 6 Jul. at the Fort campus.",
        [
            "Your M.Com. admission is confirmed. ",
            "Prof. Anand Kulkarni, Ph.D., will be your faculty mentor. ",
            "Classes begin on 6 Jul. at the Fort campus.",
        ],
    ),
    # --- prescription forms, one ending a sentence before another ------------------------
    (
        "Tab. Pantoprazole 40 mg is to be taken b.d., half an hour before food. Syp. Lactulose 15 ml is to be taken h.s. Inj. Vitamin B12 will be given at the clinic every Fri. Please keep this prescription for your next visit.",
        [
            "Tab. Pantoprazole 40 mg is to be taken b.d., half an hour before food. ",
            "Syp. Lactulose 15 ml is to be taken h.s. ",
            "Inj. Vitamin B12 will be given at the clinic every Fri. ",
            "Please keep this prescription for your next visit.",
        ],
    ),
    # --- address forms --------------------------------------------------------------------
    (
        "Our courier will pick up the return from House 118, Blk. D, Shanti Vihar Hsg. Soc., Sec. 21, Dwarka, New Delhi. The agent will come on Tue. between 11 and 2. He will bring a tamper-proof bag for the item.",
        [
            "Our courier will pick up the return from House 118, Blk. D, Shanti Vihar Hsg. Soc., Sec. 21, Dwarka, New Delhi. ",
            "The agent will come on Tue. between 11 and 2. ",
            "He will bring a tamper-proof bag for the item.",
        ],
    ),
    # --- officialese, dotted date, decimal rate -------------------------------------------
    (
        "As per the Dept. circular, the revised water tax applies w.e.f. 01.04.2026. The new rate is ₹19.50 per kilolitre. Ms. Farida Khan, Asst. Engr., will answer any queries at the ward office.",
        [
            "As per the Dept. circular, the revised water tax applies w.e.f. 01.04.2026. ",
            "The new rate is ₹19.50 per kilolitre. ",
            "Ms. Farida Khan, Asst. Engr., will answer any queries at the ward office.",
        ],
    ),
    # --- banking: paise, percentage per annum ending a sentence ---------------------------
    (
        "Interest of ₹2,184.60 was credited to your savings A/c on 30.09.2026 at 3.25% p.a. Your Avl. Bal. is now ₹86,412.07. Would you like to move some of it into a recurring deposit?",
        [
            "Interest of ₹2,184.60 was credited to your savings A/c on 30.09.2026 at 3.25% p.a. ",
            "Your Avl. Bal. is now ₹86,412.07. ",
            "Would you like to move some of it into a recurring deposit?",
        ],
    ),
    # --- 24-hour dotted times with hrs. ending sentences ----------------------------------
    (
        "Your ferry to Havelock leaves Port Blair at 06.40 hrs. Reporting time at the jetty is 05.45 hrs. Carry the same photo identity card you used for booking.",
        [
            "Your ferry to Havelock leaves Port Blair at 06.40 hrs. ",
            "Reporting time at the jetty is 05.45 hrs. ",
            "Carry the same photo identity card you used for booking.",
        ],
    ),
    # --- decimals and percentages ---------------------------------------------------------
    (
        "Your HbA1c has come down from 8.1% to 7.2%. Your fasting sugar is 118.5 mg/dL. Please continue the same dose and repeat the test after 3 months.",
        [
            "Your HbA1c has come down from 8.1% to 7.2%. ",
            "Your fasting sugar is 118.5 mg/dL. ",
            "Please continue the same dose and repeat the test after 3 months.",
        ],
    ),
    # --- URL with a query string, e-mail --------------------------------------------------
    (
        "You can track your complaint at https://power-example.in/track?id=EL-55821. For billing questions, write to billing.desk@power-example.in. Our team replies within 48 hours.",
        [
            "You can track your complaint at https://power-example.in/track?id=EL-55821. ",
            "For billing questions, write to billing.desk@power-example.in. ",
            "Our team replies within 48 hours.",
        ],
    ),
    # --- lists: one line after a colon, separate lines with Gujarati digits ---------------
    (
        "To claim the cashback: 1. Scan the QR code on the box. 2. Upload a photo of the invoice. 3. Enter your registered mobile number. The cashback reaches you within 7 days.",
        [
            "To claim the cashback: ",
            "1. Scan the QR code on the box. ",
            "2. Upload a photo of the invoice. ",
            "3. Enter your registered mobile number. ",
            "The cashback reaches you within 7 days.",
        ],
    ),
    (
        "નવા રેશન કાર્ડ માટે આ દસ્તાવેજો જોઈશે:\n૧) આધાર કાર્ડ\n૨) વીજળીનું બિલ\n૩) કુટુંબના વડાનો ફોટો\nઅરજી મામલતદાર કચેરીમાં જમા કરાવવી.",
        [
            "નવા રેશન કાર્ડ માટે આ દસ્તાવેજો જોઈશે:\n",
            "૧) આધાર કાર્ડ\n",
            "૨) વીજળીનું બિલ\n",
            "૩) કુટુંબના વડાનો ફોટો\n",
            "અરજી મામલતદાર કચેરીમાં જમા કરાવવી.",
        ],
    ),
    # --- quote and bracket after sentence ends --------------------------------------------
    (
        'The seller has replied: "The replacement left our warehouse this morning." (You don\'t need to return the old one.) The new tracking number is BX9901234.',
        [
            'The seller has replied: "The replacement left our warehouse this morning." ',
            "(You don't need to return the old one.) ",
            "The new tracking number is BX9901234.",
        ],
    ),
    # --- ASCII ellipsis, doubled exclamation, emoji ---------------------------------------
    (
        "Adding up your points... Wow, you've crossed 10,000 reward points!! 🎉 You can now redeem them for a free movie ticket.",
        [
            "Adding up your points... ",
            "Wow, you've crossed 10,000 reward points!! 🎉 ",
            "You can now redeem them for a free movie ticket.",
        ],
    ),
    # --- double danda ॥ closing an invocation ---------------------------------------------
    (
        "॥ श्री गणेशाय नमः ॥ तुमच्या गृहप्रवेश पूजेची नोंदणी झाली आहे. गुरुजी रविवारी सकाळी ७ वाजता येतील. पूजेचे सर्व साहित्य आम्हीच सोबत आणू.",
        [
            "॥ श्री गणेशाय नमः ॥ ",
            "तुमच्या गृहप्रवेश पूजेची नोंदणी झाली आहे. ",
            "गुरुजी रविवारी सकाळी ७ वाजता येतील. ",
            "पूजेचे सर्व साहित्य आम्हीच सोबत आणू.",
        ],
    ),
    # --- Indic-script short forms ---------------------------------------------------------
    (
        "कु. अनन्या शर्मा का नाम ज़िला स्तर की दौड़ प्रतियोगिता के लिए चुना गया है। प्रतियोगिता स्व. रामनाथ गोयल स्टेडियम में होगी। खिलाड़ियों को सुबह 7:30 बजे तक पहुँचना है।",
        [
            "कु. अनन्या शर्मा का नाम ज़िला स्तर की दौड़ प्रतियोगिता के लिए चुना गया है। ",
            "प्रतियोगिता स्व. रामनाथ गोयल स्टेडियम में होगी। ",
            "खिलाड़ियों को सुबह 7:30 बजे तक पहुँचना है।",
        ],
    ),
    (
        "सौ. सुनीता पाटील यांचा अर्ज क्र. ४५१७ मंजूर झाला आहे. योजनेचे अनुदान पुढच्या महिन्यापासून जमा होईल. दरमहा १,५०० रुपये मिळतील.",
        [
            "सौ. सुनीता पाटील यांचा अर्ज क्र. ४५१७ मंजूर झाला आहे. ",
            "योजनेचे अनुदान पुढच्या महिन्यापासून जमा होईल. ",
            "दरमहा १,५०० रुपये मिळतील.",
        ],
    ),
    (
        "ডা. অরিন্দম সেন আগামী বুধবার বিকেল ৪টায় রোগী দেখবেন। আপনার সিরিয়াল নম্বর ১২। ফি ৪০০ টাকা।",
        [
            "ডা. অরিন্দম সেন আগামী বুধবার বিকেল ৪টায় রোগী দেখবেন। ",
            "আপনার সিরিয়াল নম্বর ১২। ",
            "ফি ৪০০ টাকা।",
        ],
    ),
    (
        "திரு. செந்தில்நாதன் அவர்களே, உங்கள் சொத்து வரி ரூ. 2,318 செலுத்தப்பட்டது. அடுத்த அரையாண்டு வரியை அக்டோபர் 15-க்குள் செலுத்த வேண்டும். தாமதமானால் 1% அபராதம் விதிக்கப்படும்.",
        [
            "திரு. செந்தில்நாதன் அவர்களே, உங்கள் சொத்து வரி ரூ. 2,318 செலுத்தப்பட்டது. ",
            "அடுத்த அரையாண்டு வரியை அக்டோபர் 15-க்குள் செலுத்த வேண்டும். ",
            "தாமதமானால் 1% அபராதம் விதிக்கப்படும்.",
        ],
    ),
    (
        "డా. లక్ష్మీ ప్రసన్న గారు శుక్రవారం ఉ. 10 గంటలకు అందుబాటులో ఉంటారు. కన్సల్టేషన్ ఫీజు రూ. 600. మీ టోకెన్ నంబర్ 14.",
        [
            "డా. లక్ష్మీ ప్రసన్న గారు శుక్రవారం ఉ. 10 గంటలకు అందుబాటులో ఉంటారు. ",
            "కన్సల్టేషన్ ఫీజు రూ. 600. ",
            "మీ టోకెన్ నంబర్ 14.",
        ],
    ),
    (
        "ഡോ. അനിത വർഗീസ് നാളെ രാവിലെ 9 മണി മുതൽ ഒ.പി.യിൽ ഉണ്ടാകും. നിങ്ങളുടെ ടോക്കൺ നമ്പർ 23 ആണ്. ദയവായി 15 മിനിറ്റ് നേരത്തെ എത്തുക.",
        [
            "ഡോ. അനിത വർഗീസ് നാളെ രാവിലെ 9 മണി മുതൽ ഒ.പി.യിൽ ഉണ്ടാകും. ",
            "നിങ്ങളുടെ ടോക്കൺ നമ്പർ 23 ആണ്. ",
            "ദയവായി 15 മിനിറ്റ് നേരത്തെ എത്തുക.",
        ],
    ),
]
