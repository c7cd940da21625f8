package nl.samenspraak.tool.work.interfaces.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;

/**
 * The course page as a CSV file that opens as a table in Excel in either language: UTF-8 with a byte order
 * mark (without it Excel reads ANSI), {@code ;} as the separator and a decimal comma in Dutch (Excel with a
 * Dutch locale splits on {@code ;}), {@code ,} and a decimal point in English. A cell that would start a
 * formula (a name such as {@code =HYPERLINK(...)}) gets a leading apostrophe, so Excel shows it as text.
 */
final class CourseCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final ZoneId SCHOOL_TIME = ZoneId.of("Europe/Amsterdam");
    private static final Map<String, TextKey> STATES = Map.of(
            "not_started", TextKey.COURSE_CSV_NOT_STARTED,
            "in_progress", TextKey.COURSE_CSV_PROGRESS,
            "submitted", TextKey.COURSE_CSV_SUBMITTED,
            "completed", TextKey.COURSE_CSV_COMPLETED,
            "awaiting_approval", TextKey.COURSE_CSV_WAITING_APPROVAL,
            "returned", TextKey.COURSE_CSV_RETURNED_REVISION);

    private CourseCsv() {
    }

    static byte[] of(CourseReviewResource.Matrix matrix, Language language, Texts texts) {
        boolean dutch = language == Language.NL;
        Locale locale = dutch ? Locale.forLanguageTag("nl-NL") : Locale.UK;
        NumberFormat percent = NumberFormat.getIntegerInstance(locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(SCHOOL_TIME);
        List<CourseReviewResource.AssignmentColumn> assignments = matrix.modules().stream()
                .flatMap(module -> module.assignments().stream()).toList();
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(texts.of(TextKey.COURSE_CSV_NAME).in(language),
                texts.of(TextKey.COURSE_CSV_LAST_ACTIVITY).in(language)));
        for (CourseReviewResource.AssignmentColumn assignment : assignments) {
            header.add(assignment.title());
            header.add(assignment.title() + " (score %)");
        }
        rows.add(header);
        for (CourseReviewResource.MemberRow member : matrix.members()) {
            List<String> row = new ArrayList<>();
            row.add(member.name() == null ? texts.of(TextKey.COURSE_CSV_PARTICIPANT, member.userId()).in(language)
                    : member.name());
            row.add(member.lastActivity() == null ? "" : time.format(member.lastActivity()));
            for (CourseReviewResource.AssignmentColumn assignment : assignments) {
                CourseReviewResource.Cell cell = member.cells().get(assignment.id());
                row.add(texts.of(STATES.get(cell.state())).in(language));
                row.add(percent.format(Math.round(cell.score() * 100)));
            }
            rows.add(row);
        }
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(dutch ? ';' : ',').withLineSeparator("\r\n");
        try {
            // Quotes only where CSV needs them (a separator, a quote, a line break), as Excel writes it.
            CsvMapper mapper = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
            String text = mapper.writer(schema).writeValueAsString(rows.stream()
                    .map(row -> row.stream().map(CourseCsv::asText).toArray(String[]::new)).toList());
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            byte[] file = new byte[BOM.length + body.length];
            System.arraycopy(BOM, 0, file, 0, BOM.length);
            System.arraycopy(body, 0, file, BOM.length, body.length);
            return file;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the course as CSV", e);
        }
    }

    /** A value Excel shows as it is: never the start of a formula. */
    private static String asText(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
