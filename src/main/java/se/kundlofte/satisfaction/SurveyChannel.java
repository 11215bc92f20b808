package se.kundlofte.satisfaction;

/** How the survey reached the customer; names are translated ({@code surveyChannel.<NAME>}). */
public enum SurveyChannel {
    EMAIL,
    WEB,
    SMS,
    PHONE,
    IN_APP,
    IN_PERSON;

    public String translationKey() {
        return "surveyChannel." + name();
    }
}
