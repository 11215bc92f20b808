package se.kundlofte.promise;

import java.util.ArrayList;
import java.util.List;

/**
 * A readable difference between two wordings of a promise, word by word: the longest common
 * subsequence of the words (whitespace kept with the word before it), then runs of kept, removed
 * and added words. Promise texts are short, so the quadratic table is cheap; very long texts fall
 * back to "all removed, all added" rather than use a large table.
 */
public final class WordDiff {

    static final int MAX_WORDS = 3000;

    /** What happened to a run of words. */
    public enum Change {
        SAME,
        REMOVED,
        ADDED
    }

    /** A run of words (with their spacing) that was kept, removed or added. */
    public record Part(Change change, String text) {}

    private WordDiff() {}

    public static List<Part> between(String before, String after) {
        List<String> a = words(before);
        List<String> b = words(after);
        List<Part> parts = new ArrayList<>();
        if ((long) a.size() * b.size() > (long) MAX_WORDS * MAX_WORDS / 4) {
            add(parts, Change.REMOVED, String.join("", a));
            add(parts, Change.ADDED, String.join("", b));
            return parts;
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = same(a.get(i), b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (same(a.get(i), b.get(j))) {
                add(parts, Change.SAME, b.get(j));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                add(parts, Change.REMOVED, a.get(i++));
            } else {
                add(parts, Change.ADDED, b.get(j++));
            }
        }
        while (i < a.size()) {
            add(parts, Change.REMOVED, a.get(i++));
        }
        while (j < b.size()) {
            add(parts, Change.ADDED, b.get(j++));
        }
        return parts;
    }

    /** The words with the whitespace that follows each. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return words;
        }
        int start = 0;
        int n = text.length();
        while (start < n) {
            int end = start;
            while (end < n && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            while (end < n && Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            words.add(text.substring(start, end));
            start = end;
        }
        return words;
    }

    /** Words compare without the spacing after them, so a re-wrapped line is not a change. */
    private static boolean same(String a, String b) {
        return a.strip().equals(b.strip());
    }

    private static void add(List<Part> parts, Change change, String text) {
        if (!parts.isEmpty() && parts.getLast().change() == change) {
            Part last = parts.removeLast();
            parts.add(new Part(change, last.text() + text));
        } else {
            parts.add(new Part(change, text));
        }
    }
}
