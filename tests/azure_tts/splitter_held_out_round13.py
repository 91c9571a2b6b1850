"""Held-out cases for the sentence splitter, round 13: written without reading or running it.

Written after reading only tests/azure_tts/splitter_held_out_round12.py and
tests/azure_tts/splitter_held_out_round11.py (for format and conventions); no splitter source,
bench, tuning file, other test file, README or git history was opened, nothing was run against
the splitter, and git was not used (python was used only to check this file: that each case's
chunks concatenate exactly to its text, that the module imports, and the grep checks below).
No sentence is taken or paraphrased from those two files, no amount, name, company or place
from them is reused, and none of the short forms they use appears here, neither their
abbreviations (Dr., Mrs., Rs., a.m., Tab., Dept., hrs., ...) nor their acronyms (SMS, KYC, OTP,
PAN, GST, EMI, ICU, SIM, QR, ...): every short form in this round is new (each was checked with
grep, case-insensitively, against both files).

About two thirds of the cases (37) are everyday replies (banking, telecom, insurance, health,
delivery, travel, government services, utilities, education, agriculture, e-commerce) in
English, Hinglish, Hindi, Marathi, Bengali, Tamil, Telugu, Gujarati, Kannada, Malayalam,
Punjabi, Odia, Assamese and Urdu; the other third (23) carries the harder cases a bot really
produces.

Each case is (text, the chunks a careful human would send to TTS one at a time). The chunks
concatenate exactly to the text; each chunk is a full sentence (or list item / heading line)
and carries the whitespace that follows its sentence end. A chunk is never cut inside an
amount (including ₹2,50,000 and paise), a decimal (61.843, 7.35%), a version number (5.2.1), a
dotted date (01.07.2027), a dotted time (23.30), a short form (ranks and titles such as Maj.,
Brig., Smt., Sh., Sr., Jr.; degrees such as LL.B., B.Tech.; prescription forms such as Cap.,
Oint., o.d., q.i.d., s.o.s.; address forms such as Flr., Bldg., Apts., Ext., Vill., P.O.,
Dist.; months and weekdays such as Jan., Feb., Thu.; banking and officialese forms such as
yr., Re., e.g., i.e., etc., vs., Bros.; dotted acronyms such as R.T.O.; Indic forms such as
डॉ., कि.मी., चि., प्रा., மு.ப., கி.மீ., ಡಾ., ರೂ., বি.দ্র.), a URL (here one without https://) or
an e-mail address, and a list marker stays with its item. A short form that ends a sentence
(followed by a new sentence, even one that itself opens with a short form, as in
"... for 1 yr. Sr. citizens ...") does end the chunk. A one-line numbered list after a colon is
chunked as its multi-line form would be: the lead-in up to the colon, then one chunk per item;
in a multi-line list each line is a chunk with its newline. A
bracketed or quoted sentence is its own chunk and keeps its closing bracket or quote (a quote
introduced by a colon inside a sentence stays with that sentence); an emoji stays with the
sentence it follows; an ASCII ellipsis "..." and "?!" end a sentence like "…" and "?". Urdu
sentences end at ۔ and ؟, Indic ones at । as well as ".".

Where the two rounds differ, round 12 is followed: round 11 reused acronyms from earlier rounds
(it only kept abbreviations new) and stated no rule for brackets, quotes, emoji or ASCII
ellipses; round 12 kept acronyms new too and stated those rules, and so does this round.
"""

from __future__ import annotations

HELD_OUT: list[tuple[str, list[str]]] = [
    # --- everyday replies, English --------------------------------------------------------
    (
        "Your debit card has been blocked as you asked. A replacement will be posted to your home address within a week. Until then, you can withdraw cash at the branch with your passbook.",
        [
            "Your debit card has been blocked as you asked. ",
            "A replacement will be posted to your home address within a week. ",
            "Until then, you can withdraw cash at the branch with your passbook.",
        ],
    ),
    (
        "Your data pack ran out at 3 this afternoon. A top-up of ₹49 will give you one more day of internet. Shall I recharge it from your wallet balance?",
        [
            "Your data pack ran out at 3 this afternoon. ",
            "A top-up of ₹49 will give you one more day of internet. ",
            "Shall I recharge it from your wallet balance?",
        ],
    ),
    (
        "Your claim for the hailstorm damage to your car has been approved. The garage will be paid ₹27,340 directly. You only pay the compulsory deductible of ₹1,000 when you collect the car.",
        [
            "Your claim for the hailstorm damage to your car has been approved. ",
            "The garage will be paid ₹27,340 directly. ",
            "You only pay the compulsory deductible of ₹1,000 when you collect the car.",
        ],
    ),
    (
        "Your knee replacement surgery is scheduled for the morning of 9 March. Please get admitted by 4 in the afternoon the day before. A family member should stay with you for the first two nights.",
        [
            "Your knee replacement surgery is scheduled for the morning of 9 March. ",
            "Please get admitted by 4 in the afternoon the day before. ",
            "A family member should stay with you for the first two nights.",
        ],
    ),
    (
        "Your grocery order will arrive between 7 and 8 tonight. The basmati rice and the paneer were out of stock. We've refunded ₹326 for them to your wallet.",
        [
            "Your grocery order will arrive between 7 and 8 tonight. ",
            "The basmati rice and the paneer were out of stock. ",
            "We've refunded ₹326 for them to your wallet.",
        ],
    ),
    (
        "Your train from Bhopal to Jabalpur is running 40 minutes late. The new expected departure is 9:25 tonight. Your coach and berth have not changed.",
        [
            "Your train from Bhopal to Jabalpur is running 40 minutes late. ",
            "The new expected departure is 9:25 tonight. ",
            "Your coach and berth have not changed.",
        ],
    ),
    (
        "Your request to move the property tax account to your name has been registered. The revenue inspector will check the sale deed within 21 days. You'll get a message once the change is recorded.",
        [
            "Your request to move the property tax account to your name has been registered. ",
            "The revenue inspector will check the sale deed within 21 days. ",
            "You'll get a message once the change is recorded.",
        ],
    ),
    (
        "The water supply in your lane will be off on Sunday from 8 in the morning to 2 in the afternoon. The board is replacing an old valve near the park. Please store enough water the night before.",
        [
            "The water supply in your lane will be off on Sunday from 8 in the morning to 2 in the afternoon. ",
            "The board is replacing an old valve near the park. ",
            "Please store enough water the night before.",
        ],
    ),
    # --- everyday replies, Hinglish -------------------------------------------------------
    (
        "Aapka credit card bill ₹12,476 ka bana hai. Minimum due ₹620 hai, lekin poora bill bharne par koi byaaj nahi lagega. Aakhri tareekh is mahine ki 18 hai.",
        [
            "Aapka credit card bill ₹12,476 ka bana hai. ",
            "Minimum due ₹620 hai, lekin poora bill bharne par koi byaaj nahi lagega. ",
            "Aakhri tareekh is mahine ki 18 hai.",
        ],
    ),
    (
        "Doctor sahab aaj chhutti par hain. Aapka appointment parso subah 11 baje kar diya gaya hai. Kya yeh time aapke liye theek rahega?",
        [
            "Doctor sahab aaj chhutti par hain. ",
            "Aapka appointment parso subah 11 baje kar diya gaya hai. ",
            "Kya yeh time aapke liye theek rahega?",
        ],
    ),
    (
        "Aapki bike ki insurance kal khatam ho rahi hai. Bina insurance gaadi chalane par challan kat sakta hai. Renewal ka link bhej doon?",
        [
            "Aapki bike ki insurance kal khatam ho rahi hai. ",
            "Bina insurance gaadi chalane par challan kat sakta hai. ",
            "Renewal ka link bhej doon?",
        ],
    ),
    # --- everyday replies, Hindi ----------------------------------------------------------
    (
        "आपके घर पर पानी का नया मीटर लग गया है। अगले महीने से बिल असली खपत के हिसाब से आएगा। मीटर की पहली रीडिंग 0042 दर्ज की गई है।",
        [
            "आपके घर पर पानी का नया मीटर लग गया है। ",
            "अगले महीने से बिल असली खपत के हिसाब से आएगा। ",
            "मीटर की पहली रीडिंग 0042 दर्ज की गई है।",
        ],
    ),
    (
        "आपकी माँ की एमआरआई रिपोर्ट आ गई है। डॉक्टर कल दोपहर 12 बजे रिपोर्ट देखेंगे। अपनी पुरानी फ़ाइल भी साथ लेकर आइए।",
        [
            "आपकी माँ की एमआरआई रिपोर्ट आ गई है। ",
            "डॉक्टर कल दोपहर 12 बजे रिपोर्ट देखेंगे। ",
            "अपनी पुरानी फ़ाइल भी साथ लेकर आइए।",
        ],
    ),
    (
        "आपकी उड़ान रद्द कर दी गई है। टिकट के ₹4,915 सात दिन में आपके खाते में लौट आएँगे। क्या मैं आपके लिए कोई दूसरी उड़ान देखूँ?",
        [
            "आपकी उड़ान रद्द कर दी गई है। ",
            "टिकट के ₹4,915 सात दिन में आपके खाते में लौट आएँगे। ",
            "क्या मैं आपके लिए कोई दूसरी उड़ान देखूँ?",
        ],
    ),
    # --- everyday replies, other Indian languages -----------------------------------------
    (
        "तुमचा पासपोर्ट अर्ज पडताळणीसाठी पोलीस ठाण्यात पाठवला आहे. पोलीस कर्मचारी पुढच्या आठवड्यात तुमच्या घरी येतील. त्या वेळी मूळ कागदपत्रे तयार ठेवा.",
        [
            "तुमचा पासपोर्ट अर्ज पडताळणीसाठी पोलीस ठाण्यात पाठवला आहे. ",
            "पोलीस कर्मचारी पुढच्या आठवड्यात तुमच्या घरी येतील. ",
            "त्या वेळी मूळ कागदपत्रे तयार ठेवा.",
        ],
    ),
    (
        "तुमच्या गाईच्या विम्याचा दावा मंजूर झाला आहे. नुकसानभरपाईचे ₹३२,००० लवकरच खात्यात जमा होतील. पशुवैद्यकीय दाखल्याची प्रत जपून ठेवा.",
        [
            "तुमच्या गाईच्या विम्याचा दावा मंजूर झाला आहे. ",
            "नुकसानभरपाईचे ₹३२,००० लवकरच खात्यात जमा होतील. ",
            "पशुवैद्यकीय दाखल्याची प्रत जपून ठेवा.",
        ],
    ),
    (
        "আপনার ছেলের স্কুলের ফি ৩,২০০ টাকা জমা হয়েছে। রসিদটি আপনার ইমেলে পাঠানো হয়েছে। পরের কিস্তি সেপ্টেম্বরে দিতে হবে।",
        [
            "আপনার ছেলের স্কুলের ফি ৩,২০০ টাকা জমা হয়েছে। ",
            "রসিদটি আপনার ইমেলে পাঠানো হয়েছে। ",
            "পরের কিস্তি সেপ্টেম্বরে দিতে হবে।",
        ],
    ),
    (
        "আপনার জমির খাজনা অনলাইনে জমা হয়েছে। রসিদ নম্বর ৭৭৪১৯। এটি ভবিষ্যতের জন্য রেখে দিন।",
        [
            "আপনার জমির খাজনা অনলাইনে জমা হয়েছে। ",
            "রসিদ নম্বর ৭৭৪১৯। ",
            "এটি ভবিষ্যতের জন্য রেখে দিন।",
        ],
    ),
    (
        "আপনার বাবাকে কাল সকালে হাসপাতাল থেকে ছুটি দেওয়া হবে। ছুটির আগে বিল কাউন্টারে বাকি টাকা মিটিয়ে দিন। ওষুধ কখন কীভাবে খেতে হবে, নার্স বুঝিয়ে দেবেন।",
        [
            "আপনার বাবাকে কাল সকালে হাসপাতাল থেকে ছুটি দেওয়া হবে। ",
            "ছুটির আগে বিল কাউন্টারে বাকি টাকা মিটিয়ে দিন। ",
            "ওষুধ কখন কীভাবে খেতে হবে, নার্স বুঝিয়ে দেবেন।",
        ],
    ),
    (
        "உங்கள் கடன் அட்டையின் வரம்பு ₹85,000 ஆக உயர்த்தப்பட்டுள்ளது. புதிய வரம்பு இன்று முதல் நடைமுறைக்கு வரும். இது வேண்டாம் என்றால் எங்களுக்குத் தெரிவியுங்கள்.",
        [
            "உங்கள் கடன் அட்டையின் வரம்பு ₹85,000 ஆக உயர்த்தப்பட்டுள்ளது. ",
            "புதிய வரம்பு இன்று முதல் நடைமுறைக்கு வரும். ",
            "இது வேண்டாம் என்றால் எங்களுக்குத் தெரிவியுங்கள்.",
        ],
    ),
    (
        "உங்கள் பேருந்து பயணச்சீட்டு உறுதி செய்யப்பட்டது. பேருந்து இரவு 9:40 மணிக்கு கோயம்பேட்டில் இருந்து புறப்படும். உங்கள் இருக்கை எண் 22.",
        [
            "உங்கள் பேருந்து பயணச்சீட்டு உறுதி செய்யப்பட்டது. ",
            "பேருந்து இரவு 9:40 மணிக்கு கோயம்பேட்டில் இருந்து புறப்படும். ",
            "உங்கள் இருக்கை எண் 22.",
        ],
    ),
    (
        "మీ అబ్బాయి కళాశాల ప్రవేశం ఖరారైంది. మొదటి సంవత్సరం ఫీజు ₹38,500. తరగతులు జూలై 1 నుంచి ప్రారంభమవుతాయి.",
        [
            "మీ అబ్బాయి కళాశాల ప్రవేశం ఖరారైంది. ",
            "మొదటి సంవత్సరం ఫీజు ₹38,500. ",
            "తరగతులు జూలై 1 నుంచి ప్రారంభమవుతాయి.",
        ],
    ),
    (
        "మీ ఇంటి నీటి బిల్లు ₹437 చెల్లించబడింది. రసీదు మీ ఫోన్‌కు పంపాము. ధన్యవాదాలు!",
        [
            "మీ ఇంటి నీటి బిల్లు ₹437 చెల్లించబడింది. ",
            "రసీదు మీ ఫోన్‌కు పంపాము. ",
            "ధన్యవాదాలు!",
        ],
    ),
    (
        "તમારી આરોગ્ય વીમા પોલિસી રિન્યૂ થઈ ગઈ છે. નવું પ્રીમિયમ ₹11,870 છે. પોલિસીની નકલ તમારા ઈમેલ પર મોકલી છે.",
        [
            "તમારી આરોગ્ય વીમા પોલિસી રિન્યૂ થઈ ગઈ છે. ",
            "નવું પ્રીમિયમ ₹11,870 છે. ",
            "પોલિસીની નકલ તમારા ઈમેલ પર મોકલી છે.",
        ],
    ),
    (
        "તમારા ગામમાં કાલે સવારે પશુ આરોગ્ય કેમ્પ યોજાશે. પશુઓને રસી મફત આપવામાં આવશે. કેમ્પ પંચાયત ઘર પાસે રહેશે.",
        [
            "તમારા ગામમાં કાલે સવારે પશુ આરોગ્ય કેમ્પ યોજાશે. ",
            "પશુઓને રસી મફત આપવામાં આવશે. ",
            "કેમ્પ પંચાયત ઘર પાસે રહેશે.",
        ],
    ),
    (
        "ನಿಮ್ಮ ಗೃಹ ಸಾಲದ ಬಡ್ಡಿ ದರ ಕಡಿಮೆಯಾಗಿದೆ. ನಿಮ್ಮ ತಿಂಗಳ ಕಂತು ಈಗ ₹21,305. ಹೊಸ ದರ ಮುಂದಿನ ತಿಂಗಳಿನಿಂದ ಅನ್ವಯವಾಗುತ್ತದೆ.",
        [
            "ನಿಮ್ಮ ಗೃಹ ಸಾಲದ ಬಡ್ಡಿ ದರ ಕಡಿಮೆಯಾಗಿದೆ. ",
            "ನಿಮ್ಮ ತಿಂಗಳ ಕಂತು ಈಗ ₹21,305. ",
            "ಹೊಸ ದರ ಮುಂದಿನ ತಿಂಗಳಿನಿಂದ ಅನ್ವಯವಾಗುತ್ತದೆ.",
        ],
    ),
    (
        "ನಿಮ್ಮ ಪ್ರದೇಶದಲ್ಲಿ ನಾಳೆ ಬೆಳಿಗ್ಗೆ 9 ರಿಂದ ಸಂಜೆ 4 ರವರೆಗೆ ವಿದ್ಯುತ್ ಇರುವುದಿಲ್ಲ. ಲೈನ್ ದುರಸ್ತಿ ಕೆಲಸ ನಡೆಯಲಿದೆ. ದಯವಿಟ್ಟು ಸಹಕರಿಸಿ.",
        [
            "ನಿಮ್ಮ ಪ್ರದೇಶದಲ್ಲಿ ನಾಳೆ ಬೆಳಿಗ್ಗೆ 9 ರಿಂದ ಸಂಜೆ 4 ರವರೆಗೆ ವಿದ್ಯುತ್ ಇರುವುದಿಲ್ಲ. ",
            "ಲೈನ್ ದುರಸ್ತಿ ಕೆಲಸ ನಡೆಯಲಿದೆ. ",
            "ದಯವಿಟ್ಟು ಸಹಕರಿಸಿ.",
        ],
    ),
    (
        "നിങ്ങളുടെ അമ്മയുടെ ഡയാലിസിസ് അടുത്ത ചൊവ്വാഴ്ച രാവിലെ 8 മണിക്കാണ്. ഒരു മണിക്കൂർ മുമ്പ് എത്തണം. പഴയ റിപ്പോർട്ടുകളും കൊണ്ടുവരിക.",
        [
            "നിങ്ങളുടെ അമ്മയുടെ ഡയാലിസിസ് അടുത്ത ചൊവ്വാഴ്ച രാവിലെ 8 മണിക്കാണ്. ",
            "ഒരു മണിക്കൂർ മുമ്പ് എത്തണം. ",
            "പഴയ റിപ്പോർട്ടുകളും കൊണ്ടുവരിക.",
        ],
    ),
    (
        "നിങ്ങളുടെ ഓർഡർ ഇന്ന് വൈകിട്ട് എത്തും. ഡെലിവറി ചാർജ് ഒഴിവാക്കിയിട്ടുണ്ട്. ഡെലിവറി സമയത്ത് ഫോൺ ഓൺ ആക്കി വെക്കുക.",
        [
            "നിങ്ങളുടെ ഓർഡർ ഇന്ന് വൈകിട്ട് എത്തും. ",
            "ഡെലിവറി ചാർജ് ഒഴിവാക്കിയിട്ടുണ്ട്. ",
            "ഡെലിവറി സമയത്ത് ഫോൺ ഓൺ ആക്കി വെക്കുക.",
        ],
    ),
    (
        "ਤੁਹਾਡੀ ਕਾਰ ਦੀ ਸਰਵਿਸ ਕੱਲ੍ਹ ਸਵੇਰੇ 10 ਵਜੇ ਲਈ ਬੁੱਕ ਹੋ ਗਈ ਹੈ। ਸਰਵਿਸ ਵਿੱਚ ਲਗਭਗ ਚਾਰ ਘੰਟੇ ਲੱਗਣਗੇ। ਕੀ ਤੁਹਾਨੂੰ ਘਰ ਛੱਡਣ ਲਈ ਗੱਡੀ ਚਾਹੀਦੀ ਹੈ?",
        [
            "ਤੁਹਾਡੀ ਕਾਰ ਦੀ ਸਰਵਿਸ ਕੱਲ੍ਹ ਸਵੇਰੇ 10 ਵਜੇ ਲਈ ਬੁੱਕ ਹੋ ਗਈ ਹੈ। ",
            "ਸਰਵਿਸ ਵਿੱਚ ਲਗਭਗ ਚਾਰ ਘੰਟੇ ਲੱਗਣਗੇ। ",
            "ਕੀ ਤੁਹਾਨੂੰ ਘਰ ਛੱਡਣ ਲਈ ਗੱਡੀ ਚਾਹੀਦੀ ਹੈ?",
        ],
    ),
    (
        "ਤੁਹਾਡਾ ਬਿਜਲੀ ਦਾ ਬਿੱਲ ਇਸ ਵਾਰ ਜ਼ੀਰੋ ਆਇਆ ਹੈ। ਤੁਹਾਡੀ ਖਪਤ ਮੁਫ਼ਤ ਯੂਨਿਟਾਂ ਦੇ ਅੰਦਰ ਸੀ। ਕੀ ਤੁਸੀਂ ਪਿਛਲੇ ਬਿੱਲ ਵੇਖਣਾ ਚਾਹੋਗੇ?",
        [
            "ਤੁਹਾਡਾ ਬਿਜਲੀ ਦਾ ਬਿੱਲ ਇਸ ਵਾਰ ਜ਼ੀਰੋ ਆਇਆ ਹੈ। ",
            "ਤੁਹਾਡੀ ਖਪਤ ਮੁਫ਼ਤ ਯੂਨਿਟਾਂ ਦੇ ਅੰਦਰ ਸੀ। ",
            "ਕੀ ਤੁਸੀਂ ਪਿਛਲੇ ਬਿੱਲ ਵੇਖਣਾ ਚਾਹੋਗੇ?",
        ],
    ),
    (
        "ଆପଣଙ୍କ ଧାନ ବିକ୍ରିର ₹58,420 ଆପଣଙ୍କ ଖାତାରେ ଜମା ହୋଇଛି। ମଣ୍ଡିରୁ ରସିଦ ନେଇଯାଆନ୍ତୁ। ପରବର୍ତ୍ତୀ ଟୋକନ ପାଇଁ ଆମକୁ ଫୋନ କରନ୍ତୁ।",
        [
            "ଆପଣଙ୍କ ଧାନ ବିକ୍ରିର ₹58,420 ଆପଣଙ୍କ ଖାତାରେ ଜମା ହୋଇଛି। ",
            "ମଣ୍ଡିରୁ ରସିଦ ନେଇଯାଆନ୍ତୁ। ",
            "ପରବର୍ତ୍ତୀ ଟୋକନ ପାଇଁ ଆମକୁ ଫୋନ କରନ୍ତୁ।",
        ],
    ),
    (
        "ଆପଣଙ୍କ ପୁଅକୁ ଆସନ୍ତାକାଲି ଟିକା ଦିଆଯିବ। ଅଙ୍ଗନବାଡ଼ି କେନ୍ଦ୍ରକୁ ସକାଳ 9ଟାରେ ଆସନ୍ତୁ। ଟିକା କାର୍ଡ ଆଣିବାକୁ ଭୁଲନ୍ତୁ ନାହିଁ।",
        [
            "ଆପଣଙ୍କ ପୁଅକୁ ଆସନ୍ତାକାଲି ଟିକା ଦିଆଯିବ। ",
            "ଅଙ୍ଗନବାଡ଼ି କେନ୍ଦ୍ରକୁ ସକାଳ 9ଟାରେ ଆସନ୍ତୁ। ",
            "ଟିକା କାର୍ଡ ଆଣିବାକୁ ଭୁଲନ୍ତୁ ନାହିଁ।",
        ],
    ),
    (
        "আপোনাৰ জীৱন বীমাৰ প্ৰিমিয়াম ₹৮,৩২০ জমা হৈছে। পৰৱৰ্তী কিস্তি ছমাহৰ পিছত দিব লাগিব। ৰচিদখন আপোনাৰ ইমেইললৈ পঠোৱা হৈছে।",
        [
            "আপোনাৰ জীৱন বীমাৰ প্ৰিমিয়াম ₹৮,৩২০ জমা হৈছে। ",
            "পৰৱৰ্তী কিস্তি ছমাহৰ পিছত দিব লাগিব। ",
            "ৰচিদখন আপোনাৰ ইমেইললৈ পঠোৱা হৈছে।",
        ],
    ),
    (
        "আপোনাৰ ৰেলৰ টিকট নিশ্চিত হৈছে। ৰেলখন পুৱা ৫:৫০ বজাত ষ্টেচন এৰিব। আধা ঘণ্টা আগতে ষ্টেচনলৈ আহিব।",
        [
            "আপোনাৰ ৰেলৰ টিকট নিশ্চিত হৈছে। ",
            "ৰেলখন পুৱা ৫:৫০ বজাত ষ্টেচন এৰিব। ",
            "আধা ঘণ্টা আগতে ষ্টেচনলৈ আহিব।",
        ],
    ),
    (
        "آپ کا بجلی کا کنکشن بحال کر دیا گیا ہے۔ بقایا رقم ₹2,735 وصول ہو گئی ہے۔ آئندہ بل وقت پر ادا کریں۔",
        [
            "آپ کا بجلی کا کنکشن بحال کر دیا گیا ہے۔ ",
            "بقایا رقم ₹2,735 وصول ہو گئی ہے۔ ",
            "آئندہ بل وقت پر ادا کریں۔",
        ],
    ),
    (
        "آپ کی والدہ کی آنکھوں کا معائنہ جمعرات کو صبح 10 بجے ہے۔ کیا آپ انہیں ساتھ لا سکیں گے؟ ہسپتال کا پتہ آپ کو بھیج دیا گیا ہے۔",
        [
            "آپ کی والدہ کی آنکھوں کا معائنہ جمعرات کو صبح 10 بجے ہے۔ ",
            "کیا آپ انہیں ساتھ لا سکیں گے؟ ",
            "ہسپتال کا پتہ آپ کو بھیج دیا گیا ہے۔",
        ],
    ),
    # --- ranks, a weekday and a month ending a sentence -----------------------------------
    (
        "Your canteen card form has been countersigned by Maj. Vikram Solanki. Brig. Harpreet Gill will approve it on Thu. 5 Feb. You can collect the card from the depot a week later.",
        [
            "Your canteen card form has been countersigned by Maj. Vikram Solanki. ",
            "Brig. Harpreet Gill will approve it on Thu. 5 Feb. ",
            "You can collect the card from the depot a week later.",
        ],
    ),
    # --- titles and degrees mid-sentence, followed by commas ------------------------------
    (
        "Your complaint will be heard by Smt. Rekha Bhosale, LL.B., of the consumer forum. Sh. Tanmay Joshi, B.Tech., will attend for the builder. Please bring the original sale agreement.",
        [
            "Your complaint will be heard by Smt. Rekha Bhosale, LL.B., of the consumer forum. ",
            "Sh. Tanmay Joshi, B.Tech., will attend for the builder. ",
            "Please bring the original sale agreement.",
        ],
    ),
    # --- prescription forms, two ending sentences -----------------------------------------
    (
        "Cap. Doxycycline 100 is to be taken o.d. after dinner. Oint. Mupirocin is to be applied on the wound q.i.d. Take the paracetamol only s.o.s. Come back for a dressing change on Monday.",
        [
            "Cap. Doxycycline 100 is to be taken o.d. after dinner. ",
            "Oint. Mupirocin is to be applied on the wound q.i.d. ",
            "Take the paracetamol only s.o.s. ",
            "Come back for a dressing change on Monday.",
        ],
    ),
    # --- address forms, one ending a sentence ---------------------------------------------
    (
        "Your new modem will be installed at Flat 9, 2nd Flr., Bldg. C-14, Gulmohar Apts., Aundh Ext. The technician will call 30 minutes before reaching. Please keep a power socket free near the window.",
        [
            "Your new modem will be installed at Flat 9, 2nd Flr., Bldg. C-14, Gulmohar Apts., Aundh Ext. ",
            "The technician will call 30 minutes before reaching. ",
            "Please keep a power socket free near the window.",
        ],
    ),
    (
        "Your crop insurance papers will be posted to Vill. Kothar, P.O. Bagodar, Dist. Giridih, Jharkhand 825322. They should reach you before 20 Jan. Please sign and return one copy.",
        [
            "Your crop insurance papers will be posted to Vill. Kothar, P.O. Bagodar, Dist. Giridih, Jharkhand 825322. ",
            "They should reach you before 20 Jan. ",
            "Please sign and return one copy.",
        ],
    ),
    # --- a short form ending a sentence right before one opening the next -----------------
    (
        "Your FD of ₹2,50,000 will earn 7.35% for 1 yr. Sr. citizens get 0.5% more, so your mother's deposit will earn 7.85%. Shall I book both?",
        [
            "Your FD of ₹2,50,000 will earn 7.35% for 1 yr. ",
            "Sr. citizens get 0.5% more, so your mother's deposit will earn 7.85%. ",
            "Shall I book both?",
        ],
    ),
    # --- e.g., i.e. mid-sentence; etc. ending one; Re. before an amount ------------------
    (
        "Bring one address proof, e.g. a rent agreement or a water bill. Photocopies must be self-attested, i.e. signed by you. You can pay the fee by card, net banking, wallet etc. A convenience charge of Re. 1 applies to card payments.",
        [
            "Bring one address proof, e.g. a rent agreement or a water bill. ",
            "Photocopies must be self-attested, i.e. signed by you. ",
            "You can pay the fee by card, net banking, wallet etc. ",
            "A convenience charge of Re. 1 applies to card payments.",
        ],
    ),
    # --- a firm's short form ending a sentence, a suffix mid-sentence ---------------------
    (
        "Your sofa set is being delivered by Lalwani Bros. Their driver will call you an hour before arriving. As you asked, the invoice is made out to Rakesh Nair Jr. and will come with the sofa.",
        [
            "Your sofa set is being delivered by Lalwani Bros. ",
            "Their driver will call you an hour before arriving. ",
            "As you asked, the invoice is made out to Rakesh Nair Jr. and will come with the sofa.",
        ],
    ),
    # --- decimals with three places, vs. --------------------------------------------------
    (
        "Your SIP of ₹3,000 bought 61.843 units at an NAV of ₹48.51. The fund returned 12.8% in the last year vs. 10.9% for its benchmark. The next instalment will be debited on the 5th.",
        [
            "Your SIP of ₹3,000 bought 61.843 units at an NAV of ₹48.51. ",
            "The fund returned 12.8% in the last year vs. 10.9% for its benchmark. ",
            "The next instalment will be debited on the 5th.",
        ],
    ),
    # --- version numbers, dotted 24-hour times, dotted date ending a sentence -------------
    (
        "The app has been updated to version 5.2.1. Scheduled maintenance runs tonight from 23.30 to 00.45. The older version 4.9 stops working on 01.07.2027. Your saved cards are not affected.",
        [
            "The app has been updated to version 5.2.1. ",
            "Scheduled maintenance runs tonight from 23.30 to 00.45. ",
            "The older version 4.9 stops working on 01.07.2027. ",
            "Your saved cards are not affected.",
        ],
    ),
    # --- dotted acronym mid-sentence and ending one ---------------------------------------
    (
        "Your learner's licence test is at the R.T.O. in Wakad on Monday. Once you pass, the permanent licence is posted from the R.T.O. You'll get a message when it is dispatched.",
        [
            "Your learner's licence test is at the R.T.O. in Wakad on Monday. ",
            "Once you pass, the permanent licence is posted from the R.T.O. ",
            "You'll get a message when it is dispatched.",
        ],
    ),
    # --- URL without a scheme, dotted e-mail address --------------------------------------
    (
        "You can download the e-ticket from www.bus-sample.in/ticket/VX4471. For seat changes, write to help.desk@bus-sample.co.in. We usually reply within a day.",
        [
            "You can download the e-ticket from www.bus-sample.in/ticket/VX4471. ",
            "For seat changes, write to help.desk@bus-sample.co.in. ",
            "We usually reply within a day.",
        ],
    ),
    # --- quoted sentence after a colon, bracketed sentence at the end ---------------------
    (
        'The delivery agent left a note: "Parcel kept with the security guard." Did you receive it? (If not, tell me and I\'ll call the agent.)',
        [
            'The delivery agent left a note: "Parcel kept with the security guard." ',
            "Did you receive it? ",
            "(If not, tell me and I'll call the agent.)",
        ],
    ),
    # --- ASCII ellipsis, exclamation followed by an emoji ---------------------------------
    (
        "Let me check... Okay, your bill is ₹1,106 this month. It's also your birthday today! 🎂 We've added a 10% discount to your next bill.",
        [
            "Let me check... ",
            "Okay, your bill is ₹1,106 this month. ",
            "It's also your birthday today! 🎂 ",
            "We've added a 10% discount to your next bill.",
        ],
    ),
    # --- ?! ending a Hinglish question ----------------------------------------------------
    (
        "Kya aapne abhi ₹20,000 kisi naye account mein bheje?! Agar nahi, toh turant card block kijiye. Main abhi block kar doon?",
        [
            "Kya aapne abhi ₹20,000 kisi naye account mein bheje?! ",
            "Agar nahi, toh turant card block kijiye. ",
            "Main abhi block kar doon?",
        ],
    ),
    # --- multi-line bullet list without full stops ----------------------------------------
    (
        "Your tour plan for tomorrow:\n• Pickup from the hotel at 5:30\n• Boat ride on the lake at 7\n• Lunch at the hilltop café\nPlease carry a light jacket.",
        [
            "Your tour plan for tomorrow:\n",
            "• Pickup from the hotel at 5:30\n",
            "• Boat ride on the lake at 7\n",
            "• Lunch at the hilltop café\n",
            "Please carry a light jacket.",
        ],
    ),
    # --- one-line list with ")" markers after a colon -------------------------------------
    (
        "To change your card PIN: 1) Open the app and tap Cards. 2) Choose Change PIN. 3) Enter the code sent to your phone. The new PIN works right away.",
        [
            "To change your card PIN: ",
            "1) Open the app and tap Cards. ",
            "2) Choose Change PIN. ",
            "3) Enter the code sent to your phone. ",
            "The new PIN works right away.",
        ],
    ),
    # --- mixed scripts: English and Hindi sentences in one reply --------------------------
    (
        "Your refund has been processed. पैसा तीन दिन में आपके खाते में आ जाएगा। Thank you for your patience!",
        [
            "Your refund has been processed. ",
            "पैसा तीन दिन में आपके खाते में आ जाएगा। ",
            "Thank you for your patience!",
        ],
    ),
    # --- Indic-script short forms ---------------------------------------------------------
    (
        "डॉ. मनीषा त्रिपाठी कल सुबह 10 बजे से मरीज़ देखेंगी। क्लिनिक आपके घर से लगभग 4.5 कि.मी. दूर है। परामर्श शुल्क ₹700 है।",
        [
            "डॉ. मनीषा त्रिपाठी कल सुबह 10 बजे से मरीज़ देखेंगी। ",
            "क्लिनिक आपके घर से लगभग 4.5 कि.मी. दूर है। ",
            "परामर्श शुल्क ₹700 है।",
        ],
    ),
    (
        "चि. आदित्य देशपांडे याची राज्यस्तरीय बुद्धिबळ स्पर्धेसाठी निवड झाली आहे. प्रा. वैशाली गोखले त्याच्या प्रशिक्षक असतील. सराव शिबिर पुढच्या सोमवारपासून सुरू होईल.",
        [
            "चि. आदित्य देशपांडे याची राज्यस्तरीय बुद्धिबळ स्पर्धेसाठी निवड झाली आहे. ",
            "प्रा. वैशाली गोखले त्याच्या प्रशिक्षक असतील. ",
            "सराव शिबिर पुढच्या सोमवारपासून सुरू होईल.",
        ],
    ),
    (
        "ஆம்புலன்ஸ் நாளை மு.ப. 11 மணிக்கு உங்கள் வீட்டுக்கு வரும். மருத்துவமனை அங்கிருந்து 5.8 கி.மீ. தொலைவில் உள்ளது. நோயாளியின் பழைய அறிக்கைகளை எடுத்து வாருங்கள்.",
        [
            "ஆம்புலன்ஸ் நாளை மு.ப. 11 மணிக்கு உங்கள் வீட்டுக்கு வரும். ",
            "மருத்துவமனை அங்கிருந்து 5.8 கி.மீ. தொலைவில் உள்ளது. ",
            "நோயாளியின் பழைய அறிக்கைகளை எடுத்து வாருங்கள்.",
        ],
    ),
    (
        "ಡಾ. ಶ್ರೀನಿವಾಸ ಮೂರ್ತಿ ಅವರು ಗುರುವಾರ ಸಂಜೆ 5 ಗಂಟೆಗೆ ಲಭ್ಯವಿರುತ್ತಾರೆ. ಸಮಾಲೋಚನೆ ಶುಲ್ಕ ರೂ. 480. ದಯವಿಟ್ಟು ಹಳೆಯ ವರದಿಗಳನ್ನು ತನ್ನಿ.",
        [
            "ಡಾ. ಶ್ರೀನಿವಾಸ ಮೂರ್ತಿ ಅವರು ಗುರುವಾರ ಸಂಜೆ 5 ಗಂಟೆಗೆ ಲಭ್ಯವಿರುತ್ತಾರೆ. ",
            "ಸಮಾಲೋಚನೆ ಶುಲ್ಕ ರೂ. 480. ",
            "ದಯವಿಟ್ಟು ಹಳೆಯ ವರದಿಗಳನ್ನು ತನ್ನಿ.",
        ],
    ),
    (
        "আপনার নতুন পাসবই তৈরি হয়েছে। সোমবার থেকে শুক্রবারের মধ্যে শাখা থেকে নিতে পারবেন। বি.দ্র. পাসবই নিতে এলে পরিচয়পত্র সঙ্গে আনবেন।",
        [
            "আপনার নতুন পাসবই তৈরি হয়েছে। ",
            "সোমবার থেকে শুক্রবারের মধ্যে শাখা থেকে নিতে পারবেন। ",
            "বি.দ্র. পাসবই নিতে এলে পরিচয়পত্র সঙ্গে আনবেন।",
        ],
    ),
]
