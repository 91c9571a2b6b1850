"""Held-out cases for the sentence splitter, round 6: written without reading or running it.

Written after reading only tests/azure_tts/splitter_held_out_round5.py and
tests/azure_tts/splitter_held_out_round4.py (for format and conventions); no splitter source,
bench, tuning file, test file, README or git history was opened, and nothing was run against
the splitter. No sentence is taken or paraphrased from those two files, and no amount,
multi-digit number, name or company from them is reused.

Each case is (text, the chunks a careful human would send to TTS one at a time). The chunks
concatenate exactly to the text; each chunk is a full sentence (or list item / heading line)
and carries the whitespace that follows its sentence end. A chunk is never cut inside an
amount, a decimal, a time, an abbreviation (Rs., Dr., Mr., Ms., Pvt., Ltd., Co., No., Ref.,
e.g., i.e., etc., vs., approx., a.m./p.m., रु., डॉ.), a URL or an e-mail address, and a
numbered-list marker stays with its item. An abbreviation that ends a sentence (followed by
a new sentence) does end the chunk.
"""

from __future__ import annotations

HELD_OUT: list[tuple[str, list[str]]] = [
    # --- everyday bot replies -------------------------------------------------------------
    (
        "Your broadband bill of ₹1,062.82 is due on 19 May. Shall I send you the UPI link?",
        ["Your broadband bill of ₹1,062.82 is due on 19 May. ", "Shall I send you the UPI link?"],
    ),
    (
        "Your biryani order is out for delivery! The rider, Imran, should reach you in about 16 minutes. Would you like his number?",
        [
            "Your biryani order is out for delivery! ",
            "The rider, Imran, should reach you in about 16 minutes. ",
            "Would you like his number?",
        ],
    ),
    (
        "The interest on your personal loan is 13.75% a year. Your EMI for 48 months comes to ₹8,951. Do you want to see a shorter tenure?",
        [
            "The interest on your personal loan is 13.75% a year. ",
            "Your EMI for 48 months comes to ₹8,951. ",
            "Do you want to see a shorter tenure?",
        ],
    ),
    (
        "I've raised a ticket for the slow internet. Our engineer will visit between noon and 2 tomorrow. Will someone be at home then?",
        [
            "I've raised a ticket for the slow internet. ",
            "Our engineer will visit between noon and 2 tomorrow. ",
            "Will someone be at home then?",
        ],
    ),
    (
        "Your car insurance renewal premium is ₹7,384.60. That's 4% lower than last year, thanks to your no-claim bonus!",
        [
            "Your car insurance renewal premium is ₹7,384.60. ",
            "That's 4% lower than last year, thanks to your no-claim bonus!",
        ],
    ),
    (
        "Could you tell me your eleven-digit consumer number? It's printed at the top of your electricity bill.",
        [
            "Could you tell me your eleven-digit consumer number? ",
            "It's printed at the top of your electricity bill.",
        ],
    ),
    (
        "Your appointment with the dermatologist is on Thursday at 10:20. Please reach the clinic a little early. Do you need directions?",
        [
            "Your appointment with the dermatologist is on Thursday at 10:20. ",
            "Please reach the clinic a little early. ",
            "Do you need directions?",
        ],
    ),
    (
        "Great news! Your scholarship of ₹38,500 has been sanctioned. It will be paid in two instalments.",
        [
            "Great news! ",
            "Your scholarship of ₹38,500 has been sanctioned. ",
            "It will be paid in two instalments.",
        ],
    ),
    (
        "Your SIP of ₹2,500 goes out on the 8th of every month. The next one is this Saturday. Want me to pause it?",
        [
            "Your SIP of ₹2,500 goes out on the 8th of every month. ",
            "The next one is this Saturday. ",
            "Want me to pause it?",
        ],
    ),
    (
        "Your homestay in Munnar is booked for two nights. Check-in starts at 1 in the afternoon. Have a lovely trip!",
        [
            "Your homestay in Munnar is booked for two nights. ",
            "Check-in starts at 1 in the afternoon. ",
            "Have a lovely trip!",
        ],
    ),
    (
        "Your loan account shows an overdue of ₹11,294. Paying it by Friday avoids a penalty of ₹750. Shall I share the payment link?",
        [
            "Your loan account shows an overdue of ₹11,294. ",
            "Paying it by Friday avoids a penalty of ₹750. ",
            "Shall I share the payment link?",
        ],
    ),
    (
        "Please call our helpline at 1800-266-0347 for a replacement. It's toll-free and open round the clock.",
        [
            "Please call our helpline at 1800-266-0347 for a replacement. ",
            "It's toll-free and open round the clock.",
        ],
    ),
    (
        "You've used 46.7 GB this month. There's 53.3 GB left before the speed is reduced.",
        ["You've used 46.7 GB this month. ", "There's 53.3 GB left before the speed is reduced."],
    ),
    (
        "Your e-visa application was submitted on 09.11.2025. A decision usually comes within 72 hours. Shall I remind you to check?",
        [
            "Your e-visa application was submitted on 09.11.2025. ",
            "A decision usually comes within 72 hours. ",
            "Shall I remind you to check?",
        ],
    ),
    (
        "आपका ऑर्डर कल शाम तक पहुँच जाएगा! क्या आप डिलीवरी का समय बदलना चाहेंगे? मैं इसमें आपकी मदद कर सकती हूँ।",
        [
            "आपका ऑर्डर कल शाम तक पहुँच जाएगा! ",
            "क्या आप डिलीवरी का समय बदलना चाहेंगे? ",
            "मैं इसमें आपकी मदद कर सकती हूँ।",
        ],
    ),
    (
        "आपके क्रेडिट कार्ड का बकाया ₹9,842.35 है। न्यूनतम देय राशि ₹493 है।",
        ["आपके क्रेडिट कार्ड का बकाया ₹9,842.35 है। ", "न्यूनतम देय राशि ₹493 है।"],
    ),
    (
        "Madam, aapka refund process ho gaya hai. Paise 4 din mein account mein aa jayenge. Kya main aur kuch madad karun?",
        [
            "Madam, aapka refund process ho gaya hai. ",
            "Paise 4 din mein account mein aa jayenge. ",
            "Kya main aur kuch madad karun?",
        ],
    ),
    (
        "आपका KYC pending है। कृपया आज ही PAN upload कर दीजिए, वरना account freeze हो सकता है।",
        [
            "आपका KYC pending है। ",
            "कृपया आज ही PAN upload कर दीजिए, वरना account freeze हो सकता है।",
        ],
    ),
    (
        "तुमचे वीज बिल 1,740 रुपये आहे. शेवटची तारीख 24 मे आहे. मी पेमेंट लिंक पाठवू का?",
        [
            "तुमचे वीज बिल 1,740 रुपये आहे. ",
            "शेवटची तारीख 24 मे आहे. ",
            "मी पेमेंट लिंक पाठवू का?",
        ],
    ),
    (
        "नमस्कार! तुमची गॅस सिलेंडर नोंदणी यशस्वी झाली आहे. सिलेंडर तीन दिवसांत पोहोचेल.",
        [
            "नमस्कार! ",
            "तुमची गॅस सिलेंडर नोंदणी यशस्वी झाली आहे. ",
            "सिलेंडर तीन दिवसांत पोहोचेल.",
        ],
    ),
    # --- sentence ends in a number, next one starts with a number --------------------------
    (
        "Your complaint number is 58213. 2 engineers have been assigned to your area.",
        ["Your complaint number is 58213. ", "2 engineers have been assigned to your area."],
    ),
    # --- sentence ends in a time or a date ------------------------------------------------
    (
        "Your teleconsultation is at 4:45 p.m. Dr. Farah Siddiqui will call you from a verified number.",
        [
            "Your teleconsultation is at 4:45 p.m. ",
            "Dr. Farah Siddiqui will call you from a verified number.",
        ],
    ),
    (
        "Your vaccination slot is at 8:15 a.m. कृपया दस मिनट पहले पहुँचें।",
        ["Your vaccination slot is at 8:15 a.m. ", "कृपया दस मिनट पहले पहुँचें।"],
    ),
    (
        "The exam fee must be paid by 29 Sept. 120 seats are still open at the Kota centre.",
        ["The exam fee must be paid by 29 Sept. ", "120 seats are still open at the Kota centre."],
    ),
    # --- sentence ends in a URL, e-mail, emoji, bracket or quote --------------------------
    (
        "All the new fares are listed at https://www.railyatra-example.in/fares/. 3AC fares went up by ₹45 last month.",
        [
            "All the new fares are listed at https://www.railyatra-example.in/fares/. ",
            "3AC fares went up by ₹45 last month.",
        ],
    ),
    (
        'Please send the signed form to nach.support@koshbank-example.in. "Mandate Form" should be the subject line.',
        [
            "Please send the signed form to nach.support@koshbank-example.in. ",
            '"Mandate Form" should be the subject line.',
        ],
    ),
    (
        "Your order is confirmed 🎉. It will reach you by Wednesday evening.",
        ["Your order is confirmed 🎉. ", "It will reach you by Wednesday evening."],
    ),
    (
        "Your boarding pass is ready. Have a safe flight! ✈️",
        ["Your boarding pass is ready. ", "Have a safe flight! ✈️"],
    ),
    (
        "There's a small convenience fee (₹11.80). Shall I go ahead with the payment?",
        ["There's a small convenience fee (₹11.80). ", "Shall I go ahead with the payment?"],
    ),
    (
        "You've moved to the annual plan. (That saves you ₹1,188 a year!) The change applies from your next bill.",
        [
            "You've moved to the annual plan. ",
            "(That saves you ₹1,188 a year!) ",
            "The change applies from your next bill.",
        ],
    ),
    # --- addresses and places: abbreviations mid-sentence and at a sentence end -----------
    (
        "Our branch is at Bldg. No. 7, 2nd Flr., Opp. Jubilee Park, Nr. Rly. Station, Jamshedpur. It opens at 9.45 a.m.",
        [
            "Our branch is at Bldg. No. 7, 2nd Flr., Opp. Jubilee Park, Nr. Rly. Station, Jamshedpur. ",
            "It opens at 9.45 a.m.",
        ],
    ),
    (
        "The card will be posted to Vill. Baraura, P.O. Madhopur, Teh. Sadar, Dist. Darbhanga. Delivery usually takes 6 to 9 days.",
        [
            "The card will be posted to Vill. Baraura, P.O. Madhopur, Teh. Sadar, Dist. Darbhanga. ",
            "Delivery usually takes 6 to 9 days.",
        ],
    ),
    (
        "You can collect the parcel from the Kothrud Head P.O. It stays open till 5 in the evening.",
        [
            "You can collect the parcel from the Kothrud Head P.O. ",
            "It stays open till 5 in the evening.",
        ],
    ),
    (
        'The lounge is on the 3rd Flr. "Sky Deck" is written above the entrance.',
        ["The lounge is on the 3rd Flr. ", '"Sky Deck" is written above the entrance.'],
    ),
    # --- institutions and firms ending a sentence -----------------------------------------
    (
        "Your cashless request was raised by Sahyadri Ortho Hosp. Dr. Varsha Kale has signed the estimate.",
        [
            "Your cashless request was raised by Sahyadri Ortho Hosp. ",
            "Dr. Varsha Kale has signed the estimate.",
        ],
    ),
    (
        "The invoice was raised by M/s. Skyway Travels Intl. 18% GST has been added to the base fare.",
        [
            "The invoice was raised by M/s. Skyway Travels Intl. ",
            "18% GST has been added to the base fare.",
        ],
    ),
    (
        "Your refund has been sent by Kalpataru Retail Pvt. Ltd. यह आपके खाते में तीन दिन में दिखेगा।",
        [
            "Your refund has been sent by Kalpataru Retail Pvt. Ltd. ",
            "यह आपके खाते में तीन दिन में दिखेगा।",
        ],
    ),
    # --- legal, contact and statement abbreviations ---------------------------------------
    (
        "This premium qualifies under Sec. 80D of the Income Tax Act. As per Cl. 5.3 of your policy, the tax receipt is sent every April.",
        [
            "This premium qualifies under Sec. 80D of the Income Tax Act. ",
            "As per Cl. 5.3 of your policy, the tax receipt is sent every April.",
        ],
    ),
    (
        "You can reach the branch on Tel. 0484-2356718, Ext. 231. For urgent issues, call the manager on Mob. 94470 63125.",
        [
            "You can reach the branch on Tel. 0484-2356718, Ext. 231. ",
            "For urgent issues, call the manager on Mob. 94470 63125.",
        ],
    ),
    (
        "Your last three entries are ₹1,275.00 Dr. on 16 Oct., ₹40,000.00 Cr. on 18 Oct. and ₹318.50 Dr. on 23 Oct. Avl. Bal. is ₹52,904.16 Cr. Would you like the full statement?",
        [
            "Your last three entries are ₹1,275.00 Dr. on 16 Oct., ₹40,000.00 Cr. on 18 Oct. and ₹318.50 Dr. on 23 Oct. ",
            "Avl. Bal. is ₹52,904.16 Cr. ",
            "Would you like the full statement?",
        ],
    ),
    (
        "The last entry is ₹3,460.00 Dr. Is this the one you're asking about?",
        ["The last entry is ₹3,460.00 Dr. ", "Is this the one you're asking about?"],
    ),
    # --- initials and dotted acronyms -----------------------------------------------------
    (
        "The loan is in the name of S. V. Iyengar, and the guarantor is Dr. R.K. Pillai. Shall I read out the sanction terms?",
        [
            "The loan is in the name of S. V. Iyengar, and the guarantor is Dr. R.K. Pillai. ",
            "Shall I read out the sanction terms?",
        ],
    ),
    (
        "The wallet needs a fresh K.Y.C. 2 documents are enough for this.",
        ["The wallet needs a fresh K.Y.C. ", "2 documents are enough for this."],
    ),
    # --- "!!", "??" and a reply with no closing full stop ---------------------------------
    (
        "Thank you so much!! Your 5-star rating made our day.",
        ["Thank you so much!! ", "Your 5-star rating made our day."],
    ),
    (
        "Wait, you were charged ₹1,640 twice?? Let me look into that right away.",
        ["Wait, you were charged ₹1,640 twice?? ", "Let me look into that right away."],
    ),
    (
        "Sure, let me pull up your last three orders",
        ["Sure, let me pull up your last three orders"],
    ),
    # --- multi-line replies ---------------------------------------------------------------
    (
        "Documents for your education loan:\n\n• Admission letter from the college\n• Fee structure for all years.\n• Co-applicant's income proof\n\nYou can upload them one by one.",
        [
            "Documents for your education loan:\n\n",
            "• Admission letter from the college\n",
            "• Fee structure for all years.\n",
            "• Co-applicant's income proof\n\n",
            "You can upload them one by one.",
        ],
    ),
    (
        "Before the scan:\n- Don't eat for 6 hours. Water is fine.\n- Wear loose clothes\n",
        [
            "Before the scan:\n",
            "- Don't eat for 6 hours. ",
            "Water is fine.\n",
            "- Wear loose clothes\n",
        ],
    ),
    (
        "Order summary:\nItem: Steel water bottle, Qty. 2\nAmt. payable: ₹1,138\nTxn. status: Pending\n\nI'll update you once it clears.",
        [
            "Order summary:\n",
            "Item: Steel water bottle, Qty. 2\n",
            "Amt. payable: ₹1,138\n",
            "Txn. status: Pending\n\n",
            "I'll update you once it clears.",
        ],
    ),
    # --- Hindi with abbreviations, and Hindi after a URL ------------------------------------
    (
        "आपका आवेदन सं. 40517 स्वीकार हो गया है। नियमों की पूरी जानकारी पुस्तिका के पृ. 37 पर है। क्या आपको इसकी कॉपी चाहिए?",
        [
            "आपका आवेदन सं. 40517 स्वीकार हो गया है। ",
            "नियमों की पूरी जानकारी पुस्तिका के पृ. 37 पर है। ",
            "क्या आपको इसकी कॉपी चाहिए?",
        ],
    ),
    (
        "जी हाँ! यह पेंशन योजना 2004 ई. से लागू है। क्या आप उससे पहले नौकरी में आए थे?",
        ["जी हाँ! ", "यह पेंशन योजना 2004 ई. से लागू है। ", "क्या आप उससे पहले नौकरी में आए थे?"],
    ),
    (
        "Aapka form yahan milega: https://seva-example.gov.in/forms/income. इसे भरकर तहसील कार्यालय में जमा करें।",
        [
            "Aapka form yahan milega: https://seva-example.gov.in/forms/income. ",
            "इसे भरकर तहसील कार्यालय में जमा करें।",
        ],
    ),
    # --- Marathi (sentences end with ".") -------------------------------------------------
    (
        "तुमचे बिल तयार आहे. एकूण देय रक्कम: ₹2,315.50. पेमेंट लिंक पाठवू का?",
        ["तुमचे बिल तयार आहे. ", "एकूण देय रक्कम: ₹2,315.50. ", "पेमेंट लिंक पाठवू का?"],
    ),
    (
        "सौ. माधुरी जाधव यांच्या नावाने खाते क्र. 2219 उघडले आहे. खात्यातील शिल्लक ₹6,083.70 आहे.",
        [
            "सौ. माधुरी जाधव यांच्या नावाने खाते क्र. 2219 उघडले आहे. ",
            "खात्यातील शिल्लक ₹6,083.70 आहे.",
        ],
    ),
]
