package dev.hybridstore.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.ContainerDeserializerBase;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Request bodies: a JSON string holding a control character (such as an escaped U+0000) is a 400 naming the field,
 * refused while the body is read, so no resource has to check. Every value read from a JSON string is checked, whatever
 * it becomes (text, UUID, date: those would otherwise trim it away and read null), in fields, lists, arrays and untyped
 * JSON ({@code Map<String, Object>}), and so are map keys at every depth (Jackson reads untyped ones as Object keys).
 */
@Singleton
public class ControlCharacterFields implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        KeyDeserializer keys = new Keys();
        SimpleModule module = new SimpleModule("control-characters").addKeyDeserializer(String.class, keys)
                .addKeyDeserializer(Object.class, keys);
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                // Objects and arrays hand each value to the deserializer of its type, which is wrapped in turn.
                return deserializer instanceof BeanDeserializerBase || deserializer instanceof ContainerDeserializerBase
                        ? deserializer : new Checked(deserializer);
            }
        });
        mapper.registerModule(module);
    }

    private static final class Checked extends DelegatingDeserializer {

        Checked(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Checked(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                refuseControlCharacters(p.getText(), p);
            }
            return super.deserialize(p, ctxt);
        }
    }

    private static final class Keys extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            refuseControlCharacters(key, ctxt.getParser());
            return key;
        }
    }

    private static void refuseControlCharacters(String text, JsonParser p) throws MismatchedInputException {
        if (ControlCharacters.in(text)) {
            throw MismatchedInputException.from(p, String.class, ControlCharacters.MESSAGE);
        }
    }
}
