// Capability gaps: draws the gap matrix as a heatmap (members by crime areas, or by dimensions for one crime area)
// from the figures in its data-chart attribute. A click on a cell follows the matrix's link (the drill-down into a
// crime area, or recording an activity against a gap), where it has one. The table under the chart has every cell.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('capability-heatmap');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(element.dataset.chart);
  var levels = ['0 none', '1 initial', '2 partial', '3 largely in place', '4 fully in place'];
  // Red for critical gaps (0-1), amber for partial (2), green for no gap (3-4): the colours of the table's cells.
  var colours = ['#a50026', '#e34a33', '#f1b530', '#91cf60', '#1a9850'];
  // The size follows the matrix: a row per member, room below for the rotated names of the columns and the legend.
  element.style.height = (data.rows.length * 34 + 170) + 'px';
  element.style.width = '100%';

  // Light text on the dark red and green cells, dark text on amber and light green.
  var ink = ['#fff', '#fff', '#212529', '#212529', '#fff'];
  var cells = data.cells.map(function (c) {
    return {value: [c[0], c[1], c[2] === null ? '-' : c[2]], activity: c[3] === 1, gaps: c[4],
      label: {color: c[2] === null ? undefined : ink[c[2]]}};
  });
  var chart = eadsChart(element, {
    tooltip: {
      position: 'top',
      formatter: function (p) {
        var row = data.rows[p.value[1]];
        var column = data.columns[p.value[0]];
        var score = p.value[2];
        var text = row + ', ' + column + ': ' + (score === '-' ? 'not submitted' : levels[score]);
        if (score !== '-' && p.data.gaps > 1) {
          text += ' (' + p.data.gaps + ' dimensions with a gap)';
        }
        return text + (p.data.activity ? ' · activity planned' : '');
      }
    },
    grid: {left: 24, right: 16, top: 8, bottom: 56, containLabel: true},
    xAxis: {type: 'category', data: data.columns, splitArea: {show: true},
      axisLabel: {interval: 0, rotate: data.columns.length > 6 ? 30 : 0, width: data.columns.length > 6 ? 140 : 220,
        overflow: 'truncate'}},
    yAxis: {type: 'category', data: data.rows, inverse: true, splitArea: {show: true}},
    visualMap: {
      type: 'piecewise', orient: 'horizontal', left: 'center', bottom: 0, dimension: 2,
      pieces: levels.map(function (label, i) { return {value: i, label: label, color: colours[i]}; })
    },
    series: [{
      name: 'Capability score', type: 'heatmap', data: cells,
      label: {show: true, formatter: function (p) { return p.value[2] + (p.data.activity ? ' ●' : ''); }},
      emphasis: {itemStyle: {borderColor: '#000', borderWidth: 1}}
    }]
  });
  if (data.link) {
    chart.on('click', function (p) {
      var x = encodeURIComponent(data.columnCodes[p.value[0]]);
      var y = encodeURIComponent(data.rowCodes[p.value[1]]);
      window.location.href = data.link.replace('{x}', x).replace('{y}', y);
    });
  }
});
