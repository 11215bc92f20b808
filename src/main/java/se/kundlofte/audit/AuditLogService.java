package se.kundlofte.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.csv.CsvFormat;
import se.kundlofte.base.i18n.TranslationProvider;
import se.kundlofte.security.Permission.Require;

/** The audit log for administrators: who changed what and when, filtered, a page at a time, and as CSV. */
@Service
@PreAuthorize(Require.AUDIT_READ)
@Transactional(readOnly = true)
public class AuditLogService {

    /** At most this many lines go into one export; narrow the filter for more. */
    public static final int EXPORT_MAX = 100_000;

    /** How the log shows and exports times (in the business zone). */
    public static final String TIME_PATTERN = "yyyy-MM-dd HH:mm:ss";

    private static final int EXPORT_PAGE = 1000;

    private final List<AuditSource> sources;
    private final TranslationProvider translations;
    private final DateTimeFormatter time;

    /** The sources in their {@code @Order}: on equal times the first named comes first. */
    AuditLogService(List<AuditSource> sources, TranslationProvider translations, BusinessTime businessTime) {
        List<AuditSource> ordered = new ArrayList<>(sources);
        AnnotationAwareOrderComparator.sort(ordered);
        this.sources = List.copyOf(ordered);
        this.translations = translations;
        this.time = businessTime.formatter(TIME_PATTERN);
    }

    /** One page of the log, newest first; never more than 500 lines. */
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        return page(filter, Math.max(0, offset), Math.clamp(limit, 0, 500));
    }

    public int count(AuditFilter filter) {
        return sourcesOf(filter).stream()
                .mapToInt(source -> source.count(filter))
                .sum();
    }

    /** Each source is cut to the page end on its own (time index) before the merge, as one SQL union would. */
    private List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        List<AuditSource> asked = sourcesOf(filter);
        if (asked.size() == 1) {
            return asked.getFirst().page(filter, offset, limit);
        }
        AuditMerge merge = new AuditMerge(asked, filter, Math.max(1, offset + limit));
        List<AuditEntry> page = new ArrayList<>(limit);
        for (int i = 0; i < offset + limit; i++) {
            AuditEntry entry = merge.next();
            if (entry == null) {
                break;
            }
            if (i >= offset) {
                page.add(entry);
            }
        }
        return page;
    }

    private List<AuditSource> sourcesOf(AuditFilter filter) {
        return sources.stream()
                .filter(source -> filter.subject() == null || source.holds(filter.subject()))
                .toList();
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
        AuditMerge merge = new AuditMerge(sourcesOf(filter), filter, EXPORT_PAGE);
        while (count < EXPORT_MAX) {
            AuditEntry entry = merge.next();
            if (entry == null) {
                break;
            }
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
            count++;
        }
        writer.flush();
        return count;
    }
}
