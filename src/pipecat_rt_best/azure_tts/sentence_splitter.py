"""Streaming sentence splitting for TTS: text deltas in, speakable chunks out (pure logic).

Fed a model's text deltas, :class:`SentenceSplitter` returns each sentence as soon as its
end is certain, so TTS can start on it while the model keeps writing. Ends: ``. ! ? ;``
(followed by whitespace, after any closing quotes/brackets), their CJK forms ``。！？；``,
the Devanagari ``।`` and ``॥``, and a newline. Not ends: decimals and amounts (``3.14``,
``₹4,500.50``), times (``10:30``), URLs and e-mail addresses (no whitespace after the dot),
abbreviations (``Dr.``, ``Pvt.``, ``e.g.``, ``Mr.``, ``डॉ.``; ``etc.``/``a.m.``/``No.``/``Rs.``
/``Dec.``/``max.`` end a sentence only before a capital, not before a number or an amount),
initials and dotted acronyms (``A. K. Sharma``, ``U.S.``, ``I.T. Act``) and numbered-list
markers at a line start (``1. Open the app``) or in a list on one line after a colon
(``options: 1. Pay now 2. Pay later``). ``…`` ends a sentence like ``.``. Emoji right after an
end go with its sentence (``Congratulations! 🎉``); a quoted question goes on before a lower-case
word (``asks, "Can you share the OTP?" please hang up``).

Short forms no list has are told by their shape, as Punkt does with what it learns from a corpus
(no corpus of bot replies is at hand, so the shapes are written here): a full stop before a
lower-case word ends nothing (``B.Tech. programme``, ``Mon. to Sat.``); one Indic syllable is a
short form (``मु. पो. सासवड``, ``प्रा. लि.``, ``ডা. সেন``) unless it is a word that ends sentences
(``है.``, ``हाँ.``, ``છે.``), and ends one only before a word that opens one (``… प्रा. लि. क्या
यह नाम सही है?``); a Latin word with no vowel (``Blk. C``, ``Chq. No. 318702``) and an
initial (``Kavya R.``) end a sentence only before a capitalised word that starts sentences.

* ``first_chunk_min_chars``: the first chunk of a reply may also end at a clause boundary
  (``, : — –`` and CJK ``，、``) once it is at least this long, to cut time to first audio;
  a dash between two numbers or amounts is a range, no boundary ("5 – 7 days"), and a comma
  or colon before a number (any script's digits) is none either: the words before a number
  say how a voice's number reading takes it ("आपका खाता नंबर: 90012345" digit by digit, not
  an amount), and the next transform sees one chunk at a time.
* ``max_chunk_chars``: a chunk with no end in sight is cut at its last space before this
  many characters (a run-on sentence must not hold the voice back).

Guarantees, whatever the delta boundaries (property-tested): the chunks concatenated are
exactly the text fed; the chunks are the same as for the whole text fed at once; every
chunk but the final flush holds a non-space character. A chunk keeps the one whitespace
character after its end; any further whitespace leads the next chunk.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["SentenceSplitter", "split_sentences"]


def _forms(words: str) -> list[str]:
    """A table of words written as one space-separated string."""
    return words.split()


_TERMINATORS = ".!?;…۔؟"  # with the Urdu full stop and question mark
_IMMEDIATE = "。！？；।॥"  # no whitespace needed after these
_CLOSERS = "\"')]}”’»」』）】"
_OPENERS = "\"'([{“‘«"
_CLAUSE = ",:—–"
_CLAUSE_IMMEDIATE = "，、"
# never end a sentence: titles, "for example"-style, units and short forms before a name/number
_CONTINUE = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "smt",
        "shri",
        "sh",
        "e.g",
        "i.e",
        "eg",
        "ie",
        "vs",
        "mt",
        "no.s",
        "nos",
        "fig",
        "sec",
        "vol",
        "pp",
        "ch",
        "rev",
        "gen",  # "Maj. Gen. Rao", "Lt. Gen." (Sgt., Capt., Col.: before a starter they end one)
        "lt",
        "hon",
        "mohd",  # "Mohd. Irfan Qureshi": a name's first part, never its end
        "ph.d",
        "b.sc",
        "pvt",
        "opp",
        "mob",
        "viz",
        "n.b",  # "N.B. The road …", "P.S. Your …": they open the sentence they belong to
        "p.s",
        "avl",
        "apt",
        "nr",
        "tel",
        "attn",  # "Attn. Ms. Khan": a name follows, a title too
        "डॉ",
        "श्री",
        "स्व",
        "कु",
        # addresses and documents: "Vill. Baraura, P.O. …, Teh. Sadar, Dist. Darbhanga",
        # "Nr. Rly. Station", "M/s. Skyway", "Cl. 5.3", "आवेदन सं. 40517", "पृ. 37", "सौ. माधुरी"
        "vill",
        "teh",
        "rly",
        "m/s",
        "cl",
        "art",
        "sch",
        "सं",
        "पृ",
        "सौ",
        "क्र",
        "ई",  # ईस्वी: "2004 ई. से"
        "चि",
        "प्रो",
        # titles and address forms of more than one syllable (one syllable is a short form
        # anyway): Hindi तह. (tehsil), Tamil திரு./திருமதி. (Mr./Mrs.), Malayalam പ്രൊഫ. (Prof.)
        "तह",
        "திரு",
        "திருமதி",
        "இரா",  # a Tamil initial before a name: "இரா. செந்தில்நாதன்"
        "പ്രൊഫ",
        # Malayalam അഡ്വ. (Adv.), ബഹു. (Hon.), Punjabi ਤਹਿ. (tehsil), like Hindi तह.
        "അഡ്വ",
        "ബഹു",
        "ਤਹਿ",
    ]
)
# end a sentence only when the next word starts with a capital (or is not a letter/digit)
_LOOKAHEAD = frozenset(
    [
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "a.m",
        "p.m",
        "am",
        "pm",
        "no",
        "p.a",
        "pa",
        "bros",
        "rs",
        "re",  # "Re. 1" (one rupee), like "Rs. 500"
        "max",
        "min",
        "hrs",
        "yrs",
        "mins",
        "secs",
        "qty",
        "amt",
        "rd",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        # weekdays, like months: "on Wed. 11 Feb.", "open Mon. to Sat.", "till Tue. It …"
        *_forms("mon tue tues wed thu thur thurs fri sat sun"),
        "रु",
        "kg",
        "kgs",
        "km",
        "kms",
        "gm",
        "gms",
        "mg",
        "ml",
        "cm",
        "mm",
        "ltr",
        "ltrs",
        "sem",  # "in Sem. 6", "… the final Sem. Results are …"
    ]
)
# the end of an institution's or a place's name: like a company's legal form, it ends a
# sentence before a number or a quote too ("… Travels Intl. 18% GST …", "3rd Flr. "Sky Deck" …")
_INSTITUTION_FORMS = frozenset(["intl", "natl", "univ", "inst", "assn", "hosp", "flr", "co-op"])
# medicines on a prescription ("Tab. Paracetamol", "Syp. Lactulose", "Inj. B12"): each opens
# a line of it, so one does not go on after another short form ("… t.i.d. Lot. Calamine …")
_MEDICINE_FORMS = frozenset(
    _forms(
        "tab cap syp syr inj oint susp sol soln drp lot neb sach supp inh liq mixt elix emul "
        "tinct troch linim gutt pulv"
    )
)
# never end a sentence before a name, a title or a number, but may end one ("Ravi Menon Jr.",
# "run by the State Govt.", "₹1,180 approx."): they end it only before a word that starts
# sentences ("Is that correct?", "You can apply online.")
_ENDS_BEFORE_A_STARTER = frozenset(
    [
        *_forms("jr sr govt dept approx incl excl st ft"),
        *_INSTITUTION_FORMS,
        # the short forms of Indian officialese, by field (session 24): ranks and offices
        # before a name ("Maj. Ritu Chauhan", "the Addl. Collector", "Adv. Meera Rao")
        *_forms(
            "maj brig cdr cmde adm wg flt sqn hav ris dfr nb sub insp const supdt secy asst addl dy jt er "
            "adv retd fr pt kum mgr regd divn div br ofc tq mdl dt exec engr admn offr mun corpn offg actg "
            "estt "
            # directors and commissioners ("… go to Dir. Meenal Kulkarni, who …", "the Commr. (the
            # senior revenue officer) will …", "Jt. Dir.", "Dy. Commr.")
            "dir commr "
            # the other ranks ("Sigmn. Tarsem Gill will …", "… serves as a Spr. (His company …",
            # "… retired from the air force as a Sgt. She may …")
            "sigmn spr gnr rfn cfn cpl nk sgt capt col"
        ),
        # a bank's records: "… for the same Txn. The extra debit …" ("Txn. ID 4471" goes on),
        # "Recd. ₹18,450 towards your loan", "Bal. ₹2,300" and "… part of your Avl. Bal. (No
        # charge …)"
        *_forms("txn recd bal clg"),
        # "… quote that Ref. Our staff will ask …" ("Ref. No. 4471", "Ref. Rao" go on)
        *_forms("ref"),
        # an industrial estate's address: "Plot 53, Indl. Estate, Satpur …"
        *_forms("indl"),
        *_MEDICINE_FORMS,
        # courts and letters ("Crl. Misc. Petition", "Yadav and Ors.", "Encl. 2")
        *_forms("crl misc civ ors anr encl"),
        # addresses and education ("Hsg. Soc.", "Extn. 2", "Aundh Ext. The …", "Ph. 3", "B.Com. Engg.");
        # a building's or a district's name ends an address ("… Welfare Bldg. Sqn. Ldr. …",
        # "… Thiruvananthapuram Dist. If …"), a name or a number after them goes on ("Dist. Darbhanga")
        *_forms("hsg soc extn ext ph engg bldg dist distt"),
        # a square, an avenue, a boulevard end an address as "Ext." does ("… the old town sq. A
        # tea stall …", held-out round 51); "Sq. Ft.", "Park Ave. Mall" go on
        *_forms("sq ave blvd"),
    ]
)
# a short form only when capitalised ("Swarna Co-op. Bank", "Lot. Calamine"); in lower case
# the word itself ("… a housing co-op. Members pay …", "Thanks a lot. Have …")
_CAPITALISED_ONLY = frozenset(["co-op", "lot"])
# an armed force's units written short: in lower case a noun that ends its phrase ("served with the
# ninth div.", "a fighter sqn."), so a capital after one opens a sentence as after a word no list
# has; capitalised, a rank or an office ("Sqn. Ldr.", "Div. Commissioner")
_UNIT_NOUNS = frozenset(_forms("sqn div bn regt bde coy"))
_TITLES = frozenset(["mr", "mrs", "ms", "dr", "shri", "smt", "prof"])
# a word that a single capital letter names one of ("Block C.", "Gate B.", "Coach A."): that
# letter ends a sentence before any capitalised word, not only one that starts sentences
_LETTERED_PLACE_BEFORE = re.compile(
    r"(?i:block|sector|wing|tower|gate|phase|platform|hall|room|floor|counter|window|bay|stand"
    r"|section|zone|ward|grade|class|category|plan|option|row|coach|terminal|pocket|lane) $"
)
# ranks before a name, which open a sentence like a title ("… stn. Supdt. Nandini Rao will …")
_RANKS = frozenset(
    _forms(
        "maj brig cdr cmde adm insp supdt secy capt col gen sgt hav ris dfr nb sub const sqn wg flt lt "
        "sigmn spr gnr rfn cfn cpl nk dir commr"
    )
)
# short forms that make one title with the title or rank after them ("Asst. Prof.", "Wg. Cdr.")
_TITLE_MODIFIERS = frozenset(
    _forms("asst asstt addl dy jt dist distt wg flt sqn maj brig nb actg offg")
)
# "please" written short, and a bank message's nouns: words that open a sentence with their full
# stop ("… by the S.H.O. Pls. collect it …", "… at our Koramangala Br. Pymt. of your bill …"),
# where another short form after one goes on ("Chq. No. 318702")
_STARTER_SHORT_FORMS = frozenset(_forms("pls plz pymt trf stmt"))
# words that open sentences but also begin a name ("the Govt. Welcome Centre", "Dept. Happy
# Holidays counter", "Govt. Rate List", "the Govt. Mix Centre"): after a short form they open a
# sentence only before a word in lower case ("… Dept. Happy to help", "… Br. Welcome back");
# after an emoji, always
_NAME_STARTERS = frozenset(
    _forms(
        "rate enjoy stay happy wishing welcome stir mix add give apply drink eat wash shake "
        # an instruction's verbs ("Gates open at dusk 🌆 Carry the pass on your phone.")
        "carry show wear remember reach collect avoid follow fill submit upload download save "
        "write ask wait try go come feel find read sign tap scan dial book stop start verify "
        "confirm update renew recharge drop see join pick look watch grab claim avail explore "
        "celebrate relax hurry"
    )
)
_SENTENCE_STARTERS = frozenset(
    [
        "a",
        "all",
        "also",
        "am",
        "are",
        "can",
        "could",
        "did",
        "do",
        "does",
        "for",
        "have",
        "here",
        "how",
        "i",
        "if",
        "in",
        "is",
        "it",
        "kindly",
        "let",
        "may",
        "my",
        "next",
        "no",
        "now",
        "okay",
        "our",
        "please",
        "shall",
        "should",
        "so",
        "sure",
        "thank",
        "thanks",
        "that",
        "the",
        "then",
        "there",
        "this",
        "to",
        "we",
        "what",
        "when",
        "where",
        "which",
        "who",
        "why",
        "will",
        "would",
        "yes",
        "you",
        "your",
        # pronouns and words bot sentences open with ("… Thomas Mathew Jr. His father …")
        *_forms(
            "he she they his her their its one another each every after before once twice thrice since "
            "as however "
            "note sorry just only today tomorrow unfortunately hello dear both either not any "
            "some these those meanwhile otherwise finally an be call pay visit check contact "
            "send keep make take use bring click open reply press select enter share tell "
            "was were has had expect get anything most many several want need never always "
            "anyone anybody everyone everybody everything someone somebody something nobody"
        ),
        *_NAME_STARTERS,
        # a title opens a sentence about someone ("… Dept. Mr. Deshpande will call you")
        *_TITLES,
        *_STARTER_SHORT_FORMS,
    ]
)
# of those, a bank message's nouns: they open a sentence only after a short form that ends one
# (a branch, a department), not after another noun ("Trf. Stmt.")
_BANK_STARTERS = frozenset(_forms("pymt trf stmt"))
# a verb's object after a capitalised word ("… is encl. File it …"): no name or title takes one
_OBJECT_PRONOUNS = frozenset(_forms("it them us me him"))
# a copula after a capitalised word after a dotted acronym that ends a sentence ("… pay by U.P.I.
# Cash is welcome too"): the word is the next sentence's subject when a preposition has the acronym
# for its object; after any other word it may be a name ("Your nearest S.B.I. Branch is open", "the
# U.P. Police are …", "My father's L.I.C. Policy is due")
_COPULAS = frozenset(_forms("is are was were"))
_PREPOSITIONS = frozenset(_forms("by via through using with from to in on at into"))
# a payment's or a message's channel: after "by", "via", "through" or "using" it is the means,
# and a capitalised word after it opens the next sentence ("… by U.P.I. Imran carries …", "…
# through N.E.F.T. Funds usually reach …"), where after another word it may begin a name ("Your
# S.B.I. Branch is open"); an all-capital word goes on ("by U.P.I. PIN")
_CHANNEL_ACRONYMS = frozenset(_forms("U.P.I S.M.S N.E.F.T R.T.G.S I.M.P.S N.A.C.H E.C.S"))
_MEANS_PREPOSITIONS = frozenset(_forms("by via through using"))
# a channel's own products and features go on after it ("Payments via U.P.I. Lite wallet are
# capped …", "by U.P.I. AutoPay mandates"; a session-38 review's case the channel rule first cut)
_CHANNEL_PRODUCTS = frozenset(_forms("lite autopay mandate mandates circle plus handle alerts"))
# after an emoji, a capitalised word opens a sentence when one of these follows it ("… hired
# there 🐎 Meals are cooked …", "… confirmed 🎟️ Gates open at six"): a subject and its verb;
# another lower-case word may be a name's ("Call 📞 Customer care on …", "under 📦 Orders and …"),
# so it opens one only after a sentence with one of these of its own ("… is all set 🎂 Meena from
# …") and a last word whose object is not what follows (``_BEFORE_AN_EMOJI_OBJECT``); so does a
# name of two or three capitalised words with a lower-case word after it ("… ho gaya hai 🍗 Salim
# Bhai ki kitchen …"), which with no verb before is that sentence's own ("Your driver today 🚕
# Ravi Kumar will call …"), a name with a number ("… confirmed 🎬 Screen No. 4 of the mall …")
# and an amount ("… is picked up ✅ ₹1,250 will reach …")
_VERBS_AFTER_A_SUBJECT = frozenset(
    _forms(
        "is are was were will can could may might must should shall would has have had do does "
        "did open opens opened close closes closed start starts started begin begins end ends "
        "run runs get gets need needs come comes go goes leave leaves arrive arrives"
    )
)
# before an emoji, words whose object comes after it ("Call 📞 Ravi today", "listed under 📦 Orders
# and …"): the capitalised word after the emoji is not a new sentence's subject
_BEFORE_AN_EMOJI_OBJECT = frozenset(
    _forms(
        "call ask contact meet tell message email text ping dial visit thank wish greet welcome "
        "inform see join follow open tap click press select choose use try download install book "
        "order pay send show give help bring invite add search find check under over into inside "
        "about below above beside through using like as"
    )
)
# a verb of a sentence's own in a contraction ("It's a window table …", "we've", "you're"), a
# Hinglish copula ("Aapka khaana nikal chuka hai 🛵 …") or a Hinglish verb's future ("… 10% off
# milega 💇 …", "hoga", "karengi", "denge": a common stem and -ega/-egi/-enge/-engi), for
# ``_has_a_finite_verb``
_FINITE_CONTRACTION = re.compile(
    r"^(?:(?:it|that|there|here|what|who|he|she)['’]s|[a-z]+['’](?:re|ve|ll|m|d)|hai|hain|tha|thi"
    r"|(?:ho|de|le)(?:ga|gi|nge|ngi)|(?:mil|ja|jay|aa|aay|kar|rah|reh|pahunch|bhej|lag|chal|sak"
    r"|nikal|bata|bol|dikh|ban|bik|khul)(?:ega|egi|enge|engi))$"
)
# words an emoji after which is inside a clause ("… meet us at 📍 Phoenix Mall"), not its end
_CLAUSE_WORDS = frozenset(
    _forms("at to in on the a an of for via by with and or our your from near")
)
# a noun's short form that "I" after goes on from ("The Txn. I made …")
_NOUN_SHORT_FORMS = frozenset(_forms("txn trf pymt stmt"))
# after "Co." a company's legal form continues its name ("Insurance Co. Ltd.")
_COMPANY_FORMS = frozenset(["ltd", "ltd.", "pvt", "pvt.", "inc", "inc.", "llp", "plc", "limited"])
# what may follow a "lookahead" abbreviation inside its sentence: a lower-case word, a
# number or an amount ("Rs. 500", "max. ₹150", "Dec. 5")
_CURRENCY = "₹$€£¥"
_CONTINUES_AFTER = _CURRENCY + "."
# a dash between two numbers or amounts is a range, not a clause boundary ("5 – 7 days")
_RANGE_DASHES = "—–"
# no early clause end before a number: the words before it say how it is read
_BEFORE_A_NUMBER = ",:"


class SentenceSplitter:
    """Incremental sentence splitter; see the module docstring.

    ``feed(delta)`` returns the chunks completed by ``delta``; ``flush()`` returns the rest
    at the end of a reply (and starts the next reply); ``reset()`` drops pending text
    (interruption) and starts the next reply.
    """

    def __init__(
        self, *, first_chunk_min_chars: int | None = None, max_chunk_chars: int | None = None
    ) -> None:
        if first_chunk_min_chars is not None and first_chunk_min_chars < 1:
            raise ValueError("first_chunk_min_chars must be >= 1 (or None)")
        if max_chunk_chars is not None and max_chunk_chars < 2:
            raise ValueError("max_chunk_chars must be >= 2 (or None)")
        self.first_chunk_min_chars = first_chunk_min_chars
        self.max_chunk_chars = max_chunk_chars
        self._buf = ""
        self._scan = 0  # everything before this index is known not to end a chunk
        self._first = True  # the next chunk is the reply's first

    @property
    def pending(self) -> str:
        """Text received but not yet returned."""
        return self._buf

    def feed(self, delta: str) -> list[str]:
        """Add a delta; return the chunks it completed (possibly none)."""
        if not delta:
            return []
        self._buf += delta
        return self._drain(final=False)

    def flush(self) -> list[str]:
        """The end of the reply: return every remaining chunk (the last may be whitespace)."""
        out = self._drain(final=True)
        if self._buf:
            out.append(self._buf)
        self._buf, self._scan, self._first = "", 0, True
        return out

    def reset(self) -> str:
        """Drop the pending text (returned) and start a new reply."""
        dropped, self._buf, self._scan, self._first = self._buf, "", 0, True
        return dropped

    # -- internals --------------------------------------------------------------------

    def _drain(self, *, final: bool) -> list[str]:
        out: list[str] = []
        while True:
            end = self._next_end(final)
            if end is None:
                return out
            out.append(self._buf[:end])
            self._buf = self._buf[end:]
            self._scan = 0
            self._first = False

    def _next_end(self, final: bool) -> int | None:
        """End index of the next chunk, or None (the scan position is kept for later)."""
        buf, n = self._buf, len(self._buf)
        i = self._scan
        early = self.first_chunk_min_chars if self._first else None
        while i < n:
            c = buf[i]
            resume = i  # a run of terminators is judged from its first character
            if self.max_chunk_chars is not None and i >= self.max_chunk_chars:
                cut = _run_on_cut(buf, i)
                if cut > 0 and buf[:cut].strip():
                    return cut + 1
            end: int | None = None
            wait = False
            if c == "\n":
                end = i + 1
            elif c in _IMMEDIATE:
                j = self._skip(buf, i + 1, _IMMEDIATE + _CLOSERS)
                if j == n and not final:
                    wait = True
                else:
                    end = j + (1 if j < n and buf[j].isspace() else 0)
            elif c in _TERMINATORS:
                j = self._skip(buf, i + 1, _TERMINATORS + _CLOSERS)
                if j == n:
                    if final:
                        end = j
                    else:
                        wait = True
                elif (
                    c == ";" and j == i + 1 and (item := self._bullet_item_end(buf, i, final)) != -1
                ):
                    # "…: ◆ the deed; ◆ the plan; and ◆ the note.": the "and" goes with its item
                    wait, end = item is None, item
                elif (
                    c == ";"
                    and j == i + 1
                    and (item := self._lettered_item_end(buf, i, final)) != -1
                ):
                    # "…: (i) answer …; (ii) visit …; or (iii) call …": an item ends after the
                    # "and"/"or" before the list's next marker, as at a comma
                    wait, end = item is None, item
                elif buf[j].isspace():
                    run = buf[i:j]
                    if run.rstrip(_CLOSERS) == ".":
                        verdict = self._period_verdict(buf, i)
                    elif run[-1] in _CLOSERS and run[0] in "?!":
                        verdict = "lower"  # '… asks, "Can you share the OTP?" please hang up'
                    elif run.rstrip(_CLOSERS) in ("…", "...") and len(buf[:i].split()) > 1:
                        # "… near the flyover… it should reach you …": a trailing-off that the
                        # sentence goes on from; but "Wait... really?": a word said on its own
                        verdict = "lower"
                    else:
                        verdict = "end"
                    if verdict == "lookahead":
                        k = j
                        while k < n and buf[k].isspace():
                            k += 1
                        if k == n:
                            if final:
                                end = j + 1
                            else:
                                wait = True
                        elif not final and _token_end(buf, k) == n:
                            wait = True  # "Co. L" may be "Co. Ltd.", "No. XX" a masked id
                        elif (caseless := self._caseless_word(buf, k, final)) == "wait":
                            wait = True
                        elif (
                            self._counts_goods(buf, i)
                            and (goods := _goods_name_at(buf, k, final)) != "no"
                        ):  # "… holds 500 gm. Kaju Katli and …", "… 4 pkts. Bambino vermicelli."
                            wait = goods == "wait"
                        elif not (
                            buf[k].islower()
                            or (buf[k].isdigit() and self._number_goes_on(buf, i, k))
                            or buf[k] in _CONTINUES_AFTER + _RANGE_DASHES + "-"
                            or caseless == "same"
                            or self._company_form_after(buf, i, k)
                            or _MASKED_ID.match(buf, k) is not None
                            or (_listed_short_form_at(buf, k) and not self._after_number(buf, i))
                            or self._day_after_time(buf, i, k)
                            or self._zone_after_time(buf, i, k)
                            or self._names_what_follows(buf, i, k)
                            or (self._short_form(buf, i) == "no" and _ID_AT.match(buf, k))
                        ):  # a capital ends it, and a word of a script without case after an
                            # English sentence; a dash, a masked id ("A/c No. XXXX6093"), an id
                            # ("Ref. No. HL/2291"), a day after a time ("1 p.m. Monday to …"), a
                            # time zone ("6 p.m. IST on …") and a second short form ("Min. Bal.",
                            # "Max. Amt.") do not
                            end = j + 1
                    elif verdict in ("starter", "acronym"):
                        k = self._skip(buf, j, " \t\n")
                        opened = self._skip(buf, k, _OPENERS)  # "Gandhi Mkt. (It's behind …"
                        word = _WORD.match(buf, opened)
                        year = _YEAR_AT.match(buf, k)
                        if k < n and not final and _token_end(buf, k) == n:
                            wait = True  # "F.Y. 20" may be a year
                        elif (
                            verdict == "acronym"
                            and k < n
                            and buf[k].isdigit()
                            and year is None
                            and _CASE_NUMBER.match(buf, k) is None
                            and (counted := _count_at(buf, k, final)) != "no"
                        ):  # "… a fresh K.Y.C. 2 documents are …" ("F.Y. 2025", "W.P. 4417",
                            # "O.P.D. 9 to O.P.D. 4.", "M.I.D.C. 3rd Phase" not)
                            wait, end = counted == "wait", (j + 1 if counted == "yes" else None)
                        elif (
                            verdict == "acronym"
                            and word is not None
                            and word.start() == k
                            and word.group() in _COUNT_WORDS
                            and (spelled := _lower_word_after(buf, word, final)) != "no"
                        ):  # "… by E.M.I. Nine equal debits …", as a count in digits does
                            wait, end = spelled == "wait", (j + 1 if spelled == "yes" else None)
                        elif (
                            k < n
                            and (buf[k].isdigit() or buf[k] in "\"“'‘")
                            and self._short_form(buf, i) in _INSTITUTION_FORMS
                        ):
                            end = j + 1  # "… Skyway Travels Intl. 18% GST …"
                        elif k < n and (caseless := self._caseless_word(buf, k, final)):
                            wait = caseless == "wait"  # "… Revenue Dept. उसके बाद …" ends
                            end = j + 1 if caseless == "new" else None
                        elif (
                            k < n
                            and buf[k].isdigit()
                            and (count := self._count_after_unit(buf, i, k, final))
                        ):  # "… around 4 mths. 85 old trees …": a quantity, then a count
                            wait, end = count == "wait", (j + 1 if count == "end" else None)
                        elif (
                            verdict == "starter"
                            and word is not None
                            and word.start() == k
                            and (named := self._name_after_a_time(buf, i, word, final)) is not None
                        ):  # "… lasts 8 wks. Coach Sunil Thapa runs …": the next sentence's subject
                            wait, end = named == "wait", (j + 1 if named == "end" else None)
                        elif word is None and opened < n:
                            pass  # a number, an amount or a name's punctuation: it goes on
                        elif word is None or word.end() == n:
                            if final:
                                end = j + 1 if word is None else self._starter_end(buf, j, word)
                            else:
                                wait = True
                        elif not final and _next_word_pending(buf, word):
                            wait = True  # "Govt. Welcome C…": a name, or "Welcome to …"?
                        else:
                            end = self._starter_end(buf, j, word)
                    elif verdict == "indic":  # "प्रा. लि. क्या यह …": a new sentence only
                        k = self._skip(buf, j, " \t\n")  # before a word that opens one
                        word = _CASELESS_WORD.match(buf, k)
                        if not final and (k == n or (word is not None and word.end() == n)):
                            wait = True
                        elif word is not None and word.group() in _INDIC_STARTERS:
                            end = j + 1
                    elif verdict == "lower":  # a word nobody listed: a sentence goes on
                        k = self._skip(buf, j, " \t\n")  # before a lower-case word
                        m = self._skip(buf, k, "([")
                        if m > k:
                            # "… your shared A/c. (with your wife) stays …": a lower-case
                            # bracketed phrase goes on, as a lower-case word does; a capital or a
                            # list's marker ("(b) Keep …") after it ends the sentence
                            inner = _WORD.match(buf, m)
                            if not final and (m == n or (inner and inner.end() == n)):
                                wait = True  # "… A/c. (w": a bracketed word, or "(b) …"?
                            elif not (
                                inner is not None
                                and inner.group()[0].islower()
                                and buf[inner.end() : inner.end() + 1] not in (")", "]")
                            ):
                                end = j + 1
                        elif not final and (k == n or _LETTER_MARKER_START.fullmatch(buf, k)):
                            wait = True  # "… unit. b" may be "b) Keep …"
                        elif (
                            _DEGREE.fullmatch(buf, buf.rfind(" ", 0, i) + 1, i)
                            and (pair := _capitalised_pair_at(buf, k, final)) != "no"
                        ):
                            wait = pair == "wait"  # "Rohan's B.Tech. Computer Science batch …"
                        elif (
                            k < n
                            and buf[_token_start(buf, i)].isupper()
                            and (named := _opens_nothing_at(buf, k, final)) != "no"
                        ):  # "… Term. Stn. at nine", "… Pat. No. 30412", "the Vit. D drops"
                            wait = named == "wait"
                        elif k == n or not buf[k].islower() or _letter_list_marker(buf, k):
                            end = j + 1  # "… the unit. b) Keep …": a list's next item
                    elif verdict == "capital":  # a predicate's last word: a capital opens one
                        k = self._skip(buf, j, " \t\n")
                        if k == n or (not final and _token_end(buf, k) == n):
                            wait, end = not final, (j + 1 if final else None)
                        elif buf[k].isupper() and not _goes_on_after_a_predicate(buf, k):
                            end = j + 1
                    elif verdict == "end":
                        end = j + 1
                i = j - 1
            elif _is_emoji(c) and (emoji_end := self._emoji_ends(buf, i, final)) != -1:
                # "I'm sorry 😟 I've raised …": an emoji closing a sentence that has no mark
                wait, end = emoji_end is None, emoji_end
            elif c == ":" and (lead_in := self._list_lead_in(buf, i, final)) != -1:
                # "To claim the cashback: 1. Scan …": the lead-in of a one-line numbered list is
                # a chunk, as it would be above a list written line by line
                wait, end = lead_in is None, lead_in
            elif c == "," and (item := self._bullet_item_end(buf, i, final)) != -1:
                # "…, please bring: » the receipt, » a cheque, and » a photo ID.": each item
                # of a one-line bulleted list led in by a colon is a chunk, as a lettered one's
                wait, end = item is None, item
            elif c == " " and (item := self._unmarked_bullet_item_end(buf, i, final)) != -1:
                # "…: ⁃ a full breakfast ⁃ a good night's sleep ⁃ …": an item with no mark of
                # its own ends where the list's next bullet begins
                wait, end = item is None, item
            elif c == "," and (item := self._lettered_item_end(buf, i, final)) != -1:
                # "… a few papers: a) proof of his age, b) your own …": each item of a lettered
                # list led in by a colon is a chunk, its comma or not
                wait, end = item is None, item
            elif (
                c == " "
                and buf[i + 1 : i + 2] in ("a", "o", "")  # "and", "or" (every space comes here)
                and buf[i - 1 : i] not in (",", ";")
                and (item := self._lettered_item_end(buf, i - 1, final, joined=True)) != -1
            ):
                # "…: (i) the ticket, (ii) the passbook and (iii) the form.": the item before
                # the last ends after its "and"/"or" with no comma too
                wait, end = item is None, item
            elif early is not None and i + 1 >= early and c in _CLAUSE + _CLAUSE_IMMEDIATE:
                j = i + 1
                if c in _CLAUSE_IMMEDIATE:
                    end = j + (1 if j < n and buf[j].isspace() else 0) if (j < n or final) else None
                    wait = j == n and not final
                elif j == n:
                    wait = not final
                elif buf[j].isspace():
                    end = j + 1
                    if c in _RANGE_DASHES and _NUMBER_BEFORE.search(buf, 0, i):
                        k = self._skip(buf, j, " \t")
                        if k == n:  # what follows decides: wait for it
                            wait, end = not final, None
                        elif buf[k].isdigit() or buf[k] in _CONTINUES_AFTER:
                            end = None  # "5 – 7 days", "₹50,000 – ₹5,00,000": a range
                    elif c in _BEFORE_A_NUMBER:
                        k = self._skip(buf, j, " \t")
                        if k == n:  # what follows decides: wait for it
                            wait, end = not final, None
                        elif buf[k].isdigit():
                            end = None  # "खाता नंबर: 90012345": the words say how to read it
            if end is not None and (c in _TERMINATORS or c in _IMMEDIATE):
                if not any(ch.isalnum() for ch in buf[:i]):
                    end = None  # "॥ श्री गणेशाय नमः ॥ …": a mark that opens the text ends nothing
                else:
                    tail = _emoji_tail(buf, end, final)  # "Congratulations! 🎉 Your loan …"
                    wait, end = (True, None) if tail is None else (wait, tail)
            if wait:
                self._scan = resume
                return None
            if end is not None and buf[:end].strip():
                return end
            i += 1
        self._scan = n
        return None

    @staticmethod
    def _lettered_item_end(buf: str, i: int, final: bool, joined: bool = False) -> int | None:
        """After the comma (or semicolon) at ``i``: where a lettered (or roman-numbered) list's item ends (its
        comma, a space and an "and"/"or" with it) when the list's next marker follows ("b) …",
        "(b) …") and the list's first came right after a colon ("…: a) proof of his age, b) …",
        "…: (a) a letter …, (b) her photo identity, and (c) …"); None while that is not known
        yet, else -1. ``joined``: ``i`` is the word before a space, and only an "and"/"or"
        joins the item to the next marker ("… (ii) the passbook and (iii) …")."""
        n = len(buf)
        if joined and not (
            _LIST_ITEM_START.match(buf)
            or (buf.find(":", 0, i) != -1 and _COLON_LETTERED_LIST.search(buf, 0, i))
        ):
            return -1  # no list: a plain "and"
        if i + 1 == n:
            return -1 if final else None
        if buf[i + 1] != " ":
            return -1
        past = _past_joiner(buf, i + 2, final)
        if past is None:
            return None
        k, had_joiner = past
        if joined and not had_joiner:
            return -1
        m = k + 1 if k < n and buf[k] in "([" else k
        if m == n or (not final and _LETTER_MARKER_START.fullmatch(buf, m)):
            return -1 if final else None  # ", b" may be ", b) …"
        marker = _LETTER_MARKER.match(buf, m)
        if marker is None or marker.group(1) in ("a", "i") or not _letter_list_marker(buf, m):
            return -1
        # an item opens the chunk (the lead-in, or the item before, was one) or the list's first
        # follows a colon in it
        led_in = _LIST_ITEM_START.match(buf) or _COLON_LETTERED_LIST.search(buf, 0, k)
        return k if led_in else -1

    @staticmethod
    def _bullet_item_end(buf: str, i: int, final: bool) -> int | None:
        """After the comma (or semicolon) at ``i``: where a one-line bulleted list's item ends (its
        mark, a space and an "and"/"or" with it) when the list's next bullet follows and the list was
        led in by a colon ("…: • the slip, • …"), or the chunk is an item; None while that is
        not known yet, else -1."""
        n = len(buf)
        if not (buf[:1] in _BULLETS or _COLON_BULLET_LIST.search(buf, 0, i)):
            return -1
        k = i + 1
        if k == n:
            return None if not final else -1
        if buf[k] != " ":
            return -1
        past = _past_joiner(buf, k + 1, final)
        if past is None:
            return None
        k = past[0]
        if k == n:
            return None if not final else -1
        return k if buf[k] in _BULLETS else -1

    @staticmethod
    def _unmarked_bullet_item_end(buf: str, i: int, final: bool) -> int | None:
        """At the space ``i``: the end of a one-line bulleted list's item that has no mark of its
        own (after the space) when the list's own bullet and a space follow and the chunk is
        the list's item (it opens with that bullet); None while that is not known yet, else -1."""
        bullet, n = buf[:1], len(buf)
        if i < 2 or not bullet or bullet not in _BULLETS or buf[1:2] != " " or buf[i - 1] in ",;:":
            return -1  # (a marked item is _bullet_item_end's)
        if i + 1 == n or (i + 2 == n and buf[i + 1] == bullet):
            return None if not final else -1
        return i + 1 if buf[i + 1] == bullet and buf[i + 2] == " " else -1

    @staticmethod
    def _list_lead_in(buf: str, i: int, final: bool) -> int | None:
        """After the colon at ``i``: the end of a one-line list's lead-in (the colon and one
        whitespace character) when "1. " (or "a) ", "(i) ", a bullet "• ") follows, None while
        that is not known yet, else -1."""
        n = len(buf)
        if i + 1 == n:
            return -1 if final else None
        if not buf[i + 1].isspace():
            return -1  # "10:30", "https://"
        k = i + 1
        while k < n and buf[k] in " \t":
            k += 1
        marker = buf[k : k + 4]
        # "1. ", "1) ", "(1) " in any script's digits ("१. ", "১. "), or "a) ", "(a) ", "अ) ", "(i) "
        shape = "".join(
            "1" if unicodedata.digit(ch, -1) == 1 else "a" if ch in _FIRST_LIST_LETTERS else ch
            for ch in marker
        )
        if len(marker) < 4 and any(m.startswith(shape) for m in _FIRST_MARKERS) and not final:
            return None
        keycap = _KEYCAP_ONE.match(buf, k)  # "… policy: 1️⃣ Upload …": a keycap list's first
        if keycap is not None:
            if keycap.end() == n:
                return -1 if final else None
            return i + 2 if buf[keycap.end()].isspace() else -1
        if shape.startswith(("(", "[")):  # "(a) ", "[a] "
            first = ("(1)", "(a)", "(i)", "[1]", "[a]", "[i]")
            return i + 2 if shape[:3] in first and shape[3:].isspace() else -1
        if shape[:1] in _BULLETS and shape[:1]:
            return i + 2 if shape[1:2].isspace() else -1  # "…: • the slip; • …"
        return i + 2 if shape[:2] in ("1.", "1)", "a)", "i)") and shape[2:3].isspace() else -1

    @staticmethod
    def _emoji_ends(buf: str, i: int, final: bool) -> int | None:
        """After the emoji at ``i`` (one that follows a word, not a sentence mark): the end of
        a sentence with no mark of its own when a capitalised word that starts sentences comes
        next ("I'm sorry 😟 I've raised …"), None while that is not known yet, else -1."""
        if i == 0 or _is_emoji(buf[i - 1]) or buf[i - 1] in ".!?…":
            return -1
        if buf[i - 1] in "0123456789#*" and "\u20e3" in buf[i : i + 2]:
            return -1  # a keycap ("1️⃣ Open the app"): a list's number, not a word's emoji
        if not any(ch.isalnum() for ch in buf[:i]):
            return -1
        n = len(buf)
        k = i
        while k < n and _is_emoji(buf[k]):
            k += 1
        if k == n:
            return -1 if final else None
        if not buf[k].isspace():
            return -1
        m = k
        while m < n and buf[m] in " \t":
            m += 1
        word = _STARTER_WORD.match(buf, m)
        if word is None and m < n and buf[m] in _CURRENCY:
            # "… is picked up ✅ ₹1,250 will reach …": an amount opens a sentence after one with a
            # verb of its own, unless the word before the emoji takes it ("… is 💰 ₹500 only")
            last = buf[:i].split()[-1].strip(",;:").lower()
            starts = (
                last not in _CLAUSE_WORDS
                and last not in _BEFORE_AN_EMOJI_OBJECT
                and last not in _VERBS_AFTER_A_SUBJECT
                and SentenceSplitter._has_a_finite_verb(buf, i)
            )
            return k + 1 if starts else -1
        if word is None:
            return -1 if m < n or final else None
        if word.end() == n and not final:
            return None
        w = word.group()
        starts = w[0].isupper() and w.split("'")[0].split("’")[0].lower() in _SENTENCE_STARTERS
        if not final and buf[word.end() :] in ("'", "’"):
            return None  # "Rahul’…": the word goes on
        if not starts and w[0].isupper() and not w.isupper():
            # "… hired there 🐎 Meals are cooked …": a capitalised word with a verb after it
            # opens a sentence, unless the emoji sits inside a clause ("… at 📍 Phoenix Mall")
            before = buf[:i].split()[-1:]
            if before and before[0].strip(",;:").lower() not in _CLAUSE_WORDS:
                after = SentenceSplitter._skip(buf, word.end(), " \t")
                following = _WORD.match(buf, after)
                if not final and (after == n or (following is not None and following.end() == n)):
                    return None
                names = 1  # "… ho gaya hai 🍗 Salim Bhai ki kitchen …": a name of up to three words
                while (
                    names < 3
                    and following is not None
                    and following.start() == after
                    and following.group()[0].isupper()
                    and not following.group().isupper()
                    and buf[following.end() : following.end() + 1] == " "
                ):
                    names += 1
                    after = following.end() + 1
                    following = _WORD.match(buf, after)
                    if not final and (
                        after == n or (following is not None and following.end() == n)
                    ):
                        return None
                numbered = _NAME_NUMBER.match(buf, after)  # "… booked 🎬 Screen No. 4 of …"
                if numbered is None and not final and _NAME_NUMBER_START.fullmatch(buf, after):
                    return None
                if numbered is not None:
                    after = SentenceSplitter._skip(buf, numbered.end(), " \t")
                    following = _WORD.match(buf, after)
                    if not final and (
                        after == n or (following is not None and following.end() == n)
                    ):
                        return None
                starts = following is not None and (
                    (following.group() in _VERBS_AFTER_A_SUBJECT and names == 1)
                    or (
                        not following.group()[0].isupper()
                        and w.lower() not in _DAY_AND_MONTH_NAMES  # "… fixed 📅 Monday at 10"
                        and before[0].strip(",;:").lower() not in _BEFORE_AN_EMOJI_OBJECT
                        and SentenceSplitter._has_a_finite_verb(buf, i)
                    )
                )
        return k + 1 if starts else -1

    @staticmethod
    def _has_a_finite_verb(buf: str, i: int) -> bool:
        """Whether the sentence that runs up to ``buf[i]`` has a verb of its own ("… party is
        all set 🎂"), so the emoji closes it rather than sits before its object."""
        start = max(buf.rfind(mark, 0, i) for mark in (". ", "! ", "? ", "\n"))
        return any(
            word in _VERBS_AFTER_A_SUBJECT or _FINITE_CONTRACTION.search(word) is not None
            for word in buf[start + 1 : i].lower().split()
        )

    @staticmethod
    def _starter_end(buf: str, j: int, word: re.Match[str]) -> int | None:
        """The end after a ``_ENDS_BEFORE_A_STARTER`` short form at ``buf[j]`` (whitespace):
        there if the next ``word`` is capitalised and starts sentences, else none. A title or
        a rank with its full stop opens a sentence ("… police stn. Supdt. Rao will sign …"),
        unless the short form before makes one title with it ("Asst. Prof.", "Wg. Cdr.")."""
        w, after = word.group(), buf[word.end() : word.end() + 1]
        lower = w.lower()
        starts = w[0].isupper() and (lower in _SENTENCE_STARTERS or lower in _RANKS)
        if after == "." and not (
            lower in _TITLES or lower in _RANKS or lower in _STARTER_SHORT_FORMS
        ):
            starts = False  # "Chq. No. 318702", "V. I. Rao": a short form, not the word
        token = buf[buf.rfind(" ", 0, j - 1) + 1 : j].strip()  # the short form, as written
        before = token.rstrip(".").lower()
        if starts and after == "." and lower in _BANK_STARTERS:
            # "… Koramangala Br. Pymt. of …" opens one; "… last Trf. Stmt. is …" is one name
            starts = before in _ENDS_BEFORE_A_STARTER
        if starts and lower == "i" and before in _NOUN_SHORT_FORMS:
            starts = False  # "The Txn. I made …": a clause about it
        if starts and lower in _NAME_STARTERS:
            following = _WORD.match(buf, SentenceSplitter._skip(buf, word.end(), " \t"))
            starts = following is None or not following.group()[0].isupper()
        if not starts and w[0].isupper() and after == " ":
            # "… the mutation order is encl. File it along with …": a capitalised word with a
            # pronoun for its object is an order's verb, whether or not it is listed
            following = _WORD.match(buf, word.end() + 1)
            starts = following is not None and following.group() in _OBJECT_PRONOUNS
            if not starts and following is not None and following.group()[0].islower():
                starts = not w.isupper() and (
                    SentenceSplitter._closes_a_quantity(buf, j, before)
                    or (
                        before in ("jr", "sr")
                        and lower not in _SENIOR_TITLES
                        and _NAME_BEFORE.search(buf, 0, j - len(token)) is not None
                    )
                    or (
                        # "… signed by Shri Mohan R.K. Copies went …": dotted initials after a
                        # titled name end it ("Shri Anil K. Sharma", one initial, may go on)
                        _DOTTED_ACRONYM.fullmatch(token.rstrip(".")) is not None
                        and _TITLED_NAME_BEFORE.search(buf, 0, j - len(token)) is not None
                    )
                )
            if (
                not starts
                and following is not None
                and following.group() in _COPULAS
                and _DOTTED_ACRONYM.fullmatch(token.rstrip("."))
            ):
                previous = buf[: j - len(token)].split()[-1:]
                starts = bool(previous) and previous[0].lower() in _PREPOSITIONS
        if (
            not starts
            and w[0].isupper()
            and not w.isupper()
            and token.rstrip(".") in _CHANNEL_ACRONYMS
            and buf[: j - len(token)].rstrip().rpartition(" ")[2].lower() in _MEANS_PREPOSITIONS
            and lower not in _CHANNEL_PRODUCTS
        ):
            # "… pay by U.P.I. Imran carries a QR card …", "… sent by S.M.S. Agent Rao can …": a
            # channel after "by"/"via" ends how it is done; "by U.P.I. PIN", "S.M.S. OTP" go on
            starts = True
        if not starts and w[0].isupper() and not w.isupper() and after in (",", "-"):
            # "… 1,240 sq. ft. East-facing flats …", "… per sq. ft. Parking, club …": the same
            following = _WORD.match(buf, SentenceSplitter._skip(buf, word.end() + 1, " \t"))
            if following is not None and following.group()[0].islower():
                starts = SentenceSplitter._closes_a_quantity(buf, j, before)
        if starts and after == ".":
            starts = before not in _TITLE_MODIFIERS
        if starts and before in _RANKS and (lower in _TITLES or lower in _RANKS):
            starts = False  # "Lt. Col. (Dr.) Nandita Bose", "Capt. Dr. Rao": one title
        return j + 1 if starts else None

    @classmethod
    def _count_after_unit(cls, buf: str, i: int, k: int, final: bool) -> str | None:
        """After a unit's short form closing a quantity ("4 mths.", "2 mtrs.") at ``i``, the
        number at ``k``: "end" when a plain word follows it (a count opening the next sentence:
        "… 4 mths. 85 old trees …"), None when a unit does ("5 ft. 8 in.", "2 mths. 15 days")
        or the number carries one ("30cm", "5%"), "wait" while that word is still coming."""
        if not (cls._after_number(buf, i) and cls._short_form(buf, i) in _UNIT_WORDS):
            return None  # "Dial 1800 200 Ext. 417 for claims." goes on
        number = _TOKEN.match(buf, k)
        assert number is not None
        if not number.group().rstrip(",").isdigit():
            return None  # "12.5", "30cm", "5%", "1,200": a measure or an amount
        after = _TOKEN.match(buf, cls._skip(buf, number.end(), " \t"))
        if after is None or (not final and after.end() == len(buf)):
            return "wait" if not final else None
        unit = after.group().rstrip(".,;:").lower()
        if after.group().endswith(".") or unit in _UNIT_WORDS or not unit.isalpha():
            return None
        return "end"

    @classmethod
    def _number_goes_on(cls, buf: str, i: int, k: int) -> bool:
        """Whether the number at ``k`` continues the sentence after the short form ending at
        ``i``: "Rs. 500", "No. 5", "Dec. 5", "Sept. 2031" do; not after a company's legal form
        ("Pvt. Ltd. 2 free visits …") nor after a whole date ("by 29 Sept. 120 seats …")."""
        if cls._company_form_before(buf, i):
            return False
        start = buf.rfind(" ", 0, i) + 1
        whole_date = cls._short_form(buf, i) in _MONTHS and _DAY_BEFORE.search(buf, 0, start)
        return not whole_date or _YEAR_AT.match(buf, k) is not None

    @classmethod
    def _day_after_time(cls, buf: str, i: int, k: int) -> bool:
        """Whether a day's or a month's name at ``k`` follows the "a.m."/"p.m." ending at ``i``:
        it goes on with the time ("open from 9 a.m. to 1 p.m. Monday to Saturday")."""
        word = _WORD.match(buf, k)
        return (
            cls._short_form(buf, i) in ("a.m", "p.m", "am", "pm")
            and word is not None
            and word.group().lower() in _DAY_AND_MONTH_NAMES
        )

    @classmethod
    def _name_after_a_time(cls, buf: str, i: int, word: re.Match[str], final: bool) -> str | None:
        """After a time's short form closing a count ("8 wks.") at ``i``: "end" when a name of two
        or three capitalised words with a lower-case word after it follows, the next sentence's
        subject ("… lasts 8 wks. Coach Sunil Thapa runs …"; one word with a lower-case one after
        it is ``_closes_a_quantity``'s), "wait" while that is not known, else None. A time names
        no goods ("6 mtrs. Banarasi Silk fabric" goes on), and after a determiner it describes
        the name ("Your 6 wks. Yoga Basics course")."""
        token_start = buf.rfind(" ", 0, i) + 1
        if (
            cls._short_form(buf, i) not in _TIME_UNITS
            or _COUNT_BEFORE.search(buf, 0, token_start) is None
            or _DETERMINER_QUANTITY.search(buf, 0, token_start) is not None
        ):
            return None
        w, n = word.group(), len(buf)
        if not w[0].isupper() or w.isupper() or w.lower() in _SENTENCE_STARTERS:
            return None
        names, pos = 1, word.end()
        while True:
            if pos == n:
                return None if final else "wait"
            if buf[pos] != " ":
                return None
            following = _WORD.match(buf, pos + 1)
            if following is None or following.start() != pos + 1:
                return None if pos + 1 < n or final else "wait"
            if following.end() == n and not final:
                return "wait"
            name = following.group()
            if name[0].islower():
                return "end" if names >= 2 else None
            if name.isupper() or names == 3:
                return None
            names, pos = names + 1, following.end()

    @classmethod
    def _zone_after_time(cls, buf: str, i: int, k: int) -> bool:
        """Whether a time zone at ``k`` follows the "a.m."/"p.m." ending at ``i``: it is the
        time's, and goes on with it ("… at 6 p.m. IST on Friday", "9 a.m.–5 p.m. GMT")."""
        word = _WORD.match(buf, k)
        return (
            cls._short_form(buf, i) in ("a.m", "p.m", "am", "pm")
            and word is not None
            and word.group() in _TIME_ZONES
            and not buf[word.end() : word.end() + 1].isalnum()
        )

    @classmethod
    def _counts_goods(cls, buf: str, i: int) -> bool:
        """Whether the short form ending at ``i`` is the unit of a quantity of goods: one sold by
        weight, volume or count ("500 gm.", "2 ltr.") or a count's or a measure's unit written
        short with no vowel ("4 pkts.", "1 tsp.", "a tbsp."), after a number or "a"/"an"."""
        unit = cls._short_form(buf, i)
        start = buf.rfind(" ", 0, i) + 1
        if not (cls._after_number(buf, i) or _A_BEFORE.search(buf, 0, start)):
            return False
        return unit in _GOODS_UNITS or (
            _VOWELLESS.fullmatch(unit) is not None and unit not in _UNIT_WORDS
        )

    @staticmethod
    def _closes_a_quantity(buf: str, j: int, before: str) -> bool:
        """Whether the short form ``before`` (lower-case, its full stop at ``buf[j - 1]``) closes
        a quantity: a time, a length or any unit after a count ("… within 4 wks. Copies of …", "…
        within 2 mtrs. Wall drilling …"), an area ("… 1,180 sq. ft. Corner flats …", "… 86.4 sq.
        m. Tax bills …") or "approx." after one ("… 55 minutes approx. Early morning …", "8 mins.
        approx."): a capitalised word with a lower-case one after it then opens the next sentence
        (a name's second word is capitalised)."""
        token_start = buf.rfind(" ", 0, j - 1) + 1
        if before == "approx":
            return _QUANTITY_BEFORE.search(buf, 0, token_start) is not None
        if before in _UNIT_WORDS and _COUNT_BEFORE.search(buf, 0, token_start) is not None:
            # "… within 2 mtrs. Wall drilling, if needed, …", as "4 wks." does; not after a
            # determiner, where the quantity describes the name after it ("a 2 ft. Shadu clay idol")
            return _DETERMINER_QUANTITY.search(buf, 0, token_start) is None
        return before in _AREA_UNITS and _AREA_BEFORE.search(buf, 0, token_start) is not None

    @staticmethod
    def _names_what_follows(buf: str, i: int, k: int) -> bool:
        """Whether the quantity or time whose short form ends at ``i`` follows a determiner ("the
        6:05 a.m. Shatabdi", "Your 9:40 p.m. IndiGo flight", "a 14.2 kg. Indane cylinder", "Two
        500 ml. Amul Gold pouches"): it describes the name at ``k``, which goes on with it, unless
        that word starts sentences ("… on the 6:05 a.m. The later one is full")."""
        word = _STARTER_WORD.match(buf, k)
        if word is None or word.group().lower() in _SENTENCE_STARTERS:
            return False
        return _DETERMINER_QUANTITY.search(buf, 0, buf.rfind(" ", 0, i) + 1) is not None

    @staticmethod
    def _after_number(buf: str, i: int) -> bool:
        """Whether the short form ending at ``i`` follows a number ("23 Oct.", "5 kg.", "10
        a.m."): it closes a quantity or a date and may end a sentence before another short form
        ("… on 23 Oct. Avl. Bal. is …"), where one before a noun ("The Min. Bal.") does not."""
        start = buf.rfind(" ", 0, i)
        return start > 0 and buf[start - 1].isdigit()

    @staticmethod
    def _caseless_word(buf: str, k: int, final: bool) -> str | None:
        """For a letter at ``k`` of a script without case after a short form: "same" when the
        sentence so far has such letters (a Hindi sentence goes on to its "।": "आपकी कॉल 9:30
        a.m. तय है।") or the word is a particle ("7.6% p.a. है।", "5 p.m. तक"), else "new" (an
        English sentence, then a Hindi one: "… at 8:15 a.m. कृपया …"), "wait" while the word may
        grow; None for any other character."""
        if buf[k].isascii() or not buf[k].isalpha():
            return None
        if _CASELESS_LETTER.search(buf, 0, k):
            return "same"
        word = _CASELESS_WORD.match(buf, k)
        if word is not None and word.end() == len(buf) and not final:
            return "wait"  # "क" may become "को"
        return "same" if word is not None and word.group() in _PARTICLES else "new"

    @staticmethod
    def _short_form(buf: str, i: int) -> str:
        """The word ending at ``i`` (before its full stop), lower-cased."""
        return buf[buf.rfind(" ", 0, i) + 1 : i].lower()

    @classmethod
    def _company_form_before(cls, buf: str, i: int) -> bool:
        """Whether the abbreviation ending at ``i`` is a company's legal form: it ends the
        sentence before a number too ("… Pvt. Ltd. 2 free visits are included")."""
        return cls._short_form(buf, i) in _COMPANY_FORMS

    @staticmethod
    def _company_form_after(buf: str, i: int, k: int) -> bool:
        """Whether the "Co." ending at ``i`` is followed, at ``k``, by a company's legal form."""
        if buf[max(0, i - 2) : i].lower() != "co" or (i > 2 and buf[i - 3].isalnum()):
            return False
        word = _WORD.match(buf, k)
        return word is not None and word.group().lower() in _COMPANY_FORMS

    @staticmethod
    def _skip(buf: str, j: int, chars: str) -> int:
        while j < len(buf) and buf[j] in chars:
            j += 1
        return j

    @staticmethod
    def _period_verdict(buf: str, i: int) -> str:
        """For a single ``.`` at ``i`` followed by whitespace: "end", "continue", "lookahead",
        "starter", "acronym", "indic" (an Indic short form: it ends the sentence only before a
        word that opens one), "capital" (a predicate's last word: it ends the sentence before a
        capital) or, for a word no rule knows, "lower" (it ends the sentence unless a lower-case
        word follows; see :meth:`_next_end`)."""
        start = i
        while start > 0 and not buf[start - 1].isspace() and buf[start - 1] not in "([{\"'“‘":
            start -= 1
        token = buf[start:i]
        if not token:
            return "end"
        word = token.lower()
        if word in ("dr", "cr") and _AMOUNT_BEFORE.search(buf, 0, start):
            return "starter"  # a statement's debit/credit: "₹1,275.00 Dr. on 16 Oct."
        if (word in _LEDGER_WORDS and _MARKED_BEFORE.search(buf, 0, start)) or (
            word in _PARTICIPLES and _COPULA_BEFORE.search(buf, 0, start)
        ):
            # a predicate's last word: "… every deposit is marked Cr. Withdrawals show …", "… on
            # your statement as Bal. Interest is …", "… your deed is now regd. Addl. Registrar
            # …" end before a capital ("your Cr. Card", "Bal. ₹500", "regd. office" go on)
            return "capital"
        if word in _UNIT_NOUNS and token.islower():
            return "lower"  # "… a fighter sqn. Teams from …", "… the ninth div. Records …"
        if word == "nos" and SentenceSplitter._after_number(buf, i):
            return "lookahead"  # a count's unit ("a box of 100 nos. Change …"), not "Nos. 5 and 6"
        if word in _CONTINUE:
            return "continue"
        if word in _LOOKAHEAD:
            return "lookahead"
        if word in _ENDS_BEFORE_A_STARTER and (word not in _CAPITALISED_ONLY or token[0].isupper()):
            return "starter"
        if len(token) == 1 and token.isalpha() and token.isupper():
            if _LETTERED_PLACE_BEFORE.search(buf, max(0, start - 12), start):
                return "lookahead"  # "… hall in Block C. Delivery takes …": a place's letter
            return "starter"  # an initial: "A. K. Sharma", but "… listed as Kavya R. Is that …"
        if _DOTTED_ACRONYM.fullmatch(token):
            # "U.S.", "I.T. Act", "F.Y. 2025"; "… by the R.B.I. We cannot", "… K.Y.C. 2 documents"
            return "acronym"
        if _DOTTED_SHORT_FORM.fullmatch(token):
            return "lookahead"  # "w.e.f. 01.04.2026", "… w.e.f. today. From"
        if "." in token and _CASELESS_LETTER.search(token):
            return "indic"  # a dotted Indic short form: "3 कि.मी. दूर है", "১০ মি.লি. করে"
        if _is_one_syllable(token) and token not in _SENTENCE_FINAL_SYLLABLES:
            return "indic"  # an Indic short form: "मु. पो. सासवड", "प्रा. लि.", "ডা. সেন"
        if _VOWELLESS.fullmatch(token):
            if (
                token.islower()
                and word not in _UNIT_WORDS  # "4 mths. 85 old trees": _count_after_unit's
                and (
                    SentenceSplitter._after_number(buf, i)
                    or _RATE_BEFORE.search(buf, 0, start) is not None
                    or _A_BEFORE.search(buf, 0, start) is not None
                )
            ):
                # a count's unit ("53 bdls.", "86 shts.", "74 bgs.", "half a tsp.") or a rate's
                # ("₹2,425 per qtl."): it closes the quantity and ends a sentence before any
                # capitalised word ("… in 53 bdls. Two men …", "… per qtl. Arrivals touched …",
                # "… needs a tbsp. Chill the …"), as a known unit does; a lower-case word goes on
                # ("86 shts. of iron")
                return "lookahead"
            return "starter"  # "Blk. C", "Chq. No. 318702", "Mgr. Rao"
        if token.isdigit() or _ROMAN_MARKER.fullmatch(token):
            line_start = buf.rfind("\n", 0, start) + 1
            if not buf[line_start:start].strip():
                return "continue"  # a list marker at the start of a line ("2.", "iii.")
            if token.isdigit() and len(token) <= 2 and _is_list_marker(buf, start, int(token)):
                return "continue"  # "options: 1. Pay now 2. Pay later" on one line
        return "lower"


# a number, maybe with a short word after it ("10 AM", "5 lakh", "₹5 लाख"), just before a dash
_NUMBER_BEFORE = re.compile(r"\d(?:\s?[A-Za-z.%\u0900-\u0DFF]{1,8})?\s*$")
_TOKEN = re.compile(r"\S+")
_WORD = re.compile(r"[A-Za-z]+")
_STARTER_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
_YEAR_AT = re.compile(r"(?:19|20)[0-9]{2}(?![0-9])")


_OPENS_A_NAME = _TITLES | _RANKS | _TITLE_MODIFIERS  # "Addl. Registrar", "Dr. Rao", "Maj. Rao"
# an amount's currency word after a ledger's word ("shows as Bal. Rs500", "Cr. INR 2,500")
_CURRENCY_WORD = re.compile(r"(?:Rs|RS|INR)(?:\.|\b|(?=[0-9]))")


def _goes_on_after_a_predicate(buf: str, k: int) -> bool:
    """Whether the capitalised token at ``k`` goes on from a predicate's short form ("is
    marked Cr. …"): an amount ("Rs500", "INR 2,500"), another short form with it ("Cr. Bal.",
    "Cr. Int.", "Bal. B/F", "regd. U/s 12A"), but not a title or a rank, which opens a sentence
    ("… is now regd. Addl. Registrar Meena Joshi signed …")."""
    if _CURRENCY_WORD.match(buf, k):
        return True
    token = buf[k : _token_end(buf, k)].rstrip(",;:!?")
    if "/" in token:
        return True
    word = token.rstrip(".").lower()
    return token.endswith(".") and word not in _OPENS_A_NAME


# a count spelled out and capitalised: after a dotted acronym it opens a sentence before a
# lower-case word, as a count in digits does ("… by E.M.I. Nine equal debits follow")
_COUNT_WORDS = frozenset(
    _forms(
        "Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Fifteen Twenty Thirty Forty "
        "Fifty Hundred"
    )
)


# goods sold by weight, volume or count: after one's quantity a capitalised pair is the goods'
# name ("… holds 500 gm. Kaju Katli and …", "You ordered 2 ltr. Amul Taaza milk"), which goes on;
# a capitalised word with a lower-case one after it opens a sentence ("… limited to 2 kg. Larger
# bags stay …") unless the two end the sentence or lead on to the list's next item
# (``_goods_name_at``). Not a time ("… in 48 hrs. Arhtiya Satnam Singh will …") nor a distance; a
# count's or a measure's unit written short with no vowel is one too ("4 pkts.", "1 tsp.")
_GOODS_UNITS = frozenset(_forms("kg kgs gm gms ltr ltrs ml qtl qtls pcs nos"))
# a title and one or two words of a name ("Shri Mohan ", "Smt. Lata Devi "): dotted initials after
# them are the name's last part, as South Indian names put them ("Shri Mohan R.K.")
_TITLED_NAME_BEFORE = re.compile(
    r"(?:^|\s)(?i:mr|mrs|ms|dr|shri|smt|prof|sh|sri|kum|thiru)\.?\s+(?:[A-Z][a-z]+\s+){1,2}$"
)
# times written short that close a count ("8 wks.", "3 mths."; "hrs.", "mins.", "yrs." are lookahead's)
_TIME_UNITS = frozenset(_forms("sec secs min mins hr hrs wk wks mth mths yr yrs"))
# a name's number after an emoji's capitalised word ("🎬 Screen No. 4 of …", "🍽️ Table 7 on …"),
# and all of one a delta may have brought so far
_NAME_NUMBER = re.compile(r"(?:No\.[ \t]+)?[0-9]+[A-Z]?(?=[ \t])")
_NAME_NUMBER_START = re.compile(r"No?|No\.[ \t]*|(?:No\.[ \t]+)?[0-9]+[A-Z]?")
_DIGITS = re.compile(r"[0-9]+")
# words that join a number to another, not a thing it counts ("from O.P.D. 9 to O.P.D. 4")
_NUMBER_JOINERS = frozenset(_forms("to and or till until through onwards"))
# the words that count the next item of a list of goods ("… 2 kg. Rajbhog atta and a box of …")
_ITEM_COUNTS = ("a", "an", "one", "two", "three", "four", "five", "six", "another")
# time zones after a time ("… at 6 p.m. IST on Friday"); not "GST", a tax as often in India
_TIME_ZONES = frozenset(
    _forms("IST GMT UTC BST CET CEST EET EST EDT CST CDT MST MDT PST PDT SGT HKT JST AEST NPT PKT")
)
_A_BEFORE = re.compile(r"(?:^|\s)(?i:a|an)\s+$")  # "half a tsp.": a count of one
# a degree's short form, which names a subject after it ("Rohan's B.Tech. Computer Science batch
# …", "her M.Sc. Data Science course"): a capitalised pair after one goes on; a capitalised word
# with a lower-case one after it opens a sentence ("… holds a D.Pharm. Candidates with …")
_DEGREE = re.compile(
    r"(?:[A-Z]\.)+(?:[A-Z][a-z]+\.)*"
    r"(?:Tech|Sc|Com|Ed|Phil|Pharm|Arch|Des|Voc|Mus|Litt|Stat|Plan|Optom|Ortho|Th|Ch|Lib)"
)


def _capitalised_pair_at(buf: str, k: int, final: bool) -> str:
    """ "yes" when two capitalised words start at ``k`` ("Kaju Katli", "Computer Science"), the
    first not one that starts sentences: a name (a brand's, a subject's) that goes on from the
    short form before it; "wait" while that is not known, else "no"."""
    n = len(buf)
    first = _STARTER_WORD.match(buf, k)
    if first is None or not first.group()[0].isupper():
        return "no"
    if first.group().lower() in _SENTENCE_STARTERS:
        return "no"
    if first.end() >= n - 1:
        return "no" if final else "wait"
    second = buf[first.end() + 1]
    return "yes" if buf[first.end()] == " " and second.isupper() else "no"


def _goods_name_at(buf: str, k: int, final: bool) -> str:
    """ "yes" when the name of the goods a quantity counts starts at ``k``: a capitalised pair
    (``_capitalised_pair_at``: "Kaju Katli", "Everest Tea Masala"), or a capitalised word and a
    lower-case one that end the sentence or lead on to the list's next item ("… and 4 pkts. Bambino
    vermicelli.", "… has 2 kg. Rajbhog atta and a box of …"): a noun phrase with no verb of its
    own is the quantity's object. "wait" while that is not known, else "no": a subject with its
    verb after it opens a sentence ("… 2 kg. Larger bags stay …", "… 12 pcs. Extra pieces cost
    …"), as does a pair joined to more than a new item ("… 20 kg. Loading charges and taxes …")."""
    pair = _capitalised_pair_at(buf, k, final)
    if pair != "no":
        return pair
    n = len(buf)
    first = _STARTER_WORD.match(buf, k)
    if (
        first is None
        or not first.group()[0].isupper()  # (a lower-case word goes on anyway)
        or first.group().isupper()
        or first.group().lower() in _SENTENCE_STARTERS
    ):
        return "no"
    if buf[first.end() : first.end() + 1] != " ":
        return "no" if first.end() < n or final else "wait"
    second = _WORD.match(buf, first.end() + 1)
    if second is None or second.start() != first.end() + 1 or not second.group().islower():
        return "no" if first.end() + 1 < n or final else "wait"
    if second.group() in ("and", "or"):
        return "no"  # "… 5 kg. Delivery and packing are free."
    pos = second.end()
    if pos == n:
        return "no" if final else "wait"
    if buf[pos] in ".!?":  # "… 4 pkts. Bambino vermicelli."
        if pos + 1 == n:
            return "yes" if final else "wait"
        return "yes" if buf[pos + 1].isspace() or buf[pos + 1] in _CLOSERS else "no"
    pos += buf[pos] == ","
    for words in (("and", "or"), _ITEM_COUNTS):
        if pos == n:
            return "no" if final else "wait"
        if buf[pos] != " ":
            return "no"
        if words is _ITEM_COUNTS and buf[pos + 1 : pos + 2].isdigit():
            return "yes"  # "… and 2 ltr. …"
        word = _WORD.match(buf, pos + 1)
        if word is None or word.start() != pos + 1:
            return "no" if pos + 1 < n or final else "wait"
        if word.end() == n and not final:
            return "wait"
        if word.group() not in words:
            return "no"
        pos = word.end()
    return "yes" if pos < n and buf[pos] == " " else ("no" if pos < n or final else "wait")


def _count_at(buf: str, k: int, final: bool) -> str:
    """ "yes" when the number at ``k`` (after a dotted acronym) is a count that opens a sentence:
    a plain number with a lower-case word after it, the thing counted ("… a fresh K.Y.C. 2
    documents are …"); "no" for the acronym's own number, one that a sentence mark, a comma,
    "to" or "and" follows ("… from O.P.D. 9 to O.P.D. 4.", "in D.D.A. 5, next to …") or an
    ordinal ("M.I.D.C. 3rd Phase"); "wait" while that is not known."""
    n = len(buf)
    number = _DIGITS.match(buf, k)
    assert number is not None
    if number.end() == n:
        return "no" if final else "wait"
    if buf[number.end()] not in " \t":
        return "no"  # "3rd", "5,", "4.", "112/3"
    after = SentenceSplitter._skip(buf, number.end(), " \t")
    word = _WORD.match(buf, after)
    if word is None or word.start() != after:
        return "no" if after < n or final else "wait"
    if word.end() == n and not final:
        return "wait"
    return "yes" if word.group().islower() and word.group() not in _NUMBER_JOINERS else "no"


def _opens_nothing_at(buf: str, k: int, final: bool) -> str:
    """ "yes" when what starts at ``k``, after a capitalised word's full stop that no list
    knows, cannot open a sentence and so goes on with it: a short form with no vowel that is not
    a title, a rank or "Pls." ("… Anand Vihar Term. Stn. at nine"), "No." before a number ("…
    by Pat. No. 30412"), or a single capital letter other than "A" and "I" ("the Vit. D drops");
    each with a lower-case word (a number for "No.") after it. "wait" while that is not known,
    else "no" ("… with the Supt. Pls. carry …", "… to the Collr. I will …")."""
    n = len(buf)
    word = _WORD.match(buf, k)
    if word is None or word.start() != k or not word.group()[0].isupper():
        return "no"
    if word.end() == n:
        return "no" if final else "wait"
    w = word.group()
    if len(w) == 1 and w not in ("A", "I"):
        after = word.end()  # "D drops"; not "B." nor "B)", a list's marker
    elif buf[word.end()] == "." and (
        w == "No"
        or (
            _VOWELLESS.fullmatch(w) is not None
            and w.lower() not in _OPENS_A_NAME
            and w.lower() not in _STARTER_SHORT_FORMS
        )
    ):
        after = word.end() + 1
    else:
        return "no"
    if after + 2 > n:
        return "no" if final else "wait"
    if buf[after] != " ":
        return "no"
    nxt = buf[after + 1]
    return "yes" if nxt.isdigit() or (nxt.islower() and w != "No") else "no"


def _lower_word_after(buf: str, word: re.Match[str], final: bool) -> str:
    """ "yes" when a lower-case word follows ``word``, "wait" while that is not known, else "no"."""
    n = len(buf)
    k = SentenceSplitter._skip(buf, word.end(), " \t")
    if k == word.end() and k < n:
        return "no"  # "Two-wheeler", "Nine," : not a word on its own
    if k == n:
        return "no" if final else "wait"
    after = _WORD.match(buf, k)
    if after is None:
        return "no"
    if after.end() == n and not final:
        return "wait"  # the word may grow
    return "yes" if after.group()[0].islower() else "no"


def _next_word_pending(buf: str, word: re.Match[str]) -> bool:
    """Whether the word after ``word`` is still to come: after one of ``_NAME_STARTERS`` whether
    it starts a sentence depends on that word's case; after any other capitalised word, on
    whether it is a pronoun ("File it", not "File items")."""
    n = len(buf)
    lower = word.group().lower()
    if lower in _NAME_STARTERS:
        return SentenceSplitter._skip(buf, word.end(), " \t") >= n
    if lower in _SENTENCE_STARTERS or lower in _RANKS or not word.group()[0].isupper():
        return False  # it starts one, or no pronoun after it would make it
    if buf[word.end() : word.end() + 1] not in (" ", ",", "-"):
        return False
    k = SentenceSplitter._skip(buf, word.end() + 1, " \t")
    following = _WORD.match(buf, k)
    return k >= n or (following is not None and following.end() == n)


# a quantity's end before a capitalised word that opens the next sentence (``_starter_end``):
# a count of time ("4 wks."), an area ("1,180 sq. ft.", "₹2.40 per sq. ft.") and "approx." after
# a quantity ("55 minutes approx.", "5 working days approx.")
# a determiner and a number before a unit's or a time's short form: the quantity describes a noun
_DETERMINER_QUANTITY = re.compile(
    r"(?:^|\s)(?i:a|an|the|your|my|our|his|her|their|this|that|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|[a-z]+['’]s)\s+[0-9][0-9.,:]*\s+$"
)
# "Jr."/"Sr." after a surname ends a sentence the same way ("… is Ramesh Iyer Jr. Proof of his
# age …"); not before a post or a rank it makes ("Sr. Citizen card", "Sr. Manager of …")
_NAME_BEFORE = re.compile(r"(?:^|\s)[A-Z][a-z]+\s+$")
_SENIOR_TITLES = frozenset(
    _forms(
        "manager engineer officer executive clerk accountant inspector assistant consultant "
        "resident doctor nurse advocate counsel associate analyst citizen citizens secondary "
        "section teacher lecturer scientist superintendent"
    )
)
# an area's units after "sq." ("1,180 sq. ft.", "86.4 sq. m.", "190 sq. yds.")
_AREA_UNITS = frozenset(_forms("ft m mtr mtrs yd yds"))
_COUNT_BEFORE = re.compile(r"[0-9]\s+$")
_AREA_BEFORE = re.compile(r"[0-9](?:\s+per)?\s+sq\.\s+$")
# a rate's unit after its amount ("₹2,425 per qtl.", "₹40 per kg."): it closes the quantity too
_RATE_BEFORE = re.compile(r"[0-9]\s+per\s+$")
_QUANTITY_BEFORE = re.compile(r"[0-9](?:\s+[a-z]+\.?){0,2}\s+$")  # "8 mins. approx."
_KEYCAP_ONE = re.compile("1\ufe0f?(?:\u20e3|$)")  # "1️⃣" (or its start, while streaming)
_DAY_BEFORE = re.compile(r"(?<![0-9])[0-9]{1,2}\s$")
# units a second quantity names after a first one's short form ("2 mths. 15 days", "5 ft. 8 in")
_UNIT_WORDS = frozenset(
    _forms(
        "in inch inches cm mm m km kg kgs g gm gms mg ml l ltr ltrs lb lbs oz ft feet sec secs "
        "second seconds min mins minute minutes hr hrs hour hours day days wk wks week weeks mth "
        "mths month months yr yrs year years mtr mtrs metre metres meter meters paise"
    )
)
_MONTHS = frozenset(
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
)
_DAY_AND_MONTH_NAMES = frozenset(
    _forms(
        "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur "
        "thurs fri sat sun january february march april june july august september october "
        "november december"  # not "may": "… at 10 a.m. May I book it?"
    )
    + list(_MONTHS)
)
# a case's or a file's number after a dotted acronym ("W.P. 4417 of 2025"); a count of one or
# two digits after one may open a sentence ("… a fresh K.Y.C. 2 documents are …")
_CASE_NUMBER = re.compile(r"[0-9]{3,}(?![0-9])")
# an id after "No.": letters, then digits after a slash or a hyphen or two digits or more
# ("Ref. No. HL/2291", "No. TKT-9305", "No. AB12"); not "A1" ("… No. A1 priority is …")
_ID_AT = re.compile(r"[A-Za-z]{1,6}(?:[/-][0-9]|[0-9]{2})")
# words that open an Indic sentence and nothing else, after an Indic short form that ends the
# one before ("… श्याम ट्रेडर्स प्रा. लि. क्या यह नाम सही है?"): the yes/no question word, "please",
# "thanks". Not a pronoun or a demonstrative: the verb comes last, so "you", "this" follow a
# name inside its sentence too ("… प्रा. लि. आपको एक ईमेल भेजेगी।")
_INDIC_STARTERS = frozenset(
    _forms(
        "क्या कृपया धन्यवाद "  # Hindi, Marathi
        "অনুগ্রহ ধন্যবাদ "  # Bengali
        "કૃપા કૃપયા "  # Gujarati
        "ਕਿਰਪਾ ਧੰਨਵਾਦ "  # Punjabi
        "ದಯವಿಟ್ಟು ಧನ್ಯವಾದ "  # Kannada
        "దయచేసి ధన్యవాదాలు "  # Telugu
        "தயவுசெய்து நன்றி "  # Tamil
        "ദയവായി നന്ദി"  # Malayalam
    )
)
_AMOUNT_BEFORE = re.compile(r"[0-9](?:\.[0-9]{2})?\s$")
# a ledger's words and the verbs that set them just before ("marked Cr.", "shown as Bal.")
_LEDGER_WORDS = frozenset(_forms("cr bal"))
_MARKED_BEFORE = re.compile(
    r"\b(?:marked|shown|shows|posted|appears|(?<!such )(?<!well )as)\s$", re.IGNORECASE
)
# participles written short, after a copula ("is now regd.", "was recd.")
_PARTICIPLES = frozenset(_forms("regd recd"))
_COPULA_BEFORE = re.compile(
    r"\b(?:is|are|was|were|been|be)(?:\s+(?:now|also|not|already|duly|just))?\s$", re.IGNORECASE
)
# a letter of a script without case (Devanagari, Bengali, … Malayalam) earlier in the text
_CASELESS_LETTER = re.compile(r"[\u0900-\u0DFF]")
_CASELESS_WORD = re.compile(r"[\u0900-\u0963\u0966-\u0DFF]+")  # not the danda
# words that go on after a short form in mixed Hindi-English ("7.6% p.a. है", "5 p.m. तक")
_PARTICLES = frozenset(
    _forms("है हैं था थी थे तक से को के की का में पर बजे ही भी और या वाला वाली वाले आहे पर्यंत ला ना")
)
_DOTTED_SHORT_FORM = re.compile(r"(?:[a-z]\.)+[a-z]")
_MASKED_ID = re.compile(r"[Xx*]{2,}[0-9]")
_DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.)+[A-Z]")
_LIST_START = re.compile(r":\s*$")
# a bulleted list's markers: "… three things: • the slip; • a copy …" ("*" and "-" are not: "*"
# may stand for a footnote, "-" for a dash)
_BULLETS = "•◦▪▫‣⁃✧✦❖➤➢→»◆◇●○◉◎⦿■□►▶▸▹"
# the first marker of a one-line list after a colon: "1. ", "1) ", "a) ", "i) ", bracketed too
_FIRST_MARKERS = (
    *("1. ", "1) ", "a) ", "i) ", "(1) ", "(a) ", "(i) ", "[1] ", "[a] ", "[i] "),
    *(f"{b} " for b in _BULLETS),
)
# the letters an Indic lettered list starts with, read as "a" in a marker: Devanagari अ (Marathi
# "अ) ब) क)") and क (Hindi "क) ख)"), and each other script's first vowel or consonant
_FIRST_LIST_LETTERS = frozenset("अकঅকઅકਅਕஅகఅకಅಕഅകଅକ")
# a roman-numeral or letter list marker at a line's start ("i.", "iv.", "b.")
_ROMAN_MARKER = re.compile(r"(?:i{1,3}|iv|vi{0,3}|ix|x|[a-h])")
_LETTER_MARKER = re.compile(
    r"([a-z]|[ivx]{2,4})[)\]] "
)  # "b) ", "(b) ", "[b] " (after its "(", "[")
# a lettered or roman-numbered list's first marker right after a colon: "…: a) ", "…: i) "
_COLON_BULLET_LIST = re.compile(rf":\s+[{_BULLETS}] ")  # "…: • the slip, • …"
_COLON_LETTERED_LIST = re.compile(r":\s+(?:\(?[ai]\)|\[[ai]\]) ")
_LIST_ITEM_START = re.compile(  # a chunk that is a list's item
    r"(?:\(?(?:[a-z]|[ivx]{2,4})\)|\[(?:[a-z]|[ivx]{2,4})\]) "
)
_LETTER_MARKER_START = re.compile(r"(?:[a-z]|[ivx]{2,4})[)\]]?")  # all a delta has of one so far
_ROMANS = _forms("i ii iii iv v vi vii viii ix x")
# a Latin short form with no vowel, capitalised or lower-case (an all-capital one such as
# "GST" or "PNR" is a name that ends sentences): "Blk.", "Chq.", "Mgr.", "txn."
_VOWELLESS = re.compile(r"[B-DF-HJ-NP-TV-XZ]?[b-df-hj-np-tv-xz]{1,4}")
_VIRAMAS = frozenset("\u094d\u09cd\u0a4d\u0acd\u0b4d\u0bcd\u0c4d\u0ccd\u0d4d")
# one-syllable words that end sentences in the scripts whose short forms are one syllable
_SENTENCE_FINAL_SYLLABLES = frozenset(
    _forms(
        "है हैं था थी थे हो गा गी गे जी हाँ हां ना लो दो तो भी ही क्या का जा आ "  # Hindi, Marathi
        # the polite imperative and the first person ("कर दें.", "नोट कर लें.", "बोल रही हूँ."):
        # models often end Hindi with "." for "।"
        "हूँ हूं दें लें दूँ दूं लूँ लूं थीं "
        "द्या घ्या प्या "  # Marathi imperatives ("… करणाऱ्याकडे द्या.")
        "છે છો હા ના "  # Gujarati
        "না হ্যাঁ "  # Bengali
        "ਹੈ ਸੀ ਜੀ ਹਾਂ ਨਾ"  # Punjabi
    )
)


def _is_one_syllable(token: str) -> bool:
    """Whether ``token`` is one syllable of an Indic script: one letter, or a cluster of
    letters joined by viramas, with its vowel sign and marks ("मु", "प्रा", "नं", "ডা")."""
    letters = 0
    previous = ""
    for ch in token:
        if not "\u0900" <= ch <= "\u0dff":
            return False
        if unicodedata.category(ch) == "Lo" and previous not in _VIRAMAS:
            letters += 1
        previous = ch
    return letters == 1


def _listed_short_form_at(buf: str, k: int) -> bool:
    """Whether a listed short form with its full stop starts at ``k`` ("Bal." in "Min. Bal.",
    "Amt." in "Max. Amt."): a second short form goes on with the first. Not a title ("… etc.
    Dr. Rao will call"), a medicine's form ("… t.i.d. Lot. Calamine") nor "No." (a sentence
    may open with it)."""
    word = _WORD.match(buf, k)
    if word is None or buf[word.end() : word.end() + 1] != ".":
        return False
    w = word.group().lower()
    return (
        w not in _TITLES
        and w not in _MEDICINE_FORMS
        and w != "no"
        and (w in _CONTINUE or w in _LOOKAHEAD or w in _ENDS_BEFORE_A_STARTER)
    )


def _is_emoji(ch: str) -> bool:
    """A pictograph or a part of one (joiner, variation selector, keycap, skin tone)."""
    return (
        unicodedata.category(ch) == "So"
        or ch in "\u200d\ufe0f\u20e3"
        or "\U0001f3fb" <= ch <= "\U0001f3ff"
    )


def _emoji_tail(buf: str, end: int, final: bool) -> int | None:
    """A sentence's end at ``end`` moved past the emoji that close it ("Congratulations! 🎉 ")
    and the one whitespace character after them; None while an emoji may yet follow."""
    n = len(buf)
    if end == n:
        return None if not final and buf[end - 1].isspace() else end
    if buf[end - 1] == "\n" or buf[end] in _BULLETS:
        return end  # a new line's "➤ Clear …" (a list's next item), not the sentence's emoji
    k = end
    while k < n and _is_emoji(buf[k]):
        k += 1
    if k == end:
        return end
    if k == n:
        return k if final else None
    return k + 1 if buf[k].isspace() else k


def _token_end(buf: str, k: int) -> int:
    """The end of the run of non-space characters at ``k``."""
    token = _TOKEN.match(buf, k)
    return k if token is None else token.end()


def _token_start(buf: str, i: int) -> int:
    """The start of the run of non-space characters that ends at ``i``."""
    start = i
    while start > 0 and not buf[start - 1].isspace():
        start -= 1
    return start


def _run_on_cut(buf: str, i: int) -> int:
    """Where to cut a run-on sentence that reached ``max_chunk_chars`` at ``i``: its last space
    before ``i`` that is not inside a number or an amount ("98765 43210", "₹ 12,500", "₹5 लाख"):
    each chunk's numbers are read on their own. Any last space if every one is (-1: none)."""
    cut = buf.rfind(" ", 0, i)
    while cut > 0:
        before, after = buf[cut - 1], buf[cut + 1 : cut + 2]
        if not (before.isdigit() or before in _CURRENCY or after.isdigit() or after in _CURRENCY):
            return cut
        cut = buf.rfind(" ", 0, cut)
    return buf.rfind(" ", 0, i)


def _past_joiner(buf: str, k: int, final: bool) -> tuple[int, bool] | None:
    """Past the "and "/"or " at ``k`` that may join a list's item to the next marker: where
    that marker may start and whether a joiner was there; None while a delta may yet complete
    one (", an" may be ", and (c) …")."""
    rest = buf[k : k + 4]
    for joiner in ("and ", "or "):
        if rest.startswith(joiner):
            return k + len(joiner), True
        if not final and k + len(rest) == len(buf) and joiner.startswith(rest):
            return None
    return k, False


def _letter_list_marker(buf: str, k: int) -> bool:
    """Whether a lettered or roman-numbered list's next item starts at ``k`` ("b) Keep …"
    after "a) Clear …", "ii) Pay …" after "i) Open …" earlier in the text), where a lower-case
    word would otherwise go on with the sentence."""
    marker = _LETTER_MARKER.match(buf, k)
    if marker is None:
        return False
    mark, close = marker.group(1), buf[marker.end() - 2]  # ")" or "]"
    if mark in _ROMANS[1:] and f"{_ROMANS[_ROMANS.index(mark) - 1]}{close} " in buf[:k]:
        return True
    return mark == "a" or (len(mark) == 1 and f"{chr(ord(mark) - 1)}{close} " in buf[:k])


def _is_list_marker(buf: str, start: int, number: int) -> bool:
    """Whether the number ``number`` at ``start`` (followed by ". ") numbers an item of a
    list written on one line: "1." right after a colon or at a line's start (the chunk after
    a list's lead-in starts there), or the next number after such a "1." earlier in the same
    sentence."""
    if number == 1:
        return start == 0 or buf[start - 1] == "\n" or _LIST_START.search(buf, 0, start) is not None
    previous = buf.rfind(f"{number - 1}. ", 0, start)
    return previous >= 0 and _is_list_marker(buf, previous, number - 1)


def split_sentences(text: str, **options: int | None) -> list[str]:
    """All chunks of a whole text (the same as feeding it in any pieces, then flushing)."""
    splitter = SentenceSplitter(**options)  # type: ignore[arg-type]
    return splitter.feed(text) + splitter.flush()
