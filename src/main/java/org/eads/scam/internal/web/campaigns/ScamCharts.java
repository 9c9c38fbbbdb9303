package org.eads.scam.internal.web.campaigns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.eads.scam.CampaignDetail;
import org.eads.scam.ScamDashboard;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data of the centre's charts for static/js/scam-charts.js, written into a {@code data-chart} attribute: week bars
 * (one series per member or scam type) and the campaign's network of reports, contact indicators and accounts.
 */
@Component
public class ScamCharts {

    private final JsonMapper json;

    ScamCharts(JsonMapper json) {
        this.json = json;
    }

    /** Stacked bars per week, one series per key, of reports or of losses. */
    String weeks(List<ScamDashboard.WeekFigure> figures, LocalDate since, boolean losses) {
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate w = since; !w.isAfter(LocalDate.now()); w = w.plusWeeks(1)) {
            weeks.add(w);
        }
        Map<String, double[]> series = new LinkedHashMap<>();
        new TreeSet<>(figures.stream().map(ScamDashboard.WeekFigure::key).toList())
                .forEach(k -> series.put(k, new double[weeks.size()]));
        for (ScamDashboard.WeekFigure f : figures) {
            int i = weeks.indexOf(f.week());
            if (i >= 0) {
                series.get(f.key())[i] += losses ? f.lossUsd().doubleValue() : f.reports();
            }
        }
        return bars(weeks, series, losses ? "US dollars" : "Reports");
    }

    /** One series: the campaign's reports per week. */
    String campaignWeeks(List<CampaignDetail.Week> weeks) {
        return bars(weeks.stream().map(CampaignDetail.Week::start).toList(),
                Map.of("Reports", weeks.stream().mapToDouble(CampaignDetail.Week::reports).toArray()), "Reports");
    }

    /** Stacked bars, one series per key, over the given periods (weeks or days). */
    public String bars(List<LocalDate> weeks, Map<String, double[]> series, String unit) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", "bars");
        chart.put("unit", unit);
        chart.put("weeks", weeks.stream().map(LocalDate::toString).toList());
        chart.put("series", series.entrySet().stream()
                .map(e -> Map.of("name", e.getKey(), "data", e.getValue())).toList());
        return json.writeValueAsString(chart);
    }

    /** A step line over time: {@code points} are [date, value] pairs, oldest first. */
    public String line(String name, String unit, List<Map.Entry<LocalDate, Double>> points) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", "line");
        chart.put("name", name);
        chart.put("unit", unit);
        chart.put("points", points.stream().map(p -> List.of(p.getKey().toString(), p.getValue())).toList());
        return json.writeValueAsString(chart);
    }

    /** The network: a node per report, per contact indicator and per account, an edge per mention. */
    String network(CampaignDetail d) {
        Map<Long, CampaignDetail.Indicator> indicators = new HashMap<>();
        d.indicators().forEach(i -> indicators.put(i.id(), i));
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (CampaignDetail.Report r : d.reports()) {
            nodes.add(node("r" + r.id(), r.memberCode() + " " + r.caseReference(), 0, 10));
        }
        Function<CampaignDetail.Indicator, Integer> category = i -> i.account() ? 2 : 1;
        List<Map<String, Object>> links = new ArrayList<>();
        java.util.Set<Long> drawn = new java.util.HashSet<>();
        for (CampaignDetail.Edge e : d.edges()) {
            CampaignDetail.Indicator i = indicators.get(e.indicatorId());
            if (i == null) {
                continue;
            }
            if (drawn.add(i.id())) {
                nodes.add(node("i" + i.id(), i.kind() + " " + i.display(), category.apply(i),
                        8 + Math.min(20, 2 * i.reports())));
            }
            links.add(Map.of("source", "r" + e.reportId(), "target", "i" + i.id(),
                    "lineStyle", Map.of("type", i.connects() ? "solid" : "dashed")));
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", "network");
        chart.put("categories", List.of(Map.of("name", "Report"), Map.of("name", "Contact indicator"),
                Map.of("name", "Account or wallet")));
        chart.put("nodes", nodes);
        chart.put("links", links);
        return json.writeValueAsString(chart);
    }

    private static Map<String, Object> node(String id, String name, int category, int size) {
        return Map.of("id", id, "name", name, "category", category, "symbolSize", size);
    }
}
