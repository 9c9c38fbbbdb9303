// Draws the scam centre's charts from each .scam-chart element's data-chart attribute: stacked bars per period, a
// line over time (kind 'line', such as an exchange rate), or a campaign's network of reports, contact indicators and
// accounts (force layout).
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  document.querySelectorAll('.scam-chart').forEach(function (element) {
    var data = JSON.parse(element.dataset.chart);
    eadsChart(element, data.kind === 'network' ? network(data) : data.kind === 'line' ? line(data) : bars(data));
  });

  function network(data) {
    return {
      tooltip: {formatter: function (p) { return p.dataType === 'node' ? p.data.name : ''; }},
      legend: {top: 0, data: data.categories.map(function (c) { return c.name; })},
      color: ['#0b5394', '#7a4a00', '#7a1c1c'],
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true,
        categories: data.categories, data: data.nodes, links: data.links,
        force: {repulsion: 120, edgeLength: 60},
        label: {show: data.nodes.length <= 40, position: 'right', fontSize: 11},
        emphasis: {focus: 'adjacency'}
      }]
    };
  }

  function line(data) {
    return {
      tooltip: {trigger: 'axis'},
      grid: {left: 24, right: 16, bottom: 8, top: 24, containLabel: true},
      xAxis: {type: 'time'},
      yAxis: {type: 'value', name: data.unit, scale: true},
      series: [{name: data.name, type: 'line', step: 'end', showSymbol: true, data: data.points}]
    };
  }

  function bars(data) {
    return {
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
      legend: {top: 0, type: 'scroll'},
      grid: {left: 24, right: 16, bottom: 8, top: 40, containLabel: true},
      xAxis: {type: 'category', data: data.weeks},
      yAxis: {type: 'value', name: data.unit, minInterval: 1},
      series: data.series.map(function (s) {
        return {name: s.name, type: 'bar', stack: 'all', data: s.data, emphasis: {focus: 'series'}};
      })
    };
  }
});
