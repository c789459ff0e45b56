#!/usr/bin/env python3
"""Writes the HTML renderings in osce-parser/src/test/resources/pages-html/<family>/ from the text
fixture pages in osce-parser/src/test/resources/pages/.

Each text page is split into its parts (menu, kind line, title, teaser, metadata, body, cards,
photos, footers) using the page's hand-checked golden JSON to tell which line is which; each
family then prints those parts in its own markup. The markup of each family is described, with
its public evidence, in pages-html/README.md. Run from the repository root:

    python3 osce-parser/src/test/python/render_html_families.py

The output is committed; the tests never run this script.
"""
import html
import json
import os
import re

ROOT = os.path.join(os.path.dirname(__file__), "..", "resources")
PAGES = os.path.join(ROOT, "pages")
OUT = os.path.join(ROOT, "pages-html")

SEEDS = [
    "en/field-of-work-policing",
    "en/news-item-2013-policing-experts",
    "it/field-of-work-ordine-pubblico",
    "en/press-release-2010-police-experts-meeting",
    "en/press-release-2016-un-chiefs-of-police",
]
MORE = [
    "en/listing-news-press-releases-skopje-2004",
    "en/mission-montenegro-older-menu",
    "en/press-release-2005-newsroom-sarajevo-journalism-students",
    "fr/press-release-2011-police-de-proximite",
    "de/press-release-2018-ausbildung-grenzpolizei",
]
SITE_NAME = "Organization for Security and Co-operation in Europe"


def e(text):
    return html.escape(text, quote=True)


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


# ---------------------------------------------------------------------------------------------
# The text page, split into its parts


class Page:
    def __init__(self, name):
        self.name = name
        self.lang = name.split("/")[0]
        with open(os.path.join(PAGES, name + ".txt"), encoding="utf-8") as f:
            self.lines = f.read().replace("\r\n", "\n").split("\n")
        with open(os.path.join(PAGES, name + ".json"), encoding="utf-8") as f:
            self.golden = json.load(f)
        self.type = self.golden["type"]
        self.title = self.golden["title"]
        self.menu = []  # [(heading or None, [entries])]
        self.flat_menu = []  # an older site's short menu: entries only
        self.before_title = []  # kind line, "Newsroom"
        self.parts = []  # [(role, value)]
        self.split()

    def split(self):
        lines = self.lines
        title_at = next(i for i, l in enumerate(lines) if l == self.title)
        start = title_at
        while start > 0 and lines[start - 1].strip() and not lines[start - 1].startswith("- ") \
                and lines[start - 1] != "-" and len(lines[start - 1]) < 40 and start - 1 > 0 \
                and lines[start - 2] != "-":
            start -= 1
        if self.type == "mission":
            # the older short menu, then a blank line, then the content
            self.flat_menu = [l.lstrip("- ").strip() for l in lines[:title_at] if l.strip()]
            start = title_at
        else:
            self.read_menu(lines[:start])
        self.before_title = [l for l in lines[start:title_at] if l.strip()]
        rest = [l for l in lines[title_at + 1:] if l.strip()]
        getattr(self, "split_" + self.type.replace("-", "_"))(rest)

    def read_menu(self, lines):
        groups = []
        i = 0
        while i < len(lines):
            line = lines[i]
            if line == "-" and i + 1 < len(lines):
                groups.append((lines[i + 1], []))
                i += 2
                continue
            if line.startswith("- "):
                if not groups:
                    groups.append((None, []))
                groups[-1][1].append(line[2:])
            i += 1
        self.menu = groups

    # press releases and news items: teaser, metadata, photo, body, footers
    def split_press_release(self, rest):
        g = self.golden
        i = 0
        if g.get("teaser") and rest and rest[0] == g["teaser"]:
            self.parts.append(("teaser", rest[0]))
            i = 1
        if i < len(rest) and g.get("dateSource") == "header":
            self.parts.append(("header", rest[i]))
            i += 1
        while i < len(rest) and rest[i].startswith("!["):
            url = rest[i][rest[i].index("(") + 1:-1]
            caption = rest[i + 1]
            self.parts.append(("photo", (url, caption)))
            i += 2
        meta = []
        while i < len(rest) and rest[i].startswith("- "):
            text = rest[i][2:]
            if text.endswith(":"):
                meta.append((text, []))
            else:
                meta[-1][1].append(text)
            i += 1
        if meta:
            self.parts.append(("meta", meta))
        footers = {d["message"].split("'")[1] for d in g["diagnostics"] if "site footer" in d["message"]}
        body = []
        for line in rest[i:]:
            if any(line.startswith(f.rstrip(".")) for f in footers):
                if body is not None:
                    self.parts.append(("body", body))
                body = None
                self.parts.append(("footer", line))
            elif body is not None:
                body.append(line)
        if body is not None:
            self.parts.append(("body", body))

    split_news_item = split_press_release

    def headings(self, sections, out):
        for s in sections:
            if s.get("heading"):
                out.add(s["heading"])
            self.headings(s.get("sections", []), out)
        return out

    # field-of-work pages: summary, sections, mission cards, resource cards
    def split_field_of_work(self, rest):
        g = self.golden
        headings = self.headings(g["sections"], set())
        resources = [(r["title"], r["description"]) for r in g["resources"]]
        missions = {m["name"] for m in g["missions"]}
        i = 0
        if g.get("summary") and rest[0] == g["summary"]:
            self.parts.append(("summary", rest[0]))
            i = 1
        cards = []
        while i < len(rest):
            line = rest[i]
            if resources and (line, rest[i + 1] if i + 1 < len(rest) else None) == resources[0]:
                break
            if line in missions and i + 1 < len(rest) and rest[i + 1] == line:
                cards.append((line, rest[i + 2]))
                i += 3
                continue
            if cards:
                self.parts.append(("missions", cards))
                cards = []
            if line in headings:
                self.parts.append(("heading", line))
            elif line.startswith("- "):
                self.parts.append(("item", line[2:]))
            else:
                self.parts.append(("p", line))
            i += 1
        if cards:
            self.parts.append(("missions", cards))
        if resources:
            self.parts.append(("resources", resources))

    # a field operation's page: sections with paragraphs and bullets; a caption printed twice
    def split_mission(self, rest):
        headings = self.headings(self.golden["sections"], set())
        previous = None
        for line in rest:
            text = line.strip()
            if text.startswith("• "):
                self.parts.append(("item", text[2:]))
            elif text == previous:
                # the text printed the photo's alternative text and its caption
                self.parts[-1] = ("photo-text", text)
            elif text in headings:
                self.parts.append(("heading", text))
            else:
                self.parts.append(("p", text))
            previous = text

    # a listing: an introduction, then entries of a title, label lines and a teaser
    def split_listing(self, rest):
        entries = self.golden["entries"]
        titles = [x["title"] for x in entries]
        i = 0
        intro = []
        while rest[i] != titles[0]:
            intro.append(rest[i])
            i += 1
        self.parts.append(("intro", intro))
        rows = []
        while i < len(rest):
            row = {"title": rest[i], "labels": [], "teaser": None}
            i += 1
            while i < len(rest) and rest[i] not in titles and re.match(r"^[A-Z][a-z ]+: ", rest[i]):
                label, value = rest[i].split(": ", 1)
                row["labels"].append((label + ":", value))
                i += 1
            if i < len(rest) and rest[i] not in titles:
                row["teaser"] = rest[i]
                i += 1
            rows.append(row)
        self.parts.append(("rows", rows))

    def date_iso(self):
        return self.golden.get("date")

    @property
    def path(self):
        return "/" + ("" if self.lang == "en" else self.lang + "/") + slug(self.title)[:60]


def link_for(text):
    return "/" + slug(text)


def split_values(values):
    out = []
    for v in values:
        out.extend(x.strip() for x in v.split(",") if x.strip())
    return out


# ---------------------------------------------------------------------------------------------
# Family 1: the old site's Drupal 7 markup (panels, fields, views, menu blocks)


class Drupal:
    name = "drupal"

    def render(self, p):
        o = []
        node_type = {"press-release": "press-release", "news-item": "news-item", "field-of-work": "topic",
                     "mission": "field-operation", "listing": "newsroom"}[p.type]
        o.append('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"\n'
                 '  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">')
        o.append(f'<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="{p.lang}" version="XHTML+RDFa 1.0" dir="ltr"\n'
                 '  xmlns:dc="http://purl.org/dc/terms/" xmlns:og="http://ogp.me/ns#" xmlns:sioc="http://rdfs.org/sioc/ns#">')
        o.append('<head profile="http://www.w3.org/1999/xhtml/vocab">')
        o.append('<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />')
        o.append('<link rel="shortcut icon" href="https://www.osce.org/sites/all/themes/osce/favicon.ico" type="image/vnd.microsoft.icon" />')
        o.append(f'<link rel="canonical" href="https://www.osce.org{p.path}" />')
        o.append(f'<title>{e(p.title)} | OSCE</title>')
        o.append('<style type="text/css" media="all">@import url("https://www.osce.org/sites/all/themes/osce/css/style.css?n1x2y3");</style>')
        o.append('<script type="text/javascript">jQuery.extend(Drupal.settings, {"basePath":"\\/","pathPrefix":"",'
                 '"ajaxPageState":{"theme":"osce","theme_token":"q1w2e3"}});</script>')
        o.append('</head>')
        o.append(f'<body class="html not-front not-logged-in one-sidebar sidebar-second page-node node-type-{node_type} i18n-{p.lang}" >')
        o.append('  <div id="skip-link">\n    <a href="#main-content" class="element-invisible element-focusable">Skip to main content</a>\n  </div>')
        o.append('  <div id="page-wrapper"><div id="page">')
        o.append('  <div id="header"><div class="section clearfix">')
        o.append('    <a href="/" title="Home" rel="home" id="logo"><img src="https://www.osce.org/sites/all/themes/osce/logo.png" alt="Home" /></a>')
        o.append(f'    <div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Home" rel="home"><span>{SITE_NAME}</span></a></strong></div></div>')
        o.append('    <div class="region region-header">')
        o.append('      <div id="block-locale-language" class="block block-locale"><div class="content">')
        o.append('        <ul class="language-switcher-locale-url">')
        for code, label in [("en", "English"), ("fr", "Français"), ("de", "Deutsch"), ("ru", "Русский")]:
            active = ' active' if code == p.lang else ''
            o.append(f'          <li class="{code}{active}"><a href="/{code}{p.path}" class="language-link{active}" xml:lang="{code}">{label}</a></li>')
        o.append('        </ul>\n      </div></div>')
        o.append('      <div id="block-search-form" class="block block-search"><div class="content">')
        o.append('        <form action="/search" method="post" id="search-block-form" accept-charset="UTF-8"><div class="container-inline">')
        o.append('          <h2 class="element-invisible">Search form</h2>')
        o.append('          <div class="form-item form-type-textfield"><label class="element-invisible" for="edit-search-block-form--2">Search </label>')
        o.append('          <input title="Enter the terms you wish to search for." type="text" id="edit-search-block-form--2" name="search_block_form" value="" size="15" maxlength="128" class="form-text" /></div>')
        o.append('          <div class="form-actions"><input type="submit" value="Search" class="form-submit" /></div></div></form>')
        o.append('      </div></div>')
        o.append('    </div>')
        o.append('  </div></div>')
        o.append('  <div id="navigation"><div class="section">')
        o.extend(self.menu(p))
        o.append('  </div></div>')
        o.append('  <h2 class="element-invisible">You are here</h2><div class="breadcrumb"><a href="/">Home</a> » '
                 + ('<a href="/newsroom">Newsroom</a> » ' if p.type in ("press-release", "news-item", "listing") else "")
                 + e(p.title[:40]) + '</div>')
        o.append('  <div id="main-wrapper"><div id="main" class="clearfix">')
        o.append('    <div id="content" class="column"><div class="section">')
        o.append('      <a id="main-content"></a>')
        o.append('      <div class="tabs"></div>')
        o.append('      <div class="region region-content">')
        o.append('        <div id="block-system-main" class="block block-system"><div class="content">')
        o.append('<div class="panel-display panel-1col clearfix" id="page-node">')
        o.append('  <div class="panel-panel panel-col"><div class="inside">')
        o.extend(self.content(p))
        o.append('  </div></div>')
        o.append('</div>')
        o.append('        </div></div>')
        o.append('      </div>')
        o.append('    </div></div>')
        o.extend(self.sidebar())
        o.append('  </div></div>')
        o.append('  <div id="footer"><div class="section"><div class="region region-footer">')
        o.append('    <div id="block-menu-menu-footer" class="block block-menu"><div class="content"><ul class="menu">'
                 '<li class="first leaf"><a href="/contacts">Contacts</a></li><li class="leaf"><a href="/employment">Employment</a></li>'
                 '<li class="last leaf"><a href="/terms">Terms of use</a></li></ul></div></div>')
        o.append('    <div class="block block-block"><div class="content"><p>© 1995 - 2016 OSCE</p></div></div>')
        o.append('  </div></div></div>')
        o.append('  </div></div>')
        o.append('<script type="text/javascript" src="https://www.osce.org/sites/all/modules/google_analytics/googleanalytics.js?n1x2y3"></script>')
        o.append('</body>\n</html>\n')
        return "\n".join(o)

    def menu(self, p):
        o = ['    <div id="block-menu-block-1" class="block block-menu-block"><div class="content">',
             '    <div class="menu-block-wrapper menu-block-1 menu-name-main-menu parent-mlid-0 menu-level-1">']
        if p.flat_menu:
            o.append('      <ul class="menu">')
            for n, entry in enumerate(p.flat_menu):
                o.append(f'        <li class="leaf{" first" if n == 0 else ""}"><a href="{link_for(entry)}">{e(entry)}</a></li>')
            o.append('      </ul>')
        elif p.menu:
            o.append('      <ul class="menu">')
            open_section = False
            for heading, entries in p.menu:
                if heading is None:
                    for entry in entries:
                        o.append(f'        <li class="leaf"><a href="{link_for(entry)}">{e(entry)}</a></li>')
                    continue
                if not entries:
                    if open_section:
                        o.append('          </ul></li>')
                    o.append(f'        <li class="expanded"><span class="nolink" tabindex="0">{e(heading)}</span><ul class="menu">')
                    open_section = True
                    continue
                o.append(f'          <li class="expanded"><a href="{link_for(heading)}">{e(heading)}</a><ul class="menu">')
                for n, entry in enumerate(entries):
                    cls = "first leaf" if n == 0 else ("last leaf" if n == len(entries) - 1 else "leaf")
                    o.append(f'            <li class="{cls}"><a href="{link_for(entry)}" title="">{self.menu_label(entry)}</a></li>')
                o.append('          </ul></li>')
            if open_section:
                o.append('          </ul></li>')
            o.append('      </ul>')
        o.append('    </div>\n    </div></div>')
        return o

    @staticmethod
    def menu_label(entry):
        if " – " in entry:
            country, rest = entry.split(" – ", 1)
            return f'{e(country)} <span class="chair-note">– {e(rest)}</span>'
        return e(entry)

    def pane(self, kind, inner, title=None):
        t = f'\n      <h2 class="pane-title">{e(title)}</h2>' if title else ""
        return (f'    <div class="panel-pane pane-{kind}">{t}\n      <div class="pane-content">\n'
                + inner + '\n      </div>\n    </div>\n    <div class="panel-separator"></div>')

    def field(self, name, label, values, kind="text"):
        items = "".join(
            f'<div class="field-item {"even" if n % 2 == 0 else "odd"}">{v}</div>' for n, v in enumerate(values))
        label_html = f'<div class="field-label">{e(label)}&nbsp;</div>' if label else ""
        position = "field-label-inline clearfix" if label else "field-label-hidden"
        if name == "source":
            # the older CCK class name the public crawler selects (div.field-field-item-source)
            cls = f"field field-type-nodereference field-field-item-source {position}"
        else:
            cls = f"field field-name-field-{name} field-type-{kind} {position}"
        return f'        <div class="{cls}">{label_html}<div class="field-items">{items}</div></div>'

    def header(self, p, extra_before=(), extra_after=()):
        before = "".join(f'<div class="content--section">{e(x)}</div>' for x in extra_before)
        kind = "".join(f'<div class="content--type">{e(x)}</div>' for x in p.before_title if x != "Newsroom")
        if "Newsroom" in p.before_title:
            before = '<div class="content--section">Newsroom</div>' + before
        after = "".join(f'<div class="content--dateline">{e(x)}</div>' for x in extra_after)
        return self.pane("node-title", f'        <div class="content--header">{before}{kind}<h1>{e(p.title)}</h1>{after}</div>')

    def content(self, p):
        o = []
        parts = list(p.parts)
        header_lines = [v for r, v in parts if r == "header"]
        o.append(self.header(p, extra_after=header_lines))
        for role, value in parts:
            if role == "teaser":
                o.append(self.pane("entity-field pane-node-field-teaser", self.field("teaser", None, [e(value)], "text-long")))
            elif role == "photo":
                url, caption = value
                caption = caption.replace(" Photo details", "")
                o.append(self.pane("entity-field pane-node-field-image", self.field("image", None, [
                    f'<div class="osce-figure"><div class="osce-figure-content"><a href="/photos/{slug(caption)[:30]}">'
                    f'<img typeof="foaf:Image" src="{e(url)}" width="620" height="413" alt="" /></a></div>'
                    f'<div class="osce-figure-caption">{e(caption)} <a href="/photos/{slug(caption)[:30]}" class="photo-details">Photo details</a></div></div>'],
                    "image")))
            elif role == "meta":
                for label, values in value:
                    o.append(self.pane("entity-field pane-node-field-" + slug(label), self.meta_field(p, label, values)))
            elif role == "body":
                paras = "".join(f"<p>{e(x)}</p>" for x in value)
                o.append(self.pane("entity-field pane-node-body", self.field("body", None, [paras], "text-with-summary")
                                   .replace('field-name-field-body', 'field-name-body')))
            elif role == "footer":
                if value.startswith(("Read more", "En savoir", "Weitere", "Per saperne")):
                    o.append(self.pane("views pane-related-links", '        <div class="view view-related-links"><div class="view-content"></div></div>', title=value))
                else:
                    o.append(self.pane("custom pane-disclaimer", f'        <div class="disclaimer">{e(value)}</div>'))
        o.extend(self.body_parts(p))
        return o

    def meta_field(self, p, label, values):
        name = slug(label)
        if not values and p.date_iso() and name in ("date", "issued-on", "date-", "datum"):
            # the date is written by the browser from the machine value (the text shows none)
            return self.field("date", label, [f'<span class="date-display-single" property="dc:date" datatype="xsd:dateTime" '
                                              f'content="{p.date_iso()}T00:00:00+01:00"></span>'], "datetime")
        if not values:
            return self.field(name, label, [""], "text")
        if name in ("date", "datum", "date-") and p.date_iso():
            return self.field("date", label, [f'<span class="date-display-single" property="dc:date" datatype="xsd:dateTime" '
                                              f'content="{p.date_iso()}T00:00:00+01:00">{e(values[0])}</span>'], "datetime")
        items = split_values(values)
        kind = "source" if name in ("source", "quelle", "issued-by", "source-") else name
        return self.field(kind, label, [f'<a href="{link_for(v)}">{e(v)}</a>' for v in items], "taxonomy-term-reference")

    def body_parts(self, p):
        o = []
        flow = []

        def flush():
            if flow:
                o.append(self.pane("custom", "\n".join(flow)))
                flow.clear()
        items = []

        def flush_items():
            if items:
                flow.append('        <div class="item-list"><ul>' + "".join(f"<li>{e(x)}</li>" for x in items) + "</ul></div>")
                items.clear()
        for role, value in p.parts:
            if role != "item":
                flush_items()
            if role == "summary":
                o.append(self.pane("entity-field pane-node-field-summary", self.field("summary", None, [e(value)], "text-long")))
            elif role == "heading":
                flush()
                flow.append(f'        <h2>{e(value)}</h2>')
            elif role == "p":
                flow.append(f'        <p>{e(value)}</p>')
            elif role == "photo-text":
                flow.append(f'        <p><img src="https://www.osce.org/files/images/{slug(value)[:24]}.jpg" alt="{e(value)}" title="" /></p>')
                flow.append(f'        <p class="rtecenter">{e(value)}</p>')
            elif role == "item":
                items.append(value)
            elif role == "missions":
                flush()
                rows = []
                for n, (name, text) in enumerate(value):
                    rows.append(
                        f'      <div class="views-row views-row-{n + 1} views-row-{"odd" if n % 2 == 0 else "even"}{" views-row-first" if n == 0 else ""}">\n'
                        f'        <div class="osce-figure"><div class="osce-figure-content"><a href="{link_for(name)}"><img src="https://www.osce.org/files/imagecache/teaser/{slug(name)}.jpg" alt="{e(name)}" /></a></div></div>\n'
                        f'        <div class="views-field views-field-title"><h3 class="field-content"><a href="{link_for(name)}">{e(name)}</a></h3></div>\n'
                        f'        <div class="views-field views-field-field-teaser"><div class="field-content">{e(text)}</div></div>\n'
                        '      </div>')
                o.append(self.pane("views pane-field-operations", '    <div class="view view-field-operations"><div class="view-content">\n'
                                   + "\n".join(rows) + '\n    </div></div>'))
            elif role == "resources":
                flush()
                rows = []
                for n, (title, text) in enumerate(value):
                    rows.append(
                        f'      <div class="views-row views-row-{n + 1}">\n'
                        f'        <div class="link-item-link"><a href="{link_for(title)}?topic=policing">{e(title)}</a></div>\n'
                        f'        <div class="link-item-description">{e(text)}</div>\n'
                        '      </div>')
                o.append(self.pane("views pane-related-resources", '    <div class="view view-related-resources"><div class="view-content">\n'
                                   + "\n".join(rows) + '\n    </div></div>'))
            elif role == "intro":
                o.append(self.pane("custom pane-intro", "".join(f"<p>{e(x)}</p>" for x in value)))
            elif role == "rows":
                o.append(self.pane("views pane-newsroom", self.listing_rows(value)))
        flush_items()
        flush()
        return o

    def listing_rows(self, rows):
        o = ['    <div class="view view-newsroom view-display-id-page"><div class="view-content">']
        for n, row in enumerate(rows):
            o.append(f'      <div class="views-row views-row-{n + 1}{" views-row-first" if n == 0 else ""}">')
            o.append(f'        <div class="views-field views-field-title"><h3 class="field-content"><a href="/skopje/{slug(row["title"])[:40]}">{e(row["title"])}</a></h3></div>')
            for label, value in row["labels"]:
                o.append(f'        <div class="views-field views-field-{slug(label)}"><span class="views-label views-label-{slug(label)}">{e(label)} </span>'
                         f'<span class="field-content">{e(value)}</span></div>')
            if row["teaser"]:
                o.append(f'        <div class="views-field views-field-body"><div class="field-content">{e(row["teaser"])}</div></div>')
            o.append('      </div>')
        o.append('    </div>')
        o.append('    <h2 class="element-invisible">Pages</h2><div class="item-list"><ul class="pager">'
                 '<li class="pager-current first">1</li><li class="pager-item"><a title="Go to page 2" href="/newsroom?page=1">2</a></li>'
                 '<li class="pager-item"><a title="Go to page 3" href="/newsroom?page=2">3</a></li>'
                 '<li class="pager-next"><a title="Go to next page" href="/newsroom?page=1">next ›</a></li>'
                 '<li class="pager-last last"><a title="Go to last page" href="/newsroom?page=40">last »</a></li></ul></div>')
        o.append('    </div>')
        return "\n".join(o)

    def sidebar(self):
        return ['    <div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second">',
                '      <div id="block-views-latest-news-block" class="block block-views"><h2>Latest news</h2><div class="content">',
                '        <div class="view view-latest-news"><div class="view-content">',
                '          <div class="views-row views-row-1"><span class="date-display-single" property="dc:date" datatype="xsd:dateTime" content="2016-11-20T00:00:00+01:00">20 November 2016</span> <a href="/news/border-security-meeting">A meeting on border security</a></div>',
                '          <div class="views-row views-row-2"><span class="date-display-single" property="dc:date" datatype="xsd:dateTime" content="2016-11-18T00:00:00+01:00">18 November 2016</span> <a href="/news/training-police-trainers">Training for police trainers</a></div>',
                '        </div></div>',
                '      </div></div>',
                '      <div id="block-block-7" class="block block-block"><h2>Follow the OSCE</h2><div class="content"><ul class="social"><li><a href="https://twitter.com/osce">Twitter</a></li><li><a href="https://www.facebook.com/osce.org">Facebook</a></li></ul></div></div>',
                '    </div></div></div>']


# ---------------------------------------------------------------------------------------------
# Family 2: a current CMS (HTML5 landmarks, article, dl or label spans, cards, mega-menu, JSON-LD)


class Cms:
    name = "cms"

    def render(self, p):
        o = ['<!doctype html>', f'<html lang="{p.lang}">', '<head>', '  <meta charset="utf-8">',
             '  <meta name="viewport" content="width=device-width, initial-scale=1">',
             f'  <title>{e(p.title)} – OSCE</title>',
             f'  <link rel="canonical" href="https://www.osce.org{p.path}">',
             f'  <meta property="og:type" content="{"article" if p.type in ("press-release", "news-item") else "website"}">',
             f'  <meta property="og:title" content="{e(p.title)}">',
             '  <link rel="stylesheet" href="/assets/app.8c1f.css">']
        o.append('  <script type="application/ld+json">' + json.dumps(self.json_ld(p), ensure_ascii=False) + '</script>')
        o.append('  <script>window.__CONSENT__ = {"banner": "<div class=\\"cookie-dialog\\"><p>We use cookies to measure visits.</p><button>Accept</button></div>"};</script>')
        o.append('</head>')
        o.append(f'<body class="template-{p.type}">')
        o.append('  <a class="skip" href="#content">Skip to content</a>')
        o.append('  <div class="cookie-dialog" id="cookie-dialog"><p>We use cookies to measure visits and remember your choices.</p><button type="button">Accept all</button> <button type="button">Only necessary</button></div>')
        o.append('  <header class="masthead">')
        o.append('    <a class="masthead__brand" href="/"><img src="/assets/osce-logo.svg" alt="OSCE"><span class="masthead__name">' + SITE_NAME + '</span></a>')
        o.append('    <div class="masthead__tools"><a href="/search" class="masthead__search">Search</a>'
                 '<div class="lang-picker"><button aria-expanded="false" aria-controls="lang-list">' + p.lang.upper() + '</button>'
                 '<ul id="lang-list"><li><a href="/" lang="en">English</a></li><li><a href="/fr" lang="fr">Français</a></li><li><a href="/ru" lang="ru">Русский</a></li></ul></div></div>')
        o.extend(self.menu(p))
        o.append('  </header>')
        o.append('  <nav class="crumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/newsroom">Newsroom</a></li><li aria-current="page">' + e(p.title[:30]) + '</li></ol></nav>')
        o.append('  <main id="content">')
        o.extend(self.content(p))
        o.append('    <section class="newsletter-cta"><h2>Stay informed</h2><p>Subscribe to our newsletter.</p><a class="button" href="/subscribe">Subscribe</a></section>')
        o.append('  </main>')
        o.append('  <footer class="site-footer"><ul><li><a href="/contacts">Contacts</a></li><li><a href="/terms">Terms of use</a></li></ul><p>© OSCE 2025</p></footer>')
        o.append('  <script src="/assets/app.8c1f.js" defer></script>')
        o.append('</body>\n</html>\n')
        return "\n".join(o)

    def json_ld(self, p):
        graph = [{"@type": "WebSite", "name": "OSCE", "url": "https://www.osce.org/"}]
        item = {"@type": {"press-release": "NewsArticle", "news-item": "NewsArticle"}.get(p.type, "WebPage"),
                "headline": p.title, "inLanguage": p.lang, "url": "https://www.osce.org" + p.path}
        if p.date_iso() and p.type in ("press-release", "news-item"):
            item["datePublished"] = p.date_iso() + "T10:00:00+01:00"
        graph.append(item)
        return {"@context": "https://schema.org", "@graph": graph}

    def menu(self, p):
        o = ['    <nav class="mega" aria-label="Main">', '      <ul class="mega__bar">']
        panels = []
        if p.flat_menu:
            for entry in p.flat_menu:
                o.append(f'        <li><a href="{link_for(entry)}">{e(entry)}</a></li>')
        else:
            current = None
            for heading, entries in p.menu:
                if heading is None:
                    for entry in entries:
                        o.append(f'        <li><a href="{link_for(entry)}">{e(entry)}</a></li>')
                    continue
                if not entries:
                    pid = f"mega-{len(panels) + 1}"
                    o.append(f'        <li><button class="mega__toggle" type="button" aria-expanded="false" aria-controls="{pid}">{e(heading)}</button></li>')
                    current = [pid]
                    panels.append(current)
                    continue
                column = [f'          <div class="mega__column"><span class="mega__heading">{e(heading)}</span><ul>']
                column += [f'            <li><a href="{link_for(x)}">{Drupal.menu_label(x)}</a></li>' for x in entries]
                column.append('          </ul></div>')
                if current is None:
                    pid = f"mega-{len(panels) + 1}"
                    o.append(f'        <li><button class="mega__toggle" type="button" aria-expanded="false" aria-controls="{pid}">{e(heading)}</button></li>')
                    panels.append([pid] + column)
                    current = None
                else:
                    current.extend(column)
        o.append('      </ul>')
        o.append('    </nav>')
        for panel in panels:
            o.append(f'    <div class="mega__panel" id="{panel[0]}">')
            o.extend(panel[1:])
            o.append('    </div>')
        return o

    def content(self, p):
        o = [f'    <article class="node node--{p.type}">']
        kind = [x for x in p.before_title if x != "Newsroom"]
        o.append('      <header class="node__header">')
        if "Newsroom" in p.before_title:
            o.append('        <p class="node__section">Newsroom</p>')
        for k in kind:
            o.append(f'        <p class="node__type">{e(k)}</p>')
        o.append(f'        <h1 class="node__title">{e(p.title)}</h1>')
        for role, value in p.parts:
            if role == "teaser":
                o.append(f'        <p class="node__lead">{e(value)}</p>')
            elif role == "header":
                o.append(f'        <p class="node__dateline">{e(value)}</p>')
            elif role == "summary":
                o.append(f'        <p class="node__lead">{e(value)}</p>')
        o.append('      </header>')
        items = []

        def flush_items():
            if items:
                o.append('      <ul>' + "".join(f"<li>{e(x)}</li>" for x in items) + '</ul>')
                items.clear()
        for role, value in p.parts:
            if role != "item":
                flush_items()
            if role == "photo":
                url, caption = value
                o.append(f'      <figure class="media"><img src="{e(url)}" alt="" loading="lazy"><figcaption>{e(caption.replace(" Photo details", ""))} <a href="/photos">Photo details</a></figcaption></figure>')
            elif role == "meta":
                o.extend(self.meta(p, value))
            elif role == "body":
                o.append('      <div class="node__body">')
                o.extend(f'        <p>{e(x)}</p>' for x in value)
                o.append('      </div>')
            elif role == "footer":
                if value.startswith(("Read more", "En savoir", "Weitere", "Per saperne")):
                    o.append(f'      <section class="related"><h2 class="related__title">{e(value)}</h2><ul class="related__links"></ul></section>')
                else:
                    o.append(f'      <p class="node__disclaimer"><small>{e(value)}</small></p>')
            elif role == "heading":
                o.append(f'      <h2>{e(value)}</h2>')
            elif role == "p":
                o.append(f'      <p>{e(value)}</p>')
            elif role == "photo-text":
                o.append(f'      <p><img src="/media/{slug(value)[:24]}.jpg" alt="{e(value)}"></p>')
                o.append(f'      <p class="caption">{e(value)}</p>')
            elif role == "item":
                items.append(value)
            elif role == "missions":
                o.append('      <div class="card-grid">')
                for name, text in value:
                    o.append(f'        <article class="card card--field-operation"><img class="card__image" src="/media/cards/{slug(name)}.webp" alt="{e(name)}">'
                             f'<h3 class="card__title"><a href="{link_for(name)}">{e(name)}</a></h3><p class="card__text">{e(text)}</p></article>')
                o.append('      </div>')
            elif role == "resources":
                o.append('      <ul class="teasers">')
                for title, text in value:
                    o.append(f'        <li class="teaser"><a class="teaser__link" href="{link_for(title)}?field=policing"><h3 class="teaser__title">{e(title)}</h3>'
                             f'<p class="teaser__text">{e(text)}</p></a></li>')
                o.append('      </ul>')
            elif role == "intro":
                o.extend(f'      <p class="listing__intro">{e(x)}</p>' for x in value)
            elif role == "rows":
                o.append('      <ol class="results">')
                for row in value:
                    o.append(f'        <li class="result"><h3 class="result__title"><a href="/skopje/{slug(row["title"])[:40]}">{e(row["title"])}</a></h3>')
                    if row["labels"]:
                        o.append('          <dl class="result__meta">' + "".join(
                            f'<dt>{e(label)}</dt><dd>{self.listing_value(label, value)}</dd>' for label, value in row["labels"]) + '</dl>')
                    if row["teaser"]:
                        o.append(f'          <p class="result__teaser">{e(row["teaser"])}</p>')
                    o.append('        </li>')
                o.append('      </ol>')
                o.append('      <nav class="pagination" aria-label="Pages"><a aria-current="page">1</a> <a href="?page=2">2</a> <a href="?page=2">Next</a></nav>')
        flush_items()
        o.append('      <div class="share"><span>Share:</span> <a href="https://twitter.com/share">X</a> <a href="https://www.facebook.com/sharer">Facebook</a></div>')
        o.append('    </article>')
        return o

    @staticmethod
    def listing_value(label, value):
        if label.startswith("Publishing date"):
            return f'<time datetime="2004-09-01">{e(value)}</time>'.replace("2004-09-01", "2004-09-01")
        return ", ".join(f'<a href="{link_for(v)}">{e(v)}</a>' for v in value.split(", "))

    def meta(self, p, fields):
        o = ['      <div class="node__meta">']
        for label, values in fields:
            name = slug(label)
            if name in ("date", "issued-on", "datum", "date-"):
                iso = p.date_iso()
                shown = e(values[0]) if values else ""
                o.append(f'        <div class="meta-row"><span class="meta-row__label">{e(label)}</span> <time datetime="{iso}T10:00:00+01:00">{shown}</time></div>')
            elif values:
                links = ", ".join(f'<a href="{link_for(v)}">{e(v)}</a>' for v in split_values(values))
                o.append(f'        <div class="meta-row"><span class="meta-row__label">{e(label)}</span> {links}</div>')
            else:
                o.append(f'        <div class="meta-row"><span class="meta-row__label">{e(label)}</span></div>')
        o.append('      </div>')
        return o


# ---------------------------------------------------------------------------------------------
# Family 3: a browser's reader view saved as a file (Firefox's about:reader: no navigation)


class Reader:
    name = "reader"

    def render(self, p):
        o = ['<!DOCTYPE html>', '<html>', '<head>', '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">',
             '<meta content="text/html; charset=UTF-8" http-equiv="content-type">',
             '<meta name="viewport" content="width=device-width; user-scalable=0">',
             '<link rel="stylesheet" href="chrome://global/skin/aboutReader.css" type="text/css">',
             f'<title>{e(p.title)} | OSCE</title>', '</head>',
             '<body class="light sans-serif loaded" style="--font-size: 20px; --content-width: 30em;">',
             '<div class="toolbar-container"><div class="toolbar reader-toolbar"><div class="reader-controls" role="toolbar">'
             '<button class="close-button button" title="Close Reader View"><span class="hover-label">Close</span></button>'
             '<button class="style-button button" title="Type controls"><span class="hover-label">Type</span></button>'
             '</div></div></div>',
             f'<div class="container" dir="ltr" lang="{p.lang}">',
             '<div class="header reader-header reader-show-element">',
             f'<a class="domain reader-domain" href="https://www.osce.org{p.path}">www.osce.org</a>',
             '<div class="domain-border"></div>',
             f'<h1 class="reader-title">{e(p.title)}</h1>',
             '<div class="credits reader-credits"></div>',
             '<div class="meta-data"><div class="reader-estimated-time" dir="ltr">4–5 minutes</div></div>',
             '</div>', '<hr>', '<div class="content">',
             '<div class="mozilla-reader-content moz-reader-content reader-show-element"><div id="readability-page-1" class="page"><div>']
        items = []

        def flush_items():
            if items:
                o.append('<ul>' + "".join(f"<li>{e(x)}</li>" for x in items) + '</ul>')
                items.clear()
        for k in p.before_title:
            if k != "Newsroom":
                o.append(f'<p>{e(k)}</p>')
        for role, value in p.parts:
            if role != "item":
                flush_items()
            if role in ("teaser", "summary", "p"):
                o.append(f'<p>{e(value)}</p>')
            elif role == "header":
                o.append(f'<p><em>{e(value)}</em></p>')
            elif role == "photo":
                url, caption = value
                o.append(f'<figure><img src="{e(url)}" alt=""><figcaption>{e(caption.replace(" Photo details", ""))}</figcaption></figure>')
            elif role == "meta":
                for label, values in value:
                    shown = ", ".join(values)
                    o.append(f'<p><strong>{e(label)}</strong> {e(shown)}</p>' if shown else f'<p><strong>{e(label)}</strong></p>')
            elif role == "body":
                o.extend(f'<p>{e(x)}</p>' for x in value)
            elif role == "footer":
                o.append(f'<p>{e(value)}</p>')
            elif role == "heading":
                o.append(f'<h2>{e(value)}</h2>')
            elif role == "photo-text":
                o.append(f'<p><img src="https://www.osce.org/files/images/{slug(value)[:24]}.jpg" alt="{e(value)}"></p>')
                o.append(f'<p>{e(value)}</p>')
            elif role == "item":
                items.append(value)
            elif role == "missions":
                for name, text in value:
                    o.append(f'<div><p><a href="https://www.osce.org{link_for(name)}"><img src="https://www.osce.org/media/cards/{slug(name)}.webp" alt="{e(name)}"></a></p>'
                             f'<h3><a href="https://www.osce.org{link_for(name)}">{e(name)}</a></h3><p>{e(text)}</p></div>')
            elif role == "resources":
                for title, text in value:
                    o.append(f'<div><h3><a href="https://www.osce.org{link_for(title)}">{e(title)}</a></h3><p>{e(text)}</p></div>')
            elif role == "intro":
                o.extend(f'<p>{e(x)}</p>' for x in value)
            elif role == "rows":
                for row in value:
                    o.append('<div>')
                    o.append(f'<h3><a href="https://www.osce.org/skopje/{slug(row["title"])[:40]}">{e(row["title"])}</a></h3>')
                    for label, v in row["labels"]:
                        o.append(f'<p>{e(label)} {e(v)}</p>')
                    if row["teaser"]:
                        o.append(f'<p>{e(row["teaser"])}</p>')
                    o.append('</div>')
        flush_items()
        o += ['</div></div></div>', '</div>', '<div><div class="reader-message"></div></div>', '</div>', '</body>', '</html>', '']
        return "\n".join(o)


def main():
    for family in (Drupal(), Cms(), Reader()):
        for name in SEEDS + MORE:
            page = Page(name)
            path = os.path.join(OUT, family.name, name + ".html")
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(family.render(page))


if __name__ == "__main__":
    main()
