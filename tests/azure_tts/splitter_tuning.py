"""Tuning cases for the sentence splitter (the splitter was developed against these)."""

from __future__ import annotations

TUNING: list[tuple[str, list[str]]] = [
    ("Hello there. How are you?", ["Hello there. ", "How are you?"]),
    ("Stop! Now.", ["Stop! ", "Now."]),
    ("First; second.", ["First; ", "second."]),
    ("The value is 3.14 exactly.", ["The value is 3.14 exactly."]),
    ("You owe ₹4,500.50. Pay today.", ["You owe ₹4,500.50. ", "Pay today."]),
    ("Meet at 10:30. See you.", ["Meet at 10:30. ", "See you."]),
    ("Dr. Mehta will call. Mr. Rao too.", ["Dr. Mehta will call. ", "Mr. Rao too."]),
    ("Pay Rs. 500 now.", ["Pay Rs. 500 now."]),
    ("Fruits, e.g. mangoes, are sweet.", ["Fruits, e.g. mangoes, are sweet."]),
    ("That is, i.e. the rest.", ["That is, i.e. the rest."]),
    ("Go to www.example.com today.", ["Go to www.example.com today."]),
    ("Go to example.com. Then log in.", ["Go to example.com. ", "Then log in."]),
    ("Write to help@example.com now.", ["Write to help@example.com now."]),
    ("1. Open the app\n2. Tap pay", ["1. Open the app\n", "2. Tap pay"]),
    ("The total is 5. Next item.", ["The total is 5. ", "Next item."]),
    ("Line one\nLine two", ["Line one\n", "Line two"]),
    ("Para.\n\nNext para.", ["Para.\n", "\nNext para."]),
    ("नमस्ते। आप कैसे हैं?", ["नमस्ते। ", "आप कैसे हैं?"]),
    ("धन्यवाद।फिर", ["धन्यवाद।", "फिर"]),
    ("你好。再见！", ["你好。", "再见！"]),
    ("Really?! Yes.", ["Really?! ", "Yes."]),
    ('He said "Yes." Then left.', ['He said "Yes." ', "Then left."]),
    ("Apples, oranges etc. are fruit.", ["Apples, oranges etc. are fruit."]),
    ("Bring apples, oranges etc. Then go.", ["Bring apples, oranges etc. ", "Then go."]),
    ("It opens at 9 a.m. tomorrow.", ["It opens at 9 a.m. tomorrow."]),
    ("Room No. 5 please.", ["Room No. 5 please."]),
    ("J. K. Rowling wrote it.", ["J. K. Rowling wrote it."]),
    ("Ends without a stop", ["Ends without a stop"]),
    ("Trailing spaces.   ", ["Trailing spaces. ", "  "]),
    ("", []),
]

# with first_chunk_min_chars=20: the first chunk may end at a clause boundary
EARLY: list[tuple[str, list[str]]] = [
    (
        "Your loan of four lakh rupees, approved yesterday, is ready. Shall I explain?",
        ["Your loan of four lakh rupees, ", "approved yesterday, is ready. ", "Shall I explain?"],
    ),
    ("Short, then more. Done.", ["Short, then more. ", "Done."]),
    (
        "The amount is 4,500 rupees, due on Friday.",
        ["The amount is 4,500 rupees, ", "due on Friday."],
    ),
    (
        "आपका लोन मंज़ूर हो गया है, बधाई हो। धन्यवाद।",
        ["आपका लोन मंज़ूर हो गया है, ", "बधाई हो। ", "धन्यवाद।"],
    ),
]
