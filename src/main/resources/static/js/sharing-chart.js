// Draws the dashboard's chart of a member's records by type and sharing level from the data-chart attribute.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('sharing-chart');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(element.dataset.chart);
  eadsChart(element, {
    tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
    legend: {top: 0},
    grid: {left: 24, right: 16, bottom: 8, top: 40, containLabel: true},
    xAxis: {type: 'value', minInterval: 1},
    yAxis: {type: 'category', data: data.types, inverse: true},
    // one colour per level, from most closed to most open, matching the badges of the record lists
    color: ['#7a1c1c', '#7a4a00', '#5b2a86', '#0b5394', '#1e6b3a'],
    series: data.series.map(function (s) {
      return {name: s.name, type: 'bar', stack: 'levels', data: s.data, emphasis: {focus: 'series'}};
    })
  });
});
