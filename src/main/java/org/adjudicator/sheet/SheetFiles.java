package org.adjudicator.sheet;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.adjudicator.UserError;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.adjudicator.scenario.TeamNames;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Spreadsheet files in and out: XLSX through fastexcel (written) and fastexcel-reader (read), CSV
 * through Jackson's CSV format. The extension says which: .xlsx, or .csv (and .txt, as a spreadsheet
 * program's export names it).
 */
public final class SheetFiles {
    /** The largest sheet file read: 16 MB, as a scenario. */
    static final long MAX_BYTES = 16L * 1024 * 1024;
    /** An XLSX sheet's name: at most 31 characters, none of these. */
    private static final String FORBIDDEN_IN_NAMES = "[]:*?/\\";

    private SheetFiles() {
    }

    public enum Kind { XLSX, CSV }

    /** The kind of a file by its extension; any other is refused. */
    public static Kind kind(Path file, String option) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) return Kind.XLSX;
        if (name.endsWith(".csv") || name.endsWith(".txt")) return Kind.CSV;
        throw UserError.at(file.toString(), option, name.endsWith(".xls") || name.endsWith(".ods")
                ? "error.sheet.kindOldWorkbook" : "error.sheet.kind");
    }

    // ---------------------------------------------------------------- reading

    /** Every sheet of the file, its rows as text. */
    public static List<ReadSheet> read(Path file) {
        Kind kind = kind(file, null);
        try {
            if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
                throw UserError.at(file.toString(), null, "error.sheet.tooLarge", Files.size(file) / (1024 * 1024), MAX_BYTES / (1024 * 1024));
            }
            return kind == Kind.XLSX ? readXlsx(file) : List.of(readCsv(file, Files.readAllBytes(file)));
        } catch (NoSuchFileException e) {
            throw UserError.at(file.toString(), null, "error.file.noSuchFile");
        } catch (IOException | ExcelReaderException e) {
            throw UserError.at(file.toString(), null, kind == Kind.XLSX ? "error.sheet.cannotReadWorkbook" : "error.file.cannotRead",
                    firstLine(e.getMessage()));
        }
    }

    private static List<ReadSheet> readXlsx(Path file) throws IOException {
        byte[] head = new byte[8];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            if (n < 4 || !ReadableWorkbook.isOOXMLZipHeader(head)) {
                throw UserError.at(file.toString(), null, ReadableWorkbook.isOLE2Header(head) ? "error.sheet.xlsNamedXlsx" : "error.sheet.notXlsx");
            }
        }
        List<ReadSheet> sheets = new ArrayList<>();
        // With the cells' formats: a date typed in a cell is a number formatted as a date.
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            for (org.dhatim.fastexcel.reader.Sheet sheet : workbook.getSheets().toList()) {
                List<ReadSheet.Row> rows = new ArrayList<>();
                for (Row row : sheet.read()) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getCellCount(); c++) cells.add(text(row.getCell(c)));
                    rows.add(new ReadSheet.Row(row.getRowNum(), cells));
                }
                sheets.add(new ReadSheet(sheet.getName(), rows));
            }
        }
        return sheets;
    }

    /** A cell as text: a whole number without ".0", a date as 2017-12-03, text as written. */
    private static String text(Cell cell) {
        if (cell == null) return "";
        CellType type = cell.getType();
        String text;
        if (type == CellType.NUMBER) {
            if (isDateFormat(cell.getDataFormatString())) {
                text = cell.asDate().toLocalDate().toString();
            } else {
                BigDecimal number = cell.asNumber();
                text = number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
            }
        } else if (type == CellType.EMPTY) {
            text = "";
        } else if (type == CellType.STRING) {
            text = cell.asString();
        } else {
            text = cell.getText() == null ? "" : cell.getText();
        }
        return TeamNames.normal(text == null ? "" : text.strip());
    }

    /** A number format that shows a date (d, m, y in it outside quotes and brackets; not "General"). */
    private static boolean isDateFormat(String format) {
        if (format == null) return false;
        String bare = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").toLowerCase(Locale.ROOT);
        return !bare.contains("general") && bare.matches(".*[dy].*") && bare.matches(".*[dmy].*");
    }

    /** A CSV file: UTF-8 (with or without a byte-order mark), or else Windows-1252, as a spreadsheet program saves it. */
    static ReadSheet readCsv(Path file, byte[] bytes) throws IOException {
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        char separator = separator(text);
        CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        List<ReadSheet.Row> rows = new ArrayList<>();
        try (MappingIterator<String[]> records = mapper.readerFor(String[].class).with(schema).readValues(text)) {
            int number = 0;
            while (records.hasNextValue()) {
                String[] record = records.nextValue();
                number++;
                rows.add(new ReadSheet.Row(number, Arrays.stream(record).map(c -> TeamNames.normal(c == null ? "" : c.strip())).toList()));
            }
        } catch (RuntimeException e) {
            throw UserError.at(file.toString(), null, "error.sheet.notCsv", firstLine(e.getMessage()));
        }
        return new ReadSheet(null, rows);
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /**
     * The separator of the first rows (a title above the headings has none): a comma, or the
     * semicolon or tab that Spanish-locale programs write.
     */
    static char separator(String text) {
        String first = String.join("\n", text.lines().filter(l -> !l.isBlank()).limit(10).toList());
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : first.toCharArray()) {
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == ',') commas++;
            else if (!quoted && c == ';') semicolons++;
            else if (!quoted && c == '\t') tabs++;
        }
        if (semicolons > commas && semicolons >= tabs) return ';';
        if (tabs > commas) return '\t';
        return ',';
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.strip().lines().findFirst().orElse("unreadable");
    }

    // ---------------------------------------------------------------- writing

    /**
     * The sheets as one XLSX workbook: headings in bold and frozen, numbers as numbers, columns
     * wide enough for their text. The same sheets give the same bytes.
     */
    public static byte[] xlsx(List<Sheet> sheets) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "adjudicator", "0.1");
            Set<String> names = new HashSet<>();
            for (Sheet sheet : sheets) {
                Worksheet ws = workbook.newWorksheet(sheetName(sheet.name(), names));
                int[] widths = new int[sheet.headings().size()];
                for (int c = 0; c < sheet.headings().size(); c++) {
                    ws.value(0, c, sheet.headings().get(c));
                    ws.style(0, c).bold().set();
                    widths[c] = sheet.headings().get(c).length();
                }
                for (int r = 0; r < sheet.rows().size(); r++) {
                    List<Object> row = sheet.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        Object value = row.get(c);
                        if (value instanceof Number number) ws.value(r + 1, c, number);
                        else if (value != null) ws.value(r + 1, c, value.toString());
                        if (value != null && c < widths.length) widths[c] = Math.max(widths[c], value.toString().length());
                    }
                }
                for (int c = 0; c < widths.length; c++) ws.width(c, Math.min(80, widths[c] + 2));
                ws.freezePane(0, 1);
                ws.finish();
            }
            workbook.finish();
            return withoutCreationTime(bytes.toByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("cannot make the workbook in memory", e);
        }
    }

    /** The creation time fastexcel stamps (the clock, not settable) in docProps/core.xml. */
    private static final java.util.regex.Pattern CREATED =
            java.util.regex.Pattern.compile("<dcterms:created[^>]*>[^<]*</dcterms:created>");

    /**
     * The workbook with its creation time taken out, its entries in the same order with a fixed
     * time: the same sheets give the same bytes, as every output of the tool. (fastexcel writes
     * the clock's time into docProps/core.xml and offers no setting for it; the property is optional.)
     */
    private static byte[] withoutCreationTime(byte[] xlsx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length);
        // Commons Compress (fastexcel-reader's own zip reader) reads the stored entries with data descriptors fastexcel writes.
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new java.io.ByteArrayInputStream(xlsx), "UTF-8", true, true);
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (ZipArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("docProps/core.xml")) {
                    content = CREATED.matcher(new String(content, StandardCharsets.UTF_8)).replaceAll("").getBytes(StandardCharsets.UTF_8);
                }
                java.util.zip.ZipEntry copy = new java.util.zip.ZipEntry(entry.getName());
                copy.setTimeLocal(java.time.LocalDateTime.of(1980, 1, 1, 0, 0));
                zip.putNextEntry(copy);
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A tab name a spreadsheet program accepts: at most 31 characters, none of []:*?/\, and unique. */
    static String sheetName(String name, Set<String> taken) {
        StringBuilder clean = new StringBuilder();
        for (char c : name.toCharArray()) clean.append(FORBIDDEN_IN_NAMES.indexOf(c) >= 0 ? '-' : c);
        String base = clean.toString().strip();
        if (base.isEmpty()) base = "Sheet";
        if (base.length() > 31) base = base.substring(0, 31);
        String candidate = base;
        for (int i = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            candidate = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        return candidate;
    }

    /** One sheet as CSV text: a heading row, then the rows; UTF-8, comma-separated, quoted where needed. */
    public static String csv(Sheet sheet) {
        CsvMapper mapper = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
        List<List<Object>> all = new ArrayList<>();
        all.add(new ArrayList<>(sheet.headings()));
        all.addAll(sheet.rows());
        try {
            return mapper.writer(CsvSchema.emptySchema().withLineSeparator("\n")).writeValueAsString(all);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write CSV", e);
        }
    }
}
