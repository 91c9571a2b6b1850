"""Held-out cases for the sentence splitter, round 7: written without reading or running it.

Written after reading only tests/azure_tts/splitter_held_out_round6.py and
tests/azure_tts/splitter_held_out_round5.py (for format and conventions); no splitter source,
bench, tuning file, test file, README or git history was opened, and nothing was run against
the splitter. No sentence is taken or paraphrased from those two files, and no amount,
multi-digit number, name, company or place from them is reused.

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
        "Your mobile bill of ₹799.00 has been paid. The receipt is on its way to your registered e-mail. Anything else I can help with?",
        [
            "Your mobile bill of ₹799.00 has been paid. ",
            "The receipt is on its way to your registered e-mail. ",
            "Anything else I can help with?",
        ],
    ),
    (
        "Your paneer pizza will arrive in about 25 minutes! Would you like to add a brownie for ₹119?",
        [
            "Your paneer pizza will arrive in about 25 minutes! ",
            "Would you like to add a brownie for ₹119?",
        ],
    ),
    (
        "The processing fee on this loan is 1.5% plus GST. For ₹3,20,000, that works out to ₹5,664. Shall I continue with the application?",
        [
            "The processing fee on this loan is 1.5% plus GST. ",
            "For ₹3,20,000, that works out to ₹5,664. ",
            "Shall I continue with the application?",
        ],
    ),
    (
        "Your flight to Guwahati leaves at 06:40 on 14 March. Web check-in is already open. Shall I do it for you?",
        [
            "Your flight to Guwahati leaves at 06:40 on 14 March. ",
            "Web check-in is already open. ",
            "Shall I do it for you?",
        ],
    ),
    (
        "You can reach our support team at 080-4719-3362. We're available from 8 in the morning to 10 at night.",
        [
            "You can reach our support team at 080-4719-3362. ",
            "We're available from 8 in the morning to 10 at night.",
        ],
    ),
    (
        "I've sent the reset link to your e-mail. It's valid for 15 minutes. Did you get it?",
        [
            "I've sent the reset link to your e-mail. ",
            "It's valid for 15 minutes. ",
            "Did you get it?",
        ],
    ),
    (
        "Your policy covers hospitalisation up to ₹5,00,000. Room rent is capped at 1% of the sum insured per day. Do you want to know about the waiting periods?",
        [
            "Your policy covers hospitalisation up to ₹5,00,000. ",
            "Room rent is capped at 1% of the sum insured per day. ",
            "Do you want to know about the waiting periods?",
        ],
    ),
    (
        "Hello! I'm Meera from Trivani Bank. How can I help you today?",
        ["Hello! ", "I'm Meera from Trivani Bank. ", "How can I help you today?"],
    ),
    (
        "Your order ZK40913 was delivered at 3:12 this afternoon. Was everything okay with it?",
        [
            "Your order ZK40913 was delivered at 3:12 this afternoon. ",
            "Was everything okay with it?",
        ],
    ),
    (
        "Your refund of ₹1,249.50 will reach your card within 5 to 7 working days. You'll get an SMS once it's done.",
        [
            "Your refund of ₹1,249.50 will reach your card within 5 to 7 working days. ",
            "You'll get an SMS once it's done.",
        ],
    ),
    (
        "Sorry, I didn't catch that. Could you repeat your date of birth, please?",
        ["Sorry, I didn't catch that. ", "Could you repeat your date of birth, please?"],
    ),
    (
        "Your prepaid balance is ₹36.40. Would you like to recharge with the ₹349 plan? It gives you 2 GB a day for 30 days.",
        [
            "Your prepaid balance is ₹36.40. ",
            "Would you like to recharge with the ₹349 plan? ",
            "It gives you 2 GB a day for 30 days.",
        ],
    ),
    (
        "Your ticket from Bhopal to Nagpur for 03/03/2026 is confirmed. Coach B3, berth 41. Happy journey!",
        [
            "Your ticket from Bhopal to Nagpur for 03/03/2026 is confirmed. ",
            "Coach B3, berth 41. ",
            "Happy journey!",
        ],
    ),
    (
        "Your gym membership renewal is ₹9,999 for a year. That's ₹833.25 a month. Shall I lock in this price?",
        [
            "Your gym membership renewal is ₹9,999 for a year. ",
            "That's ₹833.25 a month. ",
            "Shall I lock in this price?",
        ],
    ),
    (
        "You can download the fee receipt from www.gyandeep-example.edu.in after logging in. For any problem, write to accounts@gyandeep-example.edu.in and we'll reply within a day.",
        [
            "You can download the fee receipt from www.gyandeep-example.edu.in after logging in. ",
            "For any problem, write to accounts@gyandeep-example.edu.in and we'll reply within a day.",
        ],
    ),
    (
        "Your power supply will be restored by 4:10 p.m. today. Sorry for the trouble! Is there anything else?",
        [
            "Your power supply will be restored by 4:10 p.m. today. ",
            "Sorry for the trouble! ",
            "Is there anything else?",
        ],
    ),
    (
        "आपका रिचार्ज सफल रहा! आपके प्लान की वैधता 56 दिन है। क्या मैं कुछ और मदद करूँ?",
        [
            "आपका रिचार्ज सफल रहा! ",
            "आपके प्लान की वैधता 56 दिन है। ",
            "क्या मैं कुछ और मदद करूँ?",
        ],
    ),
    (
        "आपकी पॉलिसी का सालाना प्रीमियम ₹4,718 है। आप इसे चार किश्तों में भी भर सकते हैं।",
        ["आपकी पॉलिसी का सालाना प्रीमियम ₹4,718 है। ", "आप इसे चार किश्तों में भी भर सकते हैं।"],
    ),
    (
        "तुमचा कर्ज अर्ज मंजूर झाला आहे. कर्जाची रक्कम ₹85,000 आहे. पहिला हप्ता पुढच्या महिन्याच्या 7 तारखेला भरायचा आहे.",
        [
            "तुमचा कर्ज अर्ज मंजूर झाला आहे. ",
            "कर्जाची रक्कम ₹85,000 आहे. ",
            "पहिला हप्ता पुढच्या महिन्याच्या 7 तारखेला भरायचा आहे.",
        ],
    ),
    (
        "আপনার অর্ডারটি পাঠানো হয়েছে। এটি শুক্রবারের মধ্যে পৌঁছে যাবে। আর কিছু জানতে চান?",
        [
            "আপনার অর্ডারটি পাঠানো হয়েছে। ",
            "এটি শুক্রবারের মধ্যে পৌঁছে যাবে। ",
            "আর কিছু জানতে চান?",
        ],
    ),
    (
        "Sir, aapki EMI ₹12,480 hai. Kya main auto-debit set kar doon? Phir aapko har mahine yaad nahi rakhna padega.",
        [
            "Sir, aapki EMI ₹12,480 hai. ",
            "Kya main auto-debit set kar doon? ",
            "Phir aapko har mahine yaad nahi rakhna padega.",
        ],
    ),
    # --- titles, institutions, addresses and units mid-sentence and at a sentence end -----
    (
        "Your pension file is with Lt. Col. Arvind Sehgal (Retd.) at the Zila Sainik Board. He will sign it by Friday.",
        [
            "Your pension file is with Lt. Col. Arvind Sehgal (Retd.) at the Zila Sainik Board. ",
            "He will sign it by Friday.",
        ],
    ),
    (
        "Your seat in the B.Tech. programme at Sahyog Inst. of Technology is confirmed. Classes begin on 4 Aug.",
        [
            "Your seat in the B.Tech. programme at Sahyog Inst. of Technology is confirmed. ",
            "Classes begin on 4 Aug.",
        ],
    ),
    (
        "Your new card will be sent to Flat 304, Blk. C, Nilgiri Apts., Vasant Kunj, New Delhi. Please confirm if this address is correct.",
        [
            "Your new card will be sent to Flat 304, Blk. C, Nilgiri Apts., Vasant Kunj, New Delhi. ",
            "Please confirm if this address is correct.",
        ],
    ),
    (
        "The flat has a carpet area of 1,085 sq. ft. The bank values property in this area at ₹6,200 per sq. ft.",
        [
            "The flat has a carpet area of 1,085 sq. ft. ",
            "The bank values property in this area at ₹6,200 per sq. ft.",
        ],
    ),
    # --- months, statement terms, legal references ----------------------------------------
    (
        "Your premium was due on 12 Mar. The grace period runs till 11 Apr., i.e. 30 days from the due date.",
        [
            "Your premium was due on 12 Mar. ",
            "The grace period runs till 11 Apr., i.e. 30 days from the due date.",
        ],
    ),
    (
        "Chq. No. 318702 for ₹22,500 was returned unpaid. After the bounce charge, your balance is ₹1,204.10 Cr. Would you like to deposit funds now?",
        [
            "Chq. No. 318702 for ₹22,500 was returned unpaid. ",
            "After the bounce charge, your balance is ₹1,204.10 Cr. ",
            "Would you like to deposit funds now?",
        ],
    ),
    (
        "The cheque bounce case was filed u/s 138 of the N.I. Act. Adv. Rashmi Joshi will tell you the hearing date.",
        [
            "The cheque bounce case was filed u/s 138 of the N.I. Act. ",
            "Adv. Rashmi Joshi will tell you the hearing date.",
        ],
    ),
    # --- abbreviation ends a sentence; next starts with a name, number, quote, bracket, script
    (
        "Your home loan is serviced by Nirmaan Housing Finance Ltd. Priya from their collections team will call you this evening.",
        [
            "Your home loan is serviced by Nirmaan Housing Finance Ltd. ",
            "Priya from their collections team will call you this evening.",
        ],
    ),
    (
        "Your complaint has been forwarded to the Cyber Crime Cell, Nashik Dist. 1930 is the national cyber fraud helpline if you need help before they call.",
        [
            "Your complaint has been forwarded to the Cyber Crime Cell, Nashik Dist. ",
            "1930 is the national cyber fraud helpline if you need help before they call.",
        ],
    ),
    (
        'You can pay using UPI, cards, wallets etc. "Pay Later" is also available on this order.',
        [
            "You can pay using UPI, cards, wallets etc. ",
            '"Pay Later" is also available on this order.',
        ],
    ),
    (
        "You're booked at Hotel Sagarika on Beach Rd. (Breakfast is included in the tariff.) Check-in starts at noon.",
        [
            "You're booked at Hotel Sagarika on Beach Rd. ",
            "(Breakfast is included in the tariff.) ",
            "Check-in starts at noon.",
        ],
    ),
    (
        "Our branch is open Mon. to Sat. शनिवार को यह दोपहर 1 बजे बंद हो जाती है।",
        ["Our branch is open Mon. to Sat. ", "शनिवार को यह दोपहर 1 बजे बंद हो जाती है।"],
    ),
    # --- times and time ranges ------------------------------------------------------------
    (
        "Slots are open from 11 a.m. to 1 p.m. and 4–6 p.m. Which one would you like?",
        ["Slots are open from 11 a.m. to 1 p.m. and 4–6 p.m. ", "Which one would you like?"],
    ),
    # --- dotted acronyms, initials, degrees -----------------------------------------------
    (
        "Your transfer certificate has been sent to the D.E.O. Mrs. Nair will confirm once she receives it.",
        [
            "Your transfer certificate has been sent to the D.E.O. ",
            "Mrs. Nair will confirm once she receives it.",
        ],
    ),
    (
        "Your nominee is listed as Kavya R. Is that spelling correct?",
        ["Your nominee is listed as Kavya R. ", "Is that spelling correct?"],
    ),
    (
        "Your prescription was written by Dr. S. N. Qureshi, M.B.B.S., M.D. Shall I send a copy to your e-mail?",
        [
            "Your prescription was written by Dr. S. N. Qureshi, M.B.B.S., M.D. ",
            "Shall I send a copy to your e-mail?",
        ],
    ),
    # --- URL, e-mail, file name and version number at a sentence end ----------------------
    (
        "The full tariff is at https://www.urjapower-example.in/tariff-2026.html. New rates apply from your next billing cycle.",
        [
            "The full tariff is at https://www.urjapower-example.in/tariff-2026.html. ",
            "New rates apply from your next billing cycle.",
        ],
    ),
    (
        "Please send the documents to claims@arogyashield-example.in. हम दो दिन में आपको जवाब देंगे।",
        [
            "Please send the documents to claims@arogyashield-example.in. ",
            "हम दो दिन में आपको जवाब देंगे।",
        ],
    ),
    (
        "I've attached your policy schedule as Policy_Schedule_HK2231.pdf. Please keep it safe for your records.",
        [
            "I've attached your policy schedule as Policy_Schedule_HK2231.pdf. ",
            "Please keep it safe for your records.",
        ],
    ),
    (
        "Please update the app to version 7.3.1. Older versions will stop working from next month.",
        [
            "Please update the app to version 7.3.1. ",
            "Older versions will stop working from next month.",
        ],
    ),
    # --- numbered and bulleted lists, headings with colons --------------------------------
    (
        "Here's how to block your card. 1. Open the app. 2. Go to Cards. 3. Tap Block and confirm.",
        [
            "Here's how to block your card. ",
            "1. Open the app. ",
            "2. Go to Cards. ",
            "3. Tap Block and confirm.",
        ],
    ),
    (
        "To report a lost phone:\n1. Block the SIM from the app\n2. Pick a reason, e.g. lost or stolen.\n3. File a police complaint and upload the copy\n\nA new SIM can be collected from any of our stores.",
        [
            "To report a lost phone:\n",
            "1. Block the SIM from the app\n",
            "2. Pick a reason, e.g. lost or stolen.\n",
            "3. File a police complaint and upload the copy\n\n",
            "A new SIM can be collected from any of our stores.",
        ],
    ),
    (
        "Your trip details:\n– Flight number: 9638, Delhi to Leh\n– Departs: 6:10 a.m. on Sun., 21 Dec.\n– Baggage: 15 kg check-in\n",
        [
            "Your trip details:\n",
            "– Flight number: 9638, Delhi to Leh\n",
            "– Departs: 6:10 a.m. on Sun., 21 Dec.\n",
            "– Baggage: 15 kg check-in\n",
        ],
    ),
    # --- quotes, ellipses, "?!" and "!!" --------------------------------------------------
    (
        "\"Your standing instruction is now active.\" That's the SMS you'll get once it's set up.",
        [
            '"Your standing instruction is now active." ',
            "That's the SMS you'll get once it's set up.",
        ],
    ),
    (
        "Let me check... Yes, your payment of ₹2,999 went through. The receipt should reach your inbox in approx. 10 minutes.",
        [
            "Let me check... ",
            "Yes, your payment of ₹2,999 went through. ",
            "The receipt should reach your inbox in approx. 10 minutes.",
        ],
    ),
    (
        "Your account was debited ₹15,000 without an OTP?! Please block your card right away!! I'm raising a fraud complaint for you now.",
        [
            "Your account was debited ₹15,000 without an OTP?! ",
            "Please block your card right away!! ",
            "I'm raising a fraud complaint for you now.",
        ],
    ),
    # --- amounts at a sentence end --------------------------------------------------------
    (
        "The late fee is Rs. 708. Rs. 108 of that is GST.",
        ["The late fee is Rs. 708. ", "Rs. 108 of that is GST."],
    ),
    # --- Hindi, Marathi and Bengali with short forms; mixed scripts -----------------------
    (
        "आपकी पॉलिसी आरोग्य रक्षा इंश्योरेंस प्रा. लि. ने जारी की है। आपकी शिकायत नं. 60384 दर्ज हो गई है। हम 3 दिन में जवाब देंगे।",
        [
            "आपकी पॉलिसी आरोग्य रक्षा इंश्योरेंस प्रा. लि. ने जारी की है। ",
            "आपकी शिकायत नं. 60384 दर्ज हो गई है। ",
            "हम 3 दिन में जवाब देंगे।",
        ],
    ),
    (
        "तुमचे नवीन कार्ड मु. पो. सासवड, ता. पुरंदर, जि. पुणे या पत्त्यावर पाठवले आहे. ते आठवड्याभरात पोहोचेल.",
        [
            "तुमचे नवीन कार्ड मु. पो. सासवड, ता. पुरंदर, जि. पुणे या पत्त्यावर पाठवले आहे. ",
            "ते आठवड्याभरात पोहोचेल.",
        ],
    ),
    (
        "ডা. অনিন্দ্য সেন আগামীকাল সকাল ১০টায় আপনাকে দেখবেন। অনুগ্রহ করে আগের রিপোর্টগুলো সঙ্গে আনবেন। কোনো প্রশ্ন আছে?",
        [
            "ডা. অনিন্দ্য সেন আগামীকাল সকাল ১০টায় আপনাকে দেখবেন। ",
            "অনুগ্রহ করে আগের রিপোর্টগুলো সঙ্গে আনবেন। ",
            "কোনো প্রশ্ন আছে?",
        ],
    ),
    (
        "आपका ऑर्डर रद्द कर दिया गया है। The refund of ₹640 will reach your UPI account by tomorrow.",
        [
            "आपका ऑर्डर रद्द कर दिया गया है। ",
            "The refund of ₹640 will reach your UPI account by tomorrow.",
        ],
    ),
    # --- reply without a final full stop --------------------------------------------------
    (
        "Your booking is confirmed! Have a great stay 😊",
        ["Your booking is confirmed! ", "Have a great stay 😊"],
    ),
]
