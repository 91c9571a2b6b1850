"""Held-out cases for the sentence splitter: written before the splitter, never tuned on.

Each case is (text, the chunks a careful human would send to TTS one by one). Scored by
``python -m bench.tts.splitter`` and by tests/azure_tts/test_sentence_splitter.py, which
marks the cases the splitter gets wrong as strict xfails (listed in the report) instead of
changing the splitter to fit them.
"""

from __future__ import annotations

HELD_OUT: list[tuple[str, list[str]]] = [
    ("Thank you for calling. How may I help?", ["Thank you for calling. ", "How may I help?"]),
    (
        "Your balance is ₹12,345.67. Anything else?",
        ["Your balance is ₹12,345.67. ", "Anything else?"],
    ),
    ("Pi is roughly 3.14159 and e is 2.718.", ["Pi is roughly 3.14159 and e is 2.718."]),
    ("Call me at 9:45 tomorrow. Bye!", ["Call me at 9:45 tomorrow. ", "Bye!"]),
    ("Mrs. Iyer and Prof. Rao agreed. Great!", ["Mrs. Iyer and Prof. Rao agreed. ", "Great!"]),
    (
        "Visit https://bank.example.in/help?topic=emi now. Thanks.",
        ["Visit https://bank.example.in/help?topic=emi now. ", "Thanks."],
    ),
    (
        "Mail care@bank.example.in today; we reply fast.",
        ["Mail care@bank.example.in today; ", "we reply fast."],
    ),
    ("Steps:\n1. Open the app\n2. Tap Pay\n", ["Steps:\n", "1. Open the app\n", "2. Tap Pay\n"]),
    (
        "आपका ऋण स्वीकृत हो गया है। क्या आप EMI जानना चाहेंगे?",
        ["आपका ऋण स्वीकृत हो गया है। ", "क्या आप EMI जानना चाहेंगे?"],
    ),
    ("धन्यवाद॥ फिर मिलेंगे।", ["धन्यवाद॥ ", "फिर मिलेंगे।"]),
    ("您好。请问有什么可以帮您？谢谢！", ["您好。", "请问有什么可以帮您？", "谢谢！"]),
    ("Wait... really? Yes!", ["Wait... ", "really? ", "Yes!"]),
    ('She said "Done." Then she left.', ['She said "Done." ', "Then she left."]),
    ("It costs Rs. 450 only. Pay now?", ["It costs Rs. 450 only. ", "Pay now?"]),
    ("Version 2.0.1 is out. Update soon.", ["Version 2.0.1 is out. ", "Update soon."]),
    ("We open at 9 a.m. on weekdays.", ["We open at 9 a.m. on weekdays."]),
    ("Bring ID, e.g. a passport. OK?", ["Bring ID, e.g. a passport. ", "OK?"]),
    ("Is it 5.5% p.a. or more? Let me check.", ["Is it 5.5% p.a. or more? ", "Let me check."]),
    (
        "Dr. A. K. Sharma will see you. Please wait.",
        ["Dr. A. K. Sharma will see you. ", "Please wait."],
    ),
    ("No trailing punctuation here", ["No trailing punctuation here"]),
    ("Great!!! See you.", ["Great!!! ", "See you."]),
    ("(That was quick.) Next question?", ["(That was quick.) ", "Next question?"]),
]
