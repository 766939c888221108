package org.adjudicator.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A scenario file exactly as written (JSON or YAML), before it is checked. */
public final class ScenarioFile {
    @JsonProperty(required = true) public String name;
    @JsonProperty(required = true) public String rules;
    @JsonProperty(required = true) public List<TeamEntry> teams;
    @JsonProperty(required = true) public List<MatchEntry> matches;
    public List<String> lots;
    public List<SanctionEntry> sanctions;
    public List<WithdrawalEntry> withdrawals;
    public Expectations expect;
    /** Table name to the places of a table this scenario does not play ({General table: {Piratas FC: 5}}). */
    public java.util.Map<String, PlacesEntry> places;
    /** Decisions taken off the pitch after a stage is played: who takes whose place. */
    public List<ReplacementEntry> replacements;

    /** The recorded places of one table: team to place. */
    public static final class PlacesEntry extends Located {
        public final java.util.Map<String, Integer> byTeam = new java.util.LinkedHashMap<>();

        @com.fasterxml.jackson.annotation.JsonAnySetter
        public void place(String team, Integer place) {
            byTeam.put(team, place);
        }
    }

    /** A team that takes another's place in a stage, why, and on whose authority. */
    public static final class ReplacementEntry extends Located {
        @JsonProperty(required = true) public String stage;
        @JsonProperty(required = true) public String out;
        @JsonProperty(required = true) public String in;
        public String reason;
        public String authority;
    }

    /** A points deduction (negative) or award; stage: the match stage whose table it counts in. */
    public static final class SanctionEntry extends Located {
        @JsonProperty(required = true) public String team;
        @JsonProperty(required = true) public Integer points;
        public String reason;
        public String stage;
    }

    /** A team withdrawn or excluded from the competition. */
    public static final class WithdrawalEntry extends Located {
        @JsonProperty(required = true) public String team;
        public String reason;
    }

    /** A team as written. */
    public static final class TeamEntry extends Located {
        @JsonProperty(required = true) public String name;
        public String department;
        public String entry;
        public String location;
        public java.util.Map<String, Object> attributes;
        public String group;
        /** FIFA fair-play points in total (negative), when the cards of each match are not known. */
        public Integer fairPlayPoints;
        /** UEFA disciplinary points in total (positive), when the cards of each match are not known. */
        public Integer disciplinaryPoints;
    }

    /** The cards of one team in one match. */
    public static final class CardsEntry {
        public Integer yellow;
        public Integer secondYellowRed;
        public Integer red;
        public Integer yellowRed;
        public Integer officialsYellow;
    }

    /** A match as written; no score means not played yet. */
    public static final class MatchEntry extends Located {
        public String stage;
        public Integer round;
        public String date;
        @JsonProperty(required = true) public String home;
        @JsonProperty(required = true) public String away;
        public String score;
        public String halfTime;
        /** Two legs of a knockout tie share an id; leg is 1 or 2. */
        public String tie;
        public Integer leg;
        /** The score at the end of extra time, the 90 minutes included. */
        public String extraTime;
        /** A penalty shoot-out, recorded on the match that ended it. */
        public String penalties;
        /** The score the match was awarded with (a walkover, a forfeit), and why. */
        public String awarded;
        public String reason;
        public String group;
        /** Team name to the cards it received in this match; a match without cards had none. */
        public java.util.Map<String, CardsEntry> cards;
    }
}
