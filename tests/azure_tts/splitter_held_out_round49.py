"""Held-out cases for the sentence splitter, round 49: written without reading or running it.

Written after reading only /work/main/tests/azure_tts/splitter_held_out_round48.py and
/work/main/tests/azure_tts/splitter_held_out_round47.py (for format and conventions), each opened by
its exact path (with cat, sed, wc and grep, and with Python reading it as text and parsing it with
the ast module, never importing or running it). No splitter source, bench, tuning file, log, other
test file, README or git history was opened, no folder of the project was listed, no wildcard or
glob was used on a project path, git was not used, and no web, code or document search was made.
Nothing was run against the splitter or in the project, and its package was not imported. In /tmp
only the scratch folder /tmp/s37/w_s49/ (made for this round with mkdir -p) and this file were
touched; /tmp/s37 itself was not listed. One slip to record: the first 200 lines of round 47 (its
docstring) were printed once with sed piped through cut and head (to shorten its long lines), tools
outside the cat, sed, wc, grep and Python named for reading the two files (they read that one file
only, as text, from the pipe). Round 47's section comments were listed with grep -n on its exact
path; its case texts were not read line by line (they were searched only by the checks below).
Python was used only in the scratch folder: to read the two files as text for the checks below (the
docstrings were taken with ast), to assemble this file from drafted chunk lists (so each text is the
join of its chunks), to check that the chunks concatenate exactly to the text, that every chunk but
the last ends in whitespace, that there are 60 cases and that the module imports by path, and for
the checks below. The case shape of round 48 is kept: each case is (text, expected chunks), so the
text is given whole; no stream split is stored here. No sentence is taken or paraphrased from the
two files, and none of their replies was used as a template. No reply is about a library, a ration
card, a voter card, a bus, a passport, a hotel stay, a scholarship, a water tank, house tax or school
hours, and no case holds the substrings "lab", "ration", "bus" or "let" at all. Topics were moved
away from those the two files use (now a sofa re-covered, a dog's grooming, a laptop keyboard, an
ultrasound scan, a rebooked flight, beehives, a rangoli contest, shoe resoling, a car wash, a
wedding shamiana, a mobile recharge, a grandmother's medicines, a gas stove, a wedding mare, flour
milling, a sewing machine, a Ganesh idol, a sugarcane-cutting crew, dhak drummers, house painting,
coconut pickers, silk sari dry-cleaning, a wedding pandal, chilli spraying, kites, terrace
waterproofing, an arecanut dryer, swimming lessons, an Onam feast, a motorbike service, a phulkari
dupatta, dhol players, a framed pattachitra, house rewiring, a handloom, roof tin sheets, an Eid
kurta and a wristwatch; then an air cadet at a Republic Day fair, a matrimonial match, a child's ear
infection, a dance academy's new address, a savings account and home loan, a solar pump subsidy,
jaggery and mustard oil, a laptop on instalments, a dance show, a rooftop solar quote, a holiday
train, a plant nursery, a talking parrot, a found suitcase, a painting prize, a blocked sink, a mango
orchard, and the five mixed replies).

A phrase-overlap check searched every 16-character run of every case against both whole files
(docstrings included, case-insensitively, digits mapped to ASCII). Its first pass reworded: " is set
for sunday at", " has been replaced, and", " can compare them.", "your daughter's " (three cases), "
book ho gayi hain.", a Hindi " पूरी हो गई है। ", a Hindi " की मरम्मत पूरी ह" and " बदल दिया गया है",
a Tamil "கிழமை வருவார்கள்.", an Urdu " کی نماز کے بعد " and "ی کی گئی ہے۔ جمع", "she finished her
b.", "'s own degree is a b.", " a spoon of the ", " well before each ", " will come back ", ".
please do not ", " come straight from the ", " will inspect the ", " quotes run from ₹", " on the
last day ", " can be ordered on ", " are listed at https://", " questions about ", ".in with a
photo) ", " has won first prize ", " has your son kept " and " would you like "; a second pass found
"e on your phone " and " her parents threw a ", and a third (after the rewording below) " the third
month" and "apologise for the". After that no 16-character run is shared with either file. A
within-file run check also reworded " will reach your", "your daughter's ", " money will come ", "
for your daughter", " at the community hall. " and " will be handed out ", and now finds none. Every
phrase the two files quote in their docstrings (480 found by a regex for straight and curly double
quotes) was also searched for as a substring, case-insensitively; that pass reworded "es." (a first
"frames."), "ha." (a first Hinglish "raha."), "ir." (a first "fair."), "nt." (a first "aunt.",
"temperament." and "payment."), "rd." (a first "card."), "re." (a first "theatre." and "more."),
"rm." (a first "farm."), "rs." (a first "floors.", "years." twice, "stairs.", "sellers.",
"counters." and "numbers."), "st." (a first "dust.", "cost." and "contest." twice; a second pass
found "interest."), "ch." (a first "lunch."), "LL." (a first "hall.", "call." and "full."), "red."
(a first "honoured."), "aunt.", "years.", "Friday.", "Monday.", "Sunday.", "account" (twice),
"approved", "returns", "bill" (twice), "bulk", "care", "give" and "given", "till" (a first "still"
twice), "reach" (five times, once as "reaches"), "orders" (twice), "sorry", "ahead", "jayengi.", "thok"
(a first e-mail local part), the Kannada "ಡಿ." (a first "ಇಡಿ."), and the Malayalam "വീട്ടിലെ" (a
first "വീട്ടിലെത്തിക്കും") and "നിങ്ങളുടെ" (a first opening word); a second pass reworded "la." (a
"mela." brought in by the first pass), "mp." (a "pump." brought in the same way) and "orders", and a
third "ts." (a first "instalments.") and "give" (in a first "forgive"). What it still finds are
marks and connecting words ("!", "!!", "?", ",", ", ", ", and", ".", ";", "; ", "; and", " (", "
and ", " before ", " that", "...", "...!", "…", "…?", "%", "/-", ".in", "।"), the plain words "A",
"I", "It", "Our", "The", "We", "You", "and", "app", "back", "but", "by", "can", "each", "if", "just",
"only", "so", "to", "we" and "will", the amount-word "lakh" (kept, as the amounts case needs it),
word pieces ("AC" in words such as "each", "back", "machine" and "paracetamol"; "Ah" in the
Hinglish "dopahar" and "pahunch"; "app" in "approx."), and word endings ("d." and "ed." in
"added.", "felicitated.", "included.", "provided.", "end.", "ground.", "paid." and "weekend."; "g."
in "anything.", "healing.", "missing." and "spring."; "y." and "Y." in words such as "Thursday.",
"daily." and "safely."; "S." in words ending in s; "I." in the Hinglish "aayengi.", "chuki.",
"jaayengi." and "jayegi."). Inside a form it finds only these: "d.", "D.", "s." and "S." in B.D.S.;
"g." in Aug., bldg. and kg.; "s." in Ms.; "i." and "I." in E.M.I. None is inside an address, an
e-mail or a web address. No Malayalam reply uses "നിങ്ങളുടെ", no Odia reply uses "ଆପଣଙ୍କ", no Kannada
reply opens "ನಿಮ್ಮ ತಂದೆಯವರ", no Gujarati reply uses "પિતાજી", and no Urdu reply uses "خود بخود".

Numbers: every amount, decimal, percentage, date, time, phone number and count was checked with a
plain substring search against both files, with and without its separators, after mapping every
Unicode decimal digit to ASCII (the files' digits were also searched as one run with all
separators removed); none is in either file. The two-digit runs that occur in neither file even
with their separators removed are 26 40 62 65 88, and every number here holds at least one of them:
Shop 26, 26 and 62 (kg.), 65 and 40 (cm.), ₹2.65 lakh, 40%, ₹1,640/-, ₹26,400, ₹28,800,
₹40,265.50, ₹6,265, ₹8,88,000, 26-08-2088 (a Thursday), 06:26, 24.08.2088, 11:40, 12:26,
25/08/2088, 6.40, 09:26, 0612-265 4088 and 1800-262-4065. No single-digit number, no Indic digit
and no bare list number is used; the list markers are "➤ " and "✦ ", and neither occurs in either
file. Names, places and addresses were checked the same way (none occurs there): Ishaan Verma,
Farida Khan, Anil Deshpande, Sunita Rao, Bruno, Ghanta Ghar, Sadar, Amoxicillin, Ciprofloxacin,
paracetamol and the kyaribagh.in domain (local parts "seva" and "badi-kharid", paths
"beej-aur-paudhe", "gamle", "sinchai" and "yaad?din=ravivar"). The domain holds none of the files'
banned words; its tail before ".in" ("gh.") occurs nowhere in the files, and no other word here
ends in it. "India" is not used (nor a flag emoji); the Indic-script cases name no person and no
place. No undotted acronym is used (a regex for two or more capitals finds none; a first Hinglish
"GB" was written out as "gigabyte"). The emoji used (🥳, 🌻, 🙏, 🖌, 🏆, 🎉, 🍵, 🙋), the sign ♀ and
the skin tone 🏾 occur in neither file; the joiner and the presentation selector do (in round 47's
👨‍👦 and round 48's ❤️‍🔥), so the sequence 🙋‍♀️ as a whole is new but its joiner and selector are
not. A first 👩‍🎨 was dropped because its 👩 occurs in the files. The Malayalam and Telugu replies
hold no zero-width joiner or non-joiner.

Every short form here is new. Each was searched for in both files, case-insensitively, as a plain
substring (so also as a whole word), and none is found:
- service forms Cdt. and Cpl., with the lower-case sqn.;
- degrees B.D.S. and B.F.A. (and "B.D.", "D.S.", "B.F.", "F.A.");
- prescription forms Cap. and Gtt., with the lower-case liq.;
- address forms Opp. and Mkt., with the lower-case bldg.;
- banking forms Sav. and Instl., with the lower-case wdl.;
- officialese Dept. and Jt., with the lower-case encl.;
- units kg., cm. and ltr.;
- dotted acronyms E.M.I. and G.S.T. (and each run of two parts: "E.M.", "M.I.", "G.S.", "S.T.");
- short forms of ordinary prose Ms. and Sr., with the lower-case approx.;
- the month form Aug. (after "in" and after "of");
- Indic forms ಬಿ.ಕಾಂ. (Kannada), பி.காம். (Tamil) and पी.एच.डी. (Hindi). No single part of them
  ("ಬಿ.", "ಕಾಂ.", "பி.", "காம்.", "पी.", "एच.", "डी.") occurs in the two files read.
Their tails were checked too: "dt.", "pl.", "qn.", "ap.", "tt.", "iq.", "pp.", "kt.", "dg.", "av.",
"tl.", "dl.", "pt.", "jt.", "cl.", "kg.", "cm.", "tr.", "ms.", "sr.", "ox.", "ug." and the last
parts "D.S.", "F.A.", "M.I." and "S.T." occur nowhere there. Within this file no two forms share a
tail, and no other word ends in one (each tail occurs exactly as often as its form; a first "app."
was reworded for "pp."). Forms dropped for clashing: Capt. (sharing "pt." with Dept.), Hav.
(sharing "av." with Sav.), B.Arch. ("ch." is quoted in the files), M.Com. ("om." is in the files),
B.A. in Gurmukhi ("ਏ." is in the files) and a domain tail "ri." (in the files). No new short
amount-word is used (so the amounts case uses "lakh", "/-", "%" and paise only). No form means a
fuel, health centre, school, transport, post office, police, civic body, village, district, doctor,
number or time of day (so no "a.m.", "p.m.", "Dr." or "No."). No single capital letter ends a
sentence other than as the last part of a dotted acronym, and no label is exercised.

About two thirds of the cases (38 of 60) are everyday replies (home services, banking, travel,
health, farming, shops, festivals and events) in English, Hinglish, Hindi (one of them written with
"." instead of "।"), Marathi, Bengali, Tamil, Telugu, Gujarati, Kannada, Malayalam, Punjabi, Odia,
Assamese and Urdu, in round 48's proportions (8 English, 4 Hinglish, 4 Hindi, 2 of each other
language). The other 22 carry the harder cases a bot really produces, in round 48's order.

Conventions (those rounds 47 and 48 state, kept): each case is (text, the chunks a careful human
would send to TTS one at a time); the chunks concatenate exactly to the text; each chunk is a full
sentence (or list item / heading line) and carries the whitespace after its end. A chunk is never
cut inside an amount, decimal, percentage, date, clock time, short form, URL, e-mail, phone number
or emoji sequence, and a list marker stays with its item. A short form that ends a sentence ends the
chunk even before a pronoun, "A", a capitalised word, a question or a bracket; one opening a
sentence stays with it; one right before "?" or "!" ends the chunk after that mark; one before a
lower-case word, a number or a lower-case bracketed phrase does not end it. A one-line list after a
colon is chunked as its multi-line form would be; in a multi-line list each line is a chunk with its
newline, and an item with no closing mark is still a chunk ending at its newline. A bracketed or
quoted sentence is its own chunk with its closing mark; a bracket or quoted phrase inside a sentence
does not end it, nor does a "?" or "!" inside a quote or bracket mid-sentence; a ".", "!" or "?"
inside a closing quote that ends the sentence ends the chunk after the quote; a full stop just after
a closing quote or bracket ends the chunk after that full stop. An emoji stays with the sentence it
follows (also after a sentence's full stop, "!" or "?"); one right before ".", "?" or "!" stays in
its sentence; one closing a sentence with no stop ends the chunk; one opening the reply stays with
the sentence after it; one inside a sentence does not end it; a reply may end on an emoji. "?!",
"!?" and "!!" end a sentence; "..." and "…" before a capital end one, "...?"/"…?" end after the "?",
"...!"/"…!" after the "!"; before a lower-case word they do not end it. A dotted time, percentage,
amount-word, amount or date ending a sentence ends it after the final full stop, and one right
before "?" or "!" after that mark; a colon time is never cut. A URL is never cut (nor at a "?"
inside its query string); one right before "?" or "!" ends the chunk after that mark; a bare address
or e-mail ending a sentence before a capital ends the chunk after the full stop; an e-mail right
before "?" ends it after the "?"; a web address or e-mail inside a bracket mid-sentence is neither
cut nor an end. A phone number ending a sentence ends the chunk after the full stop, and one right
before "?" ends it after the "?". Square brackets behave as round brackets do; "to" between two
amounts, and "to" or "and" between two colon times, is not a cut. Urdu sentences end at ۔ and ؟,
Indic ones at । as well as "."; in a mixed-script reply each sentence ends at its own script's
mark; a dotted Indic form followed by a word, opening a sentence or inside a question does not end
it. Two emoji in a row after a sentence's full stop both stay with that sentence; an http:// address
ending a sentence before a capital ends the chunk after the full stop; a short form joined to "mid-"
behaves as the short form alone does; items of a one-line list ending in ",", ", and", ";" or "; and"
are each a chunk. Two readings follow from the stated ones and are used here: a month form with no
day number right before "?" ("in Aug.? One") ends the chunk after the "?", as any short form there
does; an emoji right before "." followed by a second emoji after that full stop ("sunflowers 🌻. 🙏🏾
The") keeps both in that sentence, as each rule alone does.

Exercised here (new variations):
1. "Cdt. Ishaan Verma" opening the reply stays with it; a lower-case "one sqn. Its" ends the chunk;
   "A retired Cpl. (the sarpanch's" is not an end; "Will Cdt. Verma carry" inside a question is not
   one; "the Cpl.? Yes" ends after the "?"; "that sqn., some" is not an end; "the Cdt.! Gates" ends
   after the "!".
2. "a B.D.S. dentist" is not an end; "a B.F.A. He" ends the chunk; "Does a B.F.A. degree" inside a
   question is not an end; "a B.D.S.? He" ends after the "?"; "B.F.A. holders" opening a sentence
   stays with it; "a B.D.S., and" is not an end; "her B.D.S.! They" ends after the "!".
3. "Cap. Amoxicillin" opening the reply stays with it; "use Gtt. Ciprofloxacin in" is not an end; a
   lower-case "paracetamol liq. It" ends the chunk; "Can the Cap. be" inside a question is not an
   end; "the Gtt.? Only" ends after the "?"; "the liq. bottle" is not an end; "single Cap.!
   Stopping" ends after the "!".
4. "Shop 26, Opp. Ghanta Ghar, Sadar Mkt., on" holds no end (that sentence ends at its own full
   stop); a lower-case "the bldg. A" ends the chunk; "Which Mkt. entrance" inside a question is not
   an end; "a chemist Opp. the academy?" inside a question is not one; "that bldg. works" is not
   one; "the Mkt.! Follow" ends after the "!".
5. "Your Sav. deposits" is not an end; "this month's Instl. You" ends the chunk; a lower-case "last
   wdl. There" ends it; "the Instl. date" and "the failed wdl. show" inside questions are not ends;
   "the Sav.? Quarterly" ends after the "?"; "each Instl.! A" ends after the "!".
6. "The Dept. of" is not an end; a lower-case "are encl. Keep" ends the chunk; "Jt. Director Sunita
   Rao" opening a sentence stays with it; "also encl.? Yes" ends after the "?"; "Will the Jt.
   Director" inside a question is not an end; "The encl. receipt" is not one; "the Dept.! No" ends
   after the "!".
7. "26 kg. of" is not an end; "65 cm. It" ends the chunk; "by the ltr.? We" ends after the "?";
   "two ltr. cans" is not an end; "by the kg.! Smaller" ends after the "!"; "a 40 cm. bin" inside a
   question is not an end; "62 kg., so" is not one.
8. "E.M.I. payments" opening the reply stays with it; "the G.S.T. Keep" ends the chunk; "Is the
   E.M.I. amount" inside a question is not an end; "whole E.M.I.? Yes" ends after the "?"; "The
   G.S.T., shown" is not an end; "an E.M.I. Cash" ends the chunk; "the G.S.T.! Ask" ends after the
   "!".
9. "Ms. Farida Khan" opening the reply stays with it; "approx. forty" is not an end; "Deshpande Sr.
   Our" ends the chunk; "Will Ms. Khan perform" inside a question is not one; "Deshpande Sr.? No"
   ends after the "?"; "Deshpande Sr., who" is not an end; "for approx. two hours?" inside a
   question is not one.
10. An amount-word ending a sentence ("₹2.65 lakh. Is"), a percentage right before "?" ("40%?
    Yes"), an amount with "/-" before a lower-case word ("₹1,640/- extra."), two amounts joined by
    "to" before a comma ("₹26,400 to ₹28,800, with"), an amount with paise before a comma
    ("₹40,265.50, payable"), a bracketed amount mid-sentence ("(₹6,265 for two years) with"), an
    amount in Indian grouping right before "!" ("₹8,88,000! Shall").
11. A hyphen date before a comma ("26-08-2088, a"), a colon time before a lower-case word ("06:26
    and"), a month form right before "?" ("in Aug.? One"), a dotted date ending a sentence
    ("24.08.2088. The"), two colon times joined by "to" ("11:40 to 12:26 at"), a slash date before a
    lower-case bracket ("25/08/2088 (any time after noon) with"), a dotted time right before "!"
    ("6.40! Is"), a month form inside a question ("of Aug. at"), a colon time right before "?"
    ("09:26? Yes").
12. A bare address before a lower-case word is not cut; an https:// address with a hyphenated path
    ending a sentence before a capital ends it after the full stop; an e-mail inside a bracket
    mid-sentence is neither cut nor an end; an http:// address with a path right before "!" ends
    the chunk after the "!"; a landline with an area code right before "?" ends it after the "?"; a
    toll-free number ending a sentence ends it after the full stop; a www. address with a path
    inside a bracket mid-sentence is neither cut nor an end; an e-mail with a hyphenated local part
    right before "?" ends it after the "?"; an https:// address with a "?" query string ends the
    reply after its full stop.
13. A "?" inside a straight double quote mid-sentence ("Kaun hai?" in); a "!" inside a closing
    curly double quote ending a sentence (“Roti do!” (); a bracketed exclamation as its own chunk; a
    full stop just after a closing curly single quote (‘hello’. [); a square-bracketed question as
    its own chunk; a full stop just after a closing bracket (whistle). Our); a "." inside a closing
    straight double quote ending the reply.
14. "!!" ends the first sentence; "…" before "The" ends one; "..." before "so" does not; "…?" ends
    one after the "?"; "...!" ends one after the "!"; "…" before "and" does not; the reply ends on
    "...".
15. Emoji: 🥳 opening the reply, 🌻 right before "." with the skin-toned 🙏🏾 after that full stop,
    🖌 inside a sentence, 🏆 right before "?" with 🎉 after it, 🍵 closing a sentence with no stop,
    the joined 🙋‍♀️ (with a presentation selector) ending the reply with no stop.
16. "➤ " markers on a one-line list after a colon (items ending ";", "; and" and ".") and "✦ "
    markers on a multi-line list after a heading line (items ending "!", no mark, "?" and "."), each
    followed by a plain sentence.
17. Mixed scripts: Kannada holding ಬಿ.ಕಾಂ. before a word mid-sentence, English, a Kannada question;
    Tamil opening the reply with பி.காம்., an English question, Tamil at "."; a Hindi question
    holding पी.एच.डी. before a word, an English "!", Hindi at ।; Marathi at ".", an English "!", Odia
    at ।; Bengali at ।, an English question, Urdu at ۔.

"""

from __future__ import annotations

HELD_OUT: list[tuple[str, list[str]]] = [
    # --- everyday replies, English ---
    (
        "Your three-seater sofa has been stripped, fitted with new foam and covered in the mustard fabric you chose. The old springs were sound, so we kept them. Our van can bring it over on Friday morning if someone is home to receive it.",
        [
            "Your three-seater sofa has been stripped, fitted with new foam and covered in the mustard fabric you chose. ",
            "The old springs were sound, so we kept them. ",
            "Our van can bring it over on Friday morning if someone is home to receive it.",
        ],
    ),
    (
        "Bruno has a grooming slot on Sunday at our pet parlour near the park. He will get a warm bath, a nail trim and a brush-out of his thick coat. Please walk him just before you come so that he stays calm on the table.",
        [
            "Bruno has a grooming slot on Sunday at our pet parlour near the park. ",
            "He will get a warm bath, a nail trim and a brush-out of his thick coat. ",
            "Please walk him just before you come so that he stays calm on the table.",
        ],
    ),
    (
        "We fitted a new keyboard on your laptop, and every key now responds properly. We also cleaned the fan, which was clogged with fluff. The machine runs much cooler now, and you may collect it from the service desk after four.",
        [
            "We fitted a new keyboard on your laptop, and every key now responds properly. ",
            "We also cleaned the fan, which was clogged with fluff. ",
            "The machine runs much cooler now, and you may collect it from the service desk after four.",
        ],
    ),
    (
        "Your wife's ultrasound scan is booked for Wednesday with the radiologist on the second floor. She should drink four glasses of water an hour earlier and hold her urine until after the scan. Carry the earlier scan reports for the doctor to look at side by side.",
        [
            "Your wife's ultrasound scan is booked for Wednesday with the radiologist on the second floor. ",
            "She should drink four glasses of water an hour earlier and hold her urine until after the scan. ",
            "Carry the earlier scan reports for the doctor to look at side by side.",
        ],
    ),
    (
        "Your cancelled flight has been moved to the next morning at no extra charge. Two adjoining window seats were open, and we have reserved them for you and your mother. We will text the new boarding passes to you tonight.",
        [
            "Your cancelled flight has been moved to the next morning at no extra charge. ",
            "Two adjoining window seats were open, and we have reserved them for you and your mother. ",
            "We will text the new boarding passes to you tonight.",
        ],
    ),
    (
        "Four wooden beehives, each with a colony of gentle Italian bees, will arrive at your mustard field on Monday by noon. Set them facing east, a few steps apart, on bricks that keep ants away. Our beekeeper will stay for the first hour to show you how to open each hive safely.",
        [
            "Four wooden beehives, each with a colony of gentle Italian bees, will arrive at your mustard field on Monday by noon. ",
            "Set them facing east, a few steps apart, on bricks that keep ants away. ",
            "Our beekeeper will stay for the first hour to show you how to open each hive safely.",
        ],
    ),
    (
        "Thank you for entering your niece's rangoli in the Diwali contest held at the town hall this year. Each entry gets a square of floor two arm-lengths wide, and colours are provided. Judging begins once the lamps are lit, and winners are named before the fireworks.",
        [
            "Thank you for entering your niece's rangoli in the Diwali contest held at the town hall this year. ",
            "Each entry gets a square of floor two arm-lengths wide, and colours are provided. ",
            "Judging begins once the lamps are lit, and winners are named before the fireworks.",
        ],
    ),
    (
        "Both pairs of your leather shoes have been resoled with rubber that grips well on a wet floor. The brown pair also needed new stitching along the toe. They are polished and wrapped, ready for pickup from the cobbler's counter near the gate.",
        [
            "Both pairs of your leather shoes have been resoled with rubber that grips well on a wet floor. ",
            "The brown pair also needed new stitching along the toe. ",
            "They are polished and wrapped, ready for pickup from the cobbler's counter near the gate.",
        ],
    ),
    # --- everyday replies, Hinglish ---
    (
        "Aapki gaadi ki dhulai aur andar ki safai ho chuki. Seat covers bhi vacuum se saaf kiye gaye. Chabi reception par rakhi hai, aap kabhi bhi aa sakte hain.",
        [
            "Aapki gaadi ki dhulai aur andar ki safai ho chuki. ",
            "Seat covers bhi vacuum se saaf kiye gaye. ",
            "Chabi reception par rakhi hai, aap kabhi bhi aa sakte hain.",
        ],
    ),
    (
        "Shaadi ke liye shamiana aur kursiyan pakki ho gayi hain. Hamare ladke ek din pehle aakar sab khada kar denge. Bijli ki jhalar bhi saath mein lagayi jayegi.",
        [
            "Shaadi ke liye shamiana aur kursiyan pakki ho gayi hain. ",
            "Hamare ladke ek din pehle aakar sab khada kar denge. ",
            "Bijli ki jhalar bhi saath mein lagayi jayegi.",
        ],
    ),
    (
        "Aapka mobile recharge ho gaya. Naye plan mein roz do gigabyte data milega. Yeh plan agle athaais din tak chalega.",
        [
            "Aapka mobile recharge ho gaya. ",
            "Naye plan mein roz do gigabyte data milega. ",
            "Yeh plan agle athaais din tak chalega.",
        ],
    ),
    (
        "Dadi ji ki dawaiyan kal dopahar tak ghar pahunch jaayengi. Sugar ki goliyan is baar bade dibbe mein aayengi. Delivery wale bhaiya ko parchi ki copy dikha dijiyega.",
        [
            "Dadi ji ki dawaiyan kal dopahar tak ghar pahunch jaayengi. ",
            "Sugar ki goliyan is baar bade dibbe mein aayengi. ",
            "Delivery wale bhaiya ko parchi ki copy dikha dijiyega.",
        ],
    ),
    # --- everyday replies, Hindi ---
    (
        "आपके गैस चूल्हे की सर्विसिंग हो चुकी है। तीनों बर्नर साफ़ करके नई पाइप लगा दी गई है। अब लौ नीली और बराबर जलेगी।",
        [
            "आपके गैस चूल्हे की सर्विसिंग हो चुकी है। ",
            "तीनों बर्नर साफ़ करके नई पाइप लगा दी गई है। ",
            "अब लौ नीली और बराबर जलेगी।",
        ],
    ),
    (
        "बारात के लिए सजी हुई घोड़ी रविवार शाम को पहुँचेगी। उसके साथ एक बैंड-बाजा वाला भी आएगा। घोड़ी के लिए पानी और चारे का इंतज़ाम कर दीजिए।",
        [
            "बारात के लिए सजी हुई घोड़ी रविवार शाम को पहुँचेगी। ",
            "उसके साथ एक बैंड-बाजा वाला भी आएगा। ",
            "घोड़ी के लिए पानी और चारे का इंतज़ाम कर दीजिए।",
        ],
    ),
    (
        "आपका गेहूँ चक्की पर पिस गया है। आटा पाँच बोरियों में भरकर रखा गया है। कल सुबह हमारा रिक्शा उसे आपके घर छोड़ जाएगा।",
        [
            "आपका गेहूँ चक्की पर पिस गया है। ",
            "आटा पाँच बोरियों में भरकर रखा गया है। ",
            "कल सुबह हमारा रिक्शा उसे आपके घर छोड़ जाएगा।",
        ],
    ),
    (
        "आपकी सिलाई मशीन ठीक कर दी गई. उसकी सुई और धागे का पहिया नया लगाया गया है. मशीन में हर महीने दो बूँद तेल डालते रहिए.",
        [
            "आपकी सिलाई मशीन ठीक कर दी गई. ",
            "उसकी सुई और धागे का पहिया नया लगाया गया है. ",
            "मशीन में हर महीने दो बूँद तेल डालते रहिए.",
        ],
    ),
    # --- everyday replies, other Indian languages ---
    (
        "तुमच्या घरच्या गणपतीची मूर्ती तयार झाली आहे. मूर्तीला शाडूच्या मातीचा वापर केला आहे. चतुर्थीच्या आदल्या दिवशी ती घरी न्यावी.",
        [
            "तुमच्या घरच्या गणपतीची मूर्ती तयार झाली आहे. ",
            "मूर्तीला शाडूच्या मातीचा वापर केला आहे. ",
            "चतुर्थीच्या आदल्या दिवशी ती घरी न्यावी.",
        ],
    ),
    (
        "तुमच्या उसाच्या तोडणीसाठी टोळी गुरुवारी पहाटे येईल. त्यांच्या राहण्याची सोय शेताजवळ करावी लागेल. ऊस कारखान्यात पोहोचल्यावर वजनाची पावती मिळेल.",
        [
            "तुमच्या उसाच्या तोडणीसाठी टोळी गुरुवारी पहाटे येईल. ",
            "त्यांच्या राहण्याची सोय शेताजवळ करावी लागेल. ",
            "ऊस कारखान्यात पोहोचल्यावर वजनाची पावती मिळेल.",
        ],
    ),
    (
        "পুজোর চার দিনের জন্য দুজন ঢাকি ঠিক করা হয়েছে। তাঁরা ষষ্ঠীর সন্ধ্যায় মণ্ডপে এসে পৌঁছবেন। তাঁদের খাওয়াদাওয়ার দায়িত্ব পুজো কমিটির।",
        [
            "পুজোর চার দিনের জন্য দুজন ঢাকি ঠিক করা হয়েছে। ",
            "তাঁরা ষষ্ঠীর সন্ধ্যায় মণ্ডপে এসে পৌঁছবেন। ",
            "তাঁদের খাওয়াদাওয়ার দায়িত্ব পুজো কমিটির।",
        ],
    ),
    (
        "আপনার বাড়ির বাইরের দেওয়াল রং করার কাজ সোমবার শুরু হবে। রঙের মিস্ত্রিরা সকাল আটটার মধ্যে চলে আসবেন। বারান্দার গাছের টবগুলো আগে সরিয়ে রাখবেন।",
        [
            "আপনার বাড়ির বাইরের দেওয়াল রং করার কাজ সোমবার শুরু হবে। ",
            "রঙের মিস্ত্রিরা সকাল আটটার মধ্যে চলে আসবেন। ",
            "বারান্দার গাছের টবগুলো আগে সরিয়ে রাখবেন।",
        ],
    ),
    (
        "உங்கள் தென்னந்தோப்பில் தேங்காய் பறிக்க இரண்டு பேர் சனிக்கிழமை காலை வந்து சேர்வார்கள். ஒவ்வொரு மரத்துக்கும் கூலி தனியாகக் கணக்கிடப்படும். பறித்த காய்களை அவர்களே குவித்து வைப்பார்கள்.",
        [
            "உங்கள் தென்னந்தோப்பில் தேங்காய் பறிக்க இரண்டு பேர் சனிக்கிழமை காலை வந்து சேர்வார்கள். ",
            "ஒவ்வொரு மரத்துக்கும் கூலி தனியாகக் கணக்கிடப்படும். ",
            "பறித்த காய்களை அவர்களே குவித்து வைப்பார்கள்.",
        ],
    ),
    (
        "உங்கள் பட்டுப் புடவையின் உலர் சலவை முடிந்தது. சரிகைப் பகுதி சேதமின்றி பளபளப்பாக உள்ளது. கடைக்கு வந்து ரசீதைக் காட்டிப் பெற்றுக்கொள்ளுங்கள்.",
        [
            "உங்கள் பட்டுப் புடவையின் உலர் சலவை முடிந்தது. ",
            "சரிகைப் பகுதி சேதமின்றி பளபளப்பாக உள்ளது. ",
            "கடைக்கு வந்து ரசீதைக் காட்டிப் பெற்றுக்கொள்ளுங்கள்.",
        ],
    ),
    (
        "మీ ఇంటి పెళ్లి పందిరి పని బుధవారం మొదలవుతుంది. మామిడి తోరణాలు, అరటి చెట్లు మేమే తీసుకువస్తాము. పందిరి కింద నేల సమంగా ఉండేలా చూడండి.",
        [
            "మీ ఇంటి పెళ్లి పందిరి పని బుధవారం మొదలవుతుంది. ",
            "మామిడి తోరణాలు, అరటి చెట్లు మేమే తీసుకువస్తాము. ",
            "పందిరి కింద నేల సమంగా ఉండేలా చూడండి.",
        ],
    ),
    (
        "మీ మిరప తోటకు పురుగుమందు పిచికారీ శుక్రవారం చేస్తాము. ఆ రోజు పిల్లలను పొలం దగ్గరికి పంపకండి. పిచికారీ తర్వాత మూడు రోజులు కాయలు కోయవద్దు.",
        [
            "మీ మిరప తోటకు పురుగుమందు పిచికారీ శుక్రవారం చేస్తాము. ",
            "ఆ రోజు పిల్లలను పొలం దగ్గరికి పంపకండి. ",
            "పిచికారీ తర్వాత మూడు రోజులు కాయలు కోయవద్దు.",
        ],
    ),
    (
        "ઉત્તરાયણ માટે તમે મંગાવેલા પતંગ અને દોરીની ફીરકી તૈયાર છે. દોરી પર કાચનો માંજો નથી, એટલે હાથ નહીં કપાય. શુક્રવાર સુધીમાં દુકાનેથી લઈ જજો.",
        [
            "ઉત્તરાયણ માટે તમે મંગાવેલા પતંગ અને દોરીની ફીરકી તૈયાર છે. ",
            "દોરી પર કાચનો માંજો નથી, એટલે હાથ નહીં કપાય. ",
            "શુક્રવાર સુધીમાં દુકાનેથી લઈ જજો.",
        ],
    ),
    (
        "તમારા ઘરની અગાસી પર વોટરપ્રૂફિંગનું કામ સોમવારે શરૂ થશે. કારીગરો પહેલાં તિરાડો ભરીને પછી કોટિંગ કરશે. બે દિવસ સુધી અગાસી પર કોઈએ ચાલવું નહીં.",
        [
            "તમારા ઘરની અગાસી પર વોટરપ્રૂફિંગનું કામ સોમવારે શરૂ થશે. ",
            "કારીગરો પહેલાં તિરાડો ભરીને પછી કોટિંગ કરશે. ",
            "બે દિવસ સુધી અગાસી પર કોઈએ ચાલવું નહીં.",
        ],
    ),
    (
        "ನಿಮ್ಮ ಅಡಿಕೆ ಒಣಗಿಸುವ ಯಂತ್ರವನ್ನು ಮಂಗಳವಾರ ತೋಟಕ್ಕೆ ತರಲಾಗುತ್ತದೆ. ಅದನ್ನು ನಡೆಸಲು ನಮ್ಮ ಒಬ್ಬ ಕೆಲಸಗಾರ ಜೊತೆಗೆ ಬರುತ್ತಾರೆ. ಒಣಗಿದ ಅಡಿಕೆಯನ್ನು ಚೀಲಗಳಲ್ಲಿ ತುಂಬಿ ಇಟ್ಟುಕೊಳ್ಳಿ.",
        [
            "ನಿಮ್ಮ ಅಡಿಕೆ ಒಣಗಿಸುವ ಯಂತ್ರವನ್ನು ಮಂಗಳವಾರ ತೋಟಕ್ಕೆ ತರಲಾಗುತ್ತದೆ. ",
            "ಅದನ್ನು ನಡೆಸಲು ನಮ್ಮ ಒಬ್ಬ ಕೆಲಸಗಾರ ಜೊತೆಗೆ ಬರುತ್ತಾರೆ. ",
            "ಒಣಗಿದ ಅಡಿಕೆಯನ್ನು ಚೀಲಗಳಲ್ಲಿ ತುಂಬಿ ಇಟ್ಟುಕೊಳ್ಳಿ.",
        ],
    ),
    (
        "ನಿಮ್ಮ ಮಗನ ಈಜು ತರಗತಿ ಶನಿವಾರ ಬೆಳಿಗ್ಗೆ ಶುರುವಾಗುತ್ತದೆ. ಈಜುಡುಗೆ ಮತ್ತು ಟವೆಲ್ ತಪ್ಪದೆ ತರಬೇಕು. ತರಬೇತುದಾರರು ಮೊದಲ ವಾರ ಆಳವಿಲ್ಲದ ಕೊಳದಲ್ಲೇ ಕಲಿಸುತ್ತಾರೆ.",
        [
            "ನಿಮ್ಮ ಮಗನ ಈಜು ತರಗತಿ ಶನಿವಾರ ಬೆಳಿಗ್ಗೆ ಶುರುವಾಗುತ್ತದೆ. ",
            "ಈಜುಡುಗೆ ಮತ್ತು ಟವೆಲ್ ತಪ್ಪದೆ ತರಬೇಕು. ",
            "ತರಬೇತುದಾರರು ಮೊದಲ ವಾರ ಆಳವಿಲ್ಲದ ಕೊಳದಲ್ಲೇ ಕಲಿಸುತ್ತಾರೆ.",
        ],
    ),
    (
        "ഓണസദ്യയ്ക്കുള്ള ഇരുപത്തഞ്ചു പേരുടെ ഓർഡർ ഉറപ്പിച്ചു. പായസം രണ്ടു തരം ഉണ്ടാകും. തിരുവോണ ദിവസം രാവിലെ പതിനൊന്നിനു മുൻപ് ഭക്ഷണം എത്തിച്ചുതരും.",
        [
            "ഓണസദ്യയ്ക്കുള്ള ഇരുപത്തഞ്ചു പേരുടെ ഓർഡർ ഉറപ്പിച്ചു. ",
            "പായസം രണ്ടു തരം ഉണ്ടാകും. ",
            "തിരുവോണ ദിവസം രാവിലെ പതിനൊന്നിനു മുൻപ് ഭക്ഷണം എത്തിച്ചുതരും.",
        ],
    ),
    (
        "ബൈക്കിന്റെ സർവീസ് കഴിഞ്ഞു. ബ്രേക്ക് ഷൂവും എഞ്ചിൻ ഓയിലും മാറ്റി. വൈകിട്ട് ആറിനു മുൻപ് വർക്ക്ഷോപ്പിൽ നിന്ന് എടുക്കാം.",
        [
            "ബൈക്കിന്റെ സർവീസ് കഴിഞ്ഞു. ",
            "ബ്രേക്ക് ഷൂവും എഞ്ചിൻ ഓയിലും മാറ്റി. ",
            "വൈകിട്ട് ആറിനു മുൻപ് വർക്ക്ഷോപ്പിൽ നിന്ന് എടുക്കാം.",
        ],
    ),
    (
        "ਤੁਹਾਡੀ ਧੀ ਦੀ ਫੁਲਕਾਰੀ ਵਾਲੀ ਚੁੰਨੀ ਦੀ ਕਢਾਈ ਪੂਰੀ ਹੋ ਗਈ ਹੈ। ਇਸ ਵਿੱਚ ਸੁਨਹਿਰੀ ਅਤੇ ਲਾਲ ਧਾਗਾ ਵਰਤਿਆ ਗਿਆ ਹੈ। ਬੁੱਧਵਾਰ ਨੂੰ ਦੁਕਾਨ ਤੋਂ ਲੈ ਜਾਣਾ।",
        [
            "ਤੁਹਾਡੀ ਧੀ ਦੀ ਫੁਲਕਾਰੀ ਵਾਲੀ ਚੁੰਨੀ ਦੀ ਕਢਾਈ ਪੂਰੀ ਹੋ ਗਈ ਹੈ। ",
            "ਇਸ ਵਿੱਚ ਸੁਨਹਿਰੀ ਅਤੇ ਲਾਲ ਧਾਗਾ ਵਰਤਿਆ ਗਿਆ ਹੈ। ",
            "ਬੁੱਧਵਾਰ ਨੂੰ ਦੁਕਾਨ ਤੋਂ ਲੈ ਜਾਣਾ।",
        ],
    ),
    (
        "ਵਿਆਹ ਵਾਲੇ ਦਿਨ ਲਈ ਦੋ ਢੋਲੀ ਪੱਕੇ ਕਰ ਦਿੱਤੇ ਹਨ। ਉਹ ਬਰਾਤ ਚੜ੍ਹਨ ਤੋਂ ਅੱਧਾ ਘੰਟਾ ਪਹਿਲਾਂ ਪਹੁੰਚ ਜਾਣਗੇ। ਬਾਕੀ ਪੈਸੇ ਵਿਆਹ ਤੋਂ ਬਾਅਦ ਦੇ ਦੇਣਾ।",
        [
            "ਵਿਆਹ ਵਾਲੇ ਦਿਨ ਲਈ ਦੋ ਢੋਲੀ ਪੱਕੇ ਕਰ ਦਿੱਤੇ ਹਨ। ",
            "ਉਹ ਬਰਾਤ ਚੜ੍ਹਨ ਤੋਂ ਅੱਧਾ ਘੰਟਾ ਪਹਿਲਾਂ ਪਹੁੰਚ ਜਾਣਗੇ। ",
            "ਬਾਕੀ ਪੈਸੇ ਵਿਆਹ ਤੋਂ ਬਾਅਦ ਦੇ ਦੇਣਾ।",
        ],
    ),
    (
        "ଆପଣ ଅର୍ଡର କରିଥିବା ପଟ୍ଟଚିତ୍ର ଫ୍ରେମରେ ବନ୍ଧା ହୋଇଗଲା। ଚିତ୍ର ଉପରେ କାଚ ଲଗାଯାଇଛି। ମଙ୍ଗଳବାର ଆମ ଲୋକ ଏହାକୁ ଘରେ ଟାଙ୍ଗି ଦେବେ।",
        [
            "ଆପଣ ଅର୍ଡର କରିଥିବା ପଟ୍ଟଚିତ୍ର ଫ୍ରେମରେ ବନ୍ଧା ହୋଇଗଲା। ",
            "ଚିତ୍ର ଉପରେ କାଚ ଲଗାଯାଇଛି। ",
            "ମଙ୍ଗଳବାର ଆମ ଲୋକ ଏହାକୁ ଘରେ ଟାଙ୍ଗି ଦେବେ।",
        ],
    ),
    (
        "ଘରର ପୁରୁଣା ବିଜୁଳି ତାର ବଦଳାଇବା କାମ ଗୁରୁବାର ହେବ। ସେଦିନ ସକାଳୁ ସନ୍ଧ୍ୟା ଯାଏଁ ବିଜୁଳି ବନ୍ଦ ରହିବ। ଫ୍ରିଜର ଜିନିଷ ଆଗରୁ ବାହାର କରି ରଖନ୍ତୁ।",
        [
            "ଘରର ପୁରୁଣା ବିଜୁଳି ତାର ବଦଳାଇବା କାମ ଗୁରୁବାର ହେବ। ",
            "ସେଦିନ ସକାଳୁ ସନ୍ଧ୍ୟା ଯାଏଁ ବିଜୁଳି ବନ୍ଦ ରହିବ। ",
            "ଫ୍ରିଜର ଜିନିଷ ଆଗରୁ ବାହାର କରି ରଖନ୍ତୁ।",
        ],
    ),
    (
        "আপোনাৰ তাঁতশালখন মেৰামতি কৰা হ'ল। ইয়াৰ ভঙা কাঠৰ অংশটো নতুনকৈ লগোৱা হৈছে। দেওবাৰে আমাৰ মানুহে তাঁতশালখন ঘৰত থৈ আহিব।",
        [
            "আপোনাৰ তাঁতশালখন মেৰামতি কৰা হ'ল। ",
            "ইয়াৰ ভঙা কাঠৰ অংশটো নতুনকৈ লগোৱা হৈছে। ",
            "দেওবাৰে আমাৰ মানুহে তাঁতশালখন ঘৰত থৈ আহিব।",
        ],
    ),
    (
        "আপোনাৰ ঘৰৰ চালৰ নতুন টিনপাত শুক্ৰবাৰে লগোৱা হ'ব। মিস্ত্ৰীসকলে ৰাতিপুৱাই কাম আৰম্ভ কৰিব। চোতালৰ গাড়ীখন আন ঠাইলৈ আঁতৰাই থ'ব।",
        [
            "আপোনাৰ ঘৰৰ চালৰ নতুন টিনপাত শুক্ৰবাৰে লগোৱা হ'ব। ",
            "মিস্ত্ৰীসকলে ৰাতিপুৱাই কাম আৰম্ভ কৰিব। ",
            "চোতালৰ গাড়ীখন আন ঠাইলৈ আঁতৰাই থ'ব।",
        ],
    ),
    (
        "عید کے لیے آپ کا کرتا پاجامہ سل کر تیار ہو گیا ہے۔ کالر پر ہلکی سی کڑھائی بھی ہے۔ جمعے کو دوپہر کے بعد دکان سے لے جائیں۔",
        [
            "عید کے لیے آپ کا کرتا پاجامہ سل کر تیار ہو گیا ہے۔ ",
            "کالر پر ہلکی سی کڑھائی بھی ہے۔ ",
            "جمعے کو دوپہر کے بعد دکان سے لے جائیں۔",
        ],
    ),
    (
        "آپ کی کلائی گھڑی کی مرمت مکمل ہو گئی ہے۔ اس میں نیا سیل اور نیا شیشہ لگایا گیا ہے۔ رسید دکھا کر منگل کے روز گھڑی لے لیں۔",
        [
            "آپ کی کلائی گھڑی کی مرمت مکمل ہو گئی ہے۔ ",
            "اس میں نیا سیل اور نیا شیشہ لگایا گیا ہے۔ ",
            "رسید دکھا کر منگل کے روز گھڑی لے لیں۔",
        ],
    ),
    # --- service forms: Cdt. opening the reply before a name, a lower-case sqn. ending a sentence before "Its", Cpl. before a lower-case bracketed phrase, Cdt. inside a question before a name, Cpl. right before "?", sqn. before a comma, Cdt. right before "!" ---
    (
        "Cdt. Ishaan Verma, who trains with the air cadets, will lead the march past at the Republic Day fair on your village ground. His instructor flew transport planes for twenty years in one sqn. Its old pilots send him a card on every birthday. A retired Cpl. (the sarpanch's elder brother) will judge the drill competition. Will Cdt. Verma carry the tricolour? He will, with two cadets marching beside him. Should we keep a chair on the stage for the Cpl.? Yes, close to the judges' table. Veterans from that sqn., some now in their eighties, will also be felicitated. The village children cannot wait to salute the Cdt.! Gates open at half past eight.",
        [
            "Cdt. Ishaan Verma, who trains with the air cadets, will lead the march past at the Republic Day fair on your village ground. ",
            "His instructor flew transport planes for twenty years in one sqn. ",
            "Its old pilots send him a card on every birthday. ",
            "A retired Cpl. (the sarpanch's elder brother) will judge the drill competition. ",
            "Will Cdt. Verma carry the tricolour? ",
            "He will, with two cadets marching beside him. ",
            "Should we keep a chair on the stage for the Cpl.? ",
            "Yes, close to the judges' table. ",
            "Veterans from that sqn., some now in their eighties, will also be felicitated. ",
            "The village children cannot wait to salute the Cdt.! ",
            "Gates open at half past eight.",
        ],
    ),
    # --- degrees: B.D.S. before a lower-case word mid-sentence, B.F.A. ending a sentence before "He", B.F.A. inside a question, B.D.S. right before "?", B.F.A. opening a sentence, B.D.S. before a comma, B.D.S. right before "!" ---
    (
        "We have found a new match for your nephew: a B.D.S. dentist who runs a small clinic with her uncle. Her elder brother, who designs book covers, holds a B.F.A. He lives abroad and will join the first meeting on a video link. Does a B.F.A. degree count for much with your family? Not much, since a kind nature matters most to them. Would your nephew rather meet a girl with a B.D.S.? He would, since he is a doctor too. B.F.A. holders often work from home, so the brother's hours are flexible. The girl trained for a B.D.S., and she has practised since her graduation. The whole family feasted for days after her B.D.S.! They are keen to meet you this weekend.",
        [
            "We have found a new match for your nephew: a B.D.S. dentist who runs a small clinic with her uncle. ",
            "Her elder brother, who designs book covers, holds a B.F.A. ",
            "He lives abroad and will join the first meeting on a video link. ",
            "Does a B.F.A. degree count for much with your family? ",
            "Not much, since a kind nature matters most to them. ",
            "Would your nephew rather meet a girl with a B.D.S.? ",
            "He would, since he is a doctor too. ",
            "B.F.A. holders often work from home, so the brother's hours are flexible. ",
            "The girl trained for a B.D.S., and she has practised since her graduation. ",
            "The whole family feasted for days after her B.D.S.! ",
            "They are keen to meet you this weekend.",
        ],
    ),
    # --- prescription forms: Cap. opening the reply before a capitalised drug name, Gtt. before a capitalised drug name mid-sentence, a lower-case liq. ending a sentence before "It", Cap. inside a question, Gtt. right before "?", liq. before a lower-case word, Cap. right before "!" ---
    (
        "Cap. Amoxicillin has been prescribed for your little girl's ear infection, one after each meal for five days. The doctor also wants her to use Gtt. Ciprofloxacin in the sore ear twice daily. If the fever comes back at night, offer her a spoonful of paracetamol liq. It brings the temperature down within an hour. Can the Cap. be opened and mixed with honey? Yes, if she finds it hard to swallow. Should we warm the Gtt.? Only to room temperature, by holding the bottle in your palm. Shake the liq. bottle hard before every dose. And please finish every single Cap.! Stopping early may undo the healing.",
        [
            "Cap. Amoxicillin has been prescribed for your little girl's ear infection, one after each meal for five days. ",
            "The doctor also wants her to use Gtt. Ciprofloxacin in the sore ear twice daily. ",
            "If the fever comes back at night, offer her a spoonful of paracetamol liq. ",
            "It brings the temperature down within an hour. ",
            "Can the Cap. be opened and mixed with honey? ",
            "Yes, if she finds it hard to swallow. ",
            "Should we warm the Gtt.? ",
            "Only to room temperature, by holding the bottle in your palm. ",
            "Shake the liq. bottle hard before every dose. ",
            "And please finish every single Cap.! ",
            "Stopping early may undo the healing.",
        ],
    ),
    # --- address forms: Opp. before a capitalised place name, Mkt. before a comma, a lower-case bldg. ending a sentence before "A", Mkt. inside a question, Opp. inside a question before a lower-case word, bldg. before a lower-case word, Mkt. right before "!" ---
    (
        "The dance academy your son attends has shifted to Shop 26, Opp. Ghanta Ghar, Sadar Mkt., on the first floor above a sweet shop. Scooters may be parked in the yard behind the bldg. A guard there will show you the staircase. Which Mkt. entrance is closest to the academy? The one beside the flower stalls. Is there a chemist Opp. the academy? Yes, right across the lane. The lift in that bldg. works only in the daytime. The academy sits right in the middle of the Mkt.! Follow the sound of the ghungroos.",
        [
            "The dance academy your son attends has shifted to Shop 26, Opp. Ghanta Ghar, Sadar Mkt., on the first floor above a sweet shop. ",
            "Scooters may be parked in the yard behind the bldg. ",
            "A guard there will show you the staircase. ",
            "Which Mkt. entrance is closest to the academy? ",
            "The one beside the flower stalls. ",
            "Is there a chemist Opp. the academy? ",
            "Yes, right across the lane. ",
            "The lift in that bldg. works only in the daytime. ",
            "The academy sits right in the middle of the Mkt.! ",
            "Follow the sound of the ghungroos.",
        ],
    ),
    # --- banking forms: Sav. before a lower-case word, Instl. ending a sentence before "You", a lower-case wdl. ending a sentence before "There", Instl. inside a question, wdl. inside a question, Sav. right before "?", Instl. right before "!" ---
    (
        "Your Sav. deposits now pay the monthly dues on the home loan you took last spring. Today we deducted this month's Instl. You can see the remaining balance in our app anytime. The machine at the market branch gave you no notes on your last wdl. There is no need to worry, since the amount is refunded within seven days. Can the Instl. date move to the tenth? Yes, from the next cycle. Will the failed wdl. show up in my passbook? It will, along with the reversal. Is the interest paid into the Sav.? Quarterly, on the first working day. Keep enough money aside before each Instl.! A bounced debit carries a penalty.",
        [
            "Your Sav. deposits now pay the monthly dues on the home loan you took last spring. ",
            "Today we deducted this month's Instl. ",
            "You can see the remaining balance in our app anytime. ",
            "The machine at the market branch gave you no notes on your last wdl. ",
            "There is no need to worry, since the amount is refunded within seven days. ",
            "Can the Instl. date move to the tenth? ",
            "Yes, from the next cycle. ",
            "Will the failed wdl. show up in my passbook? ",
            "It will, along with the reversal. ",
            "Is the interest paid into the Sav.? ",
            "Quarterly, on the first working day. ",
            "Keep enough money aside before each Instl.! ",
            "A bounced debit carries a penalty.",
        ],
    ),
    # --- officialese: Dept. before a lower-case word, a lower-case encl. ending a sentence before "Keep", Jt. opening a sentence before a capitalised word, encl. right before "?", Jt. inside a question, encl. before a lower-case word, Dept. right before "!" ---
    (
        "The Dept. of agriculture has cleared the subsidy on the new solar pump you asked for. Copies of your land records are encl. Keep the originals in a safe place at home. Jt. Director Sunita Rao is coming to see the pump site on Friday afternoon. Is the photo of the old diesel pump also encl.? Yes, on the second sheet. Will the Jt. Director want to see the well too? Only if the pump is to sit beside it. The encl. receipt shows the amount you have paid so far. The remaining money is paid directly by the Dept.! No agent needs to be paid anything.",
        [
            "The Dept. of agriculture has cleared the subsidy on the new solar pump you asked for. ",
            "Copies of your land records are encl. ",
            "Keep the originals in a safe place at home. ",
            "Jt. Director Sunita Rao is coming to see the pump site on Friday afternoon. ",
            "Is the photo of the old diesel pump also encl.? ",
            "Yes, on the second sheet. ",
            "Will the Jt. Director want to see the well too? ",
            "Only if the pump is to sit beside it. ",
            "The encl. receipt shows the amount you have paid so far. ",
            "The remaining money is paid directly by the Dept.! ",
            "No agent needs to be paid anything.",
        ],
    ),
    # --- units: kg. before a lower-case word, cm. ending a sentence before "It", ltr. right before "?", ltr. before a lower-case word, kg. right before "!", cm. inside a question before a lower-case word, kg. before a comma ---
    (
        "Your order of 26 kg. of organic jaggery has been packed in cloth sacks. The steel bin we send with it stands at a height of 65 cm. It fits under most kitchen worktops. Do you sell cold-pressed mustard oil by the ltr.? We do, and two ltr. cans have been put aside for you. Jaggery is sold only by the kg.! Smaller packs cost a little extra. Is a 40 cm. bin wide enough for a year's stock? A family like yours uses about 62 kg., so a second bin would help.",
        [
            "Your order of 26 kg. of organic jaggery has been packed in cloth sacks. ",
            "The steel bin we send with it stands at a height of 65 cm. ",
            "It fits under most kitchen worktops. ",
            "Do you sell cold-pressed mustard oil by the ltr.? ",
            "We do, and two ltr. cans have been put aside for you. ",
            "Jaggery is sold only by the kg.! ",
            "Smaller packs cost a little extra. ",
            "Is a 40 cm. bin wide enough for a year's stock? ",
            "A family like yours uses about 62 kg., so a second bin would help.",
        ],
    ),
    # --- dotted acronyms: E.M.I. opening the reply, G.S.T. ending a sentence before "Keep", E.M.I. inside a question, E.M.I. right before "?", G.S.T. before a comma, E.M.I. ending a sentence before "Cash", G.S.T. right before "!" ---
    (
        "E.M.I. payments for the laptop you bought for your college-going son begin next month. The invoice we e-mailed you lists the G.S.T. Keep it safe in case the laptop needs repair under warranty. Is the E.M.I. amount the same every month? It is, for all twelve months. Can I close the whole E.M.I.? Yes, once three instalments are paid. The G.S.T., shown as a separate line, is already part of the price. Most buyers in our store now choose an E.M.I. Cash buyers are fewer every year. Shopkeepers can claim back the G.S.T.! Ask us for a trader's invoice if you run a shop.",
        [
            "E.M.I. payments for the laptop you bought for your college-going son begin next month. ",
            "The invoice we e-mailed you lists the G.S.T. ",
            "Keep it safe in case the laptop needs repair under warranty. ",
            "Is the E.M.I. amount the same every month? ",
            "It is, for all twelve months. ",
            "Can I close the whole E.M.I.? ",
            "Yes, once three instalments are paid. ",
            "The G.S.T., shown as a separate line, is already part of the price. ",
            "Most buyers in our store now choose an E.M.I. ",
            "Cash buyers are fewer every year. ",
            "Shopkeepers can claim back the G.S.T.! ",
            "Ask us for a trader's invoice if you run a shop.",
        ],
    ),
    # --- short forms of ordinary prose: Ms. opening the reply before a name, approx. before a lower-case word, Sr. ending a sentence before "Our", Ms. inside a question before a name, Sr. right before "?", Sr. before a comma, approx. inside a question before a lower-case word ---
    (
        "Ms. Farida Khan, your twins' dance teacher, will direct the annual show at the open-air theatre next month. She has picked approx. forty children to dance in groups. The stage lights are being rigged by Anil Deshpande Sr. Our parents' committee has worked with him for a long time. Will Ms. Khan perform a solo herself? She will, at the very end. Is the sound system also from Deshpande Sr.? No, his son handles that now. Deshpande Sr., who has lit stages since his youth, will sit in the front row. Does the show run for approx. two hours? A little longer, with a short interval.",
        [
            "Ms. Farida Khan, your twins' dance teacher, will direct the annual show at the open-air theatre next month. ",
            "She has picked approx. forty children to dance in groups. ",
            "The stage lights are being rigged by Anil Deshpande Sr. ",
            "Our parents' committee has worked with him for a long time. ",
            "Will Ms. Khan perform a solo herself? ",
            "She will, at the very end. ",
            "Is the sound system also from Deshpande Sr.? ",
            "No, his son handles that now. ",
            "Deshpande Sr., who has lit stages since his youth, will sit in the front row. ",
            "Does the show run for approx. two hours? ",
            "A little longer, with a short interval.",
        ],
    ),
    # --- amounts: an amount-word ending a sentence, a percentage right before "?", an amount with "/-" before a lower-case word, two amounts joined by "to" before a comma, an amount with paise before a comma, a bracketed amount inside a statement, an amount in Indian grouping right before "!" ---
    (
        "The rooftop solar set you asked about is quoted at ₹2.65 lakh. Is the subsidy really 40%? Yes, and the new two-way meter costs ₹1,640/- extra. Battery prices range from ₹26,400 to ₹28,800, with fitting included. The booking amount is ₹40,265.50, payable online. The rest may be paid monthly (₹6,265 for two years) with zero interest added. Over twenty years, the savings on electricity could add up to ₹8,88,000! Shall we send a surveyor to measure the roof?",
        [
            "The rooftop solar set you asked about is quoted at ₹2.65 lakh. ",
            "Is the subsidy really 40%? ",
            "Yes, and the new two-way meter costs ₹1,640/- extra. ",
            "Battery prices range from ₹26,400 to ₹28,800, with fitting included. ",
            "The booking amount is ₹40,265.50, payable online. ",
            "The rest may be paid monthly (₹6,265 for two years) with zero interest added. ",
            "Over twenty years, the savings on electricity could add up to ₹8,88,000! ",
            "Shall we send a surveyor to measure the roof?",
        ],
    ),
    # --- dates and times: a hyphen date before a comma, a colon time before a lower-case word, a month form right before "?", a dotted date ending a sentence, two colon times joined by "to", a slash date before a lower-case bracketed phrase, a dotted time right before "!", a month form inside a question before a lower-case word, a colon time right before "?" ---
    (
        "Your family's holiday train to the hills leaves on 26-08-2088, a Thursday. Be at the platform by 06:26 and keep your tickets handy. Is there a later batch in Aug.? One more, but few seats are left. Meal coupons will be sent to you on 24.08.2088. The train waits from 11:40 to 12:26 at the junction, so there is time to eat. Collect your tickets at our office on 25/08/2088 (any time after noon) with a photo identity proof. The river ceremony at the hill town begins at 6.40! Is the return train on the final day of Aug. at 09:26? Yes, and it gets home the next night.",
        [
            "Your family's holiday train to the hills leaves on 26-08-2088, a Thursday. ",
            "Be at the platform by 06:26 and keep your tickets handy. ",
            "Is there a later batch in Aug.? ",
            "One more, but few seats are left. ",
            "Meal coupons will be sent to you on 24.08.2088. ",
            "The train waits from 11:40 to 12:26 at the junction, so there is time to eat. ",
            "Collect your tickets at our office on 25/08/2088 (any time after noon) with a photo identity proof. ",
            "The river ceremony at the hill town begins at 6.40! ",
            "Is the return train on the final day of Aug. at 09:26? ",
            "Yes, and it gets home the next night.",
        ],
    ),
    # --- URLs, e-mail and phone numbers: a bare address before a lower-case word, an https:// address with a path ending a sentence before a capital, an e-mail inside a bracket mid-sentence, an http:// address with a path right before "!", a landline right before "?", a toll-free number ending a sentence, a www. address with a path inside a bracket mid-sentence, an e-mail right before "?", an https:// address with a query string ending the reply ---
    (
        "Order saplings from our nursery on kyaribagh.in at any hour. See the fruit trees you picked at https://kyaribagh.in/beej-aur-paudhe. Watering doubts (mail seva@kyaribagh.in along with a picture) get an answer the same day. Clay pots of every size are shown at http://kyaribagh.in/gamle! Is our nursery's phone 0612-265 4088? Yes, and the free helpline is 1800-262-4065. Our gardeners' tips (see www.kyaribagh.in/sinchai for the watering chart) are updated weekly. Would a large nursery order go to badi-kharid@kyaribagh.in? They would, and the team replies within a day. Set a weekly reminder at https://kyaribagh.in/yaad?din=ravivar.",
        [
            "Order saplings from our nursery on kyaribagh.in at any hour. ",
            "See the fruit trees you picked at https://kyaribagh.in/beej-aur-paudhe. ",
            "Watering doubts (mail seva@kyaribagh.in along with a picture) get an answer the same day. ",
            "Clay pots of every size are shown at http://kyaribagh.in/gamle! ",
            "Is our nursery's phone 0612-265 4088? ",
            "Yes, and the free helpline is 1800-262-4065. ",
            "Our gardeners' tips (see www.kyaribagh.in/sinchai for the watering chart) are updated weekly. ",
            "Would a large nursery order go to badi-kharid@kyaribagh.in? ",
            "They would, and the team replies within a day. ",
            "Set a weekly reminder at https://kyaribagh.in/yaad?din=ravivar.",
        ],
    ),
    # --- quotes and brackets: a "?" inside a straight double quote mid-sentence, a "!" inside a closing curly double quote ending a sentence, a bracketed exclamation as its own chunk, a full stop just after a closing curly single quote, a square-bracketed question as its own chunk, a full stop just after a closing bracket, a "." inside a closing straight double quote ending the reply ---
    (
        'The parrot your family took home from our pet shop already greets guests with "Kaun hai?" in a clear voice. At meal times it squawks “Roti do!” (It picked that one up from your neighbours!) When the phone rings, it copies the tune and says ‘hello’. [Could it be learning from the television?] Parrots copy the sounds they hear most often (even the pressure cooker whistle). Our trainer suggests you teach it "Good night."',
        [
            'The parrot your family took home from our pet shop already greets guests with "Kaun hai?" in a clear voice. ',
            "At meal times it squawks “Roti do!” ",
            "(It picked that one up from your neighbours!) ",
            "When the phone rings, it copies the tune and says ‘hello’. ",
            "[Could it be learning from the television?] ",
            "Parrots copy the sounds they hear most often (even the pressure cooker whistle). ",
            'Our trainer suggests you teach it "Good night."',
        ],
    ),
    # --- ellipses: "!!" (an end); "…" before a capital (an end); "..." before a lower-case word (not an end); "…?" (an end after the "?"); "...!" (an end after the "!"); "…" before a lower-case word (not an end); the reply ends on "..." ---
    (
        "Good news, your missing suitcase has been found!! It had been sent to another airport by mistake… The tag had torn off... so the staff could not trace you. Shall we deliver it to your home…? Our courier can drop it off by tomorrow noon...! The lock is intact… and nothing seems to be missing. We regret the worry this caused...",
        [
            "Good news, your missing suitcase has been found!! ",
            "It had been sent to another airport by mistake… ",
            "The tag had torn off... so the staff could not trace you. ",
            "Shall we deliver it to your home…? ",
            "Our courier can drop it off by tomorrow noon...! ",
            "The lock is intact… and nothing seems to be missing. ",
            "We regret the worry this caused...",
        ],
    ),
    # --- emoji: one opening the reply, one right before "." with a skin-toned one after that full stop, one inside a sentence, one right before "?" with one after it, one closing a sentence with no stop, a ZWJ sequence with a presentation selector ending the reply with no stop ---
    (
        "🥳 Your painting has been judged the best in the district's art show. The judges loved its bright sunflowers 🌻. 🙏🏾 The prize is a set of brushes 🖌 and a framed certificate. Will you come up on stage to collect the trophy 🏆? 🎉 The chief guest will also hand out tea and snacks 🍵 Keep painting, and see you at the ceremony 🙋‍♀️",
        [
            "🥳 Your painting has been judged the best in the district's art show. ",
            "The judges loved its bright sunflowers 🌻. 🙏🏾 ",
            "The prize is a set of brushes 🖌 and a framed certificate. ",
            "Will you come up on stage to collect the trophy 🏆? 🎉 ",
            "The chief guest will also hand out tea and snacks 🍵 ",
            "Keep painting, and see you at the ceremony 🙋‍♀️",
        ],
    ),
    # --- one-line list with "➤ " markers after a colon, items ending in ";", "; and" and "." ---
    (
        "Before the plumber comes to fix your kitchen sink, please: ➤ clear the cupboard under it; ➤ keep a bucket and an old cloth ready; and ➤ shut the main valve near the meter. He should be done in under an hour.",
        [
            "Before the plumber comes to fix your kitchen sink, please: ",
            "➤ clear the cupboard under it; ",
            "➤ keep a bucket and an old cloth ready; and ",
            "➤ shut the main valve near the meter. ",
            "He should be done in under an hour.",
        ],
    ),
    # --- multi-line list with "✦ " markers after a heading line ending in a colon, items ending with "!", no mark, "?" and "." ---
    (
        "For your mango orchard before the flowering season:\n✦ Never spray during the hottest part of the day!\n✦ Prune the dry twigs from the lower branches\n✦ Has the soil around each trunk been loosened?\n✦ Spread rotted cow dung in a ring under each tree.\nOur field officer will visit in the second week.",
        [
            "For your mango orchard before the flowering season:\n",
            "✦ Never spray during the hottest part of the day!\n",
            "✦ Prune the dry twigs from the lower branches\n",
            "✦ Has the soil around each trunk been loosened?\n",
            "✦ Spread rotted cow dung in a ring under each tree.\n",
            "Our field officer will visit in the second week.",
        ],
    ),
    # --- mixed scripts: Kannada with ಬಿ.ಕಾಂ. followed by a word mid-sentence, an English sentence, then a Kannada question ---
    (
        "ನಿಮ್ಮ ಮಗಳ ಬಿ.ಕಾಂ. ಅಂತಿಮ ಪರೀಕ್ಷೆಯ ವೇಳಾಪಟ್ಟಿ ಪ್ರಕಟವಾಗಿದೆ. The hall tickets will be handed out next week. ನಿಮಗೆ ವೇಳಾಪಟ್ಟಿಯ ಪ್ರತಿ ಬೇಕೇ?",
        [
            "ನಿಮ್ಮ ಮಗಳ ಬಿ.ಕಾಂ. ಅಂತಿಮ ಪರೀಕ್ಷೆಯ ವೇಳಾಪಟ್ಟಿ ಪ್ರಕಟವಾಗಿದೆ. ",
            "The hall tickets will be handed out next week. ",
            "ನಿಮಗೆ ವೇಳಾಪಟ್ಟಿಯ ಪ್ರತಿ ಬೇಕೇ?",
        ],
    ),
    # --- mixed scripts: Tamil opening the reply with பி.காம்., an English question, then Tamil at "." ---
    (
        "பி.காம். மாணவர்களுக்கான சேர்க்கை நேர்காணல் வெள்ளிக்கிழமை நடைபெறும். Are your son's mark sheets in order? அசல் சான்றிதழ்களையும் உடன் கொண்டு வர வேண்டும்.",
        [
            "பி.காம். மாணவர்களுக்கான சேர்க்கை நேர்காணல் வெள்ளிக்கிழமை நடைபெறும். ",
            "Are your son's mark sheets in order? ",
            "அசல் சான்றிதழ்களையும் உடன் கொண்டு வர வேண்டும்.",
        ],
    ),
    # --- mixed scripts: a Hindi question holding पी.एच.डी. before a word, an English exclamation, then Hindi at । ---
    (
        "क्या आपकी बहन ने पी.एच.डी. प्रवेश परीक्षा का फ़ॉर्म भर दिया है? The form closes this Friday! शुल्क ऑनलाइन भी जमा किया जा सकता है।",
        [
            "क्या आपकी बहन ने पी.एच.डी. प्रवेश परीक्षा का फ़ॉर्म भर दिया है? ",
            "The form closes this Friday! ",
            "शुल्क ऑनलाइन भी जमा किया जा सकता है।",
        ],
    ),
    # --- mixed scripts: Marathi at ".", an English exclamation, then Odia at । ---
    (
        "दिवाळीसाठी मागवलेले आकाशकंदील उद्या दुपारी येतील. Each one is folded by hand from coloured paper! ଏଗୁଡ଼ିକୁ ଶୁଖିଲା ଜାଗାରେ ରଖନ୍ତୁ।",
        [
            "दिवाळीसाठी मागवलेले आकाशकंदील उद्या दुपारी येतील. ",
            "Each one is folded by hand from coloured paper! ",
            "ଏଗୁଡ଼ିକୁ ଶୁଖିଲା ଜାଗାରେ ରଖନ୍ତୁ।",
        ],
    ),
    # --- mixed scripts: Bengali at ।, an English question, then Urdu at ۔ ---
    (
        "আপনার মায়ের চশমার নতুন কাচ লাগানো হয়ে গেছে। Shall we add a spare case too? دکان شام آٹھ بجے تک کھلی رہتی ہے۔",
        [
            "আপনার মায়ের চশমার নতুন কাচ লাগানো হয়ে গেছে। ",
            "Shall we add a spare case too? ",
            "دکان شام آٹھ بجے تک کھلی رہتی ہے۔",
        ],
    ),
]
