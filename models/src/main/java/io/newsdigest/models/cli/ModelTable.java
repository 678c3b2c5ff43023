package io.newsdigest.models.cli;

import io.newsdigest.models.InstalledModel;
import io.newsdigest.models.ModelManifest;
import io.newsdigest.models.catalog.CatalogEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Lays out model lists as aligned text columns for the terminal. */
final class ModelTable {

    private ModelTable() {
    }

    static String installed(List<InstalledModel> models) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("ID", "TASK", "LANGUAGES", "LICENCE", "SIZE", "STATUS"));
        for (InstalledModel model : models) {
            ModelManifest m = model.manifest();
            rows.add(List.of(m.id(), m.task().jsonName(), languages(m.languages(), m.source(), m.target()),
                    m.licence(), Sizes.human(m.totalSize()), model.status()));
        }
        StringBuilder text = new StringBuilder(layout(rows));
        models.stream().filter(InstalledModel::broken)
                .forEach(m -> text.append('\n').append("  ").append(m.problem().orElseThrow()));
        return text.toString();
    }

    static String available(List<CatalogEntry> entries) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("ID", "TASK", "LANGUAGES", "LICENCE", "SIZE", "NOTE"));
        for (CatalogEntry e : entries) {
            List<String> notes = new ArrayList<>();
            if (!e.commercialUse()) {
                notes.add("non-commercial");
            }
            if (!e.pullable()) {
                notes.add("needs ONNX export (see docs/models.md)");
            }
            rows.add(List.of(e.id(), e.task().jsonName(), languages(e.languages(), e.source(), e.target()),
                    e.licence(), "~" + Sizes.human(e.approximateBytes()), String.join(", ", notes)));
        }
        return layout(rows);
    }

    private static String languages(List<String> languages, Optional<String> source, Optional<String> target) {
        if (source.isPresent() && target.isPresent()) {
            return source.get() + "->" + target.get();
        }
        return languages.size() > 4 ? String.join(",", languages.subList(0, 4)) + ",+" + (languages.size() - 4)
                : String.join(",", languages);
    }

    private static String layout(List<List<String>> rows) {
        int columns = rows.getFirst().size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                line.append(c == columns - 1 ? row.get(c) : String.format("%-" + (widths[c] + 2) + "s", row.get(c)));
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString().stripTrailing();
    }
}
