package dev.hybridstore.model.config;

/** A deployment setting is wrong; the message always starts with the setting's name, never its secret value. */
public class InvalidSettingException extends RuntimeException {
    private final String setting;

    public InvalidSettingException(String setting, String problem) {
        super(setting + ": " + problem);
        this.setting = setting;
    }

    public String setting() {
        return setting;
    }
}
