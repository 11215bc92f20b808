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
    }
    option.tooltip = Object.assign({ renderMode: 'richText', trigger: 'axis' }, option.tooltip || {});
    chart.setOption(option, true);
    chart.off('click');
    chart.on('click', (params) => {
      element.dispatchEvent(new CustomEvent('chart-click', {
        detail: { index: params.dataIndex, series: params.seriesIndex }
      }));
    });
  }

  window.kundlofteChart = { render };
})();
