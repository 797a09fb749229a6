"""Figures in news text -> comparable intervals (the *values* stage).

:func:`extract_values` finds every figure a news sentence reports -- counts
("1,000 US troops", "dozens of trucks"), shares ("35 percent", "one in five"),
money ("$3bn"), physical quantities ("almost 8 inches"), durations ("15 days to
a month") and dates ("Feb 23", "last Wednesday", "in the past two weeks") --
and returns each as a :class:`~crossref.models.Value`: an interval in one
canonical unit per dimension, after the hedge around it was applied.

Every hedge's effect on an interval is in one table, :data:`HEDGES` (mirrored
in docs/values.md); nothing else widens or bounds an interval.  Physical units
are converted with pint; :data:`UNIT_WORDS` only maps the words news uses to
pint's unit names.

Speed matters (the pipeline calls this on every sentence): all regexes are
compiled at import, the pint registry is created lazily once and conversion
factors are cached per surface unit.

>>> [v.describe() for v in extract_values("around 900-1000 soldiers")]
['900-1,000 soldiers']
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from functools import cache, lru_cache
from typing import Any

import attrs

from crossref.clock import extract_times, zoned_times
from crossref.models import Value


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


__all__ = ["HEDGES", "UNIT_WORDS", "CANONICAL_UNITS", "extract_values", "written_unit"]

# --------------------------------------------------------------------------------------
# The hedge table: the only place an interval is widened or bounded.
#
# kind        interval from the stated figure(s) lo..hi
# approx      [0.9*lo, 1.1*hi]
# nearly      [0.9*lo, hi]          never above the stated figure
# just_over   [lo, 1.1*hi]          never below the stated figure
# min         [lo, open]
# max         [open, hi]
# vague       a fixed multiplier interval (lo, hi) that replaces the figure
# --------------------------------------------------------------------------------------
HEDGES: dict[str, tuple[str, float, float]] = {
    # approximate: +-10 %
    "about": ("approx", 0.9, 1.1),
    "around": ("approx", 0.9, 1.1),
    "at around": ("approx", 0.9, 1.1),
    "roughly": ("approx", 0.9, 1.1),
    "approximately": ("approx", 0.9, 1.1),
    "approx.": ("approx", 0.9, 1.1),
    "circa": ("approx", 0.9, 1.1),
    "ca.": ("approx", 0.9, 1.1),
    "some": ("approx", 0.9, 1.1),
    "an estimated": ("approx", 0.9, 1.1),
    "estimated": ("approx", 0.9, 1.1),
    "an approximate": ("approx", 0.9, 1.1),
    "close to": ("nearly", 0.9, 1.0),
    # from below, never above
    "nearly": ("nearly", 0.9, 1.0),
    "almost": ("nearly", 0.9, 1.0),
    "just under": ("nearly", 0.9, 1.0),
    "just shy of": ("nearly", 0.9, 1.0),
    # from above, never below
    "just over": ("just_over", 1.0, 1.1),
    "just above": ("just_over", 1.0, 1.1),
    # lower bounds
    "at least": ("min", 1.0, 1.0),
    "more than": ("min", 1.0, 1.0),
    "over": ("min", 1.0, 1.0),
    "above": ("min", 1.0, 1.0),
    "upwards of": ("min", 1.0, 1.0),
    "no fewer than": ("min", 1.0, 1.0),
    "no less than": ("min", 1.0, 1.0),
    "in excess of": ("min", 1.0, 1.0),
    "at a minimum": ("min", 1.0, 1.0),
    "as few as": ("min", 1.0, 1.0),
    "as low as": ("min", 1.0, 1.0),
    "since": ("min", 1.0, 1.0),  # dates only: "since 2014" -> [2014-01-01, open]
    # upper bounds
    "up to": ("max", 1.0, 1.0),
    "within": ("max", 1.0, 1.0),
    "fewer than": ("max", 1.0, 1.0),
    "less than": ("max", 1.0, 1.0),
    "under": ("max", 1.0, 1.0),
    "at most": ("max", 1.0, 1.0),
    "no more than": ("max", 1.0, 1.0),
    "below": ("max", 1.0, 1.0),
    "as high as": ("max", 1.0, 1.0),
    "as many as": ("max", 1.0, 1.0),
    "as much as": ("max", 1.0, 1.0),
    "by": ("max", 1.0, 1.0),  # dates only: "by the end of March" -> [open, March 31]
    "by the end of": ("max", 1.0, 1.0),
    # vague quantities: the interval replaces the figure (times a scale word if any)
    "a couple of": ("vague", 2, 3),
    "a couple": ("vague", 2, 3),
    "a few": ("vague", 2, 5),
    "a handful of": ("vague", 2, 5),
    "several": ("vague", 3, 9),
    "dozens": ("vague", 24, 99),
    "scores": ("vague", 40, 99),
    "hundreds": ("vague", 200, 999),
    "thousands": ("vague", 2_000, 9_999),
    "tens of thousands": ("vague", 20_000, 99_999),
    "hundreds of thousands": ("vague", 200_000, 999_999),
    "millions": ("vague", 2_000_000, 9_999_999),
    "tens of millions": ("vague", 20_000_000, 99_999_999),
    "hundreds of millions": ("vague", 200_000_000, 999_999_999),
    "billions": ("vague", 2e9, 9.999e9),
}
"""Hedge -> (kind, factor_low, factor_high); see the table in docs/values.md."""

CANONICAL_UNITS: dict[str, str] = {
    "length": "m",
    "area": "m2",
    "mass": "kg",
    "volume": "L",
    "speed": "m/s",
    "temperature": "degC",
    "duration": "day",
    "energy": "J",
    "power": "W",
    "percent": "percent",
    "magnitude": "magnitude",
    "frequency": "Hz",
    "data": "B",
    "count": "count",
    "date": "date",
}
"""Dimension -> the unit every value of that dimension is converted to (money keeps its currency)."""

_PINT_CANONICAL = {
    "length": "meter",
    "area": "meter**2",
    "mass": "kilogram",
    "volume": "liter",
    "speed": "meter/second",
    "temperature": "degC",
    "duration": "day",
    "energy": "joule",
    "power": "watt",
    "frequency": "hertz",
    "data": "byte",
}

# surface word (lower-case) -> (dimension, pint expression)
UNIT_WORDS: dict[str, tuple[str, str]] = {}


def _units(dimension: str, pint_expr: str, *words: str) -> None:
    for w in words:
        UNIT_WORDS[w] = (dimension, pint_expr)


_units("length", "kilometer", "km", "kms", "kilometres", "kilometers", "kilometre", "kilometer")
_units("length", "meter", "m", "metres", "meters", "metre", "meter")
_units("length", "centimeter", "cm", "centimetres", "centimeters", "centimetre", "centimeter")
_units("length", "millimeter", "mm", "millimetres", "millimeters", "millimetre", "millimeter")
_units("length", "mile", "miles", "mile", "mi")
_units("length", "nautical_mile", "nautical miles", "nautical mile")
_units("length", "foot", "feet", "foot", "ft")
_units("length", "inch", "inches", "inch")
_units("length", "yard", "yards", "yard")
_units(
    "area",
    "kilometer**2",
    "square kilometres",
    "square kilometers",
    "square kilometre",
    "square kilometer",
    "sq km",
    "sq. km",
    "km2",
    "km²",
)
_units(
    "area", "meter**2", "square metres", "square meters", "square metre", "square meter", "sq m", "m2", "m²"
)
_units("area", "mile**2", "square miles", "square mile", "sq mi", "sq miles")
_units("area", "foot**2", "square feet", "square foot", "sq ft")
_units("area", "hectare", "hectares", "hectare", "ha")
_units("area", "acre", "acres", "acre")
_units("mass", "kilogram", "kg", "kgs", "kilograms", "kilogram", "kilos", "kilo")
_units("mass", "gram", "grams", "gram", "g")
_units("mass", "tonne", "tonnes", "tonne", "metric tons", "metric ton", "t")
_units("mass", "ton", "tons", "ton")
_units("mass", "pound", "lbs", "lb", "pounds", "pound")
_units("mass", "ounce", "ounces", "ounce", "oz")
_units("volume", "liter", "litres", "liters", "litre", "liter")
_units("volume", "milliliter", "ml", "millilitres", "milliliters", "millilitre", "milliliter")
_units("volume", "gallon", "gallons", "gallon")
_units("volume", "oil_barrel", "barrels", "barrel")
_units("volume", "meter**3", "cubic metres", "cubic meters", "cubic metre", "cubic meter", "m3", "m³")
_units(
    "speed",
    "kilometer/hour",
    "km/h",
    "kph",
    "kmh",
    "km/hr",
    "kilometres per hour",
    "kilometers per hour",
    "kilometres an hour",
    "kilometers an hour",
)
_units("speed", "mile/hour", "mph", "miles per hour", "miles an hour")
_units("speed", "knot", "knots", "knot")
_units("speed", "meter/second", "m/s", "metres per second", "meters per second")
_units("temperature", "degC", "°c", "degrees celsius", "degrees centigrade", "degree celsius", "c", "degrees")
_units("temperature", "degF", "°f", "degrees fahrenheit", "degree fahrenheit", "f")
_units("duration", "second", "seconds", "second", "secs", "sec")
_units("duration", "minute", "minutes", "minute", "mins", "min")
_units("duration", "hour", "hours", "hour", "hrs", "hr")
_units("duration", "day", "days", "day")
_units("duration", "week", "weeks", "week")
_units("duration", "fortnight", "fortnights", "fortnight")
_units("duration", "month", "months", "month")
_units("duration", "year", "years", "year", "yrs")
_units("duration", "10*year", "decades", "decade")
_units("duration", "100*year", "centuries", "century")
_units("energy", "kilowatt_hour", "kwh")
_units("energy", "megawatt_hour", "mwh")
_units("energy", "gigawatt_hour", "gwh")
_units("power", "kilowatt", "kw", "kilowatts")
_units("power", "megawatt", "mw", "megawatts")
_units("power", "gigawatt", "gw", "gigawatts")
_units("percent", "percent", "%", "percent", "per cent", "pct")
_units("magnitude", "magnitude", "magnitude")  # earthquakes: a scale of its own, never converted
_units("frequency", "gigahertz", "ghz")
_units("frequency", "megahertz", "mhz")
_units("data", "terabyte", "tb")
_units("data", "gigabyte", "gb")
_units("data", "megabyte", "mb")

# currency: surface -> ISO code
CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "USD",
    "us$": "USD",
    "$us": "USD",
    "$a": "AUD",
    "$au": "AUD",
    "$c": "CAD",
    "$ca": "CAD",
    "$nz": "NZD",
    "$hk": "HKD",
    "usd": "USD",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "hk$": "HKD",
    "nz$": "NZD",
    "s$": "SGD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "¥": "JPY",
    "jpy": "JPY",
    "₹": "INR",
    "rs": "INR",
    "rs.": "INR",
    "inr": "INR",
    "chf": "CHF",
    "cny": "CNY",
    "nt$": "TWD",
    "rm": "MYR",
    "rmb": "CNY",
}
# currencies named in words, as translations and local papers write them; a name several
# countries use stands for itself ("pesos" are compared with "pesos", never converted).  Read
# in lower case only: "2013 Rand Paul", "Lei Jun" are names
_NAMED_CURRENCIES: dict[str, str] = {
    **dict.fromkeys(["zloty", "zlotys", "zlotych", "złoty", "złotys"], "PLN"),
    **dict.fromkeys(["koruna", "korunas", "czech crowns"], "CZK"),
    **dict.fromkeys(["forint", "forints"], "HUF"),
    **dict.fromkeys(["lei", "leu"], "RON"),
    **dict.fromkeys(["lira", "liras", "turkish lira"], "TRY"),
    **dict.fromkeys(["rubles", "roubles", "ruble", "rouble"], "RUB"),
    **dict.fromkeys(["hryvnias", "hryvnia", "hryvnas"], "UAH"),
    **dict.fromkeys(["rand"], "ZAR"),
    **dict.fromkeys(["naira"], "NGN"),
    **dict.fromkeys(["reais"], "BRL"),
    **dict.fromkeys(["rupiah"], "IDR"),
    **dict.fromkeys(["ringgit"], "MYR"),
    **dict.fromkeys(["baht"], "THB"),
    **dict.fromkeys(["kronor", "krona", "swedish crowns"], "SEK"),
    **dict.fromkeys(["cedis", "cedi"], "GHS"),
    **dict.fromkeys(["taka"], "BDT"),
    **dict.fromkeys(["birr"], "ETB"),
    **dict.fromkeys(["pesos", "peso"], "PESO"),
    **dict.fromkeys(["shillings", "shilling"], "SHILLING"),
    **dict.fromkeys(["dinars", "dinar"], "DINAR"),
    **dict.fromkeys(["dirhams", "dirham"], "DIRHAM"),
    **dict.fromkeys(["riyals", "riyal", "rials", "rial"], "RIYAL"),
    **dict.fromkeys(["kroner", "krone"], "KRONE"),
}
CURRENCY_WORDS: dict[str, str] = {
    "dollars": "USD",
    "dollar": "USD",
    "us dollars": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupees": "INR",
    "rupee": "INR",
    "swiss francs": "CHF",
    "francs": "CHF",
    **_NAMED_CURRENCIES,
}
MULTIPLIERS: dict[str, float] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "mm": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "millions": 1e6,  # "1,9 billions of euro": a translation's plural
    "billions": 1e9,
    "trillions": 1e12,
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}
SMALL_NUMBERS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a": 1,
    "an": 1,
    "dozen": 12,
}
# share words -> percent
FRACTIONS: dict[str, float] = {
    "half": 50.0,
    "one half": 50.0,
    "a half": 50.0,
    "a third": 100 / 3,
    "one third": 100 / 3,
    "one-third": 100 / 3,
    "two thirds": 200 / 3,
    "two-thirds": 200 / 3,
    "a quarter": 25.0,
    "one quarter": 25.0,
    "one-quarter": 25.0,
    "three quarters": 75.0,
    "three-quarters": 75.0,
    "a fifth": 20.0,
    "one fifth": 20.0,
    "one-fifth": 20.0,
    "a tenth": 10.0,
    "one tenth": 10.0,
}

# --------------------------------------------------------------------------------------
# Regexes (compiled once)
# --------------------------------------------------------------------------------------
_I = re.IGNORECASE
_SMALL_W = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|"
    r"seven|eight|nine)\b)?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    r"nineteen|one|two|three|four|five|six|seven|eight|nine|zero)"
)
_SCALE_W = r"(?:hundred|thousand|million|billion|trillion)"
_WORDNUM = (
    rf"(?:(?:{_SMALL_W}|an?)(?:[\s-]+{_SCALE_W}(?:\s+(?:and\s+)?{_SMALL_W})?)+"
    rf"|(?:a|one|half\s+a)\s+dozen"
    rf"|(?<![\w-])hundred\s+(?:and\s+)?{_SMALL_W}"  # "around hundred twenty", as translated
    rf"|{_SMALL_W})\b"
)
_DIGNUM = (
    r"(?:\d{1,3}(?:\.\d{3}){2,}(?![\d.,]\d)"  # "1.703.112 votes": dots between thousands, as Europe writes
    # "32,1%", "3,5 metres", "0,85 new shares": a comma with one or two digits after it, before
    # a sign or a word, is a decimal comma (thousands are three digits); not a list ("1,2,3",
    # "4,5 and 6 points", "pages 12,13 or 14") nor a number on its own ("ruled 5,4")
    r"|\d{1,3},\d{1,2}(?![\d]|[.,]\d|\s+(?:and|or|to)\b)(?=\s?(?:%|[^\W\d_]))"
    r"|(?<=magnitude\s)\d,\d(?!\d|[.,]\d)"  # "with magnitude 6,1.": a scale with no thousands
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]\d)|\d+(?:\.\d+)?)"
)
_VAGUE = (
    r"(?:tens\s+of\s+thousands|hundreds\s+of\s+thousands|tens\s+of\s+millions|hundreds\s+of\s+millions"
    r"|a\s+couple(?:\s+of)?|a\s+few|a\s+handful\s+of|several|dozens|scores|hundreds|thousands|millions"
    r"|billions)\b"
)
_FRACTION = (
    r"(?:(?:(?:a|one)[- ](?:third|quarter|fifth|tenth)|two[- ]thirds|three[- ]quarters|one[- ]half)"
    r"(?=\s+of\b)"
    r"|(?:one[- ]third|two[- ]thirds|three[- ]quarters|one[- ]quarter)"
    r"|(?<!first\s)(?<!second\s)(?<!other\s)half(?=\s+(?:of|the|its|their|his|her|our|all)\b))\b"
)
_IN_RATIO = (
    r"(?:(?:one|two|three|four|\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?(?:[\d,]+\d|\d|" + _SMALL_W + r"))\b"
)

_unit_alts = sorted(UNIT_WORDS, key=len, reverse=True)
_UNIT = "|".join(  # "square metres", "6,000-square-metre"
    re.escape(u).replace(r"\ ", r"[\s-]+").replace("/", r"\s?/\s?") for u in _unit_alts
)
_CURWORD = "|".join(
    (f"(?-i:{w})" if u in _NAMED_CURRENCIES else w)
    for u in sorted(CURRENCY_WORDS, key=len, reverse=True)
    for w in [re.escape(u).replace(r"\ ", r"\s+")]
)
_CURSYM = (
    r"(?:NT\s?\$|RM|US\s?\$|AU?\$|CA?\$|HK\$|NZ\$|S\$|\$(?:US|AU?|CA?|NZ|HK)(?=\d)|\$|€|£|¥|₹|Rs\.?"
    r"|INR|USD|EUR|GBP|JPY|CHF|CNY|RMB)"
)
_HEDGE_ALTS = sorted(
    (h for h, k in HEDGES.items() if k[0] != "vague" and h not in ("by", "since", "by the end of")),
    key=len,
    reverse=True,
)
_HEDGE = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in _HEDGE_ALTS)
_DUR_WORDS = (
    r"(?:month|week|day|year|decade|fortnight|hour|minute|century"
    r"|mile|kilomet(?:re|er)|metre|meter|foot|inch|yard)s?\b"
)

_ATOM_RE = re.compile(
    rf"""
    (?:(?P<between>between)\s+)?
    (?:(?P<hedge>{_HEDGE})\s+)?
    (?:(?P<cur>{_CURSYM})\s?)?
    (?P<num>
        (?P<vague>(?:{_VAGUE})(?:\s+{_SCALE_W}\b)?)
      | (?P<fvague>(?:several|a\s+few|a\s+couple\s+of)\s+(?:hundred|thousand|million|billion|dozen)\b)
      | (?P<frac>{_FRACTION}|{_IN_RATIO})
      | (?P<dig>{_DIGNUM})
      | (?P<word>{_WORDNUM})
      | (?P<anum>an?|one|half(?:\s+an?)?|(?:a\s+)?quarter)(?=[\s-]+{_DUR_WORDS})
    )
    (?:[\s-]?(?P<mult>millions?|billions?|trillions?|thousand|mln|mn|bn|tn|lakhs?|crores?|(?-i:MM)|m|k|b)(?![A-Za-z0-9²³]))?
    (?:(?:\s|-)?(?P<unit>%|°\s?[CF]\b|{_UNIT})(?![A-Za-z0-9]))?
    (?:[\s-](?(mult)(?:of\s+)?)(?P<curword>{_CURWORD})\b)?  # "1,9 billions of euro", as translated
    """,
    re.VERBOSE | _I,
)
_CONN_RE = re.compile(r"\s*(?:-|–|—|\bto\b|\band\b|\bor\b)\s*", _I)

# spans in which no figure is read: codes, phone numbers, times, ordinals, URLs, "No. 10"
_NOISE_RE = re.compile(
    r"""
      https?://\S+ | www\.\S+ | \S+@\S+\.\w+
    | \+?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}\b
    | \b0\d{2,4}[\s.-]?\d{5,8}\b
    | \b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?\s?m\.?)?
    | \b\d{1,2}:\s\d{2}\b(?=\s*(?:[ap]\.?\s?m\b|left\b|remaining\b|to\s+(?:play|go)\b))(?:\s?[ap]\.?\s?m\.?)?
    | \b\d{1,2}(?:[.:]\d{2})?\s?[apAP]\.?\s?[mM]\b\.?
    | \b\d{4}\s?(?:GMT|UTC|EST|EDT|PST|PDT|CET|BST|IST|local\s+time|hrs\b|hours\s+local)
    | \b(?:No|no|Nos|Number)\.?\s?\d+ | \#\d+
    | \b(?:Interstate|Highway|Hwy|Route|Rte|I|Room|Flight|Week|Channel|Chapter|Section|Article|Gate|Terminal
        |Platform|Precinct|Apollo|Windows|Firefox|iOS|Android|version|Version|Series|Level|Type|Block|[Ww]eek)\s\d+(?:\.\d+)*
    | \b\d+\s+block\s+of\b | \b[234]-?D\b
    | \b\d+(?:st|nd|rd|th)\b
    | \b(?![kcm]?m[23]\b)[A-Za-z]+[-/]?\d+[A-Za-z0-9]*(?:-\d+)*
    | \b(?:AK|RPG|SU|MiG|MH|SA|F|M|B|C|T)\s\d{2,3}(?=\s+[A-Za-z])
    | \b\d+(?:[A-Za-z]+\d+)+[A-Za-z]*
    """,
    re.VERBOSE,
)

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_MONTH_NAMES = (
    "January February March April May June July August September October November December"
    " Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec"
).split()
# datelines and page stamps print names in capitals ("THURSDAY, DECEMBER 3, 2009")
_MONTH = "(?:" + "|".join(_MONTH_NAMES + [m.upper() for m in _MONTH_NAMES]) + ")"
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_WEEKDAY = "(?:" + "|".join(list(calendar.day_name) + [d.upper() for d in calendar.day_name]) + ")"
_PART = r"(?:early|mid|late|the\s+end\s+of|end\s+of|the\s+beginning\s+of|the\s+start\s+of)"
_RELNUM = rf"(?i:\d+|{_SMALL_W}|a\s+few|several|a|an|a\s+couple\s+of)"
_RELUNIT = r"(?i:days?|weeks?|months?|years?|decades?)"

_DATE_RE = re.compile(
    rf"""
      (?P<iso>\b(?P<iso_y>(?:19|20)\d\d)-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)\b)
    | (?P<dmy>(?<![\d,])(?P<dmy_d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dmy_m>{_MONTH})\b\.?
        (?:,?\s+(?P<dmy_y>(?:1[6-9]|20)\d\d)\b)?)
    | (?P<mdy>(?:(?P<mdy_by>by)\s+)?\b(?P<mdy_m>{_MONTH})\b\.?\s+(?P<mdy_d>[0-3]?\d)(?:st|nd|rd|th)?\b
        (?![,.]?\d)
        (?:,?\s+(?P<mdy_y>(?:1[6-9]|20)\d\d)\b)?)
    | (?P<mrange>\b(?i:between|from)\s+(?P<mr_a>{_MONTH})\s+(?:and|to)\s+(?P<mr_b>{_MONTH})\b
        (?:,?\s+(?P<mr_y>(?:1[6-9]|20)\d\d)\b)?(?![\s.]+\d))
    | (?P<my>(?:(?P<my_by>by)\s+)?(?:(?P<my_part>{_PART})[\s-]+)?\b(?P<my_m>{_MONTH})\b\.?,?\s+
        (?P<my_y>(?:1[6-9]|20)\d\d)\b)
    | (?P<mon>(?:(?P<mon_by>by)\s+)?(?P<mon_q>last|next|this|early|mid|late|the\s+end\s+of|end\s+of)[\s-]+
        (?P<mon_m>{_MONTH})\b(?!\s+\d))
    | (?P<mon2>\b(?:in|In|since|Since|until|Until|during|During|from|From)\s+
        (?P<mon2_m>{_MONTH})\b(?![\s.]+\d))
    | (?P<decade>\b(?:the\s+)?(?P<dec_y>(?:1[6-9]|20)\d0)['’]?s\b)
    | (?P<yrange>\b(?P<yr_a>(?:19|20)\d\d)[-–/](?P<yr_b>\d\d)\b(?![-/–.,:]\d))
    | (?P<year>(?:(?P<year_prep>in|In|since|Since|by|By|until|Until|till|from|From|during|During|of
            |before|Before|after|After|between|Between|and|to|through)\s+
        (?:(?:the\s+)?(?:(?P<year_part>{_PART}|the\s+summer\s+of|the\s+spring\s+of|the\s+autumn\s+of
            |the\s+fall\s+of|the\s+winter\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of
            |(?:the\s+)?(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter\s+of)[\s-]+))?
        |(?P<year_part2>[Ee]arly|[Mm]id|[Ll]ate)[\s-]+)
        (?P<year_y>(?:19|20)\d\d)\b(?![-/–]\d|\s*(?:%|percent|per\s+cent)|,\d))
    | (?P<qtr>\b(?:(?:(?i:the)\s+)?(?P<qtr_n>(?i:first|second|third|fourth|1st|2nd|3rd|4th))[\s-]+
        |(?P<qtr_q>(?i:this|last|next))\s+)quarter\b(?!\s+of\b))
    | (?P<word>\b(?P<word_w>today|yesterday|tomorrow|tonight|this\s+morning|this\s+afternoon
        |this\s+evening|last\s+night)\b)
    | (?P<wday>(?:\b(?P<wday_q>last|next|this|on|since|by|On|Last|Next|This|Since|By)\s+)?
        \b(?P<wday_d>{_WEEKDAY})\b)
    | (?P<ago>\b(?P<ago_n>{_RELNUM})?\s*(?P<ago_u>{_RELUNIT})\s+ago\b)
    | (?P<past>\b(?:(?:in|over|during|for|within)\s+)?the\s+(?P<past_q>past|last|previous|next|coming)\s+
        (?:(?P<past_n>{_RELNUM}(?:\s*(?:to|-|–)\s*{_RELNUM})?)\s+)?(?P<past_u>{_RELUNIT})\b)
    | (?P<recent>\b(?:(?:in|over|In|Over)\s+)?(?i:recent)\s+(?P<recent_u>days|weeks|months|years)\b)
    | (?P<endof>\b(?:(?P<endof_by>[Bb]y|[Bb]efore|[Aa]t|[Tt]owards?)\s+)?the\s+end\s+of\s+
        (?P<endof_q>the|this|next|last)\s+(?P<endof_u>week|month|year)\b)
    | (?P<rel>\b(?P<rel_q>last|this|next|earlier\s+this|later\s+this|earlier\s+that|later\s+that
        |[Ee]arlier\s+this|[Ll]ater\s+this|[Ll]ast|[Tt]his|[Nn]ext)\s+(?P<rel_u>week|weekend|month|year)\b)
    """,
    re.VERBOSE,
)
_TOKEN_RE = re.compile(r"[A-Za-z]+|\d+|[$€£¥₹]")
_ATOM_START_WORDS = _words(
    " ".join(h.split()[0].rstrip(".") for h in _HEDGE_ALTS)
    + " between us au a c ca hk nz s rs inr usd eur gbp jpy chf cny rmb nt rm"
    + " "
    + " ".join(SMALL_NUMBERS)
    + " hundred thousand million billion trillion half quarter tens hundreds thousands millions billions"
    + " several dozens scores"
)
_DATE_START_WORDS = _words(
    " ".join(m.lower() for m in _MONTHS)
    + " "
    + " ".join(_WEEKDAYS)
    + " "
    + " ".join(SMALL_NUMBERS)
    + """ by early mid late the end in since until till from during of before after between and to through
    today yesterday tomorrow tonight this last next on over for within recent earlier later several few
    couple day days week weeks month months year years decade decades first second third fourth"""
)
_ATOM_CORE_WORDS = _words(
    " ".join(w for w in SMALL_NUMBERS if w not in ("a", "an"))
    + """ hundred thousand million billion trillion half quarter third thirds quarters fifth tenth tens
    hundreds thousands millions billions several dozens dozen scores few couple handful month months week
    weeks day days year years decade decades fortnight hour hours minute minutes century mile miles
    kilometre kilometres kilometer kilometers metre metres meter meters foot feet inch inches yard yards"""
)
_DATE_CORE_WORDS = _words(
    " ".join(m.lower() for m in _MONTHS)
    + " "
    + " ".join(_WEEKDAYS)
    + """ today yesterday tomorrow tonight ago recent past last next previous coming earlier later early mid
    late week weekend month year decade summer spring autumn fall winter half quarter end"""
)
_ANY_START_WORDS = _ATOM_START_WORDS | _DATE_START_WORDS | _ATOM_CORE_WORDS | _DATE_CORE_WORDS
_ABBREVIATIONS = "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mr Mrs Ms Dr St No Gov Gen Sen Rep".split()
# a sentence ends at . ! ? followed by a capital or a digit, unless the period ends "Oct." or "Mr."
_SENT_RE = re.compile(
    "".join(rf"(?<!\b{a}\.)" for a in _ABBREVIATIONS)
    + r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*[A-Z])"
)

_WORD_RE = re.compile(r"[A-Za-z][A-Za-z0-9'’]*(?:-[A-Za-z0-9'’]+)*")


_STOP = _words(
    """
    a an the of in on at to for from by with as and or but nor that which who whom whose was were is
    are be been being have has had will would could should may might must can did do does not no
    than then after before when while during since until into onto over under between among about
    around across against along per each this these those it its their his her our your my we they
    he she i you them us there here also already still just only more most less least some all any
    such very so if because said says say told according where what why how both either neither via
    near up down out off last next ago earlier later away back including plus total whereas within
    like left killed injured dead died hit got put set cut led fell ran saw took came went made gave
    won lost shot fled
    """
)
_ADJ = _words(
    """
    other key more new old small large big young armed additional local foreign senior top few many
    heavy major civilian former current total separate different similar same whole full extra main
    further innocent unarmed suspected alleged wounded injured dead missing confirmed registered
    american us u.s. syrian russian kurdish iraqi military security police federal national
    international regional private public familiar close responsible aware able involved available
    alone inside outside
    """
)
_ADJ_SUFFIX = ("al", "ic", "ive", "ous", "ian", "ese", "ish", "ful", "less", "able", "ary", "ed", "ing", "ly")
_IRREG_PLURAL = _words(
    """
    people police personnel staff men women children sheep cattle deer fish aircraft crew folk
    livestock militia clergy youth offspring
    """
)


# --------------------------------------------------------------------------------------
# pint, lazily
# --------------------------------------------------------------------------------------
_UREG: Any = None


def _ureg() -> Any:
    global _UREG
    if _UREG is None:
        import pint

        _UREG = pint.UnitRegistry()
    return _UREG


@cache
def _conversion(dimension: str, pint_expr: str) -> tuple[float, float]:
    """(factor, offset) taking ``pint_expr`` to the canonical unit of ``dimension``."""
    if dimension in ("percent", "magnitude"):
        return 1.0, 0.0
    ureg = _ureg()
    target = _PINT_CANONICAL[dimension]
    if dimension == "temperature":
        q0 = ureg.Quantity(0.0, pint_expr).to(target).magnitude
        q1 = ureg.Quantity(1.0, pint_expr).to(target).magnitude
        return float(q1 - q0), float(q0)
    q = (ureg.parse_expression(pint_expr) * 1.0).to(target)
    return float(q.magnitude), 0.0


# --------------------------------------------------------------------------------------
# numbers
# --------------------------------------------------------------------------------------
_SPLIT_WORDS_RE = re.compile(r"[\s-]+")
_RATIO_SPLIT_RE = re.compile(r"\s+(?:in|out of)\s+(?:every\s+)?")
_LOWERCASE_ONLY_UNITS = frozenset({"t", "g", "mi", "ha", "min", "sec", "ft", "oz", "lb"})
_DIGIT_SEP_RE = re.compile(r"[,\s\u00a0\u202f]")
_SPACES_RE = re.compile(r"\s+")
_SLASH_RE = re.compile(r"\s*/\s*")


def _parse_words(s: str) -> float | None:
    total = 0.0
    current = 0.0
    seen = False
    for tok in _SPLIT_WORDS_RE.split(s.lower()):
        if tok in ("and", ""):
            continue
        if tok == "half":
            current = 0.5
            seen = True
        elif tok in SMALL_NUMBERS:
            v = SMALL_NUMBERS[tok]
            current = current * v if tok == "dozen" and current else current + v
            seen = True
        elif tok == "hundred":
            current = (current or 1) * 100
            seen = True
        elif tok in ("thousand", "million", "billion", "trillion"):
            total += (current or 1) * MULTIPLIERS[tok]
            current = 0.0
            seen = True
        else:
            return None
    return total + current if seen else None


ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())
"""Ordinal words: ranks, not figures ("the second attack")."""

_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")  # "2.870": thousands, as much of Europe writes them
_MEASURED_THOUSANDS = re.compile(r"[1-9]\d{0,2}\.\d00")
"""A measure written so ("7.300 metres", "1.000 tonnes") is in thousands: English writes 7.3
metres, not 7.300; three decimals that end in other digits are decimals ("42.195 km",
"4.832 seconds", "2.375 inches")."""


def _parse_digits(s: str) -> float:
    if s.count(".") > 1:
        return float(s.replace(".", ""))  # "1.703.112"
    if re.fullmatch(r"\d{1,3},\d{1,2}", s):
        return float(s.replace(",", "."))  # "32,1" (%), "9,42" (billion)
    return float(_DIGIT_SEP_RE.sub("", s))


# --------------------------------------------------------------------------------------
# quantities
# --------------------------------------------------------------------------------------
_WEATHER_RE = re.compile(
    r"(?i:temperature|heat|hot\b|cold|warm|thermometer|mercury|record|degree|weather|frost|celsius|fahrenheit"
    r"|reach|touch"
    r"|high\s+of|low\s+of|\bhighs?\b|\blows?\b|\bpeak)"
)


_DEGREE_RE = re.compile(r"(?i)\bdegrees?\b")
_FAHRENHEIT_RE = re.compile(r"(?i)fahrenheit|°f")
_CELSIUS_MAX = 60.0  # no weather reaches 60C; "105 degrees" is Fahrenheit
_WEATHER_REACH = 200  # characters either side of a figure searched for words of weather


def _weather_near(m: re.Match[str]) -> bool:
    """Words of weather within :data:`_WEATHER_REACH` characters of the figure, "degrees"
    aside (it is what is to be told apart: "turned 180 degrees")."""
    near = m.string[max(0, m.start() - _WEATHER_REACH) : m.end() + _WEATHER_REACH]
    return _WEATHER_RE.search(_DEGREE_RE.sub(" ", near)) is not None


def _written_on_temperature(m: re.Match[str]) -> bool:
    """ "45.8C", "113F": a capital C or F written right on the digits, about the weather."""
    return (
        m.group("unit") in ("C", "F")
        and m.group("dig") is not None
        and m.start("unit") == m.end("dig")
        and _weather_near(m)
    )


class _Atom:
    """One figure as matched, before ranges, nouns and hedges are settled."""

    __slots__ = (
        "fig_start", "hedge", "between", "lo", "hi", "dimension", "unit", "factor", "offset",
        "is_vague", "vague_word", "word_one", "bare_year",
    )  # fmt: skip

    def __init__(self, fig_start: int) -> None:
        self.fig_start = fig_start
        self.hedge: str | None = None
        self.between = False
        self.lo = 0.0
        self.hi = 0.0
        self.dimension = "count"
        self.unit = "count"
        self.factor = 1.0
        self.offset = 0.0
        self.is_vague = False
        self.vague_word: str | None = None
        self.word_one = False
        self.bare_year = False


def _norm(s: str) -> str:
    return _SPACES_RE.sub(" ", s.lower()).strip()


def _atom(m: re.Match[str]) -> _Atom | None:
    a = _Atom(m.start("num"))
    if m.group("hedge"):
        a.hedge = _norm(m.group("hedge"))
    a.between = bool(m.group("between"))
    num = m.group("num")
    lo = hi = None
    if m.group("vague") or m.group("fvague"):
        text = _norm(m.group("vague") or m.group("fvague"))
        scale = 1.0
        words = text.split()
        if words[-1] in ("hundred", "thousand", "million", "billion", "dozen") and text not in HEDGES:
            scale = 12.0 if words[-1] == "dozen" else MULTIPLIERS[words[-1]]
            text = " ".join(words[:-1])
        if text == "a couple":
            text = "a couple of"
        if text not in HEDGES:
            return None
        _, vlo, vhi = HEDGES[text]
        lo, hi = vlo * scale, vhi * scale
        a.is_vague = True
        a.vague_word = text
    elif m.group("frac"):
        f = _norm(m.group("frac"))
        if f in FRACTIONS or f.replace("-", " ") in FRACTIONS:
            lo = hi = FRACTIONS.get(f, FRACTIONS.get(f.replace("-", " ")))
        else:
            parts = _RATIO_SPLIT_RE.split(f)
            if len(parts) != 2:
                return None
            x, y = (_parse_digits(p) if p[0].isdigit() else _parse_words(p) for p in parts)
            if not x or not y or x > y:
                return None
            lo = hi = 100.0 * x / y
        a.dimension = a.unit = "percent"
    elif m.group("dig"):
        d = m.group("dig")
        if len(d) > 1 and d[0] == "0" and d[1] not in ".,":
            return None
        lo = hi = _parse_digits(d)
        if len(d) == 4 and d[:2] in ("19", "20"):
            a.bare_year = True
    elif m.group("anum"):
        w = _norm(num).replace(" an", " a")
        lo = hi = {"half": 0.5, "half a": 0.5, "quarter": 0.25, "a quarter": 0.25}.get(w, 1.0)
        a.word_one = w == "one"
    else:
        w = _norm(num)
        if w in ("one",):
            a.word_one = True
        lo = hi = _parse_words(w)
        if lo is None:
            return None
    assert lo is not None and hi is not None
    cur = m.group("cur")
    mult = m.group("mult")
    unit = m.group("unit")
    curword = m.group("curword")
    if mult:
        ml = mult.lower()
        if ml in ("m", "k", "b") and not cur:
            if mult == "m" and not unit and not curword:
                unit = "m"  # "5m" with no currency: metres
            else:
                return None
        else:
            scale = MULTIPLIERS.get(ml, 1.0)
            lo, hi = lo * scale, hi * scale
        a.bare_year = False
    if cur or curword:
        code = CURRENCY_SYMBOLS.get(_norm(cur).replace(" ", "")) if cur else None
        if code is None and curword:
            code = CURRENCY_WORDS.get(_norm(curword))
        if code is None:
            return None
        a.dimension, a.unit = "money", code
        a.bare_year = False
        if unit and not curword:
            # "$5 m" style: unit group swallowed a multiplier letter
            return None
    elif unit:
        u = _SLASH_RE.sub("/", _norm(unit)).replace("° ", "°").replace("-", " ")  # "square-metre"
        if u in ("c", "f") and "°" not in unit and not _written_on_temperature(m):
            return None  # "5 c", "Category 4 F", "grade 4C"
        if u == "degrees":  # "45,2 degrees" of heat, not "turned 180 degrees"
            if not _weather_near(m):
                return None
            if lo > _CELSIUS_MAX or _FAHRENHEIT_RE.search(m.string):
                u = "°f"  # "temperatures reached 105 degrees": Fahrenheit, as US news writes it
        if u not in UNIT_WORDS:
            return None
        dim, expr = UNIT_WORDS[u]
        if u in _LOWERCASE_ONLY_UNITS and unit != unit.lower():
            return None  # "5 G", "3 T", "2 MI": not grams, tonnes, miles
        if dim != "percent" and not mult and _MEASURED_THOUSANDS.fullmatch(m.group("dig") or ""):
            # "7.300 metres", "1.000 tonnes": thousands
            lo = hi = _parse_digits(m.group("dig").replace(".", ""))
        a.dimension = dim
        a.unit = CANONICAL_UNITS[dim]
        a.factor, a.offset = _conversion(dim, expr)
        a.bare_year = False
    lo = lo * a.factor + a.offset
    hi = hi * a.factor + a.offset
    if a.factor < 0:
        lo, hi = hi, lo
    a.lo, a.hi = lo, hi
    if m.group("anum") and not unit:
        return None
    return a


def _apply_hedge(
    hedge: str | None, lo: float, hi: float, dimension: str
) -> tuple[float | None, float | None]:
    if not hedge or hedge not in HEDGES:
        return lo, hi
    kind, flo, fhi = HEDGES[hedge]
    if kind == "vague":
        return lo, hi
    if dimension == "temperature" and kind in ("approx", "nearly", "just_over"):
        # 10 % of a Celsius reading means nothing: widen by one degree instead
        return (lo - 1.0 if kind != "just_over" else lo), (hi + 1.0 if kind != "nearly" else hi)
    if kind in ("approx", "nearly", "just_over"):
        nlo = lo * flo if lo >= 0 else lo * fhi
        nhi = hi * fhi if hi >= 0 else hi * flo
        return nlo, nhi
    if kind == "min":
        return lo, None
    if kind == "max":
        return None, hi
    return lo, hi


def _count_noun(text: str, pos: int, value: float, after_of: bool) -> tuple[str | None, int]:
    """The counted noun after ``pos`` (lower-case) and where it ends, or (None, pos).

    Looks at up to four words before a function word: for plural figures the first
    plural-looking word ("1,000 US troops" -> troops), for "one" the first word that
    does not look like an adjective.
    """
    n = len(text)
    i = pos
    words: list[tuple[str, int, int]] = []
    conj_at = 99  # index of the first word after "and"/"or": a compound noun does not cross it
    while len(words) < 4 and i < n:
        j = i
        while j < n and text[j] in " \t\u00a0":
            j += 1
        if j == i and words:
            break
        m = _WORD_RE.match(text, j)
        if not m:
            break
        w = m.group()
        lw = w.lower().rstrip("'’-")
        if not words and after_of and lw in ("of", "the"):
            i = m.end()
            continue
        if lw in ("and", "or") and words:
            conj_at = min(conj_at, len(words))
            i = m.end()
            continue
        if lw in _STOP and lw not in _ADJ:
            break
        words.append((lw, m.start(), m.start() + len(lw)))
        i = m.end()
    if not words:
        return None, pos

    def is_adj(w: str, raw_start: int) -> bool:
        return (
            w in _ADJ
            or (w.endswith(_ADJ_SUFFIX) and w not in _IRREG_PLURAL)
            or text[raw_start].isupper()
            or not w.isalpha()
        )

    def is_plural(w: str) -> bool:
        return (
            w in _IRREG_PLURAL
            or w.endswith("men")
            or (
                w.isalpha()
                and len(w) > 3
                and w.endswith("s")
                and not w.endswith(("ss", "us", "is", "ous"))
                and w not in _ADJ
            )
        )

    if value != 1:
        for k, (w, _s, _e) in enumerate(words):
            if is_plural(w):
                # "police officers", "Windows users": the head noun is the last plural of the run
                while k + 1 < len(words) and k + 1 != conj_at and is_plural(words[k + 1][0]):
                    k += 1
                return words[k][0], words[k][2]
        return None, pos
    for k, (w, s, _e) in enumerate(words):
        if not is_adj(w, s):
            # "one canine unit": the head noun ends the run of nouns
            while k + 1 < len(words) and k + 1 != conj_at and not is_adj(*words[k + 1][:2]):
                k += 1
            return words[k][0], words[k][2]
    return None, pos


def _match_at_starts(
    pattern: re.Pattern[str], text: str, starts: list[int], pos: int
) -> re.Match[str] | None:
    """The first match of ``pattern`` at one of ``starts`` (sorted) at or after ``pos``.

    Trying the big patterns only where a figure or a date can begin (a digit, a currency
    sign, or a word from a short list) is what makes extraction fast: ``search`` would try
    every alternative at every character.
    """
    i = bisect.bisect_left(starts, pos)
    for p in starts[i:]:
        m = pattern.match(text, p)
        if m is not None and m.end() > p:
            return m
    return None


def _starts(text: str) -> tuple[list[int], list[int]]:
    """Where a quantity, and where a date, can begin.

    A digit or a currency sign always can; a number word ("two", "dozens") or a date word
    ("March", "Monday", "today") too; a lead word ("about", "in", "the", "a") only when a
    digit or such a word follows within three tokens.
    """
    toks = [(t.start(), t.group().lower()) for t in _TOKEN_RE.finditer(text)]
    # per token: 1 = can carry a figure (digit, sign, number word), 2 = a date word
    core = [
        3 if not g[0].isalpha() else (g in _ATOM_CORE_WORDS) | (g in _DATE_CORE_WORDS) << 1 for _, g in toks
    ]
    atoms: list[int] = []
    dates: list[int] = []
    for k, (p, g) in enumerate(toks):
        c = core[k]
        if c == 3 and not g[0].isalpha():
            atoms.append(p)
            dates.append(p)
            continue
        if g not in _ANY_START_WORDS:
            continue
        ahead = 0
        for x in core[k + 1 : k + 5]:
            ahead |= x
        if c & 1 or (ahead & 1 and g in _ATOM_START_WORDS):
            atoms.append(p)
        if c & 2 or (ahead & 2 and g in _DATE_START_WORDS):
            dates.append(p)
    return atoms, dates


def _in_noise(text: str, start: int, end: int, urls: bool) -> bool:
    """True if [start, end) touches a code, phone number, time, URL or "No. 10"."""
    lo = 0 if urls else max(0, start - 24)
    return any(
        m.start() < end and start < m.end() for m in _NOISE_RE.finditer(text, lo, min(len(text), end + 16))
    )


def _quantities(text: str, starts: list[int]) -> list[tuple[Value, bool]]:
    out: list[tuple[Value, bool]] = []
    pos = 0
    n = len(text)
    urls = "http" in text or "www." in text  # a URL can start far before a figure inside it
    while True:
        m = _match_at_starts(_ATOM_RE, text, starts, pos)
        if m is None:
            break
        pos = m.end() if m.end() > m.start() else m.start() + 1
        s, e = m.span()
        fs = m.start("num")
        # figures glued to letters or digits are codes ("F-16", "G7", "3rd")
        if (
            fs > 0
            and (
                text[fs - 1].isalnum()
                or text[fs - 1] in "_/"
                or (text[fs - 1] in "-.," and fs > 1 and text[fs - 2].isalnum() and m.group("dig"))
            )
            and not m.group("hedge")
            and not m.group("cur")
        ):
            pos = fs + 1
            continue
        if e < n and (text[e].isalnum() or text[e] == "_"):
            pos = fs + 1 if m.group("dig") else m.end()
            if m.group("dig"):
                # skip the whole token
                k = e
                while k < n and (text[k].isalnum() or text[k] in "_"):
                    k += 1
                pos = k
            continue
        if m.group("dig") and not m.group("cur") and _in_noise(text, s, e, urls):
            continue
        a = _atom(m)
        if a is None:
            continue
        if m.group("anum") and not a.hedge and out and not text[out[-1][0].end : s].strip():
            continue  # "1,000 euros a month", "33 percent a year": a rate, not a duration
        if a.word_one and _ONE_IDIOM_RE.search(text, max(0, fs - 7), fs):
            continue
        end = e
        lo, hi = a.lo, a.hi
        hedge = a.hedge
        # ranges: "900-1000", "15 days to a month", "between 40 and 60"
        merged = _merge_range(text, m, a)
        if merged is not None:
            lo, hi, end, hedge2 = merged
            hedge = hedge or hedge2
            pos = end
        elif a.dimension == "count" and m.group("dig") and not hedge:
            sm = _SCORE_RE.match(text, end)
            if sm and float(sm.group(1)) < lo:
                pos = sm.end()
                continue  # "an 89-79 win": a score, not a range
        dimension, unit = a.dimension, a.unit
        noun = None
        if dimension == "duration":
            if _AGO_RE.match(text, end):
                continue  # "8 days ago" is a date, read (or not, without `published`) by the date pass
            om = _OLD_RE.match(text, end)
            if om and m.group("unit") and m.group("unit").lower().startswith("year"):
                end = om.end()
        if (
            a.bare_year
            and lo != hi
            and dimension == "count"
            and 1900 <= hi <= 2100
            and _count_noun(text, end, 2.0, False)[0] is None
        ):
            first = _year_value(text, s, end, int(lo))
            last = _year_value(text, s, end, int(hi))
            out.append((attrs.evolve(first, high=last.high, stated_high=last.high), True))
            continue
        if dimension == "count":
            after_of = a.is_vague or bool(m.group("frac"))
            noun, nend = _count_noun(text, end, lo if lo == hi else 2.0, after_of)
            if (
                noun is not None
                and lo == hi
                and not m.group("mult")
                and _DOTTED_THOUSANDS.fullmatch(m.group("dig") or "")
            ):
                lo = hi = _parse_digits(m.group("dig").replace(".", ""))  # "2.870 people": 2,870
            if a.word_one and noun is None:
                continue
            if a.word_one and _ONE_NOT_COUNT_RE.match(text, end):
                continue
            if a.bare_year and noun is None and not hedge:
                out.append((_year_value(text, a.fig_start, end, int(lo)), True))
                continue
            if noun is None and hedge in _YEAR_HEDGES and _YEAR_DIGITS.fullmatch(m.group("dig") or ""):
                year = int(a.lo)  # "built circa 1850": a year, give or take a few
                low = float(dt.date(year - _YEARS_AROUND, 1, 1).toordinal())
                high = float(dt.date(year + _YEARS_AROUND, 12, 31).toordinal())
                out.append(
                    (attrs.evolve(_year_value(text, s, end, year), low=low, high=high, hedge=hedge), True)
                )
                continue
            if (
                noun is None
                and not hedge
                and m.group("dig")
                and lo == hi
                and lo < 120
                and lo == int(lo)
                and _AGE_BEFORE_RE.search(text, max(0, s - 40), s)
                and _AGE_AFTER_RE.match(text, end)
            ):
                # "Eric Allen Kirkpatrick, 61, surrendered": an age
                dimension, unit = "duration", "day"
                lo = hi = lo * _conversion("duration", "year")[0]
            if noun is None and not hedge and lo == hi:
                cm = _COMPOUND_RE.match(text, end)
                if cm and cm.group(1).lower() not in UNIT_WORDS:
                    noun, end = cm.group(1).lower(), cm.end()  # "a 2,507-member assembly"
            mag = _MAG_BEFORE_RE.search(text, max(0, s - 12), s)
            if noun is None and not hedge and mag:
                dimension = unit = "magnitude"  # "a magnitude 6.1 quake"
                s = mag.start()
            elif noun is None and not hedge and lo == hi and lo < 10:
                rm = _RICHTER_RE.match(text, end)
                if rm or (lo != int(lo) and _QUAKE_AFTER_RE.match(text, end)):
                    dimension = unit = "magnitude"  # "6.4 on the Richter scale", "a 4.4 quake"
                    end = rm.end() if rm else end
            if noun is not None:
                end = nend if end < nend else end
        if hedge == "over" and _over_is_preposition(text, s, dimension, noun):
            hedge = None  # "spread over two days", "pulled over a few blocks"
            s = m.start("cur") if m.group("cur") else m.start("num")
        v_hedge = hedge
        if a.is_vague:
            v_hedge = a.vague_word if not hedge else f"{hedge} {a.vague_word}"
        if a.between:
            v_hedge = hedge
        ilo, ihi = _apply_hedge(hedge, lo, hi, dimension)
        if a.is_vague:
            stated_lo, stated_hi = lo, hi
        else:
            stated_lo, stated_hi = lo, hi
        span_start = s
        out.append(
            (
                Value(
                    start=span_start,
                    end=end,
                    text=text[span_start:end],
                    dimension=dimension,
                    unit=unit,
                    low=ilo,
                    high=ihi,
                    stated_low=stated_lo,
                    stated_high=stated_hi,
                    noun=noun,
                    hedge=v_hedge,
                ),
                False,
            )
        )
    return out


_DASHES = ("-", "–", "—")


def _merge_range(text: str, m: re.Match[str], a: _Atom) -> tuple[float, float, int, str | None] | None:
    """Extend atom ``a`` into a range with the figure after a connector; updates ``a``'s unit.

    Returns (low, high, end, hedge of the second figure) or None when what follows is not
    the upper end of a range (a score "31-24", "$184 million or $23 million").
    """
    cm = _CONN_RE.match(text, m.end())
    if cm is None:
        return None
    conn = cm.group().strip().lower()
    if not ((conn == "and" and a.between) or conn in ("to", *_DASHES) or (conn == "or" and not a.between)):
        return None
    if conn in _DASHES and text[cm.start() : cm.end()].count(" ") == 1:
        return None  # "1999 -2003" / "9- 3": a lone space around a dash is not a range
    m2 = _ATOM_RE.match(text, cm.end())
    if m2 is None or m2.group("between") or (m2.end() < len(text) and text[m2.end()].isalnum()):
        return None
    b = _atom(m2)
    if b is None or b.is_vague or (conn in _DASHES and b.hedge):
        return None
    dimension, unit, lo = a.dimension, a.unit, a.lo
    if dimension == "count" and b.dimension != "count" and not a.is_vague and a.factor == 1.0:
        if b.dimension == "money" and m2.group("cur"):
            return None  # "5 or $6": the first figure has no currency of its own
        # "900-1000 soldiers", "15 to 20 km": the unit is written once, after the range
        dimension, unit = b.dimension, b.unit
        lo = a.lo * b.factor + b.offset
    if dimension == "money" and b.dimension == "count" and m.group("cur"):
        b.dimension, b.unit = dimension, unit  # "$5 to 6 million"
    bm = (m2.group("mult") or "").lower()
    if dimension == "money" and bm == "m" and b.dimension == "length" and not m2.group("unit"):
        b.dimension, b.unit = dimension, unit  # "$5-6m": millions, not metres
        b.lo, b.hi = b.lo * 1e6, b.hi * 1e6
    if (
        bm in MULTIPLIERS
        and (bm not in ("m", "k", "b") or dimension == "money")
        and not m.group("mult")
        and dimension in ("count", "money")
        and lo * MULTIPLIERS[bm] <= b.hi
    ):
        lo *= MULTIPLIERS[bm]  # "between 1 and 2 billion", "$5-6m": the scale is written once
    if b.dimension != dimension or b.unit != unit or b.hi < lo:
        return None
    a.dimension, a.unit = dimension, unit
    a.bare_year = a.bare_year and b.bare_year
    return lo, b.hi, m2.end(), b.hedge


_OVER_VERBS = _words(
    """pulled turned handed hand hands taken fell fall falls came come comes passed signed moved ran run
    rolled flipped spilled presided fought argued clashed tripped stepped jumped climbed poured hovered
    flew fly flying spread spreads spreading stretched stretching spanning spans spanned"""
)
_OVER_HEDGE_AFTER = _words(
    """for of in to at with by from than and or just well some after lasted last lasting lasts took take
    takes taking spent spend spends spending needed need needs required requires waited wait"""
)
_TIME_NOUNS = _words("seasons terms innings sessions periods years months weeks days nights")
_PREV_WORD_RE = re.compile(r"([A-Za-z]+)[^A-Za-z]*$")


def _over_is_preposition(text: str, start: int, dimension: str, noun: str | None) -> bool:
    """Is "over" before a figure a preposition ("spread over two days") rather than "more than"?"""
    pm = _PREV_WORD_RE.search(text, max(0, start - 30), start)
    prev = pm.group(1).lower() if pm else None
    if prev in _OVER_VERBS:
        return True
    if dimension == "duration" or noun in _TIME_NOUNS:
        return prev is not None and prev not in _OVER_HEDGE_AFTER
    return False


_YEAR_HEDGES = frozenset({"circa", "ca."})
_YEARS_AROUND = 5
_YEAR_DIGITS = re.compile(r"1\d{3}|20\d{2}")


def _year_value(text: str, start: int, end: int, year: int) -> Value:
    lo = dt.date(year, 1, 1).toordinal()
    hi = dt.date(year, 12, 31).toordinal()
    return Value(
        start=start,
        end=end,
        text=text[start:end],
        dimension="date",
        unit="date",
        low=float(lo),
        high=float(hi),
        stated_low=float(lo),
        stated_high=float(hi),
    )


# --------------------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------------------
def _month_bounds(y: int, m: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


_QUARTERS = {
    **{"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3},
    **{"fourth": 4, "4th": 4, "final": 4, "last": 4},
}


def is_calendar_quarter(first: dt.date | None, last: dt.date | None) -> bool:
    """``first``..``last`` is a quarter of the year (Jan-Mar, Apr-Jun, Jul-Sep, Oct-Dec)."""
    if first is None or last is None:
        return False
    return first.day == 1 and first.month % 3 == 1 and last == _month_bounds(first.year, first.month + 2)[1]


def _part(first: dt.date, last: dt.date, part: str | None) -> tuple[dt.date, dt.date]:
    """Narrow a month or a year to its early/mid/late part, a half, a season or its end.

    Months: early = days 1-10, mid = 11-20, late = 21-end.  Years: early = Jan-Apr,
    mid = May-Aug, late = Sep-Dec; halves Jan-Jun / Jul-Dec; quarters of three months.
    """
    if not part:
        return first, last
    p = _norm(part)
    if first.month == last.month:  # a month
        if p == "early" or "beginning" in p or "start" in p:
            return first, first.replace(day=10)
        if p == "mid":
            return first.replace(day=11), first.replace(day=20)
        if p == "late" or "end" in p:
            return first.replace(day=21), last
        return first, last
    y = first.year
    if "quarter" in p:  # "the second quarter of 2027"
        q = _QUARTERS[p.split()[-3]]
        return dt.date(y, 3 * q - 2, 1), _month_bounds(y, 3 * q)[1]
    if "first half" in p:
        return dt.date(y, 1, 1), dt.date(y, 6, 30)
    if "second half" in p:
        return dt.date(y, 7, 1), dt.date(y, 12, 31)
    if p == "early" or "beginning" in p or "start" in p:
        return dt.date(y, 1, 1), dt.date(y, 4, 30)
    if p == "mid":
        return dt.date(y, 5, 1), dt.date(y, 8, 31)
    if p == "late" or "end" in p:
        return dt.date(y, 9, 1), dt.date(y, 12, 31)
    seasons = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
    for name, (a, b) in seasons.items():
        if name in p:
            return dt.date(y, a, 1), _month_bounds(y, b)[1]
    if "winter" in p:
        return dt.date(y, 1, 1), _month_bounds(y, 2)[1]
    return first, last


def _infer_year(published: dt.date, month: int, day: int | None) -> int:
    y = published.year
    try:
        cand = dt.date(y, month, day or 1)
    except ValueError:
        cand = dt.date(y, month, 1)
    if (cand - published).days > 61:
        y -= 1
    return y


# pint's definitions (year = 365.25 days, month = year / 12), used where a date is computed
_UNIT_DAYS = {"day": 1.0, "week": 7.0, "month": 30.4375, "year": 365.25, "decade": 3652.5}


_REL_RANGE_RE = re.compile(r"\s*(?:\bto\b|-|–)\s*")


def _relnum(s: str | None) -> tuple[float, float] | None:
    if s is None:
        return None
    w = _norm(s)
    parts = _REL_RANGE_RE.split(w)
    if len(parts) == 2:  # "the next 12 to 15 months"
        lo, hi = _relnum(parts[0]), _relnum(parts[1])
        return (lo[0], hi[1]) if lo and hi and lo[0] <= hi[1] else None
    if w[0].isdigit():
        x = float(w)
        return x, x
    if w in ("a few",):
        return 2, 5
    if w in ("several",):
        return 3, 9
    if w == "a couple of":
        return 2, 3
    x2 = _parse_words(w)
    if x2 is None:
        return None
    return x2, x2


_ACCOUNTS_RE = re.compile(
    r"\b(?:profits?|revenues?|sales|earnings|results|growth|GDP|economy|economic|loss(?:es)?|income|"
    r"deliveries|shipments|output|margins?|guidance|forecasts?|outlook|quarterly|per\s+share|dividends?|"
    r"bookings|orders|dollars|euros|pounds|yen|yuan|[Yy]ear[- ](?:on|over)[- ][Yy]ear)\b|[$€£¥]",
)


_FISCAL_BEFORE_RE = re.compile(r"\bfiscal\s+$", _I)
_FISCAL_AFTER_RE = re.compile(r"[\s-]+of\s+fiscal", _I)


def _quarter(text: str, m: re.Match[str], pub: dt.date | None) -> tuple[dt.date, dt.date]:
    """A quarter of the year a business report speaks of ("third-quarter profit", "in the
    fourth quarter", "last quarter"): the latest such quarter begun by the publication date,
    or the next one to come when the clause speaks of the future.  A game's quarter ("scored
    10 points in the third quarter"), a fiscal quarter are left unread."""
    n, q = m["qtr_n"], (m["qtr_q"] or "").lower()
    window = text[max(0, m.start() - 150) : m.end() + 150]
    if pub is None or not _ACCOUNTS_RE.search(window):
        raise _Unresolved
    fiscal_before = _FISCAL_BEFORE_RE.search(text, max(0, m.start() - 10), m.start())
    if fiscal_before or _FISCAL_AFTER_RE.match(text, m.end()):
        raise _Unresolved
    current = (pub.month - 1) // 3
    y = pub.year
    if n:
        k = _QUARTERS[n.lower()] - 1
        if _FUTURE_RE.search(text, max(0, m.start() - 45), m.start()):
            y += k < current
        else:
            y -= k > current
    else:
        k = current + {"this": 0, "last": -1, "next": 1}[q]
        y += k // 4
        k %= 4
    return dt.date(y, 3 * k + 1, 1), _month_bounds(y, 3 * k + 3)[1]


class _Unresolved(Exception):
    """A relative date without the publication date it needs."""


_FUTURE_RE = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:expected|scheduled|set|due|slated|going)\s+to|scheduled\s+(?:to|for)|"
    r"(?:is|are)\s+to|plans?\s+to|set\s+for|due\s+(?:on|for))\b(?:(?!\b(?:was|were|had|fell|rose|said)\b)[^.;,])*$"
)  # lower case ("Will Smith was arrested"), in the weekday's own clause, no past tense between


def _date_candidates(
    text: str, published: dt.date | None, blocked: list[tuple[int, int]], starts: list[int]
) -> list[tuple[Value, int]]:
    """Date values with a flag: 1 if it is a full-year/month anchor usable by "later that year".

    Relative expressions that cannot be resolved (no ``published``) go to ``blocked``, so
    that their figures are not read as something else ("Feb 23" is not a count of 23).
    """
    out: list[tuple[Value, int]] = []
    pub = published
    last_end = 0
    while True:
        m = _match_at_starts(_DATE_RE, text, starts, last_end)
        if m is None:
            break
        last_end = m.end()
        kind = m.lastgroup
        s, e = m.span()
        hedge: str | None = None
        first = last = None
        anchor = 0
        try:
            if kind == "iso":
                d = dt.date(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
                first = last = d
            elif kind in ("dmy", "mdy"):
                p = kind
                mon = _MONTHS[m[p + "_m"].lower()]
                day = int(m[p + "_d"])
                if m[p + "_y"]:
                    y = int(m[p + "_y"])
                elif pub is not None:
                    y = _infer_year(pub, mon, day)
                else:
                    raise _Unresolved
                first = last = dt.date(y, mon, day)
                if kind == "mdy" and m["mdy_by"]:
                    hedge = "by"
            elif kind == "my":
                mon = _MONTHS[m["my_m"].lower()]
                y = int(m["my_y"])
                first, last = _part(*_month_bounds(y, mon), m["my_part"])
                if m["my_by"]:
                    hedge = "by"
                anchor = 1
            elif kind == "mrange":  # "between April and June 2026"
                mon_a, mon_b = _MONTHS[m["mr_a"].lower()], _MONTHS[m["mr_b"].lower()]
                if m["mr_y"]:
                    y = int(m["mr_y"])
                elif pub is not None:
                    y = _infer_year(pub, mon_b, None)
                else:
                    raise _Unresolved
                first = _month_bounds(y if mon_a <= mon_b else y - 1, mon_a)[0]
                last = _month_bounds(y, mon_b)[1]
                anchor = 1
            elif kind in ("mon", "mon2"):
                if pub is None:
                    raise _Unresolved
                mon = _MONTHS[m[kind + "_m"].lower()]
                q = _norm(m["mon_q"]) if kind == "mon" else ""
                if q == "last":
                    y = pub.year if mon < pub.month else pub.year - 1
                elif q == "next":
                    y = pub.year if mon > pub.month else pub.year + 1
                elif q == "this":
                    y = pub.year
                else:
                    y = _infer_year(pub, mon, None)
                part = q if q in ("early", "mid", "late") or "end" in q else None
                if kind == "mon2":
                    s = m.start("mon2_m")
                first, last = _part(*_month_bounds(y, mon), part)
                if kind == "mon" and m["mon_by"]:
                    hedge = "by the end of" if "end" in q else "by"
                    if hedge == "by the end of":
                        first, last = _month_bounds(y, mon)
                anchor = 1
            elif kind == "yrange":
                y = int(m["yr_a"])
                y2 = y // 100 * 100 + int(m["yr_b"])
                if y2 <= y:
                    continue  # "2026-02": a month, not a range of years
                first, last = dt.date(y, 1, 1), dt.date(y2, 12, 31)
            elif kind == "decade":
                y = int(m["dec_y"])
                first, last = dt.date(y, 1, 1), dt.date(y + 9, 12, 31)
            elif kind == "year":
                y = int(m["year_y"])
                first, last = _part(dt.date(y, 1, 1), dt.date(y, 12, 31), m["year_part"] or m["year_part2"])
                prep = (m["year_prep"] or "").lower()
                if m["year_part"] or m["year_part2"]:
                    s = m.start("year_part") if m["year_part"] else m.start("year_part2")
                    if m["year_part"] and text[s - 4 : s] == "the ":
                        s -= 4
                else:
                    s = m.start("year_y")
                if prep in ("by", "until", "till", "before"):
                    hedge = prep if prep == "by" else None
                    if prep == "by":
                        s = m.start("year_prep")
                elif prep == "since":
                    hedge = "since"
                    s = m.start("year_prep")
                anchor = 1
            elif kind == "qtr":
                first, last = _quarter(text, m, pub)
            elif kind == "word":
                if pub is None:
                    raise _Unresolved
                w = _norm(m["word_w"])
                off = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(w, 0)
                first = last = pub + dt.timedelta(days=off)
            elif kind == "wday":
                if pub is None:
                    raise _Unresolved
                wd = _WEEKDAYS[m["wday_d"].lower()]
                q = (m["wday_q"] or "").lower()
                back = (pub.weekday() - wd) % 7
                if q == "last":
                    back = back or 7
                    first = last = pub - dt.timedelta(days=back)
                elif q == "next":
                    fwd = (wd - pub.weekday()) % 7 or 7
                    first = last = pub + dt.timedelta(days=fwd)
                elif back and _FUTURE_RE.search(text, max(0, m.start() - 45), m.start()):
                    # "is expected to return to work on Monday", said on a Sunday: the coming Monday
                    first = last = pub + dt.timedelta(days=7 - back)
                    if q == "by":
                        hedge = "by"
                else:
                    first = last = pub - dt.timedelta(days=back)
                    if q == "by":
                        hedge = "by"
                if q in ("on", "since", "this") or q == "":
                    s = m.start("wday_d")
                if q == "since":
                    hedge = "since"
                    s = m.start("wday_q")
            elif kind == "ago":
                if pub is None:
                    raise _Unresolved
                u = m["ago_u"].lower().rstrip("s")
                rn = _relnum(m["ago_n"])
                if rn is None:
                    if not m["ago_u"].endswith("s"):
                        raise _Unresolved
                    rn = (
                        (2, 9)
                        if u == "day"
                        else (2, 9)
                        if u == "week"
                        else (2, 11)
                        if u == "month"
                        else (2, 9)
                    )
                    if u == "day":
                        first = pub - dt.timedelta(days=9)
                        last = pub - dt.timedelta(days=2)
                    else:
                        first = pub - dt.timedelta(days=round(rn[1] * _UNIT_DAYS[u]))
                        last = pub - dt.timedelta(days=round(rn[0] * _UNIT_DAYS[u]))
                elif u in ("year", "decade"):
                    ylo = pub.year - int(rn[1] * (10 if u == "decade" else 1)) - 1
                    yhi = pub.year - int(rn[0] * (10 if u == "decade" else 1)) + 1
                    first, last = dt.date(max(ylo, 1), 1, 1), dt.date(yhi, 12, 31)
                elif u == "month":
                    a_ = pub - dt.timedelta(days=round(rn[1] * _UNIT_DAYS[u]))
                    b_ = pub - dt.timedelta(days=round(rn[0] * _UNIT_DAYS[u]))
                    first, last = _month_bounds(a_.year, a_.month)[0], _month_bounds(b_.year, b_.month)[1]
                elif u == "week":
                    first = pub - dt.timedelta(days=round(rn[1] * 7) + 3)
                    last = pub - dt.timedelta(days=round(rn[0] * 7) - 3)
                else:
                    first = pub - dt.timedelta(days=round(rn[1]))
                    last = pub - dt.timedelta(days=round(rn[0]))
            elif kind == "past":
                if pub is None:
                    raise _Unresolved
                u = m["past_u"].lower().rstrip("s")
                rn = _relnum(m["past_n"]) if m["past_n"] else (1, 1)
                if rn is None:
                    raise _Unresolved
                days = rn[1] * _UNIT_DAYS[u]
                q = m["past_q"].lower()
                if q in ("next", "coming"):
                    first, last = pub, pub + dt.timedelta(days=int(-(-days // 1)))
                else:
                    first, last = pub - dt.timedelta(days=int(-(-days // 1))), pub
            elif kind == "recent":
                if pub is None:
                    raise _Unresolved
                u = m["recent_u"].lower().rstrip("s")
                back = {"day": 9, "week": 42, "month": 183, "year": 1826}[u]
                first, last = pub - dt.timedelta(days=back), pub
            elif kind == "endof":  # "by the end of the month", "at the end of next year"
                if pub is None:
                    raise _Unresolved
                q, u = m["endof_q"].lower(), m["endof_u"].lower()
                first, last = _rel_period(pub, "this" if q == "the" else q, u)
                if (m["endof_by"] or "").lower() in ("by", "before"):
                    hedge = "by the end of"
                elif u == "week":
                    first = last - dt.timedelta(days=2)  # its last days
                else:
                    first, last = _part(first, last, "end")
            elif kind == "rel":
                q = _norm(m["rel_q"])
                u = m["rel_u"].lower()
                if q.endswith("that"):
                    # "later that year": relative to an anchor year earlier in the sentence
                    anc = _anchor_before(text, s, out)
                    if anc is None or u != "year":
                        raise _Unresolved
                    y = dt.date.fromordinal(int(anc.low)).year  # type: ignore[arg-type]
                    first, last = dt.date(y, 1, 1), dt.date(y, 12, 31)
                else:
                    if pub is None:
                        raise _Unresolved
                    first, last = _rel_period(pub, q.split()[-1], u)
                    if q.startswith("earlier"):
                        last = min(last, pub)
                    elif q.startswith("later"):
                        first = max(first, pub)
            else:
                raise _Unresolved
        except _Unresolved:
            if blocked is not None:
                blocked.append((s, e))
            continue
        except (ValueError, OverflowError, KeyError):
            continue
        if first is None or last is None:
            if blocked is not None:
                blocked.append((s, e))
            continue
        lo: float | None = float(first.toordinal())
        hi: float | None = float(last.toordinal())
        stated = (lo, hi)
        if hedge:
            lo, hi = _apply_hedge(hedge, lo, hi, "date")  # type: ignore[arg-type]
        out.append(
            (
                Value(
                    start=s,
                    end=e,
                    text=text[s:e],
                    dimension="date",
                    unit="date",
                    low=lo,
                    high=hi,
                    stated_low=stated[0],
                    stated_high=stated[1],
                    hedge=hedge,
                ),
                anchor,
            )
        )
    return out


def _anchor_before(text: str, pos: int, dates: list[tuple[Value, int]]) -> Value | None:
    sent_start = 0
    for sm in _SENT_RE.finditer(text, 0, pos):
        sent_start = sm.end()
    best = None
    for v, anchor in dates:
        if anchor and sent_start <= v.start < pos and v.stated_low is not None:
            best = v
    return best


def _rel_period(pub: dt.date, q: str, u: str) -> tuple[dt.date, dt.date]:
    step = {"last": -1, "this": 0, "next": 1}[q]
    if u in ("week", "weekend"):
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=7 * step)
        if u == "weekend":
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        if step == -1 and pub.weekday() > 0:
            # "He escaped last week" in a Saturday paper may be this Monday: the week before, up to yesterday
            return monday, pub - dt.timedelta(days=1)
        return monday, monday + dt.timedelta(days=6)
    if u == "month":
        y, mo = pub.year, pub.month + step
        if mo == 0:
            y, mo = y - 1, 12
        elif mo == 13:
            y, mo = y + 1, 1
        return _month_bounds(y, mo)
    y = pub.year + step
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


# --------------------------------------------------------------------------------------
# public
# --------------------------------------------------------------------------------------
def extract_values(text: str, *, published: dt.date | None = None) -> list[Value]:
    """Every figure in ``text`` as an interval in a canonical unit, sorted by start, non-overlapping.

    Args:
        text: any text (a sentence, a claim or a whole document); offsets index it.
        published: the publication date, needed to resolve relative dates
            ("last Wednesday", "in the past two weeks", "Feb 23"); without it
            those are not returned.

    Returns:
        A list of :class:`~crossref.models.Value`, never overlapping, sorted by start.

    >>> v = extract_values("nearly 2,000 troops")[0]
    >>> (v.low, v.high, v.noun, v.hedge)
    (1800.0, 2000.0, 'troops', 'nearly')
    """
    try:
        return _extract(text, published)
    except Exception:  # pragma: no cover - a guard: a figure we cannot read is not worth a crash
        return []


_DECIMALS = re.compile(r"\d+(?:,\d{3})*(?:\.(\d+))?")
_UNIT_AT_END = re.compile(rf"(?<![a-z])(?:{_UNIT})$")


@lru_cache(maxsize=4096)  # asked of both figures of every pair a verdict weighs, more than once
def written_unit(v: Value) -> tuple[str, float] | None:
    """The unit a converted measure is written in and one step of its last written digit,
    in the canonical unit: ``("mile", 1609.344)`` for "six miles", ``("mile", 160.9344)``
    for "6.2 miles", ``("foot", 304.8)`` for "35,000 feet" (the zeros of a whole number of
    three digits or more are taken as rounding: 1,000 feet; "10 kilometers" is to the
    kilometre), ``("oil_barrel", 15898729.49...)`` for "2.5 million barrels" (100,000
    barrels); a number in words is written to the unit.  ``None`` for counts,
    money, shares, dates and durations, and where no unit word ends the figure's text.

    >>> written_unit(extract_values("a depth of six miles")[0])
    ('mile', 1609.344)
    """
    if v.dimension not in _PINT_CANONICAL or v.dimension == "duration":
        return None
    text = _norm(v.text)
    m = _UNIT_AT_END.search(text)
    if m is None:
        return None
    word = _SLASH_RE.sub("/", m.group()).replace("° ", "°")  # as the figure's unit was read
    if UNIT_WORDS.get(word, ("",))[0] != v.dimension:
        return None
    expr = UNIT_WORDS[word][1]
    factor, offset = _conversion(v.dimension, expr)
    numbers = list(_DECIMALS.finditer(text[: m.start()]))
    if not numbers or v.stated_low is None:
        return expr, abs(factor)  # "six miles"
    last = numbers[-1]
    if last.group(1):
        place = 10.0 ** -len(last.group(1))
    else:
        digits = last.group().replace(",", "")  # "35,000": rounded; "10": to the unit
        place = 10.0 ** (len(digits) - len(digits.rstrip("0"))) if len(digits) >= 3 else 1.0
    first = _parse_digits(numbers[0].group())
    scale = (v.stated_low - offset) / factor / first if first else 1.0  # "2.5 million barrels"
    return expr, abs(factor * place * scale)


def _extract(text: str, published: dt.date | None) -> list[Value]:
    if not isinstance(text, str) or not text:
        return []
    if isinstance(published, dt.datetime):
        published = published.date()
    atom_starts, date_starts = _starts(text)
    if not atom_starts and not date_starts:
        return []
    blocked: list[tuple[int, int]] = zoned_times(text)  # "at 14.30 GMT" is no figure 14.3
    dates = _date_candidates(text, published, blocked, date_starts)
    quantities = [
        q
        for q in _quantities(text, atom_starts)
        if not _part_of_a_name(text, q[0]) and not _a_side(text, q[0])
    ]
    if blocked:
        quantities = [q for q in quantities if not any(a < q[0].end and q[0].start < b for a, b in blocked)]
    cands: list[tuple[Value, int]] = [(v, 0) for v, _ in dates]
    cands += [(v, 0) for v in extract_times(text)]  # "at 14.30" is a time, not the figure 14.3
    cands += [(v, 1) for v, _ in quantities]
    # a date written with words ("Jan. 4", "last week") wins over a figure it overlaps ("4 quakes");
    # otherwise the longest reading wins ("in the past two weeks" over "two weeks")
    cands.sort(
        key=lambda c: (
            not (c[1] == 0 and not c[0].text.isdigit()),
            -(c[0].end - c[0].start),
            c[1],
            c[0].start,
        )
    )
    chosen: list[Value] = []
    taken: list[tuple[int, int]] = []
    for v, _ in cands:
        if v.start >= v.end or any(v.start < b and a < v.end for a, b in taken):
            continue
        taken.append((v.start, v.end))
        chosen.append(v)
    chosen.sort(key=lambda v: v.start)
    return _add_scopes(text, _merge_compound_durations(text, _merge_restated_dates(text, chosen)))


_NAME_BEFORE_RE = re.compile(
    r"(?<![.!?:;]\s)\b([A-Z][A-Za-z]*|[a-z]+[A-Z][A-Za-z]*)(?:\s?\d+(?:\.\d+)?\s(?:and|or)\s|\s)$"
)


def _part_of_a_name(text: str, v: Value) -> bool:
    """A bare number right after a name is part of it: "USB 3", "Internet Explorer 8 and 9",
    "IE8 and 9", "iPhone 4", "Route 94" (a name within a sentence, not its first word, with
    nothing but a space between: "In Gaza, 40 were killed" keeps its 40; a month or a weekday
    before a number is a date's)."""
    if v.dimension != "count" or v.noun or v.hedge or not v.text[:1].isdigit():
        return False
    m = _NAME_BEFORE_RE.search(text, max(0, v.start - 40), v.start)
    return (
        m is not None
        and text[: m.start()].strip() != ""
        and m.group(1).lower() not in _MONTHS
        and m.group(1).lower() not in _WEEKDAYS
    )


_SIDE_BEFORE_RE = re.compile(r"\d\s?(?:[x\u00d7]|pixels?\s+by)\s?$", re.IGNORECASE)
_SIDE_AFTER_RE = re.compile(r"\s?[x\u00d7]\s?\d")
_PIXELS_BY_RE = re.compile(r"\s+by\s+\d", re.IGNORECASE)


def _a_side(text: str, v: Value) -> bool:
    """A count that is one side of a size: "2880 x 1800 pixels", "2880 pixels by 1800"."""
    if v.dimension != "count":
        return False
    return bool(
        _SIDE_BEFORE_RE.search(text[max(0, v.start - 16) : v.start])
        or _SIDE_AFTER_RE.match(text, v.end)
        or (v.noun in {"pixels", "pixel"} and _PIXELS_BY_RE.match(text, v.end))
    )


_DURATION_RANK = {
    w: k
    for k, ws in enumerate(
        (("second", "sec"), ("minute", "min"), ("hour", "hr"), ("day",), ("week",), ("month",), ("year",))
    )
    for stem in ws
    for w in (stem, stem + "s")
}
_COMPOUND_GAP_RE = re.compile(r",?\s+(?:and\s+)?|,")


def _duration_rank(v: Value) -> int | None:
    """The unit a duration is written in, smallest first (seconds 0 ... years 6)."""
    words = v.text.lower().split()
    return _DURATION_RANK.get(words[-1]) if v.dimension == "duration" and words else None


def _merge_compound_durations(text: str, values: list[Value]) -> list[Value]:
    """A length of time written in two units is one value: "12 minutes, 31 seconds",
    "2 hours and 30 minutes", "one year and six months" (the larger unit first)."""
    out: list[Value] = []
    for v in values:
        prev = out[-1] if out else None
        big, small = (_duration_rank(prev), _duration_rank(v)) if prev is not None else (None, None)
        if (
            prev is not None
            and big is not None
            and small is not None
            and big > small
            and not v.hedge
            and _COMPOUND_GAP_RE.fullmatch(text[prev.end : v.start])
            and None not in (prev.low, prev.high, v.low, v.high, prev.stated_low, v.stated_low)
        ):
            assert prev.low is not None and prev.high is not None and v.low is not None and v.high is not None
            assert prev.stated_low is not None and v.stated_low is not None
            out[-1] = attrs.evolve(
                prev,
                end=v.end,
                text=text[prev.start : v.end],
                low=prev.low + v.low,
                high=prev.high + v.high,
                stated_low=prev.stated_low + v.stated_low,
                stated_high=(prev.stated_high or prev.stated_low) + (v.stated_high or v.stated_low),
            )
            continue
        out.append(v)
    return out


_DATE_GAP_RE = re.compile(r"[\s,(]*")
_RELATIVE_DAY_RE = re.compile(
    r"(?:on\s+|last\s+|this\s+|next\s+)?(?:today|yesterday|tomorrow|tonight|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s+(?:morning|afternoon|evening|night))?",
    _I,
)


def _merge_restated_dates(text: str, values: list[Value]) -> list[Value]:
    """One date written twice side by side is one value: "Tuesday, December 9, 2008", "Monday (Feb 23)".

    The weekday or "today" names the day relative to publication; the calendar date
    beside it says which day it is, and wins.
    """
    out: list[Value] = []
    for v in values:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.dimension == "date"
            and v.dimension == "date"
            and _DATE_GAP_RE.fullmatch(text[prev.end : v.start])
            and (_RELATIVE_DAY_RE.fullmatch(prev.text) or _RELATIVE_DAY_RE.fullmatch(v.text))
        ):
            rel, cal = (prev, v) if _RELATIVE_DAY_RE.fullmatch(prev.text) else (v, prev)
            if _RELATIVE_DAY_RE.fullmatch(cal.text):
                cal = v
            end = v.end + 1 if "(" in text[prev.end : v.start] and text[v.end : v.end + 1] == ")" else v.end
            out[-1] = attrs.evolve(cal, start=prev.start, end=end, text=text[prev.start : end])
            continue
        out.append(v)
    return out


_ONE_NOT_COUNT_RE = re.compile(r"\s+(?:of|another|by|after|or|point)\b", _I)
_ONE_IDIOM_RE = re.compile(r"\b(?:at|no|the|any|every|this|that)\s+$", _I)
_AGE_BEFORE_RE = re.compile(r"\b[A-Z][A-Za-z'’.-]+,\s+$")
_AGE_AFTER_RE = re.compile(r"\s*(?:[,)]|\.(?:\s|$)|$)")
_SCORE_RE = re.compile(r"[-–](\d{1,3})(?![\d,.]?\d)")
_COMPOUND_RE = re.compile(r"-([a-z]{3,})\b(?!-)")
_MAG_BEFORE_RE = re.compile(r"\bmagnitude[\s-]+$", _I)
_RICHTER_RE = re.compile(r"\s+on\s+the\s+Richter\s+scale\b", _I)
_QUAKE_AFTER_RE = re.compile(r"[\s-]+(?:earthquake|quake|tremor|temblor|aftershock)s?\b", _I)
_AGO_RE = re.compile(r"\s+ago\b", _I)
_OLD_RE = re.compile(r"-old\b|(?=\s+old\b)\s+old", _I)
# "The Wall Street Journal reported last week that ...": when it was said, not what it is about
_REPORTED_RE = re.compile(
    r"\b(?:said|says|reported|reports|announced|told|added|stated|confirmed|wrote|statement|briefing)"
    r"(?:\s+\w+)?\s+(?:on\s+|in\s+)?$"
)
_REPORTS_AFTER_RE = re.compile(
    r"\s+(?:said|says|reported|reports|announced|posted|told|confirmed|disclosed|unveiled)\b"
)  # "Acme on Wednesday reported a profit of $2.1 billion": when it was told
# "Before 1997, Gigante had served a five-year rap in 1959": a date that bounds, not dates
_RELATIONAL = r"(?:before|after|until|till|since|prior\s+to|by)"
_RELATIONAL_RE = re.compile(rf"\b{_RELATIONAL}\s+$", _I)
_YEAR_WRITTEN_RE = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
_RELATIONAL_START_RE = re.compile(rf"{_RELATIONAL}\b", _I)


_OPENING_YEAR_RE = re.compile(r"(?:^|[.!?]\s+)(?:in|during|by\s+the\s+end\s+of)\s+$", _I)


def _dates_length(text: str, d: Value, v: Value) -> bool:
    """Whether the year ``d`` dates the length of time ``v``: a year written out, in the same
    stretch of the sentence ("a 12-year sentence ... in 1997") or opening it ("In 2019, the
    court sentenced Mora to nine years"); not a year set off by commas ("Mora, who was
    arrested in 2015, was sentenced to nine years"), nor one that starts a span ("in power
    since 1994")."""
    if not _YEAR_WRITTEN_RE.search(d.text) or _RELATIONAL_START_RE.match(d.text):
        return False
    between = text[d.end : v.start] if d.end <= v.start else text[v.end : d.start]
    if "," not in between and ";" not in between:
        return True
    return (
        d.end <= v.start
        and bool(_OPENING_YEAR_RE.search(text, 0, d.start))
        and text[d.end : d.end + 1] == ","
    )


_WHEN_AFTER_RE = re.compile(r",?\s+when\b[^,;.]*$", _I)  # "since September 2024, when 26 people were killed"
_ASIDE_RE = re.compile(r",\s+(?:which|who|whose)\b[^,;]*,")
_STANDING_RE = re.compile(
    r"\b(?:ha[sd]|have)\s+(?:been\s+)?\w+|\b(?:founded|established|formed|created|built|born|opened|set\s+up|"
    r"launched|incorporated|elected|appointed|named|listed|started|began)\b",
    _I,
)


def _aside_without(asides: list[tuple[int, int]], text: str, d: Value, v: Value) -> bool:
    """The date ``d`` is in an aside (``asides``: spans of ``_ASIDE_RE``) that ``v`` is not in,
    and it dates how its subject came to be or what it has long done, not the event of the
    sentence: "Kessler, which has made washing machines there since 1989, expects a charge of
    110 million euros"; "the company, which was founded in 1950, cut 300 jobs".  An aside that
    dates the subject as an event dates the figures too: "The earthquake, which struck in
    February 2023, killed 53,000 people"."""
    return any(
        a < d.start
        and d.end <= b
        and not (a < v.start and v.end <= b)
        and _STANDING_RE.search(text, a, d.start) is not None
        for a, b in asides
    )


_PRESENT_ASIDE_RE = re.compile(
    r",\s+(?:which|who)\s+(?:also\s+|now\s+|currently\s+|still\s+)?(?!was\b)(?:is|are|has|have|[a-z]+[^s\W]s)\b"
)


def _in_present_aside(asides: list[tuple[int, int]], text: str, d: Value, v: Value) -> bool:
    """The figure ``v`` is in an aside set off by commas that tells, in the present tense,
    what its subject is or has, and the date ``d`` is outside it: the date is of the
    sentence's event, the figure of now ("The plant, which employs about 650 people, will
    be closed by the end of 2026").  An aside in the past tense is of the event: "The
    earthquake, which killed 53,000 people, struck in February 2023"."""
    return any(
        a <= v.start
        and v.end <= b
        and not (a <= d.start and d.end <= b)
        and _PRESENT_ASIDE_RE.match(text, a) is not None
        for a, b in asides
    )


def _add_scopes(text: str, values: list[Value]) -> list[Value]:
    """The time each figure refers to, from the nearest date of its sentence (preceding
    dates first); a length of time takes only a year written out ("a 12-year sentence ... in
    1997", not "took a month, starting Monday")."""
    if not any(v.dimension == "date" for v in values) or all(v.dimension == "date" for v in values):
        return values
    bounds = [0] + [m.end() for m in _SENT_RE.finditer(text)] + [len(text) + 1]
    asides = [m.span() for m in _ASIDE_RE.finditer(text)]

    def sent(i: int) -> int:
        return bisect.bisect_right(bounds, i) - 1

    out = []
    for v in values:
        if v.dimension == "date":
            out.append(v)
            continue
        si = sent(v.start)
        anchors = [
            d
            for d in values
            if d.dimension == "date"
            and (  # "reported third-quarter profit": a quarter is what is reported on, not when
                is_calendar_quarter(*(d.dates or (None, None)))
                or not (
                    _REPORTED_RE.search(text, max(0, d.start - 40), d.start)
                    or _REPORTS_AFTER_RE.match(text, d.end)
                )
            )
            and (
                not _RELATIONAL_RE.search(text, max(0, d.start - 12), d.start)
                or _WHEN_AFTER_RE.match(text, d.end, v.start)
            )
            and not _aside_without(asides, text, d, v)
            and not _in_present_aside(asides, text, d, v)
            and sent(d.start) == si
            and d.stated_low is not None
            and d.stated_high is not None
            and (v.dimension != "duration" or _dates_length(text, d, v))
        ]
        before = [d for d in anchors if d.end <= v.start]
        after = [d for d in anchors if d.start >= v.end]
        anchor = before[-1] if before else (after[0] if after else None)
        if anchor is not None:
            assert anchor.stated_low is not None and anchor.stated_high is not None
            v = attrs.evolve(v, scope=(int(anchor.stated_low), int(anchor.stated_high)))
        out.append(v)
    return out
