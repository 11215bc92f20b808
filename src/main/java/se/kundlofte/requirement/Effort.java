package se.kundlofte.requirement;

/** What meeting a requirement takes, as a T-shirt size with the weight the priority score uses. */
public enum Effort {
    S(1),
    M(2),
    L(3),
    XL(5);

    private final int weight;

    Effort(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }
}
