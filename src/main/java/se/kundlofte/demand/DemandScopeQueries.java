package se.kundlofte.demand;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Failure demand of a {@link DemandScope} by journey stage and by customer segment, for features
 * that set their own figures beside it. Reads the daily summaries where the scope allows, else the
 * contacts through their covering index.
 */
@Component
class DemandScopeQueries {

    private static final String COUNTS_SUMMARY =
            "coalesce(sum(case when s.kind = 'VALUE' then s.contacts end), 0) as v, "
                    + "coalesce(sum(case when s.kind = 'FAILURE' then s.contacts end), 0) as f";
    private static final String COUNTS = "sum(d.kind = 'VALUE') as v, sum(d.kind = 'FAILURE') as f";

    private final NamedParameterJdbcTemplate jdbc;

    DemandScopeQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<BreakdownRow> byStage(DemandScope scope) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql;
        if (!scope.narrowsCustomers()) {
            sql = "select nullif(s.journey_stage, '') as k, " + COUNTS_SUMMARY + " from demand_day s"
                    + summaryWhere(scope, params) + " group by s.journey_stage having sum(s.contacts) > 0";
        } else {
            sql = "select d.journey_stage as k, " + COUNTS + " from demand d" + where(scope, params)
                    + " group by d.journey_stage";
        }
        return jdbc.query(
                sql, params, (rs, i) -> new BreakdownRow(rs.getString("k"), "", "", rs.getLong("v"), rs.getLong("f")));
    }

    List<BreakdownRow> bySegment(DemandScope scope) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql;
        if (scope.journeyStage() == null) {
            List<String> where = new ArrayList<>();
            where.add("s.day >= :from and s.day <= :to");
            params.addValue("from", scope.from()).addValue("to", scope.to());
            where.addAll(customerConditions(scope, params, "s.customer_id"));
            sql = "select cu.segment as k, sum(t.v) as v, sum(t.f) as f from (select s.customer_id, " + COUNTS_SUMMARY
                    + " from demand_customer_day s where " + String.join(" and ", where)
                    + " group by s.customer_id) t join customer cu on cu.id = t.customer_id group by cu.segment";
        } else {
            sql = "select cu.segment as k, sum(t.v) as v, sum(t.f) as f from (select d.customer_id, " + COUNTS
                    + " from demand d" + where(scope, params)
                    + " and d.customer_id is not null group by d.customer_id) t "
                    + "join customer cu on cu.id = t.customer_id group by cu.segment";
        }
        return jdbc.query(
                sql, params, (rs, i) -> new BreakdownRow(rs.getString("k"), "", "", rs.getLong("v"), rs.getLong("f")));
    }

    private static String summaryWhere(DemandScope scope, MapSqlParameterSource params) {
        params.addValue("from", scope.from()).addValue("to", scope.to());
        String where = " where s.day >= :from and s.day <= :to";
        if (scope.journeyStage() != null) {
            where += " and s.journey_stage = :stage";
            params.addValue("stage", scope.journeyStage());
        }
        return where;
    }

    private static String where(DemandScope scope, MapSqlParameterSource params) {
        List<String> where = new ArrayList<>();
        where.add("d.logged_at >= :fromTime and d.logged_at < :toTime");
        params.addValue("fromTime", Timestamp.from(scope.from().atStartOfDay().toInstant(DemandQueries.SUMMARY_ZONE)));
        params.addValue(
                "toTime", Timestamp.from(scope.to().plusDays(1).atStartOfDay().toInstant(DemandQueries.SUMMARY_ZONE)));
        if (scope.journeyStage() != null) {
            where.add("d.journey_stage = :stage");
            params.addValue("stage", scope.journeyStage());
        }
        where.addAll(customerConditions(scope, params, "d.customer_id"));
        return " where " + String.join(" and ", where);
    }

    private static List<String> customerConditions(DemandScope scope, MapSqlParameterSource params, String column) {
        List<String> where = new ArrayList<>();
        if (scope.customerId() != null) {
            where.add(column + " = :customer");
            params.addValue("customer", scope.customerId());
        }
        List<String> customer = new ArrayList<>();
        if (scope.industryId() != null) {
            customer.add("industry_id = :industry");
            params.addValue("industry", scope.industryId());
        }
        if (scope.segment() != null) {
            customer.add("segment = :segment");
            params.addValue("segment", scope.segment().name());
        }
        if (scope.keyAccountsOnly()) {
            customer.add("key_account");
        }
        if (!customer.isEmpty()) {
            where.add(column + " in (select id from customer where " + String.join(" and ", customer) + ")");
        }
        return where;
    }
}
