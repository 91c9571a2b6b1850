"""Held-out cases for the sentence splitter, round 9: written without reading or running it.

Written after reading only tests/azure_tts/splitter_held_out_round8.py and
tests/azure_tts/splitter_held_out_round7.py (for format and conventions); no splitter source,
bench, tuning file, test file, README or git history was opened, nothing was run against the
splitter, and git was not used. No sentence is taken or paraphrased from those two files, no
amount, name, company or place from them is reused, and none of the short forms
(abbreviations) used in them appears here: every short form in this round is new.

About half the cases are everyday replies (banking, telecom, insurance, health, delivery,
travel, government services) in English, Hindi, Hinglish, Marathi, Bengali, Tamil, Telugu,
Gujarati, Kannada and Malayalam; the rest carry the harder cases a bot really produces.

Each case is (text, the chunks a careful human would send to TTS one at a time). The chunks
concatenate exactly to the text; each chunk is a full sentence (or list item / heading line)
and carries the whitespace that follows its sentence end. A chunk is never cut inside an
amount, a decimal, a dotted date, a time, a short form (titles and ranks such as Brig., Hav.,
Rev. Fr.; firms and bodies such as M/s., Co-op., Assn.; offices such as Jt. Commr., Secy.,
Exec. Engr., Div.; months such as Jun., Sept.; legal forms such as Sec., Cr.P.C., Cl., Sch.;
prescription and hospital forms such as Oint., Susp., q.i.d., h.s., Hosp.; address forms such
as Vill., P.O., P.S., Distt., Mkt.; banking forms such as Avl. Bal., Txn., Min. Bal.; units
and counts such as pkts., gms., ltrs., Qty., Pcs.; degrees such as B.Ed., M.A.; railway forms
such as Jn.; Indic forms such as डा., कि.मी., म.प्र., सौ., कै., क्र., ડૉ., રૂ., கி.கி., ரூ.,
மு.ப., డా., రూ., ತಾ., ಜಿ., ഡോ., കി.മീ., কি.মি.), a URL or an e-mail address, and a list
marker stays with its item. A short form that ends a sentence (followed by a new sentence)
does end the chunk.
"""

from __future__ import annotations

HELD_OUT: list[tuple[str, list[str]]] = [
    # --- everyday replies, English --------------------------------------------------------
    (
        "Your broadband connection will be installed on Saturday between 11 and 2. Our technician, Farhan, will call you before he arrives. Is that slot okay for you?",
        [
            "Your broadband connection will be installed on Saturday between 11 and 2. ",
            "Our technician, Farhan, will call you before he arrives. ",
            "Is that slot okay for you?",
        ],
    ),
    (
        "Your grocery order is packed and will reach you in 20 minutes. The delivery partner will collect ₹412 in cash. Would you like to pay by UPI instead?",
        [
            "Your grocery order is packed and will reach you in 20 minutes. ",
            "The delivery partner will collect ₹412 in cash. ",
            "Would you like to pay by UPI instead?",
        ],
    ),
    (
        "Your car insurance expires in 9 days. Renewing now keeps your no-claim bonus of 35%. Shall I share the renewal quote?",
        [
            "Your car insurance expires in 9 days. ",
            "Renewing now keeps your no-claim bonus of 35%. ",
            "Shall I share the renewal quote?",
        ],
    ),
    (
        "Your ration card application has been approved. You can collect the card from your fair price shop after a week. Please carry your Aadhaar card with you.",
        [
            "Your ration card application has been approved. ",
            "You can collect the card from your fair price shop after a week. ",
            "Please carry your Aadhaar card with you.",
        ],
    ),
    (
        "Your claim is under review (it usually takes 3–5 working days). I'll update you by SMS as soon as it's decided.",
        [
            "Your claim is under review (it usually takes 3–5 working days). ",
            "I'll update you by SMS as soon as it's decided.",
        ],
    ),
    # --- everyday replies, Hindi, Hinglish and mixed --------------------------------------
    (
        "आपका बिजली बिल ₹1,876 का है। इसे भरने की आखिरी तारीख 18 जून है। क्या मैं भुगतान का लिंक भेज दूँ?",
        [
            "आपका बिजली बिल ₹1,876 का है। ",
            "इसे भरने की आखिरी तारीख 18 जून है। ",
            "क्या मैं भुगतान का लिंक भेज दूँ?",
        ],
    ),
    (
        "क्या आप अपनी ट्रेन की स्थिति जानना चाहते हैं? अच्छी खबर है, आपकी ट्रेन समय पर है! यह प्लेटफ़ॉर्म 4 पर आएगी।",
        [
            "क्या आप अपनी ट्रेन की स्थिति जानना चाहते हैं? ",
            "अच्छी खबर है, आपकी ट्रेन समय पर है! ",
            "यह प्लेटफ़ॉर्म 4 पर आएगी।",
        ],
    ),
    (
        "आपका बैलेंस ₹312.75 है। क्या आप ₹199 वाला प्लान लेना चाहेंगे? इसमें 28 दिन तक रोज़ 1.5 GB डेटा मिलता है।",
        [
            "आपका बैलेंस ₹312.75 है। ",
            "क्या आप ₹199 वाला प्लान लेना चाहेंगे? ",
            "इसमें 28 दिन तक रोज़ 1.5 GB डेटा मिलता है।",
        ],
    ),
    (
        "Ma'am, aapka claim approve ho gaya hai. Paisa 3 se 5 din mein aapke account mein aa jayega. Aur kuch madad chahiye?",
        [
            "Ma'am, aapka claim approve ho gaya hai. ",
            "Paisa 3 se 5 din mein aapke account mein aa jayega. ",
            "Aur kuch madad chahiye?",
        ],
    ),
    (
        "Aapka number port ho gaya hai! Naya SIM kal subah 6 baje tak active ho jayega. Tab tak purana SIM chalu rakhiye.",
        [
            "Aapka number port ho gaya hai! ",
            "Naya SIM kal subah 6 baje tak active ho jayega. ",
            "Tab tak purana SIM chalu rakhiye.",
        ],
    ),
    (
        "Your KYC is complete. अब आप बिना किसी सीमा के पैसे भेज सकते हैं।",
        ["Your KYC is complete. ", "अब आप बिना किसी सीमा के पैसे भेज सकते हैं।"],
    ),
    (
        "Ek minute... Haan, aapka order mil gaya. Woh kal shaam tak deliver ho jayega.",
        [
            "Ek minute... ",
            "Haan, aapka order mil gaya. ",
            "Woh kal shaam tak deliver ho jayega.",
        ],
    ),
    (
        "Thank you for calling. Aapka din shubh ho",
        ["Thank you for calling. ", "Aapka din shubh ho"],
    ),
    # --- everyday replies, other Indian languages -----------------------------------------
    (
        "तुमचा पासपोर्ट अर्ज मिळाला आहे. पोलीस पडताळणी पुढच्या आठवड्यात होईल. कृपया मूळ कागदपत्रे तयार ठेवा.",
        [
            "तुमचा पासपोर्ट अर्ज मिळाला आहे. ",
            "पोलीस पडताळणी पुढच्या आठवड्यात होईल. ",
            "कृपया मूळ कागदपत्रे तयार ठेवा.",
        ],
    ),
    (
        "আপনার সিম কার্ড চালু হয়ে গেছে। প্রথম রিচার্জে আপনি ২০% ক্যাশব্যাক পাবেন। আর কোনো সাহায্য লাগবে?",
        [
            "আপনার সিম কার্ড চালু হয়ে গেছে। ",
            "প্রথম রিচার্জে আপনি ২০% ক্যাশব্যাক পাবেন। ",
            "আর কোনো সাহায্য লাগবে?",
        ],
    ),
    (
        "உங்கள் சிலிண்டர் முன்பதிவு உறுதி செய்யப்பட்டது. நாளை மாலைக்குள் டெலிவரி செய்யப்படும். ரசீது SMS மூலம் அனுப்பப்படும்.",
        [
            "உங்கள் சிலிண்டர் முன்பதிவு உறுதி செய்யப்பட்டது. ",
            "நாளை மாலைக்குள் டெலிவரி செய்யப்படும். ",
            "ரசீது SMS மூலம் அனுப்பப்படும்.",
        ],
    ),
    (
        "మీ ఫిర్యాదు నమోదు చేయబడింది. మా సిబ్బంది 24 గంటల్లో మీకు కాల్ చేస్తారు. ధన్యవాదాలు!",
        [
            "మీ ఫిర్యాదు నమోదు చేయబడింది. ",
            "మా సిబ్బంది 24 గంటల్లో మీకు కాల్ చేస్తారు. ",
            "ధన్యవాదాలు!",
        ],
    ),
    (
        "మీ కార్డు పోయిందా? నేను వెంటనే దాన్ని బ్లాక్ చేస్తాను! కొత్త కార్డు వారంలో మీ ఇంటికి వస్తుంది.",
        [
            "మీ కార్డు పోయిందా? ",
            "నేను వెంటనే దాన్ని బ్లాక్ చేస్తాను! ",
            "కొత్త కార్డు వారంలో మీ ఇంటికి వస్తుంది.",
        ],
    ),
    (
        "તમારું ગેસ બિલ ભરાઈ ગયું છે. રસીદ તમારા ઈમેલ પર મોકલી દીધી છે. બીજી કોઈ મદદ જોઈએ છે?",
        [
            "તમારું ગેસ બિલ ભરાઈ ગયું છે. ",
            "રસીદ તમારા ઈમેલ પર મોકલી દીધી છે. ",
            "બીજી કોઈ મદદ જોઈએ છે?",
        ],
    ),
    (
        "ನಿಮ್ಮ ಬಸ್ ಟಿಕೆಟ್ ಬುಕ್ ಆಗಿದೆ. ಬಸ್ ರಾತ್ರಿ 9:45ಕ್ಕೆ ಹೊರಡುತ್ತದೆ. ಶುಭ ಪ್ರಯಾಣ!",
        [
            "ನಿಮ್ಮ ಬಸ್ ಟಿಕೆಟ್ ಬುಕ್ ಆಗಿದೆ. ",
            "ಬಸ್ ರಾತ್ರಿ 9:45ಕ್ಕೆ ಹೊರಡುತ್ತದೆ. ",
            "ಶುಭ ಪ್ರಯಾಣ!",
        ],
    ),
    (
        "നിങ്ങളുടെ പോളിസി പുതുക്കിയിട്ടുണ്ട്. പുതിയ പോളിസി രേഖ ഇമെയിലിൽ അയച്ചിട്ടുണ്ട്. മറ്റെന്തെങ്കിലും സഹായം വേണോ?",
        [
            "നിങ്ങളുടെ പോളിസി പുതുക്കിയിട്ടുണ്ട്. ",
            "പുതിയ പോളിസി രേഖ ഇമെയിലിൽ അയച്ചിട്ടുണ്ട്. ",
            "മറ്റെന്തെങ്കിലും സഹായം വേണോ?",
        ],
    ),
    # --- danda, double danda, quotes and a list in Indic text -----------------------------
    (
        "जय माता दी! आपकी ऑनलाइन पूजा सोमवार सुबह 7 बजे होगी॥ प्रसाद डाक से आपके घर भेजा जाएगा। लाइव दर्शन का लिंक SMS पर आएगा॥",
        [
            "जय माता दी! ",
            "आपकी ऑनलाइन पूजा सोमवार सुबह 7 बजे होगी॥ ",
            "प्रसाद डाक से आपके घर भेजा जाएगा। ",
            "लाइव दर्शन का लिंक SMS पर आएगा॥",
        ],
    ),
    (
        "ডেলিভারি এজেন্ট বলেছেন, “আমি দশ মিনিটের মধ্যে পৌঁছে যাব।” আপনি কি তাঁকে ফোন করতে চান?",
        [
            "ডেলিভারি এজেন্ট বলেছেন, “আমি দশ মিনিটের মধ্যে পৌঁছে যাব।” ",
            "আপনি কি তাঁকে ফোন করতে চান?",
        ],
    ),
    (
        "आपके आवेदन की स्थिति:\n1. दस्तावेज़ों की जाँच पूरी हो गई है।\n2. फ़ील्ड सत्यापन अभी बाकी है।\n3. मंज़ूरी के बाद आपको SMS मिलेगा।",
        [
            "आपके आवेदन की स्थिति:\n",
            "1. दस्तावेज़ों की जाँच पूरी हो गई है।\n",
            "2. फ़ील्ड सत्यापन अभी बाकी है।\n",
            "3. मंज़ूरी के बाद आपको SMS मिलेगा।",
        ],
    ),
    # --- titles and ranks -----------------------------------------------------------------
    (
        "Your ECHS card renewal has been signed by Brig. Harinder Sodhi. Hav. Balwant Rana from the record office will hand it over to you on Monday.",
        [
            "Your ECHS card renewal has been signed by Brig. Harinder Sodhi. ",
            "Hav. Balwant Rana from the record office will hand it over to you on Monday.",
        ],
    ),
    (
        "Your school leaving certificate was signed by Rev. Fr. Anthony Fernandes. Please bring the original to the office counter for attestation.",
        [
            "Your school leaving certificate was signed by Rev. Fr. Anthony Fernandes. ",
            "Please bring the original to the office counter for attestation.",
        ],
    ),
    # --- firms, bodies and offices --------------------------------------------------------
    (
        "The seller for this order is M/s. Lakshmi Traders, Erode. They'll ship the replacement by Tuesday.",
        [
            "The seller for this order is M/s. Lakshmi Traders, Erode. ",
            "They'll ship the replacement by Tuesday.",
        ],
    ),
    (
        "The water-tank cleaning drive is organised by the Residents' Welfare Assn. It will start at 8 on Sunday morning.",
        [
            "The water-tank cleaning drive is organised by the Residents' Welfare Assn. ",
            "It will start at 8 on Sunday morning.",
        ],
    ),
    (
        "Aapka locker Swarna Co-op. Bank ki Sahakar Nagar branch mein hai. Iska saalana kiraya ₹2,950 hai, jo agle mahine due hai.",
        [
            "Aapka locker Swarna Co-op. Bank ki Sahakar Nagar branch mein hai. ",
            "Iska saalana kiraya ₹2,950 hai, jo agle mahine due hai.",
        ],
    ),
    (
        "Your appeal has been forwarded to the Jt. Commr. of Commercial Taxes. The Secy. of the appeals board will fix a hearing date. You'll get the notice by post.",
        [
            "Your appeal has been forwarded to the Jt. Commr. of Commercial Taxes. ",
            "The Secy. of the appeals board will fix a hearing date. ",
            "You'll get the notice by post.",
        ],
    ),
    (
        "The pothole complaint is now with the Exec. Engr. of the East Div. He'll send a team to inspect the road within a week.",
        [
            "The pothole complaint is now with the Exec. Engr. of the East Div. ",
            "He'll send a team to inspect the road within a week.",
        ],
    ),
    # --- months, legal forms --------------------------------------------------------------
    (
        "Your policy lapsed on 30 Jun. You can revive it by paying the pending premiums with interest. The revival window closes on 29 Sept. 2027.",
        [
            "Your policy lapsed on 30 Jun. ",
            "You can revive it by paying the pending premiums with interest. ",
            "The revival window closes on 29 Sept. 2027.",
        ],
    ),
    (
        "You have been served a notice under Sec. 41A Cr.P.C. Please appear at the police station on the date given in it.",
        [
            "You have been served a notice under Sec. 41A Cr.P.C. ",
            "Please appear at the police station on the date given in it.",
        ],
    ),
    (
        "As per Cl. 7.2 of your loan agreement, prepayment is free after 12 EMIs. The charges for earlier prepayment are listed in Sch. II of the agreement.",
        [
            "As per Cl. 7.2 of your loan agreement, prepayment is free after 12 EMIs. ",
            "The charges for earlier prepayment are listed in Sch. II of the agreement.",
        ],
    ),
    # --- prescriptions and hospitals ------------------------------------------------------
    (
        "Apply Oint. Mupirocin on the wound q.i.d. for five days. Susp. Cefixime 5 ml is to be given h.s. Please bring the child to the OPD at Sanjeevani Hosp. next Monday.",
        [
            "Apply Oint. Mupirocin on the wound q.i.d. for five days. ",
            "Susp. Cefixime 5 ml is to be given h.s. ",
            "Please bring the child to the OPD at Sanjeevani Hosp. next Monday.",
        ],
    ),
    # --- addresses ------------------------------------------------------------------------
    (
        "Your address on record is House 17, Vill. Kalyanpur, P.O. Barh, P.S. Athmalgola, Distt. Patna. Shall we send the card here?",
        [
            "Your address on record is House 17, Vill. Kalyanpur, P.O. Barh, P.S. Athmalgola, Distt. Patna. ",
            "Shall we send the card here?",
        ],
    ),
    (
        "Please collect the parcel from our pickup point at Gandhi Mkt. (It's behind the main bus stand.) Carry any photo ID with you.",
        [
            "Please collect the parcel from our pickup point at Gandhi Mkt. ",
            "(It's behind the main bus stand.) ",
            "Carry any photo ID with you.",
        ],
    ),
    (
        "This train terminates at Ernakulam Jn. Passengers for Alappuzha will need to change there.",
        [
            "This train terminates at Ernakulam Jn. ",
            "Passengers for Alappuzha will need to change there.",
        ],
    ),
    # --- banking, units, counts and degrees -----------------------------------------------
    (
        "Your Avl. Bal. is ₹14,608.35 after the last Txn. of ₹990. The Min. Bal. for this account is ₹2,000.",
        [
            "Your Avl. Bal. is ₹14,608.35 after the last Txn. of ₹990. ",
            "The Min. Bal. for this account is ₹2,000.",
        ],
    ),
    (
        "Your order has 2 pkts. of poha and 500 gms. of ghee. The oil tin holds 15 ltrs. It will come in a separate box.",
        [
            "Your order has 2 pkts. of poha and 500 gms. of ghee. ",
            "The oil tin holds 15 ltrs. ",
            "It will come in a separate box.",
        ],
    ),
    (
        "Order summary:\nItem: LED bulb, 9 W\nQty.: 4 Pcs.\nTotal: ₹596\n\nShall I place the order?",
        [
            "Order summary:\n",
            "Item: LED bulb, 9 W\n",
            "Qty.: 4 Pcs.\n",
            "Total: ₹596\n\n",
            "Shall I place the order?",
        ],
    ),
    (
        "Your application lists your qualification as B.Ed. Please upload your M.A. marksheet as well.",
        [
            "Your application lists your qualification as B.Ed. ",
            "Please upload your M.A. marksheet as well.",
        ],
    ),
    # --- Indic short forms ----------------------------------------------------------------
    (
        "आपकी अपॉइंटमेंट डा. विनीता सक्सेना के साथ कल सुबह 11 बजे है। क्लिनिक यहाँ से लगभग 3.5 कि.मी. दूर है। क्या मैं लोकेशन भेज दूँ?",
        [
            "आपकी अपॉइंटमेंट डा. विनीता सक्सेना के साथ कल सुबह 11 बजे है। ",
            "क्लिनिक यहाँ से लगभग 3.5 कि.मी. दूर है। ",
            "क्या मैं लोकेशन भेज दूँ?",
        ],
    ),
    (
        "बीज का पार्सल इस पते पर जाएगा: किसान सेवा केंद्र, बुधनी, म.प्र. डिलीवरी में लगभग पाँच दिन लगेंगे।",
        [
            "बीज का पार्सल इस पते पर जाएगा: किसान सेवा केंद्र, बुधनी, म.प्र. ",
            "डिलीवरी में लगभग पाँच दिन लगेंगे।",
        ],
    ),
    (
        "सौ. सुनीता कुलकर्णी यांच्या नावाने कै. दत्तात्रय कुलकर्णी यांच्या पॉलिसीचा दावा मंजूर झाला आहे. दावा क्र. 58213 आहे. रक्कम पाच दिवसांत खात्यात जमा होईल.",
        [
            "सौ. सुनीता कुलकर्णी यांच्या नावाने कै. दत्तात्रय कुलकर्णी यांच्या पॉलिसीचा दावा मंजूर झाला आहे. ",
            "दावा क्र. 58213 आहे. ",
            "रक्कम पाच दिवसांत खात्यात जमा होईल.",
        ],
    ),
    (
        "તમારી એપોઇન્ટમેન્ટ ડૉ. હેતલ પરીખ સાથે કાલે સવારે 10:30 વાગ્યે છે. કન્સલ્ટેશન ફી રૂ. 500 છે. કૃપા કરીને જૂના રિપોર્ટ સાથે લાવજો.",
        [
            "તમારી એપોઇન્ટમેન્ટ ડૉ. હેતલ પરીખ સાથે કાલે સવારે 10:30 વાગ્યે છે. ",
            "કન્સલ્ટેશન ફી રૂ. 500 છે. ",
            "કૃપા કરીને જૂના રિપોર્ટ સાથે લાવજો.",
        ],
    ),
    (
        "உங்கள் பார்சல் எடை 3 கி.கி. ஆகும். டெலிவரி கட்டணம் ரூ. 60 மட்டுமே. நாளை மு.ப. 11 மணிக்குள் வந்து சேரும்.",
        [
            "உங்கள் பார்சல் எடை 3 கி.கி. ஆகும். ",
            "டெலிவரி கட்டணம் ரூ. 60 மட்டுமே. ",
            "நாளை மு.ப. 11 மணிக்குள் வந்து சேரும்.",
        ],
    ),
    (
        "డా. వెంకట లక్ష్మి గారితో మీ అపాయింట్‌మెంట్ రేపు సాయంత్రం 6 గంటలకు ఖరారైంది. కన్సల్టేషన్ ఫీజు రూ. 400. దయచేసి 10 నిమిషాలు ముందుగా రండి.",
        [
            "డా. వెంకట లక్ష్మి గారితో మీ అపాయింట్‌మెంట్ రేపు సాయంత్రం 6 గంటలకు ఖరారైంది. ",
            "కన్సల్టేషన్ ఫీజు రూ. 400. ",
            "దయచేసి 10 నిమిషాలు ముందుగా రండి.",
        ],
    ),
    (
        "ನಿಮ್ಮ ಪಡಿತರ ಚೀಟಿಯ ವಿಳಾಸ: ಹೊಸಹಳ್ಳಿ ಗ್ರಾಮ, ಮಾಗಡಿ ತಾ., ರಾಮನಗರ ಜಿ. ಇದು ಸರಿಯೇ?",
        [
            "ನಿಮ್ಮ ಪಡಿತರ ಚೀಟಿಯ ವಿಳಾಸ: ಹೊಸಹಳ್ಳಿ ಗ್ರಾಮ, ಮಾಗಡಿ ತಾ., ರಾಮನಗರ ಜಿ. ",
            "ಇದು ಸರಿಯೇ?",
        ],
    ),
    (
        "ഡോ. രാജീവ് പിള്ള നാളെ രാവിലെ 10 മണിക്ക് നിങ്ങളെ കാണും. ആശുപത്രി ഇവിടെ നിന്ന് 2 കി.മീ. അകലെയാണ്. സമയത്തിന് എത്താൻ ശ്രദ്ധിക്കുക.",
        [
            "ഡോ. രാജീവ് പിള്ള നാളെ രാവിലെ 10 മണിക്ക് നിങ്ങളെ കാണും. ",
            "ആശുപത്രി ഇവിടെ നിന്ന് 2 കി.മീ. അകലെയാണ്. ",
            "സമയത്തിന് എത്താൻ ശ്രദ്ധിക്കുക.",
        ],
    ),
    (
        "নিকটতম পরীক্ষা কেন্দ্রটি আপনার বাড়ি থেকে ৪.৫ কি.মি. দূরে। সকাল ৯টার মধ্যে পৌঁছে যাবেন। শুভকামনা!",
        [
            "নিকটতম পরীক্ষা কেন্দ্রটি আপনার বাড়ি থেকে ৪.৫ কি.মি. দূরে। ",
            "সকাল ৯টার মধ্যে পৌঁছে যাবেন। ",
            "শুভকামনা!",
        ],
    ),
    # --- dotted dates, decimal times, amounts with /- -------------------------------------
    (
        "Your child's vaccination is due on 07.09.2026. The camp runs from 9.30 to 1.30 at the primary health centre. Please carry the vaccination card.",
        [
            "Your child's vaccination is due on 07.09.2026. ",
            "The camp runs from 9.30 to 1.30 at the primary health centre. ",
            "Please carry the vaccination card.",
        ],
    ),
    (
        "The fee for a duplicate certificate is ₹250/-. Please pay it at counter 3 and keep the receipt.",
        [
            "The fee for a duplicate certificate is ₹250/-. ",
            "Please pay it at counter 3 and keep the receipt.",
        ],
    ),
    # --- quotes, URLs, e-mails, lettered list ---------------------------------------------
    (
        'The delivery partner left a note: "Reached your gate, please come down." Shall I call him for you?',
        [
            'The delivery partner left a note: "Reached your gate, please come down." ',
            "Shall I call him for you?",
        ],
    ),
    (
        "You can also pay the bill online (www.bijlipay-example.in). For a duplicate bill, write to bills.north@bijlipay-example.in.",
        [
            "You can also pay the bill online (www.bijlipay-example.in). ",
            "For a duplicate bill, write to bills.north@bijlipay-example.in.",
        ],
    ),
    (
        "Status check karne ke liye https://status.pension-example.gov.in/track?id=PN58831 kholiye. Wahan apna PPO number daaliye.",
        [
            "Status check karne ke liye https://status.pension-example.gov.in/track?id=PN58831 kholiye. ",
            "Wahan apna PPO number daaliye.",
        ],
    ),
    (
        "To change your nominee:\na) Log in to the app\nb) Open Profile and tap Nominee\nc) Upload the new nominee's ID proof\nThe change takes effect in 2 working days.",
        [
            "To change your nominee:\n",
            "a) Log in to the app\n",
            "b) Open Profile and tap Nominee\n",
            "c) Upload the new nominee's ID proof\n",
            "The change takes effect in 2 working days.",
        ],
    ),
]
