// Kundlöfte charts: Apache ECharts from the webjar, loaded once at run time (no npm bundle).
// The server sends a complete ECharts option as JSON; labels are translated there. Tooltips
// render as rich text, never HTML, so names typed by users cannot inject markup.
(function () {
  const ECHARTS = 'webjars/echarts/5.3.1/dist/echarts.min.js';
  let loading = null;

  function loadEcharts() {
    if (window.echarts) {
      return Promise.resolve(window.echarts);
    }
    if (!loading) {
      loading = new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = ECHARTS;
        script.onload = () => resolve(window.echarts);
        script.onerror = reject;
        document.head.appendChild(script);
      });
    }
    return loading;
  }

  // Numbers as the user's language writes them: "2 500" in Swedish, "2,500" in English.
  function localise(option) {
    const numbers = new Intl.NumberFormat(option.kundlofteLocale || document.documentElement.lang || 'en');
    delete option.kundlofteLocale;
    const format = (value) => (value === null || value === undefined || value === '-' ? '–' : numbers.format(value));
    [].concat(option.yAxis || []).forEach((axis) => {
      if (axis.type !== 'value') {
        return;
      }
      const label = axis.axisLabel || {};
      const suffix = typeof label.formatter === 'string' ? label.formatter.replace('{value}', '') : '';
      label.formatter = (value) => format(value) + suffix;
      axis.axisLabel = label;
    });
    option.tooltip = Object.assign({ renderMode: 'richText', trigger: 'axis', valueFormatter: format }, option.tooltip || {});
  }

  async function render(element, option) {
    const echarts = await loadEcharts();
    let chart = echarts.getInstanceByDom(element);
    if (!chart) {
      chart = echarts.init(element, null, { renderer: 'canvas' });
      if (window.ResizeObserver) {
        new ResizeObserver(() => chart.resize()).observe(element);
      } else {
        window.addEventListener('resize', () => chart.resize());
      }
      // A click anywhere in a category's column counts, not only on the thin bar or the line's
      // point: weekly bars are narrow, and a week with few contacts has almost no bar at all.
      chart.getZr().on('click', (event) => {
        const point = [event.offsetX, event.offsetY];
        if (!chart.containPixel({ gridIndex: 0 }, point)) {
          return;
        }
        const categories = chart.getOption().xAxis[0].data || [];
        const at = Math.round(chart.convertFromPixel({ gridIndex: 0 }, point)[0]);
        if (at >= 0 && at < categories.length) {
          element.dispatchEvent(new CustomEvent('chart-click', { detail: { index: at } }));
        }
      });
    }
    localise(option);
    chart.setOption(option, true);
  }

  // Start fetching ECharts as soon as this file runs, not at the first chart.
  loadEcharts();
  window.kundlofteChart = { render };
})();
