package se.kundlofte.promise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;
import se.kundlofte.base.AbstractEntity;
import se.kundlofte.base.JourneyPhase;
import se.kundlofte.customer.Segment;

/** A promise made to customers. Retired, never deleted once there is evidence about it. */
@Entity
@Table(name = "promise")
class Promise extends AbstractEntity {

    @Column(nullable = false)
    String title;

    @Column(name = "promise_text", nullable = false)
    String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    PromiseScope scope;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_segment")
    Segment segment;

    @Column(name = "scope_industry_id")
    Long industryId;

    @Column(name = "scope_customer_id")
    Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "stated_where", nullable = false)
    StatedWhere statedWhere;

    @Column(name = "implicit_promise", nullable = false)
    boolean implicit;

    String limits;

    @Column(name = "owner_id", nullable = false)
    Long ownerId;

    @Column(name = "valid_from", nullable = false)
    LocalDate validFrom;

    @Column(name = "valid_to")
    LocalDate validTo;

    /** Journey stage codes, comma-separated (the journey map will come later). */
    @Column(name = "journey_stages")
    String stages;

    @Column(name = "answer_issuer")
    String answerIssuer;

    @Column(name = "answer_includes")
    String answerIncludes;

    @Column(name = "answer_not_too_much")
    String answerNotTooMuch;

    @Column(name = "answer_why_matters")
    String answerWhyMatters;

    @Column(name = "window_days", nullable = false)
    int windowDays = HealthThresholds.DEFAULTS.windowDays();

    @Column(name = "at_risk_contacts", nullable = false)
    int atRiskContacts = HealthThresholds.DEFAULTS.atRiskContacts();

    @Column(name = "broken_contacts", nullable = false)
    int brokenContacts = HealthThresholds.DEFAULTS.brokenContacts();

    @Column(name = "at_risk_rate", nullable = false)
    int atRiskRate = HealthThresholds.DEFAULTS.atRiskRate();

    @Column(name = "broken_rate", nullable = false)
    int brokenRate = HealthThresholds.DEFAULTS.brokenRate();

    @Column(nullable = false)
    boolean retired;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    protected Promise() {}

    Promise(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Takes a validated form. */
    void apply(PromiseForm form, LocalDate defaultValidFrom, Instant now) {
        title = form.title().strip();
        text = form.text().strip();
        scope = form.scope();
        segment = scope == PromiseScope.SEGMENT ? form.segment() : null;
        industryId = scope == PromiseScope.INDUSTRY ? form.industryId() : null;
        customerId = scope == PromiseScope.CUSTOMER ? form.customerId() : null;
        statedWhere = form.statedWhere();
        implicit = form.implicit();
        limits = blankToNull(form.limits());
        ownerId = form.ownerId();
        validFrom = form.validFrom() == null ? defaultValidFrom : form.validFrom();
        validTo = form.validTo();
        stages = form.stages().isEmpty()
                ? null
                : form.stages().stream()
                        .distinct()
                        .sorted()
                        .map(JourneyPhase::name)
                        .collect(Collectors.joining(","));
        answerIssuer = blankToNull(form.answers().issuer());
        answerIncludes = blankToNull(form.answers().includes());
        answerNotTooMuch = blankToNull(form.answers().notTooMuch());
        answerWhyMatters = blankToNull(form.answers().whyMatters());
        updatedAt = now;
    }

    void apply(HealthThresholds t) {
        windowDays = t.windowDays();
        atRiskContacts = t.atRiskContacts();
        brokenContacts = t.brokenContacts();
        atRiskRate = t.atRiskRate();
        brokenRate = t.brokenRate();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
