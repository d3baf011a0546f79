package io.github.streamcause;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the independent golden data in {@code src/test/resources/golden}. */
final class Golden {
    private Golden() {}

    /** One row of classification.tsv. */
    record Row(int code, int subcode, Category category, Recovery recovery, String source) {
        String pair() {
            return subcode == 0 ? Integer.toString(code) : code + "/" + subcode;
        }
    }

    /** One line of vendor-texts.tsv. */
    record VendorText(int code, int subcode, String language, String source, String text, int line) {}

    static String read(String name) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing golden file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int subcode(String field) {
        return field.equals("-") ? 0 : Integer.parseInt(field);
    }

    static List<Row> classification() {
        List<Row> rows = new ArrayList<>();
        for (String line : read("classification.tsv").split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            rows.add(new Row(
                    Integer.parseInt(f[0]), subcode(f[1]), Category.valueOf(f[2]), Recovery.valueOf(f[3]), f[4]));
        }
        return rows;
    }

    static List<VendorText> vendorTexts() {
        List<VendorText> texts = new ArrayList<>();
        String[] lines = read("vendor-texts.tsv").split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            texts.add(new VendorText(Integer.parseInt(f[0]), subcode(f[1]), f[2], f[3], f[4], i + 1));
        }
        return texts;
    }

    private static final Pattern TR = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern TD = Pattern.compile("<t[dh]([^>]*)>(.*?)</t[dh]>", Pattern.DOTALL);

    /** The seed page's table: "code" or "code/subcode" to the Korean cause text, in table order. */
    static Map<String, String> seedTable() {
        Map<String, String> table = new LinkedHashMap<>();
        String html = read("seed-ko.md");
        String parent = null;
        Matcher tr = TR.matcher(html.substring(html.indexOf("<table"), html.indexOf("</table>")));
        while (tr.find()) {
            List<String> attributes = new ArrayList<>();
            List<String> cells = new ArrayList<>();
            Matcher td = TD.matcher(tr.group(1));
            while (td.find()) {
                attributes.add(td.group(1));
                cells.add(td.group(2).trim());
            }
            if (cells.isEmpty() || !cells.get(0).matches("\\d+")) {
                continue; // the header row
            }
            String key;
            if (attributes.get(0).contains("colspan")) {
                key = cells.get(0);
                parent = null;
            } else if (attributes.get(0).contains("rowspan")) {
                parent = cells.remove(0);
                key = parent + "/" + cells.get(0);
            } else {
                key = parent + "/" + cells.get(0);
            }
            if (table.put(key, cells.get(cells.size() - 1)) != null) {
                throw new IllegalStateException("seed table repeats " + key);
            }
        }
        return table;
    }
}
