// The statistics dashboard's charts. Each chart element names its JSON endpoint in data-url; every chart is drawn
// through window.eadsChart so that it takes the page's theme, font and accessible description.
(function () {
  'use strict';

  function getJson(url) {
    return fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}}).then(function (r) {
      if (!r.ok) {
        return r.json().then(function (p) { throw new Error(p.detail || r.statusText); },
          function () { throw new Error(r.statusText); });
      }
      return r.json();
    });
  }

  function shown(point, measure) {
    return measure === 'RATE' ? point.rate : (point.value == null ? null : Number(point.value));
  }

  function fail(element, error) {
    element.textContent = 'The chart could not be drawn: ' + error.message;
    element.classList.add('text-danger', 'small');
  }

  function number(v, digits) {
    return v == null ? '–' : Number(v).toLocaleString(undefined, {maximumFractionDigits: digits});
  }

  // An axis name below or beside the axis, where it does not run into the legend or off the chart.
  function axisName(name, vertical) {
    return {name: name, nameLocation: 'middle', nameGap: vertical ? 56 : 28};
  }

  // Said on the chart itself when there is nothing to draw, rather than empty axes.
  function nothing(text) {
    return {type: 'text', left: 'center', top: 'middle', style: {text: text, fontSize: 14, fill: '#6c757d'}};
  }

  function hasValue(points) {
    return points.some(function (p) { return p.value != null; });
  }

  function drawTrend(element) {
    var measure = element.dataset.measure;
    getJson(element.dataset.url).then(function (series) {
      // members without any figure in the period would only crowd the legend
      var lines = series.lines.filter(function (line) {
        return line.member == null || hasValue(line.points);
      }).map(function (line) {
        var region = line.member == null;
        return {
          name: line.name, type: 'line', connectNulls: false, symbolSize: region ? 8 : 6,
          lineStyle: {width: region ? 3 : 1.5, type: region ? 'dashed' : 'solid'},
          data: line.points.map(function (p) {
            return {value: shown(p, measure), symbol: p.complete ? 'circle' : 'emptyCircle', point: p};
          })
        };
      });
      element.dataset.lines = String(lines.length);
      var empty = !series.lines.some(function (line) { return hasValue(line.points); });
      eadsChart(element, {
        tooltip: {trigger: 'axis', valueFormatter: function (v) { return number(v, measure === 'RATE' ? 3 : 2); }},
        legend: {type: 'scroll', bottom: 0},
        grid: {left: 24, right: 24, top: 16, bottom: 40, containLabel: true},
        xAxis: {type: 'category', data: series.periods},
        yAxis: Object.assign({type: 'value'}, axisName(measure === 'RATE' ? 'per 100,000' : series.unit, true)),
        graphic: empty ? [nothing('No accepted figures you may see for this choice')] : [],
        series: lines
      });
      var notes = document.getElementById('trend-notes');
      if (notes) {
        notes.textContent = series.notes.join(' ');
      }
    }).catch(function (e) { fail(element, e); });
  }

  function drawComparison(element) {
    var measure = element.dataset.measure;
    getJson(element.dataset.url).then(function (c) {
      var value = function (r) { return measure === 'RATE' ? r.rate : (r.value == null ? null : Number(r.value)); };
      var digits = measure === 'RATE' ? 3 : 2;
      // members without a figure for the year are left off the bars
      var rows = c.members.filter(function (r) { return value(r) != null; });
      if (c.region && value(c.region) != null) {
        rows.push(c.region);
      }
      eadsChart(element, {
        tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, valueFormatter: function (v) { return number(v, digits); }},
        grid: {left: 16, right: 96, top: 16, bottom: 36, containLabel: true},
        xAxis: Object.assign({type: 'value'}, axisName(measure === 'RATE' ? 'per 100,000' : c.unit, false)),
        yAxis: {type: 'category', inverse: true, data: rows.map(function (r) { return r.name; })},
        graphic: rows.length === 0 ? [nothing('No figure you may see for ' + c.year)] : [],
        series: [{
          name: c.indicatorName, type: 'bar',
          data: rows.map(function (r) {
            return {value: value(r), itemStyle: r.member == null ? {color: '#6c757d'} : undefined,
              label: {show: true, position: 'right', formatter: function (p) {
                return number(p.value, digits) + (r.complete ? '' : ' (incomplete)');
              }}};
          })
        }]
      });
    }).catch(function (e) { fail(element, e); });
  }

  function drawMap(element) {
    Promise.all([getJson(element.dataset.geo), getJson(element.dataset.url)]).then(function (both) {
      var geo = both[0];
      var c = both[1];
      echarts.registerMap('asean', geo);
      var names = {};
      geo.features.forEach(function (f) { names[f.id] = f.properties.name; });
      var data = c.members.filter(function (r) { return r.rate != null; }).map(function (r) {
        return {name: r.member, value: r.rate, memberName: r.name, complete: r.complete};
      });
      var max = data.reduce(function (m, d) { return Math.max(m, d.value); }, 0);
      element.dataset.countries = String(data.length);
      eadsChart(element, {
        tooltip: {trigger: 'item', formatter: function (p) {
          var name = p.data ? p.data.memberName : (names[p.name] || p.name);
          return name + ': ' + (p.data ? number(p.data.value, 3) + ' per 100,000'
            + (p.data.complete ? '' : ' (incomplete)') : 'no figure you may see');
        }},
        visualMap: {min: 0, max: max > 0 ? max : 1, calculable: true, left: 8, bottom: 8, text: ['high', 'low'],
          inRange: {color: ['#fff3cd', '#fd7e14', '#842029']}},
        series: [{type: 'map', map: 'asean', nameProperty: 'iso_a3', roam: true, data: data,
          itemStyle: {areaColor: '#ced4da', borderColor: '#6c757d'},
          emphasis: {label: {show: false}}}]
      });
    }).catch(function (e) { fail(element, e); });
  }

  function drawSeizures(element) {
    getJson(element.dataset.url).then(function (s) {
      var empty = !s.lines.some(function (line) { return hasValue(line.points); });
      eadsChart(element, {
        tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, valueFormatter: function (v) { return number(v, 1); }},
        legend: {type: 'scroll', bottom: 0},
        grid: {left: 24, right: 24, top: 16, bottom: 40, containLabel: true},
        xAxis: {type: 'category', data: s.periods},
        yAxis: Object.assign({type: 'value'}, axisName(s.indicatorName + ' (' + s.unit + ')', true)),
        graphic: empty ? [nothing('No seizures you may see in these years')] : [],
        series: s.lines.map(function (line) {
          return {name: line.name, type: 'bar', stack: 'seizures',
            data: line.points.map(function (p) { return p.value == null ? null : Number(p.value); })};
        })
      });
    }).catch(function (e) { fail(element, e); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var draw = {'trend-chart': drawTrend, 'comparison-chart': drawComparison, 'map-chart': drawMap,
      'seizures-chart': drawSeizures};
    Object.keys(draw).forEach(function (id) {
      var element = document.getElementById(id);
      if (element && typeof echarts !== 'undefined') {
        draw[id](element);
      }
    });
    // a new indicator has other parts: show the form again with them
    document.querySelectorAll('[data-submit-on-change]').forEach(function (select) {
      select.addEventListener('change', function () { select.form.submit(); });
    });
  });
})();
