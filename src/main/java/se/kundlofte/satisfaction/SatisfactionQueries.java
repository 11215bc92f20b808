package se.kundlofte.satisfaction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import se.kundlofte.base.db.Like;
import se.kundlofte.demand.Granularity;

/**
 * The read side of satisfaction in SQL. Every figure is a tally (count, sum, sum of squares, high
 * and low answers) grouped in the database: from the daily summary that triggers keep (db/
 * satisfaction.sql) when all customers count, else from the responses' covering index on (type,
 * day, stage, customer, score) with the customers as a semi-join.
 */
@Component
class SatisfactionQueries {

    private static final String RESPONSE = "select r.id, r.survey_type, r.score, r.answered_on, r.customer_id, "
            + "cu.name as customer_name, st.name as stakeholder_name, r.journey_stage, r.comment, r.survey_channel, "
            + "r.external_id from survey_response r join customer cu on cu.id = r.customer_id "
            + "left join stakeholder st on st.id = r.stakeholder_id";

    private static final String FOLLOW_UP =
            "select f.id, f.version, f.response_id, r.survey_type, r.score, r.answered_on, "
                    + "r.comment, f.customer_id, cu.name as customer_name, f.owner_id, ow.full_name as owner_name, f.created_at, "
                    + "f.due_on, f.closed_at, cb.full_name as closed_by_name, f.action_taken, f.customer_contacted, f.requirement_id "
                    + "from satisfaction_follow_up f join survey_response r on r.id = f.response_id "
                    + "join customer cu on cu.id = f.customer_id left join app_user ow on ow.id = f.owner_id "
                    + "left join app_user cb on cb.id = f.closed_by";

    private final NamedParameterJdbcTemplate jdbc;

    SatisfactionQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A tally per week or month. */
    List<Period> trend(SurveyType type, SatisfactionFilter filter, Granularity granularity) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql;
        if (!filter.narrowsCustomers()) {
            sql = "select " + period("s.day", granularity) + " as k, " + SUMMARY_TALLY + " from satisfaction_day s"
                    + summaryWhere(type, filter, params) + " group by k having sum(s.responses) > 0 order by k";
        } else {
            sql = "select " + period("r.answered_on", granularity) + " as k, " + tally(type) + " from survey_response r"
                    + where(type, filter, params) + " group by k order by k";
        }
        return jdbc.query(sql, params, (rs, i) -> new Period(rs.getObject("k", LocalDate.class), tally(rs)));
    }

    /** One tally over the whole filter. */
    Tally total(SurveyType type, SatisfactionFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = !filter.narrowsCustomers()
                ? "select " + SUMMARY_TALLY + " from satisfaction_day s" + summaryWhere(type, filter, params)
                : "select " + tally(type) + " from survey_response r" + where(type, filter, params);
        return jdbc.query(sql, params, rs -> rs.next() ? tally(rs) : Tally.NONE);
    }

    /** A tally per journey stage (null key: no stage). */
    List<Keyed> byStage(SurveyType type, SatisfactionFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql;
        if (!filter.narrowsCustomers()) {
            sql = "select nullif(s.journey_stage, '') as k, " + SUMMARY_TALLY + " from satisfaction_day s"
                    + summaryWhere(type, filter, params) + " group by s.journey_stage having sum(s.responses) > 0";
        } else {
            sql = "select r.journey_stage as k, " + tally(type) + " from survey_response r"
                    + where(type, filter, params) + " group by r.journey_stage";
        }
        return jdbc.query(sql, params, (rs, i) -> new Keyed(rs.getString("k"), tally(rs)));
    }

    /** A tally per customer segment: grouped by customer over the index first, then by segment. */
    List<Keyed> bySegment(SurveyType type, SatisfactionFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = "select cu.segment as k, sum(t.n) as n, sum(t.total) as total, sum(t.squares) as squares, "
                + "sum(t.high) as high, sum(t.low) as low from (select r.customer_id, " + tally(type)
                + " from survey_response r" + where(type, filter, params) + " group by r.customer_id) t "
                + "join customer cu on cu.id = t.customer_id group by cu.segment";
        return jdbc.query(sql, params, (rs, i) -> new Keyed(rs.getString("k"), tally(rs)));
    }

    /** Responses with a comment, newest first, a page at a time. */
    List<ResponseItem> comments(SatisfactionFilter filter, @Nullable SurveyType type, Pageable page) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("limit", page.getPageSize())
                .addValue("offset", page.getOffset());
        String where = where(type, filter, params) + " and r.comment is not null";
        if (filter.text() != null && !filter.text().isBlank()) {
            where += " and r.comment like :text";
            params.addValue("text", Like.contains(filter.text().trim()));
        }
        return jdbc.query(
                RESPONSE + where + " order by r.answered_on desc, r.id desc limit :limit offset :offset",
                params,
                (rs, i) -> response(rs));
    }

    /** The customer's latest responses (with or without comment). */
    List<ResponseItem> latestOf(long customerId, int limit) {
        return jdbc.query(
                RESPONSE + " where r.customer_id = :customer order by r.answered_on desc, r.id desc limit :limit",
                new MapSqlParameterSource().addValue("customer", customerId).addValue("limit", limit),
                (rs, i) -> response(rs));
    }

    Optional<ResponseItem> response(long id) {
        return jdbc
                .query(RESPONSE + " where r.id = :id", new MapSqlParameterSource("id", id), (rs, i) -> response(rs))
                .stream()
                .findFirst();
    }

    List<FollowUpItem> followUps(FollowUpFilter filter, LocalDate today, Pageable page) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("today", today)
                .addValue("limit", page.getPageSize())
                .addValue("offset", page.getOffset());
        List<String> where = new ArrayList<>();
        if (filter.openOnly()) {
            where.add("f.closed_at is null");
        }
        if (filter.overdueOnly()) {
            where.add("f.due_on < :today");
        }
        if (filter.ownerId() != null) {
            where.add("f.owner_id = :owner");
            params.addValue("owner", filter.ownerId());
        }
        if (filter.customerId() != null) {
            where.add("f.customer_id = :customer");
            params.addValue("customer", filter.customerId());
        }
        String sql = FOLLOW_UP + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by f.closed_at is not null, case when f.closed_at is null then f.due_on end, f.closed_at desc, f.id"
                + " limit :limit offset :offset";
        return jdbc.query(sql, params, (rs, i) -> followUp(rs, today));
    }

    long countFollowUps(boolean overdueOnly, @Nullable Long ownerId, LocalDate today) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("today", today);
        String sql = "select count(*) from satisfaction_follow_up f where f.closed_at is null";
        if (overdueOnly) {
            sql += " and f.due_on < :today";
        }
        if (ownerId != null) {
            sql += " and f.owner_id = :owner";
            params.addValue("owner", ownerId);
        }
        return jdbc.queryForObject(sql, params, Long.class);
    }

    Optional<FollowUpItem> followUp(long id, LocalDate today) {
        return jdbc
                .query(
                        FOLLOW_UP + " where f.id = :id",
                        new MapSqlParameterSource().addValue("id", id).addValue("today", today),
                        (rs, i) -> followUp(rs, today))
                .stream()
                .findFirst();
    }

    boolean customerExists(long id) {
        return count("select count(*) from customer where id = :id", new MapSqlParameterSource("id", id)) > 0;
    }

    /** The customer's owning sales person, if it has one. */
    Optional<Long> customerOwner(long customerId) {
        return jdbc
                .query(
                        "select owner_id from customer where id = :id",
                        new MapSqlParameterSource("id", customerId),
                        (rs, i) -> Optional.ofNullable(rs.getObject(1, Long.class)))
                .stream()
                .findFirst()
                .flatMap(o -> o);
    }

    boolean stakeholderOf(long customerId, long stakeholderId) {
        return count(
                        "select count(*) from stakeholder where id = :id and customer_id = :customer",
                        new MapSqlParameterSource()
                                .addValue("id", stakeholderId)
                                .addValue("customer", customerId))
                > 0;
    }

    /** The customer a survey response is from, if the response exists. */
    Optional<Long> customerOfResponse(long responseId) {
        return jdbc
                .queryForList(
                        "select customer_id from survey_response where id = :id",
                        new MapSqlParameterSource("id", responseId),
                        Long.class)
                .stream()
                .findFirst();
    }

    /** The customer a follow-up concerns, if the follow-up exists. */
    Optional<Long> customerOfFollowUp(long followUpId) {
        return jdbc
                .queryForList(
                        "select customer_id from satisfaction_follow_up where id = :id",
                        new MapSqlParameterSource("id", followUpId),
                        Long.class)
                .stream()
                .findFirst();
    }

    String customerName(long id) {
        return jdbc.query(
                "select name from customer where id = :id",
                new MapSqlParameterSource("id", id),
                rs -> rs.next() ? rs.getString(1) : "#" + id);
    }

    /** Which of the external ids are already stored. */
    Set<String> existingExternalIds(Collection<String> ids) {
        Set<String> found = new HashSet<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 500) {
            found.addAll(jdbc.queryForList(
                    "select external_id from survey_response where external_id in (:ids)",
                    new MapSqlParameterSource("ids", all.subList(from, Math.min(all.size(), from + 500))),
                    String.class));
        }
        return found;
    }

    /** Customers named (exactly, in the database's collation) or numbered as the file says. */
    List<CustomerRef> customersNamed(Collection<String> names, Collection<String> orgNumbers) {
        if (names.isEmpty() && orgNumbers.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("names", names.isEmpty() ? List.of("") : List.copyOf(names))
                .addValue("orgs", orgNumbers.isEmpty() ? List.of("") : List.copyOf(orgNumbers));
        return jdbc.query(
                "select id, name, org_number from customer where name in (:names) or org_number in (:orgs) order by archived, id",
                params,
                (rs, i) -> new CustomerRef(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    /** The stakeholders of the customers, to match a file's respondent by name or email. */
    List<StakeholderRef> stakeholdersOf(Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "select id, customer_id, name, email from stakeholder where customer_id in (:ids)",
                new MapSqlParameterSource("ids", List.copyOf(customerIds)),
                (rs, i) -> new StakeholderRef(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
    }

    /** Unhappy responses (NPS 0–6, CSAT 1–2) without a follow-up: what the demo data follows up. */
    List<Unhappy> unhappyWithoutFollowUp() {
        return jdbc.query(
                "select r.id, r.customer_id, r.answered_on from survey_response r "
                        + "where ((r.survey_type = 'NPS' and r.score <= 6) or (r.survey_type = 'CSAT' and r.score <= 2)) "
                        + "and not exists (select 1 from satisfaction_follow_up f where f.response_id = r.id) order by r.id",
                (rs, i) -> new Unhappy(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class)));
    }

    record Unhappy(long responseId, long customerId, LocalDate answeredOn) {}

    record CustomerRef(long id, String name, @Nullable String orgNumber) {}

    record StakeholderRef(
            long id, long customerId, String name, @Nullable String email) {}

    private int count(String sql, MapSqlParameterSource params) {
        return jdbc.queryForObject(sql, params, Integer.class);
    }

    private static final String SUMMARY_TALLY = "sum(s.responses) as n, sum(s.score_sum) as total, "
            + "sum(s.score_squares) as squares, sum(s.high) as high, sum(s.low) as low";

    private static String tally(SurveyType type) {
        return "count(*) as n, coalesce(sum(r.score), 0) as total, coalesce(sum(r.score * r.score), 0) as squares, "
                + "coalesce(sum(r.score >= " + type.highFrom() + "), 0) as high, coalesce(sum(r.score <= "
                + type.lowTo()
                + "), 0) as low";
    }

    private static Tally tally(ResultSet rs) throws SQLException {
        return new Tally(
                rs.getLong("n"), rs.getLong("total"), rs.getLong("squares"), rs.getLong("high"), rs.getLong("low"));
    }

    private static String period(String day, Granularity granularity) {
        return granularity == Granularity.WEEK
                ? day + " - interval weekday(" + day + ") day"
                : day + " - interval (dayofmonth(" + day + ") - 1) day";
    }

    private static String summaryWhere(SurveyType type, SatisfactionFilter f, MapSqlParameterSource params) {
        params.addValue("type", type.name()).addValue("from", f.from()).addValue("to", f.to());
        String where = " where s.survey_type = :type and s.day >= :from and s.day <= :to";
        if (f.journeyStage() != null) {
            where += " and s.journey_stage = :stage";
            params.addValue("stage", f.journeyStage());
        }
        return where;
    }

    /** The filter on {@code r}; a null type means every type (the comments list). */
    private static String where(@Nullable SurveyType type, SatisfactionFilter f, MapSqlParameterSource params) {
        List<String> where = new ArrayList<>();
        if (type != null) {
            where.add("r.survey_type = :type");
            params.addValue("type", type.name());
        }
        where.add("r.answered_on >= :from and r.answered_on <= :to");
        params.addValue("from", f.from()).addValue("to", f.to());
        if (f.journeyStage() != null) {
            where.add("r.journey_stage = :stage");
            params.addValue("stage", f.journeyStage());
        }
        if (f.customerId() != null) {
            where.add("r.customer_id = :customer");
            params.addValue("customer", f.customerId());
        }
        List<String> customer = new ArrayList<>();
        if (f.industryId() != null) {
            customer.add("industry_id = :industry");
            params.addValue("industry", f.industryId());
        }
        if (f.segment() != null) {
            customer.add("segment = :segment");
            params.addValue("segment", f.segment().name());
        }
        if (f.keyAccountsOnly()) {
            customer.add("key_account");
        }
        if (!customer.isEmpty()) {
            where.add("r.customer_id in (select id from customer where " + String.join(" and ", customer) + ")");
        }
        return " where " + String.join(" and ", where);
    }

    private static ResponseItem response(ResultSet rs) throws SQLException {
        String channel = rs.getString("survey_channel");
        return new ResponseItem(
                rs.getLong("id"),
                SurveyType.valueOf(rs.getString("survey_type")),
                rs.getInt("score"),
                rs.getObject("answered_on", LocalDate.class),
                rs.getLong("customer_id"),
                rs.getString("customer_name"),
                rs.getString("stakeholder_name"),
                rs.getString("journey_stage"),
                rs.getString("comment"),
                channel == null ? null : SurveyChannel.valueOf(channel),
                rs.getString("external_id"));
    }

    private static FollowUpItem followUp(ResultSet rs, LocalDate today) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        return new FollowUpItem(
                rs.getLong("id"),
                rs.getLong("version"),
                rs.getLong("response_id"),
                SurveyType.valueOf(rs.getString("survey_type")),
                rs.getInt("score"),
                rs.getObject("answered_on", LocalDate.class),
                rs.getString("comment"),
                rs.getLong("customer_id"),
                rs.getString("customer_name"),
                rs.getObject("owner_id", Long.class),
                rs.getString("owner_name"),
                rs.getTimestamp("created_at").toInstant(),
                due,
                closed == null && due.isBefore(today),
                closed == null ? null : closed.toInstant(),
                rs.getString("closed_by_name"),
                rs.getString("action_taken"),
                (Boolean) rs.getObject("customer_contacted", Boolean.class),
                rs.getObject("requirement_id", Long.class));
    }

    /** A period's tally. */
    record Period(LocalDate period, Tally tally) {}

    /** A stage's or segment's tally. */
    record Keyed(@Nullable String key, Tally tally) {}
}
