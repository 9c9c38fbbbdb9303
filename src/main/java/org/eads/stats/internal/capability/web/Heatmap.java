package org.eads.stats.internal.capability.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eads.stats.CapabilityMatrix;
import org.eads.stats.CapabilityMatrix.Cell;
import org.eads.stats.CapabilityMatrix.Heading;
import tools.jackson.databind.json.JsonMapper;

/**
 * A gap matrix as the heatmap script draws it: the column and row names and codes, and per cell its column and row
 * index, score (null when not submitted), whether an activity addresses it and its number of gaps. {@code link} is
 * where a click on a cell goes, with {x} and {y} standing for the cell's column and row codes (none when null).
 */
final class Heatmap {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Heatmap() {
    }

    static String json(CapabilityMatrix matrix, String link) {
        List<Object[]> cells = new ArrayList<>();
        for (int y = 0; y < matrix.rows().size(); y++) {
            for (int x = 0; x < matrix.columns().size(); x++) {
                Cell c = matrix.cell(matrix.rows().get(y).code(), matrix.columns().get(x).code());
                cells.add(new Object[]{x, y, c == null ? null : c.score(), c != null && c.activity() ? 1 : 0,
                        c == null ? 0 : c.gaps()});
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("columns", matrix.columns().stream().map(Heading::name).toList());
        out.put("columnCodes", matrix.columns().stream().map(Heading::code).toList());
        out.put("rows", matrix.rows().stream().map(Heading::name).toList());
        out.put("rowCodes", matrix.rows().stream().map(Heading::code).toList());
        out.put("cells", cells);
        out.put("link", link);
        return JSON.writeValueAsString(out);
    }

    /** A sentence for screen readers: what the chart shows; the table below it has every cell. */
    static String description(CapabilityMatrix matrix) {
        long scored = matrix.cells().stream().filter(c -> c.score() != null).count();
        long critical = matrix.cells().stream().filter(c -> c.score() != null && c.score() <= 1).count();
        long partial = matrix.cells().stream().filter(c -> c.score() != null && c.score() == 2).count();
        return "Heatmap of capability scores, " + matrix.rows().size() + " members by " + matrix.columns().size()
                + (matrix.drillDown() ? " dimensions of " + matrix.crimeAreaName() : " crime areas") + ": " + scored
                + " cells scored, " + critical + " critical gaps, " + partial + " partial gaps. The table below lists "
                + "every cell.";
    }
}
