package se.kundlofte.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.csv.CsvFormat;
import se.kundlofte.base.i18n.TranslationProvider;
import se.kundlofte.security.AppRoles;

/** The audit log for administrators: who changed what and when, filtered, a page at a time, and as CSV. */
@Service
@PreAuthorize(AppRoles.IS_ADMIN)
@Transactional(readOnly = true)
public class AuditLogService {

    /** At most this many lines go into one export; narrow the filter for more. */
    public static final int EXPORT_MAX = 100_000;

    /** How the log shows and exports times (in the business zone). */
    public static final String TIME_PATTERN = "yyyy-MM-dd HH:mm:ss";

    private static final int EXPORT_PAGE = 1000;

    private final AuditQueries queries;
    private final TranslationProvider translations;
    private final DateTimeFormatter time;

    AuditLogService(AuditQueries queries, TranslationProvider translations, BusinessTime businessTime) {
        this.queries = queries;
        this.translations = translations;
        this.time = businessTime.formatter(TIME_PATTERN);
    }

    /** One page of the log, newest first; never more than 500 lines. */
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        return queries.page(filter, Math.max(0, offset), Math.clamp(limit, 0, 500));
    }

    public int count(AuditFilter filter) {
        return queries.count(filter);
    }

    /** Writes the filtered log as CSV in the reader's language (newest first); returns how many lines. */
    public int export(AuditFilter filter, Locale locale, OutputStream out) throws IOException {
        Locale language = TranslationProvider.supported(locale);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(CsvFormat.BOM);
        CsvFormat.writeRow(
                writer,
                List.of(
                                "audit.column.when",
                                "audit.column.who",
                                "audit.column.subject",
                                "audit.column.label",
                                "audit.column.field",
                                "audit.column.old",
                                "audit.column.new")
                        .stream()
                        .map(key -> translations.getTranslation(key, language))
                        .toList());
        int count = 0;
        while (count < EXPORT_MAX) {
            List<AuditEntry> page = queries.page(filter, count, Math.min(EXPORT_PAGE, EXPORT_MAX - count));
            for (AuditEntry entry : page) {
                CsvFormat.writeRow(
                        writer,
                        List.of(
                                time.format(entry.changedAt()),
                                entry.changedByName(),
                                translations.getTranslation(entry.subject().translationKey(), language),
                                AuditText.label(entry, language, translations::getTranslation),
                                translations.getTranslation(entry.field(), language),
                                AuditText.value(entry, entry.oldValue(), language, translations::getTranslation),
                                AuditText.value(entry, entry.newValue(), language, translations::getTranslation)));
            }
            count += page.size();
            if (page.size() < EXPORT_PAGE) {
                break;
            }
        }
        writer.flush();
        return count;
    }
}
