package io.github.osceparser.examples.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

/**
 * The columns of the job's output: where each page came from, then the fields of the library's JSON
 * format under their JSON names, with real types (dates are {@code date}, times {@code timestamp},
 * lists arrays, objects structs), then {@code error}. A column a page's type does not have is null;
 * a list the page's type has is an array, possibly empty, as in the JSON format. Only {@code
 * sections} is left out: sections nest in sections to any depth, which a fixed schema cannot hold.
 */
public final class PageSchema {
    /** A quote: {@code text}, {@code speaker}, {@code role}. */
    static final StructType QUOTE = new StructType()
            .add("text", StringType, false)
            .add("speaker", StringType)
            .add("role", StringType);

    /**
     * A structure as a page names it: {@code name} as printed, the registry's {@code id} (null for a
     * name the registry does not know), {@code closed} when the page marks it so.
     */
    static final StructType STRUCTURE = new StructType()
            .add("name", StringType, false)
            .add("id", StringType)
            .add("closed", BooleanType);

    /** A field-operation card, or the field operation of a mission page. */
    static final StructType MISSION = new StructType()
            .add("name", StringType, false)
            .add("id", StringType)
            .add("kind", StringType, false)
            .add("location", StringType, false)
            .add("established", DateType)
            .add("headquarters", StringType)
            .add("summary", StringType)
            .add("url", StringType);

    static final StructType DATELINE = new StructType()
            .add("place", StringType, false)
            .add("country", StringType)
            .add("date", DateType, false)
            .add("text", StringType, false);

    static final StructType IMAGE = new StructType().add("url", StringType).add("caption", StringType);

    static final StructType LINK =
            new StructType().add("text", StringType, false).add("url", StringType, false);

    static final StructType RESOURCE = new StructType()
            .add("title", StringType, false)
            .add("description", StringType)
            .add("url", StringType);

    static final StructType ENTRY = new StructType()
            .add("title", StringType, false)
            .add("date", DateType)
            .add("contentType", StringType)
            .add("structures", arrayOf(STRUCTURE), false)
            .add("fieldsOfWork", strings(), false)
            .add("otherFieldsOfWork", strings(), false)
            .add("location", StringType)
            .add("publisher", StringType)
            .add("dateline", DATELINE)
            .add("teaser", StringType)
            .add("url", StringType);

    static final StructType SITE = new StructType()
            .add(
                    "chairpersonship",
                    new StructType().add("country", StringType, false).add("year", IntegerType, false))
            .add("participatingStates", strings(), false)
            .add("partners", strings(), false)
            .add("fieldsOfWork", strings(), false)
            .add("fieldOperations", arrayOf(STRUCTURE), false);

    static final StructType DIAGNOSTIC = new StructType()
            .add("line", IntegerType, false)
            .add("kind", StringType, false)
            .add("message", StringType, false);

    /** Every column, in output order. */
    public static final StructType SCHEMA = new StructType()
            .add("file", StringType, false)
            .add("offset", LongType)
            .add("url", StringType)
            .add("warcDate", TimestampType)
            .add("type", StringType)
            .add("language", StringType)
            .add("title", StringType)
            .add("teaser", StringType)
            .add("date", DateType)
            .add("dateSource", StringType)
            .add("publishedAt", TimestampType)
            .add("dateline", DATELINE)
            .add("place", StringType)
            .add("sources", arrayOf(STRUCTURE))
            .add("fieldsOfWork", strings())
            .add("otherFieldsOfWork", strings())
            .add("paragraphs", strings())
            .add("quotes", arrayOf(QUOTE))
            .add("images", arrayOf(IMAGE))
            .add("readMore", arrayOf(LINK))
            .add("fieldOfWork", StringType)
            .add("summary", StringType)
            .add("missions", arrayOf(MISSION))
            .add("resources", arrayOf(RESOURCE))
            .add("mission", MISSION)
            .add("entries", arrayOf(ENTRY))
            .add("structures", arrayOf(STRUCTURE))
            .add("countries", strings())
            .add("site", SITE)
            .add("diagnostics", arrayOf(DIAGNOSTIC))
            .add("error", StringType);

    private PageSchema() {}

    private static DataType strings() {
        return createArrayType(StringType, false);
    }

    private static DataType arrayOf(StructType element) {
        return createArrayType(element, false);
    }
}
