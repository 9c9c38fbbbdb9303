// Fund tracing pages: the flow graph of a trace (fold and unfold an account's payments, drag to pin, double-click to
// unpin), its timeline, the totals chart, and the "Trace from here" buttons that fill in the trace form.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('.trace-start').forEach(function (button) {
    button.addEventListener('click', function () {
      var field = document.getElementById('transfers');
      var ids = field.value.split(/[\s,;]+/).filter(Boolean);
      if (ids.indexOf(button.dataset.transfer) < 0) {
        ids.push(button.dataset.transfer);
      }
      field.value = ids.join(', ');
      field.focus();
    });
  });
  if (typeof echarts === 'undefined') {
    return;
  }
  var usd = function (v) {
    return 'USD ' + Number(v).toLocaleString(undefined, {minimumFractionDigits: 2, maximumFractionDigits: 2});
  };

  document.querySelectorAll('.funds-chart[data-chart]').forEach(function (element) {
    var data = JSON.parse(element.dataset.chart);
    eadsChart(element, {
      tooltip: {trigger: 'axis', valueFormatter: usd},
      grid: {left: 24, right: 16, bottom: 8, top: 16, containLabel: true},
      xAxis: {type: 'value'}, yAxis: {type: 'category', data: data.names},
      series: [{type: 'bar', data: data.values, label: {show: true, position: 'right', formatter: function (p) { return usd(p.value); }}}]
    });
  });

  var flow = document.getElementById('flow');
  if (!flow) {
    return;
  }
  var graph = JSON.parse(flow.dataset.graph);
  var byId = {};
  graph.nodes.forEach(function (n) { byId[n.id] = n; });
  // An account's children are the accounts its traced payments first reached.
  var children = {};
  graph.links.forEach(function (l) {
    var from = byId[l.source], to = byId[l.target];
    if (from && to && to.hop === from.hop + 1) {
      (children[l.source] = children[l.source] || []).push(l.target);
    }
  });
  var folded = {};
  var pinned = {};
  var chart = eadsChart(flow, {});

  function visible() {
    var shown = {};
    var queue = graph.nodes.filter(function (n) { return n.hop === 0; }).map(function (n) { return n.id; });
    queue.forEach(function (id) { shown[id] = true; });
    while (queue.length) {
      var id = queue.shift();
      if (folded[id]) {
        continue;
      }
      (children[id] || []).forEach(function (c) {
        if (!shown[c]) {
          shown[c] = true;
          queue.push(c);
        }
      });
    }
    return shown;
  }

  function draw() {
    var shown = visible();
    var nodes = graph.nodes.filter(function (n) { return shown[n.id]; }).map(function (n) {
      var node = Object.assign({}, n, {
        label: {show: graph.nodes.length <= 60, formatter: n.name.length > 24 ? n.name.slice(0, 24) + '…' : n.name},
        itemStyle: folded[n.id] ? {borderColor: '#000', borderWidth: 3} : (n.end ? {borderType: 'dashed', borderColor: '#555', borderWidth: 2} : {})
      });
      if (pinned[n.id]) {
        node.x = pinned[n.id][0];
        node.y = pinned[n.id][1];
        node.fixed = true;
      }
      return node;
    });
    var links = graph.links.filter(function (l) { return shown[l.source] && shown[l.target]; }).map(function (l) {
      return Object.assign({}, l, {lineStyle: {width: 1 + Math.min(6, Math.log10(1 + l.value))}});
    });
    chart.setOption({
      tooltip: {formatter: function (p) {
        var d = p.data;
        if (p.dataType === 'edge') {
          return d.txn + '<br>' + d.time + ' UTC<br>' + d.amount + '<br>traced ' + usd(d.value);
        }
        return d.name + ' (' + d.country + ', ' + d.kind + ')<br>hop ' + d.hop + (d.end ? ', ' + d.end : '') +
          '<br>received ' + usd(d.received) + '<br>remaining ' + usd(d.remaining) +
          (Number(d.cashedOut) > 0 ? '<br>cashed out ' + usd(d.cashedOut) : '');
      }},
      legend: {top: 0, type: 'scroll', data: graph.categories.map(function (c) { return c.name; })},
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true,
        categories: graph.categories, data: nodes, links: links,
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 8,
        force: {repulsion: 400, edgeLength: [90, 180], layoutAnimation: false},
        emphasis: {focus: 'adjacency'}, lineStyle: {curveness: 0.1, opacity: 0.7}
      }]
    }, {replaceMerge: ['series']});
  }

  chart.on('click', function (p) {
    if (p.dataType === 'node' && children[p.data.id]) {
      folded[p.data.id] = !folded[p.data.id];
      draw();
    }
  });
  chart.on('dblclick', function (p) {
    if (p.dataType === 'node') {
      delete pinned[p.data.id];
      draw();
    }
  });
  chart.on('mouseup', function (p) {
    if (p.dataType === 'node') {
      var layout = chart.getModel().getSeriesByIndex(0).getData();
      var index = layout.indexOfName(p.data.name);
      var point = index >= 0 ? layout.getItemLayout(index) : null;
      if (point) {
        pinned[p.data.id] = [point[0], point[1]];
      }
    }
  });
  document.getElementById('flow-reset').addEventListener('click', function () {
    folded = {};
    draw();
  });
  // Large traces open folded below the third hop, so that the first picture is readable.
  if (graph.nodes.length > 80) {
    graph.nodes.forEach(function (n) { if (n.hop === 3 && children[n.id]) { folded[n.id] = true; } });
  }
  draw();

  var timeline = document.getElementById('timeline');
  eadsChart(timeline, {
    tooltip: {formatter: function (p) { return p.data[2] + '<br>' + p.data[3] + '<br>' + p.data[0] + '<br>traced ' + usd(p.data[1]); }},
    grid: {left: 24, right: 16, bottom: 8, top: 24, containLabel: true},
    xAxis: {type: 'time'}, yAxis: {type: 'value', name: 'traced USD'},
    dataZoom: [{type: 'inside'}],
    series: [{type: 'scatter', data: graph.timeline, symbolSize: 9}]
  });
});
