package se.kundlofte.demand;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The read side of demand in SQL: lists a page at a time, and every figure of the analysis as one
 * GROUP BY over the covering index on (logged_at, kind, cause, channel, customer, stage).
 */
@Component
class DemandQueries {

    /**
     * The zone in which demand is counted by day. Times are stored in UTC and the summary triggers
     * (db/demand.sql) bucket {@code DATE(logged_at)}, so a summary day is a UTC day; the detail
     * queries cut periods at the same UTC midnights so that a drill-down lists exactly the contacts
     * behind a figure. Kept deliberately: the business zone differs by an hour or two at night,
     * which moves hardly any contact between weeks or months, whereas bucketing in the business
     * zone would need new triggers and the database's time zone tables.
     */
    static final ZoneOffset SUMMARY_ZONE = ZoneOffset.UTC;

    private static final String ITEM = "select d.id, d.version, d.logged_at, d.channel_id, ch.name_sv as channel_sv, "
            + "ch.name_en as channel_en, d.customer_id, cu.name as customer_name, d.customer_words, d.kind, d.cause_id, "
            + "fc.name_sv as cause_sv, fc.name_en as cause_en, d.journey_stage, d.resolved_first_contact, d.requirement_id, "
            + "d.logged_by, d.promise_id, d.journey_stage_id from demand d join contact_channel ch on ch.id = d.channel_id "
            + "left join failure_cause fc on fc.id = d.cause_id left join customer cu on cu.id = d.customer_id";

    private final NamedParameterJdbcTemplate jdbc;

    DemandQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The filter as SQL conditions on {@code d}, with their parameters. */
    private static String where(DemandFilter f, MapSqlParameterSource params) {
        List<String> where = new ArrayList<>();
        if (f.from() != null) {
            where.add("d.logged_at >= :from");
            params.addValue("from", Timestamp.from(f.from().atStartOfDay().toInstant(SUMMARY_ZONE)));
        }
        if (f.to() != null) {
            where.add("d.logged_at < :to");
            params.addValue(
                    "to", Timestamp.from(f.to().plusDays(1).atStartOfDay().toInstant(SUMMARY_ZONE)));
        }
        if (f.channelId() != null) {
            where.add("d.channel_id = :channel");
            params.addValue("channel", f.channelId());
        }
        if (f.causeId() != null) {
            where.add("d.cause_id = :cause");
            params.addValue("cause", f.causeId());
        }
        if (f.customerId() != null) {
            where.add("d.customer_id = :customer");
            params.addValue("customer", f.customerId());
        }
        if (f.industryId() != null) {
            where.add("d.customer_id in (select id from customer where industry_id = :industry)");
            params.addValue("industry", f.industryId());
        }
        if (f.journeyStage() != null) {
            where.add("d.journey_stage = :stage");
            params.addValue("stage", f.journeyStage());
        }
        if (f.kind() != null) {
            where.add("d.kind = :kind");
            params.addValue("kind", f.kind().name());
        }
        if (f.promiseId() != null) {
            where.add("d.promise_id = :promise");
            params.addValue("promise", f.promiseId());
        }
        if (f.journeyStageId() != null) {
            where.add("d.journey_stage_id = :journeyStageId");
            params.addValue("journeyStageId", f.journeyStageId());
        }
        return where.isEmpty() ? "" : " where " + String.join(" and ", where);
    }

    /** Whether the daily summary can answer: it has no customer, promise or journey-stage dimension. */
    private static boolean summaryFits(DemandFilter f) {
        return f.customerId() == null && f.industryId() == null && f.promiseId() == null && f.journeyStageId() == null;
    }

    /** The filter as SQL conditions on the daily summary {@code s}. */
    private static String summaryWhere(DemandFilter f, MapSqlParameterSource params) {
        List<String> where = new ArrayList<>();
        if (f.from() != null) {
            where.add("s.day >= :from");
            params.addValue("from", f.from());
        }
        if (f.to() != null) {
            where.add("s.day <= :to");
            params.addValue("to", f.to());
        }
        if (f.channelId() != null) {
            where.add("s.channel_id = :channel");
            params.addValue("channel", f.channelId());
        }
        if (f.causeId() != null) {
            where.add("s.cause_id = :cause");
            params.addValue("cause", f.causeId());
        }
        if (f.journeyStage() != null) {
            where.add("s.journey_stage = :stage");
            params.addValue("stage", f.journeyStage());
        }
        if (f.kind() != null) {
            where.add("s.kind = :kind");
            params.addValue("kind", f.kind().name());
        }
        return where.isEmpty() ? "" : " where " + String.join(" and ", where);
    }

    List<DemandItem> list(DemandFilter filter, Pageable page) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        params.addValue("limit", page.getPageSize());
        params.addValue("offset", page.getOffset());
        return jdbc.query(
                ITEM + where(filter, params) + " order by d.logged_at desc, d.id desc limit :limit offset :offset",
                params,
                (rs, i) -> item(rs));
    }

    List<DemandItem> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query(ITEM + " where d.id in (:ids)", new MapSqlParameterSource("ids", ids), (rs, i) -> item(rs));
    }

    List<DemandItem> recentBy(long userId, Instant since, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("user", userId)
                .addValue("since", Timestamp.from(since))
                .addValue("limit", limit);
        return jdbc.query(
                ITEM
                        + " where d.logged_by = :user and d.logged_at >= :since order by d.logged_at desc, d.id desc limit :limit",
                params,
                (rs, i) -> item(rs));
    }

    List<RatioPoint> ratio(DemandFilter filter, Granularity granularity) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql;
        if (summaryFits(filter)) {
            String period = granularity == Granularity.WEEK
                    ? "s.day - interval weekday(s.day) day"
                    : "s.day - interval (dayofmonth(s.day) - 1) day";
            sql = "select " + period
                    + " as period, coalesce(sum(case when s.kind = 'VALUE' then s.contacts end), 0) as value_count, "
                    + "coalesce(sum(case when s.kind = 'FAILURE' then s.contacts end), 0) as failure_count from demand_day s"
                    + summaryWhere(filter, params) + " group by period having sum(s.contacts) > 0 order by period";
        } else {
            String period = granularity == Granularity.WEEK
                    ? "date(d.logged_at) - interval weekday(d.logged_at) day"
                    : "date(d.logged_at) - interval (dayofmonth(d.logged_at) - 1) day";
            sql = "select " + period + " as period, sum(d.kind = 'VALUE') as value_count, "
                    + "sum(d.kind = 'FAILURE') as failure_count from demand d" + where(filter, params)
                    + " group by period order by period";
        }
        return jdbc.query(
                sql,
                params,
                (rs, i) -> new RatioPoint(
                        rs.getObject("period", LocalDate.class),
                        rs.getLong("value_count"),
                        rs.getLong("failure_count")));
    }

    List<ParetoBar> pareto(DemandFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String counted = summaryFits(filter)
                ? "select s.cause_id, sum(s.contacts) as n from demand_day s"
                        + summaryWhere(filter.withKind(DemandKind.FAILURE), params)
                        + " and s.cause_id <> 0 group by s.cause_id having n > 0"
                : "select d.cause_id, count(*) as n from demand d" + where(filter.withKind(DemandKind.FAILURE), params)
                        + " and d.cause_id is not null group by d.cause_id";
        // Counts first, names apart: joined in SQL, MariaDB pushed the join into the grouping
        // (one pass over the summary per cause: 730 ms with a million contacts instead of 80).
        Map<Long, Long> counts = new LinkedHashMap<>();
        jdbc.query(counted, params, rs -> {
            counts.put(rs.getLong(1), rs.getLong(2));
        });
        Map<Long, String[]> names = new LinkedHashMap<>();
        jdbc.query("select id, name_sv, name_en from failure_cause order by sort_order, id", rs -> {
            names.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
        });
        List<Long> order = new ArrayList<>(names.keySet());
        List<Map.Entry<Long, Long>> sorted = counts.entrySet().stream()
                .filter(e -> names.containsKey(e.getKey()))
                .sorted(java.util.Comparator.<Map.Entry<Long, Long>>comparingLong(Map.Entry::getValue)
                        .reversed()
                        .thenComparingInt(e -> order.indexOf(e.getKey())))
                .toList();
        long total = sorted.stream().mapToLong(Map.Entry::getValue).sum();
        List<ParetoBar> bars = new ArrayList<>();
        long cumulative = 0;
        for (Map.Entry<Long, Long> e : sorted) {
            cumulative += e.getValue();
            String[] name = names.get(e.getKey());
            bars.add(new ParetoBar(
                    e.getKey(), name[0], name[1], e.getValue(), total == 0 ? 0 : (double) cumulative / total));
        }
        return bars;
    }

    List<BreakdownRow> breakdown(DemandFilter filter, Breakdown by, int limit) {
        String summary = summaryBreakdown(filter, by);
        if (summary != null) {
            MapSqlParameterSource params = new MapSqlParameterSource().addValue("limit", limit);
            String sql = summary.replace(
                    "{where}",
                    by == Breakdown.JOURNEY_STAGE || by == Breakdown.CHANNEL
                            ? summaryWhere(filter, params)
                            : periodOnly(filter, params));
            return jdbc.query(
                    sql,
                    params,
                    (rs, i) -> new BreakdownRow(
                            rs.getString("k"),
                            rs.getString("sv"),
                            rs.getString("en"),
                            rs.getLong("v"),
                            rs.getLong("f")));
        }
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("limit", limit);
        String counts = "sum(d.kind = 'VALUE') as v, sum(d.kind = 'FAILURE') as f";
        String where = where(filter, params);
        String withCustomer = (where.isEmpty() ? " where " : where + " and ") + "d.customer_id is not null";
        String sql =
                switch (by) {
                    case JOURNEY_STAGE ->
                        "select d.journey_stage as k, null as sv, null as en, " + counts + " from demand d" + where
                                + " group by d.journey_stage order by f desc limit :limit";
                    case CHANNEL ->
                        "select t.channel_id as k, ch.name_sv as sv, ch.name_en as en, t.v, t.f from (select d.channel_id, "
                                + counts + " from demand d" + where
                                + " group by d.channel_id) t join contact_channel ch on ch.id = t.channel_id "
                                + "order by t.f desc limit :limit";
                    case CUSTOMER ->
                        "select t.customer_id as k, cu.name as sv, cu.name as en, t.v, t.f from (select d.customer_id, "
                                + counts + " from demand d" + withCustomer + " group by d.customer_id "
                                + "order by f desc limit :limit) t join customer cu on cu.id = t.customer_id order by t.f desc";
                    case INDUSTRY ->
                        "select i.id as k, i.name_sv as sv, i.name_en as en, sum(t.v) as v, sum(t.f) as f from (select d.customer_id, "
                                + counts + " from demand d" + withCustomer + " group by d.customer_id) t "
                                + "join customer cu on cu.id = t.customer_id join industry i on i.id = cu.industry_id "
                                + "group by i.id, i.name_sv, i.name_en order by f desc limit :limit";
                };
        return jdbc.query(
                sql,
                params,
                (rs, i) -> new BreakdownRow(
                        rs.getString("k"), rs.getString("sv"), rs.getString("en"), rs.getLong("v"), rs.getLong("f")));
    }

    /** The breakdown over a summary table, or null when the filter needs the contacts themselves. */
    private static String summaryBreakdown(DemandFilter f, Breakdown by) {
        String counts = "coalesce(sum(case when s.kind = 'VALUE' then s.contacts end), 0) as v, "
                + "coalesce(sum(case when s.kind = 'FAILURE' then s.contacts end), 0) as f";
        boolean onlyPeriod =
                f.channelId() == null && f.causeId() == null && f.journeyStage() == null && f.kind() == null;
        return switch (by) {
            case JOURNEY_STAGE ->
                summaryFits(f)
                        ? "select nullif(s.journey_stage, '') as k, null as sv, null as en, " + counts
                                + " from demand_day s{where} group by s.journey_stage having sum(s.contacts) > 0 order by f desc limit :limit"
                        : null;
            case CHANNEL ->
                summaryFits(f)
                        ? "select t.channel_id as k, ch.name_sv as sv, ch.name_en as en, t.v, t.f from (select s.channel_id, "
                                + counts
                                + " from demand_day s{where} group by s.channel_id having sum(s.contacts) > 0) t join contact_channel ch on ch.id = t.channel_id "
                                + "order by t.f desc limit :limit"
                        : null;
            case CUSTOMER ->
                summaryFits(f) && onlyPeriod
                        ? "select t.customer_id as k, cu.name as sv, cu.name as en, t.v, t.f from (select s.customer_id, "
                                + counts
                                + " from demand_customer_day s{where} group by s.customer_id having sum(s.contacts) > 0 "
                                + "order by f desc limit :limit) t "
                                + "join customer cu on cu.id = t.customer_id order by t.f desc"
                        : null;
            case INDUSTRY ->
                summaryFits(f) && onlyPeriod
                        ? "select i.id as k, i.name_sv as sv, i.name_en as en, sum(t.v) as v, sum(t.f) as f from (select s.customer_id, "
                                + counts + " from demand_customer_day s{where} group by s.customer_id) t "
                                + "join customer cu on cu.id = t.customer_id join industry i on i.id = cu.industry_id "
                                + "group by i.id, i.name_sv, i.name_en order by f desc limit :limit"
                        : null;
        };
    }

    private static String periodOnly(DemandFilter f, MapSqlParameterSource params) {
        return summaryWhere(DemandFilter.all().withPeriod(f.from(), f.to()), params);
    }

    /** Failure contacts of a cause in [from, to), counted by day from the summary. */
    long failures(long causeId, Instant from, Instant to) {
        return jdbc.queryForObject(
                "select coalesce(sum(s.contacts), 0) from demand_day s where s.cause_id = :cause and s.kind = 'FAILURE' "
                        + "and s.day >= :from and s.day < :to",
                new MapSqlParameterSource()
                        .addValue("cause", causeId)
                        .addValue("from", LocalDate.ofInstant(from, SUMMARY_ZONE))
                        .addValue("to", LocalDate.ofInstant(to, SUMMARY_ZONE)),
                Long.class);
    }

    /** A cause linked to a requirement that has reached Monitored (for "did it help?"). */
    record MonitoredLink(long causeId, long requirementId, String title, String causeSv, String causeEn) {}

    List<MonitoredLink> monitoredLinks() {
        return jdbc.query(
                "select cr.cause_id, cr.requirement_id, r.title, fc.name_sv, fc.name_en from cause_requirement cr "
                        + "join requirement r on r.id = cr.requirement_id join failure_cause fc on fc.id = cr.cause_id "
                        + "where r.stage = 'MONITORED' order by r.title",
                (rs, i) -> new MonitoredLink(
                        rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)));
    }

    /** A requirement that came from failure demand (the demo links them to their causes). */
    record FailureDemandRequirement(long id, String title, String stage) {}

    List<FailureDemandRequirement> failureDemandRequirements() {
        return jdbc.query(
                "select id, title, stage from requirement where source = 'FAILURE_DEMAND'",
                (rs, i) -> new FailureDemandRequirement(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    boolean customerExists(long id) {
        return count("select count(*) from customer where id = :id", id) > 0;
    }

    boolean requirementExists(long id) {
        return count("select count(*) from requirement where id = :id", id) > 0;
    }

    /** The customer's name (the audit log's label of a reference), or null. */
    String customerName(long id) {
        return text("select name from customer where id = :id", id);
    }

    String requirementTitle(long id) {
        return text("select title from requirement where id = :id", id);
    }

    /** Failure contacts tagged with each of the promises in [from, to), by promise. */
    List<PromiseFailures> promiseFailures(java.util.Collection<Long> promiseIds, Instant from, Instant to) {
        if (promiseIds.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("ids", promiseIds)
                .addValue("from", Timestamp.from(from))
                .addValue("to", Timestamp.from(to));
        return jdbc.query(
                "select d.promise_id, count(*) as failures from demand d where d.promise_id in (:ids) "
                        + "and d.kind = 'FAILURE' and d.logged_at >= :from and d.logged_at < :to group by d.promise_id",
                params,
                (rs, i) -> new PromiseFailures(rs.getLong("promise_id"), rs.getLong("failures")));
    }

    /**
     * Value and failure contacts per journey stage in [from, to): one GROUP BY over
     * {@code ix_demand_journey_stage (journey_stage_id, logged_at, kind)}. Stages without contacts
     * are left out.
     */
    List<JourneyStageDemand> byJourneyStage(java.util.Collection<Long> journeyStageIds, Instant from, Instant to) {
        if (journeyStageIds.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("ids", journeyStageIds)
                .addValue("from", Timestamp.from(from))
                .addValue("to", Timestamp.from(to));
        return jdbc.query(
                "select d.journey_stage_id, sum(d.kind = 'VALUE') as value_contacts, "
                        + "sum(d.kind = 'FAILURE') as failure_contacts from demand d force index (ix_demand_journey_stage) "
                        + "where d.journey_stage_id in (:ids) and d.logged_at >= :from and d.logged_at < :to "
                        + "group by d.journey_stage_id",
                params,
                (rs, i) -> new JourneyStageDemand(
                        rs.getLong("journey_stage_id"), rs.getLong("value_contacts"), rs.getLong("failure_contacts")));
    }

    /** How many contacts point at the journey stage. */
    long journeyStageReferences(java.util.Collection<Long> journeyStageIds) {
        if (journeyStageIds.isEmpty()) {
            return 0;
        }
        Long count = jdbc.queryForObject(
                "select count(*) from demand where journey_stage_id in (:ids)",
                new MapSqlParameterSource("ids", journeyStageIds),
                Long.class);
        return count == null ? 0 : count;
    }

    /** Failure contacts tagged with the promise per month of [from, to) (UTC months, as the analysis counts). */
    List<PromiseFailureMonth> promiseFailuresByMonth(long promiseId, Instant from, Instant to) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("id", promiseId)
                .addValue("from", Timestamp.from(from))
                .addValue("to", Timestamp.from(to));
        return jdbc.query(
                "select year(d.logged_at) as y, month(d.logged_at) as m, count(*) as failures from demand d "
                        + "where d.promise_id = :id and d.kind = 'FAILURE' and d.logged_at >= :from and d.logged_at < :to "
                        + "group by y, m order by y, m",
                params,
                (rs, i) -> new PromiseFailureMonth(
                        java.time.YearMonth.of(rs.getInt("y"), rs.getInt("m")), rs.getLong("failures")));
    }

    private int count(String sql, long id) {
        return jdbc.queryForObject(sql, new MapSqlParameterSource("id", id), Integer.class);
    }

    private String text(String sql, long id) {
        return jdbc.query(sql, new MapSqlParameterSource("id", id), rs -> rs.next() ? rs.getString(1) : null);
    }

    private static DemandItem item(ResultSet rs) throws SQLException {
        return new DemandItem(
                rs.getLong("id"),
                rs.getLong("version"),
                rs.getTimestamp("logged_at").toInstant(),
                rs.getLong("channel_id"),
                rs.getString("channel_sv"),
                rs.getString("channel_en"),
                (Long) rs.getObject("customer_id", Long.class),
                rs.getString("customer_name"),
                rs.getString("customer_words"),
                DemandKind.valueOf(rs.getString("kind")),
                (Long) rs.getObject("cause_id", Long.class),
                rs.getString("cause_sv"),
                rs.getString("cause_en"),
                rs.getString("journey_stage"),
                (Boolean) rs.getObject("resolved_first_contact", Boolean.class),
                (Long) rs.getObject("requirement_id", Long.class),
                (Long) rs.getObject("logged_by", Long.class),
                (Long) rs.getObject("promise_id", Long.class),
                (Long) rs.getObject("journey_stage_id", Long.class));
    }
}
