package dev.parley.io.scenario;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The scenario JSON Schema (draft 2020-12) shipped in this module, and validation against it. */
public final class ScenarioSchema {

    /** Class-path resource of the schema; {@code parley schema} prints it for editors. */
    public static final String RESOURCE = "/dev/parley/io/scenario/parley-scenario.schema.json";

    private static final Schema SCHEMA = load();

    private ScenarioSchema() {
    }

    /** The schema text, as shipped. */
    public static String text() {
        try (InputStream in = ScenarioSchema.class.getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Error> validate(JsonNode instance) {
        return SCHEMA.validate(instance);
    }

    static JsonNode schemaRoot() {
        return SCHEMA.getSchemaNode();
    }

    private static Schema load() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        try (InputStream in = ScenarioSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("scenario schema missing from the class path: " + RESOURCE);
            }
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
