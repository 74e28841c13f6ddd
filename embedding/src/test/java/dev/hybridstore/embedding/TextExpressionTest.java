package dev.hybridstore.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextExpressionTest {

    @Test
    void qualifiesColumnsAndKeepsLiterals() {
        assertThat(TextExpression.qualified("content")).isEqualTo("t.content");
        assertThat(TextExpression.qualified("title || E'\\n' || body")).isEqualTo("t.title || E'\\n' || t.body");
        assertThat(TextExpression.qualified("title||': '||body")).isEqualTo("t.title || ': ' || t.body");
        assertThat(TextExpression.qualified("'it''s' || body")).isEqualTo("'it''s' || t.body");
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
