"""Held-out cases for the sentence splitter, round 3: written without reading or running it.

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
    (
        "Your balance is ₹1,234.50. Would you like a mini statement?",
        ["Your balance is ₹1,234.50. ", "Would you like a mini statement?"],
    ),
    (
        "Dr. Mehta's clinic opens at 10 a.m. tomorrow. Shall I book a slot?",
        ["Dr. Mehta's clinic opens at 10 a.m. tomorrow. ", "Shall I book a slot?"],
    ),
    (
        "Your appointment is at 4:30 p.m. Please arrive 15 minutes early.",
        ["Your appointment is at 4:30 p.m. ", "Please arrive 15 minutes early."],
    ),
    (
        "The loan is from Nidhi Finance Pvt. Ltd. and the rate is 11.5% p.a. Do you want to proceed?",
        [
            "The loan is from Nidhi Finance Pvt. Ltd. and the rate is 11.5% p.a. ",
            "Do you want to proceed?",
        ],
    ),
    (
        "Please pay Rs. 2,350 by tomorrow. Late fees apply after that.",
        ["Please pay Rs. 2,350 by tomorrow. ", "Late fees apply after that."],
    ),
    (
        "Mr. Sharma, your policy No. 45871236 is active. Is there anything else?",
        ["Mr. Sharma, your policy No. 45871236 is active. ", "Is there anything else?"],
    ),
    (
        "You can pay via UPI, e.g. Google Pay or PhonePe. Which one do you use?",
        ["You can pay via UPI, e.g. Google Pay or PhonePe. ", "Which one do you use?"],
    ),
    (
        "Visit https://www.shipfast.example.co.in/track?id=88213 for live status. Keep your order ID handy.",
        [
            "Visit https://www.shipfast.example.co.in/track?id=88213 for live status. ",
            "Keep your order ID handy.",
        ],
    ),
    (
        "Write to support@example-bank.in for a copy. We usually reply within 24 hours.",
        ["Write to support@example-bank.in for a copy. ", "We usually reply within 24 hours."],
    ),
    (
        "Standard delivery takes 3–5 days. Express delivery takes 1-2 days.",
        ["Standard delivery takes 3–5 days. ", "Express delivery takes 1-2 days."],
    ),
    (
        "Here is what you need:\n1. PAN card\n2. Aadhaar card\n3. Salary slips for the last 3 months\n",
        [
            "Here is what you need:\n",
            "1. PAN card\n",
            "2. Aadhaar card\n",
            "3. Salary slips for the last 3 months\n",
        ],
    ),
    (
        "To block your card, follow these steps. 1. Open the app. 2. Go to Cards. 3. Tap Block.",
        [
            "To block your card, follow these steps. ",
            "1. Open the app. ",
            "2. Go to Cards. ",
            "3. Tap Block.",
        ],
    ),
    (
        "आपकी EMI ₹5,250 है। क्या मैं ऑटो-डेबिट सेट कर दूँ?",
        ["आपकी EMI ₹5,250 है। ", "क्या मैं ऑटो-डेबिट सेट कर दूँ?"],
    ),
    (
        "आपके खाते से Rs. 1,500 कट गए हैं। कृपया अपना बैलेंस चेक करें।",
        ["आपके खाते से Rs. 1,500 कट गए हैं। ", "कृपया अपना बैलेंस चेक करें।"],
    ),
    (
        "Dr. वर्मा कल सुबह 11 बजे उपलब्ध हैं। क्या मैं अपॉइंटमेंट बुक करूँ?",
        ["Dr. वर्मा कल सुबह 11 बजे उपलब्ध हैं। ", "क्या मैं अपॉइंटमेंट बुक करूँ?"],
    ),
    (
        "डॉ. शर्मा आज छुट्टी पर हैं। कृपया कल आइए।",
        ["डॉ. शर्मा आज छुट्टी पर हैं। ", "कृपया कल आइए।"],
    ),
    (
        "कुल राशि रु. 2,500 है। भुगतान आज ही करें।",
        ["कुल राशि रु. 2,500 है। ", "भुगतान आज ही करें।"],
    ),
    (
        "Aapka OTP kisi ke saath share mat kijiye. Bank kabhi OTP nahi maangta!",
        ["Aapka OTP kisi ke saath share mat kijiye. ", "Bank kabhi OTP nahi maangta!"],
    ),
    (
        "Sir, aapka refund ₹899.00 process ho gaya hai. 5-7 din mein account mein aa jayega.",
        [
            "Sir, aapka refund ₹899.00 process ho gaya hai. ",
            "5-7 din mein account mein aa jayega.",
        ],
    ),
    (
        "Let me check that for you... Okay, your order is out for delivery.",
        ["Let me check that for you... ", "Okay, your order is out for delivery."],
    ),
    (
        "एक सेकंड... हाँ, आपका ऑर्डर रास्ते में है।",
        ["एक सेकंड... ", "हाँ, आपका ऑर्डर रास्ते में है।"],
    ),
    (
        'Reply "STOP" to unsubscribe. Standard SMS charges apply.',
        ['Reply "STOP" to unsubscribe. ', "Standard SMS charges apply."],
    ),
    (
        'Tap "Pay Now." Then enter your UPI PIN.',
        ['Tap "Pay Now." ', "Then enter your UPI PIN."],
    ),
    (
        "Your plan (₹299 per month) includes 2 GB per day. Want to upgrade?",
        ["Your plan (₹299 per month) includes 2 GB per day. ", "Want to upgrade?"],
    ),
    (
        "Your KYC is pending. (It takes only 2 minutes.) Shall we start?",
        ["Your KYC is pending. ", "(It takes only 2 minutes.) ", "Shall we start?"],
    ),
    (
        "The premium went up by 4.5% this year. The new amount is ₹12,480.",
        ["The premium went up by 4.5% this year. ", "The new amount is ₹12,480."],
    ),
    (
        "Our helpline works 9 a.m. – 9 p.m., Monday to Saturday. On Sundays, please use the app.",
        [
            "Our helpline works 9 a.m. – 9 p.m., Monday to Saturday. ",
            "On Sundays, please use the app.",
        ],
    ),
    (
        "Your complaint Ref. No. 784512 is registered. We will call you within 48 hours.",
        ["Your complaint Ref. No. 784512 is registered. ", "We will call you within 48 hours."],
    ),
    (
        "This policy is issued by Suraksha General Insurance Co. Ltd. Do you want the details on WhatsApp?",
        [
            "This policy is issued by Suraksha General Insurance Co. Ltd. ",
            "Do you want the details on WhatsApp?",
        ],
    ),
    (
        "We accept UPI, cards, net banking etc. Cash is not accepted.",
        ["We accept UPI, cards, net banking etc. ", "Cash is not accepted."],
    ),
    (
        "Pay the minimum due, i.e. ₹2,400, to avoid late fees. Shall I send the link?",
        ["Pay the minimum due, i.e. ₹2,400, to avoid late fees. ", "Shall I send the link?"],
    ),
    (
        "Great news! Your loan of ₹3,00,000 is approved. Do you want to see the EMI options?",
        [
            "Great news! ",
            "Your loan of ₹3,00,000 is approved. ",
            "Do you want to see the EMI options?",
        ],
    ),
    (
        "ब्याज दर 10.49% प्रति वर्ष है। प्रोसेसिंग फीस लोन राशि का 1.5% है।",
        ["ब्याज दर 10.49% प्रति वर्ष है। ", "प्रोसेसिंग फीस लोन राशि का 1.5% है।"],
    ),
    (
        "क्या आप ₹10,000 का टॉप-अप लेना चाहेंगे? यह 12 महीनों के लिए होगा।",
        ["क्या आप ₹10,000 का टॉप-अप लेना चाहेंगे? ", "यह 12 महीनों के लिए होगा।"],
    ),
    (
        "ज़्यादा जानकारी के लिए www.example.in/offers देखें। धन्यवाद!",
        ["ज़्यादा जानकारी के लिए www.example.in/offers देखें। ", "धन्यवाद!"],
    ),
    (
        "Please send the documents to docs@lender.example.com. We will verify them within 2 days.",
        [
            "Please send the documents to docs@lender.example.com. ",
            "We will verify them within 2 days.",
        ],
    ),
    (
        "You can download the statement from https://netbanking.example.in. Do you need help logging in?",
        [
            "You can download the statement from https://netbanking.example.in. ",
            "Do you need help logging in?",
        ],
    ),
    (
        "Thank you for waiting.\nYour ticket number is 55821.",
        ["Thank you for waiting.\n", "Your ticket number is 55821."],
    ),
    (
        "Your relationship manager is Ms. P. R. Nair. She will call you at 11 a.m.",
        ["Your relationship manager is Ms. P. R. Nair. ", "She will call you at 11 a.m."],
    ),
    (
        "The old plan costs ₹399 vs. ₹349 for the new one. Should I switch you?",
        ["The old plan costs ₹399 vs. ₹349 for the new one. ", "Should I switch you?"],
    ),
    (
        "You have two options:\n1) Pay the full amount of ₹8,200\n2) Convert it into 3 EMIs\nWhich do you prefer?",
        [
            "You have two options:\n",
            "1) Pay the full amount of ₹8,200\n",
            "2) Convert it into 3 EMIs\n",
            "Which do you prefer?",
        ],
    ),
    (
        "Aapka bill Rs. 649 hai. Kya main payment link bhej doon?",
        ["Aapka bill Rs. 649 hai. ", "Kya main payment link bhej doon?"],
    ),
    (
        "Your total due is ₹15,750.00. The due date is 18 Nov.",
        ["Your total due is ₹15,750.00. ", "The due date is 18 Nov."],
    ),
    (
        "The EMI will be approx. ₹3,100 per month. Shall I share the schedule?",
        ["The EMI will be approx. ₹3,100 per month. ", "Shall I share the schedule?"],
    ),
    (
        "Kya aap Mr. Rao se baat karna chahenge? Main call transfer kar sakti hoon.",
        ["Kya aap Mr. Rao se baat karna chahenge? ", "Main call transfer kar sakti hoon."],
    ),
    (
        "A fee of Rs.500 applies. It is non-refundable.",
        ["A fee of Rs.500 applies. ", "It is non-refundable."],
    ),
    (
        "0.5% cashback is credited every month. You can see it in the app.",
        ["0.5% cashback is credited every month. ", "You can see it in the app."],
    ),
    (
        "Your employer, Infotech Solutions Pvt. Ltd., is on our approved list. You qualify for a lower rate.",
        [
            "Your employer, Infotech Solutions Pvt. Ltd., is on our approved list. ",
            "You qualify for a lower rate.",
        ],
    ),
]
