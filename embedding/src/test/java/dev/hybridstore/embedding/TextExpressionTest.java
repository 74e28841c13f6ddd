package dev.hybridstore.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextExpressionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " -> ", quoteCharacter = '"', value = {
        "content -> t.content",
        "title || E'\\n' || body -> t.title || E'\\n' || t.body",
        "title||': '||body -> t.title || ': ' || t.body",
        "'it''s' || body -> 'it''s' || t.body"})
    void qualifiesColumnsAndKeepsLiterals(String expression, String qualified) {
        assertThat(TextExpression.qualified(expression)).isEqualTo(qualified);
    }

    @Test
    void refusesAnythingBeyondColumnsLiteralsAndConcatenation() {
        for (String bad : new String[] {"content; DROP TABLE questions", "lower(content)", "title || ", "title body", "'open",
                "\"Title\"", "title || 'x' -- comment", "E'\\x41'", "content || (select 1)", ""}) {
            assertThatThrownBy(() -> TextExpression.qualified(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void identifiersArePlainLowerCaseNames() {
        assertThat(TextExpression.identifier("table", "questions")).isEqualTo("questions");
        assertThatThrownBy(() -> TextExpression.identifier("hybridstore.embedding.sources.q.table", "Questions"))
                .hasMessage("hybridstore.embedding.sources.q.table 'Questions' is not a plain lower-case SQL name ([a-z_][a-z0-9_]*)");
        assertThatThrownBy(() -> TextExpression.identifier("table", "public.questions")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TextExpression.identifier("table", "q; drop")).isInstanceOf(IllegalArgumentException.class);
    }
}
