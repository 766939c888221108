package org.adjudicator.sheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.adjudicator.UserError;
import org.adjudicator.UserError.Phrase;
import org.adjudicator.scenario.ScenarioReader;
import org.adjudicator.scenario.Suggest;

/**
 * Reads the matches of a league's sheet: one row a match, its columns found by their headings (see
 * {@link MatchColumns}). Every row that cannot be read is a problem naming the file, the sheet, the
 * row and the column, and every such row is reported, not only the first; the matches come out as
 * a scenario's {@code matches:} entries, each with the sheet and row it came from.
 */
public final class MatchImport {
    /** "W.O.", "WO", "walkover", "no se presentó": a match awarded because a team did not appear. */
    private static final Pattern WALKOVER = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])(w\\s*\\.?\\s*o\\b\\.?|walk\\s*-?\\s*over|no\\s+se\\s+present[oó]|did\\s+not\\s+(?:appear|show))");
    private static final Pattern ROUND = Pattern.compile(
            "(?iu)^(?:fecha|jornada|ronda|round|matchday|f|r|j)?\\s*(?:n[°º.]?|no\\.?)?\\s*(\\d{1,4})\\s*(?:[ªºa°]\\s*)?(?:fecha|jornada)?$");
    private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$|^\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}$");
    /** How many rows above the headings a sheet may have (a title, a blank line). */
    private static final int HEADING_ROWS = 10;

    /** A match read from a row: its scenario fields in order, and where it came from. */
    public record Imported(String sheet, int sheetIndex, int row, Map<String, Object> fields) {
        /** "Fecha 3:row 14" or "row 14" (a CSV file has one sheet). */
        public String place() {
            return (sheet == null ? "" : sheet + ":") + "row " + row;
        }
    }

    /** What an import found: the matches, the problems (none when it can be written) and notes for the official. */
    public record Result(List<Imported> matches, List<UserError> problems, List<Phrase> notes, List<String> sheetsRead) {
        /** The notes in the language of {@code words}. */
        public List<String> notes(UserError.Words words) {
            return notes.stream().map(n -> n.in(words)).toList();
        }
    }

    private final String file;
    private final List<String> teams;
    private final StageNames stages;
    private final Map<String, MatchColumns> mapped;
    /** The problems found, each with where it is, to report them in the sheets' order. */
    private record Problem(int sheet, int row, UserError error) {
    }

    private final List<Problem> problems = new ArrayList<>();
    private int sheetIndex;
    private final Set<Phrase> notes = new LinkedHashSet<>();

    /**
     * @param file    the sheet file as the official named it, for the messages
     * @param teams   the teams' names as the teams file writes them
     * @param stages  the set's stages, to read the stage column
     * @param mapped  headings mapped by --columns (as written) to the column each names
     */
    public MatchImport(String file, List<String> teams, StageNames stages, Map<String, MatchColumns> mapped) {
        this.file = file;
        this.teams = List.copyOf(teams);
        this.stages = stages;
        this.mapped = new HashMap<>();
        mapped.forEach((heading, column) -> this.mapped.put(MatchColumns.key(heading), column));
    }

    /** Reads every sheet that has home and away headings; a workbook with none is a problem. */
    public Result read(List<ReadSheet> sheets) {
        List<Imported> matches = new ArrayList<>();
        List<String> read = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (ReadSheet sheet : sheets) {
            sheetIndex++;
            Headings headings = headings(sheet);
            if (headings == null) {
                if (sheet.name() != null) skipped.add("\"" + sheet.name() + "\"");
                continue;
            }
            read.add(sheet.name() == null ? "" : sheet.name());
            for (ReadSheet.Row row : sheet.rows()) {
                if (row.number() <= headings.row() || row.isEmpty()) continue;
                Imported match = match(sheet.name(), row, headings);
                if (match != null) matches.add(match);
            }
        }
        if (!read.isEmpty() && !skipped.isEmpty()) {
            notes.add(Phrase.of("workflow.import.sheetsSkipped", String.join(", ", skipped)));
        }
        if (read.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(0, 0, UserError.at(file, null, "error.sheet.noHeadings")));
        }
        across(matches);
        List<UserError> inOrder = problems.stream()
                .sorted(java.util.Comparator.comparingInt(Problem::sheet).thenComparingInt(Problem::row)).map(Problem::error).toList();
        return new Result(matches, inOrder, List.copyOf(notes), read);
    }

    /** The heading row of a sheet and the column of each field, or null when the sheet has no home and away headings. */
    private record Headings(int row, Map<MatchColumns, Integer> columns, Map<MatchColumns, String> written) {
        String heading(MatchColumns column) {
            return written.getOrDefault(column, column.heading("en"));
        }
    }

    private Headings headings(ReadSheet sheet) {
        int looked = 0;
        for (ReadSheet.Row row : sheet.rows()) {
            if (row.isEmpty()) continue;
            if (++looked > HEADING_ROWS) return null;
            Map<MatchColumns, Integer> columns = new EnumMap<>(MatchColumns.class);
            Map<MatchColumns, String> written = new EnumMap<>(MatchColumns.class);
            List<String> unknown = new ArrayList<>();
            List<Problem> twice = new ArrayList<>();
            for (int c = 0; c < row.cells().size(); c++) {
                String heading = row.cell(c);
                if (heading.isBlank()) continue;
                MatchColumns column = mapped.containsKey(MatchColumns.key(heading)) ? mapped.get(MatchColumns.key(heading))
                        : MatchColumns.of(heading);
                if (column == null) {
                    unknown.add(heading);
                } else if (columns.containsKey(column)) {
                    twice.add(new Problem(sheetIndex, row.number(), UserError.at(file, place(sheet.name(), row.number(), heading),
                            "error.sheet.secondColumn", column.field, written.get(column))));
                } else {
                    columns.put(column, c);
                    written.put(column, heading);
                }
            }
            if (columns.containsKey(MatchColumns.HOME) && columns.containsKey(MatchColumns.AWAY)) {
                problems.addAll(twice);
                if (!unknown.isEmpty()) {
                    notes.add(Phrase.of("workflow.import.columnsNotRead", inSheet(sheet),
                            String.join(", ", unknown.stream().map(h -> "\"" + h + "\"").toList())));
                }
                boolean score = columns.containsKey(MatchColumns.SCORE)
                        || columns.containsKey(MatchColumns.HOME_GOALS) && columns.containsKey(MatchColumns.AWAY_GOALS);
                if (!score && !columns.containsKey(MatchColumns.AWARDED)) {
                    notes.add(Phrase.of("workflow.import.noScore", inSheet(sheet)));
                }
                return new Headings(row.number(), columns, written);
            }
        }
        return null;
    }

    /** "sheet "Fecha 3": " before a note about one sheet of a workbook; nothing for a CSV file. */
    private static Object inSheet(ReadSheet sheet) {
        return sheet.name() == null ? "" : Phrase.of("workflow.import.inSheet", sheet.name());
    }

    private String place(String sheet, int row, String heading) {
        return (sheet == null ? "" : sheet + ":") + "row " + row + (heading == null ? "" : ": " + heading);
    }

    /** One row's match, or null when it cannot be read (its problems recorded) or holds no match. */
    private Imported match(String sheet, ReadSheet.Row row, Headings h) {
        int before = problems.size();
        String homeText = cell(row, h, MatchColumns.HOME);
        String awayText = cell(row, h, MatchColumns.AWAY);
        if (homeText.isEmpty() && awayText.isEmpty()) return null;   // a title or a separator between rounds
        Map<String, Object> fields = new LinkedHashMap<>();
        String stage = stage(sheet, row, h);
        if (!stage.isEmpty()) fields.put("stage", stage);
        String group = cell(row, h, MatchColumns.GROUP);
        if (!group.isEmpty()) fields.put("group", group);
        String roundText = cell(row, h, MatchColumns.ROUND);
        String date = cell(row, h, MatchColumns.DATE);
        if (!roundText.isEmpty()) {
            if (DATE.matcher(roundText).matches() && !h.columns().containsKey(MatchColumns.DATE)) {
                date = roundText;
                notes.add(Phrase.of("workflow.import.roundHoldsDates", h.heading(MatchColumns.ROUND)));
            } else {
                Matcher m = ROUND.matcher(roundText);
                if (m.matches() && Integer.parseInt(m.group(1)) >= 1) fields.put("round", Integer.parseInt(m.group(1)));
                else problem(sheet, row, h, MatchColumns.ROUND, "error.sheet.notARound", roundText);
            }
        }
        if (!date.isEmpty()) fields.put("date", date);
        String tie = cell(row, h, MatchColumns.TIE);
        String legText = cell(row, h, MatchColumns.LEG);
        Integer leg = legText.isEmpty() ? null : leg(legText);
        if (!legText.isEmpty() && leg == null) {
            problem(sheet, row, h, MatchColumns.LEG, "error.sheet.notALeg", legText);
        }
        if (!tie.isEmpty() && legText.isEmpty()) {
            problem(sheet, row, h, MatchColumns.LEG, "error.sheet.legMissing", tie);
        } else if (tie.isEmpty() && leg != null) {
            problem(sheet, row, h, MatchColumns.TIE, "error.sheet.tieMissing", legText);
        }
        if (!tie.isEmpty()) fields.put("tie", tie);
        if (leg != null && !tie.isEmpty()) fields.put("leg", leg);
        String home = team(sheet, row, h, MatchColumns.HOME, homeText);
        String away = team(sheet, row, h, MatchColumns.AWAY, awayText);
        if (home != null) fields.put("home", home);
        if (away != null) fields.put("away", away);
        if (home != null && home.equals(away)) {
            problem(sheet, row, h, MatchColumns.AWAY, "error.sheet.playsItself", awayText, h.heading(MatchColumns.HOME));
        }
        scores(sheet, row, h, fields, home, away);
        return problems.size() > before ? null : new Imported(sheet, sheetIndex, row.number(), fields);
    }

    private String stage(String sheet, ReadSheet.Row row, Headings h) {
        String written = cell(row, h, MatchColumns.STAGE);
        if (written.isEmpty()) return "";
        String stage = stages.stageOf(written);
        if (stage == null) {
            problem(sheet, row, h, MatchColumns.STAGE, "error.sheet.noSuchStage", written, stages.set(),
                    Suggest.phrase(written, stages.candidates()), stages.listed());
            return "";
        }
        if (!stages.isTheSets(stage)) {
            notes.add(Phrase.of("workflow.import.stageNotNamed", written, stage, stages.set()));
        }
        return stage;
    }

    private static Integer leg(String text) {
        String key = MatchColumns.key(text);
        if (Set.of("1", "ida", "i", "leg 1", "first leg", "1st leg", "partido de ida", "primer partido", "1 ida", "1a", "1ª").contains(key)) return 1;
        if (Set.of("2", "vuelta", "v", "leg 2", "second leg", "2nd leg", "partido de vuelta", "segundo partido", "2 vuelta", "2a", "2ª").contains(key)) return 2;
        return null;
    }

    /** The team a cell names, as the teams file names it; case and accents aside when that names one team alone. */
    private String team(String sheet, ReadSheet.Row row, Headings h, MatchColumns column, String written) {
        if (written.isEmpty()) {
            problem(sheet, row, h, column, "error.sheet.teamMissing");
            return null;
        }
        if (teams.contains(written)) return written;
        List<String> same = teams.stream().filter(t -> MatchColumns.key(t).equals(MatchColumns.key(written))).toList();
        if (same.size() == 1) {
            notes.add(Phrase.of("workflow.import.teamAsWritten", written, same.get(0)));
            return same.get(0);
        }
        if (Suggest.closest(written, teams).isPresent()) problem(sheet, row, h, column, "error.sheet.noSuchTeam", written, Suggest.phrase(written, teams));
        else problem(sheet, row, h, column, "error.sheet.noSuchTeamInFile", written);
        return null;
    }

    /** The score, half-time, extra time, penalties, and a walkover's awarded score and reason. */
    private void scores(String sheet, ReadSheet.Row row, Headings h, Map<String, Object> fields, String home, String away) {
        String scoreText = cell(row, h, MatchColumns.SCORE);
        String note = cell(row, h, MatchColumns.NOTE);
        String awardedText = cell(row, h, MatchColumns.AWARDED);
        MatchColumns scoreColumn = MatchColumns.SCORE;
        if (scoreText.isEmpty() && (h.columns().containsKey(MatchColumns.HOME_GOALS) || h.columns().containsKey(MatchColumns.AWAY_GOALS))) {
            String hg = cell(row, h, MatchColumns.HOME_GOALS);
            String ag = cell(row, h, MatchColumns.AWAY_GOALS);
            if (!hg.isEmpty() || !ag.isEmpty()) {
                scoreColumn = hg.isEmpty() || !hg.matches("\\d+") ? MatchColumns.HOME_GOALS : MatchColumns.AWAY_GOALS;
                if (hg.matches("\\d+") && ag.matches("\\d+")) scoreText = hg + "-" + ag;
                else {
                    String bad = scoreColumn == MatchColumns.HOME_GOALS ? hg : ag;
                    problem(sheet, row, h, scoreColumn, "error.sheet.notGoals", bad);
                    return;
                }
            }
        }
        // A walkover written in the score ("3-0 W.O.", "W.O.") or in the note ("no se presentó").
        Matcher inScore = WALKOVER.matcher(scoreText);
        Matcher inNote = WALKOVER.matcher(note);
        boolean walkover = inScore.find() || inNote.find();
        String marker = inScore.find(0) ? inScore.group(1) : inNote.find(0) ? inNote.group(1) : "";
        String played = walkover ? WALKOVER.matcher(scoreText).replaceAll(" ").strip() : scoreText;
        String reason = !note.isEmpty() ? note : marker.strip();
        if (!awardedText.isEmpty()) {
            String awarded = WALKOVER.matcher(awardedText).replaceAll(" ").strip();
            int[] score = score(sheet, row, h, MatchColumns.AWARDED, awarded);
            if (score == null) return;
            putScore(fields, sheet, row, h, scoreColumn, played);
            fields.put("awarded", score[0] + "-" + score[1]);
            if (!note.isEmpty()) fields.put("reason", note);
        } else if (walkover) {
            int[] score = played.isEmpty() ? null : score(sheet, row, h, scoreColumn, played);
            if (!played.isEmpty() && score == null) return;
            if (score == null) {
                String absent = absentTeam(scoreText + " " + note, home, away);
                if (absent == null) {
                    problem(sheet, row, h, inScore.find(0) ? scoreColumn : MatchColumns.NOTE, "error.sheet.walkover",
                            inScore.find(0) ? scoreText : note);
                    return;
                }
                score = absent.equals(home) ? new int[] {0, 3} : new int[] {3, 0};
                notes.add(Phrase.of("workflow.import.walkoverScore", place(sheet, row.number(), null), marker.strip(),
                        score[0] + "-" + score[1], absent.equals(home) ? away : home));
            }
            fields.put("awarded", score[0] + "-" + score[1]);
            if (!reason.isEmpty()) fields.put("reason", reason);
        } else {
            putScore(fields, sheet, row, h, scoreColumn, played);
            if (!note.isEmpty()) notes.add(Phrase.of("workflow.import.noteNotKept", place(sheet, row.number(), h.heading(MatchColumns.NOTE)), note));
        }
        String halfTime = cell(row, h, MatchColumns.HALF_TIME);
        String extraTime = cell(row, h, MatchColumns.EXTRA_TIME);
        String penalties = cell(row, h, MatchColumns.PENALTIES);
        boolean hasScore = fields.containsKey("score");
        for (Map.Entry<MatchColumns, String> more : List.of(Map.entry(MatchColumns.HALF_TIME, halfTime),
                Map.entry(MatchColumns.EXTRA_TIME, extraTime), Map.entry(MatchColumns.PENALTIES, penalties))) {
            if (more.getValue().isEmpty()) continue;
            int[] score = score(sheet, row, h, more.getKey(), more.getValue());
            if (score == null) continue;
            if (!hasScore) {
                problem(sheet, row, h, more.getKey(), "error.sheet.noFinalScore", more.getValue(), h.heading(scoreColumn));
                continue;
            }
            fields.put(more.getKey().field, score[0] + "-" + score[1]);
        }
    }

    private void putScore(Map<String, Object> fields, String sheet, ReadSheet.Row row, Headings h, MatchColumns column, String text) {
        if (text.isEmpty()) return;   // not played yet
        int[] score = score(sheet, row, h, column, text);
        if (score != null) fields.put("score", score[0] + "-" + score[1]);
    }

    /** A score as the scenario checks it ("2-1"; "2:1" and "2 - 1" too), or null with the row's problem recorded. */
    private int[] score(String sheet, ReadSheet.Row row, Headings h, MatchColumns column, String text) {
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            problem(sheet, row, h, column, "error.sheet.dateNotScore", text);
            return null;
        }
        try {
            return ScenarioReader.score(text.replace(':', '-'), column.field);
        } catch (UserError e) {
            // The checker's words, quoting the cell as written ("2:x") rather than as checked ("2-x").
            problems.add(new Problem(sheetIndex, row.number(), new UserError(file, place(sheet, row.number(), h.heading(column)),
                    e.phrase().quoting(text))));
            return null;
        }
    }

    /** The team a walkover's words name as absent ("no se presentó Sport Callao", "Local no se presentó"), or null. */
    private static String absentTeam(String text, String home, String away) {
        if (home == null || away == null) return null;
        String words = MatchColumns.key(WALKOVER.matcher(text).replaceAll(" "));
        boolean homeNamed = words.contains(MatchColumns.key(home)) || words.matches(".*\\b(local|home)\\b.*");
        boolean awayNamed = words.contains(MatchColumns.key(away)) || words.matches(".*\\b(visitante|visita|away)\\b.*");
        if (homeNamed == awayNamed) return null;
        return homeNamed ? home : away;
    }

    /** Checks across rows: a match twice, a tie's legs twice or between other teams, a team twice in one round. */
    private void across(List<Imported> matches) {
        Map<String, Imported> seen = new HashMap<>();
        Map<String, String> tieTeams = new HashMap<>();
        List<Imported> kept = new ArrayList<>();
        for (Imported m : matches) {
            Map<String, Object> f = m.fields();
            String home = (String) f.get("home");
            String away = (String) f.get("away");
            String stage = (String) f.getOrDefault("stage", "");
            String group = (String) f.getOrDefault("group", "");
            Object round = f.get("round");
            Object tie = f.get("tie");
            int before = problems.size();
            String key = tie != null ? "tie|" + tie + "|" + f.get("leg") : stage + "|" + group + "|" + round + "|" + home + "|" + away;
            Imported first = seen.putIfAbsent(key, m);
            if (first != null) {
                if (tie != null) problem(m, "error.sheet.twoLegs", tie, f.get("leg"), first.place());
                else problem(m, "error.sheet.matchTwice", home, away, first.place());
            }
            if (tie != null) {
                String pair = home.compareTo(away) < 0 ? home + "|" + away : away + "|" + home;
                String other = tieTeams.putIfAbsent(String.valueOf(tie), pair);
                if (other != null && !other.equals(pair)) {
                    problem(m, "error.sheet.tieTeams", tie, other.substring(0, other.indexOf('|')), other.substring(other.indexOf('|') + 1));
                }
            }
            if (round != null && problems.size() == before) {
                for (String team : List.of(home, away)) {
                    Imported earlier = seen.putIfAbsent(stage + "|" + group + "|" + round + "|plays|" + team, m);
                    if (earlier != null) {
                        if (stage.isEmpty()) problem(m, "error.sheet.playsTwice", team, round, earlier.place());
                        else problem(m, "error.sheet.playsTwiceInStage", team, round, stage, earlier.place());
                        break;
                    }
                }
            }
            if (problems.size() == before) kept.add(m);
        }
        matches.retainAll(kept);
    }

    private static String cell(ReadSheet.Row row, Headings h, MatchColumns column) {
        Integer c = h.columns().get(column);
        return c == null ? "" : row.cell(c);
    }

    private void problem(String sheet, ReadSheet.Row row, Headings h, MatchColumns column, String key, Object... args) {
        problems.add(new Problem(sheetIndex, row.number(), UserError.at(file, place(sheet, row.number(), h.heading(column)), key, args)));
    }

    private void problem(Imported match, String key, Object... args) {
        problems.add(new Problem(match.sheetIndex(), match.row(), UserError.at(file, match.place(), key, args)));
    }
}
