// Draws the dashboard's chart of hits on the member's records (per day, and by searching member) once the summary
// arrives from the server.
document.addEventListener('htmx:afterSettle', function () {
  var element = document.getElementById('hits-chart');
  if (!element || element.dataset.drawn || typeof echarts === 'undefined') {
    return;
  }
  element.dataset.drawn = '1';
  var data = JSON.parse(element.dataset.chart);
  eadsChart(element, {
    tooltip: {trigger: 'axis'},
    grid: [{left: 40, right: '45%', top: 30, bottom: 30}, {left: '62%', right: 16, top: 30, bottom: 30, containLabel: true}],
    title: [{text: 'Per day', left: 0, textStyle: {fontSize: 13}}, {text: 'By searching member', left: '62%', textStyle: {fontSize: 13}}],
    xAxis: [{type: 'category', data: data.days, gridIndex: 0}, {type: 'value', minInterval: 1, gridIndex: 1}],
    yAxis: [{type: 'value', minInterval: 1, gridIndex: 0}, {type: 'category', data: data.members, inverse: true, gridIndex: 1}],
    color: ['#0b5394', '#7a4a00'],
    series: [
      {name: 'Hits', type: 'bar', data: data.counts, xAxisIndex: 0, yAxisIndex: 0},
      {name: 'Hits', type: 'bar', data: data.byMember, xAxisIndex: 1, yAxisIndex: 1}
    ]
  });
});
