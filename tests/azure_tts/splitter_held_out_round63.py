"""Held-out cases for the sentence splitter, round 63: written without reading or running it.

Written after reading only /work/main/tests/azure_tts/splitter_held_out_round62.py and
/work/main/tests/azure_tts/splitter_held_out_round61.py (for format and conventions), each opened by
its exact full path. After the brief (/tmp/s42/w63_brief.md) was printed with cat, the first command
on /work ran wc -l on both paths (1707 and 1619 lines). Round 62 was then printed with sed -n in nine
line ranges of at most 200 lines (1-200, 201-400, 401-600, 601-800, 801-1000, 1001-1200, 1201-1400,
1401-1600 and 1601-1707), and round 61 in nine (1-200, 201-400, 401-600, 601-800, 801-1000,
1001-1200, 1201-1400, 1401-1600 and 1601-1619), so both were read whole, docstrings and cases; no
print was seen to be cut by the display. Neither file was printed with cat, and no output of either
file was piped into any other tool or redirected to a file. No other file of /work was opened, no
folder of the project was listed, no wildcard or glob was used on a project path, git was not used,
no splitter source, test, bench, README or log was opened, and none of the code, document, issue or
page search tools, find_string, find_files, read_file, find_repos and no web were used. Nothing was
run against the splitter or in the project, and its package was not imported. Python scripts in the
scratch folder read the two files as text (open and read) only for the phrase-overlap and short-form
checks below; neither file was imported or run, and this docstring's carried-forward conventions and
readings paragraphs were written out by hand from the sed prints (no script extracted them). In /tmp
only the scratch folder /tmp/s42/w_s63/ (made with mkdir -p after the two files were read) and the
files inside it, this one among them, were written. Every Python run had bytecode writing turned off
(PYTHONDONTWRITEBYTECODE=1).

Slip record. No slip against the reading rules on the two files is known. For completeness: the
phrase-overlap script printed the 16-character runs it found shared with the two files (short
fragments of their text, shown through Python rather than sed), and the short-form script tested
plain substrings against their text and printed only the forms of this file, sorted into found and
not found; both are the checks the brief allows, and neither printed any other part of either file.
The eight sed ranges of round 62 after its first range, and the nine ranges of round 61, were each
issued as their own command, several in one batch of tool calls. Outside /work, the scratch folder
was listed with ls -la (once, empty, when it was made, and again at the end to confirm that no
bytecode folder was made), and grep -c, grep -n and sed -n were run on this file's own draft
docstring and on this file in the scratch folder (to count lines, find a line and look at the
assembled result); none of these touched a file of /work. No other slip is known.

The cases were drafted as chunk lists in the scratch folder (four drafts of 15) and this file was
assembled from them (so each text is the join of its chunks); checks confirmed that the chunks
concatenate exactly to the text, that every chunk but the last ends in whitespace and the last does
not, that no chunk begins with a space, that there are 60 cases with 9 to 13 chunks each (640 in
all), that no case holds a zero-width joiner or non-joiner or a backslash, and that the module
imports by path (importlib, on this file only, with bytecode writing off).

Shape: as in rounds 61 and 62, every case is a realistic reply of a phone or voice assistant for
Indian customers, given as (text, expected chunks), the text whole; no stream split is stored here.
As there, there is no block of plain everyday replies: every one of the 60 carries several spots
where a careful reader cuts (or does not cut) without doubt but a simple rule may not. This round is
made harder than round 62 in three ways. First, it brings in many short forms the two files do not
use, on both sides of the line: forms that go on with the sentence before a capital (titles "Md.",
"Kr." inside a name, "Tmt.", "Kum.", "Fr.", "Rev. Fr.", "Ar.", "Pt.", "Sqn. Ldr.", "Brig.", "Mr. &
Mrs.", "Ch." and unspaced or trailing initials; "K.S.R.T.C.", "I.S.B.T.", "M.V.", "E.N.T.", "I.T.I.",
"H.S.C.", "N.P.S.", "S.B.I.", "Rly.", "Spl.", "Vit.", "Susp." before names; "I.I.Sc." opening a
sentence before a place; "N.B." opening one before "The"; roman numerals after "Sem." and "Tier"),
and the same or like forms ending a sentence before a capital ("H.P.O.", "U.K.", "S.G.S.T.", "wk.",
"kgs.", "gms.", "cu. m.", "ha.", "kms.", "dia.", "N.I.T.", "B.N.S.", "I.S.B.T.", lower-case
prescription forms "s.o.s.", "t.d.s." and "h.s."). Second, it uses shapes the two files do not: words
that are spelt like short forms ending a sentence ("Yes or No. Our", "the Profile tab. Then", "the
afternoon sun. Wear a cap. Lifeguards", "was art. She", "a sliced fig. Serve"), a roman numeral
ending a sentence ("Class XII. Her"), a three-part version number ending one ("version 8.4.2.
Older"), dotted clock times with "a.m." and "p.m." ("at 3.30 p.m. Drafts", "at 8.30 a.m. from"),
month forms "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept." and weekday forms "Tues." and "Thurs."
inside sentences, "v." between two parties' names, "u/s" before a section, a pound amount, a
fraction before "tsp.", a fertiliser grade written with colons, a multi-line list with "🔹 " markers,
and replies in Nepali and Konkani (with English) and in Tanglish. Third, the mixed-script replies
bring new dotted Indic forms: Hindi स्व., पो., जि., मो., कु. and पं., Marathi मु.पो. and ता., and
rupee and unit forms in seven other scripts (ரூ., கி.கி., రూ., కి.గ్రా., ರೂ., ಕೆ.ಜಿ., രൂ., കി.ഗ്രാ.,
રૂ., ਰੁ., কি.গ্রা., କି.ଗ୍ରା. and কি.গ্ৰা.), each before a word or a number.

No sentence is taken or paraphrased from the two files. A phrase-overlap check searched every
16-character run of every case's text against both whole files (docstrings included,
case-insensitively, digits of every script mapped to ASCII, escaped quotes read as quotes and
newline escapes read as newlines). Its first pass found shared runs in 37 replies (among them " an authority
letter", " stays open till ", ". branch manager ", " your refund of ₹", " for your family ", " on your
aadhaar", " head post office", " senior citizens ", ", is the nominee", " every quarter in", " can be
downloaded from the ", " behind the driver. ", "your seat on the ", "your ticket on the ", " is 2 km.
from the ", ". is anyone in your group ", " hindi and english", " has prescribed ", " on an empty
stomach", ". a repeat test is due after ", " reminders for the ", " please bring the", " from 9 a.m.
until ", " the plastic card ", ". does she want one", " strips of tab. ", " you asked about", ".
shall we hold ", " be filed within 30 days.", ". do you want the ", " on the shop's machine. ", "
printed on the ", " will visit you ", " is renewed for ", " will reach you ", "s registered at ", "
complaint against ", " the allotment letter", " handed over by ", " commission has ", " please
update it ", " will hand over the medicines", " by card or u.p.i. ", " the balance of ", " grocery
order from ", " was out of stock", " plus g.s.t. an ", " are not allowed in", " costs ₹150 per ", ".
breakfast is served ", ". check-out is at ", " slot is on the 19th at ", " should get you an m.", ".
the shop opens from 8 a.m. ", "s by speed post ", ". your bill is ₹1", ". traditional dress ", ". gates
open at ", " sowing is best ", ", will meet you ", " takes about 1 hr.", " packed your order", " with
orders above ₹", a Tamil "வேண்டுமா? நன்றி!" run and an Urdu "کی بکنگ ہو گئی ہے۔" run), and the
sentences holding them were reworded; a second pass reworded the last few (" is open at the ", "
certificate is ", " marathi and english", " in the morning ", " inside a month. ", " appears on the
", " want a reminder the evening before" and ". traditional dre"). The last pass finds no
16-character run shared with either file. A within-file run check (every case's text against every
other case's, and against itself) also reworded repeats (" has been approved. " in three replies,
". would you like a " in six, ". shall we send you " in three, " on the 3rd flr., ", " for three
months", " by e-mail every ", ". do you want a ", " b.d. after meals.", " the principal, ", ".
marksheet and ", "nts on the first ", " is packed. it has ", " you asked about", " takes two days. ",
" our estate manager, mr. ", " and packed in foil", " you ordered 1 kg. of ", " shall we add a ", "
from the gate. ", " your bill is ₹1", " next year. the ", ".m. please be at ", " savings scheme"
and, within one reply, " kashmere gate a"), and a last pass reworded " should we remind you " shared
by two replies; it now finds none.

Topics: a demand draft, an income tax return, a provident fund claim, post office savings for a
senior, a sweet shop's G.S.T. registration, a card charge disputed in London, a housing society's
bill, a state bus to Mysuru, a train waitlist, an interstate bus from Delhi, an island ferry, a Goa
beach day, vitamin D medicines, an E.N.T. clinic, a C.G.H.S. card, a B.Ed. admission, an I.T.I.
admission, a school report card, generic medicines, a land survey, a ration card, an anganwadi, a
crop loan and fertiliser, a scooter theft report, a rent agreement, a complaint against a builder, a
payments app update, a power bill in Kochi, a gas refill, a pension account, a dining set, a grocery
order, a fig kheer recipe, a restaurant table, a wedding caterer, a temple puja, Christmas services,
a hill hotel, a gym (Hinglish), a tailor (Hinglish), a pharmacy order (Tanglish), a delayed flight to
New York, a bike service, a diabetes clinic, a G.A.T.E. result, a family pension (Hindi), a music
class (Hindi written with "."), a ration card's address (Marathi and English), a sweet order
(Bengali and English), a rice order (Tamil and English), mangoes (Telugu and English), coffee powder
(Kannada and English), cardamom (Malayalam and English), garba passes (Gujarati and English), wheat
seed (Punjabi and English), a wedding hall (Urdu and English), rasagola (Odia and English), Assam tea
(Assamese and English), a Sikkim homestay (Nepali and English) and a Goan food order (Konkani and
English).

Short forms, names and markers: each was searched for in both files as a plain substring
(case-insensitively; such a search also finds a form inside a longer word or form, so "Ch.", "Pt.",
"Ar.", "Rm.", "v.", "dia.", "ha.", "in.", "Sat.", "Sri", "S.I.", "S.C.", "S.T.", "A.E.", "B.A.", "C.T.",
"R.K.", "U.S.", "b.d.", "o.d.", "h.s.", "Rly." and "Co-op." may count as found only inside longer words
or forms). Found in neither file: D.D., "Dr. B.R. Ambedkar", Avl. Bal., M.I.C.R., Md., F.Y., I.T.R.,
u/s, P.P.F., Sept., H.U.F., Kr., E.P.F.O., U.A.N., wk., Flr., H.P.O., S.C.S.S., Tmt., N.S.C., Jan.,
K.V.P., G.S.T.I.N., H.S.N., C.G.S.T., S.G.S.T., excl., Bldg., M.Com., £, P.O.S., U.K., Hsg. Soc.,
cu. m., C.T.S. No., "Mr. & Mrs.", K.S.R.T.C., Dep., Arr., E.T.A., N.H., G.N.W.L., R.L.W.L., N.B.,
I.S.B.T., D.M.R.C., D.T.C., M.V., kgs., Vit., I.U., s.o.s., E.N.T., Susp., C.G.H.S., Sqn. Ldr.,
Brig., A.B.H.A., B.Ed., Sem., Aug., Kum., I.T.I., S.S.C., H.S.C., "Class XII", Fr., Rev. Fr., Apr.,
D.Pharm., Net Wt., gms., Tq., mtr., the trailing initials "B.K." and "K.M.", A.D.L.R., N.F.S.A.,
P.D.S., H.No., D.No., I.C.D.S., A.S.H.A., M.C.P., K.C.C., F.P.O., N.P.K., D.A.P., K.V.K., F.I.R.,
B.N.S., J.M.F.C., w.r.t., G.P.S., Appln. No., Regn., Sl. No., Feb., Mar., B.S.L., S.B.I., the version
number 8.4.2, K.S.E.B., Ext., Corpn., D.B.C., N.P.S., P.R.A.N., Spl., B.M.I., J.F.K., M.Tech., N.I.T.,
I.I.Sc., C.C.M.T., A.P.J., P.S.U., G.A.T.E., ltrs., pkt., kcal, ½, Tues., Thurs., Estd., mid-Nov.,
P.A.U., mg/dL, ng/mL, 24x7, the Indic forms स्व., पो., जि., मो., कु., पं., मु.पो., ता., কি.গ্রা.,
கி.கி., ரூ., కి.గ్రా., రూ., ಕೆ.ಜಿ., ರೂ., കി.ഗ്രാ., രൂ., રૂ., ਰੁ., କି.ଗ୍ରା. and কি.গ্ৰা., and the emoji
🌅, 🛣️, 🪷, 🐠, 🏝️, 📘, 🌾, 🍮, 🔱, 🔹, 🎄, ⛰️, 💪, 🧵, 🛫, 🍬, 🥭, 🪘, 🌹 and 🍵. Found in one or both (so
not new here, or found only inside a longer form): Rs., A.Y., P.A.N., Thiru, Co-op., Rly., b.d., o.d.,
C.T., t.d.s., R.K., Ch., B.A., S.C., S.T., Ar., h.s., S.I., Sat., v., A.E., S.I.P., dia., Nov., Pt.,
Rm., U.S., Approx., B.Tech., ltr., tsp., tbsp., Oct., Mkt., Dec., p.a., LL.B., Sec., Sy. No., Vill.,
Dist., ha., Sh., R.C., I.D., Gate No., Govt., D.B.T., ft., in., Rd., Sr., (Retd.), M.S., mg., Tab.,
U.P.I., O.T.P., S.M.S., hrs., mins., km., kg., p.m., a.m., Adv., Smt., Mr., Ms., Dr., Pvt. Ltd., hr.,
yrs., ml., mm., S.B., Sri, the Indic forms रु., ਡਾ. and कि.मी., and the emoji ☀️, 🎂, 🙏, 🎉, ☕, 🌿 and
🏔️. Undotted forms (kW, MTR, G Pay, PBW-872, D3, MH 12 KT 4471, CC/117/2024,
2024/HVL/11873, 80C, 80CCD(1B) and the fertiliser grade 10:26:26) stand only inside sentences or at a
sentence's end as a plain word; no date is given a weekday, no weekday form ends a sentence or stands
right after a short form, no month form with a day number ends a sentence, no short form stands right
before a number that opens a new sentence, no single capital letter ends a sentence (the trailing
initial "R." stands only before a comma), no temperature ends a sentence, no dotted Indic form ends a
sentence or stands right before "?" or a comma, and no case holds a zero-width joiner or non-joiner.

Conventions (those rounds 61 and 62 state, kept): each case is (text, the chunks a careful human
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
Indic ones at । as well as "."; in a mixed-script reply each sentence ends at its own script's mark;
a dotted Indic form followed by a word, opening a sentence or inside a question does not end it. Two
emoji in a row after a sentence's full stop both stay with that sentence; an http:// address ending
a sentence before a capital ends the chunk after the full stop; a short form joined to "mid-"
behaves as the short form alone does; items of a one-line list ending in ",", ", and", ";" or ";
and" are each a chunk. A month form with no day number right before "?" ends the chunk after the
"?"; an emoji right before "." followed by a second emoji after that full stop keeps both in that
sentence. An emoji right before "!" followed by a skin-toned emoji after that mark ("evening 🎈! 👏🏻
A") keeps both in that sentence, as one right before "." with one after the full stop does; an
address form before a single capital letter inside an address ("Gulmohar Ln., Blk. D, on") is not an
end, as a short form before a capitalised place name inside an address is not. Round 51 added two
readings, kept: an emoji after the reply's closing "!" ("family! 🏮") stays with that sentence and
ends the reply, as one after a sentence's "!" does; an emoji carrying a presentation selector (🕯️,
🛍️) behaves as one without it does.

Round 52 added these readings, kept: two colon times joined by a hyphen ("06:40-08:26 window") are
not a cut, as "to" and "and" between them are not; a "!" inside a round bracket mid-sentence ("(all
entries under twelve!) starts") is not an end, as one inside a quote is not; a markdown bold phrase
inside a sentence ("a **hard board** to") does not end it, and a full stop just after a closing "**"
("**half past four**. The") ends the chunk after that full stop, as one just after a closing quote
or bracket does; the dot inside an e-mail's local part ("beej.seva@") is not an end, as an e-mail is
never cut; a "#" fragment in a web address inside a bracket mid-sentence is neither cut nor an end;
"?!" after an earlier "!!" in the same reply ends a sentence as it would alone.

Round 53 added these readings, kept (it left out as open, among others, a short form before a
capitalised word that may or may not open a sentence, "??", a month form with a day number ending a
sentence, an ellipsis before a digit or after a "?", a web address with a trailing slash right
before "?", two emoji closing a sentence with no stop, a quote holding two sentences, "Rs." as an
amount-word, a numbered list or a heading line in markdown): an e-mail right before "!"
("vapsi@bunkarhaat.in! Our") ends the chunk after the "!", as an e-mail right before "?" and a web
address right before "!" do; a web address with a trailing slash ending a sentence before a capital
("naye-saree/. Bulk") ends the chunk after the full stop, as one without the slash does; an "&" in a
query string is not a cut, as a web address is never cut; a mobile number with a "+91" prefix and
inner spaces right before "?" ("+91 94630 48390? Yes") ends the chunk after the "?", as a landline
does; a month form before a day number mid-sentence ("after Oct. 29 for") is not an end, as a short
form before a number is not; two colon times joined by "till" ("09:45 till 10:36, so") are not a
cut, as "to", "and" and a hyphen between them are not; a decimal percentage before a lower-case word
("8.46% interest") is not an end; "crore" ending a sentence ("₹1.36 crore. Partner") behaves as
"lakh" does; an amount with "/-" right before "!" ("₹2,90,000/-! A") ends the chunk after the "!",
as one right before "?" does; a markdown italic phrase inside a sentence ("*cold-pressed groundnut
oil* in") does not end it, and a full stop just after a closing "*" ("*Grain Power*. [") ends the
chunk after that full stop, as with bold; two emoji in a row after the reply's closing full stop,
the second one skin-toned ("week. 😊👍🏽"), both stay with that sentence and end the reply.

Round 54 added these readings, kept (it left out as open, among others, a short form before a
capitalised word that may or may not open a sentence, "??", a month form with a day number ending a
sentence, a colon time ending a sentence at a full stop, a temperature ending in a single capital
("°C."), "Rs." as an amount-word, a joined emoji closing a sentence with no stop, inline code in
backticks, an underscore italic, a numbered or lettered list or a heading line in markdown): a
joined (ZWJ) emoji after a sentence's full stop ("stalls. 🧑‍🍳 Do") stays whole with that sentence,
as a single emoji does, since an emoji sequence is never cut; a year-first hyphen date before a
comma ("2097-11-24, and") is not cut, as no date is; two colon times joined by "until" ("12:24 until
13:57, so") are not a cut, as with "till"; a month form before a year number mid-sentence ("the Nov.
2097 batch") is not an end, as a short form before a number is not; a dollar amount with cents
ending a sentence ("$1,247.50. At") ends the chunk after the final full stop, as a rupee amount
does; two amounts joined by an en dash ("₹571–₹587 a month") are not a cut, as "to" between them is
not; an amount with "/-" before a lower-case word ("₹97,000/- today") is not an end; a decimal
before a unit form ending a sentence ("58.7 mm. The") ends the chunk after the full stop, as a whole
number before one does; a bare ".co.in" address before a comma is neither cut nor an end, and
".co.in" web addresses and e-mails behave as ".in" ones do; a wa.me chat link with digits right
before "?" ("919877245710? Correct") ends the chunk after the "?", as a web address right before "?"
does; a "+91" number written with hyphens ending a sentence before a capital ("+91-80-4577-2471.
Our") ends the chunk after the full stop, as a phone number does; an e-mail with a hyphen in its
local part inside a bracket mid-sentence is neither cut nor an end; a "!" inside a square bracket
mid-sentence ("[grandparents included!] as") is not an end, as one inside a round bracket is not;
"etc." behaves as any short form does (before a lower-case word or a comma it is not an end, before
"The" it ends the chunk, right before "?" it ends it after the "?", and "etc. at home!" ends only
after the "!").

Round 55 added these readings, kept (it left out as open, among others, a short form before a
capitalised word that may or may not open a sentence, "??", a month form with a day number ending a
sentence, a colon time ending a sentence at a full stop, a web address with a query string right
before "?", a phone number right before "!", "Rs." as an amount-word, a joined emoji, a "?" inside a
bold phrase, an underscore italic, a numbered or lettered list or a heading line in markdown): an
amount with "/-" ending a sentence before a capital ("₹4,95,000/-. Of") ends the chunk after the
final full stop, as an amount does; two amounts joined by a hyphen ("₹27,400-₹29,500 according") are
not a cut, as "to" and an en dash between them are not; two decimal percentages joined by "to"
("9.5% to 10.74% a year") are not a cut; an amount-word right before "?" ("₹2.74 lakh? Our") ends
the chunk after the "?"; a bracketed amount just before a sentence's full stop ("(₹18,950). Sign")
ends the chunk after that full stop, as a full stop just after a closing bracket does; a dotted date
before a comma ("24.08.2095, and") is not cut, as no date is; a year-first hyphen date ending a
sentence ("2095-08-17. Two") and a dotted date right before "?" ("31.08.2095? It") end the chunk
after the full stop and after the "?"; two colon times joined by an en dash ("07:40–09:55, so") are
not a cut, as a hyphen between them is not; a dotted time right before "?" ("17.45? Yes") ends the
chunk after the "?", as one right before "!" does; a slash date right before "!" ends the reply
after the "!"; a web address ending in ".html" before a lower-case word ("vridh.html along") is
neither cut nor an end; an e-mail with a "+" in its local part inside a bracket mid-sentence is
neither cut nor an end; a toll-free number written with hyphens ending a sentence before a capital
("1800-274-9566. Volunteers") ends the chunk after the full stop, as a phone number does; an e-mail
before a comma inside a question ("vinti@pensionsetu.in, or") is not an end, as a bare address
before a comma is not; a short link with no scheme and a mixed-case path right before "!"
("psetu.in/K74x! Tips") ends the chunk after the "!", as a web address right before "!" does; a
"+91" number with inner spaces ending the reply ends it after the full stop; a "?" inside a closing
straight double quote ending a sentence ("twice a day?" The) ends the chunk after the quote; an
em-dash aside mid-sentence ("— a retired schoolteacher — named") is not an end; a full stop just
after a closing curly single quote (‘Laddoo’. When) ends the chunk after that full stop; a "!"
inside a curly single quote mid-sentence (‘Ghar mil gaya!’ so) is not an end; a quote ending in a
comma that opens a sentence (“We will visit you after a month,” our) does not cut it; a bracketed
exclamation in round brackets is its own chunk, as a square-bracketed one is; an emoji right before
"?" ("grill 🪟? The") stays in its sentence and the chunk ends after the "?"; an emoji with a
presentation selector after a sentence's full stop ("sets out. ☎️ Enjoy") stays with that sentence;
a skin-toned emoji after the reply's closing "!" ("home! 👌🏿") stays with it and ends the reply;
"i.e." before a comma and "viz." before a lower-case word are not ends, as any short form before a
comma or a lower-case word is not.

Round 56 added these readings, kept (it left out as open, among others, a short form before a
capitalised word that may or may not open a sentence, "??", a month form with a day number ending a
sentence, a colon time ending a sentence at a full stop, a web address with a query string right
before "?", a phone number right before "!", "Rs." as an amount-word, a joined emoji closing a
sentence with no stop, a dotted Indic form right before "?" or a comma, an underscore italic, a
numbered or lettered list or a heading line in markdown): a lower-case short form or a dotted
acronym ending a sentence before a question ("Infantry bn. Did", "vitamin caps. Can", "an M.Phil.
Shall", "periodic K.Y.C. Shall") ends the chunk, as one before a pronoun or a capitalised word does;
a lower-case short form ending a sentence before a bracketed sentence ("the whole bn. (Our secretary
...)") ends the chunk, and the bracketed sentence is its own chunk; a short form before "and" ("the
Sub. and his") is not an end, as one before any lower-case word is not; a capitalised short form
ending a sentence before a pronoun ("office Supdt. She") ends the chunk; "e.g." before a lower-case
word and before a comma inside a question ("songs, e.g., loud") is not an end, as "i.e." and "viz."
are not; an amount with "/-" before a comma ("₹4,76,000/-, but") is not an end, and one right before
"?" ("₹4,28,500/-? Insurance") ends the chunk after the "?"; an amount with paise before a
lower-case word ("₹2,899.50 more") is not an end; "lakh" before a lower-case word is not an end; a
decimal percentage ending a sentence before a capital ("9.92%. That") ends the chunk after the full
stop; a dollar amount right before "?" ("$5,276? Our") and "crore" right before "!" ("₹1.92 crore!
A") end the chunk after the mark; an amount before a lower-case bracketed phrase ("₹9,999 (adjusted
in the final bill) holds") is not an end; a year-first hyphen date before a lower-case word
("2099-07-28 at") and inside a bracket mid-sentence ("(taken on 2099-06-28) must") is neither cut
nor an end; a dotted time before a lower-case word ("09.28 sharp") is not an end; a month form
before a day number inside a question ("after Jul. 28 if") is not an end; a slash date ending a
sentence before a capital ("02/08/2099. Each") ends the chunk after the full stop; a dotted date
right before "!" ("26.07.2099! Signed") ends it after the "!"; a dotted time ending a sentence
before a capital ("17.32. Please") ends it after the full stop; an e-mail with a dot in its local
part ending a sentence before a capital ("kisan.sahayata@fasalkhoj.in. Photos") ends the chunk after
the full stop; a toll-free number with hyphens right before "?" ("1800-276-3299? It") ends it after
the "?"; a "+91" number with inner spaces ending a sentence before a capital ("+91 99280 76321. A")
ends it after the full stop; a "?" inside a closing curly double quote ending a sentence (“Who wants
one more song?” The) ends the chunk after the quote; a full stop just after a closing straight
double quote ("monsoon memories". Will) or a closing square bracket ([free of charge]. Rehearsals)
ends the chunk after that full stop; a "?" inside a curly single quote mid-sentence (‘Kaun gaayega?’
before) is not an end; a bracketed statement and a bracketed question are each their own chunk; an
emoji after a sentence's "?" ("every box? 🎁 The") stays with that sentence; an emoji with a
presentation selector right before "." ("received ✔️. Wishing") stays in its sentence; a skin-toned
emoji after the reply's closing full stop ("Diwali. 🙏🏼") stays with it and ends the reply; a
sentence ending at its own newline before a list's heading line is a chunk with its newline; the
reply may end on "…!".

Round 57 added these readings, kept (it left out as open, among others, a short form before a
capitalised word that may or may not open a sentence, "??", a month form with a day number ending a
sentence, a colon time ending a sentence at a full stop, a web address with a query string right
before "?", a phone number right before "!", "Rs." as an amount-word, a joined emoji closing a
sentence with no stop, a dotted Indic form right before "?" or a comma, a "?" inside a bold phrase,
an underscore italic, a numbered or lettered list or a heading line in markdown): a lower-case short
form ending a sentence before "He", "You", "That", "It" or "Your" ("artillery regt. He", "fish mkt.
You", "full amt. That", "28 mins. It", "forty metres approx. Your") ends the chunk, as one before
any pronoun or capitalised word does; a capitalised short form after "The" or "the" and before a
capitalised title ("The Addl. Commissioner must") is not an end, as a short form before a name is
not; "approx." before a number ("approx. three weeks") is not an end; a mixed-case dotted degree
("an LL.B. She", "her LL.B.? In", "An LL.B., on") behaves as any dotted degree does; a short form
opening a sentence before a lower-case word ("Opp. the temple, there", "Txn. details have") stays
with it; a decimal percentage right before "?" ("11.25%? Yes") ends the chunk after the "?"; a rupee
amount with paise ending a sentence before a capital ("₹1,199.50. It") ends the chunk after the
final full stop, as a dollar amount with cents does; an amount inside a bracket before a comma
mid-sentence ("(₹350, paid in cash) has") is neither cut nor an end; two amounts joined by an en
dash right before "?" ("₹500–₹750? Closer") end the chunk after the "?"; "crore" before a lower-case
word ("₹12 crore against") is not an end, as "lakh" is not; a dotted date before a lower-case word
("14.02.2098 at") and a slash date before a lower-case word ("02/02/2098 for") are neither cut nor
an end; a dotted time inside a question before a lower-case word ("at 18.15 on") is not an end; a
colon time inside a bracket mid-sentence ("(on 2098-04-05 at 11:30) will") is neither cut nor an
end; a dotted time ending a sentence before a capital ("by 09.45. Late") ends the chunk after the
full stop; an https:// address with a path ending a sentence before a capital ("/policy/patra. Log")
ends the chunk after the full stop, as an http:// one does; a www. address with a query string
before a lower-case word is neither cut nor an end; a landline with hyphens right before "?"
("022-4876-3210? Yes") ends the chunk after the "?"; a wa.me link before a lower-case word is
neither cut nor an end; a toll-free number between commas mid-sentence ("helpline, 1800-209-4432,
works") is not an end; a bare address with a path ending a sentence before a capital
("surakshitghar.in/form. Your") ends the chunk after the full stop; a "!" inside a closing curly
double quote ending a sentence (“Saaf gali, sukhi gali!” The) ends the chunk after the quote; a "?"
inside a straight double quote mid-sentence ("Where do I start?" will) is not an end; a full stop
just after a closing curly double quote (“Our Street, Our Pride”. [) ends the chunk after that full
stop; a square-bracketed statement is its own chunk, as a round-bracketed one is; "!?" after an
earlier "?!" in the same reply ends a sentence as it would alone; the reply may end on "..."; an
emoji with a presentation selector inside a sentence ("top 🏎️ and") does not end it; a skin-toned
emoji after a full stop mid-reply ("thank you. 🙌🏾 Have") stays with that sentence; "▸ " markers
behave as the files' one-line list markers do.

Round 58 added these readings, kept (it left out as open, among others, a short form before a
capitalised word that may or may not open a sentence, "??", a month form with a day number ending a
sentence, a colon time ending a sentence at a full stop, a web address with a query string right
before "?", a phone number right before "!", "Rs." as an amount-word, a joined emoji closing a
sentence with no stop, a dotted Indic form right before "?" or a comma, a "?" inside a bold phrase,
an underscore italic, a numbered or lettered list or a heading line in markdown): a lower-case short
form ending a sentence before "It" ("railway police stn. It") ends the chunk, as one before any
pronoun does; a three-part mixed-case dotted diploma ("a D.El.Ed. It", "her D.El.Ed.? She", "A
D.El.Ed. (done only through distance learning) is") behaves as any dotted degree does; "Cap." before
a capitalised drug name ("take Cap. Amoxycillin three") is not an end, as "Oint." before one is not;
a lower-case "tabs." ending a sentence before a question ("paracetamol tabs. Can") ends the chunk,
as "caps." does; "Sec." before a number inside an address and inside a question ("Sec. 21, Nr. Vashi
Depot", "Does Sec. 21 have") is not an end, as a short form before a number is not; a lower-case
short form before a comma early in a sentence ("Each yr., your") is not an end; a lower-case dotted
acronym before a lower-case word ("w.e.f. the first") is not an end; a short form opening a sentence
before a capitalised title ("Asst. Registrar Kapoor has") stays with it; a unit form after a decimal
ending a sentence before "It" ("37.5 kg. It") ends the chunk after the full stop, one after a
decimal before a comma ("3.8 cm., so") is not an end, and one after a number with a thousands comma
right before "!" ("3,264 qtl.! Thank") ends the chunk after the "!"; "esp." before a lower-case word
after a comma ("meals, esp. the night") and inside a question ("ward, esp. children?") is not an
end, as "e.g." and "incl." are not; a rupee amount with paise right before "?" ("₹9,362.40? Yes")
ends the chunk after the "?"; an amount before a lower-case bracketed phrase holding a comma
("₹6,800 (per day, in a general ward) for") is not an end; a decimal percentage right before "!"
("97.3%! Renew") ends the chunk after the "!"; a dotted date before a comma followed by a colon time
("18.12.2093, leaving at 21:40 from") is neither cut nor an end; a month form with no day number
right before "?" ("run in Dec.? Yes") ends the chunk after the "?", and one before a day number
mid-sentence ("after Dec. 28 because") is not an end; a dotted time inside a question before "the"
("by 07.35 the following") is not an end; a hyphen date and a colon time inside a bracket ("(booked
for 2093-12-20 at 19:35) is") are neither cut nor an end; an http:// address with a path right
before "?" ("paanipatra.in/jhatpat? It") ends the chunk after the "?", as a web address right before
"?" does; a landline with hyphens ending a sentence before a capital ("020-2674-3918. Call") ends
the chunk after the full stop, as a phone number does; a "!" inside a closing straight double quote
ending a sentence ("Walk today, live longer!" Our) ends the chunk after the quote; a full stop just
after a closing curly double quote (“Heart Hero”. [) ends the chunk after that full stop; the reply
may end on "…"; an emoji with a presentation selector right before "?" ("heights 🏔️? Your") stays in
its sentence and the chunk ends after the "?", as one without a selector does; a skin-toned emoji
after a full stop mid-reply ("message. 👋🏻 The") stays with that sentence; "➤ " and "• " markers
behave as the files' list markers do.

Round 59 added these readings, kept (it took up some points the earlier files leave open, each
only where the cut is beyond doubt, and still left out as open, among others, "??", a month form
with a day number ending a sentence, a web address with a query string right before "?", a phone
number right before "!", "Rs." as an amount-word, a joined emoji, two emoji closing a sentence
with no stop, a dotted Indic form ending a sentence or right before "?" or a comma, a "?" inside a
bold phrase, an underscore italic and a heading line in markdown):
1. A short form, unit form or dotted acronym ending a sentence right before a capitalised word that
   plainly opens the next sentence and cannot be read as going on with the one before ends the
   chunk after its full stop, as the conventions say one does before any capitalised word: before
   a noun ("fresh K.Y.C. Aadhaar", "4.2 kg. Delivery", "1 p.m. Cheques", "photo etc. Originals",
   "agreement etc. Municipal", "N.E.F.T. Funds", "R.T.G.S. Minimum", "1,180 sq. ft. Corner", "per
   sq. ft. Lift", "Pvt. Ltd. Payment", "32 yrs. Family", "3 yrs. Spare", "2 yrs. Service", "7 yrs.
   Bonus", "1 yr. Scholarship", "4 wks. Copies", "12 hrs. Night", "5 ml. Children", "38 km. Toll",
   "10 p.m. Home", "24 hrs. Officers", "20 mins. Birthday", "the block's J.E. Written", "the Z.P.
   Repairs", "an S.M.S. Updates", "Ramesh Iyer Jr. Proof"), before a name ("10 tabs. Ramesh",
   "4:30 a.m. Suresh Kumar"), before a title and a name ("9:30 a.m. Dr. Farida Khan"), before an
   adjective ("55 minutes approx. Early", "8 a.m. to 8 p.m. Silent", "two-year M.B.A. Hearty", "3
   p.m. Fragile", "15 mins. Dilating") and before a weekday ("2 hrs. Saturday", "5 p.m. Tuesday");
   "Pvt. Ltd. Their", "an S.M.S. Happy", "3:30 p.m. Nominee", "2 p.m. Early", "8:45 a.m.
   Calculators", "3 yrs. Beyond" and "7 p.m. Can" end it too.
2. A short form inside a sentence before a capitalised name, title or place is not an end: "Lt.
   Col. Arvind Sehgal (Retd.), who", "Maj. Ritu Chauhan", "St. Aloysius High School", "Sr. Mary
   Celine", "Mt. Carmel Road", "Smt. Lalitha Raman", "Smt. Pooja Arora", "the Govt. Girls' Higher
   Secondary School", "the Govt. Model School", "the Govt. Polytechnic.", "Saraswat Co-op. Bank.",
   "Sharma vs. Municipal Corporation of Delhi", "Prof. Anjali Menon", "Mr. Joseph D'Souza", "Adv.
   Nitin Bhalla", "your U.P.I. PIN."; initials before a surname ("Shri K. P. Unnikrishnan.", "Shri
   R. S. Bhatia,", "Shri B. L. Meena,", "Shri A. R. Deshmukh of", "Shri G. V. Salunkhe,", "Shri M.
   D. Pawar,", "Dr. P. K. Bora of") hold no end; a short form before a number or code ("Vol. 2 of",
   "Court No. 14 on", "Locker No. 217 on", "Ref. No. TH/2231 at") is not an end; a short form
   before a lower-case bracketed phrase or a bracket's comma ("Pvt. Ltd. (the seller), has",
   "(Retd.), who") is not one.
3. Lower-case forms and times before a lower-case word or a comma are not ends: "O.T.P. to", "6:15
   a.m. today", "4 p.m. on", "7:05 a.m., so", "6 p.m., call", "2 p.m. that", "8 p.m. show", "40
   nos. leaves", "25 nos. will", "reference no. for", "B.Com. with", "E.C.G. is", "1 kg. dark", "15
   kg. per", and in Hinglish "11 a.m. tak", "etc. sab" and "10 kg. ka".
4. A colon time ending a sentence at a full stop before a capital ("at 06:10. Platform", "at 11:25.
   Lunch", "at 17:40. Do", "by 10:15. Hearings", "at 10:30. Will", "at 5:45. Can") ends the chunk
   after the full stop, as a dotted time does; colon times joined by "to" ("7:30 to 10:30 🍳") and
   "and" or "till" with a.m./p.m. are not a cut.
5. A decimal with no unit ending a sentence before a capital or a name ("pH of the soil is 6.8.
   Paddy", "0.42. Farmyard", "scored 87.5. Kavya", "61.25. Prizes") ends the chunk after the full
   stop, as a decimal percentage does; an amount with paise ending a sentence ("₹38,450.75.
   Depreciation", "₹350.50. Our") ends it after the final full stop; an e-mail ending a sentence
   before a name ("refunds@gharkart.in. Anita") and a web address with a path ending one before a
   capital ("/navinikaran. Appointment", "/vapasi. Orders") end it after the full stop.
6. A single emoji closing a sentence with no stop ends the chunk before a capitalised name, title or
   noun ("all set 🎂 Meena", "done 🐶 Bruno", "his neck 🔍 Dr. Shalini", "all booked 🌴 Check-in",
   "on foot 🏖️ Lifeguards", "on delivery 💳 Cards"); an emoji after a sentence ending on "p.m."
   ("8 p.m. 🍽️ Chef") stays with that sentence, as one after any sentence's full stop does; an
   emoji closing a first line with no stop ("this Saturday 🪔" and a newline) is a chunk with its
   newline; an emoji closing an English sentence with no stop before an Assamese sentence ends the
   chunk.
7. Numbered and lettered one-line lists after a colon ("1. ", "(a) ", "a) ", "1) " markers, plain
   text, not markdown) are chunked as their multi-line form would be, as the files' one-line lists
   with symbol markers are: the lead-in ending in the colon is one chunk and each item with its
   marker is one chunk, items ending ".", ",", ", and", ";" or "; and"; a numbered item right after
   an amount and a comma ("₹1,842, 2. a fixed") begins a new chunk, and an item ending in a dotted
   acronym and a capitalised word ("U.P.I. PIN.") ends only at its full stop. Multi-line numbered
   and lettered lists after a heading line are chunked line by line, an item with no closing mark
   or ending in "p.m." still a chunk ending at its newline.
8. In a mixed-script reply an English sentence ending in a short form ("etc.", "a.m.", "hrs.",
   "wks.", "approx."), an amount, a decimal with a unit, a web address or an e-mail right before an
   Indic-script sentence ends the chunk after its full stop, as before a capital; an Indic title
   form before a name (डॉ., जे.ई., ডা., திரு., డా., ડૉ., ਡਾ., ಡಾ., ഡോ.) and an Indic unit or
   currency form before a word or a number (कि.मी., रु.) do not end a sentence, also in a Hindi
   reply written with "." (as the files' dotted Indic forms before a word do not); a Hindi sentence
   ending in "।" inside a closing straight double quote ends the chunk after the quote, as one
   ending in "." does; a bracketed Hindi sentence is its own chunk.
9. A unit form right before "?" ("in 4 wks.? Give") ends the chunk after the "?"; "a.m." ending a
   sentence before a bracketed sentence ("7 a.m. (No seats") ends the chunk, and the bracketed
   sentence is its own chunk; a quoted sentence after a colon ("a message: “We are sorry for the
   delay.” Priya") is not cut at the colon and ends after the closing quote; a "?" inside a closing
   straight double quote ending a sentence ("first call?" Nearly) ends the chunk after the quote; a
   full stop just after a closing straight double quote ("staff". Suresh; "PENDING". Our), a
   closing curly single quote (‘Ocean Blue’. We) or a bracket holding a quote ("SL"). If) ends the
   chunk after that full stop.

Round 60 added these readings, kept. As in round 59, its brief asked for spots where a careful reader cuts (or does
not cut) without doubt but a simple rule may not, so some cases take up points the earlier files
leave open; each such point is listed below, and each was used only where no careful reader would
dispute the cut (a short form before a capitalised word that could as well open a sentence as go on
with one, such as a weekday or "Dept. Officers", was left out, as were "??", a month form with a day
number ending a sentence, a web address with a query string right before "?", a phone number right
before "!", "Rs." as an amount-word, a joined emoji, two emoji closing a sentence with no stop, a
dotted Indic form ending a sentence or right before "?" or a comma, a "?" inside a bold phrase, an
underscore italic and a heading line in markdown):
1. A short form, unit form, time form or dotted acronym right before a capitalised word that goes on
   with the same sentence is not an end: a time form before the name of a train, flight, safari or
   ritual ("6:05 a.m. Shatabdi from", "4:55 p.m. Swarna Shatabdi two", "9:40 p.m. IndiGo flight",
   "5:30 a.m. Elephant Safari in", "3 a.m. Nirmalya Darshan at") or before a dotted acronym ("10:30
   a.m. M.R.I. scan"); a unit form before a brand, variety or product name ("14.2 kg. Indane
   cylinder", "500 ml. Amul Gold pouches", "6.3 mtrs. Kanjivaram silk", "12 M.T. Guntur Sannam
   chillies", "1,580 sq. ft. Lake View units"); a dotted acronym or degree before a brand, place,
   scheme, subject, feature or document name ("45 H.P. Mahindra tractor", "of I.I.T. Madras.", "the
   P.M. Surya Ghar scheme", "B.Sc. Nursing results", "M.Sc. Nursing open", "S.I.P. Top-up of", "P.A.N.
   Card still", "by V.R.L. Logistics from"); "Jr." and "Sr." before a capitalised class name ("Jr. KG
   and Sr. KG at", "the Jr. KG batch"); a short form before a capitalised place or institution name
   ("Mt. Abu", "St. Andrew's Church", "Govt. Rajaji Hospital", "Govt. Medical College", "Regd. Post
   yesterday"); a short form before a capitalised title or a name ("the Addl. District Judge", "the
   Exec. Engineer's", "Asst. Commissioner Vijay Deshpande's", "Dr. Meenal Shah ke"); "Sr." opening a
   sentence before a title, a second short form or a capitalised noun ("Sr. Adv. Kamala Iyengar
   will", "Sr. Branch Manager Rekha Nair has", "Sr. Trainer Aditya Rane will", "Sr. Citizens like
   you") and "B.L.O." opening one before a name ("B.L.O. Sunita Yadav will") stay with it.
2. A short form, unit form, time form or dotted acronym ending a sentence before a capitalised word
   that plainly opens the next one ends the chunk after its full stop: before a name ("the I.F.S.C.
   Axis Bank", "by N.E.F.T. Sunita", "the R.C. Shiv Motors", "Andheri R.T.O. Mahesh", "at 6 a.m.
   Hiralal"), before a title and a name ("7 p.m. Sister Mercy", "7:15 a.m. Capt. Nikhil Sethi"),
   before a place name as the next subject ("12:20 p.m. Golden Temple crowds"), before a noun ("your
   D.O.B. Birth", "2.4 ha. Paddy", "neurology O.P.D. Queues", "6 hrs. Splicing", "2 hrs. Gas", "15
   mins. Metal", "10 ml. Kitchen", "225 km. Breakfast", "84.6 kg. Body", "per sq. ft. Parking",
   "through U.P.I. Silk Mark", "Kapoor Bros. Payment", "Pereira Sr. Rent", "2 yrs. Interest", "6
   p.m. Photography", "3 p.m. Stamp", "7:45 a.m. Teachers", "12:30 p.m. Interaction", "7:30 a.m.
   Storage", "10:30 a.m. Mobile", "2:15 a.m. Men", "6 a.m. Trips", "7:30 a.m. Fasting", "5:30 a.m.
   Security", "10:30 p.m. Steam", "24 mins. Interval", "4 hrs. Outside", "1 hr. 45 mins. Seas") and
   before an adjective ("1,240 sq. ft. East-facing", "810 sq. ft. Legal", "₹2,60,000 approx.
   Extra", "29.5 kg. Empty", "750 gm. Pure", "your U.R.N. Printed", "20 yrs. Loyal", "90 mins.
   New", "15 mins. Late").
3. An emoji closing a sentence with no stop ends the chunk before a capitalised name, noun or
   adjective ("hai 🛵 Rohit", "hai 🚖 Manjeet", "are booked 🎬 Rekha", "is booked 🎉 Decorations",
   "same truck 🚚 Exchange", "since morning 😔 Engineers", "ends tomorrow ⏳ Unlimited", "first floor
   🌃 Live", "as well 🚕 Driver", "hai 🥳 Khaane", "first month ☀️ Our"); an emoji inside a sentence
   before its object or a name does not end it ("call 📞 Ravi Shekhar, the", "Call 📞 Srinivas at",
   "entertainer 🤹 Jolly Joe will", "tap 👉 Recharge Now on", "with 💳 RuPay or", "our 🍰
   Tiramisu, made"); an emoji after a sentence ending on "p.m." ("5:15 p.m. 🎯 Each") stays with
   it, as in round 59; a reply may end on an emoji with no stop ("we are on it 🙏").
4. A short form before a comma, a lower-case word, a number or an amount is not an end, also when
   the next word is a Hinglish one: "Rao & Ors., has", "Pradeep Rao Jr., will", "Anthony Jr.,
   will", "Vikram Rao Jr., remains", "B.A.M.S., will", "0.8 mtrs., is", "12 Chapel Rd., Bandra",
   "Chapel Rd. hard", "per quarter, incl. filing.", "approx. 2 hrs.", "approx. 5 hrs.", "approx.
   ₹33,600", "approx. 300 metre", "approx. ₹540", "3 hrs. 24 mins.", "1 hr. 45 mins.", "38 kg.
   and", "25 kg. of", "7.5 ml. of", "4 ml. each", "6 hrs. between", "312 ltr. at", "1.5 km. from",
   "15 mm. pipe", "400 sq. ft. terrace", "the B.L.O. during", "the I.C.U. this", "an N.A.V. of",
   "your S.B. account", "no T.D.S. will", "the L.O.S. light", "the L.R. copy", "the V.R.L.
   godown", "the E.M.I. schedule." (ending the reply), "your C.V.V. with", "the L.P.G. emergency",
   "the S.M.S. with", "by S.M.S. once", "by S.M.S. every", "25 mins. mein", "10 hrs. ka", "8 a.m.
   se", "U.P.I. se", "O.T.P. batane", "5:30 p.m. ka", "9:15 p.m. tak" and "4 yrs.
   need".
5. A short form inside a round bracket mid-sentence ("The show (approx. 2 hrs.) begins") is not an
   end, as a bracket mid-sentence is not; "Pvt. Ltd." closing a quoted company name mid-sentence
   ("to "QuickMart Online Pvt. Ltd." at 1:12 a.m. today.") is not an end, as a quoted phrase inside
   a sentence is not.
6. A one-line list with roman markers ("(i) ", "(ii) ", "(iii) ", "(iv) ") after a colon is chunked
   as one with "(a) " markers is (items ending ",", ", and" and "."), and an item holding a single
   capital letter ("Annexure D signed") is not cut there; an item of a "1) " list ending in a short
   form before a comma ("2) a plot plan marked in sq. ft., ") is one chunk; in a multi-line list
   after a heading line each line is a chunk with its newline also when it ends on a unit form ("•
   drinking water, at least 1 ltr.") or a time form ("1. Haldi at the lawn, 9 a.m.", "2. Lunch for
   guests, 12:30 p.m."), and an item with no closing mark ("• lunch in a steel box") ends at its
   newline.
7. In a mixed-script reply an English sentence ending in a short form, unit form, time form, dotted
   acronym or "lakh" right before an Indic or Urdu sentence ends the chunk after its full stop ("6
   p.m.", "42 km.", "1 a.m." before Bengali; "2 wks." before Tamil; "40 kg." before Telugu; "74.5
   sq. m." before Marathi; "G.S.T." before Gujarati; "7:30 a.m." before Punjabi; "5 hrs." and "23
   kg." before Urdu; "7:10 a.m." before Kannada; "6:30 a.m." and "incl." before Malayalam; "8 a.m."
   before Odia; "2 hrs." before Assamese; "₹1.6 lakh" and "A.T.M." before Hindi); an Indic dotted
   form before a word (कि.ग्रा. की, प्रो. रमेश, आई.एम.ई.आई. नंबर, જી.એસ.ટી. રજિસ્ટ્રેશન), inside a
   question before a word (डी.ए.पी. खाद) or opening a sentence (एफ.आई.आर. की) is not an end, also in
   a Hindi reply written with ".".
8. A dotted degree right before "?" ("an M.Sc.? Entrance") ends the chunk after the "?", as round
   58's "her D.El.Ed.? She" does; an e-mail with a dot and a hyphen ending a sentence before a
   capital ("farhan.ali@nivesh-sathi.in. Happy") and an https:// address with a path ending one
   before a capital ("/abhyas. Most") end the chunk after the full stop; a phone number with hyphens
   ending a sentence ("1800-425-1122. Calls") ends it after the full stop.

Round 61 added these readings, kept. As in rounds 59 and 60, its brief asked for spots where a careful reader cuts
(or does not cut) without doubt but a simple rule may not; each point below was used only where no
careful reader would dispute the cut, and the points those rounds leave open were left out again (a
short form before a capitalised word that could as well open a sentence as go on with one, such as a
weekday, "??", a month form with a day number ending a sentence, a web address with a query string
right before "?", a phone number right before "!", "Rs." as an amount-word, a joined emoji, two emoji
closing a sentence with no stop, a dotted Indic form ending a sentence or right before "?" or a
comma, a "?" inside a bold phrase, an underscore italic and a heading line in markdown):
1. A short form, unit form, time form, dotted acronym or dotted degree right before a capitalised
   word that goes on with the same sentence is not an end: a time form before the name of a train,
   bus, flight, ferry, ride, concert or darshan ("5:50 a.m. Vande Bharat Express from", "10:30 p.m.
   Airavat Club Class bus", "8:05 a.m. Akasa Air flight", "11:55 p.m. Singapore Airlines flight",
   "9:15 p.m. Gorakhdham Express", "7:20 a.m. Pawan Hans shuttle", "10:20 a.m. Joy Ride steam",
   "8:30 a.m. Nimati Ghat ferry", "4 p.m. Carnatic vocal", "11 a.m. Special Entry Darshan"); a unit
   form before a brand, variety code, sweet, dish, coin, agency or material ("5 ltr. Fortune", "10
   kg. Aashirvaad", "1 kg. Tata Sampann", "2 ltr. Amul Taaza", "30 kg. JS-335", "46 qtl. HD-3086",
   "62 qtl. PBW-826", "500 gm. Kaju Katli and 250 gm. Motichoor Ladoo", "8 gm. Lakshmi coin", "1 kg.
   Shahi Mutton Haleem", "10,000 ltr. Jal Board tanker", "2 ft. Shadu clay", "5.5 mtrs. Gharchola
   sarees", "5 H.P. Kirloskar pump"); a dotted degree or post before a subject ("M.D. Paediatrics,",
   "M.S. General Surgery,", "M.S. Data Science course", "D.M. Nephrology,", "B.Tech. Computer
   Science batch", "H.O.D. Mathematics,"); a board or exam acronym before its class or paper
   ("C.B.S.E. Class 12", "J.E.E. Main mock"); a short form before a place or institution ("the
   P.H.C. Bhimtal on", "the Govt. District Hospital, Sagar", "your M.G. Road office", "Kalyani
   Jewellers, T. Nagar."); drug forms before a drug's name ("prescribed Inj. Lantus,", "Tab.
   Metformin 500 mg. is" opening a sentence); "Sr." and "Jr." opening a sentence before a title and
   a name ("Sr. Manager Syed Anwar at", "Jr. Engineer Harish Negi checked"), "A.N.M." opening one
   before a name ("A.N.M. Geeta Bisht will"); a title before a title and a name ("Postmaster Smt.
   Rekha Saini."), "the Dy. Commissioner (Works), Zone 4," and "Mehra vs. Speedy Motors".
2. A short form, unit form, time form, decimal, dotted acronym or dotted degree ending a sentence
   before a capitalised word that plainly opens the next one ends the chunk after its full stop:
   before a pronoun ("9:42 p.m. Her", "an M.Sc. Her", "her M.Ed. She", "9 a.m. Its", "Sai Infra
   Pvt. Ltd. Its", "9 mins. You", "Sethi Jr. Your"), before a title and a name ("24 hrs. Dr.
   Shweta", "4 hrs. Dr. Sanjay", "11 a.m. Adv. Priyanka", "10:40 a.m. Ms. Rebecca", "the society's
   N.O.C. Mrs. Sheila", "11:30 a.m. Mediator Mrs. Sunanda", "by S.M.S. Agent Ravindra", "48 hrs.
   Arhtiya Satnam", "by U.P.I. Imran"), before a noun ("2 mins. Receipts", "4 hrs. First", "3:15
   p.m. Supply", "6 p.m. Platelet", "O.R.S. Painkillers", "6 yrs. Extensions", "per kg. Kerosene",
   "4:40 p.m. Porting", "1 p.m. Parents", "10:30 a.m. Candidates", "10 a.m. Entry", "18.4 gm.
   Hallmarking", "low at 9.8. Iron", "2 wks. Transport", "6:20 a.m. Weight", "2 kg. Larger", "8
   mins. approx. Weather", "3 yrs. Repairs", "190 sq. yds. Plots", "1 yr. College", "10 a.m.
   Counters", "1 p.m. Carry", "7:30 p.m. Recharges", "11 a.m. Sweets", "₹1.5 lakh. Interest", "15
   yrs. Maturity", "₹38 lakh. Tuition", "58 kg. Fluid", "7:45 a.m. Camp", "5:30 p.m. Govt. rules",
   "9 a.m. Breakfast", "10 p.m. Buses", "86.4 sq. m. Tax", "Vasant Kulkarni Sr. Deeds", "30 mins.
   Stove", "1 min. Children", "2 mtrs. Wall", "100 nos. Change", "per qtl. Arrivals", "18,000 qtl.
   Buyers", "3:10 p.m. Every", "7:25 a.m. Bag", "7 kg. Checked"), before an
   adjective ("100 mm. Early", "1 yr. Accidental") and before "A", "At" or "Please" ("2 p.m. A",
   "6:15 a.m. A", "8:52 p.m. At", "Speedy Motors Pvt. Ltd. Please"); "packing incl. We" and "per
   gm. Bring" end it too.
3. An emoji closing a sentence with no stop ends the chunk before a capitalised name, noun or
   country ("hai 🍗 Salim", "hai 🥣 Spoons", "this weekend 🏏 India", "on the left 🪟 Charging", "dark
   store ⚡ Karan", "milega 💇 Neha", "hai 📝 Physics"); an emoji inside a sentence before its object
   or a name does not end it ("tap 📶 Network Operators to", "press the 🔴 Red button", "Your boat 🛶
   Kuttanad Queen has", "tap 🚀 Speed Check on", "at the 🏥 Ayushman Help Desk near").
4. A short form before a lower-case word, a comma or a number is not an end, also in Hinglish:
   "approx. 40", "Rajpur Rd. sub-station", "Ashram Rd. junction", "a Ph.D. seat", "Dept. of",
   "M.Sc. marksheets", "N.E.T. score", "P.N.R. status", "48 hrs. before", "35 kg. of", "12 mins.
   away", "41,200 km. at", "I.P.D. stay", "S.I.M. keeps", "45 cm. suits", "B.I.S. centre", "G.S.T.
   added", "50 km. of", "P.U.C. slip", "I.P.P.B. app", "1 yr. after", "1,050 sq. ft., serves",
   "P.P.R. on", "B.V.Sc., leads", "3 mos. need", "A.C. runs", "C.G.P.A. of", "L.P.G. cylinder",
   "O.T.T. bundle", "500 gm. paneer", "500 mg. is", "15 mins. early", "16 mm. laterals", "F.C.I.
   picked", "45 mins. ahead", "15 kg. are", "0.9 mtrs. are", "10 mins. to", "2 km. from", "7 p.m.
   sharp.", "T.T.E. may", "shop no. 114", "Room No. 3", and in Hinglish "30 mins. ke", "11 p.m.
   ke", "45 mins. lagte", "G.S.T. ke", "2 hrs. pehle", "9 a.m. se", "3 hrs. ka", "4 p.m. par",
   "Kota Rd. wali".
5. In a mixed-script reply an English sentence ending in a time form, unit form or dotted acronym
   right before an Indic or Urdu sentence ends the chunk after its full stop ("9:50 a.m." and "7
   p.m." before Bengali; "9 p.m." before Tamil; "5 mins." before Telugu; "10 a.m." and "2 hrs."
   before Marathi; "U.P.I." before Gujarati; "1:30 p.m." before Kannada; "11:30 a.m." and "20
   yrs." before Malayalam; "M.S.P." and "7 a.m." before Punjabi; "5:45 p.m." before Urdu; "6:30
   p.m." and "30 mins." before Odia; "8 a.m." and "3:30 p.m." before Assamese; "I.D." before
   Hindi); an Indic dotted form before a word or a number (रु. 2,000, सी.एस.सी. केंद्र, डॉ. सुरेश,
   कि.वा. है, यू.पी.आई. या, आर.टी.ई. कोटे, रु. 600) is not an end.
6. Lists: a one-line list with "(a) " markers after "Bring along: ", one with "1) " markers after
   "Please keep ready: " and one with "▸ " markers after "What it includes: " are chunked as their
   multi-line forms would be, an item holding a unit form before a lower-case word ("over 6 hrs.
   late, and") being one chunk; a sentence ending at its own newline before a list's heading line is
   a chunk with its newline, and in the "• " list after that heading line each line is a chunk with
   its newline, also when it ends on a dotted acronym ("school I.D.") or has no closing mark.
7. A full stop just after a closing straight double quote ("Code Sprint". Hall) ends the chunk after
   that full stop; a bracketed sentence is its own chunk; a time form right before "?" ("1 p.m.?
   Gas") ends the chunk after the "?"; a "+65" number with inner spaces ending a sentence before a
   capital ("+65 6123 4567. Keep") and a toll-free number with hyphens ending one ("1800-266-9944.
   Cook") end the chunk after the full stop, and a toll-free number inside a sentence ("1800-180-6677
   cost") is not an end.

Round 62 added these readings, kept. As in rounds 59 to 61, its brief asked for spots where a careful reader cuts
(or does not cut) without doubt but a simple rule may not, made harder than round 61 with new forms,
domains and names; each point below was used only where no careful reader would dispute the cut, and
the points those rounds leave open were left out again (a short form before a capitalised word that
could as well open a sentence as go on with one, such as a weekday, "??", a month form with a day
number ending a sentence, a web address with a query string right before "?", a phone number right
before "!", "Rs." as an amount-word, a joined emoji, two emoji closing a sentence with no stop, a
dotted Indic form ending a sentence or right before "?" or a comma, a "?" inside a bold phrase, an
underscore italic and a heading line in markdown; also a temperature ending a sentence and a weekday
short form ending one). Where the files are silent, the cut chosen is the one a listener expects from
a phone bot reading sentence by sentence: a pause only where the sentence is over.
1. A short form, unit form, time form, dotted acronym or initial right before a capitalised word that
   goes on with the same sentence is not an end: "p.m. IST" ("7 a.m.–9 p.m. IST on", "11:59 p.m.
   IST on"); a dotted acronym before a locality, scheme, pack, plan, bus, test, exam, class or clinic
   name ("H.S.R. Layout", "B.T.M. Layout to", "B.D.A. Complex", "D.L.F. Phase 3", "G.T. Road", "J.P.
   Nagar", "P.M.A.Y. Urban 2.0", "M.G.N.R.E.G.A. Job Card", "U.D.I.D. Card", "U.A.E. Roaming Pack",
   "R.B.I. Ombudsman", "R.B.I. Integrated Ombudsman Scheme", "B.M.T.C. Vayu Vajra", "L.I.C. Jeevan
   Umang", "U.S.G. Whole Abdomen", "U.P.S.C. Prelims Test Series", "G.S. Paper I", "N.E.E.T. UG!",
   "E.C.H.S. Polyclinic", "U.P.I. Lite on", "via U.P.I. Lite." ending a sentence only at "Lite.");
   "A.I.I.M.S." opening a sentence before a place name ("A.I.I.M.S. Rishikesh closed"); "M.D." before
   a subject that ends the sentence ("M.D. Radiodiagnosis."); address and office forms before place
   names ("Vill. Khanpur Kalan, P.O. Bhadson, Teh. Nabha, Dist. Patiala.", "Vill. Dhanaula, Dist.
   Barnala, on", "P.S. Kotwali", "the R.P.O. Chandigarh prints", "the Head P.O. Aminabad on", "Govt.
   Sr. Sec. School, Rohtak."); a unit form before a brand name ("4 pkts. Maggi", "500 gm. MDH", "250
   ml. Paper Boat", "1 tsp. Everest Tea Masala", "2 kg. Induben", "50 H.P. Swaraj"); titles and
   stacked forms before names ("Dr. (Mrs.) Leela Menon", "Dr. (Prof.) Anand Tripathi.", "M/s. Patil
   Hardware", "Sh. Gurnam Singh", "Er. Praveen Hegde", "Jt. Engineer Ravi Prakash", "Insp. Rajbir
   Sandhu", "Col. Raghav Mehta", "Capt. Stanzin Dorje (Retd.),"), also opening a sentence ("S.D.O. Er.
   Harpal Singh signed", "J.E. Sukhwinder Kaur will", "A.S.I. Mohan Lal from", "Insp. Neha Chauhan of",
   "Hav. Balwinder Singh (Retd.), your"); a short form before another short form ("Regd. A.D. on",
   "Sr. No. 14", "Chq. No. 004501", "A.W.B. No. 7845", "Cantt. Jn. at"); "Hep." before a single
   capital inside a sentence ("The Hep. B dose"); drug forms before a drug's name ("Tab. Thyronorm",
   "Tab. Zerodol-P", "Tab. Diamox", "Tab. Allegra", "Tab. Eltroxin", "Syp. Ascoril", "Syp. Calpol",
   and "Syp. Ostocalcium," opening a sentence); initials before a surname, unspaced or single ("Mr.
   P.V. Ramana", "Mr. R.K. Ahuja", "A.R. Rahman Live", "the M. Chinnaswamy Stadium", "Dr. K. Srinivasa
   Rao"), also where the initials read like a degree ("watch M.S. Dhoni bat"); "vs." before a name.
2. A short form, unit form, time form, decimal, dotted acronym or initial ending a sentence before a
   capitalised word that plainly opens the next one ends the chunk after its full stop: "p.a." ("7.35%
   p.a. Interest"), "p.m." meaning per month ("₹5,000 p.m. Your"), "p.p." ("₹4,800 p.p. Dinner"),
   "ct." ("22 ct. Stones"), "per gm. That", "per min. Calls", "per doz. Fresh", "in." after "ft."
   ("6 ft. 7 in. Your"), "17,582 ft. Spend", "half a tsp. Store", "75 mcg. Take", "14 gts. Crop", "5
   pcs. Each", "120 mg. Masks", "14 wks. She", "6 wks. Chef", "3 wks. An", "25 mins.
   Our", "40 mins. Daily", "20 mins. Your", "5 more yrs. Renewal", "2 hrs. C.S.A.T." (before a dotted
   acronym opening the next sentence), 24-hour times ("1330 hrs. Berths", "0835 hrs. Breakfast",
   "0115 hrs. Online"), times after an en dash ("8 a.m.–11 a.m. Cheques", "11 a.m.–6 p.m. Pets",
   "6:40 p.m.–7:40 p.m. Charging"), "1:45 p.m. Should", "4:30 p.m. Rahman", "5:30 p.m. Dr. Sameer",
   "Mathura Jn. Check", "Delhi Cantt. Her", "Jalandhar Cantt. The", "N.A.C.H. We", "D.B.T. Your",
   "I.M.E.I. Make", "O.P.V. Her", "U.P.I. The", "U.P.I. No", "G.S.T. An", "the I.T. Dept. portal" but
   "the Income Tax Dept. You", "Tahsildar Smt. Roopa K.S. Copies" (initials ending a sentence), "40 kg. Anything"; a sentence ending in "U.A.E." at its own newline
   before a list's heading line is a chunk with its newline.
3. A short form before a lower-case word, a number, a comma, a semicolon or a dash is not an end,
   also in Hinglish: "p.a. from", "p.a. more", "p.a.? Many" (ends after the "?"), "1% p.m. on",
   "₹58,000 p.m., with", "₹1,500 p.m. begins", "₹250 p.p. and", "W.L. 12 to R.A.C. 3.", "R.A.C.
   passengers", "1700 hrs. from", "0415 hrs. on", "0555 hrs. local", "Ambala Cantt. to", "Shalimar
   Exp. in", "Ernakulam Jn. at", "84 in. wide", "7 ft. for", "3 ft. wide", "11,500 ft. above", "2
   doz. eggs", "4 doz. samosas", "2 tbsp. fennel", "1 tsp. dry", "42.6 gm. of", "100 min. of", "5
   min. walk", "₹5 per min. applies", "20 mins. more", "15 mins. before", "Std. 9, Div. B, is", "Sy.
   No. 112/3", "Khata No. 449", "Roll No. 11412", "Ward No. 42.", "Mon., Wed. and Fri. mornings",
   "on Wed. and Sat. only.", "7 a.m.; dry", "LL.M., will", "M.D.S., will", "D.C.H., sees",
   "M.B.B.S., M.D., who", "I.A.S. (Retd.), reviews", "The S.H.O., Insp.", "The O.I.C., Col.", "Your
   C.A., Mr. Harish Jain, F.C.A., already", "Bhagat & Co. will", "N.I. Act.", "an N.R.O. account",
   "the S.P. office", "Bengaluru G.P.O. yesterday", "H.A.L. 2nd Stage", "the M.C.C. counselling", "an
   M.B.B.S. seat", "B.D.S. seats", "an M.C.B. and", "P.I.N. or O.T.P. to", "the P.S.P.C.L. cash", "the
   C.M.O. office", "Your A.P.Y. enrolment", "the N.S.P. portal", "the B.C.G. entry", "The R.C.T.
   costs", "C.O.D. orders" opening a sentence, "Qty. 1 pair" opening one, "The M.R.P. is", "No Cost
   E.M.I. for", "1 yr. costs", "Syp. Ostocalcium, 10 ml. at", and in Hinglish "Dr. sahab",
   "6:10 a.m. wali", "5 p.m. se", "Bhopal Jn. se", "veg. aur non-veg. dono", "U.P.I. se", "24 hrs.
   mein", "approx. 5 din", "approx. 10 mins. lag", "5 ml. din", "Lajpat Rd. par", "40 kg. tak",
   "S.M.S. aapko", "O.T.P. bata".
4. Emoji: one closing a sentence with no stop ends the chunk before a pronoun ("approved ✅ We",
   "packed 👍🏽 We", "your order 👍🏽 It", "call karenge 📞 Aap"), before a sentence opening with an amount
   ("ho gaya hai ✅ ₹2,349 ka"), before a noun after a colon time ("at 19:30 🕢 Breakfast"), before a
   noun with a presentation selector on the emoji ("are booked 🎟️ Gate"), and in Hinglish before a
   capitalised word ("mil gayi hain 🎉 Dono"); a skin-toned emoji is one emoji sequence and closes a
   sentence as a plain one does; an emoji after a unit form that ends a sentence ("750 gm. 📦
   Postage") stays with that sentence, as one after "p.m." does; an emoji inside a sentence before a
   capitalised button name ("Tap 🛵 Track Order in") does not end it; keycap emoji (1️⃣, 2️⃣, 3️⃣) as
   line markers of a multi-line list after a heading line are each a chunk with their line and its
   newline; a flag emoji after the reply's closing "!" ("Jai Hind! 🇮🇳") stays with it and ends the
   reply.
5. Quotes and brackets: a sentence whose "p.m." and full stop sit inside a closing straight quote
   ("stamped "Consume by 11 p.m." Please") ends the chunk after the quote; a full stop just after a
   closing straight quote ends the chunk after that full stop also when the quote holds a title and a
   name ("saying "Mr. Farooq Shaikh". Need"), a capitalised phrase ("remark "Funds Insufficient". A")
   or an undotted "A/c" ("Premium A/c". Has); a bracket holding a short form just before the
   sentence's full stop ("(incl. the bus fee). A") ends the chunk after that full stop; "a.m." right
   before "!" ("4:30 a.m.! You") ends the chunk after the "!".
6. In a mixed-script reply an English sentence ending in "p.a." (before Tamil), "Jn." (before Bengali
   and Malayalam), "mcg.", "km." and "wks." (before Telugu), "a.m." and "incl." (before Kannada),
   "pcs." (before Gujarati), "a.m." and "hrs." (before Punjabi and Marathi), "p.p." (before Urdu,
   Bengali and Assamese), "p.m." (before Urdu, Bengali and Malayalam) or "a.m." (before Odia and
   Assamese) ends the chunk after its full stop; a dotted Indic unit, number or acronym form before a
   word or a number (कि.मी. चा, सौ. सुनीता, ৬ কি.মি. দূরে, 2 கி.மீ. தொலைவில், 3
   కి.మీ. దూరంలో, 6 ಕಿ.ಮೀ. ಮಾತ್ರ, 3 കി.മീ. അകലെ, 1 કિ.ગ્રા. ના, 12 ਕਿ.ਮੀ. ਦੂਰ, ୧୫ କି.ମି. ଯାତ୍ରା,
   ১৭৬ কি.মি. দূৰত, क्र. 3021, के.वाई.सी. अपडेट, ओ.टी.पी. किसी, एस.एम.एस. द्वारा, 5 मि.ली. दिन, 100
   ग्रा. खिचड़ी) is not an end, also opening a sentence (ओ.आर.एस. का) and in a Hindi reply written
   with ".".

Readings added here. As in rounds 59 to 62, the brief asked for spots where a careful reader cuts
(or does not cut) without doubt but a simple rule may not, made harder than round 62 with new forms,
shapes and languages; each point below was used only where no careful reader would dispute the cut,
and the points those rounds leave open were left out again (a short form before a capitalised word
that could as well open a sentence as go on with one, such as a weekday, "??", a month form with a
day number ending a sentence, a web address with a query string right before "?", a phone number
right before "!", "Rs." as an amount-word (here "Rs." stands only right before a number, inside a
sentence), a joined emoji, two emoji closing a sentence with no stop, a dotted Indic form ending a
sentence or right before "?" or a comma, a "?" inside a bold phrase, an underscore italic, a heading
line in markdown, a temperature ending a sentence and a weekday short form ending one). Where the
files are silent, the cut chosen is the one a listener expects from a phone bot reading sentence by
sentence: a pause only where the sentence is over. The new readings this round relies on are marked
"(new)".
1. A short form, unit form, time form, dotted acronym or initial right before a capitalised word that
   goes on with the same sentence is not an end: titles and name parts before names ("Md. Arif
   Shaikh,", "Md. Imran will", "Md. Faizan aapka", "Md. Asif Siddiqui,", "Mr. Sanjay Kr. Gupta,",
   "Shri Ramesh Kr. Pawar is", "Mr. Anil Kr. Verma,", "Mr. Nitin Kr. Sharma,", "Tmt. Lakshmi
   Narayanan,", "Tmt. Revathi at", "Thiru S. Venkatesan signed", "Kum. Priya Sharma,", "Fr. Joseph
   Mathew,", "Rev. Fr. George Kurian will" opening a sentence, "Ar. Neha Kapoor,", "Pt. Shivnarayan
   Mishra,", "Pt. Ramakant Shastri and", "Sqn. Ldr. Meera Nambiar and", "Brig. Harish Rao (Retd.),",
   "S.I. Prakash More of", "Sr. Lissy," opening a sentence, "Sri K. Venkat Reddy,", "Dr. V. Mohan
   Raj has", "Mr. & Mrs. Kulkarni from" opening a sentence (new)); initials before an institution's
   or a place's name ("Dr. B.R. Ambedkar University, Agra.", "the A.P.J. Abdul Kalam Technological
   University is", "Ch. Charan Singh University, Meerut.", "Sector 12, R.K. Puram."); dotted acronyms
   and short forms before a capitalised service, place, department, trade, stream, plan, ship, force,
   dish or drug name ("the K.S.R.T.C. Rajahamsa bus", "I.S.B.T. Kashmere Gate at", "the M.V. Nalanda
   at", "the E.N.T. Department of", "the I.T.I. Electrician trade", "H.S.C. Science may", "an N.P.S.
   Tier II account", "is S.B.I. Pension Funds." ending only at "Funds.", "The Rly. Protection Force
   can", "The Spl. Festive Thali is", "Vit. D3 60,000", "Vit. C tablets", "Tab. Telmisartan",
   "Tab. Glycomet", "Tab. Dolo", "Susp. Augmentin Duo is" opening a sentence, "a bottle of Susp.
   Sucralfate." ending only at the drug's name); "I.I.Sc." opening a sentence before a place name
   ("I.I.Sc. Bengaluru usually"); a unit form before a brand, variety or sweet name ("2 ltrs. Gold
   Winner", "5 kgs. Sona Masoori", "1 pkt. MTR rava", "2 kgs. Nolen Gur", "25 kgs. Ponni", "5 kgs.
   Banganapalle", "1 kg. Peaberry", "40 kgs. PBW-872"); a short form before a roman numeral that goes
   on with the sentence ("Sem. I classes", "Sem. III at", "Tier I on", "Tier II account", "Class XII
   can") (new); "N.B." opening a sentence before "The" ("N.B. The chart may") stays with it (new).
2. A short form, unit form, time form, decimal, dotted acronym or version number ending a sentence
   before a capitalised word that plainly opens the next one ends the chunk after its full stop:
   "H.P.O. The", "U.K. She", "S.G.S.T. Namkeen", "G.S.T. Your", "P.A.N. Shall", "I.S.B.T. Your",
   "N.I.T. I.I.Sc." (before a dotted acronym opening the next sentence), "B.N.S. Investigation",
   "U.P.I. Do", "I.D. Hostel", "Ltd. The", "1 wk. Tax", "25 kgs. Heavier", "11.2 kgs. That", "50
   kgs. D.A.P." (before a dotted acronym opening the next sentence), "half a kg. Scientist", "500
   gms. It", "250 gms. Almonds", "250 gms. Should", "per cu. m. Your", "1.36 ha. Your", "5,230 kms.
   Services", "4 ft. in dia. Each", "18 in. The", "6 hrs. Your", "3 hrs. Enjoy",
   "2 hrs. 30 mins. Seasickness", "30 mins. Boil", "25 yrs. His", "5 yrs. Mechanics", "near the Mall
   Rd. Ask", "8 p.m. The", "11 a.m. Late" and "6 a.m. Phones"; lower-case prescription forms ending a
   sentence ("used s.o.s. Sit", "the ear drops t.d.s. Lie", "10 ml. h.s. Shake") (new); dotted
   clock times with "a.m." or "p.m." ending a sentence ("3.30 p.m. Drafts", "4.30 p.m. Please", "6.30
   p.m. Will", "6.45 p.m. Can", "9.30 a.m. The", "11.15 a.m. Carry", "1.30 p.m. Carry", "9.40 p.m.
   The", "10.05 a.m. The", "11.30 p.m. Leftover", "3.15 a.m. Meals", "9.30 a.m. Drop", "6.30 a.m.
   Please") (new); words spelt like short forms ending a sentence ("Yes or No. Our", "the portal's
   Manage tab. It", "the Profile tab. Then", "the afternoon sun. Wear a cap. Lifeguards", "was art.
   She", "a sliced fig. Serve") (new); a roman numeral ending a sentence ("Class XII. Her") (new); a
   three-part version number ending a sentence ("version 8.4.2. Older") (new); a section code with a
   bracket ending one ("u/s 80CCD(1B). You"); "R.L.W.L. 6. R.L.W.L." (a number after a short form
   ending a sentence before a dotted acronym opening the next).
3. A short form before a lower-case word, a number, a comma, a colon time or a dotted acronym is not
   an end, also in Hinglish and Tanglish: "Rs. 48,500", "Avl. Bal. is", "The D.D. charges", "M.I.C.R.
   code", "F.Y. 2024–25", "A.Y. 2025–26 as", "I.T.R. form", "u/s 80C", "P.P.F. deposit", "P.P.F.
   account", "Sept. 30 at", "Sept. 9 at", "Jan. 12, so", "Aug. 4 at", "Aug. 12 at", "Apr. 1 onwards",
   "Nov. 23 is", "Feb. 1 next", "Dec. 2022 under", "Feb. and Mar. each", "Oct. to mid-Nov.", "Sat.
   at", "Thurs. at", "Tues. evening" (new: month and weekday forms inside a sentence), "H.U.F.
   return", "E.P.F.O. settled", "U.A.N. 1009", "2nd Flr., Bhavishya", "3rd Flr., facing", "S.C.S.S.
   deposit", "N.S.C. certificates", "K.V.P. certificates", "G.S.T.I.N. certificate", "H.S.N. code",
   "C.G.S.T. and", "excl. G.S.T. with", "excl. taxes.", "Bldg. on", "Bldg. No. 3,", "M.Com., can",
   "P.O.S. terminal", "U.K. take", "Co-op. Hsg. Soc. Ltd. is", "C.T.S. No. 1142", "31 cu. m. this",
   "Dep. 06:10 from" and "Arr. 09:05 at" (new: a short form before a colon time), "E.T.A. may",
   "E.T.A. at J.F.K. is", "N.H. 275", "G.N.W.L. 18", "R.L.W.L. tickets", "4 hrs. ahead", "11 a.m. a
   day", "D.M.R.C. trains", "D.T.C. feeder", "the I.S.B.T. station", "45 mins. before", "I.U. once",
   "b.d. with", "b.d. after", "o.d. before", "o.d. after", "4 hrs. apart", "C.T. scan", "M.S.
   (E.N.T.), will", "A.B.H.A. number", "B.Ed. course", "B.A. marksheet", "S.S.C. marksheet", "Govt.
   I.T.I., Aurangabad.", "S.C. and S.T. families", "40 mg. and", "500 mg. b.d.", "Net Wt. of", "2
   mtr. inside", "2 mtr. runner", "Manjunath B.K., has", "Poovaiah K.M., who" (trailing initials),
   "Ms. Preethi R., sees" (new: a trailing single initial before a comma), "A.D.L.R. office", "N.F.S.A.
   ration", "5 kgs. of", "35 kgs. a", "P.D.S. shop", "H.No. 4-7-112,", "D.No. 12-2-417,", "I.C.D.S.
   scheme", "500 gms. are", "250 gms. sample", "500 gms. of", "M.C.P. card", "K.C.C. limit", "F.P.O.
   has", "N.P.K. 10:26:26 for" (new: a fertiliser grade written with colons is not cut), "K.V.K. at",
   "F.I.R. for", "F.I.R. is", "J.M.F.C. court", "w.r.t. the", "Appln. No. is", "Regn. fee", "Sl. No.
   2", "Deshpande v. Sunrise" (new: "v." between two parties), "9% p.a. on", "B.S.L., LL.B., has",
   "S.B.I. account", "A.E., Smt.", "Ext. 214,", "Corpn. instead", "D.B.C. option", "N.P.S. account",
   "P.R.A.N. card", "4 ft. in", "1.5 in. thick", "½ tsp. cardamom" (new: a fraction before a unit
   form), "1 ltr. full-cream", "3 tbsp. grated", "Rs. 699 per head, excl.", "Rm. No. 304", "1 kg.
   costs", "B.M.I. is", "Approx. 2 hrs. is" (opening a sentence), "5,000 kms. or", "M.Tech. seat",
   "C.C.M.T. portal", "P.S.U. jobs", "G.A.T.E. scores", "Estd. 1962,", "P.A.U. outlet", "£1,250
   appeared" (new: a pound amount); dotted clock times with "a.m." or "p.m." before a lower-case word
   ("8.30 a.m. from", "10.30 a.m. in", "7.30 to 10 a.m. in", "6.40 a.m. local", "11.55 a.m.
   departure") (new); in Hinglish "kgs. hai", "B.M.I. 27.4", "6 a.m. se 8 a.m. tak", "5.30 p.m. ke",
   "20 mins. se", "2.5 mtr. laga", "40 in. aur", "42 in. rakhi", "Rs. 200 alag"; in Tanglish (new)
   "6.30 p.m. kulla", "Rs. 184", "Dr. Kavitha-va".
4. A dotted acronym right before "?" ("have a G.P.S.? If", "at J.F.K.? We") ends the chunk after the
   "?".
5. Lists and emoji: a sentence ending at its own newline before a list's heading line is a chunk with
   its newline, and in the multi-line list after that heading line with "🔹 " markers (new marker)
   each line is a chunk with its newline, also when it ends on a dotted time with "p.m." or on "a.m."
   ("🔹 Carol service, 10.30 p.m."); an emoji closing a Hinglish sentence with no stop before a
   capitalised word ("chune hain 🧵 Delivery") ends the chunk; "Vanakkam!" opening a Tanglish reply is
   its own chunk.
6. In a mixed-script reply an English sentence ending in "wk." or "a.m." (before Marathi), "mins." or
   "U.P.I." (before Bengali), "p.m." (before Telugu and Urdu), "sun." as a word (before Malayalam), a
   dotted time with "p.m." (before Gujarati and Konkani), "mid-Nov." (before Punjabi), "hr." or "gms."
   (before Odia), "gms." (before Assamese), a dotted time with "a.m." or "yrs." (before Nepali) or
   "Mkt." (before Konkani) ends the chunk after its full stop; a dotted Indic title, address, unit or
   currency form before a word, a title, a place name or a number is not an end: स्व. श्री, पो.
   रींगस, जि. सीकर, मो. नंबर, कु. अनन्या, पं. विनायक (in a Hindi reply written with "."), मु.पो.
   कोरेगाव, ता. खटाव, जि. सातारा (Marathi), প্রতি কি.গ্রা. সন্দেশের, ஒரு கி.கி. ரூ. 62 (two Tamil forms
   in a row), ఒక కి.గ్రా. ధర రూ. 140, ಒಂದು ಕೆ.ಜಿ. ಪುಡಿಗೆ ರೂ. 720, ഒരു കി.ഗ്രാ. ഏലക്കയ്ക്ക്, രൂ. 2,400,
   રૂ. 400, ਰੁ. 1,900, ଏକ କି.ଗ୍ରା. ରସଗୋଲାର, এক কি.গ্ৰা. চাহপাতৰ and, in Nepali (new), १ कि.मी. टाढा;
   a Konkani reply (new) ends its Devanagari sentences at "." and "?", as a Hindi reply written with
   "." does, and a Nepali one (new) at "।", as a Hindi one does.

"""

from __future__ import annotations

HELD_OUT: list[tuple[str, list[str]]] = [
    # --- demand draft, D.D. before a lower-case word, Rs. before a number, initials after Dr. before a university's name, Avl. Bal. before an amount, M.I.C.R. before a lower-case word, No. as the word ending a sentence, a dotted time with p.m. ending a sentence, Md. before a name ---
    (
        "The demand draft you asked for is ready at our Camp branch in Pune. It is drawn for Rs. 48,500 in favour of Dr. B.R. Ambedkar University, Agra. The D.D. charges came to ₹95, and your Avl. Bal. is now ₹1,12,406. The M.I.C.R. code printed on it is 411002015. Collect it yourself, or send a family member with a signed note. Was a crossed draft what you wanted? Just reply Yes or No. Our cash counter shuts at 3.30 p.m. Drafts can be encashed up to 3 months after the issue date. Md. Arif Shaikh, who manages the branch, signed it himself. Thanks for choosing Sahakar Bank.",
        [
            "The demand draft you asked for is ready at our Camp branch in Pune. ",
            "It is drawn for Rs. 48,500 in favour of Dr. B.R. Ambedkar University, Agra. ",
            "The D.D. charges came to ₹95, and your Avl. Bal. is now ₹1,12,406. ",
            "The M.I.C.R. code printed on it is 411002015. ",
            "Collect it yourself, or send a family member with a signed note. ",
            "Was a crossed draft what you wanted? ",
            "Just reply Yes or No. ",
            "Our cash counter shuts at 3.30 p.m. ",
            "Drafts can be encashed up to 3 months after the issue date. ",
            "Md. Arif Shaikh, who manages the branch, signed it himself. ",
            "Thanks for choosing Sahakar Bank.",
        ],
    ),
    # --- income tax return, F.Y. and A.Y. before numbers, I.T.R. before a lower-case word, u/s before a section number, P.P.F. before a lower-case word, Sept. before a day number, H.U.F. before a lower-case word, P.A.N. ending before a question, Kr. inside a name ---
    (
        "Your income tax return for F.Y. 2024–25 has been filed. On the portal it shows under A.Y. 2025–26 as verified. We used the I.T.R. form for capital gains, since you sold shares this year. Deductions u/s 80C came to the full ₹1,50,000. That covers your P.P.F. deposit and the premium on your term plan. A refund of ₹18,240 is expected by Sept. 30 at the latest. The H.U.F. return is a separate filing. It needs its own P.A.N. Shall we start on it next week? Mr. Sanjay Kr. Gupta, our tax consultant, will ring you about it. Keep your Form 26AS and the rent receipts ready for him.",
        [
            "Your income tax return for F.Y. 2024–25 has been filed. ",
            "On the portal it shows under A.Y. 2025–26 as verified. ",
            "We used the I.T.R. form for capital gains, since you sold shares this year. ",
            "Deductions u/s 80C came to the full ₹1,50,000. ",
            "That covers your P.P.F. deposit and the premium on your term plan. ",
            "A refund of ₹18,240 is expected by Sept. 30 at the latest. ",
            "The H.U.F. return is a separate filing. ",
            "It needs its own P.A.N. ",
            "Shall we start on it next week? ",
            "Mr. Sanjay Kr. Gupta, our tax consultant, will ring you about it. ",
            "Keep your Form 26AS and the rent receipts ready for him.",
        ],
    ),
    # --- provident fund claim, E.P.F.O. before a lower-case word, U.A.N. before a number, wk. ending before a noun, Flr. before a comma inside an address, tab. as a word ending a sentence before a pronoun, O.T.P. before a lower-case word ---
    (
        "Your provident fund withdrawal claim is cleared. The E.P.F.O. settled ₹2,84,600 against U.A.N. 1009 4471 2836. Expect the money in your bank within 1 wk. Tax is not deducted, since you served over five years. The pension part stays in the fund till you turn 58. Grievances go to the help desk on the 2nd Flr., Bhavishya Nidhi Bhawan, in Bandra East. Did your last employer mark your date of exit? If not, you can mark it yourself under the portal's Manage tab. It needs an O.T.P. sent to the mobile linked with Aadhaar. Keep a cancelled cheque handy for any later claim. Enjoy your retirement! 🌅",
        [
            "Your provident fund withdrawal claim is cleared. ",
            "The E.P.F.O. settled ₹2,84,600 against U.A.N. 1009 4471 2836. ",
            "Expect the money in your bank within 1 wk. ",
            "Tax is not deducted, since you served over five years. ",
            "The pension part stays in the fund till you turn 58. ",
            "Grievances go to the help desk on the 2nd Flr., Bhavishya Nidhi Bhawan, in Bandra East. ",
            "Did your last employer mark your date of exit? ",
            "If not, you can mark it yourself under the portal's Manage tab. ",
            "It needs an O.T.P. sent to the mobile linked with Aadhaar. ",
            "Keep a cancelled cheque handy for any later claim. ",
            "Enjoy your retirement! 🌅",
        ],
    ),
    # --- post office savings, S.C.S.S. before a lower-case word, Tmt. before a name, N.S.C. before a lower-case word, Jan. before a day number, K.V.P. before a lower-case word, a single initial before a name, a dotted time with p.m. ending a sentence ---
    (
        "Your seniors' savings scheme account now runs from the Mylapore H.P.O. The S.C.S.S. deposit of ₹15 lakh earns 8.2% interest. You will get the interest paid out quarterly to your pension account. Tmt. Lakshmi Narayanan, your wife, is named as nominee. Your old N.S.C. certificates mature on Jan. 12, so plan ahead. The two K.V.P. certificates doubled in value last month. That money can go into a fresh P.P.F. account for your grandson. Postmaster Thiru S. Venkatesan signed the passbook. The small savings counter closes at 4.30 p.m. Please carry your passbook on every visit.",
        [
            "Your seniors' savings scheme account now runs from the Mylapore H.P.O. ",
            "The S.C.S.S. deposit of ₹15 lakh earns 8.2% interest. ",
            "You will get the interest paid out quarterly to your pension account. ",
            "Tmt. Lakshmi Narayanan, your wife, is named as nominee. ",
            "Your old N.S.C. certificates mature on Jan. 12, so plan ahead. ",
            "The two K.V.P. certificates doubled in value last month. ",
            "That money can go into a fresh P.P.F. account for your grandson. ",
            "Postmaster Thiru S. Venkatesan signed the passbook. ",
            "The small savings counter closes at 4.30 p.m. ",
            "Please carry your passbook on every visit.",
        ],
    ),
    # --- G.S.T. registration, G.S.T.I.N. before a lower-case word, H.S.N. before a lower-case word, C.G.S.T. before "and", S.G.S.T. ending before a noun, excl. before a dotted acronym, Bldg. before a lower-case word, M.Com. before a comma ---
    (
        "Annapoorna Sweets is now registered under G.S.T. Your G.S.T.I.N. certificate sits on the portal for download. Sweets fall under H.S.N. code 1704 and attract 5% tax. That splits as 2.5% C.G.S.T. and 2.5% S.G.S.T. Namkeen packs are taxed at 12%. Your bills may list rates excl. G.S.T. with the tax added below. File your first return by the 11th of next month. Your tax office is in the Vanijya Therige Bldg. on Gandhinagar Main Road. Our accountant, Ms. Kavya Hegde, M.Com., can file monthly returns for ₹1,500. Shall we set her up as your filer? Best wishes for the shop!",
        [
            "Annapoorna Sweets is now registered under G.S.T. ",
            "Your G.S.T.I.N. certificate sits on the portal for download. ",
            "Sweets fall under H.S.N. code 1704 and attract 5% tax. ",
            "That splits as 2.5% C.G.S.T. and 2.5% S.G.S.T. ",
            "Namkeen packs are taxed at 12%. ",
            "Your bills may list rates excl. G.S.T. with the tax added below. ",
            "File your first return by the 11th of next month. ",
            "Your tax office is in the Vanijya Therige Bldg. on Gandhinagar Main Road. ",
            "Our accountant, Ms. Kavya Hegde, M.Com., can file monthly returns for ₹1,500. ",
            "Shall we set her up as your filer? ",
            "Best wishes for the shop!",
        ],
    ),
    # --- card dispute, a pound amount before a lower-case word, P.O.S. before a lower-case word, U.K. before a lower-case word and ending before a pronoun ---
    (
        "We have noted your dispute about a card charge from London. A charge of £1,250 appeared at a P.O.S. terminal on Oxford Street. That is ₹1,33,875 at the day's rate. You say you were back in India by then. Your passport stamps will help prove it, so keep a copy ready. The card is now blocked, and a new one ships within seven working days. The disputed sum is on hold, so no interest runs on it. Banks in the U.K. take up to 45 days to respond. Your case officer has written to the merchant's bank in the U.K. She will write to you every Friday. Did anyone else have access to your card? Stay safe.",
        [
            "We have noted your dispute about a card charge from London. ",
            "A charge of £1,250 appeared at a P.O.S. terminal on Oxford Street. ",
            "That is ₹1,33,875 at the day's rate. ",
            "You say you were back in India by then. ",
            "Your passport stamps will help prove it, so keep a copy ready. ",
            "The card is now blocked, and a new one ships within seven working days. ",
            "The disputed sum is on hold, so no interest runs on it. ",
            "Banks in the U.K. take up to 45 days to respond. ",
            "Your case officer has written to the merchant's bank in the U.K. ",
            "She will write to you every Friday. ",
            "Did anyone else have access to your card? ",
            "Stay safe.",
        ],
    ),
    # --- housing society bill, Co-op. Hsg. Soc. Ltd. before a lower-case word, Bldg. before No., cu. m. ending before a pronoun and before a lower-case word, C.T.S. No. before a number, Mr. & Mrs. before a name, a dotted time with p.m. ending before a question ---
    (
        "Your maintenance bill from Sai Krupa Co-op. Hsg. Soc. Ltd. is due on the 10th. For Flat 702, Bldg. No. 3, it comes to ₹4,850 for the quarter. It includes the sinking fund and the lift's annual upkeep. Water is billed at ₹42 per cu. m. Your meter read 31 cu. m. this quarter. The society's land is recorded as C.T.S. No. 1142 of Kothrud. Mr. & Mrs. Kulkarni from Flat 404 have offered to audit the accounts. The annual meeting is in the clubhouse on the 18th at 6.30 p.m. Will you be able to attend? Proxy forms are with the society secretary, Mrs. Anagha Joshi. Thank you.",
        [
            "Your maintenance bill from Sai Krupa Co-op. Hsg. Soc. Ltd. is due on the 10th. ",
            "For Flat 702, Bldg. No. 3, it comes to ₹4,850 for the quarter. ",
            "It includes the sinking fund and the lift's annual upkeep. ",
            "Water is billed at ₹42 per cu. m. ",
            "Your meter read 31 cu. m. this quarter. ",
            "The society's land is recorded as C.T.S. No. 1142 of Kothrud. ",
            "Mr. & Mrs. Kulkarni from Flat 404 have offered to audit the accounts. ",
            "The annual meeting is in the clubhouse on the 18th at 6.30 p.m. ",
            "Will you be able to attend? ",
            "Proxy forms are with the society secretary, Mrs. Anagha Joshi. ",
            "Thank you.",
        ],
    ),
    # --- state bus, K.S.R.T.C. before a capitalised service name, Dep. and Arr. before colon times, E.T.A. before a lower-case word, N.H. before a number, Rs. before a number, S.M.S. ending before a noun ---
    (
        "You have a seat on the K.S.R.T.C. Rajahamsa bus to Mysuru. Your ticket shows Dep. 06:10 from Satellite Bus Stand and Arr. 09:05 at Mysuru. The E.T.A. may slip by half an hour on weekends. The bus takes N.H. 275 through Mandya. A short halt at Maddur lets you try the famous vadas. Seat 9 is in the front row, by the door. Fares went up this month, so you paid Rs. 290 for it. Carry the ticket on your phone or as an S.M.S. Conductors check tickets only at the door. Should we hold a return seat for Sunday evening? Happy travels! 🛣️",
        [
            "You have a seat on the K.S.R.T.C. Rajahamsa bus to Mysuru. ",
            "Your ticket shows Dep. 06:10 from Satellite Bus Stand and Arr. 09:05 at Mysuru. ",
            "The E.T.A. may slip by half an hour on weekends. ",
            "The bus takes N.H. 275 through Mandya. ",
            "A short halt at Maddur lets you try the famous vadas. ",
            "Seat 9 is in the front row, by the door. ",
            "Fares went up this month, so you paid Rs. 290 for it. ",
            "Carry the ticket on your phone or as an S.M.S. ",
            "Conductors check tickets only at the door. ",
            "Should we hold a return seat for Sunday evening? ",
            "Happy travels! 🛣️",
        ],
    ),
    # --- train waitlist, G.N.W.L. and R.L.W.L. before numbers, R.L.W.L. opening a sentence before a lower-case word, hrs. before a lower-case word, Rly. before a capitalised name, N.B. opening a sentence before a capital, a.m. before "a" ---
    (
        "The Chennai Mail ticket is at G.N.W.L. 18 in sleeper class. The return leg, from Chennai Central, is on R.L.W.L. 6. R.L.W.L. tickets clear more slowly, as they draw on a small quota. Charts are prepared 4 hrs. ahead of the train's start. If the ticket stays waitlisted, the fare comes back on its own. Boarding with a waitlisted e-ticket is not allowed. N.B. The chart may come out late on festival days. The Rly. Protection Force can be reached on 139. Should we try a Tatkal booking instead? Tatkal for sleeper class opens at 11 a.m. a day ahead. We will text you when the chart is out.",
        [
            "The Chennai Mail ticket is at G.N.W.L. 18 in sleeper class. ",
            "The return leg, from Chennai Central, is on R.L.W.L. 6. ",
            "R.L.W.L. tickets clear more slowly, as they draw on a small quota. ",
            "Charts are prepared 4 hrs. ahead of the train's start. ",
            "If the ticket stays waitlisted, the fare comes back on its own. ",
            "Boarding with a waitlisted e-ticket is not allowed. ",
            "N.B. The chart may come out late on festival days. ",
            "The Rly. Protection Force can be reached on 139. ",
            "Should we try a Tatkal booking instead? ",
            "Tatkal for sleeper class opens at 11 a.m. a day ahead. ",
            "We will text you when the chart is out.",
        ],
    ),
    # --- interstate bus, I.S.B.T. before a capitalised place name and ending before a possessive, D.M.R.C. and D.T.C. before lower-case words, Gate No. before a number, a.m. ending before a noun, km. before a lower-case word ---
    (
        "Your Uttarakhand Roadways bus to Haridwar leaves from I.S.B.T. Kashmere Gate at 10:40 p.m. Reach bay 41 by 10:15 p.m. D.M.R.C. trains on the Yellow Line run till about 11 p.m. From Saket, take the metro to the I.S.B.T. station and use Gate No. 1 to exit. A D.T.C. feeder bus also stops right outside the I.S.B.T. Your fare of ₹420 covers one bag in the boot. The bus should reach Haridwar by 4:30 a.m. Har Ki Pauri lies 2 km. away from the stand. Do you want a hotel near the ghats? Have a blessed trip! 🪷",
        [
            "Your Uttarakhand Roadways bus to Haridwar leaves from I.S.B.T. Kashmere Gate at 10:40 p.m. ",
            "Reach bay 41 by 10:15 p.m. ",
            "D.M.R.C. trains on the Yellow Line run till about 11 p.m. ",
            "From Saket, take the metro to the I.S.B.T. station and use Gate No. 1 to exit. ",
            "A D.T.C. feeder bus also stops right outside the I.S.B.T. ",
            "Your fare of ₹420 covers one bag in the boot. ",
            "The bus should reach Haridwar by 4:30 a.m. ",
            "Har Ki Pauri lies 2 km. away from the stand. ",
            "Do you want a hotel near the ghats? ",
            "Have a blessed trip! 🪷",
        ],
    ),
    # --- island ferry, M.V. before a ship's name, mins. before a lower-case word, kgs. ending before an adjective, hrs. before a number, mins. ending before a noun ---
    (
        "Your ferry tickets from Port Blair to Havelock are confirmed. You sail on the M.V. Nalanda at 6:20 a.m. on the 9th. Boarding at Haddo Wharf shuts 45 mins. before sailing. Show the same photo I.D. you booked with. Each of you may carry luggage up to 25 kgs. Heavier bags are charged at the wharf. The crossing takes about 2 hrs. 30 mins. Seasickness tablets are sold at the ticket window. Your return is on the 12th by the same ship. Scuba slots on Havelock fill fast in December. Enjoy the islands! 🐠",
        [
            "Your ferry tickets from Port Blair to Havelock are confirmed. ",
            "You sail on the M.V. Nalanda at 6:20 a.m. on the 9th. ",
            "Boarding at Haddo Wharf shuts 45 mins. before sailing. ",
            "Show the same photo I.D. you booked with. ",
            "Each of you may carry luggage up to 25 kgs. ",
            "Heavier bags are charged at the wharf. ",
            "The crossing takes about 2 hrs. 30 mins. ",
            "Seasickness tablets are sold at the ticket window. ",
            "Your return is on the 12th by the same ship. ",
            "Scuba slots on Havelock fill fast in December. ",
            "Enjoy the islands! 🐠",
        ],
    ),
    # --- beach day, a dotted time with a.m. before a lower-case word, sun. and cap. as words ending sentences before capitals, Rs. before a number, a dotted time with p.m. ending before a question ---
    (
        "Your South Goa beach tour starts at 8.30 a.m. from the hotel lobby. The tempo traveller seats twelve, so you have room to spare. Stops include Colva, Benaulim and Cabo de Rama fort. Try to stay out of the afternoon sun. Wear a cap. Lifeguards post red flags where swimming is unsafe. Lunch is a fish thali at a shack on Palolem beach, at Rs. 450 per head. Vegetarian thalis cost less. The guide, Mr. Savio D'Costa, speaks English, Konkani and Marathi. We return to the hotel by 6.45 p.m. Can everyone in the group swim? Have fun by the sea! 🏝️",
        [
            "Your South Goa beach tour starts at 8.30 a.m. from the hotel lobby. ",
            "The tempo traveller seats twelve, so you have room to spare. ",
            "Stops include Colva, Benaulim and Cabo de Rama fort. ",
            "Try to stay out of the afternoon sun. ",
            "Wear a cap. ",
            "Lifeguards post red flags where swimming is unsafe. ",
            "Lunch is a fish thali at a shack on Palolem beach, at Rs. 450 per head. ",
            "Vegetarian thalis cost less. ",
            "The guide, Mr. Savio D'Costa, speaks English, Konkani and Marathi. ",
            "We return to the hotel by 6.45 p.m. ",
            "Can everyone in the group swim? ",
            "Have fun by the sea! 🏝️",
        ],
    ),
    # --- vitamin D prescription, Vit. before a capitalised code, I.U. before a lower-case word, b.d. and o.d. before lower-case words, hrs. before a lower-case word, s.o.s. ending a sentence before a verb ---
    (
        "Your blood test shows a low vitamin D level of 11 ng/mL. Dr. Ritu Malhotra wants you on Vit. D3 60,000 I.U. once a week. Take it with milk after lunch for eight weeks. She has also added a calcium tablet, b.d. with food. Your thyroid tablet stays o.d. before breakfast. Keep the two at least 4 hrs. apart. The pain relief gel may be used s.o.s. Sit in early sunlight for twenty minutes daily. Retest your levels after three months. Should we remind you each week about the capsule? Feel better soon! ☀️",
        [
            "Your blood test shows a low vitamin D level of 11 ng/mL. ",
            "Dr. Ritu Malhotra wants you on Vit. D3 60,000 I.U. once a week. ",
            "Take it with milk after lunch for eight weeks. ",
            "She has also added a calcium tablet, b.d. with food. ",
            "Your thyroid tablet stays o.d. before breakfast. ",
            "Keep the two at least 4 hrs. apart. ",
            "The pain relief gel may be used s.o.s. ",
            "Sit in early sunlight for twenty minutes daily. ",
            "Retest your levels after three months. ",
            "Should we remind you each week about the capsule? ",
            "Feel better soon! ☀️",
        ],
    ),
    # --- E.N.T. clinic, E.N.T. before a capitalised noun, a degree with a bracketed speciality before a comma, a dotted time with a.m. ending before an imperative, C.T. before a lower-case word, t.d.s. ending before an imperative, Susp. opening a sentence before a capitalised drug name ---
    (
        "Your appointment at the E.N.T. Department of Ruby Hall Clinic is fixed for the 5th. Dr. Nitin Deshmukh, M.S. (E.N.T.), will see you at 11.15 a.m. Carry the C.T. scan of your sinuses from last year. Keep using the nasal spray twice daily until then. Put in the ear drops t.d.s. Lie on your side for a minute after each dose. Susp. Augmentin Duo is only for your son, not for you. The consultation fee is ₹800, and the hearing test costs ₹600 more. Is your hearing worse on one side? Tell the doctor about it in detail. Take care.",
        [
            "Your appointment at the E.N.T. Department of Ruby Hall Clinic is fixed for the 5th. ",
            "Dr. Nitin Deshmukh, M.S. (E.N.T.), will see you at 11.15 a.m. ",
            "Carry the C.T. scan of your sinuses from last year. ",
            "Keep using the nasal spray twice daily until then. ",
            "Put in the ear drops t.d.s. ",
            "Lie on your side for a minute after each dose. ",
            "Susp. Augmentin Duo is only for your son, not for you. ",
            "The consultation fee is ₹800, and the hearing test costs ₹600 more. ",
            "Is your hearing worse on one side? ",
            "Tell the doctor about it in detail. ",
            "Take care.",
        ],
    ),
    # --- C.G.H.S. card, Sqn. Ldr. and Brig. before names, initials before a place name, a dotted time with p.m. ending before an imperative, A.B.H.A. before a lower-case word, S.M.S. before a lower-case word ---
    (
        "The C.G.H.S. card for Sqn. Ldr. Meera Nambiar and her husband is renewed. Their wellness centre is the one in Sector 12, R.K. Puram. Listed medicines are issued free, a quarter's supply at a time. Brig. Harish Rao (Retd.), the additional director, approves hospital referrals. His office works 9 a.m. to 1.30 p.m. Carry her card and the pension slip to each visit. The card now carries her A.B.H.A. number as well. Could you confirm the phone number for S.M.S. alerts? Specialist referrals stay valid for ninety days. Wishing you both good health.",
        [
            "The C.G.H.S. card for Sqn. Ldr. Meera Nambiar and her husband is renewed. ",
            "Their wellness centre is the one in Sector 12, R.K. Puram. ",
            "Listed medicines are issued free, a quarter's supply at a time. ",
            "Brig. Harish Rao (Retd.), the additional director, approves hospital referrals. ",
            "His office works 9 a.m. to 1.30 p.m. ",
            "Carry her card and the pension slip to each visit. ",
            "The card now carries her A.B.H.A. number as well. ",
            "Could you confirm the phone number for S.M.S. alerts? ",
            "Specialist referrals stay valid for ninety days. ",
            "Wishing you both good health.",
        ],
    ),
    # --- B.Ed. admission, B.Ed. before a lower-case word, Ch. before a name, Sem. before a roman numeral and a lower-case word, Aug. before a day number, a dotted time with a.m. ending before a noun, B.A. before a lower-case word, Kum. before a name, I.D. ending before a noun ---
    (
        "Priya has a seat in the two-year B.Ed. course at a college under Ch. Charan Singh University, Meerut. She qualified through the state entrance test with rank 1,284. Sem. I classes begin on Aug. 4 at 9.30 a.m. The yearly fee is ₹51,000, payable in two parts. Her B.A. marksheet and migration certificate must be shown in original. Her admit letter names her as Kum. Priya Sharma, so bring an I.D. Hostel seats for women are given on merit. Should we reserve one for her? The principal, Dr. Sunita Tyagi, meets new students on the first day. Teaching practice runs in Sem. III at a local school. Well done, Priya! 📘",
        [
            "Priya has a seat in the two-year B.Ed. course at a college under Ch. Charan Singh University, Meerut. ",
            "She qualified through the state entrance test with rank 1,284. ",
            "Sem. I classes begin on Aug. 4 at 9.30 a.m. ",
            "The yearly fee is ₹51,000, payable in two parts. ",
            "Her B.A. marksheet and migration certificate must be shown in original. ",
            "Her admit letter names her as Kum. Priya Sharma, so bring an I.D. ",
            "Hostel seats for women are given on merit. ",
            "Should we reserve one for her? ",
            "The principal, Dr. Sunita Tyagi, meets new students on the first day. ",
            "Teaching practice runs in Sem. III at a local school. ",
            "Well done, Priya! 📘",
        ],
    ),
    # --- I.T.I. admission, I.T.I. before a capitalised trade name and before a comma, S.S.C. before a lower-case word, H.S.C. before a capitalised stream name, p.m. meaning per month before a lower-case word, S.C. and S.T. before lower-case words, Kr. inside a name ---
    (
        "Rahul is admitted to the I.T.I. Electrician trade at Govt. I.T.I., Aurangabad. He must show the S.S.C. marksheet plus his leaving certificate. The trade runs for two years, with practicals from the first month. Students who passed H.S.C. Science may skip part of the theory. A stipend of ₹500 p.m. goes to trainees from S.C. and S.T. families. His uniform and tool kit cost ₹3,200. Apprenticeship offers usually come in the final semester. Training officer Shri Ramesh Kr. Pawar is in charge of his batch. Should the fee receipt go to his father as well? The workshop block is behind the main gate, near the canteen. All the very best, Rahul!",
        [
            "Rahul is admitted to the I.T.I. Electrician trade at Govt. I.T.I., Aurangabad. ",
            "He must show the S.S.C. marksheet plus his leaving certificate. ",
            "The trade runs for two years, with practicals from the first month. ",
            "Students who passed H.S.C. Science may skip part of the theory. ",
            "A stipend of ₹500 p.m. goes to trainees from S.C. and S.T. families. ",
            "His uniform and tool kit cost ₹3,200. ",
            "Apprenticeship offers usually come in the final semester. ",
            "Training officer Shri Ramesh Kr. Pawar is in charge of his batch. ",
            "Should the fee receipt go to his father as well? ",
            "The workshop block is behind the main gate, near the canteen. ",
            "All the very best, Rahul!",
        ],
    ),
    # --- school report, a roman numeral ending a sentence before a pronoun, art. as a word ending a sentence before a pronoun, Fr. before a name, a dotted time with a.m. before a lower-case word, Apr. before a day number, Ar. before a name ---
    (
        "Riya's report card for the year is out. She has been promoted to Class XII. Her best subject this year was art. She scored 96 in it, the top mark in her section. Fr. Joseph Mathew, our principal, will hand out prizes on the 20th. The function starts at 10.30 a.m. in the school hall. Parents may bring one guest each. Fees for Class XII can be paid from Apr. 1 onwards. The summer camp has a clay modelling workshop led by Ar. Neha Kapoor, a local architect. Will Riya take part? Well done, Riya!",
        [
            "Riya's report card for the year is out. ",
            "She has been promoted to Class XII. ",
            "Her best subject this year was art. ",
            "She scored 96 in it, the top mark in her section. ",
            "Fr. Joseph Mathew, our principal, will hand out prizes on the 20th. ",
            "The function starts at 10.30 a.m. in the school hall. ",
            "Parents may bring one guest each. ",
            "Fees for Class XII can be paid from Apr. 1 onwards. ",
            "The summer camp has a clay modelling workshop led by Ar. Neha Kapoor, a local architect. ",
            "Will Riya take part? ",
            "Well done, Riya!",
        ],
    ),
    # --- generic medicines, mg. before "and", Susp. before a capitalised drug name ending a sentence, Kr. inside a name, D.Pharm. before a comma, o.d. before a lower-case word, h.s. ending a sentence before an imperative, Net Wt. before a lower-case word, gms. ending before a pronoun ---
    (
        "Your Jan Aushadhi Kendra order in Lalbagh is ready. It holds a month of Tab. Telmisartan 40 mg. and a bottle of Susp. Sucralfate. The generic version saves you about ₹640 this month. Your pharmacist, Mr. Anil Kr. Verma, D.Pharm., checked the doses. Take the pressure tablet o.d. after waking. The syrup is 10 ml. h.s. Shake the bottle well before each dose. You pay ₹186 after the discount. The Net Wt. of the protein powder you wanted is 500 gms. It is out of stock till next week. Shall we keep one aside for you? Stay healthy.",
        [
            "Your Jan Aushadhi Kendra order in Lalbagh is ready. ",
            "It holds a month of Tab. Telmisartan 40 mg. and a bottle of Susp. Sucralfate. ",
            "The generic version saves you about ₹640 this month. ",
            "Your pharmacist, Mr. Anil Kr. Verma, D.Pharm., checked the doses. ",
            "Take the pressure tablet o.d. after waking. ",
            "The syrup is 10 ml. h.s. ",
            "Shake the bottle well before each dose. ",
            "You pay ₹186 after the discount. ",
            "The Net Wt. of the protein powder you wanted is 500 gms. ",
            "It is out of stock till next week. ",
            "Shall we keep one aside for you? ",
            "Stay healthy.",
        ],
    ),
    # --- land survey, Sy. No., Vill., Tq. and Dist. before names inside an address, ha. ending before a possessive, mtr. before a lower-case word, trailing initials before a comma, A.D.L.R. before a lower-case word ---
    (
        "The survey sketch of your land is ready. It covers Sy. No. 48/2 of Vill. Bilikere, Tq. Hunsur, Dist. Mysuru. The area works out to 1.36 ha. Your neighbour's fence was found 2 mtr. inside your boundary. The surveyor, Sri Manjunath B.K., has marked the stones. You have one month to appeal against the sketch. The A.D.L.R. office in the mini Vidhana Soudha, Hunsur, hears such appeals. Copies cost ₹15 per page. Should we post the sketch to you? We can also send it by e-mail.",
        [
            "The survey sketch of your land is ready. ",
            "It covers Sy. No. 48/2 of Vill. Bilikere, Tq. Hunsur, Dist. Mysuru. ",
            "The area works out to 1.36 ha. ",
            "Your neighbour's fence was found 2 mtr. inside your boundary. ",
            "The surveyor, Sri Manjunath B.K., has marked the stones. ",
            "You have one month to appeal against the sketch. ",
            "The A.D.L.R. office in the mini Vidhana Soudha, Hunsur, hears such appeals. ",
            "Copies cost ₹15 per page. ",
            "Should we post the sketch to you? ",
            "We can also send it by e-mail.",
        ],
    ),
    # --- ration card, N.F.S.A. before a lower-case word, kgs. before a lower-case word, P.D.S. before a lower-case word, H.No. before a number, Sh. before a name, O.T.P. opening a sentence ---
    (
        "Your family's N.F.S.A. ration card is approved. Each of the five members gets 5 kgs. of grain a month. Rice is given free at the P.D.S. shop in Ward 9. Your address, H.No. 4-7-112, Nallakunta, is shown on the card. The dealer there is Sh. Ramesh Chand. The card is in your wife's name, Smt. Bimla Rani. Her thumb print is read by the dealer's device. An O.T.P. on her mobile can be used if the print is not read. Is anyone in the family above sixty? Such members can send a nominee to collect the grain. Helpline 1967 takes complaints about the shop.",
        [
            "Your family's N.F.S.A. ration card is approved. ",
            "Each of the five members gets 5 kgs. of grain a month. ",
            "Rice is given free at the P.D.S. shop in Ward 9. ",
            "Your address, H.No. 4-7-112, Nallakunta, is shown on the card. ",
            "The dealer there is Sh. Ramesh Chand. ",
            "The card is in your wife's name, Smt. Bimla Rani. ",
            "Her thumb print is read by the dealer's device. ",
            "An O.T.P. on her mobile can be used if the print is not read. ",
            "Is anyone in the family above sixty? ",
            "Such members can send a nominee to collect the grain. ",
            "Helpline 1967 takes complaints about the shop.",
        ],
    ),
    # --- anganwadi, I.C.D.S. before a lower-case word, gms. before a lower-case word, A.S.H.A. before a lower-case word, M.C.P. before a lower-case word, kgs. after a decimal ending before a pronoun ---
    (
        "Your daughter Anaya is enrolled at the anganwadi centre in Ward 7. Under the I.C.D.S. scheme, she gets a hot meal every day. Take-home ration packets of 500 gms. are given each week. The A.S.H.A. worker, Smt. Rekha Yadav, will come to your house on the 12th. She checks weight and height and notes them in the M.C.P. card. Anaya weighs 11.2 kgs. That is normal for her age. Her measles booster is due at sixteen months. Bring the card and her Aadhaar on that day. Does she eat eggs? Eggs are served twice a week at the centre.",
        [
            "Your daughter Anaya is enrolled at the anganwadi centre in Ward 7. ",
            "Under the I.C.D.S. scheme, she gets a hot meal every day. ",
            "Take-home ration packets of 500 gms. are given each week. ",
            "The A.S.H.A. worker, Smt. Rekha Yadav, will come to your house on the 12th. ",
            "She checks weight and height and notes them in the M.C.P. card. ",
            "Anaya weighs 11.2 kgs. ",
            "That is normal for her age. ",
            "Her measles booster is due at sixteen months. ",
            "Bring the card and her Aadhaar on that day. ",
            "Does she eat eggs? ",
            "Eggs are served twice a week at the centre.",
        ],
    ),
    # --- crop loan, K.C.C. before a lower-case word, F.P.O. before a lower-case word, N.P.K. before a grade written with colons, kgs. ending before a dotted acronym that opens the next sentence, K.V.K. before a lower-case word, kg. after "half a" ending before a title ---
    (
        "Your Kisan Credit Card loan of ₹1,60,000 now runs for one more year. The K.C.C. limit covers seeds, fertiliser and labour. Prompt repayment brings the interest down to 4%. Your F.P.O. has booked 40 bags of N.P.K. 10:26:26 for you. Each bag weighs 50 kgs. D.A.P. is in short supply this season. The K.V.K. at Baramati runs a soil testing camp on the 22nd. Bring a soil sample of about half a kg. Scientist Dr. Vaishali Jagtap will explain the results in Marathi. Want an alert a day ahead? Happy farming! 🌾",
        [
            "Your Kisan Credit Card loan of ₹1,60,000 now runs for one more year. ",
            "The K.C.C. limit covers seeds, fertiliser and labour. ",
            "Prompt repayment brings the interest down to 4%. ",
            "Your F.P.O. has booked 40 bags of N.P.K. 10:26:26 for you. ",
            "Each bag weighs 50 kgs. ",
            "D.A.P. is in short supply this season. ",
            "The K.V.K. at Baramati runs a soil testing camp on the 22nd. ",
            "Bring a soil sample of about half a kg. ",
            "Scientist Dr. Vaishali Jagtap will explain the results in Marathi. ",
            "Want an alert a day ahead? ",
            "Happy farming! 🌾",
        ],
    ),
    # --- scooter theft, F.I.R. before lower-case words, a dotted time with p.m. ending before a noun, B.N.S. ending before a noun, S.I. before a name, R.C. before "and", J.M.F.C. before a lower-case word, w.r.t. before a lower-case word, G.P.S. right before "?" ---
    (
        "Your F.I.R. for the theft of your scooter was logged at 9.40 p.m. The case falls under Sec. 303 of the B.N.S. Investigation is with S.I. Prakash More of Kothrud police station. He may ask you for the scooter's R.C. and the purchase bill. Its number, MH 12 KT 4471, has been flagged to all checkposts. A copy of the F.I.R. is free for you. Insurers usually want a final police report before paying a theft claim. That report generally comes after about three months. The matter then goes to the J.M.F.C. court at Shivajinagar. Updates w.r.t. the case go to your phone by text. Did the scooter have a G.P.S.? If so, share its login with the officer.",
        [
            "Your F.I.R. for the theft of your scooter was logged at 9.40 p.m. ",
            "The case falls under Sec. 303 of the B.N.S. ",
            "Investigation is with S.I. Prakash More of Kothrud police station. ",
            "He may ask you for the scooter's R.C. and the purchase bill. ",
            "Its number, MH 12 KT 4471, has been flagged to all checkposts. ",
            "A copy of the F.I.R. is free for you. ",
            "Insurers usually want a final police report before paying a theft claim. ",
            "That report generally comes after about three months. ",
            "The matter then goes to the J.M.F.C. court at Shivajinagar. ",
            "Updates w.r.t. the case go to your phone by text. ",
            "Did the scooter have a G.P.S.? ",
            "If so, share its login with the officer.",
        ],
    ),
    # --- rent agreement, Appln. No. before a code, Rs. before numbers, Regn. before a lower-case word, Sl. No. before a number, Kr. inside a name, Sat. before a lower-case word, Feb. before a day number mid-sentence ---
    (
        "Your leave and licence agreement is ready for online registration. The Appln. No. is 2024/HVL/11873. Stamp duty comes to Rs. 1,150 and the Regn. fee to Rs. 1,000. The owner, Mr. Sameer Bhide, signs on the biometric device. Your name is at Sl. No. 2 of the schedule. You and two witnesses must also be there. Our agent, Mr. Nitin Kr. Sharma, will bring the device on Sat. at 11 a.m. The licence runs for 11 months, starting Feb. 1 next year. The deposit of ₹1,20,000 is refundable when you move out. Is the police intimation for tenants done? We can file that for ₹200 more.",
        [
            "Your leave and licence agreement is ready for online registration. ",
            "The Appln. No. is 2024/HVL/11873. ",
            "Stamp duty comes to Rs. 1,150 and the Regn. fee to Rs. 1,000. ",
            "The owner, Mr. Sameer Bhide, signs on the biometric device. ",
            "Your name is at Sl. No. 2 of the schedule. ",
            "You and two witnesses must also be there. ",
            "Our agent, Mr. Nitin Kr. Sharma, will bring the device on Sat. at 11 a.m. ",
            "The licence runs for 11 months, starting Feb. 1 next year. ",
            "The deposit of ₹1,20,000 is refundable when you move out. ",
            "Is the police intimation for tenants done? ",
            "We can file that for ₹200 more.",
        ],
    ),
    # --- builder complaint, v. between two names, Ltd. ending before a noun, Dec. before a year number mid-sentence, p.a. before a lower-case word, B.S.L. and LL.B. before commas, a.m. ending before a noun ---
    (
        "Your case over the delayed flat has been admitted by the consumer forum. It is listed as CC/117/2024, titled Deshpande v. Sunrise Realty Pvt. Ltd. The builder has 30 days to file a reply. Your flat was due for possession by Dec. 2022 under the agreement. Delay compensation is claimed at 9% p.a. on ₹62 lakh. Adv. Ketaki Joshi, B.S.L., LL.B., has filed it for you. The first date before the bench is the 24th at 11 a.m. Attendance is optional, as your lawyer can appear. Keep the allotment papers and payment receipts safe. Do you want updates on WhatsApp? We are with you.",
        [
            "Your case over the delayed flat has been admitted by the consumer forum. ",
            "It is listed as CC/117/2024, titled Deshpande v. Sunrise Realty Pvt. Ltd. ",
            "The builder has 30 days to file a reply. ",
            "Your flat was due for possession by Dec. 2022 under the agreement. ",
            "Delay compensation is claimed at 9% p.a. on ₹62 lakh. ",
            "Adv. Ketaki Joshi, B.S.L., LL.B., has filed it for you. ",
            "The first date before the bench is the 24th at 11 a.m. ",
            "Attendance is optional, as your lawyer can appear. ",
            "Keep the allotment papers and payment receipts safe. ",
            "Do you want updates on WhatsApp? ",
            "We are with you.",
        ],
    ),
    # --- app update, a three-part version number ending a sentence, tab. as a word ending a sentence before an adverb, S.B.I. before a lower-case word, U.P.I. before a capitalised word, p.m. ending before a possessive ---
    (
        "Your U.P.I. payments failed because the app on your phone is out of date. Kindly install version 8.4.2. Older versions stop working from the 15th. After the update, open the Profile tab. Then tap Bank Accounts and pick your S.B.I. account. Set a fresh U.P.I. PIN if it asks for one. Your daily limit stays at ₹1 lakh. The failed payment of ₹2,350 to Sharma Medicals comes back by tonight. Did the chemist give you the medicines anyway? If not, pay again after 9 p.m. Our support line is open 24x7.",
        [
            "Your U.P.I. payments failed because the app on your phone is out of date. ",
            "Kindly install version 8.4.2. ",
            "Older versions stop working from the 15th. ",
            "After the update, open the Profile tab. ",
            "Then tap Bank Accounts and pick your S.B.I. account. ",
            "Set a fresh U.P.I. PIN if it asks for one. ",
            "Your daily limit stays at ₹1 lakh. ",
            "The failed payment of ₹2,350 to Sharma Medicals comes back by tonight. ",
            "Did the chemist give you the medicines anyway? ",
            "If not, pay again after 9 p.m. ",
            "Our support line is open 24x7.",
        ],
    ),
    # --- power bill, A.E. before a comma, wk. ending before "A", Ext. before a number between commas, p.m. meaning per month ending before a noun, Corpn. before a lower-case word ---
    (
        "Your K.S.E.B. bill for the last two months is ₹2,318. You used 412 units, up from 305 last time. Your connected load is 5.2 kW, above the 4 kW on record. Please apply to raise it at the Section Office, Kaloor. The A.E., Smt. Beena Thomas, clears such requests within 1 wk. A penalty applies if the higher load is found during an inspection. Call 0484-2559911, Ext. 214, for help with the form. Pay by the 28th to avoid a surcharge of 1.5% p.m. Online payments get a 1% rebate up to ₹100. Street light faults go to the Kochi Municipal Corpn. instead. Want the load change form on WhatsApp?",
        [
            "Your K.S.E.B. bill for the last two months is ₹2,318. ",
            "You used 412 units, up from 305 last time. ",
            "Your connected load is 5.2 kW, above the 4 kW on record. ",
            "Please apply to raise it at the Section Office, Kaloor. ",
            "The A.E., Smt. Beena Thomas, clears such requests within 1 wk. ",
            "A penalty applies if the higher load is found during an inspection. ",
            "Call 0484-2559911, Ext. 214, for help with the form. ",
            "Pay by the 28th to avoid a surcharge of 1.5% p.m. ",
            "Online payments get a 1% rebate up to ₹100. ",
            "Street light faults go to the Kochi Municipal Corpn. instead. ",
            "Want the load change form on WhatsApp?",
        ],
    ),
    # --- cooking gas, a dotted time with a.m. ending before a noun, kgs. before a lower-case word, D.B.T. ending before a noun, D.B.C. before a lower-case word, yrs. ending before a noun ---
    (
        "Your Bharat Gas refill has been booked. Booking No. 441827 was made at 10.05 a.m. The 14.2 kgs. cylinder costs ₹853 in Chennai this month. The subsidy of ₹200 comes to your bank by D.B.T. Delivery usually takes two days. Pay the delivery man only the amount on the cash memo. The D.B.C. option lets you keep a spare cylinder. It needs a deposit of ₹2,200. Your rubber tube is due for a change after 5 yrs. Mechanics from the agency charge ₹190 for it. Need one? Cook safe.",
        [
            "Your Bharat Gas refill has been booked. ",
            "Booking No. 441827 was made at 10.05 a.m. ",
            "The 14.2 kgs. cylinder costs ₹853 in Chennai this month. ",
            "The subsidy of ₹200 comes to your bank by D.B.T. ",
            "Delivery usually takes two days. ",
            "Pay the delivery man only the amount on the cash memo. ",
            "The D.B.C. option lets you keep a spare cylinder. ",
            "It needs a deposit of ₹2,200. ",
            "Your rubber tube is due for a change after 5 yrs. ",
            "Mechanics from the agency charge ₹190 for it. ",
            "Need one? ",
            "Cook safe.",
        ],
    ),
    # --- pension account, N.P.S. and P.R.A.N. before lower-case words, a roman numeral after Tier before a lower-case word, N.P.S. before a capitalised word, u/s before a section code, S.B.I. before a capitalised name ending a sentence, S.I.P. before "as" ---
    (
        "Your N.P.S. account is open, and your P.R.A.N. card is on its way. The first ₹5,000 went into Tier I on the 3rd. You also asked for an N.P.S. Tier II account. Tier II money can be withdrawn at any time. Up to ₹50,000 a year gets extra tax relief u/s 80CCD(1B). You chose the Active option with 50% in equity. Your pension fund manager is S.B.I. Pension Funds. Statements come by e-mail every quarter. How about a monthly S.I.P. as well? Even ₹1,000 a month adds up over the years.",
        [
            "Your N.P.S. account is open, and your P.R.A.N. card is on its way. ",
            "The first ₹5,000 went into Tier I on the 3rd. ",
            "You also asked for an N.P.S. Tier II account. ",
            "Tier II money can be withdrawn at any time. ",
            "Up to ₹50,000 a year gets extra tax relief u/s 80CCD(1B). ",
            "You chose the Active option with 50% in equity. ",
            "Your pension fund manager is S.B.I. Pension Funds. ",
            "Statements come by e-mail every quarter. ",
            "How about a monthly S.I.P. as well? ",
            "Even ₹1,000 a month adds up over the years.",
        ],
    ),
    # --- dining set, ft. before a lower-case word, dia. ending a sentence before a number word, in. ending before a noun and before a lower-case word, mtr. before a lower-case word, Rs. before numbers, U.P.I. ending before a question ---
    (
        "Your dining set from WoodCraft left our Jaipur warehouse this morning. The round table is 4 ft. in dia. Each of the six chairs has a seat height of 18 in. The table top is sheesham wood, 1.5 in. thick. A 2 mtr. runner cloth comes free with it. Our fitters take about 40 mins. to fix the legs. Please keep the path to the dining area clear. Pay what is left, Rs. 6,500, on arrival through U.P.I. Do you need the old table taken away? We charge Rs. 300 for that.",
        [
            "Your dining set from WoodCraft left our Jaipur warehouse this morning. ",
            "The round table is 4 ft. in dia. ",
            "Each of the six chairs has a seat height of 18 in. ",
            "The table top is sheesham wood, 1.5 in. thick. ",
            "A 2 mtr. runner cloth comes free with it. ",
            "Our fitters take about 40 mins. to fix the legs. ",
            "Please keep the path to the dining area clear. ",
            "Pay what is left, Rs. 6,500, on arrival through U.P.I. ",
            "Do you need the old table taken away? ",
            "We charge Rs. 300 for that.",
        ],
    ),
    # --- grocery order, ltrs. and kgs. before capitalised brand names, pkt. before a brand in capitals, gms. ending before a noun, Rs. before numbers, p.m. ending before a possessive, Md. before a name ---
    (
        "Your monthly groceries from Nilgiris are packed. It has 2 ltrs. Gold Winner sunflower oil and 5 kgs. Sona Masoori rice. The 1 pkt. MTR rava idli mix is not in stock today. We sent two packets of the Gits mix instead. Cashews are ₹240 per 250 gms. Almonds are on offer at ₹199 for the same weight. Your bill is Rs. 3,148, with a coupon saving of Rs. 150. The order reaches you between 5 and 7 p.m. Our rider Md. Imran will call from the gate. Anything else to add before we dispatch? Thank you for shopping with us.",
        [
            "Your monthly groceries from Nilgiris are packed. ",
            "It has 2 ltrs. Gold Winner sunflower oil and 5 kgs. Sona Masoori rice. ",
            "The 1 pkt. MTR rava idli mix is not in stock today. ",
            "We sent two packets of the Gits mix instead. ",
            "Cashews are ₹240 per 250 gms. ",
            "Almonds are on offer at ₹199 for the same weight. ",
            "Your bill is Rs. 3,148, with a coupon saving of Rs. 150. ",
            "The order reaches you between 5 and 7 p.m. ",
            "Our rider Md. Imran will call from the gate. ",
            "Anything else to add before we dispatch? ",
            "Thank you for shopping with us.",
        ],
    ),
    # --- recipe, mins. ending before an imperative, ltr. before a lower-case word, a fraction before tsp., tbsp. before a lower-case word, fig. as a word ending a sentence before an imperative ---
    (
        "Here is the fig and walnut kheer recipe you wanted. Soak 6 dried figs in warm milk for 30 mins. Boil 1 ltr. full-cream milk until it thickens by a third. Blend the soaked figs and stir them in. Add ½ tsp. cardamom powder and 3 tbsp. grated jaggery. Chop 8 walnuts and keep a few aside. Top each bowl with a sliced fig. Serve chilled for the best taste. One bowl has about 210 kcal. Want a sugar-free version? Happy cooking! 🍮",
        [
            "Here is the fig and walnut kheer recipe you wanted. ",
            "Soak 6 dried figs in warm milk for 30 mins. ",
            "Boil 1 ltr. full-cream milk until it thickens by a third. ",
            "Blend the soaked figs and stir them in. ",
            "Add ½ tsp. cardamom powder and 3 tbsp. grated jaggery. ",
            "Chop 8 walnuts and keep a few aside. ",
            "Top each bowl with a sliced fig. ",
            "Serve chilled for the best taste. ",
            "One bowl has about 210 kcal. ",
            "Want a sugar-free version? ",
            "Happy cooking! 🍮",
        ],
    ),
    # --- restaurant, p.m. ending before a noun, Spl. before a capitalised dish name, Rs. before a number, excl. before a lower-case word, kg. before a lower-case word, hrs. ending before an imperative ---
    (
        "Your table for six at Rajdhani, Phoenix Mall, is booked for tomorrow at 8 p.m. The Spl. Festive Thali is served only this week. It costs Rs. 699 per head, excl. taxes. Children under five eat free. Jain food can be made on request. Please tell the steward, Mr. Bhavesh, when you arrive. A birthday cake of 1 kg. costs ₹850 more. We can write a name on it. Whose birthday is it? Parking in the mall is free for 3 hrs. Enjoy your evening! 🎂",
        [
            "Your table for six at Rajdhani, Phoenix Mall, is booked for tomorrow at 8 p.m. ",
            "The Spl. Festive Thali is served only this week. ",
            "It costs Rs. 699 per head, excl. taxes. ",
            "Children under five eat free. ",
            "Jain food can be made on request. ",
            "Please tell the steward, Mr. Bhavesh, when you arrive. ",
            "A birthday cake of 1 kg. costs ₹850 more. ",
            "We can write a name on it. ",
            "Whose birthday is it? ",
            "Parking in the mall is free for 3 hrs. ",
            "Enjoy your evening! 🎂",
        ],
    ),
    # --- wedding caterer, Nov. before a day number, Rs. before a number, G.S.T. ending before "An", Pt. before a name, yrs. ending before a pronoun, a dotted time with p.m. ending before a noun ---
    (
        "Your booking with Annapurna Caterers for the wedding on Nov. 23 is confirmed. We will serve 350 guests at the Shubh Mangal Lawns, Nagpur. The menu has two sweets, four sabzis, dal, rice and puris. The rate is Rs. 780 per plate plus G.S.T. A 30% advance confirms the date. Our head cook, Pt. Shivnarayan Mishra, has run our kitchen for 25 yrs. His team arrives by 4 p.m. on the day. Counters close at 11.30 p.m. Leftover food goes to a local shelter if you agree. Shall we add a live jalebi counter? It costs ₹9,000 extra.",
        [
            "Your booking with Annapurna Caterers for the wedding on Nov. 23 is confirmed. ",
            "We will serve 350 guests at the Shubh Mangal Lawns, Nagpur. ",
            "The menu has two sweets, four sabzis, dal, rice and puris. ",
            "The rate is Rs. 780 per plate plus G.S.T. ",
            "A 30% advance confirms the date. ",
            "Our head cook, Pt. Shivnarayan Mishra, has run our kitchen for 25 yrs. ",
            "His team arrives by 4 p.m. on the day. ",
            "Counters close at 11.30 p.m. ",
            "Leftover food goes to a local shelter if you agree. ",
            "Shall we add a live jalebi counter? ",
            "It costs ₹9,000 extra.",
        ],
    ),
    # --- temple puja, Aug. before a day number, a dotted time with a.m. ending before an imperative, Pt. before a name, Gate No. before a number, a.m. ending before a noun, gms. ending before a question ---
    (
        "Your Rudrabhishek puja at the Kashi Vishwanath temple is fixed for Aug. 12 at 6.30 a.m. Please be at Gate No. 4 by 6 a.m. Phones and leather items must stay outside. The puja will be done by Pt. Ramakant Shastri and two assistants. Men should wear a dhoti or kurta-pyjama. The fee of Rs. 2,100 covers all puja items. Prasad will be given in a sealed box of 250 gms. Should we courier some to your family too? Courier within India is ₹150 a box. Om Namah Shivaya! 🔱",
        [
            "Your Rudrabhishek puja at the Kashi Vishwanath temple is fixed for Aug. 12 at 6.30 a.m. ",
            "Please be at Gate No. 4 by 6 a.m. ",
            "Phones and leather items must stay outside. ",
            "The puja will be done by Pt. Ramakant Shastri and two assistants. ",
            "Men should wear a dhoti or kurta-pyjama. ",
            "The fee of Rs. 2,100 covers all puja items. ",
            "Prasad will be given in a sealed box of 250 gms. ",
            "Should we courier some to your family too? ",
            "Courier within India is ₹150 a box. ",
            "Om Namah Shivaya! 🔱",
        ],
    ),
    # --- church timings, Rev. Fr. before a name, a sentence ending at its newline before a heading line, a multi-line list with blue-diamond emoji markers whose lines end on dotted times, Sr. before a name, Rs. before a number ---
    (
        "Christmas services at St. Thomas Church, Kottayam, are fixed. Rev. Fr. George Kurian will lead the midnight Mass.\nTimings:\n🔹 Carol service, 10.30 p.m.\n🔹 Holy Mass, 11.30 p.m.\n🔹 Morning Mass in English, 8 a.m.\nA Christmas lunch follows the morning Mass at Rs. 250 a plate. Sr. Lissy, who runs the choir, needs two more altos. Parking is at the Parish Hall grounds. Shall we add your name for the lunch? Happy Christmas! 🎄",
        [
            "Christmas services at St. Thomas Church, Kottayam, are fixed. ",
            "Rev. Fr. George Kurian will lead the midnight Mass.\n",
            "Timings:\n",
            "🔹 Carol service, 10.30 p.m.\n",
            "🔹 Holy Mass, 11.30 p.m.\n",
            "🔹 Morning Mass in English, 8 a.m.\n",
            "A Christmas lunch follows the morning Mass at Rs. 250 a plate. ",
            "Sr. Lissy, who runs the choir, needs two more altos. ",
            "Parking is at the Parish Hall grounds. ",
            "Shall we add your name for the lunch? ",
            "Happy Christmas! 🎄",
        ],
    ),
    # --- hill hotel, Rm. No. before a number, Flr. before a comma, a dotted time before "to" and a.m. before a lower-case word, Rd. ending before an imperative, a.m. ending before an adjective, p.m. before a lower-case word ---
    (
        "Your room at Hotel Shivalik, Manali, is ready for check-in on the 20th. You have Rm. No. 304 on the 3rd Flr., facing the river. Breakfast runs from 7.30 to 10 a.m. in the Apple Tree café. The Rohtang permit for your taxi costs ₹550. Apply for it a day in advance at the front desk. Snow chains for the car are hired out near the Mall Rd. Ask for Mr. Tenzin at the reception if you need help. You must check out by 11 a.m. Late check-out until 2 p.m. is free if rooms are available. Room heaters cost Rs. 300 a night. Enjoy the mountains! ⛰️",
        [
            "Your room at Hotel Shivalik, Manali, is ready for check-in on the 20th. ",
            "You have Rm. No. 304 on the 3rd Flr., facing the river. ",
            "Breakfast runs from 7.30 to 10 a.m. in the Apple Tree café. ",
            "The Rohtang permit for your taxi costs ₹550. ",
            "Apply for it a day in advance at the front desk. ",
            "Snow chains for the car are hired out near the Mall Rd. ",
            "Ask for Mr. Tenzin at the reception if you need help. ",
            "You must check out by 11 a.m. ",
            "Late check-out until 2 p.m. is free if rooms are available. ",
            "Room heaters cost Rs. 300 a night. ",
            "Enjoy the mountains! ⛰️",
        ],
    ),
    # --- Hinglish gym, Rs. before a number, kgs. and B.M.I. before a Hinglish word and a number, Md. before a name, a.m. before Hinglish words, a dotted time with p.m. before a Hinglish word, mins. before a Hinglish word ---
    (
        "Aapki gym membership teen mahine ke liye renew ho gayi hai. Fees Rs. 4,500 thi, aur ₹500 ka discount mila. Aapka weight 82.5 kgs. hai, aur B.M.I. 27.4 aaya hai. Trainer Md. Faizan aapka diet plan banayenge. Subah ka batch 6 a.m. se 8 a.m. tak chalta hai. Shaam ko 5.30 p.m. ke baad bheed zyada hoti hai. Locker ke liye Rs. 200 alag se lagenge. Pehle hafte mein 20 mins. se zyada cardio mat kijiye. Kya aapko protein shake ka plan bhi chahiye? Hum har mahine aapka weight check karenge. Chaliye, shuru karte hain! 💪",
        [
            "Aapki gym membership teen mahine ke liye renew ho gayi hai. ",
            "Fees Rs. 4,500 thi, aur ₹500 ka discount mila. ",
            "Aapka weight 82.5 kgs. hai, aur B.M.I. 27.4 aaya hai. ",
            "Trainer Md. Faizan aapka diet plan banayenge. ",
            "Subah ka batch 6 a.m. se 8 a.m. tak chalta hai. ",
            "Shaam ko 5.30 p.m. ke baad bheed zyada hoti hai. ",
            "Locker ke liye Rs. 200 alag se lagenge. ",
            "Pehle hafte mein 20 mins. se zyada cardio mat kijiye. ",
            "Kya aapko protein shake ka plan bhi chahiye? ",
            "Hum har mahine aapka weight check karenge. ",
            "Chaliye, shuru karte hain! 💪",
        ],
    ),
    # --- Hinglish tailor, mtr. and in. before Hinglish words, Rs. before a number, Mr. before a name, an emoji closing a Hinglish sentence before a capitalised word ---
    (
        "Aapka kurta-pyjama silai ke liye le liya gaya hai. Kapda 2.5 mtr. laga hai, lining alag se. Chest 40 in. aur length 42 in. rakhi gayi hai. Silai ka charge Rs. 1,200 hai. Trial 18 tareekh ko shaam 6 baje hai. Master ji, yaani Mr. Salim Ansari, khud cutting karenge. Button aapne lakdi wale chune hain 🧵 Delivery 22 tareekh tak ho jayegi. Kya aap pyjama mein elastic chahte hain ya naada? Dono ka rate same hai.",
        [
            "Aapka kurta-pyjama silai ke liye le liya gaya hai. ",
            "Kapda 2.5 mtr. laga hai, lining alag se. ",
            "Chest 40 in. aur length 42 in. rakhi gayi hai. ",
            "Silai ka charge Rs. 1,200 hai. ",
            "Trial 18 tareekh ko shaam 6 baje hai. ",
            "Master ji, yaani Mr. Salim Ansari, khud cutting karenge. ",
            "Button aapne lakdi wale chune hain 🧵 ",
            "Delivery 22 tareekh tak ho jayegi. ",
            "Kya aap pyjama mein elastic chahte hain ya naada? ",
            "Dono ka rate same hai.",
        ],
    ),
    # --- Tanglish pharmacy, Tab. and Vit. before a capitalised name and a single capital, Rs. before a number, p.m. before a Tanglish word, Dr. before a name with a Tanglish suffix ---
    (
        "Vanakkam! Unga medicine order ready aayiduchu. Tab. Dolo 650 oru strip, Vit. C tablets rendu strip irukku. Mothama Rs. 184 aagudhu. Delivery boy Murugan 6.30 p.m. kulla varuvaar. Cash illana G Pay pannalaam. Saapaatuku apram dhaan Tab. Dolo podanum. Kaichal moonu naalukku mela irundha, Dr. Kavitha-va paarunga. Vera edhaavadhu venuma? Nandri! 🙏",
        [
            "Vanakkam! ",
            "Unga medicine order ready aayiduchu. ",
            "Tab. Dolo 650 oru strip, Vit. C tablets rendu strip irukku. ",
            "Mothama Rs. 184 aagudhu. ",
            "Delivery boy Murugan 6.30 p.m. kulla varuvaar. ",
            "Cash illana G Pay pannalaam. ",
            "Saapaatuku apram dhaan Tab. Dolo podanum. ",
            "Kaichal moonu naalukku mela irundha, Dr. Kavitha-va paarunga. ",
            "Vera edhaavadhu venuma? ",
            "Nandri! 🙏",
        ],
    ),
    # --- delayed flight, E.T.A. and J.F.K. before lower-case words, a dotted time with a.m. before a lower-case word and ending before a noun, hrs. ending before a possessive, a.m. before a noun, U.S. before a lower-case word, J.F.K. right before "?" ---
    (
        "Your Air India flight to New York is running late. The new E.T.A. at J.F.K. is 6.40 a.m. local time. Departure from Delhi is now 3.15 a.m. Meals and a hotel room are offered if the delay crosses 6 hrs. Your Delta connection to Boston has moved to the 11.55 a.m. departure. Checked bags go straight through to Boston. Your U.S. visa must be valid on the date of entry. Need a wheelchair at J.F.K.? We can arrange one at no cost. Safe travels! 🛫",
        [
            "Your Air India flight to New York is running late. ",
            "The new E.T.A. at J.F.K. is 6.40 a.m. local time. ",
            "Departure from Delhi is now 3.15 a.m. ",
            "Meals and a hotel room are offered if the delay crosses 6 hrs. ",
            "Your Delta connection to Boston has moved to the 11.55 a.m. departure. ",
            "Checked bags go straight through to Boston. ",
            "Your U.S. visa must be valid on the date of entry. ",
            "Need a wheelchair at J.F.K.? ",
            "We can arrange one at no cost. ",
            "Safe travels! 🛫",
        ],
    ),
    # --- bike service, kms. ending before a noun and before "or", Approx. opening a sentence before a number, a dotted time with a.m. ending before an imperative, p.m. ending before a noun, Rs. before numbers ---
    (
        "Your Bajaj Pulsar is due for its third free service. The odometer reads 5,230 kms. Services fall due every 5,000 kms. or six months, whichever comes first. We will change the engine oil and clean the air filter. Labour is free, but parts and oil cost about Rs. 650 in all. Approx. 2 hrs. is the usual time for this service. We have you down for the 19th at 9.30 a.m. Drop the bike at our Wakad workshop and collect it by 6 p.m. Pick-up and drop costs ₹149. Is the brake making any noise? Our mechanic, Mr. Sachin Jadhav, will check it too.",
        [
            "Your Bajaj Pulsar is due for its third free service. ",
            "The odometer reads 5,230 kms. ",
            "Services fall due every 5,000 kms. or six months, whichever comes first. ",
            "We will change the engine oil and clean the air filter. ",
            "Labour is free, but parts and oil cost about Rs. 650 in all. ",
            "Approx. 2 hrs. is the usual time for this service. ",
            "We have you down for the 19th at 9.30 a.m. ",
            "Drop the bike at our Wakad workshop and collect it by 6 p.m. ",
            "Pick-up and drop costs ₹149. ",
            "Is the brake making any noise? ",
            "Our mechanic, Mr. Sachin Jadhav, will check it too.",
        ],
    ),
    # --- diabetes clinic, B.M.I. before a number, a single initial before a name, mg. before a lower-case dotted form, b.d. before a lower-case word, mins. before a lower-case word, Sept. before a day number, a.m. ending before an imperative, a trailing single initial before a comma ---
    (
        "Your check-up at the Diabetes Care Centre, Anna Nagar, is done. Your B.M.I. is 29.1, which is in the overweight range. Fasting sugar was 138 mg/dL. Dr. V. Mohan Raj has added Tab. Glycomet 500 mg. b.d. after meals. Walk for 45 mins. every evening. Cut rice down to one cup a meal. Your next visit is on Sept. 9 at 10 a.m. Come fasting for the blood test. Our dietitian, Ms. Preethi R., sees patients on the ground floor. Shall I book a session with her? Take care of yourself.",
        [
            "Your check-up at the Diabetes Care Centre, Anna Nagar, is done. ",
            "Your B.M.I. is 29.1, which is in the overweight range. ",
            "Fasting sugar was 138 mg/dL. ",
            "Dr. V. Mohan Raj has added Tab. Glycomet 500 mg. b.d. after meals. ",
            "Walk for 45 mins. every evening. ",
            "Cut rice down to one cup a meal. ",
            "Your next visit is on Sept. 9 at 10 a.m. ",
            "Come fasting for the blood test. ",
            "Our dietitian, Ms. Preethi R., sees patients on the ground floor. ",
            "Shall I book a session with her? ",
            "Take care of yourself.",
        ],
    ),
    # --- G.A.T.E. result, M.Tech. before a lower-case word, N.I.T. ending before a dotted acronym that opens the next sentence, I.I.Sc. opening a sentence before a place name, C.C.M.T. and P.S.U. before lower-case words, Feb. and Mar. before lower-case words, initials before a name ---
    (
        "Your G.A.T.E. score card is out. You scored 612 in the Mechanical paper, with an all-India rank of 1,842. That is good enough for an M.Tech. seat at an older N.I.T. I.I.Sc. Bengaluru usually needs a higher score. Counselling for M.Tech. seats runs through the C.C.M.T. portal. Your B.Tech. from the A.P.J. Abdul Kalam Technological University is accepted for it. Several P.S.U. jobs also take G.A.T.E. scores. Their forms usually come out in Feb. and Mar. each year. Shall we alert you when they open? Congratulations! 🎉",
        [
            "Your G.A.T.E. score card is out. ",
            "You scored 612 in the Mechanical paper, with an all-India rank of 1,842. ",
            "That is good enough for an M.Tech. seat at an older N.I.T. ",
            "I.I.Sc. Bengaluru usually needs a higher score. ",
            "Counselling for M.Tech. seats runs through the C.C.M.T. portal. ",
            "Your B.Tech. from the A.P.J. Abdul Kalam Technological University is accepted for it. ",
            "Several P.S.U. jobs also take G.A.T.E. scores. ",
            "Their forms usually come out in Feb. and Mar. each year. ",
            "Shall we alert you when they open? ",
            "Congratulations! 🎉",
        ],
    ),
    # --- Hindi family pension, dotted Indic forms before a title, before place names and before a word: स्व., पो., जि., मो. ---
    (
        "आपके पिता स्व. श्री रामलाल शर्मा की पारिवारिक पेंशन अब आपकी माताजी के नाम हो गई है। उन्हें हर महीने रु. 9,450 मिलेंगे। पहली किस्त 5 तारीख़ को उनके खाते में आएगी। उनका पता ग्राम खेड़ा, पो. रींगस, जि. सीकर दर्ज है। पता बदलना हो तो कोषागार कार्यालय में आवेदन दीजिए। हर साल नवंबर में जीवन प्रमाण पत्र जमा करना ज़रूरी है। यह काम घर बैठे भी हो सकता है। कोषाधिकारी श्री महेश गुप्ता का मो. नंबर 94140 22871 है। क्या माताजी को बैंक तक आने में दिक़्क़त होती है? बैंक मित्र घर आकर पैसे दे सकते हैं। आपके परिवार को हमारी संवेदनाएँ।",
        [
            "आपके पिता स्व. श्री रामलाल शर्मा की पारिवारिक पेंशन अब आपकी माताजी के नाम हो गई है। ",
            "उन्हें हर महीने रु. 9,450 मिलेंगे। ",
            "पहली किस्त 5 तारीख़ को उनके खाते में आएगी। ",
            "उनका पता ग्राम खेड़ा, पो. रींगस, जि. सीकर दर्ज है। ",
            "पता बदलना हो तो कोषागार कार्यालय में आवेदन दीजिए। ",
            "हर साल नवंबर में जीवन प्रमाण पत्र जमा करना ज़रूरी है। ",
            "यह काम घर बैठे भी हो सकता है। ",
            "कोषाधिकारी श्री महेश गुप्ता का मो. नंबर 94140 22871 है। ",
            "क्या माताजी को बैंक तक आने में दिक़्क़त होती है? ",
            "बैंक मित्र घर आकर पैसे दे सकते हैं। ",
            "आपके परिवार को हमारी संवेदनाएँ।",
        ],
    ),
    # --- Hindi written with ".", dotted Indic forms before names and a number: कु., पं., रु. ---
    (
        "आपकी बेटी कु. अनन्या वर्मा का संगीत विद्यालय में दाखिला हो गया है. उसे पं. विनायक जोशी शास्त्रीय गायन सिखाएँगे. कक्षाएँ हफ़्ते में तीन दिन, शाम 5 बजे से होंगी. मासिक फ़ीस रु. 1,800 है. पहले महीने की फ़ीस के साथ रु. 500 पंजीकरण शुल्क भी लगेगा. उसे फ़ोन में एक तानपुरा ऐप रखना होगा. परीक्षा साल में दो बार होती है. क्या वह पहले भी कहीं सीख चुकी है? पंडित जी पहले हफ़्ते में उसकी आवाज़ परखेंगे. सुरों की इस यात्रा के लिए शुभकामनाएँ!",
        [
            "आपकी बेटी कु. अनन्या वर्मा का संगीत विद्यालय में दाखिला हो गया है. ",
            "उसे पं. विनायक जोशी शास्त्रीय गायन सिखाएँगे. ",
            "कक्षाएँ हफ़्ते में तीन दिन, शाम 5 बजे से होंगी. ",
            "मासिक फ़ीस रु. 1,800 है. ",
            "पहले महीने की फ़ीस के साथ रु. 500 पंजीकरण शुल्क भी लगेगा. ",
            "उसे फ़ोन में एक तानपुरा ऐप रखना होगा. ",
            "परीक्षा साल में दो बार होती है. ",
            "क्या वह पहले भी कहीं सीख चुकी है? ",
            "पंडित जी पहले हफ़्ते में उसकी आवाज़ परखेंगे. ",
            "सुरों की इस यात्रा के लिए शुभकामनाएँ!",
        ],
    ),
    # --- Marathi and English, Marathi dotted forms before place names (मु.पो., ता., जि.), wk. and a.m. ending English sentences before Marathi, kgs. before a lower-case word ---
    (
        "तुमचा पत्ता मु.पो. कोरेगाव, ता. खटाव, जि. सातारा असा नोंदवला आहे. Your new ration card was posted to this address on the 6th. पोस्टमन ते घरी आणून देईल. It should reach you within 1 wk. कार्डवर कुटुंबातील पाच जणांची नावे आहेत. Rice and wheat come to 35 kgs. a month for the family. धान्य गावातील रास्त भाव दुकानात मिळेल. The ration shop opens at 8 a.m. काही अडचण आल्यास तहसील कार्यालयात संपर्क करा. Thank you.",
        [
            "तुमचा पत्ता मु.पो. कोरेगाव, ता. खटाव, जि. सातारा असा नोंदवला आहे. ",
            "Your new ration card was posted to this address on the 6th. ",
            "पोस्टमन ते घरी आणून देईल. ",
            "It should reach you within 1 wk. ",
            "कार्डवर कुटुंबातील पाच जणांची नावे आहेत. ",
            "Rice and wheat come to 35 kgs. a month for the family. ",
            "धान्य गावातील रास्त भाव दुकानात मिळेल. ",
            "The ration shop opens at 8 a.m. ",
            "काही अडचण आल्यास तहसील कार्यालयात संपर्क करा. ",
            "Thank you.",
        ],
    ),
    # --- Bengali and English, kgs. before a capitalised sweet name, a Bengali dotted unit before a word, mins. and U.P.I. ending English sentences before Bengali ---
    (
        "আপনার মিষ্টির অর্ডার তৈরি হয়ে গেছে। It has 2 kgs. Nolen Gur sandesh and 1 kg. rosogolla. প্রতি কি.গ্রা. সন্দেশের দাম ₹৬৪০। Delivery to Salt Lake takes about 45 mins. মিষ্টি ফ্রিজে রাখলে দু'দিন ভালো থাকবে। Your bill comes to ₹1,830, paid by U.P.I. ডেলিভারি বয়ের নাম রাজু। He will call once he reaches your gate. আর কিছু লাগবে কি? শুভ বিজয়া! 🍬",
        [
            "আপনার মিষ্টির অর্ডার তৈরি হয়ে গেছে। ",
            "It has 2 kgs. Nolen Gur sandesh and 1 kg. rosogolla. ",
            "প্রতি কি.গ্রা. সন্দেশের দাম ₹৬৪০। ",
            "Delivery to Salt Lake takes about 45 mins. ",
            "মিষ্টি ফ্রিজে রাখলে দু'দিন ভালো থাকবে। ",
            "Your bill comes to ₹1,830, paid by U.P.I. ",
            "ডেলিভারি বয়ের নাম রাজু। ",
            "He will call once he reaches your gate. ",
            "আর কিছু লাগবে কি? ",
            "শুভ বিজয়া! 🍬",
        ],
    ),
    # --- Tamil and English, kgs. before a capitalised rice name, ltrs. before a lower-case word, two Tamil dotted forms in a row before a number (கி.கி., ரூ.), Tmt. before a name ---
    (
        "உங்கள் அரிசி ஆர்டர் தயாராக உள்ளது. It has a 25 kgs. Ponni rice bag and 2 ltrs. groundnut oil. அரிசி ஒரு கி.கி. ரூ. 62 ஆகும். After a 5% discount you pay ₹1,874. டெலிவரி இன்று மாலை 6 மணிக்குள் வரும். Our delivery man, Mr. Selvam, carries a card machine. பணத்தை ரொக்கமாகவும் கொடுக்கலாம். Tmt. Revathi at our shop will call to confirm. இன்னும் ஏதாவது சேர்க்க வேண்டுமா? மிக்க நன்றி!",
        [
            "உங்கள் அரிசி ஆர்டர் தயாராக உள்ளது. ",
            "It has a 25 kgs. Ponni rice bag and 2 ltrs. groundnut oil. ",
            "அரிசி ஒரு கி.கி. ரூ. 62 ஆகும். ",
            "After a 5% discount you pay ₹1,874. ",
            "டெலிவரி இன்று மாலை 6 மணிக்குள் வரும். ",
            "Our delivery man, Mr. Selvam, carries a card machine. ",
            "பணத்தை ரொக்கமாகவும் கொடுக்கலாம். ",
            "Tmt. Revathi at our shop will call to confirm. ",
            "இன்னும் ஏதாவது சேர்க்க வேண்டுமா? ",
            "மிக்க நன்றி!",
        ],
    ),
    # --- Telugu and English, kgs. before a capitalised mango name, Telugu dotted forms before a word and a number (కి.గ్రా., రూ.), D.No. before a number, p.m. ending an English sentence before Telugu, a single initial before a name ---
    (
        "మీ మామిడి పండ్ల ఆర్డర్ సిద్ధంగా ఉంది. You chose 5 kgs. Banganapalle mangoes from our Nuzvid farm. ఒక కి.గ్రా. ధర రూ. 140. They are ripened in hay, with no carbide. పండ్లు రెండు రోజుల్లో తినడానికి సిద్ధమవుతాయి. Delivery to D.No. 12-2-417, Kukatpally, is on the 18th by 7 p.m. డెలివరీ ఛార్జీలు లేవు. Our farm manager, Sri K. Venkat Reddy, packed them himself. ఇంకా ఏమైనా కావాలా? ధన్యవాదాలు! 🥭",
        [
            "మీ మామిడి పండ్ల ఆర్డర్ సిద్ధంగా ఉంది. ",
            "You chose 5 kgs. Banganapalle mangoes from our Nuzvid farm. ",
            "ఒక కి.గ్రా. ధర రూ. 140. ",
            "They are ripened in hay, with no carbide. ",
            "పండ్లు రెండు రోజుల్లో తినడానికి సిద్ధమవుతాయి. ",
            "Delivery to D.No. 12-2-417, Kukatpally, is on the 18th by 7 p.m. ",
            "డెలివరీ ఛార్జీలు లేవు. ",
            "Our farm manager, Sri K. Venkat Reddy, packed them himself. ",
            "ఇంకా ఏమైనా కావాలా? ",
            "ధన్యవాదాలు! 🥭",
        ],
    ),
    # --- Kannada and English, kg. before a capitalised coffee grade, Kannada dotted forms before a word and a number (ಕೆ.ಜಿ., ರೂ.), Tues. before a lower-case word, trailing initials before a lower-case word, gms. before a lower-case word ---
    (
        "ನಿಮ್ಮ ಕಾಫಿ ಪುಡಿ ಆರ್ಡರ್ ಸಿದ್ಧವಾಗಿದೆ. It is a 1 kg. Peaberry blend with 20% chicory from our Chikkamagaluru estate. ಒಂದು ಕೆ.ಜಿ. ಪುಡಿಗೆ ರೂ. 720. The beans were roasted on Tues. evening. ಪ್ಯಾಕ್ ತೆರೆದ ನಂತರ ಗಾಳಿಯಾಡದ ಡಬ್ಬಿಯಲ್ಲಿ ಇಡಿ. Mr. Poovaiah K.M., who runs our estate, signs off every batch. Courier to Hubballi needs two days. ಮುಂದಿನ ತಿಂಗಳು ಹೊಸ ಬೆಳೆಯ ಕಾಫಿ ಬರುತ್ತದೆ. Can we post you a 250 gms. sample of it? ಧನ್ಯವಾದಗಳು! ☕",
        [
            "ನಿಮ್ಮ ಕಾಫಿ ಪುಡಿ ಆರ್ಡರ್ ಸಿದ್ಧವಾಗಿದೆ. ",
            "It is a 1 kg. Peaberry blend with 20% chicory from our Chikkamagaluru estate. ",
            "ಒಂದು ಕೆ.ಜಿ. ಪುಡಿಗೆ ರೂ. 720. ",
            "The beans were roasted on Tues. evening. ",
            "ಪ್ಯಾಕ್ ತೆರೆದ ನಂತರ ಗಾಳಿಯಾಡದ ಡಬ್ಬಿಯಲ್ಲಿ ಇಡಿ. ",
            "Mr. Poovaiah K.M., who runs our estate, signs off every batch. ",
            "Courier to Hubballi needs two days. ",
            "ಮುಂದಿನ ತಿಂಗಳು ಹೊಸ ಬೆಳೆಯ ಕಾಫಿ ಬರುತ್ತದೆ. ",
            "Can we post you a 250 gms. sample of it? ",
            "ಧನ್ಯವಾದಗಳು! ☕",
        ],
    ),
    # --- Malayalam and English, gms. and mm. before lower-case words, Malayalam dotted forms before a word and a number (കി.ഗ്രാ., രൂ.), sun. as a word ending an English sentence before Malayalam ---
    (
        "നിങ്ങളുടെ ഏലക്ക ഓർഡർ തയ്യാറാണ്. You ordered 500 gms. of 8 mm. bold cardamom from Kumily. ഒരു കി.ഗ്രാ. ഏലക്കയ്ക്ക് ഇപ്പോൾ രൂ. 2,400 ആണ് വില. The pods are graded by hand and packed in foil. അയച്ചു കഴിഞ്ഞാൽ ട്രാക്കിംഗ് നമ്പർ അയയ്ക്കും. Delivery to Thrissur takes two to three days. Store the pack away from moisture and direct sun. മറ്റെന്തെങ്കിലും വേണോ? Our packing head, Smt. Mini Joseph, checks each pack by hand. നന്ദി! 🌿",
        [
            "നിങ്ങളുടെ ഏലക്ക ഓർഡർ തയ്യാറാണ്. ",
            "You ordered 500 gms. of 8 mm. bold cardamom from Kumily. ",
            "ഒരു കി.ഗ്രാ. ഏലക്കയ്ക്ക് ഇപ്പോൾ രൂ. 2,400 ആണ് വില. ",
            "The pods are graded by hand and packed in foil. ",
            "അയച്ചു കഴിഞ്ഞാൽ ട്രാക്കിംഗ് നമ്പർ അയയ്ക്കും. ",
            "Delivery to Thrissur takes two to three days. ",
            "Store the pack away from moisture and direct sun. ",
            "മറ്റെന്തെങ്കിലും വേണോ? ",
            "Our packing head, Smt. Mini Joseph, checks each pack by hand. ",
            "നന്ദി! 🌿",
        ],
    ),
    # --- Gujarati and English, Rs. before a number, a dotted time with p.m. ending an English sentence before Gujarati, a Gujarati dotted currency form before a number (રૂ.) ---
    (
        "તમારો ગરબા પાસ બુક થઈ ગયો છે. Entry for all nine nights costs Rs. 2,500 per person. દરરોજ રાત્રે 9 વાગ્યે ગરબા શરૂ થશે. The gates open at 8.15 p.m. એક દિવસનો પાસ રૂ. 400 માં મળશે. Only those in festive Gujarati wear are let in. પાર્કિંગ ગ્રાઉન્ડની પાછળ છે. The singer on the first night is Ms. Kinjal Trivedi. શું તમારે વધુ પાસ જોઈએ છે? Happy Navratri! 🪘",
        [
            "તમારો ગરબા પાસ બુક થઈ ગયો છે. ",
            "Entry for all nine nights costs Rs. 2,500 per person. ",
            "દરરોજ રાત્રે 9 વાગ્યે ગરબા શરૂ થશે. ",
            "The gates open at 8.15 p.m. ",
            "એક દિવસનો પાસ રૂ. 400 માં મળશે. ",
            "Only those in festive Gujarati wear are let in. ",
            "પાર્કિંગ ગ્રાઉન્ડની પાછળ છે. ",
            "The singer on the first night is Ms. Kinjal Trivedi. ",
            "શું તમારે વધુ પાસ જોઈએ છે? ",
            "Happy Navratri! 🪘",
        ],
    ),
    # --- Punjabi and English, kgs. before a capitalised variety code, P.A.U. before a lower-case word, a Punjabi dotted currency form before a number (ਰੁ.), Oct. before a lower-case word, mid-Nov. ending an English sentence before Punjabi ---
    (
        "ਤੁਹਾਡਾ ਬੀਜ ਦਾ ਆਰਡਰ ਤਿਆਰ ਹੈ। You get 4 bags of 40 kgs. PBW-872 wheat seed from the P.A.U. outlet. ਹਰ ਥੈਲੇ ਦੀ ਕੀਮਤ ਰੁ. 1,900 ਹੈ। The best sowing window is from the last week of Oct. to mid-Nov. ਬੀਜ ਨੂੰ ਬੀਜਣ ਤੋਂ ਪਹਿਲਾਂ ਦਵਾਈ ਲਾਓ। The treatment packet is inside each bag. ਖੇਤੀਬਾੜੀ ਅਫ਼ਸਰ ਡਾ. ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ 12 ਤਰੀਕ ਨੂੰ ਪਿੰਡ ਆਉਣਗੇ। He will also check your soil health card. ਕੀ ਤੁਹਾਨੂੰ ਹੋਰ ਬੀਜ ਚਾਹੀਦਾ ਹੈ? ਧੰਨਵਾਦ! 🌾",
        [
            "ਤੁਹਾਡਾ ਬੀਜ ਦਾ ਆਰਡਰ ਤਿਆਰ ਹੈ। ",
            "You get 4 bags of 40 kgs. PBW-872 wheat seed from the P.A.U. outlet. ",
            "ਹਰ ਥੈਲੇ ਦੀ ਕੀਮਤ ਰੁ. 1,900 ਹੈ। ",
            "The best sowing window is from the last week of Oct. to mid-Nov. ",
            "ਬੀਜ ਨੂੰ ਬੀਜਣ ਤੋਂ ਪਹਿਲਾਂ ਦਵਾਈ ਲਾਓ। ",
            "The treatment packet is inside each bag. ",
            "ਖੇਤੀਬਾੜੀ ਅਫ਼ਸਰ ਡਾ. ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ 12 ਤਰੀਕ ਨੂੰ ਪਿੰਡ ਆਉਣਗੇ। ",
            "He will also check your soil health card. ",
            "ਕੀ ਤੁਹਾਨੂੰ ਹੋਰ ਬੀਜ ਚਾਹੀਦਾ ਹੈ? ",
            "ਧੰਨਵਾਦ! 🌾",
        ],
    ),
    # --- Urdu and English, Rs. before a number, Md. before a name, Thurs. before a lower-case word, p.m. ending an English sentence before Urdu ---
    (
        "آپ کی شادی کے لیے ہال بک کر دیا گیا ہے۔ The Noor Mahal banquet hall in Lucknow seats 400 guests. ہال شام 7 بجے سے رات 12 بجے تک آپ کا ہے۔ Our rate is Rs. 1,150 per plate for the Awadhi menu. اس میں بریانی، قورمہ اور شیرمال شامل ہیں۔ The advance of ₹1.5 lakh reached us on the 3rd. Our manager, Md. Asif Siddiqui, can see you on Thurs. at 4 p.m. کیا سجاوٹ کا انتظام بھی ہم کریں؟ Floral décor starts at ₹35,000. مبارک ہو! 🌹",
        [
            "آپ کی شادی کے لیے ہال بک کر دیا گیا ہے۔ ",
            "The Noor Mahal banquet hall in Lucknow seats 400 guests. ",
            "ہال شام 7 بجے سے رات 12 بجے تک آپ کا ہے۔ ",
            "Our rate is Rs. 1,150 per plate for the Awadhi menu. ",
            "اس میں بریانی، قورمہ اور شیرمال شامل ہیں۔ ",
            "The advance of ₹1.5 lakh reached us on the 3rd. ",
            "Our manager, Md. Asif Siddiqui, can see you on Thurs. at 4 p.m. ",
            "کیا سجاوٹ کا انتظام بھی ہم کریں؟ ",
            "Floral décor starts at ₹35,000. ",
            "مبارک ہو! 🌹",
        ],
    ),
    # --- Odia and English, kgs. before a lower-case word, an Odia dotted unit before a word (କି.ଗ୍ରା.), hr. ending an English sentence before Odia, Estd. before a number, gms. ending an English sentence before Odia ---
    (
        "ଆପଣଙ୍କ ରସଗୋଲା ଅର୍ଡର ପ୍ରସ୍ତୁତ। You ordered 2 kgs. of Pahala rasagola in clay pots. ଏକ କି.ଗ୍ରା. ରସଗୋଲାର ଦାମ ₹୩୬୦। Delivery to Bhubaneswar needs about 1 hr. ରସଗୋଲା ଫ୍ରିଜରେ ରଖନ୍ତୁ। Our shop, Pahala Mishtanna Bhandar, Estd. 1962, ships across India. ଆଉ କିଛି ଦରକାର କି? Want a box of chhena poda too? It costs ₹280 for 500 gms. ଧନ୍ୟବାଦ! 🍮",
        [
            "ଆପଣଙ୍କ ରସଗୋଲା ଅର୍ଡର ପ୍ରସ୍ତୁତ। ",
            "You ordered 2 kgs. of Pahala rasagola in clay pots. ",
            "ଏକ କି.ଗ୍ରା. ରସଗୋଲାର ଦାମ ₹୩୬୦। ",
            "Delivery to Bhubaneswar needs about 1 hr. ",
            "ରସଗୋଲା ଫ୍ରିଜରେ ରଖନ୍ତୁ। ",
            "Our shop, Pahala Mishtanna Bhandar, Estd. 1962, ships across India. ",
            "ଆଉ କିଛି ଦରକାର କି? ",
            "Want a box of chhena poda too? ",
            "It costs ₹280 for 500 gms. ",
            "ଧନ୍ୟବାଦ! 🍮",
        ],
    ),
    # --- Assamese and English, kg. before a lower-case word, an Assamese dotted unit before a word (কি.গ্ৰা.), gms. ending an English sentence before Assamese, Mr. before a name ---
    (
        "আপোনাৰ চাহপাতৰ অৰ্ডাৰ সাজু হৈছে। You ordered 1 kg. of second-flush Assam tea from the Halmari estate. এক কি.গ্ৰা. চাহপাতৰ দাম ₹১,২০০। The leaves were plucked in June and sealed in foil pouches. A cup needs about 2.5 gms. চাহ বনাওঁতে পানী বেছি সময় নুফুটাব। Delivery to Guwahati takes three days. Our estate manager, Mr. Pranjal Bora, checked every pouch. আপুনি আৰু কিবা বিচাৰে নেকি? Orders over ₹2,000 get free green tea samples. ধন্যবাদ! 🍵",
        [
            "আপোনাৰ চাহপাতৰ অৰ্ডাৰ সাজু হৈছে। ",
            "You ordered 1 kg. of second-flush Assam tea from the Halmari estate. ",
            "এক কি.গ্ৰা. চাহপাতৰ দাম ₹১,২০০। ",
            "The leaves were plucked in June and sealed in foil pouches. ",
            "A cup needs about 2.5 gms. ",
            "চাহ বনাওঁতে পানী বেছি সময় নুফুটাব। ",
            "Delivery to Guwahati takes three days. ",
            "Our estate manager, Mr. Pranjal Bora, checked every pouch. ",
            "আপুনি আৰু কিবা বিচাৰে নেকি? ",
            "Orders over ₹2,000 get free green tea samples. ",
            "ধন্যবাদ! 🍵",
        ],
    ),
    # --- Nepali and English, a Nepali dotted unit before a word, a dotted time with a.m. ending an English sentence before Nepali, Rs. before a number, yrs. ending an English sentence before Nepali ---
    (
        "तपाईंको होमस्टे बुकिङ पक्का भएको छ। Your stay at Yuksom is from the 10th to the 13th. होमस्टे गाउँबाट १ कि.मी. टाढा छ। The trek to Dzongri starts at 5.45 a.m. बिहानको खाना साढे पाँच बजे तयार हुन्छ। Permits for the trek cost Rs. 350 per person. Our guide, Mr. Pemba Sherpa, has led this trek for 15 yrs. न्यानो लुगा अवश्य ल्याउनुहोस्। Do you need porters? यात्रा शुभ रहोस्! 🏔️",
        [
            "तपाईंको होमस्टे बुकिङ पक्का भएको छ। ",
            "Your stay at Yuksom is from the 10th to the 13th. ",
            "होमस्टे गाउँबाट १ कि.मी. टाढा छ। ",
            "The trek to Dzongri starts at 5.45 a.m. ",
            "बिहानको खाना साढे पाँच बजे तयार हुन्छ। ",
            "Permits for the trek cost Rs. 350 per person. ",
            "Our guide, Mr. Pemba Sherpa, has led this trek for 15 yrs. ",
            "न्यानो लुगा अवश्य ल्याउनुहोस्। ",
            "Do you need porters? ",
            "यात्रा शुभ रहोस्! 🏔️",
        ],
    ),
    # --- Konkani and English, kg. and gms. before lower-case words, a dotted time with p.m. ending an English sentence before Konkani, Mkt. ending an English sentence before Konkani ---
    (
        "तुमची ऑर्डर तयार आसा. Your order has 1 kg. of Goan pork sausages and 500 gms. of kokum. डिलिवरी आयज सांजे जातली. Our rider reaches Margao by 6.30 p.m. पयशे रोख दिवंक जातात. The kokum keeps for a year in a dry jar. Our shop faces the Holy Spirit Church, near the Margao Mkt. आनीक कितें जाय? देव बरें करूं! 🙏",
        [
            "तुमची ऑर्डर तयार आसा. ",
            "Your order has 1 kg. of Goan pork sausages and 500 gms. of kokum. ",
            "डिलिवरी आयज सांजे जातली. ",
            "Our rider reaches Margao by 6.30 p.m. ",
            "पयशे रोख दिवंक जातात. ",
            "The kokum keeps for a year in a dry jar. ",
            "Our shop faces the Holy Spirit Church, near the Margao Mkt. ",
            "आनीक कितें जाय? ",
            "देव बरें करूं! 🙏",
        ],
    ),
]
