package se.kundlofte.requirement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.audit.AuditSubject;
import se.kundlofte.audit.AuditTrail;
import se.kundlofte.audit.AuditValue;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.ConcurrentEditException;
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

    private final BoardColumnRepository columns;
    private final RequirementQueries queries;
    private final RequirementHistory history;
    private final BoardRankRepository ranks;
    private final ApplicationEventPublisher events;

    private final AuditTrail audit;
    private final BusinessTime time;

    RequirementBoardService(
            BoardColumnRepository columns,
            RequirementQueries queries,
            RequirementHistory history,
            BoardRankRepository ranks,
            ApplicationEventPublisher events,
            AuditTrail audit,
            BusinessTime time) {
        this.time = time;
        this.audit = audit;
        this.columns = columns;
        this.queries = queries;
        this.history = history;
        this.ranks = ranks;
        this.events = events;
    }

    /**
     * Every column with its count, WIP limit and top cards (at most {@code limits} per column).
     *
     * <p>The reads of an open board run without a transaction of their own: each is one
     * statement, consistent in itself, and a read-only transaction cost five more statements
     * (read only, autocommit off, commit, autocommit on, read write) for every open board after
     * every move.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
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

    /**
     * Counts and top cards of the given columns only (at most {@code limits} each), without WIP
     * limits: what an open board re-reads after a move touched those columns.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Map<Stage, BoardColumnView> columns(BoardFilter filter, Map<Stage, Integer> limits) {
        Map<Stage, Integer> counts = new EnumMap<>(Stage.class);
        Map<Stage, List<BoardCard>> cards = queries.board(filter, limits, counts, 0);
        Map<Stage, BoardColumnView> result = new EnumMap<>(Stage.class);
        for (Stage stage : limits.keySet()) {
            result.put(
                    stage,
                    new BoardColumnView(
                            stage, counts.getOrDefault(stage, 0), null, cards.getOrDefault(stage, List.of())));
        }
        return result;
    }

    /** One page of a column: {@code limit} cards from position {@code offset} (0 = top). */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<BoardCard> cards(BoardFilter filter, Stage stage, int offset, int limit) {
        return queries.board(filter, Map.of(stage, limit), new EnumMap<>(Stage.class), offset)
                .getOrDefault(stage, List.of());
    }

    /** Where a card stands in its column under the filter (0 = top), or -1 when the filter hides it. */
    public int position(BoardFilter filter, Stage stage, long id) {
        return queries.position(filter, stage, id);
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Map<Stage, Integer> wipLimits() {
        return queries.wipLimits();
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
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize(Require.REQUIREMENT_MOVE)
    public RequirementDetails move(
            long id, long version, Stage target, @Nullable Long beforeId, boolean overLimitConfirmed) {
        MovedCard moved = moveAndPublish(id, version, target, beforeId, overLimitConfirmed);
        return queries.details(moved.id()).orElseThrow();
    }

    /**
     * The board's move: as {@link #move}, but answers with what changed only, so that a move costs
     * its write and the re-read of the columns it touched (by the boards that show them), nothing more.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize(Require.REQUIREMENT_MOVE)
    public MovedCard moveCard(
            long id, long version, Stage target, @Nullable Long beforeId, boolean overLimitConfirmed) {
        return moveAndPublish(id, version, target, beforeId, overLimitConfirmed);
    }

    /**
     * Both columns are locked (in a fixed order, before the card's row) for the whole move: a
     * renumbering of the column a card leaves cannot overwrite the rank it gets in the column it
     * enters, and two moves never compute a rank from the same snapshot. Read committed, so that
     * the ranks read after the locks are the latest ones. Four reads before the write: the card as
     * seen (with its gate counts), both column locks with the target's WIP limit, the row lock, and
     * the ranks of the new neighbours (plus the column's count when a WIP limit must be checked).
     */
    private MovedCard moveAndPublish(
            long id, long version, Stage target, @Nullable Long beforeId, boolean overLimitConfirmed) {
        if (!RequirementAccess.canMoveTo(target)) {
            throw new AccessDeniedException("Moving to " + target + " needs product development");
        }
        BoardRankRepository.Seen seen =
                ranks.seen(id).orElseThrow(() -> new RuleViolationException("requirement.error.notFound"));
        Integer limit = ranks.lockColumns(seen.stage(), target);
        BoardRankRepository.LockedCard card =
                ranks.lockCard(id).orElseThrow(() -> new RuleViolationException("requirement.error.notFound"));
        if (card.version() != version) {
            throw new ConcurrentEditException("Requirement", id);
        }
        Stage from = card.stage();
        if (from != seen.stage()) {
            // Moved by someone else between the first read and the lock: this move saw an old board.
            throw new ConcurrentEditException("Requirement", id);
        }
        Instant now = time.now();
        if (from != target) {
            List<StageGates.Missing> missing = StageGates.missing(gateCheck(card, seen), from, target);
            if (!missing.isEmpty()) {
                throw new GateRefusedException(target, missing);
            }
            if (limit != null && !overLimitConfirmed) {
                int count = ranks.countInStage(target);
                if (count >= limit) {
                    throw new WipLimitReachedException(target, limit, count);
                }
            }
            history.record(id, "stage", from, target, now);
        } else if (!CurrentUser.can(Permission.REQUIREMENT_MOVE_ANY)) {
            throw new AccessDeniedException("Ranking needs product development");
        }
        ranks.move(id, target, from != target ? now : null, rankBefore(target, beforeId, id), now);
        // One event names both columns: every open board re-reads those two, once.
        events.publishEvent(new RequirementChanged(id, target, from));
        return new MovedCard(id, card.version() + 1, from, target);
    }

    /**
     * Serialises the moves into one column: without it two moves computed their rank (and the
     * WIP count) from the same snapshot and could give two cards the same rank.
     */
    void lockColumn(Stage stage) {
        ranks.lockColumn(stage);
    }

    private static GateCheck gateCheck(BoardRankRepository.LockedCard card, BoardRankRepository.Seen seen) {
        return new GateCheck(
                card.applies(),
                card.appliesWhy(),
                card.realistic(),
                card.realisticWhy(),
                card.customerValue(),
                card.risk(),
                card.effort(),
                seen.actions(),
                seen.communications(),
                card.indicator(),
                card.nextReview(),
                card.rejectionReason());
    }

    /**
     * A rank that places the card just before {@code beforeId} (or last): read from the two
     * neighbours only; the whole column is read and renumbered only when no gap is left.
     */
    private long rankBefore(Stage stage, @Nullable Long beforeId, long movingId) {
        BoardRankRepository.Neighbours around = beforeId == null
                ? null
                : ranks.neighbours(stage, beforeId, movingId).orElse(null);
        if (around == null) {
            Long last = ranks.lastRank(stage, movingId);
            return last == null ? RANK_GAP : last + RANK_GAP;
        }
        long next = around.next();
        long previous = around.previous() == null ? next - 2 * RANK_GAP : around.previous();
        if (next - previous >= 2) {
            return previous + (next - previous) / 2;
        }
        List<long[]> column = new ArrayList<>(queries.ranks(stage, movingId));
        int index = indexOf(column, beforeId);
        renumber(stage, column);
        next = column.get(index)[1];
        previous = index == 0 ? next - 2 * RANK_GAP : column.get(index - 1)[1];
        return previous + (next - previous) / 2;
    }

    private void renumber(Stage stage, List<long[]> column) {
        List<Object[]> updates = new ArrayList<>();
        for (int i = 0; i < column.size(); i++) {
            column.get(i)[1] = (i + 1) * RANK_GAP * 2;
            updates.add(new Object[] {column.get(i)[1], column.get(i)[0], stage.name()});
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
