package se.kundlofte.requirement;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.audit.AuditSubject;
import se.kundlofte.audit.AuditTrail;
import se.kundlofte.audit.AuditValue;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.base.db.RetryOnDeadlock;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;
import se.kundlofte.security.Permission.Require;

/**
 * The kanban board: columns with bounded cards, moves between columns through the gate rules
 * and WIP limits, and ranks within a column. A move carries the version the user saw, so two
 * people moving the same card cannot both win.
 */
@Service
@RetryOnDeadlock
@PreAuthorize(Require.REQUIREMENT_READ)
@Transactional(readOnly = true)
public class RequirementBoardService {

    /** Gap between neighbouring ranks, so that a card can be placed between two without renumbering. */
    static final long RANK_GAP = 1024;

    private final RequirementRepository requirements;
    private final ActionRepository actions;
    private final CommunicationRepository communications;
    private final BoardColumnRepository columns;
    private final RequirementQueries queries;
    private final RequirementHistory history;
    private final BoardRankRepository ranks;
    private final ApplicationEventPublisher events;

    private final AuditTrail audit;
    private final BusinessTime time;

    RequirementBoardService(
            RequirementRepository requirements,
            ActionRepository actions,
            CommunicationRepository communications,
            BoardColumnRepository columns,
            RequirementQueries queries,
            RequirementHistory history,
            BoardRankRepository ranks,
            ApplicationEventPublisher events,
            AuditTrail audit,
            BusinessTime time) {
        this.audit = audit;
        this.time = time;
        this.requirements = requirements;
        this.actions = actions;
        this.communications = communications;
        this.columns = columns;
        this.queries = queries;
        this.history = history;
        this.ranks = ranks;
        this.events = events;
    }

    /** Every column with its count, WIP limit and top cards (at most {@code limits} per column). */
    public List<BoardColumnView> board(BoardFilter filter, Map<Stage, Integer> limits) {
        Map<Stage, Integer> counts = new EnumMap<>(Stage.class);
        Map<Stage, List<BoardCard>> cards = queries.board(filter, limits, counts);
        Map<Stage, Integer> wip = wipLimits();
        List<BoardColumnView> result = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            result.add(new BoardColumnView(
                    stage, counts.getOrDefault(stage, 0), wip.get(stage), cards.getOrDefault(stage, List.of())));
        }
        return result;
    }

    public Map<Stage, Integer> wipLimits() {
        Map<Stage, Integer> limits = new EnumMap<>(Stage.class);
        columns.findAll().forEach(c -> {
            if (c.wipLimit != null) {
                limits.put(c.stage, c.wipLimit);
            }
        });
        return limits;
    }

    @Transactional
    @PreAuthorize(Require.BOARD_WIP_LIMITS)
    public void setWipLimit(Stage stage, @Nullable Integer limit) {
        if (limit != null && (limit < 1 || limit > 999)) {
            throw new RuleViolationException("board.error.wipLimit");
        }
        BoardColumnLimit column = columns.findById(stage).orElseThrow();
        Integer before = column.wipLimit;
        column.wipLimit = limit;
        columns.flush();
        // The column's label is its stage name; the audit log shows it translated. The subject is
        // the stage's permanent code, so that reordering the enum never re-points old history.
        audit.changed(
                AuditSubject.BOARD,
                stage.code(),
                stage.name(),
                Map.of("audit.field.wipLimit", AuditValue.text(before)),
                Map.of("audit.field.wipLimit", AuditValue.text(limit)));
        events.publishEvent(new RequirementChanged(0, stage));
    }

    /**
     * Moves a card to a column (or within its column), before the card {@code beforeId} or, when
     * that is null, to the bottom. Refuses with {@link GateRefusedException} when the target
     * stage's gate is not met and with {@link WipLimitReachedException} when the target column is
     * full and the move is not confirmed.
     */
    @Transactional
    @PreAuthorize(Require.REQUIREMENT_MOVE)
    public RequirementDetails move(
            long id, long version, Stage target, @Nullable Long beforeId, boolean overLimitConfirmed) {
        if (!RequirementAccess.canMoveTo(target)) {
            throw new AccessDeniedException("Moving to " + target + " needs product development");
        }
        Requirement r = requirements
                .findForUpdate(id)
                .orElseThrow(() -> new RuleViolationException("requirement.error.notFound"));
        r.checkVersion(version);
        Stage from = r.getStage();
        lockColumn(target);
        if (from != target) {
            List<StageGates.Missing> missing = StageGates.missing(gateCheck(r), from, target);
            if (!missing.isEmpty()) {
                throw new GateRefusedException(target, missing);
            }
            Integer limit = wipLimits().get(target);
            if (limit != null && !overLimitConfirmed) {
                int count = queries.countInStage(target);
                if (count >= limit) {
                    throw new WipLimitReachedException(target, limit, count);
                }
            }
            history.record(r.getId(), "stage", from, target);
            r.stage = target;
            r.stageEnteredAt = time.now();
        } else if (!CurrentUser.can(Permission.REQUIREMENT_MOVE_ANY)) {
            throw new AccessDeniedException("Ranking needs product development");
        }
        r.boardRank = rankBefore(target, beforeId, r.getId());
        requirements.flush();
        events.publishEvent(new RequirementChanged(r.getId(), target));
        if (from != target) {
            events.publishEvent(new RequirementChanged(r.getId(), from));
        }
        return queries.details(r.getId()).orElseThrow();
    }

    /**
     * Serialises the moves into one column: without it two moves computed their rank (and the
     * WIP count) from the same snapshot and could give two cards the same rank.
     */
    void lockColumn(Stage stage) {
        ranks.lockColumn(stage);
    }

    GateCheck gateCheck(Requirement r) {
        return new GateCheck(
                r.applies,
                r.appliesWhy,
                r.realistic,
                r.realisticWhy,
                r.customerValue,
                r.risk,
                r.effort,
                actions.countByRequirementId(r.getId()),
                communications.countByRequirementId(r.getId()),
                r.indicator,
                r.nextReview,
                r.rejectionReason);
    }

    /** A rank that places the card just before {@code beforeId} (or last), renumbering when no gap is left. */
    private long rankBefore(Stage stage, Long beforeId, long movingId) {
        List<long[]> column = new ArrayList<>(queries.ranks(stage, movingId));
        int index = beforeId == null ? -1 : indexOf(column, beforeId);
        if (index < 0) {
            return column.isEmpty() ? RANK_GAP : column.getLast()[1] + RANK_GAP;
        }
        long next = column.get(index)[1];
        long previous = index == 0 ? next - 2 * RANK_GAP : column.get(index - 1)[1];
        if (next - previous < 2) {
            renumber(column);
            next = column.get(index)[1];
            previous = index == 0 ? next - 2 * RANK_GAP : column.get(index - 1)[1];
        }
        return previous + (next - previous) / 2;
    }

    private void renumber(List<long[]> column) {
        List<Object[]> updates = new ArrayList<>();
        for (int i = 0; i < column.size(); i++) {
            column.get(i)[1] = (i + 1) * RANK_GAP * 2;
            updates.add(new Object[] {column.get(i)[1], column.get(i)[0]});
        }
        // Rank is board order, not content: no version bump, so it never conflicts with an edit.
        ranks.renumber(updates);
    }

    private static int indexOf(List<long[]> column, long id) {
        for (int i = 0; i < column.size(); i++) {
            if (column.get(i)[0] == id) {
                return i;
            }
        }
        return -1;
    }
}
