"""Held-out cases for the sentence splitter, round 4: written without reading or running it.

Written after reading only tests/azure_tts/splitter_held_out_round3.py and
tests/azure_tts/splitter_held_out.py (for format and conventions); no splitter source, bench,
tuning file or README was opened, and nothing was run against the splitter. No sentence is
taken or paraphrased from those two files.

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
        "Your recharge of ₹719 was successful! The new validity ends on 14 March. Anything else I can help with?",
        [
            "Your recharge of ₹719 was successful! ",
            "The new validity ends on 14 March. ",
            "Anything else I can help with?",
        ],
    ),
    (
        "I can see two pending transactions. The first one is ₹1,250.75 at a fuel station. Do you recognise it?",
        [
            "I can see two pending transactions. ",
            "The first one is ₹1,250.75 at a fuel station. ",
            "Do you recognise it?",
        ],
    ),
    (
        "Your flight leaves at 06:40 from Terminal 2. Boarding closes 25 minutes before departure. Would you like a web check-in link?",
        [
            "Your flight leaves at 06:40 from Terminal 2. ",
            "Boarding closes 25 minutes before departure. ",
            "Would you like a web check-in link?",
        ],
    ),
    (
        "Sorry, I didn't catch that. Could you repeat your registered mobile number?",
        ["Sorry, I didn't catch that. ", "Could you repeat your registered mobile number?"],
    ),
    (
        "Your FD of ₹50,000 earns 7.25% interest. On maturity you will get ₹53,625. Should I renew it automatically?",
        [
            "Your FD of ₹50,000 earns 7.25% interest. ",
            "On maturity you will get ₹53,625. ",
            "Should I renew it automatically?",
        ],
    ),
    (
        "Done! Your address has been updated. You'll get a confirmation SMS shortly.",
        ["Done! ", "Your address has been updated. ", "You'll get a confirmation SMS shortly."],
    ),
    (
        "Your train is running 35 minutes late. The expected arrival is now 19:15. Shall I send you live updates?",
        [
            "Your train is running 35 minutes late. ",
            "The expected arrival is now 19:15. ",
            "Shall I send you live updates?",
        ],
    ),
    (
        "Is this for a new connection or an existing one? I'll guide you accordingly.",
        ["Is this for a new connection or an existing one? ", "I'll guide you accordingly."],
    ),
    (
        "Your credit card limit is ₹1,80,000. You have used 62% of it this month.",
        ["Your credit card limit is ₹1,80,000. ", "You have used 62% of it this month."],
    ),
    (
        "That's great to hear! Thanks for staying with us. Have a good day!",
        ["That's great to hear! ", "Thanks for staying with us. ", "Have a good day!"],
    ),
    (
        "The late payment charge is ₹590 including GST. It will show up on your next bill.",
        ["The late payment charge is ₹590 including GST. ", "It will show up on your next bill."],
    ),
    (
        "Your claim for ₹24,800.50 has been approved. The money should reach your account in 3 working days.",
        [
            "Your claim for ₹24,800.50 has been approved. ",
            "The money should reach your account in 3 working days.",
        ],
    ),
    (
        "Can you confirm the last four digits of your card? For your safety, please do not share the CVV.",
        [
            "Can you confirm the last four digits of your card? ",
            "For your safety, please do not share the CVV.",
        ],
    ),
    (
        "Your booking is confirmed for 2 adults and 1 child. The total fare is ₹8,436. An e-ticket has been sent to your email.",
        [
            "Your booking is confirmed for 2 adults and 1 child. ",
            "The total fare is ₹8,436. ",
            "An e-ticket has been sent to your email.",
        ],
    ),
    (
        "Oh no, I'm sorry about that! Let me raise a complaint right away.",
        ["Oh no, I'm sorry about that! ", "Let me raise a complaint right away."],
    ),
    (
        "Your passport application is under police verification. This usually takes 7 to 10 days. Do you have any other questions?",
        [
            "Your passport application is under police verification. ",
            "This usually takes 7 to 10 days. ",
            "Do you have any other questions?",
        ],
    ),
    (
        "I've blocked the card ending in 4821. A replacement will be dispatched in 5 working days. Should it go to your home address?",
        [
            "I've blocked the card ending in 4821. ",
            "A replacement will be dispatched in 5 working days. ",
            "Should it go to your home address?",
        ],
    ),
    (
        "Aapka agla bill 21 tareekh ko banega. Amount lagbhag ₹1,150 hoga.",
        ["Aapka agla bill 21 tareekh ko banega. ", "Amount lagbhag ₹1,150 hoga."],
    ),
    (
        "आपका रिचार्ज सफल रहा! नई वैधता 28 दिन की है।",
        ["आपका रिचार्ज सफल रहा! ", "नई वैधता 28 दिन की है।"],
    ),
    (
        "क्या आप अपना आधार नंबर बता सकते हैं? मैं उसे वेरिफ़ाई कर लूँगी।",
        ["क्या आप अपना आधार नंबर बता सकते हैं? ", "मैं उसे वेरिफ़ाई कर लूँगी।"],
    ),
    (
        "Your cab will arrive at 7:05. The driver's name is Sunil, and the car is a white Dzire.",
        [
            "Your cab will arrive at 7:05. ",
            "The driver's name is Sunil, and the car is a white Dzire.",
        ],
    ),
    (
        "Congratulations! You've earned 500 reward points. They are worth ₹125 on your next purchase.",
        [
            "Congratulations! ",
            "You've earned 500 reward points. ",
            "They are worth ₹125 on your next purchase.",
        ],
    ),
    (
        "The convenience fee is ₹23.60. It is charged by the payment gateway, not by us.",
        ["The convenience fee is ₹23.60. ", "It is charged by the payment gateway, not by us."],
    ),
    # --- abbreviations mid-sentence -------------------------------------------------------
    (
        "Mrs. Kapoor's claim has been sent to the Health Dept. for verification. You will hear from us by Friday.",
        [
            "Mrs. Kapoor's claim has been sent to the Health Dept. for verification. ",
            "You will hear from us by Friday.",
        ],
    ),
    (
        "Your call is being transferred to our Sr. Manager, Mr. Anand Joshi. Please stay on the line.",
        [
            "Your call is being transferred to our Sr. Manager, Mr. Anand Joshi. ",
            "Please stay on the line.",
        ],
    ),
    (
        "Our nearest branch is near St. Mark's Church on MG Road. It is open till 4 p.m. today.",
        [
            "Our nearest branch is near St. Mark's Church on MG Road. ",
            "It is open till 4 p.m. today.",
        ],
    ),
    (
        "The EMI is collected by Swift Recoveries Pvt. Ltd. on our behalf. They will never ask you for cash.",
        [
            "The EMI is collected by Swift Recoveries Pvt. Ltd. on our behalf. ",
            "They will never ask you for cash.",
        ],
    ),
    (
        "Please quote complaint No. 5521 when you call. The team will pick it up from there.",
        ["Please quote complaint No. 5521 when you call. ", "The team will pick it up from there."],
    ),
    # --- abbreviations ending a sentence --------------------------------------------------
    (
        "The nominee on record is Ravi Menon Jr. Is that correct?",
        ["The nominee on record is Ravi Menon Jr. ", "Is that correct?"],
    ),
    (
        "This scheme is run by the State Govt. You can apply for it online.",
        ["This scheme is run by the State Govt. ", "You can apply for it online."],
    ),
    (
        "The processing fee comes to ₹1,180 approx. Shall I add it to the loan amount?",
        ["The processing fee comes to ₹1,180 approx. ", "Shall I add it to the loan amount?"],
    ),
    (
        "Your parcel is with BlueLine Logistics & Co. They deliver until 8 p.m. today.",
        ["Your parcel is with BlueLine Logistics & Co. ", "They deliver until 8 p.m. today."],
    ),
    (
        "The branch closes at 1:30 p.m. on Saturdays. On weekdays it closes at 4 p.m. Would you like the address?",
        [
            "The branch closes at 1:30 p.m. on Saturdays. ",
            "On weekdays it closes at 4 p.m. ",
            "Would you like the address?",
        ],
    ),
    # --- "no." the word ending a sentence -------------------------------------------------
    (
        "Unfortunately, the answer is no. A second top-up cannot be sanctioned within 6 months.",
        [
            "Unfortunately, the answer is no. ",
            "A second top-up cannot be sanctioned within 6 months.",
        ],
    ),
    (
        "Please answer yes or no. Did you make this transaction?",
        ["Please answer yes or no. ", "Did you make this transaction?"],
    ),
    # --- time ranges and initials ---------------------------------------------------------
    (
        "Customer care is available 8 a.m. – 10 p.m. on all days. You can also reach us on WhatsApp.",
        [
            "Customer care is available 8 a.m. – 10 p.m. on all days. ",
            "You can also reach us on WhatsApp.",
        ],
    ),
    (
        "Visiting hours are 4 p.m.–7 p.m. Only one attendant is allowed per patient.",
        ["Visiting hours are 4 p.m.–7 p.m. ", "Only one attendant is allowed per patient."],
    ),
    (
        "The cheque was issued to M. D. Fernandes on 3 June. It was cleared the next day.",
        ["The cheque was issued to M. D. Fernandes on 3 June. ", "It was cleared the next day."],
    ),
    # --- URL and e-mail at a sentence end -------------------------------------------------
    (
        "You can track the claim at https://claims.example-insure.in/status. Just enter your policy number there.",
        [
            "You can track the claim at https://claims.example-insure.in/status. ",
            "Just enter your policy number there.",
        ],
    ),
    (
        "You can also write to grievance.cell@telco.example.in. Our nodal officer replies within 3 working days.",
        [
            "You can also write to grievance.cell@telco.example.in. ",
            "Our nodal officer replies within 3 working days.",
        ],
    ),
    # --- numbered lists and newlines ------------------------------------------------------
    (
        "To file the claim, please keep these ready:\n1. The discharge summary.\n2. All original bills.\n3. A cancelled cheque.\n",
        [
            "To file the claim, please keep these ready:\n",
            "1. The discharge summary.\n",
            "2. All original bills.\n",
            "3. A cancelled cheque.\n",
        ],
    ),
    (
        "Here is how to reset your PIN. 1. Open the app and tap Forgot PIN. 2. Enter the OTP sent to your phone. 3. Set a new 4-digit PIN.",
        [
            "Here is how to reset your PIN. ",
            "1. Open the app and tap Forgot PIN. ",
            "2. Enter the OTP sent to your phone. ",
            "3. Set a new 4-digit PIN.",
        ],
    ),
    (
        "Branches near you:\n1. Andheri West, open 10 a.m. – 4 p.m.\n2. Bandra, near St. Andrew's Church\n",
        [
            "Branches near you:\n",
            "1. Andheri West, open 10 a.m. – 4 p.m.\n",
            "2. Bandra, near St. Andrew's Church\n",
        ],
    ),
    (
        "Your booking details:\nHotel: Sea Breeze, Goa\nCheck-in: 12 Dec, 2 p.m.\nCheck-out: 15 Dec, 11 a.m.\n",
        [
            "Your booking details:\n",
            "Hotel: Sea Breeze, Goa\n",
            "Check-in: 12 Dec, 2 p.m.\n",
            "Check-out: 15 Dec, 11 a.m.\n",
        ],
    ),
    # --- ellipses, quotes and brackets ----------------------------------------------------
    (
        "Hmm... I can't find a booking under that number. Could you check the PNR once more?",
        [
            "Hmm... ",
            "I can't find a booking under that number. ",
            "Could you check the PNR once more?",
        ],
    ),
    (
        "The app will show “Payment Successful.” You can close it after that.",
        ["The app will show “Payment Successful.” ", "You can close it after that."],
    ),
    (
        "Your refund has been initiated. (It may take up to 7 working days to reflect.) Please keep the reference number handy.",
        [
            "Your refund has been initiated. ",
            "(It may take up to 7 working days to reflect.) ",
            "Please keep the reference number handy.",
        ],
    ),
    (
        "Some treatments (e.g. cosmetic surgery) are not covered. Would you like the full list of exclusions?",
        [
            "Some treatments (e.g. cosmetic surgery) are not covered. ",
            "Would you like the full list of exclusions?",
        ],
    ),
    # --- decimals and version numbers at a sentence end -----------------------------------
    (
        "The average rating for this hotel is 4.3. Next, shall I check rooms for your dates?",
        ["The average rating for this hotel is 4.3. ", "Next, shall I check rooms for your dates?"],
    ),
    (
        "Please update the app to version 5.12.3. Older versions will stop working next month.",
        [
            "Please update the app to version 5.12.3. ",
            "Older versions will stop working next month.",
        ],
    ),
    # --- Hindi and mixed Hindi-English ----------------------------------------------------
    (
        "आपकी पॉलिसी 12 अगस्त को रिन्यू होनी है। प्रीमियम ₹18,499 है। क्या मैं पेमेंट लिंक भेज दूँ?",
        [
            "आपकी पॉलिसी 12 अगस्त को रिन्यू होनी है। ",
            "प्रीमियम ₹18,499 है। ",
            "क्या मैं पेमेंट लिंक भेज दूँ?",
        ],
    ),
    (
        "श्री. राकेश गुप्ता का खाता सक्रिय है। क्या आपको कोई और जानकारी चाहिए?",
        ["श्री. राकेश गुप्ता का खाता सक्रिय है। ", "क्या आपको कोई और जानकारी चाहिए?"],
    ),
    (
        "डॉ. अनीता राव की फीस रु. 800 है। अपॉइंटमेंट शाम 5 बजे का है।",
        ["डॉ. अनीता राव की फीस रु. 800 है। ", "अपॉइंटमेंट शाम 5 बजे का है।"],
    ),
    (
        "Sir, आपका loan approve हो गया है! EMI ₹4,312.40 हर महीने कटेगी।",
        ["Sir, आपका loan approve हो गया है! ", "EMI ₹4,312.40 हर महीने कटेगी।"],
    ),
]
