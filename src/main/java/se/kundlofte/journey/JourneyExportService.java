package se.kundlofte.journey;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.base.csv.CsvFormat;
import se.kundlofte.base.i18n.TranslationProvider;
import se.kundlofte.security.AppRoles;
import se.kundlofte.security.Permission.Require;

/** The journey map as CSV for a spreadsheet: one row per stage, the lanes and live figures as columns. */
@Service
@PreAuthorize(Require.JOURNEY_READ)
@Transactional(readOnly = true)
public class JourneyExportService {

    static final List<String> HEADERS = List.of(
            "journey.csv.position",
            "journey.stage.name",
            "journey.stage.phase",
            "journey.lane.customerDoes",
            "journey.lane.customerThinks",
            "journey.lane.emotion",
            "journey.lane.touchpoints",
            "journey.lane.owner",
            "journey.lane.coverage",
            "journey.lane.painPoints",
            "journey.lane.opportunities",
            "journey.live.requirements",
            "journey.csv.failure",
            "journey.csv.contacts",
            "journey.csv.failureRatio",
            "journey.csv.nps",
            "journey.live.promises",
            "journey.gap");

    private final JourneyService journeys;
    private final JourneyFiguresService figures;
    private final JourneyGapService gaps;
    private final TranslationProvider translations;

    JourneyExportService(
            JourneyService journeys,
            JourneyFiguresService figures,
            JourneyGapService gaps,
            TranslationProvider translations) {
        this.journeys = journeys;
        this.figures = figures;
        this.gaps = gaps;
        this.translations = translations;
    }

    /** Writes the journey's stages in map order; returns how many. */
    public int export(long journeyId, Locale locale, OutputStream out) throws IOException {
        Locale language = TranslationProvider.supported(locale);
        JourneyMap map = journeys.map(journeyId);
        Map<Long, StageFigures> live = figures.figures(map);
        Map<Long, StageGap> gapByStage = gaps.gaps(map, live).stream()
                .collect(Collectors.toMap(g -> g.stage().id(), g -> g));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(CsvFormat.BOM);
        CsvFormat.writeRow(writer, HEADERS.stream().map(h -> t(h, language)).toList());
        for (StageItem s : map.stages()) {
            StageContent c = s.content();
            StageFigures f = live.get(s.id());
            StageGap gap = gapByStage.get(s.id());
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(s.position() + 1));
            row.add(s.label(key -> t(key, language)));
            row.add(t(s.phase().translationKey(), language));
            row.add(text(c.customerDoes()));
            row.add(text(c.customerThinks()));
            row.add(c.emotion() == null ? "" : String.valueOf(c.emotion()));
            row.add(text(c.touchpoints()));
            row.add(
                    c.ownerDepartment() == null
                            ? ""
                            : AppRoles.ALL.contains(c.ownerDepartment())
                                    ? t(AppRoles.translationKey(c.ownerDepartment()), language)
                                    : c.ownerDepartment());
            row.add(c.coverage() == null ? "" : t(c.coverage().translationKey(), language));
            row.add(text(c.painPoints()));
            row.add(text(c.opportunities()));
            row.add(f == null ? "0" : String.valueOf(f.requirementTotal()));
            row.add(f == null ? "0" : String.valueOf(f.failure()));
            row.add(f == null ? "0" : String.valueOf(f.classifiedContacts()));
            row.add(
                    f == null || f.failureRatio() == null
                            ? ""
                            : String.format(language, "%.1f %%", f.failureRatio() * 100));
            row.add(
                    f == null || f.satisfaction() == null || !f.satisfaction().hasValue()
                            ? ""
                            : String.valueOf(Math.round(f.satisfaction().value())));
            row.add(
                    f == null
                            ? ""
                            : f.promises().stream().map(StagePromise::title).collect(Collectors.joining(", ")));
            row.add(
                    gap == null
                            ? ""
                            : gap.reasons().stream()
                                    .map(r -> t(r.translationKey(), language))
                                    .collect(Collectors.joining(", ")));
            CsvFormat.writeRow(writer, row);
        }
        writer.flush();
        return map.stages().size();
    }

    private String t(String key, Locale language) {
        return translations.getTranslation(key, language);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
