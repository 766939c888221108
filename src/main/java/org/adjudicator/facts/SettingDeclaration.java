package org.adjudicator.facts;

import java.util.List;

/**
 * A setting a regulation set may give, declared once (the shared ones in rules/base/settings.drl):
 * its name, its kind ({@link Setting#WHOLE_NUMBER} or {@link Setting#TEXT}), what it means, and,
 * for a text that the rules read as one of a few words, those words. The host checks every
 * {@link Setting} a set gives against it: a name no declaration has is a slip ("did you mean"), a
 * value of another kind or not among the words is one too.
 */
public record SettingDeclaration(String name, String kind, String meaning, List<String> values) {

    public SettingDeclaration {
        values = List.copyOf(values);
    }

    /** A setting of any value of its kind. */
    public SettingDeclaration(String name, String kind, String meaning) {
        this(name, kind, meaning, List.of());
    }

    /** The part of the name that stands for a stage, in a declaration of every stage's setting ("{stage} pairing"). */
    public static final String STAGE = "{stage}";

    /** Whether the declaration covers a name: its own, or for "{stage} pairing" any "<stage> pairing" of the stages given. */
    public boolean covers(String setting, List<String> stages) {
        if (!name.contains(STAGE)) return name.equals(setting);
        for (String stage : stages) if (name.replace(STAGE, stage).equals(setting)) return true;
        return false;
    }
}
