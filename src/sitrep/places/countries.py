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
    "Iraqi": "Iraq", "Syrian": "Syria", "Lebanese": "Lebanon", "Israeli": "Israel", "Palestinian": "Palestinian Territory",
    "Jordanian": "Jordan", "Saudi": "Saudi Arabia", "Yemeni": "Yemen", "Omani": "Oman", "Emirati": "United Arab Emirates",
    "Qatari": "Qatar", "Kuwaiti": "Kuwait", "Bahraini": "Bahrain", "Turkish": "Turkey", "Kurdish": None,
    "Egyptian": "Egypt", "Libyan": "Libya", "Tunisian": "Tunisia", "Algerian": "Algeria", "Moroccan": "Morocco",
    "Sudanese": "Sudan", "South Sudanese": "South Sudan", "Ethiopian": "Ethiopia", "Eritrean": "Eritrea",
    "Somali": "Somalia", "Kenyan": "Kenya", "Ugandan": "Uganda", "Tanzanian": "Tanzania", "Rwandan": "Rwanda",
    "Burundian": "Burundi", "Congolese": "Democratic Republic of the Congo", "Cameroonian": "Cameroon",
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
# Common ways of naming countries that GeoNames' name list may miss.
COUNTRY_VARIANTS = {
    "USA": "United States", "United States of America": "United States", "America": "United States",
    "Britain": "United Kingdom", "Great Britain": "United Kingdom", "Burma": "Myanmar", "DRC": "Democratic Republic of the Congo",
    "DR Congo": "Democratic Republic of the Congo", "Ivory Coast": "Ivory Coast", "Cote d'Ivoire": "Ivory Coast",
    "Palestine": "Palestinian Territory", "Gaza": "Palestinian Territory", "West Bank": "Palestinian Territory",
    "Kashmir": None,
}
DEMONYM_PATTERN = re.compile(r"(?<![\w-])(" + "|".join(sorted(map(re.escape, DEMONYMS), key=len, reverse=True)) + r")(?![\w])")
