"""The source's headline and outlet on pages as browsers save them: chrome, repeats, agencies."""

from __future__ import annotations

import datetime as dt

import pytest

from casefile import ingest
from casefile.ingest.metadata import guess_title, split_header
from casefile.ingest.outlets import find_outlet, name_from_domain, name_from_words, outlet_table

BODY = (
    "La delegación llegó por la mañana a la capital y se reunió durante tres horas con el "
    "gabinete de seguridad para revisar los cruces fronterizos y el intercambio de datos.\n\n"
    "Los funcionarios acordaron volver a verse en un mes para medir los avances logrados "
    "en las aduanas y en los puertos del Pacífico, según un comunicado conjunto."
)


def _text(*opening: str, url: str = "https://www.example-news.mx/nota") -> str:
    return "date 2026-03-02\nurl " + url + "\n" + "\n".join(opening) + "\n\n" + BODY


# --- Header lines repeated by the page ---------------------------------------------------


def test_repeated_date_line_that_agrees_with_the_header_is_taken_off() -> None:
    body, header = split_header(
        "date 2026-01-16\nurl https://a.example/n\n date 2026-01-16 Mundo\n"
    )
    assert header.published == dt.date(2026, 1, 16)
    assert body == "Mundo"


def test_month_only_date_line_is_a_header_and_what_follows_it_is_the_first_paragraph() -> None:
    body, header = split_header("date 2023-12-05\n date 2023-12 El ministro viajó ayer.\n\nOtro.")
    assert header.published == dt.date(2023, 12, 5)
    assert body.startswith("El ministro viajó ayer.")


def test_repeated_date_line_with_another_date_stays_in_the_body() -> None:
    body, header = split_header("date 2026-01-16\ndate 2025-11-02 fue la fecha pactada.")
    assert header.published == dt.date(2026, 1, 16)
    assert body == "date 2025-11-02 fue la fecha pactada."


def test_repeated_date_line_does_not_become_the_title() -> None:
    text = _text(" date 2026-03-02 Cancilleres pactan una agenda fronteriza común")
    document = ingest.read_text(text)
    assert document.title == "Cancilleres pactan una agenda fronteriza común"


# --- Headlines among page chrome ----------------------------------------------------------


def test_headline_after_menu_section_and_advert_lines_is_the_title() -> None:
    text = _text(
        "• Inicio", "  • Política", "Anuncio", "América Latina", "Senado aprueba la reforma"
    )
    assert ingest.read_text(text).title == "Senado aprueba la reforma"


@pytest.mark.parametrize(
    "chrome",
    [
        "Share on Facebook",
        "Log In",
        "Suscríbete a nuestro boletín diario",
        "Skip to main content",
        "Inicia sesión para seguir leyendo",
        "SAN PEDRO WEATHER",
        "-",
        "|",
        "Visita oficial",
    ],
)
def test_share_login_newsletter_and_section_lines_are_never_the_title(chrome: str) -> None:
    text = _text(chrome, "Puerto de Manzanillo reabre tras la inspección conjunta")
    assert ingest.read_text(text).title == "Puerto de Manzanillo reabre tras la inspección conjunta"


@pytest.mark.parametrize(
    "date_line",
    [
        "12 marzo, 2025 | 9:15 am",
        "June 3, 2019 / 4:10 PM / 2 years ago",
        "4 de abril de 2024",
        "Last Updated on Monday, 6 May 2024, 10:02 by Newsroom Staff",
        "Laura Gómez 27 octubre, 2025",
        "2025-09-09T08:55:55+00:00",
    ],
)
def test_date_and_time_lines_are_never_the_title(date_line: str) -> None:
    text = _text(date_line, "Border agencies agree on a shared inspection list")
    assert ingest.read_text(text).title == "Border agencies agree on a shared inspection list"


@pytest.mark.parametrize(
    "caption",
    [
        "Los cancilleres posan antes de la reunión. Foto: Archivo",
        "Dos agentes revisan un camión en la garita | Foto: Cortesía",
        "Ministers shake hands in the capital. REUTERS/Jane Roe",
        "(Ana Ruiz / Associated Press)",
        "Archivo - Los ministros conversan en el patio. - MINISTERIO - Archivo",
        "revisión conjunta de carga en la garita",
    ],
)
def test_photo_captions_credits_and_alt_text_are_not_the_title(caption: str) -> None:
    text = _text(caption, "Aduanas de ambos países revisarán juntas la carga")
    assert ingest.read_text(text).title == "Aduanas de ambos países revisarán juntas la carga"


def test_markdown_heading_mark_needs_a_space_and_hashtags_stay() -> None:
    assert guess_title("## Cancilleres firman un acuerdo\n\n" + BODY) == (
        "Cancilleres firman un acuerdo"
    )
    assert guess_title("#EnVivo #Frontera Cancilleres firman un acuerdo\n\n" + BODY) == (
        "#EnVivo #Frontera Cancilleres firman un acuerdo"
    )


def test_wire_dateline_line_is_not_the_title() -> None:
    assert guess_title("MADRID, 20 (AGENCIA NORTE)\n\n" + BODY) is None


def test_headline_ending_in_an_abbreviation_keeps_its_stop() -> None:
    text = _text("México pide reunión urgente con EE.UU.")
    assert ingest.read_text(text).title == "México pide reunión urgente con EE.UU."


def test_outlet_masthead_is_not_the_title_even_cut_short_or_run_into_its_motto() -> None:
    url = "https://www.washingtonpost.com/politics/senate-passes-border-bill/"
    text = _text("The Washington PostNews You Can Trust", "Senate passes border bill", url=url)
    assert ingest.read_text(text).title == "Senate passes border bill"
    url = "https://thediplomatinspain.com/en/2026/03/02/ministers-meet"
    text = _text("The Diplomat", "Ministers meet to reopen the customs posts", url=url)
    assert ingest.read_text(text).title == "Ministers meet to reopen the customs posts"


def test_url_slug_prefers_the_headline_over_a_standfirst_before_it() -> None:
    url = "https://cronica.com.mx/mundo/2026/03/02/ministra-anuncia-pausa-de-aranceles-agricolas"
    text = _text(
        "Mundo",
        "El gobierno ofreció a cambio más inspecciones en los cruces del norte",
        "Ministra anuncia pausa de aranceles agrícolas por tres meses",
        url=url,
    )
    assert ingest.read_text(text).title == (
        "Ministra anuncia pausa de aranceles agrícolas por tres meses"
    )


def test_a_headline_with_the_site_name_after_a_bar_is_the_headline() -> None:
    url = "https://diariodelsur.example/2026/03/02/ministra-anuncia-pausa-de-aranceles"
    text = _text("Ministra anuncia pausa de aranceles agrícolas | Diario del Sur", url=url)
    document = ingest.read_text(text)
    assert document.outlet == "Diario del Sur"
    assert document.title == "Ministra anuncia pausa de aranceles agrícolas"


def test_a_kicker_and_headline_joined_by_a_bar_are_the_title_when_the_address_spells_them() -> None:
    url = "https://www.example-news.mx/2026/03/02/frontera-norte-ministra-anuncia-pausa-aranceles"
    kicker = "Frontera norte | Ministra anuncia pausa de aranceles"
    assert ingest.read_text(_text(kicker, url=url)).title == kicker
    other = "https://www.example-news.mx/2026/03/02/nota-12345"
    assert ingest.read_text(_text("Inicio | Mundo | Opinión", url=other)).title is None


def test_a_pictures_enlarge_button_and_its_caption_are_not_the_title() -> None:
    text = _text(
        "AMPLIAR Los dos cancilleres en la sede de la cumbre regional de este martes",
        "Cancilleres firman un acuerdo de aguas",
    )
    assert ingest.read_text(text).title == "Cancilleres firman un acuerdo de aguas"


def test_text_that_opens_with_its_first_paragraphs_has_no_title() -> None:
    text = BODY + "\n\nLa reunión anterior\n\nOtro párrafo del artículo, ya sin titular."
    assert ingest.read_text(text).title is None


def test_file_name_is_never_the_title() -> None:
    data = ("Informe Frontera Norte\n\n" + BODY).encode("utf-8")
    assert ingest.read_bytes(data, "Informe Frontera Norte.txt").title is None


def test_saved_page_title_loses_the_site_name() -> None:
    page = (
        "<html><head><title>Acuerdan revisar aranceles | Diario del Golfo</title>"
        '<meta property="og:site_name" content="Diario del Golfo"></head>'
        "<body><article><p>Texto de la nota sobre aranceles.</p></article></body></html>"
    )
    assert ingest.read_html_string(page).title == "Acuerdan revisar aranceles"


# --- Outlets -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.elpais.com/internacional/nota.html", "El País"),
        ("https://english.elpais.com/international/2026-03-02/story.html", "El País"),
        ("https://m.europapress.es/internacional/noticia-x.html", "Europa Press"),
        ("https://ca.reuters.com/article/idX", "Reuters"),
        ("https://www.abc.com.py/politica/2026/03/02/nota/", "ABC Color"),
        ("https://www.abc.es/internacional/nota.html", "ABC"),
        ("https://www.thestar.com.my/news/world/2026/03/02/x", "The Star"),
        ("https://www.biobiochile.cl/noticias/x.shtml", "BioBioChile"),
    ],
)
def test_listed_hosts_and_their_subdomains_give_the_masthead_name(url: str, outlet: str) -> None:
    assert find_outlet(url) == outlet


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        # No word of a newspaper's name: the registered domain, service labels dropped.
        ("https://www.zorvex-kalt.mx/2026/03/02/nota", "zorvex-kalt.mx"),
        ("https://m.brindle-moors.co.uk/story", "brindle-moors.co.uk"),
        # One word that reads as a word, service labels dropped: that word.
        ("https://amp.qoptiva.com.mx/nota", "Qoptiva"),
        ("https://blog.frontierq.today/?p=12", "Frontierq"),
        # Split by hyphens, with a newspaper's word: its name.
        ("https://www.example-news.mx/2026/03/02/nota", "Example News"),
        ("https://amp.noticias-del-valle.com.mx/nota", "Noticias del Valle"),
        ("https://m.gazette-of-the-moors.co.uk/story", "Gazette of the Moors"),
        ("https://blog.weekly-frontier.today/?p=12", "Weekly Frontier"),
        # Run together, with a magazine's word: its name.
        ("https://www.revistaquetzal.com.gt/nota", "Revista Quetzal"),
    ],
)
def test_unlisted_host_is_named_from_its_words_or_shown_as_its_domain(
    url: str, outlet: str
) -> None:
    assert find_outlet(url) == outlet


@pytest.mark.parametrize(
    ("url", "text", "outlet"),
    [
        # The page prints the name the domain spells, with its accents and capitals.
        ("https://www.notivalles.com/n/1", "Madrid, 3 mar (Notivallés).- Texto.", "Notivallés"),
        ("https://cardo24.com.ve/n/2", "© 2024 Cardo24. Todos los derechos.", "Cardo24"),
        # Two words or more that spell most of it, to its end.
        ("https://soygacetanorte.com/x", "Lo publicó Gaceta Norte ayer.", "Gaceta Norte"),
    ],
)
def test_an_unlisted_site_is_named_as_its_page_prints_it(url: str, text: str, outlet: str) -> None:
    assert find_outlet(url, text=text) == outlet


@pytest.mark.parametrize(
    "text",
    [
        "El Club de Ajedrez Armenio se reunió.",  # "Armenio" alone is part of no name here
        "Armenian leaders met in Yerevan.",  # one word spelling part of the label is not it
    ],
)
def test_part_of_a_sites_name_printed_alone_is_not_its_name(text: str) -> None:
    assert find_outlet("https://armeniangate.org/a", text=text) == "Armenian Gate"  # its words


def test_kiosk_page_names_the_publication_as_its_masthead_prints_it() -> None:
    url = "https://www.pressreader.com/chile/la-gaceta-del-sur/20260302/281500000000000"
    assert find_outlet(url, lines=["La Gaceta del Sur", "Titular"]) == "La Gaceta del Sur"
    assert find_outlet(url) == "La Gaceta Del Sur"


def test_archived_copy_names_the_original_site() -> None:
    url = "https://web.archive.org/web/20260302000000/https://www.infobae.com/america/nota/"
    assert find_outlet(url) == "Infobae"


def test_wire_agency_in_the_dateline_is_the_author_and_the_site_is_the_outlet() -> None:
    text = _text(
        "Talks resume on the shared border crossing",
        "HAVANA, March 2 (Reuters) - Officials from both countries met on Monday.",
        url="https://www.thestar.com.my/news/world/2026/03/02/talks-resume",
    )
    document = ingest.read_text(text)
    assert document.outlet == "The Star"
    assert document.author == "Reuters"


def test_known_author_is_kept_over_the_datelines_agency() -> None:
    page = (
        '<html><head><meta name="author" content="Marta Ríos">'
        '<link rel="canonical" href="https://www.infobae.com/america/nota/"></head><body>'
        "<article><p>Lima, 2 mar (EFE).- Los cancilleres firmaron el acta.</p></article>"
        "</body></html>"
    )
    document = ingest.read_html_string(page)
    assert document.author == "Marta Ríos"
    assert document.outlet == "Infobae"


def test_listed_host_beats_the_pages_own_spelling_of_its_name() -> None:
    page = (
        '<html><head><meta property="og:site_name" content="EL PAÍS">'
        '<meta property="og:url" content="https://elpais.com/mexico/nota.html"></head>'
        "<body><article><p>Texto de la nota.</p></article></body></html>"
    )
    assert ingest.read_html_string(page).outlet == "El País"


def test_link_in_an_emails_body_gives_the_url_and_the_outlet() -> None:
    message = (
        b"From: Ana <ana@analysis.example>\nSubject: Nota para el caso\n"
        b"Date: Mon, 2 Mar 2026 10:00:00 -0600\nContent-Type: text/plain; charset=utf-8\n\n"
        b"Equipo, la nota de hoy: https://www.lanacion.com.ar/politica/nota-x/ para el archivo.\n"
    )
    document = ingest.read_bytes(message, "nota.eml")
    assert document.url == "https://www.lanacion.com.ar/politica/nota-x/"
    assert document.outlet == "La Nación"


def test_masthead_line_names_the_outlet_of_a_text_without_a_url() -> None:
    document = ingest.read_text("Infobae\n\nCancilleres pactan una agenda común\n\n" + BODY)
    assert document.outlet == "Infobae"
    assert document.title == "Cancilleres pactan una agenda común"


def test_outlet_table_holds_hundreds_of_outlets_with_their_accents() -> None:
    table = outlet_table().by_host
    assert len(table) >= 300
    assert table["elpais.com"] == "El País"
    assert table["biobiochile.cl"] == "BioBioChile"
    assert all(host == host.lower() and "/" not in host and name for host, name in table.items())


@pytest.mark.parametrize(
    ("domain", "name"),
    [
        ("radiocosteña.cl", None),  # not ASCII: no safe split
        ("radiopiedra.cl", "Radio Piedra"),
        ("eldiario33.com", "El Diario 33"),
        ("noticiasdeloeste.net", "Noticias del Oeste"),
        ("harborreview.com", "Harbor Review"),
        ("tolimaportal.com", "Tolima Portal"),  # a portal, a finance site: news words too
        ("hondurasendirecto.com", "Honduras en Directo"),  # a country among news words
        ("boliviainforma.bo", "Bolivia Informa"),
        ("peruvianpost.com", "Peruvian Post"),  # a country's name inside a word is no piece
        ("rutaediciones.com", "Ruta Ediciones"),
        ("lumafinance.com", "Luma Finance"),
        ("sinrodeos.com", None),  # no word that says "news": left as the domain
        ("xk.com", None),
        ("wkrn.com", "WKRN"),  # three or four letters, no vowels together: initials
        ("ewn.co.za", "EWN"),
        ("aula.com", None),  # a word, not initials
        ("republica.com", "República"),  # one news word of six letters or more
        ("cobertura24.com.ar", "Cobertura24"),  # a word and a number: one name
        ("diariote56.com", "Diariote56"),  # never "Diario Te56": no unknown piece runs into digits
        ("escenariomundial.com", "Escenario Mundial"),
    ],
)
def test_an_unlisted_outlet_is_named_from_its_domains_words(domain: str, name: str | None) -> None:
    assert name_from_domain(domain) == name


@pytest.mark.parametrize(
    "chrome",
    [
        "Inicio > Mundo > América Latina > Dos países firman un acuerdo",
        "FOTO CANCILLER REUNION frame 512 1280x720 1 1100x620",
    ],
)
def test_a_breadcrumb_or_a_picture_file_name_is_no_headline(chrome: str) -> None:
    body = f"{chrome}\n\nDos países firman un acuerdo de frontera\n\n{BODY}"
    assert guess_title(body) == "Dos países firman un acuerdo de frontera"


def test_a_reporters_line_is_no_headline() -> None:
    body = (
        "Chief International Correspondent, reporting from Lima\n\n"
        "Two countries sign a border agreement\n\n"
        f"{BODY}"
    )
    assert guess_title(body) == "Two countries sign a border agreement"


def test_a_time_stamp_run_into_the_headline_is_left_off() -> None:
    body = (
        "Two countries sign a border agreementpublished at 17:14 Greenwich Mean Time 1 May\n\n"
        f"{BODY}"
    )
    assert guess_title(body) == "Two countries sign a border agreement"


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        (
            "https://www-elpais-com.cdn.ampproject.org/c/s/elpais.com/internacional/nota.html",
            "El País",
        ),
        ("https://cdn-www.lanacionpy.arcpublishing.com/mundo/2025/02/03/nota/", "La Nación"),
    ],
)
def test_a_page_served_for_its_site_is_named_after_the_site(url: str, outlet: str) -> None:
    assert find_outlet(url) == outlet


@pytest.mark.parametrize(
    "path",
    ["Home / World News / ", "Inicio > Mundo > ", "HOME / "],
)
def test_a_pages_path_run_into_the_headline_is_no_part_of_it(path: str) -> None:
    text = _text(path + "Ministra anuncia pausa de aranceles agrícolas por tres meses")
    assert ingest.read_text(text).title == (
        "Ministra anuncia pausa de aranceles agrícolas por tres meses"
    )


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://www.example-news.cr/16-11-2015/costa-rica-protesta-ante-nicaragua", "2015-11-16"),
        ("https://www.example-news.es/espana/argelia-llama-consultas-202203191723_noticia.html",
         "2022-03-19"),
    ],
)  # fmt: skip
def test_a_date_in_the_address_with_dashes_or_a_time_run_into_it_is_the_pages(
    url: str, day: str
) -> None:
    text = f"url {url}\nCosta Rica protesta ante Nicaragua por los migrantes\n\n{BODY}"
    assert str(ingest.read_text(text).published) == day


def test_a_dateline_of_only_its_date_gives_the_pages_date() -> None:
    text = (
        "Cancilleres firman un acuerdo de aguas\n\n25 de septiembre de 2024.- Los cancilleres "
        "de ambos países firmaron ayer un acuerdo sobre el río, tras dos años de negociación."
    )
    assert str(ingest.read_text(text).published) == "2024-09-25"


@pytest.mark.parametrize(
    ("domain", "name"),
    [
        ("lanueva.example", "La Nueva"),
        ("lavozdecampana.example", "La Voz de Campana"),
        ("estacionplus.example", "Estación Plus"),
        ("cuartopoder.example", "Cuarto Poder"),
        ("patriagrande.example", "Patria Grande"),
        ("elsiglo.example", "El Siglo"),
        # a split that leaves a piece no word ends like is no name
        ("newtelegraphng.example", None),
    ],
)
def test_more_masthead_words_name_unlisted_outlets(domain: str, name: str | None) -> None:
    assert name_from_domain(domain) == name


def test_a_caption_with_its_credit_label_unaccented_is_no_headline() -> None:
    text = _text(
        "Claudia Ruiz Credito: Archivo",
        "Cancilleres firman un acuerdo de aguas",
    )
    assert ingest.read_text(text).title == "Cancilleres firman un acuerdo de aguas"


@pytest.mark.parametrize(
    ("domain", "name"),
    [
        ("elcolectivo.example", "El Colectivo"),  # an article, then a common word
        ("sinrodeos.example", "Sin Rodeos"),  # common words, no word that says "news"
        ("elestrategico.example", "El Estratégico"),  # spelled as the word list spells it
        ("lostubazos.example", "Los Tubazos"),  # an article, then the site's own word
        ("icndiario.example", "ICN Diario"),  # initials beside a news word
        ("wradio.example", "W Radio"),
        ("dnaindia.example", "DNA India"),  # initials beside a country
        ("hamodia.example", "Hamodia"),  # no clean split: the one word it reads as
        ("breitbart.example", "Breitbart"),
        ("notimerica.example", "Notimerica"),  # never "NO Time Rica"
        ("confirmado.example", "Confirmado"),  # never "Confirm ADO"
        ("accion.example", "Acción"),
        ("cnctvgranma.example", None),  # initials run into a word: no one could say it
        ("pulsoslp.example", None),
        ("gocommunicationbol.example", None),  # two pieces no one would read
    ],
)
def test_an_unlisted_domain_is_read_as_its_names_words(domain: str, name: str | None) -> None:
    assert name_from_words(domain) == name


def test_an_unlisted_site_is_named_by_its_words_not_its_domain() -> None:
    assert find_outlet("https://www.elcolectivo.example/politica/2024/nota") == "El Colectivo"
    assert find_outlet("https://www.cnctvgranma.example/nota") == "cnctvgranma.example"
