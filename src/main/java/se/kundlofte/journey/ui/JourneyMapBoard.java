package se.kundlofte.journey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.kundlofte.journey.JourneyFiguresService;
import se.kundlofte.journey.JourneyMap;
import se.kundlofte.journey.StageContent;
import se.kundlofte.journey.StageFigures;
import se.kundlofte.journey.StageGap;
import se.kundlofte.journey.StageItem;
import se.kundlofte.promise.ui.PromiseNavigation;
import se.kundlofte.requirement.BoardFilter;
import se.kundlofte.requirement.Stage;
import se.kundlofte.requirement.ui.RequirementNavigation;
import se.kundlofte.security.AppRoles;

/**
 * The map itself: stages as columns, lanes as rows. On top the phase band and the stage headers,
 * then the emotion curve across the stages, the lanes of what the customer does, thinks and feels,
 * our touchpoints, owner and coverage, pain points and opportunities, and the live lanes read from
 * the other features. Gap stages are hatched in red from top to bottom with the reason in their
 * header.
 */
class JourneyMapBoard extends Div {

    /** The demand analysis's route; it reads {@code ?journeyStage=<id>}. */
    static final String ANALYSIS_PATH = "demand";

    static final String STAGE_PARAMETER = "journeyStage";

    /** Lanes the user writes, by the field names the services use. */
    static final List<String> TEXT_LANES = List.of(
            "customerDoes",
            "customerThinks",
            "touchpoints",
            "ownerDepartment",
            "coverage",
            "painPoints",
            "opportunities");

    /** Each stage's cells, for the tests: lane → stage id → cell. */
    final Map<String, Map<Long, Div>> cells = new HashMap<>();

    /** The stage headers' gap badges, by stage id. */
    final Map<Long, Badge> gapBadges = new HashMap<>();

    /** The stage buttons by stage id (editors only): edit, move left, move right, remove. */
    final Map<Long, Button> editButtons = new HashMap<>();

    final Map<Long, Button> leftButtons = new HashMap<>();
    final Map<Long, Button> rightButtons = new HashMap<>();
    final Map<Long, Button> removeButtons = new HashMap<>();

    private final JourneyMap map;
    private final Map<Long, StageFigures> figures;
    /** The first day of the failure-demand figures; the analysis opens on the same days. */
    private final LocalDate failureFrom;

    private final Map<Long, StageGap> gaps;
    private final boolean editable;

    JourneyMapBoard(
            JourneyMap map,
            Map<Long, StageFigures> figures,
            LocalDate failureFrom,
            List<StageGap> gaps,
            boolean editable,
            BiConsumer<StageItem, @Nullable String> onEdit,
            BiConsumer<StageItem, Integer> onMove,
            Consumer<StageItem> onRemove) {
        this.map = map;
        this.figures = figures;
        this.failureFrom = failureFrom;
        this.gaps = gaps.stream().collect(Collectors.toMap(g -> g.stage().id(), g -> g));
        this.editable = editable;
        addClassName("journey-map");
        getStyle().set("--stages", String.valueOf(map.stages().size()));
        getElement().setAttribute("role", "table");
        getElement().setAttribute("aria-label", getTranslation("journey.map.aria"));

        row("phase", getTranslation("journey.stage.phase"), stage -> {
            Div cell = new Div(new Span(getTranslation(stage.phase().translationKey())));
            cell.addClassName("phase-" + stage.phase().ordinal());
            return cell;
        });
        row("stage", "", stage -> header(stage, onEdit, onMove, onRemove));
        List<@Nullable Integer> emotions =
                map.stages().stream().map(s -> s.content().emotion()).toList();
        int[] index = {0};
        row("emotion", getTranslation("journey.lane.emotion"), stage -> {
            Div cell = EmotionCurve.cell(emotions, index[0]++, stage.label(this::getTranslation));
            editableCell(cell, stage, "emotion", onEdit);
            return cell;
        });
        lane("customerDoes", StageContent::customerDoes, onEdit);
        lane("customerThinks", StageContent::customerThinks, onEdit);
        lane("touchpoints", StageContent::touchpoints, onEdit);
        row("ownerDepartment", getTranslation("journey.lane.owner"), stage -> {
            String owner = stage.content().ownerDepartment();
            Div cell = new Div(
                    owner == null ? missing(getTranslation("journey.owner.none")) : new Span(department(this, owner)));
            editableCell(cell, stage, "ownerDepartment", onEdit);
            return cell;
        });
        row("coverage", getTranslation("journey.lane.coverage"), stage -> {
            Div cell = new Div();
            if (stage.content().coverage() == null) {
                cell.add(missing(getTranslation("journey.coverage.unknown")));
            } else {
                Span coverage =
                        new Span(getTranslation(stage.content().coverage().translationKey()));
                coverage.addClassNames(
                        "coverage",
                        "coverage-"
                                + stage.content()
                                        .coverage()
                                        .name()
                                        .toLowerCase(Locale.ROOT)
                                        .replace('_', '-'));
                cell.add(coverage);
            }
            editableCell(cell, stage, "coverage", onEdit);
            return cell;
        });
        lane("painPoints", StageContent::painPoints, onEdit);
        lane("opportunities", StageContent::opportunities, onEdit);
        row("requirements", getTranslation("journey.live.requirements"), this::requirements);
        row("failure", getTranslation("journey.live.failure"), this::failure);
        row("satisfaction", getTranslation("journey.live.satisfaction"), this::satisfaction);
        row("promises", getTranslation("journey.live.promises"), this::promises);
    }

    private void lane(
            String field,
            Function<StageContent, @Nullable String> value,
            BiConsumer<StageItem, @Nullable String> onEdit) {
        String key = "journey.lane." + field;
        row(field, getTranslation(key), stage -> {
            String text = value.apply(stage.content());
            Div cell = new Div(text == null ? missing("—") : new Span(text));
            editableCell(cell, stage, field, onEdit);
            return cell;
        });
    }

    private void row(String lane, String title, Function<StageItem, Component> cellOf) {
        Div head = new Div(new Span(title));
        head.addClassNames("lane-head", "lane-" + lane);
        head.getElement().setAttribute("role", "rowheader");
        add(head);
        Map<Long, Div> laneCells = cells.computeIfAbsent(lane, x -> new HashMap<>());
        for (StageItem stage : map.stages()) {
            Component content = cellOf.apply(stage);
            Div cell = content instanceof Div div ? div : new Div(content);
            cell.addClassNames("cell", "lane-" + lane);
            cell.getElement().setAttribute("role", "cell");
            if (gaps.containsKey(stage.id())) {
                cell.addClassName("gap");
            }
            laneCells.put(stage.id(), cell);
            add(cell);
        }
    }

    private Component header(
            StageItem stage,
            BiConsumer<StageItem, @Nullable String> onEdit,
            BiConsumer<StageItem, Integer> onMove,
            Consumer<StageItem> onRemove) {
        Div cell = new Div();
        Span number = new Span(String.valueOf(stage.position() + 1));
        number.addClassName("stage-number");
        Span name = new Span(stage.label(this::getTranslation));
        name.addClassName("stage-name");
        cell.add(number, name);
        StageGap gap = gaps.get(stage.id());
        if (gap != null) {
            Badge badge = new Badge(getTranslation("journey.gap") + ": "
                    + gap.reasons().stream()
                            .map(r -> getTranslation(r.translationKey()))
                            .collect(Collectors.joining(", ")));
            badge.addThemeVariants(BadgeVariant.ERROR);
            badge.addClassName("gap-badge");
            gapBadges.put(stage.id(), badge);
            cell.add(badge);
        }
        if (editable) {
            Div tools = new Div();
            tools.addClassName("stage-tools");
            Button left = tool(VaadinIcon.ARROW_LEFT, "journey.stage.moveLeft", stage, () -> onMove.accept(stage, -1));
            left.setEnabled(stage.position() > 0);
            Button right =
                    tool(VaadinIcon.ARROW_RIGHT, "journey.stage.moveRight", stage, () -> onMove.accept(stage, 1));
            right.setEnabled(stage.position() < map.stages().size() - 1);
            Button edit = tool(VaadinIcon.EDIT, "journey.stage.edit", stage, () -> onEdit.accept(stage, null));
            Button remove = tool(VaadinIcon.TRASH, "journey.stage.remove", stage, () -> onRemove.accept(stage));
            remove.setEnabled(map.stages().size() > 1);
            leftButtons.put(stage.id(), left);
            rightButtons.put(stage.id(), right);
            editButtons.put(stage.id(), edit);
            removeButtons.put(stage.id(), remove);
            tools.add(left, right, edit, remove);
            cell.add(tools);
        }
        return cell;
    }

    private Button tool(VaadinIcon icon, String key, StageItem stage, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        String text = getTranslation(key) + ": " + stage.label(this::getTranslation);
        button.setAriaLabel(text);
        button.setTooltipText(getTranslation(key));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        return button;
    }

    /** Editors open the stage editor at this lane by a click, or Enter on the focused cell. */
    private void editableCell(Div cell, StageItem stage, String field, BiConsumer<StageItem, @Nullable String> onEdit) {
        if (!editable) {
            return;
        }
        cell.addClassName("editable");
        cell.getElement().setAttribute("tabindex", "0");
        cell.getElement().setAttribute("title", getTranslation("journey.cell.edit"));
        cell.addClickListener(e -> onEdit.accept(stage, field));
        cell.getElement()
                .addEventListener("keydown", e -> onEdit.accept(stage, field))
                .setFilter("event.key === 'Enter'");
    }

    private Component requirements(StageItem stage) {
        StageFigures f = figures.get(stage.id());
        Div cell = new Div();
        long total = f == null ? 0 : f.requirementTotal();
        RouterLink link = RequirementNavigation.boardLink(
                getTranslation("journey.live.requirementCount", total), BoardFilter.none());
        link.setQueryParameters(QueryParameters.of(STAGE_PARAMETER, String.valueOf(stage.id())));
        link.addClassName("live-link");
        cell.add(link);
        if (f != null && !f.requirements().isEmpty()) {
            Div byStage = new Div();
            byStage.addClassName("lifecycle-counts");
            for (Map.Entry<Stage, Long> e : f.requirements().entrySet()) {
                Span count = new Span(getTranslation(e.getKey().translationKey()) + " " + e.getValue());
                count.addClassNames(
                        "lifecycle", "lifecycle-" + e.getKey().name().toLowerCase(Locale.ROOT));
                byStage.add(count);
            }
            cell.add(byStage);
        }
        return cell;
    }

    private Component failure(StageItem stage) {
        StageFigures f = figures.get(stage.id());
        Div cell = new Div();
        cell.addClassName("heat");
        Double ratio = f == null ? null : f.failureRatio();
        int level = ratio == null ? 0 : 1 + (int) Math.min(4, Math.floor(ratio * 5));
        cell.addClassName("heat-" + level);
        String text = ratio == null
                ? getTranslation("journey.live.noContacts")
                : getTranslation("journey.live.failureText", f.failure(), f.classifiedContacts(), percent(ratio));
        Anchor link = new Anchor(
                ANALYSIS_PATH + "?" + STAGE_PARAMETER + "=" + stage.id() + "&from=" + failureFrom + "&to="
                        + failureFrom.plusDays(JourneyFiguresService.FAILURE_DAYS - 1L),
                text);
        link.addClassName("live-link");
        cell.add(link);
        return cell;
    }

    private Component satisfaction(StageItem stage) {
        StageFigures f = figures.get(stage.id());
        Div cell = new Div();
        if (f == null || f.satisfaction() == null || !f.satisfaction().hasValue()) {
            cell.add(missing(getTranslation("journey.live.notMeasured")));
        } else {
            Span nps = new Span(getTranslation(
                    "journey.live.nps",
                    Math.round(f.satisfaction().value()),
                    f.satisfaction().responses()));
            nps.addClassName(f.satisfaction().value() < 0 ? "nps-negative" : "nps-positive");
            cell.add(nps);
            Span phase = new Span(getTranslation("journey.live.phaseFigure"));
            phase.addClassName("lane-note");
            cell.add(phase);
        }
        return cell;
    }

    private Component promises(StageItem stage) {
        StageFigures f = figures.get(stage.id());
        Div cell = new Div();
        if (f == null || f.promises().isEmpty()) {
            cell.add(missing("—"));
            return cell;
        }
        for (var p : f.promises()) {
            Div line = new Div();
            line.addClassName("stage-promise");
            Badge health = new Badge(getTranslation(p.health().translationKey()));
            health.addThemeVariants(BadgeVariant.SMALL);
            health.addThemeVariants(
                    switch (p.health()) {
                        case KEPT -> BadgeVariant.SUCCESS;
                        case AT_RISK, DISPUTED -> BadgeVariant.WARNING;
                        case BROKEN -> BadgeVariant.ERROR;
                        case NOT_MEASURED -> BadgeVariant.CONTRAST;
                    });
            line.add(PromiseNavigation.promiseLink(p.title(), p.id()), health);
            cell.add(line);
        }
        return cell;
    }

    private String percent(double ratio) {
        NumberFormat format = NumberFormat.getPercentInstance(getLocale());
        return format.format(ratio);
    }

    private static Span missing(String text) {
        Span span = new Span(text);
        span.addClassName("missing");
        return span;
    }

    static String department(Component owner, @Nullable String code) {
        if (code == null) {
            return "";
        }
        return AppRoles.ALL.contains(code) ? owner.getTranslation(AppRoles.translationKey(code)) : code;
    }
}
