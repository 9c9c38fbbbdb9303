// Draws the chart of an operation's confirmed identifications by method once its figures arrive from the server.
document.addEventListener('htmx:afterSettle', function () {
  var element = document.getElementById('dvi-methods-chart');
  if (!element || element.dataset.drawn || typeof echarts === 'undefined') {
    return;
  }
  element.dataset.drawn = '1';
  var data = JSON.parse(element.dataset.chart);
  eadsChart(element, {
    tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
    title: {text: 'Identifications by method', left: 0, textStyle: {fontSize: 13}},
    grid: {left: 16, right: 24, top: 36, bottom: 8, containLabel: true},
    xAxis: {type: 'value', minInterval: 1},
    yAxis: {type: 'category', data: data.methods, inverse: true},
    color: ['#0b5394'],
    series: [{name: 'Identifications', type: 'bar', data: data.counts, label: {show: true, position: 'right'}}]
  });
});
