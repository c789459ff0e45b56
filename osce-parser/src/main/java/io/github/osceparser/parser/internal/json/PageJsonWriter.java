package io.github.osceparser.parser.internal.json;

import io.github.osceparser.model.Dateline;
import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.FieldOfWork;
import io.github.osceparser.model.FieldOfWorkPage;
import io.github.osceparser.model.GenericPage;
import io.github.osceparser.model.Image;
import io.github.osceparser.model.Link;
import io.github.osceparser.model.Listing;
import io.github.osceparser.model.ListingEntry;
import io.github.osceparser.model.Mission;
import io.github.osceparser.model.MissionPage;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.model.PressRelease;
import io.github.osceparser.model.Quote;
import io.github.osceparser.model.Resource;
import io.github.osceparser.model.Section;
import io.github.osceparser.model.Site;
import io.github.osceparser.model.StructureRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/**
 * Writes pages in the library's JSON format with a streaming generator (no intermediate tree).
 * The field names and their order are the public format documented in README.md: change them only
 * with a new major version. Absent values are left out; lists are always written.
 */
public final class PageJsonWriter {
    private PageJsonWriter() {}

    /** Writes one page as a JSON object, after the given leading fields (strings or numbers). */
    public static void write(JsonGenerator out, OscePage page, Map<String, ?> leading) {
        out.writeStartObject();
        for (Map.Entry<String, ?> field : leading.entrySet()) {
            Object value = field.getValue();
            if (value instanceof Number number) {
                out.writeNumberProperty(field.getKey(), number.longValue());
            } else if (value != null) {
                out.writeStringProperty(field.getKey(), value.toString());
            }
        }
        out.writeStringProperty("type", page.type().jsonName());
        out.writeStringProperty("language", page.language());
        out.writeStringProperty("title", page.title());
        if (page instanceof PressRelease release) {
            pressRelease(out, release);
        } else if (page instanceof FieldOfWorkPage fieldPage) {
            fieldOfWork(out, fieldPage);
        } else if (page instanceof MissionPage missionPage) {
            out.writeName("mission");
            mission(out, missionPage.mission());
            sections(out, missionPage.sections());
        } else if (page instanceof Listing listing) {
            listing(out, listing);
        } else if (page instanceof GenericPage generic) {
            generic(out, generic);
        } else {
            // A new kind of the sealed OscePage must be written here, and read in PageJsonReader;
            // PageKindsEverywhereTest fails until it is.
            throw new IllegalStateException(
                    "no JSON form for the page kind " + page.getClass().getName());
        }
        structures(out, "structures", page.structures());
        strings(out, "countries", page.countries());
        site(out, page.site());
        out.writeArrayPropertyStart("diagnostics");
        for (Diagnostic diagnostic : page.diagnostics()) {
            out.writeStartObject();
            out.writeNumberProperty("line", diagnostic.line());
            out.writeStringProperty("kind", diagnostic.kind().jsonName());
            out.writeStringProperty("message", diagnostic.message());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static void pressRelease(JsonGenerator out, PressRelease release) {
        optional(out, "teaser", release.teaser());
        optional(out, "date", release.date());
        if (release.dateSource() != null) {
            out.writeStringProperty("dateSource", release.dateSource().jsonName());
        }
        if (release.publishedAt() != null) {
            out.writeStringProperty("publishedAt", release.publishedAt().toString());
        }
        dateline(out, release.dateline());
        optional(out, "place", release.place());
        structures(out, "sources", release.sources());
        fieldsOfWork(out, release.fieldsOfWork());
        strings(out, "otherFieldsOfWork", release.otherFieldsOfWork());
        strings(out, "paragraphs", release.paragraphs());
        out.writeArrayPropertyStart("quotes");
        for (Quote quote : release.quotes()) {
            out.writeStartObject();
            out.writeStringProperty("text", quote.text());
            optional(out, "speaker", quote.speaker());
            optional(out, "role", quote.role());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayPropertyStart("images");
        for (Image image : release.images()) {
            out.writeStartObject();
            optional(out, "url", image.url());
            optional(out, "caption", image.caption());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayPropertyStart("readMore");
        for (Link link : release.readMore()) {
            out.writeStartObject();
            out.writeStringProperty("text", link.text());
            out.writeStringProperty("url", link.url());
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static void fieldOfWork(JsonGenerator out, FieldOfWorkPage page) {
        out.writeStringProperty("fieldOfWork", page.fieldOfWork().slug());
        optional(out, "summary", page.summary());
        sections(out, page.sections());
        out.writeArrayPropertyStart("missions");
        for (Mission mission : page.missions()) {
            mission(out, mission);
        }
        out.writeEndArray();
        out.writeArrayPropertyStart("resources");
        for (Resource resource : page.resources()) {
            out.writeStartObject();
            out.writeStringProperty("title", resource.title());
            optional(out, "description", resource.description());
            optional(out, "url", resource.url());
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static void mission(JsonGenerator out, Mission mission) {
        out.writeStartObject();
        out.writeStringProperty("name", mission.name());
        optional(out, "id", mission.id());
        out.writeStringProperty("kind", mission.kind().jsonName());
        out.writeStringProperty("location", mission.location());
        optional(out, "established", mission.established());
        optional(out, "headquarters", mission.headquarters());
        optional(out, "summary", mission.summary());
        optional(out, "url", mission.url());
        out.writeEndObject();
    }

    /** The dateline as an object, when there is one. */
    private static void dateline(JsonGenerator out, Dateline dateline) {
        if (dateline != null) {
            out.writeObjectPropertyStart("dateline");
            out.writeStringProperty("place", dateline.place());
            optional(out, "country", dateline.country());
            out.writeStringProperty("date", dateline.date().toString());
            out.writeStringProperty("text", dateline.text());
            out.writeEndObject();
        }
    }

    private static void listing(JsonGenerator out, Listing listing) {
        out.writeArrayPropertyStart("entries");
        for (ListingEntry entry : listing.entries()) {
            out.writeStartObject();
            out.writeStringProperty("title", entry.title());
            optional(out, "date", entry.date());
            optional(out, "contentType", entry.contentType());
            structures(out, "structures", entry.structures());
            fieldsOfWork(out, entry.fieldsOfWork());
            strings(out, "otherFieldsOfWork", entry.otherFieldsOfWork());
            optional(out, "location", entry.location());
            optional(out, "publisher", entry.publisher());
            dateline(out, entry.dateline());
            optional(out, "teaser", entry.teaser());
            optional(out, "url", entry.url());
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static void fieldsOfWork(JsonGenerator out, List<FieldOfWork> fields) {
        out.writeArrayPropertyStart("fieldsOfWork");
        for (FieldOfWork field : fields) {
            out.writeString(field.slug());
        }
        out.writeEndArray();
    }

    private static void generic(JsonGenerator out, GenericPage page) {
        optional(out, "date", page.date());
        sections(out, page.sections());
    }

    private static void sections(JsonGenerator out, List<Section> sections) {
        out.writeArrayPropertyStart("sections");
        for (Section section : sections) {
            out.writeStartObject();
            optional(out, "heading", section.heading());
            strings(out, "paragraphs", section.paragraphs());
            strings(out, "items", section.items());
            sections(out, section.sections());
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static void site(JsonGenerator out, Site site) {
        if (site == null) {
            return;
        }
        out.writeObjectPropertyStart("site");
        if (site.chairpersonship() != null) {
            out.writeObjectPropertyStart("chairpersonship");
            out.writeStringProperty("country", site.chairpersonship().country());
            out.writeNumberProperty("year", site.chairpersonship().year());
            out.writeEndObject();
        }
        strings(out, "participatingStates", site.participatingStates());
        strings(out, "partners", site.partners());
        strings(out, "fieldsOfWork", site.fieldsOfWork());
        structures(out, "fieldOperations", site.fieldOperations());
        out.writeEndObject();
    }

    /** Structures as objects: the name as printed, the registry's id when known, a closed mark when set. */
    private static void structures(JsonGenerator out, String name, List<StructureRef> structures) {
        out.writeArrayPropertyStart(name);
        for (StructureRef structure : structures) {
            out.writeStartObject();
            out.writeStringProperty("name", structure.name());
            optional(out, "id", structure.id());
            if (structure.closed()) {
                out.writeBooleanProperty("closed", true);
            }
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static void strings(JsonGenerator out, String name, List<String> values) {
        out.writeArrayPropertyStart(name);
        for (String value : values) {
            out.writeString(value);
        }
        out.writeEndArray();
    }

    private static void optional(JsonGenerator out, String name, String value) {
        if (value != null) {
            out.writeStringProperty(name, value);
        }
    }

    private static void optional(JsonGenerator out, String name, LocalDate value) {
        if (value != null) {
            out.writeStringProperty(name, value.toString());
        }
    }
}
