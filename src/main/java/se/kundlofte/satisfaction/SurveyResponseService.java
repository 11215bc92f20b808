package se.kundlofte.satisfaction;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.FieldError;
import se.kundlofte.base.FieldValidationException;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.KundlofteUser;
import se.kundlofte.security.Permission.Require;

/**
 * Survey responses entered one at a time: the scale of the type, a date not in the future, a known
 * customer (and a stakeholder of that customer), a new external id. An NPS detractor or a CSAT 1–2
 * opens a follow-up in the same transaction.
 */
@Service
@PreAuthorize(Require.SATISFACTION_RECORD)
@Transactional(readOnly = true)
public class SurveyResponseService {

    private final SurveyResponseRepository responses;
    private final SatisfactionQueries queries;
    private final FollowUps followUps;
    private final SatisfactionAudit audit;
    private final BusinessTime time;

    SurveyResponseService(
            SurveyResponseRepository responses,
            SatisfactionQueries queries,
            FollowUps followUps,
            SatisfactionAudit audit,
            BusinessTime time) {
        this.responses = responses;
        this.queries = queries;
        this.followUps = followUps;
        this.audit = audit;
        this.time = time;
    }

    /** Stores the response as the current user; refuses bad input field by field, saving nothing. */
    @Transactional
    public ResponseItem record(SurveyResponseForm form) {
        List<FieldError> errors = new ArrayList<>(SurveyResponseRules.check(form, time.today()));
        if (form.customerId() != null && !queries.customerExists(form.customerId())) {
            errors.add(new FieldError("customer", "satisfaction.error.unknownCustomer"));
        } else if (form.customerId() != null
                && form.stakeholderId() != null
                && !queries.stakeholderOf(form.customerId(), form.stakeholderId())) {
            errors.add(new FieldError("stakeholder", "validation.choose"));
        }
        String externalId = SurveyResponseRules.blankToNull(form.externalId());
        if (externalId != null && responses.existsByExternalId(externalId)) {
            errors.add(new FieldError("externalId", "satisfaction.error.duplicateExternalId", externalId));
        }
        FieldValidationException.throwIfAny(errors);
        SurveyResponse response = responses.saveAndFlush(new SurveyResponse(
                form,
                time.now(),
                CurrentUser.get().map(KundlofteUser::getUserId).orElse(null)));
        followUps.openIfNeeded(response);
        audit.recorded(response);
        return queries.response(response.getId()).orElseThrow();
    }
}
