"""Word lists behind actor recognition: places, given names, titles and organisation cues.

Spanish and English side by side, tuned to the press on Mexico and its neighbours. The
lists are deliberately short and common; an analyst's known actors fill the gaps.
"""

from __future__ import annotations

import re

from casefile.domain import ActorKind
from casefile.folding import fold


def _vocabulary(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string, for readable word lists."""
    return frozenset(words.split())


def _places(table: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """Parse ``spanish=english=alias,alias`` entries separated by ``|``."""
    entries = []
    for entry in table.split("|"):
        fields = [f.strip() for f in entry.split("=")]
        if not fields[0]:
            continue
        spanish = fields[0]
        english = fields[1] if len(fields) > 1 and fields[1] else spanish
        aliases = tuple(a.strip() for a in fields[2].split(",")) if len(fields) > 2 else ()
        entries.append((spanish, english, aliases))
    return tuple(entries)


# (Spanish name, English name, other printed forms). "EU" is Estados Unidos in the
# Mexican press; actors.py drops it from the aliases in English text.
PLACES = _places(
    "Estados Unidos=United States=EU,EE.UU.,EE. UU.,EEUU,E.U.,E.U.A.,US,U.S.,USA,U.S.A.,"
    "Unión Americana|México=Mexico|Canadá=Canada|Guatemala|Honduras|El Salvador|Nicaragua|"
    "Costa Rica|Panamá=Panama|Belice=Belize|Cuba|Haití=Haiti|República Dominicana="
    "Dominican Republic|Puerto Rico|Colombia|Venezuela|Ecuador|Perú=Peru|Bolivia|Chile|"
    "Argentina|Uruguay|Paraguay|Brasil=Brazil|España=Spain|Francia=France|Alemania=Germany|"
    "Italia=Italy|Reino Unido=United Kingdom=UK|Portugal|Países Bajos=Netherlands|"
    "Bélgica=Belgium|Suiza=Switzerland|Rusia=Russia|Ucrania=Ukraine|China|Japón=Japan|"
    "India|Corea del Sur=South Korea|Corea del Norte=North Korea|Israel|Irán=Iran|Irak=Iraq|"
    "Siria=Syria|Turquía=Turkey|Arabia Saudita=Saudi Arabia|Qatar|Egipto=Egypt|"
    "Sudáfrica=South Africa|Australia|Afganistán=Afghanistan|Pakistán=Pakistan|"
    "Washington|Nueva York=New York|Los Ángeles=Los Angeles|Chicago|Houston|Dallas|Miami|"
    "San Diego|El Paso|San Antonio|Phoenix|Las Vegas|San Francisco|Texas|California|"
    "Arizona|Nuevo México=New Mexico|Florida|Ottawa|Ciudad de México=Mexico City=CDMX|"
    "Monterrey|Guadalajara|Tijuana|Mexicali|Ciudad Juárez|Juárez|Nuevo Laredo|Reynosa|"
    "Matamoros|Culiacán=Culiacan|Hermosillo|Acapulco|Cancún=Cancun|Mazatlán|Sinaloa|"
    "Sonora|Chihuahua|Coahuila|Nuevo León|Tamaulipas|Baja California|Durango|Zacatecas|"
    "Jalisco|Michoacán=Michoacan|Guerrero|Oaxaca|Chiapas|Veracruz|Tabasco|Puebla|Guanajuato|"
    "Querétaro|Morelos|Quintana Roo|Yucatán=Yucatan|Bogotá=Bogota|Caracas|La Habana=Havana|"
    "Madrid|París=Paris|Londres=London|Bruselas=Brussels|Berlín=Berlin|Roma=Rome|"
    "Ginebra=Geneva|Viena=Vienna|Moscú=Moscow|Kiev=Kyiv|Pekín=Beijing|Tokio=Tokyo|"
    "Lima|Santiago|Buenos Aires|Brasilia|Quito|Montevideo|Tegucigalpa|San Salvador|"
    "Managua|Ciudad de Guatemala=Guatemala City|Santo Domingo|Jerusalén=Jerusalem|"
    "Gaza|Norteamérica=North America|América Latina=Latin America=Latinoamérica|"
    "Centroamérica=Central America|Europa=Europe|Asia|África=Africa|"
    # The rest of Mexico's states, and state capitals and towns the security press names.
    "Aguascalientes|Baja California Sur|Campeche|Colima|Estado de México=State of Mexico="
    "Edomex|Hidalgo|Nayarit|San Luis Potosí=San Luis Potosi|Tlaxcala|Toluca|Cuernavaca|"
    "Morelia|Chilpancingo|Xalapa|Villahermosa|Mérida=Merida|Saltillo|Torreón=Torreon|"
    "Ciudad Victoria|Tepic|Uruapan|Apatzingán=Apatzingan|Badiraguato|Cosalá=Cosala|"
    "Navolato|Los Mochis|Guasave|Caborca|Ciudad Obregón=Ciudad Obregon|Fresnillo|Celaya|"
    "Irapuato|"
    # Ports where precursors and weapons are seized.
    "Manzanillo|Lázaro Cárdenas=Lazaro Cardenas|Ensenada|Topolobampo|Guaymas|Altamira|"
    "Tampico|Coatzacoalcos|Progreso|Salina Cruz|Puerto Chiapas|Long Beach|"
    # Border crossings and border cities, both sides.
    "Nogales|Otay Mesa|San Ysidro|Tecate|Calexico|San Luis Río Colorado=San Luis Rio Colorado|"
    "Agua Prieta|Sásabe=Sasabe|Ojinaga|Piedras Negras|"
    "Eagle Pass|Ciudad Acuña=Ciudad Acuna|Del Rio|Laredo|McAllen|Brownsville|"
    "Yuma|Tucson|Las Cruces|Santa Teresa|Albuquerque|"
    # United States: the states not named above, and cities in the news on trafficking.
    "Alabama|Alaska|Arkansas|Colorado|Connecticut|Delaware|Georgia|Hawái=Hawaii|Idaho|"
    "Illinois|Indiana|Iowa|Kansas|Kentucky|Luisiana=Louisiana|Maine|Maryland|"
    "Massachusetts|Míchigan=Michigan|Minnesota|Misisipi=Mississippi|Misuri=Missouri|"
    "Montana|Nebraska|Nevada|Nuevo Hampshire=New Hampshire|Nueva Jersey=New Jersey|"
    "Carolina del Norte=North Carolina|Dakota del Norte=North Dakota|Ohio|Oklahoma|Oregón="
    "Oregon|Pensilvania=Pennsylvania|Rhode Island|Carolina del Sur=South Carolina|"
    "Dakota del Sur=South Dakota|Tennessee|Utah|Vermont|Virginia|"
    "Virginia Occidental=West Virginia|Wisconsin|Wyoming|Atlanta|Denver|Seattle|Boston|"
    "Filadelfia=Philadelphia|Detroit|Baltimore|Sacramento|Austin|Nashville|Memphis|"
    "Nueva Orleans=New Orleans|Salt Lake City|Portland|Mineápolis=Minneapolis|"
    "Nueva Delhi=New Delhi|Shanghái=Shanghai|Cantón=Guangzhou|Hong Kong|Taiwán=Taiwan"
)


# Names that CLDR gives a country but that read as something else in news text: a given
# name ("Chad", "Jordan"), a common word at a sentence's start ("Reunión"), a US state.
_NOT_COUNTRY_NAMES = frozenset(
    [
        "Chad",
        "Jordan",
        "Jersey",
        "Georgia",
        "Reunión",
        "Réunion",
        "Man",
        "Isla de Man",
        "Isle of Man",
        "Guernsey",
        "Santa Elena",
        "St. Helena",
        "Granada",
        "Grenada",
        "Dominica",
        "Congo",
        "Niger",
        "Níger",
        "Mali",
        "Malí",
        "Togo",
        "Samoa",
        "Tonga",
    ]
)


def _world_countries(
    known: tuple[tuple[str, str, tuple[str, ...]], ...],
) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """Every country with its Spanish and English short names from the Unicode CLDR (through
    Babel), for the ones the table above does not hold: news of any bilateral track names
    Morocco, Guyana or Ethiopia as often as Mexico."""
    from babel import Locale

    spanish, english = Locale("es").territories, Locale("en").territories
    printed = {form for entry in known for form in (entry[0], entry[1], *entry[2])}
    entries = []
    for code, name in sorted(spanish.items()):
        if len(code) != 2 or not code.isalpha() or code in ("EU", "UN", "EZ", "QO"):
            continue  # regions, unions and pseudo-territories
        if (code.startswith("X") and code != "XK") or code not in english:
            continue
        es_name, en_name = name, english[code]
        if es_name in printed or en_name in printed:
            continue
        if es_name in _NOT_COUNTRY_NAMES or en_name in _NOT_COUNTRY_NAMES:
            continue
        entries.append((es_name, en_name, ()))
    return tuple(entries)


PLACES = PLACES + _world_countries(PLACES)

ACRONYM_KINDS: dict[str, ActorKind] = {
    name: ActorKind.ORGANISATION
    for name in _vocabulary(
        "SRE FGR SSPC SEDENA Sedena SEMAR Semar CNI GN ONU OEA OTAN NATO FBI DEA CIA ATF DHS "
        "ICE CBP UIF SAT SHCP PEMEX Pemex CFE INE TEPJF SCJN CJNG UE OMS WHO IMF FMI BID CBP "
        "USTR DOJ NSC Morena PAN PRI PRD MC PT PVEM"
    )
}

NOT_ACTORS = _vocabulary(
    "FB X IG TV AM PM OK II III IV Foto Photo Especial Archivo Cuartoscuro Compartir Share "
    "Tweet Email WhatsApp Facebook Twitter Instagram TikTok YouTube Threads Telegram "
    "COVID PIB GDP T-MEC USMCA TLCAN NAFTA EST UTC"
)

CONNECTORS = _vocabulary("de del la las los y e of the for and van von da das do dos di du")

STOPWORDS = _vocabulary(
    "el la los las un una unos unas lo al del de en con por para sin sobre tras ante bajo "
    "desde hasta hacia entre según durante mediante este esta estos estas ese esa esos esas "
    "aquel aquella su sus mi mis nuestro nuestra y o pero sino aunque porque pues como "
    "cuando donde mientras si no ya también además asimismo así hoy ayer mañana qué cómo "
    "cuándo dónde quién quiénes cuál cuánto segundo segunda primer primero primera tercer "
    "otro otra otros otras cada todo todos toda todas ambos ambas algunos algunas muchos "
    "más menos hay es son fue será incluso luego antes después ahora aquí allí "
    "yo tú él ella nosotros nosotras ellos ellas usted ustedes "
    "the a an this that these those it its he she they we i you his her their our my in "
    "on at by for from with without of to as after before during since until while when "
    "where why how what who which but and or so yet if also however meanwhile last next "
    "although though whereas unless despite tanto either neither "
    "first second new more most some many all both each there here yes no not"
)

MONTHS_AND_DAYS = _vocabulary(
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre "
    "noviembre diciembre lunes martes miércoles jueves viernes sábado domingo january "
    "february march april may june july august september october november december monday "
    "tuesday wednesday thursday friday saturday sunday"
)

# Lowercase titles before a name; capitalised ones at the head of a run are dropped.
TITLES = _vocabulary(
    "presidente presidenta canciller cancilleres secretario secretaria subsecretario "
    "subsecretaria embajador embajadora senador senadora diputado diputada gobernador "
    "gobernadora alcalde alcaldesa fiscal general ministro ministra homólogo homóloga "
    "mandatario mandataria vocero vocera portavoz director directora jefe jefa titular "
    "comisionado comisionada líder don doña sr sra dr dra lic ing gral mtro mtra "
    "president secretary senator ambassador governor minister mayor attorney sheriff "
    "spokesman spokeswoman spokesperson director chief leader representative rep sen gov "
    "mr mrs ms dr pm prime premier king queen pope papa rey reina chancellor counterpart "
    "envoy adviser advisor"
)

ORG_HEADS = _vocabulary(
    "secretaría departamento gabinete gobierno grupo ministerio comisión congreso senado cámara "
    "fiscalía guardia ejército marina consejo instituto universidad banco partido cártel "
    "cartel oficina embajada consulado agencia procuraduría suprema corte tribunal "
    "policía fuerza fuerzas organización asociación fundación cancillería casa comando "
    "unidad centro servicio administración ministry department government agency "
    "office embassy consulate bureau council commission house senate congress court "
    "university bank party committee organization organisation association foundation "
    "naval army navy"
)

ORG_TAILS = _vocabulary(
    "department ministry agency administration council commission party bank office "
    "institute university police army navy guard command court committee cartel service "
    "corporation inc corp ltd group house bureau unit force secretariat directorate network"
)

PROGRAM_HEADS = _vocabulary(
    "programa plan acuerdo tratado estrategia iniciativa ley operación operativo proyecto "
    "reforma decreto declaración mañanera program act treaty agreement strategy initiative "
    "operation project bill law declaration accord"
)

SINGLE_WORD_ORGS = _vocabulary(
    "Pentágono Pentagon Interpol Europol Sedena Semar Pemex Morena Cancillería Senado "
    "Congreso Senate Congress Reuters Bloomberg "
    # news agencies, credited as speakers ("informó Xinhua")
    "Xinhua Sputnik Yonhap Kyodo Télam Anadolu Bernama Itamaraty Kremlin Minrex"
)

SPEECH_VERBS = _vocabulary(
    "dijo afirmó señaló indicó declaró aseguró sostuvo expresó advirtió subrayó destacó "
    "añadió agregó explicó comentó precisó reiteró anunció informó reconoció respondió "
    "escribió publicó enfatizó insistió recalcó acusó pidió exigió llamó viajó visitó "
    "said says told added stated noted wrote warned announced insisted explained argued "
    "posted tweeted claimed visited met"
)

GIVEN_NAMES = _vocabulary(
    "Adán Adriana Alberto Alejandra Alejandro Alfonso Alfredo Alicia Álvaro Ana Andrés "
    "Andrea Ángel Antonio Antony Armando Arturo Beatriz Benjamin Bernie Beto Bill Blanca "
    "Bob Carla Carlos Carmen Carolina Catalina Cecilia César Charles Chris Christopher "
    "Christy Claudia Clara Cristina Daniel Daniela David Diana Diego Donald Dolores Eduardo "
    "Elena Elizabeth Emilio Enrique Ernesto Esteban Eugenio Fernando Felipe Francisco "
    "Gabriel Gabriela George Gerardo Gloria Graciela Guadalupe Guillermo Gustavo Héctor "
    "Hillary Hugo Ignacio Isabel Iván Jaime James Javier Jesús Jill Joe John Jorge José "
    "Josefina Juan Julia Julián Julio Karen Kamala Kristi Laura Leonardo Lorena Lucía Luis "
    "Luisa Manuel Marcelo Marco Marcos Margarita María Mariana Mario Mark Marta Martha "
    "Martín Mauricio Michael Miguel Mike Mónica Natalia Nicolás Norma Octavio Omar Oscar "
    "Óscar Pablo Patricia Paula Pedro Pete Rafael Ramón Raúl Ricardo Roberto Rocío Rodrigo "
    "Rosa Rosario Rubén Salvador Samuel Santiago Sara Sergio Silvia Sofía Steve Susana "
    "Teresa Tom Tomás Ulises Valeria Verónica Vicente Víctor Xóchitl Ximena Ronald Kash "
    "Tulsi Marco Antonio Andrés Manuel Porfirio Genaro Ovidio Ismael Joaquín Rubén "
    "Layda Mary Nancy Ken Kevin Robert Richard William Thomas Joseph Jake Janet Scott "
    "Keir Emmanuel Justin Gustavo Nayib Javier Lula Volodymyr Vladimir Xi Benjamín Gina "
    # More of the commonest given names in both countries' press.
    "Peter Paul Andrew Anthony Brian Matthew Daniel Steven Stephen Edward Brandon Ryan "
    "Jason Jeffrey Gary Timothy Larry Frank Eric Gregory Raymond Patrick Dennis Jerry "
    "Tyler Aaron Henry Adam Douglas Nathan Zachary Kyle Walter Harold Jeremy Ethan "
    "Christian Keith Roger Terry Sean Gerald Carl Dylan Arthur Lawrence Jordan Jesse "
    "Bryan Billy Bruce Albert Willie Gabriel Alan Juan Wayne Elijah Randy Roy Vincent "
    "Ralph Eugene Russell Bobby Mason Philip Louis Alex Rebecca Jennifer "
    "Linda Barbara Susan Jessica Sarah Lisa Betty Sandra Ashley Kimberly Emily Donna "
    "Michelle Carol Amanda Melissa Deborah Stephanie Sharon Cynthia Kathleen Amy Angela "
    "Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Debra "
    "Rachel Catherine Carolyn Janet Ruth Maria Heather Diane Virginia Olivia Joyce "
    "Victoria Kelly Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline "
    "Martha Gloria Teresa Ann Madison Frances Kathryn Janice Jean Abigail Alice Judy Sophia "
    "Grace Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie Brittany "
    "Charlotte Marie Kayla Alexis Lori Katie Marcia Nora Irene "
    "Abel Agustín Aída Alma Amalia Amparo Ángela Araceli Ariel Aurora Bernardo Brenda "
    "Camila Cristian Cuauhtémoc Dante Edgar Efraín Elsa Emiliano Erika Esther Fabiola "
    "Federico Fidel Gilberto Gonzalo Griselda Hilda Horacio Humberto Irma Isaac Jazmín "
    "Jimena Joel Leticia Liliana Lourdes Marisol Maximiliano Mercedes Miriam Nayeli "
    "Noemí Olga Pilar Rebeca Reyna Rigoberto Rolando Rosalía Saúl Sebastián Soledad "
    "Tania Trinidad Ulises Valentina Yolanda Zoé Andrés Marcelo Rocío Luz Edith "
    "Germán Hernán Israel Lázaro Leonel Lorenzo Moisés Nelson Orlando Osvaldo Renato "
    "Rogelio Sandra Silvano Teodoro Valentín Vladimir Wendy Yadira "
    # Portuguese forms, as the Spanish and English press print Brazilian names.
    "Luiz Inácio João Antônio Sérgio Márcio Flávio Fábio Otávio Geraldo Jair Dilma Mauro "
    "Celso Tarcísio Vinícius Aécio Gleisi Simone Marina Ciro Paulo Rui Lúcia Conceição"
)

_SPANISH_HINTS = re.compile(r"\b(?:el|los|las|del|que|en|por|una|para|con)\b", re.IGNORECASE)
_ENGLISH_HINTS = re.compile(r"\b(?:the|of|and|that|with|for|is|was|said|from)\b", re.IGNORECASE)


_PLACE_STARTS = frozenset(
    name.casefold()[:4] for spanish, english, _ in PLACES for name in (spanish, english)
)


_FOLDED_GIVEN_NAMES = frozenset(fold(name) for name in GIVEN_NAMES)


def is_given_name(word: str) -> bool:
    """A listed given name, with or without its accents ("Tomás", "Tomas" in an English
    text): a capitalised word that opens a person's name. Without its accent, never a
    nationality ("German" is not "Germán")."""
    if word in GIVEN_NAMES:
        return True
    return word[:1].isupper() and fold(word) in _FOLDED_GIVEN_NAMES and not is_demonym(word)


def is_demonym(word: str) -> bool:
    """A capitalised English nationality ("Canadian", "Egyptian", "Peruvian"): a place's first
    letters and a demonym's ending."""
    folded = word.casefold()
    return (
        word[:1].isupper()
        and len(folded) >= 5
        and folded.endswith(("an", "ian", "ese", "ish", "i", "ic", "ean"))
        and folded[:4] in _PLACE_STARTS
    )


_SPANISH_NATIONALITY_ENDS = (
    "an", "ano", "ana", "eno", "ena", "ino", "ina", "es", "esa", "ense", "i", "ico", "ica",
    "o", "a",
)  # fmt: skip
_FOLDED_PLACE_STARTS = frozenset(fold(start) for start in _PLACE_STARTS)


def is_nationality(word: str) -> bool:
    """A nationality as it qualifies a body: "Egyptian", or in Spanish, in lower case,
    "chilena", "egipcios", "británico" (a place's first letters and a demonym's ending)."""
    if is_demonym(word):
        return True
    folded = fold(word)
    forms = {folded, folded[:-1] if folded.endswith("s") else folded}  # "chilenos", "francés"
    return word.islower() and any(
        len(form) >= 5
        and form.endswith(_SPANISH_NATIONALITY_ENDS)
        and form[:4] in _FOLDED_PLACE_STARTS
        for form in forms
    )


def guess_language(text: str) -> str:
    """ "es" or "en", from which language's commonest words the text uses more."""
    sample = text[:5000]
    spanish = len(_SPANISH_HINTS.findall(sample))
    english = len(_ENGLISH_HINTS.findall(sample))
    return "en" if english > spanish else "es"
