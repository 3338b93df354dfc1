"""Country names, demonyms and adjectives, as news text writes them."""

from __future__ import annotations

import re

# demonym or adjective -> GeoNames country name
DEMONYMS = {
    "Afghan": "Afghanistan", "Afghans": "Afghanistan", "Pakistani": "Pakistan", "Pakistanis": "Pakistan",
    "Indian": "India", "Bangladeshi": "Bangladesh", "Nepali": "Nepal", "Nepalese": "Nepal",
    "Sri Lankan": "Sri Lanka", "Burmese": "Myanmar", "Myanmar": "Myanmar", "Thai": "Thailand",
    "Cambodian": "Cambodia", "Vietnamese": "Vietnam", "Lao": "Laos", "Laotian": "Laos",
    "Filipino": "Philippines", "Philippine": "Philippines", "Indonesian": "Indonesia", "Malaysian": "Malaysia",
    "Chinese": "China", "Japanese": "Japan", "Korean": "South Korea", "North Korean": "North Korea",
    "American": "United States", "US": "United States", "U.S.": "United States", "Iranian": "Iran",
    "Iraqi": "Iraq", "Syrian": "Syria", "Lebanese": "Lebanon", "Israeli": "Israel", "Palestinian": "Palestine",
    "Jordanian": "Jordan", "Saudi": "Saudi Arabia", "Yemeni": "Yemen", "Omani": "Oman", "Emirati": "United Arab Emirates",
    "Qatari": "Qatar", "Kuwaiti": "Kuwait", "Bahraini": "Bahrain", "Turkish": "Turkey", "Kurdish": None,
    "Egyptian": "Egypt", "Libyan": "Libya", "Tunisian": "Tunisia", "Algerian": "Algeria", "Moroccan": "Morocco",
    "Sudanese": "Sudan", "South Sudanese": "South Sudan", "Ethiopian": "Ethiopia", "Eritrean": "Eritrea",
    "Somali": "Somalia", "Kenyan": "Kenya", "Ugandan": "Uganda", "Tanzanian": "Tanzania", "Rwandan": "Rwanda",
    "Burundian": "Burundi", "Congolese": "Democratic Republic of Congo", "Cameroonian": "Cameroon",
    "Nigerian": "Nigeria", "Nigerien": "Niger", "Malian": "Mali", "Burkinabe": "Burkina Faso", "Chadian": "Chad",
    "Mozambican": "Mozambique", "Zimbabwean": "Zimbabwe", "South African": "South Africa", "Ghanaian": "Ghana",
    "Senegalese": "Senegal", "Ivorian": "Ivory Coast", "Guinean": "Guinea", "Mauritanian": "Mauritania",
    "Mexican": "Mexico", "Brazilian": "Brazil", "Colombian": "Colombia", "Venezuelan": "Venezuela",
    "Peruvian": "Peru", "Chilean": "Chile", "Argentine": "Argentina", "Argentinian": "Argentina",
    "Bolivian": "Bolivia", "Ecuadorian": "Ecuador", "Haitian": "Haiti", "Honduran": "Honduras",
    "Guatemalan": "Guatemala", "Salvadoran": "El Salvador", "Nicaraguan": "Nicaragua", "Cuban": "Cuba",
    "Russian": "Russia", "Ukrainian": "Ukraine", "Belarusian": "Belarus", "Georgian": "Georgia",
    "Armenian": "Armenia", "Azerbaijani": "Azerbaijan", "Azeri": "Azerbaijan", "Tajik": "Tajikistan",
    "Uzbek": "Uzbekistan", "Kazakh": "Kazakhstan", "Kyrgyz": "Kyrgyzstan", "Turkmen": "Turkmenistan",
    "British": "United Kingdom", "UK": "United Kingdom", "French": "France", "German": "Germany",
    "Italian": "Italy", "Spanish": "Spain", "Greek": "Greece", "Polish": "Poland", "Dutch": "Netherlands",
    "Belgian": "Belgium", "Swedish": "Sweden", "Norwegian": "Norway", "Australian": "Australia",
    "Canadian": "Canada", "Serbian": "Serbia", "Kosovar": "Kosovo", "Bosnian": "Bosnia and Herzegovina",
}
# Short names, as news (and ACLED) write them, for countries whose ISO name is long.
COMMON_NAMES = {
    "BO": "Bolivia", "CD": "Democratic Republic of Congo", "CG": "Republic of Congo", "CI": "Ivory Coast",
    "IR": "Iran", "KP": "North Korea", "KR": "South Korea", "LA": "Laos", "MD": "Moldova", "PS": "Palestine",
    "RU": "Russia", "SY": "Syria", "TR": "Turkey", "TW": "Taiwan", "TZ": "Tanzania", "VE": "Venezuela",
    "VN": "Vietnam", "BN": "Brunei", "FM": "Micronesia", "CZ": "Czech Republic", "SZ": "eSwatini", "CV": "Cape Verde",
}
# Common ways of naming countries that GeoNames' name list may miss.
COUNTRY_VARIANTS = {
    "USA": "United States", "United States of America": "United States", "America": "United States",
    "Britain": "United Kingdom", "Great Britain": "United Kingdom", "Burma": "Myanmar", "DRC": "Democratic Republic of the Congo",
    "DR Congo": "Democratic Republic of the Congo", "Ivory Coast": "Ivory Coast", "Cote d'Ivoire": "Ivory Coast",
    "Gaza": "Palestine", "West Bank": "Palestine", "Gaza Strip": "Palestine",
    "Kashmir": None,
}
DEMONYM_PATTERN = re.compile(r"(?<![\w-])(" + "|".join(sorted(map(re.escape, DEMONYMS), key=len, reverse=True)) + r")(?![\w])")
# Abbreviations that also name currencies, languages or organisations ("US dollar"): not evidence of where.
WEAK_DEMONYMS = {"US", "U.S.", "UK", "Chinese", "Kurdish"}
