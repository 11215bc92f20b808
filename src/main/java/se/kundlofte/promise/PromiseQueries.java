package se.kundlofte.promise;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import se.kundlofte.base.JourneyPhase;
import se.kundlofte.base.db.Like;
import se.kundlofte.customer.Segment;

/** The read side of promises in SQL; every figure is counted in the database. */
@Component
class PromiseQueries {

    private static final String LIST = "select p.id, p.title, p.scope, p.scope_segment, i.name_sv as industry_sv, "
            + "i.name_en as industry_en, p.scope_customer_id, cu.name as customer_name, p.owner_id, "
            + "u.full_name as owner_name, p.valid_from, p.valid_to, p.retired, p.window_days, p.at_risk_contacts, "
            + "p.broken_contacts, p.at_risk_rate, p.broken_rate, p.journey_stages from promise p "
            + "join app_user u on u.id = p.owner_id left join industry i on i.id = p.scope_industry_id "
            + "left join customer cu on cu.id = p.scope_customer_id";

    private static final String ACTIVE =
            "p.retired = false and p.valid_from <= :today " + "and (p.valid_to is null or p.valid_to >= :today)";

    /** Applies to a customer: to everyone, its segment, its industry, or to it alone. */
    private static final String APPLIES = "(p.scope = 'ALL' or (p.scope = 'SEGMENT' and p.scope_segment = :segment) "
            + "or (p.scope = 'INDUSTRY' and p.scope_industry_id = :industry) "
            + "or (p.scope = 'CUSTOMER' and p.scope_customer_id = :customer))";

    private final NamedParameterJdbcTemplate jdbc;

    PromiseQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<PromiseListItem> list(PromiseFilter filter, Pageable page) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("limit", page.getPageSize())
                .addValue("offset", page.getOffset());
        return jdbc.query(
                LIST + where(filter, params) + " order by p.retired, p.title, p.id limit :limit offset :offset",
                params,
                (rs, i) -> listItem(rs));
    }

    long count(PromiseFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Long count = jdbc.queryForObject("select count(*) from promise p" + where(filter, params), params, Long.class);
        return count == null ? 0 : count;
    }

    private static String where(PromiseFilter f, MapSqlParameterSource params) {
        List<String> where = new ArrayList<>();
        if (!f.includeRetired()) {
            where.add("p.retired = false");
        }
        if (f.text() != null && !f.text().isBlank()) {
            where.add("(p.title like :text or p.promise_text like :text)");
            params.addValue("text", Like.contains(f.text()));
        }
        if (f.ownerId() != null) {
            where.add("p.owner_id = :owner");
            params.addValue("owner", f.ownerId());
        }
        return where.isEmpty() ? "" : " where " + String.join(" and ", where);
    }

    /** The active promises that apply to a customer of this segment and industry. */
    List<PromiseListItem> applicable(
            @Nullable Long customerId, @Nullable Segment segment, @Nullable Long industryId, LocalDate today) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("today", Date.valueOf(today))
                .addValue("customer", customerId == null ? -1L : customerId)
                .addValue("segment", segment == null ? "" : segment.name())
                .addValue("industry", industryId == null ? -1L : industryId);
        return jdbc.query(
                LIST + " where " + ACTIVE + " and " + APPLIES + " order by p.title, p.id",
                params,
                (rs, i) -> listItem(rs));
    }

    /**
     * The active promises that touch some journey phase and reach the customers of a segment (made
     * to everyone or to that segment), or every such promise when the segment is null; each with
     * its phases.
     */
    List<Map.Entry<PromiseListItem, List<JourneyPhase>>> withPhases(@Nullable Segment segment, LocalDate today) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("today", Date.valueOf(today));
        String reaches = "";
        if (segment != null) {
            reaches = " and (p.scope = 'ALL' or (p.scope = 'SEGMENT' and p.scope_segment = :segment))";
            params.addValue("segment", segment.name());
        }
        return jdbc.query(
                LIST + " where " + ACTIVE
                        + " and p.journey_stages is not null and p.journey_stages <> ''" + reaches
                        + " order by p.title, p.id",
                params,
                (rs, i) -> Map.entry(listItem(rs), phases(rs.getString("journey_stages"))));
    }

    private static List<JourneyPhase> phases(@Nullable String codes) {
        return codes == null || codes.isBlank()
                ? List.of()
                : Arrays.stream(codes.split(",")).map(JourneyPhase::valueOf).toList();
    }

    Optional<PromiseDetails> details(long id) {
        return jdbc
                .query(
                        "select p.*, i.name_sv as industry_sv, i.name_en as industry_en, cu.name as customer_name, "
                                + "u.full_name as owner_name, (select max(v.version_no) from promise_version v "
                                + "where v.promise_id = p.id) as text_version from promise p "
                                + "join app_user u on u.id = p.owner_id left join industry i on i.id = p.scope_industry_id "
                                + "left join customer cu on cu.id = p.scope_customer_id where p.id = :id",
                        new MapSqlParameterSource("id", id),
                        (rs, i) -> details(rs))
                .stream()
                .findFirst();
    }

    boolean exists(long id) {
        return count("select count(*) from promise where id = :id", id) > 0;
    }

    String title(long id) {
        return jdbc.query(
                "select title from promise where id = :id",
                new MapSqlParameterSource("id", id),
                rs -> rs.next() ? rs.getString(1) : null);
    }

    List<PromiseVersionItem> versions(long promiseId) {
        return jdbc.query(
                "select version_no, title, promise_text, limits, reason, changed_at, changed_by_name "
                        + "from promise_version where promise_id = :id order by version_no desc",
                new MapSqlParameterSource("id", promiseId),
                (rs, i) -> new PromiseVersionItem(
                        rs.getInt("version_no"),
                        rs.getString("title"),
                        rs.getString("promise_text"),
                        rs.getString("limits"),
                        rs.getString("reason"),
                        rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("changed_by_name")));
    }

    int lastVersionNo(long promiseId) {
        return count("select coalesce(max(version_no), 0) from promise_version where promise_id = :id", promiseId);
    }

    /**
     * Per promise: checks, checks we judged kept, and disputed checks, each in the promise's own
     * window (its window_days up to today).
     */
    Map<Long, long[]> checkCounts(Collection<Long> promiseIds, LocalDate today) {
        Map<Long, long[]> counts = new HashMap<>();
        if (promiseIds.isEmpty()) {
            return counts;
        }
        jdbc.query(
                "select c.promise_id, count(*) as checks, sum(c.kept) as kept, "
                        + "sum(c.customer_kept is not null and c.customer_kept <> c.kept) as disputed "
                        + "from promise_check c join promise p on p.id = c.promise_id where c.promise_id in (:ids) "
                        + "and c.checked_on <= :today and c.checked_on > :today - interval p.window_days day "
                        + "group by c.promise_id",
                new MapSqlParameterSource().addValue("ids", promiseIds).addValue("today", Date.valueOf(today)),
                rs -> {
                    counts.put(
                            rs.getLong("promise_id"),
                            new long[] {rs.getLong("checks"), rs.getLong("kept"), rs.getLong("disputed")});
                });
        return counts;
    }

    /** The checks of a promise from {@code from} to {@code to} (inclusive), newest first. */
    List<CheckItem> checks(long promiseId, LocalDate from, LocalDate to) {
        return jdbc.query(
                "select c.id, c.checked_on, c.customer_id, cu.name as customer_name, c.kept, c.customer_kept, c.evidence, "
                        + "u.full_name as recorded_by_name from promise_check c left join customer cu on cu.id = c.customer_id "
                        + "left join app_user u on u.id = c.recorded_by where c.promise_id = :id "
                        + "and c.checked_on between :from and :to order by c.checked_on desc, c.id desc limit 500",
                new MapSqlParameterSource()
                        .addValue("id", promiseId)
                        .addValue("from", Date.valueOf(from))
                        .addValue("to", Date.valueOf(to)),
                (rs, i) -> new CheckItem(
                        rs.getLong("id"),
                        rs.getDate("checked_on").toLocalDate(),
                        (Long) rs.getObject("customer_id", Long.class),
                        rs.getString("customer_name"),
                        rs.getBoolean("kept"),
                        (Boolean) rs.getObject("customer_kept", Boolean.class),
                        rs.getString("evidence"),
                        rs.getString("recorded_by_name")));
    }

    /** Checks kept and not kept per month. */
    Map<YearMonth, long[]> checksByMonth(long promiseId, LocalDate from, LocalDate to) {
        Map<YearMonth, long[]> months = new HashMap<>();
        jdbc.query(
                "select year(checked_on) as y, month(checked_on) as m, sum(kept) as kept, sum(not kept) as not_kept "
                        + "from promise_check where promise_id = :id and checked_on between :from and :to group by y, m",
                new MapSqlParameterSource()
                        .addValue("id", promiseId)
                        .addValue("from", Date.valueOf(from))
                        .addValue("to", Date.valueOf(to)),
                rs -> {
                    months.put(
                            YearMonth.of(rs.getInt("y"), rs.getInt("m")),
                            new long[] {rs.getLong("kept"), rs.getLong("not_kept")});
                });
        return months;
    }

    private static final String PERCEIVED = "select g.id, g.promise_id, p.title as promise_title, g.customer_id, "
            + "cu.name as customer_name, g.stakeholder, g.believed, g.came_from, g.recorded_on, u.full_name as recorded_by_name "
            + "from promise_perceived g join promise p on p.id = g.promise_id join customer cu on cu.id = g.customer_id "
            + "left join app_user u on u.id = g.recorded_by";

    List<PerceivedItem> perceived(@Nullable Long promiseId, @Nullable Long customerId) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = promiseId != null ? " where g.promise_id = :id" : " where g.customer_id = :id";
        params.addValue("id", promiseId != null ? promiseId : customerId);
        return jdbc.query(
                PERCEIVED + where + " order by g.recorded_on desc, g.id desc limit 200",
                params,
                (rs, i) -> new PerceivedItem(
                        rs.getLong("id"),
                        rs.getLong("promise_id"),
                        rs.getString("promise_title"),
                        rs.getLong("customer_id"),
                        rs.getString("customer_name"),
                        rs.getString("stakeholder"),
                        rs.getString("believed"),
                        rs.getString("came_from"),
                        rs.getDate("recorded_on").toLocalDate(),
                        rs.getString("recorded_by_name")));
    }

    private static final String BEYOND = "select b.id, b.promise_id, p.title as promise_title, b.customer_id, "
            + "cu.name as customer_name, b.what, b.occurred_on, b.estimated_cost, u.full_name as approved_by_name, "
            + "r.id as review_id, r.decision from promise_beyond b join promise p on p.id = b.promise_id "
            + "join customer cu on cu.id = b.customer_id left join app_user u on u.id = b.approved_by "
            + "join promise_review r on r.beyond_id = b.id";

    List<BeyondItem> beyond(@Nullable Long promiseId, @Nullable Long customerId) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = promiseId != null ? " where b.promise_id = :id" : " where b.customer_id = :id";
        params.addValue("id", promiseId != null ? promiseId : customerId);
        return jdbc.query(
                BEYOND + where + " order by b.occurred_on desc, b.id desc limit 200",
                params,
                (rs, i) -> new BeyondItem(
                        rs.getLong("id"),
                        rs.getLong("promise_id"),
                        rs.getString("promise_title"),
                        rs.getLong("customer_id"),
                        rs.getString("customer_name"),
                        rs.getString("what"),
                        rs.getDate("occurred_on").toLocalDate(),
                        rs.getBigDecimal("estimated_cost"),
                        rs.getString("approved_by_name"),
                        rs.getLong("review_id"),
                        decision(rs.getString("decision"))));
    }

    private static final String REVIEW = "select r.id, r.version, r.promise_id, p.title as promise_title, p.owner_id, "
            + "o.full_name as owner_name, r.beyond_id, b.what, cu.name as customer_name, b.estimated_cost, r.opened_at, "
            + "r.decision, r.rationale, r.communication, r.new_version_no, d.full_name as decided_by_name, r.decided_at "
            + "from promise_review r join promise p on p.id = r.promise_id join app_user o on o.id = p.owner_id "
            + "join promise_beyond b on b.id = r.beyond_id join customer cu on cu.id = b.customer_id "
            + "left join app_user d on d.id = r.decided_by";

    List<ReviewItem> openReviews(int limit) {
        return jdbc.query(
                REVIEW + " where r.decision is null order by r.opened_at, r.id limit :limit",
                new MapSqlParameterSource("limit", limit),
                (rs, i) -> review(rs));
    }

    List<ReviewItem> reviews(long promiseId) {
        return jdbc.query(
                REVIEW + " where r.promise_id = :id order by r.opened_at desc, r.id desc limit 200",
                new MapSqlParameterSource("id", promiseId),
                (rs, i) -> review(rs));
    }

    Optional<ReviewItem> review(long reviewId) {
        return jdbc
                .query(REVIEW + " where r.id = :id", new MapSqlParameterSource("id", reviewId), (rs, i) -> review(rs))
                .stream()
                .findFirst();
    }

    List<Long> requirementIds(long promiseId) {
        return jdbc.queryForList(
                "select requirement_id from promise_requirement where promise_id = :id order by linked_at",
                new MapSqlParameterSource("id", promiseId),
                Long.class);
    }

    /** The promises a requirement was created to keep, as (id, title). */
    List<Map.Entry<Long, String>> promisesOfRequirement(long requirementId) {
        return jdbc.query(
                "select p.id, p.title from promise_requirement l join promise p on p.id = l.promise_id "
                        + "where l.requirement_id = :id order by p.title",
                new MapSqlParameterSource("id", requirementId),
                (rs, i) -> Map.entry(rs.getLong("id"), rs.getString("title")));
    }

    /** Checks, perceived gaps, beyond-promise events and requirement links: evidence that forbids deleting. */
    int evidence(long promiseId) {
        return count(
                "select (select count(*) from promise_check where promise_id = :id) "
                        + "+ (select count(*) from promise_perceived where promise_id = :id) "
                        + "+ (select count(*) from promise_beyond where promise_id = :id) "
                        + "+ (select count(*) from promise_requirement where promise_id = :id)",
                promiseId);
    }

    private int count(String sql, long id) {
        Integer count = jdbc.queryForObject(sql, new MapSqlParameterSource("id", id), Integer.class);
        return count == null ? 0 : count;
    }

    private static @Nullable ReviewDecision decision(@Nullable String code) {
        return code == null ? null : ReviewDecision.valueOf(code);
    }

    private static ReviewItem review(ResultSet rs) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new ReviewItem(
                rs.getLong("id"),
                rs.getLong("version"),
                rs.getLong("promise_id"),
                rs.getString("promise_title"),
                rs.getLong("owner_id"),
                rs.getString("owner_name"),
                rs.getLong("beyond_id"),
                rs.getString("what"),
                rs.getString("customer_name"),
                rs.getBigDecimal("estimated_cost"),
                rs.getTimestamp("opened_at").toInstant(),
                decision(rs.getString("decision")),
                rs.getString("rationale"),
                rs.getString("communication"),
                (Integer) rs.getObject("new_version_no", Integer.class),
                rs.getString("decided_by_name"),
                decidedAt == null ? null : decidedAt.toInstant());
    }

    private static HealthThresholds thresholds(ResultSet rs) throws SQLException {
        return new HealthThresholds(
                rs.getInt("window_days"),
                rs.getInt("at_risk_contacts"),
                rs.getInt("broken_contacts"),
                rs.getInt("at_risk_rate"),
                rs.getInt("broken_rate"));
    }

    private static @Nullable Segment segment(@Nullable String code) {
        return code == null ? null : Segment.valueOf(code);
    }

    private static PromiseListItem listItem(ResultSet rs) throws SQLException {
        Date validTo = rs.getDate("valid_to");
        return new PromiseListItem(
                rs.getLong("id"),
                rs.getString("title"),
                PromiseScope.valueOf(rs.getString("scope")),
                segment(rs.getString("scope_segment")),
                rs.getString("industry_sv"),
                rs.getString("industry_en"),
                (Long) rs.getObject("scope_customer_id", Long.class),
                rs.getString("customer_name"),
                rs.getLong("owner_id"),
                rs.getString("owner_name"),
                rs.getDate("valid_from").toLocalDate(),
                validTo == null ? null : validTo.toLocalDate(),
                rs.getBoolean("retired"),
                thresholds(rs),
                null);
    }

    private static PromiseDetails details(ResultSet rs) throws SQLException {
        Date validTo = rs.getDate("valid_to");
        String stages = rs.getString("journey_stages");
        return new PromiseDetails(
                rs.getLong("id"),
                rs.getLong("version"),
                rs.getString("title"),
                rs.getString("promise_text"),
                PromiseScope.valueOf(rs.getString("scope")),
                segment(rs.getString("scope_segment")),
                (Long) rs.getObject("scope_industry_id", Long.class),
                rs.getString("industry_sv"),
                rs.getString("industry_en"),
                (Long) rs.getObject("scope_customer_id", Long.class),
                rs.getString("customer_name"),
                StatedWhere.valueOf(rs.getString("stated_where")),
                rs.getBoolean("implicit_promise"),
                rs.getString("limits"),
                rs.getLong("owner_id"),
                rs.getString("owner_name"),
                rs.getDate("valid_from").toLocalDate(),
                validTo == null ? null : validTo.toLocalDate(),
                phases(stages),
                new PromiseForm.Answers(
                        rs.getString("answer_issuer"),
                        rs.getString("answer_includes"),
                        rs.getString("answer_not_too_much"),
                        rs.getString("answer_why_matters")),
                thresholds(rs),
                rs.getBoolean("retired"),
                rs.getInt("text_version"));
    }
}
