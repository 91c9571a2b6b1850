"""Held-out cases for the sentence splitter, round 10: written without reading or running it.

Written after reading only tests/azure_tts/splitter_held_out_round9.py and
tests/azure_tts/splitter_held_out_round8.py (for format and conventions); no splitter source,
bench, tuning file, other test file, README or git history was opened, nothing was run against
the splitter, and git was not used. No sentence is taken or paraphrased from those two files,
no amount, name, company or place from them is reused, and none of the short forms
(abbreviations) used in them appears here: every short form in this round was checked with
grep against both files and is new.

About half the cases are everyday replies (banking, telecom, insurance, health, delivery,
travel, government services, utilities, education, agriculture) in English, Hindi, Hinglish,
Marathi, Bengali, Tamil, Telugu, Gujarati, Kannada, Malayalam, Punjabi and Odia; the rest
carry the harder cases a bot really produces.

Each case is (text, the chunks a careful human would send to TTS one at a time). The chunks
concatenate exactly to the text; each chunk is a full sentence (or list item / heading line)
and carries the single whitespace character that follows its sentence end. A chunk is never
cut inside an amount, a decimal, a dotted date, a time, a short form (ranks and titles such as
Lt. Col., Nk., Retd., Dr., Mrs., Adv.; legal forms such as W.P., vs.; medical forms such as
M.B.B.S., M.D., o.d., a.c.; address forms such as Flr., Apts., Nr., Opp., Rd.; railway and
postal forms such as Exp., Stn., G.P.O., B.O.; banking forms such as Chq. No., Ref., Acct.,
Amt., Rs., Pvt. Ltd.; offices such as Estt., Accts., Admn. Offr., Mun. Corpn., dtd.; units
such as qtl., sq. ft.; months and weekdays such as Mar., Oct., Dec., Mon., Sat.; degrees such
as D.Pharm., B.Sc.; everyday forms such as e.g., i.e., etc., approx., a.m., p.m.; Indic forms
such as रु., प्रा. लि., चि., मु.पो., जि., কি.গ্রা., எ.கா., பி.ப., కి.గ్రా., ચિ., પ્રા., ಕೆ.ಜಿ.,
അഡ്വ., ਸ., ਤਹਿ., ଡା.), a URL or an e-mail address, and a list marker stays with its item.
A short form that ends a sentence (followed by a new sentence) does end the chunk. A numbered
list written on one line after a colon is split at the end of each item, not after the colon
or the marker; an emoji stays with the sentence it follows.
"""

from __future__ import annotations

HELD_OUT: list[tuple[str, list[str]]] = [
    # --- everyday replies, English --------------------------------------------------------
    (
        "Your water bill for this quarter is ₹1,134. You can pay it at any ward office or through the app. Would you like me to set up auto-pay?",
        [
            "Your water bill for this quarter is ₹1,134. ",
            "You can pay it at any ward office or through the app. ",
            "Would you like me to set up auto-pay?",
        ],
    ),
    (
        "Light rain is expected in your area over the next two days. Please hold off on spraying pesticide until Thursday. Do you want a weather alert every morning?",
        [
            "Light rain is expected in your area over the next two days. ",
            "Please hold off on spraying pesticide until Thursday. ",
            "Do you want a weather alert every morning?",
        ],
    ),
    (
        "Your flight to Guwahati is delayed by 50 minutes. The new boarding time is on your updated boarding pass. We're sorry for the wait!",
        [
            "Your flight to Guwahati is delayed by 50 minutes. ",
            "The new boarding time is on your updated boarding pass. ",
            "We're sorry for the wait!",
        ],
    ),
    # --- everyday replies, Hindi and Hinglish ---------------------------------------------
    (
        "आपकी जाँच रिपोर्ट तैयार है। डॉक्टर ने आपकी दवा में कोई बदलाव नहीं किया है। अगली जाँच तीन महीने बाद होगी।",
        [
            "आपकी जाँच रिपोर्ट तैयार है। ",
            "डॉक्टर ने आपकी दवा में कोई बदलाव नहीं किया है। ",
            "अगली जाँच तीन महीने बाद होगी।",
        ],
    ),
    (
        "पीएम किसान की अगली किस्त आपके खाते में भेज दी गई है। क्या आप अपना बैलेंस जानना चाहेंगे?",
        [
            "पीएम किसान की अगली किस्त आपके खाते में भेज दी गई है। ",
            "क्या आप अपना बैलेंस जानना चाहेंगे?",
        ],
    ),
    (
        "बधाई हो! आपका नया पोस्टपेड कनेक्शन चालू हो गया है। पहले महीने का किराया आधा लगेगा।",
        [
            "बधाई हो! ",
            "आपका नया पोस्टपेड कनेक्शन चालू हो गया है। ",
            "पहले महीने का किराया आधा लगेगा।",
        ],
    ),
    (
        "Aapka parcel aaj raat 8 baje tak pahunch jayega. Agar aap ghar par nahi honge, toh kya hum guard ko de sakte hain? Please reply mein haan ya na likhiye.",
        [
            "Aapka parcel aaj raat 8 baje tak pahunch jayega. ",
            "Agar aap ghar par nahi honge, toh kya hum guard ko de sakte hain? ",
            "Please reply mein haan ya na likhiye.",
        ],
    ),
    (
        "Sir, aapki health policy mein aapki mummy ka naam add ho gaya hai. Naya premium agle mahine se lagega. Kya main policy ki copy WhatsApp par bhej doon?",
        [
            "Sir, aapki health policy mein aapki mummy ka naam add ho gaya hai. ",
            "Naya premium agle mahine se lagega. ",
            "Kya main policy ki copy WhatsApp par bhej doon?",
        ],
    ),
    (
        "Aapke account mein salary credit ho gayi hai. Kya aap apna mini statement dekhna chahenge? Main use SMS par bhej sakti hoon.",
        [
            "Aapke account mein salary credit ho gayi hai. ",
            "Kya aap apna mini statement dekhna chahenge? ",
            "Main use SMS par bhej sakti hoon.",
        ],
    ),
    # --- everyday replies, other Indian languages -----------------------------------------
    (
        "तुमचा वीजपुरवठा दुपारी दोन वाजेपर्यंत सुरू होईल. दुरुस्तीचे काम सध्या चालू आहे. गैरसोयीबद्दल क्षमस्व.",
        [
            "तुमचा वीजपुरवठा दुपारी दोन वाजेपर्यंत सुरू होईल. ",
            "दुरुस्तीचे काम सध्या चालू आहे. ",
            "गैरसोयीबद्दल क्षमस्व.",
        ],
    ),
    (
        "तुमच्या मुलाचा दहावीचा निकाल जाहीर झाला आहे! त्याला ८६ टक्के गुण मिळाले आहेत. मूळ गुणपत्रिका शाळेतून मिळेल.",
        [
            "तुमच्या मुलाचा दहावीचा निकाल जाहीर झाला आहे! ",
            "त्याला ८६ टक्के गुण मिळाले आहेत. ",
            "मूळ गुणपत्रिका शाळेतून मिळेल.",
        ],
    ),
    (
        "আপনার ফিক্সড ডিপোজিট আগামী সপ্তাহে ম্যাচিওর হবে। আপনি কি এটি আবার রিনিউ করতে চান? আমি আপনাকে এখনকার সুদের হার জানিয়ে দিতে পারি।",
        [
            "আপনার ফিক্সড ডিপোজিট আগামী সপ্তাহে ম্যাচিওর হবে। ",
            "আপনি কি এটি আবার রিনিউ করতে চান? ",
            "আমি আপনাকে এখনকার সুদের হার জানিয়ে দিতে পারি।",
        ],
    ),
    (
        "আপনার সন্তানের জন্ম শংসাপত্র তৈরি হয়ে গেছে। এটি পৌরসভার অফিস থেকে সংগ্রহ করতে পারবেন। সঙ্গে আবেদনের রসিদটি আনবেন।",
        [
            "আপনার সন্তানের জন্ম শংসাপত্র তৈরি হয়ে গেছে। ",
            "এটি পৌরসভার অফিস থেকে সংগ্রহ করতে পারবেন। ",
            "সঙ্গে আবেদনের রসিদটি আনবেন।",
        ],
    ),
    (
        "உங்கள் மருந்துகள் இன்று மாலை வீட்டுக்கு வந்து சேரும். மருத்துவரின் சீட்டை தயாராக வைத்திருங்கள். இன்னும் ஏதாவது மருந்து சேர்க்க வேண்டுமா?",
        [
            "உங்கள் மருந்துகள் இன்று மாலை வீட்டுக்கு வந்து சேரும். ",
            "மருத்துவரின் சீட்டை தயாராக வைத்திருங்கள். ",
            "இன்னும் ஏதாவது மருந்து சேர்க்க வேண்டுமா?",
        ],
    ),
    (
        "உங்கள் பயிர்க் கடன் விண்ணப்பம் ஏற்றுக்கொள்ளப்பட்டது. தொகை ஒரு வாரத்தில் உங்கள் கணக்கில் வரவு வைக்கப்படும். நன்றி!",
        [
            "உங்கள் பயிர்க் கடன் விண்ணப்பம் ஏற்றுக்கொள்ளப்பட்டது. ",
            "தொகை ஒரு வாரத்தில் உங்கள் கணக்கில் வரவு வைக்கப்படும். ",
            "நன்றி!",
        ],
    ),
    (
        "మీ డేటా ప్యాక్ ఈ రాత్రితో ముగుస్తుంది. కొత్త ప్యాక్ రీఛార్జ్ చేయాలనుకుంటున్నారా? నేను మీకు ఉత్తమ ఆఫర్లు చూపిస్తాను.",
        [
            "మీ డేటా ప్యాక్ ఈ రాత్రితో ముగుస్తుంది. ",
            "కొత్త ప్యాక్ రీఛార్జ్ చేయాలనుకుంటున్నారా? ",
            "నేను మీకు ఉత్తమ ఆఫర్లు చూపిస్తాను.",
        ],
    ),
    (
        "మీ రైలు టికెట్ కన్ఫర్మ్ అయింది! బెర్త్ వివరాలు SMS ద్వారా పంపాము. ప్రయాణంలో మీ ID కార్డు వెంట ఉంచుకోండి.",
        [
            "మీ రైలు టికెట్ కన్ఫర్మ్ అయింది! ",
            "బెర్త్ వివరాలు SMS ద్వారా పంపాము. ",
            "ప్రయాణంలో మీ ID కార్డు వెంట ఉంచుకోండి.",
        ],
    ),
    (
        "તમારા ખેતરની જમીન ચકાસણીનો રિપોર્ટ આવી ગયો છે. જમીનમાં નાઇટ્રોજન ઓછો છે. શું હું ખાતર અંગેની સલાહ મોકલું?",
        [
            "તમારા ખેતરની જમીન ચકાસણીનો રિપોર્ટ આવી ગયો છે. ",
            "જમીનમાં નાઇટ્રોજન ઓછો છે. ",
            "શું હું ખાતર અંગેની સલાહ મોકલું?",
        ],
    ),
    (
        "તમારો ઓર્ડર રસ્તામાં છે! ડિલિવરી બોય અડધા કલાકમાં પહોંચશે. કૃપા કરીને ફોન ચાલુ રાખજો.",
        [
            "તમારો ઓર્ડર રસ્તામાં છે! ",
            "ડિલિવરી બોય અડધા કલાકમાં પહોંચશે. ",
            "કૃપા કરીને ફોન ચાલુ રાખજો.",
        ],
    ),
    (
        "ನಿಮ್ಮ ಪ್ರದೇಶದಲ್ಲಿ ನಾಳೆ ಬೆಳಿಗ್ಗೆ ನೀರು ಸರಬರಾಜು ಇರುವುದಿಲ್ಲ. ಪೈಪ್ ದುರಸ್ತಿ ಕೆಲಸ ನಡೆಯುತ್ತಿದೆ. ದಯವಿಟ್ಟು ಮುಂಚಿತವಾಗಿ ನೀರು ಸಂಗ್ರಹಿಸಿಟ್ಟುಕೊಳ್ಳಿ.",
        [
            "ನಿಮ್ಮ ಪ್ರದೇಶದಲ್ಲಿ ನಾಳೆ ಬೆಳಿಗ್ಗೆ ನೀರು ಸರಬರಾಜು ಇರುವುದಿಲ್ಲ. ",
            "ಪೈಪ್ ದುರಸ್ತಿ ಕೆಲಸ ನಡೆಯುತ್ತಿದೆ. ",
            "ದಯವಿಟ್ಟು ಮುಂಚಿತವಾಗಿ ನೀರು ಸಂಗ್ರಹಿಸಿಟ್ಟುಕೊಳ್ಳಿ.",
        ],
    ),
    (
        "ನಿಮ್ಮ ವಿದ್ಯಾರ್ಥಿವೇತನ ಮಂಜೂರಾಗಿದೆ. ಹಣ ಈ ತಿಂಗಳ ಕೊನೆಯೊಳಗೆ ನಿಮ್ಮ ಖಾತೆಗೆ ಬರುತ್ತದೆ. ಇನ್ನೇನಾದರೂ ಸಹಾಯ ಬೇಕೇ?",
        [
            "ನಿಮ್ಮ ವಿದ್ಯಾರ್ಥಿವೇತನ ಮಂಜೂರಾಗಿದೆ. ",
            "ಹಣ ಈ ತಿಂಗಳ ಕೊನೆಯೊಳಗೆ ನಿಮ್ಮ ಖಾತೆಗೆ ಬರುತ್ತದೆ. ",
            "ಇನ್ನೇನಾದರೂ ಸಹಾಯ ಬೇಕೇ?",
        ],
    ),
    (
        "നിങ്ങളുടെ ക്ലെയിം അംഗീകരിച്ചു. തുക മൂന്ന് ദിവസത്തിനുള്ളിൽ അക്കൗണ്ടിൽ എത്തും. നന്ദി!",
        [
            "നിങ്ങളുടെ ക്ലെയിം അംഗീകരിച്ചു. ",
            "തുക മൂന്ന് ദിവസത്തിനുള്ളിൽ അക്കൗണ്ടിൽ എത്തും. ",
            "നന്ദി!",
        ],
    ),
    (
        "നിങ്ങളുടെ ബസ് അര മണിക്കൂർ വൈകും. പുതിയ സമയം ഉടൻ അറിയിക്കും. യാത്ര സുഖകരമാകട്ടെ!",
        [
            "നിങ്ങളുടെ ബസ് അര മണിക്കൂർ വൈകും. ",
            "പുതിയ സമയം ഉടൻ അറിയിക്കും. ",
            "യാത്ര സുഖകരമാകട്ടെ!",
        ],
    ),
    (
        "ਤੁਹਾਡੀ ਕਣਕ ਦੀ ਫ਼ਸਲ ਦੀ ਅਦਾਇਗੀ ਤੁਹਾਡੇ ਖਾਤੇ ਵਿੱਚ ਆ ਗਈ ਹੈ। ਕੀ ਤੁਸੀਂ ਇਸ ਦੀ ਰਸੀਦ ਚਾਹੁੰਦੇ ਹੋ? ਮੈਂ ਇਹ ਵਟਸਐਪ 'ਤੇ ਭੇਜ ਸਕਦੀ ਹਾਂ।",
        [
            "ਤੁਹਾਡੀ ਕਣਕ ਦੀ ਫ਼ਸਲ ਦੀ ਅਦਾਇਗੀ ਤੁਹਾਡੇ ਖਾਤੇ ਵਿੱਚ ਆ ਗਈ ਹੈ। ",
            "ਕੀ ਤੁਸੀਂ ਇਸ ਦੀ ਰਸੀਦ ਚਾਹੁੰਦੇ ਹੋ? ",
            "ਮੈਂ ਇਹ ਵਟਸਐਪ 'ਤੇ ਭੇਜ ਸਕਦੀ ਹਾਂ।",
        ],
    ),
    (
        "ਤੁਹਾਡਾ ਨਵਾਂ ਏਟੀਐਮ ਕਾਰਡ ਭੇਜ ਦਿੱਤਾ ਗਿਆ ਹੈ। ਇਹ ਪੰਜ ਦਿਨਾਂ ਵਿੱਚ ਤੁਹਾਡੇ ਘਰ ਪਹੁੰਚ ਜਾਵੇਗਾ। ਧੰਨਵਾਦ!",
        [
            "ਤੁਹਾਡਾ ਨਵਾਂ ਏਟੀਐਮ ਕਾਰਡ ਭੇਜ ਦਿੱਤਾ ਗਿਆ ਹੈ। ",
            "ਇਹ ਪੰਜ ਦਿਨਾਂ ਵਿੱਚ ਤੁਹਾਡੇ ਘਰ ਪਹੁੰਚ ਜਾਵੇਗਾ। ",
            "ਧੰਨਵਾਦ!",
        ],
    ),
    (
        "ଆପଣଙ୍କ ବିଦ୍ୟୁତ ବିଲ୍ ଜମା ହୋଇଯାଇଛି। ରସିଦ ଆପଣଙ୍କ ମୋବାଇଲକୁ ପଠାଯାଇଛି। ଆଉ କିଛି ସାହାଯ୍ୟ ଦରକାର କି?",
        [
            "ଆପଣଙ୍କ ବିଦ୍ୟୁତ ବିଲ୍ ଜମା ହୋଇଯାଇଛି। ",
            "ରସିଦ ଆପଣଙ୍କ ମୋବାଇଲକୁ ପଠାଯାଇଛି। ",
            "ଆଉ କିଛି ସାହାଯ୍ୟ ଦରକାର କି?",
        ],
    ),
    (
        "ଆପଣଙ୍କ ଆୟୁଷ୍ମାନ କାର୍ଡ ପ୍ରସ୍ତୁତ ହୋଇଯାଇଛି। ଏହାକୁ ନିକଟସ୍ଥ ଜନସେବା କେନ୍ଦ୍ରରୁ ସଂଗ୍ରହ କରନ୍ତୁ। ଆଧାର କାର୍ଡ ସାଙ୍ଗରେ ନେଇଯିବେ।",
        [
            "ଆପଣଙ୍କ ଆୟୁଷ୍ମାନ କାର୍ଡ ପ୍ରସ୍ତୁତ ହୋଇଯାଇଛି। ",
            "ଏହାକୁ ନିକଟସ୍ଥ ଜନସେବା କେନ୍ଦ୍ରରୁ ସଂଗ୍ରହ କରନ୍ତୁ। ",
            "ଆଧାର କାର୍ଡ ସାଙ୍ଗରେ ନେଇଯିବେ।",
        ],
    ),
    # --- ranks, several short forms in a row, short form before a bracket -----------------
    (
        "Your disability pension has been certified by Lt. Col. (Dr.) Nandita Bose of the medical board. Nk. Prem Singh (Retd.) from the Zila Sainik Board will call you to collect the documents.",
        [
            "Your disability pension has been certified by Lt. Col. (Dr.) Nandita Bose of the medical board. ",
            "Nk. Prem Singh (Retd.) from the Zila Sainik Board will call you to collect the documents.",
        ],
    ),
    # --- legal, medical -------------------------------------------------------------------
    (
        "Your case is listed as W.P. 4417 of 2025, Kamla Devi vs. State of Jharkhand. Adv. Manoj Prasad will appear for you on Mon. 9 Mar. Please reach the court by 10 a.m. sharp.",
        [
            "Your case is listed as W.P. 4417 of 2025, Kamla Devi vs. State of Jharkhand. ",
            "Adv. Manoj Prasad will appear for you on Mon. 9 Mar. ",
            "Please reach the court by 10 a.m. sharp.",
        ],
    ),
    (
        "Dr. (Mrs.) Kavita Joshi, M.B.B.S., M.D., has updated your prescription. The iron syrup is to be taken o.d. after lunch. The antacid gel is to be taken a.c. Please come back for a review after 15 days.",
        [
            "Dr. (Mrs.) Kavita Joshi, M.B.B.S., M.D., has updated your prescription. ",
            "The iron syrup is to be taken o.d. after lunch. ",
            "The antacid gel is to be taken a.c. ",
            "Please come back for a review after 15 days.",
        ],
    ),
    # --- addresses, railway, postal -------------------------------------------------------
    (
        "Your new LPG connection will be delivered to Flat 302, 3rd Flr., Sai Krupa Apts., Nr. Dutta Mandir, Opp. Bus Depot, Sinhagad Rd., Pune. Please confirm that this address is correct.",
        [
            "Your new LPG connection will be delivered to Flat 302, 3rd Flr., Sai Krupa Apts., Nr. Dutta Mandir, Opp. Bus Depot, Sinhagad Rd., Pune. ",
            "Please confirm that this address is correct.",
        ],
    ),
    (
        "Your Tatkal ticket is confirmed on the Mahakoshal Exp. The train leaves Jabalpur Stn. at 10:40 p.m. Your berth is 37 in coach S4.",
        [
            "Your Tatkal ticket is confirmed on the Mahakoshal Exp. ",
            "The train leaves Jabalpur Stn. at 10:40 p.m. ",
            "Your berth is 37 in coach S4.",
        ],
    ),
    (
        "The money order was booked at the Jaipur G.P.O. on 6 Oct. It will be paid at the Chaksu B.O. within three days. The B.O. counter is open from 9 a.m. to 1 p.m. Monday to Saturday.",
        [
            "The money order was booked at the Jaipur G.P.O. on 6 Oct. ",
            "It will be paid at the Chaksu B.O. within three days. ",
            "The B.O. counter is open from 9 a.m. to 1 p.m. Monday to Saturday.",
        ],
    ),
    # --- banking: cheques, amounts with paise, dotted dates, mixed script -----------------
    (
        "Chq. No. 418276 for ₹23,450 was returned unpaid on 06.11.2026. Please quote Ref. RTN77310 when you call us. A charge of ₹590 has been debited from your Acct. अधिक जानकारी के लिए अपनी शाखा से संपर्क करें।",
        [
            "Chq. No. 418276 for ₹23,450 was returned unpaid on 06.11.2026. ",
            "Please quote Ref. RTN77310 when you call us. ",
            "A charge of ₹590 has been debited from your Acct. ",
            "अधिक जानकारी के लिए अपनी शाखा से संपर्क करें।",
        ],
    ),
    (
        "Your credit card statement shows a total due of Rs. 8,436.50. The minimum Amt. due is Rs. 421.85, i.e. the amount you must pay to avoid a late fee. Please pay it by 18 Dec. Would you like to pay now?",
        [
            "Your credit card statement shows a total due of Rs. 8,436.50. ",
            "The minimum Amt. due is Rs. 421.85, i.e. the amount you must pay to avoid a late fee. ",
            "Please pay it by 18 Dec. ",
            "Would you like to pay now?",
        ],
    ),
    (
        "Carry one address proof, e.g. a gas bill, a rent agreement or a bank passbook. Please also bring your PAN card, two photos, etc. Our staff will fill in the form for you.",
        [
            "Carry one address proof, e.g. a gas bill, a rent agreement or a bank passbook. ",
            "Please also bring your PAN card, two photos, etc. ",
            "Our staff will fill in the form for you.",
        ],
    ),
    (
        'The payee is listed as "Annapurna Agro Pvt. Ltd." Is that the right company?',
        [
            'The payee is listed as "Annapurna Agro Pvt. Ltd." ',
            "Is that the right company?",
        ],
    ),
    # --- units, offices, degrees ----------------------------------------------------------
    (
        "The mandi rate for soybean today is ₹4,620 per qtl. Your lot of 18 qtl. will be weighed at 11:30 a.m. Please reach the yard 30 minutes early.",
        [
            "The mandi rate for soybean today is ₹4,620 per qtl. ",
            "Your lot of 18 qtl. will be weighed at 11:30 a.m. ",
            "Please reach the yard 30 minutes early.",
        ],
    ),
    (
        "The property tax for your 642 sq. ft. flat is ₹3,918 this year. You can pay it online or at the zonal office of the Mun. Corpn. (Ward 32). Please keep last year's receipt dtd. 21.03.2025 handy.",
        [
            "The property tax for your 642 sq. ft. flat is ₹3,918 this year. ",
            "You can pay it online or at the zonal office of the Mun. Corpn. (Ward 32). ",
            "Please keep last year's receipt dtd. 21.03.2025 handy.",
        ],
    ),
    (
        "Your gratuity file has moved from the Estt. section to the Accts. branch. The Admn. Offr. will sign the sanction order by Sat. You'll receive the amount within a week after that.",
        [
            "Your gratuity file has moved from the Estt. section to the Accts. branch. ",
            "The Admn. Offr. will sign the sanction order by Sat. ",
            "You'll receive the amount within a week after that.",
        ],
    ),
    (
        "This pharmacist post needs a D.Pharm. Candidates with a B.Sc. can apply for the lab assistant post instead.",
        [
            "This pharmacist post needs a D.Pharm. ",
            "Candidates with a B.Sc. can apply for the lab assistant post instead.",
        ],
    ),
    # --- lists: one line after a colon, separate lines with Devanagari digits -------------
    (
        "Card block karne ke liye: 1. App kholiye. 2. Cards par tap kijiye. 3. Block card chuniye. Naya card approx. 5 din mein aa jayega.",
        [
            "Card block karne ke liye: 1. App kholiye. ",
            "2. Cards par tap kijiye. ",
            "3. Block card chuniye. ",
            "Naya card approx. 5 din mein aa jayega.",
        ],
    ),
    (
        "पीक कर्जासाठी लागणारी कागदपत्रे:\n१. सातबारा उतारा\n२. आधार कार्ड\n३. बँक पासबुकची प्रत\nमूळ कागदपत्रेही सोबत आणा.",
        [
            "पीक कर्जासाठी लागणारी कागदपत्रे:\n",
            "१. सातबारा उतारा\n",
            "२. आधार कार्ड\n",
            "३. बँक पासबुकची प्रत\n",
            "मूळ कागदपत्रेही सोबत आणा.",
        ],
    ),
    # --- quotes, ellipsis, dashes, emojis, URL and e-mail ---------------------------------
    (
        'If anyone calls and asks, "Can you share the OTP?" please hang up at once. Our bank never asks for your OTP.',
        [
            'If anyone calls and asks, "Can you share the OTP?" please hang up at once. ',
            "Our bank never asks for your OTP.",
        ],
    ),
    (
        "Checking your booking… Found it! Your refund of ₹2,308.40 — for the cancelled hotel stay — is on its way to your UPI ID.",
        [
            "Checking your booking… ",
            "Found it! ",
            "Your refund of ₹2,308.40 — for the cancelled hotel stay — is on its way to your UPI ID.",
        ],
    ),
    (
        "Congratulations! 🎉 Your personal loan of ₹3,60,000 is approved. The money will reach your account by tomorrow 👍",
        [
            "Congratulations! 🎉 ",
            "Your personal loan of ₹3,60,000 is approved. ",
            "The money will reach your account by tomorrow 👍",
        ],
    ),
    (
        "Download Form 15G from https://www.nidhibank-example.co.in/forms/form-15g.pdf and e-mail it to tds.help@nidhibank-example.co.in. We'll update your record within 2 working days.",
        [
            "Download Form 15G from https://www.nidhibank-example.co.in/forms/form-15g.pdf and e-mail it to tds.help@nidhibank-example.co.in. ",
            "We'll update your record within 2 working days.",
        ],
    ),
    # --- Indic-script short forms ---------------------------------------------------------
    (
        "रु. 2,750.50 का भुगतान इस नाम पर होगा: श्याम ट्रेडर्स प्रा. लि. क्या यह नाम सही है?",
        [
            "रु. 2,750.50 का भुगतान इस नाम पर होगा: श्याम ट्रेडर्स प्रा. लि. ",
            "क्या यह नाम सही है?",
        ],
    ),
    (
        "चि. ओंकार याचे जन्म प्रमाणपत्र तयार आहे. ते मु.पो. निमगाव, जि. सातारा या पत्त्यावर पाठवले जाईल. आणखी काही मदत हवी आहे का?",
        [
            "चि. ओंकार याचे जन्म प्रमाणपत्र तयार आहे. ",
            "ते मु.पो. निमगाव, जि. सातारा या पत्त्यावर पाठवले जाईल. ",
            "आणखी काही मदत हवी आहे का?",
        ],
    ),
    (
        "আপনার অর্ডার করা ১ কি.গ্রা. রসগোল্লা আর ৫০০ গ্রাম সন্দেশ আজ বিকেলের মধ্যে পৌঁছে যাবে। ডেলিভারি চার্জ লাগবে না। আর কিছু অর্ডার করবেন?",
        [
            "আপনার অর্ডার করা ১ কি.গ্রা. রসগোল্লা আর ৫০০ গ্রাম সন্দেশ আজ বিকেলের মধ্যে পৌঁছে যাবে। ",
            "ডেলিভারি চার্জ লাগবে না। ",
            "আর কিছু অর্ডার করবেন?",
        ],
    ),
    (
        "கல்விக் கட்டணத்தை ஆன்லைனில் செலுத்தலாம், எ.கா. UPI அல்லது நெட் பேங்கிங் மூலம். பள்ளி அலுவலகம் பி.ப. 4 மணி வரை திறந்திருக்கும். நாளையே கடைசி நாள்!",
        [
            "கல்விக் கட்டணத்தை ஆன்லைனில் செலுத்தலாம், எ.கா. UPI அல்லது நெட் பேங்கிங் மூலம். ",
            "பள்ளி அலுவலகம் பி.ப. 4 மணி வரை திறந்திருக்கும். ",
            "நாளையே கடைசி நாள்!",
        ],
    ),
    (
        "మీకు కేటాయించిన 45 కి.గ్రా. యూరియా బస్తా రైతు భరోసా కేంద్రంలో సిద్ధంగా ఉంది. దాన్ని ఈ వారంలోగా తీసుకెళ్లండి. ఆధార్ కార్డు తప్పనిసరి.",
        [
            "మీకు కేటాయించిన 45 కి.గ్రా. యూరియా బస్తా రైతు భరోసా కేంద్రంలో సిద్ధంగా ఉంది. ",
            "దాన్ని ఈ వారంలోగా తీసుకెళ్లండి. ",
            "ఆధార్ కార్డు తప్పనిసరి.",
        ],
    ),
    (
        "ચિ. ધ્રુવનું નામ ગામની પ્રા. શાળામાં ધોરણ 1માં દાખલ થઈ ગયું છે. શાળા સવારે 7:30 વાગ્યે શરૂ થાય છે. યુનિફોર્મ શાળામાંથી મફત મળશે.",
        [
            "ચિ. ધ્રુવનું નામ ગામની પ્રા. શાળામાં ધોરણ 1માં દાખલ થઈ ગયું છે. ",
            "શાળા સવારે 7:30 વાગ્યે શરૂ થાય છે. ",
            "યુનિફોર્મ શાળામાંથી મફત મળશે.",
        ],
    ),
    (
        "ಅನ್ನಭಾಗ್ಯ ಯೋಜನೆಯಡಿ ಈ ತಿಂಗಳು ನಿಮಗೆ 10 ಕೆ.ಜಿ. ಅಕ್ಕಿ ಸಿಗಲಿದೆ. ನ್ಯಾಯಬೆಲೆ ಅಂಗಡಿ ಬೆಳಿಗ್ಗೆ 8 ಗಂಟೆಗೆ ತೆರೆಯುತ್ತದೆ. ಬಯೋಮೆಟ್ರಿಕ್‌ಗಾಗಿ ಕುಟುಂಬದ ಒಬ್ಬ ಸದಸ್ಯರು ಬರಬೇಕು.",
        [
            "ಅನ್ನಭಾಗ್ಯ ಯೋಜನೆಯಡಿ ಈ ತಿಂಗಳು ನಿಮಗೆ 10 ಕೆ.ಜಿ. ಅಕ್ಕಿ ಸಿಗಲಿದೆ. ",
            "ನ್ಯಾಯಬೆಲೆ ಅಂಗಡಿ ಬೆಳಿಗ್ಗೆ 8 ಗಂಟೆಗೆ ತೆರೆಯುತ್ತದೆ. ",
            "ಬಯೋಮೆಟ್ರಿಕ್‌ಗಾಗಿ ಕುಟುಂಬದ ಒಬ್ಬ ಸದಸ್ಯರು ಬರಬೇಕು.",
        ],
    ),
    (
        "നിങ്ങളുടെ കേസ് അഡ്വ. സുരേഷ് ബാബു കൈകാര്യം ചെയ്യും. അടുത്ത ഹിയറിങ് മാർച്ച് 12-ന് രാവിലെ 11 മണിക്കാണ്. രേഖകളുടെ പകർപ്പുകൾ കൊണ്ടുവരാൻ മറക്കരുത്.",
        [
            "നിങ്ങളുടെ കേസ് അഡ്വ. സുരേഷ് ബാബു കൈകാര്യം ചെയ്യും. ",
            "അടുത്ത ഹിയറിങ് മാർച്ച് 12-ന് രാവിലെ 11 മണിക്കാണ്. ",
            "രേഖകളുടെ പകർപ്പുകൾ കൊണ്ടുവരാൻ മറക്കരുത്.",
        ],
    ),
    (
        "ਸ. ਗੁਰਮੀਤ ਸਿੰਘ ਜੀ, ਤੁਹਾਡੀ ਜ਼ਮੀਨ ਦੀ ਫ਼ਰਦ ਤਿਆਰ ਹੈ। ਇਹ ਪਿੰਡ ਭੈਣੀ, ਤਹਿ. ਰਾਏਕੋਟ ਦੇ ਪਤੇ 'ਤੇ ਡਾਕ ਰਾਹੀਂ ਭੇਜੀ ਜਾਵੇਗੀ। ਕੀ ਇਹ ਪਤਾ ਸਹੀ ਹੈ?",
        [
            "ਸ. ਗੁਰਮੀਤ ਸਿੰਘ ਜੀ, ਤੁਹਾਡੀ ਜ਼ਮੀਨ ਦੀ ਫ਼ਰਦ ਤਿਆਰ ਹੈ। ",
            "ਇਹ ਪਿੰਡ ਭੈਣੀ, ਤਹਿ. ਰਾਏਕੋਟ ਦੇ ਪਤੇ 'ਤੇ ਡਾਕ ਰਾਹੀਂ ਭੇਜੀ ਜਾਵੇਗੀ। ",
            "ਕੀ ਇਹ ਪਤਾ ਸਹੀ ਹੈ?",
        ],
    ),
    (
        "ଆପଣଙ୍କ ମାଆଙ୍କ ଆଖି ଅପରେସନ୍ ଡା. ବିଜୟ ସାହୁ କରିବେ। ଅପରେସନ୍ ଦିନ ସକାଳୁ କିଛି ଖାଇବେ ନାହିଁ। ଅପରେସନ୍ ପରେ ଜଣେ ସାଥୀ ରହିବା ଦରକାର।",
        [
            "ଆପଣଙ୍କ ମାଆଙ୍କ ଆଖି ଅପରେସନ୍ ଡା. ବିଜୟ ସାହୁ କରିବେ। ",
            "ଅପରେସନ୍ ଦିନ ସକାଳୁ କିଛି ଖାଇବେ ନାହିଁ। ",
            "ଅପରେସନ୍ ପରେ ଜଣେ ସାଥୀ ରହିବା ଦରକାର।",
        ],
    ),
]
