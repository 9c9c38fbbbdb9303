package org.eads.funds.internal.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eads.funds.TraceAnswer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A trace as the flow page draws it: accounts as nodes grouped by country (with their bank in the label), the
 * transfers that carried traced money as edges with the amount and time, and the same transfers on a timeline.
 */
final class TraceGraph {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private TraceGraph() {
    }

    static String json(TraceAnswer a) {
        List<String> countries = a.accounts().stream().map(x -> x.account().country()).distinct().sorted().toList();
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (TraceAnswer.TracedAccount x : a.accounts()) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("id", Long.toString(x.account().id()));
            n.put("name", x.account().bank() + " " + x.account().number());
            n.put("category", countries.indexOf(x.account().country()));
            n.put("country", x.account().country());
            n.put("hop", x.hop());
            n.put("kind", x.account().kind().label());
            n.put("end", x.end() == null ? "" : x.end().label());
            n.put("received", x.received().add(x.started()));
            n.put("remaining", x.remaining());
            n.put("cashedOut", x.cashedOut());
            n.put("symbolSize", 10 + Math.min(30, Math.log1p(x.received().add(x.started()).doubleValue()) * 2));
            nodes.add(n);
        }
        List<Map<String, Object>> links = new ArrayList<>();
        List<List<Object>> timeline = new ArrayList<>();
        for (TraceAnswer.TracedTransfer t : a.transfers()) {
            var x = t.transfer();
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("source", Long.toString(x.from().id()));
            l.put("target", Long.toString(x.to().id()));
            l.put("value", t.traced());
            l.put("time", TIME.format(x.at()));
            l.put("txn", x.source() + " " + x.txnId());
            l.put("amount", x.amount().toPlainString() + " " + x.currency());
            links.add(l);
            timeline.add(List.of(x.at().toString(), t.traced(), x.txnId(), x.from().number() + " → " + x.to().number()));
        }
        Map<String, Object> graph = new LinkedHashMap<>();
        graph.put("categories", countries.stream().map(c -> Map.of("name", c)).toList());
        graph.put("nodes", nodes);
        graph.put("links", links);
        graph.put("timeline", timeline);
        return JSON.writeValueAsString(graph);
    }
}
