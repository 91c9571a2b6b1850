"""``pipecat-rt-best normalize``: spell out the numbers in text (argument or stdin)."""

from __future__ import annotations

import argparse
import sys

from pipecat_rt_best.indic_numbers.languages import HI_VARIANT_SPELLINGS
from pipecat_rt_best.indic_numbers.normalizer import (
    SUPPORTED_LANGS,
    NormalizerOptions,
    NumberNormalizer,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "normalize",
        help="spell out numbers in Hindi / Indian English / other Indian-language text",
        description=(
            "Spell out numbers for a TTS voice: amounts, phone numbers, dates, times, "
            "percentages, ordinals. Reads TEXT, or stdin line by line when TEXT is omitted."
        ),
    )
    parser.add_argument("text", nargs="?", help="text to normalize (default: read stdin)")
    parser.add_argument(
        "--lang", default="hi", choices=SUPPORTED_LANGS, help="language (default: hi)"
    )
    parser.add_argument(
        "--rupee-plural", choices=("रुपये", "रुपए"), default=None, help="Hindi plural of rupee"
    )
    parser.add_argument("--nineties", choices=("नवे", "नबे"), default="नवे", help="Hindi 91-99 ending")
    parser.add_argument("--minus", default=None, help="word for a minus sign (e.g. ऋण)")
    parser.add_argument("--zero", default=None, help="word for 0 in digit-by-digit reading")
    parser.add_argument(
        "--fraction-style",
        choices=("idiomatic", "by"),
        default="idiomatic",
        help="fractions: idiomatic (तीन चौथाई, ढाई, three fourths; default) or by (तीन बटा चार)",
    )
    parser.add_argument(
        "--traditional-scale",
        action="store_true",
        help="Hindi: खरब, नील, पद्म, शंख above अरब instead of counts of crores",
    )
    parser.add_argument(
        "--variant-spellings",
        action="store_true",
        help="Hindi: other spellings listeners use (तिरेपन, छः, अठासी, ...) instead of the defaults",
    )
    parser.add_argument(
        "--clock-fractions",
        action="store_true",
        help="Hindi: 10:30 as साढ़े दस बजे, 4:15 as सवा चार बजे, 4:45 as पौने पाँच बजे",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    options = NormalizerOptions(
        rupee_plural=args.rupee_plural,
        nineties=args.nineties,
        minus=args.minus,
        zero=args.zero,
        fraction_style=args.fraction_style,
        traditional_scale=args.traditional_scale,
        spellings=HI_VARIANT_SPELLINGS if args.variant_spellings else (),
        clock_fractions=args.clock_fractions,
    )
    normalizer = NumberNormalizer(args.lang, options)
    if args.text is not None:
        print(normalizer(args.text))
        return 0
    for line in sys.stdin:
        end = "\n" if line.endswith("\n") else ""
        sys.stdout.write(normalizer(line.removesuffix("\n")) + end)
    sys.stdout.flush()
    return 0
