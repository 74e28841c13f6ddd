package dev.hybridstore.orderconsumer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.hybridstore.model.event.DbBackupCompleted;
import dev.hybridstore.model.event.DbMigrationCompleted;
import dev.hybridstore.model.event.EmbeddingRequested;
import dev.hybridstore.model.event.OrderPlaced;
import dev.hybridstore.model.kafka.Json;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** docs/events.md stays true: each event's table names every field, and its JSON examples read as valid events. */
class EventsDocumentationTest {

    private static final Path DOC = Path.of("..", "docs", "events.md");
    private static final PropertyNamingStrategies.NamingBase SNAKE_CASE = new PropertyNamingStrategies.SnakeCaseStrategy();
    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @ParameterizedTest
    @ValueSource(classes = {OrderPlaced.class, EmbeddingRequested.class, DbMigrationCompleted.class, DbBackupCompleted.class})
    void everyFieldIsDocumentedAndEveryExampleIsAValidEvent(Class<? extends Record> event) throws Exception {
        String section = section(event.getSimpleName());

        for (var component : event.getRecordComponents()) {
            assertThat(section).as("table row for %s", component.getName()).contains("| `" + SNAKE_CASE.translate(component.getName()) + "` |");
        }
        List<String> examples = jsonBlocks(section);
        assertThat(examples).isNotEmpty();
        for (String json : examples) {
            Record read = Json.MAPPER.readValue(json, event);
            assertThat(VALIDATOR.validate(read)).as(json).isEmpty();
            assertThat(event.getMethod("schemaVersion").invoke(read)).isEqualTo(1);
        }
    }

    private static String section(String name) throws Exception {
        String doc = Files.readString(DOC);
        int start = doc.indexOf("\n## " + name + "\n");
        assertThat(start).as("section '## %s' in %s", name, DOC).isNotNegative();
        int end = doc.indexOf("\n## ", start + 1);
        return doc.substring(start, end < 0 ? doc.length() : end);
    }

    private static List<String> jsonBlocks(String section) {
        Matcher m = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(section);
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }
}
