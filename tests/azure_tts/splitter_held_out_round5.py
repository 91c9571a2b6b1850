"""Held-out cases for the sentence splitter, round 5: written without reading or running it.

Written after reading only tests/azure_tts/splitter_held_out_round4.py,
tests/azure_tts/splitter_held_out_round3.py and tests/azure_tts/splitter_held_out.py (for
format and conventions); no splitter source, bench, tuning file, test file, README or git
history was opened, and nothing was run against the splitter. No sentence is taken or
paraphrased from those three files, and no amount or name from them is reused.

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
        "Your DTH recharge of ₹354 is done! The pack is active till 9 July. Would you like to add any channels?",
        [
            "Your DTH recharge of ₹354 is done! ",
            "The pack is active till 9 July. ",
            "Would you like to add any channels?",
        ],
    ),
    (
        "Your home loan EMI of ₹27,618 was debited today. The outstanding principal is now ₹21,40,560. Anything else I can check for you?",
        [
            "Your home loan EMI of ₹27,618 was debited today. ",
            "The outstanding principal is now ₹21,40,560. ",
            "Anything else I can check for you?",
        ],
    ),
    (
        "Your order of 3 items is packed. It will be shipped by 6 p.m. tomorrow. Shall I send the tracking link?",
        [
            "Your order of 3 items is packed. ",
            "It will be shipped by 6 p.m. tomorrow. ",
            "Shall I send the tracking link?",
        ],
    ),
    (
        "I'm sorry, that OTP has expired. Shall I send a new one?",
        ["I'm sorry, that OTP has expired. ", "Shall I send a new one?"],
    ),
    (
        "Your term plan premium is ₹14,236.80 a year. Paying monthly would cost ₹1,247 each month. Which option suits you?",
        [
            "Your term plan premium is ₹14,236.80 a year. ",
            "Paying monthly would cost ₹1,247 each month. ",
            "Which option suits you?",
        ],
    ),
    (
        "Wonderful! Seat 27F is confirmed for you. Would you like to add a meal?",
        ["Wonderful! ", "Seat 27F is confirmed for you. ", "Would you like to add a meal?"],
    ),
    (
        "The cancellation charge is 22% of the fare. You'll get back ₹3,947.30. Do you want to go ahead?",
        [
            "The cancellation charge is 22% of the fare. ",
            "You'll get back ₹3,947.30. ",
            "Do you want to go ahead?",
        ],
    ),
    (
        "Your gas cylinder booking is confirmed. Delivery is expected on 12.05.2026. Please keep ₹905.50 ready for the delivery person.",
        [
            "Your gas cylinder booking is confirmed. ",
            "Delivery is expected on 12.05.2026. ",
            "Please keep ₹905.50 ready for the delivery person.",
        ],
    ),
    (
        "Your next instalment of ₹6,850 is due on Jan. 5. Shall I set a reminder?",
        ["Your next instalment of ₹6,850 is due on Jan. 5. ", "Shall I set a reminder?"],
    ),
    (
        "Your data balance is 1.2 GB. It resets at midnight.",
        ["Your data balance is 1.2 GB. ", "It resets at midnight."],
    ),
    (
        "Your income tax refund of ₹6,412 has been processed. It was credited to your account on 28.02.2026.",
        [
            "Your income tax refund of ₹6,412 has been processed. ",
            "It was credited to your account on 28.02.2026.",
        ],
    ),
    (
        "Thank you for your patience! Your complaint has been resolved. Is there anything else I can do today?",
        [
            "Thank you for your patience! ",
            "Your complaint has been resolved. ",
            "Is there anything else I can do today?",
        ],
    ),
    (
        "Your lab report will be ready by 5:30 this evening. Do you want it on WhatsApp or e-mail?",
        [
            "Your lab report will be ready by 5:30 this evening. ",
            "Do you want it on WhatsApp or e-mail?",
        ],
    ),
    (
        "Are you calling about the ₹2,075 debit from yesterday? I can raise a dispute for it right now.",
        [
            "Are you calling about the ₹2,075 debit from yesterday? ",
            "I can raise a dispute for it right now.",
        ],
    ),
    (
        "Your gold loan interest rate is 9.24%. The loan tenure is 13 months.",
        ["Your gold loan interest rate is 9.24%. ", "The loan tenure is 13 months."],
    ),
    (
        "Got it! I've updated your nominee. You'll get an SMS confirmation within 20 minutes.",
        [
            "Got it! ",
            "I've updated your nominee. ",
            "You'll get an SMS confirmation within 20 minutes.",
        ],
    ),
    (
        "Your Aadhaar update request has been accepted. The URN is 0427-61953-20471. It usually takes up to 90 days to process.",
        [
            "Your Aadhaar update request has been accepted. ",
            "The URN is 0427-61953-20471. ",
            "It usually takes up to 90 days to process.",
        ],
    ),
    (
        "आपका बिजली बिल ₹1,386 है। अंतिम तिथि 20 तारीख़ है। क्या मैं अभी भुगतान लिंक भेजूँ?",
        [
            "आपका बिजली बिल ₹1,386 है। ",
            "अंतिम तिथि 20 तारीख़ है। ",
            "क्या मैं अभी भुगतान लिंक भेजूँ?",
        ],
    ),
    (
        "Aapki booking confirm ho gayi hai! Train subah 5:50 pe chalegi.",
        ["Aapki booking confirm ho gayi hai! ", "Train subah 5:50 pe chalegi."],
    ),
    (
        "क्या आपको नया कार्ड चाहिए? बहुत बढ़िया! मैं अभी अनुरोध दर्ज कर देती हूँ।",
        ["क्या आपको नया कार्ड चाहिए? ", "बहुत बढ़िया! ", "मैं अभी अनुरोध दर्ज कर देती हूँ।"],
    ),
    # --- titles and company forms mid-sentence --------------------------------------------
    (
        "Your statement is issued by Vardhman Capital Pvt. Ltd. and signed by Mr. Harish Bansal. Please verify the seal on page 2.",
        [
            "Your statement is issued by Vardhman Capital Pvt. Ltd. and signed by Mr. Harish Bansal. ",
            "Please verify the seal on page 2.",
        ],
    ),
    (
        "Smt. Kamala Devi's pension under the Govt. of Rajasthan scheme has been approved. The first payment will reach her on 10.06.2026.",
        [
            "Smt. Kamala Devi's pension under the Govt. of Rajasthan scheme has been approved. ",
            "The first payment will reach her on 10.06.2026.",
        ],
    ),
    (
        "Your A/c No. XXXX6093 was credited with ₹41,700 today. The NEFT Ref. No. is N071260455. Do you want the details by SMS?",
        [
            "Your A/c No. XXXX6093 was credited with ₹41,700 today. ",
            "The NEFT Ref. No. is N071260455. ",
            "Do you want the details by SMS?",
        ],
    ),
    (
        "As a Sr. Citizen, you get an extra 0.60% on this deposit. The effective rate is 7.85% p.a. for 444 days.",
        [
            "As a Sr. Citizen, you get an extra 0.60% on this deposit. ",
            "The effective rate is 7.85% p.a. for 444 days.",
        ],
    ),
    (
        "Three documents are needed, viz. PAN card, address proof and a recent photo. You can upload them in the app.",
        [
            "Three documents are needed, viz. PAN card, address proof and a recent photo. ",
            "You can upload them in the app.",
        ],
    ),
    (
        "The revised tariff applies w.e.f. 01.04.2026. Your current plan will be migrated automatically.",
        [
            "The revised tariff applies w.e.f. 01.04.2026. ",
            "Your current plan will be migrated automatically.",
        ],
    ),
    # --- abbreviation ending a sentence, next one starts with a name or a number ----------
    (
        "The audit was done by Khanna & Co. Ritu from their office will share the report by Monday.",
        [
            "The audit was done by Khanna & Co. ",
            "Ritu from their office will share the report by Monday.",
        ],
    ),
    (
        "Your grievance has been forwarded to the Water Supply Dept. Mr. Deshpande from that office will call you tomorrow.",
        [
            "Your grievance has been forwarded to the Water Supply Dept. ",
            "Mr. Deshpande from that office will call you tomorrow.",
        ],
    ),
    (
        "This card is issued by Orbit Payments Pvt. Ltd. 2 free lounge visits are included every quarter.",
        [
            "This card is issued by Orbit Payments Pvt. Ltd. ",
            "2 free lounge visits are included every quarter.",
        ],
    ),
    (
        "Our service centre is at 22, Old Airport Rd. It is open from 9:30 a.m. to 6:30 p.m. on weekdays.",
        [
            "Our service centre is at 22, Old Airport Rd. ",
            "It is open from 9:30 a.m. to 6:30 p.m. on weekdays.",
        ],
    ),
    (
        "Your FASTag was last recharged on 26 Jan. From Feb. 1, the minimum balance rule no longer applies.",
        [
            "Your FASTag was last recharged on 26 Jan. ",
            "From Feb. 1, the minimum balance rule no longer applies.",
        ],
    ),
    # --- units ----------------------------------------------------------------------------
    (
        "Your checked baggage limit is 20 kg. per person. Cabin baggage is limited to 7 kg. Extra weight costs ₹550 per kg.",
        [
            "Your checked baggage limit is 20 kg. per person. ",
            "Cabin baggage is limited to 7 kg. ",
            "Extra weight costs ₹550 per kg.",
        ],
    ),
    (
        "The hospital is about 6.5 km. from your location. The ambulance should reach you in 17 mins. Please keep the patient's ID ready.",
        [
            "The hospital is about 6.5 km. from your location. ",
            "The ambulance should reach you in 17 mins. ",
            "Please keep the patient's ID ready.",
        ],
    ),
    (
        "Capt. Malhotra will be flying you to Port Blair today. The flight time is 2 hrs. 55 mins.",
        [
            "Capt. Malhotra will be flying you to Port Blair today. ",
            "The flight time is 2 hrs. 55 mins.",
        ],
    ),
    # --- initials and dotted acronyms -----------------------------------------------------
    (
        "The policyholder is Mr. T. S. Raghavan and the nominee is his son, K.V. Raghavan. Are both details correct?",
        [
            "The policyholder is Mr. T. S. Raghavan and the nominee is his son, K.V. Raghavan. ",
            "Are both details correct?",
        ],
    ),
    (
        "You can pay through U.P.I. or net banking. The penal charge limits are set by the R.B.I. We cannot change them.",
        [
            "You can pay through U.P.I. or net banking. ",
            "The penal charge limits are set by the R.B.I. ",
            "We cannot change them.",
        ],
    ),
    # --- time range with a dash -----------------------------------------------------------
    (
        "Net banking will be down from 11.30 p.m.–2.30 a.m. tonight for maintenance. UPI payments will keep working.",
        [
            "Net banking will be down from 11.30 p.m.–2.30 a.m. tonight for maintenance. ",
            "UPI payments will keep working.",
        ],
    ),
    # --- URL, e-mail and file name at a sentence end --------------------------------------
    (
        "Check the application status at https://passport-example.gov.in/track?app=HYD8841. The file number is printed on your receipt.",
        [
            "Check the application status at https://passport-example.gov.in/track?app=HYD8841. ",
            "The file number is printed on your receipt.",
        ],
    ),
    (
        "Please mail the NOC request to loans.noc@vittam-example.co.in. We'll send the letter within a week.",
        [
            "Please mail the NOC request to loans.noc@vittam-example.co.in. ",
            "We'll send the letter within a week.",
        ],
    ),
    (
        "I've e-mailed you the file estatement_march.pdf. The password is your date of birth in DDMMYYYY format.",
        [
            "I've e-mailed you the file estatement_march.pdf. ",
            "The password is your date of birth in DDMMYYYY format.",
        ],
    ),
    # --- lettered / roman lists, bullets, colons ------------------------------------------
    (
        "You can choose one of these:\na) Refund to the original payment method\nb) Store credit with an extra 6%\nWhich would you prefer?",
        [
            "You can choose one of these:\n",
            "a) Refund to the original payment method\n",
            "b) Store credit with an extra 6%\n",
            "Which would you prefer?",
        ],
    ),
    (
        "The claim needs two things. (i) The FIR copy. (ii) The original invoice of the phone.",
        [
            "The claim needs two things. ",
            "(i) The FIR copy. ",
            "(ii) The original invoice of the phone.",
        ],
    ),
    (
        "Your plan includes:\n• Unlimited calls\n• 3 GB data per day\n• 100 SMS per day\n",
        [
            "Your plan includes:\n",
            "• Unlimited calls\n",
            "• 3 GB data per day\n",
            "• 100 SMS per day\n",
        ],
    ),
    (
        "Before your blood test:\n- Fast overnight.\n- Bring your previous reports.\n- Carry a valid photo ID.\n",
        [
            "Before your blood test:\n",
            "- Fast overnight.\n",
            "- Bring your previous reports.\n",
            "- Carry a valid photo ID.\n",
        ],
    ),
    (
        "You can pay in three ways: UPI, debit card or net banking. Which one works for you?",
        [
            "You can pay in three ways: UPI, debit card or net banking. ",
            "Which one works for you?",
        ],
    ),
    # --- semicolon between clauses (splits, as in splitter_held_out.py) -------------------
    (
        "Your KYC documents are verified; the account will be active by tonight.",
        ["Your KYC documents are verified; ", "the account will be active by tonight."],
    ),
    # --- ellipses, quotes, brackets, "?!" -------------------------------------------------
    (
        "One moment… I can see the payment now. Let me check why it failed...",
        ["One moment… ", "I can see the payment now. ", "Let me check why it failed..."],
    ),
    (
        "Tap 'Raise a Request.' (It's at the bottom of the screen.) A short form will open.",
        [
            "Tap 'Raise a Request.' ",
            "(It's at the bottom of the screen.) ",
            "A short form will open.",
        ],
    ),
    (
        "You were charged twice?! I'm really sorry about that. I'll reverse the extra ₹2,318 right away.",
        [
            "You were charged twice?! ",
            "I'm really sorry about that. ",
            "I'll reverse the extra ₹2,318 right away.",
        ],
    ),
    # --- decimals and version numbers at a sentence end -----------------------------------
    (
        "Your HbA1c result is 6.2. Dr. Kulkarni will explain what it means at your next visit.",
        [
            "Your HbA1c result is 6.2. ",
            "Dr. Kulkarni will explain what it means at your next visit.",
        ],
    ),
    (
        "Your set-top box is on firmware 4.18.2. The latest version is 4.20.",
        ["Your set-top box is on firmware 4.18.2. ", "The latest version is 4.20."],
    ),
    # --- Hindi abbreviations and mixed Hindi-English --------------------------------------
    (
        "श्री. गोपाल मिश्रा जी, कृपया डॉ. मीनाक्षी त्रिपाठी से मिलें। उनकी फीस 650 रु. है और क्लिनिक यहाँ से 3 कि.मी. दूर है।",
        [
            "श्री. गोपाल मिश्रा जी, कृपया डॉ. मीनाक्षी त्रिपाठी से मिलें। ",
            "उनकी फीस 650 रु. है और क्लिनिक यहाँ से 3 कि.मी. दूर है।",
        ],
    ),
    (
        "Ma'am, आपकी FD 15.02.2027 को mature होगी। Interest rate 7.6% p.a. है। क्या आप इसे renew करना चाहेंगी?",
        [
            "Ma'am, आपकी FD 15.02.2027 को mature होगी। ",
            "Interest rate 7.6% p.a. है। ",
            "क्या आप इसे renew करना चाहेंगी?",
        ],
    ),
    (
        "Aapka parcel Tezgati Express Pvt. Ltd. ke through aayega. Delivery kal shaam 7 baje tak ho jayegi.",
        [
            "Aapka parcel Tezgati Express Pvt. Ltd. ke through aayega. ",
            "Delivery kal shaam 7 baje tak ho jayegi.",
        ],
    ),
]
