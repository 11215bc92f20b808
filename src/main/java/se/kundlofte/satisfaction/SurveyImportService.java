package se.kundlofte.satisfaction;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.FieldError;
import se.kundlofte.base.JourneyPhase;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.base.csv.CsvFormat.CsvRow;
import se.kundlofte.base.i18n.TranslationProvider;
import se.kundlofte.base.imports.ColumnMapping;
import se.kundlofte.base.imports.HeaderMatcher;
import se.kundlofte.base.imports.ImportFile;
import se.kundlofte.base.imports.ImportProblem;
import se.kundlofte.base.imports.ImportReading;
import se.kundlofte.base.imports.ImportText;
import se.kundlofte.base.imports.RememberedColumnRepository;
import se.kundlofte.customer.OrgNumber;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.KundlofteUser;
import se.kundlofte.security.Permission.Require;

/**
 * CSV import of survey responses through the shared import engine, as the customer import: the
 * file's columns are matched to our fields (the user's choices from last time, else synonyms) and
 * the user may change that; types, stages and channels are matched exactly or offered as
 * suggestions; the preview lists every problem of every row (a score outside its type's scale, a
 * date in the future, an unknown customer, an external id twice in the file). All or nothing: the
 * import re-reads the file in its own transaction. A response whose external id is already stored
 * is skipped, so importing the same file again adds nothing twice.
 */
@Service
@PreAuthorize(Require.SATISFACTION_RECORD)
public class SurveyImportService {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_ROWS = 5000;

    static final String IMPORT_KIND = "survey-responses";

    private static final Logger log = LoggerFactory.getLogger(SurveyImportService.class);
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy/M/d"),
            DateTimeFormatter.ofPattern("d/M/yyyy"),
            DateTimeFormatter.ofPattern("d.M.yyyy"));

    private final SurveyResponseRepository responses;
    private final SatisfactionQueries queries;
    private final FollowUps followUps;
    private final SatisfactionAudit audit;
    private final TranslationProvider translations;
    private final RememberedColumnRepository rememberedColumns;
    private final BusinessTime time;

    SurveyImportService(
            SurveyResponseRepository responses,
            SatisfactionQueries queries,
            FollowUps followUps,
            SatisfactionAudit audit,
            TranslationProvider translations,
            RememberedColumnRepository rememberedColumns,
            BusinessTime time) {
        this.responses = responses;
        this.queries = queries;
        this.followUps = followUps;
        this.audit = audit;
        this.translations = translations;
        this.rememberedColumns = rememberedColumns;
        this.time = time;
    }

    /** Reads the file as the options say and reports what it would do; saves nothing. */
    @Transactional(readOnly = true)
    public SurveyImportPreview preview(byte[] file, SurveyImportOptions options) {
        return new Reader(file, options).read();
    }

    /**
     * Imports the file when it has no problems, otherwise saves nothing and refuses; opens the
     * follow-ups of unhappy answers and remembers the column mapping for the user's next import.
     */
    @Transactional
    public ImportResult importFile(byte[] file, SurveyImportOptions options) {
        SurveyImportPreview preview = new Reader(file, options).read();
        if (!preview.valid()) {
            throw new RuleViolationException(
                    "import.error.notValid", preview.errors().size());
        }
        Long me = CurrentUser.get().map(KundlofteUser::getUserId).orElse(null);
        List<SurveyResponse> saved = new ArrayList<>();
        for (SurveyImportPreview.ImportedResponse row : preview.responses()) {
            saved.add(new SurveyResponse(row.form(), time.now(), me));
        }
        responses.saveAllAndFlush(saved);
        int opened = 0;
        for (SurveyResponse response : saved) {
            opened += followUps.openIfNeeded(response) ? 1 : 0;
        }
        audit.imported(saved);
        if (me != null) {
            rememberedColumns.remember(me, IMPORT_KIND, preview.mapping());
        }
        ImportResult result = new ImportResult(saved.size(), preview.alreadyImported(), opened);
        log.info(
                "Survey import by {}: {}",
                CurrentUser.get().map(KundlofteUser::getUsername).orElse("system"),
                result);
        return result;
    }

    /** What an import did: responses added, skipped as already imported, follow-ups opened. */
    public record ImportResult(int added, int alreadyImported, int followUpsOpened) {}

    /** One pass over one file. */
    private final class Reader {

        private final byte[] file;
        private final SurveyImportOptions options;
        private final SurveyImportValues values;
        private final LocalDate today = time.today();
        private @Nullable ImportReading reading;

        Reader(byte[] file, SurveyImportOptions options) {
            this.file = file;
            this.options = options;
            this.values = new SurveyImportValues(translations, options.locale());
        }

        SurveyImportPreview read() {
            ImportFile csv = ImportFile.read(file, MAX_BYTES, MAX_ROWS);
            if (csv.problem() != null) {
                return fail(csv.problem());
            }
            List<CsvRow> rows = csv.rows();
            CsvRow header = rows.getFirst();
            ColumnMapping mapping = options.mapping()
                    .filter(m -> m.headers().equals(header.fields()))
                    .orElseGet(() -> HeaderMatcher.match(header.fields(), SurveyCsvColumn.fields(), remembered()));
            ImportReading r = new ImportReading(mapping, options.values());
            reading = r;
            r.checkColumns(header.line());
            List<CsvRow> data = rows.subList(1, rows.size());
            List<SurveyCsvColumn> missing = java.util.Arrays.stream(SurveyCsvColumn.values())
                    .filter(c -> c.field().required() && !r.mapped(c.key()))
                    .toList();
            if (!missing.isEmpty()) {
                missing.forEach(c -> r.problem(new ImportProblem(
                        header.line(),
                        "",
                        "satisfaction.import.missingColumn",
                        "",
                        translations.getTranslation(c.field().labelKey(), options.locale()))));
                return preview(data.size(), List.of(), 0, data);
            }
            Customers customers = new Customers(data);
            Map<String, Integer> externalLines = new HashMap<>();
            List<SurveyImportPreview.ImportedResponse> read = new ArrayList<>();
            for (CsvRow row : data) {
                readRow(row, customers, externalLines).ifPresent(read::add);
            }
            Set<String> stored = queries.existingExternalIds(read.stream()
                    .map(i -> i.form().externalId())
                    .filter(Objects::nonNull)
                    .toList());
            List<SurveyImportPreview.ImportedResponse> fresh = read.stream()
                    .filter(i -> i.form().externalId() == null
                            || !stored.contains(i.form().externalId()))
                    .toList();
            return preview(data.size(), fresh, read.size() - fresh.size(), data);
        }

        private java.util.Map<String, String> remembered() {
            return CurrentUser.get()
                    .map(KundlofteUser::getUserId)
                    .map(id -> rememberedColumns.remembered(id, IMPORT_KIND))
                    .orElse(Map.of());
        }

        private SurveyImportPreview preview(
                int rowCount, List<SurveyImportPreview.ImportedResponse> result, int skipped, List<CsvRow> data) {
            ImportReading r = Objects.requireNonNull(reading);
            return new SurveyImportPreview(
                    rowCount,
                    result,
                    skipped,
                    r.problems(),
                    r.mapping(),
                    SurveyCsvColumn.fields(),
                    r.mapping().samples(data),
                    r.questions());
        }

        private SurveyImportPreview fail(String key) {
            ImportProblem problem = new ImportProblem(0, "", key, "", MAX_BYTES / (1024 * 1024), MAX_ROWS);
            return new SurveyImportPreview(
                    0,
                    List.of(),
                    0,
                    List.of(problem),
                    new ColumnMapping(List.of(), List.of()),
                    SurveyCsvColumn.fields(),
                    List.of(),
                    List.of());
        }

        private String value(CsvRow row, SurveyCsvColumn column) {
            return Objects.requireNonNull(reading).value(row, column.key());
        }

        private void error(CsvRow row, SurveyCsvColumn column, String key, String value, Object... args) {
            Objects.requireNonNull(reading).problem(row, column.key(), key, value, args);
        }

        private void error(CsvRow row, SurveyCsvColumn column, FieldError error, String value) {
            error(row, column, error.messageKey(), value, error.args().toArray());
        }

        /** Checks the whole row, reporting every problem; a row with problems adds nothing. */
        private Optional<SurveyImportPreview.ImportedResponse> readRow(
                CsvRow row, Customers customers, Map<String, Integer> externalLines) {
            ImportReading r = Objects.requireNonNull(reading);
            int before = r.problemCount();
            String typeText = value(row, SurveyCsvColumn.TYPE);
            SurveyType type = null;
            if (typeText.isBlank()) {
                error(row, SurveyCsvColumn.TYPE, "validation.required", typeText);
            } else {
                type = r.match(
                                row,
                                SurveyCsvColumn.TYPE.key(),
                                typeText,
                                values.types(),
                                "satisfaction.import.unknownType")
                        .orElse(null);
            }
            String scoreText = value(row, SurveyCsvColumn.SCORE);
            Integer score = null;
            if (!scoreText.isBlank()) {
                try {
                    score = Integer.valueOf(scoreText.trim());
                } catch (NumberFormatException e) {
                    error(row, SurveyCsvColumn.SCORE, "satisfaction.import.notANumber", scoreText);
                }
            }
            if (score != null || scoreText.isBlank()) {
                SurveyResponseRules.score(type, score).ifPresent(e -> error(row, SurveyCsvColumn.SCORE, e, scoreText));
            }
            String dateText = value(row, SurveyCsvColumn.DATE);
            LocalDate date = date(dateText);
            if (date == null && !dateText.isBlank()) {
                error(row, SurveyCsvColumn.DATE, "satisfaction.import.notADate", dateText);
            } else {
                SurveyResponseRules.date(date, today).ifPresent(e -> error(row, SurveyCsvColumn.DATE, e, dateText));
            }
            String customerText = value(row, SurveyCsvColumn.CUSTOMER);
            Long customerId = null;
            if (customerText.isBlank()) {
                error(row, SurveyCsvColumn.CUSTOMER, "validation.required", customerText);
            } else {
                customerId = customers.find(customerText);
                if (customerId == null) {
                    error(row, SurveyCsvColumn.CUSTOMER, "satisfaction.error.unknownCustomer", customerText);
                }
            }
            Long stakeholderId = null;
            String stakeholderText = value(row, SurveyCsvColumn.STAKEHOLDER);
            if (!stakeholderText.isBlank() && customerId != null) {
                stakeholderId = customers.stakeholder(customerId, stakeholderText);
                if (stakeholderId == null) {
                    error(row, SurveyCsvColumn.STAKEHOLDER, "satisfaction.import.unknownStakeholder", stakeholderText);
                }
            }
            String stageText = value(row, SurveyCsvColumn.STAGE);
            JourneyPhase stage = stageText.isBlank()
                    ? null
                    : r.match(
                                    row,
                                    SurveyCsvColumn.STAGE.key(),
                                    stageText,
                                    values.stages(),
                                    "satisfaction.import.unknownStage")
                            .orElse(null);
            String channelText = value(row, SurveyCsvColumn.CHANNEL);
            SurveyChannel channel = channelText.isBlank()
                    ? null
                    : r.match(
                                    row,
                                    SurveyCsvColumn.CHANNEL.key(),
                                    channelText,
                                    values.channels(),
                                    "satisfaction.import.unknownChannel")
                            .orElse(null);
            String comment = value(row, SurveyCsvColumn.COMMENT);
            if (comment.trim().length() > SurveyResponseRules.COMMENT_MAX) {
                error(
                        row,
                        SurveyCsvColumn.COMMENT,
                        "validation.tooLong",
                        comment.substring(0, 40) + "…",
                        SurveyResponseRules.COMMENT_MAX);
            }
            String externalId = value(row, SurveyCsvColumn.EXTERNAL_ID).trim();
            if (externalId.length() > SurveyResponseRules.EXTERNAL_ID_MAX) {
                error(
                        row,
                        SurveyCsvColumn.EXTERNAL_ID,
                        "validation.tooLong",
                        externalId,
                        SurveyResponseRules.EXTERNAL_ID_MAX);
            } else if (!externalId.isEmpty()) {
                Integer first = externalLines.putIfAbsent(externalId, row.line());
                if (first != null) {
                    error(row, SurveyCsvColumn.EXTERNAL_ID, "satisfaction.import.duplicateInFile", externalId, first);
                }
            }
            if (r.problemCount() > before) {
                return Optional.empty();
            }
            return Optional.of(new SurveyImportPreview.ImportedResponse(
                    row.line(),
                    SurveyResponseForm.of(type, score, date, customerId)
                            .withStakeholder(stakeholderId)
                            .withJourneyStage(stage == null ? null : stage.name())
                            .withChannel(channel)
                            .withComment(SurveyResponseRules.blankToNull(comment))
                            .withExternalId(externalId.isEmpty() ? null : externalId)));
        }

        private @Nullable LocalDate date(String text) {
            String trimmed = text.trim();
            if (trimmed.length() > 10 && trimmed.charAt(4) == '-') {
                trimmed = trimmed.substring(0, 10);
            }
            for (DateTimeFormatter format : DATES) {
                try {
                    return LocalDate.parse(trimmed, format);
                } catch (DateTimeParseException notThisOne) {
                    // try the next format
                }
            }
            return null;
        }

        /** The customers and stakeholders the file names, looked up once for all rows. */
        private final class Customers {

            private final Map<String, Long> byName = new HashMap<>();
            private final Map<String, Long> byOrgNumber = new HashMap<>();
            private final Map<Long, List<SatisfactionQueries.StakeholderRef>> people = new HashMap<>();

            Customers(List<CsvRow> data) {
                Set<String> names = new HashSet<>();
                Set<String> orgs = new HashSet<>();
                for (CsvRow row : data) {
                    String text = value(row, SurveyCsvColumn.CUSTOMER).trim();
                    if (!text.isEmpty()) {
                        names.add(text);
                        OrgNumber.normalize(text).ifPresent(orgs::add);
                    }
                }
                for (SatisfactionQueries.CustomerRef c : queries.customersNamed(names, orgs)) {
                    byName.putIfAbsent(ImportText.key(c.name()), c.id());
                    if (c.orgNumber() != null) {
                        byOrgNumber.putIfAbsent(c.orgNumber(), c.id());
                    }
                }
                Set<Long> ids = new HashSet<>(byName.values());
                ids.addAll(byOrgNumber.values());
                for (SatisfactionQueries.StakeholderRef s : queries.stakeholdersOf(ids)) {
                    people.computeIfAbsent(s.customerId(), k -> new ArrayList<>())
                            .add(s);
                }
            }

            @Nullable
            Long find(String text) {
                Optional<String> org = OrgNumber.normalize(text);
                if (org.isPresent() && byOrgNumber.containsKey(org.get())) {
                    return byOrgNumber.get(org.get());
                }
                return byName.get(ImportText.key(text));
            }

            @Nullable
            Long stakeholder(long customerId, String text) {
                String key = ImportText.key(text);
                for (SatisfactionQueries.StakeholderRef s : people.getOrDefault(customerId, List.of())) {
                    if ((s.email() != null && s.email().equalsIgnoreCase(text.trim()))
                            || ImportText.key(s.name()).equals(key)) {
                        return s.id();
                    }
                }
                return null;
            }
        }
    }
}
